"""Speed of the date engine next to dateparser.search_dates, on the same TBAQ texts.

Usage: python benchmarks/dates.py [--articles N] [--repeat R]

Both run in this process on the plain text of every TimeBank/AQUAINT document, with the
document's creation date as the reference date. Prints characters per second for each
and the ratio; ``benchmarks/throughput.py`` adds the event stage and memory.
"""

from __future__ import annotations

import argparse

from corpus import tbaq_articles
from throughput import dateparser_search, measure, mentions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=256, help="how many (default 256)")
    parser.add_argument("--repeat", type=int, default=2, help="best of R runs (default 2)")
    args = parser.parse_args()
    articles = list(tbaq_articles(args.articles))
    ours = measure("timeline.find_dates", mentions, articles, args.repeat)
    theirs = measure("dateparser.search_dates", dateparser_search, articles, args.repeat)
    print(f"ratio                     {ours / theirs:>12.1f}x")


if __name__ == "__main__":
    main()
