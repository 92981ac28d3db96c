"""Syndication: copies under light edits cluster, different write-ups of an event do not.

Stories here were written for this test. Each edit type is measured as pairwise precision
and recall over a small family set, so a regression names the edit that broke.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from conftest import FIXTURES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Article, syndication
from newsclean.cli import main
from newsclean.syndication import Clusterer

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

FAST = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

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


# --- Scale: one story copied many times, chains of edits, and the input order --------------

SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]


def invented_paragraphs(rng: random.Random, count: int) -> list[str]:
    """Sentences of invented words: no shared phrases between stories unless copied."""
    vocab = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))) for _ in range(3000)]
    return [" ".join(rng.choice(vocab) for _ in range(rng.randint(12, 20))).capitalize() + "." for _ in range(count)]


def light_edit(rng: random.Random, paragraphs: list[str]) -> list[str]:
    """One of the edits aggregators make: a paragraph dropped or added, one word changed."""
    out = list(paragraphs)
    kind = rng.randrange(3)
    if kind == 0 and len(out) > 4:
        del out[rng.randrange(1, len(out))]
    elif kind == 1:
        out.insert(rng.randrange(len(out)), invented_paragraphs(rng, 1)[0])
    else:
        k = rng.randrange(len(out))
        words = out[k].split()
        words[rng.randrange(len(words))] = "zouvaimo"
        out[k] = " ".join(words)
    return out


def chains(seed: int, families: int, length: int, edits: int) -> list[Article]:
    """Families where each copy edits the one before: the ends of a chain can be far apart."""
    rng = random.Random(seed)
    items = []
    for f in range(families):
        text = invented_paragraphs(rng, 8)
        for k in range(length):
            items.append(article(text, f"Outlet {f}-{k}"))
            for _ in range(edits):
                text = light_edit(rng, text)
    rng.shuffle(items)
    return items


def all_pairs_partition(c: Clusterer) -> set[frozenset[int]]:
    """What comparing every pair that shares an LSH band gives: the reference the clusterer must equal."""
    sigs = c._sigs.view()
    n = len(sigs)
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for i in range(n):
        share = np.zeros(n, dtype=bool)
        for band in range(c.bands):
            cols = slice(band * c.rows, (band + 1) * c.rows)
            share |= (sigs[:, cols] == sigs[i, cols]).all(axis=1)
        similar = (sigs == sigs[i]).sum(axis=1) / sigs.shape[1] >= c.threshold
        for j in np.flatnonzero(share & similar).tolist():
            parent[find(j)] = find(i)
    groups: dict[int, set[int]] = {}
    for it in c._items:
        groups.setdefault(find(it.text), set()).add(it.index)
    return {frozenset(g) for g in groups.values() if len(g) > 1}


@pytest.mark.parametrize(("threshold", "edits"), [(0.5, 2), (0.8, 1)])
def test_clusters_equal_comparing_every_pair_in_a_bucket(
    threshold: float, edits: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = chains(seed=3, families=4, length=30, edits=edits)

    def run() -> tuple[set[frozenset[int]], set[frozenset[int]]]:
        c = Clusterer(threshold)
        for i, a in enumerate(items):
            c.add(i, a)
        return {frozenset(cl.members) for cl in c.clusters()}, all_pairs_partition(c)

    got, reference = run()
    assert got == reference
    # The chains are long enough that a bucket's leader alone misses links: the scans of the
    # members that do not match it are what make the two agree.
    monkeypatch.setattr(syndication, "MAX_MISFITS", 0)
    leaders_only, _ = run()
    assert leaders_only != reference


def test_a_story_copied_thousands_of_times_is_one_cluster_at_linear_cost() -> None:
    rng = random.Random(8)
    story = invented_paragraphs(rng, 10)
    comparisons = []
    for copies in (300, 1200):
        c = Clusterer()
        for i in range(copies):
            c.add(i, article(story if i % 2 else light_edit(rng, story), f"Outlet {i}"))
        (only,) = c.clusters()
        assert only.members == list(range(copies))
        assert c.stats.texts < copies  # word-for-word copies share one signature
        comparisons.append(c.stats.comparisons)
    # Comparing within buckets pair by pair would grow 16x from 300 to 1,200 copies.
    assert comparisons[1] <= 4.5 * comparisons[0], comparisons


STAMPS = [None, datetime(2025, 6, 9, 8, tzinfo=UTC), datetime(2025, 6, 9, 12, tzinfo=UTC)]
AGENCIES = [[], ["Reuters"], ["AP"], ["AP", "Reuters"]]


@FAST
@given(st.data())
def test_clusters_do_not_depend_on_input_order(data: st.DataObject) -> None:
    items: list[Article] = []
    for story in STORIES[: data.draw(st.integers(1, 3))]:
        for _ in range(data.draw(st.integers(1, 5))):
            edit = data.draw(st.sampled_from([*sorted(EDITS), "none", "cut"]))
            paragraphs = story if edit == "none" else story[:3] if edit == "cut" else EDITS[edit](story)
            stamp, credits = data.draw(st.sampled_from(STAMPS)), data.draw(st.sampled_from(AGENCIES))
            items.append(article(paragraphs, f"Outlet {len(items)}", published_at=stamp, credits=credits))
    order = data.draw(st.permutations(range(len(items))))

    def described(clusters: list[syndication.Cluster], position: Sequence[int]) -> set[tuple[object, ...]]:
        return {
            (frozenset(position[m] for m in c.members), position[c.canonical], tuple(c.outlets), c.origin)
            for c in clusters
        }

    as_given = described(newsclean.cluster(items), range(len(items)))
    shuffled = described(newsclean.cluster([items[k] for k in order]), order)
    assert shuffled == as_given


def test_canonical_among_equal_times_is_the_longest_and_origin_ties_go_to_it() -> None:
    when = datetime(2025, 6, 9, 8, tzinfo=UTC)
    items = [
        article(STORIES[1][:4], "Short Copy", published_at=when, credits=["AP"]),
        article(STORIES[1], "Full Copy", published_at=when, credits=["Reuters"]),
    ]
    for ordered in (items, items[::-1]):
        (c,) = newsclean.cluster(ordered)
        assert ordered[c.canonical].outlet == "Full Copy"
        assert c.origin == "Reuters"  # one credit each: the canonical copy's agency


def test_lsh_bands_are_datasketchs_choice_and_an_exact_threshold_works() -> None:
    # The (bands, rows) datasketch's MinHashLSH picked for 128 permutations before this module
    # chose them itself: the same buckets, so the same clusters.
    assert [syndication.lsh_bands(t, 128) for t in (0.3, 0.5, 0.7, 0.8, 0.9)] == [
        (37, 3), (25, 5), (14, 9), (9, 13), (5, 25)
    ]  # fmt: skip
    exact = [article(STORIES[0], "A"), article(STORIES[0], "B"), article(EDITS["added-paragraph"](STORIES[0]), "C")]
    assert [c.members for c in newsclean.cluster(exact, threshold=1.0)] == [[0, 1]]


def test_a_long_body_is_hashed_in_blocks_to_the_same_signature() -> None:
    hasher = syndication._Hasher()
    hashes = random.Random(2).sample(range(1 << 32), 3 * syndication._HASH_BLOCK + 5)
    hv = np.array(hashes, dtype=np.uint64)
    whole = ((hv[:, None] * hasher.a[None, :] + hasher.b[None, :]) % hasher.prime & np.uint64(0xFFFFFFFF)).min(axis=0)
    assert (hasher.signature(iter(hashes)) == whole).all()


@pytest.mark.parametrize(
    ("bad", "field"),
    [
        ("a string", "an article must be an object"),
        ({"body": 123}, "'body'"),
        ({"body": "Some words.", "credits": 5}, "'credits'"),
        ({"paragraphs": [1, 2]}, "'paragraphs'"),
        ({"body": "Some words.", "published_at": "yesterday"}, "'published_at'"),
        ({"body": "Some words.", "outlet": ["A"]}, "'outlet'"),
    ],
)
def test_an_article_of_the_wrong_types_raises_a_clear_type_error(bad: object, field: str) -> None:
    with pytest.raises(syndication.BadArticle, match=field) as info:
        newsclean.cluster([{"body": " ".join(STORIES[0])}, bad])  # type: ignore[list-item]
    assert isinstance(info.value, TypeError)
