"""Shapes of unseen sites' listing pages, round 30 (issue 18), each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a
near miss of the same look left alone.
"""

from __future__ import annotations

import pytest
from stories import S1, S2, S3, T1, T2, T3, extract_at, removed

LISTING_URL = "https://coastradio.example/2025/06/10/page/2"

# --- a card's photo credit under its title is no section ---------------------------------------


@pytest.mark.parametrize(
    ("credit", "rule"),
    [
        ("FOTO: REPRODUÇÃO", "heuristic.photo-credit"),
        ("Photo: Coast Radio", "heuristic.photo-credit"),
        ("© Jane Roe", "heuristic.credit-only-line"),
    ],
)
def test_a_photo_credit_under_each_card_title_is_no_category(credit: str, rule: str) -> None:
    text = "".join(f"{t}\n\n{credit}\n\n{s}\n\n" for t, s in [(T1, S1), (T2, S2), (T3, S3)])
    page = extract_at(text, LISTING_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert [a.category for a in page.articles] == [None, None, None]
    assert [a.paragraphs for a in page.articles] == [[S1], [S2], [S3]]
    assert removed(page, rule) == [credit] * 3


@pytest.mark.parametrize("label", ["Politics", "Photography", "Fotos do dia"])
def test_a_section_label_under_each_card_title_stays_its_category(label: str) -> None:
    # near miss: a short label in the credit's place, the credit's word without its colon
    # included, is the card's section
    text = "".join(f"{t}\n\n{label}\n\n{s}\n\n" for t, s in [(T1, S1), (T2, S2), (T3, S3)])
    page = extract_at(text, LISTING_URL)
    assert [a.category for a in page.articles] == [label] * 3
