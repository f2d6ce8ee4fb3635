"""The entity index in SQL, and integrating one document's clusters into the knowledge base."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ..consolidate.entities import LocalMention, Resolved, keys_of, resolve_document, slug
from ..model import Span


class SqlEntityIndex:
    """Entities looked up by name keys; changes are written back by `save`."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.loaded: dict[str, Resolved] = {}

    PER_KEY = 12  # entities read per lookup key; more owners of a short name mean "ambiguous"

    def find(self, keys: Iterable[str]) -> list[Resolved]:
        found: dict[str, int] = {}
        for key in sorted(set(keys)):
            for entity_id, seq in self.conn.execute(
                    "SELECT k.entity_id, e.seq FROM entity_keys k JOIN entities e ON e.id = "
                    f"k.entity_id WHERE k.key = ? ORDER BY e.seq LIMIT {self.PER_KEY}", (key,)):
                found[entity_id] = seq
        ordered = sorted(found, key=found.get)
        self._load_many([i for i in ordered if i not in self.loaded])
        return [self.loaded[i] for i in ordered]

    def _load_many(self, ids: list[str]) -> None:
        if not ids:
            return
        marks = ",".join("?" * len(ids))
        for entity_id, type_ in self.conn.execute(
                f"SELECT id, type FROM entities WHERE id IN ({marks})", ids):
            self.loaded[entity_id] = Resolved(entity_id, type_)
        for entity_id, name, kind, count in self.conn.execute(
                f"SELECT entity_id, name, kind, count FROM entity_names WHERE entity_id IN "
                f"({marks})", ids):
            self.loaded[entity_id].names[(name, kind)] = count
        for entity_id, name in self.conn.execute(
                f"SELECT entity_id, name FROM aliases WHERE entity_id IN ({marks})", ids):
            self.loaded[entity_id].aliases[name] = ("", None)  # already written

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
        new = [(name, reason, span) for name, (reason, span) in e.aliases.items() if reason]
        self.conn.executemany(
            "INSERT INTO aliases VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING",
            [(e.id, name, reason.replace("{canonical}", canonical), *_span_row(span))
             for name, reason, span in new])
        self.conn.executemany("INSERT INTO search_terms VALUES (?, ?) ON CONFLICT DO NOTHING",
                              [(term, e.id) for term in sorted(search_terms(
                                  [canonical] + [name for name, _, _ in new]))])


def search_terms(names: Iterable[str]) -> set[str]:
    """Each name lower-cased whole and word by word (what entity search looks up)."""
    terms: set[str] = set()
    for name in names:
        folded = " ".join(name.casefold().split())
        terms |= {folded, *folded.split()}
    return {t for t in terms if t}


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
    point_at_entities(conn, document_id, {k: e.id for k, e in mapping.items()})
    _count_mentions(conn, document_id)
    return {e.id for e in mapping.values()}


def _count_mentions(conn: sqlite3.Connection, document_id: str) -> None:
    counts = [tuple(r) for r in conn.execute(
        "SELECT COUNT(*), entity_id FROM mentions WHERE document_id = ? AND entity_id IS NOT "
        "NULL GROUP BY entity_id ORDER BY entity_id", (document_id,))]
    conn.executemany("UPDATE entities SET mentions = mentions + ? WHERE id = ?", counts)


def point_at_entities(conn: sqlite3.Connection, doc: str, ids: dict[str, str]) -> None:
    rows = [(entity_id, doc, local) for local, entity_id in sorted(ids.items())]
    conn.executemany("UPDATE mentions SET entity_id = ? WHERE document_id = ? AND "
                     "local_entity = ?", rows)
    conn.executemany("UPDATE quotes SET speaker = ? WHERE document_id = ? AND speaker_local = ?",
                     rows)
    for column in ("subject", "object", "place"):
        conn.executemany(f"UPDATE claims SET {column}_entity = ? WHERE document_id = ? "
                         f"AND {column} = ?", rows)


def clear_entities(conn: sqlite3.Connection) -> None:
    """Forget every resolution (for a rebuild); documents and their analyses stay."""
    for table in ("search_terms", "entity_keys", "entity_names", "aliases", "entities"):
        conn.execute(f"DELETE FROM {table}")
    conn.execute("UPDATE mentions SET entity_id = NULL")
    conn.execute("UPDATE quotes SET speaker = NULL")
    conn.execute("UPDATE claims SET subject_entity = NULL, object_entity = NULL, place_entity = NULL")
