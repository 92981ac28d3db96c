"""The generated reference pages (CLI help, JSON Schema, rule ids, thresholds) match the code."""

from __future__ import annotations

import importlib.util
import sys

from conftest import ROOT


def test_generated_reference_is_current() -> None:
    spec = importlib.util.spec_from_file_location("gen_reference", ROOT / "docs" / "gen_reference.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == module.cli_markdown(), (
        "run python docs/gen_reference.py"
    )
    assert (ROOT / "docs" / "schema.json").read_text(encoding="utf-8") == module.schema_json()
    assert (ROOT / "docs" / "rule-ids.md").read_text(encoding="utf-8") == module.rule_ids_markdown()
    assert (ROOT / "docs" / "thresholds.md").read_text(encoding="utf-8") == module.thresholds_markdown()
