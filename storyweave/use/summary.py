"""A readable overview of a knowledge base (what `make demo` prints)."""
from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table

from ..store import Store


def counts(store: Store) -> dict[str, int]:
    q = store.conn.execute
    return {
        "documents": q("SELECT COUNT(*) FROM documents").fetchone()[0],
        "duplicates": q("SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL").fetchone()[0],
        "removed spans": q("SELECT COUNT(*) FROM removed").fetchone()[0],
        "entities": q("SELECT COUNT(*) FROM entities").fetchone()[0],
        "facts": q("SELECT COUNT(*) FROM facts").fetchone()[0],
        "conflicts": q("SELECT COUNT(*) FROM conflicts").fetchone()[0],
        "quotes": q("SELECT COUNT(*) FROM quotes").fetchone()[0],
    }


def print_summary(store: Store, console: Console) -> None:
    table = Table(title=f"storyweave knowledge base: {store.target}")
    table.add_column("what")
    table.add_column("count", justify="right")
    for name, n in counts(store).items():
        table.add_row(name, str(n))
    console.print(table)
    _print_documents(store, console)


def _print_documents(store: Store, console: Console) -> None:
    table = Table(title="documents")
    for col in ("id", "title", "outlet", "published", "junk removed", "copy of"):
        table.add_column(col, overflow="fold")
    for d in store.documents():
        reasons = Counter(r.reason for r in d.removed)
        junk = ", ".join(f"{k}×{v}" for k, v in sorted(reasons.items())) or "-"
        p = d.published
        when = f"{p.earliest or '?'}..{p.latest or '?'}" + (" (inferred)" if p.inferred else "")
        table.add_row(d.id[:8], d.title[:60], d.outlet or "-", when, junk,
                      (d.duplicate_of or "-")[:8])
    console.print(table)
