"""Shapes of unseen article pages, round 38 (issue 19): single stories with the furniture
their sites print in and around them, each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a near
miss of the same look left alone.
"""

from __future__ import annotations

from stories import extract_at, removed

from newsclean.segment import credited_caption, headline_like

STORY_URL = "https://harbourpost.example/news/local/council-keeps-library-open-late-2291"
TITLE = "Council keeps the harbour library open late"
PARAS = [
    "The town council voted on Tuesday to keep the harbour library open until nine in the evening.",
    "The change will cost about forty thousand dollars a year and starts in the spring, the clerk said.",
    "Several residents told the council the longer hours would help students who work after school.",
]


def _story(before: str = "", after: str = "", paras: list[str] | None = None, title: str | None = TITLE) -> str:
    parts = [p for p in (before, title, *(paras or PARAS), after) if p]
    return "\n\n".join(parts) + "\n"


# --- a caption closed by its credit tag is no headline --------------------------------------------

CAPTION = "Librarian Mara Quell shelves returned books at the harbour library."


def test_a_caption_with_a_bracketed_credit_opening_the_text_is_no_title() -> None:
    """The Standard's lead caption, "<caption>. [Photographer, Standard]", over a text with no
    headline: a caption, its tag cut, and the story untitled."""
    page = extract_at(_story(before=f"{CAPTION} [Ivo Brandt, Standard]", title=None), STORY_URL)
    [a] = page.articles
    assert a.title is None
    assert a.captions == [CAPTION]
    assert a.body == "\n\n".join(PARAS)
    assert removed(page, "heuristic.caption-credit") == ["[Ivo Brandt, Standard]"]


def test_a_caption_with_a_photo_credit_is_no_headline() -> None:
    assert not headline_like(f"{CAPTION} (Photo: Coast Images/Ivo Brandt)")
    assert not headline_like(f"{CAPTION} [Ivo Brandt/Harbour Post]")
    assert credited_caption(f"{CAPTION} [Ivo Brandt, Standard]")


def test_a_headline_closed_by_a_bracket_or_a_photo_word_stays_a_headline() -> None:
    """Near misses: a headline's own closing bracket, with no full stop before it, or one
    that names no photographer and outlet."""
    for title in (
        "Harbour library opens late for exam season [VIDEO]",
        "Harbour library opens late for exam season (Photos)",
        "Harbour library opens late. [Updated]",
        "Storm photos: the harbour wall at dusk (Picture gallery)",
    ):
        assert headline_like(title), title
        assert not credited_caption(title), title
    page = extract_at(_story(title="Harbour library opens late for exam season [VIDEO]"), STORY_URL)
    assert [a.title for a in page.articles] == ["Harbour library opens late for exam season [VIDEO]"]


def test_a_story_sentence_closed_by_a_bracket_keeps_it() -> None:
    """Near miss: a bracket of lower-case words closing a story's sentence is no credit."""
    own = "The clerk read the motion aloud. [laughter, applause]"
    page = extract_at(_story(paras=[*PARAS, own]), STORY_URL)
    assert page.articles[0].body == "\n\n".join([*PARAS, own])
    assert page.articles[0].captions == []
