"""Names a clause gives a person: "Ev Brannock, the fixer the papers nicknamed Suitcase Ev",
"Tom Reed, known to fans as Big Tom", "Ross Hale, who was dubbed Mr Hollywood"."""
from __future__ import annotations

from spacy.tokens import Doc, Token

# "named"/"called" name their object when they have one ("who named her son Leo"): only
# a verb without an object names the person the clause hangs on
_NAMING = frozenset({"nickname", "dub", "know", "call", "christen", "style", "bill", "name"})
_NAME_DEPS = frozenset({"oprd", "attr", "pobj", "dobj", "appos"})


def nickname_links(doc: Doc) -> list[tuple[int, int]]:
    """(person token char offset, nickname token char offset) pairs: the nickname's head word
    and the person's name word the naming clause is attached to."""
    return [(person.idx, t.idx) for t in doc if t.ent_type_ and t.dep_ in _NAME_DEPS
            if (person := _named_person(t)) is not None]


def _named_person(name: Token) -> Token | None:
    verb = name.head.head if name.dep_ == "pobj" and name.head.lower_ == "as" else name.head
    if verb.lemma_.lower() not in _NAMING or verb.dep_ not in ("acl", "relcl"):
        return None
    if name.dep_ == "pobj" and verb.lemma_.lower() != "know":
        return None  # "known as X" only: "named as a suspect"
    if any(c.dep_ == "dobj" and c is not name for c in verb.children):
        return None  # "who named her son Leo": the son is named
    noun = verb.head
    person = noun.head if noun.dep_ == "appos" else noun
    return person if person.ent_type_ == "PERSON" and person.i != name.i else None
