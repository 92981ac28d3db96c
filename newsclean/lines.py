"""Normalised text to lines, each knowing where it sits in the text.

Lines are the unit the classifier and segmenter reason about: aggregator pages put every
header field (outlet, time, bullets, title) on a line of its own, and blank lines carry
layout that tells one page shape from another.
"""

from __future__ import annotations

import re
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


# Past this many line breaks, blank lines are skipped by a scan instead of one by one: twenty
# megabytes of them took 6 s and a 160 MB list. (Pages have hundreds of lines: the common
# path stays the single split below.)
_FLOOD = 100_000
# A non-blank line of normalised text, from its first character (the normal form's only
# whitespace is " " and "\n").
_CONTENT = re.compile(r"[^ \n][^\n]*")


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with offsets of their stripped text; blank runs are counted, not kept."""
    if text.count("\n") > _FLOOD:
        return _split_sparse(text)
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


def _split_sparse(text: str) -> list[Line]:
    """:func:`split_lines` for normalised text with many lines: blank runs cost a C scan."""
    out: list[Line] = []
    append = out.append
    prev = 0  # where the previous non-blank line ends (its line break, or 0 before the first)
    first = True
    for m in _CONTENT.finditer(text):
        start = m.start()
        begin = text.rfind("\n", 0, start) + 1
        breaks = text.count("\n", prev, begin)
        blanks = breaks if first else breaks - 1
        stripped = m.group().rstrip()
        append(Line(stripped, start, start + len(stripped), len(out), blanks, start - begin))
        prev, first = m.end(), False
    return out
