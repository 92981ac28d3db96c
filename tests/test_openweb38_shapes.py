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


# --- summary boxes under other labels -------------------------------------------------------------

POINTS = [
    "• The library will stay open until nine on weekdays",
    "• The council will review the hours after a year",
]


def test_a_key_points_box_is_cut_with_its_points() -> None:
    for label in ("Key points:", "KEY POINTS", "What you need to know:"):
        text = _story(paras=[PARAS[0], label, *POINTS, *PARAS[1:]])
        page = extract_at(text, STORY_URL)
        assert page.articles[0].title == TITLE
        assert page.articles[0].body == "\n\n".join(PARAS), label
        assert removed(page, "common.summary-box") == [label]
        assert removed(page, "heuristic.box-item") == POINTS


def test_a_what_you_need_to_know_subhead_without_its_colon_stays() -> None:
    """Near miss: the longer label with no colon may be the story's own subhead."""
    paras = [PARAS[0], "What you need to know", *PARAS[1:]]
    page = extract_at(_story(paras=paras), STORY_URL)
    assert page.articles[0].body == "\n\n".join(paras)
    assert removed(page, "common.summary-box") == []


# --- a bare "Logo" over the headline -------------------------------------------------------------


def test_a_bare_logo_alt_text_over_the_headline_is_cut() -> None:
    page = extract_at(_story(before="Logo\n\nLogo"), STORY_URL)
    assert [a.title for a in page.articles] == [TITLE]
    assert page.articles[0].body == "\n\n".join(PARAS)
    assert removed(page, "web.icon-description") == ["Logo", "Logo"]


def test_a_story_line_about_a_logo_stays() -> None:
    """Near miss: a line that only mentions a logo is no alt text."""
    own = "Logo designs from three schools will be shown in the library's hall."
    page = extract_at(_story(paras=[*PARAS, own]), STORY_URL)
    assert page.articles[0].body == "\n\n".join([*PARAS, own])


# --- a text-to-speech plugin's tooltip ------------------------------------------------------------


def test_a_text_to_speech_tooltip_under_the_story_is_cut() -> None:
    page = extract_at(_story(after="Click to listen highlighted text!"), STORY_URL)
    assert page.articles[0].body == "\n\n".join(PARAS)
    assert removed(page, "common.listen-to-article") == ["Click to listen highlighted text!"]


def test_a_sentence_asking_readers_to_listen_stays() -> None:
    own = "Click to listen to the highlighted passages, the librarian told the children."
    page = extract_at(_story(paras=[*PARAS, own]), STORY_URL)
    assert page.articles[0].body == "\n\n".join([*PARAS, own])


# --- ABC News' bracketed dateline, glued to the lead photo's credit -------------------------------

OPENING = "The town council voted on Tuesday to keep the harbour library open until nine in the evening."


def test_a_bracketed_dateline_is_read() -> None:
    for dateline, place in (("(KESSELPORT, Fla.) -- ", "KESSELPORT, Fla."), ("(NEW HARBOR) — ", "NEW HARBOR")):
        page = extract_at(_story(paras=[dateline + OPENING, *PARAS[1:]]), STORY_URL)
        [a] = page.articles
        assert a.dateline is not None and a.dateline.location == place
        assert a.body == "\n\n".join([OPENING, *PARAS[1:]])


def test_a_photo_credit_glued_to_the_bracketed_dateline_is_cut() -> None:
    for credit in ("Harbour Police Department", "iStock/Thinkstock"):
        page = extract_at(_story(paras=[f"{credit}(KESSELPORT, Fla.) — {OPENING}", *PARAS[1:]]), STORY_URL)
        [a] = page.articles
        assert a.dateline is not None and a.dateline.location == "KESSELPORT, Fla."
        assert a.body == "\n\n".join([OPENING, *PARAS[1:]])
        assert removed(page, "dateline.glued-credit") == [credit]


def test_a_photo_by_credit_takes_its_agency_whole_before_the_bracket() -> None:
    """The credit reader stopped before "Images(" and left it to open the body."""
    page = extract_at(_story(paras=[f"Photo by Ivo Brandt/Getty Images(KESSELPORT, Fla.) -- {OPENING}", *PARAS[1:]]),
                      STORY_URL)  # fmt: skip
    [a] = page.articles
    assert a.dateline is not None and a.dateline.location == "KESSELPORT, Fla."
    assert a.body == "\n\n".join([OPENING, *PARAS[1:]])
    assert removed(page, "heuristic.caption-credit") == ["Photo by Ivo Brandt/Getty Images"]


def test_a_known_agency_in_brackets_is_no_place() -> None:
    """Near miss: "(AFP) — " is the agency's credit, as before, not a dateline."""
    page = extract_at(_story(paras=[f"(AFP) — {OPENING}", *PARAS[1:]]), STORY_URL)
    [a] = page.articles
    assert a.dateline is None
    assert a.credits == ["AFP"]


def test_a_bracket_glued_inside_a_sentence_stays() -> None:
    """Near miss: words glued to a bracket with no dash after it are the story's."""
    own = "The board(NEW HARBOR) said the hours would change in the spring."
    page = extract_at(_story(paras=[own, *PARAS[1:]]), STORY_URL)
    [a] = page.articles
    assert a.dateline is None
    assert a.body == "\n\n".join([own, *PARAS[1:]])
    assert removed(page, "dateline.glued-credit") == []


# --- the Express's older newsletter consent line --------------------------------------------------

CONSENT = (
    "We will use your email address only for sending you newsletters. "
    "Please see our Privacy Notice for details of your data protection rights."
)


def test_the_express_newsletter_consent_line_under_the_headline_is_cut() -> None:
    page = extract_at(_story(before="", paras=[CONSENT, *PARAS]), STORY_URL)
    [a] = page.articles
    assert a.title == TITLE
    assert a.body == "\n\n".join(PARAS)
    assert removed(page, "common.newsletter-residue") == [CONSENT]


def test_a_story_sentence_about_an_email_address_stays() -> None:
    """Near miss: the council's own promise about e-mail addresses is the story's."""
    own = "We will use your email address only to send the new opening times, the librarian said."
    page = extract_at(_story(paras=[*PARAS, own]), STORY_URL)
    assert page.articles[0].body == "\n\n".join([*PARAS, own])
