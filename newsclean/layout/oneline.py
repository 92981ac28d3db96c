"""Listings whose entries are one line each: feeds of teasers, search results, cards.

Many listings print no title line per entry at all: a search page or a link feed prints
one teaser per line ("... a CHAN 2024 quarter-final ..."), each closed by a cut-off
ellipsis, its source ("... a radicalizing force. nyti.ms") or a link and date ("...
Read more 26 Jan"). On a listing page such a closed line ends its entry: the prose after it
is the next entry, never the same story's next paragraph.
"""

from __future__ import annotations

import itertools

import regex

from ..classify import Item, Kind
from ..needles import contains_any
from ..thresholds import (
    CUT_TEASER_TITLES_MIN,
    FEED_KIND_MIN_LINES,
    GROUPED_STORY_MIN_PARAGRAPHS,
    HEAD_MAX_WORDS,
    LINK_END_REACH,
    LONGEST_STAMP_CHARS,
    MIN_FEED_LINES,
    MIN_TRAILER_ENTRIES,
    SOURCE_END_REACH,
    STRONG_SHARE,
    TITLELESS_MIN_LINES,
)
from ..timeparse import time_line
from .entries import Entry, Layout
from .shapes import CARD_SHORT_DATE, Shape, may_end_in_domain, other_language_link, word_count

# "... theneweuropean.co.uk", "... nyti.ms": a source domain closing a teaser line.
_SOURCE_END = regex.compile(r"(?i)\s(?P<source>(?:www\.)?[a-z0-9-]{1,40}(?:\.[a-z0-9-]{1,30}){0,2}\.[a-z]{2,6})$")
# "... Read more 26 Jan", "... Read more": the link to the story closing a card.
_LINK_END = regex.compile(
    r"(?i)(?:\.\.\.|…)?\s?(?:read more|read full story|continue reading|more)\s?(?:»|›)?"
    rf"(?:\s(?P<date>{CARD_SHORT_DATE}))?$"
)
# The characters a ``_LINK_END`` match can end with, in the pattern's own classes: a letter
# under ``(?i)`` (a label's last, a month's), a decimal digit (the date's day or year; the
# regex module's digits, newer than ``str.isdecimal``'s), a space (``\s?``, or ``$`` before a
# final line break) or an arrow.
_LINK_END_LAST = regex.compile(r"(?i:[a-z])|\d|\s|[»›]")


def _may_end_in_link_label(text: str) -> bool:
    """Whether ``text`` can end in a ``_LINK_END`` match: its last character is one a match
    can end with (``_LINK_END_LAST``).

    Why: the pattern is tried at each of the line's last ``LINK_END_REACH`` characters (~40K
    instructions a line, callgrind), and most lines asked end with a full stop; one match of
    a character class costs a few hundred. Exact: every match ends the line with one of
    these (tests/test_link_end_gate.py checks every code point).
    """
    return bool(text) and _LINK_END_LAST.match(text, len(text) - 1) is not None


# A teaser cut off by the listing: "... quarter-final ...", "... measures to ensure the safety…".
_CUT_END = ("...", "…")


# "... Read more Thursday, January 15, 2026", "... Read more 2026-01-21": the link's date in
# any form the time reader knows, asked only when the short forms above do not match.
_LINK_THEN_STAMP = regex.compile(
    rf"(?i)(?:\.\.\.|…)?\s?(?:read more|read full story|continue reading)\s?(?:»|›)?\s(?P<date>[^\n]{{3,{LONGEST_STAMP_CHARS}}})$"
)
_LINK_WORDS = ("more", "More", "MORE", "story", "Story", "reading", "Reading")


def closes_entry(text: str) -> bool:
    """A teaser line that ends its entry: cut off, or closed by its source or a link, in
    English or in another language the rule files name (``shapes.other_language_link``:
    recordermagazine.nl's "... Lees meer", esprimicia.com's "... Leer más"; read only as a
    body's trailer before, the Dutch tag page's one-line cards ran into one entry)."""
    if text.endswith(_CUT_END):
        return True
    if link_end(text) is not None or other_language_link(text) is not None:
        return True
    return source_end(text) is not None


def source_end(text: str) -> regex.Match[str] | None:
    """The source domain closing ``text`` (``_SOURCE_END``), searched only where one can end it."""
    return _SOURCE_END.search(text, max(0, len(text) - SOURCE_END_REACH)) if may_end_in_domain(text) else None


def link_end(text: str) -> regex.Match[str] | None:
    """The link closing a card's teaser, with the card's date after it when there is one."""
    m = _LINK_END.search(text, max(0, len(text) - LINK_END_REACH)) if _may_end_in_link_label(text) else None
    if m is not None or not contains_any(text[-(LINK_END_REACH + LONGEST_STAMP_CHARS) :], _LINK_WORDS):
        return m
    return _stamped_link(text)


def _stamped_link(text: str) -> regex.Match[str] | None:
    """A link label, then a date of any form the time reader knows ("Read more Thursday,
    January 15, 2026"), closing a card's teaser.

    Why: card themes print the post's date after the "Read more" link in the site's own date
    format (africaninsider.com's "18 Jan"; the long and ISO forms WordPress's date settings
    offer), and only the short forms were read: the date stayed in the teaser and the line
    no longer closed its entry."""
    m = _LINK_THEN_STAMP.search(text, max(0, len(text) - LINK_END_REACH - LONGEST_STAMP_CHARS))
    if m is None:
        return None
    read = time_line(m.group("date"))
    return m if read is not None and read[0] is None and read[1] == m.group("date") else None


def closed_teaser_feed(items: list[Item], shapes: list[Shape]) -> bool:
    """Whether the page's own lines make it a feed of one-line teasers: at least
    ``FEED_KIND_MIN_LINES`` of its prose lines close as an entry does (cut off, closed by
    their source or a link and date), the first of them among them, and ``STRONG_SHARE`` of
    all of them.

    Why: with a URL that names no listing (a library call without ``url=``, a section path
    such as "/sports/cricket/photo") such a page was read as one story: its teaser lines have
    no headline over them, so no entry opened. Search pages ("... quarter-final ..."), link
    feeds ("... force. nyti.ms") and card pages ("... Read more 26 Jan") all print them; a
    story's paragraphs end in a sentence's stop, and a lead story's first paragraph is not
    cut (neither dev page nor seed has three closed lines; every wide page with three or more
    is a listing)."""
    prose = [i for i, s in enumerate(shapes) if s is Shape.PROSE]
    if len(prose) < FEED_KIND_MIN_LINES or not closes_entry(items[prose[0]].text):
        return False
    closed = sum(1 for i in prose if closes_entry(items[i].text))
    return closed >= FEED_KIND_MIN_LINES and closed >= STRONG_SHARE * len(prose)


def split_teaser_feeds(items: list[Item], shapes: list[Shape], layout: Layout) -> None:
    """On a listing, each closed teaser line after an entry's own teaser is an entry of its
    own; so are the closed teaser lines before the first title.

    A trailer closing the entry ("Source: X", a section label, a time after its text) goes
    with the last line split off: it stands after that line, and left with the first entry
    it would close an entry printed before the new ones (one entry's span inside another's)."""
    out: list[Entry] = []
    before = [i for i in layout.preamble if shapes[i] is Shape.PROSE]
    lead = _feed_entries(items, _from_first_closed(items, before)) or (
        _titleless_stories(shapes, layout) if not layout.entries else []
    )
    if lead:
        taken = {i for e in lead for i in e.body}
        lead[-1].tail = _lead_trailer(shapes, layout, lead[-1].body[-1])
        taken.update(lead[-1].tail)
        layout.preamble = [i for i in layout.preamble if i not in taken]
        out.extend(lead)
    for e in layout.entries:
        out.append(e)
        prose = [i for i in e.body if shapes[i] is Shape.PROSE]
        if len(prose) < MIN_FEED_LINES or not closes_entry(items[prose[0]].text):
            continue
        more = _feed_entries(items, prose[1:])
        if more:
            moved = {i for m in more for i in m.body}
            e.body = [i for i in e.body if i not in moved]
            more[-1].tail, e.tail = e.tail, []
            out.extend(more)
    layout.entries = out


def _from_first_closed(items: list[Item], lines: list[int]) -> list[int]:
    """The prose lines above a listing's first title from the first that closes as a teaser
    does (:func:`closes_entry`); the lines above that one stay in the page's preamble, which
    reads them (``layout._keep_preamble_prose``: a story's text, or the page's own motto).

    Why: a feed of cut teasers under the page's one-sentence blurb made the blurb a teaser
    like the rest, an untitled first entry (nachrichtenlokal.de's tag pages, theweek.com's
    front page: the pitch, then "What happened ..." teasers cut with "...")."""
    first = next((k for k, i in enumerate(lines) if closes_entry(items[i].text)), len(lines))
    return lines[first:]


def _lead_trailer(shapes: list[Shape], layout: Layout, last: int) -> list[int]:
    """The header lines left between the teasers split off before the first title and that
    title, on a page whose entries close with trailers (a section label, a time after the
    text) and open with none: the last teaser's trailer, as under every titled entry.

    Why: left in the page's preamble they were read as its heading, which tied the first
    teaser to a line below the others (one entry's span inside another's, so the letter
    check looked for the others' text in the wrong entry: a feed of a politics site's
    teasers, each closed by its section)."""
    if not any(e.tail for e in layout.entries) or any(e.head for e in layout.entries):
        return []
    return [i for i in layout.preamble if i > last and shapes[i] is not Shape.PROSE]


def _feed_entries(items: list[Item], lines: list[int]) -> list[Entry]:
    """One entry per line, when enough of the lines are closed teasers."""
    if sum(closes_entry(items[i].text) for i in lines) < MIN_FEED_LINES:
        return []
    return [Entry(body=[i]) for i in lines]


def _titleless_stories(shapes: list[Shape], layout: Layout) -> list[Entry]:
    """The entries of a listing that prints no title at all: the stories under their header
    lines (:func:`_header_grouped_stories`) when the page dates or signs them so, else one
    entry per prose line (:func:`_teaser_lines`)."""
    grouped = _header_grouped_stories(shapes, layout.preamble)
    if grouped:
        return grouped
    return _teaser_lines([i for i in layout.preamble if shapes[i] is Shape.PROSE])


def _header_grouped_stories(shapes: list[Shape], lines: list[int]) -> list[Entry]:
    """On a listing with no title line, each header line (a time, a byline: ``Shape.META``)
    opens an untitled story, and the paragraphs under it up to the next header line are that
    story's body, when one such header stands over at least ``GROUPED_STORY_MIN_PARAGRAPHS``
    paragraphs. A single prose line before the first header is the page's own motto or
    blurb and stays in its preamble; two or more are a story cut off at the page's top,
    one untitled entry.

    Why: read one line an entry, a blog or brief page of untitled posts split each post into
    as many "stories" as it has paragraphs: theweek.com's speed-reads page ("June 29, 2020"
    over three paragraphs of one brief, "June 28, 2020" over the next), a Blogger label
    page of correioburitiense.com.br ("Por G1 MA" over one story's paragraphs, a motto line
    above). A feed of one-line teasers prints no header over several paragraphs (kisskiss.it's
    section pages: a heading, then one sentence per story) and keeps one entry per line; a
    feed whose times close each teaser ("teaser / 3h") never has two paragraphs between two
    times."""
    heads = [k for k, i in enumerate(lines) if shapes[i] is Shape.META]
    if not heads:
        return []
    bounds = [*heads, len(lines)]
    runs = [[i for i in lines[a + 1 : b] if shapes[i] is Shape.PROSE] for a, b in itertools.pairwise(bounds)]
    if max(len(r) for r in runs) < GROUPED_STORY_MIN_PARAGRAPHS:
        return []
    out: list[Entry] = []
    top = [i for i in lines[: heads[0]] if shapes[i] is Shape.PROSE]
    if len(top) >= GROUPED_STORY_MIN_PARAGRAPHS:
        out.append(Entry(body=top))
    for k, run in zip(heads, runs, strict=True):
        if run:
            head = lines[k]
            out.append(Entry(head=[head], body=run))
    return out


def _teaser_lines(lines: list[int]) -> list[Entry]:
    """One entry per prose line on a listing without a single title line: with no headline
    anywhere, paragraphs cannot be told into stories, and a listing's lines are its entries."""
    return [Entry(body=[i]) for i in lines] if len(lines) >= TITLELESS_MIN_LINES else []


def trailer_entries(shapes: list[Shape]) -> list[Entry]:
    """Entries with no title whose header lines come after their text: "teaser / Source:
    Coast Post / 3 hours ago", over and over. Each run of text lines and the header lines
    after it is one entry; ``[]`` unless the page repeats it."""
    out: list[Entry] = []
    cur = Entry()
    for i, s in enumerate(shapes):
        if s is Shape.META and cur.body:
            cur.tail.append(i)
        elif s in (Shape.PROSE, Shape.HEAD):
            if cur.tail:
                out.append(cur)
                cur = Entry()
            cur.body.append(i)
        elif cur.tail:
            cur.tail.append(i)
        elif cur.body:
            cur.body.append(i)
        else:
            return []  # something else before the first entry: another layout
    if cur.body:
        out.append(cur)
    closed = sum(1 for e in out if e.tail)
    return out if closed >= MIN_TRAILER_ENTRIES and closed >= len(out) - 1 else []


def titles_over_cut_teasers(items: list[Item], shapes: list[Shape]) -> list[Shape]:
    """The line right over each teaser cut off with "..." is that entry's title, when the page
    prints that pair again and again: the title gets ``Shape.HEAD`` even when it closes with a
    full stop, and the teaser ``Shape.PROSE`` however short it was cut.

    Why: a listing of titles over cut teasers (africafeeds.com's and sweetmelodiesfm.com's
    tag and section pages, the same news theme) whose titles end with a full stop
    ("Police in X free 58 hostages.", as sweetmelodiesfm.com writes them) had the titles
    read as prose, each a one-line entry of its own with no title, and a widget's teasers cut
    short ("Mr X, the project lead of...") read as titles. Only when at least
    ``CUT_TEASER_TITLES_MIN`` cut teasers have such a line over them, and ``STRONG_SHARE`` of
    the page's cut teasers do: a feed of cut teasers (one line an entry) has cut lines over
    its cut lines, and a story's paragraphs are not cut."""
    cut = [k for k, it in enumerate(items) if it.kind is Kind.TEXT and it.text.endswith(_CUT_END)]
    if len(cut) < CUT_TEASER_TITLES_MIN:
        return shapes
    cut = [k for k in cut if not _cut_print_of_next(items, k)]
    pairs = [k for k in cut if k > 0 and _title_over_teaser(items, shapes, k - 1)]
    if len(pairs) < CUT_TEASER_TITLES_MIN or len(pairs) < STRONG_SHARE * len(cut):
        return shapes
    out = list(shapes)
    for k in pairs:
        out[k - 1], out[k] = Shape.HEAD, Shape.PROSE
    return out


def _cut_print_of_next(items: list[Item], k: int) -> bool:
    """Whether cut line ``k`` is the next line's start printed cut short: a title's short
    print over its full one ("Harbour council approves..." over the whole headline)."""
    nxt = items[k + 1].text if k + 1 < len(items) else ""
    return nxt.startswith(items[k].text.rstrip(".… ").rstrip())


def _title_over_teaser(items: list[Item], shapes: list[Shape], k: int) -> bool:
    """Whether line ``k`` can be the title of the cut teaser under it: a text line of at most
    ``HEAD_MAX_WORDS`` words, not cut itself, headline- or sentence-shaped, with no line of
    the same kind right over it (two uncut lines over a teaser are a story's text)."""
    it = items[k]
    if it.kind is not Kind.TEXT or shapes[k] not in (Shape.HEAD, Shape.PROSE) or it.text.endswith(_CUT_END):
        return False
    if word_count(it.text) > HEAD_MAX_WORDS:
        return False
    above = items[k - 1] if k > 0 else None
    return (
        above is None
        or above.kind is not Kind.TEXT
        or shapes[k - 1] is not Shape.PROSE
        or above.text.endswith(_CUT_END)
    )
