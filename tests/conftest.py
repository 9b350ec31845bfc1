"""Small factories shared by the tests."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from timeline.model import Article, Mention

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
SHARED = REPO.parent / "shared"


def make_article(
    text: str, published: date = date(2025, 12, 2), *, id: str = "a", outlet: str = "Outlet"
) -> Article:
    """An article with sensible defaults for tests."""
    return Article(id=id, text=text, published=published, outlet=outlet)


def make_mention(
    expression: str,
    article_text: str,
    start: date,
    end: date | None = None,
    *,
    occurrence: int = 0,
    granularity: str = "day",
    anchor: str = "dct",
) -> Mention:
    """A placed DATE mention of the ``occurrence``-th ``expression`` in ``article_text``."""
    offset = -1
    for _ in range(occurrence + 1):
        offset = article_text.index(expression, offset + 1)
    return Mention(
        text=expression,
        char_start=offset,
        char_end=offset + len(expression),
        type="DATE",
        value=start.isoformat(),
        interval_start=start,
        interval_end=end or start,
        granularity=granularity,  # type: ignore[arg-type]
        anchor=anchor,  # type: ignore[arg-type]
    )


def gold_rows(name: str = "seed_dates.csv") -> list[dict[str, str]]:
    """Rows of a gold file in ``tests/data``."""
    with (DATA / name).open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def gold_mentions(articles: dict[str, Article]) -> dict[str, list[tuple[Mention, str]]]:
    """The seed gold as mentions of ``articles`` (by id), each with its expected category."""
    found: dict[str, list[tuple[Mention, str]]] = {}
    for row in gold_rows():
        article = articles[Path(row["file"]).stem]
        start, end = int(row["char_start"]), int(row["char_end"])
        mention = Mention(
            text=article.text[start:end],
            char_start=start,
            char_end=end,
            type="DATE",
            value=row["value"],
            interval_start=date.fromisoformat(row["interval_start"]),
            interval_end=date.fromisoformat(row["interval_end"]),
            granularity=row["granularity"],  # type: ignore[arg-type]
            mod=row["mod"],  # type: ignore[arg-type]
            anchor=row["anchor"],  # type: ignore[arg-type]
            rule="gold",
        )
        found.setdefault(article.id, []).append((mention, row["event_category"]))
    return found


@pytest.fixture
def seeds_dir() -> Path:
    """The bundled seed corpus in the repository."""
    return REPO / "seeds"
