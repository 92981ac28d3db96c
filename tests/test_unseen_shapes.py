"""Shapes found on news sites the corpus never showed, each on a page written for it.

Every story, town, outlet and name here is invented. Each test shows the shape read right
and a near miss of the same look left alone.
"""

from __future__ import annotations

from datetime import UTC, datetime

import newsclean
from newsclean import Page
from newsclean.layout.metaline import parse_meta
from newsclean.rules import default_rules

WHEN = datetime(2025, 6, 10, 12, tzinfo=UTC)
STORY_URL = "https://kessel-news.example/2025/06/09/ferry-fares-to-rise-by-a-tenth-in-may"
S1 = "The ferry operator said on Tuesday that fares would rise by a tenth from May."
S2 = "Commuters who cross twice a day will pay about forty crowns more each month, the operator said."
S3 = "The district council voted on Friday to turn the old mill into a public library."


def ex(text: str, url: str | None = STORY_URL) -> Page:
    return newsclean.extract(text, url=url, fetched_at=WHEN)


# --- the scraper's stamp before the stored text ------------------------------------------


def test_scrape_stamp_glued_before_a_section_line_is_cut() -> None:
    text = f" date 2025-06-09 Nation & World\n\nJune 9, 2025 9:04 PM\n\nFerry fares to rise by a tenth in May\n\n{S1}\n\n{S2}\n"
    page = ex(text)
    (a,) = page.articles
    assert a.title == "Ferry fares to rise by a tenth in May"
    assert a.category == "Nation & World" and a.outlet is None
    assert any(r.rule == "heuristic.scrape-stamp" and r.text == "date 2025-06-09" for r in page.removed)


def test_scrape_stamp_glued_before_the_first_sentence_is_cut() -> None:
    (a,) = ex(f" date 2025-06-09 {S1}\n\n{S2}\n\n{S3}\n").articles
    assert "2025-06-09" not in f"{a.title} {a.body}" and "The ferry operator said" in f"{a.title} {a.body}"


def test_a_date_inside_the_text_is_no_scrape_stamp() -> None:
    # near miss: the same words further down the page, and a capitalised "Date" label
    text = f"{S1}\n\nThe hearing date 2025-07-01 was set by the court.\n"
    assert "date 2025-07-01" in ex(text).articles[0].body
    page = ex(f"Date 2025-06-09 Kessel harbour\n\n{S1}\n")
    assert not any(r.rule == "heuristic.scrape-stamp" for r in page.removed)


# --- a source line names an outlet, even one that reads like a name ----------------------


def test_provided_by_names_the_outlet_not_a_writer() -> None:
    fields = parse_meta("News provided byMarlow Kessel", default_rules())
    assert fields.outlet == "Marlow Kessel" and fields.byline == []


def test_a_byline_line_still_names_a_writer() -> None:
    # near miss: "Written by" names the story's writer
    fields = parse_meta("Written by Jane Roe", default_rules())
    assert fields.byline == ["Jane Roe"] and fields.outlet is None


# --- sections joined into one heading ----------------------------------------------------


def test_joined_sections_are_a_category() -> None:
    rules = default_rules()
    assert rules.is_category("Nation & World") and rules.is_category("Arts and Culture")


def test_joined_words_that_are_no_sections_are_no_category() -> None:
    # near miss: a name joined by "&" or "and" whose parts name no section
    rules = default_rules()
    assert not rules.is_category("Salt and Pepper") and not rules.is_category("Harbour & Sons")
