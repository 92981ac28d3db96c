"""Listing or article: from the URL's shape when it says, else from the entries' shape.

URL shapes are the ones content systems use everywhere (WordPress, Drupal, Arc, custom
sites alike): ``/tag/``, ``/category/``, ``/page/N``, ``?page=``, ``/search``, a site's
root or a bare section path for listings; a long hyphenated slug, a numeric story id or
``/article/`` for articles. A URL that says neither leaves the page's structure to decide.
"""

from __future__ import annotations

import unicodedata
from typing import Literal
from urllib.parse import unquote, urlsplit

import regex

from ..thresholds import (
    HOST_NAME_OPENING_SHARE,
    LEAD_MIN_PROSE,
    LEAD_RATIO,
    LISTING_MIN_ENTRIES,
    PAGE_NUMBER_MAX_DIGITS,
    SECTION_PATH_MAX_SEGMENTS,
    SECTION_PATH_WORD_MIN,
    SECTION_SLUG_MAX_WORDS,
    SITE_NAME_MIN_LETTERS,
    SLUG_TITLE_SHARE,
    STRONG_SHARE,
    UNIFORM_MAX_PROSE,
    UNIFORM_MIN_ENTRIES,
)

Kind = Literal["listing", "article"]

_LISTING_SEGMENTS = frozenset(
    "tag tags topic topics category categories section sections archive archives author authors search "
    "source sources feed feeds page label labels hashtag anchor latest keyword keywords subject subjects "
    "series collection collections blogs".split()
)
_LISTING_QUERY = regex.compile(
    r"(?:^|&)(?:page|pgno|pg|paged|q|query|s|search|start|offset)=|(?:^|&)p=(?!\d{5,}(?:&|$))", regex.IGNORECASE
)
# "?p=42505": WordPress's address of one post by its id (thepapers.ng, ktbb.com), where "?p=2"
# is a page number; a story id runs to five digits or more (as _STORY_ID reads a path's).
_POST_ID_QUERY = regex.compile(r"(?:^|&)p=\d{5,}(?:&|$)")
# Blogger's archive of a day, a week or a month ("/2021_02_21_archive.html" on
# aunamnoticias.blogspot.com, "/2019_11_22_archive.html" on csiaplk.blogspot.com, "/2019_04_01_archive.html"
# on creationsjourneytolife.blogspot.com, which a crawler's page classifier in the code corpus files as
# an index page) opens with the date it lists.
_LISTING_FILE = regex.compile(
    r"(?i)(?:[a-z]{1,20}[_-]|(?:19|20)\d\d(?:_\d\d){0,2}_)?(?:archive|archives|index|search|list|latest|category|tag)[\w-]{0,20}\.(?:php|html?|aspx?)"
)
# A story's own address: a slug of several hyphenated words ("u-s-governorships-break-both-ways"),
# an id of five or more digits ("article160548749.html", "/2024/04/359405"), or /article/, /story/.
_SLUG = regex.compile(r"[\w%]{1,40}(?:-[\w%]{1,40}){3,}")
_STORY_ID = regex.compile(r"(?:article|story|news|a|p|id)?[-_]?\d{5,}(?:\.\w{2,5})?|[A-Z0-9]{6,}_\d")
_STORY_SEGMENTS = frozenset("article articles story stories a news-releases newsdesk".split())
# "/2020-09", "/2024/": a month's or year's archive when nothing follows it.
_ARCHIVE_DATE = regex.compile(r"(?:19|20)\d\d(?:-\d\d)?")


def url_kind(url: str | None) -> Kind | None:
    """What the URL's shape says the page is, or ``None`` when it says nothing."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    segments = [s for s in parts.path.split("/") if s]
    low = [s.lower() for s in segments]
    if any(s in _LISTING_SEGMENTS for s in low) or _LISTING_QUERY.search(parts.query):
        return "listing"
    if segments and _LISTING_FILE.fullmatch(segments[-1]):
        return "listing"
    if _POST_ID_QUERY.search(parts.query):
        return "article"
    if not segments:
        return "listing"  # a site's home page
    last = segments[-1]
    if _ARCHIVE_DATE.fullmatch(last) or (last.isdigit() and len(last) <= PAGE_NUMBER_MAX_DIGITS):
        return "listing"  # "/political-news/2020-09", "/news/canada/189": an archive month, a page number
    if any("latest" in s.split("-") or "latest" in s.split("_") for s in low):
        return "listing"  # "/latest-health-news/37536"
    if any(_SLUG.fullmatch(s) and s.count("-") >= SECTION_SLUG_MAX_WORDS for s in segments[1:] or segments):
        return "article"
    if _STORY_ID.fullmatch(last) or any(s in _STORY_SEGMENTS for s in low[:-1]):
        return "article"
    if len(segments) <= SECTION_PATH_MAX_SEGMENTS and all(_section_name(s) for s in segments):
        return "listing"  # "/news/world/", "/science-news/": a section's front
    return None


def _section_name(segment: str) -> bool:
    """Whether a path segment reads as a section's name: words only, fewer than
    ``SECTION_SLUG_MAX_WORDS`` hyphens ("world", "science-news", "latest-health-news").

    Why: a story's slug is words only too, and the section-front reading took a two-segment
    path whose slug comes first for a section: a WordPress AMP endpoint after the slug
    (editoria.tv's "/e-ora-di-riformare-il-premio-strega-.../amp", geeksforgeeks.org's
    "/program-for-armstrong-numbers/amp/") made a listing of the story. A slug that long
    names a story, not a section; the path then says nothing and the page's structure
    decides."""
    return segment.replace("-", "").isalpha() and segment.count("-") < SECTION_SLUG_MAX_WORDS


def names_listing(url: str | None) -> bool:
    """Whether the URL says "listing" in words a content system uses for one (/tag/,
    /category/, /author/, ?page=, search.php, a "...-news" section), not only by its shape
    (a bare path such as "/ferry" may be a story's short address)."""
    if not url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    segments = [s for s in parts.path.split("/") if s]
    if any(s.lower() in _LISTING_SEGMENTS for s in segments) or _LISTING_QUERY.search(parts.query):
        return True
    if segments and _LISTING_FILE.fullmatch(segments[-1]):
        return True
    # a section's front named as one ("/science-news/", "/news/world/") where url_kind reads
    # a section path; "/ferry" alone names nothing
    return url_kind(url) == "listing" and any(s.lower().rsplit("-", 1)[-1] == "news" for s in segments)


def structural_kind(prose_counts: list[int], strong: list[bool]) -> Kind:
    """A listing when most entries print a header of their own and no lead story opens the
    page; an article otherwise (with no URL to go by, a story's subheadings must not
    make a listing of it)."""
    if len(prose_counts) < LISTING_MIN_ENTRIES or sum(strong) < STRONG_SHARE * len(strong):
        return "article"
    return "article" if lead_story(prose_counts) else "listing"


def lead_story(prose_counts: list[int]) -> bool:
    """Whether the first entry is a lead story over the rest: several paragraphs, and
    ``LEAD_RATIO`` times the rest's median."""
    first, rest = prose_counts[0], sorted(prose_counts[1:])
    median = rest[len(rest) // 2] if rest else 0
    return first >= LEAD_MIN_PROSE and first >= LEAD_RATIO * max(1, median)


def _path_segments(url: str | None) -> list[str] | None:
    """The URL's non-empty path segments, or ``None`` without a URL or with one ``urlsplit``
    refuses (an unclosed IPv6 bracket): the page-kind readings below all walk them."""
    if not url:
        return None
    try:
        return [s for s in urlsplit(url).path.split("/") if s]
    except ValueError:
        return None


_AUTHOR_SEGMENTS = frozenset("author authors profile profiles journalist journalists writer writers by".split())


def author_slug(url: str | None) -> str | None:
    """The name an author page's URL carries ("/author/cate-mccurry" -> "cate mccurry")."""
    segments = _path_segments(url)
    if segments is None:
        return None
    for k, s in enumerate(segments[:-1]):
        if s.lower() in _AUTHOR_SEGMENTS:
            return slug_words(unquote(segments[k + 1]))
    return None


# Path words that name no section: a listing's kind ("category", "tag", "page"), the story's
# container ("article", "news"), a language, a file's extension. A path of only these says
# nothing of the page's section.
_PATH_FURNITURE = frozenset(
    "page pages category categories categoria categoría categorie kategorie section sections seccion tag tags "
    "topic topics thema themen article articles artikel story stories news noticias nachrichten nieuws notizie "
    "actualites post posts blog blogs archive archives index html htm php asp aspx amp www home default list "
    "latest all en de fr es it pt nl uk us "
    # a feed reader's own paths (Drupal's /aggregator/sources/3): the feed's source heads it
    "aggregator source sources feed feeds rss".split()
)


# The path segments after which a site names the section a page files under ("/category/deportes/",
# "/section/film-tv-music") in the languages of the corpora; and a section's own page name
# ("/de/Politik.html").
_SECTION_SEGMENTS = frozenset(
    "category categories categoria categorias categoría categorie catégorie kategorie kategori section sections "
    "seccion sección secao seção rubrik ressort rubrique".split()
)
_PAGE_EXTENSIONS = (".html", ".htm", ".shtml", ".php", ".aspx", ".asp")


def path_words(url: str | None, *, listing: bool) -> frozenset[str] | None:
    """The words a page's URL path names its section with: the segment after a section marker
    (``_SECTION_SEGMENTS``) and, on a listing, a last segment that is a page's file name
    (``_PAGE_EXTENSIONS``); slug words, accents folded, at least ``SECTION_PATH_WORD_MIN``
    letters, no ``_PATH_FURNITURE``. ``None`` when the path names no section: a tag's or a
    source's slug, a story's slug, a path of bare words ("/new/", "/daily-briefing") say
    nothing of where the site files the page."""
    segments = _path_segments(url)
    if segments is None:
        return None
    named = [s for k, s in enumerate(segments) if k > 0 and segments[k - 1].lower() in _SECTION_SEGMENTS]
    if listing and segments and segments[-1].lower().endswith(_PAGE_EXTENSIONS):
        named.append(segments[-1].rsplit(".", 1)[0])
    words = {
        w
        for s in named
        for w in slug_words(unquote(s)).split()
        if len(w) >= SECTION_PATH_WORD_MIN and not w.isdigit() and w not in _PATH_FURNITURE
    }
    return frozenset(words) or None


def url_contradicts_heading(text: str, url: str | None, *, listing: bool) -> bool:
    """Whether the page's address names a section and the heading shares no word with it
    (``path_words``; words agree on their first ``SECTION_PATH_WORD_MIN`` + 1 letters, so
    "Sports" is "/sport/" and "Política" is "/politica/").

    Why: a bare-name line above a listing's entries was every entry's category whatever it
    named: a masthead's place ("The Post - Athens, OH" over thepostathens.com's
    /section/film-tv-music), a widget's label ("Vorgestellt", German for "featured", over
    lindependance.lu's /de/Politik.html). A site files a section's page under the section's
    name ("/category/deportes/" on eldemocrata.com and redaccion.elmundo.sv under "Deportes",
    "/section/film-tv-music" under "FILM, TV & MUSIC"), so a heading no word of that name
    spells is the page's furniture. A path with no section marker or page name, or one of
    furniture words and digits only (/articles, /page/495), says nothing: the heading stands."""
    words = path_words(url, listing=listing)
    if words is None:
        return False
    stems = {w[: SECTION_PATH_WORD_MIN + 1] for w in words}
    said = [w for w in slug_words(text).split() if len(w) >= SECTION_PATH_WORD_MIN]
    if not said:
        return False
    return not any(w[: SECTION_PATH_WORD_MIN + 1] in stems for w in said)


def url_names(text: str, url: str | None) -> bool:
    """Whether one of the URL's path segments spells ``text`` ("Cronaca" on
    ".../news/cronaca/page/9", "Harbour" on "/category/harbour/"): the page's heading naming
    its own section or tag."""
    words = slug_words(text)
    segments = _path_segments(url) if words else None
    if segments is None:
        return False
    return any(slug_words(unquote(s)) == words for s in segments)


# Host labels that are no site's name: "www.", "m.", "staging." before it, the TLD after it.
_HOST_PREFIXES = frozenset("www www2 m mobile amp staging news edition en".split())


def names_site(text: str, url: str | None) -> bool:
    """Whether a heading spells the site's own name as its host does ("Gulf Times" on
    gulf-times.com, "Prime News Ghana" on primenewsghana.com, "ReportWire" on reportwire.org).

    Why: listing pages print their masthead above the entries, and the shape reading took
    that name for a bare section heading and gave it to every entry as its category. The
    comparison is letters only, so hyphens, spaces and case in either do not matter.
    """
    name = _site_letters(url) if text else None
    if name is None:
        return False
    said = "".join(regex.findall(r"[^\W_]+", text.lower()))
    if said == name:
        return True
    bare = said[3:] if said.startswith("the") else said
    return bare == name or _opens_host_name(said, name) or _opens_host_name(bare, name)


def _opens_host_name(said: str, name: str) -> bool:
    """Whether a heading's letters open the host's name and make up most of it: the paper's
    name where the host adds its town or country ("The Post" on thepostathens.com, "The
    Tribune" on tribuneindia.com).

    Why: the masthead's name was read as another paper's name heading a feed of its stories
    (``_paper_heading``), and every one of the site's own stories got its own paper for outlet
    (LABELS.md: a site's own stories name no outlet). At least ``SITE_NAME_MIN_LETTERS``
    letters and ``HOST_NAME_OPENING_SHARE`` of the host's name."""
    return (
        len(said) >= SITE_NAME_MIN_LETTERS
        and name.startswith(said)
        and len(said) >= HOST_NAME_OPENING_SHARE * len(name)
    )


def _site_letters(url: str | None) -> str | None:
    """The site's name as its host spells it, letters and digits only ("gulftimes" for
    www.gulf-times.com), or ``None`` when the host names nothing long enough to tell."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    labels = [h for h in host.split(".") if h]
    while len(labels) > 2 and labels[0] in _HOST_PREFIXES:  # noqa: PLR2004 (a name and its top-level domain)
        labels = labels[1:]
    if len(labels) < 2:  # noqa: PLR2004 (a name and its top-level domain)
        return None
    name = "".join(regex.findall(r"[^\W_]+", labels[0]))
    return name if len(name) >= SITE_NAME_MIN_LETTERS else None


# A site's word to its reader: "Welcome to ...", "... your source for ...", "... brings you ...".
_WELCOME = regex.compile(r"(?i)welcome to\b")
_TO_THE_READER = regex.compile(r"(?i)\b(?:your|you|we|our|us)\b")


def site_blurb(text: str, url: str | None) -> bool:
    """Whether a paragraph above a listing's entries is the site's welcome or self-description
    ("Welcome to Coast Post, your source for local news ...").

    Why: listing and home pages open with the site's blurb, and the layout kept any prose
    above the first entry as a story of its own (so that no story's text is lost). A blurb
    opens with "Welcome to", or names the site as its host spells it and speaks to the
    reader ("your", "we", "our") in its first sentence; a teaser reports on someone else.
    """
    first = text.split(". ", 1)[0]
    if _WELCOME.match(first):
        return True
    name = _site_letters(url)
    if name is None or _TO_THE_READER.search(first) is None:
        return False
    return name in "".join(regex.findall(r"[^\W_]+", first.lower()))


_SLUG_WORD = regex.compile(r"[^\W_]+")


def slug_words(text: str) -> str:
    """Lower-case words only, accents folded: "Cate McCurry" and "cate-mccurry" read the
    same, and so do "Seán Ó Briain" and "sean-o-briain".

    Why fold: sites build their URL slugs without accents (WordPress's sanitize_title, Django's
    slugify), so a name or headline with one never matched its own URL."""
    low = text.lower()
    if not low.isascii():
        low = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    return " ".join(_SLUG_WORD.findall(low))


_SLUG_STOP = frozenset("a an the of to in on at for by with from and or is are was be as its it s".split())


def slug_names(url: str | None, title: str | None) -> bool | None:
    """Whether the URL's story slug names ``title``; ``None`` when the URL has no slug."""
    segments = _path_segments(url) if title else None
    if segments is None or title is None:
        return None
    slugs = [seg for seg in segments if _SLUG.fullmatch(seg)]
    if not slugs:
        return None
    words = {w for w in slug_words(max(slugs, key=len)).split() if w not in _SLUG_STOP and not w.isdigit()}
    if not words:
        return None
    have = set(slug_words(title).split())
    return len(words & have) >= SLUG_TITLE_SHARE * len(words)


def uniform_entries(prose_counts: list[int]) -> bool:
    return len(prose_counts) >= UNIFORM_MIN_ENTRIES and max(prose_counts) <= UNIFORM_MAX_PROSE


def page_kind(
    url: str | None,
    hinted: Kind | None,
    prose: list[int],
    headed: list[bool],
    titles: list[str],
    *,
    forced: Kind | None = None,
    teased: list[bool] | None = None,
    bulleted: list[bool] | None = None,
    feed: bool = False,
) -> tuple[Kind, str]:
    """The page's kind and the rule id that decided it.

    A rule file's ``[layout]`` kind for the URL decides first (rules.py hook: the user knows
    the site). The URL's shape decides when it says listing; a story URL decides unless the
    entries are alike and none is the story its slug names (a digest, a slideshow): alike
    by their headers, or alike short entries all cut off as teasers are
    (``layout.kind-story-url-cut-teasers``);
    otherwise the entries' structure decides, and alike short entries under a URL that says
    nothing are a listing. ``feed``: the URL said nothing and the page's lines are a feed of
    closed one-line teasers (``oneline.closed_teaser_feed``).
    """
    if forced is not None:
        return forced, "layout.kind-rule-file"
    structural = structural_kind(prose, headed)
    if feed:
        return "listing", "layout.kind-teaser-feed"
    if hinted == "listing":
        return "listing", "layout.kind-url-listing"
    if hinted == "article":
        if titles and not any(slug_names(url, t) for t in titles):
            if structural == "listing":
                return "listing", "layout.kind-slug-names-no-entry"
            if teased is not None and uniform_entries(prose) and cut_teasers(teased, prose):
                return "listing", "layout.kind-story-url-cut-teasers"
        return "article", "layout.kind-url-article"
    if structural == "article" and url and uniform_entries(prose):
        return "listing", "layout.kind-alike-entries"
    if structural == "article" and teased is not None and cut_teasers(teased, prose):
        return "listing", "layout.kind-cut-teasers"
    if structural == "article" and bulleted is not None and bulleted_titles(bulleted, prose):
        return "listing", "layout.kind-bulleted-titles"
    return structural, "layout.kind-structure"


def cut_teasers(teased: list[bool], prose: list[int]) -> bool:
    """Entries that end as teasers do, cut short or closed by a "Read more" link, the first
    among them: a listing, URL or none (arcamax.com's "...Read more", wn.com's "...",
    keizertimes.com's "[Read More…]", chapelhillwatch.com's "[…]" under each headline). A
    story's subheadings head paragraphs that end with their sentences, and a lead story
    over cut related teasers is no teaser itself, so both stay an article."""
    return (
        len(teased) >= LISTING_MIN_ENTRIES
        and teased[0]
        and sum(teased) >= STRONG_SHARE * len(teased)
        and not lead_story(prose)  # a lead story the scrape cut off, over cut related teasers
    )


def bulleted_titles(bulleted: list[bool], prose: list[int]) -> bool:
    """Headlines set as list items ("• Title" over its teaser), the first among them, each
    with prose under it: a digest's items, a listing (the "• Title / teaser / section" shape
    issue 18 lists among the unseen sites). A story does not bullet its subheadings; its
    bulleted lists are items without paragraphs of their own, and a lead story over
    bulleted related headlines stays one (tests/layoutgen.py draws such pages). Numbered
    titles are left to the structure: a listicle numbers its sections."""
    marked = [b and p > 0 for b, p in zip(bulleted, prose, strict=True)]
    return (
        len(marked) >= LISTING_MIN_ENTRIES
        and marked[0]
        and sum(marked) >= STRONG_SHARE * len(marked)
        and not lead_story(prose)  # a lead story over bulleted related headlines
    )
