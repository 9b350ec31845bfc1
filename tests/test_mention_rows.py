"""The mention table written from its rows without pandas: the same bytes as the DataFrame."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import make_article
from timeline.mention_rows import MENTION_FIELDS, MentionRow, write_mention_rows
from timeline.model import Mention
from timeline.output import EXPORT_FORMATS
from timeline.pipeline import extract_mention_rows, extract_mentions
from timeline.table import MENTION_COLUMNS, mentions_frame, read_table, write_table

PLACED = Mention("Sunday", 3, 9, "DATE", "2025-11-30", date(2025, 11, 30), date(2025, 11, 30))
ROWS: list[tuple[str, list[MentionRow]]] = [
    ("a placed date", [("cnn", PLACED)]),
    (
        "a duration, no interval or granularity",
        [("cnn", Mention("two years", 0, 9, "DURATION", "P2Y", anchor="none", rule="duration"))],
    ),
    (
        "a week with a mod, a time",
        [
            (
                "bbc",
                Mention(
                    "early last week",
                    0,
                    15,
                    "DATE",
                    "2025-W48",
                    date(2025, 11, 24),
                    date(2025, 11, 30),
                    "week",
                    "START",
                    "dct",
                    "relative",
                ),
            ),
            (
                "bbc",
                Mention(
                    "9 a.m.",
                    20,
                    26,
                    "TIME",
                    "2025-12-02T09:00",
                    date(2025, 12, 2),
                    date(2025, 12, 2),
                    "time",
                    anchor="text",
                    rule="clock_time",
                ),
            ),
        ],
    ),  # fmt: skip
    (
        "years before 1000 keep four digits",
        [
            (
                "wiki",
                Mention(
                    "850",
                    7,
                    10,
                    "DATE",
                    "0850",
                    date(850, 1, 1),
                    date(850, 12, 31),
                    "year",
                    anchor="absolute",
                ),
            )
        ],
    ),  # fmt: skip
    (
        "cells a spreadsheet would run, in every text column",
        [("=cmd|' /C calc'!A0", Mention("-2", 0, 2, "DURATION", "+P1Y", rule="@rule"))],
    ),
    (
        "quotes, commas, line breaks and letters beyond ASCII",
        [('id "1", é', Mention('"Noël",\r\nday', 0, 12, "DATE", "2025-12-25", rule="a,b"))],
    ),
    ("no rows", []),
]


@pytest.mark.parametrize("suffix", [".csv", ".json"])
@pytest.mark.parametrize("rows", [rows for _, rows in ROWS], ids=[name for name, _ in ROWS])
def test_rows_are_written_as_the_frame_is(
    tmp_path: Path, rows: list[MentionRow], suffix: str
) -> None:
    ours = write_mention_rows(rows, tmp_path / f"rows{suffix}")
    frames = write_table(mentions_frame(rows), tmp_path / f"frame{suffix}")
    assert ours.read_bytes() == frames.read_bytes()


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet="=+-@\t\r'a ,\"\né\u2028\\/", min_size=1, max_size=8))
def test_any_text_is_written_as_the_frame_writes_it(text: str) -> None:
    rows = [(text, Mention(text, 0, len(text), "DURATION", text, rule=text))]
    with tempfile.TemporaryDirectory() as name:
        for suffix in (".csv", ".json"):
            ours = write_mention_rows(rows, Path(name) / f"rows{suffix}")
            frames = write_table(mentions_frame(rows), Path(name) / f"frame{suffix}")
            assert ours.read_bytes() == frames.read_bytes()


@pytest.mark.parametrize("suffix", EXPORT_FORMATS)
def test_rows_read_back_as_the_mention_table(tmp_path: Path, suffix: str) -> None:
    rows = [row for _, rows in ROWS[:-2] for row in rows]
    path = write_mention_rows(rows, tmp_path / f"mentions{suffix}")
    pd.testing.assert_frame_equal(read_table(path, MENTION_COLUMNS), mentions_frame(rows))


def test_the_rows_are_the_rows_of_the_mention_table() -> None:
    articles = [
        make_article("Talks resumed on Sunday after two years.", id="b"),
        make_article("The vote is on Friday.", id="a"),
    ]
    rows = extract_mention_rows(articles, jobs=1)
    assert [article_id for article_id, _ in rows] == ["a", "b", "b"]
    pd.testing.assert_frame_equal(mentions_frame(rows), extract_mentions(articles, jobs=1))


def test_the_fields_are_the_columns_of_the_mention_table() -> None:
    assert MENTION_FIELDS == tuple(column.name for column in MENTION_COLUMNS)


@pytest.mark.parametrize(("suffix", "loads_pandas"), [(".csv", False), (".json", False),
                                                      (".parquet", True)])  # fmt: skip
def test_the_mentions_command_writes_text_tables_without_pandas(
    tmp_path: Path, suffix: str, loads_pandas: bool
) -> None:
    # pandas (with numpy and pyarrow) takes about a third of a second to import, as long
    # as a thousand articles take to read: a mention run that writes text needs none of it.
    code = (
        "import sys\n"
        "from timeline.cli import app\n"
        f"app(['mentions', '-o', {str(tmp_path / ('m' + suffix))!r}], standalone_mode=False)\n"
        "print('pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == str(loads_pandas)
