"""Shapes of real pages Daily8 reprints (issue 19, round d8real11). The pages here are invented,
laid out as Daily8 prints a reprint (logo, the title twice, the outlet glued to its age, the
body, Daily8's widgets under it), and a near miss of each shape is kept."""

from __future__ import annotations

from stories import DAILY8_TAIL, P1, P2, P3, REPRINT_TITLE, REPRINT_WHEN, removed
from stories import daily8_reprint as daily8

import newsclean

# --- The reprinted page's own header lines under Daily8's header ------------------------------------


def test_the_reprinted_pages_clock_and_date_lines_are_its_header_not_a_second_entry() -> None:
    """A local paper's "Di, 10:19 Uhr" / "31.10.2023" / kicker under Daily8's header opened a
    related entry that took the whole story, leaving the page's story with no body."""
    page, a = daily8(f"Di, 10:19 Uhr\n31.10.2023\nHarbour notes\nHarbour fees rise in spring\n{P1}\n{P2}")
    assert len(page.articles) == 1
    assert removed(page, "segment.reprint-own-header") == ["Di, 10:19 Uhr", "31.10.2023", "Harbour notes"]
    assert a.outlet == "Coastal Herald"
    assert a.published_text == "2 days ago"
    assert P1 in a.body and P2 in a.body


def test_a_section_word_over_the_reprinted_date_is_its_header() -> None:
    """A trade body's section label and date ("Gas" / "19. November 2021") over the story."""
    page, a = daily8(f"Gas\n19. November 2021\n{P1}\n{P2}")
    assert len(page.articles) == 1
    assert removed(page, "segment.reprint-own-header") == ["Gas", "19. November 2021"]
    assert a.paragraphs[0] == P1


def test_a_related_story_under_daily8s_heading_stays_related() -> None:
    """Near miss: the story shows its title only and a related story stands under "Related
    Articles": the heading sets it apart, so it is no header of the page's story."""
    title = "Ferry operator adds a night crossing to the island"
    text = (
        f"logo\n{REPRINT_TITLE}\n\n{REPRINT_TITLE}\n\nCoastal Herald2 days ago\n\n"
        f"Related Articles\n\n{title}\n{title}\n\nIsland Post\n\ntime3 hours ago\n\n{P3}\n\n{DAILY8_TAIL}"
    )
    page = newsclean.extract(text, fetched_at=REPRINT_WHEN)
    assert [a.role for a in page.articles] == ["main", "related"]
    assert not page.articles[0].body
    assert page.articles[1].body == P3
    assert removed(page, "segment.reprint-own-header") == []
