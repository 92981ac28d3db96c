"""Batch conversion: inputs to tasks, tasks to output records, in order, in parallel, resumable.

The unit of work is a :class:`Task` (one page: its source id, content, url, scrape time, or
the error that stopped it from being read). Tasks stream from the inputs, are grouped in
small chunks and run by worker processes (or a Dask cluster); results come back in input
order, so the output is the same whatever the number of workers. Output is JSON lines,
written as results arrive and flushed often, so a killed run leaves a prefix of the full
output (and at most one broken last line, which ``--resume`` repairs).

Python API for Dask bags and Spark partitions: :func:`extract_partition` maps an iterable of
record dicts (``{"text": ..., "url": ..., "fetched_at": ...}``) to output records.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

from .errors import NewscleanError
from .models import Page
from .pipeline import extract
from .rules import RuleSet, default_rules, load_rules

PAGE_SUFFIXES = (".txt", ".html", ".htm")
RECORD_SUFFIXES = (".jsonl",)
CHUNK = 32


@dataclass(frozen=True)
class Options:
    """How to read inputs and which rules to use; picklable, sent once to each worker."""

    text_field: str | None = None
    url_field: str = "url"
    time_field: str = "fetched_at"
    fetched_at: datetime | None = None
    fetched_at_mtime: bool = False
    glob: str | None = None
    rules: tuple[str, ...] = ()
    only_rules: bool = False
    fmt: str = "jsonl"


class Task(NamedTuple):
    """One page to convert, as cheap to send as possible: workers read and parse it.

    A named tuple, not a dataclass: tasks and results cross process boundaries by the
    thousand, and tuples pickle several times faster.

    ``kind`` is ``"file"`` (read ``path``), ``"record"`` (parse ``raw``, one JSON line) or
    ``"error"`` (the input could not even be listed).
    """

    source: str
    kind: str = "error"
    path: str | None = None
    raw: bytes | None = None
    error: str | None = None


@dataclass(frozen=True)
class Page_:
    """A task made concrete in the worker: content, url, scrape time."""

    content: bytes | str
    url: str | None
    fetched_at: datetime | None


class Result(NamedTuple):
    """One task's outcome: a UTF-8 JSON line (``jsonl``) or article rows (``parquet``), or an error."""

    source: str
    line: bytes | None = None
    rows: list[dict[str, Any]] | None = None
    error: str | None = None


class Chunk(NamedTuple):
    """A chunk's outcome as the writer needs it: output bytes, rows, a count and the errors.

    Workers encode their pages' JSON lines themselves and join them, so the process that
    writes the output (which also extracts its share of pages) only copies bytes: with pages
    at a fraction of a millisecond, decoding, re-encoding and pickling tens of thousands of
    small strings there was what kept two workers from being twice one.
    """

    data: bytes
    rows: list[dict[str, Any]]
    ok: int
    errors: list[tuple[str, str]]


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return name[:-3] if name.endswith(".gz") else name


def is_input(path: Path) -> bool:
    return _suffix(path).endswith(PAGE_SUFFIXES + RECORD_SUFFIXES)


def input_files(paths: Sequence[str | Path], glob: str | None = None) -> Iterator[Path]:
    """Files to read, in a stable order: folders walked recursively and sorted."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob(glob or "*")):
                if f.is_file() and is_input(f):
                    yield f
        else:
            yield p


def parse_time(value: Any) -> datetime | None:
    """An ISO 8601 string or epoch seconds as an aware datetime (UTC when no zone is given)."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, tz=UTC)
    dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _from_record(rec: Any, opts: Options) -> Page_ | str:
    """The page in a record dict, or the reason there is none."""
    if not isinstance(rec, dict):
        return "bad record: not a JSON object"
    name = opts.text_field or ("text" if "text" in rec else "html")
    content = rec.get(name)
    if not isinstance(content, str):
        return f"bad record: no string field {name!r}"
    url = rec.get(opts.url_field)
    try:
        fetched = parse_time(rec.get(opts.time_field)) or opts.fetched_at
    except (ValueError, TypeError, OverflowError, OSError):
        return f"bad record: {opts.time_field!r} is not a time"
    return Page_(content, url if isinstance(url, str) else None, fetched)


def iter_tasks(paths: Sequence[str | Path], opts: Options) -> Iterator[Task]:
    """Every page of every input as a task; the main process only lists files and lines."""
    for path in input_files(paths, opts.glob):
        if _suffix(path).endswith(RECORD_SUFFIXES):
            yield from _record_tasks(path)
        else:
            yield Task(str(path), "file", path=str(path))


def _record_tasks(path: Path) -> Iterator[Task]:
    opener: Any = gzip.open if path.name.lower().endswith(".gz") else open
    n = 0
    try:
        with opener(path, "rb") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    yield Task(f"{path}#{n}", "record", raw=line)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Task(f"{path}#{n + 1}", error=f"cannot read: {exc}")


def materialize(task: Task, opts: Options) -> Page_ | str:
    """Read the task's page (in the worker): its content, or why it cannot be read."""
    if task.kind == "record" and task.raw is not None:
        try:
            rec = json.loads(task.raw)
        except ValueError as exc:
            return f"bad record: {exc}"
        return _from_record(rec, opts)
    if task.kind == "file" and task.path is not None:
        path = Path(task.path)
        try:
            data = path.read_bytes()
            if path.name.lower().endswith(".gz"):
                data = gzip.decompress(data)
            fetched = opts.fetched_at
            if opts.fetched_at_mtime:
                fetched = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
        except FileNotFoundError:
            return "no such file"
        except (OSError, EOFError, gzip.BadGzipFile, ValueError) as exc:
            return f"cannot read: {exc}"
        return Page_(data, None, fetched)
    return task.error or "no content"


_RULES: dict[tuple[tuple[str, ...], bool], RuleSet] = {}


def _rules(opts: Options) -> RuleSet:
    key = (opts.rules, opts.only_rules)
    if key not in _RULES:
        _RULES[key] = load_rules(*opts.rules, replace=opts.only_rules) if opts.rules else default_rules()
    return _RULES[key]


def prepare(opts: Options) -> None:
    """Do every one-time set-up (rule compilation, lazy imports, serializers) in this process.

    Called before worker processes are forked, so they share the result instead of each
    paying for it: with pages taking a fraction of a millisecond, that set-up was a visible
    share of a worker's time.
    """
    page = extract("Warm-up title\nA warm-up sentence.\n", rules=_rules(opts))
    page.model_dump_json()


def run_task(task: Task, opts: Options) -> Result:
    """Read and extract one page; never raises for content (errors become error results)."""
    got = materialize(task, opts)
    if isinstance(got, str):
        return Result(task.source, error=got)
    return _extract(task.source, got, opts)


def _extract(source: str, got: Page_, opts: Options) -> Result:
    try:
        page = extract(got.content, url=got.url, fetched_at=got.fetched_at, rules=_rules(opts))
    except NewscleanError as exc:
        return Result(source, error=str(exc))
    if opts.fmt == "parquet":
        return Result(source, rows=article_rows(source, page))
    # pydantic's own JSON encoder, straight to UTF-8 bytes: much faster than json.dumps(model_dump())
    head = '{"source": ' + json.dumps(source, ensure_ascii=False) + ', "page": '
    return Result(source, line=head.encode() + _SERIALIZER.to_json(page) + b"}")


_SERIALIZER = Page.__pydantic_serializer__


def run_chunk(chunk: list[Task], opts: Options) -> Chunk:
    """Run a chunk's tasks and pack their outcomes for the writer (see :class:`Chunk`)."""
    lines: list[bytes] = []
    rows: list[dict[str, Any]] = []
    errors: list[tuple[str, str]] = []
    for task in chunk:
        r = run_task(task, opts)
        if r.error is not None:
            errors.append((r.source, r.error))
        elif r.line is not None:
            lines.append(r.line)
        elif r.rows is not None:
            rows += r.rows
    data = b"\n".join(lines) + b"\n" if lines else b""
    return Chunk(data, rows, len(chunk) - len(errors), errors)


def article_rows(source: str, page: Page) -> list[dict[str, Any]]:
    """One flat row per article, for columnar output."""
    rows = []
    for i, a in enumerate(page.articles):
        rows.append(
            {
                "source": source, "page_kind": page.kind, "index": i, "role": a.role, "title": a.title,
                "outlet": a.outlet, "byline": a.byline,
                "dateline": a.dateline.location if a.dateline else None,
                "published_text": a.published_text,
                "published_at": a.published_at.isoformat() if a.published_at else None,
                "category": a.category, "tags": a.tags, "credits": a.credits, "captions": a.captions,
                "body": a.body, "ids": json.dumps(a.ids), "span_start": a.span[0], "span_end": a.span[1],
            }
        )  # fmt: skip
    return rows


def extract_partition(records: Iterable[dict[str, Any]], **options: Any) -> list[dict[str, Any]]:
    """Map record dicts to ``{"source", "page"}`` or ``{"source", "error"}`` dicts.

    For ``dask.bag.Bag.map_partitions`` and Spark's ``mapPartitions``; ``options`` are
    :class:`Options` fields (``text_field``, ``url_field``, ``time_field``, ``rules``).
    A record's ``source`` (or ``id``) field names it in the output; else its position.
    """
    opts = Options(**options)
    out: list[dict[str, Any]] = []
    for n, rec in enumerate(records):
        source = str(rec.get("source") or rec.get("id") or n) if isinstance(rec, dict) else str(n)
        got = _from_record(rec, opts)
        result = Result(source, error=got) if isinstance(got, str) else _extract(source, got, opts)
        if result.error is not None:
            out.append({"source": source, "error": result.error})
        else:
            assert result.line is not None
            out.append(json.loads(result.line))
    return out


def chunks(tasks: Iterable[Task], size: int = CHUNK) -> Iterator[list[Task]]:
    chunk: list[Task] = []
    for t in tasks:
        chunk.append(t)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def repair_and_read_sources(path: Path) -> set[str]:
    """Sources already recorded in a JSON-lines file; a broken tail is cut off first.

    A run killed mid-write leaves at most its last line incomplete: everything from the
    first line that does not parse is removed, so appending continues cleanly.
    """
    if not path.exists():
        return set()
    done: set[str] = set()
    good = 0
    with open(path, "rb") as fh:
        for raw in fh:
            if not raw.endswith(b"\n"):
                break
            try:
                rec = json.loads(raw)
                done.add(str(rec["source"]))
            except (ValueError, KeyError, TypeError):
                break
            good += len(raw)
    if good != path.stat().st_size:
        with open(path, "r+b") as fh:
            fh.truncate(good)
    return done


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1
