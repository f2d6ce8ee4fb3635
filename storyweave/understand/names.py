"""Person-name surface rules: cleaning a name, its parts, and short-form equivalence."""
from __future__ import annotations

import re

from .lexicon import NAME_PREFIXES, TITLES

_POSSESSIVE = re.compile(r"[’']s?$")
_EDGE = re.compile(r"^[^\w@]+|[^\w.]+$")


def clean_name(text: str) -> str:
    """Drop a possessive ending, a leading title, a trailing common noun and stray
    punctuation: "Dr. Ana Ruiz's" → "Ana Ruiz", "Liberal Union party" → "Liberal Union"."""
    words = text.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES | NAME_PREFIXES:
        words = words[1:]
    while len(words) > 1 and words[-1].isalpha() and words[-1].islower():
        words = words[:-1]  # "the Liberal Union party": the noun after a name is no part of it
    name = " ".join(words)
    name = _POSSESSIVE.sub("", name) if not name.endswith("s'") else name[:-1]
    return _EDGE.sub("", name).rstrip(".") if not name.endswith(" Jr.") else name


# 'Augustin "Gus" Tillerman': a nickname in quotes between first name and surname
_NICKNAMED = re.compile(r"^(\S.*?)\s+[“\"‘'](\S+?)[”\"’']\s+(\S.*)$")


def forms(name: str) -> list[str]:
    """The names a written name stands for: 'Augustin "Gus" Tillerman' is both "Augustin
    Tillerman" and "Gus Tillerman"; any other name is itself."""
    m = _NICKNAMED.match(name)
    return [f"{m.group(1)} {m.group(3)}", f"{m.group(2)} {m.group(3)}"] if m else [name]


def name_key(text: str) -> str:
    """Case- and punctuation-insensitive key used to compare names."""
    return re.sub(r"[^\w@]+", " ", text.casefold()).strip()


def parts(name: str) -> list[str]:
    return [p for p in name.split() if p]


def is_full_name(name: str) -> bool:
    return len(parts(name)) >= 2


def first_name(name: str) -> str:
    return parts(name)[0]


def surname(name: str) -> str:
    return parts(name)[-1]


# Familiar forms that are no prefix or suffix of the given name (English usage)
_IRREGULAR = {
    "bill": "william", "billy": "william", "liam": "william", "bob": "robert",
    "bobby": "robert", "bert": "robert albert herbert", "dick": "richard", "rick": "richard",
    "ricky": "richard", "peggy": "margaret", "peg": "margaret", "meg": "margaret",
    "maggie": "margaret", "ted": "edward theodore theodora edmund",
    "teddy": "edward theodore theodora edmund", "ned": "edward edmund", "jack": "john",
    "johnny": "john", "jim": "james", "jimmy": "james", "harry": "henry harold",
    "hal": "henry harold", "hank": "henry", "chuck": "charles", "betty": "elizabeth",
    "betsy": "elizabeth", "bess": "elizabeth", "liz": "elizabeth", "lizzie": "elizabeth",
    "libby": "elizabeth", "sally": "sarah", "sadie": "sarah", "polly": "mary", "molly": "mary",
    "nancy": "ann anne", "tony": "anthony antonio", "toni": "antonia", "sandy": "alexander sandra",
    "sasha": "alexander alexandra", "dolly": "dorothy", "dot": "dorothy", "dottie": "dorothy",
    "kit": "christopher katherine catherine", "kitty": "katherine catherine",
    "kate": "katherine catherine", "katie": "katherine catherine", "cathy": "catherine",
    "gus": "augustus augustin august angus", "nell": "eleanor helen", "nellie": "eleanor helen",
    "larry": "lawrence laurence", "jake": "jacob", "tess": "theresa teresa",
    "tessa": "theresa teresa", "ginny": "virginia", "fanny": "frances", "hugh": "hubert",
    "sukie": "susan", "lulu": "louise", "bo": "robert", "mamie": "mary", "wes": "wesley",
}
_DIMINUTIVE = re.compile(r"(?:ie|y|i|ey|sy|sie|ee|ey)$")


def short_form_of(short: str, full: str) -> bool:
    """True when `short` is a familiar form of the given name `full` (Chris/Chrissie ↔
    Christina, Sam ↔ Samantha, Jen ↔ Jennifer by shape; Bill ↔ William, Teddy ↔ Theodora
    from a short list of irregular forms)."""
    s, f = short.casefold(), full.casefold()
    if f in _IRREGULAR.get(s, "").split():
        return True
    if s == f or len(s) < 3 or len(s) >= len(f):
        return False
    if len(s) >= 4 and f.endswith(s):
        return True  # the end of the name: Greta ↔ Margareta, Beth ↔ Elizabeth
    stem = _DIMINUTIVE.sub("", s) if len(s) > 4 else s
    stem = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem  # "Chrissie" → "Chris"
    return len(stem) >= 3 and f.startswith(stem)
