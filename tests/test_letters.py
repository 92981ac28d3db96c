"""No letter of the input is lost (``letters.py``): on every fixture page and on generated
pages, each letter and digit of each non-blank line is in a removal or in a field."""

from __future__ import annotations

from pathlib import Path

import pagegen
import pytest
from conftest import fetched, load_label
from letters import lost_letters

import newsclean

GENERATED = 300


def test_no_letter_of_a_fixture_page_is_lost(fixture_page: Path) -> None:
    raw = fixture_page.read_text(encoding="utf-8")
    page = newsclean.extract(raw, fetched_at=fetched(load_label(fixture_page)))
    problems = lost_letters(newsclean.normalize(raw), page)
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("first", range(0, GENERATED, 50))
def test_no_letter_of_a_generated_page_is_lost(first: int) -> None:
    problems: list[str] = []
    for seed in range(first, first + 50):
        text, _label = pagegen.page(seed)
        problems += [f"seed {seed}: {p}" for p in lost_letters(newsclean.normalize(text), newsclean.extract(text))]
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("FRISCO, Texas — ", "FRISCO, Texas"),
        ("SANFORD, Fla. (AP) — ", "SANFORD, Fla."),
        ("ABILENE, Texas () – ", "ABILENE, Texas"),
    ],
)
def test_a_datelines_region_is_kept_with_its_place(opening: str, place: str) -> None:
    """The region after a dateline's place is part of the place, never dropped unrecorded."""
    text = f"Rovers win the cup in a close final\n{opening}The Kessel Rovers won the cup in Frisco. Fans in Texas cheered.\n"
    page = newsclean.extract(text)
    assert page.main is not None and page.main.dateline is not None
    assert page.main.dateline.location == place
    assert not lost_letters(newsclean.normalize(text), page, marks=True)


def test_the_check_sees_a_word_dropped_that_stands_elsewhere_in_the_story() -> None:
    """A word-bag check passes a lost "Texas" when the story says "Texas" again; this one does not."""
    text = (
        "Rovers win the cup in a close final\nFRISCO, Texas — The Kessel Rovers won the cup. Fans in Texas cheered.\n"
    )
    page = newsclean.extract(text)
    main = page.articles[0]
    assert main.dateline is not None
    broken = main.model_copy(update={"dateline": main.dateline.model_copy(update={"location": "FRISCO"})})
    assert lost_letters(newsclean.normalize(text), page.model_copy(update={"articles": [broken]}))
    assert not lost_letters(newsclean.normalize(text), page)


def test_separators_are_reported_only_when_asked() -> None:
    text = "Rovers win the cup in a close final\nKESSEL — The Kessel Rovers won the cup on Sunday.\n"
    page = newsclean.extract(text)
    removed = [r for r in page.removed if r.text == "—"]
    assert removed  # the dash is recorded as removed ...
    stripped = page.model_copy(update={"removed": [r for r in page.removed if r.text != "—"]})
    assert lost_letters(newsclean.normalize(text), stripped, marks=True)  # ... else it would be lost
    assert not lost_letters(newsclean.normalize(text), stripped)
