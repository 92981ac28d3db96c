"""Section markers move with their lines when a stage drops or splits lines."""

from __future__ import annotations

from newsclean.classify import Item, Kind
from newsclean.layout.markers import remap_markers
from newsclean.lines import Line


def _item(text: str) -> Item:
    return Item(Line(text, 0, len(text), 0, 0, 0), Kind.TEXT)


def test_marker_follows_its_line_past_dropped_lines() -> None:
    heading = _item("More from the harbour desk")
    markers = {3: heading}
    # old lines 0..4: lines 1 and 2 dropped, so old line 3 is now line 1
    remap_markers(markers, [0, 1, 1, 1, 2, 3])
    assert markers == {1: heading}


def test_marker_after_a_split_line_moves_by_the_pieces() -> None:
    heading = _item("Elsewhere in the valley")
    markers = {2: heading}
    # old line 0 was split into three pieces
    remap_markers(markers, [0, 3, 4, 5])
    assert markers == {4: heading}


def test_marker_past_the_last_line_and_the_later_of_two_colliding_markers() -> None:
    first, second, end = _item("Related"), _item("Latest"), _item("Trailer")
    markers = {2: second, 1: first, 3: end}
    # old line 1 dropped: markers 1 and 2 meet on new line 1; the nearer heading wins
    remap_markers(markers, [0, 1, 1, 2])
    assert markers == {1: second, 2: end}
