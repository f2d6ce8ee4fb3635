"""Exports: JSON-LD, Turtle, GraphML and CSV parse back with their own libraries and agree with
the JSON export of the same store; output is deterministic; the CLI writes every format."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import PROV
from typer.testing import CliRunner

from storyweave.kb import KnowledgeBase
from storyweave.use import exports
from storyweave.use.cli import app
from storyweave.use.export import export_json
from storyweave.use.exports.csv import TABLES
from storyweave.use.exports.rdf import SCHEMA, SW, WDT, node

from .conftest import CORPUS


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    db = tmp_path_factory.mktemp("exports") / "kb.db"
    with KnowledgeBase(db) as kb:
        kb.ingest([CORPUS])
        yield kb


@pytest.fixture(scope="module")
def data(kb) -> dict:
    return export_json(kb.store)


def _rdf(kb, fmt: str, tmp_path: Path) -> Graph:
    target = tmp_path / f"kb.{fmt}"
    exports.write(kb, fmt, target)
    return Graph().parse(target, format="json-ld" if fmt == "jsonld" else "turtle")


RDFLIB_JSONLD = "ignore:ConjunctiveGraph is deprecated:DeprecationWarning"  # inside rdflib's parser


@pytest.mark.filterwarnings(RDFLIB_JSONLD)
@pytest.mark.parametrize("fmt", ["ttl", "jsonld"])
def test_rdf_round_trip_counts_match_the_json_export(kb, data, fmt, tmp_path):
    g = _rdf(kb, fmt, tmp_path)
    assert len(set(g.subjects(RDF.type, SCHEMA.NewsArticle))) == len(data["documents"])
    assert len(set(g.subjects(RDF.type, SW.Fact))) == len(data["facts"])
    assert len(set(g.subjects(RDF.type, SW.Conflict))) == len(data["conflicts"])
    assert len(set(g.subjects(RDF.type, SCHEMA.Quotation))) == len(data["quotes"])
    typed = set()
    for t in (SCHEMA.Person, SCHEMA.Organization, SCHEMA.Place, SCHEMA.CreativeWork, SCHEMA.Thing):
        typed |= set(g.subjects(RDF.type, t))
    assert len(typed) == len(data["entities"])
    evidence = sum(len(f["evidence"]) for f in data["facts"])
    fact_evidence = [o for s in g.subjects(RDF.type, SW.Fact)
                     for o in g.objects(s, PROV.wasDerivedFrom)]
    assert len(fact_evidence) == evidence


@pytest.mark.filterwarnings(RDFLIB_JSONLD)
@pytest.mark.parametrize("fmt", ["ttl", "jsonld"])
def test_rdf_keeps_values_provenance_and_wikidata_ids(kb, data, fmt, tmp_path):
    g = _rdf(kb, fmt, tmp_path)
    texts = {d["id"]: d["text"] for d in data["documents"]}
    for f in data["facts"][:5]:
        n = node("fact", f["id"])
        assert g.value(n, SW.status) == Literal(f["status"])
        assert g.value(n, SW.predicate) == Literal(f["predicate"])
        assert g.value(n, RDF.subject) == node("entity", f["subject"])
        for ev in g.objects(n, PROV.wasDerivedFrom):
            doc = str(g.value(ev, SW.document)).rsplit("/", 1)[1]
            start, end = int(g.value(ev, SW.start)), int(g.value(ev, SW.end))
            assert texts[doc][start:end] == str(g.value(ev, SW.text))
    spouses = [f for f in data["facts"] if f["predicate"] == "spouse" and f["object"]]
    for f in spouses:
        assert (node("entity", f["subject"]), WDT.P26, node("entity", f["object"])) in g
    for e in data["entities"][:5]:
        assert g.value(node("entity", e["id"]), SCHEMA.name) == Literal(e["name"])
    own = [f for f in data["facts"] if f["predicate"] == "first_met"]
    for f in own:
        assert g.value(node("fact", f["id"]), RDF.predicate) == URIRef(SW["first_met"])


def test_graphml_round_trip(kb, data, tmp_path):
    target = tmp_path / "kb.graphml"
    exports.write(kb, "graphml", target)
    g = nx.read_graphml(target, force_multigraph=True)
    entities = [n for n, a in g.nodes(data=True) if a["kind"] == "entity"]
    assert len(entities) == len(data["entities"])
    assert g.number_of_edges() == len(data["facts"])
    edges = {a["id"]: (u, v, a) for u, v, a in g.edges(data=True)}
    for f in data["facts"]:
        u, v, a = edges[f["id"]]
        assert u == f["subject"] and a["predicate"] == f["predicate"]
        assert a["status"] == f["status"] and int(a["evidence_count"]) == len(f["evidence"])
        if f["object"]:
            assert v == f["object"]
        if f["time"] and f["time"]["earliest"]:
            assert a["time_earliest"] == f["time"]["earliest"]
    names = {e["id"]: e["name"] for e in data["entities"]}
    assert all(g.nodes[n]["name"] == names[n] for n in entities)


def test_csv_round_trip(kb, data, tmp_path):
    folder = tmp_path / "csv"
    exports.write(kb, "csv", folder)
    tables = {}
    for name in TABLES:
        with (folder / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
            tables[name] = list(csv.DictReader(fh))
    assert len(tables["documents"]) == len(data["documents"])
    assert len(tables["entities"]) == len(data["entities"])
    assert len(tables["aliases"]) == sum(len(e["aliases"]) for e in data["entities"])
    assert len(tables["facts"]) == len(data["facts"])
    assert len(tables["evidence"]) == sum(len(f["evidence"]) for f in data["facts"])
    assert len(tables["conflicts"]) == len(data["conflicts"])
    assert len(tables["quotes"]) == len(data["quotes"])
    assert [d["text"] for d in tables["documents"]] == [d["text"] for d in data["documents"]]
    by_id = {f["id"]: f for f in data["facts"]}
    for row in tables["facts"]:
        f = by_id[row["id"]]
        assert (row["subject"], row["predicate"], row["status"]) == \
            (f["subject"], f["predicate"], f["status"])
        assert row["object"] == (f["object"] or "")
    for row, c in zip(tables["conflicts"], data["conflicts"]):
        assert row["facts"].split() == c["facts"]


def test_exports_are_deterministic(kb, tmp_path):
    for fmt in ("ttl", "jsonld", "graphml"):
        assert exports.write(kb, fmt) == exports.write(kb, fmt)
    exports.write(kb, "csv", tmp_path / "a")
    exports.write(kb, "csv", tmp_path / "b")
    for name in TABLES:
        assert (tmp_path / "a" / f"{name}.csv").read_bytes() == \
            (tmp_path / "b" / f"{name}.csv").read_bytes()


def test_cli_export_every_format(kb, tmp_path):
    runner = CliRunner()
    db = str(kb.store.target)
    result = runner.invoke(app, ["export", "--format", "json", "--db", db])
    assert result.exit_code == 0
    assert json.loads(result.output) == json.loads(exports.write(kb, "json"))
    for fmt in ("jsonld", "ttl", "graphml"):
        out = tmp_path / f"kb.{fmt}"
        result = runner.invoke(app, ["export", "--format", fmt, "--db", db, "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert out.read_text(encoding="utf-8") == exports.write(kb, fmt)
    result = runner.invoke(app, ["export", "--format", "csv", "--db", db, "-o",
                                 str(tmp_path / "tables")])
    assert result.exit_code == 0 and (tmp_path / "tables" / "facts.csv").exists()
    result = runner.invoke(app, ["export", "--format", "csv", "--db", db])
    assert result.exit_code == 1
    result = runner.invoke(app, ["export", "--format", "xml", "--db", db])
    assert result.exit_code == 1
