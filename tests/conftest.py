"""Small factories shared by the tests."""

from __future__ import annotations

import csv
import os
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from timeline.articles import load_articles
from timeline.model import Anchor, Article, Category, Event, Granularity, Mention, Mod
from timeline.text import sentence_spans, squash

# Speed is measured in benchmarks, never in tests: a loaded machine must not fail an example.
# The examples are the same on every run, so a run's verdict does not depend on chance;
# HYPOTHESIS_PROFILE=explore draws new ones to look for failures.
settings.register_profile("timeline", deadline=None, derandomize=True, database=None)
settings.register_profile("explore", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "timeline"))

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
    granularity: Granularity = "day",
    mod: Mod = "",
    anchor: Anchor = "dct",
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
        granularity=granularity,
        mod=mod,
        anchor=anchor,
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


def make_event(
    article: Article,
    expression: str,
    start: date,
    end: date | None = None,
    *,
    granularity: Granularity = "day",
    mod: Mod = "",
    category: Category = "other",
    occurrence: int = 0,
    **fields: Any,
) -> Event:
    """The event of ``expression`` (its ``occurrence``-th match) in ``article``, in its sentence.

    ``fields`` go to :class:`Event` (``claimed_by``, ``cluster_id``, ``date_conflict``, ...).
    """
    mention = make_mention(
        expression,
        article.text,
        start,
        end,
        occurrence=occurrence,
        granularity=granularity,
        mod=mod,
    )
    char_start, char_end = mention.char_start, mention.char_end
    sentence_start, sentence_end = next(
        (s, e) for s, e in sentence_spans(article.text) if s <= char_start and char_end <= e
    )
    return Event(
        event_id=f"{article.id}:{char_start}",
        article_id=article.id,
        mention=mention,
        sentence_start=sentence_start,
        sentence_end=sentence_end,
        sentence=article.text[sentence_start:sentence_end],
        title=fields.pop("title", squash(article.text[sentence_start:sentence_end])[:80]),
        category=category,
        **fields,
    )


HOSTILE = (
    'On Monday the site posted <script>window.__xss = "script"</script> and '
    "<img src=x onerror=\"window.__xss = 'img'\"> with a "
    '<a href="javascript:window.__xss=1">link</a>.'
)


@pytest.fixture(scope="session")
def story() -> tuple[list[Event], dict[str, Article]]:
    """A small war story told by three outlets: dates of every precision, a cluster with a
    date conflict, a claim, an outlier year, and one article whose text and outlet are hostile
    HTML."""
    cnn = make_article(
        "Putin on Sunday received the news he had been awaiting: Russia had taken Pokrovsk.\n"
        "Kyiv disputed the claim, saying on Tuesday that fighting was still going on.\n"
        "Witkoff was set to meet Putin later on Tuesday in Moscow.\n"
        "Russian troops first entered the city back\nin August, officials said.\n"
        "The envoys met in Florida last week to rework the peace plan.\n"
        "The war began in 2022.",
        id="cnn",
        outlet="CNN",
    )
    wire = make_article(
        "The Kremlin said on Monday that Pokrovsk had fallen on Sunday.\n\n"
        "Ukraine says about 300 civilians remained in the city in late November.\n\n"
        "Fighting for the city began in early 2024.",
        date(2025, 12, 3),
        id="wire",
        outlet="Wire & Co",
    )
    hostile = make_article(HOSTILE, date(2025, 12, 2), id="hostile", outlet="<b>Evil</b> 'News'")
    events = [
        make_event(
            cnn,
            "on Sunday",
            date(2025, 11, 30),
            category="battlefield",
            title="Putin is told Pokrovsk has fallen",
            cluster_id="fall",
            cluster_size=2,
            cluster_outlets=("CNN", "Wire & Co"),
            date_conflict=True,
        ),
        make_event(
            cnn,
            "on Tuesday",
            date(2025, 12, 2),
            category="battlefield",
            claimed_by="Kyiv",
            stance="disputed",
        ),
        make_event(cnn, "later on Tuesday", date(2025, 12, 2), category="diplomatic"),
        make_event(
            cnn,
            "back\nin August",
            date(2025, 8, 1),
            date(2025, 8, 31),
            granularity="month",
            category="battlefield",
        ),
        make_event(
            cnn,
            "last week",
            date(2025, 11, 24),
            date(2025, 11, 30),
            granularity="week",
            category="diplomatic",
        ),
        make_event(
            cnn,
            "in 2022",
            date(2022, 1, 1),
            date(2022, 12, 31),
            granularity="year",
            category="battlefield",
        ),
        make_event(
            wire,
            "on Monday",
            date(2025, 12, 1),
            category="political",
            claimed_by="the Kremlin",
            stance="asserted",
        ),
        make_event(
            wire,
            "on Sunday",
            date(2025, 12, 1),
            category="battlefield",
            cluster_id="fall",
            cluster_size=2,
            cluster_outlets=("CNN", "Wire & Co"),
            date_conflict=True,
        ),
        make_event(
            wire,
            "in late November",
            date(2025, 11, 21),
            date(2025, 11, 30),
            granularity="month",
            mod="END",
            category="humanitarian",
        ),
        make_event(
            wire,
            "in early 2024",
            date(2024, 1, 1),
            date(2024, 4, 30),
            granularity="year",
            mod="START",
            category="battlefield",
        ),
        make_event(
            hostile,
            "On Monday",
            date(2025, 12, 1),
            category="other",
            title=HOSTILE,
            claimed_by="<i>nobody</i>",
        ),
    ]
    return events, {a.id: a for a in (cnn, wire, hostile)}


def seed_copies(copies: int) -> list[Article]:
    """The seed articles ``copies`` times, each copy published ten days later."""
    seeds = load_articles().articles
    return [
        replace(
            article,
            id=f"{article.id}-{copy}",
            published=article.published + timedelta(days=10 * copy),
            published_at=None,
        )
        for copy in range(copies)
        for article in seeds
    ]
