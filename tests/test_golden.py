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


def test_a_whole_body_label_sees_a_paragraph_lost_between_the_first_and_last_words() -> None:
    """The first and last eight words cannot see a middle paragraph dropped; the whole body can."""
    page_path = next(p for p in fixture_pages() if any(a.get("body") for a in load_label(p)["articles"]))
    label = load_label(page_path)
    page = newsclean.extract(page_path.read_text(encoding="utf-8"), fetched_at=fetched(label))
    k = next(i for i, a in enumerate(label["articles"]) if a.get("body"))
    want = label["articles"][k]["body"].split("\n\n")
    label["articles"][k]["body"] = "\n\n".join([want[0], "A paragraph the page never printed.", *want[1:]])
    assert any("field 'body'" in p for p in compare(label, page))
