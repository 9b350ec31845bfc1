"""Finding temporal expressions: spans, the longest-match policy and look-alikes."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from types import MappingProxyType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.lexicon import load_lexicon
from timeline.mentions import (
    Found,
    Rule,
    UndeclaredGroupError,
    _tokens,
    _trigger_positions,
    _triggers,
    candidates,
    longest_first,
)
from timeline.mentions import find_mentions as find_with
from timeline.placing import Context, Placement
from timeline.resolve import find_dates
from timeline.rules import check, grammar
from timeline.rules.words import rule as make_rule


def find_mentions(text: str) -> list[Found]:
    return find_with(text, grammar())


def spans(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin on Sunday received the news", ["Sunday"]),
        (
            "publicized late on Monday, on the eve of the meeting",
            ["late on Monday", "on the eve of"],
        ),
        ("set to meet Putin later on\nTuesday", ["later on\nTuesday"]),
        ("bold statements back\nin August, just days before", ["back\nin August", "days"]),
        ("On December 2, 2025, Putin declared", ["December 2, 2025"]),
        ("since mid-2024 and early 2024", ["mid-2024", "early 2024"]),
        ("At the end of November, Trump said", ["the end of November"]),
        ("Zelensky stated earlier this week", ["earlier this week"]),
        ("the day after the briefing, Putin explained", ["the day after the briefing"]),
        ("reforms of the 1990s and the late '80s", ["the 1990s", "the late '80s"]),
        ("third-quarter profit and Q3 2025", ["third-quarter", "Q3 2025"]),
        ("two days ago and three weeks later", ["two days ago", "three weeks later"]),
        (
            "for more than a year, nearly four-year-long",
            ["more than a year", "nearly four-year-long"],
        ),
        ("every week, daily, on Tuesdays", ["every week", "daily", "Tuesdays"]),
        ("at about 10:35 a.m. Friday", ["about 10:35 a.m. Friday"]),
        ("it is 2025-12-02 in ISO and 12/02/2025 in US style", ["2025-12-02", "12/02/2025"]),
        ("Now, in recent days, recently", ["Now", "recent days", "recently"]),
        ("cut jobs by year end, at month's end", ["year end", "month's end"]),
        ("in the fiscal year beginning Oct. 1", ["the fiscal year", "Oct. 1"]),
        ("a years-old slump and a decades-long feud", ["years-old", "decades-long"]),
        ("profitable after several quarters of losses", ["several quarters"]),
        # a named day is one expression; its words alone are not
        ("a May Day rally in May", ["May Day", "May"]),
        ("Black Friday sales, on Friday", ["Black Friday", "Friday"]),
        ("Veterans Day, for veterans every day", ["Veterans Day", "every day"]),
    ],
)
def test_expressions_are_found_with_their_exact_span(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia may seek to leverage it",
        "the march on Kyiv",
        "Do you know? a sun we",
        "a 100M budget, 2,000 soldiers, the 7th Corps",
        "60,000 people, 14 percent, Point 21 of the 28-point plan",
        "the fall of Pokrovsk; prices continued to fall",
        "a second round",
        "$2 million a year",
        "more than a quarter of the market, three quarters of the votes",
        "a 6-year-old boy, 52 years old",
        "Theresa May said",
        "The quarter-to-quarter comparison and day-to-day work",  # parts of compounds
    ],
)
def test_look_alikes_are_not_expressions(text: str) -> None:
    assert spans(text) == []


def test_offsets_are_those_of_the_original_text() -> None:
    text = "Fighting flared back\r\nin August."
    (found,) = find_mentions(text)
    assert text[found.start : found.end] == "back\r\nin August"


def test_longest_candidate_wins_and_ties_go_to_the_earlier_rule() -> None:
    text = "late on Monday"
    assert {f.rule for f in candidates(text, grammar())} >= {"weekday"}
    short = Found(8, 14, "weekday", "DATE", {})
    long = Found(0, 14, "weekday", "DATE", {})
    other = Found(20, 25, "year", "DATE", {})
    assert longest_first([short, other, long], grammar()) == [long, other]
    first_rule, later_rule = grammar().rules[0].name, grammar().rules[-1].name
    tie = [Found(0, 4, later_rule, "DATE", {}), Found(0, 4, first_rule, "DATE", {})]
    assert [f.rule for f in longest_first(tie, grammar())] == [first_rule]


def test_calendar_names_keep_their_spelling_and_other_parts_are_lower_case() -> None:
    (found,) = find_mentions("LATE on MONDAY")
    assert found.parts["weekday"] == "MONDAY" and found.parts["fuzzy"] == "late"


def test_the_grammar_is_compiled_once() -> None:
    assert grammar() is grammar()


def test_offsets_survive_letters_that_change_length_when_lowered() -> None:
    text = "İstanbul İİ said on Monday that in March"
    assert spans(text) == ["Monday", "March"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A repetition word right after a quantity makes a rate, which TimeML leaves
        # unmarked; after anything else it is a set.
        ("revenue to increase by 20% annually", []),
        ("a plant that would produce about 10,000 units annually", []),
        ("15 million instructions per second", []),
        ("dividends of C$17.9 million annually.", []),
        ("the rallies held here annually for Marti", ["annually"]),
        ("wages rose again last month. Average hourly earnings", ["last month", "hourly"]),
        ("$100 million in interest every quarter", ["every quarter"]),
        # what a quantity measures may follow its unit ("tons of crude")
        ("processing more than 15 million tons of crude annually", []),
        ("exports of 2 million barrels of oil daily", []),
        ("In 2010, the festival of lights was held annually", ["2010", "annually"]),
    ],
)
def test_rates_are_not_sets(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capitalised word that is no calendar name and opens no sentence or quotation
        # marks a title or a name, which TimeML leaves unmarked.
        ('Baker, speaking on ABC News\' "This Week," said', []),
        ("This is VOA Today.", []),
        ("a picture of Gary Cooper from the film High Noon.", []),
        ("Today, prices fell.", ["Today"]),
        ('He said, "Today we win."', ["Today"]),
        ("Prices fell. Late Monday, talks resumed.", ["Late Monday"]),
        ("They met on Christmas Eve at 5 p.m. EST", ["Christmas Eve", "5 p.m. EST"]),
        ("They meet on Tuesdays.", ["Tuesdays"]),
        ("A Costly Victory After 21 Months of Fierce Fighting", ["21 Months"]),  # a headline
        # a paragraph opens after a heading without a full stop
        ("Airbus posts results\n\nThe start of 2007 was strong.", ["The start of 2007"]),
        (
            "2004: Resistance expands\n\nThe beginning of 2004 was calm.",
            ["2004", "The beginning of 2004"],
        ),
        ("Airbus posts results: The start of 2007 was strong.", ["The start of 2007"]),
        (
            "Airbus posts results\nMarch 3, 2007\nLast year, sales rose.",
            ["March 3, 2007", "Last year"],
        ),
        ("He watched Monday Night Football.", []),
    ],
)
def test_names_and_titles_are_not_expressions(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bare day that ends a range of days is a date of its own
        ("the summit on April 24 and 25.", ["April 24", "25"]),
        ("talks on Nov. 2-3 in Rome", ["Nov. 2", "3"]),
        ("from Dec. 4 to 6, officials met", ["Dec. 4", "6"]),
        ("On April 24 and 25 soldiers died.", ["April 24"]),  # a count of soldiers
        ("On April 24 and 25% of votes", ["April 24"]),
        ("On April 24, 1999 and 2000", ["April 24, 1999", "2000"]),
        # each day of a list after its month, commas joining all but the last
        ("rallies on Sept. 4, 5 and 6, organisers said", ["Sept. 4", "5", "6"]),
        ("marches set for July 9, 10, 11, and 12.", ["July 9", "10", "11", "12"]),
        ("games on Aug. 1, 8 or 15", ["Aug. 1", "8", "15"]),
        # negative: a comma before a count, or a list no joining word closes
        ("On Sept. 4, 5 soldiers and 6 police died.", ["Sept. 4"]),
        ("By July 9, 10 of the 12 towns had fallen.", ["July 9"]),
        ("On Aug. 1, 8, 15 people were hurt.", ["Aug. 1"]),
    ],
)
def test_range_ends(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


# Words of the grammar's triggers, numbers and marks around them, and other letters.
_TOKENS = st.lists(
    st.sampled_from(["day", "days", "week", "monday", "today", "1", "12", "123", "2024"])
    | st.sampled_from(["s", "'s", "/", ".", ":", " ", "x", "-", "é", "1990s", "0s"]),
    max_size=20,
).map("".join)


@given(_TOKENS)
def test_trigger_tokens_are_those_of_the_plain_pattern(text: str) -> None:
    triggers = _triggers(grammar())
    words = "|".join(sorted((w for w in triggers.rules_of if not w[0].isdigit()), key=len)[::-1])
    plain = re.compile(
        rf"(?<![a-z])(?:{words})(?:[a-z]?s)?(?![a-z])"
        r"|(?<!\d)(?:\d\d?|\d{4})(?!\d)(?:['’]?s(?![a-z])|[/.:](?=\d))?"
    )
    assert _tokens(text, triggers) == [m.span() for m in plain.finditer(text)]


def test_triggers_are_whole_words_plurals_and_short_or_four_digit_numbers() -> None:
    text = "Years: Tuesdays, yesterday's talks, 2025 or 12345 at 10:35, early-century"
    where = _trigger_positions(text, grammar())
    found = {text[start:end].lower() for spans in where.values() for start, end in spans}
    assert {"years", "tuesdays", "yesterday", "2025", "10:", "century"} <= found
    assert "12345" not in found and "day" not in found


def test_numbers_trigger_only_the_rules_their_marks_fit() -> None:
    text = "In the 1990s and the '80s, 12/02/2025 at 3:07:35, 40 people and 1990 votes"
    rules_of: dict[str, set[str]] = {}
    for name, spans in _trigger_positions(text, grammar()).items():
        for start, end in spans:
            rules_of.setdefault(text[start:end], set()).add(name)
    assert "decade" in rules_of["1990s"] and "decade" in rules_of["80s"]
    assert "numeric_date" in rules_of["12/"] and "clock_length" in rules_of["3:"]
    assert "40" not in rules_of  # a count starts no rule
    assert "decade" not in rules_of["1990"] and "year" in rules_of["1990"]


# ----------------------------------------------------------------------------- rules


def test_every_rule_is_one_object_with_its_strategy_and_the_groups_it_reads() -> None:
    rules = grammar().rules
    assert len({rule.name for rule in rules}) == len(rules)
    for rule in rules:
        groups = {rule.aliases.get(group, group) for group in rule.pattern.groupindex}
        assert callable(rule.place) and rule.reads <= groups, rule.name
    check(rules)


def test_the_grammar_check_fails_on_a_rule_reading_a_group_its_pattern_lacks() -> None:
    month = grammar().by_name["month"]
    broken = replace(month, pattern=re.compile(r"(?P<core>(?P<month>March))"))
    with pytest.raises(ValueError, match="'month' reads groups its pattern lacks"):
        check((broken,))
    with pytest.raises(ValueError, match="no 'core' group"):
        check((replace(month, pattern=re.compile("March")),))
    with pytest.raises(ValueError, match="named twice"):
        check((month, month))


def test_an_alias_gives_the_groups_of_alternative_branches_one_name() -> None:
    (found,) = find_mentions("the quarter a year ago")
    assert found.rule == "year_ago_quarter"
    assert found.parts["ago"] == "a year ago" and found.parts["period"] == "quarter"


def _rule_reading(reads: set[str]) -> Rule:
    """A rule finding "<number> apples" or "<number> pears" whose strategy reads the fruit."""

    def fruit(found: Found, ctx: Context) -> Placement:
        return Placement(found.parts.get("fruit", "none"), anchor="none")

    return make_rule("fruit", "DATE", r"(?P<num>\d+)\s+(?P<fruit>apples|pears)", fruit, reads=reads)


def _context(text: str) -> Context:
    return Context(text, date(2025, 12, 2), load_lexicon("en"), [(0, len(text))], [])


def test_a_strategy_receives_the_groups_it_declares() -> None:
    fruit = _rule_reading({"fruit", "num"})
    found = Found(0, 7, "fruit", "DATE", MappingProxyType({"num": "3", "fruit": "pears"}))
    assert fruit.place(found, _context("3 pears")).value == "pears"


def test_a_strategy_cannot_read_a_group_it_does_not_declare() -> None:
    fruit = _rule_reading({"num"})
    found = Found(0, 7, "fruit", "DATE", MappingProxyType({"num": "3", "fruit": "pears"}))
    with pytest.raises(UndeclaredGroupError, match="'fruit' reads group 'fruit'"):
        fruit.place(found, _context("3 pears"))
    # the declaration holds in every copy of the rule
    with pytest.raises(UndeclaredGroupError):
        replace(fruit, name="other").place(found, _context("3 pears"))


def test_the_grammar_rules_place_reading_only_the_groups_they_declare() -> None:
    text = (
        "On Sunday, two days after the talks of December 4, 2025, and three weeks ago, "
        "in late March, the year-ago quarter, the previous Friday at 10:35 a.m., every week."
    )
    assert len(find_dates(text, date(2025, 12, 8))) >= 8


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Gunmen freed Abba Sunday Ngah in the raid.", False),
        ("Rescuers carried out Ana Friday Oke alive.", False),
        # negative: the word before opens the sentence, is in small letters, or is a month
        ("On Sunday Trump spoke.", True),
        ("Police said Sunday Ana was held.", True),
        ("Russia Sunday launched drones.", True),
        ("They met on March Sunday Ana left.", True),
    ],
)
def test_a_calendar_word_inside_a_persons_name_is_no_date(text: str, kept: bool) -> None:
    assert any(f.rule == "weekday" for f in find_mentions(text)) == kept
