"""The rarest-character pre-test of needles.py gives the answer ``in`` gives, and the
inline gate built with it holds what the plain substring tests found."""

from __future__ import annotations

import tomllib
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsclean import needles
from newsclean.needles import Needle, NeedleSet, _shared_prefixes
from newsclean.patternfacts import needle
from newsclean.rules import default_rules

_ALPHABET = "aeVQ! :.Sh\u2019"


@given(st.text(alphabet=_ALPHABET, max_size=6), st.text(alphabet=_ALPHABET, max_size=40))
def test_a_needle_is_found_exactly_where_in_finds_it(phrase: str, page: str) -> None:
    assert Needle(phrase).found_in(page) == (phrase in page)


@given(
    st.lists(st.one_of(st.none(), st.text(alphabet=_ALPHABET, max_size=6)), max_size=8),
    st.text(alphabet=_ALPHABET, max_size=40),
)
def test_a_needle_set_answers_as_in_for_each_phrase(phrases: list[str | None], page: str) -> None:
    assert NeedleSet(phrases).found_in(page) == [p is None or p in page for p in phrases]


def test_the_anchor_is_the_rarest_character() -> None:
    assert Needle("View Article").anchor == "V"
    assert Needle("thanks for signing up!").anchor == "!"
    assert Needle("trial").anchor == "l"  # no rare character: the rarest of the common ones


def _plain_gate(page: str) -> tuple[list[tuple[str, str]], list[object]] | None:
    """The gate as plain substring tests compute it (what inline_gate did before needles.py)."""
    rules = default_rules()
    if not rules.may_have_inline(page):
        return None
    low = page.lower()
    phrases = [(ph, rid) for ph, rid in rules._inline_lower if not ph.isascii() or ph in low]
    entries = [e for e in rules._inline_entries if e[2] is None or e[2] in page]
    return phrases, entries


_PAGES = [
    "The council met on Monday. Listen to this article The vote was close.",
    "Plain words only, with nothing a rule names.",
    "Sign up for our letter. View this post on Instagram\nA second line (opens in new tab)",
    "ADVERTISEMENT - CONTINUE READING BELOW",
    "",
]


def test_the_inline_gate_holds_what_substring_tests_find() -> None:
    rules = default_rules()
    for page in _PAGES:
        gate = rules.inline_gate(page)
        plain = _plain_gate(page)
        if plain is None:
            assert gate is None, page
        else:
            assert gate is not None, page
            assert (gate.phrases, gate.patterns) == plain, page


def test_inline_hits_through_a_gate_without_phrases_are_the_ungated_hits() -> None:
    rules = default_rules()
    for page in [
        *_PAGES,
        "Nothing here but a sale.. ADVERTISEMENT - CONTINUE READING BELOW",
        "Caf\u00e9 talk, no phrase",
    ]:
        gate = rules.inline_gate(page)
        if gate is not None:
            assert rules.inline_hits(page, gate) == rules.inline_hits(page), page


def test_only_lower_grows_changes_a_length_when_lower_cased() -> None:
    from newsclean.rules import _LOWER_GROWS, _lower_shifts

    assert [c for c in map(chr, range(0x110000)) if len(c.lower()) != 1] == [_LOWER_GROWS]
    assert not _lower_shifts("plain ASCII")
    assert not _lower_shifts("Caf\u00e9 \u201cquoted\u201d")
    assert _lower_shifts("\u0130stanbul")


def test_inline_hits_on_text_that_is_not_ascii_through_a_gate_without_phrases() -> None:
    rules = default_rules()
    for page in [
        "Caf\u00e9 \u201ctalk\u201d \u2014 ADVERTISEMENT - CONTINUE READING BELOW",
        "\u0130stanbul \u2014 Listen to this article. The vote was close.",
        "\u201cNo phrase here\u201d, said the mayor.",
    ]:
        gate = rules.inline_gate(page)
        if gate is not None:
            assert rules.inline_hits(page, gate) == rules.inline_hits(page), page


_CASED = "aeKkIiSs! :.\u2019\u0130\u212a\u00c9\u03a3"


@given(
    st.lists(st.one_of(st.none(), st.text(alphabet="aeksi! :.", max_size=5)), max_size=6),
    st.text(alphabet=_CASED, max_size=40),
)
def test_found_in_lower_answers_as_in_on_the_lower_cased_page(phrases: list[str | None], page: str) -> None:
    assert NeedleSet(phrases).found_in_lower(page) == [p is None or p in page.lower() for p in phrases]


def test_found_in_lower_reads_upper_case_and_text_that_is_not_ascii() -> None:
    needles = NeedleSet(["copy link", "link copied", None])
    assert needles.found_in_lower("\u201cQuoted\u201d \u2014 COPY LINK") == [True, False, True]
    assert needles.found_in_lower("copy lin\u212a, Link Copie") == [True, False, True]  # the Kelvin sign
    assert needles.found_in_lower("Caf\u00e9 \u2014 copy lin k") == [False, False, True]  # a near miss


def test_only_the_listed_characters_lower_case_to_ascii_from_outside_it() -> None:
    from newsclean.needles import _LOWER_TO_ASCII

    outside = [c for c in map(chr, range(128, 0x110000)) if any(ord(x) < 128 for x in c.lower())]
    assert outside == list(_LOWER_TO_ASCII)


@given(st.text(alphabet="ab \u00a0\n\t", max_size=30), st.integers(min_value=0, max_value=6))
def test_at_most_words_counts_as_a_full_split(text: str, n: int) -> None:
    from newsclean.segment import at_most_words

    assert at_most_words(text, n) == (len(text.split()) <= n)


def test_headline_like_refuses_a_long_line_before_reading_its_words() -> None:
    from newsclean.segment import headline_like
    from newsclean.thresholds import HEADLINE_MAX_CHARS

    assert not headline_like("word " * (HEADLINE_MAX_CHARS // 5 + 1))
    assert headline_like("Council approves the new bridge")  # a near miss: short, kept


def test_printable_answers_as_isprintable_for_every_ascii_character_in_a_long_text() -> None:
    from newsclean.needles import _PRINTABLE_BYTES_FROM, printable

    base = "The council met on Monday. " * (_PRINTABLE_BYTES_FROM // 20)
    for c in map(chr, range(256)):
        for text in (base + c, c + base, base[:10] + c + base, c, base[:5] + c):
            assert printable(text) == text.isprintable(), (c, len(text))
    assert printable(base) and not printable(base + "\x7f")  # the byte path on a long line, and its near miss
    assert not printable(base + "\u200b")  # a long text that is not ASCII: str.isprintable's answer


@given(st.text(alphabet="ab \n\t\x00\x1f\x7f\u00a0\u200b", max_size=300))
def test_printable_answers_as_isprintable(text: str) -> None:
    from newsclean.needles import printable

    assert printable(text) == text.isprintable()


def test_the_normal_form_table_leaves_a_printable_ascii_page_and_reads_its_controls() -> None:
    from newsclean import decode

    page = "Council approves the bridge\n\nThe council met on Monday.\n" * 10
    assert decode._table(page) is page  # printable but its line breaks: left as it is
    for c in map(chr, range(128)):
        if c != "\n" and not c.isprintable():  # a near miss each: the table's pass runs, as before
            assert decode._table(page + c) == decode._NEEDS.sub(decode._replace, page + c), repr(c)


_WORDS = ["View ", "Vie", "Sign up ", "to ", "for ", "Text ", "size", "on ", "A", "news", " "]


@given(
    st.lists(st.one_of(st.none(), st.lists(st.sampled_from(_WORDS), max_size=4).map("".join)), max_size=10),
    st.lists(st.sampled_from([*_WORDS, "x", "\u2019"]), max_size=20).map("".join),
)
def test_a_needle_set_with_shared_prefixes_and_nested_phrases_answers_as_in(
    phrases: list[str | None], page: str
) -> None:
    # phrases of whole words share prefixes ("View on ", "View for ") and hold one another
    # ("on " in "View on "): the forest built from them answers as one substring test each
    assert NeedleSet(phrases).found_in(page) == [p is None or p in page for p in phrases]


@given(
    st.lists(
        st.one_of(st.none(), st.lists(st.sampled_from(_WORDS), max_size=4).map(lambda w: "".join(w).lower())),
        max_size=10,
    ),
    st.lists(st.sampled_from([*_WORDS, "X", "\u0130", "\u2019"]), max_size=20).map("".join),
)
def test_found_in_lower_with_shared_prefixes_and_nested_phrases_answers_as_in(
    phrases: list[str | None], page: str
) -> None:
    assert NeedleSet(phrases).found_in_lower(page) == [p is None or p in page.lower() for p in phrases]


def test_a_shared_prefix_of_whole_words_is_tested_once_and_a_piece_of_a_word_is_not() -> None:
    assert _shared_prefixes(["View Article", "View this post", "Video Player"]) == ["View "]
    # " news" is no whole word of " newsletter"; "Share th" starts both already
    assert _shared_prefixes([" newsletter", " news roundup", "Share th", "Share this: "]) == []
    needles = NeedleSet(["View Article", "View this post", "View Article", None, "Article"])
    assert needles.found_in("Read: View Article") == [True, False, True, True, True]
    assert needles.found_in("Vie Article") == [False, False, False, True, True]


def test_every_bundled_inline_pattern_has_a_needle() -> None:
    """An inline pattern with no literal every match holds cannot be gated, so the inline pass
    runs on every paragraph of every page: one such pattern (Postmedia's paywall sentences as
    one alternation, d8real9) made the dev pages eight times slower. Split an alternation of
    phrases into one pattern each."""
    rules = Path(needles.__file__).parent / "rules"
    missing = []
    for path in sorted(rules.glob("*.toml")):
        for rule in tomllib.loads(path.read_text(encoding="utf-8")).get("inline", []):
            missing += [f"{path.name} {rule['id']}: {p[:60]}" for p in rule.get("regex", []) if needle(p) is None]
    assert not missing, missing


def test_utf8_of_reuses_the_bytes_kept_for_the_very_same_page_only() -> None:
    page = "Caf\u00e9 \u2014 the council met on Tuesday."
    twin = "".join(list(page))  # the same text, another object
    assert twin == page and twin is not page
    kept = page.encode("utf-8")
    needles.remember_utf8(page, kept)
    assert needles.utf8_of(page) is kept  # reused, not encoded again
    assert needles.utf8_of(twin) == kept and needles.utf8_of(twin) is not kept  # an equal text is encoded
    other = "\u201cQuoted\u201d and a lone \ud800 surrogate"
    assert needles.utf8_of(other) == other.encode("utf-8", "surrogatepass")


def test_extract_keeps_its_input_bytes_for_the_inline_gate_and_the_gate_reads_them() -> None:
    from newsclean import extract

    page = "A council story \u2014 the vote\n\nThe council met on Tuesday. Copy link\n"
    extract(page)
    assert needles.utf8_of(page) is needles._last_utf8[1]  # extract() measured it: reused
    # what the gate sees is the kept bytes: kept bytes that lie (a test of the reuse, never
    # done by the code) change what it finds, so the reuse is real
    gate = NeedleSet(["copy link"])
    assert gate.found_in_lower(page) == [True]
    needles.remember_utf8(page, b"nothing here")
    assert gate.found_in_lower(page) == [False]
    needles.remember_utf8("", b"")
