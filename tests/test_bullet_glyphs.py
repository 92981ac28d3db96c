"""A list's mark never stays in a title (issue 18): sites open list items with bullets and
with pointers or squares ("►", "▶", "■", "●", "◆"), and each reader of a line's mark (the
bullet line, the title's marker, the list's marker) takes the same glyphs from
``lexicon.BULLET_GLYPHS``. Pages from ``tests.stories`` (sentences written for the tests)."""

from __future__ import annotations

import pytest

from newsclean.lexicon import BULLET_GLYPHS
from tests.stories import S1, S2, S3, T1, T2, T3, extract_at

_ENTRIES = ((T1, S1), (T2, S2), (T3, S3))


@pytest.mark.parametrize("glyph", list(BULLET_GLYPHS))
def test_a_marked_listing_keeps_no_mark_in_its_titles(glyph: str) -> None:
    text = "\n\n".join(f"{glyph} {title}\n\n{story}" for title, story in _ENTRIES) + "\n"
    page = extract_at(text, None)
    assert page.kind == "listing"
    assert [a.title for a in page.articles] == [t for t, _ in _ENTRIES]
    assert [a.body for a in page.articles] == [s for _, s in _ENTRIES]


@pytest.mark.parametrize("glyph", ["►", "■"])
def test_a_glyph_inside_a_title_stays(glyph: str) -> None:
    # near miss: the mark is a list's only at the line's start
    titles = [f"{t.split()[0]} {glyph} {' '.join(t.split()[1:])}" for t, _ in _ENTRIES]
    text = "\n\n".join(f"• {title}\n\n{story}" for title, (_, story) in zip(titles, _ENTRIES, strict=True)) + "\n"
    page = extract_at(text, None)
    assert [a.title for a in page.articles] == titles
