"""A republisher's note on where a story ran first names its outlet (issue 18: "X was first
published by Y" trailers give the outlet and leave the body).

Every site reprinting The Conversation closes the story with "This article is republished
from The Conversation under a Creative Commons license."; partners of nonprofit newsrooms
print "This story was originally published by <site>." The rule files cut the note; its site
becomes the outlet when nothing else on the page named one. Pages from ``tests/stories.py``.
"""

from __future__ import annotations

import pytest

from tests.stories import S1, S4, T1, extract_at


@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        ("This article is republished from The Conversation under a Creative Commons license.", "The Conversation"),
        ("This story was originally published by Coast Wire.", "Coast Wire"),
        ("This article first appeared on Harbour Daily.", "Harbour Daily"),
        ("This article was first published by The Kessel Courier.", "The Kessel Courier"),
    ],
)
def test_a_republishing_note_names_the_outlet_and_leaves_the_body(note: str, outlet: str) -> None:
    page = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\n{note}\n", None)
    (a,) = page.articles
    assert a.outlet == outlet
    assert a.body == f"{S1}\n\n{S4}"


@pytest.mark.parametrize(
    "note",
    ["This story was first published on June 9, 2025.", "This story was first published on 9 June.",
     "This story was first published on Sept. 9."],
)  # fmt: skip
def test_a_date_where_the_site_would_stand_is_no_outlet(note: str) -> None:
    page = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\n{note}\n", None)
    assert page.articles[0].outlet is None


def test_an_outlet_the_header_gave_is_kept() -> None:
    # near miss: an aggregator's outlet line names who the reader saw the story from
    text = f"{T1}\n\n{T1}\n\nHarbour Post2 days ago\n\n{S1}\n\n{S4}\n\nThis story was originally published by Coast Wire.\n"
    assert extract_at(text, None).articles[0].outlet == "Harbour Post"


@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        ("This story was originally published by the Coast Wire.", "Coast Wire"),
        ("This article first appeared in Harbour Daily.", "Harbour Daily"),
    ],
)
def test_the_article_and_in_before_the_site_still_name_it(note: str, outlet: str) -> None:
    page = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\n{note}\n", None)
    assert page.articles[0].outlet == outlet


@pytest.mark.parametrize(
    "note",
    [
        f"{T1} was first published by Coast Wire.",
        "Council approves new ferry terminal plan was originally published on Coast Wire",
    ],
)
def test_a_footer_naming_the_headline_gives_the_outlet_and_leaves_the_body(note: str) -> None:
    page = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\n{note}\n", None)
    (a,) = page.articles
    assert a.outlet == "Coast Wire"
    assert a.body == f"{S1}\n\n{S4}"
    assert {r.rule for r in page.removed} == {"heuristic.republished-footer"}


@pytest.mark.parametrize(
    "note",
    [
        "The ferry timetable was first published by Coast Wire.",  # names no headline
        f"{T1} was first published by Coast Wire in 1994 and revised.",  # a sentence runs on
    ],
)
def test_a_sentence_saying_what_was_first_published_stays(note: str) -> None:
    page = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\n{note}\n", None)
    (a,) = page.articles
    assert a.outlet is None
    assert a.body.endswith(note)
