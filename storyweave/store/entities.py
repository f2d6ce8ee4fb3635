"""The entity index in SQL, and integrating one document's clusters into the knowledge base."""
from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable

from ..consolidate.entities import LocalMention, Resolved, keys_of, resolve_document, slug
from ..model import Span


class SqlEntityIndex:
    """Entities looked up by name keys; changes are written back by `save`."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.loaded: dict[str, Resolved] = {}

    def find(self, keys: Iterable[str]) -> list[Resolved]:
        keys = sorted(set(keys))
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        rows = self.conn.execute(
            f"SELECT DISTINCT k.entity_id, e.seq FROM entity_keys k "
            f"JOIN entities e ON e.id = k.entity_id "
            f"WHERE k.key IN ({marks}) ORDER BY e.seq", keys).fetchall()
        return [self._load(r[0]) for r in rows]

    def _load(self, entity_id: str) -> Resolved:
        if entity_id not in self.loaded:
            row = self.conn.execute("SELECT type FROM entities WHERE id = ?", (entity_id,)).fetchone()
            names = Counter({(r[0], r[1]): r[2] for r in self.conn.execute(
                "SELECT name, kind, count FROM entity_names WHERE entity_id = ?", (entity_id,))})
            e = Resolved(entity_id, row[0], names)
            e.aliases = {r[0]: ("", None) for r in self.conn.execute(
                "SELECT name FROM aliases WHERE entity_id = ?", (entity_id,))}
            self.loaded[entity_id] = e
        return self.loaded[entity_id]

    def create(self, type: str, name: str) -> Resolved:
        base = f"{type}:{slug(name)}"
        entity_id, n = base, 1
        while self.conn.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone():
            n += 1
            entity_id = f"{base}-{n}"
        seq = self.conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM entities").fetchone()[0]
        self.conn.execute("INSERT INTO entities (id, type, name, seq) VALUES (?,?,?,?)",
                          (entity_id, type, name, seq))
        self.loaded[entity_id] = Resolved(entity_id, type)
        return self.loaded[entity_id]

    def save(self, e: Resolved) -> None:
        canonical = e.canonical
        self.conn.execute("UPDATE entities SET name = ? WHERE id = ?", (canonical, e.id))
        self.conn.execute("DELETE FROM entity_names WHERE entity_id = ?", (e.id,))
        self.conn.executemany("INSERT INTO entity_names VALUES (?,?,?,?)",
                              [(e.id, n, k, c) for (n, k), c in sorted(e.names.items())])
        self.conn.executemany("INSERT INTO entity_keys VALUES (?, ?) ON CONFLICT DO NOTHING",
                              [(k, e.id) for k in sorted(keys_of(e))])
        self.conn.executemany(
            "INSERT INTO aliases VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING",
            [(e.id, name, reason.replace("{canonical}", canonical), *_span_row(span))
             for name, (reason, span) in e.aliases.items() if reason])


def _span_row(span: Span | None) -> tuple:
    return (span.document, span.start, span.end) if span else (None, None, None)


def integrate_document(conn: sqlite3.Connection, document_id: str) -> set[str]:
    """Resolve one stored document's clusters to entities; returns the entities it touched."""
    rows = conn.execute(
        "SELECT document_id, local_entity, label, kind, text, start, \"end\" FROM mentions "
        "WHERE document_id = ? AND local_entity IS NOT NULL ORDER BY start, \"end\"",
        (document_id,)).fetchall()
    index = SqlEntityIndex(conn)
    mapping = resolve_document([LocalMention(*r) for r in rows], index)
    for e in {id(e): e for e in mapping.values()}.values():
        index.save(e)
    _point_at_entities(conn, document_id, {k: e.id for k, e in mapping.items()})
    return {e.id for e in mapping.values()}


def _point_at_entities(conn: sqlite3.Connection, doc: str, ids: dict[str, str]) -> None:
    for local, entity_id in sorted(ids.items()):
        conn.execute("UPDATE mentions SET entity_id = ? WHERE document_id = ? AND local_entity = ?",
                     (entity_id, doc, local))
        conn.execute("UPDATE quotes SET speaker = ? WHERE document_id = ? AND speaker_local = ?",
                     (entity_id, doc, local))
        for column in ("subject", "object", "place"):
            conn.execute(f"UPDATE claims SET {column}_entity = ? WHERE document_id = ? "
                         f"AND {column} = ?", (entity_id, doc, local))


def clear_entities(conn: sqlite3.Connection) -> None:
    """Forget every resolution (for a rebuild); documents and their analyses stay."""
    for table in ("entity_keys", "entity_names", "aliases", "entities"):
        conn.execute(f"DELETE FROM {table}")
    conn.execute("UPDATE mentions SET entity_id = NULL")
    conn.execute("UPDATE quotes SET speaker = NULL")
    conn.execute("UPDATE claims SET subject_entity = NULL, object_entity = NULL, place_entity = NULL")
