"""Lines known by their shape alone, which the segmenter, the header reader and the layout
read before the field stages run: a byline line ("By Jane Roe"), a wire's closing sign-off
("(Reporting by ...; Editing by ...)") and a list of other stories' heading ("Related
Stories"). They live below those stages so that no stage imports a later one; the field
stages (``fields/bylines.py``, ``fields/headlines.py``) read the same recognisers.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from .lexicon import (
    DESK_BYLINE_KINDS,
    DESK_BYLINE_OPENERS,
    DESK_BYLINE_ROLES,
    NAME_PARTICLES,
    PATTERN_PARTICLES,
    ROLE_LABELS,
    STAFF_ROLES,
    alternation,
)
from .names import masthead, paper_name, split_names
from .patternfacts import max_width
from .thresholds import (
    AGENCY_TITLE_MAX_WORDS,
    BYLINE_LINE_MAX_CHARS,
    BYLINE_LINE_MAX_WORDS,
    CREDIT_LINE_MAX_WORDS,
    CREDIT_ONLY_LINE_MAX_WORDS,
    JOINT_MAX_NAMES,
    PERSON_NAME_MAX_WORDS,
    PERSON_NAME_MIN_WORDS,
)

if TYPE_CHECKING:
    from .rules import RuleSet

_PARTICLE = alternation(PATTERN_PARTICLES)
_BY_LINE = regex.compile(
    # "Posted by Jane Roe at 10:15 AM" closes Blogger's posts by default, "Posted by Jane Roe on
    # <date>" heads many WordPress themes' (the name before its stamp's "at"/"on")
    # the longer labels take a colon as "By:" does: "Reported by: Jane Roe" closes the stories of
    # Raycom's TV stations (wtoc.com), "Written by: <author>" is WordPress themes' meta line (many
    # templates in the code corpus print the_author() so)
    r"(?:[Bb]y:?|BY:?|(?:Written|Words|Story|Reported|Hosted|Presented|Text|Posted) by:?"
    # the word "by" in the other languages the date reader knows, as bylines under headlines
    # print it: "Por Jane Roe" (infobae.com, clarin.com, g1.globo.com), "Par Jane Roe"
    # (lemonde.fr, lefigaro.fr), "Von Jane Roe" (spiegel.de, zeit.de), "Door Jane Roe" (nos.nl),
    # "Oleh Jane Roe" and "Penulis: Jane Roe" (Indonesian portals: kompas.com, tribunnews.com)
    r"|Por:?|POR:?|Par:?|PAR:?|Von:?|VON:?|Door:?|Oleh:?|OLEH:?|Penulis\s?:|PENULIS\s?:)\s{1,2}"
    r"(?P<names>[A-Z].{1,150})"
)
_ROLE_LINE = regex.compile(rf"(?:{alternation(ROLE_LABELS)})s?\s?:\s(?P<names>[A-Z].{{1,150}})")
# A name and the writer's job on one line: "Jane Roe, Staff Writer", "Jane Roe | Senior Correspondent".
_ROLE_ENDS = STAFF_ROLES
_NAME_ROLE_LINE = regex.compile(
    rf"(?P<names>[A-Z][\w'’.-]{{0,30}}(?:\s(?:[A-Z][\w'’.-]{{0,30}}|{_PARTICLE})){{1,3}})"
    rf"\s?(?:,|\||\s[-–—])\s(?:[A-Z][\w'’.-]{{0,30}}\s){{0,3}}(?:{alternation(STAFF_ROLES)})"
)

# Reuters' trailer: "(Reporting by Jane Roe in Seoul; Editing by Sam Poe)".
REPORTING_BY = regex.compile(
    r"\((?P<parts>(?:Additional\s)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled)\sby\s[^()]{2,400})\)\s*$"
)


def signoff_line(text: str) -> bool:
    """A line that is only the wire's closing sign-off, "(Reporting by ...; Editing by ...)".

    It looks like nothing else a layout knows (a parenthesised run of names), so without this
    a listing reader takes it for a title; it belongs to the story above it.
    """
    return text.startswith("(") and REPORTING_BY.fullmatch(text.strip()) is not None


# The other languages' labels: their words are also a sentence's first word ("Von ... über ...
# bis ...", "Por ... de ..."), so their names must be names only (``_names_only``).
_ABROAD_STARTS = ("Por", "POR", "Par", "PAR", "Von", "VON", "Door", "Oleh", "OLEH", "Penulis", "PENULIS")
# Lower-case words a run of names may hold: "and" in those languages, and name particles.
_NAME_JOINS = frozenset("y e et und dan and van von der den de da do dos del di du la le bin binti al el".split())


# "in" before the writer's city: "Por Jane Roe en Madrid", "Von Jane Roe in Berlin".
_PLACE_JOINS = frozenset("en em in im aus à a di dari".split())


def _names_only(names: str) -> bool:
    """Whether the names part of a byline, up to its first separator (the outlet or the place
    may follow: "Por Jane Roe, g1 — São Paulo") or the city it was filed from ("... en
    Madrid"), is capitalised words and joins only."""
    words = regex.split(r",|\s[—–|-]\s", names, maxsplit=1)[0].split()
    for k, w in enumerate(words):
        if w in _PLACE_JOINS and k > 0 and k + 1 < len(words) and words[k + 1][:1].isupper():
            return True
        if not (w[:1].isupper() or w in _NAME_JOINS):
            return False
    return True


# The words a byline line can open with (both patterns above are anchored at the start).
# A lowercase "by" too: themes that print the byline as a link label ("by  AFP", "by Jane Roe").
_LINE_STARTS = ("By", "BY", "by ", "Written", "Words", "Story", "Reported", "Hosted", "Presented", "Text", "Posted by",
                "Por", "POR", "Par", "PAR", "Von", "VON", "Door", "Oleh", "OLEH", "Penulis", "PENULIS",
                "Presenter", "Reporter", "Host", "Writer", "Author", "Correspondent")  # fmt: skip


# "Staff Reporter", "Our Correspondent", "A Special Correspondent", "News Desk": see lexicon;
# a paper's initials stand for its name in the same place ("HT Correspondent").
_DESK_BYLINE = regex.compile(
    rf"(?:(?P<open>{alternation(DESK_BYLINE_OPENERS)})\s)?(?P<desk>(?:(?:{alternation(DESK_BYLINE_KINDS)}|News|Web|Online|(?!THE\s)[A-Z]{{2,5}})\s)?"
    rf"(?:{alternation(DESK_BYLINE_ROLES)})|(?<!\S)The\s[A-Z][a-z]{{2,20}}\sBureau)"
)


def desk_byline(text: str) -> str | None:
    """The desk a line that is only a newsroom's unnamed byline credits ("Staff Reporter",
    "Our Correspondent", "By Our Staff Reporter" -> "Our Staff Reporter"), else ``None``.

    Why: South Asian dailies and their listings print the desk where a writer's name would
    stand, on its own line under the headline; read as a short label it became the entry's
    category, or (unread) glued the entries of a listing into one story. It is the byline.
    Only two words or more ("Reporter" alone is a heading) and only a role the lexicon lists;
    a bureau signs with the paper's initials or its one-word name ("ET Bureau", "The Hindu
    Bureau"), never "Bureau" alone.
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


# A copyright line: "© 2025 Harbour Post", "Copyright 2025 X. All rights reserved." (its holder
# is read in fields/credits.py). Its years may be a range ("© 2016-2025 X": polizeiticker.ch,
# report24.news, Healthline's footers in html-dev), the sign may come before the word ("© Copyright 2025 X": citylimits.org,
# wsvn.com, instyle.com), and SNworks' college papers open it "All Content © 2016-2025 X".
COPYRIGHT_LINE = regex.compile(
    r"(?:All [Cc]ontent\s)?(?:Copyright|©)\s(?:©\s|Copyright\s)?(?:\d{4}(?:\s?[-–]\s?\d{4})?,?\s)?"
    # a site's own name in lower case: "© 2025, dailypost | All Rights Reserved." (the footer
    # of dailypost.com.gh's WordPress theme)
    r"(?P<who>[A-Za-z][\w .&'’-]{1,60}?)"
    # the holder's parent company or town after a comma: "© 2021 Global News, a division of
    # Corus Entertainment Inc." (Global News stories reprinted by Corus's radio stations,
    # chuck925.com), "All Content © 2016-2025 The Post, Athens OH" (SNworks college papers)
    r"(?:,\s(?:an?\s(?:division|subsidiary|unit|part|member)\sof\s[A-Z][\w .&'’-]{1,60}?"
    r"|[A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{0,30}){0,2}))?"
    r",?\s?(?:\d{4})?\.?"
    # the notice after a bar: "| All Rights Reserved." (dailypost.com.gh; themes in the code corpus)
    r"(?:\s?(?:\|\s?)?All [Rr]ights [Rr]eserved\.?)?"
)


def is_copyright_line(text: str) -> bool:
    """A line that is only a copyright notice ("© 2016-2025 Harbour Gazette")."""
    return ("©" in text or "Copyright" in text) and COPYRIGHT_LINE.fullmatch(text) is not None


# A stamp's label left before the byline when the template's date was lost: "on: by Jane
# Roe" under each headline of fernilnews.net's listings (the theme prints "on: <date> by
# <author>"); royalexaminer.com and thepapers.ng lose the same date and keep "on" alone
# (web.bare-stamp-label). The label is no name: the names after "by" are the byline.
_LOST_STAMP = regex.compile(r"(?:(?:Posted|Published|Updated)\s)?[Oo]n\s?:?\s(?=[Bb]y:?\s)")


_STAFF_TITLE_ENDS = ("Writer", "Writers", "WRITER", "WRITERS")


def agency_staff_title(names: str, rules: RuleSet) -> tuple[str, str] | None:
    """A byline closed by a wire agency's staff title, its desk maybe named: "By Jane Roe,
    Associated Press Writer", "By Jane Roe, AP Business Writer", "By Jane Roe and Sam Poe
    AP Economics Writers"; the names before the title and the agency (rule files'
    ``[agencies]``), else ``None``.

    Why: the AP signs its staff so under the headline (NITF's own example byline is "By Jared
    Kotler, Associated Press Writer"; docudharma.com's copies of Yahoo's AP stories print "By
    JOHN MORENO GONZALES, Associated Press Writer", legalnews.com's "By Christopher S. Rugaber
    and Martin Crutsinger AP Economics Writers WASHINGTON (AP) -- "). The names reader dropped
    the singular title as a role and lost the agency; the plural it kept as a person, and a
    title with no comma before it it glued to the last name. The agency is the text's credit.
    A title naming no agency ("Staff Writer", "Times Staff Writer") is left to the names reader.
    """
    if not names.endswith(_STAFF_TITLE_ENDS):  # the cheap test first
        return None
    tokens = names.split()
    for n in range(1, min(AGENCY_TITLE_MAX_WORDS, len(tokens) - 2) + 1):
        title = [t.strip(",") for t in tokens[-1 - n : -1]]
        agency = rules.agency(" ".join(title))
        if agency is None and n > 1 and title[-1][:1].isupper():  # the desk after the agency: "AP Business"
            agency = rules.agency(" ".join(title[:-1]))
        if agency is not None:
            return " ".join(tokens[: -1 - n]).rstrip(" ,"), agency
    return None


def byline_line(text: str, outlet: str | None = None) -> list[str] | None:
    """The names of a line that is only a byline ("By Jane Roe and Sam Poe"), else ``None``."""
    if text.startswith(("on", "On", "Posted on", "Published on", "Updated on")):  # the cheap test first
        lost = _LOST_STAMP.match(text)
        if lost is not None:
            text = text[lost.end() :]
    desk = desk_byline(text)
    if desk is not None:
        return [desk]
    if (
        text.startswith(_LINE_STARTS)
        and len(text.split()) <= BYLINE_LINE_MAX_WORDS
        and not text.endswith((".", "?", "!"))
    ):
        m = _BY_LINE.fullmatch(text) or _ROLE_LINE.fullmatch(text)
        if m and text.startswith(_ABROAD_STARTS) and not _names_only(m.group("names")):
            return None  # "Von Atemschutzmaske über Exit-Strategie und ...": a German sentence
        if m:
            return split_names(m.group("names"), outlet=outlet)
    if text.endswith(_ROLE_ENDS) and len(text) <= BYLINE_LINE_MAX_CHARS:
        m = _NAME_ROLE_LINE.fullmatch(text)
        if m:
            return [m.group("names")]
    return None


# A heading over a list of other stories: the list is no part of the story above it.
# The popularity widgets' headings too ("Most Popular", "Most Viewed", "Most Emailed" on
# CNN's, the Washington Post's, msnbc.com's and the New York Times's pages, as Poynter's survey
# of them lists; "Trending", "Up Next", "Recommended for you" over the same rows elsewhere):
# probing a story with them left each in its body, with the headlines under it.
# re, not regex: no regex-only syntax, and re holds the GIL (regex drops and retakes it per call)
# What a byline opens with where a header line prints it before the time ("By Jane Roe | ...").
BY_OPENINGS = ("By ", "BY ")
LIST_HEADING = re.compile(
    r"(?:Further [Rr]eading|FURTHER READING|Read [Mm]ore|READ MORE|Related(?: [Ss]tories| [Aa]rticles| [Cc]overage)?|"
    r"RELATED|More [Ss]tories|MORE STORIES|Also [Rr]ead|ALSO READ|You [Mm]ay [Aa]lso [Ll]ike|Recommended|"
    r"Top [Ss]tories|TOP STORIES|"
    r"More [Oo]n [Tt]his [Ss]tory|Most [Rr]ead|Trending [Nn]ow|What [Tt]o [Rr]ead [Nn]ext|"
    r"Most (?:[Pp]opular|[Vv]iewed|[Ee]mailed|[Ss]hared)|MOST (?:POPULAR|VIEWED|EMAILED|SHARED)|Trending|TRENDING|"
    r"Recommended [Ff]or [Yy]ou|RECOMMENDED FOR YOU|Up [Nn]ext|UP NEXT)\s?:?"
)

LIST_HEADING_WIDTH = max_width([LIST_HEADING.pattern]) or 10_000


def name_shaped(text: str) -> bool:
    """A person's name by its shape: two to a few words, each capitalised but the particles
    between the first and the last ("Ana de la Fuente", "Ludwig van Dam": the byline reader
    reads them so, lexicon.NAME_PARTICLES)."""
    words = text.split()
    if not PERSON_NAME_MIN_WORDS <= len(words) <= PERSON_NAME_MAX_WORDS:
        return False
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    return all(w[:1].isupper() or w in NAME_PARTICLES for w in words[1:-1])


# "Jane Roe and Sam Poe", "Jane Roe, Sam Poe and Ola Nwosu": the people of one byline.
# re, not regex: no regex-only syntax, and re holds the GIL (regex drops and retakes it per call)
_JOINED_NAMES = re.compile(r",\s(?:and\s)?|\s(?:and|&)\s")


def joined_names(text: str) -> list[str]:
    """The names of a byline that joins several ("Jane Roe, Sam Poe and Ola Nwosu")."""
    return _JOINED_NAMES.split(text)


def names_shaped(text: str) -> bool:
    """One person's name or a few joined by commas and "and", each name-shaped.

    Why: the byline over the outlet names every writer of a joint story ("Jane Roe and Sam
    Poe, CNN", "Jane Roe, Sam Poe and Ola Nwosu, CNN" on abc17news.com's and
    thenewseachday.com's cards of CNN stories); with the name-shape of one person only, a
    two-writer byline and its ", CNN" line were left at the top of the body.
    """
    if " and " not in text and "," not in text and " & " not in text:
        return name_shaped(text)
    parts = _JOINED_NAMES.split(text)
    return len(parts) <= JOINT_MAX_NAMES and all(name_shaped(part) for part in parts)


# "Jane Roe, CNN", "Jane Roe - The Harbour Post", "Jane Roe | BBC News": a name, then the
# outlet it writes for, set off by a comma, a dash or a bar.
# re, not regex: no regex-only syntax, and re holds the GIL (regex drops and retakes it per call)
_NAME_OUTLET_SPLIT = re.compile(r",\s|\s[-–—|]\s")


def name_and_outlet(text: str, rules: RuleSet | None, page_outlet: str | None = None) -> tuple[str, str] | None:
    """The writer and the outlet of a line that names both ("Jane Roe, CNN", "Jane Roe - The
    Philippine Star", "Jane Roe | Coast Post"), else ``None``.

    The outlet must be one the rule files know, the page's own outlet, a masthead ("Valley
    Gazette"), a paper's name by its words ("The Philippine Star", names.paper_name) or a
    site's domain ("Example.com"): "Jane Roe, Glasgow" signs a letter and "Harbour Road -
    Closed" labels a notice, and neither names an outlet. Without ``rules`` only the shapes
    count (the line shapes are read before any rule file is asked).
    """
    if len(text) > BYLINE_LINE_MAX_CHARS or text.endswith((".", "?", "!", ":")):
        return None
    m = _NAME_OUTLET_SPLIT.search(text)
    if m is None or _NAME_OUTLET_SPLIT.search(text, m.end()) is not None:  # a name and an outlet, nothing more
        return None
    name, outlet = text[: m.start()].strip(), text[m.end() :].strip()
    if not names_shaped(name):
        return None
    known = rules.outlet(outlet) if rules is not None else None
    if known is None and (outlet == page_outlet or masthead(outlet) or paper_name(outlet)):
        known = outlet
    if known is None or (rules is not None and rules.outlet(name) is not None) or not split_names(name):
        return None
    return name, known


# A photo's credit alone on its line under its label: "Photo: AFP", "FOTO: REPRODUÇÃO",
# "Picture courtesy: Jane Roe". The body's caption pass (fields/captions._photo_lines) and the
# layout's header reading (layout/fill.py) both cut it.
CREDIT_LINE = regex.compile(
    r"(?:Photo|PHOTO|Picture|Image|Credit|Foto|FOTO)s?(?:\s(?:[Cc]redit|[Cc]ourtesy))?\s?:\s?.{0,80}"
)
CREDIT_STARTS = ("Photo", "PHOTO", "Picture", "Image", "Credit", "Foto", "FOTO")
CREDIT_INITIALS = frozenset(word[0] for word in CREDIT_STARTS)
# A credit's label standing alone ("Photo:"): the credit is the line under it.
BARE_CREDIT_LABELS = frozenset(("photo", "picture", "image", "credit", "photos", "foto", "fotos"))

# A photographer's credit in square brackets closing a caption sentence: "<caption>. [Jane
# Roe, Standard]" (the Standard's photographer and outlet, standardmedia.co.ke) or "[Jane
# Roe/Kessel Times]": capitalised names of up to four words each side of a comma or slash,
# after a sentence's end, closing the line. "[Updated]" or "[VIDEO]" have neither.
_BRACKET_PHOTO_CREDIT = (
    r"(?<=[.!?’”\"'])\s?\[[A-Z][\w'’.-]{0,30}(?: [A-Z][\w'’.&-]{0,30}){0,3}(?:, ?|/)"
    r"[A-Z][\w'’.&-]{0,30}(?: [A-Z][\w'’.&-]{0,30}){0,3}\]$"
)


@lru_cache(maxsize=1)
def bracket_photo_credit() -> regex.Pattern[str]:
    """``_BRACKET_PHOTO_CREDIT`` compiled when a line closed by "]" first asks: most pages print
    none, and their processes pay nothing for it."""
    return regex.compile(_BRACKET_PHOTO_CREDIT)


_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_INNER_STOP = regex.compile(r"[.!?]\s")


def labelled_credit_line(text: str) -> bool:
    """Whether ``text`` is a photo credit under its label ("Photo: AFP", "FOTO: REPRODUÇÃO",
    or the label alone), not a caption: no sentence inside it ("Image: <caption>. Credit:
    X" is a caption), no long sentence with a stop."""
    return (
        text.startswith(CREDIT_STARTS)
        and CREDIT_LINE.fullmatch(text) is not None
        and not (text.endswith(".") and len(text.split()) > CREDIT_LINE_MAX_WORDS)
        and ". " not in text
    )


def copyright_credit(text: str) -> bool:
    """Whether ``text`` is "© <who>" crediting a picture: no year ("© 2025 The Associated
    Press" is the text's copyright), no sentence, a few words."""
    if not text.startswith("©") or len(text.split()) > CREDIT_ONLY_LINE_MAX_WORDS:
        return False
    who = text[1:].strip()
    return (
        bool(who) and who[0].isalnum() and not _YEAR.search(who) and not _INNER_STOP.search(who) and who[-1] not in "!?"
    )


def header_photo_credit(text: str) -> bool:
    """Whether a listing card prints its picture's credit alone on ``text``, a line of its
    header: a labelled credit ("FOTO: REPRODUÇÃO", "Photo: AFP") or "© Jane Roe". A
    credit's bare label ("Photo:") is left to the body's pass, which reads the line under it.

    Why: the layout's header reading gave such a line to the card as its section: "FOTO:
    REPRODUÇÃO" under a post's title on blogdofm.com.br's day archive, "© Freepick" under a
    caption over a post on sidneysilva.com.br's; "• Foto: Reprodução/<who>" over each post of
    blogregional.com.br's category pages became a tag. The body's passes (the same tests)
    know the line but only see a body. A first character that opens no credit turns most
    lines away.
    """
    first = text[:1]
    if first == "©":
        return copyright_credit(text)
    if first not in CREDIT_INITIALS or not labelled_credit_line(text):
        return False
    return text.rstrip(": ").lower() not in BARE_CREDIT_LABELS
