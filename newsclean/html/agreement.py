"""Two readings of one page, and the story they agree on.

The second reading is the site's own statement of its story's text (JSON-LD
``articleBody``), or trafilatura's where the fast path is unsure of its answer (see
:mod:`.doubt`); either is mapped onto the page's blocks (:mod:`.second_opinion`). Neither
answer wins by default: the blocks both keep are the story's agreed core; around it each
side's extra blocks are judged by their shape.

* Inside the core's span, the fast path's blocks stay (both readings put the story there),
  and the other reading's story paragraphs that the fast path left outside its container
  join, as do those continuing the span on either side (within ``AGREEMENT_REACH`` blocks): the
  fast path cut the story short.
* Outside the span, the fast path's lines stay only when they read as prose; short lines
  and link text only the fast path kept are cut, after the field extractors had their look
  at them (a byline or caption there is still read). When the other reading is the site's
  whole text, or the fast path read the whole page, its paragraphs outside the span go too.
* A rival container (two regions read as story) is settled by the other reading, and when
  that kept much of both, by the headline: two votes of three.
* With no agreement at all, the fast path's answer stands; where it found next to nothing,
  or a short story and the other reading much more, the other reading's blocks are taken.

Every block trafilatura kept comes with its place in the page, so its answer keeps the
audit: what it left out is recorded in ``removed`` like everything else.
"""

from __future__ import annotations

from ..lexicon import BLOCK_SENTENCE_END as SENTENCE_END
from ..thresholds import AGREEMENT_LONG_BLOCK, AGREEMENT_REACH, AGREEMENT_TAKE_OVER, LINK_LIST, SHORT_PROSE_WORDS
from .blocks import SUBHEADS, Block, Walk, is_storyish
from .doubt import Doubt, body_chars
from .extent import Extent, content_block, story_blocks
from .second_opinion import Reading

_STRUCTURE = frozenset(("h2", "h3", "h4", "h5", "h6", "li", "td", "th", "dd", "dt", "blockquote", "pre", "figcaption"))
SECOND_OPINION = "html.second-opinion"  # the rule id of a paragraph only the fast path kept, cut


def agree(w: Walk, extent: Extent, reading: Reading, doubt: Doubt, *, whole: bool = False) -> Extent:
    """The story's blocks as the fast path's reading and a second one agree on them.

    ``whole``: the second reading is the site's own statement of the whole story (its
    structured data), so even paragraphs after the story's end that it leaves out are cut.
    """
    if doubt.little:
        return _theirs(extent, reading)
    losing: set[int] = set()
    if doubt.rival is not None and _votes_for(w, reading, doubt.rival, extent):
        rival = story_blocks(w, doubt.rival)  # two votes of three: the rival is the story
        losing = set(extent.chosen) - set(rival.chosen)
        extent = rival
    ours = set(extent.chosen)
    core = sorted(ours & reading.kept)
    if not core:
        if doubt.short and _story_chars(w, reading.kept) >= AGREEMENT_TAKE_OVER * body_chars(w, extent):
            return _theirs(extent, reading)
        return extent
    theirs = {i for i in reading.kept - ours - losing if _joins(w, i, extent)}
    lo, hi = _extended(core[0], core[-1], theirs)
    out = Extent(sorted(ours | {i for i in theirs if lo <= i <= hi}), dict(extent.dropped), extent.key)
    # the fast path read the whole page: the other reading's span is the story's
    out.disputed = {i for i in ours - reading.kept if _disputed(w.blocks[i], i < lo, i > hi, whole or doubt.whole_page)}
    if doubt.whole_page:
        out.disputed |= {i for i in ours - reading.kept if i < lo and is_storyish(w.blocks[i])}
    return out


def _disputed(b: Block, before: bool, after: bool, whole: bool) -> bool:
    """Whether a block only the fast path kept is cut: outside the agreed span when it is no
    prose; with the site's whole text as the other reading, also prose after the span, and
    inside the span short lines that are not the story's subheads, lists, tables or quotes
    (product boxes, price notes)."""
    if after and whole:
        return True
    if before or after:
        return not _prose(b)
    return whole and not _prose(b) and b.tag not in _STRUCTURE


def _joins(w: Walk, i: int, extent: Extent) -> bool:
    """trafilatura's block ``i`` joins the story: a story paragraph the fast path did not
    leave out for a named reason (a teaser list, an author box)."""
    return i not in extent.dropped and _story_like(w, i)


def _extended(lo: int, hi: int, theirs: set[int]) -> tuple[int, int]:
    """The agreed span, grown by trafilatura's story paragraphs that continue it on either
    side with gaps of at most ``AGREEMENT_REACH`` blocks: the fast path cut the story short."""
    ordered = sorted(theirs)
    for i in ordered:
        if hi < i <= hi + AGREEMENT_REACH:
            hi = i
    for i in reversed(ordered):
        if lo - AGREEMENT_REACH <= i < lo:
            lo = i
    return lo, hi


def _story_chars(w: Walk, blocks: set[int]) -> int:
    return sum(len(w.blocks[i].text) for i in blocks if is_storyish(w.blocks[i]))


def _votes_for(w: Walk, reading: Reading, rival: int, extent: Extent) -> bool:
    """Whether the rival container is the story after all.

    The container vote found the two close. trafilatura's reading settles it when it kept
    clearly more story text in one of them; when it kept much of both, the story is the one
    that follows the headline (the one starting nearest after the first h1).
    """
    in_rival = {i for i, b in enumerate(w.blocks) if rival in b.ancestors}
    ours = [i for i in extent.chosen if i not in in_rival]
    rival_chars = _story_chars(w, reading.kept & in_rival)
    ours_chars = _story_chars(w, reading.kept & set(ours))
    if rival_chars > AGREEMENT_TAKE_OVER * ours_chars or ours_chars > AGREEMENT_TAKE_OVER * rival_chars:
        return rival_chars > ours_chars
    h1 = w.h1
    if h1 is None:
        return False
    rival_start = min((i for i in in_rival if i > h1), default=None)
    ours_start = next((i for i in ours if i > h1), None)
    return rival_start is not None and (ours_start is None or rival_start < ours_start)


def _prose(b: Block) -> bool:
    """A story paragraph, or a short sentence of the story's own ("You know this one!")."""
    if is_storyish(b):
        return True
    return b.link_density < LINK_LIST and len(b.text.split()) >= SHORT_PROSE_WORDS and b.text.endswith(SENTENCE_END)


def _story_like(w: Walk, i: int) -> bool:
    """A paragraph or a subhead, not links, not a label ("Copyright: X"): what the fast path
    would have taken had it been in its container."""
    b = w.blocks[i]
    if not content_block(b) or b.link_density >= LINK_LIST:
        return False
    return b.tag in SUBHEADS or len(b.text) >= AGREEMENT_LONG_BLOCK or (_prose(b) and b.text.endswith(SENTENCE_END))


def _theirs(extent: Extent, reading: Reading) -> Extent:
    """trafilatura's blocks and the fast path's few, where the fast path found next to nothing."""
    chosen = sorted({*extent.chosen, *(i for i in reading.kept if i not in extent.dropped)})
    return Extent(chosen, dict(extent.dropped))
