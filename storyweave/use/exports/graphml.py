"""GraphML (networkx): entities are nodes, every fact is an edge keyed by its id.

A fact without an object entity (a date of birth, an occupation, a birth name) points to a
literal node (`kind=literal`) holding its value, so edges == facts. Edge attributes:
predicate, wikidata (property id or ""), status, value, place, time_earliest, time_latest,
time_text, evidence_count, evidence_documents. GraphML has no null: absent values are "".
"""
from __future__ import annotations

import io

import networkx as nx

from .rdf import WIKIDATA


def to_networkx(data: dict) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(name="storyweave")
    for e in sorted(data["entities"], key=lambda e: e["id"]):
        g.add_node(e["id"], kind="entity", type=e["type"], name=e["name"],
                   aliases="|".join(e["aliases"]))
    for f in sorted(data["facts"], key=lambda f: f["id"]):
        target = f["object"]
        if not target or target not in g:
            target = f"literal:{f['id']}"
            g.add_node(target, kind="literal", type="literal", name=_literal(f), aliases="")
        t = f["time"] or {}
        g.add_edge(f["subject"], target, key=f["id"], id=f["id"], predicate=f["predicate"],
                   wikidata=WIKIDATA.get(f["predicate"], ""), status=f["status"],
                   value=f["value"] or "", place=f["place"] or "",
                   time_earliest=t.get("earliest") or "", time_latest=t.get("latest") or "",
                   time_text=t.get("text") or "", evidence_count=len(f["evidence"]),
                   evidence_documents="|".join(dict.fromkeys(e["document"]
                                                             for e in f["evidence"])))
    return g


def _literal(f: dict) -> str:
    if f["value"] is not None:
        return str(f["value"])
    t = f["time"] or {}
    return t.get("text") or t.get("earliest") or ""


def graphml_text(g: nx.MultiDiGraph) -> str:
    buf = io.BytesIO()
    nx.write_graphml(g, buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue().decode("utf-8")
