"""Is this input markup or text? A cheap look at its first few KB.

Kept apart from the HTML path so that text pages never import selectolax, the date
finders and the metadata readers just to be told they are text: that import is most of a
short-lived process's first page.
"""

from __future__ import annotations

import re

from ..thresholds import SNIFF_CHARS, SNIFF_MIN_TAGS, SNIFF_OPEN_CHARS

# stdlib re: a simple linear scan, and compiling it is cheaper than with ``regex``
_TAG_SNIFF = re.compile(
    r"<(?:!doctype\s+html|html|head|body|div|p|article|meta|title|span|section|table|br|a\s|img|ul|li|h[1-6]|style|script|link)\b",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """Markup, not text: it opens with a tag or has several tags in its first few KB."""
    start = text[:SNIFF_CHARS].lstrip(" \t\r\n\f\v\ufeff\u200b")[:1]
    if start == "<":
        return _TAG_SNIFF.search(text, 0, SNIFF_OPEN_CHARS) is not None
    if text.find("<", 0, SNIFF_CHARS) < 0:  # no tag can open: most text pages, for one memchr (exact)
        return False
    return len(_TAG_SNIFF.findall(text, 0, SNIFF_CHARS)) >= SNIFF_MIN_TAGS
