"""Find temporal expressions in text, with exact offsets.

The grammar is an ordered tuple of :class:`Rule` objects, each one regular expression
built from the language's lexicon (``timeline/lexicon/<language>.toml``) and compiled
once. Every rule proposes candidates; :func:`longest_first` keeps the longest span where
candidates overlap (on equal length, the earlier rule wins). Finding says nothing about
the calendar: :mod:`timeline.resolve` places what is found here.

Matching runs on :func:`timeline.text.unwrap` of the text, which has the same offsets,
so an expression broken by a hard line wrap ("back\\nin August") is still one expression.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from timeline.lexicon import Lexicon, load_lexicon
from timeline.model import TimexType
from timeline.text import unwrap


@dataclass(frozen=True, slots=True)
class Found:
    """A candidate expression: half-open offsets, the rule that matched and its parts.

    ``parts`` maps the rule's named groups that matched to their text, lower-cased
    except calendar names (months, weekdays), which keep their spelling.
    """

    start: int
    end: int
    rule: str
    type: TimexType
    parts: Mapping[str, str]


Accept = Callable[[str, "re.Match[str]", Lexicon], bool]


@dataclass(frozen=True, slots=True)
class Rule:
    """One grammar rule: a name (also the name of its resolving strategy), the TIMEX3
    type it yields, a compiled pattern with a ``core`` group (the span kept), an
    optional check of the surrounding text, and the words every match holds (the
    pattern is only run near them, for speed)."""

    name: str
    type: TimexType
    pattern: re.Pattern[str]
    accept: Accept | None = None
    near: frozenset[str] = frozenset()


# ----------------------------------------------------------------------------- helpers


def _alternation(words: Iterable[str], *, case_sensitive: bool = False) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any whitespace."""
    parts = sorted(set(words), key=lambda word: (-len(word), word))
    body = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in parts)
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


_LAST_WORD = re.compile(r"([\w.\-]+)\W*$")
_FIRST_WORD = re.compile(r"\s*([\w%]+)")
_CURRENCY_BEFORE = re.compile(r"[$£€#]\s?$")
_FRACTION_OF = re.compile(r"\s+of\s+(?:the|a|an|all|its|their|his|her|our|this|that)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"'’”)]*\s+(?=[A-Z\"'‘“(])")


def _previous_word(text: str, start: int) -> str:
    match = _LAST_WORD.search(text[max(0, start - 30) : start])
    return match.group(1).lower() if match else ""


def _next_word(text: str, end: int) -> str:
    match = _FIRST_WORD.match(text, end, end + 30)
    return match.group(1).lower() if match else ""


def _day_alone_in_context(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """ "on the 24th," is a day of the month; "the 24th Brigade", "the 21st century" and
    "the 5th time" are not."""
    if _previous_word(text, match.start("core")) not in lexicon.day_alone_before:
        return False
    rest = text[match.end("core") : match.end("core") + 2].lstrip(" ")
    if not rest or not rest[0].isalpha():
        return not rest.startswith(("-", "’", "'"))
    return _next_word(text, match.end("core")) in lexicon.day_alone_after and rest[0].islower()


_DATE_WORD_AHEAD = re.compile(r"\s+(?:(?:on|into|to|from|of)\s+)?(?:the\s+)?([A-Za-z]+)")


def _overnight_alone(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """ "overnight" alone is the night before publication; not "an overnight stay",
    and not "overnight into Monday", where the day named carries the date."""
    if (match.group("deictic") or "").lower() != "overnight" or match.group("part"):
        return True
    ahead = _DATE_WORD_AHEAD.match(text, match.end("core"), match.end("core") + 30)
    if ahead is None:
        return True
    word = ahead.group(1)
    calendar = word in lexicon.weekdays or word in lexicon.months
    calendar = calendar or word.lower() in lexicon.deictic_days
    return not calendar and word.lower() not in lexicon.not_after_overnight


def _month_in_context(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """Ambiguous month words ("May", "March") count only with a day, year or cue."""
    month = match.group("month")
    if month is None or month.rstrip(".") not in lexicon.ambiguous_months:
        return True
    parts = match.groupdict()
    if any(parts.get(name) for name in ("year", "syear", "yrel", "fuzzy", "rel", "back")):
        return True
    previous = _previous_word(text, match.start("core"))
    return previous in lexicon.month_context and previous not in lexicon.verb_context


def _is_duration(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """Not an age ("52 years old"), a rate ("$2 million a year"), a fraction ("a quarter
    of the market") or an ordinal ("a second round")."""
    following = _next_word(text, match.end("core"))
    if following == "old":
        return False
    if (match.group("vunit") or "").lower() in ("hours", "minutes"):
        return _previous_word(text, match.start("core")) in lexicon.before_bare_time_units
    if (match.group("unit") or "").lower().startswith("quarter") and _FRACTION_OF.match(
        text, match.end("core")
    ):
        return False  # a fraction: "a quarter of the market" (but "quarters of losses")
    number = (match.group("num") or "").lower()
    if number not in ("a", "an"):
        return True
    if (match.group("unit") or "").lower() == "second":
        return False
    previous = _previous_word(text, match.start("core"))
    return not (previous in lexicon.rate_context or previous[-1:].isdigit())


def _not_a_rate(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """A repetition word up to three words after a number makes a rate, which TimeML
    does not mark ("rise 8.5% annually", "10,000 units annually", "15 million
    instructions per second"); "rallies held annually" is a set."""
    before = _SENTENCE_END.split(text[max(0, match.start("core") - 40) : match.start("core")])
    words = before[-1].split()[-3:]
    if match.group("word") and _next_word(text, match.end("core")) in lexicon.not_before_set:
        return False  # "annual sales", "a daily rate"
    return not any(character.isdigit() for word in words for character in word)


def _not_a_count(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """A number in words is no year when it counts something ("two thousand years")."""
    following = _next_word(text, match.end("core"))
    return following.rstrip("s") not in lexicon.units and following not in lexicon.not_after_year


def _anaphor_in_context(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """ "the day" counts only after a verb that spends it ("ended the day"), a part of
    the day only after "in" ("in the afternoon"); other relational matches always."""
    if match.group("theday"):
        return _previous_word(text, match.start("core")) in lexicon.day_spending_verbs
    if match.group("dpart"):
        return _previous_word(text, match.start("core")) == "in"
    return True


def _season_in_context(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """Seasons need a year, a modifier or a cue; "the fall of the city" and "to fall"
    are no seasons."""
    parts = match.groupdict()
    if parts.get("year") or parts.get("syear"):
        return True
    previous = _previous_word(text, match.start("core"))
    if _next_word(text, match.end("core")) == "of" or previous in lexicon.verb_context:
        return False
    after_cue = previous in lexicon.month_context
    rel = (parts.get("rel") or "").lower()
    if match.group("season").lower() == "fall" and rel in ("", "the", "that"):
        return after_cue
    return after_cue or bool(rel or parts.get("fuzzy") or parts.get("back"))


def _looks_like_year(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """A bare four-digit number is a year unless it counts things or is a label."""
    if match.group("fuzzy") or match.group("fiscal") or match.group("back"):
        return True
    if _next_word(text, match.end("core")) in lexicon.not_after_year:
        return False
    before = text[max(0, match.start("core") - 2) : match.start("core")]
    if _CURRENCY_BEFORE.search(before):
        return False
    return _previous_word(text, match.start("core")) not in lexicon.not_before_year


# ----------------------------------------------------------------------------- grammar


def _build_rules(lexicon: Lexicon) -> tuple[Rule, ...]:
    month = _alternation(
        list(lexicon.months) + [f"{name}." for name in lexicon.month_abbreviations],
        case_sensitive=True,
    )
    weekday = _alternation(lexicon.weekdays, case_sensitive=True)
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
    year = r"(?<![\d,.])(?:1[5-9]\d\d|20\d\d)(?![\d]|,\d|\.\d)"
    # After a month any four digits are its year, kept as written ("January 5, 2100"),
    # or the date is not placed ("January 5, 0000"), never moved to another year.
    written_year = r"(?<![\d,.])\d{4}(?![\d]|,\d|\.\d)"
    number = (
        r"(?:\d+(?:\.\d+)?(?:\s+1/2)?|"
        + _alternation(w for w in lexicon.numbers if w not in {"some"})
        + r")"
    )
    unit_names = list(lexicon.units) + ["centuries"]
    unit = r"(?:" + _alternation(unit_names) + r")(?:s\b)?"
    part = _alternation(lexicon.parts_of_day)
    season = _alternation(lexicon.seasons)
    position = _alternation(
        word for word, mod in lexicon.modifiers.items() if mod in {"START", "MID", "END"}
    )
    nearness = _alternation(
        word
        for word, mod in lexicon.modifiers.items()
        if mod not in {"START", "MID", "END"} and word not in {"some", "over"}
    )
    ordinal = _alternation(lexicon.ordinals)
    soft = r"(?:early|late|earlier|later)"
    back = r"(?P<back>back\s+in\s+)?"
    clock_words = [w for w, n in lexicon.numbers.items() if n.isdigit() and 1 <= int(n) <= 12]
    # "two and a half years", "a year and a half": half a unit more
    and_a_half = r"(?P<half>\s+and\s+a\s+half)?"
    and_a_half2 = r"(?P<half2>\s+and\s+a\s+half)?"
    left = r"(?<![\w'’/-])"
    # The second day of a range may follow a digit and a dash or slash ("23-24 November").
    after_a_day = r"(?<![\w'’])(?<![^\d][/-])"
    right = r"(?![\w/]|-[a-z])"

    small = _alternation(w for w, n in lexicon.numbers.items() if n.isdigit() and int(n) < 20)
    decade_words = _alternation(
        w for w, n in lexicon.numbers.items() if n.isdigit() and 20 <= int(n) < 100 and " " not in w
    )
    teens = _alternation(w for w, n in lexicon.numbers.items() if n.isdigit() and 10 <= int(n) < 20)
    tens = rf"(?:{decade_words})(?:[\s-](?:{small}))?|{teens}"
    spelled = (
        rf"(?:eighteen|nineteen|twenty)[\s-]+(?:{tens})"
        rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{tens}|{small}))?"
    )
    zones = _alternation(lexicon.zones, case_sensitive=True)
    era = _alternation(lexicon.before_common_era, case_sensitive=True)
    holiday = _alternation(
        [name.replace("'", "['’]") for name in lexicon.holidays], case_sensitive=True
    )
    holiday = holiday.replace(r"\['’\]", "['’]")

    def lower(names: Iterable[str]) -> set[str]:
        return {word for name in names for word in re.findall(r"[a-z]+", name.lower())}

    months, weekdays = lower(lexicon.months), lower(lexicon.weekdays)
    units = lower([*lexicon.units, "centuries", "weekend"])
    parts = lower(lexicon.parts_of_day)
    # Words a rule's matches always hold (SHORT_NUMBER: one or two digits; FOUR_DIGITS:
    # four); the rule only looks near them (see _segments). Rules without an entry look
    # everywhere.
    near: dict[str, set[str]] = {
        "iso_date": {FOUR_DIGITS},
        "numeric_date": {SHORT_NUMBER},
        "clock_time": {
            SHORT_NUMBER,
            "noon",
            "midday",
            "midnight",
            "morning",
            "afternoon",
            "evening",
            "night",
        },
        "month_day": months,
        "day_month": months,
        "day_alone": {"st", "nd", "rd", "th"},  # the ordinal ending of "the 24th"
        "month": months,
        "season": lower(lexicon.seasons),
        "year": {FOUR_DIGITS},
        "bc_year": lower(lexicon.before_common_era),
        "decade": {FOUR_DIGITS, SHORT_NUMBER} | lower(lexicon.decades),
        "century": {"century"},
        "quarter": {"quarter", "q"},
        "year_ago_quarter": {"ago", "earlier", "last"},
        "report_period": {"quarter", "period"},
        "half": {"half"},
        "spelled_year": {"eighteen", "nineteen", "twenty", "thousand"},
        "holiday": lower(lexicon.holidays) - lexicon.stop_words - {"day", "s", "eve"},
        "unit_relative": units,
        "unit_edge": {"end", "start", "beginning"},
        "deictic": {"today", "yesterday", "tomorrow", "tonight", "overnight"} | parts,
        "weekday": weekdays,
        "ago": {"ago", "hence", "earlier", "later", "now"},
        "relational": units | parts | {"eve"},
        "duration": units,
        "clock_length": {SHORT_NUMBER},
        "set": {"every", "each", "per", "once", "twice", "times"} | weekdays | lower(lexicon.sets),
        "reference": lower(lexicon.references) - lexicon.stop_words,
    }

    def rule(
        name: str, kind: TimexType, core: str, accept: Accept | None = None, *, start: str = left
    ) -> Rule:
        pattern = re.compile(start + f"(?P<core>{core})" + right, re.IGNORECASE)
        return Rule(name, kind, pattern, accept, frozenset(near.get(name, ())))

    rules = (
        rule("iso_date", "DATE", r"(?P<year>\d{4})-(?P<month_num>[01]\d)-(?P<day>[0-3]\d)"),
        rule(
            "numeric_date",
            "DATE",
            r"(?P<month_num>1[0-2]|0?[1-9])/(?P<day>[12]\d|3[01]|0?[1-9])/(?P<year>\d{4}|\d{2})"
            # day first: "24/11/2025" (no month 24), "24.11.2025" (dots)
            r"|(?P<dday>1[3-9]|2\d|3[01])/(?P<dmonth>1[0-2]|0?[1-9])/(?P<dyear>\d{4})"
            r"|(?<![\d.])(?P<pday>[12]\d|3[01]|0?[1-9])\.(?P<pmonth>1[0-2]|0?[1-9])\.(?P<pyear>\d{4})"
            r"(?!\.\d)",
        ),
        rule(
            "clock_time",
            "TIME",
            rf"(?:(?P<fuzzy>{nearness})\s+)?"
            r"(?:(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)"
            r"|(?P<hour24>[01]\d|2[0-3]):(?P<minute24>[0-5]\d)(?=\s+(?:GMT|UTC|local))"
            r"|(?P<hourof>1[0-2]|0?[1-9]|" + _alternation(clock_words) + r")(?:\s+o['’]clock)?"
            r"\s+(?P<dayhalf>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)"
            r"|(?P<named>noon|midday|midnight))"
            rf"(?:\s+(?P<zone>{zones}|(?-i:[A-Z]{{3}}))(?![\w]))?"
            rf"(?:,?\s+(?:on\s+)?(?P<weekday>{weekday})|,?\s+(?P<month>{month})\s+(?P<day>{day})"
            r"|\s+(?P<deictic>today|yesterday|tomorrow))?",
        ),
        rule(
            "month_day",
            "DATE",
            rf"(?:(?P<fuzzy>{soft}|{nearness})\s+(?:on\s+)?|(?P<weekof>the\s+week\s+of)\s+)?"
            rf"(?:(?P<weekday>{weekday}),?\s+)?"
            rf"(?P<month>{month})\s+(?P<day>{day})(?:,?\s+(?P<year>{written_year}))?",
        ),
        rule(
            "day_month",
            "DATE",
            rf"(?:(?P<weekday>{weekday}),?\s+)?(?:the\s+)?(?P<day>{day})\s+(?:of\s+)?"
            rf"(?P<month>{month})(?:,?\s+(?P<year>{written_year}))?",
            start=after_a_day,
        ),
        rule(
            "day_alone",
            "DATE",
            r"the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)",
            _day_alone_in_context,
        ),
        rule(
            "month",
            "DATE",
            rf"{back}(?:(?P<fuzzy>{position})[\s-]*)?"
            r"(?:(?P<rel>last|next|this|this\s+past|this\s+coming|that)\s+)?"
            rf"(?P<month>{month})(?:(?:,?\s+|\s+of\s+)(?P<year>{written_year})"
            rf"|(?:,?\s+|\s+of\s+)(?P<syear>{spelled})"
            r"|\s+(?P<yrel>this|last|next)\s+year|(?!\.?[\s,]*\d))",
            _month_in_context,
        ),
        rule(
            "season",
            "DATE",
            rf"{back}(?:(?P<fuzzy>{position})[\s-]*)?"
            r"(?:(?P<rel>last|next|this|this\s+past|this\s+coming|the|that)\s+)?"
            rf"(?:(?P<fuzzy2>early|late|mid)[\s-]+)?"
            rf"(?P<season>{season})(?:(?:\s+of)?\s+(?:(?P<year>{year})|(?P<syear>{spelled})))?",
            _season_in_context,
        ),
        rule(
            "year",
            "DATE",
            rf"{back}(?:(?P<fuzzy>{position})[\s-]*)?(?:(?P<fiscal>fiscal)\s+(?:year\s+)?)?"
            rf"(?P<year>{year})(?:\s+(?P<open>or\s+later|and\s+beyond|or\s+earlier))?",
            _looks_like_year,
        ),
        rule(
            "bc_year",
            "DATE",
            rf"(?P<bcyear>[1-9]\d{{0,3}})\s*{era}(?!\w)",
        ),
        rule(
            "decade",
            "DATE",
            rf"(?:(?P<fuzzy>{position})[\s-]*)?"
            r"(?:(?P<decade>(?:1[5-9]|20)\d0)['’]?s|['’](?P<short>\d0)['’]?s"
            rf"|(?:the\s+)?(?P<word>{_alternation(lexicon.decades)}))",
        ),
        rule(
            "century",
            "DATE",
            r"(?:the\s+)?(?P<ordinal>1\d|20|21)(?:st|nd|rd|th)\s+century",
        ),
        rule(
            "quarter",
            "DATE",
            r"(?:(?P<det>the(?=\s+(?:fiscal[\s-]+)?\w+\s+quarter)|this\s+year's|next\s+year's"
            r"|last\s+year's)\s+)?"
            rf"(?:(?P<pyear>{year})\s+)?(?:(?P<fiscal>fiscal)[\s-]+)?(?P<ordinal>{ordinal})[\s-]+"
            rf"(?:(?P<fiscal2>fiscal)[\s-]+)?quarter(?:\s+of\s+(?:fiscal\s+)?(?P<year>{year})"
            r"|\s+of\s+(?P<qrel>last|this|next)\s+year)?"
            rf"|Q(?P<q>[1-4])(?:\s+(?P<qyear>{year}))?",
        ),
        rule(
            "year_ago_quarter",
            "DATE",
            r"(?:the\s+)?(?:comparable\s+|corresponding\s+)?(?P<ago>year-ago|year-earlier)"
            rf"(?:\s+(?P<ordinal>{ordinal}))?(?:[\s-]+(?:fiscal\s+)?(?P<period>quarter|period))?"
            # the period compared with, named after it: "the corresponding period last year"
            r"|(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?(?P<period2>quarter|period)"
            r"\s+(?P<ago2>a\s+year\s+(?:ago|earlier)|last\s+year)"
            rf"|(?P<ago3>last\s+year['’]s)\s+(?:(?P<ordinal2>{ordinal})[\s-]+)?(?P<period3>quarter|period)",
        ),
        rule(
            "report_period",
            "DATE",
            rf"the\s+(?:(?P<pyear>{year})|latest)\s+(?:(?P<ordinal>{ordinal})\s+)?"
            r"(?:fiscal\s+)?(?:quarter|period)",
        ),
        rule(
            "half",
            "DATE",
            r"(?:the\s+)?(?P<half>first|second|last)\s+half\s+of\s+"
            rf"(?:(?P<year>{year})|(?P<yrel>this|last|next|the)\s+year)",
        ),
        rule(
            "unit_relative",
            "DATE",
            rf"(?:(?P<fuzzy>{position}|earlier|later)[\s-]+)?"
            r"(?P<rel>last|this|next|the\s+past|the\s+previous|the\s+coming|the\s+current"
            r"|the\s+latest|past|coming|current|this\s+past|this\s+coming|the\s+following"
            r"|the\s+next|the\s+same|the|that)\s+(?P<kind>(?:full|fiscal|calendar)\s+)?"
            r"(?P<unit>week|weekend|month|year|quarter|decade|century)",
        ),
        rule(
            "spelled_year",
            "DATE",
            r"(?:the\s+year\s+)?(?:(?P<hundreds>eighteen|nineteen|twenty)[\s-]+(?P<rest>"
            + tens
            + r")|two\s+thousand(?:\s+(?:and\s+)?(?P<small>"
            + tens
            + "|"
            + small
            + r"))?)",
            _not_a_count,
        ),
        rule(
            "holiday",
            "DATE",
            rf"(?:(?P<rel>last|next|this)\s+)?(?P<holiday>{holiday})"
            r"(?:\s+(?P<around>week(?:end)?)(?![\w'’]))?",
        ),
        rule(
            "unit_edge",
            "DATE",
            r"(?P<unit>year|month|week)(?:-|['’]s\s+|\s+(?=end\b))(?P<edge>end|start|beginning)",
        ),
        rule(
            "deictic",
            "DATE",
            rf"(?:(?P<fuzzy>{soft})\s+)?(?P<deictic>the\s+day\s+before\s+yesterday"
            r"|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|overnight)"
            rf"(?:\s+(?P<part>{part}))?"
            rf"|(?P<prel>this|last|tomorrow|yesterday)\s+(?P<ppart>{part})",
            _overnight_alone,
        ),
        rule(
            "weekday",
            "DATE",
            rf"(?:(?P<fuzzy>{soft})\s+(?:on\s+)?)?"
            r"(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|the\s+previous"
            r"|the\s+following|the\s+next|that)\s+)?"
            rf"(?P<weekday>{weekday})(?:\s+(?P<part>{part})|\s+(?P<beforelast>before\s+last))?",
        ),
        rule(
            "ago",
            "DATE",
            rf"(?:(?P<fuzzy>{nearness}|just|only|some)\s+)?(?P<num>{number}){and_a_half}\s+"
            rf"(?P<unit>{unit}){and_a_half2}\s+(?:or\s+so\s+)?"
            r"(?P<dir>ago|from\s+now|hence|earlier|later)",
        ),
        rule(
            "relational",
            "DATE",
            r"the\s+(?P<unit>day|week|month|year|night|morning)\s+(?P<dir>after|before)"
            r"(?:\s+(?P<obj>(?:the|that|this|his|her|their|its)\s+[\w-]+))?"
            r"|the\s+(?P<dir2>following|next|previous|preceding|prior)\s+"
            r"(?P<unit2>day|morning|afternoon|evening|night|weekend)"
            r"|(?P<dir3>that|the\s+same|earlier\s+that|later\s+that|that\s+same"
            r"|earlier\s+in\s+the|later\s+in\s+the)\s+"
            r"(?P<unit3>day|week|month|year|morning|afternoon|evening|night)"
            r"|(?P<eve>on\s+the\s+eve\s+of)"
            # anaphoric "the day": the day in focus ("ended the day 2% higher"), and a
            # part of the day told without its day ("in the afternoon"); see
            # _anaphor_in_context
            rf"|the\s+(?:(?P<theday>day)|(?P<dpart>{part})(?!\s+(?:of|hours)\b))",
            _anaphor_in_context,
        ),
        rule(
            "duration",
            "DURATION",
            rf"(?:(?P<fuzzy>{nearness})\s+)?"
            r"(?:(?P<span>the\s+(?:past|last|next|first|previous|coming|following|final|latest"
            r"|remaining)|the|another|an?\s+additional|each\s+of\s+the\s+past)\s+)?"
            rf"(?P<num>{number}){and_a_half}(?:\s+(?:to|or)\s+{number})?\s+"
            r"(?:(?:more|additional|other|full|straight|consecutive|long"
            rf"|trading|business|calendar)\s+)?(?P<unit>{unit}){and_a_half2}(?:\s+or\s+so)?"
            rf"|(?:(?P<afuzzy>{nearness})\s+)?(?P<anum>\d+|{_alternation(lexicon.numbers)})"
            r"-(?P<aunit>" + _alternation(lexicon.units) + r")(?:-long)?(?![\w-])"
            r"|(?P<vunit>days|weeks|months|years|decades|centuries|hours|minutes)(?:-long|-old)?"
            r"|(?P<pastday>the\s+past\s+day)",
            _is_duration,
        ),
        rule(
            "clock_length",
            "DURATION",
            # a time on the clock that took so long ("finished in 3:07:35"), not "at 10:30:15"
            r"(?P<hours>\d{1,2}):(?P<minutes>[0-5]\d):(?P<seconds>[0-5]\d)(?!:?\d)",
            lambda text, match, lexicon: _previous_word(text, match.start("core")) != "at",
        ),
        rule(
            "set",
            "SET",
            rf"(?P<every>every|each|per)\s+(?:(?P<other>other)\s+)?"
            rf"(?P<unit>{unit}|{weekday}|{part}|{season}|{month})"
            rf"|(?P<freq>once|twice|\w+\s+times)\s+(?:a|an|per|every|each)\s+(?P<funit>{unit})"
            rf"|(?P<word>{_alternation(lexicon.sets)})"
            rf"|(?P<weekdays>{weekday})s",
            _not_a_rate,
        ),
        rule("reference", "DATE", rf"(?P<ref>{_alternation(lexicon.references)})"),
    )
    return rules


@cache
def grammar(language: str = "en") -> tuple[Rule, ...]:
    """The ordered rules for ``language``, compiled once."""
    return _build_rules(load_lexicon(language))


# ----------------------------------------------------------------------------- finding

_KEEP_CASE = frozenset({"month", "weekday", "weekdays", "zone"})


def _parts(match: re.Match[str]) -> Mapping[str, str]:
    parts = {
        name: value if name in _KEEP_CASE else " ".join(value.lower().split())
        for name, value in match.groupdict().items()
        if value is not None and name != "core"
    }
    return MappingProxyType(parts)


def candidates(text: str, *, language: str = "en") -> list[Found]:
    """Every match of every rule in ``text`` (overlapping), in rule order."""
    return _candidates_in(unwrap(text), language)


def _candidates_in(flat: str, language: str) -> list[Found]:
    lexicon = load_lexicon(language)
    rules = grammar(language)
    where = _trigger_positions(flat, language)
    found: list[Found] = []
    for rule in rules:
        segments = _segments(flat, where[rule.name]) if rule.near else [(0, len(flat))]
        for first, last in segments:
            for match in rule.pattern.finditer(flat, first, last):
                if rule.accept is not None and not rule.accept(flat, match, lexicon):
                    continue
                start, end = match.span("core")
                if _in_a_name(flat, start, end, language):
                    continue
                found.append(Found(start, end, rule.name, rule.type, _parts(match)))
    return found


_LETTERS = re.compile(r"[^\W\d_]+")
# What may come right before a word that opens a sentence or a quotation.
_OPENS_SENTENCE = frozenset(".!?:\"'`‘“([")


@cache
def _calendar_names(language: str) -> frozenset[str]:
    """Words that are capitalised as calendar names (months, weekdays, holidays)."""
    lexicon = load_lexicon(language)
    names = [*lexicon.months, *lexicon.weekdays, *lexicon.holidays]
    return frozenset(word for name in names for word in _LETTERS.findall(name))


def _in_a_name(text: str, start: int, end: int, language: str) -> bool:
    """True when a capitalised word that is no calendar name and does not open a
    sentence or a quotation shows the expression is part of a title or a name ("ABC's
    "This Week"", "VOA Today", "High Noon"), which TimeML leaves unmarked."""
    names = _calendar_names(language)
    for match in _LETTERS.finditer(text, start, end):
        word = match.group()
        if not word[0].isupper() or word.isupper() or word in names or word[:-1] in names:
            continue
        if _title_case_around(text, start, end):
            return False  # a headline capitalises every word
        before = text[max(0, match.start() - 3) : match.start()].rstrip()
        if match.start() == start and (not before or before[-1] in _OPENS_SENTENCE):
            continue
        return True
    return False


def _title_case_around(text: str, start: int, end: int) -> bool:
    """True when nearly all longer words around the span are capitalised (a headline)."""
    around = text[max(0, start - 50) : start] + " " + text[end : end + 50]
    words = [word for word in _LETTERS.findall(around) if len(word) > 3]
    capitalised = sum(word[0].isupper() for word in words)
    return len(words) >= 3 and capitalised >= 0.8 * len(words)


# Stand for numbers among a rule's trigger words: of one or two digits, and of four.
SHORT_NUMBER = "0"
FOUR_DIGITS = "0000"
_NUMBER_KEYS = {1: SHORT_NUMBER, 2: SHORT_NUMBER, 4: FOUR_DIGITS}
# How far before and after a rule's trigger word one of its matches may reach.
REACH_BEFORE = 50
REACH_AFTER = 40


def _trie(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` that branches on one letter at a time, so the
    regex engine tries a single branch at each position instead of every word."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(key) + pattern(child) for key, child in sorted(node.items()) if key]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(tree)


@dataclass(frozen=True, slots=True)
class _Triggers:
    """The rules each trigger word starts, and a pattern that finds the words of a text
    that may be triggers: listed words, their plurals, and numbers of 1, 2 or 4 digits."""

    rules_of: dict[str, tuple[str, ...]]
    tokens: re.Pattern[str]


@cache
def _triggers(language: str) -> _Triggers:
    index: dict[str, list[str]] = {}
    for rule in grammar(language):
        for word in rule.near:
            index.setdefault(word, []).append(rule.name)
    words = [word for word in index if not word[0].isdigit()]
    tokens = re.compile(
        rf"(?<![a-z])(?:{_trie(words)})(?:[a-z]?s)?(?![a-z])"
        r"|(?<!\d)(?:\d\d?|\d{4})(?!\d)"
    )
    return _Triggers({word: tuple(names) for word, names in index.items()}, tokens)


def _trigger_positions(text: str, language: str) -> dict[str, list[tuple[int, int]]]:
    """Spans of each rule's trigger words in ``text``, in order."""
    triggers = _triggers(language)
    rules_of = triggers.rules_of
    where: dict[str, list[tuple[int, int]]] = {rule.name: [] for rule in grammar(language)}
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters change length when lowered ("İ")
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for token in triggers.tokens.finditer(lowered):
        word = token.group()
        if word[0].isdigit():
            names = rules_of.get(_NUMBER_KEYS[len(word)], ())
        else:
            names = rules_of.get(word, ())
            if word[-1] == "s":  # plurals: "years", "Tuesdays" ("centuries" is listed)
                names += rules_of.get(word[:-1], ()) + rules_of.get(word[:-2], ())
        for name in names:
            where[name].append(token.span())
    return where


_SPACE = re.compile(r"\s")


def _segments(text: str, triggers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stretches of ``text`` around trigger words, merged: a rule need only look there,
    and most of a text holds no date. A stretch ends at whitespace, so that no word is
    cut; it may start inside one, since patterns look behind their start."""
    segments: list[tuple[int, int]] = []
    for start, end in triggers:
        first = max(0, start - REACH_BEFORE)
        if segments and first <= segments[-1][1] and end + REACH_AFTER <= segments[-1][1]:
            continue
        space = _SPACE.search(text, min(len(text), end + REACH_AFTER))
        last = space.start() if space else len(text)
        if segments and first <= segments[-1][1]:
            segments[-1] = (segments[-1][0], max(last, segments[-1][1]))
        else:
            segments.append((first, last))
    return segments


def longest_first(found: Iterable[Found], *, language: str = "en") -> list[Found]:
    """Overlap policy: keep the longest candidate where candidates overlap.

    On equal length the earlier rule (lower position in the grammar) wins, then the
    leftmost span. Returns the kept candidates sorted by start.
    """
    order = {rule.name: index for index, rule in enumerate(grammar(language))}
    ranked = sorted(found, key=lambda f: (f.start - f.end, order.get(f.rule, len(order)), f.start))
    kept: list[Found] = []  # sorted by start, never overlapping
    starts: list[int] = []
    for item in ranked:
        at = bisect.bisect_right(starts, item.start)
        if at > 0 and kept[at - 1].end > item.start:
            continue
        if at < len(kept) and kept[at].start < item.end:
            continue
        kept.insert(at, item)
        starts.insert(at, item.start)
    return kept


def find_mentions(text: str, *, language: str = "en") -> list[Found]:
    """Temporal expressions in ``text``: non-overlapping, longest first, sorted by start."""
    flat = unwrap(text)
    kept = longest_first(_candidates_in(flat, language), language=language)
    return _with_range_ends(flat, kept, load_lexicon(language))


# After a number that ends a range: no word, unit or decimal ("25 soldiers", "25%", "25.5").
_NO_COUNT_AFTER = r"(?![\w%$£€]|[.,:]\d)"
_RANGE_END = re.compile(
    r"(?:\s*[-–]\s*|\s+(?:and|or|to|through|until)\s+)(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    + _NO_COUNT_AFTER,
    re.IGNORECASE,
)
_RANGE_START = re.compile(
    r"(?<![\w,.'’/-])(?P<written>(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)"
    r"(?:\s*[-–/]\s*|\s+(?:and|or|to|through|until)\s+)$",
    re.IGNORECASE,
)
_YEAR_RANGE_END = re.compile(r"\s*[-–/]\s*(?P<year>\d{4}|\d\d)" + _NO_COUNT_AFTER)


def _with_range_ends(text: str, kept: list[Found], lexicon: Lexicon) -> list[Found]:
    """Add the bare day or year at the other end of a range, which TimeML marks as a
    date of its own: the day that ends a range after its month ("April 24 and 25",
    "Nov. 2-3"), the day that starts one before its month ("23-24 November", "from 1
    to 3 December"), and the year that ends a range of years ("2014-2015", "2022-23").
    A number followed by a word that is no preposition counts things ("April 24 and
    25 soldiers") and is left alone."""
    partners: list[Found] = []
    for at, found in enumerate(kept):
        previous_end = kept[at - 1].end if at else 0
        next_start = kept[at + 1].start if at + 1 < len(kept) else len(text)
        partner = None
        if found.rule == "month_day" and "year" not in found.parts:
            partner = _day_after(text, found, lexicon, next_start)
        elif found.rule == "day_month":
            partner = _day_before(text, found, previous_end)
        elif found.rule == "year" and set(found.parts) == {"year"}:
            partner = _year_after(text, found, next_start)
        if partner is not None:
            partners.append(partner)
    return sorted([*kept, *partners], key=lambda item: item.start) if partners else kept


def _day_after(text: str, found: Found, lexicon: Lexicon, limit: int) -> Found | None:
    match = _RANGE_END.match(text, found.end)
    if match is None or match.end() > limit:
        return None
    following = _next_word(text, match.end())
    if following and following.isalpha() and following not in lexicon.month_context:
        return None
    parts = {"month": found.parts["month"], "day": match.group("day")}
    return Found(match.start("day"), match.end(), "month_day", "DATE", MappingProxyType(parts))


def _day_before(text: str, found: Found, limit: int) -> Found | None:
    first = max(limit, found.start - 20)
    match = _RANGE_START.search(text[first : found.start])
    if match is None or int(match.group("day")) >= int(found.parts["day"].rstrip("stndrh")):
        return None  # no range: "5 and 3 December"
    parts = {**found.parts, "day": match.group("day")}
    parts.pop("weekday", None)
    return Found(
        first + match.start(),
        first + match.end("written"),
        "day_month",
        "DATE",
        MappingProxyType(parts),
    )


def _year_after(text: str, found: Found, limit: int) -> Found | None:
    match = _YEAR_RANGE_END.match(text, found.end)
    if match is None or match.end() > limit:
        return None
    start_year, written = int(found.parts["year"]), match.group("year")
    end_year = int(written) if len(written) == 4 else start_year - start_year % 100 + int(written)
    if len(written) == 2 and end_year <= start_year:
        end_year += 100
    if not start_year < end_year <= start_year + 50:
        return None  # no range of years: "1998-1200"
    parts = MappingProxyType({"year": str(end_year)})
    return Found(match.start("year"), match.end(), "year", "DATE", parts)
