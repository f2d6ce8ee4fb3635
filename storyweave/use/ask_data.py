"""Read-only SQL that question answering needs (parameterized; candidates for storyweave.query).

Every function takes an open store connection and returns plain dicts in a deterministic order.
"""
from __future__ import annotations

import sqlite3


def names(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """(entity id, entity type, name) for every canonical name and alias."""
    rows = conn.execute(
        "SELECT e.id, e.type, e.name FROM entities e "
        "UNION SELECT e.id, e.type, a.name FROM aliases a JOIN entities e ON e.id = a.entity_id "
        "ORDER BY 1, 3").fetchall()
    return [(r[0], r[1], r[2]) for r in rows]


def entity_weights(conn: sqlite3.Connection) -> dict[str, int]:
    """How much the knowledge base knows about each entity: facts plus named mentions."""
    weights: dict[str, int] = {}
    for r in conn.execute(
            "SELECT entity_id AS id, COUNT(*) AS n FROM mentions WHERE entity_id IS NOT NULL "
            "GROUP BY entity_id"):
        weights[r["id"]] = weights.get(r["id"], 0) + r["n"]
    for r in conn.execute("SELECT subject AS id, COUNT(*) AS n FROM facts GROUP BY subject "
                          "UNION ALL SELECT object AS id, COUNT(*) AS n FROM facts "
                          "WHERE object IS NOT NULL GROUP BY object"):
        weights[r["id"]] = weights.get(r["id"], 0) + 10 * r["n"]
    return weights


def entity_labels(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """entity id -> (name, type)."""
    return {r["id"]: (r["name"], r["type"]) for r in conn.execute("SELECT * FROM entities")}


def duplicates(conn: sqlite3.Connection) -> dict[str, str]:
    """document id -> the original it copies (syndicated copies only)."""
    return {r[0]: r[1] for r in conn.execute(
        "SELECT id, duplicate_of FROM documents WHERE duplicate_of IS NOT NULL")}


def published(conn: sqlite3.Connection) -> dict[str, tuple[str | None, str | None]]:
    """document id -> (published earliest, published latest)."""
    return {r[0]: (r[1], r[2]) for r in conn.execute(
        "SELECT id, published_earliest, published_latest FROM documents")}


def reference_date(conn: sqlite3.Connection) -> tuple[str | None, str | None]:
    """(latest publication date in the knowledge base, the id of that document)."""
    row = conn.execute(
        "SELECT id, COALESCE(published_latest, published_earliest) AS day FROM documents "
        "WHERE COALESCE(published_latest, published_earliest) IS NOT NULL "
        "ORDER BY day DESC, seq LIMIT 1").fetchone()
    return (row["day"], row["id"]) if row else (None, None)


def documents_for_search(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """Original (non-duplicate) documents with the metadata a citation needs."""
    return conn.execute(
        "SELECT id, title, outlet, text, published_earliest, published_latest, duplicate_of, seq "
        "FROM documents WHERE duplicate_of IS NULL ORDER BY seq").fetchall()


def removed_spans(conn: sqlite3.Connection, document_id: str) -> list[tuple[int, int]]:
    return [(r["start"], r["end"]) for r in conn.execute(
        "SELECT start, \"end\" FROM removed WHERE document_id = ? ORDER BY start",
        (document_id,))]


def named_mentions(conn: sqlite3.Connection, document_id: str, start: int,
                   end: int) -> list[tuple[str, str, int, int]]:
    """(entity id, entity type, start, end) of the named (not pronoun/descriptor) mentions in a span."""
    rows = conn.execute(
        "SELECT m.entity_id, e.type, m.start, m.\"end\" FROM mentions m JOIN entities e ON e.id = m.entity_id "
        "WHERE m.document_id = ? AND m.start >= ? AND m.\"end\" <= ? "
        "AND m.kind IN ('name', 'surname', 'first', 'handle', 'birth_name') ORDER BY m.start",
        (document_id, start, end)).fetchall()
    return [(r["entity_id"], r["type"], r["start"], r["end"]) for r in rows]
