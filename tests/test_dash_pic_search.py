"""captions._dash_pic (one literal search per dash) finds what _DASH_PIC.search finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclean.fields.captions import _DASH_PIC, _dash_pic

_PIECES = [
    "— ",
    "– ",
    "—",
    "–",
    "Bernama pic",
    " AFPPIC",
    "Picture by Jane Roe",
    "Filepic",
    "said.",
    "town",
    " ",
    "The",
    "x",
]


def _span(m: object) -> tuple[int, int] | None:
    return None if m is None else m.span()  # type: ignore[attr-defined]


@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_the_dash_searches_find_what_the_pattern_finds(text: str) -> None:
    assert _span(_dash_pic(text)) == _span(_DASH_PIC.search(text))


def test_a_credit_after_either_dash_and_the_earlier_of_two() -> None:
    for text in (
        "Crowds at the hall in Putrajaya. — Bernama pic The minister said more.",
        "Crowds at the hall in Putrajaya. – AFPPIC The minister said more.",
        "The hall. – Pexels pic The town. — Bernama pic The end.",
        "The hall. — Bernama pic The town. – Pexels pic The end.",
    ):
        assert _dash_pic(text) is not None
        assert _span(_dash_pic(text)) == _span(_DASH_PIC.search(text)), text
    # near misses: no sentence's end before the dash, a lower-case word before "pic"
    assert _dash_pic("A crowd — pic after pic of the hall.") is None
    assert _dash_pic("THE HALL — Bernama pic The minister") is None
