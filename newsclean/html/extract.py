"""HTML to a ``Page``: the stages of the HTML path, wired in one direction.

:func:`read_html` parses the page once, renders it to text blocks (the page's normalised
text, see :mod:`.rendering`) and reads its markup metadata. The pipeline then decides what
kind of page it is (see :mod:`.aggregator`): an aggregator page goes through the text
pipeline like scraped text; an ordinary news page comes back from :func:`article_page`,
which picks the story's blocks (:mod:`.extent`), reads them into a draft
(:mod:`.story`), runs the body field extractors over it, and takes title, author, date,
outlet and section from the markup before the text heuristics. This package never calls
back into the pipeline.

When the fast path finds little text, trafilatura (``fast=True``) is asked instead and the
page says so in ``warnings``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..body import extract_body
from ..draft import Draft
from ..fields.headlines import strip_excerpts
from ..models import Article, Dateline, Page, built
from ..rules import RuleSet
from .aggregator import is_aggregator, may_be_aggregator, with_markup_fields
from .bylines import near_title_byline, printed_names
from .extent import Extent, story_blocks
from .fallback import trafilatura_page
from .meta import Meta, choose_authors, read_meta
from .published import settle_date
from .rendering import MAX_DEPTH, Rendered, render, strip_markup, too_deep
from .story import read_story
from .title import headline

__all__ = [
    "MAX_DEPTH", "HtmlPage", "article_page", "is_aggregator", "may_be_aggregator", "read_html", "render",
    "strip_markup", "too_deep", "with_markup_fields",
]  # fmt: skip

FALLBACK_CHARS = 120  # below this much main text the fast path asks trafilatura
_HEADLINE_TAGS = ("h1", "h2", "h3")  # not body text when counting how much the fast path found


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
    body_chars = sum(len(w.blocks[i].text) for i in extent.chosen if w.blocks[i].tag not in _HEADLINE_TAGS)
    if body_chars < FALLBACK_CHARS:
        fallback = trafilatura_page(doc.html, doc.url, meta, rules, warnings)
        if fallback is not None:
            return fallback
    return _page(doc, extent, rules, warnings, headline(meta) or title_hint)


def _page(doc: HtmlPage, extent: Extent, rules: RuleSet, warnings: list[str], title: str | None) -> Page:
    w, starts, meta = doc.rendered.walk, doc.rendered.starts, doc.meta
    chosen = extent.chosen
    draft, ledger = read_story(w, starts, extent, meta, rules, title)
    printed = printed_names(draft, ledger)
    try:
        extract_body(draft, rules, ledger)
    except TimeoutError:
        warnings.append("a pattern timed out on a very long block; its fields may be incomplete")
    strip_excerpts(draft, ledger)
    span = (starts[chosen[0]], starts[chosen[-1]] + len(w.blocks[chosen[-1]].text)) if chosen else (0, 0)
    article = _article(draft, meta, printed or meta.authors or draft.byline, span)
    removed = sorted(ledger.removals, key=lambda r: (r.start, r.end))
    return Page(kind="article", url=doc.url, articles=[article], removed=removed, warnings=warnings)


def _article(draft: Draft, meta: Meta, byline: list[str], span: tuple[int, int]) -> Article:
    """The draft as the page's main article, the markup's fields before the text's."""
    dateline = None
    if draft.dateline is not None:
        place, date_text, agency = draft.dateline
        dateline = Dateline(location=place, date_text=date_text, agency=agency)
    return built(Article,
        role="main", title=draft.title, outlet=meta.site_name, byline=byline,
        dateline=dateline, published_text=meta.published_text or draft.published_text,
        published_at=meta.published, category=meta.section, tags=draft.tags, credits=draft.credits,
        captions=draft.captions, paragraphs=[p.clean for p in draft.live()], ids=draft.ids, span=span,
    )  # fmt: skip
