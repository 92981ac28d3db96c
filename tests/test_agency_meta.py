"""An agency's meta line over its own story ("KYODO NEWS - 2 hours ago - 15:00 | All, Japan,
World": Kyodo News's pages and Daily8's reprints of them) is the page's furniture, and a
round-up's intro before its first item's heading and dateline is no standfirst. The pages are
written for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from test_inline_chrome import FIRST, LAST, extract, removed

import newsclean

INTRO = "Here are the main stories from our newsroom today."
ITEM = "SEAPORT - The harbour board approved the new sea wall on Monday, its chair said."


@pytest.mark.parametrize(
    "meta",
    [
        "KYODO NEWS - 2 hours ago - 15:00 | All, Japan, World",
        "KYODO NEWS - an hour ago - 09:41 | World",
        "KYODO NEWS - Jun 7, 2025 - 23:07 | All, Japan",
    ],
)
def test_the_meta_line_under_the_header_is_cut(meta: str) -> None:
    page, a = extract(f"{meta}\n{FIRST}\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "common.agency-meta") == [meta]
    assert a.credits == []


def test_the_meta_line_glued_before_a_listing_entrys_teaser_is_cut() -> None:
    meta = "KYODO NEWS - 3 hours ago - 18:20 | All, World"
    text = (
        "Latest news with #HARBOUR\n\n\nKessel News\n3 hours ago\n- Business\n- Kessel News\n"
        f"Harbour board approves the new sea wall\n{meta} {FIRST} {LAST}\n"
    )
    page = newsclean.extract(text, fetched_at=datetime(2025, 8, 1, 12, tzinfo=UTC))
    assert [r.text for r in page.removed if r.rule == "common.agency-meta"] == [meta]
    assert page.articles[0].paragraphs == [f"{FIRST} {LAST}"]


def test_the_agency_name_opening_a_story_without_the_meta_stays_a_credit() -> None:
    page, a = extract(f"KYODO NEWS - {FIRST}\n{LAST}")
    assert not removed(page, "common.agency-meta")
    assert a.paragraphs[-1] == LAST


def test_a_round_ups_intro_before_its_first_items_heading_is_no_standfirst() -> None:
    body = f"{INTRO} ---------- Sea wall wins approval {ITEM}"
    page, a = extract(body)
    assert a.paragraphs == [body]
    assert not removed(page, "heuristic.standfirst")


def test_a_one_phrase_standfirst_before_a_dateline_is_still_cut() -> None:
    page, _a = extract(f"Sea wall: the board's plan for the old quay {ITEM}")
    assert removed(page, "heuristic.standfirst") == ["Sea wall: the board's plan for the old quay"]
