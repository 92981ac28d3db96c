"""A round-up's numbered item headings ("2 Debt collector fined ...") are the story's own, even
right after an item's "Read More" link; an ad slot's capitalised marker is cut. The pages
are written for the tests."""

from __future__ import annotations

from test_inline_chrome import FIRST, LAST, extract, removed

ITEMS = [
    ("1 Harbour board approves the sea wall", "The board voted on Monday to build the new wall."),
    ("2 Ferry fares rise for the summer", "Fares will rise by a tenth from December, the operator said."),
    ("3 Lifeguards return to the north beach", "Patrols start on Saturday after a year without them."),
]


def _body(items: list[tuple[str, str]]) -> str:
    return "\n".join(f"{h}\n{t}\nRead More" for h, t in items)


def test_numbered_item_headings_after_read_more_links_stay() -> None:
    page, a = extract(_body(ITEMS))
    assert a.paragraphs == [x for pair in ITEMS for x in pair]
    assert not removed(page, "heuristic.further-reading")


def test_a_numbered_headline_that_starts_no_round_up_is_still_a_link() -> None:
    # "Read more" then headlines: a link list, though one of them opens with a number
    page, a = extract(f"{FIRST}\n{LAST}\nRead more\n5 ways to see the harbour this summer\nFerry fares rise again")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "heuristic.further-reading") == [
        "5 ways to see the harbour this summer",
        "Ferry fares rise again",
    ]


def test_a_capitalised_ad_marker_between_sentences_is_cut() -> None:
    page, a = extract(f"{FIRST} STORY CONTINUES BELOW THIS AD {LAST}")
    assert a.paragraphs == [f"{FIRST} {LAST}"]
    assert removed(page, "common.ad-continue") == ["STORY CONTINUES BELOW THIS AD"]
