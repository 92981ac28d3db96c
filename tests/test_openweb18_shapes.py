"""Shapes of unseen pages, round 18 (issue 18): listing pages of sites no corpus file shows,
each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a near
miss of the same look left alone.
"""

from __future__ import annotations

from stories import P1, P2, S1, S2, S3, T1, T2, T3, daily8_reprint, extract_at, removed

LISTING_URL = "https://coastradio.example/tag/harbour/"

# three cards: headline over its teaser, as a tag page prints them
CARDS = f"{T1}\n\n{S1}\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n"


# --- a first card opening with its photo's caption, printed with no credit ------------------

CAPTION = "Ferry passengers wait on the east quay of Port Avelin during the morning crossing."


def test_an_uncredited_caption_over_the_first_card_is_its_caption() -> None:
    page = extract_at(f"Harbour\n\n{CAPTION}\n\n{CARDS}", LISTING_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    first = page.articles[0]
    assert first.captions == [CAPTION]
    assert first.paragraphs == [S1]


def test_an_uncredited_caption_over_the_first_cards_section_is_its_caption() -> None:
    page = extract_at(f"Harbour\n\n{CAPTION}\nTransport\n\n{CARDS}", LISTING_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert page.articles[0].captions == [CAPTION]
    assert page.articles[0].category == "Transport"


def test_a_blurb_over_the_first_card_is_no_caption() -> None:
    """Near miss: a sentence addressed to the reader is the page's, not a picture's, and a
    teaser over the first title (cut short, or reporting what someone said) stays an entry's
    text, and a paragraph of several sentences is a page's intro (a wire digest's), no caption."""
    for line in (
        "Follow our coverage of the harbour works and the ferry routes here.",
        "Harbour workers in Port Avelin stopped work on Tuesday over a pay dispute, the union said.",
        "Here are the desk's plans for the day. All times are local. Items may change.",
        "The council of Port Avelin on Tuesday reopened the old ferry terminal for the summer ...",
    ):
        page = extract_at(f"Harbour\n\n{line}\n\n{CARDS}", LISTING_URL)
        assert all(line not in a.captions for a in page.articles)
        assert [a.title for a in page.articles][-3:] == [T1, T2, T3]
        assert not removed(page, "layout.card-caption")


# --- a listing's blurb naming its own heading to the reader ----------------------------------


def test_a_blurb_naming_the_heading_is_the_pages_furniture() -> None:
    for blurb in (
        "Find everything about the harbour in our dedicated Harbour section, with reports from the quays.",
        "Want to follow the harbour? Keep reading below for the newest reports from the quays.",
        "Harbour refers to coverage of the port, its ferries and the people who work on the quays.",
        "Harbour section includes news of the port, its ferries and the quays. It also covers the weather.",
        "In the busy world of the harbour, ferries come and go all day. This category gathers all of it.",
    ):
        page = extract_at(f"Harbour\n\n{blurb}\n\n{CARDS}", LISTING_URL)
        assert [a.title for a in page.articles] == [T1, T2, T3]
        assert removed(page, "layout.section-blurb") == [blurb]


def test_a_teaser_naming_the_heading_stays() -> None:
    """Near miss: the first card's teaser names the heading's subject in the third person, and
    a blurb in the reader's voice that names another subject is not read by the heading (since
    round 33 that one short line over titled cards is the page's own line all the same,
    ``layout._preamble_motto``)."""
    line = "Harbour workers in Port Avelin stopped work on Tuesday over a pay dispute, the union said."
    page = extract_at(f"Harbour\n\n{line}\n\n{CARDS}", LISTING_URL)
    assert not removed(page, "layout.section-blurb")
    assert any(line in a.paragraphs for a in page.articles)
    other = "Want to follow the weather? Keep reading below for the forecast from the coast."
    page = extract_at(f"Harbour\n\n{other}\n\n{CARDS}", LISTING_URL)
    assert not removed(page, "layout.section-blurb")
    assert removed(page, "layout.page-furniture") == [other]


# --- a headline closed by initials ("... across U.S.") ---------------------------------------

INITIALS_TITLE = "Ferry fares to rise on island routes across U.K."


def test_a_headline_ending_in_initials_opens_its_entry() -> None:
    page = extract_at(f"{T1}\n{S1}\n{INITIALS_TITLE}\n{S2}\n{T3}\n{S3}\n", LISTING_URL)
    assert [a.title for a in page.articles] == [T1, INITIALS_TITLE, T3]
    assert page.articles[1].paragraphs == [S2]


def test_a_sentence_ending_in_initials_stays_prose() -> None:
    """Near miss: a teaser whose last sentence ends in initials is still the teaser, and a
    line closed by a one-letter initial ("... Jane R.") is no headline."""
    teaser = "The company said on Monday that it would open two more offices in the U.K."
    page = extract_at(f"{T1}\n{teaser}\n{T2}\n{S2}\n{T3}\n{S3}\n", LISTING_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert page.articles[0].paragraphs == [teaser]


# --- a wire digest whose slugs end in a spaced hyphen ------------------------------------------

STORY_URL = "https://coastradio.example/news/2025/jun/10/wire-digest-6-pm/"
HYPHEN_SLUGS = ("HARBOUR-FERRY TERMINAL", "FARM-SEED SUBSIDIES", "FLOODS-SCHOOLS")


def test_slugs_closed_by_a_spaced_hyphen_open_a_digests_items() -> None:
    items = [
        f"{g} - {s} By Jane Roe. SENT: 600 words, photos." for g, s in zip(HYPHEN_SLUGS, (S1, S2, S3), strict=True)
    ]
    page = extract_at("Coast Wire News Digest 6 p.m.\n\n" + "\n\n".join(items) + "\n", STORY_URL)
    assert page.kind == "listing"
    assert [a.title for a in page.articles] == list(HYPHEN_SLUGS)
    assert [a.paragraphs for a in page.articles] == [[S1], [S2], [S3]]


def test_capitals_places_before_a_spaced_hyphen_are_no_slugs() -> None:
    """Near miss: a place in capitals before a spaced hyphen opens a story's text, and a
    story's paragraphs opening so are no digest's items."""
    places = ("PORT AVELIN", "NORTH BAY", "VARNHOLM")
    paras = [f"{p} - {s}" for p, s in zip(places, (S1, S2, S3), strict=True)]
    page = extract_at("Coast Wire News Digest 6 p.m.\n\n" + "\n\n".join(paras) + "\n", STORY_URL)
    assert all(a.title not in places for a in page.articles)
    assert not removed(page, "layout.digest-lead-in")


# --- a feed reader's page of one paper, headed by the paper's name ------------------------------


def test_a_papers_name_over_a_feed_is_each_entrys_outlet() -> None:
    page = extract_at(f"The Kessel Courier\n\n{CARDS}", "https://feedshelf.example/source/kessel-courier")
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert [a.outlet for a in page.articles] == ["The Kessel Courier"] * 3
    assert [a.category for a in page.articles] == [None] * 3


def test_a_papers_own_masthead_and_a_section_heading_name_no_outlet() -> None:
    """Near misses: on the paper's own site its name is the masthead, no outlet; a section's
    name over the entries is their category."""
    own = extract_at(f"The Kessel Courier\n\n{CARDS}", "https://www.kesselcourier.example/news/")
    assert [a.outlet for a in own.articles] == [None] * 3
    section = extract_at(f"World News\n\n{CARDS}", "https://feedshelf.example/source/kessel-courier")
    assert [a.outlet for a in section.articles] == [None] * 3
    assert [a.category for a in section.articles] == ["World News"] * 3


# --- AP's rights notice with "written" for "rewritten" ----------------------------------------

AP_NOTICE = "This material may not be published, broadcast, written or redistributed."


def test_the_wires_notice_with_written_is_cut() -> None:
    body = f"{P1}\n\n{P2}\n\nCopyright © 2019 The Associated Press. All rights reserved. {AP_NOTICE}"
    page, main = daily8_reprint(body)
    assert AP_NOTICE in removed(page, "common.rights-notice")
    assert main.paragraphs[-1] == P2
    assert main.credits == ["AP"]


def test_a_sentence_saying_what_may_not_be_published_stays() -> None:
    """Near miss: a story's sentence about a ban on publishing is the story's."""
    kept = "The judge said the letter may not be published, broadcast or quoted until the trial ends."
    page, main = daily8_reprint(f"{P1}\n\n{kept}")
    assert main.paragraphs[-1] == kept
    assert not removed(page, "common.rights-notice")


# --- a caption-first listing cut off inside its last card ----------------------------------------

CAPTIONS = (
    "Ferry passengers wait on the east quay of Port Avelin during the morning crossing on Tuesday.",
    "Farmers unload seed sacks at the cooperative depot in North Bay after the relief package was paid.",
    "Children walk past a flooded school yard in Varnholm a week after the river burst its banks.",
)
CAPTION_CARDS = "".join(f"{c}\n\n{t}\n\n{s}\n\n" for c, t, s in zip(CAPTIONS, (T1, T2, T3), (S1, S2, S3), strict=True))
LAST_TITLE = "Library extends opening hours for exam season"
# the page's end: the last card's caption (cut short by the site), its headline, its teaser's first words
CUT_CARD = f"Library director Mira Lund at the front desk\n\n{LAST_TITLE}\n\nThe town library will open its doors two hours earlier fr"


def test_a_cut_caption_first_card_is_one_entry() -> None:
    page = extract_at(f"{CAPTION_CARDS}{CUT_CARD}", LISTING_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3, LAST_TITLE]
    assert page.articles[-1].paragraphs == ["The town library will open its doors two hours earlier fr"]
    assert "Library director Mira Lund at the front desk" not in page.articles[-2].paragraphs


def test_the_same_lines_closing_a_listing_without_captions_stay_entries() -> None:
    """Near miss: where the cards print no caption, the short lines at the end are read as
    before: the middle one is no card's headline with the first as its caption."""
    page = extract_at(f"{CARDS}\n{CUT_CARD}", LISTING_URL)
    assert "Library director Mira Lund at the front desk" in [a.title for a in page.articles]


# --- a story-closing heading closed by an ellipsis ------------------------------------------------


def test_a_closing_heading_with_an_ellipsis_is_removed() -> None:
    for heading in ("You May Also Like…", "Related Posts..."):
        page, main = daily8_reprint(f"{P1}\n\n{P2}\n\n{heading}")
        assert heading in removed(page, "web.story-end")
        assert main.paragraphs == [P1, P2]


def test_a_sentence_opening_like_the_heading_stays() -> None:
    """Near miss: a sentence trailing off with an ellipsis is the story's."""
    kept = "You may also like the new timetable, the mayor told the crowd…"
    page, main = daily8_reprint(f"{P1}\n\n{kept}")
    assert main.paragraphs[-1] == kept
    assert not removed(page, "web.story-end")


# --- a paywalled paragraph saved as its cipher ------------------------------------------------------

# "<p>The pier opens in May.</p>" and a link, enciphered as such pages ship them (ROT47)
CIPHER_P = "kAm%96 A:6C @A6?D :? |2J]k^Am"
CIPHER_LINK = "k2 9C67lQ9EEADi^^4@2DE]6I2>A=6^A:6CQm%96 A:6Ck^2m"


def test_a_ciphered_paragraph_is_no_story_text() -> None:
    page, main = daily8_reprint(f"{P1}\n\n{CIPHER_P}\n\n{CIPHER_LINK}\n\n{P2}")
    assert main.paragraphs == [P1, P2]
    assert removed(page, "web.cipher-paragraph") == [CIPHER_P, CIPHER_LINK]


def test_a_line_opening_like_the_cipher_stays() -> None:
    """Near miss: a line that opens with the letters but is not closed by the cipher's tag."""
    kept = "kAm is the name the pier's builders gave the crane, the harbour master said."
    page, main = daily8_reprint(f"{P1}\n\n{kept}")
    assert main.paragraphs[-1] == kept
    assert not removed(page, "web.cipher-paragraph")
