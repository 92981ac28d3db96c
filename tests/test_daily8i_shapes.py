"""Furniture of other outlets inside the stories Daily8 reprints (issue 19, round daily8i):
each shape is cut with its offsets recorded, and a near-miss sentence of a story is kept.
The pages here are written for the tests."""

from __future__ import annotations

import pytest
from test_inline_chrome import FIRST, LAST, extract, removed

# --- A link to read the rest on another site, naming the site ----------------------------


@pytest.mark.parametrize(
    "link",
    [
        "Continue reading on Medium »",
        "Read more on The Coastal Ledger",
        "Read More On HBC",
        "Read more on harbourledger.example",
        "Read more on the Harbour Ledger website",
        "Read the full story on The Coastal Ledger.",
        "Read the Full Story on HarbourNet",
        "Read the article on the Coastal Ledger website.",
    ],
)
def test_a_link_to_read_on_at_another_site_alone_on_a_line_is_cut(link: str) -> None:
    page, a = extract(f"{FIRST}\n{LAST}\n{link}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "listing.read-on") == [link]


@pytest.mark.parametrize("glue", ["", " "])
def test_a_read_on_link_closing_a_teaser_is_cut(glue: str) -> None:
    teaser = "The board said the wall would be finished before the storms of next…"
    page, a = extract(f"{FIRST}\n{teaser}{glue}Continue reading on Medium »")
    assert a.paragraphs == [FIRST, teaser]
    assert removed(page, "listing.read-on") == ["Continue reading on Medium »"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Read more on Monday's vote below.",
        "Continue reading on the ferry, the captain told the passengers.",
        "Read more on Harbour Board plans in our guide to the new sea wall.",
        "The mayor urged people to read more on Medium and the local forums.",
        "Read the full report on the council's website before the meeting.",
        "Read the article on ferry safety, the captain told his crew.",
    ],
)
def test_a_sentence_that_opens_like_a_read_on_link_stays(sentence: str) -> None:
    page, a = extract(f"{FIRST}\n{sentence}\n{LAST}")
    assert a.paragraphs == [FIRST, sentence, LAST]
    assert removed(page, "listing.read-on") == []


# --- A heading the next paragraph echoes is the story's own, not a pasted headline --------

ITEM_HEADING = "Harbour town volunteers rebuild flooded library with donated timber"
ITEM_TEXT = (
    "KESSELPORT -- Volunteers in the harbour town have rebuilt the flooded library with timber donated "
    "by a sawmill, the council said on Friday."
)
PASTED = "Island bus company adds late services for summer festival weekend"


def test_a_heading_echoed_by_its_paragraph_stays_in_the_body() -> None:
    page, a = extract(f"{FIRST}\n{ITEM_HEADING}\n{ITEM_TEXT}\n{LAST}")
    assert a.paragraphs == [FIRST, ITEM_HEADING, ITEM_TEXT, LAST]
    assert removed(page, "heuristic.headline-link") == []


def test_an_unrelated_headline_pasted_between_paragraphs_is_still_cut() -> None:
    page, a = extract(f"{FIRST}\n{PASTED}\n{ITEM_TEXT}\n{LAST}")
    assert a.paragraphs == [FIRST, ITEM_TEXT, LAST]
    assert removed(page, "heuristic.headline-link") == [PASTED]


def test_an_echo_past_the_first_sentence_does_not_count() -> None:
    # one shared word in the first sentence; the echo comes only in the second
    late = "The council thanked everyone who helped on Friday. Volunteers rebuilt the flooded library with timber."
    page, _ = extract(f"{FIRST}\n{ITEM_HEADING}\n{late}\n{LAST}")
    assert removed(page, "heuristic.headline-link") == [ITEM_HEADING]


@pytest.mark.parametrize(
    "pasted",
    [
        # a related link about the same person: only the name is shared
        "Mara Okonjo Kessel: how a ferry captain became the harbour's loudest critic",
        # a link label in another language, however close the paragraph under it
        "Lea más: Harbour town volunteers rebuild flooded library with donated timber",
    ],
)
def test_a_link_sharing_only_a_name_or_opening_with_a_label_is_still_cut(pasted: str) -> None:
    para = (
        ITEM_TEXT
        if pasted.startswith("Lea")
        else "The plan was opposed on Monday by Mara Okonjo Kessel, who runs the island route."
    )
    page, a = extract(f"{FIRST}\n{pasted}\n{para}\n{LAST}")
    assert a.paragraphs == [FIRST, para, LAST]
    assert removed(page, "heuristic.headline-link") == [pasted]
