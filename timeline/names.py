"""Who and where an event names: people, organisations, states and places.

:class:`ArticleNames` reads an article's names once (people introduced with a title or
quoted by surname, and every occurrence of a known actor or place), so that each
event's actors and places are looked up, not searched for. :func:`event_actors` and
:func:`event_places` are the only entry points the event stage uses.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate, pairwise
from typing import Generic, TypeVar

from timeline.actors import (
    ArticleEntities,
    CollectiveActor,
    actors_in,
    canonical_names,
    entity_words,
    irregular_past,
    is_act_noun,
    is_adverb,
    is_numbered_unit,
    most_named_so_far,
    name_list_end,
    name_start,
    places_in,
    publisher_state,
    role_before,
    title_words,
    undergoes,
)
from timeline.document import Token
from timeline.gazetteer import Coordinates, DomainPack, key, plain_key
from timeline.lexicon import read_table
from timeline.lexicon.events import EventLexicon
from timeline.locations import load_entity_lexicon
from timeline.model import Event
from timeline.sentence import DateClause, SentenceView, Span
from timeline.text import POSSESSIVE, one_of
from timeline.whereabouts import event_partners as partners_of_event
from timeline.whereabouts import event_places as places_of_event

_Found = TypeVar("_Found")
# A capitalised word, possessive "'s" left out. Its length is bounded so that a pattern
# tried at each capital of one endless token ("A-B-C-…") looks a bounded way ahead.
_NAME = r"[A-Z][\w’'\-]{1,40}(?<![’']s)"
_INITIAL = r"[A-Z]\."  # a middle initial ("Donald J. Trump"): no part of the name kept
_INITIAL_WORD = re.compile(rf"{_INITIAL}$")
_FULL_NAME = re.compile(rf"\b({_NAME}) ({_NAME})\b")
_WORD_AFTER = r"(?<![\w’'\-])([\w’'\-]+)"  # a whole word: tried once per word
_WORD_JOINT = re.compile(r"[’'\-]")
_LIST_WORDS = frozenset({"and", "or", "the"})
_LISTED_CLAUSES = 4  # how many clauses a subject listed after an opening date may take
# What may stand before a person's title in an article's title: "the", capitalised words
# ("by the Ukrainian Foreign Minister Jane Doe").
_TITLE_MODIFIERS = re.compile(r"(?:\s+(?:the|[A-Z][\w.’'\-]*))*\s+")
_SEXES = ("male", "female")
_SEX_LOOKBACK = 12  # how many people named before a pronoun it may pass over for its sex
_TITLE_REACH = 16  # characters before a name a title of it may take ("Princess ")
_TITLE_BEFORE = re.compile(r"\b([A-Za-z]+)\.?\s+$")
_WORD = re.compile(r"[A-Za-z]+")
_OPENS_WITHIN = 20  # characters from a sentence's start to the name it opens on ("The ...")
_SETTING_WORDS = 8  # words between a verb of speech and its "that" ("said in a statement on X")
_SENTENCE_WITHIN = 1500  # characters back to the start of the sentence before
# The word before a noun phrase, past "the": "that | the rebels", "after | protesters".
_CLAUSE_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+(?:the\s+)?\Z")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+")
_DESCRIBED_WITHIN = 400  # characters from a body's name to a description of it that means it
_ASIDE_REACH = 24  # words of a relative aside between a subject and its verb
_KIND_REACH = 24  # names looked back over for the body a word of its kind means ("the bank")
_POSSESSIVE_NAME = re.compile(r"[A-Z][\w\-]*(?: [A-Z][\w\-]*)*[’']s\b")  # "Ana Ruiz's"
_QUOTES = ':“"‘'  # a colon or a quotation mark opening what is said
# A line opening with a label in capitals ("SECRETARY X:"), or a short line ending in a colon.
_SPEAKER_LINE = re.compile(
    r"^(?:(?P<label>[A-Z][A-Z.’'\-]*(?: [A-Z][A-Z.’'\-]*){0,4}):|(?P<intro>[^\n]{1,150}:)[ \t]*$)",
    re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class Occurrences(Generic[_Found]):
    """Where names occur in a text, in order: ``(start, end)`` spans, each name as written
    (single-spaced) and what it names."""

    spans: tuple[tuple[int, int], ...]
    written: tuple[str, ...]
    found: tuple[_Found, ...]

    @classmethod
    def of(cls, text: str, names: Mapping[str, _Found]) -> Occurrences[_Found]:
        """Whole-word occurrences of ``names`` keys in ``text``, longest first wins."""
        pattern = _names_pattern(tuple(sorted(names, key=len, reverse=True)))
        matches = list(pattern.finditer(text))
        # any run of spaces may stand between a name's words: a name is written single-spaced
        written = tuple(" ".join(m.group().split()) for m in matches)
        return cls(
            tuple((m.start(), m.end()) for m in matches),
            written,
            tuple(names[name] for name in written),
        )

    def within(self, start: int, end: int) -> list[tuple[tuple[int, int], _Found]]:
        """The occurrences inside ``[start, end)``."""
        first = bisect_left(self.spans, (start, start))
        last = bisect_left(self.spans, (end, end))
        return [
            (span, found)
            for span, found in zip(self.spans[first:last], self.found[first:last], strict=True)
            if span[1] <= end
        ]


def _merged(
    known: Occurrences[str], article: Occurrences[str], names: Mapping[str, str]
) -> Occurrences[str]:
    """Both lists of occurrences as one scan would find them: leftmost, then longest wins.

    ``names`` decides what a name written in both means.
    """
    candidates = sorted(
        (span[0], span[0] - span[1], written)
        for occurrences in (known, article)
        for span, written in zip(occurrences.spans, occurrences.written, strict=True)
    )
    spans: list[tuple[int, int]] = []
    written_names: list[str] = []
    for start, negative_length, written in candidates:
        if spans and start < spans[-1][1]:
            continue
        spans.append((start, start - negative_length))
        written_names.append(written)
    return Occurrences(tuple(spans), tuple(written_names), tuple(names[w] for w in written_names))


@dataclass(frozen=True, slots=True)
class ArticleNames:
    """The names of one article, read once.

    ``people`` maps each way a person is written to the full name; ``actors`` and
    ``places`` are the occurrences of known actors (people included) and places;
    ``leaders[k]`` is the person named most often among the first ``k`` occurrences of
    people, which is whom a pronoun after them means; ``known`` are the canonical names
    of every actor, ``person_names`` those of people; ``floors`` are the offsets where a
    speaker takes the floor and ``speakers`` who (empty when unnamed), whom "I" means;
    ``titled`` maps a title (lower case) to the one person the article gives it;
    ``publisher`` is the state whose government publishes the article, whom "we" means;
    ``acting_leaders[k]`` is the person named most often among the first ``k`` people the
    entity index found acting by a full name (at ``acting_starts``); ``text`` is the
    article's, whose sentences say who is last in view.
    """

    lexicon: EventLexicon
    entities: ArticleEntities
    people: Mapping[str, str]
    actors: Occurrences[str]
    people_starts: tuple[int, ...]
    leaders: tuple[str, ...]
    known: frozenset[str]
    person_names: frozenset[str]
    language: str = "en"
    canonical: Mapping[str, str] = field(default_factory=dict)
    floors: tuple[int, ...] = ()
    speakers: tuple[str, ...] = ()
    titled: Mapping[str, str] = field(default_factory=dict)
    publisher: str = ""
    acting_starts: tuple[int, ...] = ()
    acting_leaders: tuple[str, ...] = ("",)
    text: str = ""  # the article's (unwrapped), whose sentences say who opens them
    named_at: tuple[int, ...] = ()  # where the text names a person, in order ...
    named_people: tuple[str, ...] = ()  # ... and whom
    sexes: Mapping[str, str] = field(default_factory=dict)  # "male"/"female" by a title

    def speaker_at(self, offset: int) -> str:
        """Who has the floor at ``offset``: the last speaker given it before, else nobody."""
        index = bisect_left(self.floors, offset)
        return self.speakers[index - 1] if index else ""

    def described(self, description: str, offset: int) -> str:
        """Whom a definite description at ``offset`` means: the one person the article
        titled so ("the prime minister"), or, for a body described by its kind ("the
        relief group"), the organisation named last before it; "" when neither."""
        ages = entity_words(self.language, "age_endings")
        words = [w for w in description.lower().split() if not w.endswith(ages)]
        if " ".join(words) in self.titled:  # "the [55-year-old] president": the president
            return self.titled[" ".join(words)]
        kind = words[-1].capitalize() if words else ""
        if kind in load_entity_lexicon(self.language).organization_heads:
            named = self._body_of_kind_before(words, offset)
            if named:  # "the Electoral Commission of Peru ... the commission"
                return named
        if not words or words[-1] not in entity_words(self.language, "description_heads"):
            return ""
        name = self.body_before(offset, units=False)  # "the group": no army's "5th Division"
        if not name or name in _states(self.language):
            # "the army bombed it, the group said": not the army; "the New Party ... its
            # leader Ana Ruiz said ... the party said": the body, past the person named last
            name = self._organisation_before(offset)
        return "" if name in _states(self.language) else name

    def _organisation_before(self, offset: int) -> str:
        """The organisation named last before ``offset``, not far before it: no state, no
        person, no army's numbered unit; "" when none is."""
        entities = self.entities
        index = bisect_left(entities.actor_starts, offset) - 1
        while index >= 0 and offset - entities.actor_ends[index] <= _DESCRIBED_WITHIN:
            name = entities.actors[index]
            if not (
                name in _states(self.language)
                or name in self.person_names | entities.people
                or is_numbered_unit(name)
            ):
                return name
            index -= 1
        return ""

    def _body_of_kind_before(self, words: Sequence[str], offset: int) -> str:
        """The organisation named last before ``offset``, among the few named last, whose
        name holds every one of the description's ``words`` (lower case), its kind last
        ("electoral commission": "National Electoral Commission"); "" when none does."""
        entities = self.entities
        last = bisect_left(entities.actor_starts, offset)
        for name in reversed(entities.actors[max(0, last - _KIND_REACH) : last]):
            held = name.lower().split()
            if all(w in held for w in words) and name not in _states(self.language):
                return "" if name in self.person_names | entities.people else name
        return ""

    def body_before(self, offset: int, units: bool = True, since: int = 0) -> str:
        """The organisation or state named last before ``offset``, not far before it nor
        before ``since``, or the side of a group named after it ("the Chilean army"): whom
        "it" means ("The Iran-backed group said ... Early Sunday, it said"); "" when the
        name there is a person's. Without ``units``, an army's numbered unit named is
        passed over."""
        entities = self.entities
        index = bisect_left(entities.actor_starts, offset) - 1
        while not units and index >= 0 and is_numbered_unit(entities.actors[index]):
            index -= 1
        group = bisect_left(entities.collective_starts, offset) - 1
        if (
            group >= 0
            and entities.collectives[group].side
            and entities.collective_starts[group] >= since
            and (index < 0 or entities.collective_starts[group] > entities.actor_starts[index])
        ):  # "The Israeli army said it killed": the side of the body named last
            if offset - entities.collective_ends[group] <= _DESCRIBED_WITHIN:
                return entities.collectives[group].side
        if (
            index < 0
            or entities.actor_starts[index] < since
            or offset - entities.actor_ends[index] > _DESCRIBED_WITHIN
        ):
            return ""
        name = entities.actors[index]
        return "" if name in self.person_names | entities.people else name

    def body_opening_before(self, start: int) -> str:
        """The organisation or state the sentence before the one at ``start`` opens on
        ("Chile fired at Peru. It also shelled Lima": "Chile"; "The Chilean army fired.
        It said ...": "Chile"), whom "it" opening that one means; "" when a person or
        nothing named opens it, or that sentence starts too far back."""
        opening = _sentence_before(self.text, start)
        return "" if opening is None else self.body_opening(opening)

    def body_opening(self, opening: int) -> str:
        """The organisation or state the sentence starting at offset ``opening`` opens on,
        the subject of its main clause ("Chile fired at Peru after it ...": "Chile"); "" when
        a person or nothing named opens it."""
        entities = self.entities
        group = self._group_opening(opening)
        if group is not None and entities.collectives[group].side:
            return entities.collectives[group].side  # "The Chilean army shelled ..."
        first = bisect_left(entities.actor_starts, opening)
        if first >= len(entities.actors) or entities.actor_starts[first] - opening > _OPENS_WITHIN:
            return ""  # "On Monday, | Chile ...": not what the sentence opens on
        name = entities.actors[first]
        return "" if name in self.person_names | entities.people else name

    def group_opening_before(self, start: int) -> tuple[CollectiveActor, ...]:
        """The group the sentence before the one at ``start`` opens on ("The rebels have
        targeted ships. They have seized one": "rebels"), one per side ("Russian and
        Ukrainian delegations"), whom "they" opening this one means; none when no group
        opens it."""
        opening = _sentence_before(self.text, start)
        if opening is None:
            return ()
        group = self._group_opening(opening)
        entities = self.entities
        if group is None:
            return self._only_group(opening, start)
        actors, at = entities.actor_starts, entities.collective_starts[group]
        if bisect_left(actors, opening) != bisect_left(actors, at):
            return ()  # not "Chile's rebels"
        return tuple(entities.collectives[group : bisect_right(entities.collective_starts, at)])

    def _only_group(self, opening: int, end: int) -> tuple[CollectiveActor, ...]:
        """The one group the sentence in ``[opening, end)`` names, when no name opens it and
        the group is the subject of a clause of its own ("Kherson was the city that Russian
        forces took first": "Russian forces"; not "Ships were hit by rebels"), one per side;
        none when it names several groups or none."""
        entities = self.entities
        actors, starts = entities.actor_starts, entities.collective_starts
        named = bisect_left(actors, opening)
        if named < len(actors) and actors[named] - opening <= _OPENS_WITHIN:
            return ()  # "Chile's army fired at rebels": Chile's sentence
        first, last = bisect_left(starts, opening), bisect_left(starts, end)
        groups = entities.collectives[first:last]
        if len({g.text for g in groups}) != 1:
            return ()
        before = _CLAUSE_WORD_BEFORE.search(self.text, opening, starts[first])
        openers = self.lexicon.words("clause_openers") | self.lexicon.words("relatives")
        return tuple(groups) if before and before.group(1).lower() in openers else ()

    def _group_opening(self, opening: int) -> int | None:
        """The index of the group a sentence starting at offset ``opening`` opens on, if
        any: near its start, past no lower-case word ("On Monday, rebels", not "Ships were
        hit by rebels")."""
        entities = self.entities
        group = bisect_left(entities.collective_starts, opening)
        if (
            group < len(entities.collectives)
            and entities.collective_starts[group] - opening <= _OPENS_WITHIN
        ):
            at = entities.collective_starts[group]
            before = _CLAUSE_WORD_BEFORE.search(self.text, opening, at)
            return None if before and before.group(1).islower() else group
        return None

    def person_before(self, offset: int) -> str:
        """The person named most often before ``offset`` (ties: the first named)."""
        return self.leaders[bisect_left(self.people_starts, offset)]

    def person_meant(
        self,
        start: int,
        offset: int,
        subject: bool = True,
        pronoun_at: int | None = None,
        main: Span | None = None,
    ) -> str:
        """Whom a personal pronoun at ``offset`` means: the first person its sentence (from
        ``start``) names before it ("X, who is visiting Kyiv, wrote that he ..."), for a
        subject ``he`` or ``she`` also anyone the text shows acting ("the candidate, Ana
        Ruiz, led a crowd to a park, where he announced"); when it stands in a clause set
        before the main one, the span ``main``, the person the sentence before opens on,
        else the one the main clause opens on ("After he met Ana Ruiz, Bo Lee said"); else
        the person last in view
        (:meth:`person_in_view`); else the person named most often before it. Never one a
        title shows to be of the other sex ("Mr Alves" for "she"): then the next one along
        that choice, else the person named last before it who may be of the pronoun's
        (the one at ``pronoun_at`` when the pronoun is not at ``offset``)."""
        sex = self._sex_of_pronoun(offset if pronoun_at is None else pronoun_at)
        named = [name for _, name in self._people_named(start, offset, subject)]
        named = [name for name in named if self._may_be(name, sex)]
        if named:
            return named[0]
        if main is not None and subject:  # the sentence before opening on someone goes first
            ahead = (self._person_opening_before(start), self._person_opening(*main))
            opening = next((name for name in ahead if name and self._may_be(name, sex)), "")
            if opening:
                return opening
        before = self.person_in_view(start) if subject else ""
        if not self._may_be(before, sex):
            before = ""
        if not before:
            before = self.person_before(offset)
        if not before and subject:  # "Jane Doe wrote ... she said": a person seen acting
            before = self.acting_leaders[bisect_left(self.acting_starts, offset)]
        if not self._may_be(before, sex):  # "Mr Alves ... she": whom she can be
            before = self._last_person_of_sex(offset, sex)
        return before

    def _may_be(self, name: str, sex: str) -> bool:
        """Whether the text shows nothing against ``name`` being of ``sex`` ("": any)."""
        return not sex or self.sexes.get(name, sex) == sex

    def _sex_of_pronoun(self, offset: int) -> str:
        """The sex the personal pronoun at ``offset`` shows ("she": "female"); "" for none."""
        match = _WORD.match(self.text, offset)
        word = match.group().lower() if match else ""
        for sex in _SEXES:
            if word in self.lexicon.words(f"{sex}_pronouns"):
                return sex
        return ""

    def _last_person_of_sex(self, offset: int, sex: str) -> str:
        """The person named last before ``offset`` whose sex the text does not show to be
        other than ``sex`` (looking back over a bounded number of names)."""
        last = bisect_left(self.named_at, offset)
        for name in reversed(self.named_people[max(0, last - _SEX_LOOKBACK) : last]):
            if self._may_be(name, sex):
                return name
        return ""

    def person_in_view(self, start: int) -> str:
        """The person the sentence before the one at ``start`` opens on ("Ana Ruiz, the
        envoy, said ... He warned"), else the one person it names ("..., said Ana Ruiz");
        "" when it names no one, or several and opens on none of them."""
        opening = _sentence_before(self.text, start)
        if opening is None:
            return ""
        named = self._people_named(opening, start, subject=True, acting=True)
        single = named[0][1] if len({name for _, name in named}) == 1 else ""
        return self._person_opening(opening, start) or single

    def _person_opening_before(self, start: int) -> str:
        """The person the sentence before the one at ``start`` opens on; "" when none."""
        opening = _sentence_before(self.text, start)
        return "" if opening is None else self._person_opening(opening, start)

    def _person_opening(self, start: int, end: int) -> str:
        """The person the words in ``[start, end)`` open on, acting ("Ana Ruiz, the envoy,
        said", "President Ana Ruiz said"; not "Ana Ruiz's aide said"); "" when none."""
        named = self._people_named(start, end, subject=True, acting=True)
        if not named:
            return ""
        first_at, first = named[0]
        opens = first_at - start <= _OPENS_WITHIN and not _possessive_at(self.text, first_at)
        return first if opens else ""

    def _people_named(
        self, start: int, end: int, subject: bool, acting: bool = False
    ) -> list[tuple[int, str]]:
        """The people named in ``[start, end)`` as ``(offset, name)``, in order; with
        ``subject`` also those the text shows by a full name, with ``acting`` only where
        they act there ("a resident of Ana Ruiz" names no one acting)."""
        named = [(s, name) for (s, _), name in self.actors.within(start, end)]
        people = self.person_names
        if subject:
            entities = self.entities
            first = bisect_left(entities.actor_starts, start)
            last = bisect_left(entities.actor_starts, end)
            named += [
                (at, name)
                for at, name, acts in zip(
                    entities.actor_starts[first:last],
                    entities.actors[first:last],
                    entities.acting[first:last],
                    strict=True,
                )
                if acts or not acting
            ]
            people = people | entities.people
        return [(at, name) for at, name in sorted(named) if name in people]


def _possessive_at(text: str, offset: int) -> bool:
    """Whether the name at ``offset`` is an owner's ("Ana Ruiz's aide"), not who acts."""
    match = _POSSESSIVE_NAME.match(text, offset)
    return match is not None


def _sentence_before(text: str, start: int) -> int | None:
    """Where the sentence before the one at ``start`` opens; None when there is none, or it
    starts too far back."""
    window = max(0, start - _SENTENCE_WITHIN)
    before = text[window:start].rstrip().rstrip('.!?"”’)')
    ends = [match.end() for match in _SENTENCE_END.finditer(before)]
    if not before or not ends and window > 0:
        return None
    return window + ends[-1] if ends else window


def article_names(
    text: str,
    lexicon: EventLexicon,
    language: str,
    pack: DomainPack | None = None,
    lines: str = "",
    title: str = "",
    outlet: str = "",
) -> ArticleNames:
    """Read the people, actors and places of ``text`` once; ``pack`` names a story's own;
    ``lines`` is the text with its line breaks, when ``text`` is unwrapped (same length);
    ``title`` is the article's, which may name whose statement the text is; ``outlet``
    who publishes it, which may be a state's government."""
    publisher = publisher_state(outlet, language)
    actor_names, person_names = _pack_names(pack)
    people, titled = _people_in(text, lexicon, language, actor_names, person_names)
    author = _author(title, lexicon, language)
    if author:
        people.setdefault(author, actor_names.get(author, author))
        people.setdefault(author.split()[-1], people[author])
    names = {**actor_names, **people}
    found_here = {w: c for w, c in people.items() if w not in person_names}
    actors = _merged(Occurrences.of(text, actor_names), Occurrences.of(text, found_here), names)
    personal = [
        (span, found)
        for span, written, found in zip(actors.spans, actors.written, actors.found, strict=True)
        if written in people
    ]
    leaders = most_named_so_far((name for _, name in personal), latest=True)
    entities = ArticleEntities.of(text, language, pack, publisher)
    acting = [  # people found by a full name acting ("Jane Doe wrote"): whom "he" may mean
        (start, name)
        for start, name in zip(entities.actor_starts, entities.actors, strict=True)
        if name in entities.people
    ]
    named = sorted({*((span[0], name) for span, name in personal), *acting})
    known = frozenset({*actor_names.values(), *people.values(), *entities.actors})
    floors = _floors(lines or text, lexicon, language, actors, people)
    if author:  # the author has the floor until a transcript gives it to someone else
        floors.insert(0, (0, people[author]))
    return ArticleNames(
        lexicon,
        entities,
        people,
        actors,
        tuple(span[0] for span, _ in personal),
        tuple(leaders),
        known,
        frozenset(people.values()),
        language,
        _one_name_per_person(known, language),
        tuple(offset for offset, _ in floors),
        tuple(speaker for _, speaker in floors),
        titled,
        publisher,
        tuple(start for start, _ in acting),
        tuple(most_named_so_far(name for _, name in acting)),
        text,
        tuple(start for start, _ in named),
        tuple(name for _, name in named),
        _sexes_shown(text, named, lexicon),
    )


def _sexes_shown(
    text: str, named: Sequence[tuple[int, str]], lexicon: EventLexicon
) -> dict[str, str]:
    """The sex of each person the text shows: by a title before one of their names ("Ms
    Ana Ruiz": female), or by a subject "he" or "she" in a sentence that names them alone
    before it ("Ana Ruiz landed, and she said"); a person shown as both is left out."""
    titles = {word: sex for sex in _SEXES for word in lexicon.words(f"{sex}_titles")}
    shown: dict[str, set[str]] = {}
    for start, name in named:
        before = _TITLE_BEFORE.search(text, max(0, start - _TITLE_REACH), start)
        first = _WORD.match(text, start)
        for word in (before.group(1) if before else "", first.group() if first else ""):
            if word.lower() in titles:
                shown.setdefault(name, set()).add(titles[word.lower()])
    subjects = {
        word: sex
        for sex in _SEXES
        for word in lexicon.words(f"{sex}_pronouns") & lexicon.words("personal_subjects")
    }
    starts = [0, *(match.end() for match in _SENTENCE_END.finditer(text))]
    offsets = [start for start, _ in named]
    for match in _WORD.finditer(text):
        sex = subjects.get(match.group().lower())
        if sex is None:
            continue
        opening = starts[bisect_left(starts, match.start() + 1) - 1]
        left, right = bisect_left(offsets, opening), bisect_left(offsets, match.start())
        people = {name for _, name in named[left:right]}
        if len(people) == 1 and not any(_possessive_at(text, at) for at in offsets[left:right]):
            shown.setdefault(people.pop(), set()).add(sex)  # "Ruiz's aide said he": no one
    return {name: next(iter(sexes)) for name, sexes in shown.items() if len(sexes) == 1}


def _author(title: str, lexicon: EventLexicon, language: str) -> str:
    """Whose statement a title says its text is ("Address by President Jane Doe" -> "Jane
    Doe"); "" when it names no one so ("Address by the President", "Jane Doe meets ...")."""
    lowered = title.lower()
    for phrase in sorted(lexicon.words("authored_by")):
        at = lowered.find(f"{phrase} ")
        if at < 0:
            continue
        found = _titled_names_pattern(language).search(title, at + len(phrase))
        if found is not None and _TITLE_MODIFIERS.fullmatch(title, at + len(phrase), found.start()):
            return " ".join(found.group("name").split())
    return ""


def _floors(
    text: str,
    lexicon: EventLexicon,
    language: str,
    actors: Occurrences[str],
    people: Mapping[str, str],
) -> list[tuple[int, str]]:
    """Where each speaker takes the floor, and who: a transcript's label opening a line
    ("SECRETARY X:", "QUESTION:" naming nobody) or a line introducing a statement
    ("Environment Secretary Jane Doe said:"). One pass over the lines."""
    titles = title_words(language)
    speech = _asserting_verbs(lexicon)
    persons = set(people.values())
    floors: list[tuple[int, str]] = []
    for line in _SPEAKER_LINE.finditer(text):
        label = line.group("label")
        if label is not None:
            words = label.split()
            name = [w.capitalize() for w in words if w.lower().strip(".") not in titles]
            named = len(name) < len(words) and words[0].lower().strip(".") in titles
            floors.append((line.end("label"), " ".join(name) if named and name else ""))
        elif re.search(rf"\b(?:{speech})\s*:\s*$", line.group("intro")):
            start, end = line.span("intro")
            said = [name for _, name in actors.within(start, end) if name in persons]
            if said:
                floors.append((end, said[-1]))
    return floors


def _one_name_per_person(names: frozenset[str], language: str) -> dict[str, str]:
    """Each person's name -> the one full name the article gives them ("Barros" -> "George
    Barros"); states and organisations keep theirs ("Sudan" is not "South Sudan")."""
    institutions = _institutions(language)
    return canonical_names(name for name in names if name not in institutions)


@lru_cache(maxsize=8)
def _institutions(language: str) -> frozenset[str]:
    """The names of states and known organisations: never a person's."""
    return _states(language) | frozenset(load_entity_lexicon(language).organizations.values())


@lru_cache(maxsize=8)
def _group_words(language: str) -> frozenset[str]:
    """One-word groups ("police", "officials"): capitalised opening a sentence, they are
    still no one's name, nor the end of a body's ("Police" is no "National Police")."""
    nouns = load_entity_lexicon(language).collective_nouns.by_first
    return frozenset(word for word, phrases in nouns.items() if (word,) in phrases)


def _described_speaker(speaker: str, language: str) -> bool:
    """Whether ``speaker``, a claimant named by no name, is told by what it is: its last
    word, in lower case, is a role's, a body's or a group's ("regional governor", "Taliban
    government", "emergency medical service"), not a word that tells no speaker ("the
    report said")."""
    words = speaker.split()
    return bool(words) and words[-1].islower() and words[-1] in _speaker_kinds(language)


@lru_cache(maxsize=8)
def _speaker_kinds(language: str) -> frozenset[str]:
    """Words for what a speaker is: roles ("governor"), groups ("police"), kinds and heads of
    bodies ("committee", "ministry", "service", "government")."""
    lexicon = load_entity_lexicon(language)
    return (
        lexicon.role_nouns
        | _group_words(language)
        | frozenset(entity_words(language, "description_heads"))
        | frozenset(body.split()[-1] for body in entity_words(language, "state_bodies"))
        | frozenset(head.lower() for head in lexicon.organization_heads)
    )


@lru_cache(maxsize=8)
def _states(language: str) -> frozenset[str]:
    """The canonical names of states."""
    return frozenset(c.name for c in load_entity_lexicon(language).country_names.values())


def one_name_per_person_in_corpus(
    events: Sequence[Event], languages: Mapping[str, str]
) -> list[Event]:
    """``events`` with one name per person across the corpus, whatever the article order.

    Spellings of a name that differ only by case, accents, a doubled letter or an "-iy"
    or "-ii" ending ("Oleksiy", "Oleksii") take the one used most; then a surname
    alone takes the one full name the corpus gives it ("Trump" -> "Donald Trump").
    ``languages`` maps each article id to its language; states and organisations keep
    their names.
    """
    counts: Counter[str] = Counter()
    for event in events:
        counts.update(event.actors)
        counts[event.claimed_by] += 1
    institutions = frozenset().union(*map(_institutions, set(languages.values())))
    groups = frozenset().union(*map(_group_words, set(languages.values())))
    people = sorted(
        name
        for name in counts
        if _proper(name) and name not in institutions and name.casefold() not in groups
    )
    forms: dict[str, list[str]] = {}
    for name in people:
        forms.setdefault(spelling_key(name), []).append(name)
    spelled = {
        name: max(written, key=lambda form: (counts[form], form))
        for written in forms.values()
        for name in written
    }
    full = canonical_names(set(spelled.values()), spelling=spelling_key)
    full = {form: _most_used_form(form, target, counts) for form, target in full.items()}
    renamed = {name: full[form] for name, form in spelled.items() if full[form] != name}
    return [
        replace(
            event,
            actors=tuple(dict.fromkeys(renamed.get(name, name) for name in event.actors)),
            claimed_by=renamed.get(event.claimed_by, event.claimed_by),
        )
        if event.claimed_by in renamed or not renamed.keys().isdisjoint(event.actors)
        else event
        for event in events
    ]


def _most_used_form(name: str, full: str, counts: Counter[str]) -> str:
    """Of the full forms between ``name`` and its fullest form ``full`` (each ending in the
    one before: "Trump", "Donald Trump", "Republican Donald Trump"), the one the corpus uses
    most, the fuller on a tie; a surname alone always takes a full form. A word that opened
    a sentence once does not rename a person."""
    if full == name:
        return name
    words, size = full.split(), len(name.split())
    shortest = size + 1 if size == 1 else size
    forms = [" ".join(words[-n:]) for n in range(shortest, len(words) + 1)]
    # "Z" in "Gen-Z" ends its fuller form inside a word: that form is the only one
    return max(forms, key=lambda form: (counts[form], len(form))) if forms else full


def _proper(name: str) -> bool:
    """Whether ``name`` opens and ends on a capital, as a name does ("Ana de Souza", "Omar
    al-Bashir"), not a group ("officials", "Military officials")."""
    words = name.split()
    return bool(words) and words[0][:1].isupper() and words[-1].split("-")[-1][:1].isupper()


_SPELLING_ENDING = re.compile(r"(?:iy|ii|yy|ij)\b")
_DOUBLED_LETTER = re.compile(r"(\w)\1+")


def spelling_key(name: str) -> str:
    """A name as spellings of it agree: no case or accents, a space for a hyphen
    ("al-Burhan" ends with "Burhan"), one letter for a doubled one, "-iy" and "-ii"
    endings as "-y"."""
    spaced = " ".join(plain_key(name).replace("-", " ").split())
    return _DOUBLED_LETTER.sub(r"\1", _SPELLING_ENDING.sub("y", spaced))


def _pack_names(pack: DomainPack | None) -> tuple[dict[str, str], dict[str, str]]:
    """Every way the pack writes an actor, and a person, single-spaced, mapped to the
    canonical name."""
    if pack is None:
        return {}, {}
    people = {
        " ".join(alias.split()): canonical
        for canonical, aliases in pack.people.items()
        for alias in (canonical, *aliases)
    }
    organizations = {
        " ".join(alias.split()): canonical
        for canonical, aliases in pack.organizations.items()
        for alias in (canonical, *aliases)
    }
    return {**organizations, **people}, people


def name_of(view: SentenceView, names: ArticleNames, first: int, end: int) -> str:
    """The known actor inside tokens ``first:end``, else the phrase itself, trimmed."""
    if first >= end:
        return ""
    left, right = view.tokens[first].start, view.tokens[end - 1].end
    known = names.actors.within(left, right)
    if known:
        return known[0][1]
    states = actors_in(names.entities, left, right)  # "Kyiv said": the state speaks
    if states:
        return states[0]
    words = [t.text for t in view.tokens[first:end]]
    while words and words[0].lower() in view.words("determiners"):
        words = words[1:]
    if not words or all(w.lower() in view.lexicon.pronouns for w in words):
        return ""
    return " ".join(words)


def event_actors(
    names: ArticleNames,
    clause: DateClause,
    speech: tuple[int, str] | None = None,
    unnamed: str = "",
) -> tuple[str, ...]:
    """The people, organisations, states and groups (by their side) acting in the date's
    clause, else in its sentence, canonical, in order; a pronoun ("he traveled to Kursk")
    names the person most named before it.

    ``speech`` is the verb's offset and the claimant of the claim governing the date. When
    the date tells the statement itself ("Guterres said Monday") the known claimant acts;
    when it lies in what was said ("Kyiv said ten people were killed Monday", "..., said
    a spokesman"), the speaker only claims it and names no actor of the event. ``unnamed``
    is the words of a speaker the claim names no one by ("the rebels"): "they" in what
    they say is still them.
    """
    view = clause.view
    agents, alone = _agents_of_dated_act(names, clause)
    patient = _patient_agents(names, clause) if alone and not agents else None
    agents = agents or patient or ()
    if alone and (agents or patient is not None):
        # "briefed the Council on Sudan's February 21 decision": Sudan's; "protests
        # followed the killing of X in Beirut in May": no one named does the killing
        return tuple(dict.fromkeys(names.canonical.get(name, name) for name in agents))
    ends = _next_clause_ends(clause, names.language)
    if _opening_happening(clause, names.language):
        ends = [clause.home[1]]  # "After the talks collapsed in May, | Chile attacked"
    home_words = view.in_span(*clause.home)[:1]
    antecedent: tuple[str, ...] = ()  # "the house of X, | who attacked ...": X
    apposed: tuple[str, ...] = ()
    done_to = False  # "X, who was dismissed in July": done to X, who does not act in it
    # a source ("according to X") tells a happening, it is none: never an actor of it
    source = speech is not None and _names_a_source(view, speech[0], names.language)
    reported = speech is not None and (
        source or dates_what_is_said(clause, speech[0], names.language)
    )
    # "X, | a judge, | said rebels fled on Monday": X only tells it
    before_aside = () if reported else _subject_before_aside(names, clause)
    if before_aside:  # "X, | a former judge, | resigned on Monday": X
        antecedent, ends = before_aside, [clause.home[1]]
    elif home_words and home_words[0].norm in view.words("relatives"):
        ends = [clause.home[1]]  # "X, who visited Lima on Sunday, | was backed by Y"
        norms = [t.norm for t in view.in_span(*clause.home)]
        done_to = undergoes(norms, 1, names.language)  # "X, which was seized in May"
        if not done_to:  # "the Council, which met on Monday": the Council met
            antecedent = _named_right_before(names.entities, view.text, clause.home[0])
    elif home_words and home_words[0].norm in entity_words(names.language, "apposition_openers"):
        apposed = _apposed_actor(names, clause)  # "X, a group formed in 2013": X
    spans = [clause.home, *((clause.home[0], end) for end in ends)]
    subject = _has_subject(clause, names.language) and not apposed
    antecedent = antecedent or apposed
    if before_aside or (not subject and not antecedent and not done_to):
        spans.insert(0, (view.start, ends[0]))  # "X, a member of ..., told VOA Monday"
    telling = _telling_aside(clause, speech[0]) if speech is not None else None
    if speech is not None and source and _dates_the_source(clause, speech[0]):
        # "According to X on Monday, | rebels took the town": what X tells
        verb, own_right = speech[0], clause.clauses[clause.own][1]
        opening = verb == view.tokens[0].start  # "According to X on Monday, | ..."
        spans = [(own_right, view.end)] if opening else [(view.start, verb)]
    elif speech is not None and reported and telling is None:
        verb = speech[0]
        if verb < clause.mention.char_start:  # the speaker stands before the verb
            spans = [(max(left, verb), right) for left, right in spans]
        else:  # "..., said X" or "..., X said": the speaker's clause ends the sentence
            own = clause.clause_of(verb)
            cut = clause.clauses[own][0] if own is not None and own != clause.own else verb
            cut = min(cut, _speaker_set_off(names, clause, speech[1], verb))
            spans = [(left, min(right, cut)) for left, right in spans]
    elif (
        speech is not None
        and telling is None
        and (speech[1] in names.known or speech[1] in _states(names.language))
    ):
        # "Kyiv said on Friday that Chad would respond", "On Friday, Kyiv said Chad would
        # respond": who is named in what a known speaker said takes no part in saying it
        # ("the mayor said Monday that rebels set fire": the report is what tells of the fire)
        verb = speech[0]
        cut = clause.mention.char_end if verb < clause.mention.char_start else verb + 1
        # "Troops left the town, | Ana Ruiz told Reuters on Monday": not what was said
        content_end = _said_before(clause, verb, names.language)
        spans = [(max(left, content_end), min(right, cut)) for left, right in spans]
    reaction = _reaction_end(clause, names.language)
    # "took the town on Sunday | but Chile responded": a clause of its own, comma or not
    contrasts = frozenset(entity_words(names.language, "contrast_openers"))
    openers = _other_clause_openers(names.language) | contrasts
    reaction = max(reaction, _opened_before(clause, names.language, openers))
    spans = [(max(left, reaction), right) for left, right in spans]
    relative = _relative_before(clause, names.language)
    if relative is not None:  # "met the rebels | who attacked Gao on Monday"
        own, described, relative_end = relative
        own_end = min(clause.home[1], relative_end)
        spans = [(max(left, own), min(right, own_end)) for left, right in spans] + [
            (max(left, described), min(right, relative_end)) for left, right in spans
        ]
    accused = _accused(clause, names.language)
    if accused is not None:  # "Chile accused | Peru | of attacking Lima on Monday"
        spans = [accused]
    loose = openers | frozenset(entity_words(names.language, "loose_clause_openers"))
    leads = [_subordinate_start(clause, names.language, words) for words in (loose, openers)]
    spans = list(  # the actors of a loose clause only when the date's own clause has none
        dict.fromkeys(
            (name_start(names.entities, left), name_list_end(names.entities, min(right, lead)))
            for lead in leads
            for left, right in spans
        )
    )
    asides = _relative_asides(
        clause, names.language
    )  # "X, who was sanctioned by Y, | was seen Monday"
    if telling is not None and reported:  # "The militia, | residents said, | burned"
        asides = sorted([*asides, telling])
    asides = sorted([*asides, *_trailing_speech(clause, names.language)])
    aside_opening = view.in_span(*clause.clauses[clause.own - 1])[:1] if before_aside else []
    if aside_opening and aside_opening[0].norm in entity_words(
        names.language, "apposition_openers"
    ):
        # "Chile, | a country between Peru and Bolivia, | applied": not Peru nor Bolivia
        asides = sorted([*asides, clause.clauses[clause.own - 1]])
    # "X, | who fled"
    found: dict[str, None] = dict.fromkeys(antecedent) if before_aside or not subject else {}
    for left, right in spans:
        for start, end in _outside(left, right, asides):
            acting = accused is None  # the accused are named as the verb's object
            found.update(dict.fromkeys(actors_in(names.entities, start, end, acting=acting)))
            if not acting:  # "accused Peru of ...": the state, named as a place
                states = [p.name for p in places_in(names.entities, start, end)]
                found.update(dict.fromkeys(s for s in states if s in _states(names.language)))
        for start, end in _outside(left, right, asides):
            found.update(dict.fromkeys(_groups_meant(names, start, end, clause)))
        if found:
            break
    if found and any(right >= clause.home[1] for _, right in spans):
        # "On Friday, X spoke with Chile's foreign minister, | Ana Ruiz.": the role's holder
        found.update(dict.fromkeys(_apposed_holder(names, clause)))
    person_named = not found.keys().isdisjoint(names.people.values())
    left, right = spans[0]
    main = main_after_fronted(clause, names.language)
    for index, token in enumerate(view.tokens):
        opening = _opens_after_dates(view, index)  # "She met Bo Lee": the subject
        fronted = token.start < clause.clauses[0][1]
        if fronted and person_named and not opening and main is None:
            continue  # "Speaking to his generals, Putin ...": the pronoun names Putin
        if left <= token.start < right and token.norm in view.words("personal_pronouns"):
            subject = token.norm not in view.words("possessive_pronouns")
            ahead = main if fronted else None
            person = names.person_meant(view.start, token.start, subject, main=ahead)
            if person and not (found and token.norm in view.words("possessive_pronouns")):
                found.setdefault(person)
            break
    if not found:  # "This afternoon, I met with ...": whoever has the floor
        found.update(dict.fromkeys(_speaker_acting(names, clause, left, right)))
    found.update(dict.fromkeys(_publisher_acting(names, clause, left, right)))
    if not found:  # "Kenya and Chad ... and on Monday they attacked": whom "they" means
        found.update(dict.fromkeys(_plural_acting(names, view, left, right)))
    if not found:  # "held by Hamas since the militant group attacked": whom it means
        found.update(dict.fromkeys(_described_acting(names, clause, left, right)))
    if not found:  # "Hezbollah said it launched rockets": the body named last before
        found.update(dict.fromkeys(_body_acting(names, view, left, right)))
    if speech is not None and reported:  # "Chile's army said it had taken the port"
        speaker = (speech[0], speech[1] or unnamed)
        found.update(dict.fromkeys(_speaker_as_pronoun(names, view, speaker, left, right)))
    if not found and speech is not None and reported:  # '"We left on Monday," X said'
        found.update(dict.fromkeys(_quoted_speaker_acting(names, clause, left, right, speech[1])))
    if speech is not None and not reported and speech[1] in names.known and accused is None:
        found.setdefault(speech[1])
    if not found and speech is not None and not reported and accused is None:
        if _described_speaker(speech[1], names.language):  # "..., the governor said Monday"
            found[speech[1]] = None
    said = speech[0] if speech is not None else None
    if relative is not None and relative[2] < view.end:  # not the main clause's partners
        said = min(said if said is not None else view.end, relative[2])
    verbless = not _verbs(view.in_span(*clause.home), _finite_words(view, names.language))
    reach = max(right for _, right in spans) if verbless else 0  # "X, with Y, | struck"
    partners = partners_of_event(names.entities, clause, names.language, said, reach)
    for state in partners if accused is None else ():  # not who accuses
        found.setdefault(state)  # "talks with Iran": Iran takes part
    found.update(dict.fromkeys(agents))  # "rebels stalled Chile's deployment on Monday"
    return tuple(dict.fromkeys(names.canonical.get(name, name) for name in found))


def _apposed_holder(names: ArticleNames, clause: DateClause) -> tuple[str, ...]:
    """The person named alone in the clause set off right after the date's own clause,
    when that clause ends on a role whom a verb or noun of meeting names ("spoke with
    Chile's foreign minister, | Ana Ruiz.", "hosted its president, | Ana Ruiz,"): apposed
    to the role, the name is its holder, who takes part in the meeting. None where the
    role is another verb's object or a noun's ("carrying the governor, | Ana Ruiz",
    "the resignation of the minister, | Ana Ruiz")."""
    view, home_end = clause.view, clause.home[1]
    home = view.in_span(*clause.home)
    after = next(((left, right) for left, right in clause.clauses if left >= home_end), None)
    if not home or after is None or view.text[home[-1].end : after[0]].strip():
        return ()
    words = view.in_span(*after)
    if not words or view.text[after[0] : words[0].start].strip() != ",":
        return ()
    if not _met_role(view, home, names.language):
        return ()
    entities = names.entities
    at = bisect_left(entities.actor_starts, words[0].start)
    if at == len(entities.actor_starts) or entities.actor_starts[at] != words[0].start:
        return ()
    if entities.actor_ends[at] != words[-1].end:
        return ()  # more than the name set off: "..., a town where Ana Ruiz lives"
    name = entities.actors[at]
    return (name,) if name in entities.people else ()


_ROLE_PHRASE_REACH = 6  # words of a role's phrase before the role ("Chile's foreign minister")


def _met_role(view: SentenceView, words: Sequence[Token], language: str) -> bool:
    """Whether ``words`` end on a role, written lower case or followed by its complement,
    whose phrase a verb or noun of meeting governs, maybe through "with" or "to" ("met |
    the Peruvian foreign minister", "spoke with | Chile's minister of defence", "talks
    with | its envoy", "spoke to | the Prime Minister of Qatar")."""
    titles = title_words(language)
    at = role_before(view.text, words, len(words) - 1, language)
    if at < 0 or not (words[at].text.islower() or at < len(words) - 1):
        return False  # "met | President": a title before its name; "the Prime Minister of Qatar"
    words = words[: at + 1]
    determiners = view.words("determiners") | view.words("possessive_pronouns")
    k = len(words) - 2
    while k >= 0 and len(words) - k <= _ROLE_PHRASE_REACH:
        word = words[k]
        described = k > 0 and words[k - 1].norm in determiners  # "the | provincial | governor"
        if not (
            word.norm in determiners
            or word.norm in titles
            or word.norm == "of"
            or word.is_capitalized
            or _owner_end(view, word) is not None
            or (described and word.text.islower())
        ):
            break
        k -= 1
    if k >= 1 and words[k].norm in ("with", "to"):
        k -= 1
    return k >= 0 and words[k].norm in entity_words(language, "meeting_verbs")


def _groups_meant(
    names: ArticleNames, start: int, end: int, clause: DateClause | None = None
) -> list[str]:
    """The groups acting in ``[start, end)``, in order, each once: each as its side, or, a
    definite description of a body without a side ("the court ruled", "the militia said"),
    as the one body of its kind the article named before it; else as written. With the
    date's ``clause``, not a group that only acts in its own relative clause after the
    date's verb ("killed on Monday civilians who had fled")."""
    entities = names.entities
    first = bisect_left(entities.collective_starts, start)
    last = bisect_left(entities.collective_starts, end)
    meant: dict[str, None] = {}
    for at, group_end, group in zip(
        entities.collective_starts[first:last],
        entities.collective_ends[first:last],
        entities.collectives[first:last],
        strict=True,
    ):
        if clause is not None and _acts_in_its_relative(clause, at, group_end, names.language):
            continue
        definite = not group.side and names.text[max(0, at - 4) : at].lower() == "the "
        meant.setdefault(group.side or (definite and names.described(group.text, at)) or group.text)
    return list(meant)


def _acts_in_its_relative(clause: DateClause, start: int, end: int, language: str) -> bool:
    """Whether the words at ``[start, end)`` follow the date and a verb after it, and a
    relative clause opens right after them: they are what the verb acts on, and act only in
    that clause ("attacks this week killed civilians | who had fled", "worked on Sunday to
    find gunmen | who killed six"), not in the date's."""
    view, date = clause.view, clause.mention
    if start < date.char_end:
        return False
    following = view.in_span(end, view.end)[:1]
    if not following or following[0].norm not in view.words("restrictive_relatives"):
        return False
    if view.text[end : following[0].start].strip():
        return False  # "civilians, who had fled,": an aside
    between = view.in_span(date.char_end, start)
    finite = _finite_words(view, language) | irregular_past(language)
    return bool(_verbs(between, finite)) or any(t.norm == "to" for t in between)


def _subject_before_aside(names: ArticleNames, clause: DateClause) -> tuple[str, ...]:
    """The actor named right before an aside set off by commas (a relative clause, a noun
    phrase describing it, a participle: "Ana Ruiz, | a former judge, | resigned on
    Monday"), when the date's clause opens on an acting verb right after the aside and the
    name opens its own clause, past titles: the subject of that verb. Else none ("the son
    of Ana Ruiz, a judge, resigned": the son)."""
    own, view = clause.own, clause.view
    if own < 2:
        return ()
    aside, told = clause.clauses[own - 1], clause.clauses[own]
    first, opening = view.in_span(*aside)[:1], view.in_span(*told)[:1]
    if not first or not opening:
        return ()
    text, tokens = view.text, view.tokens
    if (
        text[aside[0] : first[0].start].strip() != ","
        or text[told[0] : opening[0].start].strip() != ","
    ):
        return ()
    norm = first[0].norm
    if not (
        norm in view.words("relatives")
        or norm in entity_words(names.language, "apposition_openers")
        or norm.isdigit()  # "X, 79, | resigned"
        or _gerund(first[0])  # "X, wearing a helmet, | visited"
        or _past(norm, first[0].is_capitalized)  # "X, backed by Y, | struck"
        or norm in irregular_past(names.language)  # "X, known as Y, | said"
    ):
        return ()
    if not _finite_act(tokens, tokens.index(opening[0]), names):
        return ()  # "X, a judge, | was arrested": done to X
    entities = names.entities
    index = bisect_left(entities.actor_starts, aside[0]) - 1
    if index < 0 or text[entities.actor_ends[index] : aside[0]].strip():
        return ()
    titles = title_words(names.language)
    determiners = view.words("determiners")
    ahead = view.in_span(clause.clauses[own - 2][0], entities.actor_starts[index])
    if any(not (t.is_capitalized or t.norm in determiners or t.norm in titles) for t in ahead):
        return ()  # "the son of | X, a judge, resigned"
    return (entities.actors[index],)


def _telling_aside(clause: DateClause, verb: int) -> tuple[int, int] | None:
    """The clause of the verb of speech at offset ``verb`` when it is an aside between
    commas after the subject and before the date's clause, ending on that verb ("The
    militia, | residents said, | burned the market on Monday"), else None."""
    own = clause.clause_of(verb)
    if own is None or not 0 < own < clause.own:
        return None
    start, end = clause.clauses[own]
    text, after = clause.view.text, clause.clauses[own + 1]
    opened = text[start:end].lstrip().startswith(",") or text[:start].rstrip().endswith(",")
    closed = text[after[0] : after[1]].lstrip().startswith(",") or text[start:end].endswith(",")
    words = clause.view.in_span(verb, end)
    if not (opened and closed) or len(words) != 1:
        return None  # "X, residents said on the radio, ...": the verb ends no aside
    return start, end


_OWNED_ACT_REACH = 3  # words qualifying an act noun between its owner and it
_ACT_COMPLEMENT_REACH = 8  # words of an act noun's complement between it and its date
_PHRASE_BREAK = re.compile(r"[,;:()\u2013\u2014\"\u201c\u201d]")  # a phrase ends there


def _agents_of_dated_act(names: ArticleNames, clause: DateClause) -> tuple[tuple[str, ...], bool]:
    """Who does the act a noun names when the date dates that noun, not a verb: the owner
    its possessive or possessive pronoun writes, each of a list of them ("Sudan's February
    21 decision", "Chile's and Peru's designation of the group on Friday", "its October 7
    attack"), else the state whose people's word qualifies the noun, when a preposition or
    a verb of reaction governs its phrase ("the toll from Monday's Israeli strikes",
    "condemned the Russian drone strike on Odesa on Tuesday"). The noun stands right after
    the date or before it, past its complement ("Austin's visit to Kyiv last week"). Else
    none ("Peru's independence day on July 28", "Peru's envoy said on Monday"). Also whether
    they alone act: not when a verb other than one of reaction has the noun's phrase as its
    object, whose subject acts too ("rebels stalled Chile's deployment on Monday")."""
    view, date = clause.view, clause.mention
    before = view.in_span(view.start, date.char_start)
    after = view.in_span(date.char_end, view.end)
    words = _words_before_dated_act(view, before, after, names.language)
    if words is None:
        return (), False
    side, j, joiners = "", len(words) - 1, 0
    joining = entity_words(names.language, "qualifier_joiners")
    while (
        j >= 0
        and len(words) - j - joiners <= _OWNED_ACT_REACH
        and _owner_end(view, words[j]) is None
    ):
        if (  # "Chile's missile | and | drone attack": the joined words qualify it too
            words[j].norm in joining
            and 0 < j < len(words) - 1
            and _qualifies_act(view, words[j - 1], names.language)
            and _qualifies_act(view, words[j + 1], names.language)
        ):
            j, joiners = j - 1, joiners + 1
            continue
        state = _demonym(words[j], names.language)
        if not state and not _qualifies_act(view, words[j], names.language, j == len(words) - 1):
            break
        side = side or state  # "the Russian drone strike"
        j -= 1
    agents: tuple[str, ...] = (side,) if side else ()
    if j >= 0:
        owners, j = _owners_listed(names, view, words, j)
        if owners:
            agents = owners
        elif words[j].norm in view.words("body_possessives"):  # "after its October 7 attack"
            body = names.body_before(words[j].start)
            agents, j = ((body,) if body else ()), j - 1
    while j >= 0 and words[j].norm in view.words("determiners"):
        j -= 1
    alone = (
        j < 0
        or words[j].norm in view.words("prepositions")
        or view.lexicon.reacts(words[j].norm, "reacting")
    )
    if side and agents == (side,) and not alone:
        return (), False  # "troops repelled a Russian attack on Monday": the troops
    return agents, alone


def _words_before_dated_act(
    view: SentenceView, before: Sequence[Token], after: Sequence[Token], language: str
) -> Sequence[Token] | None:
    """The words of the sentence before the act noun the date dates, with those qualifying
    it after the date ("Monday's Israeli | strikes"), else None. The noun follows the date
    past its qualifiers ("Sudan's February 21 | decision"), or precedes it, right before or
    past a complement that a preposition opens ("visit | to Kyiv | last week", "attack | on
    7 October"), with no punctuation between them."""
    for at, token in enumerate(after[:_OWNED_ACT_REACH]):
        if _names_act(token, language):
            return [*before, *after[:at]]
        if not (_qualifies_act(view, token, language) or _demonym(token, language)):
            break
    last = len(before) - 1
    if before and before[-1].norm in view.words("speech_venues"):
        last -= 1  # "attack | on 7 October"
    prepositions = view.words("prepositions")
    for k in range(last, max(-1, last - _ACT_COMPLEMENT_REACH - 1), -1):
        token = before[k]
        gerund = 0 < k < last and _nominal_gerund(
            view, before[k - 1], token, before[k + 1], language
        )
        if (_names_act(token, language) or gerund) and (
            k == last or before[k + 1].norm in prepositions
        ):
            between = view.text[token.end : before[-1].end]
            return None if _PHRASE_BREAK.search(between) else before[:k]
        if not _in_complement(view, token, language):
            return None
    return None


def _nominal_gerund(
    view: SentenceView, before: Token, token: Token, after: Token, language: str
) -> bool:
    """Whether ``token`` is a verb's "-ing" form used as a noun, between a determiner and
    the link to its patient ("the | killing | of"): it names an act."""
    return (
        token.norm.endswith("ing")
        and before.norm in view.words("determiners")
        and after.norm in entity_words(language, "patient_links")
    )


def _patient_agents(names: ArticleNames, clause: DateClause) -> tuple[str, ...] | None:
    """Who does the act the date dates when its noun is told with the one it is done to,
    not its owner: the names after "by" in its phrase ("the arrest of X by Peru in Lima
    on Monday": Peru), else none ("the killing of X in Beirut in May": its sentence's other
    names take no part in it); None when the date dates no such noun."""
    view, date = clause.view, clause.mention
    before = view.in_span(view.start, date.char_start)
    after = view.in_span(date.char_end, view.end)
    words = _words_before_dated_act(view, before, after, names.language)
    if not words or len(words) + 1 >= len(before):
        return None
    if before[len(words) + 1].norm not in entity_words(names.language, "patient_links"):
        return None
    agent = view.words("passive_agents")
    by = next((t for t in before[len(words) + 2 :] if t.norm in agent), None)
    return () if by is None else actors_in(names.entities, by.end, date.char_start)


def _names_act(token: Token, language: str) -> bool:
    """Whether a word names an act or a gathering someone holds ("attack", "conference")."""
    return is_act_noun(token.norm, language) or token.norm in entity_words(
        language, "gathering_nouns"
    )


def _qualifies_act(view: SentenceView, token: Token, language: str, next_to: bool = False) -> bool:
    """Whether a word may qualify an act noun before it ("appalling", "surprise"): in small
    letters, no verb nor function word; a participle only ``next_to`` the noun ("planned")."""
    if not token.text.islower() or token.norm in view.words("stopwords"):
        return False
    if next_to and _past(token.norm, False):
        return True
    return not (
        token.norm in _finite_words(view, language)
        or token.norm in irregular_past(language)
        or _past(token.norm, False)
    )


def _in_complement(view: SentenceView, token: Token, language: str) -> bool:
    """Whether a word may stand in an act noun's complement ("to the capital", "on Odesa"):
    a preposition, an article, a name or a word qualifying a noun."""
    grammar = view.words("prepositions") | view.words("determiners")
    return (
        token.norm in grammar
        or token.text.isdigit()  # "of 26 people", "of two engineers"
        or token.norm in entity_words(language, "number_words")
        or (token.is_capitalized and token.norm not in view.words("stopwords"))
        or _qualifies_act(view, token, language)
    )


def _demonym(token: Token, language: str) -> str:
    """The state a people's word names ("Russian" -> "Russia"), else ""."""
    if not token.is_capitalized:
        return ""
    country = load_entity_lexicon(language).demonyms.get(key(token.text))
    return country.name if country else ""


def _owners_listed(
    names: ArticleNames, view: SentenceView, words: Sequence[Token], j: int
) -> tuple[tuple[str, ...], int]:
    """The known actors whose possessives end at word ``j`` of ``words``, each of a list
    ("Chile's and the UK's"), in order, and the index of the word before the list; none
    when the first is no known actor."""
    stops = view.words("stopwords")
    owners: list[str] = []
    listed = j
    while j >= 0:
        end = _owner_end(view, words[j])
        if end is None:
            break
        first = j
        while first > 0 and words[first - 1].is_capitalized and words[first - 1].norm not in stops:
            first -= 1
        entities = names.entities
        at = bisect_left(entities.actor_starts, end) - 1  # the name the index read there
        if at >= 0 and entities.actor_ends[at] == end:
            owner = entities.actors[at]  # "Secretary of Defense Lloyd J. Austin III's"
            while first > 1 and words[first - 1].norm == "of" and words[first - 2].is_capitalized:
                first -= 2  # the title before the name: "Secretary of | Defense"
                while first > 0 and words[first - 1].is_capitalized:
                    first -= 1
        else:
            owner = _known_actor(names, " ".join(view.text[words[first].start : end].split()))
        owners.extend([owner] if owner else [])  # "X's and Y's", Y unknown: X still acts
        j = listed = first - 1
        if j >= 0 and words[j].norm in view.words("determiners"):
            j -= 1  # "the United Kingdom's and | the | European Union's"
        if j < 0 or words[j].norm != "and":
            break
        j -= 1
        if j >= 0 and words[j].norm in view.words("determiners"):
            j -= 1
    return tuple(reversed(owners)), listed


def _known_actor(names: ArticleNames, written: str) -> str:
    """The actor a name as written means: a person, a known actor, a state or a body; a
    surname the one person of the article bearing it; else ""."""
    known = names.people.get(written) or names.canonical.get(written)
    if known or written in names.known:
        return known or written
    lexicon, owner = load_entity_lexicon(names.language), key(written)
    country = lexicon.country_names.get(owner)
    if country:
        return country.name
    body = lexicon.organizations.get(owner)
    if body:
        return body
    bearers = {p for p in names.person_names if p.split()[-1] == written}
    return bearers.pop() if len(bearers) == 1 else ""


def _owner_end(view: SentenceView, token: Token) -> int | None:
    """Where the name a possessive word writes ends ("Sudan|'s", "Hamas|'"), else None."""
    if token.text[-2:] in ("'s", "’s"):
        return token.end - 2
    return token.end if view.text[token.end : token.end + 1] in ("'", "’") else None


def _tells_the_statement(view: SentenceView, tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` say where a statement was made ("in a statement", "on national
    TV" is not one): a venue word and, at most two words on, a word for a statement."""
    return _statement_start(view, tokens) < len(tokens)


def _statement_start(view: SentenceView, tokens: Sequence[Token]) -> int:
    """Index in ``tokens`` of the venue word of the first phrase saying where a statement
    was made ("in a statement posted by its agency"), else ``len(tokens)``: what follows
    tells the statement, not the act reacted to."""
    venues, statements = view.words("speech_venues"), view.words("statement_nouns")
    for index, token in enumerate(tokens):
        if token.norm in venues and any(
            t.norm in statements for t in tokens[index + 1 : index + 4]
        ):
            return index
    return len(tokens)


def _apposed_actor(names: ArticleNames, clause: DateClause) -> tuple[str, ...]:
    """The actor named right before the noun phrase the date's clause is, set beside it
    ("Ana Ruiz, | a former judge who took office in May", "the Lanvo Front, | an armed group
    formed in 2013"): what the phrase tells, the actor does; none where it tells a harm or
    something done to the actor ("Ana Ruiz, | a journalist killed in May", "Bo Lee, | a
    lawmaker who was expelled in May"); nor where the phrase ends before the date ("the son
    of X, | a former judge, resigned on Monday")."""
    view, language = clause.view, names.language
    if "," in view.text[clause.home[0] : clause.mention.char_start].lstrip(" ,"):
        return ()
    norms = [t.norm for t in view.in_span(*clause.home)]
    harms = entity_words(language, "harm_participles")
    relatives = view.words("relatives") | frozenset(entity_words(language, "relative_words"))
    if any(
        n in harms or (n in relatives and undergoes(norms, i + 1, language))
        for i, n in enumerate(norms)
    ):
        return ()
    return _named_right_before(names.entities, view.text, clause.home[0])


def _named_right_before(entities: ArticleEntities, text: str, offset: int) -> tuple[str, ...]:
    """The actor whose name ends right before ``offset``, a comma, spaces or the bracket
    closing its acronym apart ("the house of Ana Ruiz, | who ...", "the Lanvo Front (LF), |
    which ..."), acting or only mentioned; else
    none (a relative clause is about its antecedent, whatever its role in the clause
    before)."""
    index = bisect_left(entities.actor_starts, offset) - 1
    if index < 0 or text[entities.actor_ends[index] : offset].strip(" ,)"):
        return ()
    return (entities.actors[index],)


def _accused(clause: DateClause, language: str) -> tuple[int, int] | None:
    """Where the accused stand, between a verb of accusing and the word opening what they
    are charged with, when the date lies in that charge ("Chile accused | Peru | of
    attacking Lima on Monday"; not "Chile accused Peru on Monday of ..."), else None."""
    view, date = clause.view, clause.mention
    tokens = view.in_span(view.start, date.char_start)
    verbs = entity_words(language, "accusation_verbs")
    links = entity_words(language, "accusation_links")
    verb = next((i for i, t in enumerate(tokens) if t.norm in verbs), None)
    if verb is None:
        return None
    for index in range(verb + 2, len(tokens) - 1):
        if tokens[index].norm in links and _gerund(tokens[index + 1]):
            charge = view.text[tokens[index].end : date.char_start]
            apart = any(t.norm in view.words("relatives") for t in tokens[index:])
            if apart or any(mark in charge for mark in "—–;()"):
                return None  # "of backing X — a group whose fighters ... in 1994"
            if _tells_the_statement(view, tokens[index:]):
                return None  # "of attacking Lima in a statement on Monday": the accusing
            return tokens[verb].end, tokens[index].start
    return None


def _relative_asides(clause: DateClause, language: str) -> list[tuple[int, int]]:
    """The relative clauses set off by commas in the date's sentence, a verb right after
    them, that do not hold the date ("X, | who was sanctioned by Y, | was seen on Sunday";
    cut short to a participle and its agent: "X, | brokered by Y, | was approved on Sunday";
    not "X, who has fought Y, the rebels' leader, since 2023"), and the asides naming the
    kind of the subject with one ("X, | a militia that fights Y, | took"), and the clauses
    about a place ("took them to the site | where rescuers dug"): who acts in them does not
    act in the date's clause."""
    view, date = clause.view, clause.mention
    tokens, relatives = view.tokens, view.words("relatives")
    kinds = entity_words(language, "apposition_openers")
    places = load_entity_lexicon(language).place_relatives
    described = frozenset(entity_words(language, "relative_words"))
    finite = _finite_words(view, language) | irregular_past(language)
    taking_part = {*entity_words(language, "aside_openers"), *entity_words(language, "taking_part")}
    asides: list[tuple[int, int]] = []
    index = 1
    agent = entity_words(language, "agent_prepositions")
    while index < len(tokens):
        token = tokens[index]
        participle = (  # "X, | brokered by Y, | was approved": a relative clause cut short
            (_past(token.norm, token.is_capitalized) or token.norm in irregular_past(language))
            and token.norm not in taking_part  # "X, backed by Y, | struck": Y takes part
            and not is_act_noun(
                tokens[index - 1].norm, language
            )  # "The offensive, launched by Y,": Y's act
            and index + 1 < len(tokens)
            and tokens[index + 1].norm in agent
        )
        opener = token.norm in relatives or token.norm in kinds or participle
        gap = view.text[tokens[index - 1].end : token.start]
        if not (opener and gap == ", ") and not (token.norm in places and gap == " "):
            index += 1
            continue
        end = index + 1
        while end < len(tokens) and "," not in view.text[tokens[end - 1].end : tokens[end].start]:
            end += 1
        verb = end < len(tokens) and (
            tokens[end].norm in finite or _past(tokens[end].norm, tokens[end].is_capitalized)
        )
        if token.norm in kinds:  # "X, | a militia that fights Y, | took": the kind X is
            verb = verb and any(t.norm in described for t in tokens[index + 1 : end])
        verb = verb or token.norm in places  # "took them to the site | where rescuers dug"
        if verb and not token.start <= date.char_start < tokens[end - 1].end:
            asides.append((token.start, tokens[end - 1].end))
        index = end
    return asides


_WITH_SPEAKER_REACH = 5  # words from a trailing ", with" to its verb of speech


def _speaker_set_off(names: ArticleNames, clause: DateClause, speaker: str, verb: int) -> int:
    """Where the speaker ``speaker`` is named, in a clause of its own after the date's, before
    the verb of speech at offset ``verb`` ("killed two on Monday, the governor, | Ana Ruiz,
    | said"): the speaker only tells what comes before; else ``verb``, and so where no verb
    comes before the name in its sentence ("In a statement on Sunday, the minister, Ana
    Ruiz, said ..."): the date is the statement's."""
    view, entities = clause.view, names.entities
    finite = _finite_words(view, names.language)
    first = bisect_left(entities.actor_starts, clause.mention.char_end)
    last = bisect_left(entities.actor_starts, verb)
    for index in range(first, last):
        start = entities.actor_starts[index]
        if entities.actors[index] != speaker or clause.clause_of(start) == clause.own:
            continue
        if _verbs(view.in_span(view.start, start), finite):
            return start
    return verb


def _trailing_speech(clause: DateClause, language: str) -> list[tuple[int, int]]:
    """The trailing clause after ", with" whose subject speaks, to the sentence's end, when
    it does not hold the date ("killed six on Tuesday, | with local media reporting that
    ..."): who speaks in it only tells the happening."""
    view, date = clause.view, clause.mention
    tokens = view.tokens
    gerunds = frozenset(entity_words(language, "speech_gerunds"))
    for index in range(1, len(tokens)):
        token = tokens[index]
        if token.norm != "with" or view.text[tokens[index - 1].end : token.start] != ", ":
            continue
        reach = tokens[index + 1 : index + 1 + _WITH_SPEAKER_REACH]
        if token.start > date.char_start and any(t.norm in gerunds for t in reach):
            return [(token.start, view.end)]
    return []


def _outside(left: int, right: int, holes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``[left, right)`` outside the sorted ``holes``."""
    parts: list[tuple[int, int]] = []
    for start, end in holes:
        if start >= right or end <= left:
            continue
        if start > left:
            parts.append((left, start))
        left = max(left, end)
    if left < right:
        parts.append((left, right))
    return parts


def _said_before(clause: DateClause, verb: int, language: str) -> int:
    """Where what was said ends when the sentence opens with it, a clause with its own verb
    before the clause of the verb of speech at offset ``verb`` ("Troops left the town, | X
    told Reuters on Monday"); else the sentence start."""
    view = clause.view
    own = clause.clause_of(verb)
    opening = clause.clauses[0]
    if not own:
        return view.start
    said = _verbs(view.in_span(*opening), _finite_words(view, language))
    return opening[1] if said else view.start


def _names_a_source(view: SentenceView, verb: int, language: str) -> bool:
    """Whether the claim at offset ``verb`` opens a phrase naming a source ("according to")."""
    index = view.index_at(verb)
    return index is not None and view.tokens[index].norm in entity_words(language, "source_openers")


def _dates_the_source(clause: DateClause, verb: int) -> bool:
    """Whether the date lies in the phrase naming a source that opens at offset ``verb``
    ("According to Chile on Monday, ...", "..., according to a statement on Monday")."""
    return (
        verb < clause.mention.char_start
        and clause.clause_of(verb) == clause.own
        and len(clause.clauses) > 1
    )


def _owns_an_act(clause: DateClause) -> bool:
    """Whether the date is written as the owner of another act ("today's meeting"): the
    first person of the clause does not act on it."""
    view, date = clause.view, clause.mention
    return view.text[date.char_end : date.char_end + 2] in ("'s", "’s")


def _speaker_acting(names: ArticleNames, clause: DateClause, left: int, right: int) -> list[str]:
    """Whoever has the floor, when "I" stands in ``[left, right)`` not followed by a verb
    of opinion or speech ("I met ..."; not "I think the envoy left ..."), and the date is
    no other act's ("As I prepared for today's meeting")."""
    if _owns_an_act(clause):
        return []
    at = _first_person(names, clause, left, right, "speaker_pronouns")
    speaker = names.speaker_at(at) if at is not None else ""
    return [speaker] if speaker else []


def _quoted_speaker_acting(
    names: ArticleNames, clause: DateClause, left: int, right: int, speaker: str
) -> list[str]:
    """The named ``speaker`` of what is said in ``[left, right)`` when "I" or "we" acts
    in it ('"We closed the port on Monday," Ana Ruiz said'); nobody when the speaker is
    unnamed, the first person only thinks or says what the date tells, or the date is
    another act's ("Monday's raid")."""
    if speaker not in names.known or _owns_an_act(clause):
        return []  # "I ordered Monday's raid reviewed": the raid is another's act
    at = _first_person(names, clause, left, right, "quoted_first_person")
    return [speaker] if at is not None else []


def _publisher_acting(names: ArticleNames, clause: DateClause, left: int, right: int) -> list[str]:
    """The state whose government publishes the article, when "we" stands in ``[left,
    right)`` as "I" would, in the date's own clause or after it ("Today, we mark ..."),
    but not after a subordinate clause holding the date ("since our last meeting on
    Thursday, we ..."), the date no other's act ("we condemn today's attack"); and no
    unnamed speaker (a reporter's question) has the floor."""
    view, date = clause.view, clause.mention
    if not names.publisher or _owns_an_act(clause):
        return []
    at = _first_person(names, clause, left, right, "publisher_pronouns")
    if at is None:
        return []
    if at < date.char_start and clause.clause_of(at) != clause.own:
        return []
    subordinators = view.words("subordinators")
    if at > date.char_start and any(
        token.norm in subordinators for token in view.in_span(left, date.char_start)
    ):
        return []
    unnamed = bisect_left(names.floors, at) > 0 and not names.speaker_at(at)
    return [] if unnamed else [names.publisher]


def _plural_acting(names: ArticleNames, view: SentenceView, left: int, right: int) -> list[str]:
    """Whom "they" in ``[left, right)`` means: the actors named acting before it in its
    sentence; nobody when a group was named after them ("Residents said they fled": the
    residents, no one named) or it opens a relative clause ("the aid, which they sent")."""
    tokens = view.in_span(view.start, right)
    index = next(
        (
            i
            for i, t in enumerate(tokens)
            if t.start >= left and t.norm in view.words("plural_pronouns")
        ),
        None,
    )
    if not index or tokens[index - 1].norm in view.words("relatives"):
        return []
    at, entities = tokens[index].start, names.entities
    named = actors_in(entities, view.start, at, acting=True)
    groups = entities.collective_starts
    first, last = bisect_left(groups, view.start), bisect_left(groups, at)
    if not named:
        return []
    named_last = entities.actor_starts[bisect_left(entities.actor_starts, at) - 1]
    return [] if first < last and groups[last - 1] > named_last else list(named)


def _body_acting(names: ArticleNames, view: SentenceView, left: int, right: int) -> list[str]:
    """Whom "it" in ``[left, right)`` means when it acts: right after a verb of speech
    ("Hezbollah said it launched", "said that it had repelled"; not "it was important",
    "it had been hit") the body named last before it; opening the sentence, the body the
    sentence before opened on; opening a clause after the main one, the body this sentence
    opens on (:func:`_body_of_later_clause`)."""
    tokens = view.in_span(view.start, view.end)  # the verb may lie past ``right``
    for index, token in enumerate(tokens):
        if token.start >= right:
            break
        if token.start < left or token.norm not in view.words("body_pronouns"):
            continue
        if _said_and_acts(names, view, tokens, index) is not None:
            # the speaker of this sentence, not a body of the sentence before
            body = names.body_before(token.start, since=view.start)
            return [body] if body else []
        verb = _acting_verb(names, view, tokens, index)
        if verb is None:
            return []
        if _opens_after_dates(view, index):  # "... | It also shelled"
            body = names.body_opening_before(view.start)
        else:  # "Chile fired after | it hit the port"
            body = _body_of_later_clause(names, view, tokens, index, verb)
        return [body] if body else []
    return []


def _acting_verb(
    names: ArticleNames, view: SentenceView, tokens: Sequence[Token], index: int
) -> int | None:
    """Index of the verb in the past that the subject "it" at ``index`` governs when "it"
    may act in it ("it also shelled"; not "it was hit", "it emerged", "it took weeks");
    None otherwise."""
    verb = _verb_after(names, tokens, index)
    if verb >= len(tokens) or tokens[verb].norm in view.words("impersonal_verbs"):
        return None
    norm = tokens[verb].norm
    acts = _past(norm, tokens[verb].is_capitalized) or norm in irregular_past(names.language)
    return verb if acts else None


def _body_of_later_clause(
    names: ArticleNames, view: SentenceView, tokens: Sequence[Token], index: int, verb: int
) -> str:
    """Whom the subject "it" at ``tokens[index]``, acting in the verb at ``tokens[verb]``,
    means when it opens a clause that a subordinator or a coordinator opens, past dates,
    after the main clause ("Chile fired on Lima after | it crossed", "..., and on Friday |
    it sent"): the organisation or state the main clause's subject, opening the sentence,
    names, when "it" acts on an object ("after it crossed | the river"; not "until it
    collapsed", "after it began on Monday", whose "it" is as often a thing or a happening);
    "" otherwise, and where a verb of speech before it tells what is said ("Chile said
    Peru's army fired after it crossed")."""
    if not _has_object(names, view, tokens, verb):
        return ""
    openers = view.words("subordinators") | view.words("coordinators")
    opener = index - 1
    while opener > 0 and any(left <= tokens[opener].start < right for left, right in view.dated):
        opener -= 1
    if opener <= 0 or tokens[opener].norm not in openers or _opens_after_dates(view, opener):
        return ""
    stance_of = names.lexicon.stance_of
    if any(stance_of.get(token.norm) == "asserted" for token in tokens[:opener]):
        return ""
    return names.body_opening(view.start)


def _has_object(
    names: ArticleNames, view: SentenceView, tokens: Sequence[Token], verb: int
) -> bool:
    """Whether the verb at ``tokens[verb]`` is followed in its clause by an object: a word
    that is no preposition nor date, with no break before it ("seized | the town";
    not "collapsed | on Monday", "withdrew | from Lamaro", "began.")."""
    after = verb + 1
    if after >= len(tokens) or view.break_before(view.index_at(tokens[after].start) or 0):
        return False
    token = tokens[after]
    dated = any(left <= token.start < right for left, right in view.dated)
    return not dated and token.norm not in entity_words(names.language, "phrase_prepositions")


def _verb_after(names: ArticleNames, tokens: Sequence[Token], index: int) -> int:
    """Index of the verb the subject at ``index`` governs, past words that may stand
    between ("it also shelled"), and past "was" in "was involved": one taking part is
    not done to."""
    fillers = entity_words(names.language, "subject_fillers")
    verb = index + 1
    while verb < len(tokens) and tokens[verb].norm in fillers:
        verb += 1
    if (
        verb + 1 < len(tokens)
        and tokens[verb].norm in entity_words(names.language, "taking_part_auxiliaries")
        and tokens[verb + 1].norm in entity_words(names.language, "taking_part")
    ):
        verb += 1
    return verb


def _said_and_acts(
    names: ArticleNames, view: SentenceView, tokens: Sequence[Token], index: int
) -> int | None:
    """Index of the verb of speech right before the pronoun at ``index`` ("said it would
    retaliate", "said in a statement that they had repelled") when the pronoun acts in
    what is said; else None."""
    said = index - 1
    if index > 1 and tokens[index - 1].norm == "that":  # "said [in a statement] that it"
        said = _speech_before_that(view, tokens, index - 1, names.lexicon.stance_of.keys())
    verb = _verb_after(names, tokens, index)
    told = said >= 0 and tokens[said].norm in names.lexicon.stance_of
    return said if told and verb < len(tokens) and _finite_act(tokens, verb, names) else None


def _speaker_as_pronoun(
    names: ArticleNames, view: SentenceView, speech: tuple[int, str], left: int, right: int
) -> list[str]:
    """The speaker, when a pronoun that may stand for them acts as the subject of what
    they say ("Chile's army said it had taken the port", "the rebels said they captured
    two towns"): the subject of the verb of speech is the nearest subject before the
    pronoun. Neither stands for a person; "it" only for a body the text names or the
    side of a group ("the army said it ..." names no one, as "it" does elsewhere)."""
    verb, speaker = speech
    if not speaker or speaker in names.person_names | names.entities.people:
        return []
    pronouns = view.words("plural_pronouns")
    if speaker in names.known or speaker in _states(names.language):
        pronouns = pronouns | view.words("body_pronouns")
    tokens = view.in_span(view.start, view.end)
    for index, token in enumerate(tokens):
        if token.start >= right:
            break
        if token.start < max(left, verb) or token.norm not in pronouns:
            continue
        said = _said_and_acts(names, view, tokens, index)
        return [speaker] if said is not None and tokens[said].start == verb else []
    return []


def _speech_before_that(
    view: SentenceView, tokens: Sequence[Token], that: int, speech: Iterable[str]
) -> int:
    """Index of the verb of speech whose "that" is token ``that``: right before it, or
    before a phrase saying where or how it was said, with no comma between ("said in a
    statement on Telegram that"); else the token right before "that"."""
    verbs = frozenset(speech)
    for k in range(that - 1, max(-1, that - 1 - _SETTING_WORDS), -1):
        if tokens[k].norm in verbs:
            return k
        if view.break_before(view.index_at(tokens[k].start) or 0):
            break
    return that - 1


def _opens_after_dates(view: SentenceView, index: int) -> bool:
    """Whether token ``index`` opens its sentence, past only dates, their prepositions,
    conjunctions and fronted adverbs before it ("It shelled", "Last week, it warned", "And
    on Monday it fired", "Earlier, in May 2024, it seized")."""
    tokens, openers = view.tokens, view.words("coordinators") | view.words("fronted_adverbs")

    def dated(token: Token) -> bool:
        return any(left <= token.start < right for left, right in view.dated)

    return all(
        token.norm in openers
        or dated(token)
        or (
            token.norm in view.words("date_prepositions")
            and at + 1 < index
            and dated(tokens[at + 1])
        )
        for at, token in enumerate(tokens[:index])
    )


def _first_person(
    names: ArticleNames, clause: DateClause, left: int, right: int, pronouns: str
) -> int | None:
    """The offset of the first of the ``pronouns`` words in ``[left, right)`` when it acts
    in what the clause's date dates: its verb, past helpers, adverbs and the date ("we have also",
    "we have today"), is no verb of opinion or perception ("I think", "we have seen"), nor
    one of speech with what is said between it and the date ("we said the envoy left on
    Monday"; but "today we announced" is the statement dated), nor tells what is done to it
    or what it is ("we are deeply concerned", "we were attacked"); else None."""
    view, date = clause.view, (clause.mention.char_start, clause.mention.char_end)
    tokens = view.in_span(left, right)
    helpers = _helper_words(names.language)
    for index, token in enumerate(tokens):
        if token.norm not in view.words(pronouns):
            continue
        rest = [t for t in tokens[index + 1 :] if not date[0] <= t.start < date[1]]
        verb = next((t for t in rest if t.norm not in helpers and not is_adverb(t.norm)), None)
        if verb is not None and verb.norm in view.words("opinion_verbs"):
            return None
        if verb is not None and verb.norm in names.lexicon.stance_of and verb.end < date[0]:
            between = view.in_span(verb.end, date[0])
            if any(t.norm not in helpers and not is_adverb(t.norm) for t in between):
                return None  # the date lies in what is said
        return None if undergoes([t.norm for t in rest], 0, names.language) else token.start
    return None


@lru_cache(maxsize=8)
def _helper_words(language: str) -> frozenset[str]:
    """Helpers and adverbs that may stand between a subject and its verb ("have also")."""
    return frozenset(entity_words(language, "subject_fillers")) | frozenset(
        entity_words(language, "acting_helpers")
    )


def _described_acting(names: ArticleNames, clause: DateClause, left: int, right: int) -> list[str]:
    """Whom a definite description of a body or a titled person means ("the militant group
    attacked", "the council will vote", "the minister, who was abroad, resigned"), when it
    stands in ``[left, right)`` right before its verb, or before the date and the verb ("the
    group on Sunday attacked"), or before an aside and the verb."""
    date = clause.mention
    view = clause.view
    tokens = [
        t for t in view.in_span(left, right) if not date.char_start <= t.start < date.char_end
    ]
    kinds = load_entity_lexicon(names.language).organization_heads
    heads = {*entity_words(names.language, "description_heads"), *(k.lower() for k in kinds)}
    for index, token in enumerate(tokens):
        if token.norm != "the":
            continue
        for head in range(index + 1, min(index + 4, len(tokens) - 1)):
            phrase = " ".join(t.text for t in tokens[index + 1 : head + 1])
            if tokens[head].norm in heads or phrase.lower() in names.titled:
                verb = _after_relative_aside(view, tokens, head + 1, names.language)
                verb = _past_fillers(tokens, verb, names.language)  # "the group later said"
                gap = view.text[tokens[verb - 1].end : tokens[verb].start]
                closes = verb == head + 1 and "," in gap  # "ordered by the president, began"
                if not closes and _finite_act(tokens, verb, names):
                    name = names.described(phrase, token.start)
                    return [name] if name else []
                break
    return []


def _after_relative_aside(
    view: SentenceView, tokens: Sequence[Token], index: int, language: str
) -> int:
    """The index of the token after a relative aside opening at ``index`` and closed by a
    comma (", which has fought for years, | attacked"), else ``index``."""
    text = view.text
    if index >= len(tokens) or tokens[index].norm not in entity_words(language, "relative_words"):
        return index
    if text[tokens[index - 1].end : tokens[index].start] != ", ":
        return index
    for k in range(index + 1, min(index + _ASIDE_REACH, len(tokens) - 1)):
        if text[tokens[k].end : tokens[k + 1].start] == ", ":
            return k + 1
    return index


def subject_acts(names: ArticleNames, tokens: Sequence[Token], subject: int) -> bool:
    """Whether the subject at token ``subject`` acts: its verb, past the words that may
    stand between ("they later fled"), is a past tense, a verb of speech or a helper not of
    the passive ("they will meet"; not "they have been banned", "they are rare")."""
    verb = _past_fillers(tokens, subject + 1, names.language)
    return verb < len(tokens) and _finite_act(tokens, verb, names)


def _past_fillers(tokens: Sequence[Token], index: int, language: str) -> int:
    """The index of the first token from ``index`` on that is no word standing between a
    subject and its verb ("temporarily", "also"), a helper of the verb aside."""
    fillers = entity_words(language, "subject_fillers")
    helpers = entity_words(language, "acting_helpers")
    relatives = entity_words(language, "relative_words")
    while (
        index < len(tokens) - 1
        and tokens[index].norm in fillers
        and tokens[index].norm not in helpers
        and tokens[index].norm not in relatives
    ):
        index += 1
    return index


def _finite_act(tokens: Sequence[Token], index: int, names: ArticleNames) -> bool:
    """Whether the word at ``index`` makes its subject act: a past tense, a verb of speech
    ("says", "denies"), or a modal or perfect helper not of the passive ("will vote", "has
    denied"; not "has been banned", "was banned")."""
    norm = tokens[index].norm
    if _past(norm, tokens[index].is_capitalized) or norm in irregular_past(names.language):
        return True
    if _perfect_participle(tokens, index, names.language):
        return True
    if norm in names.lexicon.stance_of:
        return True
    helpers = entity_words(names.language, "acting_helpers")
    following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    return norm in helpers and following != "been"


def _date_of_a_noun(clause: DateClause) -> bool:
    """Whether the date is written as a noun's ("Monday's attack", "Chile's Friday
    announcement", "the June 18 attack"): a possessive, after one or after a determiner,
    with a word of the noun's after it."""
    view, date = clause.view, clause.mention
    owned = view.text[max(view.start, date.char_start - 3) : date.char_start] in ("'s ", "’s ")
    if owned or view.text[date.char_end : date.char_end + 2] in ("'s", "’s"):
        return True
    before = view.in_span(view.start, date.char_start)[-1:]
    after = view.in_span(date.char_end, view.end)[:1]
    return (
        bool(before and after)
        and before[0].norm in view.words("determiners")
        and view.text[before[0].end : date.char_start].isspace()
        and view.text[date.char_end : after[0].start].isspace()
        and not after[0].is_capitalized
        and after[0].norm not in view.words("stopwords")
    )


def dates_the_reaction(clause: DateClause, verb: int, language: str) -> bool:
    """Whether the date dates the reaction told by the verb at offset ``verb`` ("Qatar
    condemned the strike on Sunday", "On Sunday, Peru criticised the blockade"), not the
    act reacted to ("condemned Sunday's strike", "condemned the attack that killed ten
    on Sunday", "condemns the violence perpetrated by militias on Sunday")."""
    view, date = clause.view, clause.mention
    if _date_of_a_noun(clause):
        return False
    if verb > date.char_start:
        return True
    relatives = frozenset(entity_words(language, "relative_words"))
    between = [t for t in view.in_span(verb, date.char_start) if t.start > verb]
    between = between[: _statement_start(view, between)]  # "in a statement posted on Friday"
    determiners = view.words("determiners")
    # a word after a determiner is a noun ("condemned the strikes"), not the object's verb
    unled = [t for i, t in enumerate(between) if not i or between[i - 1].norm not in determiners]
    if any(t.norm in relatives for t in between):
        return False  # the object's own verb, which the date dates
    verbs = _verbs(unled, _finite_words(view, language) | irregular_past(language))
    if verbs:
        # the object's own verb, which the date dates; but a verb after "and" is the
        # reacting subject's next one ("condemned the attack on the convoy and said on
        # Sunday that ..."): one statement, which the date dates
        return verbs[0] > 0 and unled[verbs[0] - 1].norm in view.words("coordinators")
    return _reaction_end(clause, language) == view.start


def _reaction_end(clause: DateClause, language: str) -> int:
    """Where a verb of reaction before the date ends when the date dates the act it reacts
    to ("The UK condemns the attack today", "condemns this morning's attack"): who reacts
    is not who acts. Else the start of the sentence."""
    view, date = clause.view, clause.mention
    before = view.in_span(clause.home[0], date.char_start)
    after = view.in_span(date.char_end, clause.home[1])[:3]
    # "condemned Monday's attack", "praised Chile's Friday announcement": a dated act
    possessive = _date_of_a_noun(clause)
    for index, token in enumerate(before):
        if not view.lexicon.reacts(token.norm, "reacting"):
            continue
        if possessive and any(is_act_noun(t.norm, language) for t in after):
            return token.end  # "condemned Monday's attack": the date dates the attack
        if _reacted_that_day(view, before, index, language):
            continue  # "Qatar condemned the strikes on Monday": the date dates the condemning
        if _tells_the_statement(view, before[index + 1 :]):
            continue  # "condemns the attack in a statement today": the date dates the statement
        if any(is_act_noun(t.norm, language) for t in before[index + 1 :]):
            return token.end
    return view.start


def _reacted_that_day(
    view: SentenceView, before: Sequence[Token], verb: int, language: str
) -> bool:
    """Whether the verb of reaction at ``before[verb]`` tells a past reaction the date
    after its object dates: a simple past ("Qatar condemned the strikes on Monday"), not a
    present or perfect of a statement ("The UK condemns the attack today", "has condemned
    the attack on 19 August"), nor an object told further by a phrase, verb or clause of
    its own ("the attack on a market on Monday", "the attack carried out on Monday", "the
    attack that killed ten on Monday")."""
    token = before[verb]
    if not token.norm.endswith("ed"):
        return False
    if verb and before[verb - 1].norm in entity_words(language, "perfect_helpers"):
        return False
    telling = frozenset(entity_words(language, "relative_words"))
    telling |= view.words("prepositions")
    between = before[verb + 1 :]
    if between and between[-1].norm in view.words("prepositions"):
        between = between[:-1]  # "on | Thursday": the date's own preposition
    return not any(
        t.norm in telling or (t.norm.endswith("ed") and not t.is_capitalized) for t in between
    )


def _opening_happening(clause: DateClause, language: str) -> bool:
    """Whether the date's clause opens the sentence on a word of another happening ("after",
    "when") and has its own verb ("After the talks collapsed in May, | ..."): it tells its
    own happening, and the clause after it is another's."""
    view, date = clause.view, clause.mention
    tokens = view.in_span(*clause.home)
    openers = _other_clause_openers(language) | frozenset(
        entity_words(language, "opening_clause_openers")
    )
    if not tokens or tokens[0].start != view.tokens[0].start or tokens[0].norm not in openers:
        return False
    words = [t for t in tokens[1:] if not date.char_start <= t.start < date.char_end]
    verbs = _verbs(words, _finite_words(view, language) | irregular_past(language))
    return bool(verbs) and verbs[0] > 0  # not "When asked about it on Tuesday, ..."


def _has_subject(clause: DateClause, language: str, *, any_past: bool = False) -> bool:
    """Whether the date's clause has a verb with its own subject: a finite verb that is
    not its first word ("told VOA Wednesday", ", the afternoon of April 1, killing five"
    have none). The date's preposition goes with it ("the office | on | Monday banned",
    "who | on | Friday offered"); with ``any_past``, an irregular past is a verb too ("the
    currency fell")."""
    view, date = clause.view, clause.mention
    finite = _finite_words(view, language)
    home = view.in_span(*clause.home)
    leads = [t for t, n in pairwise(home) if n.start == date.char_start]
    lead = leads[0] if leads and leads[0].norm in view.words("prepositions") else None
    if any_past:
        finite |= irregular_past(language)
    words = [
        t
        for t in home
        if not (date.char_start <= t.start < date.char_end)
        and t is not lead
        and t.norm not in view.words("leading_fillers")
        and not t.norm.endswith("ly")
        and not _hyphen_joined(view, t)  # "a U.N.-backed mission": part of a compound
    ]
    if words and words[0].norm in view.words("relatives"):
        words = words[1:]  # ", which began ...": the subject is what it describes
    # a word after a preposition or determiner is a noun (", killing ten in strikes"), one
    # after a count describes what is counted (", 11 tanks and 20 | armored vehicles")
    nominal = view.words("prepositions") | view.words("determiners")
    nominal |= frozenset(entity_words(language, "number_words"))
    verbs = [
        i
        for i in _verbs(words, finite)
        if i == 0 or not (words[i - 1].norm in nominal or words[i - 1].norm.isdigit())
    ]
    return bool(verbs) and verbs[0] > 0


def _hyphen_joined(view: SentenceView, token: Token) -> bool:
    """Whether ``token`` ends a compound after a hyphen ("U.N.-backed", "U.S.-led"), no verb
    of its own."""
    return token.start > 0 and view.text[token.start - 1] in "-‑"


def _perfect_participle(tokens: Sequence[Token], index: int, language: str) -> bool:
    """Whether the word at ``index`` is an irregular participle in "-en" after a perfect
    helper, past the words between ("had retaken", "has already driven"; not "had been")."""
    norm = tokens[index].norm
    if not norm.endswith("en") or norm == "been" or tokens[index].is_capitalized:
        return False
    fillers = entity_words(language, "subject_fillers")
    perfect = entity_words(language, "perfect_helpers")
    before = index - 1
    while before >= 0 and tokens[before].norm in fillers and tokens[before].norm not in perfect:
        before -= 1
    return before >= 0 and tokens[before].norm in perfect


def _past(norm: str, capitalised: bool) -> bool:
    """A regular past tense ("killed"), not a name ending like one ("United")."""
    return norm.endswith("ed") and not capitalised


def _verbs(tokens: Sequence[Token], finite: frozenset[str]) -> list[int]:
    """The indexes of ``tokens`` that may be a clause's verb: a word of ``finite`` or a
    regular past tense."""
    return [i for i, t in enumerate(tokens) if t.norm in finite or _past(t.norm, t.is_capitalized)]


def _subordinate_start(clause: DateClause, language: str, openers: frozenset[str]) -> int:
    """Where a subordinate clause after the date opens on one of ``openers`` ("prices rose
    Friday | after OPEC agreed"), when the date's clause has its verb before the date; else
    the sentence end. Who acts in it is not who acts in the date's clause."""
    view, date = clause.view, clause.mention
    finite = _finite_words(view, language)
    finite |= irregular_past(language)
    before = view.in_span(clause.home[0], date.char_start)
    after = view.in_span(date.char_end, view.end)
    first = 0
    if not _verbs(before, finite):
        verbs = _verbs(after, finite)
        gap = view.text[date.char_end : after[0].start] if after else ""
        opens = not before or (len(before) <= 2 and before[0].start == view.tokens[0].start)
        opening = opens and bool(verbs) and gap.strip() == ","  # "On Monday, | ..."
        if not opening:  # not "A truce in May included X, while Y ...": one happening
            return _relative_start(clause, finite)  # "On Monday, after talks, Russia agreed"
        first = verbs[0] + 1  # "On Monday, | troops shelled the town | after rebels attacked"
    continuations = entity_words(language, "opener_continuations")
    for index, token in enumerate(after):
        if index < first:
            continue
        following = after[index + 1].norm if index + 1 < len(after) else ""
        if token.norm in openers and following not in continuations:
            return token.start  # not "as well as", "as part of"
    return _relative_start(clause, finite)


def _opened_before(clause: DateClause, language: str, openers: frozenset[str]) -> int:
    """Where a phrase of another happening opens on one of ``openers`` after the date's
    clause's verb and before the date, which it then dates ("The US acted | following the
    EU's designation on May 2"), else the sentence start. Not the date's own preposition
    ("since late Tuesday", "before dawn on Friday")."""
    view, date = clause.view, clause.mention
    finite = _finite_words(view, language) | irregular_past(language)
    before = view.in_span(clause.home[0], date.char_start)
    verbs = _verbs(before, finite)
    if not verbs:
        return view.start
    times = frozenset(entity_words(language, "times_of_day"))
    opened = [
        i
        for i in range(verbs[0] + 1, len(before) - 1)
        if before[i].norm in openers
        and not all(t.norm in times for t in before[i + 1 :])  # "before dawn Friday"
        and not _gerund(before[i + 1])  # "since losing the town in May": the subject's act
    ]
    return before[opened[-1]].end if opened else view.start


def main_after_fronted(clause: DateClause, language: str) -> Span | None:
    """The clause after the sentence's first one when that first one is set before it,
    opening on a word of another happening or a verb's "-ing" form ("After he met Ana
    Ruiz, | Bo Lee said", "Speaking in Lima, | ..."): the main clause, whose subject a
    pronoun in the first may stand for; None otherwise."""
    view = clause.view
    if len(clause.clauses) < 2 or not view.tokens:
        return None
    first = view.tokens[0]
    openers = _other_clause_openers(language) | frozenset(
        entity_words(language, "opening_clause_openers")
    )
    participle = first.norm.endswith("ing") and len(first.norm) > 4
    return clause.clauses[1] if first.norm in openers or participle else None


def _gerund(token: Token) -> bool:
    """Whether ``token`` is a verb's "-ing" form opening a phrase without a subject of its
    own ("after | seizing the town")."""
    return token.norm.endswith("ing") and not token.is_capitalized and len(token.norm) > 4


def _relative_before(clause: DateClause, language: str) -> tuple[int, int, int] | None:
    """Where a relative clause holding the date opens after its clause's verb ("the
    quake | that struck Haiti on August 14"), and where that verb ends, before which its
    subject stands, or the last preposition after it, which the noun it describes follows:
    the relative clause's own actors, else those of what it describes; and where the
    relative clause ends, at the main verb when it describes the subject ("The junta that
    deposed the king in 2020 | requested help"), else at the sentence end. A clause about a
    place ("the town | where gunmen fired on Monday") has only its own actors."""
    view, date = clause.view, clause.mention
    finite = _finite_words(view, language) | irregular_past(language)
    before = view.in_span(clause.home[0], date.char_start)
    phrase = date.char_start
    if before and before[-1].norm in view.words("prepositions"):
        phrase = before[-1].start  # "on" of ", on Sunday"
    if view.text[view.start : phrase].rstrip().endswith(","):
        return None  # "shelled the town, a hub that lies on the road, | on Sunday": the
        # relative clause closed before the date, which tells the main clause's act
    verbs = [i for i, t in enumerate(before) if t.norm in finite or _past(t.norm, False)]
    for index in range(len(before) - 1, 0, -1):
        token, previous = before[index], before[index - 1]
        noun = previous.norm not in finite and not _past(previous.norm, False)
        if token.norm in load_entity_lexicon(language).place_relatives:
            return token.start, token.start, view.end  # "the town | where gunmen fired": theirs
        if token.norm in view.words("relatives") or (token.norm == "that" and noun):
            verb = next((i for i in verbs if i < index), None)
            start = verb + 1 if verb is not None else 0
            linked = [
                i for i in range(start, index) if before[i].norm in view.words("prepositions")
            ]
            if linked:  # "the response to | the quake that struck": what it describes
                return token.start, before[linked[-1]].end, view.end
            if verb is not None:
                return token.start, before[verb].end, view.end
            # "The junta that deposed the king in 2020 | requested help": on the subject, the
            # relative clause ends where the main verb after the date starts
            after = view.in_span(date.char_end, clause.home[1])
            main = _verbs(after, finite)
            return token.start, clause.home[0], after[main[0]].start if main else view.end
    return None


def _relative_start(clause: DateClause, finite: frozenset[str]) -> int:
    """Where a relative clause opens after the date and after its clause's verb ("This
    afternoon, I met families of citizens | that Hamas has taken hostage"), else the
    sentence end: who acts in it is not who acts in the date's clause."""
    view, date = clause.view, clause.mention
    words = [
        t for t in view.in_span(*clause.home) if not date.char_start <= t.start < date.char_end
    ]
    verbs = _verbs(words, finite)
    if not verbs:
        return view.end
    after = max(words[verbs[0]].end, date.char_end)
    tokens = view.in_span(date.char_start, view.end)
    for previous, token in zip(tokens, tokens[1:], strict=False):
        noun = previous.norm not in finite and not previous.norm.endswith("ed")
        if token.start < after:
            continue
        if token.norm in view.words("relatives") or (
            token.norm == "that" and noun and previous.end > date.char_end
        ):
            return token.start  # "citizens that Hamas took", not "said Monday that"
    return view.end


@lru_cache(maxsize=8)
def _other_clause_openers(language: str) -> frozenset[str]:
    return frozenset(entity_words(language, "other_clause_openers"))


def _next_clause_ends(clause: DateClause, language: str) -> list[int]:
    """End of the clause after the date's home ("On Monday, | troops ..."): where an opening
    date phrase or an apposition leaves the subject; then, for a subject listed over several
    clauses ("On Monday, | 90 men, | women and children, | ... were killed by X"), the end
    of its verb's clause, a few clauses on at most."""
    view, home_end = clause.view, clause.home[1]
    finite = _finite_words(view, language)
    after = [(left, right) for left, right in clause.clauses if left >= home_end]
    joined = entity_words(language, "joined_clause_openers")
    opening = [view.in_span(left, right)[:1] for left, right in after]
    after = after[: next((k for k, t in enumerate(opening) if t and t[0].norm in joined), None)]
    # "Floods hit Lima on Monday, | and officials say": a clause of another happening
    if _has_subject(clause, language, any_past=True):
        cut = (k for k, span in enumerate(after) if _new_subject(view, span, finite, language))
        after = after[: next(cut, None)]
    counted = [not _names_only(view.in_span(left, right)) for left, right in after]
    after = [
        span
        for span, count in zip(after, accumulate(counted), strict=True)
        if count <= _LISTED_CLAUSES
    ]  # the names of a list ("Chad, | Mali, |") go on
    ends = [after[0][1] if after else home_end]
    for left, right in after:
        if _verbs(view.in_span(left, right), finite):
            return [*ends, right]
    return ends


def _new_subject(
    view: SentenceView, span: tuple[int, int], finite: frozenset[str], language: str
) -> bool:
    """Whether the clause at ``span`` opens on "and" and a subject of its own before its
    verb (", and officials say", ", and its troops have advanced"), not on a verb, an
    adverb or a phrase the date's subject goes on with (", and then burned", ", and in")."""
    tokens = view.in_span(*span)
    joiners = entity_words(language, "new_subject_joiners")
    if len(tokens) < 3 or tokens[0].norm not in joiners:
        return False
    fillers = view.words("leading_fillers")
    words = [t for t in tokens[1:] if t.norm not in fillers]
    if not words or words[0].norm in view.words("prepositions") or words[0].norm.endswith("ly"):
        return False
    verbs = _verbs(words, finite)
    return bool(verbs) and verbs[0] > 0


def _names_only(tokens: Sequence[Token]) -> bool:
    """Whether a clause holds only a name of a list ("the Netherlands", "and New Zealand")."""
    return bool(tokens) and all(t.is_capitalized or t.norm in _LIST_WORDS for t in tokens)


def _finite_words(view: SentenceView, language: str) -> frozenset[str]:
    """Words that make a clause's verb: finite starts, forms of "be" and acting verbs."""
    acting = load_entity_lexicon(language).acting_verbs
    return view.words("finite_starts") | view.words("be_forms") | acting


def _speaker_after_opening_date(clause: DateClause, verb: int, language: str) -> bool:
    """Whether the date opens the sentence, set off by a comma, and only the speaker of the
    verb of speech at offset ``verb`` stands between them, no verb of its own ("On Thursday,
    | Peru's army chief Ana Ruiz | said ..."): the date tells when it was said."""
    view, date = clause.view, clause.mention
    finite = {"that", *view.words("finite_starts"), *view.words("be_forms")}

    def verbless(tokens: Sequence[Token]) -> bool:
        return not any(
            t.norm in finite
            or t.norm in irregular_past(language)
            or (t.norm.endswith("ed") and not t.is_capitalized)
            for t in tokens
        )

    opening = view.in_span(view.start, date.char_start)
    quoted = any(mark in view.text[view.start : date.char_start] for mark in _QUOTES)
    if len(opening) > 2 or not verbless(opening) or quoted:
        return False  # "Troops took the town on Thursday, ...": no opening date
    if view.text[date.char_end : date.char_end + 1] != ",":
        return False
    speaker = view.in_span(date.char_end, verb)
    return bool(speaker) and verbless(speaker)


def dates_what_is_said(clause: DateClause, verb: int, language: str) -> bool:
    """Whether the date lies in what a verb of speech at offset ``verb`` reports, rather
    than dating the speech ("said Monday", "On Sunday, a spokesman said")."""
    view, date = clause.view, clause.mention
    finite = {"that", *view.words("finite_starts"), *view.words("be_forms")}
    if verb > date.char_start:  # "killed on Monday, said X", "..., X said.": said last
        index = view.index_at(verb)
        after = view.tokens[index + 1 : index + 3] if index is not None else ()
        if len(after) < 2 and not (after and after[0].is_capitalized):
            return True  # "..., X said.", "..., X said earlier.": the speaker closes it
        if index is not None and all(view.in_date(t) for t in view.tokens[index + 1 :]):
            return True  # "..., X said this morning.": the speaker and its date close it
        after = after[:1]
        gap = view.text[view.tokens[index].end : after[0].start] if index is not None else ""
        opening = view.text[view.start : date.char_start]
        if any(mark in gap for mark in _QUOTES) and not any(m in opening for m in _QUOTES):
            return False  # "On Wednesday, X tweeted, “...”": what is said follows the verb
        if _speaker_after_opening_date(clause, verb, language):
            return False  # "On Thursday, Kyiv's mayor said Chile launched missiles"
        if after[0].is_capitalized or any(mark in gap for mark in ",;"):
            return True
        before = view.text[view.tokens[index - 1].end : verb] if index else ""
        if "," in before and after[0].norm in view.words("determiners"):
            return True  # "left on Monday, reported the Zentar Times": the speaker follows
        if after[0].norm in view.words("passive_agents"):
            return True  # "burned on Monday, as reported by X": what X reports
        # "..., the governor said on Telegram.": a clause of its own that says how it was said
        return (
            after[0].norm in view.words("speech_venues")
            and clause.clause_of(verb) != clause.clause_of(date.char_start)
            and not any(
                t.norm in finite and not view.in_date(t) for t in view.tokens if t.start > verb
            )
        )
    # "said 14 firefighters were forced ... Tuesday", "warned that winds Wednesday ...":
    # a clause of its own; "announced the results late Sunday": the statement itself.
    between = [t for t in view.tokens if verb < t.start and t.end <= date.char_start]
    openers = view.words("noun_openers")
    # a verb of its own; "told the United Nations Monday" names a body, no verb; "said in
    # a televised address Monday": a participle after a word opening a noun phrase
    # describes the noun
    if any(
        t.norm in finite
        or (
            t.norm.endswith("ed")
            and not t.is_capitalized
            and not (k and between[k - 1].norm in openers)
        )
        for k, t in enumerate(between)
    ):
        return True
    # "said rebels took the town Monday": a past tense not in -ed, not a noun ("a cut")
    nouns = view.words("determiners")
    if any(
        t.norm in irregular_past(language) and k and between[k - 1].norm not in nouns
        for k, t in enumerate(between)
    ):
        return True
    # "said Russian strikes overnight killed ten": the date inside the subject of what is said
    following = view.in_span(date.char_end, view.end)[:1]
    acting = _finite_words(view, language) | irregular_past(language)
    return bool(between) and any(
        t.norm in acting or _past(t.norm, t.is_capitalized) for t in following
    )


_SPEECH_TO_THAT_REACH = 8  # words from a verb of speech to the "that" of what it says


def what_is_said(clause: DateClause, verb: int, language: str) -> tuple[int, int] | None:
    """The stretch of the sentence that the verb of speech at offset ``verb`` reports,
    where the date dates the speech: the clause after the verb ("said on Monday | that
    rebels took Gao", "claimed Sunday | to have taken", "said in a statement | that",
    "said Monday | rebels took Gao"), or the one before the speaker that the verb closes
    ("Rebels took Gao, | officials said on Monday."), or what it names after it ("claimed
    responsibility | for the attack on Gao"); None when it names only whom or where it
    tells ("told reporters in Kyiv", "said in Kyiv")."""
    view, date = clause.view, clause.mention
    index = view.index_at(verb)
    if index is None:
        return None
    tokens = view.tokens
    if date.char_end <= verb and not (
        not view.in_span(date.char_end, verb) or _speaker_after_opening_date(clause, verb, language)
    ):
        return None  # "Hostages seen in Gao on Tuesday said": the date is the speaker's own
    before = view.in_span(view.start, date.char_start)[-1:]
    if date.char_end <= verb and before and _past(before[0].norm, before[0].is_capitalized):
        return None  # "Hostages released on Tuesday said"
    if POSSESSIVE.match(view.text, date.char_end):
        return None  # "say Saturday's blasts killed 30": the date is in what is said
    opening_word = view.in_span(view.start, date.char_start)[-1:]
    if opening_word and opening_word[0].norm in view.words("date_prepositions"):
        date_start = opening_word[0].start  # "Gunmen took Gao, | officials said on Monday."
    else:
        date_start = date.char_start
    after = [
        k
        for k in range(index + 1, len(tokens))
        if not date_start <= tokens[k].start < date.char_end
    ]
    after = after[statement_phrase(view, after) :]  # "said in a statement | Friday ..."
    first = after[0] if after else None
    run: list[int] = []  # the words after the verb up to the first punctuation
    for k in after[:_SPEECH_TO_THAT_REACH]:
        if run and view.break_before(k):
            break
        run.append(k)
    acting = _finite_words(view, language) | irregular_past(language)
    # "Rebels took Gao, said the governor": the speaker follows the verb; not "Ana Ruiz,
    # the army chief, said on Monday that ...", whose verb goes on to what it says
    inverted = (
        index > 0
        and "," in view.text[tokens[index - 1].end : verb]
        and tokens[index].norm in view.lexicon.inverted
        and not (
            first is not None
            and not view.break_before(first)
            and (
                tokens[first].norm == "that"
                or tokens[first].norm in view.words("speech_venues")
                or any(tokens[k].norm in acting for k in run)
            )
        )
    )
    closing = (
        inverted
        or first is None
        or (view.break_before(first) and tokens[first].norm != "that")
        # "..., | the army said in a statement on Saturday.": only how it was told follows
        or _only_how_told(view, after, acting, language)
    )
    if closing:
        opening = index  # "Rebels took Gao, | said the governor", "..., | officials said"
        while opening > 0 and "," not in view.text[tokens[opening - 1].end : tokens[opening].start]:
            opening -= 1
        if opening > 0:
            return view.start, tokens[opening].start
    gerund = _speech_gerund_after(view, after, acting, language)
    if gerund is not None:  # "claimed the attack on Friday, | saying its fighters took Gao"
        return tokens[gerund].start, view.end
    if closing or first is None:
        return None
    said_words = view.words("said_clause_words")
    for n, k in enumerate(run):
        if tokens[k].norm == "that" or (n == 0 and tokens[k].norm in said_words):
            if tokens[k].norm == "to" and not _infinitive_after(view, k):
                continue
            return tokens[k].start, view.end
    if any(
        tokens[k].norm in acting or _past(tokens[k].norm, tokens[k].is_capitalized) for k in run
    ):
        return tokens[first].start, view.end  # "said Monday Russian forces had captured"
    if (
        tokens[index].norm in view.words("telling_verbs")
        or tokens[first].norm in view.words("speech_venues")
        or date.char_start > tokens[first].start
    ):
        # "told reporters in Kyiv", "said in Kyiv": whom or where it was told; "accused Kyiv
        # of shelling Gao on Monday": the date may be what it names
        return None
    return tokens[first].start, view.end  # "claimed responsibility for the attack on Gao"


_STATEMENT_PHRASE_REACH = 4  # words from a venue word to the statement it names


def statement_phrase(view: SentenceView, after: Sequence[int]) -> int:
    """How many of the words ``after`` a verb of speech (its date left out) make a phrase
    naming the statement it was made in ("said | in a televised address | Friday two
    missiles hit ..."): what it says comes after them; 0 when there is none."""
    tokens = view.tokens
    if not after or tokens[after[0]].norm not in view.words("speech_venues"):
        return 0
    statements = view.words("statement_nouns")
    named = 0
    for n, k in enumerate(after[1 : _STATEMENT_PHRASE_REACH + 1], 1):
        if view.break_before(k):
            break
        if tokens[k].norm in statements:
            named = n + 1  # "in a video address": the last of the nouns naming it
        elif named:
            break
    return named


def _opens_clause(token: Token, acting: frozenset[str]) -> bool:
    """Whether ``token`` opens or carries a clause of its own: "that", a finite verb."""
    return token.norm == "that" or token.norm in acting or _past(token.norm, token.is_capitalized)


def _only_how_told(
    view: SentenceView, after: Sequence[int], acting: frozenset[str], language: str
) -> bool:
    """Whether the words ``after`` a verb of speech (its date left out) only say how or
    where it was told, up to the end of the sentence or a participle of speech ("said in a
    statement", "wrote on Telegram", "said in Odesa"): no clause of what is said follows."""
    if not after or view.tokens[after[0]].norm not in view.words("speech_venues"):
        return False
    end = _phrase_end(view, after, acting, first=1)
    return end is not None and (end == len(after) or _speech_gerund(view, after[end], language))


def _speech_gerund_after(
    view: SentenceView, after: Sequence[int], acting: frozenset[str], language: str
) -> int | None:
    """Index of a participle of speech opening the phrase after the first punctuation past
    a verb of speech and its object ("claimed the attack on Friday, | saying ...", "confirmed
    the strike in a statement, | adding that ..."): it goes on telling what the speaker
    says; ``None`` when there is none, or a clause of its own comes first."""
    end = _phrase_end(view, after, acting)
    if end is None or end == len(after) or not _speech_gerund(view, after[end], language):
        return None
    return after[end]


def _phrase_end(
    view: SentenceView, after: Sequence[int], acting: frozenset[str], first: int = 0
) -> int | None:
    """Position in ``after`` of the first word with a break before it, from the ``first``
    on; ``len(after)`` when there is none; None when a clause of its own opens first."""
    for n, k in enumerate(after):
        if n >= first and view.break_before(k):
            return n
        if _opens_clause(view.tokens[k], acting):
            return None
    return len(after)


def _speech_gerund(view: SentenceView, index: int, language: str) -> bool:
    """Whether token ``index`` is a participle of speech ("saying", "adding")."""
    return view.tokens[index].norm in entity_words(language, "speech_gerunds")


def _infinitive_after(view: SentenceView, index: int) -> bool:
    """Whether the "to" at token ``index`` opens an infinitive ("claimed to have taken"),
    not whom something is told ("said to reporters", "said to the council")."""
    tokens = view.tokens
    if index + 1 >= len(tokens) or view.break_before(index + 1):
        return False
    word = tokens[index + 1]
    return (
        word.norm not in view.words("determiners")
        and not word.is_capitalized
        and not word.norm.endswith("s")
    )


def event_places(
    names: ArticleNames,
    clause: DateClause,
    other_dates: Sequence[tuple[int, int]] = (),
    said: tuple[int, int] | None = None,
) -> tuple[tuple[str, ...], tuple[Coordinates | None, ...]]:
    """The places of the date's event, with their points (see :mod:`timeline.whereabouts`);
    ``other_dates`` are the spans of the sentence's other dates, ``said`` the stretch a
    statement the date dates reports (see :func:`what_is_said`)."""
    return places_of_event(names.entities, clause, names.language, other_dates, said)


@lru_cache(maxsize=64)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    if not names:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<![\w-]){one_of(names)}(?![\w-])")


def _people_in(
    text: str,
    lexicon: EventLexicon,
    language: str,
    actor_names: Mapping[str, str],
    person_names: Mapping[str, str],
) -> tuple[dict[str, str], dict[str, str]]:
    """People named with a title ("special envoy Jane Doe") or beside a role ("Jane Doe, the
    envoy,"), by full name and surname, and each title or role (lower case) given to one
    person only, with whom it names.

    A surname alone then maps to the full name seen in the article or the lexicon.
    """
    people: dict[str, str] = {}
    holders: dict[str, set[str]] = {}
    titles = title_words(language)
    for match in _titled_names_pattern(language).finditer(text):
        written = match.group("name").split()
        full = re.sub(r"[’']s?$", "", " ".join(w for w in written if not _INITIAL_WORD.match(w)))
        if any(word.lower().strip(".") in titles for word in full.split()):
            continue  # "secretary | Brigadier General Pat": a title and a first name
        canonical = actor_names.get(full, full)
        people[full] = canonical
        people.setdefault(full.split()[-1], canonical)
        title = match.group("title").lower().split()
        for held in {" ".join(title), title[-1]}:  # "interior minister" is "the minister"
            holders.setdefault(held, set()).add(canonical)
    # "Ana Lopez Ruiz, the district's commissioner, told ...": a name set beside a role
    entity_lexicon = load_entity_lexicon(language)
    apposed = (pattern.finditer(text) for pattern in _apposed_role_patterns(language))
    for match in (match for matches in apposed for match in matches):
        words = match.group("name").split()
        while words and (
            words[0].lower() in lexicon.function_words()
            or key(words[0]) in entity_lexicon.date_words
            or words[0].lower().strip(".") in titles
        ):
            words = words[1:]  # "On Sunday Colonel Ana Ruiz, the ...": not the date or title
        full = " ".join(words)
        if (
            len(words) < 2
            or full in _institutions(language)
            or full in actor_names
            or any(word in entity_lexicon.organization_heads for word in words)
        ):
            continue  # "the White Army, a militia whose leader ...": a body's name
        people.setdefault(full, full)
        people.setdefault(words[-1], full)
        holders.setdefault(match.group("role").lower(), set()).add(people[full])
    # "George Barros ... Barros said": a full name whose surname alone is quoted later.
    quoted = _last_quoted(text, lexicon)
    for match in _FULL_NAME.finditer(text):
        first, surname = match.group(1), match.group(2)
        if first.lower() in lexicon.function_words() or surname in people:
            continue  # "Before Chile joined ...": a sentence's first word, no first name
        if surname in entity_lexicon.organization_heads or surname in _institutions(language):
            continue  # "the White Army said": a body's name; "the South China Sea": a state's
        if first.lower().strip(".") in titles:
            continue  # "the Prime Minister said", "President Ruiz said": a title, no first name
        if first.lower().endswith(tuple(entity_words(language, "describing_suffixes"))):
            continue  # "Iranian-backed Houthis": a describing word, no first name
        if quoted.get(surname, -1) >= match.end():
            people.setdefault(f"{first} {surname}", f"{first} {surname}")
            people.setdefault(surname, f"{first} {surname}")
    for alias, canonical in person_names.items():
        people.setdefault(alias, canonical)
    titled = {title: next(iter(held)) for title, held in holders.items() if len(held) == 1}
    return people, titled


def _last_quoted(text: str, lexicon: EventLexicon) -> dict[str, int]:
    """Each word standing next to a verb of speech ("Barros said", "said Barros"), by the
    offset of its last such occurrence. One pass over the text."""
    after, before = _speech_patterns(_asserting_verbs(lexicon))
    last: dict[str, int] = {}
    for match in after.finditer(text):  # "Barros said", "Jean-Barros said": ends of the word
        word = match.group(1)
        for part in _WORD_JOINT.finditer(word):
            last[word[part.end() :]] = max(last.get(word[part.end() :], -1), match.start(1))
        last[word] = max(last.get(word, -1), match.start(1))
    for match in before.finditer(text):  # "said Barros", "said Barros's": starts of the word
        word = match.group(1)
        for part in _WORD_JOINT.finditer(word):
            last[word[: part.start()]] = max(last.get(word[: part.start()], -1), match.start(1))
        last[word] = max(last.get(word, -1), match.start(1))
    return last


@lru_cache(maxsize=8)  # one per language: building it cost as much as reading a short article
def _asserting_verbs(lexicon: EventLexicon) -> str:
    """A regex of the verbs of speech that assert ("said", "told")."""
    return one_of(w for w, stance in lexicon.stance_of.items() if stance == "asserted")


@lru_cache(maxsize=8)
def _speech_patterns(speech: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A word right before a verb of speech ("Barros said"), and right after one
    ("said Barros")."""
    return (
        re.compile(rf"{_WORD_AFTER}\s+(?:{speech})\b"),
        re.compile(rf"\b(?:{speech})\s+([\w’'\-]+)"),
    )


@lru_cache(maxsize=8)
def _apposed_role_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two to four capitalised words set off by commas beside a role of a person (group
    ``role``): before it ("Ana Lopez Ruiz, the army-appointed commissioner of the district,"),
    the role within a few words of the comma, or after it ("the army spokesman, Ana Lopez
    Ruiz, said")."""
    roles = one_of(load_entity_lexicon(language).role_nouns)
    articles = one_of(entity_words(language, "articles"))
    name = rf"(?P<name>(?:{_NAME} ){{1,3}}{_NAME})"
    return (
        re.compile(rf"{name}, (?:{articles}) [^,.;:\n]{{0,50}}?\b(?P<role>{roles})\b"),
        re.compile(rf"\b(?P<role>{roles}), {name},"),
    )


def governing_name(name: str, language: str = "en") -> str:
    """The name an actor or a claimant is given: a land whose name is no name of who
    governs it ("Palestinian Territory") is the body governing it ("Palestinian
    Authority"); any other name is itself."""
    return _governing_bodies(language).get(name, name)


@lru_cache(maxsize=8)
def _governing_bodies(language: str) -> Mapping[str, str]:
    return read_table("entities", language).get("governing_bodies", {})


@lru_cache(maxsize=8)
def _titled_names_pattern(language: str) -> re.Pattern[str]:
    """A person title of the entity lexicon ("special envoy", "maj. gen.") and the two or
    three capitalised words after it."""
    titles = read_table("entities", language)["words"]["person_titles"]
    alternatives = one_of(titles)
    return re.compile(
        rf"(?P<title>(?i:\b(?:{alternatives})))\s+"
        rf"(?P<name>{_NAME}\s+(?:{_INITIAL}\s+)?(?:{_NAME}\s+)?{_NAME})"
    )
