"""The JSON endpoints under /api. Each opens the store for one request and calls
`storyweave.query`; no SQL here. Shapes are documented in the query modules."""
from __future__ import annotations

import dataclasses
import importlib.util
import tempfile
from pathlib import Path
from typing import Any, Literal, Optional

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, Field

from .. import query
from ..errors import InputError, StoryweaveError
from ..ingest import read_file
from ..kb import IngestEvent, KnowledgeBase
from ..prepare import prepare
from .api import NotImplementedYet, ReadOnly, settings

router = APIRouter(prefix="/api")

Limit = Query(query.DEFAULT_LIMIT, ge=1, le=query.MAX_LIMIT, description="Page size (1-500).")
Offset = Query(0, ge=0, description="Items to skip.")
ERRORS = {404: {"description": "Unknown id: {\"error\": {\"code\": \"E201\", ...}}"},
          422: {"description": "Bad parameter: {\"error\": {\"code\": \"E300\", ...}}"}}


# --------------------------------------------------------------------------- documents

@router.get("/documents", tags=["documents"], summary="Documents with stored text and removed spans")
def list_documents(request: Request, limit: int = Limit, offset: int = Offset) -> dict:
    with settings(request).kb() as kb:
        return query.documents(kb, limit, offset)


@router.get("/documents/{document_id}", tags=["documents"], responses=ERRORS,
            summary="One document: text, removed spans, publication, counts")
def get_document(request: Request, document_id: str) -> dict:
    with settings(request).kb() as kb:
        return query.document(kb, document_id)


# --------------------------------------------------------------------------- entities

@router.get("/entities", tags=["entities"], responses=ERRORS,
            summary="Search entities by any name or alias (exact, prefix, fuzzy); all without q")
def list_entities(request: Request,
                  q: Optional[str] = Query(None, max_length=200, description="Name or alias."),
                  type: Optional[Literal["person", "organization", "place", "work", "other"]]  # noqa: A002
                  = None, limit: int = Limit, offset: int = Offset) -> dict:
    with settings(request).kb() as kb:
        if q is not None:
            return query.search_entities(kb, q, type, limit, offset)
        return query.entities(kb, type, limit, offset)


@router.get("/entities/{entity_id}", tags=["entities"], responses=ERRORS,
            summary="Dossier: names, aliases with merge reasons, facts by predicate, "
            "conflicts, quotes, mentions per document")
def get_entity(request: Request, entity_id: str) -> dict:
    with settings(request).kb() as kb:
        return query.dossier(kb, entity_id)


@router.get("/entities/{entity_id}/facts", tags=["entities"], responses=ERRORS,
            summary="Facts where the entity is subject or object")
def entity_facts(request: Request, entity_id: str, predicate: Optional[str] = None,
                 limit: int = Limit, offset: int = Offset) -> dict:
    with settings(request).kb() as kb:
        query.entity(kb, entity_id)
        return query.facts(kb, predicate=predicate, subject=entity_id, limit=limit,
                           offset=offset)


@router.get("/entities/{entity_id}/conflicts", tags=["entities"], responses=ERRORS,
            summary="Conflicts that involve the entity")
def entity_conflicts(request: Request, entity_id: str, limit: int = Limit,
                     offset: int = Offset) -> dict:
    with settings(request).kb() as kb:
        query.entity(kb, entity_id)
        return query.conflicts(kb, entity=entity_id, limit=limit, offset=offset)


@router.get("/entities/{entity_id}/quotes", tags=["entities"], responses=ERRORS,
            summary="Quotes the entity said")
def entity_quotes(request: Request, entity_id: str, limit: int = Limit,
                  offset: int = Offset) -> dict:
    with settings(request).kb() as kb:
        query.entity(kb, entity_id)
        return query.quotes(kb, speaker=entity_id, limit=limit, offset=offset)


@router.get("/entities/{entity_id}/timeline", tags=["entities"], responses=ERRORS,
            summary="Dated facts in order (disputed ones as bands); with=OTHER for a pair")
def entity_timeline(request: Request, entity_id: str,
                    with_: Optional[str] = Query(None, alias="with",
                                                 description="A second entity id.")) -> dict:
    with settings(request).kb() as kb:
        return query.timeline(kb, entity_id, with_ or None)


# --------------------------------------------------------------------------- facts

@router.get("/predicates", tags=["facts"], summary="Predicates with their fact counts")
def list_predicates(request: Request) -> list[dict]:
    with settings(request).kb() as kb:
        return query.predicates(kb)


@router.get("/facts", tags=["facts"], responses=ERRORS,
            summary="Facts, optionally of one predicate, entity or status")
def list_facts(request: Request, predicate: Optional[str] = Query(None, max_length=100),
               entity: Optional[str] = Query(None, max_length=300),
               status: Optional[Literal["agreed", "single", "conflicting"]] = None,
               limit: int = Limit, offset: int = Offset) -> dict:
    with settings(request).kb() as kb:
        return query.facts(kb, predicate, entity, status, limit, offset)


@router.get("/facts/{fact_id}", tags=["facts"], responses=ERRORS, summary="One fact")
def get_fact(request: Request, fact_id: str) -> dict:
    with settings(request).kb() as kb:
        return query.fact(kb, fact_id)


@router.get("/conflicts", tags=["facts"], responses=ERRORS,
            summary="Conflicts: each side's value, sources and the explanation")
def list_conflicts(request: Request, entity: Optional[str] = Query(None, max_length=300),
                   predicate: Optional[str] = Query(None, max_length=100),
                   limit: int = Limit, offset: int = Offset) -> dict:
    with settings(request).kb() as kb:
        return query.conflicts(kb, entity, predicate, limit, offset)


@router.get("/conflicts/{conflict_id}", tags=["facts"], responses=ERRORS, summary="One conflict")
def get_conflict(request: Request, conflict_id: str) -> dict:
    with settings(request).kb() as kb:
        return query.conflict(kb, conflict_id)


@router.get("/evidence/{item_id}", tags=["facts"], responses=ERRORS,
            summary="The spans behind a fact, conflict, quote or claim (document, start, end, text)")
def get_evidence(request: Request, item_id: str) -> dict:
    with settings(request).kb() as kb:
        return query.evidence(kb, item_id)


# --------------------------------------------------------------------------- quotes, graph

@router.get("/quotes", tags=["quotes"], responses=ERRORS,
            summary="Quotes, optionally by speaker (entity id) or outlet (name)")
def list_quotes(request: Request, speaker: Optional[str] = Query(None, max_length=300),
                outlet: Optional[str] = Query(None, max_length=200),
                document: Optional[str] = Query(None, max_length=100),
                limit: int = Limit, offset: int = Offset) -> dict:
    with settings(request).kb() as kb:
        if speaker:
            query.entity(kb, speaker)
        return query.quotes(kb, speaker, outlet, document, limit, offset)


@router.get("/graph", tags=["entities"], summary="People and their relations as nodes and edges")
def get_graph(request: Request,
              include: Literal["people", "all"] = Query("people", description="people or all")
              ) -> dict:
    with settings(request).kb() as kb:
        return query.graph(kb, include)


# --------------------------------------------------------------------------- ingest

class IngestRequest(BaseModel):
    """One article file: its name decides the reader (.txt, .html, .jsonl, ...)."""

    filename: str = Field("article.txt", min_length=1, max_length=200,
                          pattern=r"^[^/\\\x00]+$", examples=["article.txt"])
    content: str = Field(..., min_length=1, description="The file's text (UTF-8).")


@router.post("/ingest", tags=["ingest"], status_code=201,
             responses={200: {"description": "Nothing new (unchanged or a duplicate)"},
                        403: {"description": "Read-only server (E403)"},
                        413: {"description": "Too large (E105)"},
                        422: {"description": "Not an article (E1xx) or bad body (E300)"}},
             summary="Ingest one article (only with --allow-ingest)")
def ingest(request: Request, body: IngestRequest, response: Response) -> dict:
    s = settings(request)
    if not s.allow_ingest:
        raise ReadOnly("this server is read-only; start it with --allow-ingest to add articles")
    events = ingest_text(s, body.filename, body.content)
    counts = {k: sum(e.status == k for e in events)
              for k in ("added", "duplicate", "unchanged", "error")}
    if not counts["added"]:
        response.status_code = 200
    return {"events": [e._asdict() for e in events], "counts": counts}


def ingest_text(s, filename: str, content: str) -> list[IngestEvent]:
    """Read `content` as the file `filename` with the CLI's readers (same rules, same errors),
    then store it; raises the reader's error when nothing in it is an article."""
    label = f"upload/{filename}"
    with tempfile.TemporaryDirectory(prefix="storyweave-upload-") as tmp:
        path = Path(tmp) / filename
        path.write_text(content, encoding="utf-8")
        items = list(read_file(path))

    def relabel(text: str) -> str:
        return text.replace(str(path), label)

    errors = [type(e)(relabel(str(e))) for e in items if isinstance(e, InputError)]
    articles = [dataclasses.replace(a, path=relabel(a.path))
                for a in items if not isinstance(a, InputError)]
    if not articles:
        raise errors[0] if errors else InputError(f"{label}: no article found")
    events = [IngestEvent(label, "error", None, str(e)) for e in errors]
    with s.kb() as kb:
        events += _store(kb, [prepare(a) for a in articles])
    return events


def _store(kb: KnowledgeBase, docs) -> list[IngestEvent]:
    """Store prepared documents exactly as `KnowledgeBase.ingest` does after reading files
    (dedup, understand, save, refresh). KnowledgeBase has no public per-document entry yet."""
    out: list[IngestEvent] = []
    kb._ingest_batch(docs, out.append)  # noqa: SLF001
    return out


# --------------------------------------------------------------------------- ask

class AskRequest(BaseModel):
    question: str = Field(..., min_length=1, max_length=500)


@router.get("/ask", tags=["ask"], responses={501: {"description": "No question answering (E501)"}},
            summary="Answer a question with citations")
def ask_get(request: Request, q: str = Query(..., min_length=1, max_length=500)) -> Any:
    with settings(request).kb() as kb:
        return answer(kb, q)


@router.post("/ask", tags=["ask"], responses={501: {"description": "No question answering (E501)"}},
             summary="Answer a question with citations")
def ask_post(request: Request, body: AskRequest) -> Any:
    with settings(request).kb() as kb:
        return answer(kb, body.question)


def ask_available() -> bool:
    return importlib.util.find_spec("storyweave.use.ask") is not None


def answer(kb: KnowledgeBase, question: str) -> Any:
    """`storyweave.use.ask.answer(kb, question)` as JSON; 501 when that module is absent."""
    if not ask_available():
        raise NotImplementedYet("question answering is not available: the module "
                                "storyweave.use.ask is not installed in this build")
    from . import ask
    return jsonable(ask.answer(kb, question))


def jsonable(value: Any) -> Any:
    if isinstance(value, StoryweaveError):
        raise value
    for method in ("as_json", "to_json", "as_dict", "_asdict"):
        fn = getattr(value, method, None)
        if callable(fn):
            return jsonable(fn())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return jsonable(dataclasses.asdict(value))
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
