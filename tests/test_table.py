from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import make_article
from timeline.errors import OptionError
from timeline.model import Event, Mention
from timeline.table import (
    EVENT_SCHEMA,
    EXPORT_FORMATS,
    MENTION_COLUMNS,
    events_frame,
    mentions_frame,
    read_table,
    write_table,
)

TEXT = "Putin on Sunday visited a command post.\nKyiv disputed it for\nmore than a year."


def sample_events() -> tuple[list[Event], dict[str, object]]:
    article = make_article(TEXT, id="cnn", outlet="CNN <b>")
    sunday = Mention(
        "on Sunday",
        6,
        15,
        "DATE",
        "2025-11-30",
        date(2025, 11, 30),
        date(2025, 11, 30),
        "day",
        anchor="dct",
        rule="weekday",
    )
    event = Event(
        "cnn#6",
        "cnn",
        sunday,
        0,
        39,
        TEXT[:39],
        "Putin visited a command post",
        category="battlefield",
        cues=("command post",),
        actors=("Vladimir Putin",),
        places=("Pokrovsk", "Kyiv"),
        claimed_by="Kremlin",
        stance="asserted",
    )
    return [event], {"cnn": article}


def test_events_frame_follows_the_schema() -> None:
    events, articles = sample_events()
    frame = events_frame(events, articles)  # type: ignore[arg-type]
    assert list(frame.columns) == [c.name for c in EVENT_SCHEMA]
    for column in EVENT_SCHEMA:
        assert str(frame[column.name].dtype) == str(column.dtype), column.name
    row = frame.iloc[0]
    assert row["places"] == "Pokrovsk; Kyiv"
    assert row["interval_start"] == pd.Timestamp("2025-11-30")
    assert row["cluster_id"] == "cnn#6"  # an unclustered event is its own cluster


@pytest.mark.parametrize("suffix", EXPORT_FORMATS)
def test_exports_read_back_to_an_equal_frame(tmp_path: Path, suffix: str) -> None:
    events, articles = sample_events()
    frame = events_frame(events, articles)  # type: ignore[arg-type]
    path = write_table(frame, tmp_path / f"events{suffix}")
    pd.testing.assert_frame_equal(read_table(path), frame)


@pytest.mark.parametrize("suffix", EXPORT_FORMATS)
def test_mention_tables_round_trip_with_empty_intervals(tmp_path: Path, suffix: str) -> None:
    duration = Mention("more than a year", 61, 77, "DURATION", "P1Y", mod="MORE_THAN")
    frame = mentions_frame([("cnn", duration)])
    assert frame.loc[0, "expression"] == "more than a year"
    assert pd.isna(frame.loc[0, "interval_start"])
    path = write_table(frame, tmp_path / f"mentions{suffix}")
    pd.testing.assert_frame_equal(read_table(path, MENTION_COLUMNS), frame)


def test_unknown_format_is_a_clear_error(tmp_path: Path) -> None:
    events, articles = sample_events()
    frame = events_frame(events, articles)  # type: ignore[arg-type]
    with pytest.raises(OptionError, match=r"events\.xlsx: unknown table format"):
        write_table(frame, tmp_path / "events.xlsx")
    assert not list(tmp_path.iterdir())
