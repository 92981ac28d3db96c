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
