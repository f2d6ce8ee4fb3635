import datetime as dt

from storyweave.model import Interval
from storyweave.understand.time import normalize

D = dt.date
PUB = Interval(D(2018, 3, 15), D(2018, 3, 15))


def texts(text):
    return [(v.text, v.value) for v in normalize(text, PUB)]


def test_negatives_newspaper_name_is_not_a_date():
    assert texts("She told the Sunday Times about the film.") == []


def test_negatives_easter_sunday_is_a_date():
    assert texts("They met on Easter Sunday.") == [("Easter Sunday", "2017-04-16")]


def test_negatives_may_as_a_name():
    assert texts("May said the bill would pass.") == []
    assert texts("Prime Minister Rosa May told reporters.") == []
    assert texts("The vote is in May.") == [("May", "2018-05")]


def test_negatives_modal_may_and_verb_march():
    assert texts("Prices may rise as workers march.") == []


def test_negatives_year_inside_names():
    assert texts("The 1975 played two encores.") == []
    assert texts("The crew of Apollo 13 returned.") == []
    assert texts("He paid $2013 for it.") == []
    assert texts("About 2000 people marched.") == []


def test_negatives_quote_mark_decade():
    assert texts("Music of the '80s returned.") == [("the '80s", "198")]
