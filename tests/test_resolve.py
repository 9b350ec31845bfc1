"""Placing expressions on the calendar: one table per rule family, the publication date
varied (a Tuesday, a Monday, a Sunday, 1 January, 29 February, month and year ends)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import placing
from timeline.calendar_spans import narrow, shift_date, week_value
from timeline.errors import OptionError
from timeline.model import Mention
from timeline.placing import Placement, choose
from timeline.resolve import find_dates

TUE = date(2025, 12, 2)  # the CNN seed's publication day
MON = date(2025, 12, 1)
SUN = date(2025, 11, 30)
NEW_YEAR = date(2025, 1, 1)  # a Wednesday
LEAP_DAY = date(2024, 2, 29)  # a Thursday
YEAR_END = date(2025, 12, 31)  # a Wednesday
THU = date(2025, 11, 6)  # the Rokna seed's publication day
PUBLICATION_DAYS = [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END]


def only(text: str, published: date, expression: str) -> Mention:
    """The mention of ``expression`` in ``text`` (it must be found exactly once)."""
    found = [m for m in find_dates(text, published) if m.text == expression]
    assert len(found) == 1, [m.text for m in find_dates(text, published)]
    return found[0]


def values(text: str, published: date) -> list[tuple[str, str | None]]:
    """Every expression ``find_dates`` reads in ``text``, with its value, in order."""
    return [(m.text, m.value) for m in find_dates(text, published)]


def interval(mention: Mention) -> tuple[str, str]:
    return str(mention.interval_start), str(mention.interval_end)


def check(text: str, published: date, expression: str, value: str, start: str, end: str) -> None:
    mention = only(text, published, expression)
    assert (mention.value, *interval(mention)) == (value, start, end), mention


# ----------------------------------------------------------------------------- weekdays

WEEKDAYS = [
    # text, publication date, expression, value, start, end
    ("Putin on Sunday received the news.", TUE, "Sunday", "2025-11-30", "2025-11-30", "2025-11-30"),
    (
        "Kyiv disputed the claim, saying on Tuesday that",
        TUE,
        "Tuesday",
        "2025-12-02",
        "2025-12-02",
        "2025-12-02",
    ),
    (
        "Witkoff was set to meet Putin later on Tuesday.",
        TUE,
        "later on Tuesday",
        "2025-12-02",
        "2025-12-02",
        "2025-12-02",
    ),
    (
        "Witkoff will meet Putin on Tuesday.",
        MON,
        "Tuesday",
        "2025-12-02",
        "2025-12-02",
        "2025-12-02",
    ),
    ("The Kremlin said on Tuesday that", MON, "Tuesday", "2025-11-25", "2025-11-25", "2025-11-25"),
    ("He spoke last Tuesday.", TUE, "last Tuesday", "2025-11-25", "2025-11-25", "2025-11-25"),
    ("They meet next Monday.", MON, "next Monday", "2025-12-08", "2025-12-08", "2025-12-08"),
    ("Officials said on Monday that", SUN, "Monday", "2025-11-24", "2025-11-24", "2025-11-24"),
    ("The strike came on Friday.", NEW_YEAR, "Friday", "2024-12-27", "2024-12-27", "2024-12-27"),
    (
        "Kyiv said on Sunday; talks are due on Tuesday.",
        MON,
        "Tuesday",
        "2025-12-02",
        "2025-12-02",
        "2025-12-02",
    ),
    (
        "Prices fell due to the war on Monday.",
        TUE,
        "Monday",
        "2025-12-01",
        "2025-12-01",
        "2025-12-01",
    ),
    (
        "It was publicized late on Monday.",
        TUE,
        "late on Monday",
        "2025-12-01",
        "2025-12-01",
        "2025-12-01",
    ),
    (
        "The vote took place on Wednesday.",
        LEAP_DAY,
        "Wednesday",
        "2024-02-28",
        "2024-02-28",
        "2024-02-28",
    ),
]


@pytest.mark.parametrize(("text", "published", "expression", "value", "start", "end"), WEEKDAYS)
def test_weekdays_follow_the_tense_of_their_clause(
    text: str, published: date, expression: str, value: str, start: str, end: str
) -> None:
    check(text, published, expression, value, start, end)


# A plan told in the simple past ("was expected to", "were set to") may have fallen on
# either side of publication: its weekday is the nearest such day. Told in the present
# or the future it lies ahead, told in the past perfect it is gone.
PLANS_TOLD_IN_THE_PAST = [
    "The storm was expected to make landfall on {day}.",
    "Both leaders were set to meet on {day}, aides said.",
    "The envoy was scheduled to arrive {day} for talks.",
]
PLANS_TOLD_AHEAD = [
    "The storm is expected to make landfall on {day}.",
    "Both leaders will meet on {day}, aides said.",
]


def assert_weekday_lands(text: str, published: date, days: int) -> None:
    """``text`` with the name of the day ``days`` after ``published`` in its ``{day}``
    field dates that name to that very day."""
    day = published + timedelta(days=days)
    name = day.strftime("%A")
    assert only(text.format(day=name), published, name).value == day.isoformat()


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize("offset", [-3, -1, 0, 1, 3])
@pytest.mark.parametrize("text", PLANS_TOLD_IN_THE_PAST)
def test_a_plan_told_in_the_past_is_on_the_nearest_such_day(
    text: str, offset: int, published: date
) -> None:
    assert_weekday_lands(text, published, offset)


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize("text", PLANS_TOLD_AHEAD)
def test_a_plan_told_ahead_keeps_its_weekday_ahead(text: str, published: date) -> None:
    day = published - timedelta(days=1)  # yesterday's name: next week's day
    name = day.strftime("%A")
    next_week = day + timedelta(days=7)
    assert only(text.format(day=name), published, name).value == next_week.isoformat()


# A schedule told in the present, in the singular or the plural, is on the coming day
# however near the one just gone; the same words as a noun, or in the past, say nothing
# of what is to come, and a headline's present tells what happened.
SCHEDULES_IN_THE_PRESENT = [
    ("Polls close on {day}.", True),
    ("The talks end on {day}, diplomats say.", True),
    ("The court hears the appeal on {day}.", True),
    ("Delegates arrive in Doha on {day}.", True),
    ("Both chambers reopen on {day}.", True),
    ("Polls closed on {day}.", False),
    ("Fighting came to an end on {day}.", False),
    ("It was a close race on {day}.", False),
    # any verb's present form for a singular subject, as the verb of its clause
    ("The president speaks at the United Nations on {day}.", True),
    ("The envoy visits Kyiv on {day}, his office said.", True),
    ("She returns to the capital on {day}.", True),
    ("Poland's parliament votes on the budget on {day}.", True),
    ("Officials said the minister testifies on {day}.", True),
    ("The prime minister addresses parliament on {day}, aides said.", True),
    # a name opening a clause is a singular subject as well
    ("Parliament returns from its recess on {day}.", True),
    ("Zelensky addresses the Bundestag on {day}.", True),
    ("Prime Minister Mark Carney tables the budget on {day}.", True),
    ("Aides said Macron phones Erdogan on {day}.", True),
    ("Officials expect delays, but Congress adjourns on {day}.", True),
    # an adverb may stand between the subject and its verb
    ("Finland officially assumes the chair on {day}.", True),
    ("The envoy also visits the front on {day}.", True),
    ("She personally chairs the hearing on {day}.", True),
    ("Finland officially assumed the chair on {day}.", False),
    # negative: a name in the past, or capitalised words opening a phrase, counting or
    # dating rather than naming a subject
    ("Parliament returned from its recess on {day}.", False),
    ("Despite Russian attacks on {day}, the talks went ahead.", False),
    ("Amid Israeli strikes on {day}, aid stalled.", False),
    ("Three days later, on {day}, the city fell.", False),
    # a name closing a list of names is part of a plural subject: "colleagues" is a noun
    ("On {day}, with Dutch and EU colleagues, the minister met the envoy.", False),
    # negative: a plural noun in a past clause, after a number, a headline's present
    ("The peace talks on {day} ended without a deal.", False),
    ("The minister met his top aides on {day}.", False),
    ("Her two sons could not be reached on {day}.", False),
    ("Speaking to his top commanders on {day}, the leader praised them.", False),
    ("As the country's Islamist rulers observe mourning after {day}, crowds cheered.", False),
    ("Holders tendered most of all common shares by the {day} deadline.", False),
    ("Army retakes border town on {day}\nThe army said it had retaken the town.", False),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "ahead"), SCHEDULES_IN_THE_PRESENT)
def test_a_schedule_in_the_present_is_on_the_coming_day(
    text: str, ahead: bool, published: date
) -> None:
    day = published - timedelta(days=2)  # two days gone, five ahead
    name = day.strftime("%A")
    expected = day + timedelta(days=7) if ahead else day
    assert only(text.format(day=name), published, name).value == expected.isoformat()


# A weekday naming a happening ("Friday's quake") in a clause told in the future may lie
# on either side of publication ("the toll will rise from Friday's quake", "leaders will
# meet after Sunday's vote"): the nearest such day. Told in the past, it is gone.
HAPPENINGS_IN_A_FUTURE_CLAUSE = [
    "The toll will rise further from {day}'s quake, officials warned.",
    "Leaders will meet again after {day}'s vote.",
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize("offset", [-2, -1, 1, 2])
@pytest.mark.parametrize("text", HAPPENINGS_IN_A_FUTURE_CLAUSE)
def test_a_happening_named_by_its_day_in_a_future_clause_is_the_nearest(
    text: str, offset: int, published: date
) -> None:
    assert_weekday_lands(text, published, offset)


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
def test_a_happening_named_by_its_day_in_a_past_clause_is_gone(published: date) -> None:
    name = (published + timedelta(days=2)).strftime("%A")
    mention = only(f"The toll rose after {name}'s quake.", published, name)
    assert mention.value == (published - timedelta(days=5)).isoformat()


# A participle of what is expected right before a day ("with landfall expected late
# Thursday", "a ruling due Friday") looks ahead, whatever the tense of the clause around.
EXPECTED_DAYS = [
    # text, whether the day is two days ahead (else two days gone)
    ("It weakened, with landfall expected early {ahead} morning.", True),
    ("Rain was heavy, with more expected {ahead}, forecasters said.", True),
    ("The ruling, due {ahead}, was delayed twice.", True),
    # ... or before a word leading the day ("results expected on Friday")
    ("Voters turned out in force, with results expected on {ahead}.", True),
    ("Talks stalled, with a reply due by {ahead}, envoys said.", True),
    # ... or a bound ("no earlier than" holds "earlier" but says nothing of the past)
    ("Counting went on, with results expected no earlier than {ahead}.", True),
    ("Final results are expected no earlier than {ahead} night.", True),
    # negative cases: "expected" not right before the day, or after a comparison
    ("Turnout was lower than expected on {gone}.", False),
    ("Sales rose as expected on {gone}.", False),
    ("The army said the fighting began no earlier than {gone}.", False),
    ("The widely expected cut came on {gone}.", False),
    ("Prices fell due to the war on {gone}.", False),
]


# A day joined by "or" or "and" right after such a day shares its side ("with landfall
# expected late Wednesday or early Thursday morning").
JOINED_DAYS = [
    # text with today's weekday and the next one, and the days from publication of each
    ("It weakened, with landfall expected late {first} or early {second}.", (0, 1)),
    ("Results are due by {first} or {second}, officials said.", (0, 1)),
    # kept: joined days told in the past stay gone
    ("Rebels attacked late {first} or early {second}, officials said.", (-2, -1)),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "days"), JOINED_DAYS)
def test_a_day_joined_to_an_expected_day_shares_its_side(
    text: str, days: tuple[int, int], published: date
) -> None:
    first, second = (published + timedelta(days=shift) for shift in days)
    written = text.format(first=f"{first:%A}", second=f"{second:%A}")
    assert [m.interval_start for m in find_dates(written, published)] == [first, second]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "ahead"), EXPECTED_DAYS)
def test_a_day_right_after_expected_lies_ahead(text: str, ahead: bool, published: date) -> None:
    day = published + timedelta(days=2 if ahead else -2)
    name = day.strftime("%A")
    mention = find_dates(text.format(ahead=name, gone=name), published)[0]
    assert mention.interval_start == day


# A plan told in the past ("was meant to be signed", "had been due to open") may have
# fallen on either side of publication: a month or a day of a month it names is the
# nearest such one. A plan told in the present, or what a speaker said would come, lies
# ahead.
MONTH_PLANS_TOLD_IN_THE_PAST = [
    "The treaty was meant to be signed in {month}.",
    "The vote was first expected to take place in {month}, officials said.",
    "The bridge had been due to be reopened in {month}, but work stalled.",
    "The accord was originally meant to be signed on {month} 12.",
]
MONTH_PLANS_TOLD_AHEAD = [
    "The treaty is meant to be signed in {month}.",
    "The firm said it would open the plant in {month}.",
    "Officials told reporters the vote would take place in {month}.",
]


def month_shown(text: str, published: date, months: int) -> tuple[str, str]:
    """``text`` with the month ``months`` after ``published``'s in its ``{month}`` field,
    and the year-month that month is placed in."""
    first = shift_date(published.replace(day=1), "month", months)
    name = first.strftime("%B")
    found = [m for m in find_dates(text.format(month=name), published) if name in m.text]
    assert len(found) == 1, found
    return first.strftime("%Y-%m"), (found[0].value or "")[:7]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize("months", [-4, -1, 1, 4])
@pytest.mark.parametrize("text", MONTH_PLANS_TOLD_IN_THE_PAST)
def test_a_month_of_a_plan_told_in_the_past_is_the_nearest(
    text: str, months: int, published: date
) -> None:
    expected, placed = month_shown(text, published, months)
    assert placed == expected


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize("text", MONTH_PLANS_TOLD_AHEAD)
def test_a_month_of_a_plan_told_ahead_lies_ahead(text: str, published: date) -> None:
    expected, placed = month_shown(text, published, 12 - 2)  # two months back: next year's
    assert placed == expected


def test_a_plan_told_in_the_past_perfect_is_gone() -> None:
    text = "The envoy had been scheduled to arrive on Tuesday."
    assert only(text, MON, "Tuesday").value == "2025-11-25"


# A weekday with a part of the day is that part of that day (TimeML "TNI", "TMO").
WEEKDAY_PARTS = [
    # text, expression, the weekday's value alone, the code of the part of the day
    ("The fire broke out late Tuesday night.", "late Tuesday night", "Tuesday", "NI"),
    ("The storm hit on Monday morning.", "Monday morning", "Monday", "MO"),
    ("Gold hit a record high on Friday evening.", "Friday evening", "Friday", "EV"),
    ("Talks resume Wednesday afternoon.", "Wednesday afternoon", "Wednesday", "AF"),
    # negative cases: the weekday alone stays a day
    ("The fire broke out late Tuesday.", "late Tuesday", "Tuesday", ""),
    ("The storm hit on Monday.", "Monday", "Monday", ""),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expression", "weekday", "code"), WEEKDAY_PARTS)
def test_a_part_of_a_weekday_is_a_time_of_that_day(
    text: str, expression: str, weekday: str, code: str, published: date
) -> None:
    day = only(text.replace(expression, weekday), published, weekday)
    mention = only(text, published, expression)
    value = f"{day.value}T{code}" if code else day.value
    assert (mention.value, *interval(mention)) == (value, *interval(day))


BLAST_DAY = date(1998, 8, 8)  # a Saturday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "next to" and "next door" are places, not the future
        (
            "100 people have been killed in the blasts next to the embassies on Friday.",
            "1998-08-07",
        ),
        ("He was shot in the house next door on Friday.", "1998-08-07"),
        ("The next round of talks opens on Friday.", "1998-08-14"),  # "next" still looks ahead
        # reported future: "said ... would" looks ahead of the saying
        ("He said the third flight would depart on Friday.", "1998-08-14"),
        ("He said the third flight departed on Friday.", "1998-08-07"),
        # a plan told in the past perfect lies in the past, one told in the present ahead
        ("The offer had been scheduled to expire on Friday.", "1998-08-07"),
        ("The offer is scheduled to expire on Friday.", "1998-08-14"),
    ],
)
def test_tense_cues_and_phrases_that_only_look_like_them(text: str, value: str) -> None:
    assert only(text, BLAST_DAY, "Friday").value == value


# What was expected, forecast or planned, after "than" or "as", is a comparison, no cue of
# the future: "rose more than expected in August" is the August gone by.
COMPARED_WITH_EXPECTED = [
    # text with the month two months before (or after) publication, months ahead
    ("Retail sales rose more than expected in {month}.", -2),
    ("Exports fell less than forecast in {month}.", -2),
    ("Prices rose as expected in {month}, the agency said.", -2),
    ("Output grew faster than planned in {month}.", -2),
    # kept: a cue not compared with looks ahead
    ("Sales are expected to rise in {month}.", 2),
    ("The plant is projected to reopen in {month}.", 2),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "months"), COMPARED_WITH_EXPECTED)
def test_what_was_expected_in_a_comparison_is_no_future(
    text: str, months: int, published: date
) -> None:
    first = shift_date(published.replace(day=1), "month", months)
    month = first.strftime("%B")
    assert values(text.format(month=month), published) == [(month, first.strftime("%Y-%m"))]


# A month whose figures are told ("data for November") is one gone by, whatever the tense
# of the clause: the figures of a month come out after it.
FIGURES_FOR_A_MONTH = [
    # text with the month one month before (or after) publication, months ahead
    ("The agency will publish its figures for {month} on Tuesday.", -1),
    ("Trade data for {month} are due next week.", -1),
    ("The bank will release statistics for the month of {month} soon.", -1),
    # kept: figures published in a month, or sales foreseen for one, look ahead
    ("The agency will publish its figures in {month}.", 1),
    ("Sales for the month of {month} are expected to rise.", 2),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "months"), FIGURES_FOR_A_MONTH)
def test_a_month_whose_figures_are_told_is_gone_by(text: str, months: int, published: date) -> None:
    first = shift_date(published.replace(day=1), "month", months)
    month = first.strftime("%B")
    found = [(m.text, m.value) for m in find_dates(text.format(month=month), published)]
    assert (month, first.strftime("%Y-%m")) in found


# "Slated for", "slated to" plan a thing, as "set for" and "scheduled" do; "slated" alone
# is a past verb ("critics slated the plan").
SLATED = [
    # text, days from publication
    ("The talks, slated to resume on {day}, drew interest.", 3),
    ("Kickoff slated for {day} drew large crowds.", 3),
    ("The final was slated for {day}, organisers said.", 2),
    # ... and so do "on schedule for", "on track for"
    ("The sentencing remains on schedule for {day}.", 3),
    ("Repairs are on track for completion by {day}.", 3),
    # kept: the past verb
    ("Critics slated the plan on {day}.", -3),
    ("The suspect remains in custody after his arrest on {day}.", -3),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "days"), SLATED)
def test_what_is_slated_for_a_day_lies_ahead(text: str, days: int, published: date) -> None:
    assert_weekday_lands(text, published, days)


# A weekday a past verb of decree or notice sets a stretch from or up to ("declared three
# days of mourning from Thursday", "issued a flood warning through Wednesday", "informed
# buyers of exports starting on Saturday") may lie on either side of publication: the
# nearest such day. A stretch told by another past verb is gone.
STRETCHES_DECREED = [
    # text, days from publication
    ("The government declared three days of national mourning from {day}.", 2),
    ("Forecasters issued a flood warning through {day}.", 2),
    ("The governor ordered schools shut starting {day}, officials said.", 2),
    ("The army declared a curfew from {day}.", -2),
    # a notice of a stretch, its edge after "starting on" too
    ("The ministry informed buyers of the resumption of exports, starting on {day}.", 1),
    ("The operator notified clients of loading operations from {day}, it said.", 1),
    ("The port informed shippers of a closure beginning on {day}.", -2),
    # a warning sets the stretch it warns of, even in a clause told in the past
    ("Shops stayed shut as forecasters warned of more rain until {day}.", 3),
    ("Police warned of road closures through {day}, the city said.", -3),
    # a warning issued for a day, in the perfect passive too, is of the nearest such day
    ("The weather service has issued a storm warning for {day}.", 2),
    ("A yellow warning has been issued for {day} and the weekend.", 3),
    ("The warning has been issued for Sunday and {day}.", 1),
    ("Warnings were issued for {day}, forecasters said.", 2),
    # kept: a stretch no decree sets, and a day's happening that "for" gives the cause of
    ("Rebels held the town from {day}.", -5),
    ("The group was sanctioned for {day}'s attack.", -2),
    ("Crowds waited outside until {day}, residents said.", -3),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "days"), STRETCHES_DECREED)
def test_a_stretch_decreed_from_a_weekday_starts_on_the_nearest(
    text: str, days: int, published: date
) -> None:
    assert_weekday_lands(text, published, days)


# A weekday a gathering or a stoppage was called for on ("called for strikes on Wednesday")
# is the day of what was called for, which may lie on either side of publication: the
# nearest such day. A call for anything else is dated by the weekday, in the past.
GATHERINGS_CALLED_FOR = [
    # text, days from publication
    ("Unions called for strikes on {day}.", 2),
    ("Several groups have called for nationwide strikes on {day}, organisers said.", 3),
    ("The opposition leader called for a mass demonstration on {day} in the capital.", -2),
    ("Students are calling for a walkout on {day}.", 1),
    # kept: a call for anything else, or a gathering told as held
    ("The envoy called for calm on {day}.", -5),
    ("The council called for a ceasefire on {day}, diplomats said.", -4),
    ("Unions held strikes on {day}.", -5),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "days"), GATHERINGS_CALLED_FOR)
def test_a_gathering_called_for_on_a_weekday_is_on_the_nearest(
    text: str, days: int, published: date
) -> None:
    assert_weekday_lands(text, published, days)


# A weekday between the subject and the verb of its clause ("a court Tuesday shot down")
# takes the tense of that verb, whatever plan is told before it; after a word leading a
# date ("for", "on", "by") it is no subject's, and the plan still decides.
WEEKDAYS_BEFORE_THEIR_VERB = [
    # text, days from publication
    ("Sentencing will go ahead after an appeals court {day} shot down the request.", -2),
    ("The strike is set to continue after the union {day} rejected the offer.", -2),
    ("Talks are expected to resume, as envoys {day} picked a venue.", -2),
    # "on" and the weekday between a subject and its verb, the subject right after a
    # word opening a clause of its own
    ("Ministers vowed to hit back after the bloc on {day} imposed new duties.", -2),
    ("The bank plans to cut rates because inflation on {day} fell again.", -2),
    ("Talks are set to resume now that the rebels on {day} freed the hostages.", -2),
    # kept: a word leading a date before the weekday
    ("The vote set for {day} was postponed by a week.", 2),
    ("The court will rule on {day} whatever happened before.", 2),
    # kept: no subject of a clause of its own before "on" ("in court" leads a place)
    ("He will appear in court on {day} charged with fraud.", 2),
    ("Envoys are due to meet after talks in Doha on {day} stalled.", 2),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "days"), WEEKDAYS_BEFORE_THEIR_VERB)
def test_a_weekday_before_its_verb_takes_its_tense(text: str, days: int, published: date) -> None:
    assert_weekday_lands(text, published, days)


# A date named after a noun of a time set ahead and "of" or "for" ("requested a hearing
# date of Jan. 27", "a deadline for March 3") may lie ahead whatever the verb's tense, as
# one before such a noun does ("a Nov. 27 deadline"); a date a past verb governs alone
# is past however near ("seized the town on Jan. 27").
SET_TIMES_NAMED_AFTER = [
    ("The defence requested a hearing date of {day}.", 0),
    ("Lawyers asked for a deadline for {day}, the court said.", 0),
    ("The union proposed a target date of {day}.", 0),
    # kept: a past verb alone, or a date before no such noun
    ("Rebels seized the town on {day}.", -1),
    ("Gunmen attacked the convoy on {day}.", -1),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "years"), SET_TIMES_NAMED_AFTER)
def test_a_date_named_after_a_time_set_ahead_may_lie_ahead(
    text: str, years: int, published: date
) -> None:
    day = published + timedelta(days=20)
    written = f"{day.strftime('%B')} {day.day}"
    expected = day.replace(year=day.year + years).isoformat()
    assert [value for _, value in values(text.format(day=written), published)] == [expected]


def test_the_previous_weekday_counts_from_the_day_told_before() -> None:
    mention = only(
        "Talks began on December 10, 2025. The previous Friday, envoys met.",
        date(2025, 12, 16),
        "The previous Friday",
    )
    assert (mention.value, mention.anchor) == ("2025-12-05", "text")


# ----------------------------------------------------------------------------- month and day

MONTH_DAYS = [
    ("On December 4, Putin declared", date(2025, 12, 8), "December 4", "2025-12-04"),
    ("On December 1, Putin visited", TUE, "December 1", "2025-12-01"),
    ("The deal was signed on Dec. 30.", date(2026, 1, 2), "Dec. 30", "2025-12-30"),
    ("The parties will meet on January 3.", YEAR_END, "January 3", "2026-01-03"),
    ("It ended on Feb. 29.", date(2024, 3, 1), "Feb. 29", "2024-02-29"),
    ("It happened on 4 December 2025.", date(2026, 5, 1), "4 December 2025", "2025-12-04"),
    ("On December 2, 2025, Putin said", date(2025, 12, 3), "December 2, 2025", "2025-12-02"),
    ("He must return by Jan. 14.", date(2000, 1, 5), "Jan. 14", "2000-01-14"),
    ("The dividend is payable Dec. 15.", date(1989, 11, 20), "Dec. 15", "1989-12-15"),
    (
        "said in an editorial on Monday, Oct. 26:",
        date(1998, 10, 25),
        "Monday, Oct. 26",
        "1998-10-26",
    ),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), MONTH_DAYS)
def test_month_and_day_take_the_year_that_fits(
    text: str, published: date, expression: str, value: str
) -> None:
    check(text, published, expression, value, value, value)


# A day of the month followed by "last year", "this year" or "next year" takes the year
# counted from the publication's, as a month does ("in July last year"); a possessive
# ("last year's champion") names a year of its own.
DAYS_OF_A_YEAR_FROM_NOW = [
    # text, expression, years from the publication's, month, day
    ("The canopy fell on November 1 last year.", "November 1 last year", -1, 11, 1),
    ("Talks broke down on 3 March last year.", "3 March last year", -1, 3, 3),
    ("Troops left on the 4th of July last year.", "the 4th of July last year", -1, 7, 4),
    ("The port reopened on June 12 this year.", "June 12 this year", 0, 6, 12),
    ("Voters go to the polls on 20 May next year.", "20 May next year", 1, 5, 20),
    ("The vote is set for March 8 of next year.", "March 8 of next year", 1, 3, 8),
]
NO_DAYS_OF_A_YEAR_FROM_NOW = [
    ("On May 4, last year's champion lost.", ["May 4", "last year"]),
    ("On May 4 last year's champion lost.", ["May 4", "last year"]),
    ("Prices rose on March 3 and fell last week.", ["March 3", "last week"]),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expression", "shift", "month", "day"), DAYS_OF_A_YEAR_FROM_NOW)
def test_a_day_of_a_year_counted_from_now_is_in_that_year(
    text: str, expression: str, shift: int, month: int, day: int, published: date
) -> None:
    value = date(published.year + shift, month, day).isoformat()
    check(text, published, expression, value, value, value)


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expected"), NO_DAYS_OF_A_YEAR_FROM_NOW)
def test_a_year_of_its_own_stays_apart_from_the_day(
    text: str, expected: list[str], published: date
) -> None:
    assert [expression for expression, _ in values(text, published)] == expected


# The first end of a range takes the year counted from the publication's that ends the
# second, as it takes one written there ("from April to June 1968").
RANGES_OF_A_YEAR_FROM_NOW = [
    # text, years from the publication's, the (expression, month, day) of each end
    (
        "The uprising of July-August last year left hundreds dead.",
        -1,
        [("July", 7, 0), ("August last year", 8, 0)],
    ),
    (
        "Talks run from January to March next year.",
        1,
        [("January", 1, 0), ("March next year", 3, 0)],
    ),
    ("Polls are due between 3 and 5 May next year.", 1, [("3", 5, 3), ("5 May next year", 5, 5)]),
    (
        "It rained from June 2 to June 4 last year.",
        -1,
        [("June 2", 6, 2), ("June 4 last year", 6, 4)],
    ),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "shift", "ends"), RANGES_OF_A_YEAR_FROM_NOW)
def test_the_start_of_a_range_takes_the_year_from_now_of_its_end(
    text: str, shift: int, ends: list[tuple[str, int, int]], published: date
) -> None:
    year = published.year + shift
    expected = [
        (expression, f"{year}-{month:02d}-{day:02d}" if day else f"{year}-{month:02d}")
        for expression, month, day in ends
    ]
    assert values(text, published) == expected


def test_a_year_from_now_after_a_clause_joined_to_a_range_is_its_own() -> None:
    text = "The drill ran from May to June, and last year it ran longer."
    assert values(text, MON) == [("May", "2025-05"), ("June", "2025-06"), ("last year", "2024")]


# A day of the month spelled as an ordinal is that day, as if written in digits: "the
# Fourth of July", "the twenty-first of March"; after its month only capitalised ("July
# Fourth") or ending its phrase ("on March third, 2024"), since "the April first round"
# is a first round in April.
SPELLED_DAYS = [
    # text, its expression, and the same with the day in digits
    ("Floods struck on the Fourth of July.", "the Fourth of July", "the 4th of July"),
    ("Talks open on the twenty-first of March.", "the twenty-first of March", "the 21st of March"),
    ("Crowds marked July Fourth with parades.", "July Fourth", "July 4"),
    ("The deal was signed on March third, 2024.", "March third, 2024", "March 3, 2024"),
    ("The vote was moved to May Twenty-Second.", "May Twenty-Second", "May 22"),
    ("Polls close on the thirtieth of May.", "the thirtieth of May", "the 30th of May"),
]
NO_SPELLED_DAYS = [
    ("The April first round drew few voters.", ["April"]),
    ("It was the third of five rounds in June.", ["June"]),
    ("He was the first of many to leave in May.", ["May"]),
    ("Sales rose in the March second-quarter report.", ["second-quarter"]),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expression", "in_digits"), SPELLED_DAYS)
def test_a_spelled_day_of_the_month_is_that_day(
    text: str, expression: str, in_digits: str, published: date
) -> None:
    spelled = only(text, published, expression)
    digits = only(text.replace(expression, in_digits), published, in_digits)
    assert (spelled.value, *interval(spelled)) == (digits.value, *interval(digits))


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expected"), NO_SPELLED_DAYS)
def test_an_ordinal_that_counts_is_no_day(text: str, expected: list[str], published: date) -> None:
    assert [m.text for m in find_dates(text, published)] == expected


HAPPENINGS_DURING = [
    # text with the month and day three weeks after publication, and whether it is
    # last year's: a date after "during" and a happening, in a past clause, is past
    ("The hostages were taken during the Hamas-led attack on {day}.", True),
    ("Two soldiers died during the assault of {day}.", True),
    # a date a past verb (not one reporting a statement) governs is past
    ("Russia invaded Ukraine on {day}.", True),
    ("Hamas attacked Israel on {day}, killing 1,200 people.", True),
    # "failed to", "managed to": a deed done or not done, no plan looking ahead
    ("The party failed to win a majority in the vote on {day}.", True),
    ("Rescuers managed to reach the village on {day}.", True),
    # negative cases: a clause told in the future, a date not after "during", a date
    # after a word that looks ahead, a date in what a statement reports
    ("Talks will resume during the summit on {day}.", False),
    ("Officials said the vote on {day} was postponed.", False),
    ("The committee subpoenaed him to testify on {day}.", False),
    ("Clinton invited the leaders to a ceremony on {day}.", False),
    ("The vote was set for {day}.", False),
    ("The road was closed until {day}.", False),
    ("The offer had been set to expire on {day}.", False),
    ("Officials decided he should go home by {day}.", False),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "last_year"), HAPPENINGS_DURING)
def test_a_happening_during_which_a_past_clause_fell_is_past(
    text: str, last_year: bool, published: date
) -> None:
    ahead = published + timedelta(days=21)
    written = f"{ahead:%B} {ahead.day}"
    mention = only(text.format(day=written), published, written)
    expected = ahead.replace(year=ahead.year - 1) if last_year else ahead
    assert mention.value == expected.isoformat()


def test_an_impossible_date_is_not_placed() -> None:
    assert not [m for m in find_dates("It ended on Feb. 30, 2023.", TUE) if m.is_placed]


def test_the_end_of_a_range_of_days_falls_in_the_month_of_its_start() -> None:
    found = find_dates("The summit is held on April 24 and 25.", date(1999, 2, 10))
    assert [(m.text, m.value) for m in found] == [("April 24", "1999-04-24"), ("25", "1999-04-25")]


RANGES = [
    # text, publication date, [(expression, value)] of every mention
    ("Drones hit on 23-24 November.", TUE, [("23", "2025-11-23"), ("24 November", "2025-11-24")]),
    (
        "On the night of 23/24 November, drones hit.",
        TUE,
        [("the night of 23", "2025-11-23TNI"), ("24 November", "2025-11-24")],
    ),
    (
        "Talks ran from 23rd to 25th November 2024.",
        TUE,
        [("23rd", "2024-11-23"), ("25th November 2024", "2024-11-25")],
    ),
    (
        "Fighting raged between 1 and 3 December.",
        date(2025, 12, 8),
        [("1", "2025-12-01"), ("3 December", "2025-12-03")],
    ),
    ("They fought in 2014-2015.", TUE, [("2014", "2014"), ("2015", "2015")]),
    ("The 1999-00 season.", TUE, [("1999", "1999"), ("00", "2000")]),
    ("In 2022–23 prices rose.", TUE, [("2022", "2022"), ("23", "2023")]),
    # the first end of a range of months or days takes the year written after the second
    (
        "An offensive from April to June 1968 closed the ring.",
        MON,
        [("April", "1968-04"), ("June 1968", "1968-06")],
    ),
    ("The islands fell (May-August 1950).", SUN, [("May", "1950-05"), ("August 1950", "1950-08")]),
    (
        "Rains fell July–November 1954.",
        NEW_YEAR,
        [("July", "1954-07"), ("November 1954", "1954-11")],
    ),
    (
        "The exhibition runs from 3 March to 5 April 2024.",
        MON,
        [("3 March", "2024-03-03"), ("5 April 2024", "2024-04-05")],
    ),
    (
        "Talks were held between 28 February and 2 March 2019.",
        LEAP_DAY,
        [("28 February", "2019-02-28"), ("2 March 2019", "2019-03-02")],
    ),
    (
        "The battle (21 March - 21 June 1952) ended.",
        NEW_YEAR,
        [("21 March", "1952-03-21"), ("21 June 1952", "1952-06-21")],
    ),
    # and so do a month's days written before the year ("Nov. 10-12, 2010")
    (
        "The summit ran Nov. 10-12, 2010, in Seoul.",
        MON,
        [("Nov. 10", "2010-11-10"), ("12", "2010-11-12"), ("2010", "2010")],
    ),
    (
        "Talks were held March 5 and 9, 1918.",
        LEAP_DAY,
        [("March 5", "1918-03-05"), ("9", "1918-03-09"), ("1918", "1918")],
    ),
    # the end of a range before a word joining clauses is a day, not a count
    (
        "The fair was held on June 5-6 and drew crowds.",
        date(2025, 7, 1),
        [("June 5", "2025-06-05"), ("6", "2025-06-06")],
    ),
    ("They met on April 24 and 25 soldiers died.", date(2025, 7, 1), [("April 24", "2025-04-24")]),
    # a range ends on a later day: an earlier number after "to" is a count
    (
        "Those freed since the truce began on January 19 rose to 18.",
        date(2025, 2, 1),
        [("January 19", "2025-01-19")],
    ),
    (
        "The total freed since the truce began on January 19 to 18 hostages.",
        date(2025, 2, 1),
        [("January 19", "2025-01-19")],
    ),
    (
        "The total freed since the truce began on January 19 came to 18.",
        date(2025, 2, 1),
        [("January 19", "2025-01-19")],
    ),
    (
        "It brings those freed since January 19 to 18.",
        date(2025, 2, 1),
        [("January 19", "2025-01-19")],
    ),
    # after a determiner, the range names the noun after it: a day, not a count
    (
        "Markets price a cut at the September 16-17 meeting.",
        date(2025, 6, 18),
        [("September 16", "2025-09-16"), ("17", "2025-09-17")],
    ),
    (
        "Leaders left the Nov. 5 and 6 summit early.",
        date(2025, 11, 10),
        [("Nov. 5", "2025-11-05"), ("6", "2025-11-06")],
    ),
    ("On May 3, the 4 soldiers were paid.", date(2025, 7, 1), [("May 3", "2025-05-03")]),
    (
        "Between January 12 and January 16, 1936, the army advanced.",
        LEAP_DAY,
        [("January 12", "1936-01-12"), ("January 16, 1936", "1936-01-16")],
    ),
    (
        "The phase (March 19-April 30, 2003) ended.",
        YEAR_END,
        [("March 19", "2003-03-19"), ("April 30, 2003", "2003-04-30")],
    ),
    ("Between 1941 and 1945 the town grew.", TUE, [("1941", "1941"), ("1945", "1945")]),
    (
        "From spring to summer 1920 they rested.",
        LEAP_DAY,
        [("spring", "1920-SP"), ("summer 1920", "1920-SU")],
    ),
    ("He saved it in summer-fall 1919.", SUN, [("fall 1919", "1919-FA")]),
    (
        "They asked for troops in the spring and summer of 1979.",
        MON,
        [("the spring", "1979-SP"), ("summer of 1979", "1979-SU")],
    ),
    (
        "Both armies spent the spring and early summer of 1943 resting.",
        SUN,
        [("the spring", "1943-SP"), ("early summer of 1943", "1943-SU")],
    ),
    (
        "Rains fell in March and April of 2010.",
        YEAR_END,
        [("March", "2010-03"), ("April of 2010", "2010-04")],
    ),
    # a year before the common era: the first end takes the era of the second
    ("The war (264 to 241 BC) ended.", MON, [("264", "BC0264"), ("241 BC", "BC0241")]),
    ("The revolt (240-238 BC) failed.", SUN, [("240", "BC0240"), ("238 BC", "BC0238")]),
    ("The siege (149 B.C to 146 B.C) ended.", TUE, [("149 B.C", "BC0149"), ("146 B.C", "BC0146")]),
    ("They lost 264 to 241 soldiers.", TUE, []),
    # no ranges: a start after its end, an aircraft, a number that is no year
    ("Votes on 5 and 3 December.", TUE, [("3 December", "2025-12-03")]),
    ("An Su-24 crashed on 24 November.", TUE, [("24 November", "2025-11-24")]),
    ("In 1998-1200 units.", TUE, [("1998", "1998")]),
    # a month before a year with no range between keeps its own year
    (
        "In April, sales of June 1968 stock rose.",
        TUE,
        [("April", "2025-04"), ("June 1968", "1968-06")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), RANGES)
def test_each_end_of_a_range_is_a_date_of_its_own(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert values(text, published) == expected


NUMERIC_DATES = [
    ("On 11/24/2025 the army said.", "11/24/2025", "2025-11-24"),
    ("On 24/11/2025 the army said.", "24/11/2025", "2025-11-24"),
    ("On 24.11.2025 the army said.", "24.11.2025", "2025-11-24"),
    ("On 05/06/2025 the army said.", "05/06/2025", "2025-05-06"),
]


@pytest.mark.parametrize(("text", "expression", "value"), NUMERIC_DATES)
def test_numeric_dates_read_the_day_first_only_when_they_must(
    text: str, expression: str, value: str
) -> None:
    check(text, TUE, expression, value, value, value)


# A day, a month's name and a year joined by hyphens ("29-Dec-2024") is that day,
# whenever it is told.
HYPHENATED_DATES = [
    ("The airline confirmed (29-Dec-2024) the crash.", "29-Dec-2024", "2024-12-29"),
    ("The ministry said on 03-Jan-2025 that talks resumed.", "03-Jan-2025", "2025-01-03"),
    ("Filed 1-Sept-2023, the claim was dropped.", "1-Sept-2023", "2023-09-01"),
    ("The fund was set up on 29-Feb-2024.", "29-Feb-2024", "2024-02-29"),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expression", "value"), HYPHENATED_DATES)
def test_a_date_joined_by_hyphens_is_that_day(
    text: str, expression: str, value: str, published: date
) -> None:
    check(text, published, expression, value, value, value)


@pytest.mark.parametrize(
    "text",
    [
        "The fund was set up on 29-Feb-2023.",  # no such day
        "They danced a 12-May-day reel.",  # no year
        "Scores ran 3-Mar-2 in the end.",  # no year of four digits
    ],
)
def test_no_day_is_read_from_hyphens_without_a_real_date(text: str) -> None:
    assert [m for m in find_dates(text, MON) if m.type == "DATE" and "-" in m.text] == []


DAYS_ALONE = [
    # text, publication date, expression, value, anchor
    (
        "On November 20, talks began. On the 24th, they ended.",
        TUE,
        "the 24th",
        "2025-11-24",
        "text",
    ),
    (
        "The attack came on the 24th, officials said.",
        date(2025, 11, 25),
        "the 24th",
        "2025-11-24",
        "dct",
    ),
    (
        "The attack came on the 24th, officials said.",
        date(2025, 11, 10),
        "the 24th",
        "2025-10-24",
        "dct",
    ),
    ("Envoys will meet on the 28th and sign.", date(2025, 11, 25), "the 28th", "2025-11-28", "dct"),
    ("It was signed on the 31st.", date(2025, 12, 2), "the 31st", "2025-10-31", "dct"),
    # a month of its own: from now, or the month told before
    (
        "The law takes effect on the 15th of next month.",
        MON,
        "the 15th of next month",
        "2026-01-15",
        "dct",
    ),
    (
        "The law takes effect on the 15th of next month.",
        YEAR_END,
        "the 15th of next month",
        "2026-01-15",
        "dct",
    ),
    (
        "The vote was on the 5th of this month.",
        LEAP_DAY,
        "the 5th of this month",
        "2024-02-05",
        "dct",
    ),
    (
        "Talks ended on the 30th of last month.",
        NEW_YEAR,
        "the 30th of last month",
        "2024-12-30",
        "dct",
    ),
    (
        "On August 8, troops took Minsk; on the 28th of that month, they left.",
        SUN,
        "the 28th of that month",
        "2025-08-28",
        "text",
    ),
    # the start of a range takes the month of its end
    ("Talks ran from the 13th to the 19th of October.", MON, "the 13th", "2025-10-13", "text"),
    ("Talks ran from the 13th to the 19th of October.", NEW_YEAR, "the 13th", "2024-10-13", "text"),
    ("Talks will run from the 28th to March 3.", LEAP_DAY, "the 28th", "2024-02-28", "text"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value", "anchor"), DAYS_ALONE)
def test_a_day_of_the_month_alone_takes_the_month_in_focus(
    text: str, published: date, expression: str, value: str, anchor: str
) -> None:
    mention = only(text, published, expression)
    assert (mention.value, mention.anchor) == (value, anchor)


NIGHTS_BEFORE_A_LATER_DAY = [
    # a night told in the past is no night before a day still to come in its sentence
    ("Snow fell overnight, and more is expected on {later}.", True),
    ("Drones struck overnight; talks resume on {later}.", True),
    # negative case: a day told in the past is the day in focus
    ("Drones struck overnight, officials said on {earlier}.", False),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "from_publication"), NIGHTS_BEFORE_A_LATER_DAY)
def test_a_past_night_is_not_the_night_before_a_day_to_come(
    text: str, from_publication: bool, published: date
) -> None:
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    later = names[(published.weekday() + 2) % 7]
    earlier = names[(published.weekday() - 2) % 7]
    night = only(text.format(later=later, earlier=earlier), published, "overnight")
    day = published if from_publication else published - timedelta(days=2)
    assert (night.value, *interval(night)) == (
        f"{day - timedelta(days=1)}TNI",
        str(day - timedelta(days=1)),
        str(day),
    )


def test_two_overnights_in_one_sentence_are_one_night() -> None:
    text = (
        "Russia said it repelled an overnight attack, but sources said a depot was hit overnight."
    )
    nights = [interval(m) for m in find_dates(text, MON)]
    assert nights == [("2025-11-30", "2025-12-01")] * 2


def test_overnight_is_the_night_before_the_day_in_focus() -> None:
    text = "Russia launched 40 drones overnight. Kyiv was hit overnight, officials said on Monday."
    first, second = find_dates(text, date(2025, 11, 27))[:2]
    assert (first.value, *interval(first)) == ("2025-11-26TNI", "2025-11-26", "2025-11-27")
    assert (second.value, *interval(second)) == ("2025-11-23TNI", "2025-11-23", "2025-11-24")
    assert [
        m.text for m in find_dates("An overnight stay; drones hit overnight into Monday.", TUE)
    ] == ["Monday"]


# "Overnight" told ahead with no day named is the coming night, the one after the
# publication day ("temperatures will fall sharply overnight"); told in the past, or with
# a day named, it is the night before that day.
OVERNIGHTS_AHEAD = [
    # text, whether the night is the coming one
    ("Temperatures will fall sharply overnight, forecasters said.", True),
    ("The rain is expected to clear, with dry spells overnight.", True),
    ("Crews will work overnight to restore power.", True),
    # kept: told in the past, and a night told with its day
    ("Drones struck the port overnight, officials said.", False),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "ahead"), OVERNIGHTS_AHEAD)
def test_overnight_told_ahead_is_the_coming_night(text: str, ahead: bool, published: date) -> None:
    (night,) = find_dates(text, published)
    evening = published if ahead else published - timedelta(days=1)
    assert night.value == f"{evening.isoformat()}TNI", night.value


# "Overnight" before two days in a row ("overnight on 16-17 June", "overnight between
# Saturday and Sunday") is the night that runs between them.
NIGHTS_BETWEEN_TWO_DAYS = [
    # text with the two days, whether the night runs between them
    ("Russia launched 400 drones overnight on {first}-{second}.", True),
    ("Drones struck the port overnight between {first} and {second}, officials said.", True),
    # negative: days not in a row, or a range not right after "overnight"
    ("Drones struck the port overnight, and again on {first}-{second}.", False),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "between"), NIGHTS_BETWEEN_TWO_DAYS)
def test_overnight_before_two_days_in_a_row_is_the_night_between_them(
    text: str, between: bool, published: date
) -> None:
    first = published - timedelta(days=2)
    second = first + timedelta(days=1)
    written = text.format(first=f"{first.day}", second=f"{second.day} {second:%B}")
    if first.month != second.month:
        written = text.format(first=f"{first.day} {first:%B}", second=f"{second.day} {second:%B}")
    night = only(written, published, "overnight")
    if between:
        assert (night.value, *interval(night)) == (
            f"{first.isoformat()}TNI",
            first.isoformat(),
            second.isoformat(),
        )
    else:
        assert night.value != f"{first.isoformat()}TNI"


@pytest.mark.parametrize(
    ("text", "published", "value", "night"),
    [
        # the night told just before is the one meant, not the night of a later day
        (
            "Drones hit the port overnight, officials said on Monday. During the night, "
            "air defences downed 12.",
            MON,
            "2025-11-30TNI",
            ("2025-11-30", "2025-12-01"),
        ),
        # told in the past with no day in focus: the night just gone, as "overnight"
        (
            "Air defences downed 12 drones during the night.",
            MON,
            "2025-11-30TNI",
            ("2025-11-30", "2025-12-01"),
        ),
        (
            "Blasts were heard in the night, the mayor said.",
            SUN,
            "2025-11-29TNI",
            ("2025-11-29", "2025-11-30"),
        ),
        (
            "Air defences downed 12 drones during the night.",
            NEW_YEAR,
            "2024-12-31TNI",
            ("2024-12-31", "2025-01-01"),
        ),
        # negative: a night of a day named before stays that night
        (
            "Drones hit the port on Friday night. During the night, air defences downed 12.",
            MON,
            "2025-11-28TNI",
            ("2025-11-28", "2025-11-28"),
        ),
        (
            "Troops entered the town on Friday. That night, looters came.",
            MON,
            "2025-11-28TNI",
            ("2025-11-28", "2025-11-28"),
        ),
        # negative: a day named in its own sentence comes first
        (
            "Drones hit the port overnight. On Friday, troops came and that night looters "
            "followed.",
            MON,
            "2025-11-28TNI",
            ("2025-11-28", "2025-11-28"),
        ),
        # negative: ahead, the night to come
        (
            "Air defences will stay on alert during the night.",
            MON,
            "2025-12-01TNI",
            ("2025-12-01", "2025-12-01"),
        ),
    ],
)
def test_the_night_is_the_night_told_else_the_one_just_gone(
    text: str, published: date, value: str, night: tuple[str, str]
) -> None:
    found = [m for m in find_dates(text, published) if m.text.lower().endswith("night")][-1]
    assert (found.value, *interval(found)) == (value, *night)


def test_earlier_and_later_in_the_day_keep_the_day_told() -> None:
    text = "On Sunday, talks failed. Later in the day they resumed."
    mention = only(text, TUE, "Later in the day")
    assert (mention.value, mention.mod, mention.anchor) == ("2025-11-30", "END", "text")


# "the end of the day" is the end of the day told before, else of the publication day.
END_OF_DAY = [
    # text, expression, days before publication of the day meant (None: not a date)
    ("Rebels attacked on {day}. By the end of the day, 40 were dead.", "the end of the day", 2),
    ("Talks resumed {day}; they broke up before the end of the day.", "the end of the day", 2),
    ("Ministers hope to sign the deal by the end of the day.", "the end of the day", 0),
    ("Rebels attacked on {day}. Later in the day, troops came.", "Later in the day", 2),
    # the day of the statement that tells it
    ("The deal must be signed by the end of the day, he said on {day}.", "the end of the day", 2),
    ("On {day}, the envoy said talks would end later in the day.", "later in the day", 2),
    # the idiom: "in the end"
    ("At the end of the day, voters want jobs, she said on {day}.", "At the end of the day", None),
    # the day named after it carries the date
    ("By the end of the day {day}, 40 were dead.", "the end of the day", None),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expression", "days"), END_OF_DAY)
def test_the_end_of_the_day_is_of_the_day_told(
    text: str, expression: str, days: int | None, published: date
) -> None:
    told = published - timedelta(days=2)
    text = text.format(day=told.strftime("%A"))
    if days is None:
        found = [m.text for m in find_dates(text, published)]
        assert expression not in found and expression.lower() not in found
        return
    mention = only(text, published, expression)
    day = published - timedelta(days=days)
    assert (mention.value, mention.mod) == (str(day), "END")


# ----------------------------------------------------------------------------- months

MONTHS = [
    (
        "when he traveled to Kursk in March, just days before",
        TUE,
        "March",
        "2025-03",
        "2025-03-01",
        "2025-03-31",
    ),
    (
        "Russia made bold claims back\nin August, just days",
        TUE,
        "back\nin August",
        "2025-08",
        "2025-08-01",
        "2025-08-31",
    ),
    ("Talks will resume in January.", TUE, "January", "2026-01", "2026-01-01", "2026-01-31"),
    (
        "Fighting intensified in late November.",
        TUE,
        "late November",
        "2025-11",
        "2025-11-21",
        "2025-11-30",
    ),
    (
        "At the end of November, Trump said",
        date(2025, 12, 8),
        "the end of November",
        "2025-11",
        "2025-11-21",
        "2025-11-30",
    ),
    (
        "Prices peaked in mid-February.",
        LEAP_DAY,
        "mid-February",
        "2024-02",
        "2024-02-11",
        "2024-02-20",
    ),
    (
        "The offensive began in early January.",
        YEAR_END,
        "early January",
        "2025-01",
        "2025-01-01",
        "2025-01-10",
    ),
    ("It was built in May 2024.", TUE, "May 2024", "2024-05", "2024-05-01", "2024-05-31"),
    (
        "He resigned last February.",
        date(2025, 6, 1),
        "last February",
        "2025-02",
        "2025-02-01",
        "2025-02-28",
    ),
    (
        "In the first days of December, troops advanced.",
        date(2025, 12, 20),
        "the first days of December",
        "2025-12",
        "2025-12-01",
        "2025-12-10",
    ),
    (
        "In the last days of November, troops advanced.",
        TUE,
        "the last days of November",
        "2025-11",
        "2025-11-21",
        "2025-11-30",
    ),
]


@pytest.mark.parametrize(("text", "published", "expression", "value", "start", "end"), MONTHS)
def test_months_are_the_nearest_in_the_tense_direction(
    text: str, published: date, expression: str, value: str, start: str, end: str
) -> None:
    check(text, published, expression, value, start, end)


NAMES_AND_MONTHS = [
    # text, then the months it reads: a month abbreviation without its full stop, a day
    # or a year, or a month word right after a capitalised word inside a sentence, is
    # part of a name
    ("Admiral Dong Jun met Austin.", []),
    ("Kim Jun said the talks were useful.", []),
    ("Ms. May said the vote was close.", []),
    ("Prime Minister Theresa May resigned.", []),
    ("Defense chief Lee Jan arrived.", []),
    ("The singer Carly June toured Europe.", []),
    ("They met in Jun and talked.", []),
    # negative cases: months
    ("The fund closed in Jun. 2023 and reopened Jun 5.", ["Jun. 2023", "Jun 5"]),
    ("Prices rose in May 2024 and fell in May.", ["May 2024", "May"]),
    ("Talks resumed in June, when Kim Jun spoke.", ["June"]),
    ("In April, the army withdrew.", ["April"]),
    ("The EU June summit ended.", ["June"]),
    ("Prices rose by Dec 2023.", ["Dec 2023"]),
    ("Elections Set For June As Parliament Dissolves", ["June"]),  # a headline
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expected"), NAMES_AND_MONTHS)
def test_a_month_word_in_a_name_is_no_month(
    text: str, expected: list[str], published: date
) -> None:
    assert [m.text for m in find_dates(text, published)] == expected


NATO_DAY = date(1999, 2, 10)

COMMITMENTS = [
    # A verb of commitment with a to-infinitive ("decided to admit", "agreed to
    # purchase") puts the infinitive's event after the commitment: future in the past.
    ("NATO decided to admit Poland in early March, an official said.", "early March", "1999-03"),
    ("Thermo agreed to purchase the line for $22 million in February.", "February", "1999-02"),
    ("It signed an agreement to acquire the bank in January.", "January", "2000-01"),
    ("The rebels vowed to retake the town in May.", "May", "1999-05"),
    ("NATO decided on enlargement in March, an official said.", "March", "1998-03"),
    ("They agreed in January to keep talking.", "January", "1999-01"),  # agreed before "to"
]


@pytest.mark.parametrize(("text", "expression", "value"), COMMITMENTS)
def test_a_committed_to_infinitive_looks_ahead(text: str, expression: str, value: str) -> None:
    assert only(text, NATO_DAY, expression).value == value


# ----------------------------------------------------------------------------- years

YEARS = [
    (
        "Prices peaked in the year 2000.",
        NEW_YEAR,
        "the year 2000",
        "2000",
        "2000-01-01",
        "2000-12-31",
        "",
    ),
    (
        "By the year 2030, coal ends.",
        LEAP_DAY,
        "the year 2030",
        "2030",
        "2030-01-01",
        "2030-12-31",
        "",
    ),
    (
        "they took part in referendums [in 2022]",
        TUE,
        "2022",
        "2022",
        "2022-01-01",
        "2022-12-31",
        "",
    ),
    (
        "Russia has sought the city since mid-2024.",
        TUE,
        "mid-2024",
        "2024",
        "2024-05-01",
        "2024-08-31",
        "MID",
    ),
    (
        "since taking Avdiivka in early 2024",
        TUE,
        "early 2024",
        "2024",
        "2024-01-01",
        "2024-04-30",
        "START",
    ),
    ("the offensive of late 2023", TUE, "late 2023", "2023", "2023-09-01", "2023-12-31", "END"),
    ("the biggest gain since 2023", TUE, "2023", "2023", "2023-01-01", "2023-12-31", ""),
    ("reforms of the 1990s", TUE, "the 1990s", "199", "1990-01-01", "1999-12-31", ""),
    (
        "results for the third quarter",
        date(1989, 10, 27),
        "the third quarter",
        "1989-Q3",
        "1989-07-01",
        "1989-09-30",
        "",
    ),
    ("growth in Q1 2025", TUE, "Q1 2025", "2025-Q1", "2025-01-01", "2025-03-31", ""),
    ("growth in H1 2025", TUE, "H1 2025", "2025-H1", "2025-01-01", "2025-06-30", ""),
    ("H2 2024 sales fell", LEAP_DAY, "H2 2024", "2024-H2", "2024-07-01", "2024-12-31", ""),
    (
        "in the first half of 2024",
        TUE,
        "the first half of 2024",
        "2024-H1",
        "2024-01-01",
        "2024-06-30",
        "",
    ),
]


# A quarter without a year told in the past has begun by publication: "fell in the
# first quarter" in December is this year's. Told otherwise it is the nearest one, as
# results are reported after their quarter ends ("will report fourth-quarter results").
QUARTERS_BY_TENSE = [
    ("Sales fell in the first quarter.", MON, "the first quarter", "2025-Q1"),
    ("Sales fell in the first quarter.", YEAR_END, "the first quarter", "2025-Q1"),
    ("Profit rose in the third quarter, it said.", LEAP_DAY, "the third quarter", "2023-Q3"),
    ("Profit rose in the second quarter.", SUN, "the second quarter", "2025-Q2"),
    ("Profit rose in the fourth quarter.", NEW_YEAR, "the fourth quarter", "2024-Q4"),
    # put off to a quarter: it lies ahead, whatever the tense
    (
        "The launch was delayed, pushing it to the fourth quarter.",
        SUN,
        "the fourth quarter",
        "2025-Q4",
    ),
    ("The vote was postponed to the second quarter.", LEAP_DAY, "the second quarter", "2024-Q2"),
    # not in the past: the nearest quarter, as before
    ("Sales will rise in the first quarter.", MON, "the first quarter", "2026-Q1"),
    ("It will report fourth-quarter results.", NEW_YEAR, "fourth-quarter", "2024-Q4"),
    ("Sales are expected to rise in the third quarter.", LEAP_DAY, "the third quarter", "2024-Q3"),
    ("Sales fell in the third quarter of 2024.", MON, "the third quarter of 2024", "2024-Q3"),
    # the year of a report is the year of the quarter it reports
    (
        "GM lost money in the fourth quarter and for the full year.",
        NEW_YEAR,
        "the full year",
        "2024",
    ),
    ("Profit rose in the third quarter, it said, and in the year.", LEAP_DAY, "the year", "2023"),
    ("Sales fell in the first quarter and for the full year.", YEAR_END, "the full year", "2025"),
    # no quarter in its sentence: the year of publication
    ("Profit will grow in the full year.", LEAP_DAY, "the full year", "2024"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), QUARTERS_BY_TENSE)
def test_a_quarter_told_in_the_past_has_begun_by_publication(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# A half year without its year: told in the past, the latest one whose results are out;
# told ahead, the first not over; else the nearest.
HALVES_WITHOUT_A_YEAR = [
    ("Sales rose in the first half, it said.", MON, "2025-H1"),
    ("Sales rose in the first half, it said.", NEW_YEAR, "2024-H1"),
    ("Growth slowed in the second half.", LEAP_DAY, "2023-H2"),
    ("Growth slowed in the second half.", YEAR_END, "2025-H2"),
    ("Sales will rise in the second half.", LEAP_DAY, "2024-H2"),
    ("Sales will rise in the first half.", YEAR_END, "2026-H1"),
    ("Sales will rise in the first half.", SUN, "2026-H1"),
]


@pytest.mark.parametrize(("text", "published", "value"), HALVES_WITHOUT_A_YEAR)
def test_a_half_without_its_year_is_the_nearest_on_its_side(
    text: str, published: date, value: str
) -> None:
    assert [v for e, v in values(text, published) if "half" in e] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "FY" marks an accounting year as "fiscal" does
        ("The company expects FY2026 earnings to rise.", [("FY2026", "2026")]),
        ("Profit in FY 2024 fell.", [("FY 2024", "2024")]),
        # negative: capitals before a number that are no such mark
        ("Flight FX2026 landed.", []),
    ],
)
def test_fy_marks_a_fiscal_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, MON) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a length set off by a comma after a number opens a clause: no rate
        (
            "It was seized in 2009, a year after the war began.",
            [("2009", "2009"), ("a year", "P1Y")],
        ),
        ("Prices rose 5 percent, a month after the crash.", [("a month", "P1M")]),
        # negative: right after an amount, a rate
        ("It earns $2 million a year.", []),
    ],
)
def test_a_length_after_a_comma_is_no_rate(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, MON) == expected


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a date qualifying a time set ahead may lie ahead whatever the verb's tense
        ("He downplayed a Dec. 4 deadline set by the envoy.", MON, "2025-12-04"),
        ("He dismissed the Jan. 2 cutoff as unrealistic.", YEAR_END, "2026-01-02"),
        # negative: a past verb governing the date itself keeps it past
        ("He met the envoy on Dec. 4.", MON, "2024-12-04"),
        ("The Nov. 20 deadline passed without a deal.", MON, "2025-11-20"),
    ],
)
def test_a_date_of_a_deadline_may_lie_ahead(text: str, published: date, value: str) -> None:
    (mention,) = find_dates(text, published)
    assert mention.value == value


# A month a contract is traded for ("December gold futures", "the March contract", "for
# May delivery") is the one still to come, however the price move is told.
CONTRACT_MONTHS = [
    # text, months from publication
    ("The price of {month} copper futures fell 2% in thin trade.", 2),
    ("Brent for {month} delivery slipped 40 cents, dealers said.", 7),
    ("Dealers said the {month} contract rose to a record before easing.", 8),
    ("Wheat futures for {month} delivery climbed after the report.", 0),
    # negative: a month qualifying other nouns, or a month told alone, keeps the tense
    ("Officials said the {month} attack on the port killed 12 people.", -2),
    ("Copper futures fell sharply in {month}, dealers said.", -2),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "months"), CONTRACT_MONTHS)
def test_a_month_a_contract_is_traded_for_is_still_to_come(
    text: str, months: int, published: date
) -> None:
    year, month = divmod(published.month - 1 + months, 12)
    expected = f"{published.year + year:04d}-{month + 1:02d}"
    written = date(2000, month + 1, 1).strftime("%B")
    (mention,) = (m for m in find_dates(text.format(month=written), published) if m.text == written)
    assert mention.value == expected


# A midnight that opens its day: "after midnight on Sunday" dates what happened in
# Sunday's first hours (T00:00), and "from midnight to 7 p.m. on Saturday" starts the
# range Saturday runs through; a midnight told as a point or a deadline ends its day
# (T24:00, "expires at midnight Friday").
MIDNIGHTS = [
    # text with {day}, the value's time on that day
    ("The attack came shortly after midnight on {day}.", "T00:00"),
    ("Shelling began just past midnight on {day}, residents said.", "T00:00"),
    ("A wind warning runs from midnight to 7pm on {day}.", "T00:00"),
    ("Roads are shut between midnight and 6 a.m. on {day}.", "T00:00"),
    # kept: midnight as a point or a deadline ends the day
    ("The offer expires at midnight on {day}.", "T24:00"),
    ("The ceasefire holds until midnight on {day}.", "T24:00"),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "clock"), MIDNIGHTS)
def test_a_midnight_after_which_or_from_which_a_day_runs_opens_it(
    text: str, clock: str, published: date
) -> None:
    day = published + timedelta(days=2)
    written = text.format(day=f"{day:%A}")
    (midnight,) = (m for m in find_dates(written, published) if "midnight" in m.text)
    told = next(m for m in find_dates(written, published) if day.strftime("%A") in m.text)
    assert told.interval_start is not None
    assert midnight.value == f"{told.interval_start.isoformat()}{clock}", midnight.value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a midnight told in the past without its day is the one that began publication day
        ("The attack came just after midnight.", MON, "2025-11-30T24:00"),
        ("Sirens sounded at midnight.", NEW_YEAR, "2024-12-31T24:00"),
        # negative: one ahead, or with its day, ends that day
        ("The curfew starts at midnight.", MON, "2025-12-01T24:00"),
        ("The attack came at midnight on Sunday.", MON, "2025-11-30T24:00"),
    ],
)
def test_a_past_midnight_began_the_day_of_publication(
    text: str, published: date, value: str
) -> None:
    (mention,) = find_dates(text, published)
    assert mention.value == value


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    ("text", "on_the_day_told"),
    [
        # a clock time told in the past without its day is on the day told just before
        ("Bombs went off on {day}. The first blast came at 2:50 p.m.", True),
        ("Shelling began on {day}. It stopped at 6 a.m., officials said.", True),
        # ... or further back, with no day named between
        (
            "Gunmen attacked the town on {day}, sources said. Residents confirmed the toll."
            " The gunmen stayed from 6:00 am until noon.",
            True,
        ),
        # ... however far back it lies, when in the sentence just before
        ("Bombs went off on {day}, 1999. The first blast came at 2:50 p.m.", "1999"),
        # ... also what lasted "until" then: a past clause does not look ahead
        ("The grid failed on {day}. Homes were left dark until almost 11 pm.", True),
        ("A storm hit on {day}. Roads stayed shut until 9 a.m., police said.", True),
        # negative: "until" in a clause told in the present or the future looks ahead
        ("The grid failed on {day}. The curfew runs until 6 a.m.", False),
        ("The grid failed on {day}. Shops will stay shut until 6 p.m.", False),
        ("A storm hit on {day}. The vote has been delayed until 8 pm.", False),
        # negative: one ahead stays on the publication day
        ("Police arrived on {day}. Officers will meet at 3 p.m.", False),
        ("Police arrived on {day}. Aid groups met. Officers will meet at 3 p.m.", False),
        # negative: a later day named in between is the one the time hangs on
        ("Police arrived on {day}. Talks resume Friday. Officers had left at 3 p.m.", False),
    ],
)
def test_a_past_clock_time_falls_on_the_day_told_before(
    text: str, on_the_day_told: bool | str, published: date
) -> None:
    day = published - timedelta(days=2)
    mention = next(
        m for m in find_dates(text.format(day=f"{day:%B} {day.day}"), published) if m.type == "TIME"
    )
    if isinstance(on_the_day_told, str):  # a year written with the day
        day = day.replace(year=int(on_the_day_told))
    assert mention.interval_start == (day if on_the_day_told else published)


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    ("text", "on_the_day_told"),
    [
        # a day named after a comma and a word opening another clause is that clause's day:
        # the clock time keeps the day told before
        (
            "Flights were halted on {day}. Departures stayed suspended until 2200 GMT, while"
            " the border will stay shut until a review on {other}.",
            True,
        ),
        (
            "Crowds filled the square on {day}. Police counted 40,000 people at 10 a.m.,"
            " following {other}'s march.",
            True,
        ),
        (
            "Crowds filled the square on {day}. The count stood at 9,000 at 8 p.m.; after"
            " {other}'s rally it had doubled.",
            True,
        ),
        # negative: a day named right with the clock time, set off by a comma alone, or after
        # a word putting it at the clause's own time ("during") is the clock time's day
        ("Crowds filled the square on {day}. Shells fell at 4 a.m. {other}, police said.", False),
        ("Crowds filled the square on {day}. The offer lapsed at 5 p.m., {other}.", False),
        ("Crowds filled the square on {day}. Shots at 2 a.m., during {other}'s curfew.", False),
        ("Crowds filled the square on {day}. Shots rang out at 2 a.m., on {other}.", False),
        (
            "Crowds filled the square on {day}. Drones struck at 2 a.m. near the market, the"
            " port, and the airport on {other}.",
            False,
        ),
    ],
)
def test_a_day_of_another_clause_leaves_a_clock_time_on_the_day_told_before(
    text: str, on_the_day_told: bool, published: date
) -> None:
    day, other = published - timedelta(days=1), published - timedelta(days=3)
    told = text.format(day=f"{day:%A}", other=f"{other:%A}")
    (mention,) = (m for m in find_dates(told, published) if m.type == "TIME")
    assert mention.interval_start == (day if on_the_day_told else other)


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    ("text", "on_the_day_told"),
    [
        # a past clock time whose sentence names only the day of a statement reported after
        # it is on the day told in the sentence before: the report comes later
        (
            "A storm hit the coast late {day}. It made landfall at 10 p.m., officials said {next}.",
            True,
        ),
        (
            "Gunmen raided the camp on {day}. The shooting, which began at 9.40pm, lasted an hour,"
            " police told reporters {next}.",
            True,
        ),
        # negative: the day named with the clock time, a day before it in its sentence, no day
        # told in the sentence before, or a clause told ahead
        ("A storm hit late {day}. It made landfall at 10 p.m. on {next}, officials said.", False),
        ("A storm hit late {day}. On {next} it made landfall at 10 p.m., officials said.", False),
        ("The blast came at 9 p.m., police said {next}.", False),
        ("A storm hit late {day}. It will make landfall at 10 p.m., officials said {next}.", False),
    ],
)
def test_a_clock_time_reported_on_a_later_day_is_on_the_day_told_before(
    text: str, on_the_day_told: bool, published: date
) -> None:
    day, later = published - timedelta(days=3), published - timedelta(days=2)
    told = text.format(day=f"{day:%A}", next=f"{later:%A}")
    (mention,) = (m for m in find_dates(told, published) if m.value[11:12].isdigit())
    assert mention.interval_start == (day if on_the_day_told else later)


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    ("text", "days_after_the_evening"),
    [
        # a clock time before noon told on a night is on the morning it runs into
        ("Drones crossed the border overnight. The last was shot down at 06:45.", 1),
        ("Drones crossed the border overnight, and the last was shot down at 06:45.", 1),
        ("Shelling went on overnight, residents said. It stopped at 5 a.m.", 1),
        ("Rockets fell on {weekday} night. The sirens ended at 4:10 am.", 1),
        # negative: one from noon on is on the evening the night began
        ("Drones crossed the border overnight. The first was seen at 11:30 p.m.", 0),
        ("Drones crossed the border overnight, the first at 10 pm.", 0),
        ("Rockets fell on {weekday} night. The sirens began at 9.40pm.", 0),
    ],
)
def test_a_clock_time_told_on_a_night_falls_on_its_side_of_midnight(
    text: str, days_after_the_evening: int, published: date
) -> None:
    evening = published - timedelta(days=2 if "{weekday}" in text else 1)
    told = text.format(weekday=f"{evening:%A}")
    (mention,) = (m for m in find_dates(told, published) if m.value[11:12].isdigit())
    assert mention.interval_start == evening + timedelta(days=days_after_the_evening)


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    ("text", "days_after_the_evening"),
    [
        # a clock time in the small hours told after one in the evening, with no day of its
        # own, is on the morning after that evening
        ("The mayor spoke on {weekday} at 10 PM. At 2:15 AM, the council voted.", 1),
        ("Gunfire began on {weekday} at 11.30pm. Police moved in at 3am, residents said.", 1),
        ("Polls closed on {weekday} at 8 p.m. Finally, at 1:40 a.m., the result came.", 1),
        ("The strike hit on {weekday} at midnight. Rescuers arrived at 1 a.m.", 1),
        # negative: one after the small hours, one told after a daytime clock, or a range
        # told before the evening it ends on
        ("The mayor spoke on {weekday} at 10 PM. At 9 AM, the council had voted.", 0),
        ("The mayor spoke on {weekday} at 4 PM. At 2:15 AM, the council voted.", 0),
        ("Shops opened on {weekday} from 5:00 AM to 8:00 PM, officials said.", 0),
    ],
)
def test_a_small_hours_clock_time_told_after_an_evening_one_is_the_next_morning(
    text: str, days_after_the_evening: int, published: date
) -> None:
    evening = published - timedelta(days=3)
    told = text.format(weekday=f"{evening:%A}")
    mentions = [m for m in find_dates(told, published) if m.value[11:12].isdigit()]
    assert mentions[-1].interval_start == evening + timedelta(days=days_after_the_evening)


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    ("text", "on_the_day_told"),
    [
        # a clock time told ahead without its day is on the day ahead told just before
        ("The country will vote on {day}. First results are expected after 7 p.m.", True),
        ("Leaders will meet on {day}. They will speak to reporters at 3 p.m.", True),
        # ... and so is one told in the present, "is" joined to a pronoun too
        ("Kickoff is at 9 p.m. on {day}. That's 3 p.m. EDT.", True),
        ("The final is on {day}. That’s 20:00 BST in London.", True),
        ("The vote is on {day}. It's at 8 a.m. that polls open.", True),
        # negative: a time told in the past, or a day told two sentences back
        ("Leaders will meet on {day}. Russia's envoy flew home at 3 p.m.", False),
        ("The country will vote on {day}. First results came in after 7 p.m.", False),
        ("Leaders will meet on {day}. Aid groups met. Officers will leave at 3 p.m.", False),
    ],
)
def test_a_clock_time_told_ahead_falls_on_the_day_ahead_told_before(
    text: str, on_the_day_told: bool, published: date
) -> None:
    day = published + timedelta(days=3)
    mention = next(
        m for m in find_dates(text.format(day=f"{day:%B} {day.day}"), published) if m.type == "TIME"
    )
    assert mention.interval_start == (day if on_the_day_told else published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised season naming a thing held is part of its name
        ("The Winter Olympics closed on Sunday.", ["Sunday"]),
        ("The Summer Palace reopened in March.", ["March"]),
        # negative: a happening named by its season, a season with its year, or as a time
        ("The Spring Offensive began in the north.", ["The Spring"]),
        ("Winter 2024 was mild.", ["Winter 2024"]),
        ("The offensive stalled in the winter.", ["the winter"]),
        ("In Spring the army moved.", ["Spring"]),
    ],
)
def test_a_season_in_a_name_is_no_date(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_dates(text, MON)] == expected


def test_a_half_of_a_game_is_no_date() -> None:
    assert values("He scored twice in the second half of the match.", MON) == []


# "The same period last year" is the period its sentence told, a year back.
SAME_PERIOD_A_YEAR_BACK = [
    ("It earned $3 in fiscal 2024, against $2 in the same period last year.", "2023"),
    ("Sales in October rose 5% from the same period last year.", "2024-10"),
    ("Profit rose in the first half of 2025 from the same period last year.", "2024-H1"),
    ("Profit rose in the third quarter from the same period last year.", "2024-Q3"),
]


@pytest.mark.parametrize(("text", "value"), SAME_PERIOD_A_YEAR_BACK)
def test_the_same_period_last_year_is_the_period_told_a_year_back(text: str, value: str) -> None:
    assert only(text, MON, "the same period last year").value == value


# And so are "the same month last year", "the same week a year earlier": one expression,
# the unit its sentence told, a year back; without one, the year before.
SAME_UNIT_A_YEAR_BACK = [
    # text, expression, value
    (
        "Sales in September fell 12% from the same month last year.",
        "the same month last year",
        "2024-09",
    ),
    (
        "Sales on Nov. 28 rose from the same day a year earlier.",
        "the same day a year earlier",
        "2024-11-28",
    ),
    ("Profit fell from the same time last year.", "the same time last year", "2024"),
    # kept: "the same month" alone is the month told
    ("Sales rose in September and fell the same month.", "the same month", "2025-09"),
]


@pytest.mark.parametrize(("text", "expression", "value"), SAME_UNIT_A_YEAR_BACK)
def test_the_same_month_last_year_is_the_month_told_a_year_back(
    text: str, expression: str, value: str
) -> None:
    assert only(text, MON, expression).value == value


def test_a_year_after_a_unit_and_comma_is_a_count() -> None:
    assert values("In the year, 2000 jobs were lost.", MON) == [("the year", "2025")]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a toll or a count reaching a number: no year
        ("The death toll has reached 1700, officials said.", []),
        ("The number of dead rose to 2065 by nightfall.", []),
        ("Deaths surpassed 1800 and topped 2000 across the island.", []),
        # negative: a year reached or risen to by what the sentence tells stays a year
        ("The town was founded around 1700.", ["1700"]),
        ("Output rose in 2019 and fell to its low in 2020.", ["2019", "2020"]),
        ("The border stayed closed from 1961 to 1989.", ["1961", "1989"]),
    ],
)
def test_a_number_a_toll_reaches_is_no_year(text: str, years: list[str]) -> None:
    assert [value for _, value in values(text, MON)] == years


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    ("text", "years"),
    [
        # the number of a resolution, an article, an operation or a road is no year
        ("Israel said it would abide by UN Resolution 1701.", []),
        ("The council adopted resolution 2334 in a vote.", []),
        ("Parliament revoked Article 370 of the constitution.", []),
        ("Rebels launched Operation 1027 in the north.", []),
        ("Trucks were stuck on Highway 1945 near the border.", []),
        # negative: a year after such a word's own name, or opened by "in", stays a year
        ("The resolution passed in 1967 still stands.", ["1967"]),
        ("The 2024 operation ended in 2025.", ["2024", "2025"]),
    ],
)
def test_the_number_of_a_numbered_thing_is_no_year(
    text: str, years: list[str], published: date
) -> None:
    assert [value for _, value in values(text, published)] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a number before a plural naming people counts them
        ("The deal frees 250 inmates along with 1700 Haitians held abroad.", []),
        ("Police detained 1500 protesters and some 1200 supporters.", []),
        ("About 2300 migrants and 1100 residents left.", []),
        ("Only 1900 Venezuelans and 1600 survivors remained.", []),
        # negative: a year before such a plural, after a word that dates it, stays a year
        ("In 1700 Spaniards settled the coast.", ["1700"]),
        ("Since 2014 protesters have gathered here.", ["2014"]),
        ("The 2024 voters stayed home.", ["2024"]),
        ("Profit fell in 2019 and rose in 2020.", ["2019", "2020"]),
    ],
)
def test_a_number_before_people_counts_them(text: str, years: list[str]) -> None:
    assert [value for _, value in values(text, MON)] == years


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The March 23 Movement seized the city.", []),
        ("Crowds filled the 6th of October Bridge.", []),
        ("Fighters of the 14 July Brigade withdrew.", []),
        # negative: a date before a name that is no name's head, or a lower-case word
        ("On October 7 Hamas attacked Israel.", ["October 7"]),
        ("The September 11 attacks changed everything.", ["September 11"]),
        ("Talks began on March 23 movement leaders said.", ["March 23"]),
    ],
)
def test_a_date_heading_a_name_is_no_date(text: str, found: list[str]) -> None:
    assert [expression for expression, _ in values(text, MON)] == found


# A numbered quarter with its year written right after it, without "of" ("fourth quarter
# 2025 inflation", "the first quarter 2024 results"), is one quarter of that year.
@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Growth slowed in the fourth quarter {year}, data showed.", "the fourth quarter {year}"),
        ("The first quarter {year} results beat forecasts.", "The first quarter {year}"),
        ("Analysts see a third-quarter {year} rebound.", "third-quarter {year}"),
        # negative: a number that is no year, and a year told after a comma
        ("The fourth quarter 2,500 jobs were cut.", "The fourth quarter"),
        ("Sales rose in the second quarter, 2024 figures showed.", "the second quarter"),
    ],
)
def test_a_quarter_with_its_year_right_after_it_is_that_years(
    text: str, expected: str, published: date
) -> None:
    year = published.year - 1
    written = text.format(year=year)
    quarters = [m for m in find_dates(written, published) if m.rule == "quarter"]
    assert [m.text for m in quarters] == [expected.format(year=year)]
    if "{year}" in expected:
        assert quarters[0].value.startswith(f"{year}-Q"), quarters[0].value


# "The last (final) quarter of" a year is its fourth, one expression; a part of "the
# year" is of the year the story has reached, the publication's without one.
PARTS_OF_A_YEAR_TOLD = [
    # text ({year}: a year before publication), expressions and values ({y}: that year,
    # {now}: the publication's)
    ("Growth slowed in the final quarter of {year}.", [("the final quarter of {year}", "{y}-Q4")]),
    ("The last quarter of {year} was weak.", [("The last quarter of {year}", "{y}-Q4")]),
    (
        "Exports rose in the last quarter of the year.",
        [("the last quarter of the year", "{now}-Q4")],
    ),
    (
        "Exports rose in the first quarter of the year.",
        [("the first quarter of the year", "{now}-Q1")],
    ),
    (
        "The siege began in {year}. In the second half of the year, the city starved.",
        [("{year}", "{y}"), ("the second half of the year", "{y}-H2")],
    ),
    (
        "Rebels rose in {year}. In the final quarter of the year, they took the port.",
        [("{year}", "{y}"), ("the final quarter of the year", "{y}-Q4")],
    ),
    # negative: "last quarter" alone is the one before now; "of the match" is no year
    ("Exports rose last quarter.", [("last quarter", "{prev}")]),
    ("The hosts scored twice in the final quarter of the match.", []),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expected"), PARTS_OF_A_YEAR_TOLD)
def test_the_last_part_of_a_year_and_parts_of_the_year_told(
    text: str, expected: list[tuple[str, str]], published: date
) -> None:
    year = published.year - 3
    before = (published.month - 1) // 3 * 3 + 1
    prev_year, prev = (published.year, before // 3) if before > 1 else (published.year - 1, 4)
    names = {
        "year": year,
        "y": f"{year:04d}",
        "now": published.year,
        "prev": f"{prev_year}-Q{prev}",
    }
    want = [(e.format(**names), v.format(**names)) for e, v in expected]
    assert values(text.format(**names), published) == want


@pytest.mark.parametrize(("text", "published", "expression", "value", "start", "end", "mod"), YEARS)
def test_years_decades_quarters_and_halves_are_placed_as_written(
    text: str, published: date, expression: str, value: str, start: str, end: str, mod: str
) -> None:
    mention = only(text, published, expression)
    assert (mention.value, *interval(mention), mention.mod) == (value, start, end, mod)


# A position word before a quarter, or "the latter part of" a year, is part of one
# expression, which keeps that third of the unit
POSITIONS_IN_UNITS = [
    (
        "The deal should close by the end of the third quarter.",
        LEAP_DAY,
        "the end of the third quarter",
        "2024-Q3",
        "2024-09-01",
        "2024-09-30",
        "END",
    ),
    (
        "Sales picked up at the start of the second quarter.",
        SUN,
        "the start of the second quarter",
        "2025-Q2",
        "2025-04-01",
        "2025-04-30",
        "START",
    ),
    (
        "Prices rose in the latter part of the year.",
        YEAR_END,
        "the latter part of the year",
        "2025",
        "2025-09-01",
        "2025-12-31",
        "END",
    ),
    (
        "Growth slows in the early part of next year.",
        LEAP_DAY,
        "the early part of next year",
        "2025",
        "2025-01-01",
        "2025-04-30",
        "START",
    ),
    (
        "in the latter part of 2024",
        NEW_YEAR,
        "the latter part of 2024",
        "2024",
        "2024-09-01",
        "2024-12-31",
        "END",
    ),
    # "early in", "late in" before a year, a month, a season: its part, as "early", "late"
    (
        "Forces invaded early in 2022.",
        MON,
        "early in 2022",
        "2022",
        "2022-01-01",
        "2022-04-30",
        "START",
    ),
    ("Late in 1985 talks began.", SUN, "Late in 1985", "1985", "1985-09-01", "1985-12-31", "END"),
    (
        "It ended late in December.",
        NEW_YEAR,
        "late in December",
        "2024-12",
        "2024-12-21",
        "2024-12-31",
        "END",
    ),
    (
        "Early in spring they marched.",
        LEAP_DAY,
        "Early in spring",
        "2023-SP",
        "2023-03-01",
        "2023-03-31",
        "START",
    ),
    (
        "Early in 2025 prices fell.",
        YEAR_END,
        "Early in 2025",
        "2025",
        "2025-01-01",
        "2025-04-30",
        "START",
    ),
    # no position word: the whole quarter
    (
        "Results for the third quarter of 2025",
        MON,
        "the third quarter of 2025",
        "2025-Q3",
        "2025-07-01",
        "2025-09-30",
        "",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expression", "value", "start", "end", "mod"), POSITIONS_IN_UNITS
)
def test_a_position_word_before_a_quarter_or_a_year_keeps_its_part(
    text: str, published: date, expression: str, value: str, start: str, end: str, mod: str
) -> None:
    mention = only(text, published, expression)
    assert (mention.value, *interval(mention), mention.mod) == (value, start, end, mod)


# "end-" joined to a year or a month, as wire reports write it, is its end
JOINED_ENDS = [
    (
        "Debt will reach 90% of output by end-2026.",
        MON,
        "end-2026",
        "2026",
        "2026-09-01",
        "2026-12-31",
    ),
    ("Debt stood at 80% at end-2024.", NEW_YEAR, "end-2024", "2024", "2024-09-01", "2024-12-31"),
    (
        "Reserves fell at end-January.",
        LEAP_DAY,
        "end-January",
        "2024-01",
        "2024-01-21",
        "2024-01-31",
    ),
    ("The fund will close at end-June.", SUN, "end-June", "2026-06", "2026-06-21", "2026-06-30"),
    (
        "Stocks rose by end-December.",
        YEAR_END,
        "end-December",
        "2025-12",
        "2025-12-21",
        "2025-12-31",
    ),
]


@pytest.mark.parametrize(("text", "published", "expression", "value", "start", "end"), JOINED_ENDS)
def test_end_joined_to_a_year_or_month_is_its_end(
    text: str, published: date, expression: str, value: str, start: str, end: str
) -> None:
    mention = only(text, published, expression)
    assert (mention.value, *interval(mention), mention.mod) == (value, start, end, "END")


def test_end_alone_before_a_year_is_a_verb() -> None:
    assert [m.text for m in find_dates("The firm will end 2025 in the red.", MON)] == ["2025"]


DECADES_AND_CENTURIES = [
    # TimeML writes a decade with its first three digits and a century with its first
    # two; "X" fills only unknown digits, so a known decade has none.
    ("reforms of the 1990s", TUE, "the 1990s", "199"),
    ("in the late '80s", TUE, "the late '80s", "198"),
    ("hate groups dropped through the nineties", date(1998, 3, 3), "the nineties", "199"),
    ("wages lost in the last decade", date(1998, 2, 6), "the last decade", "198"),
    ("a decade ago the plans were secret", date(1999, 3, 12), "a decade ago", "198"),
    ("the 20th century", TUE, "the 20th century", "19"),
    ("a loss in 1990", TUE, "1990", "1990"),  # a year keeps all four digits
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), DECADES_AND_CENTURIES)
def test_decades_and_centuries_have_timeml_values(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# A decade or a century is one expression with its determiner and position word, as
# TimeML and TIMEX2 mark them ("the late 1970s", "the early 21st century"); a decade
# written short takes the century of publication, or the one before.
DETERMINED_PERIODS = [
    ("Output fell in the 1990s.", MON, "the 1990s", "199", "1990-01-01", "1999-12-31"),
    ("It peaked in the late 1970s.", SUN, "the late 1970s", "197", "1976-09-01", "1979-12-31"),
    (
        "Ties warmed in the early '90s.",
        NEW_YEAR,
        "the early '90s",
        "199",
        "1990-01-01",
        "1993-04-30",
    ),
    ("since the mid-2000s", LEAP_DAY, "the mid-2000s", "200", "2003-05-01", "2006-08-31"),
    ("In the 2010s, exports grew.", YEAR_END, "the 2010s", "201", "2010-01-01", "2019-12-31"),
    (
        "in the early 21st century",
        MON,
        "the early 21st century",
        "20",
        "2000-01-01",
        "2033-04-30",
    ),
    ("late 20th century art", SUN, "late 20th century", "19", "1966-09-01", "1999-12-31"),
    # a decade without a determiner keeps its own span
    ("1980s music is back", YEAR_END, "1980s", "198", "1980-01-01", "1989-12-31"),
]


@pytest.mark.parametrize(
    ("text", "published", "expression", "value", "start", "end"), DETERMINED_PERIODS
)
def test_a_decade_or_century_is_one_expression_with_its_determiner(
    text: str, published: date, expression: str, value: str, start: str, end: str
) -> None:
    check(text, published, expression, value, start, end)


# ----------------------------------------------------------------------------- seasons

SEASONS = [
    (
        "bombardments throughout the summer severed",
        THU,
        "the summer",
        "2025-SU",
        "2025-06-01",
        "2025-08-31",
    ),
    (
        "It froze last winter.",
        date(2025, 3, 15),
        "last winter",
        "2024-WI",
        "2024-12-01",
        "2025-02-28",
    ),
    (
        "this winter is mild",
        date(2026, 1, 10),
        "this winter",
        "2025-WI",
        "2025-12-01",
        "2026-02-28",
    ),
    ("a winter of 2024 offensive", TUE, "winter of 2024", "2024-WI", "2024-12-01", "2025-02-28"),
    # a season told by the two years it spans is the one that starts in the first
    (
        "Strikes hit the grid in the winter of 2022-23.",
        TUE,
        "the winter of 2022-23",
        "2022-WI",
        "2022-12-01",
        "2023-02-28",
    ),
    (
        "Gas ran short in winter 2023/24.",
        TUE,
        "winter 2023/24",
        "2023-WI",
        "2023-12-01",
        "2024-02-29",
    ),
    (
        "Prices eased over the 2019-2020 winter.",
        TUE,
        "the 2019-2020 winter",
        "2019-WI",
        "2019-12-01",
        "2020-02-29",
    ),
    (
        "Snow closed roads in the winter of 1999-2000.",
        TUE,
        "the winter of 1999-2000",
        "1999-WI",
        "1999-12-01",
        "2000-02-29",
    ),
]


# Two years that are not a year and the next give no season's span: each is a year.
@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Snow fell in the winter of 2021-23.", ["2021", "23"]),
        ("The famine of 1932-33 killed millions.", ["1932", "33"]),
        ("Output rose in 2022-23, the ministry said.", ["2022", "23"]),
    ],
)
def test_two_years_not_running_on_are_no_seasons_span(
    text: str, expected: list[str], published: date
) -> None:
    assert [m.text for m in find_dates(text, published)] == expected


@pytest.mark.parametrize(("text", "published", "expression", "value", "start", "end"), SEASONS)
def test_seasons_are_northern_meteorological(
    text: str, published: date, expression: str, value: str, start: str, end: str
) -> None:
    check(text, published, expression, value, start, end)


@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    ("text", "expression", "code"),
    [
        # a season listed after a month or a season is a season like it
        ("The offensive came in late May or summer.", "summer", "SU"),
        ("Crops failed in winter and spring.", "spring", "SP"),
        ("It was hot in June and summer was long.", "summer", "SU"),
        ("The floods came in July, August or autumn.", "autumn", "FA"),
    ],
)
def test_a_season_listed_after_a_month_or_season_is_a_season(
    text: str, expression: str, code: str, published: date
) -> None:
    assert only(text, published, expression).value.endswith(f"-{code}")


@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    "text",
    [
        "Troops and spring rains arrived.",  # no month or season before the conjunction
        "Prices rose in May and fall in June.",  # "fall" a verb after a month
        "They met Tuesday and summer camps opened.",
    ],
)
def test_a_season_word_after_other_words_and_a_conjunction_is_no_season(
    text: str, published: date
) -> None:
    assert [m.text for m in find_dates(text, published) if m.rule == "season"] == []


# A season told without its year in a passage about another year is that year's season
# ("In the summer of 2014 ... That winter" is 2014-WI, December 2014): the text's year,
# not the winter nearest the middle of it.
STORY_SEASONS = [
    (
        "In the summer of 2014 the war began. That winter, talks failed.",
        MON,
        "That winter",
        "2014-WI",
    ),
    (
        "In July 1941 the siege began. During the winter, thousands starved.",
        SUN,
        "the winter",
        "1941-WI",
    ),
    ("In 2019 prices rose. In the spring, the bank acted.", NEW_YEAR, "the spring", "2019-SP"),
    ("In 2010 the war began. That autumn, talks failed.", LEAP_DAY, "That autumn", "2010-FA"),
    # a season counted from publication stays so
    ("In 2010 the war began. Talks will resume this winter.", YEAR_END, "this winter", "2025-WI"),
    ("That winter was mild.", MON, "That winter", "2025-WI"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), STORY_SEASONS)
def test_a_season_in_a_passage_about_another_year_is_that_years(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# A month or season "of next year" / "of last year" is one expression in that year.
OF_A_YEAR_FROM_NOW = [
    ("Elections are due in the spring of next year.", MON, "the spring of next year", "2026-SP"),
    ("Prices rose in the summer of last year.", SUN, "the summer of last year", "2024-SU"),
    ("The plant opens in March of next year.", NEW_YEAR, "March of next year", "2026-03"),
    ("Sales fell in June of last year.", LEAP_DAY, "June of last year", "2023-06"),
    ("Talks stalled in the autumn of this year.", YEAR_END, "the autumn of this year", "2025-FA"),
    # not of a year from now: the words stay apart
    ("The vote of next year's congress was set in May.", MON, "May", "2025-05"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), OF_A_YEAR_FROM_NOW)
def test_a_month_or_season_of_a_year_from_now_is_one_expression(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# ----------------------------------------------------------------------------- relative units

UNITS = [
    (
        "Sales rose from the prior year.",
        NEW_YEAR,
        "the prior year",
        "2024",
        "2024-01-01",
        "2024-12-31",
    ),
    (
        "Sales rose from the prior month.",
        LEAP_DAY,
        "the prior month",
        "2024-01",
        "2024-01-01",
        "2024-01-31",
    ),
    ("He made the claim last week.", TUE, "last week", "2025-W48", "2025-11-24", "2025-11-30"),
    ("He made the claim last week.", SUN, "last week", "2025-W47", "2025-11-17", "2025-11-23"),
    ("Barros told CNN last month.", TUE, "last month", "2025-11", "2025-11-01", "2025-11-30"),
    ("Barros told CNN last month.", NEW_YEAR, "last month", "2024-12", "2024-12-01", "2024-12-31"),
    ("Sales fell this month.", LEAP_DAY, "this month", "2024-02", "2024-02-01", "2024-02-29"),
    ("Elections are due next year.", YEAR_END, "next year", "2026", "2026-01-01", "2026-12-31"),
    (
        "developments in the conflict this year",
        TUE,
        "this year",
        "2025",
        "2025-01-01",
        "2025-12-31",
    ),
    (
        "The mine was shut down earlier this year.",
        THU,
        "earlier this year",
        "2025",
        "2025-01-01",
        "2025-11-05",
    ),
    (
        "Zelensky stated earlier this week that",
        THU,
        "earlier this week",
        "2025-W45",
        "2025-11-03",
        "2025-11-05",
    ),
    (
        "Zelensky stated earlier this week that",
        date(2025, 11, 3),
        "earlier this week",
        "2025-W45",
        "2025-11-03",
        "2025-11-03",
    ),
    (
        "The mine was shut down earlier this year.",
        NEW_YEAR,
        "earlier this year",
        "2025",
        "2025-01-01",
        "2025-01-01",
    ),
    (
        "A deal is expected later this month.",
        date(2025, 11, 20),
        "later this month",
        "2025-11",
        "2025-11-21",
        "2025-11-30",
    ),
    (
        "It should be done by the end of the year.",
        TUE,
        "the end of the year",
        "2025",
        "2025-09-01",
        "2025-12-31",
    ),
]


@pytest.mark.parametrize(("text", "published", "expression", "value", "start", "end"), UNITS)
def test_calendar_units_around_the_publication_date(
    text: str, published: date, expression: str, value: str, start: str, end: str
) -> None:
    check(text, published, expression, value, start, end)


# ----------------------------------------------------------------------------- days from DCT

DEICTIC = [
    ("It rained yesterday.", date(2024, 3, 1), "yesterday", "2024-02-29"),
    ("It rains today.", LEAP_DAY, "today", "2024-02-29"),
    ("It will rain tomorrow.", YEAR_END, "tomorrow", "2026-01-01"),
    ("The shelling began two days ago.", NEW_YEAR, "two days ago", "2024-12-30"),
    ("Talks end three days from now.", YEAR_END, "three days from now", "2026-01-03"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), DEICTIC)
def test_days_are_counted_from_the_publication_date(
    text: str, published: date, expression: str, value: str
) -> None:
    check(text, published, expression, value, value, value)


def test_weeks_ago_is_a_week_and_a_year_ago_a_year() -> None:
    check("It began two weeks ago.", TUE, "two weeks ago", "2025-W47", "2025-11-17", "2025-11-23")
    check("It began a year ago.", TUE, "a year ago", "2024", "2024-01-01", "2024-12-31")


REPORT_DAY = date(1989, 11, 1)  # a Wednesday in quarterly-results season

COMPARED_PERIODS = [
    # An earnings report compares the quarter it reports with the same quarter a year
    # before, however the compared period is worded.
    ("Net rose. For the quarter a year ago, it earned $5.", "the quarter a year ago", "1988-Q3"),
    ("U.K. sales for last year's quarter were $3 million.", "last year's quarter", "1988-Q3"),
    (
        "It earned $1.8 million for the corresponding period last year.",
        "the corresponding period last year",
        "1988-Q3",
    ),
    (
        "In the comparable year-ago quarter, it lost $12 million.",
        "the comparable year-ago quarter",
        "1988-Q3",
    ),
    (
        "Net fell in the second quarter. Year-earlier results included a gain.",
        "Year-earlier",
        "1988-Q2",
    ),  # the quarter told, a year back
    (
        "In the year-ago quarter it earned $10. The year-ago results were restated.",
        "The year-ago",
        "1988-Q3",
    ),  # the compared quarter itself, told before
    ("Year-earlier results included a gain.", "Year-earlier", "1988"),  # no quarter told
    # a quarter told before is the one compared, whatever the wording
    (
        "Sales fell in the first quarter compared with the same period last year.",
        "the same period last year",
        "1988-Q1",
    ),
    (
        "Net rose in the second quarter from $3 million in the year-earlier period.",
        "the year-earlier period",
        "1988-Q2",
    ),
    (
        "Revenue in the first quarter rose 5% from the quarter a year ago.",
        "the quarter a year ago",
        "1988-Q1",
    ),
    ("Sales rose from $5 million last year.", "last year", "1988"),  # a year, not a quarter
]


@pytest.mark.parametrize(("text", "expression", "value"), COMPARED_PERIODS)
def test_compared_periods_are_the_quarter_in_focus_a_year_back(
    text: str, expression: str, value: str
) -> None:
    assert only(text, REPORT_DAY, expression).value == value


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sales fell in the third quarter of 2023 from the same period last year.", "2022-Q3"),
        ("Sales fell in Q1 2024 compared with the corresponding quarter a year ago.", "2023-Q1"),
    ],
)
def test_the_compared_period_is_the_quarter_told_a_year_back(
    text: str, value: str, published: date
) -> None:
    (compared,) = [m for m in find_dates(text, published) if "year" in m.text and m.text != text]
    assert compared.value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # an hour with the part of the day said in words is a clock time, on the day
        # named nearest in its sentence
        (
            "He will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.",
            "4 in the morning",
            "2000-04-06T04:00",
        ),
        ("Shelling began at ten at night.", "ten at night", "2000-04-05T22:00"),
        ("Shelling began at 2 at night.", "2 at night", "2000-04-05T02:00"),
        ("They met at five in the afternoon.", "five in the afternoon", "2000-04-05T17:00"),
        ("They met at 7 o'clock in the evening.", "7 o'clock in the evening", "2000-04-05T19:00"),
    ],
)
def test_hours_with_the_part_of_the_day_in_words(text: str, expression: str, value: str) -> None:
    assert only(text, date(2000, 4, 5), expression).value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The law of 1930 GMT rules were strict.", "1930", "1930"),  # no clock: a year before
        ("In 1930 GMT was the world's clock.", "1930", "1930"),
        ("It came in 1930 under a new law.", "1930", "1930"),
    ],
)
def test_four_digits_without_a_zone_or_after_in_stay_years(
    text: str, expression: str, value: str
) -> None:
    assert only(text, MON, expression).value == value


def test_a_part_of_the_day_alone_is_no_clock_time() -> None:
    found = find_dates("Dealers placed orders in the morning.", date(2000, 4, 5))
    assert [m.rule for m in found] == ["relational"]  # the morning, no hour of it


# In news that told no date before it, a part of the day told in the past is of the day
# the news reports; a habit in the present, a plan, or a story of another time is of none.
PARTS_OF_THE_REPORTED_DAY = [
    ("The president addressed the nation in the morning, aides said.", "the morning", "MO"),
    ("In the afternoon, the minister resigned.", "the afternoon", "AF"),
    ("The talks resumed in the afternoon.", "the afternoon", "AF"),
    ("Gunmen opened fire in the evening, police said.", "the evening", "EV"),
    ("Markets open in the morning.", "the morning", None),
    ("The envoy will speak in the afternoon.", "the afternoon", None),
    ("The siege began in 1941. In the morning, the guns fell silent.", "the morning", None),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expression", "part"), PARTS_OF_THE_REPORTED_DAY)
def test_a_part_of_the_day_told_in_the_past_alone_is_of_the_reported_day(
    text: str, expression: str, part: str | None, published: date
) -> None:
    found = [m.value for m in find_dates(text, published) if m.text == expression]
    assert found == ([f"{published.isoformat()}T{part}"] if part else [])


HALVES = [
    # "and a half" and "half a" add half a unit; a distance with a fraction counts in
    # the next smaller unit
    ("fighting for two and a half years", "two and a half years", "P2Y6M"),
    ("a truce of five years and a half", "five years and a half", "P5Y6M"),
    ("But a minute and a half later, a pilot", "a minute and a half later", "PT1M30S"),
    ("A few days later, it announced losses", "A few days later", "PXD"),
    ("Two hours ago, it fell", "Two hours ago", "PAST_REF"),
    ("a wait of half an hour", "half an hour", "PT30M"),
    ("for half a year", "half a year", "P6M"),
    ("It began a year and a half ago.", "a year and a half ago", "2024-06"),
    ("It ended half a century ago.", "half a century ago", "1975"),
    ("It began two years ago.", "two years ago", "2023"),  # whole units stay whole
    ("in the first half of 2024", "the first half of 2024", "2024-H1"),  # no fraction
]


# A part of a month or a year named with its edge is one expression ("the first week
# of January"); a half without a year stays a fraction ("the latter half of the game").
PARTS_OF_A_PERIOD = [
    # text, publication date, expressions and (value, mod), in order
    (
        "Attacks fell in the latter half of 2008.",
        MON,
        [("the latter half of 2008", "2008-H2", "")],
    ),
    (
        "Prices rose in the second half of 2023.",
        NEW_YEAR,
        [("the second half of 2023", "2023-H2", "")],
    ),
    (
        "Talks resume in the first week of January.",
        YEAR_END,
        [("the first week of January", "2026-01", "START")],
    ),
    (
        "Snow fell in the last week of February.",
        LEAP_DAY,
        [("the last week of February", "2024-02", "END")],
    ),
    ("It rained in the last days of March.", SUN, [("the last days of March", "2025-03", "END")]),
    ("He scored in the latter half of the game.", SUN, []),
]


# "The first week of" a month, "the second", "the third", "the fourth", "the last" or
# "the final week of" it are its seven days, not a third of it.
WEEKS_OF_A_MONTH = [
    # text, publication date, expression, interval
    (
        "Talks resume in the first week of January.",
        YEAR_END,
        "the first week of January",
        ("2026-01-01", "2026-01-07"),
    ),
    (
        "Snow fell in the last week of February.",
        LEAP_DAY,
        "the last week of February",
        ("2024-02-23", "2024-02-29"),
    ),
    (
        "Aid arrives in the second week of January.",
        MON,
        "the second week of January",
        ("2026-01-08", "2026-01-14"),
    ),
    (
        "Troops left in the third week of March.",
        SUN,
        "the third week of March",
        ("2025-03-15", "2025-03-21"),
    ),
    (
        "Rains came in the fourth week of February.",
        NEW_YEAR,
        "the fourth week of February",
        ("2024-02-22", "2024-02-28"),
    ),
    (
        "Polls close in the final week of December.",
        YEAR_END,
        "the final week of December",
        ("2025-12-25", "2025-12-31"),
    ),
    # negative: "the first days of", "late" keep their third of the month
    (
        "It rained in the first days of March.",
        SUN,
        "the first days of March",
        ("2025-03-01", "2025-03-10"),
    ),
    ("Talks stalled in late November.", MON, "late November", ("2025-11-21", "2025-11-30")),
]


@pytest.mark.parametrize(("text", "published", "expression", "span"), WEEKS_OF_A_MONTH)
def test_a_week_of_a_month_is_its_seven_days(
    text: str, published: date, expression: str, span: tuple[str, str]
) -> None:
    assert interval(only(text, published, expression)) == span


# A part of the day named before its date is one expression, a time of that day.
PARTS_OF_A_DAY = [
    (
        "On the night of April 18, 1775, troops marched.",
        MON,
        [("the night of April 18, 1775", "1775-04-18TNI")],
    ),
    (
        "They land on the morning of 31 January.",
        NEW_YEAR,
        [("the morning of 31 January", "2025-01-31TMO")],
    ),
    (
        "The evening of 29 February was calm.",
        LEAP_DAY,
        [("The evening of 29 February", "2024-02-29TEV")],
    ),
    (
        "Shops open on the afternoon of Dec. 31.",
        YEAR_END,
        [("the afternoon of Dec. 31", "2025-12-31TAF")],
    ),
    ("It was the night of the storm, on June 3.", SUN, [("June 3", "2025-06-03")]),
    # ... also before the first day of a range of days, or a weekday
    (
        "Drones struck on the night of 30-31 July.",
        date(2025, 8, 1),
        [("the night of 30", "2025-07-30TNI"), ("31 July", "2025-07-31")],
    ),
    (
        "Drones struck on the night of 31 December to 1 January.",
        NEW_YEAR,
        [("the night of 31 December", "2024-12-31TNI"), ("1 January", "2025-01-01")],
    ),
    (
        "Drones struck on the night of 28 to 29 February.",
        LEAP_DAY,
        [("the night of 28", "2024-02-28TNI"), ("29 February", "2024-02-29")],
    ),
    (
        "Drones struck on the night of Sunday to Monday.",
        MON,
        [("the night of Sunday", "2025-11-30TNI"), ("Monday", "2025-12-01")],
    ),
    (
        "Drones struck on the night of Tuesday to Wednesday.",
        YEAR_END,
        [("the night of Tuesday", "2025-12-30TNI"), ("Wednesday", "2025-12-31")],
    ),
    (
        "Talks will run on the morning of Monday.",
        SUN,
        [("the morning of Monday", "2025-12-01TMO")],
    ),
    # negative: a range without a part of the day, and a night of something else
    (
        "Talks ran on 30-31 July.",
        date(2025, 8, 1),
        [("30", "2025-07-30"), ("31 July", "2025-07-31")],
    ),
    ("It was the night of 30 arrests, on 31 July.", date(2025, 8, 1), [("31 July", "2025-07-31")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), PARTS_OF_A_DAY)
def test_a_part_of_a_day_before_its_date_is_a_time_of_that_day(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert values(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), PARTS_OF_A_PERIOD)
def test_a_part_of_a_period_is_one_expression(
    text: str, published: date, expected: list[tuple[str, str, str]]
) -> None:
    assert [(m.text, m.value, m.mod) for m in find_dates(text, published)] == expected


@pytest.mark.parametrize(("text", "expression", "value"), HALVES)
def test_half_units(text: str, expression: str, value: str) -> None:
    assert only(text, TUE, expression).value == value


def test_tonight_is_the_evening_of_publication() -> None:
    mention = only("He speaks tonight.", TUE, "tonight")
    assert (mention.type, mention.value, *interval(mention)) == (
        "TIME",
        "2025-12-02TNI",
        "2025-12-02",
        "2025-12-02",
    )


# ----------------------------------------------------------------------------- relational

RELATIONAL = [
    (
        "On December 1, Putin visited. The day after the briefing, Putin explained",
        date(2025, 12, 8),
        "The day after the briefing",
        "2025-12-02",
        "text",
    ),
    (
        "Troops entered on March 3, 2024. The following day, they withdrew.",
        TUE,
        "The following day",
        "2024-03-04",
        "text",
    ),
    (
        "It was publicized late on Monday, on the eve of the meeting.",
        TUE,
        "on the eve of",
        "2025-12-01",
        "text",
    ),
    (
        "The talks began on May 5, 2024. A week later, they broke down.",
        TUE,
        "A week later",
        "2024-05-12",
        "text",
    ),
    # from a date less precise than the length, at that date's precision
    (
        "Troops entered the city in early May. Three weeks later they withdrew.",
        date(2025, 6, 20),
        "Three weeks later",
        "2025-05",
        "text",
    ),
    (
        "Troops entered the city in 2019. A month later they withdrew.",
        TUE,
        "A month later",
        "2019",
        "text",
    ),
    ("Three weeks later they withdrew.", date(2025, 6, 20), "Three weeks later", "2025-W28", "dct"),
    ("The next day, talks resumed.", TUE, "The next day", "2025-12-03", "dct"),
    ("Fighting resumed in 2023. That year, the city fell.", TUE, "That year", "2023", "text"),
    # in apposition to a date, the relation describes that date
    (
        "Protests began on Tuesday, the day after the election.",
        MON,
        "the day after the election",
        "2025-11-25",
        "text",
    ),
    (
        "He was last seen Nov. 3, the day before police issued a warrant.",
        SUN,
        "the day before",
        "2025-11-03",
        "text",
    ),
    (
        "On Dec. 30, the day after the vote, markets rallied.",
        NEW_YEAR,
        "the day after the vote",
        "2024-12-30",
        "text",
    ),
    (
        "On Feb. 28, the day after the vote, markets rallied.",
        LEAP_DAY,
        "the day after the vote",
        "2024-02-28",
        "text",
    ),
    # a date right after the relation is what it counts from, a month's abbreviation
    # no object of its own
    (
        "The store reopened the day after Christmas.",
        date(2019, 11, 15),
        "the day after",
        "2018-12-26",
        "text",
    ),
    (
        "Strikes began the day after the Nov. 5 election.",
        date(2019, 11, 15),
        "the day after",
        "2019-11-06",
        "text",
    ),
    (
        "Talks began in May. He resigned the day before Tuesday's vote.",
        date(2024, 2, 29),
        "the day before",
        "2024-02-26",
        "text",
    ),
    (
        "Crowds gathered the week after Easter.",
        date(2025, 1, 1),
        "the week after",
        "2024-W14",
        "text",
    ),
    # and so does a date set off right after it
    (
        "Talks were held on May 16. The day before, on May 22, the office reported.",
        date(2025, 5, 23),
        "The day before",
        "2025-05-22",
        "text",
    ),
    # not in apposition: counted from the date
    (
        "The vote was on Dec. 30. The day after the vote, markets rallied.",
        YEAR_END,
        "The day after the vote",
        "2025-12-31",
        "text",
    ),
]


@pytest.mark.parametrize(("text", "published", "expression", "value", "anchor"), RELATIONAL)
def test_relational_expressions_anchor_to_the_latest_date_told(
    text: str, published: date, expression: str, value: str, anchor: str
) -> None:
    mention = only(text, published, expression)
    assert (mention.value, mention.anchor) == (value, anchor)


# A month, a day or a season "of that year", "of the following year": one expression,
# in the year of the latest date told (the publication's without one); the words alone
# still name no year ("of that kind").
OF_A_YEAR_TOLD = [
    # text, publication date, expressions and values, in order
    (
        "The war stalled by 1940. In August of that year, an offensive began.",
        MON,
        [("1940", "1940"), ("August of that year", "1940-08")],
    ),
    (
        "Talks opened in 2019; in March of the following year they failed.",
        SUN,
        [("2019", "2019"), ("March of the following year", "2020-03")],
    ),
    (
        "The fort fell on 3 May 1942. On June 4 of the same year a convoy left.",
        NEW_YEAR,
        [("3 May 1942", "1942-05-03"), ("June 4 of the same year", "1942-06-04")],
    ),
    (
        "Rains came in 2023. The spring of that year was cold, and 12 March of the next year warm.",
        LEAP_DAY,
        [
            ("2023", "2023"),
            ("The spring of that year", "2023-SP"),
            ("12 March of the next year", "2024-03-12"),
        ],
    ),
    (
        "In July of that year, prices fell.",  # no year told: the publication's
        YEAR_END,
        [("July of that year", "2025-07")],
    ),
    ("In July of that kind, prices fell.", YEAR_END, [("July", "2025-07")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), OF_A_YEAR_TOLD)
def test_a_month_of_a_year_told_is_one_expression_in_that_year(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert values(text, published) == expected


def test_a_year_earlier_in_a_comparison_keeps_the_period_in_focus() -> None:
    text = "Third-quarter profit rose 11%. Net rose to $9 million from $8 million a year earlier."
    mention = only(text, date(1989, 11, 2), "a year earlier")
    assert (mention.value, mention.granularity) == ("1988-Q3", "quarter")


# A distance of a month or longer from the day of a happening names the month, year or
# decade it lands in; a week or a few days stay days, and a comparison or a distance from
# a period keeps the precision of what is compared.
DISTANCES_FROM_A_DAY = [
    # text (a day told, then a distance from it), expression, value
    ("The siege began on 12 June 1941. A month later, the port fell.", "A month later", "1941-07"),
    ("Troops landed on Oct. 3, 2019. Four months later they left.", "Four months later", "2020-02"),
    (
        "The dam burst on May 2, 1988. Twenty years later, it was rebuilt.",
        "Twenty years later",
        "2008",
    ),
    (
        "The rebels rose on 9 March 1950. Two decades earlier, a revolt had failed.",
        "Two decades earlier",
        "193",
    ),
    ("The pact was signed on Nov. 30, 2001. A year later, it collapsed.", "A year later", "2002"),
    # negative: a week and days from a day stay days
    (
        "The pact was signed on Nov. 30, 2001. A week later, it collapsed.",
        "A week later",
        "2001-12-07",
    ),
    (
        "The pact was signed on Nov. 30, 2001. Three days later, it collapsed.",
        "Three days later",
        "2001-12-03",
    ),
    # negative: a comparison keeps the day compared with
    (
        "Shares closed at $40 on Sept. 30, 2010, up from $31 a year earlier.",
        "a year earlier",
        "2009-09-30",
    ),
    # negative: from a month or a quarter, its precision
    ("Exports fell in March 2015. A year earlier they had risen.", "A year earlier", "2014-03"),
    ("Profit rose in the third quarter of 2012. A year later it fell.", "A year later", "2013-Q3"),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expression", "value"), DISTANCES_FROM_A_DAY)
def test_a_long_distance_from_a_day_names_its_calendar_unit(
    text: str, expression: str, value: str, published: date
) -> None:
    assert only(text, published, expression).value == value


# ----------------------------------------------------------------------------- never placed

NOT_PLACED = [
    (
        "received the news he had been awaiting for more than a year",
        "more than a year",
        "DURATION",
        "P1Y",
    ),
    ("an advance over nearly four years", "nearly four years", "DURATION", "P4Y"),
    ("After 21 Months of Fierce Fighting", "21 Months", "DURATION", "P21M"),
    ("ending the nearly four-year-long conflict", "nearly four-year-long", "DURATION", "P4Y"),
    ("it will take 25 more years to collapse", "25 more years", "DURATION", "P25Y"),
    ("Officials have recently insisted", "recently", "DATE", "PAST_REF"),
    ("at the then current market price", "then current", "DATE", "PAST_REF"),
    ("Now the alliance is wider", "Now", "DATE", "PRESENT_REF"),
    ("The border stays shut for the time being.", "the time being", "DATE", "PRESENT_REF"),
    ("control will remain fluid in the near term", "the near term", "DATE", "FUTURE_REF"),
    ("Patrols go out every week.", "every week", "SET", "P1W"),
    ("They shell the town daily.", "daily", "SET", "P1D"),
    ("They meet on Tuesdays.", "Tuesdays", "SET", "XXXX-WXX-2"),
    # a part of a weekday, every week
    ("Crowds rally every Friday night.", "every Friday night", "SET", "XXXX-WXX-5TNI"),
    ("The market opens on Sunday mornings.", "Sunday mornings", "SET", "XXXX-WXX-7TMO"),
    ("Every Monday evening, families gather.", "Every Monday evening", "SET", "XXXX-WXX-1TEV"),
    ("Orangemen march each July.", "each July", "SET", "XXXX-07"),
    ("Elections are held every four years.", "every four years", "SET", "P4Y"),
    ("He visits every 2 weeks.", "every 2 weeks", "SET", "P2W"),
    ("Leaders meet every 18 months.", "every 18 months", "SET", "P18M"),
    ("the vote held every Sept. since", "every Sept.", "SET", "XXXX-09"),
    ("shipments resume within two to three weeks", "two to three weeks", "DURATION", "P2W"),
    # a distance back of no number, shorter than a day: the past ("weeks ago" is a
    # length, PXW, as TimeBank marks "months ago")
    ("He arrived just minutes ago.", "minutes ago", "DATE", "PAST_REF"),
    ("Police left hours ago.", "hours ago", "DATE", "PAST_REF"),
    ("The president spoke moments ago.", "moments ago", "DATE", "PAST_REF"),
    ("We learned a short time ago that it landed.", "a short time ago", "DATE", "PAST_REF"),
    ("Talks stalled two weeks ago and for weeks.", "weeks", "DURATION", "PXW"),
    # a number grouped in thousands is one number
    ("the first emperor in 1,460 years", "1,460 years", "DURATION", "P1460Y"),
    ("a dispute that lasted 10,000 days", "10,000 days", "DURATION", "P10000D"),
]


@pytest.mark.parametrize(("text", "expression", "kind", "value"), NOT_PLACED)
def test_durations_sets_and_vague_references_are_never_placed(
    text: str, expression: str, kind: str, value: str
) -> None:
    mention = only(text, TUE, expression)
    assert (mention.type, mention.value, mention.is_placed) == (kind, value, False)


# "some" and "close to" before a number make a length an approximate one, in its span
APPROXIMATE_LENGTHS = [
    ("The siege lasted some 19 days.", MON, "some 19 days", "P19D", "APPROX"),
    ("It took close to two years.", SUN, "close to two years", "P2Y", "APPROX"),
    ("Some eight years of war followed.", NEW_YEAR, "Some eight years", "P8Y", "APPROX"),
    ("talks of some 12 hours", LEAP_DAY, "some 12 hours", "PT12H", "APPROX"),
    ("for close to a decade", YEAR_END, "close to a decade", "P10Y", "APPROX"),
    # not before a number: the length alone, or nothing
    ("It took some days.", MON, "days", "PXD", ""),
    ("He stood close to the door for two hours.", SUN, "two hours", "PT2H", ""),
]


@pytest.mark.parametrize(("text", "published", "expression", "value", "mod"), APPROXIMATE_LENGTHS)
def test_some_and_close_to_make_a_length_approximate(
    text: str, published: date, expression: str, value: str, mod: str
) -> None:
    mention = only(text, published, expression)
    assert (mention.value, mention.mod) == (value, mod)
    assert [m.text for m in find_dates(text, published)] == [expression]


# A plural unit with the words around it that say which stretch it is, as one length
BARE_LENGTHS = [
    ("In the following days, troops advanced.", MON, "the following days", "PXD"),
    ("Over the following months, prices rose.", SUN, "the following months", "PXM"),
    ("Talks are due in the weeks ahead.", NEW_YEAR, "the weeks ahead", "PXW"),
    ("in the intervening years", LEAP_DAY, "the intervening years", "PXY"),
    ("in the ensuing hours", YEAR_END, "the ensuing hours", "PTXH"),
    ("in the years ahead", MON, "the years ahead", "PXY"),
    ("Demand will pick up in the months to come.", SUN, "the months to come", "PXM"),
    ("The weeks to come will be hard.", LEAP_DAY, "The weeks to come", "PXW"),
    # the stretch up to now: "the past" is part of the length, no reference of its own
    ("Many fell ill over the past weeks.", MON, "the past weeks", "PXW"),
    ("Prices rose in the past months.", SUN, "the past months", "PXM"),
    ("Over the past years, exports grew.", NEW_YEAR, "the past years", "PXY"),
    ("It has rained for the past days.", LEAP_DAY, "the past days", "PXD"),
    ("Aid dwindled in the past decades.", YEAR_END, "the past decades", "PXY"),
    # hours and minutes too, wherever the words before them stand in the sentence
    ("The past hours were the worst.", MON, "The past hours", "PTXH"),
    ("The remaining minutes were tense.", SUN, "The remaining minutes", "PTXM"),
    # "ahead of" names what comes after: the unit alone
    ("Troops massed in the days ahead of the vote.", SUN, "days", "PXD"),
    ("It took weeks.", NEW_YEAR, "weeks", "PXW"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), BARE_LENGTHS)
def test_a_plural_unit_with_its_relation_words_is_one_length(
    text: str, published: date, expression: str, value: str
) -> None:
    mention = only(text, published, expression)
    assert (mention.type, mention.value) == ("DURATION", value)
    assert [m.text for m in find_dates(text, published)] == [expression]


def test_in_recent_days_names_the_week_before_publication() -> None:
    mention = only("In recent days, fighting within the city has intensified", THU, "recent days")
    assert (mention.value, *interval(mention), mention.mod) == (
        "PAST_REF",
        "2025-10-30",
        "2025-11-05",
        "APPROX",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Russia may seek to leverage the gain.",
        "the march on Kyiv failed",
        "Do you have a car? The sun rose. We know.",
        "a 100M budget and 2,000 soldiers of the 7th Corps",
        "60,000 people left; 14 percent of Donetsk; Point 21 of the 28-point plan",
        "The fall of Pokrovsk and prices continued to fall.",
        "He paid $2 million a year to a 52 years old 6-year-old.",
        "two thousand soldiers and nineteen twenty-five tanks",
        "the 24th Brigade held; for the 5th time; the 3rd floor; on the 2nd-largest",
        "an overnight stay and overnight rates",
        "Clerks tallied past hours worked.",  # no bare hours but after a length word
        "He was early in Kyiv and late in the war.",  # a position in no period
    ],
)
def test_words_that_only_look_like_dates_are_not_mentions(text: str) -> None:
    assert find_dates(text, TUE) == []


# ----------------------------------------------------------------------------- building blocks


def test_choose_lets_tense_decide_far_options_and_nearness_decide_near_ones() -> None:
    march = [((date(y, 3, 1), date(y, 3, 31)), str(y)) for y in (2025, 2026)]
    assert choose(march, TUE, "past", penalty_days=300)[1] == "2025"
    assert choose(march, TUE, "future", penalty_days=300)[1] == "2026"
    dec15 = [((date(y, 12, 15), date(y, 12, 15)), str(y)) for y in (1988, 1989)]
    assert choose(dec15, date(1989, 11, 20), "past", penalty_days=183)[1] == "1989"


@pytest.mark.parametrize(
    ("granularity", "span", "mod", "expected"),
    [
        (
            "month",
            (date(2024, 2, 1), date(2024, 2, 29)),
            "END",
            (date(2024, 2, 21), date(2024, 2, 29)),
        ),
        (
            "year",
            (date(2024, 1, 1), date(2024, 12, 31)),
            "MID",
            (date(2024, 5, 1), date(2024, 8, 31)),
        ),
        (
            "week",
            (date(2025, 12, 1), date(2025, 12, 7)),
            "START",
            (date(2025, 12, 1), date(2025, 12, 2)),
        ),
        ("day", (TUE, TUE), "END", (TUE, TUE)),
    ],
)
def test_narrow_keeps_the_named_part_of_a_unit(
    granularity: str, span: tuple[date, date], mod: str, expected: tuple[date, date]
) -> None:
    assert narrow(span, granularity, mod) == expected  # type: ignore[arg-type]


def test_week_values_use_the_iso_year() -> None:
    assert week_value(date(2024, 12, 30)) == "2025-W01"
    assert week_value(date(2021, 1, 3)) == "2020-W53"


# ----------------------------------------------------------------------------- properties

# Text made of date-ish words and plain characters, so the grammar gets exercised.
WORDS = [
    "May ",
    "March ",
    "Sunday ",
    "last ",
    "week ",
    "year ",
    "ago ",
    "the day after ",
    "2024 ",
    "mid-",
    "early ",
    "in ",
    "back ",
    "December 4",
    " a ",
    "Q3 ",
    "1990s ",
    "the ",
    "of ",
    "later ",
    "on ",
    "earlier this ",
    "two ",
    "days ",
    "since ",
    "\n",
    ", ",
    ". ",
    "will ",
]
texts = st.lists(st.sampled_from(WORDS) | st.text(max_size=3), max_size=25).map("".join)
dates = st.dates() | st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))


@settings(deadline=None, max_examples=300)
@given(text=texts, published=dates)
def test_any_text_gives_well_formed_mentions(text: str, published: date) -> None:
    found = find_dates(text, published)
    assert [m.char_start for m in found] == sorted(m.char_start for m in found)
    for mention in found:
        assert text[mention.char_start : mention.char_end] == mention.text
        if mention.is_placed:
            assert mention.interval_start <= mention.interval_end  # type: ignore[operator]
            assert mention.granularity is not None


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        ("He was found on Thanksgiving Day.", date(2000, 1, 7), "Thanksgiving Day", "1999-11-25"),
        ("a campaign from now to Election Day", date(1998, 10, 26), "Election Day", "1998-11-03"),
        ("They fasted before Easter.", date(2000, 3, 1), "Easter", "2000-04-23"),
        ("He left last Christmas.", date(2025, 12, 24), "last Christmas", "2024-12-25"),
        # "this": the one of the year of publication, whatever the tense
        ("This is how they spend this Easter.", date(2025, 4, 27), "this Easter", "2025-04-20"),
        ("Families will gather this Christmas.", date(2025, 1, 10), "this Christmas", "2025-12-25"),
        ("Memorial Day parades", date(2025, 5, 1), "Memorial Day", "2025-05-26"),
        # fixed days and weekdays of a month, apostrophe or not, straight or curly
        ("He spoke on Veterans Day.", date(2013, 11, 12), "Veterans Day", "2013-11-11"),
        (
            "Thousands marched on International Women's Day.",
            date(2025, 3, 9),
            "International Women's Day",
            "2025-03-08",
        ),
        (
            "The parade on Victory Day was cancelled.",
            date(2025, 5, 12),
            "Victory Day",
            "2025-05-09",
        ),
        ("The race is run on Patriots' Day.", date(2013, 4, 16), "Patriots' Day", "2013-04-15"),
        (
            "Markets were shut for Presidents Day.",
            date(2013, 2, 20),
            "Presidents Day",
            "2013-02-18",
        ),
        (
            "Markets were shut for Presidents’ Day.",
            date(2013, 2, 20),
            "Presidents’ Day",
            "2013-02-18",
        ),
        (
            "Banks closed on Martin Luther King Day.",
            date(2013, 1, 22),
            "Martin Luther King Day",
            "2013-01-21",
        ),
        ("Sales on Black Friday rose 2 percent.", date(2012, 11, 27), "Black Friday", "2012-11-23"),
        ("Online sales peaked on Cyber Monday.", date(2025, 12, 3), "Cyber Monday", "2025-12-01"),
        (
            "Wreaths were laid on Remembrance Sunday.",
            date(2025, 11, 10),
            "Remembrance Sunday",
            "2025-11-09",
        ),
        (
            "Crowds gathered on St. Patrick's Day.",
            date(2013, 3, 18),
            "St. Patrick's Day",
            "2013-03-17",
        ),
        ("Protests marked May Day.", date(2025, 5, 2), "May Day", "2025-05-01"),
        ("Fireworks lit the sky on Bastille Day.", date(2025, 7, 15), "Bastille Day", "2025-07-14"),
        ("He resigned on Ash Wednesday.", date(2013, 2, 20), "Ash Wednesday", "2013-02-13"),
    ],
)
def test_named_days_fall_on_their_date_that_year(
    text: str, published: date, expression: str, value: str
) -> None:
    check(text, published, expression, value, value, value)


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        (
            "The attack came on Christmas night.",
            date(2025, 1, 8),
            "Christmas night",
            "2024-12-25TNI",
        ),
        ("Bells rang on Easter morning.", date(2025, 4, 22), "Easter morning", "2025-04-20TMO"),
        (
            "Shops closed on Christmas. That night, it snowed.",
            date(2025, 1, 8),
            "Christmas",
            "2024-12-25",
        ),
    ],
)
def test_a_part_of_the_day_after_a_named_day_is_a_time_of_it(
    text: str, published: date, expression: str, value: str
) -> None:
    check(text, published, expression, value, value[:10], value[:10])


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a named day of one country, said of another, is another day: no date of ours
        ("Drones struck on Ukraine's Independence Day.", date(2025, 8, 25), []),
        (
            "On Ukrainian Independence Day, August 24, drones struck.",
            date(2025, 8, 25),
            [("August 24", "2025-08-24")],
        ),
        ("Kyiv skipped Ukraine’s Victory Day parade.", date(2025, 5, 10), []),
        (
            "Ukraine marked its Independence Day on Sunday.",
            date(2025, 8, 25),
            [("Sunday", "2025-08-24")],
        ),
        ("Veterans paraded on their Victory Day.", date(2025, 5, 10), []),
        # its own country, or none named, keeps the day
        (
            "Fireworks lit the sky on Independence Day.",
            date(2025, 7, 5),
            [("Independence Day", "2025-07-04")],
        ),
        (
            "America's Independence Day drew crowds.",
            date(2025, 7, 5),
            [("Independence Day", "2025-07-04")],
        ),
        (
            "The U.S. Independence Day holiday closed markets.",
            date(2025, 7, 5),
            [("Independence Day", "2025-07-04")],
        ),
        (
            "Russia's Victory Day parade was held.",
            date(2025, 5, 10),
            [("Victory Day", "2025-05-09")],
        ),
        (
            "Last Independence Day, crowds gathered.",
            date(2025, 12, 1),
            [("Last Independence Day", "2025-07-04")],
        ),
    ],
)
def test_a_named_day_of_one_country_said_of_another_is_no_date(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert values(text, published) == expected


# A named day before a word that makes it a kind of thing ("a Christmas market") is no
# date; a happening named by its day, or the day itself, still is.
NAMED_DAYS_AS_KINDS = [
    # text, publication date, expected (expression, value) pairs
    ("A van ploughed into a Christmas market on Friday.", MON, [("Friday", "2025-11-28")]),
    ("Stalls at the Christmas markets sold out.", SUN, []),
    ("Children hunted Easter eggs in the park.", LEAP_DAY, []),
    ("Shops sold out of Halloween costumes.", NEW_YEAR, []),
    ("Crowds of Christmas revellers filled the square.", YEAR_END, []),
    # negative: the day itself, and a happening named by it
    ("The market closed on Christmas Day.", YEAR_END, [("Christmas Day", "2025-12-25")]),
    ("The Christmas Day attack killed five.", NEW_YEAR, [("Christmas Day", "2024-12-25")]),
    ("Shoppers crowded stores before Christmas.", MON, [("Christmas", "2025-12-25")]),
    ("He left last Christmas.", SUN, [("last Christmas", "2024-12-25")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), NAMED_DAYS_AS_KINDS)
def test_a_named_day_making_a_kind_of_thing_is_no_date(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert values(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a named day describing a thing right after it is no date
        ("A van drove into a Christmas market in the town.", date(2025, 12, 21), []),
        ("The Christmas Market attack trial opened.", date(2025, 11, 10), []),
        ("Children hunted for Easter eggs in the park.", date(2025, 4, 22), []),
        # negative: a time around the day, or the day itself before a noun of time, stays
        (
            "Fighting paused over Christmas week.",
            date(2025, 12, 30),
            [("Christmas week", "2025-W52")],
        ),
        ("The Easter truce ended.", date(2025, 4, 22), [("Easter", "2025-04-20")]),
        ("Shops closed on Christmas.", date(2025, 12, 27), [("Christmas", "2025-12-25")]),
    ],
)
def test_a_named_day_describing_a_thing_is_no_date(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert values(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        # a schedule in the present, or a plan, is the named day ahead, however near the
        # one just gone
        ("The festival begins on Christmas Eve.", date(2012, 2, 29), "Christmas Eve", "2012-12-24"),
        ("The fair will open on Christmas Eve.", date(2013, 1, 1), "Christmas Eve", "2013-12-24"),
        ("Shops reopen on Easter Monday.", date(2013, 3, 18), "Easter Monday", "2013-04-01"),
        ("Markets will close on Good Friday.", date(2013, 12, 31), "Good Friday", "2014-04-18"),
        ("The sale starts on Boxing Day.", date(2013, 3, 17), "Boxing Day", "2013-12-26"),
        # told in the past, the day gone by
        ("Shops closed on Good Friday.", date(2013, 3, 18), "Good Friday", "2012-04-06"),
        ("The fair opened on Christmas Eve.", date(2013, 1, 1), "Christmas Eve", "2012-12-24"),
        ("The sale started on Boxing Day.", date(2013, 12, 31), "Boxing Day", "2013-12-26"),
    ],
)
def test_named_days_in_schedules_and_plans_lie_ahead(
    text: str, published: date, expression: str, value: str
) -> None:
    check(text, published, expression, value, value, value)


@pytest.mark.parametrize(
    ("text", "published", "expression", "value", "start", "end"),
    [
        # a named day with "week" or "weekend" is the week (weekend) that holds it
        (
            "Pilgrims came during Easter week.",
            date(2000, 4, 17),
            "Easter week",
            "2000-W16",
            "2000-04-17",
            "2000-04-23",
        ),
        # a holiday's weekend is the weekend beside it, the holiday included: a Thursday
        # or Friday holiday opens it, a Monday one closes it, a weekend one is inside it
        (
            "Traffic peaked over the Thanksgiving weekend.",
            date(2000, 1, 7),
            "Thanksgiving weekend",
            "1999-W47-WE",
            "1999-11-25",
            "1999-11-28",
        ),
        (
            "Beaches were crowded over the Memorial Day weekend.",
            date(2021, 6, 1),
            "Memorial Day weekend",
            "2021-W21-WE",
            "2021-05-29",
            "2021-05-31",
        ),
        (
            "Sales rose over the Easter weekend.",
            date(2021, 4, 8),
            "Easter weekend",
            "2021-W13-WE",
            "2021-04-03",
            "2021-04-04",
        ),
        # "before the holiday weekend" three days ahead is the coming one, in any tense
        (
            "Stocks closed flat on Friday before the Memorial Day weekend.",
            date(2020, 5, 22),
            "Memorial Day weekend",
            "2020-W21-WE",
            "2020-05-23",
            "2020-05-25",
        ),
        (
            "Drivers filled up ahead of the Labor Day weekend.",
            date(2024, 8, 30),
            "Labor Day weekend",
            "2024-W35-WE",
            "2024-08-31",
            "2024-09-02",
        ),
        # without "before", a past clause keeps the one gone by
        (
            "Drivers filled up over the Labor Day weekend.",
            date(2024, 8, 30),
            "Labor Day weekend",
            "2023-W35-WE",
            "2023-09-02",
            "2023-09-04",
        ),
        (
            "They married on Christmas Day.",
            date(2000, 1, 7),
            "Christmas Day",
            "1999-12-25",
            "1999-12-25",
            "1999-12-25",
        ),
        # and so are "the week of" a date and "the weekend of" one
        (
            "The rally was held the weekend of June 6.",
            date(2026, 7, 1),
            "the weekend of June 6",
            "2026-W23-WE",
            "2026-06-06",
            "2026-06-07",
        ),
        (
            "The fair will run the weekend of June 5.",
            date(2026, 5, 1),
            "the weekend of June 5",
            "2026-W23-WE",
            "2026-06-05",
            "2026-06-07",
        ),
        (
            "the hearing the week of March 6",
            date(2000, 2, 24),
            "the week of March 6",
            "2000-W10",
            "2000-03-06",
            "2000-03-12",
        ),
        (
            "the hearing on March 6",
            date(2000, 2, 24),
            "March 6",
            "2000-03-06",
            "2000-03-06",
            "2000-03-06",
        ),
        # a date before "weekend" is the weekend beside it, as a named day's
        (
            "Roads were jammed over the July 4th weekend.",
            date(2025, 7, 8),
            "July 4th weekend",
            "2025-W27-WE",
            "2025-07-04",
            "2025-07-06",
        ),
        (
            "Visitors crowded the coast on the July Fourth weekend.",
            date(2024, 2, 29),
            "July Fourth weekend",
            "2023-W26-WE",
            "2023-07-01",
            "2023-07-04",
        ),
        (
            "Campers arrived for the Fourth of July weekend.",
            date(2025, 7, 8),
            "the Fourth of July weekend",
            "2025-W27-WE",
            "2025-07-04",
            "2025-07-06",
        ),
        (
            "Shops will open over the Dec. 26 weekend.",
            date(2025, 12, 1),
            "Dec. 26 weekend",
            "2025-W52-WE",
            "2025-12-26",
            "2025-12-28",
        ),
        # negative: "weekend" told apart from the date is no weekend of it
        (
            "Talks end on July 4; the weekend is free.",
            date(2025, 6, 30),
            "July 4",
            "2025-07-04",
            "2025-07-04",
            "2025-07-04",
        ),
    ],
)
def test_the_week_of_a_named_day_or_a_date(
    text: str, published: date, expression: str, value: str, start: str, end: str
) -> None:
    check(text, published, expression, value, start, end)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("In nineteen ninety-one Keating was convicted", "nineteen ninety-one", "1991"),
        ("half unemployment by the year two thousand", "the year two thousand", "2000"),
        ("a nineteen seventy-nine invasion", "nineteen seventy-nine", "1979"),
        ("the year two thousand and one", "the year two thousand and one", "2001"),
    ],
)
def test_years_in_words(text: str, expression: str, value: str) -> None:
    check(text, TUE, expression, value, f"{value}-01-01", f"{value}-12-31")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a month or a season takes a year in words as it takes one in digits
        (
            "January nineteen ninety-seven. Atlanta again.",
            "January nineteen ninety-seven",
            "1997-01",
        ),
        ("in the winter of nineteen ninety-four", "the winter of nineteen ninety-four", "1994-WI"),
        ("March two thousand", "March two thousand", "2000-03"),
    ],
)
def test_months_and_seasons_take_years_in_words(text: str, expression: str, value: str) -> None:
    mention = only(text, TUE, expression)
    assert (mention.value, mention.anchor) == (value, "absolute")


def test_a_thousand_years_is_no_year() -> None:
    assert [m.value for m in find_dates("two thousand years of history", TUE)] == ["PXY"]


def test_a_language_without_lexicon_is_read_by_dateparser() -> None:
    text = "Putin besuchte am 1. Dezember 2025 die Front. Im März reiste er nach Kursk."
    found = find_dates(text, TUE, language="de")
    assert [(m.value, m.granularity, m.rule) for m in found] == [
        ("2025-12-01", "day", "dateparser"),
        ("2025-03", "month", "dateparser"),
    ]
    assert all(text[m.char_start : m.char_end] == m.text for m in found)


@pytest.mark.parametrize(
    ("text", "published", "message"),
    [
        (b"Talks on Sunday.", date(2025, 12, 2), "text must be a str, not bytes$"),
        (None, date(2025, 12, 2), "text must be a str, not NoneType$"),
        ("Talks on Sunday.", "2025-12-02", r"published must be a date \(datetime.date\), not str$"),
        ("Talks on Sunday.", None, "published must be a date .*, not NoneType$"),
    ],
)
def test_text_or_publication_date_of_the_wrong_type_is_one_clear_error(
    text: object, published: object, message: str
) -> None:
    with pytest.raises(OptionError, match=message):
        find_dates(text, published)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "published", [datetime(2025, 12, 2, 9, 30), datetime(2025, 12, 2, 23, 30, tzinfo=UTC)]
)
def test_a_datetime_publication_date_reads_as_its_day(published: datetime) -> None:
    (mention,) = find_dates("Talks on Sunday.", published)
    assert (mention.value, mention.interval_start) == ("2025-11-30", date(2025, 11, 30))
    assert type(mention.interval_start) is date


def test_an_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(OptionError, match="'zz'"):
        find_dates("On Monday", TUE, language="zz")


def test_a_clock_time_falls_on_the_day_named_in_its_sentence() -> None:
    text = "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building."
    mention = only(text, date(1998, 8, 8), "about 10:35 a.m.")
    assert (mention.value, mention.anchor, mention.type) == ("1998-08-07T10:35", "text", "TIME")
    alone = only("The vote closes at 6 p.m.", date(1998, 8, 8), "6 p.m.")
    assert (alone.value, alone.anchor) == ("1998-08-08T18:00", "dct")


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        ("The summit will be held on Thursday.", TUE, "Thursday", "2025-12-04"),
        (
            "Guidelines to be published in early November",
            date(1989, 11, 2),
            "early November",
            "1989-11",
        ),
        ("The accession was planned for early March.", date(1999, 2, 10), "early March", "1999-03"),
        ("He was shot to death last Oct. 23 at home.", date(1999, 4, 19), "Oct. 23", "1998-10-23"),
    ],
)
def test_participles_take_the_tense_of_their_auxiliary(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Fighting resumed on 24 February.", "24 February", "2025-02-24"),
        ("Victory Day parades on May 9 drew crowds.", "May 9", "2025-05-09"),
        ("The offensive stalled by late summer.", "late summer", "2025-SU"),
    ],
)
def test_a_past_clause_keeps_its_dates_in_the_past(text: str, expression: str, value: str) -> None:
    assert only(text, TUE, expression).value == value


# ----------------------------------------------------------------------------- story time

STORY_TIME = [
    # text, expression, value: a passage narrating another year places its dates there
    (
        "In 1944 the Allies landed in France. By early October, they had reached the Rhine.",
        "early October",
        "1944-10",
    ),
    ("Russia annexed Crimea in 2014; in March, sanctions followed.", "March", "2014-03"),
    (
        "In November 1944 the offensive stalled. In February, the army crossed the river.",
        "February",
        "1945-02",
    ),
    # a month the story reaches ("by") from its month or day: the next such month
    (
        "The war began in February 2022. By September, Ukraine had retaken Kharkiv.",
        "September",
        "2022-09",
    ),
    (
        "Troops landed on 3 March 1944 and took the port by the end of September.",
        "the end of September",
        "1944-09",
    ),
    # ... but from a year, that year's; and not reached "by", the nearest
    ("In 1945 the Allies moved on, taking the island by March.", "March", "1945-03"),
    ("The siege began in June 1943. In March, the army had massed.", "March", "1943-03"),
    # a month nearer behind the story's date than ahead of it is that one
    ("The offensive opened in March 1944. In January, the army had massed.", "January", "1944-01"),
    (
        "The war began on September 1, 1939. On September 17, the Soviets invaded.",
        "September 17",
        "1939-09-17",
    ),
    (
        "In 1940 the front moved south. On June 10, Italy invaded; twelve days later France fell.",
        "twelve days later",
        "1940-06-22",
    ),
    (
        "In 1941 Germany attacked, keeping the gains of the previous year.",
        "the previous year",
        "1940",
    ),
    ("Talks opened in 1919. By the summer, a treaty was signed.", "the summer", "1919-SU"),
    (
        "The army crossed in October 1950; by month's end it held the city.",
        "month's end",
        "1950-10",
    ),
    (
        "On December 7, 1941 Japan attacked; the war spread in 1941. In January, the Allies met.",
        "January",
        "1942-01",
    ),
    # a date told in the past perfect lies before the story's time, which stays
    (
        "In May 1944 the British struck back, and forces that had invaded Burma in late"
        " 1943 besieged the town. By June, the town had fallen.",
        "June",
        "1944-06",
    ),
    # "that same", "the same" point back at the story's time like "that"
    (
        "Saigon fell in April 1975. Laos was overrun that same spring.",
        "that same spring",
        "1975-SP",
    ),
    ("The war began in 1950. The front froze the same winter.", "the same winter", "1950-WI"),
    ("In 1919 the army advanced; that same March, the city fell.", "that same March", "1919-03"),
    # a date in a phrase that "until" or "since" opens bounds a period
    (
        "In 1944 the Soviets struck Hungary in a siege that lasted until the fall of"
        " Budapest in February 1945. By the start of July, Guilin had fallen.",
        "the start of July",
        "1944-07",
    ),
    (
        "In 1950 the army held the line it had kept since the start of the war in 1948."
        " In May, it advanced.",
        "May",
        "1950-05",
    ),
    # a verb in -ed after a subject's apposition is the main verb, no clause set off
    (
        "Tavia, a small republic of two million people, applied to join the bloc in March"
        " 2019, days after the war. It was granted candidate status that June.",
        "that June",
        "2019-06",
    ),
    # a month the story's month moves on to, told in news, is of the story's year
    (
        "Rebels launched an offensive in February 2019. In August, they took the port.",
        "August",
        "2019-08",
    ),
    (
        "Rebels launched an offensive in February 2019. In May, they took the port.",
        "May",
        "2019-05",
    ),
    (
        "Rebels launched an offensive in November 2019. In August, they had massed.",
        "August",
        "2019-08",
    ),
    # a year opening the sentence, or in a clause not set off, is the story's time
    ("In 2014, after talks failed, Russia annexed Crimea in March.", "March", "2014-03"),
    ("The army landed in 1944, and in August, it reached Paris.", "August", "1944-08"),
    # a line wrapped inside a sentence goes on
    ("The army landed in 1944, and\nin August, it reached Paris.", "August", "1944-08"),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expression", "value"), STORY_TIME)
def test_a_passage_narrating_another_year_places_its_dates_there(
    text: str, expression: str, value: str, published: date
) -> None:
    mention = only(text, published, expression)
    assert (mention.value, mention.anchor) == (value, "text")


STORY_TIME_ENDS = [
    # (background, then the sentence whose date must read as if alone)
    ("Kopp had been arrested in several states since 1990. ", "In December, his car was found."),
    ("Russia annexed Crimea in 2014.\n\n", "In March, the talks went on."),
    # a line ending on a full stop ends a paragraph too (pages keep one per line)
    ("Russia annexed Crimea in 2014.\n", "In March, the talks went on."),
    ("Rebels took the villages on 25 August 2024.\n", "The army declared a truce on 2 April."),
    ("In 2014 Russia annexed Crimea, and ", "on Tuesday Putin said talks resumed in March."),
    ("In 2014 Russia annexed Crimea. ", "Last March, talks resumed."),
    ("In 2014 Russia annexed Crimea. ", "Talks resumed this year in January."),
    # a plan in news is told from the publication date, whatever year was told before
    ("A study in 2019 warned that stress was building. ", "A team will return in May."),
    ("Russia annexed Crimea in 2014. ", "Envoys are expected to meet in March."),
    # a year inside a noun phrase names a thing, not the time the passage narrates
    ("The 1998 law was repealed. ", "In March, the court ruled."),
    ("Officials cited the August 1988 ceasefire, and ", "the army condemned the raid on Aug. 2."),
    # a year inside a clause set off by commas tells a thing's past, not the news
    ("Airbus, which was founded in 1970, ", "said in February it would cut jobs."),
    ("The firm, founded in 2001, ", "reported on March 1 that profits rose."),
    # ... and so does one opening its sentence with a past participle
    ("Founded in 2019, the group grew fast. ", "In March, it seized the town."),
    ("Elected in 2021, the mayor resigned. ", "She left the party in April."),
    ("Born in 1961, the minister retired. ", "In June, he wrote a book."),
    ("The firm, founded in 2001, ", "reported on March 1 that profits rose."),
    ("The firm, a maker of tools, said the plant, opened in 2001, ", "closed in March."),
    # a date told in the past perfect lies before the time the news tells
    ("Staff who had left the firm in 2019 ", "returned in March."),
    # an end of a range of years bounds a period, not the time the news tells
    (
        "The Pentagon did not send a representative from 2020-2022 due to the pandemic. ",
        "He said a meeting in late May was useful.",
    ),
    ("The fund ran from 2019 to 2021. ", "In April, it closed."),
    ("Sales fell between 2015 and 2018. ", "In March, the firm was sold."),
    ("Exports fell in 2019-2021, and ", "in April they rose."),
    ("The minister, who was born in 1961 and elected in 2010, ", "resigned in June."),
    # news gives the year of a month further back than the story's own: one it would
    # put behind the story's month is the last one before publication
    ("Rebels launched an offensive in November 2019. ", "In August, they took the port."),
    ("The president took office in May 2020. ", "A new mission took over in January."),
    ("Rebels took the town on July 3, 2019. ", "A new law took effect in July 2016."),
    # a sentence told in the present brings the passage back to the moment of writing
    (
        "Voters took part in referendums in 2022. The question is open. ",
        "At the end of November, envoys met.",
    ),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("background", "sentence"), STORY_TIME_ENDS)
def test_a_bound_a_new_paragraph_or_the_present_ends_the_story_time(
    background: str, sentence: str, published: date
) -> None:
    alone = [(m.text, m.value) for m in find_dates(sentence, published)]
    told = [(m.text, m.value) for m in find_dates(background + sentence, published)]
    assert alone and told[-len(alone) :] == alone


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
def test_a_clock_time_with_its_month_and_day_takes_the_story_year(published: date) -> None:
    told = "The war began on March 20, 2003. The first strike came at 9:34 p.m., March 19."
    assert only(told, published, "9:34 p.m., March 19").value == "2003-03-19T21:34"
    # a plan in news counts from the publication, whatever year was told before
    plan = "The war began on March 20, 2003. The next strike will come at 9:34 p.m., March 19."
    assert not only(plan, published, "9:34 p.m., March 19").value.startswith("2003")


HISTORY_WITH_QUOTES = (
    "In 1935 Italy invaded. By 1936 the capital fell. The emperor fled in 1936 and"
    ' warned in 1936: "It is us today. It will be you tomorrow. Tomorrow we fight."\n\n'
    "On June 30, he spoke at the League."
)


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
def test_a_speakers_today_quoted_in_a_history_does_not_make_it_news(published: date) -> None:
    assert only(HISTORY_WITH_QUOTES, published, "June 30").value == "1936-06-30"
    # told by the writer, the same words count from the writing: the text is news
    news = HISTORY_WITH_QUOTES.replace('"', "")
    assert not only(news, published, "June 30").value.startswith("1936")


def test_a_text_that_narrates_carries_its_year_across_paragraphs() -> None:
    text = (
        "In June 1940 France fell. In July 1940 the air war began.\n\n"
        "By September 1940 the raids grew. In 1941 the war spread east.\n\n"
        "In December, the attack stalled."
    )
    assert only(text, TUE, "December").value == "1941-12"
    news = "Shares fell on Monday. The firm was founded in 1941.\n\nIn December, sales rose."
    assert only(news, TUE, "December").value == "2025-12"


WRITTEN_YEARS = [
    ("The lease ends on January 5, 2100.", "January 5, 2100", "2100-01-05"),
    ("The city was founded on 5 January 1450.", "5 January 1450", "1450-01-05"),
    ("The probe arrives in March 2100.", "March 2100", "2100-03"),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expression", "value"), WRITTEN_YEARS)
def test_a_written_year_is_kept_as_written(
    text: str, expression: str, value: str, published: date
) -> None:
    mention = only(text, published, expression)
    assert (mention.value, mention.anchor) == (value, "absolute")


def test_a_written_year_the_calendar_lacks_is_not_moved_to_the_publication_year() -> None:
    mentions = find_dates("It was signed on January 5, 0000 in Rome.", TUE)
    assert not [m for m in mentions if m.is_placed and "January" in m.text]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("In 490 BC the Persians landed at Marathon.", "490 BC", "BC0490"),
        ("Carthage fell in 146 B.C. after a siege.", "146 B.C.", "BC0146"),
        ("The city was founded around 753 BCE, it is said.", "753 BCE", "BC0753"),
    ],
)
def test_years_before_the_common_era_are_dates_off_the_calendar(
    text: str, expression: str, value: str, published: date
) -> None:
    mention = only(text, published, expression)
    assert (mention.value, mention.type, mention.is_placed) == (value, "DATE", False)


@pytest.mark.parametrize("text", ["BC Hydro raised prices.", "Plan B came into force.", "5 bc"])
def test_an_era_word_without_its_year_is_no_date(text: str) -> None:
    assert [m.text for m in find_dates(text, TUE)] == []


# A 24-hour time without a zone is one after a word such as "at"; elsewhere, a score or
# a length, it is none.
TIMES_OF_24_HOURS = [
    ("At 19:15, the assault began.", MON, [("19:15", "2025-12-01T19:15")]),
    (
        "Shops stay shut until 06:00 on Jan. 1.",
        YEAR_END,
        [("06:00 on Jan. 1", "2026-01-01T06:00")],
    ),
    (
        "The curfew starts at 23:00 tonight.",
        LEAP_DAY,
        [("23:00 tonight", "2024-02-29T23:00")],
    ),
    ("It won 21:15 on Sunday.", SUN, [("Sunday", "2025-11-30")]),
    # a one-digit hour too, and hours and minutes before a half of the day
    ("The blast came at 9:30 on Sunday.", MON, [("9:30 on Sunday", "2025-11-30T09:30")]),
    ("The train left at 9:05.", LEAP_DAY, [("9:05", "2024-02-29T09:05")]),
    (
        "It struck at about 9:30 in the morning.",
        NEW_YEAR,
        [("about 9:30 in the morning", "2025-01-01T09:30")],
    ),
    ("Shots rang out at 10:45 at night.", YEAR_END, [("10:45 at night", "2025-12-31T22:45")]),
    ("A 9:30 score was posted.", SUN, []),
    (
        "She ran it in 02:15:09 at 10:30 a.m.",
        NEW_YEAR,
        [("02:15:09", "PT2H15M9S"), ("10:30 a.m.", "2025-01-01T10:30")],
    ),
    # right after a word of nearness, with two hour digits, or after "after" or "before"
    ("The ferry sank around 18:05.", MON, [("around 18:05", "2025-12-01T18:05")]),
    (
        "Roughly 04:40 on Sunday, sirens sounded.",
        MON,
        [("Roughly 04:40 on Sunday", "2025-11-30T04:40")],
    ),
    ("Sirens sounded shortly after 09:30.", NEW_YEAR, [("09:30", "2025-01-01T09:30")]),
    ("Voting ends before 20:00 tonight.", LEAP_DAY, [("20:00 tonight", "2024-02-29T20:00")]),
    (
        "The market shut about 16:30 on Dec. 31.",
        YEAR_END,
        [("about 16:30 on Dec. 31", "2025-12-31T16:30")],
    ),
    ("She won in about 2:05 last year.", SUN, [("last year", "2024")]),
    ("The match finished 18:05 after extra time.", SUN, []),
    # before a zone, whatever comes before: a stop may part hours and minutes
    ("That's 20:00 BST in London.", MON, [("20:00 BST", "2025-12-01T20:00+01")]),
    ("Shelling began around 06.00 GMT.", LEAP_DAY, [("around 06.00 GMT", "2024-02-29T06:00Z")]),
    ("It hit around 1033 GMT.", NEW_YEAR, [("around 1033 GMT", "2025-01-01T10:33Z")]),
    # four digits before a zone, told again on another clock or ending a range
    (
        "Kickoff is at 3 p.m. EST, 2000 GMT.",
        YEAR_END,
        [("3 p.m. EST", "2025-12-31T15:00-05"), ("2000 GMT", "2025-12-31T20:00Z")],
    ),
    (
        "Trading halted between 1400 GMT and 1725 GMT.",
        SUN,
        [("1400 GMT", "2025-11-30T14:00Z"), ("1725 GMT", "2025-11-30T17:25Z")],
    ),
    # hours and minutes ending a range of 24-hour times
    (
        "Power cuts will hit the city between 18:00 and 22:00.",
        LEAP_DAY,
        [("18:00", "2024-02-29T18:00"), ("22:00", "2024-02-29T22:00")],
    ),
    (
        "The roads stay shut from 08:00 to 17:30, police said.",
        NEW_YEAR,
        [("08:00", "2025-01-01T08:00"), ("17:30", "2025-01-01T17:30")],
    ),
    # four digits before a zone after "for" (a length has no zone), or before "local time"
    ("The launch is set for 1400 GMT.", MON, [("1400 GMT", "2025-12-01T14:00Z")]),
    (
        "The vote is scheduled for 0900 GMT on Friday.",
        LEAP_DAY,
        [("0900 GMT on Friday", "2024-03-01T09:00Z")],
    ),
    (
        "Polls opened at 0700 local time on Sunday.",
        MON,
        [("0700 local time on Sunday", "2025-11-30T07:00")],
    ),
    ("The curfew starts at 2100 local time.", YEAR_END, [("2100", "2025-12-31T21:00")]),
    # a place's clock after four digits: that place's time of the day
    ("The curfew runs until 0500 Kyiv time.", SUN, [("0500", "2025-11-30T05:00")]),
    (
        "Polls close at 2000 Moscow time on Sunday.",
        LEAP_DAY,
        [("2000", "2024-03-03T20:00"), ("Sunday", "2024-03-03")],
    ),
    # negative: a year before a name and "time" after a word leading no clock time
    ("In 2014 Moscow time zones changed.", MON, [("2014", "2014")]),
    # negative: four digits counting things, with or without "local" or "for"
    ("The fund helped 1400 local families.", SUN, []),
    ("He waited for 1400 days.", SUN, [("1400 days", "P1400D")]),
    # negative: a price
    ("Bread rose to 2.50 local.", MON, []),
    # negative: a score after another score is no time
    ("They drew 21:15 and 18:12 in the two sets.", MON, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), TIMES_OF_24_HOURS)
def test_a_24_hour_time_after_its_word(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert values(text, published) == expected


# An offset from universal time after "GMT" or "UTC" is the time's zone ("14:00 GMT+3"
# is three hours ahead of universal time, not on it); a zone named by its letters keeps
# the lexicon's offset.
ZONE_OFFSETS = [
    ("Talks opened at 14:00 GMT+3 in Ankara.", MON, [("14:00 GMT+3", "2025-12-01T14:00+03")]),
    ("Polls close at 20:00 UTC+2.", SUN, [("20:00 UTC+2", "2025-11-30T20:00+02")]),
    ("The blast came at 9:40 a.m. GMT-5.", NEW_YEAR, [("9:40 a.m. GMT-5", "2025-01-01T09:40-05")]),
    ("It was 21:15 UTC+05:30 in Delhi.", LEAP_DAY, [("21:15 UTC+05:30", "2024-02-29T21:15+05:30")]),
    (
        "Shelling began at 06:00 UTC-03:00.",
        YEAR_END,
        [("06:00 UTC-03:00", "2025-12-31T06:00-03")],
    ),
    # negative: no offset, a zero offset, a named zone, a figure after a space
    ("The launch is at 10:00 UTC.", MON, [("10:00 UTC", "2025-12-01T10:00Z")]),
    ("The launch is at 10:00 UTC+0.", MON, [("10:00 UTC+0", "2025-12-01T10:00Z")]),
    ("That's 20:00 BST in London.", SUN, [("20:00 BST", "2025-11-30T20:00+01")]),
    ("Voting ends at 18:00 GMT +2 points up.", MON, [("18:00 GMT", "2025-12-01T18:00Z")]),
]


# A North American zone named without saying whether summer time holds is part of the
# time, which keeps its local clock.
ZONES_WITHOUT_AN_OFFSET = [
    ("Polls open at 10 a.m. ET on Tuesday.", SUN, [("10 a.m. ET on Tuesday", "2025-12-02T10:00")]),
    ("The launch window opens at 6:45 p.m. PT.", LEAP_DAY, [("6:45 p.m. PT", "2024-02-29T18:45")]),
    ("Trading resumes at 1400 ET.", YEAR_END, [("1400 ET", "2025-12-31T14:00")]),
    (
        "Markets will shut at 4 p.m. CT Friday.",
        NEW_YEAR,
        [("4 p.m. CT Friday", "2025-01-03T16:00")],
    ),
    # negative: a zone's letters elsewhere
    ("The film E.T. aired at 8 p.m. on Sunday.", MON, [("8 p.m. on Sunday", "2025-11-30T20:00")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), ZONES_WITHOUT_AN_OFFSET)
def test_a_zone_named_without_its_offset_is_part_of_the_time(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert values(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), ZONE_OFFSETS)
def test_an_offset_from_universal_time_is_the_zone(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert values(text, published) == expected


# A 24-hour time told with "hours" or "hrs" ("at 1700 hours") is a time of the day after
# a word such as "at", or with a leading zero ("0500 hours"); else it counts hours. The
# minutes of a time are never a count of their own ("at 15:35 hours earlier").
HOURS_OF_THE_CLOCK = [
    ("The truce holds from 1700 hours.", "1700 hours", "T17:00"),
    ("The two spoke at 15:35 hours earlier, officials said.", "15:35 hours", "T15:35"),
    ("Generals will talk again at 1200 hrs.", "1200 hrs", "T12:00"),
    ("The curfew ends at 0600hrs.", "0600hrs", "T06:00"),
    ("Shops stay shut by 2359 hours.", "2359 hours", "T23:59"),
]
COUNTS_OF_HOURS = [
    ("The pilots logged 1700 hours in the air.", [("1700 hours", "PT1700H")]),
    ("Some 1200 hours of footage were cut.", [("Some 1200 hours", "PT1200H")]),
    ("The siege lasted 2400 hours.", [("2400 hours", "PT2400H")]),
    ("She ran the course in 2:15 hours.", []),  # a length, not 15 hours
    ("It came at 25:10 hours.", []),  # no hour of the clock
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expression", "clock"), HOURS_OF_THE_CLOCK)
def test_a_24_hour_time_told_in_hours_is_a_time_of_the_day(
    text: str, published: date, expression: str, clock: str
) -> None:
    assert values(text, published) == [(expression, published.isoformat() + clock)]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expected"), COUNTS_OF_HOURS)
def test_hours_counted_are_no_time_of_the_day(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert values(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        ("The ship sank at 16:08 UTC, the navy said.", MON, "16:08 UTC", "2025-12-01T16:08Z"),
        ("Sirens sounded at 3:10 a.m. GMT.", SUN, "3:10 a.m. GMT", "2025-11-30T03:10Z"),
        (
            "The offer expires at 5 p.m. EST on Jan. 2.",
            YEAR_END,
            "5 p.m. EST on Jan. 2",
            "2026-01-02T17:00-05",
        ),
        ("Talks began at 10 a.m. CEST.", LEAP_DAY, "10 a.m. CEST", "2024-02-29T10:00+02"),
        # a one-digit hour before its zone
        ("Talks began at 9:15 GMT.", SUN, "9:15 GMT", "2025-11-30T09:15Z"),
        ("Talks begin at 9:15 GMT Friday.", MON, "9:15 GMT Friday", "2025-12-05T09:15Z"),
        # no zone, or capitals that are no zone: the time alone
        ("Talks began at 10 a.m. on the dot.", NEW_YEAR, "10 a.m.", "2025-01-01T10:00"),
        # an hour o'clock, alone or with its part of the day
        ("We met at 9 o'clock this morning.", MON, "9 o'clock this morning", "2025-12-01T09:00"),
        ("He called at eight o'clock tonight.", SUN, "eight o'clock tonight", "2025-11-30T20:00"),
        # the part of the day after the day is part of the time
        ("Shops shut at 6 p.m. Friday night.", MON, "6 p.m. Friday night", "2025-11-28T18:00"),
        (
            "He left at 5 a.m. yesterday morning.",
            MON,
            "5 a.m. yesterday morning",
            "2025-11-30T05:00",
        ),
        ("The vote ends at ten o'clock.", NEW_YEAR, "ten o'clock", "2025-01-01T10:00"),
        # four digits before a zone are a wire service's clock, not a year
        ("It struck at 2:30 p.m. EST (1930 GMT) Friday.", MON, "1930 GMT", "2025-11-28T19:30Z"),
        # a zone's time in brackets after the local one falls on the day the zone has then
        (
            "The drone hit at 2 a.m. local time (2300 GMT) on Sunday.",
            MON,
            "2300 GMT",
            "2025-11-29T23:00Z",
        ),
        ("Polls closed at 11 p.m. (0100 GMT) Saturday.", MON, "0100 GMT", "2025-11-30T01:00Z"),
        (
            "The ship sank at 1:30 a.m. (2230 GMT) on Jan. 1.",
            NEW_YEAR,
            "2230 GMT",
            "2024-12-31T22:30Z",
        ),
        ("The blast came at 10:35 a.m. (0735 GMT) Friday.", SUN, "0735 GMT", "2025-11-28T07:35Z"),
        ("The blast came at 0735 GMT.", LEAP_DAY, "0735 GMT", "2024-02-29T07:35Z"),
        (
            "The poll closes at 2000 UTC on Sunday.",
            YEAR_END,
            "2000 UTC on Sunday",
            "2026-01-04T20:00Z",
        ),
    ],
)
def test_clock_times_keep_their_zone(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        ("Markets were shut on Easter Monday.", MON, "Easter Monday", "2025-04-21"),
        ("Markets were shut on Easter Monday.", NEW_YEAR, "Easter Monday", "2024-04-01"),
        ("Shops reopened after Boxing Day.", YEAR_END, "Boxing Day", "2025-12-26"),
        ("Shops reopened after Boxing Day.", NEW_YEAR, "Boxing Day", "2024-12-26"),
        ("Pilgrims gathered on Good Friday.", SUN, "Good Friday", "2025-04-18"),
        # with its year written after it: the day of that year
        ("Troops will be home by Christmas 2007.", MON, "Christmas 2007", "2007-12-25"),
        ("Sales rose over Easter 2024.", NEW_YEAR, "Easter 2024", "2024-03-31"),
        ("On Christmas Eve, 2019, the ship sank.", LEAP_DAY, "Christmas Eve, 2019", "2019-12-24"),
        ("Thanksgiving 2020 was quiet.", YEAR_END, "Thanksgiving 2020", "2020-11-26"),
        ("He was born on Boxing Day 1950.", SUN, "Boxing Day 1950", "1950-12-26"),
    ],
)
def test_named_days_of_two_words_are_one_date(
    text: str, published: date, expression: str, value: str
) -> None:
    mentions = find_dates(text, published)
    assert [(m.text, m.value) for m in mentions] == [(expression, value)]


UP_TO_NOW = [
    # text, expression, value, days from the start of the stretch to publication
    ("Russia fired 80 drones over the past day.", "the past day", "P1D", 1),
    ("Fighting intensified in the past week.", "the past week", "P1W", 7),
    # "the last" week or month is the stretch up to now as "the past" one is; "last week"
    # alone stays the calendar week before
    ("At least 17 were killed in the last week.", "the last week", "P1W", 7),
    ("Over the last month, prices doubled.", "the last month", "P1M", None),
    ("Prices rose 5% in the past three months.", "the past three months", "P3M", None),
    ("In the last 24 hours, 12 people died.", "the last 24 hours", "PT24H", 1),
    ("The past two weeks were calm.", "The past two weeks", "P2W", 14),
    # a fortnight, a length of no calendar, is the two weeks up to now
    ("Casualties have doubled over the past fortnight.", "the past fortnight", "P2W", 14),
    ("Prices rose over the last fortnight, traders said.", "the last fortnight", "P2W", 14),
    # an hour, a length of no calendar day, is the hour up to now
    ("Three people died in the past hour.", "the past hour", "PT1H", 1),
    ("In the last hour, rescuers found two survivors.", "the last hour", "PT1H", 1),
]
# A fortnight ahead or counted is a length without a place on the calendar.
FORTNIGHTS = [
    ("Aid will flow over the next fortnight.", [("the next fortnight", "P2W")]),
    ("The festival lasts a fortnight.", [("a fortnight", "P2W")]),
    ("The fortnight of talks ended.", []),
    ("The next hour is crucial.", [("The next hour", "PT1H")]),
    # negative: a part of something, and an idiom of lateness
    ("The last hour of trading was calm.", []),
    ("The deal was struck at the last minute.", []),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expected"), FORTNIGHTS)
def test_a_fortnight_not_up_to_now_is_a_length(
    text: str, expected: list[tuple[str, str]], published: date
) -> None:
    mentions = find_dates(text, published)
    assert [(m.text, m.value) for m in mentions] == expected
    assert all(m.interval_start is None for m in mentions)


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expression", "value", "days"), UP_TO_NOW)
def test_the_past_n_units_is_a_stretch_ending_at_publication(
    text: str, expression: str, value: str, days: int | None, published: date
) -> None:
    mention = only(text, published, expression)
    assert (mention.type, mention.value, mention.interval_end) == ("DURATION", value, published)
    assert mention.interval_start is not None
    if days is not None:
        assert (published - mention.interval_start).days == days
    else:
        months = int(value[1:-1])
        assert mention.interval_start == shift_date(published, "month", -months)


# A stretch up to now told after a statement reported on an earlier day ends that day.
STATED_UP_TO = [
    # text, expression, value, the day it ends on (None: publication), days it spans
    (
        "The ministry said on {day} that 40 drones were downed over the past day.",
        "the past day",
        "P1D",
        True,
        1,
    ),
    (
        "On {day}, the army said it had struck 30 targets in the past three days.",
        "the past three days",
        "P3D",
        True,
        3,
    ),
    (
        "Officials told reporters on {day} that fighting grew in the past week.",
        "the past week",
        "P1W",
        True,
        7,
    ),
    # the statement reported after the stretch, in its sentence
    (
        "Drones struck Kharkiv over the past 24 hours, officials said on {day}.",
        "the past 24 hours",
        "PT24H",
        True,
        1,
    ),
    (
        "In the past three days, 12 ships were hit, the navy told reporters {day}.",
        "the past three days",
        "P3D",
        True,
        3,
    ),
    ("Prices rose 9% over the past month, the bank said {day}.", "the past month", "P1M", True, 31),
    # no statement, or a statement on no earlier day: up to publication
    (
        "Over the past week, 20 died; the bodies were found on {day}.",
        "the past week",
        "P1W",
        False,
        7,
    ),
    (
        "Shelling on {day} killed three; over the past week, 20 died.",
        "the past week",
        "P1W",
        False,
        7,
    ),
    ("The ministry said 40 drones were downed over the past day.", "the past day", "P1D", False, 1),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expression", "value", "stated", "days"), STATED_UP_TO)
def test_the_past_n_units_ends_on_the_day_of_the_statement_reporting_it(
    text: str, expression: str, value: str, stated: bool, days: int, published: date
) -> None:
    said = published - timedelta(days=2)
    mention = only(text.format(day=said.strftime("%A")), published, expression)
    end = said if stated else published
    assert (mention.type, mention.value, mention.interval_end) == ("DURATION", value, end)
    if days == 31:  # a month back
        assert mention.interval_start == shift_date(end, "month", -1)
        return
    assert mention.interval_start == end - timedelta(days=days)


@pytest.mark.parametrize(
    "text",
    [
        "Talks ended on the last day of the summit.",
        "Troops stayed for the past few days.",  # vague: a length, not placed
        "The truce lasted three months.",
    ],
)
def test_lengths_that_do_not_reach_publication_are_not_placed(text: str) -> None:
    assert not [m for m in find_dates(text, MON) if m.type == "DURATION" and m.is_placed]


SCHEDULES = [
    # text, publication date, expression, value
    ("The run-off is on Sunday.", MON, "Sunday", "2025-12-07"),
    ("The run-off is on Sunday.", SUN, "Sunday", "2025-11-30"),
    ("Polls open at 8 a.m. on Sunday.", MON, "8 a.m. on Sunday", "2025-12-07T08:00"),
    ("Polls open at 8 a.m. on Sunday.", YEAR_END, "8 a.m. on Sunday", "2026-01-04T08:00"),
    ("He has until Friday to decide.", MON, "Friday", "2025-12-05"),
    ("He has until Friday to decide.", LEAP_DAY, "Friday", "2024-03-01"),
    ("The talks are on Monday.", NEW_YEAR, "Monday", "2025-01-06"),
    ("They met the Sunday before last.", MON, "Sunday before last", "2025-11-23"),
    ("They met the Sunday before last.", SUN, "Sunday before last", "2025-11-16"),
    ("Voting ends at midnight on Sunday.", MON, "midnight on Sunday", "2025-12-07T24:00"),
    ("The vote ends at 8 p.m. on Sunday.", YEAR_END, "8 p.m. on Sunday", "2026-01-04T20:00"),
    ("The council meets on Tuesday.", LEAP_DAY, "Tuesday", "2024-03-05"),
    ("The two leaders meet Monday in Paris.", NEW_YEAR, "Monday", "2025-01-06"),
    ("Voting ended at midnight on Sunday.", MON, "midnight on Sunday", "2025-11-30T24:00"),
    ("Voters go to the polls on Saturday.", MON, "Saturday", "2025-12-06"),
    ("The president travels to Paris on Friday.", MON, "Friday", "2025-12-05"),
    ("Voters went to the polls on Saturday.", MON, "Saturday", "2025-11-29"),
    # a past form that is also the bare verb, after "will" or a modal, is no past
    ("The curfew will last until Sunday.", MON, "Sunday", "2025-12-07"),
    ("The count could last until Friday morning.", MON, "Friday morning", "2025-12-05TMO"),
    ("The curfew lasted until Sunday.", MON, "Sunday", "2025-11-30"),
    # a present state after a happening: the happening's day is past
    ("Two divers are missing after a dive on Thursday.", MON, "Thursday", "2025-11-27"),
    ("Schools are closed following floods on Friday.", MON, "Friday", "2025-11-28"),
    ("The summit is on Thursday, after months of talks.", MON, "Thursday", "2025-12-04"),
    # ... set off by a comma, as long as it opens the date's own phrase
    (
        "It is the second ship sunk in a week, following an attack on a tanker on Sunday.",
        MON,
        "Sunday",
        "2025-11-30",
    ),
    ("Roads are shut, after the storm on Friday.", SUN, "Friday", "2025-11-28"),
    ("The summit is after the holidays, on Thursday.", MON, "Thursday", "2025-12-04"),
    # where the clock is told between the time and its day
    (
        "The truce came into effect at 4 am local time on Sunday.",
        MON,
        "4 am local time on Sunday",
        "2025-11-30T04:00",
    ),
    (
        "Polls open at 8 a.m. local time on Sunday.",
        MON,
        "8 a.m. local time on Sunday",
        "2025-12-07T08:00",
    ),
    ("The council met on Tuesday.", LEAP_DAY, "Tuesday", "2024-02-27"),
    ("The offer had been due to expire on Friday.", MON, "Friday", "2025-11-28"),
    ("Talks had been scheduled to begin on Friday.", SUN, "Friday", "2025-11-28"),
    ("At the close of business Thursday, shares fell.", MON, "Thursday", "2025-11-27"),
    # a deadline reported after the fact: the reporting verb dates the statement, not the clause
    ("Schools remain shut until Wednesday, officials said.", SUN, "Wednesday", "2025-12-03"),
    ("The strike continues until Thursday, unions said.", MON, "Thursday", "2025-12-04"),
    ("Banks stay closed till Monday, the ministry said.", YEAR_END, "Monday", "2026-01-05"),
    ("The curfew holds until Friday, police told reporters.", LEAP_DAY, "Friday", "2024-03-01"),
    # told in the past, or a present verb only after the day: the day before
    ("He had not called him until Thursday.", MON, "Thursday", "2025-11-27"),
    ("The road was closed until Friday, police said.", MON, "Friday", "2025-11-28"),
    ("Until Friday, the border remained closed.", MON, "Friday", "2025-11-28"),
    ("Schools stayed shut until Wednesday, officials said.", SUN, "Wednesday", "2025-11-26"),
    ("Putin on Sunday received the news.", MON, "Sunday", "2025-11-30"),
    ("The move follows Tuesday's declaration, which is final.", MON, "Tuesday", "2025-11-25"),
    # a month after "until" as a weekday: ahead unless its clause is told in the past
    ("The curfew lasted until March.", MON, "March", "2025-03"),
    ("Troops held the town until April.", LEAP_DAY, "April", "2023-04"),
    ("Until August, the border remained closed.", SUN, "August", "2025-08"),
    ("The talks ran until May, diplomats said.", NEW_YEAR, "May", "2024-05"),
    ("The curfew lasts until March.", MON, "March", "2026-03"),
    ("He has until March to decide.", NEW_YEAR, "March", "2025-03"),
    ("The curfew will stay until February.", YEAR_END, "February", "2026-02"),
    ("Schools stay shut until February, officials said.", YEAR_END, "February", "2026-02"),
]


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        # put off, in the past, from a day gone by that its sentence names: ahead of that day
        (
            "The rebels were meant to leave the port by March 3, but the deadline was pushed "
            "back to April 9.",
            date(2025, 9, 10),
            "April 9",
            "2025-04-09",
        ),
        (
            "The vote, held on Nov. 20, was moved to Dec. 4 in two districts.",
            date(2025, 7, 1),
            "Dec. 4",
            "2024-12-04",
        ),
        # negative: no day gone by before it, the day ahead
        ("The deadline was pushed back to April 9.", date(2025, 3, 20), "April 9", "2025-04-09"),
        ("The deadline was pushed back to April 9.", date(2025, 9, 10), "April 9", "2026-04-09"),
        # negative: a day told before it that lies ahead leaves it ahead
        (
            "The summit, first set for March 3, was pushed back to April 9.",
            date(2025, 2, 1),
            "April 9",
            "2025-04-09",
        ),
    ],
)
def test_a_day_put_off_to_counts_from_a_day_gone_by_in_its_sentence(
    text: str, published: date, expression: str, value: str
) -> None:
    check(text, published, expression, value, value, value)


@pytest.mark.parametrize(("text", "published", "expression", "value"), SCHEDULES)
def test_schedules_in_the_present_and_deadlines_look_ahead(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


@pytest.mark.parametrize("published", [MON, NEW_YEAR])
@pytest.mark.parametrize(
    ("text", "expression", "kind", "value"),
    [
        ("Shareholders gathered at the annual meeting.", "annual", "SET", "P1Y"),
        ("The biennial summit opened in Rome.", "biennial", "SET", "P2Y"),
        ("It was the biggest single-day loss.", "single-day", "DURATION", "P1D"),
        ("The fire was out within minutes.", "minutes", "DURATION", "PTXM"),
        ("Crowds waited for hours.", "hours", "DURATION", "PTXH"),
        ("Hours later, police made arrests.", "Hours", "DURATION", "PTXH"),
        ("The plane had landed, minutes earlier.", "minutes", "DURATION", "PTXM"),
        ("She won the marathon in 2:21:07.", "2:21:07", "DURATION", "PT2H21M7S"),
        ("Prices will double over the next decade.", "the next decade", "DURATION", "P10Y"),
        ("The first quarter of last year was weak.", "The first quarter of last year", "DATE", ""),
    ],
)
def test_missed_lengths_sets_and_compound_spans(
    text: str, expression: str, kind: str, value: str, published: date
) -> None:
    mention = only(text, published, expression)
    expected = value or f"{published.year - 1}-Q1"
    assert (mention.type, mention.value) == (kind, expected)


@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a bare unit before "later"/"earlier" after a verb told in the past
        ("Moscow said hours earlier that it had repelled the attack.", "hours", "PTXH"),
        ("A second blast came minutes later.", "minutes", "PTXM"),
        ("An aftershock struck minutes later, officials said.", "minutes", "PTXM"),
        # a half joined with hyphens, before a plural unit or inside an adjective
        ("It came two-and-a-half years after the invasion.", "two-and-a-half years", "P2Y6M"),
        ("It is a three-and-a-half-year offensive.", "three-and-a-half-year", "P3Y6M"),
        ("They waited one-and-a-half hours.", "one-and-a-half hours", "PT1H30M"),
    ],
)
def test_bare_units_after_past_verbs_and_hyphenated_halves_are_lengths(
    text: str, expression: str, value: str, published: date
) -> None:
    mention = only(text, published, expression)
    assert (mention.type, mention.value) == ("DURATION", value)


@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    "text",
    [
        "Its opening hours later changed.",  # a noun before the unit, no verb
        "Working hours earlier were longer.",
        "A two-and-a-half-year-old boy was rescued.",  # an age
        "It took a half-year-old report to see it.",
    ],
)
def test_bare_units_after_nouns_and_ages_are_no_lengths(text: str, published: date) -> None:
    assert [m.text for m in find_dates(text, published) if m.type == "DURATION"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Annual sales rose 5%.",  # a rate, no set
        "Prices rose at an annual rate of 2.9%.",
        "Police arrived in the early hours of the day.",
        "Opening hours later changed.",  # no bare length before a verb's adverb
        "The blasts came just minutes apart.",
        "Bells rang at 10:30:15 sharp.",  # a clock time that is no length
        "One in every 10 people is ill.",  # a number after "every" that counts no unit
    ],
)
def test_rates_and_parts_of_days_are_no_lengths_or_sets(text: str) -> None:
    assert not [m for m in find_dates(text, MON) if m.type in ("SET", "DURATION")]


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        ("Stocks ended the day 2% higher.", MON, "the day", "2025-12-01"),
        ("On Friday shares closed the day up 3%.", MON, "the day", "2025-11-28"),
        ("On Friday the talks resumed in the afternoon.", MON, "the afternoon", "2025-11-28TAF"),
        ("On Dec. 30 the talks resumed in the morning.", NEW_YEAR, "the morning", "2024-12-30TMO"),
        ("On Feb. 28 the polls closed in the evening.", LEAP_DAY, "the evening", "2024-02-28TEV"),
        # no day in its sentence: the day told in the sentence just before
        (
            "Shares fell Friday.\n\nDealers bought in the morning.",
            MON,
            "the morning",
            "2025-11-28TMO",
        ),
        (
            "Polls opened on Saturday. Queues grew in the afternoon.",
            SUN,
            "the afternoon",
            "2025-11-29TAF",
        ),
        (
            "Troops crossed on Dec. 31. In the evening, jets flew.",
            NEW_YEAR,
            "the evening",
            "2024-12-31TEV",
        ),
        (
            "The vote was on 29 February. In the night, riots began.",
            LEAP_DAY,
            "the night",
            "2024-02-29TNI",
        ),
        (
            "Talks ended on Dec. 30. In the morning, guns fell silent.",
            YEAR_END,
            "the morning",
            "2025-12-30TMO",
        ),
        # ... or further back, the last day told when one of the week before publication
        (
            "Gunmen attacked a camp on Friday. The attack came near the town.\n\n"
            "The assault, carried out in the morning, included shelling.",
            MON,
            "the morning",
            "2025-11-28TMO",
        ),
        (
            "Gunmen attacked a camp on Dec. 30. The attack came near the town.\n\n"
            "The assault, carried out in the morning, included shelling.",
            NEW_YEAR,
            "the morning",
            "2024-12-30TMO",
        ),
        # "by" a part of the day, as "in" it
        (
            "Shelling resumed Tuesday. By the evening, 30 were hurt.",
            LEAP_DAY,
            "the evening",
            "2024-02-27TEV",
        ),
        (
            "Polls opened on Sunday; by the afternoon, queues were long.",
            MON,
            "the afternoon",
            "2025-11-30TAF",
        ),
    ],
)
def test_the_day_and_a_part_of_it_follow_the_day_in_focus(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# "at night", "in daytime": a part of the day told without "the"; of the day told in its
# sentence or the one before, else of no day in particular (TIMEX3 XXXX-XX-XXTNI).
BARE_PARTS = [
    ("Rebels shelled the town on Friday. They came at night.", MON, "night", "2025-11-28TNI"),
    ("On Dec. 31 the ships sailed by night.", NEW_YEAR, "night", "2024-12-31TNI"),
    ("The army moves only at night.", SUN, "night", "XXXX-XX-XXTNI"),
    ("Planes rarely flew in daytime.", LEAP_DAY, "daytime", "XXXX-XX-XXTDT"),
    ("Patrols were cut during daytime on 30 December.", YEAR_END, "daytime", "2025-12-30TDT"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), BARE_PARTS)
def test_a_part_of_the_day_without_the_is_a_time(
    text: str, published: date, expression: str, value: str
) -> None:
    mention = only(text, published, expression)
    assert (mention.type, mention.value) == ("TIME", value)


@pytest.mark.parametrize(
    "text", ["The night was calm.", "They met one night.", "Night fell.", "A daytime show."]
)
def test_a_part_of_the_day_without_its_preposition_is_no_time(text: str) -> None:
    assert not [m for m in find_dates(text, MON) if m.text.lower() in ("night", "daytime")]


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose in 2024. Traders bought in the morning.",  # no day told just before
        # too far: two sentences back and long before publication
        "Talks were held on March 3, 2019. It was calm. Shops opened in the morning.",
        "He woke up in the morning of his life.",
        "It was the day of the vote.",
        "By the evening news, the talks had collapsed.",  # a programme, no day named
        "Talks were held on Monday. Stocks rose by the afternoon session.",
    ],
)
def test_a_part_of_the_day_without_its_day_is_not_placed(text: str) -> None:
    assert not [m for m in find_dates(text, SUN) if m.rule == "relational"]


OFFSETS = [
    # text, expression, days after (+) or before (-) the date it hangs on
    ("Talks were held on {day}. A day after the talks, fighting resumed.", "A day", 1),
    ("The vote was on {day}.\n\nTwo days after the vote, riots began.", "Two days", 2),
    ("The summit opened on {day}. Two days later, the leaders signed a deal.", "Two days later", 2),
    ("The ceasefire began on {day}. A week before the ceasefire, guns fell silent.", "A week", -7),
    # a happening named by what it befell ("the fall of Girona")
    ("Girona was taken on {day}. Five days after the fall of Girona, Madrid fell.", "Five days", 5),
    (
        "Mosul was retaken on {day}.\n\nTwo days after the recapture of Mosul, aid came.",
        "Two days",
        2,
    ),
    # the happening named by a noun of the verb told before ("captured" ... "the capture")
    ("Troops captured the airport on {day}. Two days after the capture, they left.", "Two days", 2),
    ("Troops crossed the river on {day}. A day after the crossing, they took it.", "A day", 1),
    ("Voters elected a new parliament on {day}. A week after the election, it met.", "A week", 7),
    ("Rebels shelled the port on {day}. A day before the shelling, ships fled.", "A day", -1),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("template", "expression", "days"), OFFSETS)
def test_offsets_hang_on_the_happening_they_name(
    template: str, expression: str, days: int, published: date
) -> None:
    told = published.replace(day=10) if published.day > 10 else published
    text = template.format(day=f"{told:%B} {told.day}, {told.year}")
    mention = only(text, published, expression)
    day = told + timedelta(days=days)
    assert (mention.interval_start, mention.interval_end) == (day, day)
    # a length keeps its TimeML value ("two days" P2D), "two days later" is the date
    lengths = {"A day": "P1D", "Two days": "P2D", "A week": "P1W", "Five days": "P5D"}
    assert mention.value == lengths.get(expression, day.isoformat())


@pytest.mark.parametrize(
    "text",
    [
        "Two days after the election, protests began.",  # the election was never dated
        "Rome was sacked in 410. Two days after the fall of Rome, ships left.",  # no day
        "Paris was calm on Nov. 3. Two days after the fall of Rome, ships left.",  # not named
        "Troops left on Nov. 3. A week after Verdun, ships left.",  # not named before
        "Troops captured the port on Nov. 3. Two days after the ceasefire, ships left.",
        "Voters went to the polls on Nov. 3. A week after the capture, ships left.",
        "On Friday the team resumed work, nearly two months after his team was blocked.",
        "The blast came two hours after the alert on Nov. 3.",  # finer than a day
    ],
)
def test_offsets_without_their_happening_stay_lengths(text: str) -> None:
    lengths = [m for m in find_dates(text, MON) if m.rule == "duration"]
    assert lengths and all(m.type == "DURATION" and not m.is_placed for m in lengths)


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        (
            'On Saturday, the governor said: "A drone hit the plant this morning."',
            MON,
            "this morning",
            "2025-11-29TMO",
        ),
        ("“We will talk today,” he said on Friday.", MON, "today", "2025-11-28"),
        ('On Dec. 31 he said: "The talks end tomorrow."', NEW_YEAR, "tomorrow", "2025-01-01"),
        # no day named with the quotation, or no quotation: the publication date
        (
            'The governor said: "A drone hit the plant this morning."',
            SUN,
            "this morning",
            "2025-11-30TMO",
        ),
        (
            '"It is calm," he said on Friday. Today the talks resume.',
            LEAP_DAY,
            "Today",
            "2024-02-29",
        ),
    ],
)
def test_a_quotation_counts_from_the_day_it_was_spoken(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        # a date told before a past verb of commitment dates the decision: the past
        ("Late Monday, officials decided to cut rates.", MON, "Late Monday", "2025-12-01"),
        ("Late Monday, officials decided to cut rates.", SUN, "Late Monday", "2025-11-24"),
        ("Late Monday, officials decided to cut rates.", NEW_YEAR, "Late Monday", "2024-12-30"),
        ("On Monday the two sides agreed to talk.", LEAP_DAY, "Monday", "2024-02-26"),
        ("On Monday the rebels vowed to fight on.", YEAR_END, "Monday", "2025-12-29"),
        # told after it, the date is the plan's: the future
        ("Officials decided to meet on Monday.", MON, "Monday", "2025-12-01"),
        ("Officials decided to meet on Monday.", SUN, "Monday", "2025-12-01"),
        ("Officials decided to meet on Monday.", NEW_YEAR, "Monday", "2025-01-06"),
        ("The two sides agreed to talk on Monday.", LEAP_DAY, "Monday", "2024-03-04"),
        ("The rebels vowed to strike again Monday.", YEAR_END, "Monday", "2026-01-05"),
    ],
)
def test_a_verb_of_commitment_makes_only_the_dates_after_it_future(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        # a plural verb of a schedule in the present: the coming day
        ("The games officially begin Friday.", MON, "Friday", "2025-12-05"),
        ("The games officially begin Friday.", SUN, "Friday", "2025-12-05"),
        ("The games officially begin Friday.", NEW_YEAR, "Friday", "2025-01-03"),
        ("Classes start on Friday.", LEAP_DAY, "Friday", "2024-03-01"),
        ("The talks resume Friday.", YEAR_END, "Friday", "2026-01-02"),
        # told in the past: the day before
        ("The games officially began Friday.", MON, "Friday", "2025-11-28"),
        ("The games officially began Friday.", SUN, "Friday", "2025-11-28"),
        ("The games officially began Friday.", NEW_YEAR, "Friday", "2024-12-27"),
        ("Classes started on Friday.", LEAP_DAY, "Friday", "2024-02-23"),
        ("The talks resumed Friday.", YEAR_END, "Friday", "2025-12-26"),
    ],
)
def test_a_plural_schedule_verb_in_the_present_makes_a_weekday_coming(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        # in the past tense, last year's
        ("She was detained after her arrest February 1.", MON, "February 1", "2025-02-01"),
        ("She was detained after her arrest February 1.", SUN, "February 1", "2025-02-01"),
        # in the future tense, the coming one
        ("She will be tried February 1.", MON, "February 1", "2026-02-01"),
        ("She will be tried February 1.", SUN, "February 1", "2026-02-01"),
        ("She will be tried February 1.", NEW_YEAR, "February 1", "2025-02-01"),
        ("She will be tried March 20.", LEAP_DAY, "March 20", "2024-03-20"),
        ("She will be tried January 25.", YEAR_END, "January 25", "2026-01-25"),
        # a participle after "stay" or "remain" leaves the tense to the verb before
        ("The flame will stay lit until the ceremony on March 10.", MON, "March 10", "2026-03-10"),
        ("The flame will stay lit until the ceremony on March 10.", SUN, "March 10", "2026-03-10"),
        ("The road will remain closed until March 10.", NEW_YEAR, "March 10", "2025-03-10"),
        ("The flame will stay lit until March 10.", LEAP_DAY, "March 10", "2024-03-10"),
        ("The road will remain closed until March 10.", YEAR_END, "March 10", "2026-03-10"),
        ("The flame was lit at the ceremony on March 10.", MON, "March 10", "2025-03-10"),
        ("The road remained closed on March 10.", YEAR_END, "March 10", "2025-03-10"),
    ],
)
def test_a_participle_after_stay_or_remain_leaves_the_tense_to_the_verb_before(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


SAT = date(2025, 11, 29)

# "this weekend" is the weekend just past when its clause is told in the past on a weekday,
# the weekend of DCT on a Saturday or Sunday, and the coming one otherwise.
THIS_WEEKENDS = [
    ("This weekend, the militia attacked a hospital.", TUE, "2025-11-29", "2025-11-30"),
    ("This weekend, the militia attacked a hospital.", MON, "2025-11-29", "2025-11-30"),
    ("This weekend, the militia attacked a hospital.", SUN, "2025-11-29", "2025-11-30"),
    ("This weekend, the militia attacked a hospital.", SAT, "2025-11-29", "2025-11-30"),
    ("This weekend, the militia attacked a hospital.", NEW_YEAR, "2024-12-28", "2024-12-29"),
    ("This weekend, the militia attacked a hospital.", LEAP_DAY, "2024-02-24", "2024-02-25"),
    ("This weekend, the militia attacked a hospital.", YEAR_END, "2025-12-27", "2025-12-28"),
    ("The talks will resume this weekend.", TUE, "2025-12-06", "2025-12-07"),
    ("The talks will resume this weekend.", NEW_YEAR, "2025-01-04", "2025-01-05"),
    ("The talks resume this weekend.", TUE, "2025-12-06", "2025-12-07"),
    ("The talks resume this weekend.", SUN, "2025-11-29", "2025-11-30"),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    ("text", "shift"),
    [
        # a date told in the past counts from the latest date told before it that is not
        # ahead of publication: a deadline or a prospect told between is no point of the story
        (
            "Rebels seized the town on {day}. The truce holds until {ahead}. The following day,"
            " troops withdrew.",
            1,
        ),
        (
            "Poland shut its border on {day}. Latvia closed its airspace until {ahead}. Moscow"
            " said factories were targeted that day.",
            0,
        ),
        (
            "Rebels seized the town on {day}. Talks are set for {ahead}. The day before, the"
            " army had shelled the outskirts.",
            -1,
        ),
        # negative: told ahead, it counts from the date ahead
        (
            "Rebels seized the town on {day}. Talks open on {ahead}. The following day, envoys"
            " will tour the front.",
            None,
        ),
    ],
)
def test_a_date_told_in_the_past_does_not_count_from_a_date_ahead(
    text: str, shift: int | None, published: date
) -> None:
    day, ahead = published - timedelta(days=3), published + timedelta(days=5)
    told = text.format(
        day=f"{day:%B} {day.day}, {day.year}", ahead=f"{ahead:%B} {ahead.day}, {ahead.year}"
    )
    mention = find_dates(told, published)[-1]
    expected = ahead + timedelta(days=1) if shift is None else day + timedelta(days=shift)
    assert mention.interval_start == expected, mention


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    ("text", "gone_by"),
    [
        # a present verb set off by a clause break, or a happening after "the aftermath of",
        # makes no schedule of a weekday: it is the one gone by
        ("The region is facing severe floods, with officials ordering evacuations on {day}.", True),
        (
            "Aid groups are in urgent need of funds, with the rebels' capture of the city on {day}"
            " adding to the toll.",
            True,
        ),
        ("The country is still grappling with the aftermath of a bombing on {day}.", True),
        # negative: a present verb governing the day is a schedule
        ("The run-off is on {day}.", False),
        ("Polls open on {day}.", False),
        ("The president is meeting envoys on {day}.", False),
        ("Schools are closed, and exams resume on {day}.", False),
        # ... nor one set off with no verb of its own, or just the day's own preposition
        ("A cricket series is underway, with a match in the capital on {day}.", False),
        ("Results are due once all ballots are counted, on {day}.", False),
    ],
)
def test_a_present_verb_in_another_clause_makes_no_schedule_of_a_weekday(
    text: str, gone_by: bool, published: date
) -> None:
    day = published - timedelta(days=2)
    (mention,) = find_dates(text.format(day=f"{day:%A}"), published)
    assert mention.interval_start == (day if gone_by else day + timedelta(days=7))


@pytest.mark.parametrize(("text", "published", "start", "end"), THIS_WEEKENDS)
def test_this_weekend_told_in_the_past_on_a_weekday_is_the_one_just_gone(
    text: str, published: date, start: str, end: str
) -> None:
    expression = text[text.lower().index("this weekend") :][: len("this weekend")]
    assert interval(only(text, published, expression)) == (start, end)


# The start of a year is its first month; "early", "late" and "the end of" keep a third.
YEAR_EDGES = [
    (
        "The rebels at the start of this year had seized the town.",
        TUE,
        "the start of this year",
        "2025-01-01",
        "2025-01-31",
    ),
    (
        "The rebels at the start of this year had seized the town.",
        NEW_YEAR,
        "the start of this year",
        "2025-01-01",
        "2025-01-31",
    ),
    (
        "The rebels at the beginning of last year had seized the town.",
        LEAP_DAY,
        "the beginning of last year",
        "2023-01-01",
        "2023-01-31",
    ),
    (
        "The plant will close at the end of this year.",
        MON,
        "the end of this year",
        "2025-09-01",
        "2025-12-31",
    ),
    (
        "The plant will close at the end of next year.",
        YEAR_END,
        "the end of next year",
        "2026-09-01",
        "2026-12-31",
    ),
    (
        "The rebels at the start of 2024 had seized the town.",
        SUN,
        "the start of 2024",
        "2024-01-01",
        "2024-01-31",
    ),
    (
        "The rebels early this year had seized the town.",
        TUE,
        "early this year",
        "2025-01-01",
        "2025-04-30",
    ),
    ("The plant will close late next year.", TUE, "late next year", "2026-09-01", "2026-12-31"),
    (
        "The talks began at the start of this month.",
        TUE,
        "the start of this month",
        "2025-12-01",
        "2025-12-10",
    ),
]


@pytest.mark.parametrize(("text", "published", "expression", "start", "end"), YEAR_EDGES)
def test_the_start_of_a_year_is_its_first_month(
    text: str, published: date, expression: str, start: str, end: str
) -> None:
    assert interval(only(text, published, expression)) == (start, end)


# A month and day without a year that repeats a date written earlier with its year is that
# date ("On October 7, 2023, ... the attacks on October 7"); another day is not.
REPEATED_DATES = [
    (
        "On October 7, 2023, gunmen attacked.\n\nA year on, we mourn those killed on October 7.",
        date(2024, 10, 7),
        "October 7",
        "2023-10-07",
    ),
    (
        "On 29 February 2020, talks began.\n\nThe deal of 29 February was signed.",
        LEAP_DAY,
        "29 February",
        "2020-02-29",
    ),
    (
        "On December 31, 2023, the port closed.\n\nThe closure on December 31 hurt trade.",
        YEAR_END,
        "December 31",
        "2023-12-31",
    ),
    (
        "On January 1, 2024, the law took effect.\n\nSince January 1, fines were paid.",
        NEW_YEAR,
        "January 1",
        "2024-01-01",
    ),
    (
        "On October 7, 2023, gunmen attacked.\n\nThe envoy arrived on October 6.",
        date(2024, 10, 7),
        "October 6",
        "2024-10-06",
    ),
    (
        "On October 7, 2023, gunmen attacked.\n\nThe vigil will be held on October 8.",
        date(2024, 10, 7),
        "October 8",
        "2024-10-08",
    ),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), REPEATED_DATES)
def test_a_date_repeated_without_its_year_keeps_the_year_written_before(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


def test_a_history_moving_on_does_not_repeat_the_year_of_an_earlier_date() -> None:
    text = (
        "On June 22, 1941, the army attacked. In 1942 it advanced; in 1943 it fell back. "
        "In 1944 it retreated further. On June 22, the enemy launched an offensive."
    )
    mentions = [m for m in find_dates(text, date(2010, 5, 1)) if m.text == "June 22"]
    assert [m.value for m in mentions] == ["1944-06-22"]


# Less than a day ago is the publication day (its value stays PAST_REF, as TimeML has
# it); a day or more of hours is not.
HOURS_AGO = [
    ("About an hour ago, two hostages were released.", MON, "About an hour ago", "2025-12-01"),
    ("About an hour ago, two hostages were released.", SUN, "About an hour ago", "2025-11-30"),
    ("Thirty minutes ago, the vote closed.", NEW_YEAR, "Thirty minutes ago", "2025-01-01"),
    ("The strike came 12 hours ago.", LEAP_DAY, "12 hours ago", "2024-02-29"),
    ("The strike came 12 hours ago.", YEAR_END, "12 hours ago", "2025-12-31"),
    ("The strike came 30 hours ago.", YEAR_END, "30 hours ago", "None"),
]


@pytest.mark.parametrize(("text", "published", "expression", "day"), HOURS_AGO)
def test_less_than_a_day_ago_is_the_publication_day(
    text: str, published: date, expression: str, day: str
) -> None:
    mention = only(text, published, expression)
    assert (mention.value, *interval(mention)) == ("PAST_REF", day, day)


# "on this day", "during the day" are the day told before, else the publication day; not
# "to this day" (up to now), nor before the date they belong to ("during the night of
# 3-4 May", "during the day Friday").
DAYS_TOLD = [
    (
        "On Monday morning, she left. But on this day, a missile hit.",
        TUE,
        "on this day",
        "2025-12-01",
    ),
    (
        "On Monday morning, she left. But on this day, a missile hit.",
        SUN,
        "on this day",
        "2025-11-24",
    ),
    (
        "A missile hit this morning. Twelve more died during the day.",
        NEW_YEAR,
        "during the day",
        "2025-01-01",
    ),
    (
        "A missile hit this morning. Twelve more died during the day.",
        LEAP_DAY,
        "during the day",
        "2024-02-29",
    ),
    ("During the day, the envoys visited the town.", YEAR_END, "During the day", "2025-12-31"),
    (
        "On December 30, talks began. During the day, the envoys met.",
        NEW_YEAR,
        "During the day",
        "2024-12-30",
    ),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), DAYS_TOLD)
def test_this_day_and_during_the_day_are_the_day_told(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dispute lives on to this day.", []),
        ("The ships tried during the night of 3-4 May.", ["the night of 3", "4 May"]),
        ("During the day Friday, the boy played.", ["Friday"]),
    ],
)
def test_a_day_told_is_not_up_to_now_nor_before_its_own_date(
    text: str, expected: list[str]
) -> None:
    assert [m.text for m in find_dates(text, TUE)] == expected


# "overnight" before a day named after a word that puts a happening first ("after the
# quake Saturday") is the night after that day; before the day of a statement ("officials
# said Monday") it stays the night before it.
OVERNIGHTS = [
    (
        "People slept outside overnight after a quake rocked the city Saturday.",
        SUN,
        ("2025-11-29", "2025-11-30"),
    ),
    (
        "People slept outside overnight after a quake rocked the city Saturday.",
        MON,
        ("2025-11-29", "2025-11-30"),
    ),
    (
        "People slept outside overnight after a quake rocked the city on December 31.",
        NEW_YEAR,
        ("2024-12-31", "2025-01-01"),
    ),
    (
        "People slept outside overnight following the storm of February 28.",
        LEAP_DAY,
        ("2024-02-28", "2024-02-29"),
    ),
    ("Kyiv was hit overnight, officials said on Monday.", TUE, ("2025-11-30", "2025-12-01")),
    # a happening put first in another clause than the statement's day
    (
        "Drones hit Kyiv overnight after a week's pause, officials said on Monday.",
        TUE,
        ("2025-11-30", "2025-12-01"),
    ),
    ("Kyiv was hit overnight, officials said on Sunday.", YEAR_END, ("2025-12-27", "2025-12-28")),
    ("Kyiv was hit overnight.", LEAP_DAY, ("2024-02-28", "2024-02-29")),
    # ... and so is "overnight" after a day an opening "after" clause names
    (
        "After calming on Tuesday morning, the fighting reignited overnight.",
        date(2025, 5, 14),
        ("2025-05-13", "2025-05-14"),
    ),
    (
        "Following the vote on Sunday, protesters gathered overnight in the square.",
        TUE,
        ("2025-11-30", "2025-12-01"),
    ),
    # ... and so is "overnight" after a day told late in it: the night goes on from there
    (
        "Gangs raided the town late on Friday, and residents fled after gunfire overnight.",
        MON,
        ("2025-11-28", "2025-11-29"),
    ),
    ("Drones struck on Friday evening and again overnight.", MON, ("2025-11-28", "2025-11-29")),
    ("Drones struck on Friday night and again overnight.", MON, ("2025-11-28", "2025-11-29")),
    # negative: a day told late after "overnight" is the day it ran into
    ("Drones struck overnight, officials said late on Friday.", MON, ("2025-11-27", "2025-11-28")),
    # negative: a day in the same clause, before "overnight", is the day it ran into
    ("On Tuesday, drones hit the city overnight.", date(2025, 5, 14), ("2025-05-12", "2025-05-13")),
    # negative: a time of day after "after" is no happening; the night ran into that day
    (
        "The strikes began overnight and went on after dawn on Sunday.",
        MON,
        ("2025-11-29", "2025-11-30"),
    ),
    (
        "Shelling went on overnight and resumed after first light on Sunday.",
        SUN,
        ("2025-11-29", "2025-11-30"),
    ),
]


@pytest.mark.parametrize(("text", "published", "night"), OVERNIGHTS)
def test_overnight_after_a_happening_is_the_night_after_its_day(
    text: str, published: date, night: tuple[str, str]
) -> None:
    assert interval(only(text, published, "overnight")) == night


# A sentence opened by a clause of the same time ("During a briefing today, ...") names
# no happening before "overnight": the night is the one before that clause's day.
@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    ("text", "days_before"),
    [
        ("During a briefing today, the general praised the overnight raid.", 1),
        ("During talks yesterday, envoys condemned the overnight shelling.", 2),
        # negative: an opening "after" clause names a happening first
        ("After talks yesterday, shelling resumed overnight.", 1),
    ],
)
def test_overnight_in_a_sentence_opened_by_a_clause_of_the_same_time(
    text: str, days_before: int, published: date
) -> None:
    night = published - timedelta(days=days_before)
    assert interval(only(text, published, "overnight")) == (
        str(night),
        str(night + timedelta(days=1)),
    )


# "tonight" told in the past is the night just gone, spanning both dates; told in the
# present or future, or quoted, it is the night of the publication day.
TONIGHTS = [
    ("Tonight, the army shelled the city.", SUN, "2025-11-29TNI", "2025-11-29", "2025-11-30"),
    ("Tonight, the army shelled the city.", NEW_YEAR, "2024-12-31TNI", "2024-12-31", "2025-01-01"),
    ("Tonight, the army shelled the city.", LEAP_DAY, "2024-02-28TNI", "2024-02-28", "2024-02-29"),
    ("The president will speak tonight.", YEAR_END, "2025-12-31TNI", "2025-12-31", "2025-12-31"),
    ("Tonight is cold.", MON, "2025-12-01TNI", "2025-12-01", "2025-12-01"),
    ('"It is not tonight we fear," she said.', MON, "2025-12-01TNI", "2025-12-01", "2025-12-01"),
]


@pytest.mark.parametrize(("text", "published", "value", "start", "end"), TONIGHTS)
def test_tonight_told_in_the_past_is_the_night_just_gone(
    text: str, published: date, value: str, start: str, end: str
) -> None:
    expression = "Tonight" if "Tonight" in text else "tonight"
    check(text, published, expression, value, start, end)


# ----------------------------------------------------------------------------- ranges in order

MID_JANUARY = date(2025, 1, 15)  # a Wednesday

# The end of a range ("from X to Y", "between X and Y", "X-Y") comes after its start:
# across a year end, after a start in another year, or a week on for weekdays; a range
# told in the past on the day of its start lies before publication.
RANGES_IN_ORDER = [
    # text, publication date, [(expression, value)] of every mention
    (
        "The fair ran from Dec. 28 to Jan. 3.",
        MID_JANUARY,
        [("Dec. 28", "2024-12-28"), ("Jan. 3", "2025-01-03")],
    ),
    (
        "The fair runs from Dec. 28 to Jan. 3.",
        NEW_YEAR,
        [("Dec. 28", "2024-12-28"), ("Jan. 3", "2025-01-03")],
    ),
    (
        "The fair runs from Dec. 28 to Jan. 3.",
        YEAR_END,
        [("Dec. 28", "2025-12-28"), ("Jan. 3", "2026-01-03")],
    ),
    (
        "The fair ran from December 28, 1999, to January 3.",
        LEAP_DAY,
        [("December 28, 1999", "1999-12-28"), ("January 3", "2000-01-03")],
    ),
    (
        "In 2016 the fair ran from 28 December to 3 January.",
        MON,
        [("2016", "2016"), ("28 December", "2016-12-28"), ("3 January", "2017-01-03")],
    ),
    (
        "The fair ran between Dec. 28 and Jan. 3, 2000.",
        SUN,
        [("Dec. 28", "1999-12-28"), ("Jan. 3, 2000", "2000-01-03")],
    ),
    (
        "A siege from November to February 1944 starved the town.",
        MON,
        [("November", "1943-11"), ("February 1944", "1944-02")],
    ),
    (
        "Talks run from Monday to Wednesday.",
        MON,
        [("Monday", "2025-12-01"), ("Wednesday", "2025-12-03")],
    ),
    (
        "Talks ran from Monday to Wednesday.",
        THU,
        [("Monday", "2025-11-03"), ("Wednesday", "2025-11-05")],
    ),
    (
        "Talks ran from Monday to Wednesday.",
        MON,
        [("Monday", "2025-11-24"), ("Wednesday", "2025-11-26")],
    ),
    (
        "The fair runs from Saturday through Monday.",
        LEAP_DAY,
        [("Saturday", "2024-03-02"), ("Monday", "2024-03-04")],
    ),
    # a part of a day at either end: still a range of days
    (
        "Rain is expected from Sunday night through Tuesday.",
        MON,
        [("Sunday night", "2025-11-30TNI"), ("Tuesday", "2025-12-02")],
    ),
    (
        "Up to 300 mm may fall from Friday evening to Sunday.",
        LEAP_DAY,
        [("Friday evening", "2024-03-01TEV"), ("Sunday", "2024-03-03")],
    ),
    (
        "Storms are forecast from Monday to Wednesday morning.",
        NEW_YEAR,
        [("Monday", "2024-12-30"), ("Wednesday morning", "2025-01-01TMO")],
    ),
    (
        "Snow will fall from Tuesday night until Thursday.",
        YEAR_END,
        [("Tuesday night", "2025-12-30TNI"), ("Thursday", "2026-01-01")],
    ),
    # kept: a part of a day told apart from a later day
    (
        "Rain fell on Sunday night, and more is due on Tuesday.",
        MON,
        [("Sunday night", "2025-11-30TNI"), ("Tuesday", "2025-12-02")],
    ),
    # a range told ahead that holds the publication date starts before it
    (
        "For the September-November quarter, the firm expects a profit.",
        date(2011, 10, 11),
        [("September", "2011-09"), ("November", "2011-11")],
    ),
    (
        "The fair will run from May to August.",
        date(2011, 10, 11),
        [("May", "2012-05"), ("August", "2012-08")],
    ),
    # an end whose year is told from publication keeps it
    (
        "Rebels sank ships from November 2023 until January of this year.",
        date(2025, 3, 31),
        [("November 2023", "2023-11"), ("January of this year", "2025-01")],
    ),
    (
        "Rebels sank ships from November 2023 until last January.",
        date(2025, 3, 31),
        [("November 2023", "2023-11"), ("last January", "2025-01")],
    ),
    # no range: two dates told apart, or a later date first
    (
        "The vote set for Jan. 3 was then moved to Dec. 28.",
        date(2024, 12, 10),
        [("Jan. 3", "2025-01-03"), ("Dec. 28", "2024-12-28")],
    ),
    (
        "Crowds came on Wednesday, and Monday was quiet.",
        THU,
        [("Wednesday", "2025-11-05"), ("Monday", "2025-11-03")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), RANGES_IN_ORDER)
def test_the_end_of_a_range_comes_after_its_start(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert values(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Rains fell from October to March.", MON, [("October", "2024-10"), ("March", "2025-03")]),
        # told in the past before the March to come: the range before it
        ("Rains fell from Oct. to March.", LEAP_DAY, [("Oct.", "2022-10"), ("March", "2023-03")]),
        (
            "Prices held between April and May.",
            YEAR_END,
            [("April", "2025-04"), ("May", "2025-05")],
        ),
        ("Crops grew from January to May.", SUN, [("January", "2025-01"), ("May", "2025-05")]),
        ("Ice lay from Dec. to March.", NEW_YEAR, [("Dec.", "2024-12"), ("March", "2025-03")]),
        # a verb or a modal after a month that opens no range
        ("In October, troops began to march.", MON, [("October", "2025-10")]),
        ("In October the army may march.", MON, [("October", "2026-10")]),
        ("From Paris to March, the road is long.", MON, []),
    ],
)
def test_a_month_word_that_ends_a_range_of_months_is_a_month(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert values(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        ("It happened in the Autumn of 2007.", MON, "the Autumn of 2007", "2007-FA"),
        ("Work began in Spring 2019.", SUN, "Spring 2019", "2019-SP"),
        ("The Winter of 1947 was harsh.", NEW_YEAR, "The Winter of 1947", "1947-WI"),
        ("Rents rose in the Summer of 2023.", LEAP_DAY, "the Summer of 2023", "2023-SU"),
        ("the autumn of 2007 was dry", YEAR_END, "the autumn of 2007", "2007-FA"),
    ],
)
def test_capitalised_seasons_are_seasons(
    text: str, published: date, expression: str, value: str
) -> None:
    assert values(text, published) == [(expression, value)]


@pytest.mark.parametrize(
    "text",
    [
        "The Arab Spring toppled rulers.",
        "Spring Street was closed.",
        "Crowds watched the Fall of Rome.",
    ],
)
def test_a_season_word_in_a_name_is_no_season(text: str) -> None:
    assert find_dates(text, MON) == []


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        (
            "Crowds marked Orthodox Easter quietly.",
            date(2024, 5, 7),
            "Orthodox Easter",
            "2024-05-05",
        ),
        ("Crowds marked Orthodox Easter quietly.", MON, "Orthodox Easter", "2025-04-20"),
        ("Shops were shut for Orthodox Easter.", NEW_YEAR, "Orthodox Easter", "2024-05-05"),
        ("Pilgrims came on Orthodox Palm Sunday.", LEAP_DAY, "Orthodox Palm Sunday", "2023-04-09"),
        ("Pilgrims will come on Orthodox Palm Sunday.", SUN, "Orthodox Palm Sunday", "2026-04-05"),
        ("Bells rang on Orthodox Good Friday.", YEAR_END, "Orthodox Good Friday", "2025-04-18"),
        ("Orthodox Easter 2021 was subdued.", MON, "Orthodox Easter 2021", "2021-05-02"),
        ("Orthodox Christmas was quiet.", MID_JANUARY, "Orthodox Christmas", "2025-01-07"),
        # the Western days stay Western
        ("Crowds marked Easter quietly.", date(2024, 5, 7), "Easter", "2024-03-31"),
        ("Pilgrims came on Palm Sunday.", date(2024, 5, 7), "Palm Sunday", "2024-03-24"),
    ],
)
def test_orthodox_named_days_follow_the_julian_easter(
    text: str, published: date, expression: str, value: str
) -> None:
    assert values(text, published) == [(expression, value)]


_WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTH_NAMES = ["January", "March", "June", "September", "November", "December"]


@settings(max_examples=60, deadline=None)
@given(
    first=st.sampled_from(_WEEKDAY_NAMES + _MONTH_NAMES),
    second=st.sampled_from(_WEEKDAY_NAMES + _MONTH_NAMES),
    verb=st.sampled_from(["ran", "runs", "will run", "is held"]),
    published=st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
)
def test_a_range_of_weekdays_or_months_never_ends_before_it_starts(
    first: str, second: str, verb: str, published: date
) -> None:
    found = find_dates(f"The fair {verb} from {first} to {second}.", published)
    if [m.text for m in found] != [first, second] or found[0].granularity != found[1].granularity:
        return  # a weekday and a month: no range of one kind
    assert found[0].interval_start <= found[1].interval_start  # type: ignore[operator]


# A range of clock times that runs past midnight ("a curfew from 10 p.m. to 6 a.m.") ends
# on the day after it starts, its end having no day of its own.
OVERNIGHT_RANGES = [
    # text with {day} (a weekday or nothing), whether the end is on the next day
    ("Authorities imposed a curfew from 10 p.m.{day} to 6 a.m.", True),
    ("Roads will be shut between 23:00{day} and 05:00, police said.", True),
    # kept: a range within one day
    ("The museum opens from 9 a.m.{day} to 5 p.m.", False),
    ("Power cuts will hit between 18:00{day} and 22:00.", False),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize("weekday", [False, True])
@pytest.mark.parametrize(("text", "next_day"), OVERNIGHT_RANGES)
def test_a_range_of_clock_times_past_midnight_ends_the_next_day(
    text: str, next_day: bool, weekday: bool, published: date
) -> None:
    day = published + timedelta(days=2)
    written = text.format(day=f" {day:%A}" if weekday else "")
    first, second = find_dates(written, published)[:2]
    assert first.interval_start is not None
    expected = first.interval_start + timedelta(days=1 if next_day else 0)
    assert second.interval_start == expected, (first, second)
    assert second.value.startswith(expected.isoformat()), second.value


# The end of a range of clock times on named days comes after its start: "from 5pm
# tomorrow, to 9am on Saturday morning" ends on the Saturday after the start, not one
# gone by.
CLOCK_RANGES = [
    # text with {start} (a day word or a weekday) and {end} (a weekday)
    "Forecasters have issued amber warnings from 5pm {start}, to 9am on {end} morning.",
    "The army imposed a curfew from 8 p.m. {start} until 6 a.m. {end}.",
    "Polls are open from 7am on {start} to 10pm on {end}.",
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize("text", CLOCK_RANGES)
def test_a_range_of_clock_times_on_named_days_ends_after_it_starts(
    text: str, published: date
) -> None:
    start_day = published + timedelta(days=1)
    end_day = published + timedelta(days=2)
    start_word = "tomorrow" if "5pm" in text else f"{start_day:%A}"
    written = text.format(start=start_word, end=f"{end_day:%A}")
    first, second = find_dates(written, published)[:2]
    assert first.interval_start == start_day, first
    assert second.interval_start == end_day, second
    # negative: a range whose end already follows its start is left as told
    same = find_dates(f"Shops open from 9am on {end_day:%A} to 5pm on {end_day:%A}.", published)
    assert [m.interval_start for m in same] == [end_day, end_day]


# A date alone in brackets names a thing's date ("the Civil Code (1790)"), an aside: the
# passage goes on in the year it was telling.
BRACKETED_ASIDES = [
    # text, expression, value
    (
        "Peasants revolted in 1793 against the Civil Code (1790). On 17 August, they voted.",
        "17 August",
        "1793-08-17",
    ),
    (
        "In 1919 the treaty ( 1918 ) was torn up. By March, the army had left.",
        "March",
        "1919-03",
    ),
    # not alone in its brackets, or no brackets: the passage's time
    (
        "Peasants revolted against the Civil Code (signed in 1790). On 17 August, they marched.",
        "17 August",
        "1790-08-17",
    ),
    (
        "Peasants revolted in 1793; the code was signed in 1790. On 17 August, they voted.",
        "17 August",
        "1790-08-17",
    ),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expression", "value"), BRACKETED_ASIDES)
def test_a_date_alone_in_brackets_is_an_aside_to_the_story(
    text: str, expression: str, value: str, published: date
) -> None:
    assert only(text, published, expression).value == value


# "The following spring", "the previous winter": the first such season after (before)
# the date told last, else the publication date; "next spring" stays counted from it.
SEASONS_AFTER_A_DATE_TOLD = [
    # text, publication date, expression, value
    ("The army camped in 1777. The next spring, it marched.", MON, "The next spring", "1778-SP"),
    (
        "The front held in 1943. The following winter, the army attacked.",
        SUN,
        "The following winter",
        "1943-WI",
    ),
    (
        "The war ended on 10 March 1918. The previous winter had been harsh.",
        LEAP_DAY,
        "The previous winter",
        "1917-WI",
    ),
    (
        "The city fell in May 1940. The following fall, it was retaken.",
        MON,
        "The following fall",
        "1940-FA",
    ),
    ("The following spring, crops failed.", date(2025, 6, 1), "The following spring", "2026-SP"),
    # kept: counted from the publication date
    ("The army camped in 1777. It will march next spring.", MON, "next spring", "2026-SP"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), SEASONS_AFTER_A_DATE_TOLD)
def test_the_following_season_comes_after_the_date_told(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# A year after a possessive dates a thing ("Eritrea's 1993 secession"), as after an
# article: the passage goes on in its own time.
POSSESSIVE_YEARS = [
    # text, publication date, expression, value
    (
        "On 1 September, he said Eritrea's 1993 secession was a mistake. "
        "The envoy repeated it on 3 November.",
        date(2025, 11, 5),
        "3 November",
        "2025-11-03",
    ),
    (
        "In May the minister recalled the city’s 1944 uprising. Crowds gathered on 3 November.",
        date(2025, 11, 5),
        "3 November",
        "2025-11-03",
    ),
    # a year told as the story's time still sets it
    (
        "The city rose in 1944, after the army's retreat. By 3 November, it was free.",
        date(2025, 11, 5),
        "3 November",
        "1944-11-03",
    ),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), POSSESSIVE_YEARS)
def test_a_year_after_a_possessive_dates_a_thing_not_the_story(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    ("text", "expression", "days_after_sunday"),
    [
        ("The vote was held on Sunday, and results came a week after the vote.", "a week", 7),
        ("Talks opened on Sunday; the truce came two days after the talks.", "two days", 2),
        # the date the offset stands in apposition to is not its base: a length
        ("The team resumed work on Sunday, two days after the team was blocked.", "two days", None),
        # a date told before the happening is named dates something else
        ("On Sunday the crew left port, two weeks after the crew was hired.", "two weeks", None),
        # a length after "in", "for", "within" is a stretch, not a distance from the day
        ("She led, the first rider to do so in 38 years after Sunday's stage.", "38 years", None),
        ("Talks opened on Sunday and ran for two days after the opening.", "two days", None),
        # a year is no day to count days from
        (
            "The flight crashed, the worst disaster of the year. A day after the flight"
            " crashed, the airport shut.",
            "A day",
            None,
        ),
    ],
)
def test_an_offset_counts_from_the_happening_told_earlier_in_its_sentence(
    text: str, expression: str, days_after_sunday: int | None, published: date
) -> None:
    mention = only(text, published, expression)
    if days_after_sunday is None:
        assert (mention.type, mention.interval_start) == ("DURATION", None)
        return
    sunday = published - timedelta(days=(published.weekday() - 6) % 7)
    assert mention.type == "DURATION"
    assert mention.interval_start == sunday + timedelta(days=days_after_sunday)


# "The quarter" ending on a date is the quarter holding that date, not the last
# complete one a bare "the quarter" in a report names.
QUARTERS_ENDING_ON_A_DATE = [
    ("For the quarter ending Aug. 31, it earned $3.60.", date(2024, 9, 19), "2024-Q3"),
    ("Profit rose 5% in the quarter ended Sept. 30.", date(1989, 10, 20), "1989-Q3"),
    ("Sales fell in the quarter that ended June 30.", MON, "2025-Q2"),
    # "the current quarter" ending on a date: the one holding it
    ("Profit for the current quarter ending Aug. 31 will rise.", date(2002, 6, 26), "2002-Q3"),
    # kept: the quarter alone is the last complete one
    ("Profit rose in the quarter.", date(2024, 9, 19), "2024-Q2"),
]

# "The year" up to a date told right after it ("the year to February", "the year through
# June 30") is the twelve months ending then, as "the year ended March 31" is; with no date
# after it, it is a calendar year ("the year ended with a storm", "the year to come").
YEARS_UP_TO_A_DATE = [
    ("Inflation was 2.9 percent in the year to {month}.", "the year", "P1Y"),
    (
        "House prices rose 4 percent in the year through {month}, the agency said.",
        "the year",
        "P1Y",
    ),
    ("The fund gained 7 percent in the year to the end of {month}.", "the year", "P1Y"),
    ("Wages grew in the year ended {month} 15.", "the year", "P1Y"),
    # a month word that is also a verb, after a period and "to": the month it runs up to
    ("Costs rose 6 percent in the year to May.", "the year", "P1Y"),
    ("Costs rose 6 percent in the year to May.", "May", "{may}"),
    ("Output fell in the three months to March.", "March", "{march}"),
    # kept: no date right after it
    ("The year ended with a storm that closed the port.", "The year", "{year}"),
    ("Traders expect the year to end on a high note.", "the year", "{year}"),
    ("Officials hope the year to come will be calmer.", "the year", "{year}"),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expression", "value"), YEARS_UP_TO_A_DATE)
def test_the_year_up_to_a_date_is_twelve_months(
    text: str, expression: str, value: str, published: date
) -> None:
    month = (published - timedelta(days=40)).strftime("%B")
    mention = only(text.format(month=month), published, expression)
    # told in the past, a month alone is the latest one begun
    may, march = (f"{published.year - (published.month < m)}-{m:02d}" for m in (5, 3))
    assert mention.value == value.format(year=published.year, may=may, march=march)


# A numbered quarter ending on a date takes that date's year, though its own would
# be begun ("the fourth quarter ended Dec. 31" told in November is last year's).
NUMBERED_QUARTERS_ENDING_ON_A_DATE = [
    ("Profit rose in the fourth quarter ended Dec. 31.", date(2019, 11, 15), "2018-Q4"),
    ("Sales will fall in the first quarter ending March 31.", date(2024, 2, 29), "2024-Q1"),
    ("Sales fell in the fourth quarter ended Dec. 31.", date(2025, 1, 1), "2024-Q4"),
    # kept: without a date ended on, a quarter told in the past has begun
    ("Sales rose in the fourth quarter.", date(2019, 11, 15), "2019-Q4"),
]


@pytest.mark.parametrize(("text", "published", "value"), NUMBERED_QUARTERS_ENDING_ON_A_DATE)
def test_a_numbered_quarter_ending_on_a_date_takes_its_year(
    text: str, published: date, value: str
) -> None:
    found = [m for m in find_dates(text, published) if m.rule == "quarter"]
    assert [m.value for m in found] == [value]


@pytest.mark.parametrize(("text", "published", "value"), QUARTERS_ENDING_ON_A_DATE)
def test_the_quarter_ending_on_a_date_holds_that_date(
    text: str, published: date, value: str
) -> None:
    found = [m for m in find_dates(text, published) if m.text.endswith("quarter")]
    assert [m.value for m in found] == [value]


# A plural unit run together with "long" (AP spelling) is a length of many units, as
# its hyphenated form is.
LONG_PLURAL_UNITS = [
    ("The decadeslong conflict has killed thousands.", "decadeslong", "PXY"),
    ("After a weekslong siege, the city fell.", "weekslong", "PXW"),
    ("A monthslong campaign ended on Sunday.", "monthslong", "PXM"),
    ("The yearslong war goes on.", "yearslong", "PXY"),
    ("The days-long fighting ended.", "days-long", "PXD"),
    ("An hourslong standoff ended.", "hourslong", "PTXH"),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expression", "value"), LONG_PLURAL_UNITS)
def test_a_plural_unit_run_into_long_is_a_length(
    text: str, expression: str, value: str, published: date
) -> None:
    mention = only(text, published, expression)
    assert (mention.type, mention.value, mention.interval_start) == ("DURATION", value, None)


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    "text", ["Police said on Friday night that the fire was out.", "Rockets fell on Friday night."]
)
def test_a_part_of_one_weekday_is_a_date_not_a_set(text: str, published: date) -> None:
    mention = only(text, published, "Friday night")
    assert (mention.type, mention.is_placed) == ("TIME", True)


# One unit joined to "long", by a hyphen or run together, is a length of one unit.
LONG_SINGLE_UNITS = [
    ("Unions staged a day-long strike.", [("day-long", "P1D")]),
    ("The week-long festival opened.", [("week-long", "P1W")]),
    ("A monthlong ceasefire expired.", [("monthlong", "P1M")]),
    ("The year-long inquiry found no wrongdoing.", [("year-long", "P1Y")]),
    ("The decade-long conflict goes on.", [("decade-long", "P10Y")]),
    ("He gave an hour-long interview.", [("hour-long", "PT1H")]),
    ("Talks ended a daylong session.", [("daylong", "P1D")]),
    # negative: no unit, or "long" as a word of its own
    ("He is a lifelong critic of the party.", []),
    ("They sang all day long.", []),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expected"), LONG_SINGLE_UNITS)
def test_one_unit_run_into_long_is_a_length_of_one(
    text: str, expected: list[tuple[str, str]], published: date
) -> None:
    mentions = find_dates(text, published)
    assert [(m.text, m.value) for m in mentions] == expected
    assert all(m.type == "DURATION" and m.interval_start is None for m in mentions)


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    "text",
    [
        "The daysland estate was sold.",  # no unit: a word of its own
        "They walked a long way.",
        "The yearslonger estate was sold.",  # "longer" is no suffix
    ],
)
def test_a_word_only_starting_with_a_unit_is_no_length(text: str, published: date) -> None:
    assert [m.type for m in find_dates(text, published)] == []


# A repetition may be loose ("near-daily", "nearly daily"): a set with the mod its
# nearness word gives a length.
LOOSE_SETS = [
    ("Russia has carried out near-daily attacks.", "near-daily", "P1D", "APPROX"),
    ("The city is shelled nearly daily.", "nearly daily", "P1D", "EQUAL_OR_LESS"),
    ("Drones strike almost daily.", "almost daily", "P1D", "EQUAL_OR_LESS"),
    ("Talks are held almost weekly.", "almost weekly", "P1W", "EQUAL_OR_LESS"),
    # kept: a repetition without a nearness word has no mod
    ("Drones strike daily.", "daily", "P1D", ""),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expression", "value", "mod"), LOOSE_SETS)
def test_a_loose_repetition_is_a_set_with_its_mod(
    text: str, expression: str, value: str, mod: str, published: date
) -> None:
    mention = only(text, published, expression)
    assert (mention.type, mention.value, mention.mod) == ("SET", value, mod)


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nearness word before something else is not the set's
        ("It was nearly done, and published daily.", [("daily", "P1D")]),
        # a rate stays no set, loose or not
        ("Sales rose nearly 8% annually.", []),
    ],
)
def test_a_nearness_word_joins_only_its_own_repetition(
    text: str, expected: list[tuple[str, str]], published: date
) -> None:
    assert values(text, published) == expected


# A clock time told beside a set ("every Friday at 11:52 a.m.", "from 7 p.m. to 6 a.m.
# daily") is a time of every such day, never placed; a clock time before a set counts
# nothing, so the set stays one ("at 9 a.m. every Monday").
TIMES_OF_A_SET = [
    (
        "Students block roads every Friday at 11:52 a.m. to mark the collapse.",
        [("every Friday", "XXXX-WXX-5"), ("11:52 a.m.", "XXXX-WXX-5T11:52")],
    ),
    (
        "The envoy calls at 9 a.m. every Monday.",
        [("9 a.m.", "XXXX-WXX-1T09:00"), ("every Monday", "XXXX-WXX-1")],
    ),
    (
        "The army imposed a curfew from 7 p.m. to 6 a.m. daily.",
        [("7 p.m.", "XXXX-XX-XXT19:00"), ("6 a.m.", "XXXX-XX-XXT06:00"), ("daily", "P1D")],
    ),
    (
        "The curfew runs every day from 10 p.m. to 5 a.m.",
        [("every day", "P1D"), ("10 p.m.", "XXXX-XX-XXT22:00"), ("5 a.m.", "XXXX-XX-XXT05:00")],
    ),
    (
        "Crowds gather every evening at 21:00 outside parliament.",
        [("every evening", "XXXX-XX-XXTEV"), ("21:00", "XXXX-XX-XXT21:00")],
    ),
    # the minutes after a full stop, as British and Asian papers write them
    (
        "The ferry sails at 7.45 am daily from the north pier.",
        [("7.45 am", "XXXX-XX-XXT07:45"), ("daily", "P1D")],
    ),
    (
        "Shops must shut every night from 10.30 pm to 6 am in the capital.",
        [
            ("every night", "XXXX-XX-XXTNI"),
            ("10.30 pm", "XXXX-XX-XXT22:30"),
            ("6 am", "XXXX-XX-XXT06:00"),
        ],
    ),
]
# ... but not a time told apart from the set, nor a rate after a number
TIMES_APART_FROM_A_SET = [
    ("He arrived at 9 a.m. and left every Monday.", ["9 a.m.", "every Monday"], 1),
    ("Every day he works. At 9 a.m. on Friday he left.", ["Every day", "9 a.m. on Friday"], 1),
    ("Output rose to 9 million barrels daily.", [], 0),
    ("Output rose to 9.45 million barrels daily.", [], 0),
    ("He left at 7.45 am and phoned every Monday.", ["7.45 am", "every Monday"], 1),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expected"), TIMES_OF_A_SET)
def test_a_clock_time_told_with_a_set_is_a_time_of_every_such_day(
    text: str, expected: list[tuple[str, str]], published: date
) -> None:
    assert values(text, published) == expected
    assert all(m.interval_start is None for m in find_dates(text, published))


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expressions", "placed"), TIMES_APART_FROM_A_SET)
def test_a_clock_time_apart_from_a_set_is_placed(
    text: str, expressions: list[str], placed: int, published: date
) -> None:
    mentions = find_dates(text, published)
    assert [m.text for m in mentions] == expressions
    assert sum(m.interval_start is not None for m in mentions) == placed


# "The end of the month" (or of the week) told with a statement reported on an earlier
# day in its sentence is of that day's month, as "last week" is; told alone, or
# "earlier this month", it stays the publication's.
EDGES_OF_A_STATEMENT_MONTH = [
    # text, whether the month is the statement's
    ("Officials said on {day} that the truce would expire at the end of the month.", True),
    ("The deal must be signed by the end of the month, the envoy said on {day}.", True),
    ("On {day}, the minister said talks would resume at the start of the month.", True),
    # kept: no statement, or a month counted from now
    ("Gunmen attacked on {day}. The truce expires at the end of the month.", False),
    ("Officials said on {day} that prices rose earlier this month.", False),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "statement_month"), EDGES_OF_A_STATEMENT_MONTH)
def test_the_edge_of_the_month_of_a_statement_is_of_its_day(
    text: str, statement_month: bool, published: date
) -> None:
    said = published - timedelta(days=4)
    month = next(
        m
        for m in find_dates(text.format(day=f"{said:%B} {said.day}"), published)
        if "month" in m.text
    )
    expected = said if statement_month else published
    assert month.value == f"{expected.year}-{expected.month:02d}"


# ... and so is it told with a statement reported in a month (or a week) gone by.
EDGES_OF_A_STATEMENT_PERIOD = [
    # text, whether the period is the statement's
    ("The minister said last month the port would reopen by the end of the month.", True),
    ("Late last month, officials said the truce would expire at the end of the month.", True),
    ("Last month, the envoy told reporters that talks would resume next month.", True),
    ("Officials said last week the road would reopen by the end of the week.", True),
    # kept: no statement, or a period holding the publication day
    ("Prices rose last month and will rise again by the end of the month.", False),
    ("The minister said this month the port would reopen by the end of the month.", False),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "statement_period"), EDGES_OF_A_STATEMENT_PERIOD)
def test_the_edge_of_a_period_a_statement_was_made_in_is_of_that_period(
    text: str, statement_period: bool, published: date
) -> None:
    mentions = find_dates(text, published)
    first, told = mentions[0], mentions[-1]
    assert first.interval_start is not None and told.interval_start is not None
    if "next" in told.text:
        assert told.interval_start > first.interval_start
        assert told.interval_start <= published
    elif statement_period:
        assert told.value == first.value
    else:
        assert first.interval_start <= published and told.interval_end is not None
        assert told.interval_end >= published


def last_sunday(published: date) -> str:
    """The Sunday on or before ``published``."""
    return (published - timedelta(days=(published.weekday() + 1) % 7)).isoformat()


# The day a passage is about, named by "throughout the day", "this day", "the same day",
# "later that day": the day told just before.
DAYS_TOLD_BEFORE = [
    (
        "Troops attacked the town on Sunday. Fighting went on throughout the day.",
        "throughout the day",
    ),
    ("Troops attacked the town on Sunday. This day will be remembered.", "This day"),
    ("Troops attacked the town on Sunday. Later that day, they withdrew.", "Later that day"),
    ("Troops attacked the town on Sunday. The same day, officials fled.", "The same day"),
    ("On Sunday, shares ended the day 2% higher.", "the day"),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expression"), DAYS_TOLD_BEFORE)
def test_the_day_of_a_passage_is_the_day_told_before(
    text: str, expression: str, published: date
) -> None:
    found = [m for m in find_dates(text, published) if m.text.endswith(("day", "Day"))]
    assert [m.value for m in found if m.text == expression] == [last_sunday(published)]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "to this day" runs up to now: no day
        ("On Sunday he said the wound hurts to this day.", ["Sunday"]),
        # the day named right after carries the date
        ("Shelling went on throughout the day Sunday.", ["Sunday"]),
        # a day that is a thing of its own
        ("It was the most violent day of the year.", ["the year"]),
    ],
)
def test_a_day_that_is_not_the_passage_s_is_no_date_of_it(
    text: str, expected: list[str], published: date
) -> None:
    assert [m.text for m in find_dates(text, published) if m.type == "DATE"] == expected


# "today" in a quotation whose sentence names no day is the day of the statement when a
# verb told in the past reports it and a day of the days before publication was told
# just before: the day the statement was made.
@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    ("text", "on_sunday"),
    [
        ('The two sides signed a deal on Sunday. "Today the war ends," the envoy said.', True),
        (
            'Troops left the town on Sunday.\n\n"Today we are free," a resident told reporters.',
            True,
        ),
        # the day named outside the quotation in its sentence still wins
        ('Troops left on Saturday. "Today we are free," a resident said on Sunday.', True),
        # a statement reported in the present is made now
        ('The two sides signed a deal on Sunday. "Today the war ends," the envoy says.', False),
        # not in a quotation: today
        ("The two sides signed a deal on Sunday. Today the border is calm, officials said.", False),
        # no day told before
        ('"Today the war ends," the envoy said.', False),
    ],
)
def test_a_quoted_today_is_the_day_of_the_statement(
    text: str, on_sunday: bool, published: date
) -> None:
    mention = only(text, published, "Today")
    assert mention.value == (last_sunday(published) if on_sunday else published.isoformat())


# A year in a clause set off by commas and opened by a relative word ("talks, which
# restarted in 2022, have ...") tells a thing's past: in news, not the time the next
# sentences tell, as in its own sentence.
@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    ("text", "in_the_year_told"),
    [
        (
            "Peace talks, which restarted in 2022, have been marred by setbacks. In September,"
            " the government suspended them.",
            False,
        ),
        (
            "The rebels, who took the town in 2019, still hold it. In September, they shelled"
            " the airport.",
            False,
        ),
        # ... and so does such a clause that runs to the end of its sentence
        (
            "Crowds marched against the governor, who took office in 2019. In September,"
            " the police fired tear gas.",
            False,
        ),
        (
            "Strikes hit the port, built in 2019. In September, dockers walked out again.",
            False,
        ),
        # ... and so does a clause a past participle opens the sentence with
        (
            "Founded in 2019, the militia grew fast. In September, it seized the airport.",
            False,
        ),
        # kept: a year in the main clause is the story's time, and a perfect participle
        # carries the story on
        (
            "Peace talks restarted in 2022 and were marred by setbacks. In September, the"
            " government suspended them.",
            True,
        ),
        (
            "Having seized the town in 2019, rebels held it. In September, they shelled"
            " the airport.",
            True,
        ),
        # kept: a clause running to the end of its sentence holds a month told in it
        (
            "Crowds marched against the governor, who took office in 2019 and fled in September.",
            True,
        ),
    ],
)
def test_a_year_in_an_aside_sets_no_story_time_after_it(
    text: str, in_the_year_told: bool, published: date
) -> None:
    told = next(m for m in find_dates(text, published) if m.granularity == "year")
    expected = (
        f"{told.value}-09" if in_the_year_told else f"{published.year - (published.month < 10)}-09"
    )
    assert only(text, published, "September").value == expected


# "last week", "this month" told in a statement reported on an earlier day count from it.
STATED_UNITS = [
    # text, expression, unit, shift, whether the statement's day anchors it
    (
        "The minister said on {day} that last week the army seized the port.",
        "last week",
        "week",
        -1,
        True,
    ),
    (
        "The army seized the port last week, the minister said on {day}.",
        "last week",
        "week",
        -1,
        True,
    ),
    ("On {day}, officials said talks would resume next week.", "next week", "week", 1, True),
    ("The bank said {day} that prices rose last month.", "last month", "month", -1, True),
    # no statement reported on the day, or none at all: from publication
    ("The army seized the port last week and shelled it on {day}.", "last week", "week", -1, False),
    ("Last week the army seized the port; on {day} it left.", "Last week", "week", -1, False),
    ("The army seized the port last week, the minister said.", "last week", "week", -1, False),
    (
        "The army seized the port last week, the minister said in a statement on {day}.",
        "last week",
        "week",
        -1,
        True,
    ),
    # a day after the verb of saying that dates what is said, not the saying
    (
        "Residents who fled last week said the town had no power and that drones hit it on {day}.",
        "last week",
        "week",
        -1,
        False,
    ),
    (
        "The army seized the port last week, the minister said, adding that troops had"
        " crossed the river on {day}.",
        "last week",
        "week",
        -1,
        False,
    ),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expression", "unit", "shift", "stated"), STATED_UNITS)
def test_a_unit_told_in_a_statement_counts_from_the_day_it_was_made(
    text: str, expression: str, unit: str, shift: int, stated: bool, published: date
) -> None:
    said = published - timedelta(days=2)
    mention = only(text.format(day=said.strftime("%A")), published, expression)
    base = said if stated else published
    if unit == "week":
        expected = week_value(base + timedelta(weeks=shift))
    else:
        expected = shift_date(base, "month", shift).strftime("%Y-%m")
    assert (mention.value, mention.anchor) == (expected, "text" if stated else "dct")


# A clock time heading its paragraph stamps an entry of a live page: the page's own day,
# not a day an entry before it told.
CLOCK_STAMPS = [
    # text, the clock time, whether the page's day (else the day told before it)
    ("Talks ended on {day}.\n\n14:05 GMT - Sirens sounded in the capital.", "14:05 GMT", True),
    (
        "Envoys met in Riyadh on {day}.\n\n21:40 GMT - Drones struck the port overnight.",
        "21:40 GMT",
        True,
    ),
    # inside a paragraph, a time of a day gone by takes the day told before it
    ("Bombs went off on {day}. The first came at 2:50 p.m.", "2:50 p.m.", False),
    ("Talks ended on {day}. The last delegate left at 14:05 GMT.", "14:05 GMT", False),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expression", "stamped"), CLOCK_STAMPS)
def test_a_clock_time_heading_its_paragraph_is_the_pages_own(
    text: str, expression: str, stamped: bool, published: date
) -> None:
    told = published - timedelta(days=3)
    mention = only(text.format(day=told.strftime("%A")), published, expression)
    assert mention.value.startswith(str(published if stamped else told))


# "by the end of" a weekday follows its clause's tense: it names no future by itself.
BY_THE_END = [
    # text, whether the weekday lies ahead of publication
    ("By the end of {day}, 40 people were dead.", False),
    ("By the end of {day}, the rebels had taken the town.", False),
    ("By the end of {day}, 40 people will be dead.", True),
    ("The rebels hope to take the town by the end of {day}.", True),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "ahead"), BY_THE_END)
def test_by_the_end_of_a_weekday_follows_the_tense(text: str, ahead: bool, published: date) -> None:
    meant = published + timedelta(days=3) if ahead else published - timedelta(days=3)
    day = meant.strftime("%A")
    mention = only(text.format(day=day), published, day)
    assert mention.value == str(meant)


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        ("The quake struck at 12.02 pm on Friday.", SUN, "12.02 pm on Friday", "2025-11-28T12:02"),
        ("Voting ended at 9.30pm.", MON, "9.30pm", "2025-12-01T21:30"),
        (
            "The fire broke out at 4.15 a.m. on Jan. 1.",
            NEW_YEAR,
            "4.15 a.m. on Jan. 1",
            "2025-01-01T04:15",
        ),
        ("Sirens sounded at 11.45 am.", LEAP_DAY, "11.45 am", "2024-02-29T11:45"),
        (
            "The ferry left at 6.05 pm on Wednesday.",
            YEAR_END,
            "6.05 pm on Wednesday",
            "2025-12-31T18:05",
        ),
    ],
)
def test_a_clock_time_written_with_a_stop_is_whole(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# A clock time told in the past in a sentence that names a longer date gone by ("Last
# year's attack came at 7:02 p.m.") falls on the last day told before inside that date,
# however far back, even past a day told in between ("The trial opened today").
def _last_month_day(published: date) -> date:
    return (published.replace(day=1) - timedelta(days=1)).replace(day=12)


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    ("text", "day_of", "on_that_day"),
    [
        (
            "A truck hit the crowd on {day}. The trial opened today. "
            "Last year's attack came at 7:02 p.m.",
            lambda published: date(published.year - 1, 12, 20),
            True,
        ),
        (
            "The quake struck on {day}. An inquiry opened today. "
            "Last month's quake came at 4:10 a.m., seismologists said.",
            _last_month_day,
            True,
        ),
        # negative: a longer date holding the publication day, or none at all
        (
            "A truck hit the crowd on {day}. The trial opened today. "
            "This year's session began at 9 a.m.",
            lambda published: date(published.year - 1, 12, 20),
            False,
        ),
        (
            "The quake struck on {day}. An inquiry opened today. The hearing began at 9 a.m.",
            _last_month_day,
            False,
        ),
    ],
)
def test_a_clock_time_in_a_longer_date_gone_by_is_on_its_day_told(
    text: str, day_of: Callable[[date], date], on_that_day: bool, published: date
) -> None:
    day = day_of(published)
    found = find_dates(text.format(day=f"{day:%B} {day.day}, {day.year}"), published)
    clock = [m for m in found if m.type == "TIME"]
    assert len(clock) == 1
    assert clock[0].value[:10] == str(day if on_that_day else published)


# A weekday not told in the past after a day ahead told on that very weekday names that
# day again ("is set to take off on August 25. The launch is scheduled for 3.49 am on
# Friday"), not the nearest such day from publication.
@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    ("text", "same_day"),
    [
        ("The launch is set for {date}. It is scheduled for 9 a.m. on {weekday}.", True),
        ("The summit opens on {date}. On {weekday}, leaders will sign the pact.", True),
        # negative: told in the past, the weekday is the one gone by
        ("The trial opens on {date}. On {weekday}, lawyers filed motions.", False),
    ],
)
def test_a_weekday_after_a_day_ahead_on_that_weekday_is_that_day(
    text: str, same_day: bool, published: date
) -> None:
    ahead = published + timedelta(days=16)
    weekday = ahead.strftime("%A")
    written = text.format(date=f"{ahead:%B} {ahead.day}", weekday=weekday)
    found = next(m for m in find_dates(written, published) if m.text.endswith(weekday))
    gone = published - timedelta(days=(published.weekday() - ahead.weekday()) % 7)
    assert found.value[:10] == str(ahead if same_day else gone)


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
def test_a_weekday_after_a_day_ahead_on_another_weekday_counts_from_publication(
    published: date,
) -> None:
    # negative: another weekday than the day ahead told is the nearest one to come
    ahead = published + timedelta(days=16)
    other = ahead + timedelta(days=1)
    text = f"The summit opens on {ahead:%B} {ahead.day}. On {other:%A}, leaders will sign."
    expected = published + timedelta(days=(other.weekday() - published.weekday()) % 7)
    assert only(text, published, f"{other:%A}").value == str(expected)


# A zone's time in brackets after a local time ("6 am local time (2315GMT Saturday)")
# renders the same moment: written with or without a space, its weekday is the one next
# to the local day, and when it tells another clock, its day is no day for local times.
@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize("space", ["", " "])
def test_a_zone_time_in_brackets_renders_the_local_time(published: date, space: str) -> None:
    eve = (published - timedelta(days=1)).strftime("%A")
    day = published.strftime("%A")
    text = (
        f"Voting began at 6 am local time (2315{space}GMT {eve}) and ended at 4 pm "
        f"(0930{space}GMT), officials said on {day}."
    )
    found = {m.text: m.value for m in find_dates(text, published)}
    assert found == {
        "6 am": f"{published}T06:00",
        f"2315{space}GMT {eve}": f"{published - timedelta(days=1)}T23:15Z",
        "4 pm": f"{published}T16:00",
        f"0930{space}GMT": f"{published}T09:30Z",
        day: str(published),
    }


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize("zone", ["EST", "ET", "CEST", "local time"])
def test_a_zone_time_in_brackets_after_a_zoned_local_time_is_next_to_its_day(
    published: date, zone: str
) -> None:
    # the local time may carry its own zone ("8 p.m. EST (0100 GMT Tuesday)")
    after = published + timedelta(days=1)
    text = f"Voting closed at 8 p.m. {zone} (0100 GMT {after:%A}), officials said."
    assert only(text, published, f"0100 GMT {after:%A}").value == f"{after}T01:00Z"


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
def test_a_zone_time_in_brackets_telling_the_same_clock_gives_its_day(published: date) -> None:
    # negative: the same clock in brackets is the same moment, its day the local one's
    ahead = published + timedelta(days=2)
    text = f"He will leave at 4 in the morning (4 a.m. EDT {ahead:%A}), aides said."
    assert only(text, published, "4 in the morning").value == f"{ahead}T04:00"


# The stop after "am"/"pm" ends the sentence; after "a.m."/"p.m." it is the half's own.
STOPS_AFTER_A_HALF_OF_THE_DAY = [
    # text, publication date, expression
    ("The vote closed at 7:45pm. Counting began.", MON, "7:45pm"),
    ("The ferry sank around 1pm.", SUN, "around 1pm"),
    ("Fireworks began at 12 am. Crowds cheered.", NEW_YEAR, "12 am"),
    ("The market opened at 8.30 am.", LEAP_DAY, "8.30 am"),
    ("The polls shut at 9 PM. Queues remained.", YEAR_END, "9 PM"),
    # negative: the stop of "p.m." stays, and none is taken where none is written
    ("The vote closed at 7:45 p.m. Counting began.", MON, "7:45 p.m."),
    ("The ferry sank around 1 p.m.", SUN, "around 1 p.m."),
    ("Fireworks began at 12 am and lasted an hour.", NEW_YEAR, "12 am"),
    ("The market opened at 8.30 a.m", LEAP_DAY, "8.30 a.m"),
]


@pytest.mark.parametrize(("text", "published", "expression"), STOPS_AFTER_A_HALF_OF_THE_DAY)
def test_a_stop_after_am_or_pm_is_the_sentences(
    text: str, published: date, expression: str
) -> None:
    assert [m.text for m in find_dates(text, published) if m.type == "TIME"] == [expression]


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 12.02 percent on Friday.",
        "Its debt reached 9.30 million dollars.",
        "The team won 3.10 points ahead.",
    ],
)
def test_a_number_with_a_stop_and_no_half_of_the_day_is_no_clock_time(text: str) -> None:
    assert all(m.type != "TIME" for m in find_dates(text, SUN))


@pytest.mark.parametrize(
    "phrase", ["the last week of", "last year's", "the end of the month", "at 9 a.m. Friday"]
)
def test_looking_for_the_nearest_day_costs_the_days_looked_at(
    phrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many dates in one sentence: each looks back for a day among the days told, not
    every date between (the cost stays linear in the number of dates)."""
    looked_at = 0
    names_a_day = placing._names_a_day

    def counted(placement: Placement) -> bool:
        nonlocal looked_at
        looked_at += 1
        return names_a_day(placement)

    monkeypatch.setattr(placing, "_names_a_day", counted)
    count = 400
    text = "Officials said " + ", ".join([phrase] * count) + " were all recalled."
    mentions = find_dates(text, MON)
    assert len(mentions) >= count
    assert looked_at <= 10 * count


# A text that narrates (its written years outnumber what is counted from the moment of
# writing): the years of a war, then a quotation of its time.
CHRONICLE = (
    "The siege began in 1871. Talks failed in 1872, and again in 1873 and 1874. In 1875 the"
    " town fell. {quote}"
)


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    ("quote", "expression", "value"),
    [
        # a day word in a quotation is a day of the speaker's, told nowhere: unplaced
        ('The mayor said, "We leave tonight."', "tonight", "XXXX-XX-XXTNI"),
        ('Crowds chanted: "Who did you jail today?"', "today", "XXXX-XX-XX"),
        ('"It is us now. It will be you tomorrow," he warned.', "tomorrow", "XXXX-XX-XX"),
        ('He wrote: "The guns fell silent this morning."', "this morning", "XXXX-XX-XXTMO"),
        # negative: a day told for the speech places it
        ('On 3 May 1875, the mayor said, "We leave tonight."', "tonight", "1875-05-03TNI"),
        # negative: outside a quotation it is what it says
        ("The mayor leaves tonight.", "tonight", "{published}TNI"),
    ],
)
def test_a_day_word_quoted_in_a_narration_is_of_no_day_told(
    quote: str, expression: str, value: str, published: date
) -> None:
    mention = only(CHRONICLE.format(quote=quote), published, expression)
    assert mention.value == value.format(published=published)


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
def test_a_day_word_quoted_in_news_is_of_its_day(published: date) -> None:
    """News: a quotation without its day is spoken on the day of publication."""
    mention = only('Crowds chanted: "Who did you jail today?"', published, "today")
    assert mention.value == published.isoformat()


@pytest.mark.parametrize(
    "expression",
    [
        "next year",
        "last week",
        "next month",
        "this quarter",
        "next summer",
        "the first half of next year",
        "the second quarter of this year",
        "last March",
        "this decade",
    ],
)
@pytest.mark.parametrize("published", [date(100, 6, 15), date(999, 3, 2), date(45, 12, 31)])
def test_a_value_before_the_year_1000_keeps_four_year_digits(
    expression: str, published: date
) -> None:
    (mention,) = find_dates(f"The council will meet {expression}.", published)
    assert mention.interval_start is not None
    # TimeML writes a year with four digits ("0046", "0001-W08"), a decade with three
    assert mention.value.startswith(mention.interval_start.isoformat()[:3]), mention.value
    assert mention.value[:3].isdigit() and not mention.value[3:4].isalpha(), mention.value


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    ("text", "listed"),
    [
        # each day of a list after its month falls in that month and year
        ("Unions called strikes on {month} 10, 11 and 12, organisers said.", [10, 11, 12]),
        ("Hearings were held on {month} 3, 4, and 5, the court said.", [3, 4, 5]),
        # negative: a count after the comma is no day
        ("On {month} 10, 11 soldiers and 12 police were hurt.", [10]),
    ],
)
def test_each_day_of_a_list_takes_its_months_year(
    text: str, listed: list[int], published: date
) -> None:
    month = published - timedelta(days=40)
    found = find_dates(text.format(month=f"{month:%B}"), published)
    assert [m.value for m in found] == [
        date(month.year, month.month, day).isoformat() for day in listed
    ]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is left of a unit is no relation: "after" opens a clause of its own
        ("The zoo stayed shut for the rest of the day after a lion escaped.", []),
        ("Flights were grounded for the remainder of the week after the ash cloud spread.", []),
        ("Roads were closed for the balance of the day after the derailment.", []),
        # negative: a relation with nothing left of a unit before it
        ("The zoo reopened the day after a lion escaped.", [("the day after", 1)]),
        ("Roads reopened the day after the derailment.", [("the day after the derailment", 1)]),
    ],
)
def test_what_is_left_of_a_unit_is_no_relation(
    text: str, expected: list[tuple[str, int]], published: date
) -> None:
    found = [(m.text, m.interval_start) for m in find_dates(text, published)]
    assert found == [(span, published + timedelta(days=days)) for span, days in expected]


# "the same day", "that day" point back at the day told before them, not at the day of a
# statement reported after them ("discharged the same day, officials said on Monday");
# with no day told before, the statement's day is the one meant.
SAME_DAY_BEFORE_A_STATEMENT = [
    # text, expression, days back of the day told first (None: none told), of the statement
    (
        "Crowds marched on {first}. Most were freed the same day, police said on {said}.",
        "the same day",
        3,
        1,
    ),
    ("A dam burst on {first}; nine died that day, officials said {said}.", "that day", 4, 1),
    (
        "Fire broke out on {first}. That same day, the mayor resigned, aides said on {said}.",
        "That same day",
        2,
        0,
    ),
    # kept: nothing told before, and the end of the day a statement was made on
    ("Most were freed the same day, police said on {said}.", "the same day", None, 1),
    (
        "Shares fell 2% by the end of the day, traders said on {said}.",
        "the end of the day",
        None,
        1,
    ),
]


@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    ("text", "expression", "first_back", "said_back"), SAME_DAY_BEFORE_A_STATEMENT
)
def test_the_same_day_points_back_not_at_the_statement(
    text: str, expression: str, first_back: int | None, said_back: int, published: date
) -> None:
    said = published - timedelta(days=said_back)
    first = published - timedelta(days=first_back or 0)
    sentence = text.format(first=first.strftime("%A"), said=said.strftime("%A"))
    meant = first if first_back is not None else said
    assert dict(values(sentence, published))[expression] == meant.isoformat()


# "year-end", "month-end" told in the past are the end of the unit before the
# publication's ("had set a year-end deadline" in January, "up 20% since year-end");
# told ahead or in the present, the publication's own.
@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    ("text", "expression", "back"),
    [
        ("The army had set a year-end deadline to clear the border.", "year-end", True),
        ("Shares have risen 20% since year-end.", "year-end", True),
        ("Sales were strong at month-end, the company said.", "month-end", True),
        # kept: ahead, and no tense
        ("The company expects to close the deal by year-end.", "year-end", False),
        ("The firm said it would close the deal by year-end.", "year-end", False),
        ("Year-end bonuses matter to staff.", "Year-end", False),
        ('"Lower rates pave the way for a year-end rally," an analyst said.', "year-end", False),
    ],
)
def test_a_unit_edge_told_in_the_past_is_the_one_before(
    text: str, expression: str, back: bool, published: date
) -> None:
    mention = only(text, published, expression)
    if expression.lower().startswith("year"):
        year = published.year - (1 if back else 0)
        assert mention.value == f"{year:04d}"
    else:
        month = published.replace(day=1) - timedelta(days=1) if back else published
        assert mention.value == f"{month.year:04d}-{month.month:02d}"


# "the previous month", "the prior quarter" count back from the latest date told before
# at their precision ("rose in October from the previous month": September), from the
# publication's when none is told.
@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    ("text", "expression", "unit", "told_back"),
    [
        ("Exports fell 3% in {month} from the previous month.", "the previous month", "month", 3),
        (
            "Output in {month} was up on the prior month, data showed.",
            "the prior month",
            "month",
            5,
        ),
        (
            "Prices eased in {month} after rising the previous month.",
            "the previous month",
            "month",
            2,
        ),
        # kept: nothing told before, counted from the publication
        ("Exports fell 3% from the previous month.", "the previous month", "month", None),
        ("Sales rose 5% on the prior year.", "the prior year", "year", None),
    ],
)
def test_the_previous_unit_counts_back_from_the_date_told(
    text: str, expression: str, unit: str, told_back: int | None, published: date
) -> None:
    told = published.replace(day=1)
    for _ in range(told_back or 0):
        told = (told - timedelta(days=1)).replace(day=1)
    sentence = text.format(month=f"{told:%B} {told.year}")
    base = told if told_back is not None else published
    if unit == "month":
        before = (base.replace(day=1) - timedelta(days=1)).replace(day=1)
        meant = f"{before.year:04d}-{before.month:02d}"
    else:
        meant = f"{base.year - 1:04d}"
    assert dict(values(sentence, published))[expression] == meant


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a soft hyphen, a zero-width space or word joiner, a direction mark inside a date
        ("Talks began on Decem\u00adber 4, 2025.", [("Decem\u00adber 4, 2025", "2025-12-04")]),
        ("Talks began on Dec\u200bember 4.", [("Dec\u200bember 4", "2024-12-04")]),
        ("They met on Mon\u2060day in Oslo.", [("Mon\u2060day", "2025-12-01")]),
        ("Signed \u200fDecember 4\u200f, 2025.", [("December 4\u200f, 2025", "2025-12-04")]),
        ("\ufeffOn Friday and last week.", [("Friday", "2025-11-28"), ("last week", "2025-W48")]),
        # full-width forms and the digits of other scripts read as ASCII, offsets kept
        ("Talks on December ４, ２０２５.", [("December ４, ２０２５", "2025-12-04")]),
        (
            "They met on Ｍｏｎｄａｙ at １０：３０.",
            [("Ｍｏｎｄａｙ", "2025-12-01"), ("１０：３０", "2025-12-01T10:30")],
        ),
        ("Signed on ٤ December ٢٠٢٥ in Doha.", [("٤ December ٢٠٢٥", "2025-12-04")]),
        ("Vote set for २०२६-०१-१५.", [("२०२६-०१-१५", "2026-01-15")]),
        # negatives: a mark that is seen, or that joins letters in some scripts, splits a word
        ("Talks began on Dec-ember 4.", []),
        ("They met on Mon\u200cday in Oslo.", []),
    ],
)
def test_marks_a_reader_does_not_see_and_other_forms_of_digits_do_not_hide_a_date(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(text, TUE)
    assert [(m.text, m.value) for m in found] == expected
    assert all(text[m.char_start : m.char_end] == m.text for m in found)


# A story names one day by a weekday: told ahead of publication (within half a week) and
# also read as the one gone by from a clause's tense alone, it is the coming day both times
# ("predicted gales on Friday" in a Wednesday story that says "schools will close on
# Friday"); "last Friday", a day ahead farther than the one gone by, or a story that tells
# the weekday only in the past keep the day gone by. Each row: the sentence (``{day}`` the
# weekday ``ahead`` days after publication) and where each of its dates lies, in order, as
# days from publication (a time of day as the day and its suffix).
STORY_WEEKDAYS = [
    ("Forecasters predicted gales on {day}. Schools will close on {day}.", 2, [2, 2]),
    ("The alert will start on {day}. Crews were told to be ready on {day}.", 1, [1, 1]),
    ("Officials expected the worst damage on {day}. The storm is set to hit on {day}.", 3, [3, 3]),
    (
        "Ferries were cancelled from 6am on {day} until 8pm that evening. The storm will hit"
        " on {day}.",
        2,
        [(2, "T06:00"), (2, "T20:00"), (2, "TEV"), 2],
    ),
    # kept: a relation word, a nearer day gone by, no day told ahead
    ("Talks collapsed last {day}. They will resume on {day}.", 2, [-5, 2]),
    ("Rebels attacked the town on {day}. Talks will be held on {day}.", 5, [-2, 5]),
    ("Forecasters predicted gales on {day}.", 2, [-5]),
    ("Rebels attacked the town on {day}, and fled on {day}.", 2, [-5, -5]),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "ahead", "sides"), STORY_WEEKDAYS)
def test_a_weekday_the_story_tells_ahead_is_one_day(
    text: str, ahead: int, sides: list[int | tuple[int, str]], published: date
) -> None:
    sentence = text.format(day=(published + timedelta(days=ahead)).strftime("%A"))
    meant = []
    for side in sides:
        days, suffix = side if isinstance(side, tuple) else (side, "")
        meant.append((published + timedelta(days=days)).isoformat() + suffix)
    assert [value for _, value in values(sentence, published)] == meant


# News gives the year of a day not of its own time: a day of a month told without its
# year, near publication counted from it, is the news's own day, not one of a
# backgrounder's earlier year told before it ("elected mayor in 2019 and 2023. On March
# 18, ..." told on March 24, 2025). Each row: the sentence (``{year}`` three years before
# publication, ``{day}`` a day of a month ``back`` days before publication) and whether
# the day is of now (else of the backgrounder's year); a day after publication told in the
# past is no news yet.
BACKGROUNDER_YEARS = [
    ("He was elected mayor in {year}. On {day}, his diploma was annulled.", 6, True),
    ("The group was banned in {year}. It was banned again on {day}.", 15, True),
    ("The truce agreed in {year} collapsed. Fighting resumed on {day}.", 28, True),
    # kept: a day far from publication, a narrated history, a year of the day's own
    ("He was elected mayor in {year}. On {day}, his diploma was annulled.", 120, False),
    ("He was elected mayor in {year}. On {day}, his diploma was annulled.", -4, False),
    # a clause opened by "when" right after the year tells of that year
    ("The fair was last cancelled in {year}, when a fire broke out on {day}.", 6, False),
    ("The bridge last closed in {year}, when it flooded on {day}.", 15, False),
    # ... not a clause "when" opens away from the year
    ("The mayor was elected in {year}, and his diploma was annulled on {day}.", 6, True),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "back", "now"), BACKGROUNDER_YEARS)
def test_a_day_near_publication_is_not_of_a_backgrounders_year(
    text: str, back: int, now: bool, published: date
) -> None:
    day = published - timedelta(days=back)
    year = published.year - 3
    sentence = text.format(year=year, day=f"{day:%B} {day.day}")
    meant = day if now else day.replace(year=year)
    assert dict(values(sentence, published))[f"{day:%B} {day.day}"] == meant.isoformat()


# So is a month told without its year: the month of publication or the one before it,
# after a backgrounder's earlier year, is the news's own ("The unit was set up in 2019.
# In June, its chief was charged" told in July 2025: June 2025). Each row: the sentence
# (``{year}`` three years before publication, ``{month}`` a month ``back`` months before
# publication's) and whether the month is of now (else of the backgrounder's year).
BACKGROUNDER_MONTHS = [
    ("The agency was set up in {year}. In {month}, its chief was charged.", 0, True),
    ("The agency was set up in {year}. In {month}, its chief was charged.", 1, True),
    ("Rebels took the town in {year}. In {month}, the army shelled it again.", 1, True),
    ("Drones first hit the plant in January {year}. In {month}, strikes cut output.", 0, True),
    # kept: a month further back, a year of the month's own
    ("The agency was set up in {year}. In {month}, its chief was charged.", 4, False),
    ("The agency was set up in {year}. In {month} {year}, its chief was charged.", 1, False),
    ("The league was last halted in {year}, when it stopped in {month}.", 0, False),
    ("The port last shut in {year}, when storms hit it in {month}.", 1, False),
    ("The port last shut in {year}, during which storms hit it in {month}.", 1, False),
]


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "back", "now"), BACKGROUNDER_MONTHS)
def test_a_month_near_publication_is_not_of_a_backgrounders_year(
    text: str, back: int, now: bool, published: date
) -> None:
    month = date(published.year, published.month, 1)
    for _ in range(back):
        month = (month - timedelta(days=1)).replace(day=1)
    year = published.year - 3
    sentence = text.format(year=year, month=f"{month:%B}")
    told = f"{month:%B} {year}" if "{month} {year}" in text else f"{month:%B}"
    meant = month if now else month.replace(year=year)
    assert dict(values(sentence, published))[told] == f"{meant:%Y-%m}"


def test_a_month_of_a_narrated_history_keeps_its_story_year() -> None:
    text = (
        "The war began in 1939. Poland fell in 1939 and France in 1940. The tide turned"
        " in 1942. The Allies landed in Normandy in 1944. In May, the city fell."
    )
    assert dict(values(text, date(2025, 6, 1)))["May"] == "1944-05"


def test_a_day_of_a_narrated_history_keeps_its_story_year() -> None:
    text = (
        "The war began in 1939. Poland fell in 1939 and France in 1940. The tide turned"
        " in 1942. The Allies landed in Normandy in 1944. On May 29, the city fell."
    )
    assert dict(values(text, date(2025, 6, 1)))["May 29"] == "1944-05-29"


# An ordinal, a weekday and "of"/"in" before a month name one day of that month ("the
# second Sunday in October"): the month gives the year as alone (its tense, a year
# written or told); "last"/"final" only after "the" ("last Monday in May" is a Monday
# gone by). The expression ends where the month's does.
WEEKDAYS_OF_A_MONTH = [
    ("The vote is held on the first Sunday of May.", MON, "the first Sunday of May", "2026-05-03"),
    (
        "Voters chose on the second Sunday in October.",
        SUN,
        "the second Sunday in October",
        "2025-10-12",
    ),
    (
        "The summit opens on the third Tuesday of January.",
        YEAR_END,
        "the third Tuesday of January",
        "2026-01-20",
    ),
    (
        "The primary was on the second Tuesday of February.",
        LEAP_DAY,
        "the second Tuesday of February",
        "2024-02-13",
    ),
    ("Markets close on the last Monday of May.", NEW_YEAR, "the last Monday of May", "2025-05-26"),
    ("A fifth Thursday of February is rare.", LEAP_DAY, "fifth Thursday of February", "2024-02-29"),
    (
        "It ended on the final Friday of June 2019.",
        SUN,
        "the final Friday of June 2019",
        "2019-06-28",
    ),
    (
        "It came on the 2nd Saturday of March, 2021.",
        MON,
        "the 2nd Saturday of March, 2021",
        "2021-03-13",
    ),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), WEEKDAYS_OF_A_MONTH)
def test_an_ordinal_weekday_of_a_month_is_one_day(
    text: str, published: date, expression: str, value: str
) -> None:
    mention = only(text, published, expression)
    assert (mention.value, *interval(mention), mention.granularity) == (value, value, value, "day")


def test_an_ordinal_weekday_of_a_month_takes_the_story_year() -> None:
    text = "The rebels took the town in 2014. On the last Friday of June, the army struck back."
    assert dict(values(text, MON))["the last Friday of June"] == "2014-06-27"


# negative: "last" without "the" is a day gone by; no month, no day of a month
NOT_WEEKDAYS_OF_A_MONTH = [
    (
        "She saw him last Monday in May.",
        YEAR_END,
        [("last Monday", "2025-12-29"), ("May", "2025-05")],
    ),
    ("The first Sunday in office was quiet.", MON, [("Sunday", "2025-11-30")]),
    ("Talks are set for the first week of May.", MON, [("the first week of May", "2026-05")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), NOT_WEEKDAYS_OF_A_MONTH)
def test_what_is_no_ordinal_weekday_of_a_month(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert values(text, published) == expected


# "mid-month", "mid-year", "midweek" are the middle of the publication's unit, or of its
# neighbour when the tense points past that middle: told in the past before the middle
# came, the unit before; told ahead once it has gone, the unit after.
@pytest.mark.parametrize(
    ("text", "published", "expression", "value", "first", "last"),
    [
        ("Prices peaked in mid-month.", MON, "mid-month", "2025-11", "2025-11-11", "2025-11-20"),
        ("Prices peaked in mid-month.", SUN, "mid-month", "2025-11", "2025-11-11", "2025-11-20"),
        (
            "The deal is due to be signed by mid-month.",
            NEW_YEAR,
            "mid-month",
            "2025-01",
            "2025-01-11",
            "2025-01-20",
        ),
        (
            "The deal will be signed by mid-month.",
            YEAR_END,
            "mid-month",
            "2026-01",
            "2026-01-11",
            "2026-01-20",
        ),
        ("The index peaked mid-year.", LEAP_DAY, "mid-year", "2023", "2023-05-01", "2023-08-31"),
        ("Growth slowed at mid-year.", YEAR_END, "mid-year", "2025", "2025-05-01", "2025-08-31"),
        ("Talks stalled midweek.", MON, "midweek", "2025-W48", "2025-11-26", "2025-11-27"),
        ("Talks stalled midweek.", SUN, "midweek", "2025-W48", "2025-11-26", "2025-11-27"),
        # kept: the year-end rule, and "mid-" before a month
        ("Shares rose at month-end.", MON, "month-end", "2025-11", "2025-11-21", "2025-11-30"),
        (
            "Talks resume in mid-March.",
            LEAP_DAY,
            "mid-March",
            "2024-03",
            "2024-03-11",
            "2024-03-20",
        ),
    ],
)
def test_the_middle_of_the_current_unit(
    text: str, published: date, expression: str, value: str, first: str, last: str
) -> None:
    mention = only(text, published, expression)
    assert (mention.value, mention.mod) == (value, "MID" if "mid" in expression else "END")
    assert (str(mention.interval_start), str(mention.interval_end)) == (first, last)


@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    "text",
    [
        "Mid-sized firms were hit hardest.",
        "The club sits mid-table.",
        "A mid-ranking officer fled.",
    ],
)
def test_mid_before_no_unit_is_no_date(text: str, published: date) -> None:
    assert find_dates(text, published) == []


QUARTERS_BY_THEIR_MONTHS = [
    # a calendar quarter named by its first and last month is one quarter
    (
        "Output rose in the April-June quarter, the agency said.",
        LEAP_DAY,
        "the April-June quarter",
        "2023-Q2",
    ),
    (
        "The insurer lost money in the July-September period.",
        TUE,
        "the July-September period",
        "2025-Q3",
    ),
    ("Sales slid in the January–March quarter.", TUE, "the January–March quarter", "2025-Q1"),
    (
        "Analysts see a rebound in the October-December quarter.",
        MON,
        "the October-December quarter",
        "2025-Q4",
    ),
    ("Its Jan.-March quarter loss narrowed.", YEAR_END, "Jan.-March quarter", "2025-Q1"),
    (
        "Growth in the April-June quarter of 2019 was revised.",
        TUE,
        "the April-June quarter of 2019",
        "2019-Q2",
    ),
    (
        "Exports fell in the July-September quarter of last year.",
        NEW_YEAR,
        "the July-September quarter of last year",
        "2024-Q3",
    ),
    ("The April to June quarter was weak.", LEAP_DAY, "The April to June quarter", "2023-Q2"),
    # or by its last month alone
    ("Wages rose in the September quarter.", TUE, "the September quarter", "2025-Q3"),
    ("Profit in the Dec. quarter fell.", date(2026, 2, 3), "the Dec. quarter", "2025-Q4"),
    (
        "Jobs fell in the March quarter of this year.",
        TUE,
        "the March quarter of this year",
        "2025-Q1",
    ),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), QUARTERS_BY_THEIR_MONTHS)
def test_a_quarter_named_by_its_first_and_last_month(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


MONTH_RANGES_OF_NO_QUARTER = [
    # three months that are no calendar quarter, or months joined without "quarter"
    ("Rain fell in the February-April period, farmers said.", TUE, ["February", "April"]),
    ("The offensive ran in the June-August period.", TUE, ["June", "August"]),
    ("Prices rose from April to June.", TUE, ["April", "June"]),
    ("Talks were held between January and March.", TUE, ["January", "March"]),
    ("Spain meet France in the June quarter-final.", TUE, ["June"]),
    ("Shells hit the old quarter in July.", TUE, ["July"]),
]


@pytest.mark.parametrize(("text", "published", "expressions"), MONTH_RANGES_OF_NO_QUARTER)
def test_months_of_no_quarter_stay_months(
    text: str, published: date, expressions: list[str]
) -> None:
    found = find_dates(text, published)
    assert [m.text for m in found] == expressions
    assert all(m.granularity == "month" for m in found)


HALVES_JOINED_TO_A_NOUN = [
    # "first-half profit" is the half as "second-quarter profit" is the quarter
    (
        "First-half profit fell 9 percent, the miner said.",
        date(2025, 8, 5),
        "First-half",
        "2025-H1",
    ),
    ("The bank sees second-half growth slowing.", date(2025, 8, 4), "second-half", "2025-H2"),
    ("The brewer's second-half sales fell.", date(2026, 2, 10), "second-half", "2025-H2"),
    ("The group posted a first-half loss.", date(2025, 9, 1), "first-half", "2025-H1"),
    ("Revenue for the first-half of 2024 rose.", TUE, "the first-half of 2024", "2024-H1"),
    # told ahead, the nearest such half: its figures come after it
    ("It will report first-half earnings on July 30.", date(2025, 7, 10), "first-half", "2025-H1"),
    (
        "It will report second-half earnings on Thursday.",
        date(2025, 2, 10),
        "second-half",
        "2024-H2",
    ),
    ("The bank expects second-half growth to slow.", date(2025, 6, 20), "second-half", "2025-H2"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), HALVES_JOINED_TO_A_NOUN)
def test_a_half_joined_to_the_noun_it_qualifies(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


@pytest.mark.parametrize(
    "text",
    [
        "The first half of the match was goalless.",
        "A half-hearted effort to reopen the talks failed.",
        "The town is first-half-built, officials said.",
    ],
)
def test_what_is_no_half_year(text: str) -> None:
    assert [m.granularity for m in find_dates(text, TUE)] == []
