"""The rule machinery: a rule is a regex plus a function that normalizes its match in context."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ...model import Granularity, Interval
from . import calendar as cal
from .types import Norm, TimeType

# Clause-level cues that a bare weekday or month refers forward rather than back.
_FUTURE = re.compile(r"(?:\bwill|'ll|\bshall|\bgoing to|\bscheduled|\bexpected to|\bplans? to|"
                     r"\bplann(?:ed|ing)|\b(?:is|are) to|\bupcoming|\bnext|\bdue to|\bset to|\bas (?:early|soon) as|\bmight|"
                     r"\b(?:postponed|extended|delayed|adjourned|deferred|deadline|given)\b.{0,40}\buntil)\b", re.I)
# A past perfect turns those cues into a past plan: "it had been due to expire Friday".
_PAST_PERFECT = re.compile(r"\bhad(?:\s+not)?\s+(?:been|\w+ed)\b", re.I)
# "since March" can only look back, whatever the clause's tense. (Past verbs are no such cue:
# "was extended to Nov. 16", "was planned for early March" point forward.)
_SINCE = re.compile(r"\bsince\s+(?:(?:early|late|mid|the)[- ]+)?$", re.I)
_SENT_END = re.compile(r"(?<![A-Z][a-z])(?<![A-Z])[.!?][\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*\n")


@dataclass
class Ctx:
    """Where a match sits: the whole text, the publication interval, and document memory."""

    text: str
    published: Interval
    start: int = 0
    end: int = 0
    memory: dict = field(default_factory=dict)

    def at(self, m: re.Match, group: int | str = 0) -> Ctx:
        self.start, self.end = m.span(group)
        return self

    def before(self, n: int = 40) -> str:
        return self.text[max(0, self.start - n):self.start]

    def after(self, n: int = 40) -> str:
        return self.text[self.end:self.end + n]

    def sentence(self) -> tuple[int, int]:
        return sentence_bounds(self.text, self.start, self.end)

    def future(self) -> bool:
        """Whether the clause around the match speaks of the future (tense heuristic)."""
        clause = self.clause()
        return bool(_FUTURE.search(clause)) and not _PAST_PERFECT.search(clause)

    def tense(self) -> int:
        """-1 after 'since', +1 when the clause speaks of the future, 0 when it does not say."""
        if _SINCE.search(self.before(20)):
            return -1
        return 1 if self.future() else 0

    def clause(self) -> str:
        """The text around the match up to clause punctuation (at most 50 before, 20 after)."""
        s0, s1 = self.sentence()
        lo = max(s0, self.start - 50, *(self.text.rfind(c, s0, self.start) + 1 for c in ",;:`'\""))
        hi = [i for i in (self.text.find(c, self.end, s1) for c in ",;") if i >= 0]
        return self.text[lo:min([s1, self.end + 20, *hi])]


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    # Look back a few hundred characters first: rescanning from 0 for every match is quadratic.
    s0 = _sentence_start(text, max(0, start - 500), start)
    if s0 is None:
        s0 = _sentence_start(text, 0, start) or 0
    m = _SENT_END.search(text, end)
    return s0, (m.start() + 1 if m else len(text))


def _sentence_start(text: str, lo: int, start: int) -> int | None:
    """The end of the last sentence boundary in text[lo:start]; +2: the lookahead sees the
    next word."""
    ends = [m.end() for m in _SENT_END.finditer(text, lo, start + 2) if m.end() <= start]
    return ends[-1] if ends else None


Builder = Callable[[re.Match, Ctx], Norm | None]


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern
    build: Builder
    group: int | str = 0
    priority: int = 0
    keys: tuple[str, ...] = ()  # trigger classes (scan.KEYS) one of which every match contains


def rule(registry: list[Rule], pattern: str, group: int | str = 0, priority: int = 0,
         flags: int = re.I, keys: str = "") -> Callable[[Builder], Builder]:
    """Register a builder for a pattern; matches never start or end inside a word or after '$'.

    `keys` (space-separated scan.KEYS names) lets the scan skip text far from those words.
    """
    regex = re.compile(rf"(?<![\w$£€'’])(?:{pattern})(?![\w])", flags)

    def wrap(fn: Builder) -> Builder:
        registry.append(Rule(fn.__name__, regex, fn, group, priority, tuple(keys.split())))
        return fn
    return wrap


def relative(ctx: Ctx, fn: Callable[[dt.date], tuple[str, Interval]], vague: str,
             type_: TimeType = "DATE", mod: str | None = None) -> Norm:
    """Evaluate fn at both ends of the publication interval and widen over them.

    With an open publication end the interval is None and the value stays underspecified.
    """
    p1, p2 = ctx.published.earliest, ctx.published.latest
    if p1 is None or p2 is None:
        return Norm(type_, vague, None, "unknown", mod=mod)
    (v1, a), (v2, b) = fn(p1), fn(p2)
    iv = cal.widen(a, b)
    value = v1 if v1 == v2 else merge_values(v1, v2)
    return Norm(type_, value, _texted(iv, ctx), a.granularity, mod=mod)


def _texted(iv: Interval | None, ctx: Ctx) -> Interval | None:
    if iv is None:
        return None
    return Interval(iv.earliest, iv.latest, iv.granularity, ctx.text[ctx.start:ctx.end])


def merge_values(a: str, b: str) -> str:
    """'2017-11' and '2018-02' -> '201X-XX': keep what both readings share, up to the first
    difference; after it every digit becomes X (letters and separators stay)."""
    if len(a) != len(b):
        return a
    out, differ = [], False
    for x, y in zip(a, b):
        differ = differ or x != y
        out.append("X" if differ and (x.isdigit() or x != y) else x)
    return "".join(out)


def absolute(ctx: Ctx, iv: Interval, value: str | None = None, mod: str | None = None,
             type_: TimeType = "DATE") -> Norm:
    return Norm(type_, value or cal.interval_value(iv), _texted(iv, ctx), iv.granularity, mod=mod)


def vague_ref(value: str, ctx: Ctx) -> Norm:
    """PAST_REF / PRESENT_REF / FUTURE_REF with the side of the publication they lie on."""
    p = ctx.published
    spans = {"PAST_REF": (None, p.latest), "PRESENT_REF": (p.earliest, p.latest),
             "FUTURE_REF": (p.earliest, None)}
    lo, hi = spans[value]
    gran: Granularity = "day" if value == "PRESENT_REF" else "unknown"
    return Norm("DATE", value, Interval(lo, hi, gran, ctx.text[ctx.start:ctx.end]), gran)


MODS = {"early": "START", "the early": "START", "the beginning of": "START", "mid": "MID",
        "the middle of": "MID", "mid-": "MID", "late": "END", "the end of": "END",
        "the late": "END", "the mid": "MID", "the start of": "START"}
MOD_RE = r"(?:(?P<mod>(?:the )?(?:early|late|mid(?:dle of)?|beginning of|end of|start of))[- ]+)?"


def mod_of(m: re.Match) -> str | None:
    word = (m.groupdict().get("mod") or "").lower().replace("the ", "").strip()
    if not word:
        return None
    return "START" if word in ("early", "beginning of", "start of") else (
        "END" if word in ("late", "end of") else "MID")


def narrow(iv: Interval, mod: str | None) -> Interval:
    """Narrow a year or month to its first/middle/last third for START/MID/END."""
    if mod not in ("START", "MID", "END") or iv.earliest is None or iv.latest is None:
        return iv
    span = (iv.latest - iv.earliest).days + 1
    third = span // 3
    k = {"START": 0, "MID": 1, "END": 2}[mod]
    lo = iv.earliest + dt.timedelta(days=k * third)
    hi = iv.latest if k == 2 else lo + dt.timedelta(days=third - 1)
    return Interval(lo, hi, iv.granularity, iv.text)
