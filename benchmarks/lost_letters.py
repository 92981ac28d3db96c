"""No letter of the input is lost: every letter and digit of every non-blank line of the
normalised input lies in a removal span or in a field of the article holding it.

Runs the check in ``tests/letters.py`` over the fixture pages, generated pages and, when
present, every ``*.txt`` page under ``../shared/corpus`` (or the folders given), and
prints each page with a loss. A labelled page with a URL is read twice, without and with
it. ``--marks`` also reports punctuation and separators the extraction dropped without
recording them ("• Outlet", "Outlet · 3h"). Exit status 1 when anything was lost. Run from the project root: ``python benchmarks/lost_letters.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

import pagegen  # noqa: E402
from letters import lost_letters  # noqa: E402

import newsclean  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def _label(txt: Path) -> tuple[datetime | None, str | None]:
    """The page's fetch time and URL from its label, when it has one."""
    label = txt.with_suffix(".json")
    if not label.is_file():
        return None, None
    data = json.loads(label.read_text(encoding="utf-8"))
    when = data.get("fetched_at")
    return (datetime.fromisoformat(when) if when else None), data.get("url")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "folders", nargs="*", type=Path, help="folders of *.txt pages (default: fixtures and ../shared/corpus)"
    )
    ap.add_argument("--generated", type=int, default=200, help="generated pages to check too")
    ap.add_argument("--marks", action="store_true", help="also report dropped punctuation and separators")
    ap.add_argument("--show", type=int, default=5, help="problems shown per page")
    args = ap.parse_args()
    folders = args.folders or [ROOT / "fixtures", *([CORPUS] if CORPUS.is_dir() else [])]
    pages: list[tuple[str, str, datetime | None, str | None]] = []
    for folder in folders:
        for txt in sorted(folder.rglob("*.txt")):
            when, url = _label(txt)
            pages.append((str(txt), txt.read_text(encoding="utf-8"), when, None))
            if url:  # read as the CLI reads a record with its URL too: kind and layout may differ
                pages.append((f"{txt} (url)", txt.read_text(encoding="utf-8"), when, url))
    for seed in range(args.generated):
        text, label = pagegen.page(seed)
        pages.append((f"generated seed {seed}", text, datetime.fromisoformat(label["fetched_at"]), None))
    bad = 0
    for name, raw, when, url in pages:
        page = newsclean.extract(raw, url=url, fetched_at=when)
        problems = lost_letters(newsclean.normalize(raw), page, marks=args.marks)
        if problems:
            bad += 1
            print(f"{name}: {len(problems)}")
            for p in problems[: args.show]:
                print(f"    {p}")
    print(f"pages={len(pages)} with_losses={bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
