"""Nothing lost, everything explained: every non-blank character of the normalised input is
inside a removal or inside an article whose fields carry its words; removals never overlap
and point at exactly the text they name; no article's span lies inside another's."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

from conftest import fetched, load_label

import newsclean
from newsclean import Page

_WORD = re.compile(r"[^\W\d_]+|\d+")


def field_words(a: newsclean.Article) -> set[str]:
    parts = [a.title, a.subtitle, a.outlet, a.published_text, a.category, *a.tags, *a.byline, *a.credits, *a.captions,
             a.body, *a.ids.values(), *a.ids.keys()]  # fmt: skip
    if a.dateline:
        parts += [a.dateline.location, a.dateline.date_text, a.dateline.agency]
    return {w.casefold() for p in parts if p for w in _WORD.findall(p)}


def explained(word: str, words: set[str]) -> bool:
    """In the fields, or two field words glued together ("Stara day ago" = "Star" + "a")."""
    return word in words or any(word[:k] in words and word[k:] in words for k in range(1, len(word)))


def accounting_problems(text: str, page: Page) -> list[str]:
    problems = []
    covered = bytearray(len(text))
    last_end = -1
    for r in page.removed:
        if text[r.start : r.end] != r.text:
            problems.append(f"removal {r.rule} does not point at its text: {r.text!r}")
        if r.start < last_end:
            problems.append(f"removal {r.rule} at {r.start} overlaps the one before")
        last_end = max(last_end, r.end)
        covered[r.start : r.end] = b"\x01" * (r.end - r.start)
    spans = sorted(a.span for a in page.articles)
    for (_, end), (start, _) in pairwise(spans):
        if start < end:
            problems.append(f"the article spanning from {start} starts inside the one before (ending at {end})")
    owner = [-1] * len(text)
    for i, a in enumerate(page.articles):
        for k in range(a.span[0], a.span[1]):
            owner[k] = i
    words = [field_words(a) for a in page.articles]
    # what no removal explains: the text with removed characters blanked out
    left = "".join(" " if covered[k] else ch for k, ch in enumerate(text))
    for m in _WORD.finditer(left):
        i = owner[m.start()]
        if i < 0:
            problems.append(f"{m.group(0)!r} at {m.start()} is in no article and no removal")
        elif not explained(m.group(0).casefold(), words[i]):
            problems.append(f"{m.group(0)!r} at {m.start()} is in article {i}'s span but in none of its fields")
    return problems


def test_every_character_is_accounted_for(fixture_page: Path) -> None:
    label = load_label(fixture_page)
    raw = fixture_page.read_text(encoding="utf-8")
    page = newsclean.extract(raw, fetched_at=fetched(label))
    problems = accounting_problems(newsclean.normalize(raw), page)
    assert not problems, "\n".join(problems[:20])


def test_accounting_check_catches_a_lost_word() -> None:
    """The check above can fail: a page whose article forgets a word is reported."""
    text = "Headline here\nA body sentence with words.\n"
    page = newsclean.extract(text)
    main = page.articles[0]
    broken = page.model_copy(update={"articles": [main.model_copy(update={"paragraphs": ["A body"]})]})
    assert accounting_problems(text, broken)


def test_a_single_spaced_view_still_maps_cuts_to_page_offsets() -> None:
    from newsclean.para import Ledger, Para

    src = "Caption here.   KUALA LUMPUR: Body."
    p, ledger = Para(100, src), Ledger()
    assert p.text == "Caption here. KUALA LUMPUR: Body."
    p.cut(p.text.index("KUALA"), p.text.index(":") + 1, "test.cut", ledger)
    (r,) = ledger.removals
    assert (r.text, r.start, r.end) == ("KUALA LUMPUR:", 100 + src.index("KUALA"), 100 + src.index(":") + 1)
    assert p.clean == "Caption here. Body."


def test_a_closing_heading_cut_off_inside_the_comment_box_is_removed_once() -> None:
    """A page cut right after the comment box's heading leaves "Related" (the related list's
    heading, cut short) as its last line: its rule records it, and the comment section under
    "Comments" must not record it a second time (found by the truncation property test)."""
    text = (
        "logo\nHarbour pier to be rebuilt\n\nHarbour pier to be rebuilt\n\nCoast Post3 hours ago\n"
        "The council approved the plan on Monday, after two years of talks.\n\n"
        "Orange background\n\nTry Our AI Features\n\nComments\n\nNo comments yet...\n\nRelated"
    )
    page = newsclean.extract(text)
    assert accounting_problems(newsclean.normalize(text), page) == []
    assert [r.text for r in page.removed].count("Related") == 1


def test_a_section_heading_inside_a_header_run_splits_its_lines_between_two_blocks() -> None:
    """A "Related Articles" heading between an entry's time and its bullets (a page cut off
    there, hypothesis's find): the bullets are the next block's, never both blocks' lines."""
    # "Yomiuri Shimbun": an outlet the rules know, so its line is the first entry's title
    text = "Yomiuri Shimbun\nRelated Articles\n14 hours ago\nRelated Articles\n- Politics\n- Y"
    page = newsclean.extract(text)
    assert accounting_problems(newsclean.normalize(text), page) == []
