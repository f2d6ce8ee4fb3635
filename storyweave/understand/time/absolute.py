"""Absolute dates: stated days, months, years, decades, seasons, holidays and quarters."""
from __future__ import annotations

import datetime as dt
import re

from . import calendar as cal
from . import lexicon as lx
from .grammar import MOD_RE, Ctx, Rule, absolute, mod_of, narrow, rule
from .types import Norm

RULES: list[Rule] = []
M, Y, WD = lx.MONTH_RE, lx.YEAR_RE, lx.WEEKDAY_RE
DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
WDAY_PREFIX = rf"(?:(?P<wd>{WD}),?\s+)?"


def _month_ok(word: str) -> bool:
    """Month names are capitalized; a lowercase 'may'/'march' is a verb."""
    return word[:1].isupper()


def _date(y: int, mo: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


@rule(RULES, rf"{WDAY_PREFIX}(?:the\s+)?(?P<m>{M})\s+{DAY},?\s+(?P<y>{Y})", priority=5, keys="month")
def month_day_year(m: re.Match, ctx: Ctx) -> Norm | None:
    d = _date(int(m["y"]), lx.month_number(m["m"]), int(m["d"]))
    return absolute(ctx, cal.day(d)) if d and _month_ok(m["m"]) else None


@rule(RULES, rf"{WDAY_PREFIX}(?:the\s+)?{DAY}(?:\s+of)?\s+(?P<m>{M}),?\s+(?P<y>{Y})", priority=5, keys="month")
def day_month_year(m: re.Match, ctx: Ctx) -> Norm | None:
    d = _date(int(m["y"]), lx.month_number(m["m"]), int(m["d"]))
    return absolute(ctx, cal.day(d)) if d and _month_ok(m["m"]) else None


@rule(RULES, r"(?P<y>(?:1[5-9]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)", priority=5, keys="year")
def iso_date(m: re.Match, ctx: Ctx) -> Norm | None:
    d = _date(int(m["y"]), int(m["m"]), int(m["d"]))
    return absolute(ctx, cal.day(d)) if d else None


@rule(RULES, r"(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:1[5-9]|20)\d\d)", priority=5, keys="year")
def us_slash_date(m: re.Match, ctx: Ctx) -> Norm | None:
    d = _date(int(m["y"]), int(m["m"]), int(m["d"]))  # US order: month/day/year
    return absolute(ctx, cal.day(d)) if d else None


@rule(RULES, rf"{MOD_RE}(?P<m>{M}),?\s+(?:of\s+)?(?P<y>{Y})", priority=4, keys="month")
def month_year(m: re.Match, ctx: Ctx) -> Norm | None:
    if not _month_ok(m["m"]):
        return None
    mod = mod_of(m)
    iv = cal.month(int(m["y"]), lx.month_number(m["m"]))
    return absolute(ctx, narrow(iv, mod), cal.interval_value(iv), mod)


@rule(RULES, rf"{WDAY_PREFIX}(?P<m>{M})\s+{DAY}(?!\s*(?:,\s*)?\d)", priority=3, keys="month")
def month_day(m: re.Match, ctx: Ctx) -> Norm | None:
    """'Oct. 23': the year comes from the publication date and the tense of the clause."""
    if not _month_ok(m["m"]):
        return None
    return yearless(ctx, lx.month_number(m["m"]), int(m["d"]), m["wd"])


@rule(RULES, rf"{WDAY_PREFIX}(?:the\s+)?{DAY}\s+(?:of\s+)?(?P<m>{M})(?!\s*,?\s*\d)", priority=3, keys="month")
def day_month(m: re.Match, ctx: Ctx) -> Norm | None:
    if not _month_ok(m["m"]) or int(m["d"]) == 0:
        return None
    return yearless(ctx, lx.month_number(m["m"]), int(m["d"]), m["wd"])


def yearless(ctx: Ctx, mo: int, d: int, weekday: str | None = None) -> Norm | None:
    from .relative import nearest_year
    y = _year_of_weekday(ctx, mo, d, weekday) or nearest_year(ctx, mo, d)
    if y is None:
        return Norm("DATE", f"XXXX-{mo:02d}-{d:02d}", None, "day")
    day_ = _date(y, mo, d)
    return absolute(ctx, cal.day(day_)) if day_ else None


def _year_of_weekday(ctx: Ctx, mo: int, d: int, weekday: str | None) -> int | None:
    """"Thursday, December 11": the one year around the publication window in which that
    day is that weekday (a wide window, e.g. of an undated article, needs it)."""
    p1, p2 = ctx.published.earliest, ctx.published.latest
    if weekday is None or p1 is None or p2 is None:
        return None
    wd = lx.weekday_number(weekday)
    years = [y for y in range(p1.year - 1, p2.year + 2) if (day := _date(y, mo, d))
             and day.weekday() == wd and p1 - dt.timedelta(days=366) <= day
             <= p2 + dt.timedelta(days=31)]
    return years[0] if len(years) == 1 else None


_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.&-]*|\d+)\s+$")
_TIME_PREP = re.compile(r"(?:In|Since|By|Until|Before|After|From|During|Through|To|And|Or|Of|"
                        r"On|At|Circa|For|Around|About|Fiscal|Early|Late|Mid|Spring|Summer|"
                        r"Fall|Autumn|Winter|Christmas|Easter|The|Year|Only|Back|Between|Ad|Bc)\s+$")
_COUNT_AFTER = re.compile(r"\s*(?:[-–]\s*\d|people|persons|men|women|children|troops|soldiers|"
                          r"miles|feet|meters|metres|kilometers|points|votes|units|shares|"
                          r"tons|pounds|dollars|students|workers|jobs|cars|homes|acres|[%])", re.I)


def year_is_name(text: str, start: int, end: int) -> bool:
    """A four-digit number that is a name or a count rather than a year.

    'Windows 2000', 'Vision 2030' (after a capitalized non-temporal word), 'the 1975 said' (a
    band called 'The 1975': 'the' + number + verb/punctuation), '2000 people' (a count).
    """
    before, after = text[max(0, start - 30):start], text[end:end + 20]
    name = _NAME_BEFORE.search(before)
    if name and not _TIME_PREP.search(before) and not lx.MONTHS.get(name.group().strip(" .").lower()):
        return True
    if re.search(r"(?:^|\s)[Tt]he\s+$", before) and re.match(r"\s*(?:[,.;:!?)]|'s\b|are|is|were|was|said|released|played|performed|frontman|singer)", after):
        return True
    return bool(_COUNT_AFTER.match(after))


@rule(RULES, rf"{MOD_RE}(?P<fy>fiscal\s+|the\s+year\s+|calendar\s+)?(?P<y>{Y})(?!s|[.]\d|\s*[-/:]\s*\d)", priority=1, keys="year")
def bare_year(m: re.Match, ctx: Ctx) -> Norm | None:
    if year_is_name(ctx.text, m.start("y"), m.end("y")) and not (m["fy"] or m["mod"]):
        return None
    iv = cal.year(int(m["y"]))
    mod = mod_of(m)
    return absolute(ctx, narrow(iv, mod), cal.interval_value(iv), mod)


_WORD_TENS = r"(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_WORD_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"


@rule(RULES, rf"(?P<c>nineteen|twenty)[- ](?P<t>{_WORD_TENS})(?:[- ](?P<o>{_WORD_ONES}))?", priority=2, keys="spoken")
def spoken_year(m: re.Match, ctx: Ctx) -> Norm | None:
    """'nineteen ninety-six' as said on air."""
    y = 100 * int(lx.NUMBERS[m["c"].lower()]) + int(lx.NUMBERS[m["t"].lower()])
    y += int(lx.NUMBERS[m["o"].lower()]) if m["o"] else 0
    return absolute(ctx, cal.year(y))


@rule(RULES, r"(?:the\s+)?year\s+two\s+thousand", priority=2, keys="unit")
def year_two_thousand(m: re.Match, ctx: Ctx) -> Norm:
    return absolute(ctx, cal.year(2000))


@rule(RULES, rf"(?:the\s+)?{MOD_RE}(?:(?P<c>1[5-9]|20)(?P<d>\d)0|['’](?P<s>\d)0)'?s", priority=3, keys="decade")
def decade(m: re.Match, ctx: Ctx) -> Norm:
    """'the 1990s', "the '90s" (an apostrophe for the century is a decade, not a quote)."""
    start = int(m["c"] + m["d"] + "0") if m["c"] else _short_decade(int(m["s"]), ctx)
    iv, mod = cal.decade(start), mod_of(m)
    return absolute(ctx, narrow(iv, mod), f"{start // 10}", mod)


def _short_decade(d: int, ctx: Ctx) -> int:
    # "'90s" is the most recent such decade before the publication
    ref = ctx.published.latest or ctx.published.earliest or dt.date(2000, 1, 1)
    start = (ref.year // 100) * 100 + 10 * d
    return start - 100 if start > ref.year else start


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


@rule(RULES, rf"the\s+{MOD_RE}(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)", priority=2, keys="decadeword")
def decade_words(m: re.Match, ctx: Ctx) -> Norm | None:
    if re.match(r"\s+(?:of|in)\b", ctx.after(5)) or re.search(r"\b(?:in|into|her|his|their)\s+$", ctx.before(8)):
        return None  # "in her forties" is an age range, not a decade
    start = _short_decade(_DECADE_WORDS[m["w"].lower()], ctx)
    iv, mod = cal.decade(start), mod_of(m)
    return absolute(ctx, narrow(iv, mod), f"{start // 10}", mod)


@rule(RULES, rf"(?:the\s+)?{MOD_RE}(?P<s>{lx.SEASON_RE})(?:\s+of)?,?\s+(?P<y>{Y})", priority=4, keys="season")
def season_year(m: re.Match, ctx: Ctx) -> Norm:
    y, code = int(m["y"]), lx.SEASONS[m["s"].lower()]
    return absolute(ctx, cal.season(y, code), f"{y}-{code}", mod_of(m))


@rule(RULES, rf"(?P<h>{lx.HOLIDAY_RE})(?:\s+of)?,?\s+(?P<y>{Y})", priority=4, keys="holiday")
def holiday_year(m: re.Match, ctx: Ctx) -> Norm | None:
    d = lx.holiday(m["h"], int(m["y"]))
    return absolute(ctx, cal.day(d)) if d else None


_ORD = r"(?P<o>first|second|third|fourth|1st|2nd|3rd|4th|final|last)"


@rule(RULES, rf"(?:the\s+|a\s+\w+\s+)?{_ORD}[- ]quarter(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?(?P<y>{Y}))?", priority=3, keys="quarter")
def quarter(m: re.Match, ctx: Ctx) -> Norm | None:
    """'the third quarter (of 1989)', 'third-quarter': without a year, the publication's year."""
    q = lx.ORDINALS[m["o"].lower()]
    q = 4 if q == -1 else q
    ref = ctx.published.earliest
    y = int(m["y"]) if m["y"] else (ref.year if ref else None)
    if y is None:
        return Norm("DATE", f"XXXX-Q{q}", None, "month")
    return absolute(ctx, cal.quarter(y, q), f"{y}-Q{q}")


@rule(RULES, rf"(?:the\s+)?(?P<y>{Y})(?:'s)?\s+{_ORD}[- ]quarter", priority=4, keys="year")
def year_s_quarter(m: re.Match, ctx: Ctx) -> Norm:
    q = lx.ORDINALS[m["o"].lower()] % 5
    return absolute(ctx, cal.quarter(int(m["y"]), q), f"{m['y']}-Q{q}")


@rule(RULES, rf"the\s+(?P<y>{Y})\s+(?:quarter|period)", priority=4, keys="year")
def year_period(m: re.Match, ctx: Ctx) -> Norm:
    """'the 1988 quarter' in a quarterly report: the reported quarter of that year."""
    q = ctx.memory.get("quarter")
    if not q:
        return absolute(ctx, cal.year(int(m["y"])))
    return absolute(ctx, cal.quarter(int(m["y"]), q), f"{m['y']}-Q{q}")


@rule(RULES, rf"(?:the\s+)?(?P<h>first|second)\s+half\s+of\s+(?P<y>{Y})", priority=4, keys="year")
def half_year(m: re.Match, ctx: Ctx) -> Norm:
    h, y = (1 if m["h"].lower() == "first" else 2), int(m["y"])
    iv = cal.quarter(y, 2 * h - 1)
    iv = type(iv)(iv.earliest, cal.quarter(y, 2 * h).latest, "month", iv.text)
    return absolute(ctx, iv, f"{y}-H{h}")


@rule(RULES, r"(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century", priority=3, keys="unit")
def century_(m: re.Match, ctx: Ctx) -> Norm | None:
    c = int(m["n"]) - 1
    if c < 1:  # the first century has no year 0 in the calendar; nothing news dates by it
        return None
    return absolute(ctx, cal.century(100 * c), f"{c:02d}")
