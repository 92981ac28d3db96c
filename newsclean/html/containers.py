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

from ..thresholds import (
    CARD_BLOCKS,
    CARD_CHARS,
    CONTAINER_TIE,
    FURNITURE_PENALTY,
    LINKED_TITLE_LINKS,
    LINKED_TITLE_WORDS,
    TEASER_CARDS,
    TEASER_SHARE,
)
from .blocks import SUBHEADS, Block, Walk, is_storyish

_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# A teaser card: a small box (a headline, maybe a kicker, date or one-line summary) that
# links to another story, by its headline or by a link laid over the whole card or its
# picture; several side by side are a list of other stories, never the page's own.
CARD_TAGS = frozenset(("div", "li", "article", "section", "figure", "dd"))


class _Boxes:
    """Per container (lists indexed by container key): its blocks, characters, linked
    headlines, link characters, whether it holds a subhead or the h1, and whether its first
    line of a few words is headline-like (a card opens with its headline, after a kicker or
    a date; a reference list's entry opens with the citation). Each block counts for its
    innermost container; :meth:`total` carries the counts up to every enclosing one."""

    def __init__(self, size: int) -> None:
        self.blocks = [0] * size
        self.chars = [0] * size
        self.linked = [0] * size
        self.link_chars = [0] * size
        self.headed = [False] * size
        self.h1 = [False] * size
        self.first = [-1] * size  # the first line of a few words
        self.opens_titled = [False] * size

    def total(self, parent: list[int]) -> None:
        for k in range(len(parent) - 1, 0, -1):  # inner containers open after outer ones
            up = parent[k]
            self.blocks[up] += self.blocks[k]
            self.chars[up] += self.chars[k]
            self.linked[up] += self.linked[k]
            self.link_chars[up] += self.link_chars[k]
            self.headed[up] = self.headed[up] or self.headed[k]
            self.h1[up] = self.h1[up] or self.h1[k]
            if self.first[k] >= 0 and (self.first[up] < 0 or self.first[k] < self.first[up]):
                self.first[up], self.opens_titled[up] = self.first[k], self.opens_titled[k]


def score_containers(w: Walk) -> None:
    """Fill ``w.chars``, ``w.teasers``, ``w.good``, ``w.bad``, ``w.score`` and pick ``w.best``."""
    size = max(w.tags, default=0) + 1
    parent = [0] * size
    for k, up in w.parent.items():
        parent[k] = up
    boxes = _count(w, size, parent)
    w.teasers = _teaser_lists(w, boxes, parent)
    good, bad = [0] * size, [0] * size
    for block in w.blocks:
        if w.teasers and not w.teasers.isdisjoint(block.ancestors):
            continue  # another story's teaser: no vote for the containers around it
        storyish = is_storyish(block)
        n = len(block.text)
        k = block.ancestors[-1]
        good[k] += n if storyish else 0
        bad[k] += block.link_chars + (0 if storyish or block.tag in _HEADINGS else n)
    for k in range(size - 1, 0, -1):
        good[parent[k]] += good[k]
        bad[parent[k]] += bad[k]
    for k in range(size):
        if boxes.blocks[k]:
            w.chars[k] = boxes.chars[k]
            w.good[k] = good[k]
            w.bad[k] = bad[k]
    _pick(w)


def _count(w: Walk, size: int, parent: list[int]) -> _Boxes:
    boxes = _Boxes(size)
    for i, block in enumerate(w.blocks):
        k = block.ancestors[-1]
        boxes.blocks[k] += 1
        boxes.chars[k] += len(block.text)
        if block.link_chars:
            boxes.link_chars[k] += block.link_chars
        title = _title_like(block)
        if title and block.link_density >= LINKED_TITLE_LINKS:
            boxes.linked[k] += 1
        if block.tag in SUBHEADS:
            boxes.headed[k] = True
        elif block.tag == "h1":
            boxes.h1[k] = True
        if boxes.first[k] < 0 and len(block.text.split()) >= LINKED_TITLE_WORDS:
            boxes.first[k], boxes.opens_titled[k] = i, title
    boxes.total(parent)
    return boxes


def _title_like(b: Block) -> bool:
    """A subhead, or a line of a few words that is all link: a headline on a card."""
    return b.tag in SUBHEADS or (b.link_density >= LINKED_TITLE_LINKS and len(b.text.split()) >= LINKED_TITLE_WORDS)


def _teaser_lists(w: Walk, boxes: _Boxes, parent: list[int]) -> set[int]:
    """Containers holding ``TEASER_CARDS`` or more teaser cards side by side."""
    anchors = [0] * len(parent)
    for k, n in w.anchors.items():
        anchors[k] = n
    for k in range(len(parent) - 1, 0, -1):
        anchors[parent[k]] += anchors[k]
    cards: dict[int, int] = {}
    card_chars: dict[int, int] = {}
    for k in range(1, len(parent)):
        if boxes.blocks[k] and _is_card(w, boxes, anchors, k):
            up = parent[k]
            cards[up] = cards.get(up, 0) + 1
            card_chars[up] = card_chars.get(up, 0) + boxes.chars[k]
    return {k for k, n in cards.items() if k and n >= TEASER_CARDS and card_chars[k] >= TEASER_SHARE * boxes.chars[k]}


def _is_card(w: Walk, boxes: _Boxes, anchors: list[int], k: int) -> bool:
    """A small box with a headline that links elsewhere: by the headline itself, or by a
    link with no text of its own (laid over the card or its picture). A box of one line
    is a card when that line is a heading (a list of headlines)."""
    n = boxes.blocks[k]
    if not (n <= CARD_BLOCKS and boxes.chars[k] <= CARD_CHARS and w.tags.get(k) in CARD_TAGS):
        return False
    if (n == 1 and not boxes.headed[k]) or not boxes.opens_titled[k] or not anchors[k] or boxes.h1[k]:
        return False
    return bool(boxes.linked[k]) or not boxes.link_chars[k]


def _pick(w: Walk) -> None:
    """The container with the most story text net of furniture text."""
    for k, good in w.good.items():
        w.score[k] = good - FURNITURE_PENALTY * w.bad.get(k, 0)
    if w.score:
        top = max(w.score.values())
        # nested containers holding the same text tie: the innermost one is the story's own
        near = [k for k, v in w.score.items() if v >= top - abs(top) * CONTAINER_TIE]
        w.best = max(near, key=lambda k: (w.depth.get(k, 0), w.score[k]))
