"""``newsclean rules test``, ``newsclean rules suggest`` and the notes ``show`` prints.

Sites, towns and stories are invented for the tests.
"""

from __future__ import annotations

import random
import re
import tomllib
from pathlib import Path

import pytest

import newsclean
from newsclean.cli import main

PAGE = """Coast Post Daily
Pier toll scrapped after a long campaign by anglers
The council scrapped the pier toll on Monday, to the relief of the anglers who use it.
Anglers had campaigned against the toll since it was raised two years ago.
Source: Valley Gazette
Try the Harbour Quiz
"""
RULES = """
[[line]]
id = "coast.masthead"
note = "The site's name over every page"
text = ["Coast Post Daily"]

[[line]]
id = "coast.quiz"
text = ["Try the Harbour Quiz"]

[[field]]
id = "coast.source"
line = ["Source: {outlet}"]
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_rules_test_prints_what_the_file_changes_per_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = _write(tmp_path, "coast.toml", RULES)
    page = _write(tmp_path, "pier.txt", PAGE)
    same = _write(tmp_path, "other.txt", "Mill reopens\nThe mill in Olden reopened on Friday after repairs.\n")
    assert main(["rules", "test", str(rules), str(page), str(same)]) == 0
    out = capsys.readouterr().out
    pier, other = out.split(f"{same}\n")
    assert pier.startswith(f"{page}\n")
    assert "  removed now (3):\n" in pier
    assert "    + [coast.masthead] 'Coast Post Daily'\n" in pier
    assert "    + [coast.quiz] 'Try the Harbour Quiz'\n" in pier
    assert "    + [coast.source] 'Source:'\n" in pier
    # without the file the masthead reads as the story's outlet (a paper's name over its
    # headline, names.paper_name); the file's source line names another
    assert "    outlet: 'Coast Post Daily' -> 'Valley Gazette'\n" in pier
    assert other.startswith("  no change\n")
    assert out.rstrip().endswith(f"2 page(s), 1 changed by {rules}")


def test_rules_test_reports_a_rule_file_that_does_not_load(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = _write(tmp_path, "bad.toml", '[[date]]\nformat = "%d.%m.%Y"\nexample = "31.02.2025"\n')
    page = _write(tmp_path, "pier.txt", PAGE)
    assert main(["rules", "test", str(bad), str(page)]) == 2
    assert "bad.toml:3: date[0].example" in capsys.readouterr().err


def test_rules_test_counts_unreadable_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = _write(tmp_path, "coast.toml", RULES)
    assert main(["rules", "test", str(rules), str(tmp_path / "missing.txt")]) == 3
    captured = capsys.readouterr()
    assert "cannot read" in captured.err and "1 unreadable" in captured.out


def test_show_prints_each_rules_note_once_under_its_first_removal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = _write(tmp_path, "coast.toml", RULES)
    page = _write(tmp_path, "pier.txt", PAGE + "Coast Post Daily\n")
    assert main(["--rules", str(rules), "show", str(page), "--plain"]) == 0
    removed = capsys.readouterr().out.split("\nremoved:\n")[1]
    assert removed.count("      why: The site's name over every page\n") == 1
    first = removed.index("[coast.masthead]")
    assert removed.index("why: The site's name over every page") > first
    assert "[coast.quiz]" in removed and removed.count("why:") >= 1


# --- suggest --------------------------------------------------------------------------------------

TOWNS = ["Olden", "Varnholm", "Kessel", "Port Avelin", "North Bay", "Lindqvist", "Halden", "Millbrook"]
THINGS = ["pier", "library", "ferry", "school roof", "mill", "harbour wall", "bus depot", "market hall"]
OUTLETS = ["Valley Gazette", "Metro Wire", "Coast Post", "Northern Times"]


def _site_page(k: int) -> str:
    """A page of an invented site: furniture that recurs, a story that does not."""
    r = random.Random(k)
    town, thing = TOWNS[k % len(TOWNS)], THINGS[(3 * k) % len(THINGS)]
    title = f"{town} votes to rebuild its {thing} after the winter storms"
    body = [
        f"The council in {town} voted on {r.choice(['Monday', 'Tuesday', 'Friday'])} to rebuild the {thing}.",
        f"Repairs to the {thing} will cost {r.randint(2, 90)} million and take {r.randint(2, 9)} months, officials said.",
        f"Residents of {town} had asked for the work since the storms of {r.randint(2001, 2020)}.",
    ]
    return "\n".join(
        [
            "Harbour Hub Top Picks",
            f"{title} | Harbour Hub",
            body[0],
            f"Gallery: {r.randint(2, 40)} photos",
            *body[1:],
            f"Source: {OUTLETS[k % len(OUTLETS)]}",
            "Share this story",
            "Listen to the Harbour Hub podcast",
        ]
    )


def test_suggest_drafts_rules_from_what_recurs_across_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = [_write(tmp_path, f"page-{k}.txt", _site_page(k)) for k in range(8)]
    assert main(["rules", "suggest", *map(str, pages), "--host", "www.harbourhub.example"]) == 0
    draft = capsys.readouterr().out
    data = tomllib.loads(draft)
    assert data["site"] == {"hosts": ["www.harbourhub.example"]}
    lines = {t for entry in data["line"] for t in entry.get("text", [])}
    assert {"Harbour Hub Top Picks", "Listen to the Harbour Hub podcast"} <= lines
    assert "Share this story" not in lines  # the bundled rules remove it already
    (counts,) = [p for entry in data["line"] for p in entry.get("regex", [])]
    assert re.fullmatch(counts, "Gallery: 7 photos") and re.fullmatch(counts, "Gallery: 31 photos")
    assert [f["line"] for f in data["field"] if "line" in f] == [["Source: {outlet}"]]
    # the same suffix on every page, and the outlet on a line of its own: the site's name, dropped
    assert [f["title_suffix"] for f in data["field"] if "title_suffix" in f] == [[" | {_}"]]
    assert all(entry["id"].startswith("harbourhub.") for entry in [*data["line"], *data["field"]])
    assert "on 8 of 8 pages (page-0.txt, page-1.txt, page-2.txt, ...)" in draft
    for story in (_site_page(k) for k in range(8)):  # no story line is proposed
        assert not any(line in draft for line in story.splitlines()[2:6] if not line.startswith("Gallery"))
    path = _write(tmp_path, "draft.toml", draft)
    rules = newsclean.load_rules(path)
    page = newsclean.extract(_site_page(3), url="https://www.harbourhub.example/story/x", rules=rules)
    assert page.articles[0].title == "Port Avelin votes to rebuild its library after the winter storms"
    assert page.articles[0].outlet == "Northern Times"
    assert len(page.articles) == 1


def test_suggest_proposes_a_header_place_and_asks_for_unread_dates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    examples = Path(__file__).resolve().parent.parent / "docs" / "examples" / "newshive"
    pages = sorted(str(p) for p in examples.glob("*.txt"))
    assert main(["rules", "suggest", *pages]) == 0
    draft = capsys.readouterr().out
    assert '[layout]\nheader = "after"' in draft
    assert "# dates like '" in draft and "@" in draft
    assert tomllib.loads(draft)["ruleset"]["name"] == "mysite"


def test_suggest_needs_pages_enough_to_see_what_recurs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = [str(_write(tmp_path, f"page-{k}.txt", _site_page(k))) for k in range(2)]
    assert main(["rules", "suggest", *pages]) == 2
    assert "at least 3 readable pages" in capsys.readouterr().err
