"""Wire-style sentences from many kinds of stories, each with the category of its event.

Elections, courts, sanctions, aid convoys, disasters, protests, cyber attacks, hostage
deals, ceasefires, arms deliveries and trials of soldiers, in the words of news agencies
and official statements: every row must hold, not just most of them.
"""

from datetime import date
from pathlib import Path

import pytest

from tests.test_events import only_event

TABLE = Path(__file__).parent / "data" / "probes" / "wire_categories.tsv"
DAY = date(2025, 11, 30)


def rows() -> list[tuple[str, str, str]]:
    """``(category, expression, text)`` per row of the table."""
    lines = [line for line in TABLE.read_text().splitlines() if not line.startswith("#")]
    return [tuple(line.split("\t")) for line in lines[1:]]  # type: ignore[misc]


def test_the_table_covers_every_category() -> None:
    assert {category for category, _, _ in rows()} == {
        "battlefield",
        "diplomatic",
        "political",
        "economic",
        "humanitarian",
        "other",
    }


@pytest.mark.parametrize(("category", "expression", "text"), rows())
def test_a_wire_sentence_takes_the_category_of_what_it_tells(
    category: str, expression: str, text: str
) -> None:
    event = only_event(text, expression, DAY)
    assert event.category == category, event.cues
