"""Shapes of fresh open-web article pages, round 14 (issues 18 and 19), each on a page
written for it.

Every story, town and name here is invented. Each test shows the shape read right and a
near miss of the same look left alone.
"""

from __future__ import annotations

import pytest
from stories import S1, S2, S4, S5, T1, extract_at

from newsclean import Page

BLOG_URL = "https://harbournotes.example/2025/06/harbour-council-approves-new-ferry-terminal-plan.html"


def _removed(page: Page, rule: str) -> list[str]:
    return [r.text for r in page.removed if r.rule == rule]


# --- an autoposter's "from <Outlet> <link>" note closing a copied story ---------------------


def test_from_link_line_names_the_outlet() -> None:
    note = "from Coast Daily Times https://coastdaily.example/news/2025/06/09/ferry-terminal-plan?src=feed"
    page = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\n{note}\n\nNo comments:\n\nPost a Comment\n", BLOG_URL)
    art = page.articles[0]
    assert art.outlet == "Coast Daily Times"
    assert art.paragraphs == [S1, S4]
    assert "from" in _removed(page, "credit.from-link-line")
    # the page names its outlet already: the note is only chrome
    page = extract_at(f"{T1}\n\nSource: Harbour Notes\n\n{S1}\n\n{S4}\n\n{note}\n", BLOG_URL)
    assert all("coastdaily.example" not in p for p in page.articles[0].paragraphs)


def test_from_link_near_miss_sentence_is_kept() -> None:
    # a closing sentence that opens with "from" and cites a link goes on after it
    kept = "from the council's own minutes https://council.example/minutes shows the vote was close."
    page = extract_at(f"{T1}\n\n{S1}\n\n{S2}\n\n{kept}\n", BLOG_URL)
    assert page.articles[0].paragraphs[-1] == kept
    assert page.articles[0].outlet != "the council's own minutes"
    assert not _removed(page, "credit.from-link-line")


def test_from_link_line_with_section_and_service_tag() -> None:
    # the feed's title is an agency's, with its section; the service's tag under the note
    note = "from Reuters: World Desk https://feeds.example/r/2Ab9x"
    page = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\n{note}\nvia IFTTT\n\n0 comments:\n", BLOG_URL)
    art = page.articles[0]
    assert art.credits == ["Reuters"]
    assert art.paragraphs == [S1, S4]
    assert "via IFTTT" in _removed(page, "credit.from-link-line")
    # a "via" line with no autoposter's note above it is left to be read
    kept = "via Harbour Road, where the ferry queue began at dawn"
    page = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\n{kept}\n", BLOG_URL)
    assert not _removed(page, "credit.from-link-line")


# --- Blogger's comment-box heading with a space before its colon ------------------------------


def test_no_comments_with_spaced_colon_is_chrome() -> None:
    page = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\nNo comments :\n\nPost a Comment\n", BLOG_URL)
    assert page.articles[0].paragraphs == [S1, S4]
    assert "No comments :" in _removed(page, "web.comment-box")
    # a sentence that only starts with the words stays
    kept = "No comments : the mayor declined to speak to reporters after the vote on Tuesday."
    page = extract_at(f"{T1}\n\n{S1}\n\n{kept}\n\n{S4}\n", BLOG_URL)
    assert kept in page.articles[0].paragraphs


# --- a story's closing heading over other stories' bare headlines: a related list ----------

STORY_URL = "https://coastdaily.example/news/harbour-council-approves-new-ferry-terminal-plan-1234"
OTHERS = [
    "Fishing fleet returns early as storm nears the northern coast",
    "Library extends weekend hours for students before exams",
    "New bus route links the airport with the old town centre.",
    "Rail workers agree pay deal after three days of talks",
]


def test_bare_headline_list_after_closing_heading_is_related() -> None:
    for heading in ("ALSO READ", "Related Articles", "Most Read"):
        text = f"{T1}\n\n{S1}\n\n{S4}\n\n{S5}\n\n{heading}\n" + "".join(f"{t}\n" for t in OTHERS)
        page = extract_at(text, STORY_URL)
        assert page.kind == "article"
        main, *related = page.articles
        assert main.role == "main" and main.title == T1
        assert main.paragraphs == [S1, S4, S5]
        assert [a.title for a in related] == OTHERS
        assert all(a.role == "related" and not a.paragraphs for a in related)
        assert heading in [r.text for r in page.removed]


def test_short_lines_after_closing_heading_near_miss() -> None:
    # two short lines only: not a list of others (a sign-off), left to the body pass
    text = f"{T1}\n\n{S1}\n\n{S4}\n\nALSO READ\n{OTHERS[0]}\n{OTHERS[1]}\n"
    page = extract_at(text, STORY_URL)
    assert [a.role for a in page.articles] == ["main"]
    # headlines followed by more of the story's paragraphs: no related list at the page's end
    text = f"{T1}\n\n{S1}\n\nALSO READ\n" + "".join(f"{t}\n" for t in OTHERS) + f"\n{S4}\n\n{S5}\n"
    page = extract_at(text, STORY_URL)
    assert all(a.role != "related" for a in page.articles)


# --- a scroll button's label closing the page ---------------------------------------------------


def test_scroll_to_top_label_is_chrome() -> None:
    for label in ("scroll to top", "Scroll To Top"):
        page = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\n{label}\n", STORY_URL)
        assert page.articles[0].paragraphs == [S1, S4]
        assert label in _removed(page, "web.widget")
    # a sentence that opens with the words is the story's
    kept = "Scroll to top of the council's page and the new timetable is listed under ferries."
    page = extract_at(f"{T1}\n\n{S1}\n\n{kept}\n\n{S4}\n", STORY_URL)
    assert kept in page.articles[0].paragraphs


def test_the_amp_plugins_exit_link_closing_the_page_is_chrome() -> None:
    page = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\nExit mobile version\n", STORY_URL)
    assert page.articles[0].paragraphs == [S1, S4]
    assert "Exit mobile version" in _removed(page, "web.widget")
    # a sentence that opens with the words is the story's
    kept = "Exit mobile version numbers fell after the update, the council said."
    page = extract_at(f"{T1}\n\n{S1}\n\n{kept}\n\n{S4}\n", STORY_URL)
    assert kept in page.articles[0].paragraphs


@pytest.mark.parametrize("label", ["Toggle navigation", "Menu Close", "Open Menu", "Close menu"])
def test_a_menu_buttons_label_over_the_story_is_no_title(label: str) -> None:
    page = extract_at(f"{label}\n\n{T1}\n\n{S1}\n\n{S4}\n", STORY_URL)
    assert page.articles[0].title == T1
    assert label in _removed(page, "web.site-links")


def test_a_headline_about_a_menu_stays_the_title() -> None:
    """Near miss: a headline holding the words is a headline."""
    title = "School canteens close the menu of fried food for good"
    page = extract_at(f"{title}\n\n{S1}\n\n{S4}\n", STORY_URL)
    assert page.articles[0].title == title
