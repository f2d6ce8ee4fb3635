import datetime as dt

from storyweave.model import Interval
from storyweave.understand.time import normalize

D = dt.date
PUB = Interval(D(2018, 1, 1), D(2018, 3, 31))


def test_anchors_prior_to_dated_marriage():
    text = ("Lena Ortiz has been married to Paul Kane since 2013, having met him "
            "at a book fair six years prior.")
    found = normalize(text, PUB)
    married, met = found[0], found[1]
    assert (married.text, married.value) == ("2013", "2013")
    assert met.text == "six years prior"
    assert (met.value, met.interval.earliest, met.interval.latest, met.granularity) == (
        "2007", D(2007, 1, 1), D(2007, 12, 31), "year")
    a = met.anchor
    assert (a.years, a.event, a.cue) == (-6, "marriage", "married")
    assert text[a.cue_start:a.cue_end] == "married"


def test_anchors_after_clause_without_date():
    # TimeML: the offset is the DURATION "Three years"; "after" is a signal left outside
    v = normalize("Three years after they wed, the couple moved.", PUB)[0]
    assert (v.text, v.type, v.value, v.interval) == ("Three years", "DURATION", "P3Y", None)
    assert (v.anchor.years, v.anchor.event, v.anchor.cue) == (3, "marriage", "wed")


def test_anchors_after_clause_with_date():
    v = normalize("Two years after they got engaged in 2010, they bought a farm.", PUB)[0]
    assert (v.text, v.type, v.value) == ("Two years", "DURATION", "P2Y")
    assert (v.interval.earliest, v.interval.latest) == (D(2012, 1, 1), D(2012, 12, 31))
    assert v.anchor.event == "engagement"


def test_anchors_vague_offset_has_uncertainty():
    v = normalize("They divorced in March 2015; months later she moved.", PUB)
    later = [x for x in v if x.anchor][0]
    assert (later.anchor.months, later.anchor.uncertainty) == (6, (0, 5, 0))
    assert later.anchor.event == "divorce"
    assert (later.interval.earliest, later.interval.latest) == (D(2015, 4, 1), D(2016, 2, 29))


def test_anchors_a_year_later_unresolved():
    v = normalize("A year later, the studio closed.", PUB)[0]
    assert (v.text, v.type, v.value, v.interval, v.anchor.years) == ("A year", "DURATION", "P1Y", None, 1)


def test_anchors_clause_initial_offset_uses_previous_sentence():
    text = "Rina and Oskar first met at a festival in 2009. A year later, they got married."
    v = [x for x in normalize(text, PUB) if x.anchor][0]
    assert (v.text, v.anchor.event, v.anchor.cue) == ("A year", "meeting", "met")
    assert (v.value, v.interval.earliest, v.interval.latest) == ("P1Y", D(2010, 1, 1), D(2010, 12, 31))


def test_anchors_that_year_takes_dated_event():
    text = "Mira Holt married in 2011 and opened a shop later that year."
    v = [x for x in normalize(text, PUB) if x.anchor][0]
    assert (v.text, v.value, v.mod, v.anchor.cue) == ("later that year", "2011", "END", "married")
    assert (v.interval.earliest, v.interval.latest) == (D(2011, 1, 1), D(2011, 12, 31))


def test_anchors_unresolved_value_uses_discourse_date():
    text = "The mill closed in 1994. The following year, the town shrank."
    v = [x for x in normalize(text, PUB) if x.anchor][0]
    assert (v.text, v.value, v.interval) == ("The following year", "1995", None)


def test_anchors_offset_on_and_before_are_durations():
    text = "They married in May 2015. Two months on, they moved; weeks before, a storm hit."
    found = [x for x in normalize(text, PUB) if x.anchor]
    on, before = found
    assert (on.text, on.type, on.value, on.anchor.cue) == ("Two months", "DURATION", "P2M", "married")
    assert (on.interval.earliest, on.interval.latest) == (D(2015, 7, 1), D(2015, 7, 31))
    assert (before.text, before.type, before.value) == ("weeks", "DURATION", "PXW")


def test_anchors_earlier_and_prior_stay_dates():
    v = normalize("Sales rose 5% from a year earlier.", Interval(D(2018, 3, 1), D(2018, 3, 1)))[0]
    assert (v.text, v.type) == ("a year earlier", "DATE")


def test_anchors_to_the_week_after_a_dated_clause_without_event_cue():
    text = ("He died on Tuesday, nearly 48 years to the week after he walked through the "
            "prison gates in November 1975.")
    v = [x for x in normalize(text, PUB) if x.anchor][0]
    assert v.text.startswith("48 years to the week")
    assert (v.interval.earliest.year, v.interval.latest.year) == (2023, 2023)
    assert v.interval.earliest.month >= 10 and v.interval.latest.month <= 12
    assert not [x for x in normalize("He walked 48 years after the gates closed.", PUB)
                if x.interval is not None]
