"""`storyweave bench scale [--docs N]`: how the store behaves as it grows.

Fills a fresh store with N synthetic documents (`bench.synthetic`, analyses built directly, so
spaCy is not in the loop) through `KnowledgeBase.add_analyses`, streaming (no list of analyses
is ever held). At 1k, 10k, 100k documents (those below N) and at N it measures:

- incremental cost: time to add one more document (median and p95 over a few probes), with the
  SQL statements, rows written and SQLite VM steps each add costs: if nothing is recomputed
  globally these stay flat as the store grows;
- query latency (p50/p95) of the main REST endpoints, through the FastAPI app in-process
  (after one untimed call of each: the first request of an app pays one-time setup);
- peak RSS of the process so far (ru_maxrss) and the current RSS.

Times are printed, never judged; the last line sums up the largest size.
"""
from __future__ import annotations

import resource
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..kb import KnowledgeBase
from .synthetic import Corpus

SIZES = (1000, 10000, 100000)
PROBES = 20
PROBE_BASE = 10**9           # probe documents come from far beyond the corpus's own indices
QUERY_REPEATS = 20
QUERY_BUDGET = 15.0          # seconds per endpoint per size, at most
VM_STEP = 1000               # SQLite progress handler period (VM instructions)


@dataclass
class Checkpoint:
    docs: int
    build_seconds: float
    add_ms: list[float] = field(default_factory=list)
    statements: list[int] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    vm_ksteps: list[int] = field(default_factory=list)
    queries: dict[str, list[float]] = field(default_factory=dict)
    peak_rss_mb: float = 0.0
    rss_mb: float = 0.0


def checkpoints(docs: int) -> list[int]:
    return sorted({s for s in SIZES if s < docs} | {docs})


def run(docs: int = 10000, seed: int = 7, probes: int = PROBES, db: Path | None = None,
        queries: bool = True, out: Callable[[str], None] = print) -> list[Checkpoint]:
    corpus = Corpus(seed, docs)
    results: list[Checkpoint] = []
    with tempfile.TemporaryDirectory(prefix="sw-scale-") as tmp:
        target = db or Path(tmp) / "scale.db"
        out(f"bench scale: {docs} synthetic documents (seed {seed}) into {target}")
        with KnowledgeBase(target) as kb:
            built = 0
            for size in checkpoints(docs):
                started = time.perf_counter()
                _build(kb, corpus, built, size, out)
                cp = Checkpoint(size, time.perf_counter() - started)
                built = size
                cp.peak_rss_mb = _peak_rss_mb()
                _probe(kb, corpus, cp, probes)
                if queries:
                    cp.queries = _query_latencies(target, kb.store.conn, cp, corpus)
                cp.rss_mb = _rss_mb()
                results.append(cp)
                out(_progress_line(cp, size - (results[-2].docs if len(results) > 1 else 0)))
                if size < docs:  # a long run shows what it has so far
                    _print_table(results, out, final=False)
    _print_table(results, out)
    return results


def _build(kb: KnowledgeBase, corpus: Corpus, start: int, stop: int,
           out: Callable[[str], None], report_every: int = 10000) -> None:
    """Add documents start..stop (the generator streams: no analysis is kept), with a
    progress line every `report_every` documents."""
    step = 1000
    mark, since = time.perf_counter(), start
    for lo in range(start, stop, step):
        hi = min(lo + step, stop)
        kb.add_analyses(corpus.analyses(hi, lo))
        if hi % report_every == 0 and hi < stop:
            now = time.perf_counter()
            out(f"    {hi:>7} stored, last {hi - since} at {(hi - since) / (now - mark):.0f} "
                f"docs/s, peak RSS {_peak_rss_mb():.0f} MB")
            mark, since = now, hi


def _probe(kb: KnowledgeBase, corpus: Corpus, cp: Checkpoint, probes: int) -> None:
    """Add `probes` more documents one at a time, counting what each add costs."""
    conn = kb.store.conn
    counter = {"statements": 0, "steps": 0}

    def trace(_sql: str) -> None:
        counter["statements"] += 1

    def step() -> int:
        counter["steps"] += 1
        return 0

    for j in range(probes):
        analysis = corpus.analysis(PROBE_BASE + cp.docs * 100 + j)
        counter.update(statements=0, steps=0)
        changes = conn.total_changes
        conn.set_trace_callback(trace)
        conn.set_progress_handler(step, VM_STEP)
        try:
            started = time.perf_counter()
            kb.add_analyses([analysis])
            cp.add_ms.append((time.perf_counter() - started) * 1000)
        finally:
            conn.set_trace_callback(None)
            conn.set_progress_handler(None, VM_STEP)
        cp.statements.append(counter["statements"])
        cp.rows.append(conn.total_changes - changes)
        cp.vm_ksteps.append(counter["steps"] * VM_STEP // 1000)


def _query_latencies(target: Path, conn: sqlite3.Connection, cp: Checkpoint,
                     corpus: Corpus) -> dict[str, list[float]]:
    """p50/p95 inputs: each main read endpoint called for varied entities, documents, facts."""
    from fastapi.testclient import TestClient

    from ..use.api import create_app
    people = [r[0] for r in conn.execute(
        "SELECT DISTINCT m.entity_id FROM mentions m JOIN documents d ON d.id = m.document_id "
        "WHERE m.entity_id LIKE 'person:%' AND d.seq > ? ORDER BY d.seq LIMIT 50",
        (max(cp.docs - 200, 0),))] or ["person:none"]
    names = dict(conn.execute("SELECT id, name FROM entities WHERE id IN (%s)"
                              % ",".join("?" * len(people)), people).fetchall())
    docs = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY seq DESC LIMIT 50")]
    facts = [r[0] for r in conn.execute("SELECT id FROM facts ORDER BY rowid DESC LIMIT 50")]
    endpoints: dict[str, Callable[[int], str]] = {
        "GET /api/entities?q=": lambda i: f"/api/entities?q={names.get(people[i % len(people)], 'x')}",
        "GET /api/entities/{id}": lambda i: f"/api/entities/{people[i % len(people)]}",
        "GET /api/entities/{id}/facts": lambda i: f"/api/entities/{people[i % len(people)]}/facts",
        "GET /api/entities/{id}/timeline":
            lambda i: f"/api/entities/{people[i % len(people)]}/timeline",
        "GET /api/quotes?speaker=": lambda i: f"/api/quotes?speaker={people[i % len(people)]}",
        "GET /api/conflicts?entity=":
            lambda i: f"/api/conflicts?entity={people[i % len(people)]}",
        "GET /api/facts/{id}": lambda i: f"/api/facts/{facts[i % len(facts)]}" if facts else "/api/facts",
        "GET /api/documents/{id}": lambda i: f"/api/documents/{docs[i % len(docs)]}",
    }
    out: dict[str, list[float]] = {}
    with TestClient(create_app(target)) as client:
        for label, url in endpoints.items():
            client.get(url(0))  # untimed: an app's first request pays one-time setup
            times: list[float] = []
            spent = 0.0
            for i in range(QUERY_REPEATS):
                started = time.perf_counter()
                response = client.get(url(i))
                elapsed = time.perf_counter() - started
                if response.status_code >= 500:
                    raise RuntimeError(f"{url(i)}: HTTP {response.status_code}")
                times.append(elapsed * 1000)
                spent += elapsed
                if spent > QUERY_BUDGET and len(times) >= 3:
                    break
            out[label] = times
    return out


def _pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _progress_line(cp: Checkpoint, added: int) -> str:
    return (f"  {cp.docs:>7} documents: built at {added / cp.build_seconds:.0f} docs/s, "
            f"add p50 {_pct(cp.add_ms, 50):.1f} ms, peak RSS {cp.peak_rss_mb:.0f} MB")


def _print_table(results: list[Checkpoint], out: Callable[[str], None],
                 final: bool = True) -> None:
    out("")
    out("incremental cost of one more document (probes added one at a time)")
    out(f"{'docs':>8} {'add p50 ms':>11} {'add p95 ms':>11} {'SQL/add':>8} {'rows/add':>9} "
        f"{'VM ksteps/add':>14} {'peak RSS MB':>12} {'RSS MB':>7}")
    for cp in results:
        out(f"{cp.docs:>8} {_pct(cp.add_ms, 50):>11.1f} {_pct(cp.add_ms, 95):>11.1f} "
            f"{statistics.mean(cp.statements) if cp.statements else 0:>8.0f} "
            f"{statistics.mean(cp.rows) if cp.rows else 0:>9.0f} "
            f"{statistics.mean(cp.vm_ksteps) if cp.vm_ksteps else 0:>14.0f} "
            f"{cp.peak_rss_mb:>12.0f} {cp.rss_mb:>7.0f}")
    if results and results[0].queries:
        out("")
        out("query latency, ms (p50 / p95) through the REST app")
        out(f"{'endpoint':<34}" + "".join(f"{cp.docs:>18}" for cp in results))
        for label in results[0].queries:
            cells = "".join(f"{_pct(cp.queries.get(label, []), 50):>9.1f} /"
                            f"{_pct(cp.queries.get(label, []), 95):>7.1f}" for cp in results)
            out(f"{label:<34}{cells}")
    if results and final:
        last = results[-1]
        first = results[0]
        worst = max((_pct(v, 95) for v in last.queries.values()), default=float("nan"))
        growth = _pct(last.add_ms, 50) / _pct(first.add_ms, 50) if first.add_ms else float("nan")
        out("")
        out(f"add growth {first.docs} -> {last.docs} documents: x{growth:.2f} (median)")
        out(f"scale at {last.docs} documents: add p50 {_pct(last.add_ms, 50):.1f} ms, "
            f"p95 {_pct(last.add_ms, 95):.1f} ms; query p95 max {worst:.1f} ms; "
            f"peak RSS {last.peak_rss_mb:.0f} MB")
