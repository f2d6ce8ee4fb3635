"""Life claims: place of birth, date of death, siblings, partners, parents, and the kin-noun
forms of spouse, marriage and divorce ("Ana's husband Ben", "her marriage to Ben", "their divorce").

Kin nouns name a relative only with a possessor and a name in apposition ("his sister Ana",
"Ana's brother, Ben"); a kin noun that is itself a possessor ("his wife's sister") or a
modifier ("a divorce lawyer") says nothing about the possessor's own relatives.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from ...model import Claim, Interval, Mention, year_interval
from .context import Sentence
from ..nlp import text_of

SIBLINGS = {"brother", "sister", "sibling", "half-brother", "half-sister", "stepbrother",
            "stepsister", "twin"}
PARTNERS = {"girlfriend", "boyfriend", "partner", "companion"}
SPOUSES = {"wife", "husband", "spouse", "widow", "widower", "ex-wife", "ex-husband"}
FIANCES = {"fiancé", "fiancée", "fiance", "fiancee"}
# modifiers that make "partner" a business or sports relation, not a couple
_NOT_COUPLE = {"business", "law", "tennis", "doubles", "dance", "sparring", "coalition",
               "trading", "writing", "songwriting", "production", "managing", "senior",
               "junior", "founding", "equity", "limited", "general", "silent", "training",
               "climbing", "research", "creative", "comedy"}
PARENTS = {"mother", "father", "mum", "mom", "dad", "stepmother", "stepfather"}
_KIN = {**{n: "sibling" for n in SIBLINGS}, **{n: "partner" for n in PARTNERS},
        **{n: "spouse" for n in SPOUSES}, **{n: "engagement" for n in FIANCES},
        **{n: "parent" for n in PARENTS}}
_BORN_GAP = re.compile(r"^-born\b")


def life_claims(s: Sentence) -> Iterator[Claim]:
    for token in s.sent:
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and (token.lower_ in _KIN or lemma in _KIN):
            yield from _kin(s, token, _KIN.get(token.lower_) or _KIN[lemma])
        elif token.pos_ == "NOUN" and lemma in ("marriage", "divorce"):
            yield from _union_noun(s, token, lemma)
        elif token.lower_ in _ORDINALS and _after_marriage_noun(s, token):
            yield from _union_noun(s, token, "marriage")  # "…, and her second to Ben in 1958"
        elif lemma == "die" and token.pos_ == "VERB" or _passed_away(token):
            yield from _death(s, token)
        elif lemma == "precede" and token.pos_ == "VERB":
            yield from _preceded_in_death(s, token)
        elif token.lower_ == "death" and token.pos_ == "NOUN":
            yield from _death_noun(s, token)
        elif token.lower_ == "born" and not any(c.dep_ == "auxpass" for c in token.children):
            yield from _born_aside(s, token)
    yield from _birth_places(s)
    yield from _lifespans(s)


# kin nouns ---------------------------------------------------------------------------------

def _kin(s: Sentence, noun: Token, predicate: str) -> Iterator[Claim]:
    """"his sister Ana", "Ana's brother, Ben", "her girlfriend, Ana": possessor and name."""
    if noun.dep_ in ("poss", "compound", "amod") or _modified_away(noun, predicate):
        return  # "his wife's sister", "a sister company", "business partner"
    owners = _possessors(s, noun)
    relative = _named(s, noun)
    for owner in owners:
        if relative and owner != relative and predicate == "parent":  # "his mother, Jean"
            yield s.claim(relative, "child", noun, object=owner)
        elif relative and owner != relative:
            yield s.claim(owner, predicate, noun, object=relative)
            if predicate == "engagement":  # "her fiancé, Ben": a couple, engaged
                yield s.claim(owner, "partner", noun, object=relative)


def _modified_away(noun: Token, predicate: str) -> bool:
    mods = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
    return predicate == "partner" and bool(mods & _NOT_COUPLE)


def _possessors(s: Sentence, noun: Token) -> list[str]:
    """"Ana's"/"her" before the noun; for an appositive noun without one ("Ana Cole, sister of
    Ben"), the "of" object."""
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ in ("ex", "former"):  # "Ben's ex-wife" parsed oddly
            return [k for g in c.children if g.dep_ == "poss" for k in s.people_of(g)]
        if c.dep_ == "poss":
            return s.people_of(c)
    of = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
          for p in c.children if p.dep_ == "pobj"]
    return [k for p in of for k in s.people_of(p)] or s.survived(noun)


def _named(s: Sentence, noun: Token) -> str | None:
    """The relative's name: in apposition, a compound head, the name right after the noun, or
    the name the noun is in apposition to ("Ana, his sister")."""
    for t in noun.children:
        if t.dep_ in ("appos", "compound", "npadvmod") and _is_named(s, t):
            return s.person_at(t)
    if noun.dep_ in ("appos", "compound") and _is_named(s, noun.head):
        return s.person_at(noun.head)
    for t in noun.doc[noun.i + 1:noun.i + 3]:
        if t.pos_ == "PROPN" and _is_named(s, t):
            return s.person_at(t)
        if t.text != ",":
            break
    return _named_after_years(s, noun)


_OF_YEARS = re.compile(r"\s+of\s+(?:[\w-]+\s+){1,2}(?:years?|decades?|months?)\s*,?\s*")


def _named_after_years(s: Sentence, noun: Token) -> str | None:
    """"his wife of 20 years, Janet": the name after the length of the relationship."""
    text = text_of(s.sent.doc)
    gap = _OF_YEARS.match(text, noun.idx + len(noun.text))
    if gap is None:
        return None
    named = [m for m in s.doc.people if m.span.start == gap.end() and m.kind == "name"]
    return named[0].entity if named else None


def _is_named(s: Sentence, token: Token) -> bool:
    """A name mention (not a pronoun or "the singer") covers the token."""
    return any(m.span.start <= token.idx < m.span.end and m.kind not in ("pronoun", "descriptor")
               for m in s.doc.people)


def _union_noun(s: Sentence, noun: Token, lemma: str) -> Iterator[Claim]:
    """"her marriage to Ben in 1990", "his divorce from Ana in 2001"."""
    if noun.dep_ in ("compound", "amod", "poss"):
        return  # "a divorce lawyer", "marriage counsellor"
    owners = _possessors(s, noun) or _earlier_subject(s, noun) or _filer(s, noun)
    preps = ("to",) if lemma == "marriage" else ("from",)
    others = [k for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
              for p in c.children if p.dep_ == "pobj" for k in s.people_of(p)] \
        or _name_after_preposition(s, noun, preps)
    filed = bool(_filer(s, noun))  # a filing is dated, the divorce it asks for is not yet
    for owner in owners:
        for other in others:
            if owner != other:
                time = None if filed else \
                    s.time_near(noun, exclude_event=lemma, own=noun.lower_ in _ORDINALS)
                yield s.claim(owner, lemma, noun, object=other, time=time)
                if lemma == "marriage":
                    yield s.claim(owner, "spouse", noun, object=other)


_PREP_GAP = re.compile(r"^\s+(to|from)\s+(?:[\w.'-]+\s+){0,3}$")


def _name_after_preposition(s: Sentence, noun: Token, preps: tuple[str, ...]) -> list[str]:
    """"marriage to Navy man Ben Ode", read off the text when the parse lost the phrase."""
    text = text_of(s.sent.doc)
    end = noun.idx + len(noun.text)
    for m in sorted(s.doc.people, key=lambda m: m.span.start):
        if m.kind == "name" and end < m.span.start <= end + 40:
            gap = _PREP_GAP.match(text[end:m.span.start])
            return [m.entity] if gap and gap.group(1) in preps else []
    return []


def _filer(s: Sentence, noun: Token) -> list[str]:
    """"Ana filed for divorce from Ben": the one who filed."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    return s.subjects(verb) if verb is not None and verb.lemma_ == "file" else []


_ORDINALS = {"first", "second", "third", "fourth", "fifth", "last", "latest"}


def _after_marriage_noun(s: Sentence, token: Token) -> bool:
    """An ordinal standing for a marriage named earlier in the sentence."""
    return any(t.lemma_.lower() == "marriage" for t in s.sent if t.i < token.i) and \
        token.dep_ not in ("amod", "compound")


def _earlier_subject(s: Sentence, noun: Token) -> list[str]:
    """"Ana married twice; the first marriage to Ben …": the marriage of whoever married
    earlier in the sentence (only with a definite article, not "a marriage")."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return []
    verbs = [t for t in s.sent if t.i < noun.i and t.lemma_.lower() in ("marry", "wed")]
    found = [k for v in verbs for k in s.subjects(v)]
    return found[:1]


# life spans --------------------------------------------------------------------------------

_PAREN = re.compile(r"\s*\(([^()]{4,80})\)")
_DASH = re.compile(r"^\s*(?:[–—]|-{1,2}|to)\s*$")
_YEAR_SPAN = re.compile(r"(?:b\.\s*)?(\d{4})\s*(?:[–—]|-{1,2})\s*(?:d\.\s*)?(\d{4})")


def _lifespans(s: Sentence) -> Iterator[Claim]:
    """"Ana Cole (3 May 1911 – 5 February 1971)", "Ana Cole (1931–2008)": born and died."""
    text = text_of(s.sent.doc)
    for m in s.doc.people:
        if m.kind == "name" and s.contains(m.span.start):
            span = _lifespan_after(s, text, m.span.end)
            if span:
                yield s.claim(m.entity, "date_of_birth", "(", time=span[0])
                yield s.claim(m.entity, "date_of_death", "–", time=span[1])


def _lifespan_after(s: Sentence, text: str, end: int) -> tuple[Interval, Interval] | None:
    paren = _PAREN.match(text, end)
    if paren is None:
        return None
    a, b = paren.span(1)
    dates = [v for v in s.doc.times if a <= v.start < b and v.type == "DATE" and v.interval]
    if len(dates) == 2 and _DASH.match(text[dates[0].end:dates[1].start]):
        born, died = (v.interval.with_text(v.text) for v in dates)
        return (born, died) if _a_lifetime(born.earliest.year, died.earliest.year) else None
    years = _YEAR_SPAN.fullmatch(paren.group(1).strip())
    if years and _a_lifetime(int(years.group(1)), int(years.group(2))):
        return year_interval(int(years.group(1)), years.group(1)), \
            year_interval(int(years.group(2)), years.group(2))
    return None


def _a_lifetime(born: int, died: int) -> bool:
    """A life, not a term in office or at school ("Sue Lee (1946 - 1950), author")."""
    return 15 <= died - born <= 115


# death -------------------------------------------------------------------------------------

def _passed_away(token: Token) -> bool:
    return token.lemma_ == "pass" and any(c.lower_ == "away" for c in token.children)


def _death(s: Sentence, verb: Token) -> Iterator[Claim]:
    """"Ana Cole died on Thursday", "Ana Cole, who died in 1990": a dated death."""
    if any(c.dep_ == "neg" or c.lower_ in ("nearly", "almost") for c in verb.children):
        return
    people = _dead(s, verb)
    time = s.time_near(verb) if people else None
    if time is None or not _after(s, verb, time.text):
        return  # "the 1950s star has died": a date before the verb is someone else's
    for person in people[:1]:
        yield s.claim(person, "date_of_death", verb, time=time, place=_place_on(s, verb))


def _preceded_in_death(s: Sentence, verb: Token) -> Iterator[Claim]:
    """"He was preceded in death by his first wife, Joyce, in 1972": she died in 1972."""
    if not any(c.lower_ == "in" and any(p.lower_ == "death" for p in c.children)
               for c in verb.children):
        return
    agents = [p for c in verb.children if c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
    dead = [k for p in agents for k in [_named(s, p) or s.person_at(p)] if k]
    time = s.time_near(verb) if dead else None
    if time is not None:
        yield s.claim(dead[0], "date_of_death", verb, time=time)


def _after(s: Sentence, cue: Token, text: str) -> bool:
    return text_of(s.sent.doc).find(text, cue.idx, s.sent.end_char) >= 0


def _dead(s: Sentence, verb: Token) -> list[str]:
    if verb.dep_ == "relcl" and s.person_at(verb.head):
        return [s.person_at(verb.head)]
    return [k for c in verb.children if c.dep_ == "nsubj" for k in s.people_of(c)] \
        or (s.subjects(verb) if verb.dep_ == "conj" else [])


def _death_noun(s: Sentence, noun: Token) -> Iterator[Claim]:
    """"her death on Thursday": the possessor died then (a date elsewhere in the sentence,
    "returned in 1867 and stayed until his death", is not the death's)."""
    time = s.time_near(noun, own=True)
    if time is None or noun.dep_ in ("compound", "amod") or \
            text_of(s.sent.doc).find(time.text, noun.idx, noun.idx + 30) < 0:
        return
    for person in [k for c in noun.children if c.dep_ == "poss" for k in s.people_of(c)][:1]:
        yield s.claim(person, "date_of_death", noun, time=time)


def _place_on(s: Sentence, verb: Token) -> str | None:
    """A place mention hanging on the verb through "in"/"at" (maybe inside a noun phrase:
    "at a Lyon hospital")."""
    for m in s.doc.places:
        if s.contains(m.span.start):
            path = _up(s, m)
            if verb in path and any(t.lower_ in ("in", "at") for t in path):
                return m.entity
    return None


def _born_aside(s: Sentence, born: Token) -> Iterator[Claim]:
    """"Ana Cole (born 3 May 1950 in Lyon)", "Ana Cole, born 1950,": the name just before."""
    text = text_of(s.sent.doc)
    before = [m for m in s.doc.people if m.kind not in ("pronoun", "descriptor")
              and s.contains(m.span.start) and m.span.end <= born.idx
              and re.fullmatch(r"\s*[(,;]\s*", text[m.span.end:born.idx])]
    fronted = [] if before else _fronted_subject(s, born)
    person = before[-1].entity if before else next(iter(fronted), None)
    time = s.time_near(born, own=bool(fronted)) if person else None
    if time is not None and _after(s, born, time.text) and \
            (before or _in_born_phrase(s, born, time.text)):
        yield s.claim(person, "date_of_birth", born, time=time)


def _in_born_phrase(s: Sentence, born: Token, text: str) -> bool:
    """The date is said of the birth ("born in 1975, she moved in 1990": not 1990)."""
    found = text_of(s.sent.doc).find(text, born.idx)
    return found >= 0 and "," not in text_of(s.sent.doc)[born.idx:found]


# birth places ------------------------------------------------------------------------------

def _birth_places(s: Sentence) -> Iterator[Claim]:
    for m in s.doc.places:
        if s.contains(m.span.start):
            person = _born_in(s, m) or _native_of(s, m) or _place_born(s, m)
            if person:
                yield s.claim(person, "place_of_birth", "born", object=m.entity)
                return  # "born in Lyon, France": the first place is the claim


def _up(s: Sentence, m: Mention) -> list[Token]:
    """The place's head tokens up to its first verb."""
    span = s.sent.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    out: list[Token] = []
    t = span.root if span is not None else None
    while t is not None and t.head.i != t.i and len(out) < 6:
        t = t.head
        out.append(t)
        if t.pos_ in ("VERB", "AUX"):
            break
    return out


def _born_in(s: Sentence, m: Mention) -> str | None:
    """"Ana was born in Lyon", "Ana Cole, born in Lyon,", "born to a family in Lyon"."""
    path = _up(s, m)
    if not path or path[0].lower_ != "in" or path[-1].lower_ != "born":
        return None
    born = path[-1]
    if born.dep_ in ("acl", "relcl", "appos") and s.person_at(born.head):
        return s.person_at(born.head)
    people = s.subjects(born) or _fronted_subject(s, born)
    return people[0] if people else None


def _fronted_subject(s: Sentence, born: Token) -> list[str]:
    """"Born in Lagos in 1975, Ade Okafor moved …": the participle opening the sentence
    describes the main clause's subject."""
    text = text_of(s.sent.doc)
    opening = not text[max(s.sent.start_char, text.rfind("\n", 0, born.idx) + 1):born.idx].strip()
    if not opening or born.dep_ not in ("advcl", "ROOT", "csubj", "ccomp"):
        return []
    main = born.head if born.dep_ != "ROOT" else born
    people = s.subjects(main) if main.i != born.i else []
    return people[:1]


def _native_of(s: Sentence, m: Mention) -> str | None:
    """"Ana Cole, a native of Lyon", "A native of Lyon, Ana Cole …"."""
    path = _up(s, m)
    if len(path) < 2 or path[0].lower_ != "of" or path[1].lower_ != "native":
        return None
    native = path[1]
    if native.dep_ == "appos" and s.person_at(native.head):
        return s.person_at(native.head)
    if native.dep_ == "attr":
        people = s.subjects(native.head)
        return people[0] if people else None
    return s.fronted_apposition(native)


def _place_born(s: Sentence, m: Mention) -> str | None:
    """"the Lyon-born chef Ana Cole": the next name after "PLACE-born"; "Ana Cole, the
    Lyon-born chef": the descriptor the place is written in."""
    text = text_of(s.sent.doc)
    if not _BORN_GAP.match(text[m.span.end:m.span.end + 6]):
        return None
    around = [p.entity for p in s.doc.people if p.kind == "descriptor" and p.entity
              and p.span.start < m.span.start and m.span.end < p.span.end]
    if around:
        return around[0]
    after = [p for p in s.doc.people if p.kind not in ("pronoun", "descriptor")
             and m.span.end < p.span.start <= m.span.end + 50 and s.contains(p.span.start)]
    first = min(after, key=lambda p: p.span.start, default=None)
    gap = text[m.span.end + 5:first.span.start] if first else ","
    return first.entity if first and re.fullmatch(r"[\s\w-]*", gap) else None
