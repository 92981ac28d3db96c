"""A box of one-fact lines beside a story ("Founders: Jane Roe", "Sector: Water technology"):
furniture in a text dump, the story's own in markup. The pages are written for the tests."""

from __future__ import annotations

import pytest
from test_inline_chrome import FIRST, LAST, extract, removed

import newsclean

BOX = [
    "Name: Harbour Kelp Co",
    "Started: 2022",
    "Founders: Ana Kepa and Tom Reed",
    "Based: Port Ellis",
    "Number of staff: 14",
    "Investment raised: $2 million",
]


@pytest.mark.parametrize("at", ["middle", "end", "start"])
def test_a_box_of_facts_in_a_text_dump_is_cut(at: str) -> None:
    body = {"middle": [FIRST, *BOX, LAST], "end": [FIRST, LAST, *BOX], "start": [*BOX, FIRST, LAST]}[at]
    page, a = extract("\n".join(body))
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "heuristic.fact-box") == BOX


@pytest.mark.parametrize(
    "lines",
    [
        ["Q: Why build the wall now", "A: The storms got worse", "Q: Who pays for it", "A: The council does"],
        ["MAYOR: We will build it this year.", "REPORTER: Who pays?", "MAYOR: The council will pay for it."],
        ["Update: The road is open again.", "Cost: More than planned, the board said.", "Start: In the spring."],
        ["Name: Harbour Kelp Co", "Started: 2022"],  # two lines: no box
    ],
)
def test_speakers_sentences_and_short_runs_stay(lines: list[str]) -> None:
    page, a = extract("\n".join([FIRST, *lines, LAST]))
    assert not removed(page, "heuristic.fact-box")
    assert a.paragraphs[0] == FIRST and a.paragraphs[-1] == LAST
    assert len(a.paragraphs) == len(lines) + 2


def test_a_box_inside_a_story_s_markup_stays() -> None:
    html = (
        "<html><head><title>Harbour kelp farm raises money</title></head><body><article>"
        "<h1>Harbour kelp farm raises money</h1>"
        f"<p>{FIRST}</p><p>{LAST}</p>" + "".join(f"<p>{line}</p>" for line in BOX) + "</article></body></html>"
    )
    page = newsclean.extract(html)
    assert page.main is not None
    assert all(line in page.main.body for line in BOX)
    assert not [r for r in page.removed if r.rule == "heuristic.fact-box"]
