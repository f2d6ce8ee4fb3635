"""The web pages in a real browser (Debian's headless Chromium driven by Playwright) against a
live `storyweave serve` on the sample corpus. Screenshots go to $STORYWEAVE_SCREENSHOTS
(default: a temporary folder; docs/screenshots/ holds the README's copies).

Skipped, with the reason shown, only when chromium or playwright is absent; `make test`
installs both (scripts/install-browser.sh).
"""
from __future__ import annotations

import json
import re
import urllib.request
from urllib.parse import parse_qs, urlparse

import pytest

from .conftest_web import (CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS, browser_missing, copy_store,
                           live_server)

MISSING = browser_missing()
pytestmark = pytest.mark.skipif(MISSING is not None, reason=f"browser tests skipped: {MISSING}")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = copy_store(tmp_path_factory.mktemp("web") / "kb.db")
    with live_server(db) as url:
        yield url


@pytest.fixture(scope="module")
def chrome():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
                                    timeout=30000)
        yield browser
        browser.close()


class Watched:
    """A page plus the errors it raised (JS exceptions, console errors, CSP violations)."""

    def __init__(self, page):
        self.page = page
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        page.on("console", lambda m: self.errors.append(f"console: {m.text}")
                if m.type == "error" else None)

        def dialog(d):
            self.dialogs.append(d.message)
            d.dismiss()
        page.on("dialog", dialog)

    def shot(self, name: str, full: bool = True) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full)


@pytest.fixture
def web(chrome):
    context = chrome.new_context(viewport={"width": 1280, "height": 860})
    page = context.new_page()
    page.set_default_timeout(15000)
    watched = Watched(page)
    yield watched
    context.close()
    assert watched.errors == [], watched.errors


def api(server: str, path: str) -> dict:
    with urllib.request.urlopen(server + path, timeout=30) as r:
        return json.load(r)


def check_highlight(page, start: int, end: int, document_text: str) -> None:
    mark = page.locator("mark#ev")
    mark.wait_for()
    marked = "".join(page.locator(".doctext mark").all_inner_texts())
    assert " ".join(marked.split()) == " ".join(document_text[start:end].split())
    assert page.evaluate("() => location.hash") == "#ev"
    box = mark.bounding_box()
    viewport = page.viewport_size
    assert box is not None and -5 <= box["y"] < viewport["height"], box  # scrolled into view


def test_home_and_keyboard_landmarks(server, web):
    page = web.page
    r = page.goto(server + "/")
    assert r.status == 200 and "script-src 'self'" in r.headers["content-security-policy"]
    assert page.locator("main#main").count() == 1 and page.locator("nav[aria-label=Main]").count()
    assert page.get_by_label("Find a person, organization or place by any of its names").count()
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.className") == "skip"
    web.shot("home")


def test_search_by_alias_dossier_and_citation(server, web):
    page = web.page
    page.goto(server + "/")
    page.get_by_label("Find a person, organization or place by any of its names").fill("@jonahvale")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search\?q="))
    result = page.locator("ol.results a").first
    assert result.inner_text() == "Jonah Vale"
    web.shot("search")
    result.click()
    page.wait_for_url(re.compile(r"/entities/"))
    assert "Jonah Vale" in page.locator("h1").inner_text()
    aliases = page.locator("table.aliases").inner_text()
    assert "Jonathan Ellis Varga" in aliases and "birth name" in aliases
    assert page.locator(".badge-agreed, .badge-single, .badge-conflicting").count() > 0
    web.shot("entity", full=False)
    citation = page.locator("li.fact .sources a.cite").first
    citation.click()
    page.wait_for_url(re.compile(r"/documents/.*start=\d+.*end=\d+.*#ev"))
    params = parse_qs(urlparse(page.url).query)
    start, end = int(params["start"][0]), int(params["end"][0])
    doc_id = urlparse(page.url).path.rsplit("/", 1)[1]
    text = api(server, f"/api/documents/{doc_id}")["text"]
    check_highlight(page, start, end, text)
    web.shot("document", full=False)


def test_document_shows_junk_struck_through(server, web):
    page = web.page
    docs = api(server, "/api/documents?limit=500")["items"]
    doc = next(d for d in docs if d["removed"])
    page.goto(server + f"/documents/{doc['id']}")
    struck = page.locator(".doctext s.junk")
    assert struck.count() >= 1
    assert doc["removed"][0]["text"].split()[0] in struck.first.inner_text()


def test_conflict_shows_both_sides(server, web):
    page = web.page
    page.goto(server + "/conflicts")
    conflict = page.locator("article.conflict").first
    sides = conflict.locator("section.side")
    assert sides.count() >= 2
    values = [sides.nth(i).locator("h4").inner_text() for i in range(sides.count())]
    assert len(set(values)) == len(values)
    for i in range(sides.count()):
        assert sides.nth(i).locator("a.cite").count() >= 1
    assert "Why they conflict" in conflict.locator(".explanation").inner_text()
    web.shot("conflicts")
    conflict.locator("h2 a").click()
    page.wait_for_url(re.compile(r"/conflicts/"))
    assert page.locator("section.side").count() >= 2


def test_timeline_renders_with_disputed_bands(server, web):
    page = web.page
    jonah = api(server, "/api/entities?q=Jonah%20Vale")["items"][0]["id"]
    greta = api(server, "/api/entities?q=Greta%20Lindqvist")["items"][0]["id"]
    data = api(server, f"/api/entities/{jonah}/timeline?with={greta}")
    page.goto(server + f"/entities/{jonah}/timeline?with={greta}")
    page.wait_for_selector("#timeline[data-rendered]")
    assert page.get_attribute("#timeline", "data-rendered") not in ("0", "error")
    assert page.locator("#timeline .vis-item").count() > 0
    if any(i["disputed"] and i["time"] for i in data["items"]):
        assert page.locator("#timeline .vis-item.vis-background.tl-band").count() >= 1
        boxes = page.locator("#timeline .vis-item.vis-box.tl-conflicting").all_inner_texts()
        assert any("disputed" in b for b in boxes), boxes
    web.shot("timeline")


def test_graph_renders_people_and_relations(server, web):
    page = web.page
    graph = api(server, "/api/graph")
    page.goto(server + "/graph")
    page.wait_for_selector("#graph[data-rendered]")
    assert page.get_attribute("#graph", "data-rendered") == str(len(graph["nodes"]))
    painted = page.evaluate("""() => Array.from(document.querySelectorAll('#graph canvas'))
        .some(c => { if (!c.width || !c.height) return false;
                     const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                     for (let i = 3; i < d.length; i += 4) if (d[i] > 0) return true;
                     return false; })""")
    assert painted, "the graph canvas is blank"
    web.shot("graph")


def test_quote_links_to_the_sentence_in_context(server, web):
    page = web.page
    greta = api(server, "/api/entities?q=Greta%20Lindqvist")["items"][0]["id"]
    page.goto(server + f"/quotes?speaker={greta}")
    first = page.locator("li.quote").first
    said = first.locator("blockquote").inner_text().strip("“”")
    web.shot("quotes", full=False)
    first.locator("a.cite").click()
    page.wait_for_url(re.compile(r"#ev$"))
    assert " ".join(page.locator("mark#ev").inner_text().split()) == " ".join(said.split())


def test_ask_gets_a_cited_answer(server, web):
    from storyweave.use.api_routes import ask_available
    if not ask_available():
        pytest.skip("storyweave.use.ask is absent: /ask answers 501")
    page = web.page
    page.goto(server + "/ask")
    page.get_by_label("Question").fill("When did Jonah Vale and Greta Lindqvist get married?")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/ask\?q="))
    assert page.locator(".answer-text").inner_text().strip()
    citation = page.locator(".answer a.cite").first
    web.shot("ask")
    citation.click()
    page.wait_for_url(re.compile(r"#ev$"))
    assert page.locator("mark#ev").inner_text().strip()


def test_phone_width_has_no_sideways_scrolling(server, chrome):
    context = chrome.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                 device_scale_factor=2)
    page = context.new_page()
    try:
        jonah = api(server, "/api/entities?q=Jonah%20Vale")["items"][0]["id"]
        for path in ("/", f"/entities/{jonah}", "/conflicts", "/documents"):
            page.goto(server + path)
            width = page.evaluate("() => document.documentElement.scrollWidth")
            assert width <= 392, (path, width)
        page.goto(server + f"/entities/{jonah}")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "entity-phone.png"), full_page=False)
    finally:
        context.close()


# --------------------------------------------------------------------------- XSS

XSS_ARTICLE = """Harbor Council Votes <script>window.__xss = 1; alert(1)</script> On Pier Plan

Mayor Dana Whitlow said on Monday that the pier plan <script>window.__xss = 2</script> will go ahead.

"We will build it "><img src=x onerror="window.__xss = 3; alert(3)"> this year," Whitlow told the Harbor Weekly.

Read more at <a href="javascript:window.__xss = 4">javascript:window.__xss = 4</a> and <svg onload="window.__xss = 5"></svg>.

Whitlow, 52, married Ren Okafor in 2010.
"""


def test_hostile_article_runs_nothing(tmp_path, chrome):
    db = copy_store(tmp_path / "xss.db")
    with live_server(db, allow_ingest=True) as url:
        body = json.dumps({"filename": "hostile.txt", "content": XSS_ARTICLE}).encode()
        req = urllib.request.Request(url + "/api/ingest", data=body, method="POST",
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=120) as r:
            doc_id = json.load(r)["events"][0]["document"]
        context = chrome.new_context(viewport={"width": 1280, "height": 860})
        page = context.new_page()
        watched = Watched(page)
        try:
            pages = ["/", f"/documents/{doc_id}", f"/documents/{doc_id}?start=0&end=60#ev",
                     "/documents", "/quotes", "/search?q=%3Cscript%3E", "/facts", "/graph",
                     "/search?q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(9)%3E"]
            whitlow = api(url, "/api/entities?q=Whitlow")["items"]
            if whitlow:
                pages += [f"/entities/{whitlow[0]['id']}",
                          f"/entities/{whitlow[0]['id']}/timeline"]
            for path in pages:
                response = page.goto(url + path)
                assert "script-src 'self'" in response.headers["content-security-policy"]
                page.wait_for_timeout(150)
                assert page.evaluate("() => window.__xss") is None, path
                html = page.content()
                assert "<script>window.__xss" not in html, path
                assert page.locator("img[src=x]").count() == 0, path
                assert page.locator("a[href^='javascript:']").count() == 0, path
            page.goto(url + f"/documents/{doc_id}")
            assert "<script>window.__xss = 1" in page.locator("h1").inner_text()
            assert watched.dialogs == []
            page.screenshot(path=str(tmp_path / "xss.png"))
        finally:
            context.close()
