"""Helpers written as loops for speed answer as the any() they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.classify import Item, Kind
from newsclean.lines import Line
from newsclean.segment import _kind_in


def test_kind_in_answers_as_any() -> None:
    kinds = [Kind.TEXT, Kind.TIME, Kind.BULLET, Kind.TEXT]
    items = [Item(Line(f"line{k}", k * 10, k * 10 + 5, k, 0, 0), kind) for k, kind in enumerate(kinds)]
    for s in range(len(items) + 1):
        for e in range(s, len(items) + 1):
            for kind in (Kind.TIME, Kind.BULLET, Kind.MARKER):
                assert _kind_in(items, s, e, kind) == any(items[k].kind is kind for k in range(s, e))


def test_has_digit_answers_as_any() -> None:
    from newsclean.dates import _has_digit

    for text in ("", "June", "June 9", "9", "x²", "no digits here, none at all"):
        assert _has_digit(text) == any(c.isdigit() for c in text)


def test_teaser_list_answers_as_all() -> None:
    from newsclean.fields.headlines import TEASER_LIST_MIN_LINES, _teaser_list

    rubrics = ["Harbour bridge to close", "New mayor sworn in", "Rain expected later", "Schools reopen"]
    assert _teaser_list(rubrics)
    assert not _teaser_list(rubrics[: TEASER_LIST_MIN_LINES - 1])
    assert not _teaser_list([*rubrics, "The council met on Monday and voted."])
    assert not _teaser_list([*rubrics, "Weather: rain"])
    assert not _teaser_list([*rubrics, "lower case line"])


def test_contains_any_answers_as_any() -> None:
    from newsclean.needles import contains_any

    words = ("Photo", "reporter", "Pic")
    for text in ("", "A Photo of the harbour", "the reporter said", "nothing here", "Pictures"):
        assert contains_any(text, words) == any(w in text for w in words)
    assert not contains_any("anything", ())


def test_stdlib_re_patterns_answer_as_regex() -> None:
    """The hot patterns compiled with the stdlib ``re`` (which holds the GIL) find what the
    ``regex`` module finds on the same text: no regex-only syntax crept into them."""
    import re

    import regex

    from newsclean import body, header, headerlines, segment, timeparse
    from newsclean.fields import bylines, dateline
    from newsclean.layout import _RULE_LINE

    patterns = [
        bylines._COMPILED_BY, headerlines._NAME_OUTLET_SPLIT, body._STRAY, header._TITLE_LABEL,
        header._OUTLET_SUFFIX, _RULE_LINE, headerlines.LIST_HEADING, segment._KICKER,
        segment._SOURCE_LABEL, segment._STAMP, dateline._TITLE_PLACE, dateline._TITLE_COLON_PLACE,
        dateline._AGENCY_BARE, timeparse._DIGIT, timeparse._LEADING_STAMP,
    ]  # fmt: skip
    texts = [
        "Compiled by Jane Roe and Sam Poe", "Jane Roe, Harbour Post", "Jane Roe | Coast News",
        " — the rest", "BREAKING NEWS: Bridge closes", "Bridge closes | Harbour Post", "----------",
        "Related Stories:", "MARKET WATCH: Shares rise", "Source: Coast Post",
        "Ferry delays Mon 9 Jun 2025 at 9:15 am", "Rabat – Senegal coach names squad",
        "Harbour Town: The council met", "Reuters - The council met", "June 9", "no digits",
        "Published from Harbour Mon, Jun 9, 2025 16:21 (JST) The", "Zürich – Über", "x\u00a0y",
    ]  # fmt: skip
    for pattern in patterns:
        assert isinstance(pattern, re.Pattern)
        same = regex.compile(pattern.pattern, pattern.flags & ~re.UNICODE)
        for text in texts:
            for a, b in ((pattern.match(text), same.match(text)), (pattern.search(text), same.search(text))):
                assert (a and a.span()) == (b and b.span()), (pattern.pattern, text)


def test_word_count_counts_words_with_a_letter_or_digit() -> None:
    from newsclean.layout.shapes import _WORD, word_count

    for text in ("JAPAN / Science & Health", "", "((( ---", "3 hours ago", "a — b"):
        assert word_count(text) == sum(1 for first in _WORD.findall(text) if first)
    assert word_count("JAPAN / Science & Health") == 3


def test_video_tag_gate_answers_as_the_word_tests() -> None:
    from newsclean.fields.carousel import may_hold_video_tag

    for text in ("", "A swan on the canal. Video / Jane Roe", "VIDEO: Storm", "a video of the storm", "Vote today"):
        assert may_hold_video_tag(text) or not ("Video" in text or "VIDEO" in text)
    assert not may_hold_video_tag("A ferry ride on a video screen")  # no tag can be there: every tag has "V"


def test_playlist_row_text_answers_as_the_two_tests() -> None:
    from newsclean.segment import _playlist_row_text, headline_like
    from newsclean.thresholds import PLAYLIST_SECTION_MAX_WORDS

    long_words = " ".join(["word"] * 60)
    for text in ("World", "Video news today", "Harbour bridge to close for repairs", long_words, "x" * 400, "a b c d"):
        expected = headline_like(text) or len(text.split()) <= PLAYLIST_SECTION_MAX_WORDS
        assert _playlist_row_text(text) == expected, text


def test_enough_fact_lines_counts_only_short_lines_with_a_colon() -> None:
    from newsclean.fields.factbox import _enough_fact_lines
    from newsclean.para import Para

    facts = [Para(0, "Founders: Jane Roe"), Para(20, "Started: 2021"), Para(40, "Sector: Water")]
    assert _enough_fact_lines(facts)
    assert not _enough_fact_lines([*facts[:2], Para(40, "A sentence with no label at all.")])
    assert not _enough_fact_lines([*facts[:2], Para(40, "Long: " + "word " * 60)])


def test_photo_credit_gate_answers_as_the_pattern() -> None:
    """``photo_credit_at`` (an opening's first letters tested before the alternation of the
    rule files' photo credits) finds what the alternation's ``match`` finds: openings that
    are a name in any case, that run on past it, near misses, short texts, and names and
    texts with letters whose case-insensitive match is not their lower case (the Kelvin sign
    matches "k", a dotless "ı" and a dotted "İ" match "i", a long "ſ" matches "s")."""
    from hypothesis import given
    from hypothesis import strategies as st

    from newsclean.fields.captions import _credit_prefixes, photo_credit_at
    from newsclean.rules import _alternation, default_rules

    own = ["Harbour Wire", "hw", "\u212aessel Press", "\u0131ris Photo", "\u017fea Pics", "Co"]
    patterns = [default_rules().photo_credit_re, _alternation(own, anchored=False, word_end=True)]
    texts = [
        "The Associated Press reports", "the associated pressure", "The council met", "AFP", "afp.", "AF",
        "A", "", "Harbour Wire said", "HARBOUR WIRES", "kessel press", "Kessel Press", "iris photo", "İris Photo",
        "sea pics", "SEA PICS", "Hw ", "co-op", "Getty Images", "Getty", "Reuters/Jane Roe", "REUTERS",
    ]  # fmt: skip
    for pattern in patterns:
        assert pattern is not None and _credit_prefixes(pattern) is not None  # the gate is on
        for text in texts:
            for pos in range(min(len(text), 3) + 1):
                got, want = photo_credit_at(pattern, text, pos), pattern.match(text, pos)
                assert (got and got.span()) == (want and want.span()), (text, pos)

    @given(st.text(alphabet="aehikprswAEHIKPRSW \u212a\u0131\u0130\u017f.-", max_size=12))
    def same(text: str) -> None:
        for pattern in patterns:
            assert pattern is not None
            got, want = photo_credit_at(pattern, text, 0), pattern.match(text, 0)
            assert (got and got.span()) == (want and want.span()), text

    same()


def test_every_script_opening_holds_a_mark() -> None:
    """strip_script tries a paragraph only when it holds one of ``_OPENING_MARKS``: every
    form ``_OPENING`` reads has one, so a paragraph without them holds no statement."""
    from newsclean.fields.residue import _OPENING, _OPENING_MARKS

    scripts = [
        "googletag.cmd.push(function() { googletag.display('ad-1'); });", "window._taboola = window._taboola || [];",
        "var slot = 1;", "let slot = 2;", "const slot = 3;", "adsbygoogle = window.adsbygoogle || [];",
        "jQuery (document).ready();", "!function(){ go(); }();", "document.write('x');", "dataLayer.push({});",
        "twttr.widgets.load();", "window.adsbygoogle = []",
    ]  # fmt: skip
    for text in scripts:
        m = _OPENING.search(text)
        assert m is not None, text
        assert any(mark in m.group() for mark in _OPENING_MARKS), text
    prose = "The function of the var is to hold the window. document.cookie is read by jQuery"
    assert not any(mark in prose for mark in _OPENING_MARKS) and _OPENING.search(prose) is None


def test_more_words_than_answers_as_a_full_split() -> None:
    from newsclean.para import more_words_than

    for text in ("", " ", "one", "one two", " one  two three ", "a\u00a0b\tc\nd", " ".join(["w"] * 30)):
        for n in range(0, 32):
            assert more_words_than(text, n) == (len(text.split()) > n), (text, n)


def _bracket_gate_only(text: str, pos: int, rules: bool) -> int:
    """The one test of ``dateline._ruled_out`` that is not exact: the bracketed agency's "(" near the start."""
    from newsclean.fields import dateline
    from newsclean.thresholds import AGENCY_DATELINE_REACH

    return dateline._BRACKETED_AGENCY if "(" not in text[pos : pos + AGENCY_DATELINE_REACH] else 0


def test_dateline_forms_ruled_out_answer_as_trying_them(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """match_dateline skips the forms ``_ruled_out`` names; it finds what trying them all finds."""
    from newsclean.fields import dateline
    from newsclean.rules import default_rules

    rules = default_rules()
    texts = [
        "SEOUL — The", "SEOUL, June 9 — The", "MELBOURNE, Aug 14 (Reuters) - The", "KAKOGAWA, Hyogo -- The",
        "Tokyo, June 9 (Jiji Press)--The", "Jun. 10—The", "Aug 21 (Reuters) - The", "(Bloomberg) -- The",
        "Karachi, July 25: The", "Monday, June 9: The", "New Delhi [India], : The", "Rabat – Senegal", "New Delhi: The",
        "REUTERS - The", "NEW DELHI, June 9 (PTI) The", "The council met - again", "Sept 3 — The", "May 27-28 the",
        "TORONTO, May 23, 2025 /CNW/ - The", "ZÜRICH – Die", "São Paulo, June 9 — The", "aBC — x", "A-B — c",
        "Jane Roe, Harbour: The", "The plan, in June — said", "Mayor [sic] – The", "", "X", "Xy",
    ]  # fmt: skip
    got = [(t, pos, r) for t in texts for pos in range(min(3, len(t) + 1)) for r in (None, rules)]
    found = [dateline.match_dateline(t, pos, r) for t, pos, r in got]
    monkeypatch.setattr(dateline, "_ruled_out", _bracket_gate_only)
    for (t, pos, r), m in zip(got, found, strict=True):
        want = dateline.match_dateline(t, pos, r)
        assert (m and m.span()) == (want and want.span()), (t, pos)
    assert any(found)


def test_photo_line_gate_keeps_every_credit_opening() -> None:
    """_photo_lines skips a line by its first character only when its clean text cannot open
    with a credit word: the character is no word's initial and no space (clean strips those).
    The credit words live in headerlines, which the layout's header reading shares."""
    from newsclean.headerlines import CREDIT_INITIALS as _CREDIT_INITIALS
    from newsclean.headerlines import CREDIT_STARTS as _CREDIT_STARTS
    from newsclean.para import Para

    for word in _CREDIT_STARTS:
        for raw in (f"{word}: AFP", f"  {word}: AFP", f"\u00a0{word}s: Jane Roe"):
            first = raw[:1]
            assert first in _CREDIT_INITIALS or first.isspace()
            assert Para(0, raw).clean.startswith(word)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(["Sept", "Prof", "Dr", "U.S", "J", "said", "ß", "é", "1", "a", "Z"]), max_size=8).map(
        lambda words: "".join(w + p for w, p in zip(words, [". ", ".” ", "! ", ". ", " "] * 4, strict=False))
    )
)
def test_abbreviation_gate_answers_as_the_pattern(text: str) -> None:
    """draft._after_abbreviation's character tests never skip a boundary the pattern reads as
    an abbreviation's full stop ("Dr.", "Sept.", "U.S.", "J."), nor keep one it does not."""
    from newsclean.draft import _ABBREV, SENTENCE_BOUNDARY, _after_abbreviation

    for m in SENTENCE_BOUNDARY.finditer(text):
        gap = m.start(1)
        assert _after_abbreviation(text, gap) == (_ABBREV.search(text, max(0, gap - 8), gap) is not None)


def test_abbreviation_gate_examples() -> None:
    from newsclean.draft import sentence_starts

    text = "Dr. Roe met them on Sept. 9 in Kessel. Prof. Poe and the U.S. Navy said so. J. Roe left. The end."
    assert [text[s : s + 4] for s in sentence_starts(text)] == ["Dr. ", "Prof", "J. R", "The "]


def test_relative_match_kept_by_the_line_answers_as_the_patterns() -> None:
    """dates._relative_match keeps its answer by the line (short lines only): the second
    time a line is asked, the kept answer is the patterns' answer."""
    from newsclean import dates
    from newsclean.memo import MEMO_MAX_CHARS

    lines = ["3 hours ago", "vor 2 tagen", "3 timer siden", "3時間前", "3 hours agoo", "the council met", "2h"]
    long_line = "3 hours ago " + "x" * MEMO_MAX_CHARS
    dates._RELATIVE_MEMO.clear()
    for low in [*lines, long_line]:
        want = dates._RELATIVE.fullmatch(low) or (
            dates._RELATIVE_MORE.fullmatch(low) if low.endswith(dates._MORE_ENDINGS) else None
        )
        for _ in range(2):
            got = dates._relative_match(low)
            assert (got and (got.span(), got.re.pattern)) == (want and (want.span(), want.re.pattern)), low
    assert set(dates._RELATIVE_MEMO) == set(lines)  # the long line is not kept
    assert dates._relative_match("3 hours agoo") is None  # a near miss kept as no time


_CREDIT_PIECES = ["The council met.", " ", "-", "--", "—", "(", ")", "Reuters", "AFP", "NEW YORK", "A" * 21, "b" * 40,
                  "x.", "'", "\u00a0", "said", "B&B"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CREDIT_PIECES), max_size=12).map("".join))
def test_agency_credits_searched_near_the_end_find_what_the_tail_search_finds(text: str) -> None:
    """credits._peel_agency searches its three patterns from _AGENCY_CREDIT_MAX_CHARS before
    the end: the same match as searching the whole tail (each pattern ends at the end)."""
    from newsclean.fields import credits
    from newsclean.thresholds import CREDIT_TAIL_CHARS

    text = ("The council met on Monday and said so. " * 10 + text).rstrip()
    tail = max(0, len(text) - CREDIT_TAIL_CHARS)
    start = max(tail, len(text) - credits._AGENCY_CREDIT_MAX_CHARS)
    for pattern in (credits._DASH_CREDIT, credits._PAREN_CREDIT, credits._CAPS_CREDIT):
        a, b = pattern.search(text, tail), pattern.search(text, start)
        assert (a and a.span()) == (b and b.span()), (pattern.pattern, text[-60:])


def test_agency_credit_reach_is_the_longest_match() -> None:
    """The longest dash credit (a two-character dash, a space, 41 characters) is found from
    the reach; a near miss one character longer is no credit at all."""
    from newsclean.fields import credits

    longest = "said so. -- A" + "b" * 40
    m = credits._DASH_CREDIT.search(longest, len(longest) - credits._AGENCY_CREDIT_MAX_CHARS)
    assert m is not None and m.end() - m.start() == credits._AGENCY_CREDIT_MAX_CHARS
    assert credits._DASH_CREDIT.search("said so. -- A" + "b" * 41) is None


# Every label inline._READ_MORE reads, spelled out (its character classes each way).
_READ_MORE_LABELS = [
    *(f"{label}:" for label in (
        "READ MORE", "Read more", "Read More", "ALSO READ", "Also read", "Also Read", "READ ALSO", "SEE ALSO",
        "See also", "RELATED", "Related", "MORE", "Further Reading", "Further reading", "DON'T MISS", "Don't Miss",
        "Don't miss", "DON’T MISS", "Don’t Miss", "Don’t miss", "MUST READ", "Must Read", "Must read", "READ NEXT",
        "Read Next", "Read next")),
    *(f"{label} -" for label in (
        "READ MORE", "Read More", "Read more", "ALSO READ", "Also Read", "Also read", "READ ALSO", "Read Also",
        "Read also", "SEE ALSO", "See Also", "See also", "READ NEXT", "Read Next", "Read next")),
    "यह भी पढ़ें:", "ये भी पढ़ें-", "इसे भी देखें:", "यह भी \u092a\u095dें:",
]  # fmt: skip


def test_read_more_words_are_in_every_label_and_each_is_needed() -> None:
    """inline.strip_inline skips _READ_MORE on a paragraph holding none of _READ_MORE_WORDS:
    each label the pattern reads holds one, and each word is the only one some label holds
    (a word left out would lose that label's links)."""
    from newsclean.fields import inline
    from newsclean.needles import contains_any

    for label in _READ_MORE_LABELS:
        assert inline._READ_MORE.search(f"Text. {label} Council approves the bridge") is not None, label
        assert contains_any(label, inline._READ_MORE_WORDS), label
    for word in inline._READ_MORE_WORDS:
        rest = tuple(w for w in inline._READ_MORE_WORDS if w != word)
        assert any(not contains_any(label, rest) for label in _READ_MORE_LABELS), word
    assert not contains_any("Note: the council met at 9:30.", inline._READ_MORE_WORDS)  # a near miss: skipped


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["The council met.", " ", "Dr.", "Jan.", "J.", "said", "It", "“Yes.”", "?", "3"]),
                max_size=14).map("".join), st.integers(min_value=0, max_value=4))  # fmt: skip
def test_sentence_starts_with_most_is_the_whole_list_cut(text: str, most: int) -> None:
    from newsclean.draft import sentence_starts

    assert sentence_starts(text, most) == sentence_starts(text)[:most]


def test_sentence_starts_with_most_stops_at_the_second_sentence() -> None:
    from newsclean.draft import sentence_starts

    assert sentence_starts("The council met. Dr. Roe said so. It rained.", 2) == [0, 17]
    assert sentence_starts("The council met on Monday.", 2) == [0]  # a near miss: one sentence


def test_credit_chains_scan_only_a_page_with_a_slash(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """captions.drop_credit_chains skips its multi-line pattern on a page with no "/" (a
    chain's line holds two): the items come back as they were, the pattern never asked; a
    page with a slash is still scanned (a near miss)."""
    from newsclean.classify import classify
    from newsclean.fields import captions
    from newsclean.lines import split_lines
    from newsclean.para import Ledger
    from newsclean.rules import default_rules

    asked: list[str] = []

    class _Counting:
        def search(self, page: str) -> None:
            asked.append(page)

    monkeypatch.setattr(captions, "_CHAIN_LINE", _Counting())
    rules = default_rules()
    for page in (
        "Council approves the bridge\nThe council met on Monday.\n",
        "Jane Roe/Example Press/TNS\nThe council met.\n",
    ):
        lines = split_lines(page)
        items = classify(lines, rules, Ledger())
        assert captions.drop_credit_chains(page, items, lines, rules, Ledger()) is items
    assert asked == ["Jane Roe/Example Press/TNS\nThe council met.\n"]


def test_html_sniff_settles_a_page_with_no_angle_bracket_without_the_pattern(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """html.sniff.looks_like_html: a text with no "<" in its first SNIFF_CHARS is no markup,
    the case-blind tag scan never asked; markup (a near miss) is still read as markup."""
    from newsclean.html import sniff

    real = sniff._TAG_SNIFF
    asked: list[int] = []

    class _Counting:
        def findall(self, text: str, pos: int, end: int) -> list[str]:
            asked.append(len(text))
            return real.findall(text, pos, end)

        def search(self, text: str, pos: int, end: int) -> object:
            return real.search(text, pos, end)

    monkeypatch.setattr(sniff, "_TAG_SNIFF", _Counting())
    assert not sniff.looks_like_html("Council approves the bridge\n\nThe council met on Monday.\n")
    assert asked == []
    markup = "Intro <p>one</p> <p>two</p> <div>three</div> <span>four</span> <b>x</b> <a href=x>y</a>"
    assert sniff.looks_like_html(markup) and asked == [len(markup)]
    assert not sniff.looks_like_html("a < b, and c > d in the council's sum")  # a lone "<": the scan decides


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["T", "A", "É", "1", "—", "“", "("]), st.sampled_from("abcxyz"),
       st.lists(st.sampled_from(["HARBOUR", " ", "—", "–", "_", ": ", "FERRY", "-", "The", "said", "(AP)", ","]),
                max_size=8).map("".join))  # fmt: skip
def test_digest_forms_never_open_with_a_small_second_letter(first: str, second: str, rest: str) -> None:
    """layout.digest._form returns None for a line whose second character is "a"-"z": each of
    its patterns (the slug, the colon lead-in, the capitals' dateline) needs no such letter there."""
    from newsclean.fields.dateline import CAPS_DATELINE
    from newsclean.layout import digest

    text = first + second + rest
    assert digest._COLON_LEAD.match(text) is None
    assert CAPS_DATELINE.match(text) is None
    assert digest._SLUG.match(text) is None


def test_digest_form_still_reads_a_slug() -> None:
    from newsclean.classify import Item, Kind
    from newsclean.layout import digest
    from newsclean.layout.shapes import Shape
    from newsclean.lines import Line

    def form(text: str) -> str | None:
        return digest._form(Item(Line(text, 0, len(text), 0, 0, 0), Kind.TEXT), Shape.PROSE)

    assert form("HARBOUR-FERRY TERMINAL — The council approved the new ferry terminal on Monday after years") == "slug"
    assert form("The council approved the new ferry terminal on Monday — after years of debate") is None  # near miss


_TAG_PIECES = ["Photo", "PHOTOS", "Picture", "PICTURE", "Pic", "Imagen", "IMAGE", "File photo", "FILE PHOTO",
               "Fotos", "FOTO", "Photograph", "credit", "Credit", "COURTESY", "ST", "photo", "image", "Pix",
               ":", " : ", " ", "AFP", ".", "\n"]  # fmt: skip


@given(st.lists(st.sampled_from(_TAG_PIECES), max_size=8).map("".join))
def test_photo_tag_gate_keeps_every_text_the_tag_matches_in(text: str) -> None:
    """``_may_hold_photo_tag`` (a colon and one of the tag words) is true wherever
    ``_PHOTO_TAG`` finds a tag: the search it gates answers as the ungated search."""
    from newsclean.fields.captions import _PHOTO_TAG, _may_hold_photo_tag

    if _PHOTO_TAG.search(text) is not None:
        assert _may_hold_photo_tag(text), text


def test_photo_tag_gate_examples() -> None:
    from newsclean.fields.captions import _may_hold_photo_tag

    assert _may_hold_photo_tag("The mayor speaks. Picture: Jane Roe")
    assert _may_hold_photo_tag("Imagen: Agencia")
    assert not _may_hold_photo_tag("The mayor speaks. Credit: Jane Roe")  # the credit tag is searched apart
    assert not _may_hold_photo_tag("Photo by Jane Roe (the council)")  # no colon: no tag
    # every tag of the pattern's alternation passes the gate
    from newsclean.fields.captions import _PHOTO_TAG

    tags = _PHOTO_TAG.pattern.split("(?:PHOTO|", 1)[1].split(")", 1)[0].split("|")
    assert len(tags) > 10
    for tag in ["PHOTO", *tags]:
        text = f"The mayor speaks. {tag}: Jane Roe"
        assert _PHOTO_TAG.search(text) is not None, tag
        assert _may_hold_photo_tag(text), tag


def test_every_inline_pattern_is_gated_on_a_rare_literal() -> None:
    """Each inline pattern runs only on pages holding its required literal (``patternfacts.needle``).
    A pattern whose alternation leaves only a common word (" on ") or one letter ("A") to
    require (shorter than four letters) runs on nearly every page: split it into one pattern
    a spelling instead (``listing.read-on``, ``common.advertisement``). Short literals of
    punctuation ("<p>", "@", "{") are rare enough."""
    from newsclean.rules import default_rules

    weak = [
        (rid, lit)
        for _, rid, lit, _ in default_rules()._inline_entries
        if lit is None or (len(lit.strip()) < 4 and lit.strip().replace(" ", "").isalpha())
    ]
    assert weak == []
