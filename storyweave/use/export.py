"""Exports of the knowledge base; JSON follows the contract in PRODUCT.md exactly."""
from __future__ import annotations

import json
from pathlib import Path

from ..model import Document
from ..store import Store
from ..store import knowledge

FORMATS = ("json",)


def export_json(store: Store) -> dict:
    """The whole knowledge base as one JSON-ready object, in a deterministic order."""
    return {
        "documents": [document_json(d) for d in store.documents()],
        "entities": knowledge.entities(store.conn),
        "facts": knowledge.facts(store.conn),
        "conflicts": knowledge.conflicts(store.conn),
        "quotes": knowledge.quotes(store.conn),
    }


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
