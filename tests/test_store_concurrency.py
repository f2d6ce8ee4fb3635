"""Several processes ingesting overlapping sets of articles into one store at once (a SQLite
file, and a PostgreSQL database when STORYWEAVE_PG_DSN is set).

Two processes open the (new, unmigrated) store and analyse their files; when both are ready
they and the test process itself (a third writer, whose model is already loaded) save at the
same moment, so the same documents race each other. Nothing may be
stored twice or lost, no save may fail, and the knowledge base must equal a single-process
ingest of the same documents in the order they were committed (`documents.seq`): writers are
serialized (SQLite's write lock, PostgreSQL's advisory lock), and the result of an ingest
depends on its order (which copy is the original, which entity gets the plain id).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storyweave.ingest import read_paths
from storyweave.kb import KnowledgeBase
from storyweave.prepare import prepare
from storyweave.understand import understand
from storyweave.use.export import export_json

from .conftest import CORPUS, ROOT

DRIVER = r"""
import json, sys, time
from pathlib import Path
from storyweave.ingest import read_paths
from storyweave.kb import KnowledgeBase
from storyweave.prepare import prepare
from storyweave.understand import understand

db, ready, go, *files = sys.argv[1:]
with KnowledgeBase(db) as kb:
    analyses = understand([prepare(a) for a in read_paths(Path(f) for f in files)])
    Path(ready).touch()
    deadline = time.time() + 120
    while not Path(go).exists() and time.time() < deadline:
        time.sleep(0.01)
    report = kb.add_analyses(analyses)
print(json.dumps([e._asdict() for e in report.events]))
"""

TABLES = ("documents", "removed", "document_bands", "document_signatures", "mentions", "claims",
          "quotes", "entities", "aliases", "entity_names", "entity_keys", "facts", "fact_claims",
          "conflicts", "conflict_facts")


def _files() -> list[str]:
    return sorted(str(p) for p in CORPUS.rglob("*") if p.is_file() and not p.name.startswith("."))


@pytest.fixture(scope="module")
def analyses() -> dict[str, object]:
    """Every corpus document's analysis, by document id (what each process computes too)."""
    found = understand([prepare(a) for a in read_paths(Path(f) for f in _files())])
    return {a.document.id: a for a in found}


def test_store_concurrent_ingest_equals_a_serial_ingest(new_store, tmp_path: Path, analyses):
    target = str(new_store("shared"))
    files = _files()
    sets = [files[::-1], files[::2]]  # overlapping, in different orders, beside `files` below
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    go = tmp_path / "go"
    procs = []
    for i, chosen in enumerate(sets):
        cmd = [sys.executable, "-c", DRIVER, target, str(tmp_path / f"ready{i}"), str(go), *chosen]
        procs.append(subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      text=True, env=env, cwd=tmp_path))
    try:
        deadline = time.time() + 180
        while not all((tmp_path / f"ready{i}").exists() for i in range(len(sets))):
            assert all(p.poll() is None for p in procs), [p.communicate() for p in procs]
            assert time.time() < deadline, "the ingest processes did not get ready"
            time.sleep(0.05)
        go.touch()  # all save at once: the two processes and this one (every file, in order)
        with KnowledgeBase(target) as kb:
            mine = kb.add_analyses(analyses[d] for d in analyses)
        outputs = [p.communicate(timeout=180) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    for p, (out, err) in zip(procs, outputs):
        assert p.returncode == 0, err
    events = [e for out, _ in outputs for e in json.loads(out)]
    events += [e._asdict() for e in mine.events]
    assert not [e for e in events if e["status"] == "error"]
    stored = [e["document"] for e in events if e["status"] in ("added", "duplicate")]
    assert sorted(stored) == sorted(set(stored)) == sorted(analyses)  # each saved exactly once

    with KnowledgeBase(target) as kb:
        conn = kb.store.conn
        order = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY seq")]
        seqs = [r[0] for r in conn.execute("SELECT seq FROM documents ORDER BY seq")]
        counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
        concurrent = export_json(kb.store)
    assert sorted(order) == sorted(analyses) and seqs == list(range(1, len(order) + 1))

    with KnowledgeBase(new_store("serial")) as kb:  # one process, the same commit order
        report = kb.add_analyses(analyses[i] for i in order)
        assert {e.status for e in report.events} <= {"added", "duplicate"}
        serial_counts = {t: kb.store.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                         for t in TABLES}
        serial = export_json(kb.store)
    assert counts == serial_counts
    for key in serial:
        assert concurrent[key] == serial[key], key
