"""timeline: news articles in, a dated event table and an interactive timeline out."""

from timeline.articles import load_articles
from timeline.errors import TimelineError
from timeline.model import Article, Corpus, Event, Mention

__all__ = ["Article", "Corpus", "Event", "Mention", "TimelineError", "load_articles"]
