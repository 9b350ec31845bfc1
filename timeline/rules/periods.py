"""Parts of a year and calendar units: quarters, halves, compared periods, "last week",
"year-end"."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from timeline.calendar_spans import (
    Span,
    month_span,
    narrow,
    quarter_span,
    shift_month,
    shift_years,
    unit_span,
    year_span,
)
from timeline.lexicon import Lexicon, load_lexicon
from timeline.mentions import Found, Rule
from timeline.model import Anchor, Granularity, Mod
from timeline.placing import (
    MONTH_PENALTY,
    Context,
    Placement,
    choose,
    duration_value,
    granularity_of,
    position_mod,
    put_off_to,
    relative_year,
    told_ahead_of,
    up_to_now,
)
from timeline.rules.words import Words, alternation, always, lower, rule, without_deictic_relation
from timeline.tense import Tense, word_before


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
    elif "closing" in parts:
        number = ctx.lexicon.month(parts["closing"]) // 3
    elif "last" in parts:
        number = 4
    elif "ordinal" in parts:
        number = ctx.lexicon.ordinals[parts["ordinal"]]
    else:
        number = latest_number
    anchor: Anchor = "absolute" if written else "dct"
    if written:
        year = int(written)
    elif "qrel" in parts or det.partition(" ")[0] in ctx.lexicon.from_now:
        relation = parts.get("qrel") or det.partition(" ")[0]  # "of last year", "this year's"
        year = ctx.dct.year + ctx.lexicon.from_now.get(relation, 0)  # "of the year": this one
    elif not {"ordinal", "q", "closing"} & parts.keys():
        year = latest_year
    elif (ended := _date_ended_on(found, ctx)) and (ended.month - 1) // 3 + 1 == number:
        year = ended.year  # "the fourth quarter ended Dec. 31": the year of that day
    elif "fiscal" in parts or "fiscal2" in parts:
        # Fiscal years do not follow the calendar: a fiscal quarter is told in the
        # fiscal year named after the publication year.
        year = ctx.dct.year
    else:
        options = [
            (quarter_span(y, number), str(y))
            for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
        ]
        # Quarters are told around their results: the nearest one ("will report
        # fourth-quarter results" in January), but one told in the past has begun.
        # One something is put off to lies ahead ("pushing it to the fourth quarter").
        side: Tense = "past" if ctx.tense(found) == "past" else "unknown"
        if put_off_to(found, ctx):
            side = "future"
        year = int(choose(options, ctx.dct, side, penalty_days=MONTH_PENALTY)[1])
    if "ago" in parts:
        # "year-earlier net income": the quarter in focus a year before, if the text
        # told one, else the year before; "the same period last year": the quarter its
        # sentence told, a year before, else the last complete quarter a year before.
        if "ordinal" not in parts:
            named = "period" in parts
            # "the same period last year" compares with any period its sentence told
            # ("in fiscal 2009", "in the first half"), "the same month last year" with
            # a month; "year-earlier" with a quarter
            unit = parts.get("period", "").lower()
            kinds = _COMPARED_UNITS.get(unit, _COMPARED_PERIODS) if named else ("quarter",)
            focus = _period_told_before(found, ctx, kinds, same_sentence=named)
            if focus is not None:
                return focus
            if not named or unit in _COMPARED_UNITS:
                year_before = ctx.dct.year - 1
                return Placement(str(year_before), *year_span(year_before), "year", "", "dct")
        year -= 1
    mod = position_mod(parts.get("fuzzy"), ctx.lexicon)  # "the end of the third quarter"
    span = narrow(quarter_span(year, number), "quarter", mod)
    return Placement(f"{year:04d}-Q{number}", *span, "quarter", mod, anchor)


_COMPARED_PERIODS: tuple[Granularity, ...] = ("month", "quarter", "half", "year")
# The units "the same month (week, day, time) last year" compares with.
_COMPARED_UNITS: dict[str, tuple[Granularity, ...]] = {
    "month": ("month",),
    "week": ("week",),
    "day": ("day", "time"),
    "time": ("day", "week", *_COMPARED_PERIODS),
}


def _period_told_before(
    found: Found, ctx: Context, kinds: tuple[Granularity, ...], *, same_sentence: bool = False
) -> Placement | None:
    """The compared period for "year-earlier results": the latest period of one of
    ``kinds`` told before (in its sentence if ``same_sentence``), a year back, or that
    period itself if it was told as the compared one."""
    first = ctx.sentence_of(found)[0] if same_sentence else 0
    for _, earlier, placement in ctx.placed_before(found.start, first):
        if placement.start is None or placement.end is None:
            continue
        if placement.granularity not in kinds or placement.type in ("DURATION", "SET"):
            continue
        if earlier.rule in ctx.compared:
            return replace(placement, anchor="text")
        value = f"{int(placement.value[:4]) - 1:04d}{placement.value[4:]}"
        start, end = shift_years(placement.start, -1), shift_years(placement.end, -1)
        return Placement(value, start, end, placement.granularity, "", "text")
    return None


def _half_span(year: int, number: int) -> Span:
    first_month = 1 if number == 1 else 7
    return month_span(year, first_month)[0], month_span(year, first_month + 5)[1]


_HALF_REPORTED_DAYS = 90  # a half told as past was reported on some months after it began


def _nearest_half_year(number: int, dct: date, tense: Tense) -> int:
    """The year of a half told without one: told in the past, the latest such half begun
    some months before publication (its results are out); else the nearest one on the
    tense's side."""
    years = (dct.year - 1, dct.year, dct.year + 1)
    if tense == "past":
        reported = dct - timedelta(days=_HALF_REPORTED_DAYS)
        return max(y for y in years if _half_span(y, number)[0] <= reported)
    options = [(_half_span(y, number), str(y)) for y in years]
    return int(choose(options, dct, tense, penalty_days=MONTH_PENALTY)[1])


def half(found: Found, ctx: Context) -> Placement:
    """A half year ("the first half of 2024", "the second half of this year", "H1 2025");
    one without its year ("sales rose in the first half") is the nearest such half, one
    told in the past begun by publication."""
    parts = found.parts
    written = parts.get("half") or parts.get("bare") or parts.get("joined", "")
    number = int(parts["h"]) if "h" in parts else ctx.lexicon.halves[written]
    anchor: Anchor = "absolute" if "year" in parts else "dct"
    if "joined" in parts:
        # "first-half profit" names the half its figures are of: as for a quarter, the
        # nearest one ("will report first-half results" in July), one told in the past begun
        tense: Tense = "past" if ctx.tense(found) == "past" else "unknown"
        year = _nearest_half_year(number, ctx.dct, tense)
    elif "bare" in parts:
        year = _nearest_half_year(number, ctx.dct, ctx.tense(found))
    else:
        year = relative_year(parts, ctx) or ctx.dct.year
    return Placement(f"{year:04d}-H{number}", *_half_span(year, number), "half", "", anchor)


def unit_relative(found: Found, ctx: Context) -> Placement | None:
    """Calendar units around DCT ("last week", "this year", "earlier this month",
    "the end of next year"); "the following year" anchors to a date told before."""
    parts = found.parts
    lexicon = ctx.lexicon
    unit, rel, fuzzy = parts["unit"], parts["rel"], parts.get("fuzzy", "")
    definite = rel in lexicon.definite
    if definite and unit == "year" and _date_ended_on(found, ctx) is not None:
        # "the year ended March 31", "the year to February": twelve months up to a date,
        # not a calendar year ("the year ended with a storm", "the year to come" are).
        return Placement("P1Y", anchor="none", type="DURATION")
    if unit == "quarter" and _the_one_told(rel, lexicon) and (day := _date_ended_on(found, ctx)):
        number = (day.month - 1) // 3 + 1  # "the quarter ended Sept. 30": the one holding it
        return Placement(
            f"{day.year:04d}-Q{number}", *quarter_span(day.year, number), "quarter", anchor="text"
        )
    if unit == "quarter" and (definite or rel in lexicon.latest_complete):
        return quarter(found, ctx)
    if definite and not fuzzy and unit not in ("weekend", "year"):
        return None
    if rel in lexicon.stretch_of_long_unit and unit in ("decade", "century"):
        # "over the next decade", "the past century": a length, not a calendar decade
        value = duration_value(1, unit, lexicon)
        return Placement(value, anchor="none", type="DURATION")
    if _stretch_up_to_now(parts, lexicon):
        return up_to_now(found, 1, unit, ctx)
    anchor: Anchor = "dct"
    base = ctx.dct
    reported = _quarter_reported(found, ctx) if definite and unit == "year" else None
    if reported is not None and not fuzzy:
        # "a loss in the fourth quarter and for the full year": the year reported on
        base, anchor, shift = reported, "text", 0
    elif rel in ctx.lexicon.relational_shifts:
        base, anchor = ctx.anchor(found, granularity_of(unit))
        shift = ctx.lexicon.relational_shifts[rel]
    else:
        shift = ctx.lexicon.shifts[rel]
        said = ctx.statement_day(found) if _told_from_a_statement(parts, lexicon) else None
        if said is None and _told_from_a_statement(parts, lexicon):
            # "said last month that ... by the end of the month": that month's end
            said = ctx.statement_period(found, granularity_of(unit))
        if said is not None:  # "said on Sunday that last week ...": Sunday's last week
            base, anchor = said, "text"
    if unit == "weekend" and shift == 0 and anchor == "dct" and ctx.dct.weekday() < 5:
        # On a weekday, "the weekend" is the one just gone unless told in the future,
        # "this weekend" the coming one unless told in the past.
        tense = ctx.tense(found)
        shift = -1 if (tense != "future" if definite else tense == "past") else 0
        if definite and told_ahead_of(found, ctx):  # "ahead of the weekend": the nearest
            shift = 0 if ctx.dct.weekday() > 2 else -1
    span, value, granularity = unit_span(unit, base, shift)
    mod = position_mod(fuzzy, ctx.lexicon)
    if fuzzy in ("earlier", "later") and shift == 0 and anchor == "dct":
        first, last = span
        if fuzzy == "earlier":
            span = (first, max(first, min(last, ctx.dct - timedelta(days=1))))
        else:
            span = (min(last, max(first, ctx.dct + timedelta(days=1))), last)
    else:
        span = narrow(span, granularity, mod, edge=fuzzy in lexicon.year_edges)
    return Placement(value, *span, granularity, mod, anchor)


def _quarter_reported(found: Found, ctx: Context) -> date | None:
    """The start of the quarter told last before ``found`` in its sentence, if any."""
    told = ctx.told_before(found, "quarter", same_sentence=True)
    return told.start if told is not None and told.granularity == "quarter" else None


@cache
def _ended_pattern(language: str) -> re.Pattern[str]:
    words = alternation(load_lexicon(language).ending_on)
    return re.compile(rf"\s+(?:{words})\b\s*")


def _date_ended_on(found: Found, ctx: Context) -> date | None:
    """The day placed right after "ended" following ``found`` ("the quarter ended
    (Sept. 30)"), or the last day of such a month ("the quarter ending in (March)"), if
    any."""
    ended = _ended_pattern(ctx.lexicon.language).match(ctx.text, found.end, found.end + 20)
    if ended is None:
        return None
    start = ended.end()
    at = ctx.placed_index(start)
    if at == len(ctx.placed) or ctx.placed[at][0].start != start:
        return None
    placement = ctx.placed[at][1]
    if placement.granularity == "month":
        return placement.end
    return placement.start if placement.granularity in ("day", "time") else None


def unit_edge(found: Found, ctx: Context) -> Placement:
    """ "year-end", "month's end": the end (or start) of DCT's unit; told in the past
    before it ("had set a year-end deadline", "up 5% since year-end"), of the unit
    before (a verb reporting the sentence after it says nothing of its side: "paves
    the way for a year-end rally," he said)."""
    parts = found.parts
    edge = parts["edge"].lower()
    mod: Mod = "END" if edge == "end" else ctx.lexicon.modifiers.get(edge, "START")
    before = ctx.cues_of(found).last_before(found.start)
    told_before = word_before(ctx.text, found.start) in ctx.lexicon.past_before or (
        before is not None and before[2] == "past"
    )
    shift = -1 if mod == "END" and told_before and ctx.tense(found) == "past" else 0
    span, value, granularity = unit_span(parts["unit"], ctx.dct, shift)
    middle = narrow(span, granularity, mod)
    if mod == "MID":
        # a middle told in the past before it came, or ahead once it has gone, is the
        # neighbouring unit's ("peaked in mid-month" told on the 3rd: last month's)
        tense = ctx.tense(found)
        step = -1 if tense == "past" and ctx.dct < middle[0] else 0
        step = 1 if tense == "future" and ctx.dct > middle[1] else step
        if step:
            span, value, granularity = unit_span(parts["unit"], ctx.dct, step)
            middle = narrow(span, granularity, mod)
    return Placement(value, *middle, granularity, mod, "dct")


def _the_one_told(rel: str, lexicon: Lexicon) -> bool:
    """ "the (quarter)", "the current (quarter)": a unit a date ending it may name."""
    return rel in lexicon.definite or lexicon.shifts.get(rel) == 0


def _ending_on_a_date(found: Found, text: str, lexicon: Lexicon) -> bool:
    """ "the quarter ended Sept. 30" waits for the date it ends on."""
    return _ended_pattern(lexicon.language).match(text, found.end, found.end + 20) is not None


def _story_unit(found: Found, lexicon: Lexicon) -> bool:
    """ "the previous year", "the end of the month" take a story's time; "the weekend",
    "the quarter" are the publication's."""
    return found.parts["unit"] in ("month", "year") and without_deictic_relation(found, lexicon)


def _relational_unit(found: Found, text: str, lexicon: Lexicon) -> bool:
    """ "the following year": counted from a date told before; "the past week", "last
    week": from the day of a statement that may be reported after it. All in the second
    pass."""
    parts = found.parts
    unit, rel = parts["unit"], parts.get("rel", "")
    if unit == "quarter" and _the_one_told(rel, lexicon):
        return _ending_on_a_date(found, text, lexicon)
    if unit == "year" and rel in lexicon.definite and _ending_on_a_date(found, text, lexicon):
        return True  # "the year to February" waits for the date it ends on
    return (
        rel in lexicon.relational_shifts
        or _stretch_up_to_now(parts, lexicon)
        or _told_from_a_statement(parts, lexicon)
    )


def _told_from_a_statement(parts: Mapping[str, str], lexicon: Lexicon) -> bool:
    """ "last week", "next month", "the end of the month": counted from the day of a
    statement reporting them, as "yesterday" is; a year, "the weekend", "earlier this
    month" stay the publication's."""
    if parts["unit"] not in ("week", "month"):
        return False
    if parts["rel"] in lexicon.definite:
        return bool(parts.get("fuzzy"))  # "the end of the month", not "the week"
    return not parts.get("fuzzy")


def _stretch_up_to_now(parts: Mapping[str, str], lexicon: Lexicon) -> bool:
    """ "the past week": the seven days up to now; "the past year" stays the calendar
    year before, as TimeML corpora mark it."""
    return (
        parts["rel"] in lexicon.unit_up_to_now
        and not parts.get("fuzzy")
        and parts["unit"] in ("week", "month")
    )


def quarter_rule(w: Words) -> Rule:
    """A quarter: "the third quarter", "Q3 2025", "the first quarter of last year", "the end
    of the third quarter", "the final quarter of the year"."""
    last = alternation(w.lexicon.last_of_year)
    # "the last quarter" is the fourth only of a year told: not "of the century"
    of_a_year = rf"\s+quarter\s+of\s+(?:{w.year}|(?:{w.from_now}|the)\s+year\b)"
    return rule(
        "quarter",
        "DATE",
        rf"(?:(?P<fuzzy>{w.position})\s+)?"
        rf"(?:(?P<det>the(?=\s+(?:{w.fiscal}[\s-]+)?\w+\s+quarter)|(?:{w.from_now})\s+year's)\s+)?"
        rf"(?:(?P<pyear>{w.year})\s+)?(?:(?P<fiscal>{w.fiscal})[\s-]+)?"
        rf"(?:(?P<ordinal>{w.ordinal})|(?<=\bthe\s)(?P<last>{last})(?={of_a_year}))[\s-]+"
        rf"(?:(?P<fiscal2>{w.fiscal})[\s-]+)?quarter(?:\s+of\s+(?:{w.fiscal}\s+)?(?P<year>{w.year})"
        rf"|\s+of\s+(?P<qrel>{w.from_now}|the)\s+year"
        # its year right after it: "fourth quarter 2025 inflation"
        rf"|\s+(?P<nyear>{w.year}))?"
        rf"|Q(?P<q>[1-4])(?:\s+(?P<qyear>{w.year}))?"
        # a quarter named by its first and last month ("the April-June quarter", "the
        # July-September period") or by its last ("the June quarter")
        rf"|(?:(?P<mdet>the)\s+)?(?:(?P<opening>{w.month})(?:\s*[-–]\s*|\s+to\s+)"
        rf"(?P<closing>{w.month})\s+(?:quarter|period)|(?P<closing2>{w.month})\s+quarter)"
        rf"(?:\s+of\s+(?P<myear>{w.year})"
        rf"|\s+of\s+(?P<mqrel>{w.from_now})\s+year)?",
        quarter,
        accept=_months_of_a_quarter,
        reads={
            "det",
            "fiscal",
            "fiscal2",
            "fuzzy",
            "closing",
            "last",
            "ordinal",
            "pyear",
            "q",
            "qrel",
            "qyear",
            "year",
        },
        aliases={"nyear": "year", "myear": "year", "mqrel": "qrel", "closing2": "closing"},
        near={"quarter", "q", "period"},
        later=_ending_on_a_date,
        narrated=_of_the_year,
    )


def _months_of_a_quarter(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """Months stand for a quarter only when they end one and span it: "April-June",
    "the June quarter", not "March-May" nor "the May quarter"."""
    written = match.group("closing") or match.group("closing2")
    if written is None:
        return True
    closing = lexicon.month(written)
    opening = match.group("opening")
    return closing % 3 == 0 and (opening is None or lexicon.month(opening) == closing - 2)


def _of_the_year(found: Found, lexicon: Lexicon) -> bool:
    """ "the first quarter of the year", "the second half of the year": of the year the
    story has reached, as "the year" alone is."""
    parts = found.parts
    return (parts.get("qrel") or parts.get("yrel", "")) in lexicon.definite


def year_ago_quarter_rule(w: Words) -> Rule:
    """A compared period: "the year-ago quarter", "the quarter a year ago"."""
    return rule(
        "year_ago_quarter",
        "DATE",
        r"(?:the\s+)?(?:comparable\s+|corresponding\s+)?(?P<ago>year-ago|year-earlier)"
        rf"(?:\s+(?P<ordinal>{w.ordinal}))?(?:[\s-]+(?:{w.fiscal}\s+)?(?P<period>quarter|period))?"
        # the period compared with, named after it: "the corresponding period last year"
        r"|(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?(?P<period2>quarter|period)"
        r"\s+(?P<ago2>a\s+year\s+(?:ago|earlier)|last\s+year)"
        # a unit the sentence told, a year back: "the same month last year"
        r"|(?:the\s+)?(?:comparable|corresponding|same)\s+(?P<period4>month|week|day|time)"
        r"\s+(?P<ago4>a\s+year\s+(?:ago|earlier)|last\s+year)"
        rf"|(?P<ago3>last\s+year['’]s)\s+(?:(?P<ordinal2>{w.ordinal})[\s-]+)?(?P<period3>quarter|period)",
        quarter,
        reads={"ago", "ordinal", "period"},
        near={"ago", "earlier", "last"},
        # the period compared with, named after it: the parts of "the year-ago quarter"
        aliases={
            "ago2": "ago",
            "ago3": "ago",
            "ago4": "ago",
            "period2": "period",
            "period3": "period",
            "period4": "period",
            "ordinal2": "ordinal",
        },
        compared=True,
        later=always,  # after the periods it is compared with, placed in either pass
    )


def report_period_rule(w: Words) -> Rule:
    """A reported period: "the 1988 period", "the latest quarter"."""
    return rule(
        "report_period",
        "DATE",
        rf"the\s+(?:(?P<pyear>{w.year})|latest)\s+(?:(?P<ordinal>{w.ordinal})\s+)?"
        rf"(?:{w.fiscal}\s+)?(?:quarter|period)",
        quarter,
        reads={"ordinal", "pyear"},
        near={"quarter", "period"},
    )


def half_rule(w: Words) -> Rule:
    """A half year: "the first half of 2024", "H1 2025"."""
    return rule(
        "half",
        "DATE",
        rf"(?:the\s+)?(?P<half>{alternation(w.lexicon.halves)})[\s-]half\s+of\s+"
        rf"(?:(?P<year>{w.year})|(?P<yrel>{w.from_now}|the)\s+year)"
        rf"|(?-i:H)(?P<h>[12])\s+(?P<hyear>{w.year})"
        # a half alone, of the year told around it ("profit rose in the first half")
        rf"|the\s+(?P<bare>{alternation(w.lexicon.halves)})\s+half(?![\w-])(?!\s+of\b)"
        # joined to the noun it qualifies, as "second-quarter" is: "first-half profit"
        rf"|(?P<joined>{alternation(w.lexicon.halves)})-half(?=\s+\w)",
        half,
        reads={"bare", "h", "half", "joined", "year", "yrel"},
        aliases={"hyear": "year"},
        near={"half", "h1", "h2"},
        narrated=_of_the_year,
    )


def unit_relative_rule(w: Words) -> Rule:
    """A calendar unit from now or from a date told: "last week", "the following year"."""
    relation = alternation([*w.lexicon.shifts, *w.lexicon.relational_shifts])
    return rule(
        "unit_relative",
        "DATE",
        rf"(?:(?P<fuzzy>{w.position}|earlier|later)[\s-]+)?"
        rf"(?P<rel>{relation})\s+(?P<kind>{alternation(w.lexicon.unit_kinds)}\s+)?"
        r"(?P<unit>week|weekend|month|year|quarter|decade|century)",
        unit_relative,
        reads={"fuzzy", "rel", "unit"},
        near=lower([*w.lexicon.units, *w.unit_plurals, "weekend"]),
        narrated=_story_unit,
        later=_relational_unit,
    )


def unit_edge_rule(w: Words) -> Rule:
    """The edge or the middle of the current unit: "year-end", "month's end", "mid-month"."""
    mids = sorted(
        {word.rstrip("-") for word, mod in w.lexicon.modifiers.items() if mod == "MID"} - {""}
    )
    mids = [word for word in mids if word.isalpha()]  # "mid", not "the middle of"
    units = ["year", "month", "week"]
    return rule(
        "unit_edge",
        "DATE",
        rf"(?P<middle>{alternation(mids)})-?(?P<unit2>{alternation(units)})"
        rf"|(?P<unit>{alternation(units)})(?:-|['’]s\s+|\s+(?=end\b))"
        r"(?P<edge>end|start|beginning)",
        unit_edge,
        reads={"edge", "unit"},
        near={"end", "start", "beginning", *mids, *(m + u for m in mids for u in units)},
        narrated=without_deictic_relation,
        aliases={"middle": "edge", "unit2": "unit"},
    )
