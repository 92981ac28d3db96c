"""Publication dates printed as text near the headline or in date-labelled elements.

Many pages state their date only in visible text ("19. November 2021", "January 22, 2014",
"19.11.2021"), in many languages. Day-first numeric dates are read day first except on
English-US pages.
"""

from __future__ import annotations

from datetime import UTC, datetime

import regex
from selectolax.lexbor import LexborHTMLParser

_MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        "january jan januar jän janvier enero gennaio januari janeiro stycznia",
        "february feb februar février fevrier febrero febbraio februari fevereiro lutego",
        "march mar märz maerz mars marzo maart março marca",
        "april apr avril abril aprile kwietnia",
        "may mai mayo maggio mei maio maja",
        "june jun juni juin junio giugno junho czerwca",
        "july jul juli juillet julio luglio julho lipca",
        "august aug août aout agosto augustus sierpnia",
        "september sep sept septembre septiembre settembre setembro września",
        "october oct oktober octobre octubre ottobre oktober outubro października",
        "november nov novembre noviembre novembro listopada",
        "december dec dezember décembre decembre diciembre dicembre dezembro grudnia",
    ],
    start=1,
):
    for _n in _names.split():
        _MONTHS[_n] = _i
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_PATTERNS = [
    ("ymd", regex.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")),
    ("dmy", regex.compile(r"\b(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>(?:19|20)\d{2})\b")),
    (
        "dMy",
        regex.compile(
            rf"(?i)\b(?P<d>\d{{1,2}})(?:\.|er|st|nd|rd|th)?\s(?:de\s)?(?P<mon>{_MONTH_RE})\.?,?\s(?:de\s)?(?P<y>(?:19|20)\d{{2}})\b"
        ),
    ),
    (
        "Mdy",
        regex.compile(rf"(?i)\b(?P<mon>{_MONTH_RE})\.?\s(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s(?P<y>(?:19|20)\d{{2}})\b"),
    ),
    ("slash", regex.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})\b")),
]
_DATE_SELECTOR = ", ".join(
    f'[class*="{w}"], [id*="{w}"]' for w in ("date", "Date", "time", "Time", "datum", "Datum", "posted", "published",
                                              "meta", "byline", "zeit", "fecha")
)  # fmt: skip


def find_date(text: str, *, us: bool = False) -> datetime | None:
    """The first date written in ``text``, as midnight UTC of that day."""
    best: tuple[int, datetime] | None = None
    for kind, pattern in _PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        y = int(m["y"])
        if kind == "slash":
            a, b = int(m["a"]), int(m["b"])
            mo, d = (a, b) if us or b > 12 else (b, a)
        elif kind in ("dMy", "Mdy"):
            mo, d = _MONTHS[m["mon"].lower().rstrip(".")], int(m["d"])
        else:
            mo, d = int(m["m"]), int(m["d"])
        try:
            dt = datetime(y, mo, d, tzinfo=UTC)
        except ValueError:
            continue
        if dt > datetime.now(UTC):
            continue
        if best is None or m.start() < best[0]:
            best = (m.start(), dt)
    return best[1] if best else None


def dom_date(tree: LexborHTMLParser, *, us: bool = False) -> datetime | None:
    """A date in an element whose class or id says it holds one (``.date``, ``.meta-date``)."""
    for node in tree.css(_DATE_SELECTOR)[:200]:
        text = node.text(separator=" ")
        if not text or len(text) > 300:
            continue
        dt = find_date(text, us=us)
        if dt is not None:
            return dt
    return None
