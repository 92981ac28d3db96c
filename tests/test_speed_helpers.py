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
