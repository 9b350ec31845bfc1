"""Dask: a cluster of two worker processes gives the same tables as one process."""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

import pandas as pd
import pytest

from tests.conftest import seed_copies
from timeline import distributed
from timeline.cli import app
from timeline.errors import OptionError
from timeline.model import Article
from timeline.pipeline import extract_events, extract_mentions, process_articles
from timeline.table import EVENT_SCHEMA, read_table

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

T = TypeVar("T")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a local cluster of two single-threaded worker processes."""
    with distributed.local_cluster(2) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return seed_copies(2)


def test_cluster_gives_the_same_tables_as_one_process(
    articles: list[Article], scheduler: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(distributed, "PARTITION_SIZE", 3)  # several partitions per worker
    on_dask = {"engine": "dask", "scheduler": scheduler}
    pd.testing.assert_frame_equal(
        extract_events(articles, **on_dask),  # type: ignore[arg-type]
        extract_events(articles),
    )
    pd.testing.assert_frame_equal(
        extract_mentions(articles, **on_dask),  # type: ignore[arg-type]
        extract_mentions(articles),
    )


def test_results_come_back_in_input_order(articles: list[Article], scheduler: str) -> None:
    results = process_articles(articles, engine="dask", scheduler=scheduler)
    assert [r.article.id for r in results] == [a.id for a in articles]


def test_command_line_starts_its_own_cluster(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    runner = CliRunner()
    tables = {}
    for engine in ("local", "dask"):
        target = tmp_path / f"{engine}.csv"
        result = runner.invoke(
            app, ["events", "-o", str(target), "--engine", engine, "--jobs", "2"]
        )
        assert result.exit_code == 0, result.stderr
        tables[engine] = read_table(target, EVENT_SCHEMA)
    assert len(tables["local"]) > 0
    pd.testing.assert_frame_equal(tables["dask"], tables["local"])


def test_unreachable_scheduler_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(distributed, "CONNECT_TIMEOUT", "1s")
    address = "tcp://127.0.0.1:9"  # the discard port: nothing listens there
    with pytest.raises(OptionError, match=rf"^scheduler {address}: cannot reach it"):
        list(process_articles(seed_copies(1), engine="dask", scheduler=address))


@pytest.mark.parametrize("address", ["nonsense", "tcp://", "foo://host:1", ":::"])
def test_a_malformed_scheduler_address_is_one_clear_error(address: str) -> None:
    with pytest.raises(OptionError, match=rf"^scheduler {re.escape(address)}: not an address"):
        list(process_articles(seed_copies(1), engine="dask", scheduler=address))


def test_a_cluster_started_here_listens_on_this_machine_only() -> None:
    psutil = pytest.importorskip("psutil")  # a dependency of distributed
    with distributed.local_cluster(1):
        ours = {os.getpid()} | {p.pid for p in psutil.Process().children(recursive=True)}
        listening = [
            c.laddr.ip
            for c in psutil.net_connections("tcp")
            if c.status == psutil.CONN_LISTEN and c.pid in ours
        ]
    assert listening, "the scheduler and its worker listen somewhere"
    assert set(listening) == {"127.0.0.1"}


def test_an_article_that_fails_on_the_cluster_is_a_named_skip(
    articles: list[Article], scheduler: str
) -> None:
    bad = replace(articles[1], id="unreadable", language="xx")
    mixed = [articles[0], bad, *articles[2:4]]
    results = list(process_articles(mixed, engine="dask", scheduler=scheduler))
    assert [r.article.id for r in results] == [a.id for a in mixed]
    assert [r.skipped is not None for r in results] == [False, True, False, False]
    assert "'xx'" in str(results[1].skipped) and results[2].events


def _dies_on_three(item: int) -> int:
    if item == 3:
        os._exit(9)  # what a crash or the out-of-memory killer looks like from outside
    return item * 10


def test_an_item_that_kills_its_worker_is_the_only_one_lost(
    scheduler: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(distributed, "PARTITION_SIZE", 4)

    def lost(item: int, reason: str) -> int:
        assert "worker process" in reason
        return -item

    with distributed.on_dask(_dies_on_three, lost=lost, scheduler=scheduler) as (submit, _):
        assert list(submit(list(range(10)))) == [0, 10, 20, -3, *range(40, 100, 10)]


def _slow_or_dies_on_three(item: int) -> int:
    if item == 3:
        os._exit(9)
    time.sleep(0.2)  # still queued on the worker when item 3 kills it
    return item * 10


def test_items_queued_beside_a_killing_item_are_not_lost(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # One worker that takes every task at once: the items queued with the one that
    # kills it die with it, twice, which the scheduler counts against them too. A
    # cluster retires a worker it finds gone when it looks again after a death; here
    # it looks at once, as it does when a restart is slower than its wait (a loaded
    # machine), and must not give up on a worker its nanny is restarting.
    import dask

    monkeypatch.setattr(distributed, "PARTITION_SIZE", 5)
    with (
        dask.config.set(
            {
                "distributed.scheduler.worker-saturation": float("inf"),
                "distributed.deploy.lost-worker-timeout": "0s",
            }
        ),
        distributed.local_cluster(1) as cluster,
        distributed.on_dask(
            _slow_or_dies_on_three, lost=lambda item, _: -item, scheduler=cluster.scheduler_address
        ) as (submit, _),
    ):
        assert _within(300, lambda: list(submit(list(range(5))))) == [0, 10, 20, -3, 40]


def _within(seconds: float, work: Callable[[], T]) -> T:
    """What ``work`` returns, or a failure (not a hang) when it is not done in time."""
    results: list[T] = []
    worker = threading.Thread(target=lambda: results.append(work()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert results, f"not done in {seconds} s: the cluster lost its only worker"
    return results[0]
