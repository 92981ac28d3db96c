"""Which characters a pattern's match can open with, read off the standard library's parse.

The bundled line rules are one alternation tried on every short line, and a failed try walks
all its alternatives. Most open with a literal word, so a line's first character rules out
all but a few: ``RuleSet.line_rule`` tries only the alternation of the rules that can open
with it. Characters are compared case-folded, which is a superset for case-sensitive
patterns and covers the case-insensitive ones (the engine's case equivalences fold alike).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_parser: Any = getattr(re, "_parser", None)
_c: Any = getattr(re, "_constants", None)
_MAX_RANGE = 512  # a class range wider than this is not enumerated: the pattern is tried everywhere


@lru_cache(maxsize=1024)  # the long rules are also among all rules: parse each pattern once
def first_chars(pattern: str) -> frozenset[str] | None:
    """The case-folded characters a match of ``pattern`` can start with, or ``None`` when that
    is not known (a match may be empty, or open with any character, a category or a negated class)."""
    if _parser is None or _c is None:
        return None
    try:
        parsed = _parser.parse(pattern)
    except Exception:  # syntax only the regex module knows: tried on every line
        return None
    first, nullable = _sequence(list(parsed))
    if first is None or nullable:
        return None
    return frozenset(first)


def _sequence(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """(first characters, whether the sequence can match empty)."""
    acc: set[str] = set()
    for op, av in items:
        first, nullable = _item(op, av)
        if first is None:
            return None, False
        acc |= first
        if not nullable:
            return acc, False
    return acc, True


def _item(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    if op is _c.LITERAL:
        return {chr(av).casefold()}, False
    if op is _c.IN:
        return _klass(av), False
    if op is _c.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is _c.BRANCH:
        acc: set[str] = set()
        empty = False
        for branch in av[1]:
            first, nullable = _sequence(list(branch))
            if first is None:
                return None, False
            acc |= first
            empty = empty or nullable
        return acc, empty
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, body = av
        first, nullable = _sequence(list(body))
        return first, nullable or low == 0
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # zero-width: the next item opens the match
        return set(), True
    return None, False  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, ...: not known


def _klass(members: list[tuple[Any, Any]]) -> set[str] | None:
    out: set[str] = set()
    for op, av in members:
        if op is _c.LITERAL:
            out.add(chr(av).casefold())
        elif op is _c.RANGE and av[1] - av[0] <= _MAX_RANGE:
            out.update(chr(c).casefold() for c in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY, a wide range
            return None
    return out


Rule = tuple[str, str, "str | None"]  # (pattern, rule id, section)


class ByFirstChar:
    """Whole-line patterns looked up by the character a line opens with.

    A line tries, in the rules' order, only the patterns that can open with its first
    character (and those whose first character is not known): on the bundled rules a handful
    instead of fifty. Patterns are compiled one by one when a line first needs them, so a
    process pays for no pattern its pages never ask about. One alternation split by first
    character measured faster per line still, but compiled the rules it shares again for
    every character: 80 ms a process, more than a short job's pages save.
    """

    def __init__(self, rules: list[Rule]) -> None:
        self._rules = rules
        self._compiled: dict[int, Any] = {}
        self._firsts: list[frozenset[str] | None] = []
        self._known: frozenset[str] | None = None  # read off the patterns when a line first asks
        self._parts: dict[str, list[tuple[Any, str, str | None]]] = {}

    def match(self, text: str) -> tuple[str, str | None] | None:
        """The (rule id, section) of the first rule whose pattern matches all of ``text``."""
        if self._known is None:
            self._firsts = [first_chars(p) for p, _, _ in self._rules]
            self._known = frozenset().union(*(f for f in self._firsts if f))
        key = text[:1].casefold()
        if key not in self._known:
            key = ""  # no rule names it: only the rules that may open with anything
        part = self._parts.get(key)
        if part is None:
            part = self._parts[key] = [
                (self._pattern(i), rid, section)
                for i, ((_, rid, section), first) in enumerate(zip(self._rules, self._firsts, strict=True))
                if first is None or key in first
            ]
        for pattern, rid, section in part:
            if pattern.fullmatch(text):
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
