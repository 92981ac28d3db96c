"""One flat row per article: what tables (Parquet, CSV, pandas, Spark) take.

A page's articles become rows that repeat the page's own fields (source, URL, scrape time,
kind, warnings). A page without articles still gives one row, its article fields empty, so
every input is in the table and its warnings can be read there.

:data:`COLUMNS` is the one definition of the columns: their order, their Arrow types (for
Parquet) and their meaning (the table in ``docs/cli.md`` is checked against it).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from .models import Page

#: (name, Arrow type, meaning) of every column, in order.
COLUMNS: list[tuple[str, str, str]] = [
    (
        "source",
        "string",
        "the input: a path, `path#line` for a record file, `path#record` for a WARC file, `-` for stdin",
    ),
    ("url", "string", "the page's URL (from a record's `--url-field`, a WARC record's target URI, or `show --url`)"),
    ("fetched_at", "timestamp[us, UTC]", "the scrape time relative times were resolved against"),
    ("page_kind", "string", "`article`, `listing` or `unknown`"),
    ("warnings", "list<string>", "the page's warnings (repeated on each of its rows)"),
    ("index", "int32", "the article's position on its page, from 0; null on the row of a page without articles"),
    ("role", "string", "`main`, `related` or `listing`; null on the row of a page without articles"),
    ("title", "string", "the article's title"),
    ("subtitle", "string", "the standfirst printed under the title"),
    ("outlet", "string", "the publication the article names"),
    ("byline", "list<string>", "the authors"),
    ("dateline", "struct<location, date_text, agency: string>", "the place, date and agency opening the body"),
    ("published_text", "string", "the time as the page printed it"),
    ("published_at", "timestamp[us, UTC]", "that time as an instant (UTC; the printed offset is in the next column)"),
    ("published_utc_offset", "int16", "minutes east of UTC of the zone the time was printed in"),
    ("category", "string", "the section the page files the article under"),
    ("tags", "list<string>", "the listing's hashtag and further sections"),
    ("credits", "list<string>", "wire agencies credited for the text"),
    ("captions", "list<string>", "photo captions"),
    ("body", "string", "the paragraphs joined by blank lines"),
    ("ids", "map<string, string>", "ids from markers such as `[[nid:717723]]`"),
    ("span_start", "int64", "offset of the article's first character in the normalised text"),
    ("span_end", "int64", "offset past its last character"),
]
COLUMN_NAMES = [name for name, _, _ in COLUMNS]


def to_rows(page: Page, *, source: str | None = None, fetched_at: datetime | None = None) -> list[dict[str, Any]]:
    """The page as one flat dict per article (see :data:`COLUMNS`), values as Python types:
    ``datetime`` for times, lists and dicts for the nested fields.

    ``pandas.DataFrame(newsclean.to_rows(page))`` gives a table; ``source`` and
    ``fetched_at`` fill those columns (the page does not keep them).
    """
    base: dict[str, Any] = {
        "source": source, "url": page.url, "fetched_at": fetched_at, "page_kind": page.kind,
        "warnings": list(page.warnings),
    }  # fmt: skip
    if not page.articles:
        return [base | {name: None for name in COLUMN_NAMES if name not in base}]
    rows = []
    for i, a in enumerate(page.articles):
        when = a.published_at
        offset = when.utcoffset() if when is not None else None
        rows.append(base | {
            "index": i, "role": a.role, "title": a.title, "subtitle": a.subtitle, "outlet": a.outlet,
            "byline": a.byline, "dateline": a.dateline.model_dump() if a.dateline else None,
            "published_text": a.published_text, "published_at": when,
            "published_utc_offset": int(offset.total_seconds() // 60) if offset is not None else None,
            "category": a.category, "tags": a.tags, "credits": a.credits, "captions": a.captions,
            "body": a.body, "ids": dict(a.ids), "span_start": a.span[0], "span_end": a.span[1],
        })  # fmt: skip
    return rows


def arrow_schema() -> Any:
    """The Parquet schema of :data:`COLUMNS` (needs pyarrow, the ``parquet`` extra)."""
    import pyarrow as pa

    text, texts = pa.string(), pa.list_(pa.string())
    stamp = pa.timestamp("us", tz="UTC")
    types = {
        "source": text, "url": text, "fetched_at": stamp, "page_kind": text, "warnings": texts,
        "index": pa.int32(), "role": text, "title": text, "subtitle": text, "outlet": text, "byline": texts,
        "dateline": pa.struct([("location", text), ("date_text", text), ("agency", text)]),
        "published_text": text, "published_at": stamp, "published_utc_offset": pa.int16(), "category": text,
        "tags": texts, "credits": texts, "captions": texts, "body": text, "ids": pa.map_(text, text),
        "span_start": pa.int64(), "span_end": pa.int64(),
    }  # fmt: skip
    return pa.schema([(name, types[name]) for name in COLUMN_NAMES])


def csv_cells(row: dict[str, Any]) -> list[str]:
    """A row as CSV cells: times in ISO 8601 (UTC ``published_at`` keeps its printed offset),
    lists and maps as JSON, nothing as an empty cell."""
    cells = []
    for name in COLUMN_NAMES:
        value = row.get(name)
        if value is None:
            cells.append("")
        elif isinstance(value, datetime):
            cells.append(value.isoformat() if value.tzinfo else value.replace(tzinfo=UTC).isoformat())
        elif isinstance(value, (list, dict)):
            cells.append(json.dumps(value, ensure_ascii=False))
        else:
            cells.append(str(value))
    return cells
