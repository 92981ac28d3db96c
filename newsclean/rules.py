"""Site knowledge as data: loading, validating and compiling TOML rule files.

Heuristics (page shapes) live in code; the words of particular sites (Daily8's widget
labels, outlet names, agency names, caption tags) live in rule files, so a user adds an
aggregator by writing TOML. Every rule carries a stable ``id`` that ends up in
``Removal.rule``. A malformed file raises :class:`~newsclean.errors.RulesError` naming the
file and the key.

File format (see ``docs/rules.md`` for the full reference)::

    [[line]]                      # whole lines removed as chrome
    id = "mysite.app-banner"
    text = ["Get the app"]        # exact lines (case-insensitive)
    prefix = ["Sponsored:"]       # lines starting with these
    regex = ['^\\d+ comments$']   # lines fully matching
    section = "related"           # optional: this line opens the related (or listing, or comments) section

    [[inline]]                    # phrases cut wherever they occur inside a line
    id = "mysite.listen"
    text = ["Listen to article"]
    regex = [', opens new tab']

    [outlets]       names = ["The Daily Example"]
    [categories]    names = ["Politics"]
    [agencies]      Reuters = ["Reuters", "REUTERS"]      # canonical = [spellings]
    [photo_credits] names = ["AFP", "Getty Images"]      # may follow "PHOTO:"
    [timezones]     JST = 9.0                             # hours east of UTC
                    ET = "America/New_York"               # or an IANA zone: offset by date
    [title_suffix]  regex = [', (?P<category>Asia News)$']
"""

from __future__ import annotations

import math
import re
import tomllib
from bisect import bisect_left
from collections.abc import Iterable
from contextvars import ContextVar, Token
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from time import perf_counter
from typing import Any, TypeVar

import regex

from .dates import zone_of
from .errors import RulesError
from .firstchars import ByFirstChar

# The standard library's pattern parser, used only to read facts off patterns (a literal
# every match contains, a maximum width) that let whole scans be skipped.
_sre_parser: Any = getattr(re, "_parser", None)
_sre_constants: Any = getattr(re, "_constants", None)

_ID = regex.compile(r"[a-z0-9][a-z0-9_.-]{0,80}")
_SECTIONS = {"related", "listing", "end", "comments"}
_ABOUT_KEYS = {"name", "description", "note"}
_ZONE_NAME = regex.compile(r"[A-Za-z]{1,5}")
_TOP_KEYS = {
    "ruleset", "line", "inline", "outlets", "categories", "agencies", "photo_credits",
    "timezones", "title_suffix",
}  # fmt: skip
# Safety net for patterns from a user's rule file: the bundled patterns are written to run
# in linear time (benchmarks/hostile.py checks them), but a user's rule may backtrack. All of
# a user's patterns on one page (line, inline, title suffix, on the text and HTML paths) share
# one time budget: this base plus a second per megabyte of input. A page that spends it comes
# back with what was done and a warning, instead of stalling a batch job. One budget per page,
# not a timeout per call: with a quarter second per call, a slow inline rule cost 50 s on a
# page of 200 blocks. Bundled patterns run without it: the regex module's timeout check
# doubles the cost of a short match, and short matches are most of the work.
REGEX_TIMEOUT = 0.5


def budget(text: str) -> float:
    """Seconds the user's patterns may take on a page of ``text`` (or one call outside a page)."""
    return REGEX_TIMEOUT + len(text) / 1_000_000


class PatternBudget:
    """The time the user's patterns may still take on the page being extracted.

    Every call of a user pattern runs with what is left as its timeout and spends what it
    took. Once a call runs out, ``exhausted`` is set and no user pattern runs again on this
    page; ``extract()`` adds :attr:`warning` to the page.
    """

    __slots__ = ("exhausted", "left", "seconds", "token")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.left = seconds
        self.exhausted = False
        self.token: Token[PatternBudget | None] | None = None

    def start(self) -> float:
        """The deadline of a group of calls about to run."""
        return perf_counter() + self.left

    def timeout(self, deadline: float) -> float:
        """The timeout for the next call of the group (raises once nothing is left)."""
        left = deadline - perf_counter()
        if left <= 0:
            raise TimeoutError("the page's pattern budget is spent")
        return left

    def stop(self, deadline: float) -> None:
        self.left = max(0.0, deadline - perf_counter())

    @property
    def warning(self) -> str:
        return (
            f"a rule file's pattern timed out: the page's time budget for user patterns ({self.seconds:.2f} s) "
            "is spent, and they were not applied to the rest of the page (a pattern that backtracks?)"
        )


_PAGE_BUDGET: ContextVar[PatternBudget | None] = ContextVar("newsclean_pattern_budget", default=None)


def _budget_for(text: str) -> tuple[PatternBudget, bool]:
    """The page's budget, or (outside ``extract()``) one for this call alone whose timeout is
    raised to the caller as before, since no page is there to carry a warning."""
    page = _PAGE_BUDGET.get()
    if page is None:
        return PatternBudget(budget(text)), True
    return page, False


@dataclass
class _Source:
    """The raw, validated content of rule files before compilation (merged in order)."""

    line_text: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    line_prefix: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    line_regex: list[tuple[str, str, str | None]] = field(default_factory=list)
    inline_text: dict[str, str] = field(default_factory=dict)
    inline_regex: list[tuple[str, str]] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    agencies: dict[str, str] = field(default_factory=dict)  # spelling (casefolded) -> canonical
    photo_credits: list[str] = field(default_factory=list)
    timezones: dict[str, float | str] = field(default_factory=dict)
    title_suffix: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    user_regex: bool = False  # a file outside the bundle contributed a regular expression


class RuleSet:
    """Compiled rules: one alternation per kind of match, so a line costs a few regex calls."""

    def __init__(self, src: _Source) -> None:
        self.files = tuple(src.files)
        self._guarded = src.user_regex
        self._section_rules = {
            rid
            for rid, sec in [*src.line_text.values(), *src.line_prefix.values()]
            + [(r, sec) for _, r, sec in src.line_regex]
            if sec in ("related", "listing")
        }
        line_text, line_prefix = _typographic(src.line_text), _typographic(src.line_prefix)
        self._line_text = {_key(k): v for k, v in line_text.items()}
        self._line_prefix = {_key(k): v for k, v in line_prefix.items()}
        self._prefix_re = _alternation(line_prefix, anchored=True)
        # Bundled patterns are looked up by a line's first character (see firstchars.py) and
        # compiled by the standard library's engine when a line first needs them. A user's
        # patterns keep the regex module, whose timeout guards them: one alternation of them
        # all rejects most lines in a single call, and a loop over them names the rule.
        union = [p for p, _, _ in src.line_regex]
        bundled = not src.user_regex
        self._by_first = ByFirstChar(list(src.line_regex)) if bundled else None
        self._any_line_regex = None if bundled else _union(union)
        self._line_regex = [] if bundled else [(regex.compile(p), rid, sec) for p, rid, sec in src.line_regex]
        # Lines longer than every short pattern (headings like "Related articles") try only
        # the long ones: the short case-insensitive word lists cost most of a failed match.
        widths = [max_width([p]) for p in union]
        self._line_regex_width = None if None in widths else max((w or 0 for w in widths), default=0)
        short = max((w for w in widths if w is not None and w <= _SHORT_PATTERN), default=0)
        self._wide_from = short if bundled and self._line_regex_width is not None and short else None
        self._wide_rules = [r for r, w in zip(src.line_regex, widths, strict=True) if (w or 0) > short]
        self._wide_by_first = ByFirstChar(self._wide_rules)
        inline_text = _typographic(src.inline_text)
        self._inline_text = {_key(k): v for k, v in inline_text.items()}
        self._inline_re = _alternation(inline_text, anchored=False)
        self._inline_regex = [(regex.compile(p), rid) for p, rid in src.inline_regex]
        self._any_inline_regex = _union([p for p, _ in src.inline_regex])
        # What a text must contain for any inline rule to match in it: the casefolded phrases,
        # and a literal piece of every pattern (None when some pattern has no such piece).
        self._inline_keys = tuple(self._inline_text)
        # The phrases lower-cased, longest first (the order the alternation prefers them in).
        self._inline_lower = sorted(((t.lower(), rid) for t, rid in inline_text.items()),
                                    key=lambda kv: -len(kv[0]))  # fmt: skip
        needles = [needle(p) for p, _ in src.inline_regex]
        self._inline_regex_needles = needles
        self._inline_needles = None if None in needles else tuple(n for n in needles if n is not None)
        # The first few letters of every prefix phrase: most lines open with none of them, and
        # so skip the alternation (a first letter alone let every "The ..." line through).
        self._prefix_width = min(4, *(len(p) for p in line_prefix)) if line_prefix else 0
        self._prefix_heads = frozenset(p[: self._prefix_width].lower() for p in line_prefix)
        self._line_text_width = max((len(k) for k in self._line_text), default=0)
        self.outlets = {_key(o): o for o in src.outlets}
        self.categories = {_key(c) for c in src.categories}
        self.agencies = dict(src.agencies)
        self.timezones = dict(src.timezones)
        self.title_suffix = [regex.compile(p) for p in src.title_suffix]
        # used with .match(text, pos): unanchored, since "^" would never match past 0
        self.photo_credit_re = _alternation(
            {p: p for p in src.photo_credits + list(src.agencies)}, anchored=False, word_end=True
        )
        # Phrases long enough that a page cut off inside one is recognisable ("Try O").
        self.chrome_phrases = sorted((k, v[0]) for k, v in self._line_text.items() if len(k) >= 8)

    def start_page(self, size: int) -> PatternBudget | None:
        """Open the time budget of one page of ``size`` bytes (``None`` when no user pattern)."""
        if not self._guarded:
            return None
        page = PatternBudget(REGEX_TIMEOUT + size / 1_000_000)  # as budget(), by the page's bytes
        page.token = _PAGE_BUDGET.set(page)
        return page

    @staticmethod
    def end_page(page: PatternBudget | None) -> None:
        if page is not None and page.token is not None:
            _PAGE_BUDGET.reset(page.token)
            page.token = None

    def line_rule(self, text: str) -> tuple[str, str | None] | None:
        """The (rule id, section) removing this whole line, or ``None``."""
        # A line whose non-space characters outnumber the longest phrase cannot equal one
        # (for printable text the only space is " "), so most lines skip the folding.
        if not text.isprintable() or len(text) - text.count(" ") <= self._line_text_width:
            hit = self._line_text.get(_key(text))
            if hit:
                return hit
        if self._prefix_re is not None and text[: self._prefix_width].lower() in self._prefix_heads:
            m = self._prefix_re.match(text)  # escaped literals: linear, no timeout needed
            if m:
                return self._line_prefix[_key(m.group(0))]
        if self._line_regex_width is not None and len(text) > self._line_regex_width:
            return None
        if self._wide_from is not None and len(text) > self._wide_from:
            return self._wide_by_first.match(text)
        if self._by_first is not None:  # bundled rules only: no timeout needed
            return self._by_first.match(text)
        page, loud = _budget_for(text)
        if page.exhausted:
            return None
        deadline = page.start()
        try:
            # one union call rejects most lines before the loop
            if self._any_line_regex is not None and not self._any_line_regex.fullmatch(
                text, timeout=page.timeout(deadline)
            ):
                return None
            for pattern, rid, section in self._line_regex:
                if pattern.fullmatch(text, timeout=page.timeout(deadline)):
                    return rid, section
        except TimeoutError:
            if loud:
                raise
            page.exhausted = True
        finally:
            page.stop(deadline)
        return None

    def is_section_rule(self, rule_id: str) -> bool:
        """Whether ``rule_id`` marks a related or listing section (an aggregator's sign)."""
        return rule_id in self._section_rules

    def truncated_chrome(self, text: str) -> str | None:
        """Rule id when ``text`` is the start of a chrome line cut off by the page's end."""
        key = _key(text)
        if len(key) < 4:
            return None
        # sorted by phrase: the first phrase at or after the key is the first that starts with it
        i = bisect_left(self.chrome_phrases, (key, ""))
        if i < len(self.chrome_phrases) and self.chrome_phrases[i][0].startswith(key):
            return self.chrome_phrases[i][1]
        return None

    def may_have_inline(self, text: str) -> bool:
        """Whether any inline rule can match in ``text``: substring tests, no regex scan.

        Callers test a whole article's text once and skip :meth:`inline_hits` on each of
        its paragraphs when this is false, which it is on most pages.
        """
        if self._inline_needles is None or any(n in text for n in self._inline_needles):
            return True
        low = text.casefold()
        return any(k in low for k in self._inline_keys)

    def inline_hits(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, rule id) of every inline chrome phrase in ``text``, in order."""
        hits: list[tuple[int, int, str]] = []
        low = text.lower()
        if len(low) == len(text):  # offsets line up: plain substring search finds the phrases
            hits = _leftmost_longest(low, self._inline_lower)
        elif self._inline_re is not None:
            for phrase in self._inline_re.finditer(text):
                hits.append((phrase.start(), phrase.end(), self._inline_text[_key(phrase.group(0))]))
        if not self._inline_regex:
            return hits
        if not self._guarded:
            self._inline_patterns(text, hits, None, 0.0)
        else:
            page, loud = _budget_for(text)
            if page.exhausted:
                return hits
            deadline = page.start()
            try:
                self._inline_patterns(text, hits, page, deadline)
            except TimeoutError:  # every hit found so far is a real match: they stay
                if loud:
                    raise
                page.exhausted = True
            finally:
                page.stop(deadline)
        hits.sort()
        return hits

    def _inline_patterns(
        self, text: str, hits: list[tuple[int, int, str]], page: PatternBudget | None, deadline: float
    ) -> None:
        """The inline patterns' hits in ``text``, into ``hits``; timed against ``page`` if given."""
        if self._inline_needles is None:  # some pattern has no literal: one union scan decides
            union = self._any_inline_regex
            if union is not None and not union.search(text, timeout=page.timeout(deadline) if page else None):
                return
        for (pattern, rid), lit in zip(self._inline_regex, self._inline_regex_needles, strict=True):
            if lit is not None and lit not in text:  # each pattern runs only where its literal is
                continue
            for m in pattern.finditer(text, timeout=page.timeout(deadline) if page else None):
                if m.end() > m.start():
                    hits.append((m.start(), m.end(), rid))

    def title_category(self, title: str) -> tuple[int, str] | None:
        """Where a ``[title_suffix]`` pattern's match starts in ``title``, and the category it names."""
        if not self.title_suffix:
            return None
        page, loud = _budget_for(title) if self._guarded else (None, False)
        if page is not None and page.exhausted:
            return None
        deadline = page.start() if page is not None else 0.0
        try:
            for pattern in self.title_suffix:
                m = pattern.search(title, timeout=page.timeout(deadline) if page is not None else None)
                if m:
                    return m.start(), m.group("category")
        except TimeoutError:
            if loud or page is None:
                raise
            page.exhausted = True
        finally:
            if page is not None:
                page.stop(deadline)
        return None

    def agency(self, name: str) -> str | None:
        """The canonical agency name for a spelling ("REUTERS" -> "Reuters"), or ``None``."""
        return self.agencies.get(_key(name.strip(" .,;:-–—()[]")))

    def outlet(self, name: str) -> str | None:
        """The known outlet spelled ``name`` (case-insensitive), or ``None``."""
        return self.outlets.get(_key(name))

    def is_category(self, name: str) -> bool:
        return _key(name) in self.categories


# Spellings a page may use for the same phrase: typewriter and typographic apostrophes
# and ellipses. A rule written with either matches both.
_TYPOGRAPHY = (("'", "\u2019"), ("...", "\u2026"))
_V = TypeVar("_V")


def _typographic(phrases: dict[str, _V]) -> dict[str, _V]:
    """``phrases`` plus each one's other typographic spellings (a spelling a file gives wins)."""
    out = dict(phrases)
    for phrase, value in phrases.items():
        forms = [phrase]
        for plain, fancy in _TYPOGRAPHY:
            forms += [f.replace(plain, fancy) for f in forms if plain in f]
            forms += [f.replace(fancy, plain) for f in forms if fancy in f]
        for form in forms:
            out.setdefault(form, value)
    return out


def _leftmost_longest(low: str, phrases: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Non-overlapping phrase occurrences in ``low``, as a longest-first alternation finds them."""
    found = []
    for phrase, rid in phrases:
        i = low.find(phrase)
        while i >= 0:
            found.append((i, -len(phrase), rid))
            i = low.find(phrase, i + 1)
    out: list[tuple[int, int, str]] = []
    end = 0
    for start, neg, rid in sorted(found):
        if start >= end:
            out.append((start, start - neg, rid))
            end = start - neg
    return out


def _key(text: str) -> str:
    """Case and spacing folded: the form rule phrases are looked up by."""
    if text.isascii() and text.isprintable() and "  " not in text:
        return text.strip().lower()  # the common case, several times cheaper
    return " ".join(text.split()).casefold()


def needle(pattern: str) -> str | None:
    """A substring every match of ``pattern`` contains (its longest required literal run).

    Read off the standard library's parse of the pattern; ``None`` when the pattern ignores
    case, has no required literal, or is syntax only ``regex`` knows.
    """
    try:
        parsed = _sre_parser.parse(pattern)
    except Exception:  # regex-only syntax: no shortcut, the pattern always runs
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    runs: list[str] = []
    _literal_runs(parsed, runs)
    # longest first; among equals, one that is not a space or common punctuation
    runs = [r for r in runs if r.strip(" .,-")] or runs
    return max(runs, key=len) if runs else None


def _literal_runs(seq: Any, runs: list[str]) -> None:
    """Runs of literals that every match of ``seq`` passes through, into ``runs``."""
    cur = ""
    for op, arg in seq:
        if op is _sre_constants.LITERAL:
            cur += chr(arg)
            continue
        if cur:
            runs.append(cur)
            cur = ""
        if op is _sre_constants.SUBPATTERN and not (arg[1] & re.IGNORECASE):
            _literal_runs(arg[3], runs)
        elif op in (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT) and arg[0] >= 1:
            _literal_runs(arg[2], runs)
    if cur:
        runs.append(cur)


def max_width(patterns: list[str]) -> int | None:
    """The longest text any of ``patterns`` can match whole, or ``None`` if unbounded or unknown."""
    widest = 0
    for pattern in patterns:
        try:
            hi = _sre_parser.parse(pattern).getwidth()[1]
        except Exception:
            return None
        if hi >= _sre_constants.MAXREPEAT:
            return None
        widest = max(widest, hi)
    return widest


# Patterns this wide or narrower match headings and labels, not paragraphs (see line_rule).
_SHORT_PATTERN = 100


def _union(patterns: list[str]) -> regex.Pattern[str] | None:
    """All patterns as one alternation, or ``None`` if they cannot share one (named groups)."""
    if not patterns:
        return None
    try:
        return regex.compile("|".join(f"(?:{p})" for p in patterns))
    except regex.error:
        return None


def _alternation(phrases: Iterable[str], *, anchored: bool, word_end: bool = False) -> re.Pattern[str] | None:
    """One compiled alternation of literal phrases, longest first (linear: no nesting).

    The standard library's engine: escaped literals need no timeout, and it compiles these
    long alternations in a third of the regex module's time (a process's first page).
    """
    items = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not items:
        return None
    body = "|".join(re.escape(p) for p in items)
    tail = r"(?!\w)" if word_end else ""
    return re.compile(("^" if anchored else "") + f"(?:{body}){tail}", re.IGNORECASE)


def _strings(value: Any, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RulesError(f"{where}: expected a string or a list of non-empty strings")
    return value


def _regexes(value: Any, where: str, *, check: bool = True) -> list[str]:
    """The patterns of ``value``, each compiled once to report a bad one by its key.

    Bundled patterns skip that compile (``check=False``): the tests compile every one, and
    a process would otherwise pay for compiling patterns it may never run one by one.
    """
    out = _strings(value, where)
    for i, pattern in enumerate(out if check else ()):
        try:
            regex.compile(pattern)
        except regex.error as exc:
            raise RulesError(f"{where}[{i}]: invalid regular expression: {exc}") from None
    return out


def _rule_id(entry: dict[str, Any], where: str) -> str:
    rid = entry.get("id")
    if not isinstance(rid, str) or not _ID.fullmatch(rid):
        raise RulesError(f"{where}.id: expected an id like 'mysite.app-banner' (lowercase)")
    return rid


def _merge_file(src: _Source, data: dict[str, Any], name: str, *, bundled: bool = False) -> None:
    before = len(src.line_regex) + len(src.inline_regex) + len(src.title_suffix)
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise RulesError(f"{name}: unknown key {sorted(unknown)[0]!r}")
    about = data.get("ruleset", {})
    if not isinstance(about, dict):
        raise RulesError(f"{name}: ruleset: expected a table with a name and a description")
    for key, value in about.items():
        if key not in _ABOUT_KEYS:
            raise RulesError(f"{name}: ruleset.{key}: unknown key (expected one of {sorted(_ABOUT_KEYS)})")
        if not isinstance(value, str):
            raise RulesError(f"{name}: ruleset.{key}: expected a string")
    for i, entry in enumerate(data.get("line", [])):
        where = f"{name}: line[{i}]"
        if not isinstance(entry, dict):
            raise RulesError(f"{where}: expected a table")
        extra = set(entry) - {"id", "text", "prefix", "regex", "section", "note"}
        if extra:
            raise RulesError(f"{where}.{sorted(extra)[0]}: unknown key")
        rid = _rule_id(entry, where)
        section = entry.get("section")
        if section is not None and section not in _SECTIONS:
            raise RulesError(f"{where}.section: expected one of {sorted(_SECTIONS)}")
        if not any(k in entry for k in ("text", "prefix", "regex")):
            raise RulesError(f"{where}: needs at least one of text, prefix, regex")
        for t in _strings(entry.get("text", []), f"{where}.text"):
            src.line_text[t] = (rid, section)
        for p in _strings(entry.get("prefix", []), f"{where}.prefix"):
            src.line_prefix[p] = (rid, section)
        src.line_regex += [
            (p, rid, section) for p in _regexes(entry.get("regex", []), f"{where}.regex", check=not bundled)
        ]
    for i, entry in enumerate(data.get("inline", [])):
        where = f"{name}: inline[{i}]"
        if not isinstance(entry, dict):
            raise RulesError(f"{where}: expected a table")
        extra = set(entry) - {"id", "text", "regex", "note"}
        if extra:
            raise RulesError(f"{where}.{sorted(extra)[0]}: unknown key")
        rid = _rule_id(entry, where)
        if not any(k in entry for k in ("text", "regex")):
            raise RulesError(f"{where}: needs at least one of text, regex")
        for t in _strings(entry.get("text", []), f"{where}.text"):
            src.inline_text[t] = rid
        src.inline_regex += [(p, rid) for p in _regexes(entry.get("regex", []), f"{where}.regex")]
    for key in ("outlets", "categories", "photo_credits"):
        table = data.get(key, {})
        if not isinstance(table, dict) or set(table) - {"names", "note"}:
            raise RulesError(f"{name}: {key}: expected a table with a 'names' list")
        getattr(src, key).extend(_strings(table.get("names", []), f"{name}: {key}.names"))
    agencies = data.get("agencies", {})
    if not isinstance(agencies, dict):
        raise RulesError(f"{name}: agencies: expected a table of canonical = [spellings]")
    for canonical, spellings in agencies.items():
        if not canonical.strip():
            raise RulesError(f"{name}: agencies: an agency's canonical name is empty")
        for s in [*_strings(spellings, f"{name}: agencies.{canonical}"), canonical]:
            src.agencies[_key(s)] = canonical
    zones = data.get("timezones", {})
    if not isinstance(zones, dict):
        raise RulesError(f"{name}: timezones: expected a table of ZONE = hours or IANA zone name")
    for zone, hours in zones.items():
        if not _ZONE_NAME.fullmatch(zone):  # the time patterns read zones of 1 to 5 letters
            raise RulesError(f"{name}: timezones.{zone}: expected a zone abbreviation of 1 to 5 letters")
        src.timezones[zone.upper()] = _zone_value(hours, f"{name}: timezones.{zone}")
    suffix = data.get("title_suffix", {})
    if not isinstance(suffix, dict) or set(suffix) - {"regex", "note"}:
        raise RulesError(f"{name}: title_suffix: expected a table with a 'regex' list")
    for i, pattern in enumerate(_regexes(suffix.get("regex", []), f"{name}: title_suffix.regex")):
        if "category" not in regex.compile(pattern).groupindex:
            raise RulesError(f"{name}: title_suffix.regex[{i}]: needs a (?P<category>...) group")
        src.title_suffix.append(pattern)
    if not bundled and len(src.line_regex) + len(src.inline_regex) + len(src.title_suffix) > before:
        src.user_regex = True
    src.files.append(name)


def _parse(text: str, name: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(f"{name}: not valid TOML: {exc}") from None


def _bundled_sources() -> list[tuple[str, str]]:
    folder = resources.files("newsclean") / "rules"
    files = sorted((p for p in folder.iterdir() if p.name.endswith(".toml")), key=lambda p: p.name)
    return [(f"newsclean/rules/{p.name}", p.read_text(encoding="utf-8")) for p in files]


def load_rules(*paths: str | Path, replace: bool = False) -> RuleSet:
    """Load rule files on top of the bundled ones (or instead of them with ``replace=True``).

    Later files win where they define the same phrase. Folders load every ``*.toml`` inside.
    """
    src = _Source()
    if not replace:
        for name, text in _bundled_sources():
            _merge_file(src, _parse(text, name), name, bundled=True)
    for path in paths:
        p = Path(path)
        files = sorted(p.glob("*.toml")) if p.is_dir() else [p]
        for f in files:
            try:
                text = f.read_text(encoding="utf-8-sig")  # editors on Windows save a BOM first
            except OSError as exc:
                raise RulesError(f"{f}: cannot read rule file: {exc.strerror}") from None
            except UnicodeDecodeError:
                raise RulesError(f"{f}: rule file is not UTF-8") from None
            _merge_file(src, _parse(text, str(f)), str(f))
    return RuleSet(src)


_DEFAULT: RuleSet | None = None


def default_rules() -> RuleSet:
    """The bundled rules, compiled once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_rules()
    return _DEFAULT


def _zone_value(value: object, where: str) -> float | str:
    """Hours east of UTC, or an IANA zone name (``"America/New_York"``) whose offset follows
    daylight saving time; checked here so a typo fails at load, not on every stamped page."""
    if isinstance(value, str):
        if zone_of("X", {"X": value}) is None:
            raise RulesError(f'{where}: {value!r} is not an IANA time zone (e.g. "America/New_York")')
        return value
    # TOML has nan and inf: a nan offset loaded and then failed every page stamped with the zone
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value) or abs(value) > 14:
        raise RulesError(f"{where}: expected hours east of UTC (-14..14) or an IANA zone name")
    return float(value)
