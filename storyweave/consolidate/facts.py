"""Consolidation: claims → facts that merge what agrees, conflicts that keep what doesn't.

Pure and deterministic: claims are normalized and sorted before anything else, and every id
is a hash of content, so the same claims in any order give the same facts, conflicts and ids.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import NamedTuple

from ..model import Claim, Conflict, Fact, Interval, Published
from .rules import (PARENT_INVERSES, PLACE_VALUED, SINGLE_PER_PAIR, SINGLE_PER_SUBJECT,
                    SYMMETRIC, canon_predicate, compatible_place, compatible_text, digest,
                    most_specific, norm_text, preferred_place)


# Predicates whose literal value may be the date itself (the time is what must agree).
DATED = frozenset({"date_of_birth", "date_of_death"}) | SINGLE_PER_PAIR
_ISO_DATE = re.compile(r"^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")


class SourceInfo(NamedTuple):
    """What consolidation needs to know about a document: who published it, when, copied from."""

    document: str
    outlet: str | None = None
    title: str = ""
    published: Interval | Published | None = None
    duplicate_of: str | None = None


@dataclass(frozen=True)
class Consolidation:
    facts: list[Fact]
    conflicts: list[Conflict]
    fact_claims: dict[str, list[str]]


@dataclass(frozen=True)
class _Cluster:
    """Claims merged so far, with the narrowest time and most precise value/place they share."""

    claims: tuple[Claim, ...]
    time: Interval | None
    value: str | None
    place: str | None


# --------------------------------------------------------------------------- entry points

def consolidate(claims: Iterable[Claim], sources: Mapping[str, SourceInfo],
                names: Mapping[str, str] | None = None) -> Consolidation:
    """Merge agreeing claims into facts; keep disagreeing ones as separate facts in a conflict.

    `names` (entity id → display name) is optional: it makes explanations readable and lets
    place entities compare by name ("Napa" within "Napa, California").
    """
    from .conflicts import find_conflicts  # late import: conflicts builds on this module

    names = names or {}
    normalized = normalize_claims(claims)
    facts = [_fact(c, sources, names) for c in _clusters(normalized, names)]
    by_id = {c.id: c for c in normalized}
    conflicts = find_conflicts(facts, by_id, sources, names)
    facts = _mark_conflicting(facts, conflicts)
    return Consolidation(facts=sorted(facts, key=lambda f: f.id),
                         conflicts=sorted(conflicts, key=lambda c: c.id),
                         fact_claims={f.id: list(f.claims) for f in sorted(facts, key=_id)})


def affected_subjects(new_claims: Iterable[Claim]) -> set[str]:
    """Entities whose facts a batch of new claims can change: both ends of every claim."""
    out: set[str] = set()
    for claim in map(normalize_claim, new_claims):
        out.add(claim.subject)
        if claim.object:
            out.add(claim.object)
    return out


def claims_touching(claims: Iterable[Claim], entity_ids: set[str]) -> list[Claim]:
    """The claims to re-consolidate for `entity_ids`: every claim of theirs and of their kin.

    Kin (one hop over child, spouse-like and first_met links) is included because the
    cross-fact checks relate a child's birth to its parents' meeting.
    """
    normalized = normalize_claims(claims)
    ids = set(entity_ids) | _kin(normalized, entity_ids)
    touched = {c.subject for c in normalized if c.subject in ids or c.object in ids}
    # Closed under subject: a slot (e.g. someone's birthplace) is always taken whole.
    return [c for c in normalized if c.subject in touched]


# --------------------------------------------------------------------------- normalization

def normalize_claims(claims: Iterable[Claim]) -> list[Claim]:
    """Normalized, de-duplicated by id, in a canonical order (input order never matters)."""
    unique: dict[str, Claim] = {}
    for claim in sorted(map(normalize_claim, claims), key=_claim_key):
        unique.setdefault(claim.id, claim)
    return list(unique.values())


def normalize_claim(claim: Claim) -> Claim:
    """Canonical predicate; father/mother → child (parent first); symmetric pairs sorted."""
    predicate = canon_predicate(claim.predicate)
    subject, obj = claim.subject, claim.object
    if predicate in PARENT_INVERSES and obj:
        predicate, subject, obj = "child", obj, subject
    if predicate in SYMMETRIC and obj and obj < subject:
        subject, obj = obj, subject
    value = claim.value.strip() if claim.value else claim.value
    time = claim.time or (_date_value(value) if predicate in DATED else None)
    return replace(claim, predicate=predicate, subject=subject, object=obj, value=value,
                   time=time)


def _date_value(value: str | None) -> Interval | None:
    """A date given as the value ("1978", "2016-04", "2016-04-03") becomes the claim's time."""
    match = _ISO_DATE.match(value or "")
    if not match:
        return None
    y, m, d = (int(g) if g else None for g in match.groups())
    if m is None:
        return Interval(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", value)
    if d is None:
        last = calendar.monthrange(y, m)[1]
        return Interval(dt.date(y, m, 1), dt.date(y, m, last), "month", value)
    return Interval(dt.date(y, m, d), dt.date(y, m, d), "day", value)


def _claim_key(claim: Claim) -> tuple:
    return (claim.id, claim.subject, claim.predicate, claim.object or "", claim.value or "",
            _time_key(claim.time), claim.place or "", claim.evidence.document,
            claim.evidence.start, claim.evidence.end, claim.cue)


def _kin(claims: list[Claim], ids: set[str]) -> set[str]:
    linking = SYMMETRIC | {"child"}
    out: set[str] = set()
    for c in claims:
        if c.predicate in linking and c.object and {c.subject, c.object} & ids:
            out |= {c.subject, c.object}
    return out


# --------------------------------------------------------------------------- clustering

# a vice president is no kind of president: such a title stays a job of its own
NOT_A_KIND = {"vice", "deputy", "assistant", "associate", "lieutenant", "under", "acting",
              "former", "ex", "co"}


def slot_of(claim: Claim) -> tuple[str, ...]:
    """Claims in different slots never merge; within a slot they merge when compatible.

    Single-valued predicates leave the value out of the slot so that different values
    meet (and conflict); multi-valued ones put it in, so different values are just more facts.
    """
    if claim.predicate in SINGLE_PER_SUBJECT:
        return (claim.subject, claim.predicate)
    if claim.predicate in SINGLE_PER_PAIR:
        return (claim.subject, claim.predicate, claim.object or "")
    value = norm_text(claim.value)
    if claim.predicate == "occupation" and value and value.split()[0] not in NOT_A_KIND:
        value = value.split()[-1]  # "producer" meets "film producer" and joins it
    return (claim.subject, claim.predicate, claim.object or "", value)


def value_text(claim: Claim, names: Mapping[str, str]) -> str | None:
    """The value that must agree: the literal, or for place-valued predicates the place named."""
    if claim.predicate in DATED:
        return None  # a date-valued predicate agrees or not by its time alone
    if claim.predicate in PLACE_VALUED:
        ref = claim.object or claim.value or claim.place
        return names.get(ref, ref) if ref else None
    return claim.value


def _clusters(claims: list[Claim], names: Mapping[str, str]) -> list[_Cluster]:
    slots: dict[tuple[str, ...], list[Claim]] = {}
    for claim in claims:
        slots.setdefault(slot_of(claim), []).append(claim)
    return [cl for key in sorted(slots) for cl in _cluster_slot(slots[key], names)]


def _cluster_slot(claims: list[Claim], names: Mapping[str, str]) -> list[_Cluster]:
    """Greedy, narrowest claim first: precise claims seed facts, coarser ones join them."""
    clusters: list[_Cluster] = []
    for claim in sorted(claims, key=_specificity):
        seed = _Cluster((claim,), claim.time, value_text(claim, names), _place(claim, names))
        for i, cluster in enumerate(clusters):
            merged = _merge(cluster, seed)
            if merged is not None:
                clusters[i] = merged
                break
        else:
            clusters.append(seed)
    return clusters


def _merge(a: _Cluster, b: _Cluster) -> _Cluster | None:
    """Intersect times; keep the more precise value/place; None when they cannot both hold."""
    if not (compatible_text(a.value, b.value) and compatible_place(a.place, b.place)):
        return None
    time = a.time or b.time
    if a.time and b.time:
        time = a.time.intersect(b.time)
        if time is None:
            return None
    return _Cluster(a.claims + b.claims, time, most_specific([a.value or "", b.value or ""]),
                    preferred_place([a.place or "", b.place or ""]))


def _specificity(claim: Claim) -> tuple:
    width = _width(claim.time)
    return (width, _time_key(claim.time), claim.id)


def _place(claim: Claim, names: Mapping[str, str]) -> str | None:
    return names.get(claim.place, claim.place) if claim.place else None


# --------------------------------------------------------------------------- facts

def _fact(cluster: _Cluster, sources: Mapping[str, SourceInfo],
          names: Mapping[str, str]) -> Fact:
    rep = _representative(cluster, names)
    claim_ids = tuple(sorted(c.id for c in cluster.claims))
    place = _original_place(cluster)
    status = "agreed" if independent_sources(cluster.claims, sources) >= 2 else "single"
    fid = digest("fact", rep.subject, rep.predicate, rep.object or "",
                 norm_text(rep.value), *claim_ids)
    return Fact(id=fid, subject=rep.subject, predicate=rep.predicate, claims=claim_ids,
                status=status, object=rep.object, value=rep.value, time=cluster.time,
                place=place)


def _representative(cluster: _Cluster, names: Mapping[str, str]) -> Claim:
    """The claim whose object/value the fact shows: one with the cluster's most precise value."""
    target = norm_text(cluster.value)
    return min(cluster.claims, key=lambda c: (norm_text(value_text(c, names)) != target, c.id))


def _original_place(cluster: _Cluster) -> str | None:
    """The most precise place as the claims spelled it (an entity id stays an id)."""
    places = [c.place for c in cluster.claims if c.place]
    return preferred_place(places)


def source_root(document: str, sources: Mapping[str, SourceInfo]) -> str:
    """The original a document was copied from (following duplicate_of; cycles stop)."""
    seen = {document}
    while (info := sources.get(document)) and info.duplicate_of and info.duplicate_of not in seen:
        document = info.duplicate_of
        seen.add(document)
    return document


def independent_sources(claims: Iterable[Claim], sources: Mapping[str, SourceInfo]) -> int:
    """Distinct originals: claims of one document, or of a copy and its original, count once."""
    return len({source_root(c.evidence.document, sources) for c in claims})


def _mark_conflicting(facts: list[Fact], conflicts: list[Conflict]) -> list[Fact]:
    disputed = {fid for c in conflicts for fid in c.facts}
    return [replace(f, status="conflicting") if f.id in disputed else f for f in facts]


# --------------------------------------------------------------------------- small helpers

def _id(fact: Fact) -> str:
    return fact.id


def _width(time: Interval | None) -> int:
    if time is None:
        return 10**9  # untimed claims are the vaguest: they join a dated fact, never seed one
    lo, hi = time.earliest or dt.date.min, time.latest or dt.date.max
    return (hi - lo).days


def _time_key(time: Interval | None) -> tuple:
    if time is None:
        return ("", "", "", "")
    return (_iso(time.earliest), _iso(time.latest), time.granularity, time.text)


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""
