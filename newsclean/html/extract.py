"""HTML to a ``Page``: the fast selectolax path, and trafilatura where it is unsure.

The page is rendered once to text blocks (one per block element). That rendering is the
"normalised text" of an HTML page: ``Removal`` offsets and spans point into it, and
:func:`newsclean.normalize` returns it. Then:

* an **aggregator page** (the text pipeline finds its widgets, section markers or several
  stories) is segmented by the same rules and heuristics as scraped text, so HTML and text
  versions of a page give the same articles;
* an **ordinary news page** keeps the blocks of its main-content container, runs the body
  field extractors over them, and takes title, author, date, outlet and section from the
  markup (JSON-LD, meta tags, ``<time>``) before the text heuristics.

When the fast path finds little text, trafilatura (``fast=True``) is asked instead and the
page says so in ``warnings``; ``fallback_rate()`` tells how often that happened.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import datetime
from typing import Any

import regex
from selectolax.lexbor import LexborHTMLParser

from ..body import extract_body
from ..decode import normalize
from ..draft import Draft
from ..fields.headlines import strip_excerpts
from ..models import Article, Page, built
from ..para import Ledger, Para
from ..rules import RuleSet
from ..timeparse import time_line
from .blocks import Block, Walk, is_storyish, walk
from .dates import date_led, date_only, find_date, labelled_date, second_opinion
from .meta import BY_PREFIX, JOINT, Meta, byline_name, choose_authors, is_author, is_bio, read_meta
from .title import headline, same_title
from .vote import CONFIDENT_DATE, in_local_time, support, vote

MIN_TEXT = 250  # a markup-named container needs this much story text to be believed
FALLBACK_CHARS = 120  # below this much main text the fast path asks trafilatura
# which source's text to keep when several name the winning day
_STATS = {"pages": 0, "fallbacks": 0}
MAX_DEPTH = 2_000  # HTML5 tree building is quadratic in nesting depth; real pages stay under 100
# stdlib re: several times faster than regex for this simple, linear scan over every tag
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,30})")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCKISH = regex.compile(
    r"(?i)</?(?:p|div|br|li|h[1-6]|tr|td|section|article|header|footer|blockquote|pre|ul|ol|table)\b[^<>]{0,2000}>"
)
_ANY_TAG = regex.compile(r"<[^<>]{0,2000}>")


def too_deep(text: str) -> bool:
    """Whether the markup nests deeper than ``MAX_DEPTH`` (a linear scan; stops early)."""
    if text.count("<") <= MAX_DEPTH or _depth_bound(text) <= MAX_DEPTH:
        return False
    depth = 0
    for m in _TAG.finditer(text):
        if m.group(1):
            depth = max(0, depth - 1)
        elif m.group(2).lower() not in _VOID:
            depth += 1
            if depth > MAX_DEPTH:
                return True
    return False


_CHUNK = 8192


def _depth_bound(text: str) -> int:
    """An upper bound on the nesting depth from counting ``<`` and ``</`` per chunk (C speed).

    With S the running count of openings minus closings, the depth (closings below zero
    ignored) never exceeds max S - min(0, min S); per chunk, S can rise at most by the
    chunk's openings and fall at most by its closings. Void elements count as openings,
    so the bound is loose, but on ordinary pages far below ``MAX_DEPTH``, which spares
    them the per-tag scan.
    """
    s = hi = lo = 0
    for i in range(0, len(text), _CHUNK):
        chunk = text[i : i + _CHUNK]
        closes = chunk.count("</")
        opens = chunk.count("<") - closes
        hi = max(hi, s + opens)
        lo = min(lo, s - closes)
        s += opens - closes
    return hi - lo


def strip_markup(text: str) -> str:
    """Hostile markup read as text: block tags become line breaks, other tags vanish."""
    import html as html_lib

    text = _BLOCKISH.sub("\n", text)
    return html_lib.unescape(_ANY_TAG.sub("", text))


def fallback_rate() -> float:
    """Share of HTML pages (in this process) that needed the trafilatura fallback."""
    return _STATS["fallbacks"] / _STATS["pages"] if _STATS["pages"] else 0.0


def render(text: str) -> tuple[LexborHTMLParser, Walk, str, list[int]]:
    """Parse, walk, and join the blocks into the page's text; offsets of each block."""
    tree = LexborHTMLParser(text)
    if "<rt" in text or "<RT" in text:  # ruby readings (furigana) guide pronunciation; not text
        tree.strip_tags(["rt", "rp"])
    w = walk(tree)
    rendering = "\n".join(b.text for b in w.blocks)
    normal = normalize(rendering)  # block texts hold no line breaks, so lines map to blocks
    if normal != rendering:
        for b, line in zip(w.blocks, normal.split("\n"), strict=True):
            b.text = line
    starts: list[int] = []
    pos = 0
    for b in w.blocks:
        starts.append(pos)
        pos += len(b.text) + 1
    return tree, w, normal, starts


def extract_html(
    text: str, url: str | None, fetched_at: datetime | None, rules: RuleSet, warnings: list[str],
    run_text: Any,
) -> Page:  # fmt: skip
    _STATS["pages"] += 1
    tree, w, rendering, starts = render(text)
    meta = read_meta(tree, url, w.date_nodes)
    fallback_title: str | None = None
    if _may_be_aggregator(rendering, rules, meta):  # only then is the full text pass worth it
        page: Page = run_text(rendering, url, fetched_at, rules, list(warnings))
        if _is_aggregator(page, rules, meta):
            return _with_meta(page, meta)
        fallback_title = page.main.title if page.main is not None else None
    near_name = _byline_near_title(w)
    if near_name is not None:
        meta.candidates.insert(meta.near_slot, [near_name])
        choose_authors(meta)
    near = _date_near_title(w, meta)
    if near is not None:
        meta.dates["near"] = (near, near.date().isoformat())
    labelled = labelled_date([b.text for b in w.blocks], us=meta.us)
    if labelled is not None:
        meta.dates["label"] = (labelled, labelled.date().isoformat())
    if support(meta.dates) < CONFIDENT_DATE:
        second = second_opinion(text, url, extensive=not meta.dates)
        if second is not None:
            meta.dates["htmldate"] = second
    chosen_date = vote(in_local_time(meta.dates))
    if chosen_date is not None:
        meta.published, meta.published_text = chosen_date
    key = _main_key(w)
    chosen = [i for i, b in enumerate(w.blocks) if key is None or key in b.ancestors]
    chosen = _with_siblings(w, key, chosen)
    chosen = _with_lead(w, chosen)
    chosen = [i for i in chosen if _content_block(w.blocks[i])]
    body_chars = sum(len(w.blocks[i].text) for i in chosen if w.blocks[i].tag not in ("h1", "h2", "h3"))
    if body_chars < FALLBACK_CHARS:
        fallback = _trafilatura(text, url, meta, rules, warnings)
        if fallback is not None:
            return fallback
    return _article_page(w, starts, chosen, meta, url, rules, warnings, fallback_title)


_BYLINE_START = regex.compile(
    r"^(?:By|BY|Von|von|VON|Par|Por|Di|Door|Text:?|Autor(?:in)?:?|Author:?|Ein Artikel von|Ein Beitrag von|"
    r"Written by|Posted by|Publié par|Escrito por)\s"
)
_BY_INSIDE = regex.compile(
    r"(?:^|\s)(?:von|by|By|Von|par|por)\s(?P<name>[A-ZÀ-Ý][\w'’.-]+(?:\s(?!(?:In|Im)\b)[A-ZÀ-Ý][\w'’.-]+){0,2})"
)
_AUTHOR_LABEL = frozenset(("autor", "autorin", "author", "autoren", "authors", "von", "by"))


_META_SEP = regex.compile(r"\||\s/\s")


def _byline_near_title(w: Walk) -> str | None:
    """A byline printed in a short block just around the headline ("Von Jane Roe | 3.2.2022")."""
    h1 = next((i for i, b in enumerate(w.blocks) if b.tag == "h1"), None)
    lo, hi = (max(0, h1 - 4), h1 + 10) if h1 is not None else (0, 12)
    blocks = w.blocks[lo:hi]
    for k, b in enumerate(blocks):
        if len(b.text.split()) > 14:
            continue
        if _BYLINE_START.match(b.text):
            name = byline_name(b.text)
            if name:
                return name
        if find_date(b.text):  # a meta line with a date: "… 06.11.2023 13:30 von Olga …"
            m = _BY_INSIDE.search(b.text)
            if m:
                return m.group("name")
        if ("|" in b.text or " / " in b.text) and find_date(b.text):
            # "04.02.2022 | 13:10 Uhr | Uta Helkenberg", "Gunter Frank / 22.04.2020 / 06:15 / Foto: X"
            for part in reversed(_META_SEP.split(b.text)):
                part = part.strip()
                words = part.split()
                if (
                    2 <= len(words) <= 4
                    and all(w[:1].isupper() for w in words)
                    and not any(c.isdigit() or c in ":." for c in part)  # no date, time or "Foto: X"
                ):
                    return part
        if b.text.strip(" :").casefold() in _AUTHOR_LABEL and k + 1 < len(blocks):
            name = byline_name(blocks[k + 1].text)
            if name:
                return name
    return None


def _date_near_title(w: Walk, meta: Meta) -> datetime | None:
    """A date written in a short block just above or below the headline."""
    h1 = next((i for i, b in enumerate(w.blocks) if b.tag == "h1"), None)
    lo, hi = (max(0, h1 - 4), h1 + 10) if h1 is not None else (0, 12)
    for b in w.blocks[lo:hi]:
        if len(b.text) <= 400:
            dt = find_date(b.text, us=meta.us)
            if dt is not None:
                return dt
    return None


def _may_be_aggregator(rendering: str, rules: RuleSet, meta: Meta) -> bool:
    """A cheap look for aggregator evidence: flat markup, or a site rule's line on the page."""
    if not (meta.h1 or meta.logo or meta.headline or meta.site_name):
        return True
    for line in rendering.split("\n"):
        if len(line) < 120:
            hit = rules.line_rule(line)
            if hit is not None and not hit[0].startswith(_GENERIC):
                return True
    return False


_GENERIC = ("common.", "web.", "heuristic.", "byline.", "credit.")


def _is_aggregator(page: Page, rules: RuleSet, meta: Meta) -> bool:
    """The text pipeline recognised an aggregator page: a section marker of a rule file,
    or aggregator furniture (rules of a site file, not the generic ones) around its story."""
    hits = {r.rule for r in page.removed}
    site = {h for h in hits if not h.startswith(_GENERIC)}
    if len(site) >= 3 or (len(site) >= 2 and any(rules.is_section_rule(h) for h in site)):
        return True
    main = page.main
    if site and main is not None and main.outlet and main.published_text and not is_author(main.outlet, meta):
        return True  # an aggregator's own header ("Outlet3 days ago") around the story
    if page.kind == "listing" and site:
        return True
    # Flat markup (no headline, no Open Graph, no <h1>: a page saved as text in tags) is an
    # aggregator page too when the text pipeline finds more stories than one with a time or
    # section among them, or a story under an outlet's time: no markup says otherwise.
    flat = not (meta.h1 or meta.logo or meta.headline or meta.site_name)
    return flat and (
        page.kind == "listing"
        or bool(site)  # a site file's furniture, and no markup to say otherwise
        or (len(page.articles) >= 2 and any(a.published_text or a.category for a in page.articles))
        or (main is not None and bool(main.outlet) and bool(main.published_text))  # "Outlet / 3 hours ago" over it
    )


def _main_key(w: Walk) -> int | None:
    """The story's container: the best-scoring one, unless markup names one almost as good.

    Markup hints (``itemprop=articleBody``, ``article-body`` classes, ``<article>``) are
    often on teasers too, so a hint wins only when its text scores close to the best.
    """
    best = w.best
    if best is None:
        return None
    top = w.score.get(best, 0.0)
    scored = [(w.score.get(k, 0.0), k) for k in w.hints[:70]]
    if scored:
        score, key = max(scored)
        if score >= 0.8 * top and score > MIN_TEXT:
            return key
    return best


SIBLING_SHARE = 0.25


def _with_siblings(w: Walk, key: int | None, chosen: list[int]) -> list[int]:
    """Story paragraphs the layout split off into the story container's sibling boxes.

    Magazines break a story into several sibling boxes with shop widgets or embeds between
    them; the box scoring best holds only the first part.
    """
    if key is None or not chosen:
        return chosen
    anc = w.blocks[chosen[0]].ancestors
    at = anc.index(key)
    if at == 0:
        return chosen
    parent = anc[at - 1]
    extra = w.good.get(parent, 0) - w.good.get(key, 0)
    if extra < SIBLING_SHARE * w.good.get(key, 0):
        return chosen
    inside = set(chosen)
    twin = (w.tags.get(key), w.names.get(key))
    add = []
    for i, b in enumerate(w.blocks):
        if i in inside or parent not in b.ancestors:
            continue
        at = b.ancestors.index(parent)
        box = b.ancestors[at + 1] if at + 1 < len(b.ancestors) else None
        if box is None or (w.tags.get(box), w.names.get(box)) != twin:
            continue  # only boxes built like the story's own: a donation appeal or comment box is not
        if is_storyish(b):
            add.append(i)
        elif (
            b.tag in _HEADS
            and i + 1 < len(w.blocks)
            and is_storyish(w.blocks[i + 1])
            and parent in w.blocks[i + 1].ancestors
        ):
            add.append(i)
    return sorted(inside.union(add))


def _with_lead(w: Walk, chosen: list[int]) -> list[int]:
    """Add the standfirst: story paragraphs between the headline and the body's container."""
    if not chosen:
        return chosen
    h1 = next((i for i, b in enumerate(w.blocks) if b.tag == "h1"), None)
    if h1 is None:  # no h1 on the page: the headline is the last heading shortly before the body
        h1 = next((i for i in range(chosen[0] - 1, max(-1, chosen[0] - 13), -1) if w.blocks[i].tag in _HEADS), None)
    if h1 is None or h1 >= chosen[0] or chosen[0] - h1 > 12:
        return chosen
    lead = [
        i for i in range(h1 + 1, chosen[0])
        if (w.blocks[i].tag == "p" or len(w.blocks[i].text) >= 80) and w.blocks[i].link_density < 0.3
        and len(w.blocks[i].text.split()) >= 6
    ]  # fmt: skip
    return lead + chosen


def _content_block(b: Block) -> bool:
    if b.tag in ("h1",):
        return True
    if b.link_density > 0.5 and (len(b.text) < 300 or b.tag in ("li", "td", "dd", "dt")):
        return False
    return not (b.tag in ("li", "td", "th") and len(b.text) < 25)


def _article_page(
    w: Walk, starts: list[int], chosen: list[int], meta: Meta, url: str | None, rules: RuleSet,
    warnings: list[str], fallback_title: str | None = None,
) -> Page:  # fmt: skip
    ledger = Ledger()
    title = headline(meta) or fallback_title
    keep = set(chosen)
    draft = Draft(role="main", title=title)
    ended = False
    flow: int | None = None  # the container the story's paragraphs sit in
    end_after: int | None = None  # the story's last paragraph, once a closing heading was seen
    flows: dict[int, tuple[list[int], list[int]]] | None = None  # built at the first closing heading
    story_chars = sum(len(w.blocks[i].text) for i in chosen)
    sites = {s.casefold() for s in (meta.site_name, meta.logo) if s}
    seen_chars = 0
    for i, b in enumerate(w.blocks):
        ended = ended or (end_after is not None and i > end_after)
        if i not in keep or ended:
            ledger.remove(b.text, starts[i], "html.boilerplate")
            continue
        if (
            title
            and (b.tag in ("h1", "h2") or not draft.paras)
            and (same_title(b.text, title, heading=b.tag in ("h1", "h2")) or title in meta.kickers.get(b.text, ()))
        ) or (title and b.tag == "li" and b.text.casefold() == title.casefold()):
            # the headline, or the h1 it was cut from (with its roof line or subtitle), or a
            # breadcrumb's last item naming this page
            ledger.remove(b.text, starts[i], "heuristic.repeated-title")
            continue
        if len(b.text) < 80 and b.text.casefold() in sites:  # the site's name alone: a label, not story
            ledger.remove(b.text, starts[i], "heuristic.site-name")
            continue
        hit = rules.line_rule(b.text)
        if hit is not None:
            ledger.remove(b.text, starts[i], hit[0])
            # the story's closing furniture starts, once most of the story is behind us, unless
            # the story's paragraphs go on after it ("Most Read" boxed in mid-story)
            if hit[1] == "end" and seen_chars >= story_chars * 0.5:
                flows = flows if flows is not None else _flows(w, chosen)
                last = _resumes(flows, i, flow)
                ended = last is None
                end_after = last if last is not None else end_after  # the furniture comes after it
            continue
        seen_chars += len(b.text)
        if b.tag in _FLOW_TAGS and len(b.ancestors) > 1:
            flow = b.ancestors[-2]
        # before captions: a byline line may carry the photo's credit ("Jane Roe / 22.04.2020 / Foto: X")
        if len(draft.paras) < 3 and _printed_byline(b.text, meta):
            ledger.remove(b.text, starts[i], "byline.line")
            continue
        if b.tag == "figcaption" or _credited_caption(b.text) or _over_credit(w.blocks, i):
            caption = _CAPTION_CREDIT.sub("", b.text)
            if caption or b.tag == "figcaption":
                draft.add_caption(caption or b.text)
            else:  # a credit alone ("© Jane Roe"): no caption to keep
                ledger.remove(b.text, starts[i], "heuristic.photo-credit")
            continue
        if is_bio(b.text, meta):  # the author box, its text also in the markup's author entry
            ledger.remove(b.text, starts[i], "byline.bio")
            continue
        stamp = time_line(b.text) if len(b.text) <= 90 else None
        if stamp is not None or date_only(b.text) or (not draft.paras and date_led(b.text)):
            # "Updated March 4, 2024 10:00 AM", "02.02.2022 A-Frauen" over the headline: the page's date
            ledger.remove(b.text, starts[i], "heuristic.date-line")
            draft.published_text = draft.published_text or (stamp[1] if stamp else b.text)
            continue
        if len(b.text) < 240 and "B" in b.text and _DOWNLOAD.search(b.text):  # "Satzung (PDF, 38 KB)"
            ledger.remove(b.text, starts[i], "heuristic.download-link")
            continue
        label = _FIGURE_LABEL.match(b.text) if len(b.text) < 400 else None
        if label is not None and label.end() < len(b.text):  # "Abbildung 4: <caption>", "Foto: <who>"
            caption = b.text[label.end() :].strip()
            if len(caption.split()) > 4:
                draft.add_caption(caption)
                ledger.remove(b.text[: label.end()], starts[i], "heuristic.caption-label")
            else:
                ledger.remove(b.text, starts[i], "heuristic.photo-credit")
            continue
        draft.paras.append(Para(starts[i], b.text))
        # subheads, and list items without a link: the markup shows them as the story's own,
        # not headlines pasted from elsewhere (which come as links)
        if b.tag in _SUBHEADS or (b.tag == "li" and not b.link_chars):
            draft.own.add(id(draft.paras[-1]))
    printed = _printed_names(draft, ledger)
    try:
        extract_body(draft, rules, ledger)
    except TimeoutError:
        warnings.append("a pattern timed out on a very long block; its fields may be incomplete")
    strip_excerpts(draft, ledger)
    byline = printed or meta.authors or draft.byline
    if chosen:
        span = (starts[chosen[0]], starts[chosen[-1]] + len(w.blocks[chosen[-1]].text))
    else:
        span = (0, 0)
    article = built(Article,
        role="main", title=title, outlet=meta.site_name, byline=byline,
        dateline=None, published_text=meta.published_text or draft.published_text,
        published_at=meta.published, category=meta.section, tags=draft.tags, credits=draft.credits,
        captions=draft.captions, paragraphs=[p.clean for p in draft.live()], ids=draft.ids, span=span,
    )  # fmt: skip
    if draft.dateline is not None:
        from ..models import Dateline

        place, date_text, agency = draft.dateline
        article.dateline = Dateline(location=place, date_text=date_text, agency=agency)
    removed = sorted(ledger.removals, key=lambda r: (r.start, r.end))
    return Page(kind="article", url=url, articles=[article], removed=removed, warnings=warnings)


# A photo credit closing a short block: "... © Pferderevue", "(Foto: Jane Roe)", "(x / iStock.com)".
_CAPTION_CREDIT = regex.compile(
    r"\s*(?:©\s?[^©]{2,80}|\((?:Foto|Bild|Photo|Fotos|Quelle|Credit|Kuva|Crédit)\s?:[^()]{2,80}\)"
    r"|(?<=[.!?)])\s(?:Foto|Fotos|Bild|Photo|Credit|Kuva|Crédit)\s?:\s?[^.:()]{2,60}"
    r"|\([^()]{2,60}/\s?(?:iStock|Getty Images|Shutterstock|AFP|dpa|Reuters|AP|Fotolia|Adobe Stock)[^()]{0,30}\)"
    # "Agency / Photographer" glued to the caption's full stop: "... Mitzscherlich.DCV / Oppitz"
    r"|(?<=[a-zäöüß][.!?])[A-ZÄÖÜ][\w&-]{1,20}\s?/\s?[A-ZÄÖÜ][\w.&-]{1,30}(?:\s[A-ZÄÖÜ][\w.&-]{1,30})?)\.?$"
)


# A download link's file type and size closing a short block: "Satzung vom 4. März 2024PDF |
# 38 KB | Datei ist nicht barrierefrei", "Jahresbericht 2023 (PDF, 2,4 MB)".
_DOWNLOAD = regex.compile(
    r"(?:PDF|DOCX?|XLSX?|PPTX?|ZIP|ODT|RTF|MP3)\s?[|,(]\s?\d{1,5}(?:[.,]\d{1,2})?\s?[KMG]i?B\b\)?(?:\s?\|\s?[^\n|]{1,60}){0,3}$"
)


# A figure or photo label opening a short block: a caption, or a credit when little follows.
# English "Photo:"/"Image:" lines are left to the body's photo-line rules, which also read
# a bare "Photo:" with the lines around it (the text path does the same).
_FIGURE_LABEL = regex.compile(r"(?:Abbildung|Abb\.|Figure|Fig\.|Grafik|Schaubild|Bild|Foto|Fotos)(?:\s?\d{1,3})?\s?:\s")


def _printed_byline(text: str, meta: Meta) -> bool:
    """A short block at the story's top naming its author, maybe with the date after the name."""
    if not meta.authors or len(text.split()) > 14:
        return False
    low = BY_PREFIX.sub("", text).casefold()
    for name in meta.authors:
        key = name.casefold()
        if low.startswith(key) and not low[len(key) : len(key) + 1].isalnum():
            # nothing after the name but a date ("| 27.01.2022 - 12:45"), not a sentence
            rest = low[len(key) :].strip(" |·•,;-–—/")
            words = [w for w in rest.split() if any(c.isalnum() for c in w)]  # not the "/" between
            return not rest or (len(words) <= 6 and find_date(rest) is not None)
    return False


_CAP = "A-ZÀ-ÖØ-Þ"
_PERSON = rf"[{_CAP}][\w'’.-]{{0,30}}(?:\s(?:[{_CAP}][\w'’.-]{{0,30}}|von|van|de|der|da|di|du|zu|bin|al|el)){{0,3}}"
# A byline printed as a paragraph of its own: "Von Jane Roe", "Autorin: Jane Roe, Projektleiterin",
# "Text: Jane Roe und Sam Poe", "Autor Jane Roe:", "By Jane Roe | 3.2.2022".
_PRINTED = regex.compile(
    rf"(?P<label>Von|VON|By|BY|Text|Autor|Autorin|Autoren|Author|Written by|Ein Artikel von|Ein Beitrag von)\s?:?\s"
    rf"(?P<names>{_PERSON}(?:\s(?:und|and|&)\s{_PERSON})?)"
    r"(?P<rest>\s?(?:[,|/–—:]|\s-\s)[^\n]{0,100})?"
)
_EDGE = 3  # paragraphs at either end of the story where a printed byline stands
_AUTHOR_LABELS = frozenset(("Autor", "Autorin", "Autoren", "Author"))


def _in_fact_box(texts: list[str], k: int) -> bool:
    """Whether ``texts[k]`` stands among "Label: value" lines ("Titel: ...", "Autorin: ...",
    "Verlag: ..."): a fact box, whose "Autorin" wrote the book under review, not the story."""
    return any(0 <= j < len(texts) and _FACT.match(texts[j]) is not None for j in (k - 1, k + 1))


_FACT = regex.compile(r"(?:[\w.-]{1,20}\s){0,2}[\w.-]{1,20}:\s\S[^\n]{0,80}$")  # "Dt. Titel: Noch nicht erschienen"


def _printed_names(draft: Draft, ledger: Ledger) -> list[str]:
    """Authors named by a byline paragraph at the story's top or bottom, which is removed.

    The byline printed over or under the story names its author; markup author fields often
    name whoever uploaded it (an editor's initials, a login, the organisation). After the
    preposition "Von" only a date or a separator may follow the name ("Von Gästen, die ..."
    opens a sentence); a labelled byline ("Autorin:") may add the author's role.
    """
    n = len(draft.paras)
    edges = {*range(min(_EDGE, n)), *range(max(_EDGE, n - _EDGE), n)}
    for k in [*sorted(edges), *(k for k in range(n) if k not in edges)]:
        p = draft.paras[k]
        if len(p.text) > 300 or len(p.text.split()) > 16:  # a byline is short: most paragraphs fail at once
            continue
        m = _PRINTED.fullmatch(p.text)
        if m is None or (k not in edges and m.group("label") not in _AUTHOR_LABELS):
            continue  # inside the story only "Autorin:" and its kind are sure to be a byline
        if k not in edges and _in_fact_box([q.text for q in draft.paras], k):
            continue  # (at the story's edges "Foto: X" beside a byline is common)
        rest = (m.group("rest") or "").strip(" ,|/–—:-")
        if rest and m.group("label") in ("Von", "VON", "By", "BY") and find_date(rest) is None:
            continue
        names = [x.strip() for x in JOINT.split(m.group("names"))]
        p.cut_all("byline.line", ledger)
        return names
    return []


_SENTENCE_END = (".", "!", "?", ":", '"', "“", "”", "»", "«")


def _over_credit(blocks: list[Block], i: int) -> bool:
    """A short block right over a bare photo credit ("© Jane Roe (KNA)"): the photo's caption."""
    text = blocks[i].text
    if i + 1 >= len(blocks) or len(text) > 100 or text.endswith(_SENTENCE_END) or blocks[i].tag in _SUBHEADS:
        return False  # a story paragraph may stand over the next photo's credit
    nxt = blocks[i + 1].text
    if not nxt.startswith("©") or len(nxt) > 80:
        return False
    # a caption says what the photo shows; a date, a reading time or "1/2" over it does not
    return len(text.split()) >= 4 and find_date(text) is None


def _credited_caption(text: str) -> bool:
    return len(text.split()) <= 45 and _CAPTION_CREDIT.search(text) is not None


_FLOW_TAGS = frozenset(("p", "blockquote"))
_HEADS = frozenset(("h2", "h3"))
_SUBHEADS = frozenset(("h2", "h3", "h4", "h5", "h6"))
RESUME_CHARS = 500


def _flows(w: Walk, chosen: list[int]) -> dict[int, tuple[list[int], list[int]]]:
    """For each container, its link-free story paragraphs: block indices and running lengths."""
    out: dict[int, tuple[list[int], list[int]]] = {}
    for j in chosen:
        b = w.blocks[j]
        if b.tag in _FLOW_TAGS and b.link_density < 0.3 and len(b.ancestors) > 1:
            idx, cum = out.setdefault(b.ancestors[-2], ([], []))
            idx.append(j)
            cum.append((cum[-1] if cum else 0) + len(b.text))
    return out


def _resumes(flows: dict[int, tuple[list[int], list[int]]], at: int, flow: int | None) -> int | None:
    """The story's last paragraph, if its paragraphs go on after the closing heading at ``at``.

    A closing heading ("Most Read", "Related") ends the story; a box of them set into the
    story, with the story's paragraphs (link-free, in the story's own container) carrying
    on below it, does not: the story then ends after its last such paragraph. A lookup in
    ``flows`` (see :func:`_flows`), so a page of many such headings stays linear.
    """
    if flow is None or flow not in flows:
        return None
    idx, cum = flows[flow]
    k = bisect_right(idx, at)
    after = cum[-1] - (cum[k - 1] if k else 0)
    return idx[-1] if k < len(idx) and after >= RESUME_CHARS else None


def _with_meta(page: Page, meta: Meta) -> Page:
    main = page.main
    if main is not None:
        if not main.title:
            main.title = headline(meta)
        if not main.outlet:
            main.outlet = meta.site_name
        if not main.category:
            main.category = meta.section
        if not main.byline and meta.authors:
            main.byline = list(meta.authors)
        if main.published_at is None and meta.published is not None:
            main.published_at = meta.published
            main.published_text = main.published_text or meta.published_text
    return page


def _trafilatura(text: str, url: str | None, meta: Meta, rules: RuleSet, warnings: list[str]) -> Page | None:
    try:
        import trafilatura
    except ImportError:
        warnings.append("little main text found and trafilatura is not installed for a second opinion")
        return None
    try:
        # our own markup reading already has the metadata; ask only for the text (faster)
        doc = trafilatura.bare_extraction(text, url=url, fast=True, with_metadata=False)
    except Exception:  # trafilatura's own failure must not become ours
        return None
    if doc is None:
        return None
    data: dict[str, Any] = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = data.get("text") or ""
    if not body.strip():
        return None
    _STATS["fallbacks"] += 1
    # trafilatura keeps some widget lines ("Teilen mit:", "Wird geladen..."): the same
    # whole-line rules as everywhere else apply to its paragraphs
    paragraphs, dropped = [], []
    for p in (" ".join(p.split()) for p in body.split("\n") if p.strip()):
        hit = rules.line_rule(p)
        if hit is None:
            paragraphs.append(p)
        else:  # no offsets into the rendering to record it under: the warning names it
            dropped.append(f"{hit[0]}: {p[:60]!r}")
    note = "low confidence in the fast HTML path: main text from trafilatura"
    warnings.append(note + (f"; lines dropped by rules: {', '.join(dropped)}" if dropped else ""))
    authors = meta.authors or ([a.strip() for a in str(data["author"]).split(";")] if data.get("author") else [])
    published = meta.published
    if published is None and data.get("date"):
        from .meta import _iso

        published = _iso(str(data["date"]))
    article = built(Article,
        role="main", title=headline(meta) or data.get("title"), outlet=meta.site_name or data.get("sitename"),
        byline=authors, dateline=None, published_text=meta.published_text or data.get("date"),
        published_at=published, category=meta.section, tags=[], credits=[], captions=[],
        paragraphs=paragraphs, ids={}, span=(0, 0),
    )  # fmt: skip
    return Page(kind="article", url=url, articles=[article], removed=[], warnings=warnings)
