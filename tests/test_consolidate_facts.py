"""Consolidation of claims into facts: merging, intervals, status, normalization, determinism."""
from __future__ import annotations

import datetime as dt
import random

from storyweave.consolidate.facts import (SourceInfo, affected_subjects, claims_touching,
                                          consolidate, normalize_claim)
from storyweave.model import Claim, Interval, Published, Span, year_interval

D = dt.date
ADA, BEN, CY, DOT = "p:ada", "p:ben", "p:cy", "p:dot"
NAMES = {ADA: "Ada Brook", BEN: "Ben Cole", CY: "Cy Cole", DOT: "Dot Cole"}


def pub(year: int, month: int = 6) -> Published:
    return Published(D(year, month, 1), D(year, month, 1), False)


SOURCES = {
    "d1": SourceInfo("d1", "Harbor Weekly", "Ada and Ben", pub(2020)),
    "d2": SourceInfo("d2", "The Daily Lantern", "Ben at home", pub(2018)),
    "d3": SourceInfo("d3", "Pine Gazette", "A copy", pub(2018), duplicate_of="d2"),
    "d4": SourceInfo("d4", "Pine Gazette", "Ada interview", pub(2019)),
}


def claim(cid: str, subject: str, predicate: str, doc: str = "d1", **kw) -> Claim:
    return Claim(id=cid, subject=subject, predicate=predicate, evidence=Span(doc, 0, 10), **kw)


def month(year: int, m: int, text: str = "") -> Interval:
    last = (D(year + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1))
    return Interval(D(year, m, 1), last, "month", text)


def only(result, predicate: str):
    return [f for f in result.facts if f.predicate == predicate]


def test_consolidate_same_year_claims_merge_into_agreed_fact():
    claims = [claim("c1", ADA, "marriage", "d1", object=BEN, time=year_interval(2013, "2013")),
              claim("c2", BEN, "marriage", "d2", object=ADA, time=year_interval(2013, "2013"))]
    result = consolidate(claims, SOURCES)
    (fact,) = result.facts
    assert fact.claims == ("c1", "c2") and fact.status == "agreed"
    assert result.conflicts == [] and result.fact_claims == {fact.id: ["c1", "c2"]}


def test_consolidate_coarser_granularity_is_agreement_and_narrows_time():
    claims = [claim("c1", CY, "date_of_birth", "d1", time=year_interval(2016, "2016")),
              claim("c2", CY, "date_of_birth", "d2", time=month(2016, 4, "April 2016"))]
    result = consolidate(claims, SOURCES)
    (fact,) = result.facts
    assert result.conflicts == []
    assert (fact.time.earliest, fact.time.latest) == (D(2016, 4, 1), D(2016, 4, 30))
    assert fact.time.text == "April 2016"


def test_consolidate_birth_intervals_from_ages_intersect():
    # 28 in Sept 2017 and 30 in Aug 2019: both can hold only for births Sept 1988–Aug 1989.
    a = Interval(D(1988, 9, 1), D(1989, 9, 30), "month", "28")
    b = Interval(D(1988, 8, 1), D(1989, 8, 31), "month", "30")
    claims = [claim("c1", ADA, "date_of_birth", "d1", time=a),
              claim("c2", ADA, "date_of_birth", "d2", time=b)]
    (fact,) = consolidate(claims, SOURCES).facts
    assert (fact.time.earliest, fact.time.latest) == (D(1988, 9, 1), D(1989, 8, 31))


def test_consolidate_disjoint_years_become_conflicting_facts():
    claims = [claim("c1", ADA, "first_met", "d1", object=BEN, time=year_interval(2006, "2006")),
              claim("c2", BEN, "first_met", "d2", object=ADA, time=year_interval(2007, "2007"))]
    result = consolidate(claims, SOURCES, NAMES)
    assert len(result.facts) == 2 and {f.status for f in result.facts} == {"conflicting"}
    (conflict,) = result.conflicts
    assert conflict.predicate == "first_met" and conflict.subject == ADA
    assert set(conflict.facts) == {f.id for f in result.facts}


def test_consolidate_compatible_place_values_merge_to_most_precise():
    claims = [claim("c1", ADA, "place_of_birth", "d1", value="Napa"),
              claim("c2", ADA, "place_of_birth", "d2", value="napa, California ")]
    result = consolidate(claims, SOURCES)
    (fact,) = result.facts
    assert result.conflicts == [] and fact.value == "napa, California"


def test_consolidate_incompatible_places_conflict():
    claims = [claim("c1", ADA, "place_of_birth", "d1", value="Napa"),
              claim("c2", ADA, "place_of_birth", "d2", value="Lisbon")]
    result = consolidate(claims, SOURCES)
    assert len(result.facts) == 2 and len(result.conflicts) == 1


def test_consolidate_event_places_incompatible_in_same_year_conflict():
    when = year_interval(2013, "2013")
    claims = [claim("c1", ADA, "marriage", "d1", object=BEN, time=when, place="Napa"),
              claim("c2", ADA, "marriage", "d2", object=BEN, time=when, place="Lisbon"),
              claim("c3", ADA, "marriage", "d4", object=BEN, time=when, place="Napa, California")]
    result = consolidate(claims, SOURCES)
    assert sorted(f.claims for f in result.facts) == [("c1", "c3"), ("c2",)]
    assert {f.place for f in result.facts} == {"Napa, California", "Lisbon"}
    assert len(result.conflicts) == 1


def test_consolidate_place_entities_compare_by_display_name():
    names = {"g:napa": "Napa", "g:napa-ca": "Napa, California"}
    claims = [claim("c1", ADA, "place_of_birth", "d1", object="g:napa"),
              claim("c2", ADA, "place_of_birth", "d2", object="g:napa-ca")]
    (fact,) = consolidate(claims, SOURCES, names).facts
    assert fact.object == "g:napa-ca"


def test_consolidate_job_joins_its_specialty_but_specialties_stay_apart():
    claims = [claim("c1", ADA, "occupation", "d1", value="film producer"),
              claim("c2", ADA, "occupation", "d2", value="producer"),
              claim("c3", ADA, "occupation", "d2", value="executive producer")]
    facts = only(consolidate(claims, SOURCES), "occupation")
    assert len(facts) == 2 and sorted(len(f.claims) for f in facts) == [1, 2]
    assert {f.value for f in facts} == {"film producer", "executive producer"}


def test_consolidate_a_vice_president_is_no_kind_of_president():
    claims = [claim("c1", ADA, "occupation", "d1", value="president"),
              claim("c2", ADA, "occupation", "d2", value="vice president")]
    assert len(only(consolidate(claims, SOURCES), "occupation")) == 2


def test_consolidate_multi_valued_predicates_never_conflict():
    claims = [claim("c1", ADA, "occupation", "d1", value="Singer"),
              claim("c2", ADA, "occupation", "d2", value="singer "),
              claim("c3", ADA, "occupation", "d2", value="actor"),
              claim("c4", ADA, "child", "d1", object=CY),
              claim("c5", ADA, "child", "d2", object=DOT),
              claim("c6", ADA, "award_received", "d1", value="Lantern Prize",
                    time=year_interval(2010)),
              claim("c7", ADA, "award_received", "d2", value="Lantern Prize",
                    time=year_interval(2015))]
    result = consolidate(claims, SOURCES)
    assert result.conflicts == []
    assert sorted(f.claims for f in only(result, "occupation")) == [("c1", "c2"), ("c3",)]
    assert len(only(result, "child")) == 2 and len(only(result, "award_received")) == 2


def test_consolidate_syndicated_copy_is_not_an_independent_source():
    when = year_interval(2013)
    claims = [claim("c1", ADA, "marriage", "d2", object=BEN, time=when),
              claim("c2", ADA, "marriage", "d3", object=BEN, time=when)]
    (fact,) = consolidate(claims, SOURCES).facts
    assert fact.status == "single"
    claims.append(claim("c3", ADA, "marriage", "d4", object=BEN, time=when))
    (fact,) = consolidate(claims, SOURCES).facts
    assert fact.status == "agreed"


def test_consolidate_same_document_claims_are_one_source():
    claims = [claim("c1", ADA, "occupation", "d1", value="singer"),
              Claim("c2", ADA, "occupation", Span("d1", 50, 60), value="Singer")]
    (fact,) = consolidate(claims, SOURCES).facts
    assert fact.status == "single" and fact.claims == ("c1", "c2")


def test_consolidate_unknown_documents_count_as_their_own_source():
    claims = [claim("c1", ADA, "occupation", "x1", value="singer"),
              claim("c2", ADA, "occupation", "x2", value="singer")]
    assert consolidate(claims, {}).facts[0].status == "agreed"


def test_consolidate_symmetric_predicates_stored_once_in_canonical_order():
    c = normalize_claim(claim("c1", BEN, "Spouse", object=ADA))
    assert (c.subject, c.predicate, c.object) == (ADA, "spouse", BEN)
    claims = [claim("c1", BEN, "sibling", "d1", object=ADA),
              claim("c2", ADA, "sibling", "d2", object=BEN)]
    (fact,) = consolidate(claims, SOURCES).facts
    assert (fact.subject, fact.object, fact.status) == (ADA, BEN, "agreed")


def test_consolidate_father_and_mother_become_child_of_the_parent():
    claims = [claim("c1", CY, "father", "d1", object=BEN),
              claim("c2", BEN, "child", "d2", object=CY),
              claim("c3", CY, "mother", "d2", object=ADA)]
    result = consolidate(claims, SOURCES)
    assert {(f.subject, f.predicate, f.object, f.claims) for f in result.facts} == {
        (BEN, "child", CY, ("c1", "c2")), (ADA, "child", CY, ("c3",))}


def test_consolidate_untimed_claim_joins_the_dated_fact():
    claims = [claim("c1", ADA, "engagement", "d1", object=BEN),
              claim("c2", ADA, "engagement", "d2", object=BEN, time=year_interval(2012, "2012"))]
    (fact,) = consolidate(claims, SOURCES).facts
    assert fact.claims == ("c1", "c2") and fact.time.text == "2012"


def test_consolidate_every_claim_ends_up_in_exactly_one_fact():
    claims = _mixed_claims()
    result = consolidate(claims, SOURCES, NAMES)
    used = [cid for ids in result.fact_claims.values() for cid in ids]
    assert sorted(used) == sorted(c.id for c in claims)
    assert all(list(f.claims) == result.fact_claims[f.id] for f in result.facts)


def test_consolidate_shuffled_input_gives_identical_result():
    claims = _mixed_claims()
    expected = consolidate(claims, SOURCES, NAMES)
    for seed in range(5):
        shuffled = claims[:]
        random.Random(seed).shuffle(shuffled)
        assert consolidate(shuffled, SOURCES, NAMES) == expected
    assert consolidate(claims + claims[:3], SOURCES, NAMES) == expected  # re-ingest: no change


def test_consolidate_ids_are_content_hashes():
    first = consolidate(_mixed_claims(), SOURCES, NAMES)
    second = consolidate(_mixed_claims(), SOURCES, NAMES)
    assert [f.id for f in first.facts] == [f.id for f in second.facts]
    assert len({f.id for f in first.facts}) == len(first.facts)
    assert [f.id for f in first.facts] == sorted(f.id for f in first.facts)


def test_consolidate_affected_subjects_are_both_ends_after_normalization():
    new = [claim("c1", CY, "father", object=BEN), claim("c2", ADA, "occupation", value="singer")]
    assert affected_subjects(new) == {ADA, BEN, CY}


def test_consolidate_subset_for_affected_entities_matches_full_rebuild():
    claims = _mixed_claims() + [claim("z1", "p:zed", "occupation", "d4", value="baker")]
    full = consolidate(claims, SOURCES, NAMES)
    subset = consolidate(claims_touching(claims, {CY}), SOURCES, NAMES)
    full_facts = {f.id: f for f in full.facts}
    assert subset.facts and all(full_facts[f.id] == f for f in subset.facts)
    assert set(subset.conflicts) <= set(full.conflicts)
    assert any(len(c.facts) == 2 and c.predicate == "first_met" for c in subset.conflicts)


def _mixed_claims() -> list[Claim]:
    return [
        claim("m1", ADA, "first_met", "d1", object=BEN, time=year_interval(2009, "2009")),
        claim("m2", BEN, "first_met", "d2", object=ADA, time=year_interval(2011, "in 2011")),
        claim("m3", ADA, "marriage", "d2", object=BEN, time=year_interval(2016, "2016")),
        claim("m4", BEN, "marriage", "d1", object=ADA, time=month(2016, 4, "April 2016")),
        claim("m5", CY, "father", "d1", object=BEN),
        claim("m6", ADA, "child", "d4", object=CY),
        claim("m7", CY, "date_of_birth", "d3", time=year_interval(2005, "2005")),
        claim("m8", ADA, "occupation", "d1", value="singer"),
        claim("m9", ADA, "occupation", "d3", value="Singer"),
        claim("m10", ADA, "place_of_birth", "d1", value="Napa"),
        claim("m11", ADA, "place_of_birth", "d4", value="Lisbon"),
    ]


def test_consolidate_date_given_as_value_is_compared_as_time():
    claims = [claim("v1", ADA, "date_of_birth", "d1", value="1980-05-02"),
              claim("v2", ADA, "date_of_birth", "d2", value="1980"),
              claim("v3", ADA, "date_of_birth", "d4", value="1983")]
    result = consolidate(claims, SOURCES)
    assert sorted(f.claims for f in result.facts) == [("v1", "v2"), ("v3",)]
    assert len(result.conflicts) == 1


def test_consolidate_claims_touching_takes_whole_slots_of_every_subject_it_touches():
    claims = [claim("s1", "p:zed", "place_of_birth", "d1", object="g:town"),
              claim("s2", "p:zed", "place_of_birth", "d2", value="Lisbon"),
              claim("s3", "p:yan", "occupation", "d1", value="baker")]
    assert [c.id for c in claims_touching(claims, {"g:town"})] == ["s1", "s2"]


def test_consolidate_a_street_or_building_never_contradicts_a_town():
    when = Interval(D(2023, 11, 14), D(2023, 11, 14), "day", "Tuesday")
    claims = [claim("c1", ADA, "date_of_death", "d1", time=when, place="Wickham Shore"),
              claim("c2", ADA, "date_of_death", "d2", time=when, place="Gannet Road"),
              claim("c3", ADA, "date_of_death", "d4", time=when, place="St. Anne's Hospital")]
    result = consolidate(claims, SOURCES)
    assert [(f.claims, f.place) for f in result.facts] == [(("c1", "c2", "c3"), "Wickham Shore")]
    assert not result.conflicts
    towns = [claim("c1", ADA, "date_of_death", "d1", time=when, place="Wickham Shore"),
             claim("c2", ADA, "date_of_death", "d2", time=when, place="Port Ellis")]
    assert len(consolidate(towns, SOURCES).conflicts) == 1
