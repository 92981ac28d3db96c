"""Running chunks of tasks: in this process, in worker processes, or on a Dask cluster.

Every runner keeps a bounded window of chunks in flight and yields results in input order,
so memory stays flat on any input size and the output does not depend on the runner.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from .batch import Options, Result, Task, run_chunk


def run_local(chunks: Iterable[list[Task]], opts: Options, workers: int) -> Iterator[list[Result]]:
    if workers <= 1:
        for chunk in chunks:
            yield run_chunk(chunk, opts)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(workers) as pool:
        window: deque[Any] = deque()
        for chunk in chunks:
            window.append(pool.apply_async(run_chunk, (chunk, opts)))
            if len(window) >= workers * 4:
                yield window.popleft().get()
        while window:
            yield window.popleft().get()


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
