"""Timelines (of an entity, or of a couple) and the relationship graph.

timeline item: {id, predicate, label, time: {earliest, latest, granularity, text} | None,
when, status, disputed, conflict, explanation, claims,
sides: [{fact, value, when, time, status, sources, outlets, evidence}]}
— a disputed item is a band covering every source's value, one side per source value.
graph: {nodes: [{id, name, type, mentions}], edges: [{id, source, target, predicate, label,
status, facts: [fact ids], sources}]}
"""
from __future__ import annotations

from ..consolidate.timeline import TimelineItem, relationship_timeline, timeline as _timeline
from ..model import Conflict
from ._base import conn_of, interval_json, model_facts, rows_in
from .entities import entity as _entity
from ..consolidate.explain import render_interval
from ..consolidate.timeline import _common, label
from .facts import Context, _conflict_rows, distinguish

# Facts between two entities drawn as edges of the relationship graph.
RELATIONS = frozenset("spouse partner child sibling first_met relationship_start engagement "
                      "marriage divorce father mother employer member_of educated_at".split())


def timeline(source, entity_id: str, other: str | None = None) -> dict:
    """{entity, other, items: [timeline item]}: dated facts in order, undated ones last;
    with `other`, the story of the pair (facts between them, pregnancies, shared children)."""
    conn = conn_of(source)
    head = _entity(conn, entity_id)
    second = _entity(conn, other) if other else None
    facts = _facts_around(conn, {entity_id, other} - {None})
    conflicts = [Conflict(c["id"], c["subject"], c["predicate"], tuple(c["facts"]),
                          c["explanation"]) for c in _conflicts_of(conn, facts)]
    if other:
        items = relationship_timeline(entity_id, other, facts, conflicts)
    else:
        items = _timeline(entity_id, facts, conflicts)
    ctx = Context(conn, facts)
    explanations = {c.id: c.explanation for c in conflicts}
    return {"entity": head, "other": second,
            "items": [_item(i, ctx, explanations) for i in items]}


def _facts_around(conn, people: set[str]) -> list:
    """Facts of these entities, and of their children (a pair's timeline shows births)."""
    marks = ",".join("?" * len(people))
    mine = model_facts(conn, f"WHERE subject IN ({marks}) OR object IN ({marks})",
                       sorted(people) * 2)
    children = sorted({f.object for f in mine if f.predicate == "child" and f.object} - people)
    if not children:
        return mine
    more = model_facts(conn, f"WHERE subject IN ({','.join('?' * len(children))})", children)
    return list({f.id: f for f in mine + more}.values())


def _conflicts_of(conn, facts: list) -> list[dict]:
    ids = sorted({r[0] for r in rows_in(conn, "SELECT conflict_id FROM conflict_facts WHERE "
                                              "fact_id IN ({})", [f.id for f in facts])})
    return [c for i in ids for c in _conflict_rows(conn, i)]


def _item(item: TimelineItem, ctx: Context, explanations: dict[str, str]) -> dict:
    sides = []
    for f in item.facts:
        view = ctx.fact_json(f)
        sides.append({"fact": f.id, "value": "", "when": view["when"],
                      "time": view["time"], "status": f.status, "sources": view["sources"],
                      "outlets": view["outlets"], "evidence": view["evidence"], "_view": view})
    distinguish(sides)
    what = label(_common(list(item.facts)), ctx.names)
    return {"id": item.fact_id, "predicate": item.predicate, "label": what,
            "time": interval_json(item.interval),
            "when": render_interval(item.interval) if item.interval else None,
            "status": item.status, "disputed": item.disputed, "conflict": item.conflict,
            "explanation": explanations.get(item.conflict) if item.conflict else None,
            "claims": sum(len(f.claims) for f in item.facts), "sides": sides}


def graph(source, include: str = "people", limit: int = 150) -> dict:
    """People (include='people') or every entity linked by a relation (include='all') as
    nodes, and relations between them as edges (one edge per pair and predicate); the
    `limit` most mentioned people anchor the graph, so it stays readable on a big base."""
    conn = conn_of(source)
    top = [r[0] for r in conn.execute(
        "SELECT m.entity_id FROM mentions m JOIN entities e ON e.id = m.entity_id "
        "WHERE e.type = 'person' GROUP BY m.entity_id ORDER BY COUNT(*) DESC, m.entity_id "
        f"LIMIT {int(limit)}")]
    marks = ",".join("?" * len(top)) or "NULL"
    found = [f for f in model_facts(conn, f"WHERE subject IN ({marks}) OR object IN ({marks})",
                                    top * 2) if f.predicate in RELATIONS and f.object
             and f.subject != f.object]
    types = dict(rows_in(conn, "SELECT id, type FROM entities WHERE id IN ({})",
                         top + [x for f in found for x in (f.subject, f.object)]))
    keep = (lambda e: types.get(e) == "person") if include == "people" else (lambda e: e in types)
    ctx = Context(conn, found)
    edges = _edges([f for f in found if keep(f.subject) and keep(f.object)], ctx)
    linked = {e for k in edges for e in k[:2]}
    ids = sorted(set(top) | linked) if include == "people" else sorted(linked)
    mentions = dict(rows_in(conn, "SELECT entity_id, COUNT(*) FROM mentions WHERE entity_id "
                                  "IN ({}) GROUP BY entity_id", ids))
    nodes = [{"id": i, "name": ctx.names.get(i) or _name(conn, i), "type": types.get(i, "other"),
              "mentions": mentions.get(i, 0)} for i in ids]
    return {"nodes": nodes, "edges": list(edges.values())}


def _edges(found: list, ctx: Context) -> dict[tuple, dict]:
    edges: dict[tuple, dict] = {}
    for f in found:
        key = (f.subject, f.object, f.predicate)
        view = ctx.fact_json(f)
        edge = edges.setdefault(key, {
            "id": "e" + str(len(edges) + 1), "source": f.subject, "target": f.object,
            "predicate": f.predicate, "label": f.predicate.replace("_", " "),
            "status": f.status, "facts": [], "sources": 0})
        edge["facts"].append(f.id)
        edge["sources"] = max(edge["sources"], view["sources"])
        if f.status == "conflicting":
            edge["status"] = "conflicting"
    return edges


def _name(conn, entity_id: str) -> str:
    row = conn.execute("SELECT name FROM entities WHERE id = ?", (entity_id,)).fetchone()
    return row[0] if row else entity_id
