"""Page-kind shapes found on unseen sites (openweb43), each on a page written for it.

Every story, town and site here is invented.
"""

from __future__ import annotations

from datetime import UTC, datetime

import newsclean
from newsclean.layout.kind import url_kind

WHEN = datetime(2025, 6, 10, 12, tzinfo=UTC)

# A story's AMP page: its two paragraphs, then the site's other stories as cut teasers.
AMP_STORY = "\n".join(
    [
        "The harbour board voted on Tuesday to close the old ferry pier for a year of repairs, the chair said.",
        "Boats will use the north quay until the work ends, and fares stay as they are, she added.",
        "The orchard co-operative said its growers would test frost fans on the upper slopes this…",
        "A council report on the old mill library asks for a second reading room and a café…",
        "Kessel's youth choir will sing at the spring fair for the first time since the flood…",
        "The district bus company will add a late service on Fridays from the station to the…",
    ]
)


def test_kind_a_story_slug_before_an_amp_endpoint_is_no_section_front() -> None:
    """editoria.tv, geeksforgeeks.org: "/<story-slug>/amp" is the story's AMP page, not a
    section's front ("/news/world/"): the story stays one article with its related teasers."""
    url = "https://kessel-news.example/harbour-board-votes-to-close-the-old-ferry-pier/amp"
    assert url_kind(url) != "listing"
    page = newsclean.extract(AMP_STORY, url=url, fetched_at=WHEN)
    assert page.kind == "article"
    assert page.articles[0].role == "main" and page.articles[0].body.startswith("The harbour board voted")


def test_kind_near_miss_a_section_path_of_short_names_stays_a_listing() -> None:
    """A section's name runs to three words ("latest-health-news"): such a path is a front."""
    assert url_kind("https://kessel-news.example/news/world/") == "listing"
    assert url_kind("https://kessel-news.example/harbour-ferry-news") == "listing"
    assert url_kind("https://kessel-news.example/local-news/harbour-and-ferry") == "listing"
