"""Place temporal expressions on the calendar.

Calendar arithmetic (spans of units, moving dates, holidays) is in
:mod:`timeline.calendar_spans`, the tense of a clause in :mod:`timeline.tense`, and what
a strategy sees and says (:class:`~timeline.placing.Context`,
:class:`~timeline.placing.Placement`) in :mod:`timeline.placing`.

:func:`find_dates` is the public entry point: it finds expressions with
:mod:`timeline.mentions` and gives each a TIMEX3 ``value``, an inclusive date interval,
a granularity, a mod and what it was anchored to. Each grammar rule
(:mod:`timeline.rules`) carries the small strategy that places what it finds. The only
reference date is the publication date passed in; the machine's clock is never read.

Relational expressions ("the day after the briefing", "that year") are placed in a
second pass, anchored to the latest fitting date told before them in the same text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time

from timeline.calendar_spans import unit_span
from timeline.errors import OptionError
from timeline.lexicon import languages
from timeline.mentions import Found, Grammar, Rule, find_mentions
from timeline.model import Anchor, Granularity, Mention
from timeline.placing import Context, Placement, shifted
from timeline.rules import grammar
from timeline.rules.words import without_deictic_relation
from timeline.tense import word_before
from timeline.text import in_text, is_quoted, reading_view, sentence_spans, unwrap

_FOUR_DIGITS = re.compile(r"\d{4}")
# A blank line, or a line that ends a sentence (pages keep one paragraph per line; a line
# wrapped inside a sentence goes on); only where a match ends counts. It opens on a
# character of a fixed set so that the regex engine skips to those (see timeline.text).
_PARAGRAPH_BREAK = re.compile(r"[\n.!?\"”’](?:(?<=\n)\s*\n|(?<=[.!?\"”’])(?:\n\s*\n|[^\S\n]*\n))")


def find_dates(text: str, published: date, *, language: str = "en") -> list[Mention]:
    """Every temporal expression in ``text`` placed relative to ``published``.

    Returns mentions (dates, times, durations, sets, vague references) sorted by
    ``char_start``; ``Mention.text`` is the exact slice of ``text``. Durations, sets
    and vague references have no interval. Never reads the clock. Languages without
    a lexicon of their own are read by dateparser (dates only, rule "dateparser").
    A datetime ``published`` counts as its day (in its own time zone). Raises
    :class:`OptionError` when ``text`` is not a str or ``published`` not a date.
    """
    if not isinstance(text, str):
        raise OptionError(f"text must be a str, not {type(text).__name__}", parameter="text")
    if not isinstance(published, date):
        raise OptionError(
            f"published must be a date (datetime.date), not {type(published).__name__}",
            parameter="published",
        )
    if isinstance(published, datetime):  # a pandas Timestamp too
        published = published.date()
    view, offsets = reading_view(text)
    found = _dates_in(view, published, language)
    if view is text:
        return found
    return [mention_in_text(mention, text, offsets) for mention in found]


def mention_in_text(mention: Mention, text: str, offsets: Sequence[int] | None) -> Mention:
    """``mention``, found in the reading view of ``text`` (see
    :func:`timeline.text.reading_view`), placed in ``text`` itself."""
    start, end = in_text(mention.char_start, mention.char_end, offsets)
    return replace(mention, text=text[start:end], char_start=start, char_end=end)


def _dates_in(text: str, published: date, language: str) -> list[Mention]:
    if language not in languages():
        return _dateparser_dates(text, published, language)
    rules = grammar(language)
    lexicon = rules.lexicon
    flat = unwrap(text)
    found = find_mentions(text, rules)
    paragraphs = (0, *(match.end() for match in _PARAGRAPH_BREAK.finditer(text)))
    ctx = Context(
        flat,
        published,
        lexicon,
        sentence_spans(text),
        [],
        paragraphs,
        narrates(found, rules, flat, published),
        compared=rules.compared,
    )
    # A rule's ``later`` says which of its expressions wait for the dates they may hang
    # on: those are placed in a second pass, each seeing every date placed before it.
    later = [_placed_later(item, rules, flat) for item in found]
    _place_all(found, later, rules, ctx)
    if ahead := weekdays_told_ahead(ctx):
        # the story tells a weekday ahead and also that weekday gone by: one day it is
        ctx = replace(ctx, placed=[], written_days={}, days=[], weekdays_ahead=ahead)
        _place_all(found, later, rules, ctx)
    return [_mention(text, item, placement) for item, placement in ctx.placed]


def _place_all(found: Sequence[Found], later: Sequence[bool], rules: Grammar, ctx: Context) -> None:
    """Place every expression on ``ctx``: those that wait for others after the rest."""
    for waits in (False, True):
        for item, waiting in zip(found, later, strict=True):
            if waiting == waits and (placement := _place(item, rules.by_name[item.rule], ctx)):
                ctx.place(item, placement)


def weekdays_told_ahead(ctx: Context) -> frozenset[int]:
    """The weekdays a story places both on the coming such day, within half a week of
    publication, and on the one gone by, a week before it. A story names one day by a
    weekday: the one gone by was read from a clause's tense alone ("predicted to bring
    winds on Friday" told on a Wednesday that also tells "the warning ends on Friday"),
    and the coming one is nearer publication, so it is the day both name. Weekdays
    with a relation word ("last Friday") do not count."""
    sides: dict[int, set[int]] = {}
    for found, placement in ctx.placed:
        if "weekday" not in found.parts or found.parts.get("rel") or placement.start is None:
            continue
        days = (placement.start - ctx.dct).days
        sides.setdefault(placement.start.weekday(), set()).add(days)
    return frozenset(
        weekday
        for weekday, days in sides.items()
        if any(0 < ahead < 7 - ahead and ahead - 7 in days for ahead in days)
    )


def _placed_later(found: Found, rules: Grammar, text: str) -> bool:
    later = rules.by_name[found.rule].later
    return later is not None and later(found, text, rules.lexicon)


def narrates(found: Sequence[Found], rules: Grammar, text: str, published: date) -> bool:
    """True for a text that tells a story after the fact (a history, a chronology):
    its written years (those after ``published``'s year are plans, not a story told)
    outnumber four times over the expressions counted from the moment of writing
    ("yesterday", "on Tuesday", "last year", "two weeks ago", a day of a month told
    before any year), those quoted aside (a speaker's "today" counts from the speech,
    not the writing)."""
    years = sum(_year_gone_by(item, published) for item in found)
    from_writing = sum(
        _from_writing(item, rules) and not is_quoted(text, item.start) for item in found
    )
    # a day of a month told before any year ("on the evening of May 12") is news of now
    first_year = next((item.start for item in found if "year" in item.parts), len(text))
    from_writing += sum(
        item.start < first_year and "day" in item.parts and "month" in item.parts for item in found
    )
    return years >= 4 * (from_writing + 1)


def _year_gone_by(found: Found, published: date) -> bool:
    """True when ``found`` writes a year that is not after ``published``'s."""
    year = found.parts.get("year")
    if not year:
        return False
    digits = year.strip("'’")
    return not (len(digits) == 4 and digits.isdigit() and int(digits) > published.year)


def _from_writing(found: Found, rules: Grammar) -> bool:
    """True for an expression counted from the moment of writing: as its rule says, else
    when a relation word counts it from now ("last year", "this month")."""
    from_writing = rules.by_name[found.rule].from_writing
    if from_writing is not None:
        return from_writing(found, rules.lexicon)
    return not without_deictic_relation(found, rules.lexicon)


def _place(found: Found, rule: Rule, ctx: Context) -> Placement | None:
    try:
        placement = _by_rule(found, rule, ctx)
        return None if placement is None else _after_range_start(found, placement, rule, ctx)
    except (ValueError, OverflowError):
        return None  # a date beyond the calendar (before year 1 or after 9999)


def _by_rule(found: Found, rule: Rule, ctx: Context) -> Placement | None:
    """What the rule's strategy says, from the story's own time where the passage tells
    one (see Context.story_date)."""
    strategy = rule.place
    if rule.narrated is not None and rule.narrated(found, ctx.lexicon):
        story = ctx.story_date(found)
        # News tells its plans from the day it is published: "a study in 2019 warned
        # ... the team will return in May" is next May, not May 2019.
        if story is not None and not _told_from_publication(found, ctx, story[0]):
            placement = strategy(found, replace(ctx, dct=story[0], narrating=story[1]))
            if placement is not None and placement.anchor == "dct":
                placement = replace(placement, anchor="text")
            if (
                placement is not None
                and placement.start is not None
                and _goes_back(placement, found, ctx, *story)
            ):
                # the story's year holds it after the story's month ("in February 2019
                # ... In August"), else it is the last one before publication
                onward = shifted(placement, "year", story[0].year - placement.start.year)
                if _behind(onward, story[0]):
                    return strategy(found, ctx)
                placement = onward
            if (
                placement is None
                or not _a_day_of_now(found, ctx, *story)
                or ctx.in_a_clause_of_year(found, story[0].year)
            ):
                return placement
            news = strategy(found, ctx)
            return news if _near_publication(news, ctx) else placement
    return strategy(found, ctx)


# How many years before publication a backgrounder's year may lie: a story of longer ago
# is a history, which moves on from its year ("In 1949 ... It left on November 30").
_BACKGROUNDER_YEARS = 10
# How many days before publication a day of a month told without its year may lie,
# counted from publication, to be the news's own day rather than one of a backgrounder's
# year.
_NEWS_OF_NOW_DAYS = 31


def _a_day_of_now(found: Found, ctx: Context, story: date, precision: Granularity) -> bool:
    """True in news (not a narrated history) for a day of a month, or a month, told
    without its year while the passage's story time lies in an earlier year of the last
    decade, told by a year or a month (a story told by its days moves on from them, and so
    does a history: "In 1949 the army held the city until October 12. It left on November
    30"): news gives the year of a date that is not of its own time, so such a date near
    publication is of now ("twice elected mayor, in 2019 and 2023. On March 18, his
    diploma was annulled" told on March 24, 2025: March 18, 2025; "set up in 2015. In
    June, its detectives charged" told in July 2025: June 2025)."""
    parts = found.parts
    return (
        not ctx.narrative
        and precision not in ("day", "time")
        and ctx.dct.year - _BACKGROUNDER_YEARS <= story.year < ctx.dct.year
        and "month" in parts
        and not any(parts.get(part) for part in ("year", *_COUNTED_FROM_PUBLICATION))
    )


def _goes_back(
    placement: Placement, found: Found, ctx: Context, story: date, precision: Granularity
) -> bool:
    """True in news (not a narrated history) for a month told without its year that a
    story's month or day of the last decade puts before itself, in a sentence not told in
    the past perfect ("In March, the army had massed"): news tells its background onward
    and gives the year of a month further back ("launched an offensive in November 2023.
    In August, ..." told in September 2025: August 2025)."""
    return (
        not ctx.narrative
        and precision not in ("year", "decade", "century")
        and ctx.dct.year - _BACKGROUNDER_YEARS <= story.year < ctx.dct.year
        and placement.granularity == "month"
        and not any(found.parts.get(part) for part in ("year", *_COUNTED_FROM_PUBLICATION))
        and _behind(placement, story)
        and not ctx.in_past_perfect(found, whole_sentence=True)
    )


def _behind(placement: Placement, story: date) -> bool:
    """True when ``placement`` ends before the month of ``story``."""
    return placement.end is not None and placement.end < story.replace(day=1)


def _near_publication(placement: Placement | None, ctx: Context) -> bool:
    """True for a date that lies within ``_NEWS_OF_NOW_DAYS`` before publication, or on
    its day (one ahead of it, told in a clause not told in the future, is no news yet);
    a month, for the month of publication or the one before it."""
    if placement is None or placement.start is None:
        return False
    if placement.granularity == "month" and placement.end is not None:
        return placement.start <= ctx.dct and (ctx.dct - placement.end).days <= _NEWS_OF_NOW_DAYS
    return 0 <= (ctx.dct - placement.start).days <= _NEWS_OF_NOW_DAYS


# Parts of a month or a weekday that set it from the publication date ("last", "of this
# year"): the end of a range keeps what they say.
_COUNTED_FROM_PUBLICATION = ("rel", "yrel")


def _after_range_start(found: Found, placement: Placement, rule: Rule, ctx: Context) -> Placement:
    """The end of a range ("from Dec. 28 to Jan. 3", "Monday-Wednesday") placed after
    its start, by its rule's cycle (a year, a week). An end with the year written for
    both ("from November to February 1944") or told in the past that would end after
    publication ("talks ran from Monday to Wednesday" on a Monday) moves the start back
    instead; an end counted from publication after a start told with its year takes
    the first such date after that start ("from Dec. 28, 1999, to Jan. 3")."""
    cycle = rule.cycle
    if cycle is None or placement.start is None:
        return placement
    if any(found.parts.get(part) for part in _COUNTED_FROM_PUBLICATION):
        return placement  # "until January of this year", "until last January": as told
    at = ctx.range_start(found)
    if at is None:
        return placement
    told, first = ctx.placed[at]
    if first.start is None or _day_or_finer(first) != _day_or_finer(placement):
        return placement  # "from Sunday night through Tuesday": two days all the same
    if first.anchor != "dct" and placement.anchor == "dct":
        return _first_from(placement, cycle, first.start)
    if placement.start >= first.start:
        onward_start = shifted(first, cycle, 1)
        if first.anchor == "dct" and told.rule == found.rule and onward_start.start is not None:
            if onward_start.start <= placement.start:  # more than a cycle: the later start
                ctx.replace_placed(at, onward_start)
        return placement
    back = shifted(first, cycle, -1)
    if back.start is None or back.start > placement.start:
        return placement  # more than a cycle apart: no range of these
    onward = shifted(placement, cycle, 1)
    late = onward.start is not None and onward.start > ctx.dct and ctx.tense(found) == "past"
    holds_now = placement.end is not None and back.start <= ctx.dct <= placement.end
    counted = "deictic" in told.parts  # "from 5pm tomorrow": a day fixed from now
    if (
        placement.anchor == "absolute"
        or (late or holds_now)
        and first.anchor == "dct"
        and not counted
    ):
        ctx.replace_placed(at, back)  # "the September-November quarter" told in October
        return placement
    return onward


def _day_or_finer(placement: Placement) -> Granularity | None:
    """``placement``'s granularity, a part of a day or a time counting as its day."""
    return "day" if placement.granularity == "time" else placement.granularity


def _first_from(placement: Placement, cycle: Granularity, day: date) -> Placement:
    """``placement`` moved by whole cycles to the first of its kind on or after ``day``."""
    assert placement.start is not None
    length = 7 if cycle == "week" else 365
    moved = shifted(placement, cycle, (day - placement.start).days // length)
    while moved.start is not None and moved.start < day:
        moved = shifted(moved, cycle, 1)
    while moved.start is not None and (earlier := shifted(moved, cycle, -1)).start is not None:
        if earlier.start < day:
            break
        moved = earlier
    return moved


def _told_from_publication(found: Found, ctx: Context, story: date) -> bool:
    """True in news (not a narrated history) while the passage's story time lies before
    the publication date, for a plan told in the future tense, and for the start of a
    stretch running up to now without its year ("have been killed since April 10"): a
    writer would give the year of any other. A story time after publication is a
    prospect ("the appeal opens in January 2026"): a clause told in the past after it
    tells what has happened by publication ("she was convicted in March")."""
    if ctx.narrative:
        return False
    if story > ctx.dct:
        return ctx.tense(found) == "past"
    if story == ctx.dct:
        return False
    if ctx.tense(found, deadlines=False) == "future":
        return True
    since = word_before(ctx.text, found.start) in ctx.lexicon.past_before
    return since and not ctx.in_past_perfect(found)


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
