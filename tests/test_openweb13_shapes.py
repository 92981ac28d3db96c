"""Shapes of fresh open-web pages, round 13 (issue 18), each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a
near miss of the same look left alone.
"""

from __future__ import annotations

import pytest
from stories import S1, S4, T1, extract_at

ARTICLE_URL = "https://coastradio.example/news/harbour-council-ferry-terminal"

# --- a dateline naming two cities joined by a slash --------------------------------------------


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("WASHINGTON/BEIJING (Reuters) - ", "WASHINGTON/BEIJING", "Reuters"),
        ("NEW YORK/LONDON, June 9 (Reuters) - ", "NEW YORK/LONDON", "Reuters"),
        ("SEOUL/TOKYO - ", "SEOUL/TOKYO", None),
    ],
)
def test_a_dateline_of_two_cities_joined_by_a_slash_is_read(opening: str, place: str, agency: str | None) -> None:
    page = extract_at(f"{T1}\n\n{opening}{S1}\n\n{S4}\n", ARTICLE_URL)
    story = page.articles[0]
    assert story.dateline is not None and story.dateline.location == place
    assert story.paragraphs[0] == S1
    assert story.credits == ([agency] if agency else [])


@pytest.mark.parametrize("opening", ["HIV/AIDS - ", "AC/DC – "])
def test_paired_abbreviations_joined_by_a_slash_are_no_dateline(opening: str) -> None:
    # near miss: a short first part is an abbreviation pair opening the sentence, no place
    page = extract_at(f"{T1}\n\n{opening}{S1}\n\n{S4}\n", ARTICLE_URL)
    story = page.articles[0]
    assert story.dateline is None
    assert story.paragraphs[0].startswith(opening.strip())
