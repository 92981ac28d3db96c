"""Running chunks of tasks: in this process, in worker processes, or on a Dask cluster.

Every runner keeps a bounded window of chunks in flight and yields results in input order,
so memory stays flat on any input size and the output does not depend on the runner.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from .batch import Options, Result, Task, prepare, run_chunk


def run_local(chunks: Iterable[list[Task]], opts: Options, workers: int) -> Iterator[list[Result]]:
    """Chunks run by ``workers`` processes in all: this one and ``workers - 1`` forked ones.

    The main process would otherwise sit between the workers reading input and writing
    output, a third process on ``workers`` cores; instead it also extracts, taking the
    next chunk itself whenever the oldest chunk in flight is not ready yet (so the share
    balances itself), and results still come out in input order.
    """
    if workers <= 1:
        for chunk in chunks:
            yield run_chunk(chunk, opts)
        return
    prepare(opts)  # before the fork: workers inherit compiled rules and warm imports
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    todo = iter(chunks)
    with ctx.Pool(workers - 1) as pool:
        window: deque[Any] = deque()  # in input order: a pending AsyncResult or a finished list
        in_pool = 0
        exhausted = False
        while window or not exhausted:
            head = window[0] if window else None
            if head is not None and (isinstance(head, list) or head.ready()):
                window.popleft()
                if not isinstance(head, list):
                    in_pool -= 1
                    head = head.get()
                yield head
                continue
            if exhausted:  # only pool chunks left to wait for
                window[0] = window[0].get()
                continue
            try:
                chunk = next(todo)
            except StopIteration:
                exhausted = True
                continue
            if in_pool < 2 * (workers - 1):
                window.append(pool.apply_async(run_chunk, (chunk, opts)))
                in_pool += 1
            else:  # the pool is busy and the head is not ready: do this chunk here
                window.append(run_chunk(chunk, opts))


def run_dask(chunks: Iterable[list[Task]], opts: Options, address: str) -> Iterator[list[Result]]:
    """The same conversion on an existing ``dask.distributed`` scheduler."""
    try:
        from dask.distributed import Client
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise SystemExit("newsclean: --scheduler needs dask: pip install 'newsclean[dask]'") from exc
    with Client(address) as client:  # type: ignore[no-untyped-call]
        width = max(4, 4 * sum(client.nthreads().values()))
        window: deque[Any] = deque()
        for chunk in chunks:
            window.append(client.submit(run_chunk, chunk, opts, pure=False))
            if len(window) >= width:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
