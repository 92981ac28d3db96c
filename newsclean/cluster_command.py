"""The ``cluster`` command: ``convert`` output in, one JSON line per cluster out.

Records are streamed and only what clustering needs is kept (see :mod:`.syndication`). A
record or article that is not what ``convert`` writes (``"articles": null``, an article that
is a string, ``"body": 123``) is reported in the ``--errors`` file, as ``convert`` reports
pages, and the rest goes on; exit code 3 says something was reported.

The output is written under a temporary name beside the target and renamed over it only when
complete, so an interrupted or failed run (Ctrl-C, SIGTERM, a full disk) leaves the previous
file, if any, untouched and never a partial file under the name asked for. Ctrl-C and SIGTERM
stop the run at once (exit 130 and 143, the shell's 128 + signal number); usage problems (an
output that would replace an input, a missing folder) exit 2 before anything is read.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import IO, Any

from .progress import Progress
from .syndication import BadArticle, Cluster, Clusterer, kind_of

EXIT_OK, EXIT_USAGE, EXIT_FAILED = 0, 2, 3
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143
# Longest record line read. convert refuses pages over 20 MB, and a page's record holds its
# text about three times (paragraphs, the derived body, removed spans); a longer line is not
# convert output, and reading it whole could take any amount of memory.
MAX_RECORD_BYTES = 256 << 20

Ref = tuple[str, int, str | None, str | None, str | None]  # source, article index, title, outlet, published_at


def run(args: argparse.Namespace) -> int:
    """The command's whole run; every outcome is an exit code and a one-line message."""
    problem = _path_problem(args.inputs, args.output, args.errors)
    if problem:
        print(f"newsclean: {problem}", file=sys.stderr)
        return EXIT_USAGE
    try:
        clusterer = Clusterer(args.threshold, min_words=args.min_words)
    except ValueError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return EXIT_USAGE
    staged: list[_Staged] = []
    with _Signals() as signals:
        try:
            try:
                # a signal between a temporary file's creation and its listing in ``staged``
                # would leave it behind: it is noted there and raised once both are listed
                with signals.deferred():
                    out = _Staged(args.output) if args.output != "-" else None
                    staged += [out] if out else []
                    err = _Staged(args.errors) if args.errors else None
                    staged += [err] if err else []
            except OSError as exc:
                print(f"newsclean: cannot write {exc.filename}: {exc.strerror}", file=sys.stderr)
                return EXIT_USAGE
            signals.check()
            reader = _Reader(clusterer, err.fh if err else None, Progress(None, not args.quiet and sys.stderr.isatty()))
            reader.check = signals.check
            for path in args.inputs:
                reader.read(path)
            reader.progress.close()
            clusters = clusterer.clusters()
            signals.check()
            _write(clusters, reader.refs, out.fh if out else sys.stdout)
            for f in staged:
                f.finish()
            signals.check()
            with signals.deferred():  # complete files, renamed into place together
                for f in staged:
                    f.commit()
        except KeyboardInterrupt:
            kept = "; the output was not written" if args.output != "-" else ""
            print(f"newsclean: {signals.name()}{kept}", file=sys.stderr)
            return EXIT_TERMINATED if signals.received == signal.SIGTERM else EXIT_INTERRUPTED
        except OSError as exc:  # a full disk, a file too large, a folder gone
            print(f"newsclean: cannot write: {exc}; the output was not written", file=sys.stderr)
            return EXIT_FAILED
        finally:
            for f in staged:
                f.discard()
    failed = f", {reader.failed} failed" + (f" (in {args.errors})" if args.errors else "") if reader.failed else ""
    crowded = clusterer.stats.uncompared
    note = f"; {crowded} text(s) in crowded LSH buckets compared with their bucket's leader only" if crowded else ""
    print(
        f"newsclean: {len(reader.refs)} article(s) clustered, {len(clusters)} cluster(s){failed}{note}",
        file=sys.stderr,
    )
    return EXIT_FAILED if reader.failed else EXIT_OK


class _Signals:
    """Ctrl-C and SIGTERM stop the run at once, except while finished files are renamed into place.

    ``convert``'s ``_Interrupts`` waits for a clean point between chunks, because its output is
    a resumable prefix that must end on a whole page. Nothing of a cluster run is kept when it
    stops (the output is complete or absent), so there is no point to wait for, and waiting
    would be wrong: a run blocked reading a pipe would never reach one. The first signal
    raises ``KeyboardInterrupt`` wherever it lands; later ones are only noted, so the clean-up
    that follows cannot itself be cut short. Where it lands inside a finaliser (``__del__``),
    Python prints and swallows the exception, so ``check`` raises it again at the next record
    and before the output is committed: a received signal always ends the run.
    """

    def __init__(self) -> None:
        self.received: int | None = None
        self._defer = False
        self._old: dict[int, Any] = {}
        self._old_hook = sys.unraisablehook

    def __enter__(self) -> _Signals:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._old[sig] = signal.signal(sig, self._handle)
            self._old_hook = sys.unraisablehook
            sys.unraisablehook = self._unraisable
        return self

    def __exit__(self, *exc: object) -> None:
        for sig, old in self._old.items():
            signal.signal(sig, old)
        if self._old:
            sys.unraisablehook = self._old_hook

    def _unraisable(self, info: Any) -> None:
        """Our own stop, swallowed by a finaliser, is not an error to print: ``check`` re-raises it."""
        if not (isinstance(info.exc_value, KeyboardInterrupt) and self.received is not None):
            self._old_hook(info)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.received is None:
            self.received = signum
            if not self._defer:
                raise KeyboardInterrupt

    def check(self) -> None:
        """Raise the stop a finaliser swallowed; a no-op when no signal came."""
        if self.received is not None and not self._defer:
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        """Signals during the block are noted, not raised: the run then ends as if they came after."""
        self._defer = True
        try:
            yield
        finally:
            self._defer = False

    def name(self) -> str:
        return "terminated" if self.received == signal.SIGTERM else "interrupted"


class _Reader:
    """Reads convert's JSON lines into the clusterer, reporting every line or article it cannot use."""

    def __init__(self, clusterer: Clusterer, errors: IO[str] | None, progress: Progress) -> None:
        self.clusterer, self.errors, self.progress = clusterer, errors, progress
        self.refs: list[Ref] = []
        self.failed = 0
        self.check: Callable[[], None] = lambda: None  # raises when the run must stop

    def fail(self, source: str, error: str) -> None:
        self.failed += 1
        self.progress.update(0, 1)
        if self.errors is not None:
            self.errors.write(json.dumps({"source": source, "error": error}, ensure_ascii=False) + "\n")
        else:
            print(f"newsclean: {source}: {error}", file=sys.stderr)

    def read(self, path: str) -> None:
        n = 0
        try:
            opener: Any = gzip.open if path.lower().endswith(".gz") else open
            if Path(path).is_dir():
                raise IsADirectoryError(21, "is a folder, not a file of records", path)
            with opener(path, "rb") as fh:
                for n, line in _lines(fh):
                    self.check()
                    if line is None:
                        self.fail(f"{path}#{n}", f"bad record: a line over {MAX_RECORD_BYTES >> 20} MB")
                    elif line.strip():
                        self.record(f"{path}#{n}", line)
        except (OSError, EOFError) as exc:  # missing, unreadable, a truncated or corrupt .gz
            self.fail(f"{path}#{n + 1}" if n else path, f"cannot read: {getattr(exc, 'strerror', None) or exc}")

    def record(self, where: str, line: bytes) -> None:
        try:
            rec = json.loads(line)
        except ValueError as exc:  # UnicodeDecodeError included
            self.fail(where, f"bad record: not JSON ({exc})")
            return
        problem, articles = _page_articles(rec)
        if problem:
            self.fail(where, f"bad record: {problem}")
            return
        source = rec.get("source")
        source = source if isinstance(source, str) else where
        bad = 0
        for i, a in enumerate(articles):
            try:
                title = a.get("title") if isinstance(a, dict) else None
                if title is not None and not isinstance(title, str):
                    raise BadArticle(f"'title' must be a string, not {kind_of(title)}")
                if self.clusterer.add(len(self.refs), a):
                    self.refs.append((source, i, title, a.get("outlet"), a.get("published_at")))
            except BadArticle as exc:
                bad += 1
                self.fail(where, f"bad record: article {i}: {exc}")
        if not bad:
            self.progress.update(1, 0)


def _page_articles(rec: Any) -> tuple[str | None, list[Any]]:
    """The record's list of articles, or what is wrong with the record."""
    if not isinstance(rec, dict):
        return "not a JSON object", []
    page = rec.get("page")
    if not isinstance(page, dict):
        return ("an error record, not a page" if "error" in rec else "no 'page' object"), []
    articles = page.get("articles")
    if not isinstance(articles, list):
        return f"'articles' must be a list, not {kind_of(articles)}", []
    source = rec.get("source")
    if source is not None and not isinstance(source, str):
        return f"'source' must be a string, not {kind_of(source)}", []
    return None, articles


def _lines(fh: IO[bytes]) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines, each read with a bound; a line over it is skipped and given as None."""
    n = 0
    while line := fh.readline(MAX_RECORD_BYTES + 1):
        n += 1
        if len(line) > MAX_RECORD_BYTES:
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield n, None
        else:
            yield n, line


def _write(clusters: list[Cluster], refs: list[Ref], out: IO[str]) -> None:
    def ref(k: int) -> dict[str, Any]:
        source, article, title, outlet, published_at = refs[k]
        return {"source": source, "article": article, "title": title, "outlet": outlet, "published_at": published_at}

    for c in clusters:
        rec = {"members": [ref(m) for m in c.members], "canonical": ref(c.canonical),
               "outlets": c.outlets, "origin": c.origin}  # fmt: skip
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    out.flush()


class _Staged:
    """A text file written under a temporary name in its target's folder, renamed over the
    target by :meth:`commit` (atomic on one file system) or removed by :meth:`discard`."""

    def __init__(self, target: str) -> None:
        self.target = Path(target)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".part", dir=self.target.parent)
        self.tmp = Path(tmp)
        try:  # mkstemp makes the file private; give it the mode a plain open() would
            mode = self.target.stat().st_mode & 0o7777 if self.target.exists() else 0o666 & ~_umask()
            os.fchmod(fd, mode)
        except OSError:
            pass
        self.fh: IO[str] = os.fdopen(fd, "w", encoding="utf-8")
        self.done = False

    def finish(self) -> None:
        """Everything on disk (where a full disk shows), before any file is renamed."""
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()

    def commit(self) -> None:
        os.replace(self.tmp, self.target)
        self.done = True

    def discard(self) -> None:
        if not self.done:
            with contextlib.suppress(OSError):
                self.fh.close()
            self.tmp.unlink(missing_ok=True)
            self.done = True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _path_problem(inputs: list[str], output: str, errors: str | None) -> str | None:
    """Why the output paths cannot be used, before anything is read; None when they can."""
    targets = [("output", output)] if output != "-" else []
    targets += [("--errors", errors)] if errors else []
    for label, target in targets:
        path = Path(target)
        if path.is_dir():
            return f"{label} {target} is a folder"
        if not path.parent.is_dir():
            return f"cannot write {target}: no folder {path.parent}"
        for other in inputs:
            if _same_file(path, Path(other)):
                return f"{label} {target} is also an input; refusing to overwrite it"
    if output != "-" and errors and _same_file(Path(output), Path(errors)):
        return "the output and --errors are the same file"
    return None


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return a.samefile(b)
        return a.resolve() == b.resolve()
    except OSError:
        return False
