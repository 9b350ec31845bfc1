import csv
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import make_article, make_event
from timeline.errors import OptionError, OutputError
from timeline.model import Event, Mention
from timeline.table import (
    CLUSTER_COLUMNS,
    EVENT_SCHEMA,
    EXPORT_FORMATS,
    MENTION_COLUMNS,
    PLACE_COLUMNS,
    Column,
    clusters,
    conform,
    events_frame,
    mentions_frame,
    places,
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
    with pytest.raises(OptionError, match=r"events\.xlsx: unknown format; use \.csv"):
        write_table(frame, tmp_path / "events.xlsx")
    assert not list(tmp_path.iterdir())


def _lone_surrogate_title(frame: pd.DataFrame) -> pd.DataFrame:
    titles = list(frame["title"])
    titles[0] = "Talks \ud800 resumed"
    return frame.assign(title=pd.Series(titles, dtype=object, index=frame.index))


def _title_twice(frame: pd.DataFrame) -> pd.DataFrame:
    return pd.concat([frame, frame[["title"]]], axis=1)


def _mixed_objects(frame: pd.DataFrame) -> pd.DataFrame:
    """Two rows whose extra column holds a mapping in one and a list in the other."""
    rows = pd.concat([frame.head(1), frame.head(1)], ignore_index=True)
    return rows.assign(notes=pd.Series([{"a": 1}, [1, 2]], dtype=object))


@pytest.mark.parametrize("suffix", EXPORT_FORMATS)
@pytest.mark.parametrize(
    ("spoil", "problem"),
    [
        (_lone_surrogate_title, r"column title, row 0 holds a lone surrogate \(U\+D800\)"),
        (_title_twice, r"has more than one column named 'title'"),
    ],
)
def test_a_frame_that_cannot_be_written_is_refused_in_one_line_keeping_the_old_file(
    tmp_path: Path,
    suffix: str,
    spoil: Callable[[pd.DataFrame], pd.DataFrame],
    problem: str,
) -> None:
    events, articles = sample_events()
    frame = events_frame(events, articles)  # type: ignore[arg-type]
    target = tmp_path / f"events{suffix}"
    write_table(frame, target)
    before = target.read_bytes()
    with pytest.raises(OptionError, match=rf"^frame: .*{problem}"):
        write_table(spoil(frame), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_cells_parquet_cannot_hold_are_refused_naming_the_file(tmp_path: Path) -> None:
    events, articles = sample_events()
    frame = _mixed_objects(events_frame(events, articles))  # type: ignore[arg-type]
    target = tmp_path / "events.parquet"
    with pytest.raises(OutputError, match=r"events\.parquet: cannot be written as parquet \("):
        write_table(frame, target)
    assert not list(tmp_path.iterdir())


def clustered_frame() -> pd.DataFrame:
    """Three reports: two of one event (dates in conflict), one alone."""
    text = "Putin on Sunday visited a command post in Pokrovsk and later went to Alaska."

    def event(article_id: str, day: date, cluster_id: str, category: str) -> Event:
        mention = Mention("on Sunday", 6, 15, "DATE", day.isoformat(), day, day, "day")
        return Event(
            f"{article_id}#6",
            article_id,
            mention,
            0,
            len(text),
            text,
            f"title {article_id}",
            category=category,  # type: ignore[arg-type]
            places=("Pokrovsk", "Alaska"),
            place_coordinates=((48.28014, 37.17706), None),
            cluster_id=cluster_id,
            cluster_size=2 if cluster_id == "a#6" else 1,
            date_conflict=cluster_id == "a#6",
        )

    events = [
        event("a", date(2025, 11, 30), "a#6", "battlefield"),
        event("b", date(2025, 12, 1), "a#6", "battlefield"),
        event("c", date(2025, 3, 1), "c#6", "diplomatic"),
    ]
    articles = {i: make_article(text, id=i, outlet=i.upper()) for i in "abc"}
    return events_frame(events, articles)


def test_place_coordinates_follow_the_places() -> None:
    frame = clustered_frame()
    assert frame.loc[0, "place_coordinates"] == "48.28014,37.17706;"


def test_clusters_gives_one_row_per_cluster_earliest_first() -> None:
    view = clusters(clustered_frame())
    assert list(view.columns) == [c.name for c in CLUSTER_COLUMNS]
    assert list(view["cluster_id"]) == ["c#6", "a#6"]
    both = view.iloc[1]
    assert both["size"] == 2
    assert both["outlets"] == "A; B"
    assert both["sources"] == "a; b"
    assert both["earliest"] == pd.Timestamp("2025-11-30")
    assert both["latest"] == pd.Timestamp("2025-12-01")
    assert bool(both["date_conflict"]) is True
    assert both["title"] == "title a"
    assert both["category"] == "battlefield"


def test_places_gives_one_row_per_place_with_coordinates_where_known() -> None:
    view = places(clustered_frame())
    assert list(view.columns) == [c.name for c in PLACE_COLUMNS]
    assert len(view) == 6
    first, second = view.iloc[0], view.iloc[1]
    assert (first["place"], first["latitude"], first["longitude"]) == (
        "Pokrovsk",
        48.28014,
        37.17706,
    )
    assert second["place"] == "Alaska" and pd.isna(second["latitude"])


def test_views_of_an_empty_table_are_empty() -> None:
    empty = events_frame([], {})
    assert clusters(empty).empty and places(empty).empty


@pytest.mark.parametrize("suffix", EXPORT_FORMATS)
@pytest.mark.parametrize(
    ("make", "schema"),
    [
        (lambda: events_frame([], {}), EVENT_SCHEMA),
        (lambda: mentions_frame([]), MENTION_COLUMNS),
        (lambda: clusters(events_frame([], {})), CLUSTER_COLUMNS),
        (lambda: places(events_frame([], {})), PLACE_COLUMNS),
        (lambda: events_frame(*sample_events()), EVENT_SCHEMA),  # negative: rows name columns
    ],
    ids=["events", "mentions", "clusters", "places", "events-with-rows"],
)
def test_a_table_without_rows_reads_back_in_every_format(
    tmp_path: Path, suffix: str, make: Callable[[], pd.DataFrame], schema: Sequence[Column]
) -> None:
    frame = make()
    path = write_table(frame, tmp_path / f"table{suffix}")
    pd.testing.assert_frame_equal(read_table(path, schema), frame)


@pytest.mark.parametrize("view", [clusters, places])
@pytest.mark.parametrize(
    ("table", "message"),
    [
        (None, "^frame must be an event table .*, not NoneType$"),
        ("events.csv", "^frame must be an event table .*, not str$"),
        (pd.DataFrame({"a": [1]}), "^frame is not an event table: it has no column .* more$"),
    ],
)
def test_views_of_what_is_no_event_table_are_refused_in_one_line(
    view: object, table: object, message: str
) -> None:
    with pytest.raises(OptionError, match=message) as caught:
        view(table)  # type: ignore[operator]
    assert caught.value.parameter == "frame"


def test_views_need_only_the_columns_they_read() -> None:
    frame = clustered_frame()
    assert len(clusters(frame.drop(columns=["places", "sentence"]))) == 2
    assert len(places(frame.drop(columns=["title", "actors"]))) == 6
    with pytest.raises(OptionError, match="^frame is not an event table: it has no column places$"):
        places(frame.drop(columns=["places"]))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("a,b\n1,2\n", "is not an event table .*: it has no column event_id, .* and 27 more$"),
        ("", r"cannot be read as a csv table \(No columns to parse from file\)$"),
        ('a,"b\n', r"cannot be read as a csv table \(Error tokenizing data"),
    ],
)
def test_a_csv_that_is_no_event_table_is_refused_naming_the_file(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "other.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(OptionError, match=message) as caught:
        read_table(path)
    assert str(caught.value).startswith(str(path)) and caught.value.parameter == "path"


def test_a_mention_table_read_as_an_event_table_is_refused_saying_how_to_read_it(
    tmp_path: Path,
) -> None:
    events, articles = sample_events()
    path = write_table(events_frame(events, articles), tmp_path / "events.csv")  # type: ignore[arg-type]
    assert len(read_table(path)) == len(read_table(path, MENTION_COLUMNS)) == 1
    mentions = write_table(
        mentions_frame([("cnn", Mention("a year", 0, 6, "DURATION", "P1Y"))]),
        tmp_path / "mentions.csv",
    )
    with pytest.raises(OptionError, match=r"read with schema=MENTION_COLUMNS\): it has no column"):
        read_table(mentions)


@pytest.mark.parametrize(
    ("column", "value"),
    [("char_start", "six"), ("char_start", "6.5"), ("interval_start", "not a day")],
)
@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_a_value_that_does_not_fit_its_column_is_refused_naming_file_and_column(
    tmp_path: Path, column: str, value: str, suffix: str
) -> None:
    events, articles = sample_events()
    frame = events_frame(events, articles).astype(object)  # type: ignore[arg-type]
    frame[column] = value
    path = tmp_path / f"events{suffix}"
    if suffix == ".csv":
        frame.to_csv(path, index=False)
    else:
        path.write_text(frame.to_json(orient="records", date_format="iso"), encoding="utf-8")
    with pytest.raises(OptionError, match=f"^{path}: column {column} holds a value that is not "):
        read_table(path)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing.csv", r"missing\.csv: cannot be read \(No such file or directory\)$"),
        ("folder.csv", r"folder\.csv: cannot be read \(Is a directory\)$"),
    ],
)
def test_a_table_file_that_cannot_be_opened_is_refused_in_one_line(
    tmp_path: Path, name: str, message: str
) -> None:
    (tmp_path / "folder.csv").mkdir()
    with pytest.raises(OptionError, match=message):
        read_table(tmp_path / name)


@pytest.mark.parametrize(("path", "kind"), [(None, "NoneType"), (5, "int")])
def test_read_table_refuses_what_is_no_path(path: object, kind: str) -> None:
    with pytest.raises(OptionError, match=f"^path must be a file path .*, not {kind}$"):
        read_table(path)  # type: ignore[arg-type]


def test_places_refuses_coordinates_that_are_no_point_naming_the_event() -> None:
    frame = clustered_frame()
    frame.loc[1, "place_coordinates"] = "north; 1,2"
    with pytest.raises(OptionError, match="^frame: place_coordinates of event b#6 holds 'north'"):
        places(frame)
    frame.loc[1, "place_coordinates"] = "; 1.5,2"
    latitudes = places(frame)["latitude"]
    assert pd.isna(latitudes[2]) and latitudes[3] == 1.5


@pytest.mark.parametrize(
    "content",
    ['{"event_id": "a"}', "5", "null", "[1,", "", "[" * 100_000 + "]" * 100_000],
    ids=["object", "number", "null", "cut", "empty", "nested-too-deeply"],
)
def test_json_that_is_no_list_of_rows_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "events.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(OptionError, match=r"events\.json: cannot be read as a json table \("):
        read_table(path)


def test_write_table_refuses_what_is_no_table(tmp_path: Path) -> None:
    with pytest.raises(OptionError, match="^frame must be a table .*, not NoneType$"):
        write_table(None, tmp_path / "events.csv")  # type: ignore[arg-type]
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("suffix", EXPORT_FORMATS)
def test_dates_centuries_ago_fit_the_table_and_read_back(tmp_path: Path, suffix: str) -> None:
    century = Mention(
        "11th century",
        0,
        12,
        "DATE",
        "10",
        date(1000, 1, 1),
        date(1099, 12, 31),
        "century",
        anchor="absolute",
    )
    frame = mentions_frame([("temple", century)])
    assert frame.loc[0, "interval_start"] == pd.Timestamp("1000-01-01")
    path = write_table(frame, tmp_path / f"mentions{suffix}")
    pd.testing.assert_frame_equal(read_table(path, MENTION_COLUMNS), frame)


FORMULAS = ["=cmd|' /C calc'!A0", '=HYPERLINK("http://x")', "@evil", "+1 dead", "-2", "\tx", "\rx"]


def frame_with_formulas() -> pd.DataFrame:
    events, articles = sample_events()
    frame = pd.concat([events_frame(events, articles)] * 9, ignore_index=True)  # type: ignore[arg-type]
    for row, text in enumerate([*FORMULAS, "'=already quoted", "'plain"]):
        frame.loc[row, ["outlet", "sentence", "url", "title"]] = text
    return conform(frame)


def test_csv_cells_cannot_start_a_spreadsheet_formula(tmp_path: Path) -> None:
    path = write_table(frame_with_formulas(), tmp_path / "events.csv")
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        for column in ("outlet", "sentence", "url", "title"):
            assert not row[column].startswith(("=", "+", "-", "@", "\t", "\r")), row[column]
    assert rows[0]["outlet"] == "'=cmd|' /C calc'!A0"
    assert rows[8]["outlet"] == "'plain"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (" =1+1", "' =1+1"),  # spreadsheets that trim a cell's spaces run what follows
        ("  +A1", "'  +A1"),
        ("\t =2", "'\t =2"),
        ("\n@evil", "'\n@evil"),
        ("\u00a0-3", "'\u00a0-3"),  # a no-break space is a space too
        ("\u200b=4", "'\u200b=4"),  # and so, unseen, is a zero-width one
        ('"=5"', '\'"=5"'),
        ("' =6", "'' =6"),
        ("a =1", "a =1"),  # negative: the formula sign is not the first seen
        (" plain", " plain"),
        ('"quoted"', '"quoted"'),
        ("e-mail", "e-mail"),
    ],
)
def test_a_formula_after_spaces_or_quotes_is_neutralised_too(
    tmp_path: Path, text: str, written: str
) -> None:
    frame = mentions_frame([("cnn", Mention("x", 0, 1, "DURATION", "P1Y"))])
    frame.loc[0, "expression"] = text
    path = write_table(frame, tmp_path / "mentions.csv")
    with path.open(newline="", encoding="utf-8") as handle:
        assert next(csv.DictReader(handle))["expression"] == written
    assert read_table(path, MENTION_COLUMNS).loc[0, "expression"] == text


@pytest.mark.parametrize("suffix", EXPORT_FORMATS)
def test_neutralised_cells_read_back_as_they_were(tmp_path: Path, suffix: str) -> None:
    frame = frame_with_formulas()
    path = write_table(frame, tmp_path / f"events{suffix}")
    pd.testing.assert_frame_equal(read_table(path), frame)


@settings(max_examples=50, deadline=None)
@given(text=st.text(alphabet="=+-@\t\r'a ,\"\n", max_size=8))
def test_any_text_cell_round_trips_through_csv(text: str) -> None:
    frame = mentions_frame([("cnn", Mention("x", 0, 1, "DURATION", "P1Y"))])
    frame.loc[0, "rule"] = text
    with tempfile.TemporaryDirectory() as folder:
        path = write_table(frame, Path(folder) / "m.csv")
        pd.testing.assert_frame_equal(read_table(path, MENTION_COLUMNS), frame)


def test_write_table_refuses_to_replace_an_input(tmp_path: Path) -> None:
    source = tmp_path / "articles.csv"
    source.write_text("text,date\nOn Sunday.,2025-12-02\n", encoding="utf-8")
    frame = events_frame(*sample_events())  # type: ignore[arg-type]
    with pytest.raises(OutputError, match="is an input file"):
        write_table(frame, source, inputs=[source])
    with pytest.raises(OutputError, match="is inside the input folder"):
        write_table(frame, tmp_path / "events.csv", inputs=[tmp_path])
    assert [p.name for p in tmp_path.iterdir()] == ["articles.csv"]
    assert source.read_text(encoding="utf-8") == "text,date\nOn Sunday.,2025-12-02\n"


def test_a_big_clusters_rows_list_a_bounded_number_of_its_tellers() -> None:
    """Each row names its cluster's tellers; a cluster of thousands of reports must not make
    every one of its rows thousands of names long (the table would grow with the square of
    the cluster's size), while the clusters view still lists them all once."""
    articles = {
        f"r{n:03}": make_article(
            "Troops shelled the town on Monday.", id=f"r{n:03}", outlet=f"O{n}"
        )
        for n in range(30)
    }
    reports = [make_event(a, "on Monday", date(2025, 12, 1)) for a in articles.values()]
    tellers = tuple(a.outlet for a in articles.values())
    clustered = [
        replace(e, cluster_id=reports[0].event_id, cluster_size=30, cluster_outlets=tellers)
        for e in reports
    ]
    frame = events_frame(clustered, articles)
    listed = frame["cluster_outlets"].iloc[0].split("; ")
    assert listed == [*tellers[:10], "and 20 more"]
    assert frame["cluster_outlets"].nunique() == 1
    assert clusters(frame)["outlets"].iloc[0].split("; ") == list(tellers)


def test_a_small_clusters_rows_list_all_its_tellers() -> None:
    articles = {
        f"r{n}": make_article("Talks on Monday.", id=f"r{n}", outlet=f"O{n}") for n in range(10)
    }
    reports = [make_event(a, "on Monday", date(2025, 12, 1)) for a in articles.values()]
    tellers = tuple(a.outlet for a in articles.values())
    clustered = [replace(e, cluster_size=10, cluster_outlets=tellers) for e in reports]
    assert events_frame(clustered, articles)["cluster_outlets"].iloc[3] == "; ".join(tellers)
