"""Daily8 pages of outlets, dates and authors the dev pages do not show (round d8swap).

``benchmarks/daily8_variants.py`` swaps the outlets, sections, ages, authors and headline
punctuation of the dev pages for others; each test here is one shape that swap found the
library reading from a word list or from one page's wording, on pages written for the tests,
with a near miss beside it.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import newsclean
from newsclean.classify import outlet_like
from newsclean.timeparse import time_line

WHEN = datetime(2025, 6, 12, 12, tzinfo=UTC)
TITLE = "Harbour board approves the new sea wall"
RELATED = "Ferry operator adds a night crossing for the festival weekend"
S1 = "The harbour board met on Monday to approve the new sea wall."
S2 = "Work will start in the spring, the board said."
S3 = "The ferry will sail at midnight on Friday and Saturday, the operator said."
WIDGETS = "Orange background\n\nTry Our AI Features\n\nComments\n\nNo comments yet...\n\nRelated Articles\n\n"


def daily8(header: str = "Coastal Herald3 hours ago", body: str = f"{S1}\n{S2}", entry: str = "") -> str:
    """A Daily8 story page: logo, the title twice, outlet glued to its age, body, widgets, a
    related entry (title twice, outlet, "time" and age, the outlet's bullet, title, teaser)."""
    return f"logo\n{TITLE}\n\n{TITLE}\n\n{header}\n{body}\n\n{WIDGETS}{entry}"


def entry(outlet: str, age: str = "2 hours ago") -> str:
    return f"{RELATED}\n{RELATED}\n\n{outlet}\n\ntime{age}\n\n  • {outlet}\n\n{RELATED}\n\n{S3}\n"


def extract(text: str) -> newsclean.Page:
    return newsclean.extract(text, fetched_at=WHEN)


# --- An outlet that goes by its address, in lower case ----------------------------------------


@pytest.mark.parametrize("outlet", ["kesselpost.com", "news.kessel.co.uk", "harbour-post.news"])
def test_a_lower_case_address_over_a_related_entrys_time_is_its_outlet(outlet: str) -> None:
    page = extract(daily8(entry=entry(outlet)))
    assert [(a.role, a.title, a.outlet, a.category, a.published_text, a.body) for a in page.articles[1:]] == [
        ("related", RELATED, outlet, None, "2 hours ago", S3)
    ]


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("kesselpost.com", True),
        ("Kessel Post", True),
        ("see kesselpost.com", False),  # a sentence's piece with an address in it
        ("kesselpost", False),  # a lower-case word is no name
        ("e.g.", False),
        ("version 2.1", False),
    ],
)
def test_only_an_address_opens_an_outlet_line_in_lower_case(line: str, outlet: bool) -> None:
    assert outlet_like(line) is outlet


# --- An ISO date glued to the outlet ----------------------------------------------------------


@pytest.mark.parametrize("outlet", ["Coastal Herald", "WKTN", "kesselpost.com"])
def test_an_iso_date_glued_to_the_outlet_is_the_stories_date(outlet: str) -> None:
    page = extract(daily8(header=f"{outlet}2025-06-09", entry=entry("Coastal Herald", "2025-06-10")))
    main, rel = page.articles
    assert (main.outlet, main.published_text, main.body) == (outlet, "2025-06-09", f"{S1}\n\n{S2}")
    assert main.published_at == datetime(2025, 6, 9, tzinfo=UTC)
    assert (rel.outlet, rel.published_text) == ("Coastal Herald", "2025-06-10")


@pytest.mark.parametrize("line", ["Tickets on sale from 2025-06-09", "Release 2025-06-09", "Order no. 2025-06-09"])
def test_an_iso_date_after_a_space_ends_a_heading_not_an_outlet(line: str) -> None:
    read = time_line(line)
    assert read is None or read[0] is None


# --- "just now" glued to the outlet ------------------------------------------------------------


@pytest.mark.parametrize("outlet", ["Coastal Herald", "WKTN", "kesselpost.com"])
def test_just_now_glued_to_the_outlet_is_the_stories_age(outlet: str) -> None:
    page = extract(daily8(header=f"{outlet}just now", entry=entry("Coastal Herald")))
    main, _rel = page.articles
    assert (main.outlet, main.published_text, main.body) == (outlet, "just now", f"{S1}\n\n{S2}")
    assert main.published_at == WHEN


@pytest.mark.parametrize("line", ["Why rents are rising just now", "Markets are quiet just now"])
def test_just_now_after_a_space_ends_a_heading_not_an_outlet(line: str) -> None:
    read = time_line(line)
    assert read is None or read[0] is None


# --- Two or three writers over the outlet's line ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Jane Roe and Sam Poe", ["Jane Roe", "Sam Poe"]),
        ("Jane Roe, Sam Poe and Ola Nwosu", ["Jane Roe", "Sam Poe", "Ola Nwosu"]),
        ("J. K. Varga & Lin Mei", ["J. K. Varga", "Lin Mei"]),
        ("Jane Roe and Ana de la Fuente", ["Jane Roe", "Ana de la Fuente"]),  # a name's particles
    ],
)
def test_joint_writers_over_the_outlets_line_are_the_byline(line: str, byline: list[str]) -> None:
    page = extract(daily8(header="Coastal Herald3 hours ago", body=f"{line}\n, Coastal Herald\n{S1}\n{S2}"))
    main = page.main
    assert main is not None
    assert (main.byline, main.body) == (byline, f"{S1}\n\n{S2}")
    assert [r.rule for r in page.removed if r.rule.startswith("byline.")] == ["byline.line", "byline.outlet"]


@pytest.mark.parametrize(
    ("line", "byline"),
    [("Jane Roe and Sam Poe, Coastal Herald", ["Jane Roe", "Sam Poe"]), ("Jane Roe, Coastal Herald", ["Jane Roe"])],
)
def test_joint_writers_and_their_outlet_on_one_line_are_the_byline(line: str, byline: list[str]) -> None:
    main = extract(daily8(body=f"{line}\n{S1}\n{S2}")).main
    assert main is not None
    assert (main.byline, main.body) == (byline, f"{S1}\n\n{S2}")


@pytest.mark.parametrize(
    "line",
    [
        "Farmers and fishers",  # a lower-case word: no names
        "Harbour Road and the old mill",  # one name-shaped part only
        "Harbour Road and de la Mer",  # a particle opens no name
    ],
)
def test_a_phrase_with_and_over_a_comma_line_stays_in_the_body(line: str) -> None:
    body = f"{line}\n, the board said on Monday.\n{S1}"
    main = extract(daily8(body=body)).main
    assert main is not None
    assert main.byline == []
    assert main.body.startswith(line)


# --- A letter signed by a name with particles ---------------------------------------------------


@pytest.mark.parametrize("name", ["Ana de la Fuente", "Pieter van Dam", "Kwame Mensah"])
def test_a_letters_signature_may_hold_a_names_particles(name: str) -> None:
    main = extract(daily8(body=f"{S1}\n{S2}\n{name}, Kessel Bay, Co Harbour")).main
    assert main is not None
    assert (main.byline, main.body) == ([name], f"{S1}\n\n{S2}")


def test_a_sentence_with_a_particle_is_no_signature() -> None:
    line = "Ana went to la Fuente, Kessel Bay, Co Harbour"
    main = extract(daily8(body=f"{S1}\n{S2}\n{line}")).main
    assert main is not None
    assert main.byline == []
    assert main.body.endswith(line)


# --- A production credit naming people by their initials ---------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Edited by J. K. Varga and Lin Mei",
        "Produced by A.B. Okoro",
        "Editor: T. Brandt",
        "(Photographed by R. S. Malik)",
    ],
)
def test_a_production_credit_with_initials_is_chrome(line: str) -> None:
    page = extract(daily8(body=f"{S1}\n{line}\n{S2}"))
    assert page.main is not None and page.main.paragraphs == [S1, S2]
    assert [r.text for r in page.removed if r.rule == "common.production-credit"] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Edited by J. K. Varga. The board then met again.",  # a sentence after the names
        "Produced by the board. It cost little.",
    ],
)
def test_a_credit_phrase_followed_by_a_sentence_stays(line: str) -> None:
    page = extract(daily8(body=f"{S1}\n{line}\n{S2}"))
    assert page.main is not None and page.main.paragraphs == [S1, line, S2]
    assert not [r for r in page.removed if r.rule == "common.production-credit"]


# --- An outlet's blurb about itself, its name of any shape -------------------------------------

BLURB = "{} is an independent news organization serving the coast since 1921, with reporters in six towns."


@pytest.mark.parametrize("outlet", ["Kanal 4 Harbour", "kesselpost.com", "Coastal Herald", "7Coast"])
def test_a_related_entrys_teaser_that_is_its_outlets_blurb_is_chrome(outlet: str) -> None:
    blurb = BLURB.format(outlet)
    text = daily8(
        entry=f"{RELATED}\n{RELATED}\n\n{outlet}\n\ntime2 hours ago\n\n  • {outlet}\n\n{RELATED}\n\n{blurb}\n"
    )
    page = extract(text)
    rel = page.articles[1]
    assert (rel.outlet, rel.body) == (outlet, "")
    assert [r.text for r in page.removed if r.rule == "credit.about-outlet"] == [blurb]


@pytest.mark.parametrize(
    "teaser",
    [
        BLURB.format("Kessel Radio"),  # another outlet's: no blurb of this one
        "Kanal 4 Harbour is an old name for the ferry that crosses to the island every hour.",  # no publisher
    ],
)
def test_a_teaser_about_another_outlet_or_no_publisher_stays(teaser: str) -> None:
    outlet = "Kanal 4 Harbour"
    text = daily8(
        entry=f"{RELATED}\n{RELATED}\n\n{outlet}\n\ntime2 hours ago\n\n  • {outlet}\n\n{RELATED}\n\n{teaser}\n"
    )
    rel = extract(text).articles[1]
    assert rel.body == teaser
