"""Shared fixtures: the fixture pages shipped in ``fixtures/`` (never ``../shared``)."""

from __future__ import annotations

import json
import os
import socket
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

import newsclean
import newsclean.pipeline

# The safety net in extract() must not hide bugs from the tests: every call that passes no
# options runs strict. Set here, at import, for the whole session (the options are immutable;
# the library never changes its default), so that forked batch workers and in-process CLI
# runs get it too; the test of the safety net itself passes Options(strict=False).
newsclean.pipeline.DEFAULT_OPTIONS = newsclean.Options(strict=True)
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


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "local_sockets: the test opens sockets on this machine (a Dask cluster)")


@pytest.fixture
def network_attempts(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every attempt to reach a host, each refused: extraction must never open a connection.

    Recorded as well as refused, because the libraries that tried (htmldate through urllib3)
    catch the error themselves: only the record shows the attempt was made.
    """
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network access is disabled in the tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


@pytest.fixture(autouse=True)
def _no_network(request: pytest.FixtureRequest) -> Iterator[None]:
    """The whole suite runs with connections refused; a test that tried fails at its end."""
    if request.node.get_closest_marker("local_sockets"):
        yield
        return
    attempts: list[object] = request.getfixturevalue("network_attempts")
    yield
    assert not attempts, f"a connection was attempted: {attempts[0]!r}"
