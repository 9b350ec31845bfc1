"""Whole-process speed of ``timeline mentions`` next to a whole-process dateparser run.

Usage: python benchmarks/mentions_cli.py [--copies N] [--rounds R] [--against DIR]

Writes N copies of the TBAQ texts (default 8 x 256 articles) as JSON Lines, then times, in
turn and R times each, two fresh processes on the same texts: ``timeline mentions SOURCE
--jobs 1`` (start-up, reading, the date stage and writing the table included) and a Python
process that reads the same file and runs ``dateparser.search_dates`` on every text with
the article's publication date as its reference. Prints the best CPU time (user + system)
of each and their ratio. ``--against DIR`` times, in the same turns, ``timeline mentions``
of another checkout (a ``git worktree`` or an unpacked ``git archive`` of an earlier
commit, imported through ``PYTHONPATH``) too.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from corpus import tbaq_documents, write_jsonl

DATEPARSER_RUN = """
import json, sys, warnings
from datetime import datetime
from dateparser.search import search_dates
warnings.simplefilter("ignore")
for line in open(sys.argv[1], encoding="utf-8"):
    row = json.loads(line)
    base = datetime.fromisoformat(row["published"])
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    search_dates(row["text"], languages=["en"], settings=settings)
"""


def cpu_seconds(command: list[str], environment: dict[str, str] | None = None) -> float:
    """User and system CPU time of ``command``: on a shared machine, what the wall clock
    would show if nothing else ran."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, capture_output=True, env=environment)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--against", type=Path, help="another checkout to time as well")
    options = parser.parse_args()
    timeline = str(Path(sys.executable).with_name("timeline"))
    with tempfile.TemporaryDirectory() as folder:
        source = write_jsonl(options.copies * len(tbaq_documents()), Path(folder) / "t.jsonl")
        output = Path(folder) / "mentions.csv"
        ours = [timeline, "mentions", str(source), "-o", str(output), "--jobs", "1"]
        peer = [sys.executable, "-c", DATEPARSER_RUN, str(source)]
        times: dict[str, list[float]] = {"timeline mentions": [], "dateparser": []}
        other = "mentions of --against"
        if options.against is not None:
            times[other] = []
            environment = {**os.environ, "PYTHONPATH": str(options.against.resolve())}
        for _ in range(options.rounds):
            times["timeline mentions"].append(cpu_seconds(ours))
            output.unlink()
            if options.against is not None:
                times[other].append(cpu_seconds(ours, environment))
                output.unlink()
            times["dateparser"].append(cpu_seconds(peer))
        size = source.stat().st_size
    print(f"{options.copies} x TBAQ, {options.rounds} rounds in turn ({size:,} bytes)")
    for name, seconds in times.items():
        runs = ", ".join(f"{s:.2f}" for s in seconds)
        print(f"{name:20} best {min(seconds):6.2f} s   all {runs}")
    ratio = min(times["dateparser"]) / min(times["timeline mentions"])
    print(f"ratio dateparser / timeline mentions: {ratio:.1f}x")
    if options.against is not None:
        print(f"ratio dateparser / {other}: {min(times['dateparser']) / min(times[other]):.1f}x")


if __name__ == "__main__":
    main()
