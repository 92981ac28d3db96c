"""A video page whose story is the player's playlist (issue 19: "carousels of other videos —
never a body"): each line a blurb closed by the video's credit. The pages are written for
the tests."""

from __future__ import annotations

import pytest
from test_inline_chrome import FIRST, LAST, extract, removed

from newsclean.fields.carousel import video_credit_at

BLURBS = [
    "A crane lifts the stranded whale back into the bay. Video / Tom Reed",
    "Firefighters battle a blaze at a timber yard overnight. Video / Supplied",
    "The mayor answers questions about the new bus lanes.",
    "A farmer shows how the flood reached his milking shed. Video / Ana Kepa, Ben Holt",
    "Pupils race home-made boats across the town pond. Video / Coastal Herald",
]
LONG = (
    "The council said the sea wall would cost more than planned because the contractor found "
    "softer ground under the old jetty, and that the extra money would come from the roading "
    "budget rather than from rates, a choice several councillors questioned at length on Monday "
    "evening, when the meeting ran past ten o'clock."
)


@pytest.mark.parametrize("tag", ["Video / ", "Video: "])
def test_a_playlist_where_the_story_should_be_leaves_an_empty_body(tag: str) -> None:
    lines = ["The week's best clips from around the region."] + [b.replace("Video / ", tag) for b in BLURBS]
    page, a = extract("\n".join(lines))
    assert a.paragraphs == []
    assert removed(page, "heuristic.video-carousel") == lines


def test_a_playlist_with_three_uncredited_blurbs_in_a_row_is_one_playlist() -> None:
    blurbs = [
        BLURBS[0].replace("Video / ", "Video: "),
        BLURBS[1].replace("Video / ", "Video: "),
        "The mayor answers questions about the new bus lanes.",
        "A reporter walks the new cycle path from end to end.",
        "Divers check the wreck before the salvage begins.",
        BLURBS[3].replace("Video / ", "Video: "),
    ]
    page, a = extract("\n".join(blurbs))
    assert a.paragraphs == []
    assert removed(page, "heuristic.video-carousel") == blurbs


def test_a_playlist_after_a_story_is_cut_and_the_story_kept() -> None:
    page, a = extract("\n".join([FIRST, LONG, "The board will meet again in May.", LAST, *BLURBS]))
    assert a.paragraphs == [FIRST, LONG, "The board will meet again in May.", LAST]
    assert removed(page, "heuristic.video-carousel") == BLURBS


def test_two_video_captions_in_a_story_are_no_playlist() -> None:
    body = [FIRST, BLURBS[0], LONG, BLURBS[1], LAST]
    page, a = extract("\n".join(body))
    assert not removed(page, "heuristic.video-carousel")
    assert FIRST in a.paragraphs and LONG in a.paragraphs and LAST in a.paragraphs


def test_credited_lines_far_apart_are_no_playlist() -> None:
    body = [BLURBS[0], LONG, BLURBS[1], LONG, BLURBS[3], LAST]
    page, a = extract("\n".join(body))
    assert not removed(page, "heuristic.video-carousel")
    assert a.paragraphs.count(LONG) == 2


def test_credited_lines_four_paragraphs_apart_are_no_playlist() -> None:
    short = ["The board will meet again in May.", "Tenders close in March.", "The work takes a year.", "It is late."]
    body = [FIRST, BLURBS[0], *short, BLURBS[1], *short, BLURBS[3], LAST]
    page, a = extract("\n".join(body))
    assert not removed(page, "heuristic.video-carousel")
    assert a.paragraphs[0] == FIRST and a.paragraphs[-1] == LAST


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        ("A crane lifts the whale. Video / Tom Reed", True),
        ("A crane lifts the whale. Video: NZ Herald, AFP", True),
        ("Watch the video: it shows the crane lifting the whale", False),  # a sentence, not a credit
        ("Video / Tom Reed", False),  # a credit with no blurb
        ("The clip went viral on Video / the internet's favourite site", False),  # lower-case words
    ],
)
def test_what_a_video_credit_is(line: str, credited: bool) -> None:
    assert (video_credit_at(line) is not None) is credited


# --- A video or gallery page's other leftovers: the gallery's expand button, a trust label ---


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Show all 7", "web.media-counter"),
        ("View all 24 photos", "web.media-counter"),
        (
            "Based on facts, either observed and verified firsthand by the reporter, or reported and "
            "verified from knowledgeable sources.",
            "common.trust-label",
        ),
        ("Newsweek AI is in beta. Translations may contain inaccuracies—please refer to the original content.",
         "common.trust-label"),
    ],
)  # fmt: skip
def test_a_gallery_button_or_a_trust_label_alone_on_a_line_is_cut(line: str, rule: str) -> None:
    page, a = extract(f"{line}\n{FIRST}\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, rule) == [line]


@pytest.mark.parametrize(
    "sentence",
    [
        "Show all 7 candidates the ballot papers, the returning officer told the council.",
        "Based on facts gathered at the quay, the board changed its plan for the sea wall.",
    ],
)
def test_the_same_words_in_a_sentence_stay(sentence: str) -> None:
    page, a = extract(f"{FIRST}\n{sentence}\n{LAST}")
    assert a.paragraphs == [FIRST, sentence, LAST]
    assert not removed(page, "web.media-counter") and not removed(page, "common.trust-label")


@pytest.mark.parametrize("section", ["TV", "Sport", "Football"])
def test_a_most_read_heading_glued_between_sentences_is_cut(section: str) -> None:
    page, a = extract(f"{FIRST} Most read in {section} {LAST}")
    assert a.paragraphs == [f"{FIRST} {LAST}"]
    assert removed(page, "common.most-read") == [f"Most read in {section}"]


def test_most_read_in_a_sentence_stays() -> None:
    sentence = "The story most read in Sport this week was about the harbour swim."
    page, a = extract(f"{FIRST}\n{sentence}\n{LAST}")
    assert a.paragraphs == [FIRST, sentence, LAST]
    assert not removed(page, "common.most-read")


def test_a_video_duration_label_and_its_halves_are_cut() -> None:
    lines = ["Has Video Duration: 1 minute 41 seconds .", "1 m", "41 s"]
    page, a = extract("\n".join([FIRST, *lines, LAST]))
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "common.video-duration") == lines


def test_a_sentence_about_a_duration_stays() -> None:
    sentence = "The video has a duration of 1 minute 41 seconds, the council said."
    page, a = extract(f"{FIRST}\n{sentence}\n{LAST}")
    assert a.paragraphs == [FIRST, sentence, LAST]
    assert not removed(page, "common.video-duration")


PLAYLIST_LABELS = [
    "Video Duration 02 minutes 05 seconds 02:05",
    "Video Duration 00 minutes 48 seconds 00:48",
    "Video Duration 11 minutes 30 seconds 11:30",
]


def test_a_playlists_duration_labels_each_on_a_line_are_cut() -> None:
    teaser = "A ferry captain describes the night the storm reached the harbour mouth."
    page, a = extract("\n".join([teaser, *PLAYLIST_LABELS]))
    assert a.paragraphs == [teaser]
    assert removed(page, "common.video-duration") == PLAYLIST_LABELS


def test_duration_labels_glued_after_a_teaser_are_cut_with_the_cut_off_last_one() -> None:
    teaser = "A ferry captain describes the night the storm reached the harbour mouth."
    page, a = extract(f"{FIRST}\n{teaser} {' '.join(PLAYLIST_LABELS)} Video D")
    assert a.paragraphs == [FIRST, teaser]
    assert removed(page, "common.video-duration") == [" ".join(PLAYLIST_LABELS) + " Video D"]


def test_a_video_duration_in_words_in_a_sentence_stays() -> None:
    sentence = "Video Duration 2 minutes 5 seconds was the limit the festival set for its entries."
    page, a = extract(f"{FIRST}\n{sentence}\n{LAST}")
    assert a.paragraphs == [FIRST, sentence, LAST]
    assert not removed(page, "common.video-duration")


OWN_BLURB = "Our reporter walks the flooded promenade as crews pump water from the seafront shops."
ROWS = [
    [
        "Ferry crews strike over rosters",
        "Crews on the island ferries walked out at dawn. Our correspondent explains why.",
    ],
    ["Lighthouse keeper retires after 40 years", "The last keeper of the point light hands over the keys."],
    ["Schoolchildren plant a sea-grass meadow", "Pupils from two schools spent the morning in the shallows."],
    ["Storm closes the coast road", "The road was shut after waves threw stones onto the carriageway."],
]


def _rows(rows: list[list[str]], source: str = "Coast TV") -> list[str]:
    return [line for i, (title, blurb) in enumerate(rows) for line in (title, blurb, f"0{i}:4{i} - Source: {source}")]


def test_a_playlist_of_duration_rows_after_the_pages_own_video_is_cut() -> None:
    lines = [OWN_BLURB, "01:12 - Source: Coast TV", *_rows(ROWS), "Harbour seals return to the bay"]
    page, a = extract("\n".join(lines))
    assert a.paragraphs == [OWN_BLURB]
    assert removed(page, "heuristic.duration-playlist") == lines[1:]


def test_two_duration_lines_in_a_story_are_no_playlist() -> None:
    lines = [FIRST, OWN_BLURB, "01:12 - Source: Coast TV", LONG, "02:30 - Source: Coast TV", LAST]
    page, a = extract("\n".join(lines))
    assert not removed(page, "heuristic.duration-playlist")
    assert LONG in a.paragraphs and LAST in a.paragraphs
