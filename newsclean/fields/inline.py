"""Chrome inside a line: rule phrases, id markers, and "READ MORE: <headline>" links."""

from __future__ import annotations

import regex

from ..draft import Draft
from ..lexicon import BRIEF_LABEL_REACH, BRIEF_LABELS, FUNCTION_WORDS
from ..needles import contains_any
from ..para import Ledger, Para
from ..rules import InlineGate, RuleSet
from ..thresholds import (
    CLOSING_NAME_MAX_WORDS,
    INLINE_HEADLINE_MAX_WORDS,
    INLINE_HEADLINE_MIN_WORDS,
    INLINE_HEADLINE_REACH,
    NEWSLETTER_PITCH_REACH,
)

_ID_MARKER = regex.compile(r"\[\[(?P<key>[A-Za-z]{1,12}):(?P<val>[\w-]{1,64})\]\]")
_READ_MORE = regex.compile(
    r"(?<![\w])(?:(?:READ MORE|Read more|Read More|ALSO READ|Also read|Also Read|READ ALSO|"
    r"SEE ALSO|See also|RELATED|Related|MORE|Further Reading|Further reading|DON'T MISS|Don't [Mm]iss|DON’T MISS|"
    r"Don’t [Mm]iss|MUST READ|Must [Rr]ead|READ NEXT|Read [Nn]ext)\s?:\s?"
    # set off by a dash, only the labels that say "read" or "also" ("NO MORE - " is a chant)
    r"|(?:READ MORE|Read [Mm]ore|ALSO READ|Also [Rr]ead|READ ALSO|Read [Aa]lso|SEE ALSO|See [Aa]lso|READ NEXT|Read [Nn]ext)"
    # or by a bar: The Hindu's "ALSO READ | <headline>" inside every story
    r"\s[-–—|]\s"
    # Hindi: "यह भी पढ़ें: <headline>", "ये भी पढ़ें- ...", "इसे भी पढ़ें", "यह भी देखें" (Hindi
    # dailies' links to other stories inside a body, patrika.com's cards; the labels Hindi
    # news cleaners in the code corpus cut). "ढ़" may come composed (U+095D) or not.
    r"|(?:यह|ये|इसे)\sभी\s(?:प(?:\u0922\u093c|\u095d)ें|देखें)\s?[:\-–—]\s?"
    r")(?=\S)"
)
# One of these is in every label _READ_MORE reads (each label spelled out there holds one:
# "READ" of "ALSO READ" and "READ NEXT", "MORE" of "MORE", "Must" of "Must read", "भी" of the
# Hindi ones): a paragraph with none skips the pattern, which is tried at every position behind
# a lookbehind (some 7 microseconds a page, timed), for thirteen substring tests.
_READ_MORE_WORDS = ("READ", "Read", "Also", "SEE", "See", "RELATED", "Related", "MORE", "Further", "DON", "Don", "Must",
                    "भी")  # fmt: skip
_TOKEN = regex.compile(r"\S+")
# A line that is only a link to a video or podcast: a label, then a headline with no full stop.
_MEDIA_STARTS = ("WATCH", "Watch", "VIDEO", "Video", "LISTEN", "Listen")
# The label may be set off by a bar: CBC's "WATCH | <video's headline>:" and "LISTEN | ...".
_MEDIA_LINK = regex.compile(
    r"(?:WATCH|Watch|VIDEO|Video|LISTEN|Listen)(?:\s?:|\s\|)\s(?P<headline>(?:\S+\s){2,24}\S*[^\s.])"
)


# A link set off by a bar opens its line with its label (The Hindu's "ALSO READ | <headline>"):
# tested by its start, not searched for in every paragraph.
_BAR_LINK_STARTS = ("ALSO READ | ", "Also Read | ", "Also read | ", "READ MORE | ", "Read More | ", "Read more | ",
                    "READ ALSO | ", "Read Also | ", "SEE ALSO | ", "See Also | ", "See also | ", "READ NEXT | ")  # fmt: skip
# Every label of a link set off by a dash holds one of these.
_DASH_LABEL_WORDS = ("Read", "READ", "Also", "ALSO", "also")


def _dash_link(text: str) -> bool:
    """Whether ``text`` may hold a link set off by a dash ("Also Read - <headline>"), a cheap
    test that spares the pattern the paragraphs with no colon."""
    if "भी " in text and "-" in text:  # the Hindi labels ("ये भी पढ़ें- "), dash glued to the label
        return True
    if text.startswith(_BAR_LINK_STARTS):  # "ALSO READ | <headline>": a bar only at the line's start
        return True
    return (" - " in text or " – " in text or " — " in text) and contains_any(text, _DASH_LABEL_WORDS)


def _gate_for(p: Para, gate: InlineGate | None) -> InlineGate | None:
    """``gate`` when ``p``'s text is an unbroken piece of the page it was made for (so holds
    nothing the page does not), else ``None``: every inline rule is tried."""
    if gate is None:
        return None
    at = p.unbroken_at()
    return gate if at is not None and gate.covers(p.text, at) else None


def brief_label(text: str) -> int:
    """The length of a brief's lead-in label opening ``text`` with its ": " ("Why it matters:
    The ferry ..."), 0 when there is none. Only at the paragraph's start and only the
    template's labels (``lexicon.BRIEF_LABELS``): "Here is why it matters: ..." is a sentence.
    One bounded search per paragraph, no pattern."""
    colon = text.find(": ", 0, BRIEF_LABEL_REACH)
    if colon <= 0 or colon + 2 >= len(text) or text[colon + 2].isspace() or text[:colon] not in BRIEF_LABELS:
        return 0
    return colon + 2


def strip_inline(
    draft: Draft, paras: list[Para], rules: RuleSet, ledger: Ledger, *, phrases: InlineGate | bool | None = None
) -> list[str]:
    """Cut rule phrases, ``[[nid:N]]`` markers (kept in ``ids``) and read-more links.

    ``phrases`` says whether the page can hold an inline rule's phrase at all (the caller
    tests the whole page once with :meth:`RuleSet.may_have_inline`, or gives the page's
    :class:`InlineGate`: what the page holds); ``None`` tests here.
    Returns the headlines cut from read-more links, so the page can cut the same headline
    wherever else it was pasted.
    """
    headlines: list[str] = []
    if phrases is None:
        phrases = rules.may_have_inline("\n".join(p.text for p in paras))
    gate = phrases if isinstance(phrases, InlineGate) else None
    for p in paras:
        if phrases:
            hits = rules.inline_hits(p.text, _gate_for(p, gate))
            if hits:
                p.cut_many(hits, ledger)
        label = brief_label(p.text)
        if label:
            p.cut_many([(0, label, "heuristic.brief-label")], ledger)
        if "[[" in p.text:
            markers = list(_ID_MARKER.finditer(p.text))
            for m in markers:
                draft.ids.setdefault(m.group("key").lower(), m.group("val"))
            p.cut_many([(m.start(), m.end(), "heuristic.id-marker") for m in markers], ledger)
        if "to your inbox" in p.text:
            p.cut_many(newsletter_pitch(p.text), ledger)
        media = p.text.startswith(_MEDIA_STARTS)
        if ":" not in p.text and not _dash_link(p.text) and not (media and " | " in p.text):
            continue  # every read-more link has a colon, a dash or a bar
        link = _MEDIA_LINK.fullmatch(p.text) if media else None
        if link is not None:  # "WATCH: <video's headline>", "WATCH | <video's headline>:"
            headlines.append(link.group("headline").strip().rstrip(":"))
            p.cut_all("heuristic.read-more", ledger)
            continue
        if not contains_any(p.text, _READ_MORE_WORDS):  # no label's word: no link (exact)
            continue
        spans: list[tuple[int, int, str | None]] = []
        last = 0
        for m in _READ_MORE.finditer(p.text):
            if m.start() < last:
                continue
            end = headline_end(p.text, m.end())
            headline = p.text[m.end() : end].strip()
            if headline:
                headlines.append(headline)
            spans.append((m.start(), end, "heuristic.read-more"))
            last = end
        p.cut_many(spans, ledger)
    return headlines


# A sentence's end inside a line: a stop (maybe closed by a quote) before a space or the end.
_SENTENCE_END = regex.compile(r"[.!?…][\"'’”)]?(?=\s|$)")

# A sentence's end with the space after it: where the next sentence starts.
_SENTENCE_GAP = regex.compile(r"[.!?…][\"'’”)]?\s+")
# How a newsletter's pitch talks to the reader: it opens with the call or asks for the click.
_PITCH_OPENERS = ("Sign up", "Subscribe", "Get ")


def _sentence_around(text: str, at: int) -> tuple[int, int] | None:
    """The start and end of the sentence of ``text`` holding position ``at``, each found within
    ``NEWSLETTER_PITCH_REACH`` characters; ``None`` when either lies farther (a sentence that
    long is not a pitch, and nothing is cut on a guess)."""
    lo = max(0, at - NEWSLETTER_PITCH_REACH)
    start = 0 if lo == 0 else -1
    for gap in _SENTENCE_GAP.finditer(text, lo, at):
        start = gap.end()
    if start < 0:
        return None
    hi = min(len(text), at + NEWSLETTER_PITCH_REACH)
    after = _SENTENCE_GAP.search(text, at, hi)
    if after is not None:
        return start, after.end()
    if hi < len(text):
        return None
    return start, len(text)


def newsletter_pitch(text: str) -> list[tuple[int, int, str | None]]:
    """The spans of a newsletter's pitch glued between a paragraph's sentences.

    A reprint runs an outlet's sign-up box into the story's paragraph: Metro's "In The Mixer:
    Exclusive analysis, FPL tips and transfer talk sent straight to your inbox every week -
    click here and sign up before Friday ...", ITV's "Subscribe free to our weekly newsletter
    for ... ITV News. Direct to your inbox every Friday morning." (reprinted by STV News on
    Daily8). The sentence that says "to your inbox" is the pitch when it opens with the call
    ("Sign up", "Subscribe", "Get") or asks for the click ("click here"); a sentence without
    either is the pitch's second half when the sentence before it opens with the call. A
    story's own sentence ("The alerts are sent straight to your inbox, the council said.")
    does neither and stays.
    """
    spans: list[tuple[int, int, str | None]] = []
    at = text.find("to your inbox")
    while at >= 0:
        around = _sentence_around(text, at)
        nxt = at + 1
        if around is not None:
            start, end = around
            while start < end and text[start] == " ":  # a paragraph whose opening was cut before it
                start += 1
            sentence = text[start:end]
            if sentence.startswith(_PITCH_OPENERS) or "click here" in sentence.lower():
                spans.append((start, end, "heuristic.newsletter-pitch"))
                nxt = end  # the pitch's other "to your inbox" is already in its span
            elif start > 1:
                before = _sentence_around(text, start - 2)
                if before is not None and text.startswith(_PITCH_OPENERS, before[0]) and before[1] == start:
                    if spans and spans[-1][0] == before[0]:
                        spans.pop()  # both halves say "to your inbox": one span
                    spans.append((before[0], end, "heuristic.newsletter-pitch"))
                    nxt = end
        at = text.find("to your inbox", nxt)
    return spans


def _name_closes(tokens: list[tuple[int, str]], j: int, end: int) -> bool:
    rest = tokens[j:]
    if len(rest) > CLOSING_NAME_MAX_WORDS or (tokens[-1][0] + len(tokens[-1][1]) < end):
        return False  # more words follow, or the line goes on past what was read
    return all(t[:1].isupper() for _, t in rest) and not rest[-1][1].endswith(tuple(".!?…:;\"'’”"))


def headline_end(text: str, pos: int) -> int:
    """Where a headline pasted at ``pos`` ends and the story's own sentence resumes.

    Headlines are sentence case and carry no full stop; the story resumes at the first
    capitalised word after a lowercase one ("... rape allegations Separately, Japan's"),
    or at "A" or "I" opening a sentence ("... in thirty years A group of farmers").
    A capitalised word after a word no headline ends on ("... plan for Kessel ...") is the
    headline's own name. A headline running to the end of the line takes the whole line, and
    so does a line with no sentence's end after the label: a link alone on its line is never
    cut mid-headline ("READ NEXT: Council approves plan for new Kessel bridge").
    """
    tokens = [(m.start(), m.group(0)) for m in _TOKEN.finditer(text, pos, min(len(text), pos + INLINE_HEADLINE_REACH))]
    if len(tokens) <= INLINE_HEADLINE_MAX_WORDS and not _SENTENCE_END.search(text, pos):
        return len(text)  # nothing after it ends a sentence: the rest of the line is the headline
    for j in range(INLINE_HEADLINE_MIN_WORDS, min(len(tokens), INLINE_HEADLINE_MAX_WORDS)):
        prev, tok = tokens[j - 1][1], tokens[j][1]
        if prev.lower() in FUNCTION_WORDS:
            continue  # "... plan for Kessel": a headline never ends on "for"; the name is its own
        if prev[-1].islower() or prev[-1].isdigit():
            core = tok.lstrip("'\"‘“")
            if len(core) > 1 and core[0].isupper() and any(c.islower() for c in core[1:]):
                if _name_closes(tokens, j, len(text)):
                    return len(text)  # "... without power in Kessel": a name ends the headline
                return tokens[j][0]
            if core in ("A", "I") and j + 1 < len(tokens) and tokens[j + 1][1][:1].islower():
                return tokens[j][0]  # "... in thirty years A group of farmers said"
        if prev[-1] in ".!?":
            return tokens[j][0]
    if len(tokens) < INLINE_HEADLINE_MAX_WORDS:
        return len(text)
    return pos
