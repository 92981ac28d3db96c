"""Entries of any listing, feed or article page, found by the layout that repeats on it.

Aggregator and portal pages print their entries in one layout each, over and over: a
title, some header lines (time, outlet, section, byline) before or after it, a teaser or
a whole story, maybe a photo caption. Which lines come before the title and which after
differs from site to site, so it is read off the page itself:

1. every line gets a shape (:mod:`.shapes`): headline, prose, label, header, caption;
2. **anchors**: headline-shaped lines that open an entry — followed (past a few header
   lines) by prose, or by another entry's anchor in a list of titles;
3. **heads**: the lines between one entry's prose and the next title belong to the next
   entry only as far as they repeat what stands before the *first* title (the page's own
   example of an entry's head); the rest closes the entry above (a trailer such as
   "(0)Comments | December 17, 2018");
4. what stands before the first entry's head is the page's own furniture (its heading,
   navigation), read in :mod:`.furniture`.

The result is one :class:`Entry` per story with every line accounted for, and a reason
for each decision that ``trace=True`` records.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..classify import Item, Kind
from ..thresholds import (
    CUT_TITLE_MIN_CHARS,
    FULL_POST_MIN_PARAGRAPHS,
    HEAD_AGREEMENT,
    HEADING_EVIDENCE_ENTRIES,
    HEADLINE_MAX_WORDS,
    LINK_LABEL_MAX_WORDS,
    LINKED_REPRINT_MIN_CHARS,
    MAX_HEADER_LINES,
    MIN_ENTRIES,
    SHORT_TITLE_MIN_WORDS,
    STRONG_SHARE,
    TITLE_LIST_MIN,
    TITLE_ONLY_MIN_WORDS,
)
from .shapes import Shape, glued_header, title_case, word_count

_HEADER_SHAPES = (Shape.META, Shape.LABEL, Shape.CAPTION)


@dataclass
class Entry:
    """Indices (into the page's items) of one entry's lines, by what they are."""

    title: int | None = None
    head: list[int] = field(default_factory=list)  # before the title: caption, section, time
    subtitle: int | None = None  # a standfirst printed under the title
    repeats: list[int] = field(default_factory=list)  # the title printed again
    meta: list[int] = field(default_factory=list)  # header lines right under the title
    body: list[int] = field(default_factory=list)
    tail: list[int] = field(default_factory=list)  # header lines after the body ("Source: X", a time)
    reasons: list[tuple[int, str]] = field(default_factory=list)  # (line, rule id) of each decision

    def lines(self) -> list[int]:
        own = [*self.head, *self.meta, *self.body, *self.tail, *self.repeats]
        if self.title is not None:
            own.append(self.title)
        if self.subtitle is not None:
            own.append(self.subtitle)
        return sorted(own)

    def prose(self, shapes: list[Shape]) -> int:
        return sum(1 for i in self.body if shapes[i] is Shape.PROSE)


@dataclass
class Layout:
    entries: list[Entry]
    preamble: list[int]  # lines before the first entry: the page's heading and furniture
    head_template: tuple[Shape, ...]


def same_title(a: str, b: str) -> bool:
    """Two prints of one headline: equal, one cut short ("...") of the other, or the second
    behind a link label ("Continue Reading<title>")."""
    if a == b:
        return True
    if (
        len(a) >= LINKED_REPRINT_MIN_CHARS
        and b.endswith(a)
        and word_count(b[: len(b) - len(a)]) <= LINK_LABEL_MAX_WORDS
    ):
        return True
    x, y = a.rstrip(".… "), b.rstrip(".… ")
    if len(x) < CUT_TITLE_MIN_CHARS or len(y) < CUT_TITLE_MIN_CHARS:
        return False
    return (b.endswith(("...", "…")) and x.startswith(y)) or (a.endswith(("...", "…")) and y.startswith(x))


def find_anchors(
    items: list[Item], shapes: list[Shape], *, listing: bool = False, story: bool = False
) -> dict[int, str]:
    """Lines that open an entry, each with the rule id that says why: a headline that prose
    (past a few header lines) or a list of headlines follows, or that has a header of its own.
    ``story``: the page's address names a story page (see :func:`_untimed_footer`)."""
    n = len(items)
    anchors: dict[int, str] = {}
    last: int | None = None
    for i in range(n):
        if shapes[i] is not Shape.HEAD:
            continue
        if last is not None and (_is_subtitle(items, shapes, last, i) or same_title(items[last].text, items[i].text)):
            continue
        j = i + 1
        while j < n and j - i <= MAX_HEADER_LINES and shapes[j] in _HEADER_SHAPES:
            j += 1
        if j < n and shapes[j] is Shape.HEAD and j == i + 1 and j + 1 < n and shapes[j + 1] is Shape.PROSE:
            j += 1  # "Title" / "Standfirst" / prose: the second line is the title's, not a new entry
        rule: str | None = None
        if j >= n:
            # a header cut off by the page's end still opens an entry; a last line right under
            # an entry's own header is that entry's teaser, cut short
            between = range(last + 1, i) if last is not None else range(0)
            under_header = (
                i == n - 1
                and len(between) > 0
                and all(shapes[k] in _HEADER_SHAPES for k in between)
                and glued_header(items[i].text) is None
            )
            if (
                (j - i > 1 or word_count(items[i].text) >= TITLE_ONLY_MIN_WORDS)
                and not under_header
                and not (story and _untimed_footer(items, i + 1, j))
                and not (j - i == 1 and _full_posts(shapes, anchors, i))
            ):
                rule = "layout.anchor-cut"
        elif _continues(items[i].text, items[j].text):
            pass  # a sentence broken by a link: "... warmed by human-caused" / "climate change"
        elif shapes[j] is Shape.PROSE:
            rule = "layout.anchor-teaser"
        elif _title_list(items, shapes, i):
            rule = "layout.anchor-title-list"
        elif any(shapes[k] is Shape.META for k in range(i + 1, j)):
            rule = "layout.anchor-header"  # a title with its own header: an entry even without a teaser
        if rule is not None:
            anchors[i] = rule
            last = i
    # on a listing, a lone "headline / headline / prose" at the top is the page's heading
    # over its first entry; on a story page it is the story's title and first subheading
    if not listing:
        return anchors
    return _kickers_over_titles(items, shapes, _heading_over_first_entry(items, shapes, anchors))


def _full_posts(shapes: list[Shape], anchors: dict[int, str], end: int) -> bool:
    """Whether the entries above ``end`` print whole stories, several paragraphs each, so
    that a lone line cut off by the page's end is the last story's next paragraph (or its
    first, under its title), not a further headline with nothing under it.

    Why: a blog archive of full posts (bttoronto.ca), a tag page of full stories
    (abcnewsradioonline.com) and two pages of full posts nobody tuned on (a Polish and an
    Indonesian site) ended in a paragraph the text's cut left without its full stop, and
    it opened a title-only entry; the story above lost its last paragraph, or its first.
    On pages of teasers (one paragraph an entry: the wire feeds, the AP's and Reuters'
    listings) a lone last line after a teaser is the next title, cut short, and stays one.
    The median over the entries that print any prose: a title list between full posts
    does not make them teasers."""
    starts = sorted(k for k in anchors if k < end)
    if not starts:
        return False
    counts: list[int] = []
    for a, b in zip(starts, [*starts[1:], end], strict=True):
        prose = sum(1 for k in range(a + 1, b) if shapes[k] is Shape.PROSE)
        if prose:
            counts.append(prose)
    if not counts:
        return False
    last = starts[-1]
    own = sum(1 for k in range(last + 1, end) if shapes[k] is Shape.PROSE)
    if own:  # the line would join a story already under way: its own paragraphs decide
        return own >= FULL_POST_MIN_PARAGRAPHS
    if end != last + 1 or last - 1 in anchors:  # a run of titles: the line ends that list
        return False
    counts.sort()  # right under a lone title: the page's stories decide
    return counts[len(counts) // 2] >= FULL_POST_MIN_PARAGRAPHS


def _untimed_footer(items: list[Item], start: int, end: int) -> bool:
    """Whether the header-shaped lines [start, end) running to a story page's end hold no time:
    the page's footer under the story's last line ("Source: <site>" / "Search - <site>" /
    "Share On:"; "Story topics:" over a comment count), not a further story cut off by the page's
    end with its header.

    Why: on story pages of sites nobody tuned on, the story's last paragraph (nextnews24.com's
    closing sentence with no full stop) or a comment-count line (buffalonews.com's "There are
    no comments - be the first to comment") over such footer lines opened a "related" entry as
    its title, and the story lost its last paragraph. A story cut off with its header prints a
    time or an outlet and time there (every related entry of the reprints and feeds); only on
    a page whose address names a story, and only when lines follow (a headline alone at the
    end still opens its title-only entry)."""
    if end - start < 1:
        return False
    for k in range(start, end):
        if items[k].kind is Kind.TIME:
            return False
    return True


def short_title_anchors(items: list[Item], shapes: list[Shape], anchors: dict[int, str]) -> dict[int, str]:
    """``anchors`` and the listing's short titles: a label-shaped line of a few words standing
    where the page's titles stand, after the entry above ended (its teaser, then at most the
    new entry's head lines, a section "World Affairs") and over a teaser of its own (past
    at most its header lines: a date).

    Why: a headline of three words or fewer is shaped as a label ("Two Separate Worlds" on
    thefallingdarkness.com's tag pages, "Story Not Covered" on allsides.com's blog pages), so
    no entry opened there: the entry ran into the one above, its teaser a second paragraph
    of that entry's, its title cut as a further-reading link or left in the body. Only on a
    page that prints its other titles over teasers, and only a line with prose before and
    under it: a section label sits over a title, a trailer under a teaser with a title after
    it, and the label of a widget over a list of titles."""
    if not any(_teaser_under(shapes, a) > 0 for a in anchors):
        return anchors
    n = len(items)
    found: dict[int, str] = {}
    for j in range(1, n - 1):
        if shapes[j] is not Shape.LABEL or j in anchors or not _short_title(_marked_text(items[j])):
            continue
        k = j - 1  # back over the new entry's head lines to the entry above's teaser
        while k > 0 and j - k <= MAX_HEADER_LINES and shapes[k] in _HEADER_SHAPES and k not in anchors:
            k -= 1
        if shapes[k] is not Shape.PROSE:
            continue
        teaser = _teaser_under(shapes, j)
        if teaser > 0 and teaser not in anchors:
            found[j] = "layout.anchor-short-title"
    if not found:
        return anchors
    return dict(sorted({**anchors, **found}.items()))


def _marked_text(item: Item) -> str:
    """A line's text past its bullet ("• Contract With Voters" -> "Contract With Voters").

    Why: a home page listing its headlines as bullets, each over its teaser, prints its short
    titles so too (humanevents.com: "• Contract With Republicans" between two teasers); the
    short-title test read the bullet as the line's first letter and found no capital, so the
    entry ran into the one above it."""
    return item.bullet if item.kind is Kind.BULLET and item.bullet else item.text


def _teaser_under(shapes: list[Shape], at: int) -> int:
    """The prose line under line ``at`` past at most ``MAX_HEADER_LINES`` header lines, or -1."""
    m = at + 1
    while m < len(shapes) and m - at <= MAX_HEADER_LINES and shapes[m] is Shape.META:
        m += 1
    return m if m < len(shapes) and shapes[m] is Shape.PROSE else -1


def _short_title(text: str) -> bool:
    """A line that may be a short headline: ``SHORT_TITLE_MIN_WORDS`` words or more, opening
    with a capital, closed by no colon (a label's) and no stop."""
    return (
        text[:1].isupper()
        and not text.endswith((":", ".", ";", ","))
        and word_count(text) >= SHORT_TITLE_MIN_WORDS
        and any(c.islower() for c in text)
    )


def _heading_over_first_entry(items: list[Item], shapes: list[Shape], anchors: dict[int, str]) -> dict[int, str]:
    """ "Coast Post | Harbour News" / title / teaser, then entries without standfirsts: the
    first line is the page's heading, not a title with a standfirst."""
    keys = list(anchors)
    if len(keys) < 1 + HEADING_EVIDENCE_ENTRIES:
        return anchors
    first = keys[0]
    if not (first + 2 < len(items) and shapes[first + 1] is Shape.HEAD and shapes[first + 2] is Shape.PROSE):
        return anchors
    if any(k + 2 < len(items) and shapes[k + 1] is Shape.HEAD and shapes[k + 2] is Shape.PROSE for k in keys[1:]):
        return anchors  # the page's entries do print standfirsts
    out = {first + 1: anchors[first]}
    out.update((k, v) for k, v in anchors.items() if k != first)
    return out


def _standfirst_under(shapes: list[Shape], k: int) -> bool:
    """Whether anchor ``k`` is read as "headline / headline / prose" (the second a standfirst)."""
    return k + 2 < len(shapes) and shapes[k + 1] is Shape.HEAD and shapes[k + 2] is Shape.PROSE


# The rule id of an anchor opened under a kicker line (``split``'s ``kicked``).
KICKER_ANCHOR = "layout.anchor-under-kicker"


def _headline_cased(text: str) -> bool:
    """Title case as a headline sets it, not the capitals of a kicker ("DMA 87 (WACO, TX)")."""
    return title_case(text) and not text.isupper()


def _kickers_over_titles(items: list[Item], shapes: list[Shape], anchors: dict[int, str]) -> dict[int, str]:
    """On a listing whose entries print no standfirst, a "line / headline / teaser" whose first
    line is the shorter is a kicker or a picture's alt text over the headline: the entry opens
    at the headline (``layout.anchor-under-kicker``), the line above is its head.

    Why: mediarelations.gwu.edu's news list prints some cards' image descriptions above the
    title ("Stock photo of person sitting in the dark" / "Mental Health Issues in Latinx Middle
    Schoolers May Increase Risk of Sleep Problems, Obesity and Unhealthy Behaviors" / teaser)
    and tvnewscheck.com's tag pages a market kicker ("DMA 87 (WACO-TEMPLE-BRYAN, TX)" / "KCEN
    Employee Shot In Station Parking Lot" / teaser): the description or kicker was the entry's
    title and the headline its subtitle. ``_heading_over_first_entry`` reads the first such
    line as the page's heading; this reads the ones below it. Only where more entries print no
    standfirst than do (at least ``HEADING_EVIDENCE_ENTRIES``), where the page sets its
    headlines in title case (``STRONG_SHARE`` of them), and only when the second line is
    set so and the first is not (a description in sentence case, a kicker of capitals and
    numbers), the first line the shorter: a standfirst under a title-cased headline is written
    as a sentence, and a teaser's cut paragraph above a headline runs longer than it."""
    keys = list(anchors)
    stood = [k for k in keys if _standfirst_under(shapes, k)]
    if not stood:
        return anchors
    plain = [k for k in keys if k + 1 < len(shapes) and shapes[k + 1] is Shape.PROSE]
    if len(plain) < max(HEADING_EVIDENCE_ENTRIES, len(stood)):
        return anchors
    if sum(1 for k in plain if title_case(items[k].text)) < STRONG_SHARE * len(plain):
        return anchors  # the page's headlines are not title-cased: the case tells nothing
    moved = {
        k
        for k in stood
        if k + 1 not in anchors
        and not _headline_cased(items[k].text)
        and _headline_cased(items[k + 1].text)
        and word_count(items[k].text) < word_count(items[k + 1].text)
    }
    if not moved:
        return anchors
    return {(k + 1 if k in moved else k): (KICKER_ANCHOR if k in moved else r) for k, r in anchors.items()}


# Words a headline does not end on but a sentence broken by a link does.
_OPEN_ENDS = frozenset(
    "a an the of to in on at for by with from and or but as is are was were be that this its their his her "
    "our your into than".split()
)


def _continues(line: str, nxt: str) -> bool:
    """Whether ``nxt`` carries on the sentence ``line`` started (a line broken at a link)."""
    last = line.rsplit(None, 1)[-1].lower() if line.split() else ""
    return last in _OPEN_ENDS or nxt[:1].islower() or nxt[:1] in ",;:)"


def _is_subtitle(items: list[Item], shapes: list[Shape], anchor: int, i: int) -> bool:
    """The line right under a title, itself headline-shaped, before the entry's prose."""
    if i != anchor + 1:
        return False
    if same_title(items[anchor].text, items[i].text):
        return True  # printed again: a repeat, read by ``split``
    return i + 1 < len(items) and shapes[i + 1] is Shape.PROSE


def _title_list(items: list[Item], shapes: list[Shape], i: int) -> bool:
    """Whether ``i`` is in a run of bare headlines (a list of other stories' titles)."""
    run = 0
    k = i
    while k < len(items) and shapes[k] is Shape.HEAD:
        if word_count(items[k].text) >= TITLE_ONLY_MIN_WORDS:
            run += 1
        k += 1
    k = i - 1
    while k >= 0 and shapes[k] is Shape.HEAD:
        if word_count(items[k].text) >= TITLE_ONLY_MIN_WORDS:
            run += 1
        k -= 1
    return run >= TITLE_LIST_MIN and word_count(items[i].text) >= TITLE_ONLY_MIN_WORDS


def _suffix_match(seq: list[Shape], template: list[Shape] | tuple[Shape, ...], *, keep_prose: bool) -> int:
    """How many trailing lines of ``seq`` match, from the end, a subsequence of ``template``.

    Template lines may be missing from ``seq`` (an entry without a section label); lines of
    ``seq`` may not be extra. With ``keep_prose`` the match never takes the last prose
    line of ``seq``: an entry above keeps its teaser.
    """
    t = len(template) - 1
    count = 0
    prose_left = sum(1 for s in seq if s is Shape.PROSE)
    for s in reversed(seq):
        while t >= 0 and template[t] is not s:
            t -= 1
        if t < 0:
            break
        if s is Shape.PROSE:
            if keep_prose and prose_left <= 1:
                break
            prose_left -= 1
        count += 1
        t -= 1
    return count


def _first_head(pre: list[Shape], template: tuple[Shape, ...]) -> int:
    """How many lines above the first title are its head: the template's, else the header
    lines right above it ("Outlet on MSN 7d" / title), and a photo caption above those."""
    if template:
        first_head = _suffix_match(pre, template, keep_prose=False)
    else:
        first_head = 0
        while first_head < min(len(pre), MAX_HEADER_LINES) and pre[len(pre) - 1 - first_head] is Shape.META:
            first_head += 1
    if first_head < len(pre) and pre[len(pre) - 1 - first_head] is Shape.CAPTION:
        first_head += 1
    return first_head


def split(
    items: list[Item],
    shapes: list[Shape],
    anchors: list[int],
    *,
    header: str | None = None,
    cuts: list[int] | None = None,
    kicked: frozenset[int] = frozenset(),
) -> Layout:
    """Entries from their anchors: each gap's lines go to the entry above or the one below.

    rules.py hooks: ``header`` is a rule file's word on where entries print their header
    lines ("before" the title: a gap's closing header lines open the next entry; "after"
    the body: they close the entry above), instead of the head read off the first entry;
    ``cuts`` are the first lines after the site's entry separators, which no entry spans;
    ``kicked``: anchors opened under a kicker line, which is their head.
    """
    n = len(items)
    pre = [shapes[i] for i in range(anchors[0])]
    gaps: list[list[int]] = []
    for k, a in enumerate(anchors):
        end = anchors[k + 1] if k + 1 < len(anchors) else n
        gaps.append(list(range(a + 1, end)))
    # how much of each gap (but the last) is the next entry's head
    heads: list[int] = []
    for g in gaps[:-1]:
        body_part = _own_part(items, shapes, g)
        seq = [shapes[i] for i in g[body_part:]]
        heads.append(_suffix_match(seq, pre, keep_prose=True))
    template = _gap_template(shapes, gaps, heads, pre)
    # a photo caption right above an entry's head (or its title) is that entry's (a card's
    # picture comes first), never the last words of the entry above, even when the first
    # entry, having no photo, showed no caption to learn from
    heads = [h if template else 0 for h in heads]
    heads = [h + _caption_above(shapes, g, h) for g, h in zip(gaps[:-1], heads, strict=True)]
    heads = [
        h + _print_above(items, g, h, anchors[k + 1]) for k, (g, h) in enumerate(zip(gaps[:-1], heads, strict=True))
    ]
    heads = _kicker_heads(anchors, gaps, heads, kicked)
    first_head = max(_first_head(pre, template), 1) if anchors[0] in kicked and pre else _first_head(pre, template)
    if header is not None or cuts:
        heads, first_head = _hinted_heads(shapes, gaps, pre, heads, first_head, anchors[0], header, cuts or [])
    preamble = list(range(anchors[0] - first_head))
    entries: list[Entry] = []
    for k, a in enumerate(anchors):
        e = Entry(title=a)
        if k == 0:
            e.head = list(range(anchors[0] - first_head, anchors[0]))
        else:
            prev = gaps[k - 1]
            h = heads[k - 1]
            e.head = prev[len(prev) - h :] if h else []
        g = gaps[k]
        own = g[: len(g) - heads[k]] if k < len(heads) and heads[k] else g
        _fill(items, shapes, e, own)
        entries.append(e)
    return Layout(entries, preamble, template)


def _gap_template(shapes: list[Shape], gaps: list[list[int]], heads: list[int], pre: list[Shape]) -> tuple[Shape, ...]:
    """The head the page's entries print before their titles, voted by the gaps holding prose;
    with none, the lines above the first title, unless they are the page's heading over a list
    of bare titles (``_heading_over_title_list``)."""
    signatures = Counter(tuple(shapes[i] for i in g[len(g) - h :]) for g, h in zip(gaps[:-1], heads, strict=True) if h)
    # only gaps holding prose vote: a rail of bare titles after the entries has no heads to show
    voting = sum(1 for g in gaps[:-1] if Shape.PROSE in [shapes[i] for i in g])  # a list: see segment._kind_in
    if voting:
        return head_template(signatures, voting)
    template = _pre_head(pre)  # one entry with prose: the head before its title is the only example there is
    return () if _heading_over_title_list(shapes, gaps, template) else template


def _kicker_heads(anchors: list[int], gaps: list[list[int]], heads: list[int], kicked: frozenset[int]) -> list[int]:
    """``heads``, each at least the line right above an anchor opened under a kicker
    (``_kickers_over_titles``): that line is the entry's head, never the entry above's."""
    if not kicked:
        return heads
    return [
        max(h, 1) if anchors[k + 1] in kicked and g and g[-1] == anchors[k + 1] - 1 else h
        for k, (g, h) in enumerate(zip(gaps[:-1], heads, strict=True))
    ]


def _hinted_heads(
    shapes: list[Shape],
    gaps: list[list[int]],
    pre: list[Shape],
    heads: list[int],
    first_head: int,
    first: int,
    header: str | None,
    cuts: list[int],
) -> tuple[list[int], int]:
    """Heads as a rule file says: all header lines closing a gap (``"before"``), none
    (``"after"``); and every line from an entry separator on belongs to the entry below, every
    line above it to the entry above (a wire digest's byline closing an item, see digest.py)."""
    if header == "after":
        heads, first_head = [0] * len(heads), 0
    elif header == "before":
        heads = [_closing_header_lines(shapes, g) for g in gaps[:-1]]
        first_head = _closing_header_lines(shapes, list(range(len(pre))))
    if not cuts:
        return heads, first_head
    # sorted once and searched per gap: a digest of thousands of items has as many cuts as gaps
    ordered, cut_set = sorted(cuts), set(cuts)
    for k, g in enumerate(gaps[:-1]):
        if not g:
            continue
        at = bisect_right(ordered, g[-1])  # the last cut at or above the gap's last line
        if at and ordered[at - 1] >= g[0]:
            heads[k] = g[-1] - ordered[at - 1] + 1
        elif g[-1] + 1 in cut_set:  # the separator right above the next title: no head
            heads[k] = 0
    at = bisect_right(ordered, first)
    if at:
        first_head = first - ordered[at - 1]
    return heads, first_head


def _closing_header_lines(shapes: list[Shape], gap: list[int]) -> int:
    """How many header-shaped lines close ``gap`` (after its last prose line)."""
    k = 0
    while k < len(gap) and shapes[gap[len(gap) - 1 - k]] in _HEADER_SHAPES:
        k += 1
    return k


def separator_anchors(
    items: list[Item], shapes: list[Shape], why: dict[int, str], cuts: list[int], *, header: str | None = None
) -> dict[int, str]:
    """Anchors where a site separates entries with a line of its own (rules.py hook).

    Each stretch between two separators (and the one before the first, when it holds prose)
    is an entry: where no anchor was found in it, the headline right above its first prose
    line opens it, else its first line that is no header line (a short label may be a
    title, unless the site prints its headers before the title).
    """
    n = len(items)
    out = dict(why)
    bounds = [*cuts, n]
    stretches = [(0, cuts[0])] if cuts and cuts[0] > 0 else []
    stretches += [(start, bounds[k + 1]) for k, start in enumerate(cuts)]
    skip = (*_HEADER_SHAPES, Shape.JUNK) if header == "before" else (Shape.META, Shape.CAPTION, Shape.JUNK)
    for k, (start, end) in enumerate(stretches):
        if start >= n or any(start <= a < end for a in why):
            continue
        prose = next((i for i in range(start, end) if shapes[i] is Shape.PROSE), None)
        if k == 0 and start == 0 and prose is None:
            continue  # the page's heading and furniture, no entry
        above = prose - 1 if prose is not None else -1
        while above >= start and shapes[above] in skip:
            above -= 1
        if above >= start and shapes[above] in (Shape.HEAD, Shape.LABEL):
            first = above
        else:
            first = next((i for i in range(start, end) if shapes[i] not in skip), start)
        out[first] = "layout.anchor-separator"
    return dict(sorted(out.items()))


def _heading_over_title_list(shapes: list[Shape], gaps: list[list[int]], template: tuple[Shape, ...]) -> bool:
    """Whether the header lines above a list's first title are the page's heading, not that
    entry's head: no other entry prints a line of their shape (at least ``MIN_ENTRIES`` others).

    Why: a section's list of bare titles under its name ("Local news" over miragenews.com's
    council titles, each with only its time under it; "Nigerian politics" over nnu.ng's
    category list) had the name read as the first entry's head, from the first entry's own
    example, so the first entry alone took it as its section and the others got none. Entries
    whose heads repeat ("Politics" / title, "Sport" / title) keep them."""
    if not template or len(gaps) - 1 < MIN_ENTRIES:
        return False
    kinds = set(template)
    return not any(shapes[i] in kinds for g in gaps[:-1] for i in g)


def _pre_head(pre: list[Shape]) -> tuple[Shape, ...]:
    """The header-shaped lines right above the first title (at most ``MAX_HEADER_LINES``)."""
    k = 0
    while k < min(len(pre), MAX_HEADER_LINES) and pre[len(pre) - 1 - k] in _HEADER_SHAPES:
        k += 1
    return tuple(pre[len(pre) - k :])


def _caption_above(shapes: list[Shape], gap: list[int], head: int) -> int:
    """1 when the line above a gap's last ``head`` lines is a photo caption, with prose before it."""
    k = len(gap) - head - 1
    if k < 1 or shapes[gap[k]] is not Shape.CAPTION:
        return 0
    return 1 if any(shapes[i] is Shape.PROSE for i in gap[:k]) else 0


def _print_above(items: list[Item], gap: list[int], head: int, title: int) -> int:
    """1 when the line above a gap's last ``head`` lines is the next title printed cut short
    ("Museum adds a wing for ma..." over "Museum adds a wing for maritime paintings").

    Why: a card prints its title twice, the first cut to the card's width; a cut print long
    enough to read as a sentence ended the entry above instead of opening its own (the title
    reader removes it as a repeat only when it is in the entry's head).
    """
    k = len(gap) - head - 1
    if k < 1 or not same_title(items[title].text, items[gap[k]].text):
        return 0
    return 1


def head_template(signatures: Counter[tuple[Shape, ...]], gaps: int) -> tuple[Shape, ...]:
    """The page's entry head: the most common head signature, widened by every other seen
    head it is part of ([caption, date] and [caption, section, date] are one layout in
    which some entries print no section). Nothing unless heads recur in enough gaps."""
    if not signatures or sum(signatures.values()) < HEAD_AGREEMENT * max(1, gaps):
        return ()
    template = max(signatures.items(), key=lambda kv: (kv[1], len(kv[0])))[0]
    for sig in sorted(signatures, key=len):
        if len(sig) > len(template) and _subsequence(template, sig):
            template = sig
    return template


def _subsequence(short: tuple[Shape, ...], long: tuple[Shape, ...]) -> bool:
    it = iter(long)
    return all(any(x is y for y in it) for x in short)


def template_anchors(items: list[Item], shapes: list[Shape], layout: Layout, anchors: Iterable[int]) -> list[int]:
    """Titles the head template points at: the line right after a full head that follows
    an entry's prose is the next entry's title, whatever its shape ("Travel
    2023-06-07T07:58:43Z" / a title with a full stop in it), and so is a title cut short
    by the page's end ("Labour MPs re" under its caption). A paragraph is no title: on a
    feed reader's page whose entries open with a prose line (colinwalker.blog's and
    dwayne.xyz's reading lists print notes and excerpts one paragraph a line), every
    paragraph after two others fits the template, and each became an entry of its own,
    titled with a paragraph of forty words and more (``_paragraph``)."""
    t = layout.head_template
    if not t:
        return []
    anchors = set(anchors)
    taken = set(anchors)
    for e in layout.entries:
        taken.update(e.lines())
    extra: list[int] = []
    n = len(items)
    for j in range(len(t) + 1, n):
        if j in anchors or shapes[j] in (Shape.META, Shape.CAPTION, Shape.JUNK):
            continue
        if tuple(shapes[j - len(t) : j]) != t or shapes[j - len(t) - 1] is not Shape.PROSE:
            continue
        if j - len(t) - 1 in anchors or any(a in range(j - len(t), j) for a in anchors):
            continue
        if j + 1 < n - 1 and shapes[j + 1] is not Shape.PROSE:
            continue  # a title has its teaser under it (maybe cut off), or the page ends there
        if shapes[j] is Shape.PROSE and _paragraph(items[j].text):
            continue
        extra.append(j)
    return extra


def _paragraph(text: str) -> bool:
    """A line longer than any headline (``HEADLINE_MAX_WORDS``): a paragraph of the text."""
    return word_count(text) > HEADLINE_MAX_WORDS


def _own_part(items: list[Item], shapes: list[Shape], gap: list[int]) -> int:
    """Where, in a gap, the lines that can only be the entry's own (header, subtitle) end."""
    k = 0
    while k < len(gap) and k < MAX_HEADER_LINES + 1 and shapes[gap[k]] in (*_HEADER_SHAPES, Shape.HEAD):
        k += 1
    return k if k < len(gap) else 0


def _fill(items: list[Item], shapes: list[Shape], e: Entry, own: list[int]) -> None:
    """Header, subtitle, body and trailer of one entry from the lines after its title."""
    assert e.title is not None
    _fill_parts(items, shapes, e, own)
    title = items[e.title].text
    if title.endswith(("...", "…")):  # printed cut short first, then in full: the full print is the title
        full = [i for i in e.repeats if len(items[i].text) > len(title)]
        if full:
            e.repeats = sorted([*(i for i in e.repeats if i != full[0]), e.title])
            e.title = full[0]
    n = len(items)
    if not e.body and e.meta and e.meta[-1] == n - 1 and shapes[n - 1] is not Shape.META:
        e.body.append(e.meta.pop())  # the page's last line, cut short under the header: the teaser
    if not e.body and not e.meta and e.subtitle == n - 1:
        e.body.append(e.subtitle)  # the same right under the title: no standfirst with nothing under it
        e.subtitle = None


def _fill_parts(items: list[Item], shapes: list[Shape], e: Entry, own: list[int]) -> None:
    assert e.title is not None
    title = items[e.title].text
    k = 0
    while k < len(own):
        i = own[k]
        s = shapes[i]
        if s is Shape.HEAD and same_title(title, items[i].text):
            e.repeats.append(i)
        elif s is Shape.HEAD and e.subtitle is None and not e.meta and k == 0:
            e.subtitle = i
        elif s in _HEADER_SHAPES and not e.body:
            e.meta.append(i)
        else:
            break
        k += 1
    rest = own[k:]
    # header lines after the last prose line: the entry's trailer
    last_prose = max((j for j, i in enumerate(rest) if shapes[i] is Shape.PROSE), default=-1)
    body: list[int] = []
    for i in rest[: last_prose + 1]:
        if same_title(title, items[i].text) or any(items[b].text == items[i].text for b in body):
            e.repeats.append(i)  # the title or the teaser printed again (mytinyfeed.com prints both twice)
        else:
            body.append(i)
    after = [i for i in rest[last_prose + 1 :] if not same_title(title, items[i].text)]
    e.repeats += [i for i in rest[last_prose + 1 :] if same_title(title, items[i].text)]
    # the trailer is the header lines ending the entry ("teaser / Source: X / 3h", "• Title /
    # teaser / Politics"); anything else there, and what stands before it, stays in the body
    k = len(after)
    while k > 0 and shapes[after[k - 1]] in (Shape.META, Shape.LABEL):
        k -= 1
    e.tail = after[k:]
    e.body = [*body, *after[:k]]
