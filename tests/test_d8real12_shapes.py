"""Shapes of real pages Daily8 reprints (round d8real12). The pages here are invented, laid out
as Daily8 prints a reprint (logo, the title twice, the outlet glued to its age, the body,
Daily8's widgets under it), and a near miss of each shape is kept."""

from __future__ import annotations

from stories import P1, P2, P3, REPRINT_TITLE, removed
from stories import daily8_reprint as daily8

# --- The reprinted page's header lines above its own print of the headline ----------------------


def test_the_lines_above_the_reprinted_headline_are_its_pages_header() -> None:
    """zeelandnet.nl: a webmail chooser (two labels and a sentence) over the portal's own print
    of the headline stayed as the body's first paragraphs and hid the dateline under it."""
    chooser = ["Mail", "Pick your mail service", "Since we run two mail services, tell us once which you use."]
    body = "\n".join([*chooser, REPRINT_TITLE, f"PORT AVELIN (Reuters) - {P1}", P2])
    page, a = daily8(body)
    assert removed(page, "segment.reprint-header-above-title") == [chooser[0], chooser[1], chooser[2]]
    assert a.paragraphs == [P1, P2]
    assert a.dateline is not None
    assert a.dateline.location == "PORT AVELIN"


def test_the_headline_quoted_as_a_line_deep_in_the_story_stays_with_the_text_above() -> None:
    """Near miss: past the body's first lines, a line that repeats the headline is the story's
    (a closing line quoting it), and the story's paragraphs above it stay."""
    body = "\n".join([P1, P2, P3, P1.replace("Tuesday", "Monday"), REPRINT_TITLE, P2.replace("Mayor", "Deputy mayor")])
    page, a = daily8(body)
    assert removed(page, "segment.reprint-header-above-title") == []
    assert a.paragraphs[:3] == [P1, P2, P3]


# --- The next post of an archive page under the story's read-on link ------------------------------

NEXT_HEADLINE = "Ferry crews return to work after two-day strike ends"
NEXT_TEXT = "Ferry crews at the north quay went back to work on Thursday after the union accepted a new offer."


def test_the_next_posts_headline_and_text_under_a_source_link_are_another_story() -> None:
    """howisannierecords.com: a tag page closes each copied story with "Source link" and a
    "Posted on" label, then prints the next post; its headline and text stayed in the body."""
    page, a = daily8("\n".join([P1, P2, "Source link", "Posted on", NEXT_HEADLINE, NEXT_TEXT]))
    assert removed(page, "heuristic.next-post") == [NEXT_HEADLINE, NEXT_TEXT]
    assert a.paragraphs == [P1, P2]


def test_a_story_going_on_with_a_sentence_after_a_read_on_link_stays() -> None:
    """Near miss: under the link the page goes on with a sentence (no headline): the story's."""
    page, a = daily8("\n".join([P1, "Continue reading...", P2, P3]))
    assert removed(page, "heuristic.next-post") == []
    assert a.paragraphs == [P1, P2, P3]


# --- A slideshow's padded counter ----------------------------------------------------------------


def test_a_slideshows_padded_counter_over_a_slide_goes() -> None:
    """geopolis.francetvinfo.fr: "01 /50" over each slide of a gallery stayed in the body."""
    page, a = daily8("\n".join([P1, "01 /12", P2, "02 / 12", P3]))
    assert removed(page, "web.media-counter") == ["01 /12", "02 / 12"]
    assert a.paragraphs == [P1, P2, P3]


def test_a_sentence_opening_with_a_padded_score_stays() -> None:
    """Near miss: the counter's words running on as a sentence are the story's."""
    line = "01 / 12 of the seats went to the harbour party, the count showed on Monday."
    page, a = daily8("\n".join([P1, line, P2]))
    assert removed(page, "web.media-counter") == []
    assert a.paragraphs == [P1, line, P2]


# --- A comment bubble's lone zero over the story -------------------------------------------------


def test_a_comment_bubbles_lone_zero_over_the_story_goes() -> None:
    """portalopoder.com.br, unitednetworker.com (tagDiv's Newspaper theme): an archive page
    prints only the comment bubble, "0", between a headline and its text; Daily8's reprint
    opened the story with it."""
    page, a = daily8("\n".join(["0", P1, P2]))
    assert removed(page, "heuristic.header-counters") == ["0"]
    assert a.paragraphs == [P1, P2]


def test_a_lone_number_other_than_zero_over_the_story_stays() -> None:
    """Near miss: a listicle's "1" over its first item is the story's."""
    page, a = daily8("\n".join(["1", P1, P2]))
    assert removed(page, "heuristic.header-counters") == []
    assert a.paragraphs == ["1", P1, P2]
