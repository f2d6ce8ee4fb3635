import datetime as dt

from storyweave.model import Interval
from storyweave.understand.time import normalize, normalize_expression

D = dt.date
Q1_2018 = Interval(D(2018, 1, 1), D(2018, 3, 31))
DAY = Interval(D(2018, 3, 15), D(2018, 3, 15))  # a Thursday


def iv(v):
    return (v.interval.earliest, v.interval.latest) if v.interval else None


def test_relative_last_month_name_over_quarter():
    v = normalize_expression("last November", Q1_2018)
    assert (v.value, iv(v), v.granularity) == ("2017-11", (D(2017, 11, 1), D(2017, 11, 30)), "month")


def test_relative_years_ago_widened_by_publication():
    pub = Interval(D(2018, 11, 1), D(2019, 2, 28))
    v = normalize_expression("two years ago", pub)
    assert iv(v) == (D(2016, 1, 1), D(2017, 12, 31))
    assert v.value == "201X"


def test_relative_years_ago_in_known_year():
    v = normalize_expression("two years ago", Interval(D(2019, 3, 1), D(2019, 9, 30)))
    assert (v.value, iv(v)) == ("2017", (D(2017, 1, 1), D(2017, 12, 31)))


def test_relative_open_publication_gives_no_interval():
    v = normalize_expression("last November", Interval(None, None))
    assert (v.value, v.interval) == ("XXXX-11", None)


def test_relative_last_week():
    v = normalize_expression("last week", DAY)
    assert (v.value, iv(v)) == ("2018-W10", (D(2018, 3, 5), D(2018, 3, 11)))


def test_relative_earlier_this_month():
    v = normalize_expression("earlier this month", DAY)
    assert (v.value, v.mod, iv(v)) == ("2018-03", "START", (D(2018, 3, 1), D(2018, 3, 31)))


def test_relative_this_spring_and_next_year():
    assert normalize_expression("this spring", Q1_2018).value == "2018-SP"
    v = normalize_expression("next year", Q1_2018)
    assert (v.value, iv(v)) == ("2019", (D(2019, 1, 1), D(2019, 12, 31)))


def test_relative_weekday_is_latest_before_publication():
    v = normalize("Ivo Marsh resigned on Saturday.", DAY)[0]
    assert (v.text, v.value, iv(v)) == ("Saturday", "2018-03-10", (D(2018, 3, 10), D(2018, 3, 10)))


def test_relative_weekday_in_future_clause():
    v = normalize("Ivo Marsh will resign on Saturday.", DAY)[0]
    assert v.value == "2018-03-17"


def test_relative_recently_is_past_ref():
    v = normalize_expression("recently", DAY)
    assert (v.value, iv(v)) == ("PAST_REF", (None, D(2018, 3, 15)))


def test_relative_yesterday_and_today():
    assert normalize_expression("yesterday", DAY).value == "2018-03-14"
    assert normalize_expression("today", DAY).interval == Interval(D(2018, 3, 15), D(2018, 3, 15), "day", "today")


def test_relative_christmas_without_year():
    v = normalize("They got engaged at Christmas.", Q1_2018)[0]
    assert (v.text, v.value, iv(v)) == ("Christmas", "2017-12-25", (D(2017, 12, 25), D(2017, 12, 25)))


def test_relative_bare_month_is_nearest_past():
    v = normalize("Sales fell in February.", DAY)[0]
    assert (v.value, iv(v)) == ("2018-02", (D(2018, 2, 1), D(2018, 2, 28)))


def test_relative_week_value_merges_over_publication():
    v = normalize_expression("last week", Interval(D(2017, 11, 1), D(2018, 2, 28)))
    assert (v.value, iv(v)) == ("201X-WXX", (D(2017, 10, 23), D(2018, 2, 25)))


def _values(text, day):
    return [(v.text, v.value) for v in normalize(text, Interval(day, day))]


def test_relative_since_month_looks_back_despite_future_clause():
    text = "The carrier has been on patrol since March and was scheduled to return."
    assert _values(text, D(1990, 8, 13)) == [("March", "1990-03")]


def test_relative_planned_weekday_looks_forward():
    # published on a Wednesday: "planned to leave on Thursday" is the next day, not last week's
    assert _values("The team planned to leave Nairobi on Thursday.", D(1998, 9, 30)) == [
        ("Thursday", "1998-10-01")]


def test_relative_current_fiscal_year():
    assert _values("It expects higher sales in the current fiscal year.", D(1989, 11, 2)) == [
        ("the current fiscal year", "1989")]


def test_relative_current_quarter_is_publication_quarter():
    text = "Profit rose in the third quarter. It expects a loss in the current quarter."
    assert _values(text, D(1989, 11, 2)) == [("the third quarter", "1989-Q3"),
                                             ("the current quarter", "1989-Q4")]


def test_relative_quarterly_is_not_the_quarter():
    text = "Profit rose in the third quarter. The quarterly results also reflected gains."
    assert _values(text, D(1989, 11, 2)) == [("the third quarter", "1989-Q3")]


def test_relative_decade_words_are_three_digits():
    assert _values("Hate groups declined through the nineties.", D(1998, 3, 3)) == [
        ("the nineties", "199")]
    assert _values("Wages fell in the last decade.", D(1998, 2, 6)) == [("the last decade", "198")]


def test_relative_past_perfect_plan_looks_back():
    # published Monday 30 Oct 1989: a plan stated in the past perfect was for last Friday
    assert _values("The offer had been due to expire Friday evening.", D(1989, 10, 30)) == [
        ("Friday evening", "1989-10-27TEV")]


def test_relative_deadline_until_weekday_looks_forward():
    # published Monday 3 Apr 2000: a deadline extended until Tuesday is the next day
    assert _values("The agency extended its deadline until Tuesday.", D(2000, 4, 3)) == [
        ("Tuesday", "2000-04-04")]


def test_relative_span_leaves_preposition_out():
    assert _values("Kidnappings rose in recent years and may fall in the future.", D(1998, 2, 13)) == [
        ("recent years", "PAST_REF"), ("the future", "FUTURE_REF")]


def test_relative_quarter_adjective_leaves_article_out():
    assert _values("It reported the third-quarter profit by year-end.", D(1989, 11, 2)) == [
        ("third-quarter", "1989-Q3"), ("year-end", "1989")]
