"""Shapes of fresh open-web listing pages in other languages, round 26 (issue 18), each on a
page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a
near miss of the same look left alone.
"""

from __future__ import annotations

import pytest
from stories import S1, S2, S3, T1, T2, T3, extract_at, removed

STORY_URL = "https://coastradio.example/2025/06/10/harbour-council-ferry-terminal"
LISTING_URL = "https://coastradio.example/category/local"

# --- a read-on link in Italian alone under each teaser -----------------------------------------

IT = [
    (
        "Il consiglio del porto approva il nuovo terminal dei traghetti",
        "Il consiglio ha approvato martedì il piano per il terminal del molo est.",
    ),
    (
        "Gli agricoltori ricevono aiuti per le sementi",
        "Circa 4.100 piccoli agricoltori hanno ricevuto aiuti dal piano di soccorso.",
    ),
    (
        "Le scuole nelle zone allagate riapriranno due settimane dopo",
        "Le scuole dei distretti colpiti riapriranno più tardi del previsto.",
    ),
]


@pytest.mark.parametrize("link", ["Leggi di più...", "Leggi di più"])
def test_an_italian_read_on_link_under_each_teaser_is_cut(link: str) -> None:
    text = "".join(f"{t}\n\n{s}\n\n{link}\n\n" for t, s in IT)
    page = extract_at(text, LISTING_URL)
    assert [a.title for a in page.articles] == [t for t, _ in IT]
    assert [a.paragraphs for a in page.articles] == [[s] for _, s in IT]
    assert removed(page, "listing.read-on") == [link] * 3


def test_a_sentence_opening_with_the_italian_words_stays() -> None:
    # near miss: the words open a sentence of the story, which goes on after them
    line = "Leggi di più sul sito del comune, dove il piano è pubblicato per intero."
    text = f"{IT[0][0]}\n\n{IT[0][1]}\n\n{line}\n"
    story = extract_at(text, STORY_URL).articles[0]
    assert story.paragraphs == [IT[0][1], line]


# --- a WordPress feed footer in German under a teaser -------------------------------------------

FOOTER = "Der Beitrag {t} erschien zuerst auf Küstenbote!."


def test_the_german_feed_footer_under_a_teaser_is_cut() -> None:
    text = "".join(f"{t}\n\n{s}\n\n{FOOTER.format(t=t)}\n\n" for t, s in [(T1, S1), (T2, S2), (T3, S3)])
    page = extract_at(text, LISTING_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert [a.paragraphs for a in page.articles] == [[S1], [S2], [S3]]
    assert removed(page, "common.republished-notice") == [FOOTER.format(t=t) for t in (T1, T2, T3)]


def test_a_story_sentence_about_a_first_appearance_stays() -> None:
    # near miss: a sentence of the story that says where something appeared first, in German,
    # with no "Der Beitrag" opening it
    line = "Der Bericht des Hafenamts erschien zuerst auf der Website der Stadt, sagte der Sprecher."
    text = f"{T1}\n\n{S1}\n\n{line}\n"
    story = extract_at(text, STORY_URL).articles[0]
    assert story.paragraphs == [S1, line]


# --- an Italian wire agency opening each item in parentheses -----------------------------------


@pytest.mark.parametrize(
    ("opener", "outlet", "credits"),
    [("(Adnkronos) – ", None, ["Adnkronos"]), ("(Gazzetta del Molo) – ", "Gazzetta del Molo", [])],
)
def test_the_wire_agency_opening_an_item_is_its_credit(opener: str, outlet: str | None, credits: list[str]) -> None:
    # near miss: a paper's name in the same place is the item's outlet, no credit
    text = "".join(f"{t}\n\n{opener}{s}\n\n" for t, s in IT)
    page = extract_at(text, LISTING_URL)
    assert [a.title for a in page.articles] == [t for t, _ in IT]
    assert [a.paragraphs for a in page.articles] == [[s] for _, s in IT]
    assert all(a.outlet == outlet and a.credits == credits for a in page.articles)


# --- a Blogger label page's heading, in the blog's language -----------------------------------

LABEL_URL = "https://harbourblog.example/search/label/Harbour"


@pytest.mark.parametrize(
    "heading",
    [
        "Showing posts with label Harbour. Show all posts",
        "Showing posts with the label harbour",
        "Mostrando postagens com marcador Porto. Mostrar todas as postagens",
        "Mostrando entradas con la etiqueta Puerto. Mostrar todas las entradas",
    ],
)
def test_a_blogger_label_heading_printed_twice_is_cut(heading: str) -> None:
    text = f"{heading}\n{heading}\n\nTuesday, June 10, 2025\n\n{T1}\n\n{S1}\n\nMonday, June 9, 2025\n\n{T2}\n\n{S2}\n"
    page = extract_at(text, LABEL_URL)
    assert [a.title for a in page.articles] == [T1, T2]
    assert [a.paragraphs for a in page.articles] == [[S1], [S2]]
    assert removed(page, "listing.label-page-heading") == [heading, heading]


def test_a_sentence_opening_with_the_heading_words_stays() -> None:
    # near miss: a sentence of the story opens with the same words and ends with a stop
    line = "Showing posts with the label torn off is against the rules, the council said."
    story = extract_at(f"{T1}\n\n{S1}\n\n{line}\n", STORY_URL).articles[0]
    assert story.paragraphs == [S1, line]


# --- a category page's heading, label and name, in the site's language --------------------------


@pytest.mark.parametrize("heading", ["Categoria: Brasil", "Kategorie: Politik", "CATEGORIAS: estado grave"])
def test_a_category_heading_in_another_language_is_cut_like_the_english_one(heading: str) -> None:
    text = f"{heading}\n\n{T1}\n\n{S1}\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n"
    page = extract_at(text, LISTING_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert all(a.category is None for a in page.articles)
    assert removed(page, "listing.category-heading") == [heading]


def test_a_bare_section_heading_and_a_labelled_sentence_stay() -> None:
    # near misses: a bare section name is the entries' category; a line with the label that
    # is a sentence (it ends with a stop) stays in the story
    # (on the category's own page: a heading its address contradicts is furniture)
    page = extract_at(
        f"Brasil\n\n{T1}\n\n{S1}\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n", LISTING_URL.replace("local", "brasil")
    )
    assert all(a.category == "Brasil" for a in page.articles)
    line = "Categoria: a decisão do júri sobre o terminal foi unânime."
    story = extract_at(f"{T1}\n\n{S1}\n\n{line}\n", STORY_URL).articles[0]
    assert story.paragraphs == [S1, line]


# --- the 'latest news' widget heading in the site's language -----------------------------------


@pytest.mark.parametrize("heading", ["ULTIM'ORA", "ULTIMAS NOTÍCIAS", "Letzte Nachrichten"])
def test_a_latest_news_heading_in_another_language_is_no_category(heading: str) -> None:
    text = f"{heading}\n\n" + "".join(f"{t}\n\n{s}\n\n" for t, s in IT)
    page = extract_at(text, LISTING_URL)
    assert [a.title for a in page.articles] == [t for t, _ in IT]
    assert all(a.category is None for a in page.articles)
    assert removed(page, "listing.latest-heading") == [heading]


def test_a_headline_opening_with_the_heading_word_stays() -> None:
    # near miss: the word opens a headline of its own, which goes on after it
    title = "Ultim'ora, il consiglio del porto approva il terminal"
    text = f"Cronaca\n\n{title}\n\n{IT[0][1]}\n\n" + "".join(f"{t}\n\n{s}\n\n" for t, s in IT[1:])
    page = extract_at(text, LISTING_URL.replace("local", "cronaca"))  # the category's own page
    assert [a.title for a in page.articles] == [title] + [t for t, _ in IT[1:]]
    assert all(a.category == "Cronaca" for a in page.articles)
