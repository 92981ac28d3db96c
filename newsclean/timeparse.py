"""Time text: recognising it (also glued to an outlet), and resolving it to an instant.

Aggregators print relative times ("3 days ago") that only mean something against the
moment the page was scraped, glue them to outlet names ("AsiaOne3 days ago") and to a
"time" label ("time5 hours ago"), and write absolute dates as DD-MM-YYYY. Relative times
are a closed grammar, resolved here directly; free-form absolute stamps go to
python-dateutil (dateparser measured 100x slower for the same few formats).
"""

from __future__ import annotations

import re
from datetime import datetime

import regex

from . import dates
from .dates import Zones
from .dates import plain_stamp as _plain_stamp  # noqa: F401  (the stamp reader's tests import it from here)
from .lexicon import MONTH_STEMS
from .needles import contains_any
from .thresholds import (
    FIND_TIME_WIDTH,
    HEADLINE_DATE_MIN_WORDS,
    HEADLINE_LOWER_WORDS,
    OUTLET_MAX_WORDS,
    READ_TIME_REACH,
    SHORT_YEAR_CLOCK_REACH,
    SHORT_YEAR_STAMP_WIDTH,
    STAMPED_TITLE_MAX_CHARS,
    STAMPED_TITLE_MIN_WORDS,
    TIME_LINE_WIDTH,
    WHOLE_TIME_WIDTH,
    ZONE_END_REACH,
)

_UNIT = r"(?:second|sec|minute|min|hour|hr|day|week|month|year)s?"
# Compact units some aggregators print: "3h ago", "45m ago", "2d ago".
_COMPACT = r"\d{1,4}\s?(?:hrs?|h|mins?|mo|m|d|w|y)\sago"
# "about 3 hours ago", "over 1 year ago": the qualifier is part of the time as shown.
_ABOUT = r"(?:(?:about|around|over|almost|nearly|less than|more than)\s)?"
# "Yesterday at 4:15 PM", "today, 10:30": a day named with its clock time.
_DAY_CLOCK = r"(?P<day>yesterday|today)(?:,?\s(?:at\s)?(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:\s?(?P<ap>[ap])\.?m\.?)?)?"
# "3 hours, 12 minutes ago", "1 day 2 hours ago": a larger unit before the counted one.
_LEAD_UNIT = rf"(?:\d{{1,4}}\s{_UNIT},?\s(?:and\s)?)"
# "a few seconds ago": what Moment.js-style widgets print for the first minute.
_AGE = rf"{_ABOUT}(?:{_LEAD_UNIT}?\d{{1,4}}|an?|one|a\sfew)\s{_UNIT}\sago"
# Bare compact ages ("3h", "45m", "2d", "10 mins"), as MSN-like feeds print them: a time
# only as a whole line or behind an outlet and a separator ("Coast Post · 3h").
_BARE = r"(?:\d{1,3}(?:h|m|d|w)|\d{1,3}\s?(?:hrs?|mins?))"
_REL = rf"(?:{_AGE}|{_COMPACT}|{_DAY_CLOCK}|just now)"
_DMY = r"\d{1,2}-\d{1,2}-\d{4}"
# Numeric dates: ISO ("2025-06-10", "2025-06-10T14:30:00Z"), dotted day first
# ("10.06.2025, 14:30 Uhr"), slashed ("06/10/2025") and slashed year first ("2020/9/22
# 13:44:42", as Chinese, Japanese and Taiwanese sites print it), with a clock and its zone. The named
# groups are read by ``resolve``; inside the time patterns only "time" is.
_NUM_STAMP = (
    r"(?:(?:(?P<iso>\d{4}-\d{2}-\d{2})|(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.(?P<y>\d{4})"
    r"|(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})|(?P<ymd>\d{4}/\d{1,2}/\d{1,2}))"
    # the clock as Brazil, Bolivia and France print it, "14h30" ("03/06/2025 14h30" on g1.globo.com,
    # "03/05/2022 a las 22h03" on lostiempos.com); French "à" before it ("06/11/2020 à 13:27"
    # on m.jawharafm.net, "03/06/2025 à 14:30" after "Publié le" on French papers), as the date
    # reader (dates._NUMERIC) takes it
    r"(?:(?:T|,?\s(?:at\s|um\s|à\s|-\s)?)(?P<clock>\d{1,2}(?::|h(?=\d))\d{2}(?::\d{2}(?:\.\d{1,6})?)?)"
    r"(?:(?P<zone>Z|[+-]\d{2}:?\d{2})|\s?(?P<ap>[ap])\.?m\.?|\sUhr)?(?-i:\s(?:\((?P<abbr>[A-Z]{2,5})\)|(?P<abbr>[A-Z]{2,5})))?)?)"
)
# The rest of a month's name in the case its first letters set ("June", "JUNE"), so that a
# month glued to the next word's capital ("... in MayJune 9, 2025") is not read as one name.
_MONTH = rf"(?:{MONTH_STEMS})(?-i:[a-z]{{0,6}}|[A-Z]{{0,6}})\.?"
_WEEKDAY = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,\s)?"  # "Sun, 27 Jul 2025": with its comma only
# "17th", "1st": the ordinal some sites print after the day ("March 17th, 2023", "Dec 7th, 2020").
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# The comma before the year may lack its space ("21 February,2026 10:25 AM IST", a CMS
# habit of several Indian sites and of hand-written stamps); a space alone always works.
_YEAR_SEP = r"(?:,\s?|\s)"
_ABS = rf"(?:{_WEEKDAY}(?:{_MONTH}\s{_DAY}{_YEAR_SEP}\d{{4}}|{_DAY}\s{_MONTH}{_YEAR_SEP}\d{{4}}))"
# A zone after a clock, bare or in parentheses, never half of them ("... 16:21 (JST" is cut off).
# Case-sensitive inside the case-blind time patterns: "10:15 AM Local News" has no zone.
# In parentheses it may be glued to the clock ("12:18pm(NZT)" on ausnznet.com's feed mirror,
# "5:00 PM(JST)" on Japanese sites' rate and opening-hours stamps), where it was read as
# the entry's section.
_ZONE_ABBR = r"(?-i:\s?\([A-Z]{2,5}\)|\s[A-Z]{2,5})"
# A numeric zone after a clock, as RFC 2822 stamps print it ("16:48:19 +0800").
_ZONE_OFFSET = r"(?:\s?[+-]\d{2}:?\d{2})"
# Up to three spaces before the clock: listings pad it ("December 17, 2018  12:18 am").
# The hour alone with its "a.m."/"p.m." is AP style ("Jan 26, 2015, 11 a.m.", the stamp
# under each teaser of U.S. papers' AP feeds): the minutes are optional only with it.
_CLOCK = (
    rf"(?:,?\s{{1,3}}(?:at\s|um\s|[-|]\s)?(?:\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?(?:\s?[ap]\.?m\.?|\sUhr)?|\d{{1,2}}\s?[ap]\.?m\.?)"
    rf"(?:{_ZONE_OFFSET}|{_ZONE_ABBR})?)"
)
# A clock before its date: "19:57 GMT, 8 January 2026", "10:30 AM, June 9, 2025", and before a
# numeric date, day first: "10:08 21/03/2018" (arcane-apps.io's feed cards "Guardian | 10:08
# 21/03/2018"; PHP's date('H:i d/m/Y') in many news and CMS templates of the code corpus).
_CLOCK_THEN_NUMERIC = r"\d{1,2}:\d{2},?\s\d{1,2}(?:/\d{1,2}/|\.\d{1,2}\.)\d{4}"
_CLOCK_FIRST = rf"(?:\d{{1,2}}:\d{{2}}(?:\s?[ap]\.?m\.?)?{_ZONE_ABBR}?,?\s{_ABS}|{_CLOCK_THEN_NUMERIC})"
TIME_TEXT = rf"(?:{_REL}|{_DMY}|{_WEEKDAY}{_NUM_STAMP}|{_ABS}{_CLOCK}?|{_CLOCK_FIRST}|{_BARE})"
# A stamp line: a label ("Updated", "Published on", "Veröffentlicht am") and an absolute
# date with maybe a clock time ("Updated March 4, 2024 10:00 AM"). The label is no outlet.
# Two labels may share one stamp: "Posted/updated on: January 12, 2019 at 4:25 pm" (ktbb.com).
_STAMP_WORD = (
    r"(?:(?:last\s)?updated|(?:first\s|originally\s)?published|posted|modified|created|aktualisiert|veröffentlicht|erstellt|stand"
    # "Publish date : 2024-03-18" (feed readers' trailers), "Date published: ..."
    r"|publish(?:ed)?\sdate|publication\sdate|date\spublished"
    r"|publié|publicado|actualizado)"
)
_STAMP_LABEL = rf"{_STAMP_WORD}(?:\s?/\s?{_STAMP_WORD})?(?:\s(?:on|am|le|el))?\s?:?\s"
_STAMP_LINE = regex.compile(rf"(?:{_STAMP_LABEL})?(?P<time>{_ABS}{_CLOCK}?)", regex.IGNORECASE)
_LABEL_WORDS = frozenset(
    "updated published posted modified created aktualisiert veröffentlicht erstellt stand publié publicado "
    "actualizado".split()
) | {"publish date", "published date", "publication date", "date published"}
# A labelled time of any kind: "Published: 3 hours ago", "Updated 2 days ago".
_LABELLED_TIME = regex.compile(rf"{_STAMP_LABEL}(?P<time>{TIME_TEXT})", regex.IGNORECASE)
# What may follow an outlet glued to it: not "today"/"just now" after a space, which end headlines.
# Bare ages and numeric dates other than Daily8's only behind a separator ("Coast Post · 3h",
# "Coast Post | 10.06.2025"): after a plain space they end headings ("Preise ab 01.01.2024").
# A year-first slashed date is not read glued to an outlet: a page of such lines has the
# layout's own header-line reading (see ``layout.metaline``), and read as an outlet's time
# line outside it, only the lines with an outlet opened entries (hancinema.net's listing,
# where the others' teasers were then merged into the entry above them).
_GLUED_NUM_STAMP = _NUM_STAMP.replace(r"|(?P<ymd>\d{4}/\d{1,2}/\d{1,2})", "")
# An ISO date glued to the outlet's last letter with no space at all ("Coast Post2025-06-09"):
# the aggregator's glue of two spans, as Daily8 glues its day-first dates ("Coast Post20-05-2025").
# Sites print the ISO form as a story's date (Yonhap's "2022-11-21", a Drupal aggregator's
# "Wed, 2016-03-30 12:29" in the wide corpus); a heading never runs into a date unspaced.
# Day-first dates with dots or slashes, as European and Asian aggregators print them, glue the
# same way ("Coast Post01.06.2025", "Coast Post01/06/2025"): the aggregator's glue, whatever
# its locale's date format (daily8_variants' stamps probe: the outlet and date stayed in the body).
_GLUED_NUMERIC = r"(?<=[^\W\d_])(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}/\d{1,2}/\d{4})"
# "just now" ends headlines after a space ("Why rents are rising just now"), but glued to the
# outlet's last letter with none ("Coast Postjust now") it is the aggregator's two spans run
# together, as its other ages are ("Coast Post2 hours ago"; aggregators print "just now" for
# the freshest entries: Daily8-style cards and the dev set's swapped ages).
_GLUED_JUST_NOW = r"(?<=[^\W\d_])just\snow"
_GLUED_TIME = (
    rf"(?:{_AGE}|{_COMPACT}|yesterday|{_DMY}|{_GLUED_NUMERIC}|{_GLUED_JUST_NOW}|{_ABS}{_CLOCK}?"
    rf"|(?<=[·•|–—-]\s)(?:{_BARE}|{_GLUED_NUM_STAMP}|{_CLOCK_THEN_NUMERIC}))"
)

# A line that is only a time, maybe behind Daily8's "time" label.
_TIME_LINE = regex.compile(rf"(?i:time)?\s?(?P<time>{TIME_TEXT})", regex.IGNORECASE)

# A numeric date whose year has two digits, with its clock: "09.16.25 10:44AM EDT" (month first,
# the stamp under each card of thedailybeast.com's Cheat Sheet, behind "Published"), "30-05-20,
# 12:25" (day first, under each item of giornali.it's wire lists, behind "Ieri"/"Oggi"). Without
# its clock such a date is no time ("1.2.25" is a version, "3-1-22" a score), so the clock is
# required; the same separator both times. Behind a stamp's label or a day named relative to the
# scrape, which stay in the time text as printed. Read only as a whole line (``time_line``); the
# day and month are not told apart, so no datetime is resolved from it.
_SHORT_YEAR_LEAD = (
    r"(?:" + "|".join(sorted((w for w in dates.DAY_WORDS if " " not in w), key=len, reverse=True)) + r"),?\s"
)
_SHORT_YEAR_STAMP = regex.compile(
    rf"(?:{_STAMP_LABEL})?(?P<time>(?:{_SHORT_YEAR_LEAD})?\d{{1,2}}(?P<sep>[./-])\d{{1,2}}(?P=sep)\d{{2}}"
    rf",?\s(?:at\s|um\s|alle\s|ore\s)?\d{{1,2}}:\d{{2}}(?:\s?[ap]\.?m\.?)?{_ZONE_ABBR}?)",
    regex.IGNORECASE,
)
# An outlet glued to a time: the outlet is short and carries no sentence punctuation. The
# time is found first, read backwards from the line's end (``(?r)``): one attempt at the end
# instead of one at every place the outlet could stop (a tenth of the cost on other lines).
_GLUED_END = regex.compile(rf"(?r)(?:{_GLUED_TIME})$", regex.IGNORECASE)
# A domain may stand for the outlet, with a comma after it as after a name ("example.com, May
# 16, 2024"; issue 18) and up to three labels after the name ("coastpost.co.uk", "news.coastpost.org").
_GLUED_OUTLET = regex.compile(
    r"[^\s.!?:;•·\-–—*][^.!?:;\n]{0,58}?(?:\.[a-z][a-z0-9-]{1,29}){0,3},?(?:\s[·•|–—-])?\s?", regex.IGNORECASE
)
# A date without its year on a line of its own, maybe behind an outlet and a separator
# ("Aug 06" over each teaser and "Japan Times -- Nov 30" under the title on newsonjapan.com;
# "15 Jan" on africaninsider.com's cards). Only a whole line: inside a headline ("Vote set
# for June 9") the same words are no stamp.
_MONTH_DAY = rf"(?:{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s{_MONTH})"
_MONTH_DAY_LINE = regex.compile(
    rf"(?:(?P<outlet>[^\W\d_][\w&'’.]{{0,20}}(?:\s[\w&'’.]{{1,20}}){{0,3}})\s(?:--|[|·•–—-])\s)?(?P<time>{_MONTH_DAY})",
    regex.IGNORECASE,
)
# A date without its year standing as a whole piece of a header line: at the line's start,
# after a stamp label or a separator, and before the line's end, a separator or "by" ("Published
# Aug 06", "Aug 06 · 4 min read", "Posted on Aug 06 by Jane Roe", "By Jane Roe | Aug 06").
# Inside a line such a date is read only so: "in Aug 06" of a sentence is no stamp.
_PIECE_MONTH_DAY = regex.compile(
    r"(?:^|(?<=\s[|·•–—-]\s)|(?<=(?:published|updated|posted|on)\s))"
    rf"(?P<time>{_MONTH_DAY})(?=$|\s[|·•–—-]\s|\sby\s)",
    regex.IGNORECASE,
)


def month_day_piece(text: str) -> tuple[int, int] | None:
    """(start, end) of a date without its year that is a whole piece of a short header line
    (see ``_PIECE_MONTH_DAY``), else ``None``.

    Why: listings print "Aug 06" under each title (newsonjapan.com in the wide corpus), read
    alone on its line; other templates put the same date beside a label, a writer or a
    counter ("Published Aug 06", "By Jane Roe | Aug 06"), where no time was found and the
    line became the entry's section or outlet (daily8_variants' metalines probe)."""
    if len(text) > FIND_TIME_WIDTH or text.endswith(".") or _DIGIT.search(text) is None:
        return None
    m = _PIECE_MONTH_DAY.search(text)
    return (m.start("time"), m.end("time")) if m is not None else None


# Every time text ends a time line with one of these words or with a year: a cheap test
# before the full patterns.
_TIME_ENDINGS = ("ago", "yesterday", "just now", "today")
# The other endings: a bare compact age, a clock's zone or suffix ("3h", "14:30Z", "Uhr").
_COMPACT_END = regex.compile(r"\d\s?(?:h|m|d|w|hrs?|mins?)$")
_CLOCK_ENDINGS = ("am", "pm", ".m", "m.", "hr", "Uhr", "GMT", "UTC", "Z")
_COMPACT_LETTERS = "hmdwrsin "  # the letters of "h", "m", "d", "w", "hrs", "mins", and spaces
_READ_ENDINGS = ("read", "Read", "READ")
# A clock closed by its zone's abbreviation ("4:15 PM EDT", "16:21 IST").
_ZONE_END = regex.compile(rf"\d(?:\s?[ap]\.?m\.?)?{_ZONE_ABBR}$", regex.IGNORECASE)
# "4 days ago • 3 min read": the reading time a feed prints after the time. The separator
# may be lost with its markup: "Jun 16, 2022 3 min read" (a Medium-style card's date and
# reading time in two spans, joined by a space).
_READ_TIME = regex.compile(r"(?:\s?[·•|–—-]\s?|\s)\d{1,3}\s?min(?:ute)?s?\.?\sread", regex.IGNORECASE)
_REL_PARTS = regex.compile(
    rf"{_ABOUT}(?:(?P<n0>\d{{1,4}})\s(?P<unit0>{_UNIT}),?\s(?:and\s)?)?(?P<n>an?|one|a\sfew|\d{{1,4}})\s(?P<unit>{_UNIT})\sago"
    r"|(?P<n>\d{1,4})\s?(?P<short>hrs?|h|mins?|mo|m|d|w|y)\sago|(?P<n>\d{1,3})\s?(?P<short>hrs?|h|mins?|m|d|w)",
    regex.IGNORECASE,
)
_SHORT_UNITS = {"h": "hour", "hr": "hour", "hrs": "hour", "m": "minute", "min": "minute", "mins": "minute",
                "mo": "month", "d": "day", "w": "week", "y": "year"}  # fmt: skip


def name_start(text: str) -> bool:
    """Whether ``text`` opens as a name does: a capital, a digit, or a letter of a script
    without case ("अमर उजाला", "朝日新聞"), where no letter is lower case."""
    first = text[:1]
    return first.isupper() or first.isdigit() or (first.isalpha() and not first.islower())


# Words a name leaves in lower case ("Times of India", "Voice of the People").
_NAME_MINOR = frozenset("a an the of to in on at for by and de da del la le du des van von und".split())


def headline_before_stamp(text: str) -> bool:
    """Whether what stands before a time on its line is a headline, not an outlet's name.

    Why: feeds print the item's title and its stamp on one line ("Harbour council approves
    ferry plan - Mon, 18 Mar 2024 04:00:00 EDT", RSS readers and podcast feeds), and the
    title was read as an outlet glued to the time, so the entry lost its title. A name sets
    its words in capitals but for minor ones ("Times of India"); a headline in sentence case
    has lower-case words ("approves", "ferry"), and one longer than any outlet's name
    (``OUTLET_MAX_WORDS``) is no name in any case.
    """
    words = text.split()
    if len(words) > OUTLET_MAX_WORDS:
        return True
    lower = [w for w in words if w[:1].islower() and w.lower() not in _NAME_MINOR and "." not in w]
    return len(lower) >= HEADLINE_LOWER_WORDS


# What sets a feed item's stamp off from its title on one line ("Title - Mon, 18 Mar 2024").
_STAMP_SEPARATORS = (" - ", " – ", " — ", " | ", " · ", " • ")
_SEPARATOR_MARKS = tuple(sep.strip() for sep in _STAMP_SEPARATORS)
# A headline may close with its own date after a comma: "24 hours in pictures, 7 August 2025"
# (The Citizen's daily gallery on Daily8, whose headerless pages then lost their title to an
# outlet "24 hours in pictures"), "Your Daily Horoscope for Tuesday, June 8" (smh.com.au). A
# name before a comma and a date ("Coast Post, May 16, 2024") has no lower-case words.
_HEADLINE_DATE_MARKS = (*_SEPARATOR_MARKS, ",")
# The last word of a headline that runs on into its date ("♈ Aries Daily Horoscope for June
# 30, 2025", UAE Moments' related cards on Daily8; "Your horoscope for June 9" on horoscope
# pages): a name before a time never ends with a word that takes a date. Three words or more:
# a date archive's heading ("Archive for June 9th, 2025") is read as such elsewhere. Not "on",
# "at", "by": "By Jane Roe on June 9, 2025" and "Posted at" lines are read elsewhere as a
# byline's or a stamp's.
_DATE_TAKING_WORDS = frozenset("for of to until since from before after till".split())


def trailing_stamp(text: str) -> tuple[int, int] | None:
    """Where the separator before a stamp closing a headline's line starts, and where the
    stamp starts: "Harbour council approves ferry plan - Mon, 18 Mar 2024 04:00:00 EDT".

    Why: feeds and RSS readers print the item's title and its stamp on one line; read as an
    outlet glued to its time, the title became the outlet and the entry had none. Only a
    whole time after the last separator (no outlet of its own), and only a headline of
    ``STAMPED_TITLE_MIN_WORDS`` or more before it (:func:`headline_before_stamp`): "Coast
    Post - 3 hours ago" is an outlet's line.
    """
    if len(text) > STAMPED_TITLE_MAX_CHARS or not contains_any(text, _STAMP_SEPARATORS):
        return None
    sep = max(_STAMP_SEPARATORS, key=text.rfind)
    k = text.rfind(sep)
    head, tail = text[:k], text[k + len(sep) :]
    read = time_line(tail)
    if read is None or read[0] is not None or len(head.split()) < STAMPED_TITLE_MIN_WORDS:
        return None
    return (k, k + len(sep)) if headline_before_stamp(head) else None


def reading_time(text: str) -> int:
    """Where a reading time closing a time line starts ("4 days ago • 3 min read"), or ``len(text)``."""
    if text[-4:].lower() != "read":
        return len(text)
    rt = _READ_TIME.search(text, max(0, len(text) - READ_TIME_REACH))
    return rt.start() if rt is not None and rt.end() == len(text) else len(text)


def time_line(text: str) -> tuple[str | None, str] | None:
    """(outlet or None, time text) when the whole line is a time, bare or glued to an outlet.

    The time may be followed by a reading time (see :func:`reading_time`), never by more.
    """
    if len(text) > TIME_LINE_WIDTH:
        return None
    if text[:2] == "/ ":
        return _after_empty_author_slot(text)
    if text.endswith(_READ_ENDINGS):
        text = text[: reading_time(text)]
    if not (
        text[-4:].isdigit()
        or text[-9:].lower().endswith(_TIME_ENDINGS)
        # "3h", "10 mins": a digit once the unit's letters are stripped (a C-level test)
        or (text.rstrip(_COMPACT_LETTERS)[-1:].isdigit() and _COMPACT_END.search(text, max(0, len(text) - 7)))
        # a stamp with a clock time: "... 10:00 AM", "... 10:00 (CET)", "... 10.00 Uhr", "...T14:30Z"
        or text[-1:].isdigit()
        or text[-2:].lower() in _CLOCK_ENDINGS
        or text.endswith(_CLOCK_ENDINGS)
        # "... 4:15 PM EDT", "... 16:21 (JST)"; not "... (Reuters)"
        or (
            (text[-1:].isupper() or text[-1:] == ")")
            and _ZONE_END.search(text, max(0, len(text) - ZONE_END_REACH)) is not None
        )
    ):
        return _time_first(text) or _other_language(text) or _stamp_then_byline(text)
    m = _TIME_LINE.fullmatch(text)
    if m:
        return None, m.group("time")
    m = _STAMP_LINE.fullmatch(text) or _LABELLED_TIME.fullmatch(text)
    if m:
        return None, m.group("time")
    m = _short_year_stamp(text)
    if m:
        return None, m.group("time")
    if "|" in text:
        pair = stamp_pair(text)
        if pair is not None:
            return None, pair
    m = _MONTH_DAY_LINE.fullmatch(text)
    if m:  # "Aug 06", "Japan Times -- Nov 30": a date without its year, as listings print it
        return m.group("outlet"), m.group("time")
    m = _GLUED_END.search(text)
    if m and m.start() > 0 and _GLUED_OUTLET.fullmatch(text, 0, m.start()):
        return _outlet_and_time(text, m)
    return _time_first(text) or _other_language(text)  # "3h • Harbour 24"


# The clock after an author-and-date line's second slash: "/ 8 de septiembre de 2020 / 10:49".
_SLOT_CLOCK = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d")


def _after_empty_author_slot(text: str) -> tuple[str | None, str] | None:
    """The stamp of a line that opens with the slash an empty author slot left: the theme
    prints "Author / date" (or "Author / date / clock") and the author's name rendered empty.

    Why: newsinfo.inquirer.net prints "/ 04:33 AM December 09, 2019" under its headlines and
    la-razon.com "/ 8 de septiembre de 2020 / 10:49" under its columns' titles; the slash
    hid the stamp, which stayed as the body's first line and the story had no published
    time. The time is what follows the slash; a clock after a second slash belongs to it.
    """
    rest = text[2:]
    if rest[:1] in ("/", " ", ""):
        return None
    k = rest.rfind(" / ")
    if k > 0 and _SLOT_CLOCK.fullmatch(rest, k + 3) is not None:
        read = time_line(rest[:k])
        return (None, rest) if read is not None and read[0] is None and read[1] == rest[:k] else None
    read = time_line(rest)
    return read if read is not None and read[0] is None else None


def _short_year_stamp(text: str) -> regex.Match[str] | None:
    """The whole line as a two-digit-year date with its clock (see ``_SHORT_YEAR_STAMP``).

    Why: "Published 09.16.25 10:44AM EDT" (thedailybeast.com) and "Ieri 30-05-20, 12:25"
    (giornali.it) were read as a title and a category: the numeric stamps read here all have a
    four-digit year. Asked only of a short line with a clock's colon near its end, a cheap test
    most lines fail (time_line asks it only of lines that end as a time can).
    """
    if len(text) > SHORT_YEAR_STAMP_WIDTH or ":" not in text[-SHORT_YEAR_CLOCK_REACH:]:
        return None
    return _SHORT_YEAR_STAMP.fullmatch(text)


def _outlet_and_time(text: str, m: regex.Match[str]) -> tuple[str | None, str] | None:
    """(outlet or None, time) for a line whose time ``m`` ends it after a name: the name is
    the outlet unless it is a stamp's label, the date's weekday, or a headline's words."""
    outlet = text[: m.start()].strip(" ·•|,-–—")  # "Valley Gazette · 3 hours ago"
    if outlet.lower() == "time":
        return None, m.group(0)
    if stamp_label(outlet):
        return None, m.group(0)  # "Updated 3 hours ago": a label, not an outlet
    labelled = _labelled_weekday(outlet)
    if labelled is not None:  # "Published Fri May 10, 2013": the weekday is the date's
        return None, text[text.rfind(labelled, 0, m.start()) :].strip()
    weekday = _weekday_end(outlet)
    if weekday is not None:  # "Senin, 03 Jun 2025 14:30 WIB": the date's weekday, no outlet
        at = text.rfind(weekday, 0, m.start())
        return (text[:at].strip(" ·•|,-–—") or None), text[at:].strip()
    if text[: m.start()].rstrip().endswith(_HEADLINE_DATE_MARKS) and headline_before_stamp(outlet):
        return None  # "Title - Mon, 18 Mar 2024 04:00:00 EDT": a headline with its stamp
    if (
        outlet[-1:].islower()
        and len(words := outlet.split()) >= HEADLINE_DATE_MIN_WORDS
        and words[-1] in _DATE_TAKING_WORDS
    ):
        return None  # "Daily Horoscope for June 30, 2025": a headline's words run into the date
    return outlet, m.group(0)


# A labelled stamp with its writer after it: "Posted on June 9, 2025 by Jane Roe". The
# Underscores starter theme (_s) prints its "Posted on %s" then "by %s", and so do the many
# WordPress themes built on it (code corpus: _s, yoga, _xe, prakmed); peoples-balita.com's
# day pages print "Posted on: August 28th, 2025 by ..." under each title. Read only when the
# writer is a name in capitals: the "by" part is the line's outlet slot, which the header
# reader takes as a byline ("By Jane Roe · June 9, 2025" is read the same way).
_STAMP_THEN_BY = regex.compile(
    rf"(?:posted|published|updated)(?:\son)?\s?:?\s(?P<time>{_ABS}{_CLOCK}?)"
    r"\s(?P<by>by\s(?-i:[A-Z])[\w'’.-]{0,30}(?:\s(?-i:[A-Z])[\w'’.-]{0,30}){0,3})",
    regex.IGNORECASE,
)
_STAMP_THEN_BY_OPENINGS = ("Posted", "Published", "Updated", "POSTED", "PUBLISHED", "UPDATED")


def _stamp_then_byline(text: str) -> tuple[str, str] | None:
    """("by <writer>", time) for a stamp line closed by its writer (see ``_STAMP_THEN_BY``).

    Why: the stamp reader wants the time at the line's end, so the line stayed the story's
    first paragraph, or a listing entry's standfirst, with its date and writer unread."""
    if not text.startswith(_STAMP_THEN_BY_OPENINGS):
        return None
    m = _STAMP_THEN_BY.fullmatch(text)
    return (m.group("by"), m.group("time")) if m is not None else None


def stamp_pair(text: str) -> str | None:
    """The first stamp of a line that is two labelled stamps set off by a bar, "Published: Jun.
    15, 2022 at 6:33 PM CDT|Updated: 43 minutes ago", else ``None``.

    Why: news sites print the story's first and last stamps on one line (Gray Television's
    stations: wowt.com, kwtx.com; the emptied "Published: | Updated:" of another CMS is a line
    rule). Each half alone is a stamp line, but the pair was read as neither: in a reprint's body
    it stayed as a paragraph, and "Published June 15, 2022 | Updated 43 minutes ago" over the
    story split it off as a second entry with the story in it. Both halves must be labelled
    stamps (:data:`_LABELLED_TIME`), so a headline with its stamp ("Council votes | June 9,
    2025") is never one.
    """
    head, _, tail = text.partition("|")
    first = _LABELLED_TIME.fullmatch(head.strip())
    if first is None or _LABELLED_TIME.fullmatch(tail.strip()) is None:
        return None
    return first.group("time")


def _weekday_end(outlet: str) -> str | None:
    """The weekday a name before a date ends with ("Senin", "Coast Post - Kamis"), in the
    languages :mod:`newsclean.dates` reads, or ``None``.

    Why: Indonesian portals open their stamps with the weekday ("Senin, 03 Jun 2025 14:30
    WIB" on detik.com and cnnindonesia.com, "Selasa, 3 Juni 2025 | 14:30 WIB" on kompas.com),
    and the line reader, which knows English weekdays only inside the date pattern, gave
    "Senin" to the story as its outlet. The weekday belongs to the time.
    """
    last = _LAST_PIECE.split(outlet)[-1].strip()
    return last if last.lower().rstrip(".,") in dates.WEEKDAY_WORDS and " " not in last else None


_LAST_PIECE = re.compile(r"\s[·•|–—-]\s")


def _labelled_weekday(head: str) -> str | None:
    """The weekday closing a stamp's label before its date ("Published Fri", "Posted Tue",
    "Originally published on Fri"), or ``None``.

    Why: stamps print the weekday before the date with no comma after it ("Originally
    published on Fri May 10, 2013 10:56 am" on NPR member stations' pages, "Posted Tue Jun 3,
    2025" in blog templates), and the date pattern, which takes a weekday only with its comma,
    left "Published Fri" standing as the story's outlet, so the stamp opened an entry of its
    own. Only after a stamp's label: a name ending in a weekday ("The Mail on Sunday", "The
    Sun") stays the outlet."""
    label, _, last = head.rpartition(" ")
    if not label or last.lower().rstrip(".") not in dates.WEEKDAY_WORDS or not stamp_label(label):
        return None
    return last


def _other_language(text: str) -> tuple[str | None, str] | None:
    """A whole line that is a time in another of the languages :mod:`newsclean.dates` reads
    ("vor 3 Stunden", "12. Juni 2025, 14:30 Uhr"), maybe behind its outlet
    (:func:`_outlet_other_language`) or its label (:func:`_labelled_other_language`): the
    patterns above know English only."""
    if not text[:1].isalnum():
        return None
    if len(text) <= WHOLE_TIME_WIDTH and dates.whole_time(text):
        return None, text
    # a stamp ends with its year or clock, an "Uhr", a "14h" or a zone: a C-level test first
    if text[:1] in _OTHER_LABEL_FIRST and (text[-1:].isdigit() or text[-1:].isupper() or text.endswith(("h", "Uhr"))):
        labelled = _labelled_other_language(text)
        if labelled is not None:
            return labelled
    return _outlet_other_language(text)


# A stamp's label in the other languages read here, with the word that joins it to the date
# ("Publié le", "Publicado el", "Atualizado em", "Aktualisiert am", "Pubblicato il", "Mis à
# jour le", "Diperbarui") and maybe a weekday before the date ("Aktualisiert am Donnerstag, ").
_OTHER_LABEL = regex.compile(
    r"(?i)(?:publié|publiée|mis\sà\sjour|modifié|publicado|publicada|actualizado|actualizada|atualizado|atualizada"
    r"|veröffentlicht|aktualisiert|pubblicato|aggiornato|gepubliceerd|bijgewerkt|diterbitkan|diperbarui|dipublikasikan)"
    r"(?:\s(?:le|el|em|en|am|il|op|pada|al))?\s?:?\s(?:[^\W\d_]{2,13},\s)?"
)
_OTHER_LABEL_FIRST = frozenset("PpMmAaVvGgBbDd")
# A day-first numeric date with its clock as these pages print it: "03/05/2022 a las 22h03",
# "03/06/2025 à 14:30", "07.05.2020, 15:56", "03/06/2025 14h30".
_LOCAL_NUMERIC = regex.compile(
    r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})"
    r"(?:,?\s(?:(?:à|às|a\slas|alle|um|om|pukul|-)\s)?\d{1,2}[:h.]\d{2}(?:\s?Uhr|\s?h)?)?"
)


def _labelled_other_language(text: str) -> tuple[None, str] | None:
    """A stamp line in another language behind its label, the time without the label: "Publié
    le 3 juin 2025 à 14h30", "Publicado el 03/05/2022 a las 22h03", "Atualizado em 4 de maio
    de 2022, 05:35", "Aktualisiert am Donnerstag, 07.05.2020, 15:56".

    Why: the English stamp reading knows "Published"/"Updated" before an English date only,
    and such lines under a headline were read as neither time nor label: the story's first
    paragraph, or a title of their own (lostiempos.com, clarin.com, brasil247.com, focus.de
    and 5min.at print them so, in html-dev; the French papers' "Publié le ... à ..." is
    the same shape). The label is the stamp's (``stamp_label`` knows it), never an outlet.
    """
    m = _OTHER_LABEL.match(text)
    if m is None or m.end() >= len(text):
        return None
    rest = text[m.end() :]
    if (len(rest) <= WHOLE_TIME_WIDTH and dates.whole_time(rest)) or _LOCAL_NUMERIC.fullmatch(rest):
        return None, rest
    return None


# Where an outlet ends and a time in another language starts: a separator ("Coast Post · vor
# 3 Stunden", "Kompas.com - 2 jam lalu") or a count glued to the name ("Kompas.com2 jam lalu").
_OTHER_SPLIT = regex.compile(r"\s[·•|–—-]\s|(?<=[\p{L}.])(?=\d)")
# re, not regex: no regex-only syntax, and re holds the GIL (regex drops and retakes it per call);
# its \d is Python's own digits (what int() reads), regex's those of a newer Unicode
_DIGIT = re.compile(r"\d")


def _outlet_other_language(text: str) -> tuple[str | None, str] | None:
    """An outlet and a time in another language on one line, as aggregators print them in
    every language they serve: Indonesian portals' "Kompas.com - 2 jam lalu" and "detikNews2
    jam yang lalu", German "Spiegel · vor 3 Stunden", like "AsiaOne3 days ago" in English.

    Only lines with a digit (every relative count and every date has one) are split, at most
    at each separator of a line no wider than ``TIME_LINE_WIDTH``.
    """
    if _DIGIT.search(text) is None:
        return None
    for m in _OTHER_SPLIT.finditer(text):
        time = text[m.end() :].strip()
        if m.start() == 0 or len(time) > WHOLE_TIME_WIDTH or not dates.whole_time(time):
            continue
        if _GLUED_OUTLET.fullmatch(text, 0, m.end()) is None:
            return None
        outlet = text[: m.start()].strip(" ·•|,-–—")
        return (outlet, time) if outlet and not stamp_label(outlet) else (None, time)
    return None


# An age before the outlet, behind a separator: "3 hours ago · Coast Post", "5h | By Jane Roe".
# Only ages: a date before a dash opens event and archive lines ("02.11.2022 - Placebo - Flex").
_TIME_FIRST = regex.compile(
    rf"(?P<time>{_AGE}|{_COMPACT}|{_BARE}|yesterday)\s[·•|–—-]\s"
    r"(?P<outlet>[^\s.!?:;•·|\-–—*][^.!?:;•·|\-–—\n]{0,58}(?:\.[a-z]{2,4})?)",
    regex.IGNORECASE,
)
_TIME_FIRST_SEPARATORS = (" · ", " • ", " | ", " - ", " – ", " — ")
# Words an age that does not open with a digit opens with.
_TIME_FIRST_WORDS = frozenset("about around over almost nearly less more an a one yesterday".split())
_TIME_FIRST_OPENINGS = frozenset(w[:2] for w in _TIME_FIRST_WORDS) | {"a "}


def _time_first(text: str) -> tuple[str | None, str] | None:
    if not (
        text[:1].isdigit()
        or (text[:2].lower() in _TIME_FIRST_OPENINGS and text.split(" ", 1)[0].lower() in _TIME_FIRST_WORDS)
    ):
        return None
    if not contains_any(text, _TIME_FIRST_SEPARATORS):
        return None
    m = _TIME_FIRST.fullmatch(text)
    if m is None or len(m.group("outlet").split()) > OUTLET_MAX_WORDS or not name_start(m.group("outlet")):
        return None  # an outlet is a name: "Coast Post", "By Jane Roe", never "read more"
    return m.group("outlet").strip(), m.group("time")


# The largest count aggregators print before switching to the next unit ("59 minutes ago",
# "23 hours ago", then "1 day ago"; past a month they print a date or "2 months ago").
_MAX_COUNT = {"second": 59, "minute": 59, "hour": 23, "day": 31}
# Days run past a month on feeds and item lists that never switch to months ("39 days ago",
# "120 days ago": issue 18 names the first as one age). Glued straight to a name's last letter
# ("Coast Post39 days ago") the count is read whole up to a year; after a space ("Harbour 243
# days ago") the first digits are as likely a name's own ("Harbour 24", "France 24").
_GLUED_MAX_DAYS = 366


def implausible_age(text: str, *, glued: bool = False) -> bool:
    """Whether a relative time counts past its unit's range ("245 hours ago", "90m ago").

    Such a count is an outlet's trailing digits glued to the real time ("Harbour 24" and
    "5 hours ago"). Weeks, months and years have no such bound on the pages seen.
    """
    m = _REL_PARTS.fullmatch(" ".join(text.split()))
    if m is None or not m.group("n").isdigit():
        return False
    short = m.group("short")
    unit = _SHORT_UNITS[short.lower()] if short else m.group("unit").lower().rstrip("s")
    unit = {"sec": "second", "min": "minute", "hr": "hour"}.get(unit, unit)
    limit = _GLUED_MAX_DAYS if glued and unit == "day" else _MAX_COUNT.get(unit)
    return limit is not None and int(m.group("n")) > limit


def stamp_label(prefix: str) -> bool:
    """Whether what stands before a time on its line labels it ("Published:", "Updated on",
    "Publié le", "Aktualisiert am Donnerstag,")."""
    if prefix[:1] in _OTHER_LABEL_FIRST and _OTHER_LABEL.fullmatch(prefix.rstrip() + " "):
        return True
    word = prefix.strip(" :|-–—").lower().removesuffix(" on").removesuffix(" am").removesuffix(" le")
    words = word.removesuffix(" el").split("/", 1)  # "Posted/updated on:"
    # a list, not a generator, which all() would close at its first miss (GeneratorExit: see segment._kind_in)
    return all(
        [
            w.strip().removeprefix("last ").removeprefix("first ").removeprefix("originally ") in _LABEL_WORDS
            for w in words
        ]
    )


def resolve(text: str, fetched_at: datetime | None, zones: Zones | None = None) -> tuple[datetime | None, bool]:
    """The instant ``text`` names, and whether it needed ``fetched_at`` to say so.

    Resolution lives in :mod:`newsclean.dates` (shared with the HTML path); this module
    only decides which lines are times.
    """
    return dates.resolve(text, fetched_at, zones)


def parse_absolute(text: str, zones: Zones) -> datetime | None:
    """An absolute stamp ("Jun 9, 2025 16:21 (JST)") as an aware datetime: see :func:`newsclean.dates.parse_absolute`."""
    return dates.parse_absolute(text, zones)


# re, not regex: no regex-only syntax, and re holds the GIL (regex drops and retakes it per call)
_LEADING_STAMP = re.compile(
    rf"(?P<label>[A-Z][a-z]{{1,20}}\sfrom\s[A-Z][a-z]{{1,20}}\s)?(?P<stamp>{_ABS}(?:,?\s\d{{1,2}}:\d{{2}}(?:\s?[AaPp]\.?[Mm]\.?)?)?"
    r"(?:\s\(?[A-Z]{2,5}\)?)?)\s(?=[A-Z])"
)


def leading_stamp(text: str, pos: int) -> tuple[int, int] | None:
    """(end of a "News from X" label, end of the stamp) for an absolute stamp opening ``text``."""
    m = _LEADING_STAMP.match(text, pos)
    if m is None or ":" not in m.group("stamp"):
        return None
    return (m.end("label") if m.group("label") else pos), m.end("stamp")


# A time inside a short line among other header words ("(0)Comments | December 17, 2018
# 12:18 am", "News 2023-09-22T08:51:51Z", "By The Canadian Press on March 17th, 2023"), or
# glued to them where case changes ("CanadaJun 25, 2024", "India News17 hours agoCentre"), or
# to an outlet set in capitals ("POLITICO6 July 2025", "AFP3 hours ago"). A day's name with a
# possessive is no time: "Today's briefing", "Yesterday's headlines" head digests and widgets
# (netscape.compuserve.com's "Today's Top World News Story" in the wide corpus, winenfood.com's
# "Today's Top Stories: ..."), where "Today" became the entry's time and "'s briefing" its section.
_TIME_INSIDE = regex.compile(
    rf"(?:(?<![\w])|(?-i:(?<=[a-z])(?=[A-Z0-9]))|(?-i:(?<=[A-Z]{{2}})(?=[0-9])))(?P<time>{TIME_TEXT})"
    r"(?-i:(?![a-z0-9]|['’]s\b))"
    # a compact age glued between a source and a section: "... on MSN7dOpinion" (MSN's news search)
    r"|(?-i:(?<=[A-Za-z])(?P<time>\d{1,2}(?:h|d|w|mo|y))(?=[A-Z]|$))",
    regex.IGNORECASE,
)


def find_time(text: str, width: int = FIND_TIME_WIDTH) -> tuple[int, int] | None:
    """(start, end) of the first time text in a short line (at most ``width`` characters),
    or ``None``.

    Bare compact ages ("3h") count only alone: inside a line they are too often a score
    or a size ("Le Mans 24h").
    """
    if len(text) > width:
        return None
    if _DIGIT.search(text) is None and _WORD_TIME.search(text) is None:
        return None  # no digit and none of the words a time in words needs
    m = _TIME_INSIDE.search(text)
    while m is not None:
        found = m.group("time")
        glued = m.start("time") > 0 and text[m.start("time") - 1].isalpha()
        if glued or not (_BARE_ONLY.fullmatch(found) and found != text.strip()):
            return m.start("time"), m.end("time")
        m = _TIME_INSIDE.search(text, m.end())
    return None


# As case-blind as the search that found it: "$9M" inside a headline is no bare "9m".
_BARE_ONLY = regex.compile(_BARE, regex.IGNORECASE)
_WORD_TIME = regex.compile(r"(?i)ago|yesterday|today|just now")


_AGGREGATOR_TIME = regex.compile(rf"(?:{_AGE}|{_COMPACT}|{_DMY})", regex.IGNORECASE)


def aggregator_time(text: str) -> bool:
    """An age ("3 days ago") or a DD-MM-YYYY date: what aggregators glue to an outlet's
    name ("AsiaOne3 days ago"). A month name glued to a word ("CanadaJun 25, 2024") is a
    section printed before a site's own date, another layout."""
    return _AGGREGATOR_TIME.fullmatch(text) is not None
