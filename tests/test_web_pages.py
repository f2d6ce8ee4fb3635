"""The server-rendered pages without a browser: every page renders, links carry offsets,
text is escaped, errors are pages, and the page layer holds no SQL."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from storyweave.use.api import create_app
from storyweave.use.web.pages import segments

from .conftest_web import built_store

HTML = {"accept": "text/html"}
WEB = Path(__file__).resolve().parents[1] / "storyweave" / "use" / "web"


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(built_store())) as c:
        yield c


def first_person(client, name: str) -> str:
    return client.get("/api/entities", params={"q": name}).json()["items"][0]["id"]


def test_every_page_renders(client):
    jonah = first_person(client, "Jonah Vale")
    greta = first_person(client, "Greta Lindqvist")
    doc = client.get("/api/documents", params={"limit": 1}).json()["items"][0]["id"]
    conflict = client.get("/api/conflicts").json()["items"][0]["id"]
    for path in ["/", "/search", "/search?q=vale", "/entities", "/entities?type=person",
                 f"/entities/{quote(jonah)}", f"/entities/{jonah}/timeline",
                 f"/entities/{jonah}/timeline?with={greta}", "/conflicts",
                 f"/conflicts/{conflict}", "/facts", "/facts?predicate=marriage", "/graph",
                 "/graph?include=all", "/quotes", f"/quotes?speaker={greta}", "/documents",
                 f"/documents/{doc}", f"/documents/{doc}?start=0&end=10", "/ask", "/docs"]:
        r = client.get(path, headers=HTML)
        assert r.status_code == 200, (path, r.text[:300])
        assert r.headers["content-type"].startswith("text/html")
        assert "<main" in r.text and 'lang="en"' in r.text
        assert "<script>" not in r.text  # page scripts are files, never inline
        for src in re.findall(r'<script src="([^"]+)"', r.text):
            assert src.startswith("/static/"), src
            assert client.get(src).status_code == 200


def test_dossier_page_shows_badges_reasons_and_citations(client):
    jonah = first_person(client, "Jonah Vale")
    page = client.get(f"/entities/{jonah}", headers=HTML).text
    assert "Jonathan Ellis Varga" in page and "birth name" in page
    assert re.search(r'class="badge badge-(agreed|single|conflicting)"', page)
    links = re.findall(r'href="(/documents/[^"]+\?start=\d+&amp;end=\d+#ev)"', page)
    assert links
    d = client.get(f"/api/entities/{jonah}").json()
    agreed = [f for g in d["facts"] for f in g["facts"] if f["status"] == "agreed"]
    for f in agreed:
        assert f"agreed ×{f['sources']} sources" in page


def test_citation_opens_the_document_at_the_span(client):
    f = client.get("/api/facts", params={"limit": 1}).json()["items"][0]
    ev = f["evidence"][0]
    r = client.get(f"/documents/{ev['document']}", params={"start": ev["start"],
                                                          "end": ev["end"]}, headers=HTML)
    assert r.status_code == 200
    marked = re.search(r'<mark id="ev" tabindex="-1">(.*?)</mark>', r.text, re.S)
    assert marked
    import html
    assert html.unescape(re.sub(r"<[^>]+>", "", marked.group(1))) == ev["text"]


@pytest.mark.parametrize("params", [{"start": 5}, {"start": 10, "end": 5},
                                    {"start": 0, "end": 10**9}, {"start": -1, "end": 3}])
def test_bad_spans_are_422_pages(client, params):
    doc = client.get("/api/documents", params={"limit": 1}).json()["items"][0]["id"]
    r = client.get(f"/documents/{doc}", params=params, headers=HTML)
    assert r.status_code == 422 and "<main" in r.text and "E300" in r.text


def test_unknown_ids_are_404_pages(client):
    for path in ("/entities/person:nobody", "/documents/nope", "/conflicts/nope",
                 "/entities/person:nobody/timeline", "/no/such/page"):
        r = client.get(path, headers=HTML)
        assert r.status_code == 404 and "<main" in r.text, path
    assert client.get("/entities/person:nobody").json()["error"]["code"] == "E201"


def test_search_text_is_escaped(client):
    r = client.get("/search", params={"q": '"><script>alert(1)</script>'}, headers=HTML)
    assert r.status_code == 200
    assert "<script>alert(1)" not in r.text and "&lt;script&gt;alert(1)" in r.text


def test_pager_links(client):
    total = client.get("/api/quotes").json()["total"]
    r = client.get("/quotes", headers=HTML)
    if total > 50:
        assert 'rel="next"' in r.text
        r2 = client.get("/quotes", params={"page": 2}, headers=HTML)
        assert 'rel="prev"' in r2.text
    assert client.get("/quotes", params={"page": 0}, headers=HTML).status_code == 422


def test_segments_cut_junk_and_highlight():
    text = "abcdefghij"
    removed = [{"start": 2, "end": 5, "reason": "teaser"}]
    segs = segments(text, removed, (4, 8))
    assert "".join(s["text"] for s in segs) == text
    assert [(s["text"], s["junk"], s["mark"]) for s in segs] == [
        ("ab", None, False), ("cd", "teaser", False), ("e", "teaser", True),
        ("fgh", None, True), ("ij", None, False)]
    assert [s["anchor"] for s in segs] == [False, False, True, False, False]
    assert segments("", [], None) == []


def test_no_sql_and_no_cdn_in_the_web_layer():
    code = (WEB / "pages.py").read_text() + (WEB.parent / "api_routes.py").read_text()
    assert not re.search(r"\b(SELECT|INSERT|UPDATE|DELETE)\b", code)
    for path in WEB.rglob("*"):
        if path.suffix in (".html", ".js", ".css") and "vendor" not in path.parts:
            text = path.read_text()
            assert "http://" not in text and "https://" not in text, path
            assert "<script>" not in text, path


def test_vendored_libraries_have_licenses():
    vendor = WEB / "static" / "vendor"
    for name in ("cytoscape.min.js", "vis-timeline-graph2d.min.js",
                 "vis-timeline-graph2d.min.css", "cytoscape.LICENSE", "vis-timeline.LICENSE.md"):
        assert (vendor / name).stat().st_size > 0, name
