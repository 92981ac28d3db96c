"""Shapes of real Daily8 pages (issues 18 and 19, round d8var). The pages here are invented,
laid out as Daily8 prints a reprint (see ``stories.daily8_reprint``), and a near miss of each
shape is kept."""

from __future__ import annotations

import pytest
from stories import P1, P2, removed
from stories import daily8_reprint as daily8

# --- A dateline whose brackets hold the filing day, not a wire's name -------------------------------


@pytest.mark.parametrize(
    ("opening", "place", "day"),
    [
        ("PORT AVELIN (May 19): ", "PORT AVELIN", "May 19"),  # The Borneo Post's form
        ("KESSELBURG (June 19): ", "KESSELBURG", "June 19"),  # The Edge Malaysia's
        ("NOVI GRAD (Sept 3): ", "NOVI GRAD", "Sept 3"),
    ],
)
def test_a_day_in_the_datelines_brackets_is_its_date_not_an_agency(opening: str, place: str, day: str) -> None:
    """ "MIRI (May 19): ..." as The Borneo Post and The Edge Malaysia print their datelines: the
    day was read as the story's agency and credited."""
    _page, a = daily8(f"{opening}{P1}\n\n{P2}")
    assert a.dateline is not None
    assert (a.dateline.location, a.dateline.date_text, a.dateline.agency) == (place, day, None)
    assert a.credits == []
    assert a.paragraphs[0] == P1


@pytest.mark.parametrize(("agency", "credit"), [("Reuters", "Reuters"), ("Maybury Press", "Maybury Press")])
def test_a_name_in_the_datelines_brackets_stays_its_agency(agency: str, credit: str) -> None:
    """Near miss: a name in the brackets, even one opening with a month's word, is the agency."""
    page, a = daily8(f"PORT AVELIN ({agency}) - {P1}\n\n{P2}")
    assert a.dateline is not None
    assert (a.dateline.location, a.dateline.date_text, a.dateline.agency) == ("PORT AVELIN", None, agency)
    assert credit in a.credits
    assert a.paragraphs[0] == P1
    assert removed(page, "dateline.marks")


# --- A credit saying the story was written "with" an agency's copy ---------------------------------


@pytest.mark.parametrize(
    ("tail", "credits"),
    [
        ("\n(with newswires)", []),  # RFI's English stories (on Daily8 through Yahoo)
        ("\n(with AFP)", ["AFP"]),
        (" (FRANCE 24 with AFP, Reuters)", ["AFP", "Reuters"]),  # France 24's signature
        ("\n— with Reuters", ["Reuters"]),
    ],
)
def test_a_with_credit_closing_the_story_is_cut(tail: str, credits: list[str]) -> None:
    """The bracket stayed as the body's last line, and "— with Reuters" lost only its agency."""
    page, a = daily8(f"{P1}\n\n{P2}{tail}")
    assert a.credits == credits
    assert a.paragraphs[-1] == P2
    assert removed(page, "credit.with") == [tail.strip()]


@pytest.mark.parametrize("tail", ["(with friends)", "(Speaking with AFP)", "(with Kessel Bank)", "- with love"])
def test_a_bracket_with_no_agency_or_a_sentence_stays(tail: str) -> None:
    """Near miss: "with" and a name no rule file lists as an agency, or a sentence's words."""
    _page, a = daily8(f"{P1}\n\n{P2}\n{tail}")
    assert a.credits == []
    assert a.paragraphs[-1].endswith(tail)


# --- ANI's bracketed dateline with the state and the wire -------------------------------------------


@pytest.mark.parametrize(
    ("opening", "place", "day", "agency"),
    [
        ("Port Avelin [Kessel], August 12 (ANI): ", "Port Avelin [Kessel]", "August 12", "ANI"),
        ("Avelin (North Kessel) [Kessel], June 1: ", "Avelin (North Kessel) [Kessel]", "June 1", None),
    ],
)
def test_anis_dateline_with_its_state_and_wire_is_read(opening: str, place: str, day: str, agency: str | None) -> None:
    """ANI's full form ("New Delhi [India], August 12 (ANI): ", "Chennai (Tamil Nadu) [India],
    ..."): the wire after the date, or the state in brackets, kept the whole opening in the body."""
    _page, a = daily8(f"{opening}{P1}\n\n{P2}")
    assert a.dateline is not None
    assert (a.dateline.location, a.dateline.date_text, a.dateline.agency) == (place, day, agency)
    assert a.paragraphs[0] == P1


def test_a_bracket_in_a_sentence_opening_is_no_dateline() -> None:
    """Near miss: a name with a bracket opening a sentence that goes on, no date and no colon."""
    story = "Port Avelin [Kessel] (ANI) reported that the pier would reopen in May, the council said."
    _page, a = daily8(f"{story}\n\n{P2}")
    assert a.dateline is None
    assert a.paragraphs[0] == story


# --- A letter's signature whose name opens with an accented capital ----------------------------------


@pytest.mark.parametrize(
    ("signature", "name"),
    [
        ("Áine Kelly, Tralee, Co Kessel", "Áine Kelly"),
        ("Seán Ó Briain, Clonavel, Co Kessel", "Seán Ó Briain"),
        ("Éamon Varden, Avelin.", "Éamon Varden"),
    ],
)
def test_a_signature_with_an_accented_capital_is_the_byline(signature: str, name: str) -> None:
    """The Irish Independent's letters on Daily8: Irish names ("Áine", "Éamon", "Ó") were no
    signature's, and the name and town stayed as the letter's last paragraph."""
    page, a = daily8(f"{P1}\n\n{P2}\n{signature}\n")
    assert a.byline == [name]
    assert a.paragraphs[-1] == P2
    assert removed(page, "byline.signature") == [signature]


def test_a_sentence_opening_with_an_accented_name_stays() -> None:
    """Near miss: a closing sentence that opens with such a name and goes on in lower case."""
    story = "Éamon Varden, the harbour master, said the pier would reopen in May."
    _page, a = daily8(f"{P1}\n\n{P2}\n{story}\n")
    assert a.byline == []
    assert a.paragraphs[-1] == story
