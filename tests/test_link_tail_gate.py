"""The link labels closing a teaser (decor._TEASER_LINK, shapes._CUT_TEASER_LINK, shapes._LINK_TAIL)
are searched only in lines that can end in a match (shapes.may_end_in_link): the same matches as
searching every line."""

from __future__ import annotations

import regex
from codepoints import matching
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.layout import shapes
from newsclean.layout.decor import _TEASER_LINK, _TITLED_LINK, _link_tail
from newsclean.layout.shapes import may_end_in_link
from newsclean.thresholds import LINK_TAIL_REACH, TITLED_LINK_REACH

_PIECES = [
    "Read more",
    "READ MORE",
    "read more",
    "Learn More",
    "MORE",
    "more",
    "mor",
    "Read full story",
    "full stor",
    "Continue reading",
    "Continue Readin",
    "view more",
    "See More",
    "Read",
    "read full",
    " ",
    "  ",
    "\n",
    "\u2009",
    ".",
    "..",
    "...",
    "…",
    "»",
    "›",
    ">",
    ">>",
    "→",
    "[",
    "]",
    "(",
    ")",
    "[…]",
    "the town",
    "council.",
    "x",
    "”",
    "“Title”",
]


def _old(text: str) -> tuple[int, int] | None:
    """What _link_tail found before the gate: the pattern searched in every line."""
    m = _TEASER_LINK.search(text, max(0, len(text) - LINK_TAIL_REACH))
    if m is None and text.endswith(("”", '"')):
        m = _TITLED_LINK.search(text, max(0, len(text) - TITLED_LINK_REACH))
    return None if m is None else m.span()


def _new(text: str) -> tuple[int, int] | None:
    m = _link_tail(text)
    return None if m is None else m.span()


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_the_gated_search_finds_what_the_pattern_finds(text: str) -> None:
    assert _new(text) == _old(text)
    for pattern in (shapes._CUT_TEASER_LINK, shapes._LINK_TAIL):
        if pattern.search(text, max(0, len(text) - LINK_TAIL_REACH)) is not None:
            assert may_end_in_link(text), text


def test_every_character_a_match_can_end_with_passes_the_gate() -> None:
    # the pattern's last characters: a label's last letter (case-insensitive), a space, an
    # arrow, a bracket, an ellipsis; every code point any of them matches passes the gate
    last = regex.compile(r"(?i:[eyg])|\s|[»›>…→\])]")
    for c in matching(last):
        assert may_end_in_link("Read mor" + c), hex(ord(c))


def test_labels_are_found_and_sentences_skipped() -> None:
    for text in (
        "The council met on Monday to talk about the budget. Read more",
        "The council met on Monday ... Read More »",
        "The council met on Monday. MORE..",
        "The council met on Monday and Read full […]",
        "The council met on Monday budget[Read More…]",
        "The council met on Monday (more…)",
        "The council met through legal avenuesRead More →",
        "The council met on Monday. Continue reading ",
    ):
        assert _link_tail(text) is not None, text
        assert _new(text) == _old(text), text
    # near misses: a sentence's full stop, a label inside the line
    for text in ("The council met on Monday to read more.", "Read more about the council here."):
        assert not may_end_in_link(text)
        assert _link_tail(text) is None
