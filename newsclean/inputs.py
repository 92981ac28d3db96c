"""What an input holds, told from its bytes: a page, JSON-lines records, or a WARC/WET file,
each maybe gzipped; and the pages of a WARC or WET file, each with its URL and date.

Names lie: saved pages come as ``.php``, ``.xhtml``, ``.md`` or without an extension, a
``.txt`` may be gzipped, and standard input has no name at all. So the first bytes decide
how an input is read; the name only decides which files of a folder are looked at (see
:func:`newsclean.batch.is_input`).

WARC files (a crawl's HTTP responses, HTML) and WET files (Common Crawl's extracted page
text, exactly the scraped text this library reads) are read with warcio; each page record
becomes one page with the record's ``WARC-Target-URI`` as ``url`` and its ``WARC-Date`` as
``fetched_at``, so relative times resolve against the moment of the crawl.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, NamedTuple

# Bytes read to tell what an input is: the opening of a WARC record header, a JSON line's
# first brace or a gzip member's first block all show within this many.
HEAD = 8192
GZIP_MAGIC = b"\x1f\x8b"
# Record types that can carry a page; the others (warcinfo, request, metadata, revisit)
# describe the crawl and are never pages.
_PAGE_RECORDS = ("response", "resource", "conversion")
# Payload types read as pages; a response without a type is tried too.
_PAGE_TYPES = ("text/", "application/xhtml", "application/xml", "application/rss", "application/atom")

PAGE, RECORDS, WARC = "page", "records", "warc"


def unpacked_head(head: bytes) -> tuple[bytes, bool]:
    """The first bytes of an input's content, unpacked when they are gzip; and whether they were."""
    if not head.startswith(GZIP_MAGIC):
        return head, False
    try:
        return zlib.decompressobj(wbits=31).decompress(head, HEAD), True
    except zlib.error:  # broken gzip: reading it says so, with the file's name
        return b"", True


def kind_of(head: bytes, name: str = "") -> str:
    """What an input whose (unpacked) content opens with ``head`` holds: ``"warc"``,
    ``"records"`` or ``"page"``.

    JSON lines: the first non-blank line opens with ``{`` and closes with ``}`` (or runs past
    the head, as a record holding a whole page does). A pretty-printed JSON document opens
    with a line of ``{`` alone and is read as a page, as is everything else. Only a head of
    blank bytes says nothing (a record file may open with a flood of blank lines): then the
    ``name`` decides.
    """
    body = head.lstrip()
    if not body:
        base = name.lower().removesuffix(".gz")
        return RECORDS if base.endswith((".jsonl", ".ndjson")) else WARC if base.endswith((".warc", ".wet")) else PAGE
    if body.startswith((b"WARC/", b"filedesc://")):
        return WARC
    if body.startswith(b"{"):
        line = body.split(b"\n", 1)
        if len(line) == 1 or line[0].rstrip().endswith(b"}"):
            return RECORDS
    return PAGE


class Prefixed:
    """A stream that gives ``head`` back before the rest of ``stream``: standard input, once
    its first bytes were read to see what it holds, cannot be rewound."""

    def __init__(self, head: bytes, stream: Any) -> None:  # anything with read(n)
        self._head, self._stream = head, stream

    def read(self, n: int = -1, /) -> bytes:
        if self._head:
            if n < 0:
                rest: bytes = self._stream.read()
                data, self._head = self._head + rest, b""
                return data
            data, self._head = self._head[:n], self._head[n:]
            return data
        more: bytes = self._stream.read(n)
        return more

    def readable(self) -> bool:
        return True


class WarcPage(NamedTuple):
    """One record of a WARC or WET file: its number in the file (from 1, every record
    counted), and the page with its URL and date, or why it is none."""

    number: int
    content: bytes | None
    url: str | None
    fetched_at: datetime | None
    error: str | None
    is_page: bool


def warc_pages(stream: Any, max_bytes: int) -> Iterator[WarcPage]:
    """Every record of a WARC/WET stream that can carry a page.

    A record over ``max_bytes`` gives an error (only ``max_bytes`` + 1 bytes of it are
    read); a response that is no page (an image, a redirect) gives ``is_page=False`` so
    the caller can count it. The crawl's bookkeeping records are passed over.
    """
    from warcio.archiveiterator import ArchiveIterator

    for number, record in enumerate(ArchiveIterator(stream), 1):
        if record.rec_type not in _PAGE_RECORDS:
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        fetched = _warc_date(record.rec_headers.get_header("WARC-Date"))
        if not _is_page(record):
            yield WarcPage(number, None, url, fetched, None, False)
            continue
        content = record.content_stream().read(max_bytes + 1)
        if len(content) > max_bytes:
            yield WarcPage(number, None, url, fetched,
                           f"record is over the limit of {max_bytes:,} bytes (--max-bytes raises it)", True)  # fmt: skip
        else:
            yield WarcPage(number, content, url, fetched, None, True)


def _is_page(record: Any) -> bool:
    """A record holding a page: WET text, or a successful response whose type is text."""
    if record.rec_type == "conversion":
        return True
    http = record.http_headers
    if http is not None:
        status = http.get_statuscode() or ""
        if not status.startswith("2"):
            return False
        ctype = (http.get_header("Content-Type") or "").lower().strip()
    else:
        ctype = (record.rec_headers.get_header("Content-Type") or "").lower().strip()
    return not ctype or ctype.startswith(_PAGE_TYPES)


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)
