"""Interface labels alone on a line inside a story: each cut, and the same words in a sentence kept.

Shapes left over from the reprinted-chrome round (invented Daily8-style pages): an image or
quote expander's "Click to expand", an app banner's "Open in app", a video ad's "Skip Ad", a
gallery's "Photo Gallery", alert and newsletter box headings, "Follow @handle on X", a
teaser's "Read the full story here". Pages are built from ``tests/stories.py``.
"""

from __future__ import annotations

import pytest

from tests.stories import S1, S4, T1, extract_at


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Click to expand", "common.widget-label"),
        ("Open in app", "common.widget-label"),
        ("Skip Ad", "common.widget-label"),
        ("Photo Gallery", "common.widget-label"),
        ("Get breaking news alerts", "common.widget-label"),
        ("Stay informed", "common.widget-label"),
        ("Follow @janeroe on X", "common.promo"),
        ("Read the full story here", "common.full-story"),
    ],
)
def test_an_interface_label_alone_between_paragraphs_is_cut(line: str, rule: str) -> None:
    page = extract_at(f"{T1}\n\n{S1}\n\n{line}\n\n{S4}\n", None)
    (a,) = page.articles
    assert a.body == f"{S1}\n\n{S4}"
    assert any(r.rule == rule and r.text == line for r in page.removed)


@pytest.mark.parametrize(
    "sentence",
    [
        "Click to expand the map, the council told residents who asked about the new quay.",
        "Read the full story of the rescue in the harbour archive, the museum said on Monday.",
        "Stay informed about the ferry changes by reading the notices at the harbour office.",
    ],
)
def test_the_same_words_in_a_sentence_stay(sentence: str) -> None:
    page = extract_at(f"{T1}\n\n{S1}\n\n{sentence}\n\n{S4}\n", None)
    assert page.articles[0].body == f"{S1}\n\n{sentence}\n\n{S4}"
