"""captions._photo_by searches the "Photo by" credit closing a paragraph from where one can open
(captions._PHOTO_BY_MAX_CHARS before the end): the same matches as searching the whole text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.fields import captions
from newsclean.thresholds import PHOTO_BY_MAX_LOWER_WORDS

_PIECES = [
    "(",
    ")",
    " ",
    "\n",
    "File Photo",
    "FILE PHOTO",
    "Photo",
    "PHOTO",
    "Picture",
    "Image",
    "s",
    "S",
    " by ",
    " BY ",
    "J",
    "ane Roe",
    "/Getty Images",
    "a" * 20,
    "b" * 37,
    "The council met.",
    "x",
]


def _old(text: str) -> tuple[int, int] | None:
    """_photo_by as it was: the patterns searched from the text's start."""
    m = captions._PHOTO_BY.search(text) if " by " in text else None
    if m is None and " BY " in text:
        m = captions._PHOTO_BY_CAPS.search(text)
    if m is not None and not m.group("open"):
        lower = sum(1 for w in m.group().split()[2:] if w[:1].islower())
        m = m if lower <= PHOTO_BY_MAX_LOWER_WORDS else None
    return None if m is None else m.span()


def _new(text: str) -> tuple[int, int] | None:
    m = captions._photo_by(text)
    return None if m is None else m.span()


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_the_bounded_search_finds_what_the_whole_search_finds(text: str) -> None:
    assert _new(text) == _old(text)


def test_the_longest_credits_are_found() -> None:
    story = "The council met on Monday to talk about the budget and the new bridge. " * 3
    for credit in (" (File Photos by J" + "a" * 80 + ")", " (FILE PHOTOS BY J" + "A" * 80 + ")"):
        for end in ("", "\n"):
            text = story + credit + end
            assert _new(text) == (len(story), len(story) + len(credit)), (credit, end)
            assert _new(text) == _old(text)
    # near misses: one character too many in the name, a credit inside the paragraph
    assert _new(story + " (File Photos by J" + "a" * 81 + ")") is None
    assert _new("Photo by Jane Roe (AP) The council met on Monday.") is None
