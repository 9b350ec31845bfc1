"""The civic snippet corpus is well-formed gold (format: docs/annotation.md)."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import timeline
from timeline.event_scores import read_gold
from timeline.model import CATEGORIES

CIVIC = Path(__file__).parent / "data" / "snippets" / "civic"
SPLITS = ("dev", "test")
MANIFEST_HEADER = ["file", "id", "outlet", "title", "url", "published", "language", "licence"]
EVENT_KEYS = [
    "article",
    "happening",
    "expression",
    "start",
    "end",
    "interval_start",
    "interval_end",
    "category",
    "actors",
    "collective_actors",
    "places",
    "claimed_by",
    "stance",
    "headline",
]


def manifest(split: str) -> list[dict[str, str]]:
    with (CIVIC / split / "articles.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == MANIFEST_HEADER
        return list(reader)


def raw_events(split: str) -> list[dict[str, Any]]:
    lines = (CIVIC / split / "events.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("split", SPLITS)
def test_every_offset_points_at_its_expression(split: str) -> None:
    corpus = timeline.load_articles(CIVIC / split)
    articles = {a.id: a for a in corpus.articles}
    assert len(articles) == len(manifest(split)), corpus.skipped
    for event in raw_events(split):
        text = articles[event["article"]].text
        assert text[event["start"] : event["end"]] == event["expression"], event
        for start, end in event.get("other_expressions", []):
            assert text[start:end].strip() == text[start:end] != "", event
    assert read_gold(CIVIC / split)


@pytest.mark.parametrize("split", SPLITS)
def test_every_event_is_complete_and_valid(split: str) -> None:
    for event in raw_events(split):
        keys = [k for k in event if k != "other_expressions"]
        assert keys == EVENT_KEYS, event
        assert event["category"] in CATEGORIES, event
        assert event["stance"] in ("", "denied", "disputed"), event
        first = date.fromisoformat(event["interval_start"])
        last = date.fromisoformat(event["interval_end"])
        assert first <= last, event
        assert event["happening"] and event["headline"], event
        for group in event["collective_actors"]:
            assert set(group) == {"text", "side"} and group["text"], event


@pytest.mark.parametrize("split", SPLITS)
def test_every_article_has_events_and_a_licence(split: str) -> None:
    rows = manifest(split)
    ids = [row["id"] for row in rows]
    assert ids == sorted(ids)
    with_events = {event["article"] for event in raw_events(split)}
    assert with_events == set(ids)
    sources = (CIVIC / split / "SOURCES.md").read_text(encoding="utf-8")
    for row in rows:
        assert row["licence"].strip() and row["url"].startswith("http"), row
        assert row["file"] == f"{row['id']}.txt" and (CIVIC / split / row["file"]).is_file()
        date.fromisoformat(row["published"])
        assert row["url"] in sources, row["id"]


@pytest.mark.parametrize("split", SPLITS)
def test_events_are_sorted_by_article_then_offset(split: str) -> None:
    order = [(event["article"], event["start"]) for event in raw_events(split)]
    assert order == sorted(order)


def test_ids_are_unique_and_no_source_or_happening_spans_both_splits() -> None:
    ids = [row["id"] for split in SPLITS for row in manifest(split)]
    assert len(ids) == len(set(ids))
    # One stored page can hold several source articles: a source is its address and title.
    sources = {split: {(row["url"], row["title"]) for row in manifest(split)} for split in SPLITS}
    assert not sources["dev"] & sources["test"]
    happenings = {split: {e["happening"] for e in raw_events(split)} for split in SPLITS}
    assert not happenings["dev"] & happenings["test"]
