"""Invented stories the shape tests share, and the one way they extract a page.

Every title, sentence, town and name here is written for these tests. The shape tests of
each round (tests/test_openweb*_shapes.py) build their pages from these lines, so a page
differs from the next only by the shape under test.
"""

from __future__ import annotations

from datetime import UTC, datetime

from letters import lost_letters

import newsclean
from newsclean import Article, Page

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


def removed(page: Page, rule: str) -> list[str]:
    """The texts ``rule`` removed from ``page``, in page order."""
    return [r.text for r in page.removed if r.rule == rule]


# --- Daily8 reprints: the shape tests of the Daily8 rounds lay their pages out as Daily8 prints
# another outlet's story (logo, the title twice, the outlet glued to its age, the body, Daily8's
# widgets under it).

REPRINT_WHEN = datetime(2025, 6, 12, tzinfo=UTC)
REPRINT_TITLE = "Harbour town votes to rebuild its wooden pier after winter storms"
P1 = "The council of Port Avelin voted on Tuesday to rebuild the town's wooden pier, which lost two sections in the storms."
P2 = "Mayor Ilse Marren said the new pier would keep its old shape but stand on steel piles."
P3 = "Work is due to start in spring and should take about eight months, the council said."
DAILY8_TAIL = "Orange background\n\nTry Our AI Features\n\nComments\n\nNo comments yet...\n"


def daily8_reprint(body: str, title: str = REPRINT_TITLE) -> tuple[Page, Article]:
    """A Daily8 reprint of ``body``, extracted; every cut must point at exactly its text and
    no letter of the page may be lost."""
    text = f"logo\n{title}\n\n{title}\n\nCoastal Herald2 days ago\n\n{body}\n\n{DAILY8_TAIL}"
    page = newsclean.extract(text, fetched_at=REPRINT_WHEN)
    assert page.main is not None, page
    norm = newsclean.normalize(text)
    assert not lost_letters(norm, page)
    for r in page.removed:
        assert norm[r.start : r.end] == r.text
    return page, page.main


# --- a listing's cards (title over a one-sentence teaser), shared by the listing rounds' tests
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
