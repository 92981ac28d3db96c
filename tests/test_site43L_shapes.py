"""Shapes of unseen listing pages, round 43 (site43L): how a listing's own heading, its
entries and their headers are told apart on hosts nobody tuned on.

Every title, sentence, town and name here is invented. Each test shows the shape read and a
near miss of the same words left alone.
"""

from __future__ import annotations

from stories import CARDS, extract_at, removed

SECTION_URL = "https://avelin-news.example/harbour-affairs/page/12"


def _cards() -> str:
    return "\n\n".join(f"{title}\n\n{teaser}" for title, teaser in CARDS)


def test_a_category_label_over_the_section_name_is_no_category() -> None:
    """ "CATEGORY" alone over the section's name (a news theme's category page): the name is
    every entry's category, the label the page's furniture."""
    page = extract_at(f"CATEGORY\n\nHarbour Affairs\n\n{_cards()}\n", SECTION_URL)
    assert page.kind == "listing"
    assert [a.title for a in page.articles] == [t for t, _ in CARDS]
    assert {a.category for a in page.articles} == {"Harbour Affairs"}
    assert "CATEGORY" in removed(page, "layout.page-furniture")


def test_a_section_name_alone_over_the_entries_stays_their_category() -> None:
    # near miss: the section's name with no label over it is the heading, as before
    page = extract_at(f"Harbour Affairs\n\n{_cards()}\n", SECTION_URL)
    assert {a.category for a in page.articles} == {"Harbour Affairs"}
