"""Ages as birth intervals: "the 39-year-old", "Ana Cole, 33,", "died …, aged 77"."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ...model import Claim, Interval
from ..nlp import text_of
from ..time import birth_interval
from .context import Sentence


def in_sentence(s: Sentence, start: int) -> bool:
    return s.sent.start_char <= start < s.sent.end_char


def age_claims(s: Sentence) -> Iterator[Claim]:
    """"the 39-year-old", "Ana Cole, 33,", "at 33": a birth interval for that person."""
    for v in s.doc.times:
        if v.type == "AGE" and in_sentence(s, v.start):
            person = _person_of_age(s, v.start, v.end)
            at = _dated_clause(s, v.start) if person else None
            if at is not None:  # "retired in 1990 at the age of 60": born 1929-30
                yield from _age_at(s, person, v, at)
            elif person:
                text = text_of(s.sent.doc)[_age_phrase_start(s, v.start):v.end]
                time = Interval(v.interval.earliest, v.interval.latest, "year", text) \
                    if v.interval else None  # undated article: kept to date it (dating.py)
                yield s.claim(person, "date_of_birth", v.text, time=time)


def _person_of_age(s: Sentence, start: int, end: int) -> str | None:
    covering = [m for m in s.doc.people if m.span.start <= start and end <= m.span.end]
    if covering:
        return covering[0].entity
    text = text_of(s.sent.doc)
    before = [m for m in s.doc.people if m.span.end <= start and start - m.span.end <= 24
              and _AGE_GAP.match(text[m.span.end:start])]
    return before[-1].entity if before else _age_subject(s, start)


# "Ana Cole, 85,", "Ana Cole, who was 85,": the age right after the name
_AGE_GAP = re.compile(r"^\s*,?\s*(?:who\s+(?:was|is|turned|had\s+turned)\s+(?:aged\s+)?)?$")
_AGE_LEAD = re.compile(r"(?:\bat\s+(?:the\s+)?age\s+(?:of\s+)?|\baged\s+|\b(?:was|is)\s+|"
                       r"\bturn(?:ed|s)\s+)$", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _age_at(s: Sentence, person: str, v, at) -> Iterator[Claim]:
    """The birth interval of an age told at a dated event of its clause (not at publication;
    the cue "at N" keeps it out of dating the article by ages)."""
    age = int(v.duration.amount) if v.duration and v.duration.amount else None
    born = birth_interval(age, at.interval) if age and v.value.endswith("Y") else None
    if born is not None:
        yield s.claim(person, "date_of_birth", f"at {v.text}",
                      time=Interval(born.earliest, born.latest, "year", at.text))


def _dated_clause(s: Sentence, start: int):
    """A date with its year in the age's own clause ("died on March 3, 2015, aged 77"), when
    the age hangs on a verb ("at the age of", "aged"); a year in a relative clause ("who moved
    to Bath in 2007") is another clause's."""
    text = text_of(s.sent.doc)
    if not _AGE_LEAD.search(text[max(0, start - 25):start]):
        return None
    dated = [v for v in s.doc.times if s.contains(v.start) and v.type == "DATE" and v.interval
             and _YEAR.search(v.text) and not _in_relative_clause(s, v.start)
             and (v.interval.latest - v.interval.earliest).days <= 366]
    return min(dated, key=lambda v: abs(v.start - start)) if dated else None


def _age_subject(s: Sentence, start: int) -> str | None:
    """"Ana Cole died Tuesday at the age of 85" / "..., aged 85" / "She was 85.": the subject
    of the verb the age hangs on."""
    text = text_of(s.sent.doc)
    if not _AGE_LEAD.search(text[max(0, start - 25):start]):
        return None
    token = next((t for t in s.sent if t.idx <= start < t.idx + len(t)), None)
    for verb in _verbs_up(token):  # "from flying in 1990 at the age of 60": flying has none
        subjects = s.subjects(verb)
        if subjects:
            return subjects[0] if len(subjects) == 1 else None
    return None


def _verbs_up(token, limit: int = 3) -> Iterator:
    """The verbs above a token, nearest first (at most `limit`)."""
    while token is not None and token.head.i != token.i and limit:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            limit -= 1
            yield token


def _in_relative_clause(s: Sentence, offset: int) -> bool:
    token = next((t for t in s.sent if t.idx <= offset < t.idx + len(t)), None)
    while token is not None and token.head.i != token.i:
        if token.dep_ in ("relcl", "acl"):
            return True
        token = token.head
    return False


def _age_phrase_start(s: Sentence, start: int) -> int:
    covering = [m for m in s.doc.people if m.span.start <= start < m.span.end]
    return covering[0].span.start if covering else start
