"""Expressions relative to the publication date: 'last November', 'two years ago', 'Saturday'."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ...model import Interval
from . import calendar as cal
from . import lexicon as lx
from .grammar import MOD_RE, Ctx, Rule, mod_of, narrow, relative, rule, vague_ref
from .types import Norm

RULES: list[Rule] = []
Date = dt.date
ONE_DAY = dt.timedelta(days=1)


def nearest_year(ctx: Ctx, mo: int, d: int | None = None) -> int | None:
    """The year of a yearless month/day (d None: the whole month): in a past-tense clause the
    latest one not after publication; otherwise the occurrence nearest to publication (news
    speaks of the recent past and near future), a future clause breaking near-ties forward."""
    ref = ctx.published.earliest
    if ref is None or ctx.published.latest is None:
        return None
    tense = ctx.tense()
    if tense < 0:
        return ref.year if (mo, d or 1) <= (ref.month, ref.day) else ref.year - 1
    return min((ref.year - 1, ref.year, ref.year + 1), key=lambda y: _cost(ref, y, mo, d or 15, tense > 0))


def _cost(ref: Date, y: int, mo: int, d: int, fwd: bool) -> float:
    """Days away, with the direction the clause does not point to counted 2.5 times."""
    days = (Date(y, mo, min(d, 28)) - ref).days
    return abs(days) * (2.5 if (days > 0) != fwd and days else 1.0)


def day_fn(offset: int) -> Callable[[Date], tuple[str, Interval]]:
    """The day `offset` days from a publication day, as (value, interval)."""
    return lambda p: ((p + dt.timedelta(days=offset)).isoformat(), cal.day(p + dt.timedelta(days=offset)))


@rule(RULES, r"(?P<w>today|tonight|yesterday|tomorrow|the day before yesterday|the day after tomorrow)", keys="deictic")
def deictic_day(m: re.Match, ctx: Ctx) -> Norm:
    w = m["w"].lower()
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
              "the day before yesterday": -2, "the day after tomorrow": 2}[w]
    norm = relative(ctx, day_fn(offset), "XXXX-XX-XX")
    if w == "tonight":
        return Norm("TIME", norm.value + "TNI" if norm.interval else norm.value, norm.interval, "day")
    return norm


_REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
         "nowadays": "PRESENT_REF", "at present": "PRESENT_REF", "at the moment": "PRESENT_REF",
         "right now": "PRESENT_REF", "these days": "PRESENT_REF", "presently": "PRESENT_REF",
         "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF",
         "formerly": "PAST_REF", "the past": "PAST_REF",
         "in the past": "PAST_REF", "once": "PAST_REF", "earlier": "PAST_REF",
         "more recently": "PAST_REF", "the future": "FUTURE_REF", "future": "FUTURE_REF",
         "in the future": "FUTURE_REF", "someday": "FUTURE_REF", "a later date": "FUTURE_REF",
         "as soon as possible": "FUTURE_REF", "the near future": "FUTURE_REF",
         "in the near future": "FUTURE_REF", "recent years": "PAST_REF"}


@rule(RULES, r"(?:in\s+)?the\s+(?:near|short)\s+term", priority=2, keys="ref")
def near_term(m: re.Match, ctx: Ctx) -> Norm:
    return vague_ref("FUTURE_REF", ctx)


@rule(RULES, r"(?:around\s+|by\s+)?(?:the\s+)?(?:year[- ]end|year's end|end of the year)", priority=2, keys="unit")
def year_end(m: re.Match, ctx: Ctx) -> Norm:
    """'year-end', 'the end of the year': the last part of the publication year."""
    norm = relative(ctx, lambda p: (str(p.year), cal.year(p.year)), "XXXX", mod="END")
    return _narrowed(norm, "END")


@rule(RULES, r"(?:in\s+)?(?:recent|past)\s+years", priority=2, keys="unit")
def recent_years(m: re.Match, ctx: Ctx) -> Norm:
    """'in recent years': a vague past reference (shorter stretches stay durations)."""
    return vague_ref("PAST_REF", ctx)


# "previously", "soon", "earlier", "later" are left out: too often plain discourse adverbs.
@rule(RULES, r"(?P<w>now|currently|current|nowadays|at present|at the moment|right now|these days|"
             r"presently|recently|more recently|recent years|lately|formerly|"
             r"(?:in )?the past|(?:in )?the (?:near )?future|someday|"
             r"a later date|as soon as possible)", priority=-1, keys="ref")
def reference(m: re.Match, ctx: Ctx) -> Norm | None:
    w = " ".join(m["w"].lower().split())
    if w in ("once", "earlier", "later", "current", "recent", "future") and _not_ref(w, ctx):
        return None
    w = w[3:] if w.startswith("in the") and w[3:] in _REFS else w
    return vague_ref(_REFS[w], ctx)


def _not_ref(w: str, ctx: Ctx) -> bool:
    after, before = ctx.after(12).lower(), ctx.before(12).lower()
    if w in ("earlier", "later"):
        return bool(re.match(r"\s*(?:this|that|than|in|on|,)", after) or re.search(r"\d|\bthan\s*$", before))
    if w in ("current", "recent", "future"):  # adjectives: "current account" still counts in TimeML
        return bool(re.match(r"\s*(?:events|affairs)\b", after))
    return False


_UNIT_FN = {
    "week": lambda p, k: (cal.week_value(p + dt.timedelta(weeks=k)), cal.iso_week(p + dt.timedelta(weeks=k))),
    "month": lambda p, k: _month_of(cal.add_months(p, k)),
    "year": lambda p, k: (str(p.year + k), cal.year(p.year + k)),
    "decade": lambda p, k: (f"{p.year // 10 + k}", cal.decade(10 * (p.year // 10 + k))),
    "century": lambda p, k: (f"{p.year // 100 + k:02d}", cal.century(100 * (p.year // 100 + k))),
    "quarter": lambda p, k: _quarter_of(cal.add_months(p, 3 * k)),
    "weekend": lambda p, k: _weekend(p, k),
    "day": lambda p, k: day_fn(k)(p),
}


def _month_of(d: Date) -> tuple[str, Interval]:
    return f"{d.year:04d}-{d.month:02d}", cal.month(d.year, d.month)


def _quarter_of(d: Date) -> tuple[str, Interval]:
    q = cal.current_quarter(d)
    return f"{d.year}-Q{q}", cal.quarter(d.year, q)


def _weekend(p: Date, k: int) -> tuple[str, Interval]:
    """The weekend of p's ISO week, shifted by k weeks."""
    sat = p - dt.timedelta(days=p.weekday()) + dt.timedelta(days=5 + 7 * k)
    return f"{cal.week_value(sat)}-WE", Interval(sat, sat + ONE_DAY, "day")


_DIR = {"last": -1, "past": -1, "previous": -1, "this": 0, "the current": 0, "current": 0,
        "next": 1, "coming": 1, "the coming": 1, "this past": -1, "the past": -1, "the last": -1,
        "the next": 1, "the previous": -1, "this coming": 1, "earlier this": 0, "later this": 0,
        "the latest": 0}


@rule(RULES, rf"{MOD_RE}(?P<dir>last|this past|this coming|this|next|the current|the coming|"
             r"the past|the last|the next|the previous|previous|earlier this|later this|coming|past)"
             r"\s+(?:fiscal\s+)?(?P<u>week|month|year|decade|century|quarter|weekend)(?!s)", priority=2, keys="unit")
def unit_relative(m: re.Match, ctx: Ctx) -> Norm | None:
    d, u = _DIR[m["dir"].lower()], m["u"].lower()
    if m.group()[:1].isupper() and m["u"][:1].isupper() and ctx.before(2).strip():
        return None  # "ABC's This Week": a title, not a date
    if d == 0 and u == "quarter" and "quarter" in ctx.memory and "current" not in m["dir"].lower():
        return _finance_quarter(ctx, 0)  # "this quarter" is the one reported; "current" is now
    fn = _UNIT_FN[u]
    mod = mod_of(m) or {"earlier this": "START", "later this": "END"}.get(m["dir"].lower())
    norm = relative(ctx, lambda p: fn(p, d), "XXXX", mod=mod)
    return _narrowed(norm, mod) if m["mod"] else norm


def _narrowed(norm: Norm, mod: str | None) -> Norm:
    iv = narrow(norm.interval, mod) if norm.interval else None
    return Norm(norm.type, norm.value, iv, norm.granularity, mod=mod)


@rule(RULES, rf"{MOD_RE}(?P<dir>last|this past|this coming|this|next|coming|past)\s+(?P<m>{lx.MONTH_RE})(?!\s*\d)", priority=3, keys="month")
def month_relative(m: re.Match, ctx: Ctx) -> Norm | None:
    """'last November' published Jan-Mar 2018 -> 2017-11 (the latest November before)."""
    if not m["m"][:1].isupper():
        return None
    mo, d = lx.month_number(m["m"]), _DIR[m["dir"].lower()]
    norm = relative(ctx, lambda p: _month_of(Date(_month_year(p, mo, d), mo, 1)), f"XXXX-{mo:02d}", mod=mod_of(m))
    return _narrowed(norm, norm.mod) if m["mod"] else norm


def _month_year(p: Date, mo: int, d: int) -> int:
    if d < 0:
        return p.year if mo < p.month else p.year - 1
    if d > 0:
        return p.year if mo > p.month else p.year + 1
    return p.year


@rule(RULES, rf"{MOD_RE}(?P<m>{lx.MONTH_RE})(?!\s*\d)", priority=0, keys="month")
def bare_month(m: re.Match, ctx: Ctx) -> Norm | None:
    """'in November': the nearest November in the direction of the clause's tense."""
    if not _is_month(m, ctx):
        return None
    mo = lx.month_number(m["m"])
    y = nearest_year(ctx, mo)
    if y is None:
        return Norm("DATE", f"XXXX-{mo:02d}", None, "month")
    iv, mod = cal.month(y, mo), mod_of(m)
    return Norm("DATE", f"{y}-{mo:02d}", narrow(iv, mod), "month", mod=mod)


_NAME_VERB = re.compile(r"\s*(?:said|says|told|added|has|had|is|was|will|would|wrote|who|and\s+[A-Z])\b")


def _is_month(m: re.Match, ctx: Ctx) -> bool:
    """Reject 'May said', 'Theresa May', 'March on Washington', lowercase verbs and abbreviations alone."""
    word = m["m"]
    if not word[:1].isupper() or (len(word.rstrip(".")) <= 3 and word.lower() not in ("may",)):
        return False
    if word in ("May", "March", "June", "April", "August") and (
            _NAME_VERB.match(ctx.after(12)) or re.search(r"[A-Z][a-z]+\s+$", ctx.before(15))):
        return bool(re.search(r"\b(?:in|of|since|until|by|last|next|this|early|late|mid|during|through)\s+$", ctx.before(12), re.I))
    return True


@rule(RULES, rf"(?P<dir>last|this past|this coming|this|next|coming|past)\s+(?P<s>{lx.SEASON_RE})", priority=3, keys="season")
def season_relative(m: re.Match, ctx: Ctx) -> Norm:
    code, d = lx.SEASONS[m["s"].lower()], _DIR[m["dir"].lower()]
    return relative(ctx, lambda p: _season_value(p, code, d), f"XXXX-{code}")


def _season_value(p: Date, code: str, d: int) -> tuple[str, Interval]:
    """This/last/next season; a winter belongs to the year it starts in."""
    if d == 0:
        y = p.year - 1 if code == "WI" and p.month <= 2 else p.year
    elif d < 0:
        y = p.year if cal.season(p.year, code).latest < p else p.year - 1
    else:
        y = p.year if cal.season(p.year, code).earliest > p else p.year + 1
    return f"{y}-{code}", cal.season(y, code)


@rule(RULES, rf"(?:the\s+)?{MOD_RE}(?P<s>{lx.SEASON_RE})(?!\s*(?:of\s+)?\d)", priority=0, keys="season")
def bare_season(m: re.Match, ctx: Ctx) -> Norm | None:
    if m["s"].lower() == "fall" and not re.search(r"\b(?:the|this|in|last|next|early|late)\s+$", ctx.before(8), re.I):
        return None  # "prices fall"
    code = lx.SEASONS[m["s"].lower()]
    d = 1 if ctx.future() else 0
    return relative(ctx, lambda p: _season_value(p, code, d), f"XXXX-{code}", mod=mod_of(m))


@rule(RULES, rf"(?:(?P<dir>last|this|next)\s+)?(?P<h>{lx.HOLIDAY_RE})(?!\s*,?\s*(?:of\s+)?\d)", priority=1, keys="holiday")
def holiday_relative(m: re.Match, ctx: Ctx) -> Norm | None:
    """'at Christmas': the nearest one in the tense's direction; 'last Christmas' the one before."""
    name = m["h"]
    if name.lower().startswith("easter") is False and re.match(r"\s+(?:Times|Telegraph|Express)", ctx.after(10)):
        return None
    d = _DIR.get((m["dir"] or "").lower(), 1 if ctx.future() else -1)
    return relative(ctx, lambda p: _holiday_near(p, name, d), "XXXX-XX-XX")


def _holiday_near(p: Date, name: str, d: int) -> tuple[str, Interval]:
    this = lx.holiday(name, p.year)
    if d < 0:
        day_ = this if this <= p else lx.holiday(name, p.year - 1)
    elif d > 0:
        day_ = this if this >= p else lx.holiday(name, p.year + 1)
    else:
        day_ = this
    return day_.isoformat(), cal.day(day_)


@rule(RULES, rf"(?:(?P<dir>last|this|next|this past|this coming)\s+)?(?P<w>{lx.WEEKDAY_RE})(?!\s*,?\s*(?:{lx.MONTH_RE})\s*\d)", priority=1, keys="weekday")
def weekday(m: re.Match, ctx: Ctx) -> Norm | None:
    """'Saturday': the latest one up to publication (or the next one in a future clause)."""
    if m["w"].endswith("s") or _weekday_is_name(ctx, m):
        return None
    wd = lx.weekday_number(m["w"])
    dirw = (m["dir"] or "").lower()
    d = {"last": -2, "this past": -1, "next": 2, "this coming": 1}.get(dirw, 1 if ctx.future() else -1)
    return relative(ctx, lambda p: weekday_near(p, wd, d), f"XXXX-WXX-{wd + 1}")


def _weekday_is_name(ctx: Ctx, m: re.Match) -> bool:
    """'Sunday Times', 'Monday Night Football': a weekday followed by a capitalized word."""
    nxt = re.match(r"\s+([A-Z][a-z]+)", ctx.text[m.end("w"):m.end("w") + 20])
    return bool(nxt and nxt.group(1).lower() not in lx.MONTHS and nxt.group(1).lower() not in
                ("morning", "afternoon", "evening", "night"))


def weekday_near(p: Date, wd: int, d: int) -> tuple[str, Interval]:
    back = (p.weekday() - wd) % 7
    if d == -1:
        day_ = p - dt.timedelta(days=back)
    elif d == -2:
        day_ = p - dt.timedelta(days=back or 7)
    else:
        fwd = (wd - p.weekday()) % 7
        day_ = p + dt.timedelta(days=fwd or (7 if d == 2 else 0))
    return day_.isoformat(), cal.day(day_)


_AGO_MODS = {"nearly": "APPROX", "about": "APPROX", "almost": "APPROX", "around": "APPROX",
             "roughly": "APPROX", "some": "APPROX", "more than": "MORE_THAN", "over": "MORE_THAN",
             "less than": "LESS_THAN"}


@rule(RULES, rf"(?:(?P<amod>nearly|about|almost|around|roughly|some|more than|over|less than)\s+)?(?P<n>{lx.NUM}|a few|several|some|many)\s+(?P<u>{lx.UNIT_RE})\s+(?:or so\s+)?(?P<dir>ago|from now|hence)", priority=4, keys="unit")
def ago(m: re.Match, ctx: Ctx) -> Norm | None:
    """'two years ago' -> the publication year minus two (widened over the publication interval)."""
    n = lx.number(m["n"])
    unit = lx.unit_code(m["u"])
    sign = -1 if m["dir"].lower() == "ago" else 1
    if n is None and unit == "Y":  # "a few years ago": some year of the decade around then
        return relative(ctx, lambda p: (f"{(p.year + 3 * sign) // 10}X", cal.year(p.year + 3 * sign)), "XXXX")
    if n is None:
        return vague_ref("PAST_REF" if sign < 0 else "FUTURE_REF", ctx)
    mod = _AGO_MODS.get((m["amod"] or "").lower())
    return relative(ctx, lambda p: offset_value(p, unit, sign * n), "XXXX", mod=mod)


@rule(RULES, rf"(?P<m>{lx.MONTH_RE})\s+(?:of\s+)?(?P<dir>last|this|next)\s+year", priority=4, keys="month")
def month_of_relative_year(m: re.Match, ctx: Ctx) -> Norm | None:
    """'June last year' -> June of the year before publication."""
    if not m["m"][:1].isupper():
        return None
    mo, k = lx.month_number(m["m"]), {"last": -1, "this": 0, "next": 1}[m["dir"].lower()]
    return relative(ctx, lambda p: _month_of(Date(p.year + k, mo, 1)), f"XXXX-{mo:02d}")


@rule(RULES, r"(?:over\s+)?the\s+weekend", priority=1, keys="unit")
def the_weekend(m: re.Match, ctx: Ctx) -> Norm:
    """'the weekend': the nearest one, before publication unless the clause is future."""
    fwd = ctx.future()
    return relative(ctx, lambda p: _weekend(p, 0 if fwd or p.weekday() >= 5 else -1), "XXXX-WXX-WE")


def offset_value(p: Date, unit: str, k: float) -> tuple[str, Interval]:
    k_int = int(round(k))
    if unit in ("Y", "DE", "CE"):
        years = {"Y": 1, "DE": 10, "CE": 100}[unit] * k
        return (str(p.year + int(years)), cal.year(p.year + int(years))) if years == int(years) else _month_of(cal.add_months(p, int(12 * years)))
    if unit == "M":
        return _month_of(cal.add_months(p, k_int))
    if unit == "W":
        return _UNIT_FN["day"](p, 7 * k_int)
    if unit == "Q":
        return _quarter_of(cal.add_months(p, 3 * k_int))
    return _UNIT_FN["day"](p, k_int)


@rule(RULES, r"(?P<w>(?:a|one|the)\s+year\s+(?:ago|earlier|before)|(?:the\s+)?year[- ](?:earlier|ago)(?:\s+(?:quarter|period))?|last year's(?:\s+\w+)?\s+quarter)", priority=5, keys="unit")
def year_ago_finance(m: re.Match, ctx: Ctx) -> Norm | None:
    """In quarterly reports 'a year ago' / 'year-earlier' means the same quarter a year before."""
    if "quarter" not in ctx.memory and not re.search(r"quarter", m.group(), re.I):
        return None
    return _finance_quarter(ctx, -4)


def _finance_quarter(ctx: Ctx, k: int) -> Norm:
    q = ctx.memory.get("quarter")
    p = ctx.published.earliest
    if p is None:
        return Norm("DATE", "XXXX-QX", None, "month")
    y, q = (p.year, q) if q else cal.last_completed_quarter(p)
    y, q = divmod((y * 4 + q - 1) + k, 4)
    return Norm("DATE", f"{y}-Q{q + 1}", cal.quarter(y, q + 1), "month")


@rule(RULES, r"(?:the|that)\s+(?:(?P<w>latest|current|most recent|recent|past|last|year-ago|same)\s+)?(?:quarter|period)|(?P<t>this)\s+quarter", priority=1, keys="quarter")
def this_quarter(m: re.Match, ctx: Ctx) -> Norm | None:
    """In a quarterly report, 'the quarter' / 'the latest period' is the quarter reported on."""
    if "quarter" not in ctx.memory or (m.group().lower().endswith("period") and m["w"] is None):
        return None
    if (m["w"] or "").lower() == "current":  # the quarter under way at publication
        return relative(ctx, lambda p: _quarter_of(p), "XXXX-QX")
    k = -4 if (m["w"] or "").lower() == "year-ago" else 0
    return _finance_quarter(ctx, k)


@rule(RULES, r"(?P<w>(?:this|next|last)\s+year's)\s+(?P<o>first|second|third|fourth)\s+quarter", priority=5, keys="quarter")
def year_s_quarter_rel(m: re.Match, ctx: Ctx) -> Norm:
    k = {"this": 0, "next": 1, "last": -1}[m["w"].split()[0].lower()]
    q = lx.ORDINALS[m["o"].lower()]
    return relative(ctx, lambda p: (f"{p.year + k}-Q{q}", cal.quarter(p.year + k, q)), f"XXXX-Q{q}")
