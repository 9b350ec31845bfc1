"""Times on the clock ("10:35 a.m. Friday") and lengths written as a clock ("in 3:07:35")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from datetime import date, timedelta
from functools import cache

from timeline.lexicon import Lexicon, load_lexicon
from timeline.mentions import Found, Rule, previous_word, short_number_before
from timeline.model import Anchor, Mod
from timeline.placing import (
    Context,
    Placement,
    day_of_month,
    month_day_year,
    weekday_date,
    weekday_tense,
)
from timeline.rules.days import day_ahead_told, speech_day
from timeline.rules.words import (
    CLOCK_TIME,
    Words,
    alternation,
    any_apostrophe,
    lower,
    one_word_each,
    rule,
)


def clock_length(found: Found, ctx: Context) -> Placement:
    """A length written as a clock ("in 3:07:35" -> PT3H7M35S); never placed."""
    hours, minutes, seconds = (int(found.parts[name]) for name in ("hours", "minutes", "seconds"))
    return Placement(f"PT{hours}H{minutes}M{seconds}S", anchor="none")


def _hour_and_minute(parts: Mapping[str, str], lexicon: Lexicon) -> tuple[int, int]:
    """The hour (0-24) and minute a clock time tells, as its parts write it."""
    if "named" in parts:
        return lexicon.named_hours[parts["named"]], 0
    if "hour24" in parts:
        return int(parts["hour24"]), int(parts["minute24"])
    if "hourof" in parts:  # "4 in the morning", "9:30 at night", "9 o'clock tonight"
        hour = int(lexicon.numbers.get(parts["hourof"], parts["hourof"])) % 12
        half = parts.get("dayhalf") or parts.get("thispart", "")
        code = lexicon.parts_of_day.get(half.rpartition(" ")[2]) or lexicon.deictic_parts.get(half)
        if code in ("AF", "EV") or (code == "NI" and hour >= 6):
            hour += 12
        return hour, int(parts.get("minuteof", "0"))
    if "hourd" in parts:  # "7:35 this morning", "11:05 tonight"
        hour = int(parts["hourd"]) % 12
        return hour + (0 if parts["thispart"].endswith("morning") else 12), int(parts["minuted"])
    hour = int(parts["hour"]) % 12 + (12 if parts["ampm"].startswith("p") else 0)
    return hour, int(parts.get("minute", "0"))


_OFFSET = re.compile(r"([+\-\u2212])(\d{1,2})(?::?(\d{2}))?")


def _zone_suffix(parts: Mapping[str, str], lexicon: Lexicon) -> str:
    """The TIMEX3 suffix of a clock time's zone: the lexicon's for a zone's name ("EDT":
    -04), the hours written after universal time for an offset from it ("GMT+3": +03,
    "UTC-05:30": -05:30)."""
    zone = lexicon.zones.get(parts.get("zone", ""), "")
    offset = _OFFSET.fullmatch(parts.get("offset", ""))
    if offset is None or zone != "Z":
        return zone
    sign = "-" if offset.group(1) != "+" else "+"
    hours, minutes = int(offset.group(2)), offset.group(3)
    if hours == 0 and not int(minutes or 0):
        return zone
    return f"{sign}{hours:02d}" + (f":{minutes}" if int(minutes or 0) else "")


def clock_time(found: Found, ctx: Context) -> Placement:
    """A clock time ("10:35 a.m.", "noon Thursday"): TIME on the day named with it, else
    on the day named nearest in its sentence, else on DCT."""
    parts = found.parts
    hour, minute = _hour_and_minute(parts, ctx.lexicon)
    mod: Mod = "APPROX" if parts.get("fuzzy") else ""
    zone = _zone_suffix(parts, ctx.lexicon)
    anchor: Anchor = "dct"
    local = _local_time_before(found, ctx) if "weekday" in parts else None
    if local is not None and local.start is not None:
        # "6 am local time (2315GMT Saturday)": the zone's day is next to the local one
        shift = (ctx.lexicon.weekday(parts["weekday"]) - local.start.weekday()) % 7
        day, anchor = local.start + timedelta(days=shift if shift <= 3 else shift - 7), "text"
    elif "weekday" in parts and (ahead := _weekday_ahead_told(found, ctx)):
        day, anchor = ahead, "text"  # "set for August 25 ... at 3.49 am on Friday"
    elif "weekday" in parts:
        day = weekday_date(
            ctx.lexicon.weekday(parts["weekday"]),
            ctx,
            weekday_tense(found, ctx, deadlines=True),
            parts.get("rel", ""),
        )
    elif "month" in parts:
        month = ctx.lexicon.month(parts["month"])
        placed = month_day_year(found, ctx, month, day_of_month(parts, ctx.lexicon))
        day = placed.start if placed and placed.start else ctx.dct
    elif "deictic" in parts:
        day = ctx.dct + timedelta(days=ctx.lexicon.deictic_days[parts["deictic"]])
    elif "thispart" in parts:  # "this morning": of the day it was told (see speech_day)
        day, anchor = speech_day(found, ctx)
    elif (repeated := _set_beside(found, ctx)) is not None:
        # "every Friday at 11:52 a.m.": a time of every such day, never placed
        return Placement(f"{repeated}T{hour:02d}:{minute:02d}{zone}", mod=mod, anchor="none")
    else:
        # a zone's time in brackets telling another clock names the zone's day, not this one's
        clock = f"T{hour:02d}:{minute:02d}"

        def another_clock(other: Found, placement: Placement) -> bool:
            return zone_in_brackets(other, ctx.text) and clock not in placement.value

        day, anchor = ctx.day_in_sentence(found, ignore=another_clock, hour=hour)
        if anchor == "text" and (reported := _day_before_its_report(found, ctx, hour, day)):
            day = reported  # "hit late Tuesday. It struck at 10 p.m., officials said Wednesday"
        # a time heading its paragraph ("14:05 GMT - ...", a live page's entry) is the page's
        # own time, not one of a day its entries told before
        counted = anchor == "dct" and not _heads_its_paragraph(found, ctx)
        told = ctx.told_before(found, "day") if counted and ctx.narrative else None
        tense = weekday_tense(found, ctx) if counted and told is None else "unknown"
        # "on 20 December 2024. ... Last year's attack came at 19:02": that day
        before = ctx.day_told_within(found) if tense == "past" else None
        if before is None and tense == "past":
            before = ctx.day_told_earlier(found, hour)
        if before is not None and before > ctx.dct:
            before = None  # told in the past: not on a day ahead
        ahead = ctx.day_told_just_before(found, hour) if tense == "future" else None
        if ahead is not None and ahead > ctx.dct:
            before = ahead  # "Canada votes on Monday. First results are due at 7 p.m."
        if told is not None and told.start is not None:
            day, anchor = told.start, "text"  # a history's clock runs on its last day told
        elif before is not None:
            day, anchor = before, "text"  # "Bombs went off Monday. The first came at 2:50 p.m."
        elif anchor == "dct" and hour == _MIDNIGHT and ctx.tense(found) == "past":
            day -= timedelta(days=1)  # "came just after midnight": the one that began DCT
    if zone:
        day = _zone_day(found, ctx, hour * 60 + minute) or day
    if "weekday" not in parts and "month" not in parts and "deictic" not in parts:
        day = _after_a_start_past_midnight(found, ctx, day, hour * 60 + minute)
    if hour == _MIDNIGHT and _opens_its_day(found, ctx, day_told=anchor == "text"):
        hour = 0  # "shortly after midnight on Sunday", "from midnight to 7pm on Saturday"
    value = f"{day.isoformat()}T{hour:02d}:{minute:02d}{zone}"
    return Placement(value, day, day, "time", mod, anchor)


_MIDNIGHT = 24  # the hour a named midnight ends its day on ("T24:00")


def _heads_its_paragraph(found: Found, ctx: Context) -> bool:
    """Whether ``found`` opens its paragraph ("14:05 GMT - The ministry said ..." on a
    live page)."""
    first = ctx.paragraphs[bisect.bisect_right(ctx.paragraphs, found.start) - 1]
    return not ctx.text[first : found.start].strip()


_CLOCK_OF_VALUE = re.compile(r"T(\d\d):(\d\d)")


def _after_a_start_past_midnight(found: Found, ctx: Context, day: date, minutes: int) -> date:
    """The day a clock time without a day of its own ends a range on: the day after its
    start's when it is earlier on the clock ("a curfew from 10 p.m. to 6 a.m."), else
    ``day``."""
    at = ctx.range_start(found)
    if at is None:
        return day
    first = ctx.placed[at][1]
    clock = _CLOCK_OF_VALUE.search(first.value)
    if first.granularity != "time" or first.start != day or clock is None:
        return day
    started = int(clock.group(1)) * 60 + int(clock.group(2))
    return day + timedelta(days=1) if minutes < started else day


# After the word joining a range's two ends, the start of a clock time ("to 7pm", "and
# 6 a.m.", "until noon").
_CLOCK_AFTER_JOIN = re.compile(r"\s+(\w+)\s+(?:\d|noon\b|midday\b)", re.IGNORECASE)


def _opens_its_day(found: Found, ctx: Context, *, day_told: bool) -> bool:
    """Whether a named midnight is the one opening its day (T00:00), not ending it:
    told with its day after a word of ``midnight_opens_day_after`` ("shortly after
    midnight on Sunday": Sunday's first minutes), or opening a range of times of a day
    told near it (``day_told``) without a day of its own ("from midnight to 7pm on
    Saturday"; "a curfew from midnight to 6 a.m." starts tonight)."""
    lexicon = ctx.lexicon
    before = previous_word(ctx.text, found.start).lower()
    own_day = any(name in found.parts for name in ("weekday", "month", "deictic"))
    if own_day:
        return before in lexicon.midnight_opens_day_after
    if not day_told or before not in lexicon.range_opens:
        return False
    join = _CLOCK_AFTER_JOIN.match(ctx.text, found.end)
    return join is not None and join.group(1).lower() in lexicon.range_joins


def _day_before_its_report(found: Found, ctx: Context, hour: int, day: date) -> date | None:
    """The day told in the sentence before a clock time told in the past when ``day``,
    the only day named in its sentence, comes after a verb reporting a statement told
    after the clock time ("A storm hit late Tuesday. It made landfall at 10 p.m.,
    officials said Wednesday"): the report dates itself, not what it tells of."""
    first, last = ctx.sentence_of(found)
    if ctx.told_before(found, "day", same_sentence=True) is not None:
        return None  # "On Wednesday it made landfall at 10 p.m.": that day
    reporting = ctx.reporting_words(first, last)
    said = bisect.bisect_left(reporting, found.end)
    if said == len(reporting) or ctx.tense(found) != "past":
        return None
    nearest = ctx.nearest_day(found, hour=hour)
    if nearest is None or nearest[0] < reporting[said]:
        return None  # "at 10 p.m. on Wednesday, officials said": the day told with it
    earlier = ctx.day_told_just_before(found, hour)
    return earlier if earlier is not None and earlier < day else None


# A clock time as a set's neighbour may write it: "9 a.m.", "21:00", or the hour alone.
_CLOCK_WORD = rf"(?:{CLOCK_TIME}|\d{{1,2}})"
# How far a set may lie from the clock time told with it.
_SET_REACH = 40


@cache
def _between_set_and_time(language: str) -> tuple[re.Pattern[str], ...]:
    """What may stand between a set and a clock time after it ("every day [at] 9 a.m.",
    "daily [from 7 p.m. to] 6 a.m."), between a clock time and a set after it ("9 a.m.
    every Monday", "7 p.m.[ to 6 a.m.] daily"), and between the two ends of a range of
    times ("from 10 p.m. [to] 5 a.m.")."""
    lexicon = load_lexicon(language)
    joins, ranges = alternation(lexicon.clock_joins), alternation(lexicon.range_joins)
    range_join = rf"\s*(?:[-–]|\b(?:{ranges})\b)\s*"
    return (
        re.compile(rf"[\s,]*(?:(?:{joins})\s+)?(?:{_CLOCK_WORD}{range_join})?", re.IGNORECASE),
        re.compile(rf"(?:{range_join}{_CLOCK_WORD})?[\s,]*", re.IGNORECASE),
        re.compile(range_join, re.IGNORECASE),
    )


def _set_beside(found: Found, ctx: Context) -> str | None:
    """The calendar part of a set told right beside a clock time, joined by a word of
    `clock_joins` or the other end of a range of times: "every Friday at 11:52 a.m." ->
    "XXXX-WXX-5", "from 7 p.m. to 6 a.m. daily" -> "XXXX-XX-XX"; else None."""
    before, after, range_join = _between_set_and_time(ctx.lexicon.language)
    at = ctx.placed_index(found.start)
    if at > 0:
        other, placement = ctx.placed[at - 1]
        gap = ctx.text[other.end : found.start]
        if other.type == "SET" and len(gap) <= _SET_REACH and before.fullmatch(gap):
            return _calendar_part(placement.value)
        if placement.anchor == "none" and other.rule == found.rule and range_join.fullmatch(gap):
            return _calendar_part(placement.value)  # the end of a range of a set's times
    if at < len(ctx.placed):
        other, placement = ctx.placed[at]
        gap = ctx.text[found.end : other.start]
        if other.type == "SET" and len(gap) <= _SET_REACH and after.fullmatch(gap):
            return _calendar_part(placement.value)
    return None


def _calendar_part(value: str) -> str:
    """The days a set or a time of a set repeats on: a weekday's ("XXXX-WXX-5"), else
    every day's."""
    return value.partition("T")[0] if value.startswith("XXXX-WXX-") else "XXXX-XX-XX"


# Local time is at most this many minutes behind or ahead of a zone's (UTC-12..UTC+14).
_MOST_BEHIND, _MOST_AHEAD = 12 * 60, 14 * 60


def _weekday_ahead_told(found: Found, ctx: Context) -> date | None:
    """The day ahead told before a clock time's weekday on that weekday, told not in
    the past (see :func:`timeline.rules.days.day_ahead_told`)."""
    if found.parts.get("rel") or weekday_tense(found, ctx, deadlines=True) == "past":
        return None
    return day_ahead_told(found, ctx, ctx.lexicon.weekday(found.parts["weekday"]))


def _local_time_before(found: Found, ctx: Context) -> Placement | None:
    """The local clock time a zone's time in brackets renders ("6 am local time (2315GMT
    Saturday)"): the clock time placed right before it, only "local time" and the
    bracket between them."""
    at = ctx.placed_index(found.start)
    if at == 0:
        return None
    local, placement = ctx.placed[at - 1]
    between = ctx.text[local.end : found.start].lower()
    for words in ctx.lexicon.local_time:
        between = between.replace(words, "", 1)
    if local.rule != found.rule or between.strip() != "(" or placement.start is None:
        return None
    return placement


def zone_in_brackets(found: Found, text: str) -> bool:
    """Whether ``found`` is a clock time with a zone opening a bracket ("(2315GMT
    Saturday)"): another rendering of a local time told before it."""
    before = text[max(0, found.start - 3) : found.start].rstrip()
    return "zone" in found.parts and before.endswith("(")


def _zone_day(found: Found, ctx: Context, minutes: int) -> date | None:
    """The day of a zone's time told in brackets after the local one ("2 a.m. local time
    (2300 GMT) on Sunday" is 23:00 GMT on Saturday): the local day, moved by one when
    the two clocks are on either side of midnight."""
    placement = _local_time_before(found, ctx)
    if placement is None or placement.start is None:
        return None
    clock = re.search(r"T(\d\d):(\d\d)$", placement.value)
    if clock is None:
        return None
    ahead = int(clock.group(1)) * 60 + int(clock.group(2)) - minutes
    if ahead < -_MOST_BEHIND:
        return placement.start - timedelta(days=1)
    if ahead > _MOST_AHEAD:
        return placement.start + timedelta(days=1)
    return placement.start


def _without_own_day(found: Found, text: str, lexicon: Lexicon) -> bool:
    """A time without a day of its own takes the day named near it, once placed; so does
    a zone's time in brackets telling another clock than the local time before it, whose
    day it names from the local one ("6 am local time (2315GMT Saturday)")."""
    own_day = any(name in found.parts for name in ("weekday", "month", "deictic"))
    return not own_day or _renders_another_clock(found, text, lexicon)


# A clock time ending the text before a bracket: "6 am", "4.30 p.m.", "19:02".
_CLOCK_BEFORE_BRACKET = re.compile(
    r"(?<![\d:.])(\d{1,2})(?:[:.]([0-5]\d))?\s*(?:([ap])\.?\s?m\b\.?)?\s*\Z", re.IGNORECASE
)


def _renders_another_clock(found: Found, text: str, lexicon: Lexicon) -> bool:
    """Whether ``found`` is a zone's time in brackets telling another clock than the
    local time right before the bracket ("6 am local time (2315GMT Saturday)", "8 p.m.
    EST (0100 GMT Tuesday)"), not the same one ("4 a.m. (4 a.m. EDT Thursday)")."""
    if not zone_in_brackets(found, text):
        return False
    before = text[max(0, found.start - 40) : text.rfind("(", 0, found.start)].rstrip()
    # the local time may name its zone or say it is local ("8 p.m. EST (0100 GMT ...)")
    for words in (*lexicon.local_time, *lexicon.zones):
        if before.endswith(words) and not before[: -len(words)][-1:].isalpha():
            before = before[: -len(words)].rstrip()  # a whole word: "CEST" is no "EST"
    local = _CLOCK_BEFORE_BRACKET.search(before)
    if local is None:
        return False
    hour = int(local.group(1))
    if local.group(3):
        hour = hour % 12 + (12 if local.group(3).lower() == "p" else 0)
    return (hour, int(local.group(2) or 0)) != _hour_and_minute(found.parts, lexicon)


def _with_month_day(found: Found, lexicon: Lexicon) -> bool:
    """ "9:34 p.m., March 19": a time on a day of the month, which a story's year places."""
    return "month" in found.parts


def clock_time_rule(w: Words) -> Rule:
    """A time on the clock: "10:35 a.m. Friday", "16:08 UTC", "noon", "ten at night"."""
    lexicon = w.lexicon
    after_24_hour = alternation(lexicon.after_24_hour)
    after_hour = any_apostrophe(alternation(lexicon.after_hour))
    day_halves = alternation(lexicon.day_halves)
    hours = alternation(lexicon.hours_of_the_clock)
    # a place's clock: "Moscow time"
    place_time = rf"(?-i:[A-Z][^\W\d_]+)\s+(?:{alternation(lexicon.time_of_a_place)})\b"
    day_of_month = rf"{w.month}\s+{w.day}|{w.day}\s+{w.month}"
    return rule(
        "clock_time",
        "TIME",
        rf"(?:(?P<fuzzy>{w.nearness})\s+)?"
        # a stop may part hours and minutes where a half of the day follows ("12.02 pm");
        # the stop after "m" is the half's own only where one follows its "a" or "p"
        # ("9 p.m."): after "9pm" it ends the sentence
        r"(?:(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*"
        r"(?P<ampm>[ap](?:\.\s?m\b\.?|\s?m\b))"
        # a 24-hour time before a zone or "local": a stop may part hours and minutes
        # before a zone ("around 06.00 GMT"; "rose 2.50 local" is a price)
        rf"|(?P<hour24>[01]?\d|2[0-3])(?::|\.(?=[0-5]\d\s+(?:{w.zones})(?!\w)))"
        rf"(?P<minute24>[0-5]\d)(?=\s+(?:{after_24_hour}|(?:{w.zones})(?!\w)))"
        r"|(?P<hourd>1[0-2]|0?[1-9]):(?P<minuted>[0-5]\d)(?=\s+(?:this\s+\w+|tonight)\b)"
        rf"|(?P<hourof>1[0-2]|0?[1-9]|{alternation(w.clock_words)})(?::(?P<minuteof>[0-5]\d))?"
        rf"(?:\s+{after_hour}(?!\w)|(?=\s+(?:{day_halves})))(?:\s+(?P<dayhalf>{day_halves}))?"
        rf"|(?P<hourh>[01]\d|2[0-3]|\d(?=:)):?(?P<minuteh>[0-5]\d)\s?(?:{hours})"
        r"|(?P<hourat>[01]?\d|2[0-3]):(?P<minuteat>[0-5]\d)(?![:.]?\d|\s*[ap]\.?\s?m\b)"
        rf"|(?<!\d)(?P<hourz>[01]\d|2[0-3])(?P<minutez>[0-5]\d)"
        rf"(?=\s*(?:{w.zones})(?!\w)|\s+(?:{alternation(lexicon.after_four_digits)})\b"
        rf"|\s+{place_time})"
        rf"|(?P<named>{alternation(lexicon.named_hours)}))"
        # a zone, after a space or, from the lexicon, right after the digits ("2315GMT")
        rf"(?:\s+(?P<zone>{w.zones}|(?-i:[A-Z]{{3}}))(?![\w])|(?<=\d)(?P<zonejoined>{w.zones})(?!\w))?"
        # an offset from universal time, written right after it ("GMT+3", "UTC-05:00")
        r"(?:(?<=[TC])(?P<offset>[+\-\u2212](?:1[0-4]|0?\d)(?::?[0-5]\d)?)(?![\d:]))?"
        rf"(?:\s+(?:{alternation(lexicon.local_time)})(?=,?\s+(?:on\s+)?(?:{w.weekday}|{day_of_month})))?"
        # the part of the day after the day repeats what the clock tells ("6 p.m. Friday night")
        rf"(?:,?\s+(?:on\s+)?(?P<weekday>{w.weekday})(?:\s+(?:{w.part})(?!\w))?"
        # the day of the month it is told on, its year with it or not ("11:45 p.m. on Dec.
        # 31", "8 p.m. on 3 March 2024"): one expression, a time of that day
        rf"|,?\s+(?:on\s+)?(?:(?P<month>{w.month})\s+(?P<day>{w.day})"
        rf"|(?P<dayfirst>{w.day})\s+(?P<monthafter>{w.month}))"
        rf"(?:,?\s+(?P<year>{w.written_year}))?(?!\s*[-–/]\s*\d)"
        rf"|\s+(?P<deictic>today|yesterday|tomorrow)(?:\s+(?:{w.part})(?!\w))?"
        rf"|\s+(?P<thispart>this\s+(?:{w.part})|tonight))?",
        clock_time,
        reads={
            "ampm",
            "day",
            "dayhalf",
            "deictic",
            "fuzzy",
            "hour",
            "hour24",
            "hourd",
            "hourof",
            "minute",
            "minuted",
            "minuteof",
            "minute24",
            "month",
            "named",
            "offset",
            "thispart",
            "weekday",
            "year",
            "zone",
        },
        # "a.m.", "pm", a zone a 24-hour time needs, named hours, parts of the day
        near={"m", "am", "pm", short_number_before(":")}
        | lower(lexicon.zones)
        | {re.split(r"['’\s]", word)[-1].lower() for word in lexicon.after_hour}
        | lower([*lexicon.after_24_hour, *lexicon.named_hours, *lexicon.hours_of_the_clock])
        | lower(lexicon.time_of_a_place)
        | one_word_each(lexicon.day_halves, last=True)
        | {"tonight"},
        later=_without_own_day,
        narrated=_with_month_day,
        # "from 5pm tomorrow to 9am on Saturday": the end of a range comes after its start
        cycle="week",
        accept=_a_24_hour_time_after_its_word,
        aliases={
            "hourat": "hour24",
            "minuteat": "minute24",
            "hourz": "hour24",
            "zonejoined": "zone",
            "minutez": "minute24",
            "hourh": "hour24",
            "minuteh": "minute24",
            "dayfirst": "day",
            "monthafter": "month",
        },
    )


def _a_24_hour_time_after_its_word(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """A 24-hour time without a zone after it is one only right after a word such as
    "at" ("at 19:15", "shortly after 09:30"), or with two hour digits after a word of
    nearness ("around 18:05"; "in about 2:05" is a length): "a score of 21:15" is none;
    four digits before a zone only there or in brackets ("(1930 GMT)"), not "in 1930 GMT
    was"; told in hours, only there or with a leading zero ("0500 hours"), not "logged
    1700 hours"; any of them right after another clock time and a joint ("between 18:00
    and 22:00", "3 p.m. EDT, 1900 GMT")."""
    if match.group("hourz") is not None:
        if text[max(0, match.start("core") - 2) : match.start("core")].strip().endswith("("):
            return True
        if _after_another_clock(text, match.start("core"), lexicon):
            return True  # "3 p.m. EDT, 1900 GMT", "between 1400 GMT and 1725 GMT"
        digits = match.start("hourz")
        if previous_word(text, digits) in lexicon.near_24_hour | lexicon.before_zoned_time:
            return True  # four digits before a zone: "around 1033 GMT", "set for 1400 GMT"
    elif match.group("hourh") is not None:
        if match.group("hourh").startswith("0"):
            return True
        digits = match.start("hourh")
    elif match.group("hourat") is not None:
        if _ends_a_range_of_times(text, match.start("core"), lexicon):
            return True  # "between 18:00 and 22:00"
        digits = match.start("hourat")
    else:
        return True
    # the word right before the digits: "at 19:15", "around 18:05", "at around 18:05"
    before = previous_word(text, digits)
    if before in lexicon.near_24_hour:
        return text[digits : digits + 3].endswith((":", "."))  # two hour digits
    return before in lexicon.before_24_hour


@cache
def _clock_then_joint(language: str) -> re.Pattern[str]:
    """A clock time (with "a.m."/"p.m." or a zone, or hours and minutes) and a joint
    ("," "and" "or" "to" a dash) right before the end of the searched text."""
    zones = alternation(load_lexicon(language).zones, case_sensitive=True)
    return re.compile(
        rf"(?:\d\s*[ap]\.?\s?m\b\.?|\d\s*{zones}|\d[:.][0-5]\d)(?:\s+{zones})?"
        r"\s*(?:,|and|or|to|-|–)\s*$",
        re.IGNORECASE,
    )


# A 24-hour time (a word, its day, may follow it) and a joint of a range right before the
# end of the searched text.
_TIME_THEN_JOINT = re.compile(r"(\d{1,2}[:.][0-5]\d)(?:\s+[^\W\d_]+)?\s*((?<!\w)\w+|-|–)\s*$")


def _ends_a_range_of_times(text: str, start: int, lexicon: Lexicon) -> bool:
    """True when a 24-hour time told as one (after a word such as "between", "from")
    and a joint of a range come right before ``start``: "between 18:00 and (22:00)",
    not a score after a score ("drew 21:15 and 18:12")."""
    first = max(0, start - 40)
    told = _TIME_THEN_JOINT.search(text[first:start])
    if told is None or told.group(2).lower() not in {*lexicon.range_joins, "-", "–"}:
        return False
    return previous_word(text, first + told.start(1)) in lexicon.before_24_hour


def _after_another_clock(text: str, start: int, lexicon: Lexicon) -> bool:
    """True when a clock time and a joint come right before ``start``: the time told
    again on another clock ("3 p.m. EDT, 1900 GMT") or a range's second end."""
    window = text[max(0, start - 30) : start]
    return _clock_then_joint(lexicon.language).search(window) is not None


def clock_length_rule(w: Words) -> Rule:
    """A length written as a clock: "in 3:07:35"."""
    return rule(
        "clock_length",
        "DURATION",
        r"(?P<hours>\d{1,2}):(?P<minutes>[0-5]\d):(?P<seconds>[0-5]\d)(?!:?\d)",
        clock_length,
        reads={"hours", "minutes", "seconds"},
        near={short_number_before(":")},
        accept=lambda text, match, lexicon: previous_word(text, match.start("core")) != "at",
    )
