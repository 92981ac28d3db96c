"""A block's body lines to paragraphs and the fields hidden in them.

The extractors run in a fixed order, each seeing what the previous ones left: script
residue, inline chrome, social-embed residue, whole-line captions, pasted headlines,
end-of-story credits and bylines, the captions tagged inside paragraphs, and the dateline.
Caption lines go first because pages put them anywhere: between a paragraph and a pasted
headline, after the credit.
Credits are peeled again after bylines, since "REUTERS" can sit behind an author bio.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

import regex

from .dates import search_date
from .draft import Draft
from .fields.bylines import strip_bylines
from .fields.captions import strip_caption_lines, strip_captions, strip_gallery
from .fields.carousel import strip_duration_playlist, strip_video_carousel
from .fields.credits import strip_credits
from .fields.dateline import strip_dateline
from .fields.edges import trim_story_edges
from .fields.embeds import strip_embeds, strip_skip_boxes
from .fields.factbox import strip_fact_boxes
from .fields.headlines import strip_excerpts, strip_headlines, strip_teasers
from .fields.inline import strip_inline
from .fields.residue import strip_script
from .lexicon import HEADER_COUNTER, MONTH_NAMES, MONTH_STEMS
from .para import Ledger, Para
from .rules import InlineGate, RuleSet
from .thresholds import (
    AGENCY_LINE_MAX_CHARS,
    HEADER_COUNTER_MAX_LINES,
    HEADER_COUNTER_MIN_LINES,
    HEADER_STAMP_LINE_MAX_CHARS,
    HEADLINE_MAX_WORDS,
    NEXT_POST_HEADLINE_MIN_WORDS,
    STAMP_BY_NAME_MAX_WORDS,
)
from .timeparse import leading_stamp, time_line


def extract_body(
    draft: Draft, rules: RuleSet, ledger: Ledger, *, inline: InlineGate | bool | None = None, markup: bool = False
) -> list[str]:
    """Fill the draft's fields from its paragraphs; return headlines cut (for the page pass).

    ``inline``: whether the page can hold inline chrome phrases, or which it can (the
    page's :class:`InlineGate`), tested once per page; ``None``: tested here.
    ``markup``: the paragraphs come from a page's markup, read inside the story's own
    container: a fact box there is the story's own (a review's or a test's spec box, which
    the HTML gold keeps), where in a text dump sidebars of other stories land between the
    paragraphs and a box is furniture.
    """
    if not draft.paras:  # a title-only entry: nothing to extract from
        return []
    strip_script(draft, ledger)
    headlines = strip_inline(draft, draft.paras, rules, ledger, phrases=inline)
    strip_embeds(draft, ledger)
    strip_skip_boxes(draft, ledger)
    strip_video_carousel(draft, ledger)
    strip_duration_playlist(draft, ledger)
    if not markup:
        strip_fact_boxes(draft, ledger)
    strip_caption_lines(draft, rules, ledger)
    _next_post(draft, ledger)
    headlines += strip_headlines(draft, draft.paras, ledger)
    strip_gallery(draft, ledger, rules)
    _source_trailer(draft, rules, ledger)
    _source_opener(draft, rules, ledger)
    _header_stamp_line(draft, rules, ledger)
    _stamp_by_line(draft, rules, ledger)
    strip_credits(draft, rules, ledger)
    strip_bylines(draft, rules, ledger)
    strip_credits(draft, rules, ledger)
    strip_teasers(draft, ledger)
    if not markup:  # the markup path reads them once its story's edges are trimmed
        strip_excerpts(draft, ledger)
    strip_captions(draft, rules, ledger, markup=markup)
    _agency_line(draft, rules, ledger)
    _header_counters(draft, ledger)
    _leading_stamp(draft, rules, ledger)
    strip_dateline(draft, rules, ledger)
    _stray_punctuation(draft, ledger)
    if not markup:  # the markup path trims its story's edges with the blocks' tags (html.edges)
        trim_story_edges(draft, ledger)
    return headlines


# A story's closing credit line naming where it came from: "Source: Coast Post", "News
# source: Japan Times" (newsonjapan.com; "News Source: <outlet>" closes crawled copies
# elsewhere), Indonesian "Sumber: Coast Post" (the portals' closing source line; layout.shapes
# reads the same label in a listing's header lines). Only a line of its own, the story's last.
_SOURCE_TRAILER = regex.compile(
    r"(?:(?:News\s|NEWS\s)?(?:[Ss]ource|SOURCE)|Sumber|SUMBER)\s?:\s?(?P<name>[\p{Lu}\p{Lo}][\w&'’. -]{1,50})"
)


# A link under a story, to the outlet that published it in full: "Read full story at Coast
# Post", "Read the full article at Coast Post", "Read Full Story at: coastpost.com", "Read more
# at Coast Post". Aggregator apps print it from the item's source name (news apps' "Read full
# story at {source}" buttons: a space-news reader's, a sports-news app's, a news-feed card's,
# a podcast news player's; Inshorts' "read more at X" under each short). Only after "at": "Read
# more on Climate" names a topic, not a publisher.
_READ_OPENINGS = frozenset(("Read", "read", "READ"))
_READ_AT_TRAILER = regex.compile(
    r"(?i:read\s(?:the\s)?(?:full\s)?(?:story|article|more)\sat):?\s"
    r"(?P<name>[A-Z][\w&'’. -]{1,50}|[a-z][a-z0-9-]{1,40}\.[a-z]{2,6})(?:\s?[→»›])?"
)


def _read_at_trailer(draft: Draft, p: Para, rules: RuleSet, ledger: Ledger) -> None:
    """The story's last line "Read full story at X" is the link to the outlet that published
    it: X is the outlet (unless the page names another), and the line is no sentence of the
    story. Why: aggregators' story pages close with it (see ``_READ_AT_TRAILER``), and it was
    read as the story's last paragraph."""
    m = _READ_AT_TRAILER.fullmatch(p.text)
    if m is None:
        return
    name = m.group("name").strip(" .")
    if draft.outlet is None:
        draft.outlet = rules.outlet(name) or name
        p.cut_many([(0, m.start("name"), "credit.read-at-line"), (m.start("name"), len(p.text), None)], ledger)
    else:  # the page names its outlet: the link is only chrome
        p.cut_all("credit.read-at-line", ledger)


# The line feed-to-blog autoposters put under each copied story: "from <feed title> <link>"
# (billspann.blogspot.com's "from Dundalk News http://www.topix.com/...",
# worldtopuniversities22.blogspot.com's "from Times of India https://timesofindia...",
# newssolutionz.blogspot.com's "from Reuters: Top News https://ift.tt/..." over "via IFTTT").
# The feed's title (its outlet, maybe ": <section>" after it), then one link, and nothing
# after it: a sentence that opens with "from" and cites a link goes on ("from the council's
# site https://... shows that ...").
_FROM_LINK_TRAILER = regex.compile(
    r"from (?P<name>[A-Z][\w&'’.-]{0,30}(?: [\w&'’.-]{1,30}){0,5})(?P<section>: [A-Z][\w&'’.-]{0,30}(?: [\w&'’.-]{1,30}){0,3})?"
    r" (?P<url>https?://\S{1,2000})"
)
# The autoposting service's own tag on the line under it ("via IFTTT"): one name.
_VIA_SERVICE = regex.compile(r"via [A-Z][\w.-]{1,30}")


def _from_link_trailer(draft: Draft, live: list[Para], rules: RuleSet, ledger: Ledger) -> None:
    """The story's last line "from <Outlet> <link>" (maybe over the service's "via IFTTT") is
    an autoposter's note of where the copied story came from: the name is the outlet, or the
    credit when it names an agency (unless the page names another outlet), the link and the
    service's tag are chrome, and neither line is a sentence of the story.

    Why: blogs that repost news feeds through autoposting services close every copied story
    with it (see ``_FROM_LINK_TRAILER``; three blogspot sites), and it was read as the story's
    last paragraph. Only the whole line: a name of at most six words, then one link."""
    p = live[-1]
    via = None
    if p.text[:4] == "via ":
        if len(live) < 3 or live[-2].text[:5] != "from " or _VIA_SERVICE.fullmatch(p.text) is None:  # noqa: PLR2004 (the note, its tag and a story above)
            return
        via, p = p, live[-2]
    m = _FROM_LINK_TRAILER.fullmatch(p.text)
    if m is None:
        return
    if via is not None:
        via.cut_all("credit.from-link-line", ledger)
    name = m.group("name")
    agency = rules.agency(name)
    if agency is not None:
        draft.add_credit(agency)
    elif draft.outlet is None:
        draft.outlet = rules.outlet(name) or name
    else:  # the page names its outlet: the note is only chrome
        p.cut_all("credit.from-link-line", ledger)
        return
    p.cut_many(
        [(0, m.start("name"), "credit.from-link-line"), (m.start("name"), m.end("name"), None),
         (m.end("name"), len(p.text), "credit.from-link-line")],
        ledger,
    )  # fmt: skip


# The entry footer of WordPress's Twenty Ten/Twelve themes and the many built on them (code
# corpus: agama, leirion, customizr, truly_minimal, xnews, sutra): "This entry was posted in
# <categories>[ and tagged <tags>][ on <date>][ by <author>]. [Bookmark the permalink.]".
# The pieces are read from the words between (``_entry_footer_pieces``): no lazy scan.
_ENTRY_FOOTER = regex.compile(r"This entry was posted (?P<rest>[^.\n]{1,300})\.(?: Bookmark the permalink\.)?")
_ENTRY_FOOTER_AUTHOR = regex.compile(r"[A-Z][\w'’.-]{0,30}(?: [A-Z][\w'’.-]{0,30}){0,3}")


class _FooterPieces(NamedTuple):
    category: str | None
    tags: list[str]
    date: str | None
    author: str | None


def _entry_footer_pieces(rest: str) -> _FooterPieces | None:
    """What a "This entry was posted ..." footer says, from the words after "posted"."""
    author = date = None
    head, sep, tail = rest.rpartition(" by ")
    if sep and _ENTRY_FOOTER_AUTHOR.fullmatch(tail):
        author, rest = tail, head
    head, sep, tail = rest.rpartition(" on ") if not rest.startswith("on ") else ("", " on ", rest[3:])
    if sep and search_date(tail) is not None:
        date, rest = tail, head
    if not rest:
        return _FooterPieces(None, [], date, author)
    if not rest.startswith("in "):
        return None
    cats, _, tags = rest[3:].partition(" and tagged ")
    category = cats.split(", ")[0].strip() or None
    return _FooterPieces(category, [t.strip() for t in tags.split(", ") if t.strip()], date, author)


def _entry_footer(draft: Draft, p: Para, ledger: Ledger) -> None:
    """The story's last line "This entry was posted in X and tagged Y on <date> by Z." is the
    theme's footer: its category, tags, date and author fill the fields the page left empty,
    and the line leaves the body (``heuristic.entry-footer``). Why: the themes above print it
    under every post, and it was read as the story's last paragraph."""
    m = _ENTRY_FOOTER.fullmatch(p.text)
    if m is None:
        return
    pieces = _entry_footer_pieces(m.group("rest"))
    if pieces is None:
        return
    draft.category = draft.category or pieces.category
    draft.tags = draft.tags or pieces.tags
    draft.published_text = draft.published_text or pieces.date
    if pieces.author is not None and pieces.author not in draft.byline:
        draft.byline.append(pieces.author)
    p.cut_all("heuristic.entry-footer", ledger)


# The link lines that close a post on a blog's archive or tag page and on feed readers' copies
# (rules/listing.toml's listing.read-on: "Source link", "Continue reading...", "Read More ›").
_READ_ON_RULE = "listing.read-on"
_HEADLINE_STOPS = (".", "!", "?", ":", ";", ",")


def _next_post(draft: Draft, ledger: Ledger) -> None:
    """The story's body runs past a post's closing read-on link into a headline with text under
    it: the page printed its next post there (an archive, tag or blog page reprinted whole), and
    the headline and all under it are another story's, cut (``heuristic.next-post``).

    Why: howisannierecords.com's tag page, reprinted by Daily8, closes each copied story with
    "Source link" and a "Posted on" stamp label, then prints the next post's headline and
    text; reportwire's and roundupnewswires' feed copies close every post with the same links
    (listing.read-on's note). The next headline and its paragraph stayed in the story's body.
    Only the main story, only a line right under such a removed link, of
    ``NEXT_POST_HEADLINE_MIN_WORDS`` to ``HEADLINE_MAX_WORDS`` words with no stop or comma at
    its end and a capital first, and only with a paragraph under it: a story that goes on
    after a read-on link goes on with a sentence."""
    if draft.role != "main":
        return
    ends = sorted(r.end for r in ledger.removals if r.rule == _READ_ON_RULE)
    if not ends:
        return
    live = draft.live()
    for i in range(1, len(live) - 1):
        p, above = live[i], live[i - 1]
        k = bisect_left(ends, p.start + 1)  # the links ending at or before this paragraph: one search each
        if not k or ends[k - 1] <= above.start:
            continue
        text = p.clean
        if text[:1].isupper() and not text.endswith(_HEADLINE_STOPS):
            n = len(text.split(None, HEADLINE_MAX_WORDS))
            if NEXT_POST_HEADLINE_MIN_WORDS <= n <= HEADLINE_MAX_WORDS:
                for q in live[i:]:
                    q.cut_all("heuristic.next-post", ledger)
                return


def _source_trailer(draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    """The story's last line "Source: X" says who published it: X is the outlet (or a
    credit, when X is an agency), and the line is no sentence of the story. A "Read full
    story at X" line is read by :func:`_read_at_trailer`."""
    live = draft.live()
    if len(live) < 2:  # noqa: PLR2004 (the trailer and a story above it)
        return
    p = live[-1]
    if p.text[:4] in _READ_OPENINGS:  # a C-level test first: most stories end with a sentence
        _read_at_trailer(draft, p, rules, ledger)
        return
    if p.text.startswith("This entry was posted "):
        _entry_footer(draft, p, ledger)
        return
    if p.text[:5] == "from " or p.text[:4] == "via ":
        _from_link_trailer(draft, live, rules, ledger)
        return
    if " published " in p.text:  # a C-level test first
        _first_published_trailer(draft, p, rules, ledger)
        return
    m = _SOURCE_TRAILER.fullmatch(p.text)
    if m is not None:
        _source_line(draft, p, m, rules, ledger)


# A republisher's footer naming the story and the site it ran on first: "<headline> was first
# published by <site>." The template of WordPress's "The post <title> appeared first on
# <site>." (which common.republished-notice reads) written the other way round, as
# syndication plug-ins and RSS footers let a site word it (issue 18's trailer list). A
# sentence of a story says the same of a book or a study ("The novel was first published by
# Tor in 1994."): the line is the footer only when the words before the verb are the story's
# own headline (``_names_the_story``) and the site's name closes the line.
_FIRST_PUBLISHED = (" was first published by ", " was first published on ", " was originally published by ",
                    " was originally published on ", " was first published in ", " was originally published in ")  # fmt: skip
_FOOTER_SITE_LINE = regex.compile(
    r"(?:the )?(?P<name>[A-Z0-9][\w&'’.-]{0,40}+(?: [A-Z0-9][\w&'’.-]{0,40}+){0,5}+) ?\.?"
)
# Share of the named headline's words that must stand in the story's title: a footer prints
# the title itself (1.0); a shortened or re-cased copy keeps most words; a sentence about a
# book or a study shares at most a word or two with the headline above it.
FOOTER_TITLE_OVERLAP = 0.6


def _names_the_story(named: str, title: str | None) -> bool:
    """Whether the words a footer names ("<X> was first published by Y") are the story's own
    headline: most of X's words (three letters or more) stand in the title."""
    if not title:
        return False
    words = regex.findall(r"\w{3,}+", named.casefold())
    if len(words) < 2:  # noqa: PLR2004 ("It was first published by ...": no headline named)
        return False
    in_title = set(regex.findall(r"\w{3,}+", title.casefold()))
    return sum(w in in_title for w in words) >= FOOTER_TITLE_OVERLAP * len(words)


def _first_published_trailer(draft: Draft, p: Para, rules: RuleSet, ledger: Ledger) -> None:
    """The story's last line "<its headline> was first published by <site>." is a
    republisher's footer: the site is the outlet (unless the page names one), and the line is
    no sentence of the story (``heuristic.republished-footer``)."""
    text = p.text
    for marker in _FIRST_PUBLISHED:
        at = text.find(marker)
        if at > 0:
            break
    else:
        return
    m = _FOOTER_SITE_LINE.fullmatch(text, at + len(marker))
    if m is None or not _names_the_story(text[:at], draft.title):
        return
    name = m.group("name").strip(" .")
    if draft.outlet is None:
        draft.outlet = rules.outlet(name) or name
        p.cut_many(
            [(0, m.start("name"), "heuristic.republished-footer"), (m.start("name"), m.start("name") + len(name), None),
             (m.start("name") + len(name), len(text), "heuristic.republished-footer")],
            ledger,
        )  # fmt: skip
    else:
        p.cut_all("heuristic.republished-footer", ledger)


def _source_line(draft: Draft, p: Para, m: regex.Match[str], rules: RuleSet, ledger: Ledger) -> None:
    """A "Source: X" line (``m``, its name group X) read: X is the outlet, or a credit when it
    names an agency, and the line leaves the story; a second, different outlet name leaves the
    line to be read."""
    name = m.group("name").strip(" .")
    agency = rules.agency(name)
    if agency is not None:
        draft.add_credit(agency)
    elif draft.outlet is None:
        draft.outlet = rules.outlet(name) or name
    elif draft.outlet.casefold() != name.casefold() and rules.outlet(name) != rules.outlet(draft.outlet):
        return  # a second, different name: leave the line to be read
    p.cut_many([(0, m.start("name"), "credit.source-line"), (m.start("name"), len(p.text), None)], ledger)


# The same label heading the story, on the line under its title: "Source: Radio New Zealand"
# (nz.mil-osi.com's reprints), "Source: classfmonline.com" (ghanaweb.com's stories taken from
# other outlets). A name of a few capitalised words, or a site's address: "Source: Officials
# say the plan will cost more" is a sentence.
_SOURCE_OPENER = regex.compile(
    r"(?:[Ss]ource|SOURCE)\s?:\s?(?P<name>[A-Z][\w&'’.-]{0,30}(?: (?:[A-Z][\w&'’.-]{0,30}|of|the|and|&)){0,4}"
    r"|[a-z][a-z0-9-]{1,40}(?:\.[a-z0-9-]{1,40}){0,2}\.[a-z]{2,6})"
)


def _source_opener(draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    """The story's first line "Source: X" says who first published it, as the closing one does
    (:func:`_source_trailer`): X is the outlet, or a credit when it names an agency, and the
    line is no paragraph of the story. Why: aggregators and portals print the line under the
    title of a story they took from another outlet (nz.mil-osi.com's "Source: Radio New
    Zealand", ghanaweb.com's "Source: classfmonline.com"), and it was read as the story's
    first paragraph. Only with a paragraph of the story under it."""
    first = draft.opening()
    if first is None or first[1] or not first[0].text.startswith(("Source", "SOURCE")):
        return
    p = first[0]
    m = _SOURCE_OPENER.fullmatch(p.text.rstrip())
    if m is not None and len(draft.live()) >= 2:  # noqa: PLR2004 (the line and the story under it)
        _source_line(draft, p, m, rules, ledger)


def _header_stamp_line(draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    """The story's first paragraph when it is a header line of pieces, its time among them:
    "Jane Roe | TNN | Updated: Jun 9, 2025, 14:30 IST", "Written by Jane Roe | New Delhi |
    Updated: ...", "Edited By: Jane Roe | Updated: ...", "Agency: PTI | June 9, 2025 ...". Its
    time, writer, agency and outlet go to the fields (layout.metaline reads the pieces, as it
    does a listing's header lines), the line leaves the body.

    Why: Indian portals print the writer, the desk or agency and the labelled stamp on one
    line under the headline (timesofindia.com's 'Name | TNN | Updated: ...',
    indianexpress.com's 'Written by Name | City | Updated: ...', ndtv.com's 'Edited by Name |
    Updated: ...', business-standard.com's 'Press Trust of India | ...'), and with the label
    between the bar and the date no time reader took the line: it stayed the story's first
    paragraph, or the byline reader took the whole line and the date with it. Only a short
    line of pieces whose time parse_meta finds beside a piece that is no time: someone (a
    writer, an agency, an outlet, the desk's city) or a label ("Updated:", "Edited By: ...").
    """
    first = draft.opening()
    if first is None:
        return
    p, lead = first
    text = p.text[lead:]
    if len(text) > HEADER_STAMP_LINE_MAX_CHARS or not (" | " in text or " • " in text or " · " in text):
        return  # C-level tests first: most stories open with a sentence
    if len(draft.live()) < 2:  # noqa: PLR2004 (the line and a paragraph)
        return
    # the layout package imports much; only this reads it here. Imported past the tests above:
    # a relative import in a function costs some 10K instructions a call even once loaded
    # (the import machinery resolves the package each time), and this runs for every story
    from .layout.metaline import parse_meta

    f = parse_meta(text, rules)
    if f.time is None or not (f.byline or f.credits or f.outlet or f.place or f.chrome):
        return
    draft.published_text = draft.published_text or text[f.time[0] : f.time[1]]
    for name in f.byline:
        if name not in draft.byline:
            draft.byline.append(name)
    for c in f.credits:
        draft.add_credit(c)
    draft.outlet = draft.outlet or f.outlet
    p.cut_all("byline.header-stamp-line", ledger)


# The word that puts the writer after a stamp, in the languages seen: "June 9, 2025 at 5:37 pm
# by Jane Roe", French "17 avril 2014 à 17h37 par La rédaction" (champagnefm.com) and "26 juillet
# 2021 à 16h57 par AFP" (africaradio.com), German "... von Hans Meier", Spanish and
# Portuguese "... por ...", Dutch "... door ...".
_STAMP_BY_WORDS = (" by ", " par ", " von ", " por ", " door ")
# re, not regex: no regex-only syntax, and re holds the GIL (regex drops and retakes it per call)
_DIGIT = re.compile(r"\d")


def _stamp_by_line(draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    """The story's first paragraph when it is a stamp and its writer, nothing else: "<date,
    maybe a clock time> by|par|von|por|door <name>". The time goes to ``published``, the name
    to the byline (an agency's to the credits: "par AFP"), the line leaves the body
    (``byline.stamp-by-line``).

    Why: French radio sites print "<date> à <time> par <writer or desk>" under the headline
    (champagnefm.com, africaradio.com); the stamp readers want the time at the line's end, so
    the line opened the body with the date and writer unread; an English stamp with a clock
    time before "by" was read no better. Only a short line, only when what stands before the
    word is a whole time (``timeparse.time_line``) and what follows is a name of a few
    capitalised words."""
    if draft.role != "main":
        return  # the lead story's header line; teasers and related entries print none
    first = draft.opening()
    if first is None:
        return
    p, lead = first
    text = p.text[lead:].rstrip()
    # cheap tests first: a short line, a digit near its start (every stamp has one)
    if len(text) > HEADER_STAMP_LINE_MAX_CHARS or not text[:1].isalnum() or _DIGIT.search(text, 0, 24) is None:
        return
    at = max(text.rfind(w) for w in _STAMP_BY_WORDS)
    if at <= 0 or len(draft.live()) < 2:  # noqa: PLR2004 (the line and a paragraph)
        return
    stamp, name = text[:at], text[at:].split(" ", 2)[2]
    words = name.split()
    if not words or len(words) > STAMP_BY_NAME_MAX_WORDS or not name[:1].isupper():
        return
    if name[-1:] in ".!?:;," or any(c.isdigit() for c in name):
        return
    found = time_line(stamp)
    if found is None or found[0] is not None or found[1] != stamp:
        return
    draft.published_text = draft.published_text or found[1]
    draft.add_byline([name], rules)
    p.cut_all("byline.stamp-by-line", ledger)


def _agency_line(draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    """A wire agency's name alone on the story's first line ("The Associated Press" under
    the headline, where a staff story prints "By Jane Roe"): the agency wrote the text, so it
    is a credit, as "By The Associated Press" is. Only a known agency (rule files), only
    with the story's paragraphs after it."""
    first = draft.opening()
    if first is None or len(draft.live()) < 2:  # noqa: PLR2004 (the line and a paragraph)
        return
    p, lead = first
    name = p.text[lead:].strip()
    if len(name) > AGENCY_LINE_MAX_CHARS:
        return
    agency = rules.agency(name)
    if agency is None:
        return
    draft.add_credit(agency)
    p.cut_all("credit.agency-line", ledger)


_COUNTER = HEADER_COUNTER  # "0", "141", "1,204", "12.5K"


def _header_counters(draft: Draft, ledger: Ledger) -> None:
    """Bare numbers opening the body, two or three lines in a row over the story's first
    paragraph: the post header's counters (comments, views, shares) with their icons lost.

    Why: tagDiv's Newspaper theme prints the comment count and the view count beside the
    date under every post's title (its single-post template's ``get_comments()`` and
    ``get_views()``; news scrapers in the code corpus drop its ``.td-post-comments`` and
    ``.td-post-views`` for that reason), and as text they stand as "0" and "141" on lines of
    their own: pakistantoday.com's stories opened their body with them. A number alone on a
    line says nothing a reader of the story needs; two in a row at the start are the
    counters (``HEADER_COUNTER_MIN_LINES``), while a listicle's "1" over its first item is
    one, and a number inside the body stays.

    A lone "0" is the comment count with no view count beside it: the same theme's archive
    pages print only the bubble between each headline and its text (portalopoder.com.br,
    unitednetworker.com), and Daily8's reprint of such a page opened the story with "0". A
    listicle numbers its items from one.
    """
    live = draft.live()
    if len(live) <= HEADER_COUNTER_MIN_LINES or not live[0].text[:1].isdigit():
        return
    run = 0
    for q in live[: HEADER_COUNTER_MAX_LINES + 1]:
        if not _COUNTER.fullmatch(q.text.strip()):
            break
        run += 1
    lone_zero = run == 1 and live[0].text.strip() == "0"
    if (run < HEADER_COUNTER_MIN_LINES and not lone_zero) or run > HEADER_COUNTER_MAX_LINES or run == len(live):
        return
    for q in live[:run]:
        q.cut_all("heuristic.header-counters", ledger)


# re, not regex: no regex-only syntax, and re holds the GIL (regex drops and retakes it per call)
_STRAY = re.compile(r"\s*(?:[—–|:;,]|-{1,2})(?:\s+|$)")


def _stray_punctuation(draft: Draft, ledger: Ledger) -> None:
    """A dash or bar left at the body's start once a caption tag before it was cut."""
    live = draft.live()
    if live:
        m = _STRAY.match(live[0].text)
        if m:
            live[0].cut(0, m.end(), "heuristic.stray-punctuation", ledger)


def _leading_stamp(draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    """An absolute stamp opening the body ("Jun 9, 2025 16:21 (JST) Tokyo, ..."), kept with its zone."""
    first = draft.opening()
    if first is None:
        return
    p, lead = first
    found = leading_stamp(p.text, lead)
    if found is None:
        return
    label_end, end = found
    if label_end > lead:
        p.cut(lead, label_end, "heuristic.stamp-label", ledger)
        end -= label_end - lead
    if draft.published_text is None:
        draft.published_text = p.cut(lead, end, None, None)
    else:
        p.cut(lead, end, "heuristic.body-timestamp", ledger)


# A WordPress feed's footer under each post: "The post <title> appeared first on <site>."
# (SecurityWeek, the GitHub Blog and Microsoft's developer blogs print it under every item
# of their feeds, and sites reprinting those feeds keep it), and a republisher's note on
# where the story ran first: "This article is republished from The Conversation under a
# Creative Commons license." (every site reprinting The Conversation), "This story was
# originally published by / on <site>." (CalMatters, ProPublica and KFF Health News partners).
# The rule files cut the line (common.republished-notice); the site it names published it.
# The footer in German too, Yoast SEO's "Der Beitrag <title> erschien zuerst auf <site>." (under
# the items of red.n23.tv's feed pages quoting ZUERST!'s feed; the feeds of inside-digital.de
# and soeren-hentzschel.at): a site's name may end on "!".
_POST_FOOTERS = (
    "appeared first on ", "is republished from ", "was republished from ", "originally published by ",
    "first published by ", "originally published on ", "first published on ", "originally appeared on ",
    "first appeared on ", "originally published in ", "first published in ", "first appeared in ",
    "originally appeared in ", "erschien zuerst auf ",
)  # fmt: skip
_POST_SITE = regex.compile(r"[A-Z0-9][\w&'’.-]{0,40}+(?: [A-Z0-9][\w&'’.-]{0,40}+){0,5}+!?")
# A date where the site would stand ("first published on June 9.", "... on 9 June"): a month
# in the name's first two words.
_MONTH_WORD = regex.compile(rf"(?:\d{{1,2}} )?(?:{'|'.join(MONTH_NAMES)}|{MONTH_STEMS})\.?(?: \d|,|$)")
_SITE_END = regex.compile(r" ?(?:\.|,| under | and | on | in )")


def post_footer_outlets(drafts: list[Draft], ledger: Ledger) -> None:
    """The site a feed's "The post X appeared first on Y." footer, or a republisher's "This
    article is republished from Y ..." note, names is the outlet of the story above it,
    when nothing else on the page named one: the note is the only place a reprint says who
    published it. Never over an outlet the header or an aggregator's line gave (those name
    who the reader saw it from), never a date ("first published on June 9, 2025").

    The notes are found among the page's removals (a handful a page, about 0.6 us to walk),
    not by searching the page's text for their words: each such search of a page cost about
    2.5 us, three of them more than the walk (the German footer's word made the third)."""
    for r in ledger.removals:
        if r.rule != "common.republished-notice":
            continue
        site = _footer_site(r.text)
        if site is None:
            continue
        owner = None
        for d in drafts:
            if d.span != (0, 0) and d.span[0] <= r.start:
                owner = d
        if owner is None or owner.outlet is not None:
            continue
        owner.outlet = site
        ledger.note("heuristic.post-footer-outlet", r.start, r.text, f"outlet {owner.outlet!r}: the footer's site")


def _footer_site(note: str) -> str | None:
    """The site a republishing note names after its marker ("... appeared first on Coast
    Wire."), up to the sentence's end or the licence clause; ``None`` for a date."""
    for marker in _POST_FOOTERS:
        at = note.find(marker)
        if at <= 0:
            continue
        start = at + len(marker)
        if note.startswith("the ", start):  # "... originally published by the Coast Post."
            start += 4
        m = _POST_SITE.match(note, start)
        if m is None:
            return None
        rest = note[m.end() :]
        if rest and _SITE_END.match(rest) is None:
            return None  # the name runs on into words of a sentence: no site read
        site = m.group().rstrip(" .")
        if _MONTH_WORD.match(site) or search_date(note[at + len(marker) :]) is not None:
            return None
        return site
    return None
