"""`storyweave bench time DIR`: TempEval-3 style scoring of the temporal normalizer.

DIR holds derived/docs.jsonl (doc, text, dct) and derived/timex.jsonl (gold doc, start, end,
type, value). Scores: span strict/relaxed P/R/F1, type accuracy and value F1 (relaxed F1 x value
accuracy on relaxed matches), per-type breakdown, worst errors; last line `value F1: 0.xxx`.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Interval
from ..understand.time import normalize

BENCH_TYPES = {"DATE", "TIME", "DURATION", "SET"}  # TempEval has no AGE: ages are not TIMEX3


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed_g: int = 0  # gold timexes overlapped by some system timex
    relaxed_s: int = 0  # system timexes overlapping some gold timex
    type_ok: int = 0
    value_ok: int = 0
    per_type: dict = field(default_factory=lambda: collections.defaultdict(lambda: [0, 0, 0]))
    errors: list = field(default_factory=list)

    def prf(self, hits_s: int, hits_g: int) -> tuple[float, float, float]:
        p = hits_s / self.system if self.system else 0.0
        r = hits_g / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def value_f1(self) -> float:
        f1 = self.prf(self.relaxed_s, self.relaxed_g)[2]
        return f1 * (self.value_ok / self.relaxed_g if self.relaxed_g else 0.0)


def load(dataset: Path, limit: int | None) -> tuple[list[dict], dict[str, list[dict]]]:
    docs = [json.loads(line) for line in (dataset / "derived/docs.jsonl").open()]
    docs = docs[:limit] if limit else docs
    gold: dict[str, list[dict]] = {d["doc"]: [] for d in docs}
    for line in (dataset / "derived/timex.jsonl").open():
        t = json.loads(line)
        if t["doc"] in gold:
            gold[t["doc"]].append(t)
    return docs, gold


def dct_interval(dct: str) -> Interval:
    d = dt.date.fromisoformat(dct[:10])
    return Interval(d, d, "day", dct)


def ours(doc: dict) -> list[dict]:
    found = normalize(doc["text"], dct_interval(doc["dct"]))
    return [{"start": v.start, "end": v.end, "text": v.text, "type": v.type, "value": v.value}
            for v in found if v.type in BENCH_TYPES]


def score_doc(score: Score, doc: str, gold: list[dict], system: list[dict]) -> None:
    """Add one document: each gold timex takes the first system timex overlapping it."""
    score.gold += len(gold)
    score.system += len(system)
    score.relaxed_s += sum(any(_overlap(s, g) for g in gold) for s in system)
    for g in gold:
        _score_gold(score, doc, g, next((s for s in system if _overlap(s, g)), None))
    score.errors += [("spurious", doc, None, s) for s in system
                     if not any(_overlap(s, g) for g in gold)]


def _score_gold(score: Score, doc: str, g: dict, match: dict | None) -> None:
    row = score.per_type[g["type"]]
    row[0] += 1
    if match is None:
        score.errors.append(("missed", doc, g, None))
        return
    ok = match["value"] == g["value"]
    score.relaxed_g += 1
    score.strict += (match["start"], match["end"]) == (g["start"], g["end"])
    score.type_ok += match["type"] == g["type"]
    score.value_ok += ok
    row[1] += 1
    row[2] += ok
    if not ok:
        score.errors.append(("value", doc, g, match))


def _overlap(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def report(name: str, sc: Score) -> list[str]:
    sp, sr, sf = sc.prf(sc.strict, sc.strict)
    rp, rr, rf = sc.prf(sc.relaxed_s, sc.relaxed_g)
    typ = sc.type_ok / sc.relaxed_g if sc.relaxed_g else 0.0
    acc = sc.value_ok / sc.relaxed_g if sc.relaxed_g else 0.0
    lines = [f"{name}: gold {sc.gold}, system {sc.system}",
             f"  strict  P {sp:.3f} R {sr:.3f} F1 {sf:.3f}",
             f"  relaxed P {rp:.3f} R {rr:.3f} F1 {rf:.3f}",
             f"  type accuracy {typ:.3f}, value accuracy {acc:.3f}, value F1 {sc.value_f1:.3f}"]
    for t, (n, found, ok) in sorted(sc.per_type.items()):
        lines.append(f"  {t:<9} gold {n:4d} found {found:4d} value-correct {ok:4d}"
                     f" ({ok / n if n else 0:.2f})")
    return lines


def worst_errors(sc: Score, n: int = 25) -> list[str]:
    """The most frequent error patterns (kind, gold text/value, system value)."""
    keys = collections.Counter()
    for kind, _, g, s in sc.errors:
        text = (g or s)["text"].lower()
        keys[(kind, text, g and g["value"], s and s["value"])] += 1
    return [f"  {c:3d}x {kind:<8} {text!r} gold={gv} ours={sv}"
            for (kind, text, gv, sv), c in keys.most_common(n)]


def _progress(done: int, total: int, label: str) -> None:
    if total >= 20 and (done % 25 == 0 or done == total):
        print(f"  [{label}] {done}/{total} documents", file=sys.stderr, flush=True)


def evaluate(docs: list[dict], gold: dict[str, list[dict]], system_fn, label: str) -> Score:
    sc = Score()
    for i, doc in enumerate(docs, 1):
        score_doc(sc, doc["doc"], gold[doc["doc"]], system_fn(doc))
        _progress(i, len(docs), label)
    return sc


def run(dataset: Path, baseline: str | None = None, limit: int | None = None) -> float:
    """Score the normalizer (and optionally HeidelTime) on a TempEval-3 style folder; prints a
    report whose last line is `value F1: 0.xxx` (ours) and returns that figure."""
    docs, gold = load(Path(dataset), limit)
    ours_sc = evaluate(docs, gold, ours, "storyweave")
    lines = report("storyweave", ours_sc)
    if baseline:
        lines += _baseline(baseline, docs, gold)
    lines += ["worst errors (storyweave):", *worst_errors(ours_sc)]
    lines.append(f"value F1: {ours_sc.value_f1:.3f}")
    print("\n".join(lines))
    return ours_sc.value_f1


def _baseline(name: str, docs: list[dict], gold: dict[str, list[dict]]) -> list[str]:
    if name != "heideltime":
        raise ValueError(f"unknown baseline {name!r} (known: heideltime)")
    from . import _heideltime
    if not _heideltime.available():
        return ["heideltime: not installed (pip install 'storyweave[bench]')"]
    found = _heideltime.run(docs, lambda d, t: _progress(d, t, "heideltime"))
    sc = evaluate(docs, gold, lambda doc: found[doc["doc"]], "heideltime-score")
    return report("heideltime", sc) + [f"heideltime value F1: {sc.value_f1:.3f}"]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="storyweave bench time")
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--baseline", choices=["heideltime"])
    ap.add_argument("--limit", type=int)
    args = ap.parse_args(argv)
    run(args.dataset, args.baseline, args.limit)


if __name__ == "__main__":
    main()
