"""Claims: what one document says about its people, each with the sentence that says it.

`extract_claims` runs the rule families over every sentence of the parsed kept text. Subjects
and objects are document-local cluster keys (resolved to entities across documents later);
times come from the temporal normalizer, with anchored values already resolved when the
anchor's date is in the same sentence.
"""
from __future__ import annotations

from spacy.tokens import Doc

from typing import NamedTuple

from ...clean.published import pin_to_text_days
from ...model import Claim, Document, Mention, Published
from ..time import normalize
from .context import DocContext, Sentence, find_couple
from .agreement import agreed_published
from .dating import refine_published
from .career import career_claims
from .family import family_claims
from .life import life_claims
from .person import person_claims

__all__ = ["extract_claims", "Extracted"]


class Extracted(NamedTuple):
    claims: list[Claim]
    published: Published  # the document's publication window, narrowed by ages when it can be


def extract_claims(parsed: Doc, document: Document, mentions: list[Mention],
                   genders: dict[str, str]) -> Extracted:
    """Claims of one document; when its people's birth dates and ages (claims.dating), or
    its relative dates against its stated ones (claims.agreement), date an undated article,
    the times are read again against that narrower window."""
    ctx = _context(parsed, document, mentions, genders)
    claims = _claims(parsed, ctx)
    published = document.published
    for refine in (_by_ages, _by_agreement):
        narrower = refine(parsed, published, claims, ctx)
        if narrower is not None:
            published = pin_to_text_days(parsed.text, narrower)
            ctx = _context(parsed, document.with_(published=published), mentions, genders)
            claims = _claims(parsed, ctx)
    return Extracted(_dated_births(claims), published)


def _by_ages(parsed: Doc, published: Published, claims: list[Claim],
             ctx: DocContext) -> Published | None:
    return refine_published(published, claims, ctx.times)


def _by_agreement(parsed: Doc, published: Published, claims: list[Claim],
                  ctx: DocContext) -> Published | None:
    """"died Thursday" beside "died Thursday, December 11": the article is of that week."""
    return agreed_published(parsed.text, published, claims, claims)


def _dated_births(claims: list[Claim]) -> list[Claim]:
    """An age in an article that stays undated says nothing about the birth date."""
    return [c for c in claims if c.predicate != "date_of_birth" or c.time is not None]


def _claims(parsed: Doc, ctx: DocContext) -> list[Claim]:
    claims: dict[str, Claim] = {}
    for sent in parsed.sents:
        s = Sentence(ctx, sent)
        for claim in [*family_claims(s), *person_claims(s), *career_claims(s),
                      *life_claims(s)]:
            claims.setdefault(claim.id, claim)
    return sorted(claims.values(), key=lambda c: (c.evidence.start, c.predicate, c.id))


def _context(parsed: Doc, document: Document, mentions: list[Mention],
             genders: dict[str, str]) -> DocContext:
    ents = [(e.start_char, e.end_char, e.label_) for e in parsed.ents if e.label_ in ("DATE", "TIME")]
    times = normalize(parsed.text, document.published.interval, ents)
    people = [m for m in mentions if m.label == "person" and m.entity and m.kind != "handle"]
    places = [m for m in mentions if m.label == "place" and m.entity]
    awards = [m for m in mentions if m.entity and m.entity.startswith("award:")]
    others = [m for m in mentions if m.entity and m.label in ("organization", "work")]
    return DocContext(document.id, people, genders, times, places, awards, others,
                      find_couple(parsed, people))
