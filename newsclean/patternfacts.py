"""Facts read off a pattern's text: what a match can open with, must contain, how long it can be.

The rule sets skip whole scans with these facts (``firstchars.py`` tries a line only on the
patterns that can open with its first character; ``rules.py`` runs an inline pattern only
where its required literal is, and tries a long line only on the patterns that can be that
long). They used to be read off the standard library's private parser (``re._parser``),
which may change in any Python release; this module parses the part of the pattern syntax
the rule files use itself, in public Python.

Conservative by construction: syntax it does not know for sure (backreferences, verbose
mode, conditionals, ``\\p{..}``, fuzzy ``{e<=1}``, nested sets and anything else only the
``regex`` module reads) makes the pattern *unknown*, and an unknown pattern gets no fact at
all, so it is tried everywhere. A missing fact costs speed, never a match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# A class range wider than this is not enumerated: a pattern opening with it is tried everywhere.
_MAX_RANGE = 512
# Inline flags whose effect on these facts is known: case (folded alike below), ASCII and
# Unicode classes, multi-line anchors and dot-all (zero-width and one-character items either
# way). Verbose mode and the regex module's own flags (full case folding, V1, reverse, ...)
# change what the text means: the pattern is unknown.
_KNOWN_FLAGS = frozenset("aimsu")
_LETTER_ESCAPES = {"a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_CLASS_ESCAPES = frozenset("dDsSwW")
_ANCHOR_ESCAPES = frozenset("AbBZ")
_HEX_DIGITS = {"x": 2, "u": 4, "U": 8}
_BRACES = re.compile(r"(?P<low>[0-9]*)(?P<comma>,?)(?P<high>[0-9]*)")


class Unknown(Exception):
    """Syntax this parser does not read for sure: the pattern gets no facts."""


@dataclass(frozen=True)
class Lit:
    """One literal character."""

    char: str


@dataclass(frozen=True)
class Cls:
    """One character out of a set: ``ranges`` are inclusive code point pairs; ``opaque`` names
    what makes the set unknown to enumerate (``"^"`` a negated set, ``"\\w"`` a category, ``"."``
    any character), empty when nothing does."""

    ranges: tuple[tuple[int, int], ...]
    opaque: str


@dataclass(frozen=True)
class Zero:
    """A zero-width item: an anchor, a word boundary or a lookaround (whose body is checked)."""

    kind: str


@dataclass(frozen=True)
class Group:
    """A group of any kind; ``icase`` when it turns case-insensitive matching on."""

    body: tuple[Item, ...]
    icase: bool


@dataclass(frozen=True)
class Alt:
    """An alternation (after the branches' shared leading items were moved out, as the
    standard library's parser does)."""

    branches: tuple[tuple[Item, ...], ...]


@dataclass(frozen=True)
class Rep:
    """A repeat, ``high`` ``None`` when unbounded."""

    low: int
    high: int | None
    body: tuple[Item, ...]


Item = Lit | Cls | Zero | Group | Alt | Rep
_LEAVES = (Lit, Cls, Zero)
_LOOK = Zero("look")  # every lookaround reads alike here: never moved out of an alternation


@dataclass(frozen=True)
class Parsed:
    """A pattern read: its items and whether it ignores case as a whole."""

    items: tuple[Item, ...]
    icase: bool


class _Reader:
    """A cursor over the pattern text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def peek(self, ahead: int = 0) -> str:
        i = self.pos + ahead
        return self.text[i] if i < len(self.text) else ""

    def take(self) -> str:
        ch = self.peek()
        if not ch:
            raise Unknown("unexpected end")
        self.pos += 1
        return ch

    def starts(self, prefix: str) -> bool:
        return self.text.startswith(prefix, self.pos)


@lru_cache(maxsize=2048)  # the same patterns are read for every rule set and URL variant
def parse(pattern: str) -> Parsed | None:
    """``pattern`` read, or ``None`` when it holds syntax this parser does not know."""
    r = _Reader(pattern)
    try:
        icase = _global_flags(r)
        items = _alternation(r)
        if r.pos != len(pattern):  # an unbalanced ")"
            raise Unknown(")")
    except (Unknown, ValueError):
        return None
    return Parsed(items, icase)


def _global_flags(r: _Reader) -> bool:
    """Flags like ``(?i)`` opening the pattern (only there: elsewhere the engines disagree)."""
    icase = False
    while r.starts("(?") and r.peek(2).isalpha():
        end = r.text.find(")", r.pos)
        flags = r.text[r.pos + 2 : end] if end > 0 else ""
        if not flags.isalpha():  # "(?i:" is a scoped group, read as an item
            break
        if set(flags) - _KNOWN_FLAGS:
            raise Unknown(flags)
        icase = icase or "i" in flags
        r.pos = end + 1
    return icase


def _alternation(r: _Reader) -> tuple[Item, ...]:
    """Branches up to a ``)`` or the end, as one sequence."""
    branches = [_sequence(r)]
    while r.peek() == "|":
        r.take()
        branches.append(_sequence(r))
    if len(branches) == 1:
        return branches[0]
    shared: list[Item] = []
    while all(branches) and all(b[0] == branches[0][0] for b in branches):
        first = branches[0][0]
        if not isinstance(first, _LEAVES) or first == _LOOK:  # only simple items compare equal
            break
        shared.append(first)
        branches = [b[1:] for b in branches]
    return (*shared, Alt(tuple(branches)))


def _sequence(r: _Reader) -> tuple[Item, ...]:
    """Items up to a ``|``, a ``)`` or the end. A plain ``(?:...)`` group is spliced into the
    sequence (as the standard library's parser does: its items then join literal runs)."""
    items: list[Item] = []
    while r.peek() not in ("", "|", ")"):
        item = _atom(r)
        if r.peek() in ("*", "+", "?", "{"):
            items.append(_repeat(r, item))
        elif isinstance(item, tuple):
            items.extend(item)
        else:
            items.append(item)
    return tuple(items)


def _atom(r: _Reader) -> Item | tuple[Item, ...]:
    ch = r.take()
    if ch == "(":
        return _group(r)
    if ch == "[":
        return _klass(r)
    if ch == "\\":
        return _escape(r, in_class=False)
    if ch == ".":
        return Cls((), ".")
    if ch in "^$":
        return Zero(ch)
    if ch in "*+?{":  # nothing to repeat, or the regex module's fuzzy constraints
        raise Unknown(ch)
    return Lit(ch)


def _group(r: _Reader) -> Item | tuple[Item, ...]:
    """A group after its "(": a zero-width lookaround, a group, or the items of a plain one."""
    icase = False
    plain = False
    if r.peek() == "?":
        r.take()
        kind = r.take()
        if kind in "=!" or (kind == "<" and r.peek() in "=!"):
            if kind == "<":
                r.take()
            _alternation(r)  # a lookaround's body: read only to know it is well formed
            _close(r)
            return _LOOK
        if kind == "P" and r.peek() == "<":
            r.take()
            _name(r)
        elif kind == "<":  # the regex module's "(?<name>" the standard library rejects
            raise Unknown("(?<name>")
        elif kind == ":":
            plain = True
        elif kind != ">":
            icase = _scoped_flags(r, kind)
    body = _alternation(r)
    _close(r)
    return body if plain else Group(body, icase)


def _scoped_flags(r: _Reader, first: str) -> bool:
    """``(?i:`` or ``(?-i:``: whether the group turns case-insensitive matching on."""
    spec = first
    while r.peek() not in (":", ")", ""):
        spec += r.take()
    if r.peek() != ":":  # "(?i)" past the pattern's start, "(?P=name)", "(?#...)", ...
        raise Unknown(spec)
    r.take()
    on, _, off = spec.partition("-")
    if not (on or off) or not set(on) | set(off) <= _KNOWN_FLAGS:
        raise Unknown(spec)
    return "i" in on


def _name(r: _Reader) -> None:
    name = ""
    while r.peek() != ">":
        name += r.take()
    r.take()
    if not name.isidentifier():
        raise Unknown(name)


def _close(r: _Reader) -> None:
    if r.peek() != ")":
        raise Unknown("missing )")
    r.take()


def _repeat(r: _Reader, item: Item | tuple[Item, ...]) -> Item:
    if isinstance(item, Zero):  # a repeated anchor or lookaround: rejected or odd, not guessed at
        raise Unknown("repeat of a zero-width item")
    ch = r.take()
    if ch == "*":
        low, high = 0, None
    elif ch == "+":
        low, high = 1, None
    elif ch == "?":
        low, high = 0, 1
    else:
        low, high = _braces(r)
    if r.peek() in ("?", "+"):  # lazy or possessive: the same texts can match
        r.take()
    if r.peek() in ("*", "+", "?", "{"):
        raise Unknown("multiple repeat")
    return Rep(low, high, item if isinstance(item, tuple) else (item,))


def _braces(r: _Reader) -> tuple[int, int | None]:
    """``{m}``, ``{m,}``, ``{,n}``, ``{m,n}``; anything else (a literal brace in one engine,
    fuzzy matching in the other) is unknown."""
    end = r.text.find("}", r.pos)
    m = _BRACES.fullmatch(r.text, r.pos, end) if end >= 0 else None
    if m is None or not (m["low"] or m["high"]):
        raise Unknown("{")
    r.pos = end + 1
    low = int(m["low"]) if m["low"] else 0
    high = int(m["high"]) if m["high"] else (None if m["comma"] else low)
    if high is not None and high < low:
        raise Unknown("{m,n} with n < m")
    return low, high


def _klass(r: _Reader) -> Item:
    negated = r.peek() == "^"
    if negated:
        r.take()
    ranges: list[tuple[int, int]] = []
    opaque = "^" if negated else ""
    first = True
    while True:
        ch = r.take()
        if ch == "]" and not first:
            break
        first = False
        if ch == "[" or (ch in "-&|~" and r.peek() == ch):  # set operations in the regex module
            raise Unknown("set operation")
        if ch == "\\":
            member = _escape(r, in_class=True)
            if isinstance(member, Cls):
                opaque += member.opaque
                continue
            assert isinstance(member, Lit)
            low = ord(member.char)
        else:
            low = ord(ch)
        if r.peek() == "-" and r.peek(1) not in ("]", ""):
            r.take()
            end = r.take()
            if end == "\\":
                member = _escape(r, in_class=True)
                if not isinstance(member, Lit):
                    raise Unknown("range to a category")
                end = member.char
            elif end == "[":
                raise Unknown("set operation")
            if ord(end) < low:
                raise Unknown("bad range")
            ranges.append((low, ord(end)))
        else:
            ranges.append((low, low))
    ranges = list(dict.fromkeys(ranges))
    if not opaque and len(ranges) == 1 and ranges[0][0] == ranges[0][1]:
        return Lit(chr(ranges[0][0]))  # "[.]" is the literal, as the stdlib's parser reads it
    return Cls(tuple(ranges), opaque)


def _escape(r: _Reader, *, in_class: bool) -> Lit | Cls | Zero:
    ch = r.take()
    if ch in _CLASS_ESCAPES:
        return Cls((), "\\" + ch)
    if ch in _LETTER_ESCAPES:
        return Lit(_LETTER_ESCAPES[ch])
    if ch == "b" and in_class:
        return Lit("\b")
    if ch in _ANCHOR_ESCAPES and not in_class:
        return Zero("\\" + ch)
    if ch in _HEX_DIGITS:
        digits = r.text[r.pos : r.pos + _HEX_DIGITS[ch]]
        if len(digits) != _HEX_DIGITS[ch] or not all(c in "0123456789abcdefABCDEF" for c in digits):
            raise Unknown("\\" + ch)
        r.pos += len(digits)
        return Lit(chr(int(digits, 16)))
    if ch.isascii() and ch.isalnum():  # backreferences, octal, \p{..}, \N{..}, \X, \G, ...
        raise Unknown("\\" + ch)
    return Lit(ch)


# -- the facts ---------------------------------------------------------------------------


def first_chars(pattern: str) -> frozenset[str] | None:
    """The case-folded characters a match of ``pattern`` can start with, or ``None`` when that
    is not known (a match may be empty, or open with any character, a category or a negated
    class). Case-folded: a superset for case-sensitive patterns, and it covers the
    case-insensitive ones (the engines' case equivalences fold alike)."""
    parsed = parse(pattern)
    if parsed is None:
        return None
    first, nullable = _first_of(parsed.items)
    if first is None or nullable:
        return None
    return frozenset(first)


def _first_of(items: tuple[Item, ...]) -> tuple[set[str] | None, bool]:
    """(first characters, whether the sequence can match empty)."""
    acc: set[str] = set()
    for item in items:
        first, nullable = _first_item(item)
        if first is None:
            return None, False
        acc |= first
        if not nullable:
            return acc, False
    return acc, True


def _first_item(item: Item) -> tuple[set[str] | None, bool]:
    if isinstance(item, Lit):
        return {item.char.casefold()}, False
    if isinstance(item, Cls):
        if item.opaque or any(high - low > _MAX_RANGE for low, high in item.ranges):
            return None, False
        return {chr(c).casefold() for low, high in item.ranges for c in range(low, high + 1)}, False
    if isinstance(item, Zero):  # the next item opens the match
        return set(), True
    if isinstance(item, Group):
        return _first_of(item.body)
    if isinstance(item, Rep):
        first, nullable = _first_of(item.body)
        return first, nullable or item.low == 0
    acc: set[str] = set()
    empty = False
    for branch in item.branches:
        first, nullable = _first_of(branch)
        if first is None:
            return None, False
        acc |= first
        empty = empty or nullable
    return acc, empty


# The non-ASCII characters the engines match an ASCII letter with when ignoring case (both
# engines, every code point against every ASCII character: tests/test_patternfacts.py).
_ASCII_TWINS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
# More opening pairs than this: the pattern gets no pairs (a set that large rules out little).
_MAX_PAIRS = 4096


class _TooMany(Exception):
    """More opening pairs than ``_MAX_PAIRS``."""


def first_pairs(pattern: str) -> frozenset[str] | None:
    """The first two characters of every match of ``pattern`` (all of a shorter match), with
    ASCII letters lower-cased, or ``None`` when that is not known or too many.

    For a text whose first two characters are ASCII: ``text[:2].lower()`` is among them
    whenever ``pattern`` can match all of ``text``, case-sensitive or not (lower-casing is a
    superset for the one, and the other's case equivalences of ASCII letters are the letters
    and ``_ASCII_TWINS``). Why: ``ByFirstChar`` tries every pattern that can open with a
    line's first letter, and a long alternation that opens with "S" fails slowly on every
    line opening "South ..." or "SEOUL"; the second letter rules most of them out.
    """
    parsed = parse(pattern)
    if parsed is None:
        return None
    try:
        heads = _heads(parsed.items)
    except _TooMany:
        return None
    return None if heads is None else frozenset(heads)


def _folds(c: str) -> set[str]:
    """What a character of a pattern stands for in ``first_pairs``: an ASCII character
    lower-cased, any other as itself and as the ASCII letter it may match."""
    if c.isascii():
        return {c.lower()}
    twin = _ASCII_TWINS.get(c)
    return {c} if twin is None else {c, twin}


def _join(heads: set[str], more: set[str]) -> set[str]:
    """The openings of a match of one item followed by a match of the next."""
    out = {h if len(h) >= 2 else (h + m)[:2] for h in heads for m in more}  # noqa: PLR2004 (a pair)
    if len(out) > _MAX_PAIRS:
        raise _TooMany
    return out


def _heads(items: tuple[Item, ...]) -> set[str] | None:
    """``first_pairs`` of a sequence of items (``None``: unknown)."""
    acc = {""}
    for item in items:
        if all(len(h) >= 2 for h in acc):  # noqa: PLR2004 (a pair)
            return acc
        more = _heads_item(item)
        if more is None:
            return None
        acc = _join(acc, more)
    return acc


def _heads_item(item: Item) -> set[str] | None:
    if isinstance(item, Lit):
        return _folds(item.char)
    if isinstance(item, Cls):
        if item.opaque or any(high - low > _MAX_RANGE for low, high in item.ranges):
            return None
        out: set[str] = set()
        for low, high in item.ranges:
            for c in range(low, high + 1):
                out |= _folds(chr(c))
        return out
    if isinstance(item, Zero):  # a lookaround or an anchor reads no character: a superset
        return {""}
    if isinstance(item, Group):
        return _heads(item.body)
    if isinstance(item, Rep):
        body = _heads(item.body)
        if body is None:
            return None
        # past two copies (or the least count) a pair is set by the first two non-empty ones
        last = max(item.low, 2) if item.high is None else min(item.high, max(item.low, 2))
        got: set[str] = set()
        cur = {""}
        for n in range(last + 1):
            if n >= item.low:
                got |= cur
            if n < last:
                cur = _join(cur, body)
        return got
    acc: set[str] = set()
    for branch in item.branches:
        heads = _heads(branch)
        if heads is None:
            return None
        acc |= heads
    return acc


def needle(pattern: str) -> str | None:
    """A substring every match of ``pattern`` contains (its longest required literal run), or
    ``None`` when the pattern ignores case, has no required literal, or is unknown."""
    parsed = parse(pattern)
    if parsed is None or parsed.icase:
        return None
    runs: list[str] = []
    _literal_runs(parsed.items, runs)
    # longest first; among equals, one that is not a space or common punctuation
    runs = [r for r in runs if r.strip(" .,-")] or runs
    return max(runs, key=len) if runs else None


def _literal_runs(items: tuple[Item, ...], runs: list[str]) -> None:
    """Runs of literals that every match of ``items`` passes through, into ``runs``."""
    cur = ""
    for item in items:
        if isinstance(item, Lit):
            cur += item.char
            continue
        if cur:
            runs.append(cur)
            cur = ""
        if isinstance(item, Group) and not item.icase:
            _literal_runs(item.body, runs)
        elif isinstance(item, Rep) and item.low >= 1:
            _literal_runs(item.body, runs)
    if cur:
        runs.append(cur)


# A flag group that may turn multi-line anchors on (``$`` then matches before every line break).
_MULTILINE_FLAG = re.compile(r"\(\?[a-zA-Z]*m")


def end_reach(pattern: str) -> int | None:
    """How far from a text's end every match of ``pattern`` starts at most, when each ends at
    the text's end: the pattern (each of its top-level branches) closes with ``$``, and its
    width is bounded; else ``None``. One more than the width: ``$`` also matches before a
    final line break. Lookbehinds add nothing: a search started later still reads the
    characters before its start. A search from ``len(text) - end_reach(pattern)`` finds
    every match a search of the whole text finds."""
    parsed = parse(pattern)
    if parsed is None or _MULTILINE_FLAG.search(pattern) or not parsed.items:
        return None
    last = parsed.items[-1]
    if isinstance(last, Alt):
        closed = all(branch and branch[-1] == Zero("$") for branch in last.branches)
    else:
        closed = last == Zero("$")
    width = _width(parsed.items) if closed else None
    return None if width is None else width + 1


def max_width(patterns: list[str]) -> int | None:
    """The longest text any of ``patterns`` can match whole, or ``None`` if one of them is
    unbounded (``.*``, ``+``, ``{2,}``) or unknown: then no line is too long to try."""
    widest = 0
    for pattern in patterns:
        parsed = parse(pattern)
        hi = _width(parsed.items) if parsed is not None else None
        if hi is None:
            return None
        widest = max(widest, hi)
    return widest


def _width(items: tuple[Item, ...]) -> int | None:
    total = 0
    for item in items:
        if isinstance(item, (Lit, Cls)):
            total += 1
        elif isinstance(item, Group):
            inner = _width(item.body)
            if inner is None:
                return None
            total += inner
        elif isinstance(item, Alt):
            widths = [_width(b) for b in item.branches]
            if None in widths:
                return None
            total += max(w for w in widths if w is not None)
        elif isinstance(item, Rep):
            inner = _width(item.body)
            if inner is None or (item.high is None and inner > 0):
                return None
            total += inner * (item.high or 0)
    return total
