"""The whole path from articles to tables: find dates, build events, merge, tabulate.

Each article is processed on its own by :func:`process_article`, in this process, in
``jobs`` local processes, or on a Dask cluster (:mod:`timeline.distributed`); only
clustering looks across articles, so every way of running gives the same table.
An article whose processing fails is skipped (named, with the error in one line);
the others go through.
"""

from __future__ import annotations

import os
import signal
import threading
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeAlias

from timeline.errors import (
    WORKER_STOPPED,
    ArticleError,
    OptionError,
    PassError,
    PassFailedWarning,
    SkippedArticleWarning,
    failure,
)
from timeline.model import Article, Event, Mention, Skipped, least_of_each_id_first
from timeline.resolve import find_dates, mention_in_text
from timeline.text import reading_view

if TYPE_CHECKING:
    import pandas as pd

    from timeline.gazetteer import DomainPack
    from timeline.mention_rows import MentionRow

Engine = Literal["local", "dask"]
ENGINES: tuple[Engine, ...] = ("local", "dask")
Stage = Literal["mentions", "events"]
STAGES: tuple[Stage, ...] = ("mentions", "events")
Jobs: TypeAlias = int | Literal["auto"]

# Articles handed out at a time: bounds memory on long runs. Two batches are in
# flight, so workers start on the next batch while this one is being collected.
BATCH_SIZE = 256
# With jobs="auto", below this many articles starting worker processes costs more
# than it saves.
PARALLEL_FROM = 64

Found = tuple[tuple[Mention, ...], tuple[Event, ...], Skipped | None]
Progress = Callable[["ArticleResult"], None]


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """What one article gives: its mentions and its (not yet clustered) events.

    ``skipped`` is set (and both tuples are empty) when processing the article failed.
    """

    article: Article
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    skipped: Skipped | None = None


def process_article(
    article: Article, *, stage: Stage = "events", pack: DomainPack | None = None
) -> ArticleResult:
    """Find the dates of one article and, unless ``stage="mentions"``, build its events
    (knowing the names of ``pack``, a story's domain pack, if given).

    Never raises for what is in the article: a failure becomes ``skipped``.
    """
    try:
        if stage == "events":
            mentions, events = _events_of(article, pack)
        else:
            mentions = tuple(find_dates(article.text, article.published, language=article.language))
            events = ()
    # Every article is untrusted input: whatever goes wrong with one (including a
    # StopIteration, which would otherwise end an iterator early) costs that one only.
    except Exception as err:  # noqa: BLE001
        return ArticleResult(article, skipped=Skipped(_where(article), failure(err)))
    return ArticleResult(article, mentions, events)


def _events_of(
    article: Article, pack: DomainPack | None
) -> tuple[tuple[Mention, ...], tuple[Event, ...]]:
    """The mentions and events of ``article``, read through its reading view (see
    :func:`timeline.text.reading_view`): names and headlines are read as dates are, without
    the marks a reader never sees inside a word ("Zelen\u00adsky"); every offset is into
    the article as written."""
    # Imported here so that a run that stops after the dates never loads the event layer.
    from timeline.events import build_events, event_in_text

    view, offsets = reading_view(article.text)
    read = article if view is article.text or not view.strip() else replace(article, text=view)
    mentions = find_dates(read.text, read.published, language=read.language)
    events = build_events(read, mentions, pack)
    if read is article:
        return tuple(mentions), tuple(events)
    return (
        tuple(mention_in_text(mention, article.text, offsets) for mention in mentions),
        tuple(event_in_text(event, article.text, offsets) for event in events),
    )


def _where(article: Article) -> str:
    if article.source and article.source != article.id:
        return f"{article.id} ({article.source})"
    return article.id


def found_in(article: Article, stage: Stage = "events", pack: DomainPack | None = None) -> Found:
    """What a worker sends back for one article (not the text)."""
    result = process_article(article, stage=stage, pack=pack)
    return result.mentions, result.events, result.skipped


def check_options(
    *, jobs: Jobs = "auto", engine: str = "local", scheduler: str | None = None
) -> None:
    """Raise :class:`OptionError` naming the parameter when a run option is bad."""
    if jobs != "auto" and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1):
        raise OptionError(
            f"jobs must be 'auto' or a whole number of 1 or more, not {jobs!r}", parameter="jobs"
        )
    if engine not in ENGINES:
        raise OptionError(
            f"engine must be one of {', '.join(ENGINES)}, not {engine!r}", parameter="engine"
        )
    if scheduler is not None and engine != "dask":
        raise OptionError("scheduler needs engine 'dask'", parameter="scheduler")
    if engine == "dask":
        from timeline.distributed import check_installed

        check_installed()


def process_articles(
    articles: Iterable[Article],
    *,
    jobs: Jobs = "auto",
    engine: Engine = "local",
    scheduler: str | None = None,
    stage: Stage = "events",
    pack: DomainPack | str | Path | None = None,
) -> Iterator[ArticleResult]:
    """Process articles lazily, in input order, one :class:`ArticleResult` each.

    ``engine="local"`` runs in this process (``jobs=1``) or in ``jobs`` worker
    processes; ``engine="dask"`` runs on the Dask cluster at ``scheduler``, or on a
    temporary local one with ``jobs`` workers. ``jobs="auto"`` uses one process per
    core for long inputs and this process for short ones. ``stage="mentions"`` stops
    after the dates. ``pack`` is a domain pack (:func:`timeline.gazetteer.domain_pack`:
    a pack, a TOML file or a bundled pack's name). Articles are consumed ``BATCH_SIZE``
    at a time, so a long stream is never held in memory all at once. Options are checked
    here, at once; an item that is not an :class:`Article` raises :class:`OptionError`
    when it is reached. An article whose id an earlier one has is skipped.
    """
    check_options(jobs=jobs, engine=engine, scheduler=scheduler)
    if stage not in STAGES:
        raise OptionError(
            f"stage must be one of {', '.join(STAGES)}, not {stage!r}", parameter="stage"
        )
    _check_iterable(articles)
    processed = _processed(_only_articles(articles), jobs, engine, scheduler, stage, _loaded(pack))
    return _first_of_each_id(processed)


def _check_iterable(articles: object) -> None:
    if isinstance(articles, str | bytes | Article) or not isinstance(articles, Iterable):
        raise OptionError(
            f"articles must be an iterable of Article (a list, a Corpus from load_articles), "
            f"not {type(articles).__name__}",
            parameter="articles",
        )


def _only_articles(articles: Iterable[object]) -> Iterator[Article]:
    for number, article in enumerate(articles, 1):
        if not isinstance(article, Article):
            raise OptionError(
                f"articles must hold only Article objects; item {number} is "
                f"{type(article).__name__}",
                parameter="articles",
            )
        yield article


def _first_of_each_id(results: Iterable[ArticleResult]) -> Iterator[ArticleResult]:
    """``results`` with each article whose id an earlier article has made a skip: rows and
    clusters are keyed by article id, so a second article of the same id would mix with
    the first."""
    first_seen: dict[str, str] = {}
    for result in results:
        where = _where(result.article)
        if result.article.id not in first_seen:
            first_seen[result.article.id] = where
            yield result
        else:
            reason = f"duplicate article id (already used by {first_seen[result.article.id]})"
            yield ArticleResult(result.article, skipped=Skipped(where, reason))


def _loaded(pack: DomainPack | str | Path | None) -> DomainPack | None:
    """``pack`` read, without loading the gazetteer when there is none."""
    if pack is None:
        return None
    from timeline.gazetteer import domain_pack

    return domain_pack(pack)


def _processed(
    articles: Iterable[Article],
    jobs: Jobs,
    engine: Engine,
    scheduler: str | None,
    stage: Stage,
    pack: DomainPack | None,
) -> Iterator[ArticleResult]:
    if jobs == "auto":
        articles, jobs = _auto_jobs(articles, engine)
    if jobs == 1 and engine == "local":
        for article in articles:
            yield process_article(article, stage=stage, pack=pack)
        return
    work = partial(found_in, stage=stage, pack=pack)
    articles, jobs = _useful_jobs(articles, jobs)
    if engine == "dask":
        from timeline.distributed import on_dask

        with on_dask(work, lost=_lost, scheduler=scheduler, workers=jobs) as (submit, batch_size):
            yield from in_batches(articles, submit, batch_size=batch_size)
    else:
        with _Workers(work, jobs) as workers:
            yield from in_batches(articles, workers.submit)


class _Workers:
    """A pool of worker processes that outlives an article killing its worker.

    When a worker dies (a crash, the out-of-memory killer), the rest of its batch is
    processed one article per process, so the article that kills it is the only one
    skipped, and a fresh pool takes the next batches.
    """

    def __init__(self, work: Callable[[Article], Found], jobs: int) -> None:
        self.work, self.jobs = work, jobs
        self.pool = _pool(jobs)

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, stopped_by: type[BaseException] | None, *exc: object) -> None:
        if stopped_by is not None:  # Ctrl-C, SIGTERM, an error: drop the work queued too
            for worker in list(self.pool._processes.values()):
                worker.terminate()
        self.pool.shutdown(cancel_futures=True)

    def submit(self, batch: list[Article]) -> Iterator[Found]:
        """Start work on ``batch``; its results, in batch order."""
        chunksize = max(1, len(batch) // (self.jobs * 4))
        with _stops_held():  # the pool starts its workers here
            try:
                results = self.pool.map(self.work, batch, chunksize=chunksize)
            except BrokenProcessPool:
                self._renew()
                results = self.pool.map(self.work, batch, chunksize=chunksize)
        return self._guarded(batch, results)

    def _guarded(self, batch: list[Article], results: Iterator[Found]) -> Iterator[Found]:
        done = 0
        try:
            for found in results:
                done += 1
                yield found
        except BrokenProcessPool:
            self._renew()
            for article in batch[done:]:
                yield self._alone(article)

    def _renew(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = _pool(self.jobs)

    def _alone(self, article: Article) -> Found:
        with _pool(1) as solo:
            try:
                with _stops_held():
                    found: Future[Found] = solo.submit(self.work, article)
                return found.result()
            except BrokenProcessPool:
                return _lost(article, WORKER_STOPPED)


def _pool(jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, initializer=_left_to_its_run)


_STOPS = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def _stops_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM while worker processes start; deliver them after.

    A stop landing between a worker's fork and the pool's record of it would leave that
    worker unstopped, and the run waiting on it at exit for ever; one landing in a fork's
    own handlers would be dropped, and the run would go on.
    """
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread handles signals
        return
    held: list[int] = []
    previous = {stop: signal.signal(stop, lambda signum, _: held.append(signum)) for stop in _STOPS}
    try:
        yield
    finally:
        for stop, handler in previous.items():
            signal.signal(stop, signal.SIG_DFL if handler is None else handler)
        for signum in held:
            signal.raise_signal(signum)


def _left_to_its_run() -> None:
    """A worker ends at once on SIGTERM and leaves Ctrl-C to the run that started it, which
    stops its workers; whatever handlers the process it was forked from had."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _lost(article: Article, reason: str) -> Found:
    """What stands for an article whose worker process died processing it."""
    return (), (), Skipped(_where(article), reason)


def _useful_jobs(articles: Iterable[Article], jobs: int) -> tuple[Iterable[Article], int]:
    """``jobs``, but no more workers than a batch has articles: one more would start only
    to wait (``jobs=10000`` on three articles would fork ten thousand processes)."""
    stream = iter(articles)
    head = list(islice(stream, min(jobs, BATCH_SIZE)))
    return chain(head, stream), max(1, len(head))


def _auto_jobs(articles: Iterable[Article], engine: Engine) -> tuple[Iterable[Article], int]:
    """One process per core when there are many articles (or a cluster), else one."""
    cores = os.cpu_count() or 1
    if engine == "dask":
        return articles, cores
    if isinstance(articles, Sized):
        return articles, cores if len(articles) >= PARALLEL_FROM else 1
    stream = iter(articles)
    head = list(islice(stream, PARALLEL_FROM))
    return chain(head, stream), cores if len(head) >= PARALLEL_FROM else 1


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
        for article, (mentions, events, skipped) in zip(batch, found, strict=True):
            yield ArticleResult(article, mentions, events, skipped)


def reported(
    results: Iterable[ArticleResult], *, strict: bool = False, on_progress: Progress | None = None
) -> Iterator[ArticleResult]:
    """Pass ``results`` on, telling ``on_progress`` of each and reporting each skip.

    A skip is a :class:`SkippedArticleWarning`, or with ``strict`` an
    :class:`ArticleError` that stops the run.
    """
    for result in results:
        if on_progress is not None:
            on_progress(result)
        if result.skipped is not None:
            if strict:
                raise ArticleError(result.skipped.where, f"{result.skipped.reason} (strict)")
            warnings.warn(str(result.skipped), SkippedArticleWarning, stacklevel=3)
        yield result


def events_table(results: Iterable[ArticleResult], *, strict: bool = False) -> pd.DataFrame:
    """The event table from processed articles: one name per person across them, cluster
    across articles, then tabulate, rows by article id and offset (whatever the order the
    articles came in).

    A step across articles that fails loses no event: the table is built without it, with
    a :class:`PassFailedWarning` naming the step and why; ``strict=True`` raises
    :class:`PassError` instead.
    """
    from timeline import merge, names
    from timeline.table import events_frame

    articles: dict[str, Article] = {}
    events: list[Event] = []
    for result in results:
        articles[result.article.id] = result.article
        events.extend(result.events)
    events.sort(key=lambda event: event.article_id)  # stable: each article's in text order
    languages = {article_id: article.language for article_id, article in articles.items()}
    named = _across_articles(
        "naming people across articles",
        lambda: names.one_name_per_person_in_corpus(events, languages),
        "each article keeps its own names",
        lambda: events,
        strict=strict,
    )
    clustered = _across_articles(
        "clustering reports across articles",
        lambda: merge.cluster_events(named, articles),
        "each event is a cluster of its own",
        lambda: merge.unclustered(named, articles),
        strict=strict,
    )
    return events_frame(clustered, articles)


def _across_articles(
    step: str,
    run: Callable[[], list[Event]],
    instead: str,
    without: Callable[[], list[Event]],
    *,
    strict: bool,
) -> list[Event]:
    """What ``run`` gives, or when it fails (it cannot be pinned on one article), what
    ``without`` gives, warned of as ``step`` failed and ``instead`` done."""
    try:
        return run()
    # Any fault of a step across articles is ours, not one article's: the events each
    # article gave are kept, and the run summary says what the table lacks.
    except Exception as err:  # noqa: BLE001
        message = f"{step} failed ({failure(err)}); {instead}"
        if strict:
            raise PassError(f"{message} (strict)") from err
        warnings.warn(message, PassFailedWarning, stacklevel=3)
        return without()


def mentions_table(results: Iterable[ArticleResult]) -> pd.DataFrame:
    """The mention table from processed articles, durations and vague references included,
    rows by article id and offset."""
    rows = mention_rows(results)
    from timeline.table import mentions_frame  # pandas: once the mentions are found

    return mentions_frame(rows)


def mention_rows(results: Iterable[ArticleResult]) -> list[MentionRow]:
    """The rows of the mention table from processed articles, by article id and offset."""
    rows = [(result.article.id, mention) for result in results for mention in result.mentions]
    rows.sort(key=lambda row: row[0])  # stable: each article's in text order
    return rows


def extract_events(
    articles: Iterable[Article],
    *,
    jobs: Jobs = "auto",
    engine: Engine = "local",
    scheduler: str | None = None,
    strict: bool = False,
    on_progress: Progress | None = None,
    pack: DomainPack | str | Path | None = None,
) -> pd.DataFrame:
    """The event table of ``articles``: one row per dated event, clustered across articles.

    ``jobs``, ``engine`` and ``scheduler`` choose where the work runs, as for
    :func:`process_articles`; the table is the same whichever is chosen. An article
    that cannot be processed is left out with a :class:`SkippedArticleWarning`
    naming it; ``strict=True`` raises :class:`ArticleError` instead. A step across articles
    that fails is dealt with as :func:`events_table` says. Of articles sharing
    an id, the table keeps the least by content (by text, then publication date, outlet,
    ...), whatever the order they came in, and the others are skipped naming it.
    ``on_progress`` is called with each article's :class:`ArticleResult` as it is done.
    ``pack`` names a story's own people, organisations and places (``"ukraine-war"``
    for the bundled seeds, or a TOML file: see docs/event-table.md).
    """
    results = _one_per_id(articles, jobs=jobs, engine=engine, scheduler=scheduler, pack=pack)
    return events_table(reported(results, strict=strict, on_progress=on_progress), strict=strict)


def extract_mentions(
    articles: Iterable[Article],
    *,
    jobs: Jobs = "auto",
    engine: Engine = "local",
    scheduler: str | None = None,
    strict: bool = False,
    on_progress: Progress | None = None,
) -> pd.DataFrame:
    """Every temporal mention of ``articles``, durations and vague references included.

    Options as for :func:`extract_events`; no events are built.
    """
    rows = extract_mention_rows(
        articles,
        jobs=jobs,
        engine=engine,
        scheduler=scheduler,
        strict=strict,
        on_progress=on_progress,
    )
    from timeline.table import mentions_frame  # pandas: once the mentions are found

    return mentions_frame(rows)


def extract_mention_rows(
    articles: Iterable[Article],
    *,
    jobs: Jobs = "auto",
    engine: Engine = "local",
    scheduler: str | None = None,
    strict: bool = False,
    on_progress: Progress | None = None,
) -> list[MentionRow]:
    """The rows of :func:`extract_mentions`' table as ``(article_id, mention)`` pairs, with
    no DataFrame built (see :func:`timeline.mention_rows.write_mention_rows`)."""
    results = _one_per_id(articles, jobs=jobs, engine=engine, scheduler=scheduler, stage="mentions")
    return mention_rows(reported(results, strict=strict, on_progress=on_progress))


def _one_per_id(
    articles: Iterable[Article],
    *,
    jobs: Jobs,
    engine: Engine,
    scheduler: str | None,
    stage: Stage = "events",
    pack: DomainPack | str | Path | None = None,
) -> Iterator[ArticleResult]:
    """:func:`process_articles` of ``articles``, of those sharing an id the least by content
    in the place of the first (see :func:`least_of_each_id_first`)."""
    _check_iterable(articles)
    chosen = least_of_each_id_first(_only_articles(articles))
    return process_articles(
        chosen, jobs=jobs, engine=engine, scheduler=scheduler, stage=stage, pack=pack
    )
