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

import errno
import gzip
import json
import os
import re
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path, PurePath
from typing import IO, Any, NamedTuple

from . import pipeline
from .dates import UNRESOLVED
from .errors import NewscleanError
from .inputs import GZIP_MAGIC, HEAD, RECORDS, WARC, Prefixed, kind_of, unpacked_head, warc_pages
from .models import Page
from .options import Options as ExtractOptions
from .pipeline import DEFAULT_MAX_BYTES, extract
from .render import markdown
from .rows import to_rows
from .rules import RuleSet, default_rules, load_rules

# The names a folder walk takes, each optionally gzipped, and names without an extension
# (saved pages often have none). What a file holds is told from its bytes, never from its
# name (see :mod:`newsclean.inputs`); the name only keeps a walk from reading a folder's
# labels, scripts and images as pages. ``--glob`` replaces this choice.
PAGE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".xht", ".shtml", ".php", ".asp", ".aspx", ".jsp",
                 ".cfm", ".md", ".markdown")  # fmt: skip
RECORD_SUFFIXES = (".jsonl", ".ndjson", ".warc", ".wet", ".arc")
STDIN = "-"
CHUNK = 32
# A chunk also closes at this many bytes of records, so the chunks in flight (two per worker)
# stay small whatever the records' sizes.
CHUNK_BYTES = 8 << 20
# Record files are read in blocks of this size: blank lines are skipped by a scan of the
# block, not one by one (a gigabyte of them was read at 100 MB a minute).
READ_BLOCK = 1 << 20
# A record line may be this many times ``max_bytes`` (plus room for the other fields) before
# it is refused unread: JSON escapes a character in at most six bytes ("\u0000").
RECORD_EXPANSION = 6
RECORD_SLACK = 1 << 20


def default_strict() -> bool:
    """The library's own default (``extract`` called without options), read in the process
    that makes a run's options, so that every worker gets the same value with them."""
    return pipeline.DEFAULT_OPTIONS.strict


@dataclass(frozen=True)
class Options:
    """How to read inputs, which rules to use and how to extract; picklable, sent once to
    each worker, so every page of a run is extracted with the same :attr:`extraction`."""

    text_field: str | None = None
    url_field: str = "url"
    time_field: str = "fetched_at"
    fetched_at: datetime | None = None
    fetched_at_mtime: bool = False
    glob: str | None = None
    rules: tuple[str, ...] = ()
    only_rules: bool = False
    fmt: str = "jsonl"
    max_bytes: int = DEFAULT_MAX_BYTES
    strict: bool = field(default_factory=default_strict)  # re-raise internal errors (--strict)

    @property
    def extraction(self) -> ExtractOptions:
        """The options every page of the run is extracted with (see :class:`newsclean.Options`)."""
        return _extraction(self.strict, self.max_bytes)


@lru_cache(maxsize=16)
def _extraction(strict: bool, max_bytes: int) -> ExtractOptions:
    """One options value per setting (immutable, so shared), not one per page."""
    return ExtractOptions(strict=strict, max_bytes=max_bytes)


@dataclass
class Tally:
    """What the inputs held besides pages, counted for the summary line (never silently
    dropped): files a folder walk passed over by name, and WARC records that hold no page."""

    other_files: int = 0
    other_records: int = 0


class Task(NamedTuple):
    """One page to convert, as cheap to send as possible: workers read and parse it.

    A named tuple, not a dataclass: tasks and results cross process boundaries by the
    thousand, and tuples pickle several times faster.

    ``kind`` is ``"file"`` (read ``path``), ``"record"`` (parse ``raw``, one JSON line),
    ``"page"`` (``raw`` is the page itself, from standard input or a WARC record, with the
    record's ``url`` and ``fetched_at``) or ``"error"`` (the input could not be read).
    """

    source: str
    kind: str = "error"
    path: str | None = None
    raw: bytes | None = None
    error: str | None = None
    url: str | None = None
    fetched_at: datetime | None = None


@dataclass(frozen=True)
class Page_:
    """A task made concrete in the worker: content, url, scrape time."""

    content: bytes | str
    url: str | None
    fetched_at: datetime | None


class Result(NamedTuple):
    """One task's outcome: a UTF-8 JSON line (``jsonl``) or Markdown text, or article rows
    (``parquet``, ``csv``), or an error; ``unresolved`` when the page's relative times
    stayed unresolved for want of a scrape time."""

    source: str
    line: bytes | None = None
    rows: list[dict[str, Any]] | None = None
    error: str | None = None
    unresolved: bool = False


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
    unresolved: int = 0


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return name[:-3] if name.endswith(".gz") else name


def is_input(path: Path) -> bool:
    """Whether a folder walk takes this file (see :data:`PAGE_SUFFIXES`): a page or record
    name, or a name without an extension; never a hidden file."""
    name = _suffix(path)
    return not name.startswith(".") and (name.endswith(PAGE_SUFFIXES + RECORD_SUFFIXES) or "." not in name)


class Unreadable(NamedTuple):
    """An input found but not readable (a broken link, a loop, a FIFO, a folder it may not list)."""

    path: str
    error: str


class Other(NamedTuple):
    """A file a folder walk passed over by its name (a label, a script, an image): counted."""

    path: str


def input_files(paths: Sequence[str | Path], glob: str | None = None) -> Iterator[Path | Unreadable | Other]:
    """Files to read, in a stable order (folders walked recursively, sorted), and every input
    that cannot be read, so that it gets an error record instead of vanishing.

    Nothing here opens a file: a FIFO named as an input would block the open until a writer
    came. Links to files are read; links to folders are followed unless they lead back into
    a folder being walked (a loop) or to one already walked.
    """
    for raw in paths:
        p = Path(raw)
        try:
            st = p.stat()
        except FileNotFoundError:
            yield p  # reading it says "no such file", as for any input that went missing
            continue
        except OSError as exc:
            yield Unreadable(str(p), _stat_error(exc))
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(p, st, glob)
        elif stat.S_ISREG(st.st_mode):
            yield p
        else:
            yield Unreadable(str(p), _not_regular(st))


def _walk(root: Path, root_stat: os.stat_result, glob: str | None) -> Iterator[Path | Unreadable | Other]:
    """The input files under ``root`` in the order ``sorted(root.rglob(...))`` gives them
    (depth first, names sorted), with a record for each entry that cannot be read."""
    first = _listing(root)
    if isinstance(first, Unreadable):
        yield first
        return
    key = (root_stat.st_dev, root_stat.st_ino)
    seen = {key: str(root)}
    stack = [iter(first)]
    keys = [key]  # the real folders on the current path, for loops through links
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            keys.pop()
            continue
        path = Path(entry.path)
        wanted = is_input(path) if glob is None else PurePath(os.path.relpath(path, root)).match(glob)
        try:
            st = entry.stat()  # through links
        except FileNotFoundError:
            if wanted:
                yield Unreadable(str(path), "a broken link: its target does not exist")
            continue
        except OSError as exc:
            if wanted or exc.errno == errno.ELOOP:
                yield Unreadable(str(path), _stat_error(exc))
            continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in keys:
                yield Unreadable(str(path), "a link to a folder that holds it (a loop): not followed")
            elif key in seen:
                yield Unreadable(str(path), f"the same folder as {seen[key]}, which is read once")
            else:
                seen[key] = str(path)
                listing = _listing(path)
                if isinstance(listing, Unreadable):
                    yield listing
                else:
                    stack.append(iter(listing))
                    keys.append(key)
        elif wanted:
            yield path if stat.S_ISREG(st.st_mode) else Unreadable(str(path), _not_regular(st))
        elif glob is None and stat.S_ISREG(st.st_mode):  # what a --glob leaves out, the user left out
            yield Other(str(path))


def _listing(folder: Path) -> list[os.DirEntry[str]] | Unreadable:
    try:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError as exc:
        return Unreadable(str(folder), f"cannot read folder: {exc.strerror or exc}")


def _stat_error(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "a link that loops: not followed"
    return f"cannot read: {exc.strerror or exc}"


def _not_regular(st: os.stat_result) -> str:
    mode = st.st_mode
    kind = ("a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a special file")  # fmt: skip
    return f"not a regular file ({kind}): skipped, never opened"


class InputError(Exception):
    """An input that cannot be read, with the one-line reason its error record gives."""


def open_regular(path: Path) -> tuple[IO[bytes], os.stat_result]:
    """``path`` opened for reading if it is a regular file, with its status.

    Opened without blocking and checked on the open descriptor: a FIFO (or a file replaced
    by one since the folder was listed) is refused without waiting for a writer.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(_not_regular(st))
        return os.fdopen(fd, "rb"), st
    except BaseException:
        os.close(fd)
        raise


def read_page(path: Path, max_bytes: int) -> tuple[bytes, os.stat_result]:
    """A page file's bytes (unpacked if gzip, whatever its name), read no further than
    ``max_bytes`` + 1.

    A gzip file is unpacked as a stream that stops past the limit: an 18.7 MB file reached
    8.5 GB of memory when it was unpacked whole before the size check.
    """
    fh, st = open_regular(path)
    with fh:
        gz = fh.read(2) == GZIP_MAGIC
        fh.seek(0)
        if not gz:
            if st.st_size > max_bytes:
                raise InputError(f"input is {st.st_size:,} bytes, over the limit of {max_bytes:,} bytes"
                                 " (--max-bytes raises it)")  # fmt: skip
            return fh.read(max_bytes + 1), st
        with gzip.GzipFile(fileobj=fh) as unpacked:
            data = unpacked.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"input unpacks to more than {max_bytes:,} bytes, over the limit of {max_bytes:,} bytes"
                         " (--max-bytes raises it)")  # fmt: skip
    return data, st


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
        if opts.text_field is None and isinstance(rec.get("page"), dict):  # a new user's first try: show out.jsonl
            return "a record newsclean convert wrote (its 'page' is extracted already), not a page to extract"
        if opts.text_field is None:
            return "bad record: no string field 'text' or 'html' (--text-field names another)"
        return f"bad record: no string field {name!r}"
    url = rec.get(opts.url_field)
    try:
        fetched = parse_time(rec.get(opts.time_field)) or opts.fetched_at
    except (ValueError, TypeError, OverflowError, OSError):
        return f"bad record: {opts.time_field!r} is not a time"
    return Page_(content, url if isinstance(url, str) else None, fetched)


def iter_tasks(
    paths: Sequence[str | Path], opts: Options, tally: Tally | None = None, stdin: IO[bytes] | None = None
) -> Iterator[Task]:
    """Every page of every input as a task; the main process only lists files, lines and
    WARC records. ``-`` is standard input (or ``stdin``). What is not a page is counted in
    ``tally``."""
    tally = tally if tally is not None else Tally()
    stdin_read = False
    for raw in paths:
        if str(raw) == STDIN:
            if stdin_read:
                yield Task(STDIN, error="standard input named twice: it is read once")
            else:
                stdin_read = True
                yield from _stdin_tasks(stdin if stdin is not None else sys.stdin.buffer, opts, tally)
            continue
        for path in input_files([raw], opts.glob):
            if isinstance(path, Unreadable):
                yield Task(path.path, error=path.error)
            elif isinstance(path, Other):
                tally.other_files += 1
            else:
                yield from _file_tasks(path, opts, tally)


def _file_tasks(path: Path, opts: Options, tally: Tally) -> Iterator[Task]:
    """The tasks of one file, by what its first bytes show it holds."""
    try:
        fh, _ = open_regular(path)
        with fh:
            head, gz = unpacked_head(fh.read(HEAD))
    except FileNotFoundError:
        yield Task(str(path), error="no such file")
        return
    except InputError as exc:
        yield Task(str(path), error=str(exc))
        return
    except OSError as exc:
        yield Task(str(path), error=f"cannot read: {exc}")
        return
    kind = kind_of(head, path.name)
    if kind == RECORDS:
        yield from _record_tasks(path, opts.max_bytes, gz)
    elif kind == WARC:
        yield from _warc_tasks(path, opts.max_bytes, tally)
    else:
        yield Task(str(path), "file", path=str(path))


def _warc_tasks(path: Path, max_bytes: int, tally: Tally, source: str | None = None) -> Iterator[Task]:
    try:
        fh, _ = open_regular(path)
    except OSError as exc:
        yield Task(str(path), error=f"cannot read: {exc}")
        return
    with fh:
        yield from _warc_stream_tasks(fh, source or str(path), max_bytes, tally)


def _warc_stream_tasks(stream: Any, name: str, max_bytes: int, tally: Tally) -> Iterator[Task]:
    number = 0
    try:
        for rec in warc_pages(stream, max_bytes):
            number = rec.number
            if not rec.is_page:
                tally.other_records += 1
            elif rec.error is not None:
                yield Task(f"{name}#{rec.number}", error=rec.error)
            else:
                yield Task(f"{name}#{rec.number}", "page", raw=rec.content, url=rec.url, fetched_at=rec.fetched_at)
    except Exception as exc:  # warcio on arbitrary bytes: its failure is this input's error record
        yield Task(f"{name}#{number + 1}", error=f"cannot read WARC record: {exc}")


def _stdin_tasks(stream: IO[bytes], opts: Options, tally: Tally) -> Iterator[Task]:
    """Standard input, told from its first bytes: one page, JSON lines, or a WARC/WET stream,
    each maybe gzipped. Sources are ``-`` and ``-#N`` (line or record N)."""
    try:
        head = stream.read(HEAD)
        whole: Any = Prefixed(head, stream)  # a readable stream to gzip and warcio
        if kind_of(unpacked_head(head)[0]) == WARC:  # warcio unpacks gzip members itself
            yield from _warc_stream_tasks(whole, STDIN, opts.max_bytes, tally)
            return
        content: Any = whole
        if head.startswith(GZIP_MAGIC):
            unpacked = gzip.GzipFile(fileobj=whole, mode="rb")
            content = Prefixed(unpacked.read(HEAD), unpacked)
        inner = content.read(HEAD)
        content = Prefixed(inner, content)
        if kind_of(inner) == RECORDS:
            yield from _line_tasks(content.read, STDIN, opts.max_bytes)
            return
        data = content.read(opts.max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        yield Task(STDIN, error=f"cannot read standard input: {exc}")
        return
    if len(data) > opts.max_bytes:
        yield Task(STDIN, error=f"input is over the limit of {opts.max_bytes:,} bytes (--max-bytes raises it)")
    else:
        yield Task(STDIN, "page", raw=data)


def record_limit(max_bytes: int) -> int:
    """The longest record line that can hold a page within ``max_bytes``."""
    return RECORD_EXPANSION * max_bytes + RECORD_SLACK


def _record_tasks(path: Path, max_bytes: int, gz: bool) -> Iterator[Task]:
    try:
        fh, _ = open_regular(path)
        with fh, gzip.GzipFile(fileobj=fh) if gz else fh as stream:
            yield from _line_tasks(stream.read, str(path), max_bytes)
    except InputError as exc:
        yield Task(str(path), error=str(exc))
    except OSError as exc:
        yield Task(str(path), error=f"cannot read: {exc}")


def _line_tasks(read: Callable[[int], bytes], name: str, max_bytes: int) -> Iterator[Task]:
    limit = record_limit(max_bytes)
    n = 0
    try:
        for n, line in record_lines(read, limit):
            if line is None:
                yield Task(f"{name}#{n}", error=f"record line over the limit: longer than {limit:,} bytes, "
                           f"more than a page within --max-bytes {max_bytes:,} can take")  # fmt: skip
            else:
                yield Task(f"{name}#{n}", "record", raw=line)
    except (OSError, EOFError, zlib.error) as exc:
        yield Task(f"{name}#{n + 1}", error=f"cannot read: {exc}")


# A byte that is not blank (``bytes.strip`` strips these six).
_NONBLANK = re.compile(rb"[^ \t\n\r\x0b\x0c]")


def record_lines(read: Callable[[int], bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) of each non-blank line ``read`` gives; the line is ``None`` when it
    is longer than ``limit`` bytes (it is skipped unread past that, so memory stays bounded).

    Read in blocks: runs of blank lines are skipped by a scan and counted, not split into
    lines one by one. Line numbers count every line, blank or not.
    """
    lineno = 1  # the number of the line being read
    partial: list[bytes] = []  # the start of a non-blank line a block's end cut off
    size = 0
    lead = 0  # blank bytes a block's end cut off at the start of a line (dropped, but counted)
    skipping = False  # inside a line over the limit: its rest is dropped
    while block := read(READ_BLOCK):
        pos = 0
        if partial or skipping:
            nl = block.find(b"\n")
            if nl < 0:
                if not skipping:
                    partial.append(block)
                    size += len(block)
                    if size > limit:
                        yield lineno, None
                        partial, size, skipping = [], 0, True
                continue
            if not skipping:
                yield lineno, b"".join(partial) + block[: nl + 1] if size + nl + 1 <= limit else None
            partial, size, skipping = [], 0, False
            lineno += 1
            pos = nl + 1
        while (m := _NONBLANK.search(block, pos)) is not None:
            i = m.start()
            before = block.rfind(b"\n", pos, i)
            lineno += block.count(b"\n", pos, i)
            start, extra = (before + 1, 0) if before >= 0 else (pos, lead)
            lead = 0
            end = block.find(b"\n", i)
            if end < 0:  # the line goes on in the next block
                partial, size = [block[start:]], len(block) - start + extra
                if size > limit:
                    yield lineno, None
                    partial, size, skipping = [], 0, True
                pos = len(block)
                break
            yield lineno, block[start : end + 1] if end + 1 - start + extra <= limit else None
            lineno += 1
            pos = end + 1
        lineno += block.count(b"\n", pos)
        nl = block.rfind(b"\n", pos)
        lead = len(block) - nl - 1 if nl >= 0 else lead + len(block) - pos
    if partial:
        yield lineno, b"".join(partial) if size <= limit else None


def materialize(task: Task, opts: Options) -> Page_ | str:
    """Read the task's page (in the worker): its content, or why it cannot be read."""
    if task.kind == "record" and task.raw is not None:
        try:
            rec = json.loads(task.raw)
        except ValueError as exc:
            return f"bad record: {exc}"
        return _from_record(rec, opts)
    if task.kind == "page" and task.raw is not None:
        return Page_(task.raw, task.url, task.fetched_at or opts.fetched_at)
    if task.kind == "file" and task.path is not None:
        path = Path(task.path)
        try:
            data, st = read_page(path, opts.max_bytes)
        except FileNotFoundError:
            return "no such file"
        except InputError as exc:
            return str(exc)
        except (OSError, EOFError, zlib.error) as exc:
            return f"cannot read: {exc}"
        fetched = opts.fetched_at
        if opts.fetched_at_mtime:
            fetched = datetime.fromtimestamp(st.st_mtime, tz=UTC)
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
    page = extract("Warm-up title\nA warm-up sentence.\n", rules=_rules(opts), options=opts.extraction)
    page.model_dump_json()


def run_task(task: Task, opts: Options) -> Result:
    """Read and extract one page; never raises for content (errors become error results)."""
    got = materialize(task, opts)
    if isinstance(got, str):
        return Result(task.source, error=got)
    return _extract(task.source, got, opts)


def _extract(source: str, got: Page_, opts: Options) -> Result:
    try:
        page = extract(got.content, url=got.url, fetched_at=got.fetched_at, rules=_rules(opts), options=opts.extraction)
    except NewscleanError as exc:
        return Result(source, error=str(exc))
    unresolved = UNRESOLVED in page.warnings
    if opts.fmt in ("parquet", "csv"):
        return Result(source, rows=to_rows(page, source=source, fetched_at=got.fetched_at), unresolved=unresolved)
    if opts.fmt == "markdown":
        return Result(source, line=markdown(page, source).encode(), unresolved=unresolved)
    # pydantic's own JSON encoder, straight to UTF-8 bytes: much faster than json.dumps(model_dump())
    head = '{"source": ' + json.dumps(source, ensure_ascii=False) + ', "page": '
    return Result(source, line=head.encode() + _SERIALIZER.to_json(page) + b"}", unresolved=unresolved)


_SERIALIZER = Page.__pydantic_serializer__


def run_chunk(chunk: list[Task], opts: Options) -> Chunk:
    """Run a chunk's tasks and pack their outcomes for the writer (see :class:`Chunk`)."""
    lines: list[bytes] = []
    rows: list[dict[str, Any]] = []
    errors: list[tuple[str, str]] = []
    unresolved = 0
    for task in chunk:
        r = run_task(task, opts)
        unresolved += r.unresolved
        if r.error is not None:
            errors.append((r.source, r.error))
        elif r.line is not None:
            lines.append(r.line)
        elif r.rows is not None:
            rows += r.rows
    data = b"\n".join(lines) + b"\n" if lines else b""
    return Chunk(data, rows, len(chunk) - len(errors), errors, unresolved)


def extract_partition(records: Iterable[dict[str, Any]], **options: Any) -> list[dict[str, Any]]:
    """Map record dicts to ``{"source", "page"}`` or ``{"source", "error"}`` dicts.

    For ``dask.bag.Bag.map_partitions`` and Spark's ``mapPartitions``; ``options`` are
    :class:`Options` fields (``text_field``, ``url_field``, ``time_field``, ``rules``,
    ``max_bytes``, ``strict``).
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


def chunks(tasks: Iterable[Task], size: int = CHUNK, max_bytes: int = CHUNK_BYTES) -> Iterator[list[Task]]:
    """Tasks in chunks of ``size``, or fewer when their records reach ``max_bytes``."""
    chunk: list[Task] = []
    held = 0
    for t in tasks:
        chunk.append(t)
        held += len(t.raw) if t.raw is not None else 0
        if len(chunk) >= size or held >= max_bytes:
            yield chunk
            chunk, held = [], 0
    if chunk:
        yield chunk


def resume_key(source: str) -> str:
    """A source with its file's path resolved (links, ``..``, relative to absolute), so a
    resumed run recognises an input spelled another way ("pages" and "/data/pages")."""
    head, sep, tail = source.rpartition("#")
    if sep and tail.isdigit() and tail.isascii():
        return _real(head) + "#" + tail
    return _real(source)


@lru_cache(maxsize=4096)  # a record file's lines share one path
def _real(path: str) -> str:
    return os.path.realpath(path)


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


def count_pages(paths: Sequence[str | Path], opts: Options) -> int | None:
    """How many pages the inputs hold, for a progress bar's total; ``None`` when that cannot
    be known without reading them whole (standard input, WARC files)."""
    total = 0
    limit = record_limit(opts.max_bytes)
    for raw in paths:
        if str(raw) == STDIN:
            return None
        for f in input_files([raw], opts.glob):
            if isinstance(f, Other):
                continue
            if not isinstance(f, Unreadable):
                try:
                    fh, _ = open_regular(f)
                    with fh:
                        head, gz = unpacked_head(fh.read(HEAD))
                        kind = kind_of(head, f.name)
                        if kind == WARC:
                            return None
                        if kind == RECORDS:
                            fh.seek(0)
                            with gzip.GzipFile(fileobj=fh) if gz else fh as stream:
                                total += sum(1 for _ in record_lines(stream.read, limit))
                            continue
                except (OSError, EOFError, InputError, ValueError, zlib.error):
                    pass
            total += 1
    return total


def find_page(
    name: str, opts: Options, number: int | None = None, stdin: IO[bytes] | None = None
) -> tuple[Task | None, int]:
    """The task of one page of one input, for ``show``; and how many pages the input holds.

    ``name`` is a file, ``-`` (standard input), or a source as ``convert`` names it
    (``dump.jsonl#3``: line 3; ``crawl.warc.gz#7``: record 7). ``number`` picks the
    number-th page instead (from 1). Only the chosen page is kept: the others are counted.
    """
    target: str | None = None
    path = name
    if name != STDIN and not os.path.lexists(name):
        head, sep, tail = name.rpartition("#")
        if sep and tail.isdigit() and os.path.lexists(head):
            path, target = head, name
    chosen: Task | None = None
    total = 0
    for task in iter_tasks([path], Options(fetched_at=opts.fetched_at, max_bytes=opts.max_bytes), stdin=stdin):
        total += 1
        if chosen is None and (task.source == target if target else total == (number or 1)):
            chosen = task
    return chosen, total
