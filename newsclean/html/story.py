"""The story's blocks, one pass in page order, to a ``Draft`` and the removals around it.

Every block of the page is either removed (recorded in the ledger with the rule that
removed it) or becomes a caption, a field or a paragraph of the draft: outside the chosen
blocks it is boilerplate; inside, the headline printed again, the site's name, the rule
files' whole-line furniture (a story-closing heading also ends the story), a printed
byline, captions and credits, the author box, date lines and download links are told
apart from the story's paragraphs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..draft import Draft
from ..para import Ledger, Para
from ..rules import RuleSet
from ..thresholds import (
    BYLINE_PARAS,
    CAPTION_LABEL_WORDS,
    CLOSING_END_SHARE,
    DOWNLOAD_CHARS,
    FIGURE_LABEL_CHARS,
    RESUME_AFTER_BOX,
    RESUME_CHARS,
    SITE_NAME_CHARS,
    STAMP_CHARS,
    TAGLINE_SHARE,
)
from ..timeparse import time_line
from .blocks import SUBHEADS, Block, Walk
from .bylines import printed_byline, tagline
from .captions import FIGURE_LABEL, credit_start, is_credited_caption, over_credit
from .closing import (
    FLOW_TAGS,
    Flow,
    Flows,
    flow_of,
    flows,
    main_flow_end,
    resumes,
)
from .dates import date_led, date_only
from .extent import TEASERS, Extent
from .meta import Meta, is_bio
from .title import same_title

# A download link's file type and size closing a short block: "Satzung vom 4. März 2024PDF |
# 38 KB | Datei ist nicht barrierefrei", "Jahresbericht 2023 (PDF, 2,4 MB)".
_DOWNLOAD = regex.compile(
    r"(?:PDF|DOCX?|XLSX?|PPTX?|ZIP|ODT|RTF|MP3)\s?[|,(]\s?\d{1,5}(?:[.,]\d{1,2})?\s?[KMG]i?B\b\)?(?:\s?\|\s?[^\n|]{1,60}){0,3}$"
)


@dataclass
class _Pass:
    w: Walk
    starts: list[int]
    keep: set[int]
    dropped: dict[int, str]
    meta: Meta
    rules: RuleSet
    draft: Draft
    ledger: Ledger = field(default_factory=Ledger)
    ended: bool = False
    flow: Flow | None = None  # how the container the story's paragraphs sit in is built
    end_after: int | None = None  # the story's last paragraph, once a closing heading was seen
    chosen: list[int] = field(default_factory=list)
    sites: set[str] = field(default_factory=set)  # the site's names, casefolded: a label alone is no story
    _found: Flows | None = None  # read when first needed (a closing heading, an author's tagline)
    _story_chars: int = 0
    seen_chars: int = 0

    @property
    def found(self) -> Flows:
        """The story's paragraphs by the kind of container they sit in (see closing.py)."""
        if self._found is None:
            self._found = flows(self.w, self.chosen)
            last = main_flow_end(self._found)
            self._story_chars = sum(len(self.w.blocks[i].text) for i in self.chosen if last is None or i <= last)
        return self._found

    @property
    def story_chars(self) -> int:
        """The story's text up to the last paragraph of its main flow: teaser cards and
        widgets after it are no story to be read before a closing heading may end it."""
        _ = self.found
        return self._story_chars

    def remove(self, i: int, rule: str) -> None:
        self.ledger.remove(self.w.blocks[i].text, self.starts[i], rule)


def read_story(
    w: Walk, starts: list[int], extent: Extent, meta: Meta, rules: RuleSet, title: str | None
) -> tuple[Draft, Ledger]:
    """The draft of the page's story from the extent's blocks; every other block removed."""
    p = _Pass(w, starts, set(extent.chosen), extent.dropped, meta, rules, Draft(role="main", title=title))
    p.chosen = extent.chosen
    p.sites = {s.casefold() for s in (meta.site_name, meta.logo) if s}
    # where comments, related links or a list of other stories' teasers stood
    breaks = {*w.breaks, *(i for i, r in extent.dropped.items() if r == TEASERS and extent.dropped.get(i - 1) != r)}
    for i, b in enumerate(w.blocks):
        if i in breaks and not p.ended:
            _closing(p, i - 1, RESUME_AFTER_BOX)
        p.ended = p.ended or (p.end_after is not None and i > p.end_after)
        if i not in p.keep or p.ended:
            p.remove(i, p.dropped.get(i, "html.boilerplate"))
        elif not _furniture(p, i, b):
            p.seen_chars += len(b.text)
            if b.tag in FLOW_TAGS and len(b.ancestors) > 1:
                p.flow = flow_of(w, b.ancestors[-2])
            if not _field(p, i, b):
                p.draft.paras.append(Para(starts[i], b.text))
                # subheads, and list items without a link: the markup shows them as the
                # story's own, not headlines pasted from elsewhere (which come as links)
                if b.tag in SUBHEADS or (b.tag == "li" and not b.link_chars):
                    p.draft.paras[-1].own = True
    return p.draft, p.ledger


def _furniture(p: _Pass, i: int, b: Block) -> bool:
    """The headline printed again, the site's name, or a rule file's whole-line furniture."""
    if _repeats_title(p, b):
        # the headline, or the h1 it was cut from (with its roof line or subtitle), or a
        # breadcrumb's last item naming this page
        p.remove(i, "html.repeated-title")
        return True
    if len(b.text) < SITE_NAME_CHARS and b.text.casefold() in p.sites:
        p.remove(i, "heuristic.site-name")
        return True
    hit = p.rules.line_rule(b.text)
    if hit is None:
        return False
    p.remove(i, hit[0])
    if hit[1] == "end":
        _closing(p, i)
    return True


def _closing(p: _Pass, i: int, resume_chars: int = RESUME_CHARS) -> None:
    """The story's closing furniture starts at block ``i``, once most of the story is behind
    us, unless the story's paragraphs go on after it ("Most Read" boxed in mid-story)."""
    if p.seen_chars >= p.story_chars * CLOSING_END_SHARE:
        last = resumes(p.found, i, p.flow, resume_chars)
        p.ended = p.ended or last is None
        p.end_after = last if last is not None else p.end_after  # the furniture comes after it


def _repeats_title(p: _Pass, b: Block) -> bool:
    title = p.draft.title
    if not title:
        return False
    if b.tag == "li" and b.text.casefold() == title.casefold():
        return True
    heading = b.tag in ("h1", "h2")
    return (heading or not p.draft.paras) and (
        same_title(b.text, title, heading=heading) or title in p.meta.kickers.get(b.text, ())
    )


def _field(p: _Pass, i: int, b: Block) -> bool:
    """A block that is a field of the story, not a paragraph: byline, caption, author box,
    date line, download link or figure label; taken into the draft or removed."""
    # before captions: a byline line may carry the photo's credit ("Jane Roe / 22.04.2020 / Foto: X")
    if len(p.draft.paras) < BYLINE_PARAS and printed_byline(b.text, p.meta):
        p.remove(i, "html.byline-block")
        return True
    if b.tag == "figcaption" or is_credited_caption(b.text, p.rules) or over_credit(p.w.blocks, i):
        at = credit_start(b.text, p.rules)
        caption = b.text if at is None else b.text[:at]
        if caption or b.tag == "figcaption":
            p.draft.add_caption(caption or b.text)
            if caption and at is not None:  # the credit closing it, recorded
                _photo_credit(p, i, at)
        else:  # a credit alone ("© Jane Roe"): no caption to keep
            _photo_credit(p, i)
        return True
    if is_bio(b.text, p.meta) or (tagline(b.text, p.meta) and p.seen_chars >= TAGLINE_SHARE * p.story_chars):
        # the author box: its text in the markup's author entry, or a line under the story
        # introducing its author ("Jane Roe is a reporter at ...")
        p.remove(i, "html.author-bio")
        return True
    return _date_line(p, i, b) or _download(p, i, b) or _figure_label(p, i, b)


def _date_line(p: _Pass, i: int, b: Block) -> bool:
    """ "Updated March 4, 2024 10:00 AM", "02.02.2022 A-Frauen" over the headline: the page's date."""
    stamp = time_line(b.text) if len(b.text) <= STAMP_CHARS else None
    if stamp is None and not date_only(b.text) and (p.draft.paras or not date_led(b.text)):
        return False
    p.remove(i, "heuristic.date-line")
    p.draft.published_text = p.draft.published_text or (stamp[1] if stamp else b.text)
    return True


def _download(p: _Pass, i: int, b: Block) -> bool:
    """ "Satzung (PDF, 38 KB)": a download link's label."""
    if len(b.text) < DOWNLOAD_CHARS and "B" in b.text and _DOWNLOAD.search(b.text):
        p.remove(i, "heuristic.download-link")
        return True
    return False


def _figure_label(p: _Pass, i: int, b: Block) -> bool:
    """ "Abbildung 4: <caption>" is a caption; "Foto: <who>" a photo credit."""
    label = FIGURE_LABEL.match(b.text) if len(b.text) < FIGURE_LABEL_CHARS else None
    if label is None or label.end() >= len(b.text):
        return False
    caption = b.text[label.end() :].strip()
    if len(caption.split()) > CAPTION_LABEL_WORDS:
        p.draft.add_caption(caption)
        p.ledger.remove(b.text[: label.end()], p.starts[i], "heuristic.caption-label")
    else:
        _photo_credit(p, i)
    return True


def _photo_credit(p: _Pass, i: int, at: int = 0) -> None:
    """Block ``i`` from ``at`` on is a photo's credit ("© Jane Roe", "(Jane Roe / Agency)",
    "Foto: J. Roe"): a credit names who took the picture, not the story's text, and is removed
    where it stands so the audit shows it."""
    b = p.w.blocks[i]
    p.ledger.remove(b.text[at:], p.starts[i] + at, "html.photo-credit")
