"""Shared fixtures: the fixture pages shipped in ``fixtures/`` (never ``../shared``)."""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

os.environ["NEWSCLEAN_STRICT"] = "1"  # the safety net in extract() must not hide bugs from the tests
settings.register_profile("ci", max_examples=60)
settings.register_profile("thorough", max_examples=3000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
sys.path.insert(0, str(Path(__file__).parent))


def fixture_pages() -> list[Path]:
    return sorted(FIXTURES.glob("*/*.txt"))


def load_label(txt: Path) -> dict[str, Any]:
    label: dict[str, Any] = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    return label


def fetched(label: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(label["fetched_at"])


@pytest.fixture(params=fixture_pages(), ids=lambda p: p.stem)
def fixture_page(request: pytest.FixtureRequest) -> Path:
    path: Path = request.param
    return path
