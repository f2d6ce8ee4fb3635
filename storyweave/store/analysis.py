"""Saving one document's analysis, and rewriting the resolved entities across documents."""
from __future__ import annotations

import sqlite3

from ..consolidate.entities import LocalMention, Resolved, resolve, slug
from ..model import DocumentAnalysis


def insert_analysis(conn: sqlite3.Connection, analysis: DocumentAnalysis) -> None:
    doc_id = analysis.document.id
    conn.executemany(
        "INSERT INTO mentions (document_id, start, \"end\", text, kind, label, local_entity) "
        "VALUES (?,?,?,?,?,?,?)",
        [(doc_id, m.span.start, m.span.end, m.text, m.kind, m.label, m.entity)
         for m in analysis.mentions])
    conn.executemany(
        "INSERT OR IGNORE INTO quotes (id, document_id, start, \"end\", text, speaker_local, "
        "outlet, cue_start, cue_end) VALUES (?,?,?,?,?,?,?,?,?)",
        [(q.id, doc_id, q.span.start, q.span.end, q.text, q.speaker, q.outlet,
          q.cue.start if q.cue else None, q.cue.end if q.cue else None)
         for q in analysis.quotes])


def refresh_entities(conn: sqlite3.Connection) -> None:
    """Re-resolve entities from every stored mention and point mentions and quotes at them."""
    rows = conn.execute(
        "SELECT m.document_id, m.local_entity, m.label, m.kind, m.text, m.start, m.\"end\" "
        "FROM mentions m JOIN documents d ON d.id = m.document_id "
        "WHERE m.local_entity IS NOT NULL ORDER BY d.seq, m.start, m.\"end\"").fetchall()
    entities, mapping = resolve([LocalMention(*r) for r in rows])
    ids = _entity_ids(entities)
    conn.execute("DELETE FROM aliases")
    conn.execute("DELETE FROM entities")
    for e in entities:
        _write_entity(conn, e, ids[e.key])
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS entity_map (document_id, local_entity, entity_id)")
    conn.execute("DELETE FROM entity_map")
    conn.executemany("INSERT INTO entity_map VALUES (?,?,?)",
                     [(d, l, ids[k]) for (d, l), k in mapping.items()])
    conn.execute("UPDATE mentions SET entity_id = (SELECT entity_id FROM entity_map e WHERE "
                 "e.document_id = mentions.document_id AND e.local_entity = mentions.local_entity)")
    conn.execute("UPDATE quotes SET speaker = (SELECT entity_id FROM entity_map e WHERE "
                 "e.document_id = quotes.document_id AND e.local_entity = quotes.speaker_local)")


def _entity_ids(entities: list[Resolved]) -> dict[str, str]:
    ids: dict[str, str] = {}
    used: set[str] = set()
    for e in entities:
        base = f"{e.type}:{slug(e.canonical)}"
        candidate, n = base, 1
        while candidate in used:
            n += 1
            candidate = f"{base}-{n}"
        used.add(candidate)
        ids[e.key] = candidate
    return ids


def _write_entity(conn: sqlite3.Connection, e: Resolved, entity_id: str) -> None:
    conn.execute("INSERT INTO entities VALUES (?,?,?)", (entity_id, e.type, e.canonical))
    conn.executemany(
        "INSERT INTO aliases VALUES (?,?,?,?,?,?)",
        [(entity_id, name, reason.replace("{canonical}", e.canonical), span.document if span else None,
          span.start if span else None, span.end if span else None)
         for name, (reason, span) in e.aliases.items()])
