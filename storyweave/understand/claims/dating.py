"""Dating an undated article by its people's ages.

An article without a date line gets a wide publication window from the dates it mentions
(clean.published). When it also states a person's birth date and that person's current
age ("born April 2, 1931" ... "died Tuesday, aged 77"), the two pin the article down:
being A years old means the article was written between birth + A years and
birth + A + 1 years. Obituaries and profiles do this all the time.
"""
from __future__ import annotations

import datetime as dt
from ...model import Claim, Interval, Published
from ..time import TimeValue
from ..time.calendar import add_months

REFINABLE = ("latest_mention", "unknown")  # inferred windows; a date line or metadata stays
PRECISE_DAYS = 366                         # a birth date at most a year wide can date an age


def refine_published(published: Published, claims: list[Claim],
                     times: list[TimeValue]) -> Published | None:
    """A narrower publication window from birth dates and ages, or None to keep `published`."""
    if published.source not in REFINABLE:
        return None
    window = _age_window(claims, times)
    if window is None:
        return None
    earliest = max(window[0], published.earliest or window[0])
    if earliest > window[1]:  # the dates mentioned contradict the ages: do not guess
        return None
    return Published(earliest, window[1], True, "ages")


def _age_window(claims: list[Claim], times: list[TimeValue]) -> tuple[dt.date, dt.date] | None:
    """The intersection of every (birth date, age) pair's publication window."""
    found = {c.id: _age_value(c, times) for c in claims if c.predicate == "date_of_birth"}
    ages = {cid: age for cid, age in found.items() if age is not None}
    windows = [_window(birth.time, ages[c.id]) for c in claims if c.id in ages
               for birth in claims if _stated_birth(birth, c.subject, ages)]
    if not windows:
        return None
    earliest, latest = max(w[0] for w in windows), min(w[1] for w in windows)
    return (earliest, latest) if earliest <= latest else None


def _window(birth: Interval, age: int) -> tuple[dt.date, dt.date]:
    return (add_months(birth.earliest, 12 * age),
            add_months(birth.latest, 12 * (age + 1)) - dt.timedelta(days=1))


def _age_value(claim: Claim, times: list[TimeValue]) -> int | None:
    """The age in years a date-of-birth claim was computed from, None for a stated date."""
    for v in times:
        if v.type == "AGE" and v.text == claim.cue and _inside(v, claim) \
                and v.value.endswith("Y") and v.duration and v.duration.amount:
            return int(v.duration.amount)
    return None


def _inside(v: TimeValue, claim: Claim) -> bool:
    return claim.evidence.start <= v.start < claim.evidence.end


def _stated_birth(claim: Claim, subject: str, ages: dict[str, int]) -> bool:
    """A birth date the text states for `subject`, precise enough to date an age."""
    t = claim.time
    return (claim.predicate == "date_of_birth" and claim.subject == subject
            and claim.id not in ages and t is not None and t.earliest is not None
            and t.latest is not None and (t.latest - t.earliest).days <= PRECISE_DAYS)
