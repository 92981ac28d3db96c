"""Bylines printed on the page: near the headline, and as a paragraph at the story's edge.

The byline readers see names the author; markup author fields often name whoever uploaded
the story (an editor's initials, a login, the organisation). So a byline printed in a short
block around the headline joins the markup's candidates, and a byline paragraph at the
story's top or bottom ("Von X", "Autorin: X, role") beats them and is removed from the body.
"""

from __future__ import annotations

import regex

from ..draft import Draft
from ..para import Ledger
from ..thresholds import (
    BYLINE_DATE_REST_MAX_WORDS,
    BYLINE_EDGE_PARAS,
    BYLINE_PARA_CHARS,
    BYLINE_PARA_WORDS,
    META_LINE_WORDS,
    PERSON_NAME_MAX_WORDS,
    PERSON_NAME_MIN_WORDS,
    TAGLINE_CHARS,
)
from .blocks import Walk
from .dates import find_date
from .meta import BY_PREFIX, JOINT, Meta, byline_name

_BYLINE_START = regex.compile(
    r"^(?:By|BY|Von|von|VON|Par|Por|Di|Door|Text:?|Autor(?:in)?:?|Author:?|Ein Artikel von|Ein Beitrag von|"
    r"Written by|Posted by|Publié par|Escrito por)\s"
)
_BY_INSIDE = regex.compile(
    r"(?:^|\s)(?:von|by|By|Von|par|por)\s(?P<name>[A-ZÀ-Ý][\w'’.-]+(?:\s(?!(?:In|Im)\b)[A-ZÀ-Ý][\w'’.-]+){0,2})"
)
_AUTHOR_LABEL = frozenset(("autor", "autorin", "author", "autoren", "authors", "von", "by"))
_META_SEP = regex.compile(r"\||\s/\s")


def near_title_byline(w: Walk) -> str | None:
    """A byline printed in a short block just around the headline ("Von Jane Roe | 3.2.2022")."""
    blocks = [w.blocks[i] for i in w.title_zone()]
    for k, b in enumerate(blocks):
        if len(b.text.split()) > META_LINE_WORDS:
            continue
        name = _line_byline(b.text)
        if name is not None:
            return name
        if b.text.strip(" :").casefold() in _AUTHOR_LABEL and k + 1 < len(blocks):
            name = byline_name(blocks[k + 1].text)  # "Autor:" / "Jane Roe" in two elements
            if name:
                return name
    return None


def _line_byline(text: str) -> str | None:
    """The author a short meta line names: "By X", "... 06.11.2023 von X", "Date | Time | X"."""
    if _BYLINE_START.match(text):
        name = byline_name(text)
        if name:
            return name
    if not find_date(text):
        return None
    m = _BY_INSIDE.search(text)  # a meta line with a date: "… 06.11.2023 13:30 von Olga …"
    if m:
        return m.group("name")
    if "|" in text or " / " in text:
        # "04.02.2022 | 13:10 Uhr | Uta Helkenberg", "Gunter Frank / 22.04.2020 / 06:15 / Foto: X"
        for part in reversed(_META_SEP.split(text)):
            part = part.strip()
            words = part.split()
            if (
                PERSON_NAME_MIN_WORDS <= len(words) <= PERSON_NAME_MAX_WORDS
                and all(w[:1].isupper() for w in words)
                and not any(c.isdigit() or c in ":." for c in part)  # no date, time or "Foto: X"
            ):
                return part
    return None


def printed_byline(text: str, meta: Meta) -> bool:
    """A short block at the story's top naming its author, maybe with the date after the name."""
    if not meta.authors or len(text.split()) > META_LINE_WORDS:
        return False
    low = BY_PREFIX.sub("", text).casefold()
    for name in meta.authors:
        key = name.casefold()
        if low.startswith(key) and not low[len(key) : len(key) + 1].isalnum():
            # nothing after the name but a date ("| 27.01.2022 - 12:45"), not a sentence
            rest = low[len(key) :].strip(" |·•,;-–—/")
            words = [w for w in rest.split() if any(c.isalnum() for c in w)]  # not the "/" between
            return not rest or (len(words) <= BYLINE_DATE_REST_MAX_WORDS and find_date(rest) is not None)
    return False


_CAP = "A-ZÀ-ÖØ-Þ"
_PERSON = rf"[{_CAP}][\w'’.-]{{0,30}}(?:\s(?:[{_CAP}][\w'’.-]{{0,30}}|von|van|de|der|da|di|du|zu|bin|al|el)){{0,3}}"
# A byline printed as a paragraph of its own: "Von Jane Roe", "Autorin: Jane Roe, Projektleiterin",
# "Text: Jane Roe und Sam Poe", "Autor Jane Roe:", "By Jane Roe | 3.2.2022".
_PRINTED = regex.compile(
    rf"(?P<label>Von|VON|By|BY|Text|Autor|Autorin|Autoren|Author|Written by|Ein Artikel von|Ein Beitrag von)\s?:?\s"
    rf"(?P<names>{_PERSON}(?:\s(?:und|and|&)\s{_PERSON})?)"
    r"(?P<rest>\s?(?:[,|/–—:]|\s-\s)[^\n]{0,100})?"
)
_AUTHOR_LABELS = frozenset(("Autor", "Autorin", "Autoren", "Author"))
_FACT = regex.compile(r"(?:[\w.-]{1,20}\s){0,2}[\w.-]{1,20}:\s\S[^\n]{0,80}$")  # "Dt. Titel: Noch nicht erschienen"


def _in_fact_box(texts: list[str], k: int) -> bool:
    """Whether ``texts[k]`` stands among "Label: value" lines ("Titel: ...", "Autorin: ...",
    "Verlag: ..."): a fact box, whose "Autorin" wrote the book under review, not the story."""
    return any(0 <= j < len(texts) and _FACT.match(texts[j]) is not None for j in (k - 1, k + 1))


def printed_names(draft: Draft, ledger: Ledger) -> list[str]:
    """Authors named by a byline paragraph at the story's top or bottom, which is removed.

    After the preposition "Von" only a date or a separator may follow the name ("Von
    Gästen, die ..." opens a sentence); a labelled byline ("Autorin:") may add the author's
    role, and counts anywhere in the story, except inside a fact box.
    """
    n = len(draft.paras)
    edges = {*range(min(BYLINE_EDGE_PARAS, n)), *range(max(BYLINE_EDGE_PARAS, n - BYLINE_EDGE_PARAS), n)}
    for k in [*sorted(edges), *(k for k in range(n) if k not in edges)]:
        p = draft.paras[k]
        if len(p.text) > BYLINE_PARA_CHARS or len(p.text.split()) > BYLINE_PARA_WORDS:
            continue  # a byline is short: most paragraphs fail at once
        m = _PRINTED.fullmatch(p.text)
        if m is None or (k not in edges and m.group("label") not in _AUTHOR_LABELS):
            continue  # inside the story only "Autorin:" and its kind are sure to be a byline
        if k not in edges and _in_fact_box([q.text for q in draft.paras], k):
            continue  # (at the story's edges "Foto: X" beside a byline is common)
        rest = (m.group("rest") or "").strip(" ,|/–—:-")
        if rest and m.group("label") in ("Von", "VON", "By", "BY") and find_date(rest) is None:
            continue
        names = [x.strip() for x in JOINT.split(m.group("names"))]
        p.cut_all("html.byline-paragraph", ledger)
        return names
    return []


# What follows an author's name in the line introducing them under a story.
_TAGLINE_VERB = regex.compile(
    r"\s(?:is|was|has|covers|writes|reports|joined|lives|ist|war|schreibt|arbeitet|lebt|est|es)\s", regex.I
)


def tagline(text: str, meta: Meta) -> bool:
    """A line introducing the story's author: their name, then "is a reporter at ...",
    "joined ... in 2019", "schreibt für ..." (magazines' and newspapers' author taglines)."""
    if not meta.authors or len(text) > TAGLINE_CHARS:
        return False
    low = text.casefold()
    for name in meta.authors:
        key = name.casefold()
        if low.startswith(key) and _TAGLINE_VERB.match(text, len(key)) is not None:
            return True
    return False
