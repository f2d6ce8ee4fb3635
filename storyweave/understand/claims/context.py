"""What a claim rule sees of one sentence: its tokens, who is mentioned where, its times.

Rules ask questions in the domain's words ("who is the subject of this verb?", "which
date belongs to this cue?") and never touch offsets or the parse directly.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...model import Claim, Interval, Mention, Span
from ..time import TimeValue

_DAY_WORD = re.compile(r"[A-Za-z]{3,}")  # "Thursday", "evening"; not "5 p.m."

RELATIVE_PRONOUNS = {"who", "whom", "that", "which"}
GROUP_WORDS = {"they", "them", "their", "theirs", "couple", "pair", "duo", "both", "two"}


@dataclass
class DocContext:
    """Document-wide facts the sentence rules share."""

    document_id: str
    people: list[Mention]            # person mentions with a cluster key (names and references)
    genders: dict[str, str]
    times: list[TimeValue]
    places: list[Mention]
    awards: list[Mention]
    others: list[Mention] = field(default_factory=list)  # organizations and works
    pair: tuple[str, str] | None = None

    def couple(self) -> tuple[str, str] | None:
        """"They"/"the couple": the pair the document writes about together (`find_couple`)."""
        return self.pair

    def female_of(self, keys: list[str]) -> list[str]:
        """Who carries a pregnancy among `keys` (else in the couple): the woman, when the text
        shows who that is; nobody is guessed."""
        women = [k for k in keys if self.genders.get(k) == "F"]
        return women or [k for k in (self.couple() or ()) if self.genders.get(k) == "F"][:1]


_OTHER_SPOUSE = re.compile(r"(?i)\b(?:first|second|third|former|previous|late|ex)[- ]?"
                           r"(?:husband|wife|spouse)\b")


def find_couple(doc: Doc, people: list[Mention]) -> tuple[str, str] | None:
    """The couple of a document: a pair tied by "his wife"/"her husband", else the pair most
    often coordinated ("A and B"), else the two most named people (unless the text speaks of
    an earlier spouse, who may be the other half of any "they")."""
    for pairs in (_spouse_pairs(people), _married_pairs(doc, people),
                  _coordinated_pairs(doc, people)):
        if pairs:
            return pairs.most_common(1)[0][0]
    if _OTHER_SPOUSE.search(doc.text):
        return None  # "her first husband" is someone else: two names need not be a couple
    counts = Counter(m.entity for m in people if m.kind not in ("pronoun", "descriptor"))
    top = [k for k, n in counts.most_common(2) if n >= 2]
    return (top[0], top[1]) if len(top) == 2 else None


def _spouse_pairs(people: list[Mention]) -> Counter:
    owners = {m.span.start: m.entity for m in people if m.kind == "pronoun"}
    pairs: Counter = Counter()
    for m in people:
        owner = owners.get(m.span.start)
        if m.kind == "descriptor" and m.text.lower().split()[-1] in ("wife", "husband") \
                and owner and owner != m.entity:
            pairs[tuple(sorted((owner, m.entity)))] += 1
    return pairs


COUPLE_VERBS = {"marry", "wed", "meet", "date", "divorce", "propose", "engage"}


def _married_pairs(doc: Doc, people: list[Mention]) -> Counter:
    """"She married Tom Baye", "Tillerman met Margit Solberg": the subject and the object of
    a verb that makes a couple."""
    def person(token: Token) -> str | None:
        hits = [m.entity for m in people if m.span.start <= token.idx < m.span.end]
        return hits[0] if hits else None
    pairs: Counter = Counter()
    for verb in doc:
        if verb.lower_ in ("married", "engaged", "wed") and verb.i + 1 < len(doc) \
                and doc[verb.i + 1].lower_ == "to":
            pairs.update(_married_to(verb, people, person))
        elif verb.lemma_ in COUPLE_VERBS and verb.pos_ == "VERB":
            ends = [person(c) for c in verb.children if c.dep_ in ("nsubj", "dobj")]
            if len(ends) == 2 and all(ends) and ends[0] != ends[1]:
                pairs[tuple(sorted(ends))] += 1
    return pairs


def _married_to(verb: Token, people: list[Mention], person) -> list[tuple[str, str]]:
    """"He has been married to the film producer Dana Reyhart": the subject and the first
    person named within a few words after "to" (the parse of this shape varies)."""
    head = verb if verb.dep_ != "acomp" else verb.head
    subjects = [person(c) for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    spouse = next(iter(named_after(people, verb.idx + len(verb.text))), None)
    return [tuple(sorted((s, spouse)))
            for s in subjects[:1] if s and spouse and s != spouse]


def named_after(people: list[Mention], after: int, reach: int = 40) -> list[str]:
    """The first person named (not a pronoun or descriptor) within `reach` characters."""
    return [m.entity for m in people if after < m.span.start <= after + reach
            and m.kind not in ("pronoun", "descriptor")][:1]


_OFFSPRING = {"child", "children", "son", "daughter", "kid", "twin", "grandchild"}


def _coordinated_pairs(doc: Doc, people: list[Mention]) -> Counter:
    by_token = {}
    for m in people:
        span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if span is not None and m.kind not in ("pronoun", "descriptor"):
            by_token[span.root.i] = m.entity
    pairs: Counter = Counter()
    for i, key in by_token.items():
        if doc[i].dep_ == "appos" and doc[i].head.lemma_.lower() in _OFFSPRING:
            continue  # "raised two children, Elise and Anders": siblings, not a couple
        for conj in doc[i].children:
            other = by_token.get(conj.i) if conj.dep_ == "conj" else None
            if other and other != key:
                pairs[tuple(sorted((key, other)))] += 1
    return pairs


@dataclass
class Sentence:
    doc: DocContext
    sent: SpacySpan

    @property
    def evidence(self) -> Span:
        """The sentence, without surrounding blanks or a stray closing quote mark before it."""
        text = self.sent.text
        lead = len(text) - len(text.lstrip(" \n\t\"”’'"))
        return Span(self.doc.document_id, self.sent.start_char + lead,
                    self.sent.start_char + len(text.rstrip()))

    def contains(self, offset: int) -> bool:
        return self.sent.start_char <= offset < self.sent.end_char

    def person_at(self, token: Token) -> str | None:
        """The cluster of the person mention covering `token`, names before references."""
        hits = [m for m in self.doc.people if m.span.start <= token.idx < m.span.end]
        hits.sort(key=lambda m: (m.kind in ("pronoun", "descriptor"), m.span.start))
        return hits[0].entity if hits else None

    def survived(self, noun: Token) -> list[str]:
        """"Ana is survived by her husband, Ben; a sister, Eva; …": the noun hangs (through
        the list) on "survived by", whose subject owns it."""
        t = noun
        for _ in range(8):
            if t.lemma_ == "survive" and t.pos_ == "VERB":
                return self.subjects(t)[:1]
            if t.lemma_ in ("include", "be") and any(
                    c.dep_ == "nsubj" and c.lemma_.lower() == "survivor" for c in t.children):
                return self._survivors_owner()  # "Survivors include his wife, Ann; sons …"
            if t.head.i == t.i:
                return []
            t = t.head
        return []

    def _survivors_owner(self) -> list[str]:
        """Whose survivors a list names: the owner of its possessive ("his wife, Ann")."""
        poss = next((t for t in self.sent if t.dep_ == "poss" and t.pos_ == "PRON"), None)
        return self.people_of(poss)[:1] if poss is not None else []

    def org_at(self, token: Token) -> str | None:
        """The organization mention covering `token` ("the Chargers", "Acme Corp")."""
        hits = [m for m in self.doc.others if m.label == "organization"
                and m.span.start <= token.idx < m.span.end]
        return hits[0].entity if hits else None

    def subject_orgs(self, verb: Token) -> list[str]:
        """Organizations that are the verb's subject ("the Chargers were awarded ...")."""
        return [o for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                if (o := self.org_at(c))]

    def people_of(self, token: Token) -> list[str]:
        """Persons a noun phrase headed by `token` stands for: the person, both members of a
        coordination ("Ana and Ben"), or the couple for "they"/"the couple"."""
        keys = [k for t in [token, *_conjuncts(token)] for k in self._one(t)]
        return list(dict.fromkeys(keys))

    def _one(self, token: Token) -> list[str]:
        if token.lower_ in GROUP_WORDS:
            pair = self.doc.couple()
            return list(pair) if pair else []
        person = self.person_at(token) or self._in_phrase(token) or self._apposed(token)
        return [person] if person else []

    def _apposed(self, token: Token) -> str | None:
        """"Ana Cole, the chef who ..." / "the architect Ana Cole": the name an apposition
        renames, or the name apposed to a role noun."""
        if token.dep_ == "appos" and self.person_at(token.head):
            return self.person_at(token.head)
        named = [c for c in token.children if c.dep_ == "appos" and c.left_edge.i == token.i + 1]
        return self.person_at(named[0]) if named else None

    def _in_phrase(self, head: Token) -> str | None:
        """A person mention inside the noun phrase ("his lady love" → the descriptor "his
        lady"), not its possessor."""
        for t in head.lefts:
            if t.dep_ in ("compound", "amod", "nmod") and self.person_at(t):
                return self.person_at(t)
        return None

    def fronted_apposition(self, noun: Token) -> str | None:
        """"A fellow of the Academy, Ana Cole chaired …", "A native of Leeds, Ana Cole …": a
        noun phrase opening the sentence, set off by a comma, describes the name after it."""
        if noun.pos_ != "NOUN" or noun.left_edge.i != noun.sent.start:
            return None
        comma = noun.right_edge.i + 1
        if comma + 1 >= noun.sent.end or noun.doc[comma].text != ",":
            return None
        return self.person_at(noun.doc[comma + 1])

    def subjects(self, verb: Token) -> list[str]:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        relative = verb.dep_ == "relcl"
        if subject is not None and not (relative and subject.lower_ in RELATIVE_PRONOUNS):
            found = self.people_of(subject) or [  # "Ana's younger sister, Jo Price, is …"
                k for c in subject.children if c.dep_ == "appos" for k in self.people_of(c)][:1]
            if found or not relative:
                return found
        if relative:  # "the model, who ..., passed away": the noun the clause describes
            return self.people_of(verb.head)
        if verb.dep_ in ("conj", "xcomp", "advcl", "acl", "acomp") and verb.head.i != verb.i:
            return self.subjects(verb.head)  # "…, having met him" shares the main subject
        return []

    def objects(self, verb: Token, preps: tuple[str, ...] = ("to", "with")) -> list[str]:
        out: list[str] = []
        for child in verb.children:
            if child.dep_ in ("dobj", "attr"):
                out += self.people_of(child)
            elif child.dep_ == "prep" and child.lower_ in preps:
                out += [k for p in child.children if p.dep_ == "pobj" for k in self.people_of(p)]
        return out

    def time_near(self, cue: Token, exclude_event: str | None = None,
                  own: bool = False) -> Interval | None:
        """The date nearest the cue in this sentence (after it first); anchored values that
        hang on the cue's own event are not its time. `own`: not the dates of the cue's head
        ("lasted from 1943 to 1947, and her second in 1958": the second is 1958)."""
        text = self.sent.doc.text
        values = [v for v in self._dates() if (v.interval or _unresolved(v)) and
                  not (v.anchor and v.anchor.event == exclude_event)
                  and ";" not in text[min(v.start, cue.idx):max(v.start, cue.idx)]]
        bounded = _after_clause(cue)
        if bounded is not None:  # "…, a year after she spoke of a miscarriage": not Sunday's
            values = [v for v in values if bounded[0] <= v.start < bounded[1]]
        if not values:
            return None
        if own:
            values = [v for v in values if v.start > cue.idx] or values
        heads = {cue.i} if own or cue.pos_ in ("VERB", "AUX") else {cue.i, cue.head.i}
        attached = [v for v in values if getattr(self._governor(v.start), "i", None) in heads]
        if not attached:  # "…, the novelist whose book won a prize in 2011, has divorced"
            values = [v for v in values if not self._in_other_clause(v.start, cue, heads)]
            if not values:
                return None
        best = min(attached or values,
                   key=lambda v: abs(v.start - cue.idx) + (0 if v.start > cue.idx else 15))
        return best.interval.with_text(best.text) if best.interval else \
            Interval(None, None, best.granularity, best.text)

    def time_on(self, cue: Token, time: Interval) -> bool:
        """Whether `time` (from `time_near`) hangs on the cue verb itself."""
        hits = [v for v in self._dates() if v.text == time.text]
        return any(getattr(self._governor(v.start), "i", None) == cue.i for v in hits)

    def _in_other_clause(self, offset: int, cue: Token, heads: set[int]) -> bool:
        """The time hangs in a relative clause of another noun that does not hold the cue:
        it dates that clause's event, not the cue's ("the marriage, which lasted from 1943"
        is still the marriage's)."""
        token = self._governor(offset)
        while token is not None and token.head.i != token.i:
            if token.dep_ == "relcl" and token.head.i not in heads \
                    and not any(t.i == cue.i for t in token.subtree):
                return True
            token = token.head
        return False

    def _governor(self, offset: int) -> Token | None:
        """The verb a time expression modifies (its first verbal head)."""
        span = self.sent.doc.char_span(offset, offset + 1, alignment_mode="expand")
        token = span.root if span is not None else None
        while token is not None and token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
            token = token.head
        return token

    def _dates(self) -> list[TimeValue]:
        # an offset from another event ("three days later") is a TimeML duration that
        # still dates the claim once its anchor is known; a TIME ("Thursday night") names
        # its day
        return [v for v in self.doc.times if (v.type == "DATE" or v.anchor is not None
                                              or _day_time(v))
                and self.sent.start_char <= v.start < self.sent.end_char]

    def place(self) -> str | None:
        hits = [m for m in self.doc.places
                if self.sent.start_char <= m.span.start < self.sent.end_char]
        return hits[0].entity if hits else None

    def claim(self, subject: str, predicate: str, cue: Token | str, *, object: str | None = None,
              value: str | None = None, time: Interval | None = None,
              place: str | None = None) -> Claim:
        ev = self.evidence
        cue_text = cue if isinstance(cue, str) else cue.text
        key = f"{ev.document}|{ev.start}|{predicate}|{subject}|{object}|{value}"
        if predicate == "date_of_birth":  # "Ana, 51, was born Oct. 26, 1961": two claims
            key += f"|{cue_text}"
        cid = "c" + hashlib.sha256(key.encode()).hexdigest()[:15]
        return Claim(cid, subject, predicate, ev, object=object, value=value, time=time,
                     place=place, cue=cue_text)


def _unresolved(v: TimeValue) -> bool:
    """"Thursday" in an article whose date is unknown: no days yet, but the expression is
    kept (as an open interval) so that another article's date can date this one."""
    return v.interval is None and v.anchor is None and v.value.startswith("XXXX")


def _day_time(v: TimeValue) -> bool:
    """A TIME that names its day in words ("Thursday night", "this evening"); a bare clock
    time ("at 5 p.m.") says nothing about which day."""
    return v.type == "TIME" and _DAY_WORD.search(v.text) is not None


def _conjuncts(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ == "conj"]


_TEMPORAL_MARKS = frozenset({"after", "before", "until", "since"})


def _after_clause(cue: Token) -> tuple[int, int] | None:
    """The character span of the "after/before …" clause holding the cue, if any: a date
    outside it belongs to the other event ("She retired in 1990, a year after she married")."""
    for t in [cue, *cue.ancestors]:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TEMPORAL_MARKS
                                     for c in t.children):
            return t.left_edge.idx, t.right_edge.idx + len(t.right_edge)
    return None

