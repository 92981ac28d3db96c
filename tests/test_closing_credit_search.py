"""captions._closing_credit (the bare credit searched alone where only it can match) finds what
_CLOSING_CREDIT.search finds in a line's last GALLERY_CREDIT_REACH characters."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.fields.captions import _CLOSING_CREDIT, _closing_credit
from newsclean.thresholds import GALLERY_CREDIT_REACH

_PIECES = [
    " ",
    "\n",
    ".",
    "!",
    "”",
    "(",
    ")",
    "©",
    "AFP",
    "Reuters",
    "Getty Images",
    "J",
    "a" * 20,
    "Abcdefghijklmnopqrstu",
    "The council met in Riyadh",
    "in Gaza City",
    "x",
]


def _old(text: str) -> tuple[int, str] | None:
    m = _CLOSING_CREDIT.search(text, max(0, len(text) - GALLERY_CREDIT_REACH))
    return None if m is None else (m.start(), m.group("paren") or m.group("copy") or m.group("bare") or "")


@settings(max_examples=600)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_the_split_search_finds_what_the_pattern_finds(text: str) -> None:
    assert _closing_credit(text) == _old(text)


def test_credits_are_found_and_near_misses_kept() -> None:
    for text in (
        "Crowds at the market in Riyadh. AFP",
        "Crowds at the market in Riyadh. Getty Images",
        "Crowds at the market in Gaza City. (AFP)",
        "Crowds at the market ©AFP",
        "Crowds at the market. Abcdefghijklmnopqrstu Abcdefghijklmnopqrstu",  # the longest bare credit
        "Crowds at the market. Abcdefghijklmnopqrstu Abcdefghijklmnopqrstu\n",  # $ before a final line break
        "Crowds at the market in Gaza City. (AFP)\n",
    ):
        assert _closing_credit(text) is not None, text
        assert _closing_credit(text) == _old(text), text
    # near misses: no sentence's stop before a bare name, three bare words
    for text in ("Crowds at the market in Riyadh AFP", "Crowds at the market. Getty Images Today"):
        assert _closing_credit(text) is None
        assert _old(text) is None
