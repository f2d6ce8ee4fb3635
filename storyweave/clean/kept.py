"""The kept text: the stored text with removed spans blanked, same length, same offsets.

Blanking (spaces, newlines kept) instead of cutting means every later stage can work on the
kept text and report offsets that index the stored text directly.
"""
from __future__ import annotations

from collections.abc import Iterable

from ..model import Removal


def kept_text(text: str, removed: Iterable[Removal]) -> str:
    """`text` with every removed span replaced by spaces (newlines preserved)."""
    chars = list(text)
    for r in removed:
        for i in range(r.start, min(r.end, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def is_removed(start: int, end: int, removed: Iterable[Removal]) -> bool:
    """True when [start, end) overlaps any removed span."""
    return any(r.start < end and start < r.end for r in removed)
