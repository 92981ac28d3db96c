"""Wire-agency credits at the end of a story ("— Reuters", "REUTERS", "(Bernama)",
"END [Copyright The Jiji Press, Ltd.] Jiji Press") and outlet copyright lines.

A credit counts only when it names a known agency (rule files list them), so a sentence
ending in a capitalised word is never mistaken for one. A copyright line naming a
non-agency gives the outlet instead.
"""

from __future__ import annotations

import regex

from ..draft import Draft
from ..headerlines import COPYRIGHT_LINE
from ..para import Ledger, Para
from ..rules import RuleSet
from ..thresholds import (
    ABOUT_OUTLET_REACH,
    CREDIT_PASSES,
    CREDIT_TAIL_CHARS,
    FIRST_PUBLISHED_REACH,
    INITIALS_CREDIT_REACH,
    MULTI_CREDIT_REACH,
    MULTI_CREDIT_SEARCH_REACH,
    NAME_CREDIT_REACH,
    PHOTO_COLON_REACH,
    PHOTO_TAG_REACH,
    WITH_CREDIT_REACH,
    WORDED_CREDIT_REACH,
)

_DASH = r"(?:—|–|―|-{1,2})"  # what sets a credit off: "— Reuters", "- AFP", "-- Bernama"
_DASH_CREDIT = regex.compile(rf"(?:^|(?<=\s)){_DASH}\s?(?P<agency>[A-Za-z][\w.&' ]{{1,40}}?)\s*$")
_CAPS_CREDIT = regex.compile(r"(?:^|(?<=\s))(?P<agency>[A-Z][A-Z-]{1,20}(?:\s[A-Z]{2,20})?)\s*$")
_PAREN_CREDIT = regex.compile(r"(?:^|(?<=\s)|(?<=[.!?'\"’”]))\((?P<agency>[^()]{2,40})\)\s*$")
_COPYRIGHT_TAG = regex.compile(
    r"(?:^|(?<=\s))(?:END\s)?\[(?:Copyright|©)\s(?P<who>[^\]]{2,80})\](?:\s(?P<tail>[A-Z][\w .&-]{0,40}))?\s*$"
)
_COPYRIGHT_LINE = COPYRIGHT_LINE  # see headerlines: the layout reads the same lines
# The same at the end of a paragraph: "... said. Copyright 2025 The Associated Press. All rights reserved."
_COPYRIGHT_TAIL = regex.compile(
    r"(?<=[.!?'\"’”]\s)(?:Copyright|©)\s(?:©\s)?(?:\d{4}\s)?(?P<who>[A-Z][\w .&'’-]{1,60}?)\.?"
    r"(?:\s?All [Rr]ights [Rr]eserved\.?)\s*$"
)


_END_MARK = regex.compile(r"(?:^|(?<=\s))END\s*$")
# Several agencies at once: "— AFP/Reuters", "(Reuters, AFP)", "AFP/ST" (the outlet's own desk),
# set off by a dash or brackets, or standing after the last sentence.
_MULTI_CREDIT = regex.compile(
    rf"(?:^|(?<=[.!?'\"’”]\s)|(?<=\s)(?=—|–|―|-|\())(?:{_DASH}\s?)?(?P<open>\()?(?P<agencies>[A-Z][\w.&']{{1,20}}(?:\s?[/,]\s?[A-Z][\w.&']{{1,20}}){{1,3}})"
    r"(?(open)\))\s*$"
)
# A credit said in words: "— With files from Reuters", "Source: AFP", "Additional reporting by AP",
# "(With inputs from PTI)", maybe naming several agencies ("with inputs from PTI and Reuters").
_WORDED_CREDIT = regex.compile(
    rf"(?:^|(?<=\s))(?:{_DASH}\s?)?(?P<open>\()?(?:[Ww]ith (?:files|reporting|inputs) from|[Aa]dditional reporting by|"
    r"(?:Sources?|Quelle)\s?:)\s(?P<agency>[A-Za-z][\w.&' ,/-]{1,60}?)\.?(?(open)\))\.?\s*$"
)
# "The Associated Press contributed to this report." closing the story.
_CONTRIBUTED = regex.compile(
    r"(?:^|(?<=[.!?'\"’”]\s))(?:The\s)?(?P<agency>[A-Z][\w&' ,/-]{1,60}?)\s(?:contributed|also contributed)"
    r"\sto\sthis\s(?:report|story|article)\.?\s*$"
)
# A wire's note closing its copy: "This report by The Canadian Press was first published
# June 9, 2025." It credits the agency for the text, and is no sentence of the story.
_FIRST_PUBLISHED = regex.compile(
    r"(?:^|(?<=[.!?'\"’”]\s))(?:This|The) (?:report|story|article) by (?P<agency>[A-Z][\w&' .-]{1,60}?)"
    r" was (?:first|originally) published(?: (?:on|in) [^.\n]{1,60}?| [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?\.?\s*$"
)
_AGENCY_LIST = regex.compile(r"\s?(?:,|/|&|\band\b|\bund\b)\s?")
# The story written "with" an agency's copy, in brackets closing it, maybe after the outlet's
# own name in capitals: "(with AFP)", "(With AFP and Reuters)", "(FRANCE 24 with AFP, Reuters)", "(with
# newswires)"; or after a dash: "— with AFP". Read by _peel_with.
_WITH_CREDIT = regex.compile(
    rf"(?:^|(?<=[\s.!?'\"’”]))(?:(?P<open>\()|{_DASH}\s?)(?:[A-Z][A-Z0-9.&']{{0,20}}(?:\s[A-Z0-9][A-Z0-9.&']{{0,20}}){{0,2}}\s)?"
    r"[Ww]ith\s(?P<agency>[A-Za-z][\w.&' ,/-]{1,60}?)(?(open)\))\.?\s*$"
)
# What such a credit may name instead of an agency: the wires at large (RFI's "(with newswires)").
_WIRES_AT_LARGE = frozenset(("newswires", "news wires", "wires", "agencies", "wire services", "news agencies"))
# An agency's name alone after the last sentence, in title case: "... said. Reuters".
_NAME_CREDIT = regex.compile(r"(?<=[.!?'\"’”]\s)(?P<agency>[A-Z][\w.&' ]{1,40}?)\s*$")
# An outlet's "about us" blurb closing a story: "The Associated Press is an independent
# global news organization ...". It describes the publisher, not the story.
_ABOUT = regex.compile(
    r"(?:The\s)?(?P<who>[A-Z][\w&.'’-]{0,30}(?:\s[A-Z][\w&.'’-]{0,30}){0,4})\s(?:is|are)\s(?:an?|the)\s(?P<what>[^.]{0,160})"
)
_ABOUT_WORDS = ("news", "media", "journalism", "publisher", "organization", "organisation", "agency")
# The same blurb after the block's own outlet named in whatever shape it has ("France 24 is
# ...", "news.com.au is ..."): what follows the name.
_ABOUT_REST = regex.compile(r"\s(?:is|are)\s(?:an?|the)\s(?P<what>[^.]{0,160})")


def strip_credits(draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    """Peel credits off the end of the body until none is left."""
    for _ in range(CREDIT_PASSES):
        live = draft.live()
        if not live:
            return
        p = live[-1]
        last = draft.credits_checked
        if last is not None and last[0] is p and last[1] == p.text and last[2] == draft.outlet:
            return  # nothing changed at the end since a pass found no credit there
        if not _peel(p, draft, rules, ledger):
            draft.credits_checked = (p, p.text, draft.outlet)
            return


def _peel(p: Para, draft: Draft, rules: RuleSet, ledger: Ledger) -> bool:
    """Cut one credit off the end of ``p`` (the kinds tried in order); whether one was cut."""
    text = p.text.rstrip()
    tail = max(0, len(text) - CREDIT_TAIL_CHARS)
    return (
        _peel_copyright(p, text, tail, draft, rules, ledger)
        or _peel_worded(p, text, tail, draft, rules, ledger)
        or _peel_with(p, text, draft, rules, ledger)
        or _peel_agency(p, text, tail, draft, rules, ledger)
        or _peel_end(p, text, tail, draft, rules, ledger)
        or _peel_initials(p, text, draft, ledger)
        or _peel_cut_bracket(p, text, ledger)
    )


def _peel_copyright(p: Para, text: str, tail: int, draft: Draft, rules: RuleSet, ledger: Ledger) -> bool:
    """A copyright line or tail ("© 2025 Harbour Post", "[Copyright ...]"): its holder is an
    agency's credit or the outlet; a copyright line of its own under a listing's or related
    list's entry is the site's footer, which credits no entry (``_site_footer``)."""
    if len(text) < CREDIT_TAIL_CHARS and _COPYRIGHT_LINE.fullmatch(p.clean):
        who = _COPYRIGHT_LINE.fullmatch(p.clean)
        assert who is not None
        if not _site_footer(draft):
            _credit_or_outlet(who.group("who"), draft, rules)
        p.cut_all("credit.copyright", ledger)
        return True
    end = text[tail:]
    # Each pattern is tried only when the tail has the character it cannot match without:
    # the searches scan up to 300 characters with lookbehinds, the tests are substring checks.
    m = _COPYRIGHT_TAIL.search(text, tail) if "Copyright" in end or "©" in end else None
    if m:
        _credit_or_outlet(m.group("who"), draft, rules)
        p.cut(m.start(), len(p.text), "credit.copyright", ledger)
        return True
    m = _COPYRIGHT_TAG.search(text, tail) if "[" in end else None
    if m:
        _credit_or_outlet(m.group("tail") or m.group("who"), draft, rules, also=m.group("who"))
        p.cut(m.start(), len(p.text), "credit.copyright", ledger)
        return True
    return False


def _site_footer(draft: Draft) -> bool:
    """Whether a copyright line standing as a paragraph of its own is the page's footer
    rather than the entry's credit: on a listing, and under a related entry, the site's
    notice ("Copyright © 2025 Coast Post. All rights reserved.") follows the last entry only
    because the page ends there.

    Why: daily8_variants' furniture probe set such a footer under the wide corpus's listings:
    20 of 27 pages gave the last entry the site as its outlet, one over the outlet its own
    opener named. A story's copyright line ("Copyright 2025 The Canadian Press") stays its
    credit: a reprinted story ends with its source's notice."""
    return draft.role != "main"


def _peel_worded(p: Para, text: str, tail: int, draft: Draft, rules: RuleSet, ledger: Ledger) -> bool:
    """Credits in words ("Source: ...", "with inputs from ...", "AFP/Reuters"), tried only
    where the tail has what they cannot match without."""
    end = text[tail:]
    last = text[text.rfind(" ") + 1 :]
    multi = "/" in last or (last[-1:] == ")" and "," in text[-MULTI_CREDIT_REACH:])  # "AFP/Reuters", "(Reuters, AFP)"
    named = last[:1].isupper() and last[-1:].isalpha() and len(text) > len(last)  # "... said. Reuters"
    worded = (
        "Source" in end
        or "Quelle" in end
        or "files from" in end
        or "reporting by" in end
        or "reporting from" in end
        or "inputs from" in end
        or "contributed to" in end
        or "published" in end
    )
    return bool(multi or named or worded) and _worded_credits(
        p, text, tail, (multi, named, worded), draft, rules, ledger
    )


# The longest match of _DASH_CREDIT (a dash of two characters, a space and an agency of 41),
# _PAREN_CREDIT (42 with its brackets) and _CAPS_CREDIT (two words of 21): each ends at the
# text's end, and the text has no trailing space left for their ``\s*`` (``str.rstrip``
# strips every character ``\s`` matches), so none starts further back than this.
_AGENCY_CREDIT_MAX_CHARS = 44


def _peel_agency(p: Para, text: str, tail: int, draft: Draft, rules: RuleSet, ledger: Ledger) -> bool:
    """An agency the rule files know closing the story: "— Reuters", "(Bernama)", "AFP".
    The patterns are searched from ``_AGENCY_CREDIT_MAX_CHARS`` before the end, not from the
    tail's start: each is tried at every position it is searched from (a lookbehind first, no
    literal to skip to), some 9 microseconds over a tail of 300 characters against 1 (timed)."""
    end = text[tail:]
    last = text[-1:]
    start = max(tail, len(text) - _AGENCY_CREDIT_MAX_CHARS)
    for pattern, needed in ((_DASH_CREDIT, "-" in end or "—" in end or "–" in end or "―" in end), (_PAREN_CREDIT, last == ")"),
                            (_CAPS_CREDIT, last.isupper())):  # fmt: skip
        m = pattern.search(text, start) if needed else None
        if m:
            agency = rules.agency(m.group("agency"))
            if (
                agency is not None
                and (m.start() > 0 or len(draft.live()) > 1)
                and not _photo_tag_before(text, m.start())
            ):
                draft.add_credit(agency)
                p.cut(m.start(), len(p.text), "credit.agency", ledger)
                return True
    return False


# An unlisted agency's or broadcaster's initials in brackets after the story's last sentence:
# "... in the preceding seven days. (NHK)" (newsonjapan.com's teasers), "... og teknologi.
# (NTB)" (nrk.no). Capitals only, set off by a sentence's end, closing the paragraph.
_INITIALS_CREDIT = regex.compile(r"(?<=[.!?'\"’”]\s)\((?P<agency>[A-Z]{2,6})\)\s*$")
# Bracketed capitals that label the story's media or state ("(VIDEO)", a wire's "(END)"),
# no one who wrote it.
_NOT_INITIALS = frozenset("VIDEO PHOTO PHOTOS AUDIO LIVE WATCH UPDATE UPDATED FILE PIC PICS END ENDS MORE".split())


def _peel_initials(p: Para, text: str, draft: Draft, ledger: Ledger) -> bool:
    """Bracketed initials closing the story after its last sentence ("... days. (NHK)"): a
    wire or broadcaster's credit that no rule file lists, as Norway's NTB and Japan's NHK
    sign the copy others reprint. Only after a sentence's end: "... said the World Health
    Organization (WHO)." names a body, and "(WHO) said" opens a clause."""
    if text[-1:] != ")":
        return False
    m = _INITIALS_CREDIT.search(text, max(0, len(text) - INITIALS_CREDIT_REACH))
    if m is None or m.group("agency") in _NOT_INITIALS:
        return False
    draft.add_credit(m.group("agency"))
    p.cut(m.start(), len(p.text), "credit.initials", ledger)
    return True


def _peel_cut_bracket(p: Para, text: str, ledger: Ledger) -> bool:
    """An opening bracket alone after the story's last sentence ("... by a year. ("): the
    credit tag ("(Kyodo)", "[AP]") that a teaser list cut short at its length limit. Nothing
    is left of the credit to read, and a bracket that opens nothing is no story text; a
    bracket right after a word ("the plan (") is left, since that cut was mid-sentence."""
    before = text[-3:-1]  # the sentence's last mark and the space after it
    if text[-1:] not in "([" or before[1:] != " " or before[:1] not in _SENTENCE_END:
        return False
    p.cut(len(text) - 1, len(p.text), "credit.cut-bracket", ledger)
    return True


# What closes a sentence before a credit tag.
_SENTENCE_END = frozenset(".!?'\"’”")


def _peel_with(p: Para, text: str, draft: Draft, rules: RuleSet, ledger: Ledger) -> bool:
    """A credit saying the story was written with an agency's copy, closing it: "(with AFP)",
    "(FRANCE 24 with AFP, Reuters)", "— with Reuters", "(with newswires)".

    Why: RFI's English stories close so ("(with newswires)", "(with AFP)": on Daily8 through
    Yahoo's copy) and France 24's ("(FRANCE 24 with AFP)", a closing signature that scrapers'
    cleaning code in two public repositories names); the worded-credit reader knows "with files
    from"/"with inputs from" only, so the bracket stayed as the body's last line, and "— with
    AFP" lost its agency to the dash reader, leaving "— with" in the body. The agencies must be
    known ones, or the wires at large (``_WIRES_AT_LARGE``: cut, nobody credited). Tried only
    where "with" stands in the last ``WITH_CREDIT_REACH`` characters."""
    start = max(0, len(text) - WITH_CREDIT_REACH)
    if "ith " not in text[start:]:
        return False
    m = _WITH_CREDIT.search(text, start)
    if m is None or (m.start() == 0 and len(draft.live()) < 2):  # noqa: PLR2004 (a line alone is no story's credit)
        return False
    named = m.group("agency").strip().rstrip(".")
    agencies = [] if named.lower() in _WIRES_AT_LARGE else _agencies(named, rules)
    if not agencies and named.lower() not in _WIRES_AT_LARGE:
        return False
    for agency in agencies:
        draft.add_credit(agency)
    p.cut(m.start(), len(p.text), "credit.with", ledger)
    return True


def _peel_end(p: Para, text: str, tail: int, draft: Draft, rules: RuleSet, ledger: Ledger) -> bool:
    """A wire's "-END-" mark, or the outlet's "about us" blurb as the last paragraph."""
    m = _END_MARK.search(text, tail) if text.endswith("END") else None
    if m and m.start() > 0:
        p.cut(m.start(), len(p.text), "credit.end-mark", ledger)
        return True
    head = text[:ABOUT_OUTLET_REACH]
    if (" is a" in head or " is the" in head or " are " in head) and _about_outlet(p.clean, draft, rules):
        p.cut_all("credit.about-outlet", ledger)
        return True
    return False


# A photo tag right before a name: "Photo: AFP" credits the picture, not the text.
_PHOTO_TAG_END = regex.compile(r"(?:PHOTOS?|Photos?|PICTURES?|Pictures?|PIC|Pic|IMAGES?|Images?|FOTOS?|Fotos?)\s?:\s?$")


def _photo_tag_before(text: str, pos: int) -> bool:
    return (
        ":" in text[max(0, pos - PHOTO_COLON_REACH) : pos]
        and _PHOTO_TAG_END.search(text, max(0, pos - PHOTO_TAG_REACH), pos) is not None
    )


def _worded_credits(
    p: Para, text: str, tail: int, tries: tuple[bool, bool, bool], draft: Draft, rules: RuleSet, ledger: Ledger
) -> bool:
    """Credits the single-agency patterns miss: several agencies, an agency's name in title
    case after the last sentence, or a credit in words. Each names a known agency."""
    multi, named, worded = tries
    m = _MULTI_CREDIT.search(text, max(tail, len(text) - MULTI_CREDIT_SEARCH_REACH)) if multi else None
    if m:
        named_ones = [rules.agency(a) for a in regex.split(r"\s?[/,]\s?", m.group("agencies"))]
        if any(named_ones) and (m.start() > 0 or len(draft.live()) > 1):
            for a in named_ones:
                if a:
                    draft.add_credit(a)
            p.cut(m.start(), len(p.text), "credit.worded", ledger)
            return True
    for pattern, needed, start in (
        (_NAME_CREDIT, named, len(text) - NAME_CREDIT_REACH),
        (_WORDED_CREDIT, worded, len(text) - WORDED_CREDIT_REACH),
        (_CONTRIBUTED, worded, len(text) - WORDED_CREDIT_REACH),
        (_FIRST_PUBLISHED, worded, len(text) - FIRST_PUBLISHED_REACH),
    ):
        m = pattern.search(text, max(tail, start)) if needed else None
        agencies = _agencies(m.group("agency"), rules) if m else []
        if m and agencies and (m.start() > 0 or len(draft.live()) > 1):
            for agency in agencies:
                draft.add_credit(agency)
            p.cut(m.start(), len(p.text), "credit.worded", ledger)
            return True
    return False


def _agencies(names: str, rules: RuleSet) -> list[str]:
    """The agencies ``names`` lists ("PTI", "PTI and Reuters", "AFP, dpa"); none unless every name is one.

    "agencies" may stand among them ("PTI and agencies"): it credits no one more.
    """
    one = rules.agency(names)
    if one is not None:
        return [one]
    found = []
    for part in _AGENCY_LIST.split(names):
        if part.strip().lower() in ("agencies", "agency", "wires"):
            continue
        agency = rules.agency(part)
        if agency is None:
            return []
        found.append(agency)
    return found


def _about_outlet(text: str, draft: Draft, rules: RuleSet) -> bool:
    """Whether a paragraph is a publisher's blurb about itself.

    Its subject must be the block's own outlet or a known agency or outlet, and its first
    sentence must say what kind of publisher it is, so a story's closing sentence about a
    company ("Acme is a maker of ...") stays body. The caller has checked that the opening
    holds " is a", " is the" or " are ".
    """
    own_name = _own_name_opening(text, draft.outlet)
    rest = _ABOUT_REST.match(text, own_name) if own_name else None
    if rest is not None and any(w in rest.group("what").lower() for w in _ABOUT_WORDS):
        return True  # the block's own outlet, whatever its name's shape
    m = _ABOUT.match(text)
    if m is None or not any(w in m.group("what").lower() for w in _ABOUT_WORDS):
        return False
    who = m.group("who")
    own = draft.outlet is not None and _key_name(draft.outlet) == _key_name(who)
    return own or rules.agency(who) is not None or rules.outlet(who) is not None


def _own_name_opening(text: str, outlet: str | None) -> int:
    """Where the block's own outlet's name ends when the paragraph opens with it ("The Coast
    Post is ...", "France 24 is ...", "news.com.au is ..."), else 0.

    Why: the blurb's subject was read by a name's shape (capitalised words), which outlets
    named with a digit ("France 24", "9News") or by their address in lower case do not
    have; an outlet names itself as it prints its name on the block's header.
    """
    if not outlet:
        return 0
    lead = 4 if text[:4] == "The " and not outlet.startswith(("The ", "the ")) else 0
    end = lead + len(outlet)
    return end if text[lead:end].casefold() == outlet.casefold() else 0


def _key_name(name: str) -> str:
    return name.casefold().removeprefix("the ").strip()


def _credit_or_outlet(name: str, draft: Draft, rules: RuleSet, *, also: str | None = None) -> None:
    agency = rules.agency(name) or (rules.agency(also) if also else None)
    if agency is None and also:
        agency = rules.agency(regex.sub(r",?\s(?:Ltd|Inc|Co|Corp)\.?$", "", also))
    if agency is not None:
        draft.add_credit(agency)
    elif draft.outlet is None:
        draft.outlet = rules.outlet(name.strip()) or name.strip()
