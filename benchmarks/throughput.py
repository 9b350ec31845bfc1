"""Speed of one process: mentions (find_dates) and events (process_article) next to
dateparser.search_dates, on the same TBAQ texts, in one run.

Usage: python benchmarks/throughput.py [--articles N] [--repeat R]

Prints characters and articles per second for each, the ratios to dateparser, and the
peak resident memory after each stage. Start-up (first call: lexicon and pattern
loading) is excluded for all three. dateparser runs with the same reference date as
ours (RELATIVE_BASE = publication date, PREFER_DATES_FROM = past, English only).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from datetime import datetime

from corpus import tbaq_articles

from timeline.model import Article
from timeline.pipeline import process_article
from timeline.resolve import find_dates


def mentions(article: Article) -> int:
    return len(find_dates(article.text, article.published))


def events(article: Article) -> int:
    return len(process_article(article).events)


def dateparser_search(article: Article) -> int:
    from dateparser.search import search_dates

    base = datetime.combine(article.published, datetime.min.time())
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(article.text, languages=["en"], settings=settings)
    return len(found or [])


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(
    name: str, run: Callable[[Article], int], articles: Sequence[Article], repeat: int
) -> float:
    """Best-of-``repeat`` characters per second of ``run`` over ``articles``; prints a line."""
    run(articles[0])  # start-up: load data, compile patterns
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        found = sum(run(article) for article in articles)
        best = min(best, time.perf_counter() - start)
    chars = sum(len(a.text) for a in articles)
    print(
        f"{name:<26}{chars / best:>12,.0f} chars/s {len(articles) / best:>9,.1f} articles/s"
        f"  {found:>7} found  {best:>7.2f} s  peak RSS {peak_rss_mb():>6.0f} MB",
        flush=True,
    )
    return chars / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--articles", type=int, default=256, help="how many (default 256: every TBAQ text once)"
    )
    parser.add_argument("--repeat", type=int, default=1, help="best of R runs (default 1)")
    args = parser.parse_args()
    articles = list(tbaq_articles(args.articles))
    chars = sum(len(a.text) for a in articles)
    print(f"python {sys.version.split()[0]}, {len(articles)} articles, {chars:,} characters")
    ours_mentions = measure("timeline mentions", mentions, articles, args.repeat)
    ours_events = measure("timeline events", events, articles, args.repeat)
    theirs = measure("dateparser.search_dates", dateparser_search, articles, args.repeat)
    print(f"ratio mentions / dateparser {ours_mentions / theirs:>8.1f}x")
    print(f"ratio events / dateparser   {ours_events / theirs:>8.1f}x")


if __name__ == "__main__":
    main()
