"""The PostgreSQL store: the same tables, migrations and SQL as the SQLite store, on a server.

`connect(url)` returns a `PgConnection`, a thin adapter that gives the rest of the code the
DB-API surface it uses with SQLite: `execute(sql, params)` returning a cursor (`fetchone`,
`fetchall`, iteration), `executemany`, rows readable by index and by column name, and
explicit `BEGIN`/`COMMIT`/`ROLLBACK` in autocommit mode. Statements keep SQLite's `?`
placeholders; `dialect.to_pyformat` turns them into psycopg's `%s`.

Writers are serialized like SQLite's `BEGIN IMMEDIATE`: a store transaction (and a migration)
starts with a transaction-level advisory lock, `pg_advisory_xact_lock`, keyed on the store's
schema and released at COMMIT or ROLLBACK. Saving a document (duplicate lookup, insert, entity
resolution, fact refresh) therefore runs one at a time across processes, in READ COMMITTED
where every statement after the lock sees everything committed before it. Entity resolution
reads the entity index and then extends it, so two documents resolved at once could both
create "the same" entity or pick different `-2` suffixes; with the lock the knowledge base
after concurrent ingests equals a serial ingest in commit order, and the ids equal SQLite's.
Readers never take the lock. psycopg is imported only when a PostgreSQL store is opened
(`pip install 'storyweave[postgres]'`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from ..errors import StoreError
from .dialect import POSTGRESQL, to_pyformat
from .migrations import migrate

# The writer lock: one key per schema, so stores in different schemas of one database
# (the tests use a schema each) do not wait for each other.
_LOCK = "SELECT pg_advisory_xact_lock(hashtext('storyweave:' || coalesce(current_schema(), '')))"
_BEGIN_IMMEDIATE = re.compile(r"^\s*BEGIN\s+(IMMEDIATE|EXCLUSIVE)\s*;?\s*$", re.I)


def redact(url: str) -> str:
    """The URL without its password (for messages and `Store.target`)."""
    return re.sub(r"^(\w+://[^:/@]*):[^@/]*@", r"\1:***@", url)


class PgRow(tuple):
    """A result row: a tuple that can also be read by column name, like `sqlite3.Row`
    (names are matched exactly, then case-insensitively)."""

    __slots__ = ()
    _names: tuple[str, ...] = ()
    _index: dict[str, int] = {}

    def __getitem__(self, key):
        if isinstance(key, str):
            i = self._index.get(key)
            if i is None:
                i = self._index.get(key.lower())
                if i is None:
                    raise IndexError(f"No item with that key: {key!r}")
            return tuple.__getitem__(self, i)
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)

    def __repr__(self) -> str:
        return f"<PgRow {dict(zip(self._names, self))}>"


@lru_cache(maxsize=1024)
def _row_class(names: tuple[str, ...]) -> type[PgRow]:
    index: dict[str, int] = {}
    for i, name in enumerate(names):
        index.setdefault(name, i)
    for i, name in enumerate(names):
        index.setdefault(name.lower(), i)
    return type("PgRow", (PgRow,), {"__slots__": (), "_names": names, "_index": index})


def _row_factory(cursor):
    if cursor.description is None:
        return tuple
    cls = _row_class(tuple(c.name for c in cursor.description))
    return lambda values: cls(values)


class PgCursor:
    """The result of `PgConnection.execute`: fetch rows, or nothing for statements without."""

    def __init__(self, cursor):
        self._cur = cursor

    @property
    def description(self):
        return self._cur.description

    @property
    def rowcount(self) -> int:
        return self._cur.rowcount

    def fetchone(self) -> PgRow | None:
        return self._cur.fetchone() if self._cur.description is not None else None

    def fetchall(self) -> list[PgRow]:
        return self._cur.fetchall() if self._cur.description is not None else []

    def fetchmany(self, size: int = 1) -> list[PgRow]:
        return self._cur.fetchmany(size) if self._cur.description is not None else []

    def __iter__(self) -> Iterator[PgRow]:
        return iter(self.fetchall())

    def close(self) -> None:
        self._cur.close()


class PgConnection:
    """A psycopg connection behind the sqlite3-like interface the store code uses."""

    dialect = POSTGRESQL

    def __init__(self, raw, target: str):
        self.raw = raw
        self.target = target

    def execute(self, sql: str, params: Sequence[Any] | None = ()) -> PgCursor:
        if _BEGIN_IMMEDIATE.match(sql):  # SQLite's writer transaction: BEGIN + the writer lock
            self.raw.execute("BEGIN")
            self.raw.execute(_LOCK)
            return PgCursor(self.raw.cursor())
        cur = self.raw.cursor(row_factory=_row_factory)
        cur.execute(to_pyformat(sql), tuple(params) if params is not None else ())
        return PgCursor(cur)

    def executemany(self, sql: str, seq_of_params: Iterable[Sequence[Any]]) -> PgCursor:
        rows = [tuple(p) for p in seq_of_params]
        cur = self.raw.cursor()
        if rows:
            cur.executemany(to_pyformat(sql), rows)
        return PgCursor(cur)

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus
        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        self.raw.close()


def connect(url: str) -> PgConnection:
    """Connect (autocommit; explicit transactions) and migrate a PostgreSQL store."""
    try:
        import psycopg
    except ImportError:
        raise StoreError("a PostgreSQL store needs psycopg: pip install 'storyweave[postgres]'") \
            from None
    shown = redact(url)
    try:
        raw = psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.Error as exc:
        raise StoreError(f"cannot connect to {shown}: {str(exc).strip()}") from None
    conn = PgConnection(raw, shown)
    try:
        migrate(conn)
    except psycopg.Error as exc:
        raw.close()
        raise StoreError(f"{shown} is not a storyweave store: {str(exc).strip()}") from None
    return conn
