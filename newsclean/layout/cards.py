"""One-line cards: section, title, date and teaser run together on one line.

Tag pages built from cards lose the cards' boxes when scraped to text, and each card
becomes one line: "EEconomy Read More <title>January 26, 2026 <teaser>…" (europesays.com,
where a letter avatar doubles the section's initial), "Countries <title> Rabat – <teaser>...
Read more 18 Jan" (africaninsider.com). The pieces are told apart by what they are: a
section the page's cards all open with, a link label, a date glued to the title's end, a
dateline opening the teaser.
"""

from __future__ import annotations

from collections import Counter

import regex

from ..draft import Draft
from ..lexicon import FUNCTION_WORDS
from ..para import Ledger, Para
from ..thresholds import (
    CARD_TIME_REACH,
    FIND_TIME_WIDTH,
    HEAD_MAX_WORDS,
    HEAD_MIN_WORDS,
    LONGEST_STAMP_CHARS,
    MIN_KICKER_CARDS,
    OUTLET_SUFFIX_MAX_WORDS,
    OUTLET_SUFFIX_REACH,
)
from ..timeparse import find_time
from .shapes import word_count

# "EEconomy Read More ", "MMental health Read More ": a section and the card's link label.
_KICKER_LINK = regex.compile(
    r"(?P<kicker>[A-Z][\w&'’-]{1,25}(?:\s[\w&'’-]{1,25}){0,2})\s(?P<link>Read More|Read more|READ MORE)\s(?=\S)"
)
# A teaser opening with its dateline after the title: "... CAF win Johannesburg – Pule Mmodi",
# or with the place in capitals as wire copy prints it ("... CAF win CAPE TOWN – Pule Mmodi",
# "... AFCON goodbye ST. LOUIS – ..."; capitals datelines open most AFP and AP teasers).
_PLACE_DASH = regex.compile(
    r"\s(?P<place>[A-Z][a-zà-ÿ'’-]{2,20}|[A-Z][A-Z'’.-]{1,20}(?:\s[A-Z][A-Z'’.-]{1,20}){0,2})\s[–—]\s(?=[A-Z\"“‘])"
)


def page_kickers(first_lines: list[str]) -> frozenset[str]:
    """The first word most of a page's one-line cards open with ("Countries")."""
    counts = Counter(t.split(None, 1)[0] for t in first_lines if t.split())
    return frozenset(w for w, c in counts.items() if c >= MIN_KICKER_CARDS and w[:1].isupper())


def _avatar(word: str) -> str:
    """ "EEconomy" -> "Economy", "EEU" -> "EU": a letter avatar printed before the section's name.

    Only a kicker before the card's link label is read so; there a doubled capital is the
    avatar's letter and the section's initial, as europesays.com prints every card.
    """
    if len(word) >= 3 and word[0] == word[1] and word[0].isupper() and (word[2].islower() or word[1:].isupper()):  # noqa: PLR2004 (word[2])
        return word[1:]
    return word


def card(draft: Draft, ledger: Ledger, kickers: frozenset[str]) -> None:
    """Split a title-less one-line entry into section, title, date and teaser (and take the
    section word off a card cut short enough to have been read as a bare headline)."""
    if draft.title is not None and not draft.live():
        _cut_titled_card(draft, kickers)
        return
    if draft.title is not None or len(draft.live()) != 1:
        return
    p = draft.live()[0]
    text = p.text
    m = _KICKER_LINK.match(text)
    kicker_end = 0
    if m is not None:
        kicker = _avatar(m.group("kicker"))
        avatar = m.end("kicker") - m.start("kicker") - len(kicker)  # the letter printed before it
        p.cut_many(
            [(m.start("kicker"), m.start("kicker") + avatar, "layout.card-avatar"),
             (m.start("link"), m.end("link") + 1, "layout.card-link")],
            ledger,
        )  # fmt: skip
        p.cut(0, m.end("kicker") - avatar, None, None)
        draft.category = draft.category or kicker
        text = p.text
    else:
        first = text.split(None, 1)[0] if text.split() else ""
        if first in kickers:
            kicker_end = len(first)
    span = _card_date(text) if len(text) > kicker_end else None
    start = len(text) - len(text[kicker_end:].lstrip())
    if (
        span is not None
        and span[0] > start
        and not time_in_sentence(text, span)
        and not date_in_sentence(text, span)
        and not _link_date(text, span[0])
    ):
        title = text[start : span[0]].strip(" –—-|")
        if HEAD_MIN_WORDS <= word_count(title) <= HEAD_MAX_WORDS and word_count(text[span[1] :]) >= HEAD_MIN_WORDS:
            when = text[span[0] : span[1]]
            p.cut(span[0], span[1], None, None)
            draft.title = p.cut(start, start + len(text[start : span[0]]), None, None).strip()
            draft.published_text = draft.published_text or when
            if not text[span[0] - 1].isspace():
                _glued_outlet(draft)
            _kicker(draft, p, kicker_end)
            return
    end = _title_before_place(text, start) if kicker_end else None  # only on cards the page marks as such
    if end is not None:
        title = text[start:end].strip()
        if HEAD_MIN_WORDS <= word_count(title) <= HEAD_MAX_WORDS and not title.endswith("."):
            draft.title = p.cut(start, end, None, None).strip()
            _kicker(draft, p, kicker_end)


def _title_before_place(text: str, start: int) -> int | None:
    """Where a card's title ends before its teaser's dateline ("... CAF win CAPE TOWN – ...").

    A run of capitals before the dash may take the title's last word with it ("... to CAF and
    FIFA RABAT – "): no headline ends on a function word, so when the title would end on one
    the run's first word goes back to the title."""
    d = _PLACE_DASH.search(text, start)
    if d is None:
        return None
    end = d.start()
    place = d.group("place")
    head = text[start:end].rsplit(None, 1)
    if " " in place and len(head) == 2 and head[1].lower() in FUNCTION_WORDS:  # noqa: PLR2004 (two parts)
        end = d.start("place") + place.index(" ")
    return end


def _card_date(text: str) -> tuple[int, int] | None:
    """Where a card's date sits: the first time in its first ``FIND_TIME_WIDTH`` characters,
    or, after a title longer than that, a time glued to the title's last character."""
    span = find_time(text[:FIND_TIME_WIDTH])
    if span is not None or len(text) <= FIND_TIME_WIDTH:
        return span
    span = find_time(text[:CARD_TIME_REACH], CARD_TIME_REACH)
    if span is None or span[0] < FIND_TIME_WIDTH - LONGEST_STAMP_CHARS or text[span[0] - 1].isspace():
        return None
    return span


# The link labels a card prints its date after ("... Read more 26 Jan").
_LINK_LABELS = ("read more", "read full story", "continue reading")
# How far back from a date its link label is looked for: the longest label, a space and a mark.
_LINK_LABEL_REACH = max(len(label) for label in _LINK_LABELS) + 3


def _link_date(text: str, at: int) -> bool:
    """Whether the time found at ``at`` follows the card's link ("... Read more January 15,
    2026 at 4:48 pm"): it closes the card and is read there (``decor.teaser_trailer``), never
    the date between a title and its teaser.

    Why: a short card's closing stamp falls inside the window the card's date is looked for
    in, cut at the window's edge; the whole card before it was taken for the title."""
    return text[max(0, at - _LINK_LABEL_REACH) : at].rstrip(" »›").lower().endswith(_LINK_LABELS)


def time_in_sentence(text: str, span: tuple[int, int]) -> bool:
    """Whether a time in words ("today", "yesterday") is a word of the teaser's sentence
    rather than a card's date between its title and its teaser.

    Why: a card's date sits between a headline and a teaser that opens a sentence; a teaser
    that says "... will kick off at the Senate today after he was impeached" (kenyainsights.com)
    or "Minister Sunday Dare yesterday said ..." (thenationonlineng.net) goes on in lower case
    after it, and cutting there made a title of the sentence's first half. A date with digits
    ("9 June 2025") stays a card's date wherever it sits.
    """
    when = text[span[0] : span[1]]
    if any(c.isdigit() for c in when):
        return False
    after = text[span[1] :].lstrip()
    return after[:1].islower()


def date_in_sentence(text: str, span: tuple[int, int]) -> bool:
    """Whether a date (with digits) is read inside the teaser's sentence rather than between a
    card's title and its teaser: the words before it end on a function word ("... the
    industrial action that began on December 1, 2025 after ...", "... before, during and after
    the Jan. 6, 2021, attack on the U.S. Capitol"), or the sentence goes on after it behind a
    comma or in lower case.

    Why: on listings of title-less teasers (eastleighvoice.co.ke's headlines,
    niemanstoryboard.org's category pages) such a line was cut at its date into a "title" (the
    sentence's first half), a time and a body, and the page's commonest first word ("The")
    became the entry's section. A card's title ends on a content word and its teaser opens a
    sentence ("... – POLITICO6 July 2025 Bjerregaard ...", "... ferry plan 9 June 2025 The
    council ...")."""
    before = text[: span[0]].rstrip(" ,")
    last = before.rsplit(None, 1)[-1] if before else ""
    if last.lower() in FUNCTION_WORDS:
        return True
    after = text[span[1] : span[1] + 2]
    return after[:1] == "," or after.lstrip()[:1].islower()


def _cut_titled_card(draft: Draft, kickers: frozenset[str]) -> None:
    """A card cut off inside its title is short enough to be read as a bare headline; it
    still opens with the section word the page's cards share ("Countries Bono the wall!
    Morocco's goalkeeper st"), which is its category, not its title's first word."""
    title = draft.title or ""
    first, _, rest = title.partition(" ")
    if first in kickers and draft.category is None and word_count(rest) >= HEAD_MIN_WORDS:
        draft.category, draft.title = first, rest.strip()


# "<title> – POLITICO" before a glued date: the name the date is glued to, set off by a dash.
_OUTLET_SUFFIX = regex.compile(r"\s[–—|-]\s(?P<outlet>[\p{L}\p{N}][\p{L}\p{N}&.'’ -]{1,40})$")


def _glued_outlet(draft: Draft) -> None:
    """The outlet a card's date was glued to ("... rights – POLITICO6 July 2025").

    As an aggregator glues its outlet to the time ("AsiaOne3 days ago"), a card run together
    glues the title's outlet suffix to the date: the words after the title's last dash, right
    before the date with no space, name the publisher, not the story.
    """
    title = draft.title or ""
    m = _OUTLET_SUFFIX.search(title, max(0, len(title) - OUTLET_SUFFIX_REACH))
    if m is None or word_count(m.group("outlet")) > OUTLET_SUFFIX_MAX_WORDS:
        return
    if word_count(title[: m.start()]) >= HEAD_MIN_WORDS:
        draft.title = title[: m.start()].rstrip()
        draft.outlet = draft.outlet or m.group("outlet").strip()


def _kicker(draft: Draft, p: Para, kicker_end: int) -> None:
    """The section word the card opened with ("Countries"), once the title is cut."""
    if kicker_end:
        draft.category = draft.category or p.cut(0, kicker_end, None, None).strip()
