"""Furniture of other outlets inside the stories Daily8 reprints (issue 19, round daily8j):
each shape is cut with its offsets recorded, and a near-miss sentence of a story is kept.
The pages here are written for the tests."""

from __future__ import annotations

import pytest
from test_inline_chrome import FIRST, LAST, extract, removed

CAPTION = "Mayor Jane Roe speaks to reporters in Kessel on Monday."

# --- A photo credit glued before the story's next sentence ends before that sentence -------


@pytest.mark.parametrize("tag", ["Photo / Sam Poe", "Credit: Sam Poe", "Picture: Sam Poe", "Photo credit: Sam Poe"])
@pytest.mark.parametrize("opener", ["The vote passed easily.", "He said the vote passed.", "But the vote passed."])
def test_a_glued_credit_leaves_the_next_sentence_its_first_word(tag: str, opener: str) -> None:
    page, a = extract(f"{FIRST} {CAPTION} {tag} {opener} {LAST}")
    assert a.captions == [CAPTION]
    assert a.body == f"{FIRST} {opener} {LAST}"
    assert removed(page, "heuristic.caption-credit") == [tag]


def test_a_credit_of_three_names_is_still_cut_whole() -> None:
    page, a = extract(f"{FIRST} {CAPTION} Credit: Sam Poe Jones Work began at once. {LAST}")
    assert removed(page, "heuristic.caption-credit") == ["Credit: Sam Poe Jones"]
    assert a.body == f"{FIRST} Work began at once. {LAST}"
