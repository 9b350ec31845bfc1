"""The event table as an interactive timeline: a Plotly figure and a self-contained HTML page.

:func:`plot_timeline` draws one lane per category, day-precise events as markers and
vaguer dates (week, month, season, year) as translucent spans over their whole
interval, with the articles' publication dates as thin "told on" marks.
:func:`write_html` wraps the figure in a page with a word filter, outlet toggles
and a details panel.

Article text is untrusted. Plotly renders a subset of HTML in hover text, legends
and labels, so every text taken from the table goes through :func:`escape`; the
page's script writes article text with ``textContent`` only.
"""

from __future__ import annotations

import functools
import html
import itertools
import json
import math
import re
import textwrap
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from timeline.errors import OptionError, first_line
from timeline.model import CATEGORIES
from timeline.output import check_output
from timeline.table import check_frame, write_atomically
from timeline.text import counted, squash

# Okabe and Ito's palette, told apart with any colour vision; lanes and shapes say it again.
CATEGORY_COLORS = {
    "battlefield": "#d55e00",
    "diplomatic": "#0072b2",
    "political": "#cc79a7",
    "economic": "#e69f00",
    "humanitarian": "#009e73",
    "other": "#6f6f6f",
}
# Plotly marker symbols for outlets. An outlet's symbol comes from its name, so a filtered
# table draws each outlet as the full table does.
OUTLET_SYMBOLS = (
    "circle", "square", "diamond", "triangle-up", "pentagon", "hexagon", "star",
    "triangle-down", "cross", "x", "hourglass", "star-square", "triangle-left",
    "diamond-wide", "octagon", "triangle-right", "star-diamond", "bowtie", "hexagram",
    "diamond-tall",
)  # fmt: skip
MOD_WORDS = {
    "START": "early part",
    "MID": "middle",
    "END": "late part",
    "EARLY": "early",
    "LATE": "late",
    "APPROX": "approximately",
    "BEFORE": "before",
    "AFTER": "after",
    "ON_OR_BEFORE": "on or before",
    "ON_OR_AFTER": "on or after",
    "LESS_THAN": "less than",
    "MORE_THAN": "more than",
    "EQUAL_OR_LESS": "at most",
    "EQUAL_OR_MORE": "at least",
}
REQUIRED_COLUMNS = (
    "event_id",
    "cluster_id",
    "article_id",
    "outlet",
    "published",
    "title",
    "expression",
    "interval_start",
    "interval_end",
    "granularity",
    "mod",
    "category",
    "claimed_by",
    "stance",
    "sentence",
    "char_start",
    "sentence_start",
    "cluster_size",
    "cluster_outlets",
    "date_conflict",
)
# What each event carries to the page's script, in ``customdata`` order (raw text:
# the script shows it with textContent).
DETAIL_FIELDS = (
    "event_id",
    "cluster_id",
    "outlet",
    "search",
    "category",
    "title",
    "expression",
    "dates",
    "before",
    "marked",
    "after",
    "told",
    "claim",
    "cluster",
    "conflict",
    "url",
    "headline",
)
HEADLINE_CHARS = 60

DAY = pd.Timedelta(days=1)
FOCUS_SHARE = 0.8  # the default view shows the shortest stretch holding this share of events
# ... but no more located events than this: more are a blur at a screen's width, and a page
# draws only the marks in view, so the opening view also bounds its first render.
FOCUS_MOST = 600
MIN_FOCUS = pd.Timedelta(days=10)
PRECISE = pd.Timedelta(days=8)  # a week at most: precise enough to say where the story is
# The first and last moments of the calendar plotly.js draws (four-digit years); a view of
# events near either edge is padded no further.
FIRST_MOMENT = pd.Timestamp("0001-01-01")
LAST_MOMENT = pd.Timestamp("9999-12-31 23:59")
ROW_PX = 26
MIN_LANE_ROWS = 1.8
MAX_LANE_ROWS = 12
WRAP = 88
EXACT_ALPHA = 0.42
FUZZY_ALPHA = 0.16
CONFLICT_COLOR = "#111111"
TOLD_COLOR = "#7f8c8d"
MAX_TOLD_LEVELS = 3  # rows of publication labels above the lanes
PLOT_WIDTH_PX = 900  # assumed width of the plot area, to keep labels and markers apart


def escape(text: object) -> str:
    """``text`` made inert for Plotly's HTML-like labels: ``& < > " '`` become entities.

    Plotly decodes only numeric entities and a few named ones, so quotes use numeric ones.
    """
    return html.escape(_text(text), quote=False).replace('"', "&#34;").replace("'", "&#39;")


def plot_timeline(df: pd.DataFrame, *, title: str | None = None) -> go.Figure:
    """An interactive timeline of the event table ``df`` (see ``timeline.table.EVENT_SCHEMA``).

    One lane per category (battlefield and diplomatic on top), one mark per row:
    day-precise events as markers, vaguer dates as spans over their interval,
    approximate ones paler. ``df`` may be any filtered copy of the event table; one
    that is not an event table raises :class:`OptionError`.
    """
    events = _prepare(check_frame(df, REQUIRED_COLUMNS, name="df"))
    outlets = _outlet_symbols(events)
    layout = _Layout.of(events)
    figure = go.Figure()
    for category in layout.lanes:
        lane = events[events["category"] == category]
        _add_lane(figure, lane, category, layout, outlets)
    _add_conflict_brackets(figure, events, layout)
    _add_told_marks(figure, events, layout)
    _add_outlet_key(figure, outlets)
    _style(figure, events, layout, title)
    return figure


def write_html(fig: go.Figure, path: str | Path, *, cdn: bool = False) -> Path:
    """Write ``fig`` as one HTML page with a word filter and a details panel, atomically.

    The page embeds plotly.js and works offline; ``cdn=True`` loads it from the
    Plotly CDN instead (a much smaller file that needs the network).
    """
    page = _page(fig, cdn=cdn)

    def write(tmp: Path) -> None:
        tmp.write_text(page, encoding="utf-8")

    return write_atomically(path, write)


@dataclass(frozen=True)
class Page:
    """The whole timeline page (labels, filter, panel, table view), shown inline by Jupyter.

    It is drawn in a sandboxed iframe, so its script and style stay apart from the notebook's.
    """

    html: str
    height: int = 900

    def _repr_html_(self) -> str:
        return (
            f'<iframe srcdoc="{html.escape(self.html, quote=True)}" sandbox="allow-scripts" '
            f'style="width: 100%; height: {self.height}px; border: 0" '
            'title="Timeline page"></iframe>'
        )


def show_page(fig: go.Figure, *, cdn: bool = False, height: int = 900) -> Page:
    """The page :func:`write_html` writes, as an object a notebook displays inline."""
    return Page(_page(fig, cdn=cdn), height)


def write_png(fig: go.Figure, path: str | Path, *, width: int = 1400, scale: float = 2) -> Path:
    """Write ``fig`` as a PNG image, atomically.

    Needs the ``png`` extra (kaleido) and Chrome or Chromium on the machine.
    """
    _check_figure(fig)
    try:
        import kaleido  # noqa: F401  (plotly uses it; checked here to say how to get it)
    except ImportError as err:
        raise OptionError("PNG export needs kaleido: pip install 'timeline[png]'") from err
    target = check_output(path)

    def write(tmp: Path) -> None:
        try:
            fig.write_image(tmp, format="png", width=width, height=fig.layout.height, scale=scale)
        except RuntimeError as err:
            raise OptionError(
                f"{target}: cannot draw the PNG ({first_line(err)}); it needs Chrome or Chromium "
                "installed"
            ) from err

    return write_atomically(target, write)


# --- the events: where each one goes -------------------------------------------------------


def _prepare(df: pd.DataFrame) -> pd.DataFrame:
    events = df.reset_index(drop=True).copy()
    events = events[events["interval_start"].notna() & events["interval_end"].notna()]
    events["category"] = (
        events["category"].astype("string").fillna("other").where(lambda c: c.isin(CATEGORIES))
    ).fillna("other")
    events["start"] = pd.to_datetime(events["interval_start"]).dt.normalize()
    events["end"] = pd.to_datetime(events["interval_end"]).dt.normalize() + DAY
    events["is_span"] = (events["end"] - events["start"]) > DAY
    events["mod"] = events["mod"].astype("string").fillna("")
    events["fuzzy"] = events["mod"] != ""
    outlet = events["outlet"].astype("string").fillna("")
    events["outlet"] = outlet.mask(outlet == "", events["article_id"])  # as Article.teller
    events["conflict"] = events["date_conflict"].astype("boolean").fillna(False).astype(bool)
    return events.sort_values(["start", "cluster_id", "published", "event_id"]).reset_index(
        drop=True
    )


def _outlet_symbols(events: pd.DataFrame) -> dict[str, str]:
    """Each outlet's symbol, chosen by its name: the same in any slice of the table.

    Two outlets whose names pick the same symbol take the next free ones, in name order.
    The outlets come in name order too, so the key's order is the same in any slice.
    """
    taken: set[str] = set()
    symbols = {}
    for name in sorted(set(events["outlet"])):
        at = zlib.crc32(name.encode("utf-8")) % len(OUTLET_SYMBOLS)
        for step in range(len(OUTLET_SYMBOLS)):
            symbol = OUTLET_SYMBOLS[(at + step) % len(OUTLET_SYMBOLS)]
            if symbol not in taken:
                break
        else:
            symbol = OUTLET_SYMBOLS[at]  # more outlets than symbols: shapes repeat
        taken.add(symbol)
        symbols[name] = symbol
    return symbols


@dataclass(frozen=True)
class _Layout:
    """Where things go: the lanes, each event's row, the default window."""

    lanes: tuple[str, ...]
    rows: dict[int, float]  # event index -> y (lane rows count down from 0 at the top)
    lane_spans: dict[str, tuple[float, float]]
    told_rows: int
    window: tuple[pd.Timestamp, pd.Timestamp]

    @property
    def bottom(self) -> float:
        return max((end for _, end in self.lane_spans.values()), default=1.0)

    @classmethod
    def of(cls, events: pd.DataFrame) -> _Layout:
        window = _focus_window(events)
        pad = (window[1] - window[0]) * 12 / PLOT_WIDTH_PX  # about a marker's width
        lanes = tuple(c for c in CATEGORIES if (events["category"] == c).any()) or ("other",)
        rows: dict[int, float] = {}
        lane_spans: dict[str, tuple[float, float]] = {}
        top = 0.0
        for category in lanes:
            lane = events[events["category"] == category]
            left = lane["start"].where(lane["is_span"], lane["start"] + DAY / 2 - pad)
            right = lane["end"].where(lane["is_span"], lane["start"] + DAY / 2 + pad)
            # Past MAX_LANE_ROWS rows marks share rows again, so a busy day cannot
            # stretch a lane down the page.
            stacked = _stack(list(zip(left, right + pad / 2, strict=True)))
            slots = [slot % MAX_LANE_ROWS for slot in stacked]
            used = max(slots, default=0) + 1
            height = max(used, MIN_LANE_ROWS)
            for index, slot in zip(lane.index, slots, strict=True):
                rows[index] = top + (height - used) / 2 + slot + 0.5
            lane_spans[category] = (top, top + height)
            top += height
        told = _told(events)
        levels = [level for level, _ in _told_places(told, window)]
        told_rows = min(max(levels, default=-1) + 1, MAX_TOLD_LEVELS)
        return cls(lanes, rows, lane_spans, told_rows, window)


def _stack(extents: Sequence[tuple[pd.Timestamp, pd.Timestamp]]) -> list[int]:
    """First-fit rows: each extent takes the lowest row free at its start (extents sorted)."""
    row_ends: list[pd.Timestamp] = []
    slots = []
    for left, right in extents:
        for slot, end in enumerate(row_ends):
            if end <= left:
                row_ends[slot] = right
                break
        else:
            slot = len(row_ends)
            row_ends.append(right)
        slots.append(slot)
    return slots


def _focus_window(events: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The shortest stretch holding most publication dates and events (at most
    ``FOCUS_MOST`` of them), padded.

    Events known to the day or week say where the story is; months and years
    ("in 2022", "this year") are background and only count when nothing is precise.
    """
    precise = events[events["end"] - events["start"] <= PRECISE]
    located = precise if len(precise) else events
    points = pd.concat(
        [located["start"] + (located["end"] - located["start"]) / 2, _told(events)["day"] + DAY / 2]
    ).sort_values()
    if points.empty:
        return pd.Timestamp("2000-01-01"), pd.Timestamp("2000-01-01") + MIN_FOCUS
    values = list(points)
    keep = max(1, min(math.ceil(FOCUS_SHARE * len(values)), FOCUS_MOST))
    first = min(range(len(values) - keep + 1), key=lambda i: values[i + keep - 1] - values[i])
    low, high = values[first], values[first + keep - 1]
    if high - low < MIN_FOCUS:
        middle = low + (high - low) / 2
        low, high = middle - MIN_FOCUS / 2, middle + MIN_FOCUS / 2
    # Articles published just outside the stretch stay in view: "told on" is part of the story.
    reach = (high - low) / 2
    told = _told(events)["day"] + DAY / 2
    near = list(told[(told >= low - reach) & (told <= high + reach)])
    low, high = min([low, *near]), max([high, *near])
    pad = (high - low) * 0.06 + DAY
    return max((low - pad).normalize(), FIRST_MOMENT), min((high + pad).normalize(), LAST_MOMENT)


def _told(events: pd.DataFrame) -> pd.DataFrame:
    """One row per publication day: the day and the outlets that published on it."""
    articles = events.drop_duplicates("article_id").dropna(subset=["published"])
    articles = articles.assign(day=pd.to_datetime(articles["published"]).dt.normalize())
    rows = []
    for day, group in articles.groupby("day", sort=True):
        outlets = list(dict.fromkeys(group["outlet"]))
        rows.append({"day": day, "outlets": outlets})
    return pd.DataFrame(rows, columns=["day", "outlets"])


def _told_label(outlets: Sequence[str]) -> str:
    return outlets[0] if len(outlets) == 1 else f"{outlets[0]} +{len(outlets) - 1}"


def _told_places(
    told: pd.DataFrame, window: tuple[pd.Timestamp, pd.Timestamp]
) -> list[tuple[int, bool]]:
    """Each publication label's level in the "told on" strip, and whether it hangs left
    of its mark (near the right edge of the view) so it is not cut off."""
    per_char = (window[1] - window[0]) * 7 / PLOT_WIDTH_PX
    extents, hangs = [], []
    for day, outlets in zip(told["day"], told["outlets"], strict=True):
        mark = day + DAY / 2
        width = per_char * (len(_told_label(outlets)) + 3)
        hang = mark + width > window[1] and mark - width > window[0]
        extents.append((mark - width, mark) if hang else (mark, mark + width))
        hangs.append(hang)
    order = sorted(range(len(extents)), key=lambda i: extents[i][0])
    levels = dict(zip(order, _stack([extents[i] for i in order]), strict=True))
    return [(levels[i], hangs[i]) for i in range(len(extents))]


# --- words: dates, hover text, details --------------------------------------------------------


def describe_dates(
    start: pd.Timestamp, end: pd.Timestamp, granularity: object = "", mod: str = ""
) -> str:
    """A normalised date or span in words: "Sun 30 Nov 2025", "24–30 Nov 2025 (week)".

    ``start`` and ``end`` are inclusive days.
    """
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    whole_months = start.day == 1 and (end + DAY).day == 1
    if start == end:
        text = f"{start:%a} {start.day} {start:%b %Y}"
    elif whole_months and start.month == 1 and end.month == 12 and start.year == end.year:
        text = f"{start.year}"
    elif whole_months and (start.year, start.month) == (end.year, end.month):
        text = f"{start:%b %Y}"
    elif whole_months:
        first = f"{start:%b}" if start.year == end.year else f"{start:%b %Y}"
        text = f"{first} – {end:%b %Y}"
    elif (start.year, start.month) == (end.year, end.month):
        text = f"{start.day}–{end.day} {end:%b %Y}"
    elif start.year == end.year:
        text = f"{start.day} {start:%b} – {end.day} {end:%b %Y}"
    else:
        text = f"{start.day} {start:%b %Y} – {end.day} {end:%b %Y}"
    notes = [w for w in (_granularity_word(granularity, start, end), MOD_WORDS.get(mod, "")) if w]
    return f"{text} ({', '.join(notes)})" if notes else text


def _granularity_word(granularity: object, start: pd.Timestamp, end: pd.Timestamp) -> str:
    """The precision, unless the dates already say it ("Aug 2025" is a month)."""
    if not isinstance(granularity, str) or granularity in ("day", "time"):
        return ""
    whole_month = start.day == 1 and end == start + pd.offsets.MonthEnd(0)
    whole_year = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    if (granularity == "month" and whole_month) or (granularity == "year" and whole_year):
        return ""
    return granularity


def _split_sentence(sentence: str, expression: str, offset: int) -> tuple[str, str, str]:
    """``sentence`` cut around ``expression``: the occurrence nearest before ``offset``.

    ``offset`` is the expression's offset in the unsquashed sentence; squashing only
    removes characters, so the right occurrence starts at or before it.
    """
    found = _occurrences(sentence, expression)
    if not expression or not found:
        return sentence, "", ""
    before_offset = [i for i in found if i <= offset]
    at = max(before_offset) if before_offset else found[0]
    return sentence[:at], expression, sentence[at + len(expression) :]


def _occurrences(text: str, part: str) -> list[int]:
    found, at = [], text.find(part) if part else -1
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


def _wrap_marked(before: str, marked: str, after: str) -> str:
    """Escaped HTML of a sentence wrapped to lines, with its expression in bold."""
    sentence = before + marked + after
    bounds = (len(before), len(before) + len(marked))
    # Pieces of words, cut at the expression's ends: (text, bold, follows a space).
    pieces: list[tuple[str, bool, bool]] = []
    for word in re.finditer(r"\S+", sentence):
        cuts = sorted(
            {word.start(), word.end(), *(b for b in bounds if word.start() < b < word.end())}
        )
        for left, right in itertools.pairwise(cuts):
            bold = bounds[0] <= left < bounds[1]
            pieces.append((sentence[left:right], bold, left == word.start()))
    lines: list[list[tuple[str, bool, bool]]] = [[]]
    width = 0
    for piece in pieces:
        if piece[2] and lines[-1] and width + 1 + len(piece[0]) > WRAP:
            lines.append([])
            width = 0
        lines[-1].append(piece)
        width += len(piece[0]) + piece[2]
    return "<br>".join(_line_html(line) for line in lines)


def _line_html(line: Sequence[tuple[str, bool, bool]]) -> str:
    out = []
    for bold, group in itertools.groupby(enumerate(line), key=lambda item: item[1][1]):
        run = [(at, text, spaced) for at, (text, _, spaced) in group]
        lead = " " if run[0][2] and run[0][0] > 0 else ""
        body = escape(
            "".join((" " if spaced and k else "") + t for k, (_, t, spaced) in enumerate(run))
        )
        out.append(lead + (f"<b>{body}</b>" if bold else body))
    return "".join(out)


def _wrapped(text: str) -> str:
    return "<br>".join(escape(line) for line in textwrap.wrap(text, WRAP)) or ""


SEARCHED_COLUMNS = (
    "title", "sentence", "expression", "outlet", "actors", "places", "claimed_by", "category",
)  # fmt: skip


def _text(value: object) -> str:
    """A cell as text; missing values are empty."""
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _details(row: Mapping[str, Any]) -> dict[str, str]:
    """What the page says about one event, as plain (unescaped) text."""
    offset = int(row["char_start"]) - int(row["sentence_start"])
    sentence, expression = _text(row["sentence"]), _text(row["expression"])
    before, marked, after = _split_sentence(sentence, expression, offset)
    claimed_by, stance = _text(row["claimed_by"]), _text(row["stance"])
    claim = f"Claimed by {claimed_by}" if claimed_by else ""
    if stance:
        claim = f"{claim} ({stance})" if claim else f"Stance: {stance}"
    size = int(row["cluster_size"]) if pd.notna(row["cluster_size"]) else 1
    outlet, published = _text(row["outlet"]), row["published"]
    title = _text(row["title"])
    return {
        "headline": _headline(_text(row.get("cluster_title")) or title or sentence),
        "event_id": _text(row["event_id"]),
        "cluster_id": _text(row["cluster_id"]),
        "outlet": outlet,
        "search": " ".join(_text(row.get(c)) for c in SEARCHED_COLUMNS).lower(),
        "category": _text(row["category"]),
        "title": "" if squash(title) in sentence else title,
        "expression": expression,
        "dates": describe_dates(row["start"], row["end"] - DAY, row["granularity"], row["mod"]),
        "before": before,
        "marked": marked,
        "after": after,
        "told": f"{outlet}, told on {describe_dates(published, published)}"
        if pd.notna(published)
        else outlet,
        "claim": claim,
        "cluster": f"Reported {size} times, by {_text(row['cluster_outlets'])}" if size > 1 else "",
        "conflict": "The reports of this event disagree on its date." if row["conflict"] else "",
        "url": _text(row.get("url")),
    }


def _headline(text: str) -> str:
    """``text`` short enough to label a mark: cut at a word, with an ellipsis."""
    text = squash(text)
    if len(text) <= HEADLINE_CHARS:
        return text
    cut = text[: HEADLINE_CHARS - 1].rsplit(" ", 1)[0].rstrip(",;:—–-")
    return cut + "…"


def _hover(details: dict[str, str]) -> str:
    lines = [f"<b>{_wrapped(details['title'])}</b>"] if details["title"] else []
    lines += [
        f"“{escape(details['expression'])}” → <b>{escape(details['dates'])}</b>",
        _wrap_marked(details["before"], details["marked"], details["after"]),
        f"<i>{escape(details['told'])}</i>",
    ]
    lines += [escape(details[k]) for k in ("claim", "cluster") if details[k]]
    if details["conflict"]:
        lines.append(f"<b>⚠ {escape(details['conflict'])}</b>")
    return "<br>".join(lines)


# --- traces --------------------------------------------------------------------------------


def _iso(moment: pd.Timestamp) -> str:
    """A date Plotly reads, four-digit year included (strftime writes the year 1 as "1")."""
    return (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
        f" {moment.hour:02d}:{moment.minute:02d}"
    )


def _rgba(color: str, alpha: float) -> str:
    red, green, blue = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red},{green},{blue},{alpha})"


def _add_lane(
    figure: go.Figure,
    lane: pd.DataFrame,
    category: str,
    layout: _Layout,
    outlets: dict[str, str],
) -> None:
    """One lane: its legend swatch, its reports, and one mark for each group of reports of
    one story (the reports in it are in the figure, undrawn, for the page to open)."""
    color = CATEGORY_COLORS[category]
    # Rows as plain dicts: reading a cell of a pandas row costs as much as the rest of _details.
    rows = lane.to_dict("records")
    details = {index: _details(row) for index, row in zip(lane.index, rows, strict=True)}
    # The legend entry is a plain swatch; the event traces toggle with it as one group.
    figure.add_trace(
        go.Scatter(
            x=[None],
            y=[None],
            mode="markers",
            marker={"symbol": "square", "size": 12, "color": color},
            name=escape(category.capitalize()),
            legendgroup=category,
            hoverinfo="skip",
            meta={"role": "lane", "category": category},
        )
    )
    groups = _groups(lane, layout)
    grouped = lane.index.isin([index for group in groups for index in group])
    _add_reports(figure, lane[~grouped], category, layout, outlets, details, drawn=True)
    _add_reports(figure, lane[grouped], category, layout, outlets, details, drawn=False)
    _add_groups(figure, lane, groups, category, layout, details)


def _middle(events: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Where each event is drawn: a span from its start to its end, a day at midday."""
    left = events["start"].where(events["is_span"], events["start"] + DAY / 2)
    right = events["end"].where(events["is_span"], events["start"] + DAY / 2)
    return left, right


def _groups(lane: pd.DataFrame, layout: _Layout) -> list[list[int]]:
    """The lane's groups of several reports of one story (``cluster_id``), each as its rows
    with the story's date first: the date most of them give, the earliest on a tie.

    Worked out for all stories at once: a pandas operation per story cost more than the rest
    of the figure on a large table."""
    left, _ = _middle(lane)
    reports = pd.DataFrame(
        {
            "story": lane["cluster_id"].astype("string").fillna(""),
            "left": left,
            "row": [layout.rows[i] for i in lane.index],
            "order": range(len(lane)),
        },
        index=lane.index,
    )
    reports = reports[reports["story"] != ""]
    reports = reports[reports.groupby("story")["order"].transform("size") >= 2]
    reports["votes"] = reports.groupby(["story", "left"])["order"].transform("size")
    reports = reports.sort_values(
        ["story", "votes", "left", "row", "order"], ascending=[True, False, True, True, True]
    )
    return [
        [index for _, index in members]
        for _, members in itertools.groupby(
            zip(reports["story"], reports.index, strict=True), key=lambda pair: pair[0]
        )
    ]


def _add_reports(
    figure: go.Figure,
    part: pd.DataFrame,
    category: str,
    layout: _Layout,
    outlets: dict[str, str],
    details: dict[int, dict[str, str]],
    *,
    drawn: bool,
) -> None:
    """The reports of ``part``: spans as bars, days as markers. Undrawn reports (those in a
    group's mark) are transparent and answer no hover."""
    if part.empty:
        return
    color = CATEGORY_COLORS[category]
    common: dict[str, object] = {
        "name": escape(category.capitalize()),
        "legendgroup": category,
        "meta": {"role": "events", "category": category},
        "showlegend": False,
        # A pinned event and the other reports of it stay bright; the rest fade.
        "selected": {"marker": {"opacity": 1}},
        "unselected": {"marker": {"opacity": 0.2}},
    }
    if drawn:
        common["hovertemplate"] = "%{hovertext}<extra></extra>"
    else:
        common["hoverinfo"] = "skip"
    opacity = {} if drawn else {"opacity": 0}
    spans = part[part["is_span"]]
    if not spans.empty:
        figure.add_trace(
            go.Bar(
                orientation="h",
                base=[_iso(day) for day in spans["start"]],
                x=((spans["end"] - spans["start"]) / pd.Timedelta(milliseconds=1)).tolist(),
                y=[layout.rows[i] for i in spans.index],
                width=0.62,
                marker={
                    "color": [
                        _rgba(color, FUZZY_ALPHA if f else EXACT_ALPHA) for f in spans["fuzzy"]
                    ],
                    "line": {
                        "color": [CONFLICT_COLOR if c else color for c in spans["conflict"]],
                        "width": [2.5 if c else 1 for c in spans["conflict"]],
                    },
                    **opacity,
                },
                hovertext=[_hover(details[i]) for i in spans.index],
                customdata=[[details[i][f] for f in DETAIL_FIELDS] for i in spans.index],
                **common,
            )
        )
    days = part[~part["is_span"]]
    if not days.empty:
        figure.add_trace(
            go.Scatter(
                mode="markers",
                x=[_iso(day + DAY / 2) for day in days["start"]],
                y=[layout.rows[i] for i in days.index],
                marker={
                    "symbol": [
                        outlets[o] + ("-open" if f else "")
                        for o, f in zip(days["outlet"], days["fuzzy"], strict=True)
                    ],
                    "size": 12,
                    "color": color,
                    "line": {
                        "color": [CONFLICT_COLOR if c else "white" for c in days["conflict"]],
                        "width": [2.5 if c else 1 for c in days["conflict"]],
                    },
                    **opacity,
                },
                hovertext=[_hover(details[i]) for i in days.index],
                customdata=[[details[i][f] for f in DETAIL_FIELDS] for i in days.index],
                **common,
            )
        )


def _add_groups(
    figure: go.Figure,
    lane: pd.DataFrame,
    groups: list[list[int]],
    category: str,
    layout: _Layout,
    details: dict[int, dict[str, str]],
) -> None:
    """One round mark per group of reports, in the lane's colour with their number inside,
    at the story's date; a dark ring when they disagree on the date."""
    if not groups:
        return
    left, right = _middle(lane)
    anchors = [group[0] for group in groups]
    disagree = [bool(lane.loc[group, "conflict"].any()) for group in groups]
    figure.add_trace(
        go.Scatter(
            mode="markers+text",
            x=[_iso(left[i] + (right[i] - left[i]) / 2) for i in anchors],
            y=[layout.rows[i] for i in anchors],
            text=[str(len(group)) for group in groups],
            textposition="middle center",
            textfont={"color": "white", "size": 11},
            marker={
                "symbol": "circle",
                "size": 22,
                "color": CATEGORY_COLORS[category],
                "line": {
                    "width": 2,
                    "color": [CONFLICT_COLOR if d else "white" for d in disagree],
                },
            },
            hovertext=[_group_hover(group, details) for group in groups],
            hovertemplate="%{hovertext}<extra></extra>",
            name=escape(category.capitalize()),
            legendgroup=category,
            showlegend=False,
            meta={"role": "groups", "category": category},
        )
    )


def _group_hover(group: list[int], details: dict[int, dict[str, str]]) -> str:
    """A group's hover text: the story and the date each report gives."""
    first = details[group[0]]
    lines = [f"<b>{_wrapped(first['headline'])}</b>", f"{len(group)} reports, drawn as one mark:"]
    lines += [f"{escape(details[i]['outlet'])}: {escape(details[i]['dates'])}" for i in group[:12]]
    if len(group) > 12:
        lines.append(f"and {len(group) - 12} more")
    if first["conflict"]:
        lines.append(f"<b>⚠ {escape(first['conflict'])}</b>")
    return "<br>".join(lines)


def _add_conflict_brackets(figure: go.Figure, events: pd.DataFrame, layout: _Layout) -> None:
    """A bracket over each cluster whose reports disagree, from the earliest date told to
    the latest: the disagreement shows without hovering."""
    left = events["start"].where(events["is_span"], events["start"] + DAY / 2)
    right = events["end"].where(events["is_span"], events["start"] + DAY / 2)
    xs: list[str | None] = []
    ys: list[float | None] = []
    for _, cluster in events[events["conflict"]].groupby("cluster_id", sort=True):
        low, high = left[cluster.index].min(), right[cluster.index].max()
        if len(cluster) < 2 or low == high:
            continue
        top = min(layout.rows[i] for i in cluster.index) - 0.42
        xs += [_iso(low), _iso(low), _iso(high), _iso(high), None]
        ys += [top + 0.16, top, top, top + 0.16, None]
    if xs:
        figure.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                line={"color": CONFLICT_COLOR, "width": 1.5},
                hoverinfo="skip",
                name="The reports disagree: the dates they give",
                legendgroup="conflict",
                meta={"role": "conflict"},
            )
        )


def _add_told_marks(figure: go.Figure, events: pd.DataFrame, layout: _Layout) -> None:
    told = _told(events)
    if told.empty:
        return
    places = _told_places(told, layout.window)
    label_y = [-0.6 - 0.9 * level for level, _ in places]
    xs: list[str | None] = []
    ys: list[float | None] = []
    for day, y in zip(told["day"], label_y, strict=True):
        stamp = _iso(day + DAY / 2)
        xs += [stamp, stamp, None]
        ys += [y, layout.bottom, None]
    figure.add_trace(
        go.Scatter(
            x=xs,
            y=ys,
            mode="lines",
            line={"color": TOLD_COLOR, "width": 1, "dash": "dot"},
            hoverinfo="skip",
            name="Told on (publication date)",
            legendgroup="told",
            meta={"role": "told"},
        )
    )
    per_article = events.groupby("article_id", sort=False).size()
    articles = events.drop_duplicates("article_id").dropna(subset=["published"])
    articles = articles.assign(day=pd.to_datetime(articles["published"]).dt.normalize())
    by_day = dict(list(articles.groupby("day", sort=False)))
    notes = []
    for day, outlets, y, (level, hang) in zip(
        told["day"], told["outlets"], label_y, places, strict=True
    ):
        if level >= MAX_TOLD_LEVELS:
            continue  # the dotted line stays; its label would push the lanes down the page
        lines = [f"<b>Told on {escape(describe_dates(day, day))}</b>"]
        for article_id, outlet in zip(
            by_day[day]["article_id"], by_day[day]["outlet"], strict=True
        ):
            count = int(per_article[article_id])
            lines.append(f"{escape(outlet)}: {count} dated event{'s' * (count != 1)}")
        label = escape(_told_label(outlets))
        notes.append(
            go.layout.Annotation(
                x=_iso(day + DAY / 2),
                y=y,
                text=f"{label} ▼" if hang else f"▼ {label}",
                hovertext="<br>".join(lines),
                showarrow=False,
                xanchor="right" if hang else "left",
                xshift=5 if hang else -5,
                font={"size": 11, "color": "#566573"},
                name="told",
            )
        )
    # One assignment: adding annotations one by one copies the list each time.
    figure.layout.annotations = [*figure.layout.annotations, *notes]


def _add_outlet_key(figure: go.Figure, outlets: dict[str, str]) -> None:
    """A key of the outlets' shapes, while they tell the outlets apart: past as many outlets
    as shapes, shapes repeat and the key would only push the timeline down (a corpus of
    hundreds of articles without outlets is keyed by article); each mark still names its
    outlet when hovered, and the filter finds it."""
    if len(outlets) > len(OUTLET_SYMBOLS):
        return
    for outlet, symbol in outlets.items():
        figure.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                marker={"symbol": symbol, "size": 10, "color": "#566573"},
                name=escape(outlet),
                legend="legend2",
                hoverinfo="skip",
                meta={"role": "outlet", "outlet": outlet},
            )
        )


# --- layout --------------------------------------------------------------------------------

KEY = (
    "● a day   ○ about a day   ▬ a week, month, season or year (paler: about)",
    "◉ dark ring and ⊓ bracket: the reports disagree on the date   "
    "┊ told on: the day an article was published",
)


def _caption(events: pd.DataFrame) -> str:
    articles = events["article_id"].nunique()
    outlets = list(dict.fromkeys(events["outlet"]))
    published = pd.to_datetime(events["published"]).dropna()
    parts = [f"{counted(len(events), 'dated event')} from {counted(articles, 'article')}"]
    if not published.empty:
        first, last = published.min(), published.max()
        parts.append(f"published {describe_dates(first, last)}")
    if outlets:
        shown = ", ".join(outlets[:6]) + (
            f" and {len(outlets) - 6} more" if len(outlets) > 6 else ""
        )
        parts.append(shown)
    return " · ".join(parts)


def _outside_notes(
    events: pd.DataFrame, window: tuple[pd.Timestamp, pd.Timestamp]
) -> list[dict[str, object]]:
    """Notes at the edges of the view naming the events it leaves out, so an image of the
    figure says what is not in it."""
    earlier = events[events["end"] <= window[0]]
    later = events[events["start"] >= window[1]]
    notes: list[dict[str, object]] = []
    for part, x, anchor, arrow in ((earlier, 0, "left", "←"), (later, 1, "right", "→")):
        if part.empty:
            continue
        dates = describe_dates(part["start"].min(), part["end"].max() - DAY)
        words = f"{len(part)} {'earlier' if arrow == '←' else 'later'} ({dates})"
        notes.append(
            {
                "text": escape(f"{arrow} {words}" if arrow == "←" else f"{words} {arrow}"),
                "name": "outside",
                "xref": "paper",
                "yref": "paper",
                "x": x,
                "y": 0,
                "xanchor": anchor,
                "yanchor": "bottom",
                "showarrow": False,
                "bgcolor": "rgba(255,255,255,0.85)",
                "font": {"size": 12, "color": "#1c2833"},
            }
        )
    return notes


def _style(figure: go.Figure, events: pd.DataFrame, layout: _Layout, title: str | None) -> None:
    top_px = 164
    bottom_px = 90
    bottom_margin = 60
    plot_rows = layout.bottom + layout.told_rows * 0.9 + 0.3
    height = max(560, int(top_px + bottom_px + plot_rows * ROW_PX))

    def from_top(px: float) -> float:
        return 1 - px / height

    heading = title if title is not None else "What happened when, as the articles tell it"
    if events.empty:
        figure.add_annotation(
            text="No dated events in this table.",
            xref="paper",
            yref="paper",
            x=0.5,
            y=0.5,
            showarrow=False,
            font={"size": 16},
        )
    bands = []
    for number, category in enumerate(layout.lanes):
        low, high = layout.lane_spans[category]
        bands.append(
            {
                "type": "rect",
                "xref": "paper",
                "x0": 0,
                "x1": 1,
                "yref": "y",
                "y0": low,
                "y1": high,
                "layer": "below",
                "line": {"width": 0},
                "fillcolor": "rgba(0,0,0,0.035)" if number % 2 == 0 else "rgba(0,0,0,0)",
            }
        )
    # Lanes count the events in view; the notes at the edges count the others.
    left, right = _middle(events)
    in_view = (right >= layout.window[0]) & (left <= layout.window[1])
    lane_counts = events.loc[in_view, "category"].value_counts()
    figure.update_layout(
        title={
            "text": escape(heading),
            "subtitle": {"text": escape(_caption(events)), "font": {"size": 13}},
            "font": {"size": 20},
            "x": 0.01,
            "xanchor": "left",
            "yref": "container",
            "y": from_top(18),
            "yanchor": "top",
        },
        height=height,
        margin={"t": top_px, "b": bottom_margin, "l": 130, "r": 30},
        template="plotly_white",
        barmode="overlay",
        hovermode="closest",
        hoverlabel={"align": "left", "bgcolor": "white", "font": {"size": 12}},
        shapes=bands,
        legend={
            "orientation": "h",
            "yref": "container",
            "y": from_top(78),
            "yanchor": "top",
            "x": 0.01,
            "title": {"text": "Lanes (click to hide):"},
            "groupclick": "togglegroup",
        },
        legend2={
            "orientation": "h",
            "yref": "container",
            "y": from_top(102),
            "yanchor": "top",
            "x": 0.01,
            "title": {"text": "Outlets:"},
            # A key only: outlets are filtered by the page's script.
            "itemclick": False,
            "itemdoubleclick": False,
        },
        xaxis={
            "type": "date",
            "range": [_iso(layout.window[0]), _iso(layout.window[1])],
            "showgrid": True,
            "gridcolor": "#e5e8e8",
            "showspikes": True,
            "spikemode": "across",
            "spikedash": "dot",
            "spikethickness": 1,
            "spikecolor": "#999",
        },
        yaxis={
            "range": [layout.bottom + 0.2, -0.2 - layout.told_rows * 0.9],
            "fixedrange": True,
            "tickmode": "array",
            "tickvals": [sum(layout.lane_spans[c]) / 2 for c in layout.lanes],
            "ticktext": [
                f"<b>{escape(c.capitalize())}</b><br>{counted(lane_counts.get(c, 0), 'event')}"
                for c in layout.lanes
            ],
            "showgrid": False,
            "zeroline": False,
        },
    )
    # Added in one assignment: given to update_layout, the notes already there (one per
    # publication day) would each be merged into itself, at a cost that grows with the
    # square of their number (2 s for 300 days).
    figure.layout.annotations = [
        *figure.layout.annotations,
        *_outside_notes(events, layout.window),
        {
            "text": "<br>".join(escape(line) for line in KEY),
            "name": "key",
            "align": "left",
            "xref": "paper",
            "yref": "paper",
            "x": 0,
            "y": 1 + (top_px - 127) / (height - top_px - bottom_margin),
            "xanchor": "left",
            "yanchor": "top",
            "showarrow": False,
            "font": {"size": 11, "color": "#566573"},
        },
    ]


# --- the page ------------------------------------------------------------------------------

PAGE_CONFIG = {
    "displaylogo": False,
    "responsive": True,
    "scrollZoom": True,
    "toImageButtonOptions": {"filename": "timeline", "scale": 2},
}
PAGE_ASSETS = "page"  # package data: page.html, timeline.js, timeline.css
# plotly.js's "basic" bundle (scatter and bar traces, all the page draws), from the npm
# package plotly.js-basic-dist-min, MIT licence: a quarter of the full bundle's size, and
# as much less for the browser to parse before the first draw.
PLOTLY_BASIC = "plotly-basic.min.js"
PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")


@functools.cache
def _asset(name: str) -> str:
    """One of the page's files, read once from the package."""
    return (resources.files("timeline") / PAGE_ASSETS / name).read_text(encoding="utf-8")


def _fill(template: str, values: dict[str, str]) -> str:
    """``template`` with each ``{{name}}`` replaced in one pass (replaced text is not rescanned,
    so article text that looks like a placeholder stays as it is)."""
    return PLACEHOLDER.sub(lambda match: values[match.group(1)], template)


def _plain(text: str | None) -> str:
    """Plotly's HTML-like text as plain words: tags dropped, entities decoded."""
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", text or "")).split())


def _json_for_html(value: object) -> str:
    """``value`` as JSON that can sit inside a ``<script>`` element: no ``<`` can close it."""
    return (
        json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )


def _page_parts(fig: go.Figure) -> tuple[go.Figure, dict[str, object]]:
    """The figure as the page first draws it, and the events sent once beside it.

    The page shows titles, the key, hover text and details itself, from one compact blob:
    each event trace keeps only where its marks go and, in ``customdata``, each mark's row
    number in the blob. The event traces and the publication labels travel in the blob too
    and the figure holds them empty, so that the page lays out its legends and margins
    first and then draws the marks near the view.
    """
    page_figure = go.Figure(fig)
    rows: list[list[str]] = []
    marks: dict[int, object] = {}
    traces: list[go.Figure] = []
    for trace in page_figure.data:
        if trace.meta and trace.meta.get("role") == "events":
            first = len(rows)
            rows.extend(list(row) for row in trace.customdata)
            trace.update(
                customdata=list(range(first, len(rows))),
                hovertext=None,
                hovertemplate=None,
                hoverinfo="none",
            )
            trace.marker.opacity = None  # the page shows and hides each report itself
            marks[len(traces)] = json.loads(pio.json.to_json_plotly(trace.to_plotly_json()))
            trace = type(trace)(
                name=trace.name,
                legendgroup=trace.legendgroup,
                showlegend=False,
                hoverinfo="none",
                meta=trace.meta,
            )
        if not (trace.meta and trace.meta.get("role") == "groups"):  # the page draws its own
            traces.append(trace)
    page_figure.data = ()
    page_figure.add_traces(traces)
    lanes = [
        t.meta["category"] for t in page_figure.data if t.meta and t.meta.get("role") == "lane"
    ]
    told = next((t for t in page_figure.data if t.meta and t.meta.get("role") == "told"), None)
    days = sorted({x for x in told.x if x is not None}) if told is not None else []
    # The page draws here one mark per group of reports, with their number inside.
    page_figure.add_trace(
        go.Scatter(
            x=[],
            y=[],
            mode="markers+text",
            marker={"symbol": "circle", "size": 22, "line": {"width": 2}},
            textfont={"color": "white", "size": 11},
            textposition="middle center",
            hoverinfo="none",
            showlegend=False,
            meta={"role": "clusters"},
        )
    )
    # ... and here, on a view of more reports than it draws one by one, one square per lane
    # and stretch of the view with the number of its reports.
    page_figure.add_trace(
        go.Scatter(
            x=[],
            y=[],
            mode="markers+text",
            marker={"symbol": "square", "size": 26, "line": {"width": 1, "color": "white"}},
            textfont={"color": "white", "size": 10},
            textposition="middle center",
            hoverinfo="none",
            showlegend=False,
            meta={"role": "piles"},
        )
    )
    page_figure.layout.title.text = ""
    page_figure.layout.title.subtitle.text = ""
    # The page says these itself: the key above the plot, what lies outside the view on
    # live buttons at its edges. It draws the publication labels near the view itself.
    notes = page_figure.layout.annotations
    page_figure.layout.annotations = [a for a in notes if a.name not in ("key", "outside", "told")]
    data = {
        "fields": list(DETAIL_FIELDS),
        "rows": rows,
        "lanes": lanes,
        "told": days,
        "calendar": [_iso(FIRST_MOMENT), _iso(LAST_MOMENT)],
        "marks": marks,
        "notes": [a.to_plotly_json() for a in notes if a.name == "told"],
        "config": PAGE_CONFIG,
    }
    return page_figure, data


def _check_figure(fig: object) -> None:
    if not isinstance(fig, go.Figure):
        raise OptionError(
            f"fig must be a plotly Figure (from plot_timeline), not {type(fig).__name__}",
            parameter="fig",
        )


def _page(fig: go.Figure, *, cdn: bool) -> str:
    _check_figure(fig)
    page_figure, data = _page_parts(fig)
    figure = pio.to_html(
        page_figure,
        full_html=False,
        include_plotlyjs="cdn" if cdn else False,
        div_id="timeline",
        post_script=_asset("timeline.js"),
        config=PAGE_CONFIG,
    )
    key = next((a.text for a in fig.layout.annotations if a.name == "key"), "")
    return _fill(
        _asset("page.html"),
        {
            "title": html.escape(_plain(fig.layout.title.text) or "Timeline"),
            "caption": html.escape(_plain(fig.layout.title.subtitle.text)),
            "key": html.escape(_plain((key or "").replace("<br>", "   "))),
            "style": _asset("timeline.css"),
            "data": _json_for_html(data),
            "figure": figure if cdn else f"<script>{_asset(PLOTLY_BASIC)}</script>\n{figure}",
        },
    )
