"""Event categories for any conflict or crisis: which words decide, and in which sense.

Every sentence is dated "on Sunday"; each table has cases where a rule must not fire.
"""

import pytest

from tests.test_events import assert_category, only_event

# --- the clause's predicate outweighs the words around it ------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # the first cue of the clause is what it does; a later cue is its object or setting
        (
            "Militants kidnapped two aid workers near the camp on Sunday.",
            "battlefield",
            "kidnapped",
        ),
        ("Parliament passed the budget on Sunday.", "economic", "budget"),
        (
            "China accused the United States of bombing its embassy on Sunday.",
            "diplomatic",
            "accused",
        ),
        ("Civilians fled the shelling in the east on Sunday.", "humanitarian", "fled"),
        # negative: who acts (police, civilians, parliament) is no predicate
        ("Police said gunmen shot dead a village chief on Sunday.", "battlefield", "shot dead"),
        ("Civilians were killed in an air strike on Sunday.", "battlefield", "air strike"),
        ("Parliament voted on Sunday.", "political", "parliament"),
    ],
)
def test_the_first_cue_of_the_clause_is_its_predicate(text: str, category: str, cue: str) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # a date in a subordinate clause dates that clause's happening
        (
            "Dozens of soldiers have been killed since the truce took effect on Sunday.",
            "diplomatic",
            "truce",
        ),
        ("Troops shelled the town after the talks collapsed on Sunday.", "diplomatic", "talks"),
        # negative: a subordinator right before the date opens no clause of its own
        ("Dozens of soldiers have been killed in shelling since Sunday.", "battlefield", "killed"),
        ("Troops shelled the town after dawn on Sunday.", "battlefield", "shelled"),
    ],
)
def test_a_subordinate_clause_holding_the_date_tells_its_event(
    text: str, category: str, cue: str
) -> None:
    event = only_event(text, "Sunday")
    assert event.category == category, event.cues
    assert cue in event.cues


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # what a protest, a sanction or a closure is about is not what happened
        ("Thousands protested against the war on Sunday.", "political", "protested"),
        ("The bloc imposed sanctions over the invasion on Sunday.", "diplomatic", "sanctions"),
        (
            "Farmers blocked roads in protest at the new tax on Sunday.",
            "political",
            "blocked roads",
        ),
        ("The envoy held talks about the fighting on Sunday.", "diplomatic", "talks"),
        # negative: a topic still decides when the clause says nothing else
        ("The minister spoke about the floods on Sunday.", "humanitarian", "floods"),
        # negative: an opener as the first word opens no topic
        ("Against the odds, rescuers found survivors on Sunday.", "humanitarian", "rescuers"),
    ],
)
def test_what_a_clause_is_about_counts_less_than_what_it_tells(
    text: str, category: str, cue: str
) -> None:
    assert_category(text, category, cue)
