"""JSON-LD: the RDF graph of `rdf.to_graph` with a compact context (schema, wdt, sw, prov)."""
from __future__ import annotations

import json

from rdflib import Graph
from rdflib.namespace import PROV

from .rdf import KB, SCHEMA, SW, WDT

CONTEXT = {"schema": str(SCHEMA), "wdt": str(WDT), "sw": str(SW), "kb": str(KB),
           "prov": str(PROV), "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
           "xsd": "http://www.w3.org/2001/XMLSchema#"}


def serialize_jsonld(g: Graph) -> str:
    """Compacted JSON-LD with nodes sorted by @id and stable key order."""
    doc = json.loads(g.serialize(format="json-ld", context=CONTEXT, auto_compact=True))
    nodes = doc.get("@graph", [doc] if "@id" in doc else [])
    nodes = [_sorted(n) for n in sorted(nodes, key=lambda n: n.get("@id", ""))]
    return json.dumps({"@context": CONTEXT, "@graph": nodes}, ensure_ascii=False, indent=1,
                      sort_keys=True) + "\n"


def _sorted(value):
    """Multi-valued properties in a stable order (rdflib emits them in store order)."""
    if isinstance(value, dict):
        return {k: _sorted(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sorted(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value
