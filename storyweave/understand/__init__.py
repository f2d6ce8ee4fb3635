"""Per-document understanding: parse the kept text and say what the document says.

`understand(documents)` parses in batches (spaCy `nlp.pipe`) and returns one
`DocumentAnalysis` per document; it never reads the store.
"""
from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..clean.kept import kept_text
from ..model import Document, DocumentAnalysis
from .coref import resolve_references
from .mentions import find_mentions
from .nlp import parse
from .quotes import find_quotes
from .speakers import to_quotes

__all__ = ["understand", "analyse"]


def understand(documents: Sequence[Document]) -> list[DocumentAnalysis]:
    texts = [kept_text(d.text, d.removed) for d in documents]
    return [analyse(doc, parsed) for doc, parsed in zip(documents, parse(texts))]


def analyse(document: Document, parsed: Doc) -> DocumentAnalysis:
    """Mentions (named, pronouns, descriptors) and quotes of one parsed document."""
    named = find_mentions(parsed, document)
    findings = find_quotes(parsed, document.id)
    quoted = [(f.start, f.end) for f in findings]
    references = resolve_references(parsed, named, document.id, quoted)
    mentions = named + references
    quotes = to_quotes(findings, mentions, document.id)
    return DocumentAnalysis(document=document, mentions=mentions, quotes=quotes)
