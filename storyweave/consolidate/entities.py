"""Entity resolution across documents: document-local clusters → knowledge-base entities.

Every merge is recorded as an alias with the rule that justified it and the span that shows
it, so a curator can audit why two names are one entity. Short names that two entities could
own are never merged.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from ..model import Span
from ..understand import names as N
from ..understand.lexicon import AWARDS


class LocalMention(NamedTuple):
    document: str
    local: str
    label: str
    kind: str
    text: str
    start: int
    end: int


@dataclass
class Resolved:
    key: str
    type: str
    names: Counter = field(default_factory=Counter)       # full names as written
    singles: Counter = field(default_factory=Counter)
    aliases: dict[str, tuple[str, Span | None]] = field(default_factory=dict)
    members: set[tuple[str, str]] = field(default_factory=set)  # (document, local key)

    def add_alias(self, name: str, reason: str, span: Span | None) -> None:
        self.aliases.setdefault(name, (reason, span))

    @property
    def canonical(self) -> str:
        pool = self.names or self.singles
        return max(pool, key=lambda n: (pool[n], len(n), n))


def resolve(mentions: list[LocalMention]) -> tuple[list[Resolved], dict[tuple[str, str], str]]:
    """Entities and the map (document, local cluster) → entity key; mentions in ingest order."""
    clusters = _group(mentions)
    people = _resolve_people([c for c in clusters if c[0].label == "person"])
    rest = [c for c in clusters if c[0].label != "person" and not _mislabelled(people, c)]
    others = _resolve_others(rest)
    entities = people + others
    mapping = {member: e.key for e in entities for member in e.members}
    return entities, mapping


def _group(mentions: list[LocalMention]) -> list[list[LocalMention]]:
    groups: dict[tuple[str, str], list[LocalMention]] = {}
    for m in mentions:
        if m.local and m.kind not in ("pronoun", "descriptor"):
            groups.setdefault((m.document, m.local), []).append(m)
    return list(groups.values())


def _fulls(cluster: list[LocalMention]) -> list[LocalMention]:
    return [m for m in cluster if m.kind == "name" and N.is_full_name(m.text)]


def _resolve_people(clusters: list[list[LocalMention]]) -> list[Resolved]:
    entities: list[Resolved] = []
    named = [c for c in clusters if _fulls(c)]
    for cluster in named:
        target, reason = _match_full(entities, cluster)
        if target is None:
            target, reason = _new(entities, "person"), "full name as written"
        _absorb(target, cluster, reason)
    for cluster in (c for c in clusters if not _fulls(c)):
        target, reason = _match_single(entities, cluster)
        _absorb(target or _new(entities, "person"), cluster, reason)
    return entities


def _mislabelled(people: list[Resolved], cluster: list[LocalMention]) -> bool:
    """A one-word organization or place equal to one known person's name part is that person
    (NER tags surnames as ORG); it joins the person with its reason."""
    if len(N.parts(cluster[0].text)) != 1 or cluster[0].label not in ("organization", "place"):
        return False
    target, reason = _match_single(people, cluster)
    if target is None:
        return False
    _absorb(target, cluster, reason + f" (tagged {cluster[0].label} by NER)")
    return True


def _new(entities: list[Resolved], kind: str) -> Resolved:
    entities.append(Resolved(f"{kind}#{len(entities) + 1}", kind))
    return entities[-1]


def _match_full(entities: list[Resolved], cluster) -> tuple[Resolved | None, str]:
    for rule in (_same_name, _birth_name_link, _same_handle, _short_form):
        hits = [(e, r) for e in entities for r in [rule(e, cluster)] if r]
        if len({id(e) for e, _ in hits}) == 1:
            return hits[0]
    return None, ""


def _same_name(e: Resolved, cluster) -> str:
    keys = {N.name_key(n) for n in e.names}
    return "same full name" if any(N.name_key(m.text) in keys for m in _fulls(cluster)) else ""


def _birth_name_link(e: Resolved, cluster) -> str:
    births = {N.name_key(n) for n, (r, _) in e.aliases.items() if r.startswith("birth name")}
    theirs = {N.name_key(m.text) for m in cluster if m.kind == "birth_name"}
    mine = {N.name_key(n) for n in e.names}
    if births & {N.name_key(m.text) for m in _fulls(cluster)} or theirs & mine:
        return "birth name stated in the text"
    return ""


def _same_handle(e: Resolved, cluster) -> str:
    handles = {n.casefold() for n in e.aliases if n.startswith("@")}
    return "same social handle" if any(m.text.casefold() in handles for m in cluster
                                       if m.kind == "handle") else ""


def _short_form(e: Resolved, cluster) -> str:
    for m in _fulls(cluster):
        for name in e.names:
            if N.surname(name) == N.surname(m.text) and _first_names_match(name, m.text):
                return f"short form of the first name ({N.first_name(m.text)} ↔ {N.first_name(name)})"
    return ""


def _first_names_match(a: str, b: str) -> bool:
    fa, fb = N.first_name(a), N.first_name(b)
    return N.short_form_of(fa, fb) or N.short_form_of(fb, fa)


def _match_single(entities: list[Resolved], cluster) -> tuple[Resolved | None, str]:
    name = cluster[0].text
    owners = [e for e in entities if any(name in (N.first_name(n), N.surname(n)) or
                                         N.short_form_of(name, N.first_name(n)) for n in e.names)]
    if len(owners) == 1:
        return owners[0], f"the only person whose name contains {name!r}"
    return None, "name" if not owners else "ambiguous short name kept separate"


# "{canonical}" is filled in with the entity's final name when it is written.
_REASONS = {"first": "first name of {canonical}, the only person in the document with it",
            "surname": "surname of {canonical}, the only person in the document with it",
            "handle": "social handle written next to {canonical}'s name",
            "birth_name": "birth name of {canonical} stated in the text"}


def _absorb(e: Resolved, cluster: list[LocalMention], reason: str) -> None:
    e.members.add((cluster[0].document, cluster[0].local))
    for m in cluster:
        span = Span(m.document, m.start, m.end)
        if m.kind == "name":
            (e.names if N.is_full_name(m.text) else e.singles)[m.text] += 1
            e.add_alias(m.text, reason, span)
        else:
            e.add_alias(m.text, _REASONS.get(m.kind, m.kind), span)


def _resolve_others(clusters: list[list[LocalMention]]) -> list[Resolved]:
    by_key: dict[str, Resolved] = {}
    for cluster in clusters:
        first = cluster[0]
        e = by_key.setdefault(first.local, Resolved(first.local, first.label))
        _absorb(e, cluster, "same name")
        if first.local.startswith("award:"):
            _award_names(e, first.local.split(":", 1)[1])
    return list(by_key.values())


def _award_names(e: Resolved, canonical: str) -> None:
    e.names[canonical] += 1000  # the prize's own name is canonical, whatever the text used
    for form in AWARDS.get(canonical, ()):
        e.add_alias(form, "known short form of the prize's name", None)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "x"
