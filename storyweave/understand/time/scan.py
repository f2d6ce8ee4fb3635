"""Where to look: windows around trigger words, so each rule scans a small part of a text.

Every rule pattern contains a word of some trigger class (a month name, a time unit, a year,
...). The rules' case-insensitive patterns cost about the same at every character, whereas one
pass over the lowercased words (plus a few digit-led patterns) finds every class; a rule then
runs only within REACH characters of its classes' hits. The result is the same as scanning the
whole text (tests/test_time_scan.py checks that), about four times faster.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

# Trigger words by class (lowercase whole words). Lists may hold too much, never too little.
_WORDS = {
    "month": "january february march april may june july august september october november "
             "december jan feb mar apr jun jul aug sep sept oct nov dec",
    "weekday": "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays "
               "wednesdays thursdays fridays saturdays sundays",
    "unit": "year years yr month months week weeks weekend weekends day days hour hours minute "
            "minutes second seconds decade decades century centuries quarter quarters night "
            "nights new_year",
    "quarter": "quarter quarters period",
    "season": "spring summer fall autumn winter",
    "holiday": "christmas new_year valentine halloween independence july veterans boxing patrick "
               "thanksgiving labor memorial mother father luther presidents easter friday",
    "deictic": "today tonight yesterday tomorrow",
    "ref": "now nowadays current currently present presently moment these recent recently lately "
           "formerly past future someday later soon term",
    "part": "morning afternoon evening night tonight overnight mornings afternoons evenings nights",
    "noon": "noon midnight midday",
    "setword": "daily weekly monthly yearly hourly nightly",
    "every": "every each",
    "spoken": "nineteen twenty",
    "decadeword": "twenties thirties forties fifties sixties seventies eighties nineties",
    "turn": "turned turns",
}
WORD_KEYS: dict[str, tuple[str, ...]] = {}
for _key, _words in _WORDS.items():
    for _w in _words.split():
        WORD_KEYS[_w.replace("_", " ")] = (*WORD_KEYS.get(_w.replace("_", " "), ()), _key)
_TOKEN = re.compile(r"new year|[a-z]+")  # "new year" is one token: the holiday's trigger
# Classes that hang on digits, found by their own (cheap, digit-led) patterns.
DIGIT_KEYS: dict[str, re.Pattern] = {name: re.compile(p) for name, p in {
    "year": r"(?:1[5-9]|20)\d\d",
    "decade": r"\d0'?s\b",
    "ampm": r"\d\s*[ap]\.?m",
    "age": r"(?:at|age|aged|turn\w*)\s+(?:(?:the|age|of)\s+)*\d",
    "apposition": r",\s+\d{1,2},",
    "apposition_end": r",\s+\d{1,2}\.",
    "copula": r"\b(?:was|is)\s+\d",
}.items()}
KEYS = set(_WORDS) | set(DIGIT_KEYS)
# Characters a match (with its look-around) may extend beyond its trigger word: the longest
# patterns reach about 60 ("approximately the remaining twenty-four consecutive months").
REACH = 80
Span = tuple[int, int]


class Windows:
    """The windows of each trigger class in one text, computed on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = text.lower()
        self._hits: dict[str, list[Span]] = {}
        self._spans: dict[tuple[str, ...], list[Span]] = {}

    def spans(self, keys: tuple[str, ...]) -> list[Span]:
        """Where a rule with these trigger classes must look (all of it without keys)."""
        if not keys or len(self.low) != len(self.text):  # lowercasing moved offsets: scan all
            return [(0, len(self.text))]
        if keys not in self._spans:
            self._spans[keys] = merge(sorted(h for k in keys for h in self._key_hits(k)), len(self.text))
        return self._spans[keys]

    def _key_hits(self, key: str) -> list[Span]:
        if not self._hits:
            self._find_words()
        if key not in self._hits and key in DIGIT_KEYS:
            self._hits[key] = [m.span() for m in DIGIT_KEYS[key].finditer(self.low)]
        return self._hits.get(key, [])

    def _find_words(self) -> None:
        """One pass over the words fills every word class."""
        self._hits = {key: [] for key in _WORDS}
        for m in _TOKEN.finditer(self.low):
            for key in WORD_KEYS.get(m.group(), ()):
                self._hits[key].append(m.span())


def merge(hits: Iterable[Span], size: int) -> list[Span]:
    """Widen each hit by REACH on both sides and join the overlapping ones."""
    out: list[list[int]] = []
    for s, e in hits:
        lo, hi = max(0, s - REACH), min(size, e + REACH)
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]
