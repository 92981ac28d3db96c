"""Layouts of the open web drawn at random (``tests/layoutgen.py``): every entry found again.

A failure names the seed, so ``layoutgen.page(seed)`` rebuilds the page to look at.
"""

from __future__ import annotations

from datetime import datetime

import layoutgen
import pytest
from golden import compare

import newsclean

PAGES = 300
BATCH = 25


@pytest.mark.parametrize("first", range(0, PAGES, BATCH))
def test_generated_layouts_extract_to_their_labels(first: int) -> None:
    problems: list[str] = []
    for seed in range(first, first + BATCH):
        text, label = layoutgen.page(seed)
        page = newsclean.extract(text, url=label["url"], fetched_at=datetime.fromisoformat(label["fetched_at"]))
        problems += [f"seed {seed}: {p}" for p in compare(label, page)]
    assert not problems, "\n".join(problems)
