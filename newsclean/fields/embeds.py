"""What a social-media embed leaves in the text once its markup is gone.

An embedded post renders as the post's words, then its signature: "— Jane Roe (@janeroe)
June 9, 2025" for X/Twitter, "A post shared by Jane Roe (@janeroe)" for Instagram, and its
picture's short link ("pic.twitter.com/AbC123", "https://t.co/AbC123"). The words are the
quoted person's and stay in the story, as a quotation would; the signature and the link
are the widget's and are cut, wherever they sit: on a line of their own or glued between
two of the story's sentences. Every shape carries an "@handle" in parentheses or a link
host, which no sentence of a story does, so none can take a story's words.
"""

from __future__ import annotations

import regex

from ..draft import Draft
from ..lexicon import MONTH_NAMES, alternation
from ..para import Ledger, Para
from ..thresholds import SKIP_BOX_MAX_LINES, SKIP_BOX_MIN_WORDS, SKIP_BOX_NAME_MAX_CHARS

_MONTH = f"(?:{alternation(MONTH_NAMES)})"
_HANDLE = r"\(@[\w.]{1,30}\)"
# "— Marquee Sports (@Marquee) August 14, 2025": a dash, the account's name (no brackets,
# at most 60 characters), its handle and the post's date.
# Glued to the post's last sentence too, and with the dash as the embed code writes it: X's
# embed code closes the quoted post with "&mdash; Name (@handle) <date>", and a scraper that
# drops the post's paragraph break glues it on ("... Sputnik V.&— Andrés Manuel (@lopezobrador_)
# January 25, 2021" on lanacion.com.ar; "&mdash;" left undecoded in the embed code that
# sites paste, in the code corpus).
_POST_SIGNATURE = regex.compile(
    rf"(?:^|(?<=\s)|(?<=[.!?\"”’)]))(?:&mdash;|&?(?:—|–|―)|-{{1,2}})\s?[^\s()@—–][^()@\n—–]{{0,60}}?\s?{_HANDLE}"
    rf"\s{_MONTH}\s\d{{1,2}},\s\d{{4}}"
)
# "A post shared by Jane Roe (@janeroe) on Apr 21, 2019 at 4:40am PDT"
_POST_SHARED = regex.compile(
    rf"A post shared by\s[^()@\n]{{0,60}}?\s?{_HANDLE}"
    r"(?:\son\s[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4}(?:\sat\s\d{1,2}:\d{2}\s?[ap]m(?:\s[A-Z]{2,5})?)?)?"
)
# The post's picture or link, shortened by the network.
_SHORT_LINK = regex.compile(r"(?:https?://)?(?:pic\.twitter\.com|t\.co)/\w{1,40}")


def strip_embeds(draft: Draft, ledger: Ledger) -> None:
    """Cut embed signatures and short links from every paragraph (rule ``heuristic.embed``).

    Each shape holds a parenthesised handle or a link's host: paragraphs without one cost
    three substring tests.
    """
    for p in draft.paras:
        t = p.text
        if ("(@" in t or "t.co/" in t or "pic.twitter.com/" in t) and _cut_embeds(p, ledger):
            # what is left is the post's own words, a quotation: never a pasted headline,
            # though a post, like a headline, often ends without a full stop
            p.own = True


def _cut_embeds(p: Para, ledger: Ledger) -> bool:
    text = p.text
    spans: list[tuple[int, int]] = []
    if "(@" in text:
        spans += [m.span() for m in _POST_SIGNATURE.finditer(text)]
        if "A post shared by" in text:
            spans += [m.span() for m in _POST_SHARED.finditer(text)]
    if ".co" in text:
        spans += [m.span() for m in _SHORT_LINK.finditer(text)]
    merged: list[tuple[int, int, str | None]] = []
    for a, b in sorted(spans):
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]), "heuristic.embed")
        else:
            merged.append((a, b, "heuristic.embed"))
    p.cut_many(merged, ledger)
    return bool(merged)


# An accessibility skip link over a box, opening a line: "skip past newsletter promotion"
# (the Guardian's newsletter box), "Skip Twitter post by @jane" (the BBC's social embeds).
_SKIP_OPEN = regex.compile(r"(?:[Ss]kip past|Skip) (?=\S)")
_SKIP_WORDS = ("skip past ", "Skip ")
# The marker the link jumps to, naming the same box: "after newsletter promotion", "End of
# Twitter post by @jane".
_SKIP_CLOSE = regex.compile(r"(?:^|(?<=\s))(?:after|After|End of|end of) (?=\S)")


def strip_skip_boxes(draft: Draft, ledger: Ledger) -> None:
    """Cut a box between a skip link and the marker it jumps to (``heuristic.skip-box``).

    Pages let screen readers skip a box set inside a story: a link "skip past <box>" or "Skip
    <box>" opens it and a marker "after <box>" or "End of <box>" closes it, the box's name the
    same in both. The Guardian wraps its newsletter sign-up so ("skip past newsletter
    promotion" ... "after newsletter promotion"), the BBC each social post it embeds ("Skip
    Twitter post by @jane" ... "End of Twitter post by @jane"); a reprint keeps both markers
    and the box's words between them, on lines of their own or glued into one. The link opens
    its line and the marker closes its line, naming the same box of at least
    ``SKIP_BOX_MIN_WORDS`` words within ``SKIP_BOX_MAX_LINES`` lines: a story's sentence
    ("Skip the queue and come back after the queue") never closes on its own opening words.
    """
    for p in draft.paras:
        if p.text.startswith(_SKIP_WORDS):
            break
    else:
        return  # no line opens with a skip link: the usual case, one test a line
    live = draft.live()
    i = 0
    while i < len(live):
        p = live[i]
        opened = _SKIP_OPEN.match(p.text) if p.text[:1] in "sS" else None
        if opened is None:
            i += 1
            continue
        box = p.text[opened.end() :]
        for j in range(i, min(len(live), i + SKIP_BOX_MAX_LINES)):
            q = live[j]
            close = _closing_marker(q.text, opened.end() if j == i else 0, box, glued=j == i)
            if close is None:
                continue
            if j == i:
                p.cut(opened.start(), len(p.text), "heuristic.skip-box", ledger)
            else:
                p.cut_all("heuristic.skip-box", ledger)
                for mid in live[i + 1 : j]:
                    mid.cut_all("heuristic.skip-box", ledger)
                q.cut(0, len(q.text), "heuristic.skip-box", ledger)
            i = j
            break
        i += 1


def _closing_marker(text: str, start: int, box: str, *, glued: bool) -> int | None:
    """Where a marker closing ``text`` from ``start`` on names the box ``box`` opens with, or
    ``None``. The marker's words, at least ``SKIP_BOX_MIN_WORDS`` of them, run to the line's
    end. On a line of its own the marker is the whole line and names the whole link line's
    box; glued on the link's line, the box's words come first and the marker follows a
    sentence's end ("skip past newsletter promotion Sign up ... apply. after newsletter
    promotion"), which no sentence going on after "after" has."""
    if not glued:
        m = _SKIP_CLOSE.match(text)
        return 0 if m is not None and text[m.end() :] == box and len(box.split()) >= SKIP_BOX_MIN_WORDS else None
    # a box's name is short: the marker stands within the line's last characters
    for m in _SKIP_CLOSE.finditer(text, max(start, len(text) - SKIP_BOX_NAME_MAX_CHARS)):
        named = text[m.end() :]
        if len(named.split()) < SKIP_BOX_MIN_WORDS:
            continue
        if box.startswith(named + " ") and text[: m.start()].rstrip()[-1:] in ".!?":
            return m.start()
    return None
