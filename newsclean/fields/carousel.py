"""A carousel of other videos printed where a video page's story should be.

A page whose story is a video often carries no text of its own; what the scraper keeps is
the player's playlist: one line a video, each a one-sentence blurb closed by the video's
credit, "A crane lifts the stranded whale back into the sea. Video / Jane Roe" (the New
Zealand Herald's "Video / X", reprinted by Daily8 on its video pages, and its own "Latest
Video" lists), "Two swans nest on the canal. Video: Jane Roe" (the Irish Times's video pages
on Daily8; issue 19's shape). Those
lines are other stories' blurbs, never this story's body: issue 19 asks that such a
carousel never be a body. A video credit alone, or two, closing lines of a story is a
caption of the story's own video and is left to the caption readers.
"""

from __future__ import annotations

import regex

from ..draft import Draft
from ..para import Ledger, Para
from ..thresholds import (
    CAROUSEL_CREDIT_MAX_WORDS,
    CAROUSEL_EDGE_LINES,
    CAROUSEL_ITEM_MAX_WORDS,
    CAROUSEL_MAX_GAP,
    CAROUSEL_MIN_ITEMS,
    DURATION_ROW_MAX_LINES,
    DURATION_ROW_MAX_WORDS,
)

_TAGS = ("Video / ", "Video: ", "VIDEO / ", "VIDEO: ", "Video \\ ")  # the backslash is a typo the Herald prints
_CREDIT_JOINS = frozenset({"and", "&", "/", "via", "-"})


def may_hold_video_tag(text: str) -> bool:
    """Whether ``text`` may hold one of the video credit's tags (``_TAGS``): a capital "V"
    first, then the word.

    Why: every paragraph of every story is asked for a video credit, and a capital "V" is
    rare in news text: one search for a character (``find_char``) rejects most paragraphs,
    where the word's two spellings were two substring searches each (``compare.py
    --instructions``: the carousel pass cost some 17K instructions a page). Exact: every tag
    opens with "V".
    """
    return "V" in text and ("ideo" in text or "IDEO" in text)


def video_credit_at(text: str) -> int | None:
    """Where a video credit closing ``text`` starts ("... canal. Video / Jane Roe, AFP"), or
    ``None``. The credit is a few capitalised words (names, "Supplied", an outlet), joined
    by commas, slashes or "and"; a blurb must stand before it."""
    if not may_hold_video_tag(text):
        return None
    best = -1
    for tag in _TAGS:
        best = max(best, text.rfind(tag))
    if best <= 0 or text[best - 1] != " ":
        return None
    if not text[:best].strip():  # a credit with no blurb before it
        return None
    credit = text[best:].partition(" ")[2].lstrip("/\\: ").strip()
    words = credit.replace(",", " ").replace("/", " / ").split()
    if not words or len(words) > CAROUSEL_CREDIT_MAX_WORDS:
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() or w in _CREDIT_JOINS for w in words):
        return None
    return best


def _short(p: Para) -> bool:
    return len(p.clean.split()) <= CAROUSEL_ITEM_MAX_WORDS


def strip_video_carousel(draft: Draft, ledger: Ledger) -> None:
    """Cut a run of at least ``CAROUSEL_MIN_ITEMS`` short lines closed by video credits (with at
    most ``CAROUSEL_MAX_GAP`` short uncredited lines between two of them): a playlist. When the
    run leaves no more than ``CAROUSEL_EDGE_LINES`` short lines before and after it, those are
    the playlist's uncredited items and the body is the playlist alone: all of it goes.

    A story's own paragraphs are longer than a blurb or far from the next credit, so they end a
    run; a story's own video captions come one or two, not three in a row.
    """
    live = draft.live()
    if len(live) < CAROUSEL_MIN_ITEMS:
        return
    credited = [i for i, p in enumerate(live) if video_credit_at(p.text) is not None and _short(p)]
    if len(credited) < CAROUSEL_MIN_ITEMS:
        return
    runs: list[list[int]] = [[credited[0]]]
    for i in credited[1:]:
        last = runs[-1][-1]
        gap = live[last + 1 : i]
        if len(gap) <= CAROUSEL_MAX_GAP and all(_short(p) for p in gap):
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if len(run) < CAROUSEL_MIN_ITEMS:
            continue
        first, last = run[0], run[-1]
        before, after = live[:first], live[last + 1 :]
        whole = (
            len(before) <= CAROUSEL_EDGE_LINES
            and len(after) <= CAROUSEL_EDGE_LINES
            and all(_short(p) for p in before + after)
        )
        lo, hi = (0, len(live) - 1) if whole else (first, last)
        for p in live[lo : hi + 1]:
            p.cut_all("heuristic.video-carousel", ledger)


# A playlist row's closing line on CNN's video pages: the video's length and its source.
_DURATION_SOURCE = regex.compile(
    r"\d{1,2}:\d{2}(?::\d{2})? - Source: [A-Z][\w&'’.-]{0,30}(?: [A-Z][\w&'’.-]{0,30}){0,3}"
)


def _duration_source(p: Para) -> bool:
    text = p.text.strip()
    return " - Source: " in text and _DURATION_SOURCE.fullmatch(text) is not None  # cheap test first


def _row_line(p: Para) -> bool:
    return len(p.clean.split()) <= DURATION_ROW_MAX_WORDS


def strip_duration_playlist(draft: Draft, ledger: Ledger) -> None:
    """A video page printed as its player's playlist: the page's own video first, its title
    and blurb closed by "01:10 - Source: CNN", then the other videos' rows of the same shape
    (cnn.com's video pages and Daily8's reprints of them). The rows after the page's own
    blurb are other stories, never this story's body; the closing lines are the player's.

    Only a run of at least ``CAROUSEL_MIN_ITEMS`` closing lines with at most
    ``DURATION_ROW_MAX_LINES`` lines of at most ``DURATION_ROW_MAX_WORDS`` words (a title and a blurb) between two of them; the run's
    first closing line goes, the lines before it (the page's own video's blurb) stay. A last
    row cut off by the end of the text (two such lines at most after the last closing line)
    goes with the run.
    """
    live = draft.live()
    if len(live) < CAROUSEL_MIN_ITEMS:
        return
    marks = [i for i, p in enumerate(live) if _duration_source(p)]
    if len(marks) < CAROUSEL_MIN_ITEMS:
        return
    run = [marks[0]]
    for i in marks[1:]:
        gap = live[run[-1] + 1 : i]
        if len(gap) > DURATION_ROW_MAX_LINES or not all(_row_line(p) for p in gap):
            break
        run.append(i)
    if len(run) < CAROUSEL_MIN_ITEMS:
        return
    tail = live[run[-1] + 1 :]
    end = len(live) if len(tail) <= DURATION_ROW_MAX_LINES and all(_row_line(p) for p in tail) else run[-1] + 1
    for p in live[run[0] : end]:
        p.cut_all("heuristic.duration-playlist", ledger)
