"""Shapes of listing, portal and feed pages of sites nobody tuned on (issues 18 and 19),
each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a
near miss of the same look left alone.
"""

from __future__ import annotations

from stories import S1, S2, S3, S4, T1, T2, T3, extract_at

from newsclean import Page

TOPIC_URL = "https://portal.example/topic/harbour-towns"


def ex(text: str, url: str | None = TOPIC_URL) -> Page:
    return extract_at(text, url)


FEED_URL = "https://coastnet.example/new/?p=26037"
SOURCES = (
    "Coast Post | 9 Jun 2025 | 11:53 pm",
    "Coast Post | 9 Jun 2025 | 11:40 pm",
    "Coast Post | 9 Jun 2025 | 11:31 pm",
)


def _cards(titles: tuple[str, ...] = (T1, T2, T3), teasers: tuple[str, ...] = (S1, S2, S3)) -> str:
    return "\n".join(f"{t}\n{s}" for t, s in zip(titles, teasers, strict=True))


def _sourced(stands: tuple[str, ...] | None = None) -> str:
    """Three feed items (title, maybe a standfirst, teaser, 'Source: ...' line)."""
    heads = [f"{t}\n\n{st}" for t, st in zip((T1, T2, T3), stands, strict=True)] if stands else [T1, T2, T3]
    items = [f"{h}\n\n{s}\n\nSource: {m}" for h, s, m in zip(heads, (S1, S2, S3), SOURCES, strict=True)]
    return "\n\n".join(items) + "\n"


# --- a topic page's heading printed right above its first card --------------------------------


def test_the_heading_above_the_first_card_is_no_title() -> None:
    page = ex("SOUTH COAST HARBOUR TOWNS\n\n" + _sourced(), FEED_URL)
    assert page.kind == "listing"
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert all(a.subtitle is None for a in page.articles)
    assert all(a.category == "SOUTH COAST HARBOUR TOWNS" for a in page.articles)


def test_a_menu_line_above_the_first_card_is_furniture() -> None:
    for head in (
        "Harbour News Local Picks Editor Choice Video\n\n",
        "(June 9) (rolling) Coast Desk - English digest\n\nHarbour News Local Picks Editor Choice Video\n\n",
    ):
        page = ex(head + _sourced(), FEED_URL)
        assert [a.title for a in page.articles] == [T1, T2, T3]
        assert all(a.subtitle is None and a.category is None for a in page.articles)
        assert "Harbour News Local Picks Editor Choice Video" in [r.text for r in page.removed]


def test_cards_that_all_print_a_standfirst_keep_it() -> None:
    # near miss: every card prints title, standfirst and teaser; the standfirst stays one
    stands = (
        "Work on the east quay starts in spring",
        "Smallholders in the north get the first payments",
        "Families told to expect new dates by letter",
    )
    page = ex("SOUTH COAST HARBOUR TOWNS\n\n" + _sourced(stands), FEED_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert [a.subtitle for a in page.articles] == list(stands)


def test_a_pager_printed_as_a_list_item_is_pagination() -> None:
    page = ex(
        "HARBOUR TOWNS\n" + _cards() + "\n- Go To Page 1\n" + "Bus routes change on the island next month\n" + S4 + "\n"
    )
    assert "- Go To Page 1" in [r.text for r in page.removed if r.rule == "layout.pagination"]
    assert page.articles[-1].title == "Bus routes change on the island next month"


def test_a_list_item_naming_a_page_of_a_report_stays() -> None:
    # near miss: a list item without a page number is no pager
    page = ex("HARBOUR TOWNS\n" + _cards() + "\n- Go to the harbour office\n")
    assert not [r for r in page.removed if r.rule == "layout.pagination"]


# --- a read-on link drawn with an arrow ----------------------------------------------------------


SEARCH_URL = "https://gazette.example/search?q=harbour"


STORY_URL = "https://gazette.example/2025/06/harbour-council-approves-new-ferry-terminal-plan"


def test_an_arrowed_read_on_link_is_chrome() -> None:
    for link in ("Read More →", "Continue reading >", "Read more ›"):
        page = ex(f"News · June 2, 2025\n{T1}\n{S1}\n{link}\nNews · June 1, 2025\n{T2}\n{S2}\n", SEARCH_URL)
        assert [a.title for a in page.articles] == [T1, T2]
        assert [a.category for a in page.articles] == [None, None]
        assert [r.text for r in page.removed if r.rule == "listing.read-on"] == [link]
        story = ex(f"{T1}\n\n{S1}\n\n{S4}\n\n{link}\n", STORY_URL)
        assert story.articles[0].body == f"{S1}\n\n{S4}"


def test_a_sentence_that_ends_in_an_arrow_stays() -> None:
    # near miss: a sentence of the story that says "read more →" is no link label
    line = "To read more → visit the harbour office, which opens its doors on Monday."
    page = ex(
        f"{T1}\n\n{S1}\n\n{line}\n\n{S4}\n",
        "https://gazette.example/2025/06/harbour-council-approves-new-ferry-terminal-plan",
    )
    assert line in page.articles[0].body


# --- a feed reader's reading list, one paragraph a line ----------------------------------------

READER_URL = "https://notes.example/reader/tag/harbour?offset=20"
PARA_A = (
    "The harbour master says the new terminal will be built in three stages, so that the ferries to the "
    "islands can keep their timetable while the old quay is taken down and the new one is poured beside it."
)
PARA_B = (
    "Boat owners who rent a mooring on the east side were told in a letter that they will have to move to "
    "the marina for two summers, and that the council will pay the difference in fees for the first one."
)
PARA_C = (
    "Several of them said at the meeting that two summers is a long time for a small fishing business, and "
    "asked whether the work on the breakwater could wait until the new quay is in use and the boats are back."
)
PARA_D = (
    "The relief office says the subsidies reached most smallholders before the rains, though a few villages "
    "in the hills were only paid in the last week of May because the roads to them had been washed out."
)


def _reading_list() -> str:
    return (
        "Reading List\nThe latest posts from the feeds I follow.\n"
        f"{T1}\nFollowing up on the last item, here is a note from the harbour desk:\n"
        f"{PARA_A}\n{PARA_B}\n{PARA_C}\nI agree with all of it.\n"
        f"‘{T2}’\nJane Roe, back in May:\n{PARA_D}\n{S4}\n"
    )


def test_a_paragraph_is_no_reading_list_title() -> None:
    page = ex(_reading_list(), READER_URL)
    assert [a.title for a in page.articles] == [T1, f"‘{T2}’"]
    assert all(p in page.articles[0].body for p in (PARA_A, PARA_B, PARA_C))


def test_a_short_line_after_two_paragraphs_still_opens_an_entry() -> None:
    # near miss: a headline-long line where the template points stays the next entry's title
    text = _reading_list().replace(
        f"{PARA_C}\n", f"{PARA_C}\nHarbour works to start after the summer season\n{PARA_D}\n"
    )
    page = ex(text, READER_URL)
    assert "Harbour works to start after the summer season" in [a.title for a in page.articles]


# --- a photo's credit chain alone where the picture stood ---------------------------------------

SECTION_URL = "https://syndicate.example/currentnews/newsheadlines/"


def test_a_slash_joined_photo_credit_over_a_card_is_chrome() -> None:
    credits = ("Jane Roe/Example Press/TNS", "John Doe/Pool/Abaca Press/TNS")
    text = f"{credits[0]}\n{T1}\n{S1}\n{T2}\n{S2}\n{credits[1]}\n{T3}\n{S3}\n"
    page = ex(text, SECTION_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert all(a.category is None and a.captions == [] for a in page.articles)
    assert [r.text for r in page.removed if r.rule == "heuristic.credit-chain"] == list(credits)


def test_a_handout_credit_under_a_headline_is_chrome() -> None:
    credit = "Jane Roe/PA and City of Harbour Police/Facebook/PA"
    page = ex(f"{T1}\n\n{credit}\n\n{S1}\n\n{S4}\n", STORY_URL)
    assert page.articles[0].title == T1
    assert page.articles[0].body == f"{S1}\n\n{S4}"


def test_a_slash_joined_section_label_stays() -> None:
    # near miss: section names joined by slashes credit no photo
    text = "\n".join(f"News/Harbour/Islands\n{t}\n{s}" for t, s in zip((T1, T2, T3), (S1, S2, S3), strict=True))
    page = ex(text + "\n", SECTION_URL)
    assert not [r for r in page.removed if r.rule == "heuristic.credit-chain"]
    assert [a.title for a in page.articles] == [T1, T2, T3]


# --- a logo's alternative text alone on a line --------------------------------------------------


def test_a_logo_alt_text_is_chrome() -> None:
    for logo in ("Harbour Gazette logo", "GAZETTE Logo", "The Coast Post Logo"):
        page = ex(f"{logo}\n\n{T1}\n\n{S1}\n\n{S4}\n", STORY_URL)
        assert page.articles[0].title == T1
        assert [r.text for r in page.removed if r.rule.endswith("logo-alt")] == [logo]


def test_a_headline_about_a_logo_stays() -> None:
    # near miss: a headline that ends on "logo" is no alt text
    title = "Harbour council unveils new logo"
    page = ex(f"{title}\n\n{S1}\n\n{S4}\n", STORY_URL)
    assert page.articles[0].title == title
    assert not [r for r in page.removed if r.rule.endswith("logo-alt")]


# --- the publisher's note that the views are not its own -----------------------------------------


def test_a_views_disclaimer_under_the_story_is_chrome() -> None:
    for note in (
        "Disclaimer: The views and comments expressed in this post come from our readers, not the Gazette.",
        "* Any views expressed in this piece are the writer's own and not those of the Harbour Trust.",
        "Views expressed are personal",
    ):
        page = ex(f"{T1}\n\n{S1}\n\n{S4}\n\n{note}\n", STORY_URL)
        assert page.articles[0].body == f"{S1}\n\n{S4}"


def test_a_sentence_about_views_stays() -> None:
    # near miss: a story's sentence about the views aired at a meeting
    line = "The views expressed at the meeting were mixed, the chairman said afterwards."
    page = ex(f"{T1}\n\n{S1}\n\n{line}\n\n{S4}\n", STORY_URL)
    assert line in page.articles[0].body
