"""Speed of the date engine next to dateparser.search_dates, on the same TimeML texts.

Usage: python benchmarks/dates.py [CORPUS] [--repeat N]

CORPUS defaults to ../shared/data/tbaq (TimeBank + AQUAINT). Both run in this process on
the plain text of every document's <TEXT>, with the document's creation time as the
reference date (dateparser: RELATIVE_BASE = DCT, PREFER_DATES_FROM = past). Prints
characters per second for each and the ratio.
"""

from __future__ import annotations

import argparse
import time
import warnings
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from timeline.evaluate import TimeMLDocument, read_timeml, timeml_files
from timeline.resolve import find_dates

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "tbaq"


def engine(document: TimeMLDocument) -> int:
    return len(find_dates(document.text, document.dct))


def dateparser_search(document: TimeMLDocument) -> int:
    from dateparser.search import search_dates

    base = datetime.combine(document.dct, datetime.min.time())
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(document.text, languages=["en"], settings=settings)
    return len(found or [])


def chars_per_second(
    run: Callable[[TimeMLDocument], int], documents: list[TimeMLDocument], repeat: int
) -> tuple[float, int]:
    run(documents[0])  # warm up: compile patterns, load language data
    best = float("inf")
    found = 0
    for _ in range(repeat):
        start = time.perf_counter()
        found = sum(run(document) for document in documents)
        best = min(best, time.perf_counter() - start)
    return sum(len(d.text) for d in documents) / best, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=2, help="best of N runs of each (default 2)")
    args = parser.parse_args()
    documents = [read_timeml(path) for path in timeml_files(args.corpus)]
    total = sum(len(d.text) for d in documents)
    print(f"{len(documents)} documents, {total:,} characters")
    ours, ours_found = chars_per_second(engine, documents, args.repeat)
    theirs, theirs_found = chars_per_second(dateparser_search, documents, args.repeat)
    print(f"timeline.find_dates         {ours:>12,.0f} chars/s  ({ours_found} expressions)")
    print(f"dateparser.search_dates     {theirs:>12,.0f} chars/s  ({theirs_found} dates)")
    print(f"ratio                       {ours / theirs:>12.1f}x")


if __name__ == "__main__":
    main()
