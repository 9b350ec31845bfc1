"""Events and mentions as pandas DataFrames with a fixed, documented schema; export/import.

:data:`EVENT_SCHEMA` is the one place the event table's columns, dtypes and meanings
are defined; ``docs/event-table.md`` is checked against it by the tests.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from timeline.errors import OptionError
from timeline.model import CATEGORIES, GRANULARITIES, Article, Event, Mention
from timeline.text import squash

LIST_SEPARATOR = "; "


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table: its name, pandas dtype and meaning."""

    name: str
    dtype: str | pd.CategoricalDtype
    meaning: str


def _categories(values: Iterable[str], *, ordered: bool = False) -> pd.CategoricalDtype:
    return pd.CategoricalDtype(list(values), ordered=ordered)


GRANULARITY_DTYPE = _categories(GRANULARITIES, ordered=True)
CATEGORY_DTYPE = _categories(CATEGORIES)
TYPE_DTYPE = _categories(["DATE", "TIME", "DURATION", "SET"])
ANCHOR_DTYPE = _categories(["dct", "text", "absolute", "none"])
STANCE_DTYPE = _categories(["", "asserted", "denied", "disputed"])
DATES = "datetime64[ns]"

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
    *(c for c in MENTION_COLUMNS if c.name != "article_id"),
    Column("category", CATEGORY_DTYPE, "battlefield, diplomatic, political, economic, ..."),
    Column("cues", "string", "the words that decided the category, '; '-separated"),
    Column("actors", "string", "people, governments and armies named, '; '-separated"),
    Column("places", "string", "places named, canonical names, '; '-separated"),
    Column("claimed_by", "string", "who the statement is attributed to, empty when the outlet"),
    Column("stance", STANCE_DTYPE, "asserted, denied or disputed, where the text says so"),
    Column("sentence", "string", "the sentence that holds the expression"),
    Column("sentence_start", "Int64", "offset of the sentence in the article"),
    Column("sentence_end", "Int64", "offset one past the sentence's end"),
    Column("cluster_size", "Int64", "how many reports the event's cluster holds"),
    Column("cluster_outlets", "string", "outlets reporting the cluster, '; '-separated"),
    Column("date_conflict", "boolean", "reports of this cluster disagree on the date"),
    Column("url", "string", "the article's URL, when known"),
)


def mentions_frame(mentions: Iterable[tuple[str, Mention]]) -> pd.DataFrame:
    """A mention table from ``(article_id, mention)`` pairs, in :data:`MENTION_COLUMNS` order."""
    rows = [{"article_id": article_id, **_mention_fields(m)} for article_id, m in mentions]
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
                **_mention_fields(event.mention),
                "category": event.category,
                "cues": LIST_SEPARATOR.join(event.cues),
                "actors": LIST_SEPARATOR.join(event.actors),
                "places": LIST_SEPARATOR.join(event.places),
                "claimed_by": event.claimed_by,
                "stance": event.stance,
                "sentence": squash(event.sentence),
                "sentence_start": event.sentence_start,
                "sentence_end": event.sentence_end,
                "cluster_size": event.cluster_size,
                "cluster_outlets": LIST_SEPARATOR.join(event.cluster_outlets or (article.outlet,)),
                "date_conflict": event.date_conflict,
                "url": article.url,
            }
        )
    return _frame(rows, EVENT_SCHEMA)


def _mention_fields(mention: Mention) -> dict[str, object]:
    return {
        "expression": squash(mention.text),
        "char_start": mention.char_start,
        "char_end": mention.char_end,
        "type": mention.type,
        "value": mention.value,
        "interval_start": mention.interval_start,
        "interval_end": mention.interval_end,
        "granularity": mention.granularity,
        "mod": mention.mod,
        "anchor": mention.anchor,
        "rule": mention.rule,
    }


def _frame(rows: Sequence[Mapping[str, object]], schema: Sequence[Column]) -> pd.DataFrame:
    names = [c.name for c in schema]
    frame = pd.DataFrame(list(rows), columns=names)
    return conform(frame, schema)


def conform(frame: pd.DataFrame, schema: Sequence[Column] = EVENT_SCHEMA) -> pd.DataFrame:
    """Cast ``frame`` to ``schema``'s dtypes and column order (after reading a file back)."""
    out = pd.DataFrame(index=pd.RangeIndex(len(frame)))
    for column in schema:
        values = frame[column.name].reset_index(drop=True)
        if column.dtype == DATES:
            out[column.name] = pd.to_datetime(values.map(_as_timestamp)).astype(DATES)
        elif column.dtype == "string":
            out[column.name] = values.astype("string").fillna("")
        elif column.dtype == "boolean":
            out[column.name] = values.map(_as_bool).astype("boolean")
        elif isinstance(column.dtype, pd.CategoricalDtype) and "" not in column.dtype.categories:
            out[column.name] = values.replace("", None).astype(column.dtype)
        else:
            out[column.name] = values.astype(column.dtype)
    return out


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


EXPORT_FORMATS = (".csv", ".parquet", ".json")


def write_table(frame: pd.DataFrame, path: str | Path) -> Path:
    """Write ``frame`` as CSV, Parquet or JSON (chosen by the extension), atomically."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise OptionError(f"{target}: unknown table format; use {', '.join(EXPORT_FORMATS)}")
    return write_atomically(target, lambda tmp: _write(frame, tmp, suffix))


def _write(frame: pd.DataFrame, path: Path, suffix: str) -> None:
    if suffix == ".csv":
        frame.to_csv(path, index=False, date_format="%Y-%m-%d")
    elif suffix == ".parquet":
        frame.to_parquet(path, index=False)
    else:
        records = json.loads(frame.to_json(orient="records", date_format="iso"))
        path.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")


def read_table(path: str | Path, schema: Sequence[Column] = EVENT_SCHEMA) -> pd.DataFrame:
    """Read a table written by :func:`write_table` back to the same frame."""
    source = Path(path)
    suffix = source.suffix.lower()
    if suffix == ".csv":
        frame = pd.read_csv(source, dtype=str, keep_default_na=False)
    elif suffix == ".parquet":
        frame = pd.read_parquet(source)
    elif suffix == ".json":
        frame = pd.DataFrame(json.loads(source.read_text(encoding="utf-8")))
    else:
        raise OptionError(f"{source}: unknown table format; use {', '.join(EXPORT_FORMATS)}")
    if suffix != ".parquet":
        for column in schema:
            if column.dtype in ("Int64",):
                frame[column.name] = pd.to_numeric(frame[column.name].replace("", None))
    return conform(frame, schema)


def write_atomically(target: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp_path)`` then move the file into place, so no half file is left."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target
