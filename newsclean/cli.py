"""Command line: ``convert`` for batches, ``show`` for one page, ``schema`` for the model.

``convert`` streams: pages go through worker processes in bounded chunks and come back in
input order, so memory stays flat and the output does not depend on ``--workers``. Every
input gives one output record or one error record; nothing is skipped silently (files a
folder walk passes over by name, and WARC records holding no page, are counted in the
summary line). Inputs are files, folders and ``-`` (standard input), told apart by their
bytes (see :mod:`newsclean.inputs`); the output's format follows its name or ``--format``.

It never writes over or into its inputs, and checks every output before it opens any.
Exit codes: 0 all converted; 3 some inputs failed (all recorded, in this run or, with
``--resume``, before it); 2 usage errors (nothing written: a bad option, an output that is an
input, lies in an input folder or has no folder, a format that cannot be written there, a
``--scheduler`` that is no address or does not answer); 4 the run stopped early (a worker
process died, or an output could not be written: disk full, file too large, any OS error);
130 interrupted. After 4 and 130 the output holds every page before the stop, and
``--resume`` continues from there.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import os
import re
import signal
import stat
import sys
import threading
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType, TracebackType
from typing import IO, Any, NoReturn, cast

from . import __version__
from .batch import (
    Chunk,
    Options,
    Tally,
    Task,
    chunks,
    count_pages,
    cpu_count,
    default_strict,
    find_page,
    is_input,
    iter_tasks,
    materialize,
    parse_time,
    repair_and_read_sources,
    resume_key,
)
from .errors import NewscleanError
from .models import Page
from .pipeline import DEFAULT_MAX_BYTES, extract
from .progress import Progress
from .render import render
from .rows import COLUMN_NAMES, arrow_schema, csv_cells
from .rules import RuleSet, default_rules, load_rules
from .rules_command import register as register_rules_commands
from .runner import SchedulerUnreachable, WorkerDied, connect_dask, run_dask, run_local

# Pacing of a run's output: the progress bar redraws at most this often, Parquet and CSV
# rows are written in batches of this many, and JSON lines are flushed this often (a killed
# run loses at most that much, and a resumed one starts after the last whole record).
_TABLE_ROWS = 5000
_FLUSH_SECONDS = 0.5


class OutputFailed(Exception):
    """Writing an output failed (disk full, file too large, an I/O error): the run stops."""

    def __init__(self, name: str, exc: OSError) -> None:
        super().__init__(f"cannot write {name}: {exc.strerror or exc}")


class _Output:
    """An output file whose OS errors name it, opened without truncating anything.

    Every output is opened for appending first and emptied only once all of them are open:
    a failing ``--errors`` path used to truncate the output before the run failed.
    """

    def __init__(self, name: str, fh: IO[Any]) -> None:
        self.name, self.fh = name, fh
        self._raw: IO[Any] | None = None  # the file under a gzip writer

    def compress(self) -> None:
        """Write gzip from now on (an output named ``.gz``); called once the file is emptied,
        since a gzip writer writes its header at once."""
        self._raw, self.fh = self.fh, cast(IO[Any], gzip.GzipFile(fileobj=self.fh, mode="wb"))

    @classmethod
    def open(cls, name: str, *, binary: bool) -> _Output:
        fh = open(name, "ab") if binary else open(name, "a", encoding="utf-8")  # closed by close()
        return cls(name, fh)

    def empty(self) -> None:
        """Truncate a regular file (a device such as /dev/null has nothing to empty)."""
        if stat.S_ISREG(os.fstat(self.fh.fileno()).st_mode):
            self.fh.truncate(0)

    def write(self, data: Any) -> None:
        try:
            self.fh.write(data)
        except BrokenPipeError:  # the reader of stdout left ("| head"): main() ends quietly
            raise
        except OSError as exc:
            raise OutputFailed(self.name, exc) from None

    def flush(self) -> None:
        try:
            self.fh.flush()
        except BrokenPipeError:  # the reader of stdout left ("| head"): main() ends quietly
            raise
        except OSError as exc:
            raise OutputFailed(self.name, exc) from None

    def close(self) -> None:
        if self.fh is sys.stdout.buffer:
            self.flush()
            return
        try:
            self.fh.close()
            if self._raw is not None:
                self._raw.close()
        except BrokenPipeError:  # the reader of stdout left ("| head"): main() ends quietly
            raise
        except OSError as exc:
            raise OutputFailed(self.name, exc) from None


def _need_pyarrow() -> None:
    """Checked before any output is opened: without pyarrow nothing may be written."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise UsageError("--format parquet needs pyarrow: pip install 'newsclean[parquet]'") from None


class _ParquetSink:
    """Article rows in row groups, so a large conversion never holds its output in memory.
    Columns and types: :data:`newsclean.rows.COLUMNS`."""

    def __init__(self, path: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._pa = pa
        self.schema = arrow_schema()
        self.path = path
        self.writer = pq.ParquetWriter(path, self.schema)
        self.rows: list[dict[str, Any]] = []

    def add(self, rows: list[dict[str, Any]]) -> None:
        self.rows += rows
        if len(self.rows) >= _TABLE_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            try:
                self.writer.write_table(self._pa.Table.from_pylist(self.rows, schema=self.schema))
            except OSError as exc:
                raise OutputFailed(self.path, exc) from None
            self.rows = []

    def close(self) -> None:
        try:
            self.flush()
        finally:
            try:
                self.writer.close()
            except OSError as exc:
                raise OutputFailed(self.path, exc) from None


class _CsvSink:
    """Article rows as CSV: a header line, then a row per article (see :func:`newsclean.rows.csv_cells`)."""

    def __init__(self, out: _Output) -> None:
        self.out = out
        self._write([COLUMN_NAMES])

    def _write(self, rows: list[list[str]]) -> None:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(rows)
        self.out.write(buf.getvalue().encode("utf-8"))

    def add(self, rows: list[dict[str, Any]]) -> None:
        self._write([csv_cells(r) for r in rows])

    def close(self) -> None:
        self.out.close()


class UsageError(Exception):
    """A command line that cannot run as given: one line, exit code 2, nothing written."""


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
        max_bytes=args.max_bytes,
        strict=_strict(args),
    )


def _strict(args: argparse.Namespace) -> bool:
    """``--strict``, else the library's default (what ``extract`` does given no options)."""
    return True if args.strict else default_strict()


# What an output's name says it holds, when --format does not say.
_FORMAT_OF_SUFFIX = {".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonl.gz": "jsonl", ".ndjson.gz": "jsonl",
                     ".parquet": "parquet", ".pq": "parquet", ".csv": "csv", ".md": "markdown", ".markdown": "markdown"}  # fmt: skip
FORMATS = ("jsonl", "parquet", "csv", "markdown")


def output_format(output: str, given: str | None) -> str:
    """The format to write: ``--format``, else the one the output's name ends in.

    Raises :class:`UsageError` for what cannot be written as asked: Parquet to standard
    output (it needs a file it can finish with a footer), or a name whose ending says none
    of the formats (``-o out.xlsx`` used to get JSON lines, ``-o out.parquet`` too).
    A name without an extension (``/dev/null``) and ``-`` get JSON lines.
    """
    name = Path(output).name.lower()
    by_name = next((f for suffix, f in _FORMAT_OF_SUFFIX.items() if name.endswith(suffix)), None)
    fmt = given or by_name
    if fmt is None:
        if output != "-" and "." in name.lstrip("."):
            raise UsageError(
                f"cannot tell the output format from the name {output}: end it in .jsonl, .jsonl.gz, .parquet, "
                ".csv or .md, or give --format"
            )
        fmt = "jsonl"
    if fmt == "parquet" and output == "-":
        raise UsageError("--format parquet cannot go to standard output: name a file (-o out.parquet)")
    return fmt


def _scheduler_address(value: str) -> str:
    """A Dask scheduler address as ``--scheduler`` takes it: ``tcp://host:port``, ``host:port``."""
    if _SCHEDULER.fullmatch(value) is None:
        raise argparse.ArgumentTypeError(f"not a scheduler address: {value!r} (expected tcp://host:8786)")
    return value


_SCHEDULER = re.compile(r"(?:(?:tcp|tls|ws|wss|ucx)://)?(?:\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9.-]{1,253}):\d{1,5}")


def _convert(args: argparse.Namespace, rules: RuleSet) -> int:
    try:
        args.format = output_format(args.output, args.format)
        if args.format == "parquet":
            _need_pyarrow()
    except UsageError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return 2
    opts = _options(args)
    if args.resume and (args.format != "jsonl" or args.output == "-" or args.output.lower().endswith(".gz")):
        print("newsclean: --resume needs JSON-lines output to an uncompressed file", file=sys.stderr)
        return 2
    client = None
    if args.scheduler:  # before any output is opened: an unreachable cluster writes nothing
        try:
            client = connect_dask(args.scheduler, args.scheduler_timeout)
        except SchedulerUnreachable as exc:
            print(f"newsclean: {exc}", file=sys.stderr)
            return 2
    try:
        return _run_convert(args, opts, client)
    finally:
        if client is not None:
            client.close()


@dataclass
class _Counts:
    """What a conversion did so far, for its summary line."""

    ok: int = 0
    failed: int = 0
    unresolved: int = 0


_Outputs = tuple[_Output | None, _ParquetSink | _CsvSink | None, _Output | None]


def _run_convert(args: argparse.Namespace, opts: Options, client: Any) -> int:
    """Convert every input not done before: open the outputs, run the chunks, write them, sum up."""
    done, failed_before = _done_before(args)
    # keyed on resolved paths: the same input spelled another way is still done
    done_keys = {resume_key(s) for s in done}
    skipped = [0]  # inputs of this run found done
    tally = Tally()
    tasks = _pending(iter_tasks(args.inputs, opts, tally), done_keys, skipped)
    outputs = _open_outputs(args)
    if isinstance(outputs, str):
        print(outputs, file=sys.stderr)
        return 2
    if client is not None:
        results = run_dask(chunks(tasks), opts, client)
    else:
        results = run_local(chunks(tasks), opts, args.workers or cpu_count())
    show = not args.quiet and sys.stderr.isatty()
    total = count_pages(args.inputs, opts) if show else None
    progress = Progress(None if total is None else max(total - len(done), 0), show)
    counts, failure = _drain(results, outputs, progress)
    if failure is not None:
        print(f"newsclean: {failure}; the output holds every page before it, and --resume continues", file=sys.stderr)
        return 4
    print(_summary(args, counts, len(done), skipped[0], failed_before, tally), file=sys.stderr)
    return 3 if counts.failed or failed_before else 0


def _done_before(args: argparse.Namespace) -> tuple[set[str], int]:
    """With ``--resume``: the sources the output and the errors file already hold (each
    file's broken last line repaired), and how many of them failed; else nothing."""
    if not args.resume:
        return set(), 0
    done = repair_and_read_sources(Path(args.output))
    failed_before = 0
    if args.errors:
        before = repair_and_read_sources(Path(args.errors))
        failed_before = len(before)
        done |= before
    return done, failed_before


def _pending(tasks: Iterator[Task], done_keys: set[str], skipped: list[int]) -> Iterator[Task]:
    """The tasks a resumed run has still to do, counting in ``skipped[0]`` those it passes."""
    for t in tasks:
        if done_keys and resume_key(t.source) in done_keys:
            skipped[0] += 1
        else:
            yield t


def _drain(
    results: Generator[Chunk, None, None], outputs: _Outputs, progress: Progress
) -> tuple[_Counts, OutputFailed | None]:
    """Write the chunks as they come, then stop the workers and close the progress bar and
    the outputs whatever happened; an output that failed is returned, not raised, so the
    summary can say the output holds every page before it."""
    out, sink, err_out = outputs
    counts = _Counts()
    failure: OutputFailed | None = None
    try:
        with _Interrupts() as ctrl_c:
            try:
                _write_all(results, outputs, progress, counts, ctrl_c)
            except WorkerDied:
                if ctrl_c.pending:  # the workers took the Ctrl-C too
                    raise KeyboardInterrupt from None
                raise
    except OutputFailed as exc:
        failure = exc
    finally:
        results.close()  # stops the worker processes now, not when the generator is collected
        progress.close()
        closing: list[_ParquetSink | _CsvSink | _Output | None] = [sink, out, err_out]
        for c in closing:
            try:
                if c is not None:
                    c.close()
            except OutputFailed as exc:
                failure = failure or exc
    return counts, failure


def _write_all(
    results: Iterator[Chunk], outputs: _Outputs, progress: Progress, counts: _Counts, ctrl_c: _Interrupts
) -> None:
    """Each chunk written whole, counted and shown; the outputs flushed twice a second, and
    Ctrl-C taken between chunks (see :class:`_Interrupts`)."""
    out, sink, err_out = outputs
    last_flush = time.monotonic()
    for chunk in results:
        n_ok, n_failed = _write(chunk, out, sink, err_out)
        counts.ok, counts.failed = counts.ok + n_ok, counts.failed + n_failed
        counts.unresolved += chunk.unresolved
        progress.update(n_ok, n_failed)
        if ctrl_c.pending:  # a clean point: every chunk so far is written whole
            raise KeyboardInterrupt
        if time.monotonic() - last_flush > _FLUSH_SECONDS:
            last_flush = time.monotonic()
            for o in (out, err_out):
                if o is not None:
                    o.flush()


def _summary(
    args: argparse.Namespace, counts: _Counts, done: int, skipped: int, failed_before: int, tally: Tally
) -> str:
    """The line a finished run ends with: what converted, failed, was done before, and where."""
    where = "stdout" if args.output == "-" else args.output
    resumed = f", {skipped} already done" if args.resume else ""
    if failed_before:
        resumed += f" ({failed_before} failed before)"
    if done > skipped:  # relative sources resolve from the current folder: resumed from another?
        resumed += f"; {done - skipped} earlier record(s) match no input of this run"
    return (f"newsclean: {counts.ok} page(s) converted, {counts.failed} failed{resumed}"
            f"{_notes(counts.unresolved, tally)}; output in {where}")  # fmt: skip


def _notes(unresolved: int, tally: Tally) -> str:
    """What the summary line adds about pages that converted but not wholly, and inputs that
    held no page: each counted, none silent."""
    notes = ""
    if unresolved:
        notes += f"; {unresolved} with relative times left unresolved (give --fetched-at, the scrape time)"
    if tally.other_files:
        notes += f"; {tally.other_files} other file(s) in the folders passed over by name (--glob takes them)"
    if tally.other_records:
        notes += f"; {tally.other_records} other record(s) in WARC input held no page (not text, or not HTTP 2xx)"
    return notes


def _open_outputs(
    args: argparse.Namespace,
) -> tuple[_Output | None, _ParquetSink | _CsvSink | None, _Output | None] | str:
    """The output and errors files, opened without truncating either until both are open
    (the paths were checked before, see :func:`path_problem`); or the one-line reason not."""
    append = bool(args.resume)
    err_out = out = None
    sink: _ParquetSink | _CsvSink | None = None
    try:
        err_out = _Output.open(args.errors, binary=False) if args.errors else None
        if args.format == "parquet":
            sink = _ParquetSink(args.output)
        else:  # bytes: workers send UTF-8 lines ready to write (see batch.Chunk)
            out = _Output("stdout", sys.stdout.buffer) if args.output == "-" else _Output.open(args.output, binary=True)
        if not append:
            for o in (out, err_out):
                if o is not None and o.fh is not sys.stdout.buffer:
                    o.empty()
    except OSError as exc:
        for o in (out, err_out):
            if o is not None:
                o.fh.close()
        return f"newsclean: cannot open {exc.filename or args.output}: {exc.strerror or exc}"
    if out is not None and args.output != "-" and args.output.lower().endswith(".gz"):
        out.compress()
    if args.format == "csv" and out is not None:
        sink, out = _CsvSink(out), None
    return out, sink, err_out


def path_problem(args: argparse.Namespace) -> str | None:
    """Why the outputs named on the command line must not be written, or ``None``.

    Checked before anything is opened: an output that is an input (or reaches one through a
    link) would be truncated; one inside an input folder would be read back as input (with
    ``--text-field source`` it grew without bound); one in a missing folder failed with a
    traceback after the other output was already truncated.
    """
    named = [(flag, value) for flag, value in (("--output", getattr(args, "output", None)),
                                               ("--errors", getattr(args, "errors", None))) if value and value != "-"]  # fmt: skip
    if len(named) == 2 and _same_file(named[0][1], named[1][1]):  # noqa: PLR2004 (both --output and --errors)
        return f"newsclean: --output and --errors are the same file: {named[0][1]}"
    inputs = [str(i) for i in getattr(args, "inputs", [])]
    for flag, value in named:
        path = Path(value)
        parent = path.parent
        if not parent.is_dir():
            return f"newsclean: {flag} {value}: the folder {parent} does not exist"
        if path.is_dir():
            return f"newsclean: {flag} {value} is a folder; give a file name"
        real = Path(os.path.realpath(path))
        for given in inputs:
            if _same_file(value, given):
                return f"newsclean: {flag} {value} is the input {given}: it would be overwritten; write elsewhere"
            folder = Path(os.path.realpath(given))
            if folder.is_dir() and real.is_relative_to(folder) and is_input(real):
                return (f"newsclean: {flag} {value} is inside the input folder {given}, where it would be read "
                        "as an input; write it elsewhere")  # fmt: skip
    return None


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one does not exist yet: compare where the paths lead
        return os.path.realpath(a) == os.path.realpath(b)


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


def _write(
    chunk: Chunk, out: _Output | None, sink: _ParquetSink | _CsvSink | None, err: _Output | None
) -> tuple[int, int]:
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
    """One page: a page file, standard input (``-``), or one record of a record or WARC
    file (the first, ``--record N``, or ``FILE#N`` as ``convert`` names it)."""
    name = args.file
    if name != "-" and os.path.isdir(name):
        print(f"newsclean: {name} is a folder: show reads one page (convert reads folders)", file=sys.stderr)
        return 2
    opts = Options(fetched_at=args.fetched_at_value, max_bytes=args.max_bytes, strict=_strict(args))
    task, total = find_page(name, opts, args.record)
    if task is None:
        print(f"newsclean: {name}: no such record; the input holds {total} records", file=sys.stderr)
        return 3
    if total > 1 and args.record is None and task.source != name:
        print(f"newsclean: {name}: record 1 of {total}; --record N or {name}#N shows another", file=sys.stderr)
    got = materialize(task, opts)  # never blocks on a FIFO, never unpacks a bomb whole
    if isinstance(got, str):
        print(f"newsclean: {task.source}: {got}", file=sys.stderr)
        return 3
    try:
        page = extract(
            got.content,
            url=args.url or got.url,
            fetched_at=got.fetched_at,
            rules=rules,
            options=opts.extraction,
            trace=args.trace,
        )
    except NewscleanError as exc:
        print(f"newsclean: {task.source}: {exc}", file=sys.stderr)
        return 3
    render(page, plain=args.plain, notes=rules.notes)
    return 0


def _cluster(args: argparse.Namespace, _rules: RuleSet) -> int:
    """Group the articles of ``convert`` output that carry the same text (see :mod:`.cluster_command`)."""
    from .cluster_command import run

    return run(args)


def page_schema() -> dict[str, Any]:
    """The JSON Schema of a :class:`Page` as it is written (serialised): with the computed
    ``body`` of each article, which a validation schema leaves out."""
    schema: dict[str, Any] = Page.model_json_schema(mode="serialization")
    return schema


def _schema(_args: argparse.Namespace, _rules: RuleSet) -> int:
    print(json.dumps(page_schema(), indent=2))
    return 0


_CONVERT_EPILOG = """\
inputs: files, folders (walked; files named like pages or records, or without an
extension; --glob picks others) and - for standard input. What a file holds is told from
its bytes, not its name: a page (text or HTML), JSON lines (one page per line), or a WARC or
WET file (one page per response or conversion record, with the record's URL and date), each
maybe gzipped.

outputs: the format follows the output's name (.jsonl, .jsonl.gz, .parquet, .csv, .md) or
--format; - is standard output (not for Parquet).

Every input gives one output line or one error record: inputs that cannot be read (broken or
looping links, FIFOs and other special files, folders that cannot be listed, gzip files that
unpack past --max-bytes) are recorded, and none is opened if opening could block. Outputs
are checked before any is opened: an output or --errors file may not be an input, nor lie
inside an input folder where it would be read as one, and its folder must exist.

exit codes:
  0    every input converted
  3    some inputs failed, each with an error record (with --resume: also before it)
  2    usage error (a bad option or output, an unreachable --scheduler); nothing was written
  4    stopped early: a worker process died, or an output could not be written (disk
       full, file too large, another OS error)
  130  interrupted (Ctrl-C)
After 4 and 130 the output holds every page before the stop, and --resume continues; it
recognises inputs by their resolved paths, however they are spelled."""

_SHOW_EPILOG = """\
exit codes: 0 shown; 3 the page could not be read (or the record does not exist); 2 usage
errors. FILE is a page, a record or WARC file (its first page; --record N or FILE#N for
another), or - for standard input."""


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {value!r}")
    return n


def _add_rule_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """``--rules`` and ``--only-rules``, taken before the sub-command and after it alike.

    After it they land in ``sub_rules``/``sub_only_rules`` (a sub-command's defaults would
    otherwise overwrite what was given before it); :func:`_rule_args` joins both.
    """
    prefix = "" if top else "sub_"
    parser.add_argument("--rules", action="append", default=[] if top else argparse.SUPPRESS, dest=prefix + "rules",
                        metavar="RULES", help="extra rule file or folder (repeatable)")  # fmt: skip
    parser.add_argument("--only-rules", action="store_true", default=False if top else argparse.SUPPRESS,
                        dest=prefix + "only_rules", help="use only --rules files, not the bundled ones")  # fmt: skip


def _rule_args(args: argparse.Namespace) -> None:
    args.rules = [*args.rules, *getattr(args, "sub_rules", [])]
    args.only_rules = args.only_rules or getattr(args, "sub_only_rules", False)


class _Parser(argparse.ArgumentParser):
    """Usage errors in one line, with where to look: convert's usage block is ten lines, and
    the one that said what was wrong came last, under it."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    """The command line: the options every command takes, then one sub-command per job."""
    ap = _Parser(prog="newsclean", description="Clean, typed articles from scraped news pages.")
    ap.add_argument("--version", action="version", version=f"newsclean {__version__}")
    _add_rule_options(ap, top=True)
    sub = ap.add_subparsers(dest="command", required=True)
    _add_convert(sub)
    _add_show(sub)
    _add_cluster(sub)
    sc = sub.add_parser("schema", help="print the JSON Schema of a Page")
    sc.set_defaults(func=_schema)
    register_rules_commands(cast("argparse._SubParsersAction[argparse.ArgumentParser]", sub))  # rules test, suggest
    return ap


def _add_strict(parser: argparse.ArgumentParser) -> None:
    """``--strict``: the library's ``Options(strict=True)``, for finding bugs in a batch."""
    parser.add_argument("--strict", action="store_true", default=None,
                        help="re-raise an internal error (a bug) instead of returning the page as plain paragraphs "
                        "with a warning")  # fmt: skip


def _add_convert(sub: argparse._SubParsersAction[_Parser]) -> None:
    """``convert``: many inputs of any kind to one output, in parallel, resumable."""
    c = sub.add_parser(
        "convert",
        help="convert files, folders, record files, WARC/WET files and standard input",
        epilog=_CONVERT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    c.add_argument("inputs", nargs="+", help="files, folders, or - for standard input")
    c.add_argument("-o", "--output", required=True, help="output file ('-' for standard output)")
    c.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="jsonl: one line per page; parquet, csv: one row per article; markdown: for reading "
        "(default: from the output's name, else jsonl)",
    )
    c.add_argument("--errors", help="write one JSON line per input that failed here")
    c.add_argument("--glob", help="read the files matching this pattern inside folders, whatever their names")
    c.add_argument("--fetched-at", help="scrape time (ISO 8601) for inputs without one, or 'mtime'")
    c.add_argument("--text-field", help="record field holding the page (default: text, else html)")
    c.add_argument("--url-field", default="url", help="record field holding the URL (default: url)")
    c.add_argument(
        "--time-field", default="fetched_at", help="record field holding the scrape time (default: fetched_at)"
    )
    c.add_argument("--workers", type=int, default=0, help="worker processes (default: one per CPU)")
    c.add_argument("--scheduler", type=_scheduler_address,
                   help="run on this dask.distributed scheduler (e.g. tcp://host:8786)")  # fmt: skip
    c.add_argument("--scheduler-timeout", type=_positive, default=10, metavar="SECONDS",
                   help="give up reaching --scheduler after this long (default 10)")  # fmt: skip
    c.add_argument("--resume", action="store_true", help="complete the output of an interrupted run")
    c.add_argument("--max-bytes", type=_positive, default=DEFAULT_MAX_BYTES, metavar="N",
                   help=f"pages over N bytes (unpacked) are recorded as errors (default {DEFAULT_MAX_BYTES:,})")  # fmt: skip
    c.add_argument("--quiet", action="store_true", help="no progress bar (the summary line stays)")
    _add_strict(c)
    _add_rule_options(c, top=False)
    c.set_defaults(func=_convert)


def _add_show(sub: argparse._SubParsersAction[_Parser]) -> None:
    """``show``: one page's articles and removals, for reading on a terminal."""
    s = sub.add_parser("show", help="print one page's articles and the chrome removed, with rule ids",
                       epilog=_SHOW_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    s.add_argument("file", help="a page file, a record or WARC file, FILE#N, or - for standard input")
    s.add_argument("--record", type=_positive, metavar="N", help="the N-th page of a record or WARC file (from 1)")
    s.add_argument("--url", help="the page's URL (default: the record's own)")
    s.add_argument("--fetched-at", help="scrape time (ISO 8601) when the input has none")
    s.add_argument("--plain", action="store_true", help="no colours, even on a terminal")
    s.add_argument("--max-bytes", type=_positive, default=DEFAULT_MAX_BYTES, metavar="N",
                   help=f"refuse a page over N bytes, unpacked (default {DEFAULT_MAX_BYTES:,})")  # fmt: skip
    s.add_argument("--trace", action="store_true", help="also print every decision, line by line, with its rule id")
    _add_strict(s)
    _add_rule_options(s, top=False)
    s.set_defaults(func=_show)


def _add_cluster(sub: argparse._SubParsersAction[_Parser]) -> None:
    """``cluster``: group convert's articles that carry the same text (syndicated copies)."""
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


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    _rule_args(args)
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
    problem = path_problem(args)
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    try:
        code: int = args.func(args, rules)
    except BrokenPipeError:  # "newsclean show page.txt | head": the reader left; not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:  # Ctrl-C: what is written is a clean prefix (flushed on the way out)
        print("newsclean: interrupted; --resume continues where this stopped", file=sys.stderr)
        return 130
    except WorkerDied as exc:
        print(f"{exc}; the output holds every page before it, and --resume continues", file=sys.stderr)
        return 4
    except OSError as exc:  # the system refused something (processes, pipes, a file): one line, not a traceback
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"newsclean: stopped: {exc.strerror or exc}{where}", file=sys.stderr)
        return 4
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
