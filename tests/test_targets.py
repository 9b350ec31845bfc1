"""A day of the week or of the month a verb sets something for ("called a strike for
Friday") is a target, ahead of the telling, across publication dates; a cause, a noun the
day qualifies, a duration and a day opening its clause are none."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.resolve import find_dates

MON = date(2025, 6, 16)
THU = date(2025, 6, 19)
SUN = date(2025, 6, 22)
NEW_YEAR = date(2026, 1, 1)  # a Thursday
YEAR_END = date(2025, 12, 31)  # a Wednesday


def found(text: str, published: date) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Dockers called a national strike for Friday.", THU, [("Friday", "2025-06-20")]),
        ("The tribunal adjourned the trial for Wednesday.", MON, [("Wednesday", "2025-06-18")]),
        (
            "Transport unions have called a walkout for Tuesday, organisers said.",
            SUN,
            [("Tuesday", "2025-06-24")],
        ),
        (
            "Seoul summoned the envoy for a meeting for Monday.",
            NEW_YEAR,
            [("Monday", "2026-01-05")],
        ),
        ("The senate set the final vote for Friday.", YEAR_END, [("Friday", "2026-01-02")]),
        ("The runoff was set for Sunday, the commission said.", MON, [("Sunday", "2025-06-22")]),
        (
            "Students called sit-ins for Saturday and Sunday in the capital.",
            THU,
            [("Saturday", "2025-06-21"), ("Sunday", "2025-06-22")],
        ),
        (
            "The prime minister called a snap election for Oct. 19.",
            SUN,
            [("Oct. 19", "2025-10-19")],
        ),
        (
            "The council convened an emergency session for Friday over the floods.",
            MON,
            [("Friday", "2025-06-20")],
        ),
        (
            "The hearing was adjourned for Jan. 9 to let the defence prepare.",
            NEW_YEAR,
            [("Jan. 9", "2026-01-09")],
        ),
    ],
)
def test_a_day_set_as_a_target_lies_ahead(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a cause: the day gone by
        ("Police detained three men for Thursday's bombing.", SUN, [("Thursday", "2025-06-19")]),
        ("The coach praised his players for Saturday.", SUN, [("Saturday", "2025-06-21")]),
        # a noun the day qualifies
        ("Crowds gathered for Friday prayers in the old city.", SUN, [("Friday", "2025-06-20")]),
        # a duration, and a day opening its clause
        ("The roads stayed shut for a week.", MON, [("a week", "P1W")]),
        (
            "For Tuesday, the ministry said 30 drones were downed.",
            THU,
            [("Tuesday", "2025-06-17")],
        ),
        # a plan before a past time
        (
            "Teachers had called a strike for Friday, but talks went on.",
            MON,
            [("Friday", "2025-06-13")],
        ),
        # the phrase holding the day is the subject of the past verb right after it
        (
            "A concert planned for Saturday was called off.",
            SUN,
            [("Saturday", "2025-06-21")],
        ),
        ("Turnout figures for Monday were published late.", THU, [("Monday", "2025-06-16")]),
        # "for" not right before the day
        ("Divers searched for the crew on Tuesday.", YEAR_END, [("Tuesday", "2025-12-30")]),
    ],
)
def test_a_day_no_target_keeps_its_clause_side(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


# A quarter followed by the month it ends in is the quarter holding that month, as one
# followed by its last day; a year ending in a month is twelve months, no calendar year.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Imports slid in the quarter ending in March.",
            NEW_YEAR,
            [("the quarter", "2025-Q1"), ("March", "2025-03")],
        ),
        (
            "Earnings jumped in the quarter that ended in June, the firm said.",
            SUN,
            [("the quarter", "2025-Q2"), ("June", "2025-06")],
        ),
        (
            "Analysts expect a loss in the quarter ending in December.",
            MON,
            [("the quarter", "2025-Q4"), ("December", "2025-12")],
        ),
        (
            "Orders fell in the quarter ended Sept. 30.",
            YEAR_END,
            [("the quarter", "2025-Q3"), ("Sept. 30", "2025-09-30")],
        ),
        (
            "Costs rose in the year ending in March.",
            THU,
            [("the year", "P1Y"), ("March", "2025-03")],
        ),
    ],
)
def test_a_quarter_ending_in_a_month_holds_it(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected
