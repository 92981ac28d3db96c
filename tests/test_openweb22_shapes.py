"""Shapes of unseen portal pages, round 22 (issue 18): news-search mirrors, feed readers and
aggregators that republish other outlets' feeds, each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a near
miss of the same look left alone.
"""

from __future__ import annotations

from stories import extract_at

SEARCH_URL = "https://mirror.example/news/search?q=port+avelin&form=YFNR"


# --- a news-search page showing one result: its snippet line, cut with an ellipsis ------------

SNIPPET = (
    "The council of Port Avelin said on Tuesday that the old ferry terminal would reopen for the "
    "summer crossings after repairs to the east quay that took longer than ..."
)


def test_a_search_pages_only_snippet_is_its_entrys_teaser() -> None:
    for text in (SNIPPET, f"News\n\n{SNIPPET}"):
        page = extract_at(text, SEARCH_URL)
        assert page.kind == "listing"
        assert len(page.articles) == 1
        entry = page.articles[0]
        assert entry.title is None
        assert entry.paragraphs == [SNIPPET]


def test_a_short_headline_cut_with_an_ellipsis_stays_the_title() -> None:
    """Near miss: a site's headline it cut short ("... as ...") is shorter than any snippet,
    and a result printed with its headline over the snippet keeps that headline."""
    short = "Port Avelin ferry terminal to reopen for the summer as ..."
    page = extract_at(short, SEARCH_URL)
    assert page.articles[0].title == short
    headed = extract_at(f"Ferry terminal to reopen\n\n{SNIPPET}", SEARCH_URL)
    assert [a.title for a in headed.articles] == ["Ferry terminal to reopen"]
    assert headed.articles[0].paragraphs == [SNIPPET]


# --- a blog fed by an autoposter: each headline over "from <feed title> <link>" --------------

BLOG_URL = "https://harbourwire.example/2026/03"
RELAY = "from Coast Post - Latest News & Headlines https://ift.tt/3xYz9Qa"


def test_an_autoposters_note_under_each_title_names_its_feed() -> None:
    titles = [
        "Harbour council approves new ferry terminal plan",
        "Farmers receive seed subsidies under relief package",
        "School opening delayed by two weeks in flood areas",
        "Storm closes the coast road for a second night",
    ]
    text = "".join(f"{t}\n\n\n\n{RELAY.replace('9Qa', str(k))}\n\n" for k, t in enumerate(titles))
    page = extract_at(text, BLOG_URL)
    assert [a.title for a in page.articles] == titles
    assert {a.outlet for a in page.articles} == {"Coast Post - Latest News & Headlines"}
    assert all("ift.tt" not in a.body for a in page.articles)


def test_a_sentence_citing_a_link_is_no_autoposters_note() -> None:
    """Near miss: a sentence that opens with "from" and cites a link goes on after it, and a
    lower-case "from the ..." names no feed: neither is a header line."""
    from newsclean.layout.shapes import relay_line

    assert relay_line(RELAY) == "Coast Post - Latest News & Headlines"
    for line in (
        "from the council's site https://portavelin.example/ferries shows the new timetable",
        "from the council's site https://portavelin.example/ferries",
        "from Coast Post https://coastpost.example/a and https://coastpost.example/b",
    ):
        assert relay_line(line) is None


# --- a listing's "Last news" widget heading ----------------------------------------------------

SECTION_URL = "https://harbourwire.example/sports.html?page=3"
CARDS = (
    "Harbour council approves new ferry terminal plan\n"
    "The harbour council on Tuesday approved a plan for a new ferry terminal on the east quay, officials said.\n\n"
    "Farmers receive seed subsidies under relief package\n"
    "A total of 4,100 smallholders have received seed subsidies worth two million under the relief package.\n\n"
    "School opening delayed by two weeks in flood areas\n"
    "Schools in districts hit by the floods will reopen two weeks later than planned, the office said.\n"
)


def test_a_last_news_heading_is_a_widgets_not_a_section() -> None:
    for heading in ("Last news", "LAST NEWS", "Last News"):
        page = extract_at(f"{heading}\n\n{CARDS}", SECTION_URL)
        assert len(page.articles) == 3
        assert all(a.category is None for a in page.articles)
        assert [r.text for r in page.removed if r.rule == "web.story-end"] == [heading]


def test_a_headline_opening_with_last_news_stays_a_title() -> None:
    """Near miss: a headline that opens with the words is longer than the widget's label."""
    title = "Last news bulletin from the harbour as the storm closes the port"
    page = extract_at(
        f"{title}\nThe harbour master closed the port on Tuesday night as the storm reached the coast.\n\n{CARDS}",
        SECTION_URL,
    )
    assert page.articles[0].title == title


# --- a forum-style card's reply and view counts beside its poster and time ----------------------

TAG_URL = "https://harbourwire.example/tag/ferries/"
FORUM_CARDS = [
    ("Harbour council approves new ferry terminal plan", "by Coleus · 28 replies · 797+ views"),
    ("Farmers receive seed subsidies under relief package", "by SmithL · 23 replies · 1.2K views"),
    ("School opening delayed by two weeks in flood areas", "by SmithL · 1 reply · 1,209+ views"),
]
TEASER = "The council said on Tuesday that the work on the east quay would take three years."


def _forum_page(meta_after: str = "") -> str:
    return "".join(f"{t}\n02/18/2024 4:26:26 PM PST · {m}{meta_after}\n{TEASER}\n\n" for t, m in FORUM_CARDS)


def test_reply_and_view_counts_are_no_section() -> None:
    page = extract_at(_forum_page(), TAG_URL)
    assert [a.title for a in page.articles] == [t for t, _ in FORUM_CARDS]
    assert [a.category for a in page.articles] == [None, None, None]
    assert [a.byline for a in page.articles] == [["Coleus"], ["SmithL"], ["SmithL"]]
    assert "23 replies" in [r.text for r in page.removed]


def test_a_section_naming_replies_in_words_stays_the_section() -> None:
    """Near miss: beside the counts, a section whose name opens with "Reply" stays the section."""
    page = extract_at(_forum_page(" · Reply All"), TAG_URL)
    assert [a.category for a in page.articles] == ["Reply All"] * 3


# --- a card's stamp with its clock before a numeric date, day first ----------------------------


def test_a_clock_before_a_numeric_date_is_a_cards_stamp() -> None:
    for meta in ("Coast Post | 10:08 21/03/2018", "Coast Post | 10:08 21.03.2018", "10:08 21/03/2018"):
        text = "".join(f"{meta}\n{t}\n{TEASER}\n\n" for t, _ in FORUM_CARDS)
        page = extract_at(text, TAG_URL)
        assert [a.title for a in page.articles] == [t for t, _ in FORUM_CARDS]
        first = page.articles[0]
        assert first.category is None
        assert first.outlet == ("Coast Post" if "|" in meta else None)
        assert first.published_text == meta.removeprefix("Coast Post | ")
        assert first.published_at is not None and (first.published_at.day, first.published_at.month) == (21, 3)


def test_a_clock_and_a_year_alone_or_mixed_separators_are_no_stamp() -> None:
    """Near miss: a clock over a bare year, or a date whose separators differ, is no stamp."""
    from newsclean.timeparse import time_line

    assert time_line("10:08 21/03/2018") == (None, "10:08 21/03/2018")
    for line in ("10:08 2018", "10:08 21/03.2018", "10:08 - 21/03/2018", "Harbour talks open at 10:08 21/03/2018"):
        assert time_line(line) is None
