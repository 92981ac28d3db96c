"""HTML path: newsclean against trafilatura on the same pages, in one process.

Reports ms/page and pages/s for ``newsclean.extract`` and for ``trafilatura.bare_extraction``
(``with_metadata=True``, the configuration the scorer's trafilatura baseline uses), their
ratio (the median over rounds in which the two alternate, so a busy spell on a shared
machine slows both alike), and on how many pages newsclean asked trafilatura (its warnings
say so). Pages: ``../shared/corpus/html-dev``
when it exists, else the fixtures rendered as HTML. Run from the project root:
``python benchmarks/html_speed.py``.
"""

from __future__ import annotations

import argparse
import html
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from speed import timed  # noqa: E402  (one timing helper for both benchmarks)

import newsclean  # noqa: E402


def pages() -> list[bytes]:
    corpus = ROOT.parent / "shared" / "corpus" / "html-dev"
    if corpus.is_dir():
        return [p.read_bytes() for p in sorted(corpus.glob("*.htm*"))]
    out = []
    for p in sorted((ROOT / "fixtures").glob("*/*.txt")):
        body = "".join(f"<p>{html.escape(x)}</p>" for x in p.read_text(encoding="utf-8").split("\n") if x.strip())
        out.append(f"<html><body><article>{body}</article></body></html>".encode())
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3, help="timed passes of each contestant, alternating")
    args = ap.parse_args()
    docs = pages()
    # Both contestants keep per-page caches (newsclean through htmldate and its trafilatura
    # second opinion) and pay one-time set-up on their first pages (lazy imports, dateparser's
    # locale tables). A long batch pays the set-up once and never sees a page twice, so
    # each contestant first runs the even pages untimed and is then timed over passes of
    # the odd pages, caches emptied: warm, but no timed page one its caches have seen.
    warm, timed_docs = docs[0::2], docs[1::2]
    helped = sum(any("trafilatura" in w for w in newsclean.extract(d).warnings) for d in timed_docs)
    print(f"{len(timed_docs)} pages timed (after {len(warm)} other pages as warm-up), {args.rounds} rounds")
    print(f"newsclean asked trafilatura on {helped / len(timed_docs):.1%} of the pages")
    try:
        import trafilatura
    except ImportError:
        ours = timed(newsclean.extract, timed_docs, 1, warmup=warm)
        print(f"newsclean    {ours * 1000:7.2f} ms/page  {1 / ours:7.1f} pages/s")
        print("trafilatura not installed: no comparison")
        return 0

    def traf(d: bytes) -> object:
        return trafilatura.bare_extraction(d, with_metadata=True)

    for fn in (newsclean.extract, traf):
        for d in warm:
            fn(d)
    # The machine is shared: the contestants alternate pass by pass, so a busy spell slows
    # both of one round alike, and the median of the rounds' ratios is reported.
    ratios = []
    for r in range(args.rounds):
        ours = timed(newsclean.extract, timed_docs, 1)
        theirs = timed(traf, timed_docs, 1)
        ratios.append(theirs / ours)
        print(
            f"round {r + 1}: newsclean {ours * 1000:7.2f} ms/page ({1 / ours:6.1f} pages/s), "
            f"trafilatura {theirs * 1000:7.2f} ms/page ({1 / theirs:6.1f} pages/s): {theirs / ours:.2f}x"
        )
    print(f"newsclean is {statistics.median(ratios):.1f}x trafilatura's pages/s (median of {args.rounds} rounds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
