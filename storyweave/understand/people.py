"""Document-local person clusters from NER person names.

A cluster is one person as one document names them: full names that agree (same name, a
short form of the first name with the same surname, a middle name dropped) share a cluster;
a lone single-word PERSON that matches no cluster's name parts starts its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from . import names as N
from .descriptors import PERSON_NOUNS
from .nicknames import nickname_links
from .nlp import text_of

_PARTICLES = {"de", "da", "van", "von", "der", "del", "la", "le", "bin", "al", "du", "di"}
# "wrote on Instagram", "grew up in Hamilton": a lone word after these is a platform or a place.
_NOT_PEOPLE_BEFORE = {"on", "via", "in"}


@dataclass
class Cluster:
    key: str
    full_names: list[str] = field(default_factory=list)
    single_names: list[str] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return self.full_names + self.single_names


def cluster_people(doc: Doc) -> list[Cluster]:
    candidates = [c for c in (_candidate(doc, ent) for ent in doc.ents) if c]
    candidates += _missed_full_names(doc, candidates)
    candidates = _with_nicknamed(doc, candidates)
    fulls = [c for c in candidates if N.is_full_name(c[2])]
    known = _trimmed(fulls)
    clusters: list[Cluster] = []
    for start, end, name in known:
        _add_full(clusters, start, end, name)
    clusters = _with_married_names(clusters)
    unlike = _unlike_people(doc)
    for start, end, name in (c for c in candidates if not N.is_full_name(c[2])):
        if name not in unlike or any(_owns_part(c, name) for c in clusters):
            _add_single(doc, clusters, start, end, name)
    return _with_nicknames(doc, clusters)


def _with_nicknames(doc: Doc, clusters: list[Cluster]) -> list[Cluster]:
    """A person and the nickname a clause gives them are one cluster."""
    for person_at, nickname_at in nickname_links(doc):
        a, b = _cluster_at(clusters, person_at), _cluster_at(clusters, nickname_at)
        if a is not None and b is not None and a is not b:
            a.full_names += [n for n in b.full_names if n not in a.full_names]
            a.single_names += [n for n in b.single_names if n not in a.single_names]
            a.spans += b.spans
            clusters.remove(b)
    return clusters


def _cluster_at(clusters: list[Cluster], at: int) -> Cluster | None:
    return next((c for c in clusters if any(s <= at < e for s, e, _ in c.spans)), None)


# "in Strathlorne": a lone name after "in" is a place wherever else NER calls it a person
_IN_NAME = re.compile(r"\b[Ii]n\s+([A-Z][\w-]+)\b(?![’']s)(?!\s+[A-Z])")


def _unlike_people(doc: Doc) -> set[str]:
    """Lone words that name no person in this document: ones written after "in", and words
    of a longer organization or place name ("Brightwater" of "Brightwater Television")."""
    out = {m.group(1) for m in _IN_NAME.finditer(text_of(doc))}
    for ent in doc.ents:
        if (ent.label_ in ("ORG", "GPE", "LOC", "FAC") or names_an_organization(ent.text)) \
                and len(ent) > 1:
            out |= {w for w in N.parts(N.clean_name(ent.text)) if w[:1].isupper()}
    return out


def _with_married_names(clusters: list[Cluster]) -> list[Cluster]:
    """"met Margit Solberg … Margit Tillerman, 78": one first name with two surnames, one of
    them another person's of the document, is a maiden and a married name of one woman."""
    out: list[Cluster] = []
    for c in clusters:
        into = next((o for o in out if _married_name_of(o, c, clusters)), None)
        if into is None:
            out.append(c)
            continue
        into.full_names.extend(c.full_names)
        into.spans.extend(c.spans)
    return out


def _married_name_of(a: Cluster, b: Cluster, clusters: list[Cluster]) -> bool:
    firsts = {N.first_name(n) for n in a.full_names} & {N.first_name(n) for n in b.full_names}
    if not firsts or not all(len(f) > 2 for f in firsts):
        return False
    family = {N.surname(n) for c in clusters if c is not a and c is not b for n in c.full_names}
    return bool({N.surname(n) for n in a.full_names + b.full_names} & family)


# 'Augustin “Gus” Tillerman', 'Ana M. "Nan" Cole': NER splits these at the quotes
_NICKNAMED = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z]\.)?\s+[“\"‘'][A-Z][\w-]+[”\"’']\s+"
                        r"(?:[a-z]{1,3}\s+)?[A-Z][\w'’-]+\b")


def _with_nicknamed(doc: Doc, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Names with a nickname in quotes replace the pieces NER made of them."""
    found = [(m.start(), m.end(), m.group()) for m in _NICKNAMED.finditer(text_of(doc))
             if "\n" not in m.group()]
    rest = [c for c in candidates if not any(s < c[1] and c[0] < e for s, e, _ in found)]
    return sorted(rest + found)


GROUP_NOUNS = frozenset({"band", "club", "group", "party", "team", "company", "firm", "label",
                         "orchestra", "choir", "duo", "trio", "quartet", "outfit", "ensemble"})


def named_as_group(doc: Doc, ent) -> bool:
    """"the rock band Velvet Storm", "the skiing club SK Nord": a name right after a group
    noun names the group, whatever the tagger thought."""
    before = text_of(doc)[max(0, ent.start_char - 20):ent.start_char].split()
    return bool(before) and before[-1].lower().rstrip(",") in GROUP_NOUNS  # "his band, X"


WORK_NOUNS = frozenset("""film movie novel book album song play series show sitcom drama
documentary single memoir poem opera musical podcast programme program miniseries""".split())


def named_as_work(doc: Doc, ent) -> bool:
    """"his short film Frank's Wonderful Life", "the series Starfarer": a title, no person."""
    before = text_of(doc)[max(0, ent.start_char - 20):ent.start_char].split()
    return bool(before) and before[-1].lower() in WORK_NOUNS


# the head word of a building, a body or a place: "Eldermoor Congregational Church", "Foley
# Point" and "Cutter Lane" are no people
_BODY_HEADS = frozenset("""church chapel cathedral university college school institute hospital
museum foundation society company corporation department office agency council committee
point lane street road avenue harbor harbour bay beach park drive boulevard square island
lake river creek hill valley mountain high academy
""".split())
# words no person's name contains: "Brightwater Television", "Radio Ardmore", "Ardmore CID"
ORG_WORDS = frozenset("""television tv radio pictures records media news post times studios
studio films productions entertainment group holdings partners ventures airlines airways motors
press books publishing music sports gazette herald journal tribune courier chronicle evening
daily weekly magazine cid police fc united athletic rovers wanderers city county bank trust
network channel broadcasting theatre theater orchestra club academy cinema hotel restaurant
inc ltd llc plc corp council instruments medical biologics pharmaceuticals pharma therapeutics
health healthcare systems technologies technology labs laboratories industries energy insurance
capital advisors advisers consulting solutions software foods brands logistics electronics
devices diagnostics robotics analytics aerospace mining steel water power foundation institute
university college hospital clinic oil petroleum chemicals construction realty""".split())


def names_an_organization(name: str) -> bool:
    return any(re.sub(r"[’']s?$", "", w).strip(".,:;").lower() in ORG_WORDS for w in name.split())


# "his wife of 50 years, Margit": a lone word the tagger took for a place, named as kin
_KIN_BEFORE = re.compile(r"\b(?:wife|husband|son|daughter|child|brother|sister|mother|father|"
                         r"partner|widow|fianc[ée]e?|stepson|stepdaughter|stepmother|stepfather|"
                         r"grandson|granddaughter|nephew|niece|cousin|uncle|aunt)"
                         r"(?:\s+of\s+\w+\s+years)?,?\s*$|"
                         r"\b(?:son|daughter|child|children)\s+of\s+(?:[A-Z][\w'’-]+\s+and\s+)?$|"
                         r"\b(?:children|sons|daughters|kids|twins|grandchildren)[,:]?\s+"
                         r"(?:(?-i:[A-Z])[\w'’-]+(?:,\s*\d{1,3})?(?:,\s*who\b[^,;:]{0,80})?"
                         r"(?:\s*,\s*|\s+and\s+|,\s+and\s+))+$", re.I)


def kin_introduced(text: str, start: int) -> bool:
    """The name at `start` follows a kin noun: "his wife, Dana Reyhart", "a son, Anders"."""
    return bool(_KIN_BEFORE.search(text[max(0, start - 160):start]))


def _candidate(doc: Doc, ent) -> tuple[int, int, str] | None:
    kin_named = ent.label_ in ("GPE", "LOC", "NORP", "ORG") and len(ent) == 1 and \
        not _people_word_after(doc, ent) and kin_introduced(text_of(doc), ent.start_char)
    if ent.label_ not in ("PERSON", "ORG") and not kin_named or named_as_group(doc, ent) \
            or named_as_work(doc, ent) or ent.text.startswith("The "):
        return None  # "The Dreamboys" is a band, "the film Frank's Wonderful Life" a title
    head = (N.clean_name(ent.text).split() or [""])[-1].lower()
    if head in _BODY_HEADS or ent.text.isupper() or names_an_organization(ent.text):
        return None  # a building or a place; "CARVER FALLS -" is a dateline
    name = _without_title(doc, ent, _without_role(N.clean_name(_extended(doc, ent).strip())))
    if names_an_organization(name):
        return None  # "Radio Ardmore", "Ardmore CID"
    words = [w for form in N.forms(name) for w in N.parts(form)]
    if not words or "\n" in name or "," in name or not all(_is_name_word(w) for w in words):
        return None
    if ent.label_ == "ORG" and len(words) < 2 and not kin_named:
        return None  # a single ORG word is a person only if it matches a name part (mentions)
    start = text_of(doc).find(name, ent.start_char)
    return (start, start + len(name), name) if ent.label_ == "PERSON" or kin_named or \
        len(words) in (2, 3) and _looks_personal(doc, ent) else None


_TITLE_TAIL = re.compile(r"\s+of\s+the\s+(?:Year|Month|Week|Decade|Century|Season|World)\b")


def _people_word_after(doc: Doc, ent) -> bool:
    """"the son of Italian immigrants": a nationality before a common noun is no name."""
    return ent.end < len(doc) and doc[ent.end].pos_ == "NOUN" and doc[ent.end].is_lower


def _without_title(doc: Doc, ent, name: str) -> str:
    """"crowned Ana Playmate of the Month": the last word starts a title, not the name."""
    words = name.split()
    if len(words) >= 2 and _TITLE_TAIL.match(text_of(doc), ent.end_char) \
            and name.endswith(ent.text.split()[-1]):
        return " ".join(words[:-1])
    return name


def _without_role(name: str) -> str:
    """"Chef Ana Ruiz" at a sentence start: the capitalized role word is not part of the name."""
    words = N.parts(name)
    if len(words) >= 3 and words[0].lower() in PERSON_NOUNS:
        return " ".join(words[1:])
    return name


def _extended(doc: Doc, ent) -> str:
    """NER often stops before a last name ("Ada Rose | Varga"): take following capitalized
    proper nouns on the same line, up to four words in all."""
    end = ent.end
    while end < len(doc) and end - ent.start < 4 and doc[end].pos_ == "PROPN" \
            and doc[end].text[:1].isupper() and doc[end - 1].whitespace_ == " " \
            and ent.label_ == "PERSON" and doc[end - 1].tag_ != "POS":  # "Ana Cole's Long Road"
        end += 1
    return doc[ent.start:end].text


def _missed_full_names(doc: Doc, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two or three proper nouns in a row that NER missed, where one of the words is a
    person's name elsewhere in the document ("Ana Quenby opened…" with "Ana" tagged later)."""
    person_words = {w for e in doc.ents if e.label_ == "PERSON" and not named_as_group(doc, e)
                    for w in N.parts(e.text)}
    taken = {i for s, e, _ in found for i in range(s, e)}
    out = []
    for sent in doc.sents:
        for run in _proper_runs(sent):
            if _TITLE_TAIL.match(text_of(doc), run[-1].idx + len(run[-1])):
                run = run[:-1]  # "crowned Ana Marsh Playmate of the Month"
            if len(run) < 2:
                continue
            start, end = run[0].idx, run[-1].idx + len(run[-1])
            name = N.clean_name(text_of(doc)[start:end])
            start = text_of(doc).find(name, start)
            if taken.isdisjoint(range(start, end)) and person_words & set(N.parts(name)) \
                    and N.is_full_name(name) and "\n" not in name and not name.isupper() \
                    and name.split()[-1].lower() not in _BODY_HEADS \
                    and not names_an_organization(name):
                out.append((start, start + len(name), name))
    return out


def _proper_runs(sent) -> list[list]:
    runs, run = [], []
    for token in sent:
        if token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ in ("", "PERSON", "ORG"):
            run.append(token)
            continue
        if 2 <= len(run) <= 3:
            runs.append(run)
        run = []
    if 2 <= len(run) <= 3:
        runs.append(run)
    return runs


def _looks_personal(doc: Doc, ent) -> bool:
    """An ORG-tagged two/three-word name is kept if a PERSON elsewhere shares its surname, or
    if it does what only people do (dies, marries, is born, has a wife, is 45)."""
    last = N.surname(ent.text)
    return any(e.label_ == "PERSON" and N.surname(N.clean_name(e.text) or "x") == last
               for e in doc.ents if e is not ent) or _acts_as_person(ent)


_PERSON_VERBS = {"die", "marry", "wed", "divorce", "bear", "propose", "pass"}
_KIN_WORDS = {"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
              "children", "girlfriend", "boyfriend", "fiancé", "fiancée", "widow", "widower"}
_AGE_AFTER = re.compile(r"^\s*,\s*\d{1,3}\s*,")


def _acts_as_person(ent) -> bool:
    root = ent.root
    verb = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ in _PERSON_VERBS:
        return verb.lemma_ != "pass" or any(c.lower_ == "away" for c in verb.children)
    if root.dep_ == "nsubj" and any(c.dep_ == "advcl" and c.lower_ == "born" for c in verb.children):
        return True  # "Born in Lagos, Ade Okafor moved …"
    if root.dep_ == "poss" and root.head.lemma_.lower() in _KIN_WORDS:
        return True
    before = ent.doc[ent.start - 1] if ent.start else None
    if before is not None and before.is_lower and before.pos_ == "NOUN" \
            and before.lemma_ in PERSON_NOUNS:
        return True  # "quarterback Philip Rivers", "spokeswoman Gina Coburn"
    return bool(_AGE_AFTER.match(ent.doc.text[ent.end_char:ent.end_char + 8]))


def _is_name_word(word: str) -> bool:
    return word[0].isupper() or word in _PARTICLES or word.startswith("@")


def _trimmed(fulls: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Cut headline words glued to a name ("Ana Ruiz Returns" → "Ana Ruiz", "Town Honors Ana
    Ruiz" → "Ana Ruiz") when the shorter name occurs on its own elsewhere in the document."""
    names = {n for _, _, n in fulls}
    out = []
    for start, end, name in fulls:
        words = N.parts(name)
        for k in range(2, len(words)):
            prefix, suffix = " ".join(words[:k]), " ".join(words[-k:])
            if prefix in names:
                name, end = prefix, start + len(prefix)
                break
            if suffix in names and name.endswith(suffix):  # "Ashcombe Remembers Ana Ruiz"
                name, start = suffix, end - len(suffix)
                break
        out.append((start, end, name))
    return out


def _add_full(clusters: list[Cluster], start: int, end: int, name: str) -> None:
    names = N.forms(name)  # a nicknamed name joins the cluster of either form
    for c in clusters:
        if any(_same_person(form, other) for form in names for other in c.full_names):
            c.full_names.extend(n for n in names if n not in c.full_names)
            c.spans.append((start, end, "name"))
            return
    clusters.append(Cluster(_next_key(clusters), names, [], [(start, end, "name")]))


def _same_person(a: str, b: str) -> bool:
    if N.name_key(a) == N.name_key(b):
        return True
    if N.surname(a) != N.surname(b):
        return False
    fa, fb = N.first_name(a), N.first_name(b)
    return fa == fb or N.short_form_of(fa, fb) or N.short_form_of(fb, fa)


def _add_single(doc: Doc, clusters: list[Cluster], start: int, end: int, name: str) -> None:
    before = text_of(doc)[max(0, start - 12):start].split()
    if before and before[-1].lower() in _NOT_PEOPLE_BEFORE:
        return
    owners = [c for c in clusters if _owns_part(c, name)]
    if owners:
        return  # mentions.py links name parts to their owner (or leaves them ambiguous)
    for c in clusters:
        if name in c.single_names:
            c.spans.append((start, end, "name"))
            return
    clusters.append(Cluster(_next_key(clusters), [], [name], [(start, end, "name")]))


def _next_key(clusters: list[Cluster]) -> str:
    """A key no cluster has (merged clusters leave gaps in the numbering)."""
    return f"p{max((int(c.key[1:]) for c in clusters), default=0) + 1}"


def _owns_part(c: Cluster, name: str) -> bool:
    return any(name in (N.first_name(f), N.surname(f)) or N.short_form_of(name, N.first_name(f))
               for f in c.full_names)
