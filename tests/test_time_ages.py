import datetime as dt

from storyweave.model import Interval
from storyweave.understand.time import birth_interval, normalize

D = dt.date
MARCH_2018 = Interval(D(2018, 3, 1), D(2018, 3, 31))
NOV_2019 = Interval(D(2019, 11, 1), D(2019, 11, 30))


def test_ages_hyphenated_year_old():
    v = [x for x in normalize("The 39-year-old singer Ada Finch waved.", MARCH_2018) if x.type == "AGE"][0]
    assert (v.text, v.value) == ("39-year-old", "P39Y")
    assert (v.interval.earliest, v.interval.latest) == (D(1978, 3, 2), D(1979, 3, 31))
    assert v.interval.earliest.year >= 1978 and v.interval.latest.year <= 1979


def test_ages_apposition_after_descriptor():
    v = normalize("The pianist, 33, told a radio host about the album.", NOV_2019)[0]
    assert (v.text, v.type, v.value) == ("33", "AGE", "P33Y")
    assert (v.interval.earliest, v.interval.latest) == (D(1985, 11, 2), D(1986, 11, 30))


def test_ages_apposition_after_name():
    v = normalize("Marsh, 28, joined the band.", NOV_2019)[0]
    assert (v.start, v.end, v.value) == (7, 9, "P28Y")


def test_ages_at_and_turned():
    found = normalize("She married at 33 and turned 40 in the spring.", NOV_2019)
    ages = [(v.text, v.value) for v in found if v.type == "AGE"]
    assert ages == [("33", "P33Y"), ("40", "P40Y")]


def test_ages_birth_interval_open_publication():
    assert birth_interval(39, Interval(D(2018, 3, 1), None)) is None


def test_ages_in_a_relative_clause():
    [v] = [x for x in normalize("Mr Quill, who was 85, died at home.", NOV_2019) if x.type == "AGE"]
    assert (v.text, v.value) == ("85", "P85Y")


def test_ages_turned_in_a_month_gives_the_birth_month():
    june_2025 = Interval(D(2025, 6, 14), D(2025, 6, 14))
    got = {v.text: (v.interval.earliest, v.interval.latest)
           for v in normalize("Ivo, who turned 29 in April, and his son, who turned one in "
                              "February, were there.", june_2025) if v.type == "AGE"}
    assert got == {"29": (D(1996, 4, 1), D(1996, 4, 30)), "one": (D(2024, 2, 1), D(2024, 2, 29))}


def test_ages_closing_the_sentence_after_a_name():
    found = [(v.text, v.value) for v in normalize('"He was decent," said Peter Marlow, 52. The '
                                                  'hall seats Room 12, 45 more.', NOV_2019)
             if v.type == "AGE"]
    assert found == [("52", "P52Y")]
