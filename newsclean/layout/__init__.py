"""Page layouts beyond the aggregator header: entries found by the shape that repeats.

:func:`infer` is the generic segmenter for pages whose entries carry no aggregator meta
run (an outlet line, a time line and bullets under each title, as Daily8 prints them):
listings, feeds, digests and articles of any site. It returns ``None`` when the page
shows no entry layout, and the caller keeps the lead-story reading.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Literal

import regex

from ..classify import Item, Kind
from ..dates import relative_age
from ..lexicon import REPORTING_VERBS, WEEKDAY_NAMES, alternation
from ..models import Role
from ..names import paper_name
from ..para import Ledger
from ..rules import NO_HINTS, LayoutHints
from ..segment import Block, Segmentation
from ..thresholds import (
    AUTHOR_HEADING_MAX_WORDS,
    CARD_CAPTION_GAP_LINES,
    CARD_TAIL_LINES,
    DATE_GROUP_MAX_SHARE,
    DATE_GROUPS_MIN,
    DIGEST_PARAGRAPH_MIN_WORDS,
    FEED_HEADER_MAX_LINES,
    FURNITURE_MAX_CHARS,
    GLUED_TRAIL_MAX_WORDS,
    GLUED_TRAIL_SCAN_ITEMS,
    HEADING_ENTRY_SCAN,
    HEADING_MAX_PARTS,
    LEAD_HEAD_LINES,
    LISTING_BLURB_MIN_WORDS,
    LISTING_MIN_ENTRIES,
    MAX_HEADER_LINES,
    MAX_TEASER_TITLE_WORDS,
    MENU_MIN_LABELS,
    MIN_ENTRIES,
    MIN_FEED_LINES,
    MOTTO_MAX_LINES,
    MOTTO_MAX_WORDS,
    MOTTO_OPENING_REACH,
    RECURRING_MAX_CHARS,
    RECURRING_MIN,
    RELATED_MAX_PROSE,
    RULE_SEPARATOR_MIN,
    RULE_TITLE_MAX_WORDS,
    SECTION_BLURB_REACH,
    SKIP_LIST_MAX_WORDS,
    SNIPPET_MIN_WORDS,
    STORY_HEAD_LINES,
    STORY_TITLE_MIN_WORDS,
    STRONG_SHARE,
)
from .cards import page_kickers
from .decor import page_decorations, teaser_cut
from .digest import Digest, digest_items, keycap_items, numbered_items, titleless_entries
from .entries import (
    KICKER_ANCHOR,
    Entry,
    Layout,
    find_anchors,
    separator_anchors,
    short_title_anchors,
    split,
    template_anchors,
)
from .furniture import (
    feed_subscribe,
    heading_parts,
    is_bare_caption,
    is_date_archive_heading,
    is_heading_blurb,
    is_image_file,
    is_listing_heading,
    is_section_blurb,
    is_skip_link,
    is_summary_preamble,
    section_heading,
)
from .kind import (
    author_slug,
    names_listing,
    names_site,
    page_kind,
    site_blurb,
    slug_words,
    url_contradicts_heading,
    url_kind,
    url_names,
)
from .linefurniture import (
    BULLET_LINE,
    HEAD_LINE,
    PLAIN_LINE,
    STORY_LISTING_HEADING,
    TIME_LINE,
    furniture_rule,
    interface_rule,
)
from .markers import remap_markers
from .oneline import closed_teaser_feed, closes_entry, split_teaser_feeds, titles_over_cut_teasers, trailer_entries
from .shapes import Shape, agency_line, all_capitalised, glued_header, line_shape, word_count
from .tracing import trace_layout


def infer(items: list[Item], ledger: Ledger, url: str | None, hints: LayoutHints = NO_HINTS) -> Segmentation | None:
    """Blocks for a page of repeated entries, or ``None`` when no layout repeats.

    ``hints`` (rules.py hook): what a rule file says of the site's layout, where the header
    lines sit and the page kind by URL; its entry separators arrive as markers. The stages,
    each a function: the lines a layout reads (:func:`_lines`), the page's own story under
    its header (:func:`_headed_story`), the entries (:func:`_entries`), the page's kind and
    what it changes (:func:`_settle`), then the blocks (:func:`_blocks`).
    """
    lines = _lines(items, ledger)
    if lines is None:
        return None
    items, shapes, markers, cuts, digest, wire = lines
    said = hints.kind_for(url)
    forced: Literal["listing", "article"] | None = (
        "listing" if said == "listing" else "article" if said == "article" else None
    )
    # a digest's rule lines (see _rule_separators) make its items a listing's entries, and so
    # does the page's description of itself as a section (see _section_blurb)
    hinted = forced or ("listing" if digest else url_kind(url))
    feed = hinted is None and closed_teaser_feed(items, shapes)
    if feed:
        hinted = "listing"
    if hinted != "listing" and not cuts:
        lead = _headed_story(items, shapes, ledger)
        if lead is not None:
            return lead
    if wire is not None and not wire.titled:
        found: tuple[Layout, dict[int, str]] | None = titleless_entries(wire, len(items))
    else:
        found = _entries(items, shapes, cuts, hinted, hints, wire)
    if found is None:
        return None
    layout, why = found
    settled = _settle(items, shapes, layout, markers, url, hinted, forced, ledger, hints.agencies, feed=feed)
    if settled is None:
        return None
    kind, kind_reason = settled
    blocks = _blocks(items, shapes, layout, markers, ledger, url, kind, hints.agencies, digest=wire)
    if ledger.trace is not None:
        trace_layout(items, layout, why, kind, kind_reason, ledger)
    return Segmentation(blocks, kind, reading="generic")


def _lines(
    items: list[Item], ledger: Ledger
) -> tuple[list[Item], list[Shape], dict[int, Item], list[int], bool, Digest | None] | None:
    """The lines a layout reads, their shapes, the section markers by position, the entry
    separators' positions, whether the page says it is a listing (a digest's rule lines, or
    its description of itself: see :func:`_section_blurb`) and the wire digest's
    items the page prints (see :mod:`.digest`); ``None`` when no line is left.

    Section headings ("Related Articles", "Read more") were removed by the rule files; where
    they stood tells where a story ended, and what follows. Lines a rule file marks as entry
    separators (section = "entry", a rules.py hook) count at the first line after one.
    """
    markers: dict[int, Item] = {}
    kept: list[Item] = []
    for it in _rule_separators(_image_separators(_feed_header(items, ledger), ledger), ledger):
        if it.kind is Kind.MARKER:
            markers[len(kept)] = it
        else:
            kept.append(it)
    # a date archive's heading ("Day: June 9, 2025") says the page lists that day's stories
    archive = any(it.kind in (Kind.TEXT, Kind.TIME) and is_date_archive_heading(it.text) for it in kept)
    # so does a wire summary's preamble ("Following is a summary of current world news briefs.")
    # near the top: the briefs under it are its entries
    archive = archive or any(it.kind is Kind.TEXT and is_summary_preamble(it.text) for it in kept[:MAX_HEADER_LINES])
    items, shapes = _drop_furniture(kept, ledger, markers)
    shapes = titles_over_cut_teasers(items, shapes)
    items, shapes, blurbed = _section_blurb(items, shapes, markers, ledger)
    if not items:
        return None
    items, shapes, wire = digest_items(items, shapes, markers, ledger)
    if wire is None:
        items, shapes, wire = numbered_items(items, shapes, markers, ledger)
    if wire is None:
        items, shapes, wire = keycap_items(items, shapes, markers, ledger)
    cuts = sorted(k for k, m in markers.items() if m.section in ("entry", _DIGEST))
    digest = any(markers[k].section == _DIGEST for k in cuts)
    for k in cuts:
        del markers[k]
    if wire is not None:  # a wire digest's items (see digest.py) are a listing's entries
        cuts = sorted({*cuts, *wire.cuts})
        digest = True
    return items, shapes, markers, cuts, digest or blurbed or archive, wire


def _feed_header(items: list[Item], ledger: Ledger) -> list[Item]:
    """A feed reader's channel header, cut whole: its subscribe link ("Subscribe to Top
    Stories feed Top Stories", see :func:`feed_subscribe`), the channel's description under
    it and the "Updated: 5 hours 31 min ago" stamp of the reader's last fetch (cafe52.com,
    ladailypost.com), and the page's heading over the link when it is the channel's name.
    Left in, they read as a first entry, the stamp as the time of the first item that
    prints none of its own, and the heading as a head each entry's title has above it (the
    cut-off teaser over the next title went as its furniture). Without the stamp at most
    ``FEED_HEADER_MAX_LINES`` lines below, only the link goes."""
    for k, it in enumerate(items[: FEED_HEADER_MAX_LINES * 4]):
        if it.kind is not Kind.TEXT or feed_subscribe(it.text) is None:
            continue
        end = k
        for j in range(k + 1, min(len(items), k + 1 + FEED_HEADER_MAX_LINES)):
            if items[j].kind is Kind.TIME and (items[j].label or "").lower().rstrip(" :") == "updated":
                end = j
                break
        start = k - 1 if k and items[k - 1].text == feed_subscribe(it.text) else k  # the channel's name over it
        for j in range(start, end + 1):
            ledger.remove(
                items[j].text, items[j].line.start, "layout.feed-subscribe" if j == k else "layout.feed-header"
            )
        return items[:start] + items[end + 1 :]
    return items


# A line of dashes alone ("----------", "———-"), as wire digests print between their items.
_DIGEST = "digest"  # the section of the markers that stand for those lines
# re, not regex: no regex-only syntax, and re holds the GIL (regex drops and retakes it per call)
_RULE_LINE = re.compile(r"[-–—―_=]{3,40}")


def _rule_separators(items: list[Item], ledger: Ledger) -> list[Item]:
    """A digest's rule lines as entry separators (``layout.rule-separator``).

    Kyodo's news digests (kyodonews.net, and mirrors such as livenews.one) and Yonhap's news
    summaries (yna.co.kr) print a line of dashes between their items: headline, dateline
    paragraph, one more paragraph. Dropped as junk, the rule left no trace, and the item's
    closing paragraph read as the head (a caption) of the next one, or the items as one
    story. They separate entries, as a rule file's entry separators do, when the page
    prints at least ``RULE_SEPARATOR_MIN`` and what follows them reads as headlines: at most
    ``RULE_TITLE_MAX_WORDS`` words each, half of them headline-shaped. A story's own section
    breaks ("---" over its next paragraph) stay junk lines.
    """
    at = [k for k, it in enumerate(items) if it.kind is Kind.TEXT and _RULE_LINE.fullmatch(it.text)]
    if len(at) < RULE_SEPARATOR_MIN:
        return items
    after = [items[k + 1] for k in at if k + 1 < len(items) and items[k + 1].kind is Kind.TEXT]
    if len(after) < len(at) - 1 or any(word_count(it.text) > RULE_TITLE_MAX_WORDS for it in after):
        return items
    headed = sum(1 for it in after if line_shape(it) in (Shape.HEAD, Shape.LABEL))
    if 2 * headed < len(after):
        return items
    out = list(items)
    for k in at:
        ledger.remove(items[k].text, items[k].line.start, "layout.rule-separator")
        out[k] = Item(items[k].line, Kind.MARKER, section=_DIGEST)
    return out


def _image_separators(items: list[Item], ledger: Ledger) -> list[Item]:
    """An image's file name over each card as the entry separator it stands for
    (``layout.image-separator``): an SNworks section page (thepostathens.com) prints each card's
    picture as its file name, then the headline, then the teaser. Dropped as furniture
    only, the cards left no sign of where each opens and a page without a URL read as one
    story with subheads. A picture over each card makes the page a listing, as a digest's
    rule lines do. At least ``RULE_SEPARATOR_MIN`` of them, each right over a
    headline-shaped line; a story's own pictures (a file name over a paragraph) are only
    furniture (see :func:`_furniture_rule`)."""
    at = [k for k, it in enumerate(items) if it.kind is Kind.TEXT and is_image_file(it.text)]
    if len(at) < RULE_SEPARATOR_MIN:
        return items
    headed = [
        k
        for k in at
        if k + 1 < len(items) and items[k + 1].kind is Kind.TEXT and line_shape(items[k + 1]) is Shape.HEAD
    ]
    if len(headed) < RULE_SEPARATOR_MIN or 2 * len(headed) < len(at):
        return items
    out = list(items)
    for k in headed:
        ledger.remove(items[k].text, items[k].line.start, "layout.image-separator")
        out[k] = Item(items[k].line, Kind.MARKER, section=_DIGEST)  # cards: a listing's entries
    return out


def _entries(
    items: list[Item], shapes: list[Shape], cuts: list[int], hinted: str | None, hints: LayoutHints,
    wire: Digest | None = None,
) -> tuple[Layout, dict[int, str]] | None:  # fmt: skip
    """The entries the page repeats and why each opens where it does; ``None`` for one story.
    ``wire``: a wire digest, above whose first item no entry opens (its heading and intro),
    but an entry with a teaser of its own where the items are datelined (see digest.py)."""
    few = sum(1 for s in shapes if s is Shape.HEAD) < MIN_ENTRIES
    trailed = trailer_entries(shapes) if few and not cuts else []
    if hinted != "listing" and not cuts and not trailed and few:
        return None  # fewer headlines than entries a layout needs: one story
    why = find_anchors(items, shapes, listing=hinted == "listing", story=hinted == "article")
    if hinted == "listing":
        why = short_title_anchors(items, shapes, why)
    if cuts:
        why = separator_anchors(items, shapes, why, cuts, header=hints.header)
    if wire is not None:
        why = {i: r for i, r in why.items() if i >= wire.first or (not wire.intro and _teased(shapes, i, wire.first))}
    anchors = list(why)
    if trailed and not anchors:
        layout = Layout(trailed, [], ())  # "teaser / Source: X / 3h", over and over
        why.update((e.body[0], "layout.trailer-entry") for e in trailed)
    elif not anchors and hinted == "listing":
        layout = Layout([], list(range(len(items))), ())  # no titles at all: maybe a feed of teasers
    elif len(anchors) < 1 or (len(anchors) < MIN_ENTRIES and hinted != "listing"):
        return None
    else:
        layout = split(items, shapes, anchors, header=hints.header, cuts=cuts, kicked=_kicked(why))
    extra = template_anchors(items, shapes, layout, anchors) if anchors else []
    if extra:
        why.update((i, "layout.anchor-template") for i in extra)
        anchors = sorted({*anchors, *extra})
        layout = split(items, shapes, anchors, header=hints.header, cuts=cuts, kicked=_kicked(why))
    return layout, why


def _kicked(why: dict[int, str]) -> frozenset[int]:
    """The anchors opened under a kicker line (entries.``_kickers_over_titles``)."""
    return frozenset(i for i, r in why.items() if r == KICKER_ANCHOR)


def _live_headline(items: list[Item], layout: Layout) -> bool:
    """Whether a line above the first entry is the page's headline naming that entry after a
    colon ("WA news LIVE: Perth board meets for first time" over the post "Perth board meets
    for first time"): a live blog, whose headline carries its latest post's, and whose posts
    (a clock time, a heading, the text) repeat like a listing's entries. One story, not a
    listing of them.

    Why: WAtoday's and The Age's "WA news LIVE" blogs on Daily8 (daily8.com/en/article/
    2f1ebb42b66c0396d9ce9dd447736abd with no header above the headline; 7d71e192543b24572b67fe1f504e93a1
    and the amplifyapp.com mirror's 368d2cc07a8050300c9d5b2a857feef7, both headlines of that shape)
    were read as a listing of their posts, the headline dropped as furniture. Only where the
    story URL's slug named no entry (Daily8's slugs are hashes) decided the listing."""
    if not layout.entries:
        return False
    first = layout.entries[0]
    at = first.title
    if at is None:
        return False
    title = items[at].text.strip()
    start = min([at, *first.head])
    for it in items[:start]:
        text = it.text.rstrip()
        if len(text) > len(title) and text.endswith(title) and text[: len(text) - len(title)].rstrip().endswith(":"):
            return True
    return False


def _teased(shapes: list[Shape], anchor: int, end: int) -> bool:
    """Whether prose stands under ``anchor`` before line ``end``, past its header lines."""
    return any(s is Shape.PROSE for s in shapes[anchor + 1 : end])


def _settle(
    items: list[Item], shapes: list[Shape], layout: Layout, markers: dict[int, Item], url: str | None,
    hinted: Literal["listing", "article"] | None, forced: Literal["listing", "article"] | None, ledger: Ledger,
    agencies: frozenset[str] | None, *, feed: bool = False,
) -> tuple[Literal["listing", "article"], str] | None:  # fmt: skip
    """The page's kind (and the rule that decided it), and the entries as that kind reads
    them: an article keeps its story whole, a listing splits teaser feeds and its cut-off
    end. ``None`` when one story is left, which the lead-story reading knows better."""
    strong = [_strong(e, items, shapes, layout.head_template, agencies) for e in layout.entries]
    prose = [e.prose(shapes) for e in layout.entries]
    # for the page's kind a section label closing each entry counts as its header too
    headed = [st or any(shapes[i] is Shape.LABEL for i in e.tail) for st, e in zip(strong, layout.entries, strict=True)]
    titles = [items[e.title].text for e in layout.entries if e.title is not None]
    teased = bulleted = None
    if hinted is None and forced is None:  # only then can the teasers' ends or the titles' bullets decide
        teased = [bool(e.body) and teaser_cut(items[e.body[-1]].text) for e in layout.entries]
        bulleted = [e.title is not None and items[e.title].kind is Kind.BULLET for e in layout.entries]
    elif hinted == "article" and forced is None:  # a story URL over alike entries: see page_kind
        teased = [bool(e.body) and _snipped(items, e.body[-1]) for e in layout.entries]
    kind, kind_reason = page_kind(
        url, hinted, prose, headed, titles, forced=forced, teased=teased, bulleted=bulleted, feed=feed
    )
    # a story URL read as a listing by its entries (the slug named none of them), no rule file
    if kind == "listing" and hinted == "article" and forced is None and _live_headline(items, layout):
        return None  # one story: the lead-story reading takes the headline and the posts
    if kind == "article":
        _keep_story_whole(layout, items, shapes, strong, markers, agencies)
        if len(layout.entries) < MIN_ENTRIES:
            return None
        _lead_head(layout, shapes)
    if kind == "listing":
        split_teaser_feeds(items, shapes, layout)
        _cards_after_twice_printed_teaser(shapes, layout)
        _teaser_printed_twice(items, layout)
        _heading_over_first_title(items, layout, ledger)
        _cut_card_tail(layout, len(items))
        _cut_last_teaser(items, layout)
        _cut_entry_head(items, shapes, layout, ledger)
    if not layout.entries:
        return None
    return kind, kind_reason


def _snipped(items: list[Item], i: int) -> bool:
    """Whether line ``i`` ends as a listing's teaser does: cut with "..." or a "Read more" link
    (``decor.teaser_cut``), or cut at a fixed length in mid-sentence, its last word with no
    stop after it, a paragraph of at least ``SNIPPET_MIN_WORDS`` words above the page's last
    line (the scrape's own cut).

    Why: an MSN-style portal's channel rail (mypremiumvault.com's "Money" page) and a
    radio station's news section (connectfm.ca) print each story's first characters only
    ("... said on Thursday. With this", "... would increase from"): under a story URL that
    names none of them, a listing's teasers, not a story's subheadings and paragraphs, which
    end with their sentences."""
    text = items[i].text.rstrip()
    if teaser_cut(text):
        return True
    if i == len(items) - 1 or word_count(text) < SNIPPET_MIN_WORDS:
        return False
    last = text[-1]
    return last == "," or (last.isalnum() and not last.isdigit())


def _teaser_printed_twice(items: list[Item], layout: Layout) -> None:
    """On a listing, a title-less entry that is only the teaser of the title-less entry above
    it, word for word, is that card's second print (recorded as a repeat), not a story.

    Why: listings of title-less teasers print their first (featured) card's teaser twice, as
    its heading and as its summary, and it became two entries of one story:
    chiefhealthcareexecutive.com's author pages (blank lines between the cards);
    trainingground.guru's article lists print their first teaser twice the same way. A feed
    never lists one story twice in a row. Only a lone line with nothing else in its entry."""
    out: list[Entry] = []
    for e in layout.entries:
        prev = out[-1] if out else None
        if (
            prev is not None
            and e.title is None
            and prev.title is None
            and prev.body
            and len(e.body) == 1
            and not (e.head or e.meta or e.tail or e.repeats)
            and items[e.body[0]].text.strip() == items[prev.body[-1]].text.strip()
        ):
            prev.repeats.append(e.body[0])
            continue
        out.append(e)
    layout.entries = out


def _cards_after_twice_printed_teaser(shapes: list[Shape], layout: Layout) -> None:
    """On a listing, the paragraphs after an entry's teaser printed a second time are other
    cards' teasers, each an entry of its own (title-less), not that entry's body.

    Why: a grid of cards printing the first card's teaser twice (as its standfirst and as its
    summary), then cards whose headlines the scrape lost, ran every later teaser into the first
    entry's body: theozpost.com's local-government pages ("title / teaser / the teaser again",
    then five title-less teasers), indiatoday.in's grid view (the same, then its video
    cards' descriptions). A story's body does not print its paragraph twice in a row; the repeat
    closes the card. Only when at least ``MIN_FEED_LINES`` paragraphs follow and all of them
    are prose (a header or label line there belongs to an entry the layout reads itself)."""
    out: list[Entry] = []
    for e in layout.entries:
        out.append(e)
        printed = [i for i in e.repeats if shapes[i] is Shape.PROSE]
        if e.title is None or not printed:
            continue
        after = [i for i in e.body if i > printed[0]]
        if len(after) < MIN_FEED_LINES or any(shapes[i] is not Shape.PROSE for i in after):
            continue
        e.body = [i for i in e.body if i < printed[0]]
        out.extend(Entry(body=[i]) for i in after)
    layout.entries = out


def _blocks(
    items: list[Item], shapes: list[Shape], layout: Layout, markers: dict[int, Item], ledger: Ledger,
    url: str | None, kind: Literal["listing", "article"], agencies: frozenset[str] | None, *,
    digest: Digest | None = None,
) -> list[Block]:  # fmt: skip
    """The entries as blocks, with what the page says of all of them: its heading (a
    section, an author, a site), the decorations its titles share, its cards' kickers. A
    wire digest's intro above its first item ("Here are the latest coverage plans ...") is
    its furniture, no story (``digest``); above datelined items a paragraph is an entry's
    teaser all the same (newsbreak.com's feed of AP stories opens with an editorial roundup)."""
    if kind == "listing":
        _caption_over_first_card(items, shapes, layout, url)
    if digest is None:
        _keep_preamble_prose(items, shapes, layout, url)
    elif not digest.intro:
        _keep_preamble_prose(items, shapes, layout, url, min_words=DIGEST_PARAGRAPH_MIN_WORDS)
    groups: dict[int, str] = {}
    if kind == "listing":
        groups = _date_groups(items, layout, ledger) or _archive_day(items, layout, url, ledger)
        _page_clock(items, layout, ledger)
    _recurring_trailers(items, shapes, layout, ledger, agencies)
    intro = digest is not None and digest.intro
    _head_menus(items, shapes, layout, ledger)
    page_category, heading, site, source = _preamble(
        items, shapes, layout, ledger, url, listing=kind == "listing", intro=intro
    )
    channel = (_feed_channel(items, layout, ledger) if kind == "listing" else None) or source
    blocks = [
        _block(items, e, markers, role="listing" if kind == "listing" else ("main" if k == 0 else "related"))
        for k, e in enumerate(layout.entries)
    ]
    recurring = frozenset(page_decorations([b.title.text for b in blocks if b.title is not None]))
    kickers = page_kickers([b.body[0].text for b in blocks if b.title is None and b.body])
    for k, b in enumerate(blocks):
        b.decorations = recurring
        b.kickers = kickers
        b.page_published = groups.get(k)
        if heading is not None and page_category is not None:
            b.page_category = page_category
            b.page_outlet = site
        elif heading is not None:
            b.page_byline = heading.text
    if heading is not None and blocks:
        blocks[0].heading = heading  # the span of the first entry covers the line it came from
    if channel is not None:
        for b in blocks:
            b.page_outlet = b.page_outlet or channel
            if b.page_category is not None and _same_name(b.page_category, channel):  # the feed's name, no section
                b.page_category = None
    return blocks


# A feed reader's page of one source's items (Drupal's /aggregator/sources/N: americansin-
# indonesia.org, cftui.org) opens with the feed's channel: its title ("The Jakarta Post News
# Channel", "The Times of India: Breaking news, views, ...") over "Updated: 10 hours ago",
# the time the reader last fetched it. That is the page's header, not an entry.
_CHANNEL_TAIL = regex.compile(r"(?i)(?::\s.*|\s(?:news\s)?(?:channel|feed|rss(?:\sfeed)?))$")


def _same_name(a: str, b: str) -> bool:
    return a.casefold().removeprefix("the ").strip() == b.casefold().removeprefix("the ").strip()


def _feed_channel(items: list[Item], layout: Layout, ledger: Ledger) -> str | None:
    """The channel's name when the first entry is a feed's channel header (see above): its
    lines are recorded as removed and the name is every entry's outlet."""
    entries = layout.entries
    if len(entries) < MIN_ENTRIES:  # the channel and at least one item
        return None
    first = entries[0]
    if first.title is None or first.body or first.tail or len(first.meta) != 1:
        return None
    stamp = items[first.meta[0]]
    if stamp.kind is not Kind.TIME or (stamp.label or "").lower().rstrip(" :") != "updated":
        return None
    title = items[first.title]
    name = _CHANNEL_TAIL.sub("", title.text).strip()
    for i in [*first.head, first.title, *first.meta]:
        ledger.remove(items[i].text, items[i].line.start, "layout.feed-channel")
    entries.pop(0)
    return name or None


def _heading_over_first_title(items: list[Item], layout: Layout, ledger: Ledger) -> None:
    """A listing's own heading printed right above its first card reads as that card's
    title, and the card's real headline as its standfirst: the topic's name over the first
    card of economictimes.com's topic pages ("SOUTH INDIAN METROPOLITAN AREAS"), a feed
    mirror's menu strip over its first item (ausnznet.com). When no later entry prints a
    standfirst, that one is the first entry's headline, and the line above it goes to the
    page's preamble, which reads it (a bare topic name is every entry's category, anything
    else furniture). Entries before it that are a title alone (at most ``HEADING_ENTRY_SCAN``
    entries in: a date or menu line above the heading) are the page's furniture. Near miss kept: a listing whose cards
    all print a standfirst keeps each card's title and standfirst as they are."""
    entries = layout.entries
    k = next((j for j, e in enumerate(entries[:HEADING_ENTRY_SCAN]) if e.subtitle is not None), None)
    if k is None or len(entries) - k < LISTING_MIN_ENTRIES:
        return
    first, lead, later = entries[k], entries[:k], entries[k + 1 :]
    if first.title is None or first.head or not first.body:
        return
    if any(e.subtitle is not None or e.title is None for e in later):
        return
    if any(e.title is None or e.lines() != [e.title] for e in lead):
        return
    for e in lead:  # lines above the heading: the page's furniture, whatever they say
        if e.title is not None:
            ledger.remove(items[e.title].text, items[e.title].line.start, "layout.above-heading")
    headline = first.subtitle
    assert headline is not None  # k was chosen for it
    layout.preamble = sorted([*layout.preamble, first.title])
    first.title, first.subtitle = headline, None
    first.reasons.append((headline, "layout.heading-over-title"))
    del entries[:k]


def _cut_last_teaser(items: list[Item], layout: Layout) -> None:
    """A stored page that ends inside the last teaser ("... surprised fans by sharing a p")
    leaves that teaser short and unpunctuated, so it reads as one more headline. When the
    last two entries both lack a body, the page's last line is their teaser, and every other
    entry prints one, the line goes back under the headline above it. (Its length says
    nothing: a page can stop three words into a teaser.)"""
    entries = layout.entries
    if len(entries) < MIN_ENTRIES + 1:
        return
    last, before = entries[-1], entries[-2]
    if last.title != len(items) - 1 or last.lines() != [last.title] or before.body or before.title is None:
        return
    others = entries[:-2]
    if len(others) < MIN_ENTRIES or not all(e.body for e in others):
        return  # a bare headline elsewhere: headlines without teasers are this page's shape
    before.body.append(last.title)
    before.reasons.append((last.title, "layout.cut-teaser"))
    entries.pop()


def _cut_card_tail(layout: Layout, n: int) -> None:
    """A listing whose cards open with their photo's caption (the head template starts with a
    prose line), stored cut off inside its last card's teaser: the caption, the headline and
    the teaser's first words, each short, each read as an entry of its own with a title and
    nothing else. They are one card: the caption its head, the cut words its body.

    Why: sabcsport.com's tag pages (wide tune half) ended "SuperSport United defender Ime
    Okon" (a caption the site cuts) / headline / "The selection of SuperSport United's
    teenage defende", three entries where the page holds one; the caption-first cards of
    gulf-times.com and japantimes.co.jp are cut so wherever the store stops inside a card. Only
    when the three are the page's last lines and every entry above has a teaser and, but the
    first, a head of its own."""
    entries = layout.entries
    template = layout.head_template
    if len(entries) < CARD_TAIL_LINES + MIN_ENTRIES or not template or template[0] not in (Shape.PROSE, Shape.CAPTION):
        return
    run, above = entries[-CARD_TAIL_LINES:], entries[:-CARD_TAIL_LINES]
    if [e.lines() for e in run] != [[n - CARD_TAIL_LINES + k] for k in range(CARD_TAIL_LINES)]:
        return
    if not all(e.body for e in above) or not all(e.head for e in above[1:]):
        return
    caption, card, cut = run
    assert caption.title is not None and cut.title is not None  # one-line entries: their title is the line
    card.head, card.body = [caption.title], [cut.title]
    card.reasons.append((caption.title, "layout.card-tail"))
    layout.entries = [*above, card]


def _cut_entry_head(items: list[Item], shapes: list[Shape], layout: Layout, ledger: Ledger) -> None:
    """A listing whose entries open with a caption (the head template starts with a prose
    line: japantimes.co.jp's tag pages, sabcsport.com's) and a stored page that ends one line
    into the next entry: that line is the caption of an entry the page does not hold, not a
    headline. It is recorded as removed, with the rule, rather than made a story."""
    entries = layout.entries
    template = layout.head_template
    if len(entries) <= MIN_ENTRIES or not template or template[0] not in (Shape.PROSE, Shape.CAPTION):
        return
    if not all(e.head for e in entries[1:-1]):
        return
    end = len(items) - 1
    last, before = entries[-1], entries[-2]
    if last.title == end and last.lines() == [last.title] and before.body:
        entries.pop()  # read as a headline of its own
    elif last.body[-1:] == [end] and len(last.body) == 2 and all(len(e.body) == 1 for e in entries[:-1]):  # noqa: PLR2004 (its teaser and the page's last line)
        last.body.pop()  # read as a second paragraph of the last teaser
    else:
        return
    ledger.remove(items[end].text, items[end].line.start, "layout.cut-entry-head")


def _headed_story(items: list[Item], shapes: list[Shape], ledger: Ledger, *, lone: bool = False) -> Segmentation | None:
    """A page of one story that prints its section and date above its title ("Nation & World"
    / "July 10, 2017 9:04 PM" / title / story): the lines above are its header, not its title.

    Only when a time is among them, the title has prose under it, and no second headline
    with prose under it follows (that would be a listing's or a story's layout, read as such).
    ``lone``: the layout pass found no entries the page repeats, so it is one story and its
    subheadings with their paragraphs do not make it a listing (:func:`lone_story`).
    """
    k = 0
    while k < len(shapes) and k < STORY_HEAD_LINES and shapes[k] in (Shape.META, Shape.LABEL):
        k += 1
    # the page opens with a time line or its section's name alone (a short first line may
    # be the title itself), the headline is a headline's length, and prose follows within a
    # few header lines
    if k == 0 or k >= len(shapes) or shapes[k] is not Shape.HEAD or not _story_header_opens(items, shapes, k):
        return None
    if word_count(items[k].text) < STORY_TITLE_MIN_WORDS:
        return None
    if not any(shapes[i] is Shape.PROSE for i in range(k + 1, min(len(shapes), k + 2 + MAX_HEADER_LINES))):
        return None
    if not lone and len(find_anchors(items, shapes)) > 1:
        return None  # more entries follow: a listing's or a story-and-related layout, read as such
    if not lone and any(
        shapes[i] is Shape.HEAD and i + 1 < len(shapes) and shapes[i + 1] is Shape.PROSE
        for i in range(k + 1, len(shapes))
    ):
        return None
    under = _header_under_title(shapes, k)
    block = Block(
        role="main", title=items[k], head=items[:k], meta=items[k + 1 : under], body=items[under:], generic=True
    )
    if ledger.trace is not None:
        line = items[k].line
        ledger.note("layout.headed-story", line.start, line.text, "the story's title, under its own header lines")
    return Segmentation([block], "article", reading="generic")


def _header_under_title(shapes: list[Shape], title: int) -> int:
    """Where the body of a headed story starts: past the header lines right under its title.

    Why: a story that prints its section above its title prints its byline and date under
    it as often ("Business" / title / "By Jane Roe" / "June 9, 2025" / story); the lines
    under the title went to the body, where the byline pass took the byline and the date
    stayed as the story's first paragraph. Only header-shaped lines (a time, a byline, a
    source line), at most a header's few lines.
    """
    j = title + 1
    while j < len(shapes) and j - title <= MAX_HEADER_LINES and shapes[j] is Shape.META:
        j += 1
    return j


def lone_story(items: list[Item], ledger: Ledger) -> Segmentation | None:
    """pipeline hook: a page where no layout repeats is one story; when it opens with its own
    header lines (section, time) above a headline with prose under it, that headline is its
    title and the lines above are its header — the first line is not the title. Seen on
    philstar.com ("PSN Showbiz" / headline) and miamiherald.com (a stamp line, the time, then
    the headline), the same header a CMS's story template prints on any site."""
    shapes = [line_shape(it, last=k == len(items) - 1) for k, it in enumerate(items)]
    return _headed_story(items, shapes, ledger, lone=True)


def listing_by_heading(seg: Segmentation, ledger: Ledger) -> None:
    """pipeline hook: a page read as one story under a heading that names a tag's or a
    search's listing ("Tag Results for X (115 articles)", "Search results for X", removed as
    ``layout.story-listing-heading``) is that listing with one entry, as :func:`listing_by_url`
    reads a listing's URL. Why: a tag page that shows one card gives the layout nothing that
    repeats (gulf-times.com's tag page without its URL: the heading became the story's title,
    the page an article)."""
    if seg.kind != "article" or len(seg.blocks) != 1:
        return
    if not any(r.rule == STORY_LISTING_HEADING for r in ledger.removals):
        return
    seg.kind = "listing"
    seg.blocks[0].role = "listing"
    if ledger.trace is not None and seg.blocks[0].title is not None:
        line = seg.blocks[0].title.line
        ledger.note("layout.kind-heading-one-entry", line.start, line.text, "page kind: listing (its heading)")


def listing_by_url(seg: Segmentation, url: str | None, hints: LayoutHints, ledger: Ledger) -> None:
    """pipeline hook: a page whose URL names a listing (/tag/, /category/, ?page=) is a
    listing, and its entries are listing entries, even when the reading found one story.

    Why: a tag page that shows a single entry (tracknews.ng's "Politics1 year ago" card,
    guardian.ng's one-line card) gives the layout nothing that repeats, and the lead-story or
    aggregator reading called it an article with a main story. Every labelled page whose URL
    has a listing's shape (25 of 25 in dev, seeds and the wide corpus's tuned half) is a
    listing. Only a URL that names a listing in words counts (:func:`kind.names_listing`): a
    short bare path ("/ferry") may be a story's. A rule file that says the site's pages at
    that URL are articles wins.
    """
    if seg.kind != "article" or not seg.blocks or hints.kind_for(url) == "article" or not names_listing(url):
        return
    seg.kind = "listing"
    for b in seg.blocks:
        b.role = "listing"
    if ledger.trace is not None and seg.blocks[0].title is not None:
        line = seg.blocks[0].title.line
        ledger.note("layout.kind-url-one-entry", line.start, line.text, "page kind: listing (its URL's shape)")
    if len(seg.blocks) == 1:
        _lone_cut_teaser(seg.blocks[0], ledger)
        if _lone_section_blurb(seg.blocks[0]):
            para = seg.blocks[0].body[0]
            if ledger.remove(para.text, para.line.start, "layout.listing-blurb"):
                seg.blocks = []


def _lone_section_blurb(block: Block) -> bool:
    """Whether a listing's only "entry" is the section's own description: one paragraph with
    no title, no header line (time, byline, outlet), not cut off or closed by a link as a
    teaser is, and at least ``LISTING_BLURB_MIN_WORDS`` words long (a teaser's length is
    a summary's).

    Why: a category page cut off after its heading and the category's explainer (the
    generated "News means information about recent events ..." blurbs of japan-pc.jp's
    Spanish pages and maltemoney.com.br's Portuguese ones; peoplenews.asia and tg3news.com
    print the same) came out as a listing of one untitled story made of the blurb. An entry
    needs some evidence that it is a story; the blurb has none. Near miss kept: a tag page's
    only teaser (lyonpeople.com: 27 words over its "lire plus" link), and any paragraph under
    a date or a byline."""
    if block.title is not None or block.subtitle is not None or block.meta or block.head or block.tail:
        return False
    if len(block.body) != 1:
        return False
    text = block.body[0].text
    return word_count(text) >= LISTING_BLURB_MIN_WORDS and not closes_entry(text)


def _lone_cut_teaser(block: Block, ledger: Ledger) -> None:
    """A listing's only entry whose "title" is a line cut off with an ellipsis and longer
    than a teaser's title: that line is the entry's teaser (its body), the entry has no title.

    Why: a news-search page (Bing's results on a mirror's host, "/news/search?q=...") that
    shows one result prints it as one snippet line cut with " ...", no headline over it.
    With nothing that repeats the page was read as one story and its first line became the
    title (rlavr.com, nvdujao.top, a.appplay123.ir, motherv2ray.*.workers.dev: the whole
    result as a title, the body empty); the same snippets on a page of many results are each
    an entry's body (``oneline.split_teaser_feeds``; the wide corpus's search pages label them
    so). A headline the site cut short has at most ``MAX_TEASER_TITLE_WORDS`` words ("Ten
    things to know about ..."), so it stays the title."""
    title = block.title
    if title is None or block.subtitle is not None or block.meta:
        return
    text = title.text
    if not text.endswith(("...", "…")) or word_count(text) <= MAX_TEASER_TITLE_WORDS:
        return
    block.title = None
    block.body.insert(0, title)
    ledger.note("layout.lone-teaser", title.line.start, text, "the listing's only line is a cut teaser: its body")


def _story_header_opens(items: list[Item], shapes: list[Shape], k: int) -> bool:
    """Whether the ``k`` short lines opening the page are a story's header, not its title.

    A time line first says so ("July 10, 2017 9:04 PM" / title); so does the section's name
    alone above the headline ("China Arts & Entertainment" / title, "Nation & World" / title),
    the kicker news themes print over their H1 (whatsonweibo.com, heraldmailmedia.com).
    """
    if shapes[0] is Shape.META:
        return True
    # a section's name is set in title case; a short headline over its subheading is most
    # often in sentence case ("Ferry fares rise" / "What it means for ...")
    first = items[0].text
    if k == 1:
        return shapes[0] is Shape.LABEL and section_heading(first) and all_capitalised(first)
    return _crumbs_then_time(items, shapes, k)


def _crumbs_then_time(items: list[Item], shapes: list[Shape], k: int) -> bool:
    """Whether the ``k`` lines opening the page are a story's section trail closed by its time
    ("Actualité" / "Internationale" / "06/11/2020 à 13:27" / headline): section names, each
    as :func:`_story_header_opens` takes one alone, then the time line.

    Why: a story template prints its section, its sub-section and its date over the headline
    ("Nation & World" / "July 10, 2017 9:04 PM" / title), and some print them as a list
    (m.jawharafm.net: "• Actualité" / "• Internationale" / "• 06/11/2020 à 13:27"). The
    bullets kept the aggregator's reading from seeing the time, and the test above took only
    a time first or one section name: the story came out with no title, its headline the
    first paragraph. Only names then a time, the time last: a label under the time, or a
    line of other words among the names, is no such trail."""
    if shapes[k - 1] is not Shape.META:
        return False
    for i in range(k - 1):
        it = items[i]
        name = it.bullet or it.text if it.kind is Kind.BULLET else it.text
        if shapes[i] is not Shape.LABEL or not section_heading(name) or not all_capitalised(name):
            return False
    return True


def _strong(
    e: Entry, items: list[Item], shapes: list[Shape], template: tuple[Shape, ...], agencies: frozenset[str] | None
) -> bool:
    """An entry that prints a header of its own: a time, a byline or a source line, or the
    head (caption, section label) the page's repeating layout puts before each title. No
    subheading of a story does; a link's words broken onto a line of their own are no header."""
    if any(shapes[i] is Shape.META for i in (*e.head, *e.meta, *e.tail)):
        return True
    if _credited(e, items, shapes, agencies):
        return True
    if e.title is not None and glued_header(items[e.title].text) is not None:
        return True  # "India News17 hours agoTitle": the header is on the title's own line
    return bool(template) and bool(e.head)


def _credited(e: Entry, items: list[Item], shapes: list[Shape], agencies: frozenset[str] | None) -> bool:
    """Whether the entry closes with its wire's credit on a line of its own ("BERNAMA", "- AFP").

    Why: a feed of wire stories prints each story whole, then its credit, then the next
    headline; without a time or byline the stories after the first read as subheadings of
    the first, and the credit stood in its body. The credit line ends the story as a
    trailer stamp does ("Publish Date : ..."), so what follows is another entry (or chrome).
    """
    return any(shapes[i] is Shape.LABEL and agency_line(items[i].text, agencies) for i in e.tail)


def _keep_story_whole(
    layout: Layout, items: list[Item], shapes: list[Shape], strong: list[bool], markers: dict[int, Item],
    agencies: frozenset[str] | None,
) -> None:  # fmt: skip
    """On an article page, which entries after the story are other stories.

    Only the run of entries that closes the page can be: entries that each print a header
    of their own, or teasers (at most one line of prose under each title) once the story
    has visibly ended — with a trailer line ("Publish Date : ...") or under a "Related"
    heading. Under a closing heading ("Read more", "More stories") bare titles are a link
    list, which the body pass removes. Any other anchor is a subheading, a pasted link or a
    digest's item of the story above, and its lines go back into that story's body.
    """
    entries = layout.entries
    run_start = len(entries)
    while run_start > 1 and (strong[run_start - 1] or entries[run_start - 1].prose(shapes) <= RELATED_MAX_PROSE):
        run_start -= 1
    main = entries[0]
    kept = [main]
    # the story closed with its trailer, or with its wire's credit line
    opened = any(shapes[i] is Shape.META for i in main.tail) or _credited(main, items, shapes, agencies)
    run = strong[run_start:]
    headed = bool(run) and sum(run) >= STRONG_SHARE * len(run)
    for k in range(1, len(entries)):
        e = entries[k]
        sections = {
            (markers[m].section or "related") for m in markers if max(entries[k - 1].lines()) < m <= min(e.lines())
        }
        link_list = bool(sections & {"end", "comments"}) and not e.body and not strong[k]
        opened = opened or bool(sections - {"end", "comments"})
        if k >= run_start and (opened or (headed and strong[k])) and not link_list:
            kept.append(e)
        else:
            prev = kept[-1]
            prev.body = sorted([*prev.body, *prev.tail, *e.lines()])
            prev.tail = []
    layout.entries = kept


def _section_blurb(
    items: list[Item], shapes: list[Shape], markers: dict[int, Item], ledger: Ledger
) -> tuple[list[Item], list[Shape], bool]:
    """A listing's description of itself under its heading (``layout.section-blurb``): the
    first paragraph of the page, below at most ``SECTION_BLURB_REACH`` heading lines, that
    opens as such a description (:func:`furniture.is_section_blurb`) or names the heading
    above it to the reader (:func:`furniture.is_heading_blurb`), over at least
    ``MIN_ENTRIES`` headlines.

    Why: read as prose it made the listing's first entry, titled with the page's heading
    (science.nasa.gov's "Science News", the press-release sections of searchingthevillages.com
    and vanbeekhomes.com) or with no title (massachusettspoliticaldispatch.com). It is the
    page's furniture. A page with no headlines below it is one story and keeps it; a
    paragraph that opens so below the first headline is an entry's. Returns the lines
    kept and whether the description was found: a page that describes itself as a section is
    a listing, whatever its URL (``/index.cfm/Real_Estate_Politics`` says nothing).
    """
    for k, shape in enumerate(shapes[: SECTION_BLURB_REACH + 1]):
        if shape is Shape.PROSE:
            break
        if shape not in (Shape.LABEL, Shape.HEAD, Shape.META) or k in markers:
            return items, shapes, False
    else:
        return items, shapes, False
    if k in markers:
        return items, shapes, False
    # the page's heading: a section name's shape (a headline above prose is a story's title)
    heading = next((items[j].text for j in range(k - 1, -1, -1) if shapes[j] is Shape.LABEL), None)
    if not is_section_blurb(items[k].text) and (heading is None or not is_heading_blurb(items[k].text, heading)):
        return items, shapes, False
    if sum(1 for s in shapes[k + 1 :] if s is Shape.HEAD) < MIN_ENTRIES:
        return items, shapes, False
    ledger.remove(items[k].text, items[k].line.start, "layout.section-blurb")
    remap_markers(markers, [j if j <= k else j - 1 for j in range(len(items) + 1)])
    return items[:k] + items[k + 1 :], shapes[:k] + shapes[k + 1 :], True


def without_leading_skip_links(items: list[Item], ledger: Ledger) -> list[Item]:
    """The page's lines without the skip links opening it ("Skip to main content"), each
    recorded as removed.

    Why: a skip link is the first link of nearly every site's template (WordPress themes'
    screen-reader "Skip to content", TownNews' and SNworks' papers, the wide corpus's opening
    lines), and only the one-story and listing readings dropped interface commands: over
    a page read by an aggregator's headers (daily8_variants' furniture probe put "Skip to
    main content" under a site's social link over Daily8 pages) it became the story's title.
    Skip links printed as a list's numbered or bulleted items count (``_unlisted``), and under
    a first skip link the list's next "Skip to <part>" links (DW's "3. Skip to more DW sites",
    which became the page's first title)."""
    first = 0
    while first < len(items):
        it = items[first]
        if it.kind is Kind.BULLET and it.bullet is not None:
            label = it.bullet
        elif it.kind is Kind.TEXT:
            label = _unlisted(it.text)
        else:
            break
        # under a skip link, another "Skip to ..." naming a part of its own ("Skip to more DW
        # sites") is the same list's next link
        if not (is_skip_link(label) or (first and _skip_to(label))):
            break
        ledger.remove(items[first].text, items[first].line.start, "layout.skip-link")
        first += 1
    return items[first:] if first else items


def _skip_to(label: str) -> bool:
    """A short label opening "Skip to" (the links after a page's first skip link)."""
    return label[:8].lower() == "skip to " and len(label.split()) <= SKIP_LIST_MAX_WORDS


# A list item's number before its text ("2. "; a bullet makes the line a BULLET item, its
# label read already): skip links printed as the items of a list (DW's "1. Skip to content" /
# "2. Skip to main menu" / "3. Skip to more DW sites" on einnews.com's copy; Yahoo News'
# "• Skip to Main content" / "• Skip to Navigation").
_LIST_MARK = re.compile(r"\d{1,2}[.)]\s+")


def _unlisted(text: str) -> str:
    """``text`` without a list item's number or bullet opening it (the skip links' test is
    asked of the bare label; cheap: only a line opening with a digit is matched)."""
    if text[:1].isdigit():
        m = _LIST_MARK.match(text)
        if m is not None:
            return text[m.end() :]
    return text


# Typographic quote marks and their typewriter forms, one for one (so a folded line keeps its
# length): a page's trail prints the headline from the CMS's plain title field, the heading
# from its typeset one.
_QUOTE_FOLD = str.maketrans("\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u00ab\u00bb", "'" * 5 + '"' * 6)


def _same_quotes_folded(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are the same text once curly quotes and guillemets are read as
    the typewriter's ' and ".

    Why: the same headline printed twice on one page is not always the same string. A
    breadcrumb's last item and a card's image link print the CMS's plain title ('Minister
    for hypocrisy' with straight quotes), the heading under them prints the typeset one
    (\u2018Minister for hypocrisy\u2019): bbcrecord.co.uk's "HomeUK News'...'" over its
    curly-quoted headline; elmundo.sv prints its headline with straight quotes, then with
    guillemets. Letter-for-letter equality missed both. Cheap: the plain test first."""
    if a == b:
        return True
    return len(a) == len(b) and a.translate(_QUOTE_FOLD) == b.translate(_QUOTE_FOLD)


def without_glued_breadcrumb(items: list[Item], ledger: Ledger) -> list[Item]:
    """The page's lines without a breadcrumb trail glued before the headline printed on the
    line under it ("Home U.K Police in tense standoff ..." over "Police in tense standoff
    ..."), the trail's line recorded as removed (``layout.glued-breadcrumb``).

    Why: tagDiv's Newspaper theme prints its trail "Home > Section > Headline" over the
    headline with icons for separators, and a scrape loses them: "Home U.K <headline>"
    (nytimespost.com), "Home NEWS <headline>" (moosegazette.net), "HomeLocal News<headline>"
    (thewatchnewssl.com), all in the pages corpus. The trail became the story's title, and the
    headline its first paragraph. Only a line opening with "Home" whose end is, letter for
    letter (quote marks folded: _same_quotes_folded), the next line, with at most GLUED_TRAIL_MAX_WORDS words before it, among the page's
    first GLUED_TRAIL_SCAN_ITEMS lines: "Home secretary backs ..." over another line stays."""
    last = min(len(items), GLUED_TRAIL_SCAN_ITEMS) - 1
    for i in range(last):
        it = items[i]
        text = it.text
        if not text.startswith(("Home", "HOME")) or it.kind is not Kind.TEXT:
            continue
        below = items[i + 1].text.strip()
        n = len(below)
        if n < len(text) and " " in below and _same_quotes_folded(text[-n:], below):
            trail = text[:-n]
            if len(trail.split()) <= GLUED_TRAIL_MAX_WORDS and not trail.rstrip().endswith((".", ":", "!", "?")):
                ledger.remove(text, it.line.start, "layout.glued-breadcrumb")
                return items[:i] + items[i + 1 :]
    return items


def drop_interface_lines(items: list[Item], ledger: Ledger) -> list[Item]:
    """A one-story page's lines that are its site's interface, not its story: commands
    ("Skip to main content", "Connect with us"), pagination, lines that are only a URL or an
    e-mail address, or glyphs ("^"). Number lines stay (a story's table may print them)."""
    kept: list[Item] = []
    for it in items:
        text = it.text
        rule = None
        if it.kind is Kind.TEXT and len(text) <= FURNITURE_MAX_CHARS:
            rule = interface_rule(text)  # by its text alone, kept by it (linefurniture.py)
        if rule is not None:
            ledger.remove(text, it.line.start, rule)
        else:
            kept.append(it)
    return kept


def _drop_furniture(items: list[Item], ledger: Ledger, markers: dict[int, Item]) -> tuple[list[Item], list[Shape]]:
    """Lines no story prints: URL, e-mail, number and slug lines, pagination, interface
    commands, and short lines the page repeats under entry after entry. ``markers``
    (section headings by the position of the line after them) is renumbered for the lines kept."""
    counts = Counter(it.text for it in items if it.kind is Kind.TEXT and len(it.text) <= RECURRING_MAX_CHARS)
    kept: list[Item] = []
    shapes: list[Shape] = []
    positions: list[int] = []
    for k, it in enumerate(items):
        positions.append(len(kept))
        shape = line_shape(it, last=k == len(items) - 1)
        rule = _furniture_rule(it, shape, counts) if it.kind in (Kind.TEXT, Kind.BULLET, Kind.TIME) else None
        if rule is not None:
            ledger.remove(it.text, it.line.start, rule)
        else:
            kept.append(it)
            shapes.append(shape)
    positions.append(len(kept))
    remap_markers(markers, positions)
    return kept, shapes


def _furniture_rule(it: Item, shape: Shape, counts: Counter[str]) -> str | None:
    """Its line's rule as a listing's furniture: by its text (linefurniture.py, kept by it), or
    as a line the page repeats."""
    if it.kind is Kind.TIME:
        return furniture_rule(it.text, TIME_LINE)
    if it.kind is Kind.BULLET:
        return furniture_rule(it.bullet, BULLET_LINE) if it.bullet else None
    text = it.text
    if shape is Shape.JUNK:
        return "layout.junk-line"
    if len(text) > FURNITURE_MAX_CHARS:
        return None
    rule = furniture_rule(text, HEAD_LINE if shape is Shape.HEAD else PLAIN_LINE)
    if rule is not None:
        return rule
    if shape is Shape.HEAD and counts.get(text, 0) >= RECURRING_MIN:
        return "layout.recurring-line"
    return None


def _lead_head(layout: Layout, shapes: list[Shape]) -> None:
    """An article's own header lines above its title (photo caption, section, date) are
    its, not the page's furniture. A first entry without a title (a trailed teaser,
    'teaser / By X') has no headline to hang them from, so the preamble stays."""
    first = layout.entries[0]
    if first.title is None:
        return
    top = min([*first.head, first.title])
    k = top
    preamble = set(layout.preamble)
    while k > 0 and top - k < LEAD_HEAD_LINES and (k - 1) in preamble and shapes[k - 1] in _LEAD_HEAD_SHAPES:
        k -= 1
    moved = [i for i in layout.preamble if i >= k]
    layout.preamble = [i for i in layout.preamble if i < k]
    first.head = [*moved, *first.head]


_LEAD_HEAD_SHAPES = (Shape.META, Shape.LABEL, Shape.CAPTION)


def _caption_over_first_card(items: list[Item], shapes: list[Shape], layout: Layout, url: str | None) -> None:
    """A listing's first card that opens with its photo's caption, printed with no credit tag
    (``Shape.CAPTION`` needs one): the one sentence right above the card's title (and its
    section line) is the card's caption, moved from the page's preamble to the entry's head,
    where it is read as the caption.

    Why: gulf-times.com's tag pages ("<who> celebrates with <whom> during <match>." / "Sport"
    / title / story) and bangordailynews.com's section pages ("<who> attend a ceremony ... in
    Hiroshima, Japan." / title / "By X on <date>" / teaser) print the picture's caption first;
    read as preamble prose it became an entry of its own with no title, the caption as its
    story. Only when the card under it has its own title and teaser, no prose stands above
    it (a page's own text above the first title stays an entry, ``_keep_preamble_prose``),
    and the line reads as a caption (:func:`furniture.is_bare_caption`: one short sentence,
    no dateline, not addressed to the reader as a page's blurb is, no digest's intro of
    several sentences) and is not the site's welcome line (``site_blurb``).
    """
    if not layout.entries:
        return
    first = layout.entries[0]
    if first.title is None or not first.body:
        return
    preamble = set(layout.preamble)
    k = min([*first.head, first.title]) - 1
    between = 0
    while k in preamble and shapes[k] in (Shape.LABEL, Shape.META) and between < CARD_CAPTION_GAP_LINES:
        k -= 1
        between += 1
    if k not in preamble or shapes[k] is not Shape.PROSE or not is_bare_caption(items[k].text):
        return
    if site_blurb(items[k].text, url):  # the site's welcome line ("Welcome to ..."), furniture
        return
    if any(shapes[i] is Shape.PROSE for i in layout.preamble if i < k):
        return
    moved = [i for i in layout.preamble if i >= k]
    layout.preamble = [i for i in layout.preamble if i < k]
    first.head = sorted([*moved, *first.head])
    first.reasons.append((k, "layout.card-caption"))


def _keep_preamble_prose(
    items: list[Item], shapes: list[Shape], layout: Layout, url: str | None, *, min_words: int = 0
) -> None:
    """Prose before the first entry is a story's text the layout did not open (maybe under a
    title it missed): it becomes an entry of its own, never page furniture, so that nothing
    of a story is lost. A headline-shaped line right above it is its title. On an author's
    page (the name its URL carries) the author's bio is no story (``_author_bio``), nor is the
    site's welcome blurb (``site_blurb``) on any page."""
    author = author_slug(url)
    prose = [
        i
        for i in layout.preamble
        if shapes[i] is Shape.PROSE
        and not _author_bio(items[i].text, author)
        and not site_blurb(items[i].text, url)
        and word_count(items[i].text) >= min_words
    ]
    if not prose or _preamble_motto(items, layout, prose):
        return
    first = prose[0]
    title = first - 1 if first - 1 in layout.preamble and shapes[first - 1] is Shape.HEAD else None
    if title is None and _label_in_title_slot(shapes, layout, first) and not url_names(items[first - 1].text, url):
        title = first - 1
    # up to the first entry: lines left after teasers split off a feed's top (its "Back",
    # "Top" links) stay the page's furniture
    until = min((e.lines()[0] for e in layout.entries if e.lines()), default=len(items))
    body = [i for i in layout.preamble if first <= i < until]
    entry = Entry(title=title, body=body)
    layout.preamble = [i for i in layout.preamble if (i < first or i >= until) and i != title]
    layout.entries.insert(0, entry)


def _label_in_title_slot(shapes: list[Shape], layout: Layout, first: int) -> bool:
    """Whether the short line right above the prose opening the page (a section label's
    shape, too short for a headline) is that story's title: every entry below opens with a
    title right over its text (at least ``MIN_ENTRIES`` of them), and this line stands in the
    same slot over the same kind of text, so the page's layout repeats from its top.

    Why: read as the listing's heading, a short headline became every entry's category and
    its story an untitled entry (gazette-oesterreich.at's tag pages: "Innenpolitische
    Wochenschau" over a teaser, then "title / teaser" twice more; the same two-word
    headline over the first card of a blog's roundup page, kennethinthe212.com). A page's
    heading stands over a title (its first card's), or over a feed of untitled teasers
    (kisskiss.it's "Cronaca"), and keeps its reading; so does one the URL spells
    (``kind.url_names``: "Politik" on ".../category/politik/"), whatever stands under it."""
    label = first - 1
    if label not in layout.preamble or shapes[label] is not Shape.LABEL or len(layout.entries) < MIN_ENTRIES:
        return False
    return all(
        e.title is not None and e.body and e.body[0] == e.title + 1 and shapes[e.body[0]] is Shape.PROSE
        for e in layout.entries
    )


# A verb of reported speech as a word of its own (lexicon.REPORTING_VERBS).
_REPORTED = regex.compile(rf"(?i)(?<!\w)(?:{alternation(REPORTING_VERBS)})(?!\w)")


def _preamble_motto(items: list[Item], layout: Layout, prose: list[int]) -> bool:
    """Whether the prose above a page's first entry is the page's own line (a motto, a
    disclaimer, a section's or site's one-sentence blurb) and no story: at most
    ``MOTTO_MAX_LINES`` line, shorter than ``MOTTO_MAX_WORDS`` words, opening with a
    capital (or a bracket or quotation mark before it), none cut off or closed by a link as a
    teaser is, and every entry below printing what these lines lack: a title, a header line
    (a time, a byline) or a teaser's cut-off end.

    Why: kept as "a story's text the layout did not open" (:func:`_keep_preamble_prose`) such
    a line became an untitled first entry: a Blogger label page's motto in quotation marks
    over a signed story (correioburitiense.com.br), a German tag page's "see the latest
    news on X here and discuss them in the comments" over cut teasers (nachrichtenlokal.de),
    nigerianbulletin.com's section blurb over its cut teasers. A story cut off at
    the page's top is longer or opens mid-sentence (gulf-times.com's author page: a 70-word
    paragraph cut with "..."; corontech's Reuters teaser opening "By ..."), and an entry's
    sibling in a feed of untitled uncut teasers has the entries' own shape, so both stay; so
    does a line reporting someone's words (``_REPORTED``: "..., the rival paper said"), a
    story's teaser whose headline the layout missed."""
    if not layout.entries or len(prose) > MOTTO_MAX_LINES:
        return False
    for i in prose:
        text = items[i].text
        if word_count(text) >= MOTTO_MAX_WORDS or closes_entry(text) or not _capital_opening(text):
            return False
        if _REPORTED.search(text) is not None:
            return False
    return all(
        e.title is not None or e.head or e.meta or (bool(e.body) and closes_entry(items[e.body[-1]].text))
        for e in layout.entries
    )


def _capital_opening(text: str) -> bool:
    """Whether ``text`` opens a sentence: its first letter, after brackets and quotation
    marks, is a capital (a story cut off at the top opens mid-sentence, in lower case)."""
    first = next((c for c in text[:MOTTO_OPENING_REACH] if c.isalpha()), "")
    return first.isupper()


def _author_bio(text: str, author: str | None) -> bool:
    """Whether a paragraph above an author page's entries is the author's bio: it opens with
    the name the page's URL carries and a verb of being ("Web Desk is one of ...", "Jane Roe
    was a reporter ...").

    Why: author pages print the writer's description under the name heading; read as a
    story's text it became an entry without a title. It is the page's furniture.
    """
    if author is None:
        return False
    m = _BIO_OPENING.match(text)
    return m is not None and slug_words(m.group("name")) == author


# A bio's opening: a name of a few capitalised words and "is"/"was"/"has".
_BIO_OPENING = regex.compile(
    r"(?P<name>[A-Z][\w'’.-]{0,30}(?:\s[A-Z][\w'’.-]{0,30}){0,3})\s(?:is|was|has|covers|writes)\s"
)


def _date_groups(items: list[Item], layout: Layout, ledger: Ledger) -> dict[int, str]:
    """Dates heading groups of a listing's entries: a bare date on a line of its own between
    entries, where no entry prints a time of its own, is the date of every entry under it up to
    the next such date (by entry index, for the entries that do not stand right under it; the
    line itself goes to the first entry under it, recorded as ``layout.date-group``).

    Why: a blog's archive prints the day once over that day's posts (Blogger's date header:
    shadowwingi.blogspot.com's month pages of wire stories, "Wednesday, August 31, 2016" over
    three posts; the same header over each post of somethingtosaytoday-mikaella.blogspot.com,
    fromminasmorgul.blogspot.com and other Blogger blogs; theweek.com's Speed Reads print
    "June 29, 2020" over the day's posts). Read entry by entry, only the post right under a date
    took it, and a date closing the last post of a day went to that post as its time.

    Only with at least ``DATE_GROUPS_MIN`` such dates (one date over the first entry may be the
    site's clock: see :func:`_page_clock`), the first over the first entry, no more than
    ``DATE_GROUP_MAX_SHARE`` of the entries printing one, and no other time line in any entry:
    where most entries print a date, over the title or after the teaser (a listing's cards:
    allsides.com's search pages, evrimagaci.org's sections), each date is one entry's."""
    entries = layout.entries
    dated: list[tuple[int, int, bool]] = []  # (entry, line, in the entry's tail)
    for k, e in enumerate(entries):
        for i in (*e.head, *e.meta, *e.tail):
            it = items[i]
            if it.kind is not Kind.TIME:
                continue
            if i in e.meta or not _bare_date_line(it):
                return {}  # an entry's own time: its dates are its own
            dated.append((k, i, i in e.tail))
    if len(dated) < DATE_GROUPS_MIN or len(dated) > DATE_GROUP_MAX_SHARE * len(entries):
        return {}
    if dated[0][0] != 0 or dated[0][2]:
        return {}  # the first date closes the first entry: each entry's date follows its teaser
    groups: dict[int, str] = {}
    for n, (k, i, closing) in enumerate(dated):
        first = k + 1 if closing else k
        if first >= len(entries):
            continue  # a date under the last entry heads no entry the page shows
        if closing:  # it closes the entry above: it heads the one below
            entries[k].tail.remove(i)
            entries[first].head.insert(0, i)
        end = dated[n + 1][0] + (1 if dated[n + 1][2] else 0) if n + 1 < len(dated) else len(entries)
        for j in range(first + 1, end):
            groups[j] = items[i].time or items[i].text
        if ledger.trace is not None:
            ledger.note(
                "layout.date-group", items[i].line.start, items[i].text, f"the date of entries {first + 1} to {end}"
            )
    return groups


# A day archive's address: "/index/2022/10/26", "/2025/10/01/page/3", "/archive/2024-03-18".
_URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:[/.?#]|$)")


def _archive_day(items: list[Item], layout: Layout, url: str | None, ledger: Ledger) -> dict[int, str]:
    """The one date a day archive prints over its entries, where the URL names that day: the
    date of every entry (``layout.archive-day``), as each date over a group is
    (:func:`_date_groups`, which wants two dates: one alone may be the site's clock).

    Why: a day's archive page (nouvelobs.com's "/index/2022/10/26": "Archives" / its blurb /
    "26 octobre 2022" / the day's cards, none with a date of its own) shows one such date
    only, the more so when the scrape is cut after a screenful; a WordPress day archive
    ("/2025/10/01/") and a Blogger archive cut after its first date header print the same
    shape. The date stood over the first card only, or over the blurb, read as a title-only
    entry with the date under it. A site's clock shows today, not the day the URL names;
    and only when no entry prints a time of its own. The blurb then is the page's heading."""
    m = _URL_DAY.search(url or "")
    entries = layout.entries
    if m is None or len(entries) < MIN_ENTRIES + 1:
        return {}
    dated = [(k, i) for k, e in enumerate(entries) for i in (*e.head, *e.meta, *e.tail) if items[i].kind is Kind.TIME]
    dated += [(-1, i) for i in layout.preamble if items[i].kind is Kind.TIME]
    if len(dated) != 1 or dated[0][0] > 0:
        return {}
    k, i = dated[0]
    it = items[i]
    numbers = {int(n) for n in re.findall(r"\d{1,4}", it.text)}
    if not _bare_date_line(it) or int(m.group(1)) not in numbers or int(m.group(3)) not in numbers:
        return {}
    first = entries[0]
    start = 0 if k < 0 else 1  # over the first card it is that card's own header line
    if k == 0 and i not in first.head:
        if first.body or first.title is None:
            return {}  # a date under the first card's title: that card's own time
        layout.preamble = sorted([*layout.preamble, *first.lines()])  # the page's heading over its date
        entries.pop(0)
        start = 0
    if ledger.trace is not None:
        ledger.note("layout.archive-day", it.line.start, it.text, "the date of the day archive's entries")
    return dict.fromkeys(range(start, len(entries)), it.time or it.text)


def _bare_date_line(it: Item) -> bool:
    """A date alone on its line: no outlet, label or age, nothing but the time's text."""
    return (
        it.outlet is None
        and it.label is None
        and it.time is not None
        and it.time == it.text.strip()
        and not relative_age(it.time)
    )


def _page_clock(items: list[Item], layout: Layout, ledger: Ledger) -> None:
    """A weekday's date over a listing's first entry, where no other entry prints a time, is
    the site's clock (today's date in its masthead), not the entry's time: recorded as removed.

    Why: a tag page prints "Sunday, 7 August, 2022" at its top, then its heading ("Topic:
    Karachi", dropped as furniture) and entries with no dates; with the heading gone the date
    stood right above the first title, and the first entry took it as its time. Only a date
    that opens with a weekday, as mastheads print it, and only when the other entries (at
    least two) print no time at all: where they do, the first entry's date may be its own.
    """
    if len(layout.entries) < MIN_ENTRIES + 1:
        return
    first, rest = layout.entries[0], layout.entries[1:]
    if any(items[i].kind is Kind.TIME for e in rest for i in (*e.head, *e.meta, *e.tail)):
        return
    for i in list(first.head):
        it = items[i]
        if it.kind is Kind.TIME and it.text.split(",", 1)[0].strip(" .").lower() in WEEKDAY_NAMES:
            ledger.remove(it.text, it.line.start, "layout.page-clock")
            first.head.remove(i)


def _recurring_trailers(
    items: list[Item], shapes: list[Shape], layout: Layout, ledger: Ledger, agencies: frozenset[str] | None
) -> None:
    """Labels after the teaser that are the same under every entry, or that carry a number
    ("Progress" / "36% Bias Score" under each mytinyfeed.com entry), are a widget's; labels
    that change from entry to entry (some may repeat) are the entries' sections. A wire
    agency's name under every entry ("BERNAMA") is each entry's credit (``agency_line``)."""
    counts = Counter(
        items[i].text
        for e in layout.entries
        for i in e.tail
        if shapes[i] is Shape.LABEL
        and not any(c.isdigit() for c in items[i].text)
        and not agency_line(items[i].text, agencies)
    )
    # one label on every entry is a widget; labels that differ (some repeating) are sections
    widget = {t for t, c in counts.items() if len(counts) == 1 and c >= RECURRING_MIN}
    for e in layout.entries:
        keep: list[int] = []
        for i in e.tail:
            text = items[i].text
            if shapes[i] is Shape.LABEL and (text in widget or any(c.isdigit() for c in text)):
                ledger.remove(text, items[i].line.start, "layout.trailing-widget")
            else:
                keep.append(i)
        e.tail = keep


def _preamble(
    items: list[Item], shapes: list[Shape], layout: Layout, ledger: Ledger, url: str | None, *, listing: bool,
    intro: bool = False,
) -> tuple[str | None, Item | None, str | None, str | None]:  # fmt: skip
    """The page's heading and furniture before its first entry.

    A bare section name heading a listing is its entries' category; on an author's page
    (``/author/<name>`` in the URL) a heading that is that name is every entry's byline.
    A feed or listing headed "Site | Section" ("CBC | Canada News", "The Herald | Politics")
    shows its publisher there: on a listing that name is every entry's outlet, on a story's
    page it is the site's furniture. A masthead line that spells the host's name ("Gulf Times"
    on gulf-times.com, "The Post" on thepostathens.com, see ``names_site``) is the site's own:
    furniture, no outlet (LABELS.md: the site's own stories name none). Another paper's name heading a
    feed of its stories is their outlet (``_paper_heading``). Everything else there is chrome,
    and so is all of a wire digest's preamble (``intro``). Returns (category or None, the
    heading line or None, the publisher's name or None, the feed's source paper or None).
    """
    category: str | None = None
    heading: Item | None = None
    site: str | None = None
    source: str | None = None
    author = author_slug(url)
    menu = _tab_menu(items, shapes, layout.preamble)
    for i in layout.preamble:
        it = items[i]
        if i in menu:
            ledger.remove(it.text, it.line.start, "layout.page-furniture")
            continue
        named = listing and _named_author_heading(items, layout.preamble, i, ledger)
        if named or (heading is None and author is not None and slug_words(it.text) == author):
            if heading is not None:  # a line read as a section above the writer's name: none
                ledger.remove(heading.text, heading.line.start, "layout.heading-over-author")
            category, heading = None, it
            continue
        if names_site(it.text, url):  # the masthead: the site's own name, no section and no outlet
            ledger.remove(it.text, it.line.start, "layout.site-name")
            continue
        free = heading is None and source is None  # under a paper's name the labels are the reader's
        if free and _paper_heading(it, shapes[i], listing=listing):
            source = it.text  # another paper's name over a feed of its stories: their outlet
            ledger.remove(it.text, it.line.start, "layout.site-name")
            continue
        parts = heading_parts(it.text)
        bare = _section_parts(parts, it.text, url, listing=listing, intro=intro)
        if free and bare and shapes[i] in (Shape.LABEL, Shape.HEAD) and len(parts) <= HEADING_MAX_PARTS:
            category, heading = bare[-1], it
            if len(parts) > 1:  # "CBC | Canada News": the other part names the site
                other = parts[0] if bare[-1] == parts[-1] else parts[-1]
                if listing:
                    site = other
                else:
                    ledger.remove(other, it.line.start + it.text.find(other), "layout.site-name")
            continue
        rid = "layout.site-blurb" if shapes[i] is Shape.PROSE and site_blurb(it.text, url) else "layout.page-furniture"
        ledger.remove(it.text, it.line.start, rid)
    return category, heading, site, source


def _section_parts(parts: list[str], text: str, url: str | None, *, listing: bool, intro: bool) -> list[str]:
    """The parts of a preamble line that are bare section names (``section_heading``), none
    when the page's address files it under another name (``url_contradicts_heading``).
    Over a wire digest's lead-ins (``intro``) the lines are its own: its banners ("NEW &
    DEVELOPING", "ONLY ON AP") and credit ("Via AP news wire"), no section of its items."""
    if intro:
        return []
    bare = [p for p in parts if section_heading(p)]
    if bare and url_contradicts_heading(text, url, listing=listing):
        return []  # a name the page's address does not file it under: its furniture
    return bare


# The heading an author page prints over the writer's list: "Articles from Contributor"
# (keepingscore.blogs.time.com), "Articles by News Desk" (newblog.space), "Articles by Author"
# (columbusfreepress.com's profiles), "Articles written by the author" (pulse.ug): the
# author's own name, or a word standing for it.
_AUTHOR_LIST_HEADING = regex.compile(r"(?i)(?:articles|posts|stories)\s(?:written\s)?(?:by|from)\s(?P<who>[^\n]{1,60})")
_AUTHOR_WORDS = frozenset({"author", "the author", "this author", "contributor", "the contributor"})


def _named_author_heading(items: list[Item], preamble: list[int], i: int, ledger: Ledger) -> bool:
    """Whether preamble line ``i`` is an author page's name heading: a name's shape (capitalised
    words, at most ``AUTHOR_HEADING_MAX_WORDS``) right over the page's heading for the writer's
    list (``_AUTHOR_LIST_HEADING``) that names that writer or says "Contributor" / "Author".
    Every entry's byline then (``Block.page_byline``), not its category.

    Why: author pages whose URL carries no name that the heading spells (keepingscore.blogs.time.com's
    /author/timeadmin/ under "TIME Staff"; newblog.space's author.php?name=...) had the name read as a
    bare section heading, every entry's category, or removed as the page's furniture. The line
    after the name decides: it is still in the preamble, or was removed as a listing heading."""
    text = items[i].text
    words = text.split()
    if not 1 <= len(words) <= AUTHOR_HEADING_MAX_WORDS or not all(w[:1].isupper() for w in words):
        return False
    if any(c.isdigit() or c in ":|,.!?" for c in text):
        return False
    nxt = None
    k = preamble.index(i)
    start = items[i].line.end
    end = items[preamble[k + 1]].line.start if k + 1 < len(preamble) else None
    for r in ledger.removals:  # a listing heading removed with the page's furniture
        if r.start >= start and (end is None or r.start < end) and is_listing_heading(r.text):
            nxt = r.text
            break
    if nxt is None and end is not None:
        nxt = items[preamble[k + 1]].text
    m = _AUTHOR_LIST_HEADING.fullmatch(nxt) if nxt else None
    if m is None:
        return False
    who = m.group("who").strip().lower()
    return who in _AUTHOR_WORDS or who == text.lower()


def _paper_heading(it: Item, shape: Shape, *, listing: bool) -> bool:
    """Whether a listing's heading is a newspaper's name ("The Guardian", "The Kessel Courier"):
    a feed of one publisher's stories, headed by that publisher (names.paper_name).

    Why: a feed reader's page of one source (headlinereader.com's "The Guardian" over its
    items, akh.bar's "The Guardian Articles" / "The Guardian") had the name read as a bare
    section heading, and every entry got the paper for its category and no outlet. Only a
    label-shaped line, the first such name above any section heading, on a listing, and not
    the site's own masthead (``names_site``: a paper's own listing names no outlet)."""
    return listing and shape is Shape.LABEL and paper_name(it.text)


def _head_menus(items: list[Item], shapes: list[Shape], layout: Layout, ledger: Ledger) -> None:
    """A menu's run of one-word labels read as an entry's head lines: the first entry's are
    moved to the preamble (where ``_tab_menu`` finds the whole run), another entry's are
    removed as furniture.

    Why: a home page opens with its menu ("Home" / "News" / "Sport" / "Business" /
    "Opinion") right over its first story, and lists topics ("Trending Topics" / "Ferries" /
    "Storms" / "Schools") over a later one; the layout's head template (up to three label
    lines over a title) took the run's last lines for the entry's tags and section, and its
    first line for the page's heading, the section of every entry. A card prints one
    section over its title, two at most; a run of ``MENU_MIN_LABELS`` one-word labels, with
    the preamble's lines right above it, is a menu (shape on many a scraped home page: the
    threshold's own evidence).
    """
    if not layout.entries:
        return
    preamble = set(layout.preamble)
    for k, e in enumerate(layout.entries):
        run = [i for i in e.head if _tab(items, shapes, i)]
        if not run or run != list(range(run[0], run[0] + len(run))):
            continue
        above = 0
        j = run[0] - 1
        while k == 0 and j in preamble and _tab(items, shapes, j):
            above, j = above + 1, j - 1
        if len(run) + above < MENU_MIN_LABELS:
            continue
        e.head = [i for i in e.head if i not in run]
        if k == 0:
            layout.preamble = sorted([*layout.preamble, *run])
            continue
        for i in run:
            ledger.remove(items[i].text, items[i].line.start, "layout.head-menu")


def _tab(items: list[Item], shapes: list[Shape], i: int) -> bool:
    """A menu tab's line: one capitalised word, a label's shape."""
    text = items[i].text
    return shapes[i] is Shape.LABEL and " " not in text and text[:1].isupper()


def _tab_menu(items: list[Item], shapes: list[Shape], preamble: list[int]) -> set[int]:
    """The preamble's lines that belong to a run of one-word labels (see ``MENU_MIN_LABELS``)."""

    def tab(i: int) -> bool:
        return _tab(items, shapes, i)

    menu: set[int] = set()
    run: list[int] = []
    for i in preamble:
        if tab(i) and (not run or run[-1] == i - 1):
            run.append(i)
            continue
        if len(run) >= MENU_MIN_LABELS:
            menu.update(run)
        run = [i] if tab(i) else []
    if len(run) >= MENU_MIN_LABELS:
        menu.update(run)
    return menu


def _block(items: list[Item], e: Entry, markers: dict[int, Item], *, role: Role) -> Block:
    body: list[Item] = []
    for i in e.body:  # a closing heading inside the body tells the body pass where the story ended
        if i in markers and body:
            body.append(markers[i])
        body.append(items[i])
    return Block(
        role=role,
        title=items[e.title] if e.title is not None else None,
        meta=[items[i] for i in e.meta],
        body=body,
        head=[items[i] for i in e.head],
        tail=[items[i] for i in e.tail],
        subtitle=items[e.subtitle] if e.subtitle is not None else None,
        repeats=[items[i] for i in e.repeats],
        generic=True,
    )
