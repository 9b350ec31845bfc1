"""The same event across articles: clusters of reports, and dates they disagree on.

Two reports from different articles are linked when their dates lie within
:data:`MAX_GAP_DAYS` of each other and their content is similar: a weighted overlap
of the actors, places and content words of their sentences (rare words weigh more,
words of the title more than the rest of the sentence). Links are taken strongest
first; a cluster holds at most one report per article and never spans more than
:data:`MAX_GAP_DAYS` between its dates. A cluster whose reports' date intervals do
not all overlap has a date conflict.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from timeline.events import Lexicon, load_lexicon
from timeline.model import Article, Event

MAX_GAP_DAYS = 3
MIN_SIMILARITY = 0.2

_WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)*")
_NAME_WEIGHT = 2.0
_TITLE_WEIGHT = 2.0
_SENTENCE_WEIGHT = 1.0
_WINDOW_WORDS = 15


def cluster_events(events: Sequence[Event], articles: Mapping[str, Article]) -> list[Event]:
    """``events`` in the same order, with ``cluster_id``, ``cluster_size``,
    ``cluster_outlets`` and ``date_conflict`` filled.

    A cluster's id is the ``event_id`` of its first report (by article id, then
    offset); a report that matches no other is a cluster of one.
    """
    features = [
        _features(event, load_lexicon(articles[event.article_id].language)) for event in events
    ]
    weights = _inverse_document_frequency(features)
    links = []
    for i, left in enumerate(events):
        for j in range(i + 1, len(events)):
            right = events[j]
            if left.article_id == right.article_id or _gap_days(left, right) > MAX_GAP_DAYS:
                continue
            score = _similarity(features[i], features[j], weights)
            if score >= MIN_SIMILARITY:
                links.append((score, i, j))
    links.sort(key=lambda link: (-link[0], link[1], link[2]))

    clusters = _Clusters(events)
    for _score, i, j in links:
        clusters.join(i, j)

    result = []
    for index, event in enumerate(events):
        members = clusters.members(index)
        outlets = dict.fromkeys(articles[m.article_id].outlet or m.article_id for m in members)
        result.append(
            replace(
                event,
                cluster_id=members[0].event_id,
                cluster_size=len(members),
                cluster_outlets=tuple(outlets),
                date_conflict=_conflicting(members),
            )
        )
    return result


class _Clusters:
    """Union-find over reports, refusing joins that break a cluster's rules."""

    def __init__(self, events: Sequence[Event]):
        self.events = events
        self.parent = list(range(len(events)))
        self.groups: dict[int, list[int]] = {i: [i] for i in range(len(events))}

    def root(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def join(self, i: int, j: int) -> None:
        a, b = self.root(i), self.root(j)
        if a == b:
            return
        merged = self.groups[a] + self.groups[b]
        reports = [self.events[k] for k in merged]
        if len({e.article_id for e in reports}) < len(reports) or _span_days(reports) > (
            MAX_GAP_DAYS
        ):
            return
        self.parent[b] = a
        self.groups[a] = merged
        del self.groups[b]

    def members(self, index: int) -> list[Event]:
        group = self.groups[self.root(index)]
        return sorted(
            (self.events[k] for k in group), key=lambda e: (e.article_id, e.mention.char_start)
        )


def _interval(event: Event) -> tuple[date, date]:
    start, end = event.mention.interval_start, event.mention.interval_end
    assert start is not None and end is not None  # an event's mention is always placed
    return start, end


def _gap_days(left: Event, right: Event) -> int:
    """Days between two reports' intervals; 0 when they overlap."""
    (a_start, a_end), (b_start, b_end) = _interval(left), _interval(right)
    return max(0, (b_start - a_end).days, (a_start - b_end).days)


def _span_days(reports: Sequence[Event]) -> int:
    """The largest gap between any two reports of a group."""
    latest_start = max(_interval(e)[0] for e in reports)
    earliest_end = min(_interval(e)[1] for e in reports)
    return max(0, (latest_start - earliest_end).days)


def _conflicting(reports: Sequence[Event]) -> bool:
    """True when some two reports' date intervals do not overlap."""
    return len(reports) > 1 and _span_days(reports) > 0


def _stem(word: str, lexicon: Lexicon) -> str:
    word = re.sub(r"['’]s$", "", word.lower())
    for suffix in lexicon.suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _content_words(text: str, lexicon: Lexicon) -> set[str]:
    return {
        _stem(w, lexicon)
        for w in _WORD.findall(text)
        if w.lower() not in lexicon.cluster_ignore and len(w) > 2
    }


def _features(event: Event, lexicon: Lexicon) -> dict[str, float]:
    """Weighted features of a report: names, title words, words near the date."""
    m = event.mention
    offset = event.sentence_start
    before = event.sentence[: m.char_start - offset].split()[-_WINDOW_WORDS:]
    after = event.sentence[m.char_end - offset :].split()[:_WINDOW_WORDS]
    features = dict.fromkeys(_content_words(" ".join(before + after), lexicon), _SENTENCE_WEIGHT)
    features.update(dict.fromkeys(_content_words(event.title, lexicon), _TITLE_WEIGHT))
    for name in (*event.actors, *event.places):
        features[f"={name}"] = _NAME_WEIGHT
    return features


def _inverse_document_frequency(features: Sequence[Mapping[str, float]]) -> dict[str, float]:
    counts: dict[str, int] = {}
    for report in features:
        for key in report:
            counts[key] = counts.get(key, 0) + 1
    total = len(features)
    return {key: math.log(1 + total / count) for key, count in counts.items()}


def _similarity(
    left: Mapping[str, float], right: Mapping[str, float], idf: Mapping[str, float]
) -> float:
    """Cosine of two reports' idf-weighted features, in [0, 1]."""
    dot = sum(left[k] * right[k] * idf[k] ** 2 for k in left.keys() & right.keys())
    norm_left = math.sqrt(sum((v * idf[k]) ** 2 for k, v in left.items()))
    norm_right = math.sqrt(sum((v * idf[k]) ** 2 for k, v in right.items()))
    return dot / (norm_left * norm_right) if norm_left and norm_right else 0.0
