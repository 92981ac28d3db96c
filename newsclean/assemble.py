"""A :class:`~newsclean.draft.Draft` becomes an :class:`~newsclean.models.Article` here, and
only here: on the text path, the HTML path, trafilatura's fallback and the safety nets.

One place means one rule for how a draft's fields become the record's (the dateline tuple, the
caption order, which paragraphs count) and one call that mypy checks field by field: the
record itself is built without validation (:func:`~newsclean.models.built`), so the types of
the values going in are the only check a bad ``role`` meets. Below both ``pipeline`` and
``html`` in the import graph.
"""

from __future__ import annotations

from datetime import datetime

from .draft import Draft
from .models import Article, Dateline, built


def to_article(
    draft: Draft,
    *,
    published_at: datetime | None = None,
    paragraphs: list[str] | None = None,
    captions_in_page_order: bool = True,
) -> Article:
    """The draft as the record it becomes.

    ``published_at`` is resolved by the caller, who knows the scrape time and the rules' time
    zones (the text path) or read it from the markup (the HTML path). ``paragraphs`` replaces
    the draft's live paragraphs for pages that have no ``Para`` objects to clean (the plain
    pages of the safety nets keep their text's line breaks, which ``Para.clean`` would fold).

    ``captions_in_page_order``: the text path's caption passes run in their own order, so its
    captions are sorted back into page order (:meth:`Draft.ordered_captions`). The HTML path
    passes ``False`` and keeps the order it found them in: its story reader adds the figure
    captions of the markup in block order, without a position, before the body passes add
    theirs; sorting would keep those first but could reorder the body passes' among
    themselves, a change of output this refactor does not make (issue 23: behaviour unchanged).
    """
    dateline = None
    if draft.dateline is not None:
        place, date_text, agency = draft.dateline
        dateline = Dateline(location=place, date_text=date_text, agency=agency)
    return built(Article,
        role=draft.role, title=draft.title, subtitle=draft.subtitle, outlet=draft.outlet, byline=draft.byline,
        dateline=dateline, published_text=draft.published_text, published_at=published_at,
        category=draft.category, tags=draft.tags, credits=draft.credits,
        captions=draft.ordered_captions() if captions_in_page_order else draft.captions,
        paragraphs=[p.clean for p in draft.live()] if paragraphs is None else paragraphs,
        ids=draft.ids, span=draft.span,
    )  # fmt: skip


def plain_article(paragraphs: list[str], span: tuple[int, int]) -> Article:
    """A page's text as one main article of plain paragraphs, no field read (the safety nets)."""
    return to_article(Draft(role="main", span=span), paragraphs=paragraphs)
