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

_MONTH = f"(?:{alternation(MONTH_NAMES)})"
_HANDLE = r"\(@[\w.]{1,30}\)"
# "— Marquee Sports (@Marquee) August 14, 2025": a dash, the account's name (no brackets,
# at most 60 characters), its handle and the post's date.
_POST_SIGNATURE = regex.compile(
    rf"(?:^|(?<=\s))(?:—|–|―|-{{1,2}})\s?[^\s()@—–][^()@\n—–]{{0,60}}?\s?{_HANDLE}\s{_MONTH}\s\d{{1,2}},\s\d{{4}}"
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
