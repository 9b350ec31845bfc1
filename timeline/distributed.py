"""Run a function over items on a Dask cluster, in input order, over ``dask.bag`` partitions.

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

from timeline.errors import OptionError

if TYPE_CHECKING:
    from distributed import Client, LocalCluster

T = TypeVar("T")
R = TypeVar("R")

# Items per partition (one task): large enough to hide scheduling costs, small
# enough that a batch spreads over the workers.
PARTITION_SIZE = 32
# Items handed out at a time, at least: two partitions for every worker thread.
MIN_BATCH_SIZE = 256
CONNECT_TIMEOUT = "10s"
_INSTALL = "pip install 'timeline[dask]'"


def check_installed() -> None:
    """Raise :class:`OptionError` saying how to install Dask when it is missing."""
    try:
        import dask.bag  # noqa: F401
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
    function: Callable[[T], R], *, scheduler: str | None = None, workers: int = 1
) -> Iterator[tuple[Callable[[list[T]], Iterator[R]], int]]:
    """A ``submit(batch)`` that maps ``function`` over a batch on the cluster, and a batch size.

    ``submit`` starts the work at once and returns an iterator over the results in
    batch order. Without ``scheduler`` a temporary local cluster of ``workers``
    processes is started and shut down afterwards. Raises :class:`OptionError` when
    Dask is not installed or the scheduler cannot be reached.
    """
    check_installed()
    import dask.bag as db

    with _client(scheduler, workers) as client:

        def submit(batch: list[T]) -> Iterator[R]:
            bag = db.from_sequence(batch, partition_size=PARTITION_SIZE).map(function)
            partitions = client.compute(bag.to_delayed())
            return chain.from_iterable(partition.result() for partition in partitions)

        threads = sum(client.nthreads().values())
        yield submit, max(MIN_BATCH_SIZE, 2 * PARTITION_SIZE * threads)


def local_cluster(workers: int) -> LocalCluster:
    """A Dask cluster of ``workers`` single-threaded processes on this machine, on free ports.

    Everything listens on this machine only (127.0.0.1): the scheduler runs what it
    is sent, so it must not be reachable from the network; the dashboard is off.
    """
    from distributed import LocalCluster

    # Port 0 everywhere: the well-known ports may be taken by another cluster.
    return LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
        scheduler_kwargs={"dashboard": False},
    )


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[Client]:
    from distributed import Client

    if scheduler is not None:
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
