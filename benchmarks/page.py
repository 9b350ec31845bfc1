"""Size, first render and filter keystroke of large timeline pages in headless Chromium.

Usage: python benchmarks/page.py [--events 1000,5000,20000] [--peer 278453e] [--runs 3]

The seed corpus's event table is repeated, each copy moved one day later and given its own
ids, clusters and outlets, until it holds each ``--events`` number of rows. For each size
the page is written by this code and, as a peer measured in the same run on the same
machine, by the code of the git commit ``--peer`` (``--peer ''`` skips it). Each page is
opened ``--runs`` times; the script prints its size, the median time from navigation until
the page is ready (plot drawn, labels placed), the median CPU time all of Chromium's
processes spent on it meanwhile (on a busy machine a steadier figure than the wall clock),
and the median time of a filter keystroke, from the input event until the page has redrawn
and painted the next frame.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path
from typing import Any

import pandas as pd
from playwright.sync_api import sync_playwright

from timeline.articles import load_articles
from timeline.pipeline import extract_events
from timeline.plot import plot_timeline, write_html

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
WORDS = ("p", "po", "pok", "p", "")
# The page marks each finished redraw on <body data-drawn>; an older page has no such mark,
# so the wait also ends after two frames.
KEYSTROKE = """async (text) => {
  const input = document.getElementById('tl-search');
  const before = document.body.dataset.drawn;
  const start = performance.now();
  input.value = text;
  input.dispatchEvent(new Event('input'));
  const frame = () => new Promise(done => requestAnimationFrame(done));
  await frame();
  await frame();
  if (before !== undefined) {
    while (document.body.dataset.drawn === before) await frame();
    await frame();
  }
  return performance.now() - start;
}"""
# The peer's code writes its page in its own process, from the same table.
PEER_WRITER = """
import sys
import pandas as pd
sys.path.insert(0, sys.argv[1])
from timeline.plot import plot_timeline, write_html
write_html(plot_timeline(pd.read_pickle(sys.argv[2])), sys.argv[3])
"""


def big_table(size: int) -> pd.DataFrame:
    """The seeds' events repeated until ``size`` rows."""
    seeds = extract_events(load_articles(SEEDS))
    copies = []
    for copy in range(-(-size // len(seeds))):
        part = seeds.copy()
        shift = pd.Timedelta(days=copy % 400)
        for column in ("interval_start", "interval_end", "published"):
            part[column] = part[column] + shift
        for column in ("event_id", "cluster_id", "article_id"):
            part[column] = part[column].astype("string") + f"~{copy}"
        part["outlet"] = part["outlet"].astype("string") + f" {copy % 12}"
        copies.append(part)
    return pd.concat(copies, ignore_index=True).head(size)


def peer_tree(commit: str, folder: Path) -> Path:
    """The ``timeline`` package as it was at ``commit``, unpacked under ``folder``."""
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", commit, "timeline"], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def cpu_seconds(session: Any) -> float:
    """CPU time spent so far by all of the browser's processes."""
    return sum(p["cpuTime"] for p in session.send("SystemInfo.getProcessInfo")["processInfo"])


def measure(browser: Any, page: Path, runs: int) -> tuple[float, float, float, int]:
    """Median first render (s), its CPU time (s), median keystroke (ms) and labels drawn,
    over ``runs`` opens."""
    session = browser.new_browser_cdp_session()
    renders, cpu, keystrokes, labels = [], [], [], 0
    for _ in range(runs):
        tab = browser.new_page(viewport={"width": 1400, "height": 900})
        start, start_cpu = time.perf_counter(), cpu_seconds(session)
        tab.goto(page.as_uri(), timeout=300_000)
        tab.wait_for_selector("body[data-ready]", timeout=300_000)
        renders.append(time.perf_counter() - start)
        cpu.append(cpu_seconds(session) - start_cpu)
        labels = tab.evaluate("document.querySelectorAll('.tl-label').length")
        keystrokes += [tab.evaluate(KEYSTROKE, text) for text in WORDS]
        tab.close()
    session.detach()
    return statistics.median(renders), statistics.median(cpu), statistics.median(keystrokes), labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", default="1000,5000,20000")
    parser.add_argument("--peer", default="278453e", help="git commit of the peer's code")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    sizes = [int(n) for n in args.events.split(",")]
    with tempfile.TemporaryDirectory() as name, sync_playwright() as playwright:
        folder = Path(name)
        peer = peer_tree(args.peer, folder / "peer") if args.peer else None
        browser = playwright.chromium.launch(
            executable_path=args.chromium, args=["--no-sandbox", "--disable-gpu"]
        )
        print(f"{'events':>7} {'code':>8} {'MB':>6} {'built s':>8} {'render s':>9} "
              f"{'CPU s':>6} {'key ms':>7} {'labels':>6}")  # fmt: skip
        for size in sizes:
            table = big_table(size)
            pages = {}
            started = time.perf_counter()
            pages["this"] = write_html(plot_timeline(table), folder / f"this-{size}.html")
            built = {"this": time.perf_counter() - started}
            if peer is not None:
                table.to_pickle(folder / "table.pkl")
                started = time.perf_counter()
                pages[args.peer] = folder / f"peer-{size}.html"
                subprocess.run(
                    [sys.executable, "-c", PEER_WRITER, str(peer), str(folder / "table.pkl"),
                     str(pages[args.peer])],
                    check=True,
                )  # fmt: skip
                built[args.peer] = time.perf_counter() - started
            for code, page in pages.items():
                render, cpu, keystroke, labels = measure(browser, page, args.runs)
                print(
                    f"{size:>7} {code:>8} {page.stat().st_size / 1e6:>6.1f} {built[code]:>8.1f} "
                    f"{render:>9.2f} {cpu:>6.2f} {keystroke:>7.0f} {labels:>6}",
                    flush=True,
                )
        browser.close()


if __name__ == "__main__":
    main()
