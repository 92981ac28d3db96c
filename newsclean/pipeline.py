"""``extract()``: the stages wired together, one direction, one page at a time.

decode -> normalise -> lines -> classify (whole-line chrome, shapes) -> segment (blocks,
roles) -> header fields -> body fields -> page-wide pass -> models.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from .assemble import plain_article, to_article
from .body import extract_body, post_footer_outlets
from .classify import Item, Kind, classify
from .dates import UNRESOLVED
from .decode import decode, normalize, printable_page
from .draft import Draft
from .errors import PageTooLarge
from .fields.captions import drop_credit_chains
from .fields.headlines import strip_known
from .header import fill_header
from .headerlines import byline_line
from .html.sniff import looks_like_html
from .keep import restore_kept
from .layout import (
    drop_interface_lines,
    infer,
    listing_by_heading,
    listing_by_url,
    lone_story,
    without_glued_breadcrumb,
    without_leading_skip_links,
)
from .layout.cards import card
from .layout.decor import (
    Decoration,
    glued_title,
    outlet_opener,
    page_decorations,
    teaser_link,
    teaser_link_label,
    teaser_titles,
    teaser_trailer,
    titled_link_opening,
    undecorate,
)
from .layout.decor import apply as apply_decoration
from .layout.fill import fill_entry
from .lines import cut_scrape_stamp, split_lines
from .models import Article, Page, TraceEvent, built
from .needles import remember_utf8
from .options import DEFAULT_MAX_BYTES, Options
from .oversize import count_tags, plain_page, too_many_lines
from .para import Ledger, Para
from .provenance import trace_fields
from .rules import NO_HINTS, LayoutHints, RuleSet, default_rules
from .segment import Block, Segmentation, bare_date, segment, without_idle_closers
from .sitefields import FieldHit, assign_field_lines, settle
from .thresholds import RECURRING_DECORATION, STAMP_TRAILER_MAX_LINES, STAMP_TRAILER_NAME_MAX_WORDS
from .timeparse import resolve

if TYPE_CHECKING:  # the HTML path is imported only for HTML input
    from .html.extract import HtmlPage

_CONTENT_TYPES = ("auto", "text", "html")
# cli, batch and rules_command import the byte limit from here
__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_OPTIONS", "extract", "normalize_source"]

# The options of a call that passes none. Never changed by the library: the test suite alone
# swaps in strict ones (tests/conftest.py), so that the safety net cannot hide a bug from it.
DEFAULT_OPTIONS = Options()


def normalize_source(
    source: str | bytes, *, content_type: str = "auto", max_lines: int | None = None, options: Options | None = None
) -> str:
    """The decoded, normalised text that ``Removal`` and ``span`` offsets refer to.

    For HTML input that is the page rendered to text blocks, one per line (or, for markup
    too deep or too large to parse, its text without the tags). Give the same ``options``
    (or ``max_lines``) as to ``extract``: they decide which markup is too large to parse.
    """
    opts = _options(options, max_lines=max_lines)
    text = decode(bytes(source))[0] if isinstance(source, (bytes, bytearray)) else source
    if _is_html(text, content_type):
        from .html.extract import render, strip_markup

        return normalize(strip_markup(text)) if _unparsable(text, opts) else render(text).text
    return normalize(text)


def _unparsable(markup: str, opts: Options) -> str | None:
    """Why ``markup`` is read as text without its tags, or ``None`` (the common case)."""
    from .html.extract import MAX_DEPTH, too_deep

    if too_deep(markup):
        return f"markup nests deeper than {MAX_DEPTH:,} elements"
    limit = opts.tags_per_line * opts.max_lines
    tags = count_tags(markup, limit)
    if tags > limit:
        return f"markup has {tags:,} tags, over the limit of {limit:,} ({opts.tags_per_line} per line of max_lines)"
    return None


def _is_html(text: str, content_type: str) -> bool:
    if content_type == "html":
        return True
    if content_type == "text":
        return False
    return looks_like_html(text)


def extract(
    source: str | bytes,
    *,
    url: str | None = None,
    fetched_at: datetime | None = None,
    content_type: str = "auto",
    rules: RuleSet | None = None,
    max_bytes: int | None = None,
    max_lines: int | None = None,
    trace: bool = False,
    options: Options | None = None,
) -> Page:
    """Turn one scraped page into its articles, with every removal recorded.

    Never raises on content: bad input gives a ``Page`` with warnings (with
    ``Options(strict=True)`` an internal error re-raises instead). Raises ``TypeError`` for
    arguments of the wrong type and :class:`PageTooLarge` for input over ``max_bytes``
    (checked before any work, so a batch job can skip it cheaply). A page over ``max_lines``
    non-blank lines comes back unsegmented, as plain text (see ``oversize.py``).
    ``max_bytes`` and ``max_lines`` fill an :class:`Options`; give them or ``options``, not both.
    """
    opts = _options(options, max_bytes=max_bytes, max_lines=max_lines)
    _check_arguments(source, url, fetched_at, content_type, rules)
    size, surrogates = _size(source)
    if size > opts.max_bytes:
        raise PageTooLarge(
            f"input is {size:,} bytes, over the limit of {opts.max_bytes:,} (pass max_bytes= to raise it)"
        )
    warnings: list[str] = []
    text = _text(source, surrogates, warnings)
    if fetched_at is not None and fetched_at.tzinfo is None:
        fetched_at = fetched_at.replace(tzinfo=UTC)
        warnings.append("fetched_at has no time zone; taken as UTC")
    # Outside the safety net: a rule file that does not load is the installation's fault,
    # not the page's, and must fail loudly rather than turn every page into an error page.
    rules = (rules or default_rules()).for_url(url)  # rules.py hook: the rules scoped to this URL
    budget = rules.start_page(size)  # one time budget for all of a user's patterns on this page
    try:
        page = _guarded(text, url, fetched_at, content_type, rules, warnings, opts, trace)
    finally:
        rules.end_page(budget)
    if budget is not None and budget.exhausted:
        page.warnings.append(budget.warning)
    return page


def _options(options: Options | None, *, max_bytes: int | None = None, max_lines: int | None = None) -> Options:
    """The options of one call: ``options``, or the defaults with the keyword arguments given.

    Both at once is refused: which should win is a guess either way, and a silent guess is
    how a limit someone set stops applying.
    """
    if options is None:
        if max_bytes is None and max_lines is None:
            return DEFAULT_OPTIONS
        d = DEFAULT_OPTIONS
        return replace(d, max_bytes=d.max_bytes if max_bytes is None else max_bytes,
                       max_lines=d.max_lines if max_lines is None else max_lines)  # fmt: skip
    if not isinstance(options, Options):
        raise TypeError(f"options must be a newsclean.Options, not {type(options).__name__}")
    if max_bytes is not None or max_lines is not None:
        name = "max_bytes" if max_bytes is not None else "max_lines"
        raise ValueError(f"{name} given both as an argument and in options: give it as Options({name}=...) only")
    return options


def _check_arguments(source: object, url: object, fetched_at: object, content_type: str, rules: object) -> None:
    """Arguments of the wrong type fail here, loudly, before any work (never as page warnings)."""
    if not isinstance(source, (str, bytes, bytearray)):
        raise TypeError(f"source must be str or bytes, not {type(source).__name__}")
    if fetched_at is not None and not isinstance(fetched_at, datetime):
        raise TypeError(f"fetched_at must be a datetime, not {type(fetched_at).__name__}")
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str, not {type(url).__name__}")
    if content_type not in _CONTENT_TYPES:
        raise ValueError(f"content_type must be one of {_CONTENT_TYPES}, not {content_type!r}")
    if rules is not None and not isinstance(rules, RuleSet):
        raise TypeError("rules must be a RuleSet from newsclean.load_rules()")


def _size(source: str | bytes) -> tuple[int, bool]:
    """The input's size in UTF-8 bytes (what ``max_bytes`` limits), and whether a ``str``
    holds lone surrogates (one encode tells both)."""
    if isinstance(source, (bytes, bytearray)):
        return len(source), False
    try:
        data = source.encode("utf-8")
    except UnicodeEncodeError:
        return len(source.encode("utf-8", "surrogatepass")), True
    remember_utf8(source, data)  # the inline gate searches these bytes again (see needles.utf8_of)
    return len(data), False


def _text(source: str | bytes, surrogates: bool, warnings: list[str]) -> str:
    """The input as text: bytes decoded (a guessed encoding noted), lone surrogates replaced."""
    if isinstance(source, (bytes, bytearray)):
        text, warning = decode(bytes(source))
        if warning:
            warnings.append(warning)
        return text
    return source.encode("utf-8", "replace").decode("utf-8") if surrogates else source


def _guarded(
    text: str, url: str | None, fetched_at: datetime | None, content_type: str, rules: RuleSet, warnings: list[str],
    opts: Options, trace: bool,
) -> Page:  # fmt: skip
    """The page read inside the safety net a batch job needs: an internal error gives the
    text as plain paragraphs with a warning, or re-raises with ``Options(strict=True)``."""
    try:
        token = _TRACING.set(trace)
        try:
            return _dispatch(text, url, fetched_at, content_type, rules, warnings, opts)
        finally:
            _TRACING.reset(token)
    except Exception as exc:
        if opts.strict:
            raise
        return _plain_page(text, url, warnings, exc)


def _dispatch(
    text: str, url: str | None, fetched_at: datetime | None, content_type: str, rules: RuleSet, warnings: list[str],
    opts: Options,
) -> Page:  # fmt: skip
    if _is_html(text, content_type):
        from .html import extract as html
        from .html.dates import read_at

        # The markup is not normalised as a whole: the rendered text is (see ``render``),
        # which is a few percent of the page's size.
        why = _unparsable(text, opts)
        if why is None:
            with read_at(fetched_at):  # dates after the scrape are not the page's own
                return _html_page(html.read_html(text, url), fetched_at, rules, warnings)
        warnings.append(f"{why}: read as text without its tags")
        text = html.strip_markup(text)
    text = normalize(text)
    if too_many_lines(text, opts.max_lines):  # past any news page: segmenting takes memory by the line
        return plain_page(text, url, warnings, opts.max_lines)
    return _run(text, url, fetched_at, rules, warnings)


def _html_page(doc: HtmlPage, fetched_at: datetime | None, rules: RuleSet, warnings: list[str]) -> Page:
    """An aggregator's page (its furniture in a site rule file) goes through the text pipeline,
    like the same page scraped as text; any other page is read as a news page by its markup."""
    from .html import extract as html

    title = None
    if html.may_be_aggregator(doc.text, rules, doc.meta):  # only then is the text pass worth it
        # the aggregator reading, not the generic layout: that is for scraped text, where no
        # markup said what the page is
        page = _run(doc.text, doc.url, fetched_at, rules, list(warnings), layouts=False)
        if html.is_aggregator(page, rules, doc.meta):
            return html.with_markup_fields(page, doc.meta)
        title = page.main.title if page.main is not None else None
    return html.article_page(doc, rules, warnings, title_hint=title)


def _plain_page(text: str, url: str | None, warnings: list[str], exc: Exception) -> Page:
    """A bug must not take a batch down: the page comes back as plain paragraphs, saying why."""
    lines = split_lines(normalize(text))
    article = plain_article([line.text for line in lines], (lines[0].start, lines[-1].end) if lines else (0, 0))
    note = f"internal error ({type(exc).__name__}: {exc}); the page is returned unsegmented, as plain paragraphs"
    return Page(kind="unknown", url=url, articles=[article] if lines else [], removed=[],
                warnings=_unique([*warnings, note]))  # fmt: skip


# Whether the current extract() call records its decisions: set by extract() for the call
# only (a context variable, so threads and the HTML path's call into the text pipeline agree).
_TRACING: ContextVar[bool] = ContextVar("newsclean_tracing", default=False)


def _run(
    text: str,
    url: str | None,
    fetched_at: datetime | None,
    rules: RuleSet,
    warnings: list[str],
    *,
    layouts: bool = True,
) -> Page:
    tracing = _TRACING.get()
    ledger = Ledger(trace=[] if tracing else None, disabled=rules.disabled)  # rules.py hook: `disable`
    known = text if printable_page(text) else None  # the page normalize() found printable (see _line_para)
    lines = split_lines(text)
    stamp = cut_scrape_stamp(lines)
    if stamp is not None:
        ledger.remove(text[stamp[0] : stamp[1]], stamp[0], "heuristic.scrape-stamp")
    hits: list[FieldHit] = []  # rules.py hook: lines a rule file's [[field]] patterns read
    items = classify(lines, rules, ledger, hits, known)  # a user's slow pattern spends the page's budget, never raises
    items = drop_credit_chains(text, items, lines, rules, ledger)
    seg = _segment(items, ledger, url, layouts=layouts, hints=rules.layout)
    drafts: list[Draft] = []
    headlines: list[str] = []
    # once for the page, not per block: which inline rules the page can hold at all
    inline = rules.inline_gate(text) or False
    for block in seg.blocks:
        drafts.append(_draft(block, rules, ledger, known))
    if seg.reading != "generic" and seg.blocks and seg.blocks[0].decorations:
        _decorations_as_sections(drafts, seg.blocks[0].decorations)
    if seg.kind == "listing":
        teaser_titles(drafts, ledger)  # "1. Headline - Teaser ...": one line per entry
    for draft in drafts:
        headlines += extract_body(draft, rules, ledger, inline=inline)
    if headlines:
        strip_known([p for d in drafts for p in d.paras], headlines, ledger)
    post_footer_outlets(drafts, ledger)
    # rules.py hooks: fields rule files name win over the heuristics'; disabled removals' text stays
    if hits:
        assign_field_lines(drafts, hits, rules.layout.header, ledger)
    for d in drafts:
        settle(d)
    restore_kept(drafts, ledger.kept)
    articles = [_article(d, fetched_at, rules, warnings) for d in drafts]
    # A block cut off after its header still counts; one with nothing at all does not.
    articles = [a for a in articles if _has_content(a)]
    if not articles and text.strip():
        warnings.append("no article found in the input")
    removed = sorted(ledger.removals, key=lambda r: (r.start, r.end))
    trace: list[TraceEvent] = []
    if ledger.trace is not None:
        trace_fields(articles, text, ledger)
        trace = sorted(ledger.trace, key=lambda e: (e.start, e.end))
    return built(Page, kind=seg.kind if articles else "unknown", url=url, articles=articles,
                 removed=removed, warnings=_unique(warnings), trace=trace)  # fmt: skip


def _segment(
    items: list[Item], ledger: Ledger, url: str | None, *, layouts: bool = True, hints: LayoutHints = NO_HINTS
) -> Segmentation:
    """The aggregator header's segmentation where the page prints one; else the layout
    that repeats on the page; else the page as one lead story."""
    tracing = ledger.trace is not None
    scratch = Ledger(trace=[] if tracing else None, disabled=ledger.disabled)
    items = without_glued_breadcrumb(without_leading_skip_links(without_idle_closers(items), ledger), ledger)
    seg = segment(items, scratch)
    # a story and the title-over-teaser list of others under its closing heading: read as such
    if not seg.aggregator and not seg.teasers and layouts:
        scratch2 = Ledger(trace=[] if tracing else None, disabled=ledger.disabled)
        generic = infer(items, scratch2, url, hints)  # rules.py hook: a rule file's [layout] hints
        if generic is not None:
            seg, scratch = generic, scratch2
        else:  # one story of any site: its interface lines go, as on a listing
            scratch3 = Ledger(trace=[] if tracing else None, disabled=ledger.disabled)
            kept = drop_interface_lines(items, scratch3)
            lone = lone_story(kept, scratch3)
            if lone is not None:
                seg, scratch = lone, scratch3
            elif len(kept) < len(items):
                seg, scratch = segment(kept, scratch3), scratch3
            if scratch is scratch3:
                listing_by_heading(seg, scratch3)
    if seg.reading != "generic":
        _hang_decorations(seg.blocks)
    if layouts:
        listing_by_url(seg, url, hints, scratch)
    if hints.header == "after" and seg.reading != "generic":
        seg.blocks = _close_with_trailers(seg.blocks)
    elif seg.reading != "generic" and len(seg.blocks) > 1:
        seg.blocks = _labelled_stamp_trailers(seg.blocks)
    ledger.removals.extend(scratch.removals)
    ledger.kept.extend(scratch.kept)
    if ledger.trace is not None and scratch.trace is not None:
        ledger.trace.extend(scratch.trace)
        how = {"aggregator": "the aggregator's header runs", "generic": "the entry layout the page repeats",
               "lead": "one lead story (no layout repeats)"}[seg.reading]  # fmt: skip
        first = items[0].line if items else None
        if first is not None:
            ledger.note("segment.reading", first.start, first.text, f"page read as {how}; kind {seg.kind}")
    return seg


def _hang_decorations(blocks: list[Block]) -> None:
    """The title decorations the page's entries share, for the header reading as for the
    layouts' (layout.decor.page_decorations).

    Why: a site prints its section or name beside every title ("<title> | Motoring",
    "<title> : Gadgets"), on an aggregator's page as on its own; read by the aggregator's
    headers, only known outlets' and rule files' suffixes left the title (daily8_variants'
    decorated probe: the main and related titles kept their sections, 33 of 180 pages)."""
    titles = [b.title.text for b in blocks if b.title is not None]
    if len(titles) < RECURRING_DECORATION:
        return
    recurring = frozenset(page_decorations(titles))
    if recurring:
        for b in blocks:
            b.decorations = recurring


def _decorations_as_sections(drafts: list[Draft], decorations: frozenset[tuple[str, str]]) -> None:
    """A shared title decoration that is one entry's section (its header named another
    outlet) is every entry's: an entry whose header named none took it as its outlet."""
    names = {dec for _, dec in decorations}
    sections = {d.category for d in drafts if d.category in names}
    for d in drafts:
        if d.outlet in sections and d.category is None:
            d.category, d.outlet = d.outlet, None


def _close_with_trailers(blocks: list[Block]) -> list[Block]:
    """rules.py hook: on a site whose rule file says entries print their header lines after
    the body, a header run with no title and no body under it closes the entry above (the
    readings in ``segment.py`` open an entry at every header run)."""
    out: list[Block] = []
    for b in blocks:
        if out and b.title is None and not b.body and b.meta:
            out[-1].meta.extend(b.meta)
        else:
            out.append(b)
    return out


def _labelled_stamp_trailers(blocks: list[Block]) -> list[Block]:
    """A header run with no title and no body whose time carries a story stamp's label
    ("First Published: July 14, 2025, 06:00 IST", maybe under the author's name) closes the
    story above it: an author box and the story's stamp printed after its last paragraph
    (News18's footer "About the Author" / "News Desk" / "First Published:" / the stamp, its
    stories reprinted by Daily8; a site's "Jane Roe" / "Published: ..." under a story). The
    readings open an entry at every header run, and it became a related entry of a byline and
    a time. An aggregator's card prints a bare time or an age ("time5 hours ago"), never a
    labelled stamp, and always a title."""
    out: list[Block] = []
    for b in blocks:
        if out and b.title is None and not b.body and _stamp_trailer(b.meta):
            out[-1].meta.extend(b.meta)
        else:
            out.append(b)
    return out


def _stamp_trailer(meta: list[Item]) -> bool:
    """Whether a header run is one labelled story stamp and at most a byline ("By Jane Roe",
    "News Desk"): a bare name there may be an outlet's, and the run is left as it was."""
    times = [it for it in meta if it.kind is Kind.TIME]
    return (
        len(times) == 1
        and times[0].label not in (None, "time")
        and times[0].outlet is None
        and len(meta) <= STAMP_TRAILER_MAX_LINES
        and all(
            it.kind is Kind.TIME or (len(it.text.split()) <= STAMP_TRAILER_NAME_MAX_WORDS and byline_line(it.text))
            for it in meta
        )
    )


def _draft(block: Block, rules: RuleSet, ledger: Ledger, page: str | None = None) -> Draft:
    """``page``: the page text when ``decode.printable_page`` vouches for it (see ``_line_para``)."""
    draft = Draft(role=block.role)
    if block.generic:
        fill_entry(block, draft, rules, ledger)
    else:
        fill_header(block, draft, rules, ledger)
        if block.decorations and draft.title:  # a section or site the page hangs on every title
            draft.title, dec = undecorate(draft.title, block.decorations, rules, only_recurring=True)
            if dec is not None and dec.field == "outlet" and draft.outlet not in (None, dec.text):
                dec = Decoration(dec.side, dec.text, "category")  # its header names its outlet
            if dec is not None:
                apply_decoration(draft, dec)
    after_end = False
    for it in block.body:
        if it.kind is Kind.MARKER:  # a story-closing heading: what follows is a link list
            after_end = True
            continue
        if it.kind is Kind.TIME and (
            (it.label and it.label != "time") or (it.outlet is None and (it is block.body[-1] or bare_date(it)))
        ):  # the story's own stamp: labelled ("Updated ..."), the bare time closing it, a bare date
            draft.published_text = draft.published_text or it.time
            ledger.remove(it.line.text, it.line.start, "heuristic.story-stamp")
            continue
        draft.paras.append(_line_para(it.line.start, it.line.text, page))
        if after_end:
            draft.paras[-1].after_end = True
            after_end = False
    if block.generic:
        card(draft, ledger, block.kickers)
        teaser_link_label(draft, ledger)
        titled_link_opening(draft, ledger)
        glued_title(draft)
        outlet_opener(draft, rules, ledger)
        teaser_trailer(draft, rules, ledger)
        teaser_link(draft, ledger)
    if block.kicker and draft.paras:
        draft.paras[0].cut(0, len(block.kicker) + 2, None, None)
    if block.stamp is not None and draft.paras:
        p, m = draft.paras[-1], block.stamp
        p.cut(m.start("stamp"), m.end("stamp"), None, None)
        p.cut(m.start(), m.end("repeat"), "heuristic.repeated-date", ledger)
    items = block.items()
    if items:
        draft.span = (min(it.line.start for it in items), max(it.line.end for it in items))
    return draft


def _article(d: Draft, fetched_at: datetime | None, rules: RuleSet, warnings: list[str]) -> Article:
    published_at = None
    if d.published_text:
        # rules.py hook: a rule file's date formats read the text first
        published_at = rules.parse_date(d.published_text) if rules.has_dates else None
        needs = False
        if published_at is None:
            published_at, needs = resolve(d.published_text, fetched_at, rules.timezones)
        if published_at is None and needs and fetched_at is None:
            warnings.append(UNRESOLVED)
    return to_article(d, published_at=published_at)


def _has_content(a: Article) -> bool:
    return bool(
        a.title
        or a.paragraphs
        or a.captions
        or a.outlet
        or a.published_text
        or a.byline
        or a.credits
        or a.category
        or a.tags
        or a.dateline
        or a.ids
    )


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _line_para(start: int, text: str, page: str | None) -> Para:
    """A paragraph of one line, told its text is printable when it is a piece of ``page``
    (a page ``printable_page`` vouches for) at ``start`` without a line break. Why: it
    spares ``Para.clean`` the printable test (see ``decode.printable_page``); the piece is
    checked (a comparison and a ``memchr``, not a table lookup a character), so exact."""
    known = page is not None and "\n" not in text and page.startswith(text, start)
    return Para(start, text, known)
