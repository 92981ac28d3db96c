"""Relative times in Indonesian/Malay and Turkish, and an outlet before a time in any language
the date reader knows.

Indonesian and Malaysian portals print ages as "2 jam yang lalu" / "3 jam lalu" (hours ago),
"5 menit yang lalu", "1 hari yang lalu", "kemarin"; Turkish ones "2 saat önce", "3 gün
önce", "dün". Aggregators print the outlet before the time in every language, as in English
("AsiaOne3 days ago"): "Kompas.com - 2 jam lalu", "Spiegel · vor 3 Stunden". Before, none of
these lines was a time, so a listing of such entries had no header to read. Near misses:
lines that only share a word or a digit with a time.
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
        ("2 jam lalu", timedelta(hours=2)),
        ("3 jam yang lalu", timedelta(hours=3)),
        ("5 menit yang lalu", timedelta(minutes=5)),
        ("1 hari yang lalu", timedelta(days=1)),
        ("2 minggu lalu", timedelta(weeks=2)),
        ("kemarin", timedelta(days=1)),
        ("2 saat önce", timedelta(hours=2)),
        ("3 gün önce", timedelta(days=3)),
        ("bir saat önce", timedelta(hours=1)),
        ("dün", timedelta(days=1)),
    ],
)
def test_indonesian_malay_and_turkish_ages(text: str, ago: timedelta) -> None:
    assert resolve(text, FETCHED) == (FETCHED - ago, True)
    assert time_line(text) == (None, text)


@pytest.mark.parametrize(
    ("line", "outlet", "time"),
    [
        ("Kompas.com - 2 jam lalu", "Kompas.com", "2 jam lalu"),
        ("Kompas.com2 jam lalu", "Kompas.com", "2 jam lalu"),
        ("Harian Pagi · 3 jam yang lalu", "Harian Pagi", "3 jam yang lalu"),
        ("Haber Merkezi2 saat önce", "Haber Merkezi", "2 saat önce"),
        ("Coast Post · vor 3 Stunden", "Coast Post", "vor 3 Stunden"),
        ("Le Courrier | il y a 2 heures", "Le Courrier", "il y a 2 heures"),
        ("Die Zeitung - 12. März 2025", "Die Zeitung", "12. März 2025"),
    ],
)
def test_an_outlet_before_a_time_in_another_language(line: str, outlet: str, time: str) -> None:
    assert time_line(line) == (outlet, time)


@pytest.mark.parametrize(
    "line",
    ["3 jam", "Jam lalu", "Budget 2025 - 3 new taxes", "Radio Wave 12 - Tempo", "Harga naik 2 kali lipat", "Ay ışığı"],
)
def test_lines_that_share_a_word_or_a_digit_with_a_time_are_no_times(line: str) -> None:
    assert time_line(line) is None


def test_a_listing_of_indonesian_entries_is_read_by_its_outlet_and_time_lines() -> None:
    entries = [
        ("Pemerintah umumkan jadwal libur sekolah yang baru", "Kompas.com", "2 jam lalu"),
        ("Banjir rendam tiga desa di pesisir utara", "Tempo.co", "5 jam lalu"),
        ("Harga cabai turun menjelang akhir bulan ini", "Kompas.com", "1 hari yang lalu"),
    ]
    teaser = "Warga diminta mengikuti pengumuman resmi dari pemerintah daerah setempat."
    text = "\n\n".join(f"{t}\n{o} - {a}\n{teaser}" for t, o, a in entries) + "\n"
    page = newsclean.extract(text, fetched_at=FETCHED)
    assert [(a.title, a.outlet, a.published_text) for a in page.articles] == entries
    assert page.articles[0].published_at == FETCHED - timedelta(hours=2)
