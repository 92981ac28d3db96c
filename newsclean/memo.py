"""What pure per-line readings found, kept by the line's text for the lines pages repeat.

Pages print the same short lines over and over: an aggregator's menu and "Read more" under
every entry, "3 hours ago", the outlet's name, and a batch of one site's pages the same
header and footer lines on every page. Reading a line whole (the rule files' line rules,
its shape) depends on its text alone, so the second time a line is seen it costs one
dictionary lookup. Only short lines are kept: paragraphs seldom repeat and would cost the
memory. A memo is bounded (``MEMO_MAX_ENTRIES``): when full it starts over, which keeps the
lines a page repeats without a recency list to maintain on every lookup. Plain dictionary
reads and writes are atomic in CPython, so threads sharing a memo see either a result or
none; a result is the same whichever thread computed it.
"""

from __future__ import annotations

from typing import Final, TypeVar

from .thresholds import HEAD_MAX_CHARS

# Lines up to this long are kept: past a headline's longest (see ``HEAD_MAX_CHARS``) a line is
# a paragraph, which a page does not repeat.
MEMO_MAX_CHARS: Final = HEAD_MAX_CHARS
# Lines kept per memo before it starts over: about ten pages' worth of distinct short lines,
# under a megabyte of keys at ``MEMO_MAX_CHARS``.
MEMO_MAX_ENTRIES: Final = 4096

K = TypeVar("K")
V = TypeVar("V")


def remember(memo: dict[K, V], key: K, value: V) -> V:
    """Keep ``value`` for ``key`` in ``memo`` (emptied first when full); returns ``value``."""
    if len(memo) >= MEMO_MAX_ENTRIES:
        memo.clear()
    memo[key] = value
    return value
