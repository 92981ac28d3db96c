"""A class name or an image's slug of the page's markup, printed as a line of text, is no
title and no paragraph ("shot-button" over a breadcrumb, "time-read" over each card, a photo's
slug over its caption). Pages from ``tests.stories`` (sentences written for the tests)."""

from __future__ import annotations

import pytest

from newsclean.layout.furniture import is_markup_token
from tests.stories import S1, S2, S3, S4, T1, T2, T3, extract_at, removed


@pytest.mark.parametrize("token", ["share-button", "ferry-terminal", "main_content", "app-store-badge"])
def test_a_token_over_a_story_is_neither_its_title_nor_its_text(token: str) -> None:
    page = extract_at(f"{token}\n\n{T1}\n\n{S1}\n\n{S4}\n", None)
    (a,) = page.articles
    assert a.title == T1
    assert a.body == f"{S1}\n\n{S4}"
    assert removed(page, "layout.story-markup-token") == [token]


def test_a_token_over_each_card_of_a_listing_is_removed() -> None:
    cards = [(T1, S1), (T2, S2), (T3, S3)]
    text = "\n\n".join(f"read-time\n\n{t}\n\n{k + 2} hours ago\n\n{s}" for k, (t, s) in enumerate(cards)) + "\n"
    page = extract_at(text, None)
    assert [a.title for a in page.articles] == [t for t, _ in cards]
    assert [a.body for a in page.articles] == [s for _, s in cards]
    assert removed(page, "layout.markup-token") == ["read-time"] * 3


@pytest.mark.parametrize("line", ["e-mail", "x-ray", "Long-term", "well-being now", "covid-19", "sr-only"])
def test_words_that_are_no_markup_token(line: str) -> None:
    # near misses: short words joined, a capital, a space, a digit
    assert not is_markup_token(line)
