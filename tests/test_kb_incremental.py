"""Incremental ingest gives the same knowledge base as a full rebuild."""
from __future__ import annotations

from pathlib import Path

from storyweave.kb import KnowledgeBase
from storyweave.use.export import export_json

from .conftest import CORPUS


def _corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and not p.name.startswith("."))


def test_kb_incremental_one_file_at_a_time_equals_rebuild(new_store):
    with KnowledgeBase(new_store("inc")) as kb:
        for path in _corpus_files():
            kb.ingest([path])
        incremental = export_json(kb.store)
        kb.rebuild()
        rebuilt = export_json(kb.store)
    assert incremental["facts"] and incremental["entities"]
    assert incremental == rebuilt


def test_kb_incremental_batches_equal_one_batch(new_store):
    with KnowledgeBase(new_store("one")) as kb:
        kb.ingest(_corpus_files())
        at_once = export_json(kb.store)
    with KnowledgeBase(new_store("two")) as kb:
        files = _corpus_files()
        kb.ingest(files[:3])
        kb.ingest(files[3:])
        in_two = export_json(kb.store)
    assert at_once == in_two


def test_kb_adding_a_document_keeps_unrelated_facts(tmp_path: Path, new_store):
    files = _corpus_files()
    other = tmp_path / "other.txt"
    other.write_text("Ferry Captain Retires\n\nCaptain Ilse Brandt retired on Friday after "
                     "thirty years. Brandt married Tomas Weil in 1990.\n")
    with KnowledgeBase(new_store("kb")) as kb:
        kb.ingest(files)
        before = {f["id"] for f in export_json(kb.store)["facts"]}
        kb.ingest([other])
        after = export_json(kb.store)
    assert before <= {f["id"] for f in after["facts"]}
    assert any(f["predicate"] == "marriage" and "brandt" in f["subject"] + (f["object"] or "")
               for f in after["facts"])
