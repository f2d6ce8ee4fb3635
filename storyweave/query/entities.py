"""Entities: search by any name or alias, and the dossier of one entity.

Shapes:
- search hit: {id, type, name, matched (the name or alias that matched),
  match: exact|prefix|fuzzy, score (0-100), mentions}
- entity: {id, type, name, aliases: [str], mentions}
- dossier: {entity, names: [str], aliases: [{name, reason, evidence: item | None}],
  facts: [{predicate, facts: [fact]}], conflicts: [conflict], quotes: [quote],
  mentions: [{document, title, outlet, count}], counts: {facts, conflicts, quotes, mentions}}
"""
from __future__ import annotations

import itertools
import operator
import sqlite3
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, process, utils

from ._base import BadQuery, Page, check_page, conn_of, model_facts, not_found, page, rows_in
from .documents import titles
from .facts import Context, conflicts as _conflicts
from .quotes import quotes as _quotes

FUZZY_CUTOFF = 82
_RANK = {"exact": 0, "prefix": 1, "fuzzy": 2}


def entities(source, type: str | None = None, limit: int | None = None,  # noqa: A002
             offset: int | None = None) -> Page:
    """Every entity (optionally of one type), most mentioned first, then by name; paged in SQL."""
    conn = conn_of(source)
    limit, offset = check_page(limit, offset)
    where, params = ("WHERE type = ?", [type]) if type else ("", [])
    total = conn.execute(f"SELECT COUNT(*) FROM entities {where}", params).fetchone()[0]
    ids = [r[0] for r in conn.execute(f"SELECT id FROM entities {where} ORDER BY mentions DESC, "
                                      f"lower(name), id LIMIT {limit} OFFSET {offset}", params)]
    found = _entities(conn, ids)
    return Page(items=[found[i].json() for i in ids], total=total, limit=limit, offset=offset)


SEARCH_POOL = 2000  # entities read for one search at most: exact and prefix hits come first


def search_entities(source, q: str, type: str | None = None, limit: int | None = None,  # noqa: A002
                    offset: int | None = None) -> Page:
    """Entities whose name or any alias matches `q`: exact matches first (case-insensitive),
    then prefixes (of the name or of any of its words), then fuzzy matches (rapidfuzz) among
    entities sharing a word's first letters. Candidates come from the indexed search terms."""
    query = " ".join((q or "").split())
    if not query:
        raise BadQuery("the search text is empty")
    conn = conn_of(source)
    pool = _candidates(conn, query.casefold(), type)
    matched = _matches(query.casefold(), {a for e in pool for a in (e.name, *e.aliases)})
    best: dict[str, dict] = {}
    for e in pool:
        for alias in (e.name, *e.aliases):
            hit = matched.get(alias)
            if hit is None:
                continue
            kind, score = hit
            old = best.get(e.id)
            if old is None or (_RANK[kind], -score) < (_RANK[old["match"]], -old["score"]):
                best[e.id] = {"id": e.id, "type": e.type, "name": e.name, "matched": alias,
                              "match": kind, "score": score, "mentions": e.mentions}
    hits = sorted(best.values(), key=lambda h: (_RANK[h["match"]], -h["score"],
                                                h["type"] != "person", -h["mentions"],
                                                h["name"].casefold(), h["id"]))
    return page(hits, limit, offset)


def _candidates(conn: sqlite3.Connection, folded: str, type: str | None) -> list[_Entity]:
    """Entities whose search terms equal the query, start with it, or start with the first
    two letters of one of its words (the pool fuzzy matching looks at)."""
    prefixes = [folded] + [w[:2] for w in folded.split() if len(w) >= 2]
    ids: dict[str, None] = {}
    for prefix in prefixes:
        for (entity_id,) in conn.execute(
                "SELECT DISTINCT entity_id FROM search_terms WHERE term >= ? AND term < ? "
                f"LIMIT {SEARCH_POOL}", (prefix, prefix + "\uffff")):
            ids.setdefault(entity_id)
        if len(ids) >= SEARCH_POOL:
            break
    pool = _entities(conn, list(ids)[:SEARCH_POOL]).values()
    return [e for e in pool if not type or e.type == type]


class _Entity(NamedTuple):
    """An entity with its aliases (in the order they were found, the name left out). A tuple
    of strings: the garbage collector stops tracking it, so reading the thousands a search
    pools does not bring on full collections (long pauses in a server's big heap)."""

    id: str
    type: str
    name: str
    mentions: int
    aliases: tuple[str, ...]

    def json(self) -> dict:
        return {"id": self.id, "type": self.type, "name": self.name,
                "aliases": list(self.aliases), "mentions": self.mentions}


def _entities(conn: sqlite3.Connection, ids: list[str]) -> dict[str, _Entity]:
    """The given entities, read in one join with their aliases."""
    rows = rows_in(conn, "SELECT e.id, e.type, e.name, e.mentions, a.name FROM entities e LEFT "
                         "JOIN aliases a ON a.entity_id = e.id WHERE e.id IN ({}) "
                         "ORDER BY e.id, a.rowid", ids)
    out: dict[str, _Entity] = {}
    for entity_id, group in itertools.groupby(rows, key=operator.itemgetter(0)):
        first, *rest = group
        aliases = dict.fromkeys(r[4] for r in (first, *rest) if r[4] not in (None, first[2]))
        out[entity_id] = _Entity(entity_id, first[1], first[2], first[3], tuple(aliases))
    return out


def _matches(q: str, aliases: set[str]) -> dict[str, tuple[str, int]]:
    """{alias: (match kind, score)} for the aliases that match the folded query `q`. Each
    distinct alias is looked at once (entities share names), and the fuzzy scores of the rest
    come from one rapidfuzz call, not one call per alias."""
    out: dict[str, tuple[str, int]] = {}
    rest: list[tuple[str, str]] = []
    for alias in aliases:
        a = " ".join(alias.split()).casefold()
        if q == a:
            out[alias] = ("exact", 100)
        elif a.startswith(q) or any(w.startswith(q) for w in a.split()):
            out[alias] = ("prefix", round(100 * len(q) / max(len(a), 1)))
        elif len(q) >= 3:
            rest.append((alias, a))
    return out | _fuzzy(q, rest)


def _fuzzy(q: str, pairs: list[tuple[str, str]]) -> dict[str, tuple[str, int]]:
    """The fuzzy hits among (alias, folded alias) pairs, from one rapidfuzz call."""
    if not pairs:
        return {}
    scores = process.cdist([q], [a for _, a in pairs], scorer=fuzz.WRatio, dtype=np.float64,
                           processor=utils.default_process, score_cutoff=FUZZY_CUTOFF)[0]
    return {alias: ("fuzzy", round(float(score)))
            for (alias, _), score in zip(pairs, scores) if score >= FUZZY_CUTOFF}


def entity(source, entity_id: str) -> dict:
    """{id, type, name, aliases, mentions}; NotFound for an unknown id."""
    conn = conn_of(source)
    row = conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        raise not_found("entity", entity_id)
    aliases = _alias_names(conn, entity_id)
    return {"id": row["id"], "type": row["type"], "name": row["name"],
            "aliases": [a for a in aliases if a != row["name"]], "mentions": row["mentions"]}


def dossier(source, entity_id: str) -> dict:
    """Everything known about one entity, each piece with its evidence."""
    conn = conn_of(source)
    head = entity(conn, entity_id)
    mine = model_facts(conn, "WHERE subject = ? OR object = ?", (entity_id, entity_id))
    ctx = Context(conn, mine)
    docs = titles(conn, [r[0] for r in conn.execute(
        "SELECT DISTINCT document_id FROM mentions WHERE entity_id = ? UNION "
        "SELECT document_id FROM aliases WHERE entity_id = ? AND document_id IS NOT NULL",
        (entity_id, entity_id))])
    groups: dict[str, list[dict]] = {}
    for f in sorted(mine, key=_order):
        groups.setdefault(f.predicate, []).append(ctx.fact_json(f))
    conflicts = _conflicts(conn, entity=entity_id, limit=500)["items"]
    quotes = _quotes(conn, speaker=entity_id, limit=500)["items"]
    mentions = [{"document": r["document_id"], "title": docs.get(r["document_id"], {}).get("title"),
                 "outlet": docs.get(r["document_id"], {}).get("outlet"), "count": r["n"]}
                for r in conn.execute(
                    "SELECT m.document_id, COUNT(*) AS n FROM mentions m JOIN documents d "
                    "ON d.id = m.document_id WHERE m.entity_id = ? GROUP BY m.document_id, d.seq "
                    "ORDER BY d.seq", (entity_id,))]
    return {"entity": head, "names": [head["name"], *head["aliases"]],
            "aliases": _aliases(conn, entity_id, head["name"], docs),
            "facts": [{"predicate": p, "facts": fs} for p, fs in sorted(groups.items())],
            "conflicts": conflicts, "quotes": quotes, "mentions": mentions,
            "counts": {"facts": len(mine), "conflicts": len(conflicts), "quotes": len(quotes),
                       "mentions": head["mentions"]}}


def _order(f) -> tuple:
    lo = f.time.earliest.isoformat() if f.time and f.time.earliest else "9999"
    return (lo, f.object or f.value or "", f.id)


def _alias_names(conn: sqlite3.Connection, entity_id: str) -> list[str]:
    rows = conn.execute("SELECT name FROM aliases WHERE entity_id = ? ORDER BY rowid",
                        (entity_id,))
    return list(dict.fromkeys(r[0] for r in rows))


def _aliases(conn: sqlite3.Connection, entity_id: str, name: str, docs: dict) -> list[dict]:
    out, seen = [], set()
    for r in conn.execute(
            "SELECT a.name, a.reason, a.document_id, a.start, a.\"end\", "
            "substr(d.text, a.start + 1, a.\"end\" - a.start) AS text FROM aliases a "
            "LEFT JOIN documents d ON d.id = a.document_id WHERE a.entity_id = ? ORDER BY a.rowid",
            (entity_id,)):
        if r["name"] in seen:
            continue
        seen.add(r["name"])
        ev = None
        if r["document_id"] is not None and r["start"] is not None:
            d = docs.get(r["document_id"], {})
            ev = {"document": r["document_id"], "title": d.get("title"), "outlet": d.get("outlet"),
                  "published": d.get("published"), "start": r["start"], "end": r["end"],
                  "text": r["text"], "claim": None}
        out.append({"name": r["name"], "reason": r["reason"], "canonical": r["name"] == name,
                    "evidence": ev})
    return out
