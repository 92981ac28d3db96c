"""trafilatura's paragraphs as the answer, for a page whose text is not in its rendering.

Where the fast path finds next to no story text and most of trafilatura's text is in no
block of the page (text a page builds with scripts from a template or a data island, which
the walk never reads as page text), trafilatura's paragraphs are the answer. They have no
place in the page's normalised text, so what trafilatura left out cannot be listed in
``removed`` and the article's ``span`` is ``(0, 0)``: the warning says so.
"""

from __future__ import annotations

from typing import Any

from ..models import Article, Page, built
from ..rules import RuleSet
from .meta import Meta, iso_date
from .title import headline

FALLBACK_NOTE = (
    "low confidence in the fast HTML path: main text from trafilatura, not found in the page's rendering "
    "(text built by scripts), so what it left out cannot be listed in removed"
)


def trafilatura_page(text: str, url: str | None, meta: Meta, rules: RuleSet, warnings: list[str]) -> Page | None:
    try:
        import trafilatura
    except ImportError:
        warnings.append("little main text found and trafilatura is not installed for a second opinion")
        return None
    try:
        # our own markup reading already has the metadata; ask only for the text (faster)
        doc = trafilatura.bare_extraction(text, url=url, fast=True, with_metadata=False)
    except Exception:  # trafilatura's own failure must not become ours
        return None
    if doc is None:
        return None
    data: dict[str, Any] = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = data.get("text") or ""
    if not body.strip():
        return None
    # trafilatura keeps some widget lines ("Teilen mit:", "Wird geladen..."): the same
    # whole-line rules as everywhere else apply to its paragraphs
    paragraphs, dropped = [], []
    for p in (" ".join(p.split()) for p in body.split("\n") if p.strip()):
        hit = rules.line_rule(p)
        if hit is None:
            paragraphs.append(p)
        else:  # no offsets into the rendering to record it under: the warning names it
            dropped.append(f"{hit[0]}: {p[:60]!r}")
    warnings.append(FALLBACK_NOTE + (f"; lines dropped by rules: {', '.join(dropped)}" if dropped else ""))
    authors = meta.authors or ([a.strip() for a in str(data["author"]).split(";")] if data.get("author") else [])
    published = meta.published
    if published is None and data.get("date"):
        published = iso_date(str(data["date"]))
    article = built(Article,
        role="main", title=headline(meta) or data.get("title"), outlet=meta.site_name or data.get("sitename"),
        byline=authors, dateline=None, published_text=meta.published_text or data.get("date"),
        published_at=published, category=meta.section, tags=[], credits=[], captions=[],
        paragraphs=paragraphs, ids={}, span=(0, 0),
    )  # fmt: skip
    return Page(kind="article", url=url, articles=[article], removed=[], warnings=warnings)
