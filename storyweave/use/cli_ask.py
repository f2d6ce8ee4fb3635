"""`storyweave ask "QUESTION"`: an answer with the sentences and sources behind it."""
from __future__ import annotations

import json
from typing import Optional

import typer
from rich.console import Console


def register(app: typer.Typer) -> None:
    @app.command()
    def ask(question: str = typer.Argument(..., help="A question in English, in quotes."),
            db: Optional[str] = typer.Option(None, "--db", help="Store: a SQLite file or a "
                                             "postgresql:// URL (default: "
                                             "$STORYWEAVE_DB or ./storyweave.db)."),
            as_json: bool = typer.Option(False, "--json", help="Print the answer as JSON.")):
        """Answer a question from the knowledge base, citing the sentences behind it."""
        from ..kb import KnowledgeBase
        from .ask import answer
        out = Console(highlight=False, soft_wrap=True)
        with KnowledgeBase(db) as kb:
            result = answer(kb, question)
        if as_json:
            typer.echo(json.dumps(result.as_json(), ensure_ascii=False, indent=1))
            return
        print_answer(result, out)


def print_answer(a, out: Console) -> None:
    out.print(a.text, markup=False)
    if a.disputed:
        out.print("[bold]Sources disagree:[/bold]")
        for side in a.sides:
            out.print(f"  • {side['answer']}", markup=False)
            for c in side["citations"]:
                out.print(f"      “{_line(c['text'])}” — {_source(c)}", markup=False)
    for note in a.notes:
        out.print(f"note: {note}", markup=False)
    if a.citations:
        out.print("[bold]Sources:[/bold]")
        for i, c in enumerate(a.citations, 1):
            out.print(f"  [{i}] “{_line(c['text'])}”", markup=False)
            out.print(f"      {_source(c)}  [{c['document']}:{c['start']}-{c['end']}]",
                      markup=False)


def _line(text: str) -> str:
    return " ".join(text.split())


def _source(c: dict) -> str:
    parts = [c.get("outlet") or "unknown outlet", f"“{c['title']}”"]
    if c.get("published"):
        parts.append(c["published"])
    return ", ".join(parts)
