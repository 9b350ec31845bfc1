"""Category agreement on wire-style probe sentences, tuned part and held-back part apart.

Usage: python benchmarks/category_probes.py [--errors]

Each row of ``category_probes.tsv`` is one sentence, the date expression in it and the
category ``docs/annotation.md`` gives its event. Every third row (by position) is held
back: the script prints its accuracy but never its errors, so the cues are fitted only to
the other rows. ``--errors`` lists the tuned rows the classifier gets wrong.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from probe_sentence import probe_event

PROBES = Path(__file__).with_name("category_probes.tsv")


def probes() -> list[tuple[str, str, str]]:
    """``(category, expression, sentence)`` per row, in file order."""
    rows = []
    for line in PROBES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            category, expression, sentence = line.split("\t")
            rows.append((category, expression, sentence))
    return rows


def categorize(expression: str, sentence: str) -> tuple[str, tuple[str, ...]]:
    """The category and cues of the event ``expression`` dates in ``sentence``."""
    event = probe_event(expression, sentence)
    return (event.category, event.cues) if event else ("(no event)", ())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the tuned rows missed")
    args = parser.parse_args()
    hits = {"tuned": [0, 0], "held back": [0, 0]}
    for position, (gold, expression, sentence) in enumerate(probes(), start=1):
        part = "held back" if position % 3 == 0 else "tuned"
        category, cues = categorize(expression, sentence)
        hits[part][0] += category == gold
        hits[part][1] += 1
        if args.errors and part == "tuned" and category != gold:
            print(f"{position:4} {gold:>12} <- {category:<12} {'; '.join(cues)}\n     {sentence}")
    for part, (right, total) in hits.items():
        print(f"{part}: {right}/{total} = {right / total:.2f}")


if __name__ == "__main__":
    main()
