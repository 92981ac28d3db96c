"""match_dateline's cheap pre-test (a dash, a colon or a bracket) rejects only openings no
form matches: the same answers as trying every form."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.fields import dateline
from newsclean.rules import default_rules

_OPENINGS = st.lists(
    st.sampled_from(
        ["SEOUL", "Tokyo", "June 9", ", ", " ", "(Reuters)", "(PTI)", "-", "--", " — ", ": ", "The", "said"]
    ),
    max_size=8,
).map("".join)


@settings(max_examples=300)
@given(_OPENINGS)
def test_the_pre_test_never_changes_the_answer(text: str) -> None:
    rules = default_rules()
    gated = dateline.match_dateline(text, 0, rules)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(dateline, "_may_open_dateline", lambda text, pos: True)
        plain = dateline.match_dateline(text, 0, rules)
    assert (gated and gated.span()) == (plain and plain.span())


def test_datelines_with_each_mark_are_read_and_prose_is_not() -> None:
    rules = default_rules()
    for text in ["SEOUL — The talks", "SEOUL: The talks", "Tokyo, June 9 -- The", "NEW DELHI, June 9 (PTI) The"]:
        assert dateline.match_dateline(text, 0, rules) is not None, text
    assert dateline.match_dateline("SEOUL The talks resumed on Monday", 0, rules) is None
