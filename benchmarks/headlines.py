"""How many event and cluster headlines are broken, per corpus folder.

Usage: python benchmarks/headlines.py FOLDER... [--show N] [--gold N]  (FOLDER "seeds": the seeds)

For each folder (or the bundled seeds) prints the share of events whose `title` and of
clusters whose `cluster_title` :func:`timeline.headline.headline_faults` finds broken, with
the count of each fault and the mean and longest title length. ``--show N`` prints N
broken titles with their sentence; ``--gold N`` prints N titles next to the gold
``headline`` of the same expression (events.jsonl), to compare by eye.
"""

from __future__ import annotations

import argparse
import json
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd

from timeline.articles import load_articles
from timeline.headline import headline_faults
from timeline.pipeline import extract_events


def table_of(folder: str) -> pd.DataFrame:
    """The event table of ``folder`` ("seeds": the bundled seeds with their pack)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if folder == "seeds":
            return extract_events(load_articles(), jobs=1, pack="ukraine-war")
        return extract_events(load_articles(Path(folder)), jobs=1)


def report(folder: str, show: int, gold: int) -> None:
    table = table_of(folder)
    faults = [
        headline_faults(str(row.title), str(row.claimed_by or "")) for row in table.itertuples()
    ]
    cluster_faults = []
    for _, reports in table.groupby("cluster_id"):
        title = str(reports["cluster_title"].iloc[0])
        same = reports[reports["title"] == title]
        speaker = str(same["claimed_by"].iloc[0] or "") if len(same) else ""
        cluster_faults.append(headline_faults(title, speaker))
    broken = sum(1 for f in faults if f)
    broken_clusters = sum(1 for f in cluster_faults if f)
    print(
        f"{folder}: events {broken}/{len(faults)} broken ({broken / max(len(faults), 1):.2f}),"
        f" clusters {broken_clusters}/{len(cluster_faults)}"
        f" ({broken_clusters / max(len(cluster_faults), 1):.2f})"
    )
    lengths = [len(str(title)) for title in table["title"]] or [0]
    mean = sum(lengths) / len(lengths)
    print(f"    title length: mean {mean:.0f}, max {max(lengths)} characters")
    counts = Counter(fault for f in faults for fault in f)
    print("   ", ", ".join(f"{name} {count}" for name, count in counts.most_common()))
    shown = 0
    for row, found in zip(table.itertuples(), faults, strict=True):
        if found and shown < show:
            shown += 1
            print(f"  - {row.title!r} [{', '.join(found)}] by={row.claimed_by!r}")
            print(f"      {' '.join(str(row.sentence).split())[:300]}")
    if gold:
        compare(folder, table, gold)


def compare(folder: str, table: pd.DataFrame, limit: int) -> None:
    path = Path(folder) / "events.jsonl"
    if not path.is_file():
        return
    titles = {(str(r.article_id), int(r.char_start)): str(r.title) for r in table.itertuples()}
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines[:limit]:
        event = json.loads(line)
        ours = titles.get((event["article"], event["start"]), "(no event)")
        print(f"  gold {event.get('headline', '')!r}\n  ours {ours!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", help="corpus folders ('seeds' for the seeds)")
    parser.add_argument("--show", type=int, default=0, help="print N broken titles")
    parser.add_argument("--gold", type=int, default=0, help="print N titles next to gold")
    args = parser.parse_args()
    for folder in args.folders:
        report(folder, args.show, args.gold)


if __name__ == "__main__":
    main()
