"""Quotes to model `Quote`s: the speaker expression becomes the document-local person cluster."""
from __future__ import annotations

import hashlib

from ..model import Mention, Quote, Span


def quote_id(document_id: str, start: int, end: int) -> str:
    return "q" + hashlib.sha256(f"{document_id}:{start}:{end}".encode()).hexdigest()[:12]


def to_quotes(findings, mentions: list[Mention], document_id: str) -> list[Quote]:
    return [_quote(f, mentions, document_id) for f in findings]


def _quote(f, mentions: list[Mention], document_id: str) -> Quote:
    speaker = None
    if f.speaker_start is not None:
        speaker = cluster_at(mentions, f.speaker_start, f.speaker_end)
    cue = Span(document_id, f.cue_start, f.cue_end) if f.cue_start is not None else None
    return Quote(quote_id(document_id, f.start, f.end), Span(document_id, f.start, f.end),
                 f.text, speaker, f.outlet, cue)


def cluster_at(mentions: list[Mention], start: int, end: int) -> str | None:
    """The person cluster of the mention inside [start, end): the longest one, names first."""
    inside = [m for m in mentions if m.label == "person" and m.entity
              and start <= m.span.start and m.span.end <= end]
    overlapping = inside or [m for m in mentions if m.label == "person" and m.entity
                             and m.span.start < end and start < m.span.end]
    if not overlapping:
        return None
    best = max(overlapping, key=lambda m: (m.kind not in ("pronoun", "descriptor"),
                                           m.span.end - m.span.start))
    return best.entity
