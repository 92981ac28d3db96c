"""Command line: ``convert`` for batches, ``show`` for one page, ``schema`` for the model.

``convert`` streams: pages go through worker processes in bounded chunks and come back in
input order, so memory stays flat and the output does not depend on ``--workers``. Every
input gives one output record or one error record; nothing is skipped silently.
Exit codes: 0 all converted, 3 some inputs failed (all recorded), 2 usage errors, 4 a
worker process died, 130 interrupted (in both cases the output holds every page before
the stop; ``--resume`` continues from there).
"""

from __future__ import annotations

import argparse
import gzip
import json
import signal
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType, TracebackType
from typing import IO, Any

from . import __version__
from .batch import (
    RECORD_SUFFIXES,
    Chunk,
    Options,
    Task,
    chunks,
    cpu_count,
    input_files,
    iter_tasks,
    parse_time,
    repair_and_read_sources,
)
from .errors import NewscleanError
from .models import Page
from .pipeline import extract
from .render import render
from .rules import RuleSet, default_rules, load_rules
from .runner import WorkerDied, run_dask, run_local


class Progress:
    """A one-line progress display on stderr, redrawn at most ten times a second."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.total, self.enabled = total, enabled
        self.done = self.errors = 0
        self.start = self._last = time.monotonic()

    def update(self, ok: int, failed: int) -> None:
        self.done += ok + failed
        self.errors += failed
        now = time.monotonic()
        if self.enabled and now - self._last >= 0.1:
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.done / max(now - self.start, 1e-9)
        line = f"pages {self.done:,}"
        if self.total:
            line += f"/{self.total:,}"
        line += f"  {rate:,.0f} pages/s  errors {self.errors:,}"
        if self.total and rate > 0:
            left = max(self.total - self.done, 0) / rate
            line += f"  ETA {int(left // 60)}:{int(left % 60):02d}"
        sys.stderr.write("\r" + line + "   ")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            self._draw(time.monotonic())
            sys.stderr.write("\n")


def _count(paths: list[str], opts: Options) -> int:
    total = 0
    for f in input_files(paths, opts.glob):
        name = f.name.lower()
        if name.removesuffix(".gz").endswith(RECORD_SUFFIXES):
            try:
                opener: Any = gzip.open if name.endswith(".gz") else open
                with opener(f, "rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except (OSError, EOFError):
                total += 1
        else:
            total += 1
    return total


class _ParquetSink:
    """Article rows in row groups, so a large conversion never holds its output in memory."""

    def __init__(self, path: str) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise SystemExit("newsclean: --format parquet needs pyarrow: pip install 'newsclean[parquet]'") from None
        self._pa = pa
        list_str = pa.list_(pa.string())
        self.schema = pa.schema(
            [("source", pa.string()), ("page_kind", pa.string()), ("index", pa.int32()), ("role", pa.string()),
             ("title", pa.string()), ("outlet", pa.string()), ("byline", list_str), ("dateline", pa.string()),
             ("published_text", pa.string()), ("published_at", pa.string()), ("category", pa.string()),
             ("tags", list_str), ("credits", list_str), ("captions", list_str), ("body", pa.string()),
             ("ids", pa.string()), ("span_start", pa.int64()), ("span_end", pa.int64())]
        )  # fmt: skip
        self.writer = pq.ParquetWriter(path, self.schema)
        self.rows: list[dict[str, Any]] = []

    def add(self, rows: list[dict[str, Any]]) -> None:
        self.rows += rows
        if len(self.rows) >= 5000:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.writer.write_table(self._pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


def _options(args: argparse.Namespace) -> Options:
    return Options(
        text_field=args.text_field,
        url_field=args.url_field,
        time_field=args.time_field,
        fetched_at=args.fetched_at_value,
        fetched_at_mtime=args.fetched_at == "mtime",
        glob=args.glob,
        rules=tuple(args.rules),
        only_rules=args.only_rules,
        fmt=args.format,
    )


def _convert(args: argparse.Namespace, rules: RuleSet) -> int:
    opts = _options(args)
    if args.resume and (args.format != "jsonl" or args.output == "-"):
        print("newsclean: --resume needs JSON-lines output to a file", file=sys.stderr)
        return 2
    done: set[str] = set()
    if args.resume:
        done = repair_and_read_sources(Path(args.output))
        if args.errors:
            done |= repair_and_read_sources(Path(args.errors))
    tasks: Iterator[Task] = (t for t in iter_tasks(args.inputs, opts) if t.source not in done)
    if args.scheduler:
        results = run_dask(chunks(tasks), opts, args.scheduler)
    else:
        results = run_local(chunks(tasks), opts, args.workers or cpu_count())
    show = not args.quiet and sys.stderr.isatty()
    progress = Progress(_count(args.inputs, opts) - len(done) if show else None, show)
    append = bool(args.resume)
    sink: _ParquetSink | None = None
    out: IO[bytes] | None = None
    if args.format == "parquet":
        sink = _ParquetSink(args.output)
    else:
        # bytes: workers send UTF-8 JSON lines ready to write (see batch.Chunk)
        out = sys.stdout.buffer if args.output == "-" else open(args.output, "ab" if append else "wb")
    err_fh = open(args.errors, "a" if append else "w", encoding="utf-8") if args.errors else None
    ok = failed = 0
    last_flush = time.monotonic()
    try:
        with _Interrupts() as ctrl_c:
            try:
                for chunk in results:
                    n_ok, n_failed = _write(chunk, out, sink, err_fh)
                    ok, failed = ok + n_ok, failed + n_failed
                    progress.update(n_ok, n_failed)
                    if ctrl_c.pending:  # a clean point: every chunk so far is written whole
                        raise KeyboardInterrupt
                    if time.monotonic() - last_flush > 0.5:
                        last_flush = time.monotonic()
                        for fh in (out, err_fh):
                            if fh is not None:
                                fh.flush()
            except WorkerDied:
                if ctrl_c.pending:  # the workers took the Ctrl-C too
                    raise KeyboardInterrupt from None
                raise
    finally:
        results.close()  # stops the worker processes now, not when the generator is collected
        progress.close()
        if sink is not None:
            sink.close()
        if out is not None and out is not sys.stdout.buffer:
            out.close()
        elif out is not None:
            out.flush()
        if err_fh is not None:
            err_fh.close()
    where = "stdout" if args.output == "-" else args.output
    skipped = f", {len(done)} already done" if args.resume else ""
    print(f"newsclean: {ok} page(s) converted, {failed} failed{skipped}; output in {where}", file=sys.stderr)
    return 3 if failed else 0


class _Interrupts:
    """Ctrl-C during a conversion takes effect between chunks, never inside one.

    Raised wherever the signal lands, ``KeyboardInterrupt`` could surface inside pydantic's
    serialiser as a different error (and a traceback). The first Ctrl-C only sets
    ``pending``, which the loop reads after writing each chunk; a second one stops at once.
    """

    def __init__(self) -> None:
        self.pending = False
        self._old: Any = None

    def __enter__(self) -> _Interrupts:
        if threading.current_thread() is threading.main_thread():
            self._old = signal.signal(signal.SIGINT, self._handle)
        return self

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.pending:
            raise KeyboardInterrupt
        self.pending = True

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._old is not None:
            signal.signal(signal.SIGINT, self._old)


def _write(chunk: Chunk, out: IO[bytes] | None, sink: _ParquetSink | None, err: IO[str] | None) -> tuple[int, int]:
    for source, error in chunk.errors:
        if err is not None:
            err.write(json.dumps({"source": source, "error": error}, ensure_ascii=False) + "\n")
        else:
            print(f"newsclean: {source}: {error}", file=sys.stderr)
    if sink is not None:
        sink.add(chunk.rows)
    elif out is not None:
        out.write(chunk.data)
    return chunk.ok, len(chunk.errors)


def _show(args: argparse.Namespace, rules: RuleSet) -> int:
    path = Path(args.file)
    try:
        data = path.read_bytes()
        if path.name.lower().endswith(".gz"):
            data = gzip.decompress(data)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        print(f"newsclean: cannot read {path}: {exc}", file=sys.stderr)
        return 3
    try:
        page = extract(data, url=args.url, fetched_at=args.fetched_at_value, rules=rules, trace=args.trace)
    except NewscleanError as exc:
        print(f"newsclean: {path}: {exc}", file=sys.stderr)
        return 3
    render(page, plain=args.plain)
    return 0


def _cluster(args: argparse.Namespace, _rules: RuleSet) -> int:
    """Group the articles of ``convert`` output that carry the same text (see :mod:`.cluster_command`)."""
    from .cluster_command import run

    return run(args)


def _schema(_args: argparse.Namespace, _rules: RuleSet) -> int:
    print(json.dumps(Page.model_json_schema(), indent=2))
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="newsclean", description="Clean, typed articles from scraped news pages.")
    ap.add_argument("--version", action="version", version=f"newsclean {__version__}")
    ap.add_argument("--rules", action="append", default=[], help="extra rule file or folder (repeatable)")
    ap.add_argument("--only-rules", action="store_true", help="use only --rules files, not the bundled ones")
    sub = ap.add_subparsers(dest="command", required=True)
    c = sub.add_parser("convert", help="convert files, folders and JSONL record files")
    c.add_argument("inputs", nargs="+", help="files or folders (.txt .html .htm .jsonl, each optionally .gz)")
    c.add_argument("-o", "--output", required=True, help="output file ('-' for stdout with jsonl)")
    c.add_argument(
        "--format",
        choices=["jsonl", "parquet"],
        default="jsonl",
        help="jsonl: one line per page; parquet: one row per article",
    )
    c.add_argument("--errors", help="write one JSON line per input that failed here")
    c.add_argument("--glob", help="only files matching this pattern inside folders")
    c.add_argument("--fetched-at", help="scrape time (ISO 8601) for inputs without one, or 'mtime'")
    c.add_argument("--text-field", help="record field holding the page (default: text, else html)")
    c.add_argument("--url-field", default="url", help="record field holding the URL (default: url)")
    c.add_argument(
        "--time-field", default="fetched_at", help="record field holding the scrape time (default: fetched_at)"
    )
    c.add_argument("--workers", type=int, default=0, help="worker processes (default: one per CPU)")
    c.add_argument("--scheduler", help="run on this dask.distributed scheduler (e.g. tcp://host:8786)")
    c.add_argument("--resume", action="store_true", help="complete the output of an interrupted run")
    c.add_argument("--quiet", action="store_true", help="no progress bar (the summary line stays)")
    c.set_defaults(func=_convert)
    s = sub.add_parser("show", help="print one page's articles and the chrome removed, with rule ids")
    s.add_argument("file")
    s.add_argument("--url")
    s.add_argument("--fetched-at", help="scrape time (ISO 8601)")
    s.add_argument("--plain", action="store_true", help="no colours, even on a terminal")
    s.add_argument("--trace", action="store_true", help="also print every decision, line by line, with its rule id")
    s.set_defaults(func=_show)
    cl = sub.add_parser(
        "cluster",
        help="group articles of convert output that carry the same text",
        epilog="exit codes: 0 all records used, 3 some could not be (each reported), 2 usage errors, "
        "130 Ctrl-C, 143 SIGTERM. The output file appears only when complete.",
    )
    cl.add_argument("inputs", nargs="+", help="JSONL files written by convert (optionally .gz)")
    cl.add_argument("-o", "--output", required=True, help="output JSONL, one line per cluster ('-' for stdout)")
    cl.add_argument("--errors", help="write one JSON line per record or article that could not be used here")
    cl.add_argument("--threshold", type=float, default=0.5, help="Jaccard similarity to join (default 0.5)")
    cl.add_argument("--min-words", type=int, default=40, help="ignore bodies shorter than this (default 40)")
    cl.add_argument("--quiet", action="store_true", help="no progress display")
    cl.set_defaults(func=_cluster)
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
            args.fetched_at_value = parse_time(fetched)
        except ValueError:
            ap.error(f"--fetched-at: not an ISO 8601 time: {fetched!r}")
    if getattr(args, "workers", 0) < 0:
        ap.error("--workers must be 0 (one per CPU) or more")
    try:
        rules = load_rules(*args.rules, replace=args.only_rules) if args.rules else default_rules()
    except NewscleanError as exc:
        ap.error(str(exc))
    try:
        code: int = args.func(args, rules)
    except BrokenPipeError:  # "newsclean show page.txt | head": the reader left; not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:  # Ctrl-C: what is written is a clean prefix (flushed on the way out)
        print("newsclean: interrupted; --resume continues where this stopped", file=sys.stderr)
        return 130
    except WorkerDied as exc:
        print(f"{exc}; the output holds every page before it, and --resume continues", file=sys.stderr)
        return 4
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
