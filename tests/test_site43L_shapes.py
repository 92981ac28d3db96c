"""Shapes of unseen listing pages, round 43 (site43L): how a listing's own heading, its
entries and their headers are told apart on hosts nobody tuned on.

Every title, sentence, town and name here is invented. Each test shows the shape read and a
near miss of the same words left alone.
"""

from __future__ import annotations

from stories import CARDS, S1, S2, S4, S5, T1, extract_at, removed

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


STORY = [S1, S4, S5]


def test_a_site_name_over_the_headline_and_the_writers_desk_line_is_no_story() -> None:
    """A one-word site name over the headline, and the writer's name over "Name - desk" and
    the time: one story under its headline, the site's name cut."""
    text = f"avelinpost\n{T1}\n\nMara Lind\nMara Lind - News Editor\n28.09.2025 - 14:22\n\n" + "\n\n".join(STORY)
    page = extract_at(text + "\n", None)
    [a] = page.articles
    assert (a.role, a.title, a.published_text) == ("main", T1, "28.09.2025 - 14:22")
    assert a.paragraphs == STORY
    assert removed(page, "segment.page-top-line") == ["avelinpost"]


def test_counters_over_the_outlet_and_time_line_are_no_headline() -> None:
    """A comment count and a view count over the paper's outlet-and-time line: no story's
    title, and the headline under the time line is the page's story."""
    text = f"0\n5211\nAvelin Gazette Weekly Web edition\n\n18.06.2020 22:00:00\n\n{T1}\n\n" + "\n\n".join(STORY)
    page = extract_at(text + "\n", None)
    [a] = page.articles
    assert (a.role, a.title, a.published_text) == ("main", T1, "18.06.2020 22:00:00")
    # the counters go whichever top-of-page rule reaches them first: heuristic.page-counters
    # (site43A's, the body's counters) runs before segment.page-top-line since both landed
    assert removed(page, "heuristic.page-counters") + removed(page, "segment.page-top-line") == ["0", "5211"]


def test_a_one_word_heading_over_a_paragraph_stays_the_lead_story() -> None:
    # near miss: a lead with a sentence of its own is a story, not the page's top line
    text = f"Harbour\n\n{S2}\n\n{T1}\nAvelin Gazette\n18.06.2020 22:00:00\n\n" + "\n\n".join(STORY)
    page = extract_at(text + "\n", None)
    assert [(a.role, a.title) for a in page.articles] == [("main", "Harbour"), ("related", T1)]
    assert removed(page, "segment.page-top-line") == []
