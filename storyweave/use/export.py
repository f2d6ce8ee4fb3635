"""Exports of the knowledge base; JSON follows the contract in PRODUCT.md exactly."""
from __future__ import annotations

import json
from pathlib import Path

from ..model import Document
from ..store import Store
from ..store import knowledge
from ..store.facts import stored_conflicts, stored_facts
from ..consolidate.timeline import label, timeline

FORMATS = ("json",)


def export_json(store: Store) -> dict:
    """The whole knowledge base as one JSON-ready object, in a deterministic order."""
    return {
        "documents": [document_json(d) for d in store.documents()],
        "entities": knowledge.entities(store.conn),
        "facts": knowledge.facts(store.conn),
        "conflicts": knowledge.conflicts(store.conn),
        "quotes": knowledge.quotes(store.conn),
        "timelines": timelines_json(store),
    }


def timelines_json(store: Store) -> list[dict]:
    """Per person, the dated facts in order; a disputed item is a band over every side."""
    facts, conflicts = stored_facts(store.conn), stored_conflicts(store.conn)
    names = {r[0]: r[1] for r in store.conn.execute("SELECT id, name FROM entities")}
    people = [r[0] for r in store.conn.execute(
        "SELECT id FROM entities WHERE type = 'person' ORDER BY id")]
    out = []
    for person in people:
        items = [i for i in timeline(person, facts, conflicts) if i.interval is not None]
        if items:
            out.append({"entity": person, "items": [_item_json(i, names) for i in items]})
    return out


def _item_json(item, names: dict[str, str]) -> dict:
    band = item.interval
    return {"fact": item.fact_id, "predicate": item.predicate, "label": label(item.facts[0], names),
            "earliest": band.earliest.isoformat() if band.earliest else None,
            "latest": band.latest.isoformat() if band.latest else None,
            "status": item.status, "disputed": item.disputed, "conflict": item.conflict,
            "facts": [f.id for f in item.facts]}


def document_json(d: Document) -> dict:
    return {"id": d.id, "path": d.path, "title": d.title, "outlet": d.outlet, "url": d.url,
            "text": d.text, "published": d.published.as_json(),
            "removed": [{"start": r.start, "end": r.end, "text": r.text, "reason": r.reason}
                        for r in d.removed],
            "duplicate_of": d.duplicate_of}


def write_json(data: dict, target: Path | None) -> str:
    """Serialize (stable key order, UTF-8) to `target`, or return the text when None."""
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if target is not None:
        target.write_text(text, encoding="utf-8")
    return text
