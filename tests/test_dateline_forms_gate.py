"""match_dateline tries only the forms ``_ruled_out`` leaves (by a character each form cannot
match without): the same answers as trying every form, and each of the gate's tests is needed
by some opening (a gate ruling out one form too many answers differently)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.fields import dateline
from newsclean.rules import RuleSet, default_rules
from newsclean.thresholds import AGENCY_DATELINE_REACH

# Openings each of the ten forms reads (with the rule files' agencies and places), and near misses.
_EXAMPLES = [
    "REUTERS - The", "Reuters – The", "SEOUL — The", "SEOUL, June 9 — The", "MELBOURNE, Aug 14 (Reuters) - The",
    "Tokyo, June 9 (Jiji Press)--The", "Karachi, July 25: The", "Monday, June 9: The", "Jun. 10—The",
    "Aug 21 (Reuters) - The", "NEW DELHI, June 9 (PTI) The", "Kolkata, Jun 9 (IANS) Prime", "(Bloomberg) -- The",
    "New Delhi [India], : The", "Rabat – Senegal", "Rabat — Senegal", "New Delhi: The", "Mumbai: Rains",
    "ZÜRICH – Die", "ÉVRY — The", "Washington (AFP) – The", "Jakarta - Pertemuan", "Jakarta - the", "Zürich – Die",
    "Aé — x", "Monrovia, Liberia - A", "Update - The", "São Paulo, June 9 — The", "“SEOUL — The", "The council met - again", "The plan, in June — said",
    "Tokyo\u00a0-\u00a0SEOUL", "Jakarta\t- Pertemuan", "aBC — x", "A-B — c", "Mayor [sic] – The", "Note: the", "1 — The", "", "X", "Xy",
]  # fmt: skip

_PIECES = [
    "SEOUL", "Tokyo", "Rabat", "New Delhi", "Mumbai", "June 9", "Jun.", "Aug 21", "ZÜRICH", "São", "é", ", ", " ",
    "(Reuters)", "(PTI)", "(AFP)", "Jakarta", "Washington", "Zürich", "[India]", "-", "--", " — ", " – ", "―", ": ", ":", "The", "said", "“", "1", "a", "\u00a0",
]  # fmt: skip


def _answers(texts: list[str], rules: RuleSet, ruled_out: Callable[[str, int, bool], int] | None) -> list[object]:
    """What match_dateline answers, with another gate in place of ``_ruled_out`` when given
    (handed to ``match_forms``: a compiled build ignores a patched module name)."""
    out: list[object] = []
    for t in texts:
        for pos in range(min(3, len(t) + 1)):
            for r in (None, rules):
                if ruled_out is None:
                    m = dateline.match_dateline(t, pos, r)
                elif dateline._may_open_dateline(t, pos):
                    m = dateline.match_forms(t, pos, r, ruled_out(t, pos, r is not None))
                else:
                    m = None
                out.append(m and (m.span(), m.re.pattern))
    return out


def _ungated(text: str, pos: int, rules: bool) -> int:
    """No gate but the one that is not exact (a bracketed agency's "(" near the start)."""
    return dateline._BRACKETED_AGENCY if "(" not in text[pos : pos + AGENCY_DATELINE_REACH] else 0


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join))
def test_gated_forms_answer_as_every_form(text: str) -> None:
    rules = default_rules()
    assert _answers([text], rules, None) == _answers([text], rules, _ungated)


def test_examples_answer_as_every_form_and_each_form_reads_one() -> None:
    rules = default_rules()
    gated = _answers(_EXAMPLES, rules, None)
    assert gated == _answers(_EXAMPLES, rules, _ungated)
    read = {a[1] for a in gated if isinstance(a, tuple)}
    assert read == {form.pattern for form in dateline._FORMS}


@pytest.mark.parametrize("form", range(len(dateline._FORMS)))
def test_a_gate_ruling_out_one_form_too_many_answers_differently(form: int) -> None:
    """Mutants of the gate: each also rules out one more form whenever it rules out any; the
    examples catch every one of them."""
    rules = default_rules()
    real = dateline._ruled_out

    def mutant(text: str, pos: int, given_rules: bool) -> int:
        return real(text, pos, given_rules) | 1 << form

    assert _answers(_EXAMPLES, rules, mutant) != _answers(_EXAMPLES, rules, None)


def _bit(form: object) -> int:
    return 1 << dateline._FORMS.index(form)  # type: ignore[arg-type]


# Mutants of single tests of the gate: a dash test that knows one dash, a colon test that
# looks for a dash, the capital test ruling out the place in any script's capitals, a comma
# test that looks only a few characters ahead, the title-case place's second letter only ASCII,
# the wire place's test looking for a colon.
_MUTANTS: list[Callable[[str, int], int]] = [
    lambda t, pos: _bit(dateline._TITLE_PLACE) if "—" not in t[pos:] else 0,
    lambda t, pos: _bit(dateline._TITLE_COLON_PLACE) if "—" not in t[pos:] else 0,
    lambda t, pos: _bit(dateline.CAPS_DATELINE) if not "A" <= t[pos : pos + 1] <= "Z" else 0,
    lambda t, pos: _bit(dateline._TITLE_DATELINE) if "," not in t[pos : pos + 6] else 0,
    lambda t, pos: _bit(dateline._DATE_ONLY) if not t.startswith("Jun", pos) else 0,
    lambda t, pos: _bit(dateline._TITLE_PLACE) if not "a" <= t[pos + 1 : pos + 2] <= "z" else 0,
    lambda t, pos: _bit(dateline._TITLE_WIRE_PLACE) if ":" not in t[pos:] else 0,
]


@pytest.mark.parametrize("mutant", range(len(_MUTANTS)))
def test_mutants_of_the_gates_tests_answer_differently(mutant: int) -> None:
    rules = default_rules()
    real = dateline._ruled_out

    def gate(text: str, pos: int, given_rules: bool) -> int:
        return real(text, pos, given_rules) | _MUTANTS[mutant](text, pos)

    assert _answers(_EXAMPLES, rules, gate) != _answers(_EXAMPLES, rules, None)


def test_month_stems_open_with_a_capital_and_a_small_letter() -> None:
    """The gate rules the date alone out by the opening's first two characters: every stem
    opens with an ASCII capital and a lower-case ASCII letter."""
    for stem in dateline._MONTH_OPENINGS:
        assert "A" <= stem[0] <= "Z" and "a" <= stem[1] <= "z", stem


def test_groups_read_as_groupdict_on_every_form_and_the_line_dateline() -> None:
    """dateline._groups is ``groupdict()`` through one ``group`` call (the regex module's
    ``groupdict`` costs five of them): the same names and values on every form's matches,
    duplicated names ("place", "agency", "sep" written twice in a form) included."""
    import regex

    seen = 0
    for text in [*_EXAMPLES, "FRISCO, Texas", "NEW YORK/LONDON - The", "TORONTO, May 23, 2025 /CNW/ - The"]:
        for form in (*dateline._FORMS, dateline._LINE_DATELINE, dateline._DASHED_DATE_DATELINE):
            m = form.match(text)
            if m is not None:
                assert dateline._groups(m) == m.groupdict(), (text, form.pattern)
                seen += 1
    assert seen > len(_EXAMPLES) // 2
    one = regex.match(r"(?P<only>a)b?", "ab")  # a near miss: one name, group() gives no tuple
    assert one is not None and dateline._groups(one) == {"only": "a"}


def test_placed_forms_are_those_with_a_place_group() -> None:
    for form in dateline._FORMS:
        assert bool(dateline._PLACED & _bit(form)) == ("place" in form.groupindex), form.pattern
