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
    ],
)
def test_a_sentence_that_opens_like_a_read_on_link_stays(sentence: str) -> None:
    page, a = extract(f"{FIRST}\n{sentence}\n{LAST}")
    assert a.paragraphs == [FIRST, sentence, LAST]
    assert removed(page, "listing.read-on") == []
