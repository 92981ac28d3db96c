"""Normalised text to lines, each knowing where it sits in the text.

Lines are the unit the classifier and segmenter reason about: aggregator pages put every
header field (outlet, time, bullets, title) on a line of its own, and blank lines carry
layout that tells one page shape from another.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Line:
    """One non-blank line: its stripped text and the offsets of that text."""

    text: str
    start: int
    end: int
    index: int  # position among non-blank lines
    blank_before: int  # blank lines directly above it
    indent: int  # leading spaces (the "  • Outlet" bullets are indented)


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with offsets of their stripped text; blank runs are counted, not kept."""
    out: list[Line] = []
    append = out.append
    pos = 0
    blanks = 0
    for raw in text.split("\n"):  # one C-level split; offsets are summed as we go
        stripped = raw.strip()
        if stripped:
            lead = raw.find(stripped[0])  # the first non-space character is the stripped text's first
            start = pos + lead
            append(Line(stripped, start, start + len(stripped), len(out), blanks, lead))
            blanks = 0
        else:
            blanks += 1
        pos += len(raw) + 1
    return out
