"""Shapes of unseen listing pages, round 23 (issue 18): police, university, hospital, sports
and regional news listings, each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a near
miss of the same look left alone.
"""

from __future__ import annotations

from stories import extract_at

from newsclean.layout.decor import _more_link_naming_title

SEARCH_URL = "https://beatmag.example/search?page=4&q=county+sheriff"


def _removed(page, rule: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.text for r in page.removed if r.rule == rule]


# --- a card's "Read More →" glued before the next card's title-less teaser ---------------------

TEASERS = [
    "Avelin County (Ore.) deputies found the missing hikers on the north ridge late on Sunday after a two-day search.",
    "The Brennock County Sheriff's Office will add four patrol boats to its lake unit before the summer season opens.",
    "Forty-one cadets finished the county academy on Friday, the largest class the office has trained in a decade.",
    "A Harlow County deputy was hurt when a truck struck his cruiser on Route 9 during a traffic stop on Tuesday night.",
]


def _read_more_page(glue: str) -> str:
    lines = [TEASERS[0], "Read More →"]
    for k, t in enumerate(TEASERS[1:], 1):
        lines.append(f"Read More →{glue}{t}" if k % 2 == 0 else t)
        lines.append("Read More →")
    return "\n".join(lines[:-1])


def test_a_read_more_label_glued_before_a_titleless_teaser_is_cut() -> None:
    page = extract_at(_read_more_page(""), SEARCH_URL)
    assert page.kind == "listing"
    assert [a.title for a in page.articles] == [None] * 4
    assert [a.paragraphs for a in page.articles] == [[t] for t in TEASERS]
    assert _removed(page, "layout.glued-teaser-label") == ["Read More →"]


def test_a_teaser_that_opens_with_read_stays_whole() -> None:
    """Near miss: a teaser whose own first words are "Read" ("Readington ...", "Read Avenue
    ...") has no label glued to it."""
    own = [
        "Readington Township police said on Monday that the stolen tractor had been found in a barn near the creek.",
        "Read Avenue will close for two weeks while the county replaces the culvert under the road near the school.",
    ]
    teasers = [*own, *TEASERS[2:]]
    page = extract_at("\nRead More →\n".join(teasers), SEARCH_URL)
    assert [a.paragraphs for a in page.articles] == [[t] for t in teasers]
    assert _removed(page, "layout.glued-teaser-label") == []


# --- a title-less listing printing its first card's teaser twice -------------------------------

AUTHOR_URL = "https://wardnews.example/authors/jane-roe?page=3"
WARD_TEASERS = [
    "Harlow Regional Hospital will open a second maternity ward in March. The trust plans to hire forty midwives.",
    "Dr. Ana Brennock of Avelin Children's Clinic talks about waiting lists, rural patients and the winter season.",
    "Nurses say they face longer shifts as flu cases rise across the county. Managers are asking retired staff back.",
    "Most clinics in the valley now open on Saturdays, a survey of the region's health boards found this month.",
]


def test_a_first_teaser_printed_twice_is_one_entry() -> None:
    page = extract_at("\n\n".join([WARD_TEASERS[0], *WARD_TEASERS]), AUTHOR_URL)
    assert page.kind == "listing"
    assert [a.paragraphs for a in page.articles] == [[t] for t in WARD_TEASERS]
    assert _removed(page, "layout.repeated-title") == [WARD_TEASERS[0]]


def test_two_titled_cards_with_one_teaser_stay_two_entries() -> None:
    """Near miss: two cards under their own headlines may share a teaser (a wire's standfirst
    on two stories); each title makes its own entry."""
    titles = [
        "Harlow opens a second maternity ward",
        "Avelin clinic adds Saturday hours",
        "Flu cases rise across county",
        "Valley clinics open at weekends",
    ]
    teasers = [WARD_TEASERS[0], WARD_TEASERS[0], WARD_TEASERS[2], WARD_TEASERS[3]]
    page = extract_at("\n\n".join(f"{t}\n{b}" for t, b in zip(titles, teasers, strict=True)), AUTHOR_URL)
    assert [a.title for a in page.articles] == titles
    assert _removed(page, "layout.repeated-title") == []


# --- WordPress's more-link naming the post's title, unquoted, closing each teaser --------------

CATEGORY_URL = "https://harbourtoday.example/asia/philippines/page/9"
CARDS = [
    (
        "Ferry operator adds night crossings to Avelin",
        "Avelin – The ferry operator said on Monday it would add two night crossings from June. The operator said demand had grown since",
    ),
    (
        "Port council rejects plan for a second quay",
        "Avelin – The port council voted on Tuesday against a plan for a second quay. Members cited the cost of dredging the",
    ),
    (
        "Fishermen and coast guard agree on new lanes",
        "Brennock – Fishermen's groups and the coast guard agreed on Wednesday to mark new lanes near the reef. The deal follows",
    ),
]


def _cards(words: str) -> str:
    return "\n\n".join(f"{t}\n\n{b} … {words}{t}" for t, b in CARDS)


def test_a_more_link_naming_the_entrys_title_is_cut() -> None:
    page = extract_at(_cards("Continue reading "), CATEGORY_URL)
    assert page.kind == "listing"
    assert [a.title for a in page.articles] == [t for t, _ in CARDS]
    for a in page.articles:
        assert a.paragraphs[-1].endswith("…")
        assert "Continue reading" not in " ".join(a.paragraphs)
    assert _removed(page, "layout.teaser-link") == [f"Continue reading {t}" for t, _ in CARDS]


def test_a_teaser_closing_with_its_title_but_no_link_words_stays() -> None:
    """Near miss: the title's words closing a teaser are a more-link only after the link's
    own words ("Continue reading", "Read more"), and only after the teaser's own text."""
    title, teaser = CARDS[0]
    assert _more_link_naming_title(f"{teaser} … {title}", title) is None
    assert _more_link_naming_title(f"Continue reading {title}", title) is None
    assert _more_link_naming_title(f"{teaser} … Continue reading {title}", title) == len(teaser) + 3
