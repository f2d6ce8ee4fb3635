"""Quotes to model `Quote`s: the speaker expression becomes the document-local person cluster."""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from ..model import Mention, Quote, Span
from .people import names_an_organization
from .genders import PRONOUN_GENDER
from .quote_cues import is_cue, with_subject
from .quote_outlets import outlet_mentions


def quote_id(document_id: str, start: int, end: int) -> str:
    return "q" + hashlib.sha256(f"{document_id}:{start}:{end}".encode()).hexdigest()[:12]


def to_quotes(findings, mentions: list[Mention], document_id: str,
              text: str | None = None, own: str | None = None) -> list[Quote]:
    """`text`: the analysed text, to read possessors and apposed names around speakers;
    `own`: the publication of the document ("told this newspaper", "told the Gazette")."""
    return [_quote(f, mentions, document_id, text, own) for f in findings]


def _quote(f, mentions: list[Mention], document_id: str, text: str | None,
           own: str | None) -> Quote:
    speaker = None
    if f.speaker_start is not None:
        speaker = cluster_at(mentions, f.speaker_start, f.speaker_end, text)
    cue = Span(document_id, f.cue_start, f.cue_end) if f.cue_start is not None else None
    return Quote(quote_id(document_id, f.start, f.end), Span(document_id, f.start, f.end),
                 f.text, speaker, _own_outlet(f.outlet, f.outlet_ref, own), cue)


def _own_outlet(outlet: str | None, ref: str | None, own: str | None) -> str | None:
    """"told this newspaper" is the publication; so is "the Gazette" in The Tollbridge
    Gazette (a short name that ends its name)."""
    if own is None:
        return outlet
    if outlet is None:
        return own if ref and ref.lower().startswith("this ") else None
    short, full = outlet.lower().split(), own.lower().split()
    return own if short != full and full[-len(short):] == short else outlet


def with_reported_speakers(quotes: list[Quote], mentions: list[Mention], doc,
                           genders: dict[str, str]) -> list[Quote]:
    """"Martin Reed said his son had always been quiet. 'He used to …,' he said": a pronoun
    speaker opening a paragraph after one whose sentence reports someone's words is that
    reporter, when the gender fits (not the son the report was about)."""
    pronouns = {(m.span.start, m.span.end): m for m in mentions if m.kind == "pronoun"}
    moved = {q.cue: r.speaker for q in quotes
             if (r := _reporter(q, pronouns, mentions, doc, genders)) is not None}
    return [replace(q, speaker=moved[q.cue]) if q.cue in moved else q for q in quotes]


def _reporter(q: Quote, pronouns: dict, mentions: list[Mention], doc,
              genders: dict[str, str]) -> Quote | None:
    said = doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand") if q.cue else None
    subj = next((c for c in said.root.children if c.dep_ == "nsubj"), None) if said else None
    if subj is None or subj.lower_ not in PRONOUN_GENDER or subj.idx < q.span.end:
        return None
    para = doc.text.rfind("\n", 0, q.span.start)
    if para < 0 or doc.text[para:q.span.start].strip(' \n"“‘\''):
        return None  # the quote must open its paragraph
    prev = doc.char_span(max(0, para - 1), para, alignment_mode="expand")
    sent = prev.sent if prev is not None else None
    cue = sent.root if sent is not None and is_cue(sent.root) else None  # the main verb
    who = with_subject(cue) if cue is not None else None
    if who is None or who.speaker_start is None or \
            doc.text[who.speaker_start:who.speaker_end].lower() in PRONOUN_GENDER:
        return None  # a named reporter only: a pronoun there is no firmer than this one
    key = cluster_at(mentions, who.speaker_start, who.speaker_end, doc.text)
    if key and genders.get(key) in (PRONOUN_GENDER[subj.lower_], None) and key != q.speaker:
        return replace(q, speaker=key)
    return None


def with_interview_outlet(quotes: list[Quote], answers: list) -> list[Quote]:
    """A profile built on a Q&A: the interviewee's other quotes without an outlet were given
    to the same interviewer (the publication named as the asking label)."""
    asked = {q.speaker: q.outlet for q in quotes if q.speaker and q.outlet
             and any(a.start == q.span.start and a.outlet == q.outlet for a in answers)}
    return [replace(q, outlet=asked[q.speaker]) if q.outlet is None and q.speaker in asked
            else q for q in quotes]


def with_told_outlets(quotes: list[Quote], mentions: list[Mention], doc) -> list[Quote]:
    """"His daughter, Carol Ashworth, told the Valley Echo that …" and, paragraphs later, a
    quote of hers without an outlet: she was still talking to the Echo. A quote without its
    own outlet takes the outlet its speaker last "told" before it."""
    told = [(o.start, o.name, teller) for o in outlet_mentions(doc, 0, len(doc.text))
            if o.kind == "to" and o.name and (teller := _teller(mentions, o.start, doc))]
    return [replace(q, outlet=_last_told(told, q))
            if q.outlet is None and q.speaker and not _present(q, doc) else q for q in quotes]


def _present(q: Quote, doc) -> bool:
    """"…,” Falk says": a profile's present tense is said to its own writer, not to an
    outlet the speaker told something earlier."""
    return q.cue is not None and doc.text[q.cue.start:q.cue.end].lower() in ("says", "adds",
                                                                             "explains")


def _teller(mentions: list[Mention], at: int, doc) -> str | None:
    """The person last mentioned before "told" in its sentence."""
    sent_start = doc.char_span(at, at + 1, alignment_mode="expand").sent.start_char
    before = [m for m in mentions if m.label == "person" and m.entity
              and sent_start <= m.span.start and m.span.end <= at]
    return before[-1].entity if before else None


def _last_told(told: list[tuple[int, str, str]], q: Quote) -> str | None:
    names = [name for start, name, teller in told if teller == q.speaker and start < q.span.start]
    return names[-1] if names else None


def cluster_at(mentions: list[Mention], start: int, end: int,
               text: str | None = None) -> str | None:
    """The person cluster of the mention inside [start, end): the longest one, names first.
    With the text: a possessor is not the speaker ("Ana Cole's spokesman"); the name set
    right after such an expression by a comma is ("Ana Cole's spokesman, Ben Ode")."""
    body = _body_named(mentions, start, end, text) if text is not None else None
    if body is not None:
        return body or None
    if text is not None and _possessive(mentions, start, end, text):
        return _apposed_name(mentions, end, text)  # a role of someone's: named after, or nobody
    inside = [m for m in mentions if m.label == "person" and m.entity
              and start <= m.span.start and m.span.end <= end]
    overlapping = inside or [m for m in mentions if m.label == "person" and m.entity
                             and m.span.start < end and start < m.span.end]
    if not overlapping:
        return _organization_at(mentions, start, end)
    best = max(overlapping, key=lambda m: (m.kind not in ("pronoun", "descriptor"),
                                           m.span.end - m.span.start))
    return best.entity


# "the club said", "the publisher said in a statement": the body named just before speaks
_BODY = re.compile(r"(?i)^the\s+(?:club|company|firm|publisher|publishing house|broadcaster|"
                   r"network|studio|label|team|agency|charity|council|ministry|department|"
                   r"university|school|league|federation|association|foundation|government|"
                   r"hospital|museum|gallery|organi[sz]ation|board|committee)$")
BODY_REACH = 600  # characters: the body must have been named in the last few sentences


def _body_named(mentions: list[Mention], start: int, end: int, text: str) -> str | None:
    """The last body named shortly before whose name says it is one ("Halyard & Finch",
    "Castlebridge United"); "" (nobody, never a person) when there is none."""
    if not _BODY.match(text[start:end]):
        return None
    bodies = [m for m in mentions if m.entity and m.span.end <= start
              and start - m.span.start <= BODY_REACH and m.label in ("organization", "place")
              and (names_an_organization(m.text) or "&" in m.text)]
    return bodies[-1].entity if bodies else ""


def _organization_at(mentions: list[Mention], start: int, end: int) -> str | None:
    """"Tessaro Medical said in a statement": a company, club or body speaks for itself
    when the speaker expression is its name (not "a Tessaro spokesman", a person)."""
    named = [m for m in mentions if m.entity and start <= m.span.start and m.span.end <= end
             and (m.label == "organization" or m.label == "place" and names_an_organization(m.text))]
    return named[0].entity if len(named) == 1 and end - start <= len(named[0].text) + 4 else None


def _possessive(mentions: list[Mention], start: int, end: int, text: str) -> bool:
    """The expression is about someone else's person: "Ana Cole's spokesman"."""
    return any(m.label == "person" and start <= m.span.start and m.span.end < end
               and text[m.span.end:m.span.end + 2] in ("'s", "’s") for m in mentions)


def _apposed_name(mentions: list[Mention], end: int, text: str) -> str | None:
    gap = len(text[end:]) - len(text[end:].lstrip(" ,"))
    if "," not in text[end:end + gap]:
        return None
    named = [m for m in mentions if m.label == "person" and m.entity and m.kind == "name"
             and m.span.start == end + gap]
    return named[0].entity if named else None
