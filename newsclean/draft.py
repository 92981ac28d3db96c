"""The mutable article the field extractors fill in, before it becomes an ``Article``.

Extractors work on plain Python data and :class:`~newsclean.para.Para` objects; the
pydantic model is built once per article at the very end (no per-step validation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import regex

from .lexicon import SHORTENED_MONTHS
from .models import Role
from .names import without_town
from .para import Para
from .rules import RuleSet

# One sentence boundary: end punctuation (maybe closed by a quote), space, a capital; the
# space is group 1. Starting at the punctuation (not with a lookbehind) lets the stdlib
# engine jump between punctuation marks instead of trying every position.
SENTENCE_BOUNDARY = re.compile(r"[.!?…][\"'’”)\]]?(\s+)(?=[\"'‘“(\[]?[A-Z0-9])")
_ABBREVIATIONS = "Mr Mrs Ms Dr Prof Gen Sen Rep Gov Lt Col Capt St Jr Sr No vs U.S U.K Co Inc Ltd Corp".split() + list(
    SHORTENED_MONTHS
)
_ABBREV = regex.compile(rf"(?:\b(?:{'|'.join(regex.escape(a) for a in _ABBREVIATIONS)})\.|\b[A-Z]\.)$")
# The longest run of letters an abbreviation ends its word with before its full stop ("Sept").
_ABBREV_MAX_LETTERS = max(len(a.rsplit(".", 1)[-1]) for a in _ABBREVIATIONS)


def _after_abbreviation(text: str, gap: int) -> bool:
    """Whether the sentence end before ``gap`` is an abbreviation's full stop ("Dr.", "Jan.", "J.").

    Two character tests settle most boundaries before the pattern is tried: every form ends
    with "." right before the space, and a word of more letters than any abbreviation ends
    with ("said.", "council.") cannot end one (the pattern wants a word boundary before it).
    """
    if text[gap - 1] != ".":
        return False
    word = text[max(0, gap - 2 - _ABBREV_MAX_LETTERS) : gap - 1]
    if len(word) > _ABBREV_MAX_LETTERS and word.isalpha():
        return False
    return _ABBREV.search(text, max(0, gap - 8), gap) is not None


def sentence_starts(text: str, most: int | None = None) -> list[int]:
    """Offsets where sentences start (0 first), skipping boundaries after abbreviations; with
    ``most``, only the first ``most`` of them (the same as the whole list cut to that length).
    Why ``most``: callers that ask whether a paragraph has a second sentence, or where it
    starts, would otherwise scan to the end of a story's whole first paragraph."""
    starts = [0]
    if most is not None and most <= 1:
        return starts[:most]
    for m in SENTENCE_BOUNDARY.finditer(text):
        gap = m.start(1)
        if _after_abbreviation(text, gap):
            continue
        starts.append(m.end())
        if len(starts) == most:
            break
    return starts


@dataclass
class Draft:
    role: Role
    title: str | None = None
    subtitle: str | None = None
    outlet: str | None = None
    category: str | None = None
    tags: list[str] = field(default_factory=list)
    published_text: str | None = None
    byline: list[str] = field(default_factory=list)
    dateline: tuple[str | None, str | None, str | None] | None = None
    credits: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)
    paras: list[Para] = field(default_factory=list)
    span: tuple[int, int] = (0, 0)
    # (paragraph, its text, outlet) when the credit pass last found nothing to peel: the
    # pass runs again after bylines and need not repeat itself if they left the end alone
    credits_checked: tuple[Para, str, str | None] | None = None
    caption_at: dict[str, tuple[int, int]] = field(default_factory=dict)  # where each caption stood
    byline_opening: Para | None = None  # the paragraph whose opening the byline pass read the writer off
    # sitefields.py hook: fields a rule file's [[field]] patterns named ("outlet" -> "Coast Post"),
    # applied over the heuristics' values once the body is done (newsclean.sitefields.settle)
    site: dict[str, list[str]] = field(default_factory=dict)

    def add_byline(self, names: list[str], rules: RuleSet | None = None) -> None:
        """Add people; an agency named among them ("By Jane Roe | Reuters") is a credit, a
        town after them ("By Jane Roe, Portwick") no one (``names.writers_town``)."""
        if rules is None:
            names = without_town(names)
        else:  # "By Jane Roe, Reuters": the agency, read below
            names = without_town(names, lambda n: bool(rules.agency(n) or rules.outlet(n)))
        for name in names:
            name = " ".join(name.split()).strip(" ,.;:")
            if not name:
                continue
            if rules is not None:
                agency = rules.agency(name)
                if agency is not None:
                    self.add_credit(agency)
                    continue
                if rules.outlet(name) is not None:
                    self.outlet = self.outlet or rules.outlet(name)
                    continue
                if name.startswith(("The ", "THE ")):  # "The Jakarta Post": an organisation, not a person
                    continue
            if name not in self.byline:
                self.byline.append(name)

    def add_credit(self, agency: str) -> None:
        if agency and agency not in self.credits:
            self.credits.append(agency)

    def add_caption(self, caption: str, at: tuple[int, int] | None = None) -> None:
        """Add a caption; ``at`` (its paragraph's start, its offset there) puts it in page order."""
        caption = " ".join(caption.split()).strip()
        if caption and caption not in self.captions:
            self.captions.append(caption)
            if at is not None:
                self.caption_at[caption] = at

    def ordered_captions(self) -> list[str]:
        """Captions in page order: the passes that find them run in their own order."""
        if len(self.caption_at) < 2:  # noqa: PLR2004 (one caption needs no sorting)
            return self.captions
        return sorted(self.captions, key=lambda c: self.caption_at.get(c, (-1, 0)))

    def live(self) -> list[Para]:
        """Paragraphs with text left, in order."""
        return [p for p in self.paras if p.alive]

    def opening(self) -> tuple[Para, int] | None:
        """The first paragraph with text left, and where its text starts (after spaces)."""
        for p in self.paras:
            stripped = p.text.lstrip()
            if stripped:
                return p, len(p.text) - len(stripped)
        return None
