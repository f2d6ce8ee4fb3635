"""Durations ('four years', 'a year-long', 'the past two months') and sets ('every summer')."""
from __future__ import annotations

import re

from . import lexicon as lx
from .grammar import Ctx, Rule, rule
from .types import Duration, Norm

RULES: list[Rule] = []
_MODS = {"about": "APPROX", "around": "APPROX", "nearly": "APPROX", "almost": "APPROX",
         "roughly": "APPROX", "some": "APPROX", "approximately": "APPROX",
         "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
         "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
         "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS"}
# "over" is "more than" before a count, a preposition before "the": "over [the past two years]".
_MOD = r"(?:(?P<dmod>about|around|nearly|almost|roughly|approximately|more than|over(?!\s+the\b)|at least|less than|under|fewer than|up to|at most)\s+)?"
_HALF = r"\s+and\s+a\s+half"
_LEAD = r"(?:(?:the|a|its|their|his|her)\s+)?(?:(?:past|last|next|first|final|coming|previous|latest|initial|following|remaining|entire|whole|full|same)\s+)?"


_SCALE = {"DE": (10, "Y"), "CE": (100, "Y"), "Q": (3, "M"), "WE": (2, "D")}
_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60), "MIN": ("S", 60)}


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: P4Y, P9M, PT5H30M, P10Y for a decade; PXY when the number is vague."""
    if n is None:
        return ("PTX" if unit in ("H", "MIN", "S") else "PX") + _base(unit)
    k, unit = _SCALE.get(unit, (1, unit))
    n *= k
    whole, frac = int(n), n - int(n)
    u = "M" if unit == "MIN" else unit
    main = f"{whole}{u}" if whole else ""
    if frac and unit in _SMALLER:
        sub, per = _SMALLER[unit]
        main += ("T" if unit == "D" else "") + f"{int(round(frac * per))}{sub}"
    return ("PT" if unit in ("H", "MIN", "S") else "P") + main


def _base(unit: str) -> str:
    return {"DE": "DE", "CE": "CE", "Q": "Q", "WE": "WE", "MIN": "M"}.get(unit, unit)


def make(n: float | None, unit: str, mod: str | None = None) -> Norm:
    days = None if n is None else n * lx.UNIT_DAYS[unit]
    return Norm("DURATION", duration_value(n, unit), None, "unknown",
                duration=Duration(n, unit, days), mod=mod)


@rule(RULES, rf"{_MOD}{_LEAD}(?P<n>{lx.NUM})(?P<h1>{_HALF})?(?:\s+(?:more|additional|extra|straight|consecutive|full|trading|business))?[- ](?P<u>{lx.UNIT_RE})(?P<h2>{_HALF})?(?:[- ]long)?(?![- ]old)", priority=2, keys="unit")
def counted(m: re.Match, ctx: Ctx) -> Norm | None:
    """'four years', 'the first nine months', 'a year-long', 'about a decade', '2 1/2 years',
    'two and a half years', 'a minute and a half'."""
    n = lx.number(m["n"])
    n = n + 0.5 if n is not None and (m["h1"] or m["h2"]) else n
    if n is None or (m["n"].lower() in ("a", "an") and _per(ctx)) or re.fullmatch(lx.YEAR_RE, m["n"]):
        return None  # "the 1988 quarter" is a date, not 1988 quarters
    if m["u"].lower().startswith("quarter") and (m["n"].lower() in ("a", "an") or "-" in m.group()):
        return None  # "a quarter of", "three-quarters": fractions
    mod = _MODS.get((m["dmod"] or "").lower())
    return make(n, lx.unit_code(m["u"]), mod)


def _per(ctx: Ctx) -> bool:
    """'$5 billion a year', '3% a month': a rate, i.e. a set."""
    return bool(re.search(r"(?:\d|%|percent|million|billion|times|dollars|cents)\W*(?:\w+\W+){0,2}$", ctx.before(30)))


@rule(RULES, rf"{_MOD}(?P<q>(?:(?:the\s+)?(?:past|last|next|coming|first)\s+)?(?:several|a few|few|a couple of)|many|some|recent|the past|the last|the next|the coming|coming|the first)\s+(?P<u>{lx.UNIT_RE})", priority=1, keys="unit")
def vague_count(m: re.Match, ctx: Ctx) -> Norm | None:
    if not m["u"].lower().endswith("s"):
        return None
    return make(None, lx.unit_code(m["u"]), _MODS.get((m["dmod"] or "").lower()))


@rule(RULES, rf"(?P<u>years|months|weeks|decades|days|hours|centuries)(?:[- ]long)?", priority=-2, keys="unit")
def bare_plural(m: re.Match, ctx: Ctx) -> Norm | None:
    """'for years', 'decades-long'; other bare plurals are too often not temporal."""
    if not (re.search(r"\b(?:for|in|over|within|after|took|lasted|spent)\s+$", ctx.before(10), re.I)
            or m.group().lower().endswith("long")):
        return None
    return make(None, lx.unit_code(m["u"]))


@rule(RULES, rf"(?:a|an|one)\s+(?P<u>year|month|week|day|decade)(?:[- ]long)", priority=3, keys="unit")
def unit_long(m: re.Match, ctx: Ctx) -> Norm:
    return make(1, lx.unit_code(m["u"]))


@rule(RULES, rf"(?P<u>year|month|week|day|decade|century)[- ]long", priority=1, keys="unit")
def bare_unit_long(m: re.Match, ctx: Ctx) -> Norm:
    return make(1, lx.unit_code(m["u"]))


@rule(RULES, r"(?:the\s+)?(?P<u>weekend|decade|year|week|month)(?!s)", priority=-3, keys="unit")
def the_unit(m: re.Match, ctx: Ctx) -> Norm | None:
    """'for a decade', 'during the year': a single unit as a stretch of time."""
    if not re.search(r"\b(?:for|over|throughout|during|within|past)\s+(?:a|an|the|one)?\s*$", ctx.before(14), re.I) or not m.group().lower().startswith(("the", "decade", "year", "week", "month", "weekend")):
        return None
    return make(1, lx.unit_code(m["u"]))


_SET_WORDS = {"daily": ("P1D", "D"), "weekly": ("P1W", "W"), "monthly": ("P1M", "M"),
              "annually": ("P1Y", "Y"), "yearly": ("P1Y", "Y"), "hourly": ("PT1H", "H"),
              "nightly": ("P1D", "D"), "quarterly": ("P3M", "M"), "biweekly": ("P2W", "W"),
              "annual": ("P1Y", "Y")}


# "quarterly"/"annually" mostly qualify reports and rates ("quarterly dividend"), not time sets.
@rule(RULES, r"(?P<w>daily|weekly|monthly|yearly|hourly|nightly)", priority=0, keys="setword")
def set_adverb(m: re.Match, ctx: Ctx) -> Norm | None:
    value, unit = _SET_WORDS[m["w"].lower()]
    return Norm("SET", value, None, "unknown", duration=Duration(1, unit, lx.UNIT_DAYS[unit]))


@rule(RULES, rf"(?:every|each|per|a|an)\s+(?:(?P<n>{lx.NUM})\s+)?(?P<u>year|month|week|day|night|hour|minute|decade)s?", priority=0, keys="unit")
def set_every(m: re.Match, ctx: Ctx) -> Norm | None:
    """'every day', 'each year', '$5 million a year' (a rate)."""
    first = m.group().split()[0].lower()
    if first in ("a", "an") and not _per(ctx):
        return None
    n = lx.number(m["n"]) if m["n"] else 1
    unit = lx.unit_code(m["u"])
    return Norm("SET", duration_value(n, unit), None, "unknown", duration=Duration(n, unit, None if n is None else n * lx.UNIT_DAYS[unit]))


@rule(RULES, rf"(?:every|each)\s+(?P<s>{lx.SEASON_RE}|{lx.WEEKDAY_RE.replace('s?', '')}|{lx.MONTH_RE})", priority=1, keys="every")
def set_named(m: re.Match, ctx: Ctx) -> Norm:
    """'every summer' -> XXXX-SU, 'every Sunday' -> XXXX-WXX-7, 'every April' -> XXXX-04."""
    w = m["s"].lower().rstrip(".")
    if w in lx.SEASONS:
        value = f"XXXX-{lx.SEASONS[w]}"
    elif w in lx.WEEKDAYS:
        value = f"XXXX-WXX-{lx.WEEKDAYS[w] + 1}"
    else:
        value = f"XXXX-{lx.MONTHS[w]:02d}"
    return Norm("SET", value, None, "unknown")


@rule(RULES, rf"(?:on\s+)?(?:(?P<w>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)(?:\s+(?P<p>mornings|afternoons|evenings|nights))?|(?P<w1>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?P<p1>mornings|afternoons|evenings|nights))", priority=1, flags=0, keys="weekday")
def set_plural_weekday(m: re.Match, ctx: Ctx) -> Norm:
    """'Sundays', 'Tuesday nights': a weekly set."""
    day, p = m["w"] or m["w1"], m["p"] or m["p1"]
    part = f"T{lx.PARTS_OF_DAY[p[:-1]]}" if p else ""
    return Norm("SET", f"XXXX-WXX-{lx.weekday_number(day) + 1}{part}", None, "unknown")
