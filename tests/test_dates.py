"""The shared date module (newsclean/dates.py): the forms each language prints, IANA zones
from rule files, and the search the HTML path is to use."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import newsclean
from newsclean.dates import parse_date, resolve, search_date

FETCHED = datetime(2025, 6, 12, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gestern, 14:30", datetime(2025, 6, 11, 14, 30, tzinfo=UTC)),
        ("hier à 14h30", datetime(2025, 6, 11, 14, 30, tzinfo=UTC)),
        ("ayer a las 10:15", datetime(2025, 6, 11, 10, 15, tzinfo=UTC)),
        ("ontem às 10h15", datetime(2025, 6, 11, 10, 15, tzinfo=UTC)),
        ("ieri alle 10:15", datetime(2025, 6, 11, 10, 15, tzinfo=UTC)),
        ("gisteren om 10.15", datetime(2025, 6, 11, 10, 15, tzinfo=UTC)),
        ("vorgestern", datetime(2025, 6, 10, 12, tzinfo=UTC)),
        ("vor 1 Stunde und 5 Minuten", datetime(2025, 6, 12, 10, 55, tzinfo=UTC)),
        ("il y a environ 2 heures", datetime(2025, 6, 12, 10, tzinfo=UTC)),
        ("hace una hora", datetime(2025, 6, 12, 11, tzinfo=UTC)),
        ("un'ora fa", datetime(2025, 6, 12, 11, tzinfo=UTC)),
        ("3 horas atrás", datetime(2025, 6, 12, 9, tzinfo=UTC)),
        ("een week geleden", datetime(2025, 6, 5, 12, tzinfo=UTC)),
        ("vor 2 Std.", datetime(2025, 6, 12, 10, tzinfo=UTC)),
        ("à l'instant", FETCHED),
        # the English forms read before, unchanged
        ("3 hours, 12 minutes ago", datetime(2025, 6, 12, 8, 48, tzinfo=UTC)),
        ("about 3 hours ago", datetime(2025, 6, 12, 9, tzinfo=UTC)),
        ("Yesterday at 4:15 PM", datetime(2025, 6, 11, 16, 15, tzinfo=UTC)),
        ("45m", datetime(2025, 6, 12, 11, 15, tzinfo=UTC)),
        ("2mo ago", FETCHED - timedelta(days=60)),
    ],
)
def test_relative_forms_with_clocks_and_compounds(text: str, expected: datetime) -> None:
    assert resolve(text, FETCHED) == (expected, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mittwoch, 11. Juni 2025, 14:30 Uhr", datetime(2025, 6, 11, 14, 30, tzinfo=UTC)),
        ("mercredi 11 juin 2025 à 14h30", datetime(2025, 6, 11, 14, 30, tzinfo=UTC)),
        ("11 de junio de 2025, 14:30 hs", datetime(2025, 6, 11, 14, 30, tzinfo=UTC)),
        ("11 giu 2025 ore 14:30", datetime(2025, 6, 11, 14, 30, tzinfo=UTC)),
        ("woensdag 11 juni 2025 om 14.30", datetime(2025, 6, 11, 14, 30, tzinfo=UTC)),
        ("2025-06-10T14:30:00+02:00", datetime(2025, 6, 10, 12, 30, tzinfo=UTC)),
        ("27-07-2025", datetime(2025, 7, 27, tzinfo=UTC)),
        ("Jun 9, 2025 16:21 (JST)", datetime(2025, 6, 9, 7, 21, tzinfo=UTC)),
        ("12 June 2025 10:00 Europe/Berlin", datetime(2025, 6, 12, 8, tzinfo=UTC)),
        ("12 January 2025 10:00 Europe/Berlin", datetime(2025, 1, 12, 9, tzinfo=UTC)),
    ],
)
def test_absolute_stamps(text: str, expected: datetime) -> None:
    got = parse_date(text, zones={"JST": 9.0})
    assert got == expected and got is not None and got.tzinfo is not None


def test_nonsense_is_no_date() -> None:
    for text in ("31. Februar 2025", "12 Junk 2025", "vor langer Zeit", "hace", "13/13/2025", "", "x" * 500):
        assert parse_date(text, fetched_at=FETCHED) is None, text


def test_a_printed_zone_keeps_the_offset_it_had_that_day() -> None:
    zones = {"ET": "America/New_York", "CET": 1.0}
    summer = parse_date("July 1, 2025 9:00 AM ET", zones=zones)
    winter = parse_date("January 1, 2025 9:00 AM ET", zones=zones)
    assert summer is not None and summer.utcoffset() == timedelta(hours=-4)
    assert winter is not None and winter.utcoffset() == timedelta(hours=-5)
    fixed = parse_date("1 July 2025 9:00 CET", zones=zones)  # an hours entry stays fixed
    assert fixed is not None and fixed.utcoffset() == timedelta(hours=1)


def test_rule_files_take_iana_zones_and_refuse_unknown_ones(tmp_path: Path) -> None:
    good = tmp_path / "zones.toml"
    good.write_text('[timezones]\nAZT = "Asia/Baku"\n', encoding="utf-8")
    rules = newsclean.load_rules(str(good))
    assert rules.timezones["AZT"] == "Asia/Baku"
    page = newsclean.extract(
        "Ferry timetable changes for the summer season\n\nHarbour Ledger\nJune 11, 2025 at 10:00 AM AZT\n\n"
        "The island ferry will run twice an hour from the first week of July, the operator said.\n",
        rules=rules,
    )
    assert page.articles[0].published_at == datetime(2025, 6, 11, 6, tzinfo=UTC)
    bad = tmp_path / "bad.toml"
    bad.write_text('[timezones]\nXT = "Mars/Olympus_Mons"\n', encoding="utf-8")
    with pytest.raises(newsclean.RulesError, match=r"timezones\.XT"):
        newsclean.load_rules(str(bad))


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("Veröffentlicht am 5. November 2023 um 10 Uhr", 18, datetime(2023, 11, 5, tzinfo=UTC)),
        ("Publié le 3 juin 2025", 10, datetime(2025, 6, 3, tzinfo=UTC)),
        ("Publicado el 4 de marzo de 2024", 13, datetime(2024, 3, 4, tzinfo=UTC)),
        ("Opublikowano 12 czerwca 2024", 13, datetime(2024, 6, 12, tzinfo=UTC)),
        ("Stand: 19.11.2021", 7, datetime(2021, 11, 19, tzinfo=UTC)),
        ("Posted January 22, 2014 by staff", 7, datetime(2014, 1, 22, tzinfo=UTC)),
        ("updated 2024-02-29T10:00", 8, datetime(2024, 2, 29, tzinfo=UTC)),
    ],
)
def test_search_finds_the_first_date_inside_a_text(text: str, start: int, expected: datetime) -> None:
    found = search_date(text)
    assert found is not None and (found.start, found.when) == (start, expected)
    assert found.end <= len(text)


def test_search_reads_slashes_by_locale_and_skips_future_dates() -> None:
    day_first, month_first = search_date("06/10/2024"), search_date("06/10/2024", us=True)
    assert day_first is not None and day_first.when == datetime(2024, 10, 6, tzinfo=UTC)
    assert month_first is not None and month_first.when == datetime(2024, 6, 10, tzinfo=UTC)
    found = search_date("Concert on 12 June 2031, posted 3 May 2025", not_after=FETCHED)
    assert found is not None and found.when == datetime(2025, 5, 3, tzinfo=UTC)
    assert search_date("The Mayor 12 of 2025 and 99 Junk 2024") is None
