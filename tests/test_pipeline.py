"""The pipeline: the same tables whichever way the articles are processed, read lazily."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import replace
from itertools import count, islice

import pandas as pd
import pytest

from tests.conftest import seed_copies
from timeline import pipeline
from timeline.articles import load_articles
from timeline.cli import EngineName
from timeline.errors import OptionError
from timeline.model import Article
from timeline.pipeline import (
    ENGINES,
    events_table,
    extract_events,
    extract_mentions,
    mentions_table,
    process_article,
    process_articles,
)


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return seed_copies(3)


@pytest.fixture(scope="module")
def one_process(articles: list[Article]) -> tuple[pd.DataFrame, pd.DataFrame]:
    results = list(process_articles(articles))
    return events_table(results), mentions_table(results)


def test_worker_processes_give_the_same_tables_as_one_process(
    articles: list[Article],
    one_process: tuple[pd.DataFrame, pd.DataFrame],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 4)  # several batches, the last one short
    events, mentions = one_process
    assert len(events) > len(articles), "the seeds should give several events each"
    pd.testing.assert_frame_equal(extract_events(articles, jobs=2), events)
    pd.testing.assert_frame_equal(extract_mentions(articles, jobs=2), mentions)


def test_results_come_in_input_order_with_what_each_article_gave(
    articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 4)
    results = list(process_articles(articles, jobs=2))
    assert [r.article.id for r in results] == [a.id for a in articles]
    for result in results[:5]:
        assert result == process_article(result.article)


def test_each_event_row_carries_its_own_article(
    articles: list[Article], one_process: tuple[pd.DataFrame, pd.DataFrame]
) -> None:
    events, _ = one_process
    published = {a.id: pd.Timestamp(a.published) for a in articles}
    assert set(events["article_id"]) == set(published)
    assert (events["published"] == events["article_id"].map(published)).all()
    assert events["event_id"].is_unique


@pytest.mark.parametrize("jobs", [1, 2])
def test_articles_are_read_lazily(jobs: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 3)
    seeds = load_articles().articles
    taken = count()

    def endless() -> Iterator[Article]:
        for n in taken:
            yield replace(seeds[n % len(seeds)], id=f"copy-{n}")

    first = list(islice(process_articles(endless(), jobs=jobs), 2))
    assert [r.article.id for r in first] == ["copy-0", "copy-1"]
    assert next(taken) <= 2 * 3 + 1, "no more than two batches may be read ahead"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"jobs": 0}, "--jobs must be 1 or more"),
        ({"engine": "spark"}, "--engine must be one of local, dask"),
        ({"scheduler": "tcp://127.0.0.1:8786"}, "--scheduler needs --engine dask"),
    ],
)
def test_bad_options_are_refused(options: dict[str, object], message: str) -> None:
    with pytest.raises(OptionError, match=message):
        list(process_articles(load_articles(), **options))  # type: ignore[arg-type]


def test_command_line_offers_every_engine() -> None:
    assert tuple(e.value for e in EngineName) == ENGINES


@pytest.mark.parametrize("missing", ["dask.bag", "distributed"])
def test_dask_engine_without_dask_says_how_to_install_it(
    missing: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, missing, None)  # what an absent package looks like
    with pytest.raises(OptionError, match=r"pip install 'timeline\[dask\]'"):
        list(process_articles(load_articles(), engine="dask"))
