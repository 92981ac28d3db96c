"""Metadata the markup states outright: JSON-LD, meta tags, ``<time>``, headings.

What a page's markup says about itself beats any guess from text: JSON-LD ``NewsArticle``
(headline, author, datePublished with its zone, articleSection, publisher), Open Graph
(``og:title``, ``og:site_name``, ``article:published_time``), ``<meta name=author>`` and
``<time datetime>``. The text heuristics fill only what is missing here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import regex
from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..thresholds import (
    AUTHOR_NAME_MAX_CHARS,
    AUTHOR_NAME_MIN_CHARS,
    BIO_PREFIX_MIN_CHARS,
    DATE_VALUE_CHARS,
    JOINT_MAX_NAMES,
    LD_MAX_DEPTH,
    MIN_BIO,
    NAME_MIN_CHARS,
    PERSON_NAME_MAX_WORDS,
    PERSON_NAME_MIN_WORDS,
    PRINTED_NAME_MAX_CHARS,
    PRINTED_NAME_MAX_WORDS,
    ROOF_LINE_MAX_WORDS,
    ROOF_TITLE_MIN_WORDS,
)
from ..timeparse import parse_absolute
from .classnames import CLASS_WORDS
from .dates import dom_date

# Caps on the markup metadata read, reached only by odd or hostile pages (real pages hold one
# to three JSON-LD scripts of a few kilobytes, one or two authors, one h1): past them the rest
# is not read. They bound the work, they decide nothing about a real page.
MAX_LD_SCRIPTS = 20
MAX_LD_CHARS = 2_000_000
MAX_LD_ITEMS = 50
MAX_LD_AUTHORS = 10
MAX_TIME_NODES = 20
MAX_H1S = 5
MAX_BYLINE_NODES = 3

_ARTICLE_TYPES = {
    "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting",
    "techarticle", "scholarlyarticle", "posting", "socialmediaposting", "webpage", "report",
}  # fmt: skip
_DATE_IN_URL = regex.compile(r"/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|\b)")
_ISO = regex.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")


@dataclass
class Meta:
    title: str | None = None
    headline: str | None = None  # from JSON-LD / og: the most trusted title
    h1: list[str] = field(default_factory=list)
    # h1 text -> (kicker, rest) for an h1 that prints a roof line inside it
    # ("<span class=kicker>Tunesien</span><br> Große Aufgaben ...")
    kickers: dict[str, tuple[str, str]] = field(default_factory=dict)
    site_name: str | None = None
    logo: str | None = None  # an h1 that is only a link to the home page: the site's name
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None
    published_text: str | None = None
    section: str | None = None
    lang: str | None = None
    dates: dict[str, tuple[datetime, str]] = field(default_factory=dict)  # source -> (when, as written)
    # author candidates in order of trust; a callable is run (once) only if reached
    candidates: list[list[str] | Callable[[], list[str]]] = field(default_factory=list)
    # the author's own description in the markup (Yoast's Person.description): the text of
    # the author box under the story, whitespace-collapsed and casefolded
    bios: list[str] = field(default_factory=list)
    near_slot: int = 0
    article_body: str | None = None  # JSON-LD articleBody: the story's text as the site states it

    @property
    def us(self) -> bool:
        """An English-US page: numeric dates read month first."""
        return (self.lang or "").lower() in ("en-us", "en_us")


def iso_date(text: str | None) -> datetime | None:
    if not text:
        return None
    m = _ISO.search(text)
    if not m:
        return parse_absolute(text[:DATE_VALUE_CHARS], {})
    s = m.group(0).replace(" ", "T").replace("Z", "+00:00")
    if regex.search(r"[+-]\d{4}$", s):
        s = s[:-2] + ":" + s[-2:]
    try:
        dt = datetime.fromisoformat(s)
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _names(value: Any) -> list[str]:
    """Author names from JSON-LD's many shapes (string, object, list of either)."""
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for it in items[:MAX_LD_AUTHORS]:
        name = it.get("name") if isinstance(it, dict) else it
        if isinstance(name, list):
            name = name[0] if name else None
        if isinstance(name, str):
            name = " ".join(name.split())
            if AUTHOR_NAME_MIN_CHARS <= len(name) <= AUTHOR_NAME_MAX_CHARS and not name.lower().startswith(
                ("http", "www.")
            ):
                out.append(name)
    return out


def _bios(people: Any) -> list[str]:
    """The descriptions of an article's authors, long enough to be an author box's text."""
    out = []
    for it in people if isinstance(people, list) else [people]:
        text = it.get("description") if isinstance(it, dict) else None
        if isinstance(text, str) and len(text) >= MIN_BIO:
            out.append(bio_key(text))
    return out


def bio_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def is_bio(text: str, meta: Meta) -> bool:
    """Whether a block is the author box: the author's description, whole or cut short, or
    one paragraph of it (a box that prints the description as several paragraphs)."""
    if len(text) < MIN_BIO or not meta.bios:
        return False
    key = bio_key(text)
    short = key.rstrip(" .…")  # a box that cuts the description short ends in an ellipsis
    return any(
        key in b or (len(short) >= BIO_PREFIX_MIN_CHARS and (b.startswith(short) or key.startswith(b)))
        for b in meta.bios
    )


def _resolve(value: Any, by_id: dict[str, Any]) -> Any:
    """JSON-LD references ({"@id": ...}) replaced by the objects they name in the graph."""
    if isinstance(value, list):
        return [_resolve(v, by_id) for v in value[:MAX_LD_AUTHORS]]
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        return by_id.get(value["@id"], value)
    return value


def _ld_objects(data: Any, depth: int = 0) -> list[dict[str, Any]]:
    if depth > LD_MAX_DEPTH:
        return []
    if isinstance(data, list):
        return [o for d in data[:MAX_LD_ITEMS] for o in _ld_objects(d, depth + 1)]
    if isinstance(data, dict):
        out = [data]
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if key in data:
                out += _ld_objects(data[key], depth + 1)
        return out
    return []


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    items = t if isinstance(t, list) else [t]
    return {str(x).lower() for x in items if x}


def read_meta(tree: LexborHTMLParser, url: str | None, date_nodes: list[LexborNode] | None = None) -> Meta:
    """What the markup says about the page: title, headings, authors, dates, site and section."""
    meta = Meta()
    html = tree.css_first("html")
    if html is not None:
        meta.lang = html.attributes.get("lang")
    head_metas = _head_metas(tree)
    _json_ld(tree, meta)
    meta.headline = meta.headline or head_metas.get("og:title") or head_metas.get("twitter:title")
    meta.site_name = meta.site_name or head_metas.get("og:site_name") or head_metas.get("application-name")
    _author_candidates(tree, head_metas, meta)
    _markup_dates(tree, head_metas, url, date_nodes or [], meta)
    meta.section = meta.section or head_metas.get("article:section")
    title = tree.css_first("title")
    if title is not None:
        meta.title = " ".join(title.text().split()) or None
    _headings(tree, meta)
    return meta


def _head_metas(tree: LexborHTMLParser) -> dict[str, str]:
    """``<meta>`` tags by property, name or itemprop (lower-cased); the first of each wins."""
    out: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").strip().lower()
        content = attrs.get("content")
        if key and content and key not in out:
            out[key] = " ".join(content.split())
    return out


def _author_candidates(tree: LexborHTMLParser, head_metas: dict[str, str], meta: Meta) -> None:
    """Every author source in order of trust; the first that names a person wins."""
    candidates: list[list[str] | Callable[[], list[str]]] = [meta.authors]
    for n in ("1", "2", "3"):
        label = head_metas.get(f"twitter:label{n}", "").lower()
        if label.startswith(("written by", "author", "verfasst von", "geschrieben von", "autor")):
            candidates.append([head_metas.get(f"twitter:data{n}", "")])
    meta.near_slot = len(candidates)  # where a byline printed near the headline ranks
    candidates.append(lambda: _dom_authors(tree))  # up to 30 CSS queries: only when needed
    for key in ("author", "article:author", "dc.creator", "sailthru.author", "parsely-author", "byl"):
        if head_metas.get(key):
            candidates.append([regex.sub(r"^(?:By|by)\s+", "", head_metas[key])])
    meta.candidates = candidates
    choose_authors(meta)


_META_DATES = (
    "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued",
    "sailthru.date", "parsely-pub-date", "og:published_time", "dcterms.created", "date.created",
    "publication_date", "article.published",
)  # fmt: skip


def _markup_dates(
    tree: LexborHTMLParser, head_metas: dict[str, str], url: str | None, date_nodes: list[LexborNode], meta: Meta
) -> None:
    """The dates the markup states, by source (the vote weighs them; see :mod:`.vote`)."""
    if meta.published is not None and meta.published_text:
        meta.dates["ld"] = (meta.published, meta.published_text)
    for key in _META_DATES:
        dt = iso_date(head_metas.get(key))
        if dt:
            meta.dates["meta"] = (dt, head_metas[key])
            break
    for node in tree.css("time[datetime], [itemprop=datePublished]")[:MAX_TIME_NODES]:
        raw = node.attributes.get("datetime") or node.attributes.get("content") or node.text()
        dt = iso_date(raw)
        if dt:
            meta.dates["time"] = (dt, raw or "")
            break
    dom = dom_date(tree, date_nodes, us=meta.us)
    if dom is not None:
        meta.dates["dom"] = (dom, dom.date().isoformat())
    modified = iso_date(head_metas.get("article:modified_time") or head_metas.get("og:updated_time"))
    if modified is not None:
        meta.dates["modified"] = (modified, modified.isoformat())
    m = _DATE_IN_URL.search(url) if url else None
    if m:
        try:
            meta.dates["url"] = (datetime(int(m[1]), int(m[2]), int(m[3]), tzinfo=UTC), m.group(0).strip("/-"))
        except ValueError:
            pass


def _headings(tree: LexborHTMLParser, meta: Meta) -> None:
    """The page's first h1s (with any roof line printed inside), and an h1 that is the logo."""
    for h in tree.css("h1")[:MAX_H1S]:
        whole = " ".join(h.text().split())
        if whole and _is_logo(h, whole):
            meta.logo = meta.logo or whole
        elif whole:
            meta.h1.append(whole)
            split = _kicker(h, whole)
            if split is not None:
                meta.kickers[whole] = split


# A link to the site's root: "/", "/?locale=de", "https://example.org", "https://example.org/#top".
_HOME = regex.compile(r"(?:https?:)?(?://[^/?#\s]{1,200})?/?(?:[?#][^\s]{0,200})?")


def _is_logo(h1: LexborNode, whole: str) -> bool:
    """An h1 whose whole text is one link to the home page: the site's logo, not a headline."""
    link = h1.css_first("a")
    if link is None or " ".join(link.text().split()) != whole:
        return False
    href = (link.attributes.get("href") or "").strip()
    return bool(href) and _HOME.fullmatch(href) is not None


_KICKER_TAGS = frozenset(("span", "small", "strong", "b", "div", "p"))
# what sets a kicker or a site name off from a headline ("Kicker: Headline", "Site | Headline")
TITLE_SEPARATORS = ":|-–—·•/»"


def _kicker(h1: LexborNode, whole: str) -> tuple[str, str] | None:
    """(kicker, headline) when the h1 opens with a short element of its own before the headline.

    News CMSs print a roof line inside the h1 ("Dachzeile", "topline", "kicker"): a styled
    element (it has a class, is ``<small>``, or a ``<br>`` ends it) holding a few words, then
    the headline. Italics and links are not kickers: they mark words of the headline.
    """
    first = h1.child
    while first is not None and first.tag == "-text" and not (first.text_content or "").strip():
        first = first.next
    if first is None or first.tag not in _KICKER_TAGS:
        return None
    after = first.next
    while after is not None and after.tag == "-text" and not (after.text_content or "").strip():
        after = after.next
    styled = first.tag == "small" or bool(first.attributes.get("class")) or (after is not None and after.tag == "br")
    kicker = " ".join(first.text().split())
    if not styled or not kicker or not whole.startswith(kicker) or len(kicker.split()) > ROOF_LINE_MAX_WORDS:
        return None
    rest = whole[len(kicker) :].lstrip(" " + TITLE_SEPARATORS)
    # a kicker is shorter than the headline, unless its class says what it is
    named = _KICKER_CLASS.search(first.attributes.get("class") or "") is not None
    if len(rest.split()) < ROOF_TITLE_MIN_WORDS or (len(rest) <= len(kicker) and not named):
        return None
    return kicker, rest


_KICKER_CLASS = regex.compile(r"(?i)roofline|kicker|topline|overline|dachzeile|spitzmarke|eyebrow")


def choose_authors(meta: Meta) -> None:
    """The first candidate list naming a person; the site's own name only if nothing else."""
    meta.authors = []
    for strict in (True, False):
        for i, cand in enumerate(meta.candidates):
            if callable(cand):
                cand = meta.candidates[i] = cand()
            names = [
                fixed
                for name in cand
                for part in split_people(name)
                if (fixed := _person(part, meta.site_name, strict=strict))
            ]
            if names:
                if len(names) > 1:  # "Michael Rädel" and the "Redaktion" account that posted it
                    names = [n for n in names if _letters(n) not in _DESKS] or names
                meta.authors = [_display_name(n, meta, i + 1) for n in names]
                break
        if meta.authors:
            break


# Accounts named for the newsroom, not a person: an author only when no person is named.
# ("staff", "team", "admin" never get this far: ``_NOT_PEOPLE`` turns them away as names.)
_DESKS = frozenset(
    "redaktion dieredaktion rédaction larédaction redazione redacción editorial editorialteam editorialstaff "
    "newsroom newsdesk".split()
)
JOINT = regex.compile(r"\s(?:and|und|&|y|et|e)\s")  # what joins two people's names
_PARTICLES = frozenset("von van de der den da di du dos zu bin al el le la".split())


def split_people(name: str) -> list[str]:
    """ "Jane Roe and Sam Poe" as two people; "Procter & Gamble" (one word a side) stays one name."""
    parts = JOINT.split(name)
    if len(parts) < 2 or len(parts) > JOINT_MAX_NAMES:  # noqa: PLR2004 (one part: no joint)
        return [name]
    for part in parts:
        words = part.split()
        if not PERSON_NAME_MIN_WORDS <= len(words) <= PERSON_NAME_MAX_WORDS or not all(
            w[:1].isupper() or w in _PARTICLES for w in words
        ):
            return [name]
    return [p.strip() for p in parts]


_SLUG = regex.compile(r"[a-z0-9]+(?:[._-][a-z0-9]+)*")


def _letters(name: str) -> str:
    return regex.sub(r"[\W_]", "", name.casefold())


def is_author(name: str, meta: Meta) -> bool:
    """Whether the markup names ``name`` as the page's author (in any spelling of it).

    A byline printed above a date reads like an aggregator's "Outlet / time" header; the
    markup saying it is the author settles which it is.
    """
    key = _letters(name)
    for i, cand in enumerate(meta.candidates):
        if callable(cand):
            cand = meta.candidates[i] = cand()
        if any(_letters(other) == key for other in cand):
            return True
    return False


def _display_name(name: str, meta: Meta, start: int) -> str:
    """A login slug ("arianschlichenmayer") as a later candidate spells it ("Arian Schlichenmayer").

    CMSs put the account name in the markup's author fields and the display name in the
    visible byline; the byline is the one readers see. Later candidates are read (and kept
    read) only for a slug.
    """
    if not _SLUG.fullmatch(name):
        return name
    key = _letters(name)
    for i in range(start, len(meta.candidates)):
        cand = meta.candidates[i]
        if callable(cand):
            cand = meta.candidates[i] = cand()
        for other in cand:
            if " " in other.strip() and _letters(other) == key:
                return " ".join(other.split())
    return name


_AUTHOR_SELECTORS = (
    '[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', 'a[rel="author"]', '[rel="author"]',
    ".author-name", ".entry-author-name", ".article-author-name", ".byline-name", ".author .name",
    ".byline a", ".author a", ".byline", ".author", ".autor", ".article-author", ".post-author",
    '[class*="author-name"]', '[class*="AuthorName"]', '[class*="byline__name"]', '[data-testid="author"]',
    '[data-testid*="byline"]', '[data-component*="byline"]', '[class*="Byline"]', ".vcard .fn", ".fn", '[class*="author"] a', '[class*="byline"] a', '[class*="author"]', '[class*="byline"]',
    '[class*="Author"]', '[class*="autor"]',
)  # fmt: skip
BY_PREFIX = regex.compile(
    r"^(?:(?:By|BY|by|Von|von|VON|Par|par|Por|por|Di|di|Door|door|Text|Autor(?:in)?|Author|Verfasst von|Geschrieben von"
    r"|Ein Artikel von|Ein Beitrag von|Written by|Posted by|Publié par|Escrito por"
    r"|(?:Zeige |View )?(?:alle Beiträge|alle Artikel|all posts|all articles) (?:von|by))"
    r"\s?:?\s+)+"
)


_NOT_PEOPLE = frozenset(
    "admin administrator wordpressadmin webmaster editor name author autor user guest unknown "
    "staff team anonymous stand beitrag drupal wordpress joomla typo3 alle artikel veröffentlicht "
    "published updated aktualisiert erforderlich required posted share teilen donate spenden login menu "
    "newsletter subscribe abonnieren".split()
)
_UI_START = regex.compile(
    r"(?i)^(?:posted|published|updated|veröffentlicht|aktualisiert|alle artikel|mehr von|more from)\b"
)
_DOMAIN = regex.compile(r"(?i)^(?:https?:|www\.)|\.(?:com|de|net|org|at|ch|fr|uk|co|io|info|eu|it|es)\b")


def _person(name: str, site: str | None, *, strict: bool = True) -> str | None:
    """``name`` if it can name a person: not the site, a domain or an account placeholder."""
    name = " ".join(name.split()).strip(" ,;|")
    low = name.casefold()
    if (
        not name
        or len(name) > AUTHOR_NAME_MAX_CHARS
        or low in _NOT_PEOPLE
        or "(" in name
        or name.endswith((" am", " on", ":"))
    ):
        return None
    if _UI_START.match(name):
        return None
    if strict and (_DOMAIN.search(name) or (site and (low == site.casefold() or low in site.casefold().split()))):
        return None
    if "." in name and " " not in name and "@" not in name and name.islower() and not _DOMAIN.search(name):
        name = " ".join(part.capitalize() for part in name.split("."))  # "robert.stitz"
    return name


def _dom_authors(tree: LexborHTMLParser) -> list[str]:
    """A byline element the markup labels as such (rel=author, itemprop=author, .byline).

    Comment threads and "recent comments" widgets mark up each commenter just as a byline
    is marked up (``.fn``, ``comment-author``, ``itemprop=author``); a name inside one is a
    reader's, not the story's.
    """
    for sel in _AUTHOR_SELECTORS:
        for node in tree.css(sel)[:MAX_BYLINE_NODES]:
            name = byline_name(" ".join(node.text(separator=" ").split()))
            # a link in the author box may be "Alle Artikel": a later selector finds the name
            if name and not _UI_START.match(name) and not _in_comments(node):
                return [name]
    return []


_COMMENT_WORDS = frozenset("recentcomments leserbrief leserbriefe kommentare disqus replies".split())


def _in_comments(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        attrs = parent.attributes
        for key in ("class", "id"):
            value = attrs.get(key)
            if value:
                for word in CLASS_WORDS.split(value.casefold()):
                    if (word.startswith("comment") and not word.startswith("commentar")) or word in _COMMENT_WORDS:
                        return True
        parent = parent.parent
    return False


# A date line ending in the author: "Posted on <date> by <name>", "Am 3. Mai 2022 von <name>".
_DATE_THEN_BY = regex.compile(
    r"(?i)^(?:posted|published|veröffentlicht|publié|publicado)?\s?(?:on|am|le|el)?\s?[^|•·]{0,40}?\d[^|•·]{0,30}?"
    r"\s(?:by|von|par|por)\s(?P<name>[^\d|•·,]{2,60})$"
)
# What follows a name in a byline: a separator, a date, or the section ("By admin in News").
_AFTER_NAME = regex.compile(
    r"\s*(?:[|,•·–—/©]|\s-\s|\d|\s(?:in|In|im|Im)\s|\s(?:Foto|Fotos|Photo|Bild|Bilder)s?\s?:"
    r"|\s(?i:alle (?:artikel|beiträge)|view all|all (?:posts|articles|stories)|mehr (?:artikel|beiträge)|more (?:posts|articles|stories))\b).*$"
)


def byline_name(text: str) -> str | None:
    """The name in a byline-ish text: prefix ("By", "Von", "Ein Artikel von") and any date after it dropped."""
    text = text.strip()
    dated = _DATE_THEN_BY.match(text)
    if dated:  # "Posted on September 21, 2020 by Adi Tzlil": the name follows the date
        text = dated.group("name")
    text = BY_PREFIX.sub("", text)
    text = _AFTER_NAME.sub("", text).strip(" ,|·-–—:")
    if (
        NAME_MIN_CHARS <= len(text) <= PRINTED_NAME_MAX_CHARS
        and 1 <= len(text.split()) <= PRINTED_NAME_MAX_WORDS
        and not any(c.isdigit() for c in text)
    ):
        return text
    return None


def _json_ld(tree: LexborHTMLParser, meta: Meta) -> None:
    for node in tree.css('script[type="application/ld+json"]')[:MAX_LD_SCRIPTS]:
        raw = node.text()
        if not raw or len(raw) > MAX_LD_CHARS:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            try:
                data = json.loads(regex.sub(r"[\x00-\x1f]", " ", raw))
            except ValueError:
                continue
        objects = _ld_objects(data)
        by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
        for obj in objects:
            if not _types(obj) & _ARTICLE_TYPES:
                if "publisher" not in obj and "author" not in obj:
                    continue
            article_like = bool(_types(obj) & (_ARTICLE_TYPES - {"webpage"}))
            headline = obj.get("headline") if article_like else None
            if isinstance(headline, str) and not meta.headline:
                meta.headline = " ".join(headline.split())
            body = obj.get("articleBody") if article_like else None
            if isinstance(body, str) and not meta.article_body:
                meta.article_body = body
            if "author" in obj:
                people = _resolve(obj["author"], by_id)
                if not meta.authors:
                    meta.authors = _names(people)
                meta.bios += _bios(people)
            if meta.published is None and isinstance(obj.get("datePublished"), str):
                meta.published = iso_date(obj["datePublished"])
                meta.published_text = obj["datePublished"] if meta.published else None
            section = obj.get("articleSection")
            if isinstance(section, list):
                section = section[0] if section else None
            if not meta.section and isinstance(section, str):
                meta.section = section
            pub = obj.get("publisher")
            if not meta.site_name and isinstance(pub, dict) and isinstance(pub.get("name"), str):
                meta.site_name = pub["name"]


def node_text(node: LexborNode) -> str:
    return " ".join(node.text(separator=" ").split())
