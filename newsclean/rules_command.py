"""``newsclean rules test`` and ``newsclean rules suggest``: the loop a rule author lives in.

``test FILE PAGES...`` extracts every page twice, with the rules in force and with FILE
added, and prints per page what FILE changed: lines removed or kept, the rule naming a
removal, the page's kind, articles found or gone, and each article's fields.

``suggest PAGES... [--host H]`` reads a batch of one site's pages and prints a TOML draft
of candidate rules (see :mod:`newsclean.rulesuggest`) for a person to review. Nothing is
applied: the draft goes to stdout.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from .batch import InputError, read_page
from .errors import NewscleanError
from .models import Article, Page
from .pipeline import DEFAULT_MAX_BYTES, extract
from .rules import RuleSet, load_rules

# The fields ``rules test`` compares, in the order it prints them.
_FIELDS = ("title", "subtitle", "outlet", "published_text", "published_at", "category", "byline", "credits",
           "dateline", "tags", "captions")  # fmt: skip
# A removal's text is shown up to this many characters.
_SHOWN = 80


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``rules test`` and ``rules suggest`` to the command line."""
    r = sub.add_parser("rules", help="write rule files: test one on pages, or draft one from a site's pages")
    rsub = r.add_subparsers(dest="rules_command", required=True)
    t = rsub.add_parser(
        "test",
        help="what a rule file changes on each page (removals, fields, articles)",
        description="Extract each page with the rules in force and again with FILE added; print what FILE changed.",
    )
    t.add_argument("file", help="the rule file (TOML) to try")
    t.add_argument("pages", nargs="+", help="page files (.txt, .html, optionally .gz)")
    t.add_argument("--url", help="the pages' URL (scoped rules apply when it matches; without one, all apply)")
    t.add_argument("--fetched-at", help="scrape time (ISO 8601), to resolve relative times")
    t.set_defaults(func=_test)
    s = rsub.add_parser(
        "suggest",
        help="a draft rule file from many pages of one site, for a person to review",
        description="Print a TOML draft of candidate rules (recurring lines and line shapes, title affixes, "
        "header places) with counts and example pages. Nothing is applied.",
    )
    s.add_argument("pages", nargs="+", help="page files of one site (.txt, .html, optionally .gz)")
    s.add_argument("--host", help="the site's host: the draft is scoped to it and its ids start with its name")
    s.add_argument("--min-pages", type=int, default=0, metavar="N",
                   help="a candidate must recur on N distinct pages (default: 3, or a third of the pages)")  # fmt: skip
    s.set_defaults(func=_suggest)


def _read(paths: list[str]) -> tuple[list[tuple[str, bytes]], int]:
    """The pages' bytes (and how many could not be read, each reported on stderr)."""
    pages: list[tuple[str, bytes]] = []
    failed = 0
    for name in paths:
        try:
            data, _ = read_page(Path(name), DEFAULT_MAX_BYTES)
        except (InputError, OSError, EOFError, ValueError) as exc:
            print(f"newsclean: cannot read {name}: {getattr(exc, 'strerror', None) or exc}", file=sys.stderr)
            failed += 1
            continue
        pages.append((name, data))
    return pages, failed


def _test(args: argparse.Namespace, rules: RuleSet) -> int:
    try:
        with_file = load_rules(*args.rules, args.file, replace=args.only_rules)
    except NewscleanError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return 2
    pages, failed = _read(args.pages)
    changed = 0
    for name, data in pages:
        before = extract(data, url=args.url, fetched_at=args.fetched_at_value, rules=rules)
        after = extract(data, url=args.url, fetched_at=args.fetched_at_value, rules=with_file)
        lines = page_changes(before, after)
        changed += bool(lines)
        print(name)
        print("\n".join(lines) if lines else "  no change")
    print(f"{len(pages)} page(s), {changed} changed by {args.file}" + (f", {failed} unreadable" if failed else ""))
    return 3 if failed else 0


def page_changes(before: Page, after: Page) -> list[str]:
    """What changed from ``before`` to ``after`` (the same page), as indented lines."""
    out: list[str] = []
    if before.kind != after.kind:
        out.append(f"  kind: {before.kind} -> {after.kind}")
    if len(before.articles) != len(after.articles):
        out.append(f"  articles: {len(before.articles)} -> {len(after.articles)}")
    out += _removal_changes(before, after)
    out += _article_changes(before.articles, after.articles)
    new_warnings = [w for w in after.warnings if w not in before.warnings]
    out += [f"  warning: {w}" for w in new_warnings]
    return out


def _short(text: str) -> str:
    return repr(text if len(text) <= _SHOWN else text[: _SHOWN - 3] + "...")


def _removal_changes(before: Page, after: Page) -> list[str]:
    old = {(r.start, r.end): r for r in before.removed}
    new = {(r.start, r.end): r for r in after.removed}
    added = [r for k, r in new.items() if k not in old]
    gone = [r for k, r in old.items() if k not in new]
    renamed = [(old[k], r) for k, r in new.items() if k in old and old[k].rule != r.rule]
    out: list[str] = []
    if added:
        out.append(f"  removed now ({len(added)}):")
        out += [f"    + [{r.rule}] {_short(r.text)}" for r in added]
    if gone:
        out.append(f"  no longer removed ({len(gone)}):")
        out += [f"    - [{r.rule}] {_short(r.text)}" for r in gone]
    if renamed:
        out.append(f"  removed by another rule ({len(renamed)}):")
        out += [f"    ~ [{a.rule} -> {b.rule}] {_short(b.text)}" for a, b in renamed]
    return out


def _label(k: int, a: Article) -> str:
    return f"article {k} ({a.role}) {_short(a.title or '(no title)')}"


def _article_changes(before: list[Article], after: list[Article]) -> list[str]:
    """Articles paired by title (in order), each pair's changed fields; the rest found or gone."""
    keys = [a.title or "" for a in before], [a.title or "" for a in after]
    out: list[str] = []
    matcher = difflib.SequenceMatcher(None, *keys, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        pairs = list(zip(range(i1, i2), range(j1, j2), strict=False)) if op in ("equal", "replace") else []
        for i, j in pairs:
            diffs = _field_changes(before[i], after[j])
            if diffs:
                out.append(f"  {_label(j + 1, after[j])}:")
                out += diffs
        for j in range(j1 + len(pairs), j2):
            out.append(f"  {_label(j + 1, after[j])}: found now")
        for i in range(i1 + len(pairs), i2):
            out.append(f"  {_label(i + 1, before[i])}: gone")
    return out


def _field_changes(a: Article, b: Article) -> list[str]:
    out: list[str] = []
    for name in _FIELDS:
        x, y = _value(a, name), _value(b, name)
        if x != y:
            out.append(f"    {name}: {x} -> {y}")
    if a.paragraphs != b.paragraphs:
        out.append(f"    body: {len(a.body.split())} -> {len(b.body.split())} words")
    return out


def _value(a: Article, name: str) -> str:
    v = getattr(a, name)
    if name == "dateline" and v is not None:
        v = v.location
    if name == "published_at" and v is not None:
        v = v.isoformat()
    if isinstance(v, list):
        return repr(v) if v else "-"
    return repr(v) if v is not None else "-"


def _suggest(args: argparse.Namespace, rules: RuleSet) -> int:
    from .rulesuggest import draft
    from .thresholds import SUGGEST_MIN_PAGES

    pages, failed = _read(args.pages)
    floor = args.min_pages or SUGGEST_MIN_PAGES
    if len(pages) < floor:
        print(f"newsclean: suggest needs at least {floor} readable pages of the site (got {len(pages)}): "
              "a rule is what recurs across pages", file=sys.stderr)  # fmt: skip
        return 2
    sys.stdout.write(draft(pages, rules, host=args.host, min_pages=args.min_pages))
    return 3 if failed else 0
