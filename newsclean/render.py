"""One page as a person reads it: articles with their fields, removed chrome with its rule.

With rich on a terminal the removed text is shown dimmed and struck through next to the
rule id; otherwise (``--plain``, a pipe) the same content prints as plain text. Under the
first removal of each rule stands why the rule removes text: its ``note`` from the rule
file, or the registry's description of a heuristic (``newsclean/ruleids.py``).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping

from .models import Page
from .ruleids import RULE_IDS

# How much of a removed text and of a traced text a line shows ("..." past it).
_REMOVED_WIDTH = 90
_TRACE_WIDTH = 60


def _fields(page: Page) -> list[tuple[str, str, list[tuple[str, str]], list[str], list[str]]]:
    out = []
    for i, a in enumerate(page.articles, 1):
        fields = {
            "outlet": a.outlet,
            "published": a.published_text,
            "published_at": a.published_at.isoformat() if a.published_at else None,
            "category": a.category,
            "tags": ", ".join(a.tags) or None,
            "dateline": a.dateline.location if a.dateline else None,
            "byline": ", ".join(a.byline) or None,
            "credits": ", ".join(a.credits) or None,
            "ids": ", ".join(f"{k}={v}" for k, v in a.ids.items()) or None,
        }
        shown = [(k, v) for k, v in fields.items() if v]
        out.append((f"[{i}] {a.role.upper()}", a.title or "(no title)", shown, a.captions, a.paragraphs))
    return out


def _why(rule: str, notes: Mapping[str, str] | None, told: set[str]) -> str | None:
    """The note to print under the first removal of ``rule`` (``None`` after that)."""
    if rule in told:
        return None
    told.add(rule)
    return (notes or {}).get(rule) or RULE_IDS.get(rule)


def plain_text(page: Page, notes: Mapping[str, str] | None = None) -> str:
    lines = [f"page kind: {page.kind}  articles: {len(page.articles)}  removed: {len(page.removed)}"]
    lines += [f"warning: {w}" for w in page.warnings]
    for head, title, fields, captions, paragraphs in _fields(page):
        lines += ["", f"{head}: {title}"]
        lines += [f"    {k:12} {v}" for k, v in fields]
        lines += [f"    caption      {c}" for c in captions]
        lines += [f"  | {p}" for p in paragraphs]
    if page.removed:
        lines += ["", "removed:"]
        told: set[str] = set()
        for r in page.removed:
            text = r.text if len(r.text) <= _REMOVED_WIDTH else r.text[: _REMOVED_WIDTH - 3] + "..."
            lines.append(f"  - [{r.rule}] {text!r}  @{r.start}")
            why = _why(r.rule, notes, told)
            if why:
                lines.append(f"      why: {why}")
    if page.trace:
        lines += ["", "trace (offset, rule, decision, text):"]
        for e in page.trace:
            text = e.text if len(e.text) <= _TRACE_WIDTH else e.text[: _TRACE_WIDTH - 3] + "..."
            lines.append(f"  @{e.start:<6} {e.rule:34} {e.decision}: {text!r}")
    return "\n".join(lines)


def render(page: Page, *, plain: bool = False, notes: Mapping[str, str] | None = None) -> None:
    """Print ``page``; rich formatting when available and writing to a terminal.

    ``notes``: rule id -> why the rule removes text (``RuleSet.notes``), shown under its first removal.
    """
    want_plain = plain or not sys.stdout.isatty()
    if not want_plain:
        try:
            from rich.console import Console
            from rich.text import Text
        except ImportError:
            want_plain = True
    if want_plain:
        print(plain_text(page, notes))
        return
    console = Console()
    console.print(f"[bold]page kind[/] {page.kind}  articles {len(page.articles)}  removed {len(page.removed)}")
    for w in page.warnings:
        console.print(f"[yellow]warning[/] {w}")
    for head, title, fields, captions, paragraphs in _fields(page):
        console.print()
        console.print(Text.assemble((head + " ", "bold cyan"), (title, "bold")))
        for k, v in fields:
            console.print(Text.assemble((f"    {k:12} ", "dim"), v))
        for c in captions:
            console.print(Text.assemble(("    caption      ", "dim"), (c, "italic")))
        for p in paragraphs:
            console.print(Text.assemble(("  │ ", "dim"), p))
    if page.removed:
        console.print()
        console.print("[bold]removed[/]")
        told: set[str] = set()
        for r in page.removed:
            text = r.text if len(r.text) <= _REMOVED_WIDTH else r.text[: _REMOVED_WIDTH - 3] + "..."
            console.print(Text.assemble(("  ✗ ", "red"), (f"[{r.rule}] ", "magenta"), (text, "dim strike")))
            why = _why(r.rule, notes, told)
            if why:
                console.print(Text.assemble(("      why: ", "dim"), (why, "italic dim")))
    if page.trace:
        console.print()
        console.print("[bold]trace[/] (offset, rule, decision, text)")
        for e in page.trace:
            text = e.text if len(e.text) <= _TRACE_WIDTH else e.text[: _TRACE_WIDTH - 3] + "..."
            console.print(
                Text.assemble(
                    (f"  @{e.start:<6} ", "dim"), (f"{e.rule:34} ", "magenta"), (f"{e.decision}: ", "cyan"), text
                )
            )


def markdown(page: Page, source: str | None = None) -> str:
    """The page as Markdown for reading: the page's own story under ``#``, the other
    articles under ``##``, a line of their fields in italics, then the body; a rule closes
    the page, so pages written one after another stay apart."""
    parts: list[str] = []
    for a in page.articles:
        level = "#" if a.role == "main" or len(page.articles) == 1 else "##"
        parts.append(f"{level} {_md_line(a.title or '(no title)')}")
        if a.subtitle:
            parts.append(f"**{_md_line(a.subtitle)}**")
        when = a.published_text
        if when and a.published_at:
            when += f" ({a.published_at.isoformat()})"
        meta = [a.outlet, when, ("by " + ", ".join(a.byline)) if a.byline else None, a.category,
                a.dateline.location if a.dateline else None]  # fmt: skip
        shown = [_md_line(m) for m in meta if m]
        if shown:
            parts.append("*" + " · ".join(shown) + "*")
        parts += [f"> {_md_line(c)}" for c in a.captions]
        parts += [p for p in a.paragraphs]
    foot = [f"source: {source}" if source else None, f"url: <{page.url}>" if page.url else None,
            f"page kind: {page.kind}"] + [f"warning: {w}" for w in page.warnings]  # fmt: skip
    parts.append("<!-- " + "; ".join(f.replace("--", "- -") for f in foot if f) + " -->")
    return "\n\n".join(parts) + "\n\n---\n"


def _md_line(text: str) -> str:
    """Text safe inside a Markdown heading or emphasis: one line, its markup characters escaped."""
    out = " ".join(text.split())
    for ch in "\\*_`#[]<>":
        out = out.replace(ch, "\\" + ch)
    return out
