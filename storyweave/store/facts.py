"""Claims in and out of SQL, and rewriting facts and conflicts from them."""
from __future__ import annotations

import datetime as dt
import sqlite3

from ..consolidate.facts import SourceInfo, consolidate
from ..model import Claim, Conflict, Fact, Interval, Span


def insert_claims(conn: sqlite3.Connection, document_id: str, claims: list[Claim]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO claims VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(c.id, document_id, c.subject, c.predicate, c.object, c.value, *_time_row(c.time),
          c.place, c.evidence.start, c.evidence.end, c.cue) for c in claims])


def _time_row(t: Interval | None) -> tuple:
    if t is None:
        return (None, None, None, None)
    return (_iso(t.earliest), _iso(t.latest), t.granularity, t.text)


def refresh_facts(conn: sqlite3.Connection) -> None:
    """Consolidate every claim whose subject resolved to an entity; replace facts and conflicts."""
    claims = _resolved_claims(conn)
    result = consolidate(claims, _sources(conn), _names(conn))
    for table in ("fact_claims", "facts", "conflict_facts", "conflicts"):
        conn.execute(f"DELETE FROM {table}")
    for f in result.facts:
        conn.execute("INSERT INTO facts VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                     (f.id, f.subject, f.predicate, f.object, f.value, *_time_row(f.time),
                      f.place, f.status))
    conn.executemany("INSERT OR IGNORE INTO fact_claims VALUES (?, ?)",
                     [(fid, cid) for fid, cids in result.fact_claims.items() for cid in cids])
    for c in result.conflicts:
        conn.execute("INSERT INTO conflicts VALUES (?,?,?,?)",
                     (c.id, c.subject, c.predicate, c.explanation))
        conn.executemany("INSERT INTO conflict_facts VALUES (?, ?)", [(c.id, f) for f in c.facts])


def _resolved_claims(conn: sqlite3.Connection) -> list[Claim]:
    """Claims with their document-local keys replaced by entity ids (via resolved mentions)."""
    local = {(r[0], r[1]): r[2] for r in conn.execute(
        "SELECT DISTINCT document_id, local_entity, entity_id FROM mentions "
        "WHERE entity_id IS NOT NULL")}
    out = []
    for r in conn.execute("SELECT * FROM claims ORDER BY document_id, start, id"):
        claim = _claim(r, local)
        if claim is not None:
            out.append(claim)
    return out


def _claim(r: sqlite3.Row, local: dict) -> Claim | None:
    doc = r["document_id"]
    subject = local.get((doc, r["subject"]))
    obj = local.get((doc, r["object"])) if r["object"] else None
    if subject is None or (r["object"] and obj is None):
        return None
    place = local.get((doc, r["place"]), r["place"]) if r["place"] else None
    time = _interval(r)
    return Claim(r["id"], subject, r["predicate"], Span(doc, r["start"], r["end"]), object=obj,
                 value=r["value"], time=time, place=place, cue=r["cue"])


def _sources(conn: sqlite3.Connection) -> dict[str, SourceInfo]:
    out = {}
    for r in conn.execute("SELECT id, outlet, title, published_earliest, published_latest, "
                          "duplicate_of FROM documents"):
        published = Interval(_date(r[3]), _date(r[4]))
        out[r[0]] = SourceInfo(r[0], r[1], r[2], published, r[5])
    return out


def _names(conn: sqlite3.Connection) -> dict[str, str]:
    return {r[0]: r[1] for r in conn.execute("SELECT id, name FROM entities")}


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
