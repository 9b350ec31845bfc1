"""The timeline page opened in headless Chromium: what a reader sees and can do."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from tests.conftest import REPO, make_article, make_event
from timeline.articles import load_articles
from timeline.model import Article, Event
from timeline.pipeline import extract_events
from timeline.plot import plot_timeline, write_html
from timeline.table import events_frame

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = REPO / "build" / "screenshots"
QUAKE = Path(__file__).resolve().parent / "data" / "quake"
DESKTOP, PHONE = (1400, 900), (390, 844)
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# How the page is read: the plot, the event data, the event traces and what is drawn.
PLOT = "document.getElementById('timeline')"
# Plotly takes a second click within its double-click delay (300 ms) as a double click; a
# busy machine delivers the first click late, so the wait leaves room to spare.
DOUBLE_CLICK_WAIT_MS = 1000
DATA = "JSON.parse(document.getElementById('tl-data').textContent)"
EVENT_TRACES = f"{PLOT}.data.filter(t => t.meta && t.meta.role === 'events')"
# The drawn trace groups of one role; the filter, the legend and open groups hide marks (their
# nodes stay, with display: none) and a pinned story fades the others (opacity 0.2).
TRACES = (
    f"(role => [...{PLOT}.querySelectorAll('.cartesianlayer .trace')].filter(g => {{"
    " const t = g.__data__ && g.__data__[0] && g.__data__[0].trace;"
    " return t && t.meta && t.meta.role === role; }))"
)
SHOWN = "(n => getComputedStyle(n).display !== 'none')"
# Report marks drawn one by one.
OPEN_DATA = (
    f"{TRACES}('events')"
    f".reduce((n, g) => n + [...g.querySelectorAll('.point')].filter({SHOWN}).length, 0)"
)
# Closed groups of reports: one mark each, the number of its reports written in it.
CLOSED = (
    f"{TRACES}('clusters')"
    f".flatMap(g => [...g.querySelectorAll('.textpoint')].filter({SHOWN}).map(n => n.textContent))"
)
# The events drawn: one per visible report mark, a closed group's count for its mark.
COUNT_DATA = f"({OPEN_DATA} + {CLOSED}.reduce((m, c) => m + Number(c), 0))"
# The reports left bright while the others fade (none when nothing is pinned).
SELECTED = f"""(() => {{
  const d = {DATA}, id = d.fields.indexOf('event_id');
  const points = {TRACES}('events').flatMap(g => [...g.querySelectorAll('.point')]
    .filter({SHOWN}).map(p => [p, g.__data__[0].trace]));
  const opacity = p => Number(getComputedStyle(p).opacity);
  if (!points.some(([p]) => opacity(p) < 0.5)) return [];
  return points.filter(([p]) => opacity(p) === 1)
    .map(([p, t]) => d.rows[t.customdata[p.__data__.i]][id]);
}})()"""
# Events drawn inside the plot area, in lanes that are shown (a marker counts when its
# centre is inside, a bar when any of it is; a closed group's mark counts its reports).
DRAWN_IN_VIEW = f"""(() => {{
  const gd = {PLOT}, xa = gd._fullLayout.xaxis, box = gd.getBoundingClientRect();
  const left = box.left + xa._offset, right = left + xa._length;
  let n = 0;
  gd.querySelectorAll('.cartesianlayer .trace').forEach(trace => {{
    if (trace.style.opacity === '0' || trace.getAttribute('display') === 'none') return;
    const bars = trace.closest('.barlayer') !== null;
    const data = trace.__data__ && trace.__data__[0] && trace.__data__[0].trace;
    const closed = data && data.meta && ['clusters', 'piles'].includes(data.meta.role);
    const counts = new Map([...trace.querySelectorAll('.textpoint')]
      .map(t => [t.__data__.i, Number(t.textContent)]));
    trace.querySelectorAll('.point').forEach(p => {{
      const shape = p.tagName === 'path' ? p : p.querySelector('path');  // bars nest a path
      if (!shape || Number(getComputedStyle(shape).opacity) === 0) return;
      const r = p.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return;
      const middle = (r.left + r.right) / 2;
      const inside = bars ? r.right > left && r.left < right
                          : middle >= left - 0.5 && middle <= right + 0.5;
      if (inside) n += closed ? counts.get(p.__data__.i) : 1;
    }});
  }});
  return n;
}})()"""
# Every event the page accounts for: those in view (the counter) and those it announces at
# its edges.
ACCOUNTED = """(() => {
  const edge = id => { const b = document.getElementById(id);
    return b.hidden ? 0 : Number(b.textContent.replace(/[^0-9]/g, '')); };
  const count = Number(document.getElementById('tl-count').textContent.split(' ')[1]);
  return count + edge('tl-earlier') + edge('tl-later');
})()"""
# Counts the plot's draws from now on.
COUNT_DRAWS = (
    f"(() => {{ window.draws = 0; {PLOT}.on('plotly_afterplot', () => window.draws++); }})()"
)
LABEL_BOXES = (
    "[...document.querySelectorAll('.tl-label')].map(l => {"
    " const r = l.getBoundingClientRect();"
    " return [l.textContent, r.left, r.top, r.right, r.bottom]; })"
)
# What the labels must answer for: the plot area, each mark drawn in it (its story, its box,
# whether it is a bar) and each label (its story, its box), in the page's pixels.
LABELLING = f"""(() => {{
  const gd = {PLOT}, d = {DATA}, xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
  const plot = gd.getBoundingClientRect();
  const left = plot.left + xa._offset, top = plot.top + ya._offset;
  const area = [left, top, left + xa._length, top + ya._length];
  const cluster = d.fields.indexOf('cluster_id'), event = d.fields.indexOf('event_id');
  const story = row => row[cluster] || 'event ' + row[event];
  const box = r => [r.left, r.top, r.right, r.bottom];
  // Each lane's band, top and bottom, and the lanes each story has a mark in.
  const bands = gd.layout.shapes.filter(s => s.yref === 'y').map(s => {{
    const a = top + ya.l2p(s.y0), b = top + ya.l2p(s.y1);
    return [Math.min(a, b), Math.max(a, b)];
  }});
  const category = d.fields.indexOf('category'), lanes = {{}};
  const leaders = [...document.querySelectorAll('.tl-leaders line')].map(l => {{
    const svg = l.ownerSVGElement.getBoundingClientRect(), y1 = +l.getAttribute('y1');
    const y2 = +l.getAttribute('y2');
    return [svg.left + +l.getAttribute('x1'), svg.top + Math.min(y1, y2),
            svg.top + Math.max(y1, y2)];
  }});
  const marks = [];
  ['events', 'clusters'].forEach(role => {TRACES}(role).forEach(g => {{
    const trace = g.__data__[0].trace, bars = g.closest('.barlayer') !== null;
    g.querySelectorAll('.point').forEach(p => {{
      if (!{SHOWN}(p)) return;
      const r = p.getBoundingClientRect(), middle = (r.left + r.right) / 2;
      const inside = bars ? r.right > area[0] && r.left < area[2]
                          : middle >= area[0] && middle <= area[2];
      if (!inside) return;
      const row = d.rows[trace.customdata[p.__data__.i]];
      marks.push([story(row), box(r), bars]);
      (lanes[story(row)] = lanes[story(row)] || []).push(bands[d.lanes.indexOf(row[category])]);
    }});
  }}));
  const labels = [...document.querySelectorAll('.tl-label')]
    .filter(l => getComputedStyle(l).visibility !== 'hidden')
    .map(l => [l.dataset.cluster, box(l.getBoundingClientRect()), l.textContent]);
  return {{area, marks, labels, lanes, leaders}};
}})()"""

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install -y chromium)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS
        )
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def frame(story: tuple[list[Event], dict[str, Article]]) -> pd.DataFrame:
    events, articles = story
    return events_frame(events, articles)


@pytest.fixture(scope="module")
def page_file(frame: pd.DataFrame, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_html(plot_timeline(frame), tmp_path_factory.mktemp("page") / "timeline.html")


@pytest.fixture(scope="module")
def seed_table() -> pd.DataFrame:
    return extract_events(load_articles(REPO / "seeds"))


@pytest.fixture(scope="module")
def crowded_page(seed_table: pd.DataFrame, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A page of 2,000 events: the seeds' 25 over and over, each copy a day later with its
    own ids, and a publication day of its own."""
    copies = []
    for copy in range(80):
        part = seed_table.copy()
        for column in ("interval_start", "interval_end", "published"):
            part[column] = part[column] + pd.Timedelta(days=copy)
        for column in ("event_id", "cluster_id", "article_id"):
            part[column] = part[column].astype("string") + f"~{copy}"
        copies.append(part)
    table = pd.concat(copies, ignore_index=True)
    assert len(table) == 2000
    return write_html(plot_timeline(table), tmp_path_factory.mktemp("crowded") / "crowded.html")


@pytest.fixture(scope="module")
def seed_page(seed_table: pd.DataFrame, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_html(plot_timeline(seed_table), tmp_path_factory.mktemp("seeds") / "seeds.html")


class Reader:
    """One open page, with the console errors it logged."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.errors: list[str] = []
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on(
            "console",
            lambda message: self.errors.append(message.text) if message.type == "error" else None,
        )

    def open(self, path: Path) -> Reader:
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-ready]")
        return self

    def js(self, expression: str) -> Any:
        return self.page.evaluate(expression)

    def settle(self) -> None:
        """Wait out two frames: a keystroke is applied on the next one."""
        self.js("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")

    def counter(self) -> tuple[int, int]:
        """The counter's shown and total numbers."""
        words = self.page.inner_text("#tl-count").split()
        assert words[0] == "Showing" and words[2] == "of", words
        return int(words[1]), int(words[3])

    def assert_counter_is_honest(self) -> int:
        shown, _ = self.counter()
        assert self.js(DRAWN_IN_VIEW) == shown
        return shown

    def edge(self, which: str) -> int:
        button = self.page.locator(f"#tl-{which}")
        return 0 if not button.is_visible() else int(button.inner_text().strip("←→ ").split()[0])

    def point_position(self, outlet: str, expression: str) -> tuple[float, float]:
        """Where on the screen the event of ``outlet`` and ``expression`` is drawn."""
        found = self.js(
            f"""(() => {{
            const gd = {PLOT}, d = {DATA};
            const o = d.fields.indexOf('outlet'), e = d.fields.indexOf('expression');
            for (const t of gd.data) {{
              if (!t.meta || t.meta.role !== 'events') continue;
              for (let i = 0; i < t.customdata.length; i++) {{
                const row = d.rows[t.customdata[i]];
                if (row[o] !== {json.dumps(outlet)}) continue;
                if (row[e] !== {json.dumps(expression)}) continue;
                const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
                let x = xa.d2l(t.type === 'bar' ? t.base[i] : t.x[i]);
                if (t.type === 'bar') x += t.x[i] / 2;
                const box = gd.getBoundingClientRect();
                return [box.left + xa._offset + xa.l2p(x), box.top + ya._offset + ya.l2p(t.y[i])];
              }}
            }}
            return null;
          }})()"""
        )
        assert found, f"no event {outlet}: {expression}"
        return found[0], found[1]

    def closed_mark_position(self) -> tuple[float, float]:
        """Where on the screen the first closed group's mark is drawn."""
        box = self.js(
            f"{TRACES}('clusters').flatMap(g => [...g.querySelectorAll('.point')].filter({SHOWN}))"
            "[0].getBoundingClientRect().toJSON()"
        )
        return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2

    def hover(self, outlet: str, expression: str) -> str:
        x, y = self.point_position(outlet, expression)
        self.page.mouse.move(x, y)
        self.page.wait_for_selector("#tl-tip:not([hidden])")
        return str(self.page.inner_text("#tl-tip"))

    def click_legend(self, legend: str, name: str) -> None:
        self.page.locator(f".{legend} .traces", has_text=name).first.click()
        self.page.wait_for_timeout(DOUBLE_CLICK_WAIT_MS)  # Plotly waits for a double click


@pytest.fixture
def reader(browser: Any) -> Iterator[Reader]:
    context = browser.new_context(viewport={"width": DESKTOP[0], "height": DESKTOP[1]})
    yield Reader(context.new_page())
    context.close()


@pytest.fixture
def phone(browser: Any) -> Iterator[Reader]:
    context = browser.new_context(
        viewport={"width": PHONE[0], "height": PHONE[1]}, has_touch=True, is_mobile=True
    )
    yield Reader(context.new_page())
    context.close()


def test_page_plots_every_event_and_counts_what_is_drawn(
    reader: Reader, page_file: Path, frame: pd.DataFrame
) -> None:
    reader.open(page_file)
    shown = reader.assert_counter_is_honest()
    # What the view leaves out is announced at its edges, and only marks near the view are
    # drawn: the story's outlier year lies far outside the opening view.
    assert shown + reader.edge("earlier") + reader.edge("later") == len(frame)
    assert reader.edge("earlier") > 0
    assert shown <= reader.js(COUNT_DATA) < len(frame)
    assert reader.js(f"{PLOT}._fullLayout.xaxis.type") == "date"
    # A view of everything draws every event.
    reader.page.click("#tl-range-all")
    assert reader.js(COUNT_DATA) == reader.assert_counter_is_honest() == len(frame)
    assert reader.errors == []


def test_an_edge_button_brings_the_events_it_announces_into_view(
    reader: Reader, page_file: Path, frame: pd.DataFrame
) -> None:
    reader.open(page_file)
    shown, earlier = reader.counter()[0], reader.edge("earlier")
    reader.page.click("#tl-earlier")
    reader.page.wait_for_function("document.getElementById('tl-earlier').hidden")
    assert reader.assert_counter_is_honest() == shown + earlier
    assert reader.errors == []


def test_counters_equal_drawn_events_under_every_toggle(
    reader: Reader, page_file: Path, frame: pd.DataFrame
) -> None:
    reader.open(page_file)
    start = reader.assert_counter_is_honest()
    reader.js(COUNT_DRAWS)
    reader.click_legend("legend", "Battlefield")
    reader.click_legend("legend2", "Wire")
    assert reader.js("window.draws") == 0  # the legends hide marks without drawing them again
    reader.click_legend("legend2", "Wire")
    hidden = reader.js(
        f"{EVENT_TRACES}.filter(t => t.legendgroup === 'battlefield').map(t => t.visible)"
    )
    assert hidden and set(hidden) == {"legendonly"}
    assert reader.assert_counter_is_honest() < start
    reader.click_legend("legend2", "CNN")
    reader.assert_counter_is_honest()
    reader.page.fill("#tl-search", "pokrovsk")
    reader.page.wait_for_timeout(100)
    reader.assert_counter_is_honest()
    ticks = reader.js(f"{PLOT}._fullLayout.yaxis.ticktext")
    assert any("<br>0 events" in tick for tick in ticks)  # lane counts follow the toggles
    reader.page.click("#tl-range-all")
    reader.assert_counter_is_honest()
    # Zoomed in with the wheel and by a range button, under the same toggles.
    reader.page.fill("#tl-search", "")
    reader.settle()
    reader.assert_counter_is_honest()
    x, y = reader.point_position("CNN", "on Sunday")
    view = reader.js(f"{PLOT}._fullLayout.xaxis.range")
    reader.page.mouse.move(x, y)
    for _ in range(4):
        reader.page.mouse.wheel(0, -300)
        reader.page.wait_for_timeout(150)
    moved = f"JSON.stringify({PLOT}._fullLayout.xaxis.range) !== {json.dumps(json.dumps(view))}"
    reader.page.wait_for_function(moved)
    reader.page.wait_for_timeout(700)  # the wheel's zoom settles before the page counts
    reader.assert_counter_is_honest()
    reader.page.click("#tl-range-1w")
    assert reader.assert_counter_is_honest() > 0
    reader.page.fill("#tl-search", "pokrovsk")
    reader.settle()
    reader.assert_counter_is_honest()
    reader.page.fill("#tl-search", "")
    reader.click_legend("legend2", "CNN")
    reader.click_legend("legend", "Battlefield")
    reader.page.click("#tl-range-all")
    assert reader.counter() == (len(frame), len(frame))
    assert reader.assert_counter_is_honest() == len(frame)
    assert reader.errors == []


def test_every_range_button_shows_events(
    reader: Reader, seed_page: Path, seed_table: pd.DataFrame
) -> None:
    reader.open(seed_page)
    for button in ("1w", "1m", "6m", "all"):
        # From the widest view, so a span counted back from the edge of the data is empty.
        reader.page.click("#tl-range-all")
        assert reader.counter() == (len(seed_table), len(seed_table))
        reader.page.click(f"#tl-range-{button}")
        assert reader.assert_counter_is_honest() > 0, button
    low, high = (pd.Timestamp(v) for v in reader.js(f"{PLOT}._fullLayout.xaxis.range"))
    first = pd.to_datetime(seed_table["interval_start"]).min()
    last = max(pd.to_datetime(seed_table[c]).max() for c in ("interval_end", "published"))
    margin = (last - first) * 0.05 + pd.Timedelta(days=1)  # the data plus a small margin
    assert first - margin < low <= first
    assert last < high < last + margin
    assert reader.errors == []


@pytest.mark.parametrize(
    "day",
    [date(1, 1, 1), date(9999, 12, 31), date(2024, 1, 1)],  # the last: far from the edges
)
def test_events_at_the_calendars_edges_are_in_view_and_in_the_whole_view(
    reader: Reader, day: date, tmp_path: Path
) -> None:
    article = make_article("The well was dug then and the wall built then.", id="edge")
    events = [make_event(article, "then", day, occurrence=i) for i in (0, 1)]
    page = write_html(plot_timeline(events_frame(events, {"edge": article})), tmp_path / "p.html")
    reader.open(page)
    assert reader.counter() == (2, 2)
    reader.page.click("#tl-range-all")
    assert reader.counter() == (2, 2)
    assert reader.assert_counter_is_honest() == 2
    assert reader.errors == []


def test_labels_name_the_clusters_in_view_without_overlapping(
    reader: Reader, seed_page: Path, seed_table: pd.DataFrame
) -> None:
    reader.open(seed_page)
    boxes = reader.js(LABEL_BOXES)
    assert len(boxes) >= 5
    for k, (_, left, top, right, bottom) in enumerate(boxes):
        for _, left2, top2, right2, bottom2 in boxes[k + 1 :]:
            assert right <= left2 or right2 <= left or bottom <= top2 or bottom2 <= top
    # The biggest story carries how many outlets told it.
    assert any("outlets" in text for text, *_ in boxes)
    reader.page.click("#tl-range-1w")
    assert len(reader.js(LABEL_BOXES)) >= 1
    assert reader.errors == []


def _apart(a: list[float], b: list[float]) -> bool:
    """Whether two boxes (left, top, right, bottom) do not overlap (touching edges do not)."""
    return a[2] <= b[0] + 0.5 or b[2] <= a[0] + 0.5 or a[3] <= b[1] + 0.5 or b[3] <= a[1] + 0.5


def assert_every_story_in_view_is_labelled(reader: Reader) -> None:
    """Every story with a mark in the plot area has one label, inside the plot area, that
    overlaps no other label and no marker; a label is never empty."""
    seen = reader.js(LABELLING)
    area, marks, labels = seen["area"], seen["marks"], seen["labels"]
    lanes, leaders = seen["lanes"], seen["leaders"]
    assert marks
    stories = {story for story, _, _ in marks}
    labelled = [story for story, _, _ in labels]
    assert sorted(labelled) == sorted(stories), "stories without a label, or labels twice"
    for k, (_, box, text) in enumerate(labels):
        assert len(text.strip("… ")) >= 3, text
        assert area[0] - 0.5 <= box[0] and box[2] <= area[2] + 0.5, (text, box, area)
        assert area[1] - 0.5 <= box[1] and box[3] <= area[3] + 0.5, (text, box, area)
        for _, other_box, other_text in labels[k + 1 :]:
            assert _apart(box, other_box), (text, other_text)
        for mark_story, mark_box, bar in marks:
            assert bar or _apart(box, mark_box), (text, mark_story, mark_box)
    # A label lies in the band of its mark's lane, or has a line to its mark.
    for story, box, text in labels:
        own = any(low - 0.5 <= box[1] and box[3] <= high + 0.5 for low, high in lanes[story])
        led = any(
            box[0] <= x <= box[2] and (abs(y0 - box[3]) <= 1 or abs(y1 - box[1]) <= 1)
            for x, y0, y1 in leaders
        )
        assert own or led, (text, box, lanes[story])


@pytest.mark.parametrize("size", ["desktop", "phone"])
@pytest.mark.parametrize("corpus", ["seeds", "quake"])
def test_every_story_in_the_opening_view_carries_a_label(
    browser: Any, seeds_dir: Path, tmp_path: Path, corpus: str, size: str
) -> None:
    folder = seeds_dir if corpus == "seeds" else QUAKE
    page_path = write_html(
        plot_timeline(extract_events(load_articles(folder))), tmp_path / "t.html"
    )
    width, height = DESKTOP if size == "desktop" else PHONE
    context = browser.new_context(
        viewport={"width": width, "height": height}, is_mobile=size == "phone"
    )
    reader = Reader(context.new_page()).open(page_path)
    assert_every_story_in_view_is_labelled(reader)
    # Zoomed in, every story left in view is labelled still.
    reader.page.click("#tl-range-1w")
    assert_every_story_in_view_is_labelled(reader)
    assert reader.errors == []
    context.close()


def test_a_cut_label_gives_its_whole_headline_on_hover_and_to_screen_readers(
    reader: Reader, seed_page: Path
) -> None:
    reader.page.set_viewport_size({"width": PHONE[0], "height": PHONE[1]})
    reader.open(seed_page)
    cut = reader.page.locator(".tl-label", has_text="…").first
    shown, whole = cut.inner_text(), cut.get_attribute("aria-label") or ""
    assert whole.startswith(shown.split("…")[0]) and len(whole) > len(shown)
    cut.hover()
    reader.page.wait_for_selector("#tl-tip:not([hidden])")
    assert whole.removesuffix(": show the reports") in reader.page.inner_text("#tl-tip strong")
    assert reader.errors == []


def test_hovering_an_event_shows_its_sentence_and_dates(reader: Reader, page_file: Path) -> None:
    text = reader.open(page_file).hover("CNN", "on Sunday")
    assert "Putin on Sunday received the news he had been awaiting" in text
    assert "“on Sunday” → Sun 30 Nov 2025" in text
    assert "CNN, told on Tue 2 Dec 2025" in text
    assert reader.page.inner_text("#tl-tip mark") == "on Sunday"
    assert reader.errors == []


def test_hovering_a_span_shows_the_interval(reader: Reader, page_file: Path) -> None:
    reader.open(page_file)
    text = reader.hover("CNN", "last week")
    assert "“last week” → 24–30 Nov 2025 (week)" in text


def test_word_filter_keeps_matching_events_and_the_view(
    reader: Reader, page_file: Path, frame: pd.DataFrame
) -> None:
    reader.open(page_file)
    view = reader.js(f"{PLOT}.layout.xaxis.range")
    said = frame[["title", "sentence", "claimed_by"]].apply(
        lambda column: column.str.contains("kremlin", case=False)
    )
    expected = int(said.any(axis=1).sum())
    assert 0 < expected < len(frame)
    reader.page.fill("#tl-search", "Kremlin")
    reader.page.wait_for_function(f"{ACCOUNTED} === {expected}")
    assert reader.js(f"{PLOT}._fullLayout.xaxis.type") == "date"
    assert reader.js(f"{PLOT}.layout.xaxis.range") == view
    reader.assert_counter_is_honest()
    reader.page.fill("#tl-search", "")
    reader.page.wait_for_function(f"{ACCOUNTED} === {len(frame)}")
    reader.assert_counter_is_honest()
    assert reader.errors == []


def test_the_table_view_lists_the_filtered_events(
    reader: Reader, page_file: Path, frame: pd.DataFrame
) -> None:
    reader.open(page_file)
    said = frame[["title", "sentence", "claimed_by"]].apply(
        lambda column: column.str.contains("kremlin", case=False)
    )
    expected = sorted(frame.loc[said.any(axis=1), "event_id"])
    rows_drawn = "document.querySelectorAll('#tl-table tbody tr').length"
    reader.page.fill("#tl-search", "Kremlin")
    reader.page.click("#tl-table-toggle")
    # keystrokes are applied once per animation frame: wait for the table to follow
    reader.page.wait_for_function(f"{rows_drawn} === {len(expected)}")
    rows = reader.page.locator("#tl-table tbody tr")
    ids = [rows.nth(i).get_attribute("data-event") for i in range(rows.count())]
    assert sorted(ids) == expected
    assert reader.page.get_by_role("button", name="Hide table").get_attribute("aria-pressed")
    reader.page.fill("#tl-search", "")
    reader.page.wait_for_function(f"{rows_drawn} === {len(frame)}")
    assert rows.count() == len(frame)
    assert reader.errors == []


def test_the_keyboard_reaches_every_event(
    reader: Reader, page_file: Path, frame: pd.DataFrame
) -> None:
    reader.open(page_file)
    reader.page.focus("#timeline")
    reached = set()
    for _ in range(len(frame)):
        reader.page.keyboard.press("ArrowRight")
        reached.add(reader.page.get_attribute("#tl-details", "data-pinned"))
        # A closed group's reports are listed in the panel.
        rows = reader.page.locator("#tl-details .tl-reports tbody tr")
        reached.update(rows.nth(i).get_attribute("data-event") for i in range(rows.count()))
        assert reader.page.locator("#tl-focus").is_visible()  # the focused event is ringed
    assert reached == set(frame["event_id"])
    assert reader.js("document.activeElement.id") == "timeline"
    assert reader.errors == []


def test_clicking_an_event_shows_every_report_and_the_dates_side_by_side(
    reader: Reader, page_file: Path, frame: pd.DataFrame
) -> None:
    reader.open(page_file)
    # The two reports are one mark until it is clicked, then each is drawn at its date.
    assert reader.js(CLOSED) == ["2"]
    x, y = reader.point_position("CNN", "on Sunday")
    reader.page.mouse.click(x, y)
    reader.page.wait_for_function(f"{CLOSED}.length === 0")
    reader.page.wait_for_timeout(DOUBLE_CLICK_WAIT_MS)
    x, y = reader.point_position("Wire & Co", "on Sunday")
    reader.page.mouse.click(x, y)
    panel = reader.page.locator("#tl-details")
    panel.locator("h2").wait_for()
    assert panel.locator("blockquote mark").first.inner_text() == "on Sunday"
    text = panel.inner_text()
    assert "The Kremlin said on Monday that Pokrovsk had fallen on Sunday." in text
    assert "disagree on its date" in text
    reports = panel.locator(".tl-reports tbody tr")
    assert reports.count() == 2
    rows = [reports.nth(i).inner_text() for i in range(2)]
    assert any(r.startswith("CNN") and "Sun 30 Nov 2025" in r for r in rows)
    assert any(r.startswith("Wire & Co") for r in rows)
    # The reports of the pinned event stay bright, the others fade; closing undoes both.
    cluster = frame.loc[frame["cluster_id"] == "fall", "event_id"]
    assert sorted(reader.js(SELECTED)) == sorted(cluster)
    panel.get_by_role("button", name="Close").click()
    assert "Click" in panel.inner_text() and panel.locator("mark").count() == 0
    assert reader.js(SELECTED) == []
    assert reader.errors == []


def test_a_date_conflict_is_drawn_as_a_bracket(reader: Reader, page_file: Path) -> None:
    reader.open(page_file)
    brackets = reader.js(
        f"{PLOT}.data.filter(t => t.meta && t.meta.role === 'conflict')"
        ".map(t => t.x.filter(x => x !== null).length)"
    )
    assert brackets and brackets[0] >= 4
    assert reader.js("document.querySelectorAll('.scatterlayer .js-line').length") > 0


def test_hostile_article_text_does_not_run_or_render(reader: Reader, page_file: Path) -> None:
    reader.open(page_file)
    hover = reader.hover("<b>Evil</b> 'News'", "On Monday")
    assert "<script>window.__xss" in hover  # shown as text
    assert "<img src=x" in hover
    x, y = reader.point_position("<b>Evil</b> 'News'", "On Monday")
    reader.page.mouse.click(x, y)
    reader.page.locator("#tl-details mark").first.wait_for()
    assert '<a href="javascript:window.__xss=1">' in reader.page.inner_text("#tl-details")
    reader.page.click("#tl-table-toggle")
    assert "<b>Evil</b> 'News'" in reader.page.inner_text("#tl-table")
    assert reader.js("window.__xss") is None
    assert reader.js("document.querySelectorAll('img').length") == 0
    assert reader.js("document.querySelectorAll('a[href^=\"javascript\"]').length") == 0
    assert reader.js("document.querySelectorAll('#tl-details b, #tl-details i').length") == 0
    assert reader.js("document.querySelectorAll('.tl-label b, #tl-table b').length") == 0
    legend = reader.page.locator(".legend2 .traces", has_text="Evil").text_content()
    assert legend == "<b>Evil</b> 'News'"
    assert reader.errors == []


def test_outlets_named_like_object_properties_filter_like_any_other(
    reader: Reader, tmp_path: Path
) -> None:
    names = ["__proto__", "constructor", "hasOwnProperty", "Daily"]
    articles = {
        str(n): make_article("Talks were held on Monday.", date(2025, 12, 3), id=str(n), outlet=o)
        for n, o in enumerate(names)
    }
    events = [make_event(a, "on Monday", date(2025, 12, 1)) for a in articles.values()]
    reader.open(write_html(plot_timeline(events_frame(events, articles)), tmp_path / "t.html"))
    assert reader.counter() == (4, 4)
    for outlet in names[:3]:
        reader.click_legend("legend2", outlet)
        assert reader.counter() == (3, 4)
        assert reader.js(COUNT_DATA) == 3
        reader.click_legend("legend2", outlet)
        assert reader.counter() == (4, 4)
    assert reader.errors == []


def test_reports_of_one_event_are_one_mark_with_their_count_until_opened(
    reader: Reader, tmp_path: Path
) -> None:
    outlets = ["Daily", "Herald", "Courier"]
    articles = {
        o: make_article("The bridge reopened on Monday.", date(2025, 12, 3), id=o, outlet=o)
        for o in outlets
    }
    events = [
        make_event(
            a,
            "on Monday",
            date(2025, 12, 1),
            category="political",
            cluster_id="bridge",
            cluster_size=3,
            cluster_outlets=tuple(outlets),
        )
        for a in articles.values()
    ]
    reader.open(write_html(plot_timeline(events_frame(events, articles)), tmp_path / "t.html"))
    assert reader.js(CLOSED) == ["3"]
    assert reader.js(OPEN_DATA) == 0
    assert reader.counter() == (3, 3) and reader.assert_counter_is_honest() == 3
    assert any("3 outlets" in box[0] for box in reader.js(LABEL_BOXES))
    x, y = reader.closed_mark_position()
    reader.page.mouse.click(x, y)
    reader.page.wait_for_function(f"{OPEN_DATA} === 3")
    assert reader.js(CLOSED) == []
    assert reader.counter() == (3, 3) and reader.assert_counter_is_honest() == 3
    # And closed again, from the panel or the keyboard.
    reader.page.get_by_role("button", name="Draw these 3 reports as one mark").click()
    reader.page.wait_for_function(f"{OPEN_DATA} === 0")
    assert reader.js(CLOSED) == ["3"]
    reader.page.focus("#timeline")
    reader.page.keyboard.press("ArrowRight")
    reader.page.keyboard.press("Enter")
    reader.page.wait_for_function(f"{OPEN_DATA} === 3")
    assert reader.assert_counter_is_honest() == 3
    assert reader.errors == []


# The marks of the plot by kind: each pile with its number, the reports and groups drawn.
PILES = f"{TRACES}('piles').flatMap(g => [...g.querySelectorAll('.textpoint')].filter({SHOWN}))"
PILE_COUNTS = f"{PILES}.map(n => Number(n.textContent))"
MARKS_DRAWN = (
    f"['events', 'clusters', 'piles'].flatMap(r => {TRACES}(r))"
    ".reduce((n, g) => n + g.querySelectorAll('.point').length, 0)"
)
# The publication labels shown, as boxes (left, top, right, bottom).
TOLD_BOXES = (
    f"[...{PLOT}.querySelectorAll('.annotation')].filter(n => n.style.visibility !== 'hidden')"
    ".map(n => n.getBoundingClientRect()).map(r => [r.left, r.top, r.right, r.bottom])"
)


def test_a_view_of_thousands_of_events_draws_piles_that_count_every_one(
    reader: Reader, crowded_page: Path
) -> None:
    reader.open(crowded_page)
    reader.page.click("#tl-range-all")
    # A few hundred marks at most, one pile per lane and stretch, each with its number.
    assert reader.js(MARKS_DRAWN) <= 400
    counts = reader.js(PILE_COUNTS)
    assert counts and sum(counts) == 2000
    assert reader.counter() == (2000, 2000)
    assert reader.assert_counter_is_honest() == 2000
    assert reader.js("document.querySelectorAll('.tl-label').length") == 0
    # Publication labels that would overlap are not drawn at all, and none shown overlaps.
    told = reader.js(TOLD_BOXES)
    assert 0 < len(told) < 80
    for k, box in enumerate(told):
        assert all(_apart(box, other) for other in told[k + 1 :])
    # The filter counts the piles' reports that pass, and hides piles with none.
    reader.page.fill("#tl-search", "pokrovsk")
    reader.settle()
    shown, _ = reader.counter()
    assert 0 < shown < 2000
    assert sum(reader.js(PILE_COUNTS)) == shown == reader.assert_counter_is_honest()
    assert reader.errors == []


def test_a_pile_zooms_in_to_its_events_until_each_is_drawn(
    reader: Reader, crowded_page: Path
) -> None:
    reader.open(crowded_page)
    reader.page.click("#tl-range-all")
    assert reader.js(PILE_COUNTS)
    for _ in range(8):
        piles = reader.js(f"{PILES}.map(n => n.getBoundingClientRect().toJSON())")
        if not piles:
            break
        box = piles[len(piles) // 2]
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        reader.page.mouse.move(x, y)
        reader.page.wait_for_selector("#tl-tip:not([hidden])")
        tip = reader.page.inner_text("#tl-tip")
        assert re.search(r"\d+ events? in the \w+ lane", tip), tip
        assert "zoom in" in tip
        reader.page.mouse.click(x, y)
        reader.page.wait_for_timeout(DOUBLE_CLICK_WAIT_MS)
    else:
        raise AssertionError("piles that never part")
    # Now every event in view is a mark of its own (or of its group), which hovering tells.
    assert reader.js(PILE_COUNTS) == []
    assert reader.assert_counter_is_honest() > 0
    assert reader.js("document.querySelectorAll('.tl-label').length") > 0
    # A report's marker in the plot area that no label covers.
    x, y = reader.js(
        f"{TRACES}('events').flatMap(g => [...g.querySelectorAll('path.point')].filter({SHOWN}))"
        ".map(n => n.getBoundingClientRect()).map(r => [r.x + r.width / 2, r.y + r.height / 2])"
        ".find(([x, y]) => { const e = document.elementFromPoint(x, y);"
        " return e && e.classList.contains('drag'); })"
    )
    reader.page.mouse.move(x, y)
    reader.page.wait_for_selector("#tl-tip:not([hidden]) blockquote")
    assert "zoom in" not in reader.page.inner_text("#tl-tip")
    assert reader.errors == []


def test_the_table_view_lists_every_event_of_a_crowded_page(
    reader: Reader, crowded_page: Path
) -> None:
    reader.open(crowded_page)
    reader.page.click("#tl-table-toggle")
    assert reader.page.locator("#tl-table tbody tr").count() == 2000
    assert reader.page.inner_text("#tl-table caption").startswith("2000 events")


def test_no_sideways_scroll_on_a_phone(phone: Reader, seed_page: Path) -> None:
    phone.open(seed_page)
    for width in (360, 390, 400):
        phone.page.set_viewport_size({"width": width, "height": PHONE[1]})
        phone.page.wait_for_function(f"document.documentElement.scrollWidth <= {width}")
        legend = phone.js(
            "[...document.querySelectorAll('.legend .traces, .legend2 .traces')]"
            ".map(t => t.getBoundingClientRect().right)"
        )
        assert legend and max(legend) <= width  # the legends wrap instead of being cut
        told = phone.js(
            "[...document.querySelectorAll('#timeline .annotation')]"
            ".filter(n => n.style.visibility !== 'hidden')"
            ".map(n => n.querySelector('.annotation-text-g').getBoundingClientRect().right)"
        )
        plot_right = phone.js(f"{PLOT}.getBoundingClientRect().right")
        assert told and max(told) <= plot_right  # publication labels are whole or left out
        phone.assert_counter_is_honest()
        # The panel's help text below the plot starts below the plot's bottom.
        plot_bottom = phone.js(f"{PLOT}.getBoundingClientRect().bottom")
        assert phone.js("document.querySelector('.tl-hint').getBoundingClientRect().top") >= (
            plot_bottom
        )
    assert phone.errors == []


def test_a_tap_shows_what_a_hover_shows(phone: Reader, page_file: Path) -> None:
    phone.open(page_file)
    x, y = phone.point_position("CNN", "on Sunday")
    phone.page.touchscreen.tap(x, y)
    phone.page.wait_for_selector("#tl-tip:not([hidden])")
    assert "Putin on Sunday received" in phone.page.inner_text("#tl-tip")
    details = phone.page.locator("#tl-details").bounding_box()
    assert details["y"] < PHONE[1]  # the pinned panel is on screen, not below the fold
    assert phone.errors == []


@pytest.mark.parametrize("corpus", ["seeds", "quake"])
def test_screenshots_of_a_war_and_a_non_war_corpus(
    reader: Reader, seeds_dir: Path, tmp_path: Path, corpus: str
) -> None:
    folder = seeds_dir if corpus == "seeds" else QUAKE
    table = extract_events(load_articles(folder))
    reader.open(write_html(plot_timeline(table), tmp_path / f"{corpus}.html"))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for size, (width, height) in (("desktop", DESKTOP), ("phone", PHONE)):
        reader.page.set_viewport_size({"width": width, "height": height})
        reader.page.wait_for_function(f"document.documentElement.scrollWidth <= {width}")
        reader.page.wait_for_function(f"{PLOT}._fullLayout.width <= {width}")
        assert len(reader.js(LABEL_BOXES)) > 0
        reader.assert_counter_is_honest()
        # The outlet legend starts below the lane legend, which it would otherwise clip.
        lanes, outlets = (
            reader.js(f"{PLOT}.querySelector('.{name} .bg').getBoundingClientRect().toJSON()")
            for name in ("legend", "legend2")
        )
        assert lanes["bottom"] <= outlets["top"] + 0.5, size
        reader.page.screenshot(path=SCREENSHOTS / f"{corpus}-{size}.png", full_page=True)
    assert reader.errors == []


def test_the_figure_as_an_image_counts_every_event_in_view_or_at_its_edges(
    reader: Reader, frame: pd.DataFrame, tmp_path: Path
) -> None:
    # The figure `--png` and a notebook draw, by plain Plotly without the page's script, at
    # the width `--png` uses.
    figure = plot_timeline(frame)
    path = tmp_path / "figure.html"
    figure.write_html(path, include_plotlyjs=True, full_html=True)
    reader.page.set_viewport_size({"width": 1400, "height": int(figure.layout.height) + 40})
    reader.page.goto(path.as_uri())
    reader.page.wait_for_selector(".plotly .ytick")
    seen = reader.js(
        """(() => {
      const gd = document.querySelector('.plotly-graph-div'), box = gd.getBoundingClientRect();
      const inside = r => r.left >= box.left && r.right <= box.right
                          && r.top >= box.top && r.bottom <= box.bottom;
      const notes = [...gd.querySelectorAll('.annotation-text')]
        .filter(n => inside(n.getBoundingClientRect()) && getComputedStyle(n).display !== 'none')
        .map(n => n.textContent);
      const lanes = [...gd.querySelectorAll('.ytick text')].map(n => n.textContent);
      return {notes, lanes};
    })()"""
    )
    in_lanes = sum(int(re.search(r"(\d+) events?$", lane)[1]) for lane in seen["lanes"])
    told = [re.search(r"(\d+) (?:earlier|later)", note) for note in seen["notes"]]
    outside = sum(int(found[1]) for found in told if found)
    assert outside > 0  # the story's outlier year is left out, and the image says so
    assert in_lanes + outside == len(frame)
    assert reader.errors == []


def test_a_cdn_page_offline_says_plotly_could_not_load(
    browser: Any, frame: pd.DataFrame, tmp_path: Path
) -> None:
    page_path = write_html(plot_timeline(frame), tmp_path / "cdn.html", cdn=True)
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.route(
        "**/*",
        lambda route: route.abort() if route.request.url.startswith("http") else route.continue_(),
    )
    page = context.new_page()
    page.goto(page_path.as_uri())
    warning = page.locator("#tl-no-plotly")
    warning.wait_for(state="visible")
    assert "plotly.js" in warning.inner_text() and "did not load" in warning.inner_text()
    context.close()
