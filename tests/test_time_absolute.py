import datetime as dt

from storyweave.model import Interval
from storyweave.understand.time import normalize, normalize_expression

D = dt.date
PUB = Interval(D(2019, 11, 1), D(2019, 11, 30))


def one(expr: str, pub: Interval = PUB):
    v = normalize_expression(expr, pub)
    assert v is not None, expr
    return v


def test_absolute_full_date():
    v = one("June 3, 2014")
    assert (v.type, v.value) == ("DATE", "2014-06-03")
    assert v.interval == Interval(D(2014, 6, 3), D(2014, 6, 3), "day", "June 3, 2014")


def test_absolute_day_month_year():
    assert one("3 June 2014").value == "2014-06-03"


def test_absolute_month_of_year():
    v = one("back in April of 2016")
    assert v.value == "2016-04"
    assert (v.interval.earliest, v.interval.latest, v.granularity) == (D(2016, 4, 1), D(2016, 4, 30), "month")


def test_absolute_in_month_year():
    v = normalize("Nell Brody announced the tour in August 2020.", PUB)[0]
    assert (v.text, v.value) == ("August 2020", "2020-08")
    assert (v.interval.earliest, v.interval.latest) == (D(2020, 8, 1), D(2020, 8, 31))


def test_absolute_bare_year():
    v = one("in 2013")
    assert (v.value, v.interval.earliest, v.interval.latest, v.granularity) == ("2013", D(2013, 1, 1), D(2013, 12, 31), "year")


def test_absolute_decade_with_apostrophe():
    v = one("the '90s")
    assert (v.value, v.interval.earliest, v.interval.latest, v.granularity) == ("199", D(1990, 1, 1), D(1999, 12, 31), "decade")


def test_absolute_decade_digits_with_mod():
    v = one("the early 1980s")
    assert (v.value, v.mod) == ("198", "START")  # TIMEX3: a decade is its 3 digits
    assert v.interval.earliest == D(1980, 1, 1) and v.interval.latest < D(1984, 1, 1)


def test_absolute_season_of_year():
    v = one("the summer of 2012")
    assert (v.value, v.interval.earliest, v.interval.latest, v.granularity) == ("2012-SU", D(2012, 6, 1), D(2012, 8, 31), "season")


def test_absolute_holiday_with_year():
    assert one("Easter Sunday 2016").interval == Interval(D(2016, 3, 27), D(2016, 3, 27), "day", "Easter Sunday 2016")
    assert one("Thanksgiving 2019").value == "2019-11-28"


def test_absolute_quarter():
    v = one("the third quarter of 2015")
    assert (v.value, v.interval.earliest, v.interval.latest) == ("2015-Q3", D(2015, 7, 1), D(2015, 9, 30))


def test_absolute_spoken_year():
    assert one("nineteen ninety-six").value == "1996"


def test_absolute_time_of_day_on_weekday():
    pub = Interval(D(2019, 11, 14), D(2019, 11, 14))  # a Thursday
    v = one("at 10:35 a.m. Tuesday", pub)
    assert (v.type, v.value) == ("TIME", "2019-11-12T10:35")
    assert v.interval == Interval(D(2019, 11, 12), D(2019, 11, 12), "day", "10:35 a.m. Tuesday")


def test_absolute_weekday_picks_the_year_in_a_wide_window():
    window = Interval(D(2008, 4, 22), D(2009, 4, 21), "day")
    [v] = normalize("She died Thursday, December 11, in hospital.", window, [])
    assert (v.interval.earliest, v.interval.latest) == (D(2008, 12, 11), D(2008, 12, 11))


def test_absolute_first_century_is_no_error():
    window = Interval(D(2020, 1, 1), D(2020, 1, 1), "day")
    assert all(v.type != "DATE" or v.interval is None or v.interval.earliest.year > 0
               for v in normalize("Roman coins of the 1st century were found.", window, []))
