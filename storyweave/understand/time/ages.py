"""Ages: 'the 39-year-old', 'Marsh, 28,', 'at 33', 'turned 40' -> a birth interval.

An age A stated in a document published in [p1, p2] means the birth date lies in
(p1 - (A+1) years, p2 - A years]: earliest = p1 - (A+1) years + 1 day, latest = p2 - A years.
"""
from __future__ import annotations

import datetime as dt
import re

from ...model import Interval
from . import calendar as cal
from . import lexicon as lx
from .grammar import Ctx, Rule, rule
from .types import Duration, Norm

RULES: list[Rule] = []


def birth_interval(age: int, published: Interval, unit: str = "Y", text: str = "") -> Interval | None:
    """Birth dates compatible with being `age` (years, or months if unit='M') at publication."""
    p1, p2 = published.earliest, published.latest
    if p1 is None or p2 is None:
        return None
    months = age * (12 if unit == "Y" else 1)
    step = 12 if unit == "Y" else 1
    earliest = cal.add_months(p1, -(months + step)) + dt.timedelta(days=1)
    return Interval(earliest, cal.add_months(p2, -months), "year" if unit == "Y" else "month", text)


def age_norm(age: int, ctx: Ctx, unit: str = "Y") -> Norm | None:
    if not 0 < age <= 120:
        return None
    iv = birth_interval(age, ctx.published, unit, ctx.text[ctx.start:ctx.end])
    value = f"P{age}{unit}"
    return Norm("AGE", value, iv, iv.granularity if iv else "unknown",
                duration=Duration(age, unit, age * lx.UNIT_DAYS[unit]))


@rule(RULES, rf"(?P<n>\d{{1,3}}|{lx.NUM_WORD}(?:-(?:{lx.NUM_WORD}))?)[- ](?P<u>year|month)s?[- ]old", priority=6, keys="unit")
def year_old(m: re.Match, ctx: Ctx) -> Norm | None:
    n = lx.number(m["n"])
    return age_norm(int(n), ctx, "Y" if m["u"].lower() == "year" else "M") if n else None


@rule(RULES, r"(?P<n>\d{1,3})\s+years?\s+old", priority=6, keys="unit")
def years_old(m: re.Match, ctx: Ctx) -> Norm | None:
    return age_norm(int(m["n"]), ctx)


@rule(RULES, r"(?:at\s+(?:the\s+)?age\s+(?:of\s+)?|aged\s+|age\s+|turn(?:ed|s|ing)?\s+|at\s+)(?P<n>\d{1,3})(?=\s*[,.;:)!?](?!\d)|\s+(?:when|after|before|in|at|on|and|he|she|they|years|this|last|next)\b)", group="n", priority=2, keys="age")
def age_phrase(m: re.Match, ctx: Ctx) -> Norm | None:
    """'at 33', 'at the age of 33', 'aged 33', 'turned 40' (span: the number)."""
    if m.group().lower().startswith("at ") and not re.match(r"at\s+(?:the\s+)?age", m.group(), re.I):
        if re.search(r"(?:closed|traded|stood|opened|rose|fell|was|priced|rated|ranked|No\.)\s+$", ctx.before(12)):
            return None
    return age_norm(int(m["n"]), ctx)


@rule(RULES, r"(?P<who>(?:[A-Z][\w'-]+|[Tt]he\s+[a-z]+(?:\s+[a-z]+)?)),\s+(?P<n>\d{1,2}),(?=\s)", group="n", priority=2, flags=0, keys="apposition")
def apposition(m: re.Match, ctx: Ctx) -> Norm | None:
    """'Marsh, 28, said' / 'the musician, 33, wrote': a number set off by commas after a noun."""
    word = m["who"].split()[-1].lower().rstrip(".")
    if word in lx.MONTHS or word in lx.WEEKDAYS or word in ("no", "page", "chapter", "number", "route"):
        return None
    n = int(m["n"])
    young = n >= 1 and _CHILDREN_BEFORE.search(ctx.before(160))  # "children: Ana, 12, and Leo, 9"
    return age_norm(n, ctx) if 10 <= n <= 110 or young else None


_CHILDREN_BEFORE = re.compile(r"(?i)\b(?:children|kids|sons|daughters|grandchildren)\b[^.;]*$")


@rule(RULES, r"(?P<who>[A-Z][\w'-]+),\s+(?P<n>\d{1,2})\.(?=\s|$)", group="n", priority=2, flags=0,
      keys="apposition_end")
def apposition_at_end(m: re.Match, ctx: Ctx) -> Norm | None:
    """'…," said Peter Marlow, 52.': an age closing the sentence after a name."""
    return apposition(m, ctx)


@rule(RULES, r"\b(?:[Ss]he|[Hh]e|[A-Z][a-z]+\s+[A-Z][a-z]+)\s+(?:was|is)\s+(?P<n>\d{1,3})(?=\s*[.;]|\s+(?:when|years\s+old)\b)", group="n", priority=2, flags=0, keys="copula")
def copular_age(m: re.Match, ctx: Ctx) -> Norm | None:
    """'She was 85.' / 'He is 40 when ...': a person's age as the predicate of 'be'."""
    n = int(m["n"])
    return age_norm(n, ctx) if 1 <= n <= 110 else None


@rule(RULES, r"\b[Ww]ho\s+(?:was|is)\s+(?P<n>\d{1,3})(?=\s*[,.;])", group="n", priority=2, flags=0, keys="copula")
def relative_age(m: re.Match, ctx: Ctx) -> Norm | None:
    """'Mr Pike, who was 85, died': the age in a relative clause set off by commas."""
    n = int(m["n"])
    return age_norm(n, ctx) if 1 <= n <= 110 else None


@rule(RULES, rf"turn(?:ed|s)?\s+(?P<n>\d{{1,3}}|{lx.NUM_WORD})\s+(?:in|last|this)\s+(?P<m>{lx.MONTH_RE})(?!\s+\d)",
      group="n", priority=4, flags=0, keys="turn")
def turned_in_month(m: re.Match, ctx: Ctx) -> Norm | None:
    """'who turned 29 in April': the birthday is in April, so the birth month is known (the
    last April before publication, or the next one for 'turns')."""
    n, mo = int(lx.number(m["n"]) or 0), lx.month_number(m["m"])
    p1, p2 = ctx.published.earliest, ctx.published.latest
    if not 0 < n <= 120 or p1 is None or p2 is None:
        return age_norm(n, ctx) if 0 < n <= 120 else None
    ahead = not m.group().lower().startswith("turned")
    first, last = (_birthday_year(p, mo, ahead) - n for p in (p1, p2))
    iv = Interval(cal.month(first, mo).earliest, cal.month(last, mo).latest, "month",
                  ctx.text[ctx.start:ctx.end])
    return Norm("AGE", f"P{n}Y", iv, "month", duration=Duration(n, "Y", n * lx.UNIT_DAYS["Y"]))


def _birthday_year(published: dt.date, mo: int, ahead: bool) -> int:
    if ahead:
        return published.year if mo >= published.month else published.year + 1
    return published.year if mo <= published.month else published.year - 1
