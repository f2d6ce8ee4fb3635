"""Within-document coreference by rules: pronouns and descriptors to person clusters.

No neural coreference model installs offline, so this is deliberate and auditable:
genders come from evidence in the document (gendered nouns next to a name, the first pronoun
after a lone name), a pronoun goes to the nearest preceding person of a compatible gender
(the sentence subject first), and a descriptor goes to the person it was last used for, or
else to the nearest compatible subject.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from spacy.tokens import Doc

from ..model import Mention, Span
from .descriptors import PERSON_NOUNS, find_descriptors, gender_of_noun
from .antecedents import Context, antecedent, quote_speakers, salient, sentence_window_start
from .genders import PRONOUN_GENDER, coordinated, genders
from .nlp import text_of

_PRONOUN_GENDER = PRONOUN_GENDER


class References(NamedTuple):
    mentions: list[Mention]      # pronouns and descriptors with the cluster each refers to
    genders: dict[str, str]      # cluster key → "M" / "F", where the document shows it


def resolve_references(doc: Doc, mentions: list[Mention], document_id: str,
                       quoted: list[tuple[int, int]] = ()) -> References:
    """Pronoun and descriptor mentions with the cluster key each refers to (None if unsure).

    Names inside quotations are not antecedents for the narration around them: in
    "“Ana was tired,” she said" the speaker is not Ana.
    """
    people = sorted((m for m in mentions if m.label == "person" and m.kind != "handle"
                     and m.kind != "birth_name" and not _inside(m, quoted)),
                    key=lambda m: m.span.start)
    ctx = Context(doc, people, document_id, quoted=list(quoted))
    _learn_from_names(ctx)
    ctx.gender = genders(ctx)
    refs = [_resolve_in_order(ctx, item) for item in _references_in_order(doc)]
    return References(sorted((r for r in refs if r), key=lambda m: m.span.start), ctx.gender)


def _inside(m: Mention, quoted) -> bool:
    return any(s <= m.span.start and m.span.end <= e for s, e in quoted)


def _learn_from_names(ctx: Context) -> None:
    """"singer Ana Ruiz", "his wife, Ana Ruiz", "singer and chef Ana": the nouns right before
    a name describe that person."""
    for m in ctx.people:
        for noun in nouns_before(text_of(ctx.doc), m.span.start):
            ctx.nouns[noun] = m.entity
            ctx.named_as.setdefault(noun, set()).add(m.entity)
            if noun in CHILD_NOUNS:
                ctx.children.add(m.entity)


def nouns_before(text: str, start: int) -> list[str]:
    """Person nouns directly before a name, allowing one comma and "and" between nouns."""
    words = re.findall(r"[\w-]+|[,.;:!?\n]", text[max(0, start - 60):start])
    if words[-1:] == [","]:
        words = words[:-1]
    found: list[str] = []
    for word in reversed(words):  # stops at any punctuation: "…her mother.\n\nVale" is not it
        if word.lower() in PERSON_NOUNS and (not found or word.islower()):
            found.append(word.lower())  # a capital further back names something: "City Attorney"
        elif not (word == "and" and found):
            break
    return found


def _references_in_order(doc: Doc) -> list:
    """Pronoun tokens and descriptor matches, in text order."""
    items = [(t.idx, t) for t in doc if t.lower_ in _PRONOUN_GENDER]
    items += [(d[0], d) for d in find_descriptors(text_of(doc))]
    return [item for _, item in sorted(items, key=lambda x: x[0])]


def _resolve_in_order(ctx: Context, item) -> Mention | None:
    """Resolve one reference; a resolved descriptor can be the antecedent of later pronouns
    ("The father-of-two said his wife…")."""
    ref = _descriptor(ctx, item) if isinstance(item, tuple) else _pronoun(ctx, item)
    if ref is not None and ref.entity and ref.kind == "descriptor":
        ctx.people.append(ref)
        ctx.people.sort(key=lambda m: m.span.start)
    elif ref is not None and ref.entity:
        ctx.pronouns.append(ref)
    return ref


def _pronoun(ctx: Context, token) -> Mention | None:
    gender = _PRONOUN_GENDER[token.lower_]
    key = _coordinated_owner(ctx, token, gender) or \
        antecedent(ctx, token.idx, gender, exclude=None, skip=quote_speakers(ctx, token.idx))
    key = _kin_owner(ctx, token, key)
    return Mention(Span(ctx.document_id, token.idx, token.idx + len(token)), token.text, "pronoun", "person", key)


# "His late father, Alec, built boats. His mother, Jean, …": both "his" are the same man's
KIN_NOUNS = {"father", "mother", "mum", "mom", "dad", "brother", "sister", "son", "daughter",
             "wife", "husband", "stepfather", "stepmother", "grandfather", "grandmother",
             "uncle", "aunt", "cousin", "twin", "parents"}


def _kin_owner(ctx: Context, token, key: str | None) -> str | None:
    """A possessive before a kin noun ("his mother, Jean") is not the relative a previous
    "his father, Alec" introduced, but that relative's owner; the relative it names is
    remembered as introduced by this owner."""
    if token.dep_ != "poss" or token.head.lemma_.lower() not in KIN_NOUNS:
        return key
    key = ctx.kin_owner.get(key, key) if key else key
    after = token.head.idx + len(token.head.text)
    named = next((m for m in ctx.people if m.kind == "name" and after <= m.span.start <= after + 3
                  and ctx.doc.text[after:m.span.start].strip() in (",", "")), None)
    if named is not None and key and named.entity != key:
        ctx.kin_owner[named.entity] = key
    return key


def _coordinated_owner(ctx: Context, token, gender: str | None) -> str | None:
    """"Meier Bern (1801–1870) and his wife Sarah": a possessive right after "and" belongs
    to the name just before the "and" (its dates in parentheses aside)."""
    if token.dep_ != "poss" or token.i == 0 or token.nbor(-1).lower_ != "and":
        return None
    gap_start = max(token.sent.start, token.i - 12)
    before = [t for t in token.doc[gap_start:token.i - 1]]
    k = len(before)
    while k and (before[k - 1].is_punct or before[k - 1].like_num or before[k - 1].is_space
                 or _in_parenthesis(before, k - 1)):
        k -= 1
    if not k:
        return None
    last = before[k - 1]
    hits = [m for m in ctx.people if m.kind in ("name", "first", "surname")
            and m.span.start <= last.idx < m.span.end]
    fits = [m.entity for m in hits if gender is None or ctx.gender.get(m.entity) in (gender, None)]
    return fits[0] if fits else None


def _in_parenthesis(tokens: list, k: int) -> bool:
    """Whether tokens[k] sits inside a parenthesis closed before the end of `tokens`."""
    depth = 0
    for t in tokens[k + 1:]:
        depth += (t.text == ")") - (t.text == "(")
    return depth > 0


def _pronoun_gender_after(ctx: Context, start: int, end: int) -> str | None:
    """"The winner … will show his range": a subject descriptor takes the gender of the
    first he/she pronoun after it in its own clause (not an object's pronoun)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = _governing_verb(span.root).i
    for token in span.sent:
        if token.idx >= end and token.lower_ in _PRONOUN_GENDER \
                and token.dep_ not in ("dobj", "pobj", "iobj") \
                and _governing_verb(token).i == verb:
            return _PRONOUN_GENDER[token.lower_]
    return None


CHILD_NOUNS = frozenset({"son", "daughter", "baby", "child", "boy", "girl", "toddler", "kid"})
SPOUSE_NOUNS = frozenset({"wife", "husband", "spouse", "partner", "fiance", "fiancee", "fiancée"})


def _partner_of(ctx: Context, owner: str | None, gender: str | None = None) -> str | None:
    """"his wife" in an article about a couple is the other member of the couple (of the
    spouse noun's gender, when the text tells it)."""
    counts = Counter(m.entity for m in ctx.people if m.kind == "name")
    top = [k for k, _ in counts.most_common(2)]
    other = next((k for k in top if k != owner), None) if owner in top and len(top) == 2 else None
    if other is None or other in ctx.children:  # "his daughter, Elise" is no wife
        return None
    return other if gender is None or ctx.gender.get(other) in (gender, None) \
        and not _rivals(ctx, owner, other) else None


def _rivals(ctx: Context, a: str | None, b: str) -> bool:
    """Two people of one gender (as the text shows it) are not read as each other's spouse."""
    return a is not None and ctx.gender.get(a) is not None and ctx.gender.get(a) == ctx.gender.get(b)


def _known_gender(ctx: Context, pos: int, gender: str | None, owner: str | None) -> str | None:
    """The nearest person before `pos` (this and the two previous sentences) known to be of
    `gender`: "his wife" is a woman the text has shown as one."""
    window = sentence_window_start(ctx.doc, pos, 2)
    fits = [m for m in ctx.people if window <= m.span.start and m.span.end <= pos
            and m.entity != owner and m.entity not in ctx.children
            and gender is not None and ctx.gender.get(m.entity) == gender]
    return fits[-1].entity if fits else None


def _clause_mates(ctx: Context, start: int, end: int) -> set[str]:
    """People a full noun phrase cannot be, by binding: the other arguments of its clause
    ("Ana married the singer", "The singer married Ana": the singer is not Ana), and the
    subjects of the clauses above it."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    verb, out = _governing_verb(span.root), set()
    for arg in _arguments(verb):
        if not (start <= arg.idx < end):
            out.add(_person_of_token(ctx, arg))
    token = verb
    while token.head.i != token.i and span.root.dep_ not in ("nsubj", "nsubjpass"):
        token = token.head
        out |= {_person_of_token(ctx, c) for c in token.children
                if c.dep_ in ("nsubj", "nsubjpass") and c.idx < start}
    return out - {None}


def _governing_verb(token):
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _arguments(verb) -> list:
    args = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")]
    args += [g for c in verb.children if c.dep_ in ("prep", "agent") for g in c.children
             if g.dep_ == "pobj"]
    return args


def _person_of_token(ctx: Context, token) -> str | None:
    if token.lower_ in _PRONOUN_GENDER:
        return antecedent(ctx, token.idx, _PRONOUN_GENDER[token.lower_], exclude=None)
    hits = [m for m in ctx.people if m.span.start <= token.idx < m.span.end]
    return hits[0].entity if hits else None


def _appositive(ctx: Context, end: int) -> str | None:
    """"his wife, Ana Ruiz" / "their son Leo" / "his wife, chef Ana Ruiz": the name right
    after the descriptor (role nouns may stand between)."""
    for m in ctx.people:
        if end <= m.span.start <= end + 70 and m.kind not in ("pronoun", "descriptor"):
            gap = _DURATION_TAIL.sub("", text_of(ctx.doc)[end:m.span.start])
            between = re.findall(r"[\w-]+|[^\w\s,]", gap)
            if not between or between[-1].lower() in PERSON_NOUNS and \
                    _role_phrase(ctx.doc, m.span.start - len(gap), m.span.start):
                return m.entity
    return None


def _role_phrase(doc: Doc, start: int, end: int) -> bool:
    """", the film producer " is a noun phrase naming a role; "proposed to his girlfriend,
    chef " is not."""
    tokens = [t for t in doc if start <= t.idx < end and not t.is_space]
    return all(t.pos_ in ("DET", "ADJ", "NOUN", "PUNCT") and t.text not in ".;:" and
               (t.pos_ != "DET" or t.lower_ in ("the", "a", "an")) for t in tokens)


# "his wife of more than three decades, the film producer Ana Ruiz"
_DURATION_TAIL = re.compile(r"^\s+of\s+(?:(?:more|less|fewer) than\s+|nearly\s+|almost\s+|over\s+|"
                            r"some\s+|about\s+|just\s+)?[\w-]+\s+(?:years?|decades?)\b")


ORDINAL_MODIFIERS = frozenset({"first", "second", "third", "fourth", "fifth", "former",
                               "previous", "ex", "new", "current", "other"})


def _one_of_several(ctx: Context, start: int, end: int) -> bool:
    """"her first husband", "his former wife": one of several people of that role, so the
    most salient person of the right gender is no evidence of who it is."""
    words = re.findall(r"[\w-]+", text_of(ctx.doc)[start:end].lower())[1:-1]
    return any(w in ORDINAL_MODIFIERS for w in words)


def _apposed_to(ctx: Context, start: int, end: int) -> str | None:
    """"Dalia Varga, Ben's sister and the band's bassist": the name a descriptor is set
    beside (an apposition, or a second apposition joined by "and")."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    token = span.root if span is not None else None
    while token is not None and token.dep_ in ("appos", "conj") and token.head.i != token.i:
        token = token.head
        names = [m for m in ctx.people if m.span.start <= token.idx < m.span.end
                 and m.kind not in ("pronoun", "descriptor")]
        if names:
            return names[0].entity
    return None


# "the author of that boast" (not "the mother of two": that is "the mother-of-two")
_RELATIONAL = re.compile(r"\s+of\s+(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)")


def _named_as(ctx: Context, noun: str, pos: int) -> str | None:
    """"the actor" after "the actor Ana Ruiz": that person; when two people were named with
    the noun ("the actor Leo Marsh", the story's actor), the more mentioned one so far."""
    owners = ctx.named_as.get(noun, set())
    if len(owners) < 2:
        return ctx.nouns.get(noun)
    counts = Counter(m.entity for m in ctx.people if m.span.end <= pos and m.entity in owners)
    return max(sorted(owners), key=lambda k: counts[k]) if counts else ctx.nouns.get(noun)


def _descriptor(ctx: Context, found: tuple[int, int, str, str]) -> Mention | None:
    start, end, det, noun = found
    gender = gender_of_noun(noun)
    key = _appositive(ctx, end) or _apposed_to(ctx, start, end) or \
        (_named_as(ctx, noun, start) if det == "the" else None)
    relational = det == "the" and _RELATIONAL.match(text_of(ctx.doc), end)
    if key is None and (_one_of_several(ctx, start, end) or relational):
        # named right there, or unresolved; "the author of that boast" is whoever wrote it
        return Mention(Span(ctx.document_id, start, end), text_of(ctx.doc)[start:end],
                       "descriptor", "person", None)
    if key is None and det in ("his", "her"):
        owner = antecedent(ctx, start, _PRONOUN_GENDER[det], exclude=None)
        if noun in SPOUSE_NOUNS:  # never guessed: the partner of a couple, or known as a woman/man
            key = _partner_of(ctx, owner, gender) or _known_gender(ctx, start, gender, owner)
        else:
            key = antecedent(ctx, start, gender, exclude=owner)
    gender = gender or _pronoun_gender_after(ctx, start, end)
    # a role, a parent word or an adult age never describes someone introduced as a child
    adult = not noun.endswith("-year-old") or int(noun.split("-")[0]) >= 18
    skip = ctx.children if adult and noun not in CHILD_NOUNS else set()
    if key is None and det == "the" and noun.endswith("-year-old"):
        key = antecedent(ctx, start, gender, exclude=None, skip=skip)  # follows its person
    elif key is None and det == "the":
        mates = _clause_mates(ctx, start, end) | skip
        key = salient(ctx, start, gender, mates, 2) or salient(ctx, start, gender, mates, 12)
    if key and det == "the":
        ctx.nouns[noun] = key
        ctx.named_as.setdefault(noun, set()).add(key)
    return Mention(Span(ctx.document_id, start, end), text_of(ctx.doc)[start:end], "descriptor", "person", key)
