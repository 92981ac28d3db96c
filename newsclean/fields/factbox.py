"""A fact box: short "Label: value" lines, one fact a line, set beside or inside a story.

Sites print boxes of facts next to a story: a review's credits ("Director: Jane Roe",
"Starring: ...", "Rating: 4/5", which the rule files know by their labels), a company
profile ("Name: Example Water", "Started: 2021", "Founders: ...", "Sector: ...": The
National's start-up boxes, reprinted by Daily8 with the page's other sidebars), an event's
details ("Venue: ...", "Tickets: ..."). Issue 19 counts them as furniture, never the story's
text. A box is known by its shape, not its labels: several such lines in a row, each label
different. A transcript or an interview repeats its speakers ("Q:", "A:", "TRUMP:") and
speaks in sentences, so it never reads as one.
"""

from __future__ import annotations

import re

from ..draft import Draft
from ..para import Ledger, Para
from ..thresholds import FACT_BOX_MIN_LINES, FACT_LABEL_MAX_WORDS, FACT_LINE_MAX_CHARS, FACT_VALUE_MAX_WORDS

# a capitalised label of a few words, a colon, a value; re, not regex: no regex-only syntax
_FACT = re.compile(r"(?P<label>[A-Z][\w'’&/()-]{0,30}(?: [\w'’&/()-]{1,30}){0,5}):\s(?P<value>\S[^\n]{0,160})")
_STOPS = (".", "!", "?", "…", '."', ".”", ".'")


def fact_label(p: Para) -> str | None:
    """The label of a one-fact line ("Founders: Jane Roe and Sam Poe"), or ``None``."""
    text = p.text
    if len(text) > FACT_LINE_MAX_CHARS or ": " not in text:  # cheap tests first: most lines are long
        return None
    text = p.clean
    m = _FACT.fullmatch(text)
    if m is None:
        return None
    label, value = m.group("label"), m.group("value")
    if len(label.split()) > FACT_LABEL_MAX_WORDS or len(value.split()) > FACT_VALUE_MAX_WORDS:
        return None
    if value.endswith(_STOPS) or ". " in value:  # a sentence: a quote, a transcript, a story's line
        return None
    return label.casefold()


def strip_fact_boxes(draft: Draft, ledger: Ledger) -> None:
    """Cut each run of at least ``FACT_BOX_MIN_LINES`` one-fact lines whose labels all differ."""
    live = draft.live()
    if len(live) < FACT_BOX_MIN_LINES or not _enough_fact_lines(live):
        return
    run: list[Para] = []
    labels: set[str] = set()
    for p in live:
        label = fact_label(p)
        if label is not None and label not in labels:
            run.append(p)
            labels.add(label)
            continue
        if run:  # most lines: no run open, nothing to close
            _close(run, ledger)
            run, labels = [], set()
            if label is not None:  # a repeated label opens the next run
                run.append(p)
                labels.add(label)
    if run:
        _close(run, ledger)


def _enough_fact_lines(live: list[Para]) -> bool:
    """Whether at least ``FACT_BOX_MIN_LINES`` paragraphs pass :func:`fact_label`'s cheap
    tests (short, with a ": "), so a box can be there at all.

    Why: every story is asked for a box and nearly none has one; the tests run inline in
    one comprehension, where a call of ``fact_label`` for each paragraph cost more than the
    tests themselves (the pass cost some 10K instructions a page, ``compare.py
    --instructions``). Exact: a line failing them has no label, and a run needs that many.
    """
    return sum(1 for p in live if len(p.text) <= FACT_LINE_MAX_CHARS and ": " in p.text) >= FACT_BOX_MIN_LINES


def _close(run: list[Para], ledger: Ledger) -> None:
    if len(run) >= FACT_BOX_MIN_LINES:
        for q in run:
            q.cut_all("heuristic.fact-box", ledger)
