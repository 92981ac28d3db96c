"""Other stories under a closing list heading, each a title over a teaser with no time line.

The Los Angeles Times closes a story with "More From the Los Angeles Times" (a section
label, the title twice, a teaser), medicalnewstoday.com with "Related Coverage" (the title,
who reviewed it, a teaser, "READ MORE"). Before, the heading was removed and the teasers
ran on into the story's body, their titles cut as a link list. LABELS.md: stories under a
related heading are ``related`` entries. Pages are built from ``tests/stories.py``.
"""

from __future__ import annotations

import pytest

from tests.stories import S1, S2, S3, S4, S5, S6, T1, T2, T3, extract_at

T4 = "Bakery wins national award for its sourdough loaf"
S7 = "The family bakery beat two hundred entries with a loaf its owners have baked for thirty years."
STORY = f"{T1}\nJune 9, 2025\n\n{S1}\n\n{S4}\n\n"


def _related(heading: str, cards: list[str]) -> str:
    return STORY + f"{heading}\n\n" + "\n\n".join(cards) + "\n"


@pytest.mark.parametrize("heading", ["More from Local", "Related", "Related Articles", "Recommended"])
def test_title_over_teaser_entries_under_a_list_heading_are_related_stories(heading: str) -> None:
    page = extract_at(_related(heading, [f"{T2}\n{S2}", f"{T3}\n{S3}", f"{T4}\n{S7}"]), None)
    main, *rest = page.articles
    assert main.role == "main" and main.body == f"{S1}\n\n{S4}"
    assert [(a.role, a.title, a.body) for a in rest] == [
        ("related", T2, S2), ("related", T3, S3), ("related", T4, S7)
    ]  # fmt: skip


def test_a_card_with_a_section_label_and_its_title_printed_twice() -> None:
    page = extract_at(
        _related("More From the Harbour Times", [f"Farming\n{T2}\n{T2}\n{S2}", f"Schools\n{T3}\n{T3}\n{S3}"]), None
    )
    rest = page.articles[1:]
    assert [(a.title, a.category, a.body) for a in rest] == [(T2, "Farming", S2), (T3, "Schools", S3)]
    assert sum(r.rule == "layout.repeated-title" for r in page.removed) == 2


def test_a_cards_read_more_link_between_entries_and_a_last_title_cut_off() -> None:
    page = extract_at(_related("Related Coverage", [f"{T2}\n{S2}\nREAD MORE", f"{T3}\n{S3}\nREAD MORE", T4]), None)
    rest = page.articles[1:]
    assert [(a.title, a.body) for a in rest] == [(T2, S2), (T3, S3), (T4, "")]
    assert page.articles[0].body == f"{S1}\n\n{S4}"


@pytest.mark.parametrize(
    "cards",
    [
        [f"{T2}\n{S2}"],  # one title over one paragraph: a subhead reads so
        [f"{T2}\n{S2}\n{S5}", f"{T3}\n{S3}\n{S6}"],  # paragraphs in a row: a story's text
        ["Jane Roe\nI read this twice and I still think the council got the terminal wrong.", "Sam Poe\nThe old pier has served us well for sixty years and could serve us sixty more."],
    ],
)  # fmt: skip
def test_no_related_entries_where_the_cards_are_no_title_teaser_list(cards: list[str]) -> None:
    page = extract_at(_related("Related", cards), None)
    assert [a.role for a in page.articles] == ["main"]


def test_comments_under_a_comment_heading_are_no_related_stories() -> None:
    # near miss: "Leave a comment" is a closing heading too, but heads no list of stories
    cards = ["Jane Roe\nI read this twice and I still think the council got the terminal wrong.",
             "Sam Poe\nThe old pier has served us well for sixty years and could serve us sixty more."]  # fmt: skip
    page = extract_at(_related("Leave a comment", cards), None)
    assert all(a.role != "related" for a in page.articles)
