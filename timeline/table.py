"""Events and mentions as pandas DataFrames with a fixed, documented schema; export/import.

:data:`EVENT_SCHEMA` is the one place the event table's columns, dtypes and meanings
are defined; ``docs/event-table.md`` is checked against it by the tests.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from timeline.errors import OptionError, OutputError, first_line, given_path
from timeline.formats import json_value
from timeline.mention_rows import CATEGORIES_OF, MentionRow, mention_fields
from timeline.model import CATEGORIES, LONE_SURROGATE, Article, Event
from timeline.output import EXPORT_FORMATS, check_output, neutralised, restored, write_atomically
from timeline.text import squash

LIST_SEPARATOR = "; "
# How many of its cluster's tellers each row names: a cluster of thousands of reports would
# otherwise make each of its rows thousands of names long, and the table and page grow with
# the square of its size. `clusters` lists every teller, once per cluster.
LISTED_TELLERS = 10


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table: its name, pandas dtype and meaning."""

    name: str
    dtype: str | pd.CategoricalDtype
    meaning: str


def _categories(values: Iterable[str], *, ordered: bool = False) -> pd.CategoricalDtype:
    return pd.CategoricalDtype(list(values), ordered=ordered)


GRANULARITY_DTYPE = _categories(CATEGORIES_OF["granularity"], ordered=True)
CATEGORY_DTYPE = _categories(CATEGORIES)
TYPE_DTYPE = _categories(CATEGORIES_OF["type"])
ANCHOR_DTYPE = _categories(CATEGORIES_OF["anchor"])
STANCE_DTYPE = _categories(["", "asserted", "denied", "disputed"])
# Microseconds: the unit pandas gives dates by default, and one that reaches back to
# "the 11th century" (nanoseconds stop at 1677).
DATES = "datetime64[us]"

MENTION_COLUMNS: tuple[Column, ...] = (
    Column("article_id", "string", "id of the article (its file stem)"),
    Column("expression", "string", "the expression as written, whitespace collapsed"),
    Column("char_start", "Int64", "offset of the expression's first character in the article"),
    Column("char_end", "Int64", "offset one past the expression's last character"),
    Column("type", TYPE_DTYPE, "TIMEX3 type: DATE, TIME, DURATION or SET"),
    Column("value", "string", "TIMEX3 value: 2025-11-30, 2025-W48, 2025-SU, P3Y, PAST_REF, ..."),
    Column("interval_start", DATES, "first day the expression can mean (inclusive)"),
    Column("interval_end", DATES, "last day the expression can mean (inclusive)"),
    Column("granularity", GRANULARITY_DTYPE, "precision of the date: day, week, month, ..."),
    Column("mod", "string", "TIMEX3 modifier: START, MID, END, APPROX, ... or empty"),
    Column("anchor", ANCHOR_DTYPE, "what the date was resolved from: dct, text or absolute"),
    Column("rule", "string", "the grammar rule that recognised and placed the expression"),
)

EVENT_SCHEMA: tuple[Column, ...] = (
    Column("event_id", "string", "unique id: article id and the expression's offset"),
    Column("cluster_id", "string", "id shared by every report of the same event"),
    Column("article_id", "string", "id of the article (its file stem)"),
    Column("outlet", "string", "the outlet that published the article"),
    Column("published", DATES, "the article's publication date (the reference date)"),
    Column("title", "string", "a short summary of the event: the clause that carries the date"),
    Column(
        "cluster_title",
        "string",
        "the cluster's headline: the title of its most representative report",
    ),
    *(c for c in MENTION_COLUMNS if c.name != "article_id"),
    Column("category", CATEGORY_DTYPE, "battlefield, diplomatic, political, economic, ..."),
    Column("cues", "string", "the words that decided the category, '; '-separated"),
    Column("actors", "string", "people, governments and armies named, '; '-separated"),
    Column("places", "string", "places named, canonical names, '; '-separated"),
    Column(
        "place_coordinates",
        "string",
        "'lat,lon' of each place in `places` order, '; '-separated, empty where unknown",
    ),
    Column("claimed_by", "string", "who the statement is attributed to, empty when the outlet"),
    Column("stance", STANCE_DTYPE, "asserted, denied or disputed, where the text says so"),
    Column("sentence", "string", "the sentence that holds the expression"),
    Column("sentence_start", "Int64", "offset of the sentence in the article"),
    Column("sentence_end", "Int64", "offset one past the sentence's end"),
    Column("cluster_size", "Int64", "how many reports the event's cluster holds"),
    Column(
        "cluster_outlets",
        "string",
        "outlets reporting the cluster (an article without one: its id), '; '-separated;"
        ' past ten, the first ten and "and N more" (`clusters(frame)` lists them all)',
    ),
    Column("date_conflict", "boolean", "reports of this cluster disagree on the date"),
    Column("url", "string", "the article's URL, when known"),
)


def mentions_frame(mentions: Iterable[MentionRow]) -> pd.DataFrame:
    """A mention table from ``(article_id, mention)`` pairs, in :data:`MENTION_COLUMNS` order."""
    rows = [{"article_id": article_id, **mention_fields(m)} for article_id, m in mentions]
    return _frame(rows, MENTION_COLUMNS)


def events_frame(events: Iterable[Event], articles: Mapping[str, Article]) -> pd.DataFrame:
    """The event table from events and the articles they came from, in schema order."""
    rows = []
    for event in events:
        article = articles[event.article_id]
        rows.append(
            {
                "event_id": event.event_id,
                "cluster_id": event.cluster_id or event.event_id,
                "article_id": event.article_id,
                "outlet": article.outlet,
                "published": article.published,
                "title": event.title,
                "cluster_title": event.cluster_title or event.title,
                **mention_fields(event.mention),
                "category": event.category,
                "cues": LIST_SEPARATOR.join(event.cues),
                "actors": LIST_SEPARATOR.join(event.actors),
                "places": LIST_SEPARATOR.join(event.places),
                "place_coordinates": _coordinates_text(event),
                "claimed_by": event.claimed_by,
                "stance": event.stance,
                "sentence": squash(event.sentence),
                "sentence_start": event.sentence_start,
                "sentence_end": event.sentence_end,
                "cluster_size": event.cluster_size,
                "cluster_outlets": _tellers_text(event.cluster_outlets or (article.teller,)),
                "date_conflict": event.date_conflict,
                "url": article.url,
            }
        )
    return _frame(rows, EVENT_SCHEMA)


def _tellers_text(tellers: Sequence[str]) -> str:
    """The first :data:`LISTED_TELLERS` tellers of a cluster, then how many more there are."""
    more = len(tellers) - LISTED_TELLERS
    if more <= 0:
        return LIST_SEPARATOR.join(tellers)
    return LIST_SEPARATOR.join((*tellers[:LISTED_TELLERS], f"and {more} more"))


def _coordinates_text(event: Event) -> str:
    if not event.place_coordinates:
        return ""
    return LIST_SEPARATOR.join(
        f"{point[0]:.5f},{point[1]:.5f}" if point else "" for point in event.place_coordinates
    ).rstrip()


CLUSTER_COLUMNS: tuple[Column, ...] = (
    Column("cluster_id", "string", "the cluster's id (the event_id of its first report)"),
    Column("earliest", DATES, "first day any report of the cluster can mean"),
    Column("latest", DATES, "last day any report of the cluster can mean"),
    Column("size", "Int64", "how many reports the cluster holds"),
    Column("outlets", "string", "outlets reporting the event, '; '-separated"),
    Column("sources", "string", "ids of the reporting articles, '; '-separated"),
    Column("date_conflict", "boolean", "the reports disagree on the date"),
    Column("title", "string", "the cluster's headline (its reports' `cluster_title`)"),
    Column("category", CATEGORY_DTYPE, "the category most of its reports have"),
)

PLACE_COLUMNS: tuple[Column, ...] = (
    Column("event_id", "string", "the event that names the place"),
    Column("cluster_id", "string", "the event's cluster"),
    Column("place", "string", "canonical place name"),
    Column("latitude", "Float64", "latitude in degrees (GeoNames), empty when unknown"),
    Column("longitude", "Float64", "longitude in degrees (GeoNames), empty when unknown"),
    Column("category", CATEGORY_DTYPE, "the event's category"),
    Column("interval_start", DATES, "first day the event's date can mean"),
    Column("interval_end", DATES, "last day the event's date can mean"),
)


# The event table's columns each view reads; a filtered copy needs only these.
_CLUSTERS_READ = (
    "cluster_id",
    "event_id",
    "article_id",
    "outlet",
    "cluster_title",
    "category",
    "interval_start",
    "interval_end",
    "date_conflict",
)
_PLACES_READ = (
    "event_id",
    "cluster_id",
    "places",
    "place_coordinates",
    "category",
    "interval_start",
    "interval_end",
)
# How many missing columns a message names before it counts the rest.
_NAMED_AT_MOST = 5


def check_frame(
    frame: object,
    columns: Iterable[str],
    *,
    name: str,
    parameter: str = "",
    what: str = "an event table",
) -> pd.DataFrame:
    """``frame`` when it is a DataFrame with every one of ``columns``.

    Else raises :class:`OptionError` whose message starts with ``name`` (the parameter,
    or the file the frame was read from) and whose ``parameter`` is ``parameter``, else
    ``name``.
    """
    if not isinstance(frame, pd.DataFrame):
        raise OptionError(
            f"{name} must be {what} (a pandas DataFrame), not {type(frame).__name__}",
            parameter=parameter or name,
        )
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        shown = ", ".join(missing[:_NAMED_AT_MOST])
        rest = len(missing) - _NAMED_AT_MOST
        raise OptionError(
            f"{name} is not {what}: it has no column {shown}"
            f"{f' and {rest} more' if rest > 0 else ''}",
            parameter=parameter or name,
        )
    return frame


def clusters(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per cluster of an event table, earliest first: when, who reported it, conflicts.

    Raises :class:`OptionError` when ``frame`` is not an event table.
    """
    check_frame(frame, _CLUSTERS_READ, name="frame")
    rows = []
    for cluster_id, group in frame.groupby("cluster_id", sort=False):
        first = group[group["event_id"] == cluster_id]
        representative = first.iloc[0] if len(first) else group.iloc[0]
        categories = group["category"].astype("string").value_counts(sort=True)
        rows.append(
            {
                "cluster_id": cluster_id,
                "earliest": group["interval_start"].min(),
                "latest": group["interval_end"].max(),
                "size": len(group),
                "outlets": LIST_SEPARATOR.join(dict.fromkeys(group["outlet"])),
                "sources": LIST_SEPARATOR.join(dict.fromkeys(group["article_id"])),
                "date_conflict": bool(group["date_conflict"].fillna(False).any()),
                "title": representative["cluster_title"],
                "category": categories.index[0] if len(categories) else "other",
            }
        )
    table = _frame(rows, CLUSTER_COLUMNS)
    return table.sort_values(["earliest", "cluster_id"], kind="stable").reset_index(drop=True)


def places(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per place named by an event, with coordinates where known: ready for a map.

    Raises :class:`OptionError` when ``frame`` is not an event table.
    """
    check_frame(frame, _PLACES_READ, name="frame")
    rows = []
    for event in frame.itertuples(index=False):
        names = _split(str(event.places))
        points = _split(str(event.place_coordinates), keep_empty=True)
        for index, name in enumerate(names):
            point = points[index] if index < len(points) else ""
            latitude, longitude = _point(point, event.event_id) if point else (None, None)
            rows.append(
                {
                    "event_id": event.event_id,
                    "cluster_id": event.cluster_id,
                    "place": name,
                    "latitude": latitude,
                    "longitude": longitude,
                    "category": event.category,
                    "interval_start": event.interval_start,
                    "interval_end": event.interval_end,
                }
            )
    return _frame(rows, PLACE_COLUMNS)


def _point(text: str, event_id: object) -> tuple[float, float]:
    """``'lat,lon'`` as two numbers; :class:`OptionError` naming the event when it is not."""
    try:
        latitude, longitude = (float(v) for v in text.split(","))
    except ValueError:
        raise OptionError(
            f"frame: place_coordinates of event {event_id} holds {text!r}, not 'lat,lon'",
            parameter="frame",
        ) from None
    return latitude, longitude


def _split(text: str, *, keep_empty: bool = False) -> list[str]:
    items = [item.strip() for item in text.split(LIST_SEPARATOR.strip())] if text else []
    return items if keep_empty else [item for item in items if item]


def _frame(rows: Sequence[Mapping[str, object]], schema: Sequence[Column]) -> pd.DataFrame:
    names = [c.name for c in schema]
    frame = pd.DataFrame(list(rows), columns=names)
    return conform(frame, schema)


def conform(
    frame: pd.DataFrame,
    schema: Sequence[Column] = EVENT_SCHEMA,
    *,
    name: str = "frame",
    parameter: str = "",
) -> pd.DataFrame:
    """Cast ``frame`` to ``schema``'s dtypes and column order (after reading a file back).

    A value that does not fit its column raises :class:`OptionError` naming ``name``
    (the frame, or the file it was read from) and the column; its ``parameter`` is
    ``parameter``, else ``name``.
    """
    out = pd.DataFrame(index=pd.RangeIndex(len(frame)))
    for column in schema:
        values = frame[column.name].reset_index(drop=True)
        try:
            out[column.name] = _conformed(values, column.dtype)
        except (ValueError, TypeError) as err:
            raise OptionError(
                f"{name}: column {column.name} holds a value that is not {column.dtype} "
                f"({first_line(err)})",
                parameter=parameter or name,
            ) from None
    return out


def _conformed(values: pd.Series, dtype: str | pd.CategoricalDtype) -> pd.Series:
    if dtype == DATES:
        return pd.to_datetime(values.map(_as_timestamp)).astype(DATES)
    if dtype == "string":
        return values.astype("string").fillna("")
    if dtype == "boolean":
        return values.map(_as_bool).astype("boolean")
    if isinstance(dtype, pd.CategoricalDtype) and "" not in dtype.categories:
        return values.replace("", None).astype(dtype)
    if dtype == "Int64" and values.dtype == object:  # text read back from CSV or JSON
        return pd.to_numeric(values.replace("", None)).astype(dtype)
    return values.astype(dtype)


def _as_timestamp(value: object) -> object:
    if value is None or value == "" or (isinstance(value, float) and pd.isna(value)):
        return pd.NaT
    if isinstance(value, date):
        return pd.Timestamp(value)
    return pd.Timestamp(str(value))


def _as_bool(value: object) -> object:
    if isinstance(value, str):
        return {"true": True, "false": False}.get(value.strip().lower(), pd.NA)
    return value


def write_table(
    frame: pd.DataFrame, path: str | Path, *, inputs: Iterable[str | Path] = ()
) -> Path:
    """Write ``frame`` as CSV, Parquet or JSON (chosen by the extension), atomically.

    Refuses (:class:`~timeline.errors.OutputError`) a path that is one of ``inputs``
    or lies in an input folder, and any path :func:`~timeline.output.check_output` refuses.
    """
    check_frame(frame, (), name="frame", what="a table")
    target = check_output(path, inputs=inputs, suffixes=EXPORT_FORMATS)
    _check_writable(frame)
    suffix = target.suffix.lower()
    try:
        return write_atomically(target, lambda tmp: _write(frame, tmp, suffix))
    except (ValueError, TypeError, NotImplementedError) as err:  # a cell the format cannot hold
        raise OutputError(
            str(target), f"cannot be written as {suffix[1:]} ({first_line(err)})"
        ) from None


def _check_writable(frame: pd.DataFrame) -> None:
    """Refuse, naming the column and row, a frame no format can write: a column name used
    twice, or text holding a lone surrogate (which no Unicode encoding can write)."""
    names = list(frame.columns)
    twice = next((name for name in names if names.count(name) > 1), None)
    if twice is not None:
        raise OptionError(f"frame: has more than one column named {twice!r}", parameter="frame")
    # an Arrow-backed "string" column cannot hold one: only plain object columns can
    for name in (name for name in names if frame[name].dtype == object):
        for row, value in enumerate(frame[name]):
            if isinstance(value, str) and (surrogate := LONE_SURROGATE.search(value)):
                raise OptionError(
                    f"frame: column {name}, row {row} holds a lone surrogate "
                    f"(U+{ord(surrogate.group()):04X}), which is not Unicode text",
                    parameter="frame",
                )


def _text_columns(frame: pd.DataFrame) -> list[str]:
    return [name for name in frame.columns if frame[name].dtype in ("string", object)]


def _write(frame: pd.DataFrame, path: Path, suffix: str) -> None:
    if suffix == ".csv":
        safe = frame.copy()
        for name in _text_columns(safe):
            safe[name] = safe[name].map(neutralised, na_action="ignore")
        # Every text cell in quotes: a lone carriage return inside a cell would
        # otherwise be written bare and end the row for any reader.
        safe.to_csv(path, index=False, date_format="%Y-%m-%d", quoting=csv.QUOTE_NONNUMERIC)
    elif suffix == ".parquet":
        frame.to_parquet(path, index=False)
    else:
        records = json.loads(frame.to_json(orient="records", date_format="iso"))
        path.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")


def read_table(path: str | Path, schema: Sequence[Column] = EVENT_SCHEMA) -> pd.DataFrame:
    """Read a table written by :func:`write_table` back to the same frame.

    ``schema`` is the table's: :data:`EVENT_SCHEMA`, :data:`MENTION_COLUMNS`, ... A file
    that is not such a table raises :class:`OptionError` naming the file.
    """
    source = given_path(path, parameter="path")
    suffix = source.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise OptionError(f"{source}: unknown table format; use {', '.join(EXPORT_FORMATS)}")
    columns = [c.name for c in schema]
    try:
        frame = _read(source, suffix, columns)
    except OSError as err:
        raise OptionError(
            f"{source}: cannot be read ({err.strerror or first_line(err)})", parameter="path"
        ) from None
    except ValueError as err:  # bad CSV, JSON, Parquet or UTF-8
        raise OptionError(
            f"{source}: cannot be read as a {suffix[1:]} table ({first_line(err)})",
            parameter="path",
        ) from None
    check_frame(frame, columns, name=str(source), parameter="path", what=_table_kind(schema))
    return conform(frame, schema, name=str(source), parameter="path")


def _read(source: Path, suffix: str, columns: Sequence[str]) -> pd.DataFrame:
    if suffix == ".csv":
        frame = pd.read_csv(source, dtype=str, keep_default_na=False)
        for name in frame.columns:
            frame[name] = frame[name].map(restored)
        return frame
    if suffix == ".parquet":
        return pd.read_parquet(source)
    rows = json_value(source.read_text(encoding="utf-8"))
    if not isinstance(rows, list):
        raise ValueError("not a list of rows")
    # JSON rows name their columns; a table without rows has only the schema's.
    return pd.DataFrame(rows) if rows else pd.DataFrame(columns=columns)


def _table_kind(schema: Sequence[Column]) -> str:
    kinds = {
        tuple(EVENT_SCHEMA): "an event table (a mention table is read with schema=MENTION_COLUMNS)",
        tuple(MENTION_COLUMNS): "a mention table",
        tuple(CLUSTER_COLUMNS): "a cluster table",
        tuple(PLACE_COLUMNS): "a place table",
    }
    return kinds.get(tuple(schema), "a table of the schema given")
