"""Every heuristic threshold is named in one place, explained, and read by the code."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from conftest import ROOT

import newsclean.thresholds as thresholds


def _reference() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_reference", ROOT / "docs" / "gen_reference.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_every_threshold_has_a_comment_saying_why() -> None:
    rows = [row for _, group in _reference()._threshold_groups() for row in group]
    names = {name for name, *_ in rows}
    public = {n for n in vars(thresholds) if n.isupper()}
    assert names == public, "a constant outside the '# -- section --' layout of thresholds.py"
    bare = [name for name, _, _, comment in rows if len(comment.split()) < 5]
    assert not bare, f"thresholds without a comment saying what they guard: {bare}"


def test_every_threshold_is_read_by_the_package() -> None:
    reference = _reference()
    unused = [n for n in vars(thresholds) if n.isupper() and not reference._used_in(n)]
    assert not unused, f"thresholds no module reads: {unused}"
