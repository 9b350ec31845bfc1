"""Place temporal expressions on the calendar.

Calendar arithmetic (spans of units, moving dates, holidays) is in
:mod:`timeline.calendar_spans`, the tense of a clause in :mod:`timeline.tense`, and what
a strategy sees and says (:class:`~timeline.placing.Context`,
:class:`~timeline.placing.Placement`) in :mod:`timeline.placing`.

:func:`find_dates` is the public entry point: it finds expressions with
:mod:`timeline.mentions` and gives each a TIMEX3 ``value``, an inclusive date interval,
a granularity, a mod and what it was anchored to. Each grammar rule has one small
strategy here (``STRATEGIES``, in grammar order). The only reference date is the
publication date passed in; the machine's clock is never read.

Relational expressions ("the day after the briefing", "that year") are placed in a
second pass, anchored to the latest fitting date told before them in the same text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from functools import cache

from timeline.calendar_spans import (
    Span,
    holiday_date,
    month_span,
    narrow,
    quarter_span,
    season_span,
    shift_date,
    shift_month,
    shift_years,
    unit_span,
    year_span,
)
from timeline.errors import OptionError
from timeline.lexicon import Lexicon, languages, load_lexicon
from timeline.mentions import Found, find_mentions
from timeline.model import Anchor, Granularity, Mention, Mod
from timeline.placing import (
    DAY_PENALTY,
    MONTH_PENALTY,
    QUOTES,
    SMALLER_UNIT,
    TENSE_OF_FUZZY,
    UP_TO_NOW,
    Context,
    Placement,
    Strategy,
    choose,
    day_of_month,
    day_placement,
    duration_value,
    granularity_of,
    is_quoted,
    month_day_year,
    position_mod,
    relative_year,
    singular_unit,
    time_of_day,
    up_to_now,
    weekday_date,
    weekday_tense,
    written_amount,
    year_in_words,
)
from timeline.text import sentence_spans, unwrap

# ----------------------------------------------------------------------------- choice


# ----------------------------------------------------------------------------- context


_FOUR_DIGITS = re.compile(r"\d{4}")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_OFFSET_SIGNAL = re.compile(r"\s+(?P<signal>after|before)\b", re.IGNORECASE)
_ENDED = re.compile(r"\s+(?:ended|ending|that\s+ended)\b")


# ----------------------------------------------------------------------------- strategies


def _year_of_two_digits(digits: str, dct: date) -> int:
    if len(digits) == 4:
        return int(digits)
    number = int(digits)
    options = (1900 + number, 2000 + number)
    return min(options, key=lambda year: (abs(year - dct.year), -year))


def absolute_date(found: Found, ctx: Context) -> Placement | None:
    """ISO ("2025-12-02") and numeric dates, as written: month first with slashes
    ("12/02/2025"), day first when the first number is no month ("24/11/2025") or with
    dots ("24.11.2025")."""
    parts = found.parts
    prefix = "d" if "dday" in parts else "p" if "pday" in parts else ""
    if prefix:
        year, month_number = parts[prefix + "year"], parts[prefix + "month"]
    else:
        year, month_number = parts["year"], parts["month_num"]
    day_number = parts[prefix + "day"]
    try:
        day = date(_year_of_two_digits(year, ctx.dct), int(month_number), int(day_number))
    except ValueError:
        return None
    return day_placement(day, "absolute")


def weekday(found: Found, ctx: Context) -> Placement:
    """A weekday: the nearest such day on or before DCT in the past tense, on or after
    it in the future tense; "last"/"next" look strictly before/after; "the previous
    Friday" / "the following Monday" count from the latest day told before."""
    parts = found.parts
    fuzzy = parts.get("fuzzy", "")
    if parts.get("rel") in ctx.lexicon.weekday_relations:
        base, anchor = ctx.anchor(found, "day")
        step = ctx.lexicon.weekday_relations[parts["rel"]]
        day = base + timedelta(days=step)
        while day.weekday() != ctx.lexicon.weekday(parts["weekday"]):
            day += timedelta(days=step)
        return day_placement(day, anchor, position_mod(fuzzy, ctx.lexicon))
    tense = TENSE_OF_FUZZY.get(fuzzy) or weekday_tense(found, ctx)
    if "beforelast" in parts:  # "the Sunday before last": the one before last Sunday
        base = weekday_date(ctx.lexicon.weekday(parts["weekday"]), ctx, "past", "last")
        return day_placement(base - timedelta(days=7), "dct")
    day = weekday_date(ctx.lexicon.weekday(parts["weekday"]), ctx, tense, parts.get("rel", ""))
    # "Sunday morning" is placed on the day: the part of the day adds nothing a
    # timeline of days can show.
    return day_placement(day, "dct", position_mod(fuzzy, ctx.lexicon))


def month_day(found: Found, ctx: Context) -> Placement | None:
    """Month and day ("December 4", "4 December 2025"); without a year, the year that
    fits the tense, closest to DCT."""
    parts = found.parts
    placement = month_day_year(found, ctx, ctx.lexicon.month(parts["month"]), day_of_month(parts))
    if placement is None:
        return None
    if "weekof" in parts and placement.start is not None:  # "the week of March 6"
        span, value, granularity = unit_span("week", placement.start, 0)
        return Placement(value, *span, granularity, "", placement.anchor)
    mod = position_mod(parts.get("fuzzy"), ctx.lexicon) or ctx.lexicon.modifiers.get(
        parts.get("fuzzy", ""), ""
    )
    return replace(placement, mod=mod)


def day_alone(found: Found, ctx: Context) -> Placement | None:
    """A day of the month alone ("on the 24th"): in the month of the latest date told
    before it, else the nearest such day in the tense's direction from DCT."""
    number = day_of_month(found.parts)
    told = ctx.told_before(found, "month")
    if told is not None and told.start is not None:
        try:
            return day_placement(told.start.replace(day=number), "text")
        except ValueError:
            return None
    options: list[tuple[Span, str]] = []
    for shift in (-2, -1, 0, 1, 2):  # two months each way: a 31st may skip one
        year, month_number = shift_month(ctx.dct.year, ctx.dct.month, shift)
        try:
            day = date(year, month_number, number)
        except ValueError:
            continue
        options.append(((day, day), day.isoformat()))
    (day, _), _ = choose(options, ctx.dct, ctx.tense(found), penalty_days=DAY_PENALTY)
    return day_placement(day, "dct")


def month(found: Found, ctx: Context) -> Placement:
    """A month alone ("in March", "back in August", "late November", "May 2024")."""
    parts = found.parts
    number = ctx.lexicon.month(parts["month"])
    mod = position_mod(parts.get("fuzzy"), ctx.lexicon)
    year = relative_year(parts, ctx)
    anchor: Anchor = "absolute" if "year" in parts or "syear" in parts else "dct"
    if year is None:
        rel = parts.get("rel", "")
        this_month = (ctx.dct.year, ctx.dct.month)
        if rel == "this":
            year = ctx.dct.year
        elif rel in ("last", "this past"):
            year = ctx.dct.year if (ctx.dct.year, number) < this_month else ctx.dct.year - 1
        elif rel in ("next", "this coming"):
            year = ctx.dct.year if (ctx.dct.year, number) > this_month else ctx.dct.year + 1
        else:
            tense = "past" if "back" in parts else ctx.tense(found)
            options = [
                (month_span(y, number), str(y))
                for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
            ]
            year = int(choose(options, ctx.dct, tense, penalty_days=MONTH_PENALTY)[1])
    span = narrow(month_span(year, number), "month", mod)
    return Placement(f"{year}-{number:02d}", *span, "month", mod, anchor)


def season(found: Found, ctx: Context) -> Placement:
    """A season ("throughout the summer", "last fall", "winter 2024")."""
    parts = found.parts
    spec = ctx.lexicon.seasons[parts["season"]]
    mod = position_mod(parts.get("fuzzy") or parts.get("fuzzy2"), ctx.lexicon)
    written = relative_year({k: v for k, v in parts.items() if k in ("year", "syear")}, ctx)
    anchor: Anchor = "absolute" if written is not None else "dct"
    options = [
        (season_span(y, spec.first_month), str(y))
        for y in (ctx.dct.year - 2, ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
    ]
    rel = parts.get("rel", "")
    if written is not None:
        year = written
    elif rel == "this":
        current = [option for option in options if option[0][0] <= ctx.dct <= option[0][1]]
        year = int(current[0][1]) if current else ctx.dct.year
    elif rel in ("last", "this past"):
        past = [option for option in options if option[0][1] < ctx.dct]
        year = int(past[-1][1])
    elif rel in ("next", "this coming"):
        future = [option for option in options if option[0][0] > ctx.dct]
        year = int(future[0][1])
    else:
        tense = "past" if "back" in parts else ctx.tense(found)
        year = int(choose(options, ctx.dct, tense, penalty_days=MONTH_PENALTY)[1])
    span = narrow(season_span(year, spec.first_month), "season", mod)
    return Placement(f"{year}-{spec.code}", *span, "season", mod, anchor)


def year(found: Found, ctx: Context) -> Placement:
    """A year as written ("2022", "mid-2024", "fiscal 1989", "2026 and beyond")."""
    parts = found.parts
    number = int(parts["year"])
    mod = position_mod(parts.get("fuzzy"), ctx.lexicon)
    if not mod and "open" in parts:
        mod = "ON_OR_BEFORE" if "earlier" in parts["open"] else "ON_OR_AFTER"
    span = narrow(year_span(number), "year", mod)
    return Placement(str(number), *span, "year", mod, "absolute")


def bc_year(found: Found, ctx: Context) -> Placement:
    """A year before the common era ("490 BC" -> BC0490): before the calendar's first
    year, so never placed on it."""
    return Placement(f"BC{int(found.parts['bcyear']):04d}", granularity="year", anchor="absolute")


def decade(found: Found, ctx: Context) -> Placement:
    """A decade ("the 1990s", "the late '80s"): TIMEX3 value of its first three digits."""
    parts = found.parts
    if "decade" in parts:
        first = int(parts["decade"])
        anchor: Anchor = "absolute"
    else:
        short = (
            int(parts["short"]) if "short" in parts else ctx.lexicon.decades[parts["word"]] % 100
        )
        century = ctx.dct.year // 100 * 100
        first = century + short if century + short <= ctx.dct.year else century - 100 + short
        anchor = "dct"
    mod = position_mod(parts.get("fuzzy"), ctx.lexicon)
    span = narrow((date(first, 1, 1), date(first + 9, 12, 31)), "decade", mod)
    return Placement(f"{first // 10}", *span, "decade", mod, anchor)


def century(found: Found, ctx: Context) -> Placement:
    """An ordinal century ("the 20th century" -> 19, 1900..1999)."""
    first = (int(found.parts["ordinal"]) - 1) * 100
    return Placement(
        f"{first // 100:02d}",
        date(first, 1, 1),
        date(first + 99, 12, 31),
        "century",
        "",
        "absolute",
    )


def _last_complete_quarter(day: date) -> tuple[int, int]:
    year, number = shift_month(day.year, (day.month - 1) // 3 * 3 + 1, -3)
    return year, (number - 1) // 3 + 1


def _comparison_parts(parts: Mapping[str, str]) -> Mapping[str, str]:
    """The parts of a compared period told after its noun ("the quarter a year ago",
    "last year's quarter") under the names of "the year-ago quarter"."""
    renamed = {"ago2": "ago", "ago3": "ago", "period2": "period", "period3": "period"}
    renamed |= {"ordinal2": "ordinal"}
    return {renamed.get(name, name): value for name, value in parts.items()}


def quarter(found: Found, ctx: Context) -> Placement:
    """A quarter ("the third quarter", "Q3 2025", "fourth-quarter", "the year-ago
    quarter", "the 1988 period"). Without a number, a quarter in a report is the
    last complete one before DCT; without a year, the nearest such quarter."""
    parts = _comparison_parts(found.parts)
    written = parts.get("year") or parts.get("pyear") or parts.get("qyear")
    det = parts.get("det", "")
    latest_year, latest_number = _last_complete_quarter(ctx.dct)
    if "q" in parts:
        number = int(parts["q"])
    elif "ordinal" in parts:
        number = ctx.lexicon.ordinals[parts["ordinal"]]
    else:
        number = latest_number
    anchor: Anchor = "absolute" if written else "dct"
    if written:
        year = int(written)
    elif det.endswith("year's") or "qrel" in parts:
        relation = parts.get("qrel") or det.split()[0]
        year = ctx.dct.year + {"this": 0, "next": 1, "last": -1}[relation]
    elif "ordinal" not in parts and "q" not in parts:
        year = latest_year
    elif "fiscal" in parts or "fiscal2" in parts:
        # Fiscal years do not follow the calendar: a fiscal quarter is told in the
        # fiscal year named after the publication year.
        year = ctx.dct.year
    else:
        options = [
            (quarter_span(y, number), str(y))
            for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
        ]
        # Quarters are told around their results: the nearest one, whatever the tense.
        year = int(choose(options, ctx.dct, "unknown", penalty_days=0)[1])
    if "ago" in parts:
        if "period" not in parts and "ordinal" not in parts:
            # "year-earlier net income": the quarter in focus a year before, if the
            # text told one, else the year before.
            focus = _quarter_told_before(found, ctx)
            if focus is not None:
                return focus
            return Placement(str(ctx.dct.year - 1), *year_span(ctx.dct.year - 1), "year", "", "dct")
        year -= 1
    return Placement(f"{year}-Q{number}", *quarter_span(year, number), "quarter", "", anchor)


def _quarter_told_before(found: Found, ctx: Context) -> Placement | None:
    """The compared quarter for "year-earlier results": the latest quarter told before,
    a year back, or that quarter itself if it was told as the compared one."""
    for earlier, placement in reversed(ctx.placed):
        if earlier.start >= found.start or placement.start is None:
            continue
        if placement.granularity != "quarter" or placement.type in ("DURATION", "SET"):
            continue
        if earlier.rule in _COMPARED:
            return replace(placement, anchor="text")
        span, value, _ = unit_span("quarter", shift_years(placement.start, -1), 0)
        return Placement(value, *span, "quarter", "", "text")
    return None


def half(found: Found, ctx: Context) -> Placement:
    """A half year ("the first half of 2024", "the second half of this year")."""
    parts = found.parts
    number = 1 if parts["half"] == "first" else 2
    year = relative_year(parts, ctx) or ctx.dct.year
    anchor: Anchor = "absolute" if "year" in parts else "dct"
    first_month = 1 if number == 1 else 7
    span = month_span(year, first_month)[0], month_span(year, first_month + 5)[1]
    return Placement(f"{year}-H{number}", *span, "half", "", anchor)


def unit_relative(found: Found, ctx: Context) -> Placement | None:
    """Calendar units around DCT ("last week", "this year", "earlier this month",
    "the end of next year"); "the following year" anchors to a date told before."""
    parts = found.parts
    unit, rel, fuzzy = parts["unit"], parts["rel"], parts.get("fuzzy", "")
    if rel == "the" and unit == "year" and _ends_on_a_date(found, ctx):
        # "the year ended March 31": twelve months up to a date, not a calendar year.
        return Placement("P1Y", anchor="none", type="DURATION")
    if unit == "quarter" and rel in ("the", "the latest", "the past", "past"):
        return quarter(found, ctx)
    if rel == "the" and not fuzzy and unit not in ("weekend", "year"):
        return None
    if rel in ("the past", "past", "the next", "the coming") and unit in ("decade", "century"):
        # "over the next decade", "the past century": a length, not a calendar decade
        value = duration_value(1, unit, ctx.lexicon)
        return Placement(value, anchor="none", type="DURATION")
    if rel in ("the past", "past") and not fuzzy and unit in ("week", "month"):
        # "the past week": the seven days up to now; "the past year" stays the
        # calendar year before, as TimeML corpora mark it.
        return up_to_now(1, unit, ctx)
    anchor: Anchor = "dct"
    base = ctx.dct
    if rel in ctx.lexicon.relational_shifts:
        base, anchor = ctx.anchor(found, granularity_of(unit))
        shift = ctx.lexicon.relational_shifts[rel]
    else:
        shift = ctx.lexicon.shifts[rel]
    if unit == "weekend" and rel == "the":
        tense = ctx.tense(found)
        shift = 0 if (ctx.dct.weekday() >= 5 or tense == "future") else -1
    span, value, granularity = unit_span(unit, base, shift)
    mod = position_mod(fuzzy, ctx.lexicon)
    if fuzzy in ("earlier", "later") and shift == 0 and anchor == "dct":
        first, last = span
        if fuzzy == "earlier":
            span = (first, max(first, min(last, ctx.dct - timedelta(days=1))))
        else:
            span = (min(last, max(first, ctx.dct + timedelta(days=1))), last)
    else:
        span = narrow(span, granularity, mod)
    return Placement(value, *span, granularity, mod, anchor)


def _ends_on_a_date(found: Found, ctx: Context) -> bool:
    return _ENDED.match(ctx.text, found.end, found.end + 20) is not None


def unit_edge(found: Found, ctx: Context) -> Placement:
    """ "year-end", "month's end": the end (or start) of DCT's unit."""
    parts = found.parts
    mod: Mod = "END" if parts["edge"] == "end" else "START"
    span, value, granularity = unit_span(parts["unit"], ctx.dct, 0)
    return Placement(value, *narrow(span, granularity, mod), granularity, mod, "dct")


def _speech_day(found: Found, ctx: Context) -> tuple[date, Anchor]:
    """The day a quotation was spoken, for "today" or "this morning" inside it: the
    day named outside the quotation in its sentence ('On Saturday, the governor said:
    "A drone hit the plant this morning."'), else DCT."""
    first, last = ctx.sentence_of(found)
    quotes = [match.start() for match in QUOTES.finditer(ctx.text, first, last)]
    opened = [at for at in quotes if at < found.start]
    if len(opened) % 2 == 0:
        return ctx.dct, "dct"
    inside = (opened[-1], next((at for at in quotes if at > found.start), last))
    days = [
        placement.start
        for other, placement in ctx.placed
        if first <= other.start < last
        and not inside[0] < other.start < inside[1]
        and placement.granularity in ("day", "time")
        and placement.start is not None
    ]
    return (days[-1], "text") if days else (ctx.dct, "dct")


def deictic(found: Found, ctx: Context) -> Placement:
    """ "yesterday", "today", "tonight", "this morning", "last night": days from DCT;
    "overnight": the night before the day named in its sentence, else before DCT."""
    parts = found.parts
    base, anchor = _speech_day(found, ctx)
    if "ppart" in parts:
        offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[parts["prel"]]
        day = base + timedelta(days=offset)
        return time_of_day(day_placement(day, anchor), ctx.lexicon.parts_of_day[parts["ppart"]])
    word = parts["deictic"]
    if word == "overnight":  # the night before the day in focus, which spans two dates
        day, anchor = ctx.day_in_sentence(found)
        night = time_of_day(day_placement(day - timedelta(days=1), anchor), "NI")
        return replace(night, end=day)
    day = base + timedelta(days=ctx.lexicon.deictic_days[word])
    placement = day_placement(day, anchor, position_mod(parts.get("fuzzy"), ctx.lexicon))
    code = ctx.lexicon.parts_of_day.get(parts.get("part", ""))
    return time_of_day(placement, "NI" if word == "tonight" and code is None else code)


# A period reached by a distance is a point of comparison, never the focus.
_COMPARED = frozenset({"ago", "year_ago_quarter"})
_SHIFTABLE: tuple[Granularity, ...] = ("day", "week", "month", "quarter", "year", "decade")


def ago(found: Found, ctx: Context) -> Placement:
    """ "two days ago", "a week later", "a year earlier": a distance from a date.

    "ago" counts from DCT at the precision of the unit ("two weeks ago" is a week).
    "earlier"/"later", and "ago" in a comparison ("up from $5 million a year ago"),
    count from the date in focus: the latest date told before (in the same sentence
    if there is one), keeping its precision ("third-quarter profit ... from a year
    earlier" is the third quarter a year before).
    """
    parts = found.parts
    unit = singular_unit(parts["unit"])
    amount = written_amount(parts, "num", ctx.lexicon)
    direction = parts["dir"]
    sign = -1 if direction in ("ago", "earlier") else 1
    mod: Mod = "APPROX" if parts.get("fuzzy") else ""
    if amount is None or ctx.lexicon.units[unit].time:
        if direction in ("earlier", "later"):
            # "an hour later", "a few days later": too fine or too vague to move a day
            # by, so a length of time (TimeML), not a date after the publication date.
            value = duration_value(amount, unit, ctx.lexicon)
            return Placement(value, mod=mod, anchor="none", type="DURATION")
        return Placement("PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod, anchor="none")
    if amount != int(amount) and unit in SMALLER_UNIT:
        # "a year and a half ago", "half a century ago": count in the next smaller unit
        smaller, size = SMALLER_UNIT[unit]
        unit, amount = smaller, amount * size
    unit_granularity = granularity_of("week" if unit == "fortnight" else unit)
    skip = _COMPARED
    told = None
    if direction in ("earlier", "later"):
        told = ctx.told_before(
            found, unit_granularity, same_sentence=True, skip_rules=skip
        ) or ctx.told_before(found, unit_granularity, skip_rules=skip)
    elif unit == "year" and amount == 1 and ctx.compares(found):
        told = ctx.told_before(found, unit_granularity, skip_rules=skip)
        if told is not None and told.granularity not in ("quarter", "month"):
            told = None  # a year-on-year comparison of periods, not of events
    anchor: Anchor
    if told is not None and told.start is not None and told.granularity in _SHIFTABLE:
        base, granularity, anchor = told.start, told.granularity, "text"
    else:
        base, granularity, anchor = ctx.dct, unit_granularity, "dct"
    target = shift_date(base, unit, sign * max(1, round(amount)))
    span, value, granularity = unit_span(granularity, target, 0)
    return Placement(value, *span, granularity, mod, anchor)


def relational(found: Found, ctx: Context) -> Placement | None:
    """ "the day after the briefing", "the following day", "that year", "on the eve of":
    relative to the latest fitting date told before (else DCT)."""
    parts = found.parts
    if "eve" in parts:
        return _eve(found, ctx)
    if "dpart" in parts:  # "in the afternoon": of the day named in its sentence, if any
        day, anchor = ctx.day_in_sentence(found)
        if anchor == "dct":
            return None
        return time_of_day(day_placement(day, anchor), ctx.lexicon.parts_of_day[parts["dpart"]])
    if "unit" not in parts and "unit2" not in parts and "unit3" not in parts:
        day, anchor = ctx.day_in_sentence(found)  # "ended the day 2% higher"
        return day_placement(day, anchor)
    if "unit" in parts:
        unit, shift = parts["unit"], -1 if parts["dir"] == "before" else 1
    elif "unit2" in parts:
        unit = parts["unit2"]
        shift = 1 if parts["dir2"] in ("following", "next") else -1
    else:
        unit, shift = parts["unit3"], 0
    granularity = granularity_of(unit)
    base, anchor = ctx.anchor(found, granularity)
    span, value, granularity = unit_span(
        "weekend" if unit == "weekend" else granularity_of(unit), base, shift
    )
    mod = position_mod(parts.get("dir3", "").split(" ")[0], ctx.lexicon)
    return Placement(value, *span, granularity, mod, anchor)


def _eve(found: Found, ctx: Context) -> Placement:
    """The day before a date named right after ("on the eve of Tuesday's talks"), else
    the day already named in the same sentence ("late on Monday, on the eve of ...")."""
    first, last = ctx.sentence_of(found)
    later = [
        placement
        for other, placement in ctx.placed
        if found.end <= other.start < last and placement.granularity in ("day", "time")
    ]
    if later and later[0].start is not None:
        day = later[0].start - timedelta(days=1)
        return day_placement(day, "text")
    earlier = [
        placement
        for other, placement in ctx.placed
        if first <= other.start < found.start and placement.granularity in ("day", "time")
    ]
    if earlier and earlier[-1].start is not None:
        return day_placement(earlier[-1].start, "text")
    return Placement("XXXX-XX-XX", anchor="none")


def _offset(
    found: Found, ctx: Context, amount: float, unit: str, signal: re.Match[str]
) -> Placement | None:
    """ "a week before Christmas", "a day after the talks": a date that far from the
    date named right after the signal word, or from the date told in a sentence that
    names the same happening before ("Talks were held on November 20."); None (a length) when
    there is neither or the unit is finer than a day."""
    if ctx.lexicon.units[unit].time or amount != int(amount):
        return None
    sign = 1 if signal.group("signal").lower() == "after" else -1
    following = _HAPPENING.match(ctx.text, signal.end())
    told = None
    if following is None:  # a date named right after: "a week before Christmas"
        named = _next_word_start(ctx.text, signal.end())
        at = bisect.bisect_left(ctx.placed, named, key=_start_of)
        if at < len(ctx.placed) and ctx.placed[at][0].start == named:
            told = ctx.placed[at][1]
    else:  # the latest of the few dates told before, in a sentence naming the happening
        before = bisect.bisect_left(ctx.placed, ctx.sentence_of(found)[0], key=_start_of)
        earlier = ctx.placed[max(0, before - _HAPPENING_REACH) : before]
        for other, placement in reversed(earlier):
            first, last = ctx.sentence_of(other)
            if placement.type not in ("DURATION", "SET") and _names(
                ctx.text[first:last], following.group("noun")
            ):
                told = placement
                break
    if told is not None and told.type in ("DURATION", "SET"):
        told = None
    if told is None or told.start is None:
        return None
    day = shift_date(told.start, unit, sign * int(amount))
    return replace(day_placement(day, "text"), type="DATE")


def _start_of(item: tuple[Found, Placement]) -> int:
    return item[0].start


# How many dates told before an offset are searched for the happening it names.
_HAPPENING_REACH = 8
_HAPPENING = re.compile(
    r"\s+(?:the|his|her|their|its|this|that)\s+(?P<noun>[a-z]{3,})\b", re.IGNORECASE
)


def _names(sentence: str, noun: str) -> bool:
    """True when ``sentence`` holds ``noun`` or its singular ("the talks", "a talk")."""
    stem = noun.lower().removesuffix("s")
    return re.search(rf"\b{re.escape(stem)}s?\b", sentence, re.IGNORECASE) is not None


def _next_word_start(text: str, end: int) -> int:
    return end + len(text[end : end + 20]) - len(text[end : end + 20].lstrip())


def duration(found: Found, ctx: Context) -> Placement:
    """A length of time ("for more than a year", "nearly four-year-long", "21 months");
    never placed on the calendar, except a stretch up to the publication ("the past
    three months")."""
    parts = found.parts
    if "pastday" in parts:
        return up_to_now(1, "day", ctx)
    if "vunit" in parts:
        unit = singular_unit(parts["vunit"].split("-")[0])
        return Placement(duration_value(None, unit, ctx.lexicon), anchor="none")
    if "aunit" in parts:
        unit, amount, fuzzy = (
            parts["aunit"],
            written_amount(parts, "anum", ctx.lexicon),
            parts.get("afuzzy"),
        )
    else:
        unit, amount, fuzzy = (
            singular_unit(parts["unit"]),
            written_amount(parts, "num", ctx.lexicon),
            parts.get("fuzzy"),
        )
    mod = ctx.lexicon.modifiers.get(fuzzy or "", "")
    if amount is not None and parts.get("span") in UP_TO_NOW:
        return up_to_now(amount, unit, ctx, mod)
    signal = _OFFSET_SIGNAL.match(ctx.text, found.end)
    if signal is not None and amount is not None and "span" not in parts:
        offset = _offset(found, ctx, amount, unit, signal)
        if offset is not None:
            return offset
    return Placement(duration_value(amount, unit, ctx.lexicon), mod=mod, anchor="none")


def clock_length(found: Found, ctx: Context) -> Placement:
    """A length written as a clock ("in 3:07:35" -> PT3H7M35S); never placed."""
    hours, minutes, seconds = (int(found.parts[name]) for name in ("hours", "minutes", "seconds"))
    return Placement(f"PT{hours}H{minutes}M{seconds}S", anchor="none")


def repetition(found: Found, ctx: Context) -> Placement:
    """A set ("every week", "daily", "on Tuesdays"): TIMEX3 set value, never placed."""
    parts = found.parts
    if "word" in parts:
        return Placement(ctx.lexicon.sets[parts["word"]], anchor="none")
    if "weekdays" in parts:
        number = ctx.lexicon.weekday(parts["weekdays"]) + 1
        return Placement(f"XXXX-WXX-{number}", anchor="none")
    raw = parts.get("unit") or parts.get("funit", "")
    lowered = raw.lower()
    if raw.capitalize() in ctx.lexicon.weekdays:
        number = ctx.lexicon.weekday(raw.capitalize()) + 1
        return Placement(f"XXXX-WXX-{number}", anchor="none")
    if lowered in ctx.lexicon.parts_of_day:
        return Placement(f"XXXX-XX-XXT{ctx.lexicon.parts_of_day[lowered]}", anchor="none")
    if lowered in ctx.lexicon.seasons:
        return Placement(f"XXXX-{ctx.lexicon.seasons[lowered].code}", anchor="none")
    if raw.capitalize().rstrip(".") in ctx.lexicon.months:
        return Placement(f"XXXX-{ctx.lexicon.month(raw.capitalize()):02d}", anchor="none")
    amount = 2.0 if "other" in parts else 1.0
    return Placement(duration_value(amount, singular_unit(lowered), ctx.lexicon), anchor="none")


def reference(found: Found, ctx: Context) -> Placement:
    """ "now", "recently", "the future": PRESENT_REF/PAST_REF/FUTURE_REF, no interval,
    except spans like "in recent days" that still name the days before DCT."""
    phrase = found.parts["ref"]
    value = ctx.lexicon.references[phrase]
    days = ctx.lexicon.recent_spans.get(phrase)
    if days:
        return Placement(
            value,
            ctx.dct - timedelta(days=days),
            ctx.dct - timedelta(days=1),
            "day",
            "APPROX",
            "dct",
        )
    return Placement(value, anchor="none")


def clock_time(found: Found, ctx: Context) -> Placement:
    """A clock time ("10:35 a.m.", "noon Thursday"): TIME on the day named with it, else
    on the day named nearest in its sentence, else on DCT."""
    parts = found.parts
    if "named" in parts:
        hour, minute = (24, 0) if parts["named"] == "midnight" else (12, 0)
    elif "hour24" in parts:
        hour, minute = int(parts["hour24"]), int(parts["minute24"])
    elif "hourof" in parts:  # "4 in the morning", "ten at night"
        hour, minute = int(ctx.lexicon.numbers.get(parts["hourof"], parts["hourof"])) % 12, 0
        evening = parts["dayhalf"].endswith(("afternoon", "evening"))
        if evening or (parts["dayhalf"].endswith("night") and hour >= 6):
            hour += 12
    else:
        hour, minute = int(parts["hour"]) % 12, int(parts.get("minute", "0"))
        if parts["ampm"].startswith("p"):
            hour += 12
    anchor: Anchor = "dct"
    if "weekday" in parts:
        day = weekday_date(
            ctx.lexicon.weekday(parts["weekday"]),
            ctx,
            weekday_tense(found, ctx, deadlines=True),
            parts.get("rel", ""),
        )
    elif "month" in parts:
        placed = month_day_year(found, ctx, ctx.lexicon.month(parts["month"]), day_of_month(parts))
        day = placed.start if placed and placed.start else ctx.dct
    elif "deictic" in parts:
        day = ctx.dct + timedelta(days=ctx.lexicon.deictic_days[parts["deictic"]])
    else:
        day, anchor = ctx.day_in_sentence(found)
    mod: Mod = "APPROX" if parts.get("fuzzy") else ""
    zone = ctx.lexicon.zones.get(parts.get("zone", ""), "")
    value = f"{day.isoformat()}T{hour:02d}:{minute:02d}{zone}"
    return Placement(value, day, day, "time", mod, anchor)


def spelled_year(found: Found, ctx: Context) -> Placement:
    """A year in words ("nineteen ninety-six", "the year two thousand")."""
    number = year_in_words(ctx.text[found.start : found.end], ctx.lexicon)
    return Placement(str(number), *year_span(number), "year", "", "absolute")


def _holiday_key(name: str) -> str:
    return " ".join(name.replace("’", "'").lower().split())


@cache
def _holidays(language: str) -> Mapping[str, Mapping[str, int]]:
    holidays = load_lexicon(language).holidays
    return {_holiday_key(name): spec for name, spec in holidays.items()}


def holiday(found: Found, ctx: Context) -> Placement:
    """A named day ("Thanksgiving Day", "last Christmas"): the one nearest DCT on the
    tense's side; "last"/"next" strictly before/after DCT. "Easter week" and
    "Thanksgiving weekend" are the week (weekend) holding the day."""
    parts = found.parts
    spec = _holidays(ctx.lexicon.language)[_holiday_key(parts["holiday"])]
    days = [holiday_date(spec, y) for y in range(ctx.dct.year - 1, ctx.dct.year + 2)]
    rel = parts.get("rel", "")
    if rel == "last":
        day = max(d for d in days if d < ctx.dct)
    elif rel == "next":
        day = min(d for d in days if d > ctx.dct)
    else:
        options = [((d, d), d.isoformat()) for d in days]
        day = choose(options, ctx.dct, ctx.tense(found), penalty_days=DAY_PENALTY)[0][0]
    if "around" in parts:  # "Easter week", "Thanksgiving weekend": the week holding the day
        span, value, granularity = unit_span(parts["around"], day, 0)
        return Placement(value, *span, granularity, "", "dct")
    return day_placement(day, "dct")


STRATEGIES: Mapping[str, Strategy] = {
    "iso_date": absolute_date,
    "numeric_date": absolute_date,
    "clock_time": clock_time,
    "month_day": month_day,
    "day_month": month_day,
    "day_alone": day_alone,
    "month": month,
    "season": season,
    "year": year,
    "bc_year": bc_year,
    "decade": decade,
    "century": century,
    "quarter": quarter,
    "year_ago_quarter": quarter,
    "report_period": quarter,
    "half": half,
    "unit_relative": unit_relative,
    "unit_edge": unit_edge,
    "spelled_year": spelled_year,
    "holiday": holiday,
    "deictic": deictic,
    "weekday": weekday,
    "ago": ago,
    "relational": relational,
    "duration": duration,
    "clock_length": clock_length,
    "set": repetition,
    "reference": reference,
}

# Calendar names without a year and units of the story's time: in a passage that
# narrates another year than the publication's, they are placed from the story's date.
NARRATED = frozenset(
    {
        "month_day",
        "day_month",
        "day_alone",
        "month",
        "season",
        "holiday",
        "unit_relative",
    }
)
# Placed in a second pass, once the dates they may hang on are known.
SECOND_PASS = frozenset({"relational", "ago", "clock_time"})


def _is_relational(found: Found, text: str, lexicon: Lexicon) -> bool:
    if found.rule == "deictic" and is_quoted(text, found.start):
        return True  # "today" in a quotation: the day it was spoken may come after
    if found.rule == "duration" and _OFFSET_SIGNAL.match(text, found.end):
        return True  # "two days after the talks": placed from the talks' date
    if found.rule == "clock_time":  # a time with its own day needs no other date
        return not any(name in found.parts for name in ("weekday", "month", "deictic"))
    if found.rule in SECOND_PASS or found.parts.get("deictic") == "overnight":
        return True
    rel = found.parts.get("rel", "")
    if found.rule == "weekday" and rel in lexicon.weekday_relations:
        return True
    return found.rule == "unit_relative" and rel in lexicon.relational_shifts


# ----------------------------------------------------------------------------- entry


def find_dates(text: str, published: date, *, language: str = "en") -> list[Mention]:
    """Every temporal expression in ``text`` placed relative to ``published``.

    Returns mentions (dates, times, durations, sets, vague references) sorted by
    ``char_start``; ``Mention.text`` is the exact slice of ``text``. Durations, sets
    and vague references have no interval. Never reads the clock. Languages without
    a lexicon of their own are read by dateparser (dates only, rule "dateparser").
    """
    if language not in languages():
        return _dateparser_dates(text, published, language)
    lexicon = load_lexicon(language)
    flat = unwrap(text)
    found = find_mentions(text, language=language)
    paragraphs = (0, *(match.end() for match in _PARAGRAPH_BREAK.finditer(flat)))
    ctx = Context(
        flat, published, lexicon, sentence_spans(text), [], paragraphs, narrates(found, lexicon)
    )
    for item in found:  # first pass: all but relational expressions, in text order
        if not _is_relational(item, flat, lexicon):
            placement = _place(item, ctx)
            if placement is not None:
                ctx.placed.append((item, placement))
    for item in found:  # second pass: relational ones, each seeing those before it
        if _is_relational(item, flat, lexicon):
            placement = _place(item, ctx)
            if placement is not None:
                at = bisect.bisect_left([told.start for told, _ in ctx.placed], item.start)
                ctx.placed.insert(at, (item, placement))
    return [_mention(text, item, placement) for item, placement in ctx.placed]


def narrates(found: Sequence[Found], lexicon: Lexicon) -> bool:
    """True for a text that tells a story after the fact (a history, a chronology):
    its written years outnumber four times over the expressions counted from the
    moment of writing ("yesterday", "on Tuesday", "last year", "two weeks ago")."""
    years = sum("year" in item.parts for item in found)
    return years >= 4 * (sum(_from_writing(item, lexicon) for item in found) + 1)


def _from_writing(found: Found, lexicon: Lexicon) -> bool:
    """True for an expression counted from the moment of writing."""
    parts = found.parts
    if found.rule == "deictic":
        return True
    if found.rule == "weekday":
        return parts.get("rel", "") not in lexicon.weekday_relations and parts.get("rel") != "that"
    if found.rule == "ago":
        return parts["dir"] not in ("earlier", "later")
    relations = {parts.get(name, "") for name in ("rel", "yrel", "det")}
    return bool(relations & lexicon.deictic_relations)


def _narrated(found: Found, lexicon: Lexicon) -> bool:
    """True for an expression a story's own time places (see Context.story_date)."""
    if found.rule not in NARRATED:
        return False
    if found.rule == "unit_relative" and found.parts["unit"] not in ("month", "year"):
        return False  # "the weekend", "the quarter" are the publication's
    relations = {found.parts.get(name, "") for name in ("rel", "yrel", "det")}
    return not relations & lexicon.deictic_relations


def _place(found: Found, ctx: Context) -> Placement | None:
    strategy = STRATEGIES[found.rule]
    try:
        if _narrated(found, ctx.lexicon):
            story = ctx.story_date(found)
            # News tells its plans from the day it is published: "a study in 2019 warned
            # ... the team will return in May" is next May, not May 2019.
            if story is not None and not _planned_from_publication(found, ctx, story):
                placement = strategy(found, replace(ctx, dct=story, narrating=True))
                if placement is not None and placement.anchor == "dct":
                    return replace(placement, anchor="text")
                return placement
        return strategy(found, ctx)
    except (ValueError, OverflowError):
        return None  # a date beyond the calendar (before year 1 or after 9999)


def _planned_from_publication(found: Found, ctx: Context, story: date) -> bool:
    """True for a plan told in the future tense in news (not a narrated history) while the
    passage's story time lies before the publication date."""
    return story < ctx.dct and not ctx.narrative and ctx.tense(found) == "future"


def _mention(text: str, found: Found, placement: Placement) -> Mention:
    return Mention(
        text=text[found.start : found.end],
        char_start=found.start,
        char_end=found.end,
        type=placement.type or found.type,
        value=placement.value,
        interval_start=placement.start,
        interval_end=placement.end,
        granularity=placement.granularity,
        mod=placement.mod,
        anchor=placement.anchor,
        rule=found.rule,
    )


def _dateparser_dates(text: str, published: date, language: str) -> list[Mention]:
    """Dates in a language we have no lexicon for, found and read by dateparser."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    settings = {
        "RELATIVE_BASE": datetime.combine(published, time()),
        "PREFER_DATES_FROM": "past",
    }
    try:
        found = search_dates(text, languages=[language], settings=settings) or []
        parser = DateDataParser(languages=[language], settings=settings)
    except ValueError as err:
        raise OptionError(f"no date reading for language {language!r}: {err}") from err
    mentions: list[Mention] = []
    cursor = 0
    for phrase, moment in found:
        start = text.find(phrase, cursor)
        if start < 0:
            continue
        cursor = start + len(phrase)
        period = parser.get_date_data(phrase).period or "day"
        unit = {"month": "month", "year": "year", "week": "week"}.get(period, "day")
        span, value, granularity = unit_span(unit, moment.date(), 0)
        anchor: Anchor = "absolute" if _FOUR_DIGITS.search(phrase) else "dct"
        mentions.append(
            Mention(
                phrase, start, cursor, "DATE", value, *span, granularity, "", anchor, "dateparser"
            )
        )
    return mentions
