"""When the fast path's answer is doubtful, and a second reading is worth its cost.

trafilatura takes about twice as long per page as the whole fast path, so it is asked only
where the fast path's own evidence is weak (each reason is a named test below, its
threshold calibrated on html-dev and recorded in docs/html.md).
"""

from __future__ import annotations

from .blocks import Walk
from .extent import Extent

LITTLE_TEXT = 120  # below this much main text the fast path has found next to nothing
_HEADLINE_TAGS = ("h1", "h2", "h3")  # not body text when counting how much the fast path found


def body_chars(w: Walk, extent: Extent) -> int:
    """How much story text (not headings) the fast path found."""
    return sum(len(w.blocks[i].text) for i in extent.chosen if w.blocks[i].tag not in _HEADLINE_TAGS)


def doubts(w: Walk, extent: Extent) -> list[str]:
    """Why the fast path's answer is doubtful (empty: it is not)."""
    out = []
    if body_chars(w, extent) < LITTLE_TEXT:
        out.append("little text")
    return out
