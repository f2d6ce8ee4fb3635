"""Exports of the knowledge base in standard formats, all derived from the JSON export.

`write(kb_or_store, fmt, target)` writes `fmt` (one of `FORMATS`) to `target` (a file, or a
folder for csv) and returns the text for the single-file formats. Every format is
deterministic: the same store gives byte-identical output.

- json: the contract in PRODUCT.md (`storyweave.use.export.export_json`).
- jsonld, ttl: RDF (rdflib) with schema.org types and Wikidata properties, facts reified
  as statements whose evidence hangs off `prov:wasDerivedFrom`.
- graphml: entities as nodes, facts as edges (networkx).
- csv: one file per table in a folder.
"""
from __future__ import annotations

from pathlib import Path

from ...errors import StoryweaveError
from ..export import export_json, write_json

FORMATS = ("json", "jsonld", "ttl", "graphml", "csv")
SUFFIXES = {"json": ".json", "jsonld": ".jsonld", "ttl": ".ttl", "graphml": ".graphml",
            "csv": ""}


def _store(kb_or_store):
    return getattr(kb_or_store, "store", kb_or_store)


def write(kb_or_store, fmt: str, target: str | Path | None = None) -> str | None:
    """Export in `fmt` to `target`; returns the text (single-file formats) or None (csv)."""
    if fmt not in FORMATS:
        raise StoryweaveError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    data = export_json(_store(kb_or_store))
    path = Path(target) if target is not None else None
    if fmt == "json":
        return write_json(data, path)
    if fmt == "csv":
        if path is None:
            raise StoryweaveError("the csv export writes one file per table: give a folder "
                                  "with -o DIR")
        from .csv import write_csv
        write_csv(data, path)
        return None
    if fmt in ("jsonld", "ttl"):
        from .rdf import to_graph
        from .jsonld import serialize_jsonld
        graph = to_graph(data)
        text = serialize_jsonld(graph) if fmt == "jsonld" else _turtle(graph)
    else:
        from .graphml import graphml_text, to_networkx
        text = graphml_text(to_networkx(data))
    if path is not None:
        path.write_text(text, encoding="utf-8")
    return text


def _turtle(graph) -> str:
    from .rdf import serialize_turtle
    return serialize_turtle(graph)
