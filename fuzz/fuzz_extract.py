"""Coverage-guided fuzzing of ``newsclean.extract`` with atheris (not run in CI).

Usage, from the project root (an hour is a good run; Ctrl-C stops it):

    pip install atheris
    python fuzz/fuzz_extract.py -max_total_time=3600 -max_len=20000 fuzz/corpus

Every input is fed both as bytes and as decoded text. The harness fails on any exception
other than the documented ones, and on a broken invariant: removals that do not point at
their text, overlap, or an article span outside the text. Crashing inputs are written by
libFuzzer as ``crash-*`` files; add them to ``tests/`` as regression cases.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports():
    from invariants import check


def test_one_input(data: bytes) -> None:
    check(data)
    check(data.decode("utf-8", errors="replace"))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
