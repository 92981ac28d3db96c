"""What a scraper leaves of a page's code in its text: JavaScript statements.

A page's ad and widget scripts sit between its paragraphs; a scraper that keeps every text
node keeps them too, and they end up glued between two of the story's sentences ("... said.
googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); }); The council ...") or
on lines of their own ("window._taboola = window._taboola || [];"). Seen in scraped copy of
many sites (a Korean daily, a Telugu film site, a Malaysian daily, a Mexican paper: each
cleaning the same ad-slot call out of its text).

A statement is recognised by how it opens (a call on a browser object, ``function(``, a
``var`` declaration, the ad libraries' globals), then read to its end by counting brackets,
never by a pattern: quotes and braces nest, and a pattern that followed them could
backtrack. Every cut is recorded as ``heuristic.script``; prose never holds ``window.x(``
or ``function() {``, so a sentence cannot be taken for one.
"""

from __future__ import annotations

import regex

from ..draft import SENTENCE_BOUNDARY, Draft
from ..needles import contains_any
from ..para import Ledger, Para
from ..thresholds import AD_CALL_CUT_OFF_MAX_CHARS, AD_CALL_MAX_CHARS

# Substrings one of which every statement holds: paragraphs without any skip the scan.
_HINTS = ("function", "window.", "document.", "googletag", "adsbygoogle", "jQuery", "_taboola", "var ", "});")
# How a statement opens. A function only with its parameters and its brace ("function() {"):
# prose has "its main function (hosting ...)". Member access with no space around the dot
# ("window._taboola", "googletag.cmd.push(") never occurs in prose; "window. The" does.
_OPENING = regex.compile(
    r"(?:\(\s?)?(?:!?function\s?\([\w$,\s]{0,80}\)\s?\{|(?:var|let|const)\s[\w$]{1,40}\s?=\s"
    r"|(?:window|document|googletag|jQuery|_taboola|twttr|dataLayer|adsbygoogle)\.[\w$]{1,40}(?:\.[\w$]{1,40}){0,4}\s?(?:\(|=\s)"
    r"|(?:window\.)?adsbygoogle\s?=\s|jQuery\s?\()"
)
# What may follow one statement and continue the script: another call on an object
# ("_taboola.push({...});" after "window._taboola = ...;").
_CONTINUATION = regex.compile(r"[\w$]{1,40}(?:\.[\w$]{1,40}){1,5}\s?\(")
# Openings whose brackets never close before a paragraph is given up: ad scripts seen come a
# few to a paragraph, so this many failures means hostile or garbled text, and stopping keeps
# the scan linear (each failure costs up to AD_CALL_MAX_CHARS characters).
MAX_FAILED_OPENINGS = 20
_OPEN = {"(": ")", "[": "]", "{": "}"}
_CLOSE = frozenset(")]}")
_QUOTES = {"'": "'", '"': '"', "`": "`", "‘": "’", "“": "”"}
# After a closing bracket at depth 0, these mean the expression goes on: ".push(", "()".
_GOES_ON = frozenset(".;,(?:&|+=)")
_SPACE = frozenset(" \t")


# Every opening ``_OPENING`` reads holds one of these: a call's or a function's bracket, an
# assignment's sign. One character is a memchr over the paragraph; ``_HINTS`` are words whose
# last letter is common, each some thousands of instructions on a paragraph without them.
_OPENING_MARKS = ("(", "=")


def strip_script(draft: Draft, ledger: Ledger) -> None:
    """Cut JavaScript statements from every paragraph (rule ``heuristic.script``). A
    paragraph with neither mark of ``_OPENING_MARKS`` holds no opening: no statement is cut
    from it, so it skips the hints' test too (exact)."""
    for p in draft.paras:
        t = p.text
        if contains_any(t, _OPENING_MARKS) and contains_any(t, _HINTS):
            _cut_statements(p, ledger)


def _cut_statements(p: Para, ledger: Ledger) -> None:
    text = p.text
    spans: list[tuple[int, int, str | None]] = []
    pos = 0
    failed = 0
    while failed < MAX_FAILED_OPENINGS:
        m = _OPENING.search(text, pos)
        if m is None:
            break
        start = m.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_$."):
            pos = m.end()  # inside a longer name ("mywindow.x("): not an opening
            continue
        end = statement_end(text, start)
        if end is None:
            failed += 1
            pos = m.end()
            continue
        # further statements of the same script, glued after the first
        while True:
            nxt = end
            while nxt < len(text) and text[nxt] in _SPACE:
                nxt += 1
            if nxt >= len(text) or not (_OPENING.match(text, nxt) or _CONTINUATION.match(text, nxt)):
                break
            more = statement_end(text, nxt)
            if more is None:
                break
            end = more
        spans.append((start, end, "heuristic.script"))
        pos = end
    p.cut_many(spans, ledger)


def statement_end(text: str, start: int) -> int | None:
    """Where the statement opening at ``start`` ends (after its ``;``), or ``None``.

    Brackets are counted and quoted strings skipped; the statement ends at a ``;`` outside
    every bracket, or at a closing bracket that returns to depth 0 when nothing that would
    continue the expression follows. ``None`` when the brackets never balance within
    ``AD_CALL_MAX_CHARS`` characters (a paragraph's end closes a statement the page cut off).
    """
    limit = min(len(text), start + AD_CALL_MAX_CHARS)
    stack: list[str] = []
    i = start
    while i < limit:
        c = text[i]
        if c in _QUOTES:
            close = _QUOTES[c]
            j = text.find(close, i + 1, limit)
            if j < 0:
                return None
            i = j + 1
            continue
        if c in _OPEN:
            stack.append(_OPEN[c])
        elif c in _CLOSE:
            if not stack or stack.pop() != c:
                return None
            if not stack:
                k = i + 1
                while k < limit and text[k] in _SPACE:
                    k += 1
                if k >= len(text) or text[k] not in _GOES_ON:
                    return i + 1
        elif c == ";" and not stack:
            return i + 1
        i += 1
    if i >= len(text) and len(text) - start <= AD_CALL_CUT_OFF_MAX_CHARS and not SENTENCE_BOUNDARY.search(text, start):
        return len(text)  # cut off by the paragraph's end: the rest of the line is the script
    return None
