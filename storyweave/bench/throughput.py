"""`storyweave bench throughput [--docs N]`: the whole pipeline against bare spaCy.

Both run on the same generated article texts (`bench.synthetic`) with the same spaCy model,
loaded and warmed up before timing:
- spaCy: `nlp.pipe(texts, batch_size=BATCH_SIZE)`, nothing else;
- pipeline: `KnowledgeBase.ingest` on the article files into a fresh store (read, clean,
  understand, resolve, consolidate, store).
Then a per-stage breakdown (read+prepare, parse, analyse, store) shows where the time goes;
`--profile` adds the top functions by cProfile, `--ray` the Ray engine's docs/s with 1 and 2
workers. The last line is `pipeline/spaCy throughput ratio: 0.xx`.
"""
from __future__ import annotations

import cProfile
import io
import pstats
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ..clean.kept import kept_text
from ..ingest import read_paths
from ..kb import KnowledgeBase
from ..prepare import prepare
from ..understand import analyse
from ..understand.nlp import BATCH_SIZE, load_nlp, model_name, parse
from .synthetic import Corpus

WARMUP = 8


def run(docs: int = 200, seed: int = 7, ray: bool = False, profile: bool = False,
        out: Callable[[str], None] = print) -> float:
    corpus = Corpus(seed, max(docs, 1000))
    with tempfile.TemporaryDirectory(prefix="sw-throughput-") as tmp:
        root = Path(tmp)
        folder = root / "articles"
        corpus.write_texts(folder, docs)
        texts = [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())]
        words = sum(len(t.split()) for t in texts)
        out(f"bench throughput: {docs} synthetic articles, {words} words, model {model_name()}")

        nlp = load_nlp()
        warm = root / "warm"
        corpus.write_texts(warm, docs + WARMUP, docs)  # other texts: the store must not know them
        with KnowledgeBase(root / "warm.db") as kb:
            kb.ingest([warm])
        for _ in nlp.pipe(texts[:WARMUP], batch_size=BATCH_SIZE):
            pass

        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
            pass
        spacy_s = time.perf_counter() - started

        with KnowledgeBase(root / "pipeline.db") as kb:
            started = time.perf_counter()
            report = kb.ingest([folder])
            pipeline_s = time.perf_counter() - started
        counts = report.counts()

        stages = _stages(folder, root / "stages.db")
        out(f"{'run':<22}{'seconds':>9}{'docs/s':>9}{'words/s':>10}")
        out(f"{'spaCy nlp.pipe':<22}{spacy_s:>9.2f}{docs / spacy_s:>9.1f}{words / spacy_s:>10.0f}")
        out(f"{'pipeline (ingest)':<22}{pipeline_s:>9.2f}{docs / pipeline_s:>9.1f}"
            f"{words / pipeline_s:>10.0f}")
        out(f"  stored: added {counts['added']}, duplicates {counts['duplicate']}, "
            f"errors {counts['error']}")
        total = sum(stages.values())
        out("where the time goes (stages run one after another, same documents):")
        for name, seconds in stages.items():
            out(f"  {name:<34}{seconds:>8.2f} s {100 * seconds / total:>5.1f} %")
        if profile:
            out("top costs of the pipeline (cProfile, cumulative, storyweave functions):")
            for line in _profile(folder, root / "profile.db"):
                out("  " + line)
        if ray:
            for workers in (1, 2):
                out(_ray_line(folder, root / f"ray{workers}.db", workers, docs))
    ratio = (words / pipeline_s) / (words / spacy_s)
    out(f"pipeline/spaCy throughput ratio: {ratio:.2f}")
    return ratio


def _stages(folder: Path, db: Path) -> dict[str, float]:
    """The pipeline's stages timed separately on the same files."""
    t0 = time.perf_counter()
    docs = [prepare(a) for a in read_paths([folder]) if not isinstance(a, Exception)]
    t1 = time.perf_counter()
    parsed = list(parse(kept_text(d.text, d.removed) for d in docs))
    t2 = time.perf_counter()
    analyses = [analyse(d, p) for d, p in zip(docs, parsed)]
    t3 = time.perf_counter()
    with KnowledgeBase(db) as kb:
        kb.add_analyses(analyses)
    t4 = time.perf_counter()
    return {"read + prepare (clean, dates)": t1 - t0, "parse (spaCy nlp.pipe)": t2 - t1,
            "analyse (mentions, coref, claims)": t3 - t2,
            "store (resolve, consolidate, SQL)": t4 - t3}


def _profile(folder: Path, db: Path, top: int = 15) -> list[str]:
    profiler = cProfile.Profile()
    with KnowledgeBase(db) as kb:
        profiler.runcall(kb.ingest, [folder])
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream)
    stats.sort_stats("tottime").print_stats(top)
    lines = [ln.rstrip() for ln in stream.getvalue().splitlines()]
    start = next((i for i, ln in enumerate(lines) if ln.lstrip().startswith("ncalls")), 0)
    return [ln for ln in lines[start:] if ln.strip()]


def _ray_line(folder: Path, db: Path, workers: int, docs: int) -> str:
    try:
        from ..engine.ray import RayUnavailable, ingest_with_ray
    except ImportError as exc:  # pragma: no cover - the engine package ships with storyweave
        return f"ray engine, {workers} worker(s): unavailable ({exc})"
    with KnowledgeBase(db) as kb:
        try:
            started = time.perf_counter()
            timing: dict = {}
            ingest_with_ray(kb, [folder], workers=workers, timing=timing)
            total = time.perf_counter() - started
        except RayUnavailable as exc:
            return f"ray engine, {workers} worker(s): unavailable ({exc})"
    work = total - timing.get("startup", 0.0) - timing.get("shutdown", 0.0)
    return (f"ray engine, {workers} worker(s): {docs / work:.1f} docs/s without Ray start/stop "
            f"({docs / total:.1f} docs/s with start {timing.get('startup', 0):.1f} s and stop "
            f"{timing.get('shutdown', 0):.1f} s)")
