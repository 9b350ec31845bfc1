"""A body named after a state's possessive: the state's organ acts as the state, while an
armed group of a region or one the article calls a group against the state is itself."""

from __future__ import annotations

import pytest

from timeline.actors import ArticleEntities, actors_in


def actors(text: str) -> tuple[str, ...]:
    return actors_in(ArticleEntities.of(text), 0, len(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's guards, ministry, service, police or navy is the state
        ("Iraq's Republican Guards said they had shot down a drone.", ("Iraq",)),
        ("Jordan's Royal Guards said on Monday they had detained two men.", ("Jordan",)),
        ("Egypt's Interior Ministry said police had killed five militants.", ("Egypt",)),
        (
            "Azerbaijan's State Border Service said Armenian troops had fired on a post.",
            ("Azerbaijan",),
        ),
        (
            "Indonesia's Disaster Mitigation Agency said the death toll had risen to 40.",
            ("Indonesia",),
        ),
        ("Ecuador's Armed Forces said they had killed three gang members.", ("Ecuador",)),
        # a region's police or brigade of the state is still the state's organ
        ("Nigeria's Borno State Police said it had arrested six suspects.", ("Nigeria",)),
        ("Pakistan's Punjab Police said on Friday it had arrested six suspects.", ("Pakistan",)),
        ("Ukraine's Azov Brigade said it had repelled an assault.", ("Ukraine",)),
        # an army or forces named after a region of the state fight their own war
        (
            "Myanmar's Kachin Independence Army said it had seized the base.",
            ("Kachin Independence Army",),
        ),
        (
            "Myanmar's Karenni Army said on Monday it had taken a town.",
            ("Karenni Army",),
        ),
        (
            "Sudan's Darfur Joint Forces said they had repelled an attack.",
            ("Darfur Joint Forces",),
        ),
        # ... and so does a body the article calls a group against the state
        (
            "The insurgent Popular Defence Forces attacked the town on Monday. "
            "Chad's Popular Defence Forces said it had taken the airport.",
            ("Popular Defence Forces",),
        ),
        (
            "Mali's Patriotic Forces said on Friday they had taken the town. "
            "The separatist Patriotic Forces have fought the army since 2012.",
            ("Patriotic Forces",),
        ),
        # negative: rebels named apart from the body leave the state's forces its own
        (
            "Rebel fighters attacked the town. Chad's Armed Forces said they had repelled them.",
            ("Chad",),
        ),
    ],
)
def test_body_after_a_states_possessive(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected
