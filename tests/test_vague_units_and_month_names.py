"""Vague references made of a word and any calendar unit in the plural ("recent
quarters", "the coming hours"), and month words that open a name ("April Glaspie")."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.resolve import find_dates

# A Monday, a Sunday, 1 January, 29 February and the last day of a year.
MONDAY = date(2024, 10, 21)
SUNDAY = date(2025, 10, 19)
NEW_YEAR = date(2027, 1, 1)
LEAP_DAY = date(2028, 2, 29)
YEAR_END = date(2026, 12, 31)


def found(text: str, published: date) -> set[tuple[str, str | None]]:
    """The (span, value) pairs the engine finds in ``text``."""
    return {(mention.text, mention.value) for mention in find_dates(text, published)}


VAGUE_UNITS = [
    (
        MONDAY,
        "Economists expect growth to pick up in the coming quarters.",
        {("the coming quarters", "FUTURE_REF")},
    ),
    (
        SUNDAY,
        "Margins have narrowed in recent quarters, the bank said.",
        {("recent quarters", "PAST_REF")},
    ),
    (NEW_YEAR, "More snow is forecast in the coming hours.", {("the coming hours", "FUTURE_REF")}),
    (LEAP_DAY, "Hundreds of people have fled in recent hours.", {("recent hours", "PAST_REF")}),
    (
        YEAR_END,
        "The glacier has shrunk sharply in recent decades.",
        {("recent decades", "PAST_REF")},
    ),
    (MONDAY, "Officials expect more arrests in coming hours.", {("coming hours", "FUTURE_REF")}),
    (
        SUNDAY,
        "The drought may last for the coming decades.",
        {("the coming decades", "FUTURE_REF")},
    ),
    # the units the lexicon listed before keep their values
    (LEAP_DAY, "Talks will resume in the coming weeks.", {("the coming weeks", "FUTURE_REF")}),
    (NEW_YEAR, "Investment has slowed in recent years.", {("recent years", "PAST_REF")}),
    # negatives: no plural unit after the word, or no word before the unit
    (YEAR_END, "The coming election worries investors.", set()),
    (MONDAY, "A recent survey showed support falling.", {("recent", "PAST_REF")}),
]


@pytest.mark.parametrize(("published", "text", "expected"), VAGUE_UNITS)
def test_a_vague_word_takes_any_calendar_unit_in_the_plural(
    published: date, text: str, expected: set[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


MONTH_NAMES = [
    (MONDAY, "April Glaspie met the president on Monday.", {("Monday", "2024-10-21")}),
    (SUNDAY, "Shares of May Department Stores fell 2 percent.", set()),
    (NEW_YEAR, "Shares of March Networks rose 3 percent.", set()),
    (LEAP_DAY, "June Carter's songs were played at the rally.", set()),
    (YEAR_END, "A tribute to June Carter was held on Sunday.", {("Sunday", "2026-12-27")}),
    (MONDAY, "Shares of August Capital fell on Friday.", {("Friday", "2024-10-18")}),
    # negatives: a word leading to the month as to a date, a determiner making it a
    # modifier, a headline, a lower-case word after it, a line break after it
    (SUNDAY, "In June Parliament voted to leave the bloc.", {("June", "2025-06")}),
    (LEAP_DAY, "Since May President Okoro has travelled twice.", {("May", "2027-05")}),
    (NEW_YEAR, "Last March Israel struck the port.", {("Last March", "2026-03")}),
    (
        YEAR_END,
        "The deadline passed before the October Japanese election.",
        {("October", "2026-10")},
    ),
    (MONDAY, "Sales Fell In March Amid Strike", {("March", "2024-03")}),
    (
        NEW_YEAR,
        "From March to May German units held the line.",
        {("March", "2026-03"), ("May", "2026-05")},
    ),
    (
        YEAR_END,
        "Between April and June British troops advanced.",
        {("April", "2026-04"), ("June", "2026-06")},
    ),
    (SUNDAY, "August saw the heaviest rain on record.", {("August", "2025-08")}),
    (
        LEAP_DAY,
        "The plant reopened in January\nOfficials said output rose.",
        {("January", "2028-01")},
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), MONTH_NAMES)
def test_a_month_word_before_a_name_opens_that_name(
    published: date, text: str, expected: set[tuple[str, str]]
) -> None:
    assert found(text, published) == expected
