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

import sqlite3

from rapidfuzz import fuzz, process, utils

from ._base import BadQuery, Page, conn_of, model_facts, not_found, page
from .documents import titles
from .facts import Context, conflicts as _conflicts
from .quotes import quotes as _quotes

FUZZY_CUTOFF = 82
_RANK = {"exact": 0, "prefix": 1, "fuzzy": 2}


def entities(source, type: str | None = None, limit: int | None = None,  # noqa: A002
             offset: int | None = None) -> Page:
    """Every entity (optionally of one type), most mentioned first, then by name."""
    conn = conn_of(source)
    out = _all(conn)
    if type:
        out = [e for e in out if e["type"] == type]
    out.sort(key=lambda e: (-e["mentions"], e["name"].casefold(), e["id"]))
    return page(out, limit, offset)


def search_entities(source, q: str, type: str | None = None, limit: int | None = None,  # noqa: A002
                    offset: int | None = None) -> Page:
    """Entities whose name or any alias matches `q`: exact matches first (case-insensitive),
    then prefixes (of the name or of any of its words), then fuzzy matches (rapidfuzz)."""
    query = " ".join((q or "").split())
    if not query:
        raise BadQuery("the search text is empty")
    conn = conn_of(source)
    best: dict[str, dict] = {}
    for e in _all(conn):
        if type and e["type"] != type:
            continue
        for alias in [e["name"], *e["aliases"]]:
            hit = _match(query, alias)
            if hit is None:
                continue
            kind, score = hit
            old = best.get(e["id"])
            if old is None or (_RANK[kind], -score) < (_RANK[old["match"]], -old["score"]):
                best[e["id"]] = {"id": e["id"], "type": e["type"], "name": e["name"],
                                 "matched": alias, "match": kind, "score": score,
                                 "mentions": e["mentions"]}
    hits = sorted(best.values(), key=lambda h: (_RANK[h["match"]], -h["score"],
                                                h["type"] != "person", -h["mentions"],
                                                h["name"].casefold(), h["id"]))
    return page(hits, limit, offset)


def _match(query: str, alias: str) -> tuple[str, int] | None:
    q, a = query.casefold(), " ".join(alias.split()).casefold()
    if q == a:
        return "exact", 100
    if a.startswith(q) or any(w.startswith(q) for w in a.split()):
        return "prefix", round(100 * len(q) / max(len(a), 1))
    score = process.extractOne(q, [a], scorer=fuzz.WRatio, processor=utils.default_process,
                               score_cutoff=FUZZY_CUTOFF)
    if score is None or len(q) < 3:
        return None
    return "fuzzy", round(score[1])


def entity(source, entity_id: str) -> dict:
    """{id, type, name, aliases, mentions}; NotFound for an unknown id."""
    conn = conn_of(source)
    row = conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        raise not_found("entity", entity_id)
    aliases = _alias_names(conn, entity_id)
    n = conn.execute("SELECT COUNT(*) FROM mentions WHERE entity_id = ?", (entity_id,)).fetchone()
    return {"id": row["id"], "type": row["type"], "name": row["name"],
            "aliases": [a for a in aliases if a != row["name"]], "mentions": n[0]}


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


def _all(conn: sqlite3.Connection) -> list[dict]:
    aliases: dict[str, list[str]] = {}
    for r in conn.execute("SELECT entity_id, name FROM aliases ORDER BY entity_id, rowid"):
        names = aliases.setdefault(r[0], [])
        if r[1] not in names:
            names.append(r[1])
    counts = {r[0]: r[1] for r in conn.execute(
        "SELECT entity_id, COUNT(*) FROM mentions WHERE entity_id IS NOT NULL GROUP BY entity_id")}
    return [{"id": r["id"], "type": r["type"], "name": r["name"],
             "aliases": [a for a in aliases.get(r["id"], []) if a != r["name"]],
             "mentions": counts.get(r["id"], 0)}
            for r in conn.execute("SELECT * FROM entities ORDER BY id")]


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
