"""Where coreference looks for a referent: the document's people so far, the sentence
window before a reference, and the order in which candidates are preferred."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..model import Mention
from .genders import is_subject
from .nlp import text_of


@dataclass
class Context:
    doc: Doc
    people: list[Mention]
    document_id: str
    gender: dict[str, str] = field(default_factory=dict)
    nouns: dict[str, str] = field(default_factory=dict)  # descriptor noun → cluster last meant
    named_as: dict[str, set[str]] = field(default_factory=dict)  # noun → all named with it
    children: set[str] = field(default_factory=set)      # people introduced as a son, a baby…
    quoted: list = field(default_factory=list)           # spans of quotations
    kin_owner: dict[str, str] = field(default_factory=dict)  # relative → whose relative
    pronouns: list[Mention] = field(default_factory=list)  # resolved so far, in text order


def antecedent(ctx: Context, pos: int, gender: str | None, exclude: str | None,
                skip: set[str] = frozenset()) -> str | None:
    """Nearest compatible person, in this order of preference within this and the two
    previous sentences: a subject known to have the gender, anyone known to have it (not a
    child), a subject of unknown gender; then the latest known subject (not a child), the
    latest known, the latest possible subject (not a child), the latest possible."""
    before = [m for m in ctx.people if m.span.end <= pos and m.entity != exclude
              and m.entity not in skip]
    fits = lambda m: gender is None or ctx.gender.get(m.entity) == gender  # noqa: E731
    compatible = [m for m in before if gender is None or ctx.gender.get(m.entity) in (gender, None)]
    window_start = sentence_window_start(ctx.doc, pos, 2)
    window = [m for m in compatible if m.span.start >= window_start]
    subjects = [m for m in window if is_subject(ctx.doc, m)]
    grown = [m for m in compatible if m.entity not in ctx.children and is_subject(ctx.doc, m)]
    # "Anna Price … She … herself … host Tom Reed asked what she would spend": the woman the
    # window's pronouns already mean, before a man or woman the text has not shown
    echoed = [m for m in ctx.pronouns if window_start <= m.span.start and m.span.end <= pos
              and gender is not None and fits(m) and m.entity != exclude and m.entity not in skip]
    for pool in ([m for m in subjects if fits(m)],
                 [m for m in window if fits(m) and m.entity not in ctx.children],
                 echoed, subjects, [m for m in grown if fits(m)], [m for m in compatible if fits(m)],
                 grown, compatible):
        if pool:
            return pool[-1].entity
    return None


def salient(ctx: Context, pos: int, gender: str | None, exclude: set[str],
             back: int) -> str | None:
    """"The singer", "the model": reporters vary the name of the person the story is about,
    so among compatible people of this and the `back` previous sentences, the most mentioned
    one wins."""
    window = sentence_window_start(ctx.doc, pos, back)
    recent = {m.entity for m in ctx.people if window <= m.span.start and m.span.end <= pos
              and m.entity not in exclude
              and (gender is None or ctx.gender.get(m.entity) in (gender, None))}
    counts = Counter(m.entity for m in ctx.people if m.span.end <= pos and m.entity in recent)
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], last_end(ctx, k, pos)))


def sentence_window_start(doc: Doc, pos: int, back: int) -> int:
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None:
        return max(0, pos - 400)
    sent = span.sent
    for _ in range(back):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    return sent.start_char


def last_end(ctx: Context, key: str, pos: int) -> int:
    return max(m.span.end for m in ctx.people if m.entity == key and m.span.end <= pos)


SPEAKER_REACH = 80  # characters between a quote and the name of the one who said it


def quote_speakers(ctx: Context, pos: int) -> set[str]:
    """"“He used to practise heading,” said his brother, Stan Pike": a he or she inside a
    quotation is not its speaker (who would say I), named just before or after it."""
    text = text_of(ctx.doc)
    inside = [(s, e) for s, e in ctx.quoted if s <= pos < e]
    if not inside:
        return set()
    s, e = inside[0]
    return {m.entity for m in ctx.people if m.kind == "name" and (
        e <= m.span.start <= e + SPEAKER_REACH and "\n" not in text[e:m.span.start]
        or s - SPEAKER_REACH <= m.span.end <= s and "\n" not in text[m.span.end:s])}
