"""When was an article published? Metadata first, then a date line, then a lower bound.

1. metadata: that day, not inferred.
2. a date line near the top or bottom of the kept text ("Published March 3, 2021",
   "Posted 2/3/2009 11:11 PM", "February 5, 2009" alone, "Thursday, Apr 2, 2009 | Updated
   1:32 PM PDT"): that day. A line whose date follows "Updated", and a bare date closing
   the article (often a correction or print-edition date), are only upper bounds.
3. the latest absolute date the article mentions: news reports recent events, so the
   publication is on or after its start and (a documented heuristic) at most
   MENTION_WINDOW_YEARS after its end.
Dates inside removed spans are ignored (teasers and embeds carry other stories' dates).
Regular expressions only, no clock: the same text always gives the same answer.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..model import UNKNOWN_PUBLISHED, Published, Removal
from .boilerplate_rules import Line, split_lines
from .kept import kept_text

MENTION_WINDOW_YEARS = 2  # how long after the latest event an article may still appear
UPDATE_STAMP_DAYS = 2  # an "Updated" stamp over a news story comes within a day or two of it
TOP_LINES, BOTTOM_LINES = 8, 4  # where date lines live (after the title line)
SHORT_DATE_LINE = 60  # a date line this short may sit below a long standfirst
MAX_DATE_LINE = 150  # a date line is short; a long line is a sentence mentioning a date
PARAGRAPH = 100  # a line this long is body text: the header lines above it are the top

_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MON = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
        r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_ORD = r"(?:st|nd|rd|th)?"
FULL_DATES = [  # (pattern, order of the groups: y m d)
    (re.compile(rf"(?i)\b({_MON})\s+(\d{{1,2}}){_ORD},?\s+(\d{{4}})\b"), "mdy"),
    (re.compile(rf"(?i)\b(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MON}),?\s+(\d{{4}})\b"), "dmy"),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), "ymd"),
    (re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})\b"), "num"),
]
MONTH_YEAR = re.compile(rf"(?i)\b({_MON})\s+(?:of\s+)?(\d{{4}})\b")
# A bare year counts only after a date cue word ("in 2013", "since 1998", "from 1951-1957");
# "by/until 2030" usually looks ahead, so those cues are left out on purpose.
YEAR_IN_CONTEXT = re.compile(
    r"(?i)\b(?:in|since|of|from|during|before|after|around|circa|early|late|mid|year|summer"
    r"|spring|fall|autumn|winter|season|class of)[\s-]+(?:the\s+)?((?:19|20)\d\d)"
    r"(?:\s*[-–]\s*((?:19|20)\d\d))?\b(?![%\d]|,\d|\.\d)")
NOT_A_YEAR_AFTER = re.compile(
    r"(?i)\s*(?:percent|people|votes|voters|dollars|miles|feet|meters|members|cases|units"
    r"|times|troops|jobs|acres|pounds|students|calories|registered|likely|adults|respondents"
    r"|residents|households|participants)\b")
# "next" and "due" look ahead only with a time word ("next year", "due in"): "next to" and
# "due to" do not.
FUTURE_CUE = re.compile(r"(?i)\b(?:will|'ll|plans? to|planning|expected|scheduled|set to"
                        r"|due (?:in|to be|out)|upcoming|next (?:year|month|week|season|spring"
                        r"|summer|fall|autumn|winter|term|time)|projected|forecast|would|hopes?"
                        r"|beginning|starting|effective|facing"
                        r"|front-?runner|reelection|re-election|mulling|fiscal|seeking|seek"
                        r"|to run|to succeed|bid)\b")

PAST_VERB = re.compile(r"(?<!be )(?<!been )\b(?:died|was|were|had|did|said|told|announced|won|"
                       r"went|became|ended|began|built|sold|founded|married|earned|served|"
                       r"joined|left|retired|resigned|lost)\b")
WEEKDAY_BEFORE = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*$")
RECENT_DAYS = 31  # a date written with its weekday is at most about a month old

UPDATED_CUE = re.compile(r"(?i)\b(?:updated|modified|revised)\b")
PUBLISHED_CUE = re.compile(r"(?i)\b(?:published|posted|dated?|released|filed)\b")
DATE_LINE_FILLER = re.compile(
    r"(?i)\b(?:published|posted|updated|last|first|modified|on|at|date[d]?"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?"
    r"|\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b\.?|\d{1,2}[:.]\d\d|[ecmpa][sd]?t|gmt|utc|bst|cet)(?!\w)"
    r"|[\s|,.·•:;/\-–—()]+")


@dataclass(frozen=True)
class Found:
    """A date found in the text: where, and the interval of days it denotes."""

    start: int
    end: int
    earliest: dt.date
    latest: dt.date


def infer_published(text: str, removed: Sequence[Removal],
                    metadata_date: dt.date | None = None,
                    metadata_source: str = "") -> Published:
    """The publication interval of one article (see the module docstring for the order)."""
    if metadata_date is not None:
        day = _as_date(metadata_date)
        return Published(day, day, False, metadata_source or "meta")
    kept = kept_text(text, removed)
    dated = _date_lines(split_lines(kept))
    day = next((d for kind, d, _ in dated if kind == "day"), None)
    if day is not None:
        return Published(day, day, True, "dateline")
    mentions = list(find_mentions(_blank(kept, [line for _, _, line in dated])))
    stamp = next(((kind, d) for kind, d, _ in dated if kind in ("stamp", "updated")), None)
    if stamp is not None:
        return _bounded_by_update(stamp[1], mentions, stamp[0] == "stamp")
    return _from_mentions(mentions, kept)


def _as_date(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


# --- date lines ------------------------------------------------------------------------

DateLine = tuple[str, dt.date, Line]  # ('day' | 'stamp' | 'updated', the date, the line)


def _date_lines(lines: list[Line]) -> list[DateLine]:
    """Date lines near the top (after the title line), a wire dateline opening the first
    paragraph, and date lines at the bottom, in that order."""
    body = lines[1:]
    top = body[:_first_paragraph(body[:TOP_LINES])]
    bottom = body[len(top):][-BOTTOM_LINES:]
    found = [(*hit, ln) for ln in top if (hit := _line_date(ln, at_bottom=False))]
    found += [(*hit, ln) for i, ln in enumerate(body[:TOP_LINES]) if i >= len(top)
              and _under_standfirst(body, i) and (hit := _line_date(ln, at_bottom=False))]
    if len(body) > len(top) and (day := _wire_dateline(body[len(top)].text)):
        found.append(("day", day, body[len(top)]))
    return found + [(*hit, ln) for ln in bottom if (hit := _line_date(ln, at_bottom=True))]


# "VALMONT, Arland, June 11, 2013 (Agency) - President …": the wire story's own dateline
WIRE_PLACE = re.compile(r"^[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w.'’ -]{1,30}){0,2},\s*$")
WIRE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,60}\)\s*)?(?:[-–—]|\()")


MONTH_DAY = re.compile(rf"(?i)\b({_MON})\s+(\d{{1,2}}){_ORD}\b(?!,?\s*\d{{4}})")


def pin_to_dateline(text: str, published: Published) -> Published:
    """An undated wire story whose dateline gives only month and day ("CALDERMOOR, March 3
    (Agency) -"): once another clue narrows its window, the one such day in it is the day."""
    lines = split_lines(text)[1:]
    opening = next((ln.text for ln in lines if len(ln.text) >= PARAGRAPH), "")
    m = MONTH_DAY.search(opening[:120])
    if m is None or published.earliest is None or published.latest is None or \
            not WIRE_PLACE.match(opening[:m.start()]) or not WIRE_AFTER.match(opening, m.end()):
        return published
    days = [d for y in range(published.earliest.year, published.latest.year + 1)
            if (d := _safe_date(y, _month(m.group(1)), int(m.group(2))))
            and published.earliest <= d <= published.latest]
    return Published(days[0], days[0], True, published.source) if len(days) == 1 else published


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# "on Friday 28 October", "Friday, Oct. 28": a day named with its weekday and no year
NAMED_DAY = re.compile(rf"(?i)\b({'|'.join(_WEEKDAYS)}),?\s+(?:(\d{{1,2}}){_ORD}\s+(?:of\s+)?"
                       rf"({_MON})\.?|({_MON})\.?\s+(\d{{1,2}}){_ORD})\b(?!,?\s*\d{{4}})")


def pin_to_text_days(text: str, published: Published) -> Published:
    """A window narrowed by other clues, pinned further by the days the text itself names
    without a year: a wire dateline's day, a day named with its weekday."""
    return pin_to_named_days(text, pin_to_dateline(text, published))


def pin_to_named_days(text: str, published: Published) -> Published:
    """"The funeral will be on Friday 28 October": in a window a year or two wide, the one
    28 October that is a Friday places the article within a month of it (news names the
    weekday of near days only). Days that disagree leave the window as it is."""
    if published.earliest is None or published.latest is None:
        return published
    near = dt.timedelta(days=RECENT_DAYS)
    found = {d for m in NAMED_DAY.finditer(text) for d in _weekday_dates(m, published)
             if published.earliest - near <= d <= published.latest + near}
    if len(found) != 1:
        return published
    day = found.pop()
    lo, hi = max(published.earliest, day - near), min(published.latest, day + near)
    return Published(lo, hi, True, published.source) if lo <= hi else published


def _weekday_dates(m: re.Match, published: Published) -> list[dt.date]:
    weekday = _WEEKDAYS.index(m.group(1).lower())
    day, month = (m.group(2), m.group(3)) if m.group(2) else (m.group(5), m.group(4))
    years = range(published.earliest.year - 1, published.latest.year + 2)
    return [d for y in years if (d := _safe_date(y, _month(month), int(day)))
            and d.weekday() == weekday]


def _wire_dateline(text: str) -> dt.date | None:
    """The day of a dateline opening a paragraph: a capitalised place, the date, a dash."""
    found = next(_full_dates(text[:120]), None)
    if found is None or not WIRE_PLACE.match(text[:found.start]):
        return None
    return found.earliest if WIRE_AFTER.match(text, found.end) else None


def _under_standfirst(body: Sequence[Line], i: int) -> bool:
    """A short line below the long first line (a standfirst) that the article still
    follows: a date line of the header, not a date closing the article."""
    return len(body[i].text) <= SHORT_DATE_LINE and \
        any(len(ln.text) >= PARAGRAPH for ln in body[i + 1:])


def _first_paragraph(lines: Sequence[Line]) -> int:
    """Index of the first paragraph-length line: the top region (headers) ends there."""
    return next((i for i, ln in enumerate(lines) if len(ln.text) >= PARAGRAPH), len(lines))


def _line_date(line: Line, at_bottom: bool) -> tuple[str, dt.date] | None:
    """('day' | 'updated', date) when the line is a date line, else None.

    A bare date closing the article is often a correction or print-edition date, later
    than the publication, so at the bottom only a 'Published/Posted' cue gives the day."""
    found = next(_full_dates(line.text), None) if len(line.text) <= MAX_DATE_LINE else None
    if found is None:
        return None
    before = line.text[:found.start]
    if UPDATED_CUE.search(before) and not PUBLISHED_CUE.search(before):
        return ("updated" if at_bottom else "stamp"), found.earliest
    if PUBLISHED_CUE.search(before):
        return "day", found.earliest
    if _only_filler(line.text, found):
        return ("updated" if at_bottom else "day"), found.earliest
    return None


def _only_filler(text: str, found: Found) -> bool:
    """Nothing but the date, weekdays, times, time zones and cue words on the line."""
    rest = text[:found.start] + " " + text[found.end:]
    for other in _full_dates(rest):  # "19:42, 15 OCT 2022 | UPDATED 21:05, 15 OCT 2022"
        rest = rest[:other.start] + " " * (other.end - other.start) + rest[other.end:]
    return DATE_LINE_FILLER.sub("", rest) == ""


def _blank(text: str, lines: Sequence[Line]) -> str:
    """Date lines blanked out, so the mention search does not count them again."""
    chars = list(text)
    for line in lines:
        chars[line.start:line.end] = " " * (line.end - line.start)
    return "".join(chars)


# --- absolute dates ----------------------------------------------------------------------

def _full_dates(text: str) -> Iterator[Found]:
    """Day-precise dates in order of position."""
    hits = [hit for pattern, order in FULL_DATES for m in pattern.finditer(text)
            if (hit := _day_found(m, order))]
    return iter(sorted(hits, key=lambda f: f.start))


def _day_found(m: re.Match, order: str) -> Found | None:
    if order == "num":  # US order; a first number above 12 can only be a day
        a, b, y = (int(g) for g in m.groups())
        month, day = (b, a) if a > 12 else (a, b)
    else:
        parts = dict(zip(order, m.groups()))
        y, month, day = int(parts["y"]), _month(parts["m"]), int(parts["d"])
    day_date = _safe_date(int(y), month, day)
    return Found(m.start(), m.end(), day_date, day_date) if day_date else None


def _month(token: str) -> int:
    return int(token) if token.isdigit() else _MONTHS.index(token.lower()[:3]) + 1


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    if not 1900 <= y <= 2099:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# "48 years to the week after he walked out of prison in November 1975": that date moved on
YEARS_AFTER = re.compile(r"(?i)\b(\d{1,3})\s+years\s+(?:to\s+the\s+(?:day|week|month)\s+)?"
                         r"(?:after|since)\b[^.;,\n]{0,80}$")


def _years_after(text: str, found: Found) -> Found | None:
    m = YEARS_AFTER.search(text, max(0, found.start - 120), found.start)
    if m is None:
        return None
    n = int(m.group(1))
    return Found(m.start(), found.end, _plus_years(found.earliest, n), _plus_years(found.latest, n))


# "shares the 2025 Lindenthal Prize", "won the 2019 Booker Prize": an award's year is given
# once it is awarded ("the 2030 Games" may lie ahead, so only prizes)
EDITION = re.compile(r"\b(?:the|his|her|their|its)\s+((?:19|20)\d\d)\s+(?:[A-Z][\w'’-]*\s+){0,4}?"
                     r"(?:Prize|Award|Medal|Trophy|Fellowship)\b(?!\s+(?:will|would|is to)\b)")


def _editions(text: str) -> Iterator[Found]:
    for m in EDITION.finditer(text):
        y = int(m.group(1))
        yield Found(m.start(1), m.end(1), dt.date(y, 1, 1), dt.date(y, 12, 31))


def find_mentions(text: str) -> Iterator[Found]:
    """Absolute dates in `text`: full dates, month + year, bare years in date contexts.

    A coarser match inside a finer one is skipped; dates in future-looking clauses
    ("will be held in 2030") are skipped because they say nothing about publication."""
    taken: list[tuple[int, int]] = []
    for found in [*_full_dates(text), *_month_years(text), *_years(text), *_editions(text)]:
        if any(s <= found.start < e for s, e in taken) or _future(text, found.start, found.end):
            continue
        taken.append((found.start, found.end))
        yield found
        later = _years_after(text, found)
        if later is not None and not _future(text, later.start, later.end):
            yield later


def _month_years(text: str) -> Iterator[Found]:
    for m in MONTH_YEAR.finditer(text):
        y, month = int(m.group(2)), _month(m.group(1))
        if m.group(1)[0].isupper() and 1900 <= y <= 2099:
            yield Found(m.start(), m.end(), dt.date(y, month, 1), _month_end(y, month))


def _years(text: str) -> Iterator[Found]:
    for m in YEAR_IN_CONTEXT.finditer(text):
        if NOT_A_YEAR_AFTER.match(text, m.end()):
            continue
        first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        if first <= last:
            yield Found(m.start(1), m.end(), dt.date(first, 1, 1), dt.date(last, 12, 31))


def _month_end(y: int, month: int) -> dt.date:
    nxt = dt.date(y + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _future(text: str, start: int, end: int) -> bool:
    """The clause before the date looks ahead ('will', 'scheduled', 'up for reelection').

    Only the words before: checking the rest of the sentence as well dropped more true
    mentions than future ones on a development set of dated political articles."""
    clause_start = max(text.rfind(c, 0, start) for c in ".!?\n;") + 1
    cues = list(FUTURE_CUE.finditer(text, clause_start, start))
    # "…a re-election campaign and later built a business, died Nov. 14, 2023": a past verb
    # after the cue tells of what happened
    return bool(cues) and not PAST_VERB.search(text, cues[-1].end(), start)


# --- from mentions to an interval --------------------------------------------------------

def _plus_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


# "died Nov. 14, 2023", "who died on 3 March 2015": a death is news for weeks, not years
DEATH_BEFORE = re.compile(r"(?i)\b(?:died|passed away|was killed|death)\b(?:\s+\w+){0,3}"
                          r"\s*(?:on|,)?\s*$")


def _recent(text: str, start: int) -> bool:
    before = text[max(0, start - 40):start]
    return bool(WEEKDAY_BEFORE.search(before[-12:]) or DEATH_BEFORE.search(before))


def _from_mentions(mentions: list[Found], text: str = "") -> Published:
    """Lower bound: the latest mention's start; upper: the latest end plus the window, or a
    month when that latest date is written with its weekday ("died Tuesday, March 3, 2015")
    or is a death's ("died Nov. 14, 2023"): news names the weekday of recent days only, and
    reports a death within weeks."""
    if not mentions:
        return UNKNOWN_PUBLISHED
    earliest = max(f.earliest for f in mentions)
    last = max(mentions, key=lambda f: (f.latest, f.earliest))
    if last.earliest == last.latest and _recent(text, last.start):
        return Published(earliest, last.latest + dt.timedelta(days=RECENT_DAYS), True,
                         "latest_mention")
    latest = _plus_years(max(f.latest for f in mentions), MENTION_WINDOW_YEARS)
    return Published(earliest, latest, True, "latest_mention")


def _bounded_by_update(upper: dt.date, mentions: list[Found], stamp: bool) -> Published:
    """Published on or before the update, after the latest earlier mention and at most
    UPDATE_STAMP_DAYS before an "Updated" stamp heading the story (the window before a bare closing date,
    which may be a print edition's or a correction's)."""
    starts = [f.earliest for f in mentions if f.earliest <= upper]
    floor = upper - dt.timedelta(days=UPDATE_STAMP_DAYS) if stamp else \
        _plus_years(upper, -MENTION_WINDOW_YEARS)
    earliest = max([*starts, floor])
    return Published(earliest, upper, True, "updated")
