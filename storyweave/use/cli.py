"""The `storyweave` command: a thin layer over the library API (storyweave.kb)."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                           TimeElapsedColumn)
from rich.text import Text

from .. import __version__
from ..errors import NotFound, StoryweaveError
from ..kb import IngestEvent, KnowledgeBase, default_db
from . import export as exporting
from .summary import print_summary

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Build a provenance-first knowledge base from news articles.")
bench_app = typer.Typer(no_args_is_help=True, help="Benchmarks on public data sets.")
app.add_typer(bench_app, name="bench")
out = Console()
err = Console(stderr=True)

DbOption = typer.Option(None, "--db", help="Store: a SQLite file or a postgresql:// URL "
                        "(default: $STORYWEAVE_DB or ./storyweave.db).")


def _version(value: bool) -> None:
    if value:
        out.print(f"storyweave {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(version: bool = typer.Option(False, "--version", callback=_version,
                                              is_eager=True, help="Show the version and exit.")):
    """storyweave: who is who, what happened when, who said what, and where sources disagree."""


@app.command()
def ingest(paths: list[Path] = typer.Argument(..., help="Files or folders of articles."),
           db: Optional[str] = DbOption,
           quiet: bool = typer.Option(False, "--quiet", "-q", help="Only print problems."),
           engine: str = typer.Option("local", "--engine", help="Where documents are "
                                      "understood: local (this process) or ray (Ray Data "
                                      "actors; RAY_ADDRESS joins an existing cluster)."),
           workers: int = typer.Option(2, "--workers", min=1, help="Ray actors (one spaCy "
                                       "model each); --engine ray only.")):
    """Read articles (txt, html, jsonl, warc) into the knowledge base."""
    if engine not in ("local", "ray"):
        _fail(StoryweaveError(f"unknown engine {engine!r}; choose local or ray"))
    missing = [p for p in paths if not p.exists()]
    for p in missing:
        err.print(f"[red]error[/red] {p}: no such file or folder")
    with KnowledgeBase(db) as kb, _progress(quiet) as progress:
        task = progress.add_task("ingesting", total=None)
        started = time.monotonic()

        def show(event: IngestEvent) -> None:
            progress.advance(task)
            _print_event(event, quiet, progress.console)

        report = kb.ingest([p for p in paths if p.exists()], on_event=show, engine=engine,
                           workers=workers)
    _finish(report, time.monotonic() - started)


class _RateColumn(ProgressColumn):
    """Documents per second so far."""

    def render(self, task) -> Text:
        rate = task.completed / task.elapsed if task.elapsed else 0.0
        return Text(f"{rate:.1f} docs/s")


def _progress(quiet: bool) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    _RateColumn(), TimeElapsedColumn(), console=err,
                    disable=quiet or not err.is_terminal, transient=True)


def _print_event(event: IngestEvent, quiet: bool, console: Console) -> None:
    if event.status == "error":
        err.print(f"[red]error[/red] {event.message}", highlight=False)
    elif not quiet:
        note = f" ({event.message})" if event.message and event.status != "unchanged" else ""
        out.print(f"{event.status:<9} {event.document or '':<16} {event.source}{note}",
                  highlight=False)


def _finish(report, seconds: float) -> None:
    c = report.counts()
    rate = report.ingested / seconds if seconds > 0 else 0.0
    out.print(f"added {c['added']}, duplicates {c['duplicate']}, unchanged {c['unchanged']}, "
              f"errors {c['error']} in {seconds:.1f} s ({rate:.1f} documents/s)")
    if report.ingested == 0 and c["unchanged"] == 0:
        err.print("[red]nothing was ingested[/red]")
        raise typer.Exit(1)


@app.command()
def export(fmt: str = typer.Option("json", "--format", "-f",
                                   help="Output format: json, jsonld, ttl, graphml or csv."),
           db: Optional[str] = DbOption,
           output: Optional[Path] = typer.Option(None, "-o", "--output", help="File to write "
                                                 "(default: standard output); a folder for csv.")):
    """Write the knowledge base in a standard format."""
    from . import exports
    if fmt not in exports.FORMATS:
        _fail(StoryweaveError(f"unknown format {fmt!r}; choose from {', '.join(exports.FORMATS)}"))
    if fmt == "csv" and output is None:
        _fail(StoryweaveError("the csv export writes one file per table: give a folder with -o DIR"))
    with KnowledgeBase(db) as kb:
        if fmt == "json":
            text = exporting.write_json(exporting.export_json(kb.store), output)
        else:
            text = exports.write(kb, fmt, output)
    if output is None:
        sys.stdout.write(text)
    else:
        err.print(f"wrote {output}")


@app.command()
def documents(db: Optional[str] = DbOption,
              as_json: bool = typer.Option(False, "--json", help="Print JSON.")):
    """List the documents in the knowledge base."""
    with KnowledgeBase(db) as kb:
        docs = kb.documents()
        if as_json:
            out.print_json(json.dumps([_doc_row(d) for d in docs]))
        else:
            for d in docs:
                out.print(f"{d.id}  {d.published.earliest or '?'}  {d.outlet or '-':<18} {d.title}",
                          highlight=False)


def _doc_row(d) -> dict:
    return {"id": d.id, "title": d.title, "path": d.path, "outlet": d.outlet,
            "published": d.published.as_json(), "duplicate_of": d.duplicate_of}


@app.command()
def show(entity: str = typer.Argument(..., help="A name or alias of the entity."),
         db: Optional[str] = DbOption):
    """Show an entity: names, aliases with merge reasons, mentions, facts and quotes."""
    with KnowledgeBase(db) as kb:
        from .show import print_entity
        try:
            print_entity(kb, entity, out)
        except NotFound as exc:
            _fail(exc)


@app.command()
def summary(db: Optional[str] = DbOption):
    """Print a readable overview of the knowledge base."""
    with KnowledgeBase(db) as kb:
        print_summary(kb.store, out)


@bench_app.command("time")
def bench_time(dataset: Path = typer.Argument(..., help="A folder laid out like tempeval3."),
               baseline: Optional[str] = typer.Option(None, help="Also run 'heideltime'."),
               limit: Optional[int] = typer.Option(None, help="Only the first N documents.")):
    """Temporal expressions: TempEval-3 style span and value scores."""
    from ..bench import time as bench
    bench.run(dataset, baseline=baseline, limit=limit)


@bench_app.command("quotes")
def bench_quotes(dataset: Path = typer.Argument(..., help="A folder laid out like polnear."),
                 baseline: Optional[str] = typer.Option(None, help="Also run 'textacy'."),
                 limit: Optional[int] = typer.Option(None, help="Only the first N documents.")):
    """Quotes: precision/recall and speaker accuracy on attribution data."""
    from ..bench import quotes as bench
    bench.run(dataset, baseline=baseline, limit=limit)


# Commands that live in their own modules register themselves here (one line each).
# --- command modules ---
from .serve import register as _register_serve; _register_serve(app)  # noqa: E402,E702
from . import cli_ask; cli_ask.register(app)  # noqa: E402,E702
# --- end of command modules ---


@bench_app.command("relations")
def bench_relations(dataset: Path = typer.Argument(..., help="A folder laid out like redocred."),
                    limit: Optional[int] = typer.Option(None, help="Only the first N documents.")):
    """Relations: per-relation precision/recall/F1 on Re-DocRED-style documents."""
    from ..bench import relations as bench
    bench.run(dataset, limit=limit)


@bench_app.command("throughput")
def bench_throughput(docs: int = typer.Option(200, "--docs", help="Synthetic documents to parse."),
                     seed: int = typer.Option(7, help="Corpus seed."),
                     ray: bool = typer.Option(False, "--ray", help="Also time the Ray engine "
                                              "with 1 and 2 workers."),
                     profile: bool = typer.Option(False, "--profile", help="Also print the "
                                                  "pipeline's top costs (cProfile).")):
    """Whole pipeline vs bare spaCy nlp.pipe on the same generated texts (words/s, ratio)."""
    from ..bench import throughput as bench
    bench.run(docs, seed=seed, ray=ray, profile=profile)


@bench_app.command("scale")
def bench_scale(docs: int = typer.Option(10000, "--docs", help="Synthetic documents to store."),
                seed: int = typer.Option(7, help="Corpus seed."),
                probes: int = typer.Option(20, help="Documents added one by one per size."),
                db: Optional[Path] = typer.Option(None, "--db", help="Keep the store here "
                                                  "(default: a temporary file).")):
    """Incremental add cost, query latency and peak RSS as the store grows (synthetic)."""
    from ..bench import scale as bench
    bench.run(docs, seed=seed, probes=probes, db=db)


@app.command()
def timeline(entity: str = typer.Argument(..., help="A name or alias of the entity."),
             other: Optional[str] = typer.Option(None, "--with", help="A second entity: the "
                                                 "timeline of their relationship."),
             db: Optional[str] = DbOption):
    """Dated facts of an entity (or of a relationship) in order; disputed ones as bands."""
    from .timeline import print_timeline
    with KnowledgeBase(db) as kb:
        try:
            print_timeline(kb, entity, other, out)
        except NotFound as exc:
            _fail(exc)


def _fail(exc: StoryweaveError) -> None:
    err.print(f"[red]error {exc.code}[/red]: {exc}", highlight=False)
    raise typer.Exit(1)


def main() -> None:
    try:
        app()
    except StoryweaveError as exc:
        err.print(f"[red]error {exc.code}[/red]: {exc}", highlight=False)
        sys.exit(1)
