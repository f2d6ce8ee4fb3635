"""Claims in and out of SQL, and rewriting facts and conflicts from them."""
from __future__ import annotations

import datetime as dt
import sqlite3
from typing import NamedTuple

from ..consolidate.facts import SourceInfo, consolidate
from ..model import Claim, Conflict, Fact, Interval, Span
from .sql import chunks, rows_in

KIN = frozenset({"child", "father", "mother", "spouse", "partner", "sibling", "first_met",
                 "relationship_start", "engagement", "marriage", "divorce"})


def insert_claims(conn: sqlite3.Connection, document_id: str, claims: list[Claim]) -> None:
    conn.executemany(
        "INSERT INTO claims (id, document_id, subject, predicate, object, value, "
        "time_earliest, time_latest, time_granularity, time_text, place, start, \"end\", cue) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
        [(c.id, document_id, c.subject, c.predicate, c.object, c.value, *_time_row(c.time),
          c.place, c.evidence.start, c.evidence.end, c.cue) for c in claims])


def _time_row(t: Interval | None) -> tuple:
    if t is None:
        return (None, None, None, None)
    return (_iso(t.earliest), _iso(t.latest), t.granularity, t.text)


def refresh_facts(conn: sqlite3.Connection, touched: set[str] | None = None,
                  document_id: str | None = None) -> None:
    """Re-consolidate what a change can alter (everything when `touched` is None): the facts
    of the people it touched and of the subjects of the document's claims, one family tie
    further (a child born before the parents met is a cross-fact check). An organization, a
    place or a prize never pulls in everyone linked to it: their facts hang on their subjects."""
    if touched is None:
        claims, scope = resolved_claims(conn, None), None
    else:
        seed = _people(conn, touched) | _document_subjects(conn, document_id)
        scope = seed | _kin(conn, seed)
        claims = resolved_claims(conn, scope)
    docs = {c.evidence.document for c in claims}
    involved = {x for c in claims for x in (c.subject, c.object, c.place) if x}
    result = consolidate(claims, _sources(conn, docs), _names(conn, involved))
    _replace(conn, scope, result)


def _people(conn: sqlite3.Connection, ids: set[str]) -> set[str]:
    batch = sorted(ids)
    marks = ",".join("?" * len(batch)) or "NULL"
    return {r[0] for r in conn.execute(
        f"SELECT id FROM entities WHERE type = 'person' AND id IN ({marks})", batch)}


def _document_subjects(conn: sqlite3.Connection, document_id: str | None) -> set[str]:
    """The subjects of a document's claims, and both ends of its relations between people."""
    if document_id is None:
        return set()
    out = set()
    for subject, obj, predicate in conn.execute(
            "SELECT subject_entity, object_entity, predicate FROM claims WHERE document_id = ?",
            (document_id,)):
        out |= {subject} | ({obj} if predicate in KIN else set())
    return out - {None}


class _Table(NamedTuple):
    """A consolidated table, and its member table (the claims of a fact, the facts of a
    conflict): (key, member) rows."""

    name: str
    width: int
    members: str
    key: str
    member: str


_FACTS = _Table("facts", 11, "fact_claims", "fact_id", "claim_id")
_CONFLICTS = _Table("conflicts", 4, "conflict_facts", "conflict_id", "fact_id")


def _replace(conn: sqlite3.Connection, scope: set[str] | None, result) -> None:
    """Put `result` in place of the facts and conflicts of `scope` (all of them when None),
    writing only the rows that change: a refresh mostly gives back what it replaces, and
    rewriting all of it was most of the rows each added document wrote."""
    if scope is None:
        for table in ("fact_claims", "conflict_facts", "conflicts", "facts"):
            conn.execute(f"DELETE FROM {table}")
        old_facts, old_conflicts = {}, {}
    else:
        old_facts, old_conflicts = _stored(conn, scope)
    _sync(conn, _FACTS, old_facts, {f.id: (_fact_row(f), set(result.fact_claims[f.id]))
                                    for f in result.facts})
    _sync(conn, _CONFLICTS, old_conflicts, {
        c.id: ((c.id, c.subject, c.predicate, c.explanation), set(c.facts))
        for c in result.conflicts})


def _fact_row(f: Fact) -> tuple:
    return (f.id, f.subject, f.predicate, f.object, f.value, *_time_row(f.time), f.place,
            f.status)


def _stored(conn: sqlite3.Connection, scope: set[str]) -> tuple[dict, dict]:
    """The facts about `scope` (as subject or object) and the conflicts about it or about
    those facts: {id: (row, member ids)} each."""
    ids = sorted(scope)
    marks = ",".join("?" * len(ids))
    facts = conn.execute(f"SELECT * FROM facts WHERE subject IN ({marks}) OR object IN "
                         f"({marks})", ids + ids).fetchall()
    conflicts = {r[0] for r in conn.execute(
        f"SELECT id FROM conflicts WHERE subject IN ({marks})", ids)}
    conflicts |= {r[0] for r in rows_in(conn, "SELECT conflict_id FROM conflict_facts WHERE "
                                              "fact_id IN ({})", [f[0] for f in facts])}
    rows = list(rows_in(conn, "SELECT * FROM conflicts WHERE id IN ({})", conflicts))
    return _with_members(conn, _FACTS, facts), _with_members(conn, _CONFLICTS, rows)


def _with_members(conn: sqlite3.Connection, table: _Table, rows: list) -> dict:
    members: dict[str, set[str]] = {r[0]: set() for r in rows}
    for key, member in rows_in(conn, f"SELECT {table.key}, {table.member} FROM "
                                      f"{table.members} WHERE {table.key} IN ({{}})", members):
        members[key].add(member)
    return {r[0]: (tuple(r), members[r[0]]) for r in rows}


def _sync(conn: sqlite3.Connection, table: _Table, old: dict, new: dict) -> None:
    """Write the difference from `old` to `new` ({id: (row, member ids)}): rows dropped or
    changed go, with their members; rows added or changed come, with theirs; a row that
    stays only gains and loses members."""
    stale = {i for i in old if i not in new or new[i][0] != old[i][0]}
    for part in chunks(sorted(stale)):
        marks = ",".join("?" * len(part))
        conn.execute(f"DELETE FROM {table.members} WHERE {table.key} IN ({marks})", part)
        conn.execute(f"DELETE FROM {table.name} WHERE id IN ({marks})", part)
    fresh = [row for row, _ in new.values() if row[0] not in old or row[0] in stale]
    # INSERT OR REPLACE, portably: a row outside `old` may have the same id
    conn.executemany(f"DELETE FROM {table.name} WHERE id = ?", [(row[0],) for row in fresh])
    conn.executemany(f"INSERT INTO {table.name} VALUES ({','.join('?' * table.width)})", fresh)
    _sync_members(conn, table, {i: old[i][1] for i in old if i not in stale},
                  {i: members for i, (_, members) in new.items()})


def _sync_members(conn: sqlite3.Connection, table: _Table, kept: dict, new: dict) -> None:
    """Members of the rows that stay (`kept`) go or come to match `new`; new and rewritten
    rows (absent from `kept`) get all theirs."""
    conn.executemany(f"DELETE FROM {table.members} WHERE {table.key} = ? AND {table.member} = ?",
                     [(i, m) for i in sorted(kept) for m in sorted(kept[i] - new[i])])
    conn.executemany(f"INSERT INTO {table.members} VALUES (?, ?) ON CONFLICT DO NOTHING",
                     [(i, m) for i in new for m in sorted(new[i] - kept.get(i, set()))])


def _kin(conn: sqlite3.Connection, ids: set[str]) -> set[str]:
    """Both ends of the family ties among the resolved claims of `ids` (read as two columns:
    building whole claims here cost as much as the claims consolidated)."""
    where, args = _resolved_where(ids)
    kin = sorted(KIN)
    rows = conn.execute(f"SELECT subject_entity, object_entity FROM claims {where} AND "
                        f"predicate IN ({','.join('?' * len(kin))})", args + kin)
    return {x for row in rows for x in row if x}


def resolved_claims(conn: sqlite3.Connection, scope: set[str] | None) -> list[Claim]:
    """Claims whose subject (and object, if any) resolved to entities; within `scope` when
    given (the subject or the object is in it)."""
    where, args = _resolved_where(scope)
    return [_claim(r) for r in conn.execute(
        f"SELECT {_CLAIM} FROM claims {where} ORDER BY document_id, start, id", args)]


def _resolved_where(scope: set[str] | None) -> tuple[str, list[str]]:
    sql = "WHERE subject_entity IS NOT NULL AND (object IS NULL OR object_entity IS NOT NULL)"
    if scope is None:
        return sql, []
    ids = sorted(scope)
    marks = ",".join("?" * len(ids))
    return sql + f" AND (subject_entity IN ({marks}) OR object_entity IN ({marks}))", ids + ids


# The claim columns `_claim` reads, by position: by name, the lookups cost as much as the rest.
_CLAIM = ('id, subject_entity, predicate, document_id, start, "end", object_entity, value, '
          'place_entity, place, cue, time_earliest, time_latest, time_granularity, time_text')


def _claim(r: tuple) -> Claim:
    claim_id, subject, predicate, doc, start, end, obj, value, place_entity, place, cue = r[:11]
    return Claim(claim_id, subject, predicate, Span(doc, start, end), object=obj, value=value,
                 time=_time(*r[11:]), place=place_entity or place, cue=cue)


def _sources(conn: sqlite3.Connection, docs: set[str]) -> dict[str, SourceInfo]:
    """What consolidation needs of the documents behind `docs` (and the originals they copy)."""
    out: dict[str, SourceInfo] = {}
    pending = set(docs)
    while pending:
        batch = sorted(pending)
        pending = set()
        for r in conn.execute(f"SELECT id, outlet, title, published_earliest, published_latest, "
                              f"duplicate_of FROM documents WHERE id IN ({','.join('?' * len(batch))})",
                              batch):
            out[r[0]] = SourceInfo(r[0], r[1], r[2], Interval(_date(r[3]), _date(r[4])), r[5])
            if r[5] and r[5] not in out:
                pending.add(r[5])
    return out


def _names(conn: sqlite3.Connection, ids: set[str]) -> dict[str, str]:
    """Display names of the given entities; a place goes by its longest written form
    ("Bergen, Norway"), so that "Norway" and "Bergen" can be seen to agree."""
    out: dict[str, str] = {}
    for part in chunks(sorted(ids)):
        marks = ",".join("?" * len(part))
        out.update(conn.execute(f"SELECT id, name FROM entities WHERE id IN ({marks})",
                                part).fetchall())
        for entity_id, name in conn.execute(
                f"SELECT n.entity_id, n.name FROM entity_names n JOIN entities e ON e.id = "
                f"n.entity_id WHERE e.type = 'place' AND n.kind = 'full' AND n.entity_id IN "
                f"({marks}) ORDER BY length(n.name), n.name", part):
            out[entity_id] = name
    return out


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def stored_facts(conn: sqlite3.Connection) -> list[Fact]:
    """Facts as model objects, with the ids of the claims behind each."""
    claims: dict[str, list[str]] = {}
    for r in conn.execute("SELECT fact_id, claim_id FROM fact_claims ORDER BY fact_id, claim_id"):
        claims.setdefault(r[0], []).append(r[1])
    return [Fact(r["id"], r["subject"], r["predicate"], tuple(claims.get(r["id"], ())),
                 r["status"], object=r["object"], value=r["value"], time=_interval(r),
                 place=r["place"]) for r in conn.execute("SELECT * FROM facts ORDER BY id")]


def stored_conflicts(conn: sqlite3.Connection) -> list[Conflict]:
    members: dict[str, list[str]] = {}
    for r in conn.execute("SELECT conflict_id, fact_id FROM conflict_facts ORDER BY 1, 2"):
        members.setdefault(r[0], []).append(r[1])
    return [Conflict(r["id"], r["subject"], r["predicate"], tuple(members.get(r["id"], ())),
                     r["explanation"]) for r in conn.execute("SELECT * FROM conflicts ORDER BY id")]


def _interval(r: sqlite3.Row) -> Interval | None:
    return _time(r["time_earliest"], r["time_latest"], r["time_granularity"], r["time_text"])


def _time(earliest: str | None, latest: str | None, granularity: str | None,
          text: str | None) -> Interval | None:
    if not (earliest or latest or text):
        return None  # a time as written but not yet dated ("Thursday", undated article) stays
    return Interval(_date(earliest), _date(latest), granularity or "day", text or "")
