"""The page's publication date: every source the page offers, voted (see :mod:`.vote`).

Markup sources (JSON-LD, meta tags, ``<time>``, date-named elements, the URL) are read with
the rest of the markup (:mod:`.meta`); this adds the dates the page prints as text (near
the headline, or labelled as its own), and asks htmldate only where the vote is weak.
"""

from __future__ import annotations

from datetime import datetime

from ..thresholds import CONFIDENT_DATE, NEAR_TITLE_CHARS
from .blocks import Walk
from .dates import find_date, labelled_date, second_opinion
from .meta import Meta
from .vote import in_local_time, support, vote


def near_title_date(w: Walk, meta: Meta) -> datetime | None:
    """A date written in a short block just above or below the headline."""
    for i in w.title_zone():
        text = w.blocks[i].text
        if len(text) <= NEAR_TITLE_CHARS:
            dt = find_date(text, us=meta.us)
            if dt is not None:
                return dt
    return None


def settle_date(html: str, url: str | None, w: Walk, meta: Meta) -> None:
    """Add the printed dates to ``meta.dates`` and set the voted date on ``meta``."""
    near = near_title_date(w, meta)
    if near is not None:
        meta.dates["near"] = (near, near.date().isoformat())
    labelled = labelled_date([b.text for b in w.blocks], us=meta.us)
    if labelled is not None:
        meta.dates["label"] = (labelled, labelled.date().isoformat())
    if support(meta.dates) < CONFIDENT_DATE:
        second = second_opinion(html, url, extensive=not meta.dates)
        if second is not None:
            meta.dates["htmldate"] = second
    chosen = vote(in_local_time(meta.dates))
    if chosen is not None:
        meta.published, meta.published_text = chosen
