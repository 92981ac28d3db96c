"""Shapes of unseen listing pages, round 16 (issues 18 and 19): tag, category and search pages
of sites no corpus file shows, each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a near
miss of the same look left alone.
"""

from __future__ import annotations

import pytest
from stories import P1, P2, S1, S2, S3, S4, S5, T1, T2, T3, daily8_reprint, extract_at, removed

LISTING_URL = "https://coastradio.example/tag/harbour/"

# three cards: headline over its teaser, as a tag page prints them
CARDS = f"{T1}\n\n{S1}\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n"


def _titles(text: str) -> list[str | None]:
    return [a.title for a in extract_at(text, LISTING_URL).articles]


# --- the message an infinite-scroll listing prints where its entries run out -----------------


@pytest.mark.parametrize("end", ["No more pages to load", "No more posts to show."])
def test_the_end_of_list_message_is_no_entry(end: str) -> None:
    page = extract_at(f"{CARDS}\n{end}\n", LISTING_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert page.articles[-1].paragraphs == [S3]
    assert end in removed(page, "listing.list-end")


def test_a_teaser_saying_there_are_no_more_pages_stays() -> None:
    """Near miss: a sentence that opens with the words is the teaser's."""
    kept = "No more pages to load onto the ferry, the harbour master told the council on Monday."
    page = extract_at(f"{T1}\n\n{S1}\n\n{T2}\n\n{kept}\n", LISTING_URL)
    assert page.articles[-1].paragraphs == [kept]
    assert not removed(page, "listing.list-end")


# --- Google's preferred-source button over the page ------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "Add as a preferred source on Google",
        "Make us preferred source on Google",
        "Add us as a Preferred Source on Google",
    ],
)
def test_the_preferred_source_button_is_no_title(label: str) -> None:
    page = extract_at(f"{label}\n\n{CARDS}", LISTING_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert label in removed(page, "web.preferred-source")


def test_a_sentence_about_preferred_sources_stays() -> None:
    """Near miss: a teaser explaining the feature goes on."""
    kept = "Add as a preferred source on Google any outlet you trust, the guide to the new feature says."
    page = extract_at(f"{T1}\n\n{S1}\n\n{T2}\n\n{kept}\n", LISTING_URL)
    assert page.articles[-1].paragraphs == [kept]
    assert not removed(page, "web.preferred-source")


# --- an icon's accessible description printed as text ----------------------------------------

# the template's fixed descriptions (its icons' words, not a story's)
ICONS = (
    'Business Insider logo The words "Business Insider".\n'
    "Close icon Two crossed lines that form an 'X'. It indicates a way to close an interaction, or dismiss a notification.\n"
)


def test_icon_descriptions_over_the_cards_are_cut() -> None:
    page = extract_at(f"{ICONS}\n{CARDS}", LISTING_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert all("crossed lines" not in p for a in page.articles for p in a.paragraphs)
    assert len(removed(page, "web.icon-description")) == 2


def test_a_teaser_saying_what_something_indicates_stays() -> None:
    """Near miss: a story's sentence describing a sign and what it indicates."""
    kept = "A red flag flew over the quay all morning. It indicates a storm warning for small boats."
    page = extract_at(f"{T1}\n\n{S1}\n\n{T2}\n\n{kept}\n", LISTING_URL)
    assert page.articles[-1].paragraphs == [kept]
    assert not removed(page, "web.icon-description")


# --- a read-on link glued to the teaser's last word ------------------------------------------

CUT = (
    "The harbour council on Tuesday approved a plan for a new ferry terminal on the east quay. "
    "Officials said the work would start in the spring and take three years to"
)


@pytest.mark.parametrize("link", ["Read More →", "Read more", "Continue reading"])
def test_a_read_on_link_glued_to_the_teaser_is_cut_whole(link: str) -> None:
    page = extract_at(f"{T1}\n\n{CUT}{link}\n\n{T2}\n\n{S2}\n", LISTING_URL)
    assert page.articles[0].paragraphs == [CUT]
    assert link in removed(page, "layout.teaser-link")


def test_wordpress_more_link_naming_the_post_is_cut() -> None:
    page = extract_at(f"{T1}\n\n{CUT},Continue reading “{T1}”\n\n{T2}\n\n{S2}\n", LISTING_URL)
    assert page.articles[0].paragraphs == [f"{CUT},"]
    assert f"Continue reading “{T1}”" in removed(page, "layout.teaser-link")


def test_a_teaser_ending_in_a_quoted_title_stays() -> None:
    """Near miss: a teaser closing with a quoted name, no link label before it."""
    kept = (
        "The council has printed a new guide to the quay for visitors, with maps of the ferry routes "
        "and the summer timetables. Its cover calls it “Four Weeks on the Water”"
    )
    page = extract_at(f"{T1}\n\n{kept}\n\n{T2}\n\n{S2}\n", LISTING_URL)
    assert page.articles[0].paragraphs == [kept]
    assert not removed(page, "layout.teaser-link")


def test_a_glued_label_inside_the_teaser_stays() -> None:
    """Near miss: the words glued inside a sentence, not closing it, are no link."""
    kept = "The council will publish its ReadMore programme for libraries and schools next week."
    page = extract_at(f"{T1}\n\n{kept}\n\n{T2}\n\n{S2}\n", LISTING_URL)
    assert page.articles[0].paragraphs == [kept]


# --- a WordPress archive title over the entries ----------------------------------------------


@pytest.mark.parametrize("heading", ["Tag Archives: Harbour", "Category Archives: Coast News"])
def test_an_archive_title_is_no_entry(heading: str) -> None:
    page = extract_at(f"{heading}\n\n{CARDS}", LISTING_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert heading in removed(page, "layout.listing-heading")


def test_a_headline_about_tag_archives_stays() -> None:
    """Near miss: a headline holding the words, no colon after them, is a title."""
    title = "Tag archives reveal the harbour's lost fishing boats"
    assert _titles(f"{title}\n\n{S1}\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n") == [title, T2, T3]


# --- a short headline standing where the listing's titles stand --------------------------------

SHORT = "Harbour Lights Return"


def test_a_short_headline_between_two_teasers_opens_an_entry() -> None:
    page = extract_at(f"{T1}\n\n{S1}\n\n{SHORT}\n\n{S2}\n\n{T3}\n\n{S3}\n", LISTING_URL)
    assert [a.title for a in page.articles] == [T1, SHORT, T3]
    assert page.articles[0].paragraphs == [S1]
    assert page.articles[1].paragraphs == [S2]


def test_a_short_headline_under_its_section_and_over_its_date_opens_an_entry() -> None:
    cards = "".join(
        f"World Affairs\n\n{t}\n\n{d}\n\n{s}\n\n"
        for t, d, s in ((T1, "June 9, 2025", S1), (SHORT, "June 8, 2025", S2), (T3, "June 7, 2025", S3))
    )
    page = extract_at(cards, LISTING_URL)
    assert [a.title for a in page.articles] == [T1, SHORT, T3]
    assert [a.published_text for a in page.articles] == ["June 9, 2025", "June 8, 2025", "June 7, 2025"]
    assert page.articles[1].paragraphs == [S2]


def test_a_section_label_over_a_full_headline_stays_its_section() -> None:
    """Near miss: a short line with a headline under it, not a teaser, is the entry's section."""
    page = extract_at(f"{T1}\n\n{S1}\n\nCoast Politics\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n", LISTING_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]


def test_a_short_subheading_inside_a_story_stays_in_its_body() -> None:
    """Near miss: on a story's page a short line between paragraphs is a subheading."""
    url = "https://coastradio.example/2025/06/10/harbour-council-ferry-terminal"
    page = extract_at(f"{T1}\n\n{S1}\n\n{SHORT}\n\n{S2}\n\n{S3}\n", url)
    assert len(page.articles) == 1
    assert page.articles[0].title == T1


# --- a listing whose cards print their titles twice, the first card at the page's top ----------


def test_cards_printing_their_titles_twice_from_the_top_are_a_listing() -> None:
    cards = "".join(f"{t}\n\n{t}\n\n{s}\n\n" for t, s in ((T1, S1), (T2, S2), (T3, S3)))
    page = extract_at(cards, "https://coastradio.example/news/harbour/page/3")
    assert page.kind == "listing"
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert [a.paragraphs for a in page.articles] == [[S1], [S2], [S3]]


def test_a_story_printing_its_title_twice_stays_one_story() -> None:
    """Near miss: a story's title twice at the top (Daily8's lead) over its paragraphs, with
    no other headline printed twice, stays the page's one story."""
    page = extract_at(f"{T1}\n\n{T1}\n\n{S1}\n\n{S4}\n\n{S5}\n", "https://coastradio.example/news/harbour/page/3")
    assert len(page.articles) == 1
    assert page.articles[0].title == T1
    assert page.articles[0].paragraphs == [S1, S4, S5]


# --- a section's description of itself offering "the latest ... news" ------------------------


@pytest.mark.parametrize(
    "blurb",
    [
        "A curated selection of the latest harbour news from around the coast.",
        "Showing you the latest News in Portwick, Top Stories happening in the town covering the harbour and more.",
    ],
)
def test_a_section_blurb_offering_the_latest_news_is_no_entry(blurb: str) -> None:
    page = extract_at(f"Harbour\n\n{blurb}\n\n{CARDS}", LISTING_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert blurb in removed(page, "layout.section-blurb")


def test_a_teaser_offering_the_latest_news_stays() -> None:
    """Near miss: under a headline the same opening is the entry's teaser."""
    kept = "A curated selection of the latest harbour news will be read out at the council meeting on Friday."
    page = extract_at(f"{T1}\n\n{S1}\n\n{T2}\n\n{kept}\n\n{T3}\n\n{S3}\n", LISTING_URL)
    assert page.articles[1].paragraphs == [kept]
    assert not removed(page, "layout.section-blurb")


# --- the comment count printed right after an entry's date -----------------------------------


def test_a_bare_count_after_the_date_is_no_section() -> None:
    cards = "".join(
        f"World Affairs\n\n{t}\n\n{d} {n}\n\n{s}\n\n"
        for t, d, n, s in ((T1, "June 9, 2025", 0, S1), (T2, "June 8, 2025", 12, S2), (T3, "June 7, 2025", 3, S3))
    )
    page = extract_at(cards, LISTING_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert [a.category for a in page.articles] == ["World Affairs"] * 3
    assert [a.published_text for a in page.articles] == ["June 9, 2025", "June 8, 2025", "June 7, 2025"]
    assert removed(page, "layout.header-chrome") == ["0", "12", "3"]


def test_a_section_with_a_number_after_the_date_stays_the_section() -> None:
    """Near miss: a section's name that holds a number is a name."""
    cards = "".join(f"{t}\n\nJune 9, 2025 | Formula 1\n\n{s}\n\n" for t, s in ((T1, S1), (T2, S2), (T3, S3)))
    page = extract_at(cards, LISTING_URL)
    assert [a.category for a in page.articles] == ["Formula 1"] * 3


# --- a card's meta list printed as bullets -------------------------------------------------------


def test_bulleted_section_and_date_under_each_title_are_read() -> None:
    cards = "".join(
        f"{t}\n- Editorials\n- {d}\n{s}\n"
        for t, d, s in ((T1, "June 9, 2025", S1), (T2, "June 8, 2025", S2), (T3, "June 7, 2025", S3))
    )
    page = extract_at(cards, LISTING_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert [a.category for a in page.articles] == ["Editorials"] * 3
    assert [a.published_text for a in page.articles] == ["June 9, 2025", "June 8, 2025", "June 7, 2025"]
    assert [a.paragraphs for a in page.articles] == [[S1], [S2], [S3]]


def test_a_bulleted_point_holding_a_number_is_no_date() -> None:
    """Near miss: a bullet that holds a number but is no whole time stays a bullet."""
    cards = "".join(f"{t}\n- 4,100 farmers\n{s}\n" for t, s in ((T1, S1), (T2, S2), (T3, S3)))
    page = extract_at(cards, LISTING_URL)
    assert all(a.published_text is None for a in page.articles)


# --- a title-case place naming its country, set off by a dash --------------------------------


@pytest.mark.parametrize("sep", ["–", "-"])
def test_a_place_and_its_country_before_a_dash_is_the_dateline(sep: str) -> None:
    teaser = f"By Jane Roe Portwick, Westland {sep} The harbour council on Tuesday approved a plan for a new terminal."
    page = extract_at(f"{T1}\n\n{teaser}\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n", LISTING_URL)
    first = page.articles[0]
    assert first.dateline is not None
    assert first.dateline.location == "Portwick, Westland"
    assert first.paragraphs == ["The harbour council on Tuesday approved a plan for a new terminal."]


@pytest.mark.parametrize(
    "opening",
    [
        "Jane Roe - The harbour council on Tuesday approved a plan for a new terminal.",
        "However, Westland – The harbour council on Tuesday approved a plan for a new terminal.",
    ],
)
def test_a_name_or_a_sentence_opening_before_a_dash_is_no_dateline(opening: str) -> None:
    """Near miss: a bare hyphen after a name with no country, or a sentence's first words."""
    page = extract_at(f"{T1}\n\n{opening}\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n", LISTING_URL)
    assert page.articles[0].dateline is None


# --- a byline in capitals run on into the teaser's first words ---------------------------------

AP_TEASER = (
    "The Portwick Harbour Board on Tuesday approved a plan for a new ferry terminal on the east quay, officials said."
)


@pytest.mark.parametrize(
    ("opening", "byline", "credits"),
    [
        (f"By JANE ROE {AP_TEASER}", ["JANE ROE"], []),
        (f"By JANE ROE Associated Press {AP_TEASER}", ["JANE ROE"], ["AP"]),
        (f"By JANE ROE and SAM POE Associated Press {AP_TEASER}", ["JANE ROE", "SAM POE"], ["AP"]),
        (f"By J. K. ROE Associated Press {AP_TEASER}", ["J. K. ROE"], ["AP"]),
        # near miss: initials in title case are no name in capitals ("L." reads as upper case)
        (f"By L. M. Roe, Globe Correspondent {AP_TEASER}", ["L. M. Roe"], []),
        (f"By L. M. Roe and Sam Poe, Globe Correspondent {AP_TEASER}", ["L. M. Roe", "Sam Poe"], []),
    ],
)
def test_a_byline_in_capitals_ends_where_the_capitals_end(opening: str, byline: list[str], credits: list[str]) -> None:
    page = extract_at(f"{T1}\n\n{opening}\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n", LISTING_URL)
    first = page.articles[0]
    assert first.byline == byline
    assert first.credits == credits
    assert first.paragraphs == [AP_TEASER]


def test_a_papers_name_after_a_byline_in_capitals_is_the_outlet() -> None:
    page = extract_at(f"{T1}\n\nBy JANE ROE Coast Post {AP_TEASER}\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n", LISTING_URL)
    first = page.articles[0]
    assert (first.byline, first.outlet, first.paragraphs) == (["JANE ROE"], "Coast Post", [AP_TEASER])


def test_a_byline_in_capitals_over_a_dateline_in_capitals_stays_as_read() -> None:
    """Near miss: capitals that run on into a dateline in capitals hold no title-case words."""
    opening = "By JANE ROE PORTWICK (AP) — The harbour council on Tuesday approved a plan for a new terminal."
    page = extract_at(f"{T1}\n\n{opening}\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n", LISTING_URL)
    first = page.articles[0]
    assert first.byline == ["JANE ROE"]
    assert first.dateline is not None
    assert first.dateline.location == "PORTWICK"
    assert first.paragraphs == ["The harbour council on Tuesday approved a plan for a new terminal."]


def test_a_bulleted_date_in_a_reprinted_forum_post_is_no_stamp() -> None:
    """Near miss: the aggregator's reading keeps its bullets; a forum profile's bulleted date
    over a reprinted post ("- Member since" / "- 28 June 2014") leaves the post whole."""
    body = f"Pierhand\nRegular\n- Member since\n- 28 June 2014\n- Posts\n- 2,206\nHello,\n{P1}\n{P2}"
    _, main = daily8_reprint(body)
    assert P1 in main.paragraphs
    assert P2 in main.paragraphs
