"""The Ghana News Agency's dateline: the wire's initials after the date's comma, no brackets
("Accra, May 9, GNA - The ..."). The place and date are the dateline, the initials the
credit, and none of it stays in the body; words that are no wire's initials stay.
Pages from ``tests.stories`` (sentences written for the tests)."""

from __future__ import annotations

import pytest

from tests.stories import S1, S4, T1, extract_at


@pytest.mark.parametrize(
    ("opening", "place", "date"),
    [
        ("Portwick, May 9, GNA - ", "Portwick", "May 9"),
        ("PORTWICK, Dec. 3, GNA – ", "PORTWICK", "Dec. 3"),
        ("Portwick, Jan 3, GNA- ", "Portwick", "Jan 3"),
    ],
)
def test_the_wires_initials_after_the_date_are_its_credit(opening: str, place: str, date: str) -> None:
    page = extract_at(f"{T1}\n\n{opening}{S1}\n\n{S4}\n", None)
    (a,) = page.articles
    assert a.dateline is not None
    assert (a.dateline.location, a.dateline.date_text, a.dateline.agency) == (place, date, "GNA")
    assert a.credits == ["GNA"]
    assert a.body == f"{S1}\n\n{S4}"


@pytest.mark.parametrize("opening", ["Portwick, May 9, Kessel - ", "Portwick, May 9, 2024 - "])
def test_a_word_or_a_year_after_the_date_is_no_wire(opening: str) -> None:
    page = extract_at(f"{T1}\n\n{opening}{S1}\n\n{S4}\n", None)
    (a,) = page.articles
    assert a.credits == []
    assert a.dateline is None or a.dateline.agency is None


def test_a_national_agencys_closing_initials_are_its_credit() -> None:
    page = extract_at(f"{T1}\n\nPortwick, May 9, 2021 (NAN) {S1}\n\n{S4} (NAN)\n", None)
    (a,) = page.articles
    assert a.credits == ["NAN"]
    assert a.dateline is not None and a.dateline.location == "Portwick"
    assert a.body == f"{S1}\n\n{S4}"


def test_a_name_spelled_as_the_initials_stays() -> None:
    # near miss: the initials are the agency's only in capitals and in brackets
    closing = "The plan was welcomed by the harbour master, Nan Roe."
    page = extract_at(f"{T1}\n\n{S1}\n\n{closing}\n", None)
    (a,) = page.articles
    assert a.credits == []
    assert a.body.endswith(closing)
