"""Shapes of unseen article pages, round 32 (issue 18/19): single stories with the furniture
their sites print in and around them, each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a near
miss of the same look left alone.
"""

from __future__ import annotations

from stories import extract_at, removed

from newsclean.layout.shapes import quote_lead_in

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


# --- a quotation's lead-in line: "Johnson wrote:" ------------------------------------------------

QUOTED = [
    "The librarian posted the decision on the branch's page on Wednesday, and within an hour hundreds "
    "of residents had shared it.",
    "Ostrander wrote:",
    '“We will finally be open when people get home from work."',
    "Some parents asked whether weekend hours would change as well, and the clerk said the board had "
    "not discussed them yet.",
    "One trustee remarked:",
    '“It is the most useful thing this council has done in years, honestly."',
    "The board will review the hours again after the first six months.",
    "She wrote:",
    '“Come and see us after dinner, the doors will be open."',
    "The first late evening is planned for the second week of March.",
]
CREDITED_TITLE = f"{TITLE}\n\n{TITLE}\nJane Roe/Harbour Photo Agency"


def test_lead_in_lines_over_quotations_keep_the_story_whole() -> None:
    text = "\n\n".join(["Valley Voices", CREDITED_TITLE, *QUOTED]) + "\n"
    page = extract_at(text, STORY_URL)
    assert [(a.role, a.title) for a in page.articles] == [("main", TITLE)]
    assert page.articles[0].category == "Valley Voices"
    # every lead-in and quotation stays in the one story, in order (the title's second print
    # under a section label is left in the body: a separate shape, not read here)
    assert page.articles[0].body.endswith("\n\n".join(QUOTED))


def test_a_widget_label_with_a_colon_is_no_lead_in() -> None:
    """Near miss: a label with no speech verb ("More coverage:") or no capital is no lead-in."""
    assert quote_lead_in("Ostrander wrote:")
    assert quote_lead_in("In response, the mayor tweeted:")
    assert not quote_lead_in("More coverage:")
    assert not quote_lead_in("Trending:")
    assert not quote_lead_in("what the council said:")


# --- a rail's heading over the story's own title --------------------------------------------------


def test_a_rail_heading_over_the_title_closes_nothing() -> None:
    text = "\n\n".join(["Skip to content", "Latest Stories", TITLE, TITLE, *PARAS]) + "\n"
    page = extract_at(text, STORY_URL)
    assert [a.title for a in page.articles] == [TITLE]
    assert page.articles[0].body == "\n\n".join(PARAS)
    assert removed(page, "web.story-end") == ["Latest Stories"]


def test_a_rail_heading_under_the_story_still_closes_it() -> None:
    """Near miss: under the story the heading closes it; its headlines are the link list."""
    rail = "Latest Stories\n\nHarbour Ferry Resumes Service After Storm\n\nSchool Board Delays Vote On New Buses"
    page = extract_at("\n\n".join(["Skip to content", TITLE, *PARAS, rail]) + "\n", STORY_URL)
    assert page.articles[0].title == TITLE
    assert page.articles[0].body == "\n\n".join(PARAS)
    assert "Harbour Ferry" not in page.articles[0].body


# --- a sponsor slot's label and the site's own page list --------------------------------------------


def test_a_sponsor_label_alone_over_the_title_is_no_category() -> None:
    page = extract_at(_story(before="Sponsored By:"), STORY_URL)
    assert [a.title for a in page.articles] == [TITLE]
    assert page.articles[0].category is None
    assert "Sponsored By:" in removed(page, "common.advertisement")


def test_a_popular_pages_list_closes_the_story() -> None:
    nav = "Popular Pages\n\n  • Local News\n  • Weather\n  • Dining Guide\n  • Classifieds\n  • Real Estate"
    page = extract_at(_story(after=nav), STORY_URL)
    assert page.articles[0].body == "\n\n".join(PARAS)
    assert removed(page, "web.story-end") == ["Popular Pages"]


def test_a_sentence_naming_a_sponsor_stays() -> None:
    """Near miss: "Sponsored by" opening a sentence of the story is the story's."""
    own = "Sponsored by the county library board, the evening hours will be reviewed in a year."
    page = extract_at(_story(paras=[*PARAS, own]), STORY_URL)
    assert page.articles[0].body == "\n\n".join([*PARAS, own])


# --- a site logo's alt text over the story ----------------------------------------------------------


def test_a_homepage_logos_alt_text_is_no_title() -> None:
    page = extract_at(_story(before="homepage logo"), STORY_URL)
    assert [(a.role, a.title) for a in page.articles] == [("main", TITLE)]
    assert page.articles[0].body == "\n\n".join(PARAS)
    assert removed(page, "web.icon-description") == ["homepage logo"]


def test_a_title_about_a_logo_stays() -> None:
    """Near miss: a headline that names a logo is the story's title."""
    title = "Library Unveils New Homepage Logo Designed By Students"
    page = extract_at(_story().replace(TITLE, title), STORY_URL)
    assert [a.title for a in page.articles] == [title]
