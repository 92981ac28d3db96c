"""The dateline that opens a body: "SEOUL — ", "TAIPEI : ", "SEOUL, June 9 — ",
"MELBOURNE, Aug 14 (Reuters) - ", "KAKOGAWA, Hyogo -- ", "Tokyo, June 9 (Jiji Press)--",
and date-only openings ("Jun. 10—"). The place goes to ``dateline.location``, an agency in
parentheses to ``credits``; the body starts after the dash or colon.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from ..draft import Draft
from ..lexicon import MONTH_STEMS
from ..para import Ledger, Para
from ..rules import RuleSet
from ..thresholds import (
    AGENCY_DATELINE_REACH,
    DATELINE_PLACE_MIN_CHARS,
    DATELINE_SLASHED_PLACE_MIN_CHARS,
    GLUED_CREDIT_REACH,
)

_MONTH = rf"(?:{MONTH_STEMS})[a-z]{{0,6}}\.?"
# any script's capitals: "SÃO PAULO", "ZÜRICH"; a hyphen inside ("WINSTON-SALEM") but never last,
# so the dashes of Business Wire's "NEW YORK--(BUSINESS WIRE)--" are no part of the place
_CAPS = r"\p{Lu}[\p{Lu}'’.\-]{0,19}[\p{Lu}'’.]"
# the year only in press-release wires' form ("TORONTO, May 23, 2025 /CNW/ - ")
_DATE = rf",\s(?P<date>(?:{_MONTH}\s\d{{1,2}}|\d{{1,2}}\s{_MONTH})(?:,\s\d{{4}})?)"
# "(dpa)", "(epd)" write lowercase; "()" is a template's agency slot left empty ("ABILENE, Texas () –");
# press-release wires set theirs in slashes ("/PRNewswire/", "/CNW/", "/PRNewswire-HISPANIC PR WIRE/")
# Business Wire's form: the wire's name in capitals, in brackets glued between dashes to the
# place, "NORTHBROOK, Ill.--(BUSINESS WIRE)--IDEX ..." (its feed as 2sbdigest.com's Drupal
# aggregator reprints it) or "TAMPA, Fla.–(BUSINESS WIRE)–" on a line of its own over the
# release (marketnewsdesk.com). The place stayed in the body, or was read as "NEW YORK--".
# Capitals only inside the brackets: a hyphen before a bracketed word in prose stays prose.
_WIRE_BRACKET = r"(?:—|–|-{1,2})\((?P<agency>[A-Z][A-Z .&-]{1,38})\)"
_AGENCY = (
    r"(?:\s?\((?:(?P<agency>[A-Z][^()\n]{0,38}|[a-z]{2,5})|\s?)\)"
    r"|\s/(?P<agency>[A-Z][A-Za-z]{1,20}(?:[\s-][A-Za-z]{1,12}){0,4})/"
    rf"|{_WIRE_BRACKET})"
)
# The Ghana News Agency's form: its initials after the date's comma, no brackets, "Accra, May 9,
# GNA - The ..." and "KOFORIDUA, Dec. 3, GNA – ..." (gna.org.gh and ghananewsagency.org, and the
# Ghanaian sites that run its copy). Only after a date and before the dash: capitals there
# name the wire, as the bracketed forms' do.
_COMMA_AGENCY = r",\s(?P<agency>[A-Z]{2,6})(?=\s?(?:—|–|―|-{1,2}))"
_SEP = r"\s?(?P<sep>—|–|―|-{1,2}|:)\s*"  # "―": the horizontal bar some Asian outlets print
_START = r"(?=[\"'‘“A-Z0-9$£€]|$)"  # the body, or the paragraph ends (dateline on its own line)
# The template's date slot left empty, its comma kept before the dash: "KUALA LUMPUR, — The
# ..." (yourvoice.asia's teasers, where the CMS dropped the date), as "ABILENE, Texas () –"
# leaves the agency's. Only before a dash: "PLACE, :" is no form any page prints.
_EMPTY_DATE = r"(?:,(?=\s?(?:—|–|―|-{1,2})\s))"
# Places joined by a slash for a story filed from two or three cities at once: Reuters' form
# "WASHINGTON/BEIJING (Reuters) - " (its copy on Yahoo's feed, ladailypost.com's aggregator
# pages) and "NEW YORK/LONDON - " (in.reuters.com's news schedules). Each part after the
# slash is a capital and then three more, so "HIV/AIDS" or "AC/DC" never fit (see
# ``_slashed_places``); a '/' separates the parts, so the repeat cannot restart.
_SLASHED = rf"(?:/\p{{Lu}}[\p{{Lu}}'’.\-]{{{DATELINE_SLASHED_PLACE_MIN_CHARS - 1},20}}(?:\s{_CAPS}){{0,3}}){{0,2}}"
# All-caps place, optional region/date/agency: the form agencies and most outlets use.
CAPS_DATELINE = regex.compile(
    rf"(?P<place>{_CAPS}(?:\s{_CAPS}){{0,3}}{_SLASHED})(?:,\s(?P<region>[A-Z][A-Za-z.]{{1,20}}(?:[\s/][A-Z][A-Za-z.]{{1,20}}){{0,2}}))?"
    rf"(?:{_DATE}(?:{_COMMA_AGENCY})?)?(?:{_AGENCY})?{_EMPTY_DATE}?{_SEP}{_START}"
)
# The date set off by dashes after the place, with its year: "CHICAGO – June 15, 2015 – The ...",
# "MOUNTAIN VIEW, Calif. – July 24, 2008 – CyberSource ..." (press releases as companies file them,
# sec.gov and capedge.com exhibits), or closed by a full stop: "URBANA - October 7, 2011. Governor
# ..." (Illinois releases, rcreader.com and illinois.gov). Tried only after CAPS_DATELINE took the
# place alone and a month opens what follows it (see ``_dashed_date``).
_DASHED_DATE_DATELINE = regex.compile(
    rf"(?P<place>{_CAPS}(?:\s{_CAPS}){{0,3}})(?:,\s(?P<region>[A-Z][A-Za-z.]{{1,20}}(?:\s[A-Z][A-Za-z.]{{1,20}}){{0,2}}))?"
    rf"\s(?:—|–|―|-{{1,2}})\s(?P<date>{_MONTH}\s\d{{1,2}},\s\d{{4}})"
    rf"(?:\s(?P<sep>—|–|―|-{{1,2}})\s|(?P<sep>\.)\s)(?=[\"'‘“A-Z0-9$£€])"
)
# Title-case place only with a date after it ("Tokyo, June 9 (Jiji Press)--"); the colon
# form ("Karachi, July 25: ", "Lahore, Jan 3: ") is South Asian dailies' and their listings'
# teasers' (see ``_title_colon_dateline``).
_TITLE_DATELINE = regex.compile(
    rf"(?P<place>[A-Z][a-z]{{1,20}}(?:\s[A-Z][a-z]{{1,20}}){{0,2}}){_DATE}(?:{_AGENCY}|{_COMMA_AGENCY})?\s?(?P<sep>—|–|―|-{{1,2}}|:)\s*{_START}"
)
# Words a title-case "Word, June 9: " opening holds that name no place: a weekday opens a
# diary or a live blog's entry ("Monday, June 9: ..."), the others are labels.
_NOT_COLON_PLACES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# The Indian wires' form: no dash after the agency ("NEW DELHI, June 9 (PTI) The ...",
# "Kolkata, Jun 9 (IANS) Prime ..."); taken only when the agency is a known one, and a
# title-case place only with its date ("Jane Roe (AP) ..." opens a caption).
_AGENCY_DATELINE = regex.compile(
    rf"(?:(?P<place>{_CAPS}(?:\s{_CAPS}){{0,3}})(?:{_DATE})?|(?P<place>[A-Z][a-z]{{1,20}}(?:\s[A-Z][a-z]{{1,20}}){{0,2}}){_DATE})"
    rf"{_AGENCY}"
    rf"(?P<sep>\s)\s*(?=[\"'‘“A-Z0-9$£€])"
)
# ANI's form, reprinted across Indian sites: "New Delhi [India], : ", "Manchester [UK], : ".
# With the state in brackets and the wire after the date, as ANI files it in full: "Chennai
# (Tamil Nadu) [India], August 19 (ANI/NewsVoir): " (ANI's press-release pages reprinted in the
# code corpus), "Damascus [Syria], June 9 (ANI): " (a news feed's copy in the code corpus),
# "Bengaluru (Karnataka) [India], June 1: " (press releases on two more sites there); the
# state and the wire stayed in the body, which opened "New Delhi [India], August 12 (ANI): ".
_BRACKET_DATELINE = regex.compile(
    r"(?P<place>[A-Z][a-z]{1,20}(?:\s[A-Z][a-z]{1,20}){0,2}(?:\s\([A-Z][A-Za-z]{1,20}(?:\s[A-Z][A-Za-z]{1,20}){0,2}\))?"
    r"\s\[[A-Z][\w .]{1,20}\])(?:,\s?(?P<date>[A-Z][a-z]{2,8}\.?\s\d{1,2}))?"
    r"(?:\s?\((?P<agency>[A-Z][A-Za-z]{1,20}(?:/[A-Z][A-Za-z]{1,20})?)\))?"
    r",?\s?(?P<sep>:|—|–)\s*(?=[\"'‘“A-Z0-9$£€]|$)"
)
# A place in title case set off by a spaced dash, as AFP's English copy prints it ("Rabat –
# Senegal coach ...", africaninsider.com, supersport.com): one or two words, never a word a
# sentence or a label opens with. Not with a colon: "Thema: ...", "Fazit: ..." are labels.
# The place may name its country after a comma, and then a spaced hyphen sets it off too
# ("Islamabad, Pakistan – After four days ..." on islamkhabar.com's archive pages, "Monrovia,
# Liberia - A recent audit ..." and "Abuja, Nigeria - ..." under africanewstoday.com's titles,
# where the place stayed in each teaser): see ``_titled_place``.
# re, not regex: no regex-only syntax, and re holds the GIL (regex drops and retakes it per call)
_TITLE_PLACE = re.compile(
    r"(?P<place>[A-Z][a-zà-ÿ]{3,20}(?:\s[A-Z][a-zà-ÿ]{2,20})?(?P<region>,\s[A-Z][a-zà-ÿ]{2,20}(?:\s[A-Z][a-zà-ÿ]{2,20})?)?)"
    r"(?P<sep>\s[–—-])\s(?=[\"'‘“A-Z0-9])"
)
_NOT_TITLE_PLACES = frozenset(
    "summary note update updated editor warning watch listen read also related source photo photos video image "
    "credit key highlights why what how who when where here today yesterday tomorrow meanwhile however earlier "
    "later now breaking exclusive opinion analysis this that these those there then but and the our your my his "
    "her its their said says question answer verdict result results score background context explainer review "
    "correction clarification disclaimer sources sponsored advertisement live timeline factbox".split()
)
# A date alone, maybe with the agency: "Jun. 10—", "Aug 21 (Reuters) - ", "July 26 (UPI) -- ".
# A bare hyphen sets it off only after an agency ("May 27-28" is a range).
_DATE_ONLY = regex.compile(
    rf"(?P<date>{_MONTH}\s\d{{1,2}}(?:,\s\d{{4}})?)(?:{_AGENCY}\s?(?P<sep>—|–|―|-{{1,2}})|\s?(?P<sep>—|–|--))\s?{_START}"
)
# The agency alone in brackets before the dash, no place and no date: "(Bloomberg) -- ",
# "(Reuters) - ". Bloomberg's copy as syndicated (Yahoo Finance, BNN Bloomberg, reprints on
# autoblogs such as howisannierecords.com) and Reuters' copy where the reprinting site cut the
# place off the dateline. Taken only for a known agency (rule files' ``[agencies]``): the
# agency is a credit and there is no dateline, as with "Aug 21 (Reuters) - ".
_AGENCY_ONLY = regex.compile(rf"\((?P<agency>[A-Z][A-Za-z .&-]{{1,38}})\)\s?(?P<sep>—|–|―|-{{1,2}})\s?{_START}")
# ABC News' form, as its radio network's affiliate sites print its stories: the place alone in
# brackets before the dash, "(SANFORD, Fla.) -- The six jurors ..." (abcnewsradioonline.com)
# and "(NEW YORK) — Maryland police ...", "(CHARLOTTE, N.C.) — A vigil ..." (wfin.com, in the
# pages corpus), most of them glued to the lead photo's credit (see ``_GLUED_CREDIT``). A
# place in capitals, maybe its region; taken only with the rule files, and never for a known
# agency ("(AFP) — " is _AGENCY_ONLY's: a credit, no place; see ``_taken``).
_PAREN_DATELINE = (
    rf"\((?P<place>{_CAPS}(?:\s{_CAPS}){{0,3}})(?:,\s(?P<region>[A-Z][A-Za-z.]{{1,20}}(?:\s[A-Z][A-Za-z.]{{1,20}}){{0,2}}))?\)"
    rf"\s?(?P<sep>—|–|―|-{{1,2}})\s?{_START}"
)
# The lead photo's credit glued to that bracket with no space, its caption gone: "Getty
# Images(SANFORD, Fla.) -- ", "Hagerstown Police Department(NEW YORK) — ", "iStock/Thinkstock
# (CHARLOTTE, N.C.) — " as wfin.com prints it with no space: up to six words, the last touching
# the bracket (a sentence's words before a bracket keep their space).
_GLUED_CREDIT = r"[\w][\w'’.&/-]{0,30}(?:\s[\w'’.&/-]{1,30}){0,5}(?=\(\p{Lu})"


@lru_cache(maxsize=1)
def _paren_forms() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """``_PAREN_DATELINE`` and ``_GLUED_CREDIT`` compiled when an opening first asks (a bracket
    opening the body, or glued near its start): a process whose pages print neither pays for
    neither (compiling them at import cost some 10K instructions a page, compare.py)."""
    return regex.compile(_PAREN_DATELINE), regex.compile(_GLUED_CREDIT)


# The agency's name alone where the place would stand, no brackets: "REUTERS - The ...",
# "Reuters - The ...", "AP - ...", "AFP – ..." (Yahoo's and AOL's wire feeds as the AG News
# collection keeps them, "Title (Reuters) Reuters - The ...", and outlets that run wire copy
# without its dateline). Taken only for a known agency: the name is a credit, not a place.
# re, not regex: no regex-only syntax, and re holds the GIL (regex drops and retakes it per call)
_AGENCY_BARE = re.compile(
    rf"(?P<agency>[A-Z][A-Za-z.&]{{1,20}}(?:\s[A-Z][A-Za-z.&]{{1,20}}){{0,2}})\s?(?P<sep>—|–|―|-{{1,2}}|:)\s{_START}"
)
# A title-case place alone before a colon: "New Delhi: The ...", "Mumbai: ..." (NDTV's copy
# and its reprints). Taken only for a place the rule files list (``[places]``), see
# ``RuleSet.is_place``: the same shape opens labels and transcripts.
# re, not regex: no regex-only syntax, and re holds the GIL (regex drops and retakes it per call)
_TITLE_COLON_PLACE = re.compile(
    r"(?P<place>[A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{1,20}){0,2})\s?(?P<sep>:)\s{1,3}(?=[\"'‘“A-Z0-9])"
)
# A title-case place set off by a spaced hyphen, or with the wire in brackets before its dash:
# "Jakarta - Pertemuan ..." (detik.com), "Madrid - El episodio ..." (EFE's copy on infobae.com),
# "Yogyakarta (ANTARA News) - Mantan ..." (antaranews.com), "Washington (AFP) – The convoy ..."
# (squidthefuse.com), "Hamburg (dpa) – Die SPD ..." (the German wires write their name in lower
# case, as in the capitals' form: rhein-zeitung.de's dpa digests, antenne1.de's news cards),
# maybe with the word for "news agency" after the name ("Hannover (dts Nachrichtenagentur) – ",
# the dts wire's copy on the German portals running its feed, unitednetworker.com's pages).
# Taken only for a known place (the hyphen alone) or a known agency (in
# brackets; then a place of one word or a known one): see ``_title_wire_place``.
# re, not regex: no regex-only syntax, and re holds the GIL (regex drops and retakes it per call)
_TITLE_WIRE_PLACE = re.compile(
    r"(?P<place>[A-Z][a-zà-ÿ]{2,20}(?:\s[A-Z][a-zà-ÿ]{2,20}){0,2})(?:\s\((?P<agency>[A-Z][A-Za-z .&-]{1,38}|[a-z]{2,5}(?:\s[A-Z][a-z]{2,30})?)\))?"
    r"\s(?P<sep>[–—]|-{1,2})\s(?=[\"'‘“A-Z0-9])"
)
# How far into an opening the title-case wire form's dash can stand: three words of twenty
# letters and a bracketed agency's name.
_TITLE_WIRE_REACH = 110
# A dateline printed as a line of its own, with no dash: "MOUNT AIRY, Md." over the story's
# first paragraph (AP copy on McClatchy's papers, where the template sets the dateline in a
# block of its own). Only with its region after a comma: a lone capitalised word over a
# paragraph ("POLITICS", "WATCH") is as often a kicker.
_LINE_DATELINE = regex.compile(
    rf"(?P<place>{_CAPS}(?:\s{_CAPS}){{0,3}}),\s(?P<region>[A-Z][A-Za-z.]{{1,20}}(?:\s[A-Z][A-Za-z.]{{1,20}}){{0,2}})\s*"
)
# Capitalised words that open a body with a colon but are labels, not places.
_NOT_PLACES = frozenset(
    "UPDATE UPDATED BREAKING EXCLUSIVE WATCH LIVE OPINION ANALYSIS EDITORIAL NOTE PHOTOS PHOTO "
    "VIDEO WARNING READ MORE ALSO RELATED COMMENT REVIEW EDITOR'S FACT CHECK Q&A FAQ TL;DR".split()
)


_FORMS = (
    _AGENCY_BARE,
    CAPS_DATELINE,
    _TITLE_DATELINE,
    _DATE_ONLY,
    _AGENCY_DATELINE,
    _AGENCY_ONLY,
    _BRACKET_DATELINE,
    _TITLE_PLACE,
    _TITLE_COLON_PLACE,
    _TITLE_WIRE_PLACE,
)
# Each form's bit in the masks ``_ruled_out`` returns (its place in ``_FORMS``), as constants:
# the gate runs on every opening, and a global name costs less than a lookup.
_BIT = {id(form): 1 << i for i, form in enumerate(_FORMS)}
_AGENCY_BARE_BIT = _BIT[id(_AGENCY_BARE)]
_CAPS_BIT = _BIT[id(CAPS_DATELINE)]
_TITLE_DATELINE_BIT = _BIT[id(_TITLE_DATELINE)]
_DATE_ONLY_BIT = _BIT[id(_DATE_ONLY)]
_AGENCY_DATELINE_BIT = _BIT[id(_AGENCY_DATELINE)]
_AGENCY_ONLY_BIT = _BIT[id(_AGENCY_ONLY)]
_BRACKET_BIT = _BIT[id(_BRACKET_DATELINE)]
_TITLE_PLACE_BIT = _BIT[id(_TITLE_PLACE)]
_TITLE_COLON_BIT = _BIT[id(_TITLE_COLON_PLACE)]
_TITLE_WIRE_BIT = _BIT[id(_TITLE_WIRE_PLACE)]
# The forms taken only for a known agency or a listed place (so never without the rule files);
# those with the agency in brackets are not tried on an opening with no bracket near its start.
_NO_RULES = _AGENCY_BARE_BIT | _AGENCY_DATELINE_BIT | _AGENCY_ONLY_BIT | _TITLE_COLON_BIT | _TITLE_WIRE_BIT
_KNOWN_AGENCY = _AGENCY_BARE_BIT | _AGENCY_DATELINE_BIT | _AGENCY_ONLY_BIT
_BRACKETED_AGENCY = _AGENCY_DATELINE_BIT | _AGENCY_ONLY_BIT
# The forms that open with "A"-"Z" and then a letter in lower case ("[A-Z][a-z]", or with the
# Latin-1 letters "[a-zà-ÿ]"): ruled out together when the opening has no such two characters.
_TITLE_CASE = (
    _TITLE_DATELINE_BIT | _DATE_ONLY_BIT | _BRACKET_BIT | _TITLE_PLACE_BIT | _TITLE_COLON_BIT | _TITLE_WIRE_BIT
)
# The forms with a ``place`` group: a match of one of the others has no place to check.
_PLACED = sum(_BIT[id(form)] for form in _FORMS if "place" in form.groupindex)
# The marks every form but _AGENCY_DATELINE sets its opening off with (``_SEP`` and the
# forms' own ``sep`` groups): a text with none of them after ``pos`` opens no dateline but the
# Indian wires' form, which has its agency in brackets near the start.
_SEPARATORS = ("-", ":", "—", "–", "―")


def _may_open_dateline(text: str, pos: int) -> bool:
    """Whether some form can match ``text`` at ``pos``: a dash or colon after it, or a bracket
    near it. Why: ``match_dateline`` runs on every body's opening and on the caption readers'
    candidate starts, nine pattern calls each; about half of them hold no dash and no colon
    (prose), and one-character tests reject those for a fraction of one call. Exact."""
    rest = text[pos:]
    for mark in _SEPARATORS:  # a loop, not any(): a generator closed early raises GeneratorExit
        if mark in rest:
            return True
    return "(" in text[pos : pos + AGENCY_DATELINE_REACH]


# How _DATE_ONLY's date can open: a month's stem (case as written).
_MONTH_OPENINGS = tuple(MONTH_STEMS.split("|"))


def _ruled_out(text: str, pos: int, rules: bool) -> int:
    """The forms that cannot match at ``pos`` (a mask of their ``_BIT``), each by a character
    it cannot match without: the title-case forms open with "A"-"Z" and a lower-case letter
    (a date alone with a month's stem), a place in capitals with no lower-case ASCII letter
    second and never with an ASCII character other than "A"-"Z", the agency alone with its
    "(", a title-case place's date follows its comma, ANI's place its "[", the spaced-dash
    place its dash, the colon place its ":", the title-case wire place its spaced dash close
    by; the forms that take only a known agency or place only with ``rules``, and those with
    the agency in brackets only with a "(" near the start.
    Why: most openings are prose ("The council ..."), and each form is a pattern call, a few
    thousand instructions even when it fails at once (the ``regex`` module's more), and a
    turn of the loop over the forms in Python as much again. Exact but for the bracket test."""
    rest = text[pos:]
    out = 0 if rules else _NO_RULES
    if "(" not in rest[:AGENCY_DATELINE_REACH]:
        out |= _BRACKETED_AGENCY
    first = rest[:1]
    if first != "(":
        out |= _AGENCY_ONLY_BIT
    if not "A" <= first <= "Z":
        if first.isascii():  # "" too: a capital of another script opens only the capitals' forms
            out |= _CAPS_BIT | _AGENCY_DATELINE_BIT
        return out | _AGENCY_BARE_BIT | _TITLE_CASE
    second = rest[1:2]
    if "a" <= second <= "z":
        out |= _CAPS_BIT
    elif not "à" <= second <= "ÿ":
        return out | _TITLE_CASE
    else:  # the Latin-1 letters: only the forms that take them ("÷" is none, as the wire gate had it)
        out |= _CAPS_BIT | _TITLE_DATELINE_BIT | _DATE_ONLY_BIT | _BRACKET_BIT | _TITLE_COLON_BIT
        if not second.islower():
            out |= _TITLE_WIRE_BIT
    if "," not in rest:
        out |= _TITLE_DATELINE_BIT
    if "[" not in rest:
        out |= _BRACKET_BIT
    if ":" not in rest:
        out |= _TITLE_COLON_BIT
    if "-" not in rest and "–" not in rest and "—" not in rest:
        out |= _TITLE_PLACE_BIT | _TITLE_WIRE_BIT
    elif not out & _TITLE_WIRE_BIT:
        head = rest[:_TITLE_WIRE_REACH]
        if " -" not in head and " –" not in head and " —" not in head and _no_other_spaced_dash(head):
            out |= _TITLE_WIRE_BIT
    if not rest.startswith(_MONTH_OPENINGS):
        out |= _DATE_ONLY_BIT
    return out


# A dash after a space other than " " (the wire form's ``\s``: a no-break space, a tab).
_OTHER_SPACED_DASH = re.compile(r"[^\S ][-–—]")


def _no_other_spaced_dash(head: str) -> bool:
    """Whether ``head`` holds no dash after a space of another kind than " ", which the
    title-case wire form's whitespace class takes too.

    Why: the gate looked for " -" alone and ruled the form out on "Tokyo - ..." printed with
    no-break spaces, which the form reads (found by the gate's property test). ``extract()`` normalises every
    space to " ", so a printable ASCII head (most openings) needs no search."""
    return (head.isascii() and head.isprintable()) or _OTHER_SPACED_DASH.search(head) is None


# The forms left to try for each mask ruled out, filled as masks come (at most 2 ** 10 of
# them): plain dictionary reads and writes, atomic in CPython (see memo.py).
_FORMS_LEFT: dict[int, tuple[re.Pattern[str] | regex.Pattern[str], ...]] = {}


def _forms_left(ruled_out: int) -> tuple[re.Pattern[str] | regex.Pattern[str], ...]:
    """``_FORMS`` without those ``ruled_out`` (a mask of their ``_BIT``), in their order."""
    forms = _FORMS_LEFT.get(ruled_out)
    if forms is None:
        forms = _FORMS_LEFT[ruled_out] = tuple(f for f in _FORMS if not ruled_out & _BIT[id(f)])
    return forms


# Each pattern's group names, by the pattern's id, filled as matches come (a handful of
# patterns): plain dictionary reads and writes, atomic in CPython (see memo.py).
_GROUP_NAMES: dict[int, tuple[str, ...]] = {}


def _groups(m: re.Match[str] | regex.Match[str]) -> dict[str, str | None]:
    """``m.groupdict()``, through one ``group`` call. Why: the ``regex`` module's ``groupdict``
    costs some five times ``group`` (timed: 1.2 against 0.2 microseconds on a dateline), and
    the dateline's readers asked it several times a page. Exact: the same names and values."""
    names = _GROUP_NAMES.get(id(m.re))
    if names is None:
        names = _GROUP_NAMES[id(m.re)] = tuple(m.re.groupindex)
    if len(names) < 2:  # noqa: PLR2004 (one name: group() gives the value, not a tuple)
        return m.groupdict()
    return dict(zip(names, m.group(*names), strict=True))


def match_dateline(text: str, pos: int = 0, rules: RuleSet | None = None) -> re.Match[str] | regex.Match[str] | None:
    """The dateline opening ``text`` at ``pos``; with ``rules``, also the form without a dash
    after a known agency ("NEW DELHI, June 9 (PTI) The ...")."""
    if not _may_open_dateline(text, pos):
        return None
    return match_forms(text, pos, rules, _ruled_out(text, pos, rules is not None))


def match_forms(text: str, pos: int, rules: RuleSet | None, ruled_out: int) -> re.Match[str] | regex.Match[str] | None:
    """The first of the forms the mask ``ruled_out`` leaves that reads a dateline at ``pos``.
    A function of its own so that tests can hand it another gate's mask: compiled builds
    call ``_ruled_out`` directly, where patching the module's name changes nothing."""
    forms = _FORMS_LEFT.get(ruled_out)
    for pattern in _forms_left(ruled_out) if forms is None else forms:
        m = pattern.match(text, pos)
        if m is not None and _taken(pattern, m, rules):
            return _dashed_date(text, pos, m) if pattern is CAPS_DATELINE else m
    return None


def _taken(
    pattern: re.Pattern[str] | regex.Pattern[str], m: re.Match[str] | regex.Match[str], rules: RuleSet | None
) -> bool:
    """Whether the match of one of the forms is a dateline: a known agency or place where the
    form needs one, and a place that is none of the words and shapes that only look like one."""
    if _BIT[id(pattern)] & _KNOWN_AGENCY and (rules is None or rules.agency(m.group("agency")) is None):
        return False
    if pattern is _TITLE_COLON_PLACE and (rules is None or not rules.is_place(m.group("place"))):
        return False
    if pattern is _TITLE_WIRE_PLACE and not _title_wire_place(m, rules):
        return False
    place = m.group("place") if _BIT[id(pattern)] & _PLACED else None
    if pattern is _TITLE_DATELINE and not _title_colon_dateline(m):
        return False
    if pattern is _TITLE_PLACE and place is not None and not _titled_place(m):
        return False
    if place is not None:
        if len(place) < DATELINE_PLACE_MIN_CHARS or set(place.split()) & _NOT_PLACES:
            return False
        if "/" in place and not _slashed_places(place):
            return False
        if m.group("sep") == "-" and pattern is CAPS_DATELINE and " " not in m.group(0)[-3:]:
            return False  # "COVID-19" style hyphenation, not a dash
    return True


def _dashed_date(text: str, pos: int, m: re.Match[str] | regex.Match[str]) -> re.Match[str] | regex.Match[str]:
    """The dateline with its date set off by dashes ("CHICAGO – June 15, 2015 – ") when the
    capitals' form took the place alone and a month follows its dash; else the match as it is.

    Why: companies' releases print the date between the place and the story, each set off
    by a dash ("MOUNTAIN VIEW, Calif. – July 24, 2008 – CyberSource Corporation ...", the
    8-K exhibits on sec.gov and capedge.com) or closed by a full stop ("URBANA - October 7,
    2011. Governor ...", state releases on illinois.gov and rcreader.com); the place was read
    and the date opened the body. The year is required: "LONDON – June 9 – " could be a
    range or a line of prose. Only a month after the dash pays for the second pattern.
    """
    if m.group("date") or m.group("agency") or m.group("sep") == ":":  # CAPS_DATELINE's groups
        return m
    if not text.startswith(_MONTH_OPENINGS, m.end()):
        return m
    return _DASHED_DATE_DATELINE.match(text, pos) or m


def _title_wire_place(m: re.Match[str] | regex.Match[str], rules: RuleSet | None) -> bool:
    """Whether a title-case "Place - " or "Place (Agency) - " opening is a dateline: with the
    agency in brackets, when the agency is a known one and the place one word or a known
    place; with no agency, only before a hyphen and for a place the rule files list.

    Why: Indonesian outlets set their datelines in title case with a hyphen ("Jakarta - ",
    detik.com), EFE's Spanish copy the same ("Madrid - ", infobae.com's agency pages), and
    AFP's and Antara's copy put the wire in brackets ("Washington (AFP) – ", squidthefuse.com;
    "Yogyakarta (ANTARA News) - ", antaranews.com): the place and agency stayed in the body.
    A hyphen also follows labels ("Update - ") and a name can stand before a credit ("Jane
    Roe (AP) - "), hence the known place or the known agency. En and em dashes with no
    agency are ``_TITLE_PLACE``'s.
    """
    if rules is None:
        return False
    place = m.group("place")
    if m.group("agency") is not None:
        return rules.agency(m.group("agency")) is not None and (" " not in place or rules.is_place(place))
    return m.group("sep").startswith("-") and rules.is_place(place)


def _titled_place(m: re.Match[str] | regex.Match[str]) -> bool:
    """Whether a title-case opening set off by a dash is a place: no word a sentence or a
    label opens with, and a bare hyphen only after a place that names its country ("Monrovia,
    Liberia - "): "Update - ..." or "Jane Roe - ..." alone set off by a hyphen are no datelines.

    Why: africanewstoday.com's and islamkhabar.com's teasers open "Place, Country – " or
    "Place, Country - " after the byline, and the place stayed in the body; AFP's "Rabat – "
    form was the only title-case place read before a dash."""
    if any(w.strip(",").lower() in _NOT_TITLE_PLACES for w in m.group("place").split()):
        return False
    return m.group("sep").strip() != "-" or m.group("region") is not None


def _slashed_places(place: str) -> bool:
    """Whether a slash-joined dateline ("WASHINGTON/BEIJING", "NEW YORK/LONDON") names places:
    every part at least ``DATELINE_SLASHED_PLACE_MIN_CHARS`` long.

    Why: Reuters files a story from two cities as "WASHINGTON/BEIJING (Reuters) - " and the
    place stayed in the body with the agency unread (ladailypost.com's aggregator pages of
    Yahoo's feed; in.reuters.com's schedules print "NEW YORK/LONDON - "). Slashed capitals
    also write paired abbreviations ("HIV/AIDS - ", "AC/DC – "), whose first part is short;
    the pattern already holds the parts after the slash to the same length.
    """
    return all(len(part.strip()) >= DATELINE_SLASHED_PLACE_MIN_CHARS for part in place.split("/"))


def _title_colon_dateline(m: re.Match[str] | regex.Match[str]) -> bool:
    """Whether a title-case "Place, Month D" opening is a dateline: always before a dash; before
    a colon ("Karachi, July 25: The ...") only when the place is no weekday and no label word.

    Why: the title-case dateline was taken only before a dash, as the wires print it; South
    Asian dailies and the listings that reprint their teasers set it off with a colon, and the
    place and date stayed in the body. A colon also closes labels and diary heads ("Update,
    June 9: ", "Monday, June 9: "), which name no place.
    """
    if m.group("sep") != ":":
        return True
    words = {w.lower() for w in m.group("place").split()}
    return not (words & _NOT_COLON_PLACES or words & _NOT_TITLE_PLACES)


def _dateline_date(draft: Draft, date: str | None) -> None:
    """A title-case colon dateline's date is the story's time when nothing else gives one.

    Why: a listing's teaser that opens "Karachi, July 25: ..." prints no other stamp; the
    date is the only time the entry shows, and the reader takes it as such. A stamp of the
    entry's own (a header or time line) stands. The wires' dash forms ("SEOUL, June 9 — ")
    keep their date in the dateline only: there the date is the filing day under a stamp.
    """
    if date is not None and draft.published_text is None:
        draft.published_text = date


def _line_dateline(draft: Draft, text: str, lead: int) -> re.Match[str] | regex.Match[str] | None:
    """A dateline that is the whole opening paragraph ("MOUNT AIRY, Md.", see
    ``_LINE_DATELINE``), taken only when a paragraph of the story follows it."""
    m = _LINE_DATELINE.fullmatch(text, lead)
    if m is None or len(draft.live()) < 2 or set(m.group("place").split()) & _NOT_PLACES:  # noqa: PLR2004 (the line and a paragraph)
        return None
    return m


def _speaker_label(draft: Draft, opening: str) -> bool:
    """Whether a colon opening ("JANE ROE: ...") opens another of the body's paragraphs too:
    a transcript's speaker, who speaks again, never a dateline, which a story prints once.

    Why: interview transcripts (a broadcaster's "NAME: text" lines, a Q&A's "ROE: ...") read
    their first speaker as the story's dateline. A dash is a dateline's mark, a colon may be
    a speaker's; a place opens only one paragraph of its story.
    """
    if not opening.rstrip().endswith(":"):
        return False
    return sum(1 for q in draft.paras if q.text.startswith(opening)) > 1


def _kicker_run(draft: Draft, p: Para, opening: str) -> bool:
    """Whether a capitals colon opening ("CROWD PLEASER: ...") has the next paragraph open the
    same way with another label ("FAIR AIR: ..."): a newsletter's items, each under its
    kicker, never a dateline, which opens the story once.

    Why: Fox News's newsletters print their items under kickers, "KICKER: text" or "KICKER
    - text. Continue reading ..." (Fox News First and the Lifestyle round-ups on foxnews.com,
    e.g. foxnews.com/lifestyle/odd-foods-dominate-iconic-state-fair-plus-top-10-us-airports-
    revealed, "TOP 3:" then "AMERICAN BITES: ...", "CROWD PLEASER: ..."); Daily8's reprint
    of that page drops the lines above the second item, and its first kicker was read as a
    place. A colon only: wire round-ups set their items' places off with dashes."""
    if not opening.rstrip().endswith(":"):
        return False
    live = draft.live()
    for i, q in enumerate(live[:-1]):
        if q is p:
            nxt = live[i + 1].text.lstrip()
            m = CAPS_DATELINE.match(nxt) if nxt[:1].isupper() else None
            return m is not None and m.group("sep") == ":" and not nxt.startswith(opening.strip())
    return False


# The filing day in the dateline's brackets: "May 19", "June 19", "Sept 3".
_BRACKETED_DATE = regex.compile(rf"{_MONTH}\s\d{{1,2}}")


def bracketed_date(text: str) -> bool:
    """Whether the bracketed part of a dateline is the filing day, not an agency: "MIRI
    (May 19): ..." (The Borneo Post's form, also in its copies reprinted on other sites) and
    "KUALA LUMPUR (June 19): ..." / "PUTRAJAYA (July 5): ..." (The Edge Malaysia's).

    Why: the bracket is where the wires print their name ("SEOUL (Reuters) - "), so these
    outlets' day was read as the story's agency and credited ("May 19" in ``credits``). A
    month and a day make no agency's name: the day is the dateline's date, as in "SEOUL,
    June 9 - "."""
    return _BRACKETED_DATE.fullmatch(text.strip()) is not None


def strip_dateline(draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    """Move the opening dateline's place (with its region: "FRISCO, Texas"), date and
    agency into fields; the marks between them are recorded as removed, so no character
    of the opening goes unaccounted for."""
    first = draft.opening()
    if first is None:
        return
    p, lead = first
    glued = _glued_credit(p.text, lead, rules)
    if glued is not None:
        p.cut(lead, glued, "dateline.glued-credit", ledger)
        first = draft.opening()
        if first is None:
            return
        p, lead = first
    m = (
        match_dateline(p.text, lead, rules)
        or _line_dateline(draft, p.text, lead)
        or _paren_dateline(p.text, lead, rules)
    )
    if m is None or _speaker_label(draft, p.text[lead : m.end()]) or _kicker_run(draft, p, p.text[lead : m.end()]):
        return
    groups = _groups(m)
    agency, date = groups.get("agency"), groups.get("date")
    date_span = m.span("date") if date else None
    if agency and date is None and bracketed_date(agency):
        date, date_span, agency = agency, m.span("agency"), None
    if agency:
        draft.add_credit(rules.agency(agency) or agency.strip())
    if groups.get("place") is None:
        # "Jun. 10—", "Aug 21 (Reuters) - ", "(Bloomberg) -- ": a date or an agency with no
        # place is not a dateline; recorded so nothing is lost
        rid = "heuristic.date-opening" if date else "dateline.agency-opening"
        p.cut(0, m.end(), rid, ledger)
        return
    end = m.end("region") if groups.get("region") else m.end("place")
    place = " ".join(p.text[m.start("place") : end].split())
    draft.dateline = (place, date, agency)
    if groups.get("sep") == ":" and p.text[m.start("place") : m.end("place")].istitle():
        _dateline_date(draft, date)
    kept = [(m.start("place"), end)] + [sp for sp in (date_span, m.span("agency") if agency else None) if sp]
    spans: list[tuple[int, int, str | None]] = []
    at = 0
    for a, b in sorted(kept):
        spans += [(at, a, "dateline.marks"), (a, b, None)]
        at = b
    spans.append((at, m.end(), "dateline.marks"))
    p.cut_many(spans, ledger)


def _glued_credit(text: str, lead: int, rules: RuleSet) -> int | None:
    """Where a photo credit glued to a bracketed dateline ends ("Getty Images(SANFORD, Fla.)
    -- ", see ``_GLUED_CREDIT``), or ``None``: the credit of a picture whose caption is gone,
    chrome (``dateline.glued-credit``), and the dateline behind it the story's. Only when the
    bracket reads as ``_PAREN_DATELINE``'s place: a credit glued to anything else stays.

    Why: ABC News Radio's affiliates print the credit, the bracket and the story as one
    paragraph (abcnewsradioonline.com, wfin.com); the credit opened the body and the place
    was never read."""
    bracket = text.find("(", lead, lead + GLUED_CREDIT_REACH)
    if bracket <= lead or text[bracket - 1].isspace():
        return None
    glued = _paren_forms()[1]
    g = glued.match(text, lead)
    if g is None or g.end() != bracket or _paren_dateline(text, bracket, rules) is None:
        return None
    return bracket


def _paren_dateline(text: str, pos: int, rules: RuleSet) -> regex.Match[str] | None:
    """ABC News' bracketed place opening the body at ``pos`` (see ``_PAREN_DATELINE``), or
    ``None``: tried after the other forms, only on a bracket, and never for a known agency
    ("(AFP) — " is the agency's credit, read by ``_AGENCY_ONLY``)."""
    if not text.startswith("(", pos):
        return None
    m = _paren_forms()[0].match(text, pos)
    if m is None or rules.agency(m.group("place")) is not None:
        return None
    place = m.group("place")
    if len(place) < DATELINE_PLACE_MIN_CHARS or set(place.split()) & _NOT_PLACES:
        return None
    return m
