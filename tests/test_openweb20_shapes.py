"""Shapes of unseen pages, round 20 (issue 18): listing pages of sites no corpus file shows,
each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a near
miss of the same look left alone.
"""

from __future__ import annotations

from stories import S1, S2, S3, S4, T1, T2, T3, extract_at, removed

LISTING_URL = "https://coastradio.example/category/harbour/page/4/"

# three cards: headline over its teaser, as a section page prints them
CARDS = f"{T1}\n\n{S1}\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n"


# --- a section's blurb inviting the reader in, or naming the section as a noun phrase ---------


def test_an_invitation_or_a_noun_phrase_blurb_is_the_pages_furniture() -> None:
    for blurb in (
        "Read official harbour board statements, notices and media releases from the chair and the pilots.",
        "View the latest updates and port statements regarding the works on the east quay.",
        "Get the latest coastal and island shipping news. We bring reports from every quay.",
        "The latest local and regional harbour news.",
        "Live harbour news and updates from Port Avelin and the islands. What is moored where today?",
        "Here's a look at notices from the ferry lines, the pilots and the harbour board.",
    ):
        page = extract_at(f"Harbour\n\n{blurb}\n\n{CARDS}", LISTING_URL)
        assert [a.title for a in page.articles] == [T1, T2, T3], blurb
        assert removed(page, "layout.section-blurb") == [blurb]


def test_a_teaser_opening_with_the_same_words_stays() -> None:
    """Near miss: a story's opening with "The latest ..." that goes on as a sentence, and an
    imperative that offers no news ("Read the small print ..."), are the first entry's."""
    for line in (
        "The latest updates to the harbour tariffs mean ferry crews will pay more from June, the board said.",
        "Read the fine print before booking a berth, the port's master told boat owners on Tuesday.",
        "Live cattle exports from Port Avelin rose again in May, the harbour board said on Tuesday.",
    ):
        page = extract_at(f"Harbour\n\n{line}\n\n{CARDS}", LISTING_URL)
        assert not removed(page, "layout.section-blurb"), line
        assert any(line in a.paragraphs for a in page.articles), line


# --- a section's name over its list of bare titles ---------------------------------------------

TITLES = [
    "Harbour Trust Seeks Help After Garden Plants Stolen",
    "Temporary Bridge Planned For Northern Creek Crossing",
    "Truck Fire Raises Concern Over Waste Stored At Homes",
    "New Recycling Bins Rolling Out Across Eastern Suburbs",
]


def test_a_section_name_over_a_title_list_is_every_entrys_category() -> None:
    for lines in (TITLES, [f"{t}\n24 Feb 2026 4:{40 - k} pm" for k, t in enumerate(TITLES)]):
        # the section's page is filed under its name (a heading the address contradicts is furniture)
        page = extract_at(
            "Local news\n" + "\n".join(lines) + "\n", "https://coastradio.example/category/local-news/page/4/"
        )
        assert [a.title for a in page.articles] == TITLES
        assert [a.category for a in page.articles] == ["Local news"] * 4


def test_a_label_recurring_inside_the_list_stays_its_entrys_head() -> None:
    """Near miss: a second section's name inside the list ("Opinion" over its own titles) shows
    the labels are the entries' heads: the first one stays its entry's, the others get none."""
    text = f"Local news\n{TITLES[0]}\n{TITLES[1]}\nOpinion\n{TITLES[2]}\n{TITLES[3]}\n"
    page = extract_at(text, LISTING_URL)
    assert [a.title for a in page.articles] == TITLES
    assert [a.category for a in page.articles] == ["Local news", None, "Opinion", None]


# --- a headline opening with an amount of money ------------------------------------------------

MONEY_TITLES = [
    "$750,000 to upgrade the ferry sheds on the east quay",
    "Pier Lights Switched On For Summer Evenings",
    "$800K Pipeline Project Opens New Quay Access",
    "€2m boost for island bus routes announced by board",
]


def test_a_headline_opening_with_an_amount_opens_its_entry() -> None:
    times = [f"31 Oct 2025 4:{50 - k} pm" for k in range(4)]
    text = "Harbour\n" + "".join(f"{t}\n{w}\n" for t, w in zip(MONEY_TITLES, times, strict=True))
    page = extract_at(text, LISTING_URL)
    assert [a.title for a in page.articles] == MONEY_TITLES
    assert [a.published_text for a in page.articles] == times
    cards = "".join(f"{t}\n\n{s}\n\n" for t, s in zip(MONEY_TITLES, (S1, S2, S3, S1), strict=True))
    page = extract_at(f"Harbour\n\n{cards}", LISTING_URL)
    assert [a.title for a in page.articles] == MONEY_TITLES


def test_a_sentence_opening_with_an_amount_stays_prose() -> None:
    """Near miss: a teaser's sentence opening with an amount is the entry's paragraph."""
    line = "$4 million was set aside for the quay repairs in the budget, the treasurer said on Tuesday."
    page = extract_at(f"Harbour\n\n{T1}\n\n{line}\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n", LISTING_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert page.articles[0].paragraphs == [line]


# --- a date inside a title-less teaser's sentence ----------------------------------------------

TEASERS = [
    "The harbour board said the ferry sheds on the east quay would be repainted before the summer season.",
    "The island bus routes will run every half hour from next week, the transport office announced.",
    "The dock strike that began on March 3, 2025 after a pay offer was turned down ended on Tuesday.",
    "Pilots have guided ships through the channel before, during and after the May 12, 2024, storm surge.",
    "The school on the hill will reopen after the floods, parents were told at a meeting on Monday.",
]


def test_a_date_inside_a_teasers_sentence_does_not_split_it() -> None:
    page = extract_at("\n".join(TEASERS) + "\n", LISTING_URL)
    assert [a.title for a in page.articles] == [None] * 5
    assert [a.paragraphs for a in page.articles] == [[t] for t in TEASERS]
    assert all(a.published_text is None and a.category is None for a in page.articles)


def test_a_cards_date_between_its_title_and_teaser_is_read() -> None:
    """Near miss: a one-line card prints its title, then its date, then a teaser opening a
    sentence: the date is the card's time and the words before it its title."""
    cards = [
        "Harbour council approves new ferry terminal plan 9 June 2025 The council on Tuesday approved a plan for …",
        "Farmers receive seed subsidies under relief package 8 June 2025 A total of 4,100 growers have been …",
        "School opening delayed by two weeks in flood areas 7 June 2025 Schools hit by the floods will open …",
    ]
    page = extract_at("\n".join(cards) + "\n", LISTING_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert [a.published_text for a in page.articles] == ["9 June 2025", "8 June 2025", "7 June 2025"]


# --- a card's teaser printed twice, then cards whose titles the scrape lost --------------------

GRID_URL = "https://coastradio.example/harbour/local-government.html?page=12"


def test_paragraphs_after_a_teaser_printed_twice_are_entries_of_their_own() -> None:
    text = f"{T1}\n{S1}\n{S1}\n{S2}\n{S3}\n{S4}\n"
    page = extract_at(text, GRID_URL)
    assert [a.title for a in page.articles] == [T1, None, None, None]
    assert [a.paragraphs for a in page.articles] == [[S1], [S2], [S3], [S4]]
    assert removed(page, "layout.repeated-title") == [S1]


def test_an_entrys_paragraphs_without_a_second_print_stay_its_body() -> None:
    """Near miss: without the repeat the paragraphs under a title are its entry's; and a
    repeat followed by a single paragraph leaves that paragraph to the entry."""
    page = extract_at(f"{T1}\n{S1}\n{S2}\n{S3}\n", GRID_URL)
    assert [a.title for a in page.articles] == [T1]
    assert page.articles[0].paragraphs == [S1, S2, S3]
    page = extract_at(f"{T1}\n{S1}\n{S1}\n{S2}\n", GRID_URL)
    assert [a.title for a in page.articles] == [T1]
    assert page.articles[0].paragraphs == [S1, S2]


# --- an icon font's ligature left as a word ----------------------------------------------------


def test_a_video_icons_name_alone_on_a_line_is_chrome() -> None:
    text = f"Harbour\n{T1}\n{S1}\n2 hours ago\nvideocam\nTransport\n{T2}\n{S2}\n5 hours ago\nIsland\n{T3}\n{S3}\n"
    page = extract_at(text, LISTING_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert removed(page, "common.icon-label") == ["videocam"]
    assert all("videocam" not in (a.body or "") and a.category != "videocam" for a in page.articles)


def test_the_word_inside_a_sentence_stays() -> None:
    """Near miss: the word in a teaser's sentence is the story's."""
    line = "A videocam on the east quay recorded the collision between the two ferries, the board said."
    page = extract_at(f"Harbour\n\n{T1}\n\n{line}\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n", LISTING_URL)
    assert page.articles[0].paragraphs == [line]
    assert not removed(page, "common.icon-label")


# --- a kicker or a picture's description over one card's headline ------------------------------

CASED = [
    "Harbour Council Approves New Ferry Terminal Plan",
    "Farmers Receive Seed Subsidies Under Relief Package",
    "School Opening Delayed By Two Weeks In Flood Areas",
    "Ferry Fares To Rise By A Tenth From The First Of June",
]
S7 = "The ferry company said fuel costs had doubled since the winter and the rise could not be put off."


def _cased_page(under_second: str, under_third: str = "") -> str:
    """Four title-cased cards; ``under_second`` set over the second card's headline, or (with
    ``under_third``) standfirsts under the first and third headlines."""
    t1, t2, t3, t4 = CASED
    if under_third:
        return f"{t1}\n\n{under_third}\n\n{S1}\n\n{under_second}\n\n{t2}\n\n{S2}\n\n{t3}\n\n{under_third}\n\n{S3}\n"
    return f"{t1}\n\n{S1}\n\n{under_second}\n\n{t2}\n\n{S2}\n\n{t3}\n\n{S3}\n\n{t4}\n\n{S7}\n"


def test_a_line_over_a_cards_headline_unlike_the_headlines_is_its_kicker() -> None:
    for kicker in ("Photo of a tractor", "DMA 87 (PORT AVELIN, CA)"):
        page = extract_at(_cased_page(kicker), LISTING_URL)
        assert [a.title for a in page.articles] == CASED, kicker
        assert all(a.subtitle is None for a in page.articles)
        assert all(kicker not in (a.body or "") for a in page.articles)


def test_a_standfirst_under_a_headline_stays_its_subtitle() -> None:
    """Near miss: a sentence-case line under a title-cased headline is its standfirst, read so
    by its place (under the headline); and where most entries print one the layout is title
    and standfirst, so a first line set like no headline stays the title it was read as."""
    standfirst = "Growers in the north say the money came too late for this year's planting season"
    t1, t2, t3, t4 = CASED
    text = f"{t1}\n\n{S1}\n\n{t2}\n\n{standfirst}\n\n{S2}\n\n{t3}\n\n{S3}\n\n{t4}\n\n{S7}\n"
    page = extract_at(text, LISTING_URL)
    assert [a.title for a in page.articles] == CASED
    assert page.articles[1].subtitle == standfirst
    page = extract_at(_cased_page("Photo of a tractor", standfirst), LISTING_URL)
    assert [a.title for a in page.articles][:2] == [t1, "Photo of a tractor"]


# --- one-line teasers opening with a place and its date before a colon ------------------------


def test_a_place_and_date_before_a_colon_is_each_teasers_dateline() -> None:
    lines = [
        "Port Avelin, Jun 10: The harbour council on Tuesday approved a plan for a new ferry terminal on the east …",
        "Northbay, Jun 10: A total of 4,100 smallholders have received seed subsidies under the relief package, the …",
        "Port Avelin, Jun 9: Schools in districts hit by last week's floods will reopen two weeks later than the …",
    ]
    page = extract_at("Top Story\n\n" + "\n\n".join(lines) + "\n", LISTING_URL)
    assert [a.title for a in page.articles] == [None, None, None]
    assert [a.dateline.location if a.dateline else None for a in page.articles] == [
        "Port Avelin",
        "Northbay",
        "Port Avelin",
    ]


def test_a_headline_before_a_colon_still_titles_its_teaser() -> None:
    """Near miss: one-line entries "Headline: teaser" keep their headline as the title, and a
    diary's weekday and date before the colon is no place."""
    lines = [
        "Harbour council backs ferry plan: The council on Tuesday approved a plan for a new terminal on the east …",
        "Seed subsidies reach growers: A total of 4,100 smallholders have been paid under the relief package, the …",
        "Tuesday, June 10: Schools in districts hit by last week's floods will reopen two weeks later than the …",
    ]
    page = extract_at("Top Story\n\n" + "\n\n".join(lines) + "\n", LISTING_URL)
    assert [a.title for a in page.articles] == [
        "Harbour council backs ferry plan",
        "Seed subsidies reach growers",
        "Tuesday, June 10",
    ]
