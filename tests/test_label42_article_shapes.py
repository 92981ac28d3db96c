"""Article-side shapes of the label42 round (hosts nobody had tuned on): fields of a story's
own header and chrome inside a story. Pages from ``tests.stories`` (sentences written for
the tests)."""

from __future__ import annotations

import pytest

from newsclean.timeparse import time_line
from tests.stories import S1, S4, T1, extract_at


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("/ 04:33 AM June 09, 2025", "04:33 AM June 09, 2025"),
        ("/ 9 de junio de 2025 / 10:49", "9 de junio de 2025 / 10:49"),
    ],
)
def test_a_stamp_behind_an_empty_author_slot_is_published(stamp: str, published: str) -> None:
    page = extract_at(f"{T1}\n\n{stamp}\n\n{S1}\n\n{S4}\n", None)
    (a,) = page.articles
    assert a.published_text == published
    assert a.body == f"{S1}\n\n{S4}"


@pytest.mark.parametrize("line", ["/ Harbour 24 3 hours ago", "/ Notes / 10:49", "/ June 9, 2025 / 29:70", "/ "])
def test_a_slash_line_that_is_no_bare_stamp_is_no_time(line: str) -> None:
    # near misses: an outlet before the time, a word before the clock, no clock, nothing
    assert time_line(line) is None


def test_a_slashed_line_of_prose_stays_in_the_body() -> None:
    lead = "/ Dispatches from the quay, week nine"
    page = extract_at(f"{T1}\n\n{S1}\n\n{lead}\n\n{S4}\n", None)
    (a,) = page.articles
    assert a.published_text is None
    assert lead in a.body
