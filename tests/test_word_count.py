"""layout.shapes.word_count's ASCII path (bytes, no pattern) counts what the pattern counts."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from newsclean.layout import shapes
from newsclean.layout.shapes import _WORD, word_count


def _by_pattern(text: str) -> int:
    return sum(map(bool, _WORD.findall(text)))


_ASCII = "".join(map(chr, range(128)))


def test_the_deleted_characters_are_exactly_the_patterns_non_words_and_non_spaces() -> None:
    word, space = regex.compile(r"[\p{L}\p{N}]"), regex.compile(r"\s")
    assert shapes._ASCII_NOT_WORD == bytes(c for c in range(128) if not word.match(chr(c)) and not space.match(chr(c)))
    # the pattern's spaces in ASCII are the ones bytes.split splits on (str.split adds \x1c-\x1f)
    assert [c for c in _ASCII if space.match(c)] == [c for c in _ASCII if len(f"a{c}b".encode().split()) == 2]


def test_every_ascii_character_alone_and_between_words_counts_as_the_pattern_counts() -> None:
    for c in _ASCII:
        for text in (c, f"a{c}b", f"{c}{c} x", f"Page 2{c}of 14"):
            assert word_count(text) == _by_pattern(text), repr(text)


@given(st.text(alphabet=st.sampled_from(_ASCII), max_size=40))
def test_any_ascii_text_counts_as_the_pattern_counts(text: str) -> None:
    assert word_count(text) == _by_pattern(text)


def test_words_are_those_with_a_letter_or_digit_and_text_that_is_not_ascii_still_reads_by_the_pattern() -> None:
    assert word_count("JAPAN / Science & Health") == 3
    assert word_count("Page 2 of 14 -- Next >>") == 5  # a near miss: marks alone are no word
    assert word_count("\x1cPage\x1d2") == 1  # the separators are no space to the pattern
    assert word_count("Caf\u00e9 \u2014 Next \u00bb") == 2
