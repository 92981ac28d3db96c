"""Furniture of other outlets' pages that Daily8 reprints inside a story (issue 19, round 3):
each shape is cut with its offsets recorded, and a near-miss sentence of a story is kept.
The pages are written here; each shape was seen on two or more real pages or sites."""

from __future__ import annotations

import pytest
from test_inline_chrome import FIRST, LAST, extract, removed

# --- Fox News's audio-player notice, glued to the story's first words ---------------------


@pytest.mark.parametrize(
    "notice",
    ["NEWYou can now listen to Fox News articles!", "NEW You can now listen to Fox News articles!"],
)
def test_the_listen_notice_glued_to_the_first_sentence_is_cut(notice: str) -> None:
    page, a = extract(f"{notice}{FIRST}\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "common.listen-nag") == [notice]


def test_the_listen_notice_on_a_line_of_its_own_is_cut() -> None:
    notice = "NEW You can now listen to Fox News articles!"
    page, a = extract(f"{notice}\n{FIRST}\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "common.listen-nag") == [notice]


def test_a_sentence_saying_readers_can_listen_to_articles_stays() -> None:
    said = "Readers can now listen to Fox News articles, the network said on Monday."
    page, a = extract(f"{FIRST}\n{said}\n{LAST}")
    assert a.paragraphs == [FIRST, said, LAST]
    assert removed(page, "common.listen-nag") == []


def test_a_newsletters_first_kicker_over_another_kicker_is_no_dateline() -> None:
    first = "HIGH TIDE: The board met on Monday to discuss the new sea wall."
    second = "SEA LEGS: The ferry timetable changes next week, with two more crossings."
    _page, a = extract(f"{first}\n{second}\n{LAST}")
    assert a.dateline is None
    assert a.paragraphs == [first, second, LAST]


def test_a_colon_dateline_over_a_story_paragraph_stays_the_dateline() -> None:
    _page, a = extract(f"KESSEL: {FIRST}\nThe mayor said: {LAST}")
    assert a.dateline is not None
    assert a.dateline.location == "KESSEL"
    assert a.paragraphs[0] == FIRST


def test_the_scoop_kicker_opening_the_story_is_no_dateline() -> None:
    page, a = extract(f"NEWYou can now listen to Fox News articles!FIRST ON FOX: {FIRST}\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert a.dateline is None
    assert removed(page, "heuristic.brief-label") == ["FIRST ON FOX:"]


def test_the_kicker_words_inside_a_sentence_stay() -> None:
    said = "The clip aired first on Fox: the board said it had not seen it."
    _page, a = extract(f"{FIRST}\n{said}\n{LAST}")
    assert a.paragraphs == [FIRST, said, LAST]


# --- The Independent's appeal for donations above its stories ------------------------------

APPEAL = [
    "Your support helps us to tell the story",
    "From reproductive rights to climate change to Big Tech, The Independent is on the ground when the story "
    "is developing. We know how important it is to get the facts.",
    "At such a critical moment in US history, we need reporters on the ground. Your donation keeps them there.",
    "The Independent is trusted by Americans across the entire political spectrum. We choose not to lock readers out.",
]


def test_the_donation_appeal_and_its_closing_line_glued_to_the_story_are_cut() -> None:
    closing = "Your support makes all the difference."
    page, a = extract("\n".join([*APPEAL, f"{closing}{FIRST}", LAST]))
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "common.donation-appeal") == [*APPEAL, closing]


def test_a_story_quoting_support_that_makes_a_difference_stays() -> None:
    said = "The mayor said: Your support makes all the difference. The crowd cheered."
    page, a = extract(f"{FIRST}\n{said}\n{LAST}")
    assert a.paragraphs == [FIRST, said, LAST]
    assert removed(page, "common.donation-appeal") == []


# --- A doubled ad slot ------------------------------------------------------------------------


@pytest.mark.parametrize("slot", ["Advertisement Advertisement", "ADVERTISEMENT ADVERTISEMENT"])
def test_an_ad_slot_printed_twice_goes_whole(slot: str) -> None:
    page, a = extract(f"{FIRST}\n{slot}\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "common.advertisement") == [slot]


def test_an_ad_slot_printed_twice_between_two_sentences_goes_whole() -> None:
    page, a = extract(f"{FIRST} Advertisement Advertisement {LAST}")
    assert a.body == f"{FIRST} {LAST}"
    assert removed(page, "common.advertisement") == ["Advertisement Advertisement"]


@pytest.mark.parametrize(
    "glued",
    [
        "{a} advertisement{b}",
        "{a}advertisement {b}",
        "{a} advertisement {b}",
        "{a} ADVERTISEMENT {b}",
        "{a}advertisement",
    ],
)
def test_a_bare_ad_label_glued_between_sentences_goes(glued: str) -> None:
    """The ad slot's label run into the paragraph between two sentences or closing it (India
    Today's reprints on Daily8: "concerns. advertisementThe panel ...", "regime.advertisement")."""
    page, a = extract(glued.format(a=FIRST, b=LAST))
    assert a.body.replace("\n\n", " ") == (f"{FIRST} {LAST}" if "{b}" in glued else FIRST)
    assert [r.text.casefold() for r in page.removed if r.rule == "common.advertisement"] == ["advertisement"]


def test_the_word_advertisement_inside_a_sentence_stays() -> None:
    """Near miss: the word in a sentence, and a sentence opening with it, are the story's."""
    said = f"{FIRST} The advertisement The Harbour Times ran was seen by many. Advertisement revenue fell."
    _page, a = extract(said)
    assert a.body == said


def test_advertisement_opening_a_sentence_stays() -> None:
    said = "Advertisement revenue fell by a third, the council said."
    _page, a = extract(f"{FIRST}\n{said}\n{LAST}")
    assert a.paragraphs == [FIRST, said, LAST]


# --- A picture service's credit in parentheses closing a caption ----------------------------

CAPTION = "Workers inspect the old sea wall in Kessel on Monday."


@pytest.mark.parametrize(
    "credit",
    [
        "(Getty Images)",
        "(AFP via Getty Images)",
        "(iStock)",
        "(AP Photo/Jane Roe, Pool)",
        "(Jane Roe/The Kessel Times via AP)",
        "(Sam Poe/Getty Images)",
    ],
)
def test_a_picture_services_credit_closes_a_caption_line(credit: str) -> None:
    page, a = extract(f"{FIRST}\n{CAPTION} {credit}\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert a.captions == [CAPTION]
    assert [t.strip() for t in removed(page, "heuristic.caption-credit")] == [credit]


def test_a_picture_services_credit_between_two_sentences_takes_the_caption_before_it() -> None:
    _page, a = extract(f"{FIRST} {CAPTION} (AFP via Getty Images) {LAST}")
    assert a.captions == [CAPTION]
    assert a.body == f"{FIRST} {LAST}"


@pytest.mark.parametrize(
    "said",
    [
        # an agency alone may credit the text: the credit pass reads it, not the caption pass
        "The vote passed easily, the board said. (AP)",
        # a bracket naming no picture service
        "The seat went to the coalition in the end (Labour/Conservative)",
        # the service's name inside a sentence, before lower-case words
        "Shares of the photo agency (Getty Images) fell on Monday.",
    ],
)
def test_brackets_that_credit_no_picture_stay(said: str) -> None:
    page, a = extract(f"{FIRST}\n{said}\n{LAST}")
    assert a.captions == []
    assert removed(page, "heuristic.caption-credit") == []


# --- A gallery of captions with no full stop before their photo tag -------------------------


def test_each_gallery_line_is_a_caption_whole_with_all_its_sentences() -> None:
    lines = [
        "A ferry leaves the harbour at dawn Photograph: Jane Roe/AFP/Getty Images",
        "Divers inspect the sea wall. The wall was built in 1902 and last repaired in 1970 Photograph: Sam Poe/Reuters",
        "Children play on the beach at Kessel Photograph: Jane Roe/AP",
    ]
    _page, a = extract("\n".join(lines))
    assert a.paragraphs == []
    assert a.captions == [line.split(" Photograph:")[0] for line in lines]


def test_a_gallery_caption_broken_from_its_credit_line_is_a_caption() -> None:
    lines = [
        "A ferry leaves the harbour at dawn Photograph: Jane Roe/AFP/Getty Images",
        "Children play on the beach at Kessel Photograph: Jane Roe/AP",
        "Gulls circle the fish market on the quay",
        "Photograph: Sam Poe/Reuters",
    ]
    page, a = extract("\n".join(lines))
    assert a.paragraphs == []
    assert a.captions[-1] == "Gulls circle the fish market on the quay"
    assert "Photograph: Sam Poe/Reuters" in removed(page, "heuristic.caption-credit")


def test_a_credit_line_under_a_story_paragraph_outside_a_gallery_leaves_it_in_the_body() -> None:
    page, a = extract(f"{FIRST}\nGulls circle the fish market on the quay\nPhotograph: Sam Poe/Reuters\n{LAST}")
    assert "Gulls circle the fish market on the quay" in a.paragraphs
    assert "Photograph: Sam Poe/Reuters" in removed(page, "heuristic.caption-credit")


def test_a_tag_glued_to_the_next_caption_lost_its_credit() -> None:
    lines = [
        "A ferry leaves the harbour at dawn Photograph:Divers inspect the sea wall Photograph: Sam Poe/Reuters",
        "Children play on the beach at Kessel Photograph: Jane Roe/AP",
    ]
    page, a = extract("\n".join(lines))
    assert a.paragraphs == []
    assert a.captions == [
        "A ferry leaves the harbour at dawn",
        "Divers inspect the sea wall",
        "Children play on the beach at Kessel",
    ]
    assert "Photograph:" in removed(page, "heuristic.caption-credit")


@pytest.mark.parametrize("credit", ["PHOTO:AFP", "Photo:Reuters"])
def test_a_credit_printed_without_a_space_after_the_colon_stays_the_credit(credit: str) -> None:
    para = f"A view of the harbour at dawn. {credit} The board met again on Tuesday to vote on it."
    page, _a = extract(f"{FIRST}\n{para}\n{LAST}")
    assert removed(page, "heuristic.caption-credit") == [credit]


def test_a_lone_tag_closing_story_sentences_keeps_them_in_the_body() -> None:
    para = "The board met on Monday. It approved the wall Photograph: Jane Roe/AFP"
    page, a = extract(f"{FIRST}\n{para}\n{LAST}")
    assert "The board met on Monday." in a.body
    assert removed(page, "heuristic.caption-credit") == ["Photograph: Jane Roe/AFP"]


def test_captions_with_their_own_stop_before_the_tag_keep_the_story_before_them() -> None:
    lines = [
        "The board met on Monday. A view of the harbour. PHOTO: AFP",
        "The vote passed easily. The old pier at dusk. PHOTO: Reuters",
    ]
    _page, a = extract("\n".join([FIRST, *lines, LAST]))
    assert not any("The board met" in c or "The vote passed" in c for c in a.captions)
    assert "The board met on Monday." in a.body
    assert "The vote passed easily." in a.body


# --- The BBC's regional promo closing a local story ----------------------------------------


@pytest.mark.parametrize(
    "promo",
    [
        "Listen to the best of BBC Radio Kessel on Sounds and follow BBC Kessel on Facebook, X, and Instagram.",
        "Read more stories from Kessel on the BBC, watch BBC Coast Tonight on BBC iPlayer and follow BBC Kessel on X.",
    ],
)
def test_the_bbc_regional_promo_line_is_cut(promo: str) -> None:
    page, a = extract(f"{FIRST}\n{LAST}\n{promo}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "common.local-news-promo") == [promo]


def test_a_sentence_opening_like_the_promo_stays() -> None:
    said = "Listen to the best of the speeches from Monday, the party chairman told members."
    page, a = extract(f"{FIRST}\n{said}\n{LAST}")
    assert a.paragraphs == [FIRST, said, LAST]
    assert removed(page, "common.local-news-promo") == []


# --- A caption line over the paragraph that opens with the dateline ---------------------------

CAPTION = "A ferry leaves the north quay at dawn on the first day of the new timetable."


def test_a_one_sentence_line_over_the_dateline_paragraph_is_a_caption() -> None:
    _page, a = extract(f"{CAPTION}\nKESSEL – {FIRST}\n{LAST}")
    assert a.captions == [CAPTION]
    assert a.dateline is not None
    assert a.dateline.location == "KESSEL"
    assert a.paragraphs == [FIRST, LAST]


def test_two_sentences_over_the_dateline_paragraph_stay_in_the_body() -> None:
    lead = "The ferry was full on Monday. Commuters welcomed the change."
    _page, a = extract(f"{lead}\nKESSEL – {FIRST}\n{LAST}")
    assert a.captions == []
    assert a.paragraphs[0] == lead


def test_a_round_ups_intro_over_datelined_items_stays() -> None:
    intro = "Here is the latest news from the harbour towns this morning."
    second = "PORTWICK – The council said the new ferry berth would open in March."
    _page, a = extract(f"{intro}\nKESSEL – {FIRST}\n{second}")
    assert a.captions == []
    assert a.paragraphs[0] == intro
