"""When the fast path's answer is doubtful, and a second reading is worth its cost.

trafilatura takes about twice as long per page as the whole fast path, so it is asked only
where the fast path's own evidence is weak. Each reason is a named test with its threshold;
docs/html.md records how they were calibrated on html-dev and how often each fires.

* **little text**: under ``LITTLE_TEXT`` characters of story text: the fast path found next
  to nothing (a page of tables, an app shell, markup it cannot read).
* **short story**: under ``SHORT_STORY`` characters: most news stories are longer, so the
  fast path may have taken a standfirst or one box of a story the layout split up.
* **whole page**: no container beats the page as a whole (a flat page, or a story whose
  paragraphs sit loose among the page's other text).
* **rival container**: another container, not around or inside the chosen one, scores at
  least ``RIVAL_SHARE`` of its score: two regions of the page read as story, and the
  container vote alone does not settle which.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..thresholds import ASK_CONTAINERS, LITTLE_TEXT, RIVAL_SHARE, SHORT_STORY
from .blocks import Walk
from .extent import Extent

_HEADLINE_TAGS = ("h1", "h2", "h3")  # not body text when counting how much the fast path found


@dataclass
class Doubt:
    reasons: list[str] = field(default_factory=list)
    little: bool = False
    short: bool = False
    whole_page: bool = False
    rival: int | None = None  # the rival container's key


def body_chars(w: Walk, extent: Extent) -> int:
    """How much story text (not headings) the fast path found."""
    return sum(len(w.blocks[i].text) for i in extent.chosen if w.blocks[i].tag not in _HEADLINE_TAGS)


def doubts(w: Walk, extent: Extent) -> Doubt:
    """Why the fast path's answer is doubtful (no reasons: it is not)."""
    out = Doubt()
    chars = body_chars(w, extent)
    if chars < LITTLE_TEXT:
        out.little = out.short = True
        out.reasons.append("little text")
    elif chars < SHORT_STORY:
        out.short = True
        out.reasons.append("short story")
    if not extent.key and extent.chosen:
        out.whole_page = True
        out.reasons.append("whole page")
    out.rival = rival(w, extent.key)
    if out.rival is not None:
        out.reasons.append("rival container")
    return out


def worth_asking(w: Walk, doubt: Doubt) -> bool:
    """Whether trafilatura's reading is worth its cost on this page (see ``ASK_CONTAINERS``)."""
    return bool(doubt.reasons) and (doubt.little or len(w.tags) <= ASK_CONTAINERS)


def _around(w: Walk, key: int) -> set[int]:
    """The containers around ``key``."""
    out: set[int] = {0} if key else set()  # key 0 is the page itself, around everything
    up = w.parent.get(key)
    while up and up not in out:
        out.add(up)
        up = w.parent.get(up)
    return out


def rival(w: Walk, key: int | None) -> int | None:
    """The best-scoring container neither around nor inside ``key``, if it scores at least
    ``RIVAL_SHARE`` of ``key``'s score."""
    if key is None:
        return None
    top = w.score.get(key, 0.0)
    if top <= 0:
        return None
    around = _around(w, key)
    best, best_score = None, RIVAL_SHARE * top
    for k, v in w.score.items():
        if v >= best_score and k != key and k not in around and key not in _around(w, k):
            best, best_score = k, v
    return best
