"""The snippet corpora under tests/data/snippets are well-formed gold (docs/annotation.md)."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

import timeline
from timeline.event_scores import read_gold
from timeline.model import CATEGORIES

SNIPPETS = Path(__file__).parent / "data" / "snippets"
MANIFEST_HEADER = ["file", "id", "outlet", "title", "url", "published", "language", "licence"]
STANCES = ("", "denied", "disputed")
FOLDERS = sorted(p for p in SNIPPETS.glob("*/*") if (p / "articles.csv").is_file())


def manifest_rows(folder: Path) -> list[dict[str, str]]:
    with (folder / "articles.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == MANIFEST_HEADER
        return list(reader)


def gold_lines(folder: Path) -> list[dict[str, object]]:
    lines = (folder / "events.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_there_is_a_snippet_corpus_to_check() -> None:
    assert FOLDERS, f"no snippet corpus under {SNIPPETS}"


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: f"{p.parent.name}-{p.name}")
def test_the_manifest_names_each_snippet_once_with_date_source_and_licence(folder: Path) -> None:
    rows = manifest_rows(folder)
    ids = [row["id"] for row in rows]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    sources = (folder / "SOURCES.md").read_text(encoding="utf-8")
    for row in rows:
        assert row["file"] == f"{row['id']}.txt" and (folder / row["file"]).is_file(), row
        assert row["licence"].strip() and row["outlet"].strip(), row
        assert row["url"].startswith("http") and row["url"] in sources, row
        date.fromisoformat(row["published"])


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: f"{p.parent.name}-{p.name}")
def test_every_gold_event_points_at_its_expression_in_a_snippet(folder: Path) -> None:
    corpus = timeline.load_articles(folder)
    assert {Path(s.where).name for s in corpus.skipped} <= {"SOURCES.md", "events.jsonl"}
    texts = {a.id: a.text for a in corpus.articles}
    assert set(texts) == {row["id"] for row in manifest_rows(folder)}
    gold = read_gold(folder)
    for event in gold:
        text = texts[event.article]
        assert text[event.start : event.end] == event.expression, event
        for start, end in event.other_expressions:
            assert 0 <= start < end <= len(text), event
        assert event.interval_start <= event.interval_end, event
    assert {e.article for e in gold} == set(texts), "every snippet has a dated event"
    order = [(e.article, e.start) for e in gold]
    assert order == sorted(order)


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: f"{p.parent.name}-{p.name}")
def test_every_gold_event_has_valid_labels(folder: Path) -> None:
    for line in gold_lines(folder):
        assert line["category"] in CATEGORIES, line
        assert line["stance"] in STANCES, line
        assert str(line["happening"]).strip() and str(line["headline"]).strip(), line
        assert all(isinstance(name, str) and name.strip() for name in line["actors"]), line  # type: ignore[attr-defined]
        assert all(isinstance(name, str) and name.strip() for name in line["places"]), line  # type: ignore[attr-defined]
        for group in line["collective_actors"]:  # type: ignore[attr-defined]
            assert set(group) == {"text", "side"} and group["text"].strip(), line


@pytest.mark.parametrize("corpus", sorted({p.parent for p in FOLDERS}), ids=lambda p: p.name)
def test_no_happening_is_shared_between_dev_and_test(corpus: Path) -> None:
    splits = [corpus / "dev", corpus / "test"]
    if not all((split / "events.jsonl").is_file() for split in splits):
        pytest.skip(f"{corpus.name} has no dev and test pair yet")
    dev, test = ({str(line["happening"]) for line in gold_lines(split)} for split in splits)
    assert not dev & test


def test_no_text_of_a_test_split_is_told_again_in_a_dev_split() -> None:
    """A dev text holding a test text's opening would let tuning see the test: every gold
    folder (news and snippets) is checked against every other."""
    data = Path(__file__).parent / "data"
    splits = {
        path: " ".join(path.read_text(encoding="utf-8").split())
        for path in data.glob("**/*.txt")
        if path.parent.name in ("dev", "test")
    }
    leaks = [
        (test.relative_to(data), dev.relative_to(data))
        for test, text in splits.items()
        if test.parent.name == "test"
        for dev, other in splits.items()
        if dev.parent.name == "dev" and text[:200] in other
    ]
    assert leaks == []
