"""Ingest end to end: stored documents, idempotency, duplicates, transactions, bad batches."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from storyweave.kb import KnowledgeBase
from storyweave.store import documents as store_documents

from .conftest import ARTICLE


@pytest.fixture
def db(any_db):
    """Every test here runs on SQLite and on PostgreSQL (see `any_db` in conftest.py)."""
    return any_db


def test_kb_ingest_stores_document_with_stable_id(article_file: Path, db: Path):
    with KnowledgeBase(db) as kb:
        report = kb.ingest([article_file])
        [doc] = kb.documents()
    assert report.counts()["added"] == 1
    assert doc.text == ARTICLE and doc.title == "Harbor Lights Owner Opens Second Restaurant"
    assert len(doc.id) == 16 and doc.duplicate_of is None


def test_kb_ingest_twice_reports_unchanged(article_file: Path, db: Path):
    with KnowledgeBase(db) as kb:
        kb.ingest([article_file])
        before = kb.documents()
        second = kb.ingest([article_file])
        assert kb.documents() == before
    assert [e.status for e in second.events] == ["unchanged"]


def test_kb_ingest_same_content_in_two_files_is_stored_once(article_file: Path, db: Path):
    shutil.copy(article_file, article_file.with_name("copy.txt"))
    with KnowledgeBase(db) as kb:
        report = kb.ingest([article_file.parent])
        assert len(kb.documents()) == 1
    assert sorted(e.status for e in report.events) == ["added", "unchanged"]


def test_kb_ingest_marks_syndicated_copy(article_file: Path, db: Path):
    edited = ARTICLE.replace("Opens Second Restaurant", "Expands With A New Dining Room")
    edited = edited.replace("on Friday", "on Friday evening") + "\nMore in Food\n"
    article_file.with_name("syndicated.txt").write_text(edited)
    with KnowledgeBase(db) as kb:
        report = kb.ingest([article_file.parent])
        docs = {d.title: d for d in kb.documents()}
    original = docs["Harbor Lights Owner Opens Second Restaurant"]
    copy = docs["Harbor Lights Owner Expands With A New Dining Room"]
    assert copy.duplicate_of == original.id and original.duplicate_of is None
    assert report.counts()["duplicate"] == 1


def test_kb_ingest_unrelated_articles_are_not_copies(article_file: Path, db: Path):
    article_file.with_name("other.txt").write_text(
        "Ferry Schedule Changes\n\nThe island ferry will sail twice a day from March, the "
        "operator said, after a winter of cancelled crossings and complaints from commuters.\n")
    with KnowledgeBase(db) as kb:
        kb.ingest([article_file.parent])
        assert all(d.duplicate_of is None for d in kb.documents())


def test_kb_ingest_error_mid_document_rolls_back_and_batch_goes_on(
        article_file: Path, db: Path, monkeypatch: pytest.MonkeyPatch):
    article_file.with_name("second.txt").write_text("Second Story\n\nA different story entirely.\n")
    real_insert = store_documents.insert_document

    def failing_insert(conn, doc, sig):
        real_insert(conn, doc, sig)  # the document row is written, then the save fails
        if doc.title.startswith("Harbor"):
            raise RuntimeError("disk full")

    monkeypatch.setattr(store_documents, "insert_document", failing_insert)
    with KnowledgeBase(db) as kb:
        report = kb.ingest([article_file.parent])
        titles = [d.title for d in kb.documents()]
        leftovers = kb.store.conn.execute("SELECT COUNT(*) FROM removed").fetchone()[0]
    assert titles == ["Second Story"]
    assert leftovers == 0  # nothing of the failed document remains
    assert sorted(e.status for e in report.events) == ["added", "error"]
    assert "disk full" in [e for e in report.events if e.status == "error"][0].message


def test_kb_ingest_bad_files_do_not_stop_the_batch(article_file: Path, db: Path):
    folder = article_file.parent
    (folder / "empty.txt").write_text("")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n")
    with KnowledgeBase(db) as kb:
        report = kb.ingest([folder])
        assert len(kb.documents()) == 1
    assert report.counts() == {"added": 1, "error": 2}


def test_kb_ingest_migrations_are_recorded_by_name(db: Path):
    with KnowledgeBase(db) as kb:
        rows = kb.store.conn.execute("SELECT version, name FROM schema_migrations").fetchall()
    assert [tuple(r) for r in rows][0] == (1, "initial")
