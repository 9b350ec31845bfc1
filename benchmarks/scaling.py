"""How ``timeline events`` scales: 1k/5k/10k articles, --jobs 1 vs 2, Dask vs one process.

Usage: python benchmarks/scaling.py [--sizes 1000 5000 10000] [--quick] [--runs ...]
                                   [--cluster-max N]

Each run is a fresh process that reads a JSON Lines corpus of replicated TBAQ texts
(see corpus.py), processes it, clusters and writes the table, as ``timeline events``
does, and reports the time of each stage. The peak resident memory is that of the
largest process of the run (``os.wait4``), so worker processes count on their own.
Clustering compares pairs of events; above ``--cluster-max`` articles it is left out
(shown as ``nan``) so that the per-article stages can be timed on large corpora.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import write_jsonl

RUNS = {
    "jobs1": ("local", 1),
    "jobs2": ("local", 2),
    "dask2": ("dask", 2),
}


def one_run(source: Path, engine: str, jobs: int, *, cluster: bool) -> dict[str, float]:
    """Read, process, cluster and write ``source`` the way ``timeline events`` does."""
    from timeline.articles import load_articles
    from timeline.merge import cluster_events
    from timeline.pipeline import process_articles
    from timeline.table import events_frame, write_table

    times: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        times[stage] = now - clock
        clock = now

    corpus = load_articles(source)
    lap("read")
    results = list(process_articles(corpus, jobs=jobs, engine=engine))  # type: ignore[arg-type]
    lap("process")
    articles = {r.article.id: r.article for r in results}
    events = [e for r in results for e in r.events]
    if cluster:
        events = cluster_events(events, articles)
        lap("cluster")
    else:
        times["cluster"] = float("nan")
    with tempfile.TemporaryDirectory() as folder:
        write_table(events_frame(events, articles), Path(folder) / "events.parquet")
    lap("table")
    times["events"] = len(events)
    times["chars"] = sum(len(a.text) for a in corpus)
    return times


def measured(source: Path, engine: str, jobs: int, *, cluster: bool) -> dict[str, float]:
    """``one_run`` in a fresh process: stage times, wall time and peak RSS in MB."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, __file__, "--one", str(source), engine, str(jobs), str(int(cluster))],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    if status != 0:
        raise SystemExit(f"run {engine} --jobs {jobs} on {source} failed ({status})")
    figures: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    figures["wall"] = time.perf_counter() - start
    figures["peak_rss_mb"] = usage.ru_maxrss / 1024
    return figures


def main() -> None:
    if sys.argv[1:2] == ["--one"]:
        source, engine, jobs = Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
        print(json.dumps(one_run(source, engine, jobs, cluster=sys.argv[5] == "1")))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000])
    parser.add_argument("--quick", action="store_true", help="sizes 250 500 1000")
    parser.add_argument("--runs", nargs="+", choices=sorted(RUNS), default=list(RUNS))
    parser.add_argument(
        "--cluster-max", type=int, default=10**9, help="cluster only up to N articles"
    )
    args = parser.parse_args()
    sizes = [250, 500, 1000] if args.quick else args.sizes
    print(f"{os.cpu_count()} cores; stage times in seconds; RSS of the largest process")
    print(
        f"{'articles':>8} {'run':<6} {'read':>6} {'process':>8} {'cluster':>8} {'table':>6} "
        f"{'wall':>7} {'articles/s':>10} {'chars/s':>9} {'events':>7} {'RSS MB':>7}"
    )
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            source = write_jsonl(size, Path(folder) / f"tbaq-{size}.jsonl")
            for name in args.runs:
                engine, jobs = RUNS[name]
                f = measured(source, engine, jobs, cluster=size <= args.cluster_max)
                print(
                    f"{size:>8} {name:<6} {f['read']:>6.1f} {f['process']:>8.1f} "
                    f"{f['cluster']:>8.1f} {f['table']:>6.1f} {f['wall']:>7.1f} "
                    f"{size / f['wall']:>10.1f} {f['chars'] / f['wall']:>9,.0f} "
                    f"{f['events']:>7.0f} {f['peak_rss_mb']:>7.0f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
