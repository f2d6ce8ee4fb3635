"""Dating an undated article by agreement: its relative times against stated dates.

An undated article says "died Thursday night"; another sentence, or another outlet, says
"died Thursday, December 11, 2008". Both state one event, so the article must have been
written when its "Thursday" was December 11: within the week after it. In general, for each
one-time event a document dates relative to its own publication ("last November",
"Thursday", "this evening"), the publication days on which that expression denotes a day of
the date stated elsewhere are the only possible ones. Days are tried one by one against the
time normalizer itself, so every expression it knows dates a document the same way.

References that disagree with each other (a conflict) each keep their days: the union is
kept, and nothing is narrowed past what every event allows.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

from ...model import Claim, Interval, Published
from ..time import normalize
from ..time.calendar import add_years

ONE_TIME = frozenset({"date_of_birth", "date_of_death", "marriage", "divorce", "engagement",
                      "first_met", "relationship_start", "pregnancy_announcement",
                      "pregnancy_loss"})
SYMMETRIC = ONE_TIME - {"date_of_birth", "date_of_death", "pregnancy_announcement",
                        "pregnancy_loss"}
REFINABLE = ("latest_mention", "unknown", "ages", "agreement")  # inferred, may narrow again
PRECISE_DAYS = 31   # a stated date at most a month wide can date another expression
REACH_BACK = 400    # days: a relative expression reaches about a year back ("last November")
REACH_AHEAD = 31    # and rarely ahead of its event ("on Thursday" before a wedding)
ONE_DAY = dt.timedelta(days=1)
PREGNANCY = dt.timedelta(days=300)  # an announced pregnancy ends within about ten months
_SEX = {"son": "male", "boy": "male", "sons": "male", "daughter": "female", "girl": "female",
        "daughters": "female"}


def agreed_published(text: str, published: Published, claims: Iterable[Claim],
                     references: Iterable[Claim], births: bool = False) -> Published | None:
    """A narrower publication window on which the document's relative times agree with the
    `references` (claims stating the same events elsewhere), or None to keep `published`.
    `births`: also read announcements against the births of the parents' children of the
    announced sex (`births_announced`)."""
    if published.source not in REFINABLE:
        return None
    references = list(references)
    refs = [r for r in references if r.time is not None and _precise(r.time)]
    refs += births_announced(references) if births else []
    windows = [(c.predicate, w) for c in claims if c.predicate in ONE_TIME and c.time is not None
               if (w := _claim_window(text, published, c, refs)) is not None]
    return _narrowed(published, windows)


def _narrowed(published: Published, windows: list[tuple[str, tuple[dt.date, dt.date]]]
              ) -> Published | None:
    """The publication days every window allows. When an age disagrees with the dated events
    ("died Tuesday" against another outlet's date), the age gives way: sources often
    disagree on ages, and that disagreement is a conflict of its own, not a date."""
    events = [w for p, w in windows if p != "date_of_birth"]
    if events and len(events) < len(windows) and _agreed(published, events) and \
            not _agreed(published, [w for _, w in windows]):
        windows = [("event", w) for w in events]
    return _agreed(published, [w for _, w in windows])


def _agreed(published: Published, windows: list[tuple[dt.date, dt.date]]) -> Published | None:
    if not windows:
        return None
    lo = max([w[0] for w in windows] + [published.earliest or dt.date.min])
    hi = min([w[1] for w in windows] + [published.latest or dt.date.max])
    if lo > hi and _guessed_end(published) and lo > published.latest:
        hi = min(w[1] for w in windows)  # the latest mention's window end was only a guess
    if lo > hi or (lo, hi) == (published.earliest, published.latest):
        return None
    return Published(lo, hi, True, "agreement")


def _guessed_end(published: Published) -> bool:
    """The window's end is the years-wide guess after the latest date mentioned (not the
    month after a weekday's or a death's date, which is evidence)."""
    return published.source == "latest_mention" and published.earliest is not None and \
        published.latest is not None and (published.latest - published.earliest).days > 366


def _claim_window(text: str, published: Published, claim: Claim,
                  refs: list[Claim]) -> tuple[dt.date, dt.date] | None:
    """The publication days on which `claim` agrees with one of the references (a union:
    references may disagree among themselves)."""
    sex = _sex_of(text[claim.evidence.start:claim.evidence.end]) \
        if claim.predicate == "pregnancy_announcement" else None
    stated = {(r.time.earliest, r.time.latest): r.time for r in refs if _same_event(claim, r)
              and (r.value is None or r.value == sex)}
    found = [w for _, t in sorted(stated.items())
             if (w := agreeing_days(text, published, claim, t)) is not None]
    if not found:
        return None
    return min(w[0] for w in found), max(w[1] for w in found)


def births_announced(claims: list[Claim]) -> list[Claim]:
    """A child born on date D was announced within the ten months before: for each known
    birth of a parent's son or daughter, the parent's announcement window, with the child's
    sex as its value. A "baby boy on the way" announced "last November" is then the November
    before a son's birth. Only children whose sex is stated take part: an announcement is
    matched to a child of its own sex, never to a child it may not be about."""
    sex = {c.object: s for c in claims if c.predicate == "child" and c.object
           if (s := _SEX.get(c.cue.lower()))}
    births = [c for c in claims if c.predicate == "date_of_birth" and c.time is not None
              and c.time.earliest is not None and c.time.latest is not None]
    return [Claim(f"birth:{kin.id}:{b.id}", kin.subject, "pregnancy_announcement", b.evidence,
                  value=sex.get(kin.object),
                  time=Interval(b.time.earliest - PREGNANCY, b.time.latest, "day"))
            for kin in claims if kin.predicate == "child" and kin.object in sex
            for b in births
            if b.subject == kin.object and (b.time.latest - b.time.earliest).days <= 366]


def _sex_of(sentence: str) -> str | None:
    found = {_SEX[w] for w in re.findall(r"[a-z]+", sentence.lower()) if w in _SEX}
    return found.pop() if len(found) == 1 else None


def _same_event(a: Claim, b: Claim) -> bool:
    if a.predicate != b.predicate or a.id == b.id:
        return False
    if a.predicate in SYMMETRIC:
        return {a.subject, a.object} == {b.subject, b.object}
    return (a.subject, a.object) == (b.subject, b.object)


def _precise(t: Interval) -> bool:
    return t.earliest is not None and t.latest is not None and \
        (t.latest - t.earliest).days <= PRECISE_DAYS


def agreeing_days(text: str, published: Published, claim: Claim,
                  reference: Interval) -> tuple[dt.date, dt.date] | None:
    """First and last publication day on which the claim's own time expression falls in
    `reference`; None when that expression does not depend on the publication date."""
    sentence = text[claim.evidence.start:claim.evidence.end]
    expr = claim.time.text if claim.time else ""
    if not expr or expr not in sentence:
        return None
    if claim.predicate == "date_of_birth" and published.earliest and published.latest:
        return _age_days(sentence, expr, published, reference)
    lo = max(reference.earliest - dt.timedelta(days=REACH_AHEAD), published.earliest or dt.date.min)
    hi = min(reference.latest + dt.timedelta(days=REACH_BACK), published.latest or dt.date.max)
    if lo > hi:
        return None
    first = _value(sentence, expr, lo)
    if first is None or first == _value(sentence, expr, hi) and lo != hi:
        return None  # undated, or an absolute date: publication changes nothing
    # a vaguer expression ("earlier this month") must hold the stated day; a precise one
    # ("on Thursday") must fall within the stated date
    fits = _holds if (first[1] - first[0]) > (reference.latest - reference.earliest) else _agrees
    days = [p for p in _days(lo, hi) if fits(_value(sentence, expr, p), reference)]
    return (days[0], days[-1]) if days else None


def _age_days(sentence: str, expr: str, published: Published,
              reference: Interval) -> tuple[dt.date, dt.date] | None:
    """"aged 85" against a birth date stated elsewhere: the publication days on which an
    85-year-old could have been born on that date (the age's birth years contain it), from
    birth + 85 years to the day before birth + 86 years. Not clipped to the current window:
    an undated article's upper bound is a guess that the age may overrule (agreed_published)."""
    if _value(sentence, expr, published.earliest) == _value(sentence, expr, published.latest):
        return None  # a stated birth date, not an age
    age = re.search(r"\d{1,3}", expr)
    if age is None or reference.earliest is None or reference.latest is None:
        return None
    years = int(age.group())
    lo, hi = add_years(reference.latest, years), add_years(reference.earliest, years + 1) - ONE_DAY
    return (lo, hi) if lo <= hi else None


def _value(sentence: str, expr: str, day: dt.date) -> tuple | None:
    for v in normalize(sentence, Interval(day, day)):
        iv = v.interval
        if v.text == expr and iv is not None and iv.earliest and iv.latest:
            return iv.earliest, iv.latest
    return None


def _agrees(value: tuple | None, reference: Interval) -> bool:
    return value is not None and reference.earliest <= value[0] and value[1] <= reference.latest


def _holds(value: tuple | None, reference: Interval) -> bool:
    return value is not None and value[0] <= reference.earliest and reference.latest <= value[1]


def _days(lo: dt.date, hi: dt.date) -> Iterator[dt.date]:
    day = lo
    while day <= hi:
        yield day
        day += ONE_DAY
