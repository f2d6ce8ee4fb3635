"""Saving documents in batches (one transaction per batch, a savepoint per document) and
rewriting only the facts and conflicts a document changes: the knowledge base must be the one
saving documents one at a time, or rebuilding it whole, gives (SQLite and PostgreSQL)."""
from __future__ import annotations

from storyweave.bench.synthetic import Corpus
from storyweave.kb import SAVE_BATCH, KnowledgeBase
from storyweave.store import facts as store_facts
from storyweave.use.export import export_json

DOCS = 2 * SAVE_BATCH + 10  # three batches, the last one short


def test_store_batched_saves_equal_single_saves_and_a_rebuild(new_store):
    corpus = Corpus(7, DOCS)
    with KnowledgeBase(new_store("batched")) as kb:
        report = kb.add_analyses(corpus.analyses(DOCS))
        assert report.counts()["error"] == 0 and report.ingested == DOCS
        batched = export_json(kb.store)
        kb.rebuild()  # every fact and conflict recomputed from scratch
        assert export_json(kb.store) == batched
    with KnowledgeBase(new_store("single")) as kb:
        for analysis in corpus.analyses(DOCS):
            kb.add_analyses([analysis])
        assert export_json(kb.store) == batched


def test_store_failed_document_rolls_back_alone_and_the_batch_goes_on(new_store, monkeypatch):
    analyses = list(Corpus(7, 200).analyses(30))
    bad = analyses[7].document.id
    real = store_facts.insert_claims

    def failing(conn, document_id, claims):
        real(conn, document_id, claims)
        if document_id == bad:  # an SQL error mid-document (PostgreSQL aborts the transaction)
            conn.execute("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setattr(store_facts, "insert_claims", failing)
    with KnowledgeBase(new_store("failed")) as kb:
        events = kb.add_analyses(analyses).events
        conn = kb.store.conn
        leftovers = conn.execute("SELECT COUNT(*) FROM claims WHERE document_id = ?",
                                 (bad,)).fetchone()[0]
        after = export_json(kb.store)
    errors = [e for e in events if e.status == "error"]
    assert len(events) == 30 and [e.document for e in errors] == [bad]
    assert "no_such_table" in errors[0].message and leftovers == 0
    with KnowledgeBase(new_store("without")) as kb:
        kb.add_analyses(a for a in analyses if a.document.id != bad)
        assert export_json(kb.store) == after
