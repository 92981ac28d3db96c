"""Section markers follow their lines when a stage drops or splits lines.

A marker (a section heading such as "Related Articles", or an entry separator) is kept by the
position of the line after it. Two stages rewrite the line list — furniture removal drops
lines, the digest reader splits one line into several — and both must move every marker to the
new position of the line it stood before, or a related section would start one story early.
"""

from __future__ import annotations

from ..classify import Item


def remap_markers(markers: dict[int, Item], positions: list[int]) -> None:
    """Move each marker in place to its line's new position.

    ``positions[k]`` is the new index of the first line produced from old line ``k``, with one
    more entry for the end of the list (a marker after the last line). When lines between two
    markers were all dropped, both land on one position and the later heading wins, as the
    nearer one to the story it heads."""
    moved = {positions[k]: item for k, item in sorted(markers.items()) if k < len(positions)}
    markers.clear()
    markers.update(moved)
