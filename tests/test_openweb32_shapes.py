"""Shapes of unseen article pages, round 32 (issue 18/19): single stories with the furniture
their sites print in and around them, each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a near
miss of the same look left alone.
"""

from __future__ import annotations

from stories import extract_at, removed

STORY_URL = "https://valleyherald.example/news/local/article_5f0c2a.html"
TITLE = "Council Approves New Library Hours"
PARAS = [
    "The town council voted on Tuesday to keep the main library open until nine in the evening.",
    "The change will cost about forty thousand dollars a year and starts in the spring, the clerk said.",
    "Several residents told the council the longer hours would help students who work after school.",
]


def _story(before: str = "", after: str = "", paras: list[str] | None = None) -> str:
    parts = [p for p in (before, TITLE, *(paras or PARAS), after) if p]
    return "\n\n".join(parts) + "\n"


# --- the BLOX subscription box and comment widget ------------------------------------------------

BOX = "Support Local Journalism Your subscription makes our reporting possible. {{featured_button_text}}"
WIDGET = [
    "Post a comment as anonymous",
    "Report",
    "Watch this discussion.",
    "(0) comments",
    "Welcome to the discussion.",
    "Log In",
]


def test_the_subscription_box_over_a_story_is_no_title() -> None:
    page = extract_at(_story(before=BOX), STORY_URL)
    assert [a.title for a in page.articles] == [TITLE]
    assert page.articles[0].body == "\n\n".join(PARAS)
    assert removed(page, "web.subscribe-nag") == [BOX]


def test_a_template_variable_alone_on_a_line_is_cut() -> None:
    page = extract_at(_story(before="{{ subscribe_label }}"), STORY_URL)
    assert [a.title for a in page.articles] == [TITLE]
    assert removed(page, "web.template-placeholder") == ["{{ subscribe_label }}"]


def test_a_sentence_asking_readers_to_support_local_journalism_stays() -> None:
    """Near miss: a story's sentence opening with the box's words goes on past them."""
    own = "Support local journalism by buying a paper, the editor told the crowd at the fair."
    page = extract_at(_story(paras=[*PARAS, own]), STORY_URL)
    assert page.articles[0].body == "\n\n".join([*PARAS, own])
    assert removed(page, "web.subscribe-nag") == []


def test_the_comment_widget_under_a_story_is_chrome() -> None:
    page = extract_at(_story(after="\n".join(WIDGET)), STORY_URL)
    assert [a.title for a in page.articles] == [TITLE]
    assert page.articles[0].body == "\n\n".join(PARAS)
    body_and_title = page.articles[0].body + page.articles[0].title
    assert not any(w in body_and_title for w in WIDGET)
    assert removed(page, "web.comment-box")[:1] == ["Post a comment as anonymous"]


def test_a_story_sentence_about_a_discussion_stays() -> None:
    """Near miss: the widget's words inside a story's sentence are the story's."""
    own = "Welcome to the discussion, the chair said as the meeting opened, and asked for calm."
    page = extract_at(_story(paras=[*PARAS, own]), STORY_URL)
    assert page.articles[0].body == "\n\n".join([*PARAS, own])
    assert removed(page, "web.comment-box") == []


# --- a close button's glyph over the story --------------------------------------------------------


def test_a_close_buttons_glyph_over_the_title_is_no_category() -> None:
    for glyph in ("X", "✕"):
        page = extract_at(_story(before=glyph), STORY_URL)
        assert [a.title for a in page.articles] == [TITLE]
        assert page.articles[0].category is None
        assert page.articles[0].body == "\n\n".join(PARAS)
        assert removed(page, "web.close-button") == [glyph]


def test_a_title_opening_with_the_letter_x_stays() -> None:
    """Near miss: the letter as a headline's first word is the headline's."""
    title = "X Marks The Spot For New Library Garden"
    page = extract_at(_story().replace(TITLE, title), STORY_URL)
    assert [a.title for a in page.articles] == [title]
    assert removed(page, "web.close-button") == []


# --- a maker's label with a colon: "Reported by: NAME" -------------------------------------------


def test_a_closing_reported_by_line_with_a_colon_is_the_byline() -> None:
    for label in ("Reported by:", "Written by:"):
        page = extract_at(_story(after=f"{label} Dana Whitlock"), STORY_URL)
        story = page.articles[0]
        assert story.byline == ["Dana Whitlock"]
        assert story.body == "\n\n".join(PARAS)
        assert removed(page, "byline.line") == [f"{label} Dana Whitlock"]


def test_a_closing_sentence_opening_with_reported_by_stays() -> None:
    """Near miss: after the label a sentence in lower case goes on; no name, no byline."""
    own = "Reported by: the county clerk, who asked for a recount of the library vote."
    page = extract_at(_story(paras=[*PARAS, own]), STORY_URL)
    assert page.articles[0].byline == []
    assert page.articles[0].body == "\n\n".join([*PARAS, own])
