"""Event figures on every gold folder of the project, dev and test side by side.

Usage: python benchmarks/gold_events.py [--halves]

The gold folders are ``tests/data/news`` and each ``tests/data/snippets/*``, each split into
``dev/`` (read and tuned on) and ``test/`` (only scored; see docs/annotation.md). One half
alone is small: a single event moves its figures by .05 or more. So all dev halves are
pooled into one run and all test halves into another, and the two pools are the measure.
A pool is also several unrelated stories in one run, as a user's mixed folder is: a
cluster joined across stories counts as a false merge, and one happening told in two
sets under two ids is one happening (``tests/data/same_happenings.tsv``). ``--halves``
adds each half's own figures. The script prints no errors: read them with ``timeline eval
--events FOLDER --errors`` on a dev half only.
"""

from __future__ import annotations

import argparse
import csv
import warnings
from dataclasses import replace
from pathlib import Path

from timeline.articles import load_articles
from timeline.event_scores import EventScores, GoldEvent, read_gold, score_events
from timeline.model import Article
from timeline.pipeline import extract_events

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
HALVES = ("dev", "test")
# Two sets may name one happening by different ids; in a pool they are one happening.
SAME_HAPPENINGS = DATA / "same_happenings.tsv"


def same_happenings() -> dict[str, str]:
    """Each happening id another gold set names by a different id, mapped to that id."""
    with SAME_HAPPENINGS.open(newline="", encoding="utf-8") as rows:
        return {row["happening"]: row["same_as"] for row in csv.DictReader(rows, delimiter="\t")}


def gold_sets() -> list[Path]:
    """Every gold set folder (each holding ``dev/`` and ``test/``)."""
    snippets = sorted(path for path in (DATA / "snippets").iterdir() if path.is_dir())
    return [DATA / "news", *snippets]


def halves(sets: list[Path], half: str) -> list[Path]:
    """The ``half`` folder of each gold set that has one (a set whose texts all fell to
    one split by its split rule has no folder for the other)."""
    return [s / half for s in sets if (s / half).is_dir()]


def pooled_scores(folders: list[Path]) -> EventScores:
    """Score one event table built from the articles of all ``folders`` at once against
    their gold events together."""
    articles: list[Article] = []
    gold: list[GoldEvent] = []
    same = same_happenings()
    for folder in folders:
        corpus = load_articles(folder)
        articles += corpus.articles
        gold += read_gold(folder, texts={article.id: article.text for article in corpus})
    gold = [replace(g, happening=same.get(g.happening, g.happening)) for g in gold]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = extract_events(articles)
    return score_events(table, gold)


def _shown(value: float | int | None) -> str:
    if value is None:
        return "n/a"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def report(columns: dict[str, EventScores]) -> str:
    """The figures as a markdown table, one column per scored folder or pool."""
    names = list(next(iter(columns.values())).figures())
    lines = [
        "| figure | " + " | ".join(columns) + " |",
        "|---" * (len(columns) + 1) + "|",
    ]
    lines.append(
        "| gold events | " + " | ".join(str(s.gold_events) for s in columns.values()) + " |"
    )
    for name in names:
        cells = (_shown(scores.figures()[name]) for scores in columns.values())
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--halves", action="store_true", help="also score each half alone")
    args = parser.parse_args()
    sets = gold_sets()
    columns = {f"{half} pool": pooled_scores(halves(sets, half)) for half in HALVES}
    print(report(columns))
    if args.halves:
        for gold_set in sets:
            print(f"\n{gold_set.name}")
            present = [half for half in HALVES if (gold_set / half).is_dir()]
            print(report({half: pooled_scores([gold_set / half]) for half in present}))


if __name__ == "__main__":
    main()
