"""Children named in lists and "son of" phrases: "They have three children: Ana, Leo and
Mia" (each a child of both parents, siblings of each other), "the eldest son of Ben Cole"."""
from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Token

from ...model import Claim
from ..nlp import text_of
from .context import RELATIVE_PRONOUNS, Sentence

PLURAL_CHILDREN = {"children", "sons", "daughters", "kids", "twins"}
RAISE_VERBS = {"have", "raise", "adopt", "share", "welcome"}
# between names of a list, past an age or a short relative clause: "Freya, 17, who started
# school last month, Nils, 14, and Greta"
_LIST_GAP = re.compile(r"(?:,\s*\d{1,3})?(?:,\s*(?:who|now)\b[^,;:]{0,80})?"
                       r"\s*(?::|,|,?\s+and|\s+and)?\s*")


def offspring_claims(s: Sentence, noun: Token) -> Iterator[Claim]:
    if noun.lower_ in PLURAL_CHILDREN:
        yield from _child_list(s, noun)
    elif noun.dep_ in ("attr", "appos"):
        yield from _child_of(s, noun)


def _child_list(s: Sentence, noun: Token) -> Iterator[Claim]:
    kids = _listed(s, noun)
    if len(kids) < 2:
        return  # one named child is the singular rules' case
    parents = _owners(s, noun)
    if set(parents) & set(kids):
        parents = []  # "they" read as two of the children themselves: no parent is known
    for parent in parents:
        for kid in kids:
            yield s.claim(parent, "child", noun, object=kid)
    for a, b in combinations(kids, 2):
        yield s.claim(a, "sibling", noun, object=b)


def _listed(s: Sentence, noun: Token) -> list[str]:
    """The persons named one after another right after the noun."""
    text, pos, out = text_of(s.sent.doc), noun.idx + len(noun), []
    names = sorted((m for m in s.doc.people if m.kind == "name" and s.contains(m.span.start)
                    and m.span.start >= pos), key=lambda m: m.span.start)
    for m in names:
        if not _LIST_GAP.fullmatch(text[pos:m.span.start]):
            break
        out.append(m.entity)
        pos = m.span.end
    return list(dict.fromkeys(out))


def _owners(s: Sentence, noun: Token) -> list[str]:
    """"their children", "They have four children", "with whom he had four children", "the
    mother of two daughters"."""
    owners = [k for c in noun.children if c.dep_ == "poss" for k in s.people_of(c)] or \
        parent_by_noun(s, noun)
    verb = noun.head
    if not owners and (noun.dep_ != "dobj" or verb.lemma_ not in RAISE_VERBS):
        return s.survived(noun)  # "Survivors include his wife, Ann; sons Peter and David"
    if owners:
        return owners
    partners = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj" for k in _partner(s, verb, p)]
    return list(dict.fromkeys(s.subjects(verb) + partners))


def _partner(s: Sentence, verb: Token, pobj: Token) -> list[str]:
    if pobj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return s.people_of(verb.head)  # "a lady, with whom he had …": the lady
    return s.people_of(pobj)


def _child_of(s: Sentence, noun: Token) -> Iterator[Claim]:
    """"He is the eldest son of Ben Cole", "Ana, the daughter of Ben and Eva Cole"."""
    parents = [k for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj" for k in s.people_of(p)]
    if not parents:
        return
    kids = s.subjects(noun.head) if noun.dep_ == "attr" else s.people_of(noun.head)
    for kid in kids[:1]:
        for parent in parents:
            if parent != kid:
                yield s.claim(parent, "child", noun, object=kid)


PARENT_NOUNS = {"mother", "father", "parent", "mum", "mom", "dad"}


def parent_by_noun(s: Sentence, noun: Token) -> list[str]:
    """"Ana is the mother of two daughters", "Ben, the father of a son": the person the
    parent noun is said of."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in PARENT_NOUNS:
        return []
    parent = of.head
    if parent.dep_ == "attr":
        return s.subjects(parent.head)[:1]
    return [p for p in [s.person_at(parent.head)] if p] if parent.dep_ == "appos" else []


def parents_named(s: Sentence, noun: Token) -> Iterator[Claim]:
    """"Ben's parents, Ana and Leo Cole": each named parent has the owner as a child."""
    owners = [k for c in noun.children if c.dep_ == "poss" for k in s.people_of(c)]
    if noun.lemma_.lower() != "parent" or len(owners) != 1:
        return
    for parent in _listed(s, noun):
        if parent != owners[0]:
            yield s.claim(parent, "child", noun, object=owners[0])
