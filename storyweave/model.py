"""The domain types every stage speaks: documents, spans, mentions, entities, claims, facts.

They are small frozen dataclasses so a per-document analysis can be hashed, compared and
shipped to another process unchanged. Offsets always index a document's stored text.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Literal

Granularity = Literal["day", "month", "season", "year", "decade", "century", "unknown"]
EntityType = Literal["person", "organization", "place", "work", "other"]
MentionKind = Literal["name", "surname", "first", "handle", "pronoun", "descriptor", "birth_name"]


@dataclass(frozen=True)
class Interval:
    """A closed interval of days with the granularity it was stated at.

    `earliest`/`latest` may be None for an open end ("since 2013" has no latest).
    """

    earliest: dt.date | None
    latest: dt.date | None
    granularity: Granularity = "day"
    text: str = ""

    def overlaps(self, other: Interval) -> bool:
        lo = max(_lo(self), _lo(other))
        hi = min(_hi(self), _hi(other))
        return lo <= hi

    def intersect(self, other: Interval) -> Interval | None:
        lo, hi = max(_lo(self), _lo(other)), min(_hi(self), _hi(other))
        if lo > hi:
            return None
        finer = self if _width(self) <= _width(other) else other
        return Interval(_open(lo), _open(hi), finer.granularity, finer.text)

    def contains(self, other: Interval) -> bool:
        return _lo(self) <= _lo(other) and _hi(other) <= _hi(self)

    def with_text(self, text: str) -> Interval:
        """The same days, as written in `text`."""
        return Interval(self.earliest, self.latest, self.granularity, text)

    def as_json(self) -> dict:
        return {"earliest": _iso(self.earliest), "latest": _iso(self.latest), "text": self.text}


_MIN, _MAX = dt.date.min, dt.date.max


def _lo(i: Interval) -> dt.date:
    return i.earliest or _MIN


def _hi(i: Interval) -> dt.date:
    return i.latest or _MAX


def _open(d: dt.date) -> dt.date | None:
    return None if d in (_MIN, _MAX) else d


def _width(i: Interval) -> int:
    return (_hi(i) - _lo(i)).days


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def year_interval(year: int, text: str = "") -> Interval:
    return Interval(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", text)


@dataclass(frozen=True)
class Span:
    """Evidence: a character range of one document's stored text."""

    document: str
    start: int
    end: int

    def text_in(self, text: str) -> str:
        return text[self.start:self.end]


@dataclass(frozen=True)
class Removal:
    """Boilerplate kept in the stored text but excluded from analysis."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True)
class Published:
    """When a document was published: an interval, and whether it was inferred from content."""

    earliest: dt.date | None
    latest: dt.date | None
    inferred: bool
    source: str = ""

    @property
    def interval(self) -> Interval:
        return Interval(self.earliest, self.latest, "day", self.source)

    def as_json(self) -> dict:
        return {"earliest": _iso(self.earliest), "latest": _iso(self.latest),
                "inferred": self.inferred}


UNKNOWN_PUBLISHED = Published(None, None, True, "unknown")


@dataclass(frozen=True)
class Article:
    """What a reader produces: text plus whatever metadata the source had."""

    text: str
    path: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    published_source: str = ""


@dataclass(frozen=True)
class Document:
    id: str
    path: str
    title: str
    text: str
    url: str | None = None
    outlet: str | None = None
    published: Published = UNKNOWN_PUBLISHED
    removed: tuple[Removal, ...] = ()
    duplicate_of: str | None = None

    def with_(self, **changes) -> Document:
        return replace(self, **changes)


@dataclass(frozen=True)
class Mention:
    span: Span
    text: str
    kind: MentionKind
    label: EntityType
    entity: str | None = None  # a document-local cluster key until resolution


@dataclass(frozen=True)
class Alias:
    name: str
    reason: str
    evidence: Span | None = None


@dataclass(frozen=True)
class Entity:
    id: str
    type: EntityType
    name: str
    aliases: tuple[Alias, ...] = ()


@dataclass(frozen=True)
class Claim:
    """One source's statement, with the span that says it."""

    id: str
    subject: str
    predicate: str
    evidence: Span
    object: str | None = None
    value: str | None = None
    time: Interval | None = None
    place: str | None = None
    cue: str = ""


@dataclass(frozen=True)
class Fact:
    id: str
    subject: str
    predicate: str
    claims: tuple[str, ...]
    status: Literal["agreed", "single", "conflicting"]
    object: str | None = None
    value: str | None = None
    time: Interval | None = None
    place: str | None = None


@dataclass(frozen=True)
class Conflict:
    id: str
    subject: str
    predicate: str
    facts: tuple[str, ...]
    explanation: str


@dataclass(frozen=True)
class Quote:
    id: str
    span: Span
    text: str
    speaker: str | None = None
    outlet: str | None = None
    cue: Span | None = None


@dataclass
class DocumentAnalysis:
    """Everything one document says, all offsets into its stored text (a per-document result)."""

    document: Document
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
