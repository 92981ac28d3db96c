"""Entry header lines of other templates: writers' names of every shape beside the date."""

from __future__ import annotations

import pytest

import newsclean
from tests.stories import S1, S2, S3, T1, T2, T3

TAG = "https://coastpost.example/tag/harbour"


def headed(header: str) -> newsclean.Page:
    text = "".join(f"{t}\n{header}\n{s}\n" for t, s in ((T1, S1), (T2, S2), (T3, S3)))
    return newsclean.extract(text, url=TAG)


@pytest.mark.parametrize(
    "name",
    ["D'Arcy McGrath", "Seán Ó Briain", "A.B. Okafor", "J. K. Morvant", "Mary-Kate O'Neill", "Tomasz Wiśniewski"],
)
def test_a_writer_of_any_names_shape_before_the_date_is_the_byline(name: str) -> None:
    page = headed(f"{name} — June 9, 2025")
    assert [(a.byline, a.outlet, a.published_text) for a in page.articles] == [([name], None, "June 9, 2025")] * 3


@pytest.mark.parametrize("outlet", ["Coast Post", "The Harbour Ledger", "Valley Gazette"])
def test_an_outlets_name_before_the_date_stays_the_outlet(outlet: str) -> None:
    """Near miss: a name with a paper's word, or "The ...", is the outlet."""
    page = headed(f"{outlet} — June 9, 2025")
    assert [(a.byline, a.outlet) for a in page.articles] == [([], outlet)] * 3


@pytest.mark.parametrize(
    ("header", "byline"),
    [
        ("Published Aug 06", []),
        ("Updated 6 Aug", []),
        ("Aug 06 · 4 min read", []),
        ("Aug 06 | 3 Comments", []),
        ("By Jane Roe | Aug 06", ["Jane Roe"]),
        ("Posted on Aug 06 by Jane Roe", ["Jane Roe"]),
    ],
)
def test_a_date_without_its_year_beside_a_label_a_writer_or_a_counter(header: str, byline: list[str]) -> None:
    page = headed(header)
    when = "6 Aug" if "6 Aug" in header else "Aug 06"
    assert [(a.title, a.published_text, a.byline, a.category, a.outlet) for a in page.articles] == [
        (t, when, byline, None, None) for t in (T1, T2, T3)
    ]


@pytest.mark.parametrize(
    "line",
    [
        "The council met on Aug 06 by the old pier.",
        "Aug 06 was the day the council met and the mayor spoke about the pier for an hour",
        "Ferries return in Aug 06 timetable",
    ],
)
def test_a_date_without_its_year_inside_a_sentence_is_no_header(line: str) -> None:
    """Near misses: a sentence's stop, too many words, a date that is no piece of its own."""
    from newsclean.layout.shapes import meta_time

    assert meta_time(line) is None


@pytest.mark.parametrize("paper", ["Jornal da Serra", "Diario del Valle", "Harian Pagi"])
def test_a_papers_name_in_any_language_before_every_title_is_the_outlet(paper: str) -> None:
    text = "".join(f"{paper} | {t}\nJune 9, 2025\n{s}\n" for t, s in ((T1, S1), (T2, S2), (T3, S3)))
    page = newsclean.extract(text, url=TAG)
    assert [(a.title, a.outlet, a.category) for a in page.articles] == [(t, paper, None) for t in (T1, T2, T3)]


def test_a_sections_name_before_every_title_stays_the_category() -> None:
    """Near miss: a prefix without a paper's word is the section."""
    text = "".join(f"Harbour Life | {t}\nJune 9, 2025\n{s}\n" for t, s in ((T1, S1), (T2, S2), (T3, S3)))
    page = newsclean.extract(text, url=TAG)
    assert [(a.outlet, a.category) for a in page.articles] == [(None, "Harbour Life")] * 3
