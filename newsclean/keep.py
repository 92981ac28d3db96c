"""Text a rule file's ``disable`` kept: put back into the article it stood in.

A heuristic removing a piece of a paragraph leaves it where it was when its id is disabled
(:meth:`newsclean.para.Para.cut_many`). One removing a whole line or a piece of a header line
has no paragraph to leave it in: the ledger keeps the text with its offset, and here it
becomes a paragraph of the article whose lines surround it, in page order. The page's
structure (entries, titles, headers) is read as before; only the removal is not made.
"""

from __future__ import annotations

from bisect import bisect_right

from .draft import Draft
from .para import Para


def restore_kept(drafts: list[Draft], kept: list[tuple[int, str]]) -> None:
    """Each kept (start, text) as a paragraph of the draft that owns that place of the page."""
    if not kept:
        return
    if not drafts:
        drafts.append(Draft(role="main"))
    for start, text in sorted(kept):
        d = owner(drafts, start)
        at = bisect_right([p.start for p in d.paras], start)
        d.paras.insert(at, Para(start, text))
        cover(d, start, start + len(text))


def owner(drafts: list[Draft], start: int) -> Draft:
    """The draft whose span holds ``start``; else the last one starting before it; else the first."""
    before: Draft | None = None
    for d in drafts:
        a, b = d.span
        if a <= start < b:
            return d
        if a <= start and (before is None or a >= before.span[0]):
            before = d
    return before if before is not None else drafts[0]


def cover(d: Draft, start: int, end: int) -> None:
    """Widen ``d``'s span to hold [start, end)."""
    a, b = d.span
    d.span = (start, end) if a == b == 0 else (min(a, start), max(b, end))
