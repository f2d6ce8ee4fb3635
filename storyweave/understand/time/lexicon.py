"""Word lists and regex fragments shared by the grammar modules."""
from __future__ import annotations

import datetime as dt

from . import calendar as cal

MONTHS = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
          "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
          "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
          "nov": 11, "december": 12, "dec": 12}
WEEKDAYS = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
            "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
            "sunday": 6, "sun": 6}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "tonight": "NI", "overnight": "NI"}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "last": -1, "final": -1}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
           "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
           "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
           "half a": 0.5, "a half": 0.5, "a couple of": 2, "couple of": 2, "a dozen": 12,
           "dozen": 12}
VAGUE = {"several", "a few", "few", "some", "many", "a couple", "couple", "numerous", "recent",
         "coming", "past", "the past", "the last", "the next"}
UNITS = {"year": "Y", "yr": "Y", "month": "M", "week": "W", "day": "D", "hour": "H",
         "minute": "MIN", "min": "MIN", "second": "S", "decade": "DE", "century": "CE",
         "quarter": "Q", "weekend": "WE", "night": "D"}
UNIT_DAYS = {"Y": 365.25, "M": 30.44, "W": 7.0, "D": 1.0, "H": 1 / 24, "MIN": 1 / 1440,
             "S": 1 / 86400, "DE": 3652.5, "CE": 36525.0, "Q": 91.31, "WE": 2.0}

# Event cue words for anchored expressions ("three years after they wed").
EVENT_CUES = {"marriage": r"marri(?:ed|age|es|y)|wed(?:ded|ding|s)?|nuptials|tied the knot|exchanged vows",
              "engagement": r"engage(?:d|ment)|proposed|proposal|popped the question",
              "birth": r"born|birth|gave birth|welcomed",
              "meeting": r"met|meet(?:ing)?|first saw|introduced",
              "relationship_start": r"(?:started|began) (?:dating|seeing)|got together|dating|romance|courtship",
              "divorce": r"divorc(?:ed|e)|split|separated|broke up|break-?up",
              "death": r"died|death|passed away|killed"}

NUM_WORD = "|".join(sorted((k for k in NUMBERS if " " not in k), key=len, reverse=True))
_ONES = "one|two|three|four|five|six|seven|eight|nine"
NUM = (rf"(?:\d+(?:\.\d+)?(?:\s+\d/\d)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:{_ONES})|"
       rf"(?:{NUM_WORD})|half an?|a half|a couple of|a dozen)")
MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
            r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|"
            r"Nov\.?|Dec\.?)")
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?"
SEASON_RE = r"(?:spring|summer|fall|autumn|winter)"
UNIT_RE = r"(?:year|yr|month|week|day|hour|minute|second|decade|centur(?:y|ie)|quarter|weekend|night)s?"
YEAR_RE = r"(?:1[5-9]\d\d|20\d\d)"


def number(text: str) -> float | None:
    """Read a cardinal in digits or words ("twenty four", "2 1/2", "a"); None when vague."""
    t = text.lower().strip().replace("-", " ")
    if t in NUMBERS:
        return NUMBERS[t]
    if " " in t and "/" in t:
        whole, frac = t.split(None, 1)
        a, b = frac.split("/")
        return float(whole) + int(a) / int(b)
    try:
        return float(t)
    except ValueError:
        return _compound(t)


def _compound(t: str) -> float | None:
    parts = t.split()
    if parts and all(p in NUMBERS for p in parts):
        return float(sum(NUMBERS[p] for p in parts))
    return None


def unit_code(word: str) -> str:
    w = word.lower().rstrip("s")
    w = "century" if w.startswith("centur") else w
    return UNITS[w]


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower().rstrip("s")]


def holiday(name: str, y: int) -> dt.date | None:
    """The date of a named holiday in a year (US/Western conventions)."""
    n = " ".join(name.lower().replace("'", "").split())
    fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new years day": (1, 1), "new years eve": (12, 31), "valentines day": (2, 14),
             "halloween": (10, 31), "independence day": (7, 4), "fourth of july": (7, 4),
             "veterans day": (11, 11), "boxing day": (12, 26), "st. patricks day": (3, 17),
             "st patricks day": (3, 17), "new years": (1, 1)}
    if n in fixed:
        return dt.date(y, *fixed[n])
    moving = {"thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1),
              "memorial day": (5, 0, -1), "mothers day": (5, 6, 2), "fathers day": (6, 6, 3),
              "martin luther king day": (1, 0, 3), "presidents day": (2, 0, 3)}
    if n in moving:
        return cal.nth_weekday(y, *moving[n])
    offsets = {"easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1}
    return cal.easter(y) + dt.timedelta(days=offsets[n]) if n in offsets else None


HOLIDAY_RE = (r"(?:Christmas(?: Day| Eve)?|New Year'?s(?: Day| Eve)?|Valentine'?s Day|Halloween|"
              r"Independence Day|Fourth of July|Veterans Day|Boxing Day|St\.? Patrick'?s Day|"
              r"Thanksgiving(?: Day)?|Labor Day|Memorial Day|Mother'?s Day|Father'?s Day|"
              r"Martin Luther King Day|Presidents'? Day|Easter(?: Sunday| Monday)?|Good Friday)")
