"""``extract(..., trace=True)``: every decision recorded with a registered rule id; nothing when off."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import newsclean
from newsclean.ruleids import RULE_IDS

WHEN = datetime(2025, 6, 10, 12, tzinfo=UTC)
LISTING = (
    "Harbour News\n"
    "Ferry fares to rise by a tenth in May\nCoast Post - June 9, 2025\n"
    "The ferry operator said on Tuesday that fares would rise by a tenth from May.\n"
    "Orchard growers test frost fans on the slopes\nValley Gazette - June 8, 2025\n"
    "Growers in Kessel tested frost fans on Monday, the co-operative said.\n"
    "Old mill to become a public library\nNorthern Times - June 7, 2025\n"
    "The district council voted on Friday to turn the old mill into a library.\n"
)
URL = "https://kessel-news.example/tag/harbour"
_RULE_FILE_ID = re.compile(r"(daily8|common|web|listing)\.[a-z0-9-]+")


def test_nothing_is_traced_unless_asked() -> None:
    assert newsclean.extract(LISTING, url=URL, fetched_at=WHEN).trace == []


def test_the_trace_does_not_change_the_result() -> None:
    plain = newsclean.extract(LISTING, url=URL, fetched_at=WHEN)
    traced = newsclean.extract(LISTING, url=URL, fetched_at=WHEN, trace=True)
    assert traced.model_dump(exclude={"trace"}) == plain.model_dump(exclude={"trace"})


def test_each_entry_says_why_it_opened_and_where_its_fields_came_from() -> None:
    page = newsclean.extract(LISTING, url=URL, fetched_at=WHEN, trace=True)
    assert page.kind == "listing" and len(page.articles) == 3
    opened = [e for e in page.trace if e.decision.startswith("opens entry")]
    assert [e.text for e in opened] == [a.title for a in page.articles]
    assert all(e.rule == "layout.anchor-teaser" for e in opened)
    kinds = [e for e in page.trace if e.decision == "page kind: listing"]
    assert kinds and kinds[0].rule == "layout.kind-url-listing"
    outlets = {e.text for e in page.trace if e.rule == "field.outlet"}
    assert outlets == {"Coast Post", "Valley Gazette", "Northern Times"}
    text = newsclean.normalize(LISTING)
    for e in page.trace:  # offsets point at the text the event names
        assert text[e.start : e.end] == e.text, e


def test_every_removal_is_in_the_trace_and_every_rule_is_known() -> None:
    page = newsclean.extract(LISTING.replace("Harbour News\n", "Latest articles\n"), url=URL, trace=True)
    removed = {(r.rule, r.start, r.text) for r in page.removed}
    traced = {(e.rule, e.start, e.text) for e in page.trace if e.decision == "removed"}
    assert removed and removed == traced
    for e in page.trace:
        assert e.rule in RULE_IDS or _RULE_FILE_ID.fullmatch(e.rule), e.rule


def test_show_prints_the_trace(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(LISTING, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "newsclean", "show", str(page), "--url", URL, "--trace", "--plain"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "trace (offset, rule, decision, text):" in out.stdout
    assert "layout.anchor-teaser" in out.stdout and "opens entry 1 as its title" in out.stdout
