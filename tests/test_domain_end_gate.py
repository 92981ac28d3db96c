"""The source-domain patterns closing a line (layout.shapes._SOURCE_END, layout.oneline._SOURCE_END)
are searched only where a dot stands among the line's last characters (shapes.may_end_in_domain):
the same matches as searching every line."""

from __future__ import annotations

import regex
from codepoints import matching
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.layout import oneline, shapes
from newsclean.thresholds import SOURCE_END_REACH

_PIECES = [
    "nyti",
    "theneweuropean",
    "www",
    ".",
    ".ms",
    ".co",
    ".uk",
    ".museum",
    ".COM",
    "com",
    "-",
    "a",
    "9",
    " ",
    "\n",
    "The council met.",
    "said",
    "x",
]


def _old(pattern: object, text: str) -> tuple[int, int] | None:
    m = pattern.search(text, max(0, len(text) - SOURCE_END_REACH))  # type: ignore[attr-defined]
    return None if m is None else m.span()  # type: ignore[no-any-return]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_the_gated_searches_find_what_the_patterns_find(text: str) -> None:
    m = oneline.source_end(text)
    assert (None if m is None else m.span()) == _old(oneline._SOURCE_END, text)
    assert oneline.closes_entry(text) == (
        text.endswith(oneline._CUT_END)
        or oneline.link_end(text) is not None
        or _old(oneline._SOURCE_END, text) is not None
    )
    if _old(shapes._SOURCE_END, text) is not None:
        assert shapes.may_end_in_domain(text)


def test_every_letter_a_domain_can_end_with_passes_the_gate() -> None:
    letter = regex.compile(r"(?i)[a-z]")
    for c in matching(letter):
        assert shapes.may_end_in_domain("Talks went on. nyti.m" + c), hex(ord(c))
        assert oneline.source_end("Talks went on. nyti.m" + c) is not None, hex(ord(c))


def test_domains_are_found_and_sentences_skipped() -> None:
    for text in (
        "Talks went on. nyti.ms",
        "EU theneweuropean.co.uk",
        "The museum. art.museum\n",
        "See www.example.COM",
    ):
        assert oneline.source_end(text) is not None, text
        assert shapes.may_end_in_domain(text), text
    # near misses: a sentence's full stop well before the end, a domain inside the line
    for text in (
        "The council met on Monday. It said no",
        "Read nyti.ms for the rest of it",
        "The council met. Talks go on.",
    ):
        assert not shapes.may_end_in_domain(text)
        assert oneline.source_end(text) is None
