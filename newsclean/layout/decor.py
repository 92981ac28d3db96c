"""Titles without decoration, and what an entry's body opens or closes with besides the story.

Sites decorate titles with their own name or a section: "Phys.org / <title>" on every
entry of sciencex.com, "<title> | Cricket News", "<title> : NPR", "<title> – POLITICO",
and opinion pieces with their author ("<title> | Angela Rayner" on the Guardian's entries
in briefly.co). The short side of such a split is taken off when it is known (an outlet in
the rule files), recurs across the page's titles (then a prefix is a section unless it is a
domain, a suffix the site's name), or is a person's name behind a bar (the byline).

Bodies of listing entries open with the outlet in brackets ("(Newser) - ", "[The Jakarta
Post]: ") and close with the link to the full story ("MORE..", "Learn More", "More »").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

from ..draft import Draft
from ..lexicon import BULLET_GLYPHS, MONTH_STEMS
from ..names import masthead, paper_name
from ..para import Ledger, Para
from ..rules import RuleSet
from ..thresholds import (
    DECORATION_MAX_WORDS,
    GLUED_TITLE_MIN_WORDS,
    HEAD_MAX_CHARS,
    HEAD_MIN_WORDS,
    LINK_TAIL_REACH,
    LISTING_MIN_ENTRIES,
    RECURRING_DECORATION,
    STRONG_SHARE,
    TITLE_AFTER_MARKER_MIN,
    TITLED_LINK_REACH,
)
from .oneline import link_end, source_end
from .shapes import kicker_label, may_end_in_link, other_language_link, word_count

# Separators a title's decoration hangs on, with spaces around (a hyphen inside a word is none).
_SEPARATORS = (" / ", " | ", " : ", " – ", " — ", " - ", " :: ")
_PERSON = regex.compile(r"[A-Z][a-z'’-]{1,20}(?:\s[A-Z]\.)?(?:\s[A-Z][a-z'’-]{1,20}){1,2}")


@dataclass(frozen=True)
class Decoration:
    side: str  # "prefix" or "suffix"
    text: str
    field: str  # "outlet", "category" or "byline"


def _split(title: str) -> list[tuple[str, str, str]]:
    """(side, decoration, rest) for each way the title's ends can be split off."""
    out: list[tuple[str, str, str]] = []
    for sep in _SEPARATORS:
        i = title.find(sep)
        if i > 0:
            head, rest = title[:i].strip(), title[i + len(sep) :].strip()
            if rest and word_count(head) <= DECORATION_MAX_WORDS:
                out.append(("prefix", head, rest))
        j = title.rfind(sep)
        if j > 0:
            rest, tail = title[:j].strip(), title[j + len(sep) :].strip()
            if rest and tail and word_count(tail) <= DECORATION_MAX_WORDS:
                out.append(("suffix", tail, rest))
    return out


def page_decorations(titles: list[str]) -> set[tuple[str, str]]:
    """The (side, text) decorations that recur across the page's titles."""
    counts: Counter[tuple[str, str]] = Counter()
    for t in titles:
        counts.update({(side, dec) for side, dec, _ in _split(t)})
    return {k for k, c in counts.items() if c >= RECURRING_DECORATION}


def undecorate(
    title: str,
    recurring: set[tuple[str, str]] | frozenset[tuple[str, str]],
    rules: RuleSet,
    *,
    only_recurring: bool = False,
) -> tuple[str, Decoration | None]:
    """The title without its decoration, and the decoration with the field it fills.
    ``only_recurring``: only a decoration the page's titles share (the header reading has
    read known outlets' and rule files' suffixes already)."""
    for side, dec, rest in _split(title):
        if word_count(rest) < HEAD_MIN_WORDS:
            continue  # "UK / Politics": no title would be left
        if only_recurring and (side, dec) not in recurring:
            continue
        known = rules.outlet(dec)
        if known is not None:
            return rest, Decoration(side, known, "outlet")
        if section_name(dec, rules):
            return rest, Decoration(side, dec, "category")
        if (side, dec) in recurring:
            # a prefix is the section ("Politics - <title>") unless it is shaped as an outlet:
            # a domain or a paper's name ("The Herald – <title>", "Jornal da Serra | <title>":
            # a paper's word in any language, names.paper_name)
            field = "outlet" if side == "suffix" or masthead(dec) or paper_name(dec) else "category"
            return rest, Decoration(side, dec, field)
        if side == "suffix" and " | " in title and _PERSON.fullmatch(dec):
            return rest, Decoration(side, dec, "byline")
    return title, None


def section_name(text: str, rules: RuleSet) -> bool:
    """Whether a title's decoration names a section: one the rule files list ("Politics"),
    or one of them with "News" after it ("Cricket News", "Business News").

    Why: sites hang their section on every title ("<title> | Cricket News" on cricket
    portals, "<title> - Business News" on Indian dailies' <title>s); recurring on the page it
    was read as the site's name, the outlet. A known outlet ("BBC News") is looked up first.
    """
    if rules.is_category(text):
        return True
    return text.endswith(" News") and rules.is_category(text[: -len(" News")])


def apply(draft: Draft, dec: Decoration) -> None:
    if dec.field == "outlet":
        draft.outlet = draft.outlet or dec.text
    elif dec.field == "category":
        draft.category = draft.category or dec.text
    elif dec.text not in draft.byline:
        draft.byline.append(dec.text)


# "(Newser) - ", "[The Jakarta Post]: ", "(Bernama) -- ": the outlet opening an entry's body.
_OUTLET_OPENER = regex.compile(r"[(\[](?P<name>[A-Z][\w.&'’ -]{1,40}?)[)\]]\s?(?:[-–—]{1,2}|:)\s(?=\S)")
# "... unknown. Learn More", "... today (17). MORE..", "... More »": the link to the full story.
# The label may be glued to the teaser's ellipsis: "... whose chiefs have ...Read more" (arcamax.com).
_TEASER_LINK = regex.compile(
    r"(?i)(?:\s|(?<=\.\.\.|…))(?:read more|learn more|more|read full story|full story|continue reading|read the full story|"
    r"view more|see more|(?:read (?:the )?)?full article)\s?(?:»|›|>>|>|\.\.\.?|…|→)?$"
    # "Full Article": the button closing each teaser of Reuters's section pages (ca.reuters.com's
    # Top News, "... political tension.  Full Article") and of the news-card templates in the
    # code corpus (React, PHP and Blade cards print the teaser, then an <a>Full Article</a>)
    # WordPress's excerpt link after the cut, its ellipsis in brackets: "... the government
    # and Read full […]", "... Read […]" (bangsar.net.my's newsfeed; "[…]" is the default
    # excerpt ending of the blogs and portals that run WordPress)
    r"|\s(?:read|read full|read more|continue reading)\s?\[(?:…|\.\.\.)\]$"
    # the link label in brackets, glued or not: "... the town's budget[Read More…]"
    # (keizertimes.com's category pages; Genesis themes' "[Read more...]"), WordPress's own
    # "(more…)" after an excerpt (shelterislandreporter.timesreview.com)
    r"|\s?\[(?:read more|continue reading|more)\s?(?:…|\.\.\.)?\]$|\s\((?:read )?more\s?(?:…|\.\.\.)?\)$"
    # the label glued to the teaser's last word or stop, its capital after a small letter:
    # "... through legal avenuesRead More →" (bharattimes.com's category pages, each teaser's
    # button scraped with no space); without this the bare "More →" matched, "Read" stayed
    r"|(?<=\p{Ll}|[,.;:!?])(?-i:Read [Mm]ore|READ MORE|Continue [Rr]eading)\s?(?:»|›|>>|>|\.\.\.?|…|→)?$"
)
# WordPress's more-link naming the post, glued to the excerpt: "... I am tired of
# cold,Continue reading “Four Weeks and A Wake-up”" (thewritingprofessor55.com's tag pages;
# 'Continue reading “%s”' in the hannover and bornholm themes of the code corpus). The quoted
# title is the entry's own headline again.
_TITLED_LINK = regex.compile(r"(?<=\S)\s?Continue reading\s?[“\x22][^”\x22\n]{1,250}[”\x22]$")
# What a teaser cut short ends with, once its link label is off: an ellipsis, bare or in
# WordPress's brackets ("[…]").
_CUT_ENDS = ("...", "…", "[…]", "[...]")


def teaser_cut(text: str) -> bool:
    """Whether a paragraph ends as a listing's teaser does: cut short ("... the chairman
    told ...", "... on the east […]") or closed by its link to the full story ("...Read
    more", "... Continue reading"). A story's own paragraphs end with their sentence."""
    text = text.rstrip()
    if text.endswith(_CUT_ENDS):
        return True
    m = _link_tail(text)
    return (m is not None and m.start() > 0) or bool(other_language_link(text))


def _link_tail(text: str) -> regex.Match[str] | None:
    """The link label closing ``text`` (see ``_TEASER_LINK``), or WordPress's more-link with the
    post's title in quotes (``_TITLED_LINK``, asked only of a line ending with a quote)."""
    m = _TEASER_LINK.search(text, max(0, len(text) - LINK_TAIL_REACH)) if may_end_in_link(text) else None
    if m is None and text.endswith(("”", '"')):
        m = _TITLED_LINK.search(text, max(0, len(text) - TITLED_LINK_REACH))
    return m


def outlet_opener(draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    """An entry's body opened by its outlet in brackets: the outlet, or an agency's credit."""
    first = draft.opening()
    if first is None:
        return
    p, lead = first
    m = _OUTLET_OPENER.match(p.text, lead)
    if m is None:
        return
    name = m.group("name").strip()
    agency = rules.agency(name)
    if agency is not None:  # "(Reuters) - ": a credit for the agency
        p.cut(lead, m.end(), "layout.agency-opener", ledger)
        draft.add_credit(agency)
        return
    p.cut(m.end("name"), m.end(), "layout.outlet-opener", ledger)  # ") - "
    outlet = p.cut(m.start("name"), m.end("name"), None, None)
    p.cut(lead, m.start("name"), "layout.outlet-opener", ledger)  # "("
    draft.outlet = draft.outlet or rules.outlet(outlet) or outlet


# A card's link label glued before the next card's headline, the two inline elements
# scraped without a space: "Read moreMissing boys found ..." (yourvoice.asia's cards, where
# each teaser's "Read more" button runs into the next title), "Continue ReadingTitle"
# (crikcrowd.com). Only glued to a capital, a digit or an opening quote. The label may carry
# its arrow, with the title glued after it or a space away ("Read More »Pope asks ...": a news
# mirror's world page, 139.162.250.215/world; "Read more »" is the excerpt button of WordPress
# themes and blog-list templates, saksingayon.com glues the bare "Read More" the same way).
GLUED_LINK_LABEL = regex.compile(
    r"(?:Read more|Read More|READ MORE|Continue Reading|Continue reading|Read full story|Read Full Story)"
    r"(?:\s?[»›→]\s?)?(?=[A-Z0-9‘“'\"])"
)


def teaser_link_label(draft: Draft, ledger: Ledger) -> None:
    """A title-less listing entry's teaser without the link label glued before it: "Read More
    →Ninety-two county jail officers ..." (recorded as removed, layout.glued-teaser-label).

    Why: the label closing one card runs into the next card's first line when the scrape
    drops the space between them. Under a title that line is the headline (fill reads the label
    off it there: ghanaweb.mobi's tag pages, yourvoice.asia, crikcrowd.com); on a list of
    title-less teasers it is the teaser, and the label stood at its start on every other
    entry (policemag.com's search pages print "Read More →" under each teaser, half of them
    glued to the next). No teaser opens with a link's words glued to its first word."""
    if draft.title is not None or draft.role != "listing":
        return
    first = draft.opening()
    if first is None:
        return
    p, lead = first
    if p.text[lead : lead + 1] not in ("R", "C"):  # "Read ...", "READ ...", "Continue ..."
        return
    m = GLUED_LINK_LABEL.match(p.text, lead)
    if m is None or len(p.text) - m.end() < TITLE_AFTER_MARKER_MIN:
        return
    p.cut(lead, m.end(), "layout.glued-teaser-label", ledger)


def teaser_link(draft: Draft, ledger: Ledger) -> None:
    """The link to the full story closing a listing entry's teaser."""
    live = draft.live()
    if not live:
        return
    p = live[-1]
    m = _link_tail(p.text)
    if m is not None and m.start() > 0:
        p.cut(m.start(), m.end(), "layout.teaser-link", ledger)
    elif (at := other_language_link(p.text)) is not None:  # "... ciertos. Leer más"
        p.cut(at, len(p.text), "layout.teaser-link", ledger)
    elif draft.title and p.text.rstrip().endswith(draft.title):
        at = _more_link_naming_title(p.text.rstrip(), draft.title)
        if at is not None:
            p.cut(at, len(p.text), "layout.teaser-link", ledger)


# A card link's accessible name, "Read full article: " and the story's title, as news and blog
# card templates write it (aria-label={`Read full article: ${title}`} in React, Vue and plain-JS
# card components of the code corpus; title="Read Full Article: ..." in a JSP news list); Arc
# Publishing's section pages print it before each teaser (gmg-wjxt-prod.cdn.arcpublishing.com).
_TITLED_LINK_LABELS = ("Read full article: ", "Read Full Article: ")


def titled_link_opening(draft: Draft, ledger: Ledger) -> None:
    """A listing entry's teaser without the card link's label and the entry's own title before
    it: "Read full article: Harbour board approves terminalThe Avelin harbour board ..." under
    the headline "Harbour board approves terminal" (recorded as removed,
    layout.teaser-link-titled).

    Why: a scrape that keeps a link's accessible name prints the label and the headline again,
    glued to the teaser's first word; the body opened with them (Arc Publishing's section
    pages). Only the entry's exact title after the label: a teaser that merely opens with "Read
    full article:" and other words keeps them."""
    title = draft.title
    if not title:
        return
    first = draft.opening()
    if first is None:
        return
    p, lead = first
    if p.text[lead : lead + 1] != "R":
        return
    for label in _TITLED_LINK_LABELS:
        if p.text.startswith(label, lead) and p.text.startswith(title, lead + len(label)):
            p.cut(lead, lead + len(label) + len(title), "layout.teaser-link-titled", ledger)
            return


# The words of WordPress's more-link before the post's title (its "Continue reading %s", the
# title in the theme's screen-reader span; some themes print "Read more").
_MORE_LINK_WORDS = ("Continue reading ", "Continue Reading ", "Read more ", "Read More ")


def _more_link_naming_title(text: str, title: str) -> int | None:
    """Where a teaser's closing more-link starts when the link names the entry's own title with
    no quotes round it: "... in calling for … Continue reading Philippines calls for probe"
    under the headline "Philippines calls for probe", or ``None``.

    Why: WordPress's default themes print the more-link as "Continue reading" and the post's
    title (screen-reader text, no quotes), and a scrape keeps both: the aseantoday.info
    category pages closed every teaser with its own headline. The quoted form
    ("Continue reading “Four Weeks and A Wake-up”", thewritingprofessor55.com) is
    ``_TITLED_LINK``'s. Only the entry's exact title after the link's words, after the cut
    teaser's text (the link never opens the teaser)."""
    head = text[: len(text) - len(title)]
    for words in _MORE_LINK_WORDS:
        if head.endswith(words):
            at = len(head) - len(words)
            return at if head[:at].strip() else None
    return None


# The teaser's first word after the headline's last: a capitalised word, or the one-letter
# words a sentence opens with ("... packageA total of ...", "... rulesI was ...").
_GLUE = regex.compile(r"(?<=[a-z]{2}|[a-z][?!])(?=(?:[A-Z][a-z]{1,20}|[AI])\s)")


def _headline_marks(head: str) -> bool:
    """Whether the text before a glue holds only a headline's punctuation: none, a question or
    exclamation mark closing it ("... Harambee Stars?For the first time ..."), a kicker's or a
    quoted lead's colon ("WATCH: ...", "'Devastating': ..."). Any other stop or colon makes
    it a sentence's piece (a dateline's "KATHMANDU: ...", a teaser's sentences).

    Why: listings of search results glue each headline to its teaser, and headlines end in
    "?" and open with kickers and quoted leads as often as not (the wide corpus's search
    pages; daily8_variants' headline swaps on them lost every such title)."""
    body = head[:-1] if head.endswith(("?", "!")) else head
    if any(c in body for c in ".!?;"):
        return False
    colon = body.find(":")
    if colon < 0:
        return True
    lead = body[:colon]
    return ":" not in body[colon + 1 :] and (kicker_label(lead) or lead.endswith(("'", "’", '"', "”")))


def glued_title(draft: Draft) -> None:
    """An entry without a title whose teaser opens with its headline glued to it."""
    if draft.title is not None:
        return
    first = draft.opening()
    if first is None:
        return
    p, lead = first
    text = p.text
    for m in _GLUE.finditer(text, lead, min(len(text), lead + HEAD_MAX_CHARS)):
        head = text[lead : m.start()]
        if not _headline_marks(head) or word_count(head) < GLUED_TITLE_MIN_WORDS:
            continue
        if word_count(text[m.start() :]) < GLUED_TITLE_MIN_WORDS:
            return
        draft.title = p.cut(lead, m.start(), None, None).strip()
        return


# What sets a one-line entry's headline off from its teaser: a spaced dash or a colon.
_TEASER_SEPARATORS = (" - ", " – ", " — ", ": ")
# A rank or bullet opening the line ("1. ", "• ", "(2) "), as fill._TITLE_MARKER reads one.
_LINE_MARKER = regex.compile(rf"(?:[{BULLET_GLYPHS}*]|\#?\d{{1,3}}[.)]|\(\d{{1,3}}\))\s{{1,4}}(?=\S)")


# A place and its date before a colon ("New Delhi, Jun 10", "Chennai, Jun 10", "Washington, Jun
# 9": dev.coastaldigest.com's top stories, each teaser opening so, as the South Asian dailies'
# colon datelines do; fields.dateline reads the form): no headline before its teaser. A weekday
# before the date ("Tuesday, June 8") is a diary's head, and stays one.
_PLACE_DATE = regex.compile(
    rf"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,)\p{{Lu}}[\w'’.-]{{1,20}}(?: \p{{Lu}}[\w'’.-]{{1,20}}){{0,2}},"
    rf" (?:{MONTH_STEMS})[a-z]{{0,6}}\.? \d{{1,2}}"
)


def _headline_before_teaser(text: str, lead: int) -> tuple[int, int, int] | None:
    """(title start, title end, teaser start) when ``text`` opens, after an optional rank or
    bullet, with a headline set off from a teaser sentence by a spaced dash or a colon; else
    ``None``. The headline side is a headline's length, holds no sentence's end, no bracket
    (a dateline's agency: "LONDON (Reuters) - ") and is not all capitals (a dateline); the
    teaser side opens a sentence (a capital, a digit or a quote) and runs some words."""
    m = _LINE_MARKER.match(text, lead)
    start = m.end() if m is not None else lead
    reach = min(len(text), start + HEAD_MAX_CHARS)
    cuts = sorted(i for sep in _TEASER_SEPARATORS if (i := text.find(sep, start, reach)) > start)
    for i in cuts:
        head = text[start:i]
        if word_count(head) < HEAD_MIN_WORDS:
            continue
        if any(c in head for c in "()[]") or head.isupper() or any(s in head for s in (". ", "? ", "! ")):
            return None
        if _PLACE_DATE.fullmatch(head) is not None:
            return None  # "New Delhi, Jun 10: Petrol price ...": a dateline opening the teaser
        j = i + (2 if text.startswith(": ", i) else 3)
        first = text[j : j + 1]
        if not (first.isupper() or first.isdigit() or first in "\"'“‘") or word_count(text[j:]) < GLUED_TITLE_MIN_WORDS:
            continue
        return start, i, j
    return None


def teaser_titles(drafts: list[Draft], ledger: Ledger) -> None:
    """Listing entries printed as one line each, "Headline - Teaser sentence ..." or
    "1. Headline: Teaser ...": the headline is the entry's title (the separator and any rank
    are recorded as removed).

    Why: roundups and digests set each story on one line, its headline run into the teaser
    behind a dash or a colon (newsbreakers.ng's "Google news world us" list, "1. Headline -
    The ..."; theinscribermag.com's "Today's Top Stories", "1. Headline: The ..."), and the
    layout found the entries but gave them no title, the rank and headline left in the body.
    Only when most of the page's untitled listing entries (``STRONG_SHARE``, at least
    ``LISTING_MIN_ENTRIES``) open so: a teaser's own sentence may hold a dash, but a page
    of them all set off the same way after a headline's length is the layout.
    """
    open_ = [d for d in drafts if d.title is None and d.role == "listing"]
    if len(open_) < LISTING_MIN_ENTRIES:
        return
    found: list[tuple[Draft, Para, int, int, int, int]] = []
    for d in open_:
        first = d.opening()
        if first is None:
            continue
        p, lead = first
        cut = _headline_before_teaser(p.text, lead)
        if cut is not None:
            found.append((d, p, lead, *cut))
    if len(found) < LISTING_MIN_ENTRIES or len(found) < STRONG_SHARE * len(open_):
        return
    for d, p, lead, start, end, teaser in found:
        d.title = " ".join(p.text[start:end].split())
        p.cut_many(
            [
                (lead, start, "layout.teaser-title-marker"),
                (start, end, None),
                (end, teaser, "layout.teaser-title-separator"),
            ],
            ledger,
        )


def teaser_trailer(draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    """A one-line entry's close: its source domain ("... force. nyti.ms") is the outlet; a
    link with a date ("... Read more 26 Jan") is chrome and the entry's time."""
    live = draft.live()
    if not live:
        return
    p = live[-1]
    m = link_end(p.text)
    if m is not None and m.start() > 0 and m.group("date"):
        date = m.group("date")
        d0 = m.start("date")
        p.cut(d0, d0 + len(date), None, None)
        draft.published_text = draft.published_text or date
        p.cut(m.start(), d0, "layout.teaser-link-date", ledger)
        return
    s = source_end(p.text)
    if s is not None and s.start() > 0 and rules.is_link_shortener(s.group("source")):
        p.cut(s.start("source"), s.end("source"), "layout.link-shortener", ledger)
    elif s is not None and s.start() > 0 and draft.outlet is None:
        src = s.group("source")
        draft.outlet = rules.outlet(src) or src
        p.cut(s.start("source"), s.end("source"), None, None)
