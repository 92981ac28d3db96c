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


# The stamp some scrapers put before a stored page's text (" date 2021-04-27 The council
# ..."): the day the page was saved, in the scraper's own form, a lowercase "date" and an ISO
# day. The site never printed it. Seen opening stored pages of four sites: miamiherald.com and
# newswire.ca in the wide corpus, ktbb.com and newdelhitimes.com among audited pages; read as
# a header line it became a story's title ("date 2017-07-10 Nation & World") or its category.
# Some scrapers stamp the month only ("date 2017-03"): the same stamp, cut the same way.
_SCRAPE_STAMP = re.compile(r"date (?:19|20)\d\d-[01]\d(?:-[0-3]\d)?(?= |$)")


def cut_scrape_stamp(lines: list[Line]) -> tuple[int, int] | None:
    """Cut the scraper's stamp off the page's first line (dropping the line when nothing else
    is on it) and return the stamp's span, or ``None`` when the page opens without one.

    Why: the stamp is no part of the page, yet it sits glued before whatever the page opens
    with (a section, a headline, the story's first sentence), where every later stage would
    read it as that line's own words. Only the page's first line: the same words in a story
    ("the date 2021-04-27 was set") are never at the text's start.
    """
    if not lines:
        return None
    first = lines[0]
    m = _SCRAPE_STAMP.match(first.text)
    if m is None:
        return None
    span = (first.start, first.start + m.end())
    rest = first.text[m.end() :].lstrip()
    if rest:
        first.start = first.end - len(rest)
        first.text = rest
    else:
        del lines[0]
        for k, line in enumerate(lines):
            line.index = k
    return span
