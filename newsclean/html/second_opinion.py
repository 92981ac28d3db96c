"""trafilatura's reading of the page, mapped onto the page's own blocks.

trafilatura returns text, not positions; to compare its answer with the fast path's and
to keep every removal auditable, each of its lines is found among the page's rendered
blocks. Comparing without spaces makes the match indifferent to how either side spaced
inline elements; the search runs forward through the page (reading order), so a short
line ("Home") matches the next such block, not one anywhere on the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..thresholds import EDGE_KEY, LONG_REACH, MARKUP_BODY, SHORT_KEY, SHORT_REACH, WHOLE_UNMATCHED
from .blocks import Block
from .rendering import strip_markup

WIDE_SEARCHES = 300  # searches of all of trafilatura's text per page (a few on real pages)


@dataclass
class Reading:
    """trafilatura's text and the page blocks it kept (indices into the walk's blocks)."""

    lines: list[str]
    kept: set[int] = field(default_factory=set)
    unmatched: int = 0  # characters of its text found in no block


def _key(text: str) -> str:
    return "".join(text.split())


def read_with_trafilatura(html: str, url: str | None) -> list[str] | None:
    """trafilatura's main text as lines (``fast=True``, no metadata); ``None``
    when trafilatura is not installed, no lines when it found nothing or failed."""
    try:
        import trafilatura
    except ImportError:
        return None
    try:
        doc = trafilatura.bare_extraction(html, url=url, fast=True, with_metadata=False)
    except Exception:  # trafilatura's own failure must not become ours
        return []
    if doc is None:
        return []
    data: dict[str, Any] = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = str(data.get("text") or "")
    return [" ".join(line.split()) for line in body.split("\n") if line.strip()]


def map_onto(blocks: list[Block], lines: list[str]) -> Reading:
    """Which blocks trafilatura's ``lines`` hold, searched in reading order."""
    out = Reading(lines)
    joined = "".join(_key(line) for line in lines)
    covered = bytearray(len(joined))
    cursor = 0
    budget = [WIDE_SEARCHES]
    for i, b in enumerate(blocks):
        key = _key(b.text)
        if not key:
            continue
        at = _find(joined, key, cursor, budget)
        if at is None:
            continue
        start, end = at
        out.kept.add(i)
        covered[start:end] = b"\x01" * (end - start)
        cursor = max(cursor, end)
    out.unmatched = covered.count(0)
    return out


def _find(joined: str, key: str, cursor: int, budget: list[int]) -> tuple[int, int] | None:
    """Where ``key`` (a block without spaces) stands in trafilatura's text, or ``None``.

    A long block missing after the cursor is looked for anywhere, and by its first and
    last characters; ``budget`` bounds how many such wide searches a page gets, so a page
    of thousands of paragraphs trafilatura left out stays linear.
    """
    if len(key) < SHORT_KEY:
        at = joined.find(key, cursor, cursor + SHORT_REACH + len(key))
        return (at, at + len(key)) if at >= 0 else None
    at = joined.find(key, cursor, cursor + LONG_REACH + len(key))
    if at >= 0:
        return at, at + len(key)
    if budget[0] <= 0:
        return None
    budget[0] -= 1
    at = joined.find(key)  # trafilatura moved it (a standfirst, a caption)
    if at >= 0:
        return at, at + len(key)
    for part in (key[:EDGE_KEY], key[-EDGE_KEY:]):  # trafilatura trimmed the block
        at = joined.find(part, cursor)
        if at >= 0:
            return at, at + len(part)
    return None


_TRUNCATED = ("…", "...", "[…]", "[...]")


def markup_reading(blocks: list[Block], article_body: str | None) -> tuple[Reading, bool] | None:
    """The page's blocks its JSON-LD ``articleBody`` holds, and whether that text looks whole.

    Sites state their story's text in their structured data, often as plain text, some as
    markup: a reading of the page as authoritative as trafilatura's, at no cost. It looks
    whole when nearly all of it is found on the page and it does not end cut off.
    """
    if not article_body or len(article_body) < MARKUP_BODY:
        return None
    text = strip_markup(article_body) if "<" in article_body else article_body
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    reading = map_onto(blocks, lines)
    total = sum(len(_key(line)) for line in lines)
    if not reading.kept or not total:
        return None
    whole = reading.unmatched <= WHOLE_UNMATCHED * total and not text.rstrip().endswith(_TRUNCATED)
    return reading, whole
