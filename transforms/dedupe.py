"""Near-duplicates and syndicated copies: MinHash/LSH over word shingles of the cleaned text.

Two thresholds on the Jaccard similarity of two articles' sets of word 5-grams (lower-cased words):
- NEAR_DUPLICATE (0.9): the same text with small edits (a changed word, a fixed typo, another byline):
  the later article becomes `duplicate` of the earlier one.
- SAME_STORY (0.3): one wire story reworked by an outlet (a new lead, a trailing paragraph added or cut):
  both share a `story_id`. Measured on test copies: replacing the first paragraph of a five-paragraph story
  and adding a sixth leaves a Jaccard near 0.45; two different stories on the same event, with a quote in
  common, stay under 0.1.

LSH only proposes candidates (at the lower threshold, so it finds the near duplicates as well); every
decision is taken on the exact Jaccard of the two shingle sets, for the candidates alone.
Deterministic: fixed-seed permutations, a hash of the shingle text that does not depend on the process
(not Python's `hash`), articles taken in one stable order, ties broken by that order.

The index is compact, so that it stays small on a large crawl (datasketch's MinHashLSH kept ~10-15 KB of
Python objects per article): signatures are datasketch's "affine32" MinHash computed with numpy (the same
values, checked in the tests), each of the 37 LSH bands is one 64-bit key in sorted numpy runs, and the
shingle sets the exact Jaccard needs are kept in an unnamed temporary file, not in memory. About 0.5 KB of
memory per article.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import tempfile
from array import array
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

SHINGLE_WORDS = 5
NUM_PERM = 128
SEED = 1
NEAR_DUPLICATE = 0.9
SAME_STORY = 0.3
# LSH bands of rows of the signature: what datasketch's MinHashLSH chooses for SAME_STORY and NUM_PERM
# (its optimum with equal false-positive and false-negative weights; checked in the tests). A pair at
# Jaccard 0.3 is a candidate with probability 1 - (1 - 0.3**3)**37 = 0.64, at 0.45 with 0.97, at 0.9 always.
BANDS, ROWS = 37, 3
WORDS = re.compile(r"\w+")
# Articles buffered in a dict before their band keys go into a sorted run (see BandIndex).
RUN_SIZE = 256
# Shingles turned into signature values at a time: bounds the (shingles x permutations) array.
SIGNATURE_CHUNK = 4096

_MAX32 = np.uint32(0xFFFFFFFF)
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
_FMIX64 = (np.uint64(33), np.uint64(0xFF51AFD7ED558CCD), np.uint64(33), np.uint64(0xC4CEB9FE1A85EC53), np.uint64(33))


@dataclass(frozen=True, slots=True)
class Match:
    """What an article is to the earlier articles: a near copy of one, and the story it belongs to."""

    duplicate_of: int | None  # index of the earlier article it copies, or None
    story: int  # index of the first article of its story (itself when it starts one)
    similarity: float  # Jaccard with the closest earlier article (0.0 when none)


def shingles(text: str, size: int = SHINGLE_WORDS) -> np.ndarray:
    """Sorted unique 32-bit hashes of the text's word n-grams (lower-cased); a text shorter than n words
    is one shingle."""
    words = WORDS.findall(text.lower())
    if not words:
        return np.zeros(0, dtype=np.uint32)
    grams = (" ".join(words[i : i + size]) for i in range(max(len(words) - size + 1, 1)))
    values = [int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=4).digest(), "little") for g in grams]
    return np.unique(np.array(values, dtype=np.uint32))


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted unique hash arrays."""
    if not len(a) and not len(b):
        return 1.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common)


def _fmix(values: np.ndarray, constants: tuple) -> np.ndarray:
    """MurmurHash3's finalizer (a bijection that spreads the bits); arithmetic wraps around on purpose."""
    s1, m1, s2, m2, s3 = constants
    values = values ^ (values >> s1)
    values = values * m1
    values = values ^ (values >> s2)
    values = values * m2
    return values ^ (values >> s3)


def permutations(num_perm: int = NUM_PERM, seed: int = SEED) -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations h -> a*h + b (mod 2^32, a odd) of datasketch's "affine32" MinHash."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def signature(hashes: np.ndarray, perms: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """MinHash signature (uint32 per permutation) of a set of 32-bit shingle hashes; all 2^32-1 when empty."""
    a, b = perms
    result = np.full(len(a), _MAX32, dtype=np.uint32)
    with np.errstate(over="ignore"):
        for start in range(0, len(hashes), SIGNATURE_CHUNK):
            mixed = _fmix(hashes[start : start + SIGNATURE_CHUNK].astype(np.uint32), _FMIX32)
            np.minimum(result, (mixed[:, None] * a + b).min(axis=0), out=result)
    return result


def band_keys(sig: np.ndarray, bands: int = BANDS, rows: int = ROWS) -> np.ndarray:
    """One 64-bit key per LSH band: two articles share a band's key when its `rows` values are equal
    (and, by chance, about once in 2^64 otherwise)."""
    values = sig[: bands * rows].astype(np.uint64).reshape(bands, rows)
    with np.errstate(over="ignore"):
        key = np.arange(bands, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        for column in range(rows):
            key = _fmix(key ^ values[:, column], _FMIX64) + np.uint64(column + 1)
    return key.view(np.int64)


class BandIndex:
    """LSH band keys of the articles added so far: which earlier articles share a key with a new one.

    Keys wait in a small dict until RUN_SIZE articles have come, then become a sorted run (int64 keys,
    int32 article numbers); runs of similar size are merged, so there are about log2(n / RUN_SIZE) of them.
    Memory: 12 bytes per band per article, not a Python object per key."""

    def __init__(self, run_size: int = RUN_SIZE) -> None:
        self._run_size = run_size
        self._pending: dict[int, list[int]] = {}
        self._pending_articles = 0
        self._runs: list[tuple[np.ndarray, np.ndarray]] = []

    def insert(self, article: int, keys: np.ndarray) -> None:
        """Add an article's band keys."""
        for key in keys.tolist():
            self._pending.setdefault(key, []).append(article)
        self._pending_articles += 1
        if self._pending_articles >= self._run_size:
            self._flush()

    def query(self, keys: np.ndarray) -> list[int]:
        """Articles sharing at least one key, in the order they were added."""
        found: set[int] = set()
        for key in keys.tolist():
            found.update(self._pending.get(key, ()))
        for run_keys, run_articles in self._runs:
            lo = np.searchsorted(run_keys, keys, side="left")
            hi = np.searchsorted(run_keys, keys, side="right")
            for start, end in zip(lo[lo < hi].tolist(), hi[lo < hi].tolist()):
                found.update(run_articles[start:end].tolist())
        return sorted(found)

    @property
    def nbytes(self) -> int:
        """Bytes held: the sorted runs, and the dict of keys not yet in a run (at most RUN_SIZE articles)."""
        pending = sys.getsizeof(self._pending) + sum(
            sys.getsizeof(k) + sys.getsizeof(v) + sum(sys.getsizeof(a) for a in v) for k, v in self._pending.items()
        )
        return pending + sum(k.nbytes + a.nbytes for k, a in self._runs)

    def _flush(self) -> None:
        keys = np.fromiter((k for k, arts in self._pending.items() for _ in arts), dtype=np.int64)
        articles = np.fromiter((a for arts in self._pending.values() for a in arts), dtype=np.int32)
        order = np.argsort(keys, kind="stable")
        self._runs.append((keys[order], articles[order]))
        self._pending, self._pending_articles = {}, 0
        while len(self._runs) > 1 and len(self._runs[-2][0]) <= 2 * len(self._runs[-1][0]):
            later = self._runs.pop()
            self._runs[-1] = _merge(self._runs[-1], later)


def _merge(
    first: tuple[np.ndarray, np.ndarray], second: tuple[np.ndarray, np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """Two sorted runs into one, in place of a sort of both: the merged arrays and a mask are all it
    allocates (a key of the second run goes after the equal keys of the first)."""
    (k1, a1), (k2, a2) = first, second
    at = np.searchsorted(k1, k2, side="right") + np.arange(len(k2))
    keys, articles = np.empty(len(k1) + len(k2), dtype=np.int64), np.empty(len(k1) + len(k2), dtype=np.int32)
    keys[at], articles[at] = k2, a2
    rest = np.ones(len(keys), dtype=bool)
    rest[at] = False
    keys[rest], articles[rest] = k1, a1
    return keys, articles


class ShingleStore:
    """Shingle sets kept on disk (an unnamed temporary file, gone when closed or when the process ends),
    read back for the exact Jaccard of LSH candidates; in memory, 12 bytes per set."""

    def __init__(self, directory: str | None = None) -> None:
        self._file = tempfile.TemporaryFile(prefix="newsfacts-shingles-", dir=directory)
        self._offsets = array("q")
        self._lengths = array("i")
        self._end = 0

    def append(self, hashes: np.ndarray) -> int:
        """Store one sorted shingle set; returns its number."""
        data = np.ascontiguousarray(hashes, dtype="<u4").tobytes()
        written = 0
        while written < len(data):
            written += os.pwrite(self._file.fileno(), data[written:], self._end + written)
        self._offsets.append(self._end)
        self._lengths.append(len(hashes))
        self._end += len(data)
        return len(self._offsets) - 1

    def get(self, ref: int) -> np.ndarray:
        """The shingle set stored as number `ref`."""
        size = self._lengths[ref] * 4
        data = os.pread(self._file.fileno(), size, self._offsets[ref])
        if len(data) != size:
            raise OSError(f"shingle store: read {len(data)} of {size} bytes of set {ref}")
        return np.frombuffer(data, dtype="<u4")

    def __len__(self) -> int:
        return len(self._offsets)

    @property
    def nbytes(self) -> int:
        """Bytes held in memory (the sets themselves are on disk)."""
        return self._offsets.itemsize * len(self._offsets) + self._lengths.itemsize * len(self._lengths)

    @property
    def disk_bytes(self) -> int:
        return self._end

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> "ShingleStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class StoryIndex:
    """Articles added one by one, each compared with the ones added before it."""

    def __init__(
        self,
        near_duplicate: float = NEAR_DUPLICATE,
        same_story: float = SAME_STORY,
        num_perm: int = NUM_PERM,
        seed: int = SEED,
        store: ShingleStore | None = None,
    ) -> None:
        if num_perm < BANDS * ROWS:
            raise ValueError(f"num_perm must be at least {BANDS * ROWS} ({BANDS} bands of {ROWS} rows)")
        self.near_duplicate, self.same_story = near_duplicate, same_story
        self._perms = permutations(num_perm, seed)
        self.store = store if store is not None else ShingleStore()
        self._bands = BandIndex()
        self._refs = array("q")  # article number -> its set in the store
        self._duplicate_of = array("i")  # -1: not a copy
        self._story = array("i")

    def add(self, text: str) -> Match:
        """Index one article and say what it is to the earlier ones."""
        return self.add_stored(self.store.append(shingles(text)))

    def add_stored(self, ref: int) -> Match:
        """Index the article whose shingle set is number `ref` in this index's store."""
        index = len(self._refs)
        hashes = self.store.get(ref)
        keys = band_keys(signature(hashes, self._perms))
        best, best_score = None, 0.0
        for candidate in self._bands.query(keys):  # ascending: ties go to the earliest article
            score = jaccard(hashes, self.store.get(self._refs[candidate]))
            if score > best_score:
                best, best_score = candidate, score
        if best is not None and best_score >= self.near_duplicate:
            copied = self._duplicate_of[best]
            match = Match(copied if copied >= 0 else best, self._story[best], best_score)
        elif best is not None and best_score >= self.same_story:
            match = Match(None, self._story[best], best_score)
        else:
            match = Match(None, index, best_score)
        self._bands.insert(index, keys)
        self._refs.append(ref)
        self._duplicate_of.append(-1 if match.duplicate_of is None else match.duplicate_of)
        self._story.append(match.story)
        return match

    def __len__(self) -> int:
        return len(self._refs)

    @property
    def nbytes(self) -> int:
        """Bytes of memory the index holds (band runs, per-article arrays, the store's offsets)."""
        arrays = sum(a.itemsize * len(a) for a in (self._refs, self._duplicate_of, self._story))
        return self._bands.nbytes + arrays + self.store.nbytes

    def close(self) -> None:
        self.store.close()


def match_articles(
    texts: Iterable[str], near_duplicate: float = NEAR_DUPLICATE, same_story: float = SAME_STORY
) -> list[Match]:
    """Each text (in the given order) against the texts before it."""
    index = StoryIndex(near_duplicate, same_story)
    try:
        return [index.add(text) for text in texts]
    finally:
        index.close()


def pairs_above(texts: Sequence[str], threshold: float) -> list[tuple[int, int, float]]:
    """Every pair of texts with exact Jaccard at or above a threshold (quadratic: for tests and checks)."""
    sets = [shingles(t) for t in texts]
    return [
        (i, j, round(jaccard(sets[i], sets[j]), 4))
        for i in range(len(sets))
        for j in range(i + 1, len(sets))
        if jaccard(sets[i], sets[j]) >= threshold
    ]
