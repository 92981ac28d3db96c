"""The local runner: order, failures in a worker, a worker that dies, and large chunks.

The worker processes are forked from the test process, so a function patched into
``newsclean.runner`` here runs in the workers too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT

from newsclean import runner
from newsclean.batch import Chunk, Options, Task

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the patches reach the workers only when forked")


def record(i: int, text: str) -> Task:
    return Task(f"r#{i}", "record", raw=json.dumps({"text": text}).encode())


def story(i: int) -> str:
    return f"Headline number {i}\nThe body of story {i} is one sentence long.\n"


def sources(chunks: list[Chunk]) -> list[str]:
    return [json.loads(line)["source"] for c in chunks for line in c.data.splitlines()]


def test_results_come_back_in_input_order_with_every_worker_count() -> None:
    tasks = [record(i, story(i)) for i in range(40)]
    chunks = [tasks[i : i + 3] for i in range(0, 40, 3)]
    want = [t.source for t in tasks]
    for workers in (1, 2, 3):
        got = list(runner.run_local(iter(chunks), Options(), workers))
        assert sources(got) == want, workers
        assert sum(c.ok for c in got) == 40


def test_an_exception_in_a_worker_is_raised_here_with_its_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    real = runner.run_chunk

    def flaky(chunk: list[Task], opts: Options) -> Chunk:
        if os.getpid() != parent and chunk[0].source == "r#0":
            raise ValueError("broken on purpose")
        return real(chunk, opts)

    parent = os.getpid()
    monkeypatch.setattr(runner, "run_chunk", flaky)
    chunks = [[record(i, story(i))] for i in range(6)]
    with pytest.raises(RuntimeError, match="broken on purpose"):
        list(runner.run_local(iter(chunks), Options(), 2))


def test_a_worker_that_dies_is_an_error_not_a_hang(monkeypatch: pytest.MonkeyPatch) -> None:
    real = runner.run_chunk

    def dying(chunk: list[Task], opts: Options) -> Chunk:
        if os.getpid() != parent:
            os._exit(9)
        return real(chunk, opts)

    parent = os.getpid()
    monkeypatch.setattr(runner, "run_chunk", dying)
    chunks = [[record(i, story(i))] for i in range(6)]
    with pytest.raises(runner.WorkerDied, match="exit code 9"):
        list(runner.run_local(iter(chunks), Options(), 2))


def test_the_cli_reports_a_dead_worker_and_keeps_what_was_written(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsclean.cli import main

    real = runner.run_chunk

    def dying(chunk: list[Task], opts: Options) -> Chunk:
        if os.getpid() != parent and int(chunk[0].source.rpartition("#")[2]) > 100:
            os._exit(9)
        return real(chunk, opts)

    parent = os.getpid()
    monkeypatch.setattr(runner, "run_chunk", dying)
    records = tmp_path / "in.jsonl"
    records.write_text("".join(json.dumps({"text": story(i)}) + "\n" for i in range(400)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(records), "-o", str(out), "--workers", "2", "--quiet"]) == 4
    assert "worker process died" in capsys.readouterr().err
    written = [json.loads(line)["source"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert written == [f"{records}#{i}" for i in range(1, len(written) + 1)] and len(written) < 400


def test_a_worker_dead_before_its_next_chunk_is_sent_is_reported_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """The parent learns of the death from a broken pipe when it sends, not from a read."""
    real = runner.run_chunk
    parent = os.getpid()

    def dying(chunk: list[Task], opts: Options) -> Chunk:
        if os.getpid() != parent:
            os._exit(9)
        return real(chunk, opts)

    def slow_chunks() -> Iterator[list[Task]]:
        yield [record(0, story(0))]
        time.sleep(0.5)  # the worker has died on chunk 0 by the time chunk 1 is sent to it
        yield [record(1, story(1))]

    monkeypatch.setattr(runner, "run_chunk", dying)
    results = runner.run_local(slow_chunks(), Options(), 2)
    with pytest.raises(runner.WorkerDied, match="worker process died"):
        list(results)


def test_stopping_early_ends_the_workers() -> None:
    chunks = [[record(i, story(i))] for i in range(50)]
    results = runner.run_local(iter(chunks), Options(), 3)
    next(results)
    before = {p.pid for p in __import__("multiprocessing").active_children()}
    results.close()
    after = {p.pid for p in __import__("multiprocessing").active_children()}
    assert before and not (before & after)


def test_chunks_larger_than_a_pipe_do_not_deadlock(tmp_path: Path) -> None:
    """Several megabytes each way per chunk: both pipes fill while both processes send.

    Run in a child interpreter with a timeout, so a deadlock fails the test instead of
    hanging the suite. Each page's bytes differ: pickle would send one shared object once.
    """
    script = textwrap.dedent(
        """
        import json
        from newsclean import runner
        from newsclean.batch import Options, Task
        para = "The committee met again on Tuesday and agreed to publish its findings. " * 40
        text = "A long report\\n" + "\\n".join(para for _ in range(250))
        raw = json.dumps({"text": text}).encode()
        chunks = [[Task(f"r#{c}-{i}", "record", raw=raw + b" " * (c * 3 + i)) for i in range(3)] for c in range(4)]
        got = list(runner.run_local(iter(chunks), Options(), 2))
        print(sum(c.ok for c in got), min(len(c.data) for c in got))
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 0, r.stderr
    ok, smallest = map(int, r.stdout.split())
    assert ok == 12 and smallest > 2 * runner._PIPE_BYTES
