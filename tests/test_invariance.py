"""The same page saved differently (line endings, spaces, BOM, tabs, separators) gives the
same titles and bodies."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import fetched, load_label

import newsclean

PERTURBATIONS: dict[str, Callable[[str], str]] = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "cr": lambda t: t.replace("\n", "\r"),
    "trailing-spaces": lambda t: t.replace("\n", "   \n"),
    "nbsp": lambda t: t.replace(" ", "\u00a0"),
    "bom": lambda t: "\ufeff" + t,
    "tabs": lambda t: t.replace("\n", "\t\n"),
    "line-separators": lambda t: t.replace("\n", "\u2028"),
}


def essence(page: newsclean.Page) -> list[tuple[str, str | None, str]]:
    return [(a.role, a.title, a.body) for a in page.articles]


@pytest.mark.parametrize("name", sorted(PERTURBATIONS))
def test_perturbation_keeps_titles_and_bodies(fixture_page: Path, name: str) -> None:
    label = load_label(fixture_page)
    raw = fixture_page.read_text(encoding="utf-8")
    want = essence(newsclean.extract(raw, fetched_at=fetched(label)))
    got = essence(newsclean.extract(PERTURBATIONS[name](raw), fetched_at=fetched(label)))
    assert got == want


def fields(page: newsclean.Page) -> list[tuple[object, ...]]:
    return [
        (a.role, a.title, a.outlet, a.byline, a.dateline, a.credits, a.captions, a.category, a.body)
        for a in page.articles
    ]


def test_two_spaces_after_a_full_stop_change_no_field(fixture_page: Path) -> None:
    """Pages typed with two spaces after a sentence: captions, datelines and titles all hold."""
    label = load_label(fixture_page)
    raw = fixture_page.read_text(encoding="utf-8")
    want = fields(newsclean.extract(raw, fetched_at=fetched(label)))
    got = fields(newsclean.extract(raw.replace(". ", ".  "), fetched_at=fetched(label)))
    assert got == want
