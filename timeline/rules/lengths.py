"""Lengths of time, sets and vague references ("for three weeks", "every week", "recently")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from functools import cache

from timeline.calendar_spans import GRANULARITY_ORDER, shift_date
from timeline.lexicon import Lexicon, Unit, load_lexicon
from timeline.mentions import Found, Rule, next_word, previous_word
from timeline.model import Granularity
from timeline.placing import (
    Context,
    Placement,
    day_placement,
    duration_value,
    singular_unit,
    up_to_now,
    written_amount,
)
from timeline.rules.words import CLOCK_TIME, Words, alternation, lower, one_word_each, rule
from timeline.tense import is_past_form


@cache
def _offset_signal_pattern(language: str) -> re.Pattern[str]:
    """A relation word right after a length ("two days after the talks")."""
    words = alternation(load_lexicon(language).relation_after_unit)
    return re.compile(rf"\s+(?P<signal>{words})\b", re.IGNORECASE)


def _offset(
    found: Found, ctx: Context, amount: float, unit: str, signal: re.Match[str]
) -> Placement | None:
    """ "a week before Christmas", "a day after the talks": a length (its TimeML value)
    whose interval is the day that far from the date named right after the signal
    word, or from the date told in a sentence that names the same happening before
    ("Talks were held on November 20."); None (a length alone) when there is neither or
    the unit is finer than a day."""
    if ctx.lexicon.units[unit].time or amount != int(amount):
        return None
    sign = ctx.lexicon.relation_after_unit[" ".join(signal.group("signal").lower().split())]
    following = _HAPPENING.match(ctx.text, signal.end())
    told = None
    if following is None:  # a date named right after: "a week before Christmas"
        named = _next_word_start(ctx.text, signal.end())
        at = ctx.placed_index(named)
        if at < len(ctx.placed) and ctx.placed[at][0].start == named:
            told = ctx.placed[at][1]
    else:  # the latest of the few dates told before, in a sentence naming the
        # happening or what it befell ("the fall of Girona"), or in its own sentence
        # before a date told of it ("the vote was on June 2, and results came a week
        # after the vote"), not one the offset stands in apposition to ("Friday, two
        # months after") nor one told before the happening ("On Friday the team ...")
        names = [name for name in following.group("noun", "of") if name]
        before = ctx.placed_index(found.start)
        earlier = ctx.placed[max(0, before - _HAPPENING_REACH) : before]
        for other, placement in reversed(earlier):
            if not ctx.text[other.end : found.start].strip(" ,;:-–—("):
                continue
            first, last = ctx.sentence_of(other)
            told_in = ctx.text[first : other.start if last > found.start else last]
            if placement.type not in ("DURATION", "SET") and any(
                _names(told_in, name, ctx.lexicon) for name in names
            ):
                told = placement
                break
    if told is not None and told.type in ("DURATION", "SET"):
        told = None
    if told is None or told.start is None or not _precise_enough(told, ctx.lexicon.units[unit]):
        return None
    # TimeML marks the length ("two days" P2D); the day it reaches is its interval.
    day = shift_date(told.start, unit, sign * int(amount))
    value = duration_value(amount, unit, ctx.lexicon)
    return replace(day_placement(day, "text"), value=value, type="DURATION")


_GRANULARITY_OF_LETTER: dict[str, Granularity] = {
    "D": "day",
    "W": "week",
    "M": "month",
    "Q": "quarter",
    "Y": "year",
}


def _precise_enough(told: Placement, unit: Unit) -> bool:
    """Whether a date is at least as precise as a length counted from it: "a day after"
    a day, not after a year ("the deadliest of the year ... one day after the crash")."""
    needed = _GRANULARITY_OF_LETTER.get(unit.letter)
    return (
        needed is None
        or told.granularity is not None
        and GRANULARITY_ORDER.index(told.granularity) <= GRANULARITY_ORDER.index(needed)
    )


# How many dates told before an offset are searched for the happening it names.
_HAPPENING_REACH = 8


_HAPPENING = re.compile(
    r"\s+(?i:the|his|her|their|its|this|that)\s+(?P<noun>(?i:[a-z]{3,}))\b"
    r"(?:\s+of\s+(?P<of>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*))?"
)


def _names(sentence: str, noun: str, lexicon: Lexicon) -> bool:
    """True when ``sentence`` holds a word of ``noun``'s stem ("the talks": "a talk";
    "the capture": "captured"; "the fall of Girona": "Girona")."""
    stem = _stem(noun, lexicon)
    return any(_stem(word, lexicon) == stem for word in _WORD.findall(sentence))


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _stem(word: str, lexicon: Lexicon) -> str:
    """``word`` in lower case without the longest ending of ``happening_endings`` that
    leaves three letters ("crossing", "crossed": "cross")."""
    lowered = word.lower()
    for ending in lexicon.happening_endings:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= 3:
            return lowered.removesuffix(ending)
    return lowered


def _next_word_start(text: str, end: int) -> int:
    return end + len(text[end : end + 20]) - len(text[end : end + 20].lstrip())


def duration(found: Found, ctx: Context) -> Placement:
    """A length of time ("for more than a year", "nearly four-year-long", "21 months");
    never placed on the calendar, except a stretch up to the publication ("the past
    three months")."""
    parts = found.parts
    if "pastday" in parts:
        return up_to_now(found, 1, "day", ctx)
    unit = singular_unit(parts["unit"])
    if "num" not in parts and ("span" in parts or "one" in parts):  # "the past fortnight"
        amount: float | None = 1
    elif "num" not in parts:  # "for days", "within minutes": a length of no number
        return Placement(duration_value(None, unit, ctx.lexicon), anchor="none")
    else:
        amount = written_amount(parts, "num", ctx.lexicon)
    mod = ctx.lexicon.modifiers.get(parts.get("fuzzy", ""), "")
    if amount is not None and parts.get("span") in ctx.lexicon.up_to_now:
        return up_to_now(found, amount, unit, ctx, mod)
    signal = _offset_signal_pattern(ctx.lexicon.language).match(ctx.text, found.end)
    stretch = previous_word(ctx.text, found.start) in ctx.lexicon.stretch_leads
    if signal is not None and amount is not None and "span" not in parts and not stretch:
        offset = _offset(found, ctx, amount, unit, signal)
        if offset is not None:
            return offset
    return Placement(duration_value(amount, unit, ctx.lexicon), mod=mod, anchor="none")


def repetition(found: Found, ctx: Context) -> Placement:
    """A set ("every week", "every four years", "daily", "on Tuesdays"): TIMEX3 set
    value, never placed."""
    parts = found.parts
    if "word" in parts:  # "daily", "near-daily", "almost weekly"
        mod = ctx.lexicon.modifiers.get(parts.get("fuzzy", "").lower(), "")
        return Placement(ctx.lexicon.sets[parts["word"]], mod=mod, anchor="none")
    raw = parts.get("weekdays") or parts.get("unit") or parts.get("funit", "")
    lowered = raw.lower()
    if raw.capitalize() in ctx.lexicon.weekdays:
        number = ctx.lexicon.weekday(raw.capitalize()) + 1
        part = ctx.lexicon.parts_of_day.get(parts.get("daypart", "").lower())
        return Placement(f"XXXX-WXX-{number}" + (f"T{part}" if part else ""), anchor="none")
    if lowered in ctx.lexicon.parts_of_day:
        return Placement(f"XXXX-XX-XXT{ctx.lexicon.parts_of_day[lowered]}", anchor="none")
    if lowered in ctx.lexicon.seasons:
        return Placement(f"XXXX-{ctx.lexicon.seasons[lowered].code}", anchor="none")
    if raw.capitalize().rstrip(".") in ctx.lexicon.months:
        return Placement(f"XXXX-{ctx.lexicon.month(raw.capitalize()):02d}", anchor="none")
    amount = 2.0 if "other" in parts else written_amount(parts, "num", ctx.lexicon) or 1.0
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


_FRACTION_OF = re.compile(r"\s+of\s+(?:the|a|an|all|its|their|his|her|our|this|that)\b", re.I)


_SENTENCE_END = re.compile(r"[.!?][\"'’”)]*\s+(?=[A-Z\"'‘“(])")
_CLOCK_TIME = re.compile(CLOCK_TIME, re.IGNORECASE)


_CLAUSE_END = re.compile(r"[.,;:!?\"“”(]\s*$")


def _is_duration(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """Not an age ("52 years old"), a rate ("$2 million a year"), a fraction ("a quarter
    of the market") or an ordinal ("a second round")."""
    following = next_word(text, match.end("core"))
    if following == "old":
        return False
    if (match.group("vunit") or "").lower() in ("hours", "minutes") and not match.group(
        "core"
    ).lower().endswith("long"):
        start = match.start("core")
        if start < match.start("vunit"):
            return True  # the words before belong to the length: "the past hours"
        previous = previous_word(text, start)
        if previous in lexicon.before_bare_time_units:
            return True
        # "Hours later, ...", "said hours earlier", but not "opening hours later changed"
        opens = not text[max(0, start - 3) : start].strip() or _CLAUSE_END.search(
            text[max(0, start - 3) : start]
        )
        return following in lexicon.after_bare_time_units and bool(
            opens or is_past_form(previous, lexicon.language)
        )
    if (match.group("unit") or "").lower().startswith("quarter") and _FRACTION_OF.match(
        text, match.end("core")
    ):
        return False  # a fraction: "a quarter of the market" (but "quarters of losses")
    number = (match.group("num") or "").lower()
    if number not in ("a", "an"):
        return True
    if (match.group("unit") or "").lower() == "second":
        return False
    start = match.start("core")
    if _CLAUSE_END.search(text[max(0, start - 3) : start]):
        return True  # "in 2009, a year after": a clause of its own, no rate
    previous = previous_word(text, start)
    return not (previous in lexicon.rate_context or previous[-1:].isdigit())


def _not_a_rate(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """A repetition word up to three words after a number makes a rate, which TimeML
    does not mark ("rise 8.5% annually", "10,000 units annually", "15 million
    instructions per second"), and so it does after what the quantity measures ("15
    million tons of crude annually"); "rallies held annually" is a set."""
    before = _SENTENCE_END.split(text[max(0, match.start("core") - 60) : match.start("core")])
    words = _CLOCK_TIME.sub(" ", before[-1]).split()  # "at 9 a.m. every day": no quantity
    if len(words) >= 2 and words[-2].lower() in lexicon.quantity_of:
        words = words[:-2]  # "tons of crude": the unit of the quantity
    if match.group("word") and next_word(text, match.end("core")) in lexicon.not_before_set:
        return False  # "annual sales", "a daily rate"
    return not any(character.isdigit() for word in words[-3:] for character in word)


def _placed_from_others(found: Found, text: str, lexicon: Lexicon) -> bool:
    """ "two days after the talks": placed from the talks' date; "the past three days"
    may end on the day of a statement reported after it: both once those are placed."""
    return (
        found.parts.get("span") in lexicon.up_to_now
        or _offset_signal_pattern(lexicon.language).match(text, found.end) is not None
    )


def duration_rule(w: Words) -> Rule:
    """A length of time: "for three weeks", "nearly four-year-long", "the past three months",
    "the following days", "the weeks ahead"."""
    before_bare, after_bare = w.lexicon.around_bare_length
    stretch = alternation([*w.lexicon.up_to_now, *w.lexicon.stretch_of_long_unit])
    return rule(
        "duration",
        "DURATION",
        rf"(?:(?P<fuzzy>{w.nearness})\s+)?"
        rf"(?:(?P<span>{alternation(w.lexicon.before_length)})\s+)?"
        rf"(?P<num>{w.number}){w.and_a_half}(?:\s+(?:to|or)\s+{w.number})?\s+"
        rf"(?:{alternation(w.lexicon.before_length_unit)}\s+)?(?P<unit>{w.unit}){w.and_a_half2}(?:\s+or\s+so)?"
        rf"|(?:(?P<afuzzy>{w.nearness})\s+)?(?P<anum>\d+|{alternation(w.lexicon.numbers)})"
        r"(?P<ahalf>-and-a-half)?-(?P<aunit>"
        + alternation(w.lexicon.units)
        + r")(?:-long)?(?![\w-])"
        rf"|(?:(?:{alternation(before_bare)})\s+)?(?P<vunit>{alternation(w.lexicon.bare_units)})"
        rf"(?:-?long|-old)?|the\s+(?P<tunit>{alternation(w.lexicon.bare_units)})\s+"
        rf"(?:{alternation(after_bare)})(?![\w-])(?!\s+of\b)"
        # one unit run into "long" ("a day-long strike", "a weeklong visit"): a length of one
        rf"|(?P<one>(?P<ounit>{alternation(w.lexicon.units)})-?long)(?![\w-])"
        r"|(?P<pastday>the\s+past\s+day)"
        rf"|(?P<lspan>{stretch})\s+(?P<lunit>{alternation(w.lexicon.length_only_units)})"
        r"(?![\w-])(?!\s+of\b)",
        duration,
        reads={"fuzzy", "half", "num", "one", "pastday", "span", "unit"},
        # a number joined to its unit ("four-year", "three-and-a-half-year"), a unit alone
        # ("for days")
        aliases={
            "afuzzy": "fuzzy",
            "anum": "num",
            "aunit": "unit",
            "vunit": "unit",
            "tunit": "unit",
            "half2": "half",
            "ahalf": "half",
            "lspan": "span",
            "lunit": "unit",
            "ounit": "unit",
        },
        # "weekslong" (AP spelling) is one word: its own trigger
        near=lower([*w.lexicon.units, *w.unit_plurals, "weekend"])
        | {f"{unit}long" for unit in lower([*w.lexicon.bare_units, *w.lexicon.units])},
        accept=_is_duration,
        later=_placed_from_others,
    )


def set_rule(w: Words) -> Rule:
    """A set: "every week", "daily", "on Tuesdays"."""
    lexicon = w.lexicon
    every = alternation(lexicon.every)
    return rule(
        "set",
        "SET",
        rf"(?P<every>{every})\s+(?:(?P<other>other)\s+|(?P<num>{w.number})\s+(?={w.unit}))?"
        rf"(?P<unit>{w.unit}|{w.weekday}|{w.part}|{w.season}|{w.month})"
        # a part of a weekday ("every Friday night", "on Sunday mornings")
        rf"(?:(?<=day)\s+(?P<daypart>{w.part})(?!\w))?"
        rf"|(?P<freq>{alternation(lexicon.frequencies)}|\w+\s+{alternation(lexicon.times)})"
        rf"\s+(?:{alternation([*lexicon.per, *lexicon.every])})\s+(?P<funit>{w.unit})"
        rf"|(?:(?P<fuzzy>{w.nearness})[\s-]+)?(?P<word>{alternation(w.lexicon.sets)})"
        rf"|(?P<weekdays>{w.weekday})(?:s|\s+(?P<partsof>{w.part})s)(?!\w)",
        repetition,
        reads={"daypart", "funit", "fuzzy", "num", "other", "unit", "weekdays", "word"},
        near=lower([*lexicon.every, *lexicon.frequencies, *lexicon.times])
        | lower(w.lexicon.weekdays)
        | one_word_each(w.lexicon.sets),
        accept=_not_a_rate,
        aliases={"partsof": "daypart"},
    )


def reference_rule(w: Words) -> Rule:
    """A vague reference: "now", "recently", "the future"."""
    return rule(
        "reference",
        "DATE",
        rf"(?P<ref>{alternation(w.lexicon.references)})",
        reference,
        reads={"ref"},
        near=one_word_each(w.lexicon.references, last=True),
    )
