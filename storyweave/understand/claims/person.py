"""Claims about one person: date of birth from ages, birth name, occupation, awards."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ...model import Claim, Interval, Mention
from ..coref import nouns_before
from ..descriptors import OCCUPATIONS
from .context import Sentence
from ..nlp import text_of

_WIN = re.compile(r"\b(won|wins|win|winning|winner|winners|received|receives|earned|awarded|"
                  r"took home|picked up|collected|scooped)\b", re.I)
_NOT_WON = re.compile(r"\b(nominat\w*|nod|shortlist\w*|hopeful|contender)\b", re.I)


def person_claims(s: Sentence) -> Iterator[Claim]:
    yield from _ages(s)
    yield from _birth_names(s)
    yield from _occupations(s)
    yield from _awards(s)


def _in_sentence(s: Sentence, start: int) -> bool:
    return s.sent.start_char <= start < s.sent.end_char


def _ages(s: Sentence) -> Iterator[Claim]:
    """"the 39-year-old", "Ana Cole, 33,", "at 33": a birth interval for that person."""
    for v in s.doc.times:
        if v.type == "AGE" and v.interval and _in_sentence(s, v.start):
            person = _person_of_age(s, v.start, v.end)
            if person:
                text = text_of(s.sent.doc)[_age_phrase_start(s, v.start):v.end]
                time = Interval(v.interval.earliest, v.interval.latest, "year", text)
                yield s.claim(person, "date_of_birth", v.text, time=time)


def _person_of_age(s: Sentence, start: int, end: int) -> str | None:
    covering = [m for m in s.doc.people if m.span.start <= start and end <= m.span.end]
    if covering:
        return covering[0].entity
    before = [m for m in s.doc.people if m.span.end <= start and start - m.span.end <= 3
              and text_of(s.sent.doc)[m.span.end:start].strip() in (",", "")]
    return before[-1].entity if before else None


def _age_phrase_start(s: Sentence, start: int) -> int:
    covering = [m for m in s.doc.people if m.span.start <= start < m.span.end]
    return covering[0].span.start if covering else start


def _birth_names(s: Sentence) -> Iterator[Claim]:
    for m in s.doc.people:
        if m.kind == "birth_name" and _in_sentence(s, m.span.start):
            yield s.claim(m.entity, "birth_name", m.text, value=m.text)


def _occupations(s: Sentence) -> Iterator[Claim]:
    """Occupation nouns used for a person: "the chef", "singer Ana Cole", "Ana Cole, a chef"."""
    for m in s.doc.people:
        if _in_sentence(s, m.span.start):
            for noun in _occupation_nouns(s, m):
                yield s.claim(m.entity, "occupation", noun, value=noun)


def _occupation_nouns(s: Sentence, m: Mention) -> list[str]:
    text = text_of(s.sent.doc)
    if m.kind == "descriptor":
        words = m.text.lower().split()
        return [words[-1]] if words[-1] in OCCUPATIONS and words[0] == "the" else []
    if m.kind != "name":
        return []
    run = [n for n in nouns_before(text, m.span.start) if n in OCCUPATIONS]
    after = re.match(r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?([a-z]+)\b", text[m.span.end:m.span.end + 40])
    if after and after.group(1) in OCCUPATIONS:
        run.append(after.group(1))
    return run


def _awards(s: Sentence) -> Iterator[Claim]:
    text = s.sent.text
    if not _WIN.search(text) or _NOT_WON.search(text):
        return
    for award in s.doc.awards:
        if _in_sentence(s, award.span.start):
            person = _winner(s, award)
            if person:
                yield s.claim(person, "award_received", award.text, object=award.entity)


def _winner(s: Sentence, award: Mention) -> str | None:
    """Who won: the person the award's noun phrase describes, else the clause subject."""
    token = s.sent.doc.char_span(award.span.start, award.span.end, alignment_mode="expand").root
    head = token
    while head.dep_ in ("compound", "amod", "nmod", "dobj", "pobj", "prep", "npadvmod") \
            and head.head.i != head.i:
        head = head.head
        person = s.person_at(head)
        if person:
            return person
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    subjects = s.subjects(verb)
    return subjects[0] if subjects else None
