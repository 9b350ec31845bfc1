"""The turn of the year as a named day, a clock time told with its day of the month, and
the present of a plural subject qualified by a phrase, across publication dates."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.resolve import find_dates

MON = date(2025, 12, 1)
SUN = date(2025, 11, 30)
NEW_YEAR = date(2026, 1, 1)
LEAP = date(2024, 2, 29)
YEAR_END = date(2025, 12, 31)


def found(text: str, published: date) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, published)]


# "the new year" is the year opened by the first day of a year on the tense's side, and
# "New Year", "the new year holiday" that day, a named day as "New Year's Day"; another
# calendar's new year ("Lunar New Year") and "a new year of" are none.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The truce should last into the new year.", MON, [("the new year", "2026")]),
        (
            "Banks will shut for the new year holiday.",
            YEAR_END,
            [("the new year holiday", "2026-01-01")],
        ),
        ("Air raids marked the new year, residents said.", NEW_YEAR, [("the new year", "2026")]),
        ("Prices have climbed since the new year.", LEAP, [("the new year", "2024")]),
        ("The new year opened with a blackout.", NEW_YEAR, [("The new year", "2026")]),
        ("Parliament will sit again after New Year.", SUN, [("New Year", "2026-01-01")]),
        ("Markets were shut for Chinese New Year.", LEAP, []),
        ("Travel peaked before the Lunar New Year holiday.", SUN, []),
        ("Few expect a new year of calm.", MON, []),
        ("He spoke on New Year's Day.", NEW_YEAR, [("New Year's Day", "2026-01-01")]),
    ],
)
def test_the_turn_of_the_year_is_a_named_day(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


# A clock time and the day of the month it is told on, "on" between or not, is one
# expression, a time of that day; the day told first stays apart from the time after it.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The drone hit the depot at 11:45 p.m. on Dec. 31, officials said.",
            NEW_YEAR,
            [("11:45 p.m. on Dec. 31", "2025-12-31T23:45")],
        ),
        (
            "Voting ends at 9 p.m. on 2 March.",
            LEAP,
            [("9 p.m. on 2 March", "2024-03-02T21:00")],
        ),
        (
            "The strike began at 5 a.m. local time on November 30.",
            MON,
            [("5 a.m. local time on November 30", "2025-11-30T05:00")],
        ),
        (
            "The ban lifts at 06:00 GMT on January 3, 2026.",
            YEAR_END,
            [("06:00 GMT on January 3, 2026", "2026-01-03T06:00Z")],
        ),
        (
            "Crews arrived at 7.30 a.m. on 29 February 2024.",
            LEAP,
            [("7.30 a.m. on 29 February 2024", "2024-02-29T07:30")],
        ),
        (
            "On Nov. 29 at 10 p.m., the power failed.",
            SUN,
            [("Nov. 29", "2025-11-29"), ("10 p.m.", "2025-11-29T22:00")],
        ),
        ("The vote was set for 8 p.m. Sunday.", SUN, [("8 p.m. Sunday", "2025-11-30T20:00")]),
    ],
)
def test_a_clock_time_told_with_its_day_of_the_month_is_one_expression(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


# A present form after a plural subject and a phrase qualifying it ("ministers from the
# G7 hold") tells a schedule, as after the plural noun alone; a past form, a verb whose
# past is the same word, or a reporting present does not.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Ministers from the G7 hold talks on Thursday.", MON, [("Thursday", "2025-12-04")]),
        ("Members of parliament vote on the plan on Tuesday.", SUN, [("Tuesday", "2025-12-02")]),
        (
            "Envoys from both capitals sign the deal on Friday.",
            NEW_YEAR,
            [("Friday", "2026-01-02")],
        ),
        (
            "Delegates at the summit in Geneva adopt the text on Saturday.",
            LEAP,
            [("Saturday", "2024-03-02")],
        ),
        (
            "Heads of state from across the region convene on Monday.",
            YEAR_END,
            [("Monday", "2026-01-05")],
        ),
        ("Residents of the city fled on Thursday.", MON, [("Thursday", "2025-11-27")]),
        ("Gunmen from the militia cut the highway on Friday.", SUN, [("Friday", "2025-11-28")]),
        (
            "Officials from the ministry say the blockade ended on Tuesday.",
            NEW_YEAR,
            [("Tuesday", "2025-12-30")],
        ),
        ("Members of the cabinet met on Wednesday.", LEAP, [("Wednesday", "2024-02-28")]),
        # a word after a possessive is a noun, no verb: the past tells the date
        (
            "Gunmen looted homes in Tamo, two districts in Peru's capital, early on Monday.",
            YEAR_END,
            [("early on Monday", "2025-12-29")],
        ),
        (
            "Rebels raided Tamo and Bela, two towns in Chad's north, on Friday.",
            SUN,
            [("Friday", "2025-11-28")],
        ),
    ],
)
def test_a_plural_subject_qualified_by_a_phrase_tells_a_schedule_in_the_present(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


# An accounting year named by the two calendar years it spans is one expression, named
# for the year it ends in ("FY2025") and lying within the two; a range of two years
# without the accounting word stays two years, and years not in a row are no such year.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Revenue fell in the 2024-25 fiscal year.",
            MON,
            [("the 2024-25 fiscal year", "2025", "2024-01-01", "2025-12-31")],
        ),
        ("Output grew in FY2023-24.", LEAP, [("FY2023-24", "2024", "2023-01-01", "2024-12-31")]),
        (
            "Cuts are due in the 2026-27 financial year.",
            YEAR_END,
            [("the 2026-27 financial year", "2027", "2026-01-01", "2027-12-31")],
        ),
        (
            "Profit in fiscal 2025/26 may fall.",
            NEW_YEAR,
            [("fiscal 2025/26", "2026", "2025-01-01", "2026-12-31")],
        ),
        (
            "The rebels held the town in 2014-15.",
            SUN,
            [
                ("2014", "2014", "2014-01-01", "2014-12-31"),
                ("15", "2015", "2015-01-01", "2015-12-31"),
            ],
        ),
        ("The plan covers FY2024-26.", MON, []),
        ("Sales rose in fiscal 2025.", MON, [("fiscal 2025", "2025", "2025-01-01", "2025-12-31")]),
    ],
)
def test_an_accounting_year_of_two_calendar_years_is_one_expression(
    text: str, published: date, expected: list[tuple[str, str, str, str]]
) -> None:
    assert [
        (m.text, m.value, str(m.interval_start), str(m.interval_end))
        for m in find_dates(text, published)
    ] == expected
