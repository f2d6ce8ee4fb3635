"""Value types of the temporal normalizer: what an expression means, with its uncertainty."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ...model import Granularity, Interval

TimeType = Literal["DATE", "TIME", "DURATION", "SET", "AGE"]
EventLabel = Literal["marriage", "engagement", "birth", "meeting", "relationship_start",
                     "divorce", "death", "other"]


@dataclass(frozen=True)
class Duration:
    """A length of time: `amount` units ("Y", "M", "W", "D", "H", "MIN", "S"), None when vague."""

    amount: float | None
    unit: str
    days: float | None  # approximate length in days, for comparisons

    @property
    def years(self) -> float | None:
        return None if self.days is None else self.days / 365.25


@dataclass(frozen=True)
class Anchor:
    """An offset from another event: `years/months/days` are signed (negative = before).

    `uncertainty` is a +/- spread in the same units ("months later" = 6 +/- 5 months).
    `cue`/`cue_start`/`cue_end` locate the anchor event's word in the text (None when not found);
    `anchor_interval` is that event's date when the sentence states it.
    """

    years: int = 0
    months: int = 0
    days: int = 0
    uncertainty: tuple[int, int, int] = (0, 0, 0)
    event: EventLabel = "other"
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    anchor_interval: Interval | None = None


@dataclass(frozen=True)
class Norm:
    """A normalization before it is placed in a text (no offsets yet)."""

    type: TimeType
    value: str
    interval: Interval | None = None
    granularity: Granularity = "unknown"
    anchor: Anchor | None = None
    duration: Duration | None = None
    mod: str | None = None


@dataclass(frozen=True)
class TimeValue:
    """One temporal expression of a text, normalized.

    `start`/`end` are character offsets of `text`; `value` is TIMEX3-style ("2016-04", "P4Y",
    "XXXX-SU", "PAST_REF"); `interval` is the set of days it may denote (for AGE: the birth
    interval), None for durations, sets, vague references and unresolved anchored values.
    `mod` is a TIMEX3 modifier (START, END, MID, APPROX, BEFORE, AFTER, LESS_THAN, MORE_THAN).
    """

    start: int
    end: int
    text: str
    type: TimeType
    value: str
    interval: Interval | None
    granularity: Granularity
    anchor: Anchor | None = None
    duration: Duration | None = None
    mod: str | None = None
