"""Descriptor noun phrases that stand for a person: "the singer", "the 39-year-old",
"the father-of-two", "his wife", "the musician, 33". Recognized by shape and a list of
person nouns (roles, family words, common occupations)."""
from __future__ import annotations

import re

from .lexicon import FEMALE_NOUNS, MALE_NOUNS

OCCUPATIONS = frozenset("""
actor actress artist athlete author banker boxer ceo chef coach comedian composer cook
dancer designer director doctor drummer economist editor entrepreneur executive farmer
footballer founder guitarist host journalist judge lawyer lawmaker leader manager mayor
model musician novelist officer painter performer photographer pianist pitcher player
poet politician president producer professor quarterback rapper reporter researcher
scientist senator singer songwriter star superstar teacher tackle writer vocalist frontman
frontwoman bassist businessman businesswoman influencer personality presenter anchor
socialite restaurateur filmmaker playwright governor minister spokesman spokeswoman
commissioner spokesperson secretary superintendent prosecutor attorney sheriff detective
surgeon physician nurse congressman congresswoman councilman councilwoman chairman chairwoman
pastor priest bishop rabbi goalkeeper striker pilot soldier sergeant admiral commander
ambassador diplomat analyst historian columnist publisher architect engineer publicist
biologist chemist physicist geologist ecologist astronomer mathematician psychologist
anthropologist archaeologist oceanographer midfielder defender winger fullback linebacker
receiver shortstop catcher outfielder batsman bowler jockey
""".split())
# job nouns a field adjective makes a different job: "marine biologist", "political scientist"
SPECIALTY_HEADS = frozenset("""biologist scientist chemist physicist engineer economist historian
psychologist anthropologist archaeologist geologist ecologist astronomer mathematician
producer director designer minister secretary commissioner spokesperson spokesman spokeswoman
teacher researcher correspondent critic surgeon nurse analyst
""".split())
# offices named by two words whose last one alone is no person ("the general public")
OFFICES = {"surgeon general", "attorney general", "inspector general", "secretary general",
           "postmaster general", "solicitor general"}
PERSON_NOUNS = OCCUPATIONS | FEMALE_NOUNS | MALE_NOUNS | OFFICES | {
    "star", "newlywed", "parent", "veteran", "native", "rookie", "winner", "nominee", "recipient",
    "honoree", "laureate"}

# "the 39-year-old", "the father-of-two", "the All Night singer", "his wife", "the musician"
_NOUNS = "|".join(sorted(PERSON_NOUNS, key=len, reverse=True))
_DESCRIPTOR = re.compile(
    r"\b(?P<det>[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+"
    r"(?P<mods>(?:(?:\w+(?:\.\w+)+\.?|[\w’'-]+)\s+){0,4}?)"  # words, or "3 a.m."
    r"(?P<noun>\d{1,3}-year-old|(?:" + _NOUNS + r")(?:-of-[a-z]+)?)\b(?![-’'])")
_AGE_NOUN = re.compile(r"\d{1,3}-year-old$")


def find_descriptors(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, determiner, head noun) for each person descriptor in `text`."""
    out, pos = [], 0
    while (m := _DESCRIPTOR.search(text, pos)) is not None:
        noun = m.group("noun").lower()
        if not (_AGE_NOUN.match(noun) or noun in PERSON_NOUNS) or not _mods_ok(m.group("mods")):
            pos = m.start() + 1  # "the podium by his wife": retry from the inner determiner
            continue
        end, noun = _compound_end(text, m.end(), noun)
        if not _possessed(text, end):
            out.append((m.start(), end, m.group("det").lower(), noun))
        pos = end
    return out


_NEXT_WORD = re.compile(r" ([a-z]+)\b(?![-’'])")


def _compound_end(text: str, end: int, noun: str) -> tuple[int, str]:
    """"the show's executive producer": a person noun after the head noun is the head."""
    while (m := _NEXT_WORD.match(text, end)) and m.group(1) in PERSON_NOUNS:
        end, noun = m.end(), m.group(1)
    return end, noun


# words that start a new phrase: a descriptor's modifiers never contain them
_CLAUSE_WORDS = {"of", "and", "who", "that", "with", "for", "in", "to", "by", "at", "on", "from",
                 "as", "the", "his", "her", "their", "a", "an"}


def _mods_ok(mods: str) -> bool:
    """Modifiers may be adjectives or a capitalized title of a work ("the Out of Time singer"),
    not a clause or a coordination ("the son of the singer", "the race in Oslo. The…")."""
    words = mods.split()
    for i, word in enumerate(words):
        if word.lower() in _CLAUSE_WORDS and not _inside_title(words, i):
            return False
    return True


def _inside_title(words: list[str], i: int) -> bool:
    return 0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()


def _possessed(text: str, end: int) -> bool:
    """"his wife's sister" is not his wife."""
    return text[end:end + 2] in ("'s", "’s")


def gender_of_noun(noun: str) -> str | None:
    if noun in FEMALE_NOUNS or noun.startswith("mother-of"):
        return "F"
    if noun in MALE_NOUNS or noun.startswith("father-of"):
        return "M"
    return None
