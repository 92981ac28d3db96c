"""Authors: "By ..." lines, "Hosted by", "(This article was written by ...)", "Compiled by"
openings, name-then-", Outlet" lines, letter signatures and author bios at the end.

Author lines and bios are not part of the body; they are recorded as removed (rule
``byline.*``) and their names go to ``byline``.
"""

from __future__ import annotations

import regex

from ..draft import Draft, sentence_starts
from ..lexicon import (
    DESK_BYLINE_KINDS,
    DESK_BYLINE_OPENERS,
    DESK_BYLINE_ROLES,
    INLINE_BYLINE_ROLES,
    PATTERN_PARTICLES,
    ROLE_LABELS,
    ROLE_WORDS,
    STAFF_ROLES,
    alternation,
)
from ..para import Ledger, Para
from ..rules import RuleSet
from ..thresholds import (
    BIO_LAST_SENTENCES,
    BIO_REACH,
    BYLINE_LINE_MAX_CHARS,
    BYLINE_LINE_MAX_WORDS,
    BYLINE_NAMES_REACH,
    BYLINE_TRAILER_PASSES,
    INLINE_BYLINE_MAX_LEAD_WORDS,
    INLINE_BYLINE_REACH,
    NEXT_LINE_OUTLET_MAX_WORDS,
    PERSON_NAME_MAX_WORDS,
    PERSON_NAME_MIN_WORDS,
    REPORTING_BY_REACH,
    WRITTEN_BY_REACH,
)
from .names import split_names

_PARTICLE = alternation(PATTERN_PARTICLES)
_NAME = rf"[A-Z][\w'’.-]{{0,30}}(?:\s(?:[A-Z][\w'’.-]{{0,30}}|{_PARTICLE})){{0,4}}"
_BY_LINE = regex.compile(
    r"(?:[Bb]y:?|BY:?|Written by|Words by|Story by|Reported by|Hosted by|Presented by|Text by)\s{1,2}"
    r"(?P<names>[A-Z].{1,150})"
)
_ROLE_LINE = regex.compile(rf"(?:{alternation(ROLE_LABELS)})s?\s?:\s(?P<names>[A-Z].{{1,150}})")
# A name and the writer's job on one line: "Jane Roe, Staff Writer", "Jane Roe | Senior Correspondent".
_ROLE_ENDS = STAFF_ROLES
_NAME_ROLE_LINE = regex.compile(
    rf"(?P<names>[A-Z][\w'’.-]{{0,30}}(?:\s(?:[A-Z][\w'’.-]{{0,30}}|{_PARTICLE})){{1,3}})"
    rf"\s?(?:,|\||\s[-–—])\s(?:[A-Z][\w'’.-]{{0,30}}\s){{0,3}}(?:{alternation(STAFF_ROLES)})"
)
_WRITTEN_BY = regex.compile(
    r"\(\s?(?:This|The)\s(?:article|story|report|piece)\s(?:was|is)\s(?:written|compiled|reported|prepared)"
    r"\sby\s(?P<names>[^()]{2,200})\)\s*$"
)
# Reuters' trailer: "(Reporting by Jane Roe in Seoul; Editing by Sam Poe)".
_REPORTING_BY = regex.compile(
    r"\((?P<parts>(?:Additional\s)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled)\sby\s[^()]{2,400})\)\s*$"
)


def signoff_line(text: str) -> bool:
    """A line that is only the wire's closing sign-off, "(Reporting by ...; Editing by ...)".

    It looks like nothing else a layout knows (a parenthesised run of names), so without this
    a listing reader takes it for a title; it belongs to the story above it.
    """
    return text.startswith("(") and _REPORTING_BY.fullmatch(text.strip()) is not None


_MAKER = regex.compile(r"(?:Additional\s)?(?:[Rr]eporting|[Ww]riting)\sby\s")
_COMPILED_BY = regex.compile(r"(?:Compiled|Written|Reported)\sby\s")
_INLINE_BY = regex.compile(
    rf"(?:^|(?<=\s))By\s(?P<name>{_NAME}(?:,?\sand\s{_NAME})?)"
    rf"(?P<role>,\s(?:[A-Z][\w'’.-]{{0,30}}\s){{0,3}}(?:{alternation(INLINE_BYLINE_ROLES)}))?\s(?=[A-Z\"'‘“])"
)
# A letter's signature: the writer and where they live ("Jane Roe, Upper Merrow, Valley
# County"; "Jane Roe, Glasgow." with its full stop when the place is one name).
_SIGNATURE = regex.compile(
    r"(?P<name>[A-Z][\w'’.-]{1,30}(?:\s[A-Z][\w'’.-]{1,30}){1,2})(?:(?:,\s[A-Z][\w'’.-]{0,30}(?:\s[A-Z][\w'’.-]{0,30}){0,2}){2,3}"
    r"|,\s[A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{1,30}){0,2}\.)"
)
_BIO = regex.compile(
    rf"(?P<name>{_NAME})\s(?:is|was)\s(?:[^.]|\.(?=\w)){{0,160}}?\b(?:correspondent|reporter|editor|writer|"
    rf"journalist|columnist|contributor|bureau chief|critic|commentator|freelance)\b[^.]{{0,160}}\.",
)
_BIO_WORDS = ("correspondent", "reporter", "editor", "writer", "journalist", "columnist", "contributor",
              "bureau chief", "critic", "commentator", "freelance")  # fmt: skip
_PRONOUN_SENTENCE = regex.compile(r"(?:He|She|They|His|Her|Their)\s")
# The words a byline line can open with (both patterns above are anchored at the start).
# A lowercase "by" too: themes that print the byline as a link label ("by  AFP", "by Jane Roe").
_LINE_STARTS = ("By", "BY", "by ", "Written", "Words", "Story", "Reported", "Hosted", "Presented", "Text",
                "Presenter", "Reporter", "Host", "Writer", "Author", "Correspondent")  # fmt: skip


# "Staff Reporter", "Our Correspondent", "A Special Correspondent", "News Desk": see lexicon;
# a paper's initials stand for its name in the same place ("HT Correspondent").
_DESK_BYLINE = regex.compile(
    rf"(?:(?P<open>{alternation(DESK_BYLINE_OPENERS)})\s)?(?P<desk>(?:(?:{alternation(DESK_BYLINE_KINDS)}|News|Web|Online|(?!THE\s)[A-Z]{{2,5}})\s)?"
    rf"(?:{alternation(DESK_BYLINE_ROLES)}))"
)


def desk_byline(text: str) -> str | None:
    """The desk a line that is only a newsroom's unnamed byline credits ("Staff Reporter",
    "Our Correspondent", "By Our Staff Reporter" -> "Our Staff Reporter"), else ``None``.

    Why: South Asian dailies and their listings print the desk where a writer's name would
    stand, on its own line under the headline; read as a short label it became the entry's
    category, or (unread) glued the entries of a listing into one story. It is the byline.
    Only two words or more ("Reporter" alone is a heading) and only a role the lexicon lists.
    """
    if not text.endswith(DESK_BYLINE_ROLES) or " " not in text:
        return None
    m = _DESK_BYLINE.fullmatch(text.strip())
    if m is None:
        return None
    opener = m.group("open")
    desk = m.group("desk")
    if " " not in desk and opener in (None, "By"):
        return None  # "By Reporter", "Desk": no unnamed desk byline
    if desk.endswith("Desk") and " " not in desk:
        return None
    return desk if opener in (None, "By") else f"{opener.removeprefix('By ').removeprefix('From ')} {desk}"


def byline_line(text: str, outlet: str | None = None) -> list[str] | None:
    """The names of a line that is only a byline ("By Jane Roe and Sam Poe"), else ``None``."""
    desk = desk_byline(text)
    if desk is not None:
        return [desk]
    if (
        text.startswith(_LINE_STARTS)
        and len(text.split()) <= BYLINE_LINE_MAX_WORDS
        and not text.endswith((".", "?", "!"))
    ):
        m = _BY_LINE.fullmatch(text) or _ROLE_LINE.fullmatch(text)
        if m:
            return split_names(m.group("names"), outlet=outlet)
    if text.endswith(_ROLE_ENDS) and len(text) <= BYLINE_LINE_MAX_CHARS:
        m = _NAME_ROLE_LINE.fullmatch(text)
        if m:
            return [m.group("names")]
    return None


def strip_bylines(draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    live = draft.live()
    for i, p in enumerate(live):
        text = p.clean
        names = byline_line(text, draft.outlet)
        if names is not None:
            draft.add_byline(names, rules)
            p.cut_all("byline.line", ledger)
            continue
        if i <= 1 and i + 1 < len(live) and _name_then_outlet(p.clean, live[i + 1].clean):
            draft.add_byline([p.clean], rules)
            outlet = live[i + 1].clean.lstrip(", ").strip()
            if draft.outlet is None:
                draft.outlet = rules.outlet(outlet) or outlet
            p.cut_all("byline.line", ledger)
            live[i + 1].cut_all("byline.outlet", ledger)
            continue
        m = (
            _SIGNATURE.fullmatch(text)
            if i > 0 and len(text) < BYLINE_LINE_MAX_CHARS and not text.split(",")[0].isupper()
            else None
        )
        if m:
            draft.add_byline([m.group("name")], rules)
            p.cut_all("byline.signature", ledger)
    _opening(draft, rules, ledger)
    _closing(draft, rules, ledger)


def _name_then_outlet(line: str, nxt: str) -> bool:
    """ "Lisa Respers France" then ", CNN": a byline whose outlet the page put on the next line."""
    if not nxt.startswith(",") or len(nxt.split()) > NEXT_LINE_OUTLET_MAX_WORDS:
        return False
    words = line.split()
    return (
        PERSON_NAME_MIN_WORDS <= len(words) <= PERSON_NAME_MAX_WORDS
        and all(w[:1].isupper() for w in words)
        and not line.endswith(".")
    )


def _opening(draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    first = draft.opening()
    if first is None:
        return
    p, lead = first
    text = p.text
    m = _COMPILED_BY.match(text, lead)
    if m:
        end, names = _names_until_sentence(text, m.end())
        if names:
            draft.add_byline(split_names(names), rules)
            p.cut(0, end, "byline.compiled-by", ledger)
            return
    m = _INLINE_BY.search(text, 0, min(len(text), INLINE_BYLINE_REACH)) if "By " in text[:INLINE_BYLINE_REACH] else None
    if (
        m
        and len(text[: m.start()].split()) <= INLINE_BYLINE_MAX_LEAD_WORDS
        and m.end() < len(text)
        and split_names(m.group("name"))
    ):
        draft.add_byline(split_names(m.group("name")), rules)
        if m.start() > 0:
            p.cut(0, m.start(), "heuristic.liveblog-furniture", ledger)
        p.cut(0, m.end() - m.start(), "byline.opening-line", ledger)


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
        m = _REPORTING_BY.search(p.text, max(0, len(p.text) - REPORTING_BY_REACH)) if closed else None
        if m:
            for part in m.group("parts").split(";"):
                role = _MAKER.match(part.strip())
                if role:  # "Reporting by" and "Writing by" name makers; "Editing by" does not
                    draft.add_byline(split_names(part.strip()[role.end() :], outlet=draft.outlet), rules)
            p.cut(m.start(), len(p.text), "byline.reporting-by", ledger)
            continue
        m = _WRITTEN_BY.search(p.text, max(0, len(p.text) - WRITTEN_BY_REACH)) if closed else None
        if m:
            draft.add_byline(split_names(m.group("names"), outlet=draft.outlet), rules)
            p.cut(m.start(), len(p.text), "byline.written-by", ledger)
            continue
        if not _bio(p, draft, rules, ledger):
            return


def _bio(p: Para, draft: Draft, rules: RuleSet, ledger: Ledger) -> bool:
    """ "Wendy Teo is The Straits Times' ... correspondent ... She covers ..." at the end."""
    text = p.text
    tail = text[-BIO_REACH:].lower()
    if not any(word in tail for word in _BIO_WORDS):  # no role word, no bio: skip the sentence split
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
            if {w.lower() for w in name.split()} & ROLE_WORDS:
                return False
            draft.add_byline([name], rules)
            p.cut(s, len(text), "byline.bio", ledger)
            return True
    return False
