"""The mention table as plain rows: the fields of one mention, and the table written as CSV
or JSON straight from ``(article_id, mention)`` rows, without pandas.

``timeline mentions`` builds no DataFrame: writing its rows here spares the run importing
pandas (with numpy and pyarrow), about a third of a second of every run. The bytes are
those :func:`timeline.table.write_table` writes for :func:`timeline.table.mentions_frame`
of the same rows, which the tests hold equal; Parquet is written through pandas.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import get_args

from timeline.model import GRANULARITIES, Anchor, Mention, TimexType
from timeline.output import EXPORT_FORMATS, check_output, neutralised, write_atomically
from timeline.text import squash

MentionRow = tuple[str, Mention]
"""One row of the mention table: the article's id and one of its mentions."""

MENTION_FIELDS = (
    "article_id",
    "expression",
    "char_start",
    "char_end",
    "type",
    "value",
    "interval_start",
    "interval_end",
    "granularity",
    "mod",
    "anchor",
    "rule",
)
"""The mention table's columns, in order (their dtypes: ``timeline.table.MENTION_COLUMNS``)."""

# The values each column of categories may hold.
CATEGORIES_OF: Mapping[str, tuple[str, ...]] = {
    "type": get_args(TimexType),
    "granularity": GRANULARITIES,
    "anchor": get_args(Anchor),
}


def mention_fields(mention: Mention) -> dict[str, object]:
    """The columns of the mention table that come from ``mention`` (all but the article)."""
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


def write_mention_rows(rows: Sequence[MentionRow], path: str | Path) -> Path:
    """Write the mention table of ``rows`` as CSV, Parquet or JSON (by the extension),
    atomically, as ``write_table(mentions_frame(rows), path)`` would."""
    target = check_output(path, suffixes=EXPORT_FORMATS)
    suffix = target.suffix.lower()
    if suffix == ".parquet":
        from timeline.table import mentions_frame, write_table

        return write_table(mentions_frame(rows), target)
    write = _write_csv if suffix == ".csv" else _write_json
    return write_atomically(target, lambda partial: write(_records(rows), partial))


def _records(rows: Iterable[MentionRow]) -> Iterator[dict[str, object]]:
    """Each row's cells, one row at a time (the CSV is written as they come)."""
    return ({"article_id": article_id, **mention_fields(m)} for article_id, m in rows)


def _write_csv(records: Iterable[dict[str, object]], path: Path) -> None:
    # As pandas writes the table: every text cell in quotes (neutralised), numbers bare,
    # dates as YYYY-MM-DD, a missing cell as "".
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_NONNUMERIC, lineterminator=os.linesep)
        writer.writerow(MENTION_FIELDS)
        for record in records:
            writer.writerow(_csv_cell(record[name]) for name in MENTION_FIELDS)


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return neutralised(value)


def _write_json(records: Iterable[dict[str, object]], path: Path) -> None:
    # As pandas writes the table: dates as ISO timestamps, a missing cell as null.
    rows = [{name: _json_cell(record[name]) for name in MENTION_FIELDS} for record in records]
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


def _json_cell(value: object) -> object:
    return f"{value.isoformat()}T00:00:00.000" if isinstance(value, date) else value
