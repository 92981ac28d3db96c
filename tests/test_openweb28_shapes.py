"""Shapes of unseen listing pages, round 28 (issues 18/19), each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a near
miss of the same look left alone.
"""

from __future__ import annotations

import pytest
from stories import CARDS, extract_at

from newsclean.layout.shapes import other_language_link
from newsclean.timeparse import time_line

SECTION_URL = "https://wire.example/news/topNews"


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


# --- a teaser's link label in another language glued to its end ----------------------------------

ES_CARDS = [
    (
        "El puerto aprueba una segunda terminal de ferris",
        "La junta del puerto de Avelin aprobó el domingo una segunda terminal en el muelle norte.",
    ),
    (
        "Reabre la línea de tren tras tres semanas de obras",
        "Los trenes volvieron el lunes a la línea del valle de Brennock tras reconstruir dos terraplenes.",
    ),
    (
        "El concejo aplaza la votación sobre el estacionamiento",
        "El concejo de Harlow aplazó hasta marzo la votación sobre las tarifas de estacionamiento.",
    ),
]
ES_URL = "https://noticias.example/etiqueta/puerto"


def _es_cards(tail: str) -> str:
    return "\n\n".join(f"{t}\n\n{b}{tail}" for t, b in ES_CARDS)


def test_a_spanish_read_more_label_closing_each_teaser_is_cut() -> None:
    page = extract_at(_es_cards(" Leer más"), ES_URL)
    assert page.kind == "listing"
    assert [a.title for a in page.articles] == [t for t, _ in ES_CARDS]
    assert [a.body for a in page.articles] == [b for _, b in ES_CARDS]
    assert [r.text.strip() for r in page.removed if r.rule == "layout.teaser-link"] == ["Leer más"] * 3


def test_the_same_words_ending_a_sentence_with_no_stop_stay() -> None:
    """Near miss: a teaser that names a reading programme "Leer más" at its end, after a word
    and no stop, keeps it."""
    tail = " Lo anunció el programa Leer más"
    page = extract_at(_es_cards(tail), ES_URL)
    kept = "\n".join(f"{a.title}\n{a.body}" for a in page.articles)
    assert kept.count("el programa Leer más") == len(ES_CARDS)
    assert [r.text for r in page.removed if r.rule == "layout.teaser-link"] == []


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("Las cifras oficiales no serían ciertas. Leer más", 39),
        ("On se retrouve,... + Lire la suite...", 18),
        ("Die Stadt plant neue Radwege. Weiterlesen »", 29),
        ("Hier gibt es mehr zum Weiterlesen", None),  # a sentence's own last word
        ("Die Stadt plant neue Radwege.Weiterlesen", None),  # glued to the stop: no label of its own
        ("Leer más", None),  # the label alone is listing.read-on's line
    ],
)
def test_other_language_link_reads_the_label_after_a_stop_only(text: str, at: int | None) -> None:
    assert other_language_link(text) == at


FR_TEASERS = [
    "Après la crise, la ville n'a même pas eu le temps de souffler que la grève du port a commencé,...",
    "La scène est digne d'un film : des bus arrêtés, des bureaux vides et des gardiens inquiets,...",
]
FR_URL = "https://journal.example/rubrique/societe"


def test_a_french_read_more_label_glued_before_the_next_teaser_is_cut() -> None:
    text = f"{FR_TEASERS[0]} + Lire la suite...\n\n+ Lire la suite...{FR_TEASERS[1]}"
    page = extract_at(text, FR_URL)
    bodies = [a.body for a in page.articles]
    assert bodies == FR_TEASERS
    assert "Lire la suite" not in "".join(bodies)


def test_a_french_teaser_opening_with_the_words_keeps_them() -> None:
    """Near miss: a teaser whose own first words are "Lire la suite" (no "+", no ellipsis)."""
    own = "Lire la suite des débats au conseil demande du temps aux élus comme aux habitants."
    page = extract_at(f"{FR_TEASERS[0]}\n\n{own}", FR_URL)
    assert own in "\n\n".join(a.body for a in page.articles)


# --- a comment counter glued to the writer's name in a "Posted on ... by ..." line ---------------

DAY_URL = "https://blog.example/2025/01/24/"


def _posted(tail: str) -> str:
    return "\n\n".join(f"{t}\n\nPosted on: January 24th, 2025 by Jane Roe{tail}\n{b}" for t, b in CARDS)


@pytest.mark.parametrize("tail", [" No Comments", " 3 Comments"])
def test_a_comment_counter_after_the_writer_is_no_part_of_the_name(tail: str) -> None:
    page = extract_at(_posted(tail), DAY_URL)
    assert [a.title for a in page.articles] == [t for t, _ in CARDS]
    assert [a.byline for a in page.articles] == [["Jane Roe"]] * 3
    assert [a.published_text for a in page.articles] == ["January 24th, 2025"] * 3
    assert [r.text for r in page.removed if r.rule == "layout.header-chrome"].count(tail.strip()) == 3


def test_a_writer_whose_name_ends_in_a_capital_word_keeps_it() -> None:
    """Near miss: no counter after the name ("Jane Roe Comerford"): the whole name stays."""
    page = extract_at(_posted(" Comerford"), DAY_URL)
    assert [a.byline for a in page.articles] == [["Jane Roe Comerford"]] * 3
