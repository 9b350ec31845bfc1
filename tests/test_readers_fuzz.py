"""Any input to any reader: articles or one-line skips, never an escaping error or a lost row."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from timeline.articles import load_articles
from timeline.errors import TimelineError
from timeline.model import Corpus

FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text a good row may hold: commas and line breaks (so cells get quoted), no quotes.
good_texts = st.text(alphabet="Kyiv held, on Sunday.\n", min_size=1, max_size=30).filter(
    lambda text: bool(text.strip())
)
# One line of anything: quotes, brackets, separators and control characters included.
garbage_lines = st.text(
    alphabet=st.sampled_from("\"',{}[]:=+-\\\t\r ax09") | st.characters(codec="utf-8"),
    max_size=40,
).map(lambda text: text.replace("\n", " "))


def one_line_skips(corpus: Corpus) -> None:
    for skipped in corpus.skipped:
        assert "\n" not in str(skipped) and "\r" not in str(skipped)


def read(path: Path) -> Corpus | None:
    """The corpus, or None when the source as a whole is refused in one line."""
    try:
        corpus = load_articles(path)
    except TimelineError as err:
        assert "\n" not in str(err)
        return None
    one_line_skips(corpus)
    return corpus


def csv_lines(texts: list[str]) -> list[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for text in texts:
        writer.writerow([text, "2025-12-02"])
    return buffer.getvalue().splitlines(keepends=True)


def record_starts(lines: list[str]) -> list[int]:
    """Where each record written by :func:`csv_lines` starts (a quoted cell may span lines)."""
    starts, open_quote = [], False
    for index, line in enumerate(lines):
        if not open_quote:
            starts.append(index)
        open_quote ^= line.count('"') % 2 == 1
    return starts


@FUZZ
@given(
    texts=st.lists(good_texts, min_size=1, max_size=5), garbage=garbage_lines, at=st.integers(0, 5)
)
def test_a_csv_of_articles_loses_no_good_row_to_a_broken_one(
    texts: list[str], garbage: str, at: int
) -> None:
    lines = csv_lines(texts)
    starts = record_starts(lines)
    cut = starts[min(at, len(starts) - 1)] if at < len(starts) else len(lines)
    content = "text,date\n" + "".join(lines[:cut]) + garbage + "\n" + "".join(lines[cut:])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rows.csv"
        path.write_text(content, encoding="utf-8")
        corpus = read(path)
    assert corpus is not None
    read_texts = [article.text for article in corpus]
    for text in texts:
        assert text in read_texts


@FUZZ
@given(
    texts=st.lists(good_texts, min_size=1, max_size=5), garbage=garbage_lines, at=st.integers(0, 5)
)
def test_json_lines_lose_no_good_line_to_a_broken_one(
    texts: list[str], garbage: str, at: int
) -> None:
    lines = [json.dumps({"text": text, "date": "2025-12-02"}) for text in texts]
    lines.insert(min(at, len(lines)), garbage)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rows.jsonl"
        path.write_text("\n".join(lines), encoding="utf-8")
        corpus = read(path)
    assert corpus is not None
    read_texts = [article.text for article in corpus]
    for text in texts:
        assert text in read_texts


@FUZZ
@given(garbage=garbage_lines, at=st.integers(0, 2), manifest=st.sampled_from(["csv", "json"]))
@example(garbage="\x00,", at=0, manifest="csv")  # a file name no file can have
def test_a_manifest_folder_loses_no_listed_article_to_a_broken_row(
    garbage: str, at: int, manifest: str
) -> None:
    assume("a.txt" not in garbage and "b.txt" not in garbage)
    rows = [("a.txt", "2025-12-02"), ("b.txt", "2025-12-03")]
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "a.txt").write_text("Kyiv held on Sunday.", encoding="utf-8")
        (folder / "b.txt").write_text("Talks went on Monday.", encoding="utf-8")
        if manifest == "csv":
            lines = [f"{file},{day}\n" for file, day in rows]
            lines.insert(at, garbage + "\n")
            (folder / "articles.csv").write_text("file,published\n" + "".join(lines))
            corpus = read(folder)
            assert corpus is not None
            assert {"a", "b"} <= {article.id for article in corpus}
        else:
            items = [json.dumps({"file": file, "published": day}) for file, day in rows]
            items.insert(at, garbage)
            (folder / "articles.json").write_text("[" + ",".join(items) + "]")
            read(folder)  # a broken JSON array is refused whole, in one line


@FUZZ
@given(
    opener=st.sampled_from(["---", "+++"]),
    header=st.lists(garbage_lines, max_size=4).map("\n".join),
    body=st.text(max_size=40),
)
def test_front_matter_of_any_shape_is_an_article_or_one_skip(
    opener: str, header: str, body: str
) -> None:
    closer = "---" if opener == "---" else "+++"
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "good.md").write_text("---\npublished: 2025-12-02\n---\nOn Sunday.\n")
        (folder / "fuzz.md").write_text(f"{opener}\n{header}\n{closer}\n{body}", encoding="utf-8")
        corpus = read(folder)
    assert corpus is not None and "good" in {article.id for article in corpus}


@FUZZ
@given(
    head=st.text(max_size=60),
    body=st.text(max_size=200),
    dated=st.sampled_from(["", '<meta property="article:published_time" content="1950-02-03">']),
)
def test_html_of_any_shape_is_an_article_or_one_skip(head: str, body: str, dated: str) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "good.txt").write_text("---\npublished: 2025-12-02\n---\nOn Sunday.\n")
        page = f"<html><head>{dated}{head}</head><body><article><p>{body}</p></article></body>"
        (folder / "page.html").write_text(page, encoding="utf-8")
        corpus = read(folder)
    assert corpus is not None and "good" in {article.id for article in corpus}


def test_a_short_json_lines_file_keeps_its_good_line_beside_a_row_of_control_characters() -> None:
    lines = ["\x1f\x1f\x1f\x08", json.dumps({"text": "K", "date": "2025-12-02"})]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rows.jsonl"
        path.write_text("\n".join(lines), encoding="utf-8")
        corpus = read(path)
    assert corpus is not None and [a.text for a in corpus.articles] == ["K"]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("rows.jsonl", '{"text": "Talks \\ud800 on Sunday.", "date": "2025-12-02"}'),
        ("rows.jsonl", '{"text": "Talks on Sunday.", "title": "\\udc00", "date": "2025-12-02"}'),
        ("rows.json", '[{"body": "Talks \\ud83d on Sunday.", "date": "2025-12-02"}]'),
        ("2025-12-02-page.md", '---\ntitle: "T \\ud800"\n---\nTalks on Sunday.'),
    ],
)
def test_a_lone_surrogate_escape_skips_its_article_in_one_line(name: str, content: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "good.md").write_text("---\npublished: 2025-12-02\n---\nOn Sunday.\n")
        (Path(folder) / name).write_text(content, encoding="utf-8")
        corpus = read(Path(folder))
    assert corpus is not None and [article.id for article in corpus] == ["good"]
    [skipped] = corpus.skipped
    assert skipped.where.startswith(str(Path(folder) / name)) and "lone surrogate" in skipped.reason


@pytest.mark.parametrize(
    "line", ["Troops held the line on Tuesday.\n", "Troops held, on Tuesday\r\n"]
)
def test_a_csv_text_over_the_article_limit_is_one_skip_saying_so(
    line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("timeline.formats.MAX_ARTICLE_BYTES", 2000)
    over = line * (3000 // len(line))
    content = f'text,date\n"{over}",2025-12-02\n"Talks on Monday.",2025-12-03\n'
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rows.csv"
        path.write_text(content, encoding="utf-8", newline="")
        corpus = read(path)
    assert corpus is not None and [article.text for article in corpus] == ["Talks on Monday."]
    [skipped] = corpus.skipped
    assert skipped.where == f"{path}:2" and "over the 0.002 MB limit" in skipped.reason
