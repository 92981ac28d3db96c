"""A photo credit glued before the next sentence never takes that sentence's subject (issue 19:
"a credit never eats the next word"). The pages are written for the tests."""

from __future__ import annotations

import pytest
from test_inline_chrome import FIRST, LAST, extract, removed

CAPTION = "The new sea wall rises above the old quay."


@pytest.mark.parametrize(
    ("credit", "sentence"),
    [
        ("Picture: Kessel", "Harbour appears twice as wide on the new plans."),
        ("Photo: Jane Roe", "Kessel remains the busiest port on the coast."),
    ],
)
def test_the_next_sentence_keeps_its_subject(credit: str, sentence: str) -> None:
    page, a = extract(f"{FIRST} {CAPTION} {credit} {sentence}\n{LAST}")
    assert a.paragraphs == [f"{FIRST} {sentence}", LAST]
    assert a.captions == [CAPTION]
    assert removed(page, "heuristic.caption-credit") == [credit]


def test_a_two_word_credit_before_a_capitalised_sentence_stays_whole() -> None:
    sentence = "The council will vote on the plan in May."
    page, a = extract(f"{FIRST} {CAPTION} Picture: Jane Roe {sentence}\n{LAST}")
    assert a.paragraphs == [f"{FIRST} {sentence}", LAST]
    assert removed(page, "heuristic.caption-credit") == ["Picture: Jane Roe"]


@pytest.mark.parametrize("credit", ["Picture: EPA/JANE ROE", "Picture: EPA/STRINGER", "Photo: EPA-EFE/ANA DE LA CRUZ"])
def test_an_agency_credit_keeps_its_photographer_after_the_slash(credit: str) -> None:
    """EPA signs its pictures "EPA/JANE ROE" (epa.eu's own captions; The Citizen's "24 hours in
    pictures" on Daily8, each caption closed by "Picture: EPA/..."): the photographer after the
    slash is the credit's, never the next caption's first words."""
    sentence = "A ferry leaves the harbour at dawn."
    page, a = extract(f"{FIRST} {CAPTION} {credit} {sentence}\n{LAST}")
    assert a.paragraphs == [f"{FIRST} {sentence}", LAST]
    assert a.captions == [CAPTION]
    assert removed(page, "heuristic.caption-credit") == [credit]


def test_an_agency_credit_without_a_slash_stops_at_the_agency() -> None:
    sentence = "Officials said the ferry would run again on Monday."
    page, a = extract(f"{FIRST} {CAPTION} Picture: EPA {sentence}\n{LAST}")
    assert a.paragraphs == [f"{FIRST} {sentence}", LAST]
    assert removed(page, "heuristic.caption-credit") == ["Picture: EPA"]
