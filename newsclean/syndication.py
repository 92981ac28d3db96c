"""Recognising the same story across outlets and pages: MinHash LSH over word shingles.

Aggregators republish wire copy with light edits (a dropped paragraph, "co-operation" for
"cooperation", "the US" for "the United States", another dateline form). Bodies are
normalised so those edits vanish or touch few shingles, hashed into MinHash signatures, and
bucketed with locality-sensitive hashing so that only likely pairs are ever compared. Pairs
whose estimated Jaccard similarity reaches ``threshold`` are joined transitively.

One wire story is often reprinted by thousands of sites, so the cost must grow with the
number of articles whatever the size of a family, never with the number of pairs:

* copies whose normalised words are identical collapse onto one *text* by a content hash
  before any MinHash work (the everyday case: the same agency copy, word for word);
* inside an LSH bucket, members are compared with the bucket's *leader*, and only the few that
  do not match it with the rest of the bucket, never all pairs (see :func:`_bucket_edges`);
  the edges are joined with union-find.

Every choice that could depend on the order of the input (which text leads a bucket, which
copy is canonical, which agency is the origin on a tie) is made on the content instead, so
shuffling the input never changes the clusters.

Different write-ups of one event (two newsrooms' own reports) share facts and quotes but
few five-word runs, so they stay apart.
"""

from __future__ import annotations

import functools
import hashlib
import math
import unicodedata
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import regex
from pydantic import BaseModel, Field

from .errors import NewscleanError
from .models import Article

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

SHINGLE = 5  # words per shingle: long enough that unrelated stories rarely share one
NUM_PERM = 128
# Misfits per LSH bucket compared with the whole bucket (see _bucket_edges); this bounds the
# comparisons per text at bands x (1 + MAX_MISFITS) in the worst case. The most misfits one
# bucket had in benchmarks/cluster.py data: 1 (200,000 articles in small families, threshold
# 0.5), 3 (same, 0.8), 0 and 223 (100,000 copies of one story, 0.5 and 0.8), 59 (3 stories in
# 12 successive versions of 100 copies each, 0.5). Clusters equalled those of comparing every
# pair in every one of these, the last included: misfits past the bound met elsewhere.
MAX_MISFITS = 32
# Pairs compared per numpy step: (pairs x permutations) values are gathered at once.
_PAIR_BLOCK = 1 << 15
# Shingle hashes are turned into signature rows this many at a time: a 20 MB body has three
# million shingles, and one (shingles x permutations) matrix of them would take 3 GB.
_HASH_BLOCK = 4096
_WORD = regex.compile(r"[\p{L}\p{N}]+")
# Spellings that differ between outlets' house styles; mapped to one form before shingling.
_EQUIVALENTS = {
    "united states": "us", "u s": "us", "united kingdom": "uk", "u k": "uk", "per cent": "percent",
    "organisation": "organization", "neighbour": "neighbor", "defence": "defense", "programme": "program",
}  # fmt: skip
_EQUIV_RE = regex.compile(r"\b(?:" + "|".join(regex.escape(k) for k in _EQUIVALENTS) + r")\b")


class BadArticle(NewscleanError, TypeError):
    """An article handed to the clusterer has a field of the wrong type; the message names it."""


class Cluster(BaseModel):
    """Articles that carry the same text: indices into the input list."""

    members: list[int]
    canonical: int = Field(description="earliest published_at, else the longest body")
    outlets: list[str] = Field(default_factory=list)
    origin: str | None = Field(default=None, description="the agency credited for the text, when one is")


@dataclass(slots=True)
class Item:
    """What clustering keeps of an article: enough to choose the canonical copy and report."""

    index: int
    text: int  # which distinct normalised text the article carries
    words: int
    published: float  # POSIX time; infinity when the article has none
    outlet: str | None
    credits: tuple[str, ...]


@dataclass
class ClusterStats:
    """What a run did, so a caller can see that the shortcuts held (and report when they did not)."""

    articles: int = 0  # articles kept (long enough)
    texts: int = 0  # distinct normalised texts among them: MinHash work was done for these only
    comparisons: int = 0  # signature comparisons made in LSH buckets
    uncompared: int = 0  # misfits compared with their leader only: their bucket had over MAX_MISFITS


def normalise(text: str) -> list[str]:
    """Words of ``text`` with case, accents of form, hyphens and house spellings evened out."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("-", "").replace("\u2019", "'").replace(".", " ")
    text = _EQUIV_RE.sub(lambda m: _EQUIVALENTS[m.group(0)], text)
    return _WORD.findall(text)


def shingles(words: Sequence[str], k: int = SHINGLE) -> set[bytes]:
    if len(words) < k:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)}


def _shingle_hashes(words: Sequence[str], k: int = SHINGLE) -> Iterator[int]:
    """CRC-32 of each shingle, without building the set of shingle strings (a long body has millions)."""
    if len(words) < k:
        if words:
            yield zlib.crc32(" ".join(words).encode())
        return
    for i in range(len(words) - k + 1):
        yield zlib.crc32(" ".join(words[i : i + k]).encode())


@functools.lru_cache(maxsize=16)
def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """Bands and rows per band that minimise missed plus spurious pairs around ``threshold``.

    The probability that two texts of similarity ``s`` share a band is ``1 - (1 - s**r)**b``;
    the false positives are its integral below the threshold, the false negatives that of its
    complement above, weighted equally (datasketch's ``MinHashLSH`` choice, which this
    reproduces exactly for every threshold in steps of 0.01, so clusters are unchanged).
    """
    import numpy as np

    x, w = np.polynomial.legendre.leggauss(64)
    below, w_below = (x + 1) * threshold / 2, w * threshold / 2
    above, w_above = threshold + (x + 1) * (1 - threshold) / 2, w * (1 - threshold) / 2
    best, choice = math.inf, (1, num_perm)
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            false_pos = float(np.sum(w_below * (1 - (1 - below**r) ** b)))
            false_neg = float(np.sum(w_above * (1 - above**r) ** b))
            error = 0.5 * false_pos + 0.5 * false_neg
            if error < best:
                best, choice = error, (b, r)
    return choice


class _Hasher:
    """MinHash signatures with numpy: one vectorised pass per block of shingles, no per-shingle Python work."""

    def __init__(self, num_perm: int = NUM_PERM, seed: int = 1) -> None:
        import numpy as np

        self.num_perm = num_perm
        self.seed = seed
        rng = np.random.RandomState(seed)
        self.prime = np.uint64((1 << 61) - 1)
        self.a = rng.randint(1, (1 << 61) - 1, size=num_perm, dtype=np.uint64)
        self.b = rng.randint(0, (1 << 61) - 1, size=num_perm, dtype=np.uint64)
        self.mask = np.uint64((1 << 32) - 1)

    def signature(self, hashes: Iterator[int]) -> NDArray[np.uint32]:
        import numpy as np

        hv = np.unique(np.fromiter(hashes, dtype=np.uint64))
        sig = np.full(self.num_perm, (1 << 32) - 1, dtype=np.uint64)
        for start in range(0, hv.size, _HASH_BLOCK):
            block = hv[start : start + _HASH_BLOCK]
            phv = (block[:, None] * self.a[None, :] + self.b[None, :]) % self.prime
            np.minimum(sig, (phv & self.mask).min(axis=0), out=sig)
        return sig.astype(np.uint32)  # values are 32-bit: half the memory


class _Rows:
    """A growable matrix of signatures, one row per distinct text (no per-row Python object)."""

    def __init__(self, width: int) -> None:
        import numpy as np

        self._np = np
        self._data: NDArray[np.uint32] = np.empty((1024, width), dtype=np.uint32)
        self.n = 0

    def append(self, row: NDArray[np.uint32]) -> None:
        if self.n == len(self._data):
            bigger = self._np.empty((2 * len(self._data), self._data.shape[1]), dtype=self._data.dtype)
            bigger[: self.n] = self._data
            self._data = bigger
        self._data[self.n] = row
        self.n += 1

    def view(self) -> NDArray[np.uint32]:
        rows: NDArray[np.uint32] = self._data[: self.n]
        return rows


class Clusterer:
    """Incremental clustering: add articles one at a time (streaming), then ``clusters()``.

    Only a signature per distinct text and a few fields per article are kept, so a stream of
    any length fits in memory as long as its articles' summaries do.
    """

    def __init__(self, threshold: float = 0.5, *, min_words: int = 40, num_perm: int = NUM_PERM) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError("threshold must be in (0, 1]")
        if num_perm < 1:
            raise ValueError("num_perm must be 1 or more")
        self.threshold = threshold
        self.min_words = min_words
        self.num_perm = num_perm
        self.bands, self.rows = lsh_bands(threshold, num_perm)
        self._hasher = _Hasher(num_perm)
        self._sigs = _Rows(num_perm)
        self._text_of: dict[bytes, int] = {}  # content hash of the normalised words -> text id
        self._text_words: list[int] = []
        self._text_copies: list[int] = []  # articles carrying each text
        self._text_keys: list[int] = []  # 64 bits of the content hash: an order-free tie-break
        self._items: list[Item] = []
        self.stats = ClusterStats()

    def add(self, index: int, article: Article | dict[str, Any]) -> bool:
        """Take one article (a model, or a dict as ``convert`` writes it); False when its body is
        too short to cluster. A dict with a field of the wrong type raises :class:`BadArticle`."""
        body, published, outlet, credits = _fields(article)
        words = normalise(body)
        if len(words) < self.min_words:
            return False
        digest = hashlib.blake2b("\x1f".join(words).encode(), digest_size=16).digest()
        text = self._text_of.get(digest)
        if text is None:  # a new text: the only case that costs MinHash work
            text = self._text_of[digest] = len(self._text_words)
            self._sigs.append(self._hasher.signature(_shingle_hashes(words)))
            self._text_words.append(len(words))
            self._text_copies.append(0)
            self._text_keys.append(int.from_bytes(digest[:8], "big"))
        self._text_copies[text] += 1
        self._items.append(Item(index, text, len(words), published, outlet, credits))
        return True

    def clusters(self) -> list[Cluster]:
        """Groups of two or more articles, ordered by their first member."""
        self.stats = ClusterStats(articles=len(self._items), texts=len(self._text_words))
        root = self._text_roots()
        groups: dict[int, list[Item]] = {}
        for it in self._items:
            groups.setdefault(root[it.text], []).append(it)
        out = []
        for items in groups.values():
            if len(items) >= 2:  # noqa: PLR2004 (a cluster has two members or more)
                out.append(_summarise(items, self._text_keys))
        out.sort(key=lambda c: c.members[0])
        return out

    def _text_roots(self) -> list[int]:
        """The component of every distinct text: union-find over the edges the LSH buckets give."""
        import numpy as np

        n = len(self._text_words)
        parent = list(range(n))
        if n < 2:  # noqa: PLR2004 (nothing to pair)
            return parent
        sigs = self._sigs.view()
        words = np.asarray(self._text_words, dtype=np.int64)
        copies = np.asarray(self._text_copies, dtype=np.int64)
        keys = np.asarray(self._text_keys, dtype=np.uint64)
        # A bucket's leader is its most reprinted text, then its longest: a family of copies is a
        # star around the wire original, which most sites carry word for word and every variant
        # (a cut, an added line, a changed word) stays close to, while two variants may not be
        # close to each other. The content hash breaks ties, so the input order never decides.
        priority = np.empty(n, dtype=np.int64)
        priority[np.lexsort((keys, -words, -copies))] = np.arange(n)
        for band in range(self.bands):
            cols = sigs[:, band * self.rows : (band + 1) * self.rows]
            a, b = _bucket_edges(sigs, cols, priority, self.threshold, self.stats)
            for x, y in zip(a.tolist(), b.tolist(), strict=True):
                _union(parent, x, y)
        return [_find(parent, t) for t in range(n)]


def _bucket_edges(
    sigs: NDArray[np.uint32],
    cols: NDArray[np.uint32],
    priority: NDArray[np.int64],
    threshold: float,
    stats: ClusterStats,
) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """Pairs of similar texts among those that agree on one band, without comparing all pairs.

    A bucket's leader is its highest-priority text and every other member is compared with it
    once: a bucket of 100,000 copies costs 100,000 comparisons, not five billion. The members
    not similar to the leader (*misfits*: the far end of a chain of edits, a cut-down copy)
    are each compared with every member of their bucket, which finds every edge pairwise
    comparison would: two members that both match the leader are joined through it, and any
    edge with a misfit is found by the misfit's own scan. So the components are exactly those
    of all pairs, as long as a bucket has at most ``MAX_MISFITS`` misfits; beyond that (texts
    that share a band without being copies, by the thousand) the rest keep only their leader
    comparison, are counted in ``stats.uncompared``, and the cost stays linear.
    """
    import numpy as np

    n, width = cols.shape[0], sigs.shape[1]
    order = np.lexsort((priority, *cols.T[::-1]))  # bucket by bucket, leader first
    ordered = cols[order]
    starts = np.ones(n, dtype=bool)
    starts[1:] = (ordered[1:] != ordered[:-1]).any(axis=1)
    bucket = np.cumsum(starts) - 1
    crowded = np.bincount(bucket)[bucket] > 1
    members = order[crowded]  # text ids, crowded buckets only, each bucket contiguous
    first = starts[crowded]
    which = np.cumsum(first) - 1  # bucket number of each position
    bstart = np.flatnonzero(first)
    bsize = np.diff(np.append(bstart, members.size))
    leader = members[bstart][which]
    follower = ~first
    similar = np.zeros(members.size, dtype=bool)
    similar[follower] = _similar(sigs, members[follower], leader[follower], threshold, width)
    stats.comparisons += int(follower.sum())
    firsts, seconds = [members[similar]], [leader[similar]]
    misfit = follower & ~similar
    rank = np.cumsum(misfit)
    rank = rank - (rank[bstart] - misfit[bstart])[which]  # 1, 2, ... within each bucket
    stats.uncompared += int((misfit & (rank > MAX_MISFITS)).sum())
    scan = np.flatnonzero(misfit & (rank <= MAX_MISFITS))  # positions that compare with their whole bucket
    counts = bsize[which[scan]]
    if counts.size:
        own = np.repeat(scan, counts)
        other = bstart[which[own]] + np.arange(own.size) - np.repeat(np.cumsum(counts) - counts, counts)
        keep = other != own
        own, other = members[own[keep]], members[other[keep]]
        stats.comparisons += int(own.size)
        for i in range(0, own.size, _PAIR_BLOCK):
            a, b = own[i : i + _PAIR_BLOCK], other[i : i + _PAIR_BLOCK]
            hit = _similar(sigs, a, b, threshold, width)
            firsts.append(a[hit])
            seconds.append(b[hit])
    return np.concatenate(firsts), np.concatenate(seconds)


def _similar(
    sigs: NDArray[np.uint32], a: NDArray[np.intp], b: NDArray[np.intp], threshold: float, width: int
) -> NDArray[np.bool_]:
    """Whether each pair's estimated Jaccard similarity (share of equal MinHash values) reaches ``threshold``."""
    same: NDArray[np.bool_] = (sigs[a] == sigs[b]).sum(axis=1) / width >= threshold
    return same


def _find(parent: list[int], x: int) -> int:
    root = x
    while parent[root] != root:
        root = parent[root]
    while parent[x] != root:
        parent[x], x = root, parent[x]
    return root


def _union(parent: list[int], a: int, b: int) -> None:
    ra, rb = _find(parent, a), _find(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)


def _summarise(items: list[Item], text_keys: list[int]) -> Cluster:
    """Members, canonical copy, outlets and origin of one group, in one pass over it.

    Canonical: the earliest published, else (no member dated) the longest body; ties go to the
    longest body, then to the outlet and text, so the input order never decides. Origin: the
    agency credited by most members; on a tie, the one the canonical copy credits, else the
    first by name.
    """
    members: list[int] = []
    outlets: set[str] = set()
    credits: dict[str, int] = {}
    best = items[0]
    for it in items:
        members.append(it.index)
        if it.outlet:
            outlets.add(it.outlet)
        for c in set(it.credits):
            credits[c] = credits.get(c, 0) + 1
        if _canonical_key(it, text_keys) < _canonical_key(best, text_keys):
            best = it
    members.sort()
    origin = None
    if credits:
        top = max(credits.values())
        tied = sorted(c for c, k in credits.items() if k == top)
        origin = next((c for c in tied if c in best.credits), tied[0])
    return Cluster(members=members, canonical=best.index, outlets=sorted(outlets), origin=origin)


def _canonical_key(it: Item, text_keys: list[int]) -> tuple[float, int, str, int, int]:
    return (it.published, -it.words, it.outlet or "", text_keys[it.text], it.index)


def _fields(article: Article | dict[str, Any]) -> tuple[str, float, str | None, tuple[str, ...]]:
    """Body, publication time, outlet and credits of an article, or :class:`BadArticle` naming the field."""
    if isinstance(article, Article):
        published = article.published_at
        return article.body, _timestamp(published), article.outlet, tuple(article.credits)
    if not isinstance(article, dict):
        raise BadArticle(f"an article must be an object, not {kind_of(article)}")
    body = article.get("body")
    if body is None or body == "":
        paragraphs = article.get("paragraphs")
        if paragraphs is None:
            paragraphs = []
        if not isinstance(paragraphs, list) or not all(isinstance(p, str) for p in paragraphs):
            raise BadArticle(f"'paragraphs' must be a list of strings, not {kind_of(paragraphs)}")
        body = "\n\n".join(paragraphs)
    elif not isinstance(body, str):
        raise BadArticle(f"'body' must be a string, not {kind_of(body)}")
    outlet = article.get("outlet")
    if outlet is not None and not isinstance(outlet, str):
        raise BadArticle(f"'outlet' must be a string, not {kind_of(outlet)}")
    credits = article.get("credits")
    if credits is None:
        credits = []
    if not isinstance(credits, list) or not all(isinstance(c, str) for c in credits):
        raise BadArticle(f"'credits' must be a list of strings, not {kind_of(credits)}")
    stamp = article.get("published_at")
    published = stamp if isinstance(stamp, datetime) else None
    if isinstance(stamp, str):
        try:
            published = datetime.fromisoformat(stamp)
        except ValueError:
            raise BadArticle(f"'published_at' is not an ISO 8601 time: {stamp[:40]!r}") from None
    elif stamp is not None and published is None:
        raise BadArticle(f"'published_at' must be an ISO 8601 string, not {kind_of(stamp)}")
    return body, _timestamp(published), outlet, tuple(credits)


def kind_of(value: object) -> str:
    """A JSON value's kind in words, for error messages about records ("a number", "a list holding null")."""
    names = {dict: "an object", str: "a string", bool: "a boolean", int: "a number", float: "a number"}
    if isinstance(value, list):
        odd = next((v for v in value if not isinstance(v, str)), "")
        return f"a list holding {kind_of(odd)}" if odd != "" else "a list"
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _timestamp(dt: datetime | None) -> float:
    """POSIX seconds; a time without a zone is read as UTC, so the host's zone never matters."""
    if dt is None:
        return math.inf
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).timestamp()


def cluster(
    articles: Sequence[Article | dict[str, Any]], threshold: float = 0.5, *, min_words: int = 40
) -> list[Cluster]:
    """Group articles whose bodies are the same text under light edits.

    Returns one :class:`Cluster` per group of two or more, with ``members`` as indices into
    ``articles``. Bodies under ``min_words`` words are left out (titles-only stubs would
    otherwise join anything that shares a headline). A dict with a field of the wrong type
    raises :class:`BadArticle` (a ``TypeError``) naming it.
    """
    c = Clusterer(threshold, min_words=min_words)
    for i, a in enumerate(articles):
        c.add(i, a)
    return c.clusters()
