"""Saving one document's analysis, and rewriting the resolved entities across documents."""
from __future__ import annotations

import sqlite3

from ..model import DocumentAnalysis


def insert_analysis(conn: sqlite3.Connection, analysis: DocumentAnalysis) -> None:
    doc_id = analysis.document.id
    conn.executemany(
        "INSERT INTO mentions (document_id, start, \"end\", text, kind, label, local_entity) "
        "VALUES (?,?,?,?,?,?,?)",
        [(doc_id, m.span.start, m.span.end, m.text, m.kind, m.label, m.entity)
         for m in analysis.mentions])
    conn.executemany(
        "INSERT INTO quotes (id, document_id, start, \"end\", text, speaker_local, "
        "outlet, cue_start, cue_end) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
        [(q.id, doc_id, q.span.start, q.span.end, q.text, q.speaker, q.outlet,
          q.cue.start if q.cue else None, q.cue.end if q.cue else None)
         for q in analysis.quotes])
