"""Recognition: run every rule over a text, keep the best non-overlapping matches, add spaCy's."""
from __future__ import annotations

import collections
import datetime as dt
import re
from collections.abc import Iterable

from ...model import Interval
from . import absolute, ages, anchors, clock, durations, relative
from . import lexicon as lx
from .grammar import Ctx, Rule
from .scan import Windows
from .types import Norm, TimeValue

RULES: list[Rule] = [*absolute.RULES, *relative.RULES, *durations.RULES, *clock.RULES,
                     *ages.RULES, *anchors.RULES]
_QUARTER = re.compile(r"\b(first|second|third|fourth)[- ]quarter\b", re.I)
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4}
Candidate = tuple[int, int, int, Norm]  # start, end, priority, normalization


def document_memory(text: str) -> dict:
    """Document-level context: the quarter a financial report is about (its most cited one)."""
    found = collections.Counter(_ORD[m.group(1).lower()] for m in _QUARTER.finditer(text))
    memory: dict = {}
    if found:
        memory["quarter"] = found.most_common(1)[0][0]
    elif re.search(r"\bquarter(?:ly)?\b", text, re.I):
        memory["quarter"] = None
    return memory


def candidates(text: str, published: Interval, rules: Iterable[Rule] = RULES,
               windowed: bool = True) -> list[Candidate]:
    """Every rule's matches; `windowed` scans only near each rule's trigger words (same result,
    several times faster; False scans everything, for checking that)."""
    memory = document_memory(text)
    windows = Windows(text)
    out: list[Candidate] = []
    for r in rules:
        for lo, hi in windows.spans(r.keys if windowed else ()):
            for m in r.regex.finditer(text, lo, hi):
                ctx = Ctx(text, published, memory=memory).at(m, r.group)
                norm = r.build(m, ctx)
                if norm is not None and ctx.end > ctx.start:
                    out.append((ctx.start, ctx.end, r.priority, norm))
    return out


def select(cands: list[Candidate]) -> list[Candidate]:
    """Longest match first, then rule priority; no two kept matches overlap."""
    ranked = sorted(cands, key=lambda c: (-(c[1] - c[0]), -c[2], c[0]))
    taken: list[Candidate] = []
    for c in ranked:
        if all(c[1] <= t[0] or c[0] >= t[1] for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c[0])


# TimeML leaves signals and articles out of a TIMEX3: "in [recent years]", "over [the past two
# years]", "by [year-end]"; before a number-unit adjective too: "a [two-year] term", "a [16-hour]
# day", "the [third-quarter] results" (a singular unit after a count marks the adjective).
_UNIT1 = r"(?:year|month|week|day|hour|minute|quarter|decade)(?![s\w])"
_LEADING = re.compile(rf"(?:in|over|by)\s+(?=the\b|recent\b|past\b|year)|(?:an?|the)\s+"
                      rf"(?=(?!an?\b|{lx.YEAR_RE}\b){lx.NUM}(?:-|\s+){_UNIT1}|\w+-{_UNIT1})", re.I)


def trim(text: str, c: Candidate) -> Candidate:
    """Drop a leading signal or article the rule's pattern took in."""
    start, end, priority, n = c
    m = _LEADING.match(text, start, end)
    return c if m is None else (m.end(), end, priority, n)


def to_value(text: str, c: Candidate) -> TimeValue:
    start, end, _, n = trim(text, c)
    return TimeValue(start, end, text[start:end], n.type, n.value, n.interval, n.granularity,
                     n.anchor, n.duration, n.mod)


def recognize(text: str, published: Interval,
              ents: list[tuple[int, int, str]] | None = None) -> list[TimeValue]:
    chosen = select(candidates(text, published))
    values = [to_value(text, c) for c in chosen]
    values += _from_ents(text, published, ents or [], chosen)
    values.sort(key=lambda v: v.start)
    return anchors.attach(values, text)


def _from_ents(text: str, published: Interval, ents: list[tuple[int, int, str]],
               chosen: list[Candidate]) -> list[TimeValue]:
    """spaCy DATE/TIME entities the grammar missed, when dateparser reads them as a full date."""
    out = []
    for start, end, label in ents:
        if label not in ("DATE", "TIME") or any(s < end and start < e for s, e, _, _ in chosen):
            continue
        norm = parse_with_dateparser(text[start:end], published)
        if norm is not None:
            out.append(to_value(text, (start, end, 0, norm)))
    return out


_DIGITS_AND_MONTH = re.compile(r"\d.*\b[A-Za-z]{3,}|\b[A-Za-z]{3,}\b.*\d|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


def parse_with_dateparser(expr: str, published: Interval) -> Norm | None:
    """Fallback for day-precise formats the grammar lacks ('3rd of June, 2014', '03.06.2014')."""
    if published.earliest is None or not _DIGITS_AND_MONTH.search(expr):
        return None
    import dateparser  # imported lazily: it is slow to import and rarely needed
    base = dt.datetime.combine(published.earliest, dt.time())
    got = dateparser.parse(expr, languages=["en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "STRICT_PARSING": True,
        "REQUIRE_PARTS": ["day", "month", "year"]})
    if got is None:
        return None
    d = got.date()
    return Norm("DATE", d.isoformat(), Interval(d, d, "day", expr), "day")
