"""Shapes of unseen listings, round 33: which lines open an entry of a listing that prints no
title over some of its text (a page's own one-line blurb, untitled stories under their dates).

Every story, town and name here is invented. Each test shows the shape read right and a near
miss of the same look left alone.
"""

from __future__ import annotations

from stories import S1, S2, S3, S4, S5, S6, T1, T2, T3, extract_at, removed

LISTING_URL = "https://coastradio.example/category/harbour/page/4/"


def _cut(s: str) -> str:
    return f"{s[:-1]}…"


# --- a page's own one-line motto or blurb above its entries ----------------------------------

MOTTO = '"A free harbour needs a free press, and a free press needs its readers".'
BLURB = "Browse the latest harbour reports from Port Avelin here and share your view in the comments."


def test_a_one_line_motto_over_titled_entries_is_the_pages_furniture() -> None:
    page = extract_at(f"{MOTTO}\n\n{T1}\n\n{S1}\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n", LISTING_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert removed(page, "layout.page-furniture") == [MOTTO]


def test_a_one_line_blurb_over_cut_teasers_is_no_entry() -> None:
    page = extract_at(f"{BLURB}\n{_cut(S1)}\n{_cut(S2)}\n{_cut(S3)}\n", LISTING_URL)
    assert [a.body for a in page.articles] == [_cut(S1), _cut(S2), _cut(S3)]
    assert BLURB in removed(page, "layout.page-furniture")


def test_a_long_paragraph_or_a_story_cut_at_the_top_over_the_entries_stays() -> None:
    """Near misses: a paragraph of story length, a line opening mid-sentence (a story cut
    off at the page's top), two short lines above the first title and a line reporting
    someone's words (in any of the lexicon's languages) are a story's text."""
    for top in (
        f"{S1} {S4}",
        "and the pier will reopen in May, the harbour master said.",
        f"{S5}\n{S6}",
        "The rival paper said on Monday that the ferry fares to the islands would rise in the spring.",
    ):
        page = extract_at(f"{top}\n\n{T1}\n\n{S1}\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n", LISTING_URL)
        assert page.articles[0].title is None, top
        assert page.articles[0].body == top.replace("\n", "\n\n"), top
        assert [a.title for a in page.articles[1:]] == [T1, T2, T3], top


def test_reported_speech_is_read_in_the_lexicons_languages() -> None:
    from newsclean.layout import _REPORTED

    for line in (
        "O prefeito disse que a balsa volta a operar.",
        "Der Hafenmeister sagte, die Fähre fahre wieder.",
        "Le maire a déclaré que le quai rouvrira.",
    ):
        assert _REPORTED.search(line) is not None, line
    assert _REPORTED.search("Browse the latest harbour reports here and share your view.") is None


def test_a_short_line_over_a_feed_of_uncut_teasers_is_a_teaser() -> None:
    """Near miss: over a feed whose lines are untitled, uncut teasers, a short first line has
    the entries' own shape and is an entry."""
    short = "The ferry to the islands runs again from Monday, the operator said."
    page = extract_at(f"Harbour\n\n{short}\n{S1}\n{S2}\n{S3}\n", LISTING_URL)
    assert [a.body for a in page.articles] == [short, S1, S2, S3]


# --- untitled stories under their dates --------------------------------------------------------


def test_a_date_over_several_paragraphs_opens_one_untitled_story() -> None:
    page = extract_at(f"June 29, 2020\n\n{S1}\n\n{S4}\n\n{S5}\n\nJune 28, 2020\n\n{S2}\n", LISTING_URL)
    assert [(a.title, a.published_text, a.body) for a in page.articles] == [
        (None, "June 29, 2020", f"{S1}\n\n{S4}\n\n{S5}"),
        (None, "June 28, 2020", S2),
    ]


def test_a_byline_over_paragraphs_opens_one_untitled_story() -> None:
    page = extract_at(f"By Ilse Marren\n\n{S1}\n\n{S4}\n\n{S5}\n\n{S6}\n", LISTING_URL)
    assert len(page.articles) == 1
    assert page.articles[0].byline == ["Ilse Marren"]
    assert page.articles[0].body == f"{S1}\n\n{S4}\n\n{S5}\n\n{S6}"


def test_teasers_each_closed_by_its_time_stay_one_entry_each() -> None:
    """Near miss: a feed whose time closes each teaser has one line between two times."""
    page = extract_at(f"{S1}\n3 hours ago\n{S2}\n5 hours ago\n{S3}\n6 hours ago\n{S4}\n", LISTING_URL)
    assert [a.body for a in page.articles] == [S1, S2, S3, S4]


# --- a short headline in the first entry's title slot ------------------------------------------

SHORT = "Harbour Diary"


def test_a_short_line_over_the_first_teaser_of_titled_cards_is_its_title() -> None:
    page = extract_at(f"{SHORT}\n\n{S4}\n\n{T1}\n\n{S1}\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n", LISTING_URL)
    assert [(a.title, a.category) for a in page.articles] == [(SHORT, None), (T1, None), (T2, None), (T3, None)]
    assert page.articles[0].body == S4


def test_a_heading_over_a_title_or_over_untitled_teasers_stays_the_pages_heading() -> None:
    """Near misses: the page's section name over the first card's title, and over a feed of
    untitled teasers, is the page's heading (every entry's category), no entry's title."""
    page = extract_at(f"Harbour\n\n{T1}\n\n{S1}\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n", LISTING_URL)
    assert [(a.title, a.category) for a in page.articles] == [(T1, "Harbour"), (T2, "Harbour"), (T3, "Harbour")]
    page = extract_at(f"Harbour\n\n{S4}\n{S1}\n{S2}\n{S3}\n", LISTING_URL)
    assert [a.title for a in page.articles] == [None] * 4


# --- a separator glyph printed twice is no title ----------------------------------------------

BLOG_URL = "https://harbournews.example.blogspot.com/search?updated-max=2025-06-01"
DAY = "Saturday, 7 June 2025"


def test_a_separator_glyph_printed_twice_opens_no_entry() -> None:
    for sep in (".", "|", "*"):
        text = f"> HARBOUR NEWS\n\n{sep}\n\n{sep}\n\n{DAY}\n\n{T1}\n\n{S1}\n\n{S4}\n\n{T2}\n\n{S2}\n\n{S5}\n"
        page = extract_at(text, BLOG_URL)
        assert [a.title for a in page.articles] == [T1, T2], sep
        assert page.articles[0].published_text == DAY, sep


def test_a_title_printed_twice_over_its_date_still_opens_its_entry() -> None:
    """Near miss: words printed twice over a date are the title printed twice."""
    page = extract_at(f"Harbour Diary\n\nHarbour Diary\n\n{DAY}\n\n{S1}\n\n{S4}\n", BLOG_URL)
    assert [(a.title, a.published_text) for a in page.articles] == [("Harbour Diary", DAY)]


# --- a teaser closed by its link label in another language closes its entry --------------------


def test_teasers_closed_by_another_languages_link_label_are_a_feed() -> None:
    for label in ("Lees meer", "Leer más", "Leia mais"):
        text = f"{S1} {label}\n{S2} {label}\n{S3} {label}\n"
        for url in (None, LISTING_URL):
            page = extract_at(text, url)
            assert [a.body for a in page.articles] == [S1, S2, S3], (label, url)


def test_a_sentence_running_into_the_same_words_closes_nothing() -> None:
    """Near miss: a paragraph ending in the label's words with no stop before them goes on."""
    lines = [f"{s[:-1]} mehr zum Weiterlesen." for s in (S1, S2, S3)]
    page = extract_at("\n".join(lines) + "\n", None)
    assert len(page.articles) == 1


# --- a listing whose only paragraph is the section's description -------------------------------

SECTION_BLURB = (
    "Harbour news covers what happens on the quays and the water of the coast: the ferries and "
    "their timetables, the fishing fleet and its catch, the pilots and the harbour board, the "
    "works on the piers, the weather that keeps boats in port, and the people who live from the "
    "sea. Reports come from the towns along the bay and from the islands, and they follow the "
    "decisions of the councils that run the ports as well as the trade that passes through them."
)


def test_a_listings_only_paragraph_that_is_long_untitled_and_undated_is_no_entry() -> None:
    for text in (f"News\n\n{SECTION_BLURB}\n", f"{SECTION_BLURB}\n"):
        page = extract_at(text, LISTING_URL)
        assert page.articles == [], text
        assert removed(page, "layout.listing-blurb") == [SECTION_BLURB], text


def test_a_listings_only_teaser_or_dated_paragraph_stays_an_entry() -> None:
    """Near misses: a teaser's length, a paragraph under a date, two paragraphs."""
    for text in (f"Harbour\n\n{S1} {S4}\n", f"June 9, 2025\n\n{SECTION_BLURB}\n", f"{SECTION_BLURB}\n\n{S1}\n"):
        page = extract_at(text, LISTING_URL)
        assert len(page.articles) == 1, text
        assert not removed(page, "layout.listing-blurb"), text


def test_a_heading_the_url_spells_over_an_untitled_first_teaser_stays_the_heading() -> None:
    """Near miss: "Harbour" on ".../category/harbour/" names the page's section, even over a
    first card whose headline the page lost."""
    page = extract_at(f"Harbour\n\n{S4}\n\n{T1}\n\n{S1}\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n", LISTING_URL)
    assert page.articles[0].title is None
    assert [a.category for a in page.articles] == ["Harbour"] * 4
