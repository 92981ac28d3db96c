"""Syndication at scale: cluster N synthetic articles with planted duplicate families.

Bodies are built from varied random sentences over a large vocabulary; a share of them are
copied into families with the edits aggregators make (a dropped or added sentence, house
spellings, a changed opening). Reports clustering time on one core, peak memory (RSS) of the
process, and pairwise precision and recall against the planted families. Run from the
project root: ``python benchmarks/cluster.py --articles 200000``.
"""

from __future__ import annotations

import argparse
import random
import resource
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200_000)
    ap.add_argument("--threshold", type=float, default=0.5)
    args = ap.parse_args()
    t0 = time.perf_counter()
    articles, family = make(args.articles)
    print(f"built {len(articles):,} articles in {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    c = Clusterer(args.threshold)
    for i, a in enumerate(articles):
        c.add(i, a)
    clusters = c.clusters()
    seconds = time.perf_counter() - t0
    got = {(a, b) for cl in clusters for a in cl.members for b in cl.members if a < b}
    by_family: dict[int, list[int]] = {}
    for i, f in enumerate(family):
        if f >= 0:
            by_family.setdefault(f, []).append(i)
    want = {(a, b) for m in by_family.values() for a in m for b in m if a < b}
    precision = len(got & want) / len(got) if got else 1.0
    recall = len(got & want) / len(want) if want else 1.0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"clustered in {seconds:.1f} s ({len(articles) / seconds:,.0f} articles/s), {len(clusters):,} clusters")
    print(f"pairwise precision {precision:.4f}  recall {recall:.4f}  (planted pairs {len(want):,})")
    print(f"peak RSS {rss:.0f} MB (includes the generated bodies)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
