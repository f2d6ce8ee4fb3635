"""storyweave.query: the read API over a store built from examples/corpus."""
from __future__ import annotations

import sqlite3

import pytest

from storyweave import query
from storyweave.errors import NotFound
from storyweave.kb import KnowledgeBase

from .conftest_web import built_store


@pytest.fixture(scope="module")
def kb():
    with KnowledgeBase(built_store()) as kb:
        yield kb


def person(kb, name: str) -> dict:
    hits = query.search_entities(kb, name, type="person")["items"]
    assert hits, f"no person matches {name!r}"
    return hits[0]


def test_all_names_are_exported():
    for name in query.__all__:
        assert hasattr(query, name)


def test_sources_may_be_a_kb_a_store_or_a_connection(kb):
    a = query.documents(kb)
    assert query.documents(kb.store) == a == query.documents(kb.store.conn)
    with pytest.raises(TypeError):
        query.documents(object())


def test_documents_have_text_removed_spans_and_pages(kb):
    page = query.documents(kb, limit=3, offset=0)
    assert page["total"] >= 7 and len(page["items"]) == 3
    assert page["limit"] == 3 and page["offset"] == 0
    doc = page["items"][0]
    assert {"id", "title", "text", "removed", "published", "duplicate_of"} <= set(doc)
    for r in doc["removed"]:
        assert doc["text"][r["start"]:r["end"]] == r["text"]
    rest = query.documents(kb, limit=500, offset=3)["items"]
    assert [d["id"] for d in rest][:1] != [doc["id"]]
    assert len(rest) == page["total"] - 3


def test_document_by_id_and_unknown_id(kb):
    first = query.documents(kb, limit=1)["items"][0]
    doc = query.document(kb, first["id"])
    assert doc["text"] == first["text"] and doc["counts"]["mentions"] > 0
    with pytest.raises(NotFound):
        query.document(kb, "no-such-document")


@pytest.mark.parametrize("limit,offset", [(0, 0), (501, 0), (10, -1)])
def test_bad_pages_are_refused(kb, limit, offset):
    with pytest.raises(query.BadQuery):
        query.documents(kb, limit=limit, offset=offset)


def test_search_exact_prefix_and_fuzzy(kb):
    exact = query.search_entities(kb, "jonah vale")["items"][0]
    assert exact["match"] == "exact" and exact["type"] == "person"
    by_alias = query.search_entities(kb, "@jonahvale")["items"][0]
    assert by_alias["id"] == exact["id"] and by_alias["matched"] == "@jonahvale"
    birth = query.search_entities(kb, "Jonathan Ellis Varga")["items"][0]
    assert birth["id"] == exact["id"]
    prefix = query.search_entities(kb, "Lindq")["items"]
    assert prefix and all(h["match"] == "prefix" for h in prefix)
    fuzzy = query.search_entities(kb, "Jona Vail")["items"]
    assert fuzzy[0]["id"] == exact["id"] and fuzzy[0]["match"] == "fuzzy"
    assert query.search_entities(kb, "zzqxw")["items"] == []
    with pytest.raises(query.BadQuery):
        query.search_entities(kb, "   ")


def test_search_ranks_exact_before_prefix_before_fuzzy(kb):
    hits = query.search_entities(kb, "Greta", limit=50)["items"]
    ranks = [{"exact": 0, "prefix": 1, "fuzzy": 2}[h["match"]] for h in hits]
    assert ranks == sorted(ranks)


def test_entities_list_and_type_filter(kb):
    people = query.entities(kb, "person", limit=500)
    assert people["total"] >= 4 and all(e["type"] == "person" for e in people["items"])
    mentions = [e["mentions"] for e in people["items"]]
    assert mentions == sorted(mentions, reverse=True)


def test_dossier_has_names_reasons_facts_quotes_and_mentions(kb):
    jonah = person(kb, "Jonah Vale")
    d = query.dossier(kb, jonah["id"])
    assert d["entity"]["name"] == jonah["name"]
    assert "Jonathan Ellis Varga" in d["names"]
    aliases = {a["name"]: a for a in d["aliases"]}
    birth = aliases["Jonathan Ellis Varga"]
    assert birth["reason"]
    ev = birth["evidence"]
    doc = query.document(kb, ev["document"])
    assert doc["text"][ev["start"]:ev["end"]] == ev["text"] == "Jonathan Ellis Varga"
    predicates = [g["predicate"] for g in d["facts"]]
    assert predicates == sorted(predicates) and "marriage" in predicates
    for group in d["facts"]:
        for f in group["facts"]:
            assert f["status"] in {"agreed", "single", "conflicting"}
            assert f["evidence"] and f["sources"] >= 1
            assert jonah["id"] in (f["subject"], f["object"])
    assert d["quotes"] and all(q["speaker"] == jonah["id"] for q in d["quotes"])
    assert sum(m["count"] for m in d["mentions"]) == d["entity"]["mentions"]
    with pytest.raises(NotFound):
        query.dossier(kb, "person:nobody")


def test_agreed_facts_count_independent_sources(kb):
    agreed = query.facts(kb, status="agreed", limit=500)["items"]
    assert agreed
    for f in agreed:
        docs = {e["document"] for e in f["evidence"]}
        assert 1 <= f["sources"] <= len(docs)


def test_syndicated_copies_count_once(kb):
    docs = query.documents(kb, limit=500)["items"]
    copies = {d["id"]: d["duplicate_of"] for d in docs if d["duplicate_of"]}
    assert copies, "the sample corpus has a syndicated copy"
    from storyweave.query.facts import independent_sources
    original, copy = next(iter(copies.values())), next(iter(copies))
    info = {d["id"]: {"duplicate_of": d["duplicate_of"]} for d in docs}
    assert independent_sources([{"document": original}, {"document": copy}], info) == 1


def test_facts_by_predicate(kb):
    page = query.facts(kb, predicate="marriage")
    assert page["total"] >= 1 and all(f["predicate"] == "marriage" for f in page["items"])
    assert query.facts(kb, predicate="no_such_predicate")["total"] == 0
    assert {p["predicate"] for p in query.predicates(kb)} >= {"marriage"}


def test_conflicts_have_sides_values_sources_and_explanation(kb):
    page = query.conflicts(kb, limit=500)
    assert page["total"] >= 1
    for c in page["items"]:
        assert c["explanation"] and len(c["sides"]) >= 2
        values = [s["value"] for s in c["sides"]]
        assert len(set(values)) == len(values), values
        for s in c["sides"]:
            assert s["evidence"] and s["sources"] >= 1
    one = page["items"][0]
    assert query.conflict(kb, one["id"]) == one
    with pytest.raises(NotFound):
        query.conflict(kb, "nope")


def test_conflicts_of_an_entity(kb):
    greta = person(kb, "Greta Lindqvist")
    mine = query.conflicts(kb, entity=greta["id"])["items"]
    assert mine
    assert query.conflicts(kb, entity="person:nobody")["total"] == 0


def test_quotes_by_speaker_and_outlet(kb):
    greta = person(kb, "Greta Lindqvist")
    said = query.quotes(kb, speaker=greta["id"], limit=500)
    assert said["total"] >= 1 and all(q["speaker_name"] == greta["name"] for q in said["items"])
    outlets = query.outlets(kb)
    assert outlets
    name = outlets[0]["outlet"]
    found = query.quotes(kb, outlet=name.upper(), limit=500)["items"]
    assert found and all(name in (q["outlet"], q["document_outlet"]) for q in found)
    assert query.speakers(kb)[0]["quotes"] >= 1
    q = said["items"][0]
    doc = query.document(kb, q["document"])
    assert doc["text"][q["start"]:q["end"]] == q["text"]


def test_evidence_of_a_fact_a_quote_a_conflict_and_a_claim(kb):
    f = query.facts(kb, limit=1)["items"][0]
    ev = query.evidence(kb, f["id"])
    assert ev["kind"] == "fact" and ev["items"] == f["evidence"]
    for item in ev["items"]:
        text = query.document(kb, item["document"])["text"]
        assert text[item["start"]:item["end"]] == item["text"]
    q = query.quotes(kb, limit=1)["items"][0]
    assert query.evidence(kb, q["id"])["items"][0]["text"] == q["text"]
    c = query.conflicts(kb, limit=1)["items"][0]
    assert query.evidence(kb, c["id"])["kind"] == "conflict"
    claim = f["evidence"][0]["claim"]
    assert query.evidence(kb, claim)["kind"] == "claim"
    with pytest.raises(NotFound):
        query.evidence(kb, "nothing-has-this-id")


def test_timeline_of_an_entity_and_of_a_pair(kb):
    jonah, greta = person(kb, "Jonah Vale"), person(kb, "Greta Lindqvist")
    t = query.timeline(kb, jonah["id"])
    assert t["entity"]["id"] == jonah["id"] and t["other"] is None and t["items"]
    dated = [i["time"]["earliest"] for i in t["items"] if i["time"] and i["time"]["earliest"]]
    assert dated == sorted(dated)
    pair = query.timeline(kb, jonah["id"], greta["id"])
    assert pair["other"]["id"] == greta["id"]
    preds = {i["predicate"] for i in pair["items"]}
    assert "marriage" in preds
    for item in pair["items"]:
        if item["disputed"]:
            assert len(item["sides"]) >= 2 and item["status"] == "conflicting"
            lo = min(s["time"]["earliest"] for s in item["sides"] if s["time"])
            assert item["time"]["earliest"] == lo  # the band covers every side
    with pytest.raises(NotFound):
        query.timeline(kb, jonah["id"], "person:nobody")


def test_graph_of_people_and_relations(kb):
    g = query.graph(kb)
    ids = {n["id"] for n in g["nodes"]}
    assert all(n["type"] == "person" for n in g["nodes"])
    assert g["edges"] and all(e["source"] in ids and e["target"] in ids for e in g["edges"])
    assert all(e["predicate"] in query.RELATIONS for e in g["edges"])
    everything = query.graph(kb, include="all")
    assert len(everything["nodes"]) >= len([n for n in g["nodes"]
                                            if any(n["id"] in (e["source"], e["target"])
                                                   for e in g["edges"])])


def test_empty_store(tmp_path):
    with KnowledgeBase(tmp_path / "empty.db") as kb:
        assert query.documents(kb)["total"] == 0
        assert query.search_entities(kb, "anyone")["items"] == []
        assert query.graph(kb) == {"nodes": [], "edges": []}
        assert query.conflicts(kb)["items"] == []


def test_the_query_layer_never_writes(kb):
    conn = sqlite3.connect(f"file:{built_store()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        doc = query.documents(conn, limit=1)["items"][0]
        assert query.document(conn, doc["id"])["id"] == doc["id"]
        assert query.graph(conn)["nodes"]
        jonah = query.search_entities(conn, "Jonah Vale")["items"][0]
        assert query.dossier(conn, jonah["id"])["facts"]
        assert query.timeline(conn, jonah["id"])["items"]
    finally:
        conn.close()


def test_search_scores_each_alias_as_one_rapidfuzz_call_does():
    """The batched matcher (distinct aliases, one rapidfuzz call for the fuzzy ones) gives
    every alias the kind and score of matching it alone."""
    from rapidfuzz import fuzz, process, utils

    from storyweave.query.entities import FUZZY_CUTOFF, _matches
    aliases = {"Jonah Vale", "Jonah  Vale", "jonah", "Vale, Jonah", "Jona Vail", "Joanna Vale",
               "@jonahvale", "J. Vale", "Valerie Jonas", "Tom Vale", "Jón Valé"}
    for q in ("jonah vale", "jon", "vale", "jona vail", "jo", "@jonahvale", "x", "jon vale"):
        expected = {}
        for alias in aliases:
            a = " ".join(alias.split()).casefold()
            if a == q:
                expected[alias] = ("exact", 100)
            elif a.startswith(q) or any(w.startswith(q) for w in a.split()):
                expected[alias] = ("prefix", round(100 * len(q) / len(a)))
            elif len(q) >= 3 and (hit := process.extractOne(
                    q, [a], scorer=fuzz.WRatio, processor=utils.default_process,
                    score_cutoff=FUZZY_CUTOFF)):
                expected[alias] = ("fuzzy", round(hit[1]))
        assert _matches(q, aliases) == expected, q


def test_entity_pages_read_through_indexes(kb):
    """What the dossier, an entity's conflicts, facts and timeline, and a search run never
    scans a table nor builds a throwaway index: on 100k documents those took 100+ ms."""
    conn = kb.store.conn
    jonah = person(kb, "Jonah Vale")["id"]
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        query.dossier(kb, jonah)
        query.conflicts(kb, entity=jonah)
        query.facts(kb, subject=jonah)
        query.timeline(kb, jonah)
        query.search_entities(kb, "Jonah Vale")
    finally:
        conn.set_trace_callback(None)
    assert len(statements) > 20
    for sql in statements:
        plan = [r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql)]
        assert not [p for p in plan if p.startswith("SCAN") or "AUTOMATIC" in p], (sql, plan)
