"""Wall time of fresh ``timeline`` processes: ``--help`` and ``build`` on the bundled seeds.

Usage: python benchmarks/startup.py [--repeat N]

Each command runs ``N`` times in a new interpreter (the ``timeline`` script next to
this Python); the best and the median are printed. ``python -X importtime -m timeline
--help`` shows which imports the time goes to.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TIMELINE = Path(sys.executable).with_name("timeline")


def wall_times(command: list[str], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per command (default 5)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        commands = {
            "timeline --help": [str(TIMELINE), "--help"],
            "timeline build (seeds)": [str(TIMELINE), "build", "-o", f"{folder}/seeds.html"],
        }
        for name, command in commands.items():
            times = wall_times(command, args.repeat)
            print(
                f"{name:<24} best {min(times):.2f} s   median {statistics.median(times):.2f} s"
                f"   ({args.repeat} runs)"
            )


if __name__ == "__main__":
    main()
