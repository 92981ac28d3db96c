"""The lead story's ragged edges in a text dump: stray short lines around its paragraphs.

A story page prints furniture inside the story's own run of lines: before the first
paragraph a section crumb, "Posted: |", a "Read Offline:" widget label, an image's alt text
("séparateur"); after the last one share and back links ("Partager sur" / "Retour"), rail
headings ("Les Dernières Actualités"), a "Read Offline:" label again, a comment count. Once
the field extractors took bylines, dates, datelines, credits and captions, what is left of
them are short lines that are no sentences standing before the story's first prose paragraph
or after its last: the shape the HTML path already cuts as ``html.edge-line``
(``html.edges``, jusText's short blocks at a story's edge), here without markup to tell a
list item from a link. Nothing between two prose paragraphs is touched: a paragraph of prose
after a short line is the story going on.
"""

from __future__ import annotations

from ..draft import Draft
from ..lexicon import BLOCK_SENTENCE_END
from ..para import Ledger, Para
from ..thresholds import (
    EDGE_LINE_CHARS,
    EDGE_SHARE,
    EDGE_WORDS,
    SHORT_PROSE_WORDS,
    SUBHEAD_MIN_WORDS,
    TAIL_EDGE_MIN_LINES,
)

STORY_EDGE_LINE = "heuristic.story-edge-line"


def _prose(text: str) -> bool:
    """A paragraph, or a short sentence of the story's own ("You know this one!")."""
    return len(text) >= EDGE_LINE_CHARS or (
        len(text.split()) >= SHORT_PROSE_WORDS and text.endswith(BLOCK_SENTENCE_END)
    )


def _edge(text: str) -> bool:
    """A label-sized line that is no sentence: a few words, or a label ending in a colon. A
    bare number is a list's item number ("1" over a listicle's first item), not a label."""
    if text.rstrip(".)").isdigit():
        return False
    return not _prose(text) and (len(text.split()) <= EDGE_WORDS or text.endswith(":"))


def _subhead(text: str) -> bool:
    """A line right over the story's first paragraph is its subhead ("Artistic career"), unless
    it is one word (a place or section kicker), a label ("Read Offline:") or a widget's line
    opened or closed by a mark ("# Comments", "Posted: |")."""
    return (
        len(text.split()) >= SUBHEAD_MIN_WORDS
        and not text.endswith(":")
        and text[:1].isalnum()
        and (text[-1:].isalnum() or text.endswith(BLOCK_SENTENCE_END))
    )


def _tail(live: list[Para], last: int, ledger: Ledger) -> list[Para]:
    """The edge lines after the last prose paragraph, when they are the page's furniture.

    One short line alone at the end may be the start of a paragraph the dump cut off
    ("The council"), so a lone line goes only when it is a label ("Read Offline:") or when
    the page goes on after it with lines already cut as furniture (hotelowner.co.uk's "Check
    out our free weekly podcast" over "Back to top button"): a dump cut off there would have
    nothing after it. From ``TAIL_EDGE_MIN_LINES`` lines on, the run is a block of links
    (share, back, rail headings). A paragraph ending in a colon introduces what follows (a
    list of the story's own): nothing after it is cut.
    """
    if live[last].clean.rstrip().endswith(":"):
        return []
    tail = [p for p in live[last + 1 :] if _edge(p.clean.strip())]
    if not tail or len(tail) >= TAIL_EDGE_MIN_LINES or any(p.clean.rstrip().endswith(":") for p in tail):
        return tail
    end = tail[-1].start + len(tail[-1].src)
    return tail if any(r.start >= end for r in ledger.removals) else []


def trim_story_edges(draft: Draft, ledger: Ledger) -> None:
    """Remove the stray short lines before the lead story's first prose paragraph and after
    its last (``heuristic.story-edge-line``).

    Why: on story pages of sites nobody tuned on, bodies began with widget labels and ran on
    into share links and rail headings (m.jawharafm.net: "Partager sur" / "Retour" / "Les
    Dernières Vidéos"; bhamterminal.com: "Read Offline:" over and under the story;
    champagnefm.com: the image alt "séparateur"; redbluffdailynews.com: "Posted: |" /
    "# Comments"); the HTML path cuts the same shape (``html.edges``). Only the ``main``
    story: teasers of a listing are one paragraph and their lines belong to the next card.
    When the edge lines would be more than ``EDGE_SHARE`` of the story's text the page is no
    plain story (a results table, a list) and nothing is cut.
    """
    if draft.role != "main":
        return
    live = draft.live()
    prose = [i for i, p in enumerate(live) if _prose(p.clean.strip())]
    if not prose:
        return
    first, last = prose[0], prose[-1]
    head = [p for p in live[:first] if _edge(p.clean.strip())]
    if head and head[-1] is live[first - 1] and _subhead(head[-1].clean.strip()):
        head.pop()  # the subhead over the first paragraph
    edge = head + _tail(live, last, ledger)
    if not edge:
        return
    total = sum(len(p.clean) for p in live)
    if sum(len(p.clean) for p in edge) > EDGE_SHARE * total:
        return
    for p in edge:
        p.cut_all(STORY_EDGE_LINE, ledger)
