"""Conflicts within a slot and across facts (a child born before its parents met; counts)."""
from __future__ import annotations

import datetime as dt

from storyweave.consolidate.conflicts import conflict_id
from storyweave.consolidate.facts import SourceInfo, consolidate
from storyweave.model import Claim, Interval, Published, Span, year_interval

D = dt.date
ADA, BEN, CY = "p:ada", "p:ben", "p:cy"
NAMES = {ADA: "Ada Brook", BEN: "Ben Cole", CY: "Cy Cole"}
SOURCES = {
    "d1": SourceInfo("d1", "Harbor Weekly", "", Published(D(2020, 5, 1), D(2020, 5, 1), False)),
    "d2": SourceInfo("d2", "The Daily Lantern", "", Published(D(2018, 2, 1), D(2018, 3, 1), False)),
}


def claim(cid: str, subject: str, predicate: str, doc: str = "d1", **kw) -> Claim:
    return Claim(id=cid, subject=subject, predicate=predicate, evidence=Span(doc, 0, 10), **kw)


def family(born: int, met: int) -> list[Claim]:
    return [claim("k1", ADA, "child", "d1", object=CY),
            claim("k2", CY, "father", "d2", object=BEN),
            claim("k3", CY, "date_of_birth", "d2", time=year_interval(born, str(born))),
            claim("k4", BEN, "first_met", "d1", object=ADA, time=year_interval(met, str(met)))]


def test_consolidate_child_born_before_parents_met_is_a_conflict():
    result = consolidate(family(born=2005, met=2009), SOURCES, NAMES)
    (conflict,) = result.conflicts
    by_id = {f.id: f for f in result.facts}
    assert {by_id[i].predicate for i in conflict.facts} == {"first_met", "date_of_birth"}
    assert all(by_id[i].status == "conflicting" for i in conflict.facts)
    assert conflict.explanation == (
        "Harbor Weekly (2020) says Ada Brook and Ben Cole first met in 2009; "
        "The Daily Lantern (2018) says Cy Cole was born in 2005 — a child of both, "
        "born before they met.")


def test_consolidate_child_born_after_parents_met_is_fine():
    assert consolidate(family(born=2012, met=2009), SOURCES, NAMES).conflicts == []


def test_consolidate_child_of_one_parent_only_may_predate_the_meeting():
    claims = [c for c in family(born=2005, met=2009) if c.id != "k2"]
    assert consolidate(claims, SOURCES, NAMES).conflicts == []


def test_consolidate_overlapping_birth_and_meeting_years_do_not_conflict():
    assert consolidate(family(born=2009, met=2009), SOURCES, NAMES).conflicts == []


def test_consolidate_children_count_going_down_is_a_conflict():
    claims = [claim("n1", ADA, "children_count", "d2", value="3", time=year_interval(2018)),
              claim("n2", ADA, "children_count", "d1", value="2", time=year_interval(2020)),
              claim("n3", BEN, "children_count", "d2", value="1", time=year_interval(2018)),
              claim("n4", BEN, "children_count", "d1", value="2", time=year_interval(2020))]
    result = consolidate(claims, SOURCES, NAMES)
    (conflict,) = result.conflicts
    assert conflict.subject == ADA and conflict.predicate == "children_count"
    assert conflict.explanation.endswith("a count cannot go down over time.")


def test_consolidate_birth_names_that_differ_conflict():
    claims = [claim("b1", ADA, "birth_name", "d1", value="Ada Marsh"),
              claim("b2", ADA, "birth_name", "d2", value="Ada Jane Marsh"),
              claim("b3", ADA, "birth_name", "d2", value="Adeline Brook")]
    result = consolidate(claims, SOURCES, NAMES)
    assert sorted(f.claims for f in result.facts) == [("b1", "b2"), ("b3",)]
    assert len(result.conflicts) == 1


def test_consolidate_remarriage_of_another_pair_is_not_a_conflict():
    claims = [claim("w1", ADA, "marriage", "d1", object=BEN, time=year_interval(2013)),
              claim("w2", ADA, "marriage", "d2", object=CY, time=year_interval(2001))]
    assert consolidate(claims, SOURCES, NAMES).conflicts == []


def test_consolidate_conflict_id_ignores_fact_order():
    assert conflict_id(ADA, "first_met", ["b", "a"]) == conflict_id(ADA, "first_met", ["a", "b"])


def test_consolidate_open_interval_never_conflicts_by_order():
    since = Interval(D(2010, 1, 1), None, "year", "since 2010")
    claims = [claim("o1", ADA, "relationship_start", "d1", object=BEN, time=since),
              claim("o2", ADA, "relationship_start", "d2", object=BEN, time=year_interval(2012))]
    result = consolidate(claims, SOURCES, NAMES)
    assert result.conflicts == [] and len(result.facts) == 1


ACME = "o:acme"


def test_consolidate_one_job_begun_in_two_years_is_a_conflict():
    names = {**NAMES, ACME: "Acme Corp"}
    claims = [claim("j1", ADA, "employer", "d1", object=ACME, time=year_interval(2011, "2011")),
              claim("j2", ADA, "employer", "d2", object=ACME, time=year_interval(2009, "2009")),
              claim("j3", ADA, "employer", "d2", object=ACME)]
    result = consolidate(claims, SOURCES, names)
    (conflict,) = result.conflicts
    assert conflict.predicate == "employer"
    assert conflict.explanation == (
        "The Daily Lantern (2018) says Ada Brook joined Acme Corp in 2009; The Daily Lantern "
        "(2018) says Ada Brook works for Acme Corp; Harbor Weekly (2020) says Ada Brook joined "
        "Acme Corp in 2011.")
    agreeing = [claim("j1", ADA, "employer", "d1", object=ACME, time=year_interval(2011, "2011")),
                claim("j3", ADA, "employer", "d2", object=ACME)]
    assert consolidate(agreeing, SOURCES, names).conflicts == []
