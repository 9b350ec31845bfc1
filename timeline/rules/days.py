"""Days named from the publication: weekdays, "yesterday", "tonight", holidays."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from datetime import date, timedelta
from functools import cache

from timeline.calendar_spans import holiday_date, unit_span, weekend_beside
from timeline.lexicon import Lexicon, load_lexicon
from timeline.mentions import Found, Rule, opens_on, title_case_around
from timeline.model import Anchor
from timeline.placing import (
    CLAUSE_BREAK,
    MONTH_PENALTY,
    Context,
    Placement,
    choose,
    day_placement,
    night_before,
    position_mod,
    time_of_day,
    told_ahead_of,
    weekday_date,
    weekday_tense,
)
from timeline.rules.words import (
    Words,
    after_a_name,
    alternation,
    lower,
    names_a_day,
    one_word_each,
    rule,
    without_deictic_relation,
    word_ahead,
)
from timeline.tense import is_past_form
from timeline.text import is_quoted, quote_marks


def weekday(found: Found, ctx: Context) -> Placement:
    """A weekday: the nearest such day on or before DCT in the past tense, on or after
    it in the future tense; "last"/"next" look strictly before/after; "the previous
    Friday" / "the following Monday" count from the latest day told before. A part of
    the day makes it a time of that day ("Sunday morning" -> ``...TMO``)."""
    code = ctx.lexicon.parts_of_day.get(found.parts.get("part", ""))
    return time_of_day(_weekday_day(found, ctx), code)


def _weekday_day(found: Found, ctx: Context) -> Placement:
    """The day of a weekday (see :func:`weekday`)."""
    parts = found.parts
    fuzzy = parts.get("fuzzy", "")
    if parts.get("rel") in ctx.lexicon.weekday_relations:
        base, anchor = ctx.anchor(found, "day")
        step = ctx.lexicon.weekday_relations[parts["rel"]]
        day = base + timedelta(days=step)
        while day.weekday() != ctx.lexicon.weekday(parts["weekday"]):
            day += timedelta(days=step)
        return day_placement(day, anchor, position_mod(fuzzy, ctx.lexicon))
    tense = weekday_tense(found, ctx)
    if tense != "past":  # "later on Monday" looks ahead, unless told in the past
        tense = ctx.lexicon.tense_of_soft_positions.get(fuzzy) or tense
    if "beforelast" in parts:  # "the Sunday before last": the one before last Sunday
        base = weekday_date(ctx.lexicon.weekday(parts["weekday"]), ctx, "past", "", shift=-1)
        return day_placement(base - timedelta(days=7), "dct")
    number = ctx.lexicon.weekday(parts["weekday"])
    if tense != "past" and not parts.get("rel") and (ahead := day_ahead_told(found, ctx, number)):
        return day_placement(ahead, "text", position_mod(fuzzy, ctx.lexicon))
    day = weekday_date(number, ctx, tense, parts.get("rel", ""))
    return day_placement(day, "dct", position_mod(fuzzy, ctx.lexicon))


def day_ahead_told(found: Found, ctx: Context, weekday_number: int) -> date | None:
    """A day after publication told last before a weekday not told in the past, in its
    sentence or the one before, when it falls on that weekday: the day the weekday
    names again ("to take off on August 25 ... scheduled for 3.49 am on Friday" told on
    an earlier Friday is August 25, not publication day)."""
    told = ctx.told_before(found, "day", same_sentence=True)
    ahead = told.start if told is not None else ctx.day_told_just_before(found)
    if ahead is None or ahead <= ctx.dct or ahead.weekday() != weekday_number:
        return None
    return ahead


def speech_day(found: Found, ctx: Context) -> tuple[date, Anchor]:
    """The day a quotation was spoken, for "today" or "this morning" inside it: the
    day named outside the quotation in its sentence ('On Saturday, the governor said:
    "A drone hit the plant this morning."'), else, reported by a verb told in the past,
    the day told just before (see :meth:`Context.day_told_earlier`), else DCT."""
    first, last = ctx.sentence_of(found)
    # the marks of the sentence found by bisection: a sentence may run a whole text long
    # (lines without full stops), and a read of it for each date would cost its square
    marks = quote_marks(ctx.text)
    low, high = bisect_left(marks, first), bisect_left(marks, last)
    opened = bisect_left(marks, found.start, low, high)
    if (opened - low) % 2 == 0:
        return ctx.dct, "dct"
    closed = bisect_right(marks, found.start, low, high)
    inside = (marks[opened - 1], marks[closed] if closed < high else last)
    days = [
        placement.start
        for other, placement in ctx.placed_within(first, last)
        if not inside[0] < other.start < inside[1]
        and placement.granularity in ("day", "time")
        and placement.start is not None
    ]
    if days:
        return days[-1], "text"
    # '... signed a deal on Friday. "Today the war ends," the envoy said.': the day of
    # the statement is the day told just before
    outside = ctx.text[first : inside[0]] + " " + ctx.text[inside[1] + 1 : last]
    words = re.findall(r"[\w’']+", outside.lower())
    reported = any(
        word in ctx.lexicon.reporting and is_past_form(word, ctx.lexicon.language) for word in words
    )
    told = ctx.day_told_earlier(found) if reported else None
    return (told, "text") if told is not None else (ctx.dct, "dct")


@cache
def _night_dates_link(language: str) -> re.Pattern[str]:
    """The words between "overnight" and the days its night runs between."""
    return re.compile(
        rf"\s+(?:{alternation(load_lexicon(language).night_dates_after)})\s+", re.IGNORECASE
    )


def _second_of_two_days(found: Found, ctx: Context) -> date | None:
    """The second of two days in a row named as a range right after "overnight" and a
    word of `night_dates_after` ("overnight on 16-17 June"), else None."""
    link = _night_dates_link(ctx.lexicon.language).match(ctx.text, found.end)
    if link is None:
        return None
    at = ctx.placed_index(link.end())
    if at + 1 >= len(ctx.placed) or ctx.placed[at][0].start != link.end():
        return None
    (_, first), (second, last) = ctx.placed[at], ctx.placed[at + 1]
    if first.granularity != "day" or last.granularity != "day" or ctx.range_start(second) != at:
        return None
    if first.start is None or last.start is None or (last.start - first.start).days != 1:
        return None
    return last.start


def deictic(found: Found, ctx: Context) -> Placement:
    """ "yesterday", "today", "tonight", "this morning", "last night": days from DCT;
    "overnight" (and "tonight" told in the past): the night before the day named in its
    sentence, else before DCT, or after it when told ahead ("will fall overnight")."""
    parts = found.parts
    base, anchor = speech_day(found, ctx)
    if anchor == "dct" and ctx.narrative and is_quoted(ctx.text, found.start):
        return _said_on_a_day_untold(found, ctx)
    if "ppart" in parts:
        day = base + timedelta(days=ctx.lexicon.part_of_day_relations[parts["prel"]])
        day, anchor = _glossed(found, ctx, day, anchor)
        return time_of_day(day_placement(day, anchor), ctx.lexicon.parts_of_day[parts["ppart"]])
    word = parts["deictic"]
    # "Tonight, the army shelled the city": a night already told is the one just gone
    gone = ctx.lexicon.deictic_parts.get(word) == "NI" and anchor == "dct"
    gone = gone and not is_quoted(ctx.text, found.start) and ctx.tense(found) == "past"
    if word in ctx.lexicon.night_before and (second := _second_of_two_days(found, ctx)):
        return night_before(second, "text")  # "overnight on 16-17 June": between them
    if word in ctx.lexicon.night_before or gone:  # the night before the day in focus
        day, anchor = ctx.day_in_sentence(found)
        if day > ctx.dct and ctx.tense(found) == "past":
            day, anchor = ctx.dct, "dct"  # "snow fell overnight; more is expected Friday"
        if _after_a_happening(found, ctx):  # "overnight, after the quake Saturday"
            day += timedelta(days=1)
        elif anchor == "dct" and not gone and ctx.tense(found) == "future":
            day += timedelta(days=1)  # "temperatures will fall overnight": the coming night
        return night_before(day, anchor)
    day = base + timedelta(days=ctx.lexicon.deictic_days[word])
    day, anchor = _glossed(found, ctx, day, anchor)
    placement = day_placement(day, anchor, position_mod(parts.get("fuzzy"), ctx.lexicon))
    code = ctx.lexicon.parts_of_day.get(parts.get("part", ""))
    return time_of_day(placement, code or ctx.lexicon.deictic_parts.get(word))


def _said_on_a_day_untold(found: Found, ctx: Context) -> Placement:
    """A day word in a quotation of a text that narrates, with no day told for the
    speech ('Nixon said, "I am tonight announcing ..."'): a day of the speaker's, not of
    the moment of writing, so unplaced ("XXXX-XX-XX", with its part of the day)."""
    parts = found.parts
    word = parts.get("ppart") or parts.get("part") or parts["deictic"]
    code = ctx.lexicon.parts_of_day.get(word) or ctx.lexicon.deictic_parts.get(word)
    if code is None:
        return Placement("XXXX-XX-XX", anchor="none", type="DATE")
    return Placement(f"XXXX-XX-XXT{code}", anchor="none", type="TIME")


def _glossed(found: Found, ctx: Context, day: date, anchor: Anchor) -> tuple[date, Anchor]:
    """The weekday in brackets right after a day word, nearest ``day`` ("yesterday
    (Saturday)" in a quotation spoken on another day than publication), else ``day``."""
    gloss = found.parts.get("gloss")
    if gloss is None:
        return day, anchor
    shift = (ctx.lexicon.weekday(gloss) - day.weekday()) % 7
    return day + timedelta(days=shift if shift <= 3 else shift - 7), "text"


@cache
def _earlier_happening(language: str) -> re.Pattern[str]:
    words = alternation(load_lexicon(language).earlier_happening)
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def _after_a_happening(found: Found, ctx: Context) -> bool:
    """True when the day named in the sentence comes after "overnight" and a word that
    puts a happening before it ("sought refuge overnight after the quake Saturday"), or
    in a clause such a word opens the sentence with ("After calming on Tuesday, fighting
    reignited overnight"; not one at the same time: "During a briefing today, he praised
    the overnight raid"), or told late in that day before "overnight" ("late on Friday
    ... overnight"): the night is the one after that day."""
    nearest = ctx.nearest_day(found)
    if nearest is None:
        return False
    if nearest[0] < found.end and _late_in_the_day(ctx, nearest[0]):
        return True  # "raided the town late on Friday ... gunfire overnight": the night on
    if nearest[0] < found.end:  # "After calming on Tuesday morning, fighting reignited
        first = ctx.sentence_of(found)[0]  # overnight": the night after an opening clause's day
        opening = _earlier_happening(ctx.lexicon.language).match(ctx.text, first)
        return (
            opening is not None
            and opening.group().lower() not in ctx.lexicon.bound_before  # "Since Sunday"
            and opening.group().lower() not in ctx.lexicon.same_time
            and CLAUSE_BREAK.search(ctx.text, nearest[0], found.start) is not None
        )
    earlier = _earlier_happening(ctx.lexicon.language).search(ctx.text, found.end, nearest[0])
    if earlier is None or opens_on(ctx.text, earlier.end(), ctx.lexicon.times_of_day):
        return False  # "continued after dawn on Sunday": a time of that day, no happening
    # "..., officials said on Monday": the day of another clause is the statement's
    return not CLAUSE_BREAK.search(ctx.text, earlier.end(), nearest[0])


def _late_in_the_day(ctx: Context, start: int) -> bool:
    """True when the day placed at ``start`` is told late in it: "late on Friday", "Friday
    evening", "Friday night" (not a night that runs into the next day, as "overnight")."""
    placement = ctx.placed[ctx.placed_index(start)][1]
    one_day = placement.start == placement.end
    return placement.mod == "END" or one_day and placement.value.endswith(("TEV", "TNI"))


def _holiday_key(name: str) -> str:
    return " ".join(name.replace("’", "'").lower().split())


@cache
def _holidays(language: str) -> Mapping[str, Mapping[str, int]]:
    holidays = load_lexicon(language).holidays
    return {_holiday_key(name): spec for name, spec in holidays.items()}


def holiday(found: Found, ctx: Context) -> Placement:
    """A named day ("Thanksgiving Day", "last Christmas", "Christmas 2007", "Christmas
    night"): the one
    nearest DCT on the tense's side; "last"/"next" strictly before/after DCT, "this" the
    one of DCT's year. "Easter week" is the week holding the day, "Thanksgiving
    weekend" the weekend beside it, "the new year" the year the day opens."""
    parts = found.parts
    spec = _holidays(ctx.lexicon.language)[_holiday_key(parts["holiday"])]
    days = [holiday_date(spec, y) for y in range(ctx.dct.year - 1, ctx.dct.year + 2)]
    shift = ctx.lexicon.from_now.get(parts.get("rel", ""), 0)
    anchor: Anchor = "dct"
    if "year" in parts:  # "Christmas 2007": the day of that year
        day, anchor = holiday_date(spec, int(parts["year"])), "absolute"
    elif parts.get("rel") and shift == 0:  # "this Easter": this year's, whatever the tense
        day = holiday_date(spec, ctx.dct.year)
    elif shift < 0:
        day = max(d for d in days if d < ctx.dct)
    elif shift > 0:
        day = min(d for d in days if d > ctx.dct)
    else:
        options = [((d, d), d.isoformat()) for d in days]
        # A named day comes once a year, so the tense decides, as for a month: a schedule
        # in the present looks ahead ("the festival begins on Christmas Eve"); only
        # right after "before" and the like is the nearest one meant, on either side
        # ("they fasted before Easter").
        if told_ahead_of(found, ctx):
            day = choose(options, ctx.dct, "unknown", penalty_days=0)[0][0]
        else:
            tense = weekday_tense(found, ctx)
            day = choose(options, ctx.dct, tense, penalty_days=MONTH_PENALTY)[0][0]
    if spec.get("whole_year"):  # "the new year": the year its first day opens
        span, value, granularity = unit_span("year", day, 0)
        return Placement(value, *span, granularity, "", anchor)
    if parts.get("around") == "weekend":
        span, value = weekend_beside(day)
        return Placement(value, *span, "week", "", anchor)
    if "around" in parts:  # "Easter week": the week holding the day
        span, value, granularity = unit_span(parts["around"], day, 0)
        return Placement(value, *span, granularity, "", anchor)
    return time_of_day(
        day_placement(day, anchor), ctx.lexicon.parts_of_day.get(parts.get("part", ""))
    )


def _overnight_alone(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """ "overnight" alone is the night before publication; not "an overnight stay",
    and not "overnight into Monday", where the day named carries the date."""
    if (match.group("deictic") or "").lower() not in lexicon.night_before or match.group("part"):
        return True
    word = word_ahead(text, match.end("core"))
    return not word or (
        not names_a_day(word, lexicon) and word.lower() not in lexicon.not_after_overnight
    )


def _quoted_or_overnight(found: Found, text: str, lexicon: Lexicon) -> bool:
    """ "today" in a quotation (the day it was spoken may come after) and "overnight"
    (the night before the day named in its sentence) wait for the other dates."""
    return is_quoted(text, found.start) or found.parts.get("deictic") in lexicon.night_before


def _relational_weekday(found: Found, text: str, lexicon: Lexicon) -> bool:
    """ "the previous Friday": counted from a day told before."""
    return found.parts.get("rel", "") in lexicon.weekday_relations


def _from_writing(found: Found, lexicon: Lexicon) -> bool:
    """ "yesterday", "tonight" count from the moment of writing."""
    return True


def _weekday_from_writing(found: Found, lexicon: Lexicon) -> bool:
    """ "on Tuesday" counts from the moment of writing; "the previous Friday", "that
    Monday" from a day told before."""
    rel = found.parts.get("rel", "")
    return rel not in lexicon.weekday_relations and rel not in lexicon.anaphoric


_WORD_BEFORE = re.compile(r"([\w.'’-]+)[^\S\n]+$")


def _not_anothers_day(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """False for a named day of one country said of another ("Ukraine's Independence
    Day", "the country marks its Independence Day"): a capitalised word before it that
    names none of its owners, or a possessive pronoun."""
    owners = lexicon.holiday_owners.get(match.group("holiday").replace("’", "'"))
    if owners is None or match.group("rel"):
        return True
    start = match.start("holiday")
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return True
    if before.group(1).lower() in lexicon.before_anothers_day:
        return False
    if not before.group(1)[0].isupper():
        return True
    word = before.group(1).replace("’", "'")
    return word in owners or word.lower() in lexicon.before_named_day


_WORD_AFTER = re.compile(r"[^\S\n]+([A-Za-z]+)")


def _a_day_not_a_kind_of_thing(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """False for a named day before a word that makes it a kind of thing ("a Christmas
    market", "Easter eggs", `holiday_things`) and for another country's day."""
    after = _WORD_AFTER.match(text, match.end("core"))
    if after is not None and after.group(1).lower() in lexicon.holiday_things:
        return False
    return _not_anothers_day(text, match, lexicon)


def holiday_rule(w: Words) -> Rule:
    """A named day: "Thanksgiving Day", "last Christmas", "Easter week", "Christmas 2007",
    "Christmas night"."""
    return rule(
        "holiday",
        "DATE",
        rf"(?:(?P<rel>{w.from_now})\s+)?(?P<holiday>{w.holiday})"
        rf"(?:\s+(?P<around>week(?:end)?)(?![\w'’])|\s+(?P<part>{w.part}))?"
        rf"(?:,?\s+(?P<year>{w.written_year}))?",
        holiday,
        reads={"around", "holiday", "part", "rel", "year"},
        # a named day's first word after its article ("the new year"): "the" is no trigger
        near=one_word_each(
            " ".join(word for word in name.split() if word.lower() not in w.lexicon.determiners)
            for name in w.lexicon.holidays
        ),
        accept=_a_day_not_a_kind_of_thing,
        narrated=without_deictic_relation,
    )


def deictic_rule(w: Words) -> Rule:
    """Days from now: "yesterday", "tonight", "this morning", "overnight"."""
    lexicon = w.lexicon
    days = alternation([*lexicon.deictic_days, *lexicon.night_before])
    return rule(
        "deictic",
        "DATE",
        rf"(?:(?P<fuzzy>{w.soft})\s+)?(?P<deictic>{days})"
        rf"(?:\s*\(\s*(?P<gloss>{w.weekday})\s*\))?(?:\s+(?P<part>{w.part}))?"
        rf"|(?P<prel>{alternation(lexicon.part_of_day_relations)})\s+(?P<ppart>{w.part})"
        rf"(?:\s*\(\s*(?P<gloss2>{w.weekday})\s*\))?",
        deictic,
        reads={"deictic", "fuzzy", "gloss", "part", "ppart", "prel"},
        aliases={"gloss2": "gloss"},
        near={words.split()[-1].lower() for words in [*lexicon.deictic_days, *lexicon.night_before]}
        | lower(lexicon.parts_of_day),
        accept=_overnight_alone,
        later=_quoted_or_overnight,
        from_writing=_from_writing,
    )


_NAME_WORD_AFTER = re.compile(r" ([A-Z][a-z]+)(?![\w'’-])")


def _not_in_a_name(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """False for a weekday alone between two capitalised words that name no day, the
    first not opening a sentence: a person's name that holds it ("Abba Sunday Ngah"),
    not a date ("On Sunday Ana said", "Police said Sunday Ana was held")."""
    start, end = match.span("core")
    if end - start != len(match.group("weekday")):
        return True
    after = _NAME_WORD_AFTER.match(text, end)
    return (
        after is None
        or names_a_day(after.group(1), lexicon)
        or not after_a_name(text, start, lexicon)
        or title_case_around(text, start, end)
    )


def weekday_rule(w: Words) -> Rule:
    """A weekday: "on Sunday", "last Tuesday", "the previous Friday"."""
    lexicon = w.lexicon
    relation = alternation(
        [
            *lexicon.weekday_from_now,
            *lexicon.weekday_relations,
            *lexicon.from_now,
            *lexicon.anaphoric,
        ]
    )
    return rule(
        "weekday",
        "DATE",
        rf"(?:(?P<fuzzy>{w.soft})\s+(?:on\s+)?)?(?:{w.part_of})?"
        rf"(?:(?P<rel>{relation})\s+)?"
        rf"(?P<weekday>{w.weekday})(?:\s+(?P<part>{w.part})|\s+(?P<beforelast>before\s+last))?",
        weekday,
        reads={"beforelast", "fuzzy", "part", "rel", "weekday"},
        aliases={"dpart": "part"},  # "the night of Wednesday" is "Wednesday night"
        near=lower(w.lexicon.weekdays),
        accept=_not_in_a_name,
        later=_relational_weekday,
        from_writing=_weekday_from_writing,
        cycle="week",
    )
