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
from ._base import Page, conn_of, interval_json, model_facts, names, not_found, page
from .documents import titles


class Context:
    """Everything fact rendering looks up, read once per call."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.names = names(conn)
        self.docs = titles(conn)
        self.evidence = _evidence_by_fact(conn, self.docs)
        self.conflicts_of: dict[str, list[str]] = {}
        for r in conn.execute("SELECT conflict_id, fact_id FROM conflict_facts ORDER BY 1, 2"):
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


def _evidence_by_fact(conn: sqlite3.Connection, docs: dict[str, dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    rows = conn.execute(
        "SELECT fc.fact_id, c.id AS claim, c.document_id, c.start, c.\"end\", "
        "substr(d.text, c.start + 1, c.\"end\" - c.start) AS text FROM fact_claims fc "
        "JOIN claims c ON c.id = fc.claim_id JOIN documents d ON d.id = c.document_id "
        "ORDER BY fc.fact_id, d.seq, c.start, c.id")
    for r in rows:
        doc = docs.get(r["document_id"], {})
        out.setdefault(r["fact_id"], []).append(
            {"document": r["document_id"], "title": doc.get("title"), "outlet": doc.get("outlet"),
             "published": doc.get("published"), "start": r["start"], "end": r["end"],
             "text": r["text"], "claim": r["claim"]})
    return out


def facts(source, predicate: str | None = None, subject: str | None = None,
          status: str | None = None, limit: int | None = None,
          offset: int | None = None) -> Page:
    """Facts (optionally of one predicate, about one subject-or-object entity, of one status),
    ordered by predicate, then date, then id."""
    conn = conn_of(source)
    ctx = Context(conn)
    found = model_facts(conn)
    if predicate:
        found = [f for f in found if f.predicate == predicate]
    if subject:
        found = [f for f in found if subject in (f.subject, f.object)]
    if status:
        found = [f for f in found if f.status == status]
    found.sort(key=_fact_order)
    return page([ctx.fact_json(f) for f in found], limit, offset)


def fact(source, fact_id: str) -> dict:
    conn = conn_of(source)
    found = model_facts(conn, "WHERE id = ?", (fact_id,))
    if not found:
        raise not_found("fact", fact_id)
    return Context(conn).fact_json(found[0])


def predicates(source) -> list[dict]:
    """[{predicate, facts}] with how many facts each predicate has."""
    rows = conn_of(source).execute(
        "SELECT predicate, COUNT(*) AS n FROM facts GROUP BY predicate ORDER BY predicate")
    return [{"predicate": r["predicate"], "facts": r["n"]} for r in rows]


def _fact_order(f: Fact) -> tuple:
    lo = f.time.earliest.isoformat() if f.time and f.time.earliest else "9999"
    return (f.predicate, lo, f.object or f.value or "", f.id)


# --------------------------------------------------------------------------- conflicts

def conflicts(source, entity: str | None = None, predicate: str | None = None,
              limit: int | None = None, offset: int | None = None) -> Page:
    """Conflicts (optionally those involving one entity, or of one predicate)."""
    conn = conn_of(source)
    ctx = Context(conn)
    by_id = {f.id: f for f in model_facts(conn)}
    out = []
    for c in _conflict_rows(conn):
        if predicate and c["predicate"] != predicate:
            continue
        view = _conflict_json(c, by_id, ctx)
        if entity and entity not in _involved(view, by_id):
            continue
        out.append(view)
    return page(out, limit, offset)


def conflict(source, conflict_id: str) -> dict:
    conn = conn_of(source)
    rows = [c for c in _conflict_rows(conn, conflict_id)]
    if not rows:
        raise not_found("conflict", conflict_id)
    return _conflict_json(rows[0], {f.id: f for f in model_facts(conn)}, Context(conn))


def _conflict_rows(conn: sqlite3.Connection, conflict_id: str | None = None) -> list[dict]:
    members: dict[str, list[str]] = {}
    for r in conn.execute("SELECT conflict_id, fact_id FROM conflict_facts ORDER BY 1, 2"):
        members.setdefault(r[0], []).append(r[1])
    if conflict_id is None:
        rows = conn.execute("SELECT * FROM conflicts ORDER BY subject, predicate, id")
    else:
        rows = conn.execute("SELECT * FROM conflicts WHERE id = ?", (conflict_id,))
    return [{"id": r["id"], "subject": r["subject"], "predicate": r["predicate"],
             "explanation": r["explanation"], "facts": members.get(r["id"], [])} for r in rows]


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


def _involved(view: dict, by_id: dict[str, Fact]) -> set[str]:
    out = {view["subject"]}
    for fid in view["facts"]:
        f = by_id.get(fid)
        if f:
            out |= {f.subject, f.object} - {None}
    return out


# --------------------------------------------------------------------------- evidence

def evidence(source, ident: str) -> dict:
    """The spans behind a fact, a conflict, a quote or a claim:
    {kind: fact|conflict|quote|claim, id, label, items: [evidence item]}."""
    conn = conn_of(source)
    found = model_facts(conn, "WHERE id = ?", (ident,))
    if found:
        view = Context(conn).fact_json(found[0])
        return {"kind": "fact", "id": ident, "label": view["label"], "items": view["evidence"]}
    rows = _conflict_rows(conn, ident)
    if rows:
        view = _conflict_json(rows[0], {f.id: f for f in model_facts(conn)}, Context(conn))
        items = [e for side in view["sides"] for e in side["evidence"]]
        return {"kind": "conflict", "id": ident, "label": view["explanation"], "items": items}
    docs = titles(conn)
    q = conn.execute("SELECT id, document_id, start, \"end\", text FROM quotes WHERE id = ?",
                     (ident,)).fetchone()
    if q is not None:
        return {"kind": "quote", "id": ident, "label": q["text"],
                "items": [_item(docs, q["document_id"], q["start"], q["end"], conn, None)]}
    c = conn.execute("SELECT id, document_id, start, \"end\", predicate FROM claims "
                     "WHERE id = ?", (ident,)).fetchone()
    if c is not None:
        return {"kind": "claim", "id": ident, "label": c["predicate"],
                "items": [_item(docs, c["document_id"], c["start"], c["end"], conn, ident)]}
    raise not_found("fact, conflict, quote or claim", ident)


def _item(docs: dict, document: str, start: int, end: int, conn: sqlite3.Connection,
          claim: str | None) -> dict:
    text = conn.execute("SELECT substr(text, ? + 1, ? - ?) FROM documents WHERE id = ?",
                        (start, end, start, document)).fetchone()[0]
    d = docs.get(document, {})
    return {"document": document, "title": d.get("title"), "outlet": d.get("outlet"),
            "published": d.get("published"), "start": start, "end": end, "text": text,
            "claim": claim}
