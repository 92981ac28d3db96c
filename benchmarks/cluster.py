"""Syndication at scale: planted families (accuracy) and one story copied N times (cost curve).

Bodies are built from varied random sentences over a large vocabulary; copies carry the edits
aggregators make (a dropped or added sentence, house spellings, a changed opening).

``--articles N`` (default mode): N articles, a share of them copied into small families.
Reports clustering time, peak memory (RSS) of the process, and pairwise precision and recall
against the planted families.

``--curve 1000,10000,100000``: for each size N, N copies of one story (half word for word,
half with one light edit each, from different outlets and times) mixed with N distinct
stories. Each step runs in its own process (so its peak memory is its own) and reports wall
and CPU time, peak RSS before and after clustering, whether all copies landed in one cluster
and nothing else joined, and the time ratio to the step before. Run from the project root:
``python benchmarks/cluster.py --curve 1000,10000,100000``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsclean.syndication import Clusterer

SYLLABLES = [a + b for a in "bcdfghjklmnprstvz" for b in ("a", "e", "i", "o", "u", "ai", "ou", "ea")]


def vocabulary(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))) for _ in range(n)]


def sentence(rng: random.Random, vocab: list[str]) -> str:
    words = [rng.choice(vocab) for _ in range(rng.randint(9, 22))]
    return " ".join(words).capitalize() + "."


def edited(rng: random.Random, sentences: list[str], vocab: list[str]) -> list[str]:
    out = list(sentences)
    kind = rng.randrange(4)
    if kind == 0 and len(out) > 4:
        del out[rng.randrange(1, len(out))]  # a dropped sentence
    elif kind == 1:
        out.insert(rng.randrange(len(out)), sentence(rng, vocab))  # an added one
    elif kind == 2:
        out[0] = "SEOUL: " + out[0].replace("a", "e", 1)  # another dateline form, a spelling
    else:
        k = rng.randrange(len(out))
        words = out[k].split()
        words[rng.randrange(len(words))] = rng.choice(vocab)  # one word changed
        out[k] = " ".join(words)
    return out


def make(n: int, seed: int = 5) -> tuple[list[dict[str, str]], list[int]]:
    """Articles and the family id of each (-1 for singletons)."""
    rng = random.Random(seed)
    vocab = vocabulary(rng, 30_000)
    articles: list[dict[str, str]] = []
    family: list[int] = []
    fam = 0
    while len(articles) < n:
        base = [sentence(rng, vocab) for _ in range(rng.randint(6, 12))]
        copies = rng.choice([0, 0, 0, 0, 0, 1, 1, 2, 3])
        articles.append({"body": "\n\n".join(base), "outlet": f"Outlet {rng.randrange(500)}"})
        family.append(fam if copies else -1)
        for _ in range(copies):
            if len(articles) >= n:
                break
            articles.append({"body": "\n\n".join(edited(rng, base, vocab)), "outlet": f"Outlet {rng.randrange(500)}"})
            family.append(fam)
        fam += 1
    return articles, family


def make_family(n: int, seed: int = 7) -> tuple[list[dict[str, object]], list[bool]]:
    """N copies of one story (half edited) among N distinct stories, shuffled; which are copies."""
    rng = random.Random(seed)
    vocab = vocabulary(rng, 30_000)
    story = [sentence(rng, vocab) for _ in range(10)]
    articles: list[dict[str, object]] = []
    is_copy: list[bool] = []
    for i in range(n):
        text = story if i % 2 == 0 else edited(rng, story, vocab)
        articles.append(
            {"body": "\n\n".join(text), "outlet": f"Outlet {i % 5000}", "credits": ["Wire One"] if i % 3 else [],
             "published_at": f"2025-06-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00+00:00"}
        )  # fmt: skip
        is_copy.append(True)
    for i in range(n):
        body = [sentence(rng, vocab) for _ in range(rng.randint(6, 12))]
        articles.append({"body": "\n\n".join(body), "outlet": f"Outlet {i % 5000}"})
        is_copy.append(False)
    order = list(range(2 * n))
    rng.shuffle(order)
    return [articles[k] for k in order], [is_copy[k] for k in order]


def rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one_step(n: int, threshold: float) -> dict[str, object]:
    """Cluster one curve step in this process and describe it."""
    articles, is_copy = make_family(n)
    before = rss_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    c = Clusterer(threshold)
    for i, a in enumerate(articles):
        c.add(i, a)
    clusters = c.clusters()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    copies = {i for i, flag in enumerate(is_copy) if flag}
    stats = getattr(c, "stats", None)  # absent before the linear clusterer: lets this script time older code
    return {
        "n": n, "wall": wall, "cpu": cpu, "rss_before": before, "rss_peak": rss_mb(),
        "one_cluster": any(copies <= set(cl.members) for cl in clusters),
        "largest_copies": max((len(copies & set(cl.members)) for cl in clusters), default=0),
        "strangers_joined": sum(1 for cl in clusters for m in cl.members if not is_copy[m]),
        "clusters": len(clusters), "texts": stats.texts if stats else -1,
        "comparisons": stats.comparisons if stats else -1,
    }  # fmt: skip


def curve(sizes: list[int], threshold: float) -> int:
    print(
        "copies  distinct  wall s   cpu s  ratio(cpu)  RSS before  RSS peak  all copies in one  largest  others joined"
        "    texts  comparisons"
    )
    prev: float | None = None
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    for n in sizes:
        cmd = [sys.executable, __file__, "--step", str(n), "--threshold", str(threshold)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
        r = json.loads(out.splitlines()[-1])
        ratio = f"{r['cpu'] / prev:9.1f}x" if prev else "         -"
        prev = r["cpu"]
        print(
            f"{n:>6,}  {n:>8,}  {r['wall']:6.1f}  {r['cpu']:6.1f}  {ratio}  {r['rss_before']:7.0f} MB  {r['rss_peak']:5.0f} MB"
            f"  {'yes' if r['one_cluster'] else 'no':>17}  {r['largest_copies']:>7,}  {r['strangers_joined']:>13}"
            f"  {r['texts']:>7,}  {r['comparisons']:>11,}"
        )
    return 0


def accuracy(n: int, threshold: float) -> int:
    t0 = time.perf_counter()
    articles, family = make(n)
    print(f"built {len(articles):,} articles in {time.perf_counter() - t0:.1f} s")
    t0, cpu = time.perf_counter(), time.process_time()
    c = Clusterer(threshold)
    for i, a in enumerate(articles):
        c.add(i, a)
    clusters = c.clusters()
    seconds, cpu = time.perf_counter() - t0, time.process_time() - cpu
    got = {(a, b) for cl in clusters for a in cl.members for b in cl.members if a < b}
    by_family: dict[int, list[int]] = {}
    for i, f in enumerate(family):
        if f >= 0:
            by_family.setdefault(f, []).append(i)
    want = {(a, b) for m in by_family.values() for a in m for b in m if a < b}
    precision = len(got & want) / len(got) if got else 1.0
    recall = len(got & want) / len(want) if want else 1.0
    print(f"clustered in {seconds:.1f} s wall, {cpu:.1f} s CPU ({len(articles) / cpu:,.0f} articles/CPU s)")
    print(
        f"{len(clusters):,} clusters; pairwise precision {precision:.4f}  recall {recall:.4f}  (planted pairs {len(want):,})"
    )
    stats = getattr(c, "stats", None)
    if stats:
        print(f"comparisons {stats.comparisons:,}, left uncompared in crowded buckets {stats.uncompared:,}")
    print(f"peak RSS {rss_mb():.0f} MB (includes the generated bodies)")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200_000, help="planted-families mode: this many articles")
    ap.add_argument("--curve", help="family-size mode: comma-separated copy counts, e.g. 1000,10000,100000")
    ap.add_argument("--step", type=int, help=argparse.SUPPRESS)  # one curve step, in a child process
    ap.add_argument("--threshold", type=float, default=0.5)
    args = ap.parse_args()
    if args.step:
        print(json.dumps(one_step(args.step, args.threshold)))
        return 0
    if args.curve:
        return curve([int(x) for x in args.curve.split(",")], args.threshold)
    return accuracy(args.articles, args.threshold)


if __name__ == "__main__":
    sys.exit(main())
