"""Times of day: '10:35 a.m.', '3 p.m. Wednesday', 'Friday morning', 'this morning', 'noon'."""
from __future__ import annotations

import re

from ...model import Interval
from . import lexicon as lx
from .grammar import Ctx, Rule, relative, rule
from .relative import weekday_near
from .types import Norm

RULES: list[Rule] = []
_CLOCK = r"(?P<h>[012]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC))?"
_PART = r"(?P<part>morning|afternoon|evening|night)"


def _hour(m: re.Match) -> tuple[int, int]:
    h = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
    return h, int(m["mi"] or 0)


def _day_of(ctx: Ctx, wd: str | None):
    """The day a time belongs to: a named weekday near publication, else publication day."""
    if not wd:
        return lambda p: (p.isoformat(), Interval(p, p, "day"))
    k = lx.weekday_number(wd)
    d = 1 if ctx.future() else -1
    return lambda p: weekday_near(p, k, d)


def _with_time(ctx: Ctx, wd: str | None, suffix: str) -> Norm:
    day_fn = _day_of(ctx, wd)
    norm = relative(ctx, day_fn, "XXXX-XX-XX", type_="TIME")
    return Norm("TIME", norm.value + suffix, norm.interval, "day")


_DATE_AFTER = rf"(?:,?\s+(?:on\s+)?(?:(?P<wd>{lx.WEEKDAY_RE})|(?P<mo>{lx.MONTH_RE})\s+(?P<d>[0-3]?\d)\b))?"


@rule(RULES, rf"(?:(?P<wd0>{lx.WEEKDAY_RE}),?\s+(?:at\s+)?)?{_CLOCK}{_DATE_AFTER}", priority=4, keys="ampm")
def clock_time(m: re.Match, ctx: Ctx) -> Norm | None:
    h, mi = _hour(m)
    if h > 23:
        return None
    return _timed(m, ctx, m["wd"] or m["wd0"], f"T{h:02d}:{mi:02d}")


def _timed(m: re.Match, ctx: Ctx, wd: str | None, suffix: str) -> Norm:
    """A time on a stated month/day ('5 p.m. EST Nov. 9'), weekday, or the publication day."""
    if m["mo"] and m["mo"][:1].isupper():
        from .absolute import yearless
        day_norm = yearless(ctx, lx.month_number(m["mo"]), int(m["d"]))
        if day_norm is not None and day_norm.interval is not None:
            return Norm("TIME", day_norm.value + suffix, day_norm.interval, "day")
    return _with_time(ctx, wd, suffix)


@rule(RULES, rf"(?P<w>noon|midnight|midday){_DATE_AFTER}", priority=0, keys="noon")
def noon(m: re.Match, ctx: Ctx) -> Norm:
    return _timed(m, ctx, m["wd"], "T24:00" if m["w"].lower() == "midnight" else "T12:00")


@rule(RULES, rf"(?P<wd>{lx.WEEKDAY_RE}|yesterday|today|tomorrow)\s+{_PART}", priority=3, keys="part")
def weekday_part(m: re.Match, ctx: Ctx) -> Norm | None:
    word, part = m["wd"].lower(), lx.PARTS_OF_DAY[m["part"].lower()]
    if word.endswith("s") and word not in lx.WEEKDAYS and word not in ("yesterday",):
        return None
    if word in ("yesterday", "today", "tomorrow"):
        off = {"yesterday": -1, "today": 0, "tomorrow": 1}[word]
        from .relative import day_fn
        norm = relative(ctx, day_fn(off), "XXXX-XX-XX", type_="TIME")
        return Norm("TIME", norm.value + f"T{part}", norm.interval, "day")
    return _with_time(ctx, m["wd"], f"T{part}")


@rule(RULES, rf"(?:this|last|the)\s+(?P<part>morning|afternoon|evening|night)|(?P<tn>tonight|overnight)", priority=2, keys="part")
def this_part(m: re.Match, ctx: Ctx) -> Norm | None:
    w = m.group().lower()
    if w.startswith("the") and not re.search(r"\b(?:in|on|during|by|through)\s+$", ctx.before(10), re.I):
        return None
    part = lx.PARTS_OF_DAY[(m["part"] or m["tn"]).lower()]
    from .relative import day_fn
    off = -1 if w.startswith("last") else 0  # "last night": the night of the day before (TimeML)
    norm = relative(ctx, day_fn(off), "XXXX-XX-XX", type_="TIME")
    return Norm("TIME", norm.value + f"T{part}", norm.interval, "day")
