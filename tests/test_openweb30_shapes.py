"""Shapes of unseen sites' listing pages, round 30 (issue 18), each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a
near miss of the same look left alone.
"""

from __future__ import annotations

import pytest
from stories import S1, S2, S3, S4, T1, T2, T3, extract_at, removed

LISTING_URL = "https://coastradio.example/2025/06/10/page/2"

# --- a card's photo credit under its title is no section ---------------------------------------


@pytest.mark.parametrize("credit", ["FOTO: REPRODUÇÃO", "Photo: Coast Radio", "© Jane Roe"])
def test_a_photo_credit_under_each_card_title_is_no_category(credit: str) -> None:
    text = "".join(f"{t}\n\n{credit}\n\n{s}\n\n" for t, s in [(T1, S1), (T2, S2), (T3, S3)])
    page = extract_at(text, LISTING_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert [a.category for a in page.articles] == [None, None, None]
    assert [a.paragraphs for a in page.articles] == [[S1], [S2], [S3]]
    assert removed(page, "layout.header-photo-credit") == [credit] * 3


@pytest.mark.parametrize("label", ["Politics", "Photography", "Fotos do dia"])
def test_a_section_label_under_each_card_title_stays_its_category(label: str) -> None:
    # near miss: a short label in the credit's place, the credit's word without its colon
    # included, is the card's section
    text = "".join(f"{t}\n\n{label}\n\n{s}\n\n" for t, s in [(T1, S1), (T2, S2), (T3, S3)])
    page = extract_at(text, LISTING_URL)
    assert [a.category for a in page.articles] == [label] * 3


# --- a result counter in the site's language over a section's posts -----------------------------

SECTION_URL = "https://coastradio.example/category/economia"
POST = f"{T1}\n\n14/11/2025 - 08:00\n\n{S1}\n\n{S4}\n"


@pytest.mark.parametrize("counter", ["168 notícias encontradas", "1 notícia encontrada", "24 resultados encontrados"])
def test_a_result_counter_under_the_section_heading_is_no_category(counter: str) -> None:
    page = extract_at(f"Economia\n\n{counter}\n\n{POST}", SECTION_URL)
    assert [a.title for a in page.articles] == [T1]
    assert page.articles[0].category == "Economia"
    assert removed(page, "layout.header-furniture") == [counter]


@pytest.mark.parametrize("label", ["Notícias encontradas", "Notícias", "Agronegócio"])
def test_a_label_with_no_count_stays_the_category(label: str) -> None:
    # near miss: the counter's words with no number, or a section's name, in its place
    page = extract_at(f"Economia\n\n{label}\n\n{POST}", SECTION_URL)
    assert page.articles[0].category == label
    assert removed(page, "layout.header-furniture") == []


# --- a German feed footer names the site the item first ran on --------------------------------

FOOTER = "Der Beitrag {t} erschien zuerst auf Küstenbote!."
FEED_URL = "https://coastradio.example/category/local"


def test_the_german_feed_footer_gives_each_item_its_outlet() -> None:
    text = "".join(f"{t}\n\n{s}\n\n{FOOTER.format(t=t)}\n\n" for t, s in [(T1, S1), (T2, S2), (T3, S3)])
    page = extract_at(text, FEED_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert [a.outlet for a in page.articles] == ["Küstenbote!"] * 3
    assert [a.paragraphs for a in page.articles] == [[S1], [S2], [S3]]


def test_the_german_footer_leaves_an_outlet_the_card_prints() -> None:
    # near miss: the card names who the reader saw it from; the footer does not override it
    text = "".join(
        f"{t}\n\nCoast Post\n\n2 hours ago\n\n{s}\n\n{FOOTER.format(t=t)}\n\n"
        for t, s in [(T1, S1), (T2, S2), (T3, S3)]
    )
    page = extract_at(text, FEED_URL)
    assert [a.outlet for a in page.articles] == ["Coast Post"] * 3


# --- the newsroom's "will be updated" notice with no clause after it ------------------------------

STORY_URL = "https://coastradio.example/2025/06/10/harbour-council-ferry-terminal"


@pytest.mark.parametrize(
    "notice",
    [
        "This is a breaking news story and will be updated...",
        "This is a breaking story and will be updated.",
        "This is a developing story and will be updated.",
    ],
)
def test_a_will_be_updated_notice_under_the_story_is_cut(notice: str) -> None:
    page = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\n{notice}\n", STORY_URL)
    assert page.main is not None
    assert page.main.paragraphs == [S1, S4]
    assert removed(page, "web.developing-story") == [notice]


def test_a_sentence_going_on_after_will_be_updated_stays() -> None:
    # near miss: the notice's words open a sentence of the story that goes on past "updated"
    line = "This is a breaking story and will be updated weekly on the harbour board's site, the chairman said."
    page = extract_at(f"{T1}\n\n{S1}\n\n{line}\n", STORY_URL)
    assert page.main is not None
    assert page.main.paragraphs == [S1, line]


# --- a podcast's sponsor read in its show notes ------------------------------------------------

EPISODE_URL = "https://coastradio.example/podcast/2025/06/10/harbour-daily"


@pytest.mark.parametrize(
    "read",
    [
        "Today's episode is brought to you by Harbour Bakery. Go to the bakery's site for 20% off.",
        "Today’s episode is brought to you Harbour Bakery.",
        "This episode is sponsored by Coastal Ferries.",
    ],
)
def test_a_sponsor_read_on_its_own_line_is_cut(read: str) -> None:
    page = extract_at(f"{T1}\n\n{read}\n\n{S1}\n\n{S4}\n", EPISODE_URL)
    assert page.main is not None
    assert page.main.paragraphs == [S1, S4]
    assert removed(page, "common.podcast-notice") == [read]


def test_a_sentence_naming_an_episode_and_its_sponsor_stays() -> None:
    # near miss: the words inside a sentence of the story, not opening its line
    line = "Viewers said this episode is brought to you by the same team that filmed the harbour last year."
    page = extract_at(f"{T1}\n\n{S1}\n\n{line}\n", EPISODE_URL)
    assert page.main is not None
    assert page.main.paragraphs == [S1, line]
