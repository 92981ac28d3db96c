"""HTML path accuracy: newsclean against trafilatura on two fixed halves of html-dev.

Scores ``newsclean.extract`` and ``trafilatura.bare_extraction`` (``with_metadata=True``)
on the same pages, in one process, with the semantics of ``../shared/tools/score_html.py``:
body precision/recall/F1 from each page's must-have ("with") and must-not-have ("without")
snippets, found or not in the normalised main body (NFKC, casefolded, spaces collapsed);
title and date compared exactly after that normalisation (date: the same day); author right
when one of ours and the label's contains the other.

The pages are split into two fixed halves by a hash of the file name (``A`` and ``B``), so
a change can be tuned on one half and checked on the other, and the reverse. The report
gives both halves for both extractors, then the pages where the two differ most (snippets
one gets right and the other does not), which is where to look next.

Run from the project root: ``python benchmarks/html_accuracy.py [--half A] [--show 15]``.
Without ``../shared/corpus/html-dev`` (a user's clone has none) it says so and exits.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import newsclean  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "html-dev"
FIELDS = ("title", "author", "date")


def norm(s: object) -> str:
    """The scorer's normalisation: NFKC, casefolded, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", str(s or "")).casefold()
    return re.sub(r"\s+", " ", text).strip()


def half(name: str) -> str:
    """The page's fixed half: ``A`` or ``B`` from the first byte of the SHA-1 of its file name."""
    return "AB"[hashlib.sha1(name.encode("utf-8")).digest()[0] % 2]


@dataclass
class Got:
    """One extractor's answer on one page, in the scorer's terms."""

    body: str = ""
    title: str = ""
    author: str = ""
    date: str = ""
    note: str = ""  # e.g. the fallback warning newsclean gave


@dataclass
class PageScore:
    missed: list[str] = field(default_factory=list)
    leaked: list[str] = field(default_factory=list)
    fields: dict[str, bool | None] = field(default_factory=dict)  # None: the label has none

    @property
    def errors(self) -> int:
        return len(self.missed) + len(self.leaked)


def score_page(label: dict[str, Any], got: Got) -> PageScore:
    body = norm(got.body)
    out = PageScore(
        missed=[s for s in label["with"] if norm(s) not in body],
        leaked=[s for s in label["without"] if norm(s) in body],
    )
    for k in FIELDS:
        if not label.get(k):
            out.fields[k] = None
            continue
        want, have = norm(label[k]), norm(getattr(got, k))
        out.fields[k] = bool(have) and (have in want or want in have) if k == "author" else have == want
    return out


@dataclass
class Tally:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    right: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0] for k in FIELDS})

    def add(self, label: dict[str, Any], s: PageScore) -> None:
        self.tp += len(label["with"]) - len(s.missed)
        self.fn += len(s.missed)
        self.fp += len(s.leaked)
        self.tn += len(label["without"]) - len(s.leaked)
        for k, ok in s.fields.items():
            if ok is not None:
                self.right[k][1] += 1
                self.right[k][0] += ok

    def line(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        fields = "  ".join(f"{k}={a / b:.3f}" for k, (a, b) in self.right.items() if b)
        return f"P={p:.3f} R={r:.3f} F1={f1:.3f}  {fields}"


def ours(html: bytes, url: str) -> Got:
    page = newsclean.extract(html, url=url)
    main = page.main or (page.articles[0] if page.articles else None)
    if main is None:
        return Got(note="; ".join(page.warnings))
    return Got(
        body=main.body,
        title=main.title or "",
        author="; ".join(main.byline),
        date=main.published_at.date().isoformat() if main.published_at else "",
        note="; ".join(w for w in page.warnings if "trafilatura" in w),
    )


def trafilatura_fn() -> Callable[[bytes, str], Got] | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def theirs(html: bytes, url: str) -> Got:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
        if doc is None:
            return Got()
        data: dict[str, Any] = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        return Got(
            body=data.get("text") or "",
            title=data.get("title") or "",
            author=data.get("author") or "",
            date=(data.get("date") or "")[:10],
        )

    return theirs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, nargs="?", default=CORPUS)
    ap.add_argument("--half", choices=("A", "B"), help="score only this half")
    ap.add_argument("--show", type=int, default=15, help="pages where the two differ most (0: none)")
    ap.add_argument("--worst", type=int, default=0, help="newsclean's worst pages (0: none)")
    ap.add_argument("--no-trafilatura", action="store_true", help="newsclean only (faster)")
    args = ap.parse_args()
    labels_file = args.folder / "labels.json"
    if not labels_file.is_file():
        print(f"no labelled corpus at {args.folder} (it lives in ../shared, outside the repository): nothing to score")
        return 0
    labels: dict[str, dict[str, Any]] = json.loads(labels_file.read_text(encoding="utf-8"))
    theirs = None if args.no_trafilatura else trafilatura_fn()
    if theirs is None and not args.no_trafilatura:
        print("trafilatura not installed: newsclean only")
    tallies: dict[tuple[str, str], Tally] = {}
    diffs: list[tuple[int, str, str, PageScore, PageScore | None, str]] = []
    fallbacks = {"A": 0, "B": 0}
    for url, lab in labels.items():
        h = half(lab["file"])
        if args.half and h != args.half:
            continue
        html = (args.folder / lab["file"]).read_bytes()
        got = ours(html, url)
        mine = score_page(lab, got)
        fallbacks[h] += bool(got.note)
        tallies.setdefault(("newsclean", h), Tally()).add(lab, mine)
        other = None
        if theirs is not None:
            other = score_page(lab, theirs(html, url))
            tallies.setdefault(("trafilatura", h), Tally()).add(lab, other)
        gap = mine.errors - (other.errors if other else 0)
        diffs.append((gap, lab["file"], h, mine, other, got.note))
    for h in ("A", "B"):
        if ("newsclean", h) not in tallies:
            continue
        n = sum(1 for d in diffs if d[2] == h)
        print(f"half {h} ({n} pages, {fallbacks[h]} compared with trafilatura's reading by newsclean)")
        for who in ("newsclean", "trafilatura"):
            if (who, h) in tallies:
                print(f"  {who:<12} {tallies[(who, h)].line()}")
    if args.show and theirs is not None:
        print("\npages where newsclean and trafilatura differ most (errors: missed + leaked snippets):")
        for gap, name, h, mine, other, note in sorted(diffs, key=lambda d: (-abs(d[0]), d[1]))[: args.show]:
            if gap == 0 or other is None:
                break
            print(
                f"- [{h}] {name}: newsclean {mine.errors}, trafilatura {other.errors}{' (trafilatura asked)' if note else ''}"
            )
            print(f"    newsclean missed {mine.missed[:3]} leaked {mine.leaked[:3]}")
            print(f"    trafilatura missed {other.missed[:3]} leaked {other.leaked[:3]}")
    if args.worst:
        print("\nnewsclean's worst pages:")
        for _gap, name, h, mine, _other, note in sorted(diffs, key=lambda d: (-d[3].errors, d[1]))[: args.worst]:
            if not mine.errors:
                break
            print(
                f"- [{h}] {name}: missed {mine.missed[:3]} leaked {mine.leaked[:3]}{' (trafilatura asked)' if note else ''}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
