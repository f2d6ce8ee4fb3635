"""Claims in and out of SQL, and rewriting facts and conflicts from them."""
from __future__ import annotations

import datetime as dt
import sqlite3

from ..consolidate.facts import SourceInfo, consolidate

KIN = frozenset({"child", "father", "mother", "spouse", "partner", "sibling", "first_met",
                 "relationship_start", "engagement", "marriage", "divorce"})
from ..model import Claim, Conflict, Fact, Interval, Span


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
        claims, scope = _resolved_claims(conn, None), None
    else:
        seed = _people(conn, touched) | _document_subjects(conn, document_id)
        related = {x for c in _resolved_claims(conn, seed) if c.predicate in KIN
                   for x in (c.subject, c.object) if x}
        scope = seed | related
        claims = _resolved_claims(conn, scope)
    docs = {c.evidence.document for c in claims}
    involved = {x for c in claims for x in (c.subject, c.object, c.place) if x}
    result = consolidate(claims, _sources(conn, docs), _names(conn, involved))
    _delete_facts(conn, scope)
    _insert(conn, result)


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


def _delete_facts(conn: sqlite3.Connection, scope: set[str] | None) -> None:
    if scope is None:
        for table in ("fact_claims", "conflict_facts", "conflicts", "facts"):
            conn.execute(f"DELETE FROM {table}")
        return
    ids = sorted(scope)
    marks = ",".join("?" * len(ids))
    facts = [r[0] for r in conn.execute(
        f"SELECT id FROM facts WHERE subject IN ({marks}) OR object IN ({marks})", ids + ids)]
    conflicts = {r[0] for r in conn.execute(
        f"SELECT id FROM conflicts WHERE subject IN ({marks})", ids)}
    conflicts |= {r[0] for r in conn.execute(
        f"SELECT conflict_id FROM conflict_facts WHERE fact_id IN ({','.join('?' * len(facts))})",
        facts)} if facts else set()
    for table, column, ids_ in (("fact_claims", "fact_id", facts), ("facts", "id", facts),
                                ("conflict_facts", "conflict_id", sorted(conflicts)),
                                ("conflicts", "id", sorted(conflicts))):
        for i in range(0, len(ids_), 500):
            part = ids_[i:i + 500]
            conn.execute(f"DELETE FROM {table} WHERE {column} IN ({','.join('?' * len(part))})",
                         part)


def _insert(conn: sqlite3.Connection, result) -> None:
    for f in result.facts:
        conn.execute("DELETE FROM facts WHERE id = ?", (f.id,))  # INSERT OR REPLACE, portably
        conn.execute("INSERT INTO facts VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                     (f.id, f.subject, f.predicate, f.object, f.value, *_time_row(f.time),
                      f.place, f.status))
    conn.executemany("INSERT INTO fact_claims VALUES (?, ?) ON CONFLICT DO NOTHING",
                     [(fid, cid) for fid, cids in result.fact_claims.items() for cid in cids])
    for c in result.conflicts:
        conn.execute("DELETE FROM conflicts WHERE id = ?", (c.id,))
        conn.execute("INSERT INTO conflicts VALUES (?,?,?,?)",
                     (c.id, c.subject, c.predicate, c.explanation))
        conn.executemany("INSERT INTO conflict_facts VALUES (?, ?) ON CONFLICT DO NOTHING",
                         [(c.id, f) for f in c.facts])


def _resolved_claims(conn: sqlite3.Connection, scope: set[str] | None) -> list[Claim]:
    """Claims whose subject (and object, if any) resolved to entities; within `scope` when
    given (the subject or the object is in it)."""
    sql = ("SELECT * FROM claims WHERE subject_entity IS NOT NULL AND "
           "(object IS NULL OR object_entity IS NOT NULL)")
    args: list[str] = []
    if scope is not None:
        ids = sorted(scope)
        marks = ",".join("?" * len(ids))
        sql += f" AND (subject_entity IN ({marks}) OR object_entity IN ({marks}))"
        args = ids + ids
    return [_claim(r) for r in conn.execute(sql + " ORDER BY document_id, start, id", args)]


def _claim(r: sqlite3.Row) -> Claim:
    place = r["place_entity"] or r["place"]
    return Claim(r["id"], r["subject_entity"], r["predicate"],
                 Span(r["document_id"], r["start"], r["end"]), object=r["object_entity"],
                 value=r["value"], time=_interval(r), place=place, cue=r["cue"])


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
    batch = sorted(ids)
    for i in range(0, len(batch), 500):
        part = batch[i:i + 500]
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
    if not (r["time_earliest"] or r["time_latest"]):
        return None
    return Interval(_date(r["time_earliest"]), _date(r["time_latest"]),
                    r["time_granularity"] or "day", r["time_text"] or "")
