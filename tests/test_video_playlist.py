"""A video page's player playlist under the headline (issue 19: a carousel of other videos is
never a body): rows of a date, another video's title and a section word, where the story's
text would be. The pages are written for the tests, in Daily8's two frames (with the
outlet-and-age header, and without it)."""

from __future__ import annotations

import newsclean

TITLE = "Harbour town counts the cost of the winter storms"
ROWS = [
    ("04/03/2026", "Ferry services resume after a week of gales", "Europe"),
    ("03/03/2026", "Fishermen rebuild the breakwater by hand", "Europe"),
    ("03/03/2026", "Insurers brace for a costly spring", "Business"),
    ("02/03/2026", "Volunteers clear the beach of wreckage", "Asia / Pacific"),
]
FOOTER = (
    "Hashtags\n\nTry Our AI Features\nExplore what Daily8 AI can do for you:\nComments\nNo comments yet...\n"
    "Related Articles\n\n\nCoast Post\n20 minutes ago\n- Coast Post\n"
    "Council votes to fund new sea defences\n"
    "The council voted on Monday to spend more on sea defences after the winter storms.\n"
)
RELATED = "Council votes to fund new sea defences"


def _rows(rows: list[tuple[str, str, str]]) -> str:
    return "".join(f"{d}\n{t}\n{s}\n" for d, t, s in rows)


def _playlist_lines(page: newsclean.Page) -> list[str]:
    return [r.text for r in page.removed if r.rule == "segment.video-playlist"]


def test_a_playlist_under_the_header_is_chrome_and_the_body_empty() -> None:
    text = f"logo\n{TITLE}\n\n{TITLE}\n\nWave TV2 days ago\n01:28\n{_rows(ROWS)}{FOOTER}"
    page = newsclean.extract(text)
    assert [a.title for a in page.articles] == [TITLE, RELATED]
    assert page.main is not None and page.main.body == "" and page.main.outlet == "Wave TV"
    assert _playlist_lines(page) == [x for row in ROWS for x in row]


def test_a_playlist_on_a_headerless_page_takes_the_first_row_too() -> None:
    text = f"\n{TITLE}\n01:28\n{_rows(ROWS)}{FOOTER}"
    page = newsclean.extract(text)
    assert [a.title for a in page.articles] == [TITLE, RELATED]
    assert page.main is not None and page.main.body == "" and page.main.published_text is None
    assert _playlist_lines(page) == [x for row in ROWS for x in row]


def test_two_rows_are_no_playlist() -> None:
    text = f"logo\n{TITLE}\n\n{TITLE}\n\nWave TV2 days ago\n{_rows(ROWS[:2])}{FOOTER}"
    page = newsclean.extract(text)
    assert not _playlist_lines(page)


def test_a_list_of_dated_headlines_with_no_lead_of_its_own_shape_is_kept() -> None:
    # the first headline is dated like the others: a list, not a video page
    text = f"{ROWS[0][1]}\n{ROWS[0][0]}\n" + "".join(f"{t}\n{d}\n" for d, t, _ in ROWS[1:]) + FOOTER
    page = newsclean.extract(text)
    assert not _playlist_lines(page)
    assert len(page.articles) == len(ROWS) + 1  # every row an entry, and the related story


def test_a_headerless_list_not_closed_by_the_aggregator_footer_is_kept() -> None:
    text = f"\n{TITLE}\n{_rows(ROWS)}More stories\nA last line of the page.\n"
    page = newsclean.extract(text)
    assert not _playlist_lines(page)
