"""HTML to a ``Page``: the stages of the HTML path, wired in one direction.

:func:`read_html` parses the page once, renders it to text blocks (the page's normalised
text, see :mod:`.rendering`) and reads its markup metadata. The pipeline then decides what
kind of page it is (see :mod:`.aggregator`): an aggregator page goes through the text
pipeline like scraped text; an ordinary news page comes back from :func:`article_page`,
which picks the story's blocks (:mod:`.extent`), reads them into a draft
(:mod:`.story`), runs the body field extractors over it, and takes title, author, date,
outlet and section from the markup before the text heuristics. This package never calls
back into the pipeline.

A second reading of the page settles doubtful answers by agreement (:mod:`.agreement`): the
site's own JSON-LD ``articleBody`` when it states one, else trafilatura's where the fast
path is unsure (:mod:`.doubt`); the page says so in ``warnings``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..assemble import to_article
from ..body import extract_body
from ..draft import Draft
from ..fields.headlines import strip_excerpts
from ..models import Article, Page
from ..para import Ledger
from ..rules import RuleSet
from ..thresholds import UNMATCHED_SHARE
from .aggregator import is_aggregator, may_be_aggregator, with_markup_fields
from .agreement import SECOND_OPINION, agree
from .bylines import near_title_byline, printed_names
from .doubt import Doubt, doubts, worth_asking
from .edges import trim_edges
from .extent import Extent, story_blocks
from .fallback import trafilatura_page
from .meta import Meta, choose_authors, read_meta
from .published import settle_date
from .rendering import MAX_DEPTH, Rendered, render, strip_markup, too_deep
from .second_opinion import map_onto, markup_reading, read_with_trafilatura
from .story import read_story
from .title import headline

__all__ = [
    "MAX_DEPTH", "HtmlPage", "article_page", "is_aggregator", "may_be_aggregator", "read_html", "render",
    "strip_markup", "too_deep", "with_markup_fields",
]  # fmt: skip


@dataclass
class HtmlPage:
    """A page read once: its markup, rendering (blocks and their text) and markup metadata."""

    html: str
    url: str | None
    rendered: Rendered
    meta: Meta

    @property
    def text(self) -> str:
        """The page's normalised text, which the text pipeline reads for aggregator pages."""
        return self.rendered.text


def read_html(html: str, url: str | None) -> HtmlPage:
    rendered = render(html)
    return HtmlPage(html, url, rendered, read_meta(rendered.tree, url, rendered.walk.date_nodes))


def article_page(doc: HtmlPage, rules: RuleSet, warnings: list[str], title_hint: str | None = None) -> Page:
    """The page as an ordinary news page: its story as the main article.

    ``title_hint`` is the title the text pipeline found, for pages whose markup states none.
    """
    w, meta = doc.rendered.walk, doc.meta
    near_name = near_title_byline(w)
    if near_name is not None:
        meta.candidates.insert(meta.near_slot, [near_name])
        choose_authors(meta)
    settle_date(doc.html, doc.url, w, meta)
    extent = story_blocks(w)
    doubt = doubts(w, extent)
    stated = markup_reading(w.blocks, meta.article_body)
    if stated is not None:  # the site states the story's text: the second reading, at no cost
        extent = agree(w, extent, stated[0], doubt, whole=stated[1])
    elif worth_asking(w, doubt):
        agreed = _second_opinion(doc, extent, doubt, warnings)
        if isinstance(agreed, list):  # trafilatura's text is not in the page's blocks: its paragraphs, unaudited
            return trafilatura_page(agreed, doc.url, meta, rules, warnings)
        extent = agreed
    return _page(doc, extent, rules, warnings, headline(meta) or title_hint)


def _second_opinion(doc: HtmlPage, extent: Extent, doubt: Doubt, warnings: list[str]) -> Extent | list[str]:
    """The story's blocks as the fast path and trafilatura agree on them (see agreement.py);
    trafilatura's lines instead when the fast path found next to nothing and most of them
    are in no block of the page."""
    w = doc.rendered.walk
    why = ", ".join(doubt.reasons)
    lines = read_with_trafilatura(doc.html, doc.url)
    if not lines:
        absent = "is not installed" if lines is None else "found no text"
        warnings.append(f"fast HTML path unsure ({why}); trafilatura {absent} for a second opinion")
        return extent
    reading = map_onto(w.blocks, lines)
    total = sum(len("".join(line.split())) for line in lines)
    if doubt.little and reading.unmatched > UNMATCHED_SHARE * total:
        return lines
    warnings.append(f"fast HTML path unsure ({why}): compared with trafilatura's reading")
    return agree(w, extent, reading, doubt)


def _page(doc: HtmlPage, extent: Extent, rules: RuleSet, warnings: list[str], title: str | None) -> Page:
    w, starts, meta = doc.rendered.walk, doc.rendered.starts, doc.meta
    chosen = extent.chosen
    draft, ledger = read_story(w, starts, extent, meta, rules, title)
    printed = printed_names(draft, ledger)
    try:
        extract_body(draft, rules, ledger, markup=True)
    except TimeoutError:
        warnings.append("a pattern timed out on a very long block; its fields may be incomplete")
    if extent.disputed:
        _cut_disputed(draft, extent, starts, ledger)
    trim_edges(draft, w, {starts[i]: i for i in chosen}, ledger)
    strip_excerpts(draft, ledger)
    span = (starts[chosen[0]], starts[chosen[-1]] + len(w.blocks[chosen[-1]].text)) if chosen else (0, 0)
    article = _article(draft, meta, printed or meta.authors or draft.byline, span)
    removed = sorted(ledger.removals, key=lambda r: (r.start, r.end))
    return Page(kind="article", url=doc.url, articles=[article], removed=removed, warnings=warnings)


def _cut_disputed(draft: Draft, extent: Extent, starts: list[int], ledger: Ledger) -> None:
    """Cut what is left of the paragraphs only the fast path kept, outside the agreed story."""
    disputed_starts = {starts[i] for i in extent.disputed}
    for p in draft.paras:
        if p.alive and p.start in disputed_starts:
            p.cut_all(SECOND_OPINION, ledger)


def _article(draft: Draft, meta: Meta, byline: list[str], span: tuple[int, int]) -> Article:
    """The draft as the page's main article, the markup's fields before the text's.

    Title, subtitle, dateline, tags, credits, ids and paragraphs are the draft's; the outlet,
    section and publication time are the markup's (the time as printed falls back to the
    text's), the byline and span the caller's. Captions stay in the order found (see
    :func:`~newsclean.assemble.to_article`).
    """
    draft.outlet = meta.site_name
    draft.byline = byline
    draft.published_text = meta.published_text or draft.published_text
    draft.category = meta.section
    draft.span = span
    return to_article(draft, published_at=meta.published, captions_in_page_order=False)
