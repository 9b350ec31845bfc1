"""Place temporal expressions on the calendar.

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
import calendar
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Literal

from timeline.lexicon import Lexicon, load_lexicon
from timeline.mentions import Found, find_mentions
from timeline.model import Anchor, Granularity, Mention, Mod, TimexType
from timeline.text import sentence_spans, unwrap

Tense = Literal["past", "future", "unknown"]
Span = tuple[date, date]

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


@dataclass(frozen=True, slots=True)
class Placement:
    """What a strategy says about one expression (a Mention without its span)."""

    value: str
    start: date | None = None
    end: date | None = None
    granularity: Granularity | None = None
    mod: Mod = ""
    anchor: Anchor = "dct"
    type: TimexType | None = None


# ----------------------------------------------------------------------------- calendar


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
    return f"{iso.year}-W{iso.week:02d}"


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


def narrow(span: Span, granularity: Granularity, mod: Mod) -> Span:
    """Keep the early (START), middle (MID) or late (END) part of a span.

    Months: days 1–10, 11–20, 21–end. Weeks: Mon–Tue, Wed–Thu, Fri–Sun. Longer units:
    thirds by whole months (a year: Jan–Apr, May–Aug, Sep–Dec). Days stay whole.
    """
    if mod not in ("START", "MID", "END") or granularity in ("day", "time"):
        return span
    first, last = span
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


def choose(
    options: list[tuple[Span, str]], dct: date, tense: Tense, *, penalty_days: int
) -> tuple[Span, str]:
    """Pick the option closest to the publication date, counting an option on the
    wrong side of the tense as ``penalty_days`` further away (ties go to the past).

    A large penalty makes tense decide ("in March" in a December story is the March
    before); a moderate one lets a near date beat a far one whose side fits the tense
    ("payable Dec. 15" in a November story told in the past tense).
    """

    def cost(option: tuple[Span, str]) -> tuple[int, int]:
        (first, last), _ = option
        gap = (first - dct).days if first > dct else (dct - last).days if last < dct else 0
        wrong_side = (tense == "past" and first > dct) or (tense == "future" and last < dct)
        return gap + (penalty_days if wrong_side else 0), 0 if first <= dct else 1

    return min(options, key=cost)


# Penalties for a date on the wrong side of the tense (see choose()).
DAY_PENALTY = 183
MONTH_PENALTY = 300


# ----------------------------------------------------------------------------- context


@dataclass
class Context:
    """What strategies may look at: the text, the publication date, the words, and
    the dates placed so far (for relational expressions)."""

    text: str
    dct: date
    lexicon: Lexicon
    sentences: list[tuple[int, int]]
    cues: list[tuple[int, int, Tense]]
    placed: list[tuple[Found, Placement]]

    def sentence_of(self, found: Found) -> tuple[int, int]:
        starts = [start for start, _ in self.sentences]
        index = bisect.bisect_right(starts, found.start) - 1
        if index < 0:
            return 0, len(self.text)
        return self.sentences[index]

    def tense(self, found: Found) -> Tense:
        """Tense of the clause around ``found``.

        A word right before it can decide ("by", "until" -> future; "since" -> past).
        Otherwise the nearest tense word before it in its sentence, else the nearest
        after it. Bare "-ed" forms count as past unless a determiner makes them
        adjectives ("the planned talks").
        """
        previous = _word_before(self.text, found.start)
        if previous in self.lexicon.future_before:
            return "future"
        if previous in self.lexicon.past_before:
            return "past"
        first, last = self.sentence_of(found)
        before = [kind for start, end, kind in self.cues if first <= start and end <= found.start]
        if before:
            return before[-1]
        after = [kind for start, end, kind in self.cues if found.end <= start and end <= last]
        return after[0] if after else "unknown"

    def told_before(
        self, found: Found, unit: Granularity, *, same_sentence: bool = False
    ) -> Placement | None:
        """The latest date told before ``found`` at least as precise as ``unit``
        (only in its sentence if ``same_sentence``), or None."""
        limit = GRANULARITY_ORDER.index(unit)
        first = self.sentence_of(found)[0] if same_sentence else 0
        for earlier, placement in reversed(self.placed):
            if not first <= earlier.start < found.start or placement.start is None:
                continue
            if placement.granularity is None or placement.type in ("DURATION", "SET"):
                continue
            if placement.value.endswith("_REF"):
                continue
            if GRANULARITY_ORDER.index(placement.granularity) <= limit:
                return placement
        return None

    def anchor(self, found: Found, unit: Granularity) -> tuple[date, Anchor]:
        """The start of the latest date told before ``found`` at least as precise as
        ``unit`` (anchor "text"), else the publication date (anchor "dct")."""
        told = self.told_before(found, unit)
        if told is not None and told.start is not None:
            return told.start, "text"
        return self.dct, "dct"


@cache
def _cue_pattern(language: str) -> re.Pattern[str]:
    lexicon = load_lexicon(language)

    def words(phrases: tuple[str, ...]) -> str:
        ordered = sorted(phrases, key=len, reverse=True)
        return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)

    return re.compile(
        rf"(?<![\w'’])(?:(?P<future>{words(lexicon.future_cues)})"
        rf"|(?P<past>{words(lexicon.past_cues)})|(?P<present>is|are|am)|(?P<weak>\w+[^e\W]ed))"
        r"(?!\w)",
        re.IGNORECASE,
    )


def _cues(text: str, language: str) -> list[tuple[int, int, Tense]]:
    """Tense words in ``text``: offsets and tense ("unknown" for the present)."""
    cues: list[tuple[int, int, Tense]] = []
    for match in _cue_pattern(language).finditer(text):
        if match.group("weak") and _word_before(text, match.start()) in _DETERMINERS:
            continue
        kind: Tense = (
            "future"
            if match.group("future")
            else "past"
            if match.group("past") or match.group("weak")
            else "unknown"
        )
        cues.append((match.start(), match.end(), kind))
    return cues


_DETERMINERS = frozenset("a an the its their his her our your this that these those of".split())


def _word_before(text: str, start: int) -> str:
    match = re.search(r"(\w+)\W{0,2}$", text[max(0, start - 20) : start])
    return match.group(1).lower() if match else ""


# ----------------------------------------------------------------------------- strategies

Strategy = Callable[[Found, Context], Placement | None]


def _day_placement(day: date, anchor: Anchor, mod: Mod = "") -> Placement:
    return Placement(day.isoformat(), day, day, "day", mod, anchor)


def _time_of_day(placement: Placement, code: str | None) -> Placement:
    """Add a part of the day ("Sunday morning" -> ``...TMO``), making it a TIME."""
    if code is None or placement.start is None:
        return placement
    return Placement(
        f"{placement.value}T{code}",
        placement.start,
        placement.end,
        "time",
        placement.mod,
        placement.anchor,
        "TIME",
    )


def _position_mod(word: str | None, lexicon: Lexicon) -> Mod:
    if not word:
        return ""
    word = word.strip().rstrip("-").strip()
    if word in ("earlier", "early"):
        return "START"
    if word in ("later", "late"):
        return "END"
    return lexicon.modifiers.get(word) or lexicon.modifiers.get(word + "-") or ""


def _year_of_two_digits(digits: str, dct: date) -> int:
    if len(digits) == 4:
        return int(digits)
    number = int(digits)
    options = (1900 + number, 2000 + number)
    return min(options, key=lambda year: (abs(year - dct.year), -year))


def absolute_date(found: Found, ctx: Context) -> Placement | None:
    """ISO ("2025-12-02") and numeric ("12/02/2025") dates, as written."""
    parts = found.parts
    try:
        day = date(
            _year_of_two_digits(parts["year"], ctx.dct), int(parts["month_num"]), int(parts["day"])
        )
    except ValueError:
        return None
    return _day_placement(day, "absolute")


def _weekday_date(weekday: int, ctx: Context, tense: Tense, rel: str) -> date:
    back = (ctx.dct.weekday() - weekday) % 7
    ahead = (weekday - ctx.dct.weekday()) % 7
    if rel in ("last", "this past"):
        return ctx.dct - timedelta(days=back or 7)
    if rel in ("next", "the next", "this coming", "coming"):
        return ctx.dct + timedelta(days=ahead or 7)
    if tense == "future":
        return ctx.dct + timedelta(days=ahead)
    return ctx.dct - timedelta(days=back)


_WEEKDAY_RELATIONS = {"the previous": -1, "the following": 1}
_TENSE_OF_FUZZY: dict[str, Tense] = {"earlier": "past", "later": "future"}


def weekday(found: Found, ctx: Context) -> Placement:
    """A weekday: the nearest such day on or before DCT in the past tense, on or after
    it in the future tense; "last"/"next" look strictly before/after; "the previous
    Friday" / "the following Monday" count from the latest day told before."""
    parts = found.parts
    fuzzy = parts.get("fuzzy", "")
    if parts.get("rel") in _WEEKDAY_RELATIONS:
        base, anchor = ctx.anchor(found, "day")
        step = _WEEKDAY_RELATIONS[parts["rel"]]
        day = base + timedelta(days=step)
        while day.weekday() != ctx.lexicon.weekday(parts["weekday"]):
            day += timedelta(days=step)
        placement = _day_placement(day, anchor, _position_mod(fuzzy, ctx.lexicon))
        return _time_of_day(placement, ctx.lexicon.parts_of_day.get(parts.get("part", "")))
    tense = _TENSE_OF_FUZZY.get(fuzzy) or ctx.tense(found)
    day = _weekday_date(ctx.lexicon.weekday(parts["weekday"]), ctx, tense, parts.get("rel", ""))
    placement = _day_placement(day, "dct", _position_mod(fuzzy, ctx.lexicon))
    return _time_of_day(placement, ctx.lexicon.parts_of_day.get(parts.get("part", "")))


def _month_day_year(found: Found, ctx: Context, month: int, day_number: int) -> Placement | None:
    parts = found.parts
    if "year" in parts:
        try:
            return _day_placement(date(int(parts["year"]), month, day_number), "absolute")
        except ValueError:
            return None
    options: list[tuple[Span, str]] = []
    for year in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        try:
            day = date(year, month, day_number)
        except ValueError:
            continue
        if "weekday" in parts and day.weekday() != ctx.lexicon.weekday(parts["weekday"]):
            continue
        options.append(((day, day), day.isoformat()))
    if not options:
        return None
    (day, _), _ = choose(options, ctx.dct, ctx.tense(found), penalty_days=DAY_PENALTY)
    return _day_placement(day, "dct")


def _day_number(parts: Mapping[str, str]) -> int:
    """The day of the month as written ("4", "4th", "04")."""
    return int(re.sub(r"\D", "", parts["day"]))


def month_day(found: Found, ctx: Context) -> Placement | None:
    """Month and day ("December 4", "4 December 2025"); without a year, the year that
    fits the tense, closest to DCT."""
    parts = found.parts
    placement = _month_day_year(found, ctx, ctx.lexicon.month(parts["month"]), _day_number(parts))
    if placement is None:
        return None
    mod = _position_mod(parts.get("fuzzy"), ctx.lexicon) or ctx.lexicon.modifiers.get(
        parts.get("fuzzy", ""), ""
    )
    return replace(placement, mod=mod)


def _relative_year(parts: Mapping[str, str], ctx: Context) -> int | None:
    if "year" in parts:
        return int(parts["year"])
    shift = {"this": 0, "last": -1, "next": 1}.get(parts.get("yrel", ""))
    return None if shift is None else ctx.dct.year + shift


def month(found: Found, ctx: Context) -> Placement:
    """A month alone ("in March", "back in August", "late November", "May 2024")."""
    parts = found.parts
    number = ctx.lexicon.month(parts["month"])
    mod = _position_mod(parts.get("fuzzy"), ctx.lexicon)
    year = _relative_year(parts, ctx)
    anchor: Anchor = "absolute" if "year" in parts else "dct"
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
    mod = _position_mod(parts.get("fuzzy") or parts.get("fuzzy2"), ctx.lexicon)
    anchor: Anchor = "absolute" if "year" in parts else "dct"
    options = [
        (season_span(y, spec.first_month), str(y))
        for y in (ctx.dct.year - 2, ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
    ]
    rel = parts.get("rel", "")
    if "year" in parts:
        year = int(parts["year"])
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
    mod = _position_mod(parts.get("fuzzy"), ctx.lexicon)
    if not mod and "open" in parts:
        mod = "ON_OR_BEFORE" if "earlier" in parts["open"] else "ON_OR_AFTER"
    span = narrow(year_span(number), "year", mod)
    return Placement(str(number), *span, "year", mod, "absolute")


def decade(found: Found, ctx: Context) -> Placement:
    """A decade ("the 1990s", "the late '80s"): TIMEX3 value of its first three digits."""
    parts = found.parts
    if "decade" in parts:
        first = int(parts["decade"])
        anchor: Anchor = "absolute"
    else:
        short = int(parts["short"])
        century = ctx.dct.year // 100 * 100
        first = century + short if century + short <= ctx.dct.year else century - 100 + short
        anchor = "dct"
    mod = _position_mod(parts.get("fuzzy"), ctx.lexicon)
    span = narrow((date(first, 1, 1), date(first + 9, 12, 31)), "decade", mod)
    return Placement(str(first // 10), *span, "decade", mod, anchor)


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


def quarter(found: Found, ctx: Context) -> Placement:
    """A quarter ("the third quarter", "Q3 2025", "fourth-quarter", "the year-ago
    quarter", "the 1988 period"). Without a number, a quarter in a report is the
    last complete one before DCT; without a year, the nearest such quarter."""
    parts = found.parts
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
    elif det.endswith("year's"):
        year = ctx.dct.year + {"this": 0, "next": 1, "last": -1}[det.split()[0]]
    elif "ordinal" not in parts and "q" not in parts:
        year = latest_year
    else:
        options = [
            (quarter_span(y, number), str(y))
            for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
        ]
        # Quarters are told around their results: the nearest one, whatever the tense.
        year = int(choose(options, ctx.dct, "unknown", penalty_days=0)[1])
    if "ago" in parts:
        year -= 1
    return Placement(f"{year}-Q{number}", *quarter_span(year, number), "quarter", "", anchor)


def half(found: Found, ctx: Context) -> Placement:
    """A half year ("the first half of 2024", "the second half of this year")."""
    parts = found.parts
    number = 1 if parts["half"] == "first" else 2
    year = _relative_year(parts, ctx) or ctx.dct.year
    anchor: Anchor = "absolute" if "year" in parts else "dct"
    first_month = 1 if number == 1 else 7
    span = month_span(year, first_month)[0], month_span(year, first_month + 5)[1]
    return Placement(f"{year}-H{number}", *span, "half", "", anchor)


_SHIFTS = {
    "last": -1,
    "the past": -1,
    "past": -1,
    "the previous": -1,
    "this past": -1,
    "this": 0,
    "the current": 0,
    "current": 0,
    "the latest": 0,
    "the": 0,
    "next": 1,
    "the coming": 1,
    "coming": 1,
    "this coming": 1,
}
_RELATIONAL_SHIFTS = {"the following": 1, "the next": 1, "the same": 0, "that": 0}


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
        return month_span(year, number), f"{year}-{number:02d}", "month"
    if unit == "quarter":
        year, number = shift_month(day.year, (day.month - 1) // 3 * 3 + 1, 3 * shift)
        q = (number - 1) // 3 + 1
        return quarter_span(year, q), f"{year}-Q{q}", "quarter"
    if unit == "decade":
        first = day.year // 10 * 10 + 10 * shift
        return (date(first, 1, 1), date(first + 9, 12, 31)), str(first // 10), "decade"
    if unit == "century":
        first = day.year // 100 * 100 + 100 * shift
        return (date(first, 1, 1), date(first + 99, 12, 31)), f"{first // 100:02d}", "century"
    if unit == "day":
        moved = day + timedelta(days=shift)
        return (moved, moved), moved.isoformat(), "day"
    year = day.year + shift
    return year_span(year), str(year), "year"


def unit_relative(found: Found, ctx: Context) -> Placement | None:
    """Calendar units around DCT ("last week", "this year", "earlier this month",
    "the end of next year"); "the following year" anchors to a date told before."""
    parts = found.parts
    unit, rel, fuzzy = parts["unit"], parts["rel"], parts.get("fuzzy", "")
    if unit == "quarter" and rel in ("the", "the latest", "the past", "past"):
        return quarter(found, ctx)
    if rel == "the" and not fuzzy and unit != "weekend":
        return None
    anchor: Anchor = "dct"
    base = ctx.dct
    if rel in _RELATIONAL_SHIFTS:
        base, anchor = ctx.anchor(found, _granularity_of(unit))
        shift = _RELATIONAL_SHIFTS[rel]
    else:
        shift = _SHIFTS[rel]
    if unit == "weekend" and rel == "the":
        tense = ctx.tense(found)
        shift = 0 if (ctx.dct.weekday() >= 5 or tense == "future") else -1
    span, value, granularity = unit_span(unit, base, shift)
    mod = _position_mod(fuzzy, ctx.lexicon)
    if fuzzy in ("earlier", "later") and shift == 0 and anchor == "dct":
        first, last = span
        if fuzzy == "earlier":
            span = (first, max(first, min(last, ctx.dct - timedelta(days=1))))
        else:
            span = (min(last, max(first, ctx.dct + timedelta(days=1))), last)
    else:
        span = narrow(span, granularity, mod)
    return Placement(value, *span, granularity, mod, anchor)


def _granularity_of(unit: str) -> Granularity:
    """Granularity of a unit word; parts of the day count as days, weekends as weeks."""
    if unit == "weekend":
        return "week"
    for granularity in GRANULARITY_ORDER:
        if granularity == unit:
            return granularity
    return "day"


def unit_edge(found: Found, ctx: Context) -> Placement:
    """ "year-end", "month's end": the end (or start) of DCT's unit."""
    parts = found.parts
    mod: Mod = "END" if parts["edge"] == "end" else "START"
    span, value, granularity = unit_span(parts["unit"], ctx.dct, 0)
    return Placement(value, *narrow(span, granularity, mod), granularity, mod, "dct")


_DEICTIC_DAYS = {
    "the day before yesterday": -2,
    "yesterday": -1,
    "today": 0,
    "tonight": 0,
    "tomorrow": 1,
    "the day after tomorrow": 2,
}


def deictic(found: Found, ctx: Context) -> Placement:
    """ "yesterday", "today", "tonight", "this morning", "last night": days from DCT."""
    parts = found.parts
    if "ppart" in parts:
        offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[parts["prel"]]
        day = ctx.dct + timedelta(days=offset)
        return _time_of_day(_day_placement(day, "dct"), ctx.lexicon.parts_of_day[parts["ppart"]])
    word = parts["deictic"]
    day = ctx.dct + timedelta(days=_DEICTIC_DAYS[word])
    placement = _day_placement(day, "dct", _position_mod(parts.get("fuzzy"), ctx.lexicon))
    code = ctx.lexicon.parts_of_day.get(parts.get("part", ""))
    return _time_of_day(placement, "NI" if word == "tonight" and code is None else code)


def _amount(parts: Mapping[str, str], key: str, lexicon: Lexicon) -> float | None:
    """A number as written ("three", "21", "2 1/2", "a couple of"); None if vague."""
    raw = parts.get(key, "")
    written = lexicon.numbers.get(raw, raw)
    if written == "X":
        return None
    if written.endswith("1/2"):
        return float(written.split()[0]) + 0.5
    try:
        return float(written)
    except ValueError:
        return None


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


_SHIFTABLE: tuple[Granularity, ...] = ("day", "week", "month", "quarter", "year", "decade")


def ago(found: Found, ctx: Context) -> Placement:
    """ "two days ago", "a week later", "a year earlier": a distance from a date.

    The distance is counted from a date told earlier in the same sentence, keeping
    that date's precision ("third-quarter profit ... from a year earlier" is the
    third quarter a year before); else, for "earlier"/"later", from the latest date
    told before; else from DCT, at the precision of the unit ("two weeks ago" is a week).
    """
    parts = found.parts
    unit = _singular(parts["unit"])
    amount = _amount(parts, "num", ctx.lexicon)
    direction = parts["dir"]
    sign = -1 if direction in ("ago", "earlier") else 1
    mod: Mod = "APPROX" if parts.get("fuzzy") else ""
    if amount is None or ctx.lexicon.units[unit].time:
        return Placement("PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod, anchor="none")
    unit_granularity = _granularity_of("week" if unit == "fortnight" else unit)
    told = ctx.told_before(found, unit_granularity, same_sentence=True)
    if told is None and direction in ("earlier", "later"):
        told = ctx.told_before(found, unit_granularity)
    anchor: Anchor
    if told is not None and told.start is not None and told.granularity in _SHIFTABLE:
        base, granularity, anchor = told.start, told.granularity, "text"
    else:
        base, granularity, anchor = ctx.dct, unit_granularity, "dct"
    target = shift_date(base, unit, sign * max(1, round(amount)))
    span, value, granularity = unit_span(granularity, target, 0)
    return Placement(value, *span, granularity, mod, anchor)


def _singular(word: str) -> str:
    word = word.lower()
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") else word


def relational(found: Found, ctx: Context) -> Placement:
    """ "the day after the briefing", "the following day", "that year", "on the eve of":
    relative to the latest fitting date told before (else DCT)."""
    parts = found.parts
    if "eve" in parts:
        return _eve(found, ctx)
    if "unit" in parts:
        unit, shift = parts["unit"], -1 if parts["dir"] == "before" else 1
    elif "unit2" in parts:
        unit = parts["unit2"]
        shift = 1 if parts["dir2"] in ("following", "next") else -1
    else:
        unit, shift = parts["unit3"], 0
    granularity = _granularity_of(unit)
    base, anchor = ctx.anchor(found, granularity)
    span, value, granularity = unit_span(
        "weekend" if unit == "weekend" else _granularity_of(unit), base, shift
    )
    mod = _position_mod(parts.get("dir3", "").split(" ")[0], ctx.lexicon)
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
        return _day_placement(day, "text")
    earlier = [
        placement
        for other, placement in ctx.placed
        if first <= other.start < found.start and placement.granularity in ("day", "time")
    ]
    if earlier and earlier[-1].start is not None:
        return _day_placement(earlier[-1].start, "text")
    return Placement("XXXX-XX-XX", anchor="none")


def _duration_value(amount: float | None, unit: str, lexicon: Lexicon) -> str:
    spec = lexicon.units[unit]
    prefix = "PT" if spec.time else "P"
    if amount is None:
        return f"{prefix}X{spec.letter}"
    total = amount * spec.factor
    if total == int(total):
        return f"{prefix}{int(total)}{spec.letter}"
    smaller = {"Y": ("M", 12), "D": ("H", 24), "H": ("M", 60)}.get(spec.letter)
    if smaller is None:
        return f"{prefix}{total:g}{spec.letter}"
    whole, rest = int(total), round((total - int(total)) * smaller[1])
    if smaller[0] == "H" and not spec.time:
        return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
    return (
        f"{prefix}{whole}{spec.letter}{rest}{smaller[0]}"
        if whole
        else f"{prefix}{rest}{smaller[0]}"
    )


def duration(found: Found, ctx: Context) -> Placement:
    """A length of time ("for more than a year", "nearly four-year-long", "21 months");
    never placed on the calendar."""
    parts = found.parts
    if "vunit" in parts:
        unit = _singular(parts["vunit"].removesuffix("-long"))
        return Placement(_duration_value(None, unit, ctx.lexicon), anchor="none")
    if "aunit" in parts:
        unit, amount, fuzzy = (
            parts["aunit"],
            _amount(parts, "anum", ctx.lexicon),
            parts.get("afuzzy"),
        )
    else:
        unit, amount, fuzzy = (
            _singular(parts["unit"]),
            _amount(parts, "num", ctx.lexicon),
            parts.get("fuzzy"),
        )
    mod = ctx.lexicon.modifiers.get(fuzzy or "", "")
    return Placement(_duration_value(amount, unit, ctx.lexicon), mod=mod, anchor="none")


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
    amount = 2.0 if "other" in parts else 1.0
    return Placement(_duration_value(amount, _singular(lowered), ctx.lexicon), anchor="none")


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
    """A clock time ("10:35 a.m.", "noon Thursday"): TIME on DCT or the day named."""
    parts = found.parts
    if "named" in parts:
        hour, minute = (24, 0) if parts["named"] == "midnight" else (12, 0)
    elif "hour24" in parts:
        hour, minute = int(parts["hour24"]), int(parts["minute24"])
    else:
        hour, minute = int(parts["hour"]) % 12, int(parts.get("minute", "0"))
        if parts["ampm"].startswith("p"):
            hour += 12
    if "weekday" in parts:
        day = weekday(found, ctx).start or ctx.dct
    elif "month" in parts:
        placed = _month_day_year(found, ctx, ctx.lexicon.month(parts["month"]), _day_number(parts))
        day = placed.start if placed and placed.start else ctx.dct
    else:
        day = ctx.dct + timedelta(days=_DEICTIC_DAYS.get(parts.get("deictic", "today"), 0))
    mod: Mod = "APPROX" if parts.get("fuzzy") else ""
    return Placement(f"{day.isoformat()}T{hour:02d}:{minute:02d}", day, day, "time", mod, "dct")


STRATEGIES: Mapping[str, Strategy] = {
    "iso_date": absolute_date,
    "numeric_date": absolute_date,
    "clock_time": clock_time,
    "month_day": month_day,
    "day_month": month_day,
    "month": month,
    "season": season,
    "year": year,
    "decade": decade,
    "century": century,
    "quarter": quarter,
    "year_ago_quarter": quarter,
    "report_period": quarter,
    "half": half,
    "unit_relative": unit_relative,
    "unit_edge": unit_edge,
    "deictic": deictic,
    "weekday": weekday,
    "ago": ago,
    "relational": relational,
    "duration": duration,
    "set": repetition,
    "reference": reference,
}

# Placed in a second pass, once the dates they may hang on are known.
SECOND_PASS = frozenset({"relational"})


def _is_relational(found: Found) -> bool:
    if found.rule in SECOND_PASS:
        return True
    rel = found.parts.get("rel", "")
    if found.rule == "weekday" and rel in _WEEKDAY_RELATIONS:
        return True
    return (
        found.rule == "unit_relative"
        and rel in _RELATIONAL_SHIFTS
        or (found.rule == "ago" and found.parts.get("dir") in ("earlier", "later"))
    )


# ----------------------------------------------------------------------------- entry


def find_dates(text: str, published: date, *, language: str = "en") -> list[Mention]:
    """Every temporal expression in ``text`` placed relative to ``published``.

    Returns mentions (dates, times, durations, sets, vague references) sorted by
    ``char_start``; ``Mention.text`` is the exact slice of ``text``. Durations, sets
    and vague references have no interval. Never reads the clock.
    """
    lexicon = load_lexicon(language)
    flat = unwrap(text)
    found = find_mentions(text, language=language)
    ctx = Context(flat, published, lexicon, sentence_spans(flat), _cues(flat, language), [])
    results: dict[int, tuple[Found, Placement]] = {}
    for index, item in enumerate(found):
        if not _is_relational(item):
            placement = STRATEGIES[item.rule](item, ctx)
            if placement is not None:
                results[index] = (item, placement)
    ctx.placed = [results[i] for i in sorted(results)]
    for index, item in enumerate(found):
        if _is_relational(item):
            placement = STRATEGIES[item.rule](item, ctx)
            if placement is not None:
                results[index] = (item, placement)
                ctx.placed = [results[i] for i in sorted(results)]
    return [_mention(text, *results[index]) for index in sorted(results)]


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
