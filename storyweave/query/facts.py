"""Facts, conflicts and evidence, each carrying the spans a reader can open.

Shapes (all JSON-ready dicts):
- evidence item: {document, title, outlet, published, start, end, text, claim}
- fact: {id, subject, subject_name, predicate, object, object_name, value, place, place_name,
  time: {earliest, latest, granularity, text} | None, when, label, status,
  sources (independent documents: syndicated copies count once), outlets, evidence: [item],
  conflicts: [conflict ids]}
- conflict: {id, subject, subject_name, predicate, explanation,
  sides: [{fact, value, when, status, sources, outlets, evidence: [item]}]}
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ..consolidate.explain import render_interval
from ..consolidate.timeline import label
from ..model import Fact
from ._base import (Page, check_page, conn_of, interval_json, model_facts, names, not_found,
                    page, rows_in, where)
from .documents import titles


class Context:
    """Everything fact rendering looks up, read once per call, for the given facts only
    (all facts when None)."""

    def __init__(self, conn: sqlite3.Connection, facts: Iterable[Fact] | None = None):
        self.conn = conn
        ids = None if facts is None else [f.id for f in facts]
        self.evidence, docs = _evidence_by_fact(conn, ids)
        self.docs = titles(conn, None if ids is None else docs)
        for items in self.evidence.values():
            for e in items:
                _with_document(e, self.docs)
        entities = None if facts is None else {x for f in facts for x in (f.subject, f.object, f.place)}
        self.names = names(conn, entities)
        self.conflicts_of: dict[str, list[str]] = {}
        sql = "SELECT conflict_id, fact_id FROM conflict_facts"
        rows = conn.execute(sql + " ORDER BY 1, 2").fetchall() if ids is None else \
            rows_in(conn, sql + " WHERE fact_id IN ({}) ORDER BY 1, 2", ids)
        for r in rows:
            self.conflicts_of.setdefault(r[1], []).append(r[0])

    def name(self, ident: str | None) -> str | None:
        return self.names.get(ident, ident) if ident else None

    def fact_json(self, f: Fact) -> dict:
        ev = self.evidence.get(f.id, [])
        return {"id": f.id, "subject": f.subject, "subject_name": self.name(f.subject),
                "predicate": f.predicate, "object": f.object,
                "object_name": self.name(f.object), "value": f.value, "place": f.place,
                "place_name": self.name(f.place), "time": interval_json(f.time),
                "when": render_interval(f.time) if f.time else None,
                "label": label(f, self.names), "status": f.status,
                "sources": independent_sources(ev, self.docs), "outlets": _outlets(ev),
                "evidence": ev, "conflicts": self.conflicts_of.get(f.id, [])}


def independent_sources(evidence: Iterable[dict], docs: dict[str, dict]) -> int:
    """Distinct documents behind the evidence, a syndicated copy counting as its original."""
    return len({docs.get(e["document"], {}).get("duplicate_of") or e["document"]
                for e in evidence})


def _outlets(evidence: list[dict]) -> list[str]:
    return list(dict.fromkeys(e["outlet"] for e in evidence if e["outlet"]))


def _evidence_by_fact(conn: sqlite3.Connection, ids: list[str] | None
                      ) -> tuple[dict[str, list[dict]], set[str]]:
    """Evidence items of the given facts (all when None), and the documents they cite."""
    sql = ("SELECT fc.fact_id, c.id AS claim, c.document_id, c.start, c.\"end\", d.seq, "
           "substr(d.text, c.start + 1, c.\"end\" - c.start) AS text FROM fact_claims fc "
           "JOIN claims c ON c.id = fc.claim_id JOIN documents d ON d.id = c.document_id")
    rows = conn.execute(sql).fetchall() if ids is None else \
        rows_in(conn, sql + " WHERE fc.fact_id IN ({})", ids)
    rows = sorted(rows, key=lambda r: (r["fact_id"], r["seq"], r["start"], r["claim"]))
    out: dict[str, list[dict]] = {}
    for r in rows:
        out.setdefault(r["fact_id"], []).append(
            {"document": r["document_id"], "title": None, "outlet": None, "published": None,
             "start": r["start"], "end": r["end"], "text": r["text"], "claim": r["claim"]})
    return out, {r["document_id"] for r in rows}


def _with_document(item: dict, docs: dict[str, dict]) -> None:
    d = docs.get(item["document"], {})
    item.update(title=d.get("title"), outlet=d.get("outlet"), published=d.get("published"))


_FACT_ORDER = "predicate, COALESCE(time_earliest, '9999'), COALESCE(object, value, ''), id"


def facts(source, predicate: str | None = None, subject: str | None = None,
          status: str | None = None, limit: int | None = None,
          offset: int | None = None) -> Page:
    """Facts (optionally of one predicate, about one subject-or-object entity, of one status),
    ordered by predicate, then date, then id; filtered and paged in SQL."""
    conn = conn_of(source)
    limit, offset = check_page(limit, offset)
    sql, params = where(("predicate = ?", predicate), ("(subject = ? OR object = ?)", subject),
                        ("status = ?", status))
    total = conn.execute(f"SELECT COUNT(*) FROM facts {sql}", params).fetchone()[0]
    found = model_facts(conn, sql, params, _FACT_ORDER, limit, offset)
    ctx = Context(conn, found)
    return Page(items=[ctx.fact_json(f) for f in found], total=total, limit=limit, offset=offset)


def fact(source, fact_id: str) -> dict:
    conn = conn_of(source)
    found = model_facts(conn, "WHERE id = ?", (fact_id,))
    if not found:
        raise not_found("fact", fact_id)
    return Context(conn, found).fact_json(found[0])


def predicates(source) -> list[dict]:
    """[{predicate, facts}] with how many facts each predicate has."""
    rows = conn_of(source).execute(
        "SELECT predicate, COUNT(*) AS n FROM facts GROUP BY predicate ORDER BY predicate")
    return [{"predicate": r["predicate"], "facts": r["n"]} for r in rows]


# --------------------------------------------------------------------------- conflicts

def conflicts(source, entity: str | None = None, predicate: str | None = None,
              limit: int | None = None, offset: int | None = None) -> Page:
    """Conflicts (optionally those involving one entity, or of one predicate), paged in SQL."""
    conn = conn_of(source)
    limit, offset = check_page(limit, offset)
    sql, params = where(
        ("c.predicate = ?", predicate),
        ("(c.subject = ? OR c.id IN (SELECT cf.conflict_id FROM conflict_facts cf "
         "JOIN facts f ON f.id = cf.fact_id WHERE f.subject = ? OR f.object = ?))", entity))
    total = conn.execute(f"SELECT COUNT(*) FROM conflicts c {sql}", params).fetchone()[0]
    rows = conn.execute(f"SELECT c.* FROM conflicts c {sql} ORDER BY c.subject, c.predicate, "
                        f"c.id LIMIT {limit} OFFSET {offset}", params).fetchall()
    items = _conflict_views(conn, [_conflict_row(conn, r) for r in rows])
    return Page(items=items, total=total, limit=limit, offset=offset)


def conflict(source, conflict_id: str) -> dict:
    conn = conn_of(source)
    rows = _conflict_rows(conn, conflict_id)
    if not rows:
        raise not_found("conflict", conflict_id)
    return _conflict_views(conn, rows)[0]


def _conflict_views(conn: sqlite3.Connection, rows: list[dict]) -> list[dict]:
    """Render conflicts, reading only their member facts."""
    members = model_facts(conn, "WHERE id IN ({})".format(
        ",".join("?" * len({f for c in rows for f in c["facts"]})) or "NULL"),
        sorted({f for c in rows for f in c["facts"]}))
    ctx = Context(conn, members)
    by_id = {f.id: f for f in members}
    return [_conflict_json(c, by_id, ctx) for c in rows]


def _conflict_row(conn: sqlite3.Connection, r) -> dict:
    facts = [x[0] for x in conn.execute("SELECT fact_id FROM conflict_facts WHERE conflict_id = ? "
                                        "ORDER BY fact_id", (r["id"],))]
    return {"id": r["id"], "subject": r["subject"], "predicate": r["predicate"],
            "explanation": r["explanation"], "facts": facts}


def _conflict_rows(conn: sqlite3.Connection, conflict_id: str | None = None) -> list[dict]:
    if conflict_id is None:
        rows = conn.execute("SELECT * FROM conflicts ORDER BY subject, predicate, id").fetchall()
    else:
        rows = conn.execute("SELECT * FROM conflicts WHERE id = ?", (conflict_id,)).fetchall()
    return [_conflict_row(conn, r) for r in rows]


def _conflict_json(c: dict, by_id: dict[str, Fact], ctx: Context) -> dict:
    sides = []
    for fid in c["facts"]:
        f = by_id.get(fid)
        if f is None:
            continue
        view = ctx.fact_json(f)
        sides.append({"fact": fid, "predicate": f.predicate, "label": view["label"],
                      "value": "", "when": view["when"], "time": view["time"],
                      "status": f.status, "sources": view["sources"],
                      "outlets": view["outlets"], "evidence": view["evidence"], "_view": view})
    distinguish(sides)
    return {"id": c["id"], "subject": c["subject"], "subject_name": ctx.name(c["subject"]),
            "predicate": c["predicate"], "explanation": c["explanation"],
            "facts": c["facts"], "sides": sides}


def distinguish(sides: list[dict]) -> None:
    """Set each side's `value` to what tells it apart from the others: its object or value
    when those differ, its place when places differ, its date when dates differ (or when
    nothing else does); sides of different predicates are told apart by their labels.
    Pops the private `_view` (the side's fact view) from each side."""
    views = [s.pop("_view") for s in sides]
    differ = lambda key: len({v[key] for v in views}) > 1  # noqa: E731
    for side, v in zip(sides, views):
        parts = []
        if differ("predicate"):
            parts.append(v["label"])
        elif differ("object") or differ("value"):
            parts.append(v["object_name"] or v["value"] or "?")
        if differ("place") and v["place_name"]:
            parts.append(f"in {v['place_name']}")
        if differ("when") or not parts:
            parts.append(v["when"] or "undated")
        side["value"] = ", ".join(parts)


# --------------------------------------------------------------------------- evidence

def evidence(source, ident: str) -> dict:
    """The spans behind a fact, a conflict, a quote or a claim:
    {kind: fact|conflict|quote|claim, id, label, items: [evidence item]}."""
    conn = conn_of(source)
    found = model_facts(conn, "WHERE id = ?", (ident,))
    if found:
        view = Context(conn, found).fact_json(found[0])
        return {"kind": "fact", "id": ident, "label": view["label"], "items": view["evidence"]}
    rows = _conflict_rows(conn, ident)
    if rows:
        view = _conflict_views(conn, rows)[0]
        items = [e for side in view["sides"] for e in side["evidence"]]
        return {"kind": "conflict", "id": ident, "label": view["explanation"], "items": items}
    q = conn.execute("SELECT id, document_id, start, \"end\", text FROM quotes WHERE id = ?",
                     (ident,)).fetchone()
    if q is not None:
        return {"kind": "quote", "id": ident, "label": q["text"],
                "items": [_item(q["document_id"], q["start"], q["end"], conn, None)]}
    c = conn.execute("SELECT id, document_id, start, \"end\", predicate FROM claims "
                     "WHERE id = ?", (ident,)).fetchone()
    if c is not None:
        return {"kind": "claim", "id": ident, "label": c["predicate"],
                "items": [_item(c["document_id"], c["start"], c["end"], conn, ident)]}
    raise not_found("fact, conflict, quote or claim", ident)


def _item(document: str, start: int, end: int, conn: sqlite3.Connection,
          claim: str | None) -> dict:
    docs = titles(conn, [document])
    text = conn.execute("SELECT substr(text, ? + 1, ? - ?) FROM documents WHERE id = ?",
                        (start, end, start, document)).fetchone()[0]
    d = docs.get(document, {})
    return {"document": document, "title": d.get("title"), "outlet": d.get("outlet"),
            "published": d.get("published"), "start": start, "end": end, "text": text,
            "claim": claim}
