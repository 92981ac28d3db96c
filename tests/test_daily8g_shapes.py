"""Furniture of other outlets inside the stories Daily8 reprints (issue 19, round daily8g),
found by reading 25 fresh real Daily8 pages: each shape is cut with its offsets recorded, and
a near-miss sentence of a story is kept. The pages here are written for the tests."""

from __future__ import annotations

import pytest
from test_inline_chrome import FIRST, LAST, extract, removed

# --- A picture service's credit alone where the picture stood ----------------------------


def test_a_photographers_credit_to_a_picture_service_alone_on_a_line_is_cut() -> None:
    page, a = extract(f"{FIRST}\nMaria Kessel/Gallo Images\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "heuristic.credit-only-line") == ["Maria Kessel/Gallo Images"]


def test_a_sentence_naming_the_picture_service_stays() -> None:
    sentence = "Gallo Images said it had sold the harbour photographs to a museum."
    page, a = extract(f"{FIRST}\n{sentence}\n{LAST}")
    assert a.paragraphs == [FIRST, sentence, LAST]
    assert removed(page, "heuristic.credit-only-line") == []


# --- An outlet's free-trial offer under the story ----------------------------------------

BLURB = (
    "Read what moves the coast before anyone else. Open the stories behind the headlines with our FREE "
    "21-day subscription trial. Cancel whenever you like. Each reader may trial once."
)


def test_an_offer_in_capitals_glued_to_the_comment_button_is_cut() -> None:
    page, a = extract(f"{FIRST}\n{LAST}\nStart your FREE trial now Show Comments ()")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "web.subscribe-nag") == ["Start your FREE trial now Show Comments ()"]


def test_a_blurb_offering_our_free_trial_is_cut_whole() -> None:
    page, a = extract(f"{FIRST}\n{BLURB}\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "web.subscribe-nag") == [BLURB]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry app offers a free 14-day trial, and most users cancel before it ends.",
        "The FREE trial period for the new buses ended in May, the council said.",
    ],
)
def test_sentences_about_someone_elses_trial_stay(sentence: str) -> None:
    page, a = extract(f"{FIRST}\n{sentence}\n{LAST}")
    assert a.paragraphs == [FIRST, sentence, LAST]
    assert removed(page, "web.subscribe-nag") == []


# --- The note naming the newsroom that produced the copy, and its newsletter sign-up -----

NOTE = (
    "This story was produced by the Kessel bureau of Coast Watch, an independent, nonpartisan newsroom "
    "dedicated to public-service journalism for the coast."
)
SIGN_UP = "Sign up for Harbour Notes, a weekly newsletter of stories from the docks and more, at "


def test_a_production_note_and_a_sign_up_glued_before_the_story_are_cut() -> None:
    page, a = extract(f"{NOTE} {SIGN_UP}{FIRST} {LAST}")
    assert a.body == f"{FIRST} {LAST}"
    assert removed(page, "common.production-notice") == [NOTE]
    assert removed(page, "common.newsletter-residue") == [SIGN_UP.rstrip()]


def test_a_sign_up_sentence_with_its_stop_is_cut() -> None:
    sign_up = "Sign up for Harbour Notes, our daily newsletter about the docks."
    page, a = extract(f"{FIRST} {sign_up} {LAST}")
    assert a.body == f"{FIRST} {LAST}"
    assert removed(page, "common.newsletter-residue") == [sign_up]


@pytest.mark.parametrize(
    "sentence",
    [
        "This report was produced by the city's auditor and shows rising costs.",
        "Sign up for Harbour Day opens Monday, the council said, at the town hall.",
    ],
)
def test_sentences_about_reports_and_sign_ups_stay(sentence: str) -> None:
    page, a = extract(f"{FIRST} {sentence} {LAST}")
    assert a.body == f"{FIRST} {sentence} {LAST}"
    assert removed(page, "common.production-notice") == removed(page, "common.newsletter-residue") == []
