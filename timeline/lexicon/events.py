"""Event knowledge of one language, read from ``lexicon/events_<language>.toml``.

:func:`load_event_lexicon` reads a file once and returns a read-only
:class:`EventLexicon`: tuples, frozensets and read-only mappings, so the cached value
cannot be changed by whoever holds it. The event stage and clustering both read it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from types import MappingProxyType
from typing import Any, TypeVar

from timeline.lexicon import read_table
from timeline.model import CATEGORIES, Category, Stance

_Value = TypeVar("_Value")

SENSE_REACH = 5  # words either side of a cue where a context word changes its sense
CLASS_MARK = "@"  # a cue word naming a word class of [word_classes] ("joined the @compacts")
# What each reading of a word of reacting to another's act takes it for: the [grammar]
# lists it may come from, one list per meaning.
REACTIONS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        # a statement of the subject's own, which it claims ("condemned", "praised",
        # "described ... as", "expressed concern")
        "judging": ("condemning_verbs", "praising_verbs", "naming_verbs", "voicing_verbs"),
        # its subject does not do the act a date after it dates ("welcomed Monday's deal")
        "reacting": (
            "condemning_verbs",
            "praising_verbs",
            "naming_verbs",
            "voicing_verbs",
            "responding_verbs",
        ),
        # a stance towards whoever did the act ("condemned", "concerned by", "respond to")
        "stance": ("condemning_verbs", "voicing_verbs", "stance_words", "responding_verbs"),
        # a verb whose object is what it is about, not what happened ("urged a halt")
        "topic": ("condemning_verbs", "praising_verbs", "naming_verbs", "topic_verbs"),
        # a verb whose object is followed by what it calls it ("described it as a crime")
        "calling": ("condemning_verbs", "naming_verbs"),
    }
)
# Readings of a statement or an act of the subject's own: a participle in "-ing" tells
# none ("Chile, condemning the raid, recalled its envoy": the recall is Chile's act).
FINITE_READINGS = frozenset({"judging", "reacting"})
PARTICIPLE_ENDING = "ing"


def _frozen(mapping: Mapping[str, _Value]) -> Mapping[str, _Value]:
    return MappingProxyType(dict(mapping))


def word_matches(pattern: str, word: str) -> bool:
    """``pattern`` is a word, a prefix ending in ``*`` ("captur*"), or ``*`` (any word)."""
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return word == pattern


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue word or phrase for a category.

    ``words`` are lower-case patterns (see :func:`word_matches`) or, after the first, the
    name of a word class of ``classes`` after "@" ("joined the @compacts": any word of
    that class); a weak cue names who acts or how it is shown ("troops", "footage"), not
    what happened, and counts less; a cue of ``people`` (always weak) names only who acts
    or suffers, or where ("students", "hospital"), so its story may tell what happened.
    """

    words: tuple[str, ...]
    category: Category
    weak: bool = False
    people: bool = False
    classes: Mapping[str, frozenset[str]] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        if self.people and not self.weak:
            raise ValueError(f"a cue of people is weak: {' '.join(self.words)!r}")
        if self.words[0].startswith(CLASS_MARK):
            raise ValueError(f"a cue starts with a word, not a class: {' '.join(self.words)!r}")
        unknown = {w[1:] for w in self.words if w.startswith(CLASS_MARK)} - set(self.classes)
        if unknown:
            raise ValueError(f"no word class {sorted(unknown)} for {' '.join(self.words)!r}")

    def _fits(self, pattern: str, norm: str) -> bool:
        if pattern.startswith(CLASS_MARK):
            return norm in self.classes[pattern[1:]]
        return word_matches(pattern, norm)

    def matches_at(self, norms: Sequence[str], index: int) -> bool:
        """True when the words ``norms[index:]`` start with this cue."""
        if index + len(self.words) > len(norms):
            return False
        return all(
            self._fits(word, norm) for word, norm in zip(self.words, norms[index:], strict=False)
        )


@dataclass(frozen=True, slots=True)
class Sense:
    """A cue read in another sense when a context word stands near it.

    A cue whose first word fits one of ``cues`` counts for ``category`` instead of its
    own when a word within ``reach`` words of it fits one of ``context`` ("strike" near
    "teachers" is political; "struck" near "earthquake" is humanitarian); an empty
    ``category`` means the cue does not count at all. With ``before`` only the words
    before the cue are its context ("a strike on a school sheltering displaced families":
    who was attacked, not who was displaced). ``story`` lists the categories of the stories
    that may give the cue the sense too, no context word near it ("clashes broke out again
    on Sunday" in a story of protests; "the strike began at midnight" in a story of
    politics or of pay): an event such cues alone class takes the sense's category when its
    story's is one of them. With ``alone`` the sense holds only while no act of the cue's
    own category (a cue that is not weak) but those of ``cues`` stands within reach: a
    killing near a protest is the protest's ("300 were killed as police cracked down on the
    protests"), not when an act of its own category tells who killed ("an airstrike killed
    20 near the rally"). With ``governed`` the cue must stand in the phrase a context word
    before it governs, up to ``reach`` words on with no punctuation mark or word opening
    another clause between: the object of a verb ("supplied Kyiv with hundreds of attack
    drones"), not a word of the next clause ("sent aid as drones hit the city").
    """

    cues: tuple[str, ...]
    context: tuple[str, ...]
    category: Category | None
    reach: int
    before: bool = False
    story: tuple[Category, ...] = ()
    alone: bool = False
    governed: bool = False
    phrases: tuple[tuple[str, ...], ...] = field(init=False, repr=False)  # context, split
    # numbers of the phrases a word may start: by the word, and by a prefix ending in "*"
    _by_first_word: Mapping[str, tuple[int, ...]] = field(init=False, repr=False)
    _by_prefix: tuple[tuple[str, int], ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        phrases = tuple(tuple(p.split()) for p in self.context)
        by_first_word: dict[str, tuple[int, ...]] = {}
        by_prefix: list[tuple[str, int]] = []
        for number, words in enumerate(phrases):
            if words[0].endswith("*"):
                by_prefix.append((words[0][:-1], number))
            else:
                by_first_word[words[0]] = (*by_first_word.get(words[0], ()), number)
        object.__setattr__(self, "phrases", phrases)
        object.__setattr__(self, "_by_first_word", _frozen(by_first_word))
        object.__setattr__(self, "_by_prefix", tuple(by_prefix))

    def _started_by(self, word: str) -> Sequence[int]:
        """Numbers of the context phrases whose first word fits ``word``, in lexicon order."""
        numbers = self._by_first_word.get(word, ())
        if not self._by_prefix:
            return numbers
        return sorted((*numbers, *(n for prefix, n in self._by_prefix if word.startswith(prefix))))

    def fits(self, norm: str) -> bool:
        """True when a cue starting with the word ``norm`` may take this sense (a phrase
        in ``cues`` is known by its first word)."""
        return any(word_matches(pattern.split()[0], norm) for pattern in self.cues)

    def applies(
        self,
        norms: Sequence[str],
        first: int,
        last: int,
        stops: Sequence[bool] = (),
        back: int | None = None,
    ) -> bool:
        """True when the cue at words ``first..last`` is read in this sense; ``stops`` marks
        the words a phrase cannot run past, ``back`` where the clause a result participle
        closes starts (see :meth:`context_word`)."""
        return (
            self.fits(norms[first])
            and self.context_word(norms, first, last, stops, back) is not None
        )

    def context_word(
        self,
        norms: Sequence[str],
        first: int,
        last: int,
        stops: Sequence[bool] = (),
        back: int | None = None,
    ) -> str | None:
        """The first word near the cue at words ``first..last`` that fits ``context``; for a
        phrase of ``context`` ("council of ministers"), its words standing together there.
        For a governed sense, ``stops`` marks the words that open another phrase: a
        punctuation mark before them, or a word opening a clause. A result participle
        ("..., killing 12") reads the whole clause it closes, from word ``back`` on."""
        # where a context phrase may start, and where it must end: before the cue, or
        # anywhere after it once it starts within reach
        low = max(0, first - self.reach)
        if self.governed:  # no further back than the phrase the cue stands in
            low = max([low, *(i for i in range(low + 1, first + 1) if i < len(stops) and stops[i])])
        elif back is not None:
            low = min(low, back)
        windows = [(low, first, first)]
        if not self.before and not self.governed:
            windows.append((last + 1, min(last + 1 + self.reach, len(norms)), len(norms)))
        for start, stop, end in windows:
            for position in range(start, stop):
                for number in self._started_by(norms[position]):
                    words = self.phrases[number]
                    found = norms[position : min(position + len(words), end)]
                    if len(found) == len(words) and all(map(word_matches, words[1:], found[1:])):
                        return " ".join(found)
        return None


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: one per lexicon
class CueIndex:
    """Every category's cues in lexicon order, by what their first word must be."""

    cues: tuple[Cue, ...]
    by_word: Mapping[str, tuple[int, ...]]  # first word -> numbers of the cues it starts
    by_prefix: Mapping[str, tuple[int, ...]]  # prefix of a first word ending in "*"
    prefix_lengths: tuple[int, ...]

    @classmethod
    def of(cls, cues: Sequence[Cue]) -> CueIndex:
        by_word: dict[str, list[int]] = {}
        by_prefix: dict[str, list[int]] = {}
        for number, cue in enumerate(cues):
            first = cue.words[0]
            if first.endswith("*"):
                by_prefix.setdefault(first[:-1], []).append(number)
            else:
                by_word.setdefault(first, []).append(number)
        return cls(
            tuple(cues),
            _frozen({word: tuple(numbers) for word, numbers in by_word.items()}),
            _frozen({prefix: tuple(numbers) for prefix, numbers in by_prefix.items()}),
            tuple(sorted({len(prefix) for prefix in by_prefix})),
        )

    def matches(self, norms: Sequence[str]) -> list[tuple[int, int, Cue]]:
        """``(first, last, cue)`` word indices of every cue match, by cue then position.

        Only the cues whose first word fits a word are tried there, so the cost is
        linear in the number of words.
        """
        found = []
        for index, norm in enumerate(norms):
            for number in cues_starting(self, norm):
                cue = self.cues[number]
                if cue.matches_at(norms, index):
                    found.append((number, index, index + len(cue.words) - 1, cue))
        found.sort(key=lambda match: match[:2])
        return [(first, last, cue) for _, first, last, cue in found]


@lru_cache(maxsize=1 << 16)
def cues_starting(index: CueIndex, norm: str) -> tuple[int, ...]:
    """Numbers of the cues whose first word fits ``norm``."""
    numbers = list(index.by_word.get(norm, ()))
    for length in index.prefix_lengths:
        if len(norm) >= length:
            numbers += index.by_prefix.get(norm[:length], ())
    return tuple(numbers)


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: read once per language
class EventLexicon:
    """The event knowledge of one language (read-only)."""

    cues: CueIndex
    senses: tuple[Sense, ...]
    weights: Mapping[str, float]
    stance_of: Mapping[str, Stance]
    auxiliaries: frozenset[str]
    pronouns: frozenset[str]
    inverted: frozenset[str]
    headline_verbs: Mapping[str, str]
    claim_nouns: tuple[str, ...]
    not_claims: tuple[str, ...]
    speakers: tuple[str, ...]
    superlatives: frozenset[str]  # "the deadliest": a date or a place after it is a range
    ranks: frozenset[str]  # the superlatives, comparatives and ordinals: a date after is a range
    range_openers: frozenset[str]
    reach: frozenset[str]
    place_prepositions: frozenset[str]
    not_places: frozenset[str]
    grammar: Mapping[str, frozenset[str]]  # named word lists of the [grammar] table
    topic_openers: Mapping[str, tuple[tuple[str, ...], ...]]  # by first word
    cluster_ignore: frozenset[str]
    suffixes: tuple[str, ...]
    pointers: frozenset[str]  # words that point back to a happening told before ("the")
    happening_nouns: frozenset[str]  # nouns naming a happening, as written (not stemmed)
    happening_kinds: Mapping[str, frozenset[str]]  # word, as written -> kinds of happening
    # sense's category -> word, as written -> kinds it names when read in that sense
    sense_kinds: Mapping[str, Mapping[str, frozenset[str]]]
    once_a_day: frozenset[str]  # kinds of happening a place sees at most once a day
    told_once_a_day: frozenset[str]  # kinds of happening an article tells one of a day
    broad_kinds: frozenset[str]  # kinds holding others ("fighting": strikes, a capture)
    sites: Mapping[str, frozenset[str]]  # a word -> the kinds of place struck it names
    phrase_kinds: Mapping[str, frozenset[str]]  # two words -> kinds ("opened fire")
    acting_claims: frozenset[str]  # claim verbs doing what their day's reports tell
    other_clause: frozenset[str]  # words opening a clause about another happening ("since")
    cause_openers: frozenset[str]  # after a date, words opening what a toll came of ("when")
    tolls: frozenset[str]  # words telling a toll ("died", "killed")
    place_parts: frozenset[str]  # words naming a part of a town after its name ("district")
    people_heads: frozenset[str]  # nouns of people a kind's word qualifies ("aid workers")
    articles: frozenset[str]  # words leading a happening noun told first ("an attack")

    def words(self, name: str) -> frozenset[str]:
        """A named word list of the [grammar] table."""
        return self.grammar[name]

    def reacts(self, norm: str, reading: str) -> bool:
        """Whether ``norm`` is a word of reacting in ``reading`` (a key of :data:`REACTIONS`)."""
        return _reacts(self, norm, reading)

    def senses_of(self, norm: str) -> tuple[Sense, ...]:
        """The senses a cue starting with the word ``norm`` may take."""
        return _senses_of(self, norm)

    def function_words(self) -> frozenset[str]:
        """Words that never name anyone: function words, month, weekday and season names."""
        return _function_words(self)


def _story_categories(sense: Mapping[str, Any]) -> tuple[Category, ...]:
    """The categories of the stories that may give a sense: those ``story`` lists, or with
    ``story = true`` the sense's own."""
    story = sense.get("story", False)
    if story is True:
        return (sense["category"],)
    return tuple(story or ())


@lru_cache(maxsize=1 << 14)
def _senses_of(lexicon: EventLexicon, norm: str) -> tuple[Sense, ...]:
    return tuple(sense for sense in lexicon.senses if sense.fits(norm))


@lru_cache(maxsize=1 << 14)
def _reacts(lexicon: EventLexicon, norm: str, reading: str) -> bool:
    if reading in FINITE_READINGS and norm.endswith(PARTICIPLE_ENDING):
        return False
    patterns = (p for name in REACTIONS[reading] for p in lexicon.grammar[name])
    return any(word_matches(pattern, norm) for pattern in patterns)


@cache
def _function_words(lexicon: EventLexicon) -> frozenset[str]:
    names = ("stopwords", "clause_openers", "determiners", "leading_fillers")
    return frozenset().union(*(lexicon.grammar[name] for name in names), lexicon.not_places)


@cache
def load_event_lexicon(language: str = "en") -> EventLexicon:
    """Read the event lexicon of ``language`` (English when there is none for it)."""
    return _parse(read_table("events", language))


def _by_first_word(phrases: Sequence[str]) -> Mapping[str, tuple[tuple[str, ...], ...]]:
    """Phrases as word tuples, looked up by their first word."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        found.setdefault(words[0], []).append(words)
    return _frozen({word: tuple(entries) for word, entries in found.items()})


def _parse(data: Mapping[str, Any]) -> EventLexicon:
    claims = data["claims"]
    stance_of: dict[str, Stance] = {}
    for stance in ("asserted", "denied", "disputed"):
        stance_of.update(dict.fromkeys(claims[stance], stance))
    tables = (
        (False, False, data["categories"]),
        (True, False, data.get("weak_cues", {})),
        (True, True, data.get("people_cues", {})),
    )
    classes = {name: frozenset(words) for name, words in data.get("word_classes", {}).items()}
    cues = [
        Cue(tuple(entry.split()), category, weak, people, classes)
        for weak, people, table in tables
        for category in CATEGORIES
        for entry in table.get(category, ())
    ]
    senses = tuple(
        Sense(
            tuple(sense["cues"]),
            tuple(sense["context"]),
            sense["category"] or None,
            int(sense.get("reach", SENSE_REACH)),
            bool(sense.get("before", False)),
            _story_categories(sense),
            bool(sense.get("alone", False)),
            bool(sense.get("governed", False)),
        )
        for sense in data.get("senses", ())
    )
    return EventLexicon(
        cues=CueIndex.of(cues),
        senses=senses,
        weights=_frozen(data["weights"]),
        stance_of=_frozen(stance_of),
        auxiliaries=frozenset(claims["auxiliaries"]),
        pronouns=frozenset(claims["pronouns"]),
        inverted=frozenset(claims["inverted"]),
        headline_verbs=_frozen(claims["headline_verbs"]),
        claim_nouns=tuple(claims["claim_nouns"]),
        not_claims=tuple(claims["not_claims"]),
        speakers=tuple(claims["speakers"]),
        superlatives=frozenset(data["comparison"]["superlatives"]),
        ranks=frozenset(data["comparison"]["superlatives"] + data["comparison"]["ordinals"]),
        range_openers=frozenset(data["comparison"]["range_openers"]),
        reach=frozenset(data["comparison"]["reach"]),
        place_prepositions=frozenset(data["places_in_text"]["prepositions"]),
        not_places=frozenset(data["places_in_text"]["not_places"]),
        grammar=_frozen({name: frozenset(words) for name, words in data["grammar"].items()}),
        topic_openers=_by_first_word(data["grammar"]["topic_openers"]),
        cluster_ignore=frozenset(data["clusters"]["ignore"])
        | frozenset(data["grammar"]["stopwords"]),
        suffixes=tuple(data["clusters"]["suffixes"]),
        pointers=frozenset(data["clusters"].get("pointers", ())),
        happening_nouns=frozenset(data["clusters"].get("happening_nouns", ())),
        happening_kinds=_kinds_of_words(data["clusters"].get("kinds", {})),
        sense_kinds=_frozen(
            {
                category: _kinds_of_words(kinds)
                for category, kinds in data["clusters"].get("sense_kinds", {}).items()
            }
        ),
        once_a_day=frozenset(data["clusters"].get("once_a_day", ())),
        told_once_a_day=frozenset(data["clusters"].get("told_once_a_day", ())),
        broad_kinds=frozenset(data["clusters"].get("broad_kinds", ())),
        sites=_kinds_of_words(data["clusters"].get("sites", {})),
        phrase_kinds=_kinds_of_words(data["clusters"].get("phrase_kinds", {})),
        acting_claims=frozenset(data["clusters"].get("acting_claims", ())),
        other_clause=frozenset(data["clusters"].get("other_clause", ())),
        cause_openers=frozenset(data["clusters"].get("cause_openers", ())),
        tolls=frozenset(data["clusters"].get("tolls", ())),
        place_parts=frozenset(data["clusters"].get("place_parts", ())),
        people_heads=frozenset(data["clusters"].get("people_heads", ())),
        articles=frozenset(data["clusters"].get("articles", ())),
    )


def _kinds_of_words(kinds: Mapping[str, list[str]]) -> Mapping[str, frozenset[str]]:
    """Each word of the [clusters.kinds] table with the kinds of happening it names."""
    by_word: dict[str, set[str]] = {}
    for kind, words in kinds.items():
        for word in words:
            by_word.setdefault(word, set()).add(kind)
    return _frozen({word: frozenset(names) for word, names in by_word.items()})
