"""An outlet's call to follow it on Google News glued after a story's sentence (issue 19's
"promos and nags, also glued mid-paragraph"): the call is cut with its offsets recorded, the
platforms it lists and its purpose with it; a sentence of a story that mentions following a
paper on Google News stays. The pages here are written for the tests."""

from __future__ import annotations

import pytest
from test_inline_chrome import FIRST, LAST, extract, removed

CALLS = [
    "Found this article interesting? Follow us on Google News , Twitter and LinkedIn to read more of what we post.",
    "Find this News Interesting! Follow us on Google News, LinkedIn, and X to Get Harbour Updates!",
    "Follow us on Google News and never miss a sailing, a storm or a timetable change.",
    "Or follow us on Google News!",
]


@pytest.mark.parametrize("call", CALLS)
def test_a_call_to_follow_on_google_news_glued_after_the_last_sentence_is_cut(call: str) -> None:
    page, a = extract(f"{FIRST}\n{LAST} {call}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "common.promo") == [call]


@pytest.mark.parametrize(
    "sentence",
    [
        "Follow us on Google News, the harbour master told his staff in a memo.",
        "Many readers now follow us on Google News for the sailing times, the editor said.",
    ],
)
def test_a_sentence_about_following_on_google_news_stays(sentence: str) -> None:
    page, a = extract(f"{FIRST} {sentence}\n{LAST}")
    assert a.paragraphs == [f"{FIRST} {sentence}", LAST]
    assert removed(page, "common.promo") == []
