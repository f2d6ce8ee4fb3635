"""`storyweave serve`: the REST API and the web pages over a store, with uvicorn."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..errors import StoreError
from ..kb import default_db
from ..store.dialect import is_postgres_url
from ..store.postgres import redact


def register(app: typer.Typer) -> None:
    app.command()(serve)


def serve(db: Optional[str] = typer.Option(None, "--db", help="Store: a SQLite file "
                                           "or a postgresql:// URL (default: "
                                           "$STORYWEAVE_DB or ./storyweave.db)."),
          host: str = typer.Option("127.0.0.1", help="Address to bind (default: this machine "
                                   "only)."),
          port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
          allow_ingest: bool = typer.Option(False, "--allow-ingest", help="Accept POST "
                                            "/api/ingest (the server is read-only without it).")):
    """Serve the knowledge base: web pages at /, JSON at /api, API reference at /docs."""
    import uvicorn

    from .api import create_app

    target = db or default_db()
    if not allow_ingest and not is_postgres_url(target) and not Path(target).exists():
        raise StoreError(f"no store at {target}: ingest articles first, or start with "
                         "--allow-ingest to create it")
    application = create_app(target, allow_ingest=allow_ingest)
    mode = "read-write (ingest allowed)" if allow_ingest else "read-only"
    typer.echo(f"storyweave: serving {redact(target)} ({mode}) at http://{host}:{port}/")
    uvicorn.run(application, host=host, port=port, log_level="warning", server_header=False)
