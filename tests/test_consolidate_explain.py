"""Explanations: source labels, rendered dates, and the exact sentences of simple conflicts."""
from __future__ import annotations

import datetime as dt

from storyweave.consolidate.explain import explain_fact, render_interval, source_label, when
from storyweave.consolidate.facts import SourceInfo, consolidate
from storyweave.model import Claim, Interval, Published, Span, year_interval

D = dt.date
ADA, BEN = "p:ada", "p:ben"
NAMES = {ADA: "Ada Brook", BEN: "Ben Cole"}


def pub(year: int, month: int = 6) -> Published:
    return Published(D(year, month, 1), D(year, month, 28), False)


SOURCES = {
    "d1": SourceInfo("d1", "Harbor Weekly", "Ada and Ben", pub(2020)),
    "d2": SourceInfo("d2", "The Daily Lantern", "Ben at home", pub(2018, 2)),
    "d3": SourceInfo("d3", None, "Notes From The Coast", pub(2019)),
    "d4": SourceInfo("d4", "Pine Gazette", "", pub(2019)),
}


def claim(cid: str, subject: str, predicate: str, doc: str, **kw) -> Claim:
    return Claim(id=cid, subject=subject, predicate=predicate, evidence=Span(doc, 0, 10), **kw)


def test_consolidate_explains_dates_worked_out_from_other_events():
    claims = [claim("c1", BEN, "first_met", "d1", object=ADA, time=year_interval(2009, "2009")),
              claim("c2", ADA, "first_met", "d2", object=BEN,
                    time=year_interval(2011, "five years before their 2016 wedding"))]
    (conflict,) = consolidate(claims, SOURCES, NAMES).conflicts
    assert conflict.explanation == (
        "Harbor Weekly (2020) says they first met in 2009; The Daily Lantern (2018) says they "
        "first met five years before their 2016 wedding, i.e. 2011.")


def test_consolidate_explains_birth_years_worked_out_from_ages():
    early = Interval(D(1978, 2, 1), D(1979, 3, 31), "year", "the 39-year-old")
    late = Interval(D(1985, 11, 1), D(1986, 12, 31), "year", "33")
    claims = [claim("c1", ADA, "date_of_birth", "d2", time=early),
              claim("c2", ADA, "date_of_birth", "d4", time=late)]
    (conflict,) = consolidate(claims, SOURCES, NAMES).conflicts
    assert conflict.explanation == (
        "The Daily Lantern (2018) calls Ada Brook 39, i.e. born 1978–1979; "
        "Pine Gazette (2019) gives 33, i.e. born 1985–1986.")


def test_consolidate_explains_place_conflicts_with_title_fallback():
    claims = [claim("c1", ADA, "place_of_birth", "d3", value="Lisbon"),
              claim("c2", ADA, "place_of_birth", "d1", value="Napa"),
              claim("c3", ADA, "place_of_birth", "d4", value="Napa, California")]
    (conflict,) = consolidate(claims, SOURCES, NAMES).conflicts
    assert conflict.explanation == (
        "Notes From The Coast (2019) says Ada Brook was born in Lisbon; "
        "Pine Gazette (2019) says Ada Brook was born in Napa, California; "
        "Harbor Weekly (2020) says Ada Brook was born in Napa.")


def test_consolidate_explains_agreement_naming_every_source():
    claims = [claim("c1", ADA, "marriage", "d1", object=BEN, time=year_interval(2013, "2013")),
              claim("c2", BEN, "marriage", "d4", object=ADA, time=year_interval(2013, "2013"))]
    result = consolidate(claims, SOURCES, NAMES)
    by_id = {c.id: c for c in claims}
    assert explain_fact(result.facts[0], by_id, SOURCES, NAMES) == (
        "Pine Gazette (2019) and Harbor Weekly (2020) say they married in 2013.")


def test_consolidate_source_label_falls_back_to_title_then_id():
    assert source_label("d1", SOURCES) == "Harbor Weekly (2020)"
    assert source_label("d3", SOURCES) == "Notes From The Coast (2019)"
    assert source_label("zz", SOURCES) == "zz"
    undated = {"d5": SourceInfo("d5", "Harbor Weekly", "x", None)}
    assert source_label("d5", undated) == "Harbor Weekly"


def test_consolidate_render_interval_reads_like_a_person_writes():
    assert render_interval(year_interval(2011)) == "2011"
    assert render_interval(Interval(D(2016, 4, 1), D(2016, 4, 30), "month")) == "April 2016"
    assert render_interval(Interval(D(2016, 3, 1), D(2016, 5, 31), "season")) == "March–May 2016"
    assert render_interval(Interval(D(2016, 4, 3), D(2016, 4, 3))) == "April 3, 2016"
    assert render_interval(Interval(D(1978, 2, 1), D(1979, 3, 31), "year")) == "1978–1979"
    assert render_interval(Interval(D(2013, 1, 1), None, "year")) == "since January 1, 2013"
    assert render_interval(None) == "an unknown date"
    assert render_interval(Interval(None, None, "day", "this evening")) == \
        "“this evening” (not dated)"


def test_consolidate_when_phrase_uses_the_sources_words_and_the_worked_out_date():
    assert when(year_interval(2009, "2009")) == "in 2009"
    assert when(year_interval(2009, "in 2009")) == "in 2009"
    assert when(Interval(D(2016, 4, 3), D(2016, 4, 3), "day", "2016-04-03")) == (
        "on 2016-04-03, i.e. April 3, 2016")
    assert when(year_interval(2007, "six years before the wedding")) == (
        "six years before the wedding, i.e. 2007")


def test_consolidate_explains_a_small_age_written_in_words():
    turned = Interval(D(2024, 2, 1), D(2024, 2, 29), "month", "one")
    stated = Interval(D(2024, 3, 1), D(2024, 3, 31), "month", "March 2024")
    claims = [claim("c1", BEN, "date_of_birth", "d1", time=turned),
              claim("c2", BEN, "date_of_birth", "d4", time=stated)]
    (conflict,) = consolidate(claims, SOURCES, NAMES).conflicts
    assert conflict.explanation.startswith("Harbor Weekly (2020) calls Ben Cole one, i.e. born "
                                           "February 2024;")
