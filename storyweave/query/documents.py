"""Documents: stored text, removed boilerplate spans, publication dates, copies."""
from __future__ import annotations

import sqlite3

from ..model import Document
from ..store.documents import get_document, list_documents
from ._base import Page, conn_of, not_found, page, rows_in


# how a publication window was found, in words (Published.source)
DATED_BY = {"meta": "from the page's metadata", "dateline": "from its date line",
            "updated": "before its 'updated' date", "latest_mention":
            "after the latest date it mentions", "ages": "from a person's age and birth date",
            "agreement": "by agreement with dates stated elsewhere", "unknown": "unknown"}


def document_json(d: Document, counts: dict[str, int] | None = None) -> dict:
    """{id, path, title, outlet, url, text, published: {earliest, latest, inferred, how},
    removed: [{start, end, text, reason}], duplicate_of, counts?}"""
    published = {**d.published.as_json(), "how": DATED_BY.get(d.published.source, "")}
    out = {"id": d.id, "path": d.path, "title": d.title, "outlet": d.outlet, "url": d.url,
           "text": d.text, "published": published,
           "removed": [{"start": r.start, "end": r.end, "text": r.text, "reason": r.reason}
                       for r in d.removed],
           "duplicate_of": d.duplicate_of}
    if counts is not None:
        out["counts"] = counts
    return out


def documents(source, limit: int | None = None, offset: int | None = None) -> Page:
    """Every document in ingest order (a Page of `document_json` dicts)."""
    return page([document_json(d) for d in list_documents(conn_of(source))], limit, offset)


def document(source, document_id: str) -> dict:
    """One document with its text and removed spans, plus how much of the KB cites it:
    counts = {mentions, claims, quotes}. NotFound for an unknown id."""
    conn = conn_of(source)
    d = get_document(conn, document_id)
    if d is None:
        raise not_found("document", document_id)
    return document_json(d, _counts(conn, document_id))


def titles(conn: sqlite3.Connection, ids=None) -> dict[str, dict]:
    """{document id: {title, outlet, published (earliest ISO date or None), duplicate_of}},
    for `ids` (every document when None)."""
    sql = "SELECT id, title, outlet, published_earliest, duplicate_of FROM documents"
    rows = conn.execute(sql).fetchall() if ids is None else rows_in(conn, sql + " WHERE id IN ({})", ids)
    return {r["id"]: {"title": r["title"], "outlet": r["outlet"],
                      "published": r["published_earliest"], "duplicate_of": r["duplicate_of"]}
            for r in rows}


def _counts(conn: sqlite3.Connection, document_id: str) -> dict[str, int]:
    one = lambda sql: conn.execute(sql, (document_id,)).fetchone()[0]  # noqa: E731
    return {"mentions": one("SELECT COUNT(*) FROM mentions WHERE document_id = ?"),
            "claims": one("SELECT COUNT(*) FROM claims WHERE document_id = ?"),
            "quotes": one("SELECT COUNT(*) FROM quotes WHERE document_id = ?")}
