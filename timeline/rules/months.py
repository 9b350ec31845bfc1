"""Months and seasons ("in March", "late November", "last fall", "winter 2024")."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from timeline.calendar_spans import Span, month_span, narrow, season_span
from timeline.lexicon import Lexicon, load_lexicon
from timeline.mentions import (
    Found,
    Rule,
    next_word,
    previous_word,
)
from timeline.model import Anchor, Mod
from timeline.placing import (
    MONTH_PENALTY,
    Context,
    Placement,
    choose,
    day_placement,
    plan_told_in_the_past,
    position_mod,
    relative_year,
    year_told,
)
from timeline.rules.words import (
    Words,
    after_a_name,
    alternation,
    before_a_name,
    lower,
    of_a_year_told,
    rule,
    without_deictic_relation,
    words_of,
)
from timeline.tense import Tense, word_before


def month(found: Found, ctx: Context) -> Placement:
    """A month alone ("in March", "back in August", "late November", "May 2024")."""
    parts = found.parts
    number = ctx.lexicon.month(parts["month"])
    mod = position_mod(parts.get("fuzzy"), ctx.lexicon)
    year = relative_year(parts, ctx)
    anchor: Anchor = "absolute" if "year" in parts or "syear" in parts else "dct"
    told = year_told(found, ctx)
    if told is not None:
        year, anchor = told
    if year is None:
        shift = ctx.lexicon.named_from_now.get(parts.get("rel", ""))
        this_month = (ctx.dct.year, ctx.dct.month)
        if shift == 0:
            year = ctx.dct.year
        elif shift is not None and shift < 0:
            year = ctx.dct.year if (ctx.dct.year, number) < this_month else ctx.dct.year - 1
        elif shift is not None and shift > 0:
            year = ctx.dct.year if (ctx.dct.year, number) > this_month else ctx.dct.year + 1
        else:
            if "back" in parts:
                tense: Tense = "past"
            elif ctx.names_a_contract(found):
                tense = "future"  # "December gold futures rose": a month still to come
            elif ctx.sets_a_time(found):
                tense = "unknown"  # "downplayed the October deadline": the nearest October
            else:
                tense = ctx.tense(found, deadlines=False)
                deadline = word_before(ctx.text, found.start) in ctx.lexicon.future_before
                if deadline and tense != "past":
                    # "lasts until March", "has until May": a deadline ahead; "the curfew
                    # lasted until March" told in the past is the March gone by
                    tense = "future"
                elif tense == "future" and plan_told_in_the_past(found, ctx):
                    tense = "unknown"  # "was meant to be signed in February": the nearest
            options = [
                (month_span(y, number), str(y))
                for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
            ]
            decided = _decision_day(found, ctx) if tense == "future" else None
            if decided is not None:
                # "On March 4, OPEC+ decided to raise output in April": the April after
                # the decision, gone by or not
                year = decided.year + (1 if number < decided.month else 0)
            else:
                side, penalty = ctx.weighing(found, tense, MONTH_PENALTY)
                year = int(choose(options, ctx.dct, side, penalty_days=penalty)[1])
    if "nth" in parts:  # "the second Sunday of May": one day of that month
        day = nth_weekday(
            month_span(year, number),
            ctx.lexicon.weekday(parts["weekday"]),
            ctx.lexicon.weekdays_of_month[parts["nth"].lower()],
        )
        return day_placement(day, anchor)
    span = narrow(month_span(year, number), "month", mod)
    week = ctx.lexicon.weeks_of_month.get(" ".join((parts.get("fuzzy") or "").lower().split()))
    if week is not None:  # "the first week of December": its first seven days
        span = _week_of_month(month_span(year, number), week)
    return Placement(f"{year:04d}-{number:02d}", *span, "month", mod, anchor)


def _decision_day(found: Found, ctx: Context) -> date | None:
    """The start of a date gone by told in ``found``'s sentence before the future cue
    that decides it, when that date lies more than a month before publication ("In
    June, the firm said it would open the plant in August"): the time the plan was
    told, which the month it names follows."""
    first = ctx.sentence_of(found)[0]
    cue = ctx.cues_of(found).last_before(found.start)
    if cue is None or cue[2] != "future":
        return None
    told = ctx.told_before(found, "month", same_sentence=True)
    if told is None or told.start is None or told.end is None:
        return None
    if told.end >= ctx.dct - timedelta(days=31):
        return None
    told_at = next(
        (
            other.end
            for _, other, placement in ctx.placed_before(found.start, first)
            if placement is told
        ),
        None,
    )
    return told.start if told_at is not None and told_at <= cue[0] else None


def nth_weekday(month: Span, weekday: int, nth: int) -> date:
    """The ``nth`` ``weekday`` (Monday = 0) of ``month``; -1 is the last one. A fifth one
    a month lacks is its last."""
    first, last = month
    if nth < 0:
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return day if day <= last else day - timedelta(weeks=1)


def _week_of_month(month: Span, week: int) -> Span:
    """The seven days of ``month`` its ``week``-th week holds (-1: the last seven)."""
    first, last = month
    if week < 0:
        return last - timedelta(days=6), last
    start = first + timedelta(days=7 * (week - 1))
    return start, min(last, start + timedelta(days=6))


def season(found: Found, ctx: Context) -> Placement:
    """A season ("throughout the summer", "last fall", "winter 2024")."""
    parts = found.parts
    spec = ctx.lexicon.seasons[parts["season"]]
    mod = position_mod(parts.get("fuzzy") or parts.get("fuzzy2"), ctx.lexicon)
    written = relative_year(parts, ctx)  # "winter 2024", "the spring of next year"
    anchor: Anchor = "absolute" if "year" in parts or "syear" in parts else "dct"
    told = year_told(found, ctx)
    if told is not None:
        written, anchor = told
    if "srel" in parts:  # "the following spring": the next one after the date told
        return _season_after_told(found, ctx, spec.first_month, spec.code, mod)
    options = [
        (season_span(y, spec.first_month), str(y))
        for y in (ctx.dct.year - 2, ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
    ]
    shift = ctx.lexicon.named_from_now.get(parts.get("rel", ""))
    if written is not None:
        year = written
    elif shift == 0:
        current = [option for option in options if option[0][0] <= ctx.dct <= option[0][1]]
        year = int(current[0][1]) if current else ctx.dct.year
    elif shift is not None and shift < 0:
        past = [option for option in options if option[0][1] < ctx.dct]
        year = int(past[-1][1])
    elif shift is not None and shift > 0:
        future = [option for option in options if option[0][0] > ctx.dct]
        year = int(future[0][1])
    elif ctx.narrating:  # "In the summer of 2014 ... That winter": the story's year
        year = ctx.dct.year
    else:
        tense = "past" if "back" in parts else ctx.tense(found)
        year = int(choose(options, ctx.dct, tense, penalty_days=MONTH_PENALTY)[1])
    span = narrow(season_span(year, spec.first_month), "season", mod)
    return Placement(f"{year:04d}-{spec.code}", *span, "season", mod, anchor)


def _season_relations(lexicon: Lexicon) -> dict[str, int]:
    """ "the following", "the previous": the words that move a season from a date told."""
    relations = {**lexicon.weekday_relations, **lexicon.relational_shifts}
    return {words: shift for words, shift in relations.items() if shift}


def _season_after_told(
    found: Found, ctx: Context, first_month: int, code: str, mod: Mod
) -> Placement:
    """ "The following spring", "the previous winter": the first such season after (or
    before) the latest date told before, else the publication date."""
    shift = _season_relations(ctx.lexicon)[" ".join(found.parts["srel"].lower().split())]
    told = ctx.told_before(found, "year")
    anchor: Anchor = "text" if told is not None else "dct"
    first = told.start if told is not None and told.start is not None else ctx.dct
    last = told.end if told is not None and told.end is not None else ctx.dct
    if told is not None and told.granularity == "year":
        # from a year's middle: "In 1943 ... the following winter" is the winter of 1943-44
        first = last = first + (last - first) / 2
    if shift > 0:
        year = last.year - 1
        while season_span(year, first_month)[0] <= last:
            year += 1
    else:
        year = first.year
        while season_span(year, first_month)[1] >= first:
            year -= 1
    span = narrow(season_span(year, first_month), "season", mod)
    return Placement(f"{year:04d}-{code}", *span, "season", mod, anchor)


# Groups of the month rule that give a month its year ("May 2024", "May of next year"),
# and those that make an ambiguous month word a month too ("late May", "back in May").
_YEAR_GROUPS = ("year", "ryear", "syear", "yrel", "tyrel")
_MONTH_CUES = (*_YEAR_GROUPS, "fuzzy", "rel", "back", "nth", "nth2")


def _month_in_context(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """A month without its year is a month unless it is part of a name: an abbreviation
    without its full stop ("Dong Jun"), a month word right after a capitalised word
    inside a sentence ("Prime Minister Theresa May"), or one right before a capitalised
    word that nothing leads to as to a date ("April Glaspie said"). Ambiguous month
    words ("May", "March") count only with a day, year or cue."""
    month = match.group("month")
    parts = match.groupdict()
    if month is None or any(parts.get(name) for name in _YEAR_GROUPS):
        return True
    if month in lexicon.month_abbreviations:
        return False
    start = match.start("month")
    if start == match.start("core") and after_a_name(text, start, lexicon):
        return False
    cued = any(parts.get(name) for name in _MONTH_CUES)
    previous = previous_word(text, match.start("core"))
    if not cued and before_a_name(text, match.end("month"), lexicon):
        # a name the month word opens ("shares of May Department Stores"), unless a
        # word leads to it as to a date ("In June Parliament voted"), a determiner
        # makes it a modifier ("the October Chinese intervention") or it ends a range
        # ("from March to May German units held")
        leads = previous in lexicon.month_context and previous not in lexicon.name_joiners
        return (
            leads or previous in lexicon.attributive_before or _ends_a_range(text, match, lexicon)
        )
    if month.rstrip(".") not in lexicon.ambiguous_months or cued:
        return True
    if previous in lexicon.month_context and previous not in lexicon.verb_context:
        return True
    return _ends_a_range(text, match, lexicon) or _ends_a_period(text, match, lexicon)


def _ends_a_range(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """The end of a range of months: "from October to [March]", "between April and
    [May]"."""
    start = match.start("core")
    return _after_a_month(lexicon.language).search(text, max(0, start - 40), start) is not None


def _ends_a_period(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """The month a period told right before runs up to: "the year to [March]", "the three
    months to [May]" ("to" after a unit leads to a date, not to a verb)."""
    start = match.start("core")
    return _after_a_period(lexicon.language).search(text, max(0, start - 40), start) is not None


@cache
def _after_a_period(language: str) -> re.Pattern[str]:
    """A unit and a word of ``ending_on`` right before a match."""
    lexicon = load_lexicon(language)
    unit, ending = words_of(lexicon).unit, alternation(lexicon.ending_on)
    return re.compile(rf"\b{unit}\s+(?:{ending})\s+$", re.IGNORECASE)


@cache
def _after_a_month(language: str) -> re.Pattern[str]:
    """A month name and a word joining it to the end of a range, right before a match."""
    lexicon = load_lexicon(language)
    names = [*lexicon.months, *(f"{name}." for name in lexicon.month_abbreviations)]
    months = alternation(names, case_sensitive=True)
    return re.compile(
        rf"(?<![\w.]){months}(?:\s*[-–]\s*|\s+{alternation(lexicon.range_joins)}\s+)$",
        re.IGNORECASE,
    )


def _season_in_context(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """Seasons need a year, a modifier or a cue; "the fall of the city" and "to fall"
    are no seasons."""
    parts = match.groupdict()
    end = parts.get("year_end") or parts.get("pyear_end")
    if end is not None:
        return _crosses_into(parts["year"] or parts["pyear"], end)
    if any(parts.get(name) for name in ("year", "ryear", "syear", "tyrel", "yrel")):
        return True
    if _names_with_season(text, match, lexicon):
        return False  # "the Winter Olympics"
    previous = previous_word(text, match.start("core"))
    if next_word(text, match.end("core")) == "of" or previous in lexicon.verb_context:
        return False
    after_cue = previous in lexicon.month_context
    rel = " ".join((parts.get("rel") or "").lower().split())
    if match.group("season").lower() == "fall" and rel not in lexicon.named_from_now:
        if parts.get("srel"):
            return True  # "the following fall"
        return after_cue  # "the fall", "that fall": a season only after a cue
    return (
        after_cue
        or bool(rel or parts.get("srel") or parts.get("fuzzy") or parts.get("back"))
        or _listed_after_a_period(text, match.start("core"), lexicon)
    )


# The second year of a season told by the two years it spans: "(winter) 2022-23",
# "(the) 2023/2024 (winter)".
_YEAR_PAIR_END = r"[-–/](?:\d\d|\d{4})(?!\d|[-–/]\d)"


def _crosses_into(year: str, end: str) -> bool:
    """Whether ``end`` ("-23", "/2024") names the year after ``year``: a season told by
    the two years it spans ("winter 2022-23") is the season that starts in the first."""
    digits = end[1:]
    return int(year[: 4 - len(digits)] + digits) == int(year) + 1


_LAST_TWO_WORDS = re.compile(r"([^\W\d_]+)\.?,?\s+([^\W\d_]+)\s*$")


def _listed_after_a_period(text: str, start: int, lexicon: Lexicon) -> bool:
    """A season joined by "and" or "or" to a month or a season before it ("late May or
    summer", "in winter and spring") is listed with it."""
    words = _LAST_TWO_WORDS.search(text, max(0, start - 30), start)
    if words is None or words.group(2).lower() not in lexicon.range_joins:
        return False
    before = words.group(1)
    return before in lexicon.months or before.lower() in lexicon.seasons


_WORD_AFTER_SEASON = re.compile(r"\s+([A-Z][a-z]+)")


def _names_with_season(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """A capitalised season before a capitalised word naming a thing held, not a
    happening, is part of a name ("the Winter Olympics", "the Summer Palace"; not "the
    Spring Offensive", which is dated by its season)."""
    season = match.group("season")
    if not season[:1].isupper() or season.isupper():
        return False
    word = _WORD_AFTER_SEASON.match(text, match.end("season"))
    return word is not None and word.group(1).lower() in lexicon.season_name_heads


def month_rule(w: Words) -> Rule:
    """A month: "in March", "back in August", "late November", "May 2024", "the first
    Sunday of May"."""
    lexicon = w.lexicon
    nth_alone = alternation(
        word
        for word in lexicon.weekdays_of_month
        if word not in lexicon.weekday_of_month_needs_article
    )
    return rule(
        "month",
        "DATE",
        rf"{w.back}(?:(?P<fuzzy>{w.position})[\s-]*"
        # "the first Sunday of May", "the last Friday in June": a weekday of the month
        rf"|(?:the\s+(?P<nth>{alternation(lexicon.weekdays_of_month)})|(?P<nth2>{nth_alone}))"
        rf"\s+(?P<weekday>{w.weekday})\s+(?:of|in)\s+)?"
        rf"(?:(?P<rel>{w.named_relation})\s+)?"
        rf"(?P<month>{w.month})(?:(?:,?\s+|\s+of\s+)(?P<year>{w.written_year})"
        rf"|(?:,?\s+|\s+of\s+)(?P<syear>{w.spelled})"
        rf"|{w.year_from_now}|{w.of_told_year}|{w.range_year}"
        r"|(?!\.?[\s,]*\d))",
        month,
        reads={
            "back",
            "fuzzy",
            "month",
            "nth",
            "weekday",
            "rel",
            "syear",
            "tyrel",
            "year",
            "yrel",
        },
        near=lower(w.lexicon.months),
        accept=_month_in_context,
        narrated=without_deictic_relation,
        later=of_a_year_told,
        aliases={"ryear": "year", "ryrel": "yrel", "nth2": "nth"},
        start=w.second_end,
        cycle="year",
    )


def season_rule(w: Words) -> Rule:
    """A season: "throughout the summer", "last fall", "winter 2024"."""
    return rule(
        "season",
        "DATE",
        rf"{w.back}(?:(?P<fuzzy>{w.position})[\s-]*)?"
        rf"(?:(?P<srel>{alternation(_season_relations(w.lexicon))})\s+"
        rf"|(?P<rel>{w.named_relation}|the)\s+)?"
        rf"(?:(?P<fuzzy2>early|late|mid)[\s-]+)?"
        rf"(?:(?P<pyear>{w.year})(?P<pyear_end>{_YEAR_PAIR_END})\s+)?"
        rf"(?P<season>{w.season})(?:(?:\s+of)?\s+(?:(?P<year>{w.year})(?P<year_end>{_YEAR_PAIR_END})?"
        rf"|(?P<syear>{w.spelled}))"
        rf"|{w.year_from_now}|{w.of_told_year}|{w.range_year})?",
        season,
        reads={
            "back",
            "fuzzy",
            "fuzzy2",
            "rel",
            "season",
            "srel",
            "syear",
            "tyrel",
            "year",
            "yrel",
        },
        near=lower(w.lexicon.seasons),
        accept=_season_in_context,
        narrated=without_deictic_relation,
        later=of_a_year_told,
        aliases={"ryear": "year", "pyear": "year", "pyear_end": "year_end"},
        start=w.second_end,
        cycle="year",
    )
