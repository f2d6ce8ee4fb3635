"""Shared plumbing of the read API: connections, pages, row → dict helpers.

Every function of `storyweave.query` takes a *source*: a `KnowledgeBase`, a `Store` or a
`sqlite3.Connection`. All SQL is parameterized; nothing here writes.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any, TypedDict

from ..errors import NotFound, StoryweaveError
from ..model import Fact, Interval
from ..store.sql import rows_in

DEFAULT_LIMIT = 50
MAX_LIMIT = 500


class BadQuery(StoryweaveError):
    """A query parameter is out of range (a negative offset, a limit of 0, an empty search)."""

    code = "E300"


class Page(TypedDict):
    """A slice of a longer list: `items[offset:offset+limit]` of `total`."""

    items: list[Any]
    total: int
    limit: int
    offset: int


def conn_of(source) -> sqlite3.Connection:
    """The connection behind a KnowledgeBase, a Store or a connection."""
    from ..store.postgres import PgConnection
    if isinstance(source, (sqlite3.Connection, PgConnection)):
        return source
    store = getattr(source, "store", source)
    conn = getattr(store, "conn", None)
    if not isinstance(conn, (sqlite3.Connection, PgConnection)):
        raise TypeError(f"not a knowledge base, store or connection: {type(source).__name__}")
    return conn


def check_page(limit: int | None, offset: int | None) -> tuple[int, int]:
    limit = DEFAULT_LIMIT if limit is None else limit
    offset = 0 if offset is None else offset
    if not 1 <= limit <= MAX_LIMIT:
        raise BadQuery(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    if offset < 0:
        raise BadQuery(f"offset must be 0 or more, not {offset}")
    return limit, offset


def page(items: Sequence, limit: int | None = None, offset: int | None = None) -> Page:
    limit, offset = check_page(limit, offset)
    return Page(items=list(items[offset:offset + limit]), total=len(items), limit=limit,
                offset=offset)


def where(*filters: tuple[str, Any]) -> tuple[str, list]:
    """A WHERE clause from (condition, value) pairs whose value is given; every `?` in a
    condition takes the value ("(a = ? OR b = ?)" takes it twice)."""
    clauses, params = [], []
    for condition, value in filters:
        if value:
            clauses.append(condition)
            params += [value] * condition.count("?")
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def not_found(kind: str, ident: str) -> NotFound:
    return NotFound(f"no {kind} with id {ident!r}")


def date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def interval(row: sqlite3.Row) -> Interval | None:
    if not (row["time_earliest"] or row["time_latest"]):
        return None
    return Interval(date(row["time_earliest"]), date(row["time_latest"]),
                    row["time_granularity"] or "day", row["time_text"] or "")


def interval_json(i: Interval | None) -> dict | None:
    if i is None:
        return None
    return {"earliest": i.earliest.isoformat() if i.earliest else None,
            "latest": i.latest.isoformat() if i.latest else None,
            "granularity": i.granularity, "text": i.text}


def names(conn: sqlite3.Connection, ids: Iterable[str] | None = None) -> dict[str, str]:
    """Entity id → display name, for `ids` (all entities when None)."""
    if ids is None:
        return {r[0]: r[1] for r in conn.execute("SELECT id, name FROM entities")}
    return dict(rows_in(conn, "SELECT id, name FROM entities WHERE id IN ({})", ids))


def model_facts(conn: sqlite3.Connection, where: str = "", params: Sequence = (),
                order: str = "id", limit: int | None = None, offset: int = 0) -> list[Fact]:
    """Stored facts as model objects (with their claim ids); `where`/`order` are fixed SQL
    fragments, values go in `params`."""
    sql = f"SELECT * FROM facts {where} ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    rows = conn.execute(sql, list(params)).fetchall()
    claims: dict[str, list[str]] = {}
    for r in rows_in(conn, "SELECT fact_id, claim_id FROM fact_claims WHERE fact_id IN ({}) "
                     "ORDER BY fact_id, claim_id", [r["id"] for r in rows]):
        claims.setdefault(r[0], []).append(r[1])
    return [Fact(r["id"], r["subject"], r["predicate"], tuple(claims.get(r["id"], ())),
                 r["status"], object=r["object"], value=r["value"], time=interval(r),
                 place=r["place"]) for r in rows]
