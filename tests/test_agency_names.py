"""Agency and photo-service names live in the rule files; the patterns that read them are
built from those lists, never spelled out in code."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import newsclean
from newsclean.layout.shapes import _credit_tag_pattern, credit_tag
from newsclean.rules import bundled_names, default_rules

PACKAGE = Path(newsclean.__file__).parent

STORY = (
    "Harbour ferry fares rise\n\n"
    "The council of Kessel voted on Tuesday to raise ferry fares for the first time in a decade.\n\n"
    "Commuters queue at the north pier before the first crossing. KESSELWIRE/Jane Roe\n\n"
    "The new fares take effect in the spring, the council said.\n"
)


def _rules(tmp_path: Path, toml: str) -> newsclean.RuleSet:
    path = tmp_path / "mine.toml"
    path.write_text(toml, encoding="utf-8")
    return newsclean.load_rules(path)


def test_a_wire_credit_of_a_users_rule_file_closes_a_caption(tmp_path: Path) -> None:
    """The wire photo credit ("AGENCY/Photographer") is read for the agencies the rule files
    list: without the user's agency the line is story text, with it a caption and a credit."""
    plain = newsclean.extract(STORY).articles[0]
    assert "KESSELWIRE/Jane Roe" in plain.body
    rules = _rules(tmp_path, '[photo_credits]\nwire_credits = ["KESSELWIRE"]\n')
    article = newsclean.extract(STORY, rules=rules).articles[0]
    assert "KESSELWIRE" not in article.body
    assert article.captions == ["Commuters queue at the north pier before the first crossing."]


def test_the_bundled_wire_credit_still_reads_reuters_pictures() -> None:
    text = STORY.replace("KESSELWIRE", "REUTERS")
    article = newsclean.extract(text).articles[0]
    assert "REUTERS" not in article.body and len(article.captions) == 1


def test_closing_credit_names_come_from_the_bundled_rule_file() -> None:
    names = bundled_names("photo_credits", "closing_credit_names")
    assert "Getty Images" in names and "AP Photo" in names
    assert credit_tag("Crowds at the pier on Sunday (Jane Roe via AP Photo)") is not None
    assert credit_tag("Crowds at the pier on Sunday (a quiet morning)") is None
    tag = _credit_tag_pattern(("Coast Images",))
    assert tag.search("Boats in the harbour (staff, Coast Images)") is not None
    assert tag.search("Boats in the harbour (staff, Getty Images)") is None  # only the names given
    assert tag.search("Boats (x.y+z) (staff)") is None  # a name with pattern characters is escaped
    assert _credit_tag_pattern(("x.y+z",)).search("Boats (staff x.y+z)") is not None


def test_a_users_file_may_not_set_the_layouts_closing_credit_names(tmp_path: Path) -> None:
    """The layout reads that list once, from the bundled files: a user's entry would be
    silently ignored, so it is an error that says where the name belongs."""
    with pytest.raises(newsclean.RulesError, match=r"closing_credit_names.*photo_credits\.names"):
        _rules(tmp_path, '[photo_credits]\nclosing_credit_names = ["Coast Images"]\n')


def test_no_pattern_in_code_spells_out_an_agency_or_photo_service() -> None:
    """Every regex the package compiles is free of the rule files' agency names (three
    letters or more) and of the names the layout's and captions' credit patterns are built
    from: those patterns are built from the lists."""
    rules = default_rules()
    names = {n for n in rules.agencies.values() if len(n) >= 3}
    names |= set(bundled_names("photo_credits", "closing_credit_names")) | set(rules.wire_credits)
    spelled = re.compile("|".join(rf"(?<![\w\\]){re.escape(n)}(?!\w)" for n in sorted(names)))
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "compile" and node.args):
                continue
            for part in ast.walk(node.args[0]):
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    found = spelled.search(part.value)
                    assert found is None, (str(path.relative_to(PACKAGE)), node.lineno, found.group(0))
