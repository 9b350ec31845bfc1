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
    type it yields, a compiled pattern with a ``core`` group (the span kept), and an
    optional check of the surrounding text."""

    name: str
    type: TimexType
    pattern: re.Pattern[str]
    accept: Accept | None = None


# ----------------------------------------------------------------------------- helpers


def _alternation(words: Iterable[str], *, case_sensitive: bool = False) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any whitespace."""
    parts = sorted(set(words), key=lambda word: (-len(word), word))
    body = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in parts)
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def _previous_word(text: str, start: int) -> str:
    match = re.search(r"([\w.\-]+)\W*$", text[max(0, start - 30) : start])
    return match.group(1).lower() if match else ""


def _next_word(text: str, end: int) -> str:
    match = re.match(r"\s*([\w%]+)", text[end : end + 30])
    return match.group(1).lower() if match else ""


def _month_in_context(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """Ambiguous month words ("May", "March") count only with a day, year or cue."""
    month = match.group("month")
    if month is None or month.rstrip(".") not in lexicon.ambiguous_months:
        return True
    parts = match.groupdict()
    if any(parts.get(name) for name in ("year", "yrel", "fuzzy", "rel", "back")):
        return True
    return _previous_word(text, match.start("core")) in lexicon.month_context


def _season_in_context(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """Seasons need a year, a modifier or a cue; "the fall of the city" is no season."""
    parts = match.groupdict()
    if parts.get("year"):
        return True
    if _next_word(text, match.end("core")) == "of":
        return False
    after_cue = _previous_word(text, match.start("core")) in lexicon.month_context
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
    if re.search(r"[$£€#]\s?$", before):
        return False
    return _previous_word(text, match.start("core")) not in lexicon.not_before_year


# ----------------------------------------------------------------------------- grammar


def _build_rules(lexicon: Lexicon) -> tuple[Rule, ...]:
    month = _alternation(
        [name for name in lexicon.months if len(name) > 3 or name.isupper()]
        + [f"{name}." for name in lexicon.months if len(name) <= 4 and not name.isupper()]
        + [name for name in lexicon.months if len(name) <= 4 and not name.isupper()],
        case_sensitive=True,
    )
    weekday = _alternation(lexicon.weekdays, case_sensitive=True)
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
    year = r"(?<![\d,.])(?:1[5-9]\d\d|20\d\d)(?![\d]|,\d|\.\d)"
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
        if mod not in {"START", "MID", "END"} and word != "some"
    )
    ordinal = _alternation(lexicon.ordinals)
    soft = r"(?:early|late|earlier|later)"
    back = r"(?P<back>back\s+in\s+)?"
    left = r"(?<![\w'’/-])"
    right = r"(?![\w/])"

    def rule(name: str, kind: TimexType, core: str, accept: Accept | None = None) -> Rule:
        pattern = re.compile(left + f"(?P<core>{core})" + right, re.IGNORECASE)
        return Rule(name, kind, pattern, accept)

    rules = (
        rule("iso_date", "DATE", r"(?P<year>\d{4})-(?P<month_num>[01]\d)-(?P<day>[0-3]\d)"),
        rule(
            "numeric_date",
            "DATE",
            r"(?P<month_num>1[0-2]|0?[1-9])/(?P<day>[12]\d|3[01]|0?[1-9])/(?P<year>\d{4}|\d{2})",
        ),
        rule(
            "clock_time",
            "TIME",
            rf"(?:(?P<fuzzy>{nearness}|at\s+about)\s+)?"
            r"(?:(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)"
            r"|(?P<hour24>[01]\d|2[0-3]):(?P<minute24>[0-5]\d)(?=\s+(?:GMT|UTC|local))"
            r"|(?P<named>noon|midday|midnight))"
            r"(?:\s+(?P<zone>(?-i:[A-Z]{3}))(?![\w]))?"
            rf"(?:,?\s+(?:on\s+)?(?P<weekday>{weekday})|,?\s+(?P<month>{month})\s+(?P<day>{day})"
            r"|\s+(?P<deictic>today|yesterday|tomorrow))?",
        ),
        rule(
            "month_day",
            "DATE",
            rf"(?:(?P<fuzzy>{soft}|{nearness})\s+(?:on\s+)?)?(?:(?P<weekday>{weekday}),?\s+)?"
            rf"(?P<month>{month})\s+(?P<day>{day})(?:,?\s+(?P<year>{year}))?",
        ),
        rule(
            "day_month",
            "DATE",
            rf"(?:(?P<weekday>{weekday}),?\s+)?(?:the\s+)?(?P<day>{day})\s+(?:of\s+)?"
            rf"(?P<month>{month})(?:,?\s+(?P<year>{year}))?",
        ),
        rule(
            "month",
            "DATE",
            rf"{back}(?:(?P<fuzzy>{position})[\s-]*)?"
            r"(?:(?P<rel>last|next|this|this\s+past|this\s+coming|that)\s+)?"
            rf"(?P<month>{month})(?:(?:,?\s+|\s+of\s+)(?P<year>{year})"
            r"|\s+(?P<yrel>this|last|next)\s+year)?",
            _month_in_context,
        ),
        rule(
            "season",
            "DATE",
            rf"{back}(?:(?P<fuzzy>{position})[\s-]*)?"
            r"(?:(?P<rel>last|next|this|this\s+past|this\s+coming|the|that)\s+)?"
            rf"(?:(?P<fuzzy2>early|late|mid)[\s-]+)?"
            rf"(?P<season>{season})(?:(?:\s+of)?\s+(?P<year>{year}))?",
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
            "decade",
            "DATE",
            rf"(?:the\s+)?(?:(?P<fuzzy>{position})[\s-]*)?"
            r"(?:(?P<decade>(?:1[5-9]|20)\d0)['’]?s|['’](?P<short>\d0)['’]?s)",
        ),
        rule(
            "century",
            "DATE",
            r"(?:the\s+)?(?P<ordinal>1\d|20|21)(?:st|nd|rd|th)\s+century",
        ),
        rule(
            "quarter",
            "DATE",
            r"(?:(?P<det>the|its|this\s+year's|next\s+year's|last\s+year's)\s+)?"
            rf"(?:(?P<pyear>{year})\s+)?(?:fiscal[\s-]+)?(?P<ordinal>{ordinal})[\s-]+"
            rf"(?:fiscal[\s-]+)?quarter(?:\s+of\s+(?:fiscal\s+)?(?P<year>{year}))?"
            rf"|Q(?P<q>[1-4])(?:\s+(?P<qyear>{year}))?",
        ),
        rule(
            "year_ago_quarter",
            "DATE",
            r"(?:the\s+)?(?:comparable\s+|corresponding\s+)?(?P<ago>year-ago|year-earlier)"
            rf"(?:\s+(?P<ordinal>{ordinal}))?(?:[\s-]+(?:fiscal\s+)?(?:quarter|period))?",
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
            r"|the\s+next|the\s+same|the|that)\s+"
            r"(?P<unit>week|weekend|month|year|quarter|decade|century)",
        ),
        rule(
            "unit_edge",
            "DATE",
            r"(?P<unit>year|month|week)(?:-|['’]s\s+)(?P<edge>end|start|beginning)",
        ),
        rule(
            "deictic",
            "DATE",
            rf"(?:(?P<fuzzy>{soft})\s+)?(?P<deictic>the\s+day\s+before\s+yesterday"
            r"|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight)"
            rf"(?:\s+(?P<part>{part}))?"
            rf"|(?P<prel>this|last|tomorrow|yesterday)\s+(?P<ppart>{part})",
        ),
        rule(
            "weekday",
            "DATE",
            rf"(?:(?P<fuzzy>{soft})\s+(?:on\s+)?)?"
            r"(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|the\s+previous"
            r"|the\s+following|the\s+next|that)\s+)?"
            rf"(?P<weekday>{weekday})(?:['’]s)?(?:\s+(?P<part>{part}))?",
        ),
        rule(
            "ago",
            "DATE",
            rf"(?:(?P<fuzzy>{nearness}|just|only|some)\s+)?(?P<num>{number})\s+"
            rf"(?P<unit>{unit})\s+(?:or\s+so\s+)?(?P<dir>ago|from\s+now|hence|earlier|later)",
        ),
        rule(
            "relational",
            "DATE",
            r"the\s+(?P<unit>day|week|month|year|night|morning)\s+(?P<dir>after|before)"
            r"(?:\s+(?P<obj>(?:the|that|this|his|her|their|its)\s+[\w-]+))?"
            r"|the\s+(?P<dir2>following|next|previous|preceding|prior)\s+"
            r"(?P<unit2>day|morning|afternoon|evening|night|weekend)"
            r"|(?P<dir3>that|the\s+same|earlier\s+that|later\s+that|that\s+same)\s+"
            r"(?P<unit3>day|week|month|year|morning|afternoon|evening|night)"
            r"|(?P<eve>on\s+the\s+eve\s+of)",
        ),
        rule(
            "duration",
            "DURATION",
            rf"(?:(?P<fuzzy>{nearness})\s+)?"
            r"(?:(?P<span>the\s+(?:past|last|next|first|previous|coming|following|final|latest"
            r"|remaining)|the|another|an?\s+additional|each\s+of\s+the\s+past)\s+)?"
            rf"(?P<num>{number})\s+(?:(?:more|additional|other|full|straight|consecutive|long"
            rf"|trading|business|calendar)\s+)?(?P<unit>{unit})(?:\s+or\s+so)?"
            rf"|(?:(?P<afuzzy>{nearness})\s+)?(?P<anum>\d+|{_alternation(lexicon.numbers)})"
            r"-(?P<aunit>" + _alternation(lexicon.units) + r")(?:-(?:long|old))?"
            r"|(?P<vunit>days|weeks|months|years|decades|centuries)(?:-long)?",
        ),
        rule(
            "set",
            "SET",
            rf"(?P<every>every|each|per)\s+(?:(?P<other>other)\s+)?"
            rf"(?P<unit>{unit}|{weekday}|{part}|{season})"
            rf"|(?P<freq>once|twice|\w+\s+times)\s+(?:a|an|per|every|each)\s+(?P<funit>{unit})"
            rf"|(?P<word>{_alternation(lexicon.sets)})"
            rf"|(?P<weekdays>{weekday})s",
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
    flat = unwrap(text)
    lexicon = load_lexicon(language)
    found: list[Found] = []
    for rule in grammar(language):
        for match in rule.pattern.finditer(flat):
            if rule.accept is not None and not rule.accept(flat, match, lexicon):
                continue
            start, end = match.span("core")
            found.append(Found(start, end, rule.name, rule.type, _parts(match)))
    return found


def longest_first(found: Iterable[Found]) -> list[Found]:
    """Overlap policy: keep the longest candidate where candidates overlap.

    On equal length the earlier rule (lower position in the grammar) wins, then the
    leftmost span. Returns the kept candidates sorted by start.
    """
    order = {rule: index for index, rule in enumerate(_rule_names())}
    ranked = sorted(found, key=lambda f: (f.start - f.end, order.get(f.rule, 99), f.start))
    kept: list[Found] = []
    taken: list[tuple[int, int]] = []
    for item in ranked:
        if all(item.end <= s or item.start >= e for s, e in taken):
            kept.append(item)
            taken.append((item.start, item.end))
    return sorted(kept, key=lambda f: f.start)


@cache
def _rule_names() -> tuple[str, ...]:
    return tuple(rule.name for rule in grammar("en"))


def find_mentions(text: str, *, language: str = "en") -> list[Found]:
    """Temporal expressions in ``text``: non-overlapping, longest first, sorted by start."""
    return longest_first(candidates(text, language=language))
