"""In-story furniture of other outlets that Daily8 reprints (issue 19, round daily8e), found
with ``benchmarks/reprints.py`` (real pages of many outlets reprinted the way Daily8 does):
each shape is cut with its offsets recorded, and a near-miss line of a story is kept. The
pages are written here; each shape was seen on two or more real sites."""

from __future__ import annotations

import pytest
from test_inline_chrome import FIRST, LAST, extract, removed

# --- A line that is only a photo's credit, its picture gone --------------------------------


@pytest.mark.parametrize(
    "credit",
    [
        "© Kessel Harbour Board",
        "© KHB",
        "©iStock",
        "© shutterstock: Jane Roe",
        "Jane Roe/Getty Images",
        "AFP via Getty Images",
        "Jane Roe/Staff via Getty Images",
        "JANE ROE/AFP via Getty Images",
        "© Jane Roe/Bloomberg via Getty Images",
        "Getty Images for Kessel Rovers",
        "Getty Images",
    ],
)
def test_a_credit_alone_on_its_line_is_cut(credit: str) -> None:
    page, a = extract(f"{FIRST}\n{credit}\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "heuristic.credit-only-line") == [credit]


@pytest.mark.parametrize(
    "line",
    [
        "The board's vote went 5/4 in favour of the wall.",
        "Reuters/Ipsos",
        "Kessel/Umbria",
        "© 2025 Jane Roe. All rights reserved.",
        "© The board approved the wall. Work starts soon.",
    ],
)
def test_a_line_that_is_no_photo_credit_is_not_cut_as_one(line: str) -> None:
    page, _a = extract(f"{FIRST}\n{line}\n{LAST}")
    assert removed(page, "heuristic.credit-only-line") == []


def test_a_wire_agency_alone_closing_the_story_still_credits_the_text() -> None:
    page, a = extract(f"{FIRST}\n{LAST}\nREUTERS")
    assert a.paragraphs == [FIRST, LAST]
    assert a.credits == ["Reuters"]
    assert removed(page, "heuristic.credit-only-line") == []


def test_a_credit_under_a_bare_photo_tag_leaves_the_caption_above_it() -> None:
    caption = "Jane Roe of the Kessel Rovers celebrates a goal in the final on Sunday."
    _page, a = extract(f"{FIRST}\n{caption}\nPhoto:\nJane Roe / Getty Images via Kessel Newsource\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert a.captions == [caption]


# --- A box between a skip link and the marker it jumps to ----------------------------------

NEWSLETTER_BOX = [
    "skip past newsletter promotion",
    "Sign up to Harbour Notes",
    "Free weekly newsletter",
    "Everything moving on the water this week, from ferries to sea walls",
    "Privacy Notice: Newsletters may contain info about charities and online ads.",
    "after newsletter promotion",
]


def test_a_newsletter_box_between_skip_markers_is_cut_whole() -> None:
    box = "\n".join(NEWSLETTER_BOX)
    page, a = extract(f"{FIRST}\n{box}\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    cut = removed(page, "heuristic.skip-box")
    assert cut[0] == NEWSLETTER_BOX[0] and cut[-1] == NEWSLETTER_BOX[-1]
    assert sorted(cut + removed(page, "common.newsletter-residue")) == sorted(NEWSLETTER_BOX)


def test_a_newsletter_box_glued_into_one_line_is_cut_whole() -> None:
    box = " ".join(NEWSLETTER_BOX)
    page, a = extract(f"{FIRST}\n{box}\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "heuristic.skip-box") == [box]


def test_an_embedded_post_between_skip_markers_is_cut() -> None:
    box = [
        "Skip Twitter post by @kesselrovers",
        "This article contains content provided by Twitter. We ask for your permission first.",
        "Accept and continue",
        "End of Twitter post by @kesselrovers",
    ]
    page, a = extract(f"{FIRST}\n" + "\n".join(box) + f"\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "heuristic.skip-box") == box


@pytest.mark.parametrize(
    "lines",
    [
        ["Skip the queue and come back after the queue has cleared, the manager said."],
        ["Skip past the lobby and the café, and wait after the lobby."],
        ["Skip past the lobby.", "Guests waited there for an hour.", "After the lobby closed, they left."],
    ],
)
def test_sentences_about_skipping_something_stay(lines: list[str]) -> None:
    page, a = extract(f"{FIRST}\n" + "\n".join(lines) + f"\n{LAST}")
    assert a.paragraphs == [FIRST, *lines, LAST]
    assert removed(page, "heuristic.skip-box") == []


# --- A row of share buttons with its words ------------------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        "Share on Facebook Share on Twitter",
        "Share: Share on Facebook Share on Twitter Email this Page",
        "Share on X Share on Facebook",
        "Share Tweet Email",
        "Share this article Facebook Twitter Email",
        "Share Facebook Twitter",
    ],
)
def test_a_share_row_with_its_buttons_words_is_cut(row: str) -> None:
    page, a = extract(f"{FIRST}\n{row}\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "common.box-line") == [row]


@pytest.mark.parametrize(
    "line",
    [
        "Share this article with a neighbour who lives on the harbour.",
        "Share your views on Twitter or Facebook, the board said.",
    ],
)
def test_a_sentence_asking_readers_to_share_stays(line: str) -> None:
    page, a = extract(f"{FIRST}\n{line}\n{LAST}")
    assert a.paragraphs == [FIRST, line, LAST]
    assert removed(page, "common.box-line") == []


# --- Instagram's embed link ---------------------------------------------------------------


def test_the_instagram_embed_link_on_its_line_is_cut() -> None:
    page, a = extract(f"{FIRST}\nView this post on Instagram\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "common.embed") == ["View this post on Instagram"]


def test_the_instagram_embed_link_glued_to_the_signature_is_cut() -> None:
    page, a = extract(f"{FIRST}\nView this post on InstagramA post shared by Kessel Rovers (@kesselrovers)\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert "View this post on Instagram" in removed(page, "common.embed")


def test_a_sentence_telling_readers_to_view_a_post_on_instagram_stays() -> None:
    said = "Fans can view this post on Instagram, where it was liked a million times."
    _page, a = extract(f"{FIRST}\n{said}\n{LAST}")
    assert a.paragraphs == [FIRST, said, LAST]


# --- A newsletter sign-up form's lines ----------------------------------------------------

CONSENT = (
    "We use your sign-up to provide content in ways you've consented to and to improve our understanding "
    "of you. This may include adverts from us and 3rd parties based on our understanding. You can "
    "unsubscribe at any time. Read our Privacy Policy"
)


@pytest.mark.parametrize(
    "line",
    [
        "Invalid email",
        "Please enter a valid email",
        "Something went wrong, please try again later.",
        "Enter your email address",
        "Subscribe",
        CONSENT,
        "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by others.",
    ],
)
def test_a_sign_up_forms_line_is_cut(line: str) -> None:
    page, a = extract(f"{FIRST}\n{line}\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "common.newsletter-residue") == [line]


def test_a_sign_up_form_glued_into_one_run_is_cut() -> None:
    run = f"SUBSCRIBE Invalid email {CONSENT}"
    page, a = extract(f"{FIRST}\n{run}\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "common.newsletter-residue") == [run]


def test_sentences_about_subscribing_and_invalid_emails_stay() -> None:
    said = "Residents can subscribe to the alerts. Invalid email addresses were removed, the board said."
    page, a = extract(f"{FIRST}\n{said}\n{LAST}")
    assert a.paragraphs == [FIRST, said, LAST]
    assert removed(page, "common.newsletter-residue") == []


# --- Notices about where a syndicated copy first ran ---------------------------------------

CONVERSATION = (
    "This article is republished from The Conversation under a Creative Commons license. Read the original article."
)


@pytest.mark.parametrize(
    "notice",
    [
        CONVERSATION,
        "Read the original article on Kessel Insider",
        "Read the original article.",
        "The post Harbour board approves the new sea wall appeared first on Kessel Today.",
        "This post appeared first on Kessel Today.",
    ],
)
def test_a_republication_notice_on_its_line_is_cut(notice: str) -> None:
    page, a = extract(f"{FIRST}\n{LAST}\n{notice}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "common.republished-notice") == [notice]


def test_a_licence_notice_glued_after_the_authors_line_is_cut() -> None:
    bio = "Jane Roe lectures in coastal engineering at the University of Kessel."
    page, _a = extract(f"{FIRST}\n{LAST} {bio} {CONVERSATION}")
    assert removed(page, "common.republished-notice") == [CONVERSATION]


def test_a_feed_footer_glued_after_the_last_sentence_is_cut() -> None:
    footer = "The post Harbour board approves the new sea wall appeared first on Kessel Today."
    page, a = extract(f"{FIRST}\n{LAST} {footer}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "common.republished-notice") == [footer]


@pytest.mark.parametrize(
    "line",
    [
        "The post office appeared first on the list of closures, residents said.",
        "Readers were asked to read the original article before commenting.",
        "The essay was republished, the author said, without her consent.",
    ],
)
def test_sentences_about_posts_and_originals_stay(line: str) -> None:
    page, a = extract(f"{FIRST}\n{line}\n{LAST}")
    assert a.paragraphs == [FIRST, line, LAST]
    assert removed(page, "common.republished-notice") == []
