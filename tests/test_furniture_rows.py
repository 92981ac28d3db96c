"""Rows of site links joined on one line (newsclean.furniture_rows), and the account links."""

from __future__ import annotations

import pytest

import newsclean
from tests.stories import (
    DAILY8_TAIL,
    P1,
    P2,
    REPRINT_TITLE,
    REPRINT_WHEN,
    S1,
    S2,
    S3,
    T1,
    T2,
    T3,
    removed,
)

TAG = "https://coastpost.example/tag/harbour"


def listing(top: str, bottom: str) -> str:
    entries = f"{T1}\nJune 9, 2025\n{S1}\n{T2}\nJune 8, 2025\n{S2}\n{T3}\nJune 7, 2025\n{S3}\n"
    return f"{top}\n{entries}{bottom}\n"


@pytest.mark.parametrize(
    "row",
    [
        "Privacy Policy | Terms of Use | Contact Us",
        "About Us · Advertise · Sitemap",
        "Log in / Register",
        "Sign In | Subscribe",
        "Home | World | Politics | Business | Sport",
        "Home News Sport Business Opinion Culture",
    ],
)
def test_a_row_of_site_links_is_furniture_over_or_under_the_entries(row: str) -> None:
    for page in (newsclean.extract(listing(row, ""), url=TAG), newsclean.extract(listing("", row), url=TAG)):
        assert [a.title for a in page.articles] == [T1, T2, T3]
        assert all(a.outlet is None and a.category is None for a in page.articles)
        assert removed(page, "heuristic.furniture-row") == [row]


@pytest.mark.parametrize(
    "line",
    [
        "Politics | Business",  # a story's section path: two section names, no link
        "News | Politics",  # a link and one section: too short a menu to tell
        "Home Office Rejects Asylum Plan",  # a headline of capitalised words
        "Privacy Policy | Ferry fares rise",  # one part is no link
        "Home | ",  # an empty part
        "Terms of Use/Privacy Policy",  # no spaced separator
    ],
)
def test_lines_that_are_no_row_of_links_stay(line: str) -> None:
    """Near misses: every part must be a link or a section name, a separator spaced."""
    from newsclean.furniture_rows import furniture_row

    links = {"privacy policy", "terms of use", "home", "news"}
    sections = {"politics", "business"}
    assert not furniture_row(line, lambda p: p.lower() in links, lambda p: p.lower() in sections)


def test_the_account_links_alone_on_their_lines_are_furniture() -> None:
    page = newsclean.extract(listing("Sign In\nRegister\nSearch this site", "Log Out"), url=TAG)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert removed(page, "web.site-links") == ["Sign In", "Register", "Search this site", "Log Out"]


# --- a closing heading above the page's first line (segment.without_top_closers) -----------

DAILY8 = (
    f"logo\n{REPRINT_TITLE}\n\n{REPRINT_TITLE}\n\nCoastal Herald2 days ago\n\n{P1}\n\n{P2}\n\n{DAILY8_TAIL}"
    f"Related Articles\n\nMarket hall reopens after a year of repairs\n\nHarbour Ledger3 days ago\n\n"
    f"Traders returned to the market hall on Monday morning.\n"
)


def test_a_closing_heading_over_the_pages_first_line_closes_no_story() -> None:
    page = newsclean.extract("Trending Now\n\n" + DAILY8, fetched_at=REPRINT_WHEN)
    assert page.main is not None and page.main.title == REPRINT_TITLE
    assert page.main.body == f"{P1}\n\n{P2}"
    assert [a.role for a in page.articles] == ["main", "related"]


def test_the_same_heading_after_a_story_still_opens_the_list_of_others() -> None:
    """Near miss: under a story, "Trending Now" over headed stories is a related list."""
    story = f"{T1}\nJune 9, 2025\n{S1}\n\nTrending Now\n\n{T2}\nJune 8, 2025\n{S2}\n{T3}\nJune 7, 2025\n{S3}\n"
    page = newsclean.extract(story, url="https://coastpost.example/2025/06/09/harbour-council-approves-plan")
    assert [(a.role, a.title) for a in page.articles] == [("main", T1), ("related", T2), ("related", T3)]


# --- page links on any page (web.pagination) ---------------------------------------------


@pytest.mark.parametrize("row", ["« Previous 1 2 3 4 Next »", "1 2 3 … 9 Next »", "Page 2 of 14"])
def test_page_links_under_an_aggregators_related_list_are_chrome(row: str) -> None:
    page = newsclean.extract(DAILY8 + f"\n{row}\n", fetched_at=REPRINT_WHEN)
    assert removed(page, "web.pagination") == [row]
    assert all(row not in a.body for a in page.articles)


def test_a_web_storys_slide_numbers_inside_the_reprint_are_chrome() -> None:
    """A web story reprinted slide by slide: each slide's number ("Page 2" ... "Page 9") on a
    line of its own between the slides' text (issue 19). The text stays, in order."""
    slides = f"{P1}\n\nPage 2\n\n{P2}\n\nPage 3\n\nThe pier reopens in the spring, the council said.\n\n"
    text = DAILY8.replace(f"{P1}\n\n{P2}\n\n", slides)
    page = newsclean.extract(text, fetched_at=REPRINT_WHEN)
    assert removed(page, "web.pagination") == ["Page 2", "Page 3"]
    assert page.main is not None
    assert page.main.body == f"{P1}\n\n{P2}\n\nThe pier reopens in the spring, the council said."


@pytest.mark.parametrize(
    "line", ["Crews worked on shifts 2 3 and 4 next to the pier", "Page 2 of the report", "Page 2 was torn out."]
)
def test_lines_with_numbers_that_are_no_page_links_stay_for_the_rule(line: str) -> None:
    """Near misses: the rule reads the whole line as page links only."""
    page = newsclean.extract(DAILY8 + f"\n{line}\n", fetched_at=REPRINT_WHEN)
    assert removed(page, "web.pagination") == []


def test_a_closing_heading_under_the_pages_last_line_heads_nothing() -> None:
    """A dated teaser closed by its wire's name, then a sign-up heading with nothing under
    it: the teaser stays the text it is, not a headline over an empty story."""
    teaser = "The district council voted on Friday to turn the old mill into a library for the town."
    page = newsclean.extract(f"Aug 03\n{teaser} (KNA)\n\nSign up for our newsletter\n")
    assert [(a.title, a.body) for a in page.articles] == [(None, teaser)]
    assert removed(page, "web.story-end") == ["Sign up for our newsletter"]


# --- header widgets: weather with its sky or city, edition and language switches -----------

STORY = (
    "Harbour council approves new ferry plan\n\nThe council approved the plan on Tuesday, officials said.\n\n"
    "{line}\n\nIt will cost two million, the mayor said on Monday.\n"
)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("24°C Partly cloudy", "web.weather"),
        ("9.99°C Kesselburg", "web.weather"),
        ("Edition: International", "web.site-links"),
        ("UK edition", "web.site-links"),
        ("Search for:", "web.site-links"),
        ("EN | FR | ES", "heuristic.furniture-row"),
        ("Facebook | Twitter | Instagram | YouTube", "heuristic.furniture-row"),
    ],
)
def test_header_widgets_are_chrome(line: str, rule: str) -> None:
    page = newsclean.extract(STORY.format(line=line))
    assert removed(page, rule) == [line]
    assert line not in page.articles[0].body


@pytest.mark.parametrize(
    "line", ["40°C Heat Grips Kesselburg As Schools Close", "Edition: the mayor's own words", "Instagram | Ferry fares"]
)
def test_lines_that_only_open_like_a_widget_stay(line: str) -> None:
    """Near misses: a headline opening with a temperature, a label with other words, a row
    with a part that is no link."""
    page = newsclean.extract(STORY.format(line=line))
    assert page.removed == [] or all(r.text != line for r in page.removed)


def test_rows_fit_the_line_memo() -> None:
    """RuleSet.line_rule only looks for rows on memoised lines; a row longer than the memo's
    limit would silently never be found."""
    from newsclean.memo import MEMO_MAX_CHARS
    from newsclean.thresholds import FURNITURE_ROW_MAX_CHARS

    assert FURNITURE_ROW_MAX_CHARS <= MEMO_MAX_CHARS
