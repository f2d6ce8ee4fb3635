"""Calendar arithmetic on days, months, quarters, seasons and ISO weeks."""
from __future__ import annotations

import calendar as _cal
import datetime as dt
from collections.abc import Callable

from ...model import Granularity, Interval

Date = dt.date
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # WI runs into next year


def month_end(year: int, month: int) -> Date:
    return Date(year, month, _cal.monthrange(year, month)[1])


def add_months(d: Date, months: int) -> Date:
    """Shift by calendar months, clamping the day (Jan 31 + 1 month = Feb 28/29)."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return Date(year, month, min(d.day, _cal.monthrange(year, month)[1]))


def add_years(d: Date, years: int) -> Date:
    return add_months(d, 12 * years)


def shift(d: Date, years: int = 0, months: int = 0, days: int = 0) -> Date:
    return add_months(d, 12 * years + months) + dt.timedelta(days=days)


def day(d: Date, text: str = "") -> Interval:
    return Interval(d, d, "day", text)


def month(year: int, m: int, text: str = "") -> Interval:
    return Interval(Date(year, m, 1), month_end(year, m), "month", text)


def year(y: int, text: str = "") -> Interval:
    return Interval(Date(y, 1, 1), Date(y, 12, 31), "year", text)


def decade(start: int, text: str = "") -> Interval:
    return Interval(Date(start, 1, 1), Date(start + 9, 12, 31), "decade", text)


def century(start: int, text: str = "") -> Interval:
    return Interval(Date(start, 1, 1), Date(start + 99, 12, 31), "century", text)


def quarter(y: int, q: int, text: str = "") -> Interval:
    # granularity has no "quarter": a quarter is three months, reported as month-level
    first = 3 * q - 2
    return Interval(Date(y, first, 1), month_end(y, first + 2), "month", text)


def season(y: int, code: str, text: str = "") -> Interval:
    lo, hi = SEASON_MONTHS[code]
    end_year, end_month = (y + 1, hi - 12) if hi > 12 else (y, hi)
    return Interval(Date(y, lo, 1), month_end(end_year, end_month), "season", text)


def iso_week(d: Date, text: str = "") -> Interval:
    monday = d - dt.timedelta(days=d.weekday())
    # a week is finer than a month but coarser than a day: keep "day" bounds, granularity "day"
    return Interval(monday, monday + dt.timedelta(days=6), "day", text)


def week_value(d: Date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def current_quarter(d: Date) -> int:
    return (d.month - 1) // 3 + 1


def last_completed_quarter(d: Date) -> tuple[int, int]:
    """The quarter a company reports on at date d (the one before the current one)."""
    q = current_quarter(d) - 1
    return (d.year, q) if q else (d.year - 1, 4)


def season_of(d: Date) -> tuple[int, str]:
    if d.month == 12:
        return d.year, "WI"
    if d.month <= 2:
        return d.year - 1, "WI"
    code = next(c for c, (lo, hi) in SEASON_MONTHS.items() if lo <= d.month <= hi)
    return d.year, code


def widen(a: Interval | None, b: Interval | None, granularity: Granularity | None = None) -> Interval | None:
    """The smallest interval covering both (the uncertainty of a range of publication dates)."""
    if a is None or b is None or a.earliest is None or b.latest is None:
        return None
    return Interval(min(a.earliest, b.earliest), max(a.latest, b.latest),
                    granularity or a.granularity, a.text)


def shift_interval(iv: Interval, lo: tuple[int, int, int], hi: tuple[int, int, int]) -> Interval:
    """Move an interval by an offset known to lie between `lo` and `hi` (years, months, days)."""
    earliest = shift(iv.earliest, *lo) if iv.earliest else None
    latest = shift(iv.latest, *hi) if iv.latest else None
    if iv.granularity == "year" and earliest and latest:
        earliest, latest = Date(earliest.year, 1, 1), Date(latest.year, 12, 31)
    return Interval(earliest, latest, iv.granularity, iv.text)


def interval_value(iv: Interval) -> str:
    """A TIMEX3 value for an interval at its granularity (a decade is its 3 digits: '198')."""
    d = iv.earliest
    if d is None:
        return "XXXX"
    formats: dict[str, Callable[[Date], str]] = {
        "day": lambda x: x.isoformat(), "month": lambda x: f"{x.year:04d}-{x.month:02d}",
        "year": lambda x: f"{x.year:04d}", "decade": lambda x: f"{x.year // 10:03d}",
        "century": lambda x: f"{x.year // 100:02d}XX"}
    return formats.get(iv.granularity, lambda x: x.isoformat())(d)


def easter(y: int) -> Date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    mo, da = divmod(h + l_ - 7 * m + 114, 31)
    return Date(y, mo, da + 1)


def nth_weekday(y: int, m: int, weekday: int, n: int) -> Date:
    """The n-th given weekday (0 = Monday) of a month; n = -1 for the last one."""
    if n < 0:
        last = month_end(y, m)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = Date(y, m, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
