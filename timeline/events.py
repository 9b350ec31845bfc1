"""Sentence → event: which dates mark events, and what each event is about.

:func:`build_events` turns the placed date mentions of one article into events:
the clause that carries the date becomes the title, cue words around the date
decide the category, and the sentence gives actors, places and who made the claim.
Language knowledge (cue words, names, claim verbs) lives in ``lexicon/events_<lang>.toml``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import TypeVar

from timeline.gazetteer import Coordinates, coordinates, find_city
from timeline.model import CATEGORIES, Article, Category, Event, Mention, Stance
from timeline.text import sentence_spans, squash, unwrap

TITLE_WORDS = 16
_Found = TypeVar("_Found")

_WORD = re.compile(r"\w+(?:[’'.\-]\w+)*\.?")
_CLAUSE_BREAK = re.compile(r"[,;:][’”\"']*(?=\s)|\s[–—-]\s|[()\[\]]")
_QUOTE_PAIRS = re.compile(r"“[^”]*”|\"[^\"]*\"")
_POSSESSIVE = re.compile(r"[’']s$")
_NAME = r"[A-Z][\w’'\-]+(?<![’']s)"  # a capitalised word, possessive "'s" left out
_FULL_NAME = re.compile(rf"\b({_NAME}) ({_NAME})\b")


@dataclass(frozen=True, slots=True)
class _Cue:
    words: tuple[str, ...]  # lower-case tokens; the last may end with "*" (prefix)


@dataclass(frozen=True, slots=True)
class _CueIndex:
    """Every category's cues, numbered in lexicon order, by what their first word must be."""

    entries: tuple[tuple[Category, _Cue], ...]
    by_word: dict[str, tuple[int, ...]]  # first word -> numbers of the cues it starts
    by_prefix: dict[str, tuple[int, ...]]  # prefix of a first word ending in "*" -> numbers
    prefix_lengths: tuple[int, ...]

    @classmethod
    def of(cls, cues: Mapping[Category, Sequence[_Cue]]) -> _CueIndex:
        entries = tuple((category, cue) for category, found in cues.items() for cue in found)
        by_word: dict[str, list[int]] = {}
        by_prefix: dict[str, list[int]] = {}
        for number, (_, cue) in enumerate(entries):
            first = cue.words[0]
            if first.endswith("*"):
                by_prefix.setdefault(first[:-1], []).append(number)
            else:
                by_word.setdefault(first, []).append(number)
        return cls(
            entries,
            {word: tuple(numbers) for word, numbers in by_word.items()},
            {prefix: tuple(numbers) for prefix, numbers in by_prefix.items()},
            tuple(sorted({len(prefix) for prefix in by_prefix})),
        )

    def matches(self, tokens: Sequence[_Token]) -> list[tuple[int, int, Category]]:
        """``(first, last, category)`` token indices of every cue match, by cue then position.

        Only the cues whose first word fits a token are tried there.
        """
        found = []
        for i, token in enumerate(tokens):
            numbers = list(self.by_word.get(token.norm, ()))
            for length in self.prefix_lengths:
                numbers += (
                    self.by_prefix.get(token.norm[:length], ()) if len(token.norm) >= length else ()
                )
            for number in numbers:
                category, cue = self.entries[number]
                last = i + len(cue.words) - 1
                if last < len(tokens) and all(
                    _word_matches(w, t.norm)
                    for w, t in zip(cue.words[1:], tokens[i + 1 : last + 1], strict=True)
                ):
                    found.append((number, i, last, category))
        found.sort(key=lambda match: match[:2])
        return [(first, last, category) for _, first, last, category in found]


@dataclass(frozen=True, slots=True)
class _Place:
    name: str
    country: str
    region: bool
    capital: bool


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The event knowledge of one language, read from ``lexicon/events_<lang>.toml``."""

    cues: _CueIndex
    weights: dict[str, float]
    stance_of: dict[str, Stance]
    auxiliaries: frozenset[str]
    pronouns: frozenset[str]
    superlatives: frozenset[str]
    range_openers: frozenset[str]
    reach: frozenset[str]
    actor_names: dict[str, str]  # alias as written → canonical name
    person_names: dict[str, str]  # the same, for people only
    person_titles: tuple[str, ...]
    place_names: dict[str, _Place]  # alias as written → place
    place_prepositions: frozenset[str]
    not_places: frozenset[str]
    grammar: Mapping[str, frozenset[str]]  # named word lists of the [grammar] table
    cluster_ignore: frozenset[str]
    suffixes: tuple[str, ...]


@cache
def load_lexicon(language: str = "en") -> Lexicon:
    """Read the event lexicon of ``language`` (English when there is none for it)."""
    folder = resources.files("timeline").joinpath("lexicon")
    file = folder.joinpath(f"events_{language}.toml")
    if not file.is_file():
        file = folder.joinpath("events_en.toml")
    data = tomllib.loads(file.read_text(encoding="utf-8"))
    # The seed war's names moved to a domain pack, read here until the stage takes a pack.
    names = tomllib.loads(
        resources.files("timeline").joinpath("packs/ukraine-war.toml").read_text(encoding="utf-8")
    )
    claims = data["claims"]
    stance_of: dict[str, Stance] = {}
    for stance in ("asserted", "denied", "disputed"):
        stance_of.update(dict.fromkeys(claims[stance], stance))
    actor_names: dict[str, str] = {}
    person_names: dict[str, str] = {}
    for kind, known in names["actors"].items():
        for canonical, aliases in known.items():
            actor_names.update(dict.fromkeys([canonical, *aliases], canonical))
            if kind == "people":
                person_names.update(dict.fromkeys([canonical, *aliases], canonical))
    place_names: dict[str, _Place] = {}
    for name, entry in names["places"].items():
        place = _Place(
            name, entry["country"], bool(entry.get("region")), bool(entry.get("capital"))
        )
        place_names.update(dict.fromkeys([name, *entry.get("aliases", [])], place))
    return Lexicon(
        cues=_CueIndex.of(
            {
                category: [_Cue(tuple(entry.split())) for entry in data["categories"][category]]
                for category in CATEGORIES
                if category in data["categories"]
            }
        ),
        weights=dict(data["weights"]),
        stance_of=stance_of,
        auxiliaries=frozenset(claims["auxiliaries"]),
        pronouns=frozenset(claims["pronouns"]),
        superlatives=frozenset(data["comparison"]["superlatives"]),
        range_openers=frozenset(data["comparison"]["range_openers"]),
        reach=frozenset(data["comparison"]["reach"]),
        actor_names=actor_names,
        person_names=person_names,
        person_titles=tuple(data["person_titles"]["titles"]),
        place_names=place_names,
        place_prepositions=frozenset(data["places_in_text"]["prepositions"]),
        not_places=frozenset(data["places_in_text"]["not_places"]),
        grammar={name: frozenset(words) for name, words in data["grammar"].items()},
        cluster_ignore=frozenset(data["clusters"]["ignore"])
        | frozenset(data["grammar"]["stopwords"]),
        suffixes=tuple(data["clusters"]["suffixes"]),
    )


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    text: str  # as written
    norm: str  # lower case, possessive stripped

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    found = []
    for match in _WORD.finditer(text, start, end):
        word = match.group().rstrip(".") if not _is_abbreviation(match.group()) else match.group()
        norm = _POSSESSIVE.sub("", word.lower())
        found.append(_Token(match.start(), match.start() + len(word), word, norm))
    return found


def _is_abbreviation(word: str) -> bool:
    return word.count(".") > 1  # U.S., U.N.


def build_events(article: Article, mentions: Sequence[Mention]) -> list[Event]:
    """The events of ``article``: one per placed mention that dates something.

    Durations, vague references, comparison ranges ("the biggest gain since 2023")
    and reach ("well into 2026") date no event. Each event gets a title (the
    clause with the date), a category with the cues that decided it, the actors
    and places its sentence names, and who claimed it with what stance.
    """
    lexicon = load_lexicon(article.language)
    flat = unwrap(article.text)
    sentences = sentence_spans(article.text)
    people = _people_in(flat, lexicon)
    quotes = _quotations(flat)
    events = []
    seen: dict[tuple[int, int], _Sentence] = {}
    for mention in mentions:
        if not mention.is_placed:
            continue
        start, end = _sentence_around(sentences, mention)
        if (start, end) not in seen:
            seen[start, end] = _Sentence(flat, start, end, lexicon)
        context = _Context(seen[start, end], mention, quotes)
        if not context.dates_an_event():
            continue
        category, cues = context.category()
        places = context.places()
        claimed_by, stance = context.claim(people)
        actors = context.actors(people)
        if claimed_by and claimed_by not in actors and claimed_by in _known_actors(lexicon, people):
            actors = (*actors, claimed_by)
        events.append(
            Event(
                event_id=f"{article.id}#{mention.char_start}",
                article_id=article.id,
                mention=mention,
                sentence_start=start,
                sentence_end=end,
                sentence=article.text[start:end],
                title=context.title(),
                category=category,
                cues=cues,
                actors=actors,
                places=tuple(place.name for place in places),
                place_coordinates=tuple(_place_coordinates(place) for place in places),
                claimed_by=claimed_by,
                stance=stance,
            )
        )
    return events


def _sentence_around(sentences: Sequence[tuple[int, int]], mention: Mention) -> tuple[int, int]:
    """The sentence holding the mention, widened when a bad split cuts through it."""
    covering = [(s, e) for s, e in sentences if s < mention.char_end and mention.char_start < e]
    if not covering:
        return mention.char_start, mention.char_end
    return min(covering[0][0], mention.char_start), max(covering[-1][1], mention.char_end)


def _place_coordinates(place: _Place) -> Coordinates | None:
    if place.region:
        return None
    return coordinates([place.name], place.country)


class _Sentence:
    """A sentence's tokens and cue matches, shared by the dates it holds."""

    def __init__(self, text: str, start: int, end: int, lexicon: Lexicon):
        self.text = text
        self.start = start
        self.end = end
        self.lexicon = lexicon
        self.tokens = _tokens(text, start, end)

    @cached_property
    def cue_matches(self) -> list[tuple[_Token, _Token, Category]]:
        """First and last token of each cue match, with its category."""
        return [
            (self.tokens[first], self.tokens[last], category)
            for first, last, category in self.lexicon.cues.matches(self.tokens)
        ]


class _Context:
    """One mention in its sentence: clauses, tokens and quotations, with offsets."""

    def __init__(self, sentence: _Sentence, mention: Mention, quotes: Sequence[tuple[int, int]]):
        self.sentence = sentence
        self.text = sentence.text
        self.start = start = sentence.start
        self.end = end = sentence.end
        self.mention = mention
        self.lexicon = sentence.lexicon
        self.tokens = sentence.tokens
        self.clauses = self._clauses()
        self.own = self.clauses[self._clause_index()]  # the clause the date stands in
        self.home = self._home_clause()
        self.quotes = [(s, e) for s, e in quotes if s < end and start < e]

    # --- clauses -------------------------------------------------------------------------

    def _clauses(self) -> list[tuple[int, int]]:
        m = self.mention
        cuts = [
            b.start()
            for b in _CLAUSE_BREAK.finditer(self.text, self.start, self.end)
            if not (m.char_start <= b.start() < m.char_end)
        ]
        bounds = [self.start, *cuts, self.end]
        spans = []
        for left, right in zip(bounds, bounds[1:], strict=False):
            if any(t.start >= left and t.end <= right for t in self.tokens):
                spans.append((left, right))
        return spans or [(self.start, self.end)]

    def _clause_index(self) -> int:
        for index, (left, right) in enumerate(self.clauses):
            if left <= self.mention.char_start < right:
                return index
        return 0

    def _home_clause(self) -> tuple[int, int]:
        """The clause that carries the date, joined to a neighbour when it says nothing else.

        A clause says nothing else when, besides the date and the noun phrase a
        relational date points to ("on the eve of the meeting"), it has fewer than
        two content words.
        """
        index = self._clause_index()
        left, right = self.clauses[index]
        if self._content_words(left, right) >= 2 or len(self.clauses) == 1:
            return left, right
        before = self.clauses[index - 1] if index > 0 else None
        after = self.clauses[index + 1] if index + 1 < len(self.clauses) else None
        if before is not None and (
            after is None
            or self._is_relational()
            or self._content_words(*before) > self._content_words(*after)
        ):
            return before[0], right
        assert after is not None
        return left, after[1]

    def _in_clause(self, left: int, right: int) -> list[_Token]:
        return [t for t in self.tokens if left <= t.start and t.end <= right]

    def _content_words(self, left: int, right: int) -> int:
        m = self.mention
        anchor_end = self._anchor_end(right)
        return sum(
            1
            for t in self._in_clause(left, right)
            if not (m.char_start <= t.start < anchor_end) and t.norm not in self.words("stopwords")
        )

    def _anchor_end(self, limit: int) -> int:
        """End of the date and, for a relational date ("on the eve of"), the phrase it points to."""
        m = self.mention
        if self._is_relational() and m.char_start < limit:
            return max(limit, m.char_end)
        return m.char_end

    def _is_relational(self) -> bool:
        words = self.mention.text.split()
        return bool(words) and words[-1].lower() in self.words("relational_ends")

    def _is_anchor_clause(self, left: int, right: int) -> bool:
        """A clause such as "just days before the meeting": a time reference to another event."""
        for token in self._in_clause(left, right):
            if token.norm in self.words("anchor_fillers"):
                continue
            return token.norm in self.words("anchor_openers")
        return False

    # --- does the date mark an event? -----------------------------------------------------

    def dates_an_event(self) -> bool:
        """False for comparison ranges and reach; true for any other placed date."""
        m = self.mention
        before = [t for t in self.tokens if t.end <= m.char_start and t.start >= self.home[0]]
        inside = [t for t in self.tokens if m.char_start <= t.start < m.char_end]
        after = [t for t in self.tokens if t.start >= m.char_end]
        first = inside[0].norm if inside else ""
        if (before and before[-1].norm in self.lexicon.reach) or first in self.lexicon.reach:
            return False
        if _phrase_length(after, self.words("reach_after")):
            return False
        opens_range = first in self.lexicon.range_openers or (
            bool(before) and before[-1].norm in self.lexicon.range_openers
        )
        current_period = _phrase_length(inside, self.words("current_period")) > 0
        if opens_range or current_period:
            return not self._follows_superlative(before)
        return True

    def _follows_superlative(self, before: Sequence[_Token]) -> bool:
        """A superlative in the last words before the date, with no verb in between."""
        for token in reversed(before[-10:]):
            if token.norm in self.lexicon.superlatives:
                return True
            if token.norm.endswith(("ing", "ed")) or token.norm in self.words("be_forms"):
                return False
        return False

    # --- category ----------------------------------------------------------------------

    def category(self) -> tuple[Category, tuple[str, ...]]:
        """The best-scoring category and its cues, strongest first; ``other`` when none.

        Cue matches never overlap: the longest wins ("peace talks" counts once).
        """
        mention_in_quote = any(s <= self.mention.char_start < e for s, e in self.quotes)
        anchor_end = self._anchor_end(self.own[1])
        candidates = [
            (first, last, category)
            for first, last, category in self.sentence.cue_matches
            if not self.mention.char_start <= first.start < anchor_end
            and (mention_in_quote or not any(s <= first.start < e for s, e in self.quotes))
        ]
        candidates.sort(key=lambda c: (c[0].start - c[1].end, c[0].start))  # longest first
        taken: list[tuple[int, int]] = []
        scores: dict[Category, float] = {}
        found: dict[Category, dict[str, tuple[float, int]]] = {}
        for first, last, category in candidates:
            if any(first.start < end and start < last.end for start, end in taken):
                continue
            taken.append((first.start, last.end))
            weight = self._weight(first.start)
            surface = squash(self.text[first.start : last.end]).lower()
            scores[category] = scores.get(category, 0.0) + weight
            cues = found.setdefault(category, {})
            cues[surface] = min(cues.get(surface, (0.0, 0)), (-weight, first.start))
        if not scores:
            return "other", ()
        best = max(scores, key=lambda c: (scores[c], -CATEGORIES.index(c)))
        ranked = sorted(found[best], key=found[best].__getitem__)  # strongest, then first
        return best, tuple(ranked)

    def _weight(self, offset: int) -> float:
        """Clause of the date > the clauses next to it > the rest of the sentence.

        A neighbouring clause that only points to another event ("just days before
        the meeting") counts as the rest of the sentence.
        """
        weights = self.lexicon.weights
        left, right = self.home
        if left <= offset < right:
            return weights["clause"]
        home = [i for i, (s, e) in enumerate(self.clauses) if left <= s and e <= right]
        index = next((i for i, (s, e) in enumerate(self.clauses) if s <= offset < e), None)
        if (
            index is not None
            and index in (home[0] - 1, home[-1] + 1)
            and not self._is_anchor_clause(*self.clauses[index])
        ):
            return weights["neighbour_clause"]
        return weights["sentence"]

    # --- title -------------------------------------------------------------------------

    def title(self) -> str:
        """The home clause without its date, subject kept, in at most ``TITLE_WORDS`` words."""
        left, right = self.home
        m = self.mention
        text = self._surface_without(left, right, m.char_start, self._anchor_end(self.own[1]))
        index = next(i for i, c in enumerate(self.clauses) if c[0] == left)
        first = self._in_clause(left, right)[:1]
        opener = first[0] if first else None
        if opener is not None and index > 0 and not opener.is_capitalized:
            if opener.norm in self.words(
                "relatives"
            ):  # "..., which was shut down": keep what "which" is
                text = self.text[self.clauses[index - 1][0] : left] + text
            elif opener.norm in self.words("finite_starts") or opener.norm.endswith("ed"):
                text = self.text[self.start : self.clauses[0][1]] + " " + text.lstrip(" ,;:")
        elif (
            opener is not None
            and index == 0
            and opener.norm.endswith(("ing", "ed"))
            and right < self.end
        ):  # "Speaking to his generals on Sunday, Putin praised them": keep the main clause
            following = next(c for c in self.clauses if c[0] >= right)
            text += self.text[following[0] : following[1]]
        text = re.sub(r"\s+([,;:])", r"\1", squash(text)).replace("[", "").replace("]", "")
        words = text.lstrip(" ,;:–—-\"“”‘’'").split()
        while words and words[0].lower().strip(",") in self.words("leading_fillers"):
            words = words[1:]
        while words and words[-1].lower().strip(",;:") in self.words("trailing_words"):
            words = words[:-1]
        clipped = len(words) > TITLE_WORDS
        text = " ".join(words[:TITLE_WORDS]).strip(" ,;:–—-\"“”'.")
        text += "…" if clipped else ""
        return text[:1].upper() + text[1:] if text else squash(m.text)

    def _surface_without(self, left: int, right: int, cut_start: int, cut_end: int) -> str:
        head = self.text[left:cut_start] if left < cut_start else ""
        tail = self.text[cut_end:right] if cut_end < right else ""
        head = self._without_date_preposition(head)  # "Putin on [Sunday]" → "Putin"
        return re.sub(r"[,\s]*$", "", head) + re.sub(r"^[,\s]*", " ", tail)

    def _without_date_preposition(self, head: str) -> str:
        words = head.rstrip().split(" ")
        for phrase in sorted(self.words("date_prepositions"), key=len, reverse=True):
            size = len(phrase.split())
            if [w.lower() for w in words[-size:]] == phrase.split():
                return " ".join(words[:-size])
        return head

    def words(self, name: str) -> frozenset[str]:
        """A named word list of the lexicon's [grammar] table."""
        return self.lexicon.grammar[name]

    # --- actors, places, claims ----------------------------------------------------------

    def places(self) -> list[_Place]:
        """Places named in the sentence, canonical, in order of first mention."""
        found: list[tuple[int, _Place]] = []
        known: list[tuple[int, int]] = []
        for (start, end), place in _find_names(
            self.text, self.start, self.end, self.lexicon.place_names
        ):
            known.append((start, end))
            if not (place.capital and self._is_claimant_at(start)):
                found.append((start, place))
        for (start, end), place in self._gazetteer_places():
            if not any(start < e and s < end for s, e in known):
                found.append((start, place))
        seen: dict[str, _Place] = {}
        for _, place in sorted(found, key=lambda item: item[0]):
            seen.setdefault(place.name, place)
        return list(seen.values())

    def _gazetteer_places(self) -> Iterable[tuple[tuple[int, int], _Place]]:
        """Cities not in the lexicon, named after a preposition of place ("talks in Geneva")."""
        tokens = self.tokens
        for index, token in enumerate(tokens[:-1]):
            if token.norm not in self.lexicon.place_prepositions:
                continue
            name: list[_Token] = []
            for following in tokens[index + 1 : index + 4]:
                if not following.is_capitalized or following.norm in self.lexicon.not_places:
                    break
                if name and self._break_between(name[-1], following):
                    break
                name.append(following)
            for size in range(len(name), 0, -1):
                written = " ".join(t.text for t in name[:size])
                if written in self.lexicon.actor_names:
                    break
                city = find_city(written)
                if city is not None:
                    span = (name[0].start, name[size - 1].end)
                    yield span, _Place(written, city[1], region=False, capital=False)
                    break

    def actors(self, people: dict[str, str]) -> tuple[str, ...]:
        """People, governments and armies named in the sentence, canonical, in order."""
        names = {**self.lexicon.actor_names, **people}
        found: dict[str, int] = {}
        for (start, _end), canonical in _find_names(self.text, self.start, self.end, names):
            found.setdefault(canonical, start)
        for (start, _end), place in _find_names(
            self.text, self.start, self.end, self.lexicon.place_names
        ):
            if place.capital and self._is_claimant_at(start):
                found.setdefault(place.name, start)
        left, right = self.home
        for index, token in enumerate(self.tokens):
            if token.start < self.clauses[0][1] and any(n in found for n in people.values()):
                continue  # "Speaking to his generals, Putin ...": the pronoun names Putin
            if left <= token.start < right and token.norm in self.words("personal_pronouns"):
                person = self._resolve_pronoun(index, people)  # "he traveled to Kursk"
                if person:
                    found.setdefault(person, token.start)
                break
        return tuple(sorted(found, key=found.__getitem__))

    def _is_claimant_at(self, offset: int) -> bool:
        index = next((i for i, t in enumerate(self.tokens) if t.start == offset), None)
        if index is None:
            return False
        for token in self.tokens[index + 1 : index + 4]:
            if token.norm in self.lexicon.auxiliaries:
                continue
            return token.norm in self.lexicon.stance_of
        return False

    def claim(self, people: dict[str, str]) -> tuple[str, Stance]:
        """Who the sentence attributes the event to, and with what stance."""
        claims = list(self._claims(people))
        if not claims:
            return "", ""
        home_left, home_right = self.home

        def distance(claim: tuple[int, str, Stance]) -> tuple[int, int]:
            offset = claim[0]
            inside = home_left <= offset < home_right
            return (0 if inside else 1, abs(offset - self.mention.char_start))

        offset, claimant, stance = min(claims, key=distance)
        for _, other, other_stance in claims:
            if other == claimant and other_stance in ("denied", "disputed"):
                stance = other_stance
        return claimant, stance

    def _claims(self, people: dict[str, str]) -> Iterable[tuple[int, str, Stance]]:
        tokens = self.tokens
        last_claimant = ""
        for index, token in enumerate(tokens):
            attribution = _phrase_length(tokens[index:], self.words("attribution"))
            if attribution:
                claimant = self._according_to(index + attribution, people)
                if claimant:
                    yield token.start, claimant, "asserted"
                continue
            stance = self.lexicon.stance_of.get(token.norm)
            if stance is None or token.is_capitalized and index > 0:
                continue
            if index > 0 and tokens[index - 1].norm in self.words("be_forms"):
                continue  # passive: "the city was contested" is no claim
            claimant = self._subject_before(index, people)
            if not claimant and token.norm.endswith("ing"):
                claimant = last_claimant  # "Kyiv disputed the claim, saying ..."
            if not claimant:
                claimant = self._subject_after(index, people)
            if claimant:
                last_claimant = claimant
                yield token.start, claimant, stance

    def _according_to(self, index: int, people: dict[str, str]) -> str:
        end = self._phrase_end(index)
        source = self._name_of(index, end, people)
        rest = self.tokens[end : end + 1]
        if rest and rest[0].norm in self.words("citing"):
            cited = self._name_of(end + 1, self._phrase_end(end + 1), people)
            if cited:
                return f"{source}, citing {cited}"
        return source

    def _phrase_end(self, index: int) -> int:
        """Index one past a short phrase starting at ``index``, stopped by punctuation."""
        end = index
        while end < len(self.tokens) and end - index < 6:
            if end > index and self._break_between(self.tokens[end - 1], self.tokens[end]):
                break
            if self.tokens[end].norm in self.lexicon.stance_of or self.tokens[end].norm == "that":
                break
            end += 1
        return end

    def _break_between(self, left: _Token, right: _Token) -> bool:
        gap = self.text[left.end : right.start]
        return any(ch in gap for ch in ',;:()[]“”"–—')

    def _subject_before(self, index: int, people: dict[str, str]) -> str:
        i = index - 1
        while i >= 0 and self.tokens[i].norm in self.lexicon.auxiliaries:
            if self._break_between(self.tokens[i], self.tokens[i + 1]):
                return ""
            i -= 1
        if i < 0 or self._break_between(self.tokens[i], self.tokens[i + 1]):
            return ""
        end = i + 1
        start = i
        while (
            start > 0
            and end - start < 6
            and not self._break_between(self.tokens[start - 1], self.tokens[start])
            and self.tokens[start - 1].norm not in self.lexicon.stance_of
            and self.tokens[start - 1].norm not in self.words("clause_openers")
        ):
            start -= 1
        if self.tokens[i].norm in self.lexicon.pronouns:
            return self._resolve_pronoun(i, people)
        return self._name_of(start, end, people)

    def _subject_after(self, index: int, people: dict[str, str]) -> str:
        """ "..., said a member of the unit": the speaker after the verb, after a quote or comma."""
        if index == 0 or not self._break_between(self.tokens[index - 1], self.tokens[index]):
            return ""
        following = self.tokens[index + 1 : index + 2]
        if not following or (
            following[0].norm in self.words("stopwords")
            and following[0].norm not in self.words("determiners")
        ):
            return ""
        end = self._phrase_end(index + 1)
        return self._name_of(index + 1, end, people)

    def _resolve_pronoun(self, index: int, people: dict[str, str]) -> str:
        """The person a pronoun most likely means: the one named most often before it."""
        counts: dict[str, int] = {}
        for _span, name in _find_names(self.text, 0, self.tokens[index].start, people):
            counts[name] = counts.get(name, 0) + 1
        return max(counts, key=counts.__getitem__, default="")

    def _name_of(self, start: int, end: int, people: dict[str, str]) -> str:
        """The known actor inside tokens ``start:end``, else the phrase itself, trimmed."""
        if start >= end:
            return ""
        left, right = self.tokens[start].start, self.tokens[end - 1].end
        names = {**self.lexicon.actor_names, **people}
        known = _find_names(self.text, left, right, names)
        if known:
            return known[0][1]
        places = _find_names(self.text, left, right, self.lexicon.place_names)
        if places and places[0][1].capital:
            return places[0][1].name
        words = [t.text for t in self.tokens[start:end]]
        while words and words[0].lower() in self.words("determiners"):
            words = words[1:]
        if not words or all(w.lower() in self.lexicon.pronouns for w in words):
            return ""
        return " ".join(words)


def _phrase_length(tokens: Sequence[_Token], phrases: Iterable[str]) -> int:
    """Length in tokens of the longest of ``phrases`` that ``tokens`` start with, else 0."""
    best = 0
    for phrase in phrases:
        words = phrase.split()
        if [t.norm for t in tokens[: len(words)]] == words:
            best = max(best, len(words))
    return best


def _word_matches(pattern: str, word: str) -> bool:
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return word == pattern


def _find_names(
    text: str, start: int, end: int, names: Mapping[str, _Found]
) -> list[tuple[tuple[int, int], _Found]]:
    """Whole-word occurrences of ``names`` keys in ``text[start:end]``, longest first wins."""
    pattern = _names_pattern(tuple(sorted(names, key=len, reverse=True)))
    found = []
    for match in pattern.finditer(text, start, end):
        found.append(((match.start(), match.end()), names[match.group()]))
    return found


@lru_cache(maxsize=64)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    if not names:
        return re.compile(r"(?!x)x")
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def _people_in(text: str, lexicon: Lexicon) -> dict[str, str]:
    """People named with a title ("special envoy Steve Witkoff"), by full name and surname.

    A surname alone then maps to the full name seen in the article or the lexicon.
    """
    people: dict[str, str] = {}
    for match in _titled_names_pattern(lexicon.person_titles).finditer(text):
        full = re.sub(r"[’']s$", "", " ".join(match.group(1).split()))
        canonical = lexicon.actor_names.get(full, full)
        people[full] = canonical
        people.setdefault(full.split()[-1], canonical)
    # "George Barros ... Barros said": a full name whose surname alone is quoted later.
    speech = _speech_patterns(
        "|".join(w for w, stance in lexicon.stance_of.items() if stance == "asserted")
    )
    for match in _FULL_NAME.finditer(text):
        first, surname = match.group(1), match.group(2)
        if first.lower() in lexicon.grammar["stopwords"] or surname in people:
            continue
        if _quoted_after(text, surname, match.end(), speech):
            people.setdefault(f"{first} {surname}", f"{first} {surname}")
            people.setdefault(surname, f"{first} {surname}")
    for alias, canonical in lexicon.person_names.items():
        people.setdefault(alias, canonical)
    return people


# How far before a name a verb of speech and the spaces after it may start.
_SPEECH_REACH = 100


@lru_cache(maxsize=8)
def _speech_patterns(speech: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The verbs of speech ``speech`` (alternatives) right after a name ("Barros said"),
    and right before one, up to the end of the searched text ("said Barros")."""
    return re.compile(rf"\s+(?:{speech})\b"), re.compile(rf"\b(?:{speech})\s+\Z")


def _quoted_after(
    text: str, name: str, start: int, speech: tuple[re.Pattern[str], re.Pattern[str]]
) -> bool:
    """True when ``name`` stands as a word next to a verb of speech after ``start``."""
    after, before = speech
    at = text.find(name, start)
    while at >= 0:
        end = at + len(name)
        if _at_word_boundary(text, at, start) and after.match(text, end):
            return True
        if _at_word_boundary(text, end, start) and before.search(
            text, max(start, at - _SPEECH_REACH), at
        ):
            return True
        at = text.find(name, at + 1)
    return False


def _at_word_boundary(text: str, at: int, first: int) -> bool:
    """Regex ``\\b`` at ``at`` in ``text[first:]``."""

    def word(k: int) -> bool:
        return first <= k < len(text) and (text[k].isalnum() or text[k] == "_")

    return word(at - 1) != word(at)


@lru_cache(maxsize=8)
def _titled_names_pattern(titles: tuple[str, ...]) -> re.Pattern[str]:
    """A person title ("special envoy") and the two or three capitalised words after it."""
    alternatives = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
    return re.compile(rf"(?i:\b(?:{alternatives}))\s+((?:{_NAME}\s+){{1,2}}{_NAME})")


def _known_actors(lexicon: Lexicon, people: dict[str, str]) -> set[str]:
    capitals = {p.name for p in lexicon.place_names.values() if p.capital}
    return {*lexicon.actor_names.values(), *people.values(), *capitals}


def _quotations(text: str) -> list[tuple[int, int]]:
    """Spans of quotations longer than three words (a scare-quoted term is not a quote)."""
    return [(m.start(), m.end()) for m in _QUOTE_PAIRS.finditer(text) if len(m.group().split()) > 3]
