"""Shapes of blog and news listings of sites nobody tuned on (issue 18), each on a page
written for it.

Every story, town and name here is invented. Each test shows the shape read right and a
near miss of the same look left alone.
"""

from __future__ import annotations

from datetime import UTC, datetime

from stories import S1, S2, S3, T1, T2, T3, extract_at

from newsclean import Page

LISTING_URL = "https://valley-notes.example/category/local/"


def ex(text: str, url: str | None = LISTING_URL) -> Page:
    return extract_at(text, url)


def _listing(metas: list[str], *, after: bool = False) -> str:
    """Three entries, each with a meta line under its title (or after its teaser)."""
    parts = []
    for title, meta, teaser in zip((T1, T2, T3), metas, (S1, S2, S3), strict=True):
        parts.append(f"{title}\n\n{teaser}\n\n{meta}" if after else f"{title}\n\n{meta}\n\n{teaser}")
    return "Local\n\n" + "\n\n".join(parts) + "\n"


# --- a blog engine's login name as the author ------------------------------------------------


def test_a_login_name_after_the_date_is_the_byline() -> None:
    for metas in (
        ["Jun 16, 2022 at 12:18 am by admin", "Jun 15, 2022 at 9:02 pm by admin", "Jun 14, 2022 at 3:40 pm by admin"],
        [
            "Posted by webmaster on May 3, 2021",
            "Posted by webmaster on May 2, 2021",
            "Posted by webmaster on May 1, 2021",
        ],
    ):
        page = ex(_listing(metas))
        assert [a.title for a in page.articles] == [T1, T2, T3]
        for a in page.articles:
            assert a.category in (None, "Local") and a.byline in (["admin"], ["webmaster"])
            assert a.published_text is not None


def test_a_phrase_after_the_date_is_no_login() -> None:
    # near miss: two lower-case words after "by" are no login name
    page = ex(
        _listing(["June 16, 2022 by the harbour", "June 15, 2022 by the harbour", "June 14, 2022 by the harbour"])
    )
    assert all(a.byline == [] for a in page.articles)


# --- reading times --------------------------------------------------------------------------


def test_a_reading_time_in_words_is_no_section() -> None:
    for line in ("reading time less than a minute", "less than 1 minute read"):
        page = ex(_listing([line] * 3))
        assert [a.title for a in page.articles] == [T1, T2, T3]
        assert all(a.category in (None, "Local") for a in page.articles)
        assert sum(r.rule == "web.reading-time" for r in page.removed) == 3


def test_a_reading_time_after_the_date_without_its_separator() -> None:
    page = ex(_listing(["June 16, 2022 3 min read", "June 15, 2022 5 min read", "June 14, 2022 2 min read"]))
    assert [a.published_text for a in page.articles] == ["June 16, 2022", "June 15, 2022", "June 14, 2022"]
    assert all(a.category in (None, "Local") for a in page.articles)


def test_a_sentence_about_a_short_read_is_kept() -> None:
    # near miss: the words of a reading time inside a story's sentence
    text = f"{T1}\n\n{S1} Less than a minute later the ferry left.\n\n{S2} It was a 3 min read for most.\n"
    page = ex(text, url="https://valley-notes.example/2025/06/harbour-ferry.html")
    body = " ".join(a.body for a in page.articles)
    assert "Less than a minute later the ferry left." in body and "It was a 3 min read for most." in body


# --- year-first slashed stamps --------------------------------------------------------------


def test_a_year_first_slashed_stamp_is_the_entrys_time() -> None:
    page = ex(_listing(["Date: 2020/11/01", "Date: 2020/10/31", "Date: 2020/10/30"]))
    assert [a.published_text for a in page.articles] == ["2020/11/01", "2020/10/31", "2020/10/30"]
    assert [a.published_at and a.published_at.date().isoformat() for a in page.articles] == [
        "2020-11-01",
        "2020-10-31",
        "2020-10-30",
    ]
    assert all(a.tags == [] for a in page.articles)


def test_a_source_line_with_its_time_behind_a_pipe() -> None:
    page = ex(
        _listing(
            [
                "Source: Coast Post | 2020/9/22 13:44:42",
                "Source: Coast Post | 2020/9/22 10:04:02",
                "Source: Coast Post | 2020/9/21 8:40:12",
            ]
        )
    )
    assert [a.outlet for a in page.articles] == ["Coast Post"] * 3
    assert [a.published_text for a in page.articles] == [
        "2020/9/22 13:44:42",
        "2020/9/22 10:04:02",
        "2020/9/21 8:40:12",
    ]
    assert page.articles[0].published_at == datetime(2020, 9, 22, 13, 44, 42, tzinfo=UTC)


def test_a_source_line_with_a_label_behind_its_pipe_keeps_its_name() -> None:
    # near miss: no time behind the pipe, the line names its source as printed
    page = ex(_listing(["Source: Coast Post | Weekend"] * 3))
    assert all(a.published_text is None for a in page.articles)
    assert all(a.outlet == "Coast Post | Weekend" for a in page.articles)


def test_links_beside_the_time_name_no_outlet_and_no_section() -> None:
    page = ex(
        _listing(["Source | 2021/03/04 | Permalink", "Source | 2021/03/03 | Permalink", "2021/03/02 | Permalink"])
    )
    assert [a.published_text for a in page.articles] == ["2021/03/04", "2021/03/03", "2021/03/02"]
    assert all(a.outlet is None and a.category in (None, "Local") for a in page.articles)


def test_an_outlet_and_a_section_beside_the_time_are_kept() -> None:
    # near miss: real names in the same places
    page = ex(
        _listing(
            [
                "Coast Post | 2021/03/04 | Harbour",
                "Coast Post | 2021/03/03 | Harbour",
                "Coast Post | 2021/03/02 | Harbour",
            ]
        )
    )
    assert all(a.outlet == "Coast Post" and a.category == "Harbour" for a in page.articles)


# --- a zone glued to the clock --------------------------------------------------------------


def test_a_zone_in_brackets_glued_to_the_clock_is_part_of_the_time() -> None:
    page = ex(_listing(["16 Jun 2022 12:18pm(NZT)", "16 Jun 2022 11:02am(NZT)", "15 Jun 2022 3:40pm(NZT)"]))
    assert [a.published_text for a in page.articles] == [
        "16 Jun 2022 12:18pm(NZT)",
        "16 Jun 2022 11:02am(NZT)",
        "15 Jun 2022 3:40pm(NZT)",
    ]
    assert all(a.category in (None, "Local") for a in page.articles)


def test_a_section_after_the_clock_is_no_zone() -> None:
    # near miss: a section set off after the clock keeps being the section
    page = ex(
        _listing(["16 Jun 2022 12:18pm | Harbour", "16 Jun 2022 11:02am | Harbour", "15 Jun 2022 3:40pm | Harbour"])
    )
    assert all(a.category == "Harbour" for a in page.articles)
    assert all(a.published_text and a.published_text.endswith("m") for a in page.articles)
