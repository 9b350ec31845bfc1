"""The pieces rules are built from: regular expressions made of the language's words.

Every rule family (the other modules of :mod:`timeline.rules`) builds its patterns from
one :class:`Words`, made once per language by :func:`words_of`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from timeline.lexicon import Lexicon
from timeline.mentions import (
    Accept,
    Found,
    Later,
    Narrated,
    Partner,
    Rule,
    opens_sentence,
    title_case_around,
)
from timeline.model import Granularity, TimexType
from timeline.placing import Strategy
from timeline.text import one_of


def alternation(words: Iterable[str], *, case_sensitive: bool = False) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any whitespace."""
    return f"(?-i:{one_of(words)})" if case_sensitive else one_of(words)


def any_apostrophe(pattern: str) -> str:
    """``pattern`` with each apostrophe matching a typographic one too ("o’clock")."""
    return pattern.replace("'", "['’]")


def lower(names: Iterable[str]) -> set[str]:
    """The lower-case words of ``names`` (trigger words of a rule)."""
    return {word for name in names for word in re.findall(r"[a-z]+", name.lower())}


def one_word_each(phrases: Iterable[str], *, last: bool = False) -> set[str]:
    """One lower-case word of each of ``phrases``, the first (or the ``last``): the
    trigger words of a rule that matches whole phrases, which holds each of them."""
    words = (re.findall(r"[a-z]+", phrase.lower()) for phrase in phrases)
    return {found[-1 if last else 0] for found in words if found}


@dataclass(frozen=True, slots=True)
class Words:
    """Regex pieces of one language shared by rules of several families."""

    lexicon: Lexicon
    month: str
    weekday: str
    day: str
    year: str
    written_year: str
    number: str
    unit: str
    part: str
    season: str
    position: str
    nearness: str
    ordinal: str
    soft: str
    back: str
    and_a_half: str
    and_a_half2: str
    left: str
    after_a_day: str
    right: str
    small: str
    tens: str
    spelled: str
    spelled_hundreds: str
    spelled_thousands: str
    spelled_joins: str
    fiscal: str
    unit_plurals: tuple[str, ...]
    zones: str
    era: str
    holiday: str
    clock_words: tuple[str, ...]
    from_now: str
    named_relation: str
    year_from_now: str
    of_told_year: str
    range_year: str
    second_end: str
    part_of: str
    spelled_day: str
    spelled_day_after_month: str


def words_of(lexicon: Lexicon) -> Words:
    """The regex pieces of ``lexicon``."""
    month = alternation(
        list(lexicon.months) + [f"{name}." for name in lexicon.month_abbreviations],
        case_sensitive=True,
    )
    weekday = alternation(lexicon.weekdays, case_sensitive=True)
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
    year = r"(?<![\d,.])(?:1[5-9]\d\d|20\d\d)(?![\d]|,\d|\.\d)"
    # After a month any four digits are its year, kept as written ("January 5, 2100"),
    # or the date is not placed ("January 5, 0000"), never moved to another year.
    written_year = r"(?<![\d,.])\d{4}(?![\d]|,\d|\.\d)"
    number = (
        r"(?:(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?(?:\s+1/2)?|"
        + alternation(w for w in lexicon.numbers if w not in {"some"})
        + r")"
    )
    unit_plurals = tuple(spec.plural for spec in lexicon.units.values() if spec.plural)
    unit_names = [*lexicon.units, *unit_plurals]
    unit = r"(?:" + alternation(unit_names) + r")(?:s\b)?"
    part = alternation(lexicon.parts_of_day)
    season = alternation(lexicon.seasons)
    position = alternation(
        word for word, mod in lexicon.modifiers.items() if mod in {"START", "MID", "END"}
    )
    nearness = alternation(
        word
        for word, mod in lexicon.modifiers.items()
        if mod not in {"START", "MID", "END"} and word != "over"
    )
    ordinal = alternation(lexicon.ordinals)
    soft = alternation(lexicon.soft_positions)
    back = r"(?P<back>back\s+in\s+)?"
    clock_words = [w for w, n in lexicon.numbers.items() if n.isdigit() and 1 <= int(n) <= 12]
    # "two and a half years", "two-and-a-half years", "a year and a half": half a unit more
    and_a_half = r"(?P<half>(?:\s+and\s+a\s+|-and-a-)half)?"
    and_a_half2 = r"(?P<half2>\s+and\s+a\s+half)?"
    left = r"(?<![\w'’/-])"
    # The second day of a range may follow a digit and a dash or slash ("23-24 November").
    after_a_day = r"(?<![\w'’])(?<![^\d][/-])"
    right = r"(?![\w/]|-[a-z])"

    spelled_day = alternation(lexicon.spelled_days)
    capitalised = [
        "-".join(part.capitalize() for part in name.split("-")) for name in lexicon.spelled_days
    ]
    small = alternation(w for w, n in lexicon.numbers.items() if n.isdigit() and int(n) < 20)
    decade_words = alternation(
        w for w, n in lexicon.numbers.items() if n.isdigit() and 20 <= int(n) < 100 and " " not in w
    )
    teens = alternation(w for w, n in lexicon.numbers.items() if n.isdigit() and 10 <= int(n) < 20)
    tens = rf"(?:{decade_words})(?:[\s-](?:{small}))?|{teens}"
    hundreds = alternation(lexicon.spelled_hundreds)
    thousands = alternation(lexicon.spelled_thousands)
    spelled_joins = alternation(lexicon.spelled_joins)
    spelled = (
        rf"{hundreds}[\s-]+(?:{tens})"
        rf"|{thousands}(?:\s+(?:{spelled_joins}\s+)?(?:{tens}|{small}))?"
    )
    zones = alternation(lexicon.zones, case_sensitive=True)
    era = alternation(lexicon.before_common_era, case_sensitive=True)
    holiday = any_apostrophe(alternation(lexicon.holidays, case_sensitive=True))
    return Words(
        lexicon=lexicon,
        month=month,
        weekday=weekday,
        day=day,
        year=year,
        written_year=written_year,
        number=number,
        unit=unit,
        part=part,
        season=season,
        position=position,
        nearness=nearness,
        ordinal=ordinal,
        soft=soft,
        back=back,
        clock_words=tuple(clock_words),
        and_a_half=and_a_half,
        and_a_half2=and_a_half2,
        left=left,
        after_a_day=after_a_day,
        right=right,
        small=small,
        tens=tens,
        spelled=spelled,
        spelled_hundreds=hundreds,
        spelled_thousands=thousands,
        spelled_joins=spelled_joins,
        fiscal=alternation(lexicon.fiscal),
        unit_plurals=unit_plurals,
        zones=zones,
        era=era,
        holiday=holiday,
        from_now=alternation(lexicon.from_now),
        named_relation=alternation([*lexicon.named_from_now, *lexicon.anaphoric]),
        # "(November 1) last year", "(March) of next year": a year counted from DCT's
        year_from_now=rf"(?:\s+of)?\s+(?P<yrel>{alternation(lexicon.from_now)})\s+year\b(?!['’])",
        # "(July) of that year", "(March) of the following year": a year told before
        of_told_year=rf"\s+of\s+(?P<tyrel>{alternation(lexicon.relational_shifts)})\s+year\b",
        # The first end of a range takes the year written after the second ("from April
        # to June 1968", "3 March to 5 April 2024", "the spring and early summer of 1943",
        # "March 5-9, 1918"), or counted from DCT's ("July-August last year").
        range_year=(
            rf"(?=(?:\s*[-–]\s*|\s+{alternation(lexicon.range_joins)}\s+)"
            rf"(?:{position}[\s-]+)?(?:{month}(?:\s+{day})?|{day}\s+{month}|{season}|{day})"
            rf"(?:,|\s+of)?\s+"
            rf"(?:(?P<ryear>{written_year})"
            rf"|(?P<ryrel>{alternation(lexicon.from_now)})\s+year\b(?!['’])))"
        ),
        # The start of the second end of a range after a dash ("May-August", "19-April 30").
        second_end=rf"(?:{left}|(?<=[^\W_][-–]))",
        # A part of the day before its date ("the night of April 18", "the morning of 4 May").
        part_of=rf"the\s+(?P<dpart>{part})\s+of\s+",
        # A day spelled as an ordinal: "the (fourth) of July"; after its month capitalised
        # ("July Fourth") or ending its phrase ("March third, 2024"), not "April first round".
        spelled_day=spelled_day,
        spelled_day_after_month=(
            rf"{alternation(capitalised, case_sensitive=True)}"
            rf"|{spelled_day}(?=\s*(?:[^\w\s-]|$))"
        ),
    )


# A time on the clock as written: "9 a.m.", "11:52 p.m.", "12.02 pm", "21:00".
CLOCK_TIME = r"\d{1,2}(?:[:.][0-5]\d)?\s*[ap]\.?\s?m\b\.?|\d{1,2}:[0-5]\d"

_WORD_AHEAD = re.compile(r"\s+(?:(?:on|into|to|from|of)\s+)?(?:the\s+)?([A-Za-z]+)")


def word_ahead(text: str, end: int) -> str:
    """The word after ``end``, past a preposition and an article ("overnight into [Monday]")."""
    ahead = _WORD_AHEAD.match(text, end, end + 30)
    return ahead.group(1) if ahead else ""


# A capitalised word inside a sentence: a name a month word may end ("Dong Jun").
_NAME_BEFORE = re.compile(r"(?<!\S)([A-Z][a-z]+\.?)\s+$")


def after_a_name(text: str, start: int, lexicon: Lexicon) -> bool:
    """True when a capitalised word that opens no sentence, is no calendar name and no
    word that leads to a month ("In", "Since") comes right before ``start``, outside a
    headline (which capitalises every word)."""
    found = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if found is None or title_case_around(text, found.start(1), start):
        return False
    word = found.group(1)
    lead = word.lower()
    return (
        lead not in lexicon.month_context
        and word.rstrip(".") not in lexicon.months
        and word not in lexicon.weekdays
        and not opens_sentence(text, found.start(1))
    )


# A capitalised word right after an expression, on its line: the rest of a name the
# expression's last word opens ("April Glaspie", "May Department Stores").
_NAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


def before_a_name(text: str, end: int, lexicon: Lexicon) -> bool:
    """True when a capitalised word that is no calendar name comes right after ``end``
    on the same line, outside a headline (which capitalises every word)."""
    found = _NAME_AFTER.match(text, end)
    if found is None or title_case_around(text, end, found.end()):
        return False
    return not names_a_day(found.group(1), lexicon)


def names_a_day(word: str, lexicon: Lexicon) -> bool:
    """True for a weekday, a month or a day from now ("Friday", "May", "today")."""
    calendar = word in lexicon.weekdays or word in lexicon.months
    return calendar or word.lower() in lexicon.deictic_days


def always(found: Found, text: str, lexicon: Lexicon) -> bool:
    """Every match is placed in the second pass."""
    return True


def of_a_year_told(found: Found, text: str, lexicon: Lexicon) -> bool:
    """ "July of that year" is placed in the second pass, once the year told is known."""
    return "tyrel" in found.parts


def without_deictic_relation(found: Found, lexicon: Lexicon) -> bool:
    """True unless a relation word counts the expression from the moment of writing
    ("last March", "this year's quarter"): the story time of a passage places it."""
    relations = {found.parts.get(name, "") for name in ("rel", "yrel", "det")}
    return not relations & lexicon.deictic_relations


# Where an expression may end: not inside a word or a number ("12/02"), nor before a
# hyphen and a small letter ("May-day").
_END = r"(?![\w/]|-(?-i:[a-z]))"


def rule(
    name: str,
    kind: TimexType,
    core: str,
    place: Strategy,
    *,
    near: Iterable[str] = (),
    reads: Iterable[str] = (),
    accept: Accept | None = None,
    later: Later | None = None,
    narrated: Narrated | None = None,
    partner: Partner | None = None,
    from_writing: Narrated | None = None,
    aliases: Mapping[str, str] | None = None,
    compared: bool = False,
    cycle: Granularity | None = None,
    start: str = r"(?<![\w'’/-])(?<!\d:)",
) -> Rule:
    """A rule whose ``core`` (the span kept) stands between ``start`` and a word end;
    by default it opens on no word's middle, nor on the minutes of a clock ("15:35")."""
    pattern = re.compile(start + f"(?P<core>{core})" + _END, re.IGNORECASE)
    return Rule(
        name,
        kind,
        pattern,
        place,
        accept,
        frozenset(near),
        frozenset(reads),
        later,
        narrated,
        partner,
        from_writing,
        MappingProxyType(dict(aliases or {})),
        compared,
        cycle,
    )
