"""Feed and wire shapes of round 7, each shown taken and beside a near miss that is kept.

Pages are built from the invented stories of ``tests/stories.py``.
"""

from __future__ import annotations

from itertools import pairwise

import pytest

import newsclean
from newsclean.timeparse import time_line, trailing_stamp
from tests.letters import lost_letters
from tests.stories import S1, S2, S3, S4, S5, S6, T1, T2, T3, extract_at

LISTING = "https://coastpost.example/news"
STAMP = "Mon, 18 Mar 2024 04:00:00 EDT"


def test_a_feeds_title_with_its_stamp_on_one_line_gives_title_and_time() -> None:
    page = extract_at("".join(f"{t} - {STAMP}\n{s}\n\n" for t, s in ((T1, S1), (T2, S2), (T3, S3))), LISTING)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert all(a.published_text == STAMP and a.outlet is None for a in page.articles)
    assert [r.text for r in page.removed if r.rule == "heuristic.title-stamp"] == ["-"] * 3


def test_a_story_whose_title_line_carries_its_stamp_keeps_its_title() -> None:
    article = extract_at(f"{T1} | {STAMP}\n{S1}\n{S4}\n", None).articles[0]
    assert article.title == T1
    assert article.published_text == STAMP
    assert article.published_at is not None


@pytest.mark.parametrize("line", ["Coast Post - 3 hours ago", "Times of India - Mon, 18 Mar 2024 04:00:00 EDT"])
def test_an_outlets_name_before_its_time_stays_an_outlet_line(line: str) -> None:
    assert trailing_stamp(line) is None
    read = time_line(line)
    assert read is not None and read[0] is not None


def test_a_labelled_stamp_with_two_dates_is_no_headline() -> None:
    line = "Last updated 04 Jun 2020, originally created 17 Jun 2019"
    assert trailing_stamp(line) is None
    assert time_line(line) is not None


def test_a_story_sentence_about_appearing_first_stays() -> None:
    line = "The mayor's post on the plan appeared in the paper first, on Monday."
    article = extract_at(f"{T1}\n{S1}\n{line}\n", None).articles[0]
    assert article.outlet is None
    assert article.paragraphs == [S1, line]


def test_an_outlet_set_off_by_a_spaced_colon_leaves_the_title() -> None:
    article = extract_at(f"{T1} : NPR\n{S1}\n{S4}\n", None).articles[0]
    assert (article.title, article.outlet) == (T1, "NPR")


def test_a_spaced_colon_before_words_that_name_no_outlet_stays_in_the_title() -> None:
    title = "Harbour council says : no new ferries this year"
    article = extract_at(f"{title}\n{S1}\n{S4}\n", None).articles[0]
    assert (article.title, article.outlet) == (title, None)


MUSEUM = ("Museum adds a wing for maritime paintings", S4)


def test_a_title_printed_cut_short_above_its_full_print_opens_its_entry_even_when_it_reads_as_a_sentence() -> None:
    entries = ((T1, S1), (T2, S2), (T3, S3), MUSEUM)
    page = extract_at("".join(f"{t[:25]}...\n{t}\n{s}\n\n" for t, s in entries), LISTING)
    assert [a.title for a in page.articles] == [t for t, _ in entries]
    assert [a.paragraphs for a in page.articles] == [[s] for _, s in entries]
    assert sum(r.rule == "layout.repeated-title" for r in page.removed) == len(entries)


def test_a_cut_line_that_is_no_print_of_the_next_title_stays_with_the_entry_above() -> None:
    teaser = "Residents of the valley say they were not consulted on the..."
    entries = ((T1, S1), (T2, S2), (T3, S3), MUSEUM)
    page = extract_at("".join(f"{t}\n{s}\n{teaser if k == 2 else ''}\n" for k, (t, s) in enumerate(entries)), LISTING)
    assert teaser in page.articles[2].body


def test_a_sites_footer_links_after_the_last_story_leave_its_body() -> None:
    footer = "Privacy Policy\nTerms of Use\nDo Not Sell My Personal Information\n"
    page = extract_at(f"{T1}\n{S1}\n{S4}\n{footer}", None)
    assert page.articles[0].paragraphs == [S1, S4]
    assert {r.text for r in page.removed if r.rule == "web.site-links"} == set(footer.split("\n")) - {""}


def test_a_story_sentence_naming_a_privacy_policy_stays() -> None:
    line = "The council said its privacy policy would be updated before the terminal opens."
    article = extract_at(f"{T1}\n{S1}\n{line}\n", None).articles[0]
    assert article.paragraphs == [S1, line]


HEADED = "".join(f"{t}\n2 hours ago\n{s}\n" for t, s in ((T1, S1), (T2, S2), (T3, S3)))


@pytest.mark.parametrize(
    "blurb",
    ["Welcome to the harbour towns' daily paper, with local news since 1998.",
     "Coast Post brings you the news of the harbour towns every morning, from our newsroom on the quay."],
)  # fmt: skip
def test_a_sites_welcome_blurb_above_its_entries_is_furniture(blurb: str) -> None:
    page = extract_at(f"{blurb}\n{HEADED}", LISTING)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert [r.text for r in page.removed if r.rule == "layout.site-blurb"] == [blurb]


def test_prose_above_the_entries_that_reports_on_others_stays_a_story() -> None:
    lead = "The Coast Post's rival paper said on Monday that the ferry fares would rise in the spring."
    page = extract_at(f"{lead}\n{HEADED}", LISTING)
    assert page.articles[0].paragraphs == [lead]
    assert len(page.articles) == 4


@pytest.mark.parametrize(("glued", "removed"), [("By Jane Roe", "By"), ("Jane Roe, Portwick", ", Portwick")])
def test_a_byline_glued_after_a_cards_headline_goes_to_the_byline(glued: str, removed: str) -> None:
    page = extract_at("".join(f"{t}{glued}\n{s}\n" for t, s in ((T1, S1), (T2, S2), (T3, S3))), LISTING)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert all(a.byline == ["Jane Roe"] for a in page.articles)
    assert [r.text for r in page.removed if r.rule == "layout.glued-byline"] == [removed] * 3


def test_a_brand_name_with_a_capital_inside_stays_in_the_title() -> None:
    title = "Harbour school shows a new MacBook Pro lab"
    page = extract_at("".join(f"{t}\n{s}\n" for t, s in ((title, S1), (T2, S2), (T3, S3))), LISTING)
    assert page.articles[0].title == title
    assert page.articles[0].byline == []


def test_a_headline_glued_to_a_teaser_opening_with_a_one_letter_word_is_split() -> None:
    page = extract_at("".join(f"{t}{s}\n2 hours ago\n" for t, s in ((T1, S1), (T2, S2), (T3, S3))), LISTING)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert page.articles[1].paragraphs == [S2]


@pytest.mark.parametrize(
    ("suffix", "category", "outlet"),
    [("Cricket News", "Cricket News", None), ("BBC News", None, "BBC News"), ("Motoring", "Motoring", None),
     ("Personal Finance", "Personal Finance", None), ("Brindlewood", None, "Brindlewood")],
)  # fmt: skip
def test_a_section_hung_on_every_title_is_the_category_and_an_outlet_stays_the_outlet(
    suffix: str, category: str | None, outlet: str | None
) -> None:
    page = extract_at(
        "".join(f"{t} | {suffix}\n2 hours ago\n{s}\n" for t, s in ((T1, S1), (T2, S2), (T3, S3))), LISTING
    )
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert all((a.category, a.outlet) == (category, outlet) for a in page.articles)


@pytest.mark.parametrize(
    ("prefix", "category", "outlet"),
    [("The Herald", None, "The Herald"), ("Valley Gazette", None, "Valley Gazette"), ("Politics", "Politics", None),
     ("Harbour Life", "Harbour Life", None)],
)  # fmt: skip
def test_a_paper_named_before_every_title_is_the_outlet_and_a_section_the_category(
    prefix: str, category: str | None, outlet: str | None
) -> None:
    # issue 18: "The Herald – " before titles; a recurring prefix is a section unless it has
    # an outlet's shape (a paper's name word, a domain)
    page = extract_at(
        "".join(f"{prefix} – {t}\n2 hours ago\n{s}\n" for t, s in ((T1, S1), (T2, S2), (T3, S3))), LISTING
    )
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert all((a.category, a.outlet) == (category, outlet) for a in page.articles)


@pytest.mark.parametrize(
    "trailer",
    ["Author : Jane Roe\nPublish date : 2024-03-18\nSource link : https://coastpost.example/a\n",
     "By Jane Roe\nPublished: 2024-03-18\n"],
)  # fmt: skip
def test_a_byline_and_stamp_after_the_story_are_its_trailer_not_another_entry(trailer: str) -> None:
    page = extract_at(f"{T1}\n{S1}\n{S4}\n{trailer}", None)
    assert len(page.articles) == 1
    article = page.articles[0]
    assert (article.byline, article.published_text, article.paragraphs) == (["Jane Roe"], "2024-03-18", [S1, S4])


def test_an_aggregators_outlet_and_time_after_a_story_still_open_the_next_entry() -> None:
    page = extract_at(f"{T1}\n{S1}\n{S4}\n{T2}\nValley Times2 hours ago\n{S2}\n", None)
    assert [a.title for a in page.articles] == [T1, T2]


@pytest.mark.parametrize("domain", ["coastpost.com", "coastpost.co.uk", "news.coastpost.org"])
def test_a_domain_before_a_date_under_the_title_is_the_outlet(domain: str) -> None:
    article = extract_at(f"{T1}\n{domain}, May 16, 2024\n{S1}\n{S4}\n", None).articles[0]
    assert (article.outlet, article.published_text) == (domain, "May 16, 2024")
    assert article.paragraphs == [S1, S4]


def test_a_sentence_ending_in_a_date_is_no_outlet_line() -> None:
    line = "The ferry left Portwick. May 16, 2024"
    assert time_line(line) is None


# --- a feed of one-line teasers with no URL to go by (oneline.closed_teaser_feed) ----------

FEED_LINES = [
    "The harbour council approved a plan for a new ferry terminal on the east quay. coastpost.net",
    "Farmers in the north received seed subsidies under the relief package this week. harbourledger.org",
    "Schools in districts hit by the floods will reopen two weeks later than planned. coastpost.net",
    "The lifeboat crew was called out twice on Sunday to rescue sailors off the point. bit.ly",
    "Traders returned to the market hall on Monday after a year of repairs to its roof harbourledger.org",
]


def test_closed_teaser_lines_make_a_listing_without_a_url() -> None:
    page = newsclean.extract("\n".join(FEED_LINES) + "\n")
    assert page.kind == "listing"
    assert len(page.articles) == len(FEED_LINES)
    assert [a.outlet for a in page.articles][:3] == ["coastpost.net", "harbourledger.org", "coastpost.net"]


def test_a_story_with_a_cut_last_paragraph_stays_one_story_without_a_url() -> None:
    """Near miss: a story's paragraphs end in their stops; its first paragraph is not closed
    as a teaser, however many closed lines (related teasers) come after it."""
    story = "\n".join([T1, S1, S4, S5, S6, *FEED_LINES[:3]]) + "\n"
    page = newsclean.extract(story)
    assert page.kind == "article"
    assert page.articles[0].title == T1
    assert page.articles[0].body.startswith(S1)
    lead = "\n".join([T1, S1, *FEED_LINES[:4]]) + "\n"  # most lines closed, but not the first
    assert newsclean.extract(lead).kind == "article"


# --- teasers split off a listing keep their trailers (oneline.split_teaser_feeds) ---------

CUT_TEASERS = [
    "The ferry operator said on Tuesday that fares would rise by a tenth from May, and that the winter timetable would …",
    "Growers in Kessel tested frost fans on Monday after a cold spell damaged blossom across the lower terraces of the …",
    "The district council voted on Friday to turn the old mill into a library once the roof repairs are finished in …",
    "Fishermen in the bay asked the harbour board for longer opening hours at the fuel dock during the summer …",
    "Boat owners welcomed the decision at a meeting on Monday evening in the …",
]


def test_teasers_split_off_an_entry_take_its_trailer_and_no_span_nests() -> None:
    """Entries close with their section ("Politics", "Local government"); the closed teaser
    lines under an entry's own are entries of their own, so the section closing them is the
    last one's. Left with the first entry it stretched that entry's span over the split-off
    ones (their text then looked for in the wrong article). Before the first title, the lines
    left after the split-off teasers are the last teaser's trailer, not the page's heading."""
    text = "\n".join(
        [*CUT_TEASERS[:3], "Harbour Affairs of the Region", T3, S3, S4, S5, "Politics",
         T1, "The board agreed to open the dock an hour earlier from June, and fishermen had asked for longer hours …",
         *CUT_TEASERS[3:], "Local government"]
    ) + "\n"  # fmt: skip
    page = extract_at(text, "https://coastpost.example/tag/harbour")
    assert page.kind == "listing"
    assert [(a.title, a.category) for a in page.articles][3:] == [
        (T3, "Politics"), (T1, None), (None, None), (None, "Local government")]  # fmt: skip
    spans = sorted(a.span for a in page.articles)
    assert all(b[0] >= a[1] for a, b in pairwise(spans))
    third = page.articles[2]
    assert third.span[1] == text.index("Harbour Affairs of the Region") + len("Harbour Affairs of the Region")
    assert lost_letters(newsclean.normalize(text), page) == []


def test_an_entry_without_teaser_lines_under_it_keeps_its_trailer() -> None:
    """Near miss: an entry of one teaser keeps the section that closes it."""
    text = "\n".join([T3, S3, S4, "Politics", T1, S1, S2, "Local government"]) + "\n"
    page = extract_at(text, "https://coastpost.example/tag/harbour")
    assert [(a.title, a.category) for a in page.articles] == [(T3, "Politics"), (T1, "Local government")]
