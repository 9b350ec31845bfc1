"""Language knowledge for temporal expressions, read from one TOML file per language.

The date words live in ``timeline/lexicon/<language>.toml`` (other files there belong to
other stages); :func:`load_lexicon` reads and checks a file once and returns a frozen
:class:`Lexicon`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Literal, get_args

from timeline.errors import OptionError
from timeline.model import Mod

_LOWER_WORD = re.compile(r"[a-z][a-z’'\-]*")  # a word in lower case ("tragedy", "re-run")

SECTIONS = (
    "calendar",
    "holidays",
    "seasons",
    "parts_of_day",
    "numbers",
    "units",
    "ordinals",
    "modifiers",
    "references",
    "unit_references",
    "recent_spans",
    "sets",
    "tense",
    "story",
    "zones",
    "relations",
    "positions",
    "repetition",
    "clock",
)


def _unit_references(raw: dict[str, Any], units: dict[str, Unit]) -> dict[str, str]:
    """Each word of [unit_references] before each calendar unit in the plural: "recent
    quarters", "the coming hours"."""
    return {
        f"{lead} {unit.plural or word + 's'}": value
        for lead, value in raw["unit_references"].items()
        for word, unit in units.items()
    }


@dataclass(frozen=True, slots=True)
class Unit:
    """A calendar unit: TIMEX3 duration letter, size in that letter, time-or-date."""

    letter: str
    factor: int
    time: bool
    plural: str = ""  # when not the unit and "s" ("centuries")


@dataclass(frozen=True, slots=True)
class Season:
    """A season: TIMEX3 code and first month (northern meteorological seasons)."""

    code: str
    first_month: int


@dataclass(frozen=True)
class Lexicon:
    """The words of one language. Keys of the word maps are lower case."""

    language: str
    months: MappingProxyType[str, int]  # every spelling, as written -> 1..12
    month_abbreviations: frozenset[str]  # spellings that may take a full stop ("Sept.")
    ambiguous_months: frozenset[str]
    month_context: frozenset[str]
    name_joiners: frozenset[str]
    not_after_year: frozenset[str]
    verb_context: frozenset[str]
    decades: MappingProxyType[str, int]
    stop_words: frozenset[str]
    rate_context: frozenset[str]
    not_before_year: frozenset[str]
    people_plural_endings: tuple[str, ...]
    year_openers: frozenset[str]
    not_before_set: frozenset[str]
    before_bare_time_units: frozenset[str]
    after_bare_time_units: frozenset[str]
    day_spending_verbs: frozenset[str]
    quantity_of: frozenset[str]
    before_common_era: tuple[str, ...]
    day_alone_before: frozenset[str]
    day_alone_after: frozenset[str]
    name_heads: frozenset[str]
    season_name_heads: frozenset[str]  # "the Winter | Olympics"
    not_after_overnight: frozenset[str]
    weeks_of_month: MappingProxyType[str, int]  # "the first week of" -> 1; the last: -1
    weekdays_of_month: MappingProxyType[str, int]  # "(the) second (Sunday of)" -> 2; last: -1
    weekday_of_month_needs_article: frozenset[str]
    holiday_things: frozenset[str]  # "a Christmas | market": a kind of thing, no date
    spelled_days: MappingProxyType[str, int]  # "fourth" -> 4, "twenty-first" -> 21
    weekdays: MappingProxyType[str, int]  # as written -> 0 (Monday)..6
    seasons: MappingProxyType[str, Season]
    holidays: MappingProxyType[str, MappingProxyType[str, int]]
    # a named day of one country -> the words naming its owners ("Independence Day" -> "U.S.")
    holiday_owners: MappingProxyType[str, frozenset[str]]
    before_named_day: frozenset[str]
    before_anothers_day: frozenset[str]  # "its Independence Day": the day of another country
    parts_of_day: MappingProxyType[str, str]
    zones: MappingProxyType[str, str]  # as written ("UTC") -> TIMEX3 suffix ("Z")
    numbers: MappingProxyType[str, str]
    units: MappingProxyType[str, Unit]
    ordinals: MappingProxyType[str, int]
    modifiers: MappingProxyType[str, Mod]
    references: MappingProxyType[str, str]
    recent_spans: MappingProxyType[str, int]
    sets: MappingProxyType[str, str]
    future_cues: tuple[str, ...]
    past_cues: tuple[str, ...]
    present_cues: tuple[str, ...]
    singular_present_ending: str  # "speaks"
    singular_present_not_after: str  # not "class"
    singular_subjects: frozenset[str]  # "he (speaks)"
    adverb_ending: str  # "(Sweden) formally (joins)"
    participle_ending: str  # "(hitting) depots", "(talks) resuming"
    not_name_words: frozenset[str]  # "despite (Russian attacks)": opens a phrase, no name
    not_singular_present: frozenset[str]  # "this", "news"
    reporting_present: frozenset[str]  # "(Zelensky) thanks", "(Moscow) condemns"
    urging_present: frozenset[str]  # "(Putin) warns", "(the union) threatens"
    quantifiers: frozenset[str]  # "both (chambers)"
    subject_modifiers: frozenset[str]  # "ministers from (the G7) hold"
    not_plural_present: frozenset[str]  # "(troops) cut", "(rebels) have"
    commitment_cues: frozenset[str]  # future cues that date a decision told before them
    commitment_gap_leads: tuple[str, ...]  # "(agreed) on (Friday to)", "(vowed) last (week to)"
    reporting: frozenset[str]  # verbs reporting a statement ("said", "told")
    not_cues: tuple[str, ...]  # phrases holding a cue word that are no cue ("next to")
    future_before: frozenset[str]
    expected_before: frozenset[str]  # "(landfall) expected (late Wednesday)"
    expected_leads: tuple[str, ...]  # "(results) expected | on | (January 5)"
    shared_tense_joins: frozenset[str]  # "late Wednesday | or | early Thursday"
    current_periods: tuple[str, ...]  # "the current quarter | ending (Aug. 31)"
    reported_figures: tuple[str, ...]  # "trade data | for (November)"
    reported_clause_openers: frozenset[str]  # "said that | on Friday they will"
    subject_clause_openers: frozenset[str]  # "as | the summer approaches"
    clause_joiners: frozenset[str]  # "..., and | on Thursday he released"
    subject_openers: tuple[str, ...]  # "after | the bloc on Wednesday imposed"
    other_clause_openers: tuple[str, ...]  # "at 10 a.m., | following Sunday's march"
    naming: frozenset[str]  # "called | April 2 "Liberation Day""
    naming_before_name: frozenset[str]  # "declared Friday | as | a day of mourning"
    names_given: tuple[str, ...]  # "declared Sunday | a day of | mourning"
    subject_day_leads: tuple[str, ...]  # "after the bloc | on | Wednesday imposed"
    past_before: frozenset[str]
    put_off: tuple[str, ...]  # "postponed (until Tuesday)": the date lies ahead
    put_off_to: tuple[str, ...]
    ahead_of: tuple[str, ...]  # "ahead of (Sunday's vote)": the nearest such day
    earlier_happening: frozenset[str]  # "after his arrest March 3": before the clause's time
    same_time: frozenset[str]  # "during (a briefing today)": at the clause's time
    looks_ahead: frozenset[str]  # "invited them to a ceremony on (March 12)": may lie ahead
    target_leads: frozenset[str]  # "called a strike for (Friday)": a target, ahead
    cause_before_for: frozenset[str]  # "jailed for (the December 3 riot)": a cause, gone
    set_times: tuple[str, ...]  # "a Nov. 27 deadline": may lie ahead
    set_time_links: tuple[str, ...]  # "a deadline of (Nov. 27)"
    traded_for: tuple[str, ...]  # "(December) gold futures": a month still to come
    comparison_cues: tuple[str, ...]
    # Story time: words counting from the moment of writing ("last year"), and words
    # before a date that make it a bound of a period ("since 1990"), not a time told.
    deictic_relations: frozenset[str]
    # Relation words and their shifts in units (see [relations] in the lexicon).
    shifts: MappingProxyType[str, int]
    relational_shifts: MappingProxyType[str, int]
    weekday_relations: MappingProxyType[str, int]
    deictic_days: MappingProxyType[str, int]
    auxiliaries: frozenset[str]
    infinitive_markers: frozenset[str]
    between_verbs: frozenset[str]  # adverbs between an auxiliary and its verb ("did indeed")
    determiners: frozenset[str]
    # "that (concluded) in": a regular past form of a relative clause, not an adjective
    verb_after_relative_before: frozenset[str]
    headline_infinitive: frozenset[str]  # "Storm to (hit) the coast on Saturday"
    passive_past: frozenset[str]  # "has been (issued)": the participle decides
    bound_before: frozenset[str]
    reached_by: frozenset[str]  # "by (September)": a month the story reaches
    narration_goes_on: tuple[str, ...]  # "Then (in April)": a paragraph going on with a story
    attributive_before: frozenset[str]
    aside_openers: frozenset[str]
    relative_pronouns: frozenset[str]  # "forces that had invaded ... in 1943"
    year_clause_openers: tuple[str, ...]  # "in 2021, when (it stopped in May)"
    # A regular past form ends so ("-ed"), after a letter other than ``not_after``.
    regular_past_ending: str
    regular_past_not_after: str
    past_perfect: tuple[str, ...]  # auxiliaries that make a plan a past one ("had been")
    past_plan: frozenset[str]  # auxiliaries of a plan told in the past ("was expected to")
    plan_after_past: frozenset[str]  # words between a past verb and its plan ("had been due to")
    decrees: frozenset[str]  # "declared (mourning from Thursday)": the nearest such day
    stretch_edges: frozenset[str]  # "(declared mourning) from (Thursday)"
    calls_for: tuple[str, ...]  # "called for (strikes on Wednesday)": the nearest such day
    called_for: tuple[str, ...]  # "(called for) strikes (on Wednesday)"
    called_for_leads: tuple[str, ...]  # "(called for strikes) on (Wednesday)"
    perfect_after_future: tuple[str, ...]  # "may | have struck": a past possibility
    lower_case_cues: frozenset[str]  # "may", not the month "May"
    after_number_not_cues: frozenset[str]  # "at 9 am": the clock's, not the verb
    plan_adjectives: frozenset[str]  # "the planned (talks)": a thing ahead
    present_as_noun_after: frozenset[str]  # "the (start) of trading": a noun
    future_as_noun: frozenset[str]  # "its (forecasts)": a noun after those words
    # Loose positions in a period ("early", "later"): TIMEX3 mod, and the tense of the
    # loose positions that say one ("earlier on Monday" is past).
    soft_positions: MappingProxyType[str, Mod]
    tense_of_soft_positions: MappingProxyType[str, Literal["past", "future"]]
    # Relation words: weekdays strictly before/after the publication ("last Friday"),
    # years from it ("next year"), and spans of a length ending at it ("the past").
    weekday_from_now: MappingProxyType[str, int]
    from_now: MappingProxyType[str, int]
    named_from_now: MappingProxyType[str, int]
    anaphoric: tuple[str, ...]
    part_of_day_relations: MappingProxyType[str, int]
    bare_parts_of_day: MappingProxyType[str, str]  # "at night" -> "NI"
    night_before: tuple[str, ...]
    night_dates_after: tuple[str, ...]  # "overnight (on) 16-17 June"
    times_of_day: tuple[str, ...]
    deictic_parts: MappingProxyType[str, str]
    before_part_of_day: frozenset[str]  # "in (the afternoon)", "by (the evening)"
    not_after_part_of_day: tuple[str, ...]  # "the evening (news)": no time
    relation_after_unit: MappingProxyType[str, int]
    stretch_leads: frozenset[str]  # "in | 38 years after Monday's stage": no distance
    happening_endings: tuple[str, ...]  # "the capture" names "captured": one stem
    relation_before_unit: MappingProxyType[str, int]
    same_unit: tuple[str, ...]
    not_before_same_unit: frozenset[str]
    remainder_of: tuple[str, ...]  # "the rest of (the day) after ...": no relation
    day_edges: tuple[str, ...]  # "the end of (the day)"
    not_before_day_edge: frozenset[str]  # "at the end of the day": "in the end"
    distance_from_now: MappingProxyType[str, int]
    distance_from_told: MappingProxyType[str, int]
    up_to_now: frozenset[str]
    before_length: tuple[str, ...]
    around_bare_length: tuple[tuple[str, ...], tuple[str, ...]]
    # Before a unit: the article alone ("the weekend"), the latest complete one ("the
    # latest quarter"), a length of a long unit ("the next decade"), the stretch up to
    # now ("the past week"); after it, a date it ends on ("the year ended March 31").
    definite: frozenset[str]
    latest_complete: frozenset[str]
    stretch_of_long_unit: frozenset[str]
    unit_up_to_now: frozenset[str]
    ending_on: tuple[str, ...]
    year_edges: frozenset[str]  # "the start of": a year's first month
    halves: MappingProxyType[str, int]  # "the first half", "the latter half": 1 or 2
    last_of_year: tuple[str, ...]  # "the final quarter of 2025": the fourth
    fiscal: tuple[str, ...]
    unit_kinds: tuple[str, ...]
    before_length_unit: tuple[str, ...]
    bare_units: tuple[str, ...]
    length_only_units: tuple[str, ...]
    spelled_hundreds: tuple[str, ...]
    spelled_thousands: MappingProxyType[str, int]
    spelled_joins: tuple[str, ...]
    # The clock: after an hour ("o'clock"), halves of the day, named hours, 24-hour marks.
    after_hour: tuple[str, ...]
    day_halves: tuple[str, ...]
    named_hours: MappingProxyType[str, int]
    midnight_opens_day_after: frozenset[str]  # "after (midnight on Sunday)": T00:00
    after_24_hour: tuple[str, ...]
    local_time: tuple[str, ...]
    before_24_hour: frozenset[str]
    near_24_hour: frozenset[str]
    before_zoned_time: frozenset[str]  # "set for (1400 GMT)": a length has no zone
    after_four_digits: tuple[str, ...]  # "0700 (local time)": a time of four digits
    time_of_a_place: tuple[str, ...]  # "2000 Moscow (time)": a place's clock
    hours_of_the_clock: tuple[str, ...]
    range_joins: tuple[str, ...]  # words between the two ends of a range ("24 and 25")
    list_joins: tuple[str, ...]  # words closing a list of days ("26, 27 and 28")
    range_opens: frozenset[str]  # words before the first end of a range ("from", "between")
    # Repetition: "every week", "twice a month", "three times per year".
    every: tuple[str, ...]
    frequencies: tuple[str, ...]
    times: tuple[str, ...]
    per: tuple[str, ...]
    clock_joins: tuple[str, ...]  # between a set and its clock time ("every day at 9 a.m.")

    def month(self, word: str) -> int:
        """Month number of a month name or abbreviation as written ("Sept." -> 9)."""
        return self.months[word.rstrip(".")]

    def weekday(self, word: str) -> int:
        """Weekday number (Monday = 0) of a weekday name as written."""
        return self.weekdays[word]


def _frozen(mapping: dict[str, Any]) -> MappingProxyType[str, Any]:
    return MappingProxyType(dict(mapping))


def _spellings(name: str) -> tuple[str, ...]:
    return (name, name.upper())


def _parse(language: str, raw: dict[str, Any]) -> Lexicon:
    missing = [section for section in SECTIONS if section not in raw]
    if missing:
        raise ValueError(f"lexicon {language!r} lacks sections: {', '.join(missing)}")
    calendar = raw["calendar"]
    if len(calendar["months"]) != 12 or len(calendar["weekdays"]) != 7:
        raise ValueError(f"lexicon {language!r} needs 12 months and 7 weekdays")
    months: dict[str, int] = {}
    abbreviations: set[str] = set()
    for number, names in enumerate(calendar["months"], start=1):
        for name in names:
            months.update(dict.fromkeys(_spellings(name), number))
        abbreviations.update(spelling for name in names[1:] for spelling in _spellings(name))
    weekdays: dict[str, int] = {}
    for number, name in enumerate(calendar["weekdays"]):
        weekdays.update(dict.fromkeys(_spellings(name), number))
    bad_mods = sorted(set(raw["modifiers"].values()) - set(get_args(Mod)))
    if bad_mods:
        raise ValueError(f"lexicon {language!r} has unknown modifiers: {', '.join(bad_mods)}")
    if not set(raw["positions"]["tense_of_soft"].values()) <= {"past", "future"}:
        raise ValueError(f"lexicon {language!r}: tense_of_soft allows only past and future")
    seasons = {word: Season(**spec) for word, spec in raw["seasons"].items()}
    units = {word: Unit(**spec) for word, spec in raw["units"].items()}
    return Lexicon(
        language=language,
        months=_frozen(months),
        month_abbreviations=frozenset(abbreviations),
        ambiguous_months=frozenset(calendar["ambiguous_months"]),
        month_context=frozenset(calendar["month_context"]),
        name_joiners=frozenset(calendar["name_joiners"]),
        not_after_year=frozenset(calendar["not_after_year"]),
        verb_context=frozenset(calendar["verb_context"]),
        decades=_frozen(calendar["decades"]),
        stop_words=frozenset(calendar["stop_words"]),
        rate_context=frozenset(calendar["rate_context"]),
        not_before_year=frozenset(calendar["not_before_year"]),
        people_plural_endings=tuple(calendar["people_plural_endings"]),
        year_openers=frozenset(calendar["year_openers"]),
        not_before_set=frozenset(calendar["not_before_set"]),
        before_bare_time_units=frozenset(calendar["before_bare_time_units"]),
        after_bare_time_units=frozenset(calendar["after_bare_time_units"]),
        day_spending_verbs=frozenset(calendar["day_spending_verbs"]),
        quantity_of=frozenset(calendar["quantity_of"]),
        before_common_era=tuple(calendar["before_common_era"]),
        day_alone_before=frozenset(calendar["day_alone_before"]),
        day_alone_after=frozenset(calendar["day_alone_after"]),
        name_heads=frozenset(calendar["name_heads"]),
        season_name_heads=frozenset(calendar["season_name_heads"]),
        not_after_overnight=frozenset(calendar["not_after_overnight"]),
        weeks_of_month=_frozen(calendar["weeks_of_month"]),
        weekdays_of_month=_frozen(calendar["weekdays_of_month"]),
        weekday_of_month_needs_article=frozenset(calendar["weekday_of_month_needs_article"]),
        holiday_things=frozenset(calendar["holiday_things"]),
        spelled_days=MappingProxyType(
            {name: number for number, name in enumerate(calendar["spelled_days"], start=1)}
        ),
        weekdays=_frozen(weekdays),
        seasons=_frozen(seasons),
        holidays=_frozen({name: _frozen(spec) for name, spec in raw["holidays"].items()}),
        holiday_owners=_frozen(
            {name: frozenset(owners) for name, owners in raw.get("holiday_owners", {}).items()}
        ),
        before_named_day=frozenset(calendar.get("before_named_day", ())),
        before_anothers_day=frozenset(calendar.get("before_anothers_day", ())),
        parts_of_day=_frozen(raw["parts_of_day"]),
        zones=_frozen(raw["zones"]),
        numbers=_frozen(raw["numbers"]),
        units=_frozen(units),
        ordinals=_frozen(raw["ordinals"]),
        modifiers=_frozen(raw["modifiers"]),
        references=_frozen({**raw["references"], **_unit_references(raw, units)}),
        recent_spans=_frozen(raw["recent_spans"]),
        sets=_frozen(raw["sets"]),
        future_cues=tuple(raw["tense"]["future"]),
        past_cues=tuple(raw["tense"]["past"]),
        present_cues=tuple(raw["tense"]["present"]),
        singular_present_ending=raw["tense"]["singular_present"]["ending"],
        singular_present_not_after=raw["tense"]["singular_present"]["not_after"],
        singular_subjects=frozenset(raw["tense"]["singular_subjects"]),
        adverb_ending=raw["tense"]["adverb_ending"],
        participle_ending=raw["tense"]["participle_ending"],
        not_name_words=frozenset(
            [
                *raw["tense"]["not_name_words"],
                *raw["tense"]["determiners"],
                *raw["tense"]["subject_openers"],
            ]
        ),
        not_singular_present=frozenset(raw["tense"]["not_singular_present"]),
        reporting_present=frozenset(raw["tense"]["reporting_present"]),
        urging_present=frozenset(raw["tense"]["urging_present"]),
        quantifiers=frozenset(raw["tense"]["quantifiers"]),
        subject_modifiers=frozenset(raw["tense"].get("subject_modifiers", ())),
        not_plural_present=frozenset(raw["tense"]["not_plural_present"]),
        commitment_cues=frozenset(raw["tense"].get("commitment", ())),
        commitment_gap_leads=tuple(raw["tense"].get("commitment_gap_leads", ())),
        reporting=frozenset(raw["tense"].get("reporting", ())),
        not_cues=tuple(raw["tense"].get("not_cues", ())),
        future_before=frozenset(raw["tense"]["future_before"]),
        expected_before=frozenset(raw["tense"]["expected_before"]),
        expected_leads=tuple(raw["tense"]["expected_leads"]),
        shared_tense_joins=frozenset(raw["tense"]["shared_tense_joins"]),
        current_periods=tuple(raw["tense"]["current_periods"]),
        reported_figures=tuple(raw["tense"]["reported_figures"]),
        reported_clause_openers=frozenset(raw["tense"]["reported_clause_openers"]),
        subject_clause_openers=frozenset(raw["tense"]["subject_clause_openers"]),
        clause_joiners=frozenset(raw["tense"]["clause_joiners"]),
        subject_openers=tuple(raw["tense"]["subject_openers"]),
        other_clause_openers=tuple(raw["tense"]["other_clause_openers"]),
        naming=frozenset(raw["tense"]["naming"]),
        naming_before_name=frozenset(raw["tense"]["naming_before_name"]),
        names_given=tuple(raw["tense"]["names_given"]),
        subject_day_leads=tuple(raw["tense"]["subject_day_leads"]),
        past_before=frozenset(raw["tense"]["past_before"]),
        put_off=tuple(raw["tense"].get("put_off", ())),
        put_off_to=tuple(raw["tense"].get("put_off_to", ())),
        ahead_of=tuple(raw["tense"].get("ahead_of", ())),
        earlier_happening=frozenset(raw["tense"].get("earlier_happening", ())),
        same_time=frozenset(raw["tense"].get("same_time", ())),
        looks_ahead=frozenset(raw["tense"].get("looks_ahead", ())),
        target_leads=frozenset(raw["tense"].get("target_leads", ())),
        cause_before_for=frozenset(raw["tense"].get("cause_before_for", ())),
        set_times=tuple(raw["tense"].get("set_times", ())),
        set_time_links=tuple(raw["tense"]["set_time_links"]),
        traded_for=tuple(raw["tense"]["traded_for"]),
        comparison_cues=tuple(raw["tense"]["comparison"]),
        deictic_relations=frozenset(raw["story"]["deictic_relations"]),
        bound_before=frozenset(raw["story"]["bound_before"]),
        reached_by=frozenset(raw["story"]["reached_by"]),
        narration_goes_on=tuple(raw["story"]["narration_goes_on"]),
        attributive_before=frozenset(raw["story"]["attributive_before"]),
        aside_openers=frozenset(raw["story"]["aside_openers"]),
        relative_pronouns=frozenset(raw["story"].get("relative_pronouns", ())),
        year_clause_openers=tuple(raw["story"].get("year_clause_openers", ())),
        shifts=_frozen(raw["relations"]["shifts"]),
        relational_shifts=_frozen(raw["relations"]["relational_shifts"]),
        weekday_relations=_frozen(raw["relations"]["weekday_relations"]),
        deictic_days=_frozen(raw["relations"]["deictic_days"]),
        auxiliaries=frozenset(raw["tense"]["auxiliaries"]),
        infinitive_markers=frozenset(raw["tense"]["infinitive_markers"]),
        between_verbs=frozenset(raw["tense"]["between_verbs"]),
        determiners=frozenset(raw["tense"]["determiners"]),
        verb_after_relative_before=frozenset(raw["tense"]["verb_after_relative_before"]),
        headline_infinitive=frozenset(raw["tense"]["headline_infinitive"]),
        passive_past=frozenset(raw["tense"]["passive_past"]),
        regular_past_ending=raw["tense"]["regular_past"]["ending"],
        regular_past_not_after=raw["tense"]["regular_past"]["not_after"],
        past_perfect=tuple(raw["tense"]["past_perfect"]),
        past_plan=frozenset(raw["tense"]["past_plan"]),
        plan_after_past=frozenset(raw["tense"]["plan_after_past"]),
        decrees=frozenset(raw["tense"]["decrees"]),
        stretch_edges=frozenset(raw["tense"]["stretch_edges"]),
        calls_for=tuple(raw["tense"].get("calls_for", ())),
        called_for=tuple(raw["tense"].get("called_for", ())),
        called_for_leads=tuple(raw["tense"].get("called_for_leads", ())),
        perfect_after_future=tuple(raw["tense"]["perfect_after_future"]),
        lower_case_cues=frozenset(raw["tense"]["lower_case_cues"]),
        after_number_not_cues=frozenset(raw["tense"]["after_number_not_cues"]),
        plan_adjectives=frozenset(raw["tense"].get("plan_adjectives", ())),
        present_as_noun_after=frozenset(raw["tense"].get("present_as_noun_after", ())),
        future_as_noun=frozenset(raw["tense"]["future_as_noun"]),
        soft_positions=_frozen(raw["positions"]["soft"]),
        tense_of_soft_positions=_frozen(raw["positions"]["tense_of_soft"]),
        weekday_from_now=_frozen(raw["relations"]["weekday_from_now"]),
        from_now=_frozen(raw["relations"]["from_now"]),
        named_from_now=_frozen(raw["relations"]["named_from_now"]),
        anaphoric=tuple(raw["relations"]["anaphoric"]),
        part_of_day_relations=_frozen(raw["relations"]["part_of_day_relations"]),
        bare_parts_of_day=_frozen(raw["relations"].get("bare_parts_of_day", {})),
        night_before=tuple(raw["relations"]["night_before"]),
        night_dates_after=tuple(raw["relations"]["night_dates_after"]),
        times_of_day=tuple(raw["relations"]["times_of_day"]),
        deictic_parts=_frozen(raw["relations"]["deictic_parts"]),
        relation_after_unit=_frozen(raw["relations"]["relation_after_unit"]),
        stretch_leads=frozenset(raw["relations"]["stretch_leads"]),
        relation_before_unit=_frozen(raw["relations"]["relation_before_unit"]),
        before_part_of_day=frozenset(raw["relations"]["before_part_of_day"]),
        not_after_part_of_day=tuple(raw["relations"]["not_after_part_of_day"]),
        happening_endings=tuple(
            sorted(raw["relations"]["happening_endings"], key=len, reverse=True)
        ),
        same_unit=tuple(raw["relations"]["same_unit"]),
        not_before_same_unit=frozenset(raw["relations"]["not_before_same_unit"]),
        remainder_of=tuple(raw["relations"]["remainder_of"]),
        day_edges=tuple(raw["relations"]["day_edges"]),
        not_before_day_edge=frozenset(raw["relations"]["not_before_day_edge"]),
        distance_from_now=_frozen(raw["relations"]["distance_from_now"]),
        distance_from_told=_frozen(raw["relations"]["distance_from_told"]),
        up_to_now=frozenset(raw["relations"]["up_to_now"]),
        before_length=tuple(raw["relations"]["before_length"]),
        around_bare_length=(
            tuple(raw["relations"]["before_bare_length"]),
            tuple(raw["relations"]["after_bare_length"]),
        ),
        definite=frozenset(raw["relations"]["definite"]),
        latest_complete=frozenset(raw["relations"]["latest_complete"]),
        stretch_of_long_unit=frozenset(raw["relations"]["stretch_of_long_unit"]),
        unit_up_to_now=frozenset(raw["relations"]["unit_up_to_now"]),
        ending_on=tuple(raw["relations"]["ending_on"]),
        year_edges=frozenset(raw["relations"]["year_edges"]),
        halves=_frozen(raw["calendar"]["halves"]),
        last_of_year=tuple(calendar["last_of_year"]),
        fiscal=tuple(calendar["fiscal"]),
        unit_kinds=tuple(calendar["unit_kinds"]),
        before_length_unit=tuple(calendar["before_length_unit"]),
        bare_units=tuple(calendar["bare_units"]),
        length_only_units=tuple(calendar["length_only_units"]),
        spelled_hundreds=tuple(calendar["spelled_hundreds"]),
        spelled_thousands=_frozen(calendar["spelled_thousands"]),
        spelled_joins=tuple(calendar["spelled_joins"]),
        after_hour=tuple(raw["clock"]["after_hour"]),
        day_halves=tuple(raw["clock"]["day_halves"]),
        named_hours=_frozen(raw["clock"]["named"]),
        midnight_opens_day_after=frozenset(raw["clock"]["midnight_opens_day_after"]),
        after_24_hour=tuple(raw["clock"]["after_24_hour"]),
        local_time=tuple(raw["clock"]["local_time"]),
        before_24_hour=frozenset(raw["clock"]["before_24_hour"]),
        near_24_hour=frozenset(raw["clock"]["near_24_hour"]),
        before_zoned_time=frozenset(raw["clock"]["before_zoned_time"]),
        after_four_digits=tuple(raw["clock"]["after_four_digits"]),
        time_of_a_place=tuple(raw["clock"]["time_of_a_place"]),
        hours_of_the_clock=tuple(raw["clock"]["hours_of_the_clock"]),
        range_joins=tuple(raw["calendar"]["range_joins"]),
        list_joins=tuple(raw["calendar"]["list_joins"]),
        range_opens=frozenset(raw["calendar"]["range_opens"]),
        every=tuple(raw["repetition"]["every"]),
        frequencies=tuple(raw["repetition"]["frequencies"]),
        times=tuple(raw["repetition"]["times"]),
        per=tuple(raw["repetition"]["per"]),
        clock_joins=tuple(raw["repetition"]["clock_joins"]),
    )


@cache
def read_table(kind: str, language: str = "en") -> Mapping[str, Any]:
    """The parsed lexicon file ``<kind>_<language>.toml`` (events, entities, headline), or
    its English file when ``language`` has none. Parsed once per process (a file is read
    for one word list after another); it is shared, so never changed by a reader."""
    folder = resources.files(__package__)
    file = folder.joinpath(f"{kind}_{language}.toml")
    if not file.is_file():
        file = folder.joinpath(f"{kind}_en.toml")
    return tomllib.loads(file.read_text(encoding="utf-8"))


@cache
def common_words(language: str = "en") -> frozenset[str]:
    """Every lower-case word in the word lists of ``language`` (events, entities, headline):
    words of the language, such as "videos" or "tragedy", that name no one."""
    words: set[str] = set()
    for kind in ("events", "entities", "headline"):
        for phrase in _strings(read_table(kind, language)):
            words.update(w for w in phrase.split() if _LOWER_WORD.fullmatch(w))
    return frozenset(words)


@cache
def words_before_names(language: str = "en") -> frozenset[str]:
    """Words that, capitalised only because they open a sentence, are no part of the name
    after them: words describing a place ("Neighbouring Chad said") and adverbs linking
    to what was told before ("Meanwhile Serbia said")."""
    return frozenset(read_table("entities", language)["words"]["place_describers"]) | frozenset(
        read_table("events", language)["grammar"]["discourse_adverbs"]
    )


def _strings(value: object) -> Iterator[str]:
    """The strings inside a parsed TOML value, at any depth."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@cache
def languages() -> tuple[str, ...]:
    """Languages with a date lexicon file (``<code>.toml``), e.g. ``("en",)``."""
    names = (item.name for item in resources.files(__package__).iterdir())
    return tuple(sorted(name[:-5] for name in names if re.fullmatch(r"[a-z]{2,3}\.toml", name)))


@cache
def load_lexicon(language: str = "en") -> Lexicon:
    """Read and check the lexicon of ``language``; raises OptionError if there is none."""
    if language not in languages():
        raise OptionError(
            f"no date lexicon for language {language!r}; available: {', '.join(languages())}"
        )
    text = resources.files(__package__).joinpath(f"{language}.toml").read_text("utf-8")
    return _parse(language, tomllib.loads(text))
