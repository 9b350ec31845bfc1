"""Calendar arithmetic: the spans of months, weeks, quarters, seasons and other units,
moving dates by calendar units, and the days named holidays fall on. Knows no words."""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import date, timedelta

from timeline.model import Granularity, Mod

# Finest first: a relation in some unit anchors only to dates at least that precise.
GRANULARITY_ORDER: tuple[Granularity, ...] = (
    "time",
    "day",
    "week",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
)


Span = tuple[date, date]


def month_span(year: int, month: int) -> Span:
    """First and last day of a month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def year_span(year: int) -> Span:
    """First and last day of a year."""
    return date(year, 1, 1), date(year, 12, 31)


def week_span(day: date) -> Span:
    """Monday and Sunday of the ISO week holding ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def week_value(day: date) -> str:
    """TIMEX3 value of the ISO week holding ``day``, e.g. ``2025-W48``."""
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def quarter_span(year: int, quarter: int) -> Span:
    """First and last day of a calendar quarter (1..4)."""
    first = 3 * (quarter - 1) + 1
    return month_span(year, first)[0], month_span(year, first + 2)[1]


def season_span(year: int, first_month: int) -> Span:
    """A northern meteorological season starting in ``first_month`` of ``year``."""
    last_year, last_month = shift_month(year, first_month, 2)
    return date(year, first_month, 1), month_span(last_year, last_month)[1]


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """The (year, month) ``months`` after (or before, if negative) the given one."""
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def shift_years(day: date, years: int) -> date:
    """Same day ``years`` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def narrow(span: Span, granularity: Granularity, mod: Mod, *, edge: bool = False) -> Span:
    """Keep the early (START), middle (MID) or late (END) part of a span.

    Months: days 1–10, 11–20, 21–end. Weeks: Mon–Tue, Wed–Thu, Fri–Sun. Longer units:
    thirds by whole months (a year: Jan–Apr, May–Aug, Sep–Dec). Days stay whole. The
    ``edge`` of a year ("the start of") is its first month.
    """
    if mod not in ("START", "MID", "END") or granularity in ("day", "time"):
        return span
    first, last = span
    if edge and granularity == "year" and mod == "START":
        return month_span(first.year, first.month)
    if granularity == "month":
        cuts = (first.replace(day=10), first.replace(day=20))
        return {
            "START": (first, cuts[0]),
            "MID": (cuts[0] + timedelta(days=1), cuts[1]),
            "END": (cuts[1] + timedelta(days=1), last),
        }[mod]
    if granularity == "week":
        offsets = {"START": (0, 1), "MID": (2, 3), "END": (4, 6)}[mod]
        return first + timedelta(days=offsets[0]), first + timedelta(days=offsets[1])
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    third = max(1, months // 3)
    index = {"START": 0, "MID": 1, "END": 2}[mod]
    start_year, start_month = shift_month(first.year, first.month, index * third)
    if mod == "END":
        return month_span(start_year, start_month)[0], last
    end_year, end_month = shift_month(start_year, start_month, third - 1)
    return month_span(start_year, start_month)[0], month_span(end_year, end_month)[1]


def weekend_beside(day: date) -> tuple[Span, str]:
    """The weekend beside ``day``, the day included ("Memorial Day weekend", "the
    weekend of June 6"): a day early in the week closes the weekend before it, a later
    one opens the weekend after it. Its span and TIMEX3 value."""
    saturday = day + timedelta(days=5 - day.weekday())
    if day.weekday() < 2:  # a Monday or Tuesday ends a long weekend
        saturday -= timedelta(weeks=1)
    start, end = min(day, saturday), max(day, saturday + timedelta(days=1))
    return (start, end), week_value(saturday) + "-WE"


def unit_span(unit: str, day: date, shift: int) -> tuple[Span, str, Granularity]:
    """The calendar unit holding ``day``, moved by ``shift`` units: span, value, granularity."""
    if unit in ("week", "weekend"):
        monday = week_span(day)[0] + timedelta(weeks=shift)
        if unit == "weekend":
            saturday = monday + timedelta(days=5)
            return (saturday, saturday + timedelta(days=1)), week_value(monday) + "-WE", "week"
        return week_span(monday), week_value(monday), "week"
    if unit == "month":
        year, number = shift_month(day.year, day.month, shift)
        return month_span(year, number), f"{year:04d}-{number:02d}", "month"
    if unit == "quarter":
        year, number = shift_month(day.year, (day.month - 1) // 3 * 3 + 1, 3 * shift)
        q = (number - 1) // 3 + 1
        return quarter_span(year, q), f"{year:04d}-Q{q}", "quarter"
    if unit == "decade":
        first = day.year // 10 * 10 + 10 * shift
        return (date(first, 1, 1), date(first + 9, 12, 31)), f"{first // 10:03d}", "decade"
    if unit == "century":
        first = day.year // 100 * 100 + 100 * shift
        return (date(first, 1, 1), date(first + 99, 12, 31)), f"{first // 100:02d}", "century"
    if unit == "day":
        moved = day + timedelta(days=shift)
        return (moved, moved), moved.isoformat(), "day"
    year = day.year + shift
    return year_span(year), f"{year:04d}", "year"


def shift_date(day: date, unit: str, steps: int) -> date:
    """``day`` moved by ``steps`` calendar units (day, week, month, quarter, year, ...)."""
    if unit in ("day", "week", "fortnight"):
        return day + timedelta(days=steps * {"day": 1, "week": 7, "fortnight": 14}[unit])
    if unit in ("month", "quarter"):
        year, number = shift_month(day.year, day.month, steps * (3 if unit == "quarter" else 1))
        return day.replace(
            year=year, month=number, day=min(day.day, month_span(year, number)[1].day)
        )
    return shift_years(day, steps * {"decade": 10, "century": 100}.get(unit, 1))


def easter(year: int) -> date:
    """Easter Sunday of ``year`` (Gregorian calendar; anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    m = (a + 11 * h) // 319
    r = (2 * e + 2 * i - k - h + m + 32) % 7
    month = (h - m + r + 90) // 25
    return date(year, month, (h - m + r + month + 19) % 32)


def orthodox_easter(year: int) -> date:
    """Orthodox Easter Sunday of ``year``: the Julian computus (Meeus), given as a date
    of the Gregorian calendar."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian_lag = year // 100 - year // 400 - 2  # days the Julian calendar lags behind
    return date(year, month, day + 1) + timedelta(days=julian_lag)


def holiday_date(spec: Mapping[str, int], year: int) -> date:
    """The day a holiday falls on in ``year`` (see [holidays] in the lexicon)."""
    if "easter" in spec:
        return easter(year) + timedelta(days=spec["easter"])
    if "orthodox_easter" in spec:
        return orthodox_easter(year) + timedelta(days=spec["orthodox_easter"])
    if "day" in spec:
        return date(year, spec["month"], spec["day"])
    if spec["nth"] < 0:
        last = month_span(year, spec["month"])[1]
        return last - timedelta(days=(last.weekday() - spec["weekday"]) % 7)
    first = date(year, spec["month"], spec["first_day"])
    first += timedelta(days=(spec["weekday"] - first.weekday()) % 7)
    return first + timedelta(weeks=spec["nth"] - 1)
