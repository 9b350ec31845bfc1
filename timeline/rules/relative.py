"""Distances and relations: "two days ago", "a week later", "the day after the talks",
"that year"."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from timeline.calendar_spans import GRANULARITY_ORDER, shift_date, unit_span
from timeline.lexicon import Lexicon
from timeline.mentions import Found, Rule, previous_word
from timeline.model import Anchor, Granularity, Mod
from timeline.placing import (
    SMALLER_UNIT,
    Context,
    Placement,
    day_placement,
    duration_value,
    granularity_of,
    night_before,
    position_mod,
    singular_unit,
    time_of_day,
    written_amount,
)
from timeline.rules.words import (
    Words,
    alternation,
    always,
    lower,
    names_a_day,
    rule,
    word_ahead,
)

_SHIFTABLE: tuple[Granularity, ...] = ("day", "week", "month", "quarter", "year", "decade")
# Seconds in one of each TIMEX3 time letter, and in a day.
_SECONDS = {"S": 1, "M": 60, "H": 3600}
DAY = 86400


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
    lexicon = ctx.lexicon
    from_told = direction in lexicon.distance_from_told
    sign = {**lexicon.distance_from_now, **lexicon.distance_from_told}[direction]
    mod: Mod = "APPROX" if parts.get("fuzzy") else ""
    if amount is None or ctx.lexicon.units[unit].time:
        if from_told:
            # "an hour later", "a few days later": too fine or too vague to move a day
            # by, so a length of time (TimeML), not a date after the publication date.
            value = duration_value(amount, unit, ctx.lexicon)
            return Placement(value, mod=mod, anchor="none", type="DURATION")
        seconds = _SECONDS.get(ctx.lexicon.units[unit].letter, DAY)
        if amount is not None and sign < 0 and amount * seconds < DAY:
            # "about an hour ago": a moment of the publication day
            return Placement("PAST_REF", ctx.dct, ctx.dct, "day", mod, "dct")
        return Placement("PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod, anchor="none")
    if amount != int(amount) and unit in SMALLER_UNIT:
        # "a year and a half ago", "half a century ago": count in the next smaller unit
        smaller, size = SMALLER_UNIT[unit]
        unit, amount = smaller, amount * size
    unit_granularity = granularity_of("week" if unit == "fortnight" else unit)
    told = None
    if from_told:
        told = ctx.told_before(
            found, unit_granularity, same_sentence=True, skip_compared=True
        ) or ctx.told_before(found, unit_granularity, skip_compared=True)
    elif unit == "year" and amount == 1 and ctx.compares(found):
        told = ctx.told_before(found, unit_granularity, skip_compared=True)
        if told is not None and told.granularity not in ("quarter", "month"):
            told = None  # a year-on-year comparison of periods, not of events
    anchor: Anchor
    if told is not None and told.start is not None and told.granularity in _SHIFTABLE:
        base, granularity, anchor = told.start, told.granularity, "text"
        if from_told and _counts_in_calendar_unit(unit_granularity, granularity, found, ctx):
            granularity = unit_granularity
    elif from_told and (coarse := _coarser_told(found, ctx)) is not None:
        # "in early May ... three weeks later": from the middle of that date, at its
        # precision (late May), never from the publication date
        assert coarse.start is not None and coarse.end is not None
        base = coarse.start + (coarse.end - coarse.start) / 2
        granularity, anchor = coarse.granularity or unit_granularity, "text"
    else:
        base, granularity, anchor = ctx.dct, unit_granularity, "dct"
    target = shift_date(base, unit, sign * max(1, round(amount)))
    span, value, granularity = unit_span(granularity, target, 0)
    return Placement(value, *span, granularity, mod, anchor)


def _counts_in_calendar_unit(
    unit: Granularity, told: Granularity, found: Found, ctx: Context
) -> bool:
    """True when a distance of a month or longer from the day of a happening ("June 6,
    1944 ... a month later", "twenty years earlier") names the month, year or decade it
    lands in, not a day. One from a period (a quarter, a month) keeps its precision, and
    so does a comparison ("up from $5 million a year earlier")."""
    month = GRANULARITY_ORDER.index("month")
    return GRANULARITY_ORDER.index(unit) >= month > GRANULARITY_ORDER.index(
        told
    ) and not ctx.compares(found)


def _coarser_told(found: Found, ctx: Context) -> Placement | None:
    """The latest date told before ``found`` (in its sentence if any) of any precision a
    length can be counted at."""
    told = ctx.told_before(
        found, "decade", same_sentence=True, skip_compared=True
    ) or ctx.told_before(found, "decade", skip_compared=True)
    if told is None or told.start is None or told.end is None:
        return None
    return told if told.granularity in _SHIFTABLE else None


def relational(found: Found, ctx: Context) -> Placement | None:
    """ "the day after the briefing", "the following day", "that year", "on the eve of":
    relative to a date named right after it ("the day after Christmas"), else to the
    latest fitting date told before (else DCT)."""
    parts = found.parts
    if "eve" in parts:
        return _eve(found, ctx)
    if "bare" in parts:  # "at night": of the day told around it, else of no day
        return _bare_part(found, ctx)
    if "dpart" in parts:  # "in the afternoon": of the day named in its sentence, if any,
        day, anchor = ctx.day_in_sentence(found)  # else of the day told just before
        told = ctx.day_told_earlier(found) if anchor == "dct" else day
        if parts["dpart"].lower() == "night":
            night = _the_night(found, ctx, "dct" if told is None else "text")
            if night is not None:
                return night
        if told is None and _of_the_day_of_publication(found, ctx):
            day, anchor = ctx.dct, "dct"
        elif told is None:
            return None
        else:
            day, anchor = told, "text"
        return time_of_day(day_placement(day, anchor), ctx.lexicon.parts_of_day[parts["dpart"]])
    if "unit" not in parts:
        day, anchor = ctx.day_in_sentence(found)  # "ended the day 2% higher"
        return day_placement(day, anchor)
    unit, relation = parts["unit"], parts["dir"]
    lexicon = ctx.lexicon
    shifts = {**lexicon.relation_after_unit, **lexicon.relation_before_unit}
    shift = shifts.get(relation, 0)  # "that day", "later that week": the unit told
    granularity = granularity_of(unit)
    base, anchor = ctx.anchor(found, granularity)
    # "the same day", "that day" point back at the day told before, not at the day a
    # statement after them was made ("freed the same day, police said on Monday")
    points_back = relation in lexicon.anaphoric and anchor == "text"
    said = ctx.statement_day(found) if unit == "day" and shift == 0 and not points_back else None
    if said is not None:  # "by the end of the day, he said on Friday": that Friday
        base, anchor = said, "text"
    if unit == "night" and shift == 0 and (night := _the_night(found, ctx, anchor)):
        return night  # "that night", "during the night"
    named = ctx.told_right_after(found, granularity) if shift else None
    if named is not None:  # "the day after Christmas", "the day before Tuesday's vote"
        base, anchor = named, "text"
    described = _in_apposition(found, ctx, granularity) or _described_after(found, ctx, granularity)
    if described is not None:  # "on Tuesday, the day after the election": that Tuesday;
        base, anchor, shift = described, "text", 0  # "The day before, on May 22": May 22
    span, value, granularity = unit_span(
        "weekend" if unit == "weekend" else granularity_of(unit), base, shift
    )
    # "later in the day": its end; "the end of the day" too
    mod: Mod = ""
    if shift == 0:
        mod = position_mod(relation.split(" ")[0], lexicon) or position_mod(
            relation.removesuffix(" the"), lexicon
        )
    placement = Placement(value, *span, granularity, mod, anchor)
    # "that afternoon", "the next morning": a part of that day (TimeML's ...TAF)
    return time_of_day(placement, ctx.lexicon.parts_of_day.get(unit))


def _of_the_day_of_publication(found: Found, ctx: Context) -> bool:
    """True for a part of the day ("in the morning") told in the past in news that told no
    date before it: the morning of the day it reports, as a clock time would be ("The
    president addressed the nation in the morning"); not one of a habit ("Markets open in
    the morning") nor one of a story of another time."""
    return (
        not ctx.narrative
        and ctx.tense(found) == "past"
        and ctx.told_before(found, "century") is None
    )


def _the_night(found: Found, ctx: Context, anchor: Anchor) -> Placement | None:
    """The night told just before (not the night of a later day told between), else,
    told in the past with no date in focus, the night just gone, as "overnight"."""
    night = ctx.night_told(found)
    if night is not None:
        return replace(night, anchor="text")
    if anchor == "dct" and ctx.tense(found) == "past":
        return night_before(ctx.dct, "dct")
    return None


_APPOSITION = re.compile(r"\s*[,–—]\s*")


def _in_apposition(found: Found, ctx: Context, granularity: Granularity) -> date | None:
    """The start of the date ``found`` stands in apposition to, right before it after a
    comma or a dash, at the same precision ("Nov. 3, the day before the warrant")."""
    at = ctx.placed_index(found.start)
    if at == 0:
        return None
    told, placement = ctx.placed[at - 1]
    if not _APPOSITION.fullmatch(ctx.text, told.end, found.start):
        return None
    same = placement.granularity == granularity or {placement.granularity, granularity} == {
        "day",
        "time",
    }
    return placement.start if same else None


_APPOSITION_AFTER = re.compile(r"\s*,\s*(?:on\s+)?")


def _described_after(found: Found, ctx: Context, granularity: Granularity) -> date | None:
    """The start of the date set off by a comma right after ``found``, at the same
    precision, that it describes ("The day before, on May 22, ...")."""
    at = ctx.placed_index(found.end)
    if at == len(ctx.placed):
        return None
    told, placement = ctx.placed[at]
    gap = _APPOSITION_AFTER.match(ctx.text, found.end)
    if gap is None or gap.end() != told.start or "," not in gap.group():
        return None
    same = placement.granularity == granularity or {placement.granularity, granularity} == {
        "day",
        "time",
    }
    return placement.start if same else None


def _bare_part(found: Found, ctx: Context) -> Placement:
    """ "at night", "in daytime": a part of the day named in its sentence or the one
    before ("They came at night."), else of no day in particular."""
    word = found.parts["bare"].lower()
    code = next(c for p, c in ctx.lexicon.bare_parts_of_day.items() if p.split()[-1] == word)
    day, anchor = ctx.day_in_sentence(found)
    told = ctx.day_told_earlier(found) if anchor == "dct" else day
    if told is None:
        return Placement(f"XXXX-XX-XXT{code}", anchor="none", type="TIME")
    return time_of_day(day_placement(told, "text"), code)


def _eve(found: Found, ctx: Context) -> Placement:
    """The day before a date named right after ("on the eve of Tuesday's talks"), else
    the day already named in the same sentence ("late on Monday, on the eve of ...")."""
    first, last = ctx.sentence_of(found)
    later = [
        placement
        for other, placement in ctx.placed_within(found.end, last)
        if placement.granularity in ("day", "time")
    ]
    if later and later[0].start is not None:
        day = later[0].start - timedelta(days=1)
        return day_placement(day, "text")
    earlier = [
        placement
        for other, placement in ctx.placed_within(first, found.start)
        if placement.granularity in ("day", "time")
    ]
    if earlier and earlier[-1].start is not None:
        return day_placement(earlier[-1].start, "text")
    return Placement("XXXX-XX-XX", anchor="none")


def _anaphor_in_context(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """ "the day" counts only after a verb that spends it ("ended the day"), a part of
    the day only after "in" or "by" ("in the afternoon"), "during the day" and the like not
    before the day they fall on ("during the day Friday") nor after "to" ("to this day");
    other matches always."""
    if match.group("theday"):
        return previous_word(text, match.start("core")) in lexicon.day_spending_verbs
    if match.group("dpart"):
        return previous_word(text, match.start("core")) in lexicon.before_part_of_day
    before = previous_word(text, match.start("core"))
    if match.group("dir") and _after_a_remainder(text, match.start("core"), lexicon):
        return False  # "the rest of the day after tourists left": no day after
    if match.group("edge") and before in lexicon.not_before_day_edge:
        return False  # "at the end of the day": in the end
    if match.group("dir3") and before in lexicon.not_before_same_unit:
        return False  # "to this day": up to now
    # "during the day Friday": the day named after it carries the date
    return not (
        (match.group("dir3") or match.group("edge"))
        and names_a_day(word_ahead(text, match.end("core")), lexicon)
    )


_SPACES = re.compile(r"\s+")


def _after_a_remainder(text: str, start: int, lexicon: Lexicon) -> bool:
    """True when a word of ``remainder_of`` ends right before ``start`` ("the rest of")."""
    before = _SPACES.sub(" ", text[max(0, start - 20) : start].lower()).rstrip()
    return any(
        before.endswith(phrase) and not before[: -len(phrase)][-1:].isalpha()
        for phrase in lexicon.remainder_of
    )


def _ago_from_writing(found: Found, lexicon: Lexicon) -> bool:
    """ "two weeks ago" counts from the moment of writing; "a week later" from a date
    told before."""
    return found.parts["dir"] not in lexicon.distance_from_told


def ago_rule(w: Words) -> Rule:
    """A distance: "two days ago", "a week later", "a year earlier"."""
    directions_words = [*w.lexicon.distance_from_now, *w.lexicon.distance_from_told]
    directions = alternation(directions_words)
    return rule(
        "ago",
        "DATE",
        rf"(?:(?P<fuzzy>{w.nearness}|just|only)\s+)?(?P<num>{w.number}){w.and_a_half}\s+"
        rf"(?P<unit>{w.unit}){w.and_a_half2}\s+(?:or\s+so\s+)?"
        rf"(?P<dir>{directions})",
        ago,
        reads={"dir", "fuzzy", "half", "num", "unit"},
        aliases={"half2": "half"},
        near={words.split()[-1] for words in directions_words},
        later=always,
        from_writing=_ago_from_writing,
        compared=True,
    )


def _after_preposition(phrases: Iterable[str]) -> str:
    """ "at night" -> a pattern for "night" right after "at" (the preposition left out)."""
    return "|".join(
        rf"(?<=\b{re.escape(preposition)}\s){re.escape(word)}"
        for preposition, word in (phrase.rsplit(" ", 1) for phrase in phrases)
    )


def relational_rule(w: Words) -> Rule:
    """A relation: "the day after the briefing", "that year", "on the eve of"."""
    lexicon = w.lexicon
    return rule(
        "relational",
        "DATE",
        r"the\s+(?P<unit>day|week|month|year|night|morning)"
        rf"\s+(?P<dir>{alternation(lexicon.relation_after_unit)})"
        # the object of "after" ("the vote"), never the start of a date ("the Nov. 5 vote")
        r"(?:\s+(?P<obj>(?:the|that|this|his|her|their|its)\s+"
        rf"(?!(?:{w.month}|{w.weekday})(?![a-z]))[\w-]+))?"
        rf"|the\s+(?P<dir2>{alternation(lexicon.relation_before_unit)})\s+"
        r"(?P<unit2>day|morning|afternoon|evening|night|weekend)"
        rf"|(?P<dir3>{alternation(lexicon.same_unit)})\s+"
        r"(?P<unit3>day|week|month|year|morning|afternoon|evening|night)(?!\s+of\b)"
        rf"|(?P<edge>{alternation(lexicon.day_edges)})\s+(?P<unit4>day)\b(?!\s+of\b)"
        r"|(?P<eve>on\s+the\s+eve\s+of)"
        # anaphoric "the day": the day in focus ("ended the day 2% higher"), and a
        # part of the day told without its day ("in the afternoon"); see
        # _anaphor_in_context
        rf"|the\s+(?:(?P<theday>day)|(?P<dpart>{w.part})"
        rf"(?!\s+(?:{alternation(lexicon.not_after_part_of_day)})\b))"
        rf"|(?P<bare>{_after_preposition(lexicon.bare_parts_of_day)})\b",
        relational,
        reads={"bare", "dir", "dpart", "eve", "unit"},
        aliases={
            "dir2": "dir",
            "dir3": "dir",
            "edge": "dir",
            "unit2": "unit",
            "unit3": "unit",
            "unit4": "unit",
        },
        near=lower([*w.lexicon.units, *w.unit_plurals, "weekend"])
        | lower(w.lexicon.parts_of_day)
        | {phrase.split()[-1].lower() for phrase in w.lexicon.bare_parts_of_day}
        | {"eve"},
        accept=_anaphor_in_context,
        later=always,
    )
