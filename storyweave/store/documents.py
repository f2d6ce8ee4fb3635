"""Documents, their removed spans and their near-duplicate signatures, in and out of SQL."""
from __future__ import annotations

import datetime as dt
import sqlite3

import numpy as np

from ..clean.duplicates import Signature, is_copy
from ..model import Document, Published, Removal
from .sql import rows_in


def has_document(conn: sqlite3.Connection, document_id: str) -> bool:
    row = conn.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,)).fetchone()
    return row is not None


def insert_document(conn: sqlite3.Connection, doc: Document, sig: Signature) -> None:
    seq = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM documents").fetchone()[0]
    p = doc.published
    conn.execute(
        "INSERT INTO documents (id, seq, path, url, title, outlet, text, published_earliest, "
        "published_latest, published_inferred, published_source, duplicate_of) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (doc.id, seq, doc.path, doc.url, doc.title, doc.outlet, doc.text, _iso(p.earliest),
         _iso(p.latest), int(p.inferred), p.source, doc.duplicate_of))
    conn.executemany("INSERT INTO removed VALUES (?,?,?,?,?)",
                     [(doc.id, r.start, r.end, r.text, r.reason) for r in doc.removed])
    conn.execute("INSERT INTO document_signatures VALUES (?, ?)", (doc.id, sig.values.tobytes()))
    conn.executemany("INSERT INTO document_bands VALUES (?, ?)",
                     [(band, doc.id) for band in sig.bands()])


def set_published(conn: sqlite3.Connection, document_id: str, p: Published) -> None:
    conn.execute("UPDATE documents SET published_earliest = ?, published_latest = ?, "
                 "published_inferred = ?, published_source = ? WHERE id = ?",
                 (_iso(p.earliest), _iso(p.latest), int(p.inferred), p.source, document_id))


def find_original(conn: sqlite3.Connection, sig: Signature) -> str | None:
    """The earliest stored document this signature is a copy of (following copies to the root).

    Candidates share at least one LSH band; only their signatures are then compared, and only
    the copies among them are looked up in `documents` (whose rows are long: the text)."""
    bands = sig.bands()
    rows = conn.execute(
        "SELECT document_id, signature FROM document_signatures WHERE document_id IN "
        f"(SELECT document_id FROM document_bands WHERE band IN ({','.join('?' * len(bands))}))",
        bands)
    copies = [row[0] for row in rows
              if is_copy(sig, Signature(np.frombuffer(bytes(row[1]), dtype=np.uint64)))]
    if not copies:
        return None
    first = min(rows_in(conn, "SELECT seq, id, duplicate_of FROM documents WHERE id IN ({})",
                        copies), key=lambda row: row[0])
    return first[2] or first[1]


def list_documents(conn: sqlite3.Connection) -> list[Document]:
    rows = conn.execute("SELECT * FROM documents ORDER BY seq").fetchall()
    removed = _removed_by_document(conn)
    return [_document(row, removed.get(row["id"], ())) for row in rows]


def get_document(conn: sqlite3.Connection, document_id: str) -> Document | None:
    row = conn.execute("SELECT * FROM documents WHERE id = ?", (document_id,)).fetchone()
    if row is None:
        return None
    removed = conn.execute("SELECT * FROM removed WHERE document_id = ? ORDER BY start",
                           (document_id,)).fetchall()
    return _document(row, tuple(_removal(r) for r in removed))


def _removed_by_document(conn: sqlite3.Connection) -> dict[str, tuple[Removal, ...]]:
    out: dict[str, list[Removal]] = {}
    for r in conn.execute("SELECT * FROM removed ORDER BY document_id, start"):
        out.setdefault(r["document_id"], []).append(_removal(r))
    return {k: tuple(v) for k, v in out.items()}


def _removal(row: sqlite3.Row) -> Removal:
    return Removal(row["start"], row["end"], row["text"], row["reason"])


def _document(row: sqlite3.Row, removed: tuple[Removal, ...]) -> Document:
    published = Published(_date(row["published_earliest"]), _date(row["published_latest"]),
                          bool(row["published_inferred"]), row["published_source"])
    return Document(id=row["id"], path=row["path"], title=row["title"], text=row["text"],
                    url=row["url"], outlet=row["outlet"], published=published,
                    removed=removed, duplicate_of=row["duplicate_of"])


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None
