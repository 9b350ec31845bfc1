"""The timeline figure and page: one mark per event, precision visible, text inert."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest

from tests.conftest import HOSTILE, make_article, make_event
from timeline.errors import OptionError
from timeline.model import Article, Event, Granularity
from timeline.plot import (
    DETAIL_FIELDS,
    OUTLET_SYMBOLS,
    describe_dates,
    escape,
    plot_timeline,
    show_page,
    write_html,
    write_png,
)
from timeline.table import events_frame, read_table, write_table

Story = tuple[list[Event], dict[str, Article]]


@dataclass
class Point:
    """One plotted event, read back from the figure."""

    kind: str  # "marker" or "span"
    category: str
    x: pd.Timestamp  # marker position, or span start
    end: pd.Timestamp | None  # span end (exclusive)
    y: float
    color: str
    symbol: str
    hover: str
    details: dict[str, str]


def points(fig: go.Figure) -> list[Point]:
    found = []
    for trace in fig.data:
        if not trace.meta or trace.meta.get("role") != "events":
            continue
        for i, custom in enumerate(trace.customdata):
            color = trace.marker.color
            symbol = getattr(trace.marker, "symbol", "") if trace.type != "bar" else ""
            if trace.type == "bar":
                start = pd.Timestamp(trace.base[i])
                end = start + pd.Timedelta(milliseconds=trace.x[i])
                kind, x = "span", start
            else:
                kind, x, end = "marker", pd.Timestamp(trace.x[i]), None
            found.append(
                Point(
                    kind=kind,
                    category=trace.meta["category"],
                    x=x,
                    end=end,
                    y=trace.y[i],
                    color=color[i] if isinstance(color, tuple) else color,
                    symbol=symbol[i] if isinstance(symbol, tuple) else str(symbol),
                    hover=trace.hovertext[i],
                    details=dict(zip(DETAIL_FIELDS, custom, strict=True)),
                )
            )
    return found


def by_expression(fig: go.Figure, outlet: str = "CNN") -> dict[str, Point]:
    return {p.details["expression"]: p for p in points(fig) if p.details["outlet"] == outlet}


def alpha(rgba: str) -> float:
    return float(re.fullmatch(r"rgba\(\d+,\d+,\d+,([\d.]+)\)", rgba).group(1))


@pytest.fixture
def frame(story: Story) -> pd.DataFrame:
    events, articles = story
    return events_frame(events, articles)


@pytest.fixture
def figure(frame: pd.DataFrame) -> go.Figure:
    return plot_timeline(frame)


def test_every_row_is_plotted_once(frame: pd.DataFrame, figure: go.Figure) -> None:
    plotted = [p.details["event_id"] for p in points(figure)]
    assert sorted(plotted) == sorted(frame["event_id"])


def test_a_filtered_table_plots_only_its_rows(frame: pd.DataFrame) -> None:
    battlefield = frame[frame["category"] == "battlefield"]
    plotted = points(plot_timeline(battlefield))
    assert {p.category for p in plotted} == {"battlefield"}
    assert len(plotted) == len(battlefield)


def test_day_events_are_markers_at_midday(figure: go.Figure) -> None:
    sunday = by_expression(figure)["on Sunday"]
    assert sunday.kind == "marker"
    assert sunday.x == pd.Timestamp("2025-11-30 12:00")


@pytest.mark.parametrize(
    ("expression", "first", "last"),
    [
        ("back in August", "2025-08-01", "2025-08-31"),
        ("last week", "2025-11-24", "2025-11-30"),
        ("in 2022", "2022-01-01", "2022-12-31"),
    ],
)
def test_vague_dates_span_their_whole_interval(
    figure: go.Figure, expression: str, first: str, last: str
) -> None:
    span = by_expression(figure)[expression]
    assert span.kind == "span"
    assert span.x == pd.Timestamp(first)
    assert span.end == pd.Timestamp(last) + pd.Timedelta(days=1)  # the last day is covered


def test_approximate_spans_are_paler_and_approximate_days_hollow(story: Story) -> None:
    events, articles = story
    article = make_article(
        "Fighting resumed around Tuesday, and again in about March and in March.", id="x"
    )
    extra = [
        make_event(article, "around Tuesday", date(2025, 12, 2), mod="APPROX"),
        make_event(
            article,
            "in about March",
            date(2025, 3, 1),
            date(2025, 3, 31),
            granularity="month",
            mod="APPROX",
        ),
        make_event(article, "in March", date(2025, 3, 1), date(2025, 3, 31), granularity="month"),
    ]
    fig = plot_timeline(events_frame(events + extra, {**articles, "x": article}))
    marks = by_expression(fig, outlet="Outlet")
    assert alpha(marks["in about March"].color) < alpha(marks["in March"].color)
    assert marks["around Tuesday"].symbol.endswith("-open")
    assert not by_expression(fig)["on Tuesday"].symbol.endswith("-open")


def test_battlefield_and_diplomatic_lanes_are_on_top(figure: go.Figure) -> None:
    # y grows downwards (the axis is reversed): lanes in category order.
    ticks = dict(zip(figure.layout.yaxis.ticktext, figure.layout.yaxis.tickvals, strict=True))
    order = [re.sub(r"<[^>]+>.*", "", re.sub(r"^<b>", "", t)) for t in sorted(ticks, key=ticks.get)]
    assert order[:2] == ["Battlefield", "Diplomatic"]
    assert figure.layout.yaxis.range[0] > figure.layout.yaxis.range[1]
    lane_of = {}
    for p in points(figure):
        lane_of.setdefault(p.category, []).append(p.y)
    assert max(lane_of["battlefield"]) < min(lane_of["diplomatic"])


def test_events_of_one_lane_and_day_do_not_hide_each_other() -> None:
    article = make_article(
        "On Sunday Russia said it took the town. Kyiv said on Sunday it still held it. "
        "Shelling went on all Sunday, officials said.",
        id="same",
    )
    events = [
        make_event(article, "On Sunday", date(2025, 11, 30), category="battlefield"),
        make_event(article, "on Sunday", date(2025, 11, 30), category="battlefield"),
        make_event(article, "all Sunday", date(2025, 11, 30), category="battlefield"),
    ]
    plotted = points(plot_timeline(events_frame(events, {"same": article})))
    assert len({(p.x, p.y) for p in plotted}) == 3


def test_a_busy_day_does_not_stretch_its_lane_without_bound() -> None:
    article = make_article(" ".join(f"Strike {n} came on Sunday." for n in range(40)), id="busy")
    events = [
        make_event(article, "on Sunday", date(2025, 11, 30), occurrence=n, category="battlefield")
        for n in range(40)
    ]
    fig = plot_timeline(events_frame(events, {"busy": article}))
    rows = {p.y for p in points(fig)}
    assert 10 <= len(rows) <= 12
    assert fig.layout.height < 1000


def test_default_view_is_where_the_story_is_not_the_outlier_year(figure: go.Figure) -> None:
    low, high = (pd.Timestamp(v) for v in figure.layout.xaxis.range)
    # the days and the publications are in view; 2022, 2024 and August are reachable by zooming
    assert pd.Timestamp("2025-09-01") < low <= pd.Timestamp("2025-11-30")
    assert pd.Timestamp("2025-12-04") <= high < pd.Timestamp("2026-01-01")


def test_the_figure_says_what_its_view_leaves_out(frame: pd.DataFrame, figure: go.Figure) -> None:
    low, high = (pd.Timestamp(v) for v in figure.layout.xaxis.range)
    starts = pd.to_datetime(frame["interval_start"])
    ends = pd.to_datetime(frame["interval_end"]) + pd.Timedelta(days=1)
    earlier, later = int((ends <= low).sum()), int((starts >= high).sum())
    notes = [a.text for a in figure.layout.annotations if a.name == "outside"]
    assert earlier > 0
    assert notes[0].startswith(f"← {earlier} earlier (")
    assert len(notes) == 1 + (later > 0)


def test_reports_of_one_story_in_a_lane_are_one_mark_with_their_count() -> None:
    outlets = ["Daily", "Herald", "Courier"]
    articles = {
        o: make_article("The bridge reopened on Monday.", date(2025, 12, 3), id=o, outlet=o)
        for o in outlets
    }
    told = [date(2025, 12, 1), date(2025, 12, 1), date(2025, 11, 30)]  # one outlet disagrees
    events = [
        make_event(
            a,
            "on Monday",
            day,
            category="political",
            cluster_id="bridge",
            cluster_size=3,
            cluster_outlets=tuple(outlets),
        )
        for a, day in zip(articles.values(), told, strict=True)
    ]
    fig = plot_timeline(events_frame(events, articles))
    marks = [t for t in fig.data if t.meta and t.meta.get("role") == "groups"]
    assert [list(t.text) for t in marks] == [["3"]]
    # At the date most reports give, in the lane's colour; the reports inside are not drawn.
    assert pd.Timestamp(marks[0].x[0]) == pd.Timestamp("2025-12-01 12:00")
    assert "Daily: Mon 1 Dec 2025" in marks[0].hovertext[0]
    assert "Courier: Sun 30 Nov 2025" in marks[0].hovertext[0]
    reports = [t for t in fig.data if t.meta and t.meta.get("role") == "events"]
    assert sum(len(t.customdata) for t in reports) == 3  # kept for the page to open
    assert all(t.marker.opacity == 0 and t.hoverinfo == "skip" for t in reports)


def test_lane_counts_and_edge_notes_add_up_to_every_event(
    frame: pd.DataFrame, figure: go.Figure
) -> None:
    in_lanes = sum(int(tick.split("<br>")[1].split()[0]) for tick in figure.layout.yaxis.ticktext)
    notes = [a.text for a in figure.layout.annotations if a.name == "outside"]
    outside = sum(int(re.search(r"(\d+) (?:earlier|later)", note)[1]) for note in notes)
    assert outside > 0
    assert in_lanes + outside == len(frame)


def test_an_outlet_keeps_its_symbol_in_a_filtered_table(frame: pd.DataFrame) -> None:
    def symbols(fig: go.Figure) -> dict[str, str]:
        return {
            t.meta["outlet"]: t.marker.symbol
            for t in fig.data
            if t.meta and t.meta.get("role") == "outlet"
        }

    full = symbols(plot_timeline(frame))
    assert len(set(full.values())) == len(full)
    for outlet in full:
        assert symbols(plot_timeline(frame[frame["outlet"] != outlet])).items() <= full.items()


def legend(fig: go.Figure) -> list[tuple[str, str, str, str]]:
    """The legend entries of a figure in order: legend, name, colour and symbol."""
    return [
        (t.legend or "legend", t.name, t.marker.color, t.marker.symbol)
        for t in fig.data
        if t.showlegend is not False and t.meta and t.meta.get("role") in ("lane", "outlet")
    ]


@pytest.mark.parametrize("column", ["outlet", "category"])
def test_a_filtered_figure_keeps_the_legend_entries_of_the_full_one(
    frame: pd.DataFrame, column: str
) -> None:
    full = legend(plot_timeline(frame))
    assert len({entry[1] for entry in full}) == len(full)
    for value in frame[column].unique():
        part = legend(plot_timeline(frame[frame[column] != value]))
        # The entries left look as in the full figure and come in its order.
        assert part == [entry for entry in full if entry in part]
        assert len(part) < len(full)


def test_a_story_of_one_week_gets_a_readable_window() -> None:
    article = make_article("Talks were held on Monday.", id="one")
    fig = plot_timeline(
        events_frame([make_event(article, "on Monday", date(2025, 12, 1))], {"one": article})
    )
    low, high = (pd.Timestamp(v) for v in fig.layout.xaxis.range)
    assert pd.Timedelta(days=7) <= high - low <= pd.Timedelta(days=21)


def test_hover_shows_expression_date_sentence_source_and_cluster(figure: go.Figure) -> None:
    hover = by_expression(figure)["on Sunday"].hover
    assert hover.startswith("<b>Putin is told Pokrovsk has fallen</b><br>")
    assert "“on Sunday” → <b>Sun 30 Nov 2025</b>" in hover
    assert "received the news he had been awaiting" in hover
    assert "<b>on Sunday</b>" in hover
    assert "CNN, told on Tue 2 Dec 2025" in hover
    assert "Reported 2 times, by CNN; Wire &amp; Co" in hover
    assert "disagree on its date" in hover
    claim = by_expression(figure)["on Tuesday"].hover
    assert "Claimed by Kyiv (disputed)" in claim


def test_the_expression_is_marked_even_across_a_line_break(figure: go.Figure) -> None:
    august = by_expression(figure)["back in August"]
    assert (august.details["before"], august.details["marked"]) == (
        "Russian troops first entered the city ",
        "back in August",
    )
    assert "<b>back in August</b>" in august.hover


def test_the_right_occurrence_is_marked_when_the_expression_repeats() -> None:
    # "on  Sunday" squashes to a second "on Sunday" before the event's own one.
    article = make_article("On Sunday it fell, and  on  Sunday  it was shown: on Sunday.", id="r")
    event = make_event(article, "on Sunday", date(2025, 11, 30))
    marks = points(plot_timeline(events_frame([event], {"r": article})))
    assert marks[0].details["before"] == "On Sunday it fell, and on Sunday it was shown: "
    assert marks[0].details["after"] == "."


@pytest.mark.parametrize(
    ("start", "end", "granularity", "mod", "expected"),
    [
        ("2025-11-30", "2025-11-30", "day", "", "Sun 30 Nov 2025"),
        ("2025-12-01", "2025-12-01", "day", "LATE", "Mon 1 Dec 2025 (late)"),
        ("2025-11-24", "2025-11-30", "week", "", "24–30 Nov 2025 (week)"),
        ("2025-08-01", "2025-08-31", "month", "", "Aug 2025"),
        ("2025-11-21", "2025-11-30", "month", "END", "21–30 Nov 2025 (month, late part)"),
        ("2025-06-01", "2025-08-31", "season", "", "Jun – Aug 2025 (season)"),
        ("2024-05-01", "2024-08-31", "year", "MID", "May – Aug 2024 (year, middle)"),
        ("2025-01-01", "2025-12-31", "year", "", "2025"),
        ("2025-01-01", "2025-12-01", "year", "START", "1 Jan – 1 Dec 2025 (year, early part)"),
        ("2024-12-28", "2025-01-03", "week", "", "28 Dec 2024 – 3 Jan 2025 (week)"),
    ],
)
def test_dates_in_words(start: str, end: str, granularity: str, mod: str, expected: str) -> None:
    assert describe_dates(pd.Timestamp(start), pd.Timestamp(end), granularity, mod) == expected


def test_publication_dates_are_marked_and_labelled(figure: go.Figure) -> None:
    told = [t for t in figure.data if t.meta and t.meta.get("role") == "told"]
    assert len(told) == 1
    days = {pd.Timestamp(x).normalize() for x in told[0].x if x is not None}
    assert days == {pd.Timestamp("2025-12-02"), pd.Timestamp("2025-12-03")}
    labels = [a.text for a in figure.layout.annotations if a.name == "told"]
    assert sorted(labels) == sorted(["▼ CNN +1", "▼ Wire &amp; Co"])


def test_title_and_caption_say_what_the_corpus_is(figure: go.Figure) -> None:
    caption = figure.layout.title.subtitle.text
    assert caption.startswith("11 dated events from 3 articles · published 2–3 Dec 2025")
    assert "CNN, Wire &amp; Co" in caption


def test_a_given_title_is_used_escaped(frame: pd.DataFrame) -> None:
    assert (
        plot_timeline(frame, title="Pokrovsk & <b>").layout.title.text == "Pokrovsk &amp; &lt;b&gt;"
    )


@pytest.mark.parametrize("suffix", [".csv", ".json", ".parquet"])
def test_a_table_read_back_from_a_file_plots_the_same(
    frame: pd.DataFrame, figure: go.Figure, tmp_path: Path, suffix: str
) -> None:
    again = plot_timeline(read_table(write_table(frame, tmp_path / f"events{suffix}")))
    assert sorted(p.hover for p in points(again)) == sorted(p.hover for p in points(figure))


def test_an_empty_table_gives_an_empty_timeline_with_a_note() -> None:
    fig = plot_timeline(events_frame([], {}))
    assert points(fig) == []
    assert any("No dated events" in (a.text or "") for a in fig.layout.annotations)


def test_a_table_without_needed_columns_is_refused_by_name(frame: pd.DataFrame) -> None:
    with pytest.raises(
        OptionError, match="^df is not an event table: it has no column interval_start$"
    ):
        plot_timeline(frame.drop(columns=["interval_start"]))


@pytest.mark.parametrize("table", [None, [], "events.csv"])
def test_what_is_no_table_is_refused_in_one_line(table: object) -> None:
    with pytest.raises(OptionError, match="^df must be an event table .*, not ") as caught:
        plot_timeline(table)  # type: ignore[arg-type]
    assert caught.value.parameter == "df"


@pytest.mark.parametrize("fig", [None, {"data": []}, "figure"])
def test_what_is_no_figure_is_refused_before_anything_is_written(
    tmp_path: Path, fig: object
) -> None:
    with pytest.raises(OptionError, match="^fig must be a plotly Figure .*, not "):
        write_html(fig, tmp_path / "t.html")  # type: ignore[arg-type]
    with pytest.raises(OptionError, match="^fig must be a plotly Figure .*, not "):
        show_page(fig)  # type: ignore[arg-type]
    assert not list(tmp_path.iterdir())


def test_a_figure_is_written(tmp_path: Path, frame: pd.DataFrame) -> None:
    path = write_html(plot_timeline(frame), str(tmp_path / "t.html"))
    assert path == tmp_path / "t.html" and path.stat().st_size > 0


def test_optional_columns_may_be_missing_and_odd_categories_go_to_other(
    frame: pd.DataFrame,
) -> None:
    trimmed = frame.drop(columns=["url", "actors", "places", "cues", "rule", "anchor"])
    trimmed["category"] = trimmed["category"].astype("string").replace("political", "sports")
    plotted = points(plot_timeline(trimmed))
    assert len(plotted) == len(frame)
    assert "political" not in {p.category for p in plotted}
    assert sum(p.category == "other" for p in plotted) == int(
        frame["category"].isin(["political", "other"]).sum()
    )


def test_legend_toggles_categories_and_keys_outlets(figure: go.Figure) -> None:
    lanes = {t.legendgroup for t in figure.data if t.meta and t.meta.get("role") == "events"}
    assert lanes == {"battlefield", "diplomatic", "political", "humanitarian", "other"}
    outlets = [t.meta["outlet"] for t in figure.data if t.meta and t.meta.get("role") == "outlet"]
    assert outlets == ["<b>Evil</b> 'News'", "CNN", "Wire & Co"]  # in name order


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
        ("a & b", "a &amp; b"),
        ("say \"no\" 'now'", "say &#34;no&#34; &#39;now&#39;"),
        (None, ""),
    ],
)
def test_escape(text: str | None, expected: str) -> None:
    assert escape(text) == expected


def test_hostile_text_reaches_plotly_only_escaped(figure: go.Figure) -> None:
    texts = [p.hover for p in points(figure)]
    texts += [t.name or "" for t in figure.data]
    texts += [a.text or "" for a in figure.layout.annotations]
    texts += [a.hovertext or "" for a in figure.layout.annotations]
    texts += [figure.layout.title.text, figure.layout.title.subtitle.text]
    texts += list(figure.layout.yaxis.ticktext)
    joined = "\n".join(texts)
    assert "&lt;script&gt;" in joined and "&lt;img src=x" in joined
    for tag in ("<script", "<img", "<a ", "<i>nobody", "<b>Evil"):
        assert tag not in joined


def test_write_html_is_self_contained_by_default(figure: go.Figure, tmp_path: Path) -> None:
    offline = write_html(figure, tmp_path / "out" / "timeline.html")
    page = offline.read_text(encoding="utf-8")
    assert offline == tmp_path / "out" / "timeline.html"
    assert 'src="https://cdn.plot.ly' not in page
    assert len(page) > 1_000_000  # plotly.js is in the page
    assert [p.name for p in offline.parent.iterdir()] == ["timeline.html"]  # no temp file left
    cdn = write_html(figure, tmp_path / "small.html", cdn=True)
    assert "cdn.plot.ly" in cdn.read_text(encoding="utf-8")
    assert cdn.stat().st_size < 200_000


def test_the_page_embeds_the_plotly_js_its_figures_are_written_for(
    figure: go.Figure, tmp_path: Path
) -> None:
    from plotly.offline import get_plotlyjs_version

    page = write_html(figure, tmp_path / "t.html").read_text(encoding="utf-8")
    # The basic bundle (scatter and bar traces) of the version plotly writes figures for.
    assert f"plotly.js (basic - minified) v{get_plotlyjs_version()}" in page
    assert len(page) < 2_000_000


def test_the_page_holds_no_markup_from_articles(figure: go.Figure, tmp_path: Path) -> None:
    page = write_html(figure, tmp_path / "t.html", cdn=True).read_text(encoding="utf-8")
    assert "window.__xss" in page  # the payload is there, as inert data
    # plotly.js, the event data, the figure, the CDN check, nothing else
    assert page.count("<script") == 5
    data = page.split('<script type="application/json" id="tl-data">')[1].split("</script>")[0]
    assert "<" not in data and "window.__xss" in data  # no article text can close it
    assert "<img" not in page and 'href="javascript' not in page
    assert "<title>What happened when, as the articles tell it</title>" in page


def test_the_page_title_is_the_figure_title_as_plain_text(
    frame: pd.DataFrame, tmp_path: Path
) -> None:
    fig = plot_timeline(frame, title="Pokrovsk <falls> & talks")
    page = write_html(fig, tmp_path / "t.html", cdn=True).read_text(encoding="utf-8")
    assert "<title>Pokrovsk &lt;falls&gt; &amp; talks</title>" in page


def test_hostile_row_is_plotted_with_its_text_intact_for_the_panel(figure: go.Figure) -> None:
    hostile = [p for p in points(figure) if p.details["outlet"] == "<b>Evil</b> 'News'"]
    assert len(hostile) == 1
    # raw: the page shows it with textContent
    assert hostile[0].details["before"] + hostile[0].details["marked"] == "On Monday"
    assert hostile[0].details["after"] == HOSTILE.removeprefix("On Monday")


def test_write_png_draws_the_figure(figure: go.Figure, tmp_path: Path) -> None:
    pytest.importorskip("kaleido", reason="kaleido is not installed")
    if not any(Path(p).exists() for p in ("/usr/bin/chromium", "/usr/bin/google-chrome")):
        pytest.skip("no Chrome or Chromium to draw with")
    png = write_png(figure, tmp_path / "timeline.png", width=1000, scale=1)
    header = png.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(header[16:20], "big") == 1000  # width
    assert int.from_bytes(header[20:24], "big") == figure.layout.height


def test_write_png_without_a_browser_says_what_is_missing(
    figure: go.Figure, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("kaleido", reason="kaleido is not installed")
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-such-browser"))
    with pytest.raises(OptionError, match="needs Chrome or Chromium"):
        write_png(figure, tmp_path / "timeline.png")
    assert list(tmp_path.iterdir()) == []


def test_dates_of_the_first_centuries_reach_plotly_as_four_digit_years() -> None:
    article = make_article("Talks were held on Monday.", date(1, 12, 3), id="one")
    fig = plot_timeline(
        events_frame([make_event(article, "on Monday", date(1, 12, 1))], {"one": article})
    )
    told = next(t for t in fig.data if t.meta and t.meta.get("role") == "told")
    stamps = [x for x in told.x if x is not None] + [p.x.isoformat() for p in points(fig)]
    stamps += [a.x for a in fig.layout.annotations if a.name == "told"]
    stamps += list(fig.layout.xaxis.range)
    assert stamps and all(re.match(r"0001-1[12]-\d\d", str(s)) for s in stamps), stamps


PLOTLY_DATE = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d")  # plotly.js reads years 0000-9999


@pytest.mark.parametrize(
    ("start", "end", "granularity"),
    [
        (date(1, 1, 1), date(1, 1, 1), "day"),
        (date(1, 1, 1), date(100, 12, 31), "century"),
        (date(101, 1, 1), date(200, 12, 31), "century"),
        (date(9999, 12, 31), date(9999, 12, 31), "day"),
        (date(9901, 1, 1), date(9999, 12, 31), "century"),
        (date(1900, 1, 1), date(1999, 12, 31), "century"),  # negative: far from the edges
        (date(2024, 1, 1), date(2024, 1, 1), "day"),  # negative: 1 January of a leap year
    ],
)
def test_the_view_of_dates_far_from_the_telling_stays_within_plotlys_calendar(
    start: date, end: date, granularity: Granularity
) -> None:
    article = make_article("The temple was built then, they said.", date(2025, 12, 3), id="t")
    event = make_event(article, "then", start, end, granularity=granularity)
    low, high = plot_timeline(events_frame([event], {"t": article})).layout.xaxis.range
    assert PLOTLY_DATE.fullmatch(low) and PLOTLY_DATE.fullmatch(high), (low, high)
    assert low < high


def test_a_notebook_shows_the_whole_page_in_a_sandboxed_frame(figure: go.Figure) -> None:
    shown = show_page(figure, cdn=True)._repr_html_()
    assert shown.startswith('<iframe srcdoc="') and 'sandbox="allow-scripts"' in shown
    page = html.unescape(shown.split('srcdoc="')[1].split('"')[0])
    assert 'id="tl-data"' in page and 'id="tl-table"' in page
    assert "<script" not in shown  # the page's markup is inside the attribute, escaped


def test_an_article_without_an_outlet_is_named_by_its_id() -> None:
    articles = {
        i: make_article("The bridge reopened on Monday.", date(2025, 12, 3), id=i, outlet="")
        for i in ("2025-12-03-wire", "2025-12-03-daily")
    }
    events = [make_event(a, "on Monday", date(2025, 12, 1)) for a in articles.values()]
    fig = plot_timeline(events_frame(events, articles))
    keyed = sorted(t.meta["outlet"] for t in fig.data if t.meta and t.meta.get("role") == "outlet")
    assert keyed == ["2025-12-03-daily", "2025-12-03-wire"]  # two articles, two symbols
    assert {p.details["outlet"] for p in points(fig)} == set(keyed)


def test_outlets_get_a_key_only_while_their_shapes_tell_them_apart() -> None:
    def keyed(count: int) -> list[str]:
        articles = {
            f"a{i:02}": make_article(
                "The bridge reopened on Monday.",
                date(2025, 12, 3),
                id=f"a{i:02}",
                outlet=f"O{i:02}",
            )
            for i in range(count)
        }
        events = [make_event(a, "on Monday", date(2025, 12, 1)) for a in articles.values()]
        fig = plot_timeline(events_frame(events, articles))
        assert {p.details["outlet"] for p in points(fig)} == {f"O{i:02}" for i in range(count)}
        return [t.meta["outlet"] for t in fig.data if t.meta and t.meta.get("role") == "outlet"]

    assert len(keyed(len(OUTLET_SYMBOLS))) == len(OUTLET_SYMBOLS)
    # past as many outlets as shapes, shapes repeat: a key would be a long list that tells
    # nothing apart, pushing the timeline off the screen
    assert keyed(len(OUTLET_SYMBOLS) + 1) == []
