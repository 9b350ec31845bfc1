"""Every lexicon file has the expected shape, and the English one the expected words."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date
from importlib import resources
from types import MappingProxyType
from typing import get_args

import pytest

from timeline.errors import OptionError
from timeline.lexicon import SECTIONS, Lexicon, languages, load_lexicon
from timeline.mentions import Grammar, find_mentions
from timeline.model import Mod
from timeline.placing import Context
from timeline.rules import GRAMMAR
from timeline.rules.words import words_of


@pytest.mark.parametrize("language", languages())
def test_every_lexicon_file_has_the_schema(language: str) -> None:
    raw = tomllib.loads(
        resources.files("timeline.lexicon").joinpath(f"{language}.toml").read_text("utf-8")
    )
    assert set(SECTIONS) <= set(raw)
    lexicon = load_lexicon(language)
    assert sorted(set(lexicon.months.values())) == list(range(1, 13))
    assert sorted(set(lexicon.weekdays.values())) == list(range(7))
    assert set(lexicon.modifiers.values()) <= set(get_args(Mod))
    assert all(1 <= season.first_month <= 12 for season in lexicon.seasons.values())
    assert all(unit.factor >= 1 and unit.letter in "SMHDWQY" for unit in lexicon.units.values())
    for word, number in lexicon.numbers.items():
        assert number == "X" or float(number) > 0, word
    assert lexicon.future_cues and lexicon.past_cues
    assert all(word == word.lower() for word in lexicon.references)
    assert set(lexicon.recent_spans) <= set(lexicon.references)
    assert set(lexicon.ambiguous_months) <= set(lexicon.months)
    assert set(lexicon.holiday_owners) <= set(lexicon.holidays)
    assert all(word == word.lower() for word in lexicon.before_named_day)


def test_english_spellings_and_abbreviations() -> None:
    lexicon = load_lexicon("en")
    assert lexicon.month("Sept.") == 9 and lexicon.month("DECEMBER") == 12
    assert lexicon.weekday("Sunday") == 6
    assert "Sept" in lexicon.month_abbreviations and "May" not in lexicon.month_abbreviations
    assert {"May", "March"} <= lexicon.ambiguous_months


def test_an_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(OptionError, match="no date lexicon for language 'xx'"):
        load_lexicon("xx")


@pytest.mark.parametrize("language", languages())
def test_lexicon_lists_hold_no_duplicates(language: str) -> None:
    text = resources.files("timeline.lexicon").joinpath(f"{language}.toml").read_text("utf-8")
    raw = tomllib.loads(text)
    for section, table in raw.items():
        for key, value in table.items():
            if isinstance(value, list) and all(isinstance(item, str) for item in value):
                assert len(value) == len(set(value)), f"[{section}] {key} repeats a word"


def _place_with(lexicon: Lexicon, text: str, published: date) -> list[tuple[str, str]]:
    """(expression, value) of ``text`` read by the grammar built from ``lexicon``."""
    rules = tuple(build(words_of(lexicon)) for build in GRAMMAR)
    grammar = Grammar(lexicon.language, lexicon, rules)
    ctx = Context(text, published, lexicon, [(0, len(text))], [])
    placed = []
    for found in find_mentions(text, grammar):
        placement = grammar.by_name[found.rule].place(found, ctx)
        if placement is not None:
            placed.append((text[found.start : found.end], placement.value))
    return placed


def test_rules_read_their_relation_words_from_the_lexicon() -> None:
    english = load_lexicon("en")
    text = "They met yonder December, yonder Friday and ereyesterday."
    published = date(2025, 12, 3)  # a Wednesday
    assert _place_with(english, text, published) == [
        ("December", "2025-12"),
        ("Friday", "2025-11-28"),
    ]
    widened = replace(
        english,
        named_from_now=MappingProxyType({**english.named_from_now, "yonder": -1}),
        weekday_from_now=MappingProxyType({**english.weekday_from_now, "yonder": -1}),
        deictic_days=MappingProxyType({**english.deictic_days, "ereyesterday": -2}),
    )
    assert _place_with(widened, text, published) == [
        ("yonder December", "2024-12"),
        ("yonder Friday", "2025-11-28"),
        ("ereyesterday", "2025-12-01"),
    ]


def _widened(lexicon: Lexicon, **more: tuple[str, ...] | dict[str, int]) -> Lexicon:
    """``lexicon`` with words added to some of its word classes."""
    changes: dict[str, object] = {}
    for name, words in more.items():
        old = getattr(lexicon, name)
        if isinstance(words, dict):
            changes[name] = MappingProxyType({**old, **words})
        else:
            changes[name] = (*old, *words)
    return replace(lexicon, **changes)  # type: ignore[arg-type]


# A word added to a word class of the lexicon is read by the rules built from it: no
# word of these classes is written in a rule's pattern.
WORD_CLASSES = [
    # word classes to widen, text, (expression, value) before, and after
    (
        {"after_hour": ("h",)},
        "It hit at ten h in the morning.",
        [("the morning", "2025-12-03TMO")],  # the morning it hit, no hour of it
        [("ten h in the morning", "2025-12-03T10:00")],
    ),
    (
        {"named_hours": {"teatime": 17}},
        "They met at teatime.",
        [],
        [("teatime", "2025-12-03T17:00")],
    ),
    (
        {"after_24_hour": ("hrs local",)},
        "It hit, 16:08 hrs local, the army said.",
        [],
        [("16:08", "2025-12-03T16:08")],
    ),
    (
        {"day_halves": ("in the night",)},
        "The ferry leaves at eleven in the night.",
        [],
        [("eleven in the night", "2025-12-03T23:00")],
    ),
    (
        {"spelled_hundreds": ("seventeen",)},
        "Founded in seventeen seventy-six.",
        [],
        [("seventeen seventy-six", "1776")],
    ),
    (
        {"spelled_thousands": {"one thousand": 1000}},
        "Founded in one thousand and sixty-six.",
        [],
        [("one thousand and sixty-six", "1066")],
    ),
    (
        {"fiscal": ("budget",)},
        "Sales fell in budget 1989.",
        [("1989", "1989")],
        [("budget 1989", "1989")],
    ),
    (
        {"before_length_unit": ("working",)},
        "It took five working days.",
        [("days", "PXD")],
        [("five working days", "P5D")],
    ),
    (
        {"bare_units": ("fortnights",)},
        "It went on for fortnights.",
        [],
        [("fortnights", "PXW")],
    ),
    (
        {"unit_kinds": ("financial",)},
        "Sales fell last financial year.",
        [],
        [("last financial year", "2024")],
    ),
]


@pytest.mark.parametrize(("more", "text", "before", "after"), WORD_CLASSES)
def test_rules_read_their_word_classes_from_the_lexicon(
    more: dict[str, tuple[str, ...] | dict[str, int]],
    text: str,
    before: list[tuple[str, str]],
    after: list[tuple[str, str]],
) -> None:
    english = load_lexicon("en")
    published = date(2025, 12, 3)
    assert _place_with(english, text, published) == before
    assert _place_with(_widened(english, **more), text, published) == after
