"""Shapes of fresh open-web pages, round 13 (issue 18), each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a
near miss of the same look left alone.
"""

from __future__ import annotations

import pytest
from stories import S1, S2, S3, S4, T1, T2, T3, extract_at

ARTICLE_URL = "https://coastradio.example/news/harbour-council-ferry-terminal"

# --- a dateline naming two cities joined by a slash --------------------------------------------


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("WASHINGTON/BEIJING (Reuters) - ", "WASHINGTON/BEIJING", "Reuters"),
        ("NEW YORK/LONDON, June 9 (Reuters) - ", "NEW YORK/LONDON", "Reuters"),
        ("SEOUL/TOKYO - ", "SEOUL/TOKYO", None),
    ],
)
def test_a_dateline_of_two_cities_joined_by_a_slash_is_read(opening: str, place: str, agency: str | None) -> None:
    page = extract_at(f"{T1}\n\n{opening}{S1}\n\n{S4}\n", ARTICLE_URL)
    story = page.articles[0]
    assert story.dateline is not None and story.dateline.location == place
    assert story.paragraphs[0] == S1
    assert story.credits == ([agency] if agency else [])


@pytest.mark.parametrize("opening", ["HIV/AIDS - ", "AC/DC – "])
def test_paired_abbreviations_joined_by_a_slash_are_no_dateline(opening: str) -> None:
    # near miss: a short first part is an abbreviation pair opening the sentence, no place
    page = extract_at(f"{T1}\n\n{opening}{S1}\n\n{S4}\n", ARTICLE_URL)
    story = page.articles[0]
    assert story.dateline is None
    assert story.paragraphs[0].startswith(opening.strip())


# --- a byline closed by a wire agency's staff title --------------------------------------------

STORY_URL = "https://coastradio.example/2025/06/10/harbour-council-ferry-terminal"
LISTING_URL = "https://coastradio.example/category/local"


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By JANE ROE, Associated Press Writer", ["JANE ROE"]),
        ("By Jane Roe, AP Business Writer", ["Jane Roe"]),
        ("By Jane Roe and Sam Poe, Associated Press Writers", ["Jane Roe", "Sam Poe"]),
    ],
)
@pytest.mark.parametrize("url", [STORY_URL, LISTING_URL])
def test_an_agency_staff_title_after_the_byline_credits_the_agency(byline: str, names: list[str], url: str) -> None:
    page = extract_at(f"{T1}\n\n{byline}\n\nSEATTLE – {S1}\n\n{S4}\n", url)
    story = page.articles[0]
    assert story.byline == names
    assert story.credits == ["AP"]
    assert story.paragraphs[0] == S1


def test_an_agency_staff_title_glued_before_the_dateline_is_no_name() -> None:
    text = f"{T1}\n\nBy Jane Roe and Sam Poe AP Economics Writers SEATTLE (AP) -- {S1}\n\n{S4}\n"
    story = extract_at(text, STORY_URL).articles[0]
    assert story.byline == ["Jane Roe", "Sam Poe"]
    assert story.credits == ["AP"]
    assert story.paragraphs[0] == S1


@pytest.mark.parametrize("byline", ["By Jane Roe, Staff Writer", "By Jane Roe, Harbour Times Staff Writer"])
def test_a_staff_title_naming_no_agency_credits_nothing(byline: str) -> None:
    # near miss: the same title with the paper's desk, no wire agency in it
    story = extract_at(f"{T1}\n\n{byline}\n\nSEATTLE – {S1}\n\n{S4}\n", STORY_URL).articles[0]
    assert story.byline == ["Jane Roe"]
    assert story.credits == []


# --- a read-on link in Spanish or French alone under each teaser ---------------------------------

ES = [
    (
        "El consejo del puerto aprueba la nueva terminal de ferris",
        "El consejo aprobó el martes el plan para la terminal del muelle este.",
    ),
    (
        "Los agricultores reciben ayudas para semillas",
        "Unos 4.100 pequeños agricultores recibieron ayudas del plan de socorro.",
    ),
    (
        "Las escuelas de la zona inundada abrirán dos semanas tarde",
        "Las escuelas de los distritos afectados abrirán más tarde de lo previsto.",
    ),
]


@pytest.mark.parametrize("link", ["Seguir leyendo", "Lire la suite...", "lire plus"])
def test_a_read_on_link_in_another_language_under_each_teaser_is_cut(link: str) -> None:
    text = "".join(f"{t}\n\n{s}\n\n{link}\n\n" for t, s in ES)
    page = extract_at(text, LISTING_URL)
    assert [a.title for a in page.articles] == [t for t, _ in ES]
    assert [a.paragraphs for a in page.articles] == [[s] for _, s in ES]
    assert all(a.category is None for a in page.articles)
    assert [r.text for r in page.removed if r.rule == "listing.read-on"] == [link] * 3


def test_a_sentence_opening_with_the_same_words_stays() -> None:
    # near miss: the words open a sentence of the story, which goes on after them
    line = "Seguir leyendo el informe del consejo llevó a los vecinos toda la tarde."
    text = f"{ES[0][0]}\n\n{ES[0][1]}\n\n{line}\n"
    story = extract_at(text, STORY_URL).articles[0]
    assert story.paragraphs == [ES[0][1], line]


# --- HTML tags printed as text ------------------------------------------------------------------


def test_a_line_of_empty_tags_between_cards_is_cut() -> None:
    text = f"{T1}\n{S1}\n9 Jun 2025\n<p></p>\n{T2}\n{S2}\n9 Jun 2025\n<p></p>\n{T3}\n{S3}\n9 Jun 2025\n"
    page = extract_at(text, LISTING_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert all(not a.tags for a in page.articles)
    assert [r.text for r in page.removed if r.rule == "web.markup-tag"] == ["<p></p>"] * 2


def test_tags_glued_inside_a_teaser_are_cut() -> None:
    teaser = f"<i>{S1}</i><p><b>{S4[:20]}</b>{S4[20:]}"
    text = f"{T1}\n\n{teaser}\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n"
    page = extract_at(text, LISTING_URL)
    assert page.articles[0].title == T1
    body = " ".join(page.articles[0].paragraphs)
    assert "<" not in body and ">" not in body
    assert sorted(r.text for r in page.removed if r.rule == "web.markup-tag") == sorted(
        ["<i>", "</i>", "<p>", "<b>", "</b>"]
    )


def test_a_tag_named_between_spaces_in_a_story_stays() -> None:
    # near miss: a story about markup names the tag as a word
    line = "The council's new site wraps every notice in a <p> element so screen readers find it."
    story = extract_at(f"{T1}\n\n{S1}\n\n{line}\n", STORY_URL).articles[0]
    assert story.paragraphs == [S1, line]


# --- an empty markdown image: lines of them, and one glued after each headline ------------------


def test_empty_markdown_images_are_cut_from_lines_and_headlines() -> None:
    column = "![]() |\n![]() |\n![]()\n"
    cards = "".join(
        f"{t}![]()\n{o}\n2025-06-09 10:15:00 UTC\n"
        for t, o in ((T1, "Coast Post"), (T2, "Valley Gazette"), (T3, "Harbour Times"))
    )
    page = extract_at(column + cards, LISTING_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert [a.outlet for a in page.articles] == ["Coast Post", "Valley Gazette", "Harbour Times"]
    assert [r.text for r in page.removed if r.rule == "web.empty-image"] == ["![]() |", "![]() |", "![]()"]
    assert [r.text for r in page.removed if r.rule == "layout.glued-empty-image"] == ["![]()"] * 3


def test_a_headline_ending_in_an_exclamation_mark_stays_whole() -> None:
    # near miss: the headline's own "!" with no image markup after it
    titles = [f"{T1}!", T2, T3]
    cards = "".join(f"{t}\nCoast Post\n2025-06-09 10:15:00 UTC\n" for t in titles)
    assert [a.title for a in extract_at(cards, LISTING_URL).articles] == titles


# --- a wire summary's preamble over its briefs --------------------------------------------------

S5 = "Officials said a second round of aid would be announced before the planting season begins in the north."
S6 = "Parents were told to expect a letter from their school with the new dates and bus timetables next week."
SUMMARY_URL = "https://coastradio.example/news/story/0002/20250609/coast-wire-news-summary"


def test_a_summary_preamble_makes_the_briefs_under_it_entries() -> None:
    briefs = "".join(f"{t}\n\n{a} {b}\n\n" for t, a, b in ((T1, S1, S4), (T2, S2, S5), (T3, S3, S6)))
    text = f"Coast Wire News Summary\n\nFollowing is a summary of current regional news briefs.\n\n{briefs}"
    page = extract_at(text, SUMMARY_URL)
    assert page.kind == "listing"
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert [a.paragraphs for a in page.articles] == [[f"{S1} {S4}"], [f"{S2} {S5}"], [f"{S3} {S6}"]]
    assert [r.text for r in page.removed if r.rule == "layout.summary-preamble"] == [
        "Following is a summary of current regional news briefs."
    ]


def test_a_story_sentence_announcing_a_summary_of_something_else_stays() -> None:
    # near miss: the story itself announces a summary, of decisions, not of news briefs
    line = "The following is a summary of what the council decided on Tuesday."
    text = f"{T1}\n\n{S1}\n\n{line}\n\n{S4}\n\n{S5}\n"
    page = extract_at(text, SUMMARY_URL)
    assert page.kind == "article"
    assert page.articles[0].paragraphs == [S1, line, S4, S5]


# --- Indonesian headings over a list of other headlines -----------------------------------------

ID_TITLE = "Dewan pelabuhan setujui rencana terminal feri baru"
ID_BODY = [
    "Dewan pelabuhan pada Selasa menyetujui rencana terminal feri baru di dermaga timur, kata para pejabat.",
    "Terminal itu akan dibangun selama tiga tahun dan melayani rute pulau, kata ketua dewan kepada wartawan.",
]
ID_OTHERS = ["Warga kota menanti jadwal feri yang baru", "Petani menerima subsidi benih dari pemerintah"]
ID_URL = "https://kota.example/read/2025/06/09/dewan-pelabuhan"


@pytest.mark.parametrize("heading", ["Artikel Terkait", "BERITA TERKAIT", "Lihat Juga", "Baca Juga:"])
def test_an_indonesian_related_heading_ends_the_story(heading: str) -> None:
    text = f"{ID_TITLE}\n\n" + "\n\n".join(ID_BODY) + f"\n\n{heading}\n\n" + "\n\n".join(ID_OTHERS) + "\n"
    page = extract_at(text, ID_URL)
    story = page.articles[0]
    assert story.paragraphs == ID_BODY
    assert [r.text for r in page.removed if r.rule == "web.story-end"] == [heading]


def test_a_sentence_opening_with_the_heading_words_stays() -> None:
    # near miss: "Berita terkait ..." opens a sentence of the story ("news about ...")
    line = "Berita terkait banjir membuat warga di pesisir cemas sepanjang pekan lalu."
    text = f"{ID_TITLE}\n\n{ID_BODY[0]}\n\n{line}\n\n{ID_BODY[1]}\n"
    assert extract_at(text, ID_URL).articles[0].paragraphs == [ID_BODY[0], line, ID_BODY[1]]
