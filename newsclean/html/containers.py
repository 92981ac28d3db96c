"""The page's containers weighed: how much story and furniture text each holds, and which
ones are lists of teaser cards (other stories' headlines and summaries).

Every block counts for each of its enclosing containers (a readability-style vote): its
text as story text when it reads as a paragraph, as furniture text when it is links or a
short line. The container with the most story text net of furniture text is the story's,
and of nested containers holding the same text the innermost. Teaser lists are found
first and left out of the vote, so a page's "latest news" cards under the story do not
make the page wrapper look like the story's container.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .blocks import SUBHEADS, Block, Walk, is_storyish

PENALTY = 0.5  # furniture text counts half against a container
TIE = 0.03  # containers within 3% of the best score hold the same story: the innermost wins
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# A teaser card: a small box (a headline, maybe a kicker, date or one-line summary) that
# links to another story, by its headline or by a link laid over the whole card or its
# picture; several side by side are a list of other stories, never the page's own.
CARD_TAGS = frozenset(("div", "li", "article", "section", "figure", "dd"))
CARD_CHARS = 400  # a headline and a summary of a sentence or two
CARD_BLOCKS = 6
TITLE_LINKS = 0.8  # a line this much link, of a few words, is a linked headline
TITLE_WORDS = 3
TEASER_CARDS = 3  # this many cards side by side make a list of teasers
TEASER_SHARE = 0.6  # ... when they hold most of their container's text (a story with boxes set in does not)


@dataclass
class _Boxes:
    """Per container: its blocks, headline-like blocks, linked headlines and links, counted
    over everything inside it."""

    blocks: dict[int, int] = field(default_factory=dict)
    linked: dict[int, int] = field(default_factory=dict)
    link_chars: dict[int, int] = field(default_factory=dict)
    h1: set[int] = field(default_factory=set)
    headed: dict[int, bool] = field(default_factory=dict)  # holds a subhead (h2-h6)
    # whether the first line of a few words is headline-like: a card opens with its headline
    # (after a kicker or a date); a reference list's entry opens with the citation
    opens_titled: dict[int, bool] = field(default_factory=dict)


def score_containers(w: Walk) -> None:
    """Fill ``w.chars``, ``w.teasers``, ``w.good``, ``w.bad``, ``w.score`` and pick ``w.best``."""
    boxes = _count(w)
    w.teasers = _teaser_lists(w, boxes)
    for block in w.blocks:
        if w.teasers and not w.teasers.isdisjoint(block.ancestors):
            continue  # another story's teaser: no vote for the containers around it
        storyish = is_storyish(block)
        n = len(block.text)
        good = n if storyish else 0
        bad = block.link_chars + (0 if storyish or block.tag in _HEADINGS else n)
        for a in block.ancestors:
            w.good[a] = w.good.get(a, 0) + good
            w.bad[a] = w.bad.get(a, 0) + bad
    _pick(w)


def _count(w: Walk) -> _Boxes:
    boxes = _Boxes()
    for block in w.blocks:
        n = len(block.text)
        title = _title_like(block)
        linked = title and block.link_density >= TITLE_LINKS
        worded = len(block.text.split()) >= TITLE_WORDS
        for a in block.ancestors:
            if worded and a not in boxes.opens_titled:
                boxes.opens_titled[a] = title
            w.chars[a] = w.chars.get(a, 0) + n
            boxes.blocks[a] = boxes.blocks.get(a, 0) + 1
            if linked:
                boxes.linked[a] = boxes.linked.get(a, 0) + 1
            if block.tag in SUBHEADS:
                boxes.headed[a] = True
            if block.link_chars:
                boxes.link_chars[a] = boxes.link_chars.get(a, 0) + block.link_chars
        if block.tag == "h1":
            boxes.h1.update(block.ancestors)
    return boxes


def _title_like(b: Block) -> bool:
    """A subhead, or a line of a few words that is all link: a headline on a card."""
    return b.tag in SUBHEADS or (b.link_density >= TITLE_LINKS and len(b.text.split()) >= TITLE_WORDS)


def _teaser_lists(w: Walk, boxes: _Boxes) -> set[int]:
    """Containers holding ``TEASER_CARDS`` or more teaser cards side by side."""
    anchors = dict(w.anchors)
    for k in sorted(anchors, reverse=True):  # inner containers open after outer ones
        up = w.parent.get(k)
        if up:
            anchors[up] = anchors.get(up, 0) + anchors[k]
    cards: dict[int, int] = {}
    card_chars: dict[int, int] = {}
    for k, n in boxes.blocks.items():
        if _is_card(w, boxes, anchors, k, n):
            up = w.parent.get(k, 0)
            cards[up] = cards.get(up, 0) + 1
            card_chars[up] = card_chars.get(up, 0) + w.chars.get(k, 0)
    return {
        k for k, n in cards.items() if k and n >= TEASER_CARDS and card_chars[k] >= TEASER_SHARE * w.chars.get(k, 0)
    }


def _is_card(w: Walk, boxes: _Boxes, anchors: dict[int, int], k: int, n: int) -> bool:
    """A small box with a headline that links elsewhere: by the headline itself, or by a
    link with no text of its own (laid over the card or its picture). A box of one line
    is a card when that line is a heading (a list of headlines)."""
    if not (n <= CARD_BLOCKS and w.tags.get(k) in CARD_TAGS and w.chars.get(k, 0) <= CARD_CHARS):
        return False
    if n == 1 and not boxes.headed.get(k):
        return False
    if not boxes.opens_titled.get(k) or not anchors.get(k) or k in boxes.h1:
        return False
    return bool(boxes.linked.get(k)) or not boxes.link_chars.get(k)


def _pick(w: Walk) -> None:
    """The container with the most story text net of furniture text."""
    for k, good in w.good.items():
        w.score[k] = good - PENALTY * w.bad.get(k, 0)
    if w.score:
        top = max(w.score.values())
        # nested containers holding the same text tie: the innermost one is the story's own
        near = [k for k, v in w.score.items() if v >= top - abs(top) * TIE]
        w.best = max(near, key=lambda k: (w.depth.get(k, 0), w.score[k]))
