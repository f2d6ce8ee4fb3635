"""Values anchored to another event: 'six years prior', 'a year later', 'three years after they wed'.

The offset is recognized by the grammar; `attach` then finds the anchor event in the sentence
(an event cue word from a small lexicon) and, when that event's clause states an explicit date,
resolves the value to that date shifted by the offset.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...model import Interval
from . import calendar as cal
from . import lexicon as lx
from .durations import duration_value
from .grammar import Ctx, Rule, rule, sentence_bounds
from .relative import offset_value
from .types import Anchor, Duration, Norm, TimeValue

RULES: list[Rule] = []
_BACK = {"prior", "before", "earlier", "previously", "previous", "preceding", "ago"}
_SPREAD = {"Y": (6, 4), "M": (6, 5), "W": (5, 3), "D": (4, 3)}  # "months later" = 6 +/- 5 months
_CUES = [(label, re.compile(rf"\b(?:{pat})\b", re.I)) for label, pat in lx.EVENT_CUES.items()]


def _anchor(n: float | None, unit: str, back: bool) -> Anchor:
    """The signed offset as an Anchor (event still unknown)."""
    sign = -1 if back else 1
    if n is None:
        centre, spread = _SPREAD.get(unit, (1, 0))
        n, unc = centre, spread
    else:
        unc = 0
    years, months, days = _split(n, unit)
    unc_t = _split(unc, unit) if unc else (0, 0, 0)
    return Anchor(sign * years, sign * months, sign * days, unc_t)


def _split(n: float, unit: str) -> tuple[int, int, int]:
    if unit in ("Y", "DE", "CE"):
        months = round(n * 12 * {"Y": 1, "DE": 10, "CE": 100}[unit])
        return months // 12, months % 12, 0
    if unit in ("M", "Q"):
        return 0, round(n * (3 if unit == "Q" else 1)), 0
    return 0, 0, round(n * lx.UNIT_DAYS.get(unit, 1))


def _norm(n: float | None, unit: str, back: bool, ctx: Ctx) -> Norm:
    """Unresolved until `attach`; the value meanwhile reads the offset from publication."""
    anchor = _anchor(n, unit, back)
    p = ctx.published.earliest
    value = "XXXX"
    if p is not None and n is not None:
        value = offset_value(p, unit, (-n if back else n))[0]
    gran = {"Y": "year", "DE": "year", "M": "month", "Q": "month"}.get(unit, "day")
    return Norm("DATE", value, None, gran, anchor=anchor)


@rule(RULES, rf"(?:(?P<n>{lx.NUM}|a few|several|some|many)\s+)?(?P<u>{lx.UNIT_RE})(?:\s+to\s+the\s+(?:day|week|month))?\s+(?P<dir>prior|earlier|later|afterwards?|on|before|after)(?:\s+(?P<clause>that|this|then))?", priority=4, keys="unit")
def offset_expr(m: re.Match, ctx: Ctx) -> Norm | None:
    n = lx.number(m["n"]) if m["n"] else None
    if m["n"] and n is None and m["n"].lower() not in ("a few", "several", "some", "many"):
        return None
    if m["dir"].lower() in ("before", "after") and not re.match(r"\s*(?:[,.;:!?)]|$|and\b|when\b)", ctx.after(6)):
        if not re.match(r"\s+(?:the|they|he|she|we|his|her|their|its|it|being|getting)\b", ctx.after(12), re.I):
            return None
    if not m["n"] and not m["u"].lower().endswith("s"):
        return None
    unit = lx.unit_code(m["u"])
    norm = _norm(n, unit, m["dir"].lower() in _BACK, ctx)
    return replace(norm, duration=Duration(n, unit, None if n is None else n * lx.UNIT_DAYS[unit]))


@rule(RULES, r"the\s+(?P<dir>next|following|previous|preceding|same)\s+(?P<u>day|week|month|year|morning|night|evening)", priority=3, keys="unit part")
def following(m: re.Match, ctx: Ctx) -> Norm | None:
    d = m["dir"].lower()
    unit = lx.UNITS.get(m["u"].lower(), "D")
    n = 0 if d == "same" else 1
    return _norm(n, unit, d in _BACK, ctx)


@rule(RULES, r"(?P<mod>(?:earlier|later)\s+)?that\s+(?:same\s+)?(?P<u>day|week|month|year)", priority=3, keys="unit")
def that_unit(m: re.Match, ctx: Ctx) -> Norm:
    """'later that year': the time last talked about (offset zero from the anchor)."""
    norm = _norm(0, lx.UNITS[m["u"].lower()], False, ctx)
    mod = {"earlier": "START", "later": "END"}.get((m["mod"] or "").strip().lower())
    return replace(norm, mod=mod, value="XXXX")


@rule(RULES, r"the\s+(?P<u>day|week|month|year)\s+(?P<dir>before|after)(?=\s*[,.;:!?])", priority=3, keys="unit")
def unit_before(m: re.Match, ctx: Ctx) -> Norm:
    return _norm(1, lx.UNITS[m["u"].lower()], m["dir"].lower() == "before", ctx)


def attach(values: list[TimeValue], text: str) -> list[TimeValue]:
    """Find each anchored value's anchor event in its sentence and resolve it if dated.

    An anchored value left without a dated event takes, as its `value` only, the last date
    mentioned before it (discourse time, as TimeML annotates 'the following year'); its
    `interval` stays None because that anchor is a guess.
    """
    out = [_attach_one(v, values, text) if v.anchor and v.anchor.cue is None else v for v in values]
    out = [_discourse_value(v, out) if v.anchor and v.interval is None else v for v in out]
    return [_as_duration(v) for v in out]


# TimeML marks "three days later" / "two years after they wed" as the DURATION "three days"
# (the direction word is a signal); "a year earlier" / "six years prior" stay dates, like "ago".
_SIGNAL = re.compile(r"\s+(?:later|afterwards?|after|on|before)$", re.I)


def _as_duration(v: TimeValue) -> TimeValue:
    """An offset value in TimeML form; its anchor and interval stay for dating claims."""
    m = _SIGNAL.search(v.text) if v.anchor and v.duration else None
    if m is None:
        return v
    value = duration_value(v.duration.amount, v.duration.unit)
    return replace(v, end=v.start + m.start(), text=v.text[:m.start()], type="DURATION", value=value)


_DISCOURSE_WINDOW = 400  # characters: farther back, the reference time has usually moved on


def _discourse_value(v: TimeValue, values: list[TimeValue]) -> TimeValue:
    prior = [x for x in values if x.end <= v.start and x.start >= v.start - _DISCOURSE_WINDOW
             and x.anchor is None and x.type == "DATE" and x.interval is not None
             and x.granularity in ("day", "month", "year")]
    if not prior:
        return v
    iv = _shift(prior[-1].interval, v.anchor, v.text)
    coarse = Interval(iv.earliest, iv.latest, _coarser(iv.granularity, v.granularity), iv.text)
    return replace(v, value=cal.interval_value(coarse))


def _coarser(a: str, b: str) -> str:
    order = ["day", "month", "year"]
    return max(a, b, key=lambda g: order.index(g) if g in order else 0)


def _attach_one(v: TimeValue, values: list[TimeValue], text: str) -> TimeValue:
    s0, s1 = sentence_bounds(text, v.start, v.end)
    found = _pick_cue(text, s0, s1, v)
    if found is None:
        return _dated_after(v, values, text, s1)
    (label, start, end), (c0, c1) = found
    date = _clause_date(text, values, start, end, c0, c1, v)
    anchor = replace(v.anchor, event=label, cue=text[start:end], cue_start=start, cue_end=end,
                     anchor_interval=date.interval if date else None)
    if date is None or date.interval is None:
        return replace(v, anchor=anchor)
    iv = _shift(date.interval, anchor, v.text)
    return replace(v, anchor=anchor, interval=iv, value=cal.interval_value(iv), granularity=iv.granularity)


def _dated_after(v: TimeValue, values: list[TimeValue], text: str, s1: int) -> TimeValue:
    """"48 years to the week after he walked out of prison in November 1975": no event cue,
    but the clause the offset governs is dated."""
    if not re.search(r"(?:after|before)$", v.text, re.I):
        return v
    hi = min([i for i in (text.find(",", v.end, s1), text.find(";", v.end, s1)) if i >= 0] or [s1])
    dated = [x for x in values if v.end <= x.start and x.end <= hi and x.anchor is None
             and x.type == "DATE" and x.interval is not None
             and x.interval.granularity in ("day", "month", "year")]
    if not dated:
        return v
    iv = _shift(dated[0].interval, v.anchor, v.text)
    return replace(v, interval=iv, value=cal.interval_value(iv), granularity=iv.granularity)


def _shift(iv: Interval, a: Anchor, text: str) -> Interval:
    uy, um, ud = a.uncertainty
    lo = (a.years - uy, a.months - um, a.days - ud)
    hi = (a.years + uy, a.months + um, a.days + ud)
    out = cal.shift_interval(iv, lo, hi)
    return Interval(out.earliest, out.latest, out.granularity, text)


def _cues(text: str, s0: int, s1: int) -> list[tuple[str, int, int]]:
    found = [(label, m.start(), m.end()) for label, rx in _CUES for m in rx.finditer(text, s0, s1)]
    return sorted(found, key=lambda c: c[1])


Cue = tuple[str, int, int]


def _pick_cue(text: str, s0: int, s1: int, v: TimeValue) -> tuple[Cue, tuple[int, int]] | None:
    """The anchor event and the bounds of its sentence.

    'after they wed' -> the cue after the expression. 'six years prior' / 'A year later, they
    married' -> an event other than the one the expression modifies (the nearest cue before it
    in its clause, else the first cue after it); failing that, the previous sentence's event.
    """
    cues = _cues(text, s0, s1)
    if re.search(r"(?:after|before)$", v.text, re.I):
        later = [c for c in cues if c[1] >= v.end]
        return (later[0], (s0, s1)) if later else None
    a = v.anchor
    same_time = (a.years, a.months, a.days) == (0, 0, 0)  # "that year" may hang on its own clause
    modified = None if same_time else _modified(text, cues, v)
    others = [c for c in cues if c != modified and not (v.start <= c[1] < v.end)]
    if others:
        return _closest(text, others, v.start, s0, s1), (s0, s1)
    p0, p1 = sentence_bounds(text, max(0, s0 - 2), max(0, s0 - 2)) if s0 > 1 else (0, 0)
    prev = _cues(text, p0, min(p1, s0))
    return (_closest(text, prev, s0, p0, p1), (p0, min(p1, s0))) if prev else None


def _modified(text: str, cues: list[Cue], v: TimeValue) -> Cue | None:
    before = [c for c in cues if c[2] <= v.start]
    if before and not re.search(r"[,;]", text[before[-1][2]:v.start]):
        return before[-1]
    after = [c for c in cues if c[1] >= v.end]
    return after[0] if after else None


def _closest(text: str, pool: list[Cue], pos: int, s0: int, s1: int) -> Cue:
    dated = [c for c in pool if _has_year(text, c, s0, s1)]
    return min(dated or pool, key=lambda c: abs(c[1] - pos))


def _clause(text: str, start: int, end: int, s0: int, s1: int) -> tuple[int, int]:
    lo = max(text.rfind(",", s0, start), text.rfind(";", s0, start), s0 - 1) + 1
    hi_c = [i for i in (text.find(",", end, s1), text.find(";", end, s1)) if i >= 0]
    return lo, min(hi_c) if hi_c else s1


def _has_year(text: str, cue: Cue, s0: int, s1: int) -> bool:
    lo, hi = _clause(text, cue[1], cue[2], s0, s1)
    return bool(re.search(lx.YEAR_RE, text[lo:hi]))


def _clause_date(text: str, values: list[TimeValue], start: int, end: int, s0: int, s1: int,
                 v: TimeValue) -> TimeValue | None:
    lo, hi = _clause(text, start, end, s0, s1)
    if lo <= v.start < hi and re.search(r"(?:after|before)$", v.text, re.I):
        lo = v.end  # "three years after they wed in 2010": the date after the cue
    dated = [x for x in values if lo <= x.start and x.end <= hi and x is not v and x.anchor is None
             and x.type == "DATE" and x.interval is not None and x.interval.granularity != "unknown"]
    return min(dated, key=lambda x: abs(x.start - start)) if dated else None
