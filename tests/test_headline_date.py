"""A headline closing with its own date after a comma ("Harbour life in pictures, 7 August
2025") is a headline, not an outlet glued to a time; an outlet's name before a comma and a
date ("Coast Post, 7 August 2025") stays an outlet line. The pages are written for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import newsclean
from newsclean.timeparse import time_line

WHEN = datetime(2025, 8, 8, 12, tzinfo=UTC)
TEASER = "Our picture desk picks the best news photographs of the day from the coast and beyond."
CAPTION = "A ferry leaves the harbour at dawn as the fog lifts over the old quay."


@pytest.mark.parametrize(
    "title",
    ["Harbour life in pictures, 7 August 2025", "Scenes from the coast this week, August 7, 2025"],
)
def test_a_headline_with_its_date_after_a_comma_is_the_title(title: str) -> None:
    text = f"\n{title}\n{TEASER}\n{CAPTION}\nHashtags\n\nTry Our AI Features\n"
    page = newsclean.extract(text, url="https://www.daily8.com/en/article/x", fetched_at=WHEN)
    a = page.articles[0]
    assert a.title == title
    assert a.outlet is None
    assert time_line(title) is None


def test_an_outlets_name_before_a_comma_and_a_date_stays_an_outlet_line() -> None:
    assert time_line("Coast Post, 7 August 2025") == ("Coast Post", "7 August 2025")
    assert time_line("Times of India, August 7, 2025") == ("Times of India", "August 7, 2025")
