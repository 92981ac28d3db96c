"""Shapes of unseen pages, round 19 (issue 18): listing pages of sites no corpus file shows,
each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a near
miss of the same look left alone.
"""

from __future__ import annotations

from stories import S1, S2, S3, T1, T2, T3, extract_at, removed

LISTING_URL = "https://coastradio.example/tag/harbour/"

# three cards: headline over its teaser, as a tag page prints them
CARDS = f"{T1}\n\n{S1}\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n"


# --- the AddThis share widget's names printed as text ------------------------------------------


def test_the_addthis_widgets_name_is_no_category() -> None:
    for name in ("AddThis SmartLayers", "AddThis Sharing Buttons"):
        page = extract_at(f"{name}\n\nHarbour\n\n{CARDS}", LISTING_URL)
        assert [a.title for a in page.articles] == [T1, T2, T3]
        assert all(a.category != name for a in page.articles)
        assert removed(page, "web.widget")


def test_a_sentence_naming_addthis_stays() -> None:
    """Near miss: a teaser that names the widget in a sentence is the story's text."""
    teaser = "The harbour board removed the AddThis Sharing Buttons from its ferry timetable pages on Monday."
    page = extract_at(f"Harbour\n\n{T1}\n\n{teaser}\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n", LISTING_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert page.articles[0].paragraphs == [teaser]


# --- a short headline printed as a bullet between two teasers ------------------------------

SHORT = "Ferry Fares Frozen"
SHORT_TEASER = "The harbour board kept the fares of the morning ferries at last year's level for the summer."


def _bulleted(middle: str) -> str:
    return (
        f"Top Stories\n  • {T1}\n\n    {S1}\n\n  • {middle}\n\n    {SHORT_TEASER}\n\n"
        f"  • {T2}\n\n    {S2}\n\n  • {T3}\n\n    {S3}\n"
    )


def test_a_bulleted_short_title_opens_its_entry() -> None:
    for url in ("https://coastradio.example/", LISTING_URL):
        page = extract_at(_bulleted(SHORT), url)
        assert [a.title for a in page.articles] == [T1, SHORT, T2, T3]
        assert page.articles[1].paragraphs == [SHORT_TEASER]
        assert page.articles[0].paragraphs == [S1]


def test_a_bulleted_one_word_label_opens_no_entry() -> None:
    """Near miss: a single bulleted word between two teasers is a section or a widget's name."""
    page = extract_at(_bulleted("Harbour"), LISTING_URL)
    assert "Harbour" not in [a.title for a in page.articles]
