"""Issue #22, first contact: each defect a new user met on a fresh clone, as a test that
failed before its fix (numbered as in the issue), then the conventions users bring from
trafilatura, pandas and Common Crawl tooling (stdin, sniffed files, WARC/WET, CSV, Markdown,
typed Parquet)."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import pty
import re
import select
import socket
import subprocess
import sys
import time
import tomllib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT

import newsclean

# Pages written for these tests: a relative time glued to its outlet, and a US stamp with a zone.
RELATIVE = """Lantern festival returns to Brenmoor after a six-year pause
Lantern festival returns to Brenmoor after a six-year pause

Valley Courier3 hours ago

BRENMOOR — Volunteers hung four hundred paper lanterns along the canal on Friday for the first festival since the bridge repairs.
Organiser Tamsin Roe said the lanterns were made in school workshops over the winter.
"""
STAMPED = """Ferry timetable changes for the summer season
Ferry timetable changes for the summer season

Harbour Ledger
{stamp}

ORLEN BAY — The island ferry will run twice an hour from the first week of July, the operator said on Wednesday.
Tickets bought for the old timetable stay valid until the end of the month.
"""
HTML = """<!doctype html><html><head><title>Quarry pond opens for swimmers</title></head><body>
<article><h1>Quarry pond opens for swimmers</h1>
<p>The flooded quarry at Tessly opens to swimmers on Saturday after the council tested the water all spring.</p>
<p>Lifeguards will watch the pond from ten until six, and the car park has been doubled in size.</p>
</article></body></html>"""
LISTING = FIXTURES / "pages" / "03_hashtag_listing_bullets.txt"
WHEN = "2025-06-12T12:00:00+00:00"


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args],
        input=stdin,
        capture_output=True,
        env=env,
        cwd=cwd,
        timeout=300,
    )


def one_line_error(proc: subprocess.CompletedProcess[bytes]) -> str:
    """The run's stderr, which must be one line (no traceback)."""
    err = proc.stderr.decode()
    assert "Traceback" not in err, err
    assert len(err.strip().splitlines()) == 1, err
    return err.strip()


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# 1. set-up: the command on PATH, a quiet runtime install, metadata without deprecations


def test_1_packaging_metadata_uses_forms_setuptools_does_not_deprecate() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert isinstance(project["license"], str), "project.license as a table is deprecated: an SPDX string"
    assert not [c for c in project["classifiers"] if c.startswith("License ::")], "license classifiers are deprecated"


def _make_dry_run(target: str) -> str:
    proc = subprocess.run(
        ["make", "-n", "-B", target, "VENV=/nonexistent-venv"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_1_make_run_installs_the_runtime_only_and_make_test_the_dev_tools() -> None:
    run = _make_dry_run("run")
    installs = [line for line in run.splitlines() if "pip install" in line and " -e " in line]
    assert installs and not any("dev" in line for line in installs), run
    assert "activate" in run, "make run says how to get newsclean on PATH"
    assert any("'.[dev]'" in line for line in _make_dry_run("test").splitlines() if "pip install" in line)


def test_1_readme_and_quickstart_say_how_to_get_the_command() -> None:
    head = "\n".join((ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:12])
    assert "make run" in head and "make test" in head
    assert "source .venv/bin/activate" in head
    quick = (ROOT / "docs" / "quickstart.md").read_text(encoding="utf-8")
    assert not re.search(r"^pip install newsclean\b", quick, re.M), "not on PyPI before a release"


# 2. relative times left unresolved: the summary says so, naming the flag


def test_2_summary_counts_pages_with_unresolved_relative_times(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(RELATIVE, encoding="utf-8")
    (src / "b.txt").write_text(RELATIVE.replace("3 hours", "5 hours"), encoding="utf-8")
    (src / "c.txt").write_text(STAMPED.format(stamp="June 11, 2025 at 10:00 AM ET"), encoding="utf-8")
    proc = run_cli("convert", str(src), "-o", str(tmp_path / "out.jsonl"), "--quiet")
    assert proc.returncode == 0
    summary = proc.stderr.decode()
    assert "3 page(s) converted" in summary
    assert "2 with relative times left unresolved" in summary and "--fetched-at" in summary
    warnings = [w for r in read_jsonl(tmp_path / "out.jsonl") for w in r["page"]["warnings"]]  # type: ignore[index]
    assert len(warnings) == 2 and all("--fetched-at" in w for w in warnings)
    proc = run_cli("convert", str(src), "-o", str(tmp_path / "out.jsonl"), "--quiet", "--fetched-at", WHEN)
    assert "unresolved" not in proc.stderr.decode()


# 3. the output's format follows its name; Parquet cannot go to stdout


def test_3_parquet_to_stdout_is_a_usage_error_and_writes_no_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(RELATIVE, encoding="utf-8")
    proc = run_cli("convert", "a.txt", "-o", "-", "--format", "parquet", cwd=tmp_path)
    assert proc.returncode == 2
    assert "parquet" in one_line_error(proc)
    assert not (tmp_path / "-").exists()


def test_3_output_suffix_picks_the_format(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(RELATIVE, encoding="utf-8")
    for name, magic in (("x.parquet", b"PAR1"), ("x.jsonl", b'{"source"'), ("x.jsonl.gz", b"\x1f\x8b")):
        proc = run_cli("convert", "a.txt", "-o", name, "--quiet", cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        assert (tmp_path / name).read_bytes().startswith(magic), name
    assert gzip.decompress((tmp_path / "x.jsonl.gz").read_bytes()).startswith(b'{"source"')
    proc = run_cli("convert", "a.txt", "-o", "x.csv", "--quiet", cwd=tmp_path)
    assert proc.returncode == 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "x.csv").read_text(encoding="utf-8"))))
    assert rows[0]["title"] == "Lantern festival returns to Brenmoor after a six-year pause"
    proc = run_cli("convert", "a.txt", "-o", "x.md", "--quiet", cwd=tmp_path)
    assert (tmp_path / "x.md").read_text(encoding="utf-8").startswith("# Lantern festival returns")


def test_3_parquet_without_pyarrow_is_a_usage_error_that_opens_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(RELATIVE, encoding="utf-8")
    (tmp_path / "block").mkdir()
    (tmp_path / "block" / "pyarrow.py").write_text("raise ImportError('no pyarrow here')\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": f"{tmp_path / 'block'}{os.pathsep}{ROOT}"}
    proc = subprocess.run([sys.executable, "-m", "newsclean", "convert", "a.txt", "-o", "x.parquet", "--errors",
                           "e.jsonl"], cwd=tmp_path, capture_output=True, env=env, timeout=120)  # fmt: skip
    assert proc.returncode == 2 and "pip install 'newsclean[parquet]'" in one_line_error(proc)
    assert not (tmp_path / "x.parquet").exists() and not (tmp_path / "e.jsonl").exists()


def test_3_an_unknown_output_suffix_without_format_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(RELATIVE, encoding="utf-8")
    proc = run_cli("convert", "a.txt", "-o", "x.xlsx", cwd=tmp_path)
    assert proc.returncode == 2 and "--format" in one_line_error(proc)
    assert not (tmp_path / "x.xlsx").exists()


# 4. stdin


def test_4_show_reads_stdin() -> None:
    proc = run_cli("show", "-", "--plain", stdin=RELATIVE.encode())
    assert proc.returncode == 0, proc.stderr
    assert "MAIN: Lantern festival returns to Brenmoor" in proc.stdout.decode()


def test_4_convert_reads_a_page_records_or_gzip_from_stdin(tmp_path: Path) -> None:
    proc = run_cli("convert", "-", "-o", "-", "--fetched-at", WHEN, stdin=RELATIVE.encode())
    assert proc.returncode == 0, proc.stderr
    (rec,) = [json.loads(line) for line in proc.stdout.splitlines()]
    assert rec["source"] == "-" and rec["page"]["articles"][0]["published_at"] == "2025-06-12T09:00:00Z"
    records = b"".join(json.dumps({"text": t, "url": f"https://example.org/{i}"}).encode() + b"\n"
                       for i, t in enumerate((RELATIVE, HTML)))  # fmt: skip
    proc = run_cli("convert", "-", "-o", "-", stdin=gzip.compress(records))
    assert proc.returncode == 0, proc.stderr
    got = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["source"] for r in got] == ["-#1", "-#2"]
    assert [r["page"]["url"] for r in got] == ["https://example.org/0", "https://example.org/1"]


# 5. show on a record file shows a record's page


def test_5_show_reads_a_record_of_a_record_file(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(
        json.dumps({"text": STAMPED.format(stamp="June 11, 2025")}) + "\n" + json.dumps({"text": RELATIVE}) + "\n",
        encoding="utf-8",
    )
    proc = run_cli("show", str(path), "--plain")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    assert "MAIN: Ferry timetable changes for the summer season" in out and '{"text"' not in out
    assert "record 1 of 2" in proc.stderr.decode()
    for spelled in (f"{path}#2", str(path) + " --record 2"):
        proc = run_cli("show", *spelled.split(" "), "--plain")
        assert "MAIN: Lantern festival returns" in proc.stdout.decode(), spelled
    proc = run_cli("show", f"{path}#9")
    assert proc.returncode == 3 and "2 records" in one_line_error(proc)


def test_5_show_on_convert_output_says_what_the_file_is(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(RELATIVE, encoding="utf-8")
    assert run_cli("convert", "a.txt", "-o", "out.jsonl", "--quiet", cwd=tmp_path).returncode == 0
    proc = run_cli("show", "out.jsonl", cwd=tmp_path)  # what a new user tries next
    err = proc.stderr.decode()
    assert proc.returncode == 3 and "Traceback" not in err
    assert "newsclean convert wrote" in err and "'html'" not in err, err
    (tmp_path / "other.jsonl").write_text(json.dumps({"body": RELATIVE}) + "\n", encoding="utf-8")
    proc = run_cli("show", "other.jsonl", cwd=tmp_path)
    assert "'text' or 'html'" in proc.stderr.decode() and "--text-field" in proc.stderr.decode()


# 6. saved pages under any name: content sniffed


def test_6_a_folder_of_saved_pages_under_any_name(tmp_path: Path) -> None:
    src = tmp_path / "saved"
    src.mkdir()
    (src / "story.php").write_text(HTML, encoding="utf-8")
    (src / "story2.xhtml").write_text(HTML, encoding="utf-8")
    (src / "notes.md").write_text(RELATIVE, encoding="utf-8")
    (src / "index").write_text(RELATIVE, encoding="utf-8")  # no extension
    (src / "packed.txt").write_bytes(gzip.compress(RELATIVE.encode()))  # gzip under a plain name
    (src / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(200))
    out = tmp_path / "out.jsonl"
    proc = run_cli("convert", str(src), "-o", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    got = {Path(str(r["source"])).name: r["page"] for r in read_jsonl(out)}
    assert set(got) == {"story.php", "story2.xhtml", "notes.md", "index", "packed.txt"}
    assert got["packed.txt"]["articles"][0]["title"].startswith("Lantern festival")  # type: ignore[index]
    assert "1 other file" in proc.stderr.decode()  # the photo: counted, not silently dropped
    proc = run_cli("convert", str(src), "--glob", "*.php", "-o", str(out), "--quiet")
    assert proc.returncode == 0 and "other file" not in proc.stderr.decode()  # what --glob leaves out was asked for
    assert [Path(str(r["source"])).name for r in read_jsonl(out)] == ["story.php"]


# 7. Parquet with proper types, the page URL and warnings


def test_7_parquet_columns_are_typed(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    pa = pytest.importorskip("pyarrow")
    records = [
        {"text": RELATIVE, "url": "https://example.org/lanterns", "fetched_at": WHEN},
        {"text": STAMPED.format(stamp="June 11, 2025 at 10:00 AM ET"), "url": "https://example.org/ferry"},
        {"text": RELATIVE + "[[nid:4411]]\n"},
    ]
    src = tmp_path / "dump.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out.parquet"
    proc = run_cli("convert", str(src), "-o", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    table = pq.read_table(out)
    schema = table.schema
    assert schema.field("published_at").type == pa.timestamp("us", tz="UTC")
    assert schema.field("byline").type == pa.list_(pa.string())
    assert pa.types.is_map(schema.field("ids").type)
    assert pa.types.is_struct(schema.field("dateline").type)
    assert schema.field("warnings").type == pa.list_(pa.string())
    rows = table.to_pylist()
    assert [r["url"] for r in rows] == ["https://example.org/lanterns", "https://example.org/ferry", None]
    assert rows[0]["published_at"] == datetime(2025, 6, 12, 9, tzinfo=UTC)
    assert rows[1]["published_at"] == datetime(2025, 6, 11, 14, tzinfo=UTC)  # 10:00 EDT
    assert rows[1]["published_utc_offset"] == -240
    assert rows[0]["dateline"] == {"location": "BRENMOOR", "date_text": None, "agency": None}
    assert rows[2]["ids"] == [("nid", "4411")]
    assert rows[2]["warnings"] and "unresolved" in rows[2]["warnings"][0]
    documented = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for name in schema.names:
        assert f"| `{name}` |" in documented, f"column {name} is not in the documented table"


# 8. dates: IANA zones, one date module, seven languages


def test_8_us_zones_follow_daylight_saving_time() -> None:
    when = datetime(2025, 12, 20, tzinfo=UTC)
    june = newsclean.extract(STAMPED.format(stamp="June 11, 2025 at 10:00 AM ET"), fetched_at=when)
    december = newsclean.extract(STAMPED.format(stamp="December 11, 2025 at 10:00 AM ET"), fetched_at=when)
    june_at, dec_at = june.articles[0].published_at, december.articles[0].published_at
    assert june_at is not None and dec_at is not None
    assert june_at.utcoffset() == timedelta(hours=-4)
    assert dec_at.utcoffset() == timedelta(hours=-5)
    pacific = newsclean.extract(STAMPED.format(stamp="Jul 4, 2025 8:30 PM PT"), fetched_at=when).articles[0]
    assert pacific.published_at == datetime(2025, 7, 5, 3, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12. Juni 2025", datetime(2025, 6, 12, tzinfo=UTC)),
        ("12. Juni 2025, 14:30 Uhr", datetime(2025, 6, 12, 14, 30, tzinfo=UTC)),
        ("3 juin 2025", datetime(2025, 6, 3, tzinfo=UTC)),
        ("1er mars 2024", datetime(2024, 3, 1, tzinfo=UTC)),
        ("4 de marzo de 2024", datetime(2024, 3, 4, tzinfo=UTC)),
        ("15 de janeiro de 2025", datetime(2025, 1, 15, tzinfo=UTC)),
        ("7 settembre 2023", datetime(2023, 9, 7, tzinfo=UTC)),
        ("9 mei 2025", datetime(2025, 5, 9, tzinfo=UTC)),
    ],
)
def test_8_absolute_dates_in_seven_languages(text: str, expected: datetime) -> None:
    from newsclean.timeparse import resolve

    assert resolve(text, None) == (expected, False)


@pytest.mark.parametrize(
    ("text", "ago"),
    [
        ("vor 3 Stunden", timedelta(hours=3)),
        ("vor einem Tag", timedelta(days=1)),
        ("il y a 2 jours", timedelta(days=2)),
        ("hace 5 minutos", timedelta(minutes=5)),
        ("há 2 horas", timedelta(hours=2)),
        ("3 ore fa", timedelta(hours=3)),
        ("2 uur geleden", timedelta(hours=2)),
        ("gestern", timedelta(days=1)),
    ],
)
def test_8_relative_times_in_seven_languages(text: str, ago: timedelta) -> None:
    from newsclean.timeparse import resolve

    fetched = datetime(2025, 6, 12, 12, tzinfo=UTC)
    assert resolve(text, fetched) == (fetched - ago, True)
    assert resolve(text, None) == (None, True)


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("12. Juni 2025, 14:30 Uhr", datetime(2025, 6, 12, 14, 30, tzinfo=UTC)),
        ("Mittwoch, 11. Juni 2025", datetime(2025, 6, 11, tzinfo=UTC)),
        ("vor 3 Stunden", datetime(2025, 6, 12, 9, tzinfo=UTC)),
        ("il y a 2 jours", datetime(2025, 6, 10, 12, tzinfo=UTC)),
        ("3 juin 2025 à 08h15", datetime(2025, 6, 3, 8, 15, tzinfo=UTC)),
        ("hace 5 minutos", datetime(2025, 6, 12, 11, 55, tzinfo=UTC)),
        ("4 de marzo de 2024", datetime(2024, 3, 4, tzinfo=UTC)),
        ("há 2 horas", datetime(2025, 6, 12, 10, tzinfo=UTC)),
        ("3 ore fa", datetime(2025, 6, 12, 9, tzinfo=UTC)),
        ("7 settembre 2023", datetime(2023, 9, 7, tzinfo=UTC)),
        ("2 uur geleden", datetime(2025, 6, 12, 10, tzinfo=UTC)),
        ("gestern, 14:30", datetime(2025, 6, 11, 14, 30, tzinfo=UTC)),
    ],
)
def test_8_text_pages_take_times_in_seven_languages_for_times(stamp: str, expected: datetime) -> None:
    """On a page, not only in the resolver: the line under the outlet is the story's time."""
    page = newsclean.extract(STAMPED.format(stamp=stamp), fetched_at=datetime(2025, 6, 12, 12, tzinfo=UTC))
    (main,) = page.articles
    assert main.published_at == expected, main
    assert stamp not in main.body


@pytest.mark.parametrize(
    "line",
    ["Hier", "Heute im Blick", "Juni 2025", "12 Tische 2025", "vor dem Rathaus", "3 ore", "11. Juni 2025, 14:30 MESZ)"],
)
def test_8_lines_in_other_languages_that_are_no_times_stay_text(line: str) -> None:
    from newsclean.timeparse import time_line

    assert time_line(line) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stand: 12 okt. 2023", datetime(2023, 10, 12, tzinfo=UTC)),
        ("Publié le 3 févr. 2024", datetime(2024, 2, 3, tzinfo=UTC)),
        ("5 jänner 2022", datetime(2022, 1, 5, tzinfo=UTC)),
        ("1º de março de 2024", datetime(2024, 3, 1, tzinfo=UTC)),
        ("7 giu 2023", datetime(2023, 6, 7, tzinfo=UTC)),
        ("4 ene 2024", datetime(2024, 1, 4, tzinfo=UTC)),
    ],
)
def test_8_the_html_path_reads_dates_with_the_same_module(text: str, expected: datetime) -> None:
    """The HTML path's date lines are read by ``newsclean.dates`` (it had a month table of
    its own, without these abbreviations and forms)."""
    from newsclean.dates import search_date
    from newsclean.html.dates import date_only, find_date

    found = search_date(text)
    assert found is not None and found.when == expected
    assert find_date(text) == expected
    assert date_only(text)
    assert find_date("Konzert am 12. Juni 2999") is None  # a date after today is an event, not the page's


# 9. --scheduler: a bad address is a usage error, an unreachable one fails fast


def test_9_a_scheduler_address_that_is_no_address_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(RELATIVE, encoding="utf-8")
    proc = run_cli("convert", "a.txt", "-o", "out.jsonl", "--scheduler", "nonsense", cwd=tmp_path)
    assert proc.returncode == 2
    assert "--scheduler" in one_line_error(proc)


@pytest.mark.local_sockets
def test_9_an_unreachable_scheduler_fails_in_one_line(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    with socket.socket() as s:  # a port on this machine that nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    (tmp_path / "a.txt").write_text(RELATIVE, encoding="utf-8")
    started = time.monotonic()
    proc = run_cli("convert", "a.txt", "-o", "out.jsonl", "--scheduler", f"tcp://127.0.0.1:{port}",
                   "--scheduler-timeout", "2", cwd=tmp_path)  # fmt: skip
    assert proc.returncode == 2
    assert "cannot reach the Dask scheduler" in one_line_error(proc)
    assert time.monotonic() - started < 25
    assert not (tmp_path / "out.jsonl").exists()


# 10. the quickstart on a listing page, --rules after the sub-command, the Dask snippet


def _python_blocks(doc: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", doc.read_text(encoding="utf-8"), re.S)


@pytest.mark.parametrize("page", [LISTING, FIXTURES / "pages" / "01_daily8_article_related.txt"])
def test_10_quickstart_code_runs_on_listing_and_article_pages(page: Path, tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_bytes(page.read_bytes())
    for block in _python_blocks(ROOT / "docs" / "quickstart.md"):
        proc = subprocess.run([sys.executable, "-c", block], cwd=tmp_path, capture_output=True, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)  # fmt: skip
        assert proc.returncode == 0, proc.stderr


def test_10_rules_work_after_the_subcommand(tmp_path: Path) -> None:
    rules = tmp_path / "mine.toml"
    rules.write_text('[[line]]\nid = "mine.organiser"\nregex = ["Organiser Tamsin Roe said .*"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(RELATIVE, encoding="utf-8")
    for args in (
        ["--rules", str(rules), "show", "a.txt", "--plain"],
        ["show", "a.txt", "--plain", "--rules", str(rules)],
    ):
        proc = run_cli(*args, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        assert "[mine.organiser]" in proc.stdout.decode(), args
    proc = run_cli("convert", "a.txt", "-o", "out.jsonl", "--quiet", "--rules", str(rules), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    removed = read_jsonl(tmp_path / "out.jsonl")[0]["page"]["removed"]  # type: ignore[index]
    assert "mine.organiser" in {r["rule"] for r in removed}


def test_10_the_dask_bag_snippet_runs_as_written(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    (block,) = [b for b in _python_blocks(ROOT / "docs" / "scaling.md") if "dask.bag" in b]
    assert "import json" in block and 'if __name__ == "__main__":' in block
    (tmp_path / "dump-1.jsonl").write_text(json.dumps({"text": RELATIVE, "source": "one"}) + "\n", encoding="utf-8")
    (tmp_path / "snippet.py").write_text(block, encoding="utf-8")
    proc = subprocess.run([sys.executable, "snippet.py"], cwd=tmp_path, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    (out,) = sorted(tmp_path.glob("out-*.jsonl"))
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["source"] == "one"


# 11. progress with rich, the API reference, schema descriptions


def _in_a_terminal(args: list[str], cwd: Path) -> tuple[int, str]:
    """Run the command with a pseudo-terminal as stdin, stdout and stderr; its screen output."""
    leader, follower = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "100", "TERM": "xterm"}
    proc = subprocess.Popen([sys.executable, "-m", "newsclean", *args], stdin=follower, stdout=follower,
                            stderr=follower, cwd=cwd, env=env)  # fmt: skip
    os.close(follower)
    chunks = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.5)
        if ready:
            try:
                data = os.read(leader, 65536)
            except OSError:  # the child closed its end
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    os.close(leader)
    return proc.wait(timeout=30), b"".join(chunks).decode(errors="replace")


def test_11_progress_is_a_rich_bar_on_a_terminal_and_nothing_when_piped(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(40):
        (src / f"p{i}.txt").write_text(RELATIVE, encoding="utf-8")
    code, screen = _in_a_terminal(["convert", str(src), "-o", str(tmp_path / "o.jsonl"), "--workers", "1"], tmp_path)
    assert code == 0, screen
    assert "━" in screen and "40/40" in screen and "pages/s" in screen, screen
    short = tmp_path / "short"  # a short run: rich's own speed estimate had too few samples, "0 pages/s"
    short.mkdir()
    for i in range(3):
        (short / f"p{i}.txt").write_text(RELATIVE, encoding="utf-8")
    code, screen = _in_a_terminal(["convert", str(short), "-o", str(tmp_path / "s.jsonl"), "--workers", "1"], tmp_path)
    assert code == 0 and "3/3" in screen, screen
    rates = re.findall(r"([\d,]+) pages/s", screen)
    assert rates and rates[-1] != "0", screen  # the last frame, the one left on screen, shows a rate
    code, screen = _in_a_terminal(["convert", str(src), "-o", str(tmp_path / "o.jsonl"), "--quiet"], tmp_path)
    assert code == 0 and "━" not in screen and "pages/s" not in screen, screen
    proc = run_cli("convert", str(src), "-o", str(tmp_path / "o.jsonl"))
    assert proc.stderr.decode().count("\n") == 1, proc.stderr  # piped: the summary line only


def test_11_an_api_reference_is_generated_from_docstrings() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "mkdocstrings" in config and "api.md" in config
    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    for name in ("newsclean.extract", "newsclean.Page", "newsclean.Article", "newsclean.to_rows", "newsclean.dates"):
        assert f"::: {name}" in api, name


def test_11_every_schema_field_has_a_description_and_body_is_in_it() -> None:
    schema = json.loads(subprocess.run([sys.executable, "-m", "newsclean", "schema"], capture_output=True,
                                       env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60).stdout)  # fmt: skip
    models = {"Page": schema, **schema["$defs"]}
    missing = [f"{m}.{f}" for m, d in models.items() for f, p in d["properties"].items() if not p.get("description")]
    assert not missing, missing
    assert "body" in models["Article"]["properties"]


# the ecosystem's inputs and outputs


def _warc(tmp_path: Path, name: str, records: list[tuple[str, str, str, bytes, str]]) -> Path:
    """A gzipped WARC file of (record type, url, date, payload, content type) records."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / name
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record(name, {"software": "test"}))
        for kind, url, date, payload, ctype in records:
            http = None
            if kind == "response":
                http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            headers = {"WARC-Date": date} if kind != "response" else None
            rec = writer.create_warc_record(url, kind, payload=io.BytesIO(payload), http_headers=http,
                                            warc_content_type=ctype if kind != "response" else None,
                                            warc_headers_dict=headers or {"WARC-Date": date})  # fmt: skip
            writer.write_record(rec)
    return path


def test_wet_and_warc_records_are_pages_with_their_url_and_date(tmp_path: Path) -> None:
    wet = _warc(tmp_path, "crawl.warc.wet.gz", [
        ("conversion", "https://example.org/lanterns", "2025-06-12T12:00:00Z", RELATIVE.encode(), "text/plain"),
        ("conversion", "https://example.org/ferry", "2025-06-12T12:00:00Z",
         STAMPED.format(stamp="June 11, 2025").encode(), "text/plain"),
    ])  # fmt: skip
    warc = _warc(tmp_path, "crawl.warc.gz", [
        ("response", "https://example.org/quarry", "2025-06-13T08:00:00Z", HTML.encode(), "text/html; charset=utf-8"),
        ("response", "https://example.org/logo.png", "2025-06-13T08:00:00Z", b"\x89PNG" + bytes(50), "image/png"),
    ])  # fmt: skip
    out = tmp_path / "out.jsonl"
    proc = run_cli("convert", str(wet), str(warc), "-o", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    got = read_jsonl(out)
    assert [r["page"]["url"] for r in got] == [  # type: ignore[index]
        "https://example.org/lanterns", "https://example.org/ferry", "https://example.org/quarry"]  # fmt: skip
    assert got[0]["page"]["articles"][0]["published_at"] == "2025-06-12T09:00:00Z"  # type: ignore[index]
    assert got[2]["page"]["articles"][0]["title"] == "Quarry pond opens for swimmers"  # type: ignore[index]
    assert [str(r["source"]).rsplit("#", 1)[1] for r in got] == ["2", "3", "2"]  # record numbers, warcinfo is 1
    assert "1 other record" in proc.stderr.decode()  # the image: counted, not a page
    proc = run_cli("show", f"{wet}#3", "--plain")
    assert "MAIN: Ferry timetable changes" in proc.stdout.decode()
    # the same WET file on stdin, sniffed
    proc = run_cli("convert", "-", "-o", "-", stdin=wet.read_bytes())
    assert [json.loads(line)["source"] for line in proc.stdout.splitlines()] == ["-#2", "-#3"]


def test_to_rows_gives_one_flat_row_per_article() -> None:
    page = newsclean.extract(RELATIVE, url="https://example.org/l", fetched_at=datetime(2025, 6, 12, 12, tzinfo=UTC))
    (row,) = newsclean.to_rows(page)
    assert row["url"] == "https://example.org/l" and row["role"] == "main"
    assert row["published_at"] == datetime(2025, 6, 12, 9, tzinfo=UTC)
    assert row["outlet"] == "Valley Courier" and row["body"].startswith("Volunteers hung")
    empty = newsclean.to_rows(newsclean.extract(""))
    assert len(empty) == 1 and empty[0]["role"] is None  # a page without articles still has its row


def test_hostile_dates_stay_linear() -> None:
    from newsclean.dates import parse_date

    for text in ("12. " * 20_000, "vor " * 20_000 + "3", "de " * 30_000, "1" * 100_000):
        started = time.monotonic()
        parse_date(text)
        assert time.monotonic() - started < 1.0
