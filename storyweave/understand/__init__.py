"""Per-document understanding: parse the kept text and say what the document says.

`understand(documents)` parses in batches (spaCy `nlp.pipe`) and returns one
`DocumentAnalysis` per document; it never reads the store.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from ..clean.kept import kept_text
from ..model import Document, DocumentAnalysis, Mention
from .claims import extract_claims
from .coref import resolve_references
from .mentions import find_mentions, with_birth_names
from .nlp import parse
from .interviews import interview_answers
from .quotes import find_quotes
from .speakers import to_quotes, with_interview_outlet, with_reported_speakers, with_told_outlets

__all__ = ["understand", "analyse"]


def _remap(m: Mention, owner: dict[str, str]) -> Mention:
    return replace(m, entity=owner[m.entity]) if m.entity in owner else m


def _without_overlap(quoted: list, answers: list) -> list:
    """Q&A answers that no quotation-mark quote already covers, merged in text order."""
    kept = [a for a in answers if not any(q.start < a.end and a.start < q.end for q in quoted)]
    return sorted([*quoted, *kept], key=lambda f: f.start)


def understand(documents: Sequence[Document]) -> list[DocumentAnalysis]:
    texts = [kept_text(d.text, d.removed) for d in documents]
    return [analyse(doc, parsed) for doc, parsed in zip(documents, parse(texts))]


def analyse(document: Document, parsed: Doc) -> DocumentAnalysis:
    """Mentions (named, pronouns, descriptors) and quotes of one parsed document."""
    named = find_mentions(parsed, document)
    answers = interview_answers(parsed, document.id)
    findings = _without_overlap(find_quotes(parsed, document.id), answers)
    quoted = [(f.start, f.end) for f in findings]
    refs = resolve_references(parsed, named, document.id, quoted)
    named, owner = with_birth_names(parsed, document.id, named, refs.mentions)
    mentions = named + [_remap(m, owner) for m in refs.mentions]
    quotes = to_quotes(findings, mentions, document.id, parsed.text, document.outlet)
    quotes = with_told_outlets(with_reported_speakers(quotes, mentions, parsed, refs.genders),
                               mentions, parsed)
    quotes = with_interview_outlet(quotes, answers)
    claims, published = extract_claims(parsed, document, mentions, refs.genders)
    return DocumentAnalysis(document=document.with_(published=published), mentions=mentions,
                            claims=claims, quotes=quotes)
