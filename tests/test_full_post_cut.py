"""A lone last line cut off by the page's end: the last story's next paragraph on a page of
full posts, the next headline on a page of teasers (``layout.entries._full_posts``).

Every story, town and outlet here is invented.
"""

from __future__ import annotations

from datetime import UTC, datetime

import newsclean
from newsclean import Page

WHEN = datetime(2025, 6, 10, 12, tzinfo=UTC)
ARCHIVE = "https://kessel-news.example/blog/page/4/"

POST_1 = (
    "Harbour board approves the new ferry pier",
    [
        "The harbour board approved plans for a second ferry pier on Tuesday evening.",
        "Board members voted six to one after a debate that lasted almost three hours.",
        "The pier will take two years to build and is expected to cost four million.",
        "Fishing crews had asked for the berth to be moved further along the quay.",
        "The board said it would publish the final drawings before the summer recess.",
    ],
)
POST_2 = (
    "Orchard growers count the cost of a late frost",
    [
        "Growers across the valley said a late frost had damaged much of the blossom.",
        "The co-operative estimated that a third of the apple crop could be lost.",
        "Some farms ran frost fans through the night but could not save every row.",
        "An insurance adviser said claims would be assessed over the coming weeks.",
        "The co-operative plans to meet the district council on Friday morning.",
    ],
)


def _post(title: str, paragraphs: list[str]) -> str:
    return "\n".join([title, "Kessel News | posted Monday, Jun 9th, 2025", *paragraphs])


def ex(text: str) -> Page:
    return newsclean.extract(text, url=ARCHIVE, fetched_at=WHEN)


def test_a_cut_last_paragraph_of_a_full_post_stays_in_that_post() -> None:
    cut = "The council will open a relief fund for the fa"
    page = ex(_post(*POST_1) + "\n" + _post(*POST_2) + "\n" + cut + "\n")
    assert [a.title for a in page.articles] == [POST_1[0], POST_2[0]]
    assert page.articles[-1].body.endswith(cut)


def test_a_cut_first_line_under_a_lone_title_is_that_posts_teaser() -> None:
    """Right under the title, after a full post: the story's opening, cut short, is its
    body (not a title of its own, and not a standfirst with nothing under it)."""
    cut = "Growers across the valley said a late frost had damaged"
    page = ex(_post(*POST_1) + f"\n{POST_2[0]}\n{cut}\n")
    assert [a.title for a in page.articles] == [POST_1[0], POST_2[0]]
    assert page.articles[-1].body == cut and page.articles[-1].subtitle is None


def test_near_miss_a_teaser_listing_keeps_its_cut_last_headline() -> None:
    """One teaser an entry (two or three paragraphs at most): the lone last line is the next
    entry's headline, cut off by the page's end."""
    entries = [
        ("Ferry fares to rise by a tenth in May", "The ferry operator said fares would rise by a tenth."),
        ("Old mill to become a public library", "The district council voted to turn the old mill into a library."),
        ("Harbour board approves the new ferry pier", "Board members voted six to one after a long debate."),
    ]
    text = "\n".join(f"{t}\n{s}" for t, s in entries) + "\nSchool choir wins the regional final in"
    page = ex(text + "\n")
    assert [a.title for a in page.articles][-1] == "School choir wins the regional final in"
    assert len(page.articles) == 4


def test_near_miss_a_run_of_titles_under_a_full_post_ends_with_a_title() -> None:
    """A lead story's related headlines: the lone last line ends that list."""
    titles = [
        "Ferry fares to rise by a tenth in May",
        "Old mill to become a public library",
        "School choir wins the regional final",
        "Night buses return to the harbour route next",
    ]
    text = _post(*POST_1) + "\n" + "\n".join(titles) + "\n"
    page = ex(text)
    assert [a.title for a in page.articles][-1] == titles[-1]
