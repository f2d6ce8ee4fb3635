"""Reading the consolidated knowledge out of SQL: entities, facts, conflicts, quotes."""
from __future__ import annotations

import sqlite3


def entities(conn: sqlite3.Connection) -> list[dict]:
    aliases: dict[str, list[str]] = {}
    for row in conn.execute("SELECT entity_id, name FROM aliases ORDER BY entity_id, rowid"):
        names = aliases.setdefault(row["entity_id"], [])
        if row["name"] not in names:
            names.append(row["name"])
    return [{"id": r["id"], "type": r["type"], "name": r["name"],
             "aliases": [a for a in aliases.get(r["id"], []) if a != r["name"]]}
            for r in conn.execute("SELECT * FROM entities ORDER BY id")]


def facts(conn: sqlite3.Connection) -> list[dict]:
    evidence = _evidence_by_fact(conn)
    return [_fact(r, evidence.get(r["id"], [])) for r in
            conn.execute("SELECT * FROM facts ORDER BY id")]


def _fact(r: sqlite3.Row, evidence: list[dict]) -> dict:
    time = None
    if r["time_earliest"] or r["time_latest"]:
        time = {"earliest": r["time_earliest"], "latest": r["time_latest"],
                "text": r["time_text"] or ""}
    return {"id": r["id"], "subject": r["subject"], "predicate": r["predicate"],
            "object": r["object"], "value": r["value"], "time": time, "place": r["place"],
            "evidence": evidence, "status": r["status"]}


def _evidence_by_fact(conn: sqlite3.Connection) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    rows = conn.execute(
        "SELECT fc.fact_id, c.document_id, c.start, c.\"end\", substr(d.text, c.start + 1, "
        "c.\"end\" - c.start) AS text FROM fact_claims fc JOIN claims c ON c.id = fc.claim_id "
        "JOIN documents d ON d.id = c.document_id ORDER BY fc.fact_id, d.seq, c.start")
    for r in rows:
        out.setdefault(r["fact_id"], []).append(
            {"document": r["document_id"], "start": r["start"], "end": r["end"], "text": r["text"]})
    return out


def conflicts(conn: sqlite3.Connection) -> list[dict]:
    members: dict[str, list[str]] = {}
    for r in conn.execute("SELECT * FROM conflict_facts ORDER BY conflict_id, fact_id"):
        members.setdefault(r["conflict_id"], []).append(r["fact_id"])
    return [{"id": r["id"], "subject": r["subject"], "predicate": r["predicate"],
             "facts": members.get(r["id"], []), "explanation": r["explanation"]}
            for r in conn.execute("SELECT * FROM conflicts ORDER BY id")]


def quotes(conn: sqlite3.Connection) -> list[dict]:
    rows = conn.execute("SELECT q.* FROM quotes q JOIN documents d ON d.id = q.document_id "
                        "ORDER BY d.seq, q.start")
    return [{"id": r["id"], "speaker": r["speaker"], "text": r["text"],
             "document": r["document_id"], "start": r["start"], "end": r["end"],
             "outlet": r["outlet"]} for r in rows]
