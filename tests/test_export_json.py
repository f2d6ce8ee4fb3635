"""The JSON export keeps the contract and its offsets slice the stored text exactly."""
from __future__ import annotations

from pathlib import Path

import pytest

from storyweave.kb import KnowledgeBase
from storyweave.use.export import export_json

from .conftest import CORPUS


@pytest.fixture
def db(any_db):
    """Every test here runs on SQLite and on PostgreSQL (see `any_db` in conftest.py)."""
    return any_db


def _export(paths: list[Path], db: Path) -> dict:
    with KnowledgeBase(db) as kb:
        kb.ingest(paths)
        return export_json(kb.store)


def test_export_json_contract_keys_and_document_fields(article_file: Path, db: Path):
    data = _export([article_file], db)
    [doc] = data["documents"]
    assert set(doc) >= {"id", "path", "title", "outlet", "text", "published", "removed",
                        "duplicate_of"}
    assert set(doc["published"]) == {"earliest", "latest", "inferred"}


def test_export_json_removed_spans_slice_the_text(article_file: Path, db: Path):
    data = _export([article_file], db)
    [doc] = data["documents"]
    assert any(r["text"].startswith("RELATED:") for r in doc["removed"])
    for r in doc["removed"]:
        assert doc["text"][r["start"]:r["end"]] == r["text"]


def test_export_json_every_offset_slices_the_stored_text(db: Path):
    data = _export([CORPUS], db)
    texts = {d["id"]: d["text"] for d in data["documents"]}
    for fact in data["facts"]:
        for ev in fact["evidence"]:
            assert texts[ev["document"]][ev["start"]:ev["end"]] == ev["text"]
    for quote in data["quotes"]:
        assert quote["text"] == texts[quote["document"]][quote["start"]:quote["end"]]


def test_export_json_is_deterministic(article_file: Path, new_store):
    first = _export([article_file], new_store("one"))
    second = _export([article_file], new_store("two"))
    assert first == second
