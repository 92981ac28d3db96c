"""What the trace code costs a caller who does not ask for a trace: this tree with
``trace=False`` against the same tree with the trace code taken out, in one run.

Issue 18 asks that ``extract(..., trace=False)`` be exactly as fast as without the trace
code. Counting the guard lines says little; this script measures it. It copies the package
into a temporary folder and removes the trace code from the copy's syntax tree:

- every ``if`` whose test needs ``<ledger>.trace is not None`` (alone or in an ``and``) is
  replaced by its ``else`` branch, or by nothing;
- every ``<ledger>.note(...)`` call statement goes (each records a decision, and only then);
- ``trace=`` arguments to ``Ledger(...)`` go, and the ``_TRACING`` context variable is never
  set, reset or read (``tracing`` is ``False``).

Then it checks that the copy gives the same pages as this tree (every field, every
removal) and counts the instructions a page of both with valgrind, as ``compare.py
--instructions`` does, on the same pages in the same run.

    python benchmarks/trace_free.py                 # 160 pages, as the speed target is measured
    python benchmarks/trace_free.py --pages 40      # quicker

Measured at the commit that added it (100 pages: 40 fixture-based, the 60 dev pages): 32
pieces of trace code, outputs identical, 3.7949 M vs 3.7937 M instructions a page, ratio
1.0003 (the ~15 ``is not None`` tests a page runs with tracing off).
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from compare import _per_page  # noqa: E402
from speed import DEV, corpus  # noqa: E402


def _is_trace_test(node: ast.expr) -> bool:
    """``x.trace is not None``, or an ``and`` that needs it: false whenever tracing is off."""
    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.And):
        return any(_is_trace_test(v) for v in node.values)
    return (
        isinstance(node, ast.Compare)
        and isinstance(node.left, ast.Attribute)
        and node.left.attr == "trace"
        and len(node.ops) == 1
        and isinstance(node.ops[0], ast.IsNot)
        and isinstance(node.comparators[0], ast.Constant)
        and node.comparators[0].value is None
    )


def _uses_tracing_var(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Name) and n.id == "_TRACING" for n in ast.walk(node))


class _StripTrace(ast.NodeTransformer):
    """Takes the trace code out of one module; ``removed`` counts the pieces taken."""

    def __init__(self) -> None:
        self.removed = 0

    def visit_If(self, node: ast.If) -> ast.AST | list[ast.stmt]:
        self.generic_visit(node)
        if _is_trace_test(node.test):
            self.removed += 1
            return node.orelse or [ast.Pass()]
        return node

    def visit_Expr(self, node: ast.Expr) -> ast.AST:
        call = node.value
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "note":
            self.removed += 1
            return ast.Pass()
        if isinstance(call, ast.Call) and _uses_tracing_var(call):  # _TRACING.reset(token)
            self.removed += 1
            return ast.Pass()
        return self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> ast.AST:
        # token = _TRACING.set(trace); tracing = _TRACING.get(); tracing = ledger.trace is not None
        if _uses_tracing_var(node.value) or _is_trace_test(node.value):
            self.removed += 1
            return ast.Assign(targets=node.targets, value=ast.Constant(value=False))
        return self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id == "Ledger":
            kept = [k for k in node.keywords if k.arg != "trace"]
            self.removed += len(node.keywords) - len(kept)
            node.keywords = kept
        return node


def strip_package(into: Path) -> tuple[Path, int]:
    """A copy of the package under ``into`` without its trace code; the folder to put on
    ``sys.path`` and the number of pieces removed."""
    dest = into / "newsclean"
    shutil.copytree(ROOT / "newsclean", dest, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    removed = 0
    for path in sorted(dest.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        stripper = _StripTrace()
        tree = ast.fix_missing_locations(stripper.visit(tree))
        if stripper.removed:
            path.write_text(ast.unparse(tree) + "\n", encoding="utf-8")
            removed += stripper.removed
    return into, removed


# Run in a subprocess per tree: every page's output (trace=False), as one JSON list.
_OUTPUTS = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
import newsclean
pages = json.load(open(sys.argv[2], encoding="utf-8"))
out = [newsclean.extract(p).model_dump(mode="json") for p in pages]
print(json.dumps({"file": newsclean.__file__, "pages": out}))
"""


def _outputs(src: Path, pages_file: Path) -> list[object]:
    run = subprocess.run([sys.executable, "-c", _OUTPUTS, str(src), str(pages_file)],
                         capture_output=True, text=True, check=True)  # fmt: skip
    result = json.loads(run.stdout)
    if not str(result["file"]).startswith(str(src)):
        raise SystemExit(f"the child imported {result['file']}, not the tree under {src}")
    return list(result["pages"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=160, help="fixture-based pages (default 160)")
    ap.add_argument("--corpus", type=Path, default=DEV, help="folder of extra real pages (*.txt)")
    args = ap.parse_args()
    # the children inherit it: string hashing changes the order sets iterate in, and with it
    # a few thousand instructions a page from one process to the next (1.0020 vs 1.0003 on
    # the same two trees), more than the difference measured here
    os.environ["PYTHONHASHSEED"] = "0"
    pages = corpus(args.pages, args.corpus)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pages_file = folder / "pages.json"
        pages_file.write_text(json.dumps(pages), encoding="utf-8")
        bare, removed = strip_package(folder / "bare")
        if _outputs(ROOT, pages_file) != _outputs(bare, pages_file):
            raise SystemExit("the copy without trace code reads the pages differently: the stripping is wrong")
        with_code = _per_page(ROOT, pages_file, len(pages))
        without = _per_page(bare, pages_file, len(pages))
    print(f"pages: {len(pages)} (instructions per page, valgrind callgrind, trace=False)")
    print(f"trace code removed from the copy: {removed} pieces; outputs identical")
    print(f"this tree          : {with_code / 1e6:.4f} M")
    print(f"without trace code : {without / 1e6:.4f} M")
    print(f"ratio: {with_code / without:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
