"""Awards named in a document: known prizes by any of their names ("Grammy", "Daytime Emmy
Award"), tagged names whose head is a prize word ("the Ardent Cup"), prize-shaped names
("the Kestrel award", "the Order of the Heron") and titles of a period ("Player of the Year")."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..model import Mention, Span
from .lexicon import AWARDS, INSTITUTION_HEADS
from .nlp import text_of
from .places import overlaps

_AWARD = re.compile(r"\b(" + "|".join(sorted((re.escape(f) for c, fs in AWARDS.items()
                                              for f in (c, *fs)), key=len, reverse=True)) + r")\b")


def award_mentions(doc: Doc, doc_id: str, mentions: list[Mention]) -> list[Mention]:
    """Known awards by any of their names ("Grammy", "Daytime Emmy Award"), and any
    capitalized name the tagger found whose head is a prize word ("the Ardent Cup")."""
    text = text_of(doc)
    forms = {f: c for c, fs in AWARDS.items() for f in (c, *fs)}
    found = []
    for m in _AWARD.finditer(text):
        start = _qualifier_start(text, m.start())
        canonical = forms[m.group(1)] if start == m.start() else text[start:m.end()]
        found.append(Mention(Span(doc_id, start, m.end()), text[start:m.end()], "name",
                             "other", "award:" + canonical))
    found += [Mention(Span(doc_id, start, end), text[start:end], "name", "other",
                      "award:" + text[start:end]) for start, end in _prize_ents(doc)]
    found += [Mention(Span(doc_id, start, end), text[start:end], "name", "other",
                      "award:" + text[start:end]) for start, end in _prize_names(text)]
    found += [Mention(Span(doc_id, m.start(), m.end()), m.group(), "name", "other",
                      "award:" + m.group()) for m in _TITLE_OF_THE.finditer(text)
              if not set(m.group().lower().split()) & INSTITUTION_HEADS]
    kept: list[Mention] = []  # in order of trust: known prizes, tagged names, shapes
    for m in found:
        if not overlaps(mentions + kept, m.span.start, m.span.end):
            kept.append(m)
    return kept


# a title for one period or place: "Player of the Year", "Miss Pinup Girl of the World"
_TITLE_OF_THE = re.compile(
    r"\b(?:(?:Miss|Mister|Mr\.|Ms\.)(?:\s+[A-Z][\w'-]+){1,3}|(?:(?:Rookie|Defensive|Offensive|"
    r"Comeback|Young|Most\s+Valuable)\s+)?(?:Player|Playmate|Coach|Manager|Person|Man|Woman|"
    r"Athlete|Rookie|Entertainer|Artist|Musician|Driver|Queen|King|Sportsman|Sportswoman|"
    r"Sportsperson|Footballer|Cricketer|Teacher|Scientist|Citizen|Mother|Father))"
    r"\s+of\s+the\s+(?:Year|Month|Week|Decade|Century|Season|Tournament|Match|Game|World|"
    r"Universe|Series)\b")
_QUALIFIER = re.compile(r"(?:\b[A-Z][a-z]+\s+){1,2}$")  # "Daytime Emmy", "Primetime Emmy"
_PRIZE_HEAD = re.compile(r"^[A-Z][\w.'-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w.'-]*)*\s+"
                         r"(?:Award|Prize|Trophy|Medal)$")


def _qualifier_start(text: str, start: int) -> int:
    """Capitalized words before a known award name are part of it, unless a sentence starts."""
    q = _QUALIFIER.search(text, max(0, start - 30), start)
    if q is None or q.group().split()[0] in ("The", "A", "An", "His", "Her", "Their"):
        return start
    return q.start()


def _prize_ents(doc: Doc) -> list[tuple[int, int]]:
    """Spans of tagged names that are prizes ("the Ardent Cup" without its "the")."""
    spans = [(e.start_char + (4 if e.text.lower().startswith("the ") else 0), e.end_char)
             for e in doc.ents if e.label_ in ("ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "FAC",
                                                "PERSON")]
    return [(a, b) for a, b in spans if _PRIZE_HEAD.match(text_of(doc)[a:b])]


# "the Kestrel award", "the Amara Prize for Humanitarian Service", "the Order of the Heron"
_PRIZE_NAME = re.compile(
    r"\b(?:(?:[A-Z][\w.'’-]*\s+(?:(?:of|for|the|and|in)\s+)*)+(?:Awards?|Prize|Trophy|Medal|"
    r"Fellowship|award|prize|medal|trophy|fellowship)(?:\s+for\s+(?:[A-Z][\w'’-]*\s?)+)?"
    r"|Order\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s?)+)")
_LEADING = re.compile(r"^(?:(?:The|A|An|His|Her|Their|Its|In|On|At)\s+)+")


def _prize_names(text: str) -> list[tuple[int, int]]:
    """Prize names by their shape, whatever NER made of them."""
    out = []
    for m in _PRIZE_NAME.finditer(text):
        lead = _LEADING.match(m.group())
        start = m.start() + (lead.end() if lead else 0)
        name = text[start:m.end()].rstrip()
        if len(name.split()) >= 2 and "\n" not in name:
            out.append((start, start + len(name)))
    return out
