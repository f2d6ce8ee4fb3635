"""`storyweave show ENTITY`: one entity with its names, why they were merged, and its mentions."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from ..errors import NotFound
from ..kb import KnowledgeBase


def find_entity(kb: KnowledgeBase, name: str) -> str:
    """The id of the entity whose name or alias is `name` (case-insensitive)."""
    row = kb.store.conn.execute(
        "SELECT e.id FROM entities e LEFT JOIN aliases a ON a.entity_id = e.id "
        "WHERE lower(e.name) = lower(?) OR lower(a.name) = lower(?) ORDER BY e.id LIMIT 1",
        (name, name)).fetchone()
    if row is None:
        raise NotFound(f"no entity is called {name!r} in {kb.store.target}")
    return row["id"]


def print_entity(kb: KnowledgeBase, name: str, console: Console) -> None:
    conn = kb.store.conn
    entity_id = find_entity(kb, name)
    e = conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
    console.print(f"[bold]{escape(e['name'])}[/bold] ({e['type']}, {escape(e['id'])})")
    for a in conn.execute("SELECT * FROM aliases WHERE entity_id = ? ORDER BY rowid", (entity_id,)):
        where = f" [{a['document_id']}:{a['start']}-{a['end']}]" if a["document_id"] else ""
        console.print(escape(f"  alias {a['name']!r}: {a['reason']}{where}"), highlight=False)
    for m in conn.execute("SELECT document_id, COUNT(*) n FROM mentions WHERE entity_id = ? "
                          "GROUP BY document_id ORDER BY document_id", (entity_id,)):
        console.print(f"  {m['n']} mentions in {m['document_id']}")
    for q in conn.execute("SELECT * FROM quotes WHERE speaker = ? ORDER BY document_id, start",
                          (entity_id,)):
        console.print(escape(f"  said: “{q['text'][:100]}” ({q['outlet'] or 'no outlet'})"),
                      highlight=False)
