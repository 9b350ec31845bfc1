"""Size, first render and filter keystroke of a large timeline page in headless Chromium.

Usage: python benchmarks/page.py [--events 20000] [--chromium /usr/bin/chromium]

The seed corpus's event table is repeated, each copy moved one day later and given its own
ids, clusters and outlets, until it holds ``--events`` rows. The page is written and
opened; the script prints the page's size, the time from navigation until the page is
ready (plot drawn, labels placed), and the time one filter keystroke takes to redraw
(median of several keystrokes, each timed in the page up to the next painted frame).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import pandas as pd
from playwright.sync_api import sync_playwright

from timeline.articles import load_articles
from timeline.pipeline import extract_events
from timeline.plot import plot_timeline, write_html

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
KEYSTROKE = """async (text) => {
  const input = document.getElementById('tl-search');
  const start = performance.now();
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  return performance.now() - start;
}"""


def big_table(size: int) -> pd.DataFrame:
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    table = big_table(args.events)
    started = time.perf_counter()
    figure = plot_timeline(table)
    with tempfile.TemporaryDirectory() as folder:
        page = write_html(figure, Path(folder) / "big.html")
        written = time.perf_counter() - started
        megabytes = page.stat().st_size / 1e6
        print(f"{len(table)} events: page {megabytes:.1f} MB, built in {written:.1f} s")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=args.chromium, args=["--no-sandbox", "--disable-gpu"]
            )
            tab = browser.new_page(viewport={"width": 1400, "height": 900})
            start = time.perf_counter()
            tab.goto(page.as_uri(), timeout=120_000)
            tab.wait_for_selector("body[data-ready]", timeout=120_000)
            print(f"first render: {time.perf_counter() - start:.2f} s")
            keystrokes = [tab.evaluate(KEYSTROKE, text) for text in ("p", "po", "pok", "p", "")]
            print(
                f"filter keystroke: median {statistics.median(keystrokes):.0f} ms, "
                f"max {max(keystrokes):.0f} ms ({', '.join(f'{k:.0f}' for k in keystrokes)})"
            )
            browser.close()


if __name__ == "__main__":
    main()
