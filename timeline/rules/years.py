"""Years, written or in words, years before the common era, decades and centuries."""

from __future__ import annotations

import re
from datetime import date
from types import MappingProxyType

from timeline.calendar_spans import narrow, year_span
from timeline.lexicon import Lexicon
from timeline.mentions import FOUR_DIGITS, TENS, Found, Rule, next_word, previous_word
from timeline.model import Anchor
from timeline.placing import Context, Placement, position_mod, year_in_words
from timeline.rules.dates import NO_COUNT_AFTER
from timeline.rules.words import Words, alternation, lower, one_word_each, rule


def _second_year(group: str = "") -> str:
    """The second calendar year an accounting year spans, after the first: "(2024)-25"."""
    name = f"?P<{group}>" if group else "?:"
    return rf"[-–/]({name}\d{{4}}|\d\d)(?![\d%])"


def year(found: Found, ctx: Context) -> Placement:
    """A year as written ("2022", "mid-2024", "fiscal 1989", "2026 and beyond"); an
    accounting year named by the two calendar years it spans ("the 2024-25 fiscal year")
    is named, as "FY2025", for the year it ends in, and lies within the two."""
    parts = found.parts
    number = int(parts["year"])
    if "fyend" in parts:
        end = int(parts["fyend"][-2:]) + number // 100 * 100
        end += 100 if end < number else 0
        return Placement(str(end), date(number, 1, 1), date(end, 12, 31), "year", "", "absolute")
    mod = position_mod(parts.get("fuzzy"), ctx.lexicon)
    if not mod and "open" in parts:
        mod = "ON_OR_BEFORE" if "earlier" in parts["open"] else "ON_OR_AFTER"
    edge = parts.get("fuzzy", "") in ctx.lexicon.year_edges
    span = narrow(year_span(number), "year", mod, edge=edge)
    return Placement(str(number), *span, "year", mod, "absolute")


def bc_year(found: Found, ctx: Context) -> Placement:
    """A year before the common era ("490 BC" -> BC0490): before the calendar's first
    year, so never placed on it."""
    return Placement(f"BC{int(found.parts['bcyear']):04d}", granularity="year", anchor="absolute")


def decade(found: Found, ctx: Context) -> Placement:
    """A decade ("the 1990s", "the late '80s"): TIMEX3 value of its first three digits."""
    parts = found.parts
    if "decade" in parts:
        first = int(parts["decade"])
        anchor: Anchor = "absolute"
    else:
        short = (
            int(parts["short"]) if "short" in parts else ctx.lexicon.decades[parts["word"]] % 100
        )
        century = ctx.dct.year // 100 * 100
        first = century + short if century + short <= ctx.dct.year else century - 100 + short
        anchor = "dct"
    mod = position_mod(parts.get("fuzzy"), ctx.lexicon)
    span = narrow((date(first, 1, 1), date(first + 9, 12, 31)), "decade", mod)
    return Placement(f"{first // 10}", *span, "decade", mod, anchor)


def century(found: Found, ctx: Context) -> Placement:
    """An ordinal century ("the 20th century" -> 19, 1900..1999; "the early 21st
    century" keeps its first third)."""
    first = (int(found.parts["ordinal"]) - 1) * 100
    mod = position_mod(found.parts.get("fuzzy"), ctx.lexicon)
    span = narrow((date(first, 1, 1), date(first + 99, 12, 31)), "century", mod)
    return Placement(f"{first // 100:02d}", *span, "century", mod, "absolute")


def spelled_year(found: Found, ctx: Context) -> Placement:
    """A year in words ("nineteen ninety-six", "the year two thousand")."""
    number = year_in_words(ctx.text[found.start : found.end], ctx.lexicon)
    return Placement(str(number), *year_span(number), "year", "", "absolute")


_CURRENCY_BEFORE = re.compile(r"[$£€#]\s?$")


def _not_a_count(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """A number in words is no year when it counts something ("two thousand years")."""
    following = next_word(text, match.end("core"))
    return following.rstrip("s") not in lexicon.units and following not in lexicon.not_after_year


def _looks_like_year(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """A bare four-digit number is a year unless it counts things or is a label."""
    second = match.group("fyend") or match.group("fyend2")
    if second is not None:
        # an accounting year spans two calendar years in a row: "2024-25", not "2024-26"
        return (int(match.group("year")) + 1) % 100 == int(second[-2:])
    if match.group("fuzzy") or match.group("fiscal") or match.group("back"):
        return True
    following = next_word(text, match.end("core"))
    if following in lexicon.not_after_year:
        return False
    start = match.start("core")
    if (
        following.endswith(lexicon.people_plural_endings)
        and previous_word(text, start) not in lexicon.year_openers
    ):
        return False  # "freed 1700 Haitians", not "In 1700 Spaniards"
    before = text[max(0, start - 2) : start]
    if _CURRENCY_BEFORE.search(before):
        return False
    two_before = " ".join(text[max(0, start - 40) : start].lower().split()[-2:])
    return (
        previous_word(text, start) not in lexicon.not_before_year
        and two_before not in lexicon.not_before_year
    )


_YEAR_RANGE_END = re.compile(r"\s*[-–/]\s*(?P<year>\d{4}|\d\d)" + NO_COUNT_AFTER)


def _year_after(
    text: str, found: Found, lexicon: Lexicon, previous_end: int, next_start: int
) -> Found | None:
    """The year that ends a range of years ("2014-2015", "2022-23")."""
    if set(found.parts) != {"year"}:
        return None
    match = _YEAR_RANGE_END.match(text, found.end)
    if match is None or match.end() > next_start:
        return None
    start_year, written = int(found.parts["year"]), match.group("year")
    end_year = int(written) if len(written) == 4 else start_year - start_year % 100 + int(written)
    if len(written) == 2 and end_year <= start_year:
        end_year += 100
    if not start_year < end_year <= start_year + 50:
        return None  # no range of years: "1998-1200"
    parts = MappingProxyType({"year": str(end_year)})
    return Found(match.start("year"), match.end(), "year", "DATE", parts)


def year_rule(w: Words) -> Rule:
    """A year: "in 2022", "mid-2024", "fiscal 1989", "the year 2000", "2026 and beyond"."""
    return rule(
        "year",
        "DATE",
        rf"{w.back}(?:(?P<fuzzy>{w.position})[\s-]*)?(?:the\s+year\s+)?"
        rf"(?:(?P<fiscal>{w.fiscal})\s*(?:year\s+)?)?"
        # an accounting year named by the two calendar years it spans ("FY2024-25",
        # "fiscal 2024/25", "the 2024-25 fiscal year")
        rf"(?:the\s+(?=\d{{4}}{_second_year()}\s+(?:{w.fiscal})\s+year\b))?"
        rf"(?P<year>{w.year})"
        rf"(?(fiscal)(?:{_second_year('fyend')})?"
        rf"|(?:{_second_year('fyend2')}\s+(?:{w.fiscal})\s+year\b)?)"
        rf"(?:\s+(?P<open>or\s+later|and\s+beyond|or\s+earlier))?",
        year,
        reads={"fuzzy", "fyend", "open", "year"},
        near={FOUR_DIGITS},
        accept=_looks_like_year,
        partner=_year_after,
        aliases={"fyend2": "fyend"},
    )


def bc_year_rule(w: Words) -> Rule:
    """A year before the common era: "490 BC", and both ends of "264 to 241 BC"."""
    joins = alternation(w.lexicon.range_joins)
    era = rf"\s*{w.era}(?!\w)"
    return rule(
        "bc_year",
        "DATE",
        rf"(?P<bcyear>[1-9]\d{{0,3}})(?:{era}|(?=(?:\s*[-–]\s*|\s+{joins}\s+)[1-9]\d{{0,3}}{era}))",
        bc_year,
        reads={"bcyear"},
        near=lower(w.lexicon.before_common_era),
        start=w.second_end,
    )


def decade_rule(w: Words) -> Rule:
    """A decade: "the 1990s", "the late '80s"."""
    return rule(
        "decade",
        "DATE",
        rf"(?:the\s+)?(?:(?P<fuzzy>{w.position})[\s-]*)?"
        r"(?:(?P<decade>(?:1[5-9]|20)\d0)['’]?s|['’](?P<short>\d0)['’]?s"
        rf"|(?P<word>{alternation(w.lexicon.decades)}))",
        decade,
        reads={"decade", "fuzzy", "short", "word"},
        near={TENS} | lower(w.lexicon.decades),
    )


def century_rule(w: Words) -> Rule:
    """An ordinal century: "the 20th century", "the early 21st century"."""
    return rule(
        "century",
        "DATE",
        rf"(?:the\s+)?(?:(?P<fuzzy>{w.position})[\s-]*)?"
        r"(?P<ordinal>1\d|20|21)(?:st|nd|rd|th)\s+century",
        century,
        reads={"fuzzy", "ordinal"},
        near={"century"},
    )


def spelled_year_rule(w: Words) -> Rule:
    """A year in words: "nineteen ninety-one", "the year two thousand"."""
    return rule(
        "spelled_year",
        "DATE",
        rf"(?:the\s+year\s+)?(?:(?P<hundreds>{w.spelled_hundreds})[\s-]+(?P<rest>{w.tens})"
        rf"|{w.spelled_thousands}(?:\s+(?:{w.spelled_joins}\s+)?(?P<small>{w.tens}|{w.small}))?)",
        spelled_year,
        near=one_word_each(w.lexicon.spelled_hundreds)
        | one_word_each(w.lexicon.spelled_thousands, last=True),
        accept=_not_a_count,
    )
