"""layout.oneline.link_end searches _LINK_END only in a line that can end in a match
(oneline._may_end_in_link_label): the same matches as searching every line."""

from __future__ import annotations

import regex
from codepoints import matching
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.layout.oneline import _LINK_END, _may_end_in_link_label, link_end
from newsclean.thresholds import LINK_END_REACH

_PIECES = [
    "Read more",
    "READ MORE",
    "more",
    "Continue reading",
    "read full story",
    "...",
    "…",
    " ",
    "\n",
    "\u2009",
    "»",
    "›",
    "26",
    "Jan",
    "January",
    "2026",
    ", ",
    "\u0662\u0666",  # a day in Arabic-Indic digits: \\d matches them
    ".",
    "The council met",
    "x",
]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_the_gate_passes_every_line_the_pattern_matches(text: str) -> None:
    if _LINK_END.search(text, max(0, len(text) - LINK_END_REACH)) is not None:
        assert _may_end_in_link_label(text), text


def test_every_character_a_match_can_end_with_passes_the_gate() -> None:
    last = regex.compile(r"(?i:[a-z])|\d|\s|[»›]")
    for c in matching(last):
        assert _may_end_in_link_label("The council met ... Read more 2" + c), hex(ord(c))


def test_links_are_found_and_sentences_skipped() -> None:
    for text in (
        "The council met on Monday ... Read more",
        "The council met on Monday ... Read more 26 Jan",
        "The council met on Monday. Read more »",
        "The council met on Monday ... Continue reading Jan 26, 2026",
    ):
        assert link_end(text) is not None, text
    # near misses: a sentence's full stop, a label inside the line
    for text in ("The council met on Monday to read more.", "Read more about the council here."):
        assert not _may_end_in_link_label(text)
        assert _LINK_END.search(text, max(0, len(text) - LINK_END_REACH)) is None
