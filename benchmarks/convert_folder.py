"""A/B speed of ``newsclean convert`` on a folder of page files: this tree against another
commit, in one run.

Since issue 22 the main process reads the first 8 KB of every input file to tell a page from
JSON lines and WARC (names no longer decide); this measures what that costs where it costs
most: many small page files, one worker. Both trees run alternately in fresh processes on
the same folder; the ratio of the medians is what to read (the machine is shared).

    python benchmarks/convert_folder.py --base 4d8ff90 --files 3000 --rounds 5
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from compare import _checkout  # noqa: E402


def make_folder(folder: Path, n: int) -> None:
    base = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").glob("*/*.txt"))]
    rng = random.Random(7)
    for i in range(n):
        text = rng.choice(base).replace("the", rng.choice(["the", "The", "a"]), rng.randint(0, 3))
        (folder / f"page{i:06d}.txt").write_text(text, encoding="utf-8")


def run(tree: Path, folder: Path, out: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    cmd = [sys.executable, "-m", "newsclean", "convert", str(folder), "-o", str(out), "--workers", "1", "--quiet"]
    started = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True, help="the commit to compare against")
    ap.add_argument("--files", type=int, default=3000, help="page files in the folder (default 3000)")
    ap.add_argument("--rounds", type=int, default=5, help="A/B alternations (default 5)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        make_folder(folder, args.files)
        base = _checkout(args.base, Path(tmp) / "base")
        a_times, b_times = [], []
        for _ in range(args.rounds):
            a_times.append(run(ROOT, folder, Path(tmp) / "a.jsonl"))
            b_times.append(run(base, folder, Path(tmp) / "b.jsonl"))
    a, b = statistics.median(a_times), statistics.median(b_times)
    print(f"files: {args.files}, rounds: {args.rounds}, one worker")
    print(f"this tree : median {a:.2f} s, best {min(a_times):.2f} s")
    print(f"{args.base:10}: median {b:.2f} s, best {min(b_times):.2f} s")
    print(f"ratio this/base: {a / b:.3f} (median), {min(a_times) / min(b_times):.3f} (best)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
