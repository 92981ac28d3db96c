"""Every fixture page extracts to its reviewed label, field by field."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import FIXTURES, fetched, fixture_pages, load_label
from golden import compare

import newsclean


def test_there_are_enough_fixtures() -> None:
    pages = fixture_pages()
    assert len([p for p in pages if p.parent.name == "seeds"]) == 5
    assert len([p for p in pages if p.parent.name == "pages"]) >= 20


def test_fixture_matches_golden(fixture_page: Path) -> None:
    label = load_label(fixture_page)
    page = newsclean.extract(fixture_page.read_text(encoding="utf-8"), fetched_at=fetched(label))
    problems = compare(label, page)
    assert not problems, "\n".join(problems)


def test_written_pages_are_up_to_date() -> None:
    """The committed fixture pages are what fixtures/build_pages.py builds."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_pages", FIXTURES / "build_pages.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    for name, (text, label) in module.build().items():
        assert (FIXTURES / "pages" / f"{name}.txt").read_text(encoding="utf-8") == text, name
        assert (FIXTURES / "pages" / f"{name}.json").read_text(encoding="utf-8") == label, name
