"""``newsclean cluster`` on bad records, bad paths, failed writes and signals.

Every outcome must be a documented exit code with a one-line message (never a traceback),
every record that cannot be used must be reported, and the output file must be either
complete or absent (the previous one left alone).
"""

from __future__ import annotations

import errno
import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from test_syndication import STORIES

from newsclean import cluster_command
from newsclean.cli import main

ROOT = Path(__file__).resolve().parent.parent


def record(source: str, *bodies: object) -> dict[str, Any]:
    return {"source": source, "page": {"articles": [{"title": "T", "body": b, "outlet": source} for b in bodies]}}


def write_jsonl(path: Path, lines: list[object]) -> Path:
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines), encoding="utf-8")
    return path


def copies(path: Path) -> Path:
    """Two pages carrying the same story: one cluster."""
    body = "\n\n".join(STORIES[0])
    return write_jsonl(path, [record("one", body), record("two", body)])


def test_records_of_the_wrong_types_are_reported_and_the_rest_clustered(tmp_path: Path) -> None:
    body = "\n\n".join(STORIES[0])
    data = write_jsonl(
        tmp_path / "pages.jsonl",
        [
            record("good-1", body),
            {"source": "a", "page": {"articles": None}},
            {"source": "b", "page": {"articles": ["an article that is a string"]}},
            record("c", 123),
            {"source": "d", "page": {"articles": [{"body": body, "credits": 5}]}},
            "not json {",
            record("good-2", body),
        ],
    )
    out, errors = tmp_path / "clusters.jsonl", tmp_path / "errors.jsonl"
    assert main(["cluster", str(data), "-o", str(out), "--errors", str(errors), "--quiet"]) == 3
    (line,) = out.read_text(encoding="utf-8").splitlines()
    assert [m["source"] for m in json.loads(line)["members"]] == ["good-1", "good-2"]
    reported = [json.loads(x) for x in errors.read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in reported] == [f"{data}#{n}" for n in (2, 3, 4, 5, 6)]
    for r, words in zip(reported, ["'articles'", "object", "'body'", "'credits'", "not JSON"], strict=True):
        assert words in r["error"], r


def test_without_errors_file_each_bad_record_is_one_line_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = write_jsonl(tmp_path / "pages.jsonl", [{"source": "a", "page": {"articles": None}}, record("c", 123)])
    assert main(["cluster", str(data), "-o", str(tmp_path / "out.jsonl"), "--quiet"]) == 3
    lines = capsys.readouterr().err.splitlines()
    assert lines[:2] == [
        f"newsclean: {data}#1: bad record: 'articles' must be a list, not null",
        f"newsclean: {data}#2: bad record: article 0: 'body' must be a string, not a number",
    ]
    assert "Traceback" not in "\n".join(lines)


def test_inputs_it_cannot_read_are_reported_and_the_others_used(tmp_path: Path) -> None:
    good = copies(tmp_path / "pages.jsonl")
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(gzip.compress(good.read_bytes())[:-20])  # a .gz cut short
    folder = tmp_path / "folder"
    folder.mkdir()
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    args = [str(good), str(tmp_path / "missing.jsonl"), str(cut), str(folder)]
    assert main(["cluster", *args, "-o", str(out), "--errors", str(errors), "--quiet"]) == 3
    sources = [json.loads(x)["source"] for x in errors.read_text(encoding="utf-8").splitlines()]
    assert sources[0] == str(tmp_path / "missing.jsonl")
    assert sources[1].startswith(f"{cut}#") and sources[2] == str(folder)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1  # the cut file's pages joined the good ones


def test_an_over_long_line_is_reported_and_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster_command, "MAX_RECORD_BYTES", 4096)
    body = "\n\n".join(STORIES[0])
    data = write_jsonl(tmp_path / "pages.jsonl", [record("long", "word " * 2000), record("a", body), record("b", body)])
    errors = tmp_path / "errors.jsonl"
    assert main(["cluster", str(data), "-o", str(tmp_path / "o.jsonl"), "--errors", str(errors), "--quiet"]) == 3
    (reported,) = [json.loads(x) for x in errors.read_text(encoding="utf-8").splitlines()]
    assert reported["source"] == f"{data}#1" and "over" in reported["error"]
    assert len((tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()) == 1


@pytest.mark.parametrize("which", ["output", "errors"])
def test_an_output_that_is_an_input_is_refused_and_the_input_kept(tmp_path: Path, which: str) -> None:
    data = copies(tmp_path / "pages.jsonl")
    before = data.read_bytes()
    args = ["cluster", str(data), "--quiet"]
    args += (
        ["-o", str(data)]
        if which == "output"
        else ["-o", str(tmp_path / "o.jsonl"), "--errors", f"{tmp_path}/./pages.jsonl"]
    )
    assert main(args) == 2
    assert data.read_bytes() == before
    assert not (tmp_path / "o.jsonl").exists()


def test_a_missing_output_folder_is_a_usage_error_before_any_work(tmp_path: Path) -> None:
    data = copies(tmp_path / "pages.jsonl")
    assert main(["cluster", str(data), "-o", str(tmp_path / "nowhere" / "out.jsonl"), "--quiet"]) == 2
    assert main(["cluster", str(data), "-o", str(tmp_path / "o.jsonl"), "--errors", str(tmp_path / "no/e.jsonl")]) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pages.jsonl"]


def test_a_failed_write_keeps_the_previous_output_and_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copies(tmp_path / "pages.jsonl")
    out = tmp_path / "clusters.jsonl"
    out.write_text("the previous run's clusters\n", encoding="utf-8")

    def disk_full(clusters: object, refs: object, fh: Any) -> None:
        fh.write('{"members": [')
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cluster_command, "_write", disk_full)
    assert main(["cluster", str(data), "-o", str(out), "--quiet"]) == 3
    assert out.read_text(encoding="utf-8") == "the previous run's clusters\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clusters.jsonl", "pages.jsonl"]
    (message,) = capsys.readouterr().err.splitlines()
    assert "No space left on device" in message


def test_the_output_gets_the_mode_a_plain_file_would(tmp_path: Path) -> None:
    data = copies(tmp_path / "pages.jsonl")
    out = tmp_path / "clusters.jsonl"
    assert main(["cluster", str(data), "-o", str(out), "--quiet"]) == 0
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask


def _start(inputs: list[str], out: Path) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "newsclean", "cluster", *inputs, "-o", str(out), "--quiet"]
    return subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE)


def _wait_for_part(folder: Path, proc: subprocess.Popen[bytes]) -> None:
    """The temporary output exists once the command is under way (signal handlers installed)."""
    deadline = time.monotonic() + 60
    while not list(folder.glob(".*.part")):
        assert proc.poll() is None and time.monotonic() < deadline, "the command never started"
        time.sleep(0.02)


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_while_reading_a_pipe_stops_at_once(tmp_path: Path, sig: signal.Signals, code: int) -> None:
    fifo = tmp_path / "pages.fifo"
    os.mkfifo(fifo)
    out = tmp_path / "clusters.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    proc = _start([str(fifo)], out)
    with open(fifo, "wb") as feed:  # opens once the command opens its end
        feed.write(json.dumps(record("one", "\n\n".join(STORIES[0]))).encode() + b"\n")
        feed.flush()
        _wait_for_part(tmp_path, proc)
        time.sleep(0.2)  # the command is now blocked reading the pipe, which stays open
        proc.send_signal(sig)
        try:
            _, err = proc.communicate(timeout=60)  # generous on a loaded machine; the exit code shows it stopped early
        finally:
            proc.kill()
    assert proc.returncode == code, err
    assert b"Traceback" not in err
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert not list(tmp_path.glob(".*.part"))


def test_sigterm_while_working_stops_and_writes_nothing(tmp_path: Path) -> None:
    paragraphs = STORIES[0] + STORIES[1]
    pages = [record(f"p{i}", "\n\n".join([*paragraphs, f"Number {i} of a long run."])) for i in range(20_000)]
    data = write_jsonl(tmp_path / "pages.jsonl", pages)
    out = tmp_path / "clusters.jsonl"
    proc = _start([str(data)], out)
    _wait_for_part(tmp_path, proc)
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=60)  # generous on a loaded machine; the exit code shows it stopped early
    finally:
        proc.kill()
    assert proc.returncode == 143, err
    assert err.decode().splitlines() == ["newsclean: terminated; the output was not written"]
    assert not out.exists() and not list(tmp_path.glob(".*.part"))


class _SignalInFinaliser:
    """A finaliser the signal lands in: Python swallows an exception raised from ``__del__``."""

    def __del__(self) -> None:
        os.kill(os.getpid(), signal.SIGTERM)
        for _ in range(1000):  # the handler runs between bytecodes, so here, inside __del__
            pass


def test_a_stop_swallowed_by_a_finaliser_is_raised_again_and_not_printed(capsys: pytest.CaptureFixture[str]) -> None:
    with cluster_command._Signals() as signals:
        _SignalInFinaliser()  # dropped at once: __del__ runs, its KeyboardInterrupt is swallowed
        assert signals.received == signal.SIGTERM
        with pytest.raises(KeyboardInterrupt):
            signals.check()
    assert "Exception ignored" not in capsys.readouterr().err


def test_a_signal_right_after_the_temporary_file_is_made_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = write_jsonl(tmp_path / "pages.jsonl", [record("p0", "\n\n".join(STORIES[0]))])
    real = cluster_command.tempfile.mkstemp

    def made_then_killed(*args: Any, **kwargs: Any) -> tuple[int, str]:
        made = real(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGTERM)  # lands before the file is listed for clean-up
        return made

    monkeypatch.setattr(cluster_command.tempfile, "mkstemp", made_then_killed)
    code = main(["cluster", str(data), "-o", str(tmp_path / "clusters.jsonl")])
    assert code == 143
    assert not list(tmp_path.glob(".*.part")) and not (tmp_path / "clusters.jsonl").exists()
    assert "terminated" in capsys.readouterr().err
