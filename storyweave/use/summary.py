"""A readable overview of a knowledge base (what `make demo` prints)."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .. import query
from ..store import Store


def counts(store: Store) -> dict[str, int]:
    q = store.conn.execute
    return {
        "documents": q("SELECT COUNT(*) FROM documents").fetchone()[0],
        "syndicated copies": q("SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL").fetchone()[0],
        "junk spans removed": q("SELECT COUNT(*) FROM removed").fetchone()[0],
        "entities": q("SELECT COUNT(*) FROM entities").fetchone()[0],
        "facts": q("SELECT COUNT(*) FROM facts").fetchone()[0],
        "conflicts": q("SELECT COUNT(*) FROM conflicts").fetchone()[0],
        "quotes": q("SELECT COUNT(*) FROM quotes").fetchone()[0],
    }


def print_summary(store: Store, console: Console) -> None:
    console.print(f"[bold]storyweave knowledge base[/bold] {escape(store.target)}: " + ", ".join(
        f"{n} {name}" for name, n in counts(store).items()))
    _documents(store, console)
    _people(store, console)
    _conflicts(store, console)


def _documents(store: Store, console: Console) -> None:
    table = Table(title="documents", title_justify="left", expand=True)
    for col, width in (("title", 40), ("outlet", 14), ("published", 12), ("junk", 5), ("copy of", 9)):
        table.add_column(col, max_width=width, overflow="ellipsis", no_wrap=col != "title")
    for d in store.documents():
        p = d.published
        when = str(p.earliest) if p.earliest == p.latest else f"≥{p.earliest}" if p.earliest else "?"
        table.add_row(escape(d.title), escape(d.outlet or "-"), when, str(len(d.removed)),
                      escape(_title_of(store, d.duplicate_of)))
    console.print(table)


def _title_of(store: Store, document_id: str | None) -> str:
    doc = store.document(document_id) if document_id else None
    return doc.title[:30] if doc else "-"


def _people(store: Store, console: Console) -> None:
    table = Table(title="people most written about", title_justify="left", expand=True)
    for col in ("name", "also called", "facts", "quotes"):
        table.add_column(col, overflow="fold")
    rows = store.conn.execute(
        "SELECT e.id, e.name, COUNT(*) n FROM entities e JOIN mentions m ON m.entity_id = e.id "
        "WHERE e.type = 'person' GROUP BY e.id ORDER BY n DESC, e.id LIMIT 8").fetchall()
    for r in rows:
        head = query.entity(store, r["id"])
        facts = store.conn.execute("SELECT COUNT(*) FROM facts WHERE subject = ? OR object = ?",
                                   (r["id"], r["id"])).fetchone()[0]
        said = store.conn.execute("SELECT COUNT(*) FROM quotes WHERE speaker = ?",
                                  (r["id"],)).fetchone()[0]
        table.add_row(escape(r["name"]), escape(", ".join(head["aliases"][:6])), str(facts), str(said))
    console.print(table)


def _conflicts(store: Store, console: Console) -> None:
    items = query.conflicts(store, limit=10)["items"]
    if items:
        console.print("[bold]where the sources disagree[/bold]")
    for c in items:
        console.print(f"  • {escape(c['explanation'])}", highlight=False)
