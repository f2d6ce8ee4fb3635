"""Named, numbered, transactional schema migrations (files `migrations/NNNN_name.sql`).

The files are written for SQLite; on PostgreSQL each statement goes through
`dialect.translate_ddl`, and an optional `NNNN_name.postgresql.sql` adds statements after it.
Each migration runs in a writer transaction (`BEGIN IMMEDIATE` on SQLite, the store's advisory
lock on PostgreSQL) that re-checks `schema_migrations` first, so several processes opening a
new store at once apply each migration exactly once.
"""
from __future__ import annotations

import re
import sqlite3
from importlib import resources
from typing import NamedTuple

from .dialect import SQLITE, translate_ddl

_NAME = re.compile(r"^(\d{4})_(\w+)\.sql$")


class Migration(NamedTuple):
    version: int
    name: str
    sql: str
    extra: str = ""  # dialect-only statements, run after `sql`


def migrations(dialect: str = SQLITE) -> list[Migration]:
    """All migrations shipped with the package, in version order."""
    folder = resources.files("storyweave.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if m:
            extra = ""
            if dialect != SQLITE:
                companion = folder / f"{m[1]}_{m[2]}.{dialect}.sql"
                if companion.is_file():
                    extra = companion.read_text(encoding="utf-8")
            found.append(Migration(int(m[1]), m[2], entry.read_text(encoding="utf-8"), extra))
    return sorted(found)


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations this database lacks, each in its own transaction."""
    dialect = getattr(conn, "dialect", SQLITE)
    create = ("CREATE TABLE IF NOT EXISTS schema_migrations "
              "(version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    if dialect == SQLITE:
        conn.execute(create)
    elif conn.execute("SELECT to_regclass('schema_migrations')").fetchone()[0] is None:
        # PostgreSQL: serialize with other processes creating it at the same moment (a store
        # that is up to date is opened without waiting for the writer lock)
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(translate_ddl(create, dialect))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    done = _done(conn)
    applied = []
    for m in migrations(dialect):
        if m.version not in done and _apply(conn, m, dialect):
            applied.append(f"{m.version:04d}_{m.name}")
    return applied


def _done(conn) -> set[int]:
    return {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}


def _apply(conn: sqlite3.Connection, m: Migration, dialect: str = SQLITE) -> bool:
    conn.execute("BEGIN IMMEDIATE")
    try:
        if m.version in _done(conn):  # another process applied it while we waited
            conn.execute("ROLLBACK")
            return False
        for statement in _statements(m.sql):
            conn.execute(translate_ddl(statement, dialect))
        for statement in _statements(m.extra):
            conn.execute(statement)
        conn.execute("INSERT INTO schema_migrations VALUES (?, ?)", (m.version, m.name))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return True


def _statements(sql: str) -> list[str]:
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
