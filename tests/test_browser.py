"""The timeline page opened in headless Chromium: what a reader sees and can do."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from timeline.articles import load_articles
from timeline.model import Article, Event
from timeline.pipeline import extract_events
from timeline.plot import DETAIL_FIELDS, plot_timeline, write_html
from timeline.table import events_frame

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# How the page is read: the plot, its event traces and the points drawn in the main plot.
PLOT = "document.getElementById('timeline')"
EVENT_TRACES = f"{PLOT}.data.filter(t => t.meta && t.meta.role === 'events')"
COUNT_DATA = f"{EVENT_TRACES}.reduce((n, t) => n + t.customdata.length, 0)"
SELECTED = f"{EVENT_TRACES}.flatMap(t => (t.selectedpoints || []).map(i => t.customdata[i][0]))"
DRAWN = "document.querySelectorAll('.cartesianlayer .point').length"
OUTLET, EXPRESSION = DETAIL_FIELDS.index("outlet"), DETAIL_FIELDS.index("expression")

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
        self.page.wait_for_selector(".cartesianlayer .point")
        self.page.wait_for_function("document.getElementById('tl-count').textContent !== ''")
        return self

    def js(self, expression: str) -> Any:
        return self.page.evaluate(expression)

    def point_position(self, outlet: str, expression: str) -> tuple[float, float]:
        """Where on the screen the event of ``outlet`` and ``expression`` is drawn."""
        found = self.js(
            f"""(() => {{
            const gd = {PLOT}, F = gd.data;
            for (const t of F) {{
              if (!t.meta || t.meta.role !== 'events') continue;
              for (let i = 0; i < t.customdata.length; i++) {{
                const row = t.customdata[i];
                if (row[{OUTLET}] !== {json.dumps(outlet)}) continue;
                if (row[{EXPRESSION}] !== {json.dumps(expression)}) continue;
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

    def hover(self, outlet: str, expression: str) -> str:
        x, y = self.point_position(outlet, expression)
        self.page.mouse.move(x, y)
        self.page.wait_for_selector(".hoverlayer .hovertext")
        return self.js("document.querySelector('.hoverlayer').textContent")

    def click_legend(self, legend: str, name: str) -> None:
        self.page.locator(f".{legend} .traces", has_text=name).first.click()
        self.page.wait_for_timeout(600)  # Plotly waits for a possible double click


@pytest.fixture
def reader(browser: Any) -> Iterator[Reader]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    yield Reader(context.new_page())
    context.close()


def test_page_plots_every_event_without_errors(
    reader: Reader, page_file: Path, frame: pd.DataFrame
) -> None:
    reader.open(page_file)
    assert reader.js(COUNT_DATA) == len(frame)
    assert reader.js(DRAWN) == len(frame)
    assert reader.page.inner_text("#tl-count") == f"Showing {len(frame)} of {len(frame)} events"
    assert reader.js(f"{PLOT}._fullLayout.xaxis.type") == "date"
    ARTIFACTS.mkdir(exist_ok=True)
    reader.page.screenshot(path=ARTIFACTS / "timeline.png", full_page=True)
    assert reader.errors == []


def test_hovering_an_event_shows_its_sentence_and_dates(reader: Reader, page_file: Path) -> None:
    text = reader.open(page_file).hover("CNN", "on Sunday")
    assert "Putin on Sunday received the news he had been awaiting" in text
    assert "“on Sunday” → Sun 30 Nov 2025" in text
    assert "CNN, told on Tue 2 Dec 2025" in text
    bold = reader.js(
        "[...document.querySelectorAll('.hoverlayer tspan')]"
        ".filter(t => (t.getAttribute('style') || '').includes('bold')).map(t => t.textContent)"
    )
    assert "on Sunday" in bold  # the expression is marked in the sentence
    assert reader.errors == []


def test_hovering_a_span_shows_the_interval(reader: Reader, page_file: Path) -> None:
    reader.open(page_file)
    text = reader.hover("CNN", "last week")
    assert "“last week” → 24–30 Nov 2025 (week)" in text


def test_legend_toggles_a_lane(reader: Reader, page_file: Path, frame: pd.DataFrame) -> None:
    reader.open(page_file)
    battlefield = int((frame["category"] == "battlefield").sum())
    visible_in_view = reader.js(DRAWN)
    reader.click_legend("legend", "Battlefield")
    hidden = reader.js(
        f"{EVENT_TRACES}.filter(t => t.legendgroup === 'battlefield').map(t => t.visible)"
    )
    assert hidden and set(hidden) == {"legendonly"}
    assert reader.js(DRAWN) == visible_in_view - battlefield
    reader.click_legend("legend", "Battlefield")
    assert reader.js(DRAWN) == visible_in_view
    assert reader.errors == []


def test_outlet_legend_filters_that_outlets_events(
    reader: Reader, page_file: Path, frame: pd.DataFrame
) -> None:
    reader.open(page_file)
    cnn = int((frame["outlet"] == "CNN").sum())
    reader.click_legend("legend2", "CNN")
    assert reader.js(COUNT_DATA) == len(frame) - cnn
    assert (
        reader.page.inner_text("#tl-count") == f"Showing {len(frame) - cnn} of {len(frame)} events"
    )
    assert reader.js(f"{PLOT}._fullLayout.xaxis.type") == "date"
    reader.click_legend("legend2", "CNN")
    assert reader.js(COUNT_DATA) == len(frame)
    assert reader.errors == []


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
    reader.page.wait_for_function(f"{COUNT_DATA} === {expected}")
    assert reader.js(f"{PLOT}._fullLayout.xaxis.type") == "date"
    assert reader.js(f"{PLOT}.layout.xaxis.range") == view
    reader.page.fill("#tl-search", "")
    reader.page.wait_for_function(f"{COUNT_DATA} === {len(frame)}")
    assert reader.errors == []


def test_range_buttons_zoom_out_to_everything(reader: Reader, page_file: Path) -> None:
    reader.open(page_file)
    low = pd.Timestamp(reader.js(f"{PLOT}._fullLayout.xaxis.range[0]"))
    assert low > pd.Timestamp("2023-01-01")
    reader.page.locator(".rangeselector .button", has_text="all").click()
    reader.page.wait_for_timeout(300)
    low = pd.Timestamp(reader.js(f"{PLOT}._fullLayout.xaxis.range[0]"))
    assert low <= pd.Timestamp("2022-01-01")


def test_clicking_an_event_pins_its_details(
    reader: Reader, page_file: Path, frame: pd.DataFrame
) -> None:
    reader.open(page_file)
    x, y = reader.point_position("Wire & Co", "on Sunday")
    reader.page.mouse.click(x, y)
    panel = reader.page.locator("#tl-details")
    panel.locator("mark").wait_for()
    assert panel.locator("mark").inner_text() == "on Sunday"
    text = panel.inner_text()
    assert "The Kremlin said on Monday that Pokrovsk had fallen on Sunday." in text
    assert "disagree on its date" in text
    assert "CNN: “on Sunday” → Sun 30 Nov 2025" in text  # the other report of the event
    # The reports of the pinned event stay bright, the others fade; closing undoes both.
    cluster = frame.loc[frame["cluster_id"] == "fall", "event_id"]
    assert sorted(reader.js(SELECTED)) == sorted(cluster)
    assert reader.js(f"{PLOT}._fullLayout.xaxis.type") == "date"
    panel.get_by_role("button", name="Close").click()
    assert "Click" in panel.inner_text() and panel.locator("mark").count() == 0
    assert reader.js(SELECTED) == []
    assert reader.js(DRAWN) > 0
    assert reader.errors == []


def test_hostile_article_text_does_not_run_or_render(reader: Reader, page_file: Path) -> None:
    reader.open(page_file)
    hover = reader.hover("<b>Evil</b> 'News'", "On Monday")
    assert "<script>window.__xss" in hover  # shown as text
    assert "<img src=x" in hover
    x, y = reader.point_position("<b>Evil</b> 'News'", "On Monday")
    reader.page.mouse.click(x, y)
    reader.page.locator("#tl-details mark").wait_for()
    assert '<a href="javascript:window.__xss=1">' in reader.page.inner_text("#tl-details")
    assert reader.js("window.__xss") is None
    assert reader.js("document.querySelectorAll('img').length") == 0
    assert reader.js("document.querySelectorAll('a[href^=\"javascript\"]').length") == 0
    assert reader.js("document.querySelectorAll('#tl-details b, #tl-details i').length") == 0
    legend = reader.page.locator(".legend2 .traces", has_text="Evil").text_content()
    assert legend == "<b>Evil</b> 'News'"
    assert reader.errors == []


def test_the_seed_timeline_shows_every_seed_event(
    reader: Reader, tmp_path: Path, seeds_dir: Path
) -> None:
    table = extract_events(load_articles(seeds_dir))
    page = write_html(plot_timeline(table), tmp_path / "seeds.html")
    reader.open(page)
    assert reader.js(COUNT_DATA) == len(table) > 0
    assert reader.page.inner_text("#tl-count") == f"Showing {len(table)} of {len(table)} events"
    ARTIFACTS.mkdir(exist_ok=True)
    reader.page.screenshot(path=ARTIFACTS / "seeds.png", full_page=True)
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
