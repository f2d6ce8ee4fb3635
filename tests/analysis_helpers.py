"""Run the real per-document pipeline on a small hand-written text."""
from __future__ import annotations

import datetime as dt

from storyweave.clean.kept import kept_text
from storyweave.model import Article, DocumentAnalysis
from storyweave.prepare import prepare
from storyweave.understand import analyse
from storyweave.understand.nlp import load_nlp


def analyse_text(text: str, published: dt.date | None = dt.date(2019, 6, 15)) -> DocumentAnalysis:
    document = prepare(Article(text=text, path="test.txt", title=text.split("\n", 1)[0],
                               published=published, published_source="test"))
    return analyse(document, load_nlp()(kept_text(document.text, document.removed)))


def cluster_names(analysis: DocumentAnalysis) -> dict[str, set[str]]:
    """Person cluster key → the names (not pronouns) mentioned for it."""
    out: dict[str, set[str]] = {}
    for m in analysis.mentions:
        if m.label == "person" and m.entity and m.kind not in ("pronoun", "descriptor"):
            out.setdefault(m.entity, set()).add(m.text)
    return out


def key_of(analysis: DocumentAnalysis, name: str) -> str:
    [key] = {k for k, names in cluster_names(analysis).items() if name in names}
    return key


def claims_as_text(analysis: DocumentAnalysis) -> set[tuple]:
    """(subject name, predicate, object name or value, time text) for every claim."""
    names = {}
    for m in analysis.mentions:
        if m.kind == "name":
            names.setdefault(m.entity, m.text)
    return {(names.get(c.subject, c.subject), c.predicate,
             names.get(c.object, c.object) if c.object else c.value,
             c.time.text if c.time else None) for c in analysis.claims}
