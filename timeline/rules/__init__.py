"""The date grammar: every rule, one object each, one module per rule family.

A rule (:class:`timeline.mentions.Rule`) holds its pattern, its trigger words, the
strategy that places what it finds, the groups that strategy reads and when it is
placed. :data:`GRAMMAR` lists the rules in order (on equal length, an earlier rule wins
an overlap); :func:`grammar` builds them for a language once and checks them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from timeline.lexicon import load_lexicon
from timeline.mentions import Grammar, Rule
from timeline.rules import clock, dates, days, lengths, months, periods, relative, years
from timeline.rules.words import Words, words_of

GRAMMAR: tuple[Callable[[Words], Rule], ...] = (
    dates.iso_date_rule,
    dates.numeric_date_rule,
    dates.hyphenated_date_rule,
    clock.clock_time_rule,
    dates.month_day_rule,
    dates.day_month_rule,
    dates.day_alone_rule,
    months.month_rule,
    months.season_rule,
    years.year_rule,
    years.bc_year_rule,
    years.decade_rule,
    years.century_rule,
    periods.quarter_rule,
    periods.year_ago_quarter_rule,
    periods.report_period_rule,
    periods.half_rule,
    periods.unit_relative_rule,
    years.spelled_year_rule,
    days.holiday_rule,
    periods.unit_edge_rule,
    days.deictic_rule,
    days.weekday_rule,
    relative.ago_rule,
    relative.relational_rule,
    lengths.duration_rule,
    clock.clock_length_rule,
    lengths.set_rule,
    lengths.reference_rule,
)


@cache
def grammar(language: str = "en") -> Grammar:
    """The ordered rules for ``language``, built and checked once."""
    words = words_of(load_lexicon(language))
    rules = tuple(build(words) for build in GRAMMAR)
    check(rules)
    return Grammar(language, words.lexicon, rules)


def check(rules: tuple[Rule, ...]) -> None:
    """Raise ValueError unless every rule has its own name and a ``core`` group, and
    every group its strategy reads is a group of its pattern (under its alias)."""
    names = [rule.name for rule in rules]
    if len(set(names)) != len(names):
        raise ValueError(f"rules named twice: {sorted({n for n in names if names.count(n) > 1})}")
    for rule in rules:
        groups = set(rule.pattern.groupindex)
        if "core" not in groups:
            raise ValueError(f"rule {rule.name!r}: its pattern has no 'core' group")
        missing = rule.reads - {rule.aliases.get(group, group) for group in groups}
        if missing:
            raise ValueError(
                f"rule {rule.name!r} reads groups its pattern lacks: {sorted(missing)}"
            )
