"""The whole path from articles to tables: find dates, build events, merge, tabulate.

Each article is processed on its own (:func:`process_article`); only clustering
looks across articles. The CLI and the notebooks call these functions.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from timeline.events import build_events
from timeline.merge import cluster_events
from timeline.model import Article, Event
from timeline.resolve import find_dates
from timeline.table import events_frame, mentions_frame


def process_article(article: Article) -> list[Event]:
    """The events of one article, not yet clustered with other articles."""
    mentions = find_dates(article.text, article.published, language=article.language)
    return build_events(article, mentions)


def extract_events(articles: Iterable[Article]) -> pd.DataFrame:
    """The event table of ``articles``: one row per dated event, clustered across articles."""
    by_id = {article.id: article for article in articles}
    events = [event for article in by_id.values() for event in process_article(article)]
    return events_frame(cluster_events(events, by_id), by_id)


def extract_mentions(articles: Iterable[Article]) -> pd.DataFrame:
    """Every temporal mention of ``articles``, durations and vague references included."""
    return mentions_frame(
        (article.id, mention)
        for article in articles
        for mention in find_dates(article.text, article.published, language=article.language)
    )
