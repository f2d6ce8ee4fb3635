"""The REST API: every endpoint, the error shape, pagination, read-only mode, limits, headers."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from storyweave.use.api import CSP, create_app

from .conftest_web import built_store, copy_store

ARTICLE = """Harbor Lights Owner Opens Second Restaurant

Marisol Quenby opened her second restaurant in Portland on Friday, three years after the first.

"We wanted a room where families could linger," Quenby told the Daily Lantern.

Quenby, 41, trained in Lyon before returning home in 2012.
"""


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(built_store())) as c:
        yield c


@pytest.fixture
def writable(tmp_path):
    db = copy_store(tmp_path / "kb.db")
    with TestClient(create_app(db, allow_ingest=True)) as c:
        yield c


def assert_error(r, status: int, code: str | None = None) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"}
    err = body["error"]
    assert {"code", "type", "message"} <= set(err) and err["message"]
    if code:
        assert err["code"] == code, err
    return err


def jonah(client) -> str:
    return client.get("/api/entities", params={"q": "Jonah Vale"}).json()["items"][0]["id"]


def greta(client) -> str:
    return client.get("/api/entities", params={"q": "Greta Lindqvist"}).json()["items"][0]["id"]


def test_documents_list_and_one(client):
    r = client.get("/api/documents", params={"limit": 2})
    assert r.status_code == 200
    page = r.json()
    assert page["limit"] == 2 and page["offset"] == 0 and page["total"] >= 7
    assert len(page["items"]) == 2
    first = page["items"][0]
    assert {"text", "removed", "published"} <= set(first)
    one = client.get(f"/api/documents/{first['id']}").json()
    assert one["text"] == first["text"] and "counts" in one
    assert_error(client.get("/api/documents/nope"), 404, "E201")


def test_pagination_walks_the_whole_list(client):
    total = client.get("/api/documents").json()["total"]
    seen = []
    for offset in range(0, total, 3):
        seen += [d["id"] for d in client.get(
            "/api/documents", params={"limit": 3, "offset": offset}).json()["items"]]
    assert len(seen) == len(set(seen)) == total
    past = client.get("/api/documents", params={"offset": total + 5}).json()
    assert past["items"] == [] and past["total"] == total


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 501}, {"offset": -1},
                                    {"limit": "ten"}])
def test_bad_pagination_is_422(client, params):
    err = assert_error(client.get("/api/documents", params=params), 422, "E300")
    assert err["details"]


def test_entity_search_and_listing(client):
    hits = client.get("/api/entities", params={"q": "@gretacooks"}).json()
    assert hits["items"][0]["id"] == greta(client) and hits["items"][0]["match"] == "exact"
    fuzzy = client.get("/api/entities", params={"q": "Jona Vail"}).json()["items"]
    assert fuzzy[0]["id"] == jonah(client)
    people = client.get("/api/entities", params={"type": "person", "limit": 500}).json()
    assert all(e["type"] == "person" for e in people["items"])
    assert_error(client.get("/api/entities", params={"type": "dragon"}), 422, "E300")
    assert_error(client.get("/api/entities", params={"q": "  "}), 422, "E300")


def test_entity_dossier_and_its_parts(client):
    eid = jonah(client)
    d = client.get(f"/api/entities/{eid}").json()
    assert d["entity"]["id"] == eid and d["aliases"] and d["facts"] and d["mentions"]
    facts = client.get(f"/api/entities/{eid}/facts", params={"limit": 500}).json()
    assert facts["total"] == d["counts"]["facts"]
    marriage = client.get(f"/api/entities/{eid}/facts", params={"predicate": "marriage"}).json()
    assert marriage["items"] and {f["predicate"] for f in marriage["items"]} == {"marriage"}
    conflicts = client.get(f"/api/entities/{eid}/conflicts").json()
    assert conflicts["total"] == d["counts"]["conflicts"]
    quotes = client.get(f"/api/entities/{eid}/quotes", params={"limit": 2}).json()
    assert len(quotes["items"]) <= 2 and quotes["total"] == d["counts"]["quotes"]
    for suffix in ("", "/facts", "/conflicts", "/quotes", "/timeline"):
        assert_error(client.get(f"/api/entities/person:nobody{suffix}"), 404, "E201")


def test_timeline_of_an_entity_and_a_pair(client):
    a, b = jonah(client), greta(client)
    t = client.get(f"/api/entities/{a}/timeline").json()
    assert t["items"] and t["other"] is None
    pair = client.get(f"/api/entities/{a}/timeline", params={"with": b}).json()
    assert pair["other"]["id"] == b
    assert any(i["predicate"] == "marriage" for i in pair["items"])


def test_facts_predicates_and_one_fact(client):
    preds = client.get("/api/predicates").json()
    assert preds and all(p["facts"] >= 1 for p in preds)
    page = client.get("/api/facts", params={"predicate": preds[0]["predicate"]}).json()
    assert page["total"] == preds[0]["facts"]
    f = page["items"][0]
    assert client.get(f"/api/facts/{f['id']}").json() == f
    assert_error(client.get("/api/facts/nope"), 404, "E201")
    assert_error(client.get("/api/facts", params={"status": "maybe"}), 422, "E300")
    agreed = client.get("/api/facts", params={"status": "agreed"}).json()["items"]
    assert all(x["status"] == "agreed" for x in agreed)


def test_conflicts(client):
    page = client.get("/api/conflicts").json()
    assert page["total"] >= 1
    c = page["items"][0]
    assert len(c["sides"]) >= 2 and c["explanation"]
    assert client.get(f"/api/conflicts/{c['id']}").json() == c
    assert_error(client.get("/api/conflicts/nope"), 404, "E201")
    mine = client.get("/api/conflicts", params={"entity": c["subject"]}).json()
    assert any(x["id"] == c["id"] for x in mine["items"])


def test_quotes_by_speaker_and_outlet(client):
    g = greta(client)
    said = client.get("/api/quotes", params={"speaker": g}).json()
    assert said["items"] and all(q["speaker"] == g for q in said["items"])
    everything = client.get("/api/quotes", params={"limit": 500}).json()["items"]
    outlet = next(q["outlet"] for q in everything if q["outlet"])
    to = client.get("/api/quotes", params={"outlet": outlet}).json()["items"]
    assert to and all(outlet in (q["outlet"], q["document_outlet"]) for q in to)
    assert_error(client.get("/api/quotes", params={"speaker": "person:nobody"}), 404, "E201")


def test_evidence_by_id(client):
    f = client.get("/api/facts", params={"limit": 1}).json()["items"][0]
    ev = client.get(f"/api/evidence/{f['id']}").json()
    assert ev["kind"] == "fact"
    item = ev["items"][0]
    doc = client.get(f"/api/documents/{item['document']}").json()
    assert doc["text"][item["start"]:item["end"]] == item["text"]
    q = client.get("/api/quotes", params={"limit": 1}).json()["items"][0]
    assert client.get(f"/api/evidence/{q['id']}").json()["kind"] == "quote"
    assert_error(client.get("/api/evidence/nope"), 404, "E201")


def test_graph(client):
    g = client.get("/api/graph").json()
    assert g["nodes"] and g["edges"]
    assert client.get("/api/graph", params={"include": "all"}).status_code == 200
    assert_error(client.get("/api/graph", params={"include": "some"}), 422, "E300")


def test_ask(client):
    from storyweave.use.api_routes import ask_available
    r = client.get("/api/ask", params={"q": "When did Jonah Vale and Greta Lindqvist marry?"})
    if not ask_available():
        assert_error(r, 501, "E501")
        return
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["citations"], body
    c = body["citations"][0]
    doc = client.get(f"/api/documents/{c['document']}").json()
    assert doc["text"][c["start"]:c["end"]]
    r2 = client.post("/api/ask", json={"question": "When did Jonah Vale and Greta Lindqvist marry?"})
    assert r2.status_code == 200 and r2.json()["citations"]
    assert_error(client.get("/api/ask"), 422, "E300")
    assert_error(client.post("/api/ask", json={}), 422, "E300")


def test_unknown_route_and_method(client):
    assert_error(client.get("/api/nothing-here"), 404, "E404")
    assert_error(client.delete("/api/documents"), 405, "E405")


def test_ingest_is_refused_when_read_only(client):
    before = client.get("/api/documents").json()["total"]
    err = assert_error(client.post("/api/ingest", json={"content": ARTICLE}), 403, "E403")
    assert "--allow-ingest" in err["message"]
    assert client.get("/api/documents").json()["total"] == before


def test_ingest_adds_then_is_idempotent(writable):
    before = writable.get("/api/documents").json()["total"]
    r = writable.post("/api/ingest", json={"filename": "quenby.txt", "content": ARTICLE})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["counts"]["added"] == 1
    doc_id = body["events"][0]["document"]
    assert body["events"][0]["source"] == "upload/quenby.txt"
    doc = writable.get(f"/api/documents/{doc_id}").json()
    assert doc["title"] == "Harbor Lights Owner Opens Second Restaurant"
    assert writable.get("/api/documents").json()["total"] == before + 1
    hits = writable.get("/api/entities", params={"q": "Marisol Quenby"}).json()["items"]
    assert hits and hits[0]["match"] == "exact"
    again = writable.post("/api/ingest", json={"filename": "quenby.txt", "content": ARTICLE})
    assert again.status_code == 200 and again.json()["counts"]["unchanged"] == 1
    assert writable.get("/api/documents").json()["total"] == before + 1


def test_ingest_html_and_jsonl_use_the_cli_readers(writable):
    html = ("<html><head><title>Quiet Harbor Gets a Bakery</title></head><body><article>"
            "<h1>Quiet Harbor Gets a Bakery</h1><p>Odile Brann opened a bakery in Quiet Harbor "
            "on Monday, her first shop after ten years of market stalls.</p></article></body></html>")
    r = writable.post("/api/ingest", json={"filename": "bakery.html", "content": html})
    assert r.status_code == 201, r.text
    line = json.dumps({"title": "Ferry Returns", "text": "Ferry Returns\n\nThe island ferry "
                       "returned to service on Tuesday, said captain Ines Morrow.",
                       "outlet": "Island Post"})
    r = writable.post("/api/ingest", json={"filename": "feed.jsonl",
                                           "content": line + "\n{not json}\n"})
    assert r.status_code == 201, r.text
    statuses = sorted(e["status"] for e in r.json()["events"])
    assert statuses == ["added", "error"]


@pytest.mark.parametrize("body,code", [
    ({"filename": "a.pdf", "content": "hello"}, "E103"),
    ({"filename": "a.txt", "content": "   \n  "}, "E101"),
    ({"filename": "feed.jsonl", "content": "{not json}"}, "E104"),
])
def test_ingest_rejects_what_the_cli_rejects(writable, body, code):
    err = assert_error(writable.post("/api/ingest", json=body), 422, code)
    assert "upload/" in err["message"] and "storyweave-upload" not in err["message"]


@pytest.mark.parametrize("body", [{}, {"content": ""}, {"content": 3},
                                  {"filename": "../evil.txt", "content": "x"},
                                  {"filename": "a/b.txt", "content": "x"}])
def test_ingest_bad_bodies_are_422(writable, body):
    assert_error(writable.post("/api/ingest", json=body), 422, "E300")


def test_ingest_not_json_is_422(writable):
    r = writable.post("/api/ingest", content=b"plain words",
                      headers={"content-type": "text/plain"})
    assert_error(r, 422, "E300")


def test_too_large_bodies_are_413(tmp_path):
    db = copy_store(tmp_path / "kb.db")
    with TestClient(create_app(db, allow_ingest=True, max_body=1000)) as c:
        big = {"filename": "big.txt", "content": "Title\n\n" + "words " * 400}
        assert_error(c.post("/api/ingest", json=big), 413, "E105")

        def chunks():  # no Content-Length: the limit still holds while streaming
            for _ in range(10):
                yield b"x" * 200
        assert_error(c.post("/api/ingest", content=chunks(),
                            headers={"content-type": "application/json"}), 413, "E105")
        # read-only servers refuse big bodies the same way, before anything else
    with TestClient(create_app(built_store(), max_body=1000)) as c:
        assert_error(c.post("/api/ingest", json=big), 413, "E105")


def test_security_headers_on_every_response(client):
    for url in ("/api/documents", "/api/entities/nope", "/", "/static/css/app.css", "/docs"):
        r = client.get(url)
        assert r.headers["content-security-policy"] == CSP, url
        assert "script-src 'self'" in r.headers["content-security-policy"]
        assert r.headers["x-content-type-options"] == "nosniff"


def test_openapi_schema_and_docs_page(client):
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    for p in ("/api/documents", "/api/documents/{document_id}", "/api/entities",
              "/api/entities/{entity_id}", "/api/entities/{entity_id}/facts",
              "/api/entities/{entity_id}/conflicts", "/api/entities/{entity_id}/quotes",
              "/api/entities/{entity_id}/timeline", "/api/facts", "/api/conflicts",
              "/api/quotes", "/api/evidence/{item_id}", "/api/ingest", "/api/ask", "/api/graph"):
        assert p in paths, p
    assert not any(p.startswith("/entities") for p in paths)  # pages stay out of the schema
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/evidence/{item_id}" in docs.text
    assert "cdn" not in docs.text.lower()


def test_missing_store_folder_is_a_store_error(tmp_path):
    from storyweave.errors import StoreError
    with pytest.raises(StoreError):
        create_app(tmp_path / "no" / "such" / "folder" / "kb.db")
