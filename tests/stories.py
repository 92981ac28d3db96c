"""Invented stories the shape tests share, and the one way they extract a page.

Every title, sentence, town and name here is written for these tests. The shape tests of
each round (tests/test_openweb*_shapes.py) build their pages from these lines, so a page
differs from the next only by the shape under test.
"""

from __future__ import annotations

from datetime import UTC, datetime

import newsclean
from newsclean import Page

WHEN = datetime(2025, 6, 10, 12, tzinfo=UTC)

T1 = "Harbour council approves new ferry terminal plan"
T2 = "Farmers receive seed subsidies under relief package"
T3 = "School opening delayed by two weeks in flood areas"
S1 = "The harbour council on Tuesday approved a plan for a new ferry terminal on the east quay, officials said."
S2 = "A total of 4,100 smallholders have received seed subsidies worth two million under the relief package."
S3 = "Schools in districts hit by last week's floods will reopen two weeks later than planned, the office said."
S4 = "The terminal will take three years to build and will serve the island routes, the chairman told reporters."
S5 = "Officials said a second round of aid would be announced before the planting season begins in the north."
S6 = "Parents were told to expect a letter from their school with the new dates and bus timetables next week."


def extract_at(text: str, url: str | None) -> Page:
    """``text`` extracted as a page stored at ``url`` on the tests' fixed fetch time."""
    return newsclean.extract(text, url=url, fetched_at=WHEN)
