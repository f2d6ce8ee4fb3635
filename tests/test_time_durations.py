import datetime as dt

from storyweave.model import Interval
from storyweave.understand.time import normalize, normalize_expression

PUB = Interval(dt.date(2018, 1, 1), dt.date(2018, 3, 31))


def test_durations_years_of_dating():
    v = normalize("After four years of dating, Remy proposed.", PUB)[0]
    assert (v.text, v.type, v.value, v.interval) == ("four years", "DURATION", "P4Y", None)
    assert (v.duration.amount, v.duration.unit, v.duration.days) == (4, "Y", 1461.0)


def test_durations_year_long():
    v = normalize_expression("a year-long courtship", PUB)
    assert (v.text, v.value, v.duration.years) == ("a year-long", "P1Y", 1.0)


def test_durations_for_a_decade():
    v = normalize("He taught there for a decade.", PUB)[0]
    assert (v.text, v.value) == ("a decade", "P10Y")


def test_durations_fractions_and_hours():
    assert normalize_expression("2 1/2 years", PUB).value == "P2Y6M"
    assert normalize_expression("five hours", PUB).value == "PT5H"
    assert normalize_expression("the first nine months", PUB).value == "P9M"


def test_durations_vague_and_modified():
    assert normalize_expression("several years", PUB).value == "PXY"
    v = normalize_expression("more than two weeks", PUB)
    assert (v.value, v.mod) == ("P2W", "MORE_THAN")


def test_durations_sets():
    v = normalize_expression("every summer", PUB)
    assert (v.type, v.value, v.interval) == ("SET", "XXXX-SU", None)
    assert normalize_expression("every Sunday", PUB).value == "XXXX-WXX-7"
    assert normalize_expression("daily", PUB).value == "P1D"
    assert [(x.type, x.value) for x in normalize("It earns $5 million a year.", PUB)] == [("SET", "P1Y")]


def test_durations_weekly_sets():
    assert normalize_expression("Tuesday nights", PUB).value == "XXXX-WXX-2TNI"
    assert normalize_expression("on Sundays", PUB).value == "XXXX-WXX-7"


def test_durations_past_few_weeks_is_one_duration():
    found = normalize("For the past few weeks we have been subjected to leaks.", PUB)
    assert [(v.text, v.type, v.value) for v in found] == [("the past few weeks", "DURATION", "PXW")]


def test_durations_and_a_half():
    found = normalize("He waited a minute and a half, then served two and a half years.", PUB)
    assert [(v.text, v.value) for v in found] == [("a minute and a half", "PT1M30S"),
                                                 ("two and a half years", "P2Y6M")]


def test_durations_over_the_past_is_a_preposition():
    v = normalize("Sales rose over the past two years.", PUB)[0]
    assert (v.text, v.value, v.mod) == ("the past two years", "P2Y", None)


def test_durations_adjective_leaves_article_out():
    found = normalize("She signed a two-year contract after a 16-hour day.", PUB)
    assert [(v.text, v.value) for v in found] == [("two-year", "P2Y"), ("16-hour", "PT16H")]


def test_durations_article_that_counts_stays():
    v = normalize("The strike lasted a week.", PUB)[0]
    assert (v.text, v.value) == ("a week", "P1W")
