"""Tests for timeline.sentence: reading the words around a date."""

from __future__ import annotations

import re

import pytest

from timeline.lexicon.events import load_event_lexicon
from timeline.sentence import setting_start

_WORDS = re.compile(r"\w+|[^\w\s]")


@pytest.mark.parametrize(
    ("before", "setting"),
    [
        # where it was said, between a verb of saying and the date
        ("The ministry said in a statement", "in a statement"),
        ("The army said at a news conference", "at a news conference"),
        ("The president announced in a televised address", "in a televised address"),
        # to whom it was told
        ("The governor told reporters", "reporters"),
        ("The governor told the state broadcaster", "the state broadcaster"),
        # no verb of saying before the place, or too many words to it
        ("Drones struck a news conference", None),
        ("The ministry said in its long awaited annual statement", None),
        # what was told, not whom
        ("The governor told troops to withdraw", None),
        ("The governor told reporters that troops withdrew", None),
        ("The governor told troops deployed", None),
        ("The governor told reporters ,", None),
        # a verb of saying right before the date: no phrase between
        ("The governor said", None),
        # a name said in or on, after the verb of saying or after its own setting
        ("The minister said in Geneva", "in Geneva"),
        ("The governor said on Telegram", "on Telegram"),
        ("The envoy told reporters in New Delhi", "reporters in New Delhi"),
        ("The spokesman told a press conference in Kabul", "a press conference in Kabul"),
        ("The premier said at a news briefing in Islamabad", "at a news briefing in Islamabad"),
        ("The foreign minister told a news conference", "a news conference"),
        # a listener named by a statement noun, after a speaker set off by commas
        ("The defence minister , Ana Ruiz , told a radio channel", "a radio channel"),
        ("The company said in a regulatory filing", "in a regulatory filing"),
        ("The insurer , a Dutch group , said in a court filing", "in a court filing"),
        # the word opening the phrase aside, at most three words to its statement
        ("The president said in his evening video address", "in his evening video address"),
        ("Trump wrote on his Truth Social platform", "on his Truth Social platform"),
        # a name where what was said happened: the date dates that
        ("The army said it struck targets in Gaza", None),
        ("Rebels said they seized the airport in Goma", None),
        ("The ministry said the convoy was hit near Kassala", None),
        ("Drones struck a news conference in Kabul", None),
    ],
)
def test_a_setting_is_where_or_to_whom_a_saying_before_a_date_was_made(
    before: str, setting: str | None
) -> None:
    words = _WORDS.findall(before)
    start = setting_start(words, load_event_lexicon("en"))
    assert (None if start is None else " ".join(words[start:])) == setting
