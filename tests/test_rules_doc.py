"""docs/rules.md is run, not just read: every snippet on the page works as printed.

* every ``toml`` block (and the files its ``--8<--`` lines include) loads as a rule file;
* every ``console`` block's ``$`` commands run, in order, in a copy of ``docs/examples``,
  and print exactly the lines under them;
* every ``python`` block runs there, and prints the ``text`` block right after it, if any.

When the output changes on purpose: ``python tests/test_rules_doc.py --update`` rewrites the
console blocks' output in the page (check the diff before you commit it).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import newsclean

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "rules.md"
_FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```$", re.MULTILINE | re.DOTALL)
_INCLUDE = re.compile(r'^--8<-- "([^"]+)"$')


@dataclass
class Block:
    lang: str
    body: str
    start: int  # offsets of the body in the page
    end: int


def blocks(page: str) -> list[Block]:
    return [Block(m.group(1), m.group(2), m.start(2), m.end(2)) for m in _FENCE.finditer(page)]


def resolve(body: str) -> str:
    """A block's text with its ``--8<--`` includes read (paths relative to docs/, as mkdocs reads them)."""
    m = _INCLUDE.fullmatch(body.strip())
    return (ROOT / "docs" / m.group(1)).read_text(encoding="utf-8") if m else body


def workspace(tmp: Path) -> Path:
    """A copy of the files the page's commands use, so running them writes nothing in the repo."""
    shutil.copytree(ROOT / "docs" / "examples", tmp / "docs" / "examples")
    return tmp


def run_command(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``command`` as a shell runs it, with ``newsclean`` the package under test."""
    script = f'newsclean() {{ "{sys.executable}" -m newsclean "$@"; }}\n{command}\n'
    env = {**os.environ, "LC_ALL": "C", "COLUMNS": "100", "NO_COLOR": "1"}
    return subprocess.run(
        ["bash", "-c", script], cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False
    )


def console_runs(body: str) -> list[tuple[str, str]]:
    """(command, expected output) pairs of a console block."""
    runs: list[tuple[str, list[str]]] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            runs.append((line[2:], []))
        elif runs:
            runs[-1][1].append(line)
    return [(c, "\n".join(out)) for c, out in runs]


PAGE = DOC.read_text(encoding="utf-8")
BLOCKS = blocks(PAGE)


def test_the_page_has_every_kind_of_snippet() -> None:
    langs = {b.lang for b in BLOCKS}
    assert {"toml", "console", "python"} <= langs
    assert sum(1 for b in BLOCKS if b.lang == "console") >= 4


@pytest.mark.parametrize("block", [b for b in BLOCKS if b.lang == "toml"], ids=lambda b: f"toml@{b.start}")
def test_every_toml_block_loads_as_a_rule_file(block: Block, tmp_path: Path) -> None:
    path = tmp_path / "snippet.toml"
    path.write_text(resolve(block.body), encoding="utf-8")
    rules = newsclean.load_rules(path)
    assert rules.files[-1] == str(path)


def test_every_console_block_prints_what_the_page_shows(tmp_path: Path) -> None:
    cwd = workspace(tmp_path)
    for block in (b for b in BLOCKS if b.lang == "console"):
        for command, expected in console_runs(block.body):
            done = run_command(command, cwd)
            assert done.returncode == 0, f"{command}\n{done.stderr}"
            assert done.stdout.rstrip("\n") == expected, f"{command}: the page shows other output (--update?)"


def test_every_python_block_runs_and_prints_the_text_after_it(tmp_path: Path) -> None:
    cwd = workspace(tmp_path)
    ran = 0
    for k, block in enumerate(BLOCKS):
        if block.lang != "python":
            continue
        done = subprocess.run(
            [sys.executable, "-c", block.body], cwd=cwd, capture_output=True, text=True, timeout=300, check=False
        )
        assert done.returncode == 0, done.stderr
        after = BLOCKS[k + 1] if k + 1 < len(BLOCKS) else None
        if after is not None and after.lang == "text" and not _INCLUDE.fullmatch(after.body.strip()):
            assert done.stdout == after.body
        ran += 1
    assert ran


def update(tmp: Path) -> str:
    """The page with every console block's output as the commands print it now."""
    cwd = workspace(tmp)
    page = PAGE
    for block in reversed([b for b in BLOCKS if b.lang == "console"]):
        lines: list[str] = []
        for command, _ in console_runs(block.body):
            done = run_command(command, cwd)
            if done.returncode != 0:
                raise SystemExit(f"{command} failed:\n{done.stderr}")
            lines += [f"$ {command}", *done.stdout.rstrip("\n").splitlines()]
        page = page[: block.start] + "\n".join(lines) + "\n" + page[block.end :]
    return page


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        raise SystemExit("usage: python tests/test_rules_doc.py --update")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        DOC.write_text(update(Path(tmp)), encoding="utf-8")
    print(f"updated {DOC}")
