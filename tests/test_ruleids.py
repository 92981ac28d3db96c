"""One registry of rule ids (``newsclean/ruleids.py``): every id the code emits is in it,
each from one function, and the docs list them all."""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

import newsclean
from newsclean.ruleids import RULE_IDS

ROOT = Path(__file__).resolve().parent.parent
# the package being tested, wherever it is installed (the compiled check runs the tests
# against an installed build, without the source tree)
PACKAGE = Path(newsclean.__file__).resolve().parent
_ID = re.compile(r"(heuristic|layout|byline|credit|dateline|segment|caption|html|field)\.[a-z0-9-]+")


def _sites() -> dict[str, set[str]]:
    """Every id literal in the package, with the functions (file:function) it appears in."""
    sites: dict[str, set[str]] = defaultdict(set)
    for path in PACKAGE.rglob("*.py"):
        rel = "newsclean/" + path.relative_to(PACKAGE).as_posix()
        if path.name == "ruleids.py":
            continue  # the registry itself
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_function: set[int] = set()
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef):
                continue
            for node in ast.walk(fn):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and _ID.fullmatch(node.value):
                    sites[node.value].add(f"{rel}:{fn.name}")
                    in_function.add(id(node))
        named = _id_constants(tree)
        for node in ast.walk(tree):  # ids in module-level tables (read by one function of the module)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _ID.fullmatch(node.value):
                if id(node) not in in_function and node.value not in named.values():
                    sites[node.value].add(f"{rel}:<module>")
    for rid, where in _constant_sites().items():
        sites[rid] |= where
    return sites


def _id_constants(tree: ast.Module) -> dict[str, str]:
    """Module-level names bound to an id ("EDGE_LINE = 'html.edge-line'")."""
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            if _ID.fullmatch(node.value.value):
                out.update({t.id: node.value.value for t in node.targets if isinstance(t, ast.Name)})
    return out


def _constant_sites() -> dict[str, set[str]]:
    """The functions, in any module, that emit an id through its named constant: every use of
    the name but a comparison (``r == TEASERS`` reads an id another function emitted)."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in PACKAGE.rglob("*.py") if p.name != "ruleids.py"}
    names: dict[str, str] = {}
    for tree in trees.values():
        names.update(_id_constants(tree))
    sites: dict[str, set[str]] = defaultdict(set)
    for path, tree in trees.items():
        rel = "newsclean/" + path.relative_to(PACKAGE).as_posix()
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef):
                continue
            compared = {id(n) for c in ast.walk(fn) if isinstance(c, ast.Compare) for n in ast.walk(c)}
            for node in ast.walk(fn):
                if isinstance(node, ast.Name) and node.id in names and id(node) not in compared:
                    sites[names[node.id]].add(f"{rel}:{fn.name}")
    return sites


def test_every_id_in_the_code_is_registered() -> None:
    unknown = sorted(set(_sites()) - set(RULE_IDS))
    assert not unknown, f"ids emitted but not in newsclean/ruleids.py: {unknown}"


def test_every_registered_id_is_emitted() -> None:
    sites = _sites()
    # field.* ids are built from the field's name in provenance.py
    provenance = (PACKAGE / "provenance.py").read_text(encoding="utf-8")
    built = {f"field.{name}" for name in re.findall(r'\("([a-z]+)", ', provenance)}
    unused = sorted(set(RULE_IDS) - set(sites) - built)
    assert not unused, f"registered but never emitted: {unused}"


def test_each_id_is_emitted_from_one_function() -> None:
    shared = {}
    for rid, where in _sites().items():
        if len(where) > 1:
            shared[rid] = sorted(where)
    assert not shared, f"ids emitted from more than one function: {shared}"


def test_the_docs_list_every_id() -> None:
    page = (ROOT / "docs" / "rule-ids.md").read_text(encoding="utf-8")
    missing = [rid for rid in RULE_IDS if f"`{rid}`" not in page]
    assert not missing, f"docs/rule-ids.md lacks {missing}: run python docs/gen_reference.py"
