"""Score an event table against gold events annotated as in ``docs/annotation.md``.

A gold folder holds the articles (with their manifest) and ``events.jsonl``, one gold
event a line. :func:`read_gold` reads the gold, :func:`score_events` compares it with the
table :func:`timeline.extract_events` returns, :func:`score_event_folder` does both for a
folder, and :func:`format_event_scores` prints the report. Every figure is defined in
``docs/annotation.md`` ("What the scorer reports").
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
import warnings
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

import pandas as pd

from timeline.errors import SkippedArticleWarning, SourceError
from timeline.formats import json_value
from timeline.gazetteer import key
from timeline.locations import load_entity_lexicon
from timeline.model import CATEGORIES, Skipped
from timeline.names import spelling_key

GOLD_FILE = "events.jsonl"
LIST_SEPARATOR = "; "
# Words that only say what kind of place a name is: "Kursk region" ~ "Kursk Oblast",
# "Buner" ~ "Buner district".
_PLACE_KINDS = (
    "region oblast province governorate state district county municipality township hromada "
    "department prefecture"
)
_GENERIC_PLACE_WORDS = frozenset(
    kind + plural for kind in _PLACE_KINDS.split() for plural in ("", "s")
)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_NOT_A_CLAIM = frozenset({"", "asserted"})
_REQUIRED = ("article", "happening", "expression", "start", "end", "interval_start", "interval_end")


@dataclass(frozen=True, slots=True)
class CollectiveActor:
    """A group acting in an event ("Russian forces") and the side it belongs to."""

    text: str
    side: str


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One annotated event: a dated happening in one sentence of one article."""

    article: str
    happening: str
    expression: str
    start: int
    end: int
    interval_start: date
    interval_end: date
    category: str = ""
    actors: tuple[str, ...] = ()
    collective_actors: tuple[CollectiveActor, ...] = ()
    places: tuple[str, ...] = ()
    claimed_by: str = ""
    stance: str = ""
    other_expressions: tuple[tuple[int, int], ...] = ()

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """The main expression's span first, then the other expressions'."""
        return ((self.start, self.end), *self.other_expressions)


@dataclass(frozen=True, slots=True)
class EventError:
    """One scoring error, for the ``--errors`` listing: what the gold says and the table says."""

    kind: str
    article: str
    start: int
    expression: str
    gold: str
    system: str


@dataclass(frozen=True, slots=True)
class EventScores:
    """Counts behind every events figure, the figures themselves, and the errors.

    ``skipped`` names each article of the folder left out of the table (not read, or
    not processed) and why.
    """

    gold_events: int
    system_events: int
    found: int
    date_exact: int
    category_agree: int
    confusion: tuple[tuple[str, str, int], ...]
    actors_gold: int
    actors_gold_found: int
    actors_system: int
    actors_system_correct: int
    collective_gold: int
    collective_found: int
    places_gold: int
    places_gold_found: int
    places_system: int
    places_system_correct: int
    claims_agree: int
    stance_agree: int
    b3_precision: float | None
    b3_recall: float | None
    false_merges: int
    restating_rows: int
    conflict_flags: int
    false_conflict_flags: int
    errors: tuple[EventError, ...] = field(default=())
    skipped: tuple[Skipped, ...] = field(default=())

    @property
    def b3_f1(self) -> float | None:
        """Harmonic mean of B-cubed precision and recall."""
        if self.b3_precision is None or self.b3_recall is None:
            return None
        total = self.b3_precision + self.b3_recall
        return 2 * self.b3_precision * self.b3_recall / total if total else 0.0

    def figures(self) -> dict[str, float | int | None]:
        """The headline figures, by name (rates are ``None`` when nothing was there to rate)."""
        found = self.found
        return {
            "gold events found": _rate(found, self.gold_events),
            "date exact": _rate(self.date_exact, found),
            "category agreement": _rate(self.category_agree, found),
            "named actors recall": _rate(self.actors_gold_found, self.actors_gold),
            "named actors precision": _rate(self.actors_system_correct, self.actors_system),
            "collective actors recall": _rate(self.collective_found, self.collective_gold),
            "places recall": _rate(self.places_gold_found, self.places_gold),
            "places precision": _rate(self.places_system_correct, self.places_system),
            "claimed_by agreement": _rate(self.claims_agree, found),
            "stance agreement": _rate(self.stance_agree, found),
            "cluster B3 precision": self.b3_precision,
            "cluster B3 recall": self.b3_recall,
            "cluster B3 F1": self.b3_f1,
            "false merges": self.false_merges,
            "rows restating a happening": self.restating_rows,
            "date-conflict flags": self.conflict_flags,
            "false date-conflict flags": self.false_conflict_flags,
        }

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        """A JSON-ready summary: counts, figures, the confusion table and optionally errors."""
        report: dict[str, Any] = {
            "gold_events": self.gold_events,
            "system_events": self.system_events,
            "found": self.found,
            "figures": self.figures(),
            "confusion": [
                {"gold": gold, "system": system, "count": count}
                for gold, system, count in self.confusion
            ],
            "skipped": [str(item) for item in self.skipped],
        }
        if errors:
            report["errors"] = [
                {
                    "kind": e.kind,
                    "article": e.article,
                    "start": e.start,
                    "expression": e.expression,
                    "gold": e.gold,
                    "system": e.system,
                }
                for e in self.errors
            ]
        return report


# ----------------------------------------------------------------------------- reading


def read_gold(
    path: str | Path,
    *,
    texts: Mapping[str, str] | None = None,
    unread: Collection[str] = (),
) -> tuple[GoldEvent, ...]:
    """Gold events from an ``events.jsonl`` file, or from a folder holding one.

    With ``texts`` (article id to text), each event must name one of those articles and
    its span must read its expression there; an event of an article in ``unread`` (one
    the folder lists but that could not be read) is kept unchecked and counts as missed.
    A file without any gold event raises :class:`SourceError`.
    """
    path = Path(path)
    if path.is_dir():
        path = path / GOLD_FILE
    if not path.is_file():
        raise SourceError(str(path), "no gold events file (events.jsonl, see docs/annotation.md)")
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise SourceError(str(path), f"cannot read the gold events ({err})") from None
    events = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            event = _gold_event(line, f"{path}:{number}")
            if texts is not None and event.article not in unread:
                _check_points_into(event, texts, f"{path}:{number}")
            events.append(event)
    if not events:
        raise SourceError(str(path), "holds no gold event (see docs/annotation.md)")
    return tuple(events)


def _check_points_into(event: GoldEvent, texts: Mapping[str, str], where: str) -> None:
    """Refuse a gold event whose article was not read or whose span misses its expression
    (either would be scored as a missed event, hiding a slip in the gold)."""
    if event.article not in texts:
        raise SourceError(
            where, f"gold event names no article read from the folder: {event.article!r}"
        )
    text = texts[event.article]
    written = text[event.start : event.end]
    if written != event.expression:
        raise SourceError(
            where,
            f"the span {event.start}-{event.end} of {event.article!r} reads {written!r}, "
            f"not {event.expression!r}",
        )
    for start, end in event.other_expressions:
        if end > len(text):
            raise SourceError(
                where,
                f"the span {start}-{end} of {event.article!r} reads {text[start:end]!r}, "
                f"past its end ({len(text)} characters)",
            )


def _gold_event(line: str, where: str) -> GoldEvent:
    try:
        data = json_value(line)
    except json.JSONDecodeError as err:
        raise SourceError(where, f"not a JSON object ({err.msg})") from None
    if not isinstance(data, dict):
        raise SourceError(where, "not a JSON object")
    missing = [key for key in _REQUIRED if key not in data]
    if missing:
        raise SourceError(where, f"missing {', '.join(missing)}")
    try:
        event = GoldEvent(
            article=str(data["article"]),
            happening=str(data["happening"]),
            expression=str(data["expression"]),
            start=_offset(data["start"]),
            end=_offset(data["end"]),
            interval_start=date.fromisoformat(str(data["interval_start"])),
            interval_end=date.fromisoformat(str(data["interval_end"])),
            category=_text_field(data, "category", where),
            actors=_text_list(data, "actors", where),
            collective_actors=_collective_actors(data, where),
            places=_text_list(data, "places", where),
            claimed_by=_text_field(data, "claimed_by", where),
            stance=_text_field(data, "stance", where),
            other_expressions=tuple(
                (_offset(s), _offset(e)) for s, e in data.get("other_expressions", ())
            ),
        )
    except (TypeError, ValueError, KeyError) as err:
        raise SourceError(where, f"bad gold event ({err})") from None
    if event.category and event.category not in CATEGORIES:
        raise SourceError(where, f"unknown category {event.category!r}")
    if any(start >= end for start, end in event.spans):
        raise SourceError(where, "an expression span ends before it starts")
    if event.interval_end < event.interval_start:
        raise SourceError(
            where,
            f"interval_end {event.interval_end} is before interval_start {event.interval_start}",
        )
    return event


def _text_field(data: Mapping[str, object], key: str, where: str) -> str:
    """The text of an optional field, refused when it is anything else."""
    value = data.get(key, "")
    if not isinstance(value, str):
        raise SourceError(where, f"{key} should be a text, not {type(value).__name__}")
    return value


def _text_list(data: Mapping[str, object], key: str, where: str) -> tuple[str, ...]:
    """The texts of an optional list field, refused when it is a single text, null or a
    list of anything else (a text would otherwise count each of its letters)."""
    value = data.get(key, [])
    if not isinstance(value, list):
        raise SourceError(where, f"{key} should be a list of texts, not {type(value).__name__}")
    for item in value:
        if not isinstance(item, str):
            raise SourceError(where, f"{key} should be a list of texts, not {type(item).__name__}")
    return tuple(value)


def _collective_actors(data: Mapping[str, object], where: str) -> tuple[CollectiveActor, ...]:
    value = data.get("collective_actors", [])
    if not isinstance(value, list) or not all(
        isinstance(item, dict) and isinstance(item.get("text"), str) for item in value
    ):
        raise SourceError(
            where, 'collective_actors should be a list of {"text": ..., "side": ...} objects'
        )
    return tuple(CollectiveActor(item["text"], _text_field(item, "side", where)) for item in value)


def _offset(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"offset {value!r} is not a non-negative integer")
    return value


# ----------------------------------------------------------------------------- names


def _folded(text: str) -> str:
    """Case, accents, apostrophe style, a leading "the" and spacing do not matter."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = " ".join(text.split())
    return text.removeprefix("the ")


def same_actor(gold: str, system: str) -> bool:
    """Whether two actor names name the same actor: equal when folded and spelled as the
    event table unifies spellings ("Zelenskyy", "Zelensky"), or a surname alone."""
    a, b = spelling_key(_actor_key(gold)), spelling_key(_actor_key(system))
    if not a or not b:
        return False
    if a == b:
        return True
    (short, _), (full, written) = sorted(
        ((a.split(), gold), (b.split(), system)), key=lambda pair: len(pair[0])
    )
    surname = len(short) == 1 and len(full) > 1 and short[0] == full[-1]
    return surname and key(written) not in load_entity_lexicon("en").country_names  # "Sudan"


def _actor_key(name: str) -> str:
    """``name`` folded, a state by its own name ("UAE": "united arab emirates") and "UN"
    spelt out ("UN human rights office": "united nations human rights office")."""
    return re.sub(r"^u\.?n\.?(?=\s|$)", "united nations", _folded(_state_name(name)))


def _state_name(name: str) -> str:
    """A state's own name for any of its names ("UAE": "United Arab Emirates"), else ``name``."""
    country = load_entity_lexicon("en").country_names.get(key(name))
    return name if country is None else country.name


def same_place(gold: str, system: str) -> bool:
    """Whether two place names name the same place, generic words (region, oblast...) aside."""
    return bool(_place_key(gold)) and _place_key(gold) == _place_key(system)


def _place_key(name: str) -> str:
    words = re.findall(r"[\w']+", _folded(_state_name(name)))
    return " ".join(w for w in words if w not in _GENERIC_PLACE_WORDS)


def _listed(value: object) -> tuple[str, ...]:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ()
    return tuple(part.strip() for part in str(value).split(LIST_SEPARATOR.strip()) if part.strip())


def _text(value: object) -> str:
    return "" if value is None or value is pd.NA or pd.isna(value) else str(value)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- scoring


@dataclass(frozen=True, slots=True)
class _Row:
    """The columns of one table row that scoring reads."""

    index: int
    article: str
    start: int
    end: int
    expression: str
    interval: tuple[date | None, date | None]
    category: str
    actors: tuple[str, ...]
    places: tuple[str, ...]
    claimed_by: str
    stance: str
    cluster: str
    date_conflict: bool


def score_events(table: pd.DataFrame, gold: Sequence[GoldEvent]) -> EventScores:
    """Score an event table (the frame :func:`timeline.extract_events` returns) against gold."""
    rows = _rows(table)
    pairs = _pair(gold, rows)
    errors: list[EventError] = []
    for event in gold:
        if event not in pairs:
            errors.append(_error("missed", event, event.happening, ""))
    found = [(event, pairs[event]) for event in gold if event in pairs]
    counts = Counter[str]()
    confusion = Counter[tuple[str, str]]()
    for event, row in found:
        _score_pair(event, row, counts, confusion, errors)
    b3_precision, b3_recall = _b_cubed(found)
    false_merges = _false_merges(found, errors)
    restating = _restating_rows(gold, rows, pairs, errors)
    flags, false_flags = _conflict_flags(gold, rows, found, errors)
    return EventScores(
        gold_events=len(gold),
        system_events=len(rows),
        found=len(found),
        date_exact=counts["date"],
        category_agree=counts["category"],
        confusion=tuple((g, s, n) for (g, s), n in sorted(confusion.items())),
        actors_gold=counts["actors_gold"],
        actors_gold_found=counts["actors_gold_found"],
        actors_system=counts["actors_system"],
        actors_system_correct=counts["actors_system_correct"],
        collective_gold=counts["collective_gold"],
        collective_found=counts["collective_found"],
        places_gold=counts["places_gold"],
        places_gold_found=counts["places_gold_found"],
        places_system=counts["places_system"],
        places_system_correct=counts["places_system_correct"],
        claims_agree=counts["claims"],
        stance_agree=counts["stance"],
        b3_precision=b3_precision,
        b3_recall=b3_recall,
        false_merges=false_merges,
        restating_rows=restating,
        conflict_flags=flags,
        false_conflict_flags=false_flags,
        errors=tuple(errors),
    )


def _rows(table: pd.DataFrame) -> tuple[_Row, ...]:
    rows = []
    for position, record in enumerate(table.to_dict("records")):
        start, end = record.get("char_start"), record.get("char_end")
        if start is None or end is None or pd.isna(start) or pd.isna(end):
            continue
        rows.append(
            _Row(
                index=position,
                article=_text(record.get("article_id")),
                start=int(start),
                end=int(end),
                expression=_text(record.get("expression")),
                interval=(_day(record.get("interval_start")), _day(record.get("interval_end"))),
                category=_text(record.get("category")),
                actors=_listed(record.get("actors")),
                places=_listed(record.get("places")),
                claimed_by=_text(record.get("claimed_by")),
                stance=_text(record.get("stance")),
                cluster=_text(record.get("cluster_id")) or f"row-{position}",
                date_conflict=bool(record.get("date_conflict") is True),
            )
        )
    return tuple(rows)


def _day(value: object) -> date | None:
    if value is None or value is pd.NaT or pd.isna(value):  # type: ignore[arg-type]
        return None
    return pd.Timestamp(value).date()  # type: ignore[arg-type]


def _overlap(span: tuple[int, int], row: _Row) -> int:
    return max(0, min(span[1], row.end) - max(span[0], row.start))


def _pair(gold: Sequence[GoldEvent], rows: Sequence[_Row]) -> dict[GoldEvent, _Row]:
    """Pair each gold event with at most one row of its article overlapping one of its spans.

    Pairs are taken greedily, the main expression before the others, larger overlaps first,
    so that a row serves one gold event only.
    """
    by_article: dict[str, list[_Row]] = defaultdict(list)
    for row in rows:
        by_article[row.article].append(row)
    candidates = []
    for number, event in enumerate(gold):
        for row in by_article.get(event.article, ()):
            for rank, span in enumerate(event.spans):
                overlap = _overlap(span, row)
                if overlap:
                    candidates.append((rank, -overlap, number, row.index, event, row))
                    break
    candidates.sort(key=lambda c: c[:4])
    pairs: dict[GoldEvent, _Row] = {}
    used: set[int] = set()
    for _, _, _, _, event, row in candidates:
        if event not in pairs and row.index not in used:
            pairs[event] = row
            used.add(row.index)
    return pairs


def _score_pair(
    event: GoldEvent,
    row: _Row,
    counts: Counter[str],
    confusion: Counter[tuple[str, str]],
    errors: list[EventError],
) -> None:
    """Add one found event's date, category, actor, place and claim comparisons to the counts."""
    gold_interval = f"{event.interval_start}..{event.interval_end}"
    system_interval = f"{row.interval[0]}..{row.interval[1]}"
    if row.interval == (event.interval_start, event.interval_end):
        counts["date"] += 1
    else:
        errors.append(_error("date", event, gold_interval, system_interval))
    confusion[(event.category, row.category)] += 1
    if event.category == row.category:
        counts["category"] += 1
    else:
        errors.append(_error("category", event, event.category, row.category))
    _score_names(event, row, counts, errors)
    if _same_claimant(event.claimed_by, row.claimed_by):
        counts["claims"] += 1
    else:
        errors.append(_error("claimed_by", event, event.claimed_by, row.claimed_by))
    if _stance(event.stance) == _stance(row.stance):
        counts["stance"] += 1
    else:
        errors.append(_error("stance", event, event.stance, row.stance))


def _score_names(
    event: GoldEvent, row: _Row, counts: Counter[str], errors: list[EventError]
) -> None:
    system = ", ".join(row.actors)
    for actor in event.actors:
        counts["actors_gold"] += 1
        if any(same_actor(actor, name) for name in row.actors):
            counts["actors_gold_found"] += 1
        else:
            errors.append(_error("actor missed", event, actor, system))
    groups = [c.side for c in event.collective_actors if c.side]
    groups += [c.text for c in event.collective_actors]
    for name in row.actors:
        counts["actors_system"] += 1
        if any(same_actor(known, name) for known in (*event.actors, *groups)):
            counts["actors_system_correct"] += 1
        else:
            errors.append(_error("actor spurious", event, ", ".join(event.actors), name))
    for group in event.collective_actors:
        counts["collective_gold"] += 1
        named = [n for n in (group.side, group.text) if n]
        if any(same_actor(n, name) for n in named for name in row.actors):
            counts["collective_found"] += 1
        else:
            errors.append(
                _error("collective missed", event, f"{group.text} ({group.side})", system)
            )
    places = ", ".join(row.places)
    for place in event.places:
        counts["places_gold"] += 1
        if any(same_place(place, name) for name in row.places):
            counts["places_gold_found"] += 1
        else:
            errors.append(_error("place missed", event, place, places))
    for name in row.places:
        counts["places_system"] += 1
        if any(same_place(place, name) for place in event.places):
            counts["places_system_correct"] += 1
        else:
            errors.append(_error("place spurious", event, ", ".join(event.places), name))


def _same_claimant(gold: str, system: str) -> bool:
    if not gold.strip() or not system.strip():
        return not gold.strip() and not system.strip()
    return same_actor(gold, system)


def _stance(value: str) -> str:
    return "" if value in _NOT_A_CLAIM else value


def _b_cubed(found: Sequence[tuple[GoldEvent, _Row]]) -> tuple[float | None, float | None]:
    """B-cubed precision and recall of the table's clusters over the found gold events."""
    if not found:
        return None, None
    by_cluster = Counter(row.cluster for _, row in found)
    by_happening = Counter(event.happening for event, _ in found)
    both = Counter((event.happening, row.cluster) for event, row in found)
    precision = sum(both[(e.happening, r.cluster)] / by_cluster[r.cluster] for e, r in found)
    recall = sum(both[(e.happening, r.cluster)] / by_happening[e.happening] for e, r in found)
    return precision / len(found), recall / len(found)


def _false_merges(found: Sequence[tuple[GoldEvent, _Row]], errors: list[EventError]) -> int:
    """Pairs of different happenings whose found reports share one table cluster."""
    members: dict[str, dict[str, GoldEvent]] = defaultdict(dict)
    for event, row in found:
        members[row.cluster].setdefault(event.happening, event)
    merges = 0
    for cluster, happenings in sorted(members.items()):
        for (first, event), (second, _) in combinations(sorted(happenings.items()), 2):
            merges += 1
            errors.append(_error("false merge", event, f"{first} / {second}", cluster))
    return merges


def _restating_rows(
    gold: Sequence[GoldEvent],
    rows: Sequence[_Row],
    pairs: Mapping[GoldEvent, _Row],
    errors: list[EventError],
) -> int:
    """Rows that show a happening the table already shows.

    A row restates when it overlaps an expression of a found gold event without being that
    event's row (one happening told twice in one sentence), and each happening counts once
    for every table cluster its found reports fall in beyond the first.
    """
    paired = {row.index for row in pairs.values()}
    restating = 0
    for row in rows:
        if row.index in paired:
            continue
        event = next(
            (
                e
                for e in gold
                if e in pairs
                and e.article == row.article
                and any(_overlap(span, row) for span in e.spans)
            ),
            None,
        )
        if event is not None:
            restating += 1
            errors.append(_error("restating row", event, event.happening, row.expression))
    clusters: dict[str, dict[str, GoldEvent]] = defaultdict(dict)
    for event in gold:
        if event in pairs:
            clusters[event.happening].setdefault(pairs[event].cluster, event)
    for happening, shown in sorted(clusters.items()):
        for cluster, event in sorted(shown.items())[1:]:
            restating += 1
            errors.append(_error("restating row", event, happening, cluster))
    return restating


def _conflict_flags(
    gold: Sequence[GoldEvent],
    rows: Sequence[_Row],
    found: Sequence[tuple[GoldEvent, _Row]],
    errors: list[EventError],
) -> tuple[int, int]:
    """Table clusters flagged as disagreeing on the date, and how many the gold does not back.

    A flag is backed when the cluster's found reports are all one happening and that
    happening's gold reports include two whose intervals do not overlap.
    """
    flagged = sorted({row.cluster for row in rows if row.date_conflict})
    intervals: dict[str, list[tuple[date, date]]] = defaultdict(list)
    for event in gold:
        intervals[event.happening].append((event.interval_start, event.interval_end))
    shown: dict[str, list[GoldEvent]] = defaultdict(list)
    for event, row in found:
        shown[row.cluster].append(event)
    false_flags = 0
    for cluster in flagged:
        happenings = {event.happening for event in shown[cluster]}
        backed = len(happenings) == 1 and _disagree(intervals[next(iter(happenings))])
        if not backed:
            false_flags += 1
            first = shown[cluster][0] if shown[cluster] else None
            errors.append(
                EventError(
                    "false date conflict",
                    first.article if first else "",
                    first.start if first else 0,
                    first.expression if first else "",
                    ", ".join(sorted(happenings)) or "(no gold event)",
                    cluster,
                )
            )
    return len(flagged), false_flags


def _disagree(intervals: Iterable[tuple[date, date]]) -> bool:
    return any(a[1] < b[0] or b[1] < a[0] for a, b in combinations(intervals, 2))


def _error(kind: str, event: GoldEvent, gold: str, system: str) -> EventError:
    return EventError(kind, event.article, event.start, event.expression, gold, system)


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


# ----------------------------------------------------------------------------- folders


def score_event_folder(folder: str | Path) -> EventScores:
    """Build the event table for a gold folder's articles and score it against its gold;
    the articles left out of the table are named in ``skipped``."""
    from timeline.articles import load_articles
    from timeline.pipeline import ArticleResult, extract_events

    corpus = load_articles(folder)
    texts = {article.id: article.text for article in corpus}
    # a listed file that could not be read: its gold events count as missed, and the
    # report names the file
    unread = {Path(item.where).stem for item in corpus.skipped} - set(texts)
    gold = read_gold(folder, texts=texts, unread=unread)
    unprocessed: list[Skipped] = []

    def keep_skip(result: ArticleResult) -> None:
        if result.skipped is not None:
            unprocessed.append(result.skipped)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SkippedArticleWarning)  # named in the report instead
        table = extract_events(corpus, on_progress=keep_skip)
    not_read = [item for item in corpus.skipped if Path(item.where).name != GOLD_FILE]
    return replace(score_events(table, gold), skipped=(*not_read, *unprocessed))


def format_event_scores(scores: EventScores, *, errors: bool = False) -> str:
    """The report as text: counts, one figure a line, the confusion table, optionally errors."""
    lines = [
        f"gold events {scores.gold_events}, table rows {scores.system_events}, found {scores.found}"
    ]
    lines += [f"skipped {item}" for item in scores.skipped]
    for name, value in scores.figures().items():
        shown = "n/a" if value is None else f"{value:.2f}" if isinstance(value, float) else value
        lines.append(f"  {name:<28} {shown}")
    if scores.confusion:
        lines.append("category confusion (gold -> table: count)")
        lines += [f"  {gold} -> {system}: {count}" for gold, system, count in scores.confusion]
    if errors:
        lines.append("errors")
        lines += [
            f"  {e.kind}: {e.article}@{e.start} {e.expression!r} gold={e.gold!r} table={e.system!r}"
            for e in scores.errors
        ]
        lines.append(f"{len(scores.errors)} errors")
    return "\n".join(lines)
