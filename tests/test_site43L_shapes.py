"""Shapes of unseen listing pages, round 43 (site43L): how a listing's own heading, its
entries and their headers are told apart on hosts nobody tuned on.

Every title, sentence, town and name here is invented. Each test shows the shape read and a
near miss of the same words left alone.
"""

from __future__ import annotations

from stories import CARDS, extract_at, removed

from newsclean.layout.kind import url_kind

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


TAG_URL = "https://avelin-news.example/tag/harbour"
STOPPED = [  # titles the site closes with a full stop, each over its teaser cut with "..."
    (
        "Harbour board approves a second ferry terminal.",
        "The Avelin harbour board on Sunday approved a second ferry terminal on the north quay after...",
    ),
    (
        "Flooded rail line reopens after three weeks.",
        "Trains returned to the Brennock valley line on Monday after crews rebuilt two washed-out...",
    ),
    (
        "Council delays its vote on city parking fees.",
        "Harlow city council put off a vote on higher parking fees until March after shop owners...",
    ),
]


def test_titles_closed_by_a_full_stop_over_cut_teasers_are_titles() -> None:
    """Each line over a teaser cut with "..." is its entry's title, full stop and all."""
    text = "\n\n".join(f"{t}\n\n{s}" for t, s in STOPPED)
    page = extract_at(f"Tag: Harbour\n\n{text}\n", TAG_URL)
    assert [a.title for a in page.articles] == [t for t, _ in STOPPED]
    assert [a.body for a in page.articles] == [s for _, s in STOPPED]


def test_a_feed_of_cut_teasers_keeps_one_entry_a_line() -> None:
    # near miss: with no uncut line over them, cut teasers are one-line entries, no titles
    text = "\n\n".join(s for _, s in STOPPED)
    page = extract_at(f"Tag: Harbour\n\n{text}\n", TAG_URL)
    assert [a.title for a in page.articles] == [None, None, None]
    assert [a.body for a in page.articles] == [s for _, s in STOPPED]


def test_a_blogger_archive_address_names_a_listing() -> None:
    """Blogger's archive of a day or a month ("/2021_02_21_archive.html") is a listing even
    when it shows one post: its entry is a listing entry, no page's own story."""
    title, teaser = CARDS[0]
    page = extract_at(f"{title}\n\n{teaser}\n\n{CARDS[1][1]}\n", "https://avelin.blogspot.com/2021_02_21_archive.html")
    assert page.kind == "listing"
    assert [a.role for a in page.articles] == ["listing"]
    assert url_kind("https://avelin.blogspot.com/2019_11_archive.html") == "listing"


def test_a_blogger_posts_address_stays_a_story() -> None:
    # near miss: a post's own address, dated in its path, is a story's
    title, teaser = CARDS[0]
    page = extract_at(
        f"{title}\n\n{teaser}\n\n{CARDS[1][1]}\n", "https://avelin.blogspot.com/2021/02/harbour-board-approves.html"
    )
    assert page.kind == "article"
    assert [a.role for a in page.articles] == ["main"]
