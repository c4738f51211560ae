"""MinHash signatures of many rows at once, with numpy, over the shingling that `dedup.shingles` defines.

Tokens (runs of word characters, or single other non-space characters, as re.findall(r"\\w+|[^\\w\\s]") finds
them) are found and hashed without a Python loop per token: each character is classified through a table
built from the regex itself, and a token's hash is a polynomial over its code points, so the same token has
the same hash in every row, process and run. A shingle (three consecutive tokens) hashes the three token
hashes; permutation k maps a shingle hash x to a_k * x + b_k (mod 2^64) and the signature keeps the top
32 bits of the minimum (multiply-add-shift hashing).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

NUM_PERM = 128
_SPACE, _WORD, _OTHER = 0, 1, 2
_rng = np.random.default_rng(0x6C6F7261)  # fixed: signatures must agree across processes and runs
_A = _rng.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_B = _rng.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64)
BAND_MULT = _rng.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_P = np.uint64(0x100000001B3)  # polynomial base for token hashes (odd)
_PAD = np.uint64(0x9E3779B97F4A7C15)  # stands for a missing token in a row of fewer than three tokens
_M1, _M2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)


@lru_cache(maxsize=1)
def _bmp_classes() -> np.ndarray:
    """Class of every code point below 0x10000, decided by the same regex classes the shingling uses."""
    text = "".join(map(chr, range(0x10000)))
    table = np.full(0x10000, _OTHER, dtype=np.uint8)
    table[[m.start() for m in re.finditer(r"\s", text)]] = _SPACE
    table[[m.start() for m in re.finditer(r"\w", text)]] = _WORD
    return table


@lru_cache(maxsize=4096)
def _astral_class(cp: int) -> int:
    ch = chr(cp)
    return _WORD if re.match(r"\w", ch) else _SPACE if re.match(r"\s", ch) else _OTHER


_BATCH_CHARS = 1 << 20  # texts are hashed in groups of about this many characters (bounds the tables below)
_powers_cache: list[np.ndarray] = []


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """(P^i, P^-i mod 2^64) for i < n; cached up to _BATCH_CHARS."""
    if _powers_cache and len(_powers_cache[0]) >= n:
        return _powers_cache[0], _powers_cache[1]
    size = max(n, _BATCH_CHARS) if n <= _BATCH_CHARS else n
    inv = np.uint64(pow(int(_P), -1, 1 << 64))
    with np.errstate(over="ignore"):
        pw = np.cumprod(np.concatenate(([np.uint64(1)], np.full(size - 1, _P))))
        pinv = np.cumprod(np.concatenate(([np.uint64(1)], np.full(size - 1, inv))))
    if size == _BATCH_CHARS:
        _powers_cache[:] = [pw, pinv]
    return pw, pinv


def _classes(joined: str) -> tuple[np.ndarray, np.ndarray]:
    """(code points, class of each)."""
    if joined.isascii():
        cp = np.frombuffer(joined.encode("ascii"), dtype=np.uint8)
        return cp, np.take(_bmp_classes()[:128], cp)
    cp = np.frombuffer(joined.encode("utf-32-le", errors="surrogatepass"), dtype=np.uint32)
    cls = np.take(_bmp_classes(), np.minimum(cp, 0xFFFF))
    astral = np.flatnonzero(cp > 0xFFFF)
    if astral.size:
        cls[astral] = [_astral_class(int(c)) for c in cp[astral]]
    return cp, cls


def token_hashes(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(hash of every token of every text, concatenated; number of tokens per text).

    A token's hash is sum(c_j * P^j) over its code points, read off prefix sums over the whole batch."""
    joined = "\n".join(texts) + "\n"  # the newline separates texts, so no token spans two of them
    cp, cls = _classes(joined)
    n = len(cp)
    word = cls == _WORD
    in_token = cls != _SPACE
    cont = np.zeros(n, dtype=bool)
    cont[1:] = word[1:] & word[:-1]  # a word character after a word character continues its token
    first = np.flatnonzero(in_token & ~cont)
    nxt = np.zeros(n, dtype=bool)
    nxt[:-1] = cont[1:]
    last = np.flatnonzero(in_token & ~nxt)
    pw, pinv = _powers(n)
    with np.errstate(over="ignore"):
        prefix = np.zeros(n + 1, dtype=np.uint64)
        np.cumsum(cp.astype(np.uint64) * pw[:n], out=prefix[1:])
        h = (np.take(prefix, last + 1) - np.take(prefix, first)) * np.take(pinv, first)
        h = _mix(h + (last - first + 1).astype(np.uint64) * _M2)
    row_starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]])
    per_row = np.bincount(np.searchsorted(row_starts, first, side="right") - 1, minlength=len(texts))
    return h, per_row


def _batches(texts: list[str]):
    group, size = [], 0
    for t in texts:
        if group and size + len(t) > _BATCH_CHARS:
            yield group
            group, size = [], 0
        group.append(t)
        size += len(t) + 1
    if group:
        yield group


def signatures(texts: list[str]) -> np.ndarray:
    """MinHash signatures of the shingle texts, shape (len(texts), NUM_PERM), uint32."""
    if not texts:
        return np.zeros((0, NUM_PERM), dtype=np.uint32)
    if sum(map(len, texts)) > _BATCH_CHARS:
        return np.concatenate([signatures(g) for g in _batches(texts)])
    t, counts = token_hashes(texts)
    if counts.min() < 3:  # a text of fewer than three tokens is one shingle: its tokens, padded
        parts = np.split(t, np.cumsum(counts)[:-1])
        parts = [np.concatenate((p, np.full(3 - len(p), _PAD))) if len(p) < 3 else p for p in parts]
        counts = np.array([len(p) for p in parts])
        t = np.concatenate(parts)
    with np.errstate(over="ignore"):
        s = _mix(t[:-2] * _M1 ^ _rotl(t[1:-1], 21) * _M2 ^ _rotl(t[2:], 42))
    ends = np.cumsum(counts)
    keep = np.ones(len(t), dtype=bool)
    keep[ends - 1] = False
    keep[ends - 2] = False  # triples that would run into the next text
    s = s[keep[:-2]]
    offsets = np.concatenate(([0], np.cumsum(counts - 2)[:-1]))
    out = np.empty((len(texts), NUM_PERM), dtype=np.uint64)
    buf = np.empty_like(s)
    with np.errstate(over="ignore"):
        for k in range(NUM_PERM):
            np.multiply(s, _A[k], out=buf)
            np.add(buf, _B[k], out=buf)
            np.minimum.reduceat(buf, offsets, out=out[:, k])
    return (out >> np.uint64(32)).astype(np.uint32)


def _rotl(x: np.ndarray, r: int) -> np.ndarray:
    return (x << np.uint64(r)) | (x >> np.uint64(64 - r))


def _mix(z: np.ndarray) -> np.ndarray:
    # splitmix64's finaliser: spreads every input bit over the whole word
    z = (z ^ (z >> np.uint64(30))) * _M1
    z = (z ^ (z >> np.uint64(27))) * _M2
    return z ^ (z >> np.uint64(31))


def lsh_params(threshold: float, num_perm: int = NUM_PERM, target: float = 0.999) -> tuple[int, int]:
    """(bands, rows per band): the longest bands that still make a pair at `threshold` a candidate with
    probability >= target (longer bands mean fewer chance candidates)."""
    best = (num_perm, 1)
    for r in range(1, num_perm + 1):
        b = num_perm // r
        if candidate_probability(threshold, b, r) >= target:
            best = (b, r)
    return best


def candidate_probability(jac: float, bands: int, rows: int) -> float:
    return 1 - (1 - jac ** rows) ** bands


def band_keys(sigs: np.ndarray, bands: int, rows: int) -> list[list[int]]:
    """One 64-bit key per band per signature (as Python ints, ready for dict lookups)."""
    used = sigs[:, : bands * rows].astype(np.uint64).reshape(len(sigs), bands, rows)
    with np.errstate(over="ignore"):
        return (used * BAND_MULT[:rows]).sum(axis=2, dtype=np.uint64).tolist()
