"""A column's strapline glued to the story's first paragraph, "<Column> by <Name>: ", names
the writer (issue 19's byline list: "Spectator by Jane Roe:"). A picture's or a maker's label
is no column. Pages from ``tests.stories`` (sentences written for the tests)."""

from __future__ import annotations

import pytest

from tests.stories import S1, S4, T1, extract_at, removed


@pytest.mark.parametrize(
    ("opening", "name"), [("Harbour Notes by Jane Roe: ", "Jane Roe"), ("Spectator by Sam Poe: ", "Sam Poe")]
)
def test_a_columns_strapline_gives_the_byline_and_leaves_the_body(opening: str, name: str) -> None:
    page = extract_at(f"{T1}\n\n{opening}{S1}\n\n{S4}\n", None)
    (a,) = page.articles
    assert a.byline == [name]
    assert a.body == f"{S1}\n\n{S4}"
    assert removed(page, "byline.column-by") == [opening.rstrip()]


@pytest.mark.parametrize("opening", ["Photos by Jane Roe: ", "Directed by Jane Roe: ", "Harbour Notes by Jane: "])
def test_a_picture_or_a_makers_label_or_a_single_name_is_no_column(opening: str) -> None:
    page = extract_at(f"{T1}\n\n{opening}{S1}\n\n{S4}\n", None)
    assert removed(page, "byline.column-by") == []
    assert page.articles[0].body.startswith(opening.strip())
