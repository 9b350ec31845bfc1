"""The whole path from articles to tables: find dates, build events, merge, tabulate.

Each article is processed on its own by :func:`process_article`, in this process, in
``jobs`` local processes, or on a Dask cluster; only clustering looks across articles,
so every way of running gives the same table.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from timeline.errors import OptionError
from timeline.events import build_events
from timeline.merge import cluster_events
from timeline.model import Article, Event, Mention
from timeline.resolve import find_dates

if TYPE_CHECKING:
    import pandas as pd

# Articles handed to the worker processes at a time: bounds memory on long runs.
BATCH_SIZE = 256


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """What one article gives: its mentions and its (not yet clustered) events."""

    article: Article
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...]


def process_article(article: Article) -> ArticleResult:
    """Find the dates of one article and build its events (not yet clustered)."""
    mentions = find_dates(article.text, article.published, language=article.language)
    return ArticleResult(article, tuple(mentions), tuple(build_events(article, mentions)))


def process_articles(articles: Iterable[Article], *, jobs: int = 1) -> Iterator[ArticleResult]:
    """Process articles in input order, in this process (``jobs=1``) or in ``jobs`` processes.

    Articles are consumed lazily, ``BATCH_SIZE`` at a time, so a long stream of
    articles is never held in memory all at once.
    """
    if jobs < 1:
        raise OptionError(f"--jobs must be 1 or more, not {jobs}")
    if jobs == 1:
        yield from map(process_article, articles)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        stream = iter(articles)
        while batch := list(islice(stream, BATCH_SIZE)):
            chunk = max(1, len(batch) // (jobs * 4))
            # Workers send back only what they found; the article stays in this process.
            for article, found in zip(
                batch, pool.map(_found_in, batch, chunksize=chunk), strict=True
            ):
                yield ArticleResult(article, *found)


def _found_in(article: Article) -> tuple[tuple[Mention, ...], tuple[Event, ...]]:
    result = process_article(article)
    return result.mentions, result.events


def events_table(results: Iterable[ArticleResult]) -> pd.DataFrame:
    """The event table from processed articles: cluster across articles, then tabulate."""
    from timeline.table import events_frame

    articles: dict[str, Article] = {}
    events: list[Event] = []
    for result in results:
        articles[result.article.id] = result.article
        events.extend(result.events)
    return events_frame(cluster_events(events, articles), articles)


def mentions_table(results: Iterable[ArticleResult]) -> pd.DataFrame:
    """The mention table from processed articles, durations and vague references included."""
    from timeline.table import mentions_frame

    return mentions_frame((r.article.id, m) for r in results for m in r.mentions)


def extract_events(articles: Iterable[Article], *, jobs: int = 1) -> pd.DataFrame:
    """The event table of ``articles``: one row per dated event, clustered across articles."""
    return events_table(process_articles(articles, jobs=jobs))


def extract_mentions(articles: Iterable[Article], *, jobs: int = 1) -> pd.DataFrame:
    """Every temporal mention of ``articles``, durations and vague references included."""
    return mentions_table(process_articles(articles, jobs=jobs))
