"""Temporal normalizer: temporal expressions -> intervals with their uncertainty.

    normalize(text, published, ents=None) -> list[TimeValue]
    normalize_expression(expr, published) -> TimeValue | None

Everything relative is computed from the publication interval (never from the clock): a
publication known only to within months widens relative values accordingly, and an open
publication end leaves such values without an interval (their value keeps X placeholders).
"""
from __future__ import annotations

from ...model import Interval
from .ages import birth_interval
from .recognize import parse_with_dateparser, recognize, to_value
from .types import Anchor, Duration, TimeValue

__all__ = ["Anchor", "Duration", "TimeValue", "birth_interval", "normalize", "normalize_expression"]


def normalize(text: str, published: Interval,
              ents: list[tuple[int, int, str]] | None = None) -> list[TimeValue]:
    """Find and normalize every temporal expression of `text`, in text order.

    `published` is the document's publication interval (Interval(d, d) for a known day).
    `ents` are optional spaCy entity spans (start, end, label); DATE/TIME ones the grammar
    missed are kept when dateparser reads them as a full date. Offsets index `text`.
    """
    return recognize(text, published, ents)


def normalize_expression(expr: str, published: Interval) -> TimeValue | None:
    """Normalize one expression (e.g. a spaCy DATE entity's text); None if it is not temporal.

    The longest match inside `expr` wins; offsets are relative to `expr`.
    """
    found = recognize(expr, published)
    if found:
        return max(found, key=lambda v: (v.end - v.start, -v.start))
    norm = parse_with_dateparser(expr, published)
    return to_value(expr, (0, len(expr), 0, norm)) if norm else None
