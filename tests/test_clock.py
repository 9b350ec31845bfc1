"""The machine's clock never decides a date: the whole run gives the same bytes at any instant."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
import time_machine
from typer.testing import CliRunner

from timeline.articles import load_articles
from timeline.cli import app
from timeline.pipeline import extract_events, extract_mentions
from timeline.table import write_table

# Very different instants: before every publication date, and long after.
INSTANTS = [datetime(1999, 1, 1, 0, 0, tzinfo=UTC), datetime(2090, 6, 15, 12, 0, tzinfo=UTC)]

# Relative dates only, in a language with a lexicon and one read by dateparser.
RELATIVE = [
    ("rel-1", "en", "2024-03-06", "Troops pulled back last week. Talks resume next month."),
    ("rel-2", "en", "2024-03-06", "On Sunday the envoy arrived; earlier this year he was in Kyiv."),
    ("rel-3", "en", "2024-03-06", "Yesterday the shelling stopped, two days after the strike."),
    ("rel-4", "de", "2024-03-06", "Gestern begannen die Gespräche. Vor drei Tagen kam er an."),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rows = tmp_path_factory.mktemp("relative") / "rows.jsonl"
    rows.write_text(
        "\n".join(
            json.dumps({"id": i, "lang": lang, "date": day, "text": text})
            for i, lang, day, text in RELATIVE
        ),
        encoding="utf-8",
    )
    return rows


def at_each_instant(run: Callable[[], bytes]) -> list[bytes]:
    outputs = [run()]  # the real clock first
    for instant in INSTANTS:
        with time_machine.travel(instant, tick=False):
            assert datetime.now(UTC).year == instant.year  # the travel took
            outputs.append(run())
    return outputs


def test_the_library_gives_the_same_tables_whatever_the_clock(corpus: Path, tmp_path: Path) -> None:
    def run() -> bytes:
        articles = [*load_articles().articles[:1], *load_articles(corpus)]
        events = write_table(extract_events(articles, jobs=1), tmp_path / "e.csv")
        mentions = write_table(extract_mentions(articles[-4:], jobs=1), tmp_path / "m.json")
        return events.read_bytes() + b"\0" + mentions.read_bytes()

    first, *others = at_each_instant(run)
    assert first.count(b"\n") > 10
    assert all(other == first for other in others)


def test_the_command_line_writes_the_same_bytes_whatever_the_clock(
    corpus: Path, tmp_path: Path
) -> None:
    runner = CliRunner()

    def run() -> bytes:
        out = b""
        for source, command, name in [(None, "events", "e.csv"), (corpus, "mentions", "m.csv")]:
            target = tmp_path / name
            where = [] if source is None else [str(source)]
            result = runner.invoke(app, [command, *where, "-o", str(target), "--jobs", "1"])
            assert result.exit_code == 0, result.stderr
            out += target.read_bytes() + b"\0"
        return out

    first, *others = at_each_instant(run)
    assert all(other == first for other in others)
