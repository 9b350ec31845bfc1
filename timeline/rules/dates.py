"""Calendar dates: ISO and numeric dates, month and day, a day of the month alone, and the
other end of a range of days."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache
from types import MappingProxyType

from timeline.calendar_spans import Span, shift_month, unit_span, weekend_beside
from timeline.lexicon import Lexicon, load_lexicon
from timeline.mentions import (
    FOUR_DIGITS,
    Found,
    Rule,
    next_word,
    previous_word,
    short_number_before,
)
from timeline.model import Anchor
from timeline.placing import (
    DAY_PENALTY,
    Context,
    Placement,
    choose,
    day_of_month,
    day_placement,
    month_day_year,
    position_mod,
    time_of_day,
)
from timeline.rules.words import (
    Words,
    alternation,
    lower,
    of_a_year_told,
    rule,
    without_deictic_relation,
)


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
    year, month_number, day_number = parts["year"], parts["month_num"], parts["day"]
    try:
        day = date(_year_of_two_digits(year, ctx.dct), int(month_number), int(day_number))
    except ValueError:
        return None
    return day_placement(day, "absolute")


def month_day(found: Found, ctx: Context) -> Placement | None:
    """Month and day ("December 4", "4 December 2025"); without a year, the year that
    fits the tense, closest to DCT."""
    parts = found.parts
    month = ctx.lexicon.month(parts["month"])
    placement = month_day_year(found, ctx, month, day_of_month(parts, ctx.lexicon))
    if placement is None:
        return None
    if placement.start is not None and ("weekof" in parts or "weekend" in parts):
        if "weekend" in parts or parts["weekof"].split()[1].lower() == "weekend":
            # "the weekend of June 6", "the July 4th weekend": the weekend beside the day
            span, value = weekend_beside(placement.start)
            return Placement(value, *span, "week", "", placement.anchor)
        span, value, granularity = unit_span("week", placement.start, 0)  # "the week of March 6"
        return Placement(value, *span, granularity, "", placement.anchor)
    if "dpart" in parts:  # "the night of April 18": a time of that day
        return time_of_day(placement, ctx.lexicon.parts_of_day[parts["dpart"]])
    mod = position_mod(parts.get("fuzzy"), ctx.lexicon) or ctx.lexicon.modifiers.get(
        parts.get("fuzzy", ""), ""
    )
    return replace(placement, mod=mod)


def day_alone(found: Found, ctx: Context) -> Placement | None:
    """A day of the month alone ("on the 24th"): in the month it names ("the 15th of
    next month", "the 28th of that month") or of the day ending its range ("from the
    13th to the 19th of October"), else of the latest date told before it, else the
    nearest such day in the tense's direction from DCT."""
    number = day_of_month(found.parts, ctx.lexicon)
    rel = found.parts.get("rel")
    end = _range_end_told(found, ctx)
    month: date | None
    anchor: Anchor
    if rel is not None and rel not in ctx.lexicon.anaphoric:
        year, month_number = shift_month(
            ctx.dct.year, ctx.dct.month, ctx.lexicon.named_from_now[rel]
        )
        month, anchor = date(year, month_number, 1), "dct"
    elif end is not None:
        if end.day < number:  # "from the 28th to March 3": the month before the end's
            end = date(*shift_month(end.year, end.month, -1), 1)
        month, anchor = end, "text"
    else:
        told = ctx.told_before(found, "month")
        month = told.start if told is not None else None
        anchor = "text"
    if month is not None:
        try:
            return day_placement(month.replace(day=number), anchor)
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


@cache
def _range_join(language: str) -> re.Pattern[str]:
    """A dash or a word joining the ends of a range, after its start."""
    joins = alternation(load_lexicon(language).range_joins)
    return re.compile(rf"\s*[-–]\s*|\s+(?:{joins})\s+", re.IGNORECASE)


def _range_end_told(found: Found, ctx: Context) -> date | None:
    """The day that ends the range ``found`` starts, when placed ("the 13th to the
    19th of October")."""
    join = _range_join(ctx.lexicon.language).match(ctx.text, found.end)
    if join is None:
        return None
    at = ctx.placed_index(join.end())
    if at < len(ctx.placed) and ctx.placed[at][0].start == join.end():
        placement = ctx.placed[at][1]
        if placement.granularity in ("day", "time"):
            return placement.start
    return None


def _starts_a_range(found: Found, text: str, lexicon: Lexicon) -> bool:
    """A day alone before a range's joining word waits for the end to be placed."""
    return _range_join(lexicon.language).match(text, found.end) is not None


def _day_alone_in_context(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """ "on the 24th," is a day of the month; "the 24th Brigade", "the 21st century" and
    "the 5th time" are not."""
    if previous_word(text, match.start("core")) not in lexicon.day_alone_before:
        return False
    rest = text[match.end("core") : match.end("core") + 2].lstrip(" ")
    if not rest or not rest[0].isalpha():
        return not rest.startswith(("-", "’", "'"))
    return next_word(text, match.end("core")) in lexicon.day_alone_after and rest[0].islower()


# After a number that ends a range: no word, unit or decimal ("25 soldiers", "25%", "25.5").
NO_COUNT_AFTER = r"(?![\w%$£€]|[.,:]\d)"


@cache
def _range_end(language: str) -> re.Pattern[str]:
    """The bare day after a dash or a word joining the ends of a range ("24 and 25")."""
    lexicon = load_lexicon(language)
    joins, lists = alternation(lexicon.range_joins), alternation(lexicon.list_joins)
    day = r"(?:[12]\d|3[01]|0?[1-9])"
    # a comma joins a day of a list that a word of list_joins closes ("June 26, 27 and 28")
    listed = rf",\s*(?=\d{{1,2}}(?:,\s*\d{{1,2}}){{0,5}},?\s+(?:{lists})\s+{day}\b)"
    return re.compile(
        rf"(?:\s*[-–]\s*|\s+(?:{joins})\s+|,\s+(?:{lists})\s+|{listed})"
        rf"(?P<day>{day})(?:st|nd|rd|th)?" + NO_COUNT_AFTER,
        re.IGNORECASE,
    )


@cache
def _range_start(language: str) -> re.Pattern[str]:
    """The bare day before a dash, a slash or a word joining the ends of a range, with the
    part of the day it is told in ("the night of 30-31 July")."""
    lexicon = load_lexicon(language)
    joins = alternation(lexicon.range_joins)
    return re.compile(
        rf"(?<![\w,.'’/-])(?P<written>(?:the\s+(?P<dpart>{alternation(lexicon.parts_of_day)})"
        r"\s+of\s+)?(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)"
        rf"(?:\s*[-–/]\s*|\s+(?:{joins})\s+)$",
        re.IGNORECASE,
    )


def _day_after(
    text: str, found: Found, lexicon: Lexicon, previous_end: int, next_start: int
) -> Found | None:
    """The bare day that ends a range after its month ("April 24 and 25", "Nov. 2-3"), or
    the next day of a list ("June 26, 27 and 28": 27, then 28 after it), always a later day
    ("freed since the truce began on January 19 to 18" counts);
    a number followed by a word that is no preposition counts things ("April 24 and 25
    soldiers"), unless a determiner before the range makes it name that word's thing
    ("the September 16-17 meeting"); it shares a year written after it ("March 5-9,
    1918")."""
    year = found.parts.get("year")
    if year is not None and year in text[found.start : found.end]:
        return None
    match = _range_end(lexicon.language).match(text, found.end)
    if match is None or match.end() > next_start:
        return None
    if int(match.group("day")) <= day_of_month(found.parts, lexicon):
        return None  # no range: "freed since January 19 to 18", a count
    following = next_word(text, match.end())
    if (
        following
        and following.isalpha()
        and following not in lexicon.month_context
        and following not in lexicon.day_alone_after  # "on June 5-6 and drew crowds"
        and previous_word(text, found.start) not in lexicon.determiners
    ):
        return None
    parts = {"month": found.parts["month"], "day": match.group("day")}
    if year is not None:
        parts["year"] = year
    return Found(match.start("day"), match.end(), "month_day", "DATE", MappingProxyType(parts))


def _day_before(
    text: str, found: Found, lexicon: Lexicon, previous_end: int, next_start: int
) -> Found | None:
    """The bare day that starts a range before its month ("23-24 November", "from 1 to
    3 December")."""
    first = max(previous_end, found.start - 40)
    match = _range_start(lexicon.language).search(text[first : found.start])
    if match is None or int(match.group("day")) >= day_of_month(found.parts, lexicon):
        return None  # no range: "5 and 3 December"
    parts = {**found.parts, "day": match.group("day")}
    parts.pop("weekday", None)
    parts.pop("dpart", None)
    if match.group("dpart"):  # "the night of 30-31 July": a time of the first day
        parts["dpart"] = match.group("dpart").lower()
    return Found(
        first + match.start(),
        first + match.end("written"),
        "day_month",
        "DATE",
        MappingProxyType(parts),
    )


def iso_date_rule(w: Words) -> Rule:
    """ISO dates: "2025-12-02"."""
    return rule(
        "iso_date",
        "DATE",
        r"(?P<year>\d{4})-(?P<month_num>[01]\d)-(?P<day>[0-3]\d)",
        absolute_date,
        reads={"day", "month_num", "year"},
        near={FOUR_DIGITS},
    )


def numeric_date_rule(w: Words) -> Rule:
    """Numeric dates: "12/02/2025", day first "24/11/2025", "24.11.2025"."""
    return rule(
        "numeric_date",
        "DATE",
        r"(?P<month_num>1[0-2]|0?[1-9])/(?P<day>[12]\d|3[01]|0?[1-9])/(?P<year>\d{4}|\d{2})"
        # day first: "24/11/2025" (no month 24), "24.11.2025" (dots)
        r"|(?P<dday>1[3-9]|2\d|3[01])/(?P<dmonth>1[0-2]|0?[1-9])/(?P<dyear>\d{4})"
        r"|(?<![\d.])(?P<pday>[12]\d|3[01]|0?[1-9])\.(?P<pmonth>1[0-2]|0?[1-9])\.(?P<pyear>\d{4})"
        r"(?!\.\d)",
        absolute_date,
        reads={"day", "month_num", "year"},
        near={short_number_before("/"), short_number_before(".")},
        aliases={
            "dday": "day",
            "dmonth": "month_num",
            "dyear": "year",
            "pday": "day",
            "pmonth": "month_num",
            "pyear": "year",
        },
    )


def hyphenated_date_rule(w: Words) -> Rule:
    """A day, a month's name and a year joined by hyphens: "29-Dec-2024"."""
    return rule(
        "hyphenated_date",
        "DATE",
        rf"(?P<day>[12]\d|3[01]|0?[1-9])-(?P<month>{w.month})-(?P<year>{w.written_year})",
        month_day,
        reads={"day", "month", "year"},
        near=lower(w.lexicon.months),
    )


def month_day_rule(w: Words) -> Rule:
    """A month and a day: "December 4", "Monday, Oct. 26", "late on May 3, 2024"."""
    return rule(
        "month_day",
        "DATE",
        rf"(?:(?P<fuzzy>{w.soft}|{w.nearness})\s+(?:on\s+)?|(?P<weekof>the\s+week(?:end)?\s+of)\s+"
        rf"|{w.part_of})?"
        rf"(?:(?P<weekday>{w.weekday}),?\s+)?"
        rf"(?P<month>{w.month})\s+(?:(?P<day>{w.day})|(?P<sday>{w.spelled_day_after_month}))"
        rf"(?:,?\s+(?P<year>{w.written_year})|{w.year_from_now}|{w.of_told_year}|{w.range_year})?"
        # "the July 4th weekend": the weekend beside the day
        r"(?:\s+(?P<weekend>weekend)(?![\w'’-]))?",
        month_day,
        reads={
            "day",
            "dpart",
            "fuzzy",
            "month",
            "tyrel",
            "weekday",
            "weekend",
            "weekof",
            "year",
            "yrel",
        },
        near=lower(w.lexicon.months),
        narrated=without_deictic_relation,
        later=of_a_year_told,
        aliases={"ryear": "year", "ryrel": "yrel", "sday": "day"},
        start=w.second_end,
        partner=_day_after,
        cycle="year",
    )


def day_month_rule(w: Words) -> Rule:
    """A day and a month: "4 December", "the 23rd of November 2024"."""
    return rule(
        "day_month",
        "DATE",
        rf"(?:{w.part_of})?(?:(?P<weekday>{w.weekday}),?\s+)?"
        rf"(?:(?:the\s+)?(?P<day>{w.day})\s+(?:of\s+)?|the\s+(?P<sday>{w.spelled_day})\s+of\s+)"
        rf"(?P<month>{w.month})"
        rf"(?:,?\s+(?P<year>{w.written_year})|{w.year_from_now}|{w.of_told_year}|{w.range_year})?"
        r"(?:\s+(?P<weekend>weekend)(?![\w'’-]))?",
        month_day,
        reads={"day", "dpart", "month", "tyrel", "weekday", "weekend", "year", "yrel"},
        near=lower(w.lexicon.months),
        aliases={"ryear": "year", "ryrel": "yrel", "sday": "day"},
        start=w.after_a_day,
        narrated=without_deictic_relation,
        later=of_a_year_told,
        partner=_day_before,
        cycle="year",
    )


def day_alone_rule(w: Words) -> Rule:
    """A day of the month alone: "on the 24th"."""
    return rule(
        "day_alone",
        "DATE",
        r"the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
        rf"(?:\s+of\s+(?P<rel>{w.named_relation})\s+month\b)?",
        day_alone,
        reads={"day", "rel"},
        later=_starts_a_range,
        near={"st", "nd", "rd", "th"},  # the ordinal ending of "the 24th"
        accept=_day_alone_in_context,
        narrated=without_deictic_relation,
    )
