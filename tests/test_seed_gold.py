"""The seed gold as a regression test: expressions placed on exactly the gold interval."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import DATA
from timeline.articles import load_articles
from timeline.evaluate import score_seed_gold

# The engine places 29 of 29; the floor leaves room for deliberate trade-offs only.
EXACT_FLOOR = 27


def test_seed_gold_intervals_and_not_dates(seeds_dir: Path) -> None:
    score = score_seed_gold(
        DATA / "seed_dates.csv", DATA / "seed_not_dates.csv", load_articles(seeds_dir)
    )
    print(score.format())
    assert len(score.cases) == 29
    assert score.exact >= EXACT_FLOOR, score.format()
    assert score.placed_not_dates == (), score.format()
