"""digest._form skips its three patterns on a line with no dash or underscore within
``_FORM_SEPARATOR_REACH`` characters (``_separator_in_reach``): every form ends in such a
separator, so the gate turns away no line the patterns read, and its reach is the farthest
a form's separator can stand (a gate one character shorter reads the farthest line otherwise)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.classify import Item, Kind
from newsclean.layout import digest
from newsclean.layout.shapes import Shape
from newsclean.lines import Line


def _item(text: str) -> Item:
    return Item(Line(text, 0, len(text), 0, 0, 0), Kind.TEXT)


def _read_by_patterns(text: str) -> bool:
    """Whether any of _form's patterns reads the line's opening (what the gate must let through)."""
    lead = digest._COLON_LEAD.match(text)
    if lead is not None and digest.CAPS_DATELINE.match(text, lead.end()) is not None:
        return True
    return digest.CAPS_DATELINE.match(text) is not None or digest._SLUG.match(text) is not None


# A capitals headline of 80 characters, a colon, then the longest dateline CAPS_DATELINE reads:
# four place words of 21 capitals, a region of three words of 21 letters, an agency of 39.
_FARTHEST = (
    ("NORTHUMBERLAND " * 6)[:80]
    + " : "
    + " ".join(["ABCDEFGHIJKLMNOPQRSTU"] * 4)
    + ", "
    + " ".join(["Abcdefghijklmnopqrstu"] * 3)
    + " (A"
    + "b" * 38
    + ") — The harbour ferry terminal was approved by the council on Tuesday."
)


def test_the_farthest_separator_is_in_reach() -> None:
    assert _FARTHEST.find("—") == digest._FORM_SEPARATOR_REACH - 1  # the last character the gate looks at
    assert digest._form(_item(_FARTHEST), Shape.PROSE) == "lead"


def test_a_capitals_opening_without_a_separator_is_no_form() -> None:
    text = "LIMITS: While the council weighs the ferry plan, the harbour board waits for its answer."
    assert not digest._separator_in_reach(text)
    assert digest._form(_item(text), Shape.PROSE) is None
    # the near miss: the same opening with a dateline's dash reads as an item's lead
    assert digest._form(_item("LIMITS: PORT AVELIN (AP) — While the council weighs it."), Shape.PROSE) == "lead"


_PIECES = [
    "PORT", "AVELIN", "NORTH BAY", "HARBOUR-FERRY", "Kessel", "(AP)", "(Reuters)", ", ", " ", ": ", " : ", "—", "–",
    "―", "-", "--", " - ", "_", " _ ", "The", "said", "1", "A", "É", "'", "’", "&", ".", "/", "“",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_the_gate_lets_through_every_line_the_patterns_read(text: str) -> None:
    if _read_by_patterns(text):
        assert digest._separator_in_reach(text)
