"""Helpers written as loops for speed answer as the any() they replace."""

from __future__ import annotations

from newsclean.classify import Item, Kind
from newsclean.lines import Line
from newsclean.segment import _kind_in


def test_kind_in_answers_as_any() -> None:
    kinds = [Kind.TEXT, Kind.TIME, Kind.BULLET, Kind.TEXT]
    items = [Item(Line(f"line{k}", k * 10, k * 10 + 5, k, 0, 0), kind) for k, kind in enumerate(kinds)]
    for s in range(len(items) + 1):
        for e in range(s, len(items) + 1):
            for kind in (Kind.TIME, Kind.BULLET, Kind.MARKER):
                assert _kind_in(items, s, e, kind) == any(items[k].kind is kind for k in range(s, e))


def test_has_digit_answers_as_any() -> None:
    from newsclean.dates import _has_digit

    for text in ("", "June", "June 9", "9", "x²", "no digits here, none at all"):
        assert _has_digit(text) == any(c.isdigit() for c in text)


def test_teaser_list_answers_as_all() -> None:
    from newsclean.fields.headlines import TEASER_LIST_MIN_LINES, _teaser_list

    rubrics = ["Harbour bridge to close", "New mayor sworn in", "Rain expected later", "Schools reopen"]
    assert _teaser_list(rubrics)
    assert not _teaser_list(rubrics[: TEASER_LIST_MIN_LINES - 1])
    assert not _teaser_list([*rubrics, "The council met on Monday and voted."])
    assert not _teaser_list([*rubrics, "Weather: rain"])
    assert not _teaser_list([*rubrics, "lower case line"])


def test_contains_any_answers_as_any() -> None:
    from newsclean.needles import contains_any

    words = ("Photo", "reporter", "Pic")
    for text in ("", "A Photo of the harbour", "the reporter said", "nothing here", "Pictures"):
        assert contains_any(text, words) == any(w in text for w in words)
    assert not contains_any("anything", ())
