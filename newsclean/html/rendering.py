"""An HTML page as text: one line per block element, the text every offset points into.

The page is parsed once (selectolax/Lexbor) and walked once (:mod:`.blocks`); the blocks'
texts joined by line breaks and normalised are the page's *normalised text*:
``Removal`` offsets and ``span`` point into it, and :func:`newsclean.normalize` returns
it. Markup nested too deep for the HTML5 tree builder (quadratic in depth) is read as text
with its tags stripped instead.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass

import regex
from selectolax.lexbor import LexborHTMLParser

from ..decode import normalize
from .blocks import Walk, walk
from .containers import score_containers

MAX_DEPTH = 2_000  # HTML5 tree building is quadratic in nesting depth; real pages stay under 100
# stdlib re: several times faster than regex for this simple, linear scan over every tag
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,30})")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCKISH = regex.compile(
    r"(?i)</?(?:p|div|br|li|h[1-6]|tr|td|section|article|header|footer|blockquote|pre|ul|ol|table)\b[^<>]{0,2000}>"
)
_ANY_TAG = regex.compile(r"<[^<>]{0,2000}>")
_CHUNK = 8192


def too_deep(text: str) -> bool:
    """Whether the markup nests deeper than ``MAX_DEPTH`` (a linear scan; stops early)."""
    if text.count("<") <= MAX_DEPTH or _depth_bound(text) <= MAX_DEPTH:
        return False
    depth = 0
    for m in _TAG.finditer(text):
        if m.group(1):
            depth = max(0, depth - 1)
        elif m.group(2).lower() not in _VOID:
            depth += 1
            if depth > MAX_DEPTH:
                return True
    return False


def _depth_bound(text: str) -> int:
    """An upper bound on the nesting depth from counting ``<`` and ``</`` per chunk (C speed).

    With S the running count of openings minus closings, the depth (closings below zero
    ignored) never exceeds max S - min(0, min S); per chunk, S can rise at most by the
    chunk's openings and fall at most by its closings. Void elements count as openings,
    so the bound is loose, but on ordinary pages far below ``MAX_DEPTH``, which spares
    them the per-tag scan.
    """
    s = hi = lo = 0
    for i in range(0, len(text), _CHUNK):
        chunk = text[i : i + _CHUNK]
        closes = chunk.count("</")
        opens = chunk.count("<") - closes
        hi = max(hi, s + opens)
        lo = min(lo, s - closes)
        s += opens - closes
    return hi - lo


def strip_markup(text: str) -> str:
    """Hostile markup read as text: block tags become line breaks, other tags vanish."""
    text = _BLOCKISH.sub("\n", text)
    return html_lib.unescape(_ANY_TAG.sub("", text))


@dataclass
class Rendered:
    """The parsed page, its blocks, their joined normalised text, and where each block starts."""

    tree: LexborHTMLParser
    walk: Walk
    text: str
    starts: list[int]


def render(text: str) -> Rendered:
    """Parse, walk, and join the blocks into the page's text; offsets of each block."""
    tree = LexborHTMLParser(text)
    if "<rt" in text or "<RT" in text:  # ruby readings (furigana) guide pronunciation; not text
        tree.strip_tags(["rt", "rp"])
    w = walk(tree)
    score_containers(w)
    rendering = "\n".join(b.text for b in w.blocks)
    normal = normalize(rendering)  # block texts hold no line breaks, so lines map to blocks
    if normal != rendering:
        for b, line in zip(w.blocks, normal.split("\n"), strict=True):
            b.text = line
    starts: list[int] = []
    pos = 0
    for b in w.blocks:
        starts.append(pos)
        pos += len(b.text) + 1
    return Rendered(tree, w, normal, starts)
