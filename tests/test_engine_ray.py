"""The Ray engine builds the same knowledge base as the single-process path.

Runs `storyweave ingest --engine ray` in a subprocess under a timeout (Ray start ~4 s on two
cores, the whole test well under a few minutes); skipped, with the reason shown, only when the
`ray` extra is not installed.
"""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from storyweave.kb import KnowledgeBase
from storyweave.use.export import export_json

from .conftest import CORPUS

pytestmark = [
    pytest.mark.skipif(importlib.util.find_spec("ray") is None,
                       reason="ray is not installed: pip install 'storyweave[ray]'"),
    pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.*"),  # Ray's own internals
]


def _cli(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}  # a private local Ray
    return subprocess.run([sys.executable, "-c", "from storyweave.use.cli import main; main()",
                           *args],
                          capture_output=True, text=True, timeout=timeout, env=env)


def test_ray_engine_gives_the_same_knowledge_base(tmp_path: Path):
    ray_db, local_db = tmp_path / "ray.db", tmp_path / "local.db"
    done = _cli("ingest", "--engine", "ray", "--workers", "2", "-q", "--db", str(ray_db),
                str(CORPUS))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "added" in done.stdout and "errors 0" in done.stdout
    with KnowledgeBase(local_db) as kb:
        kb.ingest([CORPUS])
        local = export_json(kb.store)
    with KnowledgeBase(ray_db) as kb:
        remote = export_json(kb.store)
    assert len(remote["documents"]) == len(local["documents"]) > 0
    assert json.dumps(remote, sort_keys=True) == json.dumps(local, sort_keys=True)


def test_ray_engine_reports_bad_inputs_and_repeats(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = (CORPUS / "001_jonah-vale-engaged.txt").read_text(encoding="utf-8")
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b.txt").write_text(text, encoding="utf-8")      # same content: unchanged
    (folder / "c.pdf").write_bytes(b"%PDF-1.4")                 # unsupported: an error event
    from storyweave.engine.ray import ingest_with_ray
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        report = ingest_with_ray(kb, [folder], workers=1)
    statuses = [(Path(e.source).name, e.status) for e in report.events]
    assert statuses == [("a.txt", "added"), ("b.txt", "unchanged"), ("c.pdf", "error")]
