"""Titles on unseen sites, round 37: a story's section trail and time printed as a list over
its headline, on a page written for it.

Every story, town and name here is invented. Each test shows the shape read and a near miss of
the same look left alone.
"""

from __future__ import annotations

from stories import extract_at

from newsclean.timeparse import time_line

STORY_URL = "https://harbourgazette.example/fr/article/ferry-terminal-reopens/106/4521"

TITLE = "Le terminal des ferries rouvre après trois semaines de travaux"
BODY = [
    "Le terminal des ferries de Port Avelin a rouvert lundi après trois semaines de travaux sur sa rampe.",
    "Selon la capitainerie, la première traversée est partie à l'heure avec plus de deux cents passagers.",
    "Le conseil portuaire a indiqué que les travaux avaient coûté moins cher que prévu au départ.",
]


def _main(page):  # type: ignore[no-untyped-def]
    return next(a for a in page.articles if a.role == "main")


def test_a_slashed_date_with_french_a_before_its_clock_is_a_time_line() -> None:
    assert time_line("06/11/2020 à 13:27") == (None, "06/11/2020 à 13:27")
    assert time_line("06/11/2020 at 13:27") == (None, "06/11/2020 at 13:27")
    # near miss: "à" before words, not a clock, is no time line
    assert time_line("06/11/2020 à Paris") is None


def test_a_section_trail_and_time_printed_as_a_list_head_the_story() -> None:
    for trail in (
        ["• Actualité", "  • Internationale", "  • 06/11/2020 à 13:27"],
        ["• Actualité", "• 06/11/2020 13:27"],
    ):
        text = "\n".join([*trail, "", TITLE, "", *BODY])
        page = extract_at(text, STORY_URL)
        main = _main(page)
        assert main.title == TITLE, trail
        assert main.paragraphs == BODY, trail
        assert main.published_text == trail[-1].strip()[2:], trail


def test_a_list_of_other_words_over_the_headline_is_no_trail() -> None:
    """Near miss: a bulleted line of running words among the names (a teaser, not a section)
    is no section trail: the headline is not read as the title under a story header."""
    trail = ["• Actualité", "• Les pêcheurs du port demandent une réunion avec le maire", "• 06/11/2020 à 13:27"]
    text = "\n".join([*trail, "", TITLE, "", *BODY])
    page = extract_at(text, STORY_URL)
    assert all(a.title != TITLE for a in page.articles)


# --- an "OFFICIAL:" kicker opening a headline under its section's label --------------------------

SPORT_URL = "https://kickoffgazette.example/premier-league/harbour-town-clinch-striker-deal/"
SPORT_BODY = [
    "Harbour Town have completed the signing of a young striker from Port Avelin after a week of talks.",
    "The forward scored twenty goals last season and had been watched by several clubs in the league.",
]


def test_an_official_kicker_opens_the_headline_not_a_dateline() -> None:
    title = "OFFICIAL: Harbour Town Clinch Striker Deal, Beating Two Rivals!"
    text = "\n\n".join(["Premier League", title, *SPORT_BODY])
    page = extract_at(text, SPORT_URL)
    main = _main(page)
    assert main.title == title
    assert main.category == "Premier League"
    assert main.dateline is None
    assert main.paragraphs == SPORT_BODY


def test_a_place_in_capitals_still_opens_the_story_as_its_dateline() -> None:
    """Near miss: a place in capitals before the colon is the story's dateline, not a kicker."""
    title = "Harbour Town complete striker signing"
    first = "PORTSMOUTH: Harbour Town have completed the signing of a young striker after a week of talks."
    text = "\n\n".join(["Premier League", title, first, SPORT_BODY[1]])
    page = extract_at(text, SPORT_URL)
    main = _main(page)
    assert main.title == title
    assert main.dateline is not None
    assert main.dateline.location == "PORTSMOUTH"
