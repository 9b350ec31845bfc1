"""The whole path from articles to tables: find dates, build events, merge, tabulate.

Each article is processed on its own by :func:`process_article`, in this process, in
``jobs`` local processes, or on a Dask cluster (:mod:`timeline.distributed`); only
clustering looks across articles, so every way of running gives the same table.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Literal

from timeline.errors import OptionError
from timeline.events import build_events
from timeline.merge import cluster_events
from timeline.model import Article, Event, Mention
from timeline.resolve import find_dates

if TYPE_CHECKING:
    import pandas as pd

Engine = Literal["local", "dask"]
ENGINES: tuple[Engine, ...] = ("local", "dask")

# Articles handed out at a time: bounds memory on long runs. Two batches are in
# flight, so workers start on the next batch while this one is being collected.
BATCH_SIZE = 256

Found = tuple[tuple[Mention, ...], tuple[Event, ...]]


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


def found_in(article: Article) -> Found:
    """The mentions and events of one article: what a worker sends back (not the text)."""
    result = process_article(article)
    return result.mentions, result.events


def process_articles(
    articles: Iterable[Article],
    *,
    jobs: int = 1,
    engine: Engine = "local",
    scheduler: str | None = None,
) -> Iterator[ArticleResult]:
    """Process articles lazily, in input order.

    ``engine="local"`` runs in this process (``jobs=1``) or in ``jobs`` worker
    processes; ``engine="dask"`` runs on the Dask cluster at ``scheduler``, or on a
    temporary local one with ``jobs`` workers. Articles are consumed ``BATCH_SIZE``
    at a time, so a long stream is never held in memory all at once.
    """
    if jobs < 1:
        raise OptionError(f"--jobs must be 1 or more, not {jobs}")
    if engine not in ENGINES:
        raise OptionError(f"--engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if scheduler is not None and engine != "dask":
        raise OptionError("--scheduler needs --engine dask")
    if engine == "dask":
        from timeline.distributed import process_on_dask

        yield from process_on_dask(articles, scheduler=scheduler, workers=jobs)
    elif jobs == 1:
        yield from map(process_article, articles)
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:

            def submit(batch: list[Article]) -> Iterator[Found]:
                return pool.map(found_in, batch, chunksize=max(1, len(batch) // (jobs * 4)))

            yield from in_batches(articles, submit)


def in_batches(
    articles: Iterable[Article],
    submit: Callable[[list[Article]], Iterator[Found]],
    *,
    batch_size: int | None = None,
) -> Iterator[ArticleResult]:
    """Hand ``articles`` to workers a batch at a time and pair each with what came back.

    ``submit`` starts work on a batch (``BATCH_SIZE`` articles unless ``batch_size``
    says otherwise) and returns an iterator over its results in batch order; the
    next batch is submitted before this one is collected.
    """
    size = batch_size or BATCH_SIZE
    stream = iter(articles)
    pending: deque[tuple[list[Article], Iterator[Found]]] = deque()
    while True:
        while len(pending) < 2 and (batch := list(islice(stream, size))):
            pending.append((batch, submit(batch)))
        if not pending:
            return
        batch, found = pending.popleft()
        for article, (mentions, events) in zip(batch, found, strict=True):
            yield ArticleResult(article, mentions, events)


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


def extract_events(
    articles: Iterable[Article],
    *,
    jobs: int = 1,
    engine: Engine = "local",
    scheduler: str | None = None,
) -> pd.DataFrame:
    """The event table of ``articles``: one row per dated event, clustered across articles.

    ``jobs``, ``engine`` and ``scheduler`` choose where the work runs, as for
    :func:`process_articles`; the table is the same whichever is chosen.
    """
    return events_table(process_articles(articles, jobs=jobs, engine=engine, scheduler=scheduler))


def extract_mentions(
    articles: Iterable[Article],
    *,
    jobs: int = 1,
    engine: Engine = "local",
    scheduler: str | None = None,
) -> pd.DataFrame:
    """Every temporal mention of ``articles``, durations and vague references included."""
    return mentions_table(process_articles(articles, jobs=jobs, engine=engine, scheduler=scheduler))
