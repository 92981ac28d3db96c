"""Headlines of other stories dropped between a body's paragraphs, and headline lists.

A pasted headline is a line of its own between two paragraphs, with no sentence
punctuation, sentence case, long enough not to be a subheading (subheadings are short:
"Why This Matters"), and not a sentence broken by a link (which ends on a function word
or runs on into a lowercase line).
"""

from __future__ import annotations

import regex

from ..draft import Draft
from ..headerlines import LIST_HEADING, LIST_HEADING_WIDTH, is_copyright_line
from ..lexicon import FUNCTION_WORDS, READ_ON_LABELS
from ..para import Ledger, Para, more_words_than
from ..thresholds import (
    FURTHER_READING_MAX_WORDS,
    HEADING_ECHO_MIN_WORDS,
    HEADING_ECHO_REACH_WORDS,
    HEADLINE_LIST_MAX_CHARS,
    HEADLINE_MAX_WORDS,
    KNOWN_HEADLINE_MIN_CHARS,
    LINK_LINE_MAX_WORDS,
    LIST_LABEL_MAX_WORDS,
    MAX_TEASER_META_WORDS,
    MAX_TEASER_TITLE_WORDS,
    PASTED_HEADLINE_MIN_WORDS,
    TEASER_LINE_MAX_WORDS,
    TEASER_LIST_MIN_EXCERPTS,
    TEASER_LIST_MIN_LINES,
)

# What a sentence can end on: its stop, a closing mark after it („…“ closes with “ in
# German, «…» and »…« with » or «), or the dash of a sentence broken off.
_END = tuple(".!?:;,…\"'’”)]“»«—–")
_NAME = r"[A-Z][\w'’.-]{0,30}(?:\s[A-Z][\w'’.-]{0,30}){0,3}"
_HEADLINE_LIST = regex.compile(rf".{{10,250}},\sby\s{_NAME}(?:(?:,\s|,?\sand\s){_NAME}){{0,6}}")
# What a sentence can open with besides a capital; pages often open quotes with the closing
# mark (’, ”) that an editor's autocorrect put there.
_OPENERS = "\"'‘“’”"
MAX_KNOWN = 50


def is_pasted_headline(text: str, before: str | None, after: str | None) -> bool:
    words = text.split()
    if not (PASTED_HEADLINE_MIN_WORDS <= len(words) <= HEADLINE_MAX_WORDS) or text.endswith(_END):
        return False
    if not text[0].isupper() or ". " in text or words[-1].lower() in FUNCTION_WORDS:
        return False
    if "Credit:" in text or "Credit :" in text:
        return False  # a caption with its credit glued on ("... on Thursday.Credit:Jane Roe"), read by captions
    if before is None or not before.rstrip().endswith(_END) or _is_label(before):
        return False
    if after is None or not (after[0].isupper() or after[0] in _OPENERS):
        return False
    return True


def runs_on_through_link(after: str, after_next: str) -> bool:
    """The line under a heading-like line is a link's words alone ("Niamh Smyth": a name, no
    stop) and the sentence runs on under it in lowercase ("to host an AI summit ..."): the
    heading-like line is a sentence broken by the links in it, not another story's headline.

    Why: The Irish Times' and the South China Morning Post's stories on Daily8 print every
    link of a sentence on a line of its own ("... welcomed plans by Minister of State for
    Artificial Intelligence" / "Niamh Smyth" / "to host an AI summit next year ..."), and the
    sentence's opening was cut as a pasted headline. A pasted headline is followed by the
    story's next paragraph, a sentence of its own.
    """
    return len(after.split()) <= LINK_LINE_MAX_WORDS and not after.endswith(_END) and after_next[:1].islower()


# A word for the echo test: letters and digits, with inner apostrophes and hyphens.
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")
# Abbreviations whose full stop ends no sentence ("Mr. Tanaka", "Gov. Lee").
_ABBREVIATIONS = frozenset("mr mrs ms dr st gov sen rep gen lt col jr sr sgt prof no vs".split())
# Words too common to tie a heading to its paragraph, besides the function words: reporting
# verbs, time and quantity words any two stories share ("next year"), and the commonest of
# the other languages the corpus holds ("nicht", "para").
_COMMON = frozenset(
    "said says will would could have more also after been were than some just over "
    "year week month today yesterday tomorrow time people percent first last next "
    "sich nicht eine einer einen eines auch oder aber wird werden sind haben nach über unter "
    "para como pero sobre entre desde esta este pour avec dans sont plus".split()
)
# A content word for the echo test has at least this many letters.
_CONTENT_WORD_MIN_CHARS = 4
# An English plural or a possessive still names the same thing ("videos", "Japan's").
_PLURAL_MIN_CHARS = 5
# A link label that opens a line ("READ MORE: <headline>"), English or not.
_LINK_LABEL = regex.compile(
    r"(?:READ MORE|Read [Mm]ore|ALSO READ|Also [Rr]ead|READ ALSO|SEE ALSO|See [Aa]lso|RELATED|Related|"
    r"MORE|MUST READ|Must [Rr]ead|READ NEXT|Read [Nn]ext)\s?:"
)


def _content_words(text: str) -> dict[str, bool]:
    """The words that carry a line's meaning, lowercased (a plural's "s" and a possessive
    dropped), each with whether it is printed in lowercase somewhere in ``text``."""
    out: dict[str, bool] = {}
    for m in _WORD.finditer(text):
        raw = m.group()
        w = raw.lower()
        if w.endswith(("'s", "’s")):
            w = w[:-2]
        if len(w) < _CONTENT_WORD_MIN_CHARS or w in FUNCTION_WORDS or w in _COMMON:
            continue
        if len(w) >= _PLURAL_MIN_CHARS and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out[w] = out.get(w, False) or raw[0].islower()
    return out


def _first_sentence(text: str) -> str:
    """The paragraph's opening sentence, at most ``HEADING_ECHO_REACH_WORDS`` words of it."""
    words = text.split()[:HEADING_ECHO_REACH_WORDS]
    for i, w in enumerate(words[:-1]):
        stem = w.rstrip("\"'’”)").lower()
        if stem.endswith((".", "!", "?")) and len(stem) > 2 and stem[:-1] not in _ABBREVIATIONS:  # noqa: PLR2004 ("U." opens no end)
            nxt = words[i + 1]
            if nxt[0].isupper() or nxt[0] in _OPENERS:
                return " ".join(words[: i + 1])
    return " ".join(words)


def echoes_heading(heading: str, after: str) -> bool:
    """The paragraph under a heading-like line opens by saying what the line says: the line is
    the story's own heading (a round-up item's headline, a column's subhead), not another
    story's headline pasted as a link.

    The paragraph ends a sentence (a run of link headlines does not), and its first sentence
    shares at least ``HEADING_ECHO_MIN_WORDS`` content words with the line, one of them
    printed in lowercase there: a related link about the same person shares only the name
    ("Jane Roe: why ..." over "..., says Jane Roe."). A line opening with a link label
    ("READ MORE:", "Lea más:") is a link whatever follows it.
    """
    if not after.rstrip().endswith(_END) or _LINK_LABEL.match(heading) or heading.startswith(READ_ON_LABELS):
        return False
    mine = _content_words(heading)
    theirs = _content_words(_first_sentence(after))
    shared = [w for w in mine if w in theirs]
    return len(shared) >= HEADING_ECHO_MIN_WORDS and any(theirs[w] for w in shared)


def named_in_title(heading: str, title: str | None) -> bool:
    """The story's own title prints the heading-like line whole, among other words: a
    round-up's title lists its items ("Top 5 entertainment news: <item>, <item>" on the Times
    of India's reprints; AsiaOne's "Daily roundup: <item 1> — and other top stories today"),
    and each item's heading is the story's own, not another story's headline pasted as a
    link. A link pasted into a story about the same subject shares words with its title, but
    is not printed in it whole."""
    if title is None or len(title) <= len(heading):
        return False
    at = title.find(heading)
    if at < 0:
        return False
    end = at + len(heading)
    return (at == 0 or not title[at - 1].isalnum()) and (end == len(title) or not title[end].isalnum())


def _is_label(line: str) -> bool:
    """A short line ending in a colon ("Photo:", "Was uns gefällt:") labels the next line,
    which is then its value. A sentence ending in a colon ("... haben wir hier:") can
    still introduce a pasted link, so only labels of a few words count."""
    line = line.rstrip()
    return line.endswith(":") and len(line.split()) <= LIST_LABEL_MAX_WORDS


def _credits_the_story(after: str) -> bool:
    """Whether the line under a heading-like line is the story's source credit ("Source: <site>",
    "via <site>"): the story ends there, and the line above it is its last paragraph that lost
    its full stop, not another story's headline pasted between two paragraphs.

    Why: nextnews24.com's reprints close with "Source: <site>" under a last paragraph printed
    without its stop; it was cut as a pasted link and the story lost its end. A pasted headline
    has the story's next paragraph under it; the "Source:" line closes stories on many reprint
    sites (``body._SOURCE_TRAILER``). A cheap test of the opening first."""
    if not after.startswith(("Source", "SOURCE", "source", "Sumber", "SUMBER", "via ")):
        return False
    from ..layout.shapes import source_line  # here: the layout package imports the field readers

    return source_line(after) is not None


def _footer_copyright(text: str) -> bool:
    """A site's copyright line among the link lists under the story's closing heading ("You
    may like" / other stories' headlines / "© 2025, Harbour Post | All Rights Reserved."): the
    page's footer, not the story's credit, which stands above the heading.

    Why: dailypost.com.gh's reprint on Daily8 ends with its theme's related list, app promo
    and copyright footer; the list's headlines were cut, the copyright line (a full stop at
    its end, so no headline) stayed as the story's last paragraph, and it sat above the
    page's last lines, so the credit pass never read it. Only inside such a list, and only a
    line that is nothing but a copyright notice (``is_copyright_line``)."""
    return text[:1] in "©C" and is_copyright_line(text)


def strip_headlines(draft: Draft, paras: list[Para], ledger: Ledger) -> list[str]:
    """Cut pasted headlines, "Further Reading" lists and "Headline, by Author" lists.

    Returns the headlines cut, so the page can cut them wherever else they were pasted.
    """
    cut: list[str] = []
    live = draft.live()
    linked: list[int] = []  # where pasted headlines were cut, for the run around them
    in_list = False
    item = 0  # the number of the story's own last numbered heading ("1 Sky TV agrees to ...")
    for i, p in enumerate(live):
        text = p.clean
        if len(text) <= LIST_HEADING_WIDTH and LIST_HEADING.fullmatch(text):
            p.cut_all("heuristic.further-reading", ledger)
            in_list = True
            continue
        number = _item_number(text)
        if number is not None and number == item + 1 and i + 1 < len(live) and live[i + 1].clean.endswith(_END):
            item, in_list = number, False  # the round-up's next item, its text under it
            continue
        in_list = in_list or p.after_end
        if in_list:
            if len(text.split()) <= FURTHER_READING_MAX_WORDS and not text.endswith((".", '?"', ".'", ".’", '."')):
                cut.append(text)
                p.cut_all("heuristic.further-reading", ledger)
                continue
            if _footer_copyright(text):
                p.cut_all("heuristic.footer-copyright", ledger)
                continue
            in_list = False
        if (
            len(text) < HEADLINE_LIST_MAX_CHARS and ", by " in text and _HEADLINE_LIST.fullmatch(text)
        ):  # clean text: single spaces
            p.cut_all("heuristic.headline-list", ledger)
            continue
        # most paragraphs end a sentence
        if 0 < i < len(live) - 1 and not text.endswith(_END) and not p.own:
            before, after = live[i - 1].clean, live[i + 1].clean
            if before and text.startswith(before):
                continue  # the line above again with a tag glued on: a caption's two copies (captions.caption_copies)
            half = len(text) // 2
            if not len(text) % 2 and text[:half] == text[half:] and after.startswith(text[:half]):
                continue  # a caption glued to its double over its copy (captions._doubled_captions)
            if (
                is_pasted_headline(text, before, after)
                and not (i + 2 < len(live) and runs_on_through_link(after, live[i + 2].clean))
                and not echoes_heading(text, after)
                and not _credits_the_story(after)
            ):
                if named_in_title(text, draft.title):
                    ledger.note("heuristic.title-item", p.start, text, "kept: a round-up item the title names")
                    continue
                cut.append(text)
                p.cut_all("heuristic.headline-link", ledger)
                linked.append(i)
    if linked:
        _headline_run(live, linked, cut, ledger)
    return cut


# How a headline may end where a sentence could too: a question ("... but who is in the
# wrong?") or a quoted phrase closing it ("... fine for ‘doing the right thing’").
_QUESTION_OR_QUOTE = ("?", "’", "”", "'", '"')
# A closing quote after one of these closes a quoted sentence, not a headline's phrase.
_SENTENCE_STOPS = ".!?,"


def _headline_like_close(text: str, after: str) -> bool:
    """Whether ``text`` is a pasted headline but for its last mark (``_QUESTION_OR_QUOTE``;
    see ``is_pasted_headline``): a headline's length, a capital first and no quote opening it,
    no sentence's end inside, a quoted phrase (not a quoted sentence) or a question closing it,
    and a capital opening the paragraph under it."""
    words = text.split()
    if not (PASTED_HEADLINE_MIN_WORDS <= len(words) <= HEADLINE_MAX_WORDS) or not text.endswith(_QUESTION_OR_QUOTE):
        return False
    if not text[0].isupper() or ". " in text or (text[-1] != "?" and text[-2:-1] in _SENTENCE_STOPS):
        return False
    return bool(after) and (after[0].isupper() or after[0] in _OPENERS)


def _headline_run(live: list[Para], linked: list[int], cut: list[str], ledger: Ledger) -> None:
    """Cut the lines beside a pasted headline that are headlines too but end in a question
    mark or a closing quote, which ``is_pasted_headline`` refuses (a story's paragraph may end
    so): a run of link headlines between a story's paragraphs, each ending as it may.

    Why: The Sun prints its related links and its "Most read in <section>" box as runs of
    bare headlines between the paragraphs ("Council tows car of ... fines" / "What are your
    rights if your car is damaged by a pothole?"; "Warning over rule after driver faces £100
    fine for ‘doing the right thing’" / "Shock moment cyclist ... – but who is in the
    wrong?" / "Watch as drivers settle ..."; fntalk.com's copy of The Sun in the pages
    corpus); the lines ending in no stop were cut, their neighbours ending in "?" or "’"
    stayed in the body. Only next to a headline already cut, between two paragraphs, of a
    headline's length (``PASTED_HEADLINE_MIN_WORDS``: a short question is a subhead, "What
    happens next?"), and not echoed by the paragraph under it (a story's own question, which
    that paragraph answers)."""
    done = set(linked)
    todo = list(linked)
    while todo:
        i = todo.pop()
        for j in (i - 1, i + 1):
            if j in done or not 0 < j < len(live) - 1 or not live[j].alive:  # between two paragraphs
                continue
            below = next((q for q in live[j + 1 :] if q.alive), None)  # the run's cut lines skipped
            if below is None:
                continue
            text, after = live[j].clean, below.clean
            if _headline_like_close(text, after) and not echoes_heading(text, after):
                cut.append(text)
                live[j].cut_all("heuristic.headline-run", ledger)
                done.add(j)
                todo.append(j)


_ITEM = regex.compile(r"(?P<n>[1-9][0-9]?)[.)]?\s(?=\p{Lu})")


def _item_number(text: str) -> int | None:
    """The number opening a round-up's item heading ("2 Debt collector fined ..."): a digest
    of numbered stories (the NZ Herald's "Five Big Things That Happened Today", morning
    briefings' "1. ... 2. ...") heads each item so, its own text under it and a "Read More"
    link after. Counted from 1 in the story, such a heading is the story's own, never a
    link list's headline, even right after that "Read More"."""
    if not text[:1].isdigit():
        return None
    m = _ITEM.match(text)
    if m is None or len(text.split()) > FURTHER_READING_MAX_WORDS:
        return None
    return int(m.group("n"))


def strip_known(paras: list[Para], headlines: list[str], ledger: Ledger) -> None:
    """Cut headlines already found elsewhere on the page wherever they were pasted again.

    At most ``MAX_KNOWN`` distinct headlines are searched for: every one costs a pass over
    the page, and a real page pastes a handful.
    """
    for h in list(dict.fromkeys(headlines))[:MAX_KNOWN]:
        if len(h) < KNOWN_HEADLINE_MIN_CHARS:
            continue
        for p in paras:
            spans: list[tuple[int, int, str | None]] = []
            idx = p.text.find(h)
            while idx >= 0:
                if _pasted_apart(p.text, idx, idx + len(h)):
                    spans.append((idx, idx + len(h), "heuristic.known-headline"))
                idx = p.text.find(h, idx + len(h))
            p.cut_many(spans, ledger)


# What may stand right before a pasted headline's copy once spaces are skipped: a sentence's
# or a quote's end, a label's colon; or the headline opens the paragraph.
_PASTE_BEFORE = frozenset('.!?"”’)]:…|')


def _pasted_apart(text: str, start: int, end: int) -> bool:
    """Whether a headline's copy at ``text[start:end]`` stands apart from the sentences around
    it, as a pasted link does: at the paragraph's start, after a sentence's end (or glued to
    it, with no space), and before the paragraph's end, a new sentence or a glued next piece.

    Why: a headline three or four words long is often a name ("Wisconsin Energy Corporation",
    the third line of a release's headline, cut as a link line), and every copy of it was cut,
    also inside the story's sentences ("... merger of Integrys Energy Group with Wisconsin
    Energy Corporation (NYSE: WEC) ...", an 8-K exhibit on sec.gov): story text was lost. A
    copy that a sentence runs into and out of is the story's own words.
    """
    if start > 0 and text[start - 1].isspace():
        before = text[:start].rstrip()
        if before and before[-1] not in _PASTE_BEFORE:
            return False
    if end < len(text) and text[end] == " ":
        after = text[end + 1 : end + 2]
        if after.islower() or after == "(":
            return False
    return True


def strip_teasers(draft: Draft, ledger: Ledger) -> None:
    """A "body" that is only rubrics of other stories is chrome (run after bylines)."""
    live = draft.live()
    if len(live) >= TEASER_LIST_MIN_LINES and _teaser_list([p.clean for p in live]):
        for p in live:
            p.cut_all("heuristic.teaser-list", ledger)


def _teaser_list(texts: list[str]) -> bool:
    """Three or more short lines, none a sentence: rubrics of other stories, not a body."""
    if len(texts) < TEASER_LIST_MIN_LINES:
        return False
    # a loop, not all() over a generator, which a first miss would close (GeneratorExit: see segment._kind_in)
    for t in texts:  # the character tests first: a story's paragraph ends a sentence
        if t.endswith(_END) or ":" in t or not t[:1].isupper() or more_words_than(t, TEASER_LINE_MAX_WORDS):
            return False
    return True


# How an excerpt of another post ends: cut off mid-sentence ("... schwören die Bevölkerung
# auf Gedeih un...", "... belastet…", "... [&hellip;]").
_CUT_OFF = ("...", "…", "[…]", "[...]", "(…)", "(...)")


def _teaser_label(text: str) -> bool:
    """A teaser's title, or its date and section ("04/05/2022 Fútbol Int."), between excerpts."""
    words = len(text.split())
    return words <= MAX_TEASER_META_WORDS or (words <= MAX_TEASER_TITLE_WORDS and not text.endswith(_END))


def strip_excerpts(draft: Draft, ledger: Ledger) -> None:
    """Excerpts of other posts under a story: a closing run of paragraphs cut off with an
    ellipsis, maybe each under its title. One cut-off paragraph can be the story's own
    trailing thought; two or more in a row at the end are a "related posts" list.

    Both paths read it: the markup's once its story's edges are trimmed, the text's after the
    closing credits and bylines (extract_body). Text dumps of story pages print the same list
    as lines under the story, each another story's dateline and first words cut with "…"
    (odishabytes.com's eight "Bhubaneswar: ... the vehicle…" under a story, with or without
    "Read More"; thenews.com.pk's photo teasers "... inauguration of the newly..."), and they
    were read as the story's closing paragraphs.
    """
    if sum(1 for p in draft.paras if p.text.rstrip().endswith(_CUT_OFF)) < TEASER_LIST_MIN_EXCERPTS:
        return  # one C-level test a paragraph: most drafts hold no excerpt, or one cut story
    live = draft.live()
    run: list[Para] = []
    excerpts = 0
    for p in reversed(live):
        text = p.clean
        if text.endswith(_CUT_OFF):
            excerpts += 1
        elif not _teaser_label(text):
            break  # a sentence of the story: the run is over
        run.append(p)
    while run and not run[-1].clean.endswith(_CUT_OFF):  # the run opens with an excerpt or its title
        if len(run) >= 2 and run[-2].clean.endswith(_CUT_OFF):  # noqa: PLR2004 (run[-2])
            break
        run.pop()
    if excerpts >= TEASER_LIST_MIN_EXCERPTS and len(run) < len(live):
        for p in run:
            p.cut_all("heuristic.excerpt-list", ledger)
