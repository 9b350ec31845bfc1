import re
from pathlib import Path

import pandas as pd
import pytest

from timeline.table import CLUSTER_COLUMNS, EVENT_SCHEMA, PLACE_COLUMNS, Column

DOC = Path(__file__).resolve().parents[1] / "docs" / "event-table.md"
ROW = re.compile(
    r"^\|\s*`(?P<name>[^`]+)`\s*\|\s*(?P<dtype>[^|]+?)\s*\|\s*(?P<meaning>[^|]+?)\s*\|$"
)


def documented(heading: str) -> list[tuple[str, str, str]]:
    """``(name, dtype, meaning)`` rows of the first column table under ``heading``."""
    lines = DOC.read_text(encoding="utf-8").splitlines()
    start = lines.index(heading)
    rows = []
    for line in lines[start + 1 :]:
        if line.startswith("#"):
            break
        match = ROW.match(line)
        if match:
            rows.append((match["name"], match["dtype"], match["meaning"]))
        elif rows:
            break
    return rows


def dtype_name(column: Column) -> str:
    return "category" if isinstance(column.dtype, pd.CategoricalDtype) else str(column.dtype)


@pytest.mark.parametrize(
    ("heading", "schema"),
    [
        ("## Columns", EVENT_SCHEMA),
        ("### Clusters", CLUSTER_COLUMNS),
        ("### Places", PLACE_COLUMNS),
    ],
)
def test_docs_list_exactly_the_columns_in_order_with_their_dtypes(
    heading: str, schema: tuple[Column, ...]
) -> None:
    rows = documented(heading)
    assert [(name, dtype) for name, dtype, _ in rows] == [(c.name, dtype_name(c)) for c in schema]
    assert all(meaning.strip() for _, _, meaning in rows)
