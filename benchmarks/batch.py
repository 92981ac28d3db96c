"""Batch throughput: ``newsclean convert`` on N generated pages with 1 and 2 workers.

Reports pages/s for each worker count, the speed-up, and the peak resident memory of the
largest process of each run (so "memory flat" can be read off two sizes). Pages are the
fixtures replicated with small variations into one JSONL record file. Run from the
project root: ``python benchmarks/batch.py --pages 10000``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_records(path: Path, n: int) -> None:
    base = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").glob("*/*.txt"))]
    rng = random.Random(11)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            text = rng.choice(base).replace("the", rng.choice(["the", "The", "a"]), rng.randint(0, 3))
            fh.write(json.dumps({"text": text, "url": f"https://example.org/{i}"}) + "\n")


def run(records: Path, workers: int, out: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MB of the largest process) for one conversion."""
    script = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "r = subprocess.run(sys.argv[1:])\n"
        "dt = time.perf_counter() - t\n"
        "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(dt, rss)\n"
        "sys.exit(r.returncode)\n"
    )
    cmd = [sys.executable, "-c", script, sys.executable, "-m", "newsclean", "convert", str(records),
           "-o", str(out), "--workers", str(workers), "--quiet", "--fetched-at", "2025-09-01T12:00:00Z"]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    res = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
    seconds, rss = res.stdout.split()
    return float(seconds), float(rss)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=10_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small, big = Path(tmp) / "small.jsonl", Path(tmp) / "big.jsonl"
        make_records(small, max(args.pages // 4, 1))
        make_records(big, args.pages)
        print(f"{'pages':>7} {'workers':>7} {'seconds':>8} {'pages/s':>8} {'peak RSS MB':>11}")
        rates = {}
        for records, n in ((small, args.pages // 4), (big, args.pages)):
            for workers in (1, 2):
                sec, rss = run(records, workers, Path(tmp) / "out.jsonl")
                rates[(n, workers)] = n / sec
                print(f"{n:>7} {workers:>7} {sec:8.2f} {n / sec:8.0f} {rss:11.0f}")
        print(f"2 workers / 1 worker at {args.pages} pages: {rates[(args.pages, 2)] / rates[(args.pages, 1)]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
