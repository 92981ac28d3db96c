"""What every fuzzing harness checks of one input, kept in one place."""

from __future__ import annotations

import newsclean

# re-raise: the fuzzer must see bugs, not the safety net
STRICT = newsclean.Options(strict=True)


def check(source: str | bytes) -> None:
    """No exception in strict mode; removals point at their text and never overlap; article
    spans lie inside the text; the page survives a JSON round trip."""
    page = newsclean.extract(source, options=STRICT)
    text = newsclean.normalize(source)
    last = -1
    for r in page.removed:
        if text[r.start : r.end] != r.text:
            raise AssertionError(f"removal {r.rule} does not point at its text")
        if r.start < last:
            raise AssertionError(f"removal {r.rule} overlaps the previous one")
        last = r.end
    for a in page.articles:
        if not 0 <= a.span[0] <= a.span[1] <= len(text):
            raise AssertionError("article span outside the text")
    newsclean.Page.model_validate_json(page.model_dump_json())
