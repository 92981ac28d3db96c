"""Photo captions sitting in the text, told apart from the story by their credit tags.

Shapes: "<caption>. PHOTO: AFP", "<caption>. (EPA Images pic)", "Image: <caption> Credit: X",
"<caption>. | Credit:", an agency name opening the body ("The Associated Press <caption>."),
a photographer in parentheses after a sentence ("(Takeshi Iwashita)"), a caption line
followed by a "Photo:" line and a credit line, gallery lines each ending "(Reuters)", and a
caption in front of the dateline ("<caption>. KUALA LUMPUR: ..."), and a caption glued into
a paragraph before "(X/@handle)" or a wire agency's "(PTI)". The caption goes to
``captions`` without its tag; the tag is recorded as removed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import pairwise, product

import regex

from ..classify import Item, Kind
from ..draft import Draft, sentence_starts
from ..headerlines import (
    BARE_CREDIT_LABELS,
    CREDIT_INITIALS,
    bracket_photo_credit,
    copyright_credit,
    labelled_credit_line,
)
from ..lexicon import MONTH_NAMES, OFFSCREEN_CAPTION_LABELS, OFFSCREEN_CREDIT_LABELS, alternation
from ..lines import Line
from ..needles import contains_any
from ..para import Ledger, Para, more_words_than
from ..rules import RuleSet
from ..thresholds import (
    AGENCY_DATELINE_REACH,
    ALT_ECHO_EXTRA_WORDS,
    ALT_ECHO_MIN_WORDS,
    BARE_CREDIT_MAX_CHARS,
    BARE_TAG_CREDIT_MAX_WORDS,
    CAPTION_MAX_WORDS,
    CAPTION_REACH_CHARS,
    CAPTION_TAG_PASSES,
    CAPTION_TWICE_MIN_WORDS,
    CREDIT_CHAIN_MIN_PARTS,
    CREDIT_ONLY_LINE_MAX_WORDS,
    DATELINE_IN_CREDIT_MIN_CHARS,
    DOUBLED_CAPTION_MIN_CHARS,
    DOUBLED_CAPTION_MIN_WORDS,
    GALLERY_CREDIT_REACH,
    GALLERY_MIN_CAPTIONS,
    LEADING_CAPTION_MIN_WORDS,
    LEADING_CAPTION_MIN_WORDS_AFTER_BYLINE,
    LEADING_CAPTION_REACH,
    MIN_WORDS_AFTER_PAREN_CREDIT,
    PHOTO_BY_MAX_LOWER_WORDS,
    SERVICE_NAME_MAX_WORDS,
    SLASH_CREDIT_REACH,
    TAG_CREDIT_MAX_WORDS,
    TAG_CREDIT_REACH,
)
from .dateline import match_dateline

_PHOTO_TAG = regex.compile(
    r"(?:^|(?<=\s))(?:[A-Z]{2,6}\s(?=PHOTO|PIC))?"  # an outlet's own: "ST PHOTO:", "NST PIC:"
    # never after an article: the tabloid's name or a noun ("sagte er der Bild:", "das Foto:")
    r"(?<!(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Ee]in|[Ee]ine)\s)"
    r"(?:PHOTO|Photo|PHOTOS|Photos|PICTURE|Picture|PIC|Pic|IMAGE|Image|FILE PHOTO|File photo|Photograph"
    # German "Bild: dpa", "Bildrechte: Colourbox.de" (news.de's and mdr.de's captions)
    r"|FOTO|Foto|FOTOS|Fotos|Imagen|Bildrechte|Bildquelle|Bild)"
    r"(?:\s(?:[Cc]redit|[Cc]ourtesy|CREDIT|COURTESY))?"  # "Photo credit: AFP", "Photo courtesy: X"
    r"\s?:\s?(?=\S)"
)
# Rarer tags, searched only where their word is: "<caption>. Credit: Example Agency" (a
# capitalised name, or one opening with a channel's number: "Credit: 7NEWS" under 7news.com.au's
# pictures; "| Credit:" is the pipe form below) and New Zealand's "Photo / Jane Roe". The tag
# may be glued to the caption's full stop ("... in October.Credit: AP": smh.com.au's and
# watoday.com.au's captions as scraped).
_CREDIT_TAG = regex.compile(
    # glued to the caption's last letter too: The Sun and the Sydney Morning Herald print the
    # credit after the caption with no space ("... striking IsraelCredit: Fox News")
    r"(?:^|(?<=\s)|(?<=[\p{Ll}\d][.!?])|(?<=\p{Ll})(?=Credit\s?:))"
    r"(?:(?<!\|\s?)(?:Credit|CREDIT)\s?:\s?(?=\p{Lu}|\d\p{Lu})|(?:Photo|PHOTO|Picture|Image)\s/\s(?=\p{Lu}))"
)
# "Photo by Jane Roe" (or "Photo by Jane Roe / The Paper") with the story going on after it,
# at a paragraph's start or after a sentence: a name of two or three capitalised words (and a
# paper's after a slash), with a capital after it; a capitalised word with a lower-case word
# after it is the next sentence's first ("Photo by Jane Roe In early March": backtracking
# leaves "In" to the sentence). Read by _photo_by_inside.
_PHOTO_BY_INSIDE = regex.compile(
    r"(?:^|(?<=[.!?\"”’] ))(?:Photo|Picture|Image)s?\sby\s[A-Z][\w'’.-]{0,30}(?:\s[A-Z][\w'’.-]{0,30}){1,2}"
    r"(?:\s?/\s?[A-Z][\w'’.&-]{0,30}(?:\s[A-Z][\w'’.&-]{0,30}){0,2})?(?=\s[A-Z\"“‘']|\((?=\p{Lu}))"
)
# "(Photo by Jane Roe/Getty Images)" closing a caption; in capitals too ("... Malate, Manila.
# PHOTO BY JANE ROE", manilatimes.net's captions) and as a file picture's ("... in June 2016.
# File photo by Jane Roe/AFP", rappler.com's); "photo by" in lower case only after "File": "a
# photo by Jane Roe" closes a sentence of a story.
# Two patterns, each with its "by" a literal the engine looks for before trying a position (an
# alternation of the two cases has none: a tenth more instructions a page, timed).
_PHOTO_BY = regex.compile(
    r"\s?(?P<open>\()?(?:File\s[Pp]hoto|Photo|Picture|Image)s?\sby\s[A-Z][^()\n]{1,80}?(?(open)\))$"
)
_PHOTO_BY_CAPS = regex.compile(
    r"\s?(?P<open>\()?(?:FILE\sPHOTO|PHOTO|PICTURE|IMAGE)S?\sBY\s[A-Z][^()\n]{1,80}?(?(open)\))$"
)
# The longest match of either: an optional space and bracket, "File Photos" (11), a space, "by",
# a space, a capital and 80 more characters, the closing bracket. Every match ends the text
# (``$``, or before its final line break), so it opens in the last this many characters and one.
_PHOTO_BY_MAX_CHARS = 99
_PAREN_PIC = regex.compile(
    r"\s?\((?:(?:[A-Z][\w.&'’/-]{0,30}\s){0,3}(?:[Pp]ic|[Pp]hoto|[Ff]ile [Pp]ic|[Ii]mage)|(?:Pic|Photo|Picture)s?\s?:\s?[^()]{1,40}"
    r"|(?:[Ii]mage|[Pp]hoto|[Pp]icture)\sfor\s[Rr]epresentation(?:al)?(?:\s[Pp]urposes?)?(?:\s[Oo]nly)?"
    r"|(?:Photo|Picture|Image)s?\sby)\)"  # a template's credit left empty: "(Photo by)"
)
# A caption's credit after a dash, the Malaysian papers' way: "<caption>. — Bernama pic",
# "— Pexels pic", "— Picture by Jane Roe" (Malay Mail), "– AFPPIC" (theSun), "— Filepic" (The
# Star). Glued into the paragraph once the picture is gone, the story going on after it. A name
# of capitalised words before "pic" (one word or more: "a crowd — pic after pic" is a story's),
# or "Picture by" and a name of up to three capitalised words; after a sentence's end or a
# caption's last word, before the next sentence's capital or the line's end. Read by
# _dash_credit, which gives the next sentence back its first word.
# Pakistani papers set a file picture's credit off the same way, maybe with no space before the
# dash: "<caption>. — AFP/File" (thenews.com.pk, dawn.com), "— White Star/File", "<caption>—File
# Photo" (dawn.com); the "File" says it is a picture's, never a text credit ("— AFP" alone may
# close the story and is read as its credit).
_DASH_PIC_AFTER = (
    r"\s?(?:(?:[A-Z][\w'’.&/-]{0,30}\s){1,3}(?:pic|Pic|PIC)|[A-Z][A-Z]{1,20}PIC|Filepic|FILEPIC|File\spic"
    r"|(?:[A-Z][\w'’.&-]{0,30}\s){0,2}[A-Z][\w'’.&-]{0,30}/(?:File|FILE)|File\s[Pp]hoto|FILE\sPHOTO"
    r"|(?:Picture|Pic|Photo)s?\sby\s[A-Z][\w'’.-]{0,30}(?:\s[A-Z][\w'’.-]{0,30}){0,2})"
    r"(?=\s[A-Z\"“‘']|\s?$)"
)
_DASH_PIC = regex.compile(r"(?<=[\p{Ll}\d.!?'\"’”)]\s?)[—–]" + _DASH_PIC_AFTER)
# The same opening with each dash as a literal, its lookbehind after it: the regex module finds
# a literal by a fast scan, where a leading class ([—–]) costs a match attempt a character
# (see _dash_pic).
_DASH_PIC_BY_DASH = tuple(
    (dash, regex.compile(rf"{dash}(?<=[\p{{Ll}}\d.!?'\"’”)]\s?{dash})" + _DASH_PIC_AFTER)) for dash in "—–"
)


def _dash_pic(text: str) -> regex.Match[str] | None:
    """``_DASH_PIC.search(text)``, one search for each dash (``_DASH_PIC_BY_DASH``), the earlier
    match kept.

    Why: the pattern opens with a class of two dashes behind a lookbehind, and the regex
    module tries such an opening at every character of the paragraph, some 100 instructions
    each (callgrind: 85K on an 860-character paragraph with a credit at its end; 37K as two
    literal searches). Exact: every match opens at a dash, and each dash's pattern is the
    pattern with that dash, so the leftmost match of either is the leftmost match; a dash
    absent from ``text`` (one C-level scan) is not searched for."""
    best: regex.Match[str] | None = None
    for dash, pattern in _DASH_PIC_BY_DASH:
        if dash in text:
            m = pattern.search(text)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
    return best


# China Daily's tag after a caption: "[Photo/Agencies]", "[Photo by Jane Roe/chinadaily.com.cn]".
_BRACKET_PIC = regex.compile(r"\s?\[(?:Photo|Photos|Image|Picture)s?(?:\sby\s[^\[\]/]{1,60})?/[^\[\]]{1,60}\]")
# The same tag with no slash: "[Photo provided to China Daily]" (chinadaily.com.cn's captions
# of pictures handed to it), "[Photo by Jane Roe]", "[Photo: Jane Roe]" (a caption's credit
# in square brackets, as in books' and sites' figure captions).
_BRACKET_PIC_WORDS = regex.compile(
    r"\s?\[(?:Photo|Image|Picture)s?(?:\sprovided\sto\s\w|\s(?:by|courtesy\sof)\s[A-Z]|\s?:\s?[A-Z])[^\[\]\n]{0,60}\]"
)
# A picture taken from a social account: "Source / Twitter: @handle", "Photo: Instagram/@handle",
# "(Image: X/@handle)". The handle is the credit; a story quotes a post as "(@handle)", which
# the embed pass reads.
_SOCIAL_CREDIT = regex.compile(
    r"(?:^|(?<=\s))(?P<open>\()?(?:(?:Photo|Image|Picture|Pic|Video)s?(?:\s(?:[Ss]ource|[Cc]redit|[Cc]ourtesy))?"
    r"|Source|SOURCE|Credit|CREDIT|Courtesy)\s?[:/]\s?(?:Twitter|X|Instagram|Facebook|YouTube|TikTok|Threads|Bluesky)"
    r"\s?[:/]?\s?@[\w.]{1,30}(?(open)\))"
)


@lru_cache(maxsize=8)
def _wire_photo_credit(agencies: tuple[str, ...]) -> regex.Pattern[str]:
    """A wire agency's photo credit closing a caption, as every outlet that prints its pictures
    keeps it: "<caption>. REUTERS/Jane Roe", "<caption>. JANE ROE/Pool via REUTERS/File Photo",
    for the ``agencies`` of the rule files' ``photo_credits.wire_credits`` (escaped). After a
    sentence's end and in the agency's capitals only: "a Reuters/Ipsos poll" is a story's
    words. The caption may open with "FILE PHOTO: ", Reuters' mark for an older picture."""
    wire = "|".join(regex.escape(a) for a in agencies) or "(?!)"
    return regex.compile(
        rf"(?<=[.!?'\"’”]\s)(?:(?:[A-Z][\w'’.-]{{0,30}}\s){{0,3}}[A-Z][\w'’.-]{{0,30}}/(?:Pool\svia\s)?(?:{wire})"
        # the photographer after the slash: two words, a third only where the line ends or a
        # dateline in capitals follows it, so the story's next sentence keeps its first word
        # ("REUTERS/Jane Roe The vote ...") and a three-word name gives none of itself to the
        # body ("REUTERS/Jane Al Roe CAIRO (Reuters) - ...": The Star's Reuters copy on Daily8;
        # three-word photographers are common in wire credits, "Abdel Kareem Hana/AP")
        rf"|(?:{wire})/[A-Z][\w'’.-]{{0,30}}(?:\s[A-Z][\w'’.-]{{0,30}})?"
        rf"(?:\s[A-Z][\w'’.-]{{0,30}}$|\s[A-Z][a-z'’][\w'’.-]{{0,29}}(?=\s[A-Z]{{2,}}(?:\s[A-Z]{{2,}}){{0,2}}(?:,|\s?\(|\s?:|\s[-–—])))?)"
        rf"(?:/File\s[Pp]hoto)?(?=\s|$)"
    )


# A picture taken from a social account, its platform and handle in parentheses closing a
# caption ("... on the eve of the festival.(X/@KesselRail)"; Hindustan Times' way, seen on
# two reprints): a story quoting a post writes "(@handle)", with no platform before it.
_PAREN_SOCIAL = regex.compile(
    r"(?<=[.!?'\"’”])\s?\((?:Twitter|X|Instagram|Facebook|YouTube|TikTok|Threads|Bluesky)\s?/\s?@[\w.]{1,30}\)"
)
# A wire agency's name in parentheses between two sentences of a paragraph: "... in Kessel on
# Monday. (PTI) Starting from the harbour, ...". Closing a story it credits the text (the
# credit pass reads it); with the story going on after it, it is the photo credit of the
# caption before it. Checked against the rule files' agencies.
_PAREN_AGENCY = regex.compile(
    r"(?<=[.!?'\"’”])\s?\((?P<who>[A-Z][\w.&'’-]{0,30}(?:\s[A-Z][\w.&'’-]{0,30}){0,2})\)(?=\s[A-Z‘'\"“])"
)
# A photo credit in parentheses that names a picture service or a wire's photo desk, with
# the photographer or a source beside it: "(Getty Images)", "(AFP via Getty Images)",
# "(AP Photo/Jane Roe, Pool)", "(Jane Roe/The Kessel Times via AP)", "(iStock)". Read by
# _paren_service_credit, which checks the names against the rule files.
_PAREN_SERVICE = regex.compile(
    r"\((?P<who>(?:[A-Z]|i(?=Stock))[\w.&'’-]{0,30}(?:(?:\s|/|,\s)[\w.&'’-]{1,30}){0,7})\)(?=\s[A-Z‘'\"“]|\s?$)"
)
_SERVICE_SPLIT = regex.compile(r"/|\svia\s")
_SERVICE_TAILS = (", Pool", ", File", ", pool", ", file")
_FILE_PHOTO_MARK = regex.compile(r"(?:FILE PHOTO|File photo|File Photo)\s?:\s")
# A photo credit whose tag stands inside brackets: a wire's, the agency before the photo word
# and the slash spaced ("(AFP PHOTO / JANE ROE)", "(AFP Photo / Jane Roe)": aawsat.com's
# captions; "AFP PHOTO/JANE ROE" in gettyimages' AFP captions), and "(Image Credit: Jane Roe)"
# (Future's sites: tomshardware.com, itpro.com, cyclingnews.com). Read before the "Photo /
# Jane Roe" and "Credit: Jane Roe" tags, which would cut from the tag word and leave "(AFP" or
# "(Image" in the story.
_PAREN_AGENCY_PHOTO = regex.compile(
    r"\s?\((?:[A-Z]{2,6}\s)?(?:PHOTO|Photo|PICTURE|Picture|IMAGE|Image)S?(?:\s(?:[Cc]redits?|CREDITS?))?\s?[/:]\s?[^()\n]{1,60}\)"
)
# with the name when a name closes the paragraph ("| Credit: Jane Roe/Coast Images")
_PIPE_CREDIT = regex.compile(r"\s?\|\s?Credit:\s?(?:[A-Z][\w.&'’/-]{0,30}(?:\s[A-Z][\w.&'’/-]{0,30}){0,3}$)?")
_IMAGE_CREDIT = regex.compile(r"Image:\s(?P<cap>.{5,400}?)\sCredit:\s(?P<credit>[^.]{1,60}?)(?:\.|$|(?=\s[A-Z]))")
_PAREN_CREDIT = regex.compile(r"\s?\((?P<who>[A-Z][\w'’.-]{0,30}(?:[ /][A-Z][\w'’.-]{0,30}){0,3})\)(?=\s|$)")
# "(Mainichi/Yuka Asahina)" after a sentence: outlet/photographer.
_SLASH_CREDIT = regex.compile(r"(?<=[.!?'\"’”])\s?\((?:[A-Z][\w'’.-]{0,30}\s?){1,3}/(?:[A-Z][\w'’.-]{0,30}\s?){1,3}\)")
# The same closing a caption that has no full stop, the British agencies' way: "Prime
# Minister Jane Roe in Downing Street (Sam Poe/PA)", "... in Olympia. (AP Photo/Sam Poe)".
# Closing the paragraph, with a name of two or three words on one side of the slash (a
# photographer's, or "AP Photo"): "(Labour/Conservative)" closing a sentence is no credit.
_SLASH_CREDIT_END = regex.compile(
    r"\s?\((?:[A-Z][\w'’.-]{0,30}\s[A-Z][\w'’.-]{0,30}(?:\s[A-Z][\w'’.-]{0,30})?/[A-Z][\w'’.&-]{0,30}(?:\s[A-Z][\w'’.&-]{0,30}){0,2}"
    r"|[A-Z][\w'’.&-]{0,30}/[A-Z][\w'’.-]{0,30}\s[A-Z][\w'’.-]{0,30}(?:\s[A-Z][\w'’.-]{0,30})?)\)$"
)
# A credit inside a paragraph: a name of up to three capitalised words ("Jane Roe"), and the
# full stop closing it when the story goes on after it.
# A name ending in a slash ends there: "Photo: Jane Roe/ New Zealand international ..." keeps "New".
# Several credited at once are listed with commas: "Credit: MPI-M, DKRZ, NVIDIA."
# A word after the first that a sentence opens with ("The", "He", "But") is the story's next
# sentence, not the credit's: "Photo / Jane Roe The vote passed" keeps "The". A reprint that
# glues a caption and its credit into a paragraph (the "Photo: Jane Roe/ New Zealand's ..."
# case above) otherwise lost that word to the credit (found by invented pages, round daily8j).
_STORY_OPENERS = (
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our",
    "This", "That", "These", "Those", "There", "But", "And", "As", "In", "On", "At", "If", "When",
    "While", "After", "Before", "Meanwhile", "However", "Officials", "Police",
)  # fmt: skip
# The same word opening the credit and followed by a lowercase word is the story's first
# sentence after a bare label ("PHOTOS: The harbour board met ..."): no credit stands there, and
# reading "The" as one cut it from the story (found by invented pages, round daily8k).
_CREDIT_TOKEN = regex.compile(
    rf"(?!(?:{alternation(_STORY_OPENERS)})\s[a-z])[A-Z][\w&.'’/-]{{0,40}}(?:\s(?<!/\s)(?!(?:{alternation(_STORY_OPENERS)})\b)[A-Z][\w&'’/-]{{0,40}}){{0,2}}"
    r"(?:,\s[A-Z][\w&'’/-]{0,40}){0,4}(?:\.(?=\s))?"
)
# Every photo tag holds one of these ("Picture" holds "Pic", "FILE PHOTO" holds "PHOTO").
# The words one of which every ``_PHOTO_TAG`` holds (each of its tags holds one: "Picture"
# holds "Pic", "Photograph" and "Photos" hold "Photo", "Imagen" holds "Image", "FILE PHOTO"
# holds "PHOTO"): a text without any, or without the tag's colon, is not searched.
_PHOTO_WORDS = ("Photo", "PHOTO", "Pic", "PIC", "Image", "IMAGE", "File photo", "Foto", "FOTO", "Bild")
_MONTH_WORDS = tuple(name.upper() for name in MONTH_NAMES)  # as picture agencies print them
_MONTHS = alternation(_MONTH_WORDS)
# Picture-agency captions: "MILAN, ITALY – APRIL 16: <who> of <team> ... (Photo by X/Getty Images)".
_AGENCY_CAPTION = regex.compile(
    rf"(?:^|(?<=[.!?'\"’”]\s))(?P<cap>[A-Z][A-Z .'’-]{{1,30}},\s[A-Z][A-Z .'’-]{{1,30}}\s?[–—-]\s?(?:{_MONTHS})\s\d{{1,2}}"
    r"(?:,\s\d{4})?:\s.{10,600}?(?:[.!?](?=\s|$)|(?=\s\(Photo by)))(?P<credit>\s\(Photo by [^()]{2,120}\))?"
)
# Where a dateline can start inside the first paragraph: an upper-case word after a space
# that follows a word or a sentence's end. The pattern starts at the capital (stdlib re jumps
# between capitals); the two characters before it are checked in Python.
_DATELINE_START = re.compile(r"[A-Z](?=[A-Z'’.\-]{1,20}(?:\s[A-Z][A-Z'’.\-]{1,20}){0,3}(?:,|\s?\(|\s?[—–:-]))")
# How far past a start _DATELINE_START's lookahead reads: four words of up to 21 letters,
# their spaces and the mark after the place.
_DATELINE_MARK_REACH = 4 * 22 + 2
_BEFORE_SPACE = frozenset(".!?'\"’”)_")
# What ends a sentence before a photo tag: a caption with one of these has its own stop.
_STOPS = frozenset(".!?'\"’”)")


def _dateline_starts(text: str, limit: int, start: int = 0) -> list[int]:
    out = []
    for m in _DATELINE_START.finditer(text, start, min(len(text), limit)):
        s = m.start()
        if s >= 2 and text[s - 1].isspace() and (text[s - 2].isalnum() or text[s - 2] in _BEFORE_SPACE):  # noqa: PLR2004 (the two characters before it)
            out.append(s)
    return out


def strip_caption_lines(draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    """Photo-credit lines, "Image: <caption> Credit: X" and picture-agency captions, before the
    end-of-story passes.

    Pages put them anywhere, also after a story's closing credit or byline; taken out
    first, they no longer hide "— Reuters" from the credit pass or read as a credit
    themselves ("Photo: AFP" credits the picture, not the text).
    """
    offscreen_captions(draft, ledger)
    # each of these shapes has a colon ("Photo:", "APRIL 16:"); a list, not a generator, which
    # any() would close at its first hit (a GeneratorExit raised inside it costs more than this)
    if any([":" in p.text for p in draft.paras]):
        _photo_lines(draft, rules, ledger)
        for p in draft.live():
            _agency_caption(p, draft, ledger)
            _image_credit(p, draft, ledger)
    _credit_only_lines(draft, rules, ledger)  # after: a bare "Photo:" line reads the credit under it


# A screen reader's label opening a line or following a sentence's end, then its credit or
# caption; the credit (one to eight words, no stop) runs to the line's end or the next label.
_OFFSCREEN_LABEL = regex.compile(
    rf"(?:^|(?<=[.!?\"”’)]\s))(?:(?P<credit>{alternation(OFFSCREEN_CREDIT_LABELS)})|(?P<caption>{alternation(OFFSCREEN_CAPTION_LABELS)}))"
)
_CAPTION_LABEL = regex.compile(rf"(?P<caption>{alternation(OFFSCREEN_CAPTION_LABELS)})")
_OFFSCREEN_CREDIT = regex.compile(
    r"[^\s.!?][^.!?\n]{0,78}?(?=\s(?:" + alternation(OFFSCREEN_CAPTION_LABELS) + r")|\s*$)"
)
# A glued caption ends at its first sentence's end before a capital (the story goes on).
_CAPTION_END = regex.compile(r"[.!?][\"”’)]?(?=\s[A-Z\"“‘])")
_OFFSCREEN_WORDS = tuple(label.split(",")[0] for label in OFFSCREEN_CREDIT_LABELS + OFFSCREEN_CAPTION_LABELS)


def offscreen_captions(draft: Draft, ledger: Ledger) -> None:
    """The BBC's screen-reader labels for a photo, kept by text scrapers: "Image source, Getty
    Images" (the credit: chrome, with its label) and "Image caption, <caption>" (the caption:
    to ``captions``, its label chrome), one a line or glued between the story's sentences.

    Why: Daily8's reprints of BBC stories and scraped BBC text (its news, World Service and
    sport pages share the platform's offscreen texts) carried both lines in the body. A
    credit label whose credit runs on into a sentence ("Image source, Getty Images The
    council ...") is left alone: where the credit ends is not known. A glued caption ends at
    its first sentence's end; one alone on its line is the whole line.
    """
    for p in draft.live():
        text = p.text
        if "Image " not in text and "Video " not in text:  # cheap test: every label opens so
            continue
        if not contains_any(text, _OFFSCREEN_WORDS):
            continue
        spans: list[tuple[int, int, str | None]] = []
        pos = 0
        while True:
            # a caption's label straight after its credit ("Image source, X Image caption, ...")
            m = _CAPTION_LABEL.match(text, pos + 1) if spans and spans[-1][2] and text[pos : pos + 1] == " " else None
            m = m or _OFFSCREEN_LABEL.search(text, pos)
            if m is None:
                break
            if m.groupdict().get("credit"):
                c = _OFFSCREEN_CREDIT.match(text, m.end())
                if c is None:
                    pos = m.end()
                    continue
                spans.append((m.start(), c.end(), "heuristic.offscreen-caption"))
                pos = c.end()
                continue
            e = _CAPTION_END.search(text, m.end(), min(len(text), m.end() + CAPTION_REACH_CHARS))
            cap_end = e.end() if e else len(text)
            if e is None and len(text) - m.end() > CAPTION_REACH_CHARS:
                pos = m.end()
                continue  # no end in reach: not a caption's length
            caption = text[m.end() : cap_end]
            if not caption.strip():
                pos = m.end()
                continue
            draft.add_caption(caption, at=(p.start, m.end()))
            spans.append((m.start(), m.end(), "heuristic.offscreen-caption"))
            spans.append((m.end(), cap_end, None))
            pos = cap_end
        if spans:
            p.cut_many(spans, ledger)


# The parts of a credit alone on a line: "Jane Roe/Getty Images", "AFP via Getty Images",
# "Dan Kitwood/Staff via Getty Images"; a service may credit the event it covered ("Getty
# Images for Netflix"). A photographer is two to four capitalised words (or in capitals).
_CREDIT_PARTS = regex.compile(r"\s?/\s?|\svia\s")
_CREDIT_FOR = regex.compile(r"\sfor\s[A-Z][\w&'’.-]{0,30}(?:\s[A-Z][\w&'’.-]{0,30}){0,3}$")
_PHOTOGRAPHER = regex.compile(r"[A-Z][\w'’.-]{0,30}(?:\s[A-Z][\w'’.-]{0,30}){1,3}")
_WORD = regex.compile(r"[A-Z][\w'’.-]{0,30}")
_INITIALS = regex.compile(r"[A-Z]{2,5}")
# A body credited for a handout photo: capitalised words joined by at most one lower-case
# link word each ("City of Harbour Police", "PA and Harbour Fire Service").
_ORG = regex.compile(r"[A-Z][\w'’.&-]{0,30}(?:\s(?:(?:of|and|the|for|de|du)\s)?[A-Z][\w'’.&-]{0,30}){1,5}")
_INNER_STOP = regex.compile(r"[.!?]\s")
# The writer's label and name inside a header line glued before the dateline: "Published on:
# <date> By: Jane Roe Text Size: <caption> KOTA KINABALU: ..." (the Daily Express of Sabah's
# stories on Daily8; issue 19 names "By: Jane Roe Text Size:" among the bylines lost). The
# label with its colon only: "Stand By Me returns" is a title's words.
_GLUED_BY = regex.compile(r"(?<!\S)By:\s?(?=[A-Z])")
_BY_NAMES = regex.compile(r"[A-Z][\w'’.-]{0,30}(?:\s[A-Z][\w'’.-]{0,30}){0,3}")


_CREDIT_DASHES = frozenset("—–")


def _credit_only_lines(draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    """Cut the lines that are only a photo's credit, the picture gone (``heuristic.credit-only-line``).

    A reprint keeps a figure's credit where the picture stood, between two paragraphs: "© DTB",
    "© Alfa Romeo F1 Team", "©iStock" (html-dev pages of dtb-tennis.de, motorsport-total.com,
    vorangedacht.de and a women's magazine, read by a recall-leaning extractor), "Dan Kitwood/
    Staff via Getty Images" and "© Jane Roe/Bloomberg via Getty Images" (scraped news text of
    two sites). A credit line of the text ("© 2025 The Associated Press. All rights
    reserved.") carries a year and is left to the credit pass. The credit may be set off by a
    dash with no caption before it, as Pakistani papers print a file picture's ("— File photo"
    twice over a dawn.com story; "<caption> — AFP/File" is read with its caption, _DASH_PIC).
    """
    for p in draft.paras:
        raw = p.text
        if raw[:1] in _CREDIT_DASHES:
            raw = raw[1:].lstrip()
        # a credit is short and opens with "©" or a capital (most lines fail these two tests)
        if len(raw) > BARE_CREDIT_MAX_CHARS or not raw or not (raw[0] == "©" or raw[0].isupper()):
            continue
        text = p.clean.lstrip("—– ")
        if text and credit_only_line(text, rules):
            p.cut_all("heuristic.credit-only-line", ledger)


# A line that may be a credit chain: a capital opening it, two slashes within a credit's
# reach, one scan of the page (most pages have none).
# regex, not re: re's search would try each position of the page for the ^ (about 20 times
# slower here); regex finds the lines' starts itself
_CHAIN_LINE = regex.compile(r"(?m)^[A-Z][^\n/]{0,60}/[^\n/]{1,60}/")


def drop_credit_chains(page: str, items: list[Item], lines: list[Line], rules: RuleSet, ledger: Ledger) -> list[Item]:
    """Cut photo credits of three or more slash-joined parts left alone where their picture
    stood ("Jane Roe/Pool/Example Press/TNS" over the cards of arcamax.com's news sections,
    "Jane Roe/PA and Harbour Police/Facebook/PA" under a headline on comicsands.com) before
    a layout reads the page (``heuristic.credit-chain``): over a card one became the card's
    title or the card before's section. The body pass cuts credit lines too (a two-part
    "Jane Roe/Getty Images" is left to it), but only after the layout has placed them. Not
    under a label: "Photo:" / credit is how a caption above them is read by its credit."""
    # a chain's line holds its slashes: a page with none (most pages, 204 of the text benchmark's
    # 220) skips the multi-line scan, which is tried at every line's start (exact)
    if "/" not in page or _CHAIN_LINE.search(page) is None:
        return items  # most pages: no line with the slashes of a chain
    kept: list[Item] = []
    starts = [ln.start for ln in lines]
    for it in items:
        text = it.text
        if (
            it.kind is Kind.TEXT
            and text.count("/") >= CREDIT_CHAIN_MIN_PARTS - 1
            and len(text) <= BARE_CREDIT_MAX_CHARS
            and text[:1].isupper()
            and credit_only_line(text, rules)
        ):
            k = bisect_left(starts, it.line.start)
            if not (k > 0 and lines[k - 1].text.rstrip().endswith(":")):
                ledger.remove(text, it.line.start, "heuristic.credit-chain")
                continue
        kept.append(it)
    return kept


def credit_only_line(text: str, rules: RuleSet) -> bool:
    """Whether ``text`` is only a photo's credit: "© <who>" with no year and no sentence, or
    photographers and photo services the rule files name joined by "/" or "via" ("Jane
    Roe/Getty Images", "Jane Roe/Pool/Example Press/TNS"; a handout's source, "City of
    Harbour Police", only when a service closes the line), or a photo service alone that is neither a wire agency nor an outlet
    ("Getty Images"; "Reuters" alone credits the text). A name after a slash is the
    photographer's only when another part follows it: "Reuters/Ipsos" is a poll, not a credit.
    """
    if len(text.split()) > CREDIT_ONLY_LINE_MAX_WORDS:
        return False
    if text.startswith("©"):
        return copyright_credit(text)
    services = rules.photo_credit_re
    # parts joined by "/" or "via", a service crediting an event ("for"), or a service's name
    # alone (one to three words): tested before the rule files' long list of names
    joined = "/" in text or " via " in text or " for " in text
    if services is None or not (joined or text.count(" ") < SERVICE_NAME_MAX_WORDS):
        return False
    core = text.rstrip(".")
    if " for " in core:
        core = _CREDIT_FOR.sub("", core)
    parts = _CREDIT_PARTS.split(core)
    known = [services.fullmatch(part) is not None for part in parts]
    # "Jane Roe/.../PA": a photographer's name first and an agency's initials last close a
    # credit whatever stands between (the initials alone are too common a word to list)
    closed = known[-1] or (
        len(parts) > 1 and bool(_PHOTOGRAPHER.fullmatch(parts[0]) and _INITIALS.fullmatch(parts[-1]))
    )
    if not (any(known) or closed):
        return False
    if len(parts) == 1:
        return rules.agency(parts[0]) is None and rules.outlet(parts[0]) is None
    for i, part in enumerate(parts):
        if known[i] or _PHOTOGRAPHER.fullmatch(part) or (i + 1 < len(parts) and _WORD.fullmatch(part)):
            continue
        if closed and (i + 1 == len(parts) or _ORG.fullmatch(part)):
            continue  # "Jane Roe/PA and City of Harbour Police/Facebook/PA": a handout's source
        return False
    return not all(k and rules.agency(part) is not None for k, part in zip(known, parts, strict=True))


def strip_captions(draft: Draft, rules: RuleSet, ledger: Ledger, *, markup: bool = False) -> None:
    """Captions marked by tags inside paragraphs, and those opening the body. ``markup``: the
    paragraphs come from a page's markup, whose figures gave their captions already."""
    gallery: list[tuple[Para, bool]] = []
    closers = 0  # lines a tag closed after their caption
    above: list[Para] = []  # the lines over a credit that stood alone on its line
    prev: Para | None = None
    for p in draft.live():
        shape = _tags(p, draft, rules, ledger, gallery)
        if shape == _TAG_CLOSES_LINE:
            closers += 1
        elif shape == _TAG_WHOLE_LINE and prev is not None:
            above.append(prev)
        prev = p
    _gallery_captions(gallery, draft)
    if above and closers >= GALLERY_MIN_CAPTIONS:
        _captions_over_credits(above, draft)
    _closing_credit_captions(draft, rules, ledger)
    _leading(draft, rules, ledger, markup=markup)
    caption_copies(draft, ledger, markup=markup)


def caption_copies(draft: Draft, ledger: Ledger, *, markup: bool = False) -> None:
    """A paragraph that is the same words as the caption read from the paragraph right under it
    is that caption's first copy: cut (``heuristic.caption-twice``).

    Why: news sites print a picture's caption twice, once as the image's text alternative and
    once under it with its credit ("<caption>" / "<caption> Credit: AP" on smh.com.au and
    watoday.com.au, "<caption>" / "<caption> Credit: 7NEWS" on 7news.com.au), and scrapers keep
    both. The credited copy was read as the caption; the bare one stayed as the body's
    paragraph. Only when the credited paragraph held nothing but the caption and its credit,
    and the words are the same: a story's sentence that a caption repeats further down stays.

    One pass over the paragraphs first reads the captions an icon's label opened
    (:func:`_icon_caption`) and those glued to their own double (:func:`_doubled_caption`),
    each behind a test of a character or two, so a page with neither pays next to nothing.
    """
    paras = draft.paras
    last = len(paras) - 1
    icon_starts: set[int] | None = None  # where an icon's label was cut, asked for once a page needs it
    opening = True  # no paragraph with text above: the body's first lines
    for i, p in enumerate(paras):
        text = p.text
        if not text:
            continue
        first, opening = opening, False
        # its opening was cut: by an icon's label? (an uncut paragraph's text is its source
        # itself, told by identity without the slice and the comparison)
        if text is not p.src and not p.src.startswith(text[:12]):
            if icon_starts is None:
                icon_starts = {r.start for r in ledger.removals if r.rule == "common.icon-label"}
            if icon_starts and p.start + (len(p.src) - len(p.src.lstrip())) in icon_starts:
                _icon_caption(p, draft, ledger)
                continue
        n = len(text)
        if i < last and n >= 2 * DOUBLED_CAPTION_MIN_CHARS and not n % 2 and text[0] == text[n // 2]:
            _doubled_caption(p, paras[i + 1], draft, ledger)
        elif first and i < last and not markup and text == paras[i + 1].text:
            _bare_caption_twice(p, paras, i, draft, ledger)
        elif i < last and text[0] == paras[i + 1].text[:1] and n != len(paras[i + 1].text):
            _twin_with_credit(p, paras[i + 1], ledger, draft)
    if not draft.caption_at:
        return
    read_from: dict[int, str] = {}
    for read, (start, _) in draft.caption_at.items():
        read_from.setdefault(start, read)
    for i in range(last):
        p, below = paras[i], paras[i + 1]
        caption = read_from.get(below.start)
        _alt_text_echo(p, caption, ledger, markup=markup)
        if caption is None:
            # the credited copy first, its bare copy under it (news.stv.tv: "<caption> PA
            # Media" / "<caption>"): the copy below is cut as the one above would be
            caption = read_from.get(p.start)
            if caption is not None and not p.text.strip() and " ".join(below.text.split()) == caption:
                below.cut_all("heuristic.caption-twice", ledger)
            continue
        if below.text.strip() or not p.text.strip():
            continue
        if " ".join(p.text.split()) == caption:
            p.cut_all("heuristic.caption-twice", ledger)


# A sentence glued to the one before it with no space ("... ce qu'elle veut.Un ouvrier ..."):
# where a picture's text alternative joins the paragraph it stands after.
_GLUED_SENTENCE = regex.compile(r"[.!?][\"”’)]?(?=\p{Lu})")
_EDGE_MARKS = ".,:;!?\"'“”‘’()«»"


def _echo_words(text: str) -> list[str]:
    """``text``'s words folded for comparing two prints of a caption: case, curly quotes and
    the marks around each word."""
    words = text.replace("’", "'").replace("‘", "'").casefold().split()
    return [w.strip(_EDGE_MARKS) for w in words]


def _alt_echo(alt: str, caption: str) -> bool:
    """Whether ``alt`` is a shortened or button-labelled print of ``caption``: the caption's
    opening words (at least ``ALT_ECHO_MIN_WORDS``) and nothing else, or the whole caption and
    at most ``ALT_ECHO_EXTRA_WORDS`` more."""
    a, c = _echo_words(alt), _echo_words(caption)
    if len(a) > len(c) + ALT_ECHO_EXTRA_WORDS or len(a) > CAPTION_MAX_WORDS:
        return False
    k = 0
    for x, y in zip(a, c, strict=False):
        if x != y:
            break
        k += 1
    return k >= ALT_ECHO_MIN_WORDS and (k == len(a) or k == len(c))


def _alt_text_echo(p: Para, caption: str | None, ledger: Ledger, *, markup: bool) -> None:
    """The paragraph over a caption, or the sentence glued to its end with no space, that is
    a shorter print of the caption (its opening words: "<first half of the caption>.") or the
    caption with an image viewer's button labels ("<caption> (Foto) Suche") is the picture's
    text alternative: cut (``heuristic.caption-alt-text``).

    Why: scrapers keep an image's alt text beside its figure caption, and sites write the alt
    text as the caption cut short: n3k6.wordpress.com's French storm story (Radio-Canada's
    pictures) prints "Un homme marche dans une rue couverte de neige." over the caption "Un
    homme marche dans une rue couverte de neige à Boston, samedi matin. Photo: AP/...", and
    twice glues the alt text to the paragraph before ("... veut.Un ouvrier déblaie ..."); news.de
    prints the caption with its viewer's "(Foto) Suche" over the credited caption. The copies
    stayed in the body. A story's sentence is never the opening words of the caption under
    it and nothing more, and only the glued sentence goes, not its paragraph."""
    if caption is None or markup or not p.text.strip() or " ".join(p.text.split()) == caption:
        return  # an exact copy over the caption is heuristic.caption-twice's
    text = p.text
    if _alt_echo(text, caption):
        p.cut_all("heuristic.caption-alt-text", ledger)
        return
    end = text.rstrip()
    if len(end) < 2 or end[-1] not in ".!?":  # noqa: PLR2004 (a sentence and its stop)
        return
    glued = None
    for m in _GLUED_SENTENCE.finditer(end):
        glued = m
    if (
        glued is not None
        and _alt_echo(end[glued.end() :], caption)
        and len(_echo_words(end[glued.end() :])) < len(_echo_words(caption))
    ):
        p.cut(glued.end(), len(end), "heuristic.caption-alt-text", ledger)


# A photographer's credit closing a caption after its last stop, with no tag word: a name of up
# to four capitalised words, a dash (spaced or not), the agency or service, maybe with its parts
# joined by slashes or "via" ("Jane Roe—AP", "Jane Roe—AFP/Getty Images" under TIME's pictures;
# "Jane Roe - WPA/Pool via Getty Images" under news.stv.tv's). Matched whole against the tail a
# caption's bare copy leaves (``fullmatch``, never searched): bounded words, linear.
_TWIN_CREDIT = regex.compile(
    r"\s(?:[A-Z][\w'’.-]{0,30}\s){0,3}[A-Z][\w'’.-]{0,30}\s?[—–-]\s?"
    r"[A-Z][\w'’.&-]{0,30}(?:(?:/|\s|\svia\s|\sfor\s)[A-Z][\w'’.&-]{0,30}){0,5}\s*"
)


def _twin_with_credit(p: Para, q: Para, ledger: Ledger, draft: Draft) -> None:
    """Two paragraphs one under the other, one of them the other's words and a photographer's
    credit after its last stop (``_TWIN_CREDIT``), are one picture's caption printed twice: its
    text alternative and its figure caption. The bare copy and the credit are cut
    (``heuristic.twin-caption-credit``), and the credited copy's words go to ``captions``.

    Why: TIME prints "<caption>" over "<caption> Jane Roe—AP" (time.com's tag pages) and
    news.stv.tv "<caption> Jane Roe - WPA/Pool via Getty Images" over "<caption>", both in the
    pages corpus (openweb24's time.com and news.stv.tv pages); the credit names no agency the
    rule files know in a form the credit readers take, so both copies stayed in the body.
    The copy beside it vouches for the caption: a story's sentence closed by a dash and a name
    ("... said the minister — Jane Roe, AP") is never printed again bare right above or below,
    and a copy whose tail holds a lower-case word ("... says Jane Roe — and others") is no credit.
    """
    a, b = p.text.rstrip(), q.text.rstrip()
    bare, full = (p, q) if len(a) < len(b) else (q, p)
    short, long = (a, b) if bare is p else (b, a)
    lead = len(short) - len(short.lstrip())
    if not short[lead:] or not long.startswith(short[lead:], len(long) - len(long.lstrip())):
        return
    start = len(long) - len(long.lstrip())
    end = start + len(short) - lead
    if short[-1:] not in ".!?\"'’”)" or _TWIN_CREDIT.fullmatch(long, end) is None:
        return
    if not DOUBLED_CAPTION_MIN_WORDS <= len(short.split()) <= CAPTION_MAX_WORDS:
        return
    bare.cut_all("heuristic.twin-caption-credit", ledger)
    draft.add_caption(long[start:end], at=(full.start, start))
    full.cut_many([(start, end, None), (end, len(full.text), "heuristic.twin-caption-credit")], ledger)


def _bare_caption_twice(p: Para, paras: list[Para], i: int, draft: Draft, ledger: Ledger) -> None:
    """``p`` (``paras[i]``) and the paragraph under it, the same words with no credit on either,
    are a picture's caption printed twice: the image's text alternative over its figure
    caption. The first copy is cut (``heuristic.bare-caption-twice``), the second goes to
    ``captions``. Text pages only: a page's markup gave its figures' captions already.

    Why: thecourier.co.uk prints "Police and ambulance crews at the scene of ..." twice over
    its story, thedailynewnation.com its photo's caption twice, both in the pages corpus, and
    the two copies stayed in the body. A story never prints its own paragraph twice in a row;
    only the body's opening pair (the picture under the header: further down, a teaser printed
    twice by a feed or a listing's card, as on scmp.com's and noligarchy's story lists, is a
    story's sentence), of a caption's length of words (CAPTION_TWICE_MIN_WORDS to
    CAPTION_MAX_WORDS), not in capitals, not a quotation, printed exactly twice (a table's cell
    repeated down its rows is printed three times and more) is read so."""
    text = p.text.strip()
    if text[:1] in _QUOTE_OPENERS or not CAPTION_TWICE_MIN_WORDS <= len(text.split()) <= CAPTION_MAX_WORDS:
        return
    if text.isupper() or (i + 2 < len(paras) and paras[i + 2].text == p.text):
        return
    below = paras[i + 1]
    p.cut_all("heuristic.bare-caption-twice", ledger)
    draft.add_caption(below.text, at=(below.start, 0))
    below.cut_all(None, None)


# A paragraph opening with a quotation mark is a quote's, never a caption printed twice.
_QUOTE_OPENERS = frozenset("\"“”‘’'«")


# What may follow a caption's copy under its glued double: nothing, or its credit after a bar
# ("| Lancashire Police", "| Motorway Cameras/NW/Google"); and a credit in brackets closing the
# caption itself ("... was burgled (Credit: Google)").
_BAR_CREDIT = regex.compile(r"\s?\|\s?[A-Z][\w.&'’-]{0,30}(?:[ /][A-Z][\w.&'’-]{0,30}){0,5}\s*")
_PAREN_TAG = regex.compile(r"\s?\((?:Credit|Photo|Picture|Image)s?\s?:\s?[^()\n]{1,60}\)\s*$")


def _doubled_caption(p: Para, below: Para, draft: Draft, ledger: Ledger) -> None:
    """``p``, when it is one text printed twice with nothing between ("<caption><caption>"),
    over ``below`` opening with the same text, is a picture's caption: the image's text
    alternative glued to its figure caption, then the caption again with its credit. The double
    is cut (``heuristic.caption-doubled``), the text under it goes to ``captions``, and its credit
    after a bar or in brackets is cut under the same id.

    Why: National World's titles print every picture so, and scrapers keep all three
    ("Officers want to speak to these two men ...BlackburnOfficers want to speak ..." /
    "... Blackburn | Lancashire Police" on lep.co.uk; "Police investigate crash in Cross
    Gates.Police investigate crash in Cross Gates." / "Police investigate crash in Cross
    Gates." on yorkshireeveningpost.co.uk, in the pages corpus): the lines stayed in the body.
    No story's paragraph is its own words twice over.
    """
    text = p.text
    half = len(text) // 2
    if text[:half] != text[half:]:
        return
    copy = below.text
    lead = len(copy) - len(copy.lstrip())
    if not copy.startswith(text[:half], lead):
        return
    end = lead + half
    tail = _BAR_CREDIT.fullmatch(copy, end) if end < len(copy.rstrip()) else None
    if end < len(copy.rstrip()) and tail is None:
        return  # the story goes on after the copy: not a caption's line
    tag = _PAREN_TAG.search(copy, lead, end)
    cap_end = tag.start() if tag else end
    if not DOUBLED_CAPTION_MIN_WORDS <= len(copy[lead:cap_end].split()) <= CAPTION_MAX_WORDS:
        return
    p.cut_all("heuristic.caption-doubled", ledger)
    spans: list[tuple[int, int, str | None]] = [(lead, cap_end, None)]
    if tag:
        spans.append((tag.start(), end, "heuristic.caption-doubled"))
    if tail:
        spans.append((tail.start(), tail.end(), "heuristic.caption-doubled"))
    draft.add_caption(copy[lead:cap_end], at=(below.start, lead))
    below.cut_many(spans, ledger)


# A photographer's credit closing an icon-marked caption after its last sentence: "<caption>.
# NewsWire / Jane Roe" (an agency or desk, a slash, a name; capitalised words only).
_ICON_CREDIT = regex.compile(
    r"(?<=[.!?\"”’])\s[A-Z][\w.&'’-]{0,30}(?:\s[A-Z][\w.&'’-]{0,30}){0,3}\s/\s[A-Z][\w.&'’-]{0,30}(?:\s[A-Z][\w.&'’-]{0,30}){0,3}(?=\s*$)"
)


def _icon_caption(p: Para, draft: Draft, ledger: Ledger) -> None:
    """``p``, a paragraph that an icon's label opened (a rule file's ``common.icon-label``: "Camera
    Icon" before each picture's caption in Seven West Media's templates, thewest.com.au and
    perthnow.com.au) is that picture's caption: what is left of it goes to ``captions``, a
    photographer's credit after its last sentence ("NewsWire / Jane Roe") cut as a credit.
    The label marks the line; the words are never the story's. Its bare copy right above it
    (the image's text alternative) is then cut by :func:`caption_copies`, which finds ``p``."""
    text = p.text
    m = _ICON_CREDIT.search(text)
    end = m.start() if m else len(text)
    if not 0 < len(text[:end].split()) <= CAPTION_MAX_WORDS:
        return
    if m:
        p.cut(m.start(), m.end(), "heuristic.icon-caption-credit", ledger)
    draft.add_caption(p.text, at=(p.start, 0))
    p.cut_all(None, None)


# A caption alone on its line closed by a bare credit, an agency's or a picture service's name
# with no tag word: "... in Riyadh. AFP" (channelstv.com), "... in Gaza City. (AFP)"
# (aawsat.com; middleeasteye.net's galleries, which strip_gallery reads), "... ©AFP"
# (squidthefuse.com). Bare, the name follows a sentence's stop; in brackets or after "©" it
# may follow any word.
_BARE_CLOSING_CREDIT = r"(?<=[.!?'\"’”])\s(?P<bare>[A-Z][\w.&'’-]{0,20}(?:\s[A-Z][\w.&'’-]{0,20})?)"
_CLOSING_CREDIT = regex.compile(
    r"(?:(?<=[\w.!?'\"’”])\s?\((?P<paren>[A-Z][\w.&'’-]{0,20}(?:\s[A-Z][\w.&'’-]{0,20}){0,2})\)"
    r"|(?<=[\w.!?'\"’”])\s?©\s?(?P<copy>[A-Z][\w.&'’-]{0,20}(?:\s[A-Z][\w.&'’-]{0,20}){0,2})"
    rf"|{_BARE_CLOSING_CREDIT})$"
)
# The bare credit alone (see _closing_credit), at most 44 characters long: a space, a
# capitalised word of up to 21 characters, another after a space.
_BARE_CLOSING = regex.compile(_BARE_CLOSING_CREDIT + "$")
_BARE_CLOSING_MAX_CHARS = 44


def _closing_credit(text: str) -> tuple[int, str] | None:
    """Where the credit closing ``text`` (``_CLOSING_CREDIT`` in its last
    ``GALLERY_CREDIT_REACH`` characters) starts, and its name; ``None`` when there is none.

    Why: the three-way pattern costs some 900 instructions at each character it is tried
    at (57K on a line's last 60, callgrind), and most lines it is asked of end in a word,
    where only the bare credit can match: that one alone is searched there, from where it
    can open (``_BARE_CLOSING_MAX_CHARS`` before the end). Exact: a bracketed credit ends the
    text with its bracket (or a final line break, ``$``), a "©" one holds its sign where the
    search starts or after; without either, every match is a bare one, and the leftmost bare
    match is the leftmost match (tests/test_closing_credit_search.py).
    """
    since = max(0, len(text) - GALLERY_CREDIT_REACH)
    if text.endswith((")", "\n")) or "©" in text[since:]:
        m = _CLOSING_CREDIT.search(text, since)
        if m is None:
            return None
        return m.start(), m.group("paren") or m.group("copy") or m.group("bare") or ""
    m = _BARE_CLOSING.search(text, max(since, len(text) - _BARE_CLOSING_MAX_CHARS))
    return None if m is None else (m.start(), m.group("bare"))


# A photographer's name and the picture's source after a dash, closing a caption after its last
# stop with no tag word: "... in Washington. Jane Roe—Getty Images" (TIME's house style, on
# time.com and in TIME's text in the code corpus: "Jane Roe—AP", "Jane Roe—AFP/Getty Images"),
# "... next week. Jane Roe - WPA/Pool via Getty Images" (news.stv.tv). A name of two to four
# capitalised words, an unspaced em dash or a spaced dash, the source's parts joined by slashes,
# spaces or "via"; searched in the line's last ``_DASHED_PHOTOGRAPHER_REACH`` characters.
_DASHED_PHOTOGRAPHER = regex.compile(
    r"(?<=[.!?'\"’”])\s(?:[A-Z][\w'’.-]{0,30}\s){1,3}[A-Z][\w'’.-]{0,30}(?:—|\s[—–-]\s)"
    r"(?P<src>[A-Z][\w'’.&-]{0,30}(?:(?:/|\s|\svia\s)[A-Z][\w'’.&-]{0,30}){0,5})$"
)
_DASHED_PHOTOGRAPHER_REACH = 140


def _dashed_photographer(text: str, rules: RuleSet) -> tuple[int, str] | None:
    """Where a photographer's dashed credit closing ``text`` starts (``_DASHED_PHOTOGRAPHER``),
    and the source it names last ("Getty Images" of "AFP/Getty Images", "AP"), or ``None``.
    The caller then asks, as of every closing credit, that the source be a photo service or an
    agency the rule files know: "... Jane Roe - Harbour Board" is no credit. A dash near the
    end is the cheap test before the pattern."""
    tail = text[-_DASHED_PHOTOGRAPHER_REACH:]
    if "—" not in tail and " - " not in tail and " – " not in tail:
        return None
    m = _DASHED_PHOTOGRAPHER.search(text, max(0, len(text) - _DASHED_PHOTOGRAPHER_REACH))
    if m is None:
        return None
    last = m.group("src").split("/")[-1].split(" via ")[-1]
    return m.start(), last


# A caption before such a credit has at least this many words ("Gaza City. (AFP)" alone is a
# dateline's or a stub's); chosen by hand, as a picture's shortest description.
_CLOSING_CREDIT_MIN_WORDS = 4


def _closing_credit_captions(draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    """Lines that are a caption closed by a bare credit (``_CLOSING_CREDIT``), with the story
    going on after them: the credit is cut and the line is a caption.

    As for an agency in brackets inside a paragraph (``_PAREN_AGENCY``), it takes at least
    ``MIN_WORDS_AFTER_PAREN_CREDIT`` story words on the next line: closing the story, an
    agency's name credits the text, and the credit pass reads it.
    """
    live = draft.live()
    for p, nxt in pairwise(live):
        end = p.clean[-1:]
        if end != ")" and not end.isalpha():
            continue  # cheap: a credit read here ends the line in a bracket or a name's letter
        text = p.text.rstrip()
        credit = _closing_credit(text)
        if credit is None:
            credit = _dashed_photographer(text, rules)
        if credit is None:
            continue
        start, name = credit
        known = rules.agency(name) is not None or (
            rules.photo_credit_re is not None and rules.photo_credit_re.fullmatch(name) is not None
        )
        words = len(text[:start].split())
        if not known or not _CLOSING_CREDIT_MIN_WORDS <= words <= CAPTION_MAX_WORDS:
            continue
        if len(nxt.clean.split()) < MIN_WORDS_AFTER_PAREN_CREDIT:
            continue
        _split_captions(p, start, draft, ledger)


def _split_captions(p: Para, closing: int, draft: Draft, ledger: Ledger) -> None:
    """The caption line ``p`` whose closing credit starts at ``closing``: the credit is cut and
    the rest read into its captions; a gallery glued into one line repeats the same credit
    after each caption ("<caption> AFP <caption> AFP").

    Why: Daily8's reprints glue a gallery's captions onto one line; the closing credit was cut
    and the line read as one caption with the inner "AFP" in it. The same credit after a
    sentence's end (bare) or after a word (bracketed, "©"), before a capital, with a caption
    of at least ``_CLOSING_CREDIT_MIN_WORDS`` words on each side, is cut there too.
    """
    text = p.text[:closing].rstrip()
    credit = p.text[closing:].strip()
    bare = credit[:1] not in "(©"
    spans: list[tuple[int, int, str | None]] = []
    prev = 0
    at = text.find(f" {credit} ")
    while at != -1:
        s, e = at + 1, at + 1 + len(credit)
        before = text[at - 1 : at]
        stop = before in ".!?'\"’”" if bare else (before.isalnum() or before in ".!?'\"’”")
        if (
            stop
            and text[e + 1 : e + 2].isupper()
            and len(text[prev:s].split()) >= _CLOSING_CREDIT_MIN_WORDS
            and len(text[e:].split()) >= _CLOSING_CREDIT_MIN_WORDS
        ):
            spans += [(prev, s, None), (s, e, "heuristic.caption-closing-credit")]
            prev = e
        at = text.find(f" {credit} ", e)
    spans += [(prev, len(text), None), (len(text), len(p.text), "heuristic.caption-closing-credit")]
    for a, b, rule in spans:
        if rule is None:
            draft.add_caption(text[a:b], at=(p.start, a))
    p.cut_many(spans, ledger)


def _gallery_captions(lines: list[tuple[Para, bool]], draft: Draft) -> None:
    """The captions of the lines whose photo tag, closing them, follows a caption with no full
    stop (``_tags`` left them, with whether the tag closed story sentences): with at least
    ``GALLERY_MIN_CAPTIONS`` such lines each is a caption whole, all its sentences.

    A photo gallery prints one picture a line: "A researcher is reflected in the stream. Millions
    live close to the mine Photograph: Jane Roe/AFP/Getty Images" (the Guardian's "photos of the
    day", reprinted by Daily8: three such pages kept all but each line's last sentence in the
    body). Alone, such a tag closes only its last sentence, as any tag does ("... the minister
    said. A view of the harbour. PHOTO: AFP" has its stop and never comes here).
    """
    whole = len(lines) >= GALLERY_MIN_CAPTIONS
    for p, closing in lines:
        if whole:
            _caption_before(p, len(p.text), draft, whole=True)
        elif not closing:
            _caption_before(p, len(p.text), draft)


def _captions_over_credits(above: list[Para], draft: Draft) -> None:
    """In a gallery (lines each closed by their photo credit, ``GALLERY_MIN_CAPTIONS`` at
    least), a credit standing alone on its line is the credit of the line above it: that line
    is a caption whole, not the story.

    The scraper breaks the last caption of a gallery from its credit: "A girl dressed as a
    goddess takes part in the festival" over "Photograph: Jane Roe/AP" (the Guardian's "photos
    of the day", "the weekend in photos" and "readers' best photographs" on Daily8: three pages,
    daily8.com/en/article/9a59117232900a4717d1ffb8d82473a9, .../d22e7faaa31cd697a875b25cbcf1c132,
    .../8e88d81ecbdc10dda529449137c1a1ca); with no caption left the line above was the body.
    Outside a gallery a credit line under a paragraph is left to the credit passes."""
    for q in above:
        text = q.clean
        if not text or text.endswith(":") or len(text.split()) > CAPTION_MAX_WORDS:
            continue
        draft.add_caption(q.cut_all(None, None), at=(q.start, 0))


def _caption_before(p: Para, tag_start: int, draft: Draft, *, whole: bool = False) -> None:
    """Move the sentence ending at ``tag_start`` into captions (all the text before it when
    ``whole``: a gallery's line is one caption)."""
    head = p.text[:tag_start]
    if not head.strip():
        return
    s = 0 if whole else sentence_starts(head.rstrip())[-1]
    words = head[s:].split()
    if 0 < len(words) <= CAPTION_MAX_WORDS:
        draft.add_caption(p.cut(s, tag_start, None, None), at=(p.start, s))


def _photo_lines(draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    live = draft.live()
    for i, p in enumerate(live):
        # cheap: a line whose first character is neither a space nor a credit word's
        # first letter has a clean text opening with that character, so with no credit word
        first = p.text[:1]
        if first not in CREDIT_INITIALS and not first.isspace():
            continue
        text = p.clean
        if not labelled_credit_line(text):  # "Image: <caption>. Credit: X": a caption, read by _image_credit
            continue
        bare = text.rstrip(": ").lower() in BARE_CREDIT_LABELS
        p.cut_all("heuristic.photo-credit", ledger)
        if bare and i + 1 < len(live) and len(live[i + 1].clean.split()) <= BARE_TAG_CREDIT_MAX_WORDS:
            live[i + 1].cut_all("heuristic.photo-credit", ledger)
            if i > 0:
                prev = live[i - 1]
                if prev.text.strip() and len(prev.clean.split()) <= CAPTION_MAX_WORDS:
                    draft.add_caption(prev.cut_all(None, None), at=(prev.start, 0))


def strip_gallery(draft: Draft, ledger: Ledger, rules: RuleSet | None = None) -> None:
    """Two or more lines each ending in a parenthesised credit are photo captions.

    A credit alone on its line has no caption to close, and an agency's name closing the
    last paragraph after a sentence's stop ("... the minister said. (Bernama)") credits the
    text: neither counts.
    """
    hits = []
    live = draft.live()
    for p in live:
        text = p.text.rstrip()
        if not text.endswith(")"):  # the credit closes the line
            continue
        m = _PAREN_CREDIT.search(text, max(0, len(text) - GALLERY_CREDIT_REACH))
        if not m or m.end() != len(text) or not text[: m.start()].strip() or len(p.clean.split()) > CAPTION_MAX_WORDS:
            continue
        closes_story = text[: m.start()].rstrip()[-1:] in ".!?'\"’”"  # a gallery's captions carry no stop
        if closes_story and rules is not None and p is live[-1] and rules.agency(m.group("who")) is not None:
            continue
        hits.append((p, m))
    if len(hits) < GALLERY_MIN_CAPTIONS:
        return
    for p, m in hits:
        p.cut(m.start(), len(p.text), "heuristic.gallery-credit", ledger)
        draft.add_caption(p.cut_all(None, None), at=(p.start, 0))


def _agency_caption(p: Para, draft: Draft, ledger: Ledger) -> None:
    if ":" not in p.text or not contains_any(p.text, _MONTH_WORDS):  # cheap tests first
        return
    spans: list[tuple[int, int, str | None]] = []
    for m in _AGENCY_CAPTION.finditer(p.text):
        draft.add_caption(m.group("cap"), at=(p.start, m.start("cap")))
        spans.append((m.start("cap"), m.end("cap"), None))
        if m.group("credit"):
            spans.append((m.start("credit"), m.end("credit"), "heuristic.caption-agency-credit"))
    p.cut_many(spans, ledger)


def _image_credit(p: Para, draft: Draft, ledger: Ledger) -> None:
    if "Credit:" not in p.text:
        return
    m = _IMAGE_CREDIT.search(p.text)
    if m:
        draft.add_caption(m.group("cap"), at=(p.start, m.start("cap")))
        cap_s, cap_e = m.span("cap")
        p.cut(cap_e, m.end(), "heuristic.caption-image-credit", ledger)
        p.cut(cap_s, cap_e, None, None)
        p.cut(m.start(), cap_s, "heuristic.caption-image-credit", ledger)


_TAG_CLOSES_LINE = 1  # a photo tag and its credit closed the line, after its caption
_TAG_WHOLE_LINE = 2  # a photo tag and its credit were the whole line


def _may_hold_photo_tag(text: str) -> bool:
    """Whether ``_PHOTO_TAG`` can match in ``text``: each of its matches holds a colon and one
    of ``_PHOTO_WORDS``. Why: the tag search runs on every paragraph with a colon, a bar or a
    bracket, up to ``CAPTION_TAG_PASSES`` times, and a search for each word of a long
    paragraph costs more than the pattern's own scan; the colon, one scan, rules out most."""
    return ":" in text and contains_any(text, _PHOTO_WORDS)


def _photo_by_words(text: str) -> bool:
    """Whether ``text`` has the words of a "Photo by" credit (``_PHOTO_BY``), in either case."""
    return (" by " in text and ("Photo" in text or "Picture" in text or "Image" in text or "File photo" in text)) or (
        " BY " in text and ("PHOTO" in text or "PICTURE" in text or "IMAGE" in text)
    )


def _tags(p: Para, draft: Draft, rules: RuleSet, ledger: Ledger, gallery: list[tuple[Para, bool]]) -> int:
    """Photo tags and credits inside ``p``, each cut with the caption before it; a line a tag
    closes after a caption with no full stop goes to ``gallery`` (whether it closed story
    sentences too). Returns how the last tag read ends the line (``_TAG_*``), else 0."""
    shape, t = 0, p.text
    if (
        ":" not in t
        and " / " not in t
        and "(" not in t
        and "|" not in t
        and "[" not in t
        and ("/" not in t or not (_slash_tail_near(t) or any(mark in t for mark in rules.wire_credit_marks)))
        and not _photo_by_words(t)
        and not (_dashed(t) and _dash_pic(t) is not None)
    ):
        return shape  # every tag has one of these; "Photo by" has its word
    for _ in range(CAPTION_TAG_PASSES):
        text = p.text
        wire = "/" in text and any(w in text for w in rules.wire_credits)  # the credit has its slash
        m = _wire_photo_credit(rules.wire_credits).search(text) if wire else None
        if m is not None:
            _wire_photo_caption(p, m.start(), m.end(), draft, ledger)
            continue
        m = _paren_photo_credit(text) or (bracket_photo_credit().search(text) if text.endswith("]") else None)
        if m is not None:  # "(AP Photo)", or the Standard's bracketed "<caption>. [Jane Roe, Standard]"
            p.cut(m.start(), m.end(), "heuristic.caption-credit", ledger)
            _caption_before(p, m.start(), draft)
            continue
        m = _SOCIAL_CREDIT.search(text) if "@" in text else None
        if m is not None:  # before the photo tag, whose credit would stop at the "@"
            p.cut(m.start(), m.end(), "heuristic.caption-credit", ledger)
            _caption_before(p, m.start(), draft)
            continue
        if text.startswith(("FILE", "File")) and _file_photo_caption(p, draft, ledger):
            return shape
        m = _PHOTO_TAG.search(text) if _may_hold_photo_tag(text) else None
        if m is None and ("Credit" in text or "CREDIT" in text or " / " in text):
            m = _CREDIT_TAG.search(text)
        if m is not None:
            start, end, closing = _photo_tag_span(p.text, m, rules)
            p.cut(start, end, "heuristic.caption-credit", ledger)
            shape = (_TAG_CLOSES_LINE if text[:start].strip() else _TAG_WHOLE_LINE) if end == len(text) else shape
            if end == len(text) and start > 0 and text[:start].rstrip()[-1:] not in _STOPS:
                if not any(q is p for q, _ in gallery):  # its caption is read with the others'
                    gallery.append((p, closing))
                continue
            if not closing:  # a credit closing a paragraph of story sentences has no caption
                _caption_before(p, start, draft)
            continue
        late = _late_credit(text, rules, _dashed(text))
        if late is None:
            return shape
        p.cut(late[0], late[1], "heuristic.caption-dash-credit" if late[2] else "heuristic.caption-credit", ledger)
        _caption_before(p, late[0], draft)
    return shape


def _paren_photo_credit(text: str) -> regex.Match[str] | None:
    """An agency's photo credit in brackets ("(AP Photo)", see ``_PAREN_AGENCY_PHOTO``), searched
    only where a bracket and a photo word are."""
    if "(" in text and ("hoto" in text or "HOTO" in text or "mage" in text or "MAGE" in text or "ictur" in text):
        return _PAREN_AGENCY_PHOTO.search(text)
    return None


def _paren_credit(text: str, rules: RuleSet) -> regex.Match[str] | None:
    """A caption's credit in parentheses with no photo word: a platform and handle
    ("(X/@handle)") anywhere after a sentence, or a wire agency ("(PTI)") between two
    sentences with the story going on after it.

    Reprinted Indian and wire copy leaves its photo captions glued into the paragraph this
    way once the picture is gone; the sentence before the credit is the caption.
    """
    if "@" in text:
        m = _PAREN_SOCIAL.search(text)
        if m is not None:
            return m
    m = _paren_service_credit(text, rules)
    if m is not None:
        return m
    for m in _PAREN_AGENCY.finditer(text):
        if rules.agency(m.group("who")) is not None and len(text[m.end() :].split()) >= MIN_WORDS_AFTER_PAREN_CREDIT:
            return m
    return None


def _without_tail(part: str) -> str:
    """A credit's name without the ", Pool" or ", File" a wire adds after the photographer."""
    for tail in _SERVICE_TAILS:
        if part.endswith(tail):
            return part[: -len(tail)]
    return part


def _paren_service_credit(text: str, rules: RuleSet) -> regex.Match[str] | None:
    """A caption's credit in parentheses naming a picture service ("(Getty Images)",
    "(iStock)", "(AP Photo/Jane Roe, Pool)") or a source handed on by one ("(AFP via Getty
    Images)", "(Jane Roe/The Kessel Times via AP)"), before the story goes on or at the
    paragraph's end.

    Fox News and the Independent print every picture's credit this way, and their reprints keep
    it glued after the caption once the picture is gone (the Jakarta Post's AP copy: "(FOX via
    AP/Jane Roe)"; galleries: "(Photo by Jane Roe/Kessel Times via AP Photo)"). An agency's name
    alone ("(AP)", "(Reuters)") may credit the text, and is left to the credit pass; a bracket
    naming no service ("(Labour/Conservative)") is no credit.
    """
    if rules.photo_credit_re is None:
        return None
    for m in _PAREN_SERVICE.finditer(text):
        parts = [_without_tail(p.strip()) for p in _SERVICE_SPLIT.split(m.group("who"))]
        services = [p for p in parts if rules.photo_credit_re.fullmatch(p) is not None]
        if not services:
            continue
        if len(parts) > 1 or rules.agency(services[0]) is None:
            return m
    return None


def _file_photo_caption(p: Para, draft: Draft, ledger: Ledger) -> bool:
    """A paragraph that opens with a wire's "FILE PHOTO: " mark over a sentence is that
    photo's caption, its credit lost ("FILE PHOTO: A worker inspects the quay ..." with no
    "REUTERS/Name" after it: Reuters copy cut short in NewsAPI's feed, time.com's "The Brief"
    with the credit on a line of its own). Read as a "PHOTO: <credit>" tag, the caption's
    first word went as the credit and the rest stayed in the body. A credit after the mark
    is a name or an agency; a caption's first words hold a lower-case word."""
    text = p.text
    mark = _FILE_PHOTO_MARK.match(text)
    if mark is None:
        return False
    words = text[mark.end() :].split()
    if not TAG_CREDIT_MAX_WORDS < len(words) <= CAPTION_MAX_WORDS or not any(w[:1].islower() for w in words[1:3]):
        return False
    draft.add_caption(" ".join(words), at=(p.start, mark.end()))
    p.cut_many([(0, mark.end(), "heuristic.file-photo-caption"), (mark.end(), len(text), None)], ledger)
    return True


def _photo_tag_span(text: str, m: regex.Match[str], rules: RuleSet) -> tuple[int, int, bool]:
    """Where a "PHOTO: ..." or "Credit: ..." tag and its credit run, and whether they close a
    paragraph of story sentences (then no caption stands before them)."""
    rest = text[m.end() : m.end() + TAG_CREDIT_REACH]  # a credit is short: never look further
    if (
        len(rest) < TAG_CREDIT_REACH
        and _credit_words(rest) <= TAG_CREDIT_MAX_WORDS
        and not _sentence_end_in(rest.rstrip())
    ):
        end = len(text)  # the credit runs to the paragraph's end,
        # unless the page was cut off just after a dateline ("PHOTO: AFP SEOUL – Pre")
        for s in _dateline_starts(text, len(text), m.end() + 1):
            if match_dateline(text, s):
                end = s
                break
    else:
        known = photo_credit_at(rules.photo_credit_re, text, m.end())
        caps = _agency_photographer(text, known.end()) if known is not None else None
        if caps is None and known is not None and text[known.end() : known.end() + 1] == "/":
            known = None  # a photographer in other letters follows the agency: the credit's words
        c = known or _CREDIT_TOKEN.match(text, m.end())
        end = caps or (c.end() if c else m.end())
        if c is not None and known is None and _dropped_credit(text, m, c):
            end = m.end()
        elif c is not None and (known is None or caps is not None):
            end = _give_back_subject(text, c.start(), end)
        if c is not None and known is None:
            end = _credit_stops_at_dateline(text, c.start(), end, rules)
        if c is not None and text.startswith(" / ", end):
            end = _slash_second_part(text, end)
    start = _tag_separator(text, m.start())
    closing = not text[end:].strip() and len(sentence_starts(text[:start].rstrip(), 2)) > 1
    return start, end, closing


# The credit's second part after a spaced slash: one or two capitalised words, the second no
# sentence's opener ("RNZ / Jane Roe The harbour ...", "S. Siva Saravanan / The Hindu The ...").
_SLASH_SECOND_PART = regex.compile(
    rf" / [A-Z][\w'’.&-]{{0,30}}(?: (?!(?:{alternation(_STORY_OPENERS)})\b)[A-Z][\w'’.&-]{{0,30}})?"
)


def _slash_second_part(text: str, end: int) -> int:
    """Where a photo credit ending at ``end`` ends once the part after its spaced slash goes
    with it: a photographer after the outlet ("Photo: RNZ / Mark Roe New Zealand has ...", RNZ's
    captions as Daily8 and the MIL-OSI/Evening Report reprints print them: "RNZ / Jane Roe",
    "Supplied / Jane Roe") or the paper after the photographer ("Photo: S. Siva Saravanan / The
    Hindu", The Hindu's older captions). With the picture gone the story goes on after the
    credit in the same paragraph, and the credit reader, whose words never cross a slash, left
    "/ Mark Roe" or "/ The Hindu" to open the body (issue 19: credit chrome in the body).
    One or two capitalised words, the second no sentence's opener ("RNZ / Supplied The board
    ..." keeps "The board"), and a word a lower-case word follows is the next sentence's
    subject, given back ("RNZ / Supplied Officials said" keeps "Officials said")."""
    m = _SLASH_SECOND_PART.match(text, end)
    if m is None:
        return end
    return _give_back_subject(text, end + len(" / "), m.end())


def _tag_separator(text: str, start: int) -> int:
    """Where a photo tag starts once the separator printed between a caption and its tag goes
    with it: "<caption>. | Photo Credit: Jane Roe" (every caption of The Hindu), "<caption>. |
    Credit: Example Agency" (The Week's captions; labelled so in the dev corpus, the chrome
    "| Credit:"), "<caption>. / Photo: Jane Roe / The Hindu" (the Hindu's older captions as
    reprinted). Left behind, the separator closed the caption ("... in New Delhi |") or, with
    the credit cut short, opened the body ("/ The Hindu"). Only a lone "|" or "/" between
    spaces, right before the tag; a slash inside words ("km/h") is no separator."""
    if text[max(start - 3, 0) : start] in (" | ", " / ", " - ", " – ", " — "):
        return start - 2
    if text[max(start - 4, 0) : start] == " -- ":
        return start - 3
    return start


def _credit_stops_at_dateline(text: str, start: int, end: int, rules: RuleSet | None) -> int:
    """Where a photo credit of capitalised words that runs from ``start`` to ``end`` stops
    when the story's dateline follows it in the same letters: the dateline's start.

    Reprinted captions lose the line break between a picture's credit and the story's
    opening, so the credit reader ran over the place: "-- ST PHOTO: GAVIN FOO SINGAPORE (The
    Straits Times/ANN): A specialist ..." (The Star reprinting the Straits Times, via Daily8)
    and "... today. - Photo by Bernama KUALA LUMPUR - Prime Minister Datuk Seri ..." (Sinar
    Daily via Daily8), where the credit took the dateline and, with no lower-case word to
    stop it, the rest of the cut-off story too (issue 19: a credit never eats the story).
    A name and a place are both capitals, so the dateline must be a place the rule files
    know ("FOO SINGAPORE (...):" reads as a dateline too, "SINGAPORE" is the place), and
    the credit keeps at least its first word."""
    if rules is None or end - start < DATELINE_IN_CREDIT_MIN_CHARS:
        return end
    first = text.find(" ", start, end)
    if first == -1:
        return end
    # the start's lookahead reads the place's mark past the credit's end: scan a little further
    for s in _dateline_starts(text, end + _DATELINE_MARK_REACH, first + 1):
        if s >= end:
            break
        m = match_dateline(text, s)
        if m is not None and rules.is_place(m.group("place")):
            return len(text[:s].rstrip())
    return end


def _credit_words(rest: str) -> int:
    """The words of a credit's run, a lone separator between its parts ("Jane Roe / The
    Paper") not counted as one."""
    return sum(1 for w in rest.split() if w not in ("/", "|"))


def _sentence_end_in(rest: str) -> bool:
    """Whether a credit's run after its tag holds a sentence's end: a full stop and a space,
    unless the stop closes a lone capital ("Photo: S. Siva Saravanan / The Hindu": an
    initial of the photographer's name, as Indian papers print names, never a sentence's end)."""
    at = rest.find(". ")
    while at != -1:
        if not (at >= 1 and rest[at - 1].isupper() and (at == 1 or rest[at - 2] in " /")):
            return True
        at = rest.find(". ", at + 2)
    return False


# EPA's signature after its name: "EPA/JANE ROE", "EPA-EFE/MARK R. ROE" (the agency's house
# style, on epa.eu's own captions and every outlet that prints its pictures).
_CAPS_PHOTOGRAPHER = regex.compile(r"/[A-Z][A-Z'’.-]{0,30}(?: [A-Z][A-Z'’.-]{0,30}){0,4}(?![\w'’])")


def _agency_photographer(text: str, at: int) -> int | None:
    """Where a photographer's name in capitals after a known agency's slash ends ("Picture:
    EPA/JANE ROE A ferry ..."; The Citizen's galleries on Daily8), or ``None``: without it the
    name was glued to the next caption ("/JANE ROE A ferry ..."). A one-letter word closing the
    run is given back to the next sentence by the caller ("A ferry")."""
    if text[at : at + 1] != "/":
        return None
    c = _CAPS_PHOTOGRAPHER.match(text, at)
    return c.end() if c else None


def _dropped_credit(text: str, tag: regex.Match[str], credit: re.Match[str] | regex.Match[str]) -> bool:
    """Whether a photo tag glued to the next word ("Photograph:Members of the brigade guard
    ...") lost its credit: the scraper dropped the credit's link and the space after the
    colon with it, and the word after the colon opens the next caption. One word glued there
    and followed by a lower-case word is a sentence's subject ("Photograph:Fighters stand
    guard ..."), never a credit; a credit printed without the space stays one ("PHOTO:AFP",
    "Photo:Reuters The minister ..."). The Guardian's galleries on Daily8 do this on every
    line whose credit was a link: daily8.com/en/article/d22e7faaa31cd697a875b25cbcf1c132
    ("the weekend in photos") and the "photos of the day" of 20-02-2025 ("Photograph:Members
    ..."); a one-letter subject ("Photograph:A woman ...", daily8.com/en/article/
    596642d9684f4b3bc05bb06f1d6cd393, .../93f0e29934cd73641928c65a6fc833b3) was already read
    as the next sentence's."""
    at = credit.end()
    return (
        text[tag.end() - 1 : tag.end()] == ":"
        and " " not in text[credit.start() : at]
        and text[at : at + 1] == " "
        and text[at + 1 : at + 2].islower()
    )


def _give_back_subject(text: str, start: int, end: int) -> int:
    """Where a credit of capitalised words glued before the next sentence ends, once it gives
    back that sentence's subject: "Picture: Reddit Australia appears almost as big ..." is the
    credit "Reddit" and the sentence "Australia appears ..." (news.com.au's galleries as Daily8
    reprints them; issue 19: a credit never eats the next word). A sentence never opens with a
    lower-case word, so while one follows the credit, its last word is the sentence's."""
    while text[end : end + 1] == " " and text[end + 1 : end + 2].islower():
        cut = text.rfind(" ", start, end)
        if cut <= start:
            break
        end = cut
    return end


def _late_credit(text: str, rules: RuleSet, dashed: bool) -> tuple[int, int, bool] | None:
    """The credit shapes read after the tags: "(Jane Roe/AP)", "(PTI)" and the like, then a
    credit after a dash (``dashed``: the paragraph holds one); where each runs, and whether
    it is the dash's."""
    m = _other_credit(text) or _paren_credit(text, rules)
    if m is not None and _dateline_source(text, m.start(), m.end(), rules):
        return None
    if m is not None:
        if m.re is _PHOTO_BY and not m.group("open"):  # "Photo by Jane Roe SEOUL - The ..."
            return (
                _tag_separator(text, m.start() + 1),
                _credit_stops_at_dateline(text, m.start() + 9, m.end(), rules),
                False,
            )
        return m.start(), m.end(), False
    dash = _dash_credit(text) if dashed else None
    if dash is None and " by " in text and ("Photo" in text or "Picture" in text or "Image" in text):
        inside = _photo_by_inside(text)
        return (*inside, False) if inside is not None else None
    return (*dash, True) if dash is not None else None


def _dateline_source(text: str, start: int, end: int, rules: RuleSet) -> bool:
    """Whether the bracket at [start, end) is the source tag of the dateline opening ``text``
    ("WASHINGTON COUNTY, Fla. (WJHG/WECP) - ..."), not a photo's credit.

    Why: a station's tag after a state's abbreviation reads as "(Outlet/Photographer)" after
    a sentence's full stop ("Fla." ends in one), and the place before it was taken for a
    caption: wjhg.com's stories (Gray TV's newsrooms that serve two stations print both call
    signs, "(WJHG/WECP)"), kibz.com's "LINCOLN–(KFOR/KOLN May 29)–" likewise. The dateline
    reader reads the place and the tag (``fields.dateline``); only a bracket that opens within
    ``AGENCY_DATELINE_REACH`` characters, so the test costs nothing on most paragraphs.
    """
    if start > AGENCY_DATELINE_REACH or not text[:1].isupper():
        return False
    m = match_dateline(text, 0, rules)
    return m is not None and end <= m.end()


def _dashed(text: str) -> bool:
    """Whether ``text`` may hold a dash credit (``_DASH_PIC``): a dash and its words, cheap
    tests before the pattern (a dash and a "by" are in many a story's sentence)."""
    return ("—" in text or "–" in text) and (
        "pic" in text or "PIC" in text or " by " in text or "File" in text or "FILE" in text
    )


def _dash_credit(text: str) -> tuple[int, int] | None:
    """Where a caption's credit after a dash runs ("... in Putrajaya. — Bernama pic The
    minister ..."; see ``_DASH_PIC``), or ``None``. A "Picture by" name gives the next
    sentence back its first word ("— Picture by Jane Roe Other towns ..." is the name "Jane
    Roe"): a sentence opens with a capital and goes on in lower case."""
    m = _dash_pic(text)
    if m is None:
        return None
    end = m.end()
    if " by " in m.group():
        end = _give_back_subject(text, m.start() + m.group().index(" by ") + 4, end)
    return m.start(), end


def _other_credit(text: str) -> regex.Match[str] | None:
    """The credit shapes without a tag word: "(Jane Roe/AP)", "| Credit:", "[X/Y]", "Photo by"."""
    paren = "(" in text
    return (
        (_PAREN_PIC.search(text) if paren and ("ic" in text or "hoto" in text or "mage" in text) else None)
        or (_PIPE_CREDIT.search(text) if "|" in text and "Credit:" in text else None)
        or (_SLASH_CREDIT.search(text) if paren and "/" in text else None)
        or (
            _SLASH_CREDIT_END.search(text, max(0, len(text) - SLASH_CREDIT_REACH))
            if text.endswith(")") and "/" in text[-SLASH_CREDIT_REACH:]
            else None
        )
        or (_BRACKET_PIC.search(text) if "[" in text and "/" in text else None)
        or (_BRACKET_PIC_WORDS.search(text) if "[" in text else None)
        or (_photo_by(text) if " by " in text or " BY " in text else None)
        or (_slash_tail(text) if _slash_tail_near(text) else None)
    )


def _photo_by_inside(text: str) -> tuple[int, int] | None:
    """Where a "Photo by Jane Roe" credit with the story going on after it runs, or ``None``.

    Reprints that flatten a page glue the credit between the caption and the story, or open
    the story's paragraph with it: "... new energy infrastructure. Photo by Jane Roe / The
    Paper Uh, huh. Sure. ..." (the Toronto Sun on Daily8: Postmedia prints "Photo by <name> /
    Postmedia" under its pictures), "Photo by Jane Roe In early March, ..." (the New
    Statesman's "Letter from" pieces on Daily8's hashtag pages). Only after a sentence's end
    or at the paragraph's start, and only a name of two or three capitalised words a capital
    follows, so the next sentence keeps its first word ("Photo by Jane Roe In early March":
    the credit is "Jane Roe"; issue 19: a credit never eats the story) and a sentence about a
    photo ("Photo by Jane Roe was shown ...") reads no credit."""
    m = _PHOTO_BY_INSIDE.search(text)
    return (m.start(), m.end()) if m is not None else None


# A photographer and the outlet (or the outlet and the photographer) joined by a spaced slash,
# closing a caption after its full stop with no tag word: "... history of the force. Chris
# Whiteoak / The National" (thenationalnews.com's captions), "... council. RNZ / Tom Kitchin"
# (RNZ's, reprinted by nz.mil-osi.com), "... helmikuussa. Hanna Matikainen / Lehtikuva" (yle.fi).
# Capitalised words only, up to four a side, and the line's end: a story's sentence goes on after
# a slash ("and/or"). Unspaced, "AGENCY/Jane Roe" is a wire credit only for the agencies the rule
# files list (_wire_photo_credit); an unknown one stays the story's.
_SLASH_TAIL = regex.compile(
    r"(?<=[.!?'\"’”]\s)(?:[A-Z][\w'’.&-]{0,30}\s){0,3}[A-Z][\w'’.&-]{0,30}\s/\s"
    r"(?:(?:[A-Z][\w'’.&-]{0,30}|of|the|and)\s){0,3}[A-Z][\w'’.&-]{0,30}$"
)


def _slash_tail_near(text: str) -> bool:
    """Whether ``text`` may close with a slash credit (``_SLASH_TAIL``): a slash near its end
    and a letter last, two tests before the pattern."""
    return text[-1:].isalpha() and " / " in text[-SLASH_CREDIT_REACH:]


def _slash_tail(text: str) -> regex.Match[str] | None:
    """A slash credit closing a caption-sized paragraph (at most ``CAPTION_MAX_WORDS`` words),
    one side of it a photographer's name of two words or more: a long paragraph closing on
    "Name/Name" is a story's, and one word a side is a pair of things ("AC/DC", "Online/Postal")."""
    if more_words_than(text, CAPTION_MAX_WORDS):
        return None
    m = _SLASH_TAIL.search(text, max(0, len(text) - SLASH_CREDIT_REACH))
    if m is None or all(" " not in side.strip() for side in m.group().split("/")):
        return None
    return m


def _photo_by(text: str) -> regex.Match[str] | None:
    """ "(Photo by Jane Roe/Getty Images)" or "Photo by Jane Roe" closing the paragraph. Without
    brackets the credit is a name (a "for" or "via" at most): a tail of story words is a
    sentence after a credit ("Picture by Jane Roe Other towns may follow the lead."), not
    the credit, and the whole match is no credit (issue 19: a credit never eats the next
    sentence)."""
    # searched from where a match can open (see _PHOTO_BY_MAX_CHARS), not from the paragraph's
    # start: the regex module tries the pattern at every character (~100 instructions each)
    since = max(0, len(text) - _PHOTO_BY_MAX_CHARS - 1)
    m = _PHOTO_BY.search(text, since) if " by " in text else None
    if m is None and " BY " in text:
        m = _PHOTO_BY_CAPS.search(text, since)
    if m is None or m.group("open"):
        return m
    lower = sum(1 for w in m.group().split()[2:] if w[:1].islower())
    return m if lower <= PHOTO_BY_MAX_LOWER_WORDS else None


def _wire_photo_caption(p: Para, start: int, end: int, draft: Draft, ledger: Ledger) -> None:
    """Cut a wire photo credit (``start``..``end``) and move the caption sentence it closes
    into captions, without the "FILE PHOTO: " mark that may open that sentence."""
    head = p.text[:start].rstrip()
    s = sentence_starts(head)[-1]
    s += len(head[s:]) - len(head[s:].lstrip())  # a cut before the caption may leave a space
    mark = _FILE_PHOTO_MARK.match(head, s)
    cap_start = mark.end() if mark else s
    caption = " ".join(head[cap_start:].split())
    spans: list[tuple[int, int, str | None]] = []
    if 0 < len(caption.split()) <= CAPTION_MAX_WORDS:
        if mark:
            spans.append((mark.start(), mark.end(), "heuristic.caption-wire-credit"))
        spans.append((cap_start, len(head), None))
        draft.add_caption(caption, at=(p.start, cap_start))
    spans.append((start, end, "heuristic.caption-wire-credit"))
    p.cut_many(spans, ledger)


# Bracketed groups of no nested bracket: the source tags a digest item closes with.
_BRACKETED = re.compile(r"\([^()\n]*\)")


def _story_after(text: str, end: int, p: Para, draft: Draft) -> bool:
    """Whether the story follows a bracketed credit at ``end``: words outside brackets after
    it in the paragraph, or more tags and then another paragraph.

    Why: "<caption>. (Takeshi Iwashita) Body..." and a caption line closed by its tags over
    the story ("... provided by the ministry. (PHOTO NOT FOR SALE) (Yonhap)" / "SEOUL -- ...",
    Yonhap's copy on Daily8) are a photo's caption and credit over the story; a digest item
    closed by a run of source tags ("... the office said. (Harbour Herald) (Kessel Daily)",
    the one-paragraph items of current-events pages) is its entry's whole text: only more
    tags follow its first one, and its sentence is the story, not a caption. A paragraph the
    credit closes (no tag after it) is a standfirst signed by its outlet ("... (The
    Mainichi)"), no caption, as before."""
    rest = text[end:]
    if any(c.isalnum() for c in _BRACKETED.sub("", rest)):
        return True
    if not rest.strip():
        return False
    live = draft.live()
    return bool(live) and live[-1] is not p


def _leading(draft: Draft, rules: RuleSet, ledger: Ledger, *, markup: bool = False) -> None:
    """Captions at the start of the body: behind a credit name, before a photographer, before a dateline."""
    first = draft.opening()
    if first is None:
        return
    p, lead = first
    text = p.text
    credit = _credit_prefix(text, lead, draft, rules)  # cheap; the sentence split only if it finds one
    if credit and len(sentence_starts(text, 2)) >= 2:  # noqa: PLR2004 (a second sentence to keep)
        p.cut(lead, credit, "heuristic.caption-leading-credit", ledger)
        text = p.text
        starts = sentence_starts(text, 2)
        if len(starts) >= 2 and len(text[: starts[1]].split()) <= CAPTION_MAX_WORDS:  # noqa: PLR2004 (starts[1])
            draft.add_caption(p.cut(0, starts[1], None, None), at=(p.start, 0))
        return
    # "<caption>. (Takeshi Iwashita) Body..."
    m = (
        _PAREN_CREDIT.search(text, 0, min(len(text), LEADING_CAPTION_REACH))
        if "(" in text[:LEADING_CAPTION_REACH]
        else None
    )
    if m and m.start() > 0 and text[: m.start()].rstrip()[-1:] in ".!?'\"’”" and _story_after(text, m.end(), p, draft):
        if not match_dateline(text, 0) and len(text[: m.start()].split()) <= CAPTION_MAX_WORDS:
            p.cut(m.start(), m.end(), "heuristic.caption-leading-credit", ledger)
            draft.add_caption(p.cut(0, m.start(), None, None), at=(p.start, 0))
            return
    # "<caption>. KUALA LUMPUR: Body..."
    if match_dateline(text, lead):
        return
    # the floor keeps a byline's two or three names before the dateline ("By Jane Roe NEW YORK:")
    # from reading as a caption; once the byline was read off this opening, a short caption
    # may stand there ("By: Jane Roe Text Size: The harbour wall TUARAN: ...", Daily Express)
    least = LEADING_CAPTION_MIN_WORDS if not _byline_opened(draft, p) else LEADING_CAPTION_MIN_WORDS_AFTER_BYLINE
    for s in _dateline_starts(text, LEADING_CAPTION_REACH):
        if not match_dateline(text, s) or not least <= len(text[:s].split()) <= CAPTION_MAX_WORDS:
            continue
        if text[:s].rstrip()[-1:] in ".!?'\"’”)":
            draft.add_caption(p.cut(0, s, None, None), at=(p.start, 0))
        elif not _INNER_STOP.search(
            text, 0, s
        ):  # a standfirst ("G25: Commercialisation ... society PETALING JAYA: ...")
            _standfirst_byline(draft, p.text[:s], rules)
            p.cut(0, s, "heuristic.standfirst", ledger)
        # else a sentence of the story stands before: a round-up's intro and its first item's
        # heading ("The following is ... by Kyodo News. ---------- <heading> SINGAPORE - ...")
        return
    if not markup:  # a page's markup gave its figures' captions; a line above is its dek
        _caption_over_dateline(draft, p, lead, rules)


def _byline_opened(draft: Draft, p: Para) -> bool:
    """The byline pass read the writer off this paragraph's opening ("By: Jane Roe ..."): the
    paragraph's first piece was cut there, and the draft holds names."""
    return draft.byline_opening is p and bool(draft.byline)


def _standfirst_byline(draft: Draft, head: str, rules: RuleSet) -> None:
    """The names after a "By:" label in the header line cut before the dateline go to the
    byline: capitalised words, the last given back when a lower-case word follows it (the
    caption after the name: "By: Jane Roe The harbour wall at dusk"). The line's cut records
    the text."""
    m = _GLUED_BY.search(head) if "By:" in head else None
    if m is None:
        return
    run = _BY_NAMES.match(head, m.end())
    if run is None:
        return
    end = _give_back_subject(head, m.end(), run.end())
    draft.add_byline([head[m.end() : end]], rules)


def _caption_over_dateline(draft: Draft, p: Para, lead: int, rules: RuleSet) -> None:
    """A body's opening line of one sentence over the paragraph that opens with the story's
    dateline is the lead picture's caption: "The exhibition is equipped with interactive
    features ..." over "SINGAPORE – An avid reader of the news, ...". A story prints its
    dateline at its start; what stands above it is the picture's line.

    The Straits Times' pages on Daily8 print the caption so, on a line of its own and with no
    credit (daily8.com/en/article/f6680681263433a4bfb12dd03a26867b, "SINGAPORE – ...", and
    test.daily8.com/en/article/dc9c2c788028866743624eefa0c8a46d, "HONG KONG – ..."): the
    dateline was never read and the caption
    opened the body. Not where several paragraphs open with a dateline (a round-up's intro
    over its datelined items), nor with a cut line between (a round-up's first item under a
    pasted headline), nor for a line of several sentences; a dateline in capitals
    only (tested first by two characters: this runs on every body's opening)."""
    live = draft.live()
    if len(live) < 2 or live[0] is not p:  # noqa: PLR2004 (the line and the story under it)
        return
    text = p.text[lead:].rstrip()
    if (
        text[-1:] not in ".!?"
        or not live[1].text[:2].isupper()  # cheap: a dateline in capitals opens the next line
        or not LEADING_CAPTION_MIN_WORDS <= len(text.split(None, CAPTION_MAX_WORDS)) <= CAPTION_MAX_WORDS
        or match_dateline(live[1].text, 0, rules) is None
        or not _next_paragraph(draft, p, live[1])
        or len(sentence_starts(text, 2)) != 1
        or any([match_dateline(q.text, 0, rules) for q in live[2:] if q.text[:2].isupper()])
    ):
        return
    draft.add_caption(p.cut(lead, len(p.text), None, None), at=(p.start, lead))


def _next_paragraph(draft: Draft, p: Para, q: Para) -> bool:
    """Whether ``q`` is the paragraph right under ``p``, with no line cut between them: a
    round-up's item under a headline a pass cut ("... the sea wall." / <pasted headline> /
    "KESSELPORT -- ...") is no caption over its dateline."""
    paras = draft.paras
    for i, r in enumerate(paras[:-1]):
        if r is p:
            return paras[i + 1] is q
    return False


# The rule files' photo credits and agencies are one case-insensitive alternation of some 130
# names (``RuleSet.photo_credit_re``, built by ``rules._alternation``); a failed ``match`` at a
# position walks every branch, some 20K instructions, and ``_credit_prefix`` asks it at every
# body's opening. The opening's first few letters rule nearly all names out: two letters left
# half of the corpus's openings to the pattern ("The ..." opens "The Associated Press"), eight
# all but a few.
_CREDIT_PREFIX_CHARS = 8
_ASCII = tuple(map(chr, range(128)))
_ALTERNATION_TAIL = r")(?!\w)"  # rules._alternation with word_end=True


def _branches(source: str) -> list[str] | None:
    """The literal names of an alternation built as ``rules._alternation`` builds it
    ("(?:" + escaped names joined by "|" + ")(?!\\w)"), or ``None`` for any other pattern."""
    if not (source.startswith("(?:") and source.endswith(_ALTERNATION_TAIL)):
        return None
    body = source[3 : -len(_ALTERNATION_TAIL)]
    names, cur, escaped = [], [], False
    for ch in body:
        if escaped:
            cur.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "|":
            names.append("".join(cur))
            cur = []
        elif ch in "()[]{}.*+?^$":
            return None  # an unescaped metacharacter: no list of literals
        else:
            cur.append(ch)
    names.append("".join(cur))
    return names if all(names) and "|".join(re.escape(n) for n in names) == body else None


# Each pattern's openings, by the pattern's id (with the pattern, so an id reused after the
# pattern is gone never answers for another). Not an lru_cache: hashing a compiled pattern
# hashes its whole code, some 40K instructions for this alternation, on every call.
_PREFIX_CACHE: dict[int, tuple[re.Pattern[str], tuple[tuple[int, frozenset[str]], ...] | None]] = {}


def _cached_prefixes(pattern: re.Pattern[str]) -> tuple[tuple[int, frozenset[str]], ...] | None:
    """``_credit_prefixes(pattern)``, computed once per pattern."""
    got = _PREFIX_CACHE.get(id(pattern))
    if got is None or got[0] is not pattern:
        got = _PREFIX_CACHE[id(pattern)] = (pattern, _credit_prefixes(pattern))
    return got[1]


def _credit_prefixes(pattern: re.Pattern[str]) -> tuple[tuple[int, frozenset[str]], ...] | None:
    """For each length k of the names' openings (a name's first ``_CREDIT_PREFIX_CHARS``
    characters, or all of a shorter one), the lower-cased ASCII texts of k characters that
    such an opening matches; ``None`` (no gate) when the pattern is no list of names.

    Exact: a name matches only where each of its characters matches the text's, and an ASCII
    text character matches an ASCII name character only as itself in either case, a
    non-ASCII one (the Kelvin sign, a dotless i) only as the engine says, asked here once."""
    names = _branches(pattern.pattern)
    if names is None:
        return None
    matching: dict[str, list[str]] = {}
    for ch in {c for n in names for c in n[:_CREDIT_PREFIX_CHARS]}:
        if ch.isascii():
            matching[ch] = [ch.lower()]
        else:
            one = re.compile(re.escape(ch), pattern.flags)
            matching[ch] = sorted({a.lower() for a in _ASCII if one.fullmatch(a)})
    by_length: dict[int, set[str]] = {}
    for n in names:
        head = n[:_CREDIT_PREFIX_CHARS]
        by_length.setdefault(len(head), set()).update(map("".join, product(*(matching[c] for c in head))))
    return tuple((k, frozenset(heads)) for k, heads in sorted(by_length.items()))


def photo_credit_at(pattern: re.Pattern[str] | None, text: str, pos: int) -> re.Match[str] | None:
    """``pattern.match(text, pos)`` (the rule files' photo credits, ``rules.photo_credit_re``),
    skipped when the ASCII letters at ``pos`` open no name (``_credit_prefixes``): the same
    answer, at a fraction of the cost."""
    if pattern is None:
        return None
    head = text[pos : pos + _CREDIT_PREFIX_CHARS]
    prefixes = _cached_prefixes(pattern) if head.isascii() else None
    if prefixes is not None and not _opens_name(head.lower(), prefixes):
        return None
    return pattern.match(text, pos)


def _opens_name(head: str, prefixes: tuple[tuple[int, frozenset[str]], ...]) -> bool:
    """Whether ``head`` (lower-cased) opens with one of the names' openings of each length."""
    for k, heads in prefixes:
        if k > len(head):
            return False  # the text ends before any name this long (lengths ascend)
        if head[:k] in heads:
            return True
    return False


def _credit_prefix(text: str, pos: int, draft: Draft, rules: RuleSet) -> int:
    """End of a photo-credit name opening the body ("The Associated Press ..."), or 0."""
    m = photo_credit_at(rules.photo_credit_re, text, pos)
    end = m.end() if m else 0
    for name in filter(None, (draft.outlet,)):
        for form in (f"The {name}", name):
            if text.startswith(form + " ", pos):
                end = max(end, pos + len(form))
    if end and end < len(text) and text[end : end + 2].strip()[:1].isupper():
        return end
    return 0
