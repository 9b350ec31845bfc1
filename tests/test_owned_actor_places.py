"""A state named in the possessive right before a named actor owns the actor ("Russia's
Wagner group", "Ukraine's Zelensky"): it says whose the actor is, not where anything
happened; before a part of its land it still names the land."""

from __future__ import annotations

import pytest

from tests.test_places import event_places_of


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("Fighters of Russia's Wagner group stormed the town on Sunday.", "on Sunday", ()),
        ("Israel's Shin Bet arrested two suspects on Monday.", "on Monday", ()),
        (
            "Russia's Investigative Committee said on Saturday that four suspects were held.",
            "on Saturday",
            (),
        ),
        ("Ukraine's Zelensky met donors on Tuesday.", "on Tuesday", ()),
        ("Iran's Islamic Revolutionary Guard Corps seized a tanker on Friday.", "on Friday", ()),
        ("Yemen's Houthis fired a missile at a tanker on Tuesday.", "on Tuesday", ()),
        # the place the act names stays
        (
            "Lebanon's Hezbollah fired rockets at northern Israel on Sunday.",
            "on Sunday",
            ("Israel",),
        ),
        # negative: before a place or a part of the land, the possessive names the land
        ("Drones hit Russia's Kursk region on Monday.", "on Monday", ("Kursk region",)),
        ("Israel struck Iran's Natanz facility on Friday.", "on Friday", ("Natanz",)),
        ("Floods swept Pakistan's Sindh province on Monday.", "on Monday", ("Sindh province",)),
        ("Rockets hit Lebanon's south on Sunday.", "on Sunday", ("Lebanon",)),
        ("Shells hit Ukraine's Kharkiv on Sunday.", "on Sunday", ("Kharkiv",)),
    ],
)
def test_a_state_owning_a_named_actor_is_no_place(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_places_of(text, expression) == expected
