"""Speed of the date engine next to dateparser.search_dates, on the same TBAQ texts.

Usage: python benchmarks/dates.py [--articles N] [--repeat R] [--against DIR [--turns T]]

Both run in this process on the plain text of every TimeBank/AQUAINT document, with the
document's creation date as the reference date. Prints characters per second for each
and the ratio; ``benchmarks/throughput.py`` adds the event stage and memory.

``--against DIR`` compares ``find_dates`` of this checkout with that of another one (a
``git worktree`` of an earlier commit) instead: each side runs in a process of its own,
in turn, T times, and the ratio of the medians is printed (this / other).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

from corpus import tbaq_articles
from throughput import dateparser_search, measure, mentions

HERE = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=256, help="how many (default 256)")
    parser.add_argument("--repeat", type=int, default=2, help="best of R runs (default 2)")
    parser.add_argument("--against", type=Path, help="another checkout to compare with")
    parser.add_argument("--turns", type=int, default=3, help="turns of each side (default 3)")
    parser.add_argument("--ours-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.against is not None:
        compare(args.against.resolve(), args.articles, args.repeat, args.turns)
        return
    articles = list(tbaq_articles(args.articles))
    ours = measure("timeline.find_dates", mentions, articles, args.repeat)
    if args.ours_only:
        import timeline

        print(f"  (find_dates of {Path(timeline.__file__).parents[1]})")
        print(ours)
        return
    theirs = measure("dateparser.search_dates", dateparser_search, articles, args.repeat)
    print(f"ratio                     {ours / theirs:>12.1f}x")


def compare(other: Path, articles: int, repeat: int, turns: int) -> None:
    """Time ``find_dates`` of this checkout and of ``other`` in turn; print the ratio."""
    speeds: dict[Path, list[float]] = {HERE: [], other: []}
    for _ in range(turns):
        for tree, speeds_of_tree in speeds.items():
            print(f"{tree}: ", end="", flush=True)
            speeds_of_tree.append(_speed_in(tree, articles, repeat))
    ratio = statistics.median(speeds[HERE]) / statistics.median(speeds[other])
    print(f"ratio of the medians (this / other) {ratio:.2f}")


def _speed_in(tree: Path, articles: int, repeat: int) -> float:
    """Characters per second of ``find_dates`` imported from ``tree``, in a new process."""
    command = [sys.executable, __file__, "--articles", str(articles), "--repeat", str(repeat)]
    environment = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run(
        [*command, "--ours-only"], env=environment, capture_output=True, text=True, check=True
    )
    *lines, speed = done.stdout.strip().splitlines()
    print(*lines, sep="\n", flush=True)
    return float(speed)


if __name__ == "__main__":
    main()
