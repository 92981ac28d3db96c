"""Command line: ``newsclean convert`` for batches, ``newsclean show`` for one page.

``convert`` streams: one input page in, one JSON line out, so memory stays flat however
large the input. Every input gives one output record or one error record; nothing is
skipped silently. Exit codes: 0 all converted, 3 some inputs failed (all recorded), 2 usage.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from . import __version__
from .errors import NewscleanError
from .models import Page
from .pipeline import extract
from .rules import RuleSet, default_rules, load_rules

_PAGE_SUFFIXES = (".txt", ".html", ".htm")
_RECORD_SUFFIXES = (".jsonl",)


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return name[:-3] if name.endswith(".gz") else name


def _is_input(path: Path) -> bool:
    name = _suffix(path)
    return name.endswith(_PAGE_SUFFIXES + _RECORD_SUFFIXES)


def iter_inputs(paths: list[Path], glob: str | None) -> Iterator[Path]:
    """Input files in a stable order: folders walked recursively, sorted."""
    for p in paths:
        if p.is_dir():
            pattern = glob or "*"
            for f in sorted(p.rglob(pattern)):
                if f.is_file() and _is_input(f):
                    yield f
        else:
            yield p


def _read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    if path.name.lower().endswith(".gz"):
        data = gzip.decompress(data)
    return data


def _parse_time(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)):
        return datetime.fromtimestamp(value, tz=UTC)
    dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def iter_pages(
    path: Path, args: argparse.Namespace
) -> Iterator[tuple[str, bytes | str | None, str | None, datetime | None, str | None]]:
    """(source id, content, url, fetched_at, error) for every page in one input file."""
    try:
        if _suffix(path).endswith(_RECORD_SUFFIXES):
            opener: Any = gzip.open if path.name.lower().endswith(".gz") else open
            with opener(path, "rt", encoding="utf-8", errors="replace") as fh:
                for n, line in enumerate(fh, 1):
                    source = f"{path}#{n}"
                    if not line.strip():
                        continue
                    try:
                        rec = json.loads(line)
                        if not isinstance(rec, dict):
                            raise ValueError("record is not a JSON object")
                        field = args.text_field or ("text" if "text" in rec else "html")
                        content = rec.get(field)
                        if not isinstance(content, str):
                            raise ValueError(f"record has no string field {field!r}")
                        fetched = _parse_time(rec.get(args.time_field)) or args.fetched_at_value
                        url = rec.get(args.url_field)
                        yield source, content, url if isinstance(url, str) else None, fetched, None
                    except (ValueError, TypeError) as exc:
                        yield source, None, None, None, f"bad record: {exc}"
            return
        data = _read_bytes(path)
        fetched = args.fetched_at_value
        if args.fetched_at == "mtime":
            fetched = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
        yield str(path), data, None, fetched, None
    except (OSError, EOFError, gzip.BadGzipFile, UnicodeDecodeError) as exc:
        yield str(path), None, None, None, f"cannot read: {exc}"


def _convert(args: argparse.Namespace, rules: RuleSet) -> int:
    out: IO[str] = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    errors_fh: IO[str] | None = open(args.errors, "w", encoding="utf-8") if args.errors else None
    ok = failed = 0
    try:
        for path in iter_inputs([Path(p) for p in args.inputs], args.glob):
            if not path.exists():
                failed += 1
                _error(errors_fh, str(path), "no such file")
                continue
            for source, content, url, fetched, error in iter_pages(path, args):
                if error is None and content is not None:
                    try:
                        page = extract(content, url=url, fetched_at=fetched, rules=rules)
                    except NewscleanError as exc:
                        error = str(exc)
                    else:
                        record = {"source": source, "page": page.model_dump(mode="json")}
                        out.write(json.dumps(record, ensure_ascii=False) + "\n")
                        ok += 1
                        continue
                failed += 1
                _error(errors_fh, source, error or "unknown error")
    finally:
        if out is not sys.stdout:
            out.close()
        if errors_fh is not None:
            errors_fh.close()
    where = "stdout" if args.output == "-" else args.output
    print(f"newsclean: {ok} page(s) converted, {failed} failed; articles written to {where}",
          file=sys.stderr)  # fmt: skip
    return 3 if failed else 0


def _error(fh: IO[str] | None, source: str, error: str) -> None:
    line = json.dumps({"source": source, "error": error}, ensure_ascii=False)
    if fh is not None:
        fh.write(line + "\n")
    else:
        print(f"newsclean: {source}: {error}", file=sys.stderr)


def _show(args: argparse.Namespace, rules: RuleSet) -> int:
    path = Path(args.file)
    try:
        data = _read_bytes(path)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        print(f"newsclean: cannot read {path}: {exc}", file=sys.stderr)
        return 3
    page = extract(data, url=args.url, fetched_at=args.fetched_at_value, rules=rules)
    print(render(page))
    return 0


def render(page: Page) -> str:
    """A page as a person reads it: articles with their fields, then what was removed and why."""
    out = [f"page kind: {page.kind}  articles: {len(page.articles)}  removed: {len(page.removed)}"]
    for w in page.warnings:
        out.append(f"warning: {w}")
    for i, a in enumerate(page.articles, 1):
        out.append("")
        out.append(f"[{i}] {a.role.upper()}: {a.title or '(no title)'}")
        fields = {
            "outlet": a.outlet, "published": a.published_text,
            "published_at": a.published_at.isoformat() if a.published_at else None,
            "category": a.category, "dateline": a.dateline.location if a.dateline else None,
            "byline": ", ".join(a.byline) or None, "credits": ", ".join(a.credits) or None,
            "ids": ", ".join(f"{k}={v}" for k, v in a.ids.items()) or None,
        }  # fmt: skip
        for k, v in fields.items():
            if v:
                out.append(f"    {k:12} {v}")
        for c in a.captions:
            out.append(f"    caption      {c}")
        for p in a.paragraphs:
            out.append(f"  | {p}")
    if page.removed:
        out.append("")
        out.append("removed:")
        for r in page.removed:
            text = r.text if len(r.text) <= 90 else r.text[:87] + "..."
            out.append(f"  - [{r.rule}] {text!r}  @{r.start}")
    return "\n".join(out)


def _schema(_args: argparse.Namespace, _rules: RuleSet) -> int:
    print(json.dumps(Page.model_json_schema(), indent=2))
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="newsclean", description="Clean, typed articles from scraped news pages.")
    ap.add_argument("--version", action="version", version=f"newsclean {__version__}")
    ap.add_argument("--rules", action="append", default=[], help="extra rule file or folder (repeatable)")
    ap.add_argument("--only-rules", action="store_true", help="use only --rules files, not the bundled ones")
    sub = ap.add_subparsers(dest="command", required=True)
    c = sub.add_parser("convert", help="convert files, folders and JSONL record files to JSONL")
    c.add_argument("inputs", nargs="+", help="files or folders (.txt .html .htm .jsonl, optionally .gz)")
    c.add_argument("-o", "--output", required=True, help="output JSONL file ('-' for stdout)")
    c.add_argument("--errors", help="write one JSON line per failed input here")
    c.add_argument("--glob", help="only files matching this pattern inside folders")
    c.add_argument("--fetched-at", help="scrape time (ISO 8601) for inputs without one, or 'mtime'")
    c.add_argument("--text-field", help="record field holding the page (default: text, else html)")
    c.add_argument("--url-field", default="url")
    c.add_argument("--time-field", default="fetched_at")
    c.set_defaults(func=_convert)
    s = sub.add_parser("show", help="print one page's articles and removed chrome")
    s.add_argument("file")
    s.add_argument("--url")
    s.add_argument("--fetched-at", help="scrape time (ISO 8601)")
    s.set_defaults(func=_show)
    sc = sub.add_parser("schema", help="print the JSON Schema of a Page")
    sc.set_defaults(func=_schema)
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    args.fetched_at_value = None
    fetched = getattr(args, "fetched_at", None)
    if fetched and fetched != "mtime":
        try:
            args.fetched_at_value = _parse_time(fetched)
        except ValueError:
            ap.error(f"--fetched-at: not an ISO 8601 time: {fetched!r}")
    try:
        rules = load_rules(*args.rules, replace=args.only_rules) if args.rules else default_rules()
    except NewscleanError as exc:
        ap.error(str(exc))
    code: int = args.func(args, rules)
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
