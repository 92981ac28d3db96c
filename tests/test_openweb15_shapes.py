"""Shapes of unseen sites in other languages (issue 18): ages in Norwegian/Danish, Russian,
Polish, Vietnamese, Korean and Japanese, one-line widget labels, and Indonesian source lines.

Ages: "3 timer siden", "5 минут назад", "2 godziny temu", "3 giờ trước", "3시간 전", "3時間前"
are read as times wherever "3 hours ago" is, and resolve against the scrape time. Near misses:
a count and unit without the word for "ago", the word alone, a sentence holding an age.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

import newsclean
from newsclean.timeparse import resolve, time_line

FETCHED = datetime(2025, 6, 12, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "ago"),
    [
        ("3 timer siden", timedelta(hours=3)),
        ("1 time siden", timedelta(hours=1)),
        ("5 minutter siden", timedelta(minutes=5)),
        ("2 dager siden", timedelta(days=2)),
        ("2 dage siden", timedelta(days=2)),
        ("5 минут назад", timedelta(minutes=5)),
        ("3 часа назад", timedelta(hours=3)),
        ("2 дня назад", timedelta(days=2)),
        ("2 godziny temu", timedelta(hours=2)),
        ("5 minut temu", timedelta(minutes=5)),
        ("3 dni temu", timedelta(days=3)),
        ("3 giờ trước", timedelta(hours=3)),
        ("5 phút trước", timedelta(minutes=5)),
        ("2 ngày trước", timedelta(days=2)),
        ("3시간 전", timedelta(hours=3)),
        ("5분 전", timedelta(minutes=5)),
        ("2일 전", timedelta(days=2)),
        ("3시간전", timedelta(hours=3)),
        ("3時間前", timedelta(hours=3)),
        ("5分前", timedelta(minutes=5)),
        ("2日前", timedelta(days=2)),
    ],
)
def test_ages_in_more_languages(text: str, ago: timedelta) -> None:
    assert resolve(text, FETCHED) == (FETCHED - ago, True)
    assert time_line(text) == (None, text)


@pytest.mark.parametrize(
    ("line", "outlet", "age"),
    [
        ("Fjordposten · 2 timer siden", "Fjordposten", "2 timer siden"),
        ("Gazeta Miejska - 5 minut temu", "Gazeta Miejska", "5 minut temu"),
        ("Báo Sông Hồng - 3 giờ trước", "Báo Sông Hồng", "3 giờ trước"),
        ("Kawa Shimbun - 3時間前", "Kawa Shimbun", "3時間前"),
    ],
)
def test_an_outlet_before_an_age(line: str, outlet: str, age: str) -> None:
    assert time_line(line) == (outlet, age)


@pytest.mark.parametrize(
    "line",
    [
        "3 timer",
        "siden",
        "3 часа",
        "назад",
        "2 godziny",
        "temu",
        "3 giờ",
        "trước",
        "3시간",
        "3時間",
        "Han kom hjem for 3 timer siden og sov",
        "Он ушёл 3 часа назад домой",
    ],
)
def test_lines_that_share_a_word_with_an_age_are_no_times(line: str) -> None:
    assert time_line(line) is None


def test_a_polish_listing_is_read_by_its_age_lines() -> None:
    entries = [
        ("Rada miasta przyjęła nowy budżet parku", "2 godziny temu"),
        ("Tysiące domów bez prądu po burzy w dolinie", "5 godzin temu"),
    ]
    teaser = "Urzędnicy mówią, że prace będą kontynuowane w przyszłym tygodniu."
    text = "\n\n".join(f"{t}\n{a}\n{teaser}" for t, a in entries) + "\n"
    page = newsclean.extract(text, fetched_at=FETCHED)
    assert [(a.title, a.published_text) for a in page.articles] == entries
    assert page.articles[0].published_at == FETCHED - timedelta(hours=2)
    assert all(a.body == teaser for a in page.articles)


# One-line widget labels: a comment counter, a share row's buttons in several languages, a
# load-more button, an editors' selection heading. Whole lines only.
_FIRST = "The council approved the new park budget on Tuesday after a long debate."
_LAST = "Officials said the work would continue next week, weather permitting."


@pytest.mark.parametrize(
    "label",
    [
        "Comment ()",
        "Comments (0)",
        "Comments (12)",
        "Email this",
        "Compartir",
        "Partager",
        "Bagikan",
        "Ver más",
        "Editor's Picks",
        "Editor’s Picks",
    ],
)
def test_a_widget_label_alone_on_a_line_leaves_the_body(label: str) -> None:
    page = newsclean.extract(f"Council approves park budget\n\n{_FIRST}\n\n{label}\n\n{_LAST}\n")
    assert [a.body for a in page.articles] == [f"{_FIRST}\n\n{_LAST}"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Comments (0) were all the post drew before the vote closed.",
        "Email this week brought more than forty letters to the council.",
        "Compartir el poder no es fácil, dijo la alcaldesa.",
        "Partager les frais reste la règle, selon le maire.",
        "Bagikan pengalaman Anda, kata wali kota kepada warga.",
        "Editor's Picks are chosen each morning by the night desk, she said.",
    ],
)
def test_a_widget_word_opening_a_sentence_stays(sentence: str) -> None:
    page = newsclean.extract(f"Council approves park budget\n\n{_FIRST}\n\n{sentence}\n\n{_LAST}\n")
    assert [a.body for a in page.articles] == [f"{_FIRST}\n\n{sentence}\n\n{_LAST}"]


# Indonesian "Sumber: X" ("Source: X") names the outlet, under a listing's titles and as the
# story's last line. Near miss: "Sumber" opening a sentence stays text.
_ID_FIRST = "Para pejabat mengatakan pekerjaan akan berlanjut minggu depan, jika cuaca memungkinkan."
_ID_LAST = "Warga diungsikan ke balai desa sejak Senin malam, kata petugas setempat."


def test_a_sumber_line_under_listing_titles_gives_the_outlet() -> None:
    text = (
        f"Dewan kota menyetujui anggaran taman baru\nSumber: Warta Lembah\n{_ID_FIRST}\n\n"
        f"Banjir merendam ratusan rumah di tepi sungai\nSumber: Harian Pagi\n{_ID_LAST}\n"
    )
    page = newsclean.extract(text)
    assert [(a.title, a.outlet, a.body) for a in page.articles] == [
        ("Dewan kota menyetujui anggaran taman baru", "Warta Lembah", _ID_FIRST),
        ("Banjir merendam ratusan rumah di tepi sungai", "Harian Pagi", _ID_LAST),
    ]


def test_a_sumber_line_closing_the_story_gives_the_outlet() -> None:
    page = newsclean.extract(
        f"Dewan kota menyetujui anggaran taman baru\n\n{_ID_FIRST}\n\n{_ID_LAST}\n\nSumber: Warta Lembah\n"
    )
    assert [(a.outlet, a.body) for a in page.articles] == [("Warta Lembah", f"{_ID_FIRST}\n\n{_ID_LAST}")]


def test_sumber_opening_a_sentence_stays() -> None:
    last = "Sumber air di desa itu mengering sejak Juli, kata kepala desa."
    page = newsclean.extract(f"Dewan kota menyetujui anggaran taman baru\n\n{_ID_FIRST}\n\n{last}\n")
    assert [(a.outlet, a.body) for a in page.articles] == [(None, f"{_ID_FIRST}\n\n{last}")]
