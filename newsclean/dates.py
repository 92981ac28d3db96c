"""Dates and times as pages print them, read into aware datetimes: one module for the text
and the HTML path.

Pages print their times in the reader's language ("3 hours ago", "vor 3 Stunden", "il y a
2 jours", "12. Juni 2025, 14:30 Uhr", "4 de marzo de 2024") and their zones as
abbreviations whose offset depends on the date ("10:00 AM ET" is -04:00 in June and -05:00
in December). This module reads English, German, French, Spanish, Portuguese, Italian and
Dutch absolute and relative forms, the relative forms of Indonesian/Malay ("2 jam yang
lalu", "kemarin"), Turkish ("3 saat önce", "dün"), Tagalog ("3 oras ang nakalipas", "kahapon"),
Hindi ("3 घंटे पहले"), Norwegian/Danish ("3 timer siden"), Polish ("2 godziny temu"), Russian
("5 минут назад"), Vietnamese ("3 giờ trước"), Korean ("3시간 전") and Japanese ("3時間前") too, and maps zone abbreviations through the rule files'
``[timezones]`` table either to fixed hours (``JST = 9``) or to an IANA zone
(``ET = "America/New_York"``), resolved with :mod:`zoneinfo` (from the ``tzdata`` package
where the system has no zone database), so daylight saving time is applied as the date
requires.

Deciding *which* lines are times is not done here (see :mod:`newsclean.timeparse`): this
module only reads a text already taken for a time (:func:`resolve`, :func:`parse_date`) or
finds the first absolute date in a short text (:func:`search_date`).

Every pattern is linear: alternations of fixed words and bounded repeats, no nested
quantifiers; inputs are cut to :data:`TIME_TEXT_MAX_CHARS` characters before any pattern runs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import regex
from dateutil import parser as dateutil_parser

from .lexicon import HALF_DAY_HOURS, LAST_HOUR, LAST_MINUTE, MONTH_WORDS, MONTHS_IN_YEAR
from .memo import MEMO_MAX_CHARS, remember
from .thresholds import DATE_SEARCH_CHARS, TIME_TEXT_MAX_CHARS, WHOLE_TIME_WIDTH, ZONE_CLOCK_REACH

#: The page warning for relative times that stayed unresolved: it names both ways to give
#: the scrape time, since library users and command-line users read the same warnings.
UNRESOLVED = (
    "relative times left unresolved: no scrape time was given (fetched_at= in Python, --fetched-at on the command line)"
)

#: What a zone abbreviation stands for: hours east of UTC, or an IANA zone name.
Zones = Mapping[str, float | str]

# Every month word of the lexicon's table, to its month's number.
MONTHS: dict[str, int] = {w: i for i, words in enumerate(MONTH_WORDS, 1) for w in words.split()}

_WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so "
    "lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim "
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo "
    "segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira segunda terça quarta quinta sexta "
    "lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma wo vr za zo "
    # Indonesian and Malay, whose relative times are read here too: "Senin, 03 Jun 2025 14:30
    # WIB" on detik.com and cnnindonesia.com, "Senin, 3 Juni 2025 | 14:30 WIB" on kompas.com
    "senin selasa rabu kamis jumat jum'at sabtu minggu isnin khamis jumaat ahad"
).split()
# The weekday names above as a set, for the line reader (timeparse) to tell a weekday from an
# outlet's name before a date.
WEEKDAY_WORDS = frozenset(_WEEKDAYS)
_WEEKDAY = "(?:" + "|".join(sorted(set(_WEEKDAYS), key=len, reverse=True)) + r")\.?,?\s"
_MONTH_NAME = r"(?P<mon>\p{L}{3,12})\.?"
# "12", "12.", "1er", "1º", "17th": the day as each language writes it before a month.
_DAY = r"(?P<d>\d{1,2})(?:\.|er|º|°|st|nd|rd|th)?"
# "14:30", "14.30 Uhr", "14h30", "10:00 AM", with the words that introduce a clock.
_CLOCK = (
    r"(?:,?\s?(?:-\s|–\s|\|\s)?(?:at|um|à|a\slas|a\sla|às|as|alle|ore|om|kl\.|h\.)?\s?"
    r"(?P<h>\d{1,2})(?:[:.]|h(?=\d))(?P<m>\d{2})(?::(?P<s>\d{2}))?"
    r"(?:\s?(?P<ap>[AaPp])\.?[Mm]\.?|\s?Uhr|\s?h\b|\s?hs\b|\s?horas\b)?)"
)
_ABSOLUTE = regex.compile(
    rf"(?:{_WEEKDAY})?(?:{_DAY}\s?(?:de\s)?{_MONTH_NAME},?\s(?:de\s|del\s)?(?P<y>\d{{4}})"
    rf"|{_MONTH_NAME}\s(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s(?P<y>\d{{4}}))"
    rf"{_CLOCK}?",
    regex.IGNORECASE,
)
# The zone closing a stamp: an abbreviation ("ET", "(CEST)") or an IANA name ("Europe/Berlin").
_ZONE_END = regex.compile(r"\(?\b(?P<zone>[A-Z]{1,5}|[A-Z][a-z]{2,13}/[A-Za-z_]{3,20}(?:/[A-Za-z_]{3,20})?)\)?\s*$")
# Numeric stamps: ISO ("2025-06-10T14:30:00Z"), dotted day first ("10.06.2025, 14:30 Uhr"),
# slashed ("25/06/2025"), with a clock and a zone.
_NUMERIC = regex.compile(
    r"(?:(?P<iso>\d{4}-\d{2}-\d{2})|(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.(?P<y>\d{4})"
    r"|(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})|(?P<ymd>\d{4}/\d{1,2}/\d{1,2}))"
    r"(?:(?:T|,?\s(?:at\s|um\s|à\s|-\s)?)(?P<clock>\d{1,2}(?::|h(?=\d))\d{2}(?::\d{2}(?:\.\d{1,6})?)?)"
    r"(?:(?P<zone>Z|[+-]\d{2}:?\d{2})|\s?(?P<ap>[ap])\.?m\.?|\sUhr)?(?-i:\s(?:\((?P<abbr>[A-Z]{2,5})\)|(?P<abbr>[A-Z]{2,5})))?)?",
    regex.IGNORECASE,
)
# Daily8's absolute dates: day first, with dashes.
_DMY = regex.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})")

# Relative times. Units in every language read here, each to its English name.
_UNIT_WORDS = {
    "second": "second sec secs seconds sekunde sekunden sek seconde secondes segundo segundos seg secondo secondi "
    "seconden s detik saniye सेकंड",
    "minute": "minute min mins minutes minuten minuto minutos minuti minuut m menit minit dakika dk मिनट",
    "hour": "hour hr hrs hours h stunde stunden std heure heures hora horas ora ore uur jam saat oras घंटे घंटा",
    "day": "day days d tag tage tagen jour jours j día días dia dias giorno giorni dag dagen hari gün araw दिन",
    "week": "week weeks w woche wochen semaine semaines sem semana semanas settimana settimane weken minggu hafta linggo सप्ताह हफ्ते हफ़्ते",
    "month": "month months mo monat monate monaten mois mes meses mese mesi maand maanden bulan ay buwan महीने महीना",
    "year": "year years y jahr jahre jahren an ans année années año años ano anos anno anni jaar jaren tahun yıl taon साल वर्ष",
}
# Units of the languages whose ages are read by _RELATIVE_MORE only, behind their own words for
# "ago" (Norwegian/Danish, Polish, Russian, Vietnamese, Korean, Japanese): kept out of
# _RELATIVE, so the lines of every other language do not pay for them.
_MORE_UNIT_WORDS = {
    "second": "sekund sekunder sekunden секунду секунды секунд sekundę giây 초 秒",
    "minute": "minutt minutter minut minutę minuty минуту минуты минут phút 분 分",
    "hour": "time timer godzinę godziny godzin час часа часов giờ 시간 時間",
    "day": "dage dager døgn dzień dni день дня дней ngày 일 日",
    "week": "uke uker uge uger tydzień tygodnie tygodni неделю недели недель tuần 주 週 週間",
    "month": "måned måneder miesiąc miesiące miesięcy месяц месяца месяцев tháng 개월 달 か月 ヶ月 カ月 ヵ月",
    "year": "år rok lata lat год года лет năm 년 年",
}
_UNITS = {w: unit for table in (_UNIT_WORDS, _MORE_UNIT_WORDS) for unit, words in table.items() for w in words.split()}
_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 7 * 86400, "month": 30 * 86400,
            "year": 365 * 86400}  # fmt: skip
# "a", "ein", "une", "uma", "een": one of the unit.
_ONE = frozenset("a an one ein eine einem einer un une uno una um uma een satu bir".split())
_UNIT_RE = "|".join(
    sorted(dict.fromkeys(w for words in _UNIT_WORDS.values() for w in words.split()), key=len, reverse=True)
)
_ALL_UNIT_RE = "|".join(sorted(_UNITS, key=len, reverse=True))
_ONE_RE = "|".join(sorted(_ONE, key=len, reverse=True))
_COUNT = rf"(?:\d{{1,4}}|a\sfew|{_ONE_RE}|un['’])"
# "about 3 hours ago", "vor etwa 3 Stunden", "il y a environ 2 heures".
_ABOUT = r"(?:(?:about|around|over|almost|nearly|less\sthan|more\sthan|etwa|ungefähr|über|environ|plus\sde|cerca\sde|unos|unas|circa|ongeveer|bijna)\s)?"
# The words for "ago" before the count and after the unit, also read by whole_time's pre-check.
_BEFORE_WORDS = ("vor", "il y a", "hace", "há", "ha", "faz")
_AFTER_WORDS = (
    "ago",
    "fa",
    "geleden",
    "atrás",
    "atras",
    "yang lalu",
    "lalu",
    "önce",
    "ang nakalipas",
    "nakalipas",
    "पहले",
)
# The words for "ago" after the unit read by _RELATIVE_MORE: Norwegian/Danish "3 timer siden",
# Polish "2 godziny temu", Russian "5 минут назад", Vietnamese "3 giờ trước"; Japanese and
# Korean write theirs straight after the unit or after a space ("3時間前", "3시간 전", "3시간전").
_MORE_AFTER_WORDS = ("siden", "temu", "назад", "trước")
_AFTER_GLUED = ("前", "전")
# A line read by _RELATIVE_MORE ends with one of these (a C-level test before the pattern).
_MORE_ENDINGS = _MORE_AFTER_WORDS + _AFTER_GLUED
_BEFORE = "(?P<pre>" + "|".join(w.replace(" ", r"\s") for w in _BEFORE_WORDS) + ")"
_AFTER = "(?P<post>" + "|".join(w.replace(" ", r"\s") for w in _AFTER_WORDS) + ")"
_PAIR = rf"(?P<n>{_COUNT})\s?(?P<unit>{_UNIT_RE})\.?"
# "3 hours, 12 minutes ago": a larger unit before the counted one.
_LEAD = rf"(?:(?P<n0>\d{{1,4}})\s(?P<unit0>{_UNIT_RE}),?\s(?:and\s|und\s|et\s|y\s|e\s|en\s)?)?"
_RELATIVE = regex.compile(
    rf"{_BEFORE}\s{_ABOUT}{_LEAD}{_PAIR}|{_ABOUT}{_LEAD}{_PAIR}\s{_AFTER}"
    # MSN-like bare ages ("3h", "45m", "2d", "10 mins"), read as ages only where a time was expected
    r"|(?P<n>\d{1,3})\s?(?P<unit>hrs?|h|mins?|m|d|w)",
    regex.IGNORECASE,
)
_ALL_PAIR = rf"(?P<n>{_COUNT})\s?(?P<unit>{_ALL_UNIT_RE})\.?"
_ALL_LEAD = rf"(?:(?P<n0>\d{{1,4}})\s?(?P<unit0>{_ALL_UNIT_RE}),?\s)?"
_RELATIVE_MORE = regex.compile(
    rf"{_ALL_LEAD}{_ALL_PAIR}\s(?P<post>{'|'.join(_MORE_AFTER_WORDS)})|{_ALL_LEAD}{_ALL_PAIR}\s?(?P<post>{'|'.join(_AFTER_GLUED)})",
    regex.IGNORECASE,
)


# The answers of _relative_match by the line's text (see memo.py): an aggregator prints the
# same ages under entry after entry ("3 hours ago", "1 day ago"), and the case-blind pattern
# of every language's words, tried whole, costs some tens of thousands of instructions a line.
_RELATIVE_MEMO: dict[str, regex.Match[str] | None] = {}


def _relative_match(low: str) -> regex.Match[str] | None:
    """The relative time all of ``low`` (lower-cased) is, in any language read here: the
    languages of _RELATIVE_MORE only for lines ending with their words for "ago"."""
    if low in _RELATIVE_MEMO:
        return _RELATIVE_MEMO[low]
    m = _RELATIVE.fullmatch(low)
    if m is None and low.endswith(_MORE_ENDINGS):
        m = _RELATIVE_MORE.fullmatch(low)
    return remember(_RELATIVE_MEMO, low, m) if len(low) <= MEMO_MAX_CHARS else m


def relative_age(text: str) -> bool:
    """Whether all of ``text`` is an age ("3 hours ago", "3h", "vor 3 Stunden"), the way an
    aggregator's header dates its entries, in any language read here."""
    return _relative_match(text.lower()) is not None


# Days named relative to the scrape, with an optional clock: "yesterday at 4:15 PM", "gestern, 14:30".
_DAY_WORDS = {
    "today": 0, "heute": 0, "aujourd'hui": 0, "aujourd’hui": 0, "hoy": 0, "hoje": 0, "oggi": 0, "vandaag": 0,
    "yesterday": 1, "gestern": 1, "hier": 1, "ayer": 1, "ontem": 1, "ieri": 1, "gisteren": 1,
    "vorgestern": 2, "avant-hier": 2, "anteayer": 2, "anteontem": 2, "eergisteren": 2,
    "hari ini": 0, "kemarin": 1, "bugün": 0, "dün": 1, "kahapon": 1,
}  # fmt: skip
# The words for a day named relative to the scrape, for the time lines that print one before a
# date ("Ieri 30-05-20, 12:25", see timeparse._SHORT_YEAR_STAMP).
DAY_WORDS = frozenset(_DAY_WORDS)
_NAMED_DAY = regex.compile(
    "(?P<day>" + "|".join(sorted(_DAY_WORDS, key=len, reverse=True)) + r")"
    r"(?:,?\s(?:at|um|à|a\slas|a\sla|às|as|alle|ore|om)?\s?(?P<h>\d{1,2})(?:[:.]|h(?=\d))(?P<m>\d{2})"
    r"(?:\s?(?P<ap>[ap])\.?m\.?|\s?Uhr|\s?h\b)?)?",
    regex.IGNORECASE,
)
_JUST_NOW = frozenset(
    "just now|gerade eben|soeben|jetzt|à l'instant|à l’instant|maintenant|ahora|ahora mismo|agora|agora mesmo"
    "|adesso|proprio ora|zojuist|net|nu|baru saja|az önce|şimdi".split("|")
)


@lru_cache(maxsize=64)
def _iana(name: str) -> tzinfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def zone_of(name: str, zones: Zones) -> tzinfo | None:
    """The zone an abbreviation or IANA name stands for, or ``None`` when unknown.

    Fixed hours give a fixed offset named by the abbreviation; an IANA name gives the
    zone itself, so the offset follows the date it is applied to.
    """
    value = zones.get(name, zones.get(name.upper()))
    if isinstance(value, str):
        return _iana(value)
    if isinstance(value, (int, float)):
        return timezone(timedelta(hours=value), name.upper())
    return _iana(name) if "/" in name else None


def _localise(naive: datetime, zone: tzinfo, name: str) -> datetime:
    """``naive`` read as wall-clock time in ``zone``, with the offset that held on that day.

    An IANA zone's offset is fixed here, named by the abbreviation the page printed: the
    record says what the page meant (10:00 -04:00), not which rules to apply later.
    """
    aware = naive.replace(tzinfo=zone)
    if isinstance(zone, timezone):
        return aware
    offset = aware.utcoffset()
    return aware if offset is None else naive.replace(tzinfo=timezone(offset, name.upper()))


class Found(NamedTuple):
    """A date found inside a text: where it stands, and what it means."""

    start: int
    end: int
    when: datetime


def resolve(text: str, fetched_at: datetime | None, zones: Zones | None = None) -> tuple[datetime | None, bool]:
    """The instant ``text`` names, and whether it needed ``fetched_at`` to say so.

    Returns ``(None, needs_fetched_at)`` when it cannot be resolved, so the caller can warn
    precisely: a relative time without ``fetched_at`` is not the same failure as nonsense.
    Absolute stamps without a zone are read as UTC: the field must be aware, and guessing
    a local zone would be worse than a documented default.
    """
    t = " ".join(text[: TIME_TEXT_MAX_CHARS * 2].split())
    if len(t) > TIME_TEXT_MAX_CHARS:
        return None, False
    zones = zones or {}
    relative = _relative(t, fetched_at)
    if relative is not None:
        return relative
    m = _DMY.fullmatch(t)
    if m:  # Daily8 writes absolute dates day first
        day, month, year = (int(g) for g in m.groups())
        try:
            return datetime(year, month, day, tzinfo=UTC), False
        except ValueError:
            return None, False
    if t[:1].isdigit():
        n = _NUMERIC.fullmatch(t) or _clock_first_numeric(t)
        if n:
            return _numeric(n, zones), False
    return parse_absolute(t, zones), False


# A clock before a day-first numeric date: "17:00, 03.10.2025", "10:08 21/03/2018".
_CLOCK_THEN_NUMERIC = regex.compile(r"(?P<clock>\d{1,2}:\d{2}),?\s(?P<date>\d{1,2}[./]\d{1,2}[./]\d{4})")


def _clock_first_numeric(t: str) -> regex.Match[str] | None:
    """A stamp printed clock first, then its numeric date, read as the same date printed
    first: the dotted date day first, the slashed one only when a number cannot be a month.

    Why: echomsk.spb.ru prints "17:00, 03.10.2025" under its items and arcane-apps.io's feed
    cards "10:08 21/03/2018" (PHP's date('H:i d/m/Y')); the time lines read them, but the
    general parser took the dotted date month first (3 October became 10 March) and would
    take any slashed one so."""
    m = _CLOCK_THEN_NUMERIC.fullmatch(t)
    return _NUMERIC.fullmatch(f"{m.group('date')} {m.group('clock')}") if m else None


def parse_date(text: str, *, fetched_at: datetime | None = None, zones: Zones | None = None) -> datetime | None:
    """``text`` as an aware datetime, or ``None``: an absolute stamp, or a relative time
    resolved against ``fetched_at``. For callers that do not need to know why it failed."""
    return resolve(text, fetched_at, zones)[0]


# Named days that are also common words of another language read here, taken for a day
# only with a clock: "hier" is French "yesterday" and German "here".
_AMBIGUOUS_DAYS = frozenset({"hier"})


def whole_time(text: str) -> bool:
    """Whether all of ``text`` is a time in one of the languages read here: a relative time with
    its word for "ago" ("vor 3 Stunden", "il y a 2 jours", "3 ore fa"), a named day
    ("gestern", "hier, 14:30") or a stamp with its month in words ("12. Juni 2025, 14:30 Uhr",
    "4 de marzo de 2024", maybe closed by a zone).

    For deciding which lines are times (:mod:`newsclean.timeparse` reads English shapes and
    asks this for the rest). Stricter than :func:`resolve`: no bare ages ("3h"), no one-word
    "now" ("nu", "net"), no general parser, so no sentence or heading is taken for a time.
    """
    t = " ".join(text.split())
    if len(t) > WHOLE_TIME_WIDTH or not t:
        return False
    low = t.lower()
    if low.isascii() and not _may_be_whole_time(low):
        return False
    m = _relative_match(low)
    if m is not None:
        return m.re is _RELATIVE_MORE or m.group("pre") is not None or m.group("post") is not None
    named = _NAMED_DAY.fullmatch(low)
    if named is not None:
        return named.group("h") is not None or named.group("day") not in _AMBIGUOUS_DAYS
    if not t[-1:].isdigit():
        zone = _ZONE_END.search(t)
        if zone is None or zone.group("zone") in ("AM", "PM"):
            return _words_stamp(t) is not None
        printed = zone.group(0).rstrip()
        if printed.startswith("(") != printed.endswith(")"):
            return False  # "16:21 JST)": a page cut inside its zone, no stamp
        t = t[: zone.start()].rstrip()
    return _words_stamp(t) is not None


# What an ASCII line that whole_time takes opens or closes with, when it has no digit: a
# relative time's word for "ago" ("vor einem Tag", "a day ago") or a named day ("gestern").
# Every stamp has the digits of its year, so a line with none of these is no time.
_WHOLE_OPENINGS = tuple(w + " " for w in _BEFORE_WORDS if w.isascii()) + tuple(w for w in _DAY_WORDS if w.isascii())
_WHOLE_ENDINGS = tuple(" " + w for w in _AFTER_WORDS + _MORE_AFTER_WORDS if w.isascii())
_DIGIT = re.compile(r"[0-9]")


def _may_be_whole_time(low: str) -> bool:
    """Whether the lower-cased ASCII line ``low`` (spaces single) may be a whole time: the
    pre-check that spares most lines the case-blind patterns of :func:`whole_time`, the
    costliest in the line classifier. In ASCII text these patterns' letters match only
    themselves, so the test is exact."""
    return low.startswith(_WHOLE_OPENINGS) or low.endswith(_WHOLE_ENDINGS) or _DIGIT.search(low) is not None


def _relative(t: str, fetched_at: datetime | None) -> tuple[datetime | None, bool] | None:
    """A relative time resolved (or ``(None, True)`` without ``fetched_at``); ``None`` when
    ``t`` is no relative time."""
    low = t.lower()
    m = _relative_match(low)
    named = _NAMED_DAY.fullmatch(low) if m is None else None
    if m is None and named is None and low not in _JUST_NOW:
        return None
    if fetched_at is None:
        return None, True
    if m is not None:
        n_text = m.group("n")
        n = int(n_text) if n_text.isdigit() else 1
        unit = _UNITS[m.group("unit")]
        seconds = n * _SECONDS[unit]
        if m.group("n0"):  # "3 hours, 12 minutes ago"
            seconds += int(m.group("n0")) * _SECONDS[_UNITS[m.group("unit0")]]
        return fetched_at - timedelta(seconds=seconds), True
    if named is None:  # "just now" and its kin
        return fetched_at, True
    when = fetched_at - timedelta(days=_DAY_WORDS[named.group("day")])
    if named.group("h") is None:
        return when, True
    # The clock is read in the zone of ``fetched_at``: the page gives none, and the reader
    # it was served to saw that day.
    hour = _hour(int(named.group("h")), named.group("ap"))
    minute = int(named.group("m"))
    if hour is None or minute > LAST_MINUTE:
        return None, True
    return when.replace(hour=hour, minute=minute, second=0, microsecond=0), True


def _hour(hour: int, ap: str | None) -> int | None:
    """A 24-hour clock's hour from a printed hour and its am/pm letter, or ``None``."""
    if ap is None:
        return hour if hour <= LAST_HOUR else None
    if not 1 <= hour <= HALF_DAY_HOURS:
        return None
    return hour % HALF_DAY_HOURS + (HALF_DAY_HOURS if ap in "Pp" else 0)


def _numeric(m: regex.Match[str], zones: Zones) -> datetime | None:
    """An ISO, dotted (day first) or slashed date (year first or last), with its clock and zone when printed.

    A slashed date is read only when one of its numbers cannot be a month ("25/06/2025",
    "06/25/2025"): "06/10/2025" is June in one country and October in another.
    """
    if m.group("iso"):
        year, month, day = (int(x) for x in m.group("iso").split("-"))
    elif m.group("ymd"):  # "2020/9/22": year first, then month and day, never ambiguous
        year, month, day = (int(x) for x in m.group("ymd").split("/"))
    elif m.group("d"):
        day, month, year = int(m.group("d")), int(m.group("mo")), int(m.group("y"))
    else:
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        if a > MONTHS_IN_YEAR >= b:
            day, month = a, b
        elif b > MONTHS_IN_YEAR >= a:
            day, month = b, a
        else:
            return None
    hour = minute = second = 0
    if m.group("clock"):
        parts = [int(float(x)) for x in m.group("clock").replace("h", ":").replace("H", ":").split(":")]
        hour, minute = parts[0], parts[1]
        second = parts[2] if len(parts) > 2 else 0  # noqa: PLR2004 (h:m:s)
        ap = (m.group("ap") or "").lower()
        if ap and not 1 <= hour <= HALF_DAY_HOURS:
            return None
        if ap:
            hour = hour % HALF_DAY_HOURS + (HALF_DAY_HOURS if ap == "p" else 0)
    zone, abbr = m.group("zone"), m.group("abbr")
    try:
        naive = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    if zone and zone.upper() != "Z":
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        return naive.replace(tzinfo=timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))))
    found = zone_of(abbr, zones) if abbr else None
    return _localise(naive, found, abbr) if found is not None else naive.replace(tzinfo=UTC)


def _has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit (``str.isdigit``). A loop, not ``any()`` over a generator,
    which its first hit would close: the GeneratorExit raised inside it costs more than the
    tests (see segment._kind_in)."""
    for c in text:
        if c.isdigit():
            return True
    return False


def parse_absolute(text: str, zones: Zones) -> datetime | None:
    """An absolute stamp ("Jun 9, 2025 16:21 (JST)", "12. Juni 2025, 14:30 Uhr") as an
    aware datetime in the zone it names; UTC when it names none or one no rule file knows."""
    if len(text) > TIME_TEXT_MAX_CHARS or not _has_digit(text):
        return None
    zone: tzinfo = UTC
    name = ""
    m = _ZONE_END.search(text)
    if m is not None and m.group("zone") not in ("AM", "PM"):
        found = zone_of(m.group("zone"), zones)
        if found is not None:
            zone, name = found, m.group("zone")
            text = text[: m.start()]
        elif any(c.isdigit() for c in text[max(0, m.start() - ZONE_CLOCK_REACH) : m.start()]):
            text = text[: m.start()]  # a zone no rule file knows: read as UTC, like a stamp without one
    naive = _words_stamp(text.strip())
    if naive is None:
        naive = _dateutil(text)
    if naive is None:
        return None
    if naive.tzinfo is not None:  # dateutil read a numeric offset the text printed
        return naive
    return _localise(naive, zone, name) if name else naive.replace(tzinfo=zone)


def plain_stamp(text: str, tz: tzinfo) -> datetime | None:
    """``text`` as a stamp with its month in words, in ``tz``; ``None`` to leave it to dateutil.

    Only what dateutil would read the same way is taken from English stamps: a known month
    name, a real date, a 24-hour clock (or 1-12 with am/pm).
    """
    naive = _words_stamp(text)
    return None if naive is None else naive.replace(tzinfo=tz)


def _words_stamp(text: str) -> datetime | None:
    """A stamp with its month in words, in any of the seven languages, as a naive datetime;
    ``None`` when it is not one (or names no real day), to ask the general parser."""
    m = _ABSOLUTE.fullmatch(text)
    if m is None:
        return None
    return _stamp_of(m)


def _stamp_of(m: regex.Match[str]) -> datetime | None:
    name = m.group("mon").lower()
    month = MONTHS.get(name)
    if month is None:
        return None
    hour = minute = second = 0
    if m.group("h") is not None:
        h = _hour(int(m.group("h")), m.group("ap"))
        if h is None:
            return None
        hour, minute, second = h, int(m.group("m")), int(m.group("s") or 0)
    try:
        return datetime(int(m.group("y")), month, int(m.group("d")), hour, minute, second)
    except ValueError:
        return None


# Words dateutil may meet in a stamp it is asked to read; any other word means the text is
# not a stamp of a shape it knows, and its fuzzy mode would fill the month or day it did not
# find from today's date ("12 Junk 2025" read as 12 December).
_STAMP_WORDS = (
    frozenset(MONTHS)
    | frozenset(w.rstrip(".") for w in _WEEKDAYS)
    | frozenset("at on of the am pm a p m t z utc gmt st nd rd th h uhr".split())
)
_WORD = regex.compile(r"\p{L}+")


def _dateutil(text: str) -> datetime | None:
    """The general parser, for English stamps of shapes not written out here ("June 9th
    2025 10am"). It costs about 0.3 ms a call, as much as a whole page, so it comes last,
    and only for texts whose every word belongs in a stamp."""
    if any(w.lower() not in _STAMP_WORDS for w in _WORD.findall(text)):
        return None
    cleaned = regex.sub(r"\bat\b", " ", text).replace("(", " ").replace(")", " ")
    try:
        return dateutil_parser.parse(cleaned, fuzzy=True, dayfirst=False)
    except (ValueError, OverflowError, TypeError):
        return None


# A date inside a longer text: the same shapes, found rather than matched whole.
_END = r"(?![\p{L}\d])"
_SEARCH = regex.compile(
    r"(?<![\p{L}\d])(?:"
    rf"(?P<d>\d{{1,2}})(?:\.|er|º|°|st|nd|rd|th)?\s?(?:de\s)?(?P<mon>\p{{L}}{{3,12}})\.?,?\s(?:de\s|del\s)?(?P<y>(?:19|20)\d{{2}}){_END}"
    rf"|(?P<mon>\p{{L}}{{3,12}})\.?\s(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s(?P<y>(?:19|20)\d{{2}}){_END}"
    r"|(?P<y>(?:19|20)\d{2})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})(?:(?=T\d)|(?![\p{L}\d]))"  # ISO, maybe with its clock
    rf"|(?P<d>\d{{1,2}})\.\s?(?P<mo>\d{{1,2}})\.\s?(?P<y>(?:19|20)\d{{2}}){_END}"
    rf"|(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>(?:19|20)\d{{2}}){_END}"
    r")",
    regex.IGNORECASE,
)


def search_date(text: str, *, us: bool = False, not_after: datetime | None = None) -> Found | None:
    """The first absolute date written inside ``text`` (midnight UTC of that day), or ``None``.

    Slashed dates are read month first when ``us`` (an English-US page), else day first,
    unless one number cannot be a month. A month word not in :data:`MONTHS` is no date, and
    neither is a date after ``not_after`` (a page's own date is not in the future: such a
    date is an event it announces).
    """
    for m in _SEARCH.finditer(text[:DATE_SEARCH_CHARS]):
        if m.group("mon"):
            month = MONTHS.get(m.group("mon").lower())
            if month is None:
                continue
            day = int(m.group("d"))
        elif m.group("a"):
            a, b = int(m.group("a")), int(m.group("b"))
            month, day = (a, b) if (us or b > MONTHS_IN_YEAR) and a <= MONTHS_IN_YEAR else (b, a)
        else:
            month, day = int(m.group("mo")), int(m.group("d"))
        try:
            when = datetime(int(m.group("y")), month, day, tzinfo=UTC)
        except ValueError:
            continue
        if not_after is None or when <= not_after:
            return Found(m.start(), m.end(), when)
    return None
