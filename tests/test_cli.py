"""The command line: mixed and broken inputs, record files, worker parity, kill and resume,
parquet output, the Dask path, ``show`` and ``schema``."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT

from newsclean.cli import main

SEED = FIXTURES / "seeds" / "000_0e52b6fd9e0fe50b.txt"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args], capture_output=True, text=True, env=env, timeout=300
    )


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder of good, gzipped, empty, binary, latin-1, broken-gzip and record files."""
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    text = SEED.read_text(encoding="utf-8")
    (d / "a.txt").write_text(text, encoding="utf-8")
    (d / "b.txt.gz").write_bytes(gzip.compress(text.encode("utf-8")))
    (d / "sub" / "empty.txt").write_bytes(b"")
    (d / "sub" / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (d / "sub" / "latin.txt").write_bytes("Caf\u00e9 owners protest\nThe caf\u00e9 is closed.\n".encode("latin-1"))
    (d / "sub" / "broken.txt.gz").write_bytes(gzip.compress(b"hello")[:12])
    (d / "ignored.csv").write_text("not an input", encoding="utf-8")
    records = [
        # a Daily8 page at a Daily8 address: the bundled Daily8 rules are scoped to daily8.com
        {"text": text, "url": "https://www.daily8.com/en/article/1", "fetched_at": "2025-06-12T12:00:00Z"},
        {"body": "no text or html field"},
        "not an object",
        {"text": "Mill reopens\nThe mill reopened today after repairs.\n"},
    ]
    lines = [json.dumps(r) for r in records] + ["{broken json"]
    (d / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d


def test_mixed_folder_every_input_gives_a_record_or_an_error(mixed: Path, tmp_path: Path) -> None:
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    code = main(["convert", str(mixed), "-o", str(out), "--errors", str(errors), "--workers", "1", "--quiet"])
    assert code == 3
    got = {r["source"] for r in read_jsonl(out)}
    failed = {r["source"]: r["error"] for r in read_jsonl(errors)}
    names = {Path(str(s).split("#")[0]).name for s in got | set(failed)}
    assert "ignored.csv" not in names
    assert str(mixed / "sub" / "broken.txt.gz") in failed
    assert {str(mixed / n) for n in ("a.txt", "b.txt.gz")} <= got
    assert {str(mixed / "sub" / n) for n in ("empty.txt", "binary.txt", "latin.txt")} <= got
    rec = str(mixed / "records.jsonl")
    assert {f"{rec}#1", f"{rec}#4"} <= got
    assert {f"{rec}#2", f"{rec}#3", f"{rec}#5"} <= set(failed)
    assert len(got) + len(failed) == 11
    first = next(r for r in read_jsonl(out) if r["source"] == f"{rec}#1")
    page = first["page"]
    assert isinstance(page, dict) and page["url"] == "https://www.daily8.com/en/article/1"
    assert page["articles"][0]["published_at"].startswith("2025-06-09T12:00:00")


def test_output_is_the_same_for_one_and_two_workers(tmp_path: Path) -> None:
    outs = []
    for n in ("1", "2"):
        out = tmp_path / f"out{n}.jsonl"
        assert main(["convert", str(FIXTURES), "-o", str(out), "--workers", n, "--quiet"]) == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and outs[0].count(b"\n") == len(list(FIXTURES.glob("*/*.txt")))


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run_cli("convert").returncode == 2
    assert run_cli("convert", str(FIXTURES), "-o", str(tmp_path / "x"), "--fetched-at", "soon").returncode == 2
    bad = tmp_path / "bad.toml"
    bad.write_text("[[line]]\nid = 'x'\n", encoding="utf-8")
    r = run_cli("--rules", str(bad), "convert", str(FIXTURES), "-o", str(tmp_path / "x"))
    assert r.returncode == 2 and "bad.toml" in r.stderr


def test_kill_and_resume_completes_the_output(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for i in range(1500):
        (pages / f"p{i:05d}.txt").write_text(text.replace("Lee", f"Lee{i}"), encoding="utf-8")
    full = tmp_path / "full.jsonl"
    assert run_cli("convert", str(pages), "-o", str(full), "--workers", "1", "--quiet").returncode == 0
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "newsclean", "convert", str(pages), "-o", str(out), "--workers", "2", "--quiet"]
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 200_000):
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = out.read_bytes()
    assert 0 < len(partial) < full.stat().st_size
    with open(out, "ab") as fh:  # make sure a half-written last line is there to repair
        fh.write(b'{"source": "half-writ')
    r = run_cli("convert", str(pages), "-o", str(out), "--workers", "2", "--quiet", "--resume")
    assert r.returncode == 0, r.stderr
    assert out.read_bytes() == full.read_bytes()


@pytest.mark.parametrize("written", [0, 100_000])  # during set-up, mid-run
def test_ctrl_c_exits_130_with_a_clean_prefix(tmp_path: Path, written: int) -> None:
    records = tmp_path / "in.jsonl"
    text = SEED.read_text(encoding="utf-8")
    records.write_text("".join(json.dumps({"text": text + f"\n{i}"}) + "\n" for i in range(20_000)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "newsclean", "convert", str(records), "-o", str(out), "--workers", "2", "--quiet"]
    proc = subprocess.Popen(
        cmd, env=env, stderr=subprocess.PIPE, text=True, start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # a background shell ignores it
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < written):
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and "interrupted" in err and "Traceback" not in err
    lines = out.read_bytes().splitlines(keepends=True)
    assert len(lines) < 20_000 and all(line.endswith(b"\n") for line in lines)
    assert [json.loads(line)["source"] for line in lines] == [f"{records}#{i}" for i in range(1, len(lines) + 1)]


def test_ctrl_c_takes_effect_between_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A Ctrl-C landing inside a chunk's work (here, while it is written) lets that chunk finish."""
    import newsclean.cli as cli

    records = tmp_path / "in.jsonl"
    text = SEED.read_text(encoding="utf-8")
    records.write_text("".join(json.dumps({"text": text + f"\n{i}"}) + "\n" for i in range(300)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    real_write = cli._write

    def write_after_ctrl_c(*args: object, **kwargs: object) -> tuple[int, int]:
        os.kill(os.getpid(), signal.SIGINT)
        return real_write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "_write", write_after_ctrl_c)
    # whatever handled SIGINT before (a shell ignores it for a job started with '&')
    before = signal.getsignal(signal.SIGINT)
    assert main(["convert", str(records), "-o", str(out), "--workers", "1", "--quiet"]) == 130
    lines = out.read_bytes().splitlines(keepends=True)
    assert 0 < len(lines) < 300 and all(line.endswith(b"\n") for line in lines)
    assert signal.getsignal(signal.SIGINT) is before  # put back


def test_parquet_has_one_row_per_article(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out.parquet"
    assert main(["convert", str(FIXTURES / "seeds"), "-o", str(out), "--format", "parquet", "--quiet"]) == 0
    table = pq.read_table(out)
    jsonl = tmp_path / "out.jsonl"
    main(["convert", str(FIXTURES / "seeds"), "-o", str(jsonl), "--quiet"])
    n_articles = sum(len(r["page"]["articles"]) for r in read_jsonl(jsonl))  # type: ignore[index,arg-type]
    assert table.num_rows == n_articles
    assert set(table.column("role").to_pylist()) == {"main", "related", "listing"}


@pytest.mark.local_sockets
def test_dask_cluster_gives_the_local_output(tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed")
    local = tmp_path / "local.jsonl"
    assert main(["convert", str(FIXTURES), "-o", str(local), "--workers", "1", "--quiet"]) == 0
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        remote = tmp_path / "remote.jsonl"
        code = main(["convert", str(FIXTURES), "-o", str(remote), "--scheduler", cluster.scheduler_address, "--quiet"])
        assert code == 0
    assert remote.read_bytes() == local.read_bytes()


def test_dask_bag_api_maps_partitions() -> None:
    bag_mod = pytest.importorskip("dask.bag")
    from newsclean.batch import extract_partition

    records = [{"id": str(i), "text": SEED.read_text(encoding="utf-8")} for i in range(4)] + [{"id": "x"}]
    bag = bag_mod.from_sequence(records, npartitions=2)
    out = bag.map_partitions(extract_partition).compute(scheduler="sync")
    assert [r["source"] for r in out] == ["0", "1", "2", "3", "x"]
    assert "error" in out[-1] and len(out[0]["page"]["articles"]) == 4


def test_show_prints_articles_and_removals(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(SEED), "--plain", "--fetched-at", "2025-06-12T12:00:00Z"]) == 0
    text = capsys.readouterr().out
    assert "MAIN: South Korea President Lee, Japan PM Ishiba agree to strengthen ties" in text
    assert "[daily8.try-ai-features] 'Try Our AI Features'" in text


def test_schema_is_the_page_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Page" and "Article" in schema["$defs"]


def test_fetched_at_mtime_resolves_relative_times(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    os.utime(page, (1_750_000_000, 1_750_000_000))  # 2025-06-15T15:06:40Z
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(page), "-o", str(out), "--fetched-at", "mtime", "--quiet"]) == 0
    main_article = read_jsonl(out)[0]["page"]["articles"][0]  # type: ignore[index]
    assert main_article["published_at"].startswith("2025-06-12T15:06:40")


def test_docs_worked_example_adds_an_aggregator_with_a_rule_file_alone(capsys: pytest.CaptureFixture[str]) -> None:
    examples = ROOT / "docs" / "examples"
    page = str(examples / "newshive" / "cycle-lane.txt")
    assert main(["--rules", str(examples / "newshive.toml"), "show", page, "--plain"]) == 0
    text = capsys.readouterr().out
    assert "[1] MAIN: Council approves the river cycle lane\n" in text
    assert "[2] RELATED: Bridge repairs close two lanes\n" in text
    assert "outlet       Valley Gazette\n" in text
    for rule in ("newshive.masthead", "newshive.app-promo", "newshive.more-on"):
        assert f"[{rule}]" in text
    assert main(["show", page, "--plain"]) == 0  # without the rule file the masthead stays, as a tag
    assert "tags         NewsHive" in capsys.readouterr().out.split("\nremoved:")[0]
