"""The DOM, walked once, to text blocks carrying tag hints, and the main-content container.

One iterative depth-first walk (no recursion: pages nest tens of thousands of ``<div>``s
deep) drops what is never content (scripts, styles, navigation, forms, hidden elements,
boilerplate by class and id), turns every block-level element into one block of text with
its tag and link density, and scores containers by the paragraph text they hold directly
(a readability-style vote), so the main story's container is known without a second pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..thresholds import (
    BLOCK_ANCESTORS,
    DATE_NODES_READ,
    STORY_BLOCK_MIN_CHARS,
    STORY_LINK_DENSITY,
    TITLE_ZONE_ABOVE,
    TITLE_ZONE_BELOW,
    TITLE_ZONE_NO_H1,
    WRAPPER_STORY_PARAGRAPHS,
)
from .classnames import CLOSING, FURNITURE, LEAD_BOX_WORD, Names, furniture, read_names
from .classnames import DATE_WORDS as DATE_WORDS

# Caps on the walk, reached only by hostile markup: an element's class and id words past this
# many characters are not read (real pages stay under 200), and the walk goes no deeper than
# this many levels (the parser's own depth bound, ``rendering.MAX_DEPTH``, comes first).
MAX_NAMES_CHARS = 400
MAX_WALK_DEPTH = 100_000

SKIP = frozenset(
    "script style noscript template svg iframe form button select input textarea nav footer aside "
    "object embed canvas map audio video source picture head menu dialog".split()
)
BLOCK = frozenset(
    "p h1 h2 h3 h4 h5 h6 li blockquote pre figcaption td th dd dt div section article main header "
    "ul ol dl table tr figure address details summary caption center".split()
)
TEXT_BLOCKS = frozenset("p h1 h2 h3 h4 h5 h6 li blockquote pre figcaption td th dd dt address".split())
_DIGITS = re.compile(r"\d+")
_HIDDEN_STYLE = re.compile(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")
_PARA_TAGS = frozenset(("p", "pre", "blockquote"))
HEADS = frozenset(("h2", "h3"))  # the headings a headline or a section title is set in
SUBHEADS = frozenset(("h2", "h3", "h4", "h5", "h6"))


@dataclass
class Block:
    text: str
    tag: str
    link_chars: int
    ancestors: tuple[int, ...]  # ids of enclosing containers, innermost last

    @property
    def link_density(self) -> float:
        return self.link_chars / max(len(self.text), 1)


def is_storyish(block: Block) -> bool:
    """A paragraph, or a long block, that is not mostly links: what a story is made of."""
    return (
        block.tag in _PARA_TAGS or len(block.text) >= STORY_BLOCK_MIN_CHARS
    ) and block.link_density < STORY_LINK_DENSITY


@dataclass
class Walk:
    blocks: list[Block] = field(default_factory=list)
    score: dict[int, float] = field(default_factory=dict)
    tags: dict[int, str] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)  # container -> its class and id words
    best: int | None = None
    keys: dict[int, int] = field(default_factory=dict)  # element mem_id -> container key
    good: dict[int, int] = field(default_factory=dict)
    depth: dict[int, int] = field(default_factory=dict)
    bad: dict[int, int] = field(default_factory=dict)
    hints: list[int] = field(default_factory=list)  # containers the markup names as the story body
    date_nodes: list[LexborNode] = field(default_factory=list)  # elements whose class or id says "date"
    parent: dict[int, int] = field(default_factory=dict)  # container -> the container around it
    anchors: dict[int, int] = field(default_factory=dict)  # container -> links inside it
    chars: dict[int, int] = field(default_factory=dict)  # container -> characters of text inside it
    late: dict[int, str] = field(default_factory=dict)  # author boxes and tag lists: container -> rule id
    teasers: set[int] = field(default_factory=set)  # containers that are lists of teaser cards
    breaks: list[int] = field(default_factory=list)  # blocks before which comments or related links stood
    h1: int | None = None  # the first <h1> block: where the story's headline usually stands

    def shape(self, key: int) -> str | None:
        """A container's class and id names without the numbers that count its kind."""
        names = self.names.get(key)
        return _DIGITS.sub("", names) if names else names

    def title_zone(self) -> range:
        """The blocks just around the headline, where pages print its byline and date."""
        if self.h1 is None:
            return range(min(TITLE_ZONE_NO_H1, len(self.blocks)))
        return range(max(0, self.h1 - TITLE_ZONE_ABOVE), min(self.h1 + TITLE_ZONE_BELOW, len(self.blocks)))


# What _inspect says of an element: why it is skipped (see classnames.py) or None, its class
# and id, its itemprop, whether it is a link with a target (an anchor, even one with no text,
# over a teaser card), and what its names say. A plain tuple: it is made for every element.
_Seen = tuple[str | None, str, str | None, bool, Names | None]
_NOTHING: _Seen = (None, "", None, False, None)
_SKIPPED: _Seen = (FURNITURE, "", None, False, None)


def _inspect(node: LexborNode, tag: str, depth: int) -> _Seen:
    """Whether to skip the element and why, its class and id, ``itemprop`` and ``href``.

    Reading ``node.attributes`` is the walk's most expensive step, so it happens once here
    and the names serve everything that looks at class names (boilerplate, date elements,
    body hints) instead of a CSS query per concern over the whole tree.
    """
    if tag in SKIP:
        return _NOTHING if tag == "form" and depth <= WRAPPER_DEPTH and _holds_story(node) else _SKIPPED
    attrs = node.attributes
    if not attrs:
        return _NOTHING
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return _SKIPPED
    style = attrs.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return _SKIPPED
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".strip()
    itemprop = attrs.get("itemprop")
    href = tag == "a" and "href" in attrs
    if not names or len(names) > MAX_NAMES_CHARS:
        return None, names, itemprop, href, None
    said = read_names(names)
    if tag in ("html", "body", "article", "main", "h1"):
        return None, names, itemprop, href, said
    found = furniture(said, itemprop)
    if found is None or (found is LEAD_BOX_WORD and node.css_first("h1") is not None):
        return None, names, itemprop, href, said  # (a lead box: headline, standfirst, photo)
    skip = None if depth <= WRAPPER_DEPTH and _holds_story(node) else found
    return skip, names, itemprop, href, said


# What a page wrapper holds and a sidebar, ad slot or menu does not: the headline or the
# main region, and paragraphs. Whole pages sit inside "with-sidebar" layouts, ad take-over
# wrappers and ASP.NET's page-wide <form>; their class words or tag alone would drop the
# story. (A breadcrumb or banner around the headline holds no paragraphs.) Asked only of
# elements about to be skipped.
_STORY_MARKS = "h1, main, [itemprop='articleBody']"
# Page wrappers sit near the root; deeper down the question is not asked (each asking walks
# the element's subtree, so asking at every level of deep nesting would be quadratic).
WRAPPER_DEPTH = 24


def _holds_story(node: LexborNode) -> bool:
    return node.css_first(_STORY_MARKS) is not None and len(node.css("p")) >= WRAPPER_STORY_PARAGRAPHS


@dataclass
class _Open:
    """The walk's stacks: for each open block, its text parts so far, its link characters and
    tag, and the enclosing containers' keys (innermost last)."""

    texts: list[list[str]] = field(default_factory=lambda: [[]])
    links: list[int] = field(default_factory=lambda: [0])
    tags: list[str] = field(default_factory=lambda: ["body"])
    containers: list[int] = field(default_factory=lambda: [0])
    in_link: int = 0
    next_id: int = 1


def walk(tree: LexborHTMLParser) -> Walk:
    """Blocks of the page in reading order, and container scores for the main content."""
    out = Walk()
    root = tree.body or tree.root
    if root is None:
        return out
    st = _Open()
    node: LexborNode | None = root.child
    depth = 0
    while node is not None:
        tag = node.tag or ""
        if tag == "-text":
            _text(node, st)
            descend = False
        else:
            descend = _element(node, tag, depth, out, st)
        if descend and depth < MAX_WALK_DEPTH:
            depth += 1
            node = node.child
            continue
        # leave this node and every ancestor that has no next sibling
        while node is not None and node.next is None:
            node = node.parent
            if node is None or node is root:
                node = None
                break
            depth -= 1
            _close(node, out, st)
            if node.tag == "a":
                st.in_link = max(0, st.in_link - 1)
        if node is not None:
            node = node.next
    _flush(out, st)
    out.h1 = next((i for i, b in enumerate(out.blocks) if b.tag == "h1"), None)
    return out


def _text(node: LexborNode, st: _Open) -> None:
    t = node.text_content
    if t and t.strip():
        st.texts[-1].append(t.replace("\n", " "))
        if st.in_link:
            st.links[-1] += len(t.strip())
    elif t and st.texts[-1]:  # the space between two inline elements: "<b>a</b> <i>b</i>"
        st.texts[-1].append(" ")


def _element(node: LexborNode, tag: str, depth: int, out: Walk, st: _Open) -> bool:
    """Take in an element; whether to walk into it."""
    if tag in ("-comment", "!doctype"):
        return False
    if tag == "br":
        st.texts[-1].append("\n")
        return False
    skip, names, itemprop, href, said = _inspect(node, tag, depth)
    if skip is not None:
        if skip is CLOSING:  # comments, related links: where they stand, a story has ended
            _flush(out, st)
            out.breaks.append(len(out.blocks))
        return False
    if said is not None and said.dated and len(out.date_nodes) < DATE_NODES_READ:
        out.date_nodes.append(node)
    descend = node.child is not None
    if tag in BLOCK:
        _open_block(node, tag, names, itemprop, said, descend, out, st)
    if href:
        out.anchors[st.containers[-1]] = out.anchors.get(st.containers[-1], 0) + 1
    if tag == "a" and descend:
        st.in_link += 1
    return descend


def _open_block(
    node: LexborNode, tag: str, names: str, itemprop: str | None, said: Names | None, descend: bool, out: Walk,
    st: _Open,
) -> None:  # fmt: skip
    key = st.next_id
    st.next_id += 1
    out.keys[node.mem_id] = key
    if tag == "article" or itemprop == "articleBody" or (said is not None and said.body):
        out.hints.append(key)
    out.tags[key] = tag
    if names:
        out.names[key] = names
        if said is not None and said.late is not None:
            out.late[key] = said.late
    out.depth[key] = len(st.containers)
    out.parent[key] = st.containers[-1]
    if descend:
        # loose text of the enclosing block so far comes before this block's
        # ("<div>By Jane Roe<p>Story</p></div>"), not after all of its children
        _flush(out, st)
        st.texts.append([])
        st.links.append(0)
        st.tags.append(tag)
        st.containers.append(key)


def _close(node: LexborNode, out: Walk, st: _Open) -> None:
    key = out.keys.get(node.mem_id)
    if key is None or len(st.containers) <= 1 or st.containers[-1] != key:
        return
    _flush(out, st)
    st.texts.pop()
    st.links.pop()
    st.tags.pop()
    st.containers.pop()


def _flush(out: Walk, st: _Open) -> None:
    """Emit the innermost open block's text gathered so far (a block may be split by children)."""
    parts = st.texts[-1]
    if not parts:
        return
    raw = "".join(parts)
    st.texts[-1] = []
    link_chars = st.links[-1]
    st.links[-1] = 0
    for piece in raw.split("\n"):
        text = " ".join(piece.split())
        if not text:
            continue
        out.blocks.append(Block(text, st.tags[-1], min(link_chars, len(text)), tuple(st.containers[-BLOCK_ANCESTORS:])))
        link_chars = max(0, link_chars - len(text))
