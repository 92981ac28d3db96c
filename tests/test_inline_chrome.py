"""Chrome of the open web inside a story (issue 19): each shape is cut, with its offsets
and rule recorded, and a near-miss sentence of a story is kept whole."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from letters import lost_letters

import newsclean

WHEN = datetime(2025, 8, 1, 12, tzinfo=UTC)
FIRST = "The harbour board met on Monday to discuss the new sea wall."
LAST = "Work will start in the spring, the board said."


def extract(body: str) -> tuple[newsclean.Page, newsclean.Article]:
    text = f"Harbour board approves the new sea wall\n\nCoastal Herald3 hours ago\n\n{body}\n"
    page = newsclean.extract(text, fetched_at=WHEN)
    assert page.main is not None, page
    assert not lost_letters(newsclean.normalize(text), page)
    for r in page.removed:  # every cut points at exactly the text it names
        assert newsclean.normalize(text)[r.start : r.end] == r.text
    return page, page.main


def removed(page: newsclean.Page, rule: str) -> list[str]:
    return [r.text for r in page.removed if r.rule == rule]


@pytest.mark.parametrize(
    ("chrome", "rule"),
    [
        ("— Kessel Rovers (@kesselrovers) June 9, 2025", "heuristic.embed"),
        ("pic.twitter.com/Kr8aBc", "heuristic.embed"),
        ("Advertisement Hide Ad", "common.advertisement"),
        ("Advertisement", "common.advertisement"),
        ("Thank you for signing up!", "common.newsletter-residue"),
        ("Stay up to date by following our Telegram channel.", "common.follow-promo"),
        ("&w=3840&q=100)", "common.markup-residue"),
    ],
)
def test_chrome_glued_between_two_sentences_is_cut_with_its_offsets(chrome: str, rule: str) -> None:
    page, a = extract(f"{FIRST} {chrome} The vote passed easily. {LAST}")
    assert a.body == f"{FIRST} The vote passed easily. {LAST}"
    assert removed(page, rule) == [chrome]


@pytest.mark.parametrize(
    "sentence",
    [
        "Advertisement revenue fell sharply, the firm said.",
        "Fans cheered — Kessel Rovers (@kesselrovers) said in a post that the vote passed on June 9, 2025.",
        "Readers said thank you for signing up the volunteers.",
        "The volunteers stay up to date with the tides by reading the charts.",
    ],
)
def test_a_near_miss_sentence_is_kept(sentence: str) -> None:
    page, a = extract(f"{FIRST} {sentence} {LAST}")
    assert a.body == f"{FIRST} {sentence} {LAST}"
    assert not page.removed or all(r.rule.startswith("daily8") for r in page.removed)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("A post shared by Kessel Rovers (@kesselrovers) on Apr 21, 2025 at 4:40am PDT", "common.embed"),
        ("— Kessel Rovers (@kesselrovers) June 9, 2025", "common.embed"),
        ("Key Highlights", "common.widget-label"),
        ("Related topics", "common.widget-label"),
        ("Most read in Sport", "common.widget-label"),
        ("Live Events", "common.widget-label"),
        ("You can also check:", "common.widget-label"),
        ("Show less", "common.widget-label"),
        ("Facebook Twitter LinkedIn Email", "common.box-line"),
        ("Listen on Apple Podcasts Listen on Spotify", "common.podcast-notice"),
        ("Director: Jane Roe", "common.box-line"),
        ("Rating: 4/5", "common.box-line"),
        ("Keywords: harbour, sea wall, Kessel", "web.tags"),
        ("This summary was generated with the help of AI and reviewed by our editors.", "common.box-line"),
        ("Find out what's new on our website and app.", "common.follow-promo"),
    ],
)
def test_widget_lines_between_paragraphs_are_chrome(line: str, rule: str) -> None:
    page, a = extract(f"{FIRST}\n{line}\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, rule) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The director: a quiet man who spent forty years at the harbour, said he was proud.",
        "Facebook and Twitter both removed the posts after the vote on Monday.",
        "Most readers in the town supported the plan, a survey found.",
    ],
)
def test_near_miss_lines_stay(line: str) -> None:
    _page, a = extract(f"{FIRST}\n{line}\n{LAST}")
    assert a.paragraphs == [FIRST, line, LAST]


@pytest.mark.parametrize(
    ("line", "caption", "tag"),
    [
        ("Mayor Jane Roe outside the town hall (Sam Poe/PA)", "Mayor Jane Roe outside the town hall", "(Sam Poe/PA)"),
        ("Mayor Jane Roe at the harbour. (AP Photo/Sam Poe)", "Mayor Jane Roe at the harbour.", "(AP Photo/Sam Poe)"),
        ("Rescuers search the river bank. Photo / Jane Roe", "Rescuers search the river bank.", "Photo / Jane Roe"),
        (
            "Rescuers search the river bank. Credit: Example Agency",
            "Rescuers search the river bank.",
            "Credit: Example Agency",
        ),
        ("Rescuers search the river bank. (Photo by)", "Rescuers search the river bank.", "(Photo by)"),
    ],
)
def test_captions_with_credit_tags_in_every_form(line: str, caption: str, tag: str) -> None:
    page, a = extract(f"{FIRST}\n{line}\n{LAST}")
    assert a.captions == [caption]
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "heuristic.caption-credit") == [tag]


def test_a_credit_ending_in_a_slash_never_eats_the_next_word() -> None:
    page, a = extract(
        f"{FIRST}\nRescuers search the river bank. Photo: Jane Roe/ New Zealand's Sam Poe led the search.\n{LAST}"
    )
    assert a.captions == ["Rescuers search the river bank."]
    assert a.paragraphs == [FIRST, "New Zealand's Sam Poe led the search.", LAST]
    assert removed(page, "heuristic.caption-credit") == ["Photo: Jane Roe/"]


@pytest.mark.parametrize(
    "line",
    [
        "The vote split the two parties (Labour/Conservative)",
        "The bank cut its rates. Credit: the lenders were pleased, the minister said.",
        "The price rose. Photo / video sales were up, the firm said.",
    ],
)
def test_near_miss_credits_stay(line: str) -> None:
    _page, a = extract(f"{FIRST}\n{line}\n{LAST}")
    assert a.captions == []
    assert a.paragraphs == [FIRST, line, LAST]


@pytest.mark.parametrize(
    "opening",
    ["Aug 21 (Reuters) - ", "July 26 (UPI) -- "],
)
def test_a_date_and_an_agency_without_a_place_credit_the_agency(opening: str) -> None:
    page, a = extract(f"{opening}{FIRST} {LAST}")
    assert a.dateline is None
    assert a.credits == [opening.split("(")[1].split(")")[0]]
    assert a.body == f"{FIRST} {LAST}"
    assert removed(page, "heuristic.date-opening") == [opening.strip()]


def test_a_wire_note_of_first_publication_is_a_text_credit() -> None:
    page, a = extract(f"{FIRST} {LAST}\nThis report by The Canadian Press was first published June 9, 2025.")
    assert a.credits == ["The Canadian Press"]
    assert a.body == f"{FIRST} {LAST}"
    assert removed(page, "credit.worded")


def test_a_report_first_published_by_no_agency_stays() -> None:
    _page, a = extract(f"{FIRST} The report by the council was first published in June.")
    assert a.credits == []
    assert a.body == f"{FIRST} The report by the council was first published in June."


def test_a_byline_with_a_colon_and_a_text_size_widget() -> None:
    page, a = extract(f"By: Jane Roe Text Size:\n{FIRST} {LAST}")
    assert a.byline == ["Jane Roe"]
    assert a.body == f"{FIRST} {LAST}"
    assert removed(page, "common.text-size") == ["Text Size:"]


def test_a_letters_signature_with_one_place() -> None:
    _page, a = extract(f"{FIRST} {LAST}\nJane Roe, Glasgow.")
    assert a.byline == ["Jane Roe"]
    assert a.body == f"{FIRST} {LAST}"


def test_a_headline_phrase_after_by_is_no_byline() -> None:
    _page, a = extract(f"By Dawn's Early Light the fishermen had left the harbour. {LAST}")
    assert a.byline == []
    assert a.body == f"By Dawn's Early Light the fishermen had left the harbour. {LAST}"


def test_a_dateline_on_a_line_of_its_own_is_no_signature() -> None:
    _page, a = extract(f"{FIRST}\nMOUNT AIRY, Md.\n{LAST}")
    assert a.byline == []
