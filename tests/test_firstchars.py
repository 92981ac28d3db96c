"""The first-character split of the line rules: it may try a pattern that cannot match, never
skip one that can."""

from __future__ import annotations

import re

import pytest

from newsclean.firstchars import ByFirstChar, first_chars


@pytest.mark.parametrize(
    ("pattern", "firsts"),
    [
        ("(?:Click|Tap) here", {"c", "t"}),
        (r"\(?(?:Foto|Bild)s?:", {"(", "f", "b"}),
        ("(?i:related|MORE) stories", {"r", "m"}),
        (r"(?:(?:—|–|-{1,2}) ?)?[Ww]ith", {"—", "–", "-", "w"}),
        ("(?=Sign)Sign up", {"s"}),
        ("[A-C]x", {"a", "b", "c"}),
        (r"\d{1,2}:\d{2}", None),  # a category: tried on every line
        ("x?", None),  # may match empty
        (".+", None),
        ("[^a]b", None),
    ],
)
def test_first_chars(pattern: str, firsts: set[str] | None) -> None:
    assert first_chars(pattern) == (frozenset(firsts) if firsts is not None else None)


def test_a_line_tries_every_rule_that_can_match_it_in_order() -> None:
    rules = [
        (r"\d{1,2}:\d{2}", "r.clock", None),
        ("(?i)share(?: this)?", "r.share", None),
        ("Share this article", "r.never-reached", None),  # the earlier rule matches first
        ("(?:Sign|Log) in", "r.sign", "end"),
    ]
    by_first = ByFirstChar(rules)
    lines = ["12:30", "SHARE", "share this", "Share this article", "Log in", "Sign in", "Signing", "ſhare", "x"]
    for line in lines:
        want = next(((rid, sec) for p, rid, sec in rules if re.fullmatch(p, line)), None)
        assert by_first.match(line) == want, line


def test_a_line_longer_than_a_rule_can_match_skips_it_and_is_read_as_before() -> None:
    rules = [
        ("Read (?:more|on)", "r.short", None),  # at most 9 characters
        ("Read [a-z ]{1,40}", "r.wide", None),
        ("Read .+", "r.unbounded", None),
    ]
    by_first = ByFirstChar(rules)
    lines = ["Read more", "Read on", "Read all of it here", "Read " + "x" * 50, "Read mor", "Reading"]
    for line in lines:
        want = next(((rid, sec) for p, rid, sec in rules if re.fullmatch(p, line)), None)
        assert by_first.match(line) == want, line
    by_first.match("Read more")
    assert [w for _, _, _, w, _ in by_first._parts["r"]] == [9, 45, float("inf")]
