"""Conflicts: facts that cannot all be true, each kept with an explanation a person can read.

Two kinds. Within a slot: a single-valued predicate (a birth date, a wedding of one pair)
that consolidation had to split into several facts. Across facts: consistency checks
(a child born before its parents met; a count that goes down over time).
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..model import Claim, Conflict, Fact
from .explain import explain_child_before_meeting, explain_conflict, explain_count_drop
from .rules import SINGLE_PER_SUBJECT, SINGLE_VALUED, digest

if TYPE_CHECKING:
    from .facts import SourceInfo

COUNT_PREDICATES = frozenset({"children_count"})


def find_conflicts(facts: list[Fact], claims: Mapping[str, Claim],
                   sources: Mapping[str, SourceInfo], names: Mapping[str, str]) -> list[Conflict]:
    """Every conflict among `facts`, sorted by id."""
    found = (slot_conflicts(facts, claims, sources, names)
             + start_conflicts(facts, claims, sources, names)
             + child_before_meeting(facts, claims, sources, names)
             + count_drops(facts, claims, sources, names))
    return sorted({c.id: c for c in found}.values(), key=lambda c: c.id)


def conflict_id(subject: str, predicate: str, fact_ids: list[str]) -> str:
    return digest("conflict", subject, predicate, *sorted(fact_ids))


def _conflict(subject: str, predicate: str, facts: list[Fact], explanation: str) -> Conflict:
    ids = sorted(f.id for f in facts)
    return Conflict(id=conflict_id(subject, predicate, ids), subject=subject,
                    predicate=predicate, facts=tuple(ids), explanation=explanation)


# --------------------------------------------------------------------------- within a slot

def slot_conflicts(facts: list[Fact], claims: Mapping[str, Claim],
                   sources: Mapping[str, SourceInfo], names: Mapping[str, str]) -> list[Conflict]:
    """A single-valued slot holding more than one fact is a conflict among all of them."""
    slots: dict[tuple[str, ...], list[Fact]] = {}
    for fact in facts:
        if fact.predicate in SINGLE_VALUED:
            slots.setdefault(_slot(fact), []).append(fact)
    return [_conflict(key[0], key[1], group, explain_conflict(group, claims, sources, names))
            for key, group in sorted(slots.items()) if len(group) > 1]


def _slot(fact: Fact) -> tuple[str, ...]:
    if fact.predicate in SINGLE_PER_SUBJECT:
        return (fact.subject, fact.predicate)
    return (fact.subject, fact.predicate, fact.object or "")


STARTED = frozenset({"employer", "member_of"})  # dated only by their start (claims.career)


def start_conflicts(facts: list[Fact], claims: Mapping[str, Claim],
                    sources: Mapping[str, SourceInfo], names: Mapping[str, str]) -> list[Conflict]:
    """One job or membership begun in different years: "joined Halston in 2011" against
    "joined Halston in 2009" (undated statements of the job disagree with neither)."""
    starts: dict[tuple[str, str, str], list[Fact]] = {}
    for fact in facts:
        if fact.predicate in STARTED and fact.object and fact.time is not None:
            starts.setdefault((fact.subject, fact.predicate, fact.object), []).append(fact)
    return [_conflict(key[0], key[1], group, explain_conflict(group, claims, sources, names))
            for key, group in sorted(starts.items()) if len(group) > 1]


# --------------------------------------------------------------------------- across facts

def child_before_meeting(facts: list[Fact], claims: Mapping[str, Claim],
                         sources: Mapping[str, SourceInfo],
                         names: Mapping[str, str]) -> list[Conflict]:
    """A child of both A and B cannot be born before A and B first met."""
    parents = _parents(facts)
    births = _by_subject(facts, "date_of_birth")
    out = []
    for met in (f for f in facts if f.predicate == "first_met" and f.object and f.time):
        pair = {met.subject, met.object}
        for child in sorted(c for c, ps in parents.items() if pair <= ps):
            out += [_conflict(met.subject, "first_met", [met, born],
                              explain_child_before_meeting(met, born, claims, sources, names))
                    for born in births.get(child, []) if _before(born, met)]
    return out


def _parents(facts: list[Fact]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for fact in facts:
        if fact.predicate == "child" and fact.object:
            out.setdefault(fact.object, set()).add(fact.subject)
    return out


def _by_subject(facts: list[Fact], predicate: str) -> dict[str, list[Fact]]:
    out: dict[str, list[Fact]] = {}
    for fact in facts:
        if fact.predicate == predicate and fact.time:
            out.setdefault(fact.subject, []).append(fact)
    return out


def _before(a: Fact, b: Fact) -> bool:
    """a certainly ends before b starts (uncertain or open intervals never count)."""
    end, start = a.time and a.time.latest, b.time and b.time.earliest
    return bool(end and start and end < start)


def count_drops(facts: list[Fact], claims: Mapping[str, Claim],
                sources: Mapping[str, SourceInfo], names: Mapping[str, str]) -> list[Conflict]:
    """A running count (children_count) stated later cannot be smaller than one stated earlier."""
    out = []
    for predicate in sorted(COUNT_PREDICATES):
        for subject, group in sorted(_by_subject(facts, predicate).items()):
            out += [_conflict(subject, predicate, [a, b],
                              explain_count_drop(a, b, claims, sources, names))
                    for a in group for b in group
                    if _before(a, b) and _count(b) < _count(a)]
    return out


def _count(fact: Fact) -> float:
    """The numeric value of a count fact; unreadable values never take part (NaN compares false)."""
    try:
        return float(fact.value or "nan")
    except ValueError:
        return float("nan")
