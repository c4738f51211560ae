"""Rules 2 and 3: exact duplicates, and near duplicates by MinHash LSH checked with the exact Jaccard.

Shingling (shared with the sample dataset's builders): text = the row in the default template, lowercased;
tokens = runs of word characters or single other non-space characters; shingles = consecutive token triples.

LSH splits each MinHash signature (minhash.py) into bands; rows sharing any band are candidates. A candidate
counts only after the exact Jaccard of the two shingle sets clears the threshold, so the index can miss a
duplicate (with a probability that `minhash.lsh_params` bounds) but never removes a row that is not one.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy as np

from lorasmith import templates
from lorasmith.prepare import minhash
from lorasmith.prepare.minhash import NUM_PERM

# A candidate whose signature agrees on fewer than (threshold - ESTIMATE_MARGIN) of its slots is not checked
# exactly: with 128 slots the estimate's standard deviation is at most 0.045, so this skips no real match.
ESTIMATE_MARGIN = 0.25
GROUP_THRESHOLD = 0.85  # near duplicates at this Jaccard never straddle train and validation
_TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_DEFAULT = templates.get_template("default")


def shingle_text(instruction: str, input_text: str, output: str) -> str:
    return (templates.format_prompt(_DEFAULT, None, instruction, input_text) + output).lower()


def tokens(text: str) -> list[str]:
    return _TOKEN_RE.findall(text)


def shingles(instruction: str, input_text: str, output: str) -> set:
    toks = tokens(shingle_text(instruction, input_text, output))
    if len(toks) < 3:
        return {tuple(toks)}
    return set(zip(toks, toks[1:], toks[2:]))


def jaccard(a: set, b: set) -> float:
    if not a and not b:
        return 1.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def exact_key(row: tuple[str, str, str]) -> bytes:
    h = hashlib.blake2b(digest_size=16)
    for field in row:
        data = field.encode("utf-8")
        h.update(len(data).to_bytes(8, "little"))  # length-prefixed, so field boundaries cannot shift
        h.update(data)
    return h.digest()


def signatures(rows: list[tuple[str, str, str]]) -> np.ndarray:
    return minhash.signatures([shingle_text(*r) for r in rows])


# ---------------------------------------------------------------- the index

class NearDupIndex:
    """Rows kept so far. `check` says whether a new row is a near duplicate of one of them (rule 3) and which
    members it is similar to (for the split); `add` makes it a member."""

    def __init__(self, drop_threshold: float | None, group_threshold: float = GROUP_THRESHOLD):
        self.drop = drop_threshold
        self.group = min(group_threshold, drop_threshold) if drop_threshold else group_threshold
        self.bands, self.rows_per_band = minhash.lsh_params(self.group)
        self._buckets: list[dict] = [{} for _ in range(self.bands)]
        # Members keep the low 16 bits of each signature slot: enough for the agreement estimate (a chance
        # match costs 1/65536) at half the memory.
        self._sigs = np.zeros((1024, NUM_PERM), dtype=np.uint16)
        self._rows: list[tuple[str, str, str]] = []
        self._parent: list[int] = []
        self.exact_checks = 0

    def __len__(self) -> int:
        return len(self._rows)

    def band_keys(self, sigs: np.ndarray) -> list[list[int]]:
        return minhash.band_keys(sigs, self.bands, self.rows_per_band)

    def check(self, row, sig: np.ndarray, keys: list[int]) -> tuple[int | None, float, list[int]]:
        """(member it duplicates or None, its Jaccard, members at >= the group threshold)."""
        found = set()
        for bucket, key in zip(self._buckets, keys):
            hit = bucket.get(key)
            if hit is not None:
                if isinstance(hit, list):
                    found.update(hit)
                else:
                    found.add(hit)
        if not found:
            return None, 0.0, []
        cands = np.fromiter(sorted(found), dtype=np.int64, count=len(found))
        est = (self._sigs[cands] == sig.astype(np.uint16)).mean(axis=1)
        cands = cands[est >= self.group - ESTIMATE_MARGIN]
        similar = []
        mine = None
        for c in cands.tolist():
            if mine is None:
                mine = shingles(*row)
            self.exact_checks += 1
            jac = jaccard(mine, _member_shingles(self._rows[c]))
            if self.drop is not None and jac >= self.drop:
                return c, jac, []
            if jac >= self.group:
                similar.append(c)
        return None, 0.0, similar

    def add(self, row, sig: np.ndarray, keys: list[int], similar: list[int]) -> int:
        i = len(self._rows)
        if i == len(self._sigs):
            self._sigs = np.concatenate([self._sigs, np.zeros_like(self._sigs)])
        self._sigs[i] = sig.astype(np.uint16)
        self._rows.append(row)
        self._parent.append(i)
        for bucket, key in zip(self._buckets, keys):
            hit = bucket.get(key)
            if hit is None:
                bucket[key] = i
            elif isinstance(hit, list):
                hit.append(i)
            else:
                bucket[key] = [hit, i]
        for j in similar:
            self._union(i, j)
        return i

    def row(self, i: int):
        return self._rows[i]

    def cluster(self, i: int) -> int:
        """Smallest member of i's group: members linked by Jaccard >= the group threshold, transitively."""
        root = i
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[i] != root:  # path compression
            self._parent[i], i = root, self._parent[i]
        return root

    def _union(self, i: int, j: int) -> None:
        a, b = self.cluster(i), self.cluster(j)
        if a != b:
            self._parent[max(a, b)] = min(a, b)


@lru_cache(maxsize=512)
def _member_shingles(row: tuple[str, str, str]) -> frozenset:
    return frozenset(shingles(*row))
