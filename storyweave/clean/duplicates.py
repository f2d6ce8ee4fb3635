"""Syndicated copies: exact and near-duplicate documents by MinHash over kept-text shingles.

MinHash is written on numpy (already a spaCy dependency) instead of datasketch, which would add
scipy (~140 MB) for about forty lines of arithmetic.
"""
from __future__ import annotations

import hashlib
import re
from typing import NamedTuple

import numpy as np

NUM_PERM = 128
BANDS, ROWS = 21, 6          # 21 bands x 6 rows: copies (Jaccard >= 0.7) share a band with
                             # p > 0.93, unrelated texts (< 0.3) almost never do
SHINGLE = 5                  # characters per shingle, on normalized text
THRESHOLD = 0.6              # estimated Jaccard at or above which a document is a copy
# Multiply-shift hashing (a·x + b mod 2^64, top 32 bits, a odd): every permutation mixes all
# the bits of x. An earlier (a·x + b) mod p with small a was nearly monotone in x, so the same
# few shingles won every permutation and unrelated articles looked like copies.
_rng = np.random.RandomState(20240611)  # fixed: signatures must be the same in every run
_A = _rng.randint(0, 1 << 62, NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_B = _rng.randint(0, 1 << 62, NUM_PERM, dtype=np.uint64)
SCHEME = "m2"  # in every band key: signatures of the old scheme never meet new ones


class Signature(NamedTuple):
    values: np.ndarray

    def bands(self) -> list[str]:
        return [f"{SCHEME}:{i}:{self.values[i * ROWS:(i + 1) * ROWS].tobytes().hex()}"
                for i in range(BANDS)]

    def similarity(self, other: "Signature") -> float:
        return float(np.mean(self.values == other.values))


def _normalize(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def _shingles(text: str) -> np.ndarray:
    norm = _normalize(text)
    grams = {norm[i:i + SHINGLE] for i in range(max(len(norm) - SHINGLE + 1, 1))}
    hashes = [int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "little")
              for g in grams]
    return np.array(hashes, dtype=np.uint64) >> np.uint64(32)


def signature(text: str) -> Signature:
    """MinHash signature of a text (deterministic)."""
    shingles = _shingles(text)
    with np.errstate(over="ignore"):
        products = (np.outer(_A, shingles) + _B[:, None]) >> np.uint64(32)
    return Signature(products.min(axis=1).astype(np.uint64))


def is_copy(a: Signature, b: Signature) -> bool:
    return a.similarity(b) >= THRESHOLD
