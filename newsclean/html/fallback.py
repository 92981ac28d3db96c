"""trafilatura's paragraphs as the answer, for a page whose text is not in its rendering.

Where the fast path finds next to no story text and most of trafilatura's text is in no
block of the page (text a page builds with scripts from a template or a data island, which
the walk never reads as page text), trafilatura's paragraphs are the answer. They have no
place in the page's normalised text, so what trafilatura left out cannot be listed in
``removed`` and the article's ``span`` is ``(0, 0)``: the warning says so.
"""

from __future__ import annotations

from ..assemble import to_article
from ..draft import Draft
from ..models import Page
from ..rules import RuleSet
from .meta import Meta
from .title import headline

FALLBACK_NOTE = (
    "low confidence in the fast HTML path: main text from trafilatura, not found in the page's rendering "
    "(text built by scripts), so what it left out cannot be listed in removed"
)


def trafilatura_page(lines: list[str], url: str | None, meta: Meta, rules: RuleSet, warnings: list[str]) -> Page:
    """The page with trafilatura's ``lines`` (read without metadata) as its story's paragraphs."""
    # trafilatura keeps some widget lines ("Teilen mit:", "Wird geladen..."): the same
    # whole-line rules as everywhere else apply to its paragraphs
    paragraphs, dropped = [], []
    for p in lines:
        hit = rules.line_rule(p)
        if hit is None:
            paragraphs.append(p)
        else:  # no offsets into the rendering to record it under: the warning names it
            dropped.append(f"{hit[0]}: {p[:60]!r}")
    warnings.append(FALLBACK_NOTE + (f"; lines dropped by rules: {', '.join(dropped)}" if dropped else ""))
    draft = Draft(role="main", title=headline(meta), outlet=meta.site_name, byline=list(meta.authors),
                  published_text=meta.published_text, category=meta.section)  # fmt: skip
    article = to_article(draft, published_at=meta.published, paragraphs=paragraphs)
    return Page(kind="article", url=url, articles=[article], removed=[], warnings=warnings)
