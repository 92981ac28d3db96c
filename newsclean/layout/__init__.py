"""Page layouts beyond the aggregator header: entries found by the shape that repeats.

:func:`infer` is the generic segmenter for pages whose entries carry no aggregator meta
run (an outlet line, a time line and bullets under each title, as Daily8 prints them):
listings, feeds, digests and articles of any site. It returns ``None`` when the page
shows no entry layout, and the caller keeps the lead-story reading.
"""

from __future__ import annotations

from collections import Counter

from ..classify import Item, Kind
from ..models import PageKind
from ..para import Ledger
from ..segment import Block, Segmentation
from .entries import Entry, Layout, find_anchors, split
from .furniture import RECURRING_MIN, heading_parts, is_pagination, is_ui_command, section_heading
from .kind import structural_kind, url_kind
from .shapes import Shape, shapes_of

# Header lines an article's own story may print above its title (section, date, byline).
LEAD_HEAD_LINES = 3


def infer(items: list[Item], ledger: Ledger, url: str | None) -> Segmentation | None:
    """Blocks for a page of repeated entries, or ``None`` when no layout repeats."""
    items = _drop_furniture(items, ledger)
    if not items:
        return None
    shapes = shapes_of(items)
    anchors = find_anchors(items, shapes)
    hinted = url_kind(url)
    if len(anchors) < 1 or (len(anchors) < 2 and hinted != "listing"):
        return None
    layout = split(items, shapes, anchors)
    strong = [_strong(e, shapes, layout.head_template) for e in layout.entries]
    prose = [e.prose(shapes) for e in layout.entries]
    kind: PageKind = hinted or structural_kind(prose, strong)
    if kind == "article":
        _keep_story_whole(layout, items, shapes, strong)
        if len(layout.entries) < 2:
            return None  # one story: the lead-story reading knows its header lines better
        _lead_head(layout, shapes)
    page_category = _preamble(items, shapes, layout, ledger)
    blocks = [
        _block(items, e, role="listing" if kind == "listing" else ("main" if k == 0 else "related"))
        for k, e in enumerate(layout.entries)
    ]
    if page_category is not None:
        for b in blocks:
            b.page_category = page_category
    return Segmentation(blocks, kind)


def _strong(e: Entry, shapes: list[Shape], template: tuple[Shape, ...]) -> bool:
    """An entry that prints a header of its own: a time, a byline or a source line, or the
    head (caption, section label) the page's repeating layout puts before each title. No
    subheading of a story does; a link's words broken onto a line of their own are no header."""
    if any(shapes[i] is Shape.META for i in (*e.head, *e.meta, *e.tail)):
        return True
    return bool(template) and bool(e.head)


# A story's subheadings are followed by paragraphs; a list of other stories after it prints
# one teaser line (or none) under each title, down to the page's end.
RELATED_MAX_PROSE = 1


def _keep_story_whole(layout: Layout, items: list[Item], shapes: list[Shape], strong: list[bool]) -> None:
    """On an article page, other stories are the entries with a header of their own, and
    the run of teasers that closes the page once the story has visibly ended (a trailer
    line such as "Publish Date : ...", or furniture removed between it and them). Any
    other anchor is a subheading, a pasted link or a digest's item of the story above,
    and its lines go back into that story's body."""
    entries = layout.entries
    run_start = len(entries)
    while run_start > 1 and (strong[run_start - 1] or entries[run_start - 1].prose(shapes) <= RELATED_MAX_PROSE):
        run_start -= 1
    if run_start < len(entries) and not all(strong[run_start:]):
        before = entries[run_start - 1]
        first = min(entries[run_start].lines())
        last_own = max(before.lines())
        ended = bool(before.tail) or items[first].line.index - items[last_own].line.index > 1
        if not ended:
            run_start = len(entries)
    main = entries[0]
    for e in entries[1:run_start]:
        main.body = sorted([*main.body, *main.tail, *e.lines()])
        main.tail = []
    layout.entries = [main, *entries[run_start:]]


def _drop_furniture(items: list[Item], ledger: Ledger) -> list[Item]:
    """Lines no story prints: URL, e-mail, number and slug lines, pagination, interface
    commands, and short lines the page repeats under entry after entry."""
    counts = Counter(it.text for it in items if it.kind is Kind.TEXT and len(it.text) <= RECURRING_MAX_CHARS)
    kept: list[Item] = []
    for it in items:
        rule = _furniture_rule(it, counts) if it.kind is Kind.TEXT else None
        if rule is not None:
            ledger.remove(it.text, it.line.start, rule)
        else:
            kept.append(it)
    return kept


# A recurring furniture line is short; titles printed again are longer than this seldom matter.
RECURRING_MAX_CHARS = 60


def _furniture_rule(it: Item, counts: Counter[str]) -> str | None:
    text = it.text
    if is_pagination(text):
        return "layout.pagination"
    if is_ui_command(text):
        return "layout.ui-command"
    shape = shapes_of([it])[0]
    if shape is Shape.JUNK:
        return "layout.junk-line"
    if shape is Shape.HEAD and counts.get(text, 0) >= RECURRING_MIN:
        return "layout.recurring-line"
    return None


def _lead_head(layout: Layout, shapes: list[Shape]) -> None:
    """An article's own header lines above its title (section, date) are its, not furniture."""
    first = layout.entries[0]
    assert first.title is not None
    k = first.title
    while (
        k > 0
        and first.title - k < LEAD_HEAD_LINES
        and (k - 1) in layout.preamble
        and shapes[k - 1] in (Shape.META, Shape.LABEL)
    ):
        k -= 1
    moved = [i for i in layout.preamble if i >= k]
    layout.preamble = [i for i in layout.preamble if i < k]
    first.head = [*moved, *first.head]


def _preamble(items: list[Item], shapes: list[Shape], layout: Layout, ledger: Ledger) -> str | None:
    """The page's heading and furniture before its first entry; a bare section name heading a
    listing is its entries' category, everything else there is chrome."""
    category: str | None = None
    for i in layout.preamble:
        it = items[i]
        parts = heading_parts(it.text)
        bare = [p for p in parts if section_heading(p)]
        if category is None and bare and shapes[i] in (Shape.LABEL, Shape.HEAD) and len(parts) <= 2:
            category = bare[-1]
            if len(parts) > 1:  # "CBC | Canada News": the other part names the site
                other = parts[0] if bare[-1] == parts[-1] else parts[-1]
                ledger.remove(other, it.line.start + it.text.find(other), "layout.site-name")
            continue
        ledger.remove(it.text, it.line.start, "layout.page-furniture")
    return category


def _block(items: list[Item], e: Entry, *, role: str) -> Block:
    return Block(
        role=role,
        title=items[e.title] if e.title is not None else None,
        meta=[items[i] for i in e.meta],
        body=[items[i] for i in e.body],
        head=[items[i] for i in e.head],
        tail=[items[i] for i in e.tail],
        subtitle=items[e.subtitle] if e.subtitle is not None else None,
        repeats=[items[i] for i in e.repeats],
        generic=True,
    )
