"""Who acts in an article, and where: one index of its named entities, built once.

:meth:`ArticleEntities.of` reads the text once and finds people (with their titles and
roles), organisations, states, groups ("Russian forces", "protesters") and places. A
capital or country that acts or speaks ("Kyiv said", "by Moscow") stands for its state
and is an actor, not a place. Every person gets one canonical name per article: the
longest full name the article gives ("President Trump" and "Trump" are "Donald Trump"
when the article names him so once). :func:`actors_in`, :func:`collective_actors_in` and
:func:`places_in` then answer for any span of the text (an event's clause) by bisection.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol, TypeVar

from timeline.dateline import find_datelines, without_dateline
from timeline.gazetteer import DomainPack, Place, key, regions_named, towns_named
from timeline.lexicon import common_words, load_lexicon, read_table, words_before_names
from timeline.lexicon.events import cues_starting, load_event_lexicon
from timeline.locations import (
    COMPASS,
    EntityLexicon,
    Phrases,
    Token,
    apposed_names,
    find_places,
    force_target,
    load_entity_lexicon,
    taker_after,
    tokens_of,
)
from timeline.text import ends_with_abbreviation, is_quoted

__all__ = [
    "ArticleEntities",
    "CollectiveActor",
    "actors_in",
    "canonical_names",
    "is_anonymous",
    "is_plural",
    "is_plural_noun",
    "collective_actors_in",
    "name_list_end",
    "name_start",
    "entity_words",
    "irregular_past",
    "is_act_noun",
    "places_in",
]

_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9\-]{1,7})(?:['’]s)?\)")  # "(RSF)", "(SAF's)"
_HYPHENED_ARTICLE = re.compile(r"[a-z]{1,3}-(?=[A-Z])")  # "al-" of "al-Sham"
_ARTICLE_NAME = re.compile(r"(?:[a-z]{1,3}|Al|El)-[A-Z][a-z]+$")  # "al-Sham", "Al-Shabab"
_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+|St\.")
_POSSESSIVE_MARK = re.compile(r"^[’']s?")  # "'s" after "Russia", "'" after "Hamas"
_POSSESSIVE_END = re.compile(r"[’']s?$")  # a word ending on its possessive mark
_NICKNAME_OPENS = frozenset({" “", ' "', " ‘"})
_OPENING_QUOTES = frozenset({"“", '"', "‘"})
_CLOSING_QUOTES = frozenset({"”", '"', "’"})
_NICKNAME_CLOSES = frozenset({"” ", '" ', "’ "})
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # "47th": a unit's number opens its name
# a machine's model ("MiG-31", "Su-35", "Shahed-136", "F-16s"): it names no one's side
_MODEL = re.compile(r"[A-Z][A-Za-z]{0,6}-\d{1,4}[A-Za-z]{0,3}")
# An acronym followed by its full name: "ODIHR (Office for Democratic Institutions ...)".
_SPELLED_OUT = re.compile(r"\b([A-Z][A-Z0-9]{1,7}) \(([A-Z][\w’',\- ]{3,120})\)")
_NAME_PARTICLES = frozenset(
    {
        "de",
        "al",
        "el",
        "bin",
        "ibn",
        "wa",
        "van",
        "von",
        "der",
        "da",
        "di",
        "la",
        "du",
        "dos",
        "del",
        "los",
        "des",
    }
)
_TITLE_COMPLEMENTS = frozenset({"for", "of"})
_ROLE_COMPLEMENTS = _TITLE_COMPLEMENTS | {"in", "to", "at"}  # "commander | in Darfur"
_ROLE_COMPLEMENT_REACH = 12  # words from a role to the comma ("head of the electoral council")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_ORG_PARTICLES = frozenset({"of", "for", "the", "and", "on", "in"})
_BARE_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,6}\b")  # "RSF", "G7"
# Capitalised words, with the particles a body's name holds: "Forces for the Liberation"
_NAME_RUN = re.compile(  # each word read once: from a word's start, never given back
    r"(?<![\w’'\-])[A-Z][\w’'\-]*+"
    r"(?:[ ]+(?:(?:of|for|the|and|on|in)[ ]+)*+(?:[A-Z]|[a-z]{1,3}-[A-Z])[\w’'\-]*+)++"
)
_SPELLED_WORDS = 8  # the most words a name an acronym spells holds
# The most tokens of a body's name known by its words, particles counted ("Strategic
# Framework for the Defence of the People of Azawad")
_LONGEST_BODY_NAME = 12
_T = TypeVar("_T")
_ACCORDING_TO = Phrases.of(["according to"])
_PARTY_REACH = 6  # words looked back over from a side to "between", and from it to its noun
_PLACE_REACH = 4  # words between a group's link and its place ("in | several regions of |")
# Modifiers read before a group word ("latest overnight | drone strikes") and role nouns
# after it ("military | spokesman"): a bound, so that a run of such words costs its length.
_MOST_WORDS_BESIDE_A_GROUP = 4
# Titles read one after another before a name ("Press Secretary | Maj. Gen. | X"): a bound,
# so that a run of title words costs its length.
_MOST_STACKED_TITLES = 3
_MOST_BODY_DESCRIBERS = 2  # "Brazil's | central election | commission"
_MOST_SENTENCES_BEFORE_SIDES = 4  # "India struck Chad. ... Both sides": how far back its sides
_MOST_WORDS_OF_A_PERSON = 3  # "Yoon Suk Yeol": the longest untitled name known by its first word


@dataclass(frozen=True, slots=True)
class CollectiveActor:
    """An unnamed group that acts ("Russian forces") and the side it belongs to ("Russia")."""

    text: str
    side: str


@dataclass(frozen=True, slots=True)
class ArticleEntities:
    """Actors, groups and places of one article, each at its offsets, sorted by start."""

    actor_starts: tuple[int, ...]
    actor_ends: tuple[int, ...]
    actors: tuple[str, ...]
    acting: tuple[bool, ...]  # False where the actor is only mentioned ("sanctions on Iran")
    collective_starts: tuple[int, ...]
    collectives: tuple[CollectiveActor, ...]
    place_starts: tuple[int, ...]
    places: tuple[Place, ...]
    people: frozenset[str] = frozenset()  # the actors named as people by a full name
    collective_ends: tuple[int, ...] = ()  # where each group's words end
    list_starts: tuple[int, ...] = ()  # where each list of names ("Chile, Peru and Chad") starts
    list_ends: tuple[int, ...] = ()  # ... and where it ends
    opening_list_starts: tuple[int, ...] = ()  # the lists that open their clause ("Chile, ...")
    opening_list_ends: tuple[int, ...] = ()

    @classmethod
    def of(
        cls, text: str, language: str = "en", pack: DomainPack | None = None, publisher: str = ""
    ) -> ArticleEntities:
        """Index the entities of ``text``; cost grows linearly with its length. A state body
        named before any state ("the government announced") is ``publisher``'s, the state
        whose government published the text."""
        return _Reader(text, load_entity_lexicon(language), pack, language, publisher).read()


@cache
def publisher_state(outlet: str, language: str = "en") -> str:
    """The state whose government publishes under the name ``outlet``: a state body ("US
    Department of State", "USAID") or a state's government site or office ("GOV.UK",
    "Office of the President of Ukraine"); "" for any other outlet ("Voice of America")."""
    reader = _Reader(outlet, load_entity_lexicon(language), None, language)
    states = [name for name in reader.read().actors if name in _state_names(language)]
    if states:
        return states[0]
    marks = _word_set(language, "government_outlet_words")
    return reader.story_states[-1] if any(t.norm in marks for t in reader.tokens) else ""


def actors_in(
    entities: ArticleEntities, start: int, end: int, *, acting: bool = False
) -> tuple[str, ...]:
    """Canonical names of the actors named in ``[start, end)``, in order, each once;
    ``acting``: only those that act or speak there, not those only mentioned."""
    names = _between(entities.actor_starts, entities.actors, start, end)
    if acting:
        flags = _between(entities.actor_starts, entities.acting, start, end)
        names = [name for name, flag in zip(names, flags, strict=True) if flag]
    return _unique(names)


def name_start(entities: ArticleEntities, offset: int) -> int:
    """Where the actor's name, the group's words or the list of names that ``offset`` falls
    inside start ("the Foreign, | Commonwealth and Development Office", "the Chilean, |
    Peruvian and Bolivian ministers", "Chile, | Peru and Bolivia recalled": a clause cut at
    its comma); else ``offset``."""
    for starts, ends in (
        (entities.actor_starts, entities.actor_ends),
        (entities.collective_starts, entities.collective_ends),
        (entities.opening_list_starts, entities.opening_list_ends),
    ):
        index = bisect.bisect_left(starts, offset) - 1
        if index >= 0 and index < len(ends) and ends[index] > offset:
            return starts[index]
    return offset


def list_closed_by(entities: ArticleEntities, text: str, start: int, name: str) -> str:
    """The list of names opening the sentence at ``start`` (past any dateline) when ``name``
    closes it ("Chile, Peru and Bolivia, all run by juntas, announced": "Chile, Peru and
    Bolivia" for "Bolivia"); else ``name``."""
    index = bisect.bisect_left(entities.list_starts, start)
    if index == len(entities.list_starts):
        return name
    left, right = entities.list_starts[index], entities.list_ends[index]
    listed = text[left:right]
    opens = not without_dateline(text[start:left]).strip()
    return listed if opens and re.search(rf"\b{re.escape(name)}$", listed) else name


def name_list_end(entities: ArticleEntities, offset: int) -> int:
    """Where the list of names that ``offset`` falls inside ends ("mediated by the US, |
    Turkey and Egypt": a clause cut at its comma); else ``offset``."""
    index = bisect.bisect_left(entities.list_starts, offset) - 1
    if index >= 0 and entities.list_ends[index] > offset:
        return entities.list_ends[index]
    return offset


def collective_actors_in(
    entities: ArticleEntities, start: int, end: int
) -> tuple[CollectiveActor, ...]:
    """The groups that act in ``[start, end)``, in order, each once."""
    return _unique(_between(entities.collective_starts, entities.collectives, start, end))


def places_in(entities: ArticleEntities, start: int, end: int) -> tuple[Place, ...]:
    """The places named in ``[start, end)`` (not capitals standing for their state)."""
    found = _between(entities.place_starts, entities.places, start, end)
    seen: dict[str, Place] = {}
    for place in found:
        seen.setdefault(key(place.name), place)
    return tuple(seen.values())


def canonical_names(
    names: Iterable[str], spelling: Callable[[str], str] = str, language: str = "en"
) -> dict[str, str]:
    """For names gathered across a corpus, each name's canonical form: the longest name
    that ends with the same surname and starts with it ("Trump" -> "Donald Trump"), when
    only one such longer name exists; a name ending in another after a particle is a part
    of that body, no fuller form of it ("Office of the National Assembly" is not the
    "National Assembly"). Names are compared as ``spelling`` writes them.

    Each name is indexed under every shorter name it ends with, past a kept generational
    suffix too ("Marcos" -> "Ferdinand Marcos Jr."), so the work grows with the names'
    words, not with how many names share a surname.
    """
    spelled = {name: spelling(name) for name in set(names)}
    ending_in: dict[str, set[str]] = {}  # "trump" -> {"Donald Trump", "Donald J. Trump"}
    for name, written in spelled.items():
        words = written.split()
        bare = _without_kept_suffix(words, language)
        for ending in {tuple(words), tuple(bare)}:
            for size in range(1, len(ending)):
                if ending[-size - 1].lower() not in _ORG_PARTICLES:
                    ending_in.setdefault(" ".join(ending[-size:]), set()).add(name)
    result = {}
    for name, written in spelled.items():
        longest = [n for n in ending_in.get(written, ()) if spelled[n] not in ending_in]
        result[name] = longest[0] if len(set(longest)) == 1 else name
    return result


def is_anonymous(group: CollectiveActor, language: str = "en") -> bool:
    """Whether a group without a side names no one as a source ("witnesses", "sources",
    "residents of Lviv": its head, before the place it runs on to)."""
    head = _group_head(group, language)
    return not group.side and head in _word_set(language, "anonymous_speakers")


def is_plural(group: CollectiveActor, language: str = "en") -> bool:
    """Whether a group's head word is a plural ("Russian troops", "rebels in Maule",
    "Kenyan police"), so that "they" may stand for it; not "the army", "the coalition",
    "Congress"."""
    return is_plural_noun(_group_head(group, language), language)


def is_plural_noun(word: str, language: str = "en") -> bool:
    """Whether a lower-case noun is a plural ("troops", "police"; not "press", "army")."""
    ending = _words(language, "plural_ending")[0]
    return word in _word_set(language, "plural_heads") or (
        word.endswith(ending) and not word.endswith(ending * 2)
    )


def _group_head(group: CollectiveActor, language: str) -> str:
    """The head word of a group, lower-case: its last word before the place or body it
    runs on to ("residents of Lviv": "residents"); "" for none."""
    words = group.text.lower().split()
    links = _word_set(language, "group_links")
    words = words[: next((i for i, word in enumerate(words) if i and word in links), len(words))]
    return words[-1] if words else ""


def most_named_so_far(names: Iterable[str], latest: bool = False) -> list[str]:
    """``leaders[k]``: the name most often among the first ``k`` of ``names`` (of equals,
    the first named, or with ``latest`` the last named: whom "he" means; "" for none)."""
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    leaders = [""]
    for name in names:
        counts[name] += 1
        first_seen.setdefault(name, len(first_seen))
        best = leaders[-1]
        if (
            not best
            or (counts[name], -first_seen[name]) > (counts[best], -first_seen[best])
            or latest
            and counts[name] >= counts[best]
        ):
            best = name
        leaders.append(best)
    return leaders


def is_numbered_unit(name: str) -> bool:
    """Whether ``name`` is an army's unit opened by its number ("22nd Infantry Division")."""
    return bool(_ORDINAL.match(name))


def _between(starts: Sequence[int], values: Sequence[_T], start: int, end: int) -> list[_T]:
    left = bisect.bisect_left(starts, start)
    right = bisect.bisect_left(starts, end)
    return list(values[left:right])


def _initials(words: Sequence[str]) -> str:
    """The capital initials of a name's words, particles left out ("FCDO"), a word opening
    on an article joined by a hyphen by its capital ("Tahrir al-Sham": "TS")."""
    return "".join(
        _HYPHENED_ARTICLE.sub("", w)[0]
        for w in words
        if _name_cased(w) and w.lower() not in _ORG_PARTICLES
    )


def _name_cased(word: str) -> bool:
    """Whether a word is written as a name's: capitalised, or its capital after an article
    joined by a hyphen ("al-Sham", "el-Din")."""
    return word[:1].isupper() or bool(_HYPHENED_ARTICLE.match(word))


def _is_acronym(text: str) -> bool:
    """Capitals and digits, opening with a letter ("G7", "NATO")."""
    return len(text) > 1 and text.isalnum() and text.isupper() and text[0].isalpha()


def _inside(spans: Sequence[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` lies inside one of the sorted ``spans``."""
    index = bisect.bisect_right(spans, offset, key=lambda span: span[0]) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]


def _unique(values: Iterable[_T]) -> tuple[_T, ...]:
    return tuple(dict.fromkeys(values))


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    name: str
    kind: str  # person, surname, organization, state, collective
    side: str = ""


class _Reader:
    """One pass over an article's tokens."""

    def __init__(
        self,
        text: str,
        lexicon: EntityLexicon,
        pack: DomainPack | None,
        language: str = "en",
        publisher: str = "",
    ):
        self.text = text
        self.publisher = publisher
        self.language = language
        self.lexicon = lexicon
        self.pack = pack
        self.tokens = tokens_of(text)
        self.starts = [token.start for token in self.tokens]
        self.lists = self._name_lists()
        self.common = {t.norm for t in self.tokens if not self._name_word(t)}  # "tensions"
        self.apposed_places = apposed_names(text, self.tokens, lexicon)  # "X, a town in"
        self.named_inside = {  # capitalised where no sentence opens: "as Zentar rebels"
            t.norm
            for i, t in enumerate(self.tokens)
            if i and not t.sentence_start and t.capitalised
        }
        self.organizations = dict(lexicon.organizations)
        self.people: dict[str, str] = {}  # key of a full name -> name as written
        self.first_names: dict[str, str] = {}  # first name -> the one full name, else ""
        self.surnames_named: set[str] = set()  # last words of people named in full so far
        self.happenings_named: set[str] = set()  # names given a happening ("Typhoon | Soulik")
        self.state_led: dict[str, str] = {}  # key of a body named with its state -> the state
        self.bodies: dict[str, str] = {}  # key of a body or group found acting -> its name
        self.affiliations: list[tuple[int, int]] = []  # "the EU's | envoy Ana Ruiz": her title
        self._alone: dict[str, str] | None = None  # a name word written alone -> as written
        self._against: frozenset[str] | None = None  # bodies called rebel, paramilitary...
        self._reporting = _word_set(language, "reporting_participles")
        self.country_positions, self.countries_named = self._countries_named()
        self.story_states = most_named_so_far(self.countries_named)
        self.state_counts = Counter(self.countries_named)
        if pack is not None:
            for canonical, aliases in pack.organizations.items():
                self.organizations.update(dict.fromkeys(map(key, [canonical, *aliases]), canonical))
            for canonical, aliases in pack.people.items():
                self.people.update(dict.fromkeys(map(key, [canonical, *aliases]), canonical))
        for match in _ACRONYM.finditer(text):  # "the Rapid Support Forces (RSF)"
            self._define(match.group(1), self._name_before(match.start(), match.group(1)))
        for match in _SPELLED_OUT.finditer(text):  # "ODIHR (Office for Democratic ...)"
            if _initials(match.group(2).split()) == match.group(1):
                self._define(match.group(1), match.group(2))
        for acronym, full in self._spelled_elsewhere().items():  # "Rapid Support Forces … RSF"
            self._define(acronym, full)

    def _spelled_elsewhere(self) -> dict[str, str]:
        """Each acronym the article uses without defining it, mapped to the first name of
        its words whose initials spell it ("the Rapid Support Forces … the RSF"), when
        that name is no title ("Prime Minister" is no "PM" body)."""
        wanted = {
            m.group()
            for m in _BARE_ACRONYM.finditer(self.text)
            if key(m.group()) not in self.organizations
            and key(m.group()) not in self.lexicon.country_names  # "DRC" names its state
        }
        if not wanted:
            return {}
        titles = title_words(self.language)
        prefixes = {acronym[:size] for acronym in wanted for size in range(1, len(acronym) + 1)}
        found: dict[str, str] = {}
        for run in _NAME_RUN.finditer(self.text):
            words = run.group().split()
            for first, opening in enumerate(words):
                if opening.lower() in _ORG_PARTICLES:
                    continue
                initials = ""  # of words[first:last + 1], grown a word at a time
                for last in range(first, min(first + _SPELLED_WORDS, len(words))):
                    word = words[last]
                    if word.lower() in _ORG_PARTICLES:
                        continue
                    initials += _HYPHENED_ARTICLE.sub("", word)[0]
                    if initials not in prefixes:
                        break  # no acronym wanted spells on from here
                    name = words[first : last + 1]
                    if (
                        last > first
                        and initials in wanted
                        and initials not in found
                        and not all(w.lower().strip(".") in titles for w in name)
                    ):
                        found[initials] = " ".join(name)
        return found

    def _countries_named(self) -> tuple[list[int], list[str]]:
        """Token indices naming a country, and the state each names."""
        tokens, names = self.tokens, self.lexicon.country_names
        firsts = _country_first_words(self.language)
        positions: list[int] = []
        states: list[str] = []
        i = 0
        while i < len(tokens):
            if tokens[i].norm not in firsts:
                i += 1
                continue
            for size in (5, 4, 3, 2, 1):  # "the Democratic Republic of the Congo"
                country = names.get(" ".join(t.norm for t in tokens[i : i + size]))
                if country is not None:
                    states.append(country.name)
                    positions.append(i)
                    i += size - 1
                    break
            i += 1
        return positions, states

    def _define(self, acronym: str, full: str) -> None:
        """The article names a body ``full`` and ``acronym``: both read as its full name,
        whole ("U.S. Agency for ..."), commas and all, or as the name the acronym was first
        defined with."""
        state = self.lexicon.country_names.get(key(full))
        if state is not None:  # "the Islamic Republic of Iran (IRI)": the state, both
            self.organizations.setdefault(key(acronym), state.name)
        elif full:
            # one acronym names one body: "the X Party (XP) ... the X (XP)" is the first
            first = self.organizations.get(key(acronym), self._in_full(full))
            for name in (acronym, full, full.replace(",", "")):
                self.organizations.setdefault(key(name), first)

    def _in_full(self, name: str) -> str:
        """A body's name with the acronym of the body it belongs to, opening it, written in
        full ("U.N. Mission in South Sudan" -> "United Nations Mission in South Sudan"); not
        a name opening on other words ("Red Cross Society of ...")."""
        words = name.split()
        short = words[0].replace(".", "")  # "U.N.", "UN": an acronym, no common word
        owner = self.lexicon.organizations.get(key(words[0])) if _is_acronym(short) else None
        return " ".join([owner, *words[1:]]) if owner is not None and len(words) > 1 else name

    def _name_lists(self) -> dict[int, tuple[int, int]]:
        """Each token of a list of names joined by commas and a last "and" or "or" ("the
        United States, Britain and France", not "Israel and Hamas") -> the list's first
        and last token. One pass over the tokens."""
        tokens, stops = self.tokens, _stopwords(self.language) | self.lexicon.date_words
        lists: dict[int, tuple[int, int]] = {}

        def item_end(index: int) -> int:  # the last token of a name at ``index``, else -1
            if index < len(tokens) and tokens[index].norm == "the":
                index += 1
            end = index - 1
            while end + 1 < len(tokens) and not (end >= index and tokens[end].possessive):
                word = tokens[end + 1]
                gap = self.text[tokens[end].end : word.start] if end >= index else " "
                if gap != " " and not (gap == ". " and self._initial(tokens[end])):
                    break  # "Lloyd J. | Austin": an initial's stop stays in the name
                # "Secretary of Defense Ana Ruiz": "of" between capitalised words of a title
                inner = word.norm == "of" and end >= index and self._continues_title(end + 1)
                if not inner and not (self._name_word(word) and word.norm not in stops):
                    break
                end += 1
            return end if end >= index else -1

        i = 0
        while i < len(tokens):
            end = item_end(i)
            if end < 0:
                i += 1
                continue
            first, commas, closed = i, 0, False
            while not closed and end + 1 < len(tokens) and not tokens[end].possessive:
                following = end + 1
                gap = self.text[tokens[end].end : tokens[following].start]
                joined = gap == ", "
                if tokens[following].norm in ("and", "or") and gap in (" ", ", "):
                    closed, following = True, following + 1  # the list's last name follows
                    joined = following < len(tokens) and self._adjacent(
                        tokens[end + 1], tokens[following]
                    )
                if not joined or item_end(following) < 0:
                    closed = False
                    break
                end, commas = item_end(following), commas + (gap == ", ")
            if closed and commas:
                lists.update(dict.fromkeys(range(first, end + 1), (first, end)))
            i = end + 1
        return lists

    def _continues_title(self, index: int) -> bool:
        """Whether the "of" at token ``index`` joins two capitalised words of one title or
        name ("Minister | of | Defense"), only spaces around it."""
        tokens = self.tokens
        return (
            0 < index < len(tokens) - 1
            and tokens[index - 1].capitalised
            and tokens[index + 1].capitalised
            and not tokens[index - 1].possessive
            and self.text[tokens[index].end : tokens[index + 1].start] == " "
        )

    def _name_before(self, offset: int, acronym: str) -> str:
        """The name written right before ``offset``: capitalised words and particles, not
        across a comma unless the words' initials then spell ``acronym`` ("the Foreign,
        Commonwealth and Development Office (FCDO)")."""
        window = self.text[max(0, offset - 120) : offset]
        words = _BLANK_LINE.split(window)[-1].split()  # a headline's words are no part of it
        name: list[str] = []
        spelled: list[str] = []
        for word in reversed(words):
            if word[-1:] in ";:—–" or (word[-1:] == "." and not _ABBREVIATION.fullmatch(word)):
                break  # "Today. U.S. Agency for ..." starts after the full stop
            if not (_name_cased(word) or (name and word in _ORG_PARTICLES)):
                break
            name.insert(0, word)
            if word.endswith(",") and not spelled:
                spelled = name[1:]  # "Today, U.S. Agency for ...": after the comma
            if spelled and _initials(name) == acronym:
                spelled = name[:]
        name = spelled or name
        describing = tuple(_words(self.language, "describing_suffixes"))
        described = [i for i, w in enumerate(name) if w.lower().endswith(describing)]
        if described:  # "Kurdish-led | Syrian Democratic Forces (SDF)": the side is no part
            name = name[described[-1] + 1 :]
        heads = self.lexicon.organization_heads
        spelled_from = [k for k in range(1, len(name)) if _initials(name[k:]) == acronym]
        owners = [k for k in spelled_from if _POSSESSIVE_END.search(name[k - 1]) is not None]
        spelling = [  # past a particle or a person's possessive, not a body's
            k  # ("Ana Ruiz's | Unity Party (UP)", not "the Treasury's | Office ... (OFAC)")
            for k in spelled_from
            if name[k - 1].lower() in _ORG_PARTICLES
            or k in owners
            and not any(_POSSESSIVE_END.sub("", w) in heads for w in name[:k])
        ]
        if owners and not spelling:
            return ""  # a body's own office: the name it defines is no name of its own
        if spelling:  # "Ebola in | the Democratic Republic of Congo (DRC)": what it spells
            name = name[spelling[0] :]
        elif len(name) > 2 and name[1] in _word_set(self.language, "group_links"):
            opener = name[0].lower()
            if (opener,) in self.lexicon.collective_nouns.by_first.get(opener, ()):
                name = name[2:]  # "Rebels of | the Zentar Front (ZF)": the group is no part
        while name and name[0].lower() in _ORG_PARTICLES:
            name.pop(0)
        owned = [i for i, w in enumerate(name) if re.search(r"[’']s$", w)]
        if owned and name[0].lower().strip(".") in self.lexicon.person_titles.by_first:
            name = name[owned[0] + 1 :]  # "President Ana Ruiz's | Patriotic Union (PU)"
        if name:  # "the Sudanese Armed Forces' (SAF's) division": the body, not its own
            name[-1] = re.sub(r"(?:['’]s|['’])$", "", name[-1])
        return " ".join(name) if len(name) >= 2 else ""

    def _happening_names_alone(self) -> list[tuple[int, int]]:
        """The spans where a name the text gives a happening ("Typhoon Soulik") stands, alone
        or in that name, but not after a preposition of place ("in Soulik" is the town)."""
        tokens = self.tokens
        spans: list[tuple[int, int]] = []
        for named in self.happenings_named:
            words = named.split()
            if not words:
                continue
            for i in range(len(tokens) - len(words) + 1):
                if [t.norm for t in tokens[i : i + len(words)]] == words and not (
                    i and tokens[i - 1].norm in self.lexicon.locative_prepositions
                ):
                    spans.append((tokens[i].start, tokens[i + len(words) - 1].end))
        return spans

    def read(self) -> ArticleEntities:
        found: list[_Found] = self._without_parents(self._named())
        taken = [(f.start, f.end) for f in found]
        surnames = {
            self._surname(f.name)  # "al-Burhan ... Burhan said"
            for f in found
            if f.kind == "person" and " " in f.name
        }
        surnames |= {  # "a firefighter surnamed Ho ... found Ho": the person
            after.text
            for before, after in itertools.pairwise(self.tokens)
            if before.norm in self.lexicon.surname_cues
        }
        taken += [  # "Lloyd Austin ... Austin said", but "in Austin" is the town
            (t.start, t.end)
            for i, t in enumerate(self.tokens)
            if t.text in surnames
            and not (i and self.tokens[i - 1].norm in self.lexicon.locative_prepositions)
        ]
        taken += self._happening_names_alone()  # "Hurricane Melissa ... Melissa struck Cuba"
        taken.sort()
        towns = frozenset(line.place[0] for line in find_datelines(self.text) if line.place)
        place_mentions = find_places(self.text, self.tokens, self.lexicon, self.pack, taken, towns)
        places: list[tuple[int, Place]] = []
        starts = {t.start: i for i, t in enumerate(self.tokens)}
        ends = [t.end for t in self.tokens]
        for mention in place_mentions:
            index = starts[mention.start]
            last = bisect.bisect_left(ends, mention.end)
            if (
                mention.state
                and not self._struck(index)  # "a storm that hit Cuba on Friday killed 17"
                and (self._acts(index, last) or self._country_acts(index, last, mention.place))
                and not self._befallen(last)  # "Chile has experienced a drought"
                and not self._fought_by(last)  # "Yemen's Houthi rebels"
            ):
                found.append(_Found(mention.start, mention.end, mention.state, "state"))
            elif mention.placed:
                places.append((mention.start, mention.place))
        self.bodies = {  # "Hamas ... Hamas fighters": the group's side
            key(f.name): f.name for f in found if f.kind in ("organization", "surname")
        }
        bodies = sorted(  # whose "its forces" may be: not a person's
            (f.start, f.name) for f in found if f.kind in ("state", "organization", "surname")
        )
        spans = [(f.start, f.end) for f in found] + self.affiliations
        groups_found = self._collectives(sorted(spans), bodies)  # no group inside a title
        groups_found += self._reciprocal_groups(bodies, groups_found)
        inside = {(g.start, g.end) for g in groups_found}
        found = [f for f in found if not any(s <= f.start and f.end <= e for s, e in inside)]
        found += groups_found
        people = self._canonical_people(found)
        aliases = self._aliases(found)  # "X, known as Y": Y is X
        for alias, name in aliases.items():
            people[alias] = people.get(name, name)
        people = {written: people.get(aliases.get(n, n), n) for written, n in people.items()}
        actors = sorted(
            (f.start, people.get(f.name, f.name), self._named_acts(f), f.end)
            for f in found
            if f.kind != "collective"
        )
        groups = sorted(
            (
                (f.start, CollectiveActor(f.name, f.side), f.end)
                for f in found
                if f.kind == "collective"
                and (not self._bystander(f.start, f.end, counted=True) or self._harm_done_in(f))
            ),
            key=lambda group: group[0],
        )
        places.sort(key=lambda item: item[0])
        tokens = self.tokens
        lists = sorted(
            {(tokens[a].start, tokens[b].end) for a, b in self.lists.values()}
            | self._listed_sides(groups)
        )
        opening = [(start, end) for start, end in lists if self._opens_clause(start)]
        return ArticleEntities(
            tuple(s for s, _, _, _ in actors),
            tuple(e for _, _, _, e in actors),
            tuple(a for _, a, _, _ in actors),
            tuple(acting for _, _, acting, _ in actors),
            tuple(s for s, _, _ in groups),
            tuple(g for _, g, _ in groups),
            tuple(s for s, _ in places),
            tuple(p for _, p in places),
            frozenset(people.get(f.name, f.name) for f in found if f.kind == "person"),
            tuple(e for _, _, e in groups),
            tuple(start for start, _ in lists),
            tuple(end for _, end in lists),
            tuple(start for start, _ in opening),
            tuple(end for _, end in opening),
        )

    def _opens_clause(self, offset: int) -> bool:
        """Whether a list of names at ``offset`` opens its sentence or a clause after a comma
        ("Chile, Peru and Chad recalled", "On Monday, the US, ..."), not a phrase's object
        ("talks with Brazil, Chile and Peru")."""
        before = self.text[max(0, offset - 8) : offset].rstrip()
        if before.lower().endswith("the"):
            before = before[:-3].rstrip()
        return not before or before[-1] in ",;:.!?\n"

    def _country_acts(self, first: int, last: int, place: Place) -> bool:
        """Whether a country's name (not a capital, which may be the city) is the subject
        of a verb in any past tense ("Iran unleashed"), not only mentioned ("a blast in Iran
        killed")."""
        tokens = self.tokens
        last = max(last, self.lists.get(last, (first, last))[1])  # "Chad, Mali and Niger"
        after = tokens[last + 1].start if last + 1 < len(tokens) else len(self.text)
        described = last + 1 < len(tokens) and tokens[last + 1].norm in _word_set(
            self.language, "apposition_openers"
        )
        return (
            place.kind == "country"
            # not "Iraq, which took", but "Iraq, which borders Syria, closed"; not "in
            # Madaen, Iraq, which took ..., went": a country set beside a town
            and (
                self.text[tokens[last].end : after].isspace()
                or (
                    self._aside_opens(last + 1)
                    and not self._after_comma(first)
                    # "talks with Chile, a country of ..., ended": no subject
                    and not (described and self._after_preposition(first))
                )
            )
            and self._acts(first, last, loosely=True)
            and not self._bystander(tokens[first].start, tokens[last].end)
        )

    def _named_acts(self, found: _Found) -> bool:
        """Whether a name found acts where it stands: not only mentioned, nor the subject
        of a harm told in the passive ("Commander Bo Lee was reportedly killed")."""
        last = bisect.bisect_left(self.starts, found.end) - 1
        return (
            not self._bystander(found.start, found.end)
            and not self._owns_holders_title(found, last)
            and not self._harmed(last)
            and not (
                undergoes(self._words_after(last), 0, self.language)
                and not self._after_preposition(bisect.bisect_left(self.starts, found.start))
            )
        )

    def _owns_holders_title(self, found: _Found, last: int) -> bool:
        """Whether the person ending at token ``last`` only owns the title or tie of another
        person named beside it ("Trump's envoy Steve Witkoff", "Ana Ruiz, President Bo
        Lee's chief of staff,"): the holder is who acts, the owner is only named."""
        tokens = self.tokens
        if found.kind not in ("person", "surname") or not tokens[last].possessive:
            return False
        nouns = self.lexicon.role_nouns | _word_set(self.language, "tie_nouns")
        qualifiers = _word_set(self.language, "role_qualifiers")
        end = last + 1
        while (
            end < len(tokens)
            and tokens[end].text.islower()
            and end - last <= 4
            and self._adjacent(tokens[end - 1], tokens[end])
        ):
            if self._object_verb(tokens[end].norm) and tokens[end].norm not in nouns:
                return False  # "Trump's envoy | met Putin": a clause, no title beside a name
            end += 1  # "Trump's | special envoy", "Zelensky's | chief of staff"
        if not any(t.norm in nouns for t in tokens[last + 1 : end]):
            return False
        if end < len(tokens) and self._name_word(tokens[end]):
            gap = self.text[tokens[end - 1].end : tokens[end].start]
            if gap in (" ", ", "):
                return True  # "Trump's envoy | Steve Witkoff", "Navalny's widow, | Yulia"
        first = bisect.bisect_left(self.starts, found.start)
        while (
            first > 0
            and self._adjacent(tokens[first - 1], tokens[first])
            and (tokens[first - 1].capitalised or tokens[first - 1].norm in qualifiers)
        ):
            first -= 1  # "Ana Ruiz, | U.S. President | Bo Lee's envoy"
        return (
            first > 0
            and self.text[tokens[first - 1].end : tokens[first].start] == ", "
            and self._name_word(tokens[first - 1])
            and not tokens[first - 1].sentence_start
        )

    def _after_preposition(self, first: int) -> bool:
        """Whether the name, or the list of names, at token ``first`` follows a preposition,
        past determiners and capitalised titles ("a meeting between | Chile and Peru"): it is
        no subject of the verb after it."""
        tokens = self.tokens
        i = self.lists.get(first, (first, first))[0] - 1
        openers = _name_openers(self.language)
        while i >= 0 and (
            tokens[i].norm in openers or tokens[i].capitalised or tokens[i].norm == "and"
        ):
            i -= 1  # "between Lavrov and | Rubio"
        return i >= 0 and tokens[i].norm in _word_set(self.language, "phrase_prepositions")

    def _title_in_quotes(self, first: int, last: int) -> bool:
        """Whether quotation marks enclose tokens ``first`` to ``last`` and nothing else: the
        title of a work or programme, not a name acting."""
        start, end = self.tokens[first].start, self.tokens[last].end
        return (
            start > 0
            and self.text[start - 1 : start] in _OPENING_QUOTES
            and (self.text[end : end + 1] in _CLOSING_QUOTES)
        )

    def _passive_subject(self, index: int) -> bool:
        """Whether the one word at token ``index`` is the subject of a form of "be", maybe
        past an age set between commas ("Ruiz was sworn in", "Ruiz, 60, was appointed",
        "Ruiz is due to speak", "Ruiz was president")."""
        tokens, text = self.tokens, self.text
        last = index
        if (
            index + 2 < len(tokens)
            and tokens[index + 1].norm.isdigit()
            and text[tokens[index].end : tokens[index + 1].start] == ", "
            and text[tokens[index + 1].end : tokens[index + 2].start] == ", "
        ):
            last = index + 1  # "Ruiz, | 60, | was appointed"
        norms: list[str] = []
        for i in range(last + 1, min(last + 9, len(tokens))):
            if i > last + 1 and not text[tokens[i - 1].end : tokens[i].start].isspace():
                break
            norms.append(tokens[i].norm)
        gap = text[tokens[last].end : tokens[last + 1].start] if norms else ""
        return (gap == " " or (last > index and gap == ", ")) and norms[0] in _PASSIVE

    def _words_after(self, last: int, most: int = 8) -> list[str]:
        """The words telling what the name ending at token ``last`` does, at most ``most``:
        those right after it, or after a relative opening a clause on it that ends its
        sentence ("Ana Ruiz, who | was dismissed."; not "Ana Ruiz, who was backed by Chile,
        visited": her own verb follows), up to any punctuation between two of them."""
        tokens, words = self.tokens, []
        first = last + 1
        if (
            first + 1 < len(tokens)
            and tokens[first].norm in _RELATIVES
            and self.text[tokens[last].end : tokens[first].start] == ", "
        ):
            first += 1  # the relative's own gap, a comma, opens the clause
            for i in range(first + 1, min(first + _ASIDE_REACH, len(tokens))):
                gap = self.text[tokens[i - 1].end : tokens[i].start]
                if any(ch in gap for ch in ".;\n"):
                    break
                if "," in gap:
                    return []  # the clause is an aside: the name's own verb follows it
        for i in range(first, min(first + most, len(tokens))):
            gap = self.text[tokens[i - 1].end : tokens[i].start]
            if (i > last + 1 or first == last + 1) and any(ch in gap for ch in ".,;:()"):
                break
            words.append(tokens[i].norm)
        return words

    def _struck(self, first: int) -> bool:
        """Whether the name at token ``first`` is the object of a verb of striking or taking
        right before it, maybe past "the" and a compass word ("that struck central Nepal"):
        the land where the act happened, never the subject of a verb after it."""
        tokens, lexicon = self.tokens, self.lexicon
        k = first
        while k and (tokens[k - 1].norm == "the" or tokens[k - 1].norm in COMPASS):
            k -= 1
        return lexicon.place_acts.before(tokens, k) > 0

    def _befallen(self, last: int) -> bool:
        """Whether what the name ending at token ``last`` is the subject of befalls its land
        ("Haiti suffered a quake", "Iraq is facing its worst violence"): no act."""
        tokens = self.tokens
        i = last + 1
        while i < len(tokens) and tokens[i].norm in self.lexicon.existential_words:
            i += 1  # "is facing", "has experienced"
        return i < len(tokens) and tokens[i].norm in self.lexicon.land_verbs

    def _harm_done_in(self, group: _Found) -> bool:
        """Whether ``group`` is a side's act that a harm told right before was done in
        ("were killed in an Israeli drone strike"): the side does it."""
        tokens = self.tokens
        first = bisect.bisect_left(self.starts, group.start)
        last = bisect.bisect_left(self.starts, group.end) - 1
        if not group.side or not _side_actions(self.language).before(tokens, last + 1):
            return False
        j = first - 1
        while j >= 0 and tokens[j].norm in _name_openers(self.language):
            j -= 1
        if j <= 0 or tokens[j].norm != "in":
            return False
        verb = j - 1
        while verb > 0 and (  # "were killed | on Monday | in an Israeli strike"
            tokens[verb].norm in _DATE_FILLERS or tokens[verb].norm in self.lexicon.date_words
        ):
            verb -= 1
        return _past(tokens[verb], self.language) or tokens[verb].norm in _word_set(
            self.language, "undergoing_verbs"
        )

    def _bystander(self, start: int, end: int, counted: bool = False) -> bool:
        """True when the entity at offset ``start`` is only mentioned: it follows, past
        determiners and titles, a preposition other than "by" or "with" ("an attack on
        Israel") or a verb it is the object of ("sentenced Ana Ruiz")."""
        tokens, words = self.tokens, _words(self.language, "bystander_words")
        i = bisect.bisect_left(self.starts, start)
        if tokens[i].end == end and self._side_of_attack(i):
            return False  # "killed in a Zentar drone strike": the side makes the attack
        i = self.lists.get(i, (i, i))[0] - 1  # "talks in Kenya, Chad and Mali": the list's
        numbers = _word_set(self.language, "number_words")
        counts = i >= 0 and (tokens[i].norm.isdigit() or tokens[i].norm in numbers)
        if counted and counts and self.text[tokens[i].end : tokens[i + 1].start].isspace():
            while i >= 0 and (tokens[i].norm.isdigit() or tokens[i].norm in numbers):
                i -= 1  # "killed about 1,200 people", "two people": the count is the group's
            while i >= 0 and tokens[i].norm in _word_set(self.language, "count_words"):
                i -= 1
        openers = _name_openers(self.language)
        qualifiers = self.lexicon.collective_modifiers | _word_set(self.language, "role_qualifiers")
        titled = False  # a title's word passed: words qualifying it go with it
        while i >= 0 and start - tokens[i].start < 80:
            gap = self.text[tokens[i].end : tokens[i + 1].start]
            if tokens[i].possessive and tokens[i].norm not in self.lexicon.date_words:
                gap = _POSSESSIVE_MARK.sub("", gap)  # "the arrest of the party's | leader X"
            if not gap.isspace() or "\n" in gap:  # a heading's or a paragraph's end
                # "Rebels, who ...": a new clause, an aside, a headline's end; but a name
                # set beside an object between commas is only mentioned, as the object is
                return self._apposed_to_object(i, end)
            token = tokens[i]
            in_title = token.norm not in words or (i > 0 and tokens[i - 1].capitalised)
            titled = titled or (token.norm in openers and in_title)
            if (
                token.norm in openers
                and in_title  # "Secretary of State X", not "a meeting of X"
                or (titled and token.norm in qualifiers)  # "killed rebel | commander X"
                or token.possessive
                or token.norm in _word_set(self.language, "place_describers")
                or token.norm in _word_set(self.language, "body_describers")
                or (
                    token.capitalised
                    and not token.sentence_start
                    and token.norm not in self.lexicon.not_places
                    and token.norm not in self.lexicon.date_words  # "On Friday | Chile said"
                )
            ):
                i -= 1
                continue
            break
        if (
            counted
            and i > 0
            and i == bisect.bisect_left(self.starts, start) - 1  # right before the group
            and tokens[i].text.isalpha()
            and tokens[i].text.islower()
            and tokens[i].norm not in words
            and tokens[i].norm not in _stopwords(self.language)
            and tokens[i].norm not in _word_set(self.language, "qualifier_stops")
            and tokens[i].norm not in _word_set(self.language, "other_clause_openers")
            and not self._object_verb(tokens[i].norm)  # "reports say | French troops"
            and self.text[tokens[i - 1].end : tokens[i].start] == " "
            and self._object_verb(tokens[i - 1].norm)
        ):
            i -= 1  # "accused | protest | leaders": a noun qualifying the group after a verb
        if i < 0 or self._source_of_act(bisect.bisect_left(self.starts, start)):
            return False  # "attacks from Russia": the side that makes them
        norm = tokens[i].norm
        joined = i > 0 and i == bisect.bisect_left(self.starts, start) - 1  # no title between
        if joined and norm == "and" and tokens[i - 1].capitalised and not tokens[i - 1].possessive:
            # "sanctions on Chile and | Peru": as the name it is joined to
            return self._bystander(tokens[i - 1].start, tokens[i - 1].end, counted)
        if norm == "by" and i > 0 and tokens[i - 1].norm in self._reporting:
            return True  # "as reported by Amnesty": it only tells the act
        if norm in _word_set(self.language, "member_links") and self._in_opening_subject(i):
            return False  # "Several states, including Chile, condemned": the subject's members
        interaction = _words(self.language, "interaction_verbs")
        last = bisect.bisect_left(self.starts, end) - 1
        first = bisect.bisect_left(self.starts, start)
        if (norm in words or norm == "with" or norm in interaction) and self._outlet(
            first
        ) > last - first:
            return True  # "told the Associated Press", "an interview with Fox News": the press
        if taker_after(self.tokens, i, self.lexicon):
            return False  # "the town fell to Chilean troops": the troops took it
        if norm in words:  # "spoke to Ana Ruiz" takes part
            if i > 0 and norm in ("to", "with") and tokens[i - 1].norm in interaction:
                return False
            kinds = _word_set(self.language, "name_descriptors")
            if (
                i > 0
                and norm == "of"
                and (
                    tokens[i - 1].norm in _quantity_nouns(self.language)
                    or tokens[i - 1].norm in kinds
                )
            ):
                # "thousands of protesters marched", not "fire on thousands of civilians";
                # "an alliance of Chile and Peru struck": its members do
                return self._bystander(tokens[i - 1].start, tokens[i - 1].end, counted)
            held = i > 0 and norm in _TITLE_COMPLEMENTS and self._holder(tokens[i - 1])
            if not held or self._named_holder(i - 1):
                return True
            if tokens[i - 1].capitalised:
                return False  # "Under Secretary for ... Ana Ruiz": a title
            # "a spokesman for X said", not "near an office of X": as its holder is
            return self._bystander(tokens[i - 1].start, tokens[i - 1].end)
        # "drove Peruvian forces out", but "A shattered | Prime Minister X": after an article
        # the participle describes the person, no verb has them as its object
        verb = self._object_verb(norm) and not (
            i > 0 and tokens[i - 1].norm in _word_set(self.language, "indefinite_articles")
        )
        verb = verb or (counted and self._participle_object(i, last))  # ", killing 11 people"
        verb = verb or self._after_particle(i)  # "shot down 25 Chilean drones"
        press = _word_set(self.language, "press_roles")
        if norm in interaction and tokens[last].norm.removesuffix("s") in press:
            return True  # "told reporters": the press hears what is said, it does nothing
        owner = any(self._owns_act(k) for k in range(first, last + 1)) or (
            last + 1 < len(tokens)  # "led a UN Security Council statement": the Council's
            and self._adjacent(tokens[last], tokens[last + 1])
            and _act_noun(tokens[last + 1].norm, self.language)
        )
        return verb and norm not in interaction and not owner  # "condemned Russia's attack"

    def _after_particle(self, index: int) -> bool:
        """Whether the word at token ``index`` is the particle of a phrasal verb right before
        it ("shot | down", "beat | back", "wiped | out"), so that what follows is the verb's
        object, not its subject."""
        tokens = self.tokens
        return (
            index > 0
            and tokens[index].norm in _word_set(self.language, "verb_particles")
            and self._adjacent(tokens[index - 1], tokens[index])
            and self._object_verb(tokens[index - 1].norm)
            and tokens[index - 1].norm not in _words(self.language, "interaction_verbs")
        )

    def _apposed_to_object(self, head: int, end: int) -> bool:
        """Whether the name ending at offset ``end`` stands between commas beside a role or
        a body's kind ending at token ``head`` that is the object of a verb or of a
        preposition ("killed the group's longtime leader, X, in a strike", "a raid on its
        commander, X."): the name is the object too. Not beside a subject ("The group's
        leader, X, said"), nor beside a role a holder's "of" or "for" completes ("a
        spokesman for the army, X, said")."""
        tokens, text, language = self.tokens, self.text, self.language
        if head + 1 >= len(tokens) or text[tokens[head].end : tokens[head + 1].start] != ", ":
            return False
        if text[end : end + 1] not in (",", "."):
            return False  # "In the capital, X said": no aside closes after the name
        role = tokens[head]
        if not role.text.islower() or (
            role.norm not in title_words(language) and role.norm not in _body_words(language)
        ):
            return False
        prepositions = _word_set(language, "bystander_words") - _TITLE_COMPLEMENTS
        determiners = _name_openers(language)
        for k in range(head, max(0, head - _APPOSED_REACH), -1):
            gap = text[tokens[k - 1].end : tokens[k].start]
            if tokens[k - 1].possessive:
                gap = _POSSESSIVE_MARK.sub("", gap)
            if not gap.isspace() or tokens[k].sentence_start:
                return False
            governor = tokens[k - 1].norm
            interaction = _words(language, "interaction_verbs")
            if governor in prepositions:  # "spoke to | the rebels' commander, X": X takes part
                return not (k > 1 and tokens[k - 2].norm in interaction)
            if self._object_verb(governor):
                return governor not in interaction
            if governor in _stopwords(language) and governor not in determiners:
                return False  # "said that | the group's leader, X, fled"
        return False

    def _participle_object(self, verb: int, last: int) -> bool:
        """Whether the word at token ``verb``, right before the group ending at token
        ``last``, is a present participle heading a verb phrase of its own, after a comma
        or a form of "be", so that the group is its object (", killing 11 people", "was
        sheltering families"), not a participle describing the group ("the advancing
        troops") nor one whose clause the group is the subject of (", saying rebels had
        fled", ", advancing troops took the town")."""
        tokens, language = self.tokens, self.language
        token = tokens[verb]
        if not (token.norm.endswith("ing") and len(token.norm) > 5 and token.text.islower()):
            return False
        if token.norm in _words(language, "interaction_verbs"):
            return False  # "meeting officials": they take part
        if token.norm in _word_set(language, "fight_words"):
            return False  # "is battling rebels": the other party fights too
        if verb == 0 or token.norm in self.lexicon.date_words:
            return False
        before = tokens[verb - 1]
        if "," not in self.text[before.end : token.start] and before.norm not in _PASSIVE:
            return False  # "as advancing troops", "the retreating forces"
        following = tokens[last + 1] if last + 1 < len(tokens) else None
        if following is None or not self._adjacent(tokens[last], following):
            return True
        norm = following.norm
        finite = (
            norm in self.lexicon.acting_verbs
            or norm in self.lexicon.subject_fillers
            or norm in _PASSIVE
            or (
                _past(following, language) and norm not in _word_set(language, "victim_participles")
            )
        )
        return not finite

    def _object_verb(self, norm: str) -> bool:
        """Whether a word is a verb whose object a name right after it may be ("sentenced
        Ana Ruiz", "drove Peruvian forces out")."""
        return (
            norm in self.lexicon.acting_verbs
            or (norm.endswith("ed") and len(norm) > 4)
            or norm in irregular_past(self.language)
        )

    def _named_holder(self, index: int) -> bool:
        """Whether the role at token ``index`` describes a person named right before it
        ("Ana Ruiz, the spokesperson of | the army,"): the body is the person's title, the
        person acts."""
        tokens, j = self.tokens, index - 1
        qualifiers = _word_set(self.language, "role_qualifiers")
        while (  # "Ana Ruiz, the senior executive | director of"
            j >= 0
            and (
                tokens[j].norm in _word_set(self.language, "articles")
                or tokens[j].norm in qualifiers
            )
            and j > index - 5
        ):
            j -= 1
        return (
            j >= 0
            and self.text[tokens[j].end : tokens[j + 1].start] == ", "
            and self._name_word(tokens[j])
            and not tokens[j].sentence_start
        )

    def _persons_office(self, found: Sequence[_Found], first: int, last: int) -> bool:
        """Whether a state's office at tokens ``first..last`` ("a senior Chilean lawmaker",
        "Chile's defence minister") stands between commas right after the person ``found``
        last: the person's title, not the state acting."""
        tokens = self.tokens
        if (
            not found
            or found[-1].kind != "person"
            or tokens[last].norm not in self.lexicon.role_nouns
        ):
            return False
        j = first - 1
        fillers = self.lexicon.collective_modifiers | _name_openers(self.language)
        while j >= 0 and tokens[j].norm in fillers and first - j <= 3:
            j -= 1
        return (
            j >= 0
            and tokens[j].end == found[-1].end
            and self.text[tokens[j].end : tokens[j + 1].start] == ", "
        )

    def _holder(self, token: Token) -> bool:
        """Whether a body named after ``token`` and "of" or "for" acts through it: its
        people ("representatives of the EU", "a spokesman for X") or its gathering ("a
        meeting of OPEC")."""
        roles = self.lexicon.role_nouns
        return (
            token.norm in roles
            or token.norm.removesuffix("s") in roles
            or token.norm in _word_set(self.language, "gathering_nouns")
            or token.norm in self.lexicon.of_holders  # "the government of Sudan said"
        )

    # --- named people, organisations, states ----------------------------------------------

    def _without_parents(self, found: list[_Found]) -> list[_Found]:
        """The names found, less an organisation's that only tells the kind of the body
        named right after it ("the UN agency OCHA", "the UN's refugee agency, UNHCR"):
        that body acts, not the one it belongs to."""
        heads = _word_set(self.language, "description_heads")
        others = _stopwords(self.language) | irregular_past(self.language)

        def describing(word: str) -> bool:  # "refugee", "children's"; not "and", "said"
            return word.islower() and word not in others and not word.endswith("ed")

        ordered = sorted(found, key=lambda f: f.start)
        parents = set()
        for parent, body in itertools.pairwise(ordered):
            if parent.kind != "organization" or body.kind not in ("organization", "surname"):
                continue  # "the UN agency OCHA": an acronym is a body's name
            gap = _POSSESSIVE_MARK.sub("", self.text[parent.end : body.start])
            words = [w for w in gap.replace(",", " ").split() if w != "the"]
            if 0 < len(words) <= 3 and words[-1] in heads and all(map(describing, words)):
                parents.add(parent.start)
        return [f for f in ordered if f.start not in parents]

    def _clock_before(self, index: int) -> bool:
        """Whether the token at ``index`` follows a number with only a space between, as
        "PM" follows a clock time ("03:42 PM EST"), not a date and a comma ("26, Mr X")."""
        before = self.tokens[index - 1]
        gap = self.text[before.end : self.tokens[index].start]
        return before.text[-1:].isdigit() and gap == " "

    def _named(self) -> list[_Found]:
        tokens, lexicon = self.tokens, self.lexicon
        found: list[_Found] = []
        i = 0
        affiliation_end = -1  # "State Department spokeswoman X": the body is X's title
        while i < len(tokens):
            token = tokens[i]
            # "the General Staff" is a state's body, not General Staff
            title = 0 if lexicon.state_bodies.at(tokens, i) else lexicon.person_titles.at(tokens, i)
            if title and self._country_at(i)[1] > title:
                title = 0  # "DR Congo" is a country, no doctor
            if title and i and self._clock_before(i):
                title = 0  # "03:42 PM EST": the clock's, no prime minister
            if title and (
                token.capitalised
                or i in (0, affiliation_end)
                or not tokens[i - 1].capitalised
                or tokens[i - 1].sentence_start  # "Presidential spokesman X"
                or tokens[i - 1].text.isupper()  # "SDF spokeswoman X"
            ):
                first = i + title
                inner = lexicon.person_titles.at(tokens, first)  # "Press Secretary | Maj. Gen."
                stacked = 0
                while (
                    inner
                    and stacked < _MOST_STACKED_TITLES
                    and self._capitalised_run(first + inner, person=True)
                ):
                    first += inner  # ... but "Ms | King": the name
                    inner = lexicon.person_titles.at(tokens, first)
                    stacked += 1
                size = self._capitalised_run(first, person=True, titled=True)
                if size and (self._town_past_title(first, size) or self._site_after(first + size)):
                    size = 0
                first, size = self._after_inner_title(first, size)
                if all(t.norm in lexicon.role_nouns for t in tokens[first : first + size]):
                    size = 0  # "Mr Chair, ...", "Mr President": a title addressed, no name
                if size == 1 and tokens[first].norm in _word_set(self.language, "title_body_words"):
                    name = self._span(i, first)  # "General Motors": a body, no surname
                    found.append(_Found(token.start, tokens[first].end, name, "organization"))
                    i = first + 1
                    continue
                if size == 1 and tokens[first].text in lexicon.organization_heads:
                    size = 0  # "the General Assembly": a body's name, no surname
                if not size:
                    first, size = self._after_complement(first)
                if (
                    size
                    and self._titled_person_at(first + size)
                    and self._adjacent(tokens[first + size - 1], tokens[first + size])
                ):  # "Deputy Pentagon | Press Secretary X", not "Minister X, | Minister Y"
                    i = affiliation_end = first + size
                    continue
                if size:
                    last = first + size - 1
                    # "Col. Zhang", "Prime Minister Abiy": the first name of one named before
                    name = (size == 1 and self._first_name_of(first)) or self._person_name(
                        first, last
                    )
                    found.append(_Found(tokens[first].start, tokens[last].end, name, "person"))
                    if size > 1:
                        self._named_in_full(first, last, name)
                    i = last + 1
                    continue
            placed = self._placed_body(i)
            if placed:
                size, name, kind = placed
                found.append(_Found(token.start, tokens[i + size - 1].end, name, kind))
                i += size
                continue
            unnamed = self._story_state_body(i)
            if unnamed:
                size, country = unnamed
                found.append(_Found(token.start, tokens[i + size - 1].end, country, "state"))
                i += size
                continue
            if not (self._name_word(token) or _ORDINAL.fullmatch(token.text)):
                i += 1  # "al-Abdallah said" is a name, "the 47th Brigade" a body
                continue
            state = self._state_body(i)
            if state:
                size, country = state
                if self._titled_person_at(i + size) or self._office_holder_at(i + size):
                    self.affiliations.append((token.start, tokens[i + size - 1].end))
                    i = affiliation_end = i + size
                    continue
                if self._persons_office(found, i, i + size - 1):
                    i += size  # "Ana Ruiz, a senior Chilean lawmaker,": her title
                    continue
                heads = _word_set(self.language, "state_body_heads")
                apposed = self._apposed_body(i + size, tokens[i + size - 1].norm in heads)
                if apposed:  # "Ukraine's parliament, the Verkhovna Rada,": the body acts
                    i = self._add_apposed_body(found, i, *apposed)
                    continue
                found.append(_Found(token.start, tokens[i + size - 1].end, country, "state"))
                i += size
                continue
            org = self._organization(i)
            if org:
                size, name = org
                after = self._past_acronym(i + size)  # "the RSF (Rapid ...) | spokesman X"
                if self._titled_person_at(after) or self._office_holder_at(after):
                    self.affiliations.append((token.start, tokens[i + size - 1].end))
                    i = affiliation_end = after
                    continue
                apposed = self._apposed_body(after, False)
                if apposed:  # "the EU's cybersecurity agency, ENISA,": the agency acts
                    i = self._add_apposed_body(found, i, *apposed)
                    continue
                start = token.start
                country, body = self._country_led(name)
                owner = self._owner_before(i)
                end = tokens[i + size - 1].end
                if owner and not tokens[i - 1].possessive:  # "Lebanon's" is still a place
                    start = tokens[i - 1].start
                    if self._party(name):  # "the Cambodian People's Party"
                        name = self.text[start:end]
                court = bool(lexicon.state_courts.at(tokens, i))  # "High Court of Justice"
                if owner and not country and not self._own_side(name) and not court:
                    country = owner  # "Lebanon's Health Ministry", "the Rwandan Army"
                if country and body:
                    self.state_led[key(body)] = country
                # "U.S. Central Command ... Central Command said": still the state's body
                country = country or self._state_leading(name)
                if not country and lexicon.state_bodies.at(tokens, i) == size:
                    country = self._story_state(i)  # "the Ministry of Health said"
                kind = "state" if country else "organization"
                found.append(_Found(start, end, country or name, kind))
                i += size
                continue
            adjectival = self._adjectival_name(i)
            if adjectival:  # "Georgian Dream", "Russian Railways", "the Islamic State group"
                size, name = adjectival
                found.append(_Found(token.start, tokens[i + size - 1].end, name, "organization"))
                i += size
                continue
            if self._titled_person_at(i + 1):
                i = affiliation_end = i + 1  # "Environment Secretary X", "the Chilean
                continue  # president, Ana Ruiz": the word qualifies the title
            if token.norm in _word_set(self.language, "happening_names"):
                size = self._capitalised_run(i) or 1  # "Typhoon Soulik": a happening, and
                named = " ".join(t.norm for t in tokens[i + 1 : i + size])
                self.happenings_named.add(named)  # "Soulik" alone later is the same one
                i += size
                continue
            previous = tokens[i - 1] if i else None
            ends_name = (  # "Sao Paulo" after "Paulo Gonet": a longer name's last word
                previous is not None
                and not previous.sentence_start
                and not previous.possessive
                and self._name_word(previous)
                and self._adjacent(previous, token)
            )
            full = "" if ends_name else self._first_name_of(i)
            if full:  # "Dr Oksana Leontieva ... Oksana drove": the same person
                # not "Oksana's rivals" (an owner tells no act of hers), nor "I thank
                # Oksana" in a quotation (whom a speaker addresses or names)
                if not token.possessive and not is_quoted(self.text, token.start):
                    found.append(_Found(token.start, token.end, full, "person"))
                i += 1
                continue
            person = self._person(i)
            if person:
                size, kind = person
                end = tokens[i + size - 1].end
                opening = self._country_before(i) if kind == "person" and size > 1 else 0
                if opening:  # "the Pakistan | Cricket Board": a body named after its country
                    start = tokens[i - opening].start
                    found.append(_Found(start, end, self.text[start:end], "organization"))
                    i += size
                    continue
                name = self._person_name(i, i + size - 1)
                found.append(_Found(token.start, end, name, kind))
                if kind == "person" and size > 1:
                    self._named_in_full(i, i + size - 1, name, titled=False)
                i += size
                continue
            i += 1
        return found

    def _state_leading(self, name: str) -> str:
        """The state a body called ``name`` was named with before, also as the end of a
        longer name ("the State Emergency Service of Ukraine ... the Emergency Service"),
        else ""."""
        written = key(name)
        found = self.state_led.get(written, "")
        return found or next(
            (state for body, state in self.state_led.items() if body.endswith(" " + written)), ""
        )

    def _country_before(self, index: int) -> int:
        """How many tokens right before token ``index`` name a country, not as its owner
        ("Pakistan | Cricket Board", not "Pakistan's | Cricket Board"), else 0."""
        tokens = self.tokens
        for size in (3, 2, 1):
            words = tokens[index - size : index] if size <= index else []
            if (
                words
                and not words[-1].possessive
                and all(t.capitalised for t in words)
                and all(
                    self._adjacent(a, b) for a, b in itertools.pairwise([*words, tokens[index]])
                )
                and " ".join(t.norm for t in words) in self.lexicon.country_names
            ):
                return size
        return 0

    def _owner_before(self, index: int) -> str:
        """The state whose adjective or possessive name stands right before token ``index``
        ("Lebanon's | Health Ministry", "Rwandan | Defence Force"), else ""."""
        if index == 0:
            return ""
        before = self.tokens[index - 1]
        if not (before.capitalised and self._adjacent(before, self.tokens[index])):
            return ""
        country = self.lexicon.demonyms.get(before.norm)
        if country is None and before.possessive:
            country = self.lexicon.country_names.get(before.norm)
        return country.name if country is not None else ""

    def _after_inner_title(self, first: int, size: int) -> tuple[int, int]:
        """The name in the ``size`` capitalised words at token ``first``, past another
        title among them ("Press Secretary | Navy Rear Adm. | Ana Ruiz"), if a name
        follows that title."""
        titles = self.lexicon.person_titles
        inner_names = _word_set(self.language, "name_words_of_address")
        for index in range(first + 1, first + size):
            if self.tokens[index].norm in inner_names:
                continue  # "Omar Sheikh Hassan": a word of the name after a first name
            after = index + titles.at(self.tokens, index)
            if after > index and self._capitalised_run(after, person=True):
                return after, self._capitalised_run(after, person=True)
        return first, size

    def _named_in_full(self, first: int, last: int, name: str, titled: bool = True) -> None:
        """Note the person named in full at tokens ``first..last``: the last word alone is
        then a surname ("Ruiz resigned"), and the first word alone the same person unless
        another named so shares it ("Prabowo Subianto ... Prabowo spoke", "Yoon Suk Yeol
        ... Yoon said"). Without a title, only a name of at most three words, its last no
        word of the word lists and its first no country's or region's, is known so
        ("Amhara Militia", "Kenyatta Avenue" are no people's)."""
        tokens = self.tokens
        if last > first and tokens[last].norm in _word_set(self.language, "kept_name_suffixes"):
            last -= 1  # "Ferdinand Marcos Jr. ... Marcos said"
        self.surnames_named.add(tokens[last].norm)
        self.surnames_named.add(self._bare_surname(tokens[last].norm))  # "al-Burhan": "Burhan"
        head, opening = tokens[last].norm, tokens[first].norm
        common = common_words(self.language)
        if not titled and (
            last - first + 1 > _MOST_WORDS_OF_A_PERSON
            or head in common
            or head + "s" in common  # "Kenyatta Avenue": "avenues"
            or opening in self.lexicon.country_names
            or any(region.name == tokens[first].text for region in regions_named(opening))
        ):
            return
        known = self.first_names.setdefault(tokens[first].norm, name)
        self.first_names[tokens[first].norm] = known if known == name else ""

    def _first_name_of(self, index: int) -> str:
        """The one titled person named before whose first name stands alone at token
        ``index`` (not a word the article writes lower case), else ""."""
        token = self.tokens[index]
        if token.norm in self.common or self._capitalised_run(index, person=True) != 1:
            return ""
        return self.first_names.get(token.norm, "")

    def _past_acronym(self, index: int) -> int:
        """The token after an acronym in brackets at token ``index`` ("Sudanese Armed Forces
        | (SAF) | spokesman"), else ``index``."""
        tokens = self.tokens
        if index + 1 >= len(tokens) or not _is_acronym(tokens[index].text):
            return index
        before = self.text[tokens[index - 1].end : tokens[index].start]
        after = self.text[tokens[index].end : tokens[index + 1].start]
        return index + 1 if before == " (" and after.startswith(")") else index

    def _town_past_title(self, first: int, size: int) -> bool:
        """Whether the name read after a title opens the next sentence and is a town's of
        the size a story's context admits ("according to the governor. | Kharkiv was hit"):
        no one the title names, though a person's name may open it ("said the minister.
        Okafor left")."""
        tokens = self.tokens
        if not tokens[first].sentence_start or ends_with_abbreviation(
            self.text, tokens[first - 1].end
        ):  # "Gen. | Wu Lan"
            return False
        name = " ".join(t.norm for t in tokens[first : first + size])
        return any(t.population >= self.lexicon.context_population for t in towns_named(name))

    def _site_after(self, index: int) -> bool:
        """Whether a word of a town or a site in small letters follows the name ending before
        token ``index`` ("the Sheikh Radwan | neighbourhood", "the General Zia | camp"): the
        title's word opens a place's name, no person's."""
        tokens = self.tokens
        return (
            index < len(tokens)
            and not tokens[index].capitalised
            and not tokens[index - 1].possessive
            and self.text[tokens[index - 1].end : tokens[index].start] == " "
            and self.lexicon.town_words.at(tokens, index) > 0
        )

    def _titled_person_at(self, index: int) -> bool:
        """Whether a title and a name start at token ``index`` ("spokeswoman Ana Ruiz",
        "Environment Secretary Ana Ruiz"): the body or word before it is the person's
        title, not an actor of its own."""
        tokens = self.tokens
        if index >= len(tokens) or tokens[index].sentence_start:
            return False
        title = self.lexicon.person_titles.at(tokens, index)
        return bool(title) and bool(self._capitalised_run(index + title, person=True))

    def _office_holder_at(self, index: int) -> bool:
        """Whether an office and the name of its holder start at token ``index``, past at
        most two words describing the office, and past the place the office is for, set off
        by a comma ("humanitarian official Ana Ruiz", "enlargement commissioner, Ana Ruiz",
        "envoy to Chile, Ana Ruiz"): the state or body named right before is the holder's,
        not an actor of its own."""
        tokens, lexicon = self.tokens, self.lexicon
        for at in range(index, min(index + _MOST_BODY_DESCRIBERS + 1, len(tokens))):
            if at > index and not self._describes_office(tokens[at - 1]):
                return False
            role = int(tokens[at].norm in lexicon.role_nouns)  # "humanitarian official X"
            title = lexicon.person_titles.at(tokens, at) or role
            if title:
                after = self._past_office_place(at + title)
                return (
                    after < len(tokens)
                    and not tokens[after].sentence_start
                    and bool(self._capitalised_run(after, person=True))
                )
        return False

    def _describes_office(self, token: Token) -> bool:
        """Whether ``token`` may describe an office before its title ("humanitarian",
        "enlargement"): a lower-case word, no function word, verb or possessive."""
        norm = token.norm
        return (
            token.text.isalpha()
            and token.text.islower()
            and not token.possessive
            and norm not in _stopwords(self.language)
            and norm not in irregular_past(self.language)
            and norm not in self.lexicon.acting_verbs
            and not norm.endswith(("ed", "s"))
        )

    def _past_office_place(self, index: int) -> int:
        """The token after the place an office is for and its comma ("envoy | to Chile, |
        Ana Ruiz"); ``index`` where no such place follows."""
        tokens = self.tokens
        if index >= len(tokens) or tokens[index].norm not in _ROLE_COMPLEMENTS:
            return index
        end = index + 1
        if end < len(tokens) and tokens[end].norm == "the":
            end += 1
        first = end
        while end < len(tokens) and end - first < 3 and tokens[end].capitalised:
            end += 1
            if end < len(tokens) and self.text[tokens[end - 1].end : tokens[end].start] == ", ":
                return end
        return index

    def _apposed_body(self, index: int, headed: bool) -> tuple[int, int] | None:
        """The first and last tokens of a body's name set off by commas right after the
        words at token ``index`` describing it ("the EU's | cybersecurity agency, ENISA,",
        "Ukraine's parliament | , the Verkhovna Rada,"), ``headed`` when the noun heading the
        description was read already; else None. Not a state, nor one of a list ("Chile's
        government, Peru, and Bolivia")."""
        tokens, lexicon = self.tokens, self.lexicon
        heads = _word_set(self.language, "state_body_heads") | _word_set(
            self.language, "description_heads"
        )
        at = index
        if not headed:
            while (
                at < len(tokens)
                and at - index < _MOST_BODY_DESCRIBERS
                and tokens[at].norm not in heads
                and self._describes_office(tokens[at])
            ):
                at += 1
            if at >= len(tokens) or tokens[at].norm not in heads:
                return None
            at += 1
        if at >= len(tokens) or not at or self.text[tokens[at - 1].end : tokens[at].start] != ", ":
            return None
        first = at + int(tokens[at].norm == "the")
        last = first
        while (
            last < len(tokens)
            and last - first < _MOST_WORDS_OF_A_PERSON + 1
            and tokens[last].capitalised
            and (last == first or self._adjacent(tokens[last - 1], tokens[last]))
        ):
            last += 1
        if last == first or last + 1 >= len(tokens):
            return None
        if self.text[tokens[last - 1].end : tokens[last].start] != ", ":
            return None  # "agency, ENISA said": no apposition closed
        name = " ".join(t.norm for t in tokens[first:last])
        if (
            tokens[last].norm in ("and", "or")
            or name in lexicon.country_names
            or name in lexicon.capitals
            or name in self.people
        ):
            return None
        return first, last - 1

    def _add_apposed_body(self, found: list[_Found], owner: int, first: int, last: int) -> int:
        """Add the body named at tokens ``first..last`` after its description from token
        ``owner``, which is its title, no actor of its own; the token to read next."""
        tokens = self.tokens
        self.affiliations.append((tokens[owner].start, tokens[first - 1].end))
        name = " ".join(t.norm for t in tokens[first : last + 1])
        written = self.text[tokens[first].start : tokens[last].end]
        found.append(
            _Found(
                tokens[first].start,
                tokens[last].end,
                self.organizations.get(name, written),
                "organization",
            )
        )
        return last + 1

    def _span(self, first: int, last: int) -> str:
        return " ".join(t.text for t in self.tokens[first : last + 1])

    def _person_name(self, first: int, last: int) -> str:
        """A person's name as written, middle initials, nicknames and generational
        suffixes left out ("Donald J. Trump", "Lloyd J. Austin III"), but for the suffixes
        a name is known by, kept with their full stop ("Ferdinand Marcos Jr.")."""
        suffixes = _word_set(self.language, "name_suffixes")
        kept = _word_set(self.language, "kept_name_suffixes")
        return " ".join(
            self._suffix_as_written(self.tokens[i]) if self.tokens[i].norm in kept else token.text
            for i, token in enumerate(self.tokens[first : last + 1], first)
            if i == first
            or not (
                self._initial(token)
                or (token.norm in suffixes and token.norm not in kept)
                or self._nickname(i)
            )
        )

    def _suffix_as_written(self, token: Token) -> str:
        """A kept generational suffix with the full stop written after it ("Jr.")."""
        dot = self.text[token.end : token.end + 1] == "."
        return token.text + "." if dot else token.text

    def _nickname(self, index: int) -> bool:
        """Whether token ``index`` is a one-word nickname in quotation marks between two
        words of a name (Jimmy “Barbecue” Cherizier): no word of the person's name."""
        tokens = self.tokens
        if not 0 < index < len(tokens) - 1 or not tokens[index].capitalised:
            return False
        before = self.text[tokens[index - 1].end : tokens[index].start]
        after = self.text[tokens[index].end : tokens[index + 1].start]
        return (
            before in _NICKNAME_OPENS
            and after in _NICKNAME_CLOSES
            and self._name_word(tokens[index - 1])
            and self._name_word(tokens[index + 1])
        )

    def _initial(self, token: Token) -> bool:
        """A single capital letter with its full stop ("J.")."""
        letter = len(token.text) == 1 and token.text.isupper()
        return letter and self.text[token.end : token.end + 1] == "."

    def _after_complement(self, index: int) -> tuple[int, int]:
        """The name after a title's own complement ("Minister for Europe and Foreign
        Affairs Jean Morel", "Under Secretary for Civilian Security, Democracy, and Human
        Rights Ana Ruiz"): its first token and size, the last two capitalised words of the
        complement; (index, 0) when there is none."""
        tokens = self.tokens
        if index >= len(tokens) or tokens[index].norm not in _TITLE_COMPLEMENTS:
            return index, 0
        end = index + 1
        while end < len(tokens) and end - index < 14:
            gap = self.text[tokens[end - 1].end : tokens[end].start]
            initial = gap == ". " and self._initial(tokens[end - 1])  # "Lloyd J. Austin"
            bracketed = self._past_acronym(end) > end or self._past_acronym(end - 1) == end
            if (gap not in (" ", ", ") and not initial and not bracketed) or not (
                tokens[end].capitalised or tokens[end].norm in _ORG_PARTICLES
            ):
                break  # ... but "the head of the Electoral Council | (CNE), | Ana Ruiz"
            end += 1
        apposed = [  # "the head of the RSF, | Ana Maria Ruiz": the name set beside it
            c
            for c in range(index + 2, end)
            if self.text[tokens[c - 1].end : tokens[c].start] in (", ", "), ")
        ]
        if apposed and end - apposed[-1] >= 2:
            c = apposed[-1]
            named = all(t.capitalised for t in tokens[c:end]) and not any(
                t.text in self.lexicon.organization_heads for t in tokens[c:end]
            )
            if named and self._capitalised_run(c, person=True) == end - c:
                return c, end - c
        last = end - 1
        kept = tokens[last].norm in _word_set(self.language, "kept_name_suffixes")
        if tokens[last].norm in _word_set(self.language, "name_suffixes") and not kept:
            last -= 1  # "Lloyd J. Austin III"
        first = last - 1 - kept  # "Ana Ruiz Jr."
        if first - 1 > index and self._initial(tokens[first]):
            first -= 1
        if first - index < 2 or not all(t.capitalised for t in tokens[first - 1 : end]):
            return index, 0  # "the Minister for Foreign Affairs said": no name after it
        if any(t.text in self.lexicon.organization_heads for t in tokens[first:end]):
            return index, 0
        size = end - first
        return (first, size) if self._capitalised_run(first, person=True) == size else (index, 0)

    def _name_word(self, token: Token) -> bool:
        """A capitalised word, not one telling an age ("Twenty-one-year-old"), or a
        particle joined to one ("al-Abdallah")."""
        if token.capitalised:
            return not token.norm.endswith(tuple(_words(self.language, "age_endings")))
        head, joined, rest = token.text.partition("-")
        return bool(joined) and head.lower() in _NAME_PARTICLES and rest[:1].isupper()

    def _capitalised_run(self, index: int, person: bool = False, titled: bool = False) -> int:
        """Length of a name of 1-4 capitalised words at ``index``, single-spaced, with
        particles ("Salman bin Hamad Al Khalifa") and middle initials ("Donald J. Trump");
        ``titled``: right after a person's title, where a month may open it ("Prime
        Minister | May")."""
        tokens = self.tokens
        if index < len(tokens) and self._describes_name_after(index):
            return 0
        size = words = 0
        while index + size < len(tokens) and words < 4:
            token = tokens[index + size]
            gap = self.text[tokens[index + size - 1].end : token.start] if size else " "
            if (
                gap != " "
                and not (gap == ". " and self._initial(tokens[index + size - 1]))
                and not (size and self._nickname(index + size))
                and not (size > 1 and self._nickname(index + size - 1))
            ):
                break
            if size and tokens[index + size - 1].possessive:
                break
            particle = size and token.norm in _NAME_PARTICLES
            if not (self._name_word(token) or particle):
                break
            if (
                person
                and not (size and self._initial(token))
                and not ((size or titled) and self._month_in_name(index + size))  # "Theresa May"
                and (  # "Kirill A. Dmitriev"
                    token.norm in self.lexicon.not_places
                    and token.norm not in _NAME_PARTICLES
                    or token.norm in self.lexicon.country_names
                    or token.norm in self.lexicon.demonyms
                )
            ):
                break
            size += 1
            words += not (particle or self._nickname(index + size - 1))
        while size and (
            not self._name_word(tokens[index + size - 1]) or self._initial(tokens[index + size - 1])
        ):
            size -= 1
        return size

    def _describes_name_after(self, index: int) -> bool:
        """Whether the word at token ``index`` opens its sentence only capitalised there, a
        word describing the name after it or linking to what came before ("Neighbouring
        Bosnia said", "Meanwhile Serbia said"): no word of the name."""
        token = self.tokens[index]
        return token.sentence_start and token.norm in words_before_names(self.language)

    def _month_in_name(self, index: int) -> bool:
        """Whether the month's name at token ``index``, after a name's first word and with no
        day's number after it, is a word of the person's name ("Theresa May", "Dong Jun")."""
        tokens = self.tokens
        if tokens[index].norm not in _word_set(self.language, "months_in_names"):
            return False
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        return following is None or not following.text[:1].isdigit()

    def _state_body(self, index: int) -> tuple[int, str] | None:
        """ "Russia's Defense Ministry", "the Ukrainian government": the state itself."""
        tokens, lexicon = self.tokens, self.lexicon
        for size in (3, 2, 1):
            if index + size > len(tokens):
                continue  # "UN" at the end names no three-word state
            name = " ".join(t.norm for t in tokens[index : index + size])
            country = lexicon.country_names.get(name) or lexicon.demonyms.get(name)
            if country is None:
                continue
            body = lexicon.state_bodies.at(tokens, index + size) or self._headed_body(index + size)
            if body and lexicon.collective_nouns.at(tokens, index + size + body):
                return None  # "Chilean government soldiers": a group of the state
            if body:
                return size + body, country.name
            last = index + size - 1
            short = size == 1 and tokens[index].text.upper() == tokens[index].text
            if name in lexicon.country_names and (
                self._owns_act(last) or (short and self._acts(index, last))
            ):
                return size, country.name  # "Turkey's January attack", "the UK said"
            title = lexicon.person_titles.at(tokens, index + size)
            after = index + size + title
            if after < len(tokens) and tokens[after].norm in lexicon.land_votes:
                return None  # "Peru's general election": no general, the land's vote
            named = after < len(tokens) and tokens[after].capitalised
            held = self._after_complement(after)[1] or self._office_holder_at(index + size)
            if title and not named and not held and not self._office_named(index):
                return size + title, country.name  # "Turkey's foreign minister said"
            return None
        seat = lexicon.capitals.get(tokens[index].norm)
        if seat is not None and self._owns_act(index) and tokens[index].norm == key(seat.capital):
            return 1, seat.name  # "Moscow's offer"
        for size in range(min(5, len(tokens) - index), 0, -1):  # "the Kremlin", "the White House"
            name = " ".join(t.norm for t in tokens[index : index + size])
            seat = lexicon.capitals.get(name)
            if seat is not None and name != key(seat.capital):
                # "the Chilean | Defense Department": another country's body of that name
                return size, self._owner_before(index) or seat.name
        return None

    def _office_named(self, index: int) -> bool:
        """Whether the state's word at token ``index`` and the title after it name an office
        someone takes or holds, after a word such as "as" ("sworn in as | Chile's president",
        "succeeded her father as | the Chilean leader"), not its holder acting; not a word
        opening a clause ("As | Chile's president said, ...")."""
        tokens = self.tokens
        before = index - 1
        if before > 0 and tokens[before].norm in _word_set(self.language, "articles"):
            before -= 1
        if before <= 0 or tokens[before].norm not in _word_set(self.language, "office_links"):
            return False
        return not tokens[before].sentence_start and "," not in self._gap(before)

    def _headed_body(self, index: int) -> int:
        """How many words from token ``index`` name a state's body by the noun heading it,
        past at most two words describing it ("security | cabinet", "central election |
        commission"), the state's word before them; 0 for none, and none where the body's own
        name goes on ("United States Agency for International Development"). A describing word is no
        function word, verb, act, title, name of a state or possessive ("its attack on the
        embassy", "Chile's decision to close the embassy", "Peru's envoy Ana Ruiz")."""
        tokens, lexicon = self.tokens, self.lexicon
        heads = _word_set(self.language, "state_body_heads")
        past = irregular_past(self.language)
        stops = _stopwords(self.language)
        for at in range(index, min(index + _MOST_BODY_DESCRIBERS + 1, len(tokens))):
            token = tokens[at]
            if at > index and not self._adjacent(tokens[at - 1], token):
                return 0
            if token.norm in heads:
                named = tokens[at + 1 : at + 3]  # "United States Agency | for International"
                if len(named) == 2 and named[0].norm in _TITLE_COMPLEMENTS and named[1].capitalised:
                    return 0  # the start of a body's own name
                return at - index + 1
            if (
                not token.text.isalpha()
                or token.possessive
                or token.norm in stops
                or token.norm in past
                or token.norm.endswith("ed")
                or token.norm in lexicon.demonyms
                or token.norm in lexicon.country_names
                or lexicon.person_titles.at(tokens, at)
                or is_act_noun(token.norm, self.language)
            ):
                return 0
        return 0

    def _story_state(self, index: int) -> str:
        """The state the article has named most often before token ``index`` (the latest of
        equals), else the publisher's: whose body "the Ministry of Health" or "the government"
        is."""
        return (
            self.story_states[bisect.bisect_left(self.country_positions, index)] or self.publisher
        )

    def _story_state_body(self, index: int) -> tuple[int, str] | None:
        """ "the government said", "the health ministry reported": a state body named without
        its state acts for the state the article is about; "its defence ministry said", for
        the state "its" means."""
        tokens = self.tokens
        if not index or tokens[index].capitalised:
            return None
        owned = tokens[index - 1].norm in _words(self.language, "owner_pronouns")
        if tokens[index - 1].norm != "the" and not owned:
            return None
        size = self.lexicon.state_bodies.at(tokens, index) or self._described_state_body(index)
        if not size or not self._acts(index, index + size - 1):
            return None
        state = self._state_owning(index) if owned else self._story_state(index)
        return (size, state) if state else None

    def _described_state_body(self, index: int) -> int:
        """How many words at token ``index`` name a state body after a word saying which
        one it is ("federal | government", "telecoms | ministry"); 0 for none."""
        tokens, following = self.tokens, index + 1
        if following >= len(tokens) or not self._unbroken(index, following):
            return 0
        if tokens[index].norm in _word_set(self.language, "state_body_describers"):
            inner = self.lexicon.state_bodies.at(tokens, following)
            return inner + 1 if inner else 0
        heads = _word_set(self.language, "field_body_heads")
        return 2 if tokens[following].norm in heads and tokens[index].text.isalpha() else 0

    def _state_owning(self, index: int) -> str:
        """The state "its" before token ``index`` means: the first state its sentence names
        before it (the subject, as a rule: "Chile fired on Peru, its military said"), else
        the last one named before the sentence; "" when none is."""
        positions, end = self.country_positions, bisect.bisect_left(self.country_positions, index)
        if not end:
            return ""
        start = index
        while start > 0 and not self.tokens[start].sentence_start:
            start -= 1
        first = bisect.bisect_left(positions, start)
        return self.countries_named[first if first < end else end - 1]

    def _placed_body(self, index: int) -> tuple[int, str, str] | None:
        """A ministry, agency or service named by the place it serves, at token ``index``:
        its size, name and kind. A country's or capital's ("the health ministry in Lebanon",
        "the Defense Ministry in Moscow", "the State Emergency Service of Ukraine") is the
        state;
        one of a place that is no state ("the health ministry in Gaza", "the Gaza health
        ministry", "Gaza's Health Ministry") is a body named "Gaza Health Ministry"."""
        tokens, lexicon = self.tokens, self.lexicon
        body = lexicon.state_bodies.at(tokens, index)
        if body:  # "the health ministry in Gaza", "the State Emergency Service of Ukraine"
            place = index + body + 1
            before = index - 1 - (index > 0 and tokens[index - 1].norm == "the")
            links = _words(self.language, "body_place_links")
            if place >= len(tokens) or tokens[place - 1].norm not in links:
                return None
            if before >= 0 and tokens[before].norm in lexicon.locative_prepositions:
                return None  # "rallied outside parliament in Harare": a building, a place
            size = self._capitalised_run(place)
            named = self._body_of_place(place, size, index, body, states=True)
            if named and named[1] == "state":  # "... The Emergency Service said": the same
                self.state_led[key(" ".join(t.text for t in tokens[index : index + body]))] = named[
                    0
                ]
            return (place + size - index, *named) if named else None
        if not self._name_word(tokens[index]):
            return None
        for size in (3, 2, 1):  # "the Gaza health ministry", "Gaza's Health Ministry"
            last = index + size - 1
            body = lexicon.state_bodies.at(tokens, last + 1) if last + 1 < len(tokens) else 0
            if not body or not all(
                self._name_word(t)
                and self._adjacent(t, n)
                and (t is tokens[last] or not t.possessive)
                for t, n in zip(tokens[index : last + 1], tokens[index + 1 : last + 2], strict=True)
            ):
                continue
            named = self._body_of_place(index, size, last + 1, body, states=False)
            if named:
                return size + body, *named
        return None

    def _body_of_place(
        self, place: int, size: int, body: int, body_size: int, states: bool
    ) -> tuple[str, str] | None:
        """The name and kind of the body of ``body_size`` words at token ``body`` serving
        the place named by ``size`` words at token ``place``: with ``states``, a country's
        or capital's is its state; a place that is no state names a body whose last word is
        an organisation's ("Ministry", "Agency", "Service"); else ``None``."""
        tokens, lexicon = self.tokens, self.lexicon
        words = [t.text.capitalize() for t in tokens[body : body + body_size]]
        name = " ".join(t.norm for t in tokens[place : place + size])
        if (
            not size
            or not body_size
            or words[-1] not in lexicon.organization_heads
            or tokens[place].norm in lexicon.not_places
        ):
            return None
        country = lexicon.country_names.get(name) or lexicon.capitals.get(name)
        if country is not None or name in lexicon.demonyms:
            return (country.name, "state") if states and country is not None else None
        if not self._is_place_name(name):
            return None
        written = " ".join(t.text for t in tokens[place : place + size])
        return f"{written} {' '.join(words)}", "organization"

    def _party(self, name: str) -> bool:
        """Whether a body is no state's institution however named: a party, a front, a
        group of states ("Cambodian People's Party", "Ukraine Defense Contact Group"), or
        an army of one ("Chile National Democratic Alliance Army")."""
        return not _word_set(self.language, "non_state_heads").isdisjoint(name.split()[1:])

    def _own_side(self, name: str) -> bool:
        """Whether the body ``name``, even after a state's possessive, fights or speaks for
        itself, not the state: a party ("Chile's People's Party"), an armed force named
        after a region ("Myanmar's Kachin Independence Army"), or a body the article calls
        one against the state ("the paramilitary Zentar Forces")."""
        if self._party(name):
            return True
        words = name.split()
        if (
            words[-1] in _word_set(self.language, "armed_body_heads")
            and regions_named(key(words[0]))
            and key(words[0]) not in self.lexicon.country_names
            and key(words[0]) not in self.lexicon.demonyms
        ):
            return True
        return key(name) in self._against_the_state()

    def _against_the_state(self) -> frozenset[str]:
        """Keys of the bodies the article names right after a word of a group against the
        state ("the rebel Zentar Army", "Sudan's paramilitary Rapid Support Forces")."""
        if self._against is None:
            tokens = self.tokens
            words = _word_set(self.language, "against_the_state")
            found: set[str] = set()
            for i, token in enumerate(tokens[:-1]):
                following = tokens[i + 1]
                if (
                    token.norm in words
                    and following.capitalised
                    and self._adjacent(token, following)
                ):
                    body = self._organization(i + 1)
                    if body is not None:
                        found.add(key(body[1]))
            self._against = frozenset(found)
        return self._against

    def _country_led(self, name: str) -> tuple[str, str]:
        """The state whose institution the organisation ``name`` is ("U.S. Forest Service",
        "United States Agency for ..."), else "", and the body's name without the state's
        ("Forest Service"); a body whose own words name no institution is no state's, its
        country's name opening it notwithstanding ("Pakistan Tehreek-e-Insaf (PTI)"), nor
        a bank, board or federation named after its country ("Chile Football Federation")."""
        words = name.split()
        if self._party(name) or words[-1].lower() in _word_set(self.language, "placed_body_heads"):
            return "", ""
        seat = self.lexicon.capitals.get(key(name))
        if seat is not None and key(name) != key(seat.capital):
            return seat.name, ""  # "the Foreign, Commonwealth and Development Office"
        for length in (3, 2, 1):
            if length < len(words):
                owner = re.sub(r"[’']s$", "", " ".join(words[:length]))  # "Ukraine's Security ..."
                country = self.lexicon.country_names.get(key(owner))
                if country is not None and self._institution(words[length:]):
                    return country.name, " ".join(words[length:])
        return "", name

    def _institution(self, words: Sequence[str]) -> bool:
        """Whether a body's words name an institution: an organisation's head or a word of
        government among them ("Forest Service", "Navy"), not a bare name ("Tehreek-e-Insaf")."""
        governing = _word_set(self.language, "government_words")
        return any(
            word in self.lexicon.organization_heads or word.lower() in governing for word in words
        )

    def _body_of(self, index: int) -> tuple[int, str] | None:
        """The body named right after an organisation ending before token ``index``, its
        last word an organisation's ("UN | Human Rights Council"), with its number of
        tokens; None when the name goes no further ("the UN said", "UN chief")."""
        tokens = self.tokens
        if not 0 < index < len(tokens) or not self._adjacent(tokens[index - 1], tokens[index]):
            return None
        body = self._organization(index, after_body=True)
        if body is None or body[1] in self.organizations.values():
            return None
        return body

    def _organization(self, index: int, after_body: bool = False) -> tuple[int, str] | None:
        """The number of tokens and the name of the organisation named at token ``index``,
        else None; ``after_body``: right after another's name, whose part it may be ("the
        UN | Office for the Coordination of ...")."""
        tokens, lexicon = self.tokens, self.lexicon
        for size in range(_LONGEST_BODY_NAME, 0, -1):
            if index + size > len(tokens):
                continue
            name = " ".join(t.norm for t in tokens[index : index + size])
            if name in self.organizations:
                owner = self.organizations[name]
                # "the UN | General Assembly"; a body's body is read one level deep only,
                # so that a run of names ("EU EU EU …") is not followed to its end from each
                part = None if after_body else self._body_of(index + size)
                if part is not None:
                    return size + part[0], f"{owner} {part[1]}"
                return size, owner
        if tokens[index].norm.endswith(tuple(_words(self.language, "describing_suffixes"))):
            return None  # "London-based | Zentar Group": the name follows the describing word
        # A capitalised name ending in an organisation word ("Rapid Support Forces").
        size = 0
        best = 0
        while index + size < len(tokens) and size < 8:
            token = tokens[index + size]
            if size and not self._adjacent(tokens[index + size - 1], token):
                break
            if not (
                token.capitalised
                or (size and token.norm in _ORG_PARTICLES)
                or (not size and _ORDINAL.fullmatch(token.text))
            ) or (size and token.norm in lexicon.date_words):  # "... for Migration on Thursday"
                break
            if size and token.norm.endswith(tuple(_words(self.language, "describing_suffixes"))):
                return None  # "United States-backed | Zentar Forces": the name follows
            if (
                size
                and token.norm in _ORG_PARTICLES
                and tokens[index].sentence_start
                and not any(
                    t.text in lexicon.organization_heads for t in tokens[index : index + size]
                )
            ):  # "Strike on Arakan Army stronghold ...": a word capitalised by its place
                break
            size += 1
            if token.text in lexicon.organization_heads and size > 1:
                best = size
            elif (
                size > 1
                and token.norm in _word_set(self.language, "postpositive_head_words")
                and tokens[index + size - 2].text in lexicon.organization_heads
                and not (
                    index + size < len(tokens)
                    and tokens[index + size].capitalised
                    and self._adjacent(token, tokens[index + size])
                )
            ):
                best = size  # "Directorate General", not "Army General | Ana Ruiz"
            if token.possessive and token.norm not in _word_set(self.language, "name_possessives"):
                break  # "Tigray People's Liberation Front" goes on
        if not best and index and (after_body or tokens[index - 1].norm == "the"):
            best = int(tokens[index].text in lexicon.organization_heads)  # "the Office for"
            best = best if 0 < best < size and tokens[index + 1].norm in _TITLE_COMPLEMENTS else 0
            holder = tokens[index + size - 1].norm in lexicon.role_nouns
            best = 0 if after_body and holder else best  # "the ICC | Office of the Prosecutor"
        placed = False  # "the National Bank | of Chile": the country is part of the name
        if best and size > best + 1 and tokens[index + best].norm in _TITLE_COMPLEMENTS:
            last = index + size - 1  # "Syrian Observatory | for Human Rights": its remit
            while tokens[last].norm in _ORG_PARTICLES:
                last -= 1
            remit = " ".join(t.norm for t in tokens[index + best + 1 : last + 1])
            body = self.organizations.get(remit.removeprefix("the "))
            if body is not None and tokens[index].norm not in _words(self.language, "name_openers"):
                return last - index + 1, body  # "the Permanent Council of the OSCE": the OSCE
            placed = tokens[index + best - 1].norm in _word_set(self.language, "placed_body_heads")
            if last > index + best and (placed or not self._is_place_name(remit)):
                best = last - index + 1
            elif best == 1:
                best = 0  # "the Ministry of Ukraine": no remit, no name
        if best:
            span = tokens[index : index + best]
            written = self.text[span[0].start : span[-1].end]  # "People's" kept as written
            tail = len(span)
            while tail > 0 and span[tail - 1].norm not in _ORG_PARTICLES:
                tail -= 1
            if not placed and self._is_place_name(" ".join(t.norm for t in span[tail:])):
                return None  # "West Bank", "Clashes in the West Bank"
            particle = any(t.norm in ("for", "of") for t in span)  # "Syrian Observatory for"
            opening = next((k for k, t in enumerate(span) if t.norm in _ORG_PARTICLES), 0)
            if (
                opening
                and span[opening + 1].norm == "the"
                and not any(t.text in lexicon.organization_heads for t in span[:opening])
            ):
                return None  # "Ana Ruiz of the | Lima Police": a name, then the body
            if (
                tokens[index].norm in _words(self.language, "name_openers")
                or tokens[index].norm in _stopwords(self.language)  # "But the General Staff"
                or self._group_opening(index)  # "Fighters of the | White Army"
                or (
                    tokens[index].norm in lexicon.demonyms
                    and not self._party(written)
                    and not particle
                )
            ):
                return None  # "Russian Armed Forces" read as a group, "The Army" is no name
            return best, written
        outlet = self._outlet(index)
        if outlet:  # "Radio Free Asia", "the Associated Press"
            return outlet, self._span(index, index + outlet - 1)
        size = self._capitalised_run(index)
        described = self._described(index, size)
        if described:  # "the Islamic Jihad group": the name without the kind of body
            return size + described, self.text[tokens[index].start : tokens[index + size - 1].end]
        return None

    def _adjectival_name(self, index: int) -> tuple[int, str] | None:
        """The number of tokens and the name of a body named by a people's or a faith's
        adjective and capitalised words after it ("Georgian Dream", "Russian Railways",
        "the Islamic State group"), else None: not where a word after the adjective is a
        title, a body's, a group's, an act's or a place's ("Russian President X",
        "Ukrainian Defence Ministry", "Russian Armed Forces", "Russian Strikes")."""
        tokens, lexicon = self.tokens, self.lexicon
        opener = tokens[index]
        if not opener.capitalised or not (
            opener.norm in lexicon.demonyms
            or opener.norm in _word_set(self.language, "faith_adjectives")
        ):
            return None
        faiths = _word_set(self.language, "faith_adjectives")
        before = tokens[index - 1] if index else None
        if (
            before is not None
            and (before.norm in lexicon.demonyms or before.norm in faiths)
            and self._adjacent(before, opener)
        ):
            return None  # "Shi'ite Muslim Abu Dsheer district": adjectives that describe
        head = index - 1 if before is not None and before.norm == "the" else index
        if head and tokens[head - 1].norm in lexicon.locative_prepositions:
            return None  # "across the Russian Far East": a place
        end = index + 1
        while (
            end < len(tokens)
            and tokens[end].capitalised
            and not tokens[end].sentence_start
            and self._adjacent(tokens[end - 1], tokens[end])
            and not tokens[end - 1].possessive
        ):
            end += 1
        words = tokens[index + 1 : end]
        if not words or any(
            not t.text.replace("'", "").isalpha()  # "Russian Su-25": a model, no body
            or t.text in lexicon.organization_heads
            or t.norm in lexicon.demonyms
            or t.norm in faiths
            or t.norm in _outlet_words(self.language)  # "Peruvian TV said"
            or t.norm in lexicon.country_names
            or t.norm in lexicon.date_words
            or lexicon.person_titles.at(tokens, k)
            or lexicon.state_bodies.at(tokens, k)
            or lexicon.collective_nouns.at(tokens, k)
            or is_act_noun(t.norm, self.language)
            for k, t in enumerate(words, index + 1)
        ):
            return None
        size = end - index
        if end < len(tokens) and not tokens[end].capitalised and not tokens[end - 1].possessive:
            if lexicon.collective_nouns.at(tokens, end) or tokens[end].norm in (
                lexicon.collective_modifiers
            ):
                return None  # "Sunni Zentar fighters": the words qualify the group
        written = " ".join(t.norm for t in tokens[index:end])
        if written in _country_name_openings(self.language) or any(
            self._is_place_name(" ".join(t.norm for t in tokens[k:end])) for k in range(index, end)
        ):
            return None  # "the Russian Far East", "the Islamic Republic", "Sunni Abu Dsheer"
        for k in range(index + 1, end):
            person = self._person(k)
            if self._organization(k) or (person and person[1] == "person"):
                return None  # "Chilean Ana Ruiz said", "Lebanese Hezbollah": named already
        name = re.sub(r"(?:['’]s|['’])$", "", self.text[opener.start : tokens[end - 1].end])
        return size + self._described(index, size), name

    def _group_opening(self, index: int) -> bool:
        """Whether the capitalised word at token ``index`` is a group's word opening its
        sentence before the link to its owner ("Fighters of the White Army"), no name's."""
        tokens = self.tokens
        return (
            tokens[index].sentence_start
            and index + 1 < len(tokens)
            and tokens[index + 1].norm in _word_set(self.language, "group_links")
            and self.lexicon.collective_nouns.at(tokens, index) == 1
        )

    def _outlet(self, index: int) -> int:
        """How many words at token ``index`` name a news outlet: two or more capitalised
        words, one of them an outlet's ("Radio Free Asia", "Associated Press", "Times of
        Israel"), not opening on a determiner, a country's adjective or a common word
        ("State TV", "Russian Radio"); else 0."""
        tokens, lexicon = self.tokens, self.lexicon
        opener = tokens[index]
        if (
            opener.norm in _name_openers(self.language)
            or opener.norm in _stopwords(self.language)
            or opener.norm in lexicon.demonyms
            or opener.norm in self.common
        ):
            return 0
        words = _word_set(self.language, "outlet_name_words")
        size = outlet = 0
        while index + size < len(tokens) and size < 5:
            token = tokens[index + size]
            if size and not self._adjacent(tokens[index + size - 1], token):
                break
            particle = size and token.norm in ("of", "the")
            if (
                not (token.capitalised or particle)
                or token.norm in lexicon.date_words
                or token.norm in lexicon.demonyms  # "News of the | American bank's cut"
            ):
                break
            size += 1
            if token.capitalised and token.norm in words:
                outlet = size
            if token.possessive:
                break
        while size and tokens[index + size - 1].norm in ("of", "the"):
            size -= 1
        return size if outlet and size >= 2 else 0

    def _described(self, index: int, size: int) -> int:
        """How many lower-case words after the ``size`` capitalised words at token ``index``
        say what kind of body they name ("Islamic Jihad | group", "Viv Ansanm | gang
        coalition"), else 0: none where a word is a country's adjective, a describing word
        or a title's ("the Islamist militant group", "a Chilean party")."""
        tokens, lexicon = self.tokens, self.lexicon
        words = tokens[index : index + size]
        if (
            not size
            or words[-1].possessive
            or len(words) == 1
            and words[0].norm in lexicon.demonyms
            or index  # "a Druze militia"; not "a Chad rights group", the country's
            and tokens[index - 1].norm in _word_set(self.language, "indefinite_articles")
            and self._country_at(index)[1] != size
            or len(words) == 1
            and words[0].norm in read_table("events", self.language)["grammar"]["determiners"]
        ):
            return 0  # "a Druze militia", "Another militia": no body's name
        openers = _name_openers(self.language)
        stops = _stopwords(self.language)
        if any(
            t.norm in lexicon.collective_modifiers
            or t.norm in openers
            or t.norm in stops  # "This | faction": a determiner opening a sentence
            or t.norm in _word_set(self.language, "doubt_words")  # "Alleged | gang members"
            or ("-" in t.text and not _ARTICLE_NAME.match(t.text))  # "Kurdish-led", not "al-Sham"
            for t in words
        ):
            return 0
        kinds = _word_set(self.language, "name_descriptors")
        last = index + size - 1
        for extra in (2, 1):  # "gang coalition", then "group": the longest kind wins
            end = last + extra
            if end >= len(tokens) or not all(
                self._adjacent(tokens[k], tokens[k + 1]) for k in range(last, end)
            ):
                continue  # "the Zentar gang, which": a shorter kind may still end it
            between = tokens[last + 1 : end]
            named = end + 1 < len(tokens) and tokens[end + 1].capitalised  # "group MNLA"
            if tokens[end].norm in kinds and not tokens[end].capitalised and not named:
                if all(
                    t.text.isalpha() and t.text.islower() and t.norm not in stops for t in between
                ):
                    return extra
        return 0

    def _person(self, index: int) -> tuple[int, str] | None:
        """A full name ("George Barros") next to a verb of speech or a role, or a known
        surname alone; one capitalised word before an acting verb is an actor as written."""
        tokens, lexicon = self.tokens, self.lexicon
        size = self._capitalised_run(index, person=True)
        if not size:
            return None
        name = " ".join(t.norm for t in tokens[index : index + size])
        if name in self.people:
            return size, "person"
        if name in self.apposed_places:
            return None  # "En Kala, a trading town ... En Kala lies on the road": a town
        if name in self.happenings_named:
            return None  # "Typhoon Soulik ... after Soulik struck": the storm, no actor
        if any(
            t.norm in _word_set(self.language, "happening_names")
            for t in tokens[index : index + size]
        ):
            return None  # "the Sochi Winter Olympics began": a happening, not an actor
        if tokens[index + size - 1].norm in _word_set(self.language, "happening_heads"):
            return None  # "the Eaton Fire had burned": a disaster, not an actor
        if self._title_in_quotes(index, index + size - 1):
            return None  # 'went on "Hello Lima" to discuss': a programme's title
        if any(
            t.norm in _word_set(self.language, "honorifics") for t in tokens[index : index + size]
        ):
            return None  # "His Royal Highness noted": a form of address, not a name
        if tokens[index].norm in lexicon.not_places or tokens[index].norm in lexicon.demonyms:
            return None
        if tokens[index].norm.endswith(tuple(_words(self.language, "describing_suffixes"))):
            return None  # "Iranian-backed | Houthis": the name follows the describing word
        following = tokens[index + size] if index + size < len(tokens) else None
        if (
            size == 1
            and following is not None
            and not following.capitalised
            and (
                lexicon.collective_nouns.at(tokens, index + 1)
                or following.norm in lexicon.collective_modifiers
            )
        ):
            return None  # "by Kurdish security forces": the word qualifies the group
        if size == 1 and tokens[index].text in lexicon.organization_heads:
            return None  # "the Agency continues": a body named before
        if size == 1 and tokens[index].norm in _outlet_words(self.language):
            return None  # "TV reported", "Peruvian TV said": a medium, no one's name
        if size == 1 and self._surname_named(index) and self._acts(index, index, loosely=True):
            return 1, "surname"  # "Ana Ruiz ... Ruiz resigned": read as her full name is
        if size == 1 and self._surname_named(index) and self._passive_subject(index):
            return 1, "surname"  # "Ana Ruiz ... Ruiz, 60, was president": she is named
        if size == 1 and self._met(index) and name not in lexicon.capitals:
            return 1, "surname"  # "met Rubio": a person, though a town bears the name
        if size == 1 and self._visited_person(index):
            return 1, "surname"  # "visited Kiir": a person named before, not a town
        if (self._is_place_name(name) and not self._surname_named(index)) or (
            self._opens_state_name(index)
        ):
            return None  # "Kyiv said", "Bosnia and Herzegovina said": a state, read as a place
        if lexicon.name_cues.before(tokens, index) or force_target(
            self.text, tokens, index, lexicon
        ):
            return None  # "the attack on Hroza killed 59": where the act was, not who acted
        if lexicon.person_titles.at(tokens, index) >= size:
            return None  # "the Foreign Secretary called": a title, no one's name
        if tokens[index + size - 1].norm in lexicon.place_words | lexicon.region_words:
            return None  # "the Gaza Strip continued"
        last = index + size - 1
        if (size == 1 or tokens[last].norm.endswith("s")) and any(
            lexicon.collective_nouns.at(tokens, k) == last + 1 - k
            for k in range(max(index, last - 1), last + 1)
        ):
            return None  # "Navy SEALs boarded", "Chile's Navy said": a group's words, no name
        if size >= 2 and (
            self._acts(index, last, loosely=True)
            or self._apposition(last)
            or self._apposed_to_role(index, last)
            or self._named_subject(index, last)
            or self._described_as_person(last)
        ):
            # "the monitoring group Plataforma Decide said": a body's name, not a person's
            return size, "organization" if self._named_after_kind(index) else "person"
        if size == 1 and (
            tokens[index].norm in _name_openers(self.language)  # "the Foreign Secretary said"
            or (tokens[index].sentence_start and self._common_word(index))
            or (
                tokens[index].sentence_start
                and (
                    # "Shelling hit", not "Boeing said": a gerund tells nothing
                    (tokens[index].norm.endswith("ing") and not self._tells_after(index))
                    or lexicon.collective_nouns.at(tokens, index)
                    or _names_happening(tokens[index].norm, self.language)
                    or self._describes_happening(index)
                )
            )
        ):
            return None  # "Tensions have escalated", "Floods hit the coast": no one's name
        if size == 1 and self._ends_place_name(index):
            return None  # "the United Kingdom": no surname "Kingdom"
        if size == 1 and index and self._continues_name(index):
            return None  # "Islamic Jihad said": the end of a longer name, no surname
        if size == 1 and self._side_of_attack(index):
            return 1, "surname"  # "a Zentar attack": the side that makes it
        if size == 1 and self._common_noun_named(index):
            return None  # "the Left won the vote": a camp called by a common word
        if size == 1 and self._acts(index, last) and not tokens[index].sentence_start:
            return 1, "surname"
        if size == 1 and self._acts(index, last) and self._name_opening_sentence(index):
            return 1, "surname"
        return None

    def _named_after_kind(self, index: int) -> bool:
        """Whether the name at token ``index`` follows, as its apposition, a lower-case
        word of a body's kind ("the election monitoring group | Plataforma Decide", "the
        firm | Acme Metals"): a body's name, whatever words it is made of."""
        if not index:
            return False
        before = self.tokens[index - 1]
        return (
            not before.capitalised
            and before.norm in _word_set(self.language, "description_heads")
            and self._adjacent(before, self.tokens[index])
        )

    def _common_noun_named(self, index: int) -> bool:
        """Whether the capitalised word at token ``index`` is a common word after "the"
        ("the Left"): a camp or a thing called by its common noun, no surname."""
        return (
            index > 0
            and self.tokens[index - 1].norm == "the"
            and self.tokens[index].norm in common_words(self.language)
        )

    def _tells_after(self, index: int) -> bool:
        """Whether a verb of telling follows the word at token ``index`` ("Boeing said")."""
        after = index + 1
        return after < len(self.tokens) and self.tokens[after].norm in _word_set(
            self.language, "telling_verbs"
        )

    def _name_opening_sentence(self, index: int) -> bool:
        """Whether the one capitalised word opening a sentence at token ``index`` may be a
        name: not a word of the language's word lists ("Videos showed", "Tragedy struck",
        "Hundreds protested") unless an acronym ("NATO said") or capitalised elsewhere in
        the article where no sentence opens ("as Union troops left")."""
        token = self.tokens[index]
        if token.norm in _COMMON:
            return False
        return (
            token.norm not in common_words(self.language)
            or _is_acronym(token.text)
            or token.norm in self.named_inside
        )

    def _named_in_aside(self, first: int) -> bool:
        """Whether the name at token ``first`` is told in an aside after a comma by a naming
        phrase (", known as | the ZLF,"): the aside names the group before it."""
        tokens = self.tokens
        k = first
        if k > 0 and tokens[k - 1].norm in _word_set(self.language, "articles"):
            k -= 1
        size = _naming_links(self.language).before(tokens, k)
        return bool(size) and k - size > 0 and self._after_comma(k - size)

    def _aliases(self, found: Sequence[_Found]) -> dict[str, str]:
        """Each name an aside gives the person or body named right before it -> that name
        ("Mohamed Hamdan Dagalo, known as Hemedti, said": one actor, under its first name,
        wherever the article uses either)."""
        tokens, links = self.tokens, _naming_links(self.language)
        kinds = _word_set(self.language, "name_descriptors")
        articles = _word_set(self.language, "articles")
        aliases: dict[str, str] = {}
        for f in found:
            if f.kind not in ("person", "surname", "organization"):
                continue
            k = bisect.bisect_left(self.starts, f.end)  # the token after the name
            while k < len(tokens) and tokens[k].norm in kinds and not self._after_comma(k):
                k += 1  # "the Islamic State | group, known as ISIS"
            size = links.at(tokens, k)
            if not size or not self._after_comma(k):
                continue
            first = k + size + (k + size < len(tokens) and tokens[k + size].norm in articles)
            run = self._capitalised_run(first) if first < len(tokens) else 0
            if not run:
                continue
            closing = self.text[tokens[first + run - 1].end :][:1]
            alias = self._span(first, first + run - 1)
            if closing in ("", ",", ".", ")", ";") and alias != f.name:
                aliases.setdefault(alias, f.name)
        return aliases

    def _opens_state_name(self, index: int) -> bool:
        """Whether a state's name of several words opens at token ``index`` ("Bosnia and
        Herzegovina", "Trinidad and Tobago")."""
        words = [t.norm for t in self.tokens[index : index + 5]]
        names = self.lexicon.country_names
        return any(" ".join(words[:size]) in names for size in range(2, len(words) + 1))

    def _described_as_person(self, last: int) -> bool:
        """Whether the capitalised words ending at token ``last`` are followed by a comma and
        a relative word only a person takes ("the house of Ana Ruiz, | who was ...")."""
        tokens = self.tokens
        return (
            last + 1 < len(tokens)
            and self.text[tokens[last].end : tokens[last + 1].start] == ", "
            and tokens[last + 1].norm in self.lexicon.person_relatives
        )

    def _side_of_attack(self, index: int) -> bool:
        """Whether the one word at token ``index``, after a determiner, names the side of
        the attack right after it ("a Zentar attack", "the Zentar missile strike")."""
        tokens = self.tokens
        return (
            0 < index < len(tokens) - 1
            and tokens[index - 1].norm in _words(self.language, "name_openers")
            and self._adjacent(tokens[index], tokens[index + 1])
            and bool(_side_actions(self.language).at(tokens, index + 1))
        )

    def _continues_name(self, index: int) -> bool:
        """Whether token ``index`` follows, one space apart, a capitalised word that opens
        names of bodies and never a person's ("Islamic | Jihad", "National | Guard"; not
        "Israel | Katz", "Egypt's | Sisi")."""
        before = self.tokens[index - 1]
        return (
            before.capitalised
            and not before.possessive
            and self._adjacent(before, self.tokens[index])
            and before.norm in self.lexicon.not_places
            and before.norm not in _stopwords(self.language)
            and before.norm not in self.lexicon.date_words
        )

    def _met(self, index: int) -> bool:
        """Whether the word at token ``index`` is whom a verb or noun of meeting before it,
        maybe with "with", names ("met with Ruiz", "hosted Ruiz"; not "told Reuters"), or one
        of the two one-word names after such a noun and "between" ("talks between Ruiz and
        Ali")."""
        tokens, before = self.tokens, index - 1
        if before > 2 and tokens[before].norm == "and" and tokens[before - 2].norm == "between":
            before -= 2  # "between Ruiz and | Ali"
        if before > 0 and tokens[before].norm in ("with", "between"):
            before -= 1
        return (
            before >= 0
            and tokens[before].norm in _word_set(self.language, "meeting_verbs")
            and all(
                self._adjacent(t, n)
                for t, n in zip(tokens[before:index], tokens[before + 1 : index + 1], strict=True)
            )
        )

    def _surname_named(self, index: int) -> bool:
        """Whether the one word at token ``index`` is the surname of a person the text has
        named in full before, and no preposition of place puts it as a town ("Ana Ruiz ...
        Ruiz left", but "in Ruiz"); an owner ("Ruiz's plan") tells no act of the person."""
        tokens = self.tokens
        if tokens[index].norm not in self.surnames_named or tokens[index].possessive:
            return False
        return not (index and tokens[index - 1].norm in self.lexicon.locative_prepositions)

    def _visited_person(self, index: int) -> bool:
        """Whether the one word at token ``index`` follows a verb of visiting and is the
        surname of a person the text has named before ("President Bo Lee ... visited Lee")."""
        tokens = self.tokens
        if not index or tokens[index - 1].norm not in _word_set(self.language, "visit_verbs"):
            return False
        norm = tokens[index].norm
        return any(full and key(full).split()[-1] == norm for full in self.first_names.values())

    def _ends_place_name(self, index: int) -> bool:
        """Whether the word at token ``index`` ends a place's name of two or three words
        ("United Kingdom", "Papua New Guinea")."""
        tokens = self.tokens
        return any(
            self._is_place_name(" ".join(t.norm for t in tokens[index - size : index + 1]))
            for size in (1, 2)
            if index - size >= 0
        )

    def _describes_happening(self, index: int) -> bool:
        """Whether the word at token ``index``, opening a sentence, describes the plural
        word for what happens after it ("Mass protests erupted"), which takes no object
        ("Ruiz attacks the plan") and which the article writes as a name nowhere else
        ("Zentar attacks ... blamed Zentar")."""
        tokens = self.tokens
        if index + 2 >= len(tokens):
            return False
        following, after = tokens[index + 1], tokens[index + 2]
        return (
            not following.capitalised
            and following.norm.endswith("s")
            and not after.capitalised
            and after.norm not in _word_set(self.language, "articles")
            and tokens[index].norm not in self.named_inside
            and _names_happening(following.norm, self.language)
        )

    def _common_word(self, index: int) -> bool:
        """Whether the capitalised word at token ``index`` is a common word: the article
        writes it lower case, or a plural verb follows it ("Tensions have escalated")."""
        following = self.tokens[index + 1].norm if index + 1 < len(self.tokens) else ""
        plural = following in _word_set(self.language, "plural_verbs")
        return self.tokens[index].norm in self.common or plural

    def _is_place_name(self, name: str) -> bool:
        lexicon = self.lexicon
        if name in lexicon.not_places:
            return False  # "the Ministry of the Interior": a remit, no town
        if regions_named(name) or any(key(t.name) == name for t in towns_named(name)[:3]):
            return name not in self.people
        in_pack = self.pack is not None and any(
            name in {key(n) for n in (canonical, *aliases)}
            for canonical, (_, aliases, _) in self.pack.places.items()
        )
        return in_pack or name in lexicon.capitals or name in lexicon.country_names

    def _apposition(self, last: int) -> bool:
        """ "Dmitry Peskov, the Kremlin spokesperson," or "..., a spokesperson for"."""
        tokens = self.tokens
        if last + 1 >= len(tokens):
            return False
        if "," not in self.text[tokens[last].end : tokens[last + 1].start]:
            return False
        for token in tokens[last + 1 : last + 7]:
            if token.norm in self.lexicon.role_nouns:
                return True
            if "," in self.text[token.end : token.end + 1]:
                break
        return False

    def _apposed_to_role(self, first: int, last: int) -> bool:
        """Whether the full name at tokens ``first..last`` is set off by a comma right after
        a role, maybe with the role's complement ("met his Polish counterpart, | Radoslaw
        Sikorski", "the Prime Minister of Qatar, | Mohammed bin Abdulrahman Al Thani"):
        apposed to the role, it names the role's holder, a person. Not an owner ("the
        governor of Kherson, | Ukraine's"), nor after a plural role, which lists.
        """
        tokens = self.tokens
        if first == 0 or tokens[last].possessive:
            return False
        if self.text[tokens[first - 1].end : tokens[first].start] != ", ":
            return False
        return role_before(self.text, tokens, first - 1, self.language) >= 0

    def _named_subject(self, first: int, last: int) -> bool:
        """Whether the full name at tokens ``first..last`` names, between commas, the
        subject before it and a past verb follows ("the main opposition candidate,
        Alexander Milinkevich, led a crowd")."""
        tokens = self.tokens
        if first == 0 or last + 2 >= len(tokens):
            return False
        before = self.text[tokens[first - 1].end : tokens[first].start]
        after = self.text[tokens[last].end : tokens[last + 1].start]
        verb = tokens[last + 1]
        return (
            before == ", "
            and after == ", "
            and (not tokens[first - 1].capitalised or self._placed_role_before(first - 1))
            and (verb.norm in self.lexicon.acting_verbs or _past(verb, self.language))
            and not verb.norm.endswith("ing")
        )

    def _placed_role_before(self, last: int) -> bool:
        """Whether the capitalised words ending at token ``last`` are the place of a role
        named right before them ("the top official in | Kherson", "chief official in |
        Maule province"): the name set beside it after a comma is the role's holder."""
        tokens, j = self.tokens, last
        while j > 0 and last - j < _PLACE_REACH and self._adjacent(tokens[j - 1], tokens[j]):
            if tokens[j - 1].norm in _word_set(self.language, "group_links"):
                return j >= 2 and tokens[j - 2].norm in self.lexicon.role_nouns
            j -= 1
        return False

    def _fought_by(self, last: int) -> bool:
        """Whether the country ending at token ``last`` owns a group that fights or opposes
        it ("Yemen's | Houthi rebels", "Chile's rebels"): the group acts, not the state."""
        tokens = self.tokens
        if not tokens[last].possessive:
            return False
        words = _word_set(self.language, "against_the_state")
        for j in range(last + 1, min(last + 4, len(tokens))):
            if not self._adjacent(tokens[j - 1], tokens[j]):
                return False
            if tokens[j].norm in words:
                return True
        return False

    def _acts(self, first: int, last: int, loosely: bool = False) -> bool:
        """True when the name at tokens ``first..last`` is the subject of an acting verb, or
        the agent after "by", or the source after "according to". ``loosely``: any verb in
        the past tense counts ("protesters clashed")."""
        tokens, lexicon = self.tokens, self.lexicon
        numbers = _word_set(self.language, "number_words")
        k = first - 1  # "by neighbouring | Chile": the describing word aside
        while k > 0 and tokens[k].norm in _word_set(self.language, "place_describers"):
            k -= 1
        if k > 0 and tokens[k].possessive and tokens[k].norm in lexicon.country_names:
            k -= 1  # "by Yemen's | Houthi rebels"
        if k > 0 and tokens[k].norm in _word_set(self.language, "articles"):
            k -= 1  # "by the | United States"
        before = tokens[k].norm if k >= 0 else ""
        head = self.lists.get(first, (first, last))[0]  # "by Chile, | Peru and Bolivia"
        reports = k > 0 and tokens[k - 1].norm in self._reporting  # "as reported by X"
        if (
            (before == "by" and not tokens[k].sentence_start and not reports)  # not a byline
            or (before == "and" and self._agent_listed(first - 1))  # "by Chile and | Peru"
            or taker_after(tokens, k, lexicon)  # "Ruzo fell to | Peru"
            or (head < first and head > 0 and tokens[head - 1].norm == "by")
            or self._party_between(first)
            or _ACCORDING_TO.before(tokens, first)
            or (loosely and self._agent(first))
            or self._source_of_act(first)
        ):
            return True
        if self._owns_act(last):
            return True
        if loosely and self._acts_in_entry(first, last):
            return True
        if tokens[last].possessive:
            return False  # "Yemen's internationally recognized government": no verb's subject
        i = last + 1
        listed = self.lists.get(last, (first, last))[1]
        if listed > last:  # "the United States, Britain and France said": the list's verb
            i = listed + 1
        # "Ukraine and pro-Russian separatists have": step over coordinated names.
        elif (
            i + 1 < len(tokens)
            and tokens[i].norm == "and"
            and self.text[tokens[last].end : tokens[i].start].isspace()
        ):
            i += 1
            i += tokens[i].norm == "the" and i + 1 < len(tokens) and tokens[i + 1].capitalised
            named = tokens[i].capitalised and tokens[i].norm not in lexicon.demonyms
            i += 1
            while named and i < len(tokens) and tokens[i].capitalised:
                if not self._adjacent(tokens[i - 1], tokens[i]):
                    break
                i += 1  # "Kenya and the United Kingdom, with ..., struck": past the other name
            while (
                not named
                and i < len(tokens)
                and tokens[i].norm not in lexicon.acting_verbs
                and i <= last + 5
            ):
                counted = tokens[i - 1].norm.isdigit() or tokens[i - 1].norm in numbers
                # "tanks and 20 | armored vehicles": a participle after a count describes
                past = loosely and _past(tokens[i], self.language) and not counted
                # "men and ... dead | in attacks": a place phrase's noun is no verb
                if (
                    tokens[i].norm in lexicon.subject_fillers
                    or past
                    or tokens[i].norm in _PLACE_PHRASE
                ):
                    break
                i += 1
        steps = 0
        place_phrase = auxiliary = False
        opened = self._named_in_aside(first)  # "The rebels, known as | the ZLF, | decided"
        while i < len(tokens) and steps < 4:
            gap = self.text[tokens[i - 1].end : tokens[i].start]
            if gap.startswith(".") and ends_with_abbreviation(self.text, tokens[i - 1].end):
                gap = gap[1:]  # "on Feb. 16 marched": no sentence ends
            if any(ch in gap for ch in ".;:()\n") or gap == "-":
                return False  # "U.S.-supplied": one word whose first part names the source
            norm = tokens[i].norm
            if not steps and self._aside_opens(i):
                i, steps = self._aside_end(i), 1  # ", with support from Canada, struck"
                opened = True
                continue
            relative = (  # "rebels, who took the town": not "in Madaen, Iraq, which took"
                gap == ", "
                and norm in _RELATIVES
                and i == last + 1
                and not self._after_comma(first)
            )
            if "," in gap and not (opened and gap == ", ") and not relative:
                return False  # "authorities in Kenya's capital, Nairobi, were" goes on
            describer = norm in _PLACE_PHRASE or norm in _word_set(
                self.language, "group_describers"
            )
            if loosely and describer and not place_phrase:  # "residents in Gao said"
                place_phrase = True
                i, comma = self._phrase_end(i + 1, last)
                opened = opened or comma
                if (
                    opened
                    and i < len(tokens)
                    and "," not in self.text[tokens[i - 1].end : tokens[i].start]
                ):
                    return False  # "reporters in Lima, | Ana Ruiz said": no aside closes
                continue
            if tokens[i - 1].norm in _PASSIVE and self._infinitive_after(i):
                # "Chile is set to sign", "Ruiz was due to meet": its own act; not "the
                # trial of X is set to begin"
                return self._opens_clause_at(first)
            if i + 1 < len(tokens) and tokens[i + 1].norm == "been":
                doing = i + 2 < len(tokens) and tokens[i + 2].norm.endswith("ing")
                return doing and tokens[i + 2].norm != "being"  # not "have been killed"
            # "were killed", "was also killed": done to them ("were still working" is not)
            passive = tokens[i - 1].norm in _PASSIVE or (auxiliary and not norm.endswith("ing"))
            if norm in lexicon.acting_verbs:
                return not passive
            if (
                loosely
                and norm.endswith("ing")
                and norm not in _PASSIVE
                and tokens[i - 1].norm in _PASSIVE
                and _past(tokens[i], self.language)
            ):  # "rebels were advancing": doing, but not "were missing", "were dying"
                return norm not in _word_set(self.language, "undergoing_states")
            if loosely and _past(tokens[i], self.language):
                return not passive and not self._undergoes(i)
            if (
                norm in lexicon.subject_fillers
                or (loosely and norm in _PROGRESSIVE)  # "were still working"
                or norm in _DATE_FILLERS  # "Kyiv on Monday said"
                or norm in lexicon.date_words
                or (norm.isdigit() and tokens[i - 1].norm in lexicon.date_words)  # "Feb. 16"
                or (norm.endswith("ly") and len(norm) > 4)
            ):
                auxiliary = auxiliary or norm in _PASSIVE
                i += 1
                steps += 1
                continue
            if (
                loosely
                and not auxiliary
                and tokens[first].capitalised  # a name: "Ruiz resigns", not "women and"
                and not lexicon.collective_nouns.at(tokens, i)
                # "Goshta districts in Nangarhar", "Tilla Wen towns": a plural of a place's word
                and tokens[i].norm[:-1] not in lexicon.place_words | lexicon.region_words
                and tokens[i].norm not in lexicon.settlement_plurals
            ):
                return _present(tokens[i], tokens[i + 1] if i + 1 < len(tokens) else None)
            return False
        return False

    def _acts_in_entry(self, first: int, last: int) -> bool:
        """Whether the words at tokens ``first..last`` open an entry of a chronology, after
        its date and colon, and a verb in the bare present follows them, maybe past other
        subjects ("3 May: Police | fire on students", "June 2024: The rebels and the
        soldiers | agree a truce"); not a noun that a verb in "-s" follows ("Police fire |
        kills two")."""
        tokens = self.tokens
        joins = frozenset(("and", *_word_set(self.language, "articles")))

        def subject(k: int) -> bool:  # a word of a subject of several parties
            return (
                tokens[k].norm in joins
                or tokens[k].capitalised
                or bool(self.lexicon.collective_nouns.at(tokens, k))
            )

        j = first
        while j > max(0, first - _MOST_WORDS_BESIDE_A_GROUP) and ":" not in self._gap(j):
            if not subject(j - 1):
                return False
            j -= 1
        head = tokens[j - 1] if j else None
        if head is None or ":" not in self._gap(j):
            return False
        if not head.norm.isdigit() and head.norm not in self.lexicon.date_words:
            return False
        i = last + 1
        while (
            i < min(len(tokens), last + _MOST_WORDS_BESIDE_A_GROUP)
            and subject(i)
            and self._gap(i).isspace()
        ):
            i += 1  # "The rebels and the soldiers | agree"
        if i >= len(tokens) or not self._gap(i).isspace():
            return False
        verb, following = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else None
        if following is not None and (_present(following, None) or _past(following, self.language)):
            return False  # "Police fire | kills two", "Media ban | ordered": a noun
        return (
            verb.text.isalpha()
            and verb.text.islower()
            and len(verb.norm) > 2
            and not _past(verb, self.language)
            and verb.norm not in _AFTER_A_PLURAL
            and verb.norm not in _stopwords(self.language)
            and verb.norm not in self.lexicon.subject_fillers
        )

    def _gap(self, index: int) -> str:
        """The text between token ``index`` and the token before it."""
        return self.text[self.tokens[index - 1].end : self.tokens[index].start] if index else ""

    def _opens_clause_at(self, first: int) -> bool:
        """Whether the name or group at token ``first`` is no complement of a noun before it
        in its clause: no preposition stands between the clause's start (its sentence's or a
        comma) and it, but one after a count ("the trial of | X", not "thousands of |
        protesters", "Over six million | voters"), or a conjunction right before it opens
        its clause ("days before | X is set to")."""
        tokens = self.tokens
        prepositions = _word_set(self.language, "phrase_prepositions")
        numbers = _word_set(self.language, "number_words")
        conjunctions = _word_set(self.language, "other_clause_openers")
        i = first
        while i > 0 and not tokens[i].sentence_start and not self._after_comma(i):
            word, before = tokens[i - 1], tokens[i - 2].norm if i > 1 else ""
            if i == first and word.norm in conjunctions:
                return True  # "days before | Ana Ruiz is set to take office": a clause
            counted = before.isdigit() or before in numbers
            if word.norm in prepositions and not word.sentence_start and not counted:
                return False
            i -= 1
        return True

    def _infinitive_after(self, index: int) -> bool:
        """Whether the word at token ``index`` is followed by "to" and a verb in the active
        ("set | to sign", "due | to meet"), not a noun phrase ("taken | to the hospital") nor
        a passive ("expected | to be sanctioned"), all in one phrase."""
        tokens = self.tokens
        if index + 2 >= len(tokens) or tokens[index + 1].norm != "to":
            return False
        verb = tokens[index + 2]
        gaps = self.text[tokens[index].end : verb.start].split()
        not_verbs = _word_set(self.language, "articles") | _word_set(
            self.language, "owner_pronouns"
        )
        return (
            gaps == ["to"]
            and verb.text.isalpha()
            and verb.text.islower()
            and verb.norm not in not_verbs
            and verb.norm not in _PASSIVE
        )

    def _phrase_end(self, noun: int, last: int) -> tuple[int, bool]:
        """The token after the phrase whose noun is at token ``noun``, right after the
        describing word ("in", "of", "loyal") of the words ending at token ``last``: the
        phrase runs to the next verb ("residents in | the capital | marched", "gunmen loyal
        | to the old government | attacked"); and whether a comma is inside it."""
        tokens, lexicon = self.tokens, self.lexicon
        openers = _adjective_openers(self.language)
        i, comma = noun, False
        while (
            i < last + 10
            and i < len(tokens)
            and (
                i == noun  # the word right after "in" is its noun, no verb ("people in | strikes")
                or self._counted_noun(i)  # "people in two | strikes"
                or tokens[i - 1].norm in openers  # "of the | detained men", "to | ousted"
                or (
                    tokens[i].norm not in lexicon.acting_verbs
                    and tokens[i].norm not in irregular_past(self.language)
                    and tokens[i].norm not in _PASSIVE
                    and tokens[i].norm not in _word_set(self.language, "relative_words")
                    and not self._verb_after_phrase(i)
                )
            )
            and self._in_phrase(tokens[i - 1], tokens[i])
        ):
            comma = comma or "," in self.text[tokens[i - 1].end : tokens[i].start]
            i += 1
        return i, comma

    def _counted_noun(self, index: int) -> bool:
        """Whether the word at token ``index``, ending in "s", follows an article or a
        number, the number maybe past one describing word ("in the | strikes", "in two |
        strikes", "in two separate | strikes"): a plural noun, no verb."""
        tokens = self.tokens
        if not tokens[index].norm.endswith("s"):
            return False  # "residents in the capital | marched"
        numbers = _word_set(self.language, "number_words")
        articles = _word_set(self.language, "articles")
        before = tokens[index - 1]
        if before.norm.isdigit() or before.norm in numbers or before.norm in articles:
            return True
        counted = tokens[index - 2] if index >= 2 else None
        return (
            counted is not None
            and (counted.norm.isdigit() or counted.norm in numbers)
            and not before.capitalised
            and before.norm not in self.lexicon.acting_verbs
        )

    def _party_between(self, first: int) -> bool:
        """Whether the words at token ``first`` are one of the two sides after "between"
        that a noun of clashing, fighting or talking before it names, maybe past its verb
        and a date ("clashes erupted on Monday between | Chile and | Peru"); not the two
        places of a border or a road ("the border between Chile and Peru"), nor where the
        sides are ("between militias and tribes in | Sweida")."""
        tokens = self.tokens
        j, steps = first - 1, 0
        while j > 0 and steps < _PARTY_REACH and tokens[j].norm not in ("between", "and"):
            if tokens[j].norm in self.lexicon.locative_prepositions:
                return False  # "tribes in | Sweida province": where, no side
            j, steps = j - 1, steps + 1  # "between | local Sunni Bedouin tribes"
        if j > 0 and tokens[j].norm == "and":
            # the last side: commas may list sides before the "and" ("between protesters,
            # police and | activists"), but none parts it from the "and" ("and Peru, | Chile")
            joint = j
            if not self._unbroken(joint, first):
                return False
            j, steps = j - 1, 0
            while j > 0 and steps < 2 * _PARTY_REACH and tokens[j].norm not in ("between", "and"):
                j, steps = j - 1, steps + 1  # "between | Druze militias and"
        else:  # the first or a middle side: the last follows ("between | police, rebels and")
            joint = next(
                (
                    k
                    for k in range(first + 1, first + 2 * _PARTY_REACH)
                    if k < len(tokens) and tokens[k].norm == "and"
                ),
                0,
            )
            if not joint or not self._unbroken(first, joint, listed=True):
                return False
        if j <= 0 or tokens[j].norm != "between" or not self._unbroken(j, joint, listed=True):
            return False
        nouns = _word_set(self.language, "party_nouns")
        determiners = _word_set(self.language, "name_openers")
        scene = _word_set(self.language, "scene_words")
        for k in range(j - 1, max(j - 1 - _PARTY_REACH, -1), -1):
            if not self._unbroken(k, k + 1):
                return False
            if tokens[k].norm in nouns:  # "amid | fierce clashes between": a scene
                return not any(
                    tokens[i].norm in scene and self._unbroken(i, k)
                    for i in range(max(k - 3, 0), k)
                )
            if tokens[k].norm in determiners:
                return False  # "the border between": another noun's
        return False

    def _listed_sides(
        self, groups: Sequence[tuple[int, CollectiveActor, int]]
    ) -> set[tuple[int, int]]:
        """The spans of three or more groups listed as the sides of a clash after "between"
        ("clashes between | protesters, police and activists |"), read whole as a list of
        names is where a clause's commas cut it."""
        tokens, starts = self.tokens, {t.start: i for i, t in enumerate(self.tokens)}
        spans: set[tuple[int, int]] = set()
        for start, _, _ in groups:
            first = starts[start]
            if first == 0 or tokens[first - 1].norm != "between" or not self._party_between(first):
                continue
            joint = next(
                (
                    k
                    for k in range(first + 1, min(first + 2 * _PARTY_REACH, len(tokens)))
                    if tokens[k].norm == "and"
                ),
                0,
            )
            if not joint or "," not in self.text[start : tokens[joint].start]:
                continue
            last = next(((s, e) for s, _, e in groups if s > tokens[joint].start), None)
            if (
                last is not None
                and starts[last[0]] - joint <= _PARTY_REACH
                and self._unbroken(joint, starts[last[0]])
            ):
                spans.add((start, last[1]))
        return spans

    def _fought(self, first: int) -> bool:
        """Whether the group at token ``first`` is the other party of a fight: the object of
        a verb of fighting ("battling | rebels"), or after "with" or "against" a word of
        fighting ("clashed with | rebels", "gun battles with | separatists"), unless that
        word sets the scene ("amid clashes with rebels")."""
        tokens, k = self.tokens, first - 1
        while (
            k > max(0, first - 1 - _MOST_WORDS_BESIDE_A_GROUP)
            and tokens[k].norm in self.lexicon.collective_modifiers
        ):
            k -= 1  # "clashed with dissident | FARC fighters"
        k -= k > 0 and tokens[k].norm == "the"
        if k <= 0 or not self._unbroken(k, first):
            return False
        fights = _word_set(self.language, "fight_words")
        if tokens[k].norm not in ("with", "against"):
            return tokens[k].norm in fights
        k -= 1
        if not self._unbroken(k, k + 1) or tokens[k].norm not in fights:
            return False
        scene = _word_set(self.language, "scene_words")
        return not any(
            tokens[i].norm in scene and self._unbroken(i, k) for i in range(max(k - 3, 0), k)
        )

    def _unbroken(self, first: int, last: int, listed: bool = False) -> bool:
        """Whether no punctuation parts the tokens ``first`` to ``last``; with ``listed``,
        commas may, as they part the items of a list."""
        tokens = self.tokens
        marks = ".;:()\n" if listed else ",.;:()\n"
        return all(
            not any(ch in self.text[t.end : n.start] for ch in marks)
            for t, n in zip(tokens[first:last], tokens[first + 1 : last + 1], strict=True)
        )

    def _agent_listed(self, joint: int) -> bool:
        """Whether the "and" at token ``joint`` ends a name that follows "by" ("mediated by
        the US and | France"): the name after it is an agent too."""
        tokens, k = self.tokens, joint - 1
        while k > 0 and joint - k <= 4 and self._name_word(tokens[k]):
            k -= 1
        if k < joint - 1 and tokens[k].norm == "the":
            k -= 1
        return 0 <= k < joint - 1 and tokens[k].norm == "by"

    def _after_comma(self, index: int) -> bool:
        """Whether a comma stands right before token ``index``."""
        return "," in self._gap(index)

    def _aside_opens(self, index: int) -> bool:
        """Whether an aside between commas opens at token ``index`` on a word of partners,
        a relative pronoun or an article describing the name before (", with support from
        Canada,", ", which borders Sudan,", ", a country of 19 million,"), or tells who
        tells it (", residents said,")."""
        tokens = self.tokens
        if (
            not 0 < index < len(tokens)
            or self.text[tokens[index - 1].end : tokens[index].start] != ", "
        ):
            return False
        norm = tokens[index].norm
        end = self._aside_end(index)
        opener = (
            norm in _word_set(self.language, "aside_openers")
            or norm in _RELATIVES
            or norm in _word_set(self.language, "apposition_openers")
            # a name opening its sentence, then what it is or its age (", the pipeline
            # operator,", ", 58,"); "However, the rebels" opens on a common word, no name
            or (
                tokens[index - 1].sentence_start
                and (norm in _word_set(self.language, "articles") or end == index + 1)
            )
        )
        # ", residents said,", not ", said a statement,": the teller, then the verb
        verbs = _word_set(self.language, "telling_verbs")
        telling = any(t.norm in verbs for t in tokens[index + 1 : end])
        return end < len(tokens) and (opener or telling)

    def _aside_end(self, index: int) -> int:
        """The token after an aside opening at token ``index`` and closed by a comma
        (lists of names inside it go on: "with support from Canada, Denmark, and Norway,"),
        else the end of the tokens."""
        tokens = self.tokens
        for i in range(index, min(index + _ASIDE_REACH, len(tokens) - 1)):
            i = max(i, self.lists.get(i, (i, i))[1])
            if i + 1 >= len(tokens):  # a list closes the sentence
                break
            gap = self.text[tokens[i].end : tokens[i + 1].start]
            if tokens[i].possessive:  # "the Kurdistan Workers' | Party," goes on
                gap = _POSSESSIVE_MARK.sub("", gap, count=1)
            if gap == ", ":
                return i + 1
            decimal = gap == "." and tokens[i].norm.isdigit() and tokens[i + 1].norm.isdigit()
            if not gap.isspace() and not decimal:  # "2.4 million" goes on
                break
        return len(tokens)

    def _has_undergone(self, last: int) -> bool:
        """Whether the group ending at token ``last`` is followed by a perfect tense of what
        befalls it ("people have died", "soldiers had drowned")."""
        tokens, after = self.tokens, last + 1
        return (
            after + 1 < len(tokens)
            and tokens[after].norm in _word_set(self.language, "perfect_helpers")
            and tokens[after + 1].norm in _word_set(self.language, "undergoing_verbs")
            and self._adjacent(tokens[last], tokens[after])
        )

    def _undergoes(self, verb: int) -> bool:
        """Whether the past tense at token ``verb`` tells what befalls its subject ("people
        died", "civilians killed by shelling"), not what it does."""
        tokens = self.tokens
        following = tokens[verb + 1].norm if verb + 1 < len(tokens) else ""
        return (
            tokens[verb].norm in _word_set(self.language, "undergoing_verbs") or following == "by"
        )

    def _source_of_act(self, first: int) -> bool:
        """Whether the name at token ``first`` is where an attack comes from ("attacks from
        Russia", "fire from the Israeli side"): the side that makes it."""
        tokens = self.tokens
        j = first - 1 - (first > 1 and tokens[first - 1].norm == "the")
        return (
            j > 0
            and tokens[j].norm == "from"
            and tokens[j - 1].norm in _word_set(self.language, "acts_from_their_source")
        )

    def _agent(self, first: int) -> bool:
        """Whether the words at token ``first`` are the agent of a passive, past one or two
        adjectives ("seized by renegade soldiers", "taken by heavily armed men")."""
        tokens, j = self.tokens, first - 1
        stops = set(_words(self.language, "bystander_words")) | self.lexicon.acting_verbs
        while (
            j >= 0
            and first - j <= 2
            and tokens[j].norm != "by"
            and not tokens[j].capitalised
            and tokens[j].norm not in stops
            and self.text[tokens[j].end : tokens[j + 1].start].isspace()
        ):
            j -= 1
        if not (0 < j < first - 1 and tokens[j].norm == "by"):
            return False
        verb = tokens[j - 1].norm  # "seized by", not "a protest by"
        return verb.endswith(("ed", "en")) or verb in irregular_past(self.language)

    def _owns_act(self, last: int) -> bool:
        """Whether the name ending at token ``last`` owns an act named after it ("Turkey's
        January attack", "Russia's delivery of jets"): the owner does it."""
        tokens = self.tokens
        if not tokens[last].possessive:
            return False
        against = _word_set(self.language, "against_the_state")
        for at, token in enumerate(tokens[last + 1 : last + 4], start=last + 1):
            if not self._adjacent(tokens[last], token) and token is tokens[last + 1]:
                return False
            following = tokens[at + 1].norm if at + 1 < len(tokens) else ""
            if token.norm in against and following not in _stopwords(self.language):
                return False  # "Kenya's opposition party": a group against the state
            if _act_noun(token.norm, self.language):
                return True
            if token.norm not in self.lexicon.date_words and not token.norm.endswith("ly"):
                return False
        return False

    def _verb_after_phrase(self, index: int) -> bool:
        """Whether the word at token ``index`` is a past tense ending a place phrase ("in
        Kinshasa | blocked"), not a participle describing its place ("in the flooded areas",
        "of the | detained men", "loyal to | ousted leaders")."""
        before = self.tokens[index - 1].norm
        return _past(self.tokens[index], self.language) and before not in _adjective_openers(
            self.language
        )

    def _in_phrase(self, token: Token, following: Token) -> bool:
        """Whether ``following`` goes on the phrase ``token`` is in: only a space between
        them, or a comma opening a name ("Kenya's capital, Nairobi")."""
        gap = self.text[token.end : following.start]
        gap = _POSSESSIVE_MARK.sub("", gap, count=1) if token.possessive else gap
        if gap.isspace():
            return True
        return gap == ", " and following.capitalised

    # --- groups ----------------------------------------------------------------------------

    def _collectives(
        self, names: Sequence[tuple[int, int]], bodies: Sequence[tuple[int, str]]
    ) -> list[_Found]:
        """The groups of the text; ``names`` are the spans of the names found, sorted: a
        group word inside one ("Rapid Support Forces") is no group. ``bodies`` are the
        states and organisations named, by offset: "its forces" are the forces of the last
        one named before in the sentence."""
        tokens, lexicon = self.tokens, self.lexicon
        taken = {start for start, _ in names}
        body_starts = [start for start, _ in bodies]
        names_by_end = {end: start for start, end in names}
        body_names = dict(bodies)
        owners = _words(self.language, "owner_pronouns")
        sentence = previous = 0  # where the sentence of token i starts, and the one before
        found: list[_Found] = []
        seen: dict[str, str] = {}  # a group word's last side: "the coalition" after "a Saudi-led"
        for i in range(len(tokens)):
            if tokens[i].sentence_start:
                previous, sentence = sentence, tokens[i].start
            if _inside(names, tokens[i].start):
                continue
            size = lexicon.collective_nouns.at(tokens, i)
            action = 0 if size else _side_actions(self.language).at(tokens, i)
            nation = "" if size or action else self._nation(tokens[i])  # "Chileans"
            size = size or action or int(bool(nation))
            if not size or (found and found[-1].end > tokens[i].start):
                continue  # "war planes" is one group, not also "planes"
            after = i + size
            while (
                after < min(len(tokens), i + size + _MOST_WORDS_BESIDE_A_GROUP)
                and tokens[after].norm in lexicon.role_nouns
            ):
                after += 1  # "military spokesman Dmitry Peskov"
            following = tokens[after] if after < len(tokens) else None
            qualifies = (  # "the military | wing of Hamas": a part of a body
                following is not None
                and after == i + size
                and following.norm in _word_set(self.language, "qualified_nouns")
                and self._adjacent(tokens[after - 1], following)
            )
            if (
                following is not None
                and following.capitalised
                and not following.sentence_start
                and following.norm not in lexicon.date_words  # "attacks Wednesday killed"
            ):
                described = body_names.get(following.start)
                owned = tokens[after - 1].possessive  # "the army's Northern Command": its part
                if (
                    described
                    and after == i + size
                    and not owned
                    and self.bodies.get(key(described))
                ):
                    seen[tokens[after - 1].norm] = described  # "the militia Zentar Brigade"
                continue  # "spokesman Dmitry Peskov" is a person
            first = i
            describers = _word_set(self.language, "act_describers") if action else frozenset()
            machine = " ".join(t.norm for t in tokens[i : i + size])
            models = machine in _word_set(self.language, "machine_groups")
            while (
                first > max(0, i - _MOST_WORDS_BESIDE_A_GROUP)
                and (  # "Russia's latest overnight | drone strikes"
                    tokens[first - 1].norm in lexicon.collective_modifiers
                    or tokens[first - 1].norm in describers
                    or (models and _MODEL.fullmatch(tokens[first - 1].text) is not None)
                )
                and not _inside(names, tokens[first - 1].start)  # "White Army | fighters"
                and self._adjacent(tokens[first - 1], tokens[first])  # not past a headline
            ):
                first -= 1
            last = i + size - 1
            body = None if action else self._body_ending_before(first, names_by_end, body_names)
            if body is not None:  # "White Army fighters": the body's own
                first, side = body
            else:  # "Russian aerial | attacks"
                first = first if nation else self._after_demonym(first)
                side, first = self._side(
                    first, bool(action) or self._members(tokens[last].norm), act=bool(action)
                )
                doubts = _word_set(self.language, "doubt_words")
                while first > 0 and tokens[first - 1].norm in doubts:
                    first -= 1  # "suspected | Chilean settlers", "after suspected | militants"
            side = side or nation
            unit = found[-1] if found else None  # "U.S. Navy | sailors": the unit's members
            if unit and unit.start <= tokens[first].start < unit.end and not side:
                first, side = bisect.bisect_left(self.starts, unit.start), unit.side
            if side and self._against_its_state(first, last, side):
                side = ""  # "Syrian rebel forces", "Sudanese paramilitaries": not the state's
            sides: list[str] = []
            if side:  # "French and Malian forces": a group of each side
                sides, first = self._sides_before(first)
                sides.append(side)
            elif self._kin_word(tokens[first]):  # "Arab and Muslim leaders": one group
                first = self._listed_before(first, self._kin_word)
            elif tokens[last].norm in _word_set(self.language, "state_groups"):
                sides = self._sides_after(last)  # "police in Myanmar"
            if not side and self._office(first, last):
                sides = [self.publisher or self._story_state(first)]  # "the Foreign Secretary"
            if not side and first and not action:
                first = self._after_nouns(first, lambda t: t.norm in owners)  # "its | drone units"
            if not side and first and tokens[first - 1].norm in owners:
                owner = bisect.bisect_left(body_starts, tokens[first].start) - 1
                named = [bodies[owner]] if owner >= 0 else []  # "Kyiv said its forces"
                if found and found[-1].side:  # "Chile's army said its troops"
                    named.append((found[-1].start, found[-1].side))
                start, name = max(named, default=(-1, ""))
                side = name if start >= sentence else ""
                if not side and tokens[first - 1].sentence_start:  # "Chile fired. | Its drones"
                    side = self._body_opening(previous, sentence, bodies, found)
                sides = [side] if side else sides
            body_owning = "" if side or action else self._owner(last, body_names)
            if body_owning:  # "fighters of the White Army", as "White Army fighters"
                side, sides = body_owning, [body_owning]
            told = bool(side)  # a side its words give, not one read from the story
            if not side and not action:
                side = self._side_again(first, last, seen) or self._government_side(first, last)
                followers = tokens[last].norm in _word_set(self.language, "follower_groups")
                side = side or (self._party_opening(first) if first < i and not followers else "")
                sides = [side] if side else sides
            if (tokens[first].start in taken or qualifies) and not side:
                continue  # no side: "the military wing of Hamas" names no group
            if action and not side:
                continue  # "the raid": nobody named
            if not side and " ".join(t.norm for t in tokens[i : last + 1]) in _word_set(
                self.language, "sided_groups"
            ):
                continue  # "crew members", not "PKK members": members of no one named
            machines = _word_set(self.language, "machine_groups")
            if not side and " ".join(t.norm for t in tokens[i : last + 1]) in machines:
                continue  # "drones struck the market": nobody named
            subject = first
            if found and self._coordinated(found[-1], first):  # "by residents and volunteers"
                subject = bisect.bisect_left(self.starts, found[-1].start)
            plain = tokens[last].norm in _plain_groups(self.language) or bool(nation)
            if (
                (plain or not told)
                and not self._acts(subject, last, loosely=True)
                and not self._fought(first)
            ):
                continue  # a group without a side counts when it acts
            if side and not action and self._harmed(last):
                continue  # "six Chilean soldiers were killed": done to, its side does not act
            if not action and self._has_undergone(last):
                continue  # "60 people have died": befallen, whoever they are
            if not action and self._harmed_after(last):
                continue  # "15 people killed overnight": a harm's participle, no object
            dead = first and tokens[first - 1].norm in _word_set(self.language, "dead_words")
            if dead and self._adjacent(tokens[first - 1], tokens[first]):
                continue  # "the dead | inmates belonged to a gang", not "left two dead, | police"
            # "Hamas fighters" where Hamas acts elsewhere, "Houthi rebels" where "the Houthis" do
            word = tokens[first].norm
            sides = sides or [self.bodies.get(word) or self.bodies.get(f"{word}s", "")]
            # "strikes in Lima", "battling rebels in Lima": where the act or the fight is
            end = last if action or self._fought(first) else self._placed_end(last)
            fight = self._fought(first) or self._party_between(first)
            if end == last and not (action or any(sides) or fight):
                end = self._described_end(last, taken)  # "Gunmen | loyal to the old regime | fired"
            if end > last and self._holder_beside(last, end, taken):
                continue  # "the top official in Kherson, | Ana Ruiz,": the person acts
            text = self.text[tokens[first].start : tokens[end].end]
            while found and found[-1].start >= tokens[first].start:
                found.pop()  # "Ukrainian military spokesman" holds "Ukrainian military"
            found += [
                _Found(tokens[first].start, tokens[last].end, text, "collective", name)
                for name in _unique(sides)
            ]
            if len(_unique(sides)) == 1 and sides[0]:
                seen[tokens[last].norm] = sides[0]
        return found

    def _reciprocal_groups(
        self, bodies: Sequence[tuple[int, str]], groups: Sequence[_Found]
    ) -> list[_Found]:
        """The groups standing for the two states named last before them ("India struck
        Pakistan. Both sides agreed a truce": "Both sides" of India and of Pakistan), one
        per side. A side named earlier in the group's sentence with no comma between is the
        one acting on the group ("Chile urged both sides"), not one of them. The sides are
        states: a body besides them may be a mediator or a witness ("the UN said"). The
        group counts where it acts ("both sides agreed") or owns a group ("envoys of both
        countries"), not where it is a scene ("fire from both sides"); without two sides,
        no group."""
        tokens, language = self.tokens, self.language
        phrases = _reciprocal_phrases(language)
        states = _state_names(language)
        links = _word_set(language, "reciprocal_links")
        openers = _word_set(language, "other_clause_openers")
        taken = [(g.start, g.end) for g in groups]
        found: list[_Found] = []
        starts = [start for start, _ in bodies]
        sentences: list[int] = [0]  # where the group's sentence and those before it start
        for i, token in enumerate(tokens):
            if token.sentence_start and i:
                sentences.append(token.start)
            size = phrases.at(tokens, i)
            if not size or _inside(taken, token.start):
                continue
            last = i + size - 1
            owned = i > 0 and tokens[i - 1].norm in links  # "envoys of | both countries"
            opens = i > 0 and tokens[i - 1].norm in openers  # "before | both sides agreed"
            scene = self._after_preposition(i) and not opens
            if (
                not owned
                and not tokens[last].possessive
                and (scene or not self._acts(i, last, True))
            ):
                continue  # "fighting between | the two neighbours broke out": a scene
            sides: list[str] = []
            earliest = sentences[max(0, len(sentences) - 1 - _MOST_SENTENCES_BEFORE_SIDES)]
            # the bodies before the group, nearest first, back to the earliest sentence
            for k in range(bisect.bisect_left(starts, token.start) - 1, -1, -1):
                start, name = bodies[k]
                if start < earliest:
                    break
                if name in sides or name not in states:
                    continue
                if start >= sentences[-1] and "," not in self.text[start : token.start]:
                    continue  # "Chile urged both sides": Chile acts on them
                sides.append(name)
                if len(sides) == 2:
                    break
            if len(sides) < 2:
                continue
            first = i + 1 if tokens[i].norm in _word_set(language, "articles") else i
            text = self.text[tokens[first].start : tokens[last].end]
            found += [
                _Found(tokens[first].start, tokens[last].end, text, "collective", side)
                for side in reversed(sides)
            ]
        return found

    def _body_opening(
        self,
        opening: int,
        end: int,
        bodies: Sequence[tuple[int, str]],
        found: Sequence[_Found],
    ) -> str:
        """The state or organisation that the sentence from offset ``opening`` to ``end``
        opens on, maybe past "the" ("Chile fired", "The Zentar Front attacked"), or the side
        of a group it opens on ("The Chilean army fired"); "" when it opens on nothing named
        ("On Monday, Chile fired", "Ana Ruiz said"): whom "its" opening the next one means."""
        at = bisect.bisect_left(self.starts, opening)
        if at < len(self.tokens) and self.tokens[at].norm in _word_set(self.language, "articles"):
            at += 1  # "The | Zentar Front"
        if at >= len(self.tokens) or self.tokens[at].start >= end:
            return ""
        start = self.tokens[at].start
        named = dict(bodies).get(start, "")
        group = next((g.side for g in found if g.start in (opening, start)), "")
        return named or group

    def _holder_beside(self, last: int, end: int, taken: set[int]) -> bool:
        """Whether the role ending at token ``last``, placed by the words up to token
        ``end``, has a person's name set beside it after a comma, maybe past a title ("the
        chief official in Maule, | General Ana Ruiz,"): the role describes that person."""
        tokens = self.tokens
        if tokens[last].norm not in self.lexicon.role_nouns or end + 1 >= len(tokens):
            return False
        if self.text[tokens[end].end : tokens[end + 1].start] != ", ":
            return False
        name = end + 1 + self.lexicon.person_titles.at(tokens, end + 1)
        return name < len(tokens) and tokens[name].start in taken

    def _owner(self, last: int, bodies: Mapping[int, str]) -> str:
        """The body owning the group ending at token ``last``, named right after a link and
        maybe an article ("fighters of the | White Army", "fighters in a | Zentar Front"),
        when it is no state (whose groups its words name); else "" ("fighters of our Air
        Force": the speaker's state's)."""
        tokens = self.tokens
        j = last + 1
        if j >= len(tokens) or tokens[j].norm not in _word_set(self.language, "group_links"):
            return ""
        j += 1
        if j < len(tokens) and tokens[j].norm in _word_set(self.language, "articles"):
            j += 1
        if j >= len(tokens) or not all(
            self._adjacent(t, n)
            for t, n in zip(tokens[last:j], tokens[last + 1 : j + 1], strict=True)
        ):
            return ""
        name = bodies.get(tokens[j].start, "")
        states = _state_names(self.language)
        country, size = self._country_at(j)
        after = j + size
        if country and after < len(tokens) and tokens[after - 1].possessive:
            owned = bodies.get(tokens[after].start, "")  # "fighters of Chile's | Zentar Front"
            if owned and owned not in states and self._adjacent(tokens[after - 1], tokens[after]):
                return owned
        if name and name not in states:
            return name
        if tokens[last].norm not in _word_set(self.language, "force_members"):
            return ""
        return self._state_force_at(j) or ("" if name else self._acronym_alone(j))

    def _state_force_at(self, index: int) -> str:
        """The state whose own force or body the words at token ``index`` name by its
        country's name or adjective ("the Chilean Army", "Peru's military", "the Chilean
        government"), else "" ("the Chilean opposition", "the Chilean rebel army")."""
        tokens, lexicon = self.tokens, self.lexicon
        for size in (3, 2, 1):
            after = index + size
            if after >= len(tokens) or not tokens[index].capitalised:
                continue
            name = " ".join(t.norm for t in tokens[index:after])
            country = lexicon.country_names.get(name) or lexicon.demonyms.get(name)
            if country is None or not self._unbroken(index, after):
                continue
            head = after
            while (
                head < min(len(tokens), after + 2)
                and not lexicon.collective_nouns.at(tokens, head)
                and tokens[head].norm in lexicon.collective_modifiers  # "Peruvian | armed | forces"
            ):
                head += 1
            group = lexicon.collective_nouns.at(tokens, head)
            owned = group and tokens[head + group - 1].norm in _word_set(
                self.language, "state_groups"
            )
            if not owned and not lexicon.state_bodies.at(tokens, head):
                return ""
            end = head + max(group, 1) - 1
            return "" if self._against_its_state(index, end, country.name) else country.name
        return ""

    def _acronym_alone(self, index: int) -> str:
        """The acronym at token ``index`` when it is a whole name, not the opening of a
        longer one ("ZLF,", "ZLF took"; not "ZLF security service"), and no country's."""
        tokens = self.tokens
        word = tokens[index]
        if not _is_acronym(word.text) or word.norm in self.lexicon.country_names:
            return ""
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if (
            following is not None
            and self._adjacent(word, following)
            and following.text.isalpha()
            and following.norm not in _stopwords(self.language)
            and not _past(following, self.language)
            and following.norm not in self.lexicon.acting_verbs
        ):
            return ""
        return word.text

    def _side_again(self, first: int, last: int, seen: dict[str, str]) -> str:
        """The side of a group described again by "the" and its word ("a Saudi-led
        coalition ... the coalition"): the side the last group of that word had."""
        before = self.tokens[first - 1].norm if first else ""
        return seen.get(self.tokens[last].norm, "") if before == "the" else ""

    def _government_side(self, first: int, last: int) -> str:
        """The side of a state's own institution named without its state ("Government
        troops", "the junta", "the army"): the state the article has named most often before
        it, "" when it names none more than once or the group fights it ("rebel army")."""
        words = _word_set(self.language, "government_words")
        if not any(t.norm in words for t in self.tokens[first : last + 1]):
            return ""
        state = self.story_states[bisect.bisect_left(self.country_positions, first)]
        if self.state_counts[state] < 2 or self._against_its_state(first, last, state):
            return ""  # a state named once is only mentioned ("the Prime Minister of Malaysia")
        return state  # "rebel army"

    def _body_ending_before(
        self, first: int, names_by_end: dict[int, int], body_names: dict[int, str]
    ) -> tuple[int, str] | None:
        """The first token and the name of a body (not a state, whose groups its words
        name: "the Kremlin spokesperson") or of a state's unit whose name ends right before
        the group's words at token ``first`` ("White Army | fighters", "Rapid Support Forces
        | fighters", "National Guard | soldiers"), else None."""
        before = self.tokens[first - 1] if first else None
        if before is None or before.possessive:
            return None  # "the Houthis' attacks": the owner of an act, read with the names
        gap = self.text[before.end : self.tokens[first].start]
        bracketed = self.text[before.start - 1 : before.start] == "(" and gap == ") "
        if not bracketed and not self._adjacent(before, self.tokens[first]):
            return None
        start = names_by_end.get(before.end)
        name = body_names.get(start, "") if start is not None else ""
        if start is None:
            return None
        at = bisect.bisect_left(self.starts, start)
        unit = self.lexicon.country_names.get(key(name)) is not None and any(
            self.lexicon.state_bodies.at(self.tokens, k) == first - k for k in range(at, first)
        )  # "National Guard | soldiers", "Chilean Air Force | pilots": the state's
        if key(name) not in self.bodies and not unit:
            return None
        return (first if bracketed else at), name  # "... (ZLF) | rebels": the group's words

    def _past_apposition(self, first: int) -> int:
        """Where the verb of a name set off by a comma may stand, from token ``first`` after
        the comma: past a noun phrase set beside the name and its closing comma ("Bo Lee, |
        a party official, | was shot"), or right there when the name is itself set beside
        a role and a form of "be" follows ("the army chief, Bo Lee, | was detained"); past
        the text's end for neither."""
        tokens, text = self.tokens, self.text
        if tokens[first].norm in _PASSIVE:
            return first
        opener = tokens[first].norm in _words(self.language, "apposition_openers")
        if not (opener or tokens[first].norm == "the" or tokens[first].possessive):
            return len(tokens)
        for i in range(first + 1, min(first + _APPOSED_REACH + 2, len(tokens))):
            gap = text[tokens[i - 1].end : tokens[i].start]
            if tokens[i - 1].possessive:
                gap = _POSSESSIVE_MARK.sub("", gap)
            if gap == ", " and tokens[i].norm in _PASSIVE:
                return i
            if not gap.isspace():
                break
        return len(tokens)

    def _harmed(self, last: int) -> bool:
        """Whether the group ending at token ``last`` is the subject of a harm told in the
        passive ("were killed", "was also wounded"), maybe past another group joined by
        "and" ("soldiers and 19 rebels were killed") or past a noun phrase set beside it
        ("Bo Lee, a party official, was shot dead")."""
        tokens = self.tokens
        harms = _word_set(self.language, "harm_participles")
        i, passive = last + 1, False
        if i < len(tokens) and self.text[tokens[last].end : tokens[i].start] == ", ":
            i = self._past_apposition(i)  # "Bo Lee, a party official, | was shot dead"
        start = i
        while i < len(tokens) and i <= start + 5:
            gap = self.text[tokens[i - 1].end : tokens[i].start]
            if i > start and any(ch in gap for ch in ".,;:()"):
                return False
            norm = tokens[i].norm
            if passive and (norm in harms or norm in _word_set(self.language, "undergoing_verbs")):
                return True
            if norm in _PASSIVE:
                passive = True
            elif not (passive and norm.endswith("ly")) and not (
                passive and norm in self.lexicon.subject_fillers
            ):
                if passive or norm in self.lexicon.acting_verbs or _past(tokens[i], self.language):
                    return False
            i += 1
        return False

    def _harmed_after(self, last: int) -> bool:
        """Whether a harm's participle right after the group ending at token ``last`` is
        told without an object, so of the group ("15 people killed overnight", "civilians
        wounded in the strike", "people displaced."; not "gunmen killed three soldiers",
        "troops killed at least ten")."""
        tokens, language = self.tokens, self.language
        verb = last + 1
        if verb >= len(tokens) or not self._adjacent(tokens[last], tokens[verb]):
            return False
        if tokens[verb].norm not in _word_set(language, "victim_participles"):
            return False
        after = verb + 1
        if after >= len(tokens) or not self._adjacent(tokens[verb], tokens[after]):
            return True  # "people displaced.": the sentence or clause ends
        following = tokens[after].norm
        followers = _word_set(language, "victim_participle_followers")
        if following not in followers and following not in self.lexicon.date_words:
            return False  # "killed three soldiers", "killed Ana Ruiz"
        counted = tokens[after + 1] if after + 1 < len(tokens) else None
        numbers = _word_set(language, "number_words") | _word_set(language, "count_openers")
        return counted is None or not (counted.norm.isdigit() or counted.norm in numbers)

    def _against_its_state(self, first: int, last: int, side: str) -> bool:
        """Whether the group at tokens ``first`` to ``last`` of a state's ``side`` names
        itself by fighting or opposing that state ("rebel", "opposition", "paramilitary")."""
        words = _word_set(self.language, "against_the_state")
        return side in _state_names(self.language) and any(
            t.norm in words for t in self.tokens[first : last + 1]
        )

    def _office(self, first: int, last: int) -> bool:
        """Whether tokens ``first`` to ``last`` are a capitalised title alone ("the Foreign
        Secretary called"): an office of the state that publishes the text, or of the
        state it is about."""
        tokens = self.tokens
        return tokens[first].capitalised and self.lexicon.person_titles.at(tokens, first) > (
            last - first
        )

    def _side(self, first: int, by_acronym: bool, act: bool = False) -> tuple[str, int]:
        """The side of the group whose words start at token ``first``, and where the group's
        words start with it: a country or its adjective ("Russian forces", "U.S. forces",
        "South Sudan's army", "a Saudi-led coalition"), a capital's possessive ("Moscow's
        forces"), an organisation ("RSF fighters"),
        with ``by_acronym`` a body's acronym or a name opening on a particle ("G7 leaders",
        "an M23 offensive", "the al-Shabab attack"), a name's possessive unless ``act`` (the
        words name an act: "the Houthis' attacks" is read with the names) ("Hamas's
        spokesman"), else a name kept in the group's words without a side ("Houthi rebels")."""
        tokens, lexicon = self.tokens, self.lexicon
        for size in (3, 2, 1):
            left = first - size
            if left < 0 or any(
                not self._adjacent(t, n)
                for t, n in zip(tokens[left:first], tokens[left + 1 : first + 1], strict=True)
            ):
                continue
            words = tokens[left:first]
            if any(t.possessive for t in words[:-1]):
                continue
            name = " ".join(t.norm for t in words)
            led = next(  # "Saudi-led", "Iranian-backed"
                (
                    name[: -len(s)]
                    for s in _word_set(self.language, "side_suffixes")
                    if name.endswith(s)
                ),
                name,
            )
            country = (
                lexicon.country_names.get(name)
                or lexicon.demonyms.get(led)
                or lexicon.country_names.get(led)
                or (lexicon.capitals.get(name) if words[-1].possessive else None)
            )  # "Moscow's forces": a capital's are its state's
            if country is not None and (words[0].capitalised or led != name):
                return country.name, left
        if first == 0:
            return "", first
        word = tokens[first - 1]
        if not self._adjacent(word, tokens[first]):
            return "", first
        if word.norm in self.organizations and word.capitalised:
            body = self.organizations[word.norm]  # "CENTCOM forces": the state's, if its body
            return self._country_led(body)[0] or body, first - 1
        if by_acronym and _is_acronym(word.text):
            return word.text, first - 1  # "G7 leaders", "NATO allies": the body itself
        if word.norm.removeprefix("pro-") in lexicon.demonyms:
            return "", first - 1  # "pro-Russian separatists" belong to no state
        if (
            self._name_word(word)
            and word.norm not in _COMMON
            and not self._clause_word(word)  # "Although | government forces"
            and (
                word.norm not in lexicon.not_places
                or word.norm in _word_set(self.language, "peoples")  # "Druze militias"
            )
            and word.norm not in _name_openers(self.language)
            and not self._is_place_name(word.norm)
        ):
            if by_acronym and not word.capitalised:
                return word.text, first - 1  # "the al-Shabab attack": the group does it
            if word.possessive and not act:  # "Hamas's spokesman": the body speaks
                return self._named_alone(first - 1) or word.text, first - 1
            if by_acronym or word.possessive:
                return "", first - 1  # "the Houthis' attacks": the owner, read with the names
            opening = first - 1
            while (
                self._in_longer_name(opening, ahead=False)
                and not self._clause_word(self.tokens[opening - 1])
                and not self.tokens[opening - 1].possessive  # "Chile's | Zentar rebels"
                and self.tokens[opening - 1].norm not in lexicon.demonyms  # "Malian | ..."
                and self.tokens[opening - 1].norm not in _word_set(self.language, "peoples")
            ):
                opening -= 1  # "Coast Guard | officials": the whole name, not "Guard officials"
            if opening < first - 1:
                whole = key(self.text[self.tokens[opening].start : word.end])
                return self.bodies.get(whole) or self.organizations.get(whole, ""), opening
            return self._named_alone(first - 1), first - 1  # "Houthi rebels"
        return "", first

    def _in_opening_subject(self, index: int) -> bool:
        """Whether token ``index`` follows the few words its sentence opens on with no verb
        among them ("Several leaders, | including ..."), so belongs to the subject."""
        tokens, first = self.tokens, index
        while first > 0 and not tokens[first].sentence_start and index - first < _SUBJECT_REACH:
            first -= 1
        return tokens[first].sentence_start and not any(
            _past(t, self.language) or t.norm in self.lexicon.acting_verbs or t.norm in _PASSIVE
            for t in tokens[first:index]
        )

    def _clause_word(self, token: Token) -> bool:
        """Whether ``token`` is a function word or a conjunction opening a clause
        ("Although", "Because"): capitalised only as the first word of its sentence, it
        names no party."""
        norm = token.norm
        return norm in _stopwords(self.language) or norm in _word_set(
            self.language, "other_clause_openers"
        )

    def _party_opening(self, first: int) -> str:
        """The party named by the name word at token ``first`` opening a group's words, its
        ending of a side taken off ("M23 | rebels", "Zentar-led | militias"), else ""."""
        tokens = self.tokens
        token = tokens[first]
        if not self._name_word(token) or token.norm in self.lexicon.collective_modifiers:
            return ""  # "Government | fighters"
        last = first
        while (
            last + 1 < len(tokens)
            and self._name_word(tokens[last + 1])
            and self._in_longer_name(last + 1, ahead=False)
        ):
            last += 1
        if last > first:  # "Gran Grif | gang": the party only if the whole name is known
            whole = key(self.text[token.start : tokens[last].end])
            return self.bodies.get(whole) or self.organizations.get(whole, "")
        suffixes = _words(self.language, "side_suffixes")
        suffix = next((s for s in suffixes if token.norm.endswith(s)), "")
        return self._party_word(first, token.text[: len(token.text) - len(suffix)])

    def _party_word(self, index: int, text: str) -> str:
        """The party that the name word ``text`` at token ``index``, before a group's words,
        names: the body the article or the lexicon knows by it, else the word itself ("M23
        rebels", "Zentar-led militias"); "" for a people's word, a word describing one or a
        creed ("Druze militias", "Kurdish fighters", "Maoist rebels") or a word of a longer
        name ("Central Command forces")."""
        norm = text.lower()
        known = self.bodies.get(norm) or self.bodies.get(f"{norm}s") or self.organizations.get(norm)
        if known or _is_acronym(text):
            return known or text
        describing = tuple(_words(self.language, "describing_endings"))
        opening = index == 0 or self.tokens[index].sentence_start
        if (
            (opening and norm not in self.named_inside)  # "Suspected rebels", "Another militia"
            or norm in _word_set(self.language, "peoples")
            or norm.endswith(describing)
            or self._in_longer_name(index, ahead=False)
            or self._is_place_name(norm)
        ):
            return ""
        return text

    def _named_alone(self, index: int) -> str:
        """The group the name word at token ``index`` opens, as the article names it alone
        elsewhere, maybe in the plural ("Houthi rebels ... the Houthis": "Houthis"), else ""
        (no side known)."""
        tokens = self.tokens
        if self._alone is None:
            self._alone = {}
            groups, modifiers = self.lexicon.collective_nouns, self.lexicon.collective_modifiers
            for i, token in enumerate(tokens):
                following = tokens[i + 1] if i + 1 < len(tokens) else None
                grouped = following is not None and (
                    groups.at(tokens, i + 1) > 0 or following.norm in modifiers
                )
                if self._name_word(token) and not grouped and not self._in_longer_name(i):
                    self._alone.setdefault(token.norm, token.text)
        word = tokens[index].norm
        if word in _word_set(self.language, "peoples") or self._in_longer_name(index, ahead=False):
            return ""  # "Druze militias", "Central Command forces": no party's one-word name
        known = self.bodies.get(word) or self.bodies.get(f"{word}s") or self.organizations.get(word)
        if not known and _is_acronym(tokens[index].text):  # "Rapid Support Forces ... RSF"
            spelled = (
                b for b in self.bodies.values() if _initials(b.split()) == tokens[index].text
            )
            known = next(spelled, "")
        return known or self._alone.get(word) or self._alone.get(f"{word}s", "")

    def _in_longer_name(self, index: int, ahead: bool = True) -> bool:
        """Whether the name word at token ``index`` goes on a name word before it (not
        opening a sentence) or, with ``ahead``, one after it ("Central | Command")."""
        tokens = self.tokens
        before = index > 0 and not tokens[index].sentence_start
        if (
            before
            and self._name_word(tokens[index - 1])
            and not self._clause_word(tokens[index - 1])  # "A | Hamas official"
        ):
            if self._adjacent(tokens[index - 1], tokens[index]):
                return True
        after = ahead and index + 1 < len(tokens) and not tokens[index + 1].sentence_start
        return (
            after
            and self._name_word(tokens[index + 1])
            and self._adjacent(tokens[index], tokens[index + 1])
        )

    def _after_demonym(self, first: int) -> int:
        """Where a group's words start with one or two nouns between it and a country's
        adjective ("Ukrainian | state railway officials"): the first of those nouns, else
        ``first``."""
        demonyms = self.lexicon.demonyms
        return self._after_nouns(first, lambda t: t.capitalised and t.norm in demonyms)

    def _after_nouns(self, first: int, opens: Callable[[Token], bool]) -> int:
        """Where a group's words start with one or two nouns between it and a word that
        ``opens`` says owns or names it ("its | drone units"), else ``first``."""
        tokens, lexicon = self.tokens, self.lexicon
        stops = _stopwords(self.language)
        for size in (1, 2):
            left = first - size
            if (
                left < 1
                or not all(
                    t.text.isalpha()
                    and t.text.islower()
                    and t.norm not in stops
                    and t.norm not in lexicon.acting_verbs  # "a Chilean lawmaker told | reporters"
                    and not _past(t, self.language)
                    for t in tokens[left:first]
                )
            ):
                return first
            if opens(tokens[left - 1]):
                spaced = all(
                    self._adjacent(t, n)
                    for t, n in zip(tokens[left - 1 : first], tokens[left : first + 1], strict=True)
                )
                return left if spaced else first
        return first

    def _nation(self, token: Token) -> str:
        """The country whose people a capitalised plural of its adjective names ("Chileans",
        "Israelis"), else ""."""
        norm = token.norm
        if not token.capitalised or not norm.endswith("s") or norm in self.lexicon.country_names:
            return ""
        country = self.lexicon.demonyms.get(norm[:-1])
        return country.name if country is not None else ""

    def _members(self, norm: str) -> bool:
        """Whether a group word names the members of a body ("leaders", "allies")."""
        return norm.removesuffix("s") in self.lexicon.role_nouns or norm in _words(
            self.language, "member_groups"
        )

    def _sides_after(self, last: int) -> list[str]:
        """The countries a group is placed in or comes from right after its words ("police
        in Myanmar", "officials in Chad's largest province", "troops from Chad",
        "delegations of Chile and Peru"), in order."""
        tokens = self.tokens
        if last + 2 >= len(tokens) or tokens[last + 1].norm not in ("in", "of", "from"):
            return []
        sides: list[str] = []
        index = last + 2
        describers = _word_set(self.language, "place_describers")
        while index < len(tokens) and tokens[index].norm in describers:
            index += 1  # "police in | war-torn | Sudan"
        while index < len(tokens):
            country, size = self._country_at(index)
            if not country:
                break
            sides.append(country)
            index += size
            if index + 1 >= len(tokens) or not (
                tokens[index].norm in ("and", "or") or self._after_comma(index)
            ):
                break
            index += tokens[index].norm in ("and", "or")  # "Chile, Peru and | Bolivia"
        return sides

    def _placed_end(self, last: int) -> int:
        """The last token of the place a group ending at token ``last`` is in or comes from,
        right after its words ("Residents | of Peru's capital", "police | in Peru", "people
        | in several regions of Chile", "troops | from Chile and Peru"): the group's words
        run on to it. ``last`` when no place follows."""
        tokens, lexicon = self.tokens, self.lexicon
        j = last + 1
        if j + 1 >= len(tokens) or tokens[j].norm not in _word_set(self.language, "group_links"):
            return last
        describers = _word_set(self.language, "place_parts")
        describers |= _word_set(self.language, "place_describers")
        j += 1
        reach = j + _PLACE_REACH
        while j < min(len(tokens), reach) and tokens[j].norm in describers:
            j += 1  # "in | several regions of | Chile"
        parts = (describers & lexicon.land_nouns) | lexicon.region_words
        end = last
        while j < len(tokens) and self._unbroken(end, j):
            size = self._place_size(j)
            if not size:
                break
            name_end = j + size - 1
            k = name_end + 1
            while k < len(tokens) and tokens[k].norm in parts and self._unbroken(k - 1, k):
                k += 1  # "Peru's | capital", "the Maule | region"
            if tokens[name_end].possessive and k == name_end + 1:
                return last  # "of Chile's ruling party": a body, not a place
            if (
                k < len(tokens)
                and tokens[k].capitalised
                and tokens[k].norm not in lexicon.date_words
                and self._unbroken(k - 1, k)
            ):
                return last  # "leaders of the Chile Unity Party": a name goes on
            end = k - 1
            if end + 2 >= len(tokens) or tokens[end + 1].norm != "and":
                break
            j = end + 2  # "from Chile and | Peru"
        return end

    def _described_end(self, last: int, taken: set[int]) -> int:
        """The last token of the phrase describing the group ending at token ``last``,
        right after it and up to the group's own verb ("Families | of the missing |
        gathered", "Gunmen | in camouflage | opened fire"); ``last`` when no such phrase
        ends on a verb ("rebels in June", "Students, who", "people in the city's east") or
        it holds a name or a group, ``taken`` being where names start ("fighters of the
        ZLF")."""
        tokens = self.tokens
        link = last + 1
        if (
            link + 1 >= len(tokens)
            or not self.text[tokens[last].end : tokens[link].start].isspace()
        ):
            return last
        describers = _PLACE_PHRASE | _word_set(self.language, "group_describers")
        if tokens[link].norm not in describers:
            return last
        verb, comma = self._phrase_end(link + 1, last)
        if comma or verb >= len(tokens) or not self._unbroken(verb - 1, verb):
            return last
        norm = tokens[verb].norm
        if norm.endswith(("s", "ing")):
            return last  # a group's verb has no "-s": "civilians in the air | strikes"
        if any(
            tokens[k].start in taken or self.lexicon.collective_nouns.at(tokens, k)
            for k in range(link + 1, verb)
        ):
            return last  # "Fighters of | the Chilean opposition": a name or a group of its own
        if not (
            norm in self.lexicon.acting_verbs
            or norm in irregular_past(self.language)
            or norm in _PASSIVE
            or self._verb_after_phrase(verb)
        ):
            return last
        units = load_lexicon(self.language).units
        if any(
            t.norm in self.lexicon.date_words or t.norm.removesuffix("s") in units
            for t in tokens[link:verb]
        ):
            return last  # "separatists in June agreed", "in recent days": when, not who
        return self._noun_phrase_end(link, verb - 1) or last

    def _noun_phrase_end(self, first: int, end: int) -> int | None:
        """The last token, after token ``first``, of the words ending at token ``end`` that
        can end a noun phrase, past the adverbs at their end ("loyal to the old regime |
        also"), but not past a word in "-ly" after a determiner ("the elderly"); None when
        they would end on a preposition, a determiner or a conjunction, the phrase's noun
        having been taken for a verb."""
        tokens, words = self.tokens, load_lexicon(self.language)
        openers = _adjective_openers(self.language)
        while end > first and tokens[end - 1].norm not in openers:
            word = self.text[tokens[end].start : tokens[end].end]
            if not (
                word in words.between_verbs
                or (word.islower() and len(word) > 4 and word.endswith(words.adverb_ending))
            ):
                break
            end -= 1
        norm = tokens[end].norm
        if end <= first or norm in openers or norm in words.determiners or norm in words.list_joins:
            return None
        return end

    def _place_size(self, index: int) -> int:
        """How many capitalised words at token ``index`` name a place (1 to 3); 0 for none."""
        for size in (3, 2, 1):
            words = self.tokens[index : index + size]
            if len(words) == size and all(t.capitalised for t in words):
                if self._is_place_name(" ".join(t.norm for t in words)):
                    return size
        return self._typed_place_size(index)

    def _typed_place_size(self, index: int) -> int:
        """How many capitalised words at token ``index`` name a place the gazetteer does not
        know, told so by a region's word after it ("Kokorou | commune") or after the last of
        a list of such names ("Poonch | and Rajouri districts"); 0 for none."""
        tokens, regions = self.tokens, self.lexicon.region_words
        for size in (2, 1):
            kind = index + size
            if kind >= len(tokens) or not all(t.capitalised for t in tokens[index:kind]):
                continue
            if tokens[kind].norm in regions and self._unbroken(kind - 1, kind):
                return size
            listed = kind + 2
            if (
                tokens[kind].norm == "and"
                and listed < len(tokens)
                and tokens[kind + 1].capitalised
                and tokens[listed].norm in regions
                and tokens[listed].norm.endswith("s")
            ):
                return size
        return 0

    def _country_at(self, index: int) -> tuple[str, int]:
        """The country (or its capital) named by the capitalised words at token ``index``,
        and how many words name it; ("", 0) for none."""
        for size in (3, 2, 1):
            words = self.tokens[index : index + size]
            if len(words) < size or not words[0].capitalised:
                continue
            name = " ".join(t.norm for t in words)  # "police in Santiago": Chile's
            country = self.lexicon.country_names.get(name) or self.lexicon.capitals.get(name)
            if country is not None:
                return country.name, size
        return "", 0

    def _sides_before(self, first: int) -> tuple[list[str], int]:
        """The sides listed, by their adjectives, before a group's own side at token
        ``first`` ("French and | Malian forces", "the Chilean, Peruvian and | Bolivian
        ministers"), in order, and the token where the list starts."""
        demonyms = self.lexicon.demonyms
        start = self._listed_before(first, lambda t: t.norm in demonyms)
        sides = [demonyms[t.norm].name for t in self.tokens[start:first] if t.norm in demonyms]
        return sides, start

    def _kin_word(self, token: Token) -> bool:
        """Whether ``token`` is a people's or a faith's adjective ("Arab", "Muslim")."""
        return token.norm in _word_set(self.language, "peoples") or token.norm in _word_set(
            self.language, "faith_adjectives"
        )

    def _listed_before(self, first: int, listed: Callable[[Token], bool]) -> int:
        """Where a list of capitalised words that ``listed`` accepts, ending before the
        group's word at token ``first``, starts ("French and | Malian forces", "Arab and |
        Muslim leaders"); ``first`` when there is none."""
        tokens = self.tokens
        while first >= 2:
            before = first - 1
            if tokens[before].norm in ("and", "or") and self._adjacent(
                tokens[before], tokens[first]
            ):
                before -= 1
            elif not self._after_comma(first):
                break
            other = tokens[before]
            gap = self.text[other.end : tokens[before + 1].start]
            if gap not in (" ", ", ") or not other.capitalised or not listed(other):
                break
            first = before
        return first

    def _adjacent(self, token: Token, following: Token) -> bool:
        """Whether only a space (after a possessive "'s" or "'") parts two tokens."""
        gap = self.text[token.end : following.start]
        gap = _POSSESSIVE_MARK.sub("", gap, count=1) if token.possessive else gap
        return gap.isspace() and "\n" not in gap  # a line break ends a headline

    def _coordinated(self, before: _Found, first: int) -> bool:
        """ "by residents and volunteers": a group joined by "and" to the group before it."""
        return (
            first >= 2
            and self.tokens[first - 1].norm == "and"
            and self.tokens[first - 2].end == before.end
        )

    # --- one name per person ----------------------------------------------------------------

    def _surname(self, name: str) -> str:
        """The bare surname of a person's name, past a kept generational suffix
        ("Ferdinand Marcos Jr." -> "Marcos")."""
        return self._bare_surname(_without_kept_suffix(name.split(), self.language)[-1])

    def _bare_surname(self, word: str) -> str:
        """A surname without the lower-case particle a hyphen joins to it ("al-Burhan" ->
        "Burhan", "el-Sisi" -> "Sisi"), as the text writes it again; else the word."""
        particle, dash, rest = word.partition("-")
        return rest if dash and rest and particle in self.lexicon.name_particles else word

    def _canonical_people(self, found: Sequence[_Found]) -> dict[str, str]:
        """Each person's name as written -> the longest full name with the same surname
        that is the same person's: it ends with the name, or has its first name too ("Ana
        Ruiz" for "Ana Maria Ruiz"; not "Juan Ruiz")."""
        # surname -> full names, each once, in a fixed order (a dict kept as an ordered set)
        full: dict[str, dict[str, None]] = {}
        bare = self._bare_surname
        for canonical in sorted(set(self.people.values())):
            full.setdefault(self._surname(canonical), {})[canonical] = None
        for f in found:
            if f.kind == "person":
                full.setdefault(self._surname(f.name), {})[f.name] = None
        names = {}
        for f in found:
            if f.kind in ("person", "surname"):
                words = f.name.split()
                # a first word opening a sentence may be none ("Later Ruiz left")
                opening = self.tokens[bisect.bisect_left(self.starts, f.start)].sentence_start
                same = [
                    n
                    for n in full.get(bare(words[-1]), {})
                    if opening
                    or n.split()[-len(words) :] == words
                    or n.split()[0] == words[0]
                    or (len(words) == 1 and self._surname(n) == words[0])  # "Burhan"
                ]
                known = self.people.get(key(f.name))
                names[f.name] = known or max(same, key=len, default=f.name)
        return names


def _without_kept_suffix(words: Sequence[str], language: str) -> Sequence[str]:
    """A name's words without the generational suffix it is known by ("Jr.")."""
    kept = _word_set(language, "kept_name_suffixes")
    return words[:-1] if len(words) > 1 and words[-1].lower().rstrip(".") in kept else words


@cache
def _words(language: str, name: str) -> tuple[str, ...]:
    """One list of the entity lexicon's words."""
    return tuple(read_table("entities", language)["words"].get(name, ()))


@cache
def _state_names(language: str) -> frozenset[str]:
    """The canonical names of the states the entity lexicon knows."""
    return frozenset(c.name for c in load_entity_lexicon(language).country_names.values())


@cache
def _word_set(language: str, name: str) -> frozenset[str]:
    """One list of the entity lexicon's words, to look words up in."""
    return frozenset(_words(language, name))


@cache
def _adjective_openers(language: str) -> frozenset[str]:
    """Words after which a past form describes the noun after it ("the | detained men", "to
    | ousted leaders", "in | flooded areas"): no verb follows them."""
    return _word_set(language, "name_openers") | _word_set(language, "phrase_prepositions")


@cache
def _country_first_words(language: str) -> frozenset[str]:
    """The first words of the lexicon's country names, to skip other words at once."""
    return frozenset(name.split()[0] for name in load_entity_lexicon(language).country_names)


@cache
def _country_name_openings(language: str) -> frozenset[str]:
    """The first words, one or more but not all, of the lexicon's country names ("islamic
    republic" of "islamic republic of iran")."""
    return frozenset(
        " ".join(words[:size])
        for words in map(str.split, load_entity_lexicon(language).country_names)
        for size in range(1, len(words))
    )


@cache
def irregular_past(language: str) -> frozenset[str]:
    """Past tenses that do not end in "-ed" ("fled", "broke")."""
    return frozenset(_words(language, "irregular_past"))


class _Word(Protocol):
    """A word at its offsets, as written and normalised: either tokenizer's."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def norm(self) -> str: ...


def role_before(text: str, words: Sequence[_Word], last: int, language: str = "en") -> int:
    """Index of the role whose phrase ends at ``words[last]``: the role itself ("his Polish
    | counterpart") or the role before its complement of, for, in, to or at ("the | mayor
    | of Seoul", "a senior commander | in Darfur"), the words between on one line, with no
    comma and no verb ("the minister | said in Kyiv" has none); none where the complement
    ends on a noun with an article, which a name set off after it may name ("the president
    of the club, | Real Madrid"; but "the minister of defence, | Ana Ruiz"); -1 when there
    is none."""
    roles = _role_heads(language)
    verbs = load_entity_lexicon(language).acting_verbs
    j = last
    while j >= 0 and last - j < _ROLE_COMPLEMENT_REACH:
        word = words[j]
        if word.norm in roles:  # "counterpart", "minister | of defence"
            if j == last:
                return j
            if words[j + 1].norm not in _ROLE_COMPLEMENTS:
                return -1
            articles = _word_set(language, "articles")
            described = any(w.norm in articles for w in words[j + 2 : last + 1])
            return -1 if described and words[last].text.islower() else j
        gap = _POSSESSIVE_MARK.sub("", text[words[j - 1].end : word.start], count=1) if j else " "
        if not gap.isspace() or "\n" in gap or word.norm in verbs or _past(word, language):
            return -1
        j -= 1
    return -1


@cache
def _role_heads(language: str) -> frozenset[str]:
    """Nouns naming one holder's role: role nouns and one-word titles ("counterpart",
    "minister"), not their plurals ("presidents of Chile, Peru")."""
    lexicon = load_entity_lexicon(language)
    titles = {
        phrase[0].strip(".")
        for phrases in lexicon.person_titles.by_first.values()
        for phrase in phrases
        if len(phrase) == 1
    }
    return frozenset(
        word for word in titles | set(lexicon.role_nouns) if word.rstrip("s") + "s" != word
    )


@cache
def title_words(language: str) -> frozenset[str]:
    """Every word of a person's title ("secretary", "adm"), without its full stop."""
    return frozenset(
        word.strip(".")
        for phrases in load_entity_lexicon(language).person_titles.by_first.values()
        for phrase in phrases
        for word in phrase
    )


def undergoes(norms: Sequence[str], index: int, language: str = "en") -> bool:
    """Whether the words from ``index`` on, right after a subject, tell what is done to it,
    not what it does: a form of "be", past adverbs and helpers, before a past participle
    ("were sanctioned", "has been dismissed", "are deeply concerned"); not before a verb in
    "-ing" ("are sending"), nor a participle that a clause of the subject's own act follows
    ("is expected to", "was accused of shelling") or that tells taking part ("was involved")."""
    fillers = _fillers(language)

    def past_fillers(i: int) -> int:
        while i < len(norms) and (norms[i] in fillers or is_adverb(norms[i])):
            i += 1
        return i

    i = past_fillers(index)
    if i >= len(norms) or norms[i] not in _PASSIVE:
        return False
    i = past_fillers(i + 1)
    if i < len(norms) and norms[i] == "being":  # "is being accused"
        i = past_fillers(i + 1)
    if i >= len(norms) or norms[i] in _word_set(language, "taking_part"):
        return False
    word = norms[i]
    participle = word.endswith(("ed", "en")) or word in irregular_past(language)
    following = norms[i + 1] if i + 1 < len(norms) else ""
    return participle and following not in _word_set(language, "own_act_links")


@cache
def _fillers(language: str) -> frozenset[str]:
    """Words that may stand between a subject and its verb, no relative among them."""
    return _word_set(language, "subject_fillers") - _word_set(language, "relative_words")


def is_adverb(norm: str) -> bool:
    """Whether a word is an adverb of manner or degree ("deeply", "reportedly"; not "Italy")."""
    return norm.endswith("ly") and len(norm) > 4


def is_act_noun(norm: str, language: str = "en") -> bool:
    """Whether a word names an act ("attack", "delivery")."""
    return _act_noun(norm, language)


def entity_words(language: str, name: str) -> tuple[str, ...]:
    """One word list of the entity lexicon's [words] table."""
    return _words(language, name)


@cache
def _act_noun(norm: str, language: str) -> bool:
    """A noun naming an act: an act of a side ("attack"), one of the lexicon's, or one made
    from a verb ("delivery", "designation", "deployment", "withdrawal")."""
    if norm in _word_set(language, "act_nouns") or (norm,) in _side_actions(language).by_first.get(
        norm, ()
    ):
        return True
    if norm in _body_words(language):
        return False  # "Chile's government", "Peru's parliament": a body, no act
    return norm.endswith(_ACT_ENDINGS) and len(norm) > 6


@cache
def _body_words(language: str) -> frozenset[str]:
    """One-word names of a state's bodies and the last words of organisations' names."""
    lexicon = load_entity_lexicon(language)
    heads = {head.lower() for head in lexicon.organization_heads}
    return frozenset(b for b in _words(language, "state_bodies") if " " not in b) | heads


# Endings of nouns made from verbs ("designation", "deployment", "delivery", "refusal").
_ACT_ENDINGS = ("ation", "ition", "sion", "ment", "very", "sal", "wal", "val")


@cache
def _name_openers(language: str) -> frozenset[str]:
    """Words that may open a name's phrase: determiners and every word of a title."""
    lexicon = load_entity_lexicon(language)
    titles = {
        word for phrases in lexicon.person_titles.by_first.values() for p in phrases for word in p
    }
    return frozenset(_words(language, "name_openers")) | titles | lexicon.role_nouns


@cache
def _naming_links(language: str) -> Phrases:
    """Phrases telling a name in an aside ("known as")."""
    return Phrases.of(list(_words(language, "naming_links")))


@cache
def _reciprocal_phrases(language: str) -> Phrases:
    """Groups standing for the two states named last before them ("both sides")."""
    return Phrases.of(list(_words(language, "reciprocal_groups")))


@cache
def _side_actions(language: str) -> Phrases:
    """Acts named by their side ("an Israeli raid")."""
    return Phrases.of(list(_words(language, "side_actions")))


def _past(token: _Word, language: str = "en") -> bool:
    """Whether a word of either tokenizer may be a verb in the past tense or a participle
    ("clashed", "fled"), not a name that ends like one ("the United Arab Emirates",
    "Reading")."""
    if token.text[:1].isupper():
        return False
    return token.norm.endswith(("ed", "ing")) or token.norm in irregular_past(language)


def _present(token: _Word, following: _Word | None) -> bool:
    """Whether a word may be a verb in the present tense of a third person, as a
    chronology's line or a headline tells an act ("Ruiz resigns", "Peru abolishes"): a
    lower-case word in "-s" that no past tense or acting verb follows ("Ruiz allies said")."""
    norm = token.norm
    if token.text[:1].isupper() or len(norm) < 4 or not norm.endswith("s"):
        return False
    if norm.endswith(("ss", "us", "is", "'s", "’s")):
        return False  # "congress", "status", "crisis"
    if following is None:
        return True
    # "agreements were", "results will", "days later": a plural noun before the verb
    return not (_past(following) or following.norm in _AFTER_A_PLURAL)


@cache
def _names_happening(norm: str, language: str) -> bool:
    """Whether the word alone is a cue of the event lexicon ("floods", "clashes"): a word
    for what happens, which opening a sentence is capitalised without being a name."""
    cues = load_event_lexicon(language).cues
    return any(cues.cues[number].matches_at([norm], 0) for number in cues_starting(cues, norm))


@cache
def _stopwords(language: str) -> frozenset[str]:
    """Function words: articles, prepositions, conjunctions, pronouns."""
    return frozenset(read_table("events", language)["grammar"]["stopwords"])


@cache
def _outlet_words(language: str) -> frozenset[str]:
    """Words for a medium that alone name no outlet ("TV", "radio")."""
    return frozenset(read_table("events", language)["grammar"]["state_outlets"])


@cache
def _quantity_nouns(language: str) -> frozenset[str]:
    """Nouns counting out a group before "of" ("thousands of protesters")."""
    return frozenset(_words(language, "quantity_nouns"))


@cache
def _plain_groups(language: str) -> frozenset[str]:
    """Groups of anyone ("the Haitian people"): groups only when they act."""
    return frozenset(_words(language, "plain_groups"))


_ASIDE_REACH = 24  # words of an aside between a subject and its verb
_APPOSED_REACH = 5  # words of the noun phrase a name is set beside ("the group's longtime leader")

_SUBJECT_REACH = 8  # words from a sentence's start to a list of the subject's members
_PASSIVE = frozenset("is are was were be been being".split())

# Relative pronouns: "rebels, who took the town," took it.
_RELATIVES = frozenset({"who", "which"})

# Words of a progressive tense between a group and its verb ("were still working").
_PROGRESSIVE = frozenset("is are was were still".split())

# Words opening a short phrase of place between a group and its verb ("residents in Gao said").
_PLACE_PHRASE = frozenset("in of from at near".split())

# Words of a date phrase between a subject and its verb ("Kyiv late on Monday said").
# Words after a plural noun that show it is no verb ("agreements were", "days later").
_AFTER_A_PLURAL = _PASSIVE | frozenset(
    "will would could can may might must should have had are later ago earlier".split()
)
_DATE_FILLERS = frozenset("on late early last this today yesterday night morning".split())

# Capitalised words that open sentences without naming anyone ("Officials said").
_COMMON = frozenset(
    """officials witnesses sources analysts residents experts critics observers police
    troops soldiers authorities they he she it we i you this that there some many others
    both all each none everyone nobody reports data""".split()
)
