"""A page's frame on any reading: skip links over a story read by an aggregator's headers, the
aggregator's copyright line under it, its glued headers, and the reprinted page's own header inside it."""

from __future__ import annotations

import pytest

import newsclean

URL = "https://www.daily8.com/en/article/0a1b2c3d4e5f"
STORY = (
    "Ferry timetable changes for the winter\n"
    "Harbour Gazette 2 hours ago\n"
    "The island ferry will sail twice a day from November, the operator said on Friday.\n"
    "Passengers with season tickets keep their fares.\n\n"
    "Try Our AI Features\n"
)


def _main(text: str) -> newsclean.Article:
    page = newsclean.extract(text, url=URL)
    mains = [a for a in page.articles if a.role == "main"]
    assert len(mains) == 1, page.articles
    return mains[0]


def test_skip_link_over_an_aggregator_story_is_removed() -> None:
    page = newsclean.extract("Follow us on Facebook\nSkip to main content\n\n" + STORY, url=URL)
    main = next(a for a in page.articles if a.role == "main")
    assert main.title == "Ferry timetable changes for the winter"
    assert "Skip to" not in main.body
    assert any(r.rule == "layout.skip-link" and r.text == "Skip to main content" for r in page.removed)


def test_skip_link_glued_twice_is_removed() -> None:
    page = newsclean.extract("Skip to main contentSkip to footer\n" + STORY, url=URL)
    assert _main("Skip to main contentSkip to footer\n" + STORY).title == "Ferry timetable changes for the winter"
    assert any(r.rule == "layout.skip-link" for r in page.removed)


def test_headline_opening_with_skip_stays() -> None:
    """Near miss: a headline about skipping is no link to a part of the page."""
    text = STORY.replace("Ferry timetable changes for the winter", "Skip to the good part of the winter")
    assert _main(text).title == "Skip to the good part of the winter"


def test_aggregator_copyright_is_not_the_outlet() -> None:
    text = STORY.replace("Harbour Gazette 2 hours ago\n", "") + "\n© 2025 Daily8\n"
    main = _main(text)
    assert main.outlet is None
    assert "Daily8" not in main.body


def test_another_publishers_copyright_under_the_story_is_its_outlet() -> None:
    """Near miss: a notice naming another publisher says who published the story."""
    text = STORY.replace("Harbour Gazette 2 hours ago\n", "").replace(
        "\n\nTry Our AI Features\n", "\n© 2025 Harbour Gazette\n"
    )
    assert _main(text).outlet == "Harbour Gazette"


def test_outlet_glued_to_a_dotted_or_slashed_date_is_the_header() -> None:
    """The aggregator glues its two spans whatever its date format: "Harbour Gazette01.06.2025"."""
    for stamp, when in (("01.06.2025", "01.06.2025"), ("01/06/2025", "01/06/2025")):
        main = _main(STORY.replace("Harbour Gazette 2 hours ago", f"Harbour Gazette{stamp}"))
        assert (main.outlet, main.published_text) == ("Harbour Gazette", when)
        assert main.body.startswith("The island ferry")


def test_a_heading_with_a_spaced_dotted_date_stays_text() -> None:
    """Near miss: after a plain space a date ends a heading's words ("Fares from 01.06.2025")."""
    main = _main(STORY.replace("Harbour Gazette 2 hours ago", "Fares from 01.06.2025"))
    assert main.published_text is None
    assert "Fares from 01.06.2025" in main.body


REPRINT = (
    "Ferry timetable changes for the winter\n\n"
    "Harbour Gazette45 minutes ago\n\n"
    "Travel\n"
    "Winter timetable for the island ferry\n"
    "{stamp}\n"
    "The island ferry will sail twice a day from November, the operator said on Friday.\n"
    "Passengers with season tickets keep their fares.\n\n"
    "Try Our AI Features\n"
)


@pytest.mark.parametrize("stamp", ["Published: 3 hours ago", "Updated 09.02.2022", "Erstellt am 09.02.2022"])
def test_the_reprinted_pages_own_header_opens_no_entry(stamp: str) -> None:
    page = newsclean.extract(REPRINT.format(stamp=stamp), url=URL)
    assert len(page.articles) == 1
    main = page.articles[0]
    assert main.published_text == "45 minutes ago"
    assert "The island ferry will sail twice a day" in main.body
    assert stamp not in main.body


def test_labelled_headers_of_every_entry_still_open_entries() -> None:
    """Near miss: a page whose every header is labelled sets that form from its first one."""
    text = (
        "Ferry timetable changes for the winter\nHarbour Gazette\nPublished: 3 hours ago\n"
        "The island ferry will sail twice a day from November, the operator said on Friday.\n\n"
        "Bridge repairs close the coast road\nCoast Post\nPublished: 5 hours ago\n"
        "The coast road will close for two weeks while the bridge is repaired, the council said.\n"
    )
    page = newsclean.extract(text, url="https://www.daily8.com/en/hashtag/ferry")
    assert [a.title for a in page.articles] == [
        "Ferry timetable changes for the winter",
        "Bridge repairs close the coast road",
    ]


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("Published Fri May 10, 2013", "Fri May 10, 2013"),
        ("Originally published on Fri May 10, 2013 10:56 am", "Fri May 10, 2013 10:56 am"),
        ("Posted Tue Jun 3, 2025 at 4:15 PM", "Tue Jun 3, 2025 at 4:15 PM"),
    ],
)
def test_a_stamp_label_before_a_weekday_without_its_comma(line: str, when: str) -> None:
    text = f"Ferry timetable changes for the winter\n{line}\nThe island ferry will sail twice a day from November.\n"
    main = newsclean.extract(text).articles[0]
    assert (main.outlet, main.published_text) == (None, when)


def test_an_outlet_ending_in_a_weekday_stays_the_outlet() -> None:
    """Near miss: a paper named for a day ("The Mail on Sunday") is no stamp's label."""
    from newsclean.timeparse import time_line

    assert time_line("The Mail on Sunday May 10, 2013") == ("The Mail on Sunday", "May 10, 2013")
    assert time_line("The Sun May 10, 2013") == ("The Sun", "May 10, 2013")
