"""Mutation fuzzing of ``newsclean.extract`` without atheris (not run in CI).

Real page shapes find bugs random bytes never reach: this takes pages (the bundled fixtures,
or every ``*.txt`` under the folders given) and mutates their lines the way scrapers and
sites damage them (lines dropped, duplicated, glued, split, shuffled, upper-cased, cut off;
furniture fragments and odd characters inserted), then checks each result with the
invariants of ``invariants.check``: no exception in strict mode, removals that point at
their text and never overlap, article spans inside the text, a page that survives JSON.
A case slower than ``SLOW_SECONDS`` is reported; failing inputs are written to ``--out``.

    python fuzz/mutate_extract.py --seed 1 --cases 2000
    python fuzz/mutate_extract.py --seed 2 --cases 5000 ../shared/corpus/dev ../shared/corpus/wide
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "fuzz"))

from invariants import check  # noqa: E402

SLOW_SECONDS = 2.0
# Fragments sites and scrapers put where they do not belong.
JUNK = (
    "\u200b", "\xa0", "—", "–", " (AP) — ", "Photo: ", "By ", "•", "...", "|", "2 days ago", "BBC News",
    "\t", "\r\n", "Advertisement", "READ MORE:", "(Reuters) -", "🙂", "\ufeff", "\u2028", "[[nid:1]]",
    "Source: ", "Page 2", ":", "(", ")",
)  # fmt: skip


def mutate(text: str, rnd: random.Random, donors: list[str]) -> str:
    """One to six line-level damages of ``text``."""
    lines = text.split("\n") or [""]
    for _ in range(rnd.randint(1, 6)):
        if not lines:
            lines = [""]
        op, i = rnd.randrange(9), rnd.randrange(len(lines))
        if op == 0 and len(lines) > 1:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[rnd.randrange(len(lines))])
        elif op == 2 and i + 1 < len(lines):
            lines[i] += lines.pop(i + 1)
        elif op == 3 and lines[i]:
            k = rnd.randrange(len(lines[i]) + 1)
            lines[i] = lines[i][:k] + rnd.choice(JUNK) + lines[i][k:]
        elif op == 4:
            rnd.shuffle(lines)
        elif op == 5 and lines[i]:
            k = rnd.randrange(len(lines[i]))
            lines[i : i + 1] = [lines[i][:k], lines[i][k:]]
        elif op == 6:
            lines[i] = lines[i].upper()
        elif op == 7:
            lines = lines[: rnd.randrange(len(lines) + 1)]
        elif op == 8:
            lines.insert(i, rnd.choice(rnd.choice(donors).split("\n")[:3] or [""]))
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="*", type=Path, help="folders of *.txt pages (default: the fixtures)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cases", type=int, default=1000)
    ap.add_argument("--out", type=Path, default=Path("fuzz-failures"))
    args = ap.parse_args()
    folders = args.folders or [ROOT / "fixtures"]
    donors = [p.read_text(encoding="utf-8") for f in folders for p in sorted(f.rglob("*.txt"))]
    if not donors:
        ap.error("no *.txt pages in " + ", ".join(map(str, folders)))
    rnd = random.Random(args.seed)
    failures = 0
    for k in range(args.cases):
        source = mutate(rnd.choice(donors), rnd, donors)
        start = time.perf_counter()
        try:
            check(source)
        except Exception as exc:  # every failure is a finding: keep the input
            failures += 1
            args.out.mkdir(exist_ok=True)
            (args.out / f"seed{args.seed}-case{k}.txt").write_text(source, encoding="utf-8")
            print(f"case {k}: {type(exc).__name__}: {str(exc)[:200]}")
        took = time.perf_counter() - start
        if took > SLOW_SECONDS:
            print(f"case {k}: slow, {took:.1f} s")
    print(f"seed {args.seed}: {args.cases} cases, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
