"""The knowledge base as an RDF graph (rdflib) and as Turtle.

Vocabulary: schema.org types (Person, Organization, Place, CreativeWork, Thing, NewsArticle,
Quotation), Wikidata direct properties (wdt:P26 spouse, ...) where one exists and the
storyweave namespace (sw:) for the rest. Every fact is an `rdf:Statement` node (sw:Fact)
with its status, time and place, and `prov:wasDerivedFrom` evidence nodes (sw:Evidence:
document, start, end, text); a direct triple (subject predicate object/value) is asserted
too, for facts that have an object or a value. No blank nodes, so output is stable.
"""
from __future__ import annotations

from urllib.parse import quote

from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV

SW = Namespace("https://w3id.org/storyweave/ns#")
KB = Namespace("https://w3id.org/storyweave/kb/")
SCHEMA = Namespace("https://schema.org/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")

WIKIDATA = {"spouse": "P26", "partner": "P451", "child": "P40", "father": "P22",
            "mother": "P25", "sibling": "P3373", "employer": "P108", "member_of": "P463",
            "educated_at": "P69", "award_received": "P166", "date_of_birth": "P569",
            "date_of_death": "P570", "place_of_birth": "P19", "birth_name": "P1477",
            "occupation": "P106"}
TYPES = {"person": SCHEMA.Person, "organization": SCHEMA.Organization, "place": SCHEMA.Place,
         "work": SCHEMA.CreativeWork, "other": SCHEMA.Thing}


def predicate_iri(predicate: str) -> URIRef:
    pid = WIKIDATA.get(predicate)
    return WDT[pid] if pid else SW[predicate]


KINDS = ("entity", "document", "fact", "evidence", "conflict", "quote", "quote-evidence",
         "removed")


def node(kind: str, ident: str) -> URIRef:
    return KB[f"{kind}/{quote(ident, safe='')}"]


def to_graph(data: dict) -> Graph:
    """Build the graph from the JSON export (`export_json`)."""
    g = Graph()
    for prefix, ns in (("sw", SW), ("kb", KB), ("schema", SCHEMA), ("wdt", WDT), ("prov", PROV)):
        g.bind(prefix, ns)
    for kind in KINDS:  # short names in Turtle: fact:81a7…, entity:person%3Ajonah-vale
        g.bind(kind.replace("-", "_"), Namespace(f"{KB}{kind}/"))
    entity_ids = {e["id"] for e in data["entities"]}
    for d in data["documents"]:
        _document(g, d)
    for e in data["entities"]:
        n = node("entity", e["id"])
        g.add((n, RDF.type, TYPES.get(e["type"], SCHEMA.Thing)))
        g.add((n, SW.id, Literal(e["id"])))
        g.add((n, SW.entityType, Literal(e["type"])))
        g.add((n, SCHEMA.name, Literal(e["name"])))
        for a in e["aliases"]:
            g.add((n, SCHEMA.alternateName, Literal(a)))
    for f in data["facts"]:
        _fact(g, f, entity_ids)
    for c in data["conflicts"]:
        n = node("conflict", c["id"])
        g.add((n, RDF.type, SW.Conflict))
        g.add((n, SW.id, Literal(c["id"])))
        g.add((n, SW.subject, node("entity", c["subject"])))
        g.add((n, SW.predicate, Literal(c["predicate"])))
        g.add((n, SW.explanation, Literal(c["explanation"])))
        for fid in c["facts"]:
            g.add((n, SW.fact, node("fact", fid)))
    for q in data["quotes"]:
        n = node("quote", q["id"])
        g.add((n, RDF.type, SCHEMA.Quotation))
        g.add((n, SW.id, Literal(q["id"])))
        g.add((n, SCHEMA.text, Literal(q["text"])))
        if q["speaker"]:
            g.add((n, SCHEMA.creator, node("entity", q["speaker"])))
        if q["outlet"]:
            g.add((n, SW.saidTo, Literal(q["outlet"])))
        _evidence(g, n, node("quote-evidence", q["id"]), q)
    return g


def _document(g: Graph, d: dict) -> None:
    n = node("document", d["id"])
    g.add((n, RDF.type, SCHEMA.NewsArticle))
    g.add((n, SW.id, Literal(d["id"])))
    g.add((n, SCHEMA.headline, Literal(d["title"])))
    g.add((n, SCHEMA.text, Literal(d["text"])))
    g.add((n, SW.path, Literal(d["path"])))
    if d.get("url"):
        g.add((n, SCHEMA.url, Literal(d["url"], datatype=XSD.anyURI)))
    if d["outlet"]:
        g.add((n, SW.outlet, Literal(d["outlet"])))
    p = d["published"]
    if p["earliest"] and p["earliest"] == p["latest"]:
        g.add((n, SCHEMA.datePublished, Literal(p["earliest"], datatype=XSD.date)))
    if p["earliest"]:
        g.add((n, SW.publishedEarliest, Literal(p["earliest"], datatype=XSD.date)))
    if p["latest"]:
        g.add((n, SW.publishedLatest, Literal(p["latest"], datatype=XSD.date)))
    g.add((n, SW.publishedInferred, Literal(bool(p["inferred"]))))
    if d["duplicate_of"]:
        g.add((n, SW.duplicateOf, node("document", d["duplicate_of"])))
    for i, r in enumerate(d["removed"]):
        rn = node("removed", f"{d['id']}-{i}")
        g.add((rn, RDF.type, SW.Removed))
        g.add((rn, SW.document, n))
        g.add((rn, SW.start, Literal(r["start"])))
        g.add((rn, SW.end, Literal(r["end"])))
        g.add((rn, SW.text, Literal(r["text"])))
        g.add((rn, SW.reason, Literal(r["reason"])))


def _fact(g: Graph, f: dict, entity_ids: set[str]) -> None:
    n = node("fact", f["id"])
    subject, prop = node("entity", f["subject"]), predicate_iri(f["predicate"])
    g.add((n, RDF.type, RDF.Statement))
    g.add((n, RDF.type, SW.Fact))
    g.add((n, SW.id, Literal(f["id"])))
    g.add((n, RDF.subject, subject))
    g.add((n, RDF.predicate, prop))
    g.add((n, SW.predicate, Literal(f["predicate"])))
    g.add((n, SW.status, Literal(f["status"])))
    obj = None
    if f["object"]:
        obj = node("entity", f["object"])
    elif f["value"] is not None:
        obj = Literal(f["value"])
    elif f["predicate"] in ("date_of_birth", "date_of_death") and f["time"] and \
            f["time"]["earliest"] and f["time"]["earliest"] == f["time"]["latest"]:
        obj = Literal(f["time"]["earliest"], datatype=XSD.date)
    if obj is not None:
        g.add((n, RDF.object, obj))
        g.add((subject, prop, obj))
    t = f["time"]
    if t:
        if t["earliest"]:
            g.add((n, SW.timeEarliest, Literal(t["earliest"], datatype=XSD.date)))
        if t["latest"]:
            g.add((n, SW.timeLatest, Literal(t["latest"], datatype=XSD.date)))
        if t.get("text"):
            g.add((n, SW.timeText, Literal(t["text"])))
    if f["place"]:
        place = node("entity", f["place"]) if f["place"] in entity_ids else Literal(f["place"])
        g.add((n, SW.place, place))
    for i, ev in enumerate(f["evidence"]):
        _evidence(g, n, node("evidence", f"{f['id']}-{i}"), ev)


def _evidence(g: Graph, owner: URIRef, n: URIRef, ev: dict) -> None:
    g.add((owner, PROV.wasDerivedFrom, n))
    g.add((n, RDF.type, SW.Evidence))
    g.add((n, RDF.type, PROV.Entity))
    g.add((n, SW.document, node("document", ev["document"])))
    g.add((n, SW.start, Literal(ev["start"])))
    g.add((n, SW.end, Literal(ev["end"])))
    g.add((n, SW.text, Literal(ev["text"])))


def serialize_turtle(g: Graph) -> str:
    return g.serialize(format="turtle")
