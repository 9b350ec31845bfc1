"""Words of reacting to another's act: one list per meaning, read by each use as it needs."""

from itertools import combinations

import pytest

from timeline.lexicon.events import REACTIONS, load_event_lexicon


def test_each_word_of_reacting_is_listed_once() -> None:
    grammar = load_event_lexicon("en").grammar
    names = sorted({name for lists in REACTIONS.values() for name in lists})
    for first, second in combinations(names, 2):
        assert not grammar[first] & grammar[second], (first, second)


@pytest.mark.parametrize(
    ("word", "reading", "expected"),
    [
        ("condemned", "stance", True),
        ("concerned", "stance", True),
        ("responded", "stance", True),
        ("praised", "stance", False),  # one's own side may be praised
        ("described", "stance", False),  # a witness describes too
        ("described", "calling", True),
        ("praised", "calling", False),
        ("condemned", "judging", True),
        ("expressed", "judging", True),
        ("condemning", "judging", False),  # a participle makes no statement of its own
        ("criticism", "judging", False),  # a noun is no verb of judging
        ("concerned", "judging", False),
        ("welcomed", "judging", False),  # also a host's act
        ("welcomed", "reacting", True),
        ("retaliated", "reacting", True),
        ("retaliated", "topic", False),  # an act of its own, not a topic
        ("urged", "topic", True),
        ("hailed", "topic", True),
        ("said", "topic", False),
    ],
)
def test_a_reading_takes_the_words_its_meaning_needs(
    word: str, reading: str, expected: bool
) -> None:
    assert load_event_lexicon("en").reacts(word, reading) is expected
