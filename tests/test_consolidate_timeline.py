"""Timelines: ordering by start, disputed facts as one band, couple timelines, rendering."""
from __future__ import annotations

import datetime as dt

from storyweave.consolidate.facts import SourceInfo, consolidate
from storyweave.consolidate.timeline import relationship_timeline, render_timeline, timeline
from storyweave.model import Claim, Interval, Published, Span, year_interval

D = dt.date
ADA, BEN, CY, EVE = "p:ada", "p:ben", "p:cy", "p:eve"
NAMES = {ADA: "Ada Brook", BEN: "Ben Cole", CY: "Cy Cole", EVE: "Eve Lund"}
SOURCES = {d: SourceInfo(d, f"Outlet {d}", "", Published(D(2020, 1, 1), D(2020, 1, 1), False))
           for d in ("d1", "d2", "d3")}


def claim(cid: str, subject: str, predicate: str, doc: str = "d1", **kw) -> Claim:
    return Claim(id=cid, subject=subject, predicate=predicate, evidence=Span(doc, 0, 10), **kw)


def story() -> list[Claim]:
    return [
        claim("t1", ADA, "marriage", "d1", object=BEN, time=year_interval(2013, "2013")),
        claim("t2", BEN, "marriage", "d2", object=ADA, time=year_interval(2013, "2013")),
        claim("t3", ADA, "first_met", "d1", object=BEN, time=year_interval(2006, "2006")),
        claim("t4", ADA, "first_met", "d2", object=BEN, time=year_interval(2007, "2007")),
        claim("t5", ADA, "child", "d1", object=CY),
        claim("t6", BEN, "child", "d2", object=CY),
        claim("t7", CY, "date_of_birth", "d3",
              time=Interval(D(2016, 4, 1), D(2016, 4, 30), "month", "April 2016")),
        claim("t8", ADA, "occupation", "d3", value="singer"),
        claim("t9", EVE, "spouse", "d3", object=BEN, time=year_interval(2001, "2001")),
    ]


def test_consolidate_timeline_orders_by_start_with_undated_last():
    result = consolidate(story(), SOURCES, NAMES)
    items = timeline(ADA, result.facts, result.conflicts)
    assert [i.predicate for i in items] == ["first_met", "marriage", "child", "occupation"]
    assert items[-1].interval is None


def test_consolidate_timeline_shows_disputed_dates_as_one_band():
    result = consolidate(story(), SOURCES, NAMES)
    (band,) = [i for i in timeline(BEN, result.facts, result.conflicts) if i.disputed]
    assert (band.interval.earliest, band.interval.latest) == (D(2006, 1, 1), D(2007, 12, 31))
    assert band.status == "conflicting" and band.conflict == result.conflicts[0].id
    assert [f.time.text for f in band.facts] == ["2006", "2007"]


def test_consolidate_relationship_timeline_keeps_the_couple_and_their_children():
    result = consolidate(story(), SOURCES, NAMES)
    items = relationship_timeline(BEN, ADA, result.facts, result.conflicts)
    assert [i.predicate for i in items] == ["first_met", "marriage", "date_of_birth"]


def test_consolidate_render_timeline_one_line_per_item():
    result = consolidate(story(), SOURCES, NAMES)
    text = render_timeline(relationship_timeline(ADA, BEN, result.facts, result.conflicts), NAMES)
    assert text.splitlines() == [
        "2006–2007                Ada Brook and Ben Cole first met (2 claims); "
        "disputed: 2006 (1 claim) vs 2007 (1 claim)",
        "2013                     Ada Brook and Ben Cole married (2 claims)",
        "April 2016               Cy Cole was born (1 claim)",
    ]


def test_consolidate_timeline_band_for_place_dispute_lists_each_place():
    claims = [claim("p1", ADA, "place_of_birth", "d1", value="Napa"),
              claim("p2", ADA, "place_of_birth", "d2", value="Lisbon")]
    result = consolidate(claims, SOURCES, NAMES)
    text = render_timeline(timeline(ADA, result.facts, result.conflicts), NAMES)
    assert text == ("undated                  Ada Brook was born (2 claims); "
                    "disputed: Lisbon (1 claim) vs Napa (1 claim)")


def test_consolidate_timeline_is_independent_of_input_order():
    result = consolidate(story(), SOURCES, NAMES)
    forward = timeline(ADA, result.facts, result.conflicts)
    backward = timeline(ADA, list(reversed(result.facts)), list(reversed(result.conflicts)))
    assert forward == backward
