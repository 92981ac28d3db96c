"""Relative times in Tagalog and Hindi, as Philippine and Indian portals print them.

Philippine news themes and date libraries print ages as "3 oras ang nakalipas" (hours ago),
"2 araw ang nakalipas", "kahapon" (yesterday); Hindi portals "3 घंटे पहले", "2 दिन पहले".
Before, none of these lines was a time, so the age stayed in the body and a listing of such
entries had no header to read. Near misses: a count and a unit without the word for "ago",
the word without a count, and a sentence that holds an age.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

import newsclean
from newsclean.timeparse import resolve, time_line

FETCHED = datetime(2025, 6, 12, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "ago"),
    [
        ("3 oras ang nakalipas", timedelta(hours=3)),
        ("15 minuto ang nakalipas", timedelta(minutes=15)),
        ("2 araw ang nakalipas", timedelta(days=2)),
        ("1 linggo ang nakalipas", timedelta(weeks=1)),
        ("kahapon", timedelta(days=1)),
        ("3 घंटे पहले", timedelta(hours=3)),
        ("1 घंटा पहले", timedelta(hours=1)),
        ("20 मिनट पहले", timedelta(minutes=20)),
        ("2 दिन पहले", timedelta(days=2)),
    ],
)
def test_tagalog_and_hindi_ages(text: str, ago: timedelta) -> None:
    assert resolve(text, FETCHED) == (FETCHED - ago, True)
    assert time_line(text) == (None, text)


def test_an_outlet_before_a_tagalog_age() -> None:
    assert time_line("Balita Ngayon - 3 oras ang nakalipas") == ("Balita Ngayon", "3 oras ang nakalipas")


@pytest.mark.parametrize(
    "line",
    ["3 oras", "Ang nakalipas", "Dumating siya sa lungsod tatlong oras ang nakalipas", "3 घंटे", "पहले"],
)
def test_lines_that_share_a_word_with_an_age_are_no_times(line: str) -> None:
    assert time_line(line) is None


def test_a_tagalog_listing_is_read_by_its_age_lines() -> None:
    entries = [
        ("Inaprubahan ng konseho ang bagong badyet ng parke", "3 oras ang nakalipas"),
        ("Nawalan ng kuryente ang libu-libong bahay sa lambak", "5 oras ang nakalipas"),
    ]
    teaser = "Ayon sa mga opisyal, magpapatuloy ang trabaho sa susunod na linggo."
    text = "\n\n".join(f"{t}\n{a}\n{teaser}" for t, a in entries) + "\n"
    page = newsclean.extract(text, fetched_at=FETCHED)
    assert [(a.title, a.published_text) for a in page.articles] == entries
    assert page.articles[0].published_at == FETCHED - timedelta(hours=3)
    assert all(a.body == teaser for a in page.articles)
