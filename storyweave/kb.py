"""The library API: a knowledge base over a store, fed by `ingest`, read by everything else."""
from __future__ import annotations

import itertools
import logging
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from .clean.duplicates import signature
from .clean.kept import kept_text
from .clean.published import pin_to_text_days
from .errors import InputError
from .ingest import read_paths
from .model import Document, DocumentAnalysis
from .prepare import prepare
from .store import Store, open_store
from .understand import understand
from .understand.claims.agreement import agreed_published

DEFAULT_DB = "storyweave.db"
BATCH = 16  # documents parsed together; small enough to show progress, big enough for nlp.pipe
SAVE_BATCH = 64  # documents stored per transaction (one commit, not one per document)
MAX_DATING_ROUNDS = 5  # chains of documents dating each other are short
log = logging.getLogger("storyweave")


class IngestEvent(NamedTuple):
    """What happened to one input: added, unchanged, duplicate (a syndicated copy) or error."""

    source: str
    status: str
    document: str | None = None
    message: str = ""


@dataclass
class IngestReport:
    events: list[IngestEvent] = field(default_factory=list)

    def counts(self) -> Counter:
        return Counter(e.status for e in self.events)

    @property
    def ingested(self) -> int:
        c = self.counts()
        return c["added"] + c["duplicate"]


def default_db() -> str:
    return os.environ.get("STORYWEAVE_DB") or DEFAULT_DB


class KnowledgeBase:
    """A storyweave knowledge base stored at `db` (a SQLite file; default `storyweave.db`)."""

    def __init__(self, db: str | Path | None = None):
        self.store: Store = open_store(db or default_db())

    def ingest(self, paths: Iterable[str | Path],
               on_event: Callable[[IngestEvent], None] | None = None,
               engine: str = "local", workers: int | None = None) -> IngestReport:
        """Read, clean, understand and store every article under `paths`; bad inputs are
        reported as events and never stop the batch. `engine="ray"` runs the per-document
        stages on Ray (`workers` actors; see storyweave.engine.ray) for the same result."""
        if engine == "ray":
            from .engine.ray import ingest_with_ray
            return ingest_with_ray(self, paths, workers=workers or 2, on_event=on_event)
        if engine != "local":
            from .errors import ConfigError
            raise ConfigError(f"unknown engine {engine!r}; choose local or ray")
        report = IngestReport()
        emit = _emitter(report, on_event)
        pending: list[Document] = []
        for item in read_paths(Path(p) for p in paths):
            if isinstance(item, InputError):
                emit(IngestEvent(_source(item), "error", None, str(item)))
                continue
            pending.append(prepare(item))
            if len(pending) >= BATCH:
                self._ingest_batch(pending, emit)
                pending = []
        self._ingest_batch(pending, emit)
        return report

    def _ingest_batch(self, docs: list[Document], emit) -> None:
        fresh = _first_of_each(d for d in docs if not self.store.has_document(d.id))
        for doc in docs:
            if doc not in fresh:
                emit(IngestEvent(doc.path, "unchanged", doc.id, "already in the knowledge base"))
        for event in self._save_all(list(understand(fresh)) if fresh else []):
            emit(event)

    def add_analyses(self, analyses: Iterable[DocumentAnalysis],
                     on_event: Callable[[IngestEvent], None] | None = None) -> IngestReport:
        """Store documents analysed elsewhere (another process, a Ray worker, a generator);
        each is integrated exactly as `ingest` would."""
        report = IngestReport()
        emit = _emitter(report, on_event)
        items = iter(analyses)
        while batch := list(itertools.islice(items, SAVE_BATCH)):
            for event in self._save_all(batch):
                emit(event)
        return report

    def rebuild(self) -> None:
        """Recompute every entity, fact and conflict from the stored analyses, in one
        transaction (incremental ingest must give the same knowledge base)."""
        with self.store.transaction():
            self.store.rebuild()

    def _save_all(self, analyses: list[DocumentAnalysis]) -> list[IngestEvent]:
        """Store a batch in one transaction, each document in a savepoint of its own: a
        document that fails is rolled back alone. One commit per batch, because a commit per
        document (with the WAL checkpoints it triggers) was the largest cost of a save."""
        if not analyses:
            return []
        try:
            with self.store.transaction():
                return [self._save_safely(a) for a in analyses]
        except Exception as exc:  # noqa: BLE001 - no writer lock, or the commit failed
            return [_failed(a.document, exc) for a in analyses]

    def _date_by_agreement(self, document_ids: list[str]) -> None:
        """Cross-document dating: an undated article's "died Thursday" against another
        outlet's "died Thursday, December 11, 2008" dates it to that week; its claims are then
        read again (understand.claims.agreement). Narrowing only, so this ends; a document
        dated in one round may date others in the next."""
        pending = self.store.datable_documents(document_ids)
        for _ in range(MAX_DATING_ROUNDS):
            changed = [d for d in pending if self._redate(d)]
            if not changed:
                return
            pending = self.store.datable_documents(changed)

    def _redate(self, document_id: str) -> bool:
        doc = self.store.document(document_id)
        own, references = self.store.one_time_claims(document_id)
        published = agreed_published(doc.text, doc.published, own, references, births=True) \
            if doc and own and references else None
        if published is None:
            return False
        published = pin_to_text_days(doc.text, published)
        try:
            with self.store.savepoint():
                self.store.replace_claims(understand([doc.with_(published=published)])[0])
        except Exception as exc:  # noqa: BLE001 - the document keeps its window; say so
            log.warning("%s: not re-dated (%s: %s)", doc.path, type(exc).__name__, exc)
            return False
        return True

    def _save_safely(self, analysis: DocumentAnalysis) -> IngestEvent:
        """Store one document; a failure rolls it back whole and the batch goes on."""
        try:
            return self._save(analysis)
        except Exception as exc:  # noqa: BLE001 - reported per document, never fatal to a batch
            return _failed(analysis.document, exc)

    def _save(self, analysis: DocumentAnalysis) -> IngestEvent:
        doc = analysis.document
        if self.store.has_document(doc.id):  # stored before, or earlier in this batch
            return IngestEvent(doc.path, "unchanged", doc.id, "already in the knowledge base")
        sig = signature(kept_text(doc.text, doc.removed))
        with self.store.savepoint():
            original = self.store.find_original(sig)
            doc = doc.with_(duplicate_of=original)
            self.store.insert_document(doc, sig)
            self.store.insert_analysis(analysis)
            self.store.integrate(doc.id)  # entities, facts and conflicts it touches
            self._date_by_agreement([doc.id])  # here, not per batch: batches must not matter
        if original:
            return IngestEvent(doc.path, "duplicate", doc.id, f"a copy of {original}")
        return IngestEvent(doc.path, "added", doc.id, "")

    def documents(self) -> list[Document]:
        return self.store.documents()

    def document(self, document_id: str) -> Document | None:
        return self.store.document(document_id)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _emitter(report: IngestReport, on_event):
    def emit(event: IngestEvent) -> None:
        report.events.append(event)
        if on_event:
            on_event(event)
    return emit


def _failed(doc: Document, exc: Exception) -> IngestEvent:
    return IngestEvent(doc.path, "error", doc.id,
                       f"{doc.path}: not stored ({type(exc).__name__}: {exc})")


def _first_of_each(docs: Iterable[Document]) -> list[Document]:
    """Drop repeats of the same content within one batch (the second is 'unchanged')."""
    seen: dict[str, Document] = {}
    for d in docs:
        seen.setdefault(d.id, d)
    return list(seen.values())


def _source(error: InputError) -> str:
    return str(error).split(": ", 1)[0]
