"""Shapes the lead added in round 6, each shown taken and beside a near miss that is kept.

Pages are built from the invented stories of ``tests/stories.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from tests.stories import S1, S4, T1, extract_at


def _story(opening: str) -> str:
    return f"{T1}\n\n{opening}{S1}\n\n{S4}\n"


@pytest.mark.parametrize(
    ("opening", "agency"),
    [("(Bloomberg) -- ", "Bloomberg"), ("(Reuters) - ", "Reuters"), ("(Reuters) -", "Reuters"), ("(AP) — ", "AP")],
)
def test_a_known_agency_alone_in_brackets_opening_the_body_is_its_credit(opening: str, agency: str) -> None:
    article = extract_at(_story(opening), None).articles[0]
    assert article.credits == [agency]
    assert article.dateline is None
    assert article.paragraphs[0] == S1


def test_a_bracketed_name_that_is_no_agency_stays_in_the_body() -> None:
    article = extract_at(_story("(Jane Roe) - "), None).articles[0]
    assert article.credits == []
    assert article.paragraphs[0].startswith("(Jane Roe) - ")


def test_an_agency_in_brackets_inside_the_body_is_no_opening() -> None:
    page = extract_at(f"{T1}\n\n{S1}\n\nThe figures came from a report (Reuters) - and from the port office.\n", None)
    assert page.articles[0].paragraphs[1].startswith("The figures came from a report (Reuters) - ")


@pytest.mark.parametrize(
    ("opening", "agency"),
    [("REUTERS - ", "Reuters"), ("Reuters - ", "Reuters"), ("AP - ", "AP"), ("AFP – ", "AFP"), ("XINHUA — ", "Xinhua")],
)
def test_a_known_agency_without_brackets_opening_the_body_is_its_credit_not_a_place(opening: str, agency: str) -> None:
    article = extract_at(_story(opening), None).articles[0]
    assert article.credits == [agency]
    assert article.dateline is None
    assert article.paragraphs[0] == S1


@pytest.mark.parametrize(("opening", "place"), [("READING - ", "READING"), ("PARIS — ", "PARIS")])
def test_a_capitals_place_before_a_dash_stays_the_dateline(opening: str, place: str) -> None:
    article = extract_at(_story(opening), None).articles[0]
    assert article.dateline is not None
    assert article.dateline.location == place
    assert article.credits == []


def test_a_name_before_a_dash_that_is_no_agency_stays_in_the_body() -> None:
    article = extract_at(_story("Harbour Watch - "), None).articles[0]
    assert article.credits == []
    assert article.paragraphs[0].startswith("Harbour Watch - ")


@pytest.mark.parametrize(
    ("opening", "place"),
    # Muscat: the Times of Oman's copy ("Muscat: His Majesty ...") on timesofoman.com and Daily8
    [("Mumbai: ", "Mumbai"), ("New Delhi: ", "New Delhi"), ("Kolkata : ", "Kolkata"), ("Muscat: ", "Muscat")],
)
def test_a_listed_place_in_title_case_before_a_colon_is_the_dateline(opening: str, place: str) -> None:
    article = extract_at(_story(opening), None).articles[0]
    assert article.dateline is not None
    assert article.dateline.location == place
    assert article.paragraphs[0] == S1


@pytest.mark.parametrize("opening", ["Note: ", "Jane Roe: ", "Harbour Police: ", "Portwick: "])
def test_a_title_case_label_speaker_or_unlisted_name_before_a_colon_stays_in_the_body(opening: str) -> None:
    article = extract_at(_story(opening), None).articles[0]
    assert article.dateline is None
    assert article.paragraphs[0] == opening + S1


def test_a_users_places_list_makes_its_town_a_dateline(tmp_path: Path) -> None:
    path = tmp_path / "towns.toml"
    path.write_text('[places]\nnames = ["Portwick"]\n', encoding="utf-8")
    rules = newsclean.load_rules(path)
    article = newsclean.extract(_story("Portwick: "), rules=rules).articles[0]
    assert article.dateline is not None
    assert article.dateline.location == "Portwick"
    assert article.paragraphs[0] == S1
