"""Furniture of other outlets inside the stories Daily8 reprints (issue 19, round daily8k):
each shape is cut or read into its field with its offsets recorded, and a near-miss sentence
of a story is kept. The pages here are written for the tests."""

from __future__ import annotations

import pytest
from test_inline_chrome import FIRST, LAST, extract, removed

# --- A wire's sign-off without brackets closing the story -------------------------------------


@pytest.mark.parametrize(
    ("signoff", "byline"),
    [
        ("Reporting by Jane Roe; Editing by Sam Poe", ["Jane Roe"]),
        ("Reporting by Jane Roe in Kessel; Editing by Sam Poe and Mira Lund.", ["Jane Roe"]),
        ("Writing by Jane Roe; Additional reporting by Oskar Feld; Editing by Sam Poe", ["Jane Roe", "Oskar Feld"]),
    ],
)
@pytest.mark.parametrize("glue", ["\n", " "])
def test_an_unbracketed_signoff_closing_the_story_is_read_and_cut(signoff: str, byline: list[str], glue: str) -> None:
    page, a = extract(f"{FIRST}\n{LAST}{glue}{signoff}")
    assert a.paragraphs == [FIRST, LAST]
    assert a.byline == byline
    assert removed(page, "byline.reporting-by-bare") == [signoff]


@pytest.mark.parametrize(
    "sentence",
    [
        "Reporting by Jane Roe and Sam Poe in 2019 revealed the leak, the board said.",  # one role: a sentence
        "Reporting by Jane Roe; editing by Sam Poe. The board then met again on Friday.",  # not the story's end
    ],
)
def test_a_sentence_about_reporting_stays(sentence: str) -> None:
    page, a = extract(f"{FIRST}\n{sentence}\n{LAST}")
    assert a.paragraphs == [FIRST, sentence, LAST]
    assert a.byline == []
    assert not removed(page, "byline.reporting-by-bare")


# --- A podcast's row of listening buttons -------------------------------------------------------


@pytest.mark.parametrize(
    "row",
    ["Listen on Apple Podcasts", "Listen on Spotify", "Listen on Apple Podcasts Listen on Spotify",
     "Listen on Apple Podcasts | Listen on Spotify | Listen on YouTube Music"],
)  # fmt: skip
def test_a_row_of_listening_buttons_alone_on_a_line_is_chrome(row: str) -> None:
    page, a = extract(f"{FIRST}\n{row}\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "common.podcast-notice") == [row]


@pytest.mark.parametrize("row", ["Listen on Apple Podcasts Listen on Spotify", "Listen on Spotify"])
@pytest.mark.parametrize("after", [" The vote passed easily.", ""])
def test_a_row_of_listening_buttons_glued_after_a_sentence_is_cut(row: str, after: str) -> None:
    page, a = extract(f"{FIRST} {row}{after}\n{LAST}")
    assert a.paragraphs == [f"{FIRST}{after}", LAST]
    assert removed(page, "common.podcast-notice") == [row]


@pytest.mark.parametrize(
    "sentence",
    [
        "Listen on Spotify, where the band has a million fans, the label said on Monday.",
        "Fans can listen on Spotify to the mayor's speech, the board said.",
    ],
)
def test_a_sentence_telling_readers_to_listen_stays(sentence: str) -> None:
    page, a = extract(f"{FIRST}\n{sentence}\n{LAST}")
    assert a.paragraphs == [FIRST, sentence, LAST]
    assert not removed(page, "common.podcast-notice")


# --- A screen reader's labels for a photo: "Image source, X" / "Image caption, Y" ---------------

CAPTION = "Workers stack sandbags along the quay in Kessel on Monday."
NEXT = "The vote passed by seven votes to two after a long debate."


def test_offscreen_photo_labels_one_a_line_give_the_caption_and_cut_the_credit() -> None:
    page, a = extract(f"{FIRST}\nImage source, Getty Images\nImage caption, {CAPTION}\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert a.captions == [CAPTION]
    assert removed(page, "heuristic.offscreen-caption") == ["Image source, Getty Images", "Image caption,"]


@pytest.mark.parametrize("credit", ["Image source, Getty Images ", "Image source, Jane Roe/Kessel Council ", ""])
def test_offscreen_photo_labels_glued_between_sentences_are_read(credit: str) -> None:
    page, a = extract(f"{FIRST} {credit}Image caption, {CAPTION} {NEXT}\n{LAST}")
    assert a.paragraphs == [f"{FIRST} {NEXT}", LAST]
    assert a.captions == [CAPTION]
    assert removed(page, "heuristic.offscreen-caption")[-1] == "Image caption,"


@pytest.mark.parametrize(
    "sentence",
    [
        "The museum's image source, a private archive, was named on Monday.",  # lowercase: a phrase
        "Image source, the council said, was a drone flown over the quay on Monday night.",  # runs into a sentence
    ],
)
def test_a_sentence_naming_an_image_source_stays(sentence: str) -> None:
    page, a = extract(f"{FIRST}\n{sentence}\n{LAST}")
    assert a.paragraphs == [FIRST, sentence, LAST]
    assert a.captions == []
    assert not removed(page, "heuristic.offscreen-caption")


# --- An update stamp that opens with its clock time ----------------------------------------------


@pytest.mark.parametrize(
    "stamp",
    ["Updated at 4:02 p.m. ET", "Updated 4:02 PM EDT", "Updated 11:42 PM EDT, Mon August 21, 2023",
     "Last updated at 5:55 PM EDT", "Published 9:15 AM EST, Fri March 7, 2025"],
)  # fmt: skip
def test_a_clock_first_update_stamp_alone_on_a_line_is_chrome(stamp: str) -> None:
    page, a = extract(f"{FIRST}\n{stamp}\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "common.update-stamp") == [stamp]


@pytest.mark.parametrize("stamp", ["Updated 4:02 PM EDT", "Updated at 4:02 p.m. ET, June 9, 2025"])
def test_a_clock_first_update_stamp_glued_between_sentences_is_cut(stamp: str) -> None:
    page, a = extract(f"{FIRST} {stamp} The vote passed easily.\n{LAST}")
    assert a.paragraphs == [f"{FIRST} The vote passed easily.", LAST]
    assert removed(page, "common.update-stamp") == [stamp]


@pytest.mark.parametrize(
    "sentence",
    [
        "Updated figures at 4:02 PM showed the tide had turned, the board said.",
        "The chart was updated at 4:02 p.m. ET after the vote on Monday.",
        "Updated at 4:02 p.m. the list named twelve streets, the council said.",
    ],
)
def test_a_sentence_with_an_update_time_stays(sentence: str) -> None:
    page, a = extract(f"{FIRST}\n{sentence}\n{LAST}")
    assert a.paragraphs == [FIRST, sentence, LAST]
    assert not removed(page, "common.update-stamp")


# --- A summary box: its label and its bulleted points ---------------------------------------------

POINTS = ["• The board approved the sea wall on Monday", "• Work starts in the spring", "- The cost is four million"]


@pytest.mark.parametrize("label", ["Key Highlights", "Key highlights:", "KEY HIGHLIGHTS"])
@pytest.mark.parametrize("where", ["before", "inside"])
def test_a_summary_box_label_and_its_bulleted_points_are_cut(label: str, where: str) -> None:
    box = "\n".join([label, *POINTS])
    body = f"{box}\n{FIRST}\n{LAST}" if where == "before" else f"{FIRST}\n{box}\n{LAST}"
    page, a = extract(body)
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "common.summary-box") == [label]
    assert removed(page, "heuristic.box-item") == POINTS


def test_the_box_ends_at_the_first_line_that_is_no_bullet() -> None:
    listed = "- A bulleted line further down is the story's own list, the board said."
    page, a = extract(f"Key Highlights\n{POINTS[0]}\n{FIRST}\n{listed}\n{LAST}")
    assert a.paragraphs == [FIRST, listed, LAST]
    assert removed(page, "heuristic.box-item") == [POINTS[0]]


@pytest.mark.parametrize(
    "lines",
    [
        ["Key highlights of the plan include a new quay and a ferry, the board said.", POINTS[1]],  # a sentence
        ["- The board approved the sea wall on Monday, and the mayor said work would start in the spring.",
         "- The cost is four million."],  # a list with no label
    ],
)  # fmt: skip
def test_bulleted_lines_without_a_box_label_stay(lines: list[str]) -> None:
    page, a = extract("\n".join([FIRST, *lines, LAST]))
    assert a.paragraphs == [FIRST, *lines, LAST]
    assert not removed(page, "heuristic.box-item")


# --- A gallery's counter, a player's button and a comment counter alone on a line -----------------


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Play Video", "web.media-counter"),
        ("Image 1 of 5", "web.media-counter"),
        ("Photo 3/12", "web.media-counter"),
        ("Slide 2 of 9", "web.media-counter"),
        ("0 Comments", "web.comment-count"),
        ("12 comments", "web.comment-count"),
    ],
)
def test_a_media_or_comment_counter_alone_on_a_line_is_chrome(line: str, rule: str) -> None:
    page, a = extract(f"{FIRST}\n{line}\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, rule) == [line]


@pytest.mark.parametrize(
    "sentence",
    [
        "Image 1 of 5 shows the quay at dawn, the board said on Monday.",
        "12 comments were sent to the board before the vote, the mayor said.",
        "Play Video games at the library on Fridays, the council told parents.",
    ],
)
def test_a_sentence_opening_with_a_count_stays(sentence: str) -> None:
    page, a = extract(f"{FIRST}\n{sentence}\n{LAST}")
    assert a.paragraphs == [FIRST, sentence, LAST]
    assert not removed(page, "web.media-counter") and not removed(page, "web.comment-count")


# --- A bare photo label before the story's first sentence keeps that sentence whole ---------------


@pytest.mark.parametrize("label", ["PHOTOS:", "PHOTO:", "Photos:"])
def test_a_bare_photo_label_does_not_take_the_next_sentence_opener_as_its_credit(label: str) -> None:
    page, a = extract(f"{label} {FIRST}\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert "".join(removed(page, "heuristic.caption-credit")) == label


def test_a_credit_naming_an_outlet_that_opens_with_the_is_still_cut() -> None:
    caption = "Workers stack sandbags along the quay in Kessel on Monday."
    page, a = extract(f"{FIRST}\n{caption} Photo: The Kessel Courier. The vote passed easily on Monday.\n{LAST}")
    assert a.captions == [caption]
    assert a.paragraphs == [FIRST, "The vote passed easily on Monday.", LAST]
    assert removed(page, "heuristic.caption-credit") == ["Photo: The Kessel Courier."]


# --- A gallery's captions glued onto one line, each closed by the same bare credit ----------------

CAPTIONS = ["Workers stack sandbags along the quay in Kessel on Monday.", "The mayor speaks to reporters outside the town hall.",
            "Volunteers carry supplies to the ferry before the storm."]  # fmt: skip
STORY = "Work will start in the spring, the board said, and the first stones will be laid by a crew in April."


@pytest.mark.parametrize("credit", ["AFP", "(AFP)", "Reuters"])
@pytest.mark.parametrize("count", [2, 3])
def test_glued_captions_each_closed_by_a_bare_credit_are_split(credit: str, count: int) -> None:
    line = " ".join(f"{c} {credit}" for c in CAPTIONS[:count])
    page, a = extract(f"{FIRST}\n{line}\n{STORY}")
    assert a.captions == CAPTIONS[:count]
    assert a.paragraphs == [FIRST, STORY]
    # a bracketed credit with enough words after it is the inline reader's (heuristic.caption-credit)
    cut = removed(page, "heuristic.caption-closing-credit") + removed(page, "heuristic.caption-credit")
    assert cut == [credit] * count


def test_an_agency_named_inside_a_caption_stays_in_it() -> None:
    caption = "Workers stack sandbags along the quay. AFP reporters watched from the ferry on Monday."
    page, a = extract(f"{FIRST}\n{caption} AFP\n{STORY}")
    assert a.captions == [caption]
    assert removed(page, "heuristic.caption-closing-credit") == ["AFP"]


# --- An ad slot's marker glued between two sentences -------------------------------------------


@pytest.mark.parametrize(
    "marker",
    ["Story continues below advertisement", "Article continues below", "Story continues below this ad",
     "Story continues after advertisement"],
)  # fmt: skip
def test_an_ad_slot_marker_glued_between_sentences_is_cut(marker: str) -> None:
    page, a = extract(f"{FIRST} {marker} The vote passed easily.\n{LAST}")
    assert a.paragraphs == [f"{FIRST} The vote passed easily.", LAST]
    assert removed(page, "common.ad-continue") == [marker]


@pytest.mark.parametrize(
    "sentence",
    [
        "The story continues below the fold, the editor said.",
        "Story continues below ground, where the miners found the old tunnel.",
    ],
)
def test_a_sentence_about_a_story_continuing_stays(sentence: str) -> None:
    page, a = extract(f"{FIRST} {sentence}\n{LAST}")
    assert a.paragraphs == [f"{FIRST} {sentence}", LAST]
    assert not removed(page, "common.ad-continue")


# --- A pointer to the story's video -------------------------------------------------------------


@pytest.mark.parametrize("pointer", ["Scroll down for video", "Scroll down for videos."])
@pytest.mark.parametrize("glue", ["\n", " "])
def test_a_pointer_to_the_video_is_cut(pointer: str, glue: str) -> None:
    page, a = extract(f"{FIRST}{glue}{pointer}{glue}The vote passed easily.\n{LAST}")
    vote = "The vote passed easily."
    assert a.paragraphs == ([FIRST, vote, LAST] if glue == "\n" else [f"{FIRST} {vote}", LAST])
    assert removed(page, "common.video-pointer") == [pointer]


@pytest.mark.parametrize(
    "sentence",
    [
        "Scroll down for videos of the launch, the editor wrote on Monday.",
        "Scroll down for Videos with sound, the page said.",
    ],
)
def test_a_sentence_pointing_at_videos_stays(sentence: str) -> None:
    page, a = extract(f"{FIRST} {sentence}\n{LAST}")
    assert a.paragraphs == [f"{FIRST} {sentence}", LAST]
    assert not removed(page, "common.video-pointer")


def test_a_pointer_to_the_video_in_capitals_alone_on_a_line_is_cut() -> None:
    page, a = extract(f"{FIRST}\nSCROLL DOWN FOR VIDEO\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "common.video-pointer") == ["SCROLL DOWN FOR VIDEO"]
