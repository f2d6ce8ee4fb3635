"""Generated article text with the offsets of what it says: the synthetic corpus's writer.

`Builder` appends text piece by piece and records mentions, claims and quotes at their
character offsets, so a generated `DocumentAnalysis` slices its own text exactly.
"""
from __future__ import annotations

import datetime as dt
import hashlib

from ..model import (Claim, Document, DocumentAnalysis, Interval, Mention, Published, Quote,
                     Removal, Span)
from ..prepare import document_id

class Builder:
    """Text appended piece by piece, recording mentions, claims and quotes with offsets."""

    def __init__(self):
        self.parts: list[str] = []
        self.pos = 0
        self.keys: dict[object, str] = {}          # person object → p1, p2...
        self.mentions: list[tuple] = []            # (start, end, text, kind, label, key)
        self.claims: list[tuple] = []              # (start, end, subject, predicate, object, value, time, place, cue)
        self.quotes: list[tuple] = []              # (start, end, text, speaker, outlet, cue_start, cue_end)
        self.removed: list[tuple] = []             # (start, end, reason)
        self.sentence_start = 0
        self.title = ""
        self.outlet = ""
        self.published = dt.date(2020, 1, 1)

    def add(self, s: str) -> tuple[int, int]:
        start = self.pos
        self.parts.append(s)
        self.pos += len(s)
        return start, self.pos

    def key(self, p) -> str:
        if p not in self.keys:
            self.keys[p] = f"p{len(self.keys) + 1}"
        return self.keys[p]

    def person(self, p, kind: str = "name") -> str:
        text = {"name": p.full, "first": p.first, "surname": p.surname}[kind]
        start, end = self.add(text)
        k = self.key(p)
        self.mentions.append((start, end, text, kind, "person", k))
        return k

    def pronoun(self, p, capital: bool) -> None:
        word = ("she" if p.gender == "f" else "he")
        word = word.capitalize() if capital else word
        start, end = self.add(word)
        self.mentions.append((start, end, word, "pronoun", "person", self.key(p)))

    def org(self, name: str, label: str = "organization") -> str:
        start, end = self.add(name)
        key = f"{label}:{name.casefold().replace('&', 'and')}"
        self.mentions.append((start, end, name, "name", label, key))
        return key

    def begin(self) -> None:
        self.sentence_start = self.pos

    def claim(self, subject: str, predicate: str, cue: str, object: str | None = None,
              value: str | None = None, time: Interval | None = None,
              place: str | None = None) -> None:
        self.claims.append((self.sentence_start, None, subject, predicate, object, value, time,
                            place, cue))

    def end(self, tail: str = ".") -> None:
        self.add(tail)
        for n in range(len(self.claims) - 1, -1, -1):
            if self.claims[n][1] is not None:
                break
            self.claims[n] = (self.claims[n][0], self.pos, *self.claims[n][2:])

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def analysis(self, path: str) -> DocumentAnalysis:
        text = self.text
        doc_id = document_id(text)
        removed = tuple(Removal(s, e, text[s:e], reason) for s, e, reason in self.removed)
        published = Published(self.published, self.published, True, "dateline")
        document = Document(id=doc_id, path=path, title=self.title, text=text, url=None,
                            outlet=self.outlet, published=published, removed=removed)
        mentions = [Mention(Span(doc_id, s, e), t, kind, label, key)
                    for s, e, t, kind, label, key in self.mentions]
        claims = []
        for s, e, subject, predicate, obj, value, time, place, cue in self.claims:
            h = hashlib.sha256(f"{doc_id}|{s}|{predicate}|{subject}|{obj}|{value}".encode())
            claims.append(Claim("c" + h.hexdigest()[:15], subject, predicate, Span(doc_id, s, e),
                                object=obj, value=value, time=time, place=place, cue=cue))
        quotes = []
        for s, e, t, speaker, outlet, cs, ce in self.quotes:
            h = hashlib.sha256(f"{doc_id}|{s}|{e}".encode())
            quotes.append(Quote("q" + h.hexdigest()[:12], Span(doc_id, s, e), t, speaker, outlet,
                                Span(doc_id, cs, ce)))
        return DocumentAnalysis(document=document, mentions=mentions, claims=claims,
                                quotes=quotes)
