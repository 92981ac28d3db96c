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
