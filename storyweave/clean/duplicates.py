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
_PRIME = (1 << 61) - 1
_rng = np.random.RandomState(20240611)  # fixed: signatures must be the same in every run
_A = _rng.randint(1, 1 << 31, NUM_PERM, dtype=np.uint64)
_B = _rng.randint(0, 1 << 31, NUM_PERM, dtype=np.uint64)


class Signature(NamedTuple):
    values: np.ndarray

    def bands(self) -> list[str]:
        return [f"{i}:{self.values[i * ROWS:(i + 1) * ROWS].tobytes().hex()}"
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
        products = (np.outer(_A, shingles) + _B[:, None]) % np.uint64(_PRIME)
    return Signature(products.min(axis=1).astype(np.uint64))


def is_copy(a: Signature, b: Signature) -> bool:
    return a.similarity(b) >= THRESHOLD
