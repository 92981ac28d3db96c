"""Write the generated reference pages: the CLI help (docs/cli.md), the JSON Schema
(docs/schema.json), the rule ids (docs/rule-ids.md) and the thresholds (docs/thresholds.md),
all from the code itself. The test suite checks they are current; run
``python docs/gen_reference.py`` after changing the CLI, the models, the rule ids or a
threshold."""

from __future__ import annotations

import ast
import json
import os
import re
import sys
from pathlib import Path

os.environ["COLUMNS"] = "100"  # argparse wraps help to the terminal: fix it so output is stable

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS.parent))

import newsclean  # noqa: E402
from newsclean.cli import build_parser, page_schema  # noqa: E402
from newsclean.rows import COLUMNS  # noqa: E402

# The package's source files, read for the thresholds and their readers: the checkout's
# folder when there is one, else the installed package's (the mypyc-compiled build is tested
# from a folder without the source package, and its wheel ships the .py files beside the .so).
SOURCE = DOCS.parent / "newsclean"
if not SOURCE.is_dir():
    SOURCE = Path(newsclean.__file__).resolve().parent


def cli_markdown() -> str:
    parser = build_parser()
    parts = [
        "# Command line\n",
        "Generated from the command's own `--help` by `docs/gen_reference.py`.\n",
        "```text\n" + parser.format_help().replace("\r", "") + "```\n",
    ]
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, p in sub.choices.items():  # type: ignore[attr-defined]
        parts.append(f"## newsclean {name}\n")
        parts.append("```text\n" + p.format_help() + "```\n")
    parts.append(columns_markdown())
    return "\n".join(parts)


def columns_markdown() -> str:
    rows = "\n".join(f"| `{name}` | `{kind}` | {meaning} |" for name, kind, meaning in COLUMNS)
    return (
        "## Columns of Parquet and CSV output\n\n"
        "One row per article (`newsclean.to_rows(page)` gives the same rows in Python); a page\n"
        "without articles gives one row with the article columns empty, so every input and its\n"
        "warnings are in the table. In CSV, lists, maps and structs are JSON and times ISO 8601.\n\n"
        "| column | type | meaning |\n|---|---|---|\n" + rows + "\n"
    )


def rule_ids_markdown() -> str:
    from newsclean.ruleids import RULE_IDS

    rows = "\n".join(f"| `{rid}` | {what} |" for rid, what in RULE_IDS.items())
    return (
        "# Rule ids\n\n"
        "Generated from `newsclean/ruleids.py` by `docs/gen_reference.py`. Every removal in\n"
        "`Page.removed` and every decision in `Page.trace` names one of these ids, or the id of a\n"
        "rule-file entry (`daily8.*`, `common.*`, `web.*`, `listing.*`, your own; see [Rule files](rules.md)).\n"
        "Each id is emitted from one function of the code.\n\n"
        "| id | meaning |\n|---|---|\n" + rows + "\n"
    )


def _options_rows() -> list[tuple[str, str, str]]:
    """``Options``' fields, defaults and docstrings, read from ``newsclean/options.py``."""
    from dataclasses import fields

    from newsclean.options import Options

    tree = ast.parse((SOURCE / "options.py").read_text(encoding="utf-8"))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Options")
    docs: dict[str, str] = {}
    for a, b in zip(cls.body, cls.body[1:], strict=False):
        if isinstance(a, ast.AnnAssign) and isinstance(a.target, ast.Name) and isinstance(b, ast.Expr):
            if isinstance(b.value, ast.Constant) and isinstance(b.value.value, str):
                docs[a.target.id] = " ".join(b.value.value.split())
    return [(f.name, repr(f.default), docs.get(f.name, "")) for f in fields(Options)]


def _threshold_groups() -> list[tuple[str, list[tuple[str, str, str, str]]]]:
    """(section, [(name, value, source expression, comment)]) from ``newsclean/thresholds.py``:
    a constant's comment is the comment block over its group of constants, and its own
    trailing comment."""
    import newsclean.thresholds as th

    lines = (SOURCE / "thresholds.py").read_text(encoding="utf-8").split("\n")
    body = lines[next(i for i, line in enumerate(lines) if line.startswith("from typing import Final")) + 1 :]
    sections: list[tuple[str, list[tuple[str, str, str, str]]]] = []
    comment: list[str] = []
    after_const = False
    for line in body:
        head = re.match(r"# -- (.+?) -+$", line)
        const = re.match(r"([A-Z][A-Z0-9_]*): Final = (.+?)(?:  # (.*))?$", line)
        if head:
            sections.append((head.group(1), []))
            comment, after_const = [], False
        elif const and sections:
            name, expr, own = const.group(1), const.group(2), const.group(3) or ""
            value = getattr(th, name)
            shown = f"{value:g}" if isinstance(value, float) else str(value)
            sections[-1][1].append((name, shown, expr, " ".join([*comment, own]).strip()))
            after_const = True
        elif line.startswith("#"):
            if after_const:
                comment, after_const = [], False
            comment.append(line[1:].strip())
        else:  # a blank line ends a group
            comment, after_const = [], False
    return sections


def _used_in(name: str) -> str:
    """The modules that read ``name``, as ``stage/module`` without ``.py``."""
    pattern = re.compile(rf"\b{name}\b")
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        if path.name == "thresholds.py":
            continue
        text = path.read_text(encoding="utf-8")
        if pattern.search(text):
            found.append(str(path.relative_to(SOURCE).with_suffix("")))
    return ", ".join(f"`{f}`" for f in found)


def _cell(text: str) -> str:
    """Table-cell text: Sphinx roles and double backticks as plain code, pipes escaped."""
    text = re.sub(r":\w+:`~?(?:[\w.]+\.)?(\w+)`", r"`\1`", text).replace("``", "`")
    return text.replace("|", "\\|")


def _commits_cited() -> str:
    """The comment block in ``newsclean/thresholds.py`` that says what each cited commit was."""
    lines = (SOURCE / "thresholds.py").read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith('# "Set in <commit>"'))
    end = next(i for i in range(start, len(lines)) if not lines[i].startswith("#"))
    return "\n".join(line[2:] for line in lines[start:end])


def thresholds_markdown() -> str:
    parts = [
        "# Thresholds\n",
        "Generated from `newsclean/thresholds.py` by `docs/gen_reference.py`. Every number a reading",
        "decision of newsclean turns on is one of these named constants; the stages import them and",
        "compare with no inline number (ruff's `PLR2004` is on for the package, so a new inline",
        "threshold fails `make lint`). Each comment says what the number guards and the evidence for",
        'its value: the pages or corpus measured, or the commit that set it ("Set in ..."), or that',
        "it was chosen by hand. The module's comments say which corpus each cited commit was checked on.\n",
        "## What you can change, and how\n",
        "Per call, without touching the code: the fields of `newsclean.Options` (see [API](api.md)):\n",
        "| option | default | what it does |\n|---|---|---|",
    ]
    parts += [f"| `{n}` | `{d}` | {_cell(doc)} |" for n, d, doc in _options_rows()]
    parts += [
        "",
        "Per site: the rule files (phrases, outlets, agencies, photo services, layout hints; see",
        "[Rule files](rules.md)), passed with `--rules` or `load_rules()`.\n",
        "The thresholds below are not settings: they are what the heuristics were written and tuned",
        "with, and a changed value changes what is read on every page. To change one, edit",
        "`newsclean/thresholds.py` in a checkout, rerun `python benchmarks/output_hash.py --compare`",
        "against the old code's hashes to see which pages change, and the scores in",
        "[Accuracy and speed](accuracy.md) to see whether they changed for the better; then",
        "`python docs/gen_reference.py` to regenerate this page. (They are read once, at import, into",
        "each module that uses them; assigning to `newsclean.thresholds.X` at run time changes nothing.)\n",
    ]
    parts += ["## Commits cited\n", "```text", _commits_cited(), "```\n"]
    for title, rows in _threshold_groups():
        parts.append(f"## {title}\n")
        parts.append("| constant | value | used in | what it guards, and the evidence |\n|---|---|---|---|")
        for name, shown, expr, comment in rows:
            value = shown if expr.replace("_", "") == shown else f"{shown} (`{expr}`)"
            parts.append(f"| `{name}` | {value} | {_used_in(name)} | {_cell(comment)} |")
        parts.append("")
    return "\n".join(parts)


def schema_json() -> str:
    return json.dumps(page_schema(), indent=2) + "\n"


def main() -> None:
    (DOCS / "cli.md").write_text(cli_markdown(), encoding="utf-8")
    (DOCS / "rule-ids.md").write_text(rule_ids_markdown(), encoding="utf-8")
    (DOCS / "schema.json").write_text(schema_json(), encoding="utf-8")
    (DOCS / "thresholds.md").write_text(thresholds_markdown(), encoding="utf-8")


if __name__ == "__main__":
    main()
