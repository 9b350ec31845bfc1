"""The timeline page at scale: building it in Python, loading it in Chromium and every
interaction a reader has, on a page of many events.

Usage: python benchmarks/page_scale.py [--table events.parquet] [--copies 1,10]
       [--events 2000] [--chromium /usr/bin/chromium] [--runs 1]

The events are those of ``--table`` (an event table written by ``timeline events``: .csv,
.parquet or .json), else the seeds' events repeated, each copy a day later, up to ``--events``
rows. Each ``--copies`` number N writes a page of N copies of them, each copy with its own
event, story and article ids (the same dates and outlets, so N times as dense). For each
page the script prints, each figure the median of ``--runs`` opens:

- ``plot s`` / ``write s``: CPU seconds of ``plot_timeline`` and ``write_html``, and
  ``peak MB``: the peak resident memory of the process that did both (a fresh process);
- ``MB``: the page's size; ``load s``: from navigation until the page is ready (marks drawn,
  labels placed); ``heap MB``: the page's JavaScript heap then;
- one column per interaction, in seconds from the input until the next frame is painted:
  a filter word that most events match and clearing it, the range buttons (1w, 1m, 6m,
  all, then 1w again), zooming out and in on the "all" view and panning it, hiding a lane
  from the legend and showing it again, and opening the table view.

The interactions run one after another on one open page, in that order. Without Playwright
or Chromium, the browser columns are left out (the build is still measured).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pandas as pd

from timeline.articles import load_articles
from timeline.pipeline import extract_events
from timeline.plot import plot_timeline, write_html
from timeline.table import read_table

REPO = Path(__file__).resolve().parents[1]
FRAME = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"
# Each interaction: JavaScript run on the page (``gd`` is the plot); the time is taken from
# just before it until two frames later, so the page's own work and the paint are counted.
PLOT = "document.getElementById('timeline')"
INTERACTIONS = (
    ("filter", "typeIn('e')"),
    ("unfilter", "typeIn('')"),
    ("1w", "click('tl-range-1w')"),
    ("1m", "click('tl-range-1m')"),
    ("6m", "click('tl-range-6m')"),
    ("all", "click('tl-range-all')"),
    ("zoom out", "await zoomBy(2)"),
    ("zoom in", "await zoomBy(0.25)"),
    ("pan", "await panBy(0.3)"),
    ("hide lane", None),  # a real mouse click on the first lane's legend entry
    ("show lane", None),
    ("back to 1w", "click('tl-range-1w')"),
    ("table", "click('tl-table-toggle')"),
)
HELPERS = f"""
const gd = {PLOT};
const frames = {FRAME};
function click(id) {{ document.getElementById(id).click(); }}
function typeIn(text) {{
  const input = document.getElementById('tl-search');
  input.value = text;
  input.dispatchEvent(new Event('input'));
}}
function range() {{
  const xa = gd._fullLayout.xaxis;
  return xa.range.map(v => xa.d2l(v));
}}
async function zoomBy(factor) {{
  const [low, high] = range(), middle = (low + high) / 2, half = (high - low) / 2 * factor;
  await Plotly.relayout(gd, {{'xaxis.range': [middle - half, middle + half].map(
    v => gd._fullLayout.xaxis.l2r(v))}});
}}
async function panBy(share) {{
  const [low, high] = range(), step = (high - low) * share;
  await Plotly.relayout(gd, {{'xaxis.range': [low + step, high + step].map(
    v => gd._fullLayout.xaxis.l2r(v))}});
}}
"""


def seed_events(size: int) -> pd.DataFrame:
    """The seeds' events repeated, each copy a day later, up to ``size`` rows."""
    seeds = extract_events(load_articles(REPO / "seeds"))
    copies = []
    for copy in range(-(-size // len(seeds))):
        part = seeds.copy()
        for column in ("interval_start", "interval_end", "published"):
            part[column] = part[column] + pd.Timedelta(days=copy % 400)
        copies.append(with_ids(part, f"s{copy}"))
    return pd.concat(copies, ignore_index=True).head(size)


def with_ids(table: pd.DataFrame, tag: str) -> pd.DataFrame:
    """``table`` with ``tag`` added to its event, story and article ids."""
    part = table.copy()
    for column in ("event_id", "cluster_id", "article_id"):
        part[column] = part[column].astype("string") + f"~{tag}"
    return part


def copied(table: pd.DataFrame, copies: int) -> pd.DataFrame:
    """``copies`` copies of ``table``, each with its own ids."""
    if copies == 1:
        return table
    return pd.concat([with_ids(table, str(k)) for k in range(copies)], ignore_index=True)


def build(table_file: Path, page: Path) -> dict[str, float]:
    """Write the page of the pickled table in this process: CPU seconds and peak memory."""
    table = pd.read_pickle(table_file)
    start = time.process_time()
    figure = plot_timeline(table)
    plotted = time.process_time()
    write_html(figure, page)
    written = time.process_time()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"plot s": plotted - start, "write s": written - plotted, "peak MB": peak}


def measure_page(browser: Any, page: Path) -> dict[str, float]:
    """Load ``page`` in a new tab and run every interaction on it, in seconds."""
    tab = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    session = tab.context.new_cdp_session(tab)
    session.send("Performance.enable")
    start = time.perf_counter()
    tab.goto(page.as_uri(), timeout=600_000)
    tab.wait_for_selector("body[data-ready]", timeout=600_000)
    tab.evaluate(FRAME)
    figures = {"load s": time.perf_counter() - start}
    metrics = {m["name"]: m["value"] for m in session.send("Performance.getMetrics")["metrics"]}
    figures["heap MB"] = metrics["JSHeapUsedSize"] / 1e6
    for name, action in INTERACTIONS:
        if action is None:
            drawn = tab.evaluate("document.body.dataset.drawn")
            start = time.perf_counter()
            tab.locator(".legend .traces").first.click()
            tab.wait_for_function(f"document.body.dataset.drawn !== '{drawn}'")
            tab.evaluate(FRAME)
            figures[name] = time.perf_counter() - start
            continue
        figures[name] = tab.evaluate(
            f"""async () => {{ {HELPERS}
            const start = performance.now();
            {action};
            await frames();
            return (performance.now() - start) / 1000;
            }}"""
        )
    tab.close()
    if errors:
        raise RuntimeError(f"{page}: the page failed: {errors[0]}")
    return figures


def launch(playwright: Any, chromium: str) -> Any:
    """Headless Chromium, or None when it is not there."""
    if not Path(chromium).exists():
        return None
    return playwright.chromium.launch(
        executable_path=chromium, args=["--no-sandbox", "--disable-gpu"]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, help="an event table (.csv, .parquet, .json)")
    parser.add_argument("--events", type=int, default=2000, help="seed events, without --table")
    parser.add_argument("--copies", default="1,10", help="copies of the events, per page")
    parser.add_argument("--runs", type=int, default=1, help="opens of each page")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--build", nargs=2, type=Path, help=argparse.SUPPRESS)  # a child run
    args = parser.parse_args()
    if args.build:
        print(json.dumps(build(*args.build)))
        return
    events = read_table(args.table) if args.table else seed_events(args.events)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
        print("playwright is not installed: the page is built but not opened")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        rows = []
        for copies in [int(n) for n in args.copies.split(",")]:
            table_file, page = folder / "table.pkl", folder / f"page-{copies}.html"
            copied(events, copies).to_pickle(table_file)
            command = [sys.executable, __file__, "--build", str(table_file), str(page)]
            done = subprocess.run(command, check=True, capture_output=True, text=True)
            row: dict[str, Any] = {"events": len(events) * copies, **json.loads(done.stdout)}
            row["MB"] = page.stat().st_size / 1e6
            rows.append((row, page))
        if sync_playwright is not None:
            with sync_playwright() as playwright:
                browser = launch(playwright, args.chromium)
                if browser is None:
                    print(f"{args.chromium} is not installed: the pages are not opened")
                for row, page in rows if browser is not None else []:
                    runs = [measure_page(browser, page) for _ in range(args.runs)]
                    row.update({key: statistics.median(r[key] for r in runs) for key in runs[0]})
                if browser is not None:
                    browser.close()
    for row, _ in rows:
        print(
            "  ".join(
                f"{key} {value:,.0f}" if key == "events" else f"{key} {value:,.2f}"
                for key, value in row.items()
            ),
            flush=True,
        )


if __name__ == "__main__":
    main()
