"""Quotes to model `Quote`s: the speaker expression becomes the document-local person cluster."""
from __future__ import annotations

import hashlib

from ..model import Mention, Quote, Span


def quote_id(document_id: str, start: int, end: int) -> str:
    return "q" + hashlib.sha256(f"{document_id}:{start}:{end}".encode()).hexdigest()[:12]


def to_quotes(findings, mentions: list[Mention], document_id: str,
              text: str | None = None) -> list[Quote]:
    """`text`: the analysed text, to read possessors and apposed names around speakers."""
    return [_quote(f, mentions, document_id, text) for f in findings]


def _quote(f, mentions: list[Mention], document_id: str, text: str | None) -> Quote:
    speaker = None
    if f.speaker_start is not None:
        speaker = cluster_at(mentions, f.speaker_start, f.speaker_end, text)
    cue = Span(document_id, f.cue_start, f.cue_end) if f.cue_start is not None else None
    return Quote(quote_id(document_id, f.start, f.end), Span(document_id, f.start, f.end),
                 f.text, speaker, f.outlet, cue)


def cluster_at(mentions: list[Mention], start: int, end: int,
               text: str | None = None) -> str | None:
    """The person cluster of the mention inside [start, end): the longest one, names first.
    With the text: a possessor is not the speaker ("Ana Cole's spokesman"); the name set
    right after such an expression by a comma is ("Ana Cole's spokesman, Ben Ode")."""
    if text is not None and _possessive(mentions, start, end, text):
        return _apposed_name(mentions, end, text)  # a role of someone's: named after, or nobody
    inside = [m for m in mentions if m.label == "person" and m.entity
              and start <= m.span.start and m.span.end <= end]
    overlapping = inside or [m for m in mentions if m.label == "person" and m.entity
                             and m.span.start < end and start < m.span.end]
    if not overlapping:
        return None
    best = max(overlapping, key=lambda m: (m.kind not in ("pronoun", "descriptor"),
                                           m.span.end - m.span.start))
    return best.entity


def _possessive(mentions: list[Mention], start: int, end: int, text: str) -> bool:
    """The expression is about someone else's person: "Ana Cole's spokesman"."""
    return any(m.label == "person" and start <= m.span.start and m.span.end < end
               and text[m.span.end:m.span.end + 2] in ("'s", "’s") for m in mentions)


def _apposed_name(mentions: list[Mention], end: int, text: str) -> str | None:
    gap = len(text[end:]) - len(text[end:].lstrip(" ,"))
    if "," not in text[end:end + gap]:
        return None
    named = [m for m in mentions if m.label == "person" and m.entity and m.kind == "name"
             and m.span.start == end + gap]
    return named[0].entity if named else None
