"""Server-rendered pages (Jinja2, autoescaped) over `storyweave.query`; no SQL here.

Page scripts live in static/js and get their data from the JSON API through data-attributes,
so the Content-Security-Policy can forbid inline scripts.
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import Optional
from urllib.parse import quote, urlencode

import jinja2
from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from ... import query
from ...errors import StoryweaveError
from ..api import BadQuery, settings

HERE = Path(__file__).parent
PER_PAGE = 50
STATUS_TEXT = {"agreed": "agreed", "single": "single source", "conflicting": "conflicting"}

env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                         undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
templates = Jinja2Templates(env=env)
router = APIRouter(include_in_schema=False)


def _q(value) -> str:
    """One path segment or query value, percent-encoded."""
    return quote(str(value), safe="")


def cite_url(ev: dict) -> str:
    """The document view scrolled to a span: /documents/ID?start=S&end=E#ev."""
    return (f"/documents/{_q(ev['document'])}?"
            + urlencode({"start": ev["start"], "end": ev["end"]}) + "#ev")


def entity_url(entity_id: str) -> str:
    return f"/entities/{_q(entity_id)}"


def status_badge(fact: dict) -> str:
    if fact["status"] == "agreed":
        return f"agreed ×{fact['sources']} sources"
    return STATUS_TEXT.get(fact["status"], fact["status"])


env.filters["q"] = _q
env.globals.update(cite_url=cite_url, entity_url=entity_url, status_badge=status_badge,
                   urlencode=urlencode)


def render(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
    context.setdefault("title", "storyweave")
    context.setdefault("q", "")
    context["ask_enabled"] = _ask_available()
    return templates.TemplateResponse(request, template, context, status_code=status)


def error_page(request: Request, exc: StoryweaveError, status: int) -> HTMLResponse:
    return render(request, "error.html", status, title=f"Error {status}", error=exc,
                  code=exc.code, http_status=status)


def mount(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(router)


def _ask_available() -> bool:
    from ..api_routes import ask_available
    return ask_available()


def pager(request: Request, page: dict) -> dict | None:
    """Previous/next links for a query.Page, keeping the other query parameters."""
    if page["total"] <= page["limit"]:
        return None
    number = page["offset"] // page["limit"] + 1
    pages = max(1, math.ceil(page["total"] / page["limit"]))

    def link(n: int) -> str:
        params = dict(request.query_params)
        params["page"] = str(n)
        return f"{request.url.path}?{urlencode(params)}"

    return {"number": number, "pages": pages, "total": page["total"],
            "prev": link(number - 1) if number > 1 else None,
            "next": link(number + 1) if number < pages else None}


def _offset(page: int) -> int:
    return (page - 1) * PER_PAGE


PageNo = Query(1, ge=1, le=100000, description="Page number.")


# --------------------------------------------------------------------------- pages

@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    with settings(request).kb() as kb:
        people = query.entities(kb, "person", limit=30)
        docs = query.documents(kb, limit=PER_PAGE)
        conflicts = query.conflicts(kb, limit=10)
        quotes = query.speakers(kb)[:10]
    return render(request, "home.html", people=people, docs=docs, conflicts=conflicts,
                  speakers=quotes)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = Query("", max_length=200), page: int = PageNo):
    hits = None
    if q.strip():
        with settings(request).kb() as kb:
            hits = query.search_entities(kb, q, limit=PER_PAGE, offset=_offset(page))
    return render(request, "search.html", title=f"Search: {q}" if q else "Search", q=q,
                  hits=hits, pager=pager(request, hits) if hits else None)


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request, type: Optional[str] = Query(None, max_length=20),  # noqa: A002
             page: int = PageNo):
    with settings(request).kb() as kb:
        found = query.entities(kb, type or None, limit=PER_PAGE, offset=_offset(page))
    return render(request, "entities.html", title="Entities", found=found, type=type or "",
                  pager=pager(request, found))


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def dossier(request: Request, entity_id: str):
    with settings(request).kb() as kb:
        d = query.dossier(kb, entity_id)
        partners = _partners(d)
    return render(request, "entity.html", title=d["entity"]["name"], d=d, partners=partners)


def _partners(d: dict) -> list[dict]:
    """Entities this one has a pair relation with (for 'timeline with …' links)."""
    me, out = d["entity"]["id"], {}
    for group in d["facts"]:
        for f in group["facts"]:
            other = f["object"] if f["subject"] == me else f["subject"]
            if f["object"] and other and other != me and f["predicate"] in query.RELATIONS:
                out.setdefault(other, {"id": other, "name": f["object_name"]
                                       if f["subject"] == me else f["subject_name"]})
    return list(out.values())


@router.get("/entities/{entity_id}/timeline", response_class=HTMLResponse)
def timeline(request: Request, entity_id: str,
             with_: Optional[str] = Query(None, alias="with", max_length=300)):
    with settings(request).kb() as kb:
        t = query.timeline(kb, entity_id, with_ or None)
    src = f"/api/entities/{_q(entity_id)}/timeline"
    if with_:
        src += "?" + urlencode({"with": with_})
    name = t["entity"]["name"] + (f" and {t['other']['name']}" if t["other"] else "")
    return render(request, "timeline.html", title=f"Timeline: {name}", t=t, name=name, src=src)


@router.get("/conflicts", response_class=HTMLResponse)
def conflicts(request: Request, page: int = PageNo):
    with settings(request).kb() as kb:
        found = query.conflicts(kb, limit=PER_PAGE, offset=_offset(page))
    return render(request, "conflicts.html", title="Conflicts", found=found,
                  pager=pager(request, found))


@router.get("/conflicts/{conflict_id}", response_class=HTMLResponse)
def conflict(request: Request, conflict_id: str):
    with settings(request).kb() as kb:
        c = query.conflict(kb, conflict_id)
    return render(request, "conflict.html", title=f"Conflict: {c['subject_name']}", c=c)


@router.get("/facts", response_class=HTMLResponse)
def facts(request: Request, predicate: Optional[str] = Query(None, max_length=100),
          page: int = PageNo):
    with settings(request).kb() as kb:
        found = query.facts(kb, predicate or None, limit=PER_PAGE, offset=_offset(page))
        predicates = query.predicates(kb)
    return render(request, "facts.html", title="Facts", found=found, predicate=predicate or "",
                  predicates=predicates, pager=pager(request, found))


@router.get("/graph", response_class=HTMLResponse)
def graph(request: Request, include: str = Query("people", pattern="^(people|all)$")):
    with settings(request).kb() as kb:
        g = query.graph(kb, include)
    return render(request, "graph.html", title="Relationship graph", g=g, include=include,
                  src="/api/graph?" + urlencode({"include": include}))


@router.get("/quotes", response_class=HTMLResponse)
def quotes(request: Request, speaker: Optional[str] = Query(None, max_length=300),
           outlet: Optional[str] = Query(None, max_length=200), page: int = PageNo):
    with settings(request).kb() as kb:
        who = query.entity(kb, speaker) if speaker else None
        found = query.quotes(kb, speaker or None, outlet or None, limit=PER_PAGE,
                             offset=_offset(page))
        speakers, outlets = query.speakers(kb), query.outlets(kb)
    return render(request, "quotes.html", title="Quotes", found=found, who=who,
                  speaker=speaker or "", outlet=outlet or "", speakers=speakers,
                  outlets=outlets, pager=pager(request, found))


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, page: int = PageNo):
    with settings(request).kb() as kb:
        found = query.documents(kb, limit=PER_PAGE, offset=_offset(page))
    return render(request, "documents.html", title="Documents", found=found,
                  pager=pager(request, found))


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document(request: Request, document_id: str,
             start: Optional[int] = Query(None, ge=0), end: Optional[int] = Query(None, ge=0)):
    with settings(request).kb() as kb:
        d = query.document(kb, document_id)
        quoted = query.quotes(kb, document=document_id, limit=query.MAX_LIMIT)
    highlight = None
    if start is not None or end is not None:
        if start is None or end is None or not start < end <= len(d["text"]):
            raise BadQuery(f"the span {start}..{end} is not inside this document "
                           f"(0..{len(d['text'])})")
        highlight = (start, end)
    return render(request, "document.html", title=d["title"], d=d, highlight=highlight,
                  segments=segments(d["text"], d["removed"], highlight), quotes=quoted)


def segments(text: str, removed: list[dict], highlight: tuple[int, int] | None) -> list[dict]:
    """The text cut where junk or the highlighted span starts or ends:
    [{text, junk: reason | None, mark: bool, anchor: bool}] (anchor on the first marked piece)."""
    cuts = {0, len(text)}
    for r in removed:
        cuts |= {max(0, min(r["start"], len(text))), max(0, min(r["end"], len(text)))}
    if highlight:
        cuts |= set(highlight)
    bounds = sorted(cuts)
    out, anchored = [], False
    for lo, hi in zip(bounds, bounds[1:]):
        if lo == hi:
            continue
        junk = next((r["reason"] for r in removed if r["start"] <= lo and hi <= r["end"]), None)
        mark = bool(highlight and highlight[0] <= lo and hi <= highlight[1])
        out.append({"text": text[lo:hi], "junk": junk, "mark": mark,
                    "anchor": mark and not anchored})
        anchored = anchored or mark
    return out


@router.get("/ask", response_class=HTMLResponse)
def ask(request: Request, q: str = Query("", max_length=500)):
    from ..api_routes import answer
    result, error = None, None
    if q.strip():
        try:
            with settings(request).kb() as kb:
                result = answer(kb, q)
        except StoryweaveError as exc:
            error = exc
    return render(request, "ask.html", title="Ask", question=q, result=result, error=error,
                  view=_answer_view(result) if isinstance(result, dict) else None)


def _answer_view(result: dict) -> dict:
    """Answer text and citations from the ask module's JSON, whatever its exact key names."""
    text = next((result[k] for k in ("answer", "text", "summary") if isinstance(result.get(k), str)),
                None)
    cites = next((result[k] for k in ("citations", "evidence", "sources")
                  if isinstance(result.get(k), list)), [])
    clean = [c for c in cites if isinstance(c, dict) and {"document", "start", "end"} <= set(c)]
    notes = [n for n in result.get("notes", []) if isinstance(n, str)]
    return {"text": text, "citations": clean, "notes": notes}


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    schema = request.app.openapi()
    ops = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description", "")} for p in op.get("parameters", [])]
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "tag": (op.get("tags") or ["other"])[0], "params": params,
                        "body": "requestBody" in op})
    return render(request, "docs.html", title="API reference", ops=ops,
                  description=schema.get("info", {}).get("description", ""))
