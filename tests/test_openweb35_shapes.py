"""Fields of unseen sites, round 33 (openweb35): what a page prints around its entries'
titles, sections and sources, each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a near
miss of the same look left alone.
"""

from __future__ import annotations

from stories import extract_at, removed

# --- the blog theme's breadcrumb "Home Blog Page N" in another language -----------------------

BLOG_URL = "https://wire.example/blog/page/412"
STORY_TITLE = "Harbour council approves a new ferry timetable for the winter"
STORY = (
    "The harbour council approved a new ferry timetable on Tuesday after a long debate about "
    "the early crossings.\n\nThe first boat will leave at six, an hour later than in summer, "
    "and the last at ten in the evening."
)


def _blog_page(crumb: str) -> str:
    return f"{crumb}\n\n{STORY_TITLE}\n\n{STORY}\n"


def test_a_page_number_crumb_in_another_language_is_no_title() -> None:
    for crumb in ("Start Blog Seite 412", "Inicio Blog Página 412", "Home Blog Pagina 412"):
        page = extract_at(_blog_page(crumb), BLOG_URL)
        assert [a.title for a in page.articles] == [STORY_TITLE], crumb
        assert crumb in removed(page, "layout.story-pagination") + removed(page, "layout.pagination")


def test_a_heading_with_a_word_ending_in_seite_stays_a_title() -> None:
    """Near miss: "Rückseite 3" is a word that ends in "seite", no page's number."""
    title = "Die Rückseite 3 der Zeitung zeigt den neuen Hafen"
    page = extract_at(f"{title}\n\n{STORY}\n", BLOG_URL)
    assert [a.title for a in page.articles] == [title]


# --- a title-case place with a German wire's lower-case name in brackets -----------------------

WIRE_TITLE = "Harbour town votes to rebuild its wooden pier after the storms"


def _wire_story(opening: str) -> str:
    return (
        f"{WIRE_TITLE}\n\n{opening} Der Stadtrat hat am Dienstag beschlossen, den alten Holzsteg "
        "neu zu bauen. Die Arbeiten sollen im Frühjahr beginnen.\n"
    )


def test_a_title_case_place_with_a_lower_case_wire_name_is_a_dateline() -> None:
    for opening, place in (("Hafenstadt (dpa) –", "Hafenstadt"), ("Berlin (dpa) -", "Berlin")):
        page = extract_at(_wire_story(opening), None)
        (story,) = page.articles
        assert story.dateline is not None and story.dateline.location == place
        assert story.credits == ["dpa"]
        assert story.body.startswith("Der Stadtrat hat am Dienstag")


def test_a_lower_case_word_no_rule_file_knows_as_a_wire_stays_in_the_body() -> None:
    """Near miss: "(xyz)" in brackets after a town is no wire any rule file knows."""
    page = extract_at(_wire_story("Hafenstadt (xyz) –"), None)
    (story,) = page.articles
    assert story.dateline is None and story.credits == []
    assert story.body.startswith("Hafenstadt (xyz) – Der Stadtrat")


# --- a listing heading the page's address does not file the page under -------------------------

SECTION_CARDS = [
    (
        "Harbour council approves a new ferry timetable",
        "The harbour council approved a new ferry timetable on Tuesday.",
    ),
    (
        "Old lighthouse opens its doors to visitors again",
        "The old lighthouse on the point opened to visitors on Saturday.",
    ),
    (
        "Fishermen report a record catch of mackerel",
        "Boats returning on Monday reported the largest mackerel catch in years.",
    ),
]


def _section_page(heading: str) -> str:
    return heading + "\n\n" + "\n\n".join(f"{t}\n\n{b}" for t, b in SECTION_CARDS) + "\n"


def test_a_heading_no_word_of_the_sections_address_spells_is_no_category() -> None:
    for heading, url in (
        ("Vorgestellt", "https://ledger.example/de/Politik.html?page=56"),
        ("Avelin, OH", "https://ledger.example/section/film-tv-music?page=2"),
    ):
        page = extract_at(_section_page(heading), url)
        assert [a.title for a in page.articles] == [t for t, _ in SECTION_CARDS]
        assert [a.category for a in page.articles] == [None] * 3, heading
        assert heading in removed(page, "layout.page-furniture")


def test_a_heading_the_address_spells_or_an_address_of_furniture_words_keeps_the_category() -> None:
    """Near misses: the section's name in the path spells the heading ("Sports" under
    /category/sport/, "Política" under /categoria/politica/), or the path names no section
    (/articles?page=3), and the heading stays every entry's category."""
    for heading, url in (
        ("Sports", "https://ledger.example/category/sport/page/3"),
        ("Política", "https://ledger.example/categoria/politica/159"),
        ("Current News", "https://ledger.example/articles?page=3"),
    ):
        page = extract_at(_section_page(heading), url)
        assert [a.category for a in page.articles] == [heading] * 3, url


# --- the site's own masthead whose name the host extends with a town ----------------------------


def test_a_masthead_that_opens_the_hosts_name_is_the_sites_own_no_outlet() -> None:
    page = extract_at(_section_page("The Ledger"), "https://www.theledgerkessel.example/news/page/2")
    assert [a.title for a in page.articles] == [t for t, _ in SECTION_CARDS]
    assert [a.outlet for a in page.articles] == [None] * 3
    assert "The Ledger" in removed(page, "layout.site-name")


def test_a_paper_heading_that_opens_only_a_little_of_the_host_stays_the_feeds_outlet() -> None:
    """Near miss: "The Ledger" over a feed on theledgerandcoastalpostreader.example: its letters
    are too small a share of the host's name to be the site's own."""
    page = extract_at(_section_page("The Ledger"), "https://theledgerandcoastalpostreader.example/feed/2")
    assert [a.outlet for a in page.articles] == ["The Ledger"] * 3


def test_the_sites_masthead_over_its_section_heading_names_no_outlet() -> None:
    """The masthead spelling the host, then the section's bare name: the section is every
    entry's category, and the site's own stories name no outlet."""
    page = extract_at(
        "The Ledger\n\nHarbour News\n\n" + _section_page("").lstrip(),
        "https://www.theledgerkessel.example/category/harbour-news/",
    )
    assert [a.title for a in page.articles] == [t for t, _ in SECTION_CARDS]
    assert [a.category for a in page.articles] == ["Harbour News"] * 3
    assert [a.outlet for a in page.articles] == [None] * 3


def test_a_site_and_section_heading_on_another_host_still_names_the_outlet() -> None:
    """Near miss: "Coast Wire | Harbour News" over a feed of another site's stories: the
    first part is the feed's publisher, every entry's outlet."""
    page = extract_at(
        "Coast Wire | Harbour News\n\n" + _section_page("").lstrip(),
        "https://reader.example/category/harbour-news/",
    )
    assert [a.category for a in page.articles] == ["Harbour News"] * 3
    assert [a.outlet for a in page.articles] == ["Coast Wire"] * 3
