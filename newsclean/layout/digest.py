"""Wire digests: pages of short stories, each opened by a capitals dateline or lead-in.

A wire service's digest (and the summaries its members reprint) prints one short story
after another on one page, each told apart only by how its paragraph opens:

- a capitals **dateline** with the wire's credit ("PORT AVELIN (AP) — ...", "NORTH BAY,
  Kessel — ..."), with the story's headline on the line above or none (AP's trending
  summaries on nationalpost.com and newsbreak.com, the "BC-AP News Digest" on king5.com);
- a capitals **lead-in** that is the item's title, glued before its text: the coverage
  plan's slug ("HARBOUR-FERRY TERMINAL — The council ... By Jane Roe. SENT: 700 words,
  photos.", AP News Digests reprinted on apnews.com, hagadonenewsnetwork.com,
  columbiabasinherald.com, independent.co.uk, inkl.com, wsoctv.com, king5.com), or a
  capitals headline and a colon before the dateline ("FERRY TERMINAL APPROVED: PORT AVELIN
  (AP) — ...", mantecabulletin.com's "News from across the nation", whole stories each).

Read as one story, the items ran together under the digest's heading; read as a listing,
each lead-in was a dateline and the coverage note ("SENT: 700 words, photos.") a story's
text. :func:`digest_items` finds the items: it splits a lead-in from its text (the lead-in
is the entry's title, its dash recorded as removed: ``layout.digest-lead-in``), cuts the
coverage note off the item's end (``layout.digest-note``) and puts an entry separator
before each item, so that the page reads as a listing of them; datelined items without a
headline are entries without a title (``layout.digest-item``).

A newsletter's digest numbers its items instead ("1. Coronavirus" / its paragraph, "2.
Stimulus" / ...: CNN's "5 Things" reprinted on wfft.com, gantnews.com and nzmoparregistry.com;
AP's "10 Things to Know" on dailyherald.com and wvpress.org): :func:`numbered_items` reads each
numbered headline as an item's title, whatever its length (its number removed:
``layout.digest-number``).

A wire's news plan closes each item's paragraph with a bracketed coverage note ("(SLUG/
(UPDATE 2, PIX), moved at 4:08 p.m., by Jane Roe, 650 words)") under the item's headline:
:func:`plan_items` cuts the notes (``layout.plan-note``) and opens an item at each headline.
A newsletter's briefing closes its items with their sources in square brackets ("[Coast Post,
Valley Times]", theweek.com): read the same way, the names left as a line for the item's outlet.

Only a page of at least ``DIGEST_MIN_ITEMS`` such items, each short (at most
``DIGEST_ITEM_MAX_PROSE`` paragraphs before the next), under a short preamble and no
"Related" heading, is a digest: one story that names capitals words, an interview's
"NAME: text" lines and a story followed by datelined related teasers are not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

import regex

from ..classify import Item, Kind
from ..lines import Line
from ..para import Ledger
from ..thresholds import (
    DIGEST_ITEM_MAX_PROSE,
    DIGEST_MIN_ITEMS,
    DIGEST_NUMBERED_LINE_MAX_CHARS,
    DIGEST_PARAGRAPH_MIN_WORDS,
    DIGEST_PREAMBLE_MAX_PROSE,
    DIGEST_SLUG_MAX_WORDS,
    DIGEST_SLUG_MIN_LETTERS,
    DIGEST_TAGS_REACH,
    DIGEST_TEXT_MIN_WORDS,
    MAX_HEADER_LINES,
)
from .entries import Entry, Layout
from .markers import remap_markers
from .shapes import Shape, line_shape, word_count

_HEADER_SHAPES = (Shape.META, Shape.LABEL, Shape.CAPTION)

# The coverage plan's slug glued before the item's text: "HARBOUR-FERRY TERMINAL — The ...",
# "FLOODS-SCHOOLS _ Schools ...", "— FAA-FURLOUGHS — Top ...", "PENN STATE-ABUSE_Jerry ...",
# and with a spaced hyphen, "PUBLIC HEALTH-CARES ACT - Congress ..." (the AP digest on
# hagadonenewsnetwork.com; "MALAYSIA-PLANE SPOTTERS - For ..." in AP's coverage advisories on
# apnews.com), taken only as a slug's (see ``_form``): "PORT AVELIN - " is a dateline.
# Capitals, digits and the slug's punctuation only, so a sentence never opens one.
_SLUG = regex.compile(
    r"(?P<open>[—–]\s)?(?P<slug>[\p{Lu}0-9][\p{Lu}0-9'’&.,/ -]{1,79}?)"
    r"(?P<sep>\s?_\s?|\s[—–]\s?|[—–]\s|\s-\s)(?=[\"“‘'\p{Lu}0-9$])"
)
# A capitals headline and a colon before the item's dateline: "FERRY TERMINAL APPROVED: PORT ...".
_COLON_LEAD = regex.compile(r"(?P<slug>\p{Lu}[\p{Lu}0-9'’&.,/ -]{2,79}?)(?P<sep>\s?:\s)(?=\p{Lu})")
# The coverage note closing a digest's item: "By Jane Roe. SENT: 700 words, photos.",
# "UPCOMING: 600 words by 8 p.m.", "SENT: 460 words." — the byline before it stays the item's.
_NOTE = regex.compile(r"\s(?P<note>(?:SENT|UPCOMING|MOVED):\s\d[\d,]{0,6}\swords\b[^\n]{0,600})$")
# (a full stop inside only after an initial: "By Steve Roe, Mira L. Lund and Sam Poe.")
_NOTE_BY = regex.compile(r"\sBy\s[A-Z](?:[^.\n]|(?<=\b[A-Z])\.){2,120}\.$")
# Both are looked for only in the line's last characters, so a line repeating them costs no more.
_NOTE_REACH = 700
_NOTE_BY_REACH = 130
_DASHES = ("—", "–", "―", "-", "--")
# An item's capitals dateline before its dash: a place, maybe a region and the wire's credit
# ("PORT AVELIN (AP) — ", "NORTH BAY, Kessel — "); the form fields/dateline.py reads (that
# later stage reads the place; this one only tells that an item opens there).
CAPS_DATELINE = regex.compile(
    r"(?P<place>\p{Lu}[\p{Lu}'’.\-]{1,20}(?:\s\p{Lu}[\p{Lu}'’.\-]{1,20}){0,3})"
    r"(?:,\s(?P<region>[A-Z][A-Za-z.]{1,20}(?:[\s/][A-Z][A-Za-z.]{1,20}){0,2}))?"
    r"(?:\s?\((?P<agency>[A-Z][^()\n]{0,38})\))?\s?(?P<sep>—|–|―|-{1,2})\s*(?=[\"'‘“A-Z0-9$£€])"
)


@dataclass
class Digest:
    """A digest's items: where they open and whether they print a headline."""

    cuts: list[int]  # entry separators before these lines (none where the items' headlines open them)
    first: int  # the first item's first line: above it, the digest's heading and intro
    titled: bool
    intro: bool = True  # all above ``first`` is the digest's (lead-ins), or entries may stand there


def digest_items(
    items: list[Item], shapes: list[Shape], markers: dict[int, Item], ledger: Ledger
) -> tuple[list[Item], list[Shape], Digest | None]:
    """The page's lines with each digest item's lead-in split from its text, and the digest's
    items (``None`` when the page is no digest). ``markers`` is renumbered in place."""
    planned = plan_items(items, shapes, markers, ledger)
    if planned is not None:
        return planned
    sourced = source_tagged_items(items, shapes, markers)
    if sourced is not None:
        return items, *sourced
    forms = [_form(it, s) for it, s in zip(items, shapes, strict=True)]
    lead = [k for k, f in enumerate(forms) if f in ("slug", "lead")]
    dated = [k for k, f in enumerate(forms) if f == "dateline"]
    loose = [k for k, f in enumerate(forms) if f == "plain"]  # "EGYPT — ...": a slug or a dateline
    if len(lead) >= DIGEST_MIN_ITEMS and len(lead) > len(dated):
        at = sorted([*lead, *loose])
        if not _digest_page(items, shapes, markers, at, whole=True):
            return items, shapes, None
        return _split_lead_ins(items, shapes, markers, at, ledger)
    if len(dated) + len(loose) < DIGEST_MIN_ITEMS or not dated:
        return items, shapes, None
    at = sorted([*dated, *loose])
    titles = [_title_above(shapes, k) for k in at]
    starts = [t if t is not None else k for t, k in zip(titles, at, strict=True)]
    if not _digest_page(items, shapes, markers, starts, whole=False):
        return items, shapes, None
    if any(t is not None for t in titles):
        # the items' headlines open them, as the page's entries: what lies above the first
        # item's header lines is the digest's heading and intro
        first = starts[0]
        while first > 0 and starts[0] - first < MAX_HEADER_LINES and shapes[first - 1] in _HEADER_SHAPES:
            first -= 1
        return items, shapes, Digest(cuts=[], first=first, titled=True, intro=False)
    return items, shapes, Digest(cuts=at, first=at[0], titled=False, intro=False)


# A news plan's coverage note closing an item's paragraph: the story's slug (capitals with a
# slash or hyphen), its flags in brackets, when it moves, who writes it and its length:
# "(HARBOUR-FERRY/ (UPDATE 2, PIX), moved at 4:08 p.m., by Jane Roe, 650 words)",
# "(PORT-BUDGET/VOTE, moved, 280 words)", "(ISLE-FLOODS/ (PIX), expect by 10 a.m., 500 words,
# will be updated)". Bounded runs only, looked for in the line's last ``_NOTE_REACH`` characters.
_PLAN_OPEN = r"\((?P<slug>[\p{Lu}0-9][\p{Lu}0-9 &'./-]{1,80})(?:\s?\([\p{Lu}0-9 ,.&/-]{1,60}\))?"
_PLAN_NOTE = regex.compile(r"\s?(?P<note>" + _PLAN_OPEN + r",\s[^()\n]{0,160}\swords\b[^()\n]{0,80}\))$")
# ... and the same note cut off by the end of the page's text: "(HARBOUR-FERRY/ (UPDATE 2), moved at 4:0"
_PLAN_CUT = regex.compile(r"\s?(?P<note>" + _PLAN_OPEN + r"(?:,[^()\n]{0,160})?)$")
_PLAN_CUT_OPEN = regex.compile(r"\s?(?P<note>\((?P<slug>[\p{Lu}0-9][\p{Lu}0-9 &'./-]{1,80})(?:\s?\([^()\n]{0,60})?)$")
_PLAN_WORDS_REACH = 90  # the note's length closes it, at most its "will be updated" after ("words" before the bracket)
# the writers the note names: ", by Jane Roe and Sam Poe, 650 words"
_PLAN_BY = regex.compile(r",\s(?P<by>by\s\p{Lu}[^,()\n]{1,80})(?=,)")


def _plan_note(text: str, *, last: bool = False) -> regex.Match[str] | None:
    """The news plan's coverage note closing ``text`` (on the page's ``last`` line, also one
    cut off by the end of the text); its slug must join words with a slash or hyphen."""
    if text[-1:] == ")" and "words" in text[-_PLAN_WORDS_REACH:]:
        m = _PLAN_NOTE.search(text, max(0, len(text) - _NOTE_REACH))
    elif last and "(" in text[-_NOTE_REACH:]:
        m = _PLAN_CUT.search(text, max(0, len(text) - _NOTE_REACH))
        if m is None:
            m = _PLAN_CUT_OPEN.search(text, max(0, len(text) - _NOTE_REACH))
        if m is not None and "/" not in m.group("slug"):
            return None  # cut off, only the slug's slash tells a note from a bracket
    else:
        return None
    if m is None or m.start("note") == 0 or not any(c in m.group("slug") for c in "/-"):
        return None
    return m


# A digest item's sources closing its paragraph in square brackets: "[Coast Post, Valley Times]",
# "[The Harbour Herald]" (theweek.com's "10 things you need to know today"): capitalised names of
# at most five words, at most six of them; possessive runs, so no name is tried twice.
_NAME = r"\p{Lu}[\p{L}\p{N}.&'’-]*+(?:\s(?:of\s|the\s|and\s)?\p{Lu}[\p{L}\p{N}.&'’-]*+){0,4}+"
_SOURCES = regex.compile(r"\s(?P<note>\[(?P<names>" + _NAME + r"(?:,\s" + _NAME + r"){0,5}+)\])$")
_SOURCES_REACH = 200  # six names of five words: the bracket's longest (chosen by hand)


def _closing_note(text: str, *, last: bool = False) -> regex.Match[str] | None:
    """The note closing a digest item's paragraph: a news plan's coverage note or the item's
    bracketed sources."""
    if text[-1:] == "]":
        return _SOURCES.search(text, max(0, len(text) - _SOURCES_REACH))
    return _plan_note(text, last=last)


def _noted_prose(it: Item, *, last: bool = False) -> bool:
    """Whether the line is a paragraph closed by a digest item's note: judged without the note,
    whose capitals and brackets make a paragraph look like a headline or a caption's credit."""
    m = _closing_note(it.text, last=last)
    return m is not None and line_shape(_part(it.line, 0, m.start("note"))) is Shape.PROSE


# The source tags closing a digest item's paragraph after its last sentence: "... in the coming
# days. (CNN)", "... are unidentified. (AP via ABC News)", "... (AP) (BBC) (NPR)", "... (The New
# York Times)" (Wikipedia's current-events portal, its mirror on wiki.eso.workers.dev and
# legiblenews.com's daily pages): capitalised names of at most five words, one "via" between
# two, at most six tags; possessive runs, looked for in the line's last ``DIGEST_TAGS_REACH`` characters.
_SOURCE_TAGS = regex.compile(
    r"(?<=[.!?\"”’])\s(?P<note>\(" + _NAME + r"(?:\svia\s" + _NAME + r")?+\)(?:\s\(" + _NAME + r"\)){0,5}+)$"
)


def _source_tagged(it: Item) -> bool:
    """Whether the line is a paragraph closed by its sources' tags ("... days. (CNN)"), judged
    as prose without them. A cheap test first: most lines end otherwise than with ")"."""
    if it.kind is not Kind.TEXT or it.text[-1:] != ")":
        return False
    m = _SOURCE_TAGS.search(it.text, max(0, len(it.text) - DIGEST_TAGS_REACH))
    return m is not None and line_shape(_part(it.line, 0, m.start("note"))) is Shape.PROSE


def source_tagged_items(
    items: list[Item], shapes: list[Shape], markers: dict[int, Item]
) -> tuple[list[Shape], Digest] | None:
    """A digest of headline-less items, each a paragraph closed by the tags of the sources it
    was drawn from ("... in the coming days. (CNN)"): an entry without a title opens at each
    (``layout.digest-item``), the tags left in its text; returned with the lines' shapes, each
    such paragraph shaped as prose. ``None`` when the page is no such digest.

    Why: Wikipedia's current-events portal (mirrored on wiki.eso.workers.dev; legiblenews.com
    prints the same items, under topic headings) tells one day's events as one paragraph each,
    with no headline, closed by "(Reuters)", "(AP via ABC News)" or "(AP) (BBC) (NPR)". With no
    title, no dateline and no line between them, the page read as one story of four unrelated
    paragraphs: three of its four stories were never found. A story's paragraphs do not each
    end in a source's name in brackets; only where at least ``DIGEST_MIN_ITEMS`` paragraphs
    close so, every item with no headline above it (titled items are plan_items' and the
    layout's), at most ``DIGEST_ITEM_MAX_PROSE`` paragraphs each (:func:`_digest_page`): a story
    that ends one paragraph with "(AP)" is none."""
    # (the cheap test inline: most lines end otherwise than with ")")
    tagged = [k for k, it in enumerate(items) if it.text[-1:] == ")" and _source_tagged(it)]
    if len(tagged) < DIGEST_MIN_ITEMS:
        return None
    marked = set(tagged)
    # each is a paragraph: a short one's tag made it look like a headline ("... said. (Coast
    # Post)" ends in no stop), a wire's name like a caption's credit ("... (Reuters)")
    shapes = [Shape.PROSE if k in marked else s for k, s in enumerate(shapes)]
    starts: list[int] = []
    before = -1
    for k in tagged:
        start = k
        while start - 1 > before and shapes[start - 1] is Shape.PROSE and start - 1 not in marked:
            start -= 1  # the item's earlier paragraphs, after the item above
        if _title_above(shapes, start) is not None:
            return None  # a headline over the item: the layout's entries
        starts.append(start)
        before = k
    if not _digest_page(items, shapes, markers, [*starts, len(items)], whole=False):
        return None
    return shapes, Digest(cuts=starts, first=starts[0], titled=False, intro=False)


def _sources_listed(items: list[Item], noted: list[int]) -> bool:
    """Whether the items' bracketed names read as sources: one bracket at least lists two
    ("[Coast Post, Valley Times]"). A transcript's "[Applause]" closing its paragraphs under
    subheads names one thing, over and over."""
    brackets = [items[k].text for k in noted if items[k].text[-1:] == "]"]
    return not brackets or any(", " in t[t.rfind("[") :] for t in brackets)


def _kept_in_note(m: regex.Match[str]) -> tuple[int, int] | None:
    """The part of an item's note that stays, as a line of its own: the writers a news plan's
    note names ("by Jane Roe"), the sources' names inside their brackets; offsets in the note."""
    if "names" in m.groupdict():
        return m.start("names") - m.start("note"), m.end("names") - m.start("note")
    by = _PLAN_BY.search(m.group("note"))
    return None if by is None else (by.start("by"), by.end("by"))


def plan_items(
    items: list[Item], shapes: list[Shape], markers: dict[int, Item], ledger: Ledger
) -> tuple[list[Item], list[Shape], Digest] | None:
    """A news plan's items, each a headline over a paragraph closed by its coverage note, with
    the notes cut (``layout.plan-note``) and the writers they name left as byline lines;
    ``None`` when the page is no news plan.

    Why: Reuters' news plans ("Top stories as of 2:15 p.m. on Thursday.") print each planned
    story as its headline and one paragraph, a dateline with a bare hyphen ("PORT AVELIN - ")
    or none, and a bracketed note of the story's slug, flags, time, writers and length. With no
    wire credit in the dateline they were no wire digest's items: the page read as one story
    with the notes in it, or as a listing with them in each body (uk.reuters.com, in.reuters.com,
    cn.reuters.com, philly.com and webcenters.netscape.compuserve.com reprinting them).

    A briefing's items closed by their bracketed sources ("... [Coast Post, Valley Times]",
    theweek.com's "10 things you need to know today") are read the same way, the names left as
    a line of their own (the item's outlet: fill._source_names), at least one bracket listing
    two names (:func:`_sources_listed`).

    Only where at least ``DIGEST_MIN_ITEMS`` paragraphs close with a note, each under a
    headline, as short as a digest's items (:func:`_digest_page`): a story that cites one
    slug in brackets is none."""
    last = len(items) - 1
    noted = [k for k, it in enumerate(items) if it.kind is Kind.TEXT and it.text[-1:] in ")]" and _noted_prose(it)]
    if len(noted) < DIGEST_MIN_ITEMS:
        return None
    if not _sources_listed(items, noted):
        return None
    titles = [_title_above(shapes, k) for k in noted]
    if any(t is None for t in titles) or not _digest_page(
        items, shapes, markers, [t for t in titles if t is not None], whole=False
    ):
        return None
    if items[last].kind is Kind.TEXT and last not in noted and _noted_prose(items[last], last=True):
        noted.append(last)
    out, out_shapes, positions = _cut_notes(items, shapes, set(noted), ledger)
    remap_markers(markers, positions)
    cuts = [positions[t] for t in titles if t is not None]  # each item opens at its headline
    return out, out_shapes, Digest(cuts=cuts, first=cuts[0], titled=True)


def _cut_notes(
    items: list[Item], shapes: list[Shape], cut: set[int], ledger: Ledger
) -> tuple[list[Item], list[Shape], list[int]]:
    """The lines with each noted paragraph's note cut (``layout.plan-note``), what stays of
    it (writers, sources) a line of its own under the paragraph; and each old line's new position."""
    last = len(items) - 1
    return _respliced(items, shapes, lambda k, it: _note_pieces(it, k == last, ledger) if k in cut else None)


def _note_pieces(it: Item, last: bool, ledger: Ledger) -> list[tuple[Item, Shape]]:
    """A noted paragraph's line without its note (``layout.plan-note``), and what stays of the
    note (writers, sources) as a line of its own under it."""
    line = it.line
    m = _closing_note(line.text, last=last)
    assert m is not None
    note = m.group("note")
    kept = _kept_in_note(m)
    at = line.start + m.start("note")
    if kept is None:
        ledger.remove(note, at, "layout.plan-note")
    else:
        ledger.remove(note[: kept[0]], at, "layout.plan-note")
        if kept[1] < len(note):
            ledger.remove(note[kept[1] :], at + kept[1], "layout.plan-note")
    body = _part(line, 0, m.start("note"))
    out = [(body, line_shape(body))]
    if kept is not None:
        out.append((_part(line, m.start("note") + kept[0], m.start("note") + kept[1]), Shape.META))
    return out


def _respliced(
    items: list[Item], shapes: list[Shape], pieces: Callable[[int, Item], list[tuple[Item, Shape]] | None]
) -> tuple[list[Item], list[Shape], list[int]]:
    """The lines with each line ``pieces`` answers for replaced by what it answers (no line:
    the line dropped; ``None``: the line kept as it is), and each old line's new position,
    one more at the end (as :func:`~.markers.remap_markers` takes them). Why one walk: the
    digest readers that split an item's line into title, text and byline all keep the
    other lines, their shapes and the markers' positions in step the same way."""
    out: list[Item] = []
    out_shapes: list[Shape] = []
    positions: list[int] = []
    for k, it in enumerate(items):
        positions.append(len(out))
        got = pieces(k, it)
        if got is None:
            out.append(it)
            out_shapes.append(shapes[k])
            continue
        for piece, shape in got:
            out.append(piece)
            out_shapes.append(shape)
    positions.append(len(out))
    return out, out_shapes, positions


# An item's number opening its headline's line: "1. Coronavirus", "10. BRYAN ADAMS CHALLENGES ...".
_NUMBER = regex.compile(r"(?P<n>[1-9][0-9]?)\.\s{1,3}(?=\S)")


def numbered_items(
    items: list[Item], shapes: list[Shape], markers: dict[int, Item], ledger: Ledger
) -> tuple[list[Item], list[Shape], Digest | None]:
    """A newsletter digest's numbered items: each "N. Headline" line over its paragraphs opens
    an item, its headline the item's title whatever its length and its number removed
    (``layout.digest-number``); the page is a listing of them, and what stands above the first
    item's header lines is the digest's heading and intro. Lines are replaced one for one, so
    the section markers keep their places. ``None`` when the page is no such digest.

    Why: a daily briefing ("5 Things You Need to Know Today", "10 Things to Know for Today")
    prints a short intro and then its news items, each a numbered headline and a paragraph or
    two, often with no page headline of its own and at a story's URL. Its headlines are short
    ("1. Coronavirus", "2. Election 2020") and no time line stands under them, so the page
    read as one story with subheadings (wfft.com, gantnews.com, nzmoparregistry.com reprinting
    CNN's; dailyherald.com, wvpress.org, yoopya.com reprinting AP's).

    Only where the numbers run 1, 2, 3 ... down the page (:func:`_numbered_heads`), under a
    preamble and with items as short as a wire digest's (:func:`_digest_page`), with no more
    than ``DIGEST_ITEM_MAX_PROSE`` paragraphs under the last item: a story that numbers its
    points has its own lead paragraphs above them or its closing paragraphs below. The
    briefing's intro is prose addressed to the reader ("Here's what you need to know ...",
    "Your daily look at ..."), right above the first item: a listicle prints its numbered
    sections right under its own headline ("Three things to know this week" / "1. ...", one
    story: tests/test_openweb10_shapes.py), and a page with no intro is left as it was. An
    item opens at its header lines right above the number ("Politics" / "3 hours ago" /
    "1. Title", a ranked listing's cards), else at the number."""
    found = _numbered_heads(items, shapes)
    if found is None:
        return items, shapes, None
    at, heads = found
    if len(at) < DIGEST_MIN_ITEMS or not _digest_page(items, shapes, markers, at, whole=False):
        return items, shapes, None
    if sum(1 for s in shapes[at[-1] + 1 :] if s is Shape.PROSE) > DIGEST_ITEM_MAX_PROSE:
        return items, shapes, None  # the story goes on under its last point
    first = _header_start(shapes, at[0])
    if not any(s is Shape.PROSE for s in shapes[:first]) or (first and shapes[first - 1] is Shape.HEAD):
        return items, shapes, None  # no intro, or a headline right over the first point: a listicle's sections
    out, out_shapes = list(items), list(shapes)
    for k, head in zip(at, heads, strict=True):
        line = items[k].line
        ledger.remove(line.text[: head.line.start - line.start], line.start, "layout.digest-number")
        out[k] = head
        out_shapes[k] = Shape.HEAD
    cuts = [_header_start(shapes, k) for k in at]
    return out, out_shapes, Digest(cuts=cuts, first=cuts[0], titled=True)


# A newsletter's keycap number and its item's run-in label: "1️⃣ Ferry terminal: The council ...".
_KEYCAP_MARKS = ("\ufe0f", "\u20e3")  # the number's second character (exact gate: no other line looks further)
_KEYCAP = regex.compile(r"(?P<n>[1-9])\ufe0f?\u20e3\s{0,3}")
# ... and after the numbered run, an item opened by a picture character ("🌀 Sky show: ...")
_PICTURE = regex.compile(r"\p{So}\ufe0f?\s{1,3}")
# the run-in label before its colon: a few words, no sentence ("Tough job market: ", "‘Not true’: ")
_RUN_IN = regex.compile(r"(?P<label>[^\s:.!?][^:\n.!?]{0,59}?):\s{1,3}(?=\S)")


def keycap_items(
    items: list[Item], shapes: list[Shape], markers: dict[int, Item], ledger: Ledger
) -> tuple[list[Item], list[Shape], Digest | None]:
    """A newsletter's run-in items numbered with keycap emoji ("1️⃣ Label: text", "2️⃣ ..."):
    each item's label is its title and the rest of its paragraph its text, the number removed
    (``layout.keycap-number``) and the label's colon too (``layout.keycap-colon``); an item
    opened by a picture character after the run ("🌀 Label: text") is one more, and a short line
    between them ("Watch this") the newsletter's furniture. ``None`` when the page is no such digest.

    Why: CNN's "5 Things PM" (reprinted on abc17news.com, lapost.com, webjosh.com and Daily8)
    prints its news as five such paragraphs under an editor's note and a welcome paragraph:
    the page read as one story under its teaser headline, the items its paragraphs. Only where
    at least ``DIGEST_MIN_ITEMS`` keycap numbers run 1, 2, 3 ... each opening a paragraph with
    a run-in label (:func:`_keycap_run`), under a digest's short preamble (:func:`_digest_page`)
    and not a listicle's points (:func:`_listicle`): a story that numbers a few of its lines
    with keycaps keeps them."""
    run = _keycap_run(items, shapes)
    if run is None:
        return items, shapes, None
    at, marks = run
    if not _digest_page(items, shapes, markers, at, whole=True) or _listicle(shapes, at):
        return items, shapes, None
    opened = dict(zip(at, marks, strict=True))
    out, out_shapes, positions = _respliced(items, shapes, lambda k, it: _keycap_pieces(k, it, opened, at[0], ledger))
    remap_markers(markers, positions)
    cuts = [positions[k] for k in sorted(opened)]
    return out, out_shapes, Digest(cuts=cuts, first=cuts[0], titled=True)


def _keycap_pieces(
    k: int, it: Item, opened: dict[int, int], first: int, ledger: Ledger
) -> list[tuple[Item, Shape]] | None:
    """A keycap item's line as its label (a title) and its text, the keycap and the colon cut;
    a short line over a later item ("Watch this") dropped; ``None`` for any other line."""
    mark = opened.get(k)
    if mark is None:
        if first < k and k + 1 in opened:
            ledger.remove(it.text, it.line.start, "layout.keycap-heading")  # "Watch this" over an item
            return []
        return None
    line = it.line
    ledger.remove(line.text[:mark].strip(), line.start, "layout.keycap-number")
    m = _RUN_IN.match(line.text, mark)
    assert m is not None  # _keycap_run matched it
    ledger.remove(":", line.start + m.end("label"), "layout.keycap-colon")
    # the paragraph's rest is prose, however short its cut-off end
    return [(_part(line, mark, m.end("label")), Shape.HEAD), (_part(line, m.end(), len(line.text)), Shape.PROSE)]


def _listicle(shapes: list[Shape], at: list[int]) -> bool:
    """Whether numbered points at ``at`` are a story's own sections: no intro above them, or a
    headline right over the first (a listicle's title), or more than ``DIGEST_ITEM_MAX_PROSE``
    paragraphs under the last (the story goes on), as :func:`numbered_items` tells them."""
    if sum(1 for s in shapes[at[-1] + 1 :] if s is Shape.PROSE) > DIGEST_ITEM_MAX_PROSE:
        return True
    return not any(s is Shape.PROSE for s in shapes[: at[0]]) or (at[0] > 0 and shapes[at[0] - 1] is Shape.HEAD)


def _keycap_run(items: list[Item], shapes: list[Shape]) -> tuple[list[int], list[int]] | None:
    """The keycap-numbered items' lines and where each one's label opens, with the picture-led
    items after the run (past at most one short line each); ``None`` unless at least
    ``DIGEST_MIN_ITEMS`` numbers run 1, 2, 3 ... each over a run-in label and its text."""
    at: list[int] = []
    marks: list[int] = []
    for k, it in enumerate(items):
        text = it.text
        if it.kind is not Kind.TEXT or text[1:2] not in _KEYCAP_MARKS:
            continue
        m = _KEYCAP.match(text)
        if m is None:
            continue
        if int(m.group("n")) != len(at) + 1 or shapes[k] is not Shape.PROSE or _RUN_IN.match(text, m.end()) is None:
            return None
        at.append(k)
        marks.append(m.end())
    if len(at) < DIGEST_MIN_ITEMS:
        return None
    k = at[-1] + 1
    while k < len(items):
        if shapes[k] in (Shape.LABEL, Shape.HEAD) and k + 1 < len(items):
            k += 1  # "Watch this" over the next item
        p = _PICTURE.match(items[k].text) if items[k].kind is Kind.TEXT and shapes[k] is Shape.PROSE else None
        if p is None or _RUN_IN.match(items[k].text, p.end()) is None:
            break
        at.append(k)
        marks.append(p.end())
        k += 1
    return at, marks


def _numbered_heads(items: list[Item], shapes: list[Shape]) -> tuple[list[int], list[Item]] | None:
    """The numbered lines ("1. Headline") and their headlines without the number, where every
    one is a headline over prose and the numbers run 1, 2, 3 ... down the page; ``None`` where a
    count restarts or skips (a story's own lists, a ranking) or a numbered line is a sentence
    or stands over no text."""
    at: list[int] = []
    heads: list[Item] = []
    for k, it in enumerate(items):
        text = it.text
        if it.kind is not Kind.TEXT or not "1" <= text[:1] <= "9" or len(text) > DIGEST_NUMBERED_LINE_MAX_CHARS:
            continue  # (exact: every item's line opens with its number's first digit, and is short)
        m = _NUMBER.match(text)
        if m is None:
            continue
        if int(m.group("n")) != len(at) + 1:
            return None
        head = _part(it.line, m.end(), len(text))
        if line_shape(head) not in (Shape.HEAD, Shape.LABEL) or k + 1 >= len(items) or shapes[k + 1] is not Shape.PROSE:
            return None
        at.append(k)
        heads.append(head)
    return at, heads


def _header_start(shapes: list[Shape], k: int) -> int:
    """Where the item titled at ``k`` opens: at its header lines right above the title."""
    start = k
    while start > 0 and k - start < MAX_HEADER_LINES and shapes[start - 1] in _HEADER_SHAPES:
        start -= 1
    return start


def _title_above(shapes: list[Shape], k: int) -> int | None:
    """The headline over a dateline paragraph, past the header lines between them."""
    j = k - 1
    while j >= 0 and k - j <= MAX_HEADER_LINES and shapes[j] in _HEADER_SHAPES:
        j -= 1
    return j if j >= 0 and shapes[j] is Shape.HEAD else None


def _form(it: Item, shape: Shape) -> str | None:
    """How a line opens a digest's item: "slug", "lead" (a capitals headline and a colon
    before the dateline), "dateline" (with the wire's credit or a region), "plain" (capitals
    and a dash: a slug or a bare dateline), or ``None``."""
    if it.kind is not Kind.TEXT or shape is not Shape.PROSE:
        return None
    text = it.text
    if "a" <= text[1:2] <= "z":  # a sentence's opening ("The ..."): every form is capitals first (exact)
        return None
    if not _separator_in_reach(text):
        return None
    m = _COLON_LEAD.match(text)
    if m is not None and _slug_words(m.group("slug")):
        d = CAPS_DATELINE.match(text, m.end())
        if d is not None and d.group("sep") in _DASHES:
            return "lead"
    d = CAPS_DATELINE.match(text)
    if d is not None and d.group("sep") in _DASHES and (d.group("agency") or d.group("region")):
        return "dateline"
    m = _SLUG.match(text)
    if m is None or not _slug_words(m.group("slug")) or word_count(text[m.end() :]) < DIGEST_TEXT_MIN_WORDS:
        return None
    slug = m.group("slug")
    if m.group("sep") == " - ":  # a spaced hyphen: only a slug's ("PUBLIC HEALTH-CARES ACT - ") or a noted item's
        return "slug" if "-" in slug or _note(text, m.end()) else None
    if "-" in slug or "_" in m.group("sep") or m.group("open") or _note(text, m.end()):
        return "slug"
    return "plain" if d is not None else None


# The characters every form's separator holds: CAPS_DATELINE's dash (a "lead" and a "dateline"
# end so) and _SLUG's underscore or dash (a "slug" and a "plain" line).
_FORM_SEPARATORS = ("-", "—", "–", "―", "_")
# How far into a line the first separator character of a form can stand, from the patterns'
# widths: a colon lead ends by 83 (``_COLON_LEAD``: 80 for its slug, 3 for " : "), and
# CAPS_DATELINE's dash stands at most 197 after its start (87 for the place's four words, 67
# for the region, 42 for the agency in brackets, 1 for a space); _SLUG's separator by 83.
_FORM_SEPARATOR_REACH = 83 + 197 + 1


def _separator_in_reach(text: str) -> bool:
    """Whether ``text`` holds a dash or an underscore within ``_FORM_SEPARATOR_REACH``
    characters: a line without one opens no digest item in any form (exact).

    Why: CAPS_DATELINE and _SLUG cost some 5 microseconds each (the regex module's set-up for
    their bounded repeats) on a line that opens with capitals, as a story's run-in subheadings
    do ("LIMITS: While ..."); five bounded substring tests cost a fraction of that. Four in
    five such lines of the text benchmark hold no separator in reach."""
    return any(text.find(c, 0, _FORM_SEPARATOR_REACH) >= 0 for c in _FORM_SEPARATORS)


def _note(text: str, pos: int) -> regex.Match[str] | None:
    """The coverage note closing an item's line after ``pos``."""
    return _NOTE.search(text, max(pos, len(text) - _NOTE_REACH))


def _slug_words(slug: str) -> bool:
    """A slug or capitals headline: a few words, with letters."""
    return 0 < word_count(slug) <= DIGEST_SLUG_MAX_WORDS and sum(c.isalpha() for c in slug) >= DIGEST_SLUG_MIN_LETTERS


def _digest_page(
    items: list[Item], shapes: list[Shape], markers: dict[int, Item], starts: list[int], *, whole: bool
) -> bool:
    """Whether the items are a digest's: a short preamble (at most a few paragraphs of
    ``DIGEST_PARAGRAPH_MIN_WORDS``: a reader app's "One app." and "Copyright ..." lines are none), no section heading before the first
    item (a story's "Related" teasers), and no item but the last longer than a few paragraphs.
    Items opened by a lead-in (``whole``) may run long: a capitals headline glued before the
    dateline is no story's paragraph (mantecabulletin.com's "news from across the nation"
    prints whole stories of six paragraphs so)."""
    intro = [k for k in range(starts[0]) if shapes[k] is Shape.PROSE]
    if sum(1 for k in intro if word_count(items[k].text) >= DIGEST_PARAGRAPH_MIN_WORDS) > DIGEST_PREAMBLE_MAX_PROSE:
        return False
    if any(0 < m <= starts[0] and markers[m].section not in (None, "end") for m in markers):
        return False
    return whole or all(
        sum(1 for s in shapes[a:b] if s is Shape.PROSE) <= DIGEST_ITEM_MAX_PROSE for a, b in pairwise(starts)
    )


def _split_lead_ins(
    items: list[Item], shapes: list[Shape], markers: dict[int, Item], at: list[int], ledger: Ledger
) -> tuple[list[Item], list[Shape], Digest]:
    """Each item's lead-in on a line of its own (a title), its text on the next, and the
    coverage note closing the text recorded as removed."""
    starts = set(at)
    out, out_shapes, positions = _respliced(items, shapes, lambda k, it: _pieces(it, ledger) if k in starts else None)
    remap_markers(markers, positions)
    cuts = [positions[k] for k in sorted(starts)]
    return out, out_shapes, Digest(cuts=cuts, first=cuts[0], titled=True)


def _pieces(it: Item, ledger: Ledger) -> list[tuple[Item, Shape]]:
    """One item's line as its title, its text and its closing byline."""
    line = it.line
    text = line.text
    m = _COLON_LEAD.match(text)
    if m is None or CAPS_DATELINE.match(text, m.end()) is None:
        m = _SLUG.match(text)
    assert m is not None  # _form matched it
    opened = m.groupdict().get("open")
    if opened:
        ledger.remove(opened.strip(), line.start, "layout.digest-lead-in")
    slug_at = m.start("slug")
    sep = m.group("sep")
    ledger.remove(sep.strip(), line.start + m.start("sep") + (len(sep) - len(sep.lstrip())), "layout.digest-lead-in")
    end = len(text)
    note = _note(text, m.end())
    by: tuple[int, int] | None = None
    if note is not None:
        ledger.remove(note.group("note"), line.start + note.start("note"), "layout.digest-note")
        end = note.start()
        b = _NOTE_BY.search(text, max(m.end(), end - _NOTE_BY_REACH), end)
        if b is not None and b.start() > m.end():
            by = (b.start() + 1, end - 1)  # "By Jane Roe" without its full stop: a byline line
            ledger.remove(".", line.start + end - 1, "layout.digest-note")
            end = b.start()
    out = [(_part(line, slug_at, m.end("slug")), Shape.HEAD)]
    body = _part(line, m.end(), end)
    out.append((body, line_shape(body)))
    if by is not None:
        out.append((_part(line, *by), Shape.META))
    return out


def _part(line: Line, start: int, end: int) -> Item:
    """The text of ``line`` from ``start`` to ``end`` as a line of its own."""
    text = line.text[start:end]
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    at = line.start + start + lead
    return Item(Line(text, at, at + len(text), line.index, line.blank_before if start == 0 else 0, 0), Kind.TEXT)


def titleless_entries(digest: Digest, n: int) -> tuple[Layout, dict[int, str]]:
    """A digest whose items print no headline: each dateline paragraph and the lines after it
    up to the next is an entry without a title; the lines before the first are the preamble."""
    bounds = [*digest.cuts, n]
    entries = [Entry(body=list(range(a, b))) for a, b in pairwise(bounds)]
    return Layout(entries, list(range(digest.cuts[0])), ()), {a: "layout.digest-item" for a in digest.cuts}
