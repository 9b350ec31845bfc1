"""The data model: articles, date mentions and events, as frozen dataclasses.

Nothing here does I/O or touches pandas. Every offset is a half-open
``[char_start, char_end)`` range into the owning article's ``text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Literal, get_args

from timeline.text import counted

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Granularity = Literal[
    "time", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century"
]
Mod = Literal[
    "",
    "START",
    "MID",
    "END",
    "EARLY",
    "LATE",
    "APPROX",
    "BEFORE",
    "AFTER",
    "ON_OR_BEFORE",
    "ON_OR_AFTER",
    "LESS_THAN",
    "MORE_THAN",
    "EQUAL_OR_LESS",
    "EQUAL_OR_MORE",
]
Anchor = Literal["dct", "text", "absolute", "none"]
Category = Literal["battlefield", "diplomatic", "political", "economic", "humanitarian", "other"]
Stance = Literal["", "asserted", "denied", "disputed"]
PublishedSource = Literal[
    "manifest", "front-matter", "file-name", "row", "html-meta", "inferred-from-text"
]

CATEGORIES: tuple[Category, ...] = get_args(Category)
STORY_CUE = "(story)"  # the cue of a category an event took from its article's other events
GRANULARITIES: tuple[Granularity, ...] = get_args(Granularity)


def _check(condition: bool, message: str, *values: object) -> None:
    """Raise ``ValueError(message)`` unless ``condition``; the ``values`` fill the message's
    ``{}`` fields only then, so a check that holds costs no formatting."""
    if not condition:
        raise ValueError(message.format(*values))


_PRIMARY_SUBTAG = re.compile(r"[a-z]{2,8}")
# Half of a UTF-16 pair on its own: a JSON or YAML escape (\ud800) can make one, no
# encoding can write it, so it would stop every output that holds it.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
"""A lone surrogate: a code point Python strings can hold but no Unicode encoding can write."""
_TEXT_FIELDS = ("id", "text", "outlet", "title", "url", "source", "published_basis")


def language_code(tag: str) -> str:
    """The primary subtag of a language tag, lower-cased: 'en-US', 'EN', 'en_GB' -> 'en'.

    Raises ``ValueError`` when ``tag`` does not start with one (2 to 8 ASCII letters).
    """
    primary = re.split(r"[-_]", tag.strip(), maxsplit=1)[0].lower()
    _check(
        bool(_PRIMARY_SUBTAG.fullmatch(primary)),
        "language {!r} is not a language tag such as 'en' or 'en-US'",
        tag,
    )
    return primary


@dataclass(frozen=True, slots=True)
class Article:
    """One news article.

    Invariants: ``id`` and ``text`` are non-empty; ``published`` is the article's
    reference date (the publication day in the article's own time zone; a datetime
    given is kept as ``published_at`` and counts as its day); when ``published_at`` is
    given its date is ``published``; ``language`` is the primary
    subtag of the tag given, lower-cased ("en-US" is kept as "en").
    """

    id: str
    text: str
    published: date
    published_at: datetime | None = None
    outlet: str = ""
    title: str = ""
    url: str = ""
    language: str = "en"
    source: str = ""
    published_source: PublishedSource = "manifest"
    published_basis: str = ""

    def __post_init__(self) -> None:
        _check(isinstance(self.id, str), "an article's id must be a str, not {!r}", self.id)
        for name in (*_TEXT_FIELDS, "language"):
            _check(
                isinstance(getattr(self, name), str),
                "article {!r}: {} must be a str, not {}",
                self.id,
                name,
                type(getattr(self, name)).__name__,
            )
        _check(bool(self.id), "an article needs an id")
        _check(bool(self.text.strip()), "article {!r} has no text", self.id)
        for name in _TEXT_FIELDS:
            if surrogate := LONE_SURROGATE.search(getattr(self, name)):
                raise ValueError(
                    f"article {self.id!r}: {name} holds a lone surrogate "
                    f"(U+{ord(surrogate.group()):04X} at character {surrogate.start()}), "
                    "which is not Unicode text"
                )
        _check(
            isinstance(self.published, date),
            "article {!r}: published must be a date, not {}",
            self.id,
            type(self.published).__name__,
        )
        # pandas' NaT (a missing date in a DataFrame) is a datetime that equals nothing
        _check(
            self.published == self.published,
            "article {!r} has no publication date (published is {})",
            self.id,
            self.published,
        )
        _check(
            self.published_at == self.published_at,
            "article {!r} has no publication time (published_at is {})",
            self.id,
            self.published_at,
        )
        if isinstance(self.published, datetime):  # a pandas Timestamp too: its day counts
            if self.published_at is None:
                object.__setattr__(self, "published_at", self.published)
            object.__setattr__(self, "published", self.published.date())
        if self.published_at is not None:
            _check(
                self.published_at.date() == self.published,
                "article {!r}: published_at {} is not on {}",
                self.id,
                self.published_at,
                self.published,
            )
        try:
            language = language_code(self.language)
        except ValueError as err:
            raise ValueError(f"article {self.id!r}: {err}") from None
        if language != self.language:
            object.__setattr__(self, "language", language)  # frozen: set once, while building

    @property
    def teller(self) -> str:
        """Who told it, as lists of reports name it: the outlet, else the article's id."""
        return self.outlet or self.id


@dataclass(frozen=True, slots=True)
class Mention:
    """A temporal expression found in a text and placed on the calendar.

    ``text`` is exactly ``article_text[char_start:char_end]`` (line breaks included).
    ``interval_start``/``interval_end`` are inclusive dates, both set or both
    ``None``; they are ``None`` for durations, sets and references that name no
    stretch of the calendar ("recently"). ``rule`` names the grammar rule that fired.
    """

    text: str
    char_start: int
    char_end: int
    type: TimexType
    value: str
    interval_start: date | None = None
    interval_end: date | None = None
    granularity: Granularity | None = None
    mod: Mod = ""
    anchor: Anchor = "none"
    rule: str = ""

    def __post_init__(self) -> None:
        start, end = self.char_start, self.char_end
        _check(0 <= start < end, "bad offsets {}..{}", start, end)
        _check(
            len(self.text) == end - start,
            "mention text {!r} does not fit offsets {}..{}",
            self.text,
            start,
            end,
        )
        _check(
            (self.interval_start is None) == (self.interval_end is None),
            "interval_start and interval_end are set together",
        )
        if self.interval_start is not None and self.interval_end is not None:
            _check(
                self.interval_start <= self.interval_end,
                "interval {}..{} runs backwards",
                self.interval_start,
                self.interval_end,
            )

    @property
    def is_placed(self) -> bool:
        """True when the mention names a stretch of the calendar (it can be plotted)."""
        return self.interval_start is not None


@dataclass(frozen=True, slots=True)
class Event:
    """A dated statement: one placed mention in its sentence, with what it is about.

    ``sentence_start``/``sentence_end`` are offsets into the article text and
    contain the mention. ``place_coordinates`` is empty or holds one
    ``(latitude, longitude)`` or ``None`` per place. Cluster fields are filled by
    :mod:`timeline.merge`; ``cluster_title`` is the headline of the whole cluster.
    ``other_mentions`` are further expressions of the same happening's date in the same
    sentence ("late on Monday, on the eve of the talks").
    """

    event_id: str
    article_id: str
    mention: Mention
    sentence_start: int
    sentence_end: int
    sentence: str
    title: str
    category: Category = "other"
    cues: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    place_coordinates: tuple[tuple[float, float] | None, ...] = ()
    claimed_by: str = ""
    stance: Stance = ""
    cluster_id: str = ""
    cluster_size: int = 1
    cluster_outlets: tuple[str, ...] = ()
    date_conflict: bool = False
    cluster_title: str = ""
    other_mentions: tuple[Mention, ...] = ()

    def __post_init__(self) -> None:
        name = self.event_id
        _check(self.mention.is_placed, "event {}: its mention is not on the calendar", name)
        _check(
            self.sentence_start <= self.mention.char_start
            and self.mention.char_end <= self.sentence_end,
            "event {}: sentence does not contain the mention",
            name,
        )
        _check(
            not self.place_coordinates or len(self.place_coordinates) == len(self.places),
            "event {}: one coordinate pair (or None) per place",
            name,
        )


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be used, and why (one line, names the file or row)."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(frozen=True)
class Corpus:
    """Articles read from one source, plus what was skipped. Iterates over articles."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...] = field(default=())
    source: str = ""

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)

    def summary(self, *, most: int = 3) -> str:
        """One line: how many articles were read, how many skipped and why (``most`` named)."""
        line = f"{counted(len(self.articles), 'article')} read"
        if self.skipped:
            line += f", {len(self.skipped)} skipped: " + "; ".join(map(str, self.skipped[:most]))
            if len(self.skipped) > most:
                line += f"; and {len(self.skipped) - most} more"
        return line


def least_of_each_id_first(articles: Iterable[Article]) -> Iterator[Article]:
    """``articles`` with, of those sharing an id, the least by content (text, then
    publication date, outlet, ...) in the place of the first, so that keeping the first of
    each id (as reading a source and building a table do) keeps the same one whatever the
    order they came in. All are read before the first is passed on: a table holds them
    all anyway."""
    given = list(articles)
    least: dict[str, Article] = {}
    for article in given:
        if article.id not in least or _content(article) < _content(least[article.id]):
            least[article.id] = article
    first: dict[str, Article] = {}
    for article in given:
        if article.id not in first:
            first[article.id] = article
            yield least[article.id]
        else:
            yield first[article.id] if article is least[article.id] else article


def _content(article: Article) -> tuple[str, ...]:
    return tuple(str(getattr(article, field.name)) for field in fields(article))
