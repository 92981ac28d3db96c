"""Write the generated reference pages: the CLI help (docs/cli.md) and the JSON Schema
(docs/schema.json), both from the code itself. The test suite checks they are current;
run ``python docs/gen_reference.py`` after changing the CLI or the models."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ["COLUMNS"] = "100"  # argparse wraps help to the terminal: fix it so output is stable

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS.parent))

from newsclean.cli import build_parser, page_schema  # noqa: E402
from newsclean.rows import COLUMNS  # noqa: E402


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


def schema_json() -> str:
    return json.dumps(page_schema(), indent=2) + "\n"


def main() -> None:
    (DOCS / "cli.md").write_text(cli_markdown(), encoding="utf-8")
    (DOCS / "rule-ids.md").write_text(rule_ids_markdown(), encoding="utf-8")
    (DOCS / "schema.json").write_text(schema_json(), encoding="utf-8")


if __name__ == "__main__":
    main()
