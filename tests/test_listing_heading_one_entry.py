"""A page that shows one story under a heading naming a tag's or a search's listing ("Tag
Results for X (115 articles)", "Search results for X") is that listing with one entry, and
the heading is neither the story's title nor its text, with no URL to say so. Pages from
``tests.stories`` (sentences written for the tests)."""

from __future__ import annotations

import pytest

from tests.stories import S1, S4, T1, extract_at, removed


@pytest.mark.parametrize(
    "heading", ['Tag Results for "Harbour" (115 articles)', "Search results for harbour", "Tag Archives: Harbour"]
)
def test_one_story_under_a_tag_or_search_heading_is_a_listing_entry(heading: str) -> None:
    page = extract_at(f"{heading}\n\n{T1}\n\n{S1}\n\n{S4}\n", None)
    (a,) = page.articles
    assert page.kind == "listing"
    assert a.role == "listing"
    assert a.title == T1
    assert removed(page, "layout.story-listing-heading") == [heading]


@pytest.mark.parametrize("title", ["Latest news on the harbour ferry plan", "Top stories of the harbour year"])
def test_a_headline_worded_as_a_widget_heading_stays_the_storys_title(title: str) -> None:
    # near miss: only a tag's, topic's or search's heading names the page a listing
    page = extract_at(f"{title}\n\n{S1}\n\n{S4}\n", None)
    assert page.kind == "article"
    assert page.articles[0].title == title
