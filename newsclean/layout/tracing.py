"""What the generic layout decided about each kept line, for ``extract(..., trace=True)``.

Recorded in one place, after the layout is final, so the layout's own code stays free of
bookkeeping and costs nothing when no one asks.
"""

from __future__ import annotations

from ..classify import Item
from ..para import Ledger
from .entries import Layout

_PARTS = (
    ("head", "layout.entry-head", "header line above entry {k}'s title"),
    ("meta", "layout.entry-header", "header line under entry {k}'s title"),
    ("tail", "layout.entry-trailer", "header line closing entry {k}"),
)


def trace_layout(
    items: list[Item], layout: Layout, why: dict[int, str], kind: str, kind_reason: str, ledger: Ledger
) -> None:
    """Note the page kind, each entry's opening line with the reason, and its header lines."""
    if items:
        first = items[0].line
        ledger.note(kind_reason, first.start, first.text, f"page kind: {kind}")
    for k, e in enumerate(layout.entries, 1):
        if e.title is not None:
            line = items[e.title].line
            rule = why.get(e.title, "layout.entry-title")
            ledger.note(rule, line.start, line.text, f"opens entry {k} as its title")
        elif e.body:
            line = items[e.body[0]].line
            rule = why.get(e.body[0], "layout.feed-line")
            ledger.note(rule, line.start, line.text, f"opens entry {k}, which has no title")
        if e.subtitle is not None:
            line = items[e.subtitle].line
            ledger.note("layout.subtitle", line.start, line.text, f"entry {k}'s standfirst")
        for attr, rule, what in _PARTS:
            for i in getattr(e, attr):
                line = items[i].line
                ledger.note(rule, line.start, line.text, what.format(k=k))
    if layout.head_template:
        shown = " / ".join(s.value for s in layout.head_template)
        for e in layout.entries[:1]:
            for i in e.head[:1]:
                line = items[i].line
                ledger.note("layout.head-template", line.start, line.text, f"entries open with: {shown}")
