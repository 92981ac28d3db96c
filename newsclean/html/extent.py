"""Which blocks are the story: its container, the boxes the layout split it into, its lead.

The walk scores containers by the story text they hold net of furniture text; the story's
container is the best one, unless the markup names one almost as good. Around it, sibling
boxes built like it (a story split by shop widgets) and the standfirst between headline
and body join; link lists and tiny list cells inside it do not.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..thresholds import (
    CELL_CHARS,
    HINT_MIN_TEXT,
    HINT_SHARE,
    HINTS_READ,
    LINK_LIST,
    LINK_PROSE_CHARS,
    SIBLING_SHARE,
    STANDFIRST_LINKS,
    STANDFIRST_MIN_WORDS,
    STANDFIRST_REACH,
    STORY_BLOCK_MIN_CHARS,
)
from .blocks import HEADS, Block, Walk, is_storyish

TEASERS = "html.teaser-list"  # the rule id of blocks in lists of other stories' teasers


def story_blocks(w: Walk, key: int | None = None) -> Extent:
    """The blocks the fast path takes for the story (in container ``key``, else the one it
    picks), and why it left out some inside it."""
    key = key if key is not None else main_key(w)
    chosen = [i for i, b in enumerate(w.blocks) if key is None or key in b.ancestors]
    chosen = _with_siblings(w, key, chosen)
    chosen = _with_lead(w, chosen)
    out = Extent(key=key)
    # the story has begun at its first paragraph: author and tag boxes after it follow the story
    begun = next((i for i in chosen if is_storyish(w.blocks[i])), len(w.blocks))
    for i in chosen:
        b = w.blocks[i]
        if w.teasers and not w.teasers.isdisjoint(b.ancestors):
            out.dropped[i] = TEASERS
        elif w.late and i > begun and (late := _late(w, b)) is not None:
            out.dropped[i] = late
        elif content_block(b):
            out.chosen.append(i)
    return out


@dataclass
class Extent:
    """The story's blocks (indices, in page order), and blocks inside its container left
    out for a named reason (index -> rule id); the rest of the page is boilerplate."""

    chosen: list[int] = field(default_factory=list)
    dropped: dict[int, str] = field(default_factory=dict)
    key: int | None = None  # the story's container
    # chosen blocks whose paragraphs are cut after the field extractors had them (see agreement.py)
    disputed: set[int] = field(default_factory=set)


def _late(w: Walk, b: Block) -> str | None:
    """The rule id of an author box or tag list around block ``b``, if any."""
    for a in b.ancestors:
        rule = w.late.get(a)
        if rule is not None:
            return rule
    return None


def main_key(w: Walk) -> int | None:
    """The story's container: the best-scoring one, unless markup names one almost as good.

    Markup hints (``itemprop=articleBody``, ``article-body`` classes, ``<article>``) are
    often on teasers too, so a hint wins only when its text scores close to the best.
    """
    best = w.best
    if best is None:
        return None
    top = w.score.get(best, 0.0)
    scored = [(w.score.get(k, 0.0), k) for k in w.hints[:HINTS_READ]]
    if scored:
        score, key = max(scored)
        if score >= HINT_SHARE * top and score > HINT_MIN_TEXT:
            return key
    return best


def _with_siblings(w: Walk, key: int | None, chosen: list[int]) -> list[int]:
    """Story paragraphs the layout split off into the story container's sibling boxes.

    Magazines break a story into several sibling boxes with shop widgets or embeds between
    them; the box scoring best holds only the first part. Only boxes built like the story's
    own (same tag and class) join: a donation appeal or comment box is not.
    """
    if key is None or not chosen:
        return chosen
    anc = w.blocks[chosen[0]].ancestors
    at = anc.index(key)
    if at == 0:
        return chosen
    parent = anc[at - 1]
    extra = w.good.get(parent, 0) - w.good.get(key, 0)
    if extra < SIBLING_SHARE * w.good.get(key, 0):
        return chosen
    inside = set(chosen)
    twin = (w.tags.get(key), w.shape(key))
    add = [i for i in range(len(w.blocks)) if i not in inside and _in_twin_box(w, i, parent, twin)]
    return sorted(inside.union(add))


def _in_twin_box(w: Walk, i: int, parent: int, twin: tuple[str | None, str | None]) -> bool:
    """Whether block ``i`` is story text in a box under ``parent`` built like the story's."""
    b = w.blocks[i]
    if parent not in b.ancestors:
        return False
    at = b.ancestors.index(parent)
    box = b.ancestors[at + 1] if at + 1 < len(b.ancestors) else None
    if box is None or (w.tags.get(box), w.shape(box)) != twin:
        return False
    if is_storyish(b):
        return True
    # a subhead opening the box's next paragraph
    return (
        b.tag in HEADS
        and i + 1 < len(w.blocks)
        and is_storyish(w.blocks[i + 1])
        and parent in w.blocks[i + 1].ancestors
    )


def _with_lead(w: Walk, chosen: list[int]) -> list[int]:
    """Add the standfirst: story paragraphs between the headline and the body's container."""
    if not chosen:
        return chosen
    h1 = w.h1
    if h1 is None:  # no h1 on the page: the headline is the last heading shortly before the body
        reach = range(chosen[0] - 1, max(-1, chosen[0] - STANDFIRST_REACH - 1), -1)
        h1 = next((i for i in reach if w.blocks[i].tag in HEADS), None)
    if h1 is None or h1 >= chosen[0] or chosen[0] - h1 > STANDFIRST_REACH:
        return chosen
    lead = [i for i in range(h1 + 1, chosen[0]) if _lead_block(w.blocks[i])]
    return lead + chosen


def _lead_block(b: Block) -> bool:
    return (
        (b.tag == "p" or len(b.text) >= STORY_BLOCK_MIN_CHARS)
        and b.link_density < STANDFIRST_LINKS
        and len(b.text.split()) >= STANDFIRST_MIN_WORDS
    )


def content_block(b: Block) -> bool:
    """Not a link list's entry nor a tiny list cell (the headline always is content)."""
    if b.tag == "h1":
        return True
    if b.link_density > LINK_LIST and (len(b.text) < LINK_PROSE_CHARS or b.tag in ("li", "td", "dd", "dt")):
        return False
    return not (b.tag in ("li", "td", "th") and len(b.text) < CELL_CHARS)
