"""Whole-line patterns looked up by the character a line opens with.

The bundled line rules are one alternation tried on every short line, and a failed try walks
all its alternatives. Most open with a literal word, so a line's first character rules out
all but a few: ``RuleSet.line_rule`` tries only the alternation of the rules that can open
with it. Characters are compared case-folded, which is a superset for case-sensitive
patterns and covers the case-insensitive ones (the engine's case equivalences fold alike);
``patternfacts.first_chars`` reads them off the pattern.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .patternfacts import first_chars, first_pairs, max_width

__all__ = ["ByFirstChar", "Rule", "first_chars"]

Rule = tuple[str, str, "str | None"]  # (pattern, rule id, section)


class ByFirstChar:
    """Whole-line patterns looked up by the character a line opens with.

    A line tries, in the rules' order, only the patterns that can open with its first
    character (and those whose first character is not known): on the bundled rules a handful
    instead of fifty. Patterns are compiled one by one when a line first needs them, so a
    process pays for no pattern its pages never ask about. One alternation split by first
    character measured faster per line still, but compiled the rules it shares again for
    every character: 80 ms a process, more than a short job's pages save.

    A line longer than the most a pattern can match whole (``patternfacts.max_width``) skips
    that pattern: the long-line rules (``RuleSet._wide_by_first``) reach from 105 to 1,051
    characters, and a paragraph of 300 tried all of those for its first letter, each call a
    failed match (some 34K instructions a page, compare.py --instructions).
    """

    def __init__(self, rules: list[Rule]) -> None:
        self._rules = rules
        self._compiled: dict[int, Any] = {}
        self._firsts: list[frozenset[str] | None] = []
        self._known: frozenset[str] | None = None  # read off the patterns when a line first asks
        self._widths: list[float] = []  # each pattern's widest whole match, read with _known
        self._pairs: list[frozenset[str] | None] = []  # each pattern's first two characters, read with _known
        self._parts: dict[str, list[tuple[Any, str, str | None, float, frozenset[str] | None]]] = {}

    def match(self, text: str) -> tuple[str, str | None] | None:
        """The (rule id, section) of the first rule whose pattern matches all of ``text``."""
        if self._known is None:
            self._firsts = [first_chars(p) for p, _, _ in self._rules]
            self._widths = [_widest(p) for p, _, _ in self._rules]
            self._pairs = [first_pairs(p) for p, _, _ in self._rules]
            self._known = frozenset().union(*(f for f in self._firsts if f))
        key = text[:1].casefold()
        if key not in self._known:
            key = ""  # no rule names it: only the rules that may open with anything
        part = self._parts.get(key)
        if part is None:
            part = self._parts[key] = [
                (self._pattern(i), rid, section, self._widths[i], self._pairs[i])
                for i, ((_, rid, section), first) in enumerate(zip(self._rules, self._firsts, strict=True))
                if first is None or key in first
            ]
        size = len(text)
        # an ASCII opening pair rules out a pattern that cannot open with it (patternfacts.first_pairs)
        pair = text[:2].lower() if text[:2].isascii() else None
        for pattern, rid, section, widest, pairs in part:
            if size <= widest and (pair is None or pairs is None or pair in pairs) and pattern.fullmatch(text):
                return rid, section
        return None

    def _pattern(self, i: int) -> Any:
        got = self._compiled.get(i)
        if got is None:
            source = self._rules[i][0]
            try:  # bundled patterns: the standard library's engine, faster per call
                got = re.compile(source)
            except re.error:  # syntax only the regex module knows
                import regex

                got = regex.compile(source)
            self._compiled[i] = got
        return got


def _widest(source: str) -> float:
    """The longest line ``source`` can match whole, infinite when unbounded or unknown."""
    width = max_width([source])
    return math.inf if width is None else width
