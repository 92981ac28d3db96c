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
from ..lexicon import BLOCK_SENTENCE_END, FUNCTION_WORDS
from ..para import Ledger, Para
from ..thresholds import (
    DUMP_CUT_MIN_CHARS,
    EDGE_LINE_CHARS,
    EDGE_SHARE,
    EDGE_WORDS,
    SHORT_PROSE_WORDS,
    TAIL_EDGE_MIN_LINES,
)

STORY_EDGE_LINE = "heuristic.story-edge-line"


def is_prose(text: str) -> bool:
    """A paragraph, or a short sentence of the story's own ("You know this one!"): what a
    story's edge lines are not, in a text dump and in markup (``html.edges``) alike."""
    return len(text) >= EDGE_LINE_CHARS or (
        len(text.split()) >= SHORT_PROSE_WORDS and text.endswith(BLOCK_SENTENCE_END)
    )


def _edge(text: str) -> bool:
    """A label-sized line that is no sentence: a few words, or a label ending in a colon.

    Not one: a bare number (a list's item number, "1" over a listicle's first item), and a
    line closed as a sentence or a clause is ("Guten Appetit!", "Hallo,", "... the
    completion."): without markup, a short line of the story's own ends so, a link or a
    label does not."""
    if text.rstrip(".)").isdigit() or text.endswith(_CLOSED) or any(m in text for m in _CJK_CLAUSE_MARKS):
        return False
    return not is_prose(text) and (len(text.split()) <= EDGE_WORDS or text.endswith(":"))


# How a short line of the story's own may end: a sentence's or a clause's mark.
_CLOSED = (*BLOCK_SENTENCE_END, ",", ";")
# Chinese and Japanese write no spaces, so a sentence is one "word": its full stop or comma
# anywhere in the line says it is prose (baike.baidu.com's article in the reprint benchmark).
_CJK_CLAUSE_MARKS = ("。", "，", "、", "！", "？")


def _subhead(text: str) -> bool:
    """A line over the story's first paragraph is its subhead or its kicker
    ("Einleitung", "Artistic career"), or its dateline on a line of its own ("Dübendorf -"),
    unless it is a label ("Read Offline:"), opens without a capital ("séparateur", an image's
    alt text) or is a widget's line opened or closed by a mark ("# Comments", "Posted: |").
    Without markup to tell a kicker from a subhead, the text path keeps both, as it did.
    Emoji closing a heading ("Messi's amazing 🎂 😂", a football digest's item heading on
    Daily8's Yahoo reprint) are the heading's, not a widget's mark (``_without_emoji``)."""
    text = _without_emoji(text)
    return (
        not text.endswith(":")
        and (text[:1].isupper() or text[:1].isdigit())
        and (text[-1:].isalnum() or text.endswith((*BLOCK_SENTENCE_END, "-", "–", "—")))
    )


def _without_emoji(text: str) -> str:
    """``text`` without the emoji and spaces closing it: pictographs (U+1F000 on) and the
    older symbol blocks (U+2600-U+27BF), with their variation selector and joiner."""
    end = len(text)
    while end > 0 and (
        text[end - 1] in _EMOJI_GLUE or text[end - 1] >= "\U0001f000" or "\u2600" <= text[end - 1] <= "\u27bf"
    ):
        end -= 1
    return text[:end] if end < len(text) and end > 0 else text


# What stands between or after emoji: spaces, the variation selector, the zero-width joiner.
_EMOJI_GLUE = frozenset(" \ufe0f\u200d")


def _may_be_cut(p: Para) -> bool:
    """Whether the text may have been cut off inside ``p``, the page's last line: it ends on a
    lowercase word (``_cut_off``), or where a scraper's cut falls (``DUMP_CUT_MIN_CHARS``)."""
    return _cut_off(p.clean.rstrip()) or p.start + len(p.src) >= DUMP_CUT_MIN_CHARS


def _cut_off(text: str) -> bool:
    """Whether a line may be a paragraph the dump cut off: its last word is a lowercase one
    running on ("regelmäßi", "Das Fahrzeug wird", "custom functions that are then"), where a
    link's or a heading's label ends on a capitalised word ("Les Dernières Actualités")."""
    word = text.rsplit(" ", 1)[-1]
    return word[:1].islower() and word[-1:].isalpha()


def _tail(live: list[Para], last: int, ledger: Ledger) -> list[Para]:
    """The edge lines after the last prose paragraph, when they are the page's furniture.

    One short line alone at the end may be the start of a paragraph the dump cut off
    ("The council"), so a lone line goes only when it is a label ("Read Offline:") or when
    the page goes on after it with lines already cut as furniture (hotelowner.co.uk's "Check
    out our free weekly podcast" over "Back to top button"): a dump cut off there would have
    nothing after it. Only a line opening with a capital, a link's label: a bracketed aside or
    a dashed sign-off ("(with friends)", "- with love") is the story's. From
    ``TAIL_EDGE_MIN_LINES`` lines on, the run is a block of links
    (share, back, rail headings). A paragraph ending in a colon introduces what follows (a
    list of the story's own): nothing after it is cut. And when the text stops on a short line
    ending in a lowercase letter with nothing after it, the dump was cut off inside the story
    (a reprint cut mid-word: "Leberkäse Superstar" / "ab März 2012" / "regelmäßi"): nothing is
    cut.
    """
    if live[last].clean.rstrip().endswith(":"):
        return []
    tail = [p for p in live[last + 1 :] if _edge(p.clean.strip())]
    if tail and tail[-1] is live[-1] and _may_be_cut(tail[-1]) and not _text_after(tail[-1], ledger):
        return []  # the page stops inside a paragraph: the short lines before it are the story's
    if not tail or len(tail) >= TAIL_EDGE_MIN_LINES or any(p.clean.rstrip().endswith(":") for p in tail):
        return tail
    if not tail[0].clean[:1].isupper():
        return []  # "(with friends)", "- with love": an aside or sign-off of the story's own
    if tail[0] is live[-1] and _sentence_cut(tail[0].clean.strip()):
        return []  # "The return service, SQ286, will": the reprint's cut, an aggregator's frame after it
    return tail if _text_after(tail[-1], ledger) else []


# Words a sentence runs on after and a label never ends on: the headline readers' function
# words and the auxiliaries ("... will", "... has").
_RUNNING_ON = FUNCTION_WORDS | frozenset(
    "will would can could should shall may might must has have had does did".split()
)


def _sentence_cut(text: str) -> bool:
    """Whether the story's last line is a sentence cut off by the page's end: it runs on
    past a clause mark ("The return service, SQ286, will") or stops on a word a sentence
    goes on after ("... will", "... of the").

    Why: an aggregator cuts its reprint mid-sentence and then prints its own frame (Daily8's
    "Try Our AI Features" under a New Zealand Herald story cut at "The return service,
    SQ286, will"; the reprint benchmark's pages cut the same way), so lines cut as furniture
    follow the cut and the lone short line looked like a promo over a footer ("Check out our
    free weekly podcast" / "Back to top button"), which ends on a noun and holds no clause."""
    if not _cut_off(text):
        return False
    body, _, word = text.rpartition(" ")
    return word in _RUNNING_ON or "," in body or ";" in body


def _text_after(p: Para, ledger: Ledger) -> bool:
    """Whether the page goes on after ``p`` with lines already cut as furniture."""
    end = p.start + len(p.src)
    return any(r.start >= end for r in ledger.removals)


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
    if not live or (is_prose(live[0].clean.strip()) and is_prose(live[-1].clean.strip())):
        return  # most stories: prose at both ends, no edge line (the cheap test first)
    prose = [i for i, p in enumerate(live) if is_prose(p.clean.strip())]
    if not prose:
        return
    first, last = prose[0], prose[-1]
    # over the first paragraph only labels and marked widget lines: a capitalised line there
    # may be a kicker, a subhead or the story's heading, which the text cannot tell apart
    head = [p for p in live[:first] if _edge(p.clean.strip()) and not _subhead(p.clean.strip())]
    cut_edge_lines(live, head + _tail(live, last, ledger), STORY_EDGE_LINE, ledger)


def cut_edge_lines(live: list[Para], edge: list[Para], rule: str, ledger: Ledger) -> None:
    """Cut ``edge``, the story's stray lines, unless they are more than ``EDGE_SHARE`` of its
    text (``live``): then the page is no plain story with ragged edges (a results table, a
    list of short items) and nothing is cut. Shared by the text and markup paths."""
    if not edge:
        return
    total = sum(len(p.clean) for p in live)
    if sum(len(p.clean) for p in edge) > EDGE_SHARE * total:
        return
    for p in edge:
        p.cut_all(rule, ledger)
