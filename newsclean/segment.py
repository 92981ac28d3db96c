"""Typed lines to article blocks: where each story starts, which lines are its header.

The shapes, read off aggregator pages rather than any one site's words:

* a **meta run**: an outlet line and/or a time line, then bullets (``• Outlet``,
  ``- Politics``). It sits between a story's title and its body; a byline line between
  the title and the run is part of it;
* the **title printed twice** (or three times) around a meta run;
* a **lead block** before any meta run: the page's own story, whose first line is its title
  when it reads like a headline;
* **section markers** ("Related Articles", "Latest news with #X") switching the role of
  what follows;
* **teaser lists** without headers: lines that each end in a timestamp (author pages), or
  lines opening with an all-caps kicker ("LIMITS: ...") after the story.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

import regex

from .classify import Item, Kind, outlet_like
from .dates import relative_age
from .headerlines import BY_OPENINGS, LIST_HEADING, LIST_HEADING_WIDTH, bracket_photo_credit, byline_line
from .models import PageKind, Role
from .para import Ledger
from .thresholds import (
    AGGREGATOR_BULLET_WORDS,
    CAPTION_TAG_REACH,
    CARD_LINK_MAX_WORDS,
    CUT_REPEAT_MIN_CHARS,
    FOOTER_MAX_LINES,
    FOOTER_MAX_WORDS,
    FULL_STOP_HEADLINE_MAX_WORDS,
    HEADLINE_MAX_CHARS,
    HEADLINE_MAX_WORDS,
    KICKER_MIN_CHARS,
    KICKER_TEASER_MIN_CHARS,
    KICKER_TEASERS_MIN,
    MARKER_MAX_TAGS,
    PLAYLIST_MIN_ENTRIES,
    PLAYLIST_SECTION_MAX_WORDS,
    RELATED_HEAD_MAX_LINES,
    RELATED_MAX_ENTRIES,
    RELATED_TEASER_MIN_WORDS,
    RELATED_TEASERS_MIN,
    RELATED_TITLE_MIN_WORDS,
    RELATED_TITLES_MIN,
    STAMPED_TEASER_MAX_CHARS,
    STAMPED_TEASERS_MIN,
    STORY_ABOVE_MIN_PARAGRAPHS,
    TITLE_KICKER_MAX_WORDS,
    TITLE_PART_MIN_WORDS,
    TITLE_PART_REACH,
    TITLE_PARTS_MAX,
    TITLELESS_RUN_MIN,
    TRANSCRIPT_MIN_SPEAKERS,
    UNSPACED_HEADLINE_MAX_CHARS,
    WIRE_TAIL_REACH,
)
from .timeparse import aggregator_time


@dataclass
class Block:
    """The lines of one article before field extraction."""

    role: Role
    title: Item | None = None
    meta: list[Item] = field(default_factory=list)
    body: list[Item] = field(default_factory=list)
    kicker: str | None = None  # all-caps label opening a teaser ("LIMITS")
    stamp: re.Match[str] | None = None  # trailing timestamp of a teaser line
    tags: list[str] = field(default_factory=list)  # the hashtag a listing section is about
    # the generic layout (newsclean.layout) also says which lines sit before the title,
    # which trail the body, the standfirst and the title's repeats
    head: list[Item] = field(default_factory=list)
    tail: list[Item] = field(default_factory=list)
    subtitle: Item | None = None
    repeats: list[Item] = field(default_factory=list)
    generic: bool = False
    page_category: str | None = None  # the listing's own heading, for entries without a section
    page_byline: str | None = None  # an author page's heading: the author of every entry
    page_outlet: str | None = None  # a listing's "Site | Section" heading: the publisher of every entry
    page_published: str | None = None  # the date heading the group of entries this one stands in
    decorations: frozenset[tuple[str, str]] = frozenset()  # title affixes recurring on the page
    kickers: frozenset[str] = frozenset()  # first words the page's one-line cards open with
    heading: Item | None = None  # the listing's heading line the page category was read from

    def items(self) -> list[Item]:
        own = [*self.head, *([self.title] if self.title else []), *self.meta, *self.body, *self.tail]
        if self.subtitle is not None:
            own.append(self.subtitle)
        if self.heading is not None:
            own.append(self.heading)
        return own + self.repeats


@dataclass
class Segmentation:
    blocks: list[Block]
    kind: PageKind
    aggregator: bool = False  # whether entries were found by aggregator header runs
    reading: str = "lead"  # "aggregator", "generic" or "lead": which reading made the blocks
    # a closing list heading over title-over-teaser entries opened a related section: the
    # story and its related list are read, unless the page repeats a layout (a listing)
    teasers: bool = False


_HASHTAG = regex.compile(r"#([\w-]{1,60})")
# re, not regex: no regex-only syntax, and re holds the GIL (regex drops and retakes it per call)
_KICKER = re.compile(r"(?P<kicker>[A-Z][A-Z0-9'’&\- ]{1,40}[A-Z0-9]):\s(?=\S)")
# re, not regex: no regex-only syntax, and re holds the GIL (regex drops and retakes it per call)
_STAMP = re.compile(
    r"\s(?P<repeat>(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s\d{1,2}\s[A-Z][a-z]{2}\s){0,4})"
    r"(?P<stamp>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s\d{1,2}\s[A-Z][a-z]{2}\s\d{4}"
    r"(?:\sat\s\d{1,2}:\d{2}\s?[ap]m)?)$"
)


def _may_end_in_stamp(text: str) -> bool:
    """Whether ``text`` can end in a ``_STAMP`` match: with a year's last digit or the "m" of
    its "am"/"pm", maybe before a final line break (``$``).

    Why: the pattern is tried at every space of the line (~16K instructions a line,
    callgrind), and a listing's lines are searched until one ends in no stamp. Exact: every
    match ends so (a digit of the pattern is a decimal digit, ``str.isdecimal``; tests/test_stamp_gate.py).
    """
    last = text[-2:-1] if text.endswith("\n") else text[-1:]
    return last == "m" or last.isdecimal()


def _same(a: Item, b: Item, *, last: bool = False) -> bool:
    """Two lines print the same headline (the second may be cut off by the page's end)."""
    if a.kind is not Kind.TEXT or b.kind is not Kind.TEXT:
        return False
    if a.text == b.text:
        return True
    return last and len(b.text) >= CUT_REPEAT_MIN_CHARS and a.text.startswith(b.text)


def headline_like(text: str) -> bool:
    """A line that can be a title: not a paragraph of running prose."""
    # the length first: most lines asked are paragraphs, and splitting one into its words
    # costs thousands of instructions for the same answer
    if len(text) > HEADLINE_MAX_CHARS:
        return False
    words = text.split()
    if not words or len(words) > HEADLINE_MAX_WORDS:
        return False
    if text.endswith((".", "।")) and not text.endswith("...") and len(words) > FULL_STOP_HEADLINE_MAX_WORDS:
        return False
    # scripts written without spaces: a sentence is one "word", so length tells prose
    if text.endswith(("。", "！", "？")) and len(text) > UNSPACED_HEADLINE_MAX_CHARS:
        return False
    return not (text.endswith((")", "]")) and credited_caption(text))


def credited_caption(text: str) -> bool:
    """Whether a line is a photo caption closed by its credit tag after the caption's full
    stop, so no headline: "<caption>. (Photo: AAP Image/Jane Roe)" (the layout's credit tag,
    ``_credited_caption``) or "<caption>. [Jane Roe, Standard]" (``headerlines.bracket_photo_credit``).

    Why: a page that opens with its lead picture's caption prints it above the headline or
    in its place (standardmedia.co.ke: "<caption>. [Photographer, Standard]" as the text's
    first line, read as the story's title), and a caption printed twice under the date
    (inqld.com.au: "<caption>. (Photo: AAP Image/Photographer)") opened a related entry of
    its own. After a sentence's end only: a headline may close on "(Photos)" or "[VIDEO]"."""
    if text.endswith("]"):
        return bracket_photo_credit().search(text, max(0, len(text) - CAPTION_TAG_REACH)) is not None
    from .layout.shapes import credit_tag  # here, not at the top: layout imports this module

    m = credit_tag(text)
    return m is not None and text[: m.start()].rstrip()[-1:] in _CAPTION_STOPS


_CAPTION_STOPS = frozenset(".!?’”\"'")


# "Source: Coast Post", "News source: Coast Post" closes the story above it (its credit line);
# an aggregator's outlet line over the next entry's time is the bare name.
# re, not regex: no regex-only syntax, and re holds the GIL (regex drops and retakes it per call)
_SOURCE_LABEL = re.compile(r"(?:News\s|NEWS\s)?(?:[Ss]ource|SOURCE)\s?:")


def _meta_runs(items: list[Item]) -> list[tuple[int, int]]:
    """[start, end) of every outlet/time/bullet run."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(items)
    while i < n:
        it = items[i]
        start = i
        if it.kind is Kind.TIME:
            i += 1
        elif (
            it.kind is Kind.TEXT
            and i + 1 < n
            and items[i + 1].kind is Kind.TIME
            and items[i + 1].outlet is None
            # "Headline" / "Updated: <date>" opening the page: the line is the title, not an outlet
            and not (_own_stamp(items[i + 1]) and (i == 0 or items[i - 1].kind is not Kind.TEXT))
            and outlet_like(it.text)
            and not _SOURCE_LABEL.match(it.text)
            and _bullets_name(items, i + 2, it.text)
        ):
            i += 2
        else:
            i += 1
            continue
        while i < n and items[i].kind is Kind.BULLET:
            i += 1
        # the story's own byline and labelled stamp under an aggregator's header ("By Jane
        # Roe" / "Published: 3 hours ago") belong to that header, not to a new story's
        if i < n and (_own_stamp(items[i]) or (start < i and _byline_stamp(items[i]))):
            i += 1
        elif i + 1 < n and items[i].kind is Kind.TEXT and outlet_like(items[i].text) and _own_stamp(items[i + 1]):
            i += 2
        runs.append((start, i))
    return runs


def _byline_under_title(items: list[Item], start: int, floor: int) -> bool:
    """ "Title" / "By Jane Roe" / "Outlet3 hours ago": the byline is part of the header.

    Only under a headline: a byline closing a story's paragraphs ends that story and
    stays with it, even when the next entry's header follows at once.
    """
    if start - 2 < floor:
        return False
    by, title = items[start - 1], items[start - 2]
    return (
        by.kind is Kind.TEXT
        and title.kind is Kind.TEXT
        and headline_like(title.text)
        and not title.text.endswith(".")
        and (byline_line(by.text) is not None or _name_over_its_role(by.text, items[start].text))
    )


def _name_over_its_role(name: str, first: str) -> bool:
    """Whether a line is the writer's name over the header line that opens with it and adds
    the writer's desk ("Jane Roe" over "Jane Roe - News Editor" and the time).

    Why: onedio.com prints its stories' writer so between the headline and the time line;
    the name read as a feed entry's headline, which opened a "related" story holding the
    page's own, and the masthead line over the headline became the main story's title."""
    return first != name and first.startswith(name) and not first[len(name)].isalnum() and _has_words(name)


def _bullets_name(items: list[Item], i: int, outlet: str) -> bool:
    """Whether the bullets from ``i`` (if any) repeat ``outlet``, as an outlet line's do.

    "- Sports" alone under "45m ago" says the line above the time is no outlet: it is the
    title of a title-only entry before this one.
    """
    key = outlet.casefold()
    seen = False
    while i < len(items) and items[i].kind is Kind.BULLET:
        b = (items[i].bullet or "").casefold()
        if b and (key.startswith(b) or b.startswith(key)):
            return True
        seen, i = True, i + 1
    return not seen


def _header_follows(items: list[Item], i: int) -> bool:
    """Whether a story's header starts at ``i``: a title, then a time (maybe under an outlet)."""
    if i + 1 >= len(items) or items[i].kind is not Kind.TEXT or not headline_like(items[i].text):
        return False
    nxt = items[i + 1]
    if nxt.kind is Kind.TIME:
        return True
    return nxt.kind is Kind.TEXT and outlet_like(nxt.text) and i + 2 < len(items) and items[i + 2].kind is Kind.TIME


def _kind_in(items: list[Item], s: int, e: int, kind: Kind) -> bool:
    """Whether a line of ``items[s:e]`` is of ``kind``. A loop, not ``any()`` over a generator:
    a generator closed at its first hit raises GeneratorExit inside itself, which costs more
    than the tests (compare.py --instructions: thousands of instructions each time)."""
    for k in range(s, e):
        if items[k].kind is kind:
            return True
    return False


def _title_below(items: list[Item], s: int, e: int) -> bool:
    """Whether the header run [s, e) is an entry's, with its title printed under the bullets
    ("Outlet / 3 hours ago / - Outlet / Title"): the line above it is then not its title."""
    return (
        e < len(items)
        and _kind_in(items, s, e, Kind.BULLET)
        and items[e].kind is Kind.TEXT
        and headline_like(items[e].text)
        and not items[e].text.endswith(".")  # a headline, not the story's first sentence
        and not _same(items[s - 1], items[e])
    )


def _feed_title(items: list[Item], s: int, e: int) -> bool:
    """A feed's entry: its headline printed once, right above an outlet-and-time header with
    no bullets ("Headline" / "Coast Post · 3h" / its first sentence).

    Aggregator entries whose title comes under the header print bullets between the two
    ("Outlet" / "3 hours ago" / "- Outlet" / "Title"); without them the line above is the title.
    """
    above = items[s - 1]
    if above.kind is not Kind.TEXT or not headline_like(above.text) or above.text.endswith((".", ":", ",", ";")):
        return False
    if above.text.endswith(")") and _credited_caption(above.text):
        return False
    if not any(c.isalpha() for c in above.text):
        return False  # a view counter ("5211" over nvo.ng.ru's outlet-and-time line): no headline
    if _kind_in(items, s, e, Kind.BULLET):
        return False
    for k in range(s, e):  # a loop, not any() over a generator (see _kind_in)
        if items[k].kind is Kind.TIME and (items[k].outlet or k > s):
            return True
    return False


def _prose_below(items: list[Item], e: int) -> bool:
    """Whether the line under a header run ending at ``e`` is the story's prose, no title: the
    header is the lead story's own ("By ..." / "Published: ..." over its first paragraph),
    where a card prints its title under the header (a caption over a card's header is that
    card's, and the line above it a heading of the list)."""
    return e < len(items) and items[e].kind is Kind.TEXT and not headline_like(items[e].text)


def _caption_item(it: Item) -> bool:
    """A text line that is a photo's caption closing on its credit tag (see ``_credited_caption``)."""
    return it.kind is Kind.TEXT and it.text.endswith(")") and _credited_caption(it.text)


def _credited_caption(text: str) -> bool:
    """A photo's caption closing on its credit tag ("... at a deputy.(WJHG/WECP)", "... on
    Tuesday. (AP Photo/Jane Roe)"): the layout reads it as a caption (``layout.shapes.credit_tag``),
    and a caption is no feed's headline.

    Why: Gray TV's station pages (wjhg.com) print the lead photo's caption with the station's
    credit between the headline and the "By ..." / "Published: ..." lines; read as a feed's
    headline right above that header, the caption opened a second, "related" story that took
    the whole body, and the page's own headline was left with none.
    """
    from .layout.shapes import credit_tag  # here, not at the top: layout imports this module

    return credit_tag(text) is not None


def _own_stamp(it: Item) -> bool:
    """A time line behind a stamp label ("Updated March 4, 2024"), not an outlet's header."""
    return it.kind is Kind.TIME and it.outlet is None and it.label is not None and it.label != "time"


def _byline_stamp(it: Item) -> bool:
    """A time line behind the writer's name ("By Jane Roe | June 9, 2025", "By Jane Roe, 3
    hours ago"): the reprinted story's own byline and stamp, never an outlet's header.

    Why: an aggregator reprints another site's page from its header down, and that site's
    "By <writer> | <date>" line right under the aggregator's own header line was read as a
    second header: it opened a related entry whose title was the story's first paragraph,
    and the page's own story was left without a body (issue 19: Daily8's reprints of blogs
    and local papers; ``By Jane Roe | Updated: ...`` with its label was already read so)."""
    return it.kind is Kind.TIME and it.label is None and it.outlet is not None and it.outlet.startswith(BY_OPENINGS)


# What a story's last paragraph ends with: a full stop, a sign-off's bracket, a quote.
_STORY_END = (".", "!", "?", ")", '"', "”", "’")


def _reprint_header(
    items: list[Item], s: int, e: int, prev: tuple[int, int], marker_pos: list[int], lone_date: bool = False
) -> bool:
    """Whether the run [s, e) is the reprinted page's own header inside the entry the run
    ``prev`` opened: its time a labelled stamp ("Published: 3 hours ago", "Erstellt am
    09.02.2022", "Updated June 9, 2025") under its own title or kicker, where the
    aggregator's header above printed its time unlabelled, and no section heading between.

    Why: an aggregator reprints the first part of another site's page, header and all
    (a blog's "Blog" / post title / "Erstellt am ..." on kulturkaufhaus.de, a story's title
    and "Published: ..." line on the html-dev pages benchmarks/reprints.py wraps as Daily8
    does): read as a second entry's header, it took the story's text as a related entry's
    and left the page's own story without a body. An aggregator's headers share one form;
    a listing whose every header is labelled still opens an entry at each (the first run
    sets the form). So is a bare date alone on its line there (``bare_date``), when the page
    prints fewer than a playlist's rows of them (``lone_date``): a video page's playlist dates
    each of its rows (``PLAYLIST_MIN_ENTRIES`` or more)."""
    bare = lone_date and e - s == 1 and bare_date(items[s])
    if not bare and any(items[k].kind is Kind.TIME and not _own_stamp(items[k]) for k in range(s, e)):
        return False
    ps, pe = prev
    if not any(
        items[k].kind is Kind.TIME
        and items[k].label is None
        and items[k].outlet
        and (not bare or relative_age(items[k].time or ""))  # a bare date: under an age only
        for k in range(ps, pe)
    ):
        return False
    k = bisect_right(marker_pos, pe - 1)
    return not (k < len(marker_pos) and marker_pos[k] < s)


def bare_date(it: Item) -> bool:
    """A date or a date and clock alone on a line, no outlet, label or age ("09 Jul 2025
    05:04pm", "July 9, 2025 5:04 PM"): the reprinted story's own stamp when it stands inside
    the story an aggregator's outlet-and-age header opened (see ``_reprint_header``).

    Why: Daily8 reprints Sinar Daily's and other Malaysian dailies' pages from their
    standfirst down, the stamp under it on a line of its own; read as a second header it
    made the next paragraph a related entry's title and cut the page's story in two. Only
    under a header of an outlet and an age (Daily8's): a site whose own header names its
    outlet beside a date prints its related entries under bare dates (newsonjapan.com's
    "Japan Times -- Nov 30" over the story, "Aug 06" over each related teaser)."""
    return it.kind is Kind.TIME and it.outlet is None and it.label is None and not relative_age(it.time or "")


def _closing_stamp(items: list[Item], s: int) -> bool:
    """A bare time line closing the page right under a story's last paragraph is that
    story's stamp: nothing under it could be the entry it would head."""
    it, before = items[s], items[s - 1]
    return (
        s == len(items) - 1
        and it.kind is Kind.TIME
        and it.outlet is None
        and before.kind is Kind.TEXT
        and before.text.endswith(_STORY_END)
    )


def _closing_trailer(items: list[Item], s: int, e: int) -> bool:
    """A header run under a story's last paragraph, with at most a few link lines after it
    to the page's end ("By Jane Roe" / "Published: 2024-03-18" / "Source link : ..."), is the
    story's trailer: its byline and stamp, not the header of an entry with no text.

    Why: sites and feed readers print the author and date after the story; read as an
    aggregator's header run, they opened an entry whose title was the link line under them
    and whose body was empty, and the story lost its byline and time. Only a run of bylines
    and a time with no outlet (an aggregator's "Coast Post" / "2 hours ago" opens its next
    entry, whose title may be all there is under it), and no line under the run that could
    be a story's text (``_footer_line``).
    """
    if s < 2 or items[s - 1].kind is not Kind.TEXT or not items[s - 1].text.endswith(_STORY_END):  # noqa: PLR2004 (a title and the paragraph the run closes)
        return False
    for it in items[s:e]:  # a time with no outlet, and bylines: an outlet's name opens an entry
        if (it.kind is Kind.TIME and it.outlet is not None) or (
            it.kind is not Kind.TIME and byline_line(it.text) is None
        ):
            return False
    rest = items[e:]
    return len(rest) <= FOOTER_MAX_LINES and all(_footer_line(it) for it in rest)


def _story_footer(items: list[Item], ledger: Ledger) -> list[Item]:
    """The site's link lines under a story's closing stamp (see ``FOOTER_MAX_LINES``) are
    removed, so the stamp closes the page and the story (:func:`_closing_stamp`)."""
    k = len(items)
    while k > 0 and len(items) - k < FOOTER_MAX_LINES and _footer_line(items[k - 1]):
        k -= 1
    if k == len(items) or k < 2 or items[k - 1].kind is not Kind.TIME or not _closing_stamp(items[:k], k - 1):  # noqa: PLR2004 (a stamp and the paragraph it closes)
        return items
    for it in items[k:]:
        ledger.remove(it.text, it.line.start, "segment.story-footer")
    return items[:k]


def _footer_line(it: Item) -> bool:
    text = it.text
    return it.kind is Kind.TEXT and at_most_words(text, FOOTER_MAX_WORDS) and not text.endswith(_STORY_END)


def at_most_words(text: str, n: int) -> bool:
    """Whether ``text`` has at most ``n`` words (as ``len(text.split()) <= n``). The split
    stops after ``n`` words: a paragraph asked is not cut into all its words for the answer
    (more than ``n`` words leave a non-empty rest as an ``n + 1``-th part)."""
    return len(text.split(None, n)) <= n


@dataclass
class _Sections:
    """Where the page's section headings stood, once taken out of the line flow."""

    items: list[Item]  # the lines left, "end" markers kept in the flow
    at: dict[int, str] = field(default_factory=dict)  # position in ``items`` -> section opened there
    tags: dict[int, list[str]] = field(default_factory=dict)  # hashtags a listing heading names
    own: set[str] = field(default_factory=set)  # sections the rule files mark (not closing headings)
    teasers: bool = False  # a closing heading opened a related section of title-over-teaser entries
    titles: set[int] = field(default_factory=set)  # positions in ``items`` of bare-headline related lists


def segment(items: list[Item], ledger: Ledger) -> Segmentation:
    """Split the typed lines of a page into blocks, each with a role.

    The rules run in this order, each a function named for what it finds: section headings
    (:func:`_find_sections`), header runs (:func:`_header_runs`), each run's title
    (:func:`_entry_title`), then the blocks between (:func:`_build_blocks`).
    """
    items = _dated_title_twice(items)
    sec = _find_sections(items, ledger)
    items = sec.items = _story_footer(sec.items, ledger)
    runs = _header_runs(items, sec.at)
    starts: dict[int, tuple[int, int, int | None]] = {}  # entry start -> (run start, run end, title idx)
    prev_end = 0
    prev_bullets = False
    for s, e in runs:
        title_idx, rule = _entry_title(items, s, e, sec.at, prev_end, prev_bullets)
        entry_start = s if title_idx is None else title_idx
        starts[entry_start] = (s, e, title_idx)
        if ledger.trace is not None:
            line = items[entry_start].line
            ledger.note(
                rule, line.start, line.text, "opens an entry" + (" as its title" if title_idx is not None else "")
            )
        prev_end = e
        prev_bullets = _kind_in(items, s, e, Kind.BULLET)
    blocks, kind = _build_blocks(items, starts, sec, ledger)
    floor_item = min(sec.at, default=len(items))
    blocks = _drop_playlist(
        blocks, floor_item, items, ledger, closed_by_rules=bool(sec.own) and floor_item < len(items)
    )
    teasers = any(bl.stamp is not None for bl in blocks)
    # the lead story's title printed twice at the top of the page, as Daily8 prints it
    lead_twice = (
        bool(blocks)
        and blocks[0].title is not None
        and len(items) > 1
        and _same(items[0], items[1])
        and not _cards_print_titles_twice(items)
    )
    aggregator = (
        # a related, listing or comments section the rule files mark; a closing heading
        # ("Latest articles", "More stories") is any site's and says nothing of the layout
        bool(sec.own) or teasers or lead_twice or any(_aggregator_header(items, s, e, t) for s, e, t in starts.values())
    )
    return Segmentation(
        blocks, kind, aggregator=aggregator, reading="aggregator" if aggregator else "lead",
        teasers=sec.teasers and _story_above(blocks),
    )  # fmt: skip


def _dated_title_twice(items: list[Item]) -> list[Item]:
    """``items`` with a dated title printed twice at the page's top read as the title, not as
    two outlet-and-date lines.

    Why: a headline that closes with a date after a comma or a bar ("Celebrity Social Media,
    November 13, 2024" on laineygossip.com, "Newsroom Briefing | June 30th, 2025" on
    onestnetwork.com) has the shape of an outlet and its date; Daily8 prints the
    lead story's title twice at the top and its own outlet-and-age line under it, so the two
    copies opened two empty entries and the story became a related one with no title. Only
    the same line twice at the top with a third header line right under them: an outlet's
    dated line is never printed twice over another outlet's.
    """
    if len(items) < 3:  # noqa: PLR2004 (the title twice and the header under it)
        return items
    a, b, c = items[0], items[1], items[2]
    if not (
        a.kind is Kind.TIME
        and b.kind is Kind.TIME
        and a.outlet is not None
        and a.text == b.text
        and c.kind is Kind.TIME
        and c.outlet is not None
        and c.text != a.text
    ):
        return items
    return [Item(a.line, Kind.TEXT), Item(b.line, Kind.TEXT), *items[2:]]


def _cards_print_titles_twice(items: list[Item]) -> bool:
    """Whether a headline further down is printed twice in a row too: a listing whose cards
    each print their title twice (the image's link, then the heading) over a teaser.

    Why: the first title printed twice reads as Daily8's lead story (its title twice over
    its header), and the page as the aggregator's, which found no header run and made the
    whole listing one entry under the first card's title (thepakistan.pk's section pages:
    "Title" / "Title" / teaser, card after card). Daily8 prints its lead's title twice, and
    no other headline so; another doubled headline-like line past the first two makes the
    page a listing of such cards, which the layout reading splits."""
    for k in range(2, len(items) - 1):
        a, b = items[k], items[k + 1]
        if a.kind is Kind.TEXT and a.text == b.text and b.kind is Kind.TEXT and headline_like(a.text):
            return True
    return False


def _find_sections(items: list[Item], ledger: Ledger) -> _Sections:
    """Section headings: the rule files' markers, and list headings over stories with headers.

    A closing heading ("More stories") over stories with their own headers, or over cards of
    a title and a teaser each (:func:`_teaser_chunks`), opens a related section like the
    aggregator's "Related Articles"; over anything else it stays in the flow, so the body
    pass learns where the story closed.
    """
    sec = _Sections(items=[])
    for i, it in enumerate(items):
        if it.kind is Kind.TEXT and len(it.text) <= LIST_HEADING_WIDTH and LIST_HEADING.fullmatch(it.text):
            follows = _header_follows(items, i + 1)  # "Recommended" over stories with their own headers
            teasers = not follows and _teasers_follow(items, i + 1)
            if follows or teasers:
                ledger.remove(it.text, it.line.start, "segment.further-reading-heading")
                sec.at[len(sec.items)] = "related"
                sec.tags[len(sec.items)] = []
                sec.teasers = sec.teasers or teasers
                continue
        if it.kind is not Kind.MARKER:  # most lines: a single test
            sec.items.append(it)
            continue
        if it.section == "entry":
            continue  # rules.py hook: a site's entry separator, read by the generic layout only
        if it.section != "end":
            sec.own.add(it.section or "related")
            opens = True
        else:  # a closing heading: a section only over stories with headers or over cards
            opens = _header_follows(items, i + 1)
            if not opens and _LIST_OPENER.match(it.text) is not None and _teasers_follow(items, i + 1):
                opens = sec.teasers = True
            if not opens and _title_list_heading(it.text) and _titles_follow(items, i + 1):
                opens = sec.teasers = True  # bare headlines of other stories: read as a related list
                sec.titles.add(len(sec.items))
        if opens:
            sec.at[len(sec.items)] = "related" if it.section in (None, "end") else it.section
            sec.tags[len(sec.items)] = _HASHTAG.findall(it.text)[:MARKER_MAX_TAGS]
        else:
            sec.items.append(it)
    return sec


def without_idle_closers(items: list[Item]) -> list[Item]:
    """The page's lines without the closing headings ("Trending Now", "Sign up for our
    newsletter") that stand above its first line of text or below its last: no story stands
    above the first to close, and nothing stands under the last to head, so neither opens a
    section, and the lines are read as the page's own (its story, or a listing's entries).
    The heading's line was recorded as removed where it was read.

    Why: daily8_variants' furniture probe set a site's "Trending Now" over Daily8 pages and
    the wide corpus's: the story under it was read as a related list of other stories'
    titles, its own title lost as "further reading"; "Sign up for our newsletter" under the
    last entry of two wide listings changed how their entries were read."""
    first = 0
    while first < len(items) and _idle_closer(items[first]):
        first += 1
    last = len(items)
    while last > first and _idle_closer(items[last - 1]):
        last -= 1
    return items[first:last] if first or last < len(items) else items


def _idle_closer(it: Item) -> bool:
    return it.kind is Kind.MARKER and it.section == "end"


# The closing headings that head a list of other stories ("Related", "More from the Times",
# "Latest news", "Recommended for you"), not a story's tags, share row or comment box.
_LIST_OPENER = regex.compile(
    r"(?i)(?:related|more|latest|recent|similar|other|recommended|popular|further|top|you (?:may|might) also)\b"
)


# The closing headings that head a list of other stories' bare headlines besides the list
# openers: reading prompts ("ALSO READ", "Read more", "Most read", "Don't miss", "Trending").
_TITLE_LIST_OPENER = regex.compile(
    r"(?i)(?:also read|read (?:also|more|next)|most (?:read|popular|viewed|shared)|don'?t miss|trending)\b"
)

# The same headings in the other languages whose closing headings the rule files know
# (web.story-end): "Lees ook", "Leia também", "Lo más leído", "Articoli correlati",
# "Weitere Artikel", "Baca juga", ... A story page in Dutch or Spanish closes with the same
# related list as one in English; with English openers only, its headlines were cut as
# further reading (heuristic.further-reading) where an English page keeps them as related
# stories. Openers only: the heading's first words, as the English patterns read them.
_OTHER_LIST_OPENER = regex.compile(
    r"(?i)(?:"
    r"noticias relacionadas|art[íi]culos relacionados|te puede interesar|tambi[ée]n te puede|lee tambi[ée]n|"
    r"lea tambi[ée]n|lo m[áa]s (?:le[íi]do|visto)|m[áa]s (?:le[íi]d[oa]s|noticias|vistos?)|[úu]ltimas noticias|"
    r"not[íi]cias relacionadas|mat[ée]rias relacionadas|leia (?:tamb[ée]m|mais)|veja tamb[ée]m|mais (?:lidas?|lidos|not[íi]cias)|"
    r"[àa] lire (?:aussi|[ée]galement)|lire aussi|articles (?:similaires|li[ée]s)|sur le m[êe]me sujet|les plus lus|"
    r"leggi anche|articoli correlati|i pi[ùu] letti|altre notizie|"
    r"lesen sie auch|weitere (?:artikel|beitr[äa]ge|nachrichten|meldungen)|mehr zum thema|meistgelesen|"
    r"das k[öo]nnte sie auch interessieren|"
    r"lees ook|gerelateerde artikelen|gerelateerd|meest gelezen|meer nieuws|"
    r"baca juga|berita terkait|artikel terkait|berita lainnya|terpopuler|"
    r"czytaj (?:te[żz]|tak[żz]e)|zobacz (?:te[żz]|tak[żz]e)|"
    r"citi[țţt]i (?:[șşs]i|mai mult)|"
    r"ilgili haberler|[İi]lginizi [çc]ekebilir|"
    r"читайте также|похожие (?:статьи|новости)|"
    r"l[äa]s (?:ocks[åa]|mer)|relaterade artiklar|"
    r"mohlo by v[áa]s zaj[íi]mat|souvisej[íi]c[íi] [čc]l[áa]nky"
    r")\b"
)


def _title_list_heading(text: str) -> bool:
    """A closing heading that can head a list of bare headlines (see ``_TITLE_LIST_OPENER``)."""
    return (
        _LIST_OPENER.match(text) is not None
        or _TITLE_LIST_OPENER.match(text) is not None
        or _OTHER_LIST_OPENER.match(text) is not None
    )


def _bare_title(it: Item) -> bool:
    """A line that reads as another story's headline alone: a title of at least
    ``RELATED_TITLE_MIN_WORDS`` words, no paragraph of prose."""
    return it.kind is Kind.TEXT and len(it.text.split()) >= RELATED_TITLE_MIN_WORDS and headline_like(it.text)


def _titles_follow(items: list[Item], i: int) -> bool:
    """Whether the page ends, from ``i``, with a list of other stories' bare headlines: at
    least ``RELATED_TITLES_MIN`` and at most ``RELATED_MAX_ENTRIES`` lines, every one a
    headline (:func:`_bare_title`).

    Why: story pages close with a heading over links to other stories, printed as their
    headlines only (devdiscourse.com's "ALSO READ" over five headlines; miamiherald.com's
    "Videos" row), and each line was read as a paragraph of the story, or cut as a pasted
    headline, where it is a related story with its title. Only the page's end: a run of short
    lines inside a story (a list of points) has the story's paragraphs after it. The count is
    checked before any line is read, so a page printing the heading many times costs nothing.
    """
    n = len(items)
    if not RELATED_TITLES_MIN <= n - i <= RELATED_MAX_ENTRIES:
        return False
    return all([_bare_title(items[k]) for k in range(i, n)])


def _title_blocks(items: list[Item], role: Role) -> list[Block]:
    """A related list's bare headlines (:func:`_titles_follow`) as title-only blocks."""
    return [Block(role=role, title=it) for it in items]


def _teaser_line(it: Item) -> bool:
    """A teaser: one paragraph of prose, a sentence or more (or cut short with "...")."""
    text = it.text
    return (
        it.kind is Kind.TEXT
        and (text.endswith(_STORY_END) or text.endswith(("...", "…")))
        and len(text.split()) >= RELATED_TEASER_MIN_WORDS
    )


def _teaser_chunks(items: list[Item], start: int = 0) -> tuple[list[tuple[int, int, int | None]], int] | None:
    """The title-over-teaser entries ``items`` holds from ``start``, up to a section marker:
    (first line, title, teaser) each, and where they end; ``None`` unless there are
    ``RELATED_TEASERS_MIN``.

    Each entry is a few short lines (a section label, the title, its repeat, who reviewed
    it), the longest of them the title, then one teaser paragraph, then perhaps the card's
    link ("READ MORE"). Two paragraphs in a row are a story's text, not a list of others:
    then nothing is read. A title with no teaser after the last one is an entry the page's
    end cut off. Indices, not a slice, and at most ``RELATED_MAX_ENTRIES`` entries read: the
    scan runs from every list heading, and a page may print one 10^5 times.
    """
    out: list[tuple[int, int, int | None]] = []
    first = start
    k = start
    n = len(items)
    while k < n:
        it = items[k]
        if it.kind is Kind.MARKER:
            if k == first and out and it.section == "end" and _card_link(it.text):
                first = k + 1  # "READ MORE" under a teaser: the card's link, already removed
                k += 1
                continue
            break
        if not _teaser_line(it):
            if it.kind is not Kind.TEXT or k - first >= RELATED_HEAD_MAX_LINES:
                return None
            k += 1
            continue
        title = _chunk_title(items, first, k)
        if title is None:
            return None  # a paragraph after a paragraph, or a line no title reads as
        out.append((first, title, k))
        if len(out) > RELATED_MAX_ENTRIES:
            return None  # a listing's length, not a story's related list (and a bounded scan)
        first = k = k + 1
    if len(out) < RELATED_TEASERS_MIN:
        return None
    title = _chunk_title(items, first, k) if k == n and 0 < k - first <= RELATED_HEAD_MAX_LINES else None
    if title is not None:
        out.append((first, title, None))
        first = k
    return out, first


def _card_link(text: str) -> bool:
    """A card's link under its teaser ("READ MORE", "Continue reading"), not a list heading."""
    return at_most_words(text, CARD_LINK_MAX_WORDS) and _LIST_OPENER.match(text) is None


def _chunk_title(items: list[Item], first: int, end: int) -> int | None:
    """The title among an entry's short lines: the longest, when every one reads as a title."""
    head = [j for j in range(first, end) if items[j].kind is Kind.TEXT and headline_like(items[j].text)]
    if not head or len(head) < end - first:
        return None
    title = max(head, key=lambda j: (len(items[j].text.split()), -j))
    return title if len(items[title].text.split()) >= RELATED_TITLE_MIN_WORDS else None


def _teasers_follow(items: list[Item], i: int) -> bool:
    """Whether title-over-teaser entries of other stories start at ``i`` (see ``_teaser_chunks``)."""
    return i < len(items) and _teaser_chunks(items, i) is not None


def _story_above(blocks: list[Block]) -> bool:
    """The page opens with a story of its own, a title over paragraphs (``STORY_ABOVE_MIN_PARAGRAPHS``),
    not with a card: then a list of title-over-teaser cards under a heading is its related
    list. Without a story above, the cards may be a listing's, which the generic layout reads."""
    first = blocks[0] if blocks else None
    if first is None or first.role != "main" or first.title is None:
        return False
    return sum(_teaser_line(it) for it in first.body) >= STORY_ABOVE_MIN_PARAGRAPHS


def _teaser_blocks(items: list[Item], role: Role) -> list[Block] | None:
    """A related section's title-over-teaser entries as blocks the generic layout's field
    reader fills: the lines above a title are its head (a section label, a cut print), those
    between the title and the teaser its meta, less the title's repeats. What follows the
    entries (a closing marker and any link list under it) stays with the last one, to be
    read as after a story's end."""
    found = _teaser_chunks(items)
    if found is None:
        return None
    chunks, end = found
    blocks: list[Block] = []
    for f, t, k in chunks:
        stop = k if k is not None else end
        under = items[t + 1 : stop]
        repeats = [it for it in under if _same(items[t], it)]
        blocks.append(
            Block(role=role, title=items[t], head=items[f:t], repeats=repeats, generic=True,
                  meta=[it for it in under if all(it is not r for r in repeats)],
                  body=[items[k]] if k is not None else [])
        )  # fmt: skip
    blocks[-1].body.extend(items[end:])
    return blocks


def _header_runs(items: list[Item], section_at: dict[int, str]) -> list[tuple[int, int]]:
    """The aggregator header runs that open entries, each [start, end) holding a time.

    A header never spans two sections: a marker inside a run splits it, and the header is
    the part holding the time ("REUTERS" closing a story is no outlet for the time under
    "Related Articles"). A lone labelled stamp inside a story is its stamp, not a header;
    a byline right under a title belongs to the run below it.
    """
    runs: list[tuple[int, int]] = []
    marker_pos = sorted(section_at)
    # fewer bare dates than a playlist's rows: the reprint's own stamps, not a list of dated rows
    lone_date = sum(1 for it in items if it.kind is Kind.TIME and bare_date(it)) < PLAYLIST_MIN_ENTRIES
    for s, e in _meta_runs(items):
        k = bisect_right(marker_pos, s)
        if k < len(marker_pos) and marker_pos[k] < e:
            m = marker_pos[k]
            if any(items[j].kind is Kind.TIME for j in range(m, e)):
                s = m
            else:
                e = m
        if e - s == 1 and s > 1 and s not in section_at and (_own_stamp(items[s]) or _closing_stamp(items, s)):
            continue  # "Updated March 4, 2024" inside a story: its stamp, not a new story's header
        if s not in section_at and _closing_trailer(items, s, e):
            continue  # "Author : Jane Roe" / "Publish date : ..." under the story: its own trailer
        if runs and _reprint_header(items, s, e, runs[-1], marker_pos, lone_date):
            continue  # the reprinted page's own title and "Published: ..." under the aggregator's header
        if not _kind_in(items, s, e, Kind.TIME):
            continue
        if s not in section_at and _byline_under_title(items, s, runs[-1][1] if runs else 0):
            s -= 1
        runs.append((s, e))
    return runs


def _has_words(text: str) -> bool:
    """Whether a line holds a letter or a digit: a title printed twice is words.

    Why: a separator glyph a theme prints between its blocks twice in a row (a Blogger
    page's "." lines under its banner, tabocasnoticias.blogspot.com) read as a title printed
    twice and opened an entry titled "."; separator lines of no letter stand between the
    blocks of other pages too ("|" on bedugulcoffee.blogspot.com, icon glyphs on n23.tv)."""
    return any(c.isalnum() for c in text)


def _entry_title(
    items: list[Item], s: int, e: int, section_at: dict[int, str], prev_end: int, prev_bullets: bool
) -> tuple[int | None, str]:
    """Which line above the header run [s, e) is its entry's title, and the rule that says so.

    ``None``: the title, if any, is printed under the run (read by :func:`_run_block`).
    """
    n = len(items)
    if s in section_at:
        return None, "segment.section-start"  # the run opens a section: nothing above it is its title
    if s - 2 >= prev_end and _same(items[s - 2], items[s - 1]) and (s - 1) not in section_at:
        if not _title_below(items, s, e) and _has_words(items[s - 1].text):
            return s - 2, "segment.title-printed-twice"
    t = s - 1
    if t >= 1 and t not in section_at and _caption_item(items[t]) and _prose_below(items, e):
        t -= 1  # the lead photo's caption between the title and its header (wjhg.com)
    if t >= 0 and items[t].kind is Kind.TEXT and headline_like(items[t].text):
        # a title printed once above the header: at the page's or a section's start, or
        # printed again below it
        if (
            (t == 0 and not _title_below(items, s, e))
            or t in section_at
            or (t >= prev_end and e < n and _same(items[t], items[e]))
        ):
            return t, "segment.title-above-header"
    if (
        s >= 1
        and s - 1 >= prev_end
        and (s - 1) not in section_at
        # right under a header with bullets, the line is that entry's title ("Outlet" / "3h"
        # / "- Outlet" / "Title"), even when the next header was cut off before its bullets
        and not (s - 1 == prev_end and prev_bullets)
        and _feed_title(items, s, e)
    ):
        return s - 1, "segment.feed-title"
    return None, "segment.title-below-header"


def _section_role(section: str) -> Role:
    """The role of the blocks in a section: the page's own story before any heading, a
    listing's entries under a listing heading, related stories under any other."""
    if section == "main":
        return "main"
    return "listing" if section == "listing" else "related"


def _build_blocks(
    items: list[Item], starts: dict[int, tuple[int, int, int | None]], sec: _Sections, ledger: Ledger
) -> tuple[list[Block], PageKind]:
    """Blocks between the entry starts and section headings, with their roles and the kind."""
    n = len(items)
    bounds = sorted(set(starts) | set(sec.at) | {0})
    bounds = [b for b in bounds if b < n]
    blocks: list[Block] = []
    section = "main"
    tags: list[str] = []
    kind: PageKind = "article"
    for k, b in enumerate(bounds):
        end = bounds[k + 1] if k + 1 < len(bounds) else n
        if b in sec.at:
            section = sec.at[b]
            tags = sec.tags.get(b, [])
            if section == "listing":
                kind = "listing"
        first = len(blocks)
        if section == "comments":  # readers' comments under the comment box's heading: chrome
            for it in items[b:end]:
                if it.kind is not Kind.MARKER:  # a closing heading's removal is its rule's already
                    ledger.remove(it.text, it.line.start, "heuristic.comment-thread")
            continue
        role = _section_role(section)
        if b in starts:
            s, e, title_idx = starts[b]
            blocks.extend(_split_kickers(_run_block(items, b, s, e, title_idx, end, ledger, role)))
        elif end > b and b in sec.titles:
            blocks.extend(_title_blocks(items[b:end], role))
        elif end > b:
            teased = _teaser_blocks(items[b:end], role) if b > 0 and role != "main" else None
            blocks.extend(teased or _plain_blocks(items[b:end], ledger, role, lead=(b == 0)))
        if section == "listing":
            for bl in blocks[first:]:
                bl.tags = list(tags)
    blocks = _page_top_over_story(blocks, ledger)
    _split_closing_title(blocks, ledger)
    if items:
        _cut_titleless_teaser(blocks, items[-1])
    blocks = _reprint_second_header(blocks, ledger)
    if blocks:
        _title_part_in_body(blocks[0], ledger)
    _assign_roles(blocks)
    if any([bl.role == "listing" for bl in blocks]):  # a list: any() would close a generator (see _kind_in)
        kind = "listing"
    if not blocks:
        kind = "unknown"
    return blocks, kind


def _page_top_over_story(blocks: list[Block], ledger: Ledger) -> list[Block]:
    """The page's first lines cut as its furniture when they are single words or counts
    (a site's name, a lone counter) over an entry with a header of its own in the page's
    main section: that entry is the page's story (``segment.page-top-line``).

    Why: onedio.com prints its site name over the headline, nvo.ng.ru its comment and view
    counters over the masthead and the story's outlet-and-time line; read as a lead story
    of their own, the first line was the page's title and the story became a related one.
    A run of two or three counters opening the page is cut before this, in classify
    (``heuristic.page-counters``); this reads what is left: one-word lines and a lone count.
    A headline has more than one word; a lead story with a line of body is a story."""
    if len(blocks) < 2 or blocks[0].role != "main" or blocks[1].role != "main" or not blocks[1].meta:  # noqa: PLR2004
        return blocks
    lead = blocks[0]
    lines = [*([lead.title] if lead.title is not None else []), *lead.body]
    if lead.meta or not lines or any(it.kind is not Kind.TEXT or len(it.text.split()) > 1 for it in lines):
        return blocks
    for it in lines:
        ledger.remove(it.text, it.line.start, "segment.page-top-line")
    return blocks[1:]


def _split_closing_title(blocks: list[Block], ledger: Ledger) -> None:
    """The page's last two lines print one headline twice (the second may be cut off) under a
    related or listing entry's body: the page stopped after the next card's title, which the
    card prints twice over its header; that card is an entry of its own with only its title.

    Why: a stored page stops anywhere, and a Daily8 hashtag page cut right after a card's
    doubled title ("Hindustan Zinc: ... worth the risk?" twice) gave the title to the body of
    the card above; briefly.co.za's listing (wide corpus, labelled) ends the same way. Only an
    entry with a header run and its own body left above the pair, and a headline that ends on
    no full stop (a caption printed twice ends its sentence).
    """
    if not blocks:
        return
    tail = blocks[-1]
    if tail.role == "main" or not tail.meta or len(tail.body) < 3:  # noqa: PLR2004 (a line of its own, the pair)
        return
    first, second = tail.body[-2], tail.body[-1]
    if not _same(first, second, last=True) or first.text.endswith(".") or not headline_like(first.text):
        return
    tail.body = tail.body[:-2]
    _drop_repeat(second, ledger)
    blocks.append(Block(role=tail.role, title=first, tags=list(tail.tags)))


def _reprint_second_header(blocks: list[Block], ledger: Ledger) -> list[Block]:
    """The page's story printed as its title alone, then one more entry in the same section
    whose header run the reprinted page's own header made (its kicker, its weekday-and-clock
    line, its date, its source line): that entry's text is the story's body, and its header
    and title lines are the reprinted page's header, cut (``segment.reprint-own-header``).

    Why: Daily8 reprints another site's page from its header down, and the site's header
    lines right under Daily8's ("Di, 10:19 Uhr" / "31.10.2023" on kyffhaeuser-nachrichten.de,
    "Gas" / "19. November 2021" on dvgw.de, "2020-01-02 17:11" / its source line on
    banyuetan.org, a section bullet list over the headline on 1000things.at: four html-dev
    pages benchmarks/reprints.py wraps as Daily8 does) opened a second entry: the page's
    story was left with no body and its text read as a related story's. Only when the two are
    the section's only entries, one of the two headers is the aggregator's (an outlet glued
    to its age), and the first has no line of body: a story and a related entry under it
    stand apart by a section heading ("Related Articles"), and a list's entries are many."""
    if len(blocks) < 2 or (len(blocks) > 2 and blocks[2].role == "main"):  # noqa: PLR2004 (the lead and one entry)
        return blocks
    lead, second = blocks[0], blocks[1]
    if lead.role != "main" or second.role != "main" or lead.title is None or lead.body or not second.body:
        return blocks
    if not any(_glued_age(it) for it in (*lead.meta, *second.meta)):
        return blocks
    own = list(second.meta) if lead.meta else []
    if second.title is not None:
        own.append(second.title)
    for it in own:
        ledger.remove(it.text, it.line.start, "segment.reprint-own-header")
    if not lead.meta:
        lead.meta = second.meta  # the aggregator's header opened the second entry
    lead.body = second.body
    return [lead, *blocks[2:]]


# What sets a page title's parts apart: "Headline - Site", "Site | Headline", "Headline : 31.10.2023".
_TITLE_PARTS = regex.compile(r"(\s[-–—|:]\s)")
_DASHES = str.maketrans({"–": "-", "—": "-"})


def _title_part_in_body(lead: Block, ledger: Ledger) -> None:
    """The story's headline printed again among the body's first lines, without the site's
    name or section its page title puts around it ("Kondenswasser am Fenster verhindern" under
    the title "Kondenswasser am Fenster verhindern - hausinfo"), is the reprinted page's own
    headline: cut (``segment.title-part-repeat``), with the kicker right above it (a line of at
    most ``TITLE_KICKER_MAX_WORDS`` words and no stop).

    Why: Daily8 takes a reprint's title from the page's <title>, site name and all, and the
    reprinted text opens with the page's own headline: hausinfo.ch ("<headline> - hausinfo",
    its kicker over it), madymorrison.com ("<headline> - Mady Morrison - Yoga Lifestyle",
    printed with an en dash), zoll.de ("Fachmeldungen - <headline>"), html-dev pages that
    benchmarks/reprints.py wraps as Daily8 does. The whole title printed again is cut already
    (``heuristic.repeated-title``); its headline part stayed as the body's first paragraph.
    Only a part of ``TITLE_PART_MIN_WORDS`` words or more, a line that is the whole part
    (dashes folded, case kept), among the first ``TITLE_PART_REACH`` lines.

    The whole title printed again below other lines is the same headline: the lines above it
    are the reprinted page's own header, cut with it (``segment.reprint-header-above-title``):
    zeelandnet.nl's webmail chooser (two labels and a sentence) over its headline, hausinfo.ch's
    newsletter line over its kicker, sondakika.com's section word between its two headlines. A
    story's text comes under its headline, never above it."""
    if lead.role != "main" or lead.title is None or not lead.body:
        return
    whole = " ".join(lead.title.text.translate(_DASHES).split())
    pieces = _TITLE_PARTS.split(whole)
    n = len(pieces) // 2 + 1  # the parts, a separator between each two
    if n > TITLE_PARTS_MAX:
        return  # no page title of a headline and its site's names: and the runs are n * n
    # each run of neighbouring parts, short of the whole title ("Headline - Kicker" of
    # "Headline - Kicker - Site": a headline may hold the separator itself)
    parts = {
        run
        for i in range(n)
        for j in range(i, n)
        if (i, j) != (0, n - 1) and len((run := "".join(pieces[2 * i : 2 * j + 1])).split()) >= TITLE_PART_MIN_WORDS
    }
    words = len(whole.split())
    for k, it in enumerate(lead.body[:TITLE_PART_REACH]):
        if it.kind is not Kind.TEXT:
            continue
        # the title and its parts hold at most ``words`` words: a longer line (a paragraph)
        # is told so after reading its first words, not all of it
        tokens = it.text.split(None, words)
        if len(tokens) > words:
            continue
        line = " ".join(tokens).translate(_DASHES)
        if line in parts:
            _cut_reprint_head(lead, k, ledger)
            return
        if k and line == whole and words >= TITLE_PART_MIN_WORDS:
            above = lead.body[:k]
            for c in above:
                ledger.remove(c.text, c.line.start, "segment.reprint-header-above-title")
            _drop_repeat(it, ledger)
            lead.body = lead.body[k + 1 :]
            return


def _cut_reprint_head(lead: Block, k: int, ledger: Ledger) -> None:
    """Cut the title part at ``lead.body[k]`` and the short kicker right above it."""
    it = lead.body[k]
    cut = [it]
    above = lead.body[k - 1] if k else None
    if (
        above is not None
        and above.kind is Kind.TEXT
        and at_most_words(above.text, TITLE_KICKER_MAX_WORDS)
        and not above.text.rstrip().endswith((*_STORY_END, ":"))
    ):
        cut.insert(0, above)
    for c in cut:
        ledger.remove(c.text, c.line.start, "segment.title-part-repeat")
    lead.body = [b for b in lead.body if all(b is not c for c in cut)]


def _glued_age(it: Item) -> bool:
    """An aggregator's header line: an outlet glued to its age ("Kyodo News2 days ago")."""
    if it.kind is not Kind.TIME or not it.time or not it.outlet or not aggregator_time(it.time):
        return False
    before = it.text[: it.text.find(it.time)] if it.time in it.text else ""
    return before[-1:].isalnum()


def _cut_titleless_teaser(blocks: list[Block], last: Item) -> None:
    """A stored page that stops inside the last teaser leaves it short and unpunctuated, so
    it reads as one more headline (the shape ``layout._cut_last_teaser`` reads on titled
    listings). Under a header run whose entries before it print no title and one teaser line
    each ("Aug 06" / teaser, as newsonjapan.com lists its related items), that cut line is the
    last entry's teaser, not its title."""
    if len(blocks) <= TITLELESS_RUN_MIN:
        return
    tail = blocks[-1]
    if tail.title is not last or tail.body or not tail.meta or last.text.endswith(_STORY_END):
        return
    before = blocks[-1 - TITLELESS_RUN_MIN : -1]
    if all(b.title is None and len(b.body) == 1 and b.meta for b in before):
        tail.body = [last]
        tail.title = None


def _aggregator_header(items: list[Item], s: int, e: int, title_idx: int | None) -> bool:
    """Whether a header run has the aggregator's own marks, which the generic layout does
    not read: bullets under the time ("- Daily Mail"), an outlet glued to its time with no
    space ("AsiaOne3 days ago", "time5 hours ago"), or the title printed around the run."""
    for k in range(s, e):
        it = items[k]
        if it.kind is Kind.BULLET and len((it.bullet or "").split()) <= AGGREGATOR_BULLET_WORDS:
            return True  # "• Daily Mail", "- Politics"; "• Ferry fares to rise in May" lists a title
        if it.kind is Kind.TIME and it.time and (it.outlet or it.label == "time") and aggregator_time(it.time):
            before = it.text[: it.text.find(it.time)] if it.time in it.text else ""
            if before and before[-1:].isalnum():
                return True
    return title_idx is not None and title_idx < s - 1


def _run_block(
    items: list[Item], b: int, s: int, e: int, title_idx: int | None, end: int,
    ledger: Ledger, section: Role,
) -> Block:  # fmt: skip
    block = Block(role=section)
    # a section heading inside the header run (its marker removed, its place kept) ends this
    # block there: the run's lines under it are the next block's, never both blocks'
    e = min(e, end)
    kept: list[Item] = []  # a photo's caption between the title and the header: the body's
    if title_idx is not None:
        block.title = items[title_idx]
        for j in range(title_idx + 1, s):  # the second print of the title
            if _caption_item(items[j]):
                kept.append(items[j])
            else:
                _drop_repeat(items[j], ledger)
    block.meta = items[s:e]
    j = e
    if j < end and items[j].kind is Kind.TEXT:
        if block.title is not None:
            if _same(block.title, items[j], last=(j == end - 1)):
                _drop_repeat(items[j], ledger)
                j += 1
        elif headline_like(items[j].text) and not (j == end - 1 and _wired_sentence(items[j].text)):
            block.title = items[j]
            j += 1
    block.body = kept + items[j:end]
    return block


# A sentence closed by its wire's name in brackets, or by the bracket the page cut off:
# "... in the preceding seven days. (NHK)", "... by a year. (" (newsonjapan.com's teasers
# under their dates; "(AP)", "(Reuters)" close teasers on many feeds).
_WIRE_END = regex.compile(r"[.!?”\"]\s\((?:[A-Z][\w.&-]{1,20}(?:\s[A-Z][\w.&-]{1,20}){0,2}\)?)?$")


def _wired_sentence(text: str) -> bool:
    """A line under a header and alone in its entry that is a teaser sentence with its wire's
    name, not a headline: the entry prints no title ("Aug 03" / "<teaser> (Kyodo)")."""
    return _WIRE_END.search(text, max(0, len(text) - WIRE_TAIL_REACH)) is not None


def _drop_repeat(item: Item, ledger: Ledger) -> None:
    ledger.remove(item.text, item.line.start, "heuristic.repeated-title")


def _plain_blocks(items: list[Item], ledger: Ledger, section: Role, *, lead: bool) -> list[Block]:
    """Blocks from lines with no meta run: a lead story, a title-only entry, teaser lists."""
    teasers = _stamped_teasers(items)
    if teasers is not None:
        head, lines = teasers
        for it in head:
            ledger.remove(it.text, it.line.start, "heuristic.listing-heading")
        out = []
        for it, m in lines:
            out.append(Block(role="listing", body=[it], stamp=m))
        return out
    block = Block(role=section)
    i = _opening_markers(items) if lead else 0
    if i < len(items) and items[i].kind is Kind.TEXT and headline_like(items[i].text):
        block.title = items[i]
        i += 1
        while i < len(items) and _same(block.title, items[i], last=i == len(items) - 1):
            _drop_repeat(items[i], ledger)  # an index, not repeated slicing: pages repeat a line 10^5 times
            i += 1
    block.body = items[i:]
    return _split_kickers(block) if (block.title or block.body) else []


def _opening_markers(items: list[Item]) -> int:
    """How many story-closing headings ("Latest Stories", "Related Posts") open the page's lead
    story, before any line of it.

    Why: a site's rail heading printed over the story, its headlines lost with their markup
    (comicsands.com: "Latest Stories" over every story's title), closes nothing: read as the
    story's closing heading it sent the title, printed twice, into the body as the link list
    such a heading introduces, and the story had no title. Its removal is its rule's already;
    the lead story starts under it. Only at the page's top: under a story's first line the
    heading closes that story."""
    i = 0
    while i < len(items) and items[i].kind is Kind.MARKER:
        i += 1
    return i


def _split_kickers(block: Block) -> list[Block]:
    """Teasers after the story, each opening with an all-caps kicker ("LIMITS: ..."): each is
    its own related entry, whether or not the story above had a header.

    The story's own first paragraph is never a teaser: "PLACE: ..." there is its dateline.
    """
    body = block.body
    if len(body) < KICKER_TEASERS_MIN + 1 or body[-1].kind is not Kind.TEXT or not _kicker(body[-1].line.text):
        return [block]  # most blocks: no teaser closes them
    first = 0
    while first < len(body) and body[first].kind is Kind.TEXT and byline_line(body[first].line.text) is not None:
        first += 1
    k = len(body)
    while k > first + 1 and body[k - 1].kind is Kind.TEXT and _kicker(body[k - 1].line.text):
        k -= 1
    if len(body) - k < KICKER_TEASERS_MIN or _speakers(body[k:]):
        return [block]
    block.body = body[:k]
    out = [block]
    for it in body[k:]:
        m = _kicker(it.text)
        assert m is not None
        out.append(Block(role="related", body=[it], kicker=m.group("kicker")))
    return out


def _speakers(run: list[Item]) -> bool:
    """Whether the kicker lines are a transcript's speakers ("JANE ROE: ...", "SAM POE: ...",
    "JANE ROE: ..."): at least two labels, each opening more than one line. Teasers each
    print a kicker of their own; a page of "WATCH: ..." teasers repeats one label only.

    Why: an interview's transcript printed under its headline split into a story and one
    related entry per answer, each speaker read as an entry's section.
    """
    counts = Counter(m.group("kicker") for it in run if (m := _kicker(it.text)) is not None)
    return sum(1 for c in counts.values() if c > 1) >= TRANSCRIPT_MIN_SPEAKERS


def _kicker(text: str) -> re.Match[str] | None:
    if len(text) < KICKER_TEASER_MIN_CHARS:
        return None
    m = _KICKER.match(text)
    if m and len(m.group("kicker")) >= KICKER_MIN_CHARS:
        return m
    return None


def _stamped_teasers(
    items: list[Item],
) -> tuple[list[Item], list[tuple[Item, re.Match[str] | None]]] | None:
    """Lines that each end in a timestamp: an author page or topic listing without headers.

    The last line may lack its stamp (the page was cut off inside it).
    """
    hits: list[tuple[Item, re.Match[str] | None]] = []
    head: list[Item] = []
    for it in items:
        text = it.text
        stamped = it.kind is Kind.TEXT and len(text) < STAMPED_TEASER_MAX_CHARS and _may_end_in_stamp(text)
        m = _STAMP.search(text) if stamped else None
        if m:
            hits.append((it, m))
        elif not hits and it.kind is Kind.TEXT and outlet_like(it.text):
            head.append(it)
        elif hits and it is items[-1]:
            hits.append((it, None))
        else:
            return None
    if sum(m is not None for _, m in hits) < STAMPED_TEASERS_MIN:
        return None
    return head, hits


def _playlist_entry(bl: Block, floor: int) -> bool:
    """A video player's playlist item: a title under a bare date (no outlet: the page's own
    videos), perhaps a section word, no teaser, above the page's first section heading."""
    times = [m for m in bl.meta if m.kind is Kind.TIME]
    if len(times) != 1 or times[0].outlet is not None or times[0].label is not None:
        return False
    if any(m.kind is not Kind.TIME and len(m.text.split()) > PLAYLIST_SECTION_MAX_WORDS for m in bl.meta):
        return False
    if not all(_playlist_row_text(it.text) for it in bl.body):  # the story's first paragraph ends it
        return False
    own = bl.items()
    return bool(own) and max(it.line.start for it in own) < floor


def _playlist_row_text(text: str) -> bool:
    """A playlist row's line under its date: a title (:func:`headline_like`) or a section's few
    words (at most ``PLAYLIST_SECTION_MAX_WORDS``).

    Why this order: the lead story of every page with a closing section heading is asked, and
    its first paragraph is running prose, too long for a title: its words are then counted
    only up to the bound (a split stopped there), not split whole twice.
    """
    if len(text) > HEADLINE_MAX_CHARS:  # never a title (headline_like): only the word count can pass
        return len(text.split(None, PLAYLIST_SECTION_MAX_WORDS)) <= PLAYLIST_SECTION_MAX_WORDS
    return headline_like(text) or len(text.split()) <= PLAYLIST_SECTION_MAX_WORDS


def _drop_playlist(
    blocks: list[Block], floor_item: int, items: list[Item], ledger: Ledger, *, closed_by_rules: bool
) -> list[Block]:
    """The lead story with no text of its own, then at least ``PLAYLIST_MIN_ENTRIES`` title-only
    entries under bare dates before any section heading: a video page's player playlist
    (France 24's and Euronews's "01:28 / 03/06/2025 / <title> / France" rows, reprinted by
    Daily8 on their video pages). Those are other videos, never stories of the page: their
    lines are chrome (issue 19: a carousel of other videos is never a body).

    A list of headlines under dates is also what a listing prints, so the lead must differ
    from the rows: its header names its outlet ("France 242 days ago") where the rows' dates
    name none. Where the page prints no header for the lead (Daily8's headerless pages), the
    rows run from right under the headline to a section heading the rule files know
    (``closed_by_rules``: Daily8's "Hashtags" / "Related Articles"), and the first row,
    read as the lead's header, goes with them.
    """
    if len(blocks) < PLAYLIST_MIN_ENTRIES + 1:
        return blocks
    lead = blocks[0]
    if lead.role != "main" or lead.title is None:
        return blocks
    named = any(m.kind is Kind.TIME and m.outlet is not None for m in lead.meta)
    headerless = not named and closed_by_rules and _playlist_entry(lead, 1 << 62)
    if not (named and not lead.body) and not headerless:
        return blocks
    floor = items[floor_item].line.start if floor_item < len(items) else 1 << 62
    n = 0
    while 1 + n < len(blocks) and _playlist_entry(blocks[1 + n], floor):
        n += 1
    dropped = blocks[1 : 1 + n]
    if sum(bl.title is not None for bl in dropped) < PLAYLIST_MIN_ENTRIES:
        return blocks
    own = [*lead.meta, *lead.body] if headerless else []
    gone = [it for bl in dropped for it in bl.items()] + own
    for it in sorted(gone, key=lambda it: it.line.start):
        ledger.remove(it.line.text, it.line.start, "segment.video-playlist")
    if headerless:
        lead.meta, lead.body = [], []
    return [lead, *blocks[1 + n :]]


def _assign_roles(blocks: list[Block]) -> None:
    """The first block of the main section is the page's story; later ones are related."""
    seen_main = False
    for bl in blocks:
        if bl.role == "main":
            if seen_main:
                bl.role = "related"
            seen_main = True
