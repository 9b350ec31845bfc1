"""A date on a statement dates the saying: what the statement reports is not where it was
made, wherever the report stands beside the words that say how it was told."""

from __future__ import annotations

import pytest

from tests.test_places import event_places_of


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # the speaker follows what is said, then says how it was told and when: the report
        # before the speaker is no place of the statement
        (
            "Drones hit a school in Kharkiv, the governor said in a statement on Sunday.",
            "on Sunday",
            (),
        ),
        (
            "Two people were killed in Odesa, the mayor said on Sunday in a post on Telegram.",
            "on Sunday",
            (),
        ),
        (
            "A rocket hit a market in Kherson, the governor wrote on Telegram on Monday.",
            "on Monday",
            (),
        ),
        (
            "Several soldiers were killed as a helicopter tried to evacuate troops from "
            "Malakal, the UN mission said in a statement on Saturday.",
            "on Saturday",
            (),
        ),
        (
            "Shells struck a hospital in Mykolaiv overnight, the regional governor said in a "
            "video address early on Tuesday.",
            "early on Tuesday",
            (),
        ),
        # what is said follows the phrase naming the statement, with or without "that"
        (
            "The defence ministry said in a statement Friday four Ukrainian drones and two "
            "rockets were intercepted over the Kursk region and the Oryol region.",
            "Friday",
            (),
        ),
        (
            "The governor said in a televised address on Sunday two Russian ballistic missiles "
            "and a guided bomb had hit a crowded school in Sumy.",
            "on Sunday",
            (),
        ),
        (
            "The army said on Tuesday, in a statement, that drones hit Kharkiv.",
            "on Tuesday",
            (),
        ),
        # what a participle of speech after the statement says is reported too
        (
            "The group claimed the ambush in a statement on Monday, saying its fighters had "
            "seized the army base at Kherson.",
            "on Monday",
            (),
        ),
        (
            "The rebels claimed the attack on Friday, saying their fighters had shot down a "
            "helicopter near Idlib.",
            "on Friday",
            (),
        ),
        (
            "The ministry confirmed the strike on Tuesday, adding that a fuel depot in "
            "Belgorod had burned for hours.",
            "on Tuesday",
            (),
        ),
        # negative: where the statement was made is its place
        (
            "Drones hit a school in Kharkiv, the governor said in Odesa on Sunday.",
            "on Sunday",
            ("Odesa",),
        ),
        (
            "The governor told reporters in Kharkiv on Sunday that the city was calm.",
            "on Sunday",
            ("Kharkiv",),
        ),
        # negative: a date in what is said dates the act it reports, which keeps its place
        (
            "Drones hit a school in Kharkiv on Sunday, the governor said in a statement.",
            "on Sunday",
            ("Kharkiv",),
        ),
        (
            "The army said in a statement on Monday that its troops repelled an attack near "
            "Kherson on Sunday.",
            "on Sunday",
            ("Kherson",),
        ),
        (
            "The governor said in a video on Sunday a missile had hit a school in Sumy on "
            "Saturday.",
            "on Saturday",
            ("Sumy",),
        ),
        # negative: a participle of speech after an act of war does not undo its place
        (
            "Rebels shelled Mykolaiv on Monday, saying the port was a legitimate target.",
            "on Monday",
            ("Mykolaiv",),
        ),
    ],
)
def test_what_a_statement_reports_beside_how_it_was_told_is_not_its_place(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_places_of(text, expression) == expected
