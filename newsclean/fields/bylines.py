"""Authors: "By ..." lines, "Hosted by", "(This article was written by ...)", "Compiled by"
openings, name-then-", Outlet" lines, letter signatures and author bios at the end.

Author lines and bios are not part of the body; they are recorded as removed (rule
``byline.*``) and their names go to ``byline``.
"""

from __future__ import annotations

import re

import regex

from ..draft import Draft, sentence_starts
from ..headerlines import REPORTING_BY, agency_staff_title, byline_line, joined_names, name_and_outlet, names_shaped
from ..lexicon import INLINE_BYLINE_ROLES, NAME_PARTICLES, PATTERN_PARTICLES, ROLE_WORDS, alternation
from ..names import paper_name, split_names
from ..needles import contains_any
from ..para import Ledger, Para
from ..rules import RuleSet
from ..thresholds import (
    BIO_LAST_SENTENCES,
    BIO_REACH,
    BYLINE_LINE_MAX_CHARS,
    BYLINE_NAMES_REACH,
    BYLINE_TRAILER_PASSES,
    CAPS_BYLINE_AFTER_WORDS,
    COLUMN_BY_REACH,
    CONTRIBUTORS_REACH,
    INLINE_BYLINE_MAX_LEAD_WORDS,
    INLINE_BYLINE_REACH,
    NEWSLETTER_GREETING_MAX_WORDS,
    NEWSLETTER_GREETING_PARAGRAPHS,
    NEXT_LINE_OUTLET_MAX_WORDS,
    REPORTING_BY_REACH,
    WRITTEN_BY_REACH,
)

_PARTICLE = alternation(PATTERN_PARTICLES)
_NAME = rf"[A-Z][\w'’.-]{{0,30}}(?:\s(?:[A-Z][\w'’.-]{{0,30}}|{_PARTICLE})){{0,4}}"
_WRITTEN_BY = regex.compile(
    r"\(\s?(?:This|The)\s(?:article|story|report|piece)\s(?:was|is)\s(?:written|compiled|reported|prepared)"
    r"\sby\s(?P<names>[^()]{2,200})\)\s*$"
)
_MAKER = regex.compile(r"(?:Additional\s)?(?:[Rr]eporting|[Ww]riting)\sby\s")
# The wire's sign-off without its brackets, as Reuters' own pages and the sites that copy
# their markup print it under the story: "Reporting by Jane Roe in Seoul; Editing by Sam Poe".
# It opens the line or follows a sentence's end, closes the paragraph, and joins two or more
# roles after semicolons ("; Editing by", "; additional reporting by"): a lone "Reporting by
# the council found ..." is a sentence. A role's names hold no bracket or semicolon and are
# read possessively, so each part is read once (linear); the line may end with a full stop.
_ROLE_BY = r"(?:[Aa]dditional\s)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled)\sby\s"
_SIGNOFF_NAMES = r"[A-Z][^()\n;!?]{1,200}+"
UNBRACKETED_SIGNOFF = regex.compile(
    rf"(?:^|(?<=[.!?\"”’]\s))(?P<parts>(?:Additional\s)?(?:Reporting|Writing)\sby\s{_SIGNOFF_NAMES}"
    rf"(?:;\s{_ROLE_BY}{_SIGNOFF_NAMES}){{1,4}})\.?\s*$"
)
# re, not regex: no regex-only syntax, and re holds the GIL (regex drops and retakes it per call)
_COMPILED_BY = re.compile(r"(?:Compiled|Written|Reported)\sby\s")
# A further writer listed after a comma ("By: Jane Roe, Sam Poe Text Size: ..." on Daily
# Express Sabah's pages reprinted by Daily8, twice): a name of two to four words in title
# case, not a role ("Deputy Editor", "Globe Correspondent": the role group reads those) and
# not a credential ("MD"): the first word opens with a capital and a small letter; a word
# that opens a sentence ("The", "In") ends the name ("By Jane Roe, Sam Poe The Daily ...").
_LISTED_NAME = (
    rf"(?!(?:[A-Z][\w'’.-]{{0,30}}\s){{0,3}}(?:{alternation(INLINE_BYLINE_ROLES)})\b)"
    r"[A-Z][a-z][\w'’.-]{0,29}(?:\s(?!(?:The|A|An|In|On|At|For|This|That|It|He|She|We|They)\s)[A-Z][\w'’.-]{0,30}){1,3}"
)
_INLINE_BY = regex.compile(
    rf"(?:^|(?<=\s))By:?\s(?P<name>{_NAME}(?:,\s{_LISTED_NAME}){{0,3}}(?:,?\sand\s{_NAME})?)"
    rf"(?P<role>,\s(?:[A-Z][\w'’.-]{{0,30}}\s){{0,3}}(?:{alternation(INLINE_BYLINE_ROLES)}))?\s++(?=[A-Z\"'‘“]|(?<=\p{{Ll}}\s)\([A-Z])"
)
# A letter's signature: the writer and where they live ("Jane Roe, Upper Merrow, Valley
# County"; "Jane Roe, Glasgow." with its full stop when the place is one name).
# A name's particles may stand before its later words ("Ana de la Fuente", "Pieter van Dam"),
# longest first and in a fixed order (a set's order changes from run to run).
_NAME_PARTICLE = alternation(tuple(sorted(NAME_PARTICLES, key=lambda w: (-len(w), w))))
# Any script's capitals open the words: Irish letter writers sign "Áine Kelly, Tralee, Co
# Kerry", "Seán Ó Briain, Clonmel, Co Tipperary" (the Irish Independent's letters page on
# Daily8, whose signatures the ASCII capitals missed, the name and town left as the letter's
# last paragraph), as Nordic or Icelandic names do ("Åsa", "Ólafur"); a later word of the name
# may be one capital, Irish "Ó" ("Seán Ó Briain").
_SIGNATURE = regex.compile(
    rf"(?P<name>\p{{Lu}}[\w'’.-]{{1,30}}(?:\s(?:(?:{_NAME_PARTICLE})\s){{0,2}}\p{{Lu}}[\w'’.-]{{0,30}}){{1,2}})"
    r"(?:(?:,\s\p{Lu}[\w'’.-]{0,30}(?:\s\p{Lu}[\w'’.-]{0,30}){0,2}){2,3}"
    r"|,\s\p{Lu}[\w'’-]{1,30}(?:\s\p{Lu}[\w'’-]{1,30}){0,2}\.)"
)
_BIO = regex.compile(
    rf"(?P<name>{_NAME})\s(?:is|was)\s(?:[^.]|\.(?=\w)){{0,160}}?\b(?:correspondent|reporter|editor|writer|"
    rf"journalist|columnist|contributor|bureau chief|critic|commentator|freelance)\b[^.]{{0,160}}\.",
)
_BIO_WORDS = ("correspondent", "reporter", "editor", "writer", "journalist", "columnist", "contributor",
              "bureau chief", "critic", "commentator", "freelance")  # fmt: skip
_PRONOUN_SENTENCE = regex.compile(r"(?:He|She|They|His|Her|Their)\s")
# A newsletter's greeting that names its writer at the top of the issue: "👋 Hi! Jane Roe
# here. It's time for Tuesday's news!", "Happy Friday!🙋 I'm Jane Roe. Today, ...", "👋 I'm
# Jane Roe, filling in for Sam Poe", "Hello! I'm Jane Roe, the paper's film critic and ..."
# (USA Today's Daily Briefing and Watch Party issues, reprinted on Daily8 and on blogs). A
# greeting word or a waving hand opens it, then "I'm <name>" or "<name> here". Anchored at
# the paragraph's start, every part bounded: linear. A quote mark may not open it: a story
# opening on a quoted greeting ('"Hi! I'm Sam," she said') names a speaker, not its writer.
_GREET = r"(?:Hi|Hello|Hey|Happy\s[A-Z][a-z]{2,9}|Good\s(?:morning|afternoon|evening))[!,.]?+"
# signs around the greeting: emoji (with their modifiers and joiners), spaces, punctuation;
# no letter, digit, quote mark or waving hand
_SIGNS = r"[^\p{L}\p{N}\n\"'“”‘’«👋]{0,12}+"
# the writer's name: capitalised words, no full stop inside (it ends the greeting's sentence)
_GREETED_NAME = r"[A-Z][\w'’-]{0,30}+(?:\s[A-Z][\w'’-]{0,30}+){0,3}+"
_NEWSLETTER_GREETING = regex.compile(
    rf"{_SIGNS}(?:👋{_SIGNS}(?:{_GREET}{_SIGNS})?|{_GREET}{_SIGNS})"
    rf"(?:I'm\s(?P<name>{_GREETED_NAME})(?=[.,!])|(?P<here>{_GREETED_NAME})\shere[.,!])"
)


def strip_bylines(draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    live = draft.live()
    for i, p in enumerate(live):
        text = p.clean
        titled = agency_staff_title(text, rules)
        names = byline_line(titled[0] if titled else text, draft.outlet)
        if names is not None:
            draft.add_byline(names, rules)
            if titled:
                draft.add_credit(titled[1])
            p.cut_all("byline.line", ledger)
            continue
        if i <= 1 and i + 1 < len(live) and _name_then_outlet(p.clean, live[i + 1].clean):
            draft.add_byline(joined_names(p.clean), rules)
            outlet = live[i + 1].clean.lstrip(", ").strip()
            if draft.outlet is None:
                draft.outlet = rules.outlet(outlet) or outlet
            p.cut_all("byline.line", ledger)
            live[i + 1].cut_all("byline.outlet", ledger)
            continue
        named = _name_and_outlet(text, draft, rules) if i <= 1 else None
        if named is not None:
            draft.add_byline(joined_names(named[0]), rules)
            if draft.outlet is None:
                draft.outlet = named[1]
            p.cut_all("byline.name-outlet", ledger)
            continue
        m = (
            _SIGNATURE.fullmatch(text)
            if i > 0 and len(text) < BYLINE_LINE_MAX_CHARS and not text.split(",")[0].isupper()
            else None
        )
        if m:
            draft.add_byline([m.group("name")], rules)
            p.cut_all("byline.signature", ledger)
    _newsletter_greeting(draft, rules, ledger)
    _opening(draft, rules, ledger)
    _closing(draft, rules, ledger)


def _newsletter_greeting(draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    """A newsletter issue's greeting naming its writer (``_NEWSLETTER_GREETING``) among the
    body's first paragraphs: the name is the byline. A greeting of a few words is the
    author line (cut, as a byline line is); a greeting that runs on into the issue's text
    ("Hello! I'm Jane Roe, ... It's a big weekend for ...") stays, only its name read."""
    for p in draft.live()[:NEWSLETTER_GREETING_PARAGRAPHS]:
        text = p.clean
        if not text or (text[0].isalnum() and text[0] not in "HG"):
            continue  # a cheap gate: the greeting opens with a greeting word or a sign
        m = _NEWSLETTER_GREETING.match(text)
        if m is None:
            continue
        names = split_names(m.group("name") or m.group("here"))
        if not names:
            continue
        draft.add_byline(names, rules)
        if len(text.split()) <= NEWSLETTER_GREETING_MAX_WORDS:
            p.cut_all("byline.newsletter-greeting", ledger)
        return


def _name_then_outlet(line: str, nxt: str) -> bool:
    """ "Lisa Respers France" then ", CNN": a byline whose outlet the page put on the next line."""
    if not nxt.startswith(",") or len(nxt.split()) > NEXT_LINE_OUTLET_MAX_WORDS:
        return False
    return names_shaped(line) and not line.endswith(".")


def _name_and_outlet(text: str, draft: Draft, rules: RuleSet) -> tuple[str, str] | None:
    """A byline line that names the writer and then the outlet ("Jane Roe, CNN", "Jane Roe -
    Philstar.com"), as CNN's, ABS-CBN's, GMA's and the Philippine Star's article pages print
    it under the headline; the name and the outlet, else ``None`` (``name_and_outlet``)."""
    return name_and_outlet(text, rules, draft.outlet)


# A column's or a show's name over its writer, opening the story: "Spectator by Jane Roe: The
# ..." (issue 19's byline list: a magazine's column reprinted with its strapline glued to the
# first paragraph). One to three capitalised words, "by", a name of two or three, a colon. A
# picture's or a maker's label is no column ("Photos by Jane Roe:", "Directed by Jane Roe:" in
# a review's box): see ``_COLUMN_NOT``.
_COLUMN_BY = regex.compile(
    r"(?P<column>[A-Z][\w'’&-]{1,30}+(?: [A-Z][\w'’&-]{1,30}+){0,2}+) by (?P<name>[A-Z][\w'’.-]{1,30}+(?: [A-Z][\w'’.-]{1,30}+){1,2}+):\s(?=[A-Z\"'‘“])"
)
_COLUMN_NOT = frozenset(
    "photo photos photograph photographs photography picture pictures image images illustration illustrations "
    "video videos graphic graphics cartoon art artwork".split()
)


def _column_by(p: Para, lead: int, draft: Draft, rules: RuleSet, ledger: Ledger) -> bool:
    """The story's first paragraph opened by "<Column> by <Name>: ": the name is the byline,
    the column's strapline no sentence of the story (``byline.column-by``)."""
    m = _COLUMN_BY.match(p.text, lead)
    if m is None:
        return False
    last = m.group("column").split()[-1].lower()
    if last in _COLUMN_NOT or last.endswith("ed"):  # "Photos by", "Directed by": no writer's column
        return False
    draft.add_byline(split_names(m.group("name")), rules)
    p.cut(lead, m.end(), "byline.column-by", ledger)
    draft.byline_opening = p
    return True


def _opening(draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    first = draft.opening()
    if first is None:
        return
    p, lead = first
    text = p.text
    if " by " in text[lead : lead + COLUMN_BY_REACH] and _column_by(p, lead, draft, rules, ledger):
        return
    compiled = _COMPILED_BY.match(text, lead)
    if compiled:
        end, names = _names_until_sentence(text, compiled.end())
        if names:
            draft.add_byline(split_names(names), rules)
            p.cut(0, end, "byline.compiled-by", ledger)
            return
    head = text[:INLINE_BYLINE_REACH]
    m = _INLINE_BY.search(text, 0, min(len(text), INLINE_BYLINE_REACH)) if "By " in head or "By: " in head else None
    titled = agency_staff_title(m.group("name"), rules) if m else None
    names = titled[0] if titled else m.group("name") if m else ""
    end = m.end() if m else 0
    capped = _capitals_names(names, rules) if m and not titled else None
    if capped is not None and m is not None:
        names, agency, paper, used = capped
        titled = (names, agency) if agency is not None else None
        if paper is not None and agency is None and draft.outlet is None:
            draft.outlet = rules.outlet(paper) or paper
        end = m.start("name") + used  # the body opens after the names and their paper
        while end < len(text) and text[end] == " ":
            end += 1
    if m and len(text[: m.start()].split()) <= INLINE_BYLINE_MAX_LEAD_WORDS and end < len(text) and split_names(names):
        draft.add_byline(split_names(names), rules)
        if titled:
            draft.add_credit(titled[1])
        if m.start() > 0:
            p.cut(0, m.start(), "heuristic.liveblog-furniture", ledger)
        p.cut(0, end - m.start(), "byline.opening-line", ledger)
        draft.byline_opening = p


# Names in capitals ("KEMI KASUMU", "FATIMA HUSSEIN and AMELIA THOMSON-DEVEAUX"), then words
# in title case: where the capitals end, the name ends.
_CAPS_WORD = r"\p{Lu}[\p{Lu}'’.\-]{0,30}"
_CAPS_NAMES = regex.compile(
    rf"(?P<names>{_CAPS_WORD}(?:\s{_CAPS_WORD}){{1,3}}(?:,?\sand\s{_CAPS_WORD}(?:\s{_CAPS_WORD}){{1,3}})?)\s(?P<rest>\S.*)"
)


# A word of two capitals or more: initials alone ("L. M.") spell no name in capitals.
_CAPS_WORD_OF_TWO = regex.compile(r"\p{Lu}[\p{Lu}'’\-]*\p{Lu}")


def _capitals_names(names: str, rules: RuleSet) -> tuple[str, str | None, str | None, int] | None:
    """A byline in capitals that the names reader ran on into title-case words: the names,
    the agency or the paper those words open with (its name), and how much of ``names`` the
    byline takes; else ``None``.

    Why: an opening "By KEMI KASUMU The Muslim Rights Concern (MURIC) has ..." gave the byline
    "KEMI KASUMU The Muslim Rights" and the body lost its first words (thedefenderngr.com's tag
    pages, "By BASHIR ADEFAKA The Aworis came ..." the same); the AP's "By MICHAEL R. SISAK
    Associated Press The Trump administration ..." (newspressnow.com's AP pages) made the
    agency part of the name. Capitals set a name apart from what follows: the byline is the
    capitals, a known agency or a paper's name after them ("Coast Post") its credit or its
    outlet, anything else the body's start."""
    if not names[:2].isupper():  # the cheap test first: most bylines are in title case
        return None
    m = _CAPS_NAMES.fullmatch(names)
    if m is None or not any(c.islower() for c in m.group("rest")) or not _CAPS_WORD_OF_TWO.search(m.group("names")):
        return None  # initials alone ("L. M. Brandt") are no name in capitals: the name runs on
    words = m.group("rest").split(" ")
    for n in range(min(CAPS_BYLINE_AFTER_WORDS, len(words)), 0, -1):  # the longest name first
        prefix = " ".join(words[:n])
        agency = rules.agency(prefix)
        if agency is not None or rules.outlet(prefix) or paper_name(prefix):
            return m.group("names"), agency, prefix, m.start("rest") + len(prefix)
    return m.group("names"), None, None, m.end("names")


def _names_until_sentence(text: str, pos: int) -> tuple[int, str]:
    """Read names from ``pos`` until the word that starts the story (followed by lowercase)."""
    tokens = [(m.start(), m.end(), m.group(0)) for m in regex.finditer(r"\S+", text[: pos + BYLINE_NAMES_REACH])]
    tokens = [t for t in tokens if t[0] >= pos]
    for j, (s, _e, tok) in enumerate(tokens):
        nxt = tokens[j + 1][2] if j + 1 < len(tokens) else ""
        if tok not in ("and", "&") and nxt[:1].islower() and nxt not in ("and",):
            return s, text[pos:s].strip()
        if not (tok[:1].isupper() or tok in ("and", "&")):
            return s, text[pos:s].strip()
    return pos, ""


def _closing(draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    for _ in range(BYLINE_TRAILER_PASSES):
        live = draft.live()
        if not live:
            return
        p = live[-1]
        closed = p.text.rstrip().endswith(")")  # both trailers end in a parenthesis
        m = REPORTING_BY.search(p.text, max(0, len(p.text) - REPORTING_BY_REACH)) if closed else None
        if m:
            for part in m.group("parts").split(";"):
                role = _MAKER.match(part.strip())
                if role:  # "Reporting by" and "Writing by" name makers; "Editing by" does not
                    draft.add_byline(split_names(part.strip()[role.end() :], outlet=draft.outlet), rules)
            p.cut(m.start(), len(p.text), "byline.reporting-by", ledger)
            continue
        if _unbracketed_signoff(p, draft, rules, ledger):
            continue
        if _contributors_signoff(p, draft, rules, ledger):
            continue
        m = _WRITTEN_BY.search(p.text, max(0, len(p.text) - WRITTEN_BY_REACH)) if closed else None
        if m:
            draft.add_byline(split_names(m.group("names"), outlet=draft.outlet), rules)
            p.cut(m.start(), len(p.text), "byline.written-by", ledger)
            continue
        if not _bio(p, draft, rules, ledger):
            return


def _unbracketed_signoff(p: Para, draft: Draft, rules: RuleSet, ledger: Ledger) -> bool:
    """ "Reporting by Jane Roe in Seoul; Editing by Sam Poe" closing the body, no brackets.

    Why: Reuters' pages print the sign-off bare under the story, and the outlets and
    aggregators that copy their markup keep it so; the bracketed reader above missed it and
    it stayed in the body. The makers ("Reporting by", "Writing by") go to ``byline``, the
    editors nowhere (a production credit); the line is cut as the bracketed one is (its own id).
    """
    text = p.text
    start = max(0, len(text) - REPORTING_BY_REACH)
    # cheap tests first: a semicolon between two roles, and a maker's role ("Reporting by",
    # "Writing by") where the search starts (a few characters back for "Additional ")
    found = [i for i in (text.find("eporting by ", start), text.find("riting by ", start)) if i != -1]
    maker = min(found, default=-1)
    if maker == -1 or text.find("; ", maker) == -1:
        return False
    m = UNBRACKETED_SIGNOFF.search(text, max(start, maker - len("Additional R")))
    if m is None:
        return False
    for part in m.group("parts").split(";"):
        role = _MAKER.match(part.strip())
        if role:
            draft.add_byline(split_names(part.strip()[role.end() :], outlet=draft.outlet), rules)
    p.cut(m.start(), len(text), "byline.reporting-by-bare", ledger)
    return True


# A contributors' sign-off: "CNN's Jane Roe and Sam Poe contributed to this report.", "ABC
# News' Jane Roe contributed to this report.", "Associated Press writer Jane Roe in London
# contributed to this report.", "Harbour Times staff contributed to this story."
_CONTRIBUTED_END = regex.compile(
    r"\s(?:also\s)?contributed(?:\sreporting)?(?:\sto\sthis\s(?:report|story|article))?\.\s*$"
)
# What opens the sentence before the names: a newsroom's possessive ("CNN's ", "ABC News' "),
# then maybe job words ("Associated Press writer ", "TNS analyst ", "staff").
_CONTRIBUTOR_DESK = regex.compile(r"(?:The\s)?[A-Z][\w&.'’-]{0,30}(?:\s[A-Z\d][\w&.'’-]{0,30}){0,3}(?:'s|’s|'|’)\s")
_CONTRIBUTOR_ROLE = regex.compile(
    r"(?:[A-Z][\w&.'’-]{0,30}\s){0,4}(?:staff\s)?(?:writers?|reporters?|correspondents?|analysts?|journalists?)\s"
)
_STAFF_ONLY = regex.compile(r"(?:The\s)?[A-Z][\w&.'’-]{0,30}(?:[\s-][A-Z][\w&.'’-]{0,30}){0,4}\sstaff")


def _contributors_signoff(p: Para, draft: Draft, rules: RuleSet, ledger: Ledger) -> bool:
    """A sentence closing the story that names who "contributed to this report": the people
    go to ``byline``, the sentence out of the body (its own id).

    Why: US newsrooms close a story with its contributors (CNN: "CNN's Eliza Mackintosh and
    Kara Fox contributed to this report."; ABC News: "ABC News' Ann Reynolds and ... contributed
    to this report."; the AP's copy on HuffPost: "Associated Press writer Jill Lawless in London
    contributed to this report."; the San Antonio Express-News: "... staff contributed to this
    report."; The New Stack: "TNS analyst ... contributed to this report.", each quoted by
    news-text cleaners in the code corpus). It stayed as the body's last sentence. An agency
    alone ("The Associated Press contributed to this report.") is a credit, left to the
    credit reader; a sentence whose subject is no newsroom's people ("Her father contributed
    to this report.") names none and stays.
    """
    text = p.text
    tail = max(0, len(text) - CONTRIBUTORS_REACH)
    if "contributed" not in text[tail:]:  # the cheap test first
        return False
    end = _CONTRIBUTED_END.search(text, tail)
    if end is None:
        return False
    start = next((s for s in reversed(sentence_starts(text)) if s <= end.start()), 0)
    who = text[start : end.start()]
    if not who[:1].isupper() or rules.agency(who.removeprefix("The ")) is not None:
        return False
    names: list[str] = []
    desk = _CONTRIBUTOR_DESK.match(who)
    role = _CONTRIBUTOR_ROLE.match(who, desk.end() if desk else 0)
    if role is not None:
        names = split_names(who[role.end() :], outlet=draft.outlet)
    elif desk is not None:
        names = split_names(who[desk.end() :], outlet=draft.outlet)
    elif _STAFF_ONLY.fullmatch(who) is None:
        return False  # no newsroom's possessive, job or staff: a sentence of the story
    if (desk is not None or role is not None) and not names:
        return False
    draft.add_byline(names, rules)
    p.cut(start, len(text), "byline.contributors", ledger)
    return True


def _bio(p: Para, draft: Draft, rules: RuleSet, ledger: Ledger) -> bool:
    """ "Wendy Teo is The Straits Times' ... correspondent ... She covers ..." at the end."""
    text = p.text
    tail = text[-BIO_REACH:].lower()
    if not contains_any(tail, _BIO_WORDS):  # no role word, no bio: skip the sentence split
        return False
    starts = sentence_starts(text)
    for k in range(len(starts) - 1, max(-1, len(starts) - 1 - BIO_LAST_SENTENCES), -1):
        s = starts[k]
        m = _BIO.match(text, s)
        if not m:
            continue
        rest = [text[a:b].strip() for a, b in zip(starts[k + 1 :], [*starts[k + 2 :], len(text)], strict=False)]
        if all(_PRONOUN_SENTENCE.match(r) for r in rest if r):
            name = m.group("name")
            if {w.lower() for w in name.split()} & ROLE_WORDS or _bio_names_subject(draft, p, s, name):
                return False
            draft.add_byline([name], rules)
            p.cut(s, len(text), "byline.bio", ledger)
            return True
    return False


def _bio_names_subject(draft: Draft, p: Para, at: int, name: str) -> bool:
    """Whether the person a closing bio-like sentence describes (``name``, the sentence at
    ``at`` in ``p``) is one the story itself is about: named in the title or earlier in the
    body, and not already read as the block's author.

    Why: a radio or podcast segment's notes close by introducing its guests ("Jane Roe is a
    former press secretary, a columnist and ...", RNZ's panel notes on Daily8, whose title
    names both guests; "Technology commentator Sam Poe joins ... Sam Poe is a Wellington-based
    technology journalist.", RNZ's Nine to Noon notes), and the bio reader took the guest for
    the author and cut the story's own sentence (issue 19: nothing of a story's text may go).
    An author's bio names someone the story has not mentioned ("Wendy Teo is The Straits
    Times' South Korea correspondent ...", the Straits Times seed), or the byline already read.
    """
    if name in draft.byline:
        return False
    if draft.title is not None and name in draft.title:
        return True
    if name in p.text[:at]:
        return True
    for q in draft.paras:
        if q is p:
            break
        if q.alive and name in q.text:
            return True
    return False
