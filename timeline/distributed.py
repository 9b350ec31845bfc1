"""Process articles on a Dask cluster: the same per-article function, over ``dask.bag`` partitions.

Needs the ``dask`` extra (``pip install 'timeline[dask]'``) here and on every worker,
with the same version of ``timeline``. Reached through
:func:`timeline.pipeline.process_articles` with ``engine="dask"``, or
``timeline events --engine dask [--scheduler ADDRESS]``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import chain
from typing import TYPE_CHECKING

from timeline.errors import OptionError
from timeline.model import Article
from timeline.pipeline import BATCH_SIZE, ArticleResult, Found, found_in, in_batches

if TYPE_CHECKING:
    from distributed import Client, LocalCluster

# Articles per partition (one task): large enough to hide scheduling costs, small
# enough that a batch spreads over the workers.
PARTITION_SIZE = 32
CONNECT_TIMEOUT = "10s"


def process_on_dask(
    articles: Iterable[Article], *, scheduler: str | None = None, workers: int = 1
) -> Iterator[ArticleResult]:
    """Process articles in input order on the cluster at ``scheduler``.

    Without ``scheduler`` a temporary local cluster of ``workers`` processes is
    started and shut down afterwards. Raises :class:`OptionError` when Dask is not
    installed or the scheduler cannot be reached.
    """
    try:
        import dask.bag as db
    except ImportError as err:
        raise OptionError(
            f"--engine dask needs Dask: pip install 'timeline[dask]' ({err})"
        ) from None

    with _client(scheduler, workers) as client:

        def submit(batch: list[Article]) -> Iterator[Found]:
            bag = db.from_sequence(batch, partition_size=PARTITION_SIZE).map(found_in)
            partitions = client.compute(bag.to_delayed())
            return chain.from_iterable(partition.result() for partition in partitions)

        # A batch gives every worker thread two partitions, however large the cluster.
        threads = sum(client.nthreads().values())
        batch_size = max(BATCH_SIZE, 2 * PARTITION_SIZE * threads)
        yield from in_batches(articles, submit, batch_size=batch_size)


def local_cluster(workers: int) -> LocalCluster:
    """A Dask cluster of ``workers`` single-threaded processes on this machine, on free ports."""
    from distributed import LocalCluster

    # Port 0 everywhere: the well-known ports may be taken by another cluster.
    return LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",
        scheduler_kwargs={"dashboard": False},
    )


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[Client]:
    try:
        from distributed import Client
    except ImportError as err:
        raise OptionError(
            f"--engine dask needs Dask's distributed scheduler: pip install 'timeline[dask]' "
            f"({err})"
        ) from None
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except OSError as err:
            raise OptionError(f"--scheduler {scheduler}: cannot reach it ({err})") from None
        with client:
            yield client
        return
    with local_cluster(workers) as cluster, Client(cluster) as client:
        yield client
