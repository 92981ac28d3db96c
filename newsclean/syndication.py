"""Recognising the same story across outlets and pages: MinHash LSH over word shingles.

Aggregators republish wire copy with light edits (a dropped paragraph, "co-operation" for
"cooperation", "the US" for "the United States", another dateline form). Bodies are
normalised so those edits vanish or touch few shingles, hashed into MinHash signatures, and
bucketed with locality-sensitive hashing so that only likely pairs are ever compared: the
cost grows with the number of articles, not with the number of pairs. Candidate pairs are
kept when their estimated Jaccard similarity reaches ``threshold``, and joined transitively.

Different write-ups of one event (two newsrooms' own reports) share facts and quotes but
few five-word runs, so they stay apart.
"""

from __future__ import annotations

import unicodedata
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import regex
from pydantic import BaseModel, Field

from .models import Article

SHINGLE = 5  # words per shingle: long enough that unrelated stories rarely share one
NUM_PERM = 128
_WORD = regex.compile(r"[\p{L}\p{N}]+")
# Spellings that differ between outlets' house styles; mapped to one form before shingling.
_EQUIVALENTS = {
    "united states": "us", "u s": "us", "united kingdom": "uk", "u k": "uk", "per cent": "percent",
    "organisation": "organization", "neighbour": "neighbor", "defence": "defense", "programme": "program",
}  # fmt: skip
_EQUIV_RE = regex.compile(r"\b(?:" + "|".join(regex.escape(k) for k in _EQUIVALENTS) + r")\b")


class Cluster(BaseModel):
    """Articles that carry the same text: indices into the input list."""

    members: list[int]
    canonical: int = Field(description="earliest published_at, else the longest body")
    outlets: list[str] = Field(default_factory=list)
    origin: str | None = Field(default=None, description="the agency credited for the text, when one is")


@dataclass
class Item:
    """What clustering keeps of an article: enough to choose the canonical copy and report."""

    index: int
    words: int
    published_at: datetime | None
    outlet: str | None
    credits: tuple[str, ...]


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


class _Hasher:
    """MinHash signatures with numpy: one vectorised pass per article, no per-shingle Python work."""

    def __init__(self, num_perm: int = NUM_PERM, seed: int = 1) -> None:
        import numpy as np

        self.np = np
        self.num_perm = num_perm
        self.seed = seed
        rng = np.random.RandomState(seed)
        self.prime = np.uint64((1 << 61) - 1)
        self.a = rng.randint(1, (1 << 61) - 1, size=num_perm, dtype=np.uint64)
        self.b = rng.randint(0, (1 << 61) - 1, size=num_perm, dtype=np.uint64)

    def signature(self, items: Iterable[bytes]) -> Any:
        np = self.np
        hv = np.fromiter((zlib.crc32(s) for s in items), dtype=np.uint64)
        if hv.size == 0:
            return np.full(self.num_perm, (1 << 32) - 1, dtype=np.uint64)
        phv = (hv[:, None] * self.a[None, :] + self.b[None, :]) % self.prime
        return (phv & np.uint64((1 << 32) - 1)).min(axis=0)


class Clusterer:
    """Incremental clustering: add articles one at a time (streaming), then ``clusters()``."""

    def __init__(self, threshold: float = 0.5, *, min_words: int = 40, num_perm: int = NUM_PERM) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError("threshold must be in (0, 1]")
        from datasketch import LeanMinHash, MinHashLSH

        self._MinHash = LeanMinHash  # built from our signature: no permutations regenerated
        self.threshold = threshold
        self.min_words = min_words
        self._hasher = _Hasher(num_perm)
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._sigs: dict[int, Any] = {}
        self._items: dict[int, Item] = {}
        self._parent: dict[int, int] = {}

    def add(self, index: int, article: Article | dict[str, Any]) -> None:
        get = article.get if isinstance(article, dict) else lambda k, d=None: getattr(article, k, d)
        body = get("body") or "\n\n".join(get("paragraphs") or [])
        words = normalise(body)
        if len(words) < self.min_words:
            return
        sig = self._hasher.signature(shingles(words))
        mh = self._MinHash(seed=self._hasher.seed, hashvalues=sig, scheme="legacy")
        for other in self._lsh.query(mh):
            if self._jaccard(sig, self._sigs[other]) >= self.threshold:
                self._union(index, other)
        self._lsh.insert(index, mh)
        self._sigs[index] = sig.astype("uint32")  # values are 32-bit: half the memory
        published = get("published_at")
        if isinstance(published, str):
            try:
                published = datetime.fromisoformat(published)
            except ValueError:
                published = None
        self._items[index] = Item(index, len(words), published, get("outlet"), tuple(get("credits") or ()))

    def _jaccard(self, a: Any, b: Any) -> float:
        return float((a.astype("uint32") == b).sum()) / len(a)

    def _find(self, x: int) -> int:
        root = x
        while self._parent.get(root, root) != root:
            root = self._parent[root]
        while self._parent.get(x, x) != root:
            self._parent[x], x = root, self._parent[x]
        return root

    def _union(self, a: int, b: int) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def clusters(self) -> list[Cluster]:
        groups: dict[int, list[int]] = {}
        for i in self._items:
            groups.setdefault(self._find(i), []).append(i)
        out = []
        for members in groups.values():
            if len(members) < 2:
                continue
            members.sort()
            items = [self._items[i] for i in members]
            dated = [it for it in items if it.published_at is not None]
            if dated:
                canonical = min(dated, key=lambda it: (_ts(it.published_at), it.index)).index
            else:
                canonical = max(items, key=lambda it: (it.words, -it.index)).index
            outlets = sorted({it.outlet for it in items if it.outlet})
            credits = Counter(c for it in items for c in it.credits)
            origin = credits.most_common(1)[0][0] if credits else None
            out.append(Cluster(members=members, canonical=canonical, outlets=outlets, origin=origin))
        out.sort(key=lambda c: c.members[0])
        return out


def _ts(dt: datetime | None) -> float:
    return dt.timestamp() if dt is not None else float("inf")


def cluster(
    articles: Sequence[Article | dict[str, Any]], threshold: float = 0.5, *, min_words: int = 40
) -> list[Cluster]:
    """Group articles whose bodies are the same text under light edits.

    Returns one :class:`Cluster` per group of two or more, with ``members`` as indices into
    ``articles``. Bodies under ``min_words`` words are left out (titles-only stubs would
    otherwise join anything that shares a headline).
    """
    c = Clusterer(threshold, min_words=min_words)
    for i, a in enumerate(articles):
        c.add(i, a)
    return c.clusters()
