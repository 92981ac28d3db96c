"""Shapes of fresh open-web pages, round 12 (issue 18), each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a
near miss of the same look left alone.
"""

from __future__ import annotations

import pytest
from stories import S1, S2, S3, S4, T1, T2, T3, extract_at

LISTING_URL = "https://coastradio.example/category/local"

# --- a card's link label with its arrow, glued to the next headline ---------------------------


def test_a_link_label_with_its_arrow_glued_before_a_headline_is_cut() -> None:
    for label in ("Read More »", "Read more › ", "Continue reading →"):
        text = f"{T1}\n{S1}\n{label}{T2}\n{S2}\n{label}{T3}\n{S3}\n"
        page = extract_at(text, LISTING_URL)
        assert [a.title for a in page.articles] == [T1, T2, T3], label
        assert [r.text.strip() for r in page.removed if r.rule == "layout.glued-link-label"] == [label.strip()] * 2


def test_a_headline_with_an_arrow_before_a_small_letter_stays_whole() -> None:
    # near miss: after the arrow the words go on in small letters, no headline glued there
    titles = ["Read more » the library's summer list of new books", T2, T3]
    text = "".join(f"{t}\n{s}\n\n" for t, s in zip(titles, (S1, S2, S3), strict=True))
    assert [a.title for a in extract_at(text, LISTING_URL).articles] == titles


# --- Hindi headlines over teasers ending in the Devanagari full stop ---------------------------

HINDI = [
    ("नगर परिषद ने नदी किनारे के पार्क का नया बजट मंजूर किया", "परिषद ने सोमवार को पार्क के रास्तों और रोशनी के लिए पैसे तय किए।"),
    ("घाटी के कस्बों में तूफान से हजारों घरों की बिजली गुल", "रात भर चले तूफान के बाद बिजली कंपनी ने मरम्मत का काम शुरू किया।"),
    ("पूर्वी घाट की बेकरी को क्षेत्रीय पुरस्कार मिला", "निर्णायकों ने मेले के आखिरी दिन बेकरी की रोटी को सबसे अच्छा बताया।"),
]


def test_hindi_headlines_over_teasers_are_entries() -> None:
    text = "".join(f"{t}\n{s}\n\n" for t, s in HINDI)
    page = extract_at(text, LISTING_URL)
    assert [(a.title, a.body) for a in page.articles] == HINDI


def test_a_hindi_story_keeps_its_paragraphs() -> None:
    # near miss: short Hindi sentences ending in "।" under one headline are that story's paragraphs
    (title, s1), (_, s2), (_, s3) = HINDI
    page = extract_at(f"{title}\n\n{s1}\n\n{s2}\n\n{s3}\n", None)
    (a,) = page.articles
    assert a.title == title
    assert a.body == f"{s1}\n\n{s2}\n\n{s3}"


# --- a date archive's heading over its entries --------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    ["Day: June 9, 2025", "Archive for June 9th, 2025", "Daily Archives: June 9, 2025", "Month: June 2025"],
)
@pytest.mark.parametrize("url", [None, "https://coastradio.example/2025/06/09/"])
def test_a_date_archive_heading_is_the_pages_and_its_entries_a_listing(heading: str, url: str | None) -> None:
    text = f"{heading}\n\n{T1}\n\n{S1}\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n"
    page = extract_at(text, url)
    assert page.kind == "listing"
    assert [(a.title, a.published_text, a.category, a.body) for a in page.articles] == [
        (T1, None, None, S1), (T2, None, None, S2), (T3, None, None, S3)
    ]  # fmt: skip
    assert [r.text for r in page.removed if r.rule == "layout.date-archive-heading"] == [heading]


@pytest.mark.parametrize("line", ["Day: 3 of the festival", "Day 3: the crowds came back", "Year: 2024"])
def test_a_days_label_without_a_date_stays_in_the_story(line: str) -> None:
    # near miss: a label of the same words over no month and year is the story's own line
    (a,) = extract_at(f"{T1}\n\n{S1}\n\n{line}\n\n{S4}\n", None).articles
    assert a.title == T1
    assert line in a.body


def test_a_stamp_label_over_a_story_stays_its_time() -> None:
    # near miss: "Posted on:" labels the story's own time
    (a,) = extract_at(f"{T1}\n\nPosted on: June 9, 2025\n\n{S1}\n\n{S4}\n", None).articles
    assert a.published_text == "June 9, 2025"


# --- a stamp line closed by its writer: "Posted on <date> by <name>" ---------------------------


@pytest.mark.parametrize(
    ("line", "time"),
    [
        ("Posted on June 9, 2025 by Jane Roe", "June 9, 2025"),
        ("Posted on: June 9th, 2025 by Jane Roe", "June 9th, 2025"),
        ("Published June 9, 2025 at 10:15 am by Jane Roe", "June 9, 2025 at 10:15 am"),
    ],
)
def test_a_stamp_closed_by_its_writer_gives_time_and_byline(line: str, time: str) -> None:
    (a,) = extract_at(f"{T1}\n\n{line}\n\n{S1}\n\n{S4}\n", None).articles
    assert (a.published_text, a.byline, a.outlet) == (time, ["Jane Roe"], None)
    assert a.body == f"{S1}\n\n{S4}"
    page = extract_at(f"{T1}\n{line}\n{S1}\n\n{T2}\n{line}\n{S2}\n\n{T3}\n{line}\n{S3}\n", LISTING_URL)
    assert [(a.published_text, a.byline, a.subtitle) for a in page.articles] == [(time, ["Jane Roe"], None)] * 3


def test_a_stamp_closed_by_words_that_are_no_name_stays() -> None:
    # near miss: "by the river" is no writer, the line stays the story's
    line = "Posted on June 9, 2025 by the river"
    (a,) = extract_at(f"{T1}\n\n{line}\n\n{S1}\n\n{S4}\n", None).articles
    assert a.byline == []
    assert a.body.startswith(line)


# --- a WordPress entry footer under each teaser: "Posted in X | Tagged Y | Leave a comment" ----


@pytest.mark.parametrize(
    "footer",
    ["Posted in Local News | Tagged ferry, harbour | Leave a comment", "Posted in Local News, Politics | 3 Comments"],
)
def test_an_entry_footer_is_chrome_and_no_title(footer: str) -> None:
    page = extract_at(f"{T1}\n{S1}\n{footer}\n\n{T2}\n{S2}\n{footer}\n\n{T3}\n{S3}\n{footer}\n", LISTING_URL)
    assert [(a.title, a.body) for a in page.articles] == [(T1, S1), (T2, S2), (T3, S3)]
    assert [r.text for r in page.removed if r.rule == "web.tags"] == [footer] * 3


@pytest.mark.parametrize("title", ["Posted in Paris: a diplomat's memoir", "Posted in Paris | a diplomat's memoir"])
def test_a_headline_opening_with_posted_in_stays(title: str) -> None:
    # near miss: no "Tagged" or comment piece after the bar, a headline
    (a,) = extract_at(f"{title}\n\n{S1}\n\n{S4}\n", None).articles
    assert a.title == title


# --- a WordPress theme's "This entry was posted in ..." footer closing a story ------------------


@pytest.mark.parametrize(
    ("footer", "fields"),
    [
        ("This entry was posted in Local News and tagged ferry, harbour. Bookmark the permalink.",
         ("Local News", ["ferry", "harbour"], None, [])),
        ("This entry was posted in Local News on June 9, 2025 by Jane Roe.", ("Local News", [], "June 9, 2025", ["Jane Roe"])),
        ("This entry was posted in Local News, Politics. Bookmark the permalink.", ("Local News", [], None, [])),
    ],
)  # fmt: skip
def test_an_entry_footer_fills_the_fields_and_leaves_the_body(footer: str, fields: tuple[object, ...]) -> None:
    page = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\n{footer}\n", None)
    (a,) = page.articles
    assert (a.category, a.tags, a.published_text, a.byline) == fields
    assert a.body == f"{S1}\n\n{S4}"
    assert [r.rule for r in page.removed] == ["heuristic.entry-footer"]


def test_a_sentence_opening_with_the_same_words_stays() -> None:
    # near miss: no "in <category>" and no date after "posted": the story's own sentence
    line = "This entry was posted by a reader who asked not to be named."
    (a,) = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\n{line}\n", None).articles
    assert a.body.endswith(line)
    assert a.byline == []


# --- "By <writer> on <date> in <category>" over a post ------------------------------------------


@pytest.mark.parametrize(
    "line", ["By Jane Roe on June 9, 2025 in Local News", "Posted by Jane Roe on June 9, 2025 in Local News, Politics"]
)
def test_a_writer_stamp_and_category_line_fills_three_fields(line: str) -> None:
    (a,) = extract_at(f"{T1}\n\n{line}\n\n{S1}\n\n{S4}\n", None).articles
    assert (a.byline, a.published_text, a.category) == (["Jane Roe"], "June 9, 2025", "Local News")
    assert a.body == f"{S1}\n\n{S4}"


def test_a_listings_writer_stamp_and_category_lines() -> None:
    line = "By Jane Roe on June 9, 2025 in Local News"
    page = extract_at(f"{T1}\n{line}\n{S1}\n\n{T2}\n{line}\n{S2}\n\n{T3}\n{line}\n{S3}\n", LISTING_URL)
    assert [(a.byline, a.published_text, a.category) for a in page.articles] == [
        (["Jane Roe"], "June 9, 2025", "Local News")
    ] * 3


def test_a_place_after_in_is_no_category() -> None:
    # near miss: "in the rain" is no category's name, the line is no header of three fields
    (a,) = extract_at(f"{T1}\n\nBy Jane Roe on June 9, 2025 in the rain\n\n{S1}\n\n{S4}\n", None).articles
    assert a.category is None
