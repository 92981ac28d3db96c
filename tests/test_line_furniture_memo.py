"""The furniture readings kept by a line's text (layout/linefurniture.py) answer as the tests
they keep, and the pagination test's digit gate (layout/furniture.py) skips only lines that
hold no digit its pattern could read."""

from __future__ import annotations

import regex
from codepoints import matching
from hypothesis import given
from hypothesis import strategies as st

from newsclean.layout import furniture, linefurniture

# Invented lines of each shape the readers name, and headlines that are none of them.
_LINES = [
    "Page 2 of 9",
    "<< Prev Next >>",
    "Load more",
    "Facebook Icon",
    "Harbour Gazette logo",
    "ferry_terminal_01.jpg",
    "shot-button",
    "\u00a9 2025 Harbour Gazette",
    "Latest articles",
    "Day: June 9, 2025",
    '[gallery ids="1,2"]',
    "^",
    "news@harbourgazette.example",
    "Tag: Ferries",
    "Council approves the new ferry terminal plan",
    "Ferry fares rise 2 percent from June",
]


def test_the_kept_readings_answer_as_the_tests_themselves_twice_over() -> None:
    for text in _LINES:
        for stands in (
            linefurniture.TIME_LINE,
            linefurniture.BULLET_LINE,
            linefurniture.HEAD_LINE,
            linefurniture.PLAIN_LINE,
        ):
            expected = linefurniture._read_furniture(text, stands)
            assert linefurniture.furniture_rule(text, stands) == expected
            assert linefurniture.furniture_rule(text, stands) == expected  # now from the memo
        assert linefurniture.interface_rule(text) == linefurniture._read_interface(text)
        assert linefurniture.interface_rule(text) == linefurniture._read_interface(text)


def test_a_copyright_line_is_kept_apart_for_headline_shaped_lines_and_others() -> None:
    notice = "\u00a9 2024 Coast Post"
    head, plain = linefurniture.HEAD_LINE, linefurniture.PLAIN_LINE
    assert linefurniture.furniture_rule(notice, head) == "layout.copyright-line"
    assert linefurniture.furniture_rule(notice, plain) is None  # a memo by text alone would say copyright
    assert linefurniture.furniture_rule(notice, head) == "layout.copyright-line"
    # a time line is furniture only as a date archive's heading, whatever the text line says
    assert linefurniture.furniture_rule("Page 3 of 9", linefurniture.TIME_LINE) is None
    assert linefurniture.furniture_rule("Page 3 of 9", linefurniture.BULLET_LINE) == "layout.pagination"


def test_the_readers_name_the_lines() -> None:
    assert linefurniture.furniture_rule("Page 2 of 9", linefurniture.PLAIN_LINE) == "layout.pagination"
    assert linefurniture.interface_rule("Load more") == "layout.story-ui-command"
    assert linefurniture.interface_rule("Tag: Ferries") == linefurniture.STORY_LISTING_HEADING
    assert linefurniture.furniture_rule("Council approves the new ferry terminal plan", linefurniture.HEAD_LINE) is None
    assert linefurniture.interface_rule("Council approves the new ferry terminal plan") is None


def test_every_digit_the_page_position_pattern_reads_passes_the_digit_gate() -> None:
    for c in matching(regex.compile(r"\d")):
        assert furniture._has_digit(c), repr(c)
        assert furniture._has_digit(f"Page {c}"), repr(c)


_PAGER = "Pageofstoriesresults 12\u0663\uff15-\u2013.\u00bbnextNEXT>"


@given(st.text(alphabet=_PAGER, max_size=30))
def test_a_page_position_is_found_only_in_a_line_the_digit_gate_lets_through(text: str) -> None:
    if furniture._PAGE_POSITION.search(text):
        assert furniture._has_digit(text)


def test_pagination_with_and_without_digits() -> None:
    assert furniture.is_pagination("Page 2 of 9")
    assert furniture.is_pagination("Page \u0662 of \u0669")  # Arabic-Indic digits: the pattern's \d reads them
    assert furniture.is_pagination("1 2 3 ... Next")
    assert furniture.is_pagination("\u00ab Older posts")  # no digit: the words still read it
    assert not furniture.is_pagination("Page turner of the summer")  # a near miss: no number
