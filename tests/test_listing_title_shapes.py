"""Titles of shapes the wide pages' own titles do not show (round: swapped titles).

``benchmarks/daily8_variants.py --corpus`` on the wide corpus's tuned half swaps each
page's headlines for other punctuation; these shapes lost their entries' titles there. The
pages here are written for the tests, each with a near miss.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean.layout.shapes import glued_header

URL = "https://www.example.com/news/national/page/12"


def wire_listing(first_title: str, first_by: str = "By The Coast Press") -> str:
    """A wire listing: title, "By ... on <date>" line, a teaser closed by "Read More »"."""
    entries = [
        (first_title, "People across the country paid tribute to two officers on Thursday ..."),
        ("Harbour pier to be rebuilt after the storm", "The council agreed to rebuild the pier that the storm ..."),
        ("Ferry adds a night crossing for the festival", "The ferry will sail at midnight on Friday, the operator ..."),
    ]
    return "National News\n\n" + "".join(
        f"{t}\n\n{by} on March 17th, 2023\n\n{teaser} Read More »\n\nBe the first to comment!\n\n"
        for (t, teaser), by in zip(entries, [first_by, "By The Coast Press", "By The Coast Press"], strict=True)
    )


@pytest.mark.parametrize(
    "title",
    [
        "WATCH: Canadians mourn two officers shot on duty",
        "EXPLAINER: why the harbour pier has to be rebuilt",
        "LIVE: Storm closes the harbour road as crews clear debris",
    ],
)
def test_a_kicker_in_capitals_before_a_sentence_case_headline_is_the_title(title: str) -> None:
    page = newsclean.extract(wire_listing(title), url=URL)
    assert page.kind == "listing"
    assert page.articles[0].title == title
    assert page.articles[0].published_text == "March 17th, 2023"


def test_a_place_before_a_sentence_case_line_is_still_a_dateline() -> None:
    """Near miss: "KATHMANDU: six parties ..." is a story's opening cut short, not a title."""
    page = newsclean.extract(wire_listing("KATHMANDU: six political parties walked out of the talks"), url=URL)
    assert all(a.title != "KATHMANDU: six political parties walked out of the talks" for a in page.articles)


LONG = (
    "'We will not back down': harbour town to focus on flood support after the storm, "
    "and seeks a building ban on the low-lying sites"
)


def cards(first_title: str, glue: str) -> str:
    """europesays.com-style one-line cards: avatar letter and section, "Read More", the title
    with its date glued on, the teaser."""
    rows = [
        ("EEconomy", first_title, "The town's companies rose by 11 per cent to a record last year,…"),
        ("MMusic", "Fans cause chaos on the first night of the stadium concert", "The operator has said it will act,…"),
        ("MMusic", "Fever hits the city as the singer tours the old market", "Fans flocked to catch the final leg,…"),
    ]
    return "".join(f"{s} Read More {t}{glue}January 26, 2026 {teaser}\n" for s, t, teaser in rows)


def test_a_card_title_longer_than_the_time_search_keeps_its_glued_date() -> None:
    page = newsclean.extract(cards(LONG, ""), url="https://www.example.com/tag/harbour")
    first = page.articles[0]
    assert (first.title, first.published_text, first.category) == (LONG, "January 26, 2026", "Economy")
    assert first.body.startswith("The town's companies")


def test_past_the_time_search_a_spaced_date_is_not_taken_for_the_cards() -> None:
    """Near miss: past the usual reach only a date glued to the title's end is the card's."""
    page = newsclean.extract(cards(LONG, " "), url="https://www.example.com/tag/harbour")
    assert page.articles[0].title != LONG


STORY = (
    "\n\nThe council agreed on Tuesday to rebuild the harbour pier that the storm destroyed last"
    " winter, at a cost of four million.\n\nWorks begin in the spring and should take a year, the council said.\n"
)
HEADLINE = "Harbour pier to be rebuilt after the winter storm"


@pytest.mark.parametrize("outlet", ["coastpost.net", "The Kessel Times", "Coast Post"])
def test_an_outlet_shaped_name_appended_to_the_title_is_the_outlet(outlet: str) -> None:
    """No rule file lists these: a domain or a paper's name after the page's title is its outlet."""
    page = newsclean.extract(f"{HEADLINE} – {outlet}{STORY}")
    assert page.main is not None
    assert (page.main.title, page.main.outlet) == (HEADLINE, outlet)


@pytest.mark.parametrize("tail", ["live", "what we know", "Breaking Updates"])
def test_words_after_a_dash_that_name_no_outlet_stay_in_the_title(tail: str) -> None:
    page = newsclean.extract(f"{HEADLINE} - {tail}{STORY}")
    assert page.main is not None
    assert (page.main.title, page.main.outlet) == (f"{HEADLINE} - {tail}", None)


def test_two_writers_and_their_wire_on_an_entrys_header_line() -> None:
    page = newsclean.extract(wire_listing(HEADLINE, "By Jane Roe and Sam Poe, The Coast Press"), url=URL)
    first = page.articles[0]
    assert (first.title, first.byline, first.published_text) == (HEADLINE, ["Jane Roe", "Sam Poe"], "March 17th, 2023")
    assert first.outlet == "The Coast Press"


def test_a_dated_headline_of_as_many_words_is_not_a_header_line() -> None:
    """Near miss: only a line opening with "By" gets the writers' extra words."""
    title = "Harbour vote set for March 17th, 2023 as the town council agrees its budget at last"
    page = newsclean.extract(wire_listing(title), url=URL)
    assert page.articles[0].title == title


def desk_listing(writer: str) -> str:
    """mid-day-style entries: title, teaser, then "<time> | <place> | <writer>" closing each."""
    rows = [
        ("Harbour pier to be rebuilt after the winter storm", "The council agreed to rebuild the pier on Tuesday."),
        ("Ferry adds a night crossing for the festival", "The ferry will sail at midnight on Friday and Saturday."),
        ("Market hall reopens after a year of repairs", "Traders returned to the hall on Monday morning early."),
    ]
    return "".join(
        f"{t}\n\n{teaser}\n\n21 February,2026 10:2{k} AM IST | Kessel | {writer}\n\n"
        for k, (t, teaser) in enumerate(rows)
    )


def test_two_writers_after_a_desk_stamp_and_its_place_are_the_byline() -> None:
    page = newsclean.extract(desk_listing("Jane Roe and Sam Poe"), url="https://www.example.com/sports/photo")
    got = [(a.byline, a.dateline.location if a.dateline else None) for a in page.articles]
    assert got == [(["Jane Roe", "Sam Poe"], "Kessel")] * 3


def test_words_joined_by_and_that_are_no_names_are_no_byline() -> None:
    """Near miss: "bat and ball" is no pair of names; the line's place is not read then either."""
    page = newsclean.extract(desk_listing("bat and ball"), url="https://www.example.com/sports/photo")
    assert all(a.byline == [] for a in page.articles)


def search_results(first: str) -> str:
    """A news search's results: the first headline glued to its teaser, teasers cut short, a
    source line, a quoted headline over its teaser."""
    return (
        f"News\n\n{first}For the first time ever, the harbour town has reached the final of the regional cup ...\n"
        "The captain penned an apology to fans after their defeat at the stadium on Sunday night ...\n"
        "Motorists were stuck in long tailbacks as fans made their way to the ground early ...\n"
        "The Coast Post on MSN7dOpinion\n\n"
        "“The roar of the crowd and the price of neglect”\n\n"
        "The stadium still echoes with the roars of fans, the thunder of drums and the pulse of the game ...\n"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Harbour town making history at the stadium for the cup?",
        "WATCH: Harbour town making history at the stadium for the cup",
        "'Unbelievable': harbour town making history at the stadium",
    ],
)
def test_a_headline_glued_to_its_teaser_may_end_in_a_question_or_open_with_a_kicker(title: str) -> None:
    page = newsclean.extract(search_results(title), url="https://www.example.com/news/search?q=harbour")
    first = page.articles[0]
    assert (first.title, first.body[:22]) == (title, "For the first time eve")


def test_sentences_glued_to_a_teaser_are_no_headline() -> None:
    """Near miss: text with a full stop before the glue is a teaser's sentences, no title."""
    first = "The council met on Monday. The pier will be rebuilt soon"
    page = newsclean.extract(search_results(first), url="https://www.example.com/news/search?q=harbour")
    assert page.articles[0].title is None
    assert page.articles[0].body.startswith(first)


def link_cards(dates: list[str]) -> str:
    """africaninsider-style one-line cards: section, title, "Place – teaser", "Read more <date>"."""
    rows = [
        ("Harbour town reaches the regional cup final", "Kessel", "The harbour side beat the city 2-1 on Sunday..."),
        (
            "Ferry operator adds a night crossing for fans",
            "Dunmore",
            "The operator said the ferry will sail at midnight...",
        ),
        ("Market hall reopens after a year of repairs", "Kessel", "Traders returned to the hall on Monday morning..."),
        ("Lifeboat crew rescues two sailors off the point", "Dunmore", "The crew was called out at dawn on Friday..."),
        ("School choir wins the national song contest", "Kessel", "The choir of forty sang two hymns and a ballad..."),
    ]
    more = " in front of a crowd that filled the old ground to the last seat"
    return "".join(
        f"Countries {t} {place} – {teaser[:-3]}{more}... Read more {d}\n"
        for (t, place, teaser), d in zip(rows, dates, strict=True)
    )


@pytest.mark.parametrize("date", ["Thursday, January 15, 2026", "2026-01-15", "January 15, 2026", "15 Jan"])
def test_a_cards_date_after_its_read_more_link_in_any_form(date: str) -> None:
    page = newsclean.extract(link_cards([date] * 5), url="https://www.example.com/category/countries")
    assert [(a.title, a.published_text) for a in page.articles][:1] == [
        ("Harbour town reaches the regional cup final", date)
    ]
    assert all(not a.body.endswith(date) for a in page.articles)


def test_words_after_a_read_more_link_that_are_no_date_stay() -> None:
    """Near miss: "Read more about the plans" is no link with a date."""
    page = newsclean.extract(
        link_cards(["about the plans"] * 5),
        url="https://www.example.com/category/countries",
    )
    assert all(a.published_text is None for a in page.articles)


RELATED_GLUED = """Harbour pier to be rebuilt after the winter storm – The Coast Herald

The council met on Tuesday to agree a plan for the harbour after the storm destroyed the pier last winter.
Works begin in the spring and should take a year, the council said in a statement on Wednesday.

Continue Reading

Kessel News21 hours ago{first}

Kessel News19 hours agoMarket hall reopens after a year of repairs

Kessel News22 hours agoLifeboat crew rescues two sailors off the point
"""


@pytest.mark.parametrize(
    "first",
    [
        "'We will not back down': ferry crews strike over pay",
        "“Inquest hears the score was miscalculated at the hospital that night”",
    ],
)
def test_a_quoted_headline_glued_to_its_section_and_age_is_a_related_story(first: str) -> None:
    page = newsclean.extract(
        RELATED_GLUED.format(first=first),
        url="https://www.example.com/news/harbour-pier-to-be-rebuilt-after-the-winter-storm",
    )
    related = [(a.title, a.published_text, a.category) for a in page.articles if a.role == "related"]
    assert related[0] == (first, "21 hours ago", "Kessel News")
    assert len(related) == 3


def test_a_possessive_after_an_age_opens_no_headline() -> None:
    """Near miss: a quote mark before a lower-case letter ("ago's") is no headline's opening."""
    assert glued_header("Kessel News19 hours ago's best moments of the harbour festival") is None


def short_link_cards(date: str) -> str:
    """Link cards of which the middle two are short enough (30 words at most) to pass for a
    headline by their length, each closed by "... Read more <date>"."""
    long = link_cards([date] * 5).splitlines()
    short = [
        f"Countries Pier repairs finish a month early Kessel – Builders handed the pier back on Friday... Read more {date}",
        f"Countries Night market returns to the old square Dunmore – Stalls opened again on Saturday... Read more {date}",
    ]
    return "\n".join([*long[:2], *short, *long[2:]]) + "\n"


@pytest.mark.parametrize("date", ["15.01.2026", "15 Jan", "January 15, 2026 at 4:48 pm"])
def test_a_short_card_cut_before_its_link_and_date_is_a_teaser_not_a_headline(date: str) -> None:
    """A card cut with an ellipsis before "Read more <date>" is one entry, however few its
    words: it never opens an entry that takes the cards above it as its header."""
    page = newsclean.extract(short_link_cards(date), url="https://www.example.com/category/countries")
    assert [a.title for a in page.articles] == [
        "Harbour town reaches the regional cup final",
        "Ferry operator adds a night crossing for fans",
        "Pier repairs finish a month early",
        "Night market returns to the old square",
        "Market hall reopens after a year of repairs",
        "Lifeboat crew rescues two sailors off the point",
        "School choir wins the national song contest",
    ]
    assert all(a.published_text == date for a in page.articles)


def test_a_short_line_closed_by_a_link_and_words_that_are_no_date_is_not_cut() -> None:
    """Near miss: "... Read more about it" closes no card with its date."""
    from newsclean.layout.shapes import _cut_link_then_stamp

    assert _cut_link_then_stamp("Stalls opened again on Saturday... Read more 15.01.2026")
    assert not _cut_link_then_stamp("Stalls opened again on Saturday... Read more about the stalls")
    assert not _cut_link_then_stamp("Stalls opened again on Saturday Read more 15.01.2026")


def caps_place_cards(places: list[str]) -> str:
    rows = [
        ("Harbour town reaches the regional cup final", "The harbour side beat the city 2-1 on Sunday"),
        ("Ferry operator adds a night crossing for the FA", "The operator said the ferry will sail at midnight"),
        ("Market hall reopens to traders and NGO", "Traders returned to the hall on Monday morning"),
        ("Lifeboat crew rescues two sailors off the point", "The crew was called out at dawn on Friday"),
        ("School choir wins the national song contest", "The choir of forty sang two hymns and a ballad"),
    ]
    more = " in front of a crowd that filled the old ground to the last seat"
    return "".join(
        f"Countries {t} {place} – {teaser}{more}... Read more 1{k} Jan\n"
        for k, ((t, teaser), place) in enumerate(zip(rows, places, strict=True))
    )


def test_a_cards_dateline_in_capitals_after_its_title() -> None:
    """Wire teasers open with a capitals dateline; after the card's title it ends the title,
    and a capitals word the title ends on stays the title's when the run would leave it
    ending on "and" or "the"."""
    places = ["KESSEL", "PORT AVELIN", "DUNMORE", "ST. OSWIN", "AL-QASIRA"]
    page = newsclean.extract(caps_place_cards(places), url="https://www.example.com/category/countries")
    assert [(a.title, a.dateline.location if a.dateline else None) for a in page.articles] == [
        ("Harbour town reaches the regional cup final", "KESSEL"),
        ("Ferry operator adds a night crossing for the FA", "PORT AVELIN"),
        ("Market hall reopens to traders and NGO", "DUNMORE"),
        ("Lifeboat crew rescues two sailors off the point", "ST. OSWIN"),
        ("School choir wins the national song contest", "AL-QASIRA"),
    ]
