"""Score the date engine on the news-style probe sentences of tests/data/probes/dates.tsv.

Usage: python benchmarks/date_probes.py [--errors]

Each probe is a sentence, its publication date and every expression TimeML would mark in
it (exact span and value). An expression counts as right when both its span and its value
match. The ``tune`` part may be read and tuned on; the ``held`` part is scored only, to
check that a change made for the tuned part generalises, so ``--errors`` lists the
differences of the tuned part alone.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from datetime import date
from pathlib import Path

from timeline.resolve import find_dates

PROBES = Path(__file__).resolve().parents[1] / "tests" / "data" / "probes" / "dates.tsv"


def read_probes(path: Path = PROBES) -> list[tuple[str, date, str, set[tuple[str, str]]]]:
    """Every probe as (part, publication date, text, {(span, value)})."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [
        (
            row["part"],
            date.fromisoformat(row["published"]),
            row["text"],
            {tuple(pair.split("=", 1)) for pair in row["expected"].split("; ") if pair},  # type: ignore[misc]
        )
        for row in rows
    ]


def found(text: str, published: date) -> set[tuple[str, str]]:
    """The (span, value) pairs the engine finds in ``text``."""
    return {(m.text, m.value) for m in find_dates(text, published)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the tuned part's errors")
    errors = parser.parse_args().errors
    counts: dict[str, Counter[str]] = {}
    for part, published, text, gold in read_probes():
        mine = found(text, published)
        count = counts.setdefault(part, Counter())
        count.update(right=len(gold & mine), gold=len(gold), system=len(mine))
        if errors and part == "tune" and gold != mine:
            print(f"{published} {text}")
            print(f"   missing {sorted(gold - mine)} extra {sorted(mine - gold)}")
    for part, count in sorted(counts.items(), reverse=True):
        p = count["right"] / max(count["system"], 1)
        r = count["right"] / max(count["gold"], 1)
        f = 2 * p * r / max(p + r, 1e-9)
        print(f"{part:5} gold {count['gold']:3}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


if __name__ == "__main__":
    main()
