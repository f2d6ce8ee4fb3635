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
from ._base import conn_of, interval_json, model_facts
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
    facts = model_facts(conn)
    conflicts = [Conflict(c["id"], c["subject"], c["predicate"], tuple(c["facts"]),
                          c["explanation"]) for c in _conflict_rows(conn)]
    if other:
        items = relationship_timeline(entity_id, other, facts, conflicts)
    else:
        items = _timeline(entity_id, facts, conflicts)
    ctx = Context(conn)
    explanations = {c.id: c.explanation for c in conflicts}
    return {"entity": head, "other": second,
            "items": [_item(i, ctx, explanations) for i in items]}


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


def graph(source, include: str = "people") -> dict:
    """People (include='people') or every entity linked by a relation (include='all') as
    nodes, and relations between them as edges (one edge per pair and predicate)."""
    conn = conn_of(source)
    ctx = Context(conn)
    types = {r[0]: r[1] for r in conn.execute("SELECT id, type FROM entities")}
    mentions = {r[0]: r[1] for r in conn.execute(
        "SELECT entity_id, COUNT(*) FROM mentions WHERE entity_id IS NOT NULL GROUP BY entity_id")}
    keep = (lambda e: types.get(e) == "person") if include == "people" else (lambda e: e in types)
    edges: dict[tuple, dict] = {}
    for f in model_facts(conn):
        if f.predicate not in RELATIONS or not f.object or f.subject == f.object:
            continue
        if not (keep(f.subject) and keep(f.object)):
            continue
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
    linked = {e for k in edges for e in k[:2]}
    ids = sorted(i for i in types if (include == "people" and types[i] == "person") or i in linked)
    nodes = [{"id": i, "name": ctx.names.get(i, i), "type": types[i],
              "mentions": mentions.get(i, 0)} for i in ids]
    return {"nodes": nodes, "edges": list(edges.values())}
