"""An outlet's appeal to subscribe, closing a reprinted page, the link word broken onto a line
of its own; the same words in a story's sentence stay. The pages are written for the tests."""

from __future__ import annotations

import pytest
from test_inline_chrome import FIRST, LAST, extract, removed

APPEAL = "If you would like to see more opinions on the big issues of the day, please consider"


@pytest.mark.parametrize("tail", ["\nsubscribing", " subscribing", ""])
def test_the_appeal_closing_the_story_is_cut(tail: str) -> None:
    page, a = extract(f"{FIRST}\n{LAST} {APPEAL}{tail}")
    assert a.paragraphs == [FIRST, LAST]
    assert " ".join(removed(page, "web.subscribe-nag")) == f"{APPEAL}{tail}".replace("\n", " ")


def test_subscribing_in_a_sentence_stays() -> None:
    sentence = "Readers are subscribing in greater numbers, the paper said."
    page, a = extract(f"{FIRST}\n{sentence}\n{LAST}")
    assert a.paragraphs == [FIRST, sentence, LAST]
    assert not removed(page, "web.subscribe-nag")
