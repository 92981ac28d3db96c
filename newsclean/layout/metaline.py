"""One header line of a listing entry to its fields.

Sites print an entry's header as a few pieces around a time, set off by separators:
"ABC Australia - 20/09/2017", "BT Toronto | posted Monday, Dec 7th, 2020", "(0)Comments |
December 17, 2018 12:18 am", "By Stephanie Taylor, The Canadian Press on March 17th, 2023",
"News 2023-09-22T08:51:51Z", "22 December, 2011 Entertainment", "CanadaJun 25, 2024".
Each piece is read by what it is: a stamp label, a comment counter, a byline, an agency,
an outlet (a name behind a separator, a domain, a known outlet), or a section.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..dates import WEEKDAY_WORDS
from ..headerlines import agency_staff_title, byline_line, joined_names, name_and_outlet, names_shaped
from ..lexicon import MASTHEAD_WORDS_ABROAD
from ..names import paper_name, without_town
from ..rules import RuleSet
from ..thresholds import (
    META_NAME_MAX_WORDS,
    PERSON_NAME_MIN_WORDS,
    PLACE_MAX_WORDS,
    TRAILING_COUNTER_REACH,
    WRITER_MAX_WORDS,
)
from ..timeparse import find_time, stamp_label
from .shapes import all_capitalised, meta_time, relay_line, source_line, word_count

# What sets header pieces apart. " - " only with spaces: a hyphen joins words.
_SEPARATOR = regex.compile(r"\s(?:[|·•–—-]|/)\s|\s?[|·•]\s?|\son\s(?=\S)|,\s(?=\S)")
# Stamp labels ("posted", "Publish Date :", "Updated") and comment counters ("(0)Comments",
# "12 comments"): chrome beside the time.
# Two labels may share one stamp ("Posted/updated on:" on ktbb.com); a byline's label may stand
# after the time with its name lost ("Monday, 03 February 2020 01:45 Written by" on a Joomla
# listing, oasesnews.com), where it was read as the entry's section. Links beside the time
# that name nothing ("Source | 2021/03/04 | Permalink" on hancinema.net's listings, the
# blog engines' "Permalink" by each post's date) became the outlet and the section.
_STAMP_WORD = r"(?:(?:last\s)?updated|(?:first\s)?published|posted|modified|created)"
_LABEL = regex.compile(
    rf"(?i)(?:{_STAMP_WORD}(?:\s?/\s?{_STAMP_WORD})?|publish(?:ed)?\sdate|date|on|(?:written|posted|published)\sby|by"
    r"|permalink|source)\s?:?"
)
_TRAILING_LABEL = regex.compile(r"(?i)\s(?:on|at|posted(?:\son)?|published(?:\son)?|updated(?:\son)?)$")
# A counter, and a bare number beside the time: the comment count the tagDiv Newspaper theme's
# modules print right after the date ("September 18, 2018 0" under each title of
# thefallingdarkness.com's tag pages; its td-module-comments link holds only the number, in
# the theme's templates and their clones in the code corpus). Read as a name, the number
# became each entry's section; a section or an outlet has letters.
# Forum-style cards count replies beside the poster and the time, their counts grouped or
# shortened ("02/18/2004 4:26 PM PST · by Coleus · 28 replies · 797+ views" on
# freerepublic.com's keyword pages; "by {author} · {replies} replies · {views} views" in the
# code corpus's forum and digest templates, "1.2K views"): "28 replies" was each entry's
# section. The digits' groups each open with their separator: one way to read them.
_COUNTER = regex.compile(
    r"(?i)\(?\d{0,6}(?:[.,]\d{1,3}){0,3}[km]?\+?\)?\s?(?:comments?|views?|shares?|likes?|reactions?|repl(?:y|ies)|responses?)"
    r"|no (?:comments?|replies)|\d{1,6}"
)
# The same counter glued to the writer's name after the time, with no separator: "Posted on:
# January 24th, 2025 by Jane Roe No Comments" (peoples-balita.com's day pages; the _s starter
# theme and the WordPress themes built on it print the comments link right after "Posted on
# ... by ..."), "Posted in Crime, Local0 Comments" (montserrat's category pages, the count glued
# to the last section). Its capitals were read as the writer's last words.
_TRAILING_COUNTER = regex.compile(r"(?i)(?:\s(?:no|[0-9]{1,6})|(?<=[a-z])[0-9]{1,6})\s(?:comments?|replies)$")
_COUNTER_ENDS = ("comment", "comments", "replies")
_DOMAIN = regex.compile(r"(?:www\.)?[\w-]{1,60}(?:\.[\w-]{1,30}){0,3}\.[a-z]{2,12}", regex.IGNORECASE)
# An editor's credit among a header line's pieces ("Edited By: Jane Roe | Updated: ..." on
# NDTV's and other Indian portals' stories): production credits are chrome (LABELS.md).
_EDITED_BY = regex.compile(r"(?i)edited\sby\s?:?\s[^|•·]{2,60}")
# "fromwww.bbc.com": a "from" glued to the domain it names (briefly.co).
_GLUED_FROM = regex.compile(r"(?i)from(?=www\.)")


@dataclass
class MetaFields:
    """What one header line says; ``chrome`` are (start, end) offsets of the pieces that are not fields."""

    time: tuple[int, int] | None = None
    outlet: str | None = None
    category: str | None = None
    byline: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    place: str | None = None
    chrome: list[tuple[int, int]] = field(default_factory=list)


def parse_meta(text: str, rules: RuleSet) -> MetaFields:
    """The fields of a header line (see the module's docstring for the shapes read)."""
    out = MetaFields()
    src = source_line(text)
    if src is not None:  # "Source: Reuters", "via The Verge"
        at = text.index(src) if src in text else 0
        _source_name(_source_time(src, at, out), out, rules)
        out.chrome.append((0, at))
        if at + len(src) < len(text) and relay_line(text) is not None:  # the autoposter's link
            out.chrome.append((at + len(src), len(text)))
        return out
    span = meta_time(text)
    if span is not None:
        span = (_weekday_start(text, span[0]), span[1])
        out.time = span
        _pieces(text, 0, span[0], out, rules, before=True)
        _pieces(text, _place_after_time(text, span[1], out, rules), len(text), out, rules, before=False)
        return out
    titled = agency_staff_title(text, rules)  # "By Jane Roe, Associated Press Writer"
    names = byline_line(titled[0] if titled else text)
    if names:
        names = _without_town(names, rules)
        _byline(names, out, rules)
        if titled:
            out.credits.append(titled[1])
            first = text.find(names[0]) if names else -1
            if first > 0:  # "Written by", "By:": the label before the names
                out.chrome.append((0, first))
        else:  # the label before the names, "and" between them, the town after them
            out.chrome.extend(_between_names(text, names))
    elif (named := name_and_outlet(text, rules)) is not None:  # "Jane Roe - The Philippine Star"
        out.byline.append(named[0])
        out.outlet = named[1]
    return out


# A weekday right before the date, in the languages the date reader knows ("Senin, 03 Jun 2025",
# "Montag, 3. Juni 2025").
_WEEKDAY_BEFORE = regex.compile(r"(?P<day>[^\W\d_][^\W\d_'’-]{1,12}),?\s$")


def _weekday_start(text: str, start: int) -> int:
    """Where a time found at ``start`` begins once the weekday before it is counted in.

    Why: Indonesian portals open their stamps with the weekday ("Senin, 03 Jun 2025 14:30
    WIB" on detik.com and cnnindonesia.com), and the line's reader, finding the date after
    it, gave the weekday to the entry as its section. The weekday is the time's (timeparse's
    line reader keeps it so too).
    """
    m = _WEEKDAY_BEFORE.search(text, max(0, start - 16), start)
    if m is None or m.group("day").lower() not in WEEKDAY_WORDS:
        return start
    return m.start()


def _trailing_counter(core: str) -> int:
    """Where a comment counter glued to the end of a header piece starts ("Jane Roe No
    Comments" -> 8, "Local0 Comments" -> 5), or 0 when none closes it or it is the whole piece
    (see ``_TRAILING_COUNTER``). A lower-cased ending test turns most pieces away first."""
    if not core[-8:].lower().endswith(_COUNTER_ENDS):
        return 0
    m = _TRAILING_COUNTER.search(core, max(0, len(core) - TRAILING_COUNTER_REACH))
    return m.start() if m is not None and m.start() > 0 else 0


def _pieces(text: str, a: int, b: int, out: MetaFields, rules: RuleSet, *, before: bool) -> None:
    """Read the pieces of ``text[a:b]``, which stands before (or after) the time."""
    pos = a
    seps = list(_SEPARATOR.finditer(text, a, b))
    bounds: list[tuple[int, int, bool]] = []  # (start, end, set off by a separator)
    for m in seps:
        bounds.append((pos, m.start(), True))
        pos = m.end()
    bounds.append((pos, b, bool(seps) or not before))
    for s, e, separated in bounds:
        piece = text[s:e]
        core = piece.strip(" |·•–—-:,/")
        tail = _TRAILING_LABEL.search(core)
        if tail is not None and tail.start() > 0:  # "The Canadian Press on" <date>: the "on" is a label
            off_tail = s + piece.index(core) + tail.start()
            out.chrome.append((off_tail + 1, off_tail + len(tail.group(0))))
            core = core[: tail.start()]
        if not core:
            continue
        off = s + piece.index(core)
        glued = _GLUED_FROM.match(core)
        if glued:
            out.chrome.append((off, off + glued.end()))
            core, off = core[glued.end() :], off + glued.end()
        if not before and core[:3] == "in " and core[3:4].isupper():
            # "By Jane Roe on June 9, 2025 in Local News": the category the post is filed in
            # (WordPress themes' "By %1$s on %2$s in %3$s": classify._with_category)
            out.chrome.append((off, off + 3))
            core, off = core[3:], off + 3
        counter = _trailing_counter(core)
        if counter:  # "by Jane Roe No Comments": the counter is chrome, the name a byline
            out.chrome.append((off + counter, off + len(core)))
            core = core[:counter]
        src = source_line(core)
        if src is not None and out.outlet is None:  # "News provided byCision Canada"
            agency = rules.agency(src) if rules.outlet(src) is None else None
            if agency is not None:  # "Agency: PTI": the wire's credit
                out.credits.append(agency)
            else:
                out.outlet = rules.outlet(src) or src
            out.chrome.append((off, off + core.index(src)))
            continue
        if _LABEL.fullmatch(core) or _COUNTER.fullmatch(core) or _EDITED_BY.fullmatch(core) or _other_label(core):
            out.chrome.append((off, off + len(core)))  # "Edited By: Jane Roe": an editor, no byline
            continue
        if before and separated and out.place is None and rules.is_place(core):
            out.place = core  # "Written by Jane Roe | New Delhi | Updated: ...": the desk's city
            continue
        names = byline_line(core) or login_byline(core)
        if names:
            names = _without_town(names, rules)
            _byline(names, out, rules)
            out.chrome.extend((off + a, off + b) for a, b in _between_names(core, names))
            continue
        # "India News17 hours ago", "CanadaJun 25, 2024": glued to the time, a section;
        # "ABC Australia - 20/09/2017": set off before the time, the outlet. A second name
        # ("The Star Worldwide (English) on MSN"): the aggregator's, chrome.
        if not _name(core, out, rules, after_separator=separated and before):
            out.chrome.append((off, off + len(core)))


def _without_town(names: list[str], rules: RuleSet) -> list[str]:
    """The names without the writers' town (``names.without_town``); an agency or outlet there
    ("By Jane Roe, Reuters") stays, for its credit or outlet."""
    return without_town(names, lambda n: bool(rules.agency(n) or rules.outlet(n)))


def _between_names(piece: str, names: list[str]) -> list[tuple[int, int]]:
    """The stretches of a byline piece around its names that hold letters: "By" before them,
    "and" between them, the writer's town after them ("By Jane Roe and Sam Poe, Portwick").

    Why: they are no field, and unrecorded they were letters of the page that no removal and
    no field held (benchmarks/lost_letters.py). A name not printed as read is skipped."""
    out: list[tuple[int, int]] = []
    pos = 0
    for name in names:
        at = piece.find(name, pos)
        if at < 0:
            continue
        if any(c.isalnum() for c in piece[pos:at]):
            out.append((pos, at))
        pos = at + len(name)
    if pos and any(c.isalnum() for c in piece[pos:]):
        out.append((pos, len(piece)))
    return out


def _other_label(piece: str) -> bool:
    """Whether a piece beside the time is a stamp's label in another language ("Publicado",
    "Publié le", "Veröffentlicht am", "Stand:", "Diterbitkan"): chrome, like "Updated".

    Why: ``_LABEL`` knows the English labels only, and a foreign one standing before the
    time was read as the entry's section: "Publicado 19/05/2020 15:22" over Europa Press's
    headlines (notimerica.com) gave the story the category "Publicado", "Stand: 20.11.2021
    22:35 Uhr" over ndr.de's live blog the category "Stand". The time-line reader already
    knows these labels (``timeparse.stamp_label``); only a label of the time's own line.
    """
    return stamp_label(piece)


# "by admin", "Posted by webmaster": the label, then one lower-case word that is a login.
_LOGIN_BYLINE = regex.compile(r"(?i:(?:posted|written|published)\s)?[Bb]y\s(?P<login>[a-z][a-z0-9_.-]{1,30})")


def login_byline(piece: str) -> list[str] | None:
    """The login name a blog engine prints as a post's author beside its date ("June 16,
    2022 by admin", "Posted by webmaster on ..."), as a byline; else ``None``.

    Why: WordPress and similar engines print the author's login when no display name is
    set, most often its default "admin", all in lower case; byline reading wants capitalised
    names, so "by admin" was read as the entry's section (gxpress.net's section pages; the
    same "<date> by admin" meta line is in many blog theme templates). Only one lower-case
    word: "by the river" is no login.
    """
    m = _LOGIN_BYLINE.fullmatch(piece)
    return [m.group("login")] if m is not None else None


# "21 February,2026 10:25 AM IST | Adelaide | PTI", "<time> | Mumbai | Jane Roe": a wire
# desk's stamp line, time then place then the author or agency (mid-day's listings; the
# same order as a wire dateline, "NEW DELHI, Mar 30 (PTI)"). Only with pipes and only with a
# writer after it: "<time> | Cricket" alone is a section.
_PIPE = regex.compile(r"\s?\|\s?")


def _place_after_time(text: str, at: int, out: MetaFields, rules: RuleSet) -> int:
    """Read a place and its writer after the time (see ``_PIPE``); where the pieces left start."""
    rest = text[at:]
    parts = [p.strip() for p in _PIPE.split(rest)]
    if len(parts) != 3 or parts[0] or not parts[1] or not parts[2]:  # noqa: PLR2004 (time | place | writer)
        return at
    place, writer = parts[1], parts[2]
    joint = " and " in writer and names_shaped(writer)  # "<time> | Mumbai | Jane Roe and Sam Poe"
    if not _is_place(place, rules) or not (joint or _is_writer(writer, rules)):
        return at
    out.place = place
    agency = rules.agency(writer)
    if agency is not None:
        out.credits.append(agency)
    else:
        out.byline.extend(joined_names(writer) if joint else [writer])
    return len(text)


def _is_place(piece: str, rules: RuleSet) -> bool:
    """A short capitalised name that is no section, outlet or agency the rules know."""
    if word_count(piece) > PLACE_MAX_WORDS or any(c.isdigit() for c in piece) or not all_capitalised(piece):
        return False
    return not (rules.is_category(piece) or rules.outlet(piece) or rules.agency(piece))


def _is_writer(piece: str, rules: RuleSet) -> bool:
    """An agency, or a name of a few capitalised words (a person or a desk: "A Correspondent")."""
    if rules.agency(piece) is not None:
        return True
    words = piece.split()
    return (
        PERSON_NAME_MIN_WORDS <= len(words) <= WRITER_MAX_WORDS
        and all_capitalised(piece)
        and not any(c.isdigit() for c in piece)
    )


def _byline(names: list[str], out: MetaFields, rules: RuleSet) -> None:
    for name in names:
        agency = rules.agency(name)
        if agency is not None:
            out.credits.append(agency)
        elif name.startswith(("The ", "THE ")) or rules.outlet(name) is not None:
            out.outlet = out.outlet or (rules.outlet(name) or name)
        else:
            out.byline.append(name)


# A person's name: two or three capitalised words, a middle initial allowed ("Jane Roe",
# "Sam T. Poe"), in any alphabet's letters ("Seán", "Wiśniewski", "Åkesson"), with the
# prefixes of Irish and Scottish names ("McGrath", "O'Neill", "D'Arcy"), initials for the
# first names ("A.B. Okafor", "J. K. Morvant") and the particles before a surname ("Ana de
# la Fuente", "Seán Ó Briain"). Words that name publications keep a name of that shape an outlet.
_NAME_WORD = r"(?:Mc|Mac|O['’]|D['’])?\p{Lu}[\p{Ll}'’]{1,20}(?:-\p{L}\p{Ll}{1,20})?"
_INITIALS = r"\p{Lu}\.(?:\s?\p{Lu}\.){0,2}"
_WRITER_PARTICLE = r"(?:de|da|del|della|di|du|van|von|der|den|la|le|bin|binti|al|el|Ó|Ní|Nic)"
_WRITER = regex.compile(
    rf"(?:{_INITIALS}|{_NAME_WORD})(?:\s\p{{Lu}}\.)?(?:\s{_WRITER_PARTICLE}){{0,2}}(?:\s{_NAME_WORD}){{1,2}}"
)
_MASTHEAD_WORDS = (
    frozenset(
        "news post times herald gazette journal wire tribune press courier ledger weekly daily today online "
        "radio tv television media network express star mail chronicle observer standard review report "
        "record sun telegraph globe insider business finance world magazine bulletin digest monitor "
        "reporter dispatch examiner inquirer sentinel register age advertiser mirror guardian independent".split()
    )
    | MASTHEAD_WORDS_ABROAD
)


def writer_name(text: str) -> bool:
    """Whether the name a stamp line prints before its time is a writer's, not an outlet's.

    Why: blog-style listings print "Jane Roe | September 14, 2015 - 12:17 pm" under each
    title (celebuzz.com; washingtonpost.com's daily briefing prints "Name, Outlet | ... |
    date"), and the stamp reading gave the writer to the entry as its outlet. A name with
    a publication's word ("Coast Post", "Valley Gazette") stays an outlet, in other languages
    too: "Harian Pagi - 5 jam lalu" under an Indonesian portal's titles, "Diario Costa - hace
    2 horas" under a Spanish one, where the paper's word stands first (lexicon.MASTHEAD_WORDS_ABROAD).
    """
    if _WRITER.fullmatch(text) is None or text.startswith("The "):  # "The New Yorker"
        return False
    # a paper's double name is hyphenated as a surname is: "Post-Gazette", "Star-Ledger",
    # "Herald-Tribune", "Times-Picayune"; each half is looked up
    return not any(part.lower() in _MASTHEAD_WORDS for w in text.split() for part in w.split("-"))


_PIPE_SEP = regex.compile(r"\s\|\s")


def _source_time(src: str, at: int, out: MetaFields) -> str:
    """The name of a source line whose time stands behind a pipe ("Source: Xinhua |
    2020/9/22 13:44:42"), its time then set in ``out`` (``at``: where ``src`` starts in the
    line); else ``src`` whole.

    Why: globaltimes.cn's sections print each entry's source and time on one line, and
    the time was glued to the outlet ("Xinhua | 2020/9/22 13:44:42"). Only a whole time
    after the last pipe: "Source: Coast Post | Weekend" keeps its name as it is.
    """
    seps = list(_PIPE_SEP.finditer(src))
    if not seps:
        return src
    cut = seps[-1]
    span = find_time(src[cut.end() :])
    if span is None or span != (0, len(src) - cut.end()):
        return src
    out.time = (at + cut.end(), at + len(src))
    return src[: cut.start()]


def _source_name(src: str, out: MetaFields, rules: RuleSet) -> None:
    """The name a "Source: X" / "News provided by X" line gives: an agency's credit, else the
    outlet, even when it reads like a person's name ("News provided byCision Canada").

    Why: a free-standing name behind a separator may be a writer's, but the words before
    this one say it is where the story comes from; read as a writer, newswire.ca's
    distributor became the release's byline once its line stood alone.
    """
    agency = rules.agency(src)
    if agency is not None and rules.outlet(src) is None:
        out.credits.append(agency)
    elif word_count(src) <= MAX_SOURCE_WORDS:
        out.outlet = rules.outlet(src) or src


# A source's name is a few words; past this many, the line is a sentence that opens with
# "From" (the same bound the name pieces of a header line keep).
MAX_SOURCE_WORDS = 6


def _name(core: str, out: MetaFields, rules: RuleSet, *, after_separator: bool) -> bool:
    """Read one name-like piece into ``out``; ``False`` when it fills no field."""
    if word_count(core) > META_NAME_MAX_WORDS:
        return False
    agency = rules.agency(core)
    if agency is not None and rules.outlet(core) is None:
        out.credits.append(agency)
        return True
    known = rules.outlet(core)
    if known is None and after_separator and writer_name(core):
        if core not in out.byline:
            out.byline.append(core)
        return True
    # a paper's name by its words ("Coast Post" in "3 hours ago · Coast Post") is the outlet
    # wherever it stands, a section's name never holds one (names.paper_name)
    if (
        known is not None
        or _DOMAIN.fullmatch(core)
        or ((after_separator or paper_name(core)) and not rules.is_category(core))
    ):
        if out.outlet is not None:
            return False
        out.outlet = known or core
    else:
        if out.category is not None:
            return False
        out.category = core
    return True
