"""A generic entry's header lines to its fields: title, outlet, time, section, byline, caption.

The aggregator header (:mod:`newsclean.header`) knows one arrangement; here each line is
read for what it is, wherever the layout put it: before the title (a caption, a section
label, a date), right under it, or after the body ("Source: X", "(0)Comments | <date>").
"""

from __future__ import annotations

import regex

from ..classify import Item, Kind
from ..draft import Draft
from ..header import title_text
from ..headerlines import byline_line, header_photo_credit, name_and_outlet
from ..lexicon import BULLET_GLYPHS
from ..names import paper_name
from ..para import Ledger, Para
from ..rules import RuleSet
from ..segment import Block
from ..thresholds import TITLE_AFTER_GLUE_MIN_WORDS, TITLE_AFTER_MARKER_MIN
from ..timeparse import stamp_label
from .decor import GLUED_LINK_LABEL, apply, undecorate
from .entries import same_title
from .metaline import MetaFields, parse_meta, writer_name
from .shapes import Shape, agency_line, bulleted_time, credit_name, credit_tag, glued_header, line_shape, word_count


def fill_entry(block: Block, draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    if block.title is not None:
        title_text(block, draft, rules, ledger)
        if draft.title:
            draft.title = _title_marker(block.title, draft.title, ledger)
            draft.title = _glued_link_label(block.title, draft.title, ledger)
            draft.title = _glued_empty_image(block.title, draft.title, ledger)
            draft.title = _glued_byline(block.title, draft.title, draft, ledger)
        cut = glued_header(block.title.text)
        if cut is not None and draft.title is not None:  # "India News17 hours agoTitle"
            glued = block.title.text[:cut]
            _meta(parse_meta(glued, rules), block.title, draft, ledger, text=glued)
            draft.title = block.title.text[cut:].strip()
        if draft.title:
            draft.title, dec = undecorate(draft.title, set(block.decorations), rules)
            if dec is not None:
                apply(draft, dec)
    head = _without_title_prints(block, ledger)
    if block.subtitle is not None:
        draft.subtitle = block.subtitle.text
    # the lines under the title and after the body first: a stamp there ("Publish Date :
    # ...") is the entry's own, where a bare date above the title may be the site's clock
    after = [*block.meta, *block.tail]
    for k, it in enumerate(after):
        if k >= len(block.meta) and (_credit_line(it, draft, rules, ledger) or _source_names(it, draft, rules, ledger)):
            continue
        # "Title" / "The Coast Post" / "2 hours ago": a name under the title, above its time,
        # is the outlet, as aggregators and feeds print it (above the title it is a section)
        nxt = after[k + 1] if k + 1 < len(after) else None
        if (
            nxt is not None
            and nxt.kind is Kind.TIME
            and draft.outlet is None
            and line_shape(it) is Shape.LABEL
            and not (it.kind is Kind.BULLET and rules.is_category(it.bullet or ""))  # "- Editorials"
        ):
            name = _bulleted_value(it, ledger)[0] if it.kind is Kind.BULLET and it.bullet else it.text
            draft.outlet = rules.outlet(name) or name
            continue
        _header_line(it, draft, rules, ledger, before_title=False)
    for it in reversed(head):  # nearest the title first: a date at the page's top may be the site's clock
        _header_line(it, draft, rules, ledger, before_title=True)
    if draft.category is None and block.page_category is not None:
        draft.category = block.page_category
    if draft.published_text is None and block.page_published is not None:
        draft.published_text = block.page_published  # the date over its group (layout._date_groups)
    _unread_heading(block, draft, ledger)
    if draft.outlet is None and block.page_outlet is not None:
        draft.outlet = rules.outlet(block.page_outlet) or block.page_outlet
    if block.page_byline is not None:
        _page_byline(block.page_byline, draft, rules)


def _page_byline(name: str, draft: Draft, rules: RuleSet) -> None:
    """The author a listing's heading names for all its entries into ``draft``; a wire agency
    there is the entries' credit.

    Why: portals run an agency's feed under an author account named for it, and its author
    page heads every entry with it (echoprime.cz's "/author/ctk/" pages, "čtk"): the agency
    was each entry's writer, where a byline naming an agency ("By Reuters") is a credit."""
    agency = rules.agency(name)
    if agency is not None:
        draft.add_credit(agency)
    elif name not in draft.byline:
        draft.byline.append(name)


def _credit_line(it: Item, draft: Draft, rules: RuleSet, ledger: Ledger) -> bool:
    """A wire agency's name alone on a line after the entry's teaser ("BERNAMA", "- AFP") is
    the entry's credit, as "— Reuters" closing a story is (recorded as removed, the agency's
    usual name to ``credits``).

    Why: feeds and listings of wire copy close each story with its credit line; read as a
    label it became the entry's section (or, the same under every entry, a widget). Only
    after the teaser: under the title an agency's name is the aggregator's outlet line.
    """
    if line_shape(it) is not Shape.LABEL or not agency_line(it.text, rules.layout.agencies):
        return False
    agency = rules.agency(credit_name(it.text))
    if agency is None:
        return False
    draft.add_credit(agency)
    ledger.remove(it.text, it.line.start, "layout.credit-line")
    return True


# A list of the sources' names after a digest item's text: "Coast Post, Valley Times", "CNN".
_SOURCE_NAME = regex.compile(r"\p{Lu}[\p{L}\p{N}.&'’-]*+(?:\s(?:of\s|the\s|and\s)?\p{Lu}[\p{L}\p{N}.&'’-]*+){0,4}+")
_SOURCE_NAMES_MAX = 6  # a digest cites two or three; six at most (chosen by hand)


def _source_names(it: Item, draft: Draft, rules: RuleSet, ledger: Ledger) -> bool:
    """A line of sources' names after the entry's text ("Coast Post, Valley Times"; inside a
    digest's brackets, see digest.py) names the outlets the item was drawn from: the first is
    the entry's outlet, the others are recorded as removed.

    Why: news digests close each item with the outlets they drew it from, bracketed after the
    paragraph ("[The New York Times, BBC News]", theweek.com's "10 things you need to know
    today") or on a line of their own ("CNN, NBC", ozy.com's Presidential Daily Brief): read
    as a label, the list became the item's section. Only after the text, only when the entry
    has no outlet yet and the first name is a known outlet or a paper's name (``paper_name``),
    every other part a name: a section list ("Politics, Business") or a person stays."""
    if (
        draft.outlet is not None
        or it.kind is not Kind.TEXT
        or line_shape(it) not in (Shape.LABEL, Shape.META, Shape.HEAD)
    ):
        return False
    names = it.text.split(", ")
    if len(names) > _SOURCE_NAMES_MAX or not all(_SOURCE_NAME.fullmatch(n) for n in names):
        return False
    first = names[0]
    outlet = rules.outlet(first)
    if outlet is None and (rules.is_category(first) or not paper_name(first)):
        return False
    draft.outlet = outlet or first
    if len(names) > 1:
        ledger.remove(it.text[len(first) :], it.line.start + len(first), "layout.source-names")
    return True


def _unread_heading(block: Block, draft: Draft, ledger: Ledger) -> None:
    """The first entry's span covers the page's heading. A heading read as the listing's
    section ("Politics" over entries, or a name the page's URL does not explain) that this
    entry does not take, its own section line winning, would leave the line in no field and
    no removal; it is recorded, so an audit accounts for every letter (benchmarks/lost_letters.py)."""
    heading = block.heading
    if heading is None or block.page_category is None or draft.category == block.page_category:
        return
    ledger.remove_rest(heading.text, heading.line.start, "layout.unread-heading")


def _without_title_prints(block: Block, ledger: Ledger) -> list[Item]:
    """The head lines less the title's other prints, which are removed.

    A card prints its title twice, once cut short ("Ferry operator adds a...") above the full
    one or as the image's alt text; the copy is the title again, never a field or the body.
    """
    title = block.title
    repeated = [it for it in block.head if title is not None and it is not title and same_title(title.text, it.text)]
    for it in [*block.repeats, *repeated]:
        ledger.remove(it.text, it.line.start, "layout.repeated-title")
    return [it for it in block.head if all(it is not r for r in repeated)]


# A bullet or a rank before a listing's title: "• Title", "1. Title", "#3 Title", "(2) Title".
_TITLE_MARKER = regex.compile(rf"(?:[{BULLET_GLYPHS}*–—-]|\#?\d{{1,3}}[.)]|\(\d{{1,3}}\)|\#\d{{1,3}})\s{{1,4}}(?=\S)")


def _title_marker(item: Item, title: str, ledger: Ledger) -> str:
    """The title without the bullet or rank that lists it (recorded as removed)."""
    m = _TITLE_MARKER.match(title)
    if m is None or len(title) - m.end() < TITLE_AFTER_MARKER_MIN:
        return title
    at = item.text.find(m.group(0).strip())
    if at >= 0:
        ledger.remove(m.group(0), item.line.start + at, "layout.title-marker")
    return title[m.end() :]


# A card's link label glued before the next card's headline: see decor.GLUED_LINK_LABEL.
_GLUED_LINK_LABEL = GLUED_LINK_LABEL


def _glued_link_label(item: Item, title: str, ledger: Ledger) -> str:
    """The title without a link label glued before it (recorded as removed).

    Why: a listing's cards print "Read more" after each teaser; scraped without a space it
    runs into the next card's headline, and the label stood in every title but the first.
    A headline never opens with a link's words glued to its first word.
    """
    m = _GLUED_LINK_LABEL.match(title)
    if m is None or len(title) - m.end() < TITLE_AFTER_MARKER_MIN:
        return title
    at = item.text.find(m.group(0))
    if at >= 0:
        ledger.remove(m.group(0), item.line.start + at, "layout.glued-link-label")
    return title[m.end() :]


# An image a markdown copy kept without its alt text or address (rule file web.toml's
# web.empty-image reads it alone on a line and glued inside a paragraph).
_EMPTY_IMAGE = "![]()"


def _glued_empty_image(item: Item, title: str, ledger: Ledger) -> str:
    """The title without an empty markdown image glued after it (recorded as removed).

    Why: pollitify.com's feed pages print each headline with its thumbnail after it; the
    page's markdown copy kept the image as "![]()" ("Title (The Verge)![]()"), and it stood in
    every title. rtumble.com's copy prints the same empty images down a column, one a line
    (web.empty-image). No headline ends with an image's markup. An endswith test first.
    """
    if not title.endswith(_EMPTY_IMAGE) or not title[: -len(_EMPTY_IMAGE)].strip():
        return title
    at = item.text.rfind(_EMPTY_IMAGE)
    if at >= 0:
        ledger.remove(_EMPTY_IMAGE, item.line.start + at, "layout.glued-empty-image")
    return title[: -len(_EMPTY_IMAGE)].rstrip()


# Where a headline's last word runs into a capital with no space ("... planBy Jane Roe",
# "... planJane Roe, Portwick"): two inline elements scraped without a space between them.
_GLUE_POINT = regex.compile(r"(?<=\p{Ll}{2})(?=\p{Lu})")
# An author and the place filed from, the form card footers print under a headline.
_NAME_PLACE = regex.compile(
    r"(?P<name>\p{Lu}\p{Ll}{1,20}(?:\s\p{Lu}[\p{Ll}'’-]{1,20}){1,2}),\s\p{Lu}\p{Ll}{2,20}(?:\s\p{Lu}\p{Ll}{2,20})?"
)


def _glued_byline(item: Item, title: str, draft: Draft, ledger: Ledger) -> str:
    """The title without the byline glued after its last word, which goes to the byline:
    "Harbour council approves ferry planBy Jane Roe", "... planJane Roe, Portwick".

    Why: a card's headline and its author line are two inline elements; scraped without a
    space between them the author stood in the title (issue 18 names the shape). Only a
    glued point (a lower-case letter run into a capital) followed by a whole byline ("By
    ...") or a name and a place ("Jane Roe, Portwick") to the title's end: a headline's own
    capitals follow a space. The place is recorded as removed (no dateline: a card's place
    is the author's desk), and so is "By ".
    """
    for m in _GLUE_POINT.finditer(title, 0, len(title)):
        tail = title[m.start() :]
        names = byline_line(tail)
        np = None
        if names is None:
            np = _NAME_PLACE.fullmatch(tail)
            names = [np.group("name")] if np is not None else None
        if names is None or word_count(title[: m.start()]) < TITLE_AFTER_GLUE_MIN_WORDS:
            continue
        at = item.text.rfind(tail)
        if at >= 0 and tail[:3].lower() == "by ":
            ledger.remove(tail[:3], item.line.start + at, "layout.glued-byline")
        elif at >= 0 and np is not None:  # the desk's place: recorded, no field of the story
            ledger.remove(tail[np.end("name") :], item.line.start + at + np.end("name"), "layout.glued-byline")
        for name in names:
            if name not in draft.byline:
                draft.byline.append(name)
        return title[: m.start()]
    return title


# A result counter a feed reader or archive prints over its entries: "Found 5467 news",
# "Showing 120 stories", "48 articles" (tracefeed.com; localgov.co.uk's "|" cells and ABC's
# "Updated" flag are the other widget labels ``widget_label`` turns away). The same counter in
# the site's language, the noun and then "found": "168 notícias encontradas" between the
# section's name and its first post (blogsudoeste.com.br's category pages), "%s notícia
# encontrada" / "%s notícias encontradas" over a WordPress theme's news search results and
# "{total} resultados encontrados" over a React listing's (code corpus): read as each entry's
# section.
_COUNTER = regex.compile(
    r"(?i)(?:(?:found|showing|total|all)\s)?[\d,.]{1,9}\s(?:news|stories|articles|results|posts|items|entries"
    r"|(?:notícias?|noticias?|artigos?|artículos?|resultados?|matérias?)(?:\s(?:encontrad[oa]s?))?)"
    r"(?:\s?[•·|])?"  # "106 Articles •" (ground.news): the separator before the next widget
)
# A meter's reading: a label and its share ("Left 34%" / "Center 55%" on ground.news's bias
# bars, "Yes 62%" under a poll). A section's name never ends in a percentage.
_METER = regex.compile(r"[^\d%]{1,30}\s[+-]?\d{1,3}(?:[.,]\d{1,2})?\s?%")


def widget_label(text: str) -> bool:
    """Whether a short line in an entry's header is a widget's, never a section name.

    Why: the header reading gave any short line above or under a title to the entry as
    its category, and listings print table cells with no words ("|" on localgov.co.uk),
    result counters ("Found 5467 news" on tracefeed.com) and a stamp's label standing
    alone ("Updated" over ABC's teasers) there.
    """
    if not any(c.isalpha() for c in text):
        return True
    text = text.strip()
    return stamp_label(text) or _COUNTER.fullmatch(text) is not None or _METER.fullmatch(text) is not None


def _header_line(it: Item, draft: Draft, rules: RuleSet, ledger: Ledger, *, before_title: bool) -> None:
    text = it.text
    start = it.line.start
    shape = line_shape(it)
    if it.kind is Kind.BULLET and it.bullet and shape in (Shape.LABEL, Shape.META):
        text, start = _bulleted_value(it, ledger)
        if bulleted_time(text) is not None:  # "- February 7, 2024": the entry's time (a second one recorded)
            at = start - it.line.start
            _meta(MetaFields(time=(at, at + len(text))), it, draft, ledger)
            return
    if it.kind is Kind.TIME and it.time is not None:
        fields = parse_meta(text, rules)
        if fields.time is None or it.tail:  # the time-line reader knows forms this one does not
            _time(it, draft, rules, ledger)
        else:
            _meta(fields, it, draft, ledger)
        return
    if shape is Shape.CAPTION or (shape is Shape.PROSE and before_title):
        tag = credit_tag(text)
        cap = text[: tag.start()].rstrip() if tag is not None else text
        if tag is not None:
            ledger.remove(tag.group(0), start + tag.start(), "layout.caption-credit")
        if cap:
            draft.captions.append(cap)
        return
    if shape is Shape.META:
        _meta(parse_meta(text, rules), it, draft, ledger)
        return
    if shape is Shape.LABEL and header_photo_credit(text):
        ledger.remove(text, start, "layout.header-photo-credit")  # "FOTO: REPRODUÇÃO": the picture's, no section
        return
    if shape is Shape.LABEL and widget_label(text):
        ledger.remove(text, start, "layout.header-furniture")
        return
    if shape is Shape.LABEL:
        known = rules.outlet(text)
        named = name_and_outlet(text, rules, draft.outlet) if known is None and ", " in text else None
        if named is not None:  # "Jane Roe, CNN" by the headline: the writer and the outlet
            if named[0] not in draft.byline:
                draft.byline.append(named[0])
            draft.outlet = draft.outlet or named[1]
        elif known is not None and draft.outlet is None:
            draft.outlet = known
        elif draft.outlet is None and not rules.is_category(text) and paper_name(text):
            draft.outlet = text  # "Coast Post" over the headline: the publisher (names.paper_name)
        elif draft.category is None:
            draft.category = text
        elif text not in draft.tags and text != draft.category:
            draft.tags.append(text)
        return
    # a line in a header's place that reads as none of its fields: on a listing, a widget
    # of the entry's card (recorded as removed); on a story, its own text (it opens the body)
    if draft.role == "listing":
        ledger.remove(text, start, "layout.header-furniture")
    else:
        draft.paras.append(Para(start, text))


def _bulleted_value(it: Item, ledger: Ledger) -> tuple[str, int]:
    """A bulleted header line's value and where it starts, its mark recorded as removed.

    Why: a card's meta list printed as bullets ("- Editorials" under each title on
    webbweekly.com's editorial pages, the date bulleted the same way: shapes.bulleted_time)
    gave the entry "- Editorials" for its section, the mark and all."""
    assert it.bullet is not None
    at = it.text.find(it.bullet)
    mark = it.text[:at].rstrip()
    if mark:
        ledger.remove(mark, it.line.start, "layout.header-bullet")
    return it.bullet, it.line.start + at


def _time(it: Item, draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    assert it.time is not None
    if draft.published_text is None:
        draft.published_text = it.time
    elif it.time != draft.published_text and it.time in it.text:
        ledger.remove(it.time, it.line.start + it.text.index(it.time), "layout.second-time-line")
    if it.outlet:
        if rules.is_category(it.outlet) and draft.category is None:
            draft.category = it.outlet
        elif rules.outlet(it.outlet) is None and writer_name(it.outlet):
            if it.outlet not in draft.byline:
                draft.byline.append(it.outlet)
        elif draft.outlet is None:
            draft.outlet = rules.outlet(it.outlet) or it.outlet
    if it.label and it.text.startswith(it.label):  # a label from the line above was cut there
        ledger.remove(it.label, it.line.start, "layout.time-label")
    if it.tail:
        ledger.remove(it.tail, it.line.end - len(it.tail), "layout.reading-time")
    if it.category and draft.category is None:
        draft.category = it.category


def _meta(f: MetaFields, it: Item, draft: Draft, ledger: Ledger, *, text: str | None = None) -> None:
    """Fill the draft from a parsed header line (``text``: the part of the line parsed).

    A value for a field the entry already has (a second date, a second source) is recorded
    as removed, so that nothing the line said is lost without a trace.
    """
    text = it.text if text is None else text
    start = it.line.start
    if f.time is not None:
        when = text[f.time[0] : f.time[1]]
        if draft.published_text is None:
            draft.published_text = when
        elif when != draft.published_text:
            ledger.remove(when, start + f.time[0], "layout.second-time")
    if f.outlet:
        if draft.outlet is None:
            draft.outlet = f.outlet
        elif f.outlet != draft.outlet and f.outlet in text:
            ledger.remove(f.outlet, start + text.index(f.outlet), "layout.second-source")
    if f.category:
        if draft.category is None:
            draft.category = f.category
        elif f.category != draft.category and f.category not in draft.tags:
            draft.tags.append(f.category)
    if f.place is not None and draft.dateline is None:
        draft.dateline = (f.place, None, None)
    for name in f.byline:
        if name not in draft.byline:
            draft.byline.append(name)
    for c in f.credits:
        draft.add_credit(c)
    for a, b in f.chrome:
        ledger.remove(text[a:b], start + a, "layout.header-chrome")
