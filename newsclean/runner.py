"""Running chunks of tasks: in this process, in worker processes, or on a Dask cluster.

Every runner keeps a bounded window of chunks in flight and yields results in input order,
so memory stays flat on any input size and the output does not depend on the runner.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import queue
import threading
import traceback
from collections import deque
from collections.abc import Generator, Iterable
from multiprocessing.connection import Connection
from typing import Any

from .batch import Chunk, Options, Task, prepare, run_chunk

DEPTH = 2  # chunks queued per worker process: one running, one waiting
_PIPE_BYTES = 1 << 20  # Linux's default cap for an unprivileged pipe; fewer wake-ups per result
_F_SETPIPE_SZ = 1031


class WorkerDied(RuntimeError):
    """A worker process ended without returning its chunks (killed, or crashed in C code)."""


class _Failed:
    """An exception raised inside a worker, carried back with its traceback as text."""

    def __init__(self, text: str) -> None:
        self.text = text


def _widen(conn: Connection) -> None:
    try:
        import fcntl

        fcntl.fcntl(conn.fileno(), _F_SETPIPE_SZ, _PIPE_BYTES)
    except (ImportError, OSError):  # not Linux, or the cap is lower: the default size works too
        pass


def _serve(inbox: Connection, outbox: Connection, opts: Options, parent: int) -> None:
    """A worker process: run chunks as they come, send each outcome back in order.

    A thread keeps draining ``inbox``, so the parent's send never waits on this process
    while this process waits for the parent to take a large result: no deadlock whatever
    the page sizes. ``None`` asks the worker to stop; so does the parent's death (a forked
    worker holds copies of the pipes' other ends, so it would never see end-of-file).
    """
    todo: queue.SimpleQueue[list[Task] | None] = queue.SimpleQueue()

    def drain() -> None:
        while True:
            try:
                while not inbox.poll(1.0):
                    if os.getppid() != parent:
                        raise EOFError
                chunk = inbox.recv()
            except (EOFError, OSError):
                chunk = None
            todo.put(chunk)
            if chunk is None:
                return

    threading.Thread(target=drain, daemon=True).start()
    try:
        while (chunk := todo.get()) is not None:
            try:
                outbox.send(run_chunk(chunk, opts))
            except Exception:  # a bug, not a page: the parent re-raises it with this traceback
                outbox.send(_Failed(traceback.format_exc()))
    except (KeyboardInterrupt, BrokenPipeError):  # the parent is stopping (or gone)
        pass


class _Worker:
    """One worker process and its two pipes, with the number of chunks it holds."""

    def __init__(self, ctx: Any, opts: Options) -> None:
        self._inbox_r, self.inbox = ctx.Pipe(duplex=False)
        self.outbox, self._outbox_w = ctx.Pipe(duplex=False)
        for conn in (self.inbox, self._outbox_w):
            _widen(conn)
        self.process = ctx.Process(target=_serve, args=(self._inbox_r, self._outbox_w, opts, os.getpid()), daemon=True)
        self.process.start()
        self._inbox_r.close()  # the child's ends: closed here, so a dead child reads as EOF
        self._outbox_w.close()
        self.held = 0

    def send(self, chunk: list[Task]) -> None:
        try:
            self.inbox.send(chunk)
        except OSError:  # the worker died: receive() says so when its turn in input order comes
            pass
        self.held += 1

    def ready(self) -> bool:
        return bool(self.outbox.poll())

    def receive(self) -> Chunk:
        try:
            got = self.outbox.recv()
        except (EOFError, OSError):
            self.process.join(1)
            raise WorkerDied(f"newsclean: worker process died (exit code {self.process.exitcode})") from None
        self.held -= 1
        if isinstance(got, _Failed):
            raise RuntimeError(f"newsclean: a worker process failed:\n{got.text}")
        assert isinstance(got, Chunk)
        return got

    def stop(self) -> None:
        try:
            self.inbox.send(None)
        except OSError:  # already gone
            pass
        self.process.join(5)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join()
        self.inbox.close()
        self.outbox.close()


def run_local(chunks: Iterable[list[Task]], opts: Options, workers: int) -> Generator[Chunk, None, None]:
    """Chunks run by ``workers`` processes in all: this one and ``workers - 1`` others.

    Each other process holds up to :data:`DEPTH` chunks; this process extracts a chunk itself
    whenever they are all full and the oldest chunk is not back yet, so the share balances
    itself and results still come out in input order.

    No threads run in this process: results are read between chunks. With a thread reading
    them (as ``multiprocessing.Pool`` does), this process's own extraction ran about a fifth
    slower, and the worker waited on its full pipe while that thread waited for the lock
    every Python thread needs to run.
    """
    if workers <= 1:
        for chunk in chunks:
            yield run_chunk(chunk, opts)
        return
    prepare(opts)  # before the fork: workers inherit compiled rules and warm imports
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    pool: list[_Worker] = []
    gc.freeze()  # forked workers' collectors need not walk (and so copy) the memory they inherit
    try:
        for _ in range(workers - 1):
            pool.append(_Worker(ctx, opts))
    except BaseException:  # out of processes or pipes: stop the ones already started
        for w in pool:
            w.stop()
        raise
    finally:
        gc.unfreeze()  # this process collects as before
    window: deque[Chunk | _Worker] = deque()  # in input order: a finished chunk or who holds it
    todo = iter(chunks)
    exhausted = False
    try:
        while window or not exhausted:
            head = window[0] if window else None
            if isinstance(head, Chunk):
                yield window.popleft()  # type: ignore[misc]
                continue
            if head is not None and (exhausted or head.ready()):
                window.popleft()
                yield head.receive()
                continue
            if exhausted:
                continue
            try:
                chunk = next(todo)
            except StopIteration:
                exhausted = True
                continue
            idle = min(pool, key=lambda w: w.held)
            if idle.held < DEPTH:
                idle.send(chunk)
                window.append(idle)
            else:  # every worker is busy and the oldest chunk is not back: do this one here
                window.append(run_chunk(chunk, opts))
    finally:
        for w in pool:
            w.stop()


class SchedulerUnreachable(Exception):
    """The Dask scheduler could not be reached (or dask is not installed): one line for the user."""


def connect_dask(address: str, timeout: float) -> Any:
    """A ``dask.distributed`` client of the scheduler at ``address``, reached within ``timeout``
    seconds, or :class:`SchedulerUnreachable` saying why not.

    Connected before the run opens its outputs, so a wrong address costs the timeout and
    one line (it cost 30 s and a 58-line traceback, after the output had been emptied).
    """
    try:
        from dask.distributed import Client
    except ImportError:
        raise SchedulerUnreachable("--scheduler needs dask: pip install 'newsclean[dask]'") from None
    try:
        return Client(address, timeout=f"{timeout}s")  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError, ValueError) as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise SchedulerUnreachable(f"cannot reach the Dask scheduler at {address}: {reason}") from None


def run_dask(chunks: Iterable[list[Task]], opts: Options, client: Any) -> Generator[Chunk, None, None]:
    """The same conversion on a ``dask.distributed`` cluster, through ``client`` (see
    :func:`connect_dask`); the caller closes the client."""
    width = max(4, 4 * sum(client.nthreads().values()))
    window: deque[Any] = deque()
    for chunk in chunks:
        window.append(client.submit(run_chunk, chunk, opts, pure=False))
        if len(window) >= width:
            yield window.popleft().result()
    while window:
        yield window.popleft().result()
