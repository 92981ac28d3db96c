"""Candidate rules for one site, read off a batch of its pages: a draft for a person to review.

What recurs across many distinct pages of one site and is no story's text is the site's
furniture: a story is printed on one page, a widget on all of them. The draft proposes

* **lines** printed on many pages, word for word (a banner, a button), and line **shapes**
  that recur with their digits changing ("12 comments", "Page 3 of 9"), as ``[[line]]``
  rules — never a line that was some article's title or field, or a time;
* **labelled lines** ("Source: Coast Post", "Author : Jane Roe") whose label recurs with
  changing values, as ``[[field]]`` patterns when the label names a field;
* **title affixes**: a separator and a few words closing (or opening) the titles of many
  pages (" | NewsHive"), as ``title_suffix`` / ``title_prefix`` field patterns;
* **where header lines sit**: above the title, under it, or after the body, as a
  ``[layout] header`` hint when most pages agree;
* **dates** the built-in reader left unread, as a comment asking for a ``[[date]]`` format.

Each candidate says on how many pages it was seen and names example pages. Nothing is
applied: the draft is text for a person to keep or delete, then ``rules test`` shows
what it changes.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from .classify import Kind, classify
from .layout.shapes import Shape, line_shape
from .lexicon import MONTH_ABBREVIATIONS, alternation
from .lines import split_lines
from .models import Page
from .para import Ledger
from .pipeline import extract, normalize_source
from .rules import RuleSet
from .rulescope import host_of
from .thresholds import (
    HEAD_MIN_WORDS,
    SUGGEST_AFFIX_MAX_WORDS,
    SUGGEST_DATE_LINE_MAX_CHARS,
    SUGGEST_HEADER_AGREEMENT,
    SUGGEST_HEADER_LINES,
    SUGGEST_LINE_MAX_CHARS,
    SUGGEST_LINE_MAX_WORDS,
    SUGGEST_MIN_PAGES,
    SUGGEST_MIN_SHARE,
    SUGGEST_SENTENCE_MIN_WORDS,
    SUGGEST_TITLE_PIECE_MIN_CHARS,
)
from .timeparse import resolve, time_line

# Examples named per candidate.
EXAMPLES = 3

_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " / ")
_LABEL = re.compile(r"(?P<label>[A-Z][A-Za-z]{1,15}(?: [A-Za-z]{1,15})?)(?P<sep>\s?:\s)(?P<value>\S.{0,80})")
# Labels that name a field, lower-case.
_LABEL_FIELDS = {
    "source": "outlet", "via": "outlet", "from": "outlet", "publisher": "outlet", "outlet": "outlet",
    "author": "byline", "by": "byline", "written by": "byline", "reporter": "byline", "writer": "byline",
    "authors": "byline", "posted": "published", "published": "published", "updated": "published",
    "date": "published", "section": "category", "category": "category", "topic": "category",
    "filed under": "category",
}  # fmt: skip
_DIGITS = re.compile(r"\d+")
# A line shape (digits masked as "#") that prints a date: a month's name, or day, month and year.
_DATE_LIKE = re.compile(
    rf"\b(?:{alternation(MONTH_ABBREVIATIONS)})[a-z]{{0,6}}\.?(?![a-z])|#[./-]#[./-]#", re.IGNORECASE
)
_SLUG = re.compile(r"[^a-z0-9]+")


def _date_line(line: str) -> bool:
    """A line with a date's shape that the time patterns do not take as a time line."""
    return bool(_DATE_LIKE.search(_DIGITS.sub("#", line))) and time_line(line) is None


def _unread(line: str) -> bool:
    return resolve(line, _NOON)[0] is None


_NOON = datetime(2000, 1, 1, 12, tzinfo=UTC)
_MONTH_OR_HALF = re.compile(rf"(?i)\b(?:{alternation(MONTH_ABBREVIATIONS)})[a-z]{{0,6}}\.?|(?<=\d)\s?[ap]\.?m\.?(?!\w)")


def _date_shape(line: str) -> str:
    """A date line with its digits, month names and am/pm masked: one key per format."""
    return _DIGITS.sub("#", _MONTH_OR_HALF.sub("@", line))


@dataclass
class _Seen:
    """Pages a candidate was seen on, and its spellings with their counts."""

    pages: set[int] = field(default_factory=set)
    spellings: Counter[str] = field(default_factory=Counter)


@dataclass
class _LineTally:
    """Lines counted over a site's pages, for the ``[[line]]`` suggestions."""

    exact: defaultdict[str, _Seen] = field(default_factory=lambda: defaultdict(_Seen))  # by folded text
    shapes: defaultdict[str, _Seen] = field(default_factory=lambda: defaultdict(_Seen))  # by digits -> "#"
    as_field: Counter[str] = field(default_factory=Counter)  # lines read as a field (outlet, section), per page
    as_title: Counter[str] = field(default_factory=Counter)  # lines read as an article's title, per page
    after: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # the lines right after
    dates: defaultdict[str, _Seen] = field(default_factory=lambda: defaultdict(_Seen))  # date lines not read


@dataclass
class _PageFacts:
    name: str
    lines: list[str]
    removed: set[str]  # whole lines the rules in force already remove
    titles: set[str]  # article titles and standfirsts: never chrome
    fields: set[str]  # outlets, bylines, sections, times: chrome only if the same on every page
    title: str | None
    headlines: list[str]  # every article's title and standfirst, for title affixes
    unread_dates: list[str]
    header_places: set[str]  # "before", "under", "after"


def draft(pages: list[tuple[str, bytes]], rules: RuleSet, *, host: str | None = None, min_pages: int = 0) -> str:
    """A TOML draft of candidate rules for the site the ``pages`` come from."""
    facts = [_facts(name, data, rules) for name, data in pages]
    floor = min_pages or max(SUGGEST_MIN_PAGES, math.ceil(SUGGEST_MIN_SHARE * len(facts)))
    site = _site_name(host)
    out = _Draft(site, facts, floor)
    out.preamble(host)
    labelled = out.field_lines()
    out.chrome_lines(labelled)
    out.title_affixes()
    out.header_places()
    out.unread_dates()
    return "\n".join(out.lines) + "\n"


def _site_name(host: str | None) -> str:
    """The first label of the host that names the site ("www.newshive.example" -> "newshive")."""
    if not host:
        return "mysite"
    name = host_of(host) or host.lower()
    labels = [p for p in name.split(".") if p and p not in ("www", "m", "amp", "news")]
    slug = _SLUG.sub("-", labels[0] if labels else name).strip("-")
    return slug[:40] or "mysite"


def _facts(name: str, data: bytes, rules: RuleSet) -> _PageFacts:
    text = normalize_source(data)
    page = extract(data, rules=rules, trace=False)
    lines = [ln.text for ln in split_lines(text)]
    line_set = set(lines)
    removed = {r.text for r in page.removed if r.text in line_set}
    fields: set[str] = set()
    titles: set[str] = set()
    unread: list[str] = []
    for a in page.articles:
        titles.update(v for v in (a.title, a.subtitle) if v)
        fields.update(v for v in (a.outlet, a.category, a.published_text) if v)
        fields.update(a.byline)
        fields.update(a.tags)
        if a.published_text and a.published_at is None and "ago" not in a.published_text.lower():
            unread.append(a.published_text)
    title = page.articles[0].title if page.articles else None
    headlines = list(dict.fromkeys(v for a in page.articles for v in (a.title, a.subtitle) if v))
    places = _header_places(text, page)
    return _PageFacts(Path(name).name, lines, removed, titles, fields, title, headlines, unread, places)


def _header_places(text: str, page: Page) -> set[str]:
    """Where this page prints its first article's header lines relative to its title."""
    if not page.articles or not page.articles[0].title:
        return set()
    items = classify(split_lines(text), _no_rules(), Ledger())
    shapes = [Shape.META if it.kind is Kind.TIME else line_shape(it) for it in items]
    title = page.articles[0].title
    at = next((i for i, it in enumerate(items) if title in it.text), None)
    if at is None:
        return set()
    places: set[str] = set()
    above = [shapes[i] for i in range(max(0, at - SUGGEST_HEADER_LINES), at)]
    if above and above[-1] is Shape.META:
        places.add("before")
    if at + 1 < len(shapes) and shapes[at + 1] is Shape.META:
        places.add("under")
    nxt = len(items)
    if len(page.articles) > 1 and page.articles[1].title:
        second = page.articles[1].title
        nxt = next((i for i in range(at + 1, len(items)) if second in items[i].text), nxt)
    prose = [i for i in range(at + 1, nxt) if shapes[i] is Shape.PROSE]
    if prose and any(shapes[i] is Shape.META for i in range(prose[-1] + 1, nxt)):
        places.add("after")
    return places


_EMPTY: RuleSet | None = None


def _no_rules() -> RuleSet:
    """No rules at all: the shapes of a page's lines as printed."""
    global _EMPTY
    if _EMPTY is None:
        from .rules import load_rules

        _EMPTY = load_rules(replace=True)
    return _EMPTY


def _toml(text: str) -> str:
    """``text`` as a TOML string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)


def _literal_toml(pattern: str) -> str:
    """A pattern as a TOML literal string (no escapes to double) where it can be one."""
    return f"'{pattern}'" if "'" not in pattern and "\n" not in pattern else _toml(pattern)


class _Draft:
    """The draft's lines, built section by section."""

    def __init__(self, site: str, facts: list[_PageFacts], floor: int) -> None:
        self.site = site
        self.facts = facts
        self.floor = floor
        self.lines: list[str] = []
        self.ids: set[str] = set()
        self.dates: list[_Seen] = []  # recurring date-shaped lines no rule or reader took
        self.named: set[str] = set()  # fields a proposed [[field]] line fills

    def seen(self, pages: Iterable[int]) -> str:
        found = sorted(set(pages))
        names = ", ".join(self.facts[i].name for i in found[:EXAMPLES])
        more = ", ..." if len(found) > EXAMPLES else ""
        return f"on {len(found)} of {len(self.facts)} pages ({names}{more})"

    def rule_id(self, words: str) -> str:
        slug = _SLUG.sub("-", words.lower()).strip("-")[:40].strip("-") or "line"
        rid, k = f"{self.site}.{slug}", 2
        while rid in self.ids:
            rid, k = f"{self.site}.{slug}-{k}", k + 1
        self.ids.add(rid)
        return rid

    def preamble(self, host: str | None) -> None:
        self.lines += [
            f"# A draft rule file from {len(self.facts)} pages, written by `newsclean rules suggest`.",
            "# Review every rule: keep what is furniture on this site, delete the rest, then check the",
            "# file with `newsclean rules test`. Candidates recur on at least "
            f"{self.floor} pages. A line that opens a list",
            '# of other stories needs `section = "related"`; one that closes the story, `section = "end"`.',
            "",
            "[ruleset]",
            f"name = {_toml(self.site)}",
            f"description = {_toml('Draft rules for ' + (host or 'one site'))}",
        ]
        if host:
            self.lines += ["", "[site]", f"hosts = [{_toml(host_of(host) or host)}]"]

    def field_lines(self) -> set[str]:
        """``Label: value`` lines whose label recurs with changing values; returns those lines."""
        by_label: dict[tuple[str, str], _Seen] = defaultdict(_Seen)
        for k, f in enumerate(self.facts):
            for line in f.lines:
                m = _LABEL.fullmatch(line)
                if m and m.group("label").lower() in _LABEL_FIELDS and line not in f.removed:
                    seen = by_label[(m.group("label"), m.group("sep"))]
                    seen.pages.add(k)
                    seen.spellings[m.group("value")] += 1
        taken: set[str] = set()
        for (label, sep), seen in sorted(by_label.items(), key=lambda kv: -len(kv[1].pages)):
            if len(seen.pages) < self.floor or len(seen.spellings) < 2:  # noqa: PLR2004 (two spellings: the value changes)
                continue
            name = _LABEL_FIELDS[label.lower()]
            self.named.add(name)
            values = ", ".join(repr(v) for v, _ in seen.spellings.most_common(3))
            self.lines += [
                "",
                f"# {label!r} with a changing {name} ({values}), {self.seen(seen.pages)}",
                "[[field]]",
                f"id = {_toml(self.rule_id(label))}",
                f"line = [{_toml(label + sep + '{' + name + '}')}]",
            ]
            taken.update(f"{label}{sep}{v}" for v in seen.spellings)
        return taken

    def _chrome(self, line: str, f: _PageFacts) -> bool:
        """Whether ``line`` may be furniture: short, no time, no sentence, not removed already
        (a line read as a title is weighed in :meth:`chrome_lines`)."""
        if len(line) > SUGGEST_LINE_MAX_CHARS or len(line.split()) > SUGGEST_LINE_MAX_WORDS or line in f.removed:
            return False
        if line not in f.titles and any(line in v for v in f.titles if len(line) >= SUGGEST_TITLE_PIECE_MIN_CHARS):
            return False  # a piece of a title
        if line.endswith((".", "!", "?")) and len(line.split()) >= SUGGEST_SENTENCE_MIN_WORDS:
            return False  # a sentence
        return time_line(line) is None

    def chrome_lines(self, labelled: set[str]) -> None:
        """``[[line]]`` rules for lines printed alike on many pages (exact, or alike but for
        their digits), and the date-shaped lines the built-in reader cannot read."""
        tally = self._tally_lines(labelled)
        self.dates += [
            seen
            for seen in tally.dates.values()
            if len(seen.pages) >= self.floor and any(_unread(d) for d in seen.spellings)
        ]
        done = self._exact_line_rules(tally)
        self._shape_line_rules(tally.shapes, done)

    def _tally_lines(self, labelled: set[str]) -> _LineTally:
        """Every page's candidate chrome lines counted by folded text and by digit shape."""
        tally = _LineTally()
        for k, f in enumerate(self.facts):
            for i, line in enumerate(f.lines):
                key = " ".join(line.split()).casefold()
                tally.after[key].add(f.lines[i + 1] if i + 1 < len(f.lines) else "")
            for line in dict.fromkeys(f.lines):
                if len(line) <= SUGGEST_DATE_LINE_MAX_CHARS and any(c.isdigit() for c in line) and _date_line(line):
                    tally.dates[_date_shape(line)].pages.add(k)
                    tally.dates[_date_shape(line)].spellings[line] += 1
                    continue
                if line in labelled or not self._chrome(line, f):
                    continue
                key = " ".join(line.split()).casefold()
                tally.exact[key].pages.add(k)
                tally.exact[key].spellings[line] += 1
                tally.as_field[key] += line in f.fields
                tally.as_title[key] += line in f.titles
                if any(c.isdigit() for c in line):
                    tally.shapes[_DIGITS.sub("#", line)].pages.add(k)
                    tally.shapes[_DIGITS.sub("#", line)].spellings[line] += 1
        return tally

    def _exact_line_rules(self, tally: _LineTally) -> set[str]:
        """``text = [...]`` rules for lines printed word for word on enough pages; returns
        the lines chosen (a shape rule is not written for them again)."""
        as_field, as_title, after = tally.as_field, tally.as_title, tally.after
        # a field's value printed word for word on many pages is the site's own name, or chrome;
        # one that changes is a field (those lines are not in ``exact`` often enough)
        # a line read as a title on many pages is a banner when what follows it changes (a
        # story's title is followed by its own text wherever it is printed) or nothing does
        chosen = [
            (key, s.spellings.most_common(1)[0][0], s)
            for key, s in tally.exact.items()
            if len(s.pages) >= self.floor and (not as_title[key] or len(after[key]) >= 2 or after[key] == {""})  # noqa: PLR2004 (what follows it changes)
        ]
        for key, text, seen in sorted(chosen, key=lambda kts: (-len(kts[2].pages), kts[1])):
            read = f" (read as a field on {as_field[key]} of them: the same on every page)" if as_field[key] else ""
            if as_title[key]:
                follows = "nothing follows it" if after[key] == {""} else "what follows it changes"
                read = f" (read as a title on {as_title[key]} of them; {follows})"
            self.lines += [
                "",
                f"# {text!r} {self.seen(seen.pages)}{read}",
                "[[line]]",
                f"id = {_toml(self.rule_id(text))}",
                f"text = [{_toml(text)}]",
            ]
        return {t for _, t, _ in chosen}

    def _shape_line_rules(self, shapes: dict[str, _Seen], done: set[str]) -> None:
        """``regex = [...]`` rules for lines alike but for their digits ("12 comments")."""
        for mask, seen in sorted(shapes.items(), key=lambda kv: (-len(kv[1].pages), kv[0])):
            if len(seen.pages) < self.floor or len(seen.spellings) < 2 or done & set(seen.spellings):  # noqa: PLR2004 (two spellings: the digits change)
                continue
            width = max(len(d) for s in seen.spellings for d in _DIGITS.findall(s))
            pattern = "".join(
                rf"\d{{1,{width}}}" if part == "#" else re.escape(part) for part in re.split(r"(#)", mask) if part
            )
            examples = ", ".join(repr(s) for s, _ in seen.spellings.most_common(3))
            self.lines += [
                "",
                f"# lines like {examples}, {self.seen(seen.pages)}",
                "[[line]]",
                f"id = {_toml(self.rule_id(mask.replace('#', 'n')))}",
                f"regex = [{_literal_toml(pattern)}]",
            ]

    def title_affixes(self) -> None:
        for side in ("suffix", "prefix"):
            found: dict[str, _Seen] = defaultdict(_Seen)
            for k, f in enumerate(self.facts):
                for sep in _TITLE_SEPARATORS:
                    for title in f.headlines:
                        if sep not in title:
                            continue
                        if side == "suffix":
                            rest, affix = title.rsplit(sep, 1)
                        else:
                            affix, rest = title.split(sep, 1)
                        if 1 <= len(affix.split()) <= SUGGEST_AFFIX_MAX_WORDS and len(rest.split()) >= HEAD_MIN_WORDS:
                            found[sep].pages.add(k)
                            found[sep].spellings[affix] += 1
            for sep, seen in sorted(found.items(), key=lambda kv: -len(kv[1].pages)):
                if len(seen.pages) < self.floor:
                    continue
                values = ", ".join(f"{v!r} ({n})" for v, n in seen.spellings.most_common(4))
                one = len(seen.spellings) == 1
                guess = "category"
                why = "if these are sources, write {outlet}"
                if one and "outlet" in self.named:  # the site's own name: the outlet is on another line
                    guess, why = "_", "the same on every page, and a line names the outlet: the site's name, dropped"
                elif one:
                    guess, why = "outlet", "the same on every page: the site's or the outlet's name"
                template = f"{sep}{{{guess}}}" if side == "suffix" else f"{{{guess}}}{sep}"
                self.lines += [
                    "",
                    f"# titles {'ending' if side == 'suffix' else 'opening'} with {values}, {self.seen(seen.pages)}",
                    f"# ({why})",
                    "[[field]]",
                    f"id = {_toml(self.rule_id('title-' + side))}",
                    f"title_{side} = [{_toml(template)}]",
                ]
                break  # one separator per side: the most common

    def header_places(self) -> None:
        counts = Counter(p for f in self.facts for p in f.header_places)
        printed = sum(1 for f in self.facts if f.header_places)
        if not printed:
            return
        said = ", ".join(f"{p} on {n}" for p, n in sorted(counts.items()))
        best, n = max(((p, counts[p]) for p in ("before", "after", "under")), key=lambda pn: pn[1])
        self.lines += ["", f"# header lines (times, sources, bylines) of the first story: {said} of {printed} pages"]
        if best in ("before", "after") and n >= SUGGEST_HEADER_AGREEMENT * printed and n >= self.floor:
            self.lines += ["[layout]", f"header = {_toml(best)}"]
        else:
            self.lines += ["# (no [layout] header hint: the default reading handles titles with headers under them)"]

    def unread_dates(self) -> None:
        unread: dict[str, _Seen] = defaultdict(_Seen)
        for k, f in enumerate(self.facts):
            for d in f.unread_dates:
                unread[_DIGITS.sub("#", d)].pages.add(k)
                unread[_DIGITS.sub("#", d)].spellings[d] += 1
        for seen in sorted([*unread.values(), *self.dates], key=lambda s: -len(s.pages)):
            example = next((d for d, _ in seen.spellings.most_common() if _unread(d)), "")
            missed = sum(1 for d in seen.spellings if _unread(d))
            self.lines += [
                "",
                f"# dates like {example!r}, {self.seen(seen.pages)}; the built-in reader cannot read"
                f" {missed} of their {len(seen.spellings)} spellings:",
                "# write their strptime format, checked against the example as the file loads",
                "# [[date]]",
                '# format = "..."',
                f"# example = {_toml(example)}",
            ]
