"""Named mentions in one document: NER plus the rule layer NER needs.

NER misses or mislabels surnames and first names ("Okafor" as ORG), title-case headlines
confuse it, and it cannot know birth names or handles. So full person names from NER seed
document-local clusters, and every capitalized token equal to a part of exactly one cluster's
names becomes a mention of it; ambiguous parts (two people called Smith) stay unresolved.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from spacy.tokens import Doc

from ..model import Document, Mention, Span
from . import names as N
from .lexicon import INSTITUTION_HEADS
from .awards import award_mentions
from .people import Cluster, cluster_people, kin_introduced, named_as_group, names_an_organization
from .nlp import text_of
from .places import born_places, overlaps, places_by_context
from .roles import character_entity, character_keys

LABELS = {"ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place",
          "WORK_OF_ART": "work", "EVENT": "other", "PRODUCT": "other"}
_HANDLE_AFTER_NAME = re.compile(r"([A-Za-z][\w.'’-]*(?: [A-Za-z][\w.'’-]*){1,3})\s*\((@\w{2,})\)")
_BIRTH_CUE = re.compile(r"\b(?:actually|really|originally) named|\b[Bb]orn|\bnée|\bnee|"
                        r"\b(?:birth|real|given) name(?: is|:|,)?|\bformerly known as")
_CAP_NAME = re.compile(r"\s+((?:[A-Z][\w'’-]+\s?){2,4})")


def find_mentions(doc: Doc, document: Document) -> list[Mention]:
    """Named mentions (persons with document-local cluster keys, organizations, places,
    works, awards, handles), sorted by offset; birth names come later (`with_birth_names`)."""
    clusters = cluster_people(doc)
    mentions = _as_characters(_person_mentions(doc, document.id, clusters), doc, clusters)
    mentions += _handles(text_of(doc), document, mentions, clusters)
    mentions += award_mentions(doc, document.id, mentions)
    mentions += _other_named(doc, document.id, mentions)
    mentions += _owned_bodies(text_of(doc), document.id, mentions)
    born = born_places(doc, document.id, mentions)
    mentions = [m for m in mentions if not overlaps(born, m.span.start, m.span.end)] + born
    mentions += _repeated_organizations(text_of(doc), document.id, mentions)
    return sorted(places_by_context(text_of(doc), mentions), key=lambda m: (m.span.start, m.span.end))


def _repeated_organizations(text: str, doc_id: str, mentions: list[Mention]) -> list[Mention]:
    """"Tessaro hired her": a name the tagger took for an organization elsewhere in the
    document is one wherever else it stands, unless it is also a common word there."""
    places = {m.text for m in mentions if m.label == "place"}  # "born in Penhallow" stays
    names = {m.text: m.entity for m in mentions if m.label == "organization" and m.kind == "name"
             and m.entity and len(m.text) >= 3 and m.text[:1].isupper() and m.text not in places}
    out: list[Mention] = []
    for name, entity in sorted(names.items()):
        if " " not in name and re.search(rf"\b{re.escape(name.lower())}\b", text):
            continue  # "Post" beside "post": a word, not only a name
        out += [Mention(Span(doc_id, m.start(), m.end()), name, "name", "organization", entity)
                for m in re.finditer(rf"\b{re.escape(name)}\b", text)
                if not overlaps(mentions + out, m.start(), m.end())]
    return out


def _as_characters(mentions: list[Mention], doc: Doc, clusters: list[Cluster]) -> list[Mention]:
    """Every mention of a role somebody plays becomes a mention of that character."""
    roles = {c.key: character_entity(c) for c in clusters if c.key in character_keys(doc, [c])}
    return [replace(m, label="other", entity=roles[m.entity]) if m.entity in roles else m
            for m in mentions]


def _person_mentions(doc: Doc, doc_id: str, clusters: list[Cluster]) -> list[Mention]:
    found = [Mention(Span(doc_id, s, e), text_of(doc)[s:e], kind, "person", c.key)
             for c in clusters for s, e, kind in c.spans]
    taken = [(m.span.start, m.span.end) for m in found]
    parts = _part_owners(clusters, text_of(doc).find("\n") if "\n" in text_of(doc) else 0,
                         text_of(doc))
    introduced = _introduced(clusters, text_of(doc))
    for token in doc:
        hit = _part_mention(token, parts, taken, doc_id, introduced)
        if hit:
            found.append(hit)
    return found


def _part_owners(clusters: list[Cluster], title_end: int,
                 text: str) -> dict[str, tuple[str, set[str]]]:
    """name part → (kind, owning cluster keys); first names and surnames of full names.

    A surname shared by relatives goes to the one the story is about when that person is
    named at least twice as often as every other owner ("Ana Ruiz … her brother Leo Ruiz …
    Ruiz said" is Ana); otherwise it stays ambiguous.
    """
    owners: dict[str, tuple[str, set[str]]] = {}
    for c in clusters:
        for full in c.full_names:
            for kind, part in (("first", N.first_name(full)), ("surname", N.surname(full))):
                owners.setdefault(part, (kind, set()))[1].add(c.key)
    size = {c.key: len(c.spans) + 2 * any(start < title_end for start, _, _ in c.spans)
            for c in clusters}  # a person in the headline is who the story is about
    return {part: (kind, _dominant(_not_relatives(part, keys, clusters, text)
                                   if kind == "surname"
                                   else keys, size))
            for part, (kind, keys) in owners.items()}


def _not_relatives(surname: str, keys: set[str], clusters: list[Cluster], text: str
                   ) -> set[str]:
    """"Owen Reyhart … his wife, Dana Reyhart … Reyhart said": a relative introduced by a
    kin noun is named by first name from then on, so the shared surname is the other one's.
    Nor is it the surname of someone first named by another one ("Lena Holt … Lena Varga":
    Varga is her husband; "Marlo Skye, still Maggie Skyrme to the town … Mrs Skyrme": her
    mother)."""
    introduced_as_kin = {c.key for c in clusters if c.key in keys and c.full_names and
                         kin_introduced(text, min(s for s, _, kind in c.spans if kind == "name"))}
    other_name = {c.key for c in clusters if c.full_names
                  and N.surname(c.full_names[0]) != surname}
    own = keys - other_name or keys
    return own - introduced_as_kin or own


def _dominant(keys: set[str], size: dict[str, int]) -> set[str]:
    if len(keys) < 2:
        return keys
    ranked = sorted(keys, key=lambda k: -size[k])
    return {ranked[0]} if size[ranked[0]] >= 2 * size[ranked[1]] else keys


_TITLE_ENTS = {"WORK_OF_ART", "EVENT", "FAC", "LAW", "PRODUCT"}


def _in_title(token) -> bool:
    """A name part inside a longer title ("The Cole Affair"), not a lone word NER called one."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.ent_iob_ == "I" or nxt is not None and nxt.ent_iob_ == "I"


class _Introduced(NamedTuple):
    named_at: dict[str, int]  # cluster key -> where its full name is first written
    surnames: dict[str, set[str]]  # surname -> every cluster whose full name ends with it
    title_end: int


def _introduced(clusters: list[Cluster], text: str) -> _Introduced:
    named_at = {c.key: min((s for s, _, kind in c.spans if kind == "name"), default=len(text))
                for c in clusters if c.full_names}
    surnames: dict[str, set[str]] = {}
    for c in clusters:
        for full in c.full_names:
            surnames.setdefault(N.surname(full), set()).add(c.key)
    return _Introduced(named_at, surnames, text.find("\n") if "\n" in text else 0)


def _first_introduced(surname: str, owners: set[str], at: int,
                      introduced: _Introduced) -> set[str]:
    """"Imogen Falk … Falk says … Anders Falk …": a bare surname before any namesake is
    introduced is the one named already; after both, the one the rules of `_part_owners`
    chose, else the one in the headline (news names the other by first name)."""
    named = introduced.surnames.get(surname, owners)
    before = sorted((introduced.named_at.get(k, at), k) for k in named
                    if introduced.named_at.get(k, at) < at)
    if len(before) == 1 or len(owners) < 2:
        return {before[0][1]} if len(before) == 1 else owners
    headline = [k for start, k in before if start < introduced.title_end]
    return {headline[0]} if len(headline) == 1 and len(before) == len(named) else owners


def _part_mention(token, parts, taken, doc_id: str, introduced: _Introduced) -> Mention | None:
    text = N.clean_name(token.text)
    if not text or not text[0].isupper() or token.ent_type_ in _TITLE_ENTS and _in_title(token):
        return None
    kind, owners = parts.get(text) or _short_form_owners(token, text, parts)
    if kind == "surname":
        owners = _first_introduced(text, owners, token.idx, introduced)
    start = token.idx
    end = start + len(text)
    if len(owners) != 1 or any(s < end and start < e for s, e in taken):
        return None
    return Mention(Span(doc_id, start, end), text, kind, "person", next(iter(owners)))


def _short_form_owners(token, text: str, parts) -> tuple[str, set[str]]:
    """A name NER tags as a person that is a familiar form of a known first name ("Sam" for
    Samantha); never a word inside a title ("Christ" in a show's name)."""
    if token.pos_ != "PROPN" or token.ent_type_ != "PERSON":
        return "", set()
    owners = {k for part, (kind, keys) in parts.items() if kind == "first"
              and N.short_form_of(text, part) for k in keys}
    return "first", owners


def with_birth_names(doc: Doc, doc_id: str, named: list[Mention],
                     references: list[Mention]) -> tuple[list[Mention], dict[str, str]]:
    """Named mentions plus birth names, and the clusters that turned out to be a birth name
    (cluster key → the owner's key): that name stops being a person of its own.

    Runs after coreference, because the owner is often a pronoun ("He was born A B C").
    """
    births = _birth_names(doc, doc_id, named + [r for r in references if r.entity])
    kept = [m for m in named if not overlaps(births, m.span.start, m.span.end)]
    gone = {m.entity for m in named if m.label == "person"} - {m.entity for m in kept}
    owner = {m.entity: b.entity for b in births for m in named
             if m.entity in gone and overlaps([b], m.span.start, m.span.end)}
    return sorted(kept + births, key=lambda m: (m.span.start, m.span.end)), owner


def _birth_names(doc: Doc, doc_id: str, mentions: list[Mention]) -> list[Mention]:
    """"X, actually named A B C" / "born A B" / "née B": a birth name of the nearest person before."""
    out = []
    for cue in _BIRTH_CUE.finditer(text_of(doc)):
        m = _CAP_NAME.match(text_of(doc), cue.end())
        owner = _nearest_person_before(mentions, cue.start(), doc, window=80)
        if owner is None and m and cue.group() == "Born":  # "Born Euan Lachlan Carrickmore in …"
            owner = next((x for x in mentions if x.label == "person" and x.entity
                          and x.span.start == m.start(1)), None)
        if m and owner and N.is_full_name(m.group(1).strip()):
            name = N.clean_name(m.group(1).strip())
            start = m.start(1)
            out.append(Mention(Span(doc_id, start, start + len(name)), name, "birth_name",
                               "person", owner.entity))
    return out


def _nearest_person_before(mentions: list[Mention], pos: int, doc: Doc, window: int):
    before = [m for m in mentions if m.label == "person" and m.span.end <= pos
              and pos - m.span.end <= window and "\n" not in text_of(doc)[m.span.end:pos]]
    return max(before, key=lambda m: m.span.end, default=None)


def _handles(text: str, document: Document, mentions: list[Mention],
             clusters: list[Cluster]) -> list[Mention]:
    """"Name (@handle)" ties a handle to a known person, in kept text or in an embed line.

    Embed attribution lines are removed as junk, so they never create a person; they only
    add a handle to a person the kept text already names.
    """
    keys = {N.name_key(n): c.key for c in clusters for n in c.full_names}
    out = []
    for source in (text, document.text):
        for at in _handle_positions(source):  # look back from each "(@" only: fast on long texts
            start = source.rfind(" ", 0, max(0, at - 80)) + 1  # a word boundary
            m = _HANDLE_AFTER_NAME.search(source, start, at + 40)
            owner = _owner_of(m.group(1), keys) if m and m.start(2) == at + 1 else None
            if owner and not any(x.span.start == m.start(2) for x in out):
                out.append(Mention(Span(document.id, m.start(2), m.end(2)), m.group(2), "handle",
                                   "person", owner))
    return out


def _handle_positions(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\(@", text)]


def _owner_of(phrase: str, keys: dict[str, str]) -> str | None:
    words = phrase.split()
    for i in range(len(words) - 1):  # the longest tail of the phrase that is a known name
        owner = keys.get(N.name_key(" ".join(words[i:])))
        if owner:
            return owner
    return None


def _places_with_region(doc: Doc) -> dict[int, int]:
    """"Bergen, Norway": a place followed by ", place" is one mention of the first place,
    whose longer name says where it lies. start of first entity → end of the second."""
    ents = [e for e in doc.ents if e.label_ in ("GPE", "LOC")]
    return {a.start_char: b.end_char for a, b in zip(ents, ents[1:])
            if text_of(doc)[a.end_char:b.start_char] == ", "}


def _other_named(doc: Doc, doc_id: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = _acronym_names(doc, doc_id, mentions)
    regions = _places_with_region(doc)
    for ent in doc.ents:
        label = "organization" if named_as_group(doc, ent) or ent.label_ == "PERSON" and \
            names_an_organization(ent.text) else LABELS.get(ent.label_)
        if ent.start_char in regions and label == "place":
            end = regions[ent.start_char]
            out.append(Mention(Span(doc_id, ent.start_char, end), text_of(doc)[ent.start_char:end],
                               "name", label, f"place:{N.name_key(ent.text)}"))
            continue
        name = N.clean_name(ent.text.strip())
        if not label or not name or "\n" in name or overlaps(mentions + out, ent.start_char,
                                                               ent.end_char):
            continue
        label, name = _institution(label, name)
        start = text_of(doc).find(name, ent.start_char)
        out.append(Mention(Span(doc_id, start, start + len(name)), name, "name", label,
                           f"{label}:{N.name_key(name)}"))
    return out


_EXPANDED = re.compile(r"((?:[A-Z][\w'’&-]*\s+(?:(?:of|for|and|the|on|in)\s+)*){1,8})\(([A-Z]{2,8})\)")


def _acronym_names(doc: Doc, doc_id: str, mentions: list[Mention]) -> list[Mention]:
    """"Mothers Against Drunk Driving (MADD)": a name its initials spell in parentheses is
    one organization (whatever the tagger made of it), and so is every "MADD" after it."""
    text, out = text_of(doc), []
    for m in _EXPANDED.finditer(text):
        name = _spelled_by(m.group(1).split(), m.group(2))
        if name is None:
            continue
        start = m.start(1) + m.group(1).rfind(name)
        key = f"organization:{N.name_key(name)}"
        spans = [(start, start + len(name))] + [
            (a.start(), a.end()) for a in re.finditer(rf"\b{m.group(2)}\b", text)]
        out += [Mention(Span(doc_id, a, b), text[a:b], "name", "organization", key)
                for a, b in spans if not overlaps(mentions + out, a, b)]
    return out


def _spelled_by(words: list[str], acronym: str) -> str | None:
    """The trailing run of `words` whose capitalized initials spell `acronym`."""
    for i in range(len(words)):
        run = words[i:]
        if run[0][0].isupper() and "".join(w[0] for w in run if w[0].isupper()) == acronym:
            return " ".join(run)
    return None


_BODY_AFTER_NAME = re.compile(r"^['’]s\s+(ministry|campaign|foundation|administration|charity|"
                              r"company|firm|label|studio|organi[sz]ation|church|government)\b")


def _owned_bodies(text: str, doc_id: str, mentions: list[Mention]) -> list[Mention]:
    """"Billy Graham's ministry", "the senator's campaign" named by its person: an
    organization of its own (the person keeps their mention inside it)."""
    out = []
    for m in mentions:
        body = _BODY_AFTER_NAME.match(text[m.span.end:]) if m.label == "person" \
            and m.kind == "name" else None
        if body:
            name = text[m.span.start:m.span.end + body.end()]
            out.append(Mention(Span(doc_id, m.span.start, m.span.start + len(name)), name,
                               "name", "organization", f"organization:{N.name_key(name)}"))
    return out


# "the Northern Division of the City Police Department": the unit's organization is named
_SUBUNIT = re.compile(r"^(?:the\s+)?(?:[A-Z][\w.'-]*\s+)*(?:Division|Branch|Unit|Bureau|"
                      r"Section|Chapter|Precinct|Desk|Wing)\s+of\s+(?:the\s+)?(?P<parent>[A-Z].+)$")


def _institution(label: str, name: str) -> tuple[str, str]:
    """Organizations named by their head noun, without a leading "the", a unit by its
    parent organization."""
    if label in ("place", "other") and name.split()[-1].lower() in INSTITUTION_HEADS:
        label = "organization"
    if label != "organization":
        return label, name
    unit = _SUBUNIT.match(name)
    name = unit.group("parent") if unit else name
    lead = name.startswith("the ") or (name.startswith("The ") and len(name.split()) > 2)
    return label, name[4:] if lead else name
