"""Within-document coreference by rules: pronouns and descriptors to person clusters.

No neural coreference model installs offline, so this is deliberate and auditable:
genders come from evidence in the document (gendered nouns next to a name, the first pronoun
after a lone name), a pronoun goes to the nearest preceding person of a compatible gender
(the sentence subject first), and a descriptor goes to the person it was last used for, or
else to the nearest compatible subject.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..model import Mention, Span
from .descriptors import PERSON_NOUNS, find_descriptors, gender_of_noun
from .lexicon import FEMALE_PRONOUNS, MALE_PRONOUNS

_PRONOUN_GENDER = {**{p: "M" for p in MALE_PRONOUNS}, **{p: "F" for p in FEMALE_PRONOUNS}}


@dataclass
class _Context:
    doc: Doc
    people: list[Mention]
    document_id: str
    gender: dict[str, str] = field(default_factory=dict)
    nouns: dict[str, str] = field(default_factory=dict)  # descriptor noun → cluster last meant


def resolve_references(doc: Doc, mentions: list[Mention], document_id: str,
                       quoted: list[tuple[int, int]] = ()) -> list[Mention]:
    """Pronoun and descriptor mentions with the cluster key each refers to (None if unsure).

    Names inside quotations are not antecedents for the narration around them: in
    "“Ana was tired,” she said" the speaker is not Ana.
    """
    people = sorted((m for m in mentions if m.label == "person" and m.kind != "handle"
                     and m.kind != "birth_name" and not _inside(m, quoted)),
                    key=lambda m: m.span.start)
    ctx = _Context(doc, people, document_id)
    _learn_from_names(ctx)
    ctx.gender = _genders(ctx)
    refs = [_pronoun(ctx, t) for t in doc if t.lower_ in _PRONOUN_GENDER]
    refs += [_descriptor(ctx, d) for d in find_descriptors(doc.text)]
    return sorted((r for r in refs if r), key=lambda m: m.span.start)


def _inside(m: Mention, quoted) -> bool:
    return any(s <= m.span.start and m.span.end <= e for s, e in quoted)


def _learn_from_names(ctx: _Context) -> None:
    """"singer Ana Ruiz", "his wife, Ana Ruiz": the noun describes that person."""
    for m in ctx.people:
        before = ctx.doc.text[max(0, m.span.start - 40):m.span.start].replace(",", " ").split()
        for word in before[-3:]:
            if word.lower() in PERSON_NOUNS:
                ctx.nouns[word.lower()] = m.entity


def _genders(ctx: _Context) -> dict[str, str]:
    votes: dict[str, Counter] = defaultdict(Counter)
    for noun, key in ctx.nouns.items():
        if gender_of_noun(noun):
            votes[key][gender_of_noun(noun)] += 2
    for m in ctx.people:
        pronoun = _first_pronoun_after(ctx, m)
        if pronoun:
            votes[m.entity][_PRONOUN_GENDER[pronoun]] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items() if c}


def _first_pronoun_after(ctx: _Context, m: Mention) -> str | None:
    """The first he/she-type pronoun after a name in its sentence, with no other person between."""
    sent = ctx.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    if sent is None:
        return None
    for token in sent.sent:
        if token.idx < m.span.end:
            continue
        if any(p.span.start <= token.idx < p.span.end and p.entity != m.entity for p in ctx.people):
            return None
        if token.lower_ in _PRONOUN_GENDER:
            return token.lower_
    return None


def _pronoun(ctx: _Context, token) -> Mention | None:
    key = _antecedent(ctx, token.idx, _PRONOUN_GENDER[token.lower_], exclude=None)
    return Mention(Span(ctx.document_id, token.idx, token.idx + len(token)), token.text, "pronoun", "person", key)


def _antecedent(ctx: _Context, pos: int, gender: str | None, exclude: str | None) -> str | None:
    """Nearest preceding compatible person: sentence subjects before other mentions."""
    before = [m for m in ctx.people if m.span.end <= pos and m.entity != exclude]
    compatible = [m for m in before if gender is None or ctx.gender.get(m.entity) in (gender, None)]
    known = [m for m in compatible if gender is None or ctx.gender.get(m.entity) == gender]
    pool = known or compatible
    if not pool:
        return None
    subjects = [m for m in pool[-6:] if _is_subject(ctx.doc, m)]
    return (subjects or pool)[-1].entity


def _is_subject(doc: Doc, m: Mention) -> bool:
    span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


def _descriptor(ctx: _Context, found: tuple[int, int, str, str]) -> Mention | None:
    start, end, det, noun = found
    gender = gender_of_noun(noun)
    key = ctx.nouns.get(noun) if det == "the" else None
    if key is None and det in ("his", "her"):
        owner = _antecedent(ctx, start, _PRONOUN_GENDER[det], exclude=None)
        key = _antecedent(ctx, start, gender, exclude=owner)
    if key is None and det == "the":
        key = _antecedent(ctx, start, gender, exclude=None)
    if key and det == "the":
        ctx.nouns[noun] = key
    return Mention(Span(ctx.document_id, start, end), ctx.doc.text[start:end], "descriptor", "person", key)
