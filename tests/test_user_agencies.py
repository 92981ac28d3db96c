"""A wire agency a user's rule file adds is read by the layout's credit-line shape too.

The credit pass has always looked agencies up in the rule set; the layout's reading of a
lone credit line under each entry of a feed ("BERNAMA") used the bundled files' agencies
only, so a user's own ``[agencies]`` entry reached the body's credits but not the line that
closes each entry. Every name and story here is invented.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import newsclean
from newsclean.layout.shapes import agency_line

WHEN = datetime(2025, 6, 10, 12, tzinfo=UTC)
URL = "https://kessel-news.example/category/national"
ENTRIES = (
    ("Harbour council approves new ferry terminal plan",
     "The harbour council on Tuesday approved a plan for a new ferry terminal on the east quay, officials said."),
    ("Farmers receive seed subsidies under relief package",
     "A total of 4,100 smallholders have received seed subsidies worth two million under the relief package."),
    ("School opening delayed by two weeks in flood areas",
     "Schools in districts hit by last week's floods will reopen two weeks later than planned, the office said."),
)  # fmt: skip
PAGE = "Latest National News\n\n" + "".join(f"{t}\nPORT ELLEN, June 25 -- {s}\nFJORD WIRE\n\n" for t, s in ENTRIES)


def _user_rules(tmp_path: Path) -> newsclean.RuleSet:
    path = tmp_path / "wire.toml"
    path.write_text('[agencies]\n"Fjord Wire" = ["FJORD WIRE", "Fjord"]\n', encoding="utf-8")
    return newsclean.load_rules(path)


def test_a_user_agency_closes_each_entry_as_its_credit(tmp_path: Path) -> None:
    page = newsclean.extract(PAGE, url=URL, fetched_at=WHEN, rules=_user_rules(tmp_path))
    assert [a.title for a in page.articles] == [t for t, _ in ENTRIES]
    assert all(a.credits == ["Fjord Wire"] and a.category is None for a in page.articles)
    assert all("FJORD WIRE" not in a.body for a in page.articles)
    assert sum(r.rule == "layout.credit-line" for r in page.removed) == len(ENTRIES)


def test_without_the_user_file_the_same_line_is_no_credit() -> None:
    # near miss: an agency no rule file names is not read as one
    page = newsclean.extract(PAGE, url=URL, fetched_at=WHEN)
    assert not any(r.rule == "layout.credit-line" for r in page.removed)
    assert all(a.credits == [] for a in page.articles)


def test_the_rule_sets_agencies_reach_the_layout_hints(tmp_path: Path) -> None:
    hints = _user_rules(tmp_path).layout
    assert hints.agencies is not None
    assert agency_line("FJORD WIRE", hints.agencies) and agency_line("- Reuters", hints.agencies)
    assert not agency_line("FJORD WIRE")  # the bundled files' agencies alone
