"""Comparing a ``Page`` with a fixture label, field by field, naming what differs.

Labels use the corpus label format (see ``docs/labels.md``): per article the role, title,
outlet, published text, category, dateline place, byline, credits, captions, the first and
last words of the body, and ids; per page the kind and the chrome that must not survive.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from newsclean import Article, Page

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def norm(value: Any) -> str:
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip()


def article_problems(i: int, want: dict[str, Any], got: Article) -> list[str]:
    where = f"article {i} ({want.get('title') or want.get('body_start')!r})"
    out: list[str] = []

    def check(name: str, ok: bool, have: Any) -> None:
        if not ok:
            out.append(f"{where}: field {name!r}: got {have!r}, want {want.get(name)!r}")

    body = norm(got.body)
    check("role", got.role == want["role"], got.role)
    check("title", norm(got.title) == norm(want.get("title")), got.title)
    check("outlet", norm(got.outlet) == norm(want.get("outlet")), got.outlet)
    check("published", norm(got.published_text) == norm(want.get("published")), got.published_text)
    check("category", norm(got.category) == norm(want.get("category")), got.category)
    place = got.dateline.location if got.dateline else None
    check("dateline", norm(place) == norm(want.get("dateline")), place)
    check("byline", sorted(map(norm, got.byline)) == sorted(map(norm, want.get("byline", []))), got.byline)
    check("credits", sorted(map(norm, got.credits)) == sorted(map(norm, want.get("credits", []))), got.credits)
    check("captions", [norm(c) for c in got.captions] == [norm(c) for c in want.get("captions", [])],
          got.captions)  # fmt: skip
    start, end = want.get("body_start"), want.get("body_end")
    check("body_start", body.startswith(norm(start)) if start else not body, body[:80])
    if end:
        check("body_end", body.endswith(norm(end)), body[-80:])
    whole = want.get("body")
    if whole is not None:  # fixture labels built from the story's own paragraphs carry it
        check("body", got.paragraphs == (whole.split("\n\n") if whole else []), got.paragraphs)
    for key, value in (want.get("ids") or {}).items():
        check("ids", got.ids.get(key) == value, got.ids)
    if want.get("published") and got.published_text and got.published_at is None:
        out.append(f"{where}: published_at not resolved from {got.published_text!r}")
    return out


def compare(label: dict[str, Any], page: Page) -> list[str]:
    """Every difference between ``page`` and its label, as readable sentences."""
    problems: list[str] = []
    kind = "listing" if label["page_kind"] == "listing" else "article"
    if page.kind != kind:
        problems.append(f"page kind: got {page.kind!r}, want {kind!r}")
    wants = label["articles"]
    if len(page.articles) != len(wants):
        titles = [a.title for a in page.articles]
        problems.append(f"article count: got {len(page.articles)} {titles}, want {len(wants)}")
    for i, (want, got) in enumerate(zip(wants, page.articles, strict=False)):
        problems += article_problems(i, want, got)
    for chrome in label.get("chrome", []):
        n = norm(chrome)
        for a in page.articles:
            if n == norm(a.title) or n in norm(a.body):
                problems.append(f"chrome {chrome!r} left in article {a.title!r}")
    return problems
