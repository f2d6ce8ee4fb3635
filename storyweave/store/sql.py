"""One statement over a long list of ids: run in chunks, below every backend's limit on bound
parameters, and streamed, so that a long answer is never held whole."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

CHUNK = 500


def chunks(ids: list[str], size: int = CHUNK) -> list[list[str]]:
    return [ids[i:i + size] for i in range(0, len(ids), size)]


def rows_in(conn: sqlite3.Connection, sql: str, ids: Iterable[str | None]) -> Iterator:
    """The rows of `sql` (with one `IN ({})` slot) over the distinct non-null `ids`, chunk
    after chunk in id order; parameterized."""
    for part in chunks(sorted({i for i in ids if i is not None})):
        yield from conn.execute(sql.format(",".join("?" * len(part))), part)
