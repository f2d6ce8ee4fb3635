"""The store: where documents, analyses and the consolidated knowledge base live.

`open_store(target)` returns a `Store`; the default is an embedded SQLite file, and a
`postgresql://user@host:port/dbname` URL opens a PostgreSQL database (see `store.postgres`).
"""
from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from ..clean.duplicates import Signature
from ..model import Claim, Document, DocumentAnalysis
from . import analysis as _analysis
from . import dating as _dating
from . import entities as _entities
from . import documents as _docs
from . import facts as _facts
from . import postgres as _postgres
from .dialect import is_postgres_url
from .sqlite import connect, transaction

__all__ = ["Store", "open_store"]


class Store:
    """A knowledge-base store over one database connection."""

    def __init__(self, conn: sqlite3.Connection, target: str):
        self.conn = conn
        self.target = target

    @property
    def dialect(self) -> str:
        return getattr(self.conn, "dialect", "sqlite")

    def transaction(self):
        """All or nothing; on PostgreSQL the adapter turns SQLite's `BEGIN IMMEDIATE` into
        BEGIN plus the writer lock, so one definition serves both."""
        return transaction(self.conn)

    @contextlib.contextmanager
    def savepoint(self) -> Iterator[None]:
        """Inside a transaction: all or nothing for the block, and the transaction goes on."""
        self.conn.execute("SAVEPOINT block")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK TO SAVEPOINT block")
            raise
        finally:
            self.conn.execute("RELEASE SAVEPOINT block")

    def has_document(self, document_id: str) -> bool:
        return _docs.has_document(self.conn, document_id)

    def insert_document(self, doc: Document, sig: Signature) -> None:
        _docs.insert_document(self.conn, doc, sig)

    def insert_analysis(self, analysis) -> None:
        _analysis.insert_analysis(self.conn, analysis)
        _facts.insert_claims(self.conn, analysis.document.id, analysis.claims)

    def integrate(self, document_id: str) -> set[str]:
        """Resolve a stored document's entities and re-consolidate what it touched."""
        touched = _entities.integrate_document(self.conn, document_id)
        _facts.refresh_facts(self.conn, touched, document_id)
        return touched

    def rebuild(self) -> None:
        """Forget all cross-document results and replay every document in ingest order."""
        _entities.clear_entities(self.conn)
        for (document_id,) in self.conn.execute("SELECT id FROM documents ORDER BY seq").fetchall():
            _entities.integrate_document(self.conn, document_id)
        _facts.refresh_facts(self.conn, None)

    def datable_documents(self, document_ids: list[str]) -> list[str]:
        """Undated documents that these documents' stated dates may date (store.dating)."""
        return _dating.datable_documents(self.conn, document_ids)

    def one_time_claims(self, document_id: str) -> tuple[list[Claim], list[Claim]]:
        """A document's one-time event claims, and other documents' about the same people."""
        return _dating.one_time_claims(self.conn, document_id)

    def replace_claims(self, analysis: DocumentAnalysis) -> None:
        """A stored document re-dated: its new window and claims, and what they touch."""
        _dating.replace_claims(self.conn, analysis)

    def find_original(self, sig: Signature) -> str | None:
        return _docs.find_original(self.conn, sig)

    def documents(self) -> list[Document]:
        return _docs.list_documents(self.conn)

    def document(self, document_id: str) -> Document | None:
        return _docs.get_document(self.conn, document_id)

    def close(self) -> None:
        self.conn.close()


def open_store(target: str | Path) -> Store:
    """Open the store at `target`: a SQLite file path, or a `postgresql://` URL."""
    if is_postgres_url(target):
        conn = _postgres.connect(str(target))
        return Store(conn, conn.target)
    return Store(connect(target), str(target))
