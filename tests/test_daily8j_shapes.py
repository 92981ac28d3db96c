"""Furniture of other outlets inside the stories Daily8 reprints (issue 19, round daily8j):
each shape is cut with its offsets recorded, and a near-miss sentence of a story is kept.
The pages here are written for the tests."""

from __future__ import annotations

import pytest
from test_inline_chrome import FIRST, LAST, extract, removed

CAPTION = "Mayor Jane Roe speaks to reporters in Kessel on Monday."

# --- A photo credit glued before the story's next sentence ends before that sentence -------


@pytest.mark.parametrize("tag", ["Photo / Sam Poe", "Credit: Sam Poe", "Picture: Sam Poe", "Photo credit: Sam Poe"])
@pytest.mark.parametrize("opener", ["The vote passed easily.", "He said the vote passed.", "But the vote passed."])
def test_a_glued_credit_leaves_the_next_sentence_its_first_word(tag: str, opener: str) -> None:
    page, a = extract(f"{FIRST} {CAPTION} {tag} {opener} {LAST}")
    assert a.captions == [CAPTION]
    assert a.body == f"{FIRST} {opener} {LAST}"
    assert removed(page, "heuristic.caption-credit") == [tag]


def test_a_credit_of_three_names_is_still_cut_whole() -> None:
    page, a = extract(f"{FIRST} {CAPTION} Credit: Sam Poe Jones Work began at once. {LAST}")
    assert removed(page, "heuristic.caption-credit") == ["Credit: Sam Poe Jones"]
    assert a.body == f"{FIRST} Work began at once. {LAST}"


# --- A wire's photo credit in parentheses, agency first and the slash spaced ---------------


@pytest.mark.parametrize("credit", ["(AFP PHOTO / SAM POE)", "(AFP Photo / Sam Poe)", "(XYZ PHOTO/SAM POE)"])
@pytest.mark.parametrize("glue", ["\n", " "])
def test_a_parenthesised_agency_photo_credit_is_cut_whole_with_its_caption(credit: str, glue: str) -> None:
    page, a = extract(f"{FIRST}\n{CAPTION} {credit}{glue}{LAST}")
    assert a.captions == [CAPTION]
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "heuristic.caption-credit") == [credit]


def test_a_lowercase_photo_word_in_brackets_is_story_text() -> None:
    sentence = "The club sold prints (photo / print bundles) at the fair on Saturday."
    page, a = extract(f"{FIRST}\n{sentence}\n{LAST}")
    assert a.paragraphs == [FIRST, sentence, LAST]
    assert not removed(page, "heuristic.caption-credit")


# --- A caption line closed by an agency's or picture service's bare name -------------------

NEXT = "Work will start in the spring, the board said, and the first stones will be laid by a crew in April."


@pytest.mark.parametrize("credit", [" AFP", " Reuters", " (AFP)", " (Reuters)", " ©AFP", " Getty Images"])
def test_a_caption_line_closed_by_a_bare_credit_before_the_story_goes_on(credit: str) -> None:
    page, a = extract(f"{FIRST}\n{CAPTION}{credit}\n{NEXT}")
    assert a.captions == [CAPTION]
    assert a.paragraphs == [FIRST, NEXT]
    assert removed(page, "heuristic.caption-closing-credit") == [credit.strip()]


def test_an_agency_closing_the_story_credits_the_text() -> None:
    page, a = extract(f"{FIRST}\n{NEXT}\nThe board will meet again in May. (AFP)")
    assert a.captions == []
    assert a.credits == ["AFP"]
    assert not removed(page, "heuristic.caption-closing-credit")


@pytest.mark.parametrize(
    "line",
    [
        "The crowd sang for the team that won the cup. (Kessel Rovers)",  # no agency, no service
        "Fans waited. (AFP)",  # too short to be a picture's caption
    ],
)
def test_a_line_closed_by_a_name_that_is_no_credit_stays(line: str) -> None:
    _page, a = extract(f"{FIRST}\n{line}\n{NEXT}")
    assert a.captions == []
    assert a.paragraphs == [FIRST, line, NEXT]


def test_a_bare_credit_line_before_a_short_line_is_left_to_the_story() -> None:
    _page, a = extract(f"{FIRST}\n{CAPTION} AFP\n{LAST}")
    assert a.captions == []
    assert a.paragraphs == [FIRST, f"{CAPTION} AFP", LAST]


# --- WordPress's share and like row glued after the post's last sentence --------------------


@pytest.mark.parametrize(
    "row",
    [
        "Share this: Email Twitter Facebook Reddit Like this: Like Loading... Posted in Harbour news",
        "Share this: Facebook Twitter",
        "Teilen mit: Facebook Google Gefällt mir: Gefällt mir Wird geladen... Related Posts Kessel 2018 II 98",
    ],
)
def test_a_share_row_glued_after_the_last_sentence_is_cut_to_the_line_end(row: str) -> None:
    page, a = extract(f"{FIRST}\n{LAST} {row}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "web.share-row-tail") == [row]


def test_a_share_row_after_a_gallery_label_is_cut_when_the_like_button_follows() -> None:
    row = "Teilen mit: Facebook Google Gefällt mir: Gefällt mir Wird geladen..."
    page, _a = extract(f"{FIRST}\n{LAST} Fotostrecke {row}")
    assert removed(page, "web.share-row-tail") == [row]


@pytest.mark.parametrize(
    "sentence",
    [
        "Share this: the council needs volunteers for the wall, the mayor wrote.",
        "Readers were asked to share this: Facebook posts about the wall were welcome.",
    ],
)
def test_a_sentence_asking_readers_to_share_stays(sentence: str) -> None:
    page, a = extract(f"{FIRST}\n{LAST} {sentence}")
    assert a.paragraphs == [FIRST, f"{LAST} {sentence}"]
    assert not removed(page, "web.share-row-tail")


# --- An opinion disclaimer that says "here" -----------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The views expressed here are those of the author and are not necessarily those of the Coastal Herald.",
        "The views expressed here are those of the author(s) and not necessarily those of the Kessel Institute.",
        "(The views expressed here are the writer's own.)",
    ],
)
def test_an_opinion_disclaimer_saying_here_is_chrome(line: str) -> None:
    page, a = extract(f"{FIRST}\n{LAST}\n{line}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "common.republished-notice") == [line]


def test_views_expressed_here_by_someone_in_the_story_stay() -> None:
    line = "The views expressed here are those of the mayor, the council said, not of the board."
    page, a = extract(f"{FIRST}\n{line}\n{LAST}")
    assert a.paragraphs == [FIRST, line, LAST]
    assert not removed(page, "common.republished-notice")


# --- "(Image credit: X)" closing a caption ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Mayor Jane Roe on the quay (Image credit: Getty Images)", "Mayor Jane Roe on the quay"),
        ("Mayor Jane Roe on the quay. (Image Credit: Sam Poe)", "Mayor Jane Roe on the quay."),
        ("Mayor Jane Roe on the quay. (Photo credit: Kessel Council)", "Mayor Jane Roe on the quay."),
    ],
)
def test_an_image_credit_in_brackets_closes_a_caption(line: str, caption: str) -> None:
    page, a = extract(f"{FIRST}\n{line}\n{LAST}")
    assert a.captions == [caption]
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "heuristic.caption-credit") == [line[len(caption) :].strip()]


def test_a_lowercase_image_credit_aside_in_a_sentence_stays() -> None:
    sentence = "The board met on Monday (image credit: the council's own archive) to discuss the wall."
    page, a = extract(f"{FIRST}\n{sentence}\n{LAST}")
    assert a.paragraphs == [FIRST, sentence, LAST]
    assert not removed(page, "heuristic.caption-credit")


# --- A photo tag in square brackets with no slash -------------------------------------------


@pytest.mark.parametrize(
    "tag",
    [
        "[Photo provided to The Coastal Herald]",
        "[Photo provided to coastalherald.example]",
        "[Photo by Sam Poe]",
        "[Photo: Sam Poe]",
    ],
)
def test_a_square_bracketed_photo_tag_closes_a_caption(tag: str) -> None:
    page, a = extract(f"{FIRST}\n{CAPTION} {tag}\n{LAST}")
    assert a.captions == [CAPTION]
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "heuristic.caption-credit") == [tag]


def test_a_bracketed_aside_about_a_photo_archive_stays() -> None:
    sentence = "The report [Photo archive of 1990] was shown to the board."
    page, a = extract(f"{FIRST}\n{sentence}\n{LAST}")
    assert a.paragraphs == [FIRST, sentence, LAST]
    assert not removed(page, "heuristic.caption-credit")


# --- Every bundled inline pattern has a literal a page is first tested for -----------------


def test_every_bundled_inline_pattern_has_a_telling_needle() -> None:
    # A pattern whose only required literal is punctuation (": ") makes every page run the
    # inline regexes: the first share-row-tail patterns cost dev pages five times their time.
    import tomllib
    from pathlib import Path

    from newsclean.patternfacts import needle

    rules = Path(__file__).resolve().parent.parent / "newsclean" / "rules"
    weak = []
    for f in sorted(rules.glob("*.toml")):
        for rule in tomllib.loads(f.read_text(encoding="utf-8")).get("inline", []):
            for pattern in rule.get("regex", []):
                n = needle(pattern)
                if n is None or not n.strip(" .,:;-"):
                    weak.append((f.name, rule["id"], pattern[:60]))
    assert weak == []
