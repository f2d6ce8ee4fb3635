"""Relationship and family claims: marriage, spouse, engagement, meeting, dating, divorce,
children and their births, pregnancies. Cue words plus the dependency parse."""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from ...model import Claim
from .context import Sentence, named_after
from .offspring import RAISE_VERBS, offspring_claims, parent_by_noun, parents_named

MARRY = {"marry", "wed"}
LONE_PARTNER_VERBS = {"propose", "marry", "wed"}  # "he proposed": to the other of the couple
ENGAGE = {"propose", "engage"}
DIVORCE = {"divorce", "split", "separate"}
DATING = ("started dating", "began dating", "started seeing", "got together", "began a relationship",
          "started a relationship", "began seeing", "been dating since", "been together since",
          "dating since", "together since")
CHILD_NOUNS = {"daughter", "son", "child", "baby", "kid", "boy", "girl", "twin", "firstborn"}
_PREGNANT = re.compile(r"\b(pregnan\w*|expecting|baby (?:boy |girl )?(?:was )?on the way|"
                       r"arrival of (?:their|her|a) (?:baby|child|son|daughter)|"
                       r"(?:baby|child) (?:boy|girl)? ?on the way)", re.I)
_LOSS = re.compile(r"\b(miscarr\w+|stillbirth|stillborn|pregnancy loss|lost (?:the|their|her|a) "
                   r"(?:baby|pregnancy|child|son|daughter)|loss of (?:the|their|her|a) "
                   r"(?:baby|pregnancy|child|son|daughter|unborn))", re.I)


def family_claims(s: Sentence) -> Iterator[Claim]:
    for token in s.sent:
        lemma = token.lemma_.lower() if token.lemma_ else token.lower_
        if lemma in MARRY or token.lower_ in ("married", "wed") or _wedding_idiom(token):
            yield from _marriage(s, token)
        elif lemma in ENGAGE and token.pos_ in ("VERB", "ADJ", "AUX") or _proposal_idiom(token):
            yield from _pair_event(s, token, "engagement", place=True)
        elif token.lower_ == "engagement":
            yield from _pair_event(s, token.head if token.dep_ != "ROOT" else token, "engagement",
                                   place=True)
        elif lemma == "meet" and token.pos_ == "VERB":
            yield from _pair_event(s, token, "first_met", exclude="meeting")
        elif lemma in DIVORCE and token.pos_ == "VERB":
            yield from _pair_event(s, token, "divorce")
        elif token.lower_ == "divorce" and token.dep_ in ("nsubj", "nsubjpass"):
            yield from _divorce_finalised(s, token)
        elif token.lower_ in CHILD_NOUNS or token.lemma_ in CHILD_NOUNS:
            yield from _children(s, token)
            yield from offspring_claims(s, token)
        elif lemma in ("bear", "welcome") and token.pos_ == "VERB":
            yield from _births(s, token)
        elif lemma == "parent" and token.pos_ == "NOUN":
            yield from parents_named(s, token)
    yield from _dating(s)
    yield from _pregnancy(s)
    yield from _spouse_descriptors(s)


SPOUSE_NOUNS = {"wife", "husband", "spouse"}


def _spouse_descriptors(s: Sentence) -> Iterator[Claim]:
    """"his wife" / "her husband": the possessor and the person it refers to are married."""
    for m in s.doc.people:
        words = m.text.lower().split()
        if m.kind != "descriptor" or not s.contains(m.span.start) or words[-1] not in SPOUSE_NOUNS:
            continue
        owner = next((p.entity for p in s.doc.people
                      if p.kind == "pronoun" and p.span.start == m.span.start), None)
        if owner and owner != m.entity and words[0] in ("his", "her"):
            yield s.claim(owner, "spouse", m.text, object=m.entity)


# idioms for a wedding: the verb and the object noun that make it one
WEDDING_IDIOMS = {"tie": "knot", "exchange": "vows", "say": "do"}


def _wedding_idiom(token: Token) -> bool:
    """"tied the knot", "exchanged vows", "got hitched"."""
    if token.pos_ != "VERB":
        return False
    if token.lemma_ == "get" and any(c.lower_ == "hitched" for c in token.children):
        return True
    noun = WEDDING_IDIOMS.get(token.lemma_)
    return noun is not None and any(c.dep_ == "dobj" and c.lower_ == noun for c in token.children)


def _proposal_idiom(token: Token) -> bool:
    """"popped the question", "went down on one knee", "got down on one knee"."""
    if token.pos_ != "VERB":
        return False
    if token.lemma_ == "pop":
        return any(c.dep_ == "dobj" and c.lower_ == "question" for c in token.children)
    return token.lemma_ in ("go", "get") and \
        token.doc[token.i + 1:token.i + 5].text.lower() == "down on one knee"


def _marriage(s: Sentence, cue: Token) -> Iterator[Claim]:
    if cue.pos_ in ("NOUN", "PROPN") or cue.dep_ == "amod":
        return  # "a married man", "the marriage counsellor": no event here
    yield from _pair_event(s, cue, "marriage", place=True, exclude="marriage")


def _pair_event(s: Sentence, cue: Token, predicate: str, *, place: bool = False,
                exclude: str | None = None) -> Iterator[Claim]:
    people = _pair(s, cue)
    if len(people) != 2:
        return
    a, b = people
    time = s.time_near(cue, exclude_event=exclude or predicate)
    where = s.place() if place else None
    if b not in s.subjects(cue) + s.objects(cue) and not (time and s.time_on(cue, time)):
        time = where = None  # "…, a year after Vale proposed": the date is the other event's
    yield s.claim(a, predicate, cue, object=b, time=time, place=where)
    if predicate == "marriage":
        yield s.claim(a, "spouse", cue, object=b)


FINALISED = {"finalise", "finalize", "complete", "grant", "become"}


def _divorce_finalised(s: Sentence, noun: Token) -> Iterator[Claim]:
    """"the divorce was finalised last month", "their divorce became final in 2003": the
    possessors, the one it is "from", else the document's couple."""
    verb = noun.head
    if verb.lemma_.lower() not in FINALISED:
        return
    people = [k for c in noun.children if c.dep_ == "poss" for k in s.people_of(c)]
    people += [k for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "with")
               for p in c.children if p.dep_ == "pobj" for k in s.people_of(p)]
    people = list(dict.fromkeys(people))
    couple = s.doc.couple()
    if len(people) < 2 and couple and set(people) <= set(couple):
        people = list(couple)
    if len(people) == 2:
        yield s.claim(people[0], "divorce", verb, object=people[1],
                      time=s.time_near(verb, exclude_event="divorce"))


def _pair(s: Sentence, cue: Token) -> list[str]:
    """The two people of a two-person event: subject and object, or a plural subject; a lone
    subject of the document's couple with the other half ("He proposed in 2000")."""
    subjects = s.subjects(cue)
    preps = ("to", "with", "from") if cue.lemma_ in DIVORCE else ("to", "with")
    objects = [k for k in s.objects(cue, preps) if k not in subjects] or _named_after_to(s, cue)
    people = list(dict.fromkeys(subjects + objects))
    couple = s.doc.couple()
    lone = cue.lemma_ in LONE_PARTNER_VERBS or _proposal_idiom(cue)
    if len(people) == 1 and couple and people[0] in couple and lone \
            and cue.tag_ == "VBD" and cue.dep_ != "xcomp":  # a told event, not "would like to marry"
        people.append(next(k for k in couple if k != people[0]))
    return people[:2] if len(people) >= 2 else []


def _named_after_to(s: Sentence, cue: Token) -> list[str]:
    """"is married to producer Elaine Carter": the parse of this shape varies; the first
    person named within a few words after "to"."""
    if cue.i + 1 >= len(cue.doc) or cue.doc[cue.i + 1].lower_ != "to":
        return []
    named = named_after(s.doc.people, cue.idx + len(cue.text))
    return [k for k in named if any(m.entity == k and s.contains(m.span.start) for m in s.doc.people)]


def _dating(s: Sentence) -> Iterator[Claim]:
    text = s.sent.text.lower()
    for phrase in DATING:
        at = text.find(phrase)
        if at >= 0:
            cue = s.sent.char_span(at, at + len(phrase), alignment_mode="expand")
            verb = cue.root if cue is not None else s.sent.root
            yield from _pair_event(s, verb, "relationship_start", exclude="relationship_start")
            return


def _children(s: Sentence, noun: Token) -> Iterator[Claim]:
    """"their daughter Ana", "the couple's first child, Ana Cole", "his son, Leo"; a second
    child noun in the sentence without a possessor shares the first one's parents
    ("their daughter Ana…, while son Leo…")."""
    child = _named_child(s, noun)
    parents = _parents(s, noun) or _earlier_parents(s, noun)
    if not child or not parents:
        return
    for kid in [child, *_more_named(s, noun, child)]:
        for parent in parents:
            if parent != kid:
                yield s.claim(parent, "child", noun, object=kid)
    verb = _birth_verb(noun)
    if verb is not None:
        time = s.time_near(verb)
        if time is not None:
            yield s.claim(child, "date_of_birth", verb, time=time)


def _more_named(s: Sentence, noun: Token, first: str) -> list[str]:
    """"two sons, Tom and Jim": the names coordinated with the first, for a plural noun."""
    if noun.tag_ != "NNS":
        return []
    named = [t for t in noun.children if t.dep_ in ("appos", "conj") and s.person_at(t) == first]
    return [k for t in named for c in t.subtree if c.dep_ == "conj" and c.i != t.i
            if (k := s.person_at(c)) and k != first]


def _earlier_parents(s: Sentence, noun: Token) -> list[str]:
    for t in s.sent:
        if t.i >= noun.i:
            return []
        if t.lower_ in CHILD_NOUNS and _parents(s, t):
            return _parents(s, t)
    return []


def _birth_verb(noun: Token) -> Token | None:
    """The verb a child noun is born by: "gave birth to a son", "welcomed their son Leo"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_ == "give":
        return noun.head.head
    if noun.dep_ == "dobj" and noun.head.lemma_ == "welcome":
        return noun.head
    return None


def _named_child(s: Sentence, noun: Token) -> str | None:
    for t in noun.children:
        if t.dep_ in ("appos", "compound", "npadvmod") and s.person_at(t):
            return s.person_at(t)
    if noun.dep_ == "compound" and s.person_at(noun.head):  # "son Leo"
        return s.person_at(noun.head)
    after = noun.doc[noun.i + 1:noun.i + 3]  # "child Ana" / "child, Ana" (parsers misattach these)
    for t in after:
        if t.pos_ == "PROPN":
            return s.person_at(t)
        if t.text != ",":
            break
    return None


def _parents(s: Sentence, noun: Token) -> list[str]:
    for t in noun.children:
        if t.dep_ == "poss":
            return s.people_of(t)
    head, steps = noun, 0
    while head.dep_ in ("conj", "appos") and steps < 3:  # "his wife, Mary, and two sons"
        head, steps = head.head, steps + 1
        owners = [k for t in head.children if t.dep_ == "poss" for k in s.people_of(t)]
        if owners:
            return owners
    verb = _birth_verb(noun)
    if verb is not None:
        return s.subjects(verb)  # "A gave birth to a son"
    if noun.dep_ == "dobj" and noun.tag_ == "NN" and noun.head.lemma_ in RAISE_VERBS:
        people = {m.entity for m in s.doc.people}
        return [k for k in s.subjects(noun.head) if k in people]  # "they have a daughter, Lucy"
    return parent_by_noun(s, noun) or s.survived(noun)  # "the mother of a son, Leo"


def _births(s: Sentence, verb: Token) -> Iterator[Claim]:
    """"Ana was born in 2016", "son Leo was welcomed in 2018": a date of birth."""
    if verb.lemma_ == "bear" and not any(c.dep_ == "auxpass" for c in verb.children):
        return
    for child in (s.subjects(verb) if verb.lemma_ == "bear" else s.subjects(verb) or []):
        time = s.time_near(verb)
        if time is not None and _is_child_subject(verb, verb.lemma_):
            yield s.claim(child, "date_of_birth", verb, time=time)


def _is_child_subject(verb: Token, lemma: str) -> bool:
    """"X was welcomed" is a birth; "X welcomed guests" is not."""
    return lemma == "bear" or any(c.dep_ == "auxpass" for c in verb.children)


def _pregnancy(s: Sentence) -> Iterator[Claim]:
    text = s.sent.text
    loss = _LOSS.search(text)
    news = _PREGNANT.search(text) if re.search(r"\bannounc|\brevealed|\bshared", text, re.I) else None
    for match, predicate in ((news, "pregnancy_announcement"), (loss, "pregnancy_loss")):
        if match:
            yield from _pregnancy_claim(s, match, predicate)


def _pregnancy_claim(s: Sentence, match, predicate: str) -> Iterator[Claim]:
    cue = s.sent.char_span(match.start(), match.end(), alignment_mode="expand")
    verb = s.sent.root
    people = s.subjects(verb) or ([k for k in (s.doc.couple() or ())])
    mothers = s.doc.female_of(people) or _carrier(s, cue)
    for mother in mothers:
        yield s.claim(mother, predicate, match.group(0), time=s.time_near(cue.root if cue else verb))


def _carrier(s: Sentence, cue) -> list[str]:
    """"Ana suffered a miscarriage", "Ana is pregnant": the one subject of the clause the
    pregnancy word is in carries it, unless the text says he is a man."""
    if cue is None:
        return []
    verb = cue.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    people = s.subjects(verb)
    return people if len(people) == 1 and s.doc.genders.get(people[0]) != "M" else []
