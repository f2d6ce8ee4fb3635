"""Entity resolution across documents, one document at a time.

A new document's person clusters join existing entities only by auditable rules (same full
name, a stated birth name, the same handle, a short form of the first name with the same
surname, the only person whose name contains a lone first name or surname); every merge is
recorded as an alias with its rule and the span that shows it. Short names that two entities
could own are never merged. Entities never merge after the fact, so replaying documents in
ingest order rebuilds exactly the same entities.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from ..model import Span
from ..understand import names as N
from ..understand.lexicon import AWARDS
from ..understand.people import ORG_WORDS


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
    """An entity as resolution sees it: its names with counts, and the aliases it gained."""

    id: str
    type: str
    names: Counter = field(default_factory=Counter)      # (name, kind) → count
    aliases: dict[str, tuple[str, Span | None]] = field(default_factory=dict)

    def add_alias(self, name: str, reason: str, span: Span | None) -> None:
        self.aliases.setdefault(name, (reason, span))

    def of_kind(self, kind: str) -> list[str]:
        return [n for (n, k) in self.names if k == kind]

    @property
    def canonical(self) -> str:
        """The most frequent full name (longest on ties), a place's most complete name; an
        award keeps its own name."""
        for kind in ("canonical", "full", "single", "handle", "birth"):
            pool = {n: c for (n, k), c in self.names.items() if k == kind}
            if pool and self.type == "place":  # "Bergen, Norway" says more than "Bergen"
                return max(pool, key=lambda n: (len(n), pool[n], n))
            if pool:
                return max(pool, key=lambda n: (pool[n], len(n), n))
        return self.id


class EntityIndex(Protocol):
    """Where resolution finds entities. `find` may return only the first few entities per key
    (in creation order): a short name shared by more than a few is ambiguous anyway."""

    def find(self, keys: Iterable[str]) -> list[Resolved]: ...
    def create(self, type: str, name: str) -> Resolved: ...


def keys_of(e: Resolved) -> set[str]:
    """The lookup keys under which an entity can be found."""
    keys = set()
    for (name, kind) in e.names:
        keys |= _name_keys(name, kind)
    return keys


def _name_keys(name: str, kind: str) -> set[str]:
    if kind in ("local", "canonical"):
        return {f"local:{k}" for k in (name, *_tails(name))} if kind == "local" else set()
    if kind == "handle":
        return {f"handle:{name.casefold()}"}
    words = [w.casefold() for w in N.parts(name)]
    if kind == "single" or len(words) == 1:
        return {f"single:{words[0]}", f"f3:{words[0][:3]}"}
    return {f"name:{N.name_key(name)}", f"first:{words[0]}", f"last:{words[-1]}",
            f"f3:{words[0][:3]}", f"sf:{words[-1]}|{words[0][:3]}"}


def _lookup_keys(cluster: list[LocalMention]) -> set[str]:
    """Where a cluster's possible entities are indexed: full names by the name itself, by
    surname + first letters (short forms) and by a lone first name seen before; a lone name by
    the first names, surnames and single names it could be."""
    keys: set[str] = set()
    for m in cluster:
        if m.kind == "handle":
            keys.add(f"handle:{m.text.casefold()}")
            continue
        for form in N.forms(m.text):
            keys |= _form_keys(form)
    return keys


def _form_keys(name: str) -> set[str]:
    words = [w.casefold() for w in N.parts(name)]
    keys: set[str] = set()
    if len(words) > 1:
        keys |= {f"name:{N.name_key(name)}", f"sf:{words[-1]}|{words[0][:3]}",
                 f"single:{words[0]}", f"first:{words[0]}"}  # first: a middle name dropped
    elif words:
        keys |= {f"first:{words[0]}", f"last:{words[0]}", f"single:{words[0]}",
                 f"f3:{words[0][:3]}"}
    return keys


def resolve_document(mentions: list[LocalMention], index: EntityIndex) -> dict[str, Resolved]:
    """Local cluster key → entity for one document's named mentions (in text order)."""
    clusters = _group(mentions)
    people = [c for c in clusters if c[0].label == "person"]
    out: dict[str, Resolved] = {}
    for cluster in sorted(people, key=lambda c: not _fulls(c)):  # full names first
        out[cluster[0].local] = _resolve_person(cluster, index)
    for cluster in (c for c in clusters if c[0].label != "person"):
        out[cluster[0].local] = _mislabelled(cluster, index) or _resolve_other(cluster, index)
    return out


def _group(mentions: list[LocalMention]) -> list[list[LocalMention]]:
    groups: dict[str, list[LocalMention]] = {}
    for m in mentions:
        if m.local and m.kind not in ("pronoun", "descriptor"):
            groups.setdefault(m.local, []).append(m)
    return list(groups.values())


def _fulls(cluster: list[LocalMention]) -> list[LocalMention]:
    return [m for m in cluster if m.kind == "name" and N.is_full_name(m.text)]


def _full_names(cluster: list[LocalMention]) -> list[str]:
    """The full names a cluster's mentions stand for (both forms of a nicknamed name)."""
    return [form for m in _fulls(cluster) for form in N.forms(m.text)]


def _resolve_person(cluster: list[LocalMention], index: EntityIndex) -> Resolved:
    # only people: "Wren" the daughter is not the organization a tagger also called "Wren"
    candidates = [e for e in index.find(_lookup_keys(cluster)) if e.type == "person"]
    rules = _FULL_RULES if _fulls(cluster) else _SINGLE_RULES
    for rule in rules:
        hits = [(e, r) for e in candidates for r in [rule(e, cluster)] if r]
        if len({e.id for e, _ in hits}) == 1:
            return _absorb(hits[0][0], cluster, hits[0][1])
        if hits and rule in _SINGLE_RULES:
            break  # two entities could own this short name: keep it apart
    first = (_fulls(cluster) or cluster)[0].text
    return _absorb(index.create("person", first), cluster, "full name as written")


def _same_name(e: Resolved, cluster) -> str:
    mine = {N.name_key(n) for n in e.of_kind("full") + e.of_kind("birth")}
    return "same full name" if any(N.name_key(n) in mine for n in _full_names(cluster)) else ""


def _birth_name_link(e: Resolved, cluster) -> str:
    theirs = {N.name_key(m.text) for m in cluster if m.kind == "birth_name"}
    return "birth name stated in the text" if theirs & {N.name_key(n) for n in e.of_kind("full")} else ""


def _same_handle(e: Resolved, cluster) -> str:
    handles = {n.casefold() for n in e.of_kind("handle")}
    return "same social handle" if any(m.text.casefold() in handles for m in cluster
                                       if m.kind == "handle") else ""


def _short_form(e: Resolved, cluster) -> str:
    for mine in _full_names(cluster):
        for name in e.of_kind("full"):
            if N.surname(name) == N.surname(mine) and _first_names_match(name, mine):
                return f"short form of the first name ({N.first_name(mine)} ↔ {N.first_name(name)})"
    return ""


def _fuller_name(e: Resolved, cluster) -> str:
    """"Dana Reyhart" / "Dana Whitlock" and "Dana Whitlock Reyhart": a two-word name is the
    first and last, or the first two, words of a three-word name (a middle or maiden name)."""
    for mine in _full_names(cluster):
        for name in e.of_kind("full"):
            short, long = sorted((N.parts(mine), N.parts(name)), key=len)
            if len(short) == 2 and len(long) == 3 and short[0] == long[0] \
                    and short[1] in (long[1], long[2]):
                return f"the same first name and {'last' if short[1] == long[2] else 'middle'} name"
    return ""


def _grows_single(e: Resolved, cluster) -> str:
    """A lone first name seen before ("Ada") gets its full name ("Ada Rose Cole") later."""
    if e.of_kind("full") or not e.of_kind("single"):
        return ""
    words = {N.first_name(n) for n in _full_names(cluster)}
    return "the only person with this first name" if set(e.of_kind("single")) & words else ""


def _first_names_match(a: str, b: str) -> bool:
    fa, fb = N.first_name(a), N.first_name(b)
    return N.short_form_of(fa, fb) or N.short_form_of(fb, fa)


def _owns_single(e: Resolved, cluster) -> str:
    name = cluster[0].text
    for full in e.of_kind("full"):
        if name in (N.first_name(full), N.surname(full)) or N.short_form_of(name, N.first_name(full)):
            return f"the only person whose name contains {name!r}"
    return "the same single name" if name in e.of_kind("single") else ""


_FULL_RULES: list[Callable] = [_same_name, _birth_name_link, _same_handle, _short_form,
                               _fuller_name, _grows_single]
_SINGLE_RULES: list[Callable] = [_owns_single]

# "{canonical}" is filled in with the entity's final name when it is written.
_REASONS = {"first": "first name of {canonical}, the only person in the document with it",
            "surname": "surname of {canonical}, the only person in the document with it",
            "handle": "social handle written next to {canonical}'s name",
            "birth_name": "birth name of {canonical} stated in the text"}
_KINDS = {"handle": "handle", "birth_name": "birth"}


def _absorb(e: Resolved, cluster: list[LocalMention], reason: str) -> Resolved:
    for m in cluster:
        span = Span(m.document, m.start, m.end)
        if m.kind == "name":
            kind = "full" if N.is_full_name(m.text) or e.type != "person" else "single"
            for form in N.forms(m.text) if e.type == "person" else [m.text]:
                e.names[(form, kind)] += 1
                e.add_alias(form, reason, span)
        elif m.kind in _KINDS:
            e.names[(m.text, _KINDS[m.kind])] += 1
            e.add_alias(m.text, _REASONS[m.kind], span)
        else:
            e.add_alias(m.text, _REASONS.get(m.kind, m.kind), span)
    return e


def _mislabelled(cluster: list[LocalMention], index: EntityIndex) -> Resolved | None:
    """A one-word organization or place equal to one known person's name part is that person
    (NER tags surnames as ORG); it joins the person with its reason."""
    first = cluster[0]
    if len(N.parts(first.text)) != 1 or first.label not in ("organization", "place"):
        return None
    owners = [e for e in index.find(_lookup_keys(cluster))
              if e.type == "person" and _owns_single(e, cluster)]
    if len(owners) != 1:
        return None
    return _absorb(owners[0], cluster, f"{_owns_single(owners[0], cluster)} (tagged "
                                       f"{first.label} by NER)")


def _resolve_other(cluster: list[LocalMention], index: EntityIndex) -> Resolved:
    first = cluster[0]
    found = index.find({f"local:{first.local}"}) or \
        index.find({f"local:{t}" for t in _tails(first.local)})
    e = found[0] if found else index.create(first.label, _display(first))
    e.names[(first.local, "local")] += 1
    if first.local.startswith("award:"):
        _award_names(e, first.local.split(":", 1)[1])
    return _absorb(e, cluster, "same name")


# words that start a generic tail ("Police Department", "Medical Center"): no name of its own
_GENERIC = frozenset("""police fire state national city county public general medical health
community royal new old first united""".split())


def _tails(local: str) -> list[str]:
    """Shorter names of an organization: without its leading words ("organization:george
    peabody college" is also "organization:peabody college", when what is left is still two
    or more words and no generic "Police Department"), and without its trailing kind words
    ("organization:halvorsen instruments" is also "organization:halvorsen")."""
    label, _, name = local.partition(":")
    words = name.split()
    if label != "organization" or len(words) < 2:
        return []
    tails = [f"{label}:{' '.join(words[i:])}" for i in range(1, len(words) - 1)
             if words[i] not in _GENERIC and all(_name_word(w) for w in words[:i + 1])]
    if _name_word(words[0]) and words[0] not in _GENERIC and \
            all(w in ORG_WORDS - _PLACE_CLUB_WORDS for w in words[1:]):
        tails.append(f"{label}:{words[0]}")
    return tails


# "Castlebridge United" is a club, "Castlebridge" most often its town
_PLACE_CLUB_WORDS = frozenset("city county united athletic rovers wanderers fc".split())
_FUNCTION_WORDS = frozenset("of the and on at in for to a an".split())


def _name_word(word: str) -> bool:
    return word.isalpha() and word not in _FUNCTION_WORDS


def _display(m: LocalMention) -> str:
    return m.local.split(":", 1)[1] if m.local.startswith("award:") else m.text


def _award_names(e: Resolved, canonical: str) -> None:
    e.names[(canonical, "canonical")] = 1  # the prize's own name, whatever the text used
    for form in AWARDS.get(canonical, ()):
        e.add_alias(form, "known short form of the prize's name", None)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "x"
