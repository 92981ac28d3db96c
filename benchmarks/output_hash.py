"""Hash what ``extract()`` returns for every page at hand, to show a refactor changed nothing.

    python benchmarks/output_hash.py --save before.json     # on the old code
    python benchmarks/output_hash.py --compare before.json  # on the new code: lists pages that differ

Pages: the bundled fixtures, and ``../shared/corpus/*`` (text and HTML) when present. The
hash covers the whole ``Page`` as JSON except ``trace`` (which is empty unless asked for).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import newsclean  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
WHEN = datetime(2025, 8, 1, 12, tzinfo=UTC)


def pages() -> list[Path]:
    found = sorted((ROOT / "fixtures").glob("*/*.txt"))
    if SHARED.is_dir():
        found += sorted(p for p in SHARED.glob("*/*") if p.suffix in (".txt", ".html", ".htm"))
    return found


def digest(path: Path) -> str:
    label = path.with_suffix(".json")
    url = None
    if label.is_file():
        try:
            url = json.loads(label.read_text(encoding="utf-8")).get("url")
        except (ValueError, AttributeError):
            url = None
    page = newsclean.extract(path.read_bytes(), url=url, fetched_at=WHEN)
    dump = page.model_dump_json(exclude={"trace"})
    return hashlib.sha256(dump.encode("utf-8")).hexdigest()[:16]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--save", type=Path, help="write the hashes here")
    ap.add_argument("--compare", type=Path, help="compare with hashes saved earlier")
    args = ap.parse_args()
    hashes = {str(p.relative_to(p.parent.parent)): digest(p) for p in pages()}
    whole = hashlib.sha256(json.dumps(hashes, sort_keys=True).encode()).hexdigest()[:16]
    print(f"{len(hashes)} pages, overall {whole}")
    if args.save:
        args.save.write_text(json.dumps(hashes, indent=1, sort_keys=True), encoding="utf-8")
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        changed = sorted(k for k in hashes.keys() & before.keys() if hashes[k] != before[k])
        missing = sorted(before.keys() ^ hashes.keys())
        for k in changed:
            print(f"changed: {k}")
        for k in missing:
            print(f"only in one run: {k}")
        print(f"{len(changed)} changed, {len(missing)} in one run only")
        return 1 if changed or missing else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
