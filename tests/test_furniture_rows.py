"""Rows of site links joined on one line (newsclean.furniture_rows), and the account links."""

from __future__ import annotations

import pytest

import newsclean
from tests.stories import S1, S2, S3, T1, T2, T3, removed

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
