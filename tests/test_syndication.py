"""Syndication: copies under light edits cluster, different write-ups of an event do not.

Stories here were written for this test. Each edit type is measured as pairwise precision
and recall over a small family set, so a regression names the edit that broke.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import FIXTURES

import newsclean
from newsclean import Article
from newsclean.cli import main

STORIES = [
    [
        "The harbour authority of Port Avelin said on Monday that it would begin rebuilding the "
        "eastern breakwater in March, after winter storms opened a gap of almost forty metres in it.",
        "Engineers will first place rock armour along the damaged section, a job the authority "
        "expects to take about six weeks, before work starts on a new concrete crown.",
        "The mayor said the town would ask the regional government for help with the cost, which "
        "officials put at around twelve million, and for closer co-operation on coastal defence.",
        "Fishing crews have complained since January that swells now reach the inner harbour, "
        "damaging moorings and keeping smaller boats tied up for days at a time.",
        "The authority said a temporary barrier of sunken barges had reduced the swell but could "
        "not stay in place through another season of gales.",
    ],
    [
        "A textile maker in the northern city of Lorenza will open a second factory next year and "
        "hire about four hundred workers, the company told investors on Thursday.",
        "Orders from buyers in the United States and Europe have risen for three straight quarters, "
        "chief executive Mara Okonjo said, as retailers spread their purchases across more suppliers.",
        "The new plant will make knitwear and use recycled fibre for about a third of its output, "
        "a share the company hopes to double within five years.",
        "Analysts said the expansion was a bet that tariffs on rival producers would last, and "
        "warned that the firm's margins had narrowed as cotton prices climbed.",
        "Shares in the company rose four percent after the announcement before easing in afternoon trade.",
    ],
    [
        "Volunteers counted more than two thousand migrating cranes over the Kessel wetlands on "
        "Saturday, the highest number recorded since the reserve opened in 1998.",
        "The count, held every autumn, is used by the regional wildlife organisation to track how "
        "the birds respond to changes in water levels on the marshes.",
        "Rangers said the wet summer had left more shallow pools than usual, giving the cranes "
        "places to roost safely at night away from foxes.",
        "The reserve will keep its observation hides open at dawn and dusk until the end of "
        "November, and asks visitors to keep dogs on a lead near the water.",
    ],
]

# The first story's event written up independently: same facts, a shared quote, own words.
REWRITE = [
    "Repairs to Port Avelin's storm-battered breakwater will start in March, harbour officials "
    "announced, ending months of uncertainty for the town's fishing fleet.",
    "Storms in the winter tore a hole nearly forty metres wide in the structure. Rock will be "
    "laid first, and a concrete cap built later, according to the harbour authority.",
    "Boat owners have been unable to use the inner harbour safely since the new year. The town "
    "hopes regional money will cover much of the twelve-million bill.",
    "Barges sunk as a stopgap have helped, officials said, but they are not a long-term answer.",
]

Edit = Callable[[list[str]], list[str]]
EDITS: dict[str, Edit] = {
    "spelling": lambda ps: [
        p.replace("co-operation", "cooperation").replace("organisation", "organization").replace("defence", "defense")
        for p in ps
    ],
    "us-spelled-out": lambda ps: [p.replace("the United States", "the US") for p in ps],
    "dropped-paragraph": lambda ps: ps[:2] + ps[3:],
    "added-paragraph": lambda ps: [*ps, "The statement was issued by the press office late in the afternoon."],
    "dateline-and-said-today": lambda ps: ["SEOUL: " + ps[0].replace("on Monday", "today"), *ps[1:]],
}


def article(paragraphs: list[str], outlet: str, **kw: object) -> Article:
    return Article(role="main", outlet=outlet, paragraphs=paragraphs, **kw)  # type: ignore[arg-type]


def pairs(groups: list[list[int]]) -> set[tuple[int, int]]:
    return {(a, b) for g in groups for a in g for b in g if a < b}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_precision_and_recall_per_edit_type(edit: str) -> None:
    items: list[Article] = []
    truth: list[list[int]] = []
    for k, story in enumerate(STORIES):
        family = [len(items), len(items) + 1]
        items.append(article(story, f"Outlet {k}a"))
        items.append(article(EDITS[edit](story), f"Outlet {k}b"))
        truth.append(family)
    items.append(article(REWRITE, "Other Newsroom"))  # must stay alone
    got = pairs([c.members for c in newsclean.cluster(items)])
    want = pairs(truth)
    precision = len(got & want) / len(got) if got else 1.0
    recall = len(got & want) / len(want)
    assert precision == 1.0 and recall == 1.0, (edit, precision, recall)


def test_an_independent_write_up_never_joins() -> None:
    items = [article(STORIES[0], "Wire"), article(REWRITE, "Other Newsroom")]
    assert newsclean.cluster(items) == []


def test_canonical_outlets_and_origin() -> None:
    early = datetime(2025, 6, 9, 8, tzinfo=UTC)
    items = [
        article(STORIES[1], "Late Copy", published_at=datetime(2025, 6, 9, 12, tzinfo=UTC)),
        article(STORIES[1][:3], "Short Copy"),
        article(EDITS["spelling"](STORIES[1]), "Early Copy", published_at=early, credits=["Reuters"]),
    ]
    (c,) = newsclean.cluster(items)
    assert c.members == [0, 1, 2]
    assert c.canonical == 2  # the earliest published
    assert c.outlets == ["Early Copy", "Late Copy", "Short Copy"]
    assert c.origin == "Reuters"
    undated = [article(STORIES[1][:3], "A"), article(STORIES[1], "B")]
    assert newsclean.cluster(undated)[0].canonical == 1  # else the longest body


def test_stubs_under_min_words_are_ignored() -> None:
    stub = ["Port Avelin breakwater repairs to start in March."]
    assert newsclean.cluster([article(stub, "A"), article(stub, "B")]) == []
    assert newsclean.cluster([article(stub, "A"), article(stub, "B")], min_words=3)


def test_seed_reuters_copies_form_one_cluster_and_nothing_else_joins() -> None:
    articles: list[Article] = []
    where: list[tuple[str, int]] = []
    for path in sorted((FIXTURES / "seeds").glob("*.txt")):
        page = newsclean.extract(path.read_text(encoding="utf-8"))
        for i, a in enumerate(page.articles):
            articles.append(a)
            where.append((path.stem[:3], i))
    clusters = newsclean.cluster(articles)
    assert len(clusters) == 1
    assert sorted(where[m] for m in clusters[0].members) == [("000", 0), ("001", 0), ("001", 3), ("003", 0)]
    assert clusters[0].origin == "Reuters"


def test_cluster_command_streams_convert_output(tmp_path: Path) -> None:
    converted = tmp_path / "pages.jsonl"
    assert main(["convert", str(FIXTURES / "seeds"), "-o", str(converted), "--quiet"]) == 0
    out = tmp_path / "clusters.jsonl"
    assert main(["cluster", str(converted), "-o", str(out), "--quiet"]) == 0
    (line,) = out.read_text(encoding="utf-8").splitlines()
    rec = json.loads(line)
    assert len(rec["members"]) == 4 and rec["origin"] == "Reuters"
    assert {m["source"].rsplit("/", 1)[-1][:3] for m in rec["members"]} == {"000", "001", "003"}
