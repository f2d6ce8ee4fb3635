"""The REST API and the web pages of a knowledge base, as one FastAPI app.

`create_app(db)` serves a store read-only: JSON under /api (OpenAPI schema at /openapi.json,
a readable offline reference at /docs) and server-rendered pages everywhere else. Ingest is
refused (403) unless the app was created with `allow_ingest=True`. Every error has one shape,
`{"error": {"code", "type", "message"}}` (`StoryweaveError.as_json()`); every response carries
a Content-Security-Policy that allows scripts from this server only.
"""
from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import InputError, NotFound, StoreError, StoryweaveError, TooLarge
from ..kb import KnowledgeBase
from ..query import BadQuery

__all__ = ["create_app", "ApiError", "ReadOnly", "NotImplementedYet", "MAX_BODY", "CSP"]

MAX_BODY = 5 * 1024 * 1024  # a request body over 5 MB is refused with 413 before it is read
# vis-timeline and cytoscape set inline style attributes, so styles (never scripts) may be inline.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class ApiError(StoryweaveError):
    """An HTTP-level problem (unknown route, wrong method, bad request)."""

    code = "E400"


class ReadOnly(StoryweaveError):
    """A write (ingest) on a server started without --allow-ingest."""

    code = "E403"


class NoRoute(ApiError):
    code = "E404"


class MethodNotAllowed(ApiError):
    code = "E405"


class NotImplementedYet(StoryweaveError):
    code = "E501"


class Internal(StoryweaveError):
    code = "E500"


def status_of(exc: StoryweaveError) -> int:
    """The HTTP status of an error: 404 unknown ids, 403 read-only, 413 too large, 422 bad input."""
    for kind, status in ((NotFound, 404), (NoRoute, 404), (ReadOnly, 403), (TooLarge, 413),
                         (MethodNotAllowed, 405), (BadQuery, 422), (InputError, 422),
                         (NotImplementedYet, 501), (StoreError, 500), (Internal, 500),
                         (ApiError, 400)):
        if isinstance(exc, kind):
            return status
    return 400


class Settings:
    """What a running app serves: the store file, whether it may write, the body limit."""

    def __init__(self, db: str | Path, allow_ingest: bool = False, max_body: int = MAX_BODY):
        self.db = str(db)
        self.allow_ingest = allow_ingest
        self.max_body = max_body

    @contextlib.contextmanager
    def kb(self) -> Iterator[KnowledgeBase]:
        """A knowledge base for one request (sqlite connections stay in one thread)."""
        kb = KnowledgeBase(self.db)
        try:
            yield kb
        finally:
            kb.close()


def settings(request: Request) -> Settings:
    return request.app.state.settings


def create_app(db: str | Path, allow_ingest: bool = False, max_body: int = MAX_BODY) -> FastAPI:
    """The app over the store at `db` (created if absent; empty stores are fine)."""
    from . import api_routes
    from .web import pages

    app = FastAPI(title="storyweave", version=_version(), docs_url=None, redoc_url=None,
                  description="Read a provenance-first knowledge base built from news "
                  "articles: entities, facts with evidence spans, conflicts, quotes, timelines. "
                  "Errors: {\"error\": {\"code\", \"type\", \"message\"}}.")
    app.state.settings = Settings(db, allow_ingest, max_body)
    with app.state.settings.kb():  # fail early on a file that is not a store
        pass
    app.include_router(api_routes.router)
    pages.mount(app)
    _handlers(app)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_bytes=max_body)
    return app


def _version() -> str:
    from .. import __version__
    return __version__


# --------------------------------------------------------------------------- errors

def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api") or path in ("/openapi.json",):
        return False
    return "text/html" in request.headers.get("accept", "")


def error_response(request: Request, exc: StoryweaveError, status: int | None = None):
    status = status or status_of(exc)
    if _wants_html(request):
        from .web.pages import error_page
        return error_page(request, exc, status)
    return JSONResponse(exc.as_json(), status_code=status)


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(StoryweaveError)
    async def _storyweave(request: Request, exc: StoryweaveError):
        return error_response(request, exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        problems = "; ".join(_problem(e) for e in exc.errors()) or "invalid request"
        err = BadQuery(problems)
        if _wants_html(request):
            return error_response(request, err, 422)
        body = err.as_json()
        body["error"]["details"] = [{"loc": [str(p) for p in e.get("loc", ())],
                                     "msg": str(e.get("msg", ""))} for e in exc.errors()]
        return JSONResponse(body, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        kind = {404: NoRoute, 405: MethodNotAllowed}.get(exc.status_code, ApiError)
        detail = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404:
            detail = f"no such page or endpoint: {request.url.path}"
        return error_response(request, kind(detail), exc.status_code)

    @app.exception_handler(sqlite3.Error)
    async def _sqlite(request: Request, exc: sqlite3.Error):
        return error_response(request, StoreError(f"store error: {exc}"), 500)

    try:  # the PostgreSQL store's errors, when its driver is installed
        import psycopg
    except ImportError:
        psycopg = None
    if psycopg is not None:
        @app.exception_handler(psycopg.Error)
        async def _postgres(request: Request, exc: psycopg.Error):
            return error_response(request, StoreError(f"store error: {exc}"), 500)


def _problem(e: dict) -> str:
    loc = ".".join(str(p) for p in e.get("loc", ()) if p not in ("query", "body", "path"))
    return f"{loc or 'request'}: {e.get('msg', 'invalid')}"


# --------------------------------------------------------------------------- middleware

class SecurityHeaders:
    """Adds the CSP and friends to every HTTP response (pure ASGI)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuses request bodies over `max_bytes` with 413, whether declared or streamed."""

    def __init__(self, app, max_bytes: int = MAX_BODY):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None:
            if not declared.isdigit():
                return await _reply(send, ApiError("bad Content-Length header"), 400)
            if int(declared) > self.max_bytes:
                return await _reply(send, self._too_large(int(declared)), 413)
        body, more = b"", True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.max_bytes:
                return await _reply(send, self._too_large(len(body)), 413)
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)

    def _too_large(self, size: int) -> TooLarge:
        return TooLarge(f"the request body ({size} bytes) is larger than the "
                        f"{self.max_bytes} byte limit")


async def _reply(send, exc: StoryweaveError, status: int) -> None:
    import json
    body = json.dumps(exc.as_json()).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()), *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})
