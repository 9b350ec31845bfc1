"""The side of the publication date a date falls on, read from its clause, and the time
a narrated passage tells: tables across publication dates (a Monday, a Sunday, 1 January,
29 February, the last day of a year), with cases that must not change."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import Mention
from timeline.resolve import find_dates
from timeline.tense import SentenceCues, asides
from timeline.text import is_quoted

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


def two_months_on(published: date) -> tuple[int, str]:
    """The number and name of the month two months after ``published``'s."""
    number = (published.month + 1) % 12 + 1
    return number, date(2000, number, 1).strftime("%B")


def assert_month_side(text: str, gone: bool, published: date) -> None:
    """The month two months after ``published``'s, put in ``text`` for ``{month}``, reads
    as the one gone by when ``gone``, else as the coming one."""
    number, month = two_months_on(published)
    next_one = published.year + (number < published.month)  # the coming such month
    year = next_one - 1 if gone else next_one
    assert only(text.format(month=month), published, month).value == f"{year}-{number:02d}"


def assert_weekday_side(text: str, ahead: bool, published: date) -> None:
    """The weekday two days after ``published``, put in ``text`` for ``{day}``, reads as
    that day when ``ahead``, else as the one a week before."""
    coming = published + timedelta(days=2)
    name = coming.strftime("%A")
    meant = coming if ahead else coming - timedelta(days=7)
    assert only(text.format(day=name), published, name).value == meant.isoformat()


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


# Told in the present, a happening named after such a word is past too ("It comes after
# a strike in May", "This follows a missile strike, in May, on a store").
HAPPENINGS_BEFORE_NOW = [
    ("It comes after a strike in May on a store.", date(2024, 12, 12), "May", "2024-05"),
    ("This follows a missile strike in May on a store.", date(2024, 12, 12), "May", "2024-05"),
    ("This follows a missile strike, in May, on a store.", date(2024, 12, 12), "May", "2024-05"),
    ("Schools stay shut following the floods in October.", date(2025, 6, 1), "October", "2024-10"),
    # kept: a schedule in the present, and a happening after the one named
    ("The summit opens in May.", date(2024, 12, 12), "May", "2025-05"),
    ("The vote is followed by a runoff in May.", date(2024, 12, 12), "May", "2025-05"),
]


# What a happening named after "after" or "following" said would come ("the May 12
# announcement that it would disband") is no tense of the date: with no other cue, the
# happening is past, as above.
HAPPENINGS_SAYING_WHAT_WOULD_COME = [
    # text, days from publication
    ("The rally comes after the party's {day} announcement that it would disband.", -60),
    ("Shares jump following the bank's {day} pledge that it will cut rates.", -60),
    ("Calm returns after the {day} decision that troops would withdraw.", -60),
    # kept: a future told before the date, or no happening before it
    ("The party will meet after the {day} vote that will decide its leader.", 20),
    ("The party's {day} congress will elect a new leader.", 20),
]


@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(("text", "days"), HAPPENINGS_SAYING_WHAT_WOULD_COME)
def test_what_a_happening_said_would_come_is_not_its_tense(
    text: str, days: int, published: date
) -> None:
    day = published + timedelta(days=days)
    written = f"{day.strftime('%B')} {day.day}"
    assert only(text.format(day=written), published, written).value == day.isoformat()


# A date a verb of naming gives a name ("has called April 2 "Liberation Day"", "declared
# Friday as a day of mourning") is the day named, not the day of the naming: the nearest
# such day, on either side; a date told right after such a verb with no name after it
# is still the day of the telling ("called Tuesday for talks").
DAYS_GIVEN_A_NAME = [
    # text, days from publication
    ('Trump has repeatedly called {day} "Liberation Day".', 2),
    ("The cabinet declared {day} as a day of national mourning.", 3),
    ("Activists dubbed {day} “Black Friday” after the raid.", -2),
    # a day given as a day of something or a holiday, without "as"
    ("The president declared {day} a day of national mourning.", 1),
    ("The government declared {day} a public holiday.", 3),
    # kept: no name after the date, or a name with no verb of naming
    ("The envoy called {day} for fresh talks.", -2),
    ("The mayor named {day} a new police chief.", -2),
    ("The governor declared {day} a state of emergency in the region.", -2),
]


@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize("written_as", ["month_day", "weekday"])
@pytest.mark.parametrize(("text", "days"), DAYS_GIVEN_A_NAME)
def test_a_day_given_a_name_is_the_nearest_such_day(
    text: str, days: int, written_as: str, published: date
) -> None:
    day = published + timedelta(days=days)
    written = day.strftime("%A") if written_as == "weekday" else f"{day:%B} {day.day}"
    assert only(text.format(day=written), published, written).value == day.isoformat()


# A present form after an article or a possessive is a noun ("at the start of trading",
# "an open letter"), no schedule in the present: a weekday after it follows the verb.
@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("Shares rose at the start of trading on {day}.", False),
        ("Protesters delivered an open letter to the mayor on {day}.", False),
        ("The campaign began after their close of talks on {day}.", False),
        # kept: a present verb of a schedule looks ahead
        ("The polls open on {day}.", True),
        ("This is the week the fair opens on {day}.", True),
    ],
)
def test_a_present_form_after_an_article_is_a_noun(text: str, ahead: bool, published: date) -> None:
    assert_weekday_side(text, ahead, published)


# Irregular past forms, with a prefix or not ("found", "retook", "overthrew", "upheld",
# "swept"), tell the past: a month after one is the one gone by, not the nearest ahead.
@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Divers found the wreck in {month}.", True),
        ("The army retook the town in {month}.", True),
        ("Soldiers overthrew the president in {month}.", True),
        ("The court upheld the ruling in {month}.", True),
        ("Floods swept the valley in {month}, officials said.", True),
        # kept: a plan, and a noun that only looks like a past form
        ("The army will retake the town in {month}.", False),
        ("A slew of protests is expected in {month}.", False),
    ],
)
def test_a_month_after_an_irregular_past_form_is_gone(
    text: str, gone: bool, published: date
) -> None:
    assert_month_side(text, gone, published)


# A verb of commitment keeps its plan though a time or a short phrase stands between the
# verb and its infinitive ("agreed on Friday to hold ...", "vowed last week to ..."): a
# month told in the plan lies ahead; one told before "to" dates the commitment itself.
@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The council agreed on Friday to cut bus fares in {month}.", False),
        ("Ministers decided late on Tuesday to reopen the bridge in {month}.", False),
        ("The union vowed last week to strike again in {month}.", False),
        ("Both parties agreed in principle to hold a new vote in {month}.", False),
        # kept: a date before the infinitive, a preposition "to", no verb of commitment
        ("The council decided in {month} to cut bus fares.", True),
        ("The firm promised aid to farmers in {month}.", True),
        ("The mayor travelled on Friday to open a school in {month}.", True),
    ],
)
def test_a_commitment_keeps_its_plan_across_a_time(text: str, gone: bool, published: date) -> None:
    assert_month_side(text, gone, published)


BODY = (
    "Forecasters warned of gales along the whole coast and told residents to stay at home, "
    "while ferries were cancelled."
)


# A headline tells what is to come with a bare infinitive after its subject ("Storm Amy
# to hit Shropshire on Saturday", "Court to rule on Monday"): a weekday there is a
# coming one. Only a heading, the text's first line without a full stop, reads so.
@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("Storm to hit the coast on {day}\n" + BODY, True),
        ("Court to rule on appeal on {day}\n" + BODY, True),
        ("Rivals to meet in final on {day}\n" + BODY, True),
        ("Hong Kong court to hand down verdict on {day}\n" + BODY, True),
        # kept: a heading told in the past, and a body sentence
        ("Storm battered the coast on {day}\n" + BODY, False),
        ("Forecasters said the storm came to the coast on {day}.", False),
    ],
)
def test_a_headline_infinitive_looks_ahead(text: str, ahead: bool, published: date) -> None:
    assert_weekday_side(text, ahead, published)


# "Forecast" right after a determiner or a possessive ("its forecasts", "a forecast") is
# the noun, which looks nowhere: a month the clause's past verb governs is gone by.
@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The bank raised its forecasts in {month}.", True),
        ("The agency published a forecast in {month}, officials said.", True),
        ("The fund last revised their forecast in {month}.", True),
        # kept: the verb, and a plan to publish the noun
        ("Analysts forecast a rebound in {month}.", False),
        ("The bank will publish its forecasts in {month}.", False),
    ],
)
def test_a_forecast_after_a_determiner_is_a_noun(text: str, gone: bool, published: date) -> None:
    assert_month_side(text, gone, published)


# A regular past form right after a relative pronoun, with a preposition or a determiner
# after it, is the verb of the relative clause ("a trial that concluded in August"), not
# an adjective ("that damaged building"): a month it governs is the one gone by, whatever
# the main clause says.
@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Judges will rule after a hearing that ended in {month}.", True),
        ("The board will meet again, following a review that started in {month}.", True),
        ("Talks will resume on the deal that collapsed in {month}, envoys say.", True),
        # kept: an adjective after a determiner, and a plan in the relative clause
        ("The agency will rebuild that damaged bridge in {month}.", False),
        ("Crews will finish the road that opens in {month}.", False),
    ],
)
def test_a_regular_past_verb_of_a_relative_clause_is_gone(
    text: str, gone: bool, published: date
) -> None:
    assert_month_side(text, gone, published)


# "for" after a word of cause ("jailed for", "responsible for", "in retaliation for")
# gives a reason, not a time ahead: a date after it in a past clause is past however near.
CAUSES = [
    # text, whether the day is gone (else the coming one)
    ("He was jailed for the {day} riot.", True),
    ("The court jailed him for the {day} riot, his lawyer said.", True),
    ("Jets struck the camp in retaliation for the {day} attack.", True),
    ("The group was blamed for the {day} bombing, officials said.", True),
    ("The leaders were responsible for the massacre on {day}.", True),
    # kept: "for" that looks ahead, and another word looking ahead
    ("Crews prepared for the {day} launch.", False),
    ("He was jailed until the {day} hearing.", False),
]


@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(("text", "gone"), CAUSES)
def test_a_date_after_a_cause_in_a_past_clause_is_gone(
    text: str, gone: bool, published: date
) -> None:
    ahead = published + timedelta(days=3)
    written = f"{ahead:%B} {ahead.day}"
    meant = ahead.replace(year=ahead.year - 1) if gone else ahead
    assert only(text.format(day=written), published, written).value == meant.isoformat()


# A participle of planning after a determiner or a possessive ("Aliyev's planned
# meeting", "the proposed talks") names a thing still ahead: a date after it in a past
# clause is the coming one. Other participles there are adjectives that say nothing.
PLANNED_THINGS = [
    # text, days from publication
    ("He welcomed Aliyev's planned meeting {day} with the envoy.", 1),
    ("She praised the proposed talks on {day}, aides said.", 3),
    ("Ministers backed the planned vote {day} in the assembly.", 2),
    # kept: a past verb nearer the date, and a participle that plans nothing
    ("He criticised the planned strike, which took place on {day}.", -2),
    ("The wounded were flown out on {day}.", -1),
]


@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize("written_as", ["month_day", "weekday"])
@pytest.mark.parametrize(("text", "days"), PLANNED_THINGS)
def test_a_planned_thing_looks_ahead(
    text: str, days: int, written_as: str, published: date
) -> None:
    day = published + timedelta(days=days)
    written = day.strftime("%A") if written_as == "weekday" else f"{day:%B} {day.day}"
    assert only(text.format(day=written), published, written).value == day.isoformat()


# A thing "due" at a date ("a series due in November", "a payment due on Friday") is
# still to come, whatever the tense of the clause around it; what "was due" at a date
# has had its date, and "due to" is a cause ("due to storms"), not a schedule.
THINGS_DUE = [
    # text, whether the date written is the coming one (else the one gone by)
    ("The club pulled out of a tournament due in {month}, officials said.", True),
    ("Lenders criticised the bond payment due on {day}.", True),
    ("Talks due by {day} were still on, an envoy said.", True),
    # kept: a date that was due, a cause
    ("The report was due in {month}, aides said.", False),
    ("Flights were cancelled in {month} due to storms.", False),
]


@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(("text", "ahead"), THINGS_DUE)
def test_a_thing_due_at_a_date_looks_ahead(text: str, ahead: bool, published: date) -> None:
    coming = published + timedelta(days=62)
    gone = published - timedelta(days=62)
    day = coming if ahead else gone
    if "{month}" in text:
        written = f"{day:%B}"
        assert only(text.format(month=written), published, written).value == f"{day:%Y-%m}"
    else:
        written = f"{day:%B} {day.day}"
        assert only(text.format(day=written), published, written).value == day.isoformat()


# A month qualifying a noun of a time set ahead ("an October deadline") is the nearest
# such month whatever the verb's tense, as a day of the month is ("a Nov. 27 deadline");
# a month a past verb governs stays past.
MONTHS_OF_A_TIME_SET = [
    # text, whether the month two months after publication is the one meant
    ("Officials downplayed the {month} deadline for the deal.", True),
    ("The union rejected the {month} deadline set by the bosses.", True),
    # kept: no such noun after the month
    ("Rebels seized the town in {month}.", False),
    ("Officials downplayed a report on the deal in {month}.", False),
]


@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(("text", "ahead"), MONTHS_OF_A_TIME_SET)
def test_a_month_of_a_time_set_is_the_nearest(text: str, ahead: bool, published: date) -> None:
    first = published.replace(day=1) + timedelta(days=62)
    if f"{first:%B}" in ("March", "May"):  # month words that need a cue of their own
        first = (first + timedelta(days=31)).replace(day=1)
    name = f"{first:%B}"
    year = first.year if ahead else first.year - 1
    assert only(text.format(month=name), published, name).value == f"{year}-{first:%m}"


@pytest.mark.parametrize(("text", "published", "expression", "value"), HAPPENINGS_BEFORE_NOW)
def test_a_happening_told_after_after_in_a_present_clause_is_past(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


@pytest.mark.parametrize(("text", "published", "expression", "value"), HAPPENINGS_BEFORE)
def test_a_happening_told_after_after_in_a_past_clause_is_past(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# A verb in the present after "will", "'ll" or "would" is an infinitive: the modal
# decides, so a month told with it lies ahead, however near the one just gone; told in
# the past, the tense stays.
MODALS = [
    ("The trial will begin in November.", YEAR_END, "November", "2026-11"),
    ("Talks would resume in January.", LEAP_DAY, "January", "2025-01"),
    ("The summit will open in October.", MON, "October", "2026-10"),
    ("The market will close in December.", NEW_YEAR, "December", "2025-12"),
    ("The trial will start in October.", SUN, "October", "2026-10"),
    # "'ll" joined to its word is "will"
    ("They said they'll meet in October.", MON, "October", "2026-10"),
    ("We’ll vote in November, she said.", YEAR_END, "November", "2026-11"),
    ("It's over, he said in October.", MON, "October", "2025-10"),
    ("The trial began in November.", YEAR_END, "November", "2025-11"),
    ("The summit opened in October.", MON, "October", "2025-10"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), MODALS)
def test_a_verb_after_will_or_would_follows_the_modal(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# A present form after "did", "does" or a modal, adverbs between or not ("did indeed take
# place", "didn't meet"), is an infinitive: the auxiliary decides, so a weekday told with
# "did" is the one gone by; "does" and a modal keep a schedule ahead.
DO_SUPPORT = [
    ("Heavy fighting did take place on Saturday, a resident said.", MON, "Saturday", "2025-11-29"),
    ("Fighting did indeed take place on Friday.", SUN, "Friday", "2025-11-28"),
    ("The council didn't meet on Tuesday, as planned.", NEW_YEAR, "Tuesday", "2024-12-31"),
    ("The talks did not begin on Monday.", LEAP_DAY, "Monday", "2024-02-26"),
    ("The envoys did also meet on Sunday.", YEAR_END, "Sunday", "2025-12-28"),
    # kept: a schedule after "does" or a modal, and one told without an auxiliary
    ("The summit does not open on Friday, but on Monday.", MON, "Friday", "2025-12-05"),
    ("The council will not meet on Tuesday.", SUN, "Tuesday", "2025-12-02"),
    ("The council meets on Tuesday.", NEW_YEAR, "Tuesday", "2025-01-07"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), DO_SUPPORT)
def test_a_verb_after_did_follows_the_auxiliary(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# A day word glossed by a weekday in brackets ("yesterday (Saturday)", told by someone
# quoted on another day than publication) is one expression: that weekday, the one
# nearest the day word.
GLOSSED_DAYS = [
    (
        '"We were shelled yesterday (Saturday)," a resident said.',
        MON,
        "yesterday (Saturday)",
        "2025-11-29",
    ),
    (
        '"It began today (Sunday) at dawn," she said.',
        date(2025, 12, 2),
        "today (Sunday)",
        "2025-11-30",
    ),
    ("The vote was held yesterday ( Tuesday ).", NEW_YEAR, "yesterday ( Tuesday )", "2024-12-31"),
    (
        '"They will come back tomorrow (Friday)," he said.',
        LEAP_DAY,
        "tomorrow (Friday)",
        "2024-03-01",
    ),
    (
        '"We left this morning (Tuesday)," he said.',
        YEAR_END,
        "this morning (Tuesday)",
        "2025-12-30TMO",
    ),
    # kept: no gloss, or a gloss that is no weekday
    ('"We were shelled yesterday," a resident said.', MON, "yesterday", "2025-11-30"),
    ("The vote was held yesterday (local time).", NEW_YEAR, "yesterday", "2024-12-31"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), GLOSSED_DAYS)
def test_a_day_word_glossed_by_a_weekday_is_that_weekday(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# A date opening a clause joined by "and" or "but" ("..., and on Thursday he released")
# takes the tense of its own clause, not the one before; and a tense word inside an aside
# between dashes or brackets ("he will face X – who came second – on 17 June") is not
# the tense of the clause around it.
OWN_CLAUSE = [
    (
        "There are 25,000 ballots outstanding and on Thursday he released an accounting.",
        date(2018, 11, 9),
        "Thursday",
        "2018-11-08",
    ),
    ("The road is open but on Friday it was shut.", MON, "Friday", "2025-11-28"),
    (
        "He will face Petro – a former mayor, who came second – in the runoff on 17 June.",
        date(2018, 5, 28),
        "17 June",
        "2018-06-17",
    ),
    ("They will meet (the talks failed) on Monday.", SUN, "Monday", "2025-12-01"),
    # kept: a list of days, and a clause whose tense runs on
    ("The talks were held on Thursday and on Friday.", MON, "Friday", "2025-11-28"),
    ("The council meets on Tuesday and Thursday.", SUN, "Thursday", "2025-12-04"),
    ("He came second in the runoff on 17 June.", date(2018, 6, 20), "17 June", "2018-06-17"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), OWN_CLAUSE)
def test_a_date_takes_the_tense_of_its_own_clause(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# "may" and "might" look ahead ("more rain may fall on Sunday"); with "have" after them,
# and "could have" or "could not", they look back; "May" with a capital is the month.
MODAL_POSSIBILITIES = [
    ("More rain may fall on Sunday, forecasters said.", MON, "Sunday", "2025-12-07"),
    ("The vote might take place on Friday.", SUN, "Friday", "2025-12-05"),
    ("The talks may resume in January.", LEAP_DAY, "January", "2025-01"),
    # kept: a past possibility, an inability, and the month
    ("The drone may have struck on Friday.", MON, "Friday", "2025-11-28"),
    ("The army might've moved on Tuesday.", NEW_YEAR, "Tuesday", "2024-12-31"),
    ("Police could not confirm the report on Sunday.", MON, "Sunday", "2025-11-30"),
    ("Between April and May, prices fell.", YEAR_END, "April", "2025-04"),
    # "should" looks ahead, "should have" back
    ("He said the talks should resume on Friday.", MON, "Friday", "2025-12-05"),
    ("The army should have withdrawn on Friday.", MON, "Friday", "2025-11-28"),
    # "will have to" is an obligation ahead, no perfect
    (
        "He will have to wait until after his sentencing on July 11.",
        date(2024, 5, 31),
        "July 11",
        "2024-07-11",
    ),
    ("Troops would have to leave on Friday.", MON, "Friday", "2025-12-05"),
    # a forecast looks ahead
    (
        "The center forecasts the storm to make landfall Tuesday morning.",
        date(2025, 10, 27),
        "Tuesday morning",
        "2025-10-28TMO",
    ),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), MODAL_POSSIBILITIES)
def test_a_possibility_looks_ahead_unless_told_in_the_perfect(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# A paragraph opening on a word that carries a narration on ("Then", "Later") goes on
# in the time the paragraphs before it told; without one, a new paragraph of news is
# back in the publication's time.
NARRATION_GOES_ON = [
    (
        "On March 16, 2014 a referendum approves the takeover.\n\n"
        "The annexation provokes a crisis.\n\nThen in April, separatists seize key sites.",
        date(2022, 2, 28),
        "April",
        "2014-04",
    ),
    (
        "The rebels took the city in June 1998.\n\nLater, in August, they lost it.",
        MON,
        "August",
        "1998-08",
    ),
    # kept: a new paragraph without such a word, and one told from the present
    (
        "In 2014, Russia annexed Crimea.\n\nIn January, troops massed on the border.",
        date(2022, 2, 28),
        "January",
        "2022-01",
    ),
    (
        "The rebels took the city in June 1998.\n\nOn Sunday, the army shelled it.\n\n"
        "Then in October, talks began.",
        MON,
        "October",
        "2025-10",
    ),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), NARRATION_GOES_ON)
def test_a_paragraph_opening_on_then_goes_on_with_the_story(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# A range something was extended over, however many words after the verb ("extended
# martial law in the country for 90 days, from February 14 to May 13"), lies ahead, its
# start within a year of its end; a range of days gone by stays in the past.
EXTENDED_OVER = [
    (
        "Parliament extended martial law in the country for 90 days, from February 14 to May 13.",
        date(2024, 2, 7),
        [("90 days", "P90D"), ("February 14", "2024-02-14"), ("May 13", "2024-05-13")],
    ),
    (
        "The council extended the mission's mandate in the region, from March 10 to May 31.",
        YEAR_END,
        [("March 10", "2026-03-10"), ("May 31", "2026-05-31")],
    ),
    # kept: a range told in the past, and one from a day to a weekday
    (
        "Rains fell from February 14 to May 13.",
        date(2024, 6, 1),
        [("February 14", "2024-02-14"), ("May 13", "2024-05-13")],
    ),
    (
        "He bought shares from Sept. 14 to Thursday.",
        date(1989, 10, 27),
        [("Sept. 14", "1989-09-14"), ("Thursday", "1989-10-26")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), EXTENDED_OVER)
def test_a_range_something_was_extended_over_lies_ahead(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.value) for m in find_dates(text, published)] == expected


# "Later" before a weekday is late in that day: told in the past, the day gone by
# ("Later Wednesday, a lawmaker was killed"); otherwise the one ahead ("talks resume
# later on Monday"); "earlier" is always the day gone by.
LATER_ON_A_DAY = [
    (
        "Later Wednesday, a lawmaker was killed in a blast.",
        date(2022, 3, 24),
        "Later Wednesday",
        "2022-03-23",
    ),
    ("Later on Sunday, the army shelled the town.", MON, "Later on Sunday", "2025-11-30"),
    # kept: ahead in the present or the future, and "earlier" always back
    ("Talks resume later on Monday.", SUN, "later on Monday", "2025-12-01"),
    ("The minister will speak later Friday.", MON, "later Friday", "2025-12-05"),
    ("Earlier on Tuesday, the council met.", NEW_YEAR, "Earlier on Tuesday", "2024-12-31"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), LATER_ON_A_DAY)
def test_later_on_a_weekday_follows_the_clause_told_in_the_past(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# In news, a stretch running up to now from a day without its year ("have been killed
# since April 10") starts within the last year, whatever year the passage told before;
# in the past perfect, or in a narrated history, it stays in the story's year.
SINCE_A_DAY = [
    (
        "The war erupted in 2023 and spread. Hundreds have been killed since April 10.",
        date(2025, 9, 10),
        "April 10",
        "2025-04-10",
    ),
    (
        "Fighting began in 2019. Prices have doubled since March, traders say.",
        MON,
        "March",
        "2025-03",
    ),
    # kept: the past perfect, and a day told without "since"
    (
        "The war erupted in 2023 and spread. The army had held the city since April 10.",
        date(2025, 9, 10),
        "April 10",
        "2023-04-10",
    ),
    (
        "The war erupted in 2023 and spread. On April 10, rebels took the city.",
        date(2025, 9, 10),
        "April 10",
        "2023-04-10",
    ),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), SINCE_A_DAY)
def test_since_a_day_without_its_year_starts_within_the_last_year(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# A schedule in the present told before a day of the month ("the law takes effect on
# Jan. 1") looks ahead, as for a weekday; told in the past, the day gone by stays.
SCHEDULED_DAYS = [
    ("The new law takes effect on Jan. 1.", MON, "Jan. 1", "2026-01-01"),
    ("The new rules take effect Jan. 1.", LEAP_DAY, "Jan. 1", "2025-01-01"),
    ("The ban comes into force on Nov. 3.", YEAR_END, "Nov. 3", "2026-11-03"),
    ("The contracts expire on June 15.", NEW_YEAR, "June 15", "2025-06-15"),
    ("The summit opens on Aug. 20.", SUN, "Aug. 20", "2026-08-20"),
    ("The new law took effect on Jan. 1.", LEAP_DAY, "Jan. 1", "2024-01-01"),
    ("The summit opened on Oct. 20.", SUN, "Oct. 20", "2025-10-20"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), SCHEDULED_DAYS)
def test_a_day_of_the_month_in_a_schedule_lies_ahead(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# A weekday naming a happening after "ahead of" or "before" ("ahead of Sunday's vote")
# may lie on either side of the clause told: the nearest such day.
AHEAD_OF = [
    ("Troops massed ahead of Sunday's vote.", date(2025, 11, 28), "Sunday", "2025-11-30"),
    ("Troops massed ahead of Sunday's vote.", MON, "Sunday", "2025-11-30"),
    ("Shares fell ahead of Tuesday's budget.", MON, "Tuesday", "2025-12-02"),
    ("Police were deployed before Saturday's march.", NEW_YEAR, "Saturday", "2025-01-04"),
    ("Prices rose in the run-up to Friday's election.", LEAP_DAY, "Friday", "2024-03-01"),
    ("Security was tightened ahead of Sunday's vote.", SUN, "Sunday", "2025-11-30"),
    # after the happening: the clause's tense
    ("Shares fell after Tuesday's budget.", YEAR_END, "Tuesday", "2025-12-30"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), AHEAD_OF)
def test_a_weekday_happening_ahead_of_the_clause_is_the_nearest(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# "ahead of the weekend" on a weekday: the nearest weekend (the coming one from Thursday).
WEEKEND_AHEAD = [
    ("Traders squared positions ahead of the weekend.", date(2025, 11, 28), "2025-W48-WE"),
    ("Traders squared positions ahead of the weekend.", MON, "2025-W48-WE"),
    ("Stores stocked up before the weekend.", LEAP_DAY, "2024-W09-WE"),
    ("Stores stocked up before the weekend.", NEW_YEAR, "2024-W52-WE"),
    ("Stores stocked up before the weekend.", YEAR_END, "2025-W52-WE"),
    # not ahead of it: the weekend just gone
    ("Traders sold over the weekend.", date(2025, 11, 28), "2025-W47-WE"),
]


@pytest.mark.parametrize(("text", "published", "value"), WEEKEND_AHEAD)
def test_the_weekend_ahead_of_the_clause_is_the_nearest(
    text: str, published: date, value: str
) -> None:
    assert only(text, published, "the weekend").value == value


# A weekday something was put off to ("postponed until Tuesday", "extended to Friday")
# lies ahead of publication though the clause is told in the past; "until" after
# other past verbs keeps the past ("had not called him until Thursday").
PUT_OFF_TO = [
    ("Officials postponed until Tuesday any action on the case.", MON, "Tuesday", "2025-12-02"),
    ("The vote was delayed until Friday.", SUN, "Friday", "2025-12-05"),
    ("The court adjourned the hearing until Monday.", NEW_YEAR, "Monday", "2025-01-06"),
    ("The offer was extended to Friday.", LEAP_DAY, "Friday", "2024-03-01"),
    ("The talks were put off until Thursday.", YEAR_END, "Thursday", "2026-01-01"),
    # not put off: the past
    ("He had not called him until Thursday.", MON, "Thursday", "2025-11-27"),
    ("The vote was delayed on Friday.", SUN, "Friday", "2025-11-28"),
    ("Fighting raged until Tuesday.", MON, "Tuesday", "2025-11-25"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), PUT_OFF_TO)
def test_a_weekday_something_was_put_off_to_lies_ahead(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# A weekday naming a happening ("Thursday's raid") after a verb of commitment ("vowed to
# respond to") may lie on either side of the commitment: the nearest such day.
POSSESSIVE_WEEKDAYS = [
    (
        "The militia vowed to answer Thursday's shelling.",
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


# A verb of commitment before a noun is a verb told in the past ("agreed to a truce in
# January"), not a plan ahead ("agreed to meet in January").
COMMITMENTS_TO_A_THING = [
    # text, publication date, expression, value
    ("The two sides agreed to a truce in January.", date(2025, 3, 16), "January", "2025-01"),
    ("He pledged to the fund in March.", date(2025, 3, 16), "March", "2025-03"),
    ("Rebels agreed to 20 demands in December.", date(2025, 3, 16), "December", "2024-12"),
    # kept: a verb after "to" is a plan
    ("The two sides agreed to meet in January.", date(2025, 3, 16), "January", "2026-01"),
    ("Officials decided to cut rates in June.", date(2025, 3, 16), "June", "2025-06"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), COMMITMENTS_TO_A_THING)
def test_a_commitment_to_a_thing_is_told_in_the_past(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# A date opening a clause as its subject ("as the summer approaches") takes the tense of
# the verb after it, not of the clause before.
DATES_AS_SUBJECTS = [
    # text, publication date, expression, value
    (
        "Thousands were left homeless as the summer approaches.",
        date(2025, 5, 6),
        "the summer",
        "2025-SU",
    ),
    ("Aid ran short when the winter begins.", date(2025, 11, 1), "the winter", "2025-WI"),
    # kept: a past verb after it, or a date that is no subject
    ("Crops failed as the summer began.", date(2025, 5, 6), "the summer", "2024-SU"),
    ("Thousands were left homeless in the summer.", date(2025, 5, 6), "the summer", "2024-SU"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), DATES_AS_SUBJECTS)
def test_a_date_opening_a_clause_takes_its_verb_after(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# The day a period holding the publication date ends on lies ahead, whatever the verb
# ("said earnings for the current quarter ending Aug. 31 ...").
CURRENT_PERIODS_ENDING = [
    # text, publication date, expression, value
    (
        "FedEx said earnings for the current quarter ending Aug. 31 would rise.",
        date(2002, 6, 26),
        "Aug. 31",
        "2002-08-31",
    ),
    (
        "The firm said sales in the current fiscal year ending March 31 fell.",
        date(2025, 11, 30),
        "March 31",
        "2026-03-31",
    ),
    # kept: a quarter not said to be the current one, told in the past
    (
        "FedEx said earnings for the quarter ended May 31 rose.",
        date(2002, 6, 26),
        "May 31",
        "2002-05-31",
    ),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), CURRENT_PERIODS_ENDING)
def test_the_end_of_the_current_period_lies_ahead(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# ----------------------------------------------------------------------------- story time

PUBLICATION_DAYS = [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END]

STORY_MOVES_ON = [
    # text, expression, value: a narration moves on from the date it has reached
    (
        "The offensive opened on August 10, 1920, and the city held until August 25.",
        "August 25",
        "1920-08-25",
    ),
    (
        "In 1949 the army held the city until October 12. It left on November 30.",
        "November 30",
        "1949-11-30",
    ),
    # a flashback of a few months stays in the year reached
    (
        "The port fell on 25 May 1904. The first attack had come on 13 February.",
        "13 February",
        "1904-02-13",
    ),
    # a year told as a prospect is not the time the story has reached
    (
        "The siege began on 10 March 1975; the town would be the base for a campaign in 1976. "
        "On 31 March, the town fell.",
        "31 March",
        "1975-03-31",
    ),
    # a unit counted back from the story looks back; the story stays where it was
    (
        "The rebels won a battle in early May 1942, keeping the gains of the previous year. "
        "In August, they attacked again.",
        "August",
        "1942-08",
    ),
    # a time reached "by" is the story's time ("by May 1943 they had retreated")
    (
        "The first offensive in late 1942 failed. Troops had retreated by May 1943. "
        "In July, a raid began.",
        "July",
        "1943-07",
    ),
    (
        "In 1941 the war spread. By the end of March 1944, the Allies had won. "
        "In April, they launched a raid.",
        "April",
        "1944-04",
    ),
    # a bound "since" a year still is not
    (
        "In 1990 the war began. Since 1995 prices have risen. In March, talks failed.",
        "March",
        "1990-03",
    ),
    # a point of comparison is not the story's time either
    (
        "The army crossed the river on 18 August 1920, repeating its gains from the previous "
        "year. On 21 September, talks began.",
        "21 September",
        "1920-09-21",
    ),
]


# A date after publication (a plan, "to begin in January 2026") is a prospect, not a time
# the story has reached: a month told in the past after it is the one gone by before
# publication ("Le Pen was convicted in March"); told in the present or the future it
# still follows the plan.
PLANS_AHEAD = [
    # text with {next} (the year after publication), expression, whether gone by
    ("Appeal trial to open in January {next}\nThe court convicted her in {month}.", True),
    ("The games open in July {next}. Organisers picked the host city in {month}.", True),
    ("A summit opens in May {next}; envoys drafted the agenda in {month}, aides said.", True),
    # kept: the plan goes on in the present or the future
    ("The games open in July {next}. The torch relay starts in {month}.", False),
    ("Appeal trial to open in January {next}\nA ruling will follow in {month}.", False),
]


# Years written after the publication year are plans, not a history: news full of them
# ("the appeal runs to 2026, the election is in 2027") is still news, so a month told in
# the past there is the one gone by before publication. A text full of years gone by is
# a history, and its month is of the story.
def test_years_ahead_of_publication_do_not_make_news_a_history() -> None:
    for published in PUBLICATION_DAYS:
        ahead, gone_by = published.year + 1, published.year - 60
        _, month = two_months_on(published)
        plans = (
            "Appeal trial to begin in January {y}\nThe court convicted her in {month}. "
            "A ruling is due in the summer of {y}, before the {z} election. "
            "Her party picked a new leader in {w}."
        )
        news = plans.format(y=ahead, z=ahead + 1, w=published.year - 3, month=month)
        value = only(news, published, month).value
        assert date.fromisoformat(f"{value}-01") < published, (published, value)
        # negative: the same story told with years gone by is a history of those years
        history = plans.format(y=gone_by, z=gone_by + 1, w=gone_by - 3, month=month)
        assert only(history, published, month).value.startswith(str(gone_by - 1)) or only(
            history, published, month
        ).value.startswith(str(gone_by)), only(history, published, month).value


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "gone"), PLANS_AHEAD)
def test_a_plan_after_publication_does_not_narrate_a_past_clause(
    text: str, gone: bool, published: date
) -> None:
    _, month = two_months_on(published)
    written = text.format(next=published.year + 1, month=month)
    value = only(written, published, month).value
    if gone:
        assert date.fromisoformat(f"{value}-01") < published, value
    else:
        assert date.fromisoformat(f"{value}-01") > published, value


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(("text", "expression", "value"), STORY_MOVES_ON)
def test_a_narration_moves_on_from_the_date_it_has_reached(
    text: str, expression: str, value: str, published: date
) -> None:
    assert only(text, published, expression).value == value


def test_a_history_names_later_years_in_passing_without_moving_its_story() -> None:
    history = (
        "In 1939 the war began in Europe, and in 1940 France fell. In 1941 Germany invaded "
        "the east, and in 1942 the tide turned. The front held through 1943.\n\n"
        "The cavalry reached the river on 18 August 1920. Letters found in 2004 showed that "
        "the codes had been broken. On 31 August, the cavalry withdrew."
    )
    assert only(history, MON, "31 August").value == "1920-08-31"
    moved = history.replace("Letters found in 2004", "Letters found in 1922")
    assert only(moved, MON, "31 August").value == "1922-08-31"


# Schedules told in the present look ahead, whatever verb tells them.
SCHEDULES = [
    (
        "The ceasefire takes effect at midnight on Friday.",
        MON,
        "midnight on Friday",
        "2025-12-05T24:00",
    ),
    ("The truce comes into force on Sunday.", MON, "Sunday", "2025-12-07"),
    ("The embargo takes effect on Thursday.", YEAR_END, "Thursday", "2026-01-01"),
    ("The deadline expires on Saturday.", LEAP_DAY, "Saturday", "2024-03-02"),
    ("The truce came into force on Sunday.", MON, "Sunday", "2025-11-30"),
    ("The offer had been scheduled to expire on Friday.", MON, "Friday", "2025-11-28"),
    ("The sanctions took effect on Thursday.", YEAR_END, "Thursday", "2025-12-25"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), SCHEDULES)
def test_a_schedule_in_the_present_looks_ahead(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# A time told with "this morning" inside a quotation falls on the day it was spoken.
QUOTED_TIMES = [
    (
        'The minister said on Sunday: "The missile hit at 7:35 this morning."',
        MON,
        "7:35 this morning",
        "2025-11-30T07:35",
    ),
    (
        '"Sirens sounded at 9:10 this evening," the mayor said on Wednesday.',
        NEW_YEAR,
        "9:10 this evening",
        "2025-01-01T21:10",
    ),
    (
        "The blast came at 6:40 a.m. this morning.",
        LEAP_DAY,
        "6:40 a.m. this morning",
        "2024-02-29T06:40",
    ),
    ("Power returned at 11:05 tonight.", YEAR_END, "11:05 tonight", "2025-12-31T23:05"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), QUOTED_TIMES)
def test_a_time_this_morning_falls_on_the_day_it_was_told(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# A part of a day told before is a time of that day; in a history, a clock time without a
# day of its own runs on the last day told.
PARTS_OF_A_DAY_TOLD = [
    (
        "The talks opened on March 3. That afternoon, the envoys left.",
        MON,
        "That afternoon",
        "2025-03-03TAF",
    ),
    (
        "The city fell on 4 June. The next morning, the mayor fled.",
        YEAR_END,
        "The next morning",
        "2025-06-05TMO",
    ),
    (
        "Shelling began on Friday. That night, power failed.",
        NEW_YEAR,
        "That night",
        "2024-12-27TNI",
    ),
    (
        "The vote was held on 1 February. That day, crowds gathered.",
        LEAP_DAY,
        "That day",
        "2024-02-01",
    ),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), PARTS_OF_A_DAY_TOLD)
def test_a_part_of_a_day_told_before_is_a_time_of_that_day(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


def test_news_opening_on_a_day_of_a_month_is_no_history() -> None:
    """A report that opens on a day of this month and gives its background in four
    years is news: a later day without its year is this year's."""
    news = (
        "Fighting broke out in the capital on the evening of May 12.\n\n"
        "The council came to power in 2021. The country split in 2014 after a revolt in "
        "2011; a truce held from 2020.\n\n"
        "On the morning of May 13, the army took the district."
    )
    assert only(news, date(2025, 5, 13), "the morning of May 13").value == "2025-05-13TMO"
    history = (
        "The council came to power in 2021. The country split in 2014 after a revolt in "
        "2011; a truce held from 2020.\n\nOn the morning of May 13, the army took the district."
    )
    # negative: opening on the years, it is a history, and the day is of its story
    assert not only(history, date(2025, 5, 13), "the morning of May 13").value.startswith("2025")


def test_a_history_clock_runs_on_its_last_day_told() -> None:
    history = (
        "In 1950 the war began. In 1951 the front settled. In 1952 talks opened. "
        "In 1953 an armistice was signed. In 1954 the prisoners went home.\n\n"
        "The garrison surrendered on 7 May 1954. The guns fell silent at 5:30 p.m."
    )
    assert only(history, SUN, "5:30 p.m.").value == "1954-05-07T17:30"
    # in news, for a time told in the past, the day told in the sentence just before, or
    # further back one of the week before publication
    news = "Talks ended on Friday. The guns fell silent at 5:30 p.m."
    assert only(news, SUN, "5:30 p.m.").value == "2025-11-28T17:30"
    later = "Talks ended on Friday. Crowds gathered. The guns fell silent at 5:30 p.m."
    assert only(later, SUN, "5:30 p.m.").value == "2025-11-28T17:30"
    # negative: a day long before publication further back leaves it on DCT
    old = "Talks ended on 3 March 2019. Crowds gathered. The guns fell silent at 5:30 p.m."
    assert only(old, SUN, "5:30 p.m.").value == "2025-11-30T17:30"


# A date opening the clause that "that" introduces ("said that this weekend they will")
# takes that clause's tense, not the tense of the verb that reports it.
FRONTED_IN_A_REPORTED_CLAUSE = [
    (
        "The side has passed on information that this weekend they will transfer 500 people.",
        date(2025, 6, 4),
        "this weekend",
        "2025-W23-WE",
    ),
    ("Officials said that on Friday the talks will resume.", MON, "Friday", "2025-12-05"),
    ("Officials said that on Friday the talks will resume.", YEAR_END, "Friday", "2026-01-02"),
    ("He warned that on Sunday the polls would open.", LEAP_DAY, "Sunday", "2024-03-03"),
    # the clause's own tense is past: the past
    ("Officials said that on Friday the talks had resumed.", MON, "Friday", "2025-11-28"),
    ("Officials said that on Friday the talks resumed.", NEW_YEAR, "Friday", "2024-12-27"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), FRONTED_IN_A_REPORTED_CLAUSE)
def test_a_date_fronted_in_a_reported_clause_takes_its_tense(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# The indexes that keep a date's look at its sentence cheap in a long sentence must say
# what a plain read of the sentence says.
_PIECES = ["said", "will", "is", "attacked", "(", ")", " – ", "on", "Monday", '"', "\n\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.data())
def test_sentence_cues_find_the_cues_a_plain_read_finds(pieces: list[str], data: Any) -> None:
    text = " ".join(pieces)
    cues = SentenceCues.read(text, "en", 0, len(text))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    outside = [span for span in asides(text, 0, len(text)) if not span[0] <= start < span[1]]
    kept = [cue for cue in cues.cues if not any(a <= cue[0] < b for a, b in outside)]
    before = [cue for cue in kept if cue[1] <= start]
    after = [cue for cue in kept if end <= cue[0]]
    assert cues.around(start, end) == (before[-1] if before else None, after[0] if after else None)
    assert cues.last_before(start) == max(
        (cue for cue in cues.cues if cue[1] <= start), default=None
    )
    assert cues.first_after(end) == min((cue for cue in cues.cues if cue[0] >= end), default=None)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.data())
def test_a_quotation_is_open_where_a_plain_count_says(pieces: list[str], data: Any) -> None:
    text = "".join(pieces)
    at = data.draw(st.integers(0, len(text)))
    paragraph = max(text.rfind("\n\n", 0, at), 0)
    marks = sum(text.count(mark, paragraph, at) for mark in '"“”')
    assert is_quoted(text, at) == (marks % 2 == 1)


# A past form written with a capital inside a sentence is a name ("a Fed cut", "the Met
# Office", "President Ahmed"), not a verb: it gives the clause no tense. A capital that
# opens a sentence, or one in a headline in title case, keeps its verb.
NAMES_LIKE_PAST_FORMS = [
    # text, days from publication
    ("Traders now see a 90% chance of a quarter-point Fed cut on {day}.", 16),
    ("Forecasters at the Met Office see heavy snow across Scotland on {day}.", 3),
    ("Markets are pricing in a Fed rate cut at the meeting on {day}, analysts say.", 9),
    (
        "The foreign minister says Crown Prince Mohammed will host the regional talks on {day}.",
        12,
    ),
    # kept: a past verb in lower case, or one opening its sentence or a title-case headline
    ("The central bank cut rates again on {day}, as traders expected.", -9),
    ("Troops fed and sheltered the displaced families on {day}.", -3),
    ("Russia Struck The Port Of Odesa With Drones On {day}", -2),
]


@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(("text", "days"), NAMES_LIKE_PAST_FORMS)
def test_a_capitalised_past_form_inside_a_sentence_is_a_name(
    text: str, days: int, published: date
) -> None:
    day = published + timedelta(days=days)
    written = f"{day.strftime('%B')} {day.day}"
    assert only(text.format(day=written), published, written).value == day.isoformat()


# "am" right after a number is the clock's ("at 9 am", "07:00 AM EST"), no present verb
# that would put a weekday told with it in a schedule ahead.
@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("The blast at 9 am wrecked the market on {day}.", False),
        ("A drone hit the depot at 4 AM, and a second fell on {day}, police found.", False),
        ("Updated 07:00 AM EST\nA fire that gutted the plant on {day} was arson.", False),
        ("Sirens sounded around 10.30 am as the raid on {day} began.", False),
        # kept: "am" as a verb, and a schedule in the present
        ("I am flying to Geneva on {day}.", True),
        ("The vote at 9 am is on {day}.", True),
    ],
)
def test_am_after_a_number_is_no_verb(text: str, ahead: bool, published: date) -> None:
    assert_weekday_side(text, ahead, published)


# In news, a date with its year told as a prospect ("the trial will open on March 3,
# 2027") is not the time the story has reached: a month told after it is counted from
# the publication date as its clause says; a date told in the past still carries it.
@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    ("text", "prospect"),
    [
        ("The trial will open on {ahead}. In {month}, prosecutors filed the charges.", True),
        ("The vote was postponed to {ahead}. In {month}, the judge fell ill.", True),
        ("Talks are due to resume on {ahead}, envoys said. In {month}, they broke down.", True),
        # kept: a date gone by carries the story on
        ("The trial opened on {gone}. In {month}, prosecutors filed the charges.", False),
    ],
)
def test_a_prospect_is_not_the_story_time(text: str, prospect: bool, published: date) -> None:
    ahead = date(published.year + 1, published.month, min(published.day, 28))
    gone = date(published.year - 2, 6, 15)
    month_day = published - timedelta(days=61)
    month = month_day.strftime("%B")
    sentence = text.format(
        ahead=f"{ahead:%B} {ahead.day}, {ahead.year}",
        gone=f"{gone:%B} {gone.day}, {gone.year}",
        month=month,
    )
    value = only(sentence, published, month).value
    if prospect:
        assert value == f"{month_day.year:04d}-{month_day.month:02d}"
    else:
        assert value is not None and int(value[:4]) <= gone.year


# A weekday opening its sentence whose clause goes on in the present with a verb of
# doing is a schedule: the coming such day ("On Friday, the drills begin"); a verb of
# being tells a state, and a past verb the day gone by.
@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("On {day}, the drills begin near the border.", True),
        ('"On {day}, the manoeuvres, very aggressive ones, begin in Belarus," he said.', True),
        ("{day}, voters go to the polls in the capital.", True),
        ("On {day} the summit opens in Rome.", True),
        # kept: a state, a past verb, and a present told after a past one
        ("On {day}, the city is calm.", False),
        ("On {day}, the drills began near the border.", False),
        ("On {day}, officials said the drills begin soon.", False),
    ],
)
def test_a_weekday_opening_a_clause_in_the_present_is_a_schedule(
    text: str, ahead: bool, published: date
) -> None:
    coming = published + timedelta(days=3)
    name = coming.strftime("%A")
    meant = coming if ahead else coming - timedelta(days=7)
    assert only(text.format(day=name), published, name).value == meant.isoformat()


# A date heading an entry of a chronology ("Aug. 17: Paz tops the first round") is told
# in the historical present, and a verb of saying in the present dates the saying, not
# what is said ("May 13: Arce says he will not run"): the nearest such day, gone by or
# not; a date opening a sentence in the present without a colon stays a schedule.
@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    ("text", "days", "nearest"),
    [
        ("{md}: The minister resigns after weeks of protests.", -130, True),
        ("{md}: Rebels take the airport; the army withdraws.", -100, True),
        ("{md}: The president says he will not run again.", -150, True),
        ("On {md}, the president says he will not run again.", -150, True),
        ("{md}: The new cabinet takes office.", 40, True),
        # kept: a schedule in the present, and a future told by the date's own clause
        ("On {md}, the minister resigns.", -130, False),
        ("{md}: The minister will resign.", -130, False),
    ],
)
def test_an_entry_of_a_chronology_is_told_in_the_historical_present(
    text: str, days: int, nearest: bool, published: date
) -> None:
    day = published + timedelta(days=days)
    written = f"{day:%B} {day.day}"
    sentence = "Chronology\n\n" + text.format(md=written)
    value = only(sentence, published, written).value
    if nearest:
        assert value == day.isoformat()
    else:
        assert value is not None and value > published.isoformat()


# A month told ahead of a plan or a decision told in the past, after a date gone by more
# than a month before publication in its sentence ("In June, the firm said it would open
# the plant in August"), follows that date: the first such month after it, gone by or
# not; with no such date, or a recent one, it is the coming one.
@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    ("text", "back", "after"),
    [
        ("In {told}, the firm said it would open the plant in {month}.", 6, 2),
        ("On {told} 4, the cartel decided to raise output in {month}.", 8, 1),
        ("In {told}, the army agreed to withdraw in {month}, officials said.", 5, 3),
        # kept: no date told before the plan, or a recent one
        ("The firm said it would open the plant in {month}.", None, 2),
        ("In {told}, the firm said it would open the plant in {month}.", 0, 2),
    ],
)
def test_a_plan_told_after_a_date_gone_by_follows_that_date(
    text: str, back: int | None, after: int, published: date
) -> None:
    told = published.replace(day=1)
    for _ in range(back or 0):
        told = (told - timedelta(days=1)).replace(day=1)
    target = told
    for _ in range(after):
        target = (target + timedelta(days=32)).replace(day=1)
    month = target.strftime("%B")
    sentence = text.format(told=told.strftime("%B"), month=month)
    value = only(sentence, published, month).value
    if back:
        assert value == f"{target.year:04d}-{target.month:02d}"
    else:
        coming = published.replace(day=1)
        while coming.strftime("%B") != month or coming <= published.replace(day=1):
            coming = (coming + timedelta(days=32)).replace(day=1)
        assert value == f"{coming.year:04d}-{coming.month:02d}"


# A sentence's singular present forms are sought only between a date and its nearest
# other tense word: what a date is told must be what the whole sentence's read says.
_PRESENT_PIECES = [
    "the",
    "minister",
    "speaks",
    "votes",
    "he",
    "said",
    "will",
    "on",
    "Monday",
    ",",
    "the peace talks",
    "ended",
    "(",
    ")",
    " – ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PRESENT_PIECES), max_size=30), st.data())
def test_cues_near_a_date_are_those_of_the_whole_sentence(pieces: list[str], data: Any) -> None:
    text = " ".join(pieces)
    whole = SentenceCues.read(text, "en", 0, len(text)).cues
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    before = max((cue for cue in whole if cue[1] <= start), default=None)
    after = min((cue for cue in whole if cue[0] >= end), default=None)
    assert SentenceCues.read(text, "en", 0, len(text)).last_before(start) == before
    assert SentenceCues.read(text, "en", 0, len(text)).first_after(end) == after
    around = SentenceCues.read(text, "en", 0, len(text)).around(start, end)
    if not asides(text, 0, len(text)):
        assert around == (before, after)
    present = {kind for *_, kind in whole} >= {"present"} and "past" not in {
        kind for *_, kind in whole
    }
    assert SentenceCues.read(text, "en", 0, len(text)).told_in_present() == present


# A date something was put off to lies ahead, whatever its rule: a month, a part of a
# month, a quarter, a weekday. Told without the putting off, or with "to" leading no
# date, the clause's past tense decides.
@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        ("The vote was postponed to mid-April.", date(2024, 2, 29), "mid-April", "2024-04"),
        ("The vote was postponed to mid-April.", date(2024, 12, 31), "mid-April", "2025-04"),
        ("The hearing was moved to October.", date(2025, 11, 30), "October", "2026-10"),
        ("The summit was pushed back to late May.", date(2025, 3, 10), "late May", "2025-05"),
        ("Talks were delayed to June, envoys said.", date(2025, 1, 1), "June", "2025-06"),
        (
            "The launch was delayed to the third quarter.",
            date(2025, 11, 30),
            "the third quarter",
            "2026-Q3",
        ),
        ("The trial was adjourned to Thursday.", date(2025, 3, 10), "Thursday", "2025-03-13"),
        # negative cases: no putting off, or "to" leading no date
        ("The vote was held in mid-April.", date(2024, 2, 29), "mid-April", "2023-04"),
        ("Troops moved to the border in October.", date(2025, 3, 10), "October", "2024-10"),
        ("The hearing was postponed in October.", date(2024, 12, 31), "October", "2024-10"),
        ("The talks were held on Thursday.", date(2025, 3, 10), "Thursday", "2025-03-06"),
    ],
)
def test_a_date_something_was_put_off_to_lies_ahead(
    text: str, published: date, expression: str, value: str
) -> None:
    assert only(text, published, expression).value == value


# A verb of asserting or of judging in the present tells what was said or judged (the
# reporting present of headlines and live pages), not a schedule: its weekday is the one
# gone by. Verbs of a schedule in the present still look ahead.
@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("The Kremlin denies any role in the pipeline blast on {day}.", False),
        ("Zelensky thanks allies on {day} for new air defence pledges.", False),
        ("Moscow condemns the new sanctions on {day}.", False),
        ("The UN chief welcomes the truce on {day} as strikes ease.", False),
        ("Kyiv rejects the peace plan on {day}.", False),
        ("Rescuers mourn the fallen on {day} at a memorial service.", False),
        ("Beijing criticises the arms sale on {day}.", False),
        ("The opposition leader accuses the army on {day} of abuses.", False),
        # kept: a schedule in the present, also told after a verb of saying
        ("Zelensky travels to the summit on {day}.", True),
        ("The president speaks at the UN on {day}.", True),
        ("The minister says the talks resume on {day}.", True),
        ("He warned that Parliament votes on {day}.", True),
    ],
)
def test_a_verb_of_saying_in_the_present_reports(text: str, ahead: bool, published: date) -> None:
    assert_weekday_side(text, ahead, published)


# A present form right after a plural subject opening its clause is its verb, and a
# schedule, as for a singular one ("Lawmakers return on Tuesday"); told in the past, or
# with a verb whose past is the same word, or after a preposition, it is not.
@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("Lawmakers return from their summer recess on {day}.", True),
        ("Both chambers vote on the spending bill on {day}.", True),
        ("Striking dock workers walk out again on {day}.", True),
        ("Officials said farmers block the ring road on {day}.", True),
        ("The two armies hold joint drills on {day}, the ministry said.", True),
        ("Many shops close on {day} for the holiday.", True),
        # kept: told in the past, a past form the same as the present, a preposition
        ("Lawmakers returned from their summer recess on {day}.", False),
        ("The fighters cut the main road on {day}.", False),
        ("Rebels have taken the town on {day}, residents said.", False),
        ("Talks between the two delegations broke down on {day}.", False),
        ("The peace talks on {day} ended without a deal.", False),
        ("Officials deny the report on {day}.", False),
        # the object of a participle opening a clause is no subject ("hitting depots")
        ("Storms swept the coast, flooding homes in the Varna district on {day}.", False),
        ("Troops shelled the town, damaging schools near the Orel river on {day}.", False),
        ("The floods struck the north, cutting roads in the upper valley on {day}.", False),
    ],
)
def test_a_present_form_for_a_plural_subject_is_a_schedule(
    text: str, ahead: bool, published: date
) -> None:
    assert_weekday_side(text, ahead, published)


# After a verb of urging or committing in the present, a weekday may date the saying
# ("Putin warns on Monday of a wider war") or what it tells of ("threatens a strike on
# Friday"): the nearest such day, on either side.
@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Putin warns on {day} of a wider war.", -1),
        ("Tehran warns Washington on {day} against joining the war.", -2),
        ("The pope appeals for calm on {day} after the riots.", -1),
        ("Protesters vow on {day} to keep marching.", -3),
        ("The UN chief urges restraint on {day} as strikes continue.", -2),
        ("The union threatens a walkout on {day}.", 2),
        ("Forecasters warn of heavy snow on {day}.", 3),
        ("The president promises a decision on {day}.", 1),
    ],
)
def test_a_verb_of_urging_in_the_present_takes_the_nearest_weekday(
    text: str, days: int, published: date
) -> None:
    day = published + timedelta(days=days)
    name = day.strftime("%A")
    assert only(text.format(day=name), published, name).value == day.isoformat()


# A modal of obligation, ability or possibility with its verb tells what is still to
# happen; with "have" after it, or an ability denied, a time gone by.
@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("The cabinet must approve the plan by {day}.", True),
        ("From {day}, travellers must show a visa at the border.", True),
        ("Farmers can register their herds from {day}.", True),
        ("The coalition could collapse on {day} if the vote fails.", True),
        ("Union leaders warned that the walkout could begin on {day}.", True),
        ("Bidders have to file their offers by {day}.", True),
        ("Regulators need to sign off on the merger by {day}.", True),
        ("Under the accord, the convoy cannot leave before {day}.", True),
        # kept: a modal with "have" after it, an ability denied
        ("Police said the blaze must have started on {day}.", False),
        ("The ferry could have sailed on {day} but for the storm.", False),
        ("Rescuers could not reach the stranded village on {day}.", False),
        ("The mayor couldn't be reached for comment on {day}.", False),
        ("No one could say on {day} how many had been hurt.", False),
    ],
)
def test_a_modal_with_its_verb_looks_ahead(text: str, ahead: bool, published: date) -> None:
    assert_weekday_side(text, ahead, published)


# The month "May" is no modal: a verb right after it is told in its own tense, not an
# infinitive ("Exports in May fell": the May gone by); the modal "may" still looks ahead.
@pytest.mark.parametrize("published", [MON, SUN, NEW_YEAR, LEAP_DAY, YEAR_END])
@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Inflation in May rose to 3 percent.", True),
        ("Exports in May fell 4 percent, the ministry said.", True),
        ("Rainfall in May was the heaviest on record.", True),
        ("Turnout in May slumped.", True),
        # kept: the modal, and a month with a verb of the future after it
        ("Prices may rise in May.", False),
        ("Talks in May will decide the matter.", False),
    ],
)
def test_the_month_may_is_no_modal(text: str, gone: bool, published: date) -> None:
    coming = published.year + (published.month > 5)  # the coming May
    assert only(text, published, "May").value == f"{coming - gone:04d}-05"


@pytest.mark.parametrize("published", PUBLICATION_DAYS)
@pytest.mark.parametrize(
    "text",
    [
        "Nobody saw it. Rebels kil May 3",  # a misspelt verb after a pronoun ending a sentence
        "it. Jhs kil May 3",
        "Nobody saw it. Rebels killed 12 on May 3.",
    ],
)
def test_a_pronoun_ending_the_sentence_before_is_no_subject(text: str, published: date) -> None:
    assert [m.text for m in find_dates(text, published)] == ["May 3"]
