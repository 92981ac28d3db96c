"""Each layout rule's test fails without the rule: disable one rule at a time, run its test.

    python benchmarks/layout_mutants.py

For every (module, function, test) below, the function is made to return at once (the rule
switched off), the test is run, and the source is restored. Every line should read
"FAILS (good)": a test that passes with its rule switched off tests nothing.
"""

from __future__ import annotations

import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CASES = [
    (
        "newsclean/layout/furniture.py",
        "def is_pagination(text: str) -> bool:",
        "test_furniture_before_the_entries_is_removed_by_shape",
    ),
    (
        "newsclean/layout/furniture.py",
        "def is_ui_command(text: str) -> bool:",
        "test_furniture_before_the_entries_is_removed_by_shape",
    ),
    (
        "newsclean/layout/decor.py",
        "def outlet_opener(draft: Draft, rules: RuleSet, ledger: Ledger) -> None:",
        "test_an_outlet_opening_the_teaser_and_the_link_closing_it",
    ),
    (
        "newsclean/layout/decor.py",
        "def teaser_link(draft: Draft, ledger: Ledger) -> None:",
        "test_an_outlet_opening_the_teaser_and_the_link_closing_it",
    ),
    (
        "newsclean/layout/decor.py",
        "def glued_title(draft: Draft) -> None:",
        "test_a_title_glued_to_its_teaser_is_split_at_the_glue",
    ),
    (
        "newsclean/layout/decor.py",
        "def teaser_trailer(draft: Draft, rules: RuleSet, ledger: Ledger) -> None:",
        "test_a_listing_of_closed_teaser_lines_is_one_entry_per_line",
    ),
    (
        "newsclean/layout/cards.py",
        "def card(draft: Draft, ledger: Ledger, kickers: frozenset[str]) -> None:",
        "test_one_line_cards_give_section_title_date_and_teaser",
    ),
    (
        "newsclean/layout/oneline.py",
        "def split_teaser_feeds(items: list[Item], shapes: list[Shape], layout: Layout) -> None:",
        "test_a_listing_of_closed_teaser_lines_is_one_entry_per_line",
    ),
    (
        "newsclean/layout/__init__.py",
        "def _recurring_trailers(items: list[Item], shapes: list[Shape], layout: Layout, ledger: Ledger) -> None:",
        "test_a_label_under_every_entry_is_a_widget_varied_labels_are_sections",
    ),
    (
        "newsclean/layout/__init__.py",
        "def _keep_story_whole(layout: Layout, shapes: list[Shape], strong: list[bool], markers: dict[int, Item]) -> None:",
        "test_a_digest_of_subheaded_items_stays_one_story_without_a_related_heading",
    ),
]
for path, sig, test in CASES:
    p = ROOT / path
    orig = p.read_text()
    # the signature may have been rewrapped since the case was written: find it by name
    name = sig.split("(")[0][4:]
    m = re.search(rf"^def {name}\(.*?\)\s*->\s*(?P<ret>[^:\n]+):\n", orig, re.S | re.M)
    assert m is not None, sig
    # insert an early return right after the signature (before the docstring: still valid)
    early = "False" if m.group("ret").strip() == "bool" else "None"
    mutated = orig[: m.end()] + f"    return {early}  # MUTANT\n" + orig[m.end() :]
    p.write_text(mutated)
    try:
        r = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-x", "tests/test_layout_rules.py", "-k", test],
            capture_output=True, text=True, cwd=ROOT,
        )  # fmt: skip
        print("FAILS (good)" if r.returncode else "PASSES (bad)", path, sig.split("(")[0][4:], "->", test)
    finally:
        p.write_text(orig)
