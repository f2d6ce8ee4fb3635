"""The Ray engine: read + prepare + understand as Ray Data actors, storing here, in order.

    storyweave ingest --engine ray --workers 2 articles/
    RAY_ADDRESS=ray://head:10001 storyweave ingest --engine ray --workers 8 articles/

Each actor loads the spaCy model once and turns batches of input files into pickled
`DocumentAnalysis` records (or input errors). The driver keeps the dataset's order
(`preserve_order`) and hands the analyses to `KnowledgeBase.add_analyses`, which integrates
each document exactly as `ingest` would; so both engines build the same knowledge base.

Without RAY_ADDRESS (or `address=`) a private local Ray starts on loopback only (the env vars
below are set before `ray` is imported), with a short temp dir, and is shut down afterwards.
With an address, storyweave connects to that cluster and leaves it running; its workers need
storyweave installed (same version) and read the input paths, so the files must be visible to
them (a shared filesystem).
"""
from __future__ import annotations

import os
import pickle
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError, InputError
from ..model import Article

if TYPE_CHECKING:
    from ..kb import IngestEvent, IngestReport, KnowledgeBase

BATCH = 8                         # files per actor call (spaCy parses them together)
OBJECT_STORE = 256 * 1024 ** 2
INIT_TIMEOUT_S = 120


class RayUnavailable(ConfigError):
    """Ray is not installed (the `ray` extra)."""


def _loopback_env() -> None:
    """Must run before `import ray`: no usage stats, node IP 127.0.0.1, no token auth."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
    os.environ.setdefault("RAY_AUTH_MODE", "disabled")


def import_ray():
    _loopback_env()
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise RayUnavailable(f"the Ray engine needs Ray: pip install 'storyweave[ray]' ({exc})") \
            from None
    return ray


def input_files(paths: Iterable[str | Path]) -> list[str]:
    """The files `ingest` would read, in the same order (folders recursively, sorted)."""
    files: list[str] = []
    for path in (Path(p) for p in paths):
        if path.is_dir():
            files += [str(c) for c in sorted(p for p in path.rglob("*") if p.is_file())
                      if not c.name.startswith(".")]
        else:
            files.append(str(path))
    return files


class UnderstandFiles:
    """A Ray Data callable class: one spaCy model per actor, files in, pickled results out."""

    def __init__(self):
        from ..understand.nlp import load_nlp
        load_nlp()

    def __call__(self, batch: dict) -> dict:
        import numpy as np
        return {"payload": np.array([pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL)
                                     for r in understand_files(list(batch["path"]))],
                                    dtype=object)}


def understand_files(paths: list[str]) -> list[list[tuple]]:
    """For each file, its records in reading order: ("analysis", DocumentAnalysis) or
    ("error", source, message). All documents of the batch are parsed together."""
    from ..ingest import read_file
    from ..prepare import prepare
    from ..understand import understand

    per_file: list[list] = []
    docs = []
    for path in paths:
        items: list = []
        for item in read_file(Path(str(path))):
            if isinstance(item, InputError):
                items.append(("error", str(item).split(": ", 1)[0], str(item)))
            elif isinstance(item, Article):
                doc = prepare(item)
                items.append(("doc", len(docs)))
                docs.append(doc)
        per_file.append(items)
    analyses = understand(_unique(docs)) if docs else []
    by_id = {a.document.id: a for a in analyses}
    out = []
    for items in per_file:
        records = []
        for item in items:
            if item[0] == "doc":
                doc = docs[item[1]]
                analysis = by_id[doc.id]
                if analysis.document is not doc:  # the same text under another path
                    analysis = type(analysis)(doc, analysis.mentions, analysis.claims,
                                              analysis.quotes)
                records.append(("analysis", analysis))
            else:
                records.append(item)
        out.append(records)
    return out


def _unique(docs: list) -> list:
    seen: dict[str, object] = {}
    for d in docs:
        seen.setdefault(d.id, d)
    return list(seen.values())


def ingest_with_ray(kb: KnowledgeBase, paths: Iterable[str | Path], workers: int = 2,
                    on_event: Callable[[IngestEvent], None] | None = None,
                    address: str | None = None, batch_size: int = BATCH,
                    timing: dict | None = None) -> IngestReport:
    """Ingest `paths` into `kb` with the per-document stages on Ray (see the module doc)."""
    from ..kb import IngestEvent, IngestReport, _emitter

    if workers < 1:
        raise ConfigError(f"--workers must be 1 or more, not {workers}")
    report = IngestReport()
    emit = _emitter(report, on_event)
    files = input_files(paths)
    if not files:
        return report
    timing = timing if timing is not None else {}
    ray = import_ray()
    address = address or os.environ.get("RAY_ADDRESS") or None
    started = time.perf_counter()
    owned = _init(ray, address, workers)
    timing["startup"] = time.perf_counter() - started
    try:
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        ctx.execution_options.preserve_order = True
        batch_size = max(1, min(batch_size, -(-len(files) // workers)))  # every actor gets work
        blocks = max(1, min(-(-len(files) // batch_size), 1000))
        ds = ray.data.from_items([{"path": f} for f in files], override_num_blocks=blocks)
        ds = ds.map_batches(UnderstandFiles, batch_size=batch_size, batch_format="numpy",
                            compute=ray.data.ActorPoolStrategy(size=workers), num_cpus=1)
        for batch in ds.iter_batches(batch_size=None, batch_format="numpy"):
            for blob in batch["payload"]:
                _store(kb, pickle.loads(blob), emit, IngestEvent)
    finally:
        stopping = time.perf_counter()
        if owned:
            ray.shutdown()
        timing["shutdown"] = time.perf_counter() - stopping
    return report


def _store(kb, records: list[tuple], emit, IngestEvent) -> None:
    analyses = []
    for record in records:
        if record[0] == "error":
            if analyses:
                kb.add_analyses(analyses, on_event=emit)
                analyses = []
            emit(IngestEvent(record[1], "error", None, record[2]))
        else:
            analyses.append(record[1])
    if analyses:
        kb.add_analyses(analyses, on_event=emit)


def _init(ray, address: str | None, workers: int) -> bool:
    """Start (or join) Ray; True when this call started it and must shut it down."""
    import logging
    import warnings
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", message=".*minimum number of concurrent actors.*")
    if ray.is_initialized():
        return False
    quiet = dict(log_to_driver=False, logging_level="warning")
    if address:
        ray.init(address=address, **quiet)
        return True  # disconnects this driver only; the cluster keeps running
    temp = Path(tempfile.gettempdir()) / "swray"   # short: it holds Unix sockets
    ray.init(num_cpus=max(workers, 1), include_dashboard=False,
             object_store_memory=OBJECT_STORE, _temp_dir=str(temp), **quiet)
    return True
