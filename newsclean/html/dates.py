"""Publication dates printed as text near the headline or in date-labelled elements.

Many pages state their date only in visible text ("19. November 2021", "January 22, 2014",
"19.11.2021"), in many languages. Day-first numeric dates are read day first except on
English-US pages. The dates themselves are read by :func:`newsclean.dates.search_date`, the
text path's module: one table of month names and forms for both paths. What is here is
where a page puts its date.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime, timedelta
from typing import Any

import regex
from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..dates import search_date
from ..lexicon import NEW_YEAR_JANUARY
from ..thresholds import (
    DATE_AHEAD_OF_READ_HOURS,
    DATE_LABEL_BLOCK_MAX_CHARS,
    DATE_LABEL_REACH,
    DATE_LINE_MAX_CHARS,
    DATE_NODE_MAX_CHARS,
    DATE_NODES_READ,
    DATE_SECTION_MAX_WORDS,
    LONGEST_STAMP_CHARS,
)
from .blocks import DATE_WORDS

# When the page being read was fetched (``fetched_at``), for the whole of one HTML reading:
# the date readers sit deep under the markup walk, and a page's output must not depend on
# the day it is processed, so they read it from here instead of the wall clock.
_READ_AT: ContextVar[datetime | None] = ContextVar("newsclean_html_read_at", default=None)


@contextmanager
def read_at(fetched_at: datetime | None) -> Iterator[None]:
    """Dates in the page are judged against ``fetched_at`` (the wall clock when ``None``)
    while the block runs: a date later than the page was read is an event, not its date."""
    token = _READ_AT.set(fetched_at)
    try:
        yield
    finally:
        _READ_AT.reset(token)


def _latest_own_date() -> datetime:
    """The latest date a page read now may carry as its own (see ``DATE_AHEAD_OF_READ_HOURS``)."""
    when = _READ_AT.get() or datetime.now(UTC)
    return when + timedelta(hours=DATE_AHEAD_OF_READ_HOURS)


_DATE_SELECTOR = ", ".join(f'[class*="{w}"], [id*="{w}"]' for w in DATE_WORDS)


def find_date(text: str, *, us: bool = False) -> datetime | None:
    """The first date written in ``text``, as midnight UTC of that day."""
    found = first_date(text, us=us)
    return found[1] if found else None


def first_date(text: str, *, us: bool = False) -> tuple[int, datetime] | None:
    """Where the first date in ``text`` starts, and that date (midnight UTC). A date after
    today is no page's own date (an event it announces) and is passed over."""
    found = search_date(text, us=us, not_after=_latest_own_date())
    return (found.start, found.when) if found is not None else None


# What may stand around a date on a line that is only the page's date: a label, a weekday,
# a clock time.
_AROUND_DATE = regex.compile(
    r"(?i)\b(?:\d{1,2}[:.]\d{2}(?:\s?(?:uhr|h|[ap]\.?m\.?))?|uhr|am|um|at|on|de|del|le|el|the|of|stand|aktualisiert"
    r"|veröffentlicht|publicado|actualizado|publié|updated|published|posted|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado"
    r"|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
)


def date_only(text: str) -> bool:
    """Whether a short line is only a date, maybe with a label, weekday and time ("4 de marzo de 2024")."""
    if len(text) > DATE_LINE_MAX_CHARS:
        return False
    m = search_date(text)
    if m is None:
        return False
    rest = _AROUND_DATE.sub(" ", text[: m.start] + " " + text[m.end :])
    return regex.search(r"\w", rest) is None


def date_led(text: str) -> bool:
    """Whether a short line is a date and a few words after it: the date and section a page
    prints over its headline ("02.02.2022 A-Frauen"). Asked only above the story's text."""
    if len(text) > DATE_LINE_MAX_CHARS or (text.endswith((".", "!", "?")) and not text[-2:-1].isdigit()):
        return False
    m = search_date(text)
    if m is None or regex.search(r"\w", _AROUND_DATE.sub(" ", text[: m.start])) is not None:
        return False
    rest = _AROUND_DATE.sub(" ", text[m.end :])  # a clock time or "um" is the date's own
    return sum(any(c.isalnum() for c in w) for w in rest.split()) <= DATE_SECTION_MAX_WORDS


def dom_date(tree: LexborHTMLParser, nodes: list[LexborNode], *, us: bool = False) -> datetime | None:
    """A date in an element whose class or id says it holds one (``.date``, ``.meta-date``).

    ``nodes`` are such elements in the parts of the page the walk read, in document order;
    only when none holds a date is the whole tree queried (headers the walk skipped as
    furniture do carry the story's date on some sites), since that query costs as much as
    the walk itself.
    """
    return _first_in(nodes, us) or _first_in(tree.css(_DATE_SELECTOR)[:DATE_NODES_READ], us)


def _first_in(nodes: list[LexborNode], us: bool) -> datetime | None:
    for node in nodes:
        text = node.text(separator=" ")
        if not text or len(text) > DATE_NODE_MAX_CHARS:
            continue
        dt = find_date(text, us=us)
        if dt is not None:
            return dt
    return None


# A page stating its own date in words: "Veröffentlicht am 5. November 2023", "Published: 30
# January 2017", "Stand: 04.02.2022", "Last updated 04 Jun 2020". The label must open the
# block or follow a separator or a name glued to it, and the date must follow within a few
# characters (room for a weekday), so a date merely mentioned in a sentence is not taken.
_DATE_LABEL = regex.compile(
    r"(?i)(?:^|[\s|•·/(])(?:erschienen|veröffentlicht|publiziert|published|posted|publié|publicado|"
    r"pubblicato|gepubliceerd|datum|date|stand|aktualisiert|zuletzt geändert|geändert|last updated|updated|erstellt)"
    r"(?:\s(?:am|on|le|el|il|op|vom))?\s?[:/]?\s*"
)


def labelled_date(texts: list[str], *, us: bool = False) -> datetime | None:
    """The first date a short block labels as the page's own, the date maybe in the next block."""
    for i, text in enumerate(texts):
        if len(text) > DATE_LABEL_BLOCK_MAX_CHARS:
            continue
        for m in _DATE_LABEL.finditer(text):
            rest = text[m.end() :]
            if not rest.strip() and i + 1 < len(texts) and len(texts[i + 1]) < DATE_LINE_MAX_CHARS:
                rest = texts[i + 1]  # "Erschienen am:" / "13.10.2021" in two elements
            found = first_date(rest[: DATE_LABEL_REACH + LONGEST_STAMP_CHARS], us=us)
            if found is not None and found[0] <= DATE_LABEL_REACH:
                return found[1]
    return None


# htmldate parses the page again (lxml) and searches it widely; worth it only on the pages
# where the fast sources are unsure, and never on huge inputs.
_SECOND_OPINION_MAX = 2_000_000


def second_opinion(html: str, url: str | None, *, extensive: bool = True) -> tuple[datetime, str] | None:
    """htmldate's reading of the page's date (its ``original_date=False`` mode), or ``None``.

    The modified-date mode matched the dates readers see (and labellers wrote) more often
    than the original-date mode on real pages: pages print "updated" dates prominently.
    ``extensive`` adds htmldate's search of the whole text (with dateparser as its last
    resort), several times slower: worth it only where no other source found a date.

    htmldate is given a parsed tree, never the string: it downloads any string that starts
    with "http" and holds no space, and a scraped page may well start so. The ``url`` it is
    given is only read for a date in its path (htmldate fetches nothing when it has a tree).
    """
    if len(html) > _SECOND_OPINION_MAX:
        return None
    try:
        from htmldate import find_date as htmldate_find

        tree = _tree(html)
        if tree is None:
            return None
        found = htmldate_find(tree, url=url, extensive_search=extensive, original_date=False, outputformat="%Y-%m-%d")
        if not found or (found.endswith("-01-01") and not _new_year(html, found[:4])):
            return None
        return datetime.strptime(found, "%Y-%m-%d").replace(tzinfo=UTC), found
    except Exception:  # a third-party parser on arbitrary markup: its failure only costs the opinion
        return None


def _tree(html: str) -> Any:
    """The page parsed as htmldate parses a string it is given (its own lxml parser and
    repairs), but without its first step: downloading the string when it looks like a URL."""
    from htmldate.utils import HTML_PARSER, is_dubious_html, repair_faulty_html
    from lxml.html import fromstring

    beginning = html[:50].lower()
    html = repair_faulty_html(html, beginning)
    try:
        tree = fromstring(html, parser=HTML_PARSER)
    except ValueError:  # a string declaring its encoding: lxml wants bytes then
        tree = None
    if tree is None or len(tree) < 1:
        tree = fromstring(html.encode("utf-8"), parser=HTML_PARSER)
    if tree is not None and is_dubious_html(beginning) and len(tree) < 2:  # noqa: PLR2004 (htmldate's own test)
        return None  # htmldate's own check: not HTML at all
    return tree


def _new_year(html: str, year: str) -> bool:
    """Whether the page writes 1 January of ``year`` as a date.

    htmldate reads a bare year ("TYPO3 is copyright 1998-2022") as 1 January of it; a page
    published on New Year's Day says so in full.
    """
    if any(
        form in html for form in (f"{year}-01-01", f"01.01.{year}", f"1.1.{year}", f"{year}/01/01", f"01/01/{year}")
    ):
        return True
    return any(m.group("y") == year for m in _NEW_YEAR.finditer(html))


_NEW_YEAR = regex.compile(
    rf"(?i)\b(?:1\.?\s(?:{'|'.join(NEW_YEAR_JANUARY)})\w{{0,4}}\s|jan(?:uary)?\.?\s1(?:st)?,?\s)"
    r"(?P<y>\d{4})\b"
)
