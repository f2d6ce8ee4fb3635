"""Per-document understanding: parse the kept text and say what the document says.

`understand(documents)` parses in batches (spaCy `nlp.pipe`) and returns one
`DocumentAnalysis` per document; it never reads the store.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..clean.kept import kept_text
from ..model import Document, DocumentAnalysis
from .nlp import parse

__all__ = ["understand"]


def understand(documents: Sequence[Document]) -> list[DocumentAnalysis]:
    texts = [kept_text(d.text, d.removed) for d in documents]
    return [_analyse(doc, parsed) for doc, parsed in zip(documents, parse(texts))]


def _analyse(document: Document, parsed) -> DocumentAnalysis:
    return DocumentAnalysis(document=document)
