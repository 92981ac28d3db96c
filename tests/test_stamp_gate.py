"""segment._STAMP (a timestamp closing a listing's line) is searched only in lines that can end in
one (segment._may_end_in_stamp): the same matches as searching every line."""

from __future__ import annotations

import re

from codepoints import matching
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.segment import _STAMP, _may_end_in_stamp

_PIECES = [
    "Mon",
    "Tue",
    "Sun",
    " ",
    "\n",
    "1",
    "12",
    "2025",
    "\u0662\u0660\u0662\u0665",  # a year in Arabic-Indic digits: \d matches them
    "Jan",
    "Mar",
    " at ",
    "9:30",
    "am",
    "pm",
    "The council met",
    "x",
]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_the_gate_passes_every_line_the_pattern_matches(text: str) -> None:
    if _STAMP.search(text) is not None:
        assert _may_end_in_stamp(text), text


def test_every_digit_the_pattern_reads_passes_the_gate() -> None:
    digit = re.compile(r"\d")
    for c in matching(digit):
        assert _may_end_in_stamp("Mon 1 Jan 202" + c), hex(ord(c))


def test_stamps_are_found_and_sentences_skipped() -> None:
    for text in (
        "Budget talks go on Mon 12 Jan 2025",
        "Budget talks go on Tue 3 Mar 2025 at 9:30 pm",
        "Budget talks go on Tue 3 Mar 2025 at 9:30am\n",
    ):
        assert _may_end_in_stamp(text) and _STAMP.search(text) is not None, text
    # near misses: a sentence's end, a stamp inside the line
    for text in ("The council met on Mon 12 Jan 2025.", "Mon 12 Jan 2025 the council met"):
        assert _STAMP.search(text) is None
    assert not _may_end_in_stamp("The council met on Mon 12 Jan 2025.")
