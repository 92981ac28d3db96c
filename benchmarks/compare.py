"""A/B speed of ``extract()``: this tree against another commit, on the same pages, in one run.

A machine shared with other work times the same code differently from one minute to the
next, so an absolute ms/page from another day says little. This script checks the other
commit out into a temporary folder (``git archive``, nothing in this tree changes), then
times both in fresh subprocesses, alternating A and B several times, and prints each
one's best and median ms/page and the ratio of the medians.

    python benchmarks/compare.py --base 5e0d68d            # the text benchmark's pages
    python benchmarks/compare.py --base HEAD~3 --corpus ../shared/corpus/wide
    python benchmarks/compare.py --base main --html --instructions   # the HTML path
    python benchmarks/compare.py --trace-cost                  # this tree: trace=False vs trace=True
    python benchmarks/compare.py --trace-free                  # trace=False vs the trace code taken out

Pages: the bundled fixtures replicated with small variations (as ``speed.py`` builds them),
plus ``--corpus`` (``*.txt``) when given or when ``../shared/corpus/dev`` exists. With
``--html``: the pages of ``--corpus`` (default ``../shared/corpus/html-dev``) named ``*.htm*``,
read as bytes as a crawler hands them over, or the fixtures in markup when there is none.
"""

from __future__ import annotations

import argparse
import ast
import html
import json
import os
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from speed import DEV, corpus  # noqa: E402

HTML_DEV = ROOT.parent / "shared" / "corpus" / "html-dev"


def _as_markup(text: str) -> str:
    """A text page as paragraphs in markup (the HTML path without an HTML corpus)."""
    return "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())


# What each subprocess runs: import the package found first on sys.path, warm up once,
# then time every page ``passes`` times and print the best pass in ms/page.
_CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
import newsclean
pages = json.load(open(sys.argv[2], encoding="utf-8"))
if isinstance(pages, dict):  # HTML pages: their files, read as bytes
    pages = [open(p, "rb").read() for p in pages["paths"]]
passes = int(sys.argv[3])
kw = {"trace": True} if len(sys.argv) > 4 and sys.argv[4] == "trace" else {}
for p in pages[:50]:
    newsclean.extract(p, **kw)
if passes == 0:  # warm-up only: what an instruction count subtracts
    pages = []
best = float("inf")
for _ in range(max(passes, 1)):
    t0 = time.perf_counter()
    for p in pages:
        newsclean.extract(p, **kw)
    best = min(best, time.perf_counter() - t0)
print(json.dumps({"ms": 1000 * best / max(1, len(pages)), "file": newsclean.__file__}))
"""
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def _checkout(commit: str, into: Path) -> Path:
    """The package of ``commit`` unpacked into ``into``; returns the folder to put on sys.path."""
    into.mkdir(parents=True, exist_ok=True)
    archive = into / "base.tar"
    with archive.open("wb") as out:
        subprocess.run(["git", "archive", commit, "newsclean"], cwd=ROOT, stdout=out, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    return into


def _time(src: Path, pages_file: Path, passes: int) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(src), str(pages_file), str(passes)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    result = json.loads(out.stdout.strip().splitlines()[-1])
    if not str(result["file"]).startswith(str(src)):
        raise SystemExit(f"the child imported {result['file']}, not the tree under {src}")
    return float(result["ms"])


def _instructions(src: Path, pages_file: Path, passes: int, mode: str = "") -> int:
    """Instructions the child executes (valgrind's callgrind): the same for the same code and
    pages whatever else the machine is doing. ``mode`` "trace": every call with ``trace=True``."""
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
         sys.executable, "-c", _CHILD, str(src), str(pages_file), str(passes), mode],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    m = _COLLECTED.search(out.stderr)
    if m is None:
        raise SystemExit("valgrind printed no instruction count")
    return int(m.group(1))


def _per_page(src: Path, pages_file: Path, n: int, mode: str = "") -> float:
    """Instructions per page: one pass over the pages, less the import and warm-up alone."""
    return (_instructions(src, pages_file, 1, mode) - _instructions(src, pages_file, 0, mode)) / n


def _trace_cost(pages: list[str]) -> int:
    """This tree's instructions per page with ``trace=False`` (the default) and ``trace=True``.

    What recording every decision costs a caller who asks for it. With ``trace=False`` the
    trace code runs only its ``if ledger.trace is not None`` tests; the first line is the
    number to hold against a tree without trace code (``--base`` of one, as usual).
    """
    with tempfile.TemporaryDirectory() as tmp:
        pages_file = Path(tmp) / "pages.json"
        pages_file.write_text(json.dumps(pages), encoding="utf-8")
        off = _per_page(ROOT, pages_file, len(pages))
        on = _per_page(ROOT, pages_file, len(pages), "trace")
    print(f"pages: {len(pages)} (instructions per page, valgrind callgrind, this tree)")
    print(f"trace=False: {off / 1e6:.3f} M")
    print(f"trace=True : {on / 1e6:.3f} M  ({on / off:.3f}x)")
    return 0


def _is_trace_test(test: ast.expr) -> bool:
    """``x.trace is not None`` (maybe first in an ``and``): the test guarding trace code."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return _is_trace_test(test.values[0])
    return (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Attribute)
        and test.left.attr == "trace"
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.IsNot)
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value is None
    )


class _WithoutTrace(ast.NodeTransformer):
    """Takes the trace code out: ``if x.trace is not None: ...`` keeps only its ``else``, and
    ``x.note(...)`` statements go (a call that records a decision only when tracing)."""

    def visit_If(self, node: ast.If) -> ast.AST | list[ast.stmt]:
        self.generic_visit(node)
        if _is_trace_test(node.test):
            return node.orelse or [ast.Pass()]
        return node

    def visit_Expr(self, node: ast.Expr) -> ast.AST:
        call = node.value
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "note":
            return ast.Pass()
        return node


def _strip_trace(into: Path, *, strip: bool = True) -> tuple[Path, int]:
    """This tree's package copied into ``into`` through ``ast.unparse``, with the trace code
    taken out (see :class:`_WithoutTrace`) when ``strip``; returns the folder for sys.path and
    how many modules the stripping changed. Both sides of ``--trace-free`` are unparsed, so
    what unparsing alone changes (comments, layout) is the same on both."""
    changed = 0
    for src in (ROOT / "newsclean").rglob("*"):
        dest = into / src.relative_to(ROOT)
        if src.is_dir() or "__pycache__" in src.parts:
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        if src.suffix != ".py":
            dest.write_bytes(src.read_bytes())
            continue
        text = src.read_text(encoding="utf-8")
        tree = ast.parse(text)
        plain = ast.unparse(tree)
        stripped = ast.unparse(ast.fix_missing_locations(_WithoutTrace().visit(tree))) if strip else plain
        changed += stripped != plain
        dest.write_text(stripped, encoding="utf-8")
    return into, changed


# Run in a subprocess per tree: every page's output with trace=False, as one JSON list.
_OUTPUTS = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
import newsclean
pages = json.load(open(sys.argv[2], encoding="utf-8"))
print(json.dumps({"file": newsclean.__file__, "pages": [newsclean.extract(p).model_dump(mode="json") for p in pages]}))
"""


def _outputs(src: Path, pages_file: Path) -> list[object]:
    """Every page's output from the package under ``src`` (checked to be the one imported)."""
    run = subprocess.run([sys.executable, "-c", _OUTPUTS, str(src), str(pages_file)],
                         capture_output=True, text=True, check=True)  # fmt: skip
    result = json.loads(run.stdout)
    if not str(result["file"]).startswith(str(src)):
        raise SystemExit(f"the child imported {result['file']}, not the tree under {src}")
    return list(result["pages"])


def _trace_free(pages: list[str]) -> int:
    """This tree's instructions per page with ``trace=False`` against the same tree with the
    trace code taken out: what the trace code costs a caller who does not ask for a trace
    (issue 18: "with trace=False exactly as fast as without the trace code"). Both copies
    are unparsed from their syntax trees, so only the taken-out code differs."""
    with tempfile.TemporaryDirectory() as tmp:
        pages_file = Path(tmp) / "pages.json"
        pages_file.write_text(json.dumps(pages), encoding="utf-8")
        same, _ = _strip_trace(Path(tmp) / "same", strip=False)
        bare, changed = _strip_trace(Path(tmp) / "bare")
        if _outputs(same, pages_file) != _outputs(bare, pages_file):
            raise SystemExit("the copy without trace code reads the pages differently: the stripping is wrong")
        # the children inherit it: string hashing changes the order sets iterate in, and with
        # it a few thousand instructions a page from one process to the next, more than the
        # difference measured here
        os.environ["PYTHONHASHSEED"] = "0"
        off = _per_page(same, pages_file, len(pages))
        none = _per_page(bare, pages_file, len(pages))
    print(f"pages: {len(pages)} (instructions per page, valgrind callgrind, this tree)")
    print(f"trace=False          : {off / 1e6:.3f} M")
    print(f"trace code taken out : {none / 1e6:.3f} M  ({changed} modules changed, outputs identical)")
    print(f"ratio: {off / none:.4f}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--base", help="the commit to compare against (e.g. a tag, HEAD~1); required but with --trace-cost/--trace-free"
    )
    ap.add_argument("--pages", type=int, default=600, help="fixture-based pages (default 600)")
    ap.add_argument("--corpus", type=Path, default=DEV, help="folder of extra real pages (*.txt)")
    ap.add_argument("--rounds", type=int, default=5, help="A/B alternations (default 5)")
    ap.add_argument("--passes", type=int, default=3, help="timed passes per subprocess (default 3)")
    ap.add_argument(
        "--instructions", action="store_true", help="count instructions with valgrind instead of timing (noise-free)"
    )
    ap.add_argument("--html", action="store_true", help="time the HTML path on HTML pages (see above)")
    ap.add_argument("--sample", type=int, default=0, help="with --html: at most this many pages, evenly spread")
    ap.add_argument(
        "--trace-cost",
        action="store_true",
        help="instructions of this tree with trace=False vs trace=True (text pages)",
    )
    ap.add_argument(
        "--trace-free",
        action="store_true",
        help="instructions of this tree with trace=False vs a copy with the trace code taken out (text pages)",
    )
    args = ap.parse_args()
    if args.trace_cost:
        return _trace_cost(corpus(args.pages, args.corpus))
    if args.trace_free:
        return _trace_free(corpus(args.pages, args.corpus))
    if args.base is None:
        ap.error("--base is required (except with --trace-cost or --trace-free)")
    pages: list[str] | dict[str, list[str]]
    if args.html:
        folder = args.corpus if args.corpus != DEV else HTML_DEV
        paths = sorted(folder.glob("*.htm*"))
        step = max(1, -(-len(paths) // args.sample)) if args.sample else 1  # evenly spread
        pages = {"paths": [str(p.resolve()) for p in paths[::step]]}
        if not pages["paths"]:
            pages = [
                f"<html><body><article>{_as_markup(t)}</article></body></html>" for t in corpus(args.pages, folder)
            ]
    else:
        pages = corpus(args.pages, args.corpus)
    n = len(pages["paths"]) if isinstance(pages, dict) else len(pages)
    if args.instructions:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            pages_file = folder / "pages.json"
            pages_file.write_text(json.dumps(pages), encoding="utf-8")
            base = _checkout(args.base, folder / "base")
            a_i = _per_page(ROOT, pages_file, n)
            b_i = _per_page(base, pages_file, n)
        print(f"pages: {n} (instructions per page, valgrind callgrind)")
        print(f"this tree : {a_i / 1e6:.3f} M")
        print(f"{args.base:10}: {b_i / 1e6:.3f} M")
        print(f"ratio this/base: {a_i / b_i:.3f}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pages_file = folder / "pages.json"
        pages_file.write_text(json.dumps(pages), encoding="utf-8")
        base = _checkout(args.base, folder / "base")
        a_times: list[float] = []
        b_times: list[float] = []
        for _ in range(args.rounds):
            a_times.append(_time(ROOT, pages_file, args.passes))
            b_times.append(_time(base, pages_file, args.passes))
    a, b = statistics.median(a_times), statistics.median(b_times)
    print(f"pages: {n}, rounds: {args.rounds}")
    print(f"this tree : median {a:.3f} ms/page, best {min(a_times):.3f}")
    print(f"{args.base:10}: median {b:.3f} ms/page, best {min(b_times):.3f}")
    print(f"ratio this/base: {a / b:.3f} (median), {min(a_times) / min(b_times):.3f} (best)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
