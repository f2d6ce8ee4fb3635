"""`storyweave timeline ENTITY [--with OTHER]`: the dated facts, disputed ones as bands."""
from __future__ import annotations

from rich.console import Console

from ..consolidate.timeline import relationship_timeline, render_timeline, timeline
from ..kb import KnowledgeBase
from ..store.facts import stored_conflicts, stored_facts
from .show import find_entity


def print_timeline(kb: KnowledgeBase, name: str, other: str | None, console: Console) -> None:
    conn = kb.store.conn
    first = find_entity(kb, name)
    facts, conflicts = stored_facts(conn), stored_conflicts(conn)
    if other:
        items = relationship_timeline(first, find_entity(kb, other), facts, conflicts)
    else:
        items = timeline(first, facts, conflicts)
    names = {r[0]: r[1] for r in conn.execute("SELECT id, name FROM entities")}
    text = render_timeline(items, names)
    console.print(text or "no dated facts", highlight=False)
