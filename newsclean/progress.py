"""The progress bar of the commands that read many records (``convert``, ``cluster``)."""

from __future__ import annotations

import time
from typing import Any

_REFRESH_SECONDS = 0.1


class Progress:
    """Progress on stderr with rich: a bar with pages done, their rate, the time left and
    the errors so far, on a terminal only (piped or ``--quiet``: nothing).

    Redrawn by hand at most ten times a second: rich's own refresh thread would compete
    for the interpreter with this process's share of the extraction (see ``runner.py``).
    """

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.errors = 0
        self._last = 0.0
        self._bar: Any = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as Bar

        self._bar = Bar(
            TextColumn("converting"), BarColumn(), MofNCompleteColumn(), _rate_column(), TimeRemainingColumn(),
            TextColumn("errors {task.fields[errors]:,}"), console=Console(stderr=True), auto_refresh=False,
        )  # fmt: skip
        self._task = self._bar.add_task("convert", total=total, errors=0)
        self._bar.start()

    def update(self, ok: int, failed: int) -> None:
        if self._bar is None:
            return
        self.errors += failed
        self._bar.update(self._task, advance=ok + failed, errors=self.errors)
        now = time.monotonic()
        if now - self._last >= _REFRESH_SECONDS:
            self._last = now
            self._bar.refresh()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.refresh()
            self._bar.stop()


def _rate_column() -> Any:
    """A rich column of pages per second over the run so far."""
    from rich.progress import ProgressColumn
    from rich.progress import Task as BarTask
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: BarTask) -> Text:
            elapsed = task.elapsed or 0.0  # the whole run's rate: steady, and right on the last redraw too
            return Text(f"{task.completed / elapsed if elapsed > 0 else 0:,.0f} pages/s")

    return RateColumn()
