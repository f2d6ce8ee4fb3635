"""The embedded SQLite store: one file, migrations on open, one transaction per document."""
from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from ..errors import StoreError
from .migrations import migrate


WAL_ATTEMPTS, WAL_PAUSE = 100, 0.05  # seconds: about five seconds in all


def _write_ahead_log(conn: sqlite3.Connection) -> None:
    """Switch to WAL. A new file opened by several processes at once: the switch needs the
    file alone and SQLite's busy timeout does not wait for it, so wait here."""
    for _ in range(WAL_ATTEMPTS - 1):
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc):
                raise
            time.sleep(WAL_PAUSE)
    conn.execute("PRAGMA journal_mode = WAL")


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate a store; autocommit mode, explicit transactions."""
    target = Path(path)
    if target.parent and not target.parent.exists():
        raise StoreError(f"cannot create the store {target}: folder {target.parent} does not exist")
    try:
        conn = sqlite3.connect(str(target), isolation_level=None, timeout=30)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        _write_ahead_log(conn)
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{target} is not a storyweave store: {exc}") from None
    return conn


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All or nothing: a failure anywhere inside rolls the whole block back."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
