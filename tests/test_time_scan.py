import datetime as dt

from storyweave.model import Interval
from storyweave.understand.time.recognize import candidates
from storyweave.understand.time.scan import Windows, merge

PUB = Interval(dt.date(1989, 11, 2), dt.date(1989, 11, 2))
TEXT = (
    "On Wednesday, Sept. 27, 1989 at 5 p.m. EST the company said third-quarter profit rose. "
    "The 1988 second quarter was weak; a year earlier it earned $2 million a year. "
    "In the early 1980s and the nineties, sales grew for years. Since March, two years ago, "
    "the firm, 33, has paid daily dividends every summer and at Christmas. Now, recently and "
    "in the near future, over the weekend, this morning, tonight, at noon Thursday and "
    "nineteen ninety-six, the year two thousand, the 20th century, Mondays, 3/4/1990, "
    "1990-01-02, 12 June 2001, last week, the following year, that day, the day before, "
    "five years later, a 10-year-old, aged 40, four decades-long terms, ages 5 to 9.")


def _key(c):
    return (c[0], c[1], c[2], c[3].type, c[3].value)


def test_scan_windows_give_the_full_scan_result():
    full = sorted(map(_key, candidates(TEXT, PUB, windowed=False)))
    assert len(full) > 40
    assert sorted(map(_key, candidates(TEXT, PUB))) == full


def test_scan_windows_skip_text_without_triggers():
    text = "The board met and approved the plan. " * 20 + "It closed Friday."
    spans = Windows(text).spans(("weekday",))
    assert len(spans) == 1 and spans[0][1] == len(text) and spans[0][0] > 600


def test_scan_merge_joins_overlapping_windows():
    assert merge([(100, 105), (150, 160), (500, 510)], 1000) == [(20, 240), (420, 590)]


def test_scan_every_rule_names_known_trigger_classes():
    from storyweave.understand.time.recognize import RULES
    from storyweave.understand.time.scan import KEYS
    assert all(r.keys and set(r.keys) <= KEYS for r in RULES)
