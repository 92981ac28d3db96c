"""Where each field's text came from, for ``extract(..., trace=True)``.

Header fields are traced where they are decided (the layout, the header readers). Fields
read out of a body (captions, credits, bylines, datelines) are found again in the page
after the fact: each value is looked up inside its article's span, and the trace says which
field took it. This costs nothing when tracing is off and keeps the extractors plain.
"""

from __future__ import annotations

from .models import Article
from .para import Ledger


def trace_fields(articles: list[Article], text: str, ledger: Ledger) -> None:
    """Note, for each article, where its title, header and body fields stand in ``text``."""
    for k, a in enumerate(articles, 1):
        start, end = a.span
        values: list[tuple[str, str | None]] = [
            ("title", a.title), ("subtitle", a.subtitle), ("outlet", a.outlet), ("published", a.published_text),
            ("category", a.category), ("dateline", a.dateline.location if a.dateline else None),
            *(("byline", b) for b in a.byline), *(("caption", c) for c in a.captions),
            *(("credit", c) for c in a.credits), *(("tag", t) for t in a.tags),
        ]  # fmt: skip
        for name, value in values:
            if not value:
                continue
            at = text.find(value, start, max(end, start + 1))
            if at < 0:
                at = text.find(value.split()[0], start, max(end, start + 1)) if value.split() else -1
            if at >= 0:
                ledger.note(f"field.{name}", at, value, f"article {k} ({a.role}): {name}")
