"""The page's date: the day its date sources agree on, each weighted by its record."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ..thresholds import SAME_INSTANT_SECONDS

# Which source's own stamp stands for the winning day, most precise first.
DATE_ORDER = ("ld", "meta", "time", "label", "near", "dom", "url", "modified", "htmldate")
# How often each source named the right day on real pages (html-dev): weights for the vote.
DATE_WEIGHTS = {
    "url": 3.0, "ld": 2.0, "meta": 2.0, "label": 2.0, "time": 1.5, "dom": 1.2, "near": 1.2, "modified": 0.5,
    "htmldate": 1.0,
}  # fmt: skip


def in_local_time(dates: dict[str, tuple[datetime, str]]) -> dict[str, tuple[datetime, str]]:
    """UTC stamps restated in the page's own zone where another source gives the same instant.

    Markup often states one moment twice: in UTC (JSON-LD, meta tags) and in local time (the
    visible ``<time>``). Near midnight the two fall on different days; the day the page
    shows its readers is the local one, and the vote must not count them as two days.
    """
    local = [dt for dt, _ in dates.values() if dt.utcoffset() not in (None, timedelta(0))]
    if not local:
        return dates
    out = dict(dates)
    for source, (dt, text) in dates.items():
        if dt.utcoffset() == timedelta(0):
            twin = next((lt for lt in local if abs((lt - dt).total_seconds()) <= SAME_INSTANT_SECONDS), None)
            if twin is not None:
                out[source] = (dt.astimezone(twin.tzinfo), text)
    return out


def _tally(dates: dict[str, tuple[datetime, str]]) -> dict[date, float]:
    """Each day's weight: the sum of the weights of the sources that name it."""
    votes: dict[date, float] = {}
    for source, (dt, _) in dates.items():
        votes[dt.date()] = votes.get(dt.date(), 0.0) + DATE_WEIGHTS.get(source, 1.0)
    return votes


def support(dates: dict[str, tuple[datetime, str]]) -> float:
    return max(_tally(dates).values(), default=0.0)


def vote(dates: dict[str, tuple[datetime, str]]) -> tuple[datetime, str] | None:
    """The day the date sources agree on, each weighted by how reliable it is.

    Markup, visible dates and URLs disagree on many pages (a JSON-LD date from a template,
    a sidebar's date, a modification time); agreement is the best evidence there is.
    """
    votes = _tally(dates)
    if not votes:
        return None
    best_day = max(votes, key=lambda d: votes[d])
    for source in DATE_ORDER:
        if source in dates and dates[source][0].date() == best_day:
            return dates[source]
    return None
