"""`storyweave bench relations DIR`: person relations on Re-DocRED, end to end.

DIR holds revised.json (DocRED format) and rel_info.json. Each document's text is its
tokens joined by spaces, sentences joined by spaces; it runs through our real per-document
pipeline (`storyweave.understand.understand`). Our claims' subject/object clusters are mapped
to Re-DocRED entities (vertexSet) by character overlap of their mentions with the entities'
token spans; a date claim maps to the TIME entity whose normalized interval holds the claim's
time. Scored as in Re-DocRED: micro-averaged precision/recall/F1 over (doc, head, tail,
relation) triples, restricted to the relations our predicates map to.

Unlike the published numbers (given entities: gold clusters in, relation classification
only), this is end-to-end extraction from raw text.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Claim, Document, DocumentAnalysis, Interval

# our predicate -> (Wikidata id, reversed?) alternatives; teams go to P54 and parties to P102
# besides employer/member of, since our vocabulary folds them into employer/member_of
MAPPING: dict[str, tuple[tuple[str, bool], ...]] = {
    "spouse": (("P26", False), ("P26", True)),
    "child": (("P40", False), ("P22", True), ("P25", True)),
    "sibling": (("P3373", False), ("P3373", True)),
    "employer": (("P108", False), ("P54", False)),
    "member_of": (("P463", False), ("P54", False), ("P102", False)),
    "educated_at": (("P69", False),),
    "award_received": (("P166", False),),
    "date_of_birth": (("P569", False),),
    "date_of_death": (("P570", False),),
    "place_of_birth": (("P19", False),),
}
IN_SCOPE = sorted({p for alts in MAPPING.values() for p, _ in alts})
DATED = {"date_of_birth", "date_of_death"}
REFERENCES = (
    "Published Re-DocRED test F1, given entities (gold clusters in, classify every pair):",
    "  DocuNet 77.87 | KD-DocRE 78.28 | DREEAM 80.73 (Ign 79.66) | TTM-RE 83.60 (Ign 82.67)",
    "  ours is end-to-end from raw text, person relations only: not comparable as such",
)
BATCH = 25


@dataclass
class Doc:
    """One Re-DocRED document: text, per-entity character spans, gold triples."""

    index: int
    text: str
    spans: list[list[tuple[int, int]]]
    types: list[str]
    gold: set[tuple[int, int, str]]


@dataclass
class Tally:
    pred: Counter = field(default_factory=Counter)      # by our predicate
    correct: Counter = field(default_factory=Counter)
    gold: Counter = field(default_factory=Counter)      # by Wikidata id
    found: Counter = field(default_factory=Counter)
    unmapped: Counter = field(default_factory=Counter)


def load(dataset: Path, limit: int | None = None) -> list[Doc]:
    raw = json.loads((dataset / "revised.json").read_text(encoding="utf-8"))
    return [_doc(i, d) for i, d in enumerate(raw[:limit] if limit else raw)]


def _doc(index: int, d: dict) -> Doc:
    """Tokens joined by spaces; each token's character span kept to place the entities."""
    offsets: list[list[tuple[int, int]]] = []
    parts: list[str] = []
    pos = 0
    for sent in d["sents"]:
        row = []
        for tok in sent:
            row.append((pos, pos + len(tok)))
            parts.append(tok)
            pos += len(tok) + 1
        offsets.append(row)
    spans = [[(offsets[m["sent_id"]][m["pos"][0]][0], offsets[m["sent_id"]][m["pos"][1] - 1][1])
              for m in ent] for ent in d["vertexSet"]]
    gold = {(lab["h"], lab["t"], lab["r"]) for lab in d.get("labels", []) if lab["r"] in IN_SCOPE}
    return Doc(index, " ".join(parts), spans, [ent[0]["type"] for ent in d["vertexSet"]], gold)


def _document(doc: Doc) -> Document:
    return Document(id=f"redocred-{doc.index}", path=f"redocred/{doc.index}",
                    title=doc.text[:60], text=doc.text)


FAILED: Counter[str] = Counter()  # pipeline errors by exception type (the doc scores empty)


def analyse(docs: list[Doc]) -> Iterator[tuple[Doc, DocumentAnalysis]]:
    from ..understand import understand  # heavy: spaCy loads here
    for i in range(0, len(docs), BATCH):
        chunk = docs[i:i + BATCH]
        try:
            yield from zip(chunk, understand([_document(d) for d in chunk]))
        except Exception:  # noqa: BLE001 - one bad document must not end the benchmark
            yield from ((d, _one(understand, d)) for d in chunk)


def _one(understand, doc: Doc) -> DocumentAnalysis:
    try:
        return understand([_document(doc)])[0]
    except Exception as exc:  # noqa: BLE001
        FAILED[type(exc).__name__] += 1
        return DocumentAnalysis(document=_document(doc))


# mapping clusters to vertexSet entities ------------------------------------------------------

def cluster_map(doc: Doc, analysis: DocumentAnalysis) -> dict[str, int]:
    """Our cluster key -> the Re-DocRED entity its mentions overlap most (names, not pronouns)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in analysis.mentions:
        if not m.entity or m.kind in ("pronoun", "descriptor"):
            continue
        for e, spans in enumerate(doc.spans):
            if any(s < m.span.end and m.span.start < t for s, t in spans):
                votes[m.entity][e] += 1
    return {key: c.most_common(1)[0][0] for key, c in votes.items()}


def time_entity(doc: Doc, when: Interval | None) -> int | None:
    """The TIME entity whose normalized interval holds `when` (the most precise one)."""
    if when is None:
        return None
    best: tuple[int, int] | None = None
    for e, interval in _time_intervals(doc).items():
        if interval.contains(when) or when.contains(interval):
            width = (interval.latest - interval.earliest).days
            best = min(best or (width, e), (width, e))
    return best[1] if best else None


_TIMES: dict[int, dict[int, Interval]] = {}


def _time_intervals(doc: Doc) -> dict[int, Interval]:
    if doc.index not in _TIMES:
        from ..understand.time import normalize_expression
        out = {}
        for e, spans in enumerate(doc.spans):
            if doc.types[e] == "TIME":
                values = [normalize_expression(doc.text[s:t], Interval(None, None)) for s, t in spans]
                found = [v.interval for v in values if v and v.interval and v.interval.earliest
                         and v.interval.latest]
                if found:
                    out[e] = found[0]
        _TIMES[doc.index] = out
    return _TIMES[doc.index]


# scoring -----------------------------------------------------------------------------------

def predictions(doc: Doc, analysis: DocumentAnalysis) -> dict[tuple[str, int | None, int | None], Claim]:
    """(predicate, head, tail) for each claim in our mapped vocabulary; None where unmapped."""
    keys = cluster_map(doc, analysis)
    out: dict[tuple[str, int | None, int | None], Claim] = {}
    for c in analysis.claims:
        if c.predicate not in MAPPING:
            continue
        head = keys.get(c.subject)
        tail = time_entity(doc, c.time) if c.predicate in DATED else keys.get(c.object or "")
        if head is not None and head == tail:
            continue
        out.setdefault((c.predicate, head, tail), c)
    return out


def score_doc(doc: Doc, analysis: DocumentAnalysis, tally: Tally) -> None:
    found: set[tuple[int, int, str]] = set()
    for predicate, head, tail in predictions(doc, analysis):
        tally.pred[predicate] += 1
        if head is None or tail is None:
            tally.unmapped[predicate] += 1
            continue
        hits = {(t, h, r) if rev else (h, t, r) for r, rev in MAPPING[predicate]
                for h, t in [(head, tail)]} & doc.gold
        if hits:
            tally.correct[predicate] += 1
            found |= hits
    for h, t, r in doc.gold:
        tally.gold[r] += 1
        tally.found[r] += (h, t, r) in found


def _prf(correct: int, pred: int, found: int, gold: int) -> tuple[float, float, float]:
    p = correct / pred if pred else 0.0
    r = found / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def report(tally: Tally, names: dict[str, str]) -> float:
    print(f"{'predicate':<16}{'pred':>6}{'correct':>9}{'unmapped':>10}{'P':>8}   "
          f"{'Wikidata ids':<22}{'gold':>6}{'found':>7}{'R':>8}{'F1':>8}")
    for predicate, alts in MAPPING.items():
        ids = sorted({p for p, _ in alts})
        gold = sum(tally.gold[i] for i in ids)
        found = sum(tally.found[i] for i in ids)
        p, r, f = _prf(tally.correct[predicate], tally.pred[predicate], found, gold)
        print(f"{predicate:<16}{tally.pred[predicate]:>6}{tally.correct[predicate]:>9}"
              f"{tally.unmapped[predicate]:>10}{100 * p:>8.2f}   {'/'.join(ids):<22}{gold:>6}"
              f"{found:>7}{100 * r:>8.2f}{100 * f:>8.2f}")
    print("recall by Wikidata id: " + ", ".join(
        f"{i} {names.get(i, '?')} {tally.found[i]}/{tally.gold[i]}" for i in IN_SCOPE))
    p, r, f = _prf(sum(tally.correct.values()), sum(tally.pred.values()),
                   sum(tally.found.values()), sum(tally.gold.values()))
    print(f"micro P {100 * p:.2f}  R {100 * r:.2f}  F1 {100 * f:.2f}  "
          f"(pred {sum(tally.pred.values())}, gold {sum(tally.gold.values())})")
    if FAILED:
        print(f"pipeline errors (documents scored empty): {dict(FAILED)}")
    for line in REFERENCES:
        print(line)
    print(f"micro F1: {f:.3f}")
    return f


def run(dataset: Path, limit: int | None = None) -> float:
    """Score the dataset and print the report; the last line is `micro F1: 0.xxx`."""
    docs = load(dataset, limit)
    names = json.loads((dataset / "rel_info.json").read_text(encoding="utf-8"))
    tally = Tally()
    started = time.monotonic()
    for n, (doc, analysis) in enumerate(analyse(docs), 1):
        score_doc(doc, analysis, tally)
        if n % 50 == 0 or n == len(docs):
            print(f"  {n}/{len(docs)} documents, {time.monotonic() - started:.0f} s",
                  file=sys.stderr, flush=True)
    return report(tally, names)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path, help="a folder laid out like bench-data/redocred")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    run(args.dataset, args.limit)


if __name__ == "__main__":
    main()
