"""The package's shape as a maintainer relies on it: data flows one way through the stages
(no module imports a later stage, no import loop, the HTML path never calls back into the
text pipeline) and no function grows past what one reading holds."""

from __future__ import annotations

import ast
from pathlib import Path

import newsclean

PACKAGE = Path(newsclean.__file__).resolve().parent

# The longest function the package may have: issue 23 asked for every function under 60
# lines, docstring included, so that each reads on one screen.
MAX_FUNCTION_LINES = 60

# The stages that run before the fields are read (decode -> lines -> classify -> segment ->
# header, the layout reader, the line recognisers they share) ...
EARLY = ("decode", "lines", "classify", "segment", "header", "headerlines", "names", "layout")
# ... and what runs after them or drives them: none of it may be imported by an early stage.
LATER = ("fields", "body", "assemble", "pipeline", "html", "cli", "batch", "runner")
# What the HTML path may not import: the text pipeline and the commands around it.
DRIVERS = ("pipeline", "batch", "cli", "runner")


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    return _imports_of(_module(path), path.read_text(encoding="utf-8"), package=path.name == "__init__.py")


def _imports_of(module: str, source: str, *, package: bool = False) -> set[str]:
    """The package modules ``source`` imports, anywhere in it (a function's late import counts)."""
    here = [*module.split("."), ""] if package else module.split(".")
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = [p for p in here[: len(here) - node.level] if p]
                target = ".".join([*base, *([node.module] if node.module else [])])
            elif (node.module or "").startswith("newsclean"):
                target = (node.module or "").removeprefix("newsclean").lstrip(".")
            else:
                continue
            for alias in node.names:  # "from . import fields" names a module, not a symbol
                name = f"{target}.{alias.name}" if target else alias.name
                is_module = (PACKAGE / name.replace(".", "/")).with_suffix(".py").exists()
                found.add(name if is_module else target)
        elif isinstance(node, ast.Import):
            found |= {a.name.removeprefix("newsclean.") for a in node.names if a.name.startswith("newsclean.")}
    return {f for f in found if f}


def _graph() -> dict[str, set[str]]:
    return {_module(p): _imports(p) for p in PACKAGE.rglob("*.py")}


def _in(module: str, stages: tuple[str, ...]) -> bool:
    return module.split(".")[0] in stages


def test_no_early_stage_imports_a_later_one() -> None:
    graph = _graph()
    back = sorted((m, t) for m, targets in graph.items() if _in(m, EARLY) for t in targets if _in(t, LATER))
    assert not back, f"early stages importing later ones: {back}"


def test_the_html_path_never_calls_back_into_the_text_pipeline() -> None:
    graph = _graph()
    back = sorted((m, t) for m, targets in graph.items() if _in(m, ("html",)) for t in targets if _in(t, DRIVERS))
    assert not back, back


def test_there_is_no_import_loop() -> None:
    graph = _graph()
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, f"import loop: {' -> '.join((*path[path.index(module) :], module))}"
        if module in done:
            return
        for target in graph.get(module, ()):
            if target != module and not module.startswith(f"{target}."):  # a module's own package
                visit(target, (*path, module))
        done.add(module)

    for module in sorted(graph):
        visit(module, ())


def test_the_graph_reader_sees_relative_late_and_absolute_imports() -> None:
    """The checks above are only as good as this reader: each way of importing is seen."""
    source = (
        "from ..fields.bylines import byline_line\n"
        "from . import metaline\n"
        "def f():\n    from ..pipeline import extract\n"
        "import newsclean.cli\n"
    )
    found = _imports_of("layout.shapes", source)
    assert found == {"fields.bylines", "layout.metaline", "pipeline", "cli"}
    assert _in("fields.bylines", LATER) and _in("layout.shapes", EARLY)


def test_every_function_reads_on_one_screen() -> None:
    long = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines >= MAX_FUNCTION_LINES:
                    long.append(f"{_module(path)}.{node.name}: {lines}")
    assert not long, long
