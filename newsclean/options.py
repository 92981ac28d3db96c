"""``Options``: what one call of :func:`newsclean.extract` may spend and how it fails.

An immutable value passed as an argument (``extract(text, options=Options(strict=True))``),
never read from the environment or a global, so two calls in one process, or the worker
processes of a batch, read a page the same way when given the same options. It pickles, so
the batch path sends it to every worker with the rest of a run's settings.
"""

from __future__ import annotations

from dataclasses import dataclass

# About twenty times the largest page of the test corpora: input this size is no news page,
# and the cap is checked before any work (a batch skips such input cheaply).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# About twenty times the largest page seen (2,659 rendered lines; the text pages stay under
# 100): memory stays near 50 MB per page on the segmenting path, and no real page is read as
# plain text. The segmenter holds about a kilobyte per line: "x\n" * 10_000_000 (20 MB, under
# max_bytes) took 9.2 GB and 205 s before the limit (see ``oversize.py``).
DEFAULT_MAX_LINES = 50_000
# Markup over this many tags per allowed line is read as text without its tags: parsing and
# walking cost one to two kilobytes per element (2 x 50,000 is five times the 19,437 tags of
# the largest test page).
TAGS_PER_LINE = 2


@dataclass(frozen=True)
class Options:
    """How :func:`newsclean.extract` reads a page: its limits and whether a bug re-raises.

    Frozen: an options value can be shared between calls, threads and processes without
    one caller changing what another gets. Every field has a default; ``Options()`` is what
    ``extract`` uses when given none.
    """

    strict: bool = False
    """Re-raise an internal error instead of returning the page as plain paragraphs with an
    "internal error" warning. Off by default: one bad page must not stop a batch of millions;
    the test suite and the fuzzer turn it on, where a hidden bug is the worse outcome."""

    max_bytes: int = DEFAULT_MAX_BYTES
    """Input over this many bytes (UTF-8) raises :class:`~newsclean.PageTooLarge` before any
    work (see :data:`DEFAULT_MAX_BYTES` for the value's reason)."""

    max_lines: int = DEFAULT_MAX_LINES
    """A page over this many non-blank lines comes back unsegmented, as plain text, in bounded
    memory (see :data:`DEFAULT_MAX_LINES` and ``oversize.py``)."""

    tags_per_line: int = TAGS_PER_LINE
    """Markup with more than ``tags_per_line * max_lines`` tags is read as text without its
    tags instead of parsed (see :data:`TAGS_PER_LINE`)."""

    def __post_init__(self) -> None:
        """Reject values no page could be read with, at construction, not on the first page."""
        if not isinstance(self.strict, bool):
            raise TypeError(f"strict must be a bool, not {type(self.strict).__name__}")
        if not isinstance(self.max_bytes, int) or self.max_bytes < 0:
            raise ValueError(f"max_bytes must be a non-negative int, not {self.max_bytes!r}")
        for name in ("max_lines", "tags_per_line"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1:
                raise ValueError(f"{name} must be a positive int, not {value!r}")
