"""Photo captions and credits among a story's blocks.

A caption in HTML is a ``<figcaption>``, a short block closed by a photo credit ("... ©
Jane Roe", "(Foto: Jane Roe)", "(x / <photo agency>)"), a short line over a bare "© Name"
credit, or a block opened by a figure label ("Abbildung 4:", "Foto:"). Which names are
photo agencies is site knowledge: the rule files' ``[photo_credits]`` and ``[agencies]``
(``RuleSet.photo_credit_re``), never a list in this module.
"""

from __future__ import annotations

import regex

from ..lexicon import CAPTION_SENTENCE_END as _SENTENCE_END
from ..rules import RuleSet
from ..thresholds import (
    BARE_CREDIT_MAX_CHARS,
    CREDIT_AFTER_SERVICE_MAX_CHARS,
    CREDIT_WHO_MAX_CHARS,
    CREDIT_WHO_MIN_CHARS,
    CREDITED_CAPTION_MAX_WORDS,
    OVER_CREDIT_CAPTION_MIN_WORDS,
    OVER_CREDIT_CHARS,
)
from .blocks import Block
from .dates import find_date

# A photo credit closing a short block, in the shapes that need no agency's name: "... ©
# Pferderevue", "(Foto: Jane Roe)", ". Foto: Jane Roe", and "Agency / Photographer" glued
# to the caption's full stop ("... Mitzscherlich.DCV / Oppitz").
_CREDIT_TAIL = regex.compile(
    r"\s*(?:©\s?[^©]{2,80}|\((?:Foto|Bild|Photo|Fotos|Quelle|Credit|Kuva|Crédit)\s?:[^()]{2,80}\)"
    r"|(?<=[.!?)])\s(?:Foto|Fotos|Bild|Photo|Credit|Kuva|Crédit)\s?:\s?[^.:()]{2,60}"
    r"|(?<=[a-zäöüß][.!?])[A-ZÄÖÜ][\w&-]{1,20}\s?/\s?[A-ZÄÖÜ][\w.&-]{1,30}(?:\s[A-ZÄÖÜ][\w.&-]{1,30})?)\.?$"
)
# "(Jane Roe / iStock.com)", "(x / Getty Images Plus)": a photographer and a photo service the
# rule files name, in parentheses closing the block.
_PAREN_TAIL = regex.compile(r"\s*\((?P<inner>[^()]{3,120})\)\.?$")
# A figure or photo label opening a short block: a caption, or a credit when little follows.
# English "Photo:"/"Image:" lines are left to the body's photo-line rules, which also read
# a bare "Photo:" with the lines around it (the text path does the same).
FIGURE_LABEL = regex.compile(r"(?:Abbildung|Abb\.|Figure|Fig\.|Grafik|Schaubild|Bild|Foto|Fotos)(?:\s?\d{1,3})?\s?:\s")
CREDIT_REACH = 160  # no credit shape above is longer (the longest, with its space, about 110)
_SUBHEADS = frozenset(("h2", "h3", "h4", "h5", "h6"))


def credit_start(text: str, rules: RuleSet) -> int | None:
    """Where a photo credit closing ``text`` starts, or ``None`` when none closes it."""
    pos = max(0, len(text) - CREDIT_REACH)  # a credit closes the block: no need to try earlier
    m = _CREDIT_TAIL.search(text, pos)
    at = m.start() if m is not None else None
    paren = _PAREN_TAIL.search(text, pos) if rules.photo_credit_re is not None and text[-2:].find(")") >= 0 else None
    if paren is not None and (at is None or paren.start() < at) and _names_service(paren.group("inner"), rules):
        return paren.start()
    return at


def _names_service(inner: str, rules: RuleSet) -> bool:
    """Whether "<who> / <service>" names a photo service of the rule files after a slash."""
    pattern = rules.photo_credit_re
    slash = inner.find("/", CREDIT_WHO_MIN_CHARS)
    while pattern is not None and CREDIT_WHO_MIN_CHARS <= slash <= CREDIT_WHO_MAX_CHARS:
        start = slash + 2 if inner[slash + 1 : slash + 2].isspace() else slash + 1
        m = pattern.match(inner, start)
        if m is not None and len(inner) - m.end() <= CREDIT_AFTER_SERVICE_MAX_CHARS:
            return True
        slash = inner.find("/", slash + 1)
    return False


def is_credited_caption(text: str, rules: RuleSet) -> bool:
    """A short block closed by a photo credit: a caption."""
    return len(text.split()) <= CREDITED_CAPTION_MAX_WORDS and credit_start(text, rules) is not None


def over_credit(blocks: list[Block], i: int) -> bool:
    """A short block right over a bare photo credit ("© Jane Roe (KNA)"): the photo's caption."""
    text = blocks[i].text
    if (
        i + 1 >= len(blocks)
        or len(text) > OVER_CREDIT_CHARS
        or text.endswith(_SENTENCE_END)
        or blocks[i].tag in _SUBHEADS
    ):
        return False  # a story paragraph may stand over the next photo's credit
    nxt = blocks[i + 1].text
    if not nxt.startswith("©") or len(nxt) > BARE_CREDIT_MAX_CHARS:
        return False
    # a caption says what the photo shows; a date, a reading time or "1/2" over it does not
    return len(text.split()) >= OVER_CREDIT_CAPTION_MIN_WORDS and find_date(text) is None
