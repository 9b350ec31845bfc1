"""The side of the publication date a date falls on, read from its clause, and the time
a narrated passage tells: tables across publication dates (a Monday, a Sunday, 1 January,
29 February, the last day of a year), with cases that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Mention
from timeline.resolve import find_dates

MON = date(2025, 12, 1)
SUN = date(2025, 11, 30)
NEW_YEAR = date(2025, 1, 1)  # a Wednesday
LEAP_DAY = date(2024, 2, 29)  # a Thursday
YEAR_END = date(2025, 12, 31)  # a Wednesday


def only(text: str, published: date, expression: str) -> Mention:
    """The mention of ``expression`` in ``text`` (it must be found exactly once)."""
    found = [m for m in find_dates(text, published) if m.text == expression]
    assert len(found) == 1, [(m.text, m.value) for m in find_dates(text, published)]
    return found[0]


# A date naming a happening told after "after" or "since" in a past clause ("was jailed
# after his arrest March 3") lies before the clause's own past: never after publication,
# however near. Deadlines told in the past keep their near future ("was extended to Nov. 16").
HAPPENINGS_BEFORE = [
    # text, publication date, expression, value
    (
        "He was jailed after his arrest March 3, when troops took over.",
        date(2025, 2, 20),
        "March 3",
        "2024-03-03",
    ),
    ("She was freed after the raid on Dec. 20 ended.", date(2025, 12, 10), "Dec. 20", "2024-12-20"),
    ("Prices fell since the strike of January 5.", YEAR_END, "January 5", "2025-01-05"),
    ("He was held after her detention on March 1.", LEAP_DAY, "March 1", "2023-03-01"),
    ("The offer was extended to Nov. 16.", date(1989, 10, 30), "Nov. 16", "1989-11-16"),
    ("He was told to return by Jan. 14.", date(2000, 1, 5), "Jan. 14", "2000-01-14"),
    ("The talks will resume after the holiday on Jan. 6.", YEAR_END, "Jan. 6", "2026-01-06"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), HAPPENINGS_BEFORE)
def test_a_happening_told_after_after_in_a_past_clause_is_past(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# A weekday naming a happening ("Thursday's raid") after a verb of commitment ("vowed to
# respond to") may lie on either side of the commitment: the nearest such day.
POSSESSIVE_WEEKDAYS = [
    (
        "Both groups have vowed to respond to Thursday's raid.",
        date(2023, 6, 2),
        "Thursday",
        "2023-06-01",
    ),
    ("The rebels pledged to avenge Sunday's strike.", MON, "Sunday", "2025-11-30"),
    ("Leaders agreed to attend Friday's summit.", YEAR_END, "Friday", "2026-01-02"),
    ("The union promised to join Saturday's march.", LEAP_DAY, "Saturday", "2024-03-02"),
    ("They will attend Monday's summit.", SUN, "Monday", "2025-12-01"),
    ("He condemned Tuesday's attack.", NEW_YEAR, "Tuesday", "2024-12-31"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), POSSESSIVE_WEEKDAYS)
def test_a_weekday_naming_a_happening_after_a_commitment_is_the_nearest(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value
