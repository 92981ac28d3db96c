"""Two readings of one page, and the story they agree on.

When the fast path is unsure of its answer (see :mod:`.doubt`), trafilatura reads the page
too and its text is mapped onto the page's blocks (:mod:`.second_opinion`). Neither
answer wins by default: the blocks both keep are the story's agreed core; around it each
side's extra blocks are judged by their shape.

* Inside the core's span, the fast path's blocks stay (both readings put the story there),
  and trafilatura's story paragraphs that the fast path left outside its container join.
* Outside the core's span, the fast path's paragraphs stay only when they read as story
  paragraphs; short lines and link text only the fast path kept are cut, after the field
  extractors had their look at them (a byline or caption there is still read).
* trafilatura's story paragraphs right after the core (within ``REACH`` blocks of it) join:
  the fast path ended the story too early.
* With no agreement at all, the fast path's answer stands; where the fast path found next
  to nothing, trafilatura's is taken.

Every block trafilatura kept comes with its place in the page, so its answer keeps the
audit: what it left out is recorded in ``removed`` like everything else.
"""

from __future__ import annotations

from .blocks import SUBHEADS, Block, Walk, is_storyish
from .extent import LINK_LIST, Extent, content_block
from .second_opinion import Reading

REACH = 3  # trafilatura's paragraphs this close after the agreed core are the story's end
SENTENCE_WORDS = 4  # a line of this many words ending in a sentence end is prose, however short
SENTENCE_END = (".", "!", "?", "…", '"', "”", "»", "«", ")")
LONG_BLOCK = 80  # a block this long that is not links reads as a paragraph
SECOND_OPINION = "html.second-opinion"  # the rule id of a paragraph only the fast path kept, cut


def agree(w: Walk, extent: Extent, reading: Reading, *, little: bool) -> Extent:
    """The story's blocks from both readings; ``little``: the fast path found next to no text."""
    ours = set(extent.chosen)
    if little:
        return _theirs(extent, reading)
    core = sorted(ours & reading.kept)
    if not core:
        return extent
    lo, hi = core[0], core[-1]
    chosen = set(ours)
    for i in reading.kept - ours:
        if i in extent.dropped:
            continue  # left out for a named reason (a teaser list, an author box)
        if _story_like(w, i) and (lo <= i <= hi or hi < i <= hi + REACH):
            chosen.add(i)
    out = Extent(sorted(chosen), dict(extent.dropped))
    out.disputed = {i for i in ours - reading.kept if (i < lo or i > hi) and not _prose(w.blocks[i])}
    return out


def _prose(b: Block) -> bool:
    """A story paragraph, or a short sentence of the story's own ("You know this one!")."""
    if is_storyish(b):
        return True
    return b.link_density < LINK_LIST and len(b.text.split()) >= SENTENCE_WORDS and b.text.endswith(SENTENCE_END)


def _story_like(w: Walk, i: int) -> bool:
    """A paragraph or a subhead, not links, not a label ("Copyright: X"): what the fast path
    would have taken had it been in its container."""
    b = w.blocks[i]
    if not content_block(b) or b.link_density >= LINK_LIST:
        return False
    return b.tag in SUBHEADS or len(b.text) >= LONG_BLOCK or (_prose(b) and b.text.endswith(SENTENCE_END))


def _theirs(extent: Extent, reading: Reading) -> Extent:
    """trafilatura's blocks and the fast path's few, where the fast path found next to nothing."""
    chosen = sorted({*extent.chosen, *(i for i in reading.kept if i not in extent.dropped)})
    return Extent(chosen, dict(extent.dropped))
