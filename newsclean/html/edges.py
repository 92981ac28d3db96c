"""The story's ragged edges: stray short lines before its first paragraph and after its last.

A story's container also holds what a page prints around the story inside it: a kicker or
section label, "5 min read", "Listen to this article", share and print buttons, tag and
author labels, "Sources", a copyright line. What is left of them once the field extractors
took bylines, dates and captions are short lines that are no sentences, standing before the
story's first paragraph or after its last: jusText's short blocks at a story's edge. They
are removed (``html.edge-line``). A subhead right over the first paragraph, a list of the
story's own (items without links), table cells and code stay; and when such lines would be
more than a small share of the story, the page is not a story with edges (a results table,
a recipe) and nothing is cut.
"""

from __future__ import annotations

from ..draft import Draft
from ..fields.edges import cut_edge_lines, is_prose
from ..para import Ledger, Para
from ..thresholds import EDGE_WORDS, SUBHEAD_MIN_WORDS
from .blocks import SUBHEADS, Walk

EDGE_LINE = "html.edge-line"
_KEEP_TAGS = frozenset(("td", "th", "dd", "dt", "pre", "blockquote"))


def trim_edges(draft: Draft, w: Walk, block_at: dict[int, int], ledger: Ledger) -> None:
    """Remove the stray short lines before the story's first paragraph and after its last."""
    live = draft.live()
    prose = [i for i, p in enumerate(live) if is_prose(p.clean)]
    if not prose:
        return
    first, last = prose[0], prose[-1]
    head = [p for p in live[:first] if not _stays(draft, w, block_at, p)]
    if head and head[-1] is live[first - 1] and _heads_story(w, block_at, head[-1]):
        head.pop()  # the subhead over the first paragraph
    tail = [p for p in live[last + 1 :] if not _stays(draft, w, block_at, p)]
    cut_edge_lines(live, head + tail, EDGE_LINE, ledger)


def _heads_story(w: Walk, block_at: dict[int, int], p: Para) -> bool:
    """A line right over the story's first paragraph is its subhead ("Artistic career"), unless
    it is one word (a place or section kicker) or a label ("Listen:")."""
    if _tag(w, block_at, p) in SUBHEADS:
        return True
    return len(p.clean.split()) >= SUBHEAD_MIN_WORDS and not p.clean.endswith(":")


def _tag(w: Walk, block_at: dict[int, int], p: Para) -> str | None:
    i = block_at.get(p.start)
    return w.blocks[i].tag if i is not None else None


def _stays(draft: Draft, w: Walk, block_at: dict[int, int], p: Para) -> bool:
    """Not an edge line: prose, a long block, a cell or code, or a list item of the story's own."""
    text = p.clean
    if is_prose(text) or (len(text.split()) > EDGE_WORDS and not text.endswith(":")):
        return True
    tag = _tag(w, block_at, p)
    return tag in _KEEP_TAGS or (tag == "li" and p.own)
