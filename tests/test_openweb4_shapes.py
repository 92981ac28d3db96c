"""Shapes of wire feeds and South Asian listings (issue 18), each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a
near miss of the same look left alone.
"""

from __future__ import annotations

from stories import S1, S2, S3, S4, S5, T1, T2, T3, extract_at

from newsclean import Page
from newsclean.classify import Item, Kind
from newsclean.fields.dateline import match_dateline
from newsclean.headerlines import byline_line, desk_byline
from newsclean.layout.furniture import is_shortcode
from newsclean.layout.shapes import Shape, agency_line, line_shape
from newsclean.lines import Line
from newsclean.timeparse import time_line

LISTING_URL = "https://kessel-news.example/category/national"


def ex(text: str, url: str | None = LISTING_URL) -> Page:
    return extract_at(text, url)


def _item(text: str) -> Item:
    return Item(Line(text, 0, len(text), 0, 0, 0), Kind.TEXT)


# --- a scraper's stamp of the month only ----------------------------------------------------


def test_month_scrape_stamp_opening_the_page_is_cut() -> None:
    page = ex(f" date 2017-03 Nation & World\n\n{T1}\n\n{S1}\n\n{S4}\n", url=None)
    (a,) = page.articles
    assert a.title == T1 and a.category == "Nation & World"
    assert any(r.rule == "heuristic.scrape-stamp" and r.text == "date 2017-03" for r in page.removed)


def test_a_year_alone_or_a_month_inside_the_text_is_no_scrape_stamp() -> None:
    # near misses: a bare year after "date" opens no stamp; the month further down is text
    page = ex(f"date 2017 was a good year for the harbour\n\n{S1}\n", url=None)
    assert not any(r.rule == "heuristic.scrape-stamp" for r in page.removed)
    page = ex(f"{T1}\n\n{S1}\n\nThe hearing date 2017-03 was set by the court.\n", url=None)
    assert "date 2017-03" in page.articles[0].body


# --- a lone credit line closing each entry --------------------------------------------------


def test_the_same_credit_under_every_entry_is_each_entrys_credit() -> None:
    text = "Latest National News\n\n" + "".join(
        f"{t}\nKUALA LUMPUR, June 25 -- {s}\nBERNAMA\n\n" for t, s in ((T1, S1), (T2, S2), (T3, S3))
    )
    page = ex(text)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert all(a.credits == ["Bernama"] and a.category is None for a in page.articles)
    assert all("BERNAMA" not in a.body for a in page.articles)
    assert sum(r.rule == "layout.credit-line" for r in page.removed) == len(page.articles)


def test_a_dashed_credit_line_is_no_section_and_a_byline_under_it_stays() -> None:
    text = f"{T1}\n{S1}\n- AFP\nBy Mira Lund\n\n{T2}\n{S2}\n©AFP\n\n{T3}\n{S3}\n(Reuters)\n"
    page = ex(text)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert [a.credits for a in page.articles] == [["AFP"], ["AFP"], ["Reuters"]]
    assert all(a.category is None for a in page.articles)
    assert page.articles[0].byline == ["Mira Lund"]


def test_a_label_that_is_no_agency_stays_the_widget_or_the_section() -> None:
    # near miss: the same non-agency label under every entry is still a widget; differing
    # ones are still the entries' sections
    same = "".join(f"{t}\n{s}\nPROGRESS\n\n" for t, s in ((T1, S1), (T2, S2), (T3, S3)))
    page = ex(same)
    assert all(a.credits == [] for a in page.articles)
    assert any(r.rule == "layout.trailing-widget" for r in page.removed)
    mixed = f"{T1}\n{S1}\nPolitics\n\n{T2}\n{S2}\nFarming\n\n{T3}\n{S3}\nSchools\n"
    assert [a.category for a in ex(mixed).articles] == ["Politics", "Farming", "Schools"]
    assert agency_line("- AFP") and agency_line("BERNAMA") and not agency_line("Progress")


def test_a_credit_line_ends_a_story_in_a_feed_of_whole_stories() -> None:
    text = (
        f"{T1}\nKUALA LUMPUR, June 25 -- {S1}\n{S4}\nBERNAMA\n"
        f"Farmers receive seed subsidies\nPUTRAJAYA, June 24 -- {S2}\n{S5}\nBERNAMA\n"
    )
    page = ex(text, url=None)
    assert [a.title for a in page.articles] == [T1, "Farmers receive seed subsidies"]
    assert all(a.credits == ["Bernama"] for a in page.articles)
    assert S2 not in page.articles[0].body and "BERNAMA" not in page.articles[0].body


def test_without_a_credit_line_a_short_line_stays_a_subheading() -> None:
    # near miss: the same story without its credit line keeps the short line in its body
    text = f"{T1}\nKUALA LUMPUR, June 25 -- {S1}\n{S4}\nFarmers receive seed subsidies\n{S2}\n{S5}\n"
    (a,) = ex(text, url=None).articles
    assert a.title == T1 and "Farmers receive seed subsidies" in a.body


# --- a desk's unnamed byline -------------------------------------------------------------


def test_desk_bylines_are_bylines() -> None:
    for line, desk in (
        ("Staff Reporter", "Staff Reporter"),
        ("Our Correspondent", "Our Correspondent"),
        ("A Special Correspondent", "A Special Correspondent"),
        ("By Our Staff Reporter", "Our Staff Reporter"),
        ("Web Desk", "Web Desk"),
        ("HT Correspondent", "HT Correspondent"),
    ):
        assert desk_byline(line) == desk and byline_line(line) == [desk]
    text = "".join(
        f"{t}\n{b}\n{s}\n\n"
        for t, b, s in ((T1, "Staff Reporter", S1), (T2, "Our Correspondent", S2), (T3, "Staff Reporter", S3))
    )
    page = ex(text)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert [a.byline for a in page.articles] == [["Staff Reporter"], ["Our Correspondent"], ["Staff Reporter"]]


def test_a_role_word_alone_is_no_desk_byline() -> None:
    # near misses: a role alone, a desk alone, an article with a role
    for line in ("Reporter", "Desk", "The Reporter", "By Reporter", "Correspondents"):
        assert desk_byline(line) is None


# --- a title-case dateline set off by a colon -------------------------------------------


def test_title_case_colon_dateline_gives_place_and_time() -> None:
    text = "".join(
        f"{t}\n{p}, July 2{k}: {s}\n\n"
        for k, (t, p, s) in enumerate(((T1, "Karachi", S1), (T2, "Lahore", S2), (T3, "Multan", S3)))
    )
    page = ex(text)
    assert [a.dateline.location for a in page.articles if a.dateline] == ["Karachi", "Lahore", "Multan"]
    assert [a.published_text for a in page.articles] == ["July 20", "July 21", "July 22"]
    assert page.articles[0].body.startswith("The harbour council")


def test_a_weekday_or_label_before_a_colon_is_no_dateline() -> None:
    # near misses: a diary head and a label; a dash dateline keeps its date out of the time
    assert match_dateline("Monday, June 9: The council met again.") is None
    assert match_dateline("Update, June 9: The council met again.") is None
    page = ex(f"{T1}\n\nSEOUL, June 9 — {S1}\n\n{S4}\n", url=None)
    (a,) = page.articles
    assert a.dateline is not None and a.dateline.location == "SEOUL" and a.published_text is None


# --- a teaser closed by its wire's name in capitals ---------------------------------------


def test_a_teaser_closed_by_its_wire_in_capitals_is_prose() -> None:
    line = "Karachi, July 25: The harbour council approved the ferry plan, officials said. APP"
    assert line_shape(_item(line)) is Shape.PROSE
    text = "".join(f"{t}\nStaff Reporter\n{s} APP\n\n" for t, s in ((T1, S1), (T2, S2), (T3, S3)))
    page = ex(text)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert all(a.credits == ["APP"] and "APP" not in a.body for a in page.articles)


def test_a_headline_ending_in_capitals_stays_a_headline() -> None:
    # near miss: capitals closing a headline that has no sentence stop before them
    assert line_shape(_item("Harbour council approves new ferry terminal plan for KL")) is Shape.HEAD


# --- a story under its section label, with its byline and date under the title ------------


def test_byline_and_date_under_a_headed_storys_title_are_its_header() -> None:
    text = f"Business\n{T1}\nBy Jane Roe\nJune 9, 2025\n{S1}\n{S4}\n"
    (a,) = ex(text, url=None).articles
    assert a.title == T1 and a.category == "Business" and a.byline == ["Jane Roe"]
    assert a.published_text == "June 9, 2025" and a.body.startswith("The harbour council")


def test_a_line_under_a_headed_storys_title_that_is_no_header_stays_its_text() -> None:
    # near miss: a subheading-like line under the title is no header line
    text = f"Business\n{T1}\nThe quay plan in brief\n{S1}\n{S4}\n"
    (a,) = ex(text, url=None).articles
    assert a.title == T1 and a.published_text is None


# --- an AP-style stamp: the hour alone with its "a.m." ---------------------------------------


def test_a_stamp_with_the_hour_alone_is_one_time() -> None:
    assert time_line("Jan 26, 2015, 11 a.m.") == (None, "Jan 26, 2015, 11 a.m.")
    assert time_line("June 9, 2025 10 AM") == (None, "June 9, 2025 10 AM")
    text = "".join(
        f"{t}\nJan 26, 2015, {h}\n{s}\n\n"
        for t, h, s in ((T1, "11 a.m.", S1), (T2, "9:59 a.m.", S2), (T3, "8 p.m.", S3))
    )
    page = ex(text)
    assert [a.published_text for a in page.articles] == [
        "Jan 26, 2015, 11 a.m.",
        "Jan 26, 2015, 9:59 a.m.",
        "Jan 26, 2015, 8 p.m.",
    ]
    assert all(a.category is None for a in page.articles)


def test_an_hour_in_a_sentence_or_without_its_date_is_no_time_line() -> None:
    # near misses: the hour inside a sentence, a bare number before "am" with no date
    assert time_line("The meeting ended at 11 a.m.") is None
    assert time_line("Published 9 am") is None


# --- WordPress's excerpt link after a bracketed ellipsis --------------------------------------


def test_a_read_link_after_a_bracketed_ellipsis_is_chrome() -> None:
    cut = "The harbour council on Tuesday approved a plan for a new ferry terminal on the east quay and"
    text = "".join(f"{t}\n\nShare this page\n\n{s} Read full […]\n\n" for t, s in ((T1, cut), (T2, S2), (T3, S3)))
    page = ex(text)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert all("Read" not in a.body and "[…]" not in a.body for a in page.articles)
    assert sum(r.rule == "layout.teaser-link" for r in page.removed) == len(page.articles)


def test_a_bracketed_ellipsis_without_its_link_word_stays() -> None:
    # near miss: the bracketed ellipsis alone is the teaser's own cut mark, kept
    text = "".join(f"{t}\n\n{s} […]\n\n" for t, s in ((T1, S1), (T2, S2), (T3, S3)))
    page = ex(text)
    assert all(a.body.endswith("[…]") for a in page.articles)


# --- a card's link label glued to the next headline; a dateline's empty date slot ----------


def test_a_link_label_glued_before_a_headline_is_cut() -> None:
    text = f"{T1}\n{S1}\nRead more{T2}\n{S2}\nRead more{T3}\n{S3}\nRead more\n"
    page = ex(text)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert sum(r.rule == "layout.glued-link-label" for r in page.removed) == 2


def test_a_headline_opening_with_read_as_a_word_stays_whole() -> None:
    # near miss: "Read" opening a headline with a space after its words is the headline's
    titles = ["Read more books, the library urges its members", T2, T3]
    text = "".join(f"{t}\n{s}\n\n" for t, s in zip(titles, (S1, S2, S3), strict=True))
    assert [a.title for a in ex(text).articles] == titles


def test_a_dateline_with_its_date_slot_left_empty_is_the_dateline() -> None:
    m = match_dateline("KUALA LUMPUR, — The parents said on Monday that the fund would close.")
    assert m is not None and m.group("place") == "KUALA LUMPUR"
    (a,) = ex(f"{T1}\n\nKUALA LUMPUR, — {S1}\n\n{S4}\n", url=None).articles
    assert a.dateline is not None and a.dateline.location == "KUALA LUMPUR"
    assert a.body.startswith("The harbour council")


def test_a_comma_before_a_colon_is_no_empty_date_slot() -> None:
    # near miss: the comma is allowed only before a dash
    assert match_dateline("KUALA LUMPUR, : The parents said the fund would close.") is None


# --- the site's clock over a listing whose entries print no time ------------------------------


def test_a_weekday_date_over_undated_entries_is_the_sites_clock() -> None:
    text = "Sunday, 7 August, 2022\n\nTopic: Harbour\n\n" + "".join(
        f"{t}\n\n{s}\n\n" for t, s in ((T1, S1), (T2, S2), (T3, S3))
    )
    page = ex(text, url="https://kessel-news.example/tag/harbour/")
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert all(a.published_text is None for a in page.articles)
    assert any(r.rule == "layout.page-clock" and r.text == "Sunday, 7 August, 2022" for r in page.removed)


def test_a_date_without_its_weekday_or_over_dated_entries_is_not_the_clock() -> None:
    # near misses: no weekday (it may be the entry's own date); other entries print times
    text = "7 August, 2022\n\n" + "".join(f"{t}\n\n{s}\n\n" for t, s in ((T1, S1), (T2, S2), (T3, S3)))
    page = ex(text, url="https://kessel-news.example/tag/harbour/")
    assert not any(r.rule == "layout.page-clock" for r in page.removed)
    dated = "Sunday, 7 August, 2022\n\n" + "".join(
        f"{t}\n{d}\n{s}\n\n" for t, d, s in ((T1, "3 hours ago", S1), (T2, "5 hours ago", S2), (T3, "6 hours ago", S3))
    )
    page = ex(dated, url="https://kessel-news.example/tag/harbour/")
    assert not any(r.rule == "layout.page-clock" for r in page.removed)


# --- an author page: its "Browsing author" label and the author's bio -----------------------

AUTHOR_URL = "https://kessel-news.example/author/mira-lund/"


def test_browsing_label_and_author_bio_are_the_author_pages_furniture() -> None:
    text = (
        "Browsing author\n\nMira Lund\n\nMira Lund is a reporter who covers the harbour and its ferries for the paper.\n\n"
        + "".join(f"{t}\n\n{s}\n\n" for t, s in ((T1, S1), (T2, S2), (T3, S3)))
    )
    page = ex(text, url=AUTHOR_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert all(a.byline == ["Mira Lund"] and a.category is None for a in page.articles)
    assert any(r.rule == "layout.listing-heading" and r.text == "Browsing author" for r in page.removed)


def test_a_paragraph_not_about_the_pages_author_stays_a_story() -> None:
    # near miss: prose above the entries that names someone else is a story's text, kept
    text = "Mira Lund\n\nSam Poe is the new harbour master, the council said on Monday after a vote.\n\n" + "".join(
        f"{t}\n\n{s}\n\n" for t, s in ((T1, S1), (T2, S2), (T3, S3))
    )
    page = ex(text, url=AUTHOR_URL)
    assert any("Sam Poe is the new harbour master" in a.body for a in page.articles)


# --- an unrendered WordPress shortcode -------------------------------------------------------


def test_a_shortcode_line_is_chrome_on_a_listing_and_a_story() -> None:
    text = f"{T1}\n\n{S1}\n\n[embedpost slug=”harbour-ferry-fares-2″]\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n"
    page = ex(text)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert all(a.category is None and "[" not in a.body for a in page.articles)
    assert any(r.rule == "layout.shortcode" for r in page.removed)
    story = f'{T1}\n\n[caption id="attachment_12" align="alignnone"]\n\n{S1}\n\n{S4}\n'
    (a,) = ex(story, url=None).articles
    assert "caption id" not in a.body and a.body.startswith("The harbour council")


def test_a_bracketed_label_in_capitals_is_no_shortcode() -> None:
    # near miss: "[Updated]", "[VIDEO]" are labels a story prints, not shortcodes
    assert not is_shortcode("[Updated]") and not is_shortcode("[VIDEO]")
    assert is_shortcode("[/caption]") and is_shortcode('[gallery ids="1,2,3"]')
