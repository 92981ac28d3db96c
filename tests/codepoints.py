"""Every code point a character class matches, for the gate tests.

A gate that skips a pattern by looking at a line's last (or first) character must let through
every character the pattern itself could read there, including the non-ASCII digits, letters
and spaces the regex engines match (``\\d`` takes Arabic-Indic digits, case-insensitive
``[a-z]`` takes the Kelvin sign). The gate tests sweep all of Unicode for them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol


class _FullMatcher(Protocol):
    def fullmatch(self, string: str) -> object: ...


def matching(pattern: _FullMatcher) -> Iterator[str]:
    """Each code point, as a one-character string, that ``pattern`` matches whole."""
    return (c for c in map(chr, range(0x110000)) if pattern.fullmatch(c))
