"""`storyweave bench quotes DIR`: direct-quote extraction and speaker attribution on PolNeAR.

DIR holds derived/docs.jsonl and derived/quotes.jsonl (or .jsonl.gz). Gold quotes are the
attributions whose content has quotation marks. The metric is the Gender Gap Tracker's
(evaluate_quotes.py): a prediction matches a gold quote when it covers more than 30% of
the gold content's characters (one-to-one, best coverage first); speaker accuracy is the
share of matched quotes whose predicted speaker span shares a character with the gold one.
PolNeAR annotates one attribution per cue, with the content in fragments around the
speaker, so our findings that share a cue (`“A,” she said. “B.”`) are scored as one.
"""
from __future__ import annotations

import argparse
import functools
import gzip
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

THRESHOLD = 0.3
GAVE_UP: Counter[str] = Counter()  # documents a system raised on (textacy: odd quote counts)
REFERENCES = (
    "Gender Gap Tracker (own ~98 Canadian news articles): quote F1 83.672, speaker 86.478%",
    "Citron (PARC 3.0 WSJ test): source F1 82.0 exact, content F1 83.3 overlap",
)


@dataclass
class Pred:
    chars: set[int]
    speaker: set[int] = field(default_factory=set)


@dataclass
class Gold:
    doc: str
    text: str
    chars: set[int]
    speaker: set[int]


@dataclass
class Score:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    speaker_ok: int = 0

    def add(self, other: Score) -> None:
        for name in ("gold", "pred", "matched", "speaker_ok"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def prf(self) -> tuple[float, float, float]:
        p = self.matched / self.pred if self.pred else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0

    def speaker(self) -> float:
        return self.speaker_ok / self.matched if self.matched else 0.0

    def line(self, label: str) -> str:
        p, r, f = self.prf()
        return (f"{label:<22} P {100 * p:6.2f}  R {100 * r:6.2f}  F1 {100 * f:6.2f}  "
                f"speaker {100 * self.speaker():6.2f}%  (gold {self.gold}, pred {self.pred})")


def _read_jsonl(path: Path) -> Iterator[dict]:
    gz = path.with_name(path.name + ".gz")
    opener = gzip.open if not path.exists() and gz.exists() else open
    with opener(path if path.exists() else gz, "rt", encoding="utf-8") as fh:
        yield from (json.loads(line) for line in fh if line.strip())


def _chars(spans: list[list[int]] | None, start: int | None, end: int | None) -> set[int]:
    spans = spans or ([[start, end]] if start is not None else [])
    return {i for s, e in spans for i in range(s, e)}


def load_gold(dataset: Path) -> tuple[list[dict], dict[str, list[Gold]]]:
    docs = list(_read_jsonl(dataset / "derived" / "docs.jsonl"))
    gold: dict[str, list[Gold]] = defaultdict(list)
    for q in _read_jsonl(dataset / "derived" / "quotes.jsonl"):
        if q["has_quote_marks"]:
            speaker = _chars(q.get("speaker_spans"), q.get("speaker_start"), q.get("speaker_end"))
            gold[q["doc"]].append(Gold(q["doc"], q["text"],
                                       _chars(q["content_spans"], q["start"], q["end"]), speaker))
    return docs, gold


def ours(doc: Doc) -> list[Pred]:
    """Our findings, grouped by cue: one attribution per cue, as PolNeAR annotates."""
    from ..understand.quotes import find_quotes
    groups: dict[object, Pred] = {}
    for k, f in enumerate(find_quotes(doc)):
        key = f.cue_start if f.cue_start is not None else ("solo", k)
        pred = groups.setdefault(key, Pred(set(), _range(f.speaker_start, f.speaker_end)))
        pred.chars |= set(range(f.start, f.end))
    return list(groups.values())


@functools.lru_cache(maxsize=1)
def _lemmatizer():
    """The loaded model's own rule lemmatizer: textacy matches cue verbs by lemma, and
    load_nlp() leaves the lemmatizer out (no storyweave stage needs it)."""
    from spacy.pipeline import Lemmatizer

    from ..understand.nlp import load_nlp
    nlp = load_nlp()
    lemmatizer = Lemmatizer(nlp.vocab, None, name="lemmatizer", mode="rule")
    return lemmatizer.from_disk(Path(nlp.path) / "lemmatizer", exclude=["vocab"])


def textacy_baseline(doc: Doc) -> list[Pred]:
    """textacy 0.13 direct_quotations: (speaker tokens, cue tokens, content span)."""
    from textacy.extract.triples import direct_quotations
    preds = []
    for triple in direct_quotations(_lemmatizer()(doc)):
        speaker = {i for t in triple.speaker for i in range(t.idx, t.idx + len(t))}
        content = triple.content
        preds.append(Pred(set(range(content.start_char, content.end_char)), speaker))
    return preds


def _range(start: int | None, end: int | None) -> set[int]:
    return set(range(start, end)) if start is not None and end is not None else set()


def score_doc(golds: list[Gold], preds: list[Pred]) -> tuple[Score, list[Gold]]:
    """GGT matching: coverage of gold characters > THRESHOLD, one-to-one, best first."""
    pairs = sorted(((len(g.chars & p.chars) / len(g.chars), gi, pi)
                    for gi, g in enumerate(golds) for pi, p in enumerate(preds)
                    if g.chars), reverse=True)
    used_g, used_p, score = set(), set(), Score(len(golds), len(preds))
    for cover, gi, pi in pairs:
        if cover <= THRESHOLD or gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        score.matched += 1
        score.speaker_ok += bool(golds[gi].speaker & preds[pi].speaker)
    return score, [g for gi, g in enumerate(golds) if gi not in used_g]


def _parsed(docs: list[dict]) -> Iterator[tuple[dict, object]]:
    from ..understand.nlp import load_nlp, parse
    yield from zip(docs, parse((d["text"] for d in docs), load_nlp()))


def evaluate(dataset: Path, systems: dict, limit: int | None = None) -> dict:
    """Run every system over the documents; per-publisher scores and misses."""
    docs, gold = load_gold(dataset)
    docs = docs[:limit] if limit else docs
    totals = {name: defaultdict(Score) for name in systems}
    misses: list[Gold] = []
    started = time.monotonic()
    for n, (row, doc) in enumerate(_parsed(docs), 1):
        for name, system in systems.items():
            score, missed = score_doc(gold.get(row["doc"], []), _safe(system, doc))
            totals[name][row.get("publisher", "?")].add(score)
            misses.extend(missed if name == "storyweave" else [])
        _progress(n, len(docs), started)
    return {"totals": totals, "misses": misses, "docs": len(docs)}


def _safe(system, doc) -> list[Pred]:
    try:
        return system(doc)
    except Exception as exc:  # a baseline crash on one document must not end the run
        GAVE_UP[system.__name__] += 1
        print(f"  ! {system.__name__} gave up on a document: {str(exc)[:80]}", file=sys.stderr)
        return []


def _progress(n: int, total: int, started: float) -> None:
    if n % 10 == 0 or n == total:
        print(f"  … {n}/{total} documents, {time.monotonic() - started:.0f} s",
              file=sys.stderr, flush=True)


def _overall(per_publisher: dict[str, Score]) -> Score:
    total = Score()
    for score in per_publisher.values():
        total.add(score)
    return total


def report(result: dict, dataset: Path) -> float:
    """Print the report; the last line is `speaker accuracy: 0.xxx` (ours)."""
    totals = result["totals"]
    print(f"bench quotes on {dataset} ({result['docs']} documents; direct quotes, GGT match "
          f"> {THRESHOLD} of gold characters)")
    for name, per_pub in totals.items():
        print(f"\n[{name}] by publisher")
        for pub in sorted(per_pub):
            print("  " + per_pub[pub].line(pub))
    _print_misses(result["misses"])
    print("\nsummary (published references are on different data, not comparable):")
    for name, per_pub in totals.items():
        print("  " + _overall(per_pub).line(name))
    for name, count in sorted(GAVE_UP.items()):
        print(f"  note: {name} gave up on {count} documents (scored as no quotes)")
    for ref in REFERENCES:
        print(f"  reference: {ref}")
    accuracy = _overall(totals["storyweave"]).speaker()
    print(f"speaker accuracy: {accuracy:.3f}")
    return accuracy


def _print_misses(misses: list[Gold], n: int = 12) -> None:
    by_doc = Counter(g.doc for g in misses)
    print(f"\nworst misses ({len(misses)} gold quotes not found); documents with most misses:")
    for doc, count in by_doc.most_common(5):
        print(f"  {count:3d}  {doc}")
    for g in sorted(misses, key=lambda g: -len(g.chars))[:n]:
        print(f"  - {g.doc[:40]}: {g.text[:110]!r}")


def run(dataset: Path, baseline: str | None = None, limit: int | None = None) -> float:
    """Evaluate storyweave (and optionally textacy) on DIR; returns our speaker accuracy."""
    systems = {"storyweave": ours}
    if baseline == "textacy":
        systems["textacy"] = textacy_baseline
    elif baseline:
        raise ValueError(f"unknown baseline {baseline!r} (known: textacy)")
    return report(evaluate(Path(dataset), systems, limit), Path(dataset))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--baseline", choices=["textacy"])
    ap.add_argument("--limit", type=int)
    args = ap.parse_args(argv)
    run(args.dataset, args.baseline, args.limit)


if __name__ == "__main__":
    main()
