"""Shapes of unseen listing pages, round 28 (issues 18/19), each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a near
miss of the same look left alone.
"""

from __future__ import annotations

import pytest
from stories import extract_at

from newsclean.timeparse import time_line

SECTION_URL = "https://wire.example/news/topNews"

CARDS = [
    (
        "Harbour board approves second ferry terminal",
        "The Avelin harbour board on Sunday approved a second ferry terminal on the north quay after a year of hearings.",
    ),
    (
        "Flooded rail line reopens after three weeks",
        "Trains returned to the Brennock valley line on Monday after crews rebuilt two washed-out embankments.",
    ),
    (
        "Council delays vote on city parking fees",
        "Harlow city council put off a vote on higher parking fees until March after shop owners filled the chamber.",
    ),
]


def _cards(stamp: str) -> str:
    return "\n\n".join(f"{t}\n\n{stamp}\n\n{b}" for t, b in CARDS)


# --- a numeric date with a two-digit year and its clock ------------------------------------------


@pytest.mark.parametrize(
    ("line", "time"),
    [
        ("Published 09.16.25 10:44AM EDT", "09.16.25 10:44AM EDT"),
        ("09.16.25 10:44AM EDT", "09.16.25 10:44AM EDT"),
        ("Ieri 30-05-20, 12:25", "Ieri 30-05-20, 12:25"),
        ("Updated 9/1/25 10:44 AM", "9/1/25 10:44 AM"),
        ("Yesterday, 09/16/25 10:44 p.m. (EDT)", "Yesterday, 09/16/25 10:44 p.m. (EDT)"),
    ],
)
def test_a_two_digit_year_stamp_with_its_clock_is_a_time_line(line: str, time: str) -> None:
    assert time_line(line) == (None, time)


@pytest.mark.parametrize(
    "line",
    [
        "Published 09.16.25",  # no clock: a version or a score as much as a date
        "Version 1.2.25 10:44",  # a word that is no stamp's label nor a day's name
        "30-05.20, 12:25",  # two separators
        "Score 3-1-22 at 10:44",
    ],
)
def test_near_misses_of_the_two_digit_year_stamp_are_no_time(line: str) -> None:
    assert time_line(line) is None


@pytest.mark.parametrize(
    ("stamp", "time"),
    [("Published 09.16.25 10:44AM EDT", "09.16.25 10:44AM EDT"), ("Ieri 30-05-20, 12:25", "Ieri 30-05-20, 12:25")],
)
def test_a_two_digit_year_stamp_under_each_title_dates_the_entry(stamp: str, time: str) -> None:
    page = extract_at(_cards(stamp), SECTION_URL)
    assert page.kind == "listing"
    assert [a.title for a in page.articles] == [t for t, _ in CARDS]
    assert [a.published_text for a in page.articles] == [time] * 3
    assert [a.category for a in page.articles] == [None] * 3


def test_a_two_digit_year_date_without_a_clock_dates_no_entry() -> None:
    """Near miss: the same date with no clock is no time (read as it was before)."""
    page = extract_at(_cards("Published 09.16.25"), SECTION_URL)
    assert [a.published_text for a in page.articles] == [None] * 3
