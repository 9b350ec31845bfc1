"""Run a function over items on a Dask cluster, in input order, a partition of items per task.

Needs the ``dask`` extra (``pip install 'timeline[dask]'``) here and on every worker,
with the same version of ``timeline``. Reached through
:func:`timeline.pipeline.process_articles` with ``engine="dask"``, or
``timeline events --engine dask [--scheduler ADDRESS]``. Knows nothing of articles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import chain
from typing import TYPE_CHECKING, TypeVar

from timeline.errors import WORKER_STOPPED, OptionError

if TYPE_CHECKING:
    from distributed import Client, Future, LocalCluster

T = TypeVar("T")
R = TypeVar("R")

# Items per partition (one task): large enough to hide scheduling costs, small
# enough that a batch spreads over the workers.
PARTITION_SIZE = 32
# Items handed out at a time, at least: two partitions for every worker thread.
MIN_BATCH_SIZE = 256
CONNECT_TIMEOUT = "10s"
# How often a task may be running on a worker process that dies before the temporary
# cluster gives up on it: a task that kills two workers is not a passing accident.
ALLOWED_FAILURES = 1
# Longer than any run.
NEVER = "3650 days"
_INSTALL = "pip install 'timeline[dask]'"


def check_installed() -> None:
    """Raise :class:`OptionError` saying how to install Dask when it is missing."""
    try:
        import dask  # noqa: F401
    except ImportError as err:
        raise OptionError(
            f"engine 'dask' needs Dask: {_INSTALL} ({err})", parameter="engine"
        ) from None
    try:
        import distributed  # noqa: F401
    except ImportError as err:
        raise OptionError(
            f"engine 'dask' needs Dask's distributed scheduler: {_INSTALL} ({err})",
            parameter="engine",
        ) from None


@contextmanager
def on_dask(
    function: Callable[[T], R],
    *,
    lost: Callable[[T, str], R],
    scheduler: str | None = None,
    workers: int = 1,
) -> Iterator[tuple[Callable[[list[T]], Iterator[R]], int]]:
    """A ``submit(batch)`` that maps ``function`` over a batch on the cluster, and a batch size.

    ``submit`` starts the work at once and returns an iterator over the results in
    batch order. An item whose work kills the worker process running it (a crash, the
    out-of-memory killer) gives ``lost(item, reason)`` instead: the rest of its
    partition runs again one item per task, so it is the only one lost. Without
    ``scheduler`` a temporary local cluster of ``workers`` processes is started and shut
    down afterwards. Raises :class:`OptionError` when Dask is not installed or the
    scheduler cannot be reached.
    """
    check_installed()

    with _client(scheduler, workers) as client:

        def submit(batch: list[T]) -> Iterator[R]:
            partitions = [
                batch[start : start + PARTITION_SIZE]
                for start in range(0, len(batch), PARTITION_SIZE)
            ]
            tasks = [client.submit(_mapped, function, items, pure=False) for items in partitions]
            return chain.from_iterable(
                _results(client, task, function, items, lost)
                for task, items in zip(tasks, partitions, strict=True)
            )

        threads = sum(client.nthreads().values())
        yield submit, max(MIN_BATCH_SIZE, 2 * PARTITION_SIZE * threads)


def _mapped(function: Callable[[T], R], items: list[T]) -> list[R]:
    return [function(item) for item in items]


def _results(
    client: Client,
    task: Future,
    function: Callable[[T], R],
    items: list[T],
    lost: Callable[[T, str], R],
) -> list[R]:
    from distributed import KilledWorker

    try:
        return list(task.result())
    except KilledWorker:
        alone = client.map(function, items, pure=False)
    results: list[R] = []
    for item, single in zip(items, alone, strict=True):
        try:
            results.append(single.result())
        except KilledWorker:
            # Tasks waiting on the dying worker are counted against too: run the item
            # again with nothing beside it, so that only the item that kills is lost.
            results.append(_alone(client, function, item, lost))
    return results


def _alone(client: Client, function: Callable[[T], R], item: T, lost: Callable[[T, str], R]) -> R:
    from distributed import KilledWorker

    try:
        return client.submit(function, item, pure=False).result()  # type: ignore[no-any-return]
    except KilledWorker:
        return lost(item, WORKER_STOPPED)


@contextmanager
def local_cluster(workers: int) -> Iterator[LocalCluster]:
    """A Dask cluster of ``workers`` single-threaded processes on this machine, on free ports.

    Everything listens on this machine only (127.0.0.1): the scheduler runs what it
    is sent, so it must not be reachable from the network; the dashboard is off.
    """
    import dask
    from distributed import LocalCluster

    settings = {
        "distributed.scheduler.allowed-failures": ALLOWED_FAILURES,
        # A cluster retires a worker that is still gone some time after it died. Here
        # each worker's nanny restarts it, so a worker that dies again and again must
        # never be caught between a death and a restart: with one worker, retiring it
        # would leave the run waiting for ever.
        "distributed.deploy.lost-worker-timeout": NEVER,
    }
    # Port 0 everywhere: the well-known ports may be taken by another cluster.
    with (
        dask.config.set(settings),
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
            scheduler_kwargs={"dashboard": False},
        ) as cluster,
    ):
        yield cluster


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[Client]:
    from distributed import Client
    from distributed.comm.addressing import get_address_host_port

    if scheduler is not None:
        try:  # checked before a client starts: one that fails on it leaves Dask's loop broken
            get_address_host_port(scheduler)
        except ValueError as err:  # Dask's own words on what is wrong with the address
            raise OptionError(
                f"scheduler {scheduler}: not an address ({err})", parameter="scheduler"
            ) from None
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except OSError as err:
            raise OptionError(
                f"scheduler {scheduler}: cannot reach it ({err})", parameter="scheduler"
            ) from None
        with client:
            yield client
        return
    with local_cluster(workers) as cluster, Client(cluster) as client:
        yield client
