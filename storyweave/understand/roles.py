"""Characters that actors play: named like people, but no people of the story.

"Will play detective DCI Hal Ferrie when the show returns", "starred as Fergus Mor in the
series", "his character, Ferrie": the name is a role. Its mentions become `other` entities,
so no claim, quote or pronoun is ever given to it (a character's wife is nobody's wife).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from . import names as N
from .nlp import text_of
from .people import Cluster

# verbs whose direct object is a role; the first three never take a real opponent as object
PLAY_VERBS = {"play", "portray", "voice", "reprise", "depict", "embody"}
ONLY_ROLES = {"portray", "voice", "reprise"}
# "starred as X", "was cast as X", "returns as X"
AS_VERBS = {"star", "cast", "appear", "return", "play", "reprise", "recast", "debut"}
# "known as", "such as", "described as": the name after is a person
NOT_ROLE_AS = {"know", "call", "name", "dub", "refer", "describe", "list", "identify", "such",
               "well", "serve", "elect", "appoint", "introduce", "credit", "sign"}
NOT_ROLE_AS_WORDS = NOT_ROLE_AS | {"known", "called", "named", "dubbed", "referred", "described",
                                   "listed", "identified", "served", "serves", "elected",
                                   "appointed", "introduced", "credited", "signed"}
# a play verb's object is a role in a sentence about the screen or the stage (not sport)
SCREEN_WORDS = re.compile(
    r"(?i)\b(?:series|shows?|dramas?|films?|movies?|sitcoms?|soaps?|episodes?|seasons?|roles?|"
    r"characters?|musicals?|stage|productions?|co-?stars?|cast|screens?|tv|television|theat(?:re|er)|"
    r"franchise|sequel|spin-?off|box set|pilot|script|scripts|sketch)\b")
# "spent four series as the warlord X": the text shape, for when the parse goes astray
AS_BEFORE = re.compile(r"\b(\w+)\s+as\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,3}$")
CHARACTER_BEFORE = re.compile(r"(?i)\b(?:character|role of|alter ego|persona|title role as)\W*$")


def character_keys(doc: Doc, clusters: list[Cluster]) -> set[str]:
    """Keys of the clusters the document names as roles somebody plays."""
    return {c.key for c in clusters
            if any(_named_as_role(doc, start, end) for start, end, _ in c.spans)}


def character_entity(cluster: Cluster) -> str:
    """The entity key of a character: its longest name."""
    return "other:" + N.name_key(max(cluster.names, key=len))


def _named_as_role(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    before = text_of(doc)[max(span.sent.start_char, start - 60):start]
    if CHARACTER_BEFORE.search(before[-30:]) or _as_role(before, span.sent.text):
        return True
    root = span.root
    while root.dep_ in ("appos", "compound") and root.head.pos_ in ("NOUN", "PROPN") \
            and root.head.i != root.i:  # "as the warlord Fergus Mor": the role noun's place
        root = root.head
    return _object_of_play(root) or _after_as(root)


def _as_role(before: str, sentence: str) -> bool:
    m = AS_BEFORE.search(before)
    return bool(m) and m.group(1).lower() not in NOT_ROLE_AS_WORDS \
        and bool(SCREEN_WORDS.search(sentence))


def _object_of_play(root) -> bool:
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_ not in PLAY_VERBS:
        return False
    return verb.lemma_ in ONLY_ROLES or bool(SCREEN_WORDS.search(root.sent.text))


def _after_as(root) -> bool:
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "as" or prep.head.lemma_ in NOT_ROLE_AS:
        return False
    return prep.head.lemma_ in AS_VERBS or bool(SCREEN_WORDS.search(root.sent.text))
