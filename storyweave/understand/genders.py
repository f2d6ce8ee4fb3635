"""Who is a man and who a woman, as the text shows it: pronouns that follow a name, gendered
nouns ("the actress"), cues around a name ("Ana and her husband", "Mrs. Ruiz") and sentence
chains ("Ana Ruiz opened a bakery. She …"). Nothing is guessed from a first name."""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.tokens import Doc

from ..model import Mention
from .descriptors import gender_of_noun
from .lexicon import FEMALE_PRONOUNS, MALE_PRONOUNS
from .nlp import text_of

PRONOUN_GENDER = {**{p: "M" for p in MALE_PRONOUNS}, **{p: "F" for p in FEMALE_PRONOUNS}}


def genders(ctx) -> dict[str, str]:
    """Each person cluster's gender, "M" or "F", where the text shows it (`ctx`: the
    coreference context: doc, people, nouns, quoted spans)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for noun, key in ctx.nouns.items():
        if gender_of_noun(noun):
            votes[key][gender_of_noun(noun)] += 2
    for m in ctx.people:
        alone = is_subject(ctx.doc, m) and not coordinated(ctx.doc, m)  # "A and B … she": unclear
        pronoun = _first_pronoun_after(ctx, m) if alone else None
        if pronoun:
            votes[m.entity][PRONOUN_GENDER[pronoun]] += 1
        cue = _gender_cue(text_of(ctx.doc), m.span.start, m.span.end)
        if cue:
            votes[m.entity][cue] += 2
    for key, gender in _sentence_chains(ctx):
        votes[key][gender] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items() if c}


def _sentence_chains(ctx) -> list[tuple[str, str]]:
    """"Ana Ruiz opened a bakery. She …": a sentence that starts with he/she after a sentence
    about exactly one person tells that person's gender."""
    out, previous, said = [], set(), set()
    for sent in ctx.doc.sents:  # "“The sand,” she said." starts with "she" outside the quote
        first = next((t for t in sent if not t.is_space and not t.is_punct
                      and not any(a <= t.idx < b for a, b in ctx.quoted)), None)
        if first is not None and first.lower_ in ("he", "she") and len(previous) == 1 \
                and first.lower_ not in said:  # "Tom asked what she would do. … she said"
            out.append((next(iter(previous)), PRONOUN_GENDER[first.lower_]))
        previous = {m.entity for m in ctx.people if sent.start_char <= m.span.start < sent.end_char
                    and m.kind not in ("pronoun", "descriptor")}
        said = {t.lower_ for t in sent if t.lower_ in ("he", "she") and _asked_about(t)
                and not any(a <= t.idx < b for a, b in ctx.quoted)}
    return out


_AND_POSSESSIVE = re.compile(r"^(?:,? and|'s|’s) (his|her)\b|^(?:'s|’s) (wife|husband)\b", re.I)
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s*$")


def _gender_cue(text: str, start: int, end: int) -> str | None:
    """"Ana and her husband", "Leo's wife", "Mrs. Ruiz": what the words around a name say."""
    after = _AND_POSSESSIVE.match(text[end:end + 20])
    if after:
        word = (after.group(1) or after.group(2)).lower()
        return {"his": "M", "her": "F", "wife": "M", "husband": "F"}[word]
    title = _HONORIFIC.search(text[max(0, start - 6):start])
    if title:
        return "M" if title.group(1) == "Mr" else "F"
    return None


def _first_pronoun_after(ctx, m: Mention) -> str | None:
    """The first he/she-type pronoun after a name in its sentence, with no other person
    between, that is not an object (an object pronoun is someone else: "Ana thanked him")
    nor inside a quotation."""
    span = ctx.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    if span is None:
        return None
    for token in span.sent:
        if token.idx < m.span.end or any(a <= token.idx < b for a, b in ctx.quoted):
            continue
        if any(p.span.start <= token.idx < p.span.end and p.entity != m.entity for p in ctx.people):
            return None
        if token.lower_ in PRONOUN_GENDER and token.dep_ not in ("dobj", "pobj", "iobj", "dative"):
            return None if _asked_about(token) or _object_relative(token, span) else token.lower_
    return None


_ASKING = frozenset({"ask", "wonder", "question", "quiz", "press"})


def _object_relative(token, name) -> bool:
    """"Ross Hale, whom she has met twice": the subject of a relative clause about the name
    is someone else (in "who said she" the relative pronoun is the subject instead)."""
    verb = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "relcl" and \
        name.start <= verb.head.i < name.end


def _asked_about(token) -> bool:
    """"host Tom Reed asked what she would spend the money on": the one asked, not the asker
    ("Asked what she would miss, Lena said": no asker, she is Lena)."""
    return any(a.lemma_.lower() in _ASKING and any(c.dep_ == "nsubj" for c in a.children)
               for a in token.ancestors if a.pos_ in ("VERB", "AUX"))


def coordinated(doc: Doc, m: Mention) -> bool:
    span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    root = span.root if span is not None else None
    return root is not None and (root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children))


def is_subject(doc: Doc, m: Mention) -> bool:
    """A clause subject, or one conjunct of a coordinated subject ("A and B said")."""
    span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") or \
        (root.dep_ == "conj" and root.head.dep_ in ("nsubj", "nsubjpass"))
