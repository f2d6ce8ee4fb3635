"""Explanations: sentences that name the sources and show the reasoning behind each value.

"Harbor Weekly (2020) says they first met in 2009; The Daily Lantern (2018) says they first
met five years before their 2016 wedding, i.e. 2011."
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ..model import Claim, Fact, Interval
from .rules import SYMMETRIC, norm_text

if TYPE_CHECKING:
    from .facts import SourceInfo

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
# Words that already read as a time phrase: "in 2009", "last spring", "five years later".
_NO_PREPOSITION = re.compile(r"^(in|on|at|since|during|around|about|by|before|after|until)\b",
                             re.I)
_NEEDS_IN = re.compile(r"^(\d|early|mid|late|spring|summer|fall|autumn|winter|"
                       + "|".join(MONTHS) + r")", re.I)
# "turned one in February": small ages are written in words
_NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve"]
_AGE = re.compile(r"^(?:the\s+|aged?\s+)?(\d{1,3}|" + "|".join(_NUMBER_WORDS) +
                  r")(?:[-\s]years?[-\s]old)?$", re.I)

_OBJECT_SLOT = re.compile(r"\s+(?:(?:in|as|of|at|for)\s+)?\{o\}")

# What each predicate says, with {s} the subject and {o} the object or value.
PHRASES = {
    "first_met": "{pair} first met", "relationship_start": "{pair} got together",
    "engagement": "{pair} got engaged", "marriage": "{pair} married",
    "divorce": "{pair} divorced", "spouse": "{pair} are married",
    "partner": "{pair} are partners", "sibling": "{pair} are siblings",
    "child": "{s} is a parent of {o}", "date_of_birth": "{s} was born",
    "date_of_death": "{s} died", "place_of_birth": "{s} was born in {o}",
    "birth_name": "{s} was born as {o}", "occupation": "{s} works as {o}",
    "employer": "{s} works for {o}", "member_of": "{s} is a member of {o}",
    "educated_at": "{s} studied at {o}", "award_received": "{s} received {o}",
    "pregnancy_announcement": "{s} announced a pregnancy",
    "pregnancy_loss": "{s} lost a pregnancy", "children_count": "{s} had {o} children",
    "employer_start": "{s} joined {o}", "member_of_start": "{s} joined {o}",
}
STARTED = {"employer": "employer_start", "member_of": "member_of_start"}


# --------------------------------------------------------------------------- building blocks

def source_label(document: str, sources: Mapping[str, SourceInfo]) -> str:
    """'Outlet (year)': the outlet, else the title, else the document id; the year when known."""
    info = sources.get(document)
    if info is None:
        return document
    name = info.outlet or info.title or document
    year = publication_year(info)
    return f"{name} ({year})" if year else name


def publication_year(info: SourceInfo) -> str:
    pub = info.published
    lo, hi = (pub.earliest, pub.latest) if pub is not None else (None, None)
    years = sorted({d.year for d in (lo, hi) if d})
    return "–".join(str(y) for y in years)


def render_interval(time: Interval | None) -> str:
    """A date range as a person writes it: '2011', '1978–1979', 'April 2016', 'May 3, 2016'."""
    if time is None or (time.earliest is None and time.latest is None):
        # "this evening" in an article whose date is unknown: what it says, not yet a date
        return f"“{time.text}” (not dated)" if time is not None and time.text else "an unknown date"
    lo, hi = time.earliest, time.latest
    if lo is None:
        return f"by {_day(hi)}"
    if hi is None:
        return f"since {_day(lo)}"
    return _closed(lo, hi)


def _closed(lo: dt.date, hi: dt.date) -> str:
    if (hi - lo).days >= 360 or lo.year != hi.year:
        # Wide ranges read best as years: an age of 39 in early 2018 → born 1978–1979.
        return str(lo.year) if lo.year == hi.year else f"{lo.year}–{hi.year}"
    if lo == hi:
        return _day(lo)
    if lo.day == 1 and _month_end(hi):
        first, last = MONTHS[lo.month - 1], MONTHS[hi.month - 1]
        return f"{first} {lo.year}" if first == last else f"{first}–{last} {lo.year}"
    return f"{_day(lo)}–{_day(hi)}"


def _day(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def _month_end(d: dt.date) -> bool:
    return (d + dt.timedelta(days=1)).day == 1


def when(time: Interval | None) -> str:
    """'in 2009', or the source's own words plus what they work out to: '…, i.e. 2011'."""
    if time is None:
        return ""
    rendered = render_interval(time)
    text = " ".join(time.text.split()) or rendered
    phrase = text
    if _NEEDS_IN.match(text) and not _NO_PREPOSITION.match(text):
        phrase = f"{'on' if time.earliest == time.latest else 'in'} {text}"
    bare = _NO_PREPOSITION.sub("", text).strip()
    same = norm_text(bare) == norm_text(rendered) or norm_text(text) == norm_text(rendered)
    return phrase if same else f"{phrase}, i.e. {rendered}"


def describe(predicate: str, subject: str, obj: str | None, names: Mapping[str, str],
             pair: str | None = None) -> str:
    """What a fact or claim says, in words; `pair` replaces 'A and B' (e.g. 'they')."""
    s, o = names.get(subject, subject), names.get(obj, obj) if obj else ""
    template = PHRASES.get(predicate, "{s} " + predicate.replace("_", " ") + " {o}")
    if not obj:  # "was born in {o}" → "was born": no dangling preposition
        template = _OBJECT_SLOT.sub("", template)
    both = pair or (f"{s} and {o}" if obj else s)
    return template.format(s=s, o=o, pair=both).strip()


def statement(item: Claim | Fact, names: Mapping[str, str], they: bool = True) -> str:
    """A claim or fact as a clause: what, where, when ('they married in Lisbon in 2013')."""
    pair = "they" if they and item.predicate in SYMMETRIC and item.object else None
    obj = item.object or item.value
    if item.predicate == "place_of_birth":
        obj = obj or item.place
    predicate = item.predicate
    if item.time is not None and predicate in STARTED:
        predicate = STARTED[predicate]  # a dated job is dated by its start: "joined X in 2011"
    text = describe(predicate, item.subject, obj, names, pair)
    if item.place and item.predicate != "place_of_birth":
        text += f" in {names.get(item.place, item.place)}"
    return " ".join(p for p in (text, when(item.time)) if p)


def age_of(claim: Claim) -> str | None:
    """The age a birth-date claim was worked out from ('39', 'the 39-year-old'), if any."""
    if claim.predicate != "date_of_birth":
        return None
    for text in (claim.time.text if claim.time else "", claim.value or ""):
        match = _AGE.match(" ".join(text.split()))
        if match and not match.group(1).isdigit():
            return match.group(1).lower()
        if match and int(match.group(1)) < 130:
            return match.group(1)
    return None


def join(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + ", and " + items[-1]


# --------------------------------------------------------------------------- clauses

def _clauses(fact: Fact, claims: Mapping[str, Claim], sources: Mapping[str, SourceInfo],
             names: Mapping[str, str], state: dict[str, bool]) -> list[str]:
    """One clause per distinct thing said about a fact, naming every source that said it."""
    said: dict[str, list[str]] = {}
    for claim in sorted((claims[c] for c in fact.claims if c in claims),
                        key=lambda c: _source_order(c, sources)):
        labels = said.setdefault(_said(claim, names, state), [])
        label = source_label(claim.evidence.document, sources)
        if label not in labels:
            labels.append(label)
    if not said:  # no claim text at hand: describe the fact itself
        said[f"says {statement(fact, names)}"] = [f"{len(fact.claims)} source(s)"]
    return [_clause(labels, text) for text, labels in said.items()]


def _said(claim: Claim, names: Mapping[str, str], state: dict[str, bool]) -> str:
    """'says they met in 2009'; for ages 'calls Ada Brook 39, i.e. born …' then 'gives 33, …'."""
    age = age_of(claim)
    if age is None:
        return f"says {statement(claim, names, they=not state.get('full_names'))}"
    born = render_interval(claim.time)
    if state.get("named"):
        return f"gives {age}, i.e. born {born}"
    state["named"] = True
    return f"calls {names.get(claim.subject, claim.subject)} {age}, i.e. born {born}"


def _clause(labels: list[str], said: str) -> str:
    verb, rest = said.split(" ", 1)
    if len(labels) > 1:
        verb = verb[:-1]  # says → say, calls → call, gives → give
    return f"{join(labels)} {verb} {rest}"


def _source_order(claim: Claim, sources: Mapping[str, SourceInfo]) -> tuple:
    info = sources.get(claim.evidence.document)
    pub = info.published if info else None
    day = (pub.earliest or pub.latest) if pub is not None else None
    return (day is None, day or dt.date.min, claim.evidence.document, claim.evidence.start,
            claim.id)


def _fact_order(fact: Fact, claims: Mapping[str, Claim],
                sources: Mapping[str, SourceInfo]) -> tuple:
    """Earliest value first; undated ones by their earliest source, so the order reads naturally."""
    lo = fact.time.earliest if fact.time else None
    first = min((_source_order(claims[c], sources) for c in fact.claims if c in claims),
                default=())
    return (lo is None, lo or dt.date.min, first, fact.id)


# --------------------------------------------------------------------------- explanations

def explain_fact(fact: Fact, claims: Mapping[str, Claim], sources: Mapping[str, SourceInfo],
                 names: Mapping[str, str]) -> str:
    """Who says a fact and how: 'Harbor Weekly (2020) says they married in 2013.'"""
    return "; ".join(_clauses(fact, claims, sources, names, {})) + "."


def explain_conflict(facts: Sequence[Fact], claims: Mapping[str, Claim],
                     sources: Mapping[str, SourceInfo], names: Mapping[str, str]) -> str:
    """Each side of a conflict, earliest value first, with its sources and their reasoning."""
    state: dict[str, bool] = {}
    clauses = [c for f in sorted(facts, key=lambda f: _fact_order(f, claims, sources))
               for c in _clauses(f, claims, sources, names, state)]
    return "; ".join(clauses) + "."


def explain_child_before_meeting(met: Fact, born: Fact, claims: Mapping[str, Claim],
                                 sources: Mapping[str, SourceInfo],
                                 names: Mapping[str, str]) -> str:
    full = {"full_names": True}  # two subjects in one sentence: "they" would be ambiguous
    parts = "; ".join(_clauses(met, claims, sources, names, full)
                      + _clauses(born, claims, sources, names, full))
    return f"{parts} — a child of both, born before they met."


def explain_count_drop(earlier: Fact, later: Fact, claims: Mapping[str, Claim],
                       sources: Mapping[str, SourceInfo], names: Mapping[str, str]) -> str:
    parts = "; ".join(_clauses(earlier, claims, sources, names, {})
                      + _clauses(later, claims, sources, names, {}))
    return f"{parts} — a count cannot go down over time."
