"""timeline: news articles in, a dated event table and an interactive timeline out.

>>> import timeline
>>> corpus = timeline.load_articles()          # the bundled seed articles
>>> table = timeline.extract_events(corpus)    # pandas DataFrame, one row per event
>>> figure = timeline.plot_timeline(table)     # plotly Figure

Names are imported on first use, so ``import timeline`` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from timeline.articles import load_articles
    from timeline.errors import TimelineError
    from timeline.model import Article, Corpus, Event, Mention
    from timeline.pipeline import extract_events, extract_mentions
    from timeline.plot import plot_timeline, write_html
    from timeline.resolve import find_dates
    from timeline.table import clusters, places, read_table, write_table

_HOMES = {
    "Article": "timeline.model",
    "Corpus": "timeline.model",
    "Event": "timeline.model",
    "Mention": "timeline.model",
    "TimelineError": "timeline.errors",
    "load_articles": "timeline.articles",
    "find_dates": "timeline.resolve",
    "extract_events": "timeline.pipeline",
    "extract_mentions": "timeline.pipeline",
    "plot_timeline": "timeline.plot",
    "write_html": "timeline.plot",
    "read_table": "timeline.table",
    "clusters": "timeline.table",
    "places": "timeline.table",
    "write_table": "timeline.table",
}

__all__ = [
    "Article",
    "Corpus",
    "Event",
    "Mention",
    "TimelineError",
    "clusters",
    "extract_events",
    "extract_mentions",
    "find_dates",
    "load_articles",
    "places",
    "plot_timeline",
    "read_table",
    "write_html",
    "write_table",
]


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__
