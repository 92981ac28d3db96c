"""Text-path speed: newsclean against the floor and against what a user would pick instead.

One run, the same pages for every contestant:

* **newsclean** ``extract()``: median ms/page over several passes, and MB/s;
* **floor**: read each page, split it into lines, match every line against one compiled
  alternation of the bundled chrome phrases, build one dict per page: work no real
  pipeline can skip;
* **trafilatura** ``bare_extraction`` (with metadata) on the page text wrapped one paragraph
  per ``<p>``, and **jusText** on the same HTML, when installed (``pip install trafilatura
  justext``);
* the ratios newsclean/floor and trafilatura/newsclean.

Pages: the fixtures replicated to ``--pages`` with small variations (a varied number, outlet
names and words changed), plus ``../shared/corpus/dev`` when that folder exists. Run from the
project root: ``python benchmarks/speed.py``.
"""

from __future__ import annotations

import argparse
import html
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import regex  # noqa: E402

import newsclean  # noqa: E402
from newsclean.rules import default_rules  # noqa: E402

_SWAPS = [("Monday", "Tuesday"), ("council", "board"), ("said", "says"), ("the", "the"), ("3", "4")]


DEV = ROOT.parent / "shared" / "corpus" / "dev"


def corpus(n: int, dev: Path = DEV) -> list[str]:
    """Fixture pages replicated to ``n`` with small variations, plus the dev corpus if present."""
    base = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").glob("*/*.txt"))]
    rng = random.Random(7)
    pages: list[str] = []
    while len(pages) < n:
        text = rng.choice(base)
        a, b = rng.choice(_SWAPS)
        text = text.replace(a, b, rng.randint(1, 5))
        pages.append(text.replace("hours ago", f"{rng.randint(2, 23)} hours ago", 1))
    if dev.is_dir():
        pages += [p.read_text(encoding="utf-8") for p in sorted(dev.glob("*.txt"))]
    return pages


def floor_fn() -> Callable[[str], dict[str, object]]:
    rules = default_rules()
    phrases = [p for p, _ in rules.chrome_phrases]
    pattern = regex.compile("|".join(regex.escape(p) for p in sorted(phrases, key=len, reverse=True)), regex.I)

    def floor(text: str) -> dict[str, object]:
        kept = [line for line in text.split("\n") if line.strip() and not pattern.fullmatch(line.strip())]
        return {"lines": kept, "n": len(kept)}

    return floor


def stage_fns() -> dict[str, Callable[[str], object]]:
    """newsclean cut short after each early stage: what the floor's work costs in the pipeline.

    The floor reads lines and matches chrome; the same work inside newsclean (normalise,
    split into lines, classify each line) is the first row. The ratios of these rows to the
    floor show how much of the budget each stage takes before any field is extracted.
    """
    from newsclean.classify import classify
    from newsclean.decode import normalize
    from newsclean.lines import split_lines
    from newsclean.para import Ledger
    from newsclean.segment import segment

    rules = default_rules()

    def lines(text: str) -> object:
        return split_lines(normalize(text))

    def classified(text: str) -> object:
        return classify(split_lines(normalize(text)), rules, Ledger())

    def segmented(text: str) -> object:
        ledger = Ledger()
        return segment(classify(split_lines(normalize(text)), rules, ledger), ledger)

    return {"  normalise+lines": lines, "  +classify": classified, "  +segment": segmented}


def compiled() -> bool:
    """Whether the installed newsclean is the mypyc-compiled build (see setup.py)."""
    import newsclean.classify

    return newsclean.classify.__file__.endswith((".so", ".pyd"))


def as_html(text: str) -> str:
    paras = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())
    return f"<html><body>{paras}</body></html>"


def cold() -> None:
    """Empty the memo caches of htmldate and trafilatura (``functools.lru_cache``).

    Both keep per-string caches (date expressions, text lines); a second pass over the same
    pages would hit them and time a workload no real batch has. Every pass starts cold.
    """
    import functools
    import importlib
    import pkgutil

    for name in ("htmldate", "trafilatura"):
        try:
            pkg = importlib.import_module(name)
        except ImportError:
            continue
        for info in pkgutil.iter_modules(pkg.__path__):
            module = sys.modules.get(f"{name}.{info.name}")
            for obj in vars(module).values() if module else ():
                if isinstance(obj, functools._lru_cache_wrapper):
                    obj.cache_clear()


def timed(fn: Callable[[Any], object], pages: list[Any], passes: int, warmup: list[Any] | None = None) -> float:
    """Median seconds per page over ``passes`` passes through all pages, each starting cold.

    ``warmup`` pages are run first, untimed: trafilatura pays for lazy imports and set-up
    (some woken only by particular texts) that a long batch pays once. Every pass starts by
    emptying the per-string caches (:func:`cold`), so a warm-up on the timed pages
    themselves leaves set-up done but no answer remembered.
    """
    for p in warmup or ():
        fn(p)
    runs = []
    for _ in range(passes):
        cold()
        t0 = time.perf_counter()
        for p in pages:
            fn(p)
        runs.append((time.perf_counter() - t0) / len(pages))
    return statistics.median(runs)


def others(pages: list[str], n: int, passes: int) -> tuple[list[str], dict[str, float]]:
    """trafilatura and jusText on a sample of ``n`` pages spread over all, and newsclean on the same."""
    # The slow contestants get a sample spread over all pages (dev pages included), and
    # newsclean is timed again on exactly that sample for the ratio.
    step = max(2, len(pages) // n)
    sample = pages[::step]
    html_sample = [as_html(p) for p in sample]
    # The warm-up is the sample itself: some texts wake lazy set-up in trafilatura (one
    # relative date took 2 s once, 3 ms after), and a warm-up that missed it charged that
    # to the timed pass (13.9 ms/page instead of 2.2). Its result caches are emptied before
    # timing; any cache left warm only favours the other contestants.
    html_warmup = html_sample
    sample_rows: dict[str, float] = {"newsclean": timed(newsclean.extract, sample, passes)}
    try:
        import trafilatura

        def traf(h: str) -> object:
            return trafilatura.bare_extraction(h, with_metadata=True)

        sample_rows["trafilatura"] = timed(traf, html_sample, 1, warmup=html_warmup)
    except ImportError:
        print("trafilatura not installed: skipped")
    try:
        import justext

        stop = justext.get_stoplist("English")
        sample_rows["justext"] = timed(lambda h: justext.justext(h, stop), html_sample, 1, warmup=html_warmup)
    except ImportError:
        print("jusText not installed: skipped")
    return sample, sample_rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=3000)
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--others-pages", type=int, default=300, help="pages for the slow contestants (0: skip them)")
    ap.add_argument("--batch-pages", type=int, default=10_000, help="pages for the CLI memory run (0: skip)")
    ap.add_argument("--corpus", type=Path, default=DEV, help="folder of extra real pages (*.txt)")
    ap.add_argument("--no-stages", dest="stages", action="store_false", help="skip the per-stage rows")
    args = ap.parse_args()
    pages = corpus(args.pages, args.corpus)
    print(f"newsclean {newsclean.__version__}: {'mypyc-compiled' if compiled() else 'pure Python'}")
    mb = sum(len(p.encode("utf-8")) for p in pages) / 1e6
    print(f"{len(pages)} pages, {mb:.1f} MB")
    rows: dict[str, float] = {}
    rows["floor"] = timed(floor_fn(), pages, args.passes)
    rows["newsclean"] = timed(newsclean.extract, pages, args.passes)
    if args.stages:
        for name, fn in stage_fns().items():
            rows[name] = timed(fn, pages, args.passes)
    sample: list[str] = []
    sample_rows: dict[str, float] = {}
    if args.others_pages > 0:  # 0: the floor and newsclean only
        sample, sample_rows = others(pages, args.others_pages, args.passes)
    per_mb = mb / len(pages)
    sample_mb = sum(len(p.encode("utf-8")) for p in sample) / 1e6 / max(1, len(sample))
    print(f"{'contestant':24} {'ms/page':>9} {'MB/s':>8}")
    for name, sec in rows.items():
        print(f"{name:24} {sec * 1000:9.3f} {per_mb / sec:8.2f}")
    for name, sec in sample_rows.items():
        label = f"{name} ({len(sample)}-page sample)"
        print(f"{label:24} {sec * 1000:9.3f} {sample_mb / sec:8.2f}")
    print(f"newsclean/floor: {rows['newsclean'] / rows['floor']:.1f}x")
    if args.stages:
        parts = ", ".join(f"{name.strip()} {rows[name] / rows['floor']:.1f}x" for name in stage_fns())
        print(f"stages/floor: {parts}")
    if "trafilatura" in sample_rows:
        print(f"trafilatura/newsclean (same sample): {sample_rows['trafilatura'] / sample_rows['newsclean']:.1f}x")
    if args.batch_pages:
        import tempfile

        from batch import make_records, run

        with tempfile.TemporaryDirectory() as tmp:
            records = Path(tmp) / "records.jsonl"
            make_records(records, args.batch_pages)
            seconds, rss = run(records, 2, Path(tmp) / "out.jsonl")
        print(f"CLI convert of {args.batch_pages:,} pages (2 workers): {seconds:.1f} s, peak RSS {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
