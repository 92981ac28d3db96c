"""The command line never loses data and never hangs: inputs are never written over or into,
every input it cannot read gets an error record, bombs are refused while they stream, OS
errors end in one line and a documented exit code, and resume keys on resolved paths.

Each test reproduces one defect of issue #25 (items 5 to 9).
"""

from __future__ import annotations

import gzip
import io
import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT
from hypothesis import given
from hypothesis import strategies as st

from newsclean import batch
from newsclean.cli import main

SEED = FIXTURES / "seeds" / "000_0e52b6fd9e0fe50b.txt"
STORY = "Mill reopens after repairs\nThe mill on the river reopened today after two months of repairs.\n"


def run_cli(
    *args: str, cwd: Path | None = None, timeout: float = 120, **popen: object
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args],
        capture_output=True, text=True, env=env, timeout=timeout, cwd=cwd, **popen,  # type: ignore[call-overload]
    )  # fmt: skip


# Runs a command and prints its exit code and peak memory. A small process of its own: a
# child's peak counts the memory of the process it was forked from (Linux carries it across
# exec), and the test process may be large by then.
_MEASURE = """
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_, status, usage = os.wait4(proc.pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)
"""


def peak_rss_mb(*args: str) -> tuple[int, float]:
    """Exit code and peak resident memory (MB) of one ``newsclean`` run in a child process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-c", _MEASURE, sys.executable, "-m", "newsclean", *args]
    code, kb = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300, check=True).stdout.split()
    return int(code), int(kb) / 1024


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def one_line_error(r: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in r.stderr, r.stderr
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, r.stderr
    return lines[0]


def gzip_stream(path: Path, block: bytes, times: int, tail: bytes = b"") -> None:
    with gzip.open(path, "wb", compresslevel=9) as fh:
        for _ in range(times):
            fh.write(block)
        fh.write(tail)


# --- 5. bombs ---------------------------------------------------------------------------------------


def test_a_gzip_page_is_refused_while_it_streams_not_after_it_is_unpacked(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.txt.gz"
    gzip_stream(bomb, b"a" * (1 << 20), 300)  # 300 MB unpacked, 300 KB packed
    errors = tmp_path / "errors.jsonl"
    code, peak = peak_rss_mb("convert", str(bomb), "-o", str(tmp_path / "out.jsonl"), "--errors", str(errors),
                             "--workers", "1", "--quiet")  # fmt: skip
    assert code == 3
    (rec,) = read_jsonl(errors)
    assert rec["source"] == str(bomb) and "over the limit" in str(rec["error"])
    assert peak < 200, f"peak {peak:.0f} MB"  # it unpacked all 300 MB (and more) before


def test_max_bytes_is_an_option(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(STORY * 100, encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    args = ["convert", str(page), "-o", str(out), "--errors", str(errors), "--quiet"]
    assert main([*args, "--max-bytes", "1000"]) == 3
    assert "over the limit of 1,000 bytes" in str(read_jsonl(errors)[0]["error"])
    assert main(args) == 0 and len(read_jsonl(out)) == 1


def test_a_flood_of_blank_lines_in_a_gzipped_record_file_is_skipped_at_the_speed_of_reading(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl.gz"
    flood = 256  # MB of blank lines: read at 100 MB a minute before
    gzip_stream(records, b"\n" * (1 << 20), flood, tail=json.dumps({"text": STORY}).encode() + b"\n  \n")
    out = tmp_path / "out.jsonl"
    r = run_cli("convert", str(records), "-o", str(out), "--workers", "1", "--quiet", timeout=90)
    assert r.returncode == 0, r.stderr
    (rec,) = read_jsonl(out)
    assert rec["source"] == f"{records}#{flood * (1 << 20) + 1}"  # line numbers still count every line


def test_a_record_line_too_long_for_any_page_is_an_error_and_the_next_line_is_read(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    with open(records, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "x" * 3_000_000}) + "\n")
        fh.write(json.dumps({"text": STORY}) + "\n")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    code = main(["convert", str(records), "-o", str(out), "--errors", str(errors), "--max-bytes", "100000", "--quiet"])
    assert code == 3
    assert [r["source"] for r in read_jsonl(out)] == [f"{records}#2"]
    (err,) = read_jsonl(errors)
    assert err["source"] == f"{records}#1" and "over the limit" in str(err["error"])


# --- 6. inputs are never written over or into --------------------------------------------------------


@pytest.fixture
def records(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"text": STORY + str(i)}) + "\n" for i in range(3)), encoding="utf-8")
    return path


@pytest.mark.parametrize("flag", ["-o", "--errors"])
def test_an_output_that_is_an_input_is_refused_and_the_input_kept(records: Path, tmp_path: Path, flag: str) -> None:
    before = records.read_bytes()
    other = ["--errors", str(tmp_path / "e.jsonl")] if flag == "-o" else ["-o", str(tmp_path / "o.jsonl")]
    r = run_cli("convert", str(records), flag, str(records), *other, "--quiet")
    assert r.returncode == 2
    assert "input" in one_line_error(r)
    assert records.read_bytes() == before


def test_an_output_reached_through_a_link_to_an_input_is_refused(records: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.jsonl"
    link.symlink_to(records)
    before = records.read_bytes()
    r = run_cli("convert", str(records), "-o", str(link), "--quiet")
    assert r.returncode == 2 and records.read_bytes() == before


def test_an_output_inside_an_input_folder_is_refused(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(STORY, encoding="utf-8")
    r = run_cli("convert", str(pages), "-o", str(pages / "out.jsonl"), "--text-field", "source", "--quiet")
    assert r.returncode == 2 and "inside the input folder" in one_line_error(r)
    assert sorted(p.name for p in pages.iterdir()) == ["a.txt"]


def test_the_same_file_for_output_and_errors_is_refused(records: Path, tmp_path: Path) -> None:
    both = tmp_path / "both.jsonl"
    r = run_cli("convert", str(records), "-o", str(both), "--errors", str(both), "--quiet")
    assert r.returncode == 2 and not both.exists()
    one_line_error(r)


def test_a_bad_errors_path_leaves_an_existing_output_untouched(records: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("earlier results\n", encoding="utf-8")
    for errors in (tmp_path / "no" / "such" / "folder" / "e.jsonl", tmp_path):
        r = run_cli("convert", str(records), "-o", str(out), "--errors", str(errors), "--quiet")
        assert r.returncode == 2
        one_line_error(r)
        assert out.read_text(encoding="utf-8") == "earlier results\n"


# --- 7. every input that cannot be read is recorded, none blocks -------------------------------------


def test_links_and_special_files_in_a_folder_are_recorded_not_dropped(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    (pages / "a.txt").write_text(STORY, encoding="utf-8")
    (pages / "sub" / "b.txt").write_text(STORY, encoding="utf-8")
    (pages / "gone.txt").symlink_to(tmp_path / "missing.txt")  # dangling
    (pages / "self.txt").symlink_to(pages / "self.txt")  # loops on itself
    (pages / "again").symlink_to(pages)  # a folder link back up: a loop
    (pages / "linked.txt").symlink_to(pages / "a.txt")  # a good link is read
    os.mkfifo(pages / "pipe.txt")
    (pages / "notes.csv").symlink_to(tmp_path / "missing.csv")  # not an input by its name: ignored
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    r = run_cli("convert", str(pages), "-o", str(out), "--errors", str(errors), "--workers", "1", "--quiet", timeout=60)
    assert r.returncode == 3, r.stderr
    got = [rec["source"] for rec in read_jsonl(out)]
    assert got == [str(pages / n) for n in ("a.txt", "linked.txt", "sub/b.txt")]
    failed = {str(rec["source"]): str(rec["error"]) for rec in read_jsonl(errors)}
    assert set(failed) == {str(pages / n) for n in ("again", "gone.txt", "pipe.txt", "self.txt")}
    assert "link" in failed[str(pages / "gone.txt")] and "loop" in failed[str(pages / "again")]
    assert "not a regular file" in failed[str(pages / "pipe.txt")]


def test_an_unreadable_subfolder_is_recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pages = tmp_path / "pages"
    (pages / "locked").mkdir(parents=True)
    (pages / "a.txt").write_text(STORY, encoding="utf-8")
    (pages / "locked" / "b.txt").write_text(STORY, encoding="utf-8")
    real = os.scandir

    def scandir(path: object = ".") -> object:  # chmod cannot lock a folder for root: refuse here
        if Path(str(path)) == pages / "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert main(["convert", str(pages), "-o", str(out), "--errors", str(errors), "--workers", "1", "--quiet"]) == 3
    assert [rec["source"] for rec in read_jsonl(out)] == [str(pages / "a.txt")]
    (err,) = read_jsonl(errors)
    assert err["source"] == str(pages / "locked") and "Permission denied" in str(err["error"])


def test_a_fifo_named_as_an_input_is_recorded_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    records = tmp_path / "feed.jsonl"
    os.mkfifo(records)
    for args in (["convert", str(fifo), str(records), "-o", str(tmp_path / "out.jsonl")], ["show", str(fifo)]):
        r = run_cli(*args, "--quiet" if args[0] == "convert" else "--plain", timeout=60)
        assert r.returncode == 3 and "not a regular file" in r.stderr, r.stderr


# --- 8. OS errors: one line and a documented exit code ------------------------------------------------


@pytest.mark.parametrize("flag", ["-o", "--errors"])
def test_a_missing_output_folder_is_a_usage_error(records: Path, tmp_path: Path, flag: str) -> None:
    r = run_cli("convert", str(records), flag, str(tmp_path / "nowhere" / "x.jsonl"),
                *(["-o", str(tmp_path / "o.jsonl")] if flag == "--errors" else []), "--quiet")  # fmt: skip
    assert r.returncode == 2 and "does not exist" in one_line_error(r)
    assert not (tmp_path / "o.jsonl").exists()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_ends_in_one_line_and_exit_4(tmp_path: Path) -> None:
    r = run_cli("convert", str(FIXTURES), "-o", "/dev/full", "--quiet")
    assert r.returncode == 4
    assert "No space left on device" in one_line_error(r)


def test_a_file_too_large_ends_in_one_line_and_exit_4(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    limit = 20_000  # bytes the process may write to one file

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    r = run_cli("convert", str(FIXTURES), "-o", str(out), "--workers", "1", "--quiet", preexec_fn=small_files)
    assert r.returncode == 4
    assert "File too large" in one_line_error(r)
    assert 0 < out.stat().st_size <= limit


# --- 9. resume -----------------------------------------------------------------------------------------


def test_resume_recognises_the_same_input_spelled_another_way(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(40):
        (pages / f"p{i:02d}.txt").write_text(STORY.replace("two", str(i)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run_cli("convert", "pages", "-o", "out.jsonl", "--quiet", cwd=tmp_path).returncode == 0
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:15]))  # as if stopped after 15 pages
    r = run_cli("convert", str(pages), "-o", str(out), "--resume", "--quiet", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    sources = [Path(str(rec["source"])).name for rec in read_jsonl(out)]
    assert sorted(sources) == sorted(f"p{i:02d}.txt" for i in range(40))  # each page once
    assert "15 already done" in r.stderr


def test_resume_exits_3_when_failures_were_recorded_before_the_interruption(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(STORY, encoding="utf-8")
    (pages / "broken.txt.gz").write_bytes(gzip.compress(b"hello")[:12])
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    args = ["convert", str(pages), "-o", str(out), "--errors", str(errors), "--quiet"]
    assert main(args) == 3
    assert main([*args, "--resume"]) == 3  # nothing left to do, but the run had a failure
    assert len(read_jsonl(out)) == 1 and len(read_jsonl(errors)) == 1


@given(
    st.lists(st.sampled_from([b"\n", b" ", b"x", b"ab", b"\t", b"\n\n", b"{}", b"\r\n"]), max_size=50),
    st.sampled_from([1, 2, 3, 7, 64]),
    st.sampled_from([3, 5, 8, 100]),
)
def test_record_lines_read_in_blocks_are_the_lines_of_the_file(parts: list[bytes], block: int, limit: int) -> None:
    """Whatever the block size, the non-blank lines, their numbers and which are over the limit
    are those of reading the file line by line (leading blanks a block cut off may be dropped)."""
    data = b"".join(parts)
    want = [
        (n, line.strip() if len(line) <= limit else None) for n, line in enumerate(io.BytesIO(data), 1) if line.strip()
    ]
    old = batch.READ_BLOCK
    batch.READ_BLOCK = block
    try:
        got = [
            (n, None if line is None else line.strip()) for n, line in batch.record_lines(io.BytesIO(data).read, limit)
        ]
    finally:
        batch.READ_BLOCK = old
    assert got == want


def test_a_reader_that_leaves_stdout_early_is_no_error(tmp_path: Path) -> None:
    """`convert ... -o - | head`: the pipe closing is the reader's choice, not a failed write."""
    records = tmp_path / "in.jsonl"
    records.write_text("".join(json.dumps({"text": STORY + str(i)}) + "\n" for i in range(5000)), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "newsclean", "convert", str(records), "-o", "-", "--workers", "1", "--quiet"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(100)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0 and "Traceback" not in err


def test_a_resume_whose_earlier_records_match_no_input_says_so(tmp_path: Path) -> None:
    """Relative sources resolve from the current folder: resumed from another folder, the
    earlier records cannot be matched, and the summary says how many, not "already done"."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(3):
        (pages / f"p{i}.txt").write_text(STORY.replace("two", str(i)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run_cli("convert", "pages", "-o", "out.jsonl", "--quiet", cwd=tmp_path).returncode == 0
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    r = run_cli("convert", str(pages), "-o", str(out), "--resume", "--quiet", cwd=elsewhere)
    assert r.returncode == 0
    assert "0 already done; 3 earlier record(s) match no input of this run" in r.stderr
