"""Places the tagger misses or mislabels: "the Ardlossie-born actor", "born in Carver Falls"."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc

from ..model import Mention, Span
from . import names as N
from .lexicon import INSTITUTION_HEADS
from .nlp import text_of

_DEMONYM = re.compile(r"(?:an|ish|ese|i|ic|ch|ss|er)$")
_BORN_PLACE = re.compile(r"\b([A-Z][\w'’]+(?: [A-Z][\w'’]+)?)-born\b")
# "a native of Pelican Reach", "born in Carver Falls": a name no tagger saw is a place
_CUED_PLACE = re.compile(r"\b(?:native of|born in|grew up in|raised in)\s+(?!(?:January|February|"
                         r"March|April|May|June|July|August|September|October|November|"
                         r"December|The)\b)([A-Z][\w'’]+(?: [A-Z][\w'’]+){0,2})\b")


def born_places(doc: Doc, doc_id: str, mentions: list[Mention]) -> list[Mention]:
    """"the Ardlossie-born actor": the word before "-born" is a place; a nationality (NORP
    with a nationality's ending: "Jamaican-born", "French-born") is not. A name right after
    "native of" or "born in" that no other mention covers is a place too."""
    out = []
    for pattern in (_BORN_PLACE, _CUED_PLACE):
        out += [m for m in _places(doc, doc_id, mentions, pattern)
                if not overlaps(out, m.span.start, m.span.end)]
    return out


def _places(doc: Doc, doc_id: str, mentions: list[Mention], pattern: re.Pattern[str]
            ) -> list[Mention]:
    out = []
    for m in pattern.finditer(text_of(doc)):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        norp = [t.ent_type_ == "NORP" for t in span] if span is not None else []
        if span is None or overlaps(_whole_names(mentions), m.start(1), m.end(1)) or \
                (any(norp) if pattern is _BORN_PLACE else all(norp)) and \
                _DEMONYM.search(m.group(1)):
            continue
        out.append(Mention(Span(doc_id, m.start(1), m.end(1)), m.group(1), "name", "place",
                           f"place:{N.name_key(m.group(1))}"))
    return out


def _whole_names(mentions: list[Mention]) -> list[Mention]:
    """Mentions other than a lone name part ("Tresk" of a "Tresk Main" NER took for a man)."""
    return [m for m in mentions if m.kind not in ("first", "surname")]


# where a person is born, raised or lives is a place, whatever NER said ("born in Carver Falls")
_PLACE_CUE = re.compile(r"\b(?:born|raised|grew up|lives|lived|living|resides|resided|settled|"
                        r"buried|native)\s+(?:in|of|near|outside)\s+(?:the\s+)?$")


# "The Marram Grass, a four-piece band": a name apposed to a group noun is an organization
_GROUP_APPOSED = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:band|group|club|company|"
                            r"firm|label|charity|orchestra|choir|party|team)\b")


def places_by_context(text: str, mentions: list[Mention]) -> list[Mention]:
    """Organizations (without an institution's head noun) named where a place must stand
    become places, in every mention of that name in the document; places apposed to a
    group noun become organizations."""
    names = {m.entity for m in mentions if m.label == "organization"
             and not set(m.text.lower().split()) & INSTITUTION_HEADS
             and _PLACE_CUE.search(text, max(0, m.span.start - 40), m.span.start)}
    groups = {m.entity for m in mentions if m.label == "place"
              and _GROUP_APPOSED.match(text, m.span.end)}
    return [_relabel(m, "place") if m.entity in names else
            _relabel(m, "organization") if m.entity in groups else m for m in mentions]


def _relabel(m: Mention, label: str) -> Mention:
    return replace(m, label=label, entity=f"{label}:" + m.entity.split(":", 1)[1])


def overlaps(mentions: Iterable[Mention], start: int, end: int) -> bool:
    return any(m.span.start < end and start < m.span.end for m in mentions)
