"""Header fields and segmentation of real Daily8 pages (issues 18 and 19, round d8real5): each
shape was seen on stored Daily8 pages of two outlets or more; the pages here are invented, laid
out as Daily8 prints a reprint (logo, the title twice, the outlet glued to its age, the body,
Daily8's widgets under it), and a near miss of each shape is kept."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from letters import lost_letters

import newsclean

WHEN = datetime(2025, 6, 12, tzinfo=UTC)
TITLE = "Harbour town votes to rebuild its wooden pier after winter storms"
P1 = "The council of Port Avelin voted on Tuesday to rebuild the town's wooden pier, which lost two sections in the storms."
P2 = "Mayor Ilse Marren said the new pier would keep its old shape but stand on steel piles."
TAIL = "Orange background\n\nTry Our AI Features\n\nComments\n\nNo comments yet...\n"


def daily8(body: str, title: str = TITLE) -> tuple[newsclean.Page, newsclean.Article]:
    """A Daily8 reprint of ``body``, extracted; every cut must point at exactly its text."""
    text = f"logo\n{title}\n\n{title}\n\nCoastal Herald2 days ago\n\n{body}\n\n{TAIL}"
    page = newsclean.extract(text, fetched_at=WHEN)
    assert page.main is not None, page
    norm = newsclean.normalize(text)
    assert not lost_letters(norm, page)
    for r in page.removed:
        assert norm[r.start : r.end] == r.text
    return page, page.main


def removed(page: newsclean.Page, rule: str) -> list[str]:
    return [r.text for r in page.removed if r.rule == rule]


# --- A recommendation widget's attribution under the story ----------------------------------------


@pytest.mark.parametrize(
    "widget",
    [
        "by Taboola\nby Taboola\nSponsored Links\nSponsored Links",
        "Promoted Links by Taboola",
        "Sponsored Links by Taboola\nPromoted Links",
    ],
)
def test_a_recommendation_widget_attribution_is_no_byline(widget: str) -> None:
    """The Times of India's reprints on Daily8 close with the Taboola box's labels ("by Taboola"
    twice, "Sponsored Links"); every site carrying the box prints its attribution (the
    widget code of ynet and other publishers in the code corpus: "Promoted Links by
    Taboola"). The writer is not "Taboola", and the labels are no section."""
    page, a = daily8(f"{P1}\n{P2}\n{widget}")
    assert a.byline == []
    assert a.category is None
    assert a.paragraphs == [P1, P2]
    assert removed(page, "common.recommendation-widget")


def test_a_byline_line_naming_a_writer_is_kept_as_byline() -> None:
    """Near miss: "by <name>" on its own line is the writer's credit."""
    page, a = daily8(f"by Tessa Brandt\n{P1}\n{P2}")
    assert a.byline == ["Tessa Brandt"]
    assert not removed(page, "common.recommendation-widget")
