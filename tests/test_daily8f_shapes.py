"""Furniture of other outlets inside the stories Daily8 reprints (issue 19, round daily8f),
found by reading real Daily8 pages: each shape is cut with its offsets recorded, and a
near-miss sentence of a story is kept. The pages here are written for the tests."""

from __future__ import annotations

import pytest
from test_inline_chrome import FIRST, LAST, extract, removed

import newsclean

# --- A video player's control words glued into a teaser ----------------------------------

PLAYER = (
    "Video Player is loading. Play Video Play Unmute Current Time 0:00 / Duration -:- Loaded : 0% "
    "Stream Type LIVE Seek to live, currently behind live LIVE Remaining Time - 0:00 This is a modal "
    "window. Beginning of dialog window. Escape will cancel and close the window. Text Color White "
    "Black Red Green Blue Yellow Magenta Cyan Transparency Opaque Semi-Transparent Font Size 50% 100% "
    "Text Edge Style None Raised Font Family Proportional Sans-Serif Monospace Sans-Serif Reset restore "
    "all settings to the default values Done Close Modal Dialog End of dialog window."
)


def test_a_players_controls_between_two_sentences_are_cut() -> None:
    page, a = extract(f"{FIRST} {PLAYER} The vote passed easily. {LAST}")
    assert a.body == f"{FIRST} The vote passed easily. {LAST}"
    assert removed(page, "common.player-controls") == [PLAYER]


@pytest.mark.parametrize(
    "cut_off",
    [
        "Video Player is loading. Play Video Play Unmute Current Time 0:00 / Duration -:- Seek to live, currently behind l",
        "Video Player is loading. Play Video Stream Type LIVE Text Color White Black Red Green Blue Cyan Trans",
    ],
)
def test_a_players_controls_cut_off_by_the_page_end_go_whole(cut_off: str) -> None:
    page, a = extract(f"{FIRST}\n{LAST} {cut_off}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "common.player-controls") == [cut_off]


def test_the_storys_words_after_the_controls_stay() -> None:
    # colours are the dialog's only after its label: "Red Cross" opens the story's sentence
    _page, a = extract(
        f"{FIRST} Video Player is loading. Play Video End of dialog window. Red Cross staff arrived. {LAST}"
    )
    assert a.body == f"{FIRST} Red Cross staff arrived. {LAST}"


@pytest.mark.parametrize(
    "sentence",
    [
        "The video player is loading slowly, viewers complained on Monday.",
        "Play resumed after the rain, and the crowd cheered. Current time limits were kept.",
    ],
)
def test_sentences_about_players_and_play_stay(sentence: str) -> None:
    page, a = extract(f"{FIRST} {sentence} {LAST}")
    assert a.body == f"{FIRST} {sentence} {LAST}"
    assert removed(page, "common.player-controls") == []


# --- A newspaper group's newsletter box and subscription offer glued into a paragraph -----

SIGN_UP = (
    "Sign up to our daily newsletter – Regular stories and round-ups from around the coast direct to your inbox Sign up"
)
OFFER = (
    "Did you know with a Digital Subscription to The Coastal Herald, you can get unlimited access to the "
    "website including our premium content, as well as fewer ads and much more. Learn More"
)
ERROR = "Sorry, there seem to be some issues. Please try again later. Submitting..."


def test_a_newsletter_box_and_offer_glued_into_the_first_paragraph_are_cut() -> None:
    page, a = extract(f"{FIRST} {SIGN_UP} Thank you for signing up! {OFFER} {ERROR} The vote passed easily.\n{LAST}")
    assert a.paragraphs == [f"{FIRST} The vote passed easily.", LAST]
    assert removed(page, "common.newsletter-residue") == [SIGN_UP, "Thank you for signing up!", ERROR]
    assert removed(page, "common.paywall") == [OFFER]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sign up to our harbour newsletter, the board urged residents on Monday.",
        "Did you know with a digital subscription to the library, you can borrow films? Few did.",
        "Sorry, there seem to be some issues with the ferry, the captain said.",
    ],
)
def test_sentences_about_newsletters_and_subscriptions_stay(sentence: str) -> None:
    page, a = extract(f"{FIRST} {sentence} {LAST}")
    assert a.body == f"{FIRST} {sentence} {LAST}"
    assert removed(page, "common.newsletter-residue") == removed(page, "common.paywall") == []


# --- An image URL's query alone on the line over a related story -------------------------

RELATED = (
    "Harbour board approves the new sea wall\n\nCoastal Herald3 hours ago\n\n{first}\n{last}\n\n"
    "Try Our AI Features\nExplore what Daily8 AI can do for you:\nComments\nNo comments yet...\n"
    "Related Articles\n{residue}\n\nKessel Times\n19 minutes ago\n- Kessel Times\n"
    "Ferry fares to rise in the spring: operator\n"
    "The ferry operator said on Friday that fares would rise by a tenth in the spring.\n"
)


def test_an_image_query_alone_over_a_related_story_is_no_title() -> None:
    text = RELATED.format(first=FIRST, last=LAST, residue="&w=3840&q=100)")
    page = newsclean.extract(text)
    related = [a for a in page.articles if a.role == "related"]
    assert [a.title for a in related] == ["Ferry fares to rise in the spring: operator"]
    assert [r.text for r in page.removed if r.rule == "common.markup-residue"] == ["&w=3840&q=100)"]


def test_a_headline_with_an_ampersand_query_in_it_stays_a_title() -> None:
    text = RELATED.format(first=FIRST, last=LAST, residue="")
    page = newsclean.extract(text.replace("Ferry fares", "Fares &w=3 rise as ferry fares"))
    assert [r.text for r in page.removed if r.rule == "common.markup-residue"] == []


def test_an_ad_slot_with_its_button_printed_twice_goes_whole() -> None:
    page, a = extract(f"{FIRST} Advertisement Hide Ad Advertisement Hide Ad The vote passed easily. {LAST}")
    assert a.body == f"{FIRST} The vote passed easily. {LAST}"
    assert removed(page, "common.advertisement") == ["Advertisement Hide Ad Advertisement Hide Ad"]
