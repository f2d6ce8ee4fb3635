"""What cross-document dating reads and writes: undated documents whose relative dates may
be pinned by another document's stated date, and a document's claims re-read after that."""
from __future__ import annotations

import sqlite3

from ..model import Claim, DocumentAnalysis
from ..understand.claims.agreement import ONE_TIME, REFINABLE
from .documents import set_published
from .entities import point_at_entities
from .facts import insert_claims, refresh_facts, resolved_claims
from .sql import rows_in

_ONE_TIME = ",".join(f"'{p}'" for p in sorted(ONE_TIME))
_REFINABLE = ",".join(f"'{s}'" for s in REFINABLE)


def datable_documents(conn: sqlite3.Connection, document_ids: list[str]) -> list[str]:
    """Undated documents among `document_ids`, and undated documents stating a one-time event
    of someone those documents date: the documents cross-document dating may narrow."""
    if conn.execute(f"SELECT 1 FROM documents WHERE published_source IN ({_REFINABLE}) "
                    "LIMIT 1").fetchone() is None:
        return []  # a dated corpus: one indexed lookup, nothing else to do
    own = set(rows_in_column(conn, (
        f"SELECT id FROM documents WHERE published_source IN ({_REFINABLE}) AND id IN ({{}})"),
        document_ids))
    subjects = set(rows_in_column(conn, (
        f"SELECT DISTINCT subject_entity FROM claims WHERE predicate IN ({_ONE_TIME}) "
        "AND time_earliest IS NOT NULL AND document_id IN ({})"), document_ids))
    subjects |= set(rows_in_column(conn, (  # a child's birth dates the parents' announcements
        "SELECT DISTINCT subject_entity FROM claims WHERE predicate = 'child' "
        "AND subject_entity IS NOT NULL AND object_entity IN ({})"), subjects))
    others = set(rows_in_column(conn, (
        f"SELECT DISTINCT c.document_id FROM claims c JOIN documents d ON d.id = c.document_id "
        f"WHERE d.published_source IN ({_REFINABLE}) AND c.predicate IN ({_ONE_TIME}) "
        "AND c.time_text IS NOT NULL AND c.subject_entity IN ({})"), subjects))
    return sorted(own | others)


def rows_in_column(conn: sqlite3.Connection, sql: str, ids) -> list:
    return [r[0] for r in rows_in(conn, sql, ids)]


def one_time_claims(conn: sqlite3.Connection, document_id: str) -> tuple[list[Claim], list[Claim]]:
    """The document's resolved one-time claims, and every other document's claims of the same
    kind about the same people and their children, with the parent-child ties (the
    references its relative dates are read against; a child's birth dates its announcement)."""
    subjects = set(rows_in_column(conn, (
        f"SELECT DISTINCT subject_entity FROM claims WHERE predicate IN ({_ONE_TIME}) "
        "AND subject_entity IS NOT NULL AND document_id IN ({})"), [document_id]))
    children = set(rows_in_column(conn, (
        "SELECT DISTINCT object_entity FROM claims WHERE predicate = 'child' "
        "AND object_entity IS NOT NULL AND subject_entity IN ({})"), subjects))
    claims = [c for c in resolved_claims(conn, subjects | children)
              if c.predicate in ONE_TIME or c.predicate == "child"]
    own = [c for c in claims if c.evidence.document == document_id and c.predicate in ONE_TIME]
    return own, [c for c in claims if c.evidence.document != document_id]


def replace_claims(conn: sqlite3.Connection, analysis: DocumentAnalysis) -> None:
    """Store a document's claims read again against its new publication window, point them at
    the entities its mentions resolved to, and re-consolidate what they touch."""
    doc = analysis.document
    set_published(conn, doc.id, doc.published)
    before = _document_entities(conn, doc.id)
    conn.execute("DELETE FROM claims WHERE document_id = ?", (doc.id,))
    insert_claims(conn, doc.id, analysis.claims)
    point_at_entities(conn, doc.id, dict(conn.execute(
        "SELECT DISTINCT local_entity, entity_id FROM mentions WHERE document_id = ? "
        "AND entity_id IS NOT NULL", (doc.id,)).fetchall()))
    refresh_facts(conn, before | _document_entities(conn, doc.id), doc.id)


def _document_entities(conn: sqlite3.Connection, document_id: str) -> set[str]:
    return {r[0] for r in conn.execute(
        "SELECT subject_entity FROM claims WHERE document_id = ? AND subject_entity IS NOT NULL "
        "UNION SELECT object_entity FROM claims WHERE document_id = ? AND object_entity IS NOT "
        "NULL", (document_id, document_id))}
