"""The shared word knowledge lives in one place, below the stages that read it."""

from __future__ import annotations

import ast
from pathlib import Path

import regex

import newsclean.lexicon as lexicon

PACKAGE = Path(lexicon.__file__).parent


def test_the_lexicon_imports_nothing_from_the_package() -> None:
    """Any stage may import it, so it may import no stage (no loop, nothing pointing up)."""
    tree = ast.parse(Path(lexicon.__file__).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            assert node.level == 0 and not (node.module or "").startswith("newsclean"), ast.dump(node)
        if isinstance(node, ast.Import):
            assert not any(a.name.startswith("newsclean") for a in node.names)


def test_month_names_and_role_lists_are_written_once() -> None:
    """The month alternation and the byline role lists are not spelled out again in code."""
    repeated = [lexicon.MONTH_STEMS, "Correspondent|Reporter", "Presenter|Reporter", "herald gazette courier"]
    repeated += ["Jan|Feb", "jan|feb", "January|February", '"January"', '"JANUARY"', "january jan", "jan|januar"]
    for path in PACKAGE.rglob("*.py"):
        if path.name == "lexicon.py":
            continue
        source = path.read_text(encoding="utf-8")
        for words in repeated:
            assert words not in source, (path, words)


def test_the_month_lists_agree_with_each_other() -> None:
    """One table: the English names open its rows, the stems and shortened forms come from
    the names, and the New Year check's January words are the table's."""
    assert len(lexicon.MONTH_NAMES) == len(lexicon.MONTH_WORDS) == lexicon.MONTHS_IN_YEAR
    for name, abbreviation, words in zip(
        lexicon.MONTH_NAMES, lexicon.MONTH_ABBREVIATIONS, lexicon.MONTH_WORDS, strict=True
    ):
        assert words.split()[0] == name.lower() and abbreviation.lower() in words.split()
    assert "May" not in lexicon.SHORTENED_MONTHS and "Sept" in lexicon.SHORTENED_MONTHS
    assert set(lexicon.NEW_YEAR_JANUARY) <= set(lexicon.MONTH_WORDS[0].split())


def test_month_stems_read_every_month_and_its_short_forms() -> None:
    month = regex.compile(rf"(?:{lexicon.MONTH_STEMS})[a-z]{{0,6}}\.?")
    for name in ("January", "Feb.", "Sept.", "Sep", "May", "December"):
        assert month.fullmatch(name), name
    assert not month.fullmatch("Maybe not")


def test_the_sentence_end_sets_differ_only_where_their_jobs_do() -> None:
    """All three close on a full stop, "!" and "?"; only the clause set takes a comma."""
    sets = (lexicon.CLAUSE_END, lexicon.BLOCK_SENTENCE_END, lexicon.CAPTION_SENTENCE_END)
    for ends in sets:
        assert {".", "!", "?"} <= set(ends)
    assert "Jane Roe, Staff Writer".endswith(lexicon.CLAUSE_END) is False
    assert "a clause,".endswith(lexicon.CLAUSE_END)
    assert not "a clause,".endswith(lexicon.BLOCK_SENTENCE_END)
    assert "“Zitat“".endswith(lexicon.CAPTION_SENTENCE_END)


def test_role_words_are_lower_case_and_staff_roles_name_them() -> None:
    """The splitter compares lower-cased words; every staff role's words are role words."""
    assert all(w == w.lower() for w in lexicon.ROLE_WORDS)
    for role in lexicon.STAFF_ROLES:
        assert {w.lower() for w in role.split()} <= lexicon.ROLE_WORDS, role
