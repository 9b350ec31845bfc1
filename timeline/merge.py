"""The same event across articles: clusters of reports, and dates they disagree on.

Two reports from different articles are linked when their dates lie within
:data:`MAX_GAP_DAYS` of each other and their content is similar: a weighted overlap
of the actors, places and content words of their sentences (rare words weigh more,
words of the title more than the rest of the sentence). Links are taken strongest
first; a cluster holds at most one report per article and never spans more than
:data:`MAX_GAP_DAYS` between its dates. A cluster whose reports' date intervals do
not all overlap has a date conflict.

Exact repeats of a report (the same features and dates: one wire story run by many
outlets) are the most similar reports can be; they are joined first and compared with
the others once, through their first report. Beyond them only pairs that could link
are compared: reports near in date that share a feature distinctive enough to reach
the threshold. So the work grows with the number of distinct similar pairs, not with
the square of the number of reports.
"""

from __future__ import annotations

import math
import re
from array import array
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date

from timeline.lexicon.events import EventLexicon as Lexicon
from timeline.lexicon.events import load_event_lexicon as load_lexicon
from timeline.model import Article, Event

MAX_GAP_DAYS = 3
MIN_SIMILARITY = 0.2

_WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)*")
_NAME_WEIGHT = 2.0
_TITLE_WEIGHT = 2.0
_SENTENCE_WEIGHT = 1.0
_WINDOW_WORDS = 15
_LOWEST_BOUND = MIN_SIMILARITY - 1e-9  # a bound below this cannot be rounded up to the threshold
# Common features left out of the index may weigh at most this share of the threshold:
# more makes shorter lists to look through but looser bounds, so more pairs to score.
_COMMON_SHARE = 0.4


def cluster_events(events: Sequence[Event], articles: Mapping[str, Article]) -> list[Event]:
    """``events`` in the same order, with ``cluster_id``, ``cluster_size``,
    ``cluster_outlets`` and ``date_conflict`` filled.

    A cluster's id is the ``event_id`` of its first report (by article id, then
    offset); a report that matches no other is a cluster of one.
    """
    features = [
        _features(event, load_lexicon(articles[event.article_id].language)) for event in events
    ]
    idf = _inverse_document_frequency(features)
    norms = [math.sqrt(sum((v * idf[k]) ** 2 for k, v in f.items())) for f in features]
    import numpy as np  # loaded with pandas anyway; kept out of start-up

    clusters = _Clusters(events)
    repeats = _repeats(events, features)
    for group in repeats:
        for other in group[1:]:
            clusters.join(group[0], other)
    # Only the first of each group of repeats is compared: the others would score the
    # same against everything, and their group is joined already.
    firsts = [group[0] for group in repeats]

    # Links are kept in flat arrays: there can be millions (24 bytes each, not 130 as tuples).
    scores, lefts, rights = array("d"), array("q"), array("q")
    pairs = _candidate_pairs(
        [events[k] for k in firsts],
        [features[k] for k in firsts],
        idf,
        [norms[k] for k in firsts],
    )
    for a, b in pairs:
        i, j = firsts[a], firsts[b]
        if events[i].article_id == events[j].article_id:
            continue  # and the clusters of i and j can never join
        score = _similarity(features[i], features[j], idf, norms[i], norms[j])
        if score >= MIN_SIMILARITY:
            scores.append(score)
            lefts.append(i)
            rights.append(j)
    strongest_first = np.lexsort(  # by score down, then i, then j
        (np.frombuffer(rights, np.int64), np.frombuffer(lefts, np.int64), -np.frombuffer(scores))
    )

    for link in strongest_first:
        clusters.join(lefts[link], rights[link])

    result = list(events)
    for group in clusters.groups():
        members = sorted(group, key=lambda k: (events[k].article_id, events[k].mention.char_start))
        reports = [events[k] for k in members]
        outlets = tuple(
            dict.fromkeys(articles[e.article_id].outlet or e.article_id for e in reports)
        )
        conflict = _conflicting(reports)
        for k in members:
            result[k] = replace(
                events[k],
                cluster_id=reports[0].event_id,
                cluster_size=len(reports),
                cluster_outlets=outlets,
                date_conflict=conflict,
            )
    return result


def _repeats(events: Sequence[Event], features: Sequence[Mapping[str, float]]) -> list[list[int]]:
    """Reports grouped with their exact repeats, in order of their first report.

    Repeats (one wire story run by many outlets, or re-published) have the same
    features and dates, so they are as similar as two reports can be: they are
    joined before any other link, one per article. A report without features
    repeats nothing.
    """
    groups: dict[object, list[int]] = {}
    seen_in_article: dict[tuple[str, object], int] = {}
    for k, event in enumerate(events):
        if not features[k]:
            groups[k] = [k]
            continue
        content = (_interval(event), frozenset(features[k].items()))
        nth = seen_in_article.get((event.article_id, content), 0)
        seen_in_article[event.article_id, content] = nth + 1
        groups.setdefault((content, nth), []).append(k)
    return sorted(groups.values())


def _distinctive(weighted: Mapping[str, float], norm: float) -> tuple[list[str], float]:
    """A report's features but its commonest ones, and the norm of those left out.

    As many of the commonest (lightest) features are left out as could not make a
    similarity of :data:`_COMMON_SHARE` × :data:`MIN_SIMILARITY` by themselves: the
    cosine of two reports that share none of one's distinctive features is at most
    the norm of its other features over its whole norm (Cauchy-Schwarz).
    """
    lightest_first = sorted(weighted, key=lambda key: (weighted[key], key))
    common = 0.0
    for count, key in enumerate(lightest_first):
        if math.sqrt(common + weighted[key] ** 2) >= _COMMON_SHARE * _LOWEST_BOUND * norm:
            return lightest_first[count:], math.sqrt(common)
        common += weighted[key] ** 2
    return [], math.sqrt(common)


def _candidate_pairs(
    events: Sequence[Event],
    features: Sequence[Mapping[str, float]],
    idf: Mapping[str, float],
    norms: Sequence[float],
) -> Iterator[tuple[int, int]]:
    """Each pair ``(i, j)``, ``i < j``, of reports within :data:`MAX_GAP_DAYS` of each
    other that may reach :data:`MIN_SIMILARITY`, once; all others are less similar.

    Reports are taken in order of start date, so the reports near one are those that
    follow it up to :data:`MAX_GAP_DAYS` after its end. Each feature lists the reports
    it is distinctive of (see :func:`_distinctive`) in that order, so only the reports
    sharing a distinctive feature are looked at, and only those whose shared distinctive
    features plus all their common ones could reach the threshold are paired.
    """
    weighted = [{key: value * idf[key] for key, value in f.items()} for f in features]
    order = sorted(range(len(events)), key=lambda k: _interval(events[k])[0])
    starts = [_interval(events[k])[0].toordinal() for k in order]
    reports_of: dict[str, tuple[list[int], list[float]]] = {}
    common_norms = []
    for position, k in enumerate(order):
        distinctive, common_norm = _distinctive(weighted[k], norms[k])
        common_norms.append(common_norm)
        for key in distinctive:
            positions, weights = reports_of.setdefault(key, ([], []))
            positions.append(position)
            weights.append(weighted[k][key])
    for position, k in enumerate(order):
        last_start = _interval(events[k])[1].toordinal() + MAX_GAP_DAYS
        shared: dict[int, float] = {}  # later report -> dot product over its distinctive features
        for key, weight in weighted[k].items():
            if key not in reports_of:
                continue
            positions, weights = reports_of[key]
            for at in range(bisect_right(positions, position), len(positions)):
                later = positions[at]
                if starts[later] > last_start:
                    break
                shared[later] = shared.get(later, 0.0) + weight * weights[at]
        for later, dot in shared.items():
            other = order[later]
            bound = dot + norms[k] * common_norms[later]
            if bound >= _LOWEST_BOUND * norms[k] * norms[other]:
                yield (k, other) if k < other else (other, k)


class _Clusters:
    """Union-find over reports, refusing joins that break a cluster's rules."""

    def __init__(self, events: Sequence[Event]):
        self.parent = list(range(len(events)))
        self.members = [[i] for i in range(len(events))]
        self.article_ids = [{e.article_id} for e in events]
        self.latest_start = [_interval(e)[0] for e in events]
        self.earliest_end = [_interval(e)[1] for e in events]

    def root(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def join(self, i: int, j: int) -> None:
        a, b = self.root(i), self.root(j)
        if a == b or not self.article_ids[a].isdisjoint(self.article_ids[b]):
            return
        latest_start = max(self.latest_start[a], self.latest_start[b])
        earliest_end = min(self.earliest_end[a], self.earliest_end[b])
        if (latest_start - earliest_end).days > MAX_GAP_DAYS:
            return
        if len(self.members[a]) < len(self.members[b]):
            a, b = b, a
        self.parent[b] = a
        self.members[a] += self.members[b]
        self.article_ids[a] |= self.article_ids[b]
        self.latest_start[a], self.earliest_end[a] = latest_start, earliest_end
        self.members[b], self.article_ids[b] = [], set()

    def groups(self) -> Iterator[list[int]]:
        """The members of each cluster."""
        return (self.members[k] for k in range(len(self.parent)) if self.parent[k] == k)


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
    left: Mapping[str, float],
    right: Mapping[str, float],
    idf: Mapping[str, float],
    norm_left: float,
    norm_right: float,
) -> float:
    """Cosine of two reports' idf-weighted features (norms given), in [0, 1]."""
    dot = sum(left[k] * right[k] * idf[k] ** 2 for k in left.keys() & right.keys())
    return dot / (norm_left * norm_right) if norm_left and norm_right else 0.0
