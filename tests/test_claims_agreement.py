"""Dating an undated article by agreement (claims.agreement): a relative date ("died
Thursday") read against a stated one for the same event. Fictional people."""
from __future__ import annotations

import datetime as dt

from storyweave.model import Article, Claim, Interval, Published, Span
from storyweave.prepare import prepare
from storyweave.understand import understand
from storyweave.understand.claims.agreement import agreed_published, agreeing_days, births_announced

from .analysis_helpers import analyse_text


def _analysis(text: str):
    return understand([prepare(Article(text=text, path="t.txt", title=text.split("\n")[0]))])[0]


OBITUARY = ("Margaret Ashby dies at 77\n\n"
            "Margaret Ashby, the glassblower whose bowls toured Europe, died Thursday, "
            "March 12, at the age of 77.\n\n"
            "Ashby died Thursday night at a hospice in Bath, her family said.\n\n"
            "She was born in Truro on June 2, 1931.\n")


def _claim(text: str, expr: str, predicate: str = "date_of_death", doc: str = "d1") -> Claim:
    return Claim("c-" + expr, "p1", predicate, Span(doc, 0, len(text)),
                 time=Interval(None, None, "day", expr))


def test_claims_agreement_bare_weekday_beside_a_full_date_dates_the_week():
    analysis = _analysis(OBITUARY)
    published = analysis.document.published
    # ages: June 2008 .. June 2009; the weekday picks March 12, 2009; "Thursday" is then
    # that Thursday only when written within the week after it
    assert published.source == "agreement"
    assert (published.earliest, published.latest) == (dt.date(2009, 3, 12), dt.date(2009, 3, 18))
    deaths = {(c.time.earliest, c.time.latest) for c in analysis.claims
              if c.predicate == "date_of_death"}
    assert deaths == {(dt.date(2009, 3, 12), dt.date(2009, 3, 12))}


def test_claims_agreement_leaves_a_single_relative_date_alone():
    text = OBITUARY.replace("Ashby died Thursday night at a hospice in Bath, her family "
                            "said.\n\n", "")
    assert _analysis(text).document.published.source == "ages"


def test_claims_agreement_days_of_last_month_name():
    text = "Last November the couple announced a pregnancy."
    claim = _claim(text, "Last November", "pregnancy_announcement")
    window = Published(dt.date(2016, 1, 1), dt.date(2019, 12, 31), True, "latest_mention")
    days = agreeing_days(text, window, claim, Interval(dt.date(2017, 11, 1), dt.date(2017, 11, 30)))
    # "last November" is November 2017 when written from December 2017 to November 2018
    assert days == (dt.date(2017, 12, 1), dt.date(2018, 11, 30))


def test_claims_agreement_absolute_date_says_nothing():
    text = "She died on March 12, 2009."
    claim = _claim(text, "March 12, 2009")
    window = Published(dt.date(2008, 1, 1), dt.date(2010, 12, 31), True, "latest_mention")
    assert agreeing_days(text, window, claim, Interval(dt.date(2009, 3, 12), dt.date(2009, 3, 12))) is None


def test_claims_agreement_keeps_a_date_line_and_disjoint_windows():
    text = "She died Thursday."
    claim = _claim(text, "Thursday")
    ref = Claim("r", "p1", "date_of_death", Span("d2", 0, 5),
                time=Interval(dt.date(2009, 3, 12), dt.date(2009, 3, 12)))
    dated = Published(dt.date(2009, 3, 13), dt.date(2009, 3, 13), False, "dateline")
    assert agreed_published(text, dated, [claim], [ref]) is None
    far = Published(dt.date(2011, 1, 1), dt.date(2011, 12, 31), True, "latest_mention")
    assert agreed_published(text, far, [claim], [ref]) is None  # never that Thursday
    near = Published(dt.date(2009, 1, 1), dt.date(2010, 12, 31), True, "latest_mention")
    assert agreed_published(text, near, [claim], [ref]) == \
        Published(dt.date(2009, 3, 12), dt.date(2009, 3, 18), True, "agreement")


def test_claims_agreement_other_people_or_events_do_not_date():
    text = "She died Thursday."
    claim = _claim(text, "Thursday")
    window = Published(dt.date(2009, 1, 1), dt.date(2010, 12, 31), True, "latest_mention")
    other_person = Claim("r", "p2", "date_of_death", Span("d2", 0, 5),
                         time=Interval(dt.date(2009, 3, 12), dt.date(2009, 3, 12)))
    other_event = Claim("r2", "p1", "marriage", Span("d2", 0, 5), object="p3",
                        time=Interval(dt.date(2009, 3, 12), dt.date(2009, 3, 12)))
    assert agreed_published(text, window, [claim], [other_person, other_event]) is None


def test_claims_time_naming_its_day_dates_a_death_but_a_clock_time_does_not():
    died = analyse_text("Report\n\nJuno Marsh died Thursday night at a Leeds hospital.",
                        dt.date(2012, 5, 12))
    [death] = [c for c in died.claims if c.predicate == "date_of_death"]
    assert (death.time.earliest, death.time.text) == (dt.date(2012, 5, 10), "Thursday night")
    wed = analyse_text("Report\n\nJuno Marsh married Ben Oduya at 5 p.m.", dt.date(2012, 5, 12))
    assert all(c.time is None for c in wed.claims if c.predicate == "marriage")


def test_claims_copular_age_dates_a_birth():
    a = analyse_text("Report\n\nJuno Marsh died Thursday at home. She was 85.", dt.date(2012, 5, 12))
    births = [c for c in a.claims if c.predicate == "date_of_birth"]
    assert [(c.time.earliest, c.time.latest) for c in births] == \
        [(dt.date(1926, 5, 13), dt.date(1927, 5, 12))]
    score = analyse_text("Report\n\nJuno Marsh won. The score was 85.", dt.date(2012, 5, 12))
    assert not [c for c in score.claims if c.predicate == "date_of_birth"]


def test_claims_agreement_births_announced_only_for_children_of_stated_sex():
    ev = Span("d2", 0, 5)
    claims = [Claim("k1", "mom", "child", ev, object="leo", cue="son"),
              Claim("k2", "mom", "child", ev, object="kit", cue="child"),
              Claim("b1", "leo", "date_of_birth", ev, time=Interval(dt.date(2016, 5, 1),
                                                                    dt.date(2016, 5, 31))),
              Claim("b2", "kit", "date_of_birth", ev, time=Interval(dt.date(2014, 4, 1),
                                                                    dt.date(2014, 4, 30)))]
    [implied] = births_announced(claims)
    assert (implied.subject, implied.predicate, implied.value) == \
        ("mom", "pregnancy_announcement", "male")
    assert (implied.time.earliest, implied.time.latest) == \
        (dt.date(2016, 5, 1) - dt.timedelta(days=300), dt.date(2016, 5, 31))


def test_claims_welcomed_their_son_is_a_birth():
    a = analyse_text("Report\n\nNora Quist and Tom Baye welcomed their son Leo in May 2016.",
                     dt.date(2016, 6, 3))
    births = [c for c in a.claims if c.predicate == "date_of_birth"]
    assert [(c.time.earliest, c.time.latest) for c in births] == \
        [(dt.date(2016, 5, 1), dt.date(2016, 5, 31))]
    guests = analyse_text("Report\n\nNora Quist welcomed guests in May 2016.", dt.date(2016, 6, 3))
    assert not [c for c in guests.claims if c.predicate == "date_of_birth"]


def test_claims_agreement_open_values_say_nothing():
    text = "They will marry in the future."
    claim = _claim(text, "the future", "marriage")
    window = Published(dt.date(2009, 1, 1), dt.date(2010, 12, 31), True, "latest_mention")
    ref = Interval(dt.date(2009, 6, 1), dt.date(2009, 6, 30))
    assert agreeing_days(text, window, claim, ref) is None


def test_claims_agreement_an_age_that_disagrees_gives_way_to_a_dated_event():
    text = "Tom Reed, who was 92, died on Tuesday at his home."
    own = [_claim(text, "Tuesday"), _claim(text, "92", "date_of_birth")]
    refs = [Claim("r1", "p1", "date_of_death", Span("d2", 0, 5),
                  time=Interval(dt.date(2023, 11, 14), dt.date(2023, 11, 14), "day")),
            Claim("r2", "p1", "date_of_birth", Span("d2", 0, 5),
                  time=Interval(dt.date(1932, 2, 9), dt.date(1932, 2, 9), "day"))]
    window = Published(dt.date(2023, 11, 1), dt.date(2025, 11, 30), True, "latest_mention")
    got = agreed_published(text, window, own, refs)
    assert got.earliest == dt.date(2023, 11, 14) and got.latest <= dt.date(2023, 11, 30)
    agreeing = refs[:1] + [Claim("r2", "p1", "date_of_birth", Span("d2", 0, 5),
                                 time=Interval(dt.date(1931, 2, 9), dt.date(1931, 2, 9), "day"))]
    assert agreed_published(text, window, own, agreeing).earliest == dt.date(2023, 11, 14)


def test_claims_agreement_a_vaguer_expression_must_hold_the_stated_day():
    text = "The midfielder popped the question earlier this month."
    claim = _claim(text, "earlier this month", "engagement")
    window = Published(dt.date(2024, 1, 1), dt.date(2026, 12, 31), True, "latest_mention")
    days = agreeing_days(text, window, claim, Interval(dt.date(2025, 6, 7), dt.date(2025, 6, 7)))
    # "earlier this month" is June 2025 (and so holds June 7) when written in June 2025
    assert days == (dt.date(2025, 6, 1), dt.date(2025, 6, 30))
