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
    [places]        names = ["Mumbai"]                    # title-case datelines ("Mumbai: The ...")
    [agencies]      Reuters = ["Reuters", "REUTERS"]      # canonical = [spellings]
    [photo_credits] names = ["AFP", "Getty Images"]      # may follow "PHOTO:"
    [link_shorteners] names = ["bit.ly"]                  # a link's domain that names no publisher
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
from datetime import datetime
from importlib import resources
from pathlib import Path
from time import perf_counter
from typing import Any, TypeVar

import regex

from .dates import zone_of
from .errors import RulesError
from .firstchars import ByFirstChar
from .furniture_rows import furniture_row
from .memo import MEMO_MAX_CHARS, remember
from .needles import NeedleSet, printable_piece
from .patternfacts import end_reach, max_width, needle
from .rulefields import MAX_DATE_CHARS, DateFormat, Template, compile_date, compile_template, parse_with, values
from .ruleids import RULE_IDS, not_disableable
from .rulescope import MAX_GLOB_CHARS, Scope, _url_forms, glob_match, parse_scope
from .thresholds import CUT_CHROME_KEY_MIN_CHARS, CUT_CHROME_MIN_CHARS, RULE_DATE_REACH, SHORT_PATTERN_WIDTH

# The farthest a zone lies from UTC: clocks run from UTC-12 to UTC+14 (Kiribati's Line Islands).
MAX_UTC_OFFSET_HOURS = 14

_ID = regex.compile(r"[a-z0-9][a-z0-9_.-]{0,80}")
# "entry": the line separates two entries of a listing (the line after it opens one);
# "box": the line labels a box of bulleted items (classify.py cuts the bullets under it)
_SECTIONS = {"related", "listing", "end", "comments", "entry", "box"}
_HEADER_PLACES = {"before", "after"}
_ABOUT_KEYS = {"name", "description", "note"}
_ZONE_NAME = regex.compile(r"[A-Za-z]{1,5}")
_TOP_KEYS = {
    "ruleset", "site", "disable", "line", "inline", "field", "date", "layout", "outlets", "categories",
    "places", "agencies", "photo_credits", "link_shorteners", "timezones", "title_suffix",
}  # fmt: skip
_T = TypeVar("_T")
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


@dataclass(frozen=True)
class LayoutHints:
    """What a rule file says about a site's layout (``[layout]``), for the generic reading.

    ``header``: where an entry's header lines sit, ``"before"`` its title or ``"after"`` its
    body (``None``: read off the page). ``kinds``: (URL glob, page kind) pairs, first match wins.
    ``agencies``: every spelling of a wire agency the rule set knows, folded as
    :func:`agency_key` folds a line (``None``: the bundled files' agencies), so a credit line
    under a feed's entry ("KYODO") is read by the agencies a user's own rule file adds too.
    """

    header: str | None = None
    kinds: tuple[tuple[str, str], ...] = ()
    agencies: frozenset[str] | None = None

    def kind_for(self, url: str | None) -> str | None:
        """The page kind a rule file gives pages at ``url``, or ``None``."""
        if not url or not self.kinds:
            return None
        forms = _url_forms(url)
        for glob, kind in self.kinds:
            if any(glob_match(glob, f) for f in forms):
                return kind
        return None


NO_HINTS = LayoutHints()


@dataclass
class _Source:
    """The raw, validated content of rule files before compilation (merged in order).

    Phrases are keyed by their folded form (case and spacing), so a later file's "Read More"
    replaces an earlier "READ MORE" as the documented precedence says; each value keeps the
    phrase as written. Patterns carry the index of their file: later files are tried first.
    """

    line_text: dict[str, tuple[str, str, str | None]] = field(default_factory=dict)  # key -> (phrase, id, section)
    line_prefix: dict[str, tuple[str, str, str | None]] = field(default_factory=dict)
    line_regex: list[tuple[int, str, str, str | None]] = field(default_factory=list)  # (file, pattern, id, section)
    inline_text: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (phrase, id)
    inline_regex: list[tuple[int, str, str]] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    agencies: dict[str, str] = field(default_factory=dict)  # spelling (casefolded) -> canonical
    photo_credits: list[str] = field(default_factory=list)
    wire_credits: list[str] = field(default_factory=list)  # "REUTERS/Jane Roe" (fields/captions.py)
    link_shorteners: list[str] = field(default_factory=list)
    timezones: dict[str, float | str] = field(default_factory=dict)
    title_suffix: list[str] = field(default_factory=list)
    field_lines: list[tuple[int, Template, str]] = field(default_factory=list)  # (file, template, id)
    title_affixes: list[tuple[int, str, Template, str]] = field(default_factory=list)  # (file, side, template, id)
    dates: list[tuple[int, DateFormat]] = field(default_factory=list)
    layout_header: str | None = None
    layout_kinds: list[tuple[int, str, str]] = field(default_factory=list)  # (file, glob, kind)
    disable: dict[str, str] = field(default_factory=dict)  # id -> where it was asked (file: key)
    notes: dict[str, str] = field(default_factory=dict)
    ids: set[str] = field(default_factory=set)  # every rule id the files define, in any scope
    scopes: list[Scope] = field(default_factory=list)  # every distinct scope, in order of appearance
    files: list[str] = field(default_factory=list)
    user_regex: bool = False  # a file outside the bundle contributed a pattern


def _by_precedence(entries: list[tuple[int, _T]]) -> list[_T]:
    """Entries of later files first; within a file, in the file's order (a stable sort)."""
    return [e for _, e in sorted(entries, key=lambda fe: -fe[0])]


@dataclass(frozen=True)
class InlineGate:
    """The inline rules that can match anywhere in one page (:meth:`RuleSet.inline_gate`).

    A paragraph that is an unbroken piece of the page can hold only what the page holds, so
    it tries these alone; a paragraph that earlier cuts glued together from pieces may hold a
    phrase across a cut, and tries every rule. Exact: the same hits either way.
    """

    page: str
    phrases: list[tuple[str, str]]  # (lower-cased phrase, rule id), longest first
    # (pattern, rule id, required literal, end reach: see patternfacts.end_reach), in precedence order
    patterns: list[tuple[Any, str, str | None, int | None]]

    def covers(self, text: str, at: int) -> bool:
        """Whether ``text`` is the page's own text at offset ``at``."""
        return self.page.startswith(text, at)


class RuleSet:
    """Compiled rules: one alternation per kind of match, so a line costs a few regex calls.

    A set loaded with scoped files (``[site]``) compiles, per combination of scopes a page's
    URL matches, the rules that apply there (:meth:`for_url`, cached); with no URL, every
    rule applies.
    """

    def __init__(self, src: _Source, files: list[_File] | None = None) -> None:
        self.files = tuple(src.files)
        self._guarded = src.user_regex
        self._sources: list[_File] = files or []
        self._scopes = tuple(src.scopes)
        self._root: RuleSet | None = None  # the set a variant for some URL's scopes was made from
        self._variants: dict[tuple[bool, ...], RuleSet] = {}
        # line_rule's answers by line (memo.py): only without a user's patterns, whose
        # answer depends on the page's time budget as well as on the line
        self._line_memo: dict[str, tuple[str, str | None] | None] | None = None if self._guarded else {}
        self._compile_lines(src)
        self._compile_inline(src)
        self._compile_names(src)
        self._compile_fields(src)

    def _compile_lines(self, src: _Source) -> None:
        """The whole-line rules: exact phrases, prefixes and patterns, with the facts that let
        most lines skip them (their widths, their first characters, the prefixes' heads)."""
        line_regex = _by_precedence([(f, (p, rid, sec)) for f, p, rid, sec in src.line_regex])
        self._section_rules = {
            rid
            for _, rid, sec in [*src.line_text.values(), *src.line_prefix.values(), *line_regex]
            if sec in ("related", "listing")
        }
        self._line_text = _line_table(src.line_text)
        self._line_prefix = _line_table(src.line_prefix)
        prefixes = _phrases(v[0] for v in src.line_prefix.values())
        self._prefix_re = _alternation(prefixes, anchored=True)
        # Bundled patterns are looked up by a line's first character (see firstchars.py) and
        # compiled by the standard library's engine when a line first needs them. A user's
        # patterns keep the regex module, whose timeout guards them: one alternation of them
        # all rejects most lines in a single call, and a loop over them names the rule.
        union = [p for p, _, _ in line_regex]
        bundled = not src.user_regex
        self._by_first = ByFirstChar(list(line_regex)) if bundled else None
        self._any_line_regex = None if bundled else _union(union)
        self._line_regex = [] if bundled else [(regex.compile(p), rid, sec) for p, rid, sec in line_regex]
        # Lines longer than every short pattern (headings like "Related articles") try only
        # the long ones: the short case-insensitive word lists cost most of a failed match.
        widths = [max_width([p]) for p in union]
        self._line_regex_width = None if None in widths else max((w or 0 for w in widths), default=0)
        short = max((w for w in widths if w is not None and w <= SHORT_PATTERN_WIDTH), default=0)
        self._wide_from = short if bundled and self._line_regex_width is not None and short else None
        self._wide_rules = [r for r, w in zip(line_regex, widths, strict=True) if (w or 0) > short]
        self._wide_by_first = ByFirstChar(self._wide_rules)
        # The first few letters of every prefix phrase: most lines open with none of them, and
        # so skip the alternation (a first letter alone let every "The ..." line through).
        self._prefix_width = min(4, *(len(p) for p in prefixes)) if prefixes else 0
        self._prefix_heads = frozenset(p[: self._prefix_width].lower() for p in prefixes)
        self._line_text_width = max((len(k) for k in self._line_text), default=0)
        # Phrases long enough that a page cut off inside one is recognisable ("Try O").
        self.chrome_phrases = sorted((k, v[0]) for k, v in self._line_text.items() if len(k) >= CUT_CHROME_MIN_CHARS)

    def _compile_inline(self, src: _Source) -> None:
        """The inline rules: phrases and patterns cut inside a line, with what a text must
        contain for any of them to match (so most paragraphs skip them)."""
        inline_regex = _by_precedence([(f, (p, rid)) for f, p, rid in src.inline_regex])
        inline_phrases = _phrases(v[0] for v in src.inline_text.values())
        self._inline_text = _inline_table(src.inline_text)
        self._inline_re = _alternation(inline_phrases, anchored=False)
        self._inline_regex = [(regex.compile(p), rid) for p, rid in inline_regex]
        self._any_inline_regex = _union([p for p, _ in inline_regex])
        # What a text must contain for any inline rule to match in it: the casefolded phrases,
        # and a literal piece of every pattern (None when some pattern has no such piece).
        self._inline_keys = tuple(self._inline_text)
        # The phrases lower-cased, longest first (the order the alternation prefers them in).
        self._inline_lower = sorted(((t.lower(), self._inline_text[_key(t)]) for t in inline_phrases),
                                    key=lambda kv: -len(kv[0]))  # fmt: skip
        needles = [needle(p) for p, _ in inline_regex]
        # (pattern, rule id, required literal, end reach) in precedence order: what a page's InlineGate
        # filters; a pattern whose every match ends at the text's end is searched only near it
        self._inline_entries = [
            (pat, rid, lit, end_reach(pat.pattern)) for (pat, rid), lit in zip(self._inline_regex, needles, strict=True)
        ]
        self._inline_needles = None if None in needles else tuple(n for n in needles if n is not None)
        # may_have_inline asks whether any of them is in a page: a literal holding another
        # ("... follow us @" holds "@") can only be found where the shorter one is, so the
        # page is scanned for the shortest ones alone (half the time on the bundled rules).
        self._page_needles = None if self._inline_needles is None else _innermost(self._inline_needles)
        self._page_keys = _innermost(self._inline_keys)
        # what inline_gate tests a page for, through their rarest characters (needles.py):
        # every pattern's literal (None: no literal, always kept), and the ASCII phrases
        self._entry_needles = NeedleSet([lit for _, _, lit, _ in self._inline_entries])
        self._phrase_needles = NeedleSet([ph if ph.isascii() else None for ph, _ in self._inline_lower])

    def _compile_names(self, src: _Source) -> None:
        """The names the field readers look up: outlets, categories, agencies, zones, credits."""
        self.outlets = {_key(o): o for o in src.outlets}
        self.categories = {_key(c) for c in src.categories}
        self.places = frozenset(_key(p) for p in src.places)
        self.link_shorteners = frozenset(_key(s) for s in src.link_shorteners)
        self.agencies = dict(src.agencies)
        self.timezones = dict(src.timezones)
        self.title_suffix = [regex.compile(p) for p in src.title_suffix]
        # used with .match(text, pos): unanchored, since "^" would never match past 0
        self.photo_credit_re = _alternation(
            {p: p for p in src.photo_credits + list(src.agencies)}, anchored=False, word_end=True
        )
        # agencies credited "REUTERS/Jane Roe" under a caption, and the marks that test for them
        self.wire_credits = tuple(dict.fromkeys(src.wire_credits))
        self.wire_credit_marks = tuple(f"{w}/" for w in self.wire_credits)

    def _compile_fields(self, src: _Source) -> None:
        """What rule files add beyond phrases: field patterns, date formats, layout hints, and
        the heuristics' ids switched off (the ledger leaves their text where it was)."""
        self._field_lines = [(regex.compile(t.pattern), t, rid) for t, rid in _by_precedence(
            [(f, (t, rid)) for f, t, rid in src.field_lines])]  # fmt: skip
        self._field_width = max((t.width for _, t, _ in self._field_lines), default=0)
        self._title_affixes = [(side, regex.compile(t.pattern), t.width, rid) for side, t, rid in _by_precedence(
            [(f, (side, t, rid)) for f, side, t, rid in src.title_affixes])]  # fmt: skip
        self._dates = [(regex.compile(d.pattern), d) for d in _by_precedence(list(src.dates))]
        self.has_field_lines = bool(self._field_lines)
        self.has_dates = bool(self._dates)
        self.layout = LayoutHints(src.layout_header, tuple((g, k) for g, k in _by_precedence(
            [(f, (g, k)) for f, g, k in src.layout_kinds])), frozenset(src.agencies))  # fmt: skip
        self.disabled = frozenset(rid for rid in src.disable if rid in RULE_IDS)
        self.notes = dict(src.notes)

    def for_url(self, url: str | None) -> RuleSet:
        """The rules that apply to a page at ``url``: those of every scope it matches, and all
        rules without a scope. With no URL (or no scoped file) that is this set itself."""
        if self._root is not None:
            return self._root.for_url(url)
        if not url or not self._scopes:
            return self
        key = tuple(s.matches(url) for s in self._scopes)
        if all(key):
            return self
        variant = self._variants.get(key)
        if variant is None:
            allowed = dict(zip(self._scopes, key, strict=True))
            variant = _compile(self._sources, allowed, self)
            self._variants[key] = variant
        return variant

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

    def line_rule(self, text: str, page: str | None = None, start: int = 0) -> tuple[str, str | None] | None:
        """The (rule id, section) removing this whole line, or ``None``. ``page``/``start``:
        the page ``decode.printable_page`` vouches for and the line's offset in it, if known
        (spares the printable test, see ``needles.printable_piece``); the answer is the same."""
        memo = self._line_memo
        if memo is None:
            return self._line_rule(text, page, start) or self._row(text)
        if len(text) > MEMO_MAX_CHARS:
            return self._line_rule(text, page, start)  # no row of links runs past FURNITURE_ROW_MAX_CHARS
        if text in memo:
            return memo[text]
        return remember(memo, text, self._line_rule(text, page, start) or self._row(text))

    def _row(self, text: str) -> tuple[str, str | None] | None:
        """A row of lines the phrase rules remove, joined on one line (see :mod:`.furniture_rows`)."""
        if furniture_row(text, self._link_line, self._section_name):
            return "heuristic.furniture-row", None
        return None

    def _link_line(self, text: str) -> bool:
        """A line a phrase rule removes as the page's furniture (no section heading)."""
        hit = self._line_text.get(_key(text))
        return hit is not None and hit[1] is None

    def _section_name(self, text: str) -> bool:
        return _key(text) in self.categories

    def _line_rule(self, text: str, whole: str | None = None, start: int = 0) -> tuple[str, str | None] | None:
        # A line whose non-space characters outnumber the longest phrase cannot equal one
        # (for printable text the only space is " "), so most lines skip the folding. The
        # width first: a count of spaces is a few instructions a character, the printable
        # test some thirty on text that is not ASCII, and a line within the width needs no test.
        if len(text) - text.count(" ") <= self._line_text_width or not printable_piece(text, whole, start):
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

    def truncated_chrome(self, text: str, page: str | None = None, start: int = 0) -> str | None:
        """Rule id when ``text`` is the start of a chrome line cut off by the page's end
        (``page``/``start`` as for ``line_rule``)."""
        # as in line_rule: a line with more non-space characters than the longest phrase is
        # no phrase's start, and a long last paragraph skips the folding
        if len(text) - text.count(" ") > self._line_text_width and printable_piece(
            text, page, start
        ):  # the cheap test first
            return None
        key = _key(text)
        if len(key) < CUT_CHROME_KEY_MIN_CHARS:
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
        if self._page_needles is None or any(n in text for n in self._page_needles):
            return True
        return self._has_inline_key(text)

    def _has_inline_key(self, text: str) -> bool:
        """Whether ``text`` holds an inline phrase, case and spacing folded as rules list them."""
        low = text.casefold()
        return any(k in low for k in self._page_keys)

    def inline_gate(self, page: str) -> InlineGate | None:
        """The inline phrases and patterns that can match in ``page`` at all, or ``None`` when
        :meth:`may_have_inline` says none can (then no paragraph of the page is searched).

        Found once per page with one substring test each over the whole page, so that each
        paragraph that is an unbroken piece of the page tries only these: on most pages a
        handful of the forty, which spares most of the per-paragraph tests.
        """
        # A phrase or literal in a piece of the page is in the page. Phrases are found in the
        # lower-cased text: for an ASCII phrase that holds too (lower-casing maps characters
        # alike wherever they stand, except a final sigma, which is no ASCII), so a phrase
        # that is not ASCII is kept whatever the page holds.
        entries = [e for e, ok in zip(self._inline_entries, self._entry_needles.found_in(page), strict=True) if ok]
        # may_have_inline(page) without a second scan: its needles are the innermost of these
        # literals, so one of them is in the page exactly when some pattern's literal is
        if not entries and not self._has_inline_key(page):
            return None
        found = self._phrase_needles.found_in_lower(page)
        phrases = [kv for kv, ok in zip(self._inline_lower, found, strict=True) if ok]
        return InlineGate(page, phrases, entries)

    def inline_hits(self, text: str, gate: InlineGate | None = None) -> list[tuple[int, int, str]]:
        """(start, end, rule id) of every inline chrome phrase in ``text``, in order.

        ``gate``: the page's :class:`InlineGate`, given only when ``text`` is an unbroken piece
        of that page (see :meth:`InlineGate.covers`); then only what the page holds is tried.
        """
        hits: list[tuple[int, int, str]] = []
        # A page holding no phrase (its gate has none) leaves nothing to search for in a piece
        # of it whose offsets line up once lower-cased: the lower-casing itself is spared.
        if gate is None or gate.phrases or _lower_shifts(text):
            low = text.lower()
            if len(low) == len(text):  # offsets line up: plain substring search finds the phrases
                hits = _leftmost_longest(low, self._inline_lower if gate is None else gate.phrases)
            elif self._inline_re is not None:
                for phrase in self._inline_re.finditer(text):
                    hits.append((phrase.start(), phrase.end(), self._inline_text[_key(phrase.group(0))]))
        if not self._inline_regex:
            return hits
        entries = self._inline_entries if gate is None else gate.patterns
        if not entries:  # the phrases' hits come out in order already
            return hits
        if not self._guarded:
            self._inline_patterns(text, hits, None, 0.0, entries)
        else:
            page, loud = _budget_for(text)
            if page.exhausted:
                return hits
            deadline = page.start()
            try:
                self._inline_patterns(text, hits, page, deadline, entries)
            except TimeoutError:  # every hit found so far is a real match: they stay
                if loud:
                    raise
                page.exhausted = True
            finally:
                page.stop(deadline)
        hits.sort()
        return hits

    def _inline_patterns(
        self,
        text: str,
        hits: list[tuple[int, int, str]],
        page: PatternBudget | None,
        deadline: float,
        entries: list[tuple[Any, str, str | None, int | None]],
    ) -> None:
        """The hits in ``text`` of the inline patterns among ``entries`` (all of them, or those
        a page's gate left), into ``hits``; timed against ``page`` if given."""
        if self._inline_needles is None:  # some pattern has no literal: one union scan decides
            union = self._any_inline_regex
            if union is not None:
                # no timeout keyword without a budget (bundled rules): regex's keyword parsing
                # costs thousands of instructions a call (compare.py --instructions), even for None
                found = union.search(text) if page is None else union.search(text, timeout=page.timeout(deadline))
                if not found:
                    return
        for pattern, rid, lit, reach in entries:
            if lit is not None and lit not in text:  # each pattern runs only where its literal is
                continue
            # a pattern whose matches end at the text's end is searched only from its reach
            # before it (patternfacts.end_reach): tried at every position, the rest costs most
            start = 0 if reach is None else max(0, len(text) - reach)
            # no timeout keyword without a budget: see above
            ms = (
                pattern.finditer(text, start)
                if page is None
                else pattern.finditer(text, start, timeout=page.timeout(deadline))
            )
            for m in ms:
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
                # no timeout keyword without a budget: see _inline_patterns
                m = pattern.search(title) if page is None else pattern.search(title, timeout=page.timeout(deadline))
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

    def field_line(self, text: str) -> tuple[str, dict[str, tuple[str, int, int]], list[tuple[int, int]]] | None:
        """A line a ``[[field]]`` pattern reads whole: (rule id, fields, the spans of ``text``
        that are no field's value, to be recorded as removed), or ``None``."""
        if not self._field_lines or len(text) > self._field_width:
            return None
        low = text.lower()
        page, loud = _budget_for(text) if self._guarded else (None, False)
        if page is not None and page.exhausted:
            return None
        deadline = page.start() if page is not None else 0.0
        try:
            for pattern, template, rid in self._field_lines:
                if template.needle not in low:
                    continue
                # no timeout keyword without a budget: see _inline_patterns
                m = pattern.fullmatch(text) if page is None else pattern.fullmatch(text, timeout=page.timeout(deadline))
                if m:
                    return rid, values(m), _outside_fields(m, 0, len(text))
        except TimeoutError:
            if loud or page is None:
                raise
            page.exhausted = True
        finally:
            if page is not None:
                page.stop(deadline)
        return None

    def title_fields(
        self, title: str
    ) -> tuple[int, int, str, dict[str, tuple[str, int, int]], list[tuple[int, int]]] | None:
        """A title prefix or suffix a ``[[field]]`` pattern names: (start, end) of the part to
        take off the title, the rule id, the fields, and the spans that are no field's value."""
        if not self._title_affixes:
            return None
        page, loud = _budget_for(title) if self._guarded else (None, False)
        if page is not None and page.exhausted:
            return None
        deadline = page.start() if page is not None else 0.0
        try:
            for side, pattern, width, rid in self._title_affixes:
                t = page.timeout(deadline) if page is not None else None
                if side == "prefix":
                    m = pattern.match(title, timeout=t)
                else:  # a suffix is no wider than its pattern: look only where it can begin
                    m = pattern.search(title, max(0, len(title) - width), timeout=t)
                if m and m.end() > m.start() and (m.start() > 0 or m.end() < len(title)):
                    return m.start(), m.end(), rid, values(m), _outside_fields(m, m.start(), m.end())
        except TimeoutError:
            if loud or page is None:
                raise
            page.exhausted = True
        finally:
            if page is not None:
                page.stop(deadline)
        return None

    def date_line(self, text: str) -> bool:
        """Whether ``text`` is a date in one of the rule files' formats and nothing else."""
        if not self._dates or len(text) > MAX_DATE_CHARS:
            return False
        text = text.strip()
        # the formats' patterns are bounded classes in sequence (rulefields.py): linear, no timeout
        return any(pattern.fullmatch(text) for pattern, _ in self._dates)

    def parse_date(self, text: str) -> datetime | None:
        """The instant ``text`` names in one of the rule files' date formats, or ``None``.

        The format's pattern finds the date in the text (a label may stand before it);
        ``strptime`` reads it. Formats of later files are tried first.
        """
        if not self._dates:
            return None
        for pattern, date in self._dates:
            m = pattern.search(text[:RULE_DATE_REACH])
            if m:
                when = parse_with(date, m.group(0))
                if when is not None:
                    return when
        return None

    def agency(self, name: str) -> str | None:
        """The canonical agency name for a spelling ("REUTERS" -> "Reuters"), or ``None``."""
        return self.agencies.get(agency_key(name))

    def outlet(self, name: str) -> str | None:
        """The known outlet spelled ``name`` (case-insensitive), or ``None``."""
        return self.outlets.get(_key(name))

    def is_category(self, name: str) -> bool:
        """A section name the rule files list, or sections a site joins into one heading
        ("Nation & World" over miamiherald.com's stamp, "Arts and Culture"): a header line
        naming one is the story's category, never its outlet."""
        key = _key(name)
        if key in self.categories:
            return True
        if "&" not in key and " and " not in key:
            return False
        parts = _JOINED_SECTIONS.split(key)
        return len(parts) > 1 and all(p in self.categories for p in parts)

    def is_place(self, name: str) -> bool:
        """A place the rule files list (case-insensitive): a title-case opening "Mumbai: The ..."
        is a dateline only for a known place, since "Note: ", "Smith: " open a body the same way."""
        return _key(name) in self.places

    def is_link_shortener(self, domain: str) -> bool:
        """A URL shortener's domain ("bit.ly"): printed as a teaser's source, it names no publisher."""
        return _key(domain.removeprefix("www.")) in self.link_shorteners


# Spellings a page may use for the same phrase: typewriter and typographic apostrophes
# and ellipses. A rule written with either matches both.
_TYPOGRAPHY = (("'", "\u2019"), ("...", "\u2026"))


def _forms(phrase: str) -> list[str]:
    """``phrase`` and its other typographic spellings."""
    forms = [phrase]
    for plain, fancy in _TYPOGRAPHY:
        forms += [f.replace(plain, fancy) for f in forms if plain in f]
        forms += [f.replace(fancy, plain) for f in forms if fancy in f]
    return forms


def _phrases(written: Iterable[str]) -> list[str]:
    """Phrases as written, with their typographic spellings."""
    return list(dict.fromkeys(form for phrase in written for form in _forms(phrase)))


def _line_table(table: dict[str, tuple[str, str, str | None]]) -> dict[str, tuple[str, str | None]]:
    """Folded phrase -> (id, section); a spelling a file gives wins over another phrase's
    typographic variant."""
    out = {k: (rid, sec) for k, (_, rid, sec) in table.items()}
    for phrase, rid, sec in table.values():
        for form in _forms(phrase)[1:]:
            out.setdefault(_key(form), (rid, sec))
    return out


def _inline_table(table: dict[str, tuple[str, str]]) -> dict[str, str]:
    """Folded phrase -> id, as :func:`_line_table`."""
    out = {k: rid for k, (_, rid) in table.items()}
    for phrase, rid in table.values():
        for form in _forms(phrase)[1:]:
            out.setdefault(_key(form), rid)
    return out


# The one character whose lower case is longer than itself: "\u0130" (I with a dot above)
# lower-cases to "i" and a combining dot. Checked over every code point by a test.
_LOWER_GROWS = "\u0130"


def _lower_shifts(text: str) -> bool:
    """Whether ``text.lower()`` may not line up with ``text`` offset for offset: only when it
    holds ``_LOWER_GROWS`` (``isascii`` is a flag read, the search a ``memchr``).

    Why: inline_hits lower-cased every paragraph that is not ASCII (curly quotes and dashes
    make most of them so) only to find no phrase, on pages whose gate holds none: some
    40K instructions a page (compare.py --instructions). Where the offsets line up, the
    lower-cased piece of a page holding no phrase holds none either.
    """
    return not text.isascii() and _LOWER_GROWS in text


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


# What joins two section names into one heading: " & ", " and ".
_JOINED_SECTIONS = re.compile(r" (?:&|and) ")


def _key(text: str) -> str:
    """Case and spacing folded: the form rule phrases are looked up by."""
    if text.isascii() and text.isprintable() and "  " not in text:
        return text.strip().lower()  # the common case, several times cheaper
    return " ".join(text.split()).casefold()


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


def _innermost(literals: Iterable[str]) -> tuple[str, ...]:
    """The literals that hold no other one, in their order: a text holds one of ``literals``
    exactly when it holds one of these (whatever holds a longer one holds the shorter)."""
    unique = list(dict.fromkeys(literals))
    return tuple(a for a in unique if not any(b != a and b in a for b in unique))


def _outside_fields(m: regex.Match[str], start: int, end: int) -> list[tuple[int, int]]:
    """The spans of [start, end) that no field's value covers (labels, separators, ``{_}``)."""
    taken = sorted((a, b) for _, a, b in values(m).values())
    out: list[tuple[int, int]] = []
    pos = start
    for a, b in taken:
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < end:
        out.append((pos, end))
    return out


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


@dataclass
class _File:
    """One rule file, parsed: kept so the rules for a URL's scopes can be merged again."""

    name: str
    text: str
    data: dict[str, Any]
    bundled: bool


class _Merge:
    """One pass over the files: which scopes are allowed (``None``: all), the file at hand."""

    def __init__(self, src: _Source, allowed: dict[Scope, bool] | None) -> None:
        self.src = src
        self.allowed = allowed
        self.file_scope: Scope | None = None
        self.file: _File | None = None

    def where(self, key: str, needle: str | None = None) -> str:
        """``file:line: key`` for an error message (the line of ``needle``, when it is found)."""
        assert self.file is not None
        line = _line_of(self.file.text, needle) if needle else None
        return f"{self.file.name}:{line}: {key}" if line else f"{self.file.name}: {key}"

    def applies(self, entry: dict[str, Any], where: str) -> bool:
        """Whether an entry (with the file's scope and its own ``site``) applies in this pass."""
        own = parse_scope(entry["site"], f"{where}.site") if "site" in entry else None
        for scope in (self.file_scope, own):
            if scope is None:
                continue
            if scope not in self.src.scopes:
                self.src.scopes.append(scope)
            if self.allowed is not None and not self.allowed.get(scope, True):
                return False
        return True


def _line_of(text: str, needle: str) -> int | None:
    """The 1-based line of the first place ``needle`` appears in ``text`` (as written in TOML)."""
    for form in (needle, needle.replace("\\", "\\\\")):
        i = text.find(form)
        if i >= 0:
            return text.count("\n", 0, i) + 1
    return None


def _merge_file(m: _Merge, f: _File, index: int) -> None:
    """One file's rules into ``m.src``: checked key by key, in the order errors are reported."""
    src, name, data = m.src, f.name, f.data
    m.file, m.file_scope = f, None
    before = _pattern_count(src)
    _check_top(name, data)
    if "site" in data:
        m.file_scope = parse_scope(data["site"], m.where("site", "[site]"))
        if m.file_scope not in src.scopes:
            src.scopes.append(m.file_scope)
        if m.allowed is not None and not m.allowed.get(m.file_scope, True):
            _ids_only(src, data)  # out of scope here: only its ids are known (for `disable`)
            src.files.append(name)
            return
    _merge_lines(m, data, index, bundled=f.bundled)
    _merge_inline(m, data, index)
    _merge_fields(m, data, index)
    _merge_dates(m, data, index)
    _merge_layout(m, data, index)
    _merge_names(src, name, data, bundled=f.bundled)
    _merge_title_suffix(src, name, data)
    disable = data.get("disable", [])
    for i, rid in enumerate(_strings(disable, f"{name}: disable") if disable else []):
        src.disable.setdefault(rid, m.where(f"disable[{i}]", f'"{rid}"'))
    if not f.bundled and _pattern_count(src) > before:
        src.user_regex = True
    src.files.append(name)


def _pattern_count(src: _Source) -> int:
    """How many patterns the files merged so far hold: one more from a user's file puts the
    whole set on the guarded path (a time budget per page)."""
    count = len(src.line_regex) + len(src.inline_regex) + len(src.title_suffix)
    return count + len(src.field_lines) + len(src.title_affixes) + len(src.dates)


def _check_top(name: str, data: dict[str, Any]) -> None:
    """The file's top-level keys and its ``[ruleset]`` description: a typo fails at load."""
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


def _merge_lines(m: _Merge, data: dict[str, Any], index: int, *, bundled: bool) -> None:
    """``[[line]]``: whole lines removed, by exact text, prefix or pattern."""
    src, name = m.src, m.file.name if m.file else ""
    for i, entry in enumerate(_tables(data, "line", name)):
        where = f"{name}: line[{i}]"
        extra = set(entry) - {"id", "text", "prefix", "regex", "section", "note", "site"}
        if extra:
            raise RulesError(f"{where}.{sorted(extra)[0]}: unknown key")
        rid = _rule_id(entry, where)
        src.ids.add(rid)
        section = entry.get("section")
        if section is not None and section not in _SECTIONS:
            raise RulesError(f"{where}.section: expected one of {sorted(_SECTIONS)}")
        if not any(k in entry for k in ("text", "prefix", "regex")):
            raise RulesError(f"{where}: needs at least one of text, prefix, regex")
        texts = _strings(entry.get("text", []), f"{where}.text")
        prefixes = _strings(entry.get("prefix", []), f"{where}.prefix")
        patterns = _regexes(entry.get("regex", []), f"{where}.regex", check=not bundled)
        if not m.applies(entry, where):
            continue
        _note(src, entry, rid, where)
        for t in texts:
            _put(src.line_text, t, (t, rid, section))
        for p in prefixes:
            _put(src.line_prefix, p, (p, rid, section))
        src.line_regex += [(index, p, rid, section) for p in patterns]


def _merge_inline(m: _Merge, data: dict[str, Any], index: int) -> None:
    """``[[inline]]``: phrases and patterns cut wherever they occur inside a line."""
    src, name = m.src, m.file.name if m.file else ""
    for i, entry in enumerate(_tables(data, "inline", name)):
        where = f"{name}: inline[{i}]"
        extra = set(entry) - {"id", "text", "regex", "note", "site"}
        if extra:
            raise RulesError(f"{where}.{sorted(extra)[0]}: unknown key")
        rid = _rule_id(entry, where)
        src.ids.add(rid)
        if not any(k in entry for k in ("text", "regex")):
            raise RulesError(f"{where}: needs at least one of text, regex")
        texts = _strings(entry.get("text", []), f"{where}.text")
        patterns = _regexes(entry.get("regex", []), f"{where}.regex")
        if not m.applies(entry, where):
            continue
        _note(src, entry, rid, where)
        for t in texts:
            _put(src.inline_text, t, (t, rid))
        src.inline_regex += [(index, p, rid) for p in patterns]


def _merge_names(src: _Source, name: str, data: dict[str, Any], *, bundled: bool = False) -> None:
    """The name lists (outlets, categories, places, photo credits, link shorteners), the agencies'
    spellings and the time zones: the site knowledge the field readers look names up in."""
    for key in ("outlets", "categories", "places", "photo_credits", "link_shorteners"):
        table = data.get(key, {})
        extra = _PHOTO_CREDIT_LISTS if key == "photo_credits" else set()
        if not isinstance(table, dict) or set(table) - {"names", "note"} - extra:
            raise RulesError(f"{name}: {key}: expected a table with a 'names' list")
        getattr(src, key).extend(_strings(table.get("names", []), f"{name}: {key}.names"))
    credits = data.get("photo_credits", {})
    src.wire_credits.extend(_strings(credits.get("wire_credits", []), f"{name}: photo_credits.wire_credits"))
    closing = _strings(credits.get("closing_credit_names", []), f"{name}: photo_credits.closing_credit_names")
    if closing and not bundled:
        raise RulesError(
            f"{name}: photo_credits.closing_credit_names: only the bundled rule files set it (the layout reads it"
            " when imported, before any rule set); put the name in photo_credits.names"
        )
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


# The lists of ``[photo_credits]`` besides ``names``: see newsclean/rules/knowledge.toml.
_PHOTO_CREDIT_LISTS = {"wire_credits", "closing_credit_names"}


def bundled_agency_keys() -> frozenset[str]:
    """Every spelling of a wire agency the bundled rule files list (``[agencies]``, canonical
    names and their other spellings), folded as ``RuleSet.agency`` looks them up: for the
    layout's line reading, which decides without a rule set."""
    out: set[str] = set()
    for name, text in _bundled_sources():
        if "[agencies]" in text:
            for canonical, spellings in _parse(text, name).get("agencies", {}).items():
                out.update(_key(n) for n in [canonical, *_strings(spellings, f"{name}: agencies.{canonical}")])
    return frozenset(out)


def agency_key(name: str) -> str:
    """``name`` as ``RuleSet.agency`` looks it up: without the marks around a credit ("- AFP", "(Bernama)")."""
    return _key(name.strip(" .,;:-–—()[]"))


def bundled_names(table: str, key: str) -> tuple[str, ...]:
    """A name list as the bundled rule files give it (``[table] key = [...]``), read without
    compiling a rule set: for a stage that decides without one (the layout's line shapes)."""
    out: list[str] = []
    for name, text in _bundled_sources():
        if f"[{table}]" in text:  # the files without the table are not parsed
            section = _parse(text, name).get(table, {})
            out += _strings(section.get(key, []), f"{name}: {table}.{key}")
    return tuple(dict.fromkeys(out))


def _merge_title_suffix(src: _Source, name: str, data: dict[str, Any]) -> None:
    """``[title_suffix]``: patterns naming a category at a title's end, each with its group."""
    suffix = data.get("title_suffix", {})
    if not isinstance(suffix, dict) or set(suffix) - {"regex", "note"}:
        raise RulesError(f"{name}: title_suffix: expected a table with a 'regex' list")
    for i, pattern in enumerate(_regexes(suffix.get("regex", []), f"{name}: title_suffix.regex")):
        if "category" not in regex.compile(pattern).groupindex:
            raise RulesError(f"{name}: title_suffix.regex[{i}]: needs a (?P<category>...) group")
        src.title_suffix.append(pattern)


def _tables(data: dict[str, Any], key: str, name: str) -> list[dict[str, Any]]:
    """The ``[[key]]`` entries of a file, each checked to be a table."""
    entries = data.get(key, [])
    if not isinstance(entries, list):
        raise RulesError(f"{name}: {key}: expected [[{key}]] tables")
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise RulesError(f"{name}: {key}[{i}]: expected a table")
    return entries


def _put(table: dict[str, _T], phrase: str, value: _T) -> None:
    """A later phrase replaces an earlier one that folds alike ("Read More" / "READ MORE")."""
    key = _key(phrase)
    table.pop(key, None)
    table[key] = value


def _note(src: _Source, entry: dict[str, Any], rid: str, where: str) -> None:
    note = entry.get("note")
    if note is None:
        return
    if not isinstance(note, str) or not note.strip():
        raise RulesError(f"{where}.note: expected a non-empty string")
    src.notes[rid] = " ".join(note.split())


def _hours(hours: object) -> bool:
    return (
        isinstance(hours, (int, float))
        and not isinstance(hours, bool)
        and math.isfinite(hours)
        and abs(hours) <= MAX_UTC_OFFSET_HOURS
    )


def _ids_only(src: _Source, data: dict[str, Any]) -> None:
    for key in ("line", "inline", "field"):
        for entry in data.get(key, []) if isinstance(data.get(key), list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                src.ids.add(entry["id"])


def _merge_fields(m: _Merge, data: dict[str, Any], index: int) -> None:
    """``[[field]]``: lines and title affixes whose placeholders fill an article's fields."""
    src = m.src
    for i, entry in enumerate(_tables(data, "field", m.file.name if m.file else "")):
        key = f"field[{i}]"
        extra = set(entry) - {"id", "line", "title_prefix", "title_suffix", "note", "site"}
        if extra:
            raise RulesError(f"{m.where(key)}.{sorted(extra)[0]}: unknown key")
        rid = _rule_id(entry, m.where(key))
        src.ids.add(rid)
        if not any(k in entry for k in ("line", "title_prefix", "title_suffix")):
            raise RulesError(f"{m.where(key)}: needs at least one of line, title_prefix, title_suffix")
        lines: list[Template] = []
        affixes: list[tuple[str, Template]] = []
        for k, anchor in (("line", "line"), ("title_prefix", "prefix"), ("title_suffix", "suffix")):
            for j, t in enumerate(_strings(entry.get(k, []), m.where(f"{key}.{k}"))):
                template = compile_template(t, m.where(f"{key}.{k}[{j}]", t), anchor=anchor)
                if anchor == "line":
                    lines.append(template)
                else:
                    affixes.append((anchor, template))
        if not m.applies(entry, m.where(key)):
            continue
        _note(src, entry, rid, m.where(key))
        src.field_lines += [(index, t, rid) for t in lines]
        src.title_affixes += [(index, side, t, rid) for side, t in affixes]


def _merge_dates(m: _Merge, data: dict[str, Any], index: int) -> None:
    """``[[date]]``: strptime formats, each checked against its example as the file loads."""
    for i, entry in enumerate(_tables(data, "date", m.file.name if m.file else "")):
        key = f"date[{i}]"
        extra = set(entry) - {"format", "example", "zone", "note", "site"}
        if extra:
            raise RulesError(f"{m.where(key)}.{sorted(extra)[0]}: unknown key")
        fmt, example = entry.get("format"), entry.get("example")
        if not isinstance(fmt, str) or not fmt.strip():
            raise RulesError(f"{m.where(key)}.format: expected a strptime format like '%d.%m.%Y %H:%M'")
        if not isinstance(example, str) or not example.strip():
            raise RulesError(f"{m.where(key, fmt)}.example: expected a date the format reads (it is checked)")
        zone = entry.get("zone")
        if zone is not None and not _hours(zone):
            raise RulesError(f"{m.where(key, fmt)}.zone: expected hours east of UTC (-14..14)")
        date = compile_date(fmt, example, float(zone) if zone is not None else None, m.where(key, example))
        if m.applies(entry, m.where(key)):
            m.src.dates.append((index, date))


def _merge_layout(m: _Merge, data: dict[str, Any], index: int) -> None:
    """``[layout]``: where a site's entry headers sit, and its page kinds by URL."""
    table = data.get("layout")
    if table is None:
        return
    if not isinstance(table, dict):
        raise RulesError(f"{m.where('layout')}: expected a table")
    extra = set(table) - {"header", "listing", "article", "note", "teaser_links"}
    if extra:
        raise RulesError(
            f"{m.where('layout')}.{sorted(extra)[0]}: unknown key (expected header, listing, article, note)"
        )
    links = _strings(table.get("teaser_links", []), m.where("layout.teaser_links"))
    if links and not (m.file is not None and m.file.bundled):
        raise RulesError(
            f"{m.where('layout.teaser_links')}: only the bundled rule files set it (the layout reads it when"
            " imported, before any rule set)"
        )
    header = table.get("header")
    if header is not None and header not in _HEADER_PLACES:
        raise RulesError(f"{m.where('[layout] header', 'header')}: expected one of {sorted(_HEADER_PLACES)}")
    kinds: list[tuple[int, str, str]] = []
    for kind in ("listing", "article"):
        for j, g in enumerate(_strings(table.get(kind, []), m.where(f"layout.{kind}"))):
            if len(g) > MAX_GLOB_CHARS:
                raise RulesError(
                    f"{m.where(f'layout.{kind}[{j}]')}: a URL glob of more than {MAX_GLOB_CHARS} characters"
                )
            kinds.append((index, g, kind))
    if header is not None:
        m.src.layout_header = header
    m.src.layout_kinds += kinds


def _validate_disable(src: _Source) -> None:
    """Every id a file disables is a rule of the loaded files or a heuristic that removes text."""
    for rid, where in src.disable.items():
        if rid in RULE_IDS:
            why = not_disableable(rid)
            if why is not None:
                raise RulesError(f"{where}: {rid!r} cannot be disabled: {why}")
        elif rid not in src.ids:
            raise RulesError(
                f"{where}: unknown rule id {rid!r}: no loaded rule file defines it and no heuristic emits it"
                " (see docs/rule-ids.md)"
            )


def _drop_disabled(src: _Source) -> None:
    """Rule-file rules whose ids are disabled are not loaded at all."""
    off = set(src.disable)
    if not off:
        return
    src.line_text = {k: v for k, v in src.line_text.items() if v[1] not in off}
    src.line_prefix = {k: v for k, v in src.line_prefix.items() if v[1] not in off}
    src.line_regex = [e for e in src.line_regex if e[2] not in off]
    src.inline_text = {k: v for k, v in src.inline_text.items() if v[1] not in off}
    src.inline_regex = [e for e in src.inline_regex if e[2] not in off]
    src.field_lines = [e for e in src.field_lines if e[2] not in off]
    src.title_affixes = [e for e in src.title_affixes if e[3] not in off]


def _parse(text: str, name: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(f"{name}: not valid TOML: {exc}") from None


def _bundled_sources() -> list[tuple[str, str]]:
    folder = resources.files("newsclean") / "rules"
    files = sorted((p for p in folder.iterdir() if p.name.endswith(".toml")), key=lambda p: p.name)
    return [(f"newsclean/rules/{p.name}", p.read_text(encoding="utf-8")) for p in files]


def _compile(files: list[_File], allowed: dict[Scope, bool] | None, root: RuleSet | None = None) -> RuleSet:
    """The rule set of ``files`` where only the ``allowed`` scopes apply (``None``: all)."""
    src = _Source()
    m = _Merge(src, allowed)
    for index, f in enumerate(files):
        _merge_file(m, f, index)
    if allowed is None:
        _validate_disable(src)
    _drop_disabled(src)
    rules = RuleSet(src, files)
    rules._root = root
    return rules


def load_rules(*paths: str | Path, replace: bool = False) -> RuleSet:
    """Load rule files on top of the bundled ones (or instead of them with ``replace=True``).

    Later files win where they define the same phrase (compared without regard to case);
    their patterns are tried first. Folders load every ``*.toml`` inside, in name order.
    """
    files: list[_File] = []
    if not replace:
        for name, text in _bundled_sources():
            files.append(_File(name, text, _parse(text, name), bundled=True))
    for path in paths:
        p = Path(path)
        found = sorted(p.glob("*.toml")) if p.is_dir() else [p]
        for f in found:
            try:
                text = f.read_text(encoding="utf-8-sig")  # editors on Windows save a BOM first
            except OSError as exc:
                raise RulesError(f"{f}: cannot read rule file: {exc.strerror}") from None
            except UnicodeDecodeError:
                raise RulesError(f"{f}: rule file is not UTF-8") from None
            files.append(_File(str(f), text, _parse(text, str(f)), bundled=False))
    return _compile(files, None)


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
    if (
        not isinstance(value, (int, float))
        or isinstance(value, bool)
        or not math.isfinite(value)
        or abs(value) > MAX_UTC_OFFSET_HOURS
    ):
        raise RulesError(f"{where}: expected hours east of UTC (-14..14) or an IANA zone name")
    return float(value)
