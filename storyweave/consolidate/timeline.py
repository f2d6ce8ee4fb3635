"""Timelines: an entity's (or a couple's) facts in time order, disputed dates shown as bands.

A disputed item covers every source's value (earliest of all to latest of all) and lists
each side, so a reader sees the whole range of what is claimed, not a silent pick.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from ..model import Conflict, Fact, Interval
from .explain import describe, render_interval

# Events about one partner that belong on the couple's timeline.
COUPLE_EVENTS = frozenset({"pregnancy_announcement", "pregnancy_loss"})
_COARSE = ("day", "month", "season", "year", "decade", "century", "unknown")


@dataclass(frozen=True)
class TimelineItem:
    """One line of a timeline; `facts` has one fact, or every side of a dispute (a band)."""

    fact_id: str
    predicate: str
    label: str
    interval: Interval | None
    status: str
    facts: tuple[Fact, ...]
    conflict: str | None = None

    @property
    def disputed(self) -> bool:
        return len(self.facts) > 1


def timeline(entity_id: str, facts: Iterable[Fact],
             conflicts: Iterable[Conflict]) -> list[TimelineItem]:
    """Facts where the entity is subject or object, ordered by interval start."""
    mine = [f for f in facts if entity_id in (f.subject, f.object)]
    return _items(mine, conflicts)


def relationship_timeline(a: str, b: str, facts: Iterable[Fact],
                          conflicts: Iterable[Conflict]) -> list[TimelineItem]:
    """A couple's story: facts between them, their pregnancies, their shared children's births."""
    facts = list(facts)
    children = _shared_children(a, b, facts)
    mine = [f for f in facts if {f.subject, f.object} == {a, b}
            or (f.subject in (a, b) and f.predicate in COUPLE_EVENTS)
            or (f.subject in children and f.predicate == "date_of_birth")]
    return _items(mine, conflicts)


def _shared_children(a: str, b: str, facts: list[Fact]) -> set[str]:
    of = {p: {f.object for f in facts if f.predicate == "child" and f.subject == p}
          for p in (a, b)}
    return {c for c in of[a] & of[b] if c}


def _items(facts: list[Fact], conflicts: Iterable[Conflict]) -> list[TimelineItem]:
    by_id = {f.id: f for f in facts}
    items, used = [], set()
    for conflict in sorted(conflicts, key=lambda c: c.id):
        sides = [by_id[i] for i in conflict.facts if i in by_id and i not in used]
        if len(sides) > 1 and all(f.predicate == conflict.predicate for f in sides):
            items.append(_band(conflict, sides))
            used |= {f.id for f in sides}
    items += [_single(f) for f in facts if f.id not in used]
    return sorted(items, key=_order)


def _single(fact: Fact) -> TimelineItem:
    return TimelineItem(fact.id, fact.predicate, label(fact, {}), fact.time, fact.status,
                        (fact,))


def _band(conflict: Conflict, sides: list[Fact]) -> TimelineItem:
    sides = sorted(sides, key=_fact_order)
    return TimelineItem(sides[0].id, conflict.predicate, label(_common(sides), {}),
                        band(f.time for f in sides), "conflicting", tuple(sides), conflict.id)


def band(times: Iterable[Interval | None]) -> Interval | None:
    """Earliest of all to latest of all; an open end on any side keeps the band open there."""
    known = [t for t in times if t is not None]
    if not known:
        return None
    los, his = [t.earliest for t in known], [t.latest for t in known]
    lo = None if None in los else min(los)
    hi = None if None in his else max(his)
    grain = max((t.granularity for t in known), key=_COARSE.index)
    return Interval(lo, hi, grain, " / ".join(dict.fromkeys(t.text for t in known if t.text)))


def _common(sides: list[Fact]) -> Fact:
    """The first side, without the parts the sides disagree on (those are listed per side)."""
    first = sides[0]
    if len({(f.object, f.value) for f in sides}) > 1:
        first = replace(first, object=None, value=None)
    if len({f.place for f in sides}) > 1:
        first = replace(first, place=None)
    return first


def label(fact: Fact, names: Mapping[str, str]) -> str:
    """What a fact says, without its date: 'Ada Brook and Ben Cole married in Lisbon'."""
    obj = fact.object or fact.value
    text = describe(fact.predicate, fact.subject, obj, names)
    if fact.place and fact.predicate != "place_of_birth":
        text += f" in {names.get(fact.place, fact.place)}"
    return text


def _order(item: TimelineItem) -> tuple:
    lo = item.interval.earliest if item.interval else None
    hi = item.interval.latest if item.interval else None
    return (lo is None, lo or dt.date.min, hi or dt.date.max, item.predicate, item.fact_id)


def _fact_order(fact: Fact) -> tuple:
    """Sides of a band: earliest first, then alphabetically by value (ids break ties)."""
    lo = fact.time.earliest if fact.time else None
    return (lo is None, lo or dt.date.min, (fact.object or fact.value or "").casefold(), fact.id)


# --------------------------------------------------------------------------- rendering

def render_timeline(items: Sequence[TimelineItem], names: Mapping[str, str]) -> str:
    """One line per item: dates, what, how many claims, and each side when disputed."""
    return "\n".join(_line(item, names) for item in items)


def _line(item: TimelineItem, names: Mapping[str, str]) -> str:
    when = render_interval(item.interval) if item.interval else "undated"
    what = label(_common(list(item.facts)), names)
    line = f"{when:<24} {what} ({_count(sum(len(f.claims) for f in item.facts))})"
    if item.disputed:
        line += "; disputed: " + " vs ".join(_side(f, item.facts, names) for f in item.facts)
    return line


def _side(fact: Fact, sides: tuple[Fact, ...], names: Mapping[str, str]) -> str:
    """A side by what distinguishes it: its value/place when those differ, else its date."""
    parts = []
    if len({(f.object, f.value) for f in sides}) > 1:
        ref = fact.object or fact.value
        parts.append(names.get(ref, ref) if ref else "?")
    if len({f.place for f in sides}) > 1 and fact.place:
        parts.append(names.get(fact.place, fact.place))
    if len({f.time for f in sides}) > 1 or not parts:
        parts.append(render_interval(fact.time))
    return f"{', '.join(parts)} ({_count(len(fact.claims))})"


def _count(n: int) -> str:
    return f"{n} claim" if n == 1 else f"{n} claims"
