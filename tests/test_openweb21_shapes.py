"""Shapes of unseen story pages, round 21 (issue 19: chrome inside the story), each on a page
written for it.

Every story, town and name here is invented. Each test shows the shape read right and a near
miss of the same look left alone.
"""

from __future__ import annotations

from letters import lost_letters
from stories import S1, S4, T1, extract_at, removed

import newsclean

STORY_URL = "https://coastradio.example/news/2025/06/harbour-council-ferry-terminal/"
CLOSING = "The chairman said the plan would go to the regional board for approval in the autumn."


def _story(tail: str) -> str:
    return f"{T1}\n\n{S1}\n\n{S4}\n\n{CLOSING}\n\n{tail}\n"


def _no_letter_lost(text: str, page: newsclean.Page) -> None:
    assert not lost_letters(newsclean.normalize(text), page)


# --- other stories' excerpts under a story, each cut with an ellipsis -------------------------

EXCERPTS = [
    "Port Avelin: The ferry operator on Friday cancelled the evening crossings to the outer islands after…",
    "Marrow Bay: A new footbridge over the river mouth will open to walkers before the summer…",
    "Eastholm: The district's two libraries will share one catalogue from next month, the…",
]


def test_a_closing_run_of_cut_excerpts_is_a_related_list() -> None:
    text = _story("\n".join(EXCERPTS))
    page = extract_at(text, STORY_URL)
    assert page.main is not None
    assert page.main.paragraphs == [S1, S4, CLOSING]
    assert removed(page, "heuristic.excerpt-list") == EXCERPTS
    _no_letter_lost(text, page)


def test_a_story_cut_off_by_the_page_keeps_its_last_paragraph() -> None:
    """Near miss: one paragraph cut with an ellipsis at the end is the story's own, cut by the
    page's end (or its trailing thought), not a list of other stories."""
    cut = "The harbour master said the works would close the east quay to fishing boats for the…"
    page = extract_at(_story(cut), STORY_URL)
    assert page.main is not None
    assert page.main.paragraphs == [S1, S4, CLOSING, cut]
    assert not removed(page, "heuristic.excerpt-list")


# --- a link to the neighbouring post, its label on the line of the neighbour's headline ---------

NEIGHBOUR = "Fishing fleet returns early as storm nears the coast"


def test_a_post_nav_label_with_a_headline_is_no_title_or_paragraph() -> None:
    for line in (f"Next article: {NEIGHBOUR}", f"Next article{NEIGHBOUR}", f"Previous article{NEIGHBOUR}"):
        above = extract_at(f"{line}\n\n{_story(CLOSING)}", STORY_URL)
        assert above.main is not None and above.main.title == T1, line
        assert removed(above, "web.post-nav") == [line]
        below = extract_at(f"{_story(S1)}\n{line}\n", STORY_URL)
        assert below.main is not None and line not in below.main.paragraphs, line
        assert removed(below, "web.post-nav") == [line]


def test_a_sentence_opening_with_next_story_stays() -> None:
    """Near miss: a paragraph that opens with the same words runs on as a sentence."""
    sentence = "Next story in the series: the ferry crews who keep the island routes running all winter."
    page = extract_at(_story(sentence), STORY_URL)
    assert page.main is not None
    assert page.main.paragraphs[-1] == sentence
    assert not removed(page, "web.post-nav")


# --- the scroll button's hidden label under a story ---------------------------------------------


def test_the_back_to_top_buttons_label_is_no_paragraph() -> None:
    page = extract_at(_story("Back to top button"), STORY_URL)
    assert page.main is not None
    assert page.main.paragraphs == [S1, S4, CLOSING]
    assert removed(page, "web.widget") == ["Back to top button"]


def test_a_sentence_about_a_back_to_top_button_stays() -> None:
    """Near miss: a sentence naming the button is the story's text."""
    sentence = "The council's new website has a back to top button on every page, the clerk said."
    page = extract_at(_story(sentence), STORY_URL)
    assert page.main is not None
    assert page.main.paragraphs[-1] == sentence


# --- a caption closed by its photographer's credit: in capitals, or a file picture's ------------

CAPTION = "Workers lift the old ferry ramp onto a barge at the east quay on Monday."


def test_a_photo_by_credit_in_capitals_or_for_a_file_picture_closes_a_caption() -> None:
    for credit in ("PHOTO BY JANE ROE", "File photo by Jane Roe/AFP", "FILE PHOTO BY JANE ROE"):
        text = f"{T1}\n\n{CAPTION} {credit}\n\n{S1}\n\n{S4}\n\n{CLOSING}\n"
        page = extract_at(text, STORY_URL)
        assert page.main is not None
        assert page.main.captions == [CAPTION], credit
        assert page.main.paragraphs == [S1, S4, CLOSING], credit
        assert removed(page, "heuristic.caption-credit") == [credit]
        _no_letter_lost(text, page)


def test_a_sentence_closing_on_a_photo_by_someone_stays() -> None:
    """Near miss: "a photo by <name>" in lower case closes a sentence of the story."""
    sentence = f"{S4} The council's poster for the opening uses a photo by Jane Roe."
    page = extract_at(f"{T1}\n\n{S1}\n\n{sentence}\n\n{CLOSING}\n", STORY_URL)
    assert page.main is not None
    assert page.main.paragraphs == [S1, sentence, CLOSING]
    assert not page.main.captions


# --- a weather widget's city between its temperature and the top bar's date ----------------------

TOP_BAR_DATE = "Tuesday, June 10, 2025"


def test_the_weather_widgets_city_is_no_outlet() -> None:
    text = f"8.4 C\nPort Avelin\n{TOP_BAR_DATE}\n{T1}\n\n{S1}\n\n{S4}\n\n{CLOSING}\n"
    page = extract_at(text, STORY_URL)
    assert page.main is not None
    assert page.main.title == T1
    assert page.main.outlet != "Port Avelin"
    assert removed(page, "heuristic.weather-city") == ["Port Avelin"]
    assert page.main.paragraphs == [S1, S4, CLOSING]
    _no_letter_lost(text, page)


def test_a_short_headline_under_the_temperature_stays() -> None:
    """Near miss: a name-shaped line under the temperature with no date under it is the page's
    own line (here the headline), not the widget's city."""
    short = "Ferry Strike Ends"
    page = extract_at(f"8.4 C\n{short}\n\n{S1}\n\n{S4}\n\n{CLOSING}\n", STORY_URL)
    assert page.main is not None
    assert page.main.title == short
    assert not removed(page, "heuristic.weather-city")


# --- the outlet a story was taken from, named on the line under its title ------------------------


def test_a_source_line_over_the_story_names_its_outlet() -> None:
    for line, outlet in (
        ("Source: Coast Radio Network", "Coast Radio Network"),
        ("Source: coastpost.co.nz", "coastpost.co.nz"),
    ):
        text = f"{T1}\n\n{line}\n\n{S1}\n\n{S4}\n\n{CLOSING}\n"
        page = extract_at(text, STORY_URL)
        assert page.main is not None
        assert page.main.outlet == outlet
        assert page.main.paragraphs == [S1, S4, CLOSING]
        assert removed(page, "credit.source-line") == ["Source:"]
        _no_letter_lost(text, page)


def test_a_sentence_opening_with_source_stays() -> None:
    """Near miss: a first paragraph that opens with the label and runs on as a sentence."""
    sentence = "Source: officials at the harbour board say the plan will cost more than first thought."
    page = extract_at(f"{T1}\n\n{sentence}\n\n{S1}\n\n{CLOSING}\n", STORY_URL)
    assert page.main is not None
    assert page.main.paragraphs[0] == sentence
    assert not removed(page, "credit.source-line")


# --- a file picture's credit set off by a dash, the Pakistani papers' way -------------------------


def test_a_dashed_file_credit_closes_a_caption() -> None:
    for line, caption in (
        (f"{CAPTION} — AFP/File", CAPTION),
        (f"{CAPTION} — White Star/File", CAPTION),
        ("Harbour police officers—File Photo", "Harbour police officers"),
    ):
        text = f"{T1}\n\n{line}\n\n{S1}\n\n{S4}\n\n{CLOSING}\n"
        page = extract_at(text, STORY_URL)
        assert page.main is not None
        assert page.main.captions == [caption], line
        assert page.main.paragraphs == [S1, S4, CLOSING], line
        _no_letter_lost(text, page)


def test_a_dashed_file_credit_alone_is_no_paragraph() -> None:
    page = extract_at(f"{T1}\n\n{S1}\n\n— File photo\n\n{S4}\n\n{CLOSING}\n", STORY_URL)
    assert page.main is not None
    assert page.main.paragraphs == [S1, S4, CLOSING]
    assert removed(page, "heuristic.credit-only-line") == ["— File photo"]


def test_a_dashed_aside_about_a_file_stays() -> None:
    """Near miss: dashes around words of the story, "file" among them, are no credit."""
    sentence = "The clerk said the plan — a File of proposals — was ready for the board."
    page = extract_at(f"{T1}\n\n{S1}\n\n{sentence}\n\n{CLOSING}\n", STORY_URL)
    assert page.main is not None
    assert page.main.paragraphs == [S1, sentence, CLOSING]
    assert not page.main.captions


# --- a caption closed by "Photographer / Outlet" (or "Outlet / Photographer"), no tag word -------


def test_a_slash_credit_after_a_caption_closes_it() -> None:
    for credit in ("Jane Roe / The Harbour Times", "HT / Jane Roe"):
        text = f"{T1}\n\n{CAPTION} {credit}\n\n{S1}\n\n{S4}\n\n{CLOSING}\n"
        page = extract_at(text, STORY_URL)
        assert page.main is not None
        assert page.main.captions == [CAPTION], credit
        assert page.main.paragraphs == [S1, S4, CLOSING], credit
        assert removed(page, "heuristic.caption-credit") == [credit]
        _no_letter_lost(text, page)


def test_a_pair_of_single_words_with_a_slash_stays() -> None:
    """Near miss: one word a side is a pair of things ("Online / Postal"), not a photographer's
    credit."""
    short = "Members of the harbour board can vote in person or by letter. Online / Postal"
    page = extract_at(f"{T1}\n\n{S1}\n\n{short}\n\n{CLOSING}\n", STORY_URL)
    assert page.main is not None
    assert page.main.paragraphs == [S1, short, CLOSING]
    assert not page.main.captions
