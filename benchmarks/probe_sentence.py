"""One probe sentence through the event stage: the shared step of the probe benchmarks."""

from __future__ import annotations

from datetime import date

from timeline.events import build_events
from timeline.model import Article, Event, Mention

DAY = date(2025, 11, 30)


def probe_event(expression: str, sentence: str) -> Event | None:
    """The event that ``expression`` dates in ``sentence``, as a one-sentence article
    published on :data:`DAY` would give it, or None when the stage finds none."""
    start = sentence.index(expression)
    mention = Mention(
        text=expression,
        char_start=start,
        char_end=start + len(expression),
        type="DATE",
        value=DAY.isoformat(),
        interval_start=DAY,
        interval_end=DAY,
        granularity="day",
        mod="",
        anchor="dct",
    )
    article = Article(id="probe", text=sentence, published=DAY, outlet="Probe")
    events = build_events(article, [mention])
    return events[0] if events else None
