"""Places named in an article: towns, first-level regions and countries, with coordinates.

:func:`find_places` reads the text once, left to right. A capitalised name becomes a place
when the gazetteer knows it and the context makes it one: a country or a region always; a
town when a preposition of place stands before it ("clashes near Bar"), or when it is
populous, or when it lies in a country the article names. "X region", "X Oblast" and
possessives ("Turkey's", "Russia’s") are read too. Words come from
``lexicon/entities_<lang>.toml``; a domain pack adds a story's own places.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from itertools import pairwise
from typing import Any, Protocol

from timeline.gazetteer import (
    Country,
    DomainPack,
    Place,
    PlaceKind,
    admin1_centre,
    countries,
    key,
    plain_key,
    region_centre,
    regions_named,
    territories_by_key,
    towns_named,
)
from timeline.lexicon import common_words, read_table, words_before_names
from timeline.tense import is_past_form

__all__ = [
    "EntityLexicon",
    "Place",
    "PlaceMention",
    "Token",
    "Phrases",
    "aside_opening",
    "find_places",
    "load_entity_lexicon",
    "name_word",
]

# A word ending in "s" may carry a bare apostrophe: "Hamas' wing", "the Houthis' attacks".
_TOKEN = re.compile(
    r"[A-Z](?:\.[A-Z])+\.?|(?:St|Ste|Mt|Ft)\.|\w+(?:[’'\-]\w+)*(?:(?<=s)[’'](?![\w’']))?"
)
# Between two words: the end of a sentence, a line break or an opening quote. The texts read
# are unwrapped (:func:`timeline.text.unwrap`): the line breaks left end a heading, a live
# entry's stamp line or a paragraph ("13:45 GMT - Exports halted | Russia stopped ...").
_SENTENCE_GAP = re.compile(r"[.!?:][\"'”’)]*\s|\n|[“\"]")
_CLAUSE_END = re.compile(r"[,;:.!?()—–]")
_POSSESSIVE = re.compile(r"[’']s$|(?<=s)[’']$")
COMPASS = frozenset(read_table("entities")["places"]["compass_words"])
_MAX_UNKNOWN = 4  # words in a name the gazetteer lacks
_OPENS = frozenset({"the", "and", "or"})  # words a qualifier of a name may follow
_ALIKE = 0.78  # how alike two spellings of one town are ("Kupiansk", "Kupyansk": 0.88)
# Transliterations of one name differ in their vowels: compare what is left, when enough is.
_VOWELS = re.compile(r"[aeiouy\W_]+")
_MIN_SKELETON = 4
_LIST_REACH = 8  # names of a list before a shared region word ("the A, B and C districts")
_NEAR = 5.0  # degrees between a town and a country's point that may be one place's
_MAX_NAME = 6  # words in a place name ("Democratic Republic of the Congo" is the longest)


class Worded(Protocol):
    """Any word with a norm: the place finder's tokens and the document's."""

    @property
    def norm(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text: offsets of the word without its possessive "'s"."""

    start: int
    end: int
    text: str
    norm: str  # lower case, straight apostrophe, possessive dropped
    sentence_start: bool
    possessive: bool

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokens_of(text: str) -> list[Token]:
    """The words of an unwrapped ``text`` with offsets, each marked when it opens a sentence."""
    found: list[Token] = []
    previous_end = 0
    for match in _TOKEN.finditer(text):
        word = match.group()
        possessive = bool(_POSSESSIVE.search(word)) and len(word) > 2
        if possessive:
            word = word[:-1] if word[-1] in "’'" else word[:-2]
        gap = text[previous_end : match.start()]
        opens = not found or (gap != " " and bool(_SENTENCE_GAP.search(gap)))
        found.append(
            Token(
                match.start(),
                match.start() + len(word),
                word,
                key(word),
                opens,
                possessive,
            )
        )
        previous_end = match.end()
    return found


@dataclass(frozen=True, slots=True)
class EntityLexicon:
    """The words of one language for finding actors and places (``entities_<lang>.toml``)."""

    country_names: dict[str, Country]  # key of a name or alias -> country
    demonyms: dict[str, Country]  # key of an adjective or demonym -> country
    capitals: dict[str, Country]  # key of a capital or seat of government -> country
    state_bodies: Phrases
    state_groups: Phrases  # "police", "coast guard": a state's own bodies
    state_courts: Phrases  # "Supreme Court": a state's, yet not the state speaking
    organizations: dict[str, str]  # key of a name or alias -> canonical name
    organization_heads: frozenset[str]
    organization_links: frozenset[str]
    person_titles: Phrases
    surname_cues: frozenset[str]  # "surnamed Ho": the name after is a person's surname
    role_nouns: frozenset[str]
    collective_nouns: Phrases
    collective_modifiers: frozenset[str]
    acting_verbs: frozenset[str]
    subject_fillers: frozenset[str]
    prepositions: Phrases  # and verbs whose object is where ("struck Kharkiv")
    region_words: frozenset[str]
    place_words: frozenset[str]
    feature_openers: frozenset[str]  # "Lake Chad", "the Sea of Japan"
    vessel_words: frozenset[str]  # "the navy ship Brunswick": a vessel's name follows
    not_places: frozenset[str]
    date_words: frozenset[str]
    attributive_heads: frozenset[str]  # words after a country used as an adjective
    land_nouns: frozenset[str]  # parts of a country's land after its possessive
    demonym_lands: Phrases  # a country's land or capital after its adjective ("Polish airspace")
    land_happenings: frozenset[str]  # what befalls a land ("Spain's worst floods")
    land_votes: frozenset[str]  # votes held across a land ("Peru's general election")
    feature_named_happenings: frozenset[str]  # "the Eaton fire": named after no town
    locative_prepositions: frozenset[str]  # "in Nepal": where, not who
    place_describers: frozenset[str]  # "in war-torn Sudan": still where
    other_act_phrases: Phrases  # "In addition to the strike in X, ...": no scene
    goal_prepositions: frozenset[str]  # "fled to Chad": where, not who
    target_prepositions: frozenset[str]  # "an airstrike on Lebanon": where, after an act
    act_nouns: frozenset[str]  # "attack", "raid": the acts "the attack" points back to
    tie_words: frozenset[str]  # "linked to al-Qaeda": the group sided with, no place
    taken_place_verbs: frozenset[str]  # "fell to Chile": the side that took it, no place
    addressed_phrases: Phrases  # "confirmed to Xinhua": whom words are said to, no place
    destination_phrases: Phrases  # "a flight bound for London": where it was going
    lying_verbs: frozenset[str]  # ", which runs from X to Y": where a place lies, no act
    near_words: frozenset[str]  # "in Tamou, near the border": where a place lies
    top_words: frozenset[str]  # "region", "oblast": words of a first-level region
    clause_coordinators: frozenset[str]  # ", and Britain is ...": a clause of its own
    stance_adjectives: frozenset[str]  # "Britain is concerned": the state, not its land
    past_auxiliaries: frozenset[str]  # "who was in Kenya": a person's earlier whereabouts
    of_holders: frozenset[str]  # "the people of Haiti": the state's, not a place
    office_winning: frozenset[str]  # "elected mayor of X": the vote was held in X
    name_cues: Phrases  # "the village of X", "seized X": X is a place the gazetteer may lack
    force_acts: Phrases  # "shelled X", "the attack on X": X is where, when it stands alone
    motion_acts: Phrases  # "entered X", "fled X", "returned to X": likewise
    place_followers: frozenset[str]  # "X on Sunday", not "X positions": X stands alone
    striking_verbs: frozenset[str]  # "shelling hit X": a force act after an act of force
    force_nouns: Phrases  # "shelling", "airstrikes": acts of force
    town_words: Phrases  # "X town", "X refugee camp"
    town_word_compounds: frozenset[str]  # "X town hall": no town named X
    held_heads: frozenset[str]  # "Syria's province of Hama": the name after is the place
    neighbour_words: frozenset[str]  # "in neighbouring Bhutan": not "the country" after it
    control_suffixes: tuple[str, ...]  # "Houthi-held": who holds a place, no word of its name
    settlement_words: frozenset[str]  # "X Township": a town word even with a capital
    settlement_plurals: frozenset[str]  # "Kutti and Baral villages": a list of towns
    kind_nouns: frozenset[str]  # "Kyiv time", "Brent crude": a kind of thing, no place
    facility_heads: Phrases  # "X City Hall": the town X
    sea_town_heads: Phrases  # "the Black Sea port of Odesa": the sea is no place
    subject_openers: frozenset[str]  # "which Moscow claims", "But Moscow said": who acts
    anaphors: dict[tuple[str, ...], str]  # "the city" -> the kind of place it points back to
    anaphor_qualifiers: frozenset[str]  # "the entire city", "the southern town"
    place_parts: frozenset[str]  # "the city centre", "its outskirts": the place itself
    site_anaphors: frozenset[str]  # "Zamzam camp ... the camp": the site's place
    place_pronouns: frozenset[str]  # "its outskirts": a pronoun owning a part of a place
    taken_pronouns: frozenset[str]  # "captured it": a pronoun a verb of taking ground takes
    existential_words: frozenset[str]  # "there is": no place
    origin_prepositions: frozenset[str]  # "fired from Gaza": not where it happened
    journey_words: frozenset[str]  # "going from X to Y": a route's ends, not where
    holding_prepositions: frozenset[str]  # "the governor of X": not where it happened
    origin_verbs: frozenset[str]  # "fleeing Goma": the place left
    source_prepositions: frozenset[str]  # "returned from Lisbon": only a source
    from_place_words: frozenset[str]  # "withdrew from Aleppo": the place left is where
    distance_units: frozenset[str]  # "10 km from Kharkiv": what a place lies off
    spoken_from_words: frozenset[str]  # "the governor said in Poltava": where one speaks
    elsewhere_words: frozenset[str]  # "Elsewhere, jets struck Tyre": another act
    land_verbs: frozenset[str]  # "Iraq is facing violence": told of the land
    speaker_nouns: frozenset[str]  # "officials in Kyiv said": where they speak from
    speaker_verbs: frozenset[str]  # "said", "told": what such speakers do
    seat_nouns: frozenset[str]  # "the embassy in Nairobi advised": where an office sits
    spread_prepositions: frozenset[str]  # "Across Ukraine, ...": a range, not a scene
    profile_phrases: Phrases  # "the group, based in Mali,": where it works, no place of the act
    media_nouns: frozenset[str]  # "our Mosul correspondent": where the report comes from
    partner_prepositions: frozenset[str]  # "talks with Iran": a state as a partner
    topic_phrases: Phrases  # "a statement on Syria": a state as a topic
    planned_sending_verbs: frozenset[str]  # "will send aid to X": whom it goes to
    journey_verbs: frozenset[str]  # "would travel to X": where a journey to come goes
    journey_nouns: frozenset[str]  # "a trip to X", "the road to X": where it leads
    way_prepositions: frozenset[str]  # "on the road to X": the way is where it was
    way_nouns: frozenset[str]  # "blocked the road to X": where the way leads
    people_words: frozenset[str]  # "ethnic Amhara militias": a people, no place
    sought_verbs: frozenset[str]  # "called for a truce in Gaza": what is sought
    given_nouns: frozenset[str]  # "aid from Washington": the giver, no place
    talk_openers: frozenset[str]  # "discussed the crisis in Darfur": what is talked about
    cause_openers: frozenset[str]  # "hurt after a shell hit Kupiansk": the cause's place
    aim_verbs: frozenset[str]  # "a deal that would halt fighting in Sudan": aimed at
    aim_markers: frozenset[str]
    plea_verbs: frozenset[str]  # "urged them on Monday to leave Chad": asked, not where
    content_nouns: frozenset[str]  # "warnings that Mali faces famine": what is said
    background_nouns: frozenset[str]  # "amid the war in Sudan": the background
    felt_verbs: frozenset[str]  # "was felt in Thailand": where it reached
    background_openers: frozenset[str]
    range_prepositions: frozenset[str]  # "the deadliest attack in Nigeria": compared over
    place_relatives: frozenset[str]  # "Haiti, where ...": a clause about the place follows
    articles: frozenset[str]  # "the", "a", "an"
    indefinite_articles: frozenset[str]  # "a", "an"
    thing_relatives: frozenset[str]  # "Malakal, which rebels seized": a clause about it
    describing_relatives: frozenset[str]  # "the line that divides Kashmir": about the noun
    place_acts: Phrases  # "struck", "seized": verbs whose object is where the act happens
    takings: Phrases  # "seized", "took over": verbs of taking ground, each telling another's act
    aside_participles: frozenset[str]  # ", according to ...": no more of the act
    detail_openers: frozenset[str]  # ", with two rounds of fire near X": more of the act
    date_relatives: frozenset[str]  # "in 2021, when ...": what happened then
    person_relatives: frozenset[str]  # ", who spoke today": a clause about a person
    perfect_auxiliaries: frozenset[str]  # "who had fought in Libya": before, elsewhere
    present_perfect_auxiliaries: frozenset[str]  # "has frozen": a happening, as the past
    name_particles: frozenset[str]  # "al-Shaddadi": a name behind a lower-case article
    apposition_heads: frozenset[str]  # "Bor, the capital of Jonglei,": where Bor lies
    location_participles: frozenset[str]  # "X village, located in Borgu": where X lies
    apposition_links: frozenset[str]  # "a town 25 km west of Goma", "a village where"
    strong_population: int
    context_population: int


@cache
def load_entity_lexicon(language: str = "en") -> EntityLexicon:
    """Read ``lexicon/entities_<language>.toml`` (English when there is none for it)."""
    data = read_table("entities", language)
    by_name = {c.name: c for c in countries().values()}
    country_names = {key(c.name): c for c in by_name.values()}
    for name, aliases in data["country_aliases"].items():
        country_names.update(dict.fromkeys(map(key, aliases), by_name[name]))
        spoken = (" ".join(t.norm for t in tokens_of(alias)) for alias in aliases)
        for words in spoken:  # "people republic of ...": as its words read, "'s" dropped
            country_names.setdefault(words, by_name[name])
    demonyms = {}
    for name, words in data["demonyms"].items():
        demonyms.update(dict.fromkeys(map(key, words), by_name[name]))
    capitals: dict[str, Country] = {}
    for country in by_name.values():  # a capital of two countries' names is the larger town's
        if country.capital:
            capital = key(country.capital)
            held = capitals.get(capital)
            if held is None or _town_size(capital, country.code) > _town_size(capital, held.code):
                capitals[capital] = country
    for name, seats in data["seats"].items():  # with and without their commas
        written = [*seats, *(seat.replace(",", "") for seat in seats)]
        capitals.update(dict.fromkeys(map(key, written), by_name[name]))
    organizations = {}
    for canonical, aliases in data["organizations"].items():
        organizations.update(dict.fromkeys(map(key, [canonical, *aliases]), canonical))
    places = data["places"]
    words = data["words"]
    return EntityLexicon(
        country_names=country_names,
        demonyms=demonyms,
        capitals=capitals,
        state_bodies=Phrases.of(words["state_bodies"]),
        state_groups=Phrases.of(words["state_groups"]),
        state_courts=Phrases.of(words["state_courts"]),
        organizations=organizations,
        organization_heads=frozenset(words["organization_heads"]),
        organization_links=frozenset(words["organization_links"]),
        person_titles=Phrases.of([*_ranked_titles(words), *words["surname_cues"]]),
        surname_cues=frozenset(words["surname_cues"]),
        role_nouns=frozenset(words["role_nouns"]),
        collective_nouns=Phrases.of(words["collective_nouns"]),
        collective_modifiers=frozenset(words["collective_modifiers"]),
        acting_verbs=frozenset(words["acting_verbs"]),
        subject_fillers=frozenset(words["subject_fillers"]),
        prepositions=Phrases.of(
            [*places["prepositions"], *places["place_verbs"], *places["capture_verbs"]]
        ),
        region_words=frozenset(places["region_words"]),
        place_words=frozenset(places["place_words"]),
        feature_openers=frozenset(places["feature_openers"]),
        vessel_words=frozenset(places["vessel_words"]),
        not_places=frozenset(places["not_places"])
        | frozenset(places["date_words"])
        | frozenset(words["peoples"]),
        date_words=frozenset(places["date_words"]),
        attributive_heads=frozenset(places["attributive_heads"])
        | frozenset(words["collective_modifiers"])
        | frozenset(words["role_nouns"])
        | frozenset(p.split()[0] for p in words["collective_nouns"])
        | frozenset(t.split()[0] for t in words["person_titles"] if "." not in t),
        land_nouns=frozenset(places["land_nouns"]),
        demonym_lands=Phrases.of(places["demonym_lands"]),
        land_happenings=frozenset(places["land_happenings"]),
        land_votes=frozenset(places["land_votes"]),
        feature_named_happenings=frozenset(places["feature_named_happenings"]),
        locative_prepositions=frozenset(places["locative_prepositions"]),
        place_describers=frozenset(words["place_describers"]),
        other_act_phrases=Phrases.of(places["other_act_phrases"]),
        goal_prepositions=frozenset(places["goal_prepositions"]),
        target_prepositions=frozenset(places["target_prepositions"]),
        act_nouns=frozenset(
            words.split()[-1] for words, kind in places["anaphors"].items() if kind == "act"
        ),
        tie_words=frozenset(places["tie_words"]),
        taken_place_verbs=frozenset(places["taken_place_verbs"]),
        addressed_phrases=Phrases.of(places["addressed_phrases"]),
        destination_phrases=Phrases.of(places["destination_phrases"]),
        lying_verbs=frozenset(places["lying_verbs"]),
        near_words=frozenset(places["near_words"]),
        top_words=frozenset(places["top_words"]),
        clause_coordinators=frozenset(places["clause_coordinators"]),
        stance_adjectives=frozenset(places["stance_adjectives"]),
        past_auxiliaries=frozenset(places["past_auxiliaries"]),
        of_holders=frozenset(places["of_holders"])
        | frozenset(words["role_nouns"])
        | frozenset(t.split()[-1].strip(".") for t in words["person_titles"])
        | frozenset(b.split()[-1] for b in words["state_bodies"]),
        office_winning=frozenset(places["office_winning"]),
        name_cues=Phrases.of([*places["name_cues"], *places["capture_verbs"]]),
        force_acts=Phrases.of(places["force_acts"]),
        motion_acts=Phrases.of(places["motion_acts"]),
        striking_verbs=frozenset(places["striking_verbs"]),
        force_nouns=Phrases.of(words["side_actions"]),
        place_followers=frozenset(places["place_followers"]),
        town_words=Phrases.of(places["town_words"]),
        town_word_compounds=frozenset(places["town_word_compounds"]),
        held_heads=frozenset(places["held_heads"]),
        neighbour_words=frozenset(places["neighbour_words"]),
        control_suffixes=tuple(places["control_suffixes"]),
        settlement_words=frozenset(places["settlement_words"]),
        settlement_plurals=frozenset(places["settlement_plurals"]),
        kind_nouns=frozenset(places["kind_nouns"]),
        subject_openers=frozenset(
            [
                *places["subject_relatives"],
                *places["clause_coordinators"],
                *(
                    word
                    for name in (
                        "other_clause_openers",
                        "opening_clause_openers",
                        "loose_clause_openers",
                        "joined_clause_openers",
                        "speech_openers",
                    )
                    for word in words[name]
                ),
            ]
        ),
        sea_town_heads=Phrases.of(places["sea_town_heads"]),
        facility_heads=Phrases.of(places["facility_heads"]),
        anaphors={tuple(k.split()): v for k, v in places["anaphors"].items()},
        anaphor_qualifiers=frozenset(places["anaphor_qualifiers"]) | COMPASS,
        place_parts=frozenset(places["place_parts"]),
        site_anaphors=frozenset(places["site_anaphors"]),
        place_pronouns=frozenset(places["place_pronouns"]),
        taken_pronouns=frozenset(places["taken_pronouns"]),
        existential_words=frozenset(places["existential_words"]),
        origin_prepositions=frozenset(places["origin_prepositions"]),
        journey_words=frozenset(places["journey_words"]),
        holding_prepositions=frozenset(places["holding_prepositions"]),
        origin_verbs=frozenset(places["origin_verbs"]),
        source_prepositions=frozenset(places["source_prepositions"]),
        from_place_words=frozenset(places["from_place_words"]),
        distance_units=frozenset(places["distance_units"]),
        spoken_from_words=frozenset(places["spoken_from_words"]),
        elsewhere_words=frozenset(places["elsewhere_words"]),
        land_verbs=frozenset(places["land_verbs"]),
        speaker_nouns=frozenset(places["speaker_nouns"]),
        speaker_verbs=frozenset(places["speaker_verbs"]),
        seat_nouns=frozenset(places["seat_nouns"]),
        spread_prepositions=frozenset(places["spread_prepositions"]),
        profile_phrases=Phrases.of(places["profile_phrases"]),
        media_nouns=frozenset(places["media_nouns"]),
        partner_prepositions=frozenset(places["partner_prepositions"]),
        topic_phrases=Phrases.of(places["topic_phrases"]),
        planned_sending_verbs=frozenset(places["planned_sending_verbs"]),
        journey_verbs=frozenset(places["journey_verbs"]),
        journey_nouns=frozenset(places["journey_nouns"]),
        way_prepositions=frozenset(places["way_prepositions"]),
        way_nouns=frozenset(places["way_nouns"]),
        people_words=frozenset(places["people_words"]),
        sought_verbs=frozenset(places["sought_verbs"]),
        given_nouns=frozenset(places["given_nouns"]),
        talk_openers=frozenset(places["talk_openers"]),
        cause_openers=frozenset(places["cause_openers"]),
        aim_verbs=frozenset(places["aim_verbs"]),
        aim_markers=frozenset(places["aim_markers"]),
        plea_verbs=frozenset(places["plea_verbs"]),
        content_nouns=frozenset(places["content_nouns"]),
        background_nouns=frozenset(places["background_nouns"]),
        felt_verbs=frozenset(places["felt_verbs"]),
        background_openers=frozenset(places["background_openers"]),
        range_prepositions=frozenset(places["range_prepositions"]),
        place_relatives=frozenset(places["place_relatives"]),
        articles=frozenset(words["articles"]),
        indefinite_articles=frozenset(words["indefinite_articles"]),
        thing_relatives=frozenset(places["thing_relatives"]),
        describing_relatives=frozenset(places["describing_relatives"]),
        place_acts=Phrases.of([*places["place_verbs"], *places["capture_verbs"]]),
        takings=Phrases.of(places["capture_verbs"]),
        aside_participles=frozenset(places["aside_participles"]),
        detail_openers=frozenset(places["detail_openers"]),
        date_relatives=frozenset(places["date_relatives"]),
        person_relatives=frozenset(places["person_relatives"]),
        perfect_auxiliaries=frozenset(places["perfect_auxiliaries"]),
        present_perfect_auxiliaries=frozenset(places["present_perfect_auxiliaries"]),
        name_particles=frozenset(places["name_particles"]),
        apposition_heads=frozenset(places["apposition_heads"]),
        location_participles=frozenset(places["location_participles"]),
        apposition_links=frozenset(places["apposition_links"]),
        strong_population=int(places["strong_population"]),
        context_population=int(places["context_population"]),
    )


def _town_size(name: str, code: str) -> int:
    """The population of the largest town called ``name`` in the country ``code``, 0 if
    the gazetteer has none there ("Kingston": Jamaica's, not Norfolk Island's)."""
    return max((t.population for t in towns_named(name) if t.country == code), default=0)


def _ranked_titles(words: Mapping[str, Any]) -> list[str]:
    """The person titles, with each one-word title also ranked under by a prefix joined
    with a hyphen ("vice-president", "under-secretary-general")."""
    titles: list[str] = words["person_titles"]
    ranked = [
        f"{prefix}-{title}"
        for prefix in words["title_rank_prefixes"]
        for title in titles
        if " " not in title and "." not in title
    ]
    return [*titles, *ranked]


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named at ``text[start:end]``; ``state`` is the country it stands for when it
    acts or speaks (a country itself, a capital, a seat of government), else ``""``.
    ``placed`` is False for a state named as its body's or people's ("the Government of
    Iraq"): then it may act, but nothing happens there; and for a town in a person's title
    ("Kharkiv Mayor Ihor Terekhov"), which "the city" may point back to."""

    start: int
    end: int
    place: Place
    state: str
    placed: bool = True


@dataclass(frozen=True, slots=True)
class Phrases:
    """Word sequences, indexed by their first and last word so that a look-up at a token
    tries only the phrases that can match there, longest first."""

    by_first: dict[str, tuple[tuple[str, ...], ...]]
    by_last: dict[str, tuple[tuple[str, ...], ...]]

    @classmethod
    def of(cls, phrases: Iterable[str]) -> Phrases:
        """Phrases from text; abbreviations lose their dots ("gen." is the token "gen")."""
        found = {
            tuple(w.strip(".") if w.count(".") == 1 else w for w in key(p).split()) for p in phrases
        }
        ordered = sorted(found, key=len, reverse=True)
        by_first: dict[str, list[tuple[str, ...]]] = {}
        by_last: dict[str, list[tuple[str, ...]]] = {}
        for phrase in ordered:
            by_first.setdefault(phrase[0], []).append(phrase)
            by_last.setdefault(phrase[-1], []).append(phrase)
        return cls(
            {w: tuple(v) for w, v in by_first.items()}, {w: tuple(v) for w, v in by_last.items()}
        )

    def at(self, tokens: Sequence[Worded], index: int) -> int:
        """Length in tokens of the longest phrase starting at ``tokens[index]``, else 0."""
        if index >= len(tokens):
            return 0
        for phrase in self.by_first.get(tokens[index].norm, ()):
            size = len(phrase)
            if tuple(t.norm for t in tokens[index : index + size]) == phrase:
                return size
        return 0

    def before(self, tokens: Sequence[Worded], index: int) -> int:
        """Length of the longest phrase ending right before ``tokens[index]``, else 0."""
        if index == 0:
            return 0
        for phrase in self.by_last.get(tokens[index - 1].norm, ()):
            size = len(phrase)
            if index >= size and tuple(t.norm for t in tokens[index - size : index]) == phrase:
                return size
        return 0


def find_places(
    text: str,
    tokens: Sequence[Token],
    lexicon: EntityLexicon,
    pack: DomainPack | None = None,
    taken: Sequence[tuple[int, int]] = (),
    cued_at: frozenset[int] = frozenset(),
) -> list[PlaceMention]:
    """Places named in ``text`` (tokenised as ``tokens``), outside the spans ``taken``; a
    name starting at an offset of ``cued_at`` stands where a place is told, as after "in"
    (a dateline's town). A name the text makes a place ("the Wayanad district") is one
    where it is named before too ("landslides struck Wayanad")."""
    blocked = _blocked_tokens(tokens, taken)
    found, learned = _scan_places(text, tokens, lexicon, pack, blocked, cued_at, {})
    if _named_before_learned(tokens, found, learned):
        found, _ = _scan_places(text, tokens, lexicon, pack, blocked, cued_at, learned)
    pointing = _anaphors(text, tokens, lexicon, found, blocked)
    return sorted([*found, *pointing], key=lambda m: m.start) if pointing else found


def _named_before_learned(
    tokens: Sequence[Token],
    found: Sequence[PlaceMention],
    learned: Mapping[tuple[str, ...], PlaceMention],
) -> bool:
    """Whether a name the text makes a place further on is named before, where no place
    was found ("struck Wayanad ... the Wayanad district")."""
    if not learned:
        return False
    taken = {m.start for m in found}
    firsts = {words[0] for words in learned}
    for index, token in enumerate(tokens):
        if token.norm not in firsts or token.start in taken:
            continue
        for size in range(1, min(_MAX_UNKNOWN, len(tokens) - index) + 1):
            known = learned.get(tuple(t.norm for t in tokens[index : index + size]))
            if known is not None and token.start < known.start:
                return True
    return False


def _scan_places(
    text: str,
    tokens: Sequence[Token],
    lexicon: EntityLexicon,
    pack: DomainPack | None,
    blocked: set[int],
    cued_at: frozenset[int],
    known: Mapping[tuple[str, ...], PlaceMention],
) -> tuple[list[PlaceMention], dict[tuple[str, ...], PlaceMention]]:
    """The places named in ``text`` in one pass, with the names it made places (starting
    from those ``known``), without the words that point back to them."""
    pack_names = _pack_places(pack)
    named = _countries_named(tokens, lexicon, pack_names)
    context = frozenset(named)
    lowered = frozenset(t.norm for t in tokens if not t.capitalised)  # words used as words
    found: list[PlaceMention] = []
    learned = dict(known)  # names the text made places
    cued: dict[int, bool] = {}  # end of a place named after a cue -> the cue was a name cue
    placed = 0  # how many of the places found were read for the context
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if len(found) != placed:  # "the town of Kupiansk ... Kharkiv was hit": a town found
            # makes its country the story's, as naming the country would
            context |= {m.place.country for m in found[placed:] if m.place.kind == "city"}
            placed = len(found)
        titled = (
            _titled_town(text, tokens, index, lexicon, pack_names, context, lowered)
            if _name_word(token, lexicon)
            else None
        )
        if titled is not None:
            found.append(titled)  # "Kharkiv Mayor Ihor Terekhov ... the city"
            while index < len(tokens) and tokens[index].start < titled.end:
                index += 1
            continue
        if (
            index in blocked
            or not _name_word(token, lexicon)
            or token.norm.endswith(lexicon.control_suffixes)  # "Russian-occupied Donetsk"
        ):
            index += 1
            continue
        if index and tokens[index - 1].norm in lexicon.people_words:
            while index < len(tokens) and _name_word(tokens[index], lexicon):
                index += 1  # "ethnic Amhara militias": a people's name, no place
            continue
        elided = _elided_region(text, tokens, index)
        if elided is not None:
            found.append(elided)  # "North and South Kordofan": North Kordofan too
            index += 1
            continue
        land = _land_of_demonym(tokens, index, lexicon)
        if land is not None:
            size, mention = land
            found.append(mention)  # "entered Polish airspace": Poland
            index += size
            continue
        listed = _listed_after(text, tokens, index, cued, lexicon)
        listed_on = listed is not None
        within = bool(found) and index > 0 and _within(found[-1], tokens, index, lexicon)
        apposed = _apposed(text, tokens, index, lexicon)
        if listed is None and (
            within
            or apposed
            or token.start in cued_at
            or _after_preposition(tokens, index, lexicon)
        ):
            listed = False  # "in Kherson", "Gaza's Khan Younis area"
        named_cue = (
            bool(listed)
            or apposed
            or lexicon.name_cues.before(tokens, index) > 0
            or force_target(text, tokens, index, lexicon)
        )
        match = _place_at(
            text, tokens, index, lexicon, pack_names, context, blocked, lowered, listed is not None
        )
        if match is None or named_cue:
            unknown = _unknown_place(text, tokens, index, lexicon, named[:1], blocked, named_cue)
            if unknown is not None and (match is None or match[0] < unknown[0]):
                match = unknown
                named_as = tokens[index : index + unknown[0]]
                if unknown[1].place.kind == "region" and named_as[-1].norm in lexicon.region_words:
                    named_as = named_as[:-1]  # "Yei County ... in Yei": the region again
                elif unknown[1].place.kind != "city":
                    named_as = []
                if named_as:  # its later mentions name it too
                    learned[tuple(t.norm for t in named_as)] = unknown[1]
        if token.norm in lexicon.feature_openers:
            feature = _opened_feature(text, tokens, index, lexicon, blocked)
            if feature is not None and (match is None or match[0] < feature[0]):
                match = feature
        if match is None:
            match = _learned_at(tokens, index, learned, blocked)
        if match is None:
            located = index > 0 and tokens[index - 1].norm in lexicon.locative_prepositions
            if listed_on or located:
                # "in Zarbo, Mueda and Pemba": a name the gazetteer lacks carries the cue on
                cued[tokens[_name_end(text, tokens, index, lexicon) - 1].end] = bool(listed)
            index += 1
            continue
        size, mention = match
        last = index + size - 1
        if (
            last + 1 in blocked
            and tokens[last + 1].capitalised
            and text[tokens[last].end : tokens[last + 1].start] == " "
        ):
            index += size  # "Umm | Samima" cut short by a person's surname: no place
            continue
        if _name_goes_on(text, tokens, last, lexicon):
            index += size  # "Maria | da Silva", "Luiz Inacio Lula da | Silva": a longer name
            continue
        if mention.state and tokens[last].possessive and last + 1 in blocked:
            index += size  # "Lebanon's Hezbollah", "Russia's Wagner group": a named actor's state
            continue
        if index and tokens[index - 1].norm in lexicon.vessel_words:
            index += size  # "the navy ship Brunswick", "HMS Lancaster": a vessel
            continue
        owner = _owning_country(tokens, index, lexicon)
        if (
            owner
            and mention.place.kind == "city"
            and not math.isnan(mention.place.latitude)
            and mention.place.country != owner
        ):
            index += size  # "Peru's Congress": a country's own thing, no town elsewhere
            continue
        if _state_held(tokens, index, lexicon, mention):
            found.append(
                PlaceMention(mention.start, mention.end, mention.place, mention.state, False)
            )
            index += size  # "the Government of Iraq said": the state, not a place
            continue
        if not mention.state and _office_owner(text, tokens, last, lexicon):
            found.append(
                PlaceMention(mention.start, mention.end, mention.place, mention.state, False)
            )
            index += size  # "Sumy's acting mayor said": whose office, not where
            continue
        if (
            _attributive(text, tokens, last, mention, lexicon)
            or _sea_of_town(text, tokens, last, mention, lexicon)
            or (
                _owner(text, tokens, last, mention, lexicon)
                and not _aimed_at_land(tokens, index, lexicon)  # "strikes on Iran's sites"
            )
            or (_held(tokens, index, lexicon, mention) and not _office_won(tokens, index, lexicon))
        ):
            index += size  # "a U.S. federal judge", "the people of Haiti": no place
            continue
        if mention.state and (
            _located(tokens, index, lexicon)
            or _aimed_at_land(tokens, index, lexicon)
            or _listed_with_located(text, found, mention)
            or _held_across(tokens, last, lexicon)
        ):
            mention = PlaceMention(mention.start, mention.end, mention.place, "")  # "in Nepal"
        before = tokens[index - 1] if index else None
        if (
            before is not None
            and before.capitalised
            and before.norm in COMPASS
            and not before.sentence_start
            and text[before.end : token.start] == " "
            and not _water(mention.place, lexicon)  # "the Southern Red Sea" is the Red Sea
        ):  # "Southern California", "Eastern Ukraine": the part is named as a place
            first = index - 1  # "North West Nigeria": every word of the part
            while (
                first > 0
                and tokens[first - 1].capitalised
                and tokens[first - 1].norm in COMPASS
                and not tokens[first].sentence_start
                and text[tokens[first - 1].end : tokens[first].start] == " "
            ):
                first -= 1
            before = tokens[first]
            place = mention.place  # its name as found: "North Wazirabad district", singular
            written = f"{text[before.start : mention.start]}{place.name}"
            mention = PlaceMention(
                before.start,
                mention.end,
                Place(written, place.country, place.latitude, place.longitude, "region"),
                "",
            )
        if found and index > 0 and _within(found[-1], tokens, index, lexicon):
            mention = _held_by(mention, found.pop())  # "Russia's Kursk region": the region
        found.append(mention)
        if mention.place.kind == "region" and not mention.state:
            named_as = tokens[index : last + 1]
            if len(named_as) > 1 and named_as[-1].norm in lexicon.region_words:
                named_as = named_as[:-1]  # "the Kursk region ... Kursk had been calm"
            learned.setdefault(tuple(t.norm for t in named_as), mention)
        if named_cue or listed is not None:
            cued[mention.end] = named_cue
        word = lexicon.town_words.at(tokens, last + 1)
        if word and tokens[last].end == mention.end:  # "the Jabalia refugee camp, X and Y":
            cued[tokens[last + word].end] = True  # the word says what the list names
        index += size
    return found, learned


def _owning_country(tokens: Sequence[Token], index: int, lexicon: EntityLexicon) -> str:
    """The code of the country whose possessive name ends right before ``tokens[index]``
    ("Peru's", "South Korea's"), else ``""``."""
    if not index or not tokens[index - 1].possessive:
        return ""
    for size in (3, 2, 1):
        if size <= index:
            named = tokens[index - size : index]
            if all(t.capitalised for t in named):
                country = lexicon.country_names.get(" ".join(t.norm for t in named))
                if country is not None:
                    return country.code
    return ""


def _land_of_demonym(
    tokens: Sequence[Token], index: int, lexicon: EntityLexicon
) -> tuple[int, PlaceMention] | None:
    """The country whose adjective opens at ``tokens[index]`` when a word for its land
    follows ("entered Polish airspace", "off the Turkish coast"), with the number of tokens
    the adjective takes; None for its people or its state ("Polish troops")."""
    for size in (2, 1):
        named = tokens[index : index + size]
        country = lexicon.demonyms.get(" ".join(t.norm for t in named))
        if country is None or len(named) < size or not all(t.capitalised for t in named):
            continue
        land = lexicon.demonym_lands.at(tokens, index + size)
        if not land or any(t.capitalised for t in tokens[index + size : index + size + land]):
            return None
        lat, lon = country.point
        place = Place(country.name, country.code, lat, lon, kind="country")
        return size, PlaceMention(named[0].start, named[-1].end, place, "")
    return None


def _elided_region(text: str, tokens: Sequence[Token], index: int) -> PlaceMention | None:
    """The region a compass word at ``tokens[index]`` names before "and" and another compass
    word of a region's name ("North and South Kordofan", "West and North Darfur"): the
    first region's name shares the second's rest, when a region of the same country is so
    called."""
    if (
        index + 3 >= len(tokens)
        or tokens[index].norm not in COMPASS
        or not tokens[index].capitalised
        or tokens[index + 1].norm != "and"
        or tokens[index + 2].norm not in COMPASS
        or not tokens[index + 2].capitalised
        or not tokens[index + 3].capitalised
        or text[tokens[index].end : tokens[index + 3].start].count(" ") != 3
        or (index and tokens[index - 1].capitalised and not tokens[index].sentence_start)
    ):
        return None  # "the Middle East and North Africa": the word ends another name
    rest = tokens[index + 3].text
    other = {region.country for region in regions_named(f"{tokens[index + 2].text} {rest}")}
    region = next(
        (r for r in regions_named(f"{tokens[index].text} {rest}") if r.country in other), None
    )
    if region is None:
        return None
    place = Place(region.name, region.country, *region.point, kind="region")
    return PlaceMention(tokens[index].start, tokens[index].end, place, "")


def _water(place: Place, lexicon: EntityLexicon) -> bool:
    """Whether ``place`` is a sea, a gulf or a strait of no one country ("Red Sea")."""
    return not place.country and any(
        word in lexicon.place_words for word in key(place.name).split()
    )


def _titled_town(
    text: str,
    tokens: Sequence[Token],
    index: int,
    lexicon: EntityLexicon,
    pack: dict[str, tuple[Place, bool]],
    context: frozenset[str],
    lowered: frozenset[str],
) -> PlaceMention | None:
    """The town or region opening a person's name before the capitalised title it qualifies
    ("Kharkiv Mayor Ihor Terekhov", "Kano State Governor X", also past the title's remit:
    "Kano State Information Commissioner X"), as a place nothing happens in; "the city"
    may point back to such a town; else ``None``."""
    if (
        index
        and not tokens[index].sentence_start
        and _name_word(tokens[index - 1], lexicon)
        and text[tokens[index - 1].end : tokens[index].start] == " "
    ):
        return None  # not the name's first word
    title = next(
        (
            end
            for end in range(index + 1, min(len(tokens), index + _MAX_NAME + 1))
            if lexicon.person_titles.at(tokens, end)
        ),
        0,
    )
    first = max(0, index - 2)
    if (
        not title
        or tokens[title].sentence_start
        or tokens[title - 1].possessive  # "Kharkiv's mayor": the town's own, found as such
        or not tokens[title].capitalised  # "Voronezh governor X said": found as such
        or title > _after_name_words(tokens, index, lexicon)
        or any("," in text[t.end : u.start] for t, u in pairwise(tokens[index : title + 1]))
    ):
        return None  # but "Ternopil, Interior Minister X": the comma ends the town's name
    # the name read alone, up to its title: in the whole name it runs on into the person's
    match = _place_at(
        text, tokens[first:title], index - first, lexicon, pack, context, set(), lowered, False
    )
    if match is None or match[1].place.kind == "country" or index + match[0] > title:
        return None
    if any(not t.capitalised or t.possessive for t in tokens[index + match[0] : title]):
        return None  # but "Blue Nile State Information Minister": the title's remit between
    mention = match[1]
    return PlaceMention(mention.start, mention.end, mention.place, "", False)


def _after_name_words(tokens: Sequence[Token], index: int, lexicon: EntityLexicon) -> int:
    """The index past the name words that run on from ``tokens[index]``."""
    end = index
    while (
        end < len(tokens)
        and _name_word(tokens[end], lexicon)
        and (end == index or not tokens[end].sentence_start)
    ):
        end += 1
    return end


def name_word(word: str, lexicon: EntityLexicon) -> bool:
    """A capitalised word, or a name behind a lower-case particle ("al-Shaddadi")."""
    if word[:1].isupper():
        return True
    particle, _, rest = word.partition("-")
    return rest[:1].isupper() and particle in lexicon.name_particles


def _name_word(token: Token, lexicon: EntityLexicon) -> bool:
    return name_word(token.text, lexicon)


def _after_preposition(tokens: Sequence[Token], index: int, lexicon: EntityLexicon) -> bool:
    """Whether a preposition (or a verb of striking) stands before ``tokens[index]``, maybe
    with "the" between ("in the Toretsk area"), not one after a verb of saying ("confirmed
    to Xinhua": whom it is said to)."""
    if index and tokens[index - 1].norm == "the":
        index -= 1
    size = lexicon.prepositions.before(tokens, index)
    return (
        size > 0
        and not _tied(tokens, index - size, lexicon)
        and not lexicon.addressed_phrases.before(tokens, index)
    )


def _tied(tokens: Sequence[Token], preposition: int, lexicon: EntityLexicon) -> bool:
    """Whether the preposition at ``tokens[preposition]`` ties a group to the name after
    it ("linked to", "loyal to", "allied with"), or names who took a place ("fell to"):
    the side, not a place."""
    return preposition > 0 and (
        tokens[preposition - 1].norm in lexicon.tie_words
        or taker_after(tokens, preposition, lexicon)
    )


def taker_after(tokens: Sequence[Token], index: int, lexicon: EntityLexicon) -> bool:
    """Whether ``tokens[index]`` is the "to" after a verb of a place passing to whoever
    takes it ("fell | to | Chilean troops", "had fallen | to | Peru"): the name after it is
    the side that took the place, as the agent of a passive is."""
    return (
        0 < index < len(tokens)
        and tokens[index].norm == "to"
        and tokens[index - 1].norm in lexicon.taken_place_verbs
    )


_APPOSITION_HEAD_REACH = 3  # words from "a" or "the" to the head ("a small mining town")


def _apposed(text: str, tokens: Sequence[Token], index: int, lexicon: EntityLexicon) -> bool:
    """Whether the name opening at ``tokens[index]`` is followed by a phrase that calls it a
    place ("Sake, a town 25 km west of Goma", "Bukavu, the capital of South Kivu"), not one
    that says what a person is ("Smith, a town councillor")."""
    end = index
    while end < min(len(tokens), index + _MAX_UNKNOWN) and _name_word(tokens[end], lexicon):
        if tokens[end].possessive or (
            end > index and text[tokens[end - 1].end : tokens[end].start] != " "
        ):
            return False
        end += 1
    if end == index or end + 1 >= len(tokens):
        return False
    if text[tokens[end - 1].end : tokens[end].start] != ", ":
        return False
    if tokens[end].norm == "in":  # after a preposition of place, no person's name
        located = index > 0 and tokens[index - 1].norm in lexicon.locative_prepositions
        return located and _in_region_after(text, tokens, end + 1, lexicon)
    if tokens[end].norm not in lexicon.articles:
        return False
    for head in range(end + 1, min(end + 1 + _APPOSITION_HEAD_REACH, len(tokens))):
        token = tokens[head]
        if token.capitalised or text[tokens[head - 1].end : token.start] != " ":
            return False
        if token.norm in lexicon.apposition_heads and not token.possessive:
            if head + 1 == len(tokens) or _closes(text, tokens, head + 1):
                return True
            following = tokens[head + 1].norm
            return following in lexicon.apposition_links or following[:1].isdigit()
    return False


def apposed_names(text: str, tokens: Sequence[Token], lexicon: EntityLexicon) -> frozenset[str]:
    """The names (their words lower-cased, joined by spaces) that ``text`` calls a place by
    a phrase set after them ("En Kala, a trading town in the north"): a place wherever
    named, never a person ("En Kala lies on the road")."""
    names = set()
    for index, token in enumerate(tokens):
        if not _name_word(token, lexicon) or (
            index
            and _name_word(tokens[index - 1], lexicon)
            and text[tokens[index - 1].end : token.start] == " "
        ):
            continue  # not the first word of a name
        if not _apposed(text, tokens, index, lexicon):
            continue
        end = index + 1  # the name runs, one space apart, up to the comma
        while text[tokens[end - 1].end : tokens[end].start] == " ":
            end += 1
        names.add(" ".join(t.norm for t in tokens[index:end]))
    return frozenset(names)


def _in_region_after(
    text: str, tokens: Sequence[Token], index: int, lexicon: EntityLexicon
) -> bool:
    """Whether ``tokens[index:]`` name a region by its name and region word, closing the
    aside set off after a name ("Kpalo, | in the Plateaux region,"): where that name lies."""
    if index < len(tokens) and tokens[index].norm == "the":
        index += 1
    start = index
    while index < min(len(tokens), start + _MAX_UNKNOWN) and _name_word(tokens[index], lexicon):
        if tokens[index].possessive:
            return False
        index += 1
    return (
        start < index < len(tokens)
        and tokens[index].norm in lexicon.region_words
        and _closes(text, tokens, index + 1)
    )


def _listed_after(
    text: str,
    tokens: Sequence[Token],
    index: int,
    cued: dict[int, bool],
    lexicon: EntityLexicon,
) -> bool | None:
    """Whether the name at ``tokens[index]`` goes on a list whose first place followed a cue
    ("around Toretsk and Siversk", "seized Masisi, Minova and Sake"): ``True`` when that cue
    was a name cue, ``False`` when a preposition, ``None`` when it is no such list."""
    if index < 2:
        return None
    before = tokens[index - 1]
    if before.norm in ("and", "or") and text[before.end : tokens[index].start] == " ":
        gap = text[tokens[index - 2].end : before.start]
        end = tokens[index - 2].end
    else:
        gap = text[before.end : tokens[index].start]
        end = before.end
    if gap not in (" ", ", ") or (gap == " " and before.norm not in ("and", "or")):
        return None
    if before.norm in ("and", "or"):
        if gap == ", ":  # "Kidal, a town north of Timbuktu, and Tessalit"
            named = aside_opening(text, tokens, index - 2, lexicon)
            end = tokens[named].end if named >= 0 and tokens[named].end in cued else end
    elif gap == ", " and not _item_ends(text, tokens, index, lexicon):
        return None  # "the Zamzam camp, Save the Children said": no list goes on
    return cued.get(end)


_ASIDE_REACH = 10  # words in an aside that says where a place of a list lies


class Spanned(Worded, Protocol):
    """A word with its offsets in the text."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def aside_opening(text: str, tokens: Sequence[Spanned], last: int, lexicon: EntityLexicon) -> int:
    """The index of the last word of the name before an aside ending at ``tokens[last]``
    that says where that name lies ("Kidal, a town north of Timbuktu"): a list of places
    goes on after it ("..., and Tessalit"); -1 when there is none."""
    for first in range(last, max(0, last - _ASIDE_REACH), -1):
        gap = text[tokens[first - 1].end : tokens[first].start]
        if gap != " ":
            heads = {t.norm for t in tokens[first + 1 : last + 1]} & lexicon.apposition_heads
            opened = gap == ", " and tokens[first].norm in lexicon.articles
            return first - 1 if opened and heads else -1
    return -1


def _item_ends(text: str, tokens: Sequence[Token], index: int, lexicon: EntityLexicon) -> bool:
    """Whether the name opening at ``tokens[index]`` ends where an item of a list does: at
    punctuation, "and", "or" or the text's end."""
    end = _name_end(text, tokens, index, lexicon)
    return (
        end >= len(tokens)
        or tokens[end].norm in ("and", "or")
        or text[tokens[end - 1].end : tokens[end].start] != " "
    )


def force_target(text: str, tokens: Sequence[Token], index: int, lexicon: EntityLexicon) -> bool:
    """Whether the name opening at ``tokens[index]`` is what an act of force is aimed at,
    or where a move goes ("entered Kalbayo", "fled Umbakari"), and stands alone ("shelled
    Um Kadada on Sunday", "the attack on Hroza killed 59", "shelling hit Umanske"): a place,
    even one the gazetteer lacks; not a qualifier ("struck Houthi positions") or an owner
    ("near al-Qaida's camps"), nor a common word ("stormed Parliament")."""
    verb = index - 1
    if (
        not lexicon.force_acts.before(tokens, index)
        and not lexicon.motion_acts.before(tokens, index)
        and not (
            verb > 0
            and tokens[verb].norm in lexicon.striking_verbs
            and lexicon.force_nouns.before(tokens, verb)
        )
    ):
        return False
    end = _name_end(text, tokens, index, lexicon)
    if tokens[end - 1].possessive or (end == index + 1 and tokens[index].norm in common_words()):
        return False  # "near al-Qaida's camps": the owner of what is named
    if (
        end >= len(tokens)
        or text[tokens[end - 1].end : tokens[end].start] != " "  # "shelled Gao, killing"
        or tokens[end].capitalised
        or not tokens[end].norm.isalpha()
    ):
        return True
    word = tokens[end].norm
    return word in lexicon.place_followers or word.endswith(("ed", "ing"))


def _name_end(text: str, tokens: Sequence[Token], index: int, lexicon: EntityLexicon) -> int:
    """The token after the name of at most a few words opening at ``tokens[index]``."""
    end = index + 1
    while (
        end < min(len(tokens), index + _MAX_UNKNOWN)
        and _name_word(tokens[end], lexicon)
        and text[tokens[end - 1].end : tokens[end].start] == " "
    ):
        end += 1
    return end


_ANAPHOR_REACH = 1500  # characters: a place named further back is not what "the city" means
_ANAPHOR_QUALIFIERS = 2  # words between "the" and "city" ("the besieged southern city")


# An aside set off by spaced dashes or by brackets within a sentence ("Sumy - unlike
# Crimea - was never annexed", "Sumy (unlike Crimea)").
_ASIDE = re.compile(r"\s[—–-]\s[^—–\n.!?]{1,200}?\s[—–-]\s|\([^()\n]{1,200}\)")


def _anaphors(
    text: str,
    tokens: Sequence[Token],
    lexicon: EntityLexicon,
    found: Sequence[PlaceMention],
    blocked: set[int],
) -> list[PlaceMention]:
    """Words that point back to a place ("into the city", "broke out there"), each as a
    mention of the last place of its kind named within reach before it, not inside an
    aside, which only describes the place named before it ("Sumy - unlike Crimea - "), and
    for an act ("the attack", "Monday's attack") in a sentence before its own, where an
    act was last told if any. A part of a place ("the city centre", "its outskirts") points
    back like the place. One pass."""
    last: dict[str, PlaceMention] = {}  # kind -> the last place of that kind
    pointing: list[PlaceMention] = []
    next_found = 0
    asides = iter(_ASIDE.finditer(text))
    aside = next(asides, None)
    firsts = {words[0] for words in lexicon.anaphors}
    listed = _coordinated(text, found)
    acts = lexicon.act_nouns
    indices = {t.start: i for i, t in enumerate(tokens)}
    starts = [m.start for m in found]
    pointed: set[int] = set()  # where the words pointing back found so far open
    sentence = 0  # where the sentence of the word at hand opens
    before = 0  # where the sentence before it opens
    for index, token in enumerate(tokens):
        if token.sentence_start:
            before, sentence = sentence, token.start
        dated = token.possessive and token.norm in lexicon.date_words  # "Monday's attack"
        owning = token.norm in lexicon.place_pronouns  # "its outskirts"
        # "Troops retook it", "They entered it"
        taken = (
            token.norm in lexicon.taken_pronouns and lexicon.place_acts.before(tokens, index) > 0
        )
        if token.norm not in firsts and not dated and not owning and not taken:
            continue
        while next_found < len(found) and found[next_found].start <= token.start:
            mention = found[next_found]
            next_found += 1
            while aside is not None and aside.end() <= mention.start:
                aside = next(asides, None)
            if aside is not None and aside.start() <= mention.start:
                continue
            if not mention.placed and mention.place.kind == "region":
                continue  # "Darfur Governor X ... attacks in the region": a region at large
            at = indices[mention.start]
            neighbour = at > 0 and tokens[at - 1].norm in lexicon.neighbour_words
            # "the town" means one place singled out, never one of "Izium, Lyman and Kupiansk"
            # nor one another place only lies off ("Tessalit, 20 km north of Kidal")
            lain_off = _lain_off(tokens, at)
            single = mention.start not in listed and not lain_off
            if single and not (neighbour and mention.place.kind == "country"):
                last[mention.place.kind] = mention  # "in neighbouring Bhutan": by the way
            if (
                single
                and mention.place.kind == "city"
                and _capital(mention.place.name, mention.place.country)
            ):
                last["capital"] = mention  # "Lome ... in the capital", not a town named since
            word = mention.place.name.rsplit(" ", 1)[-1].lower()
            if single and word in lexicon.region_words:
                last["worded region"] = mention  # "the Kursk region ... the region"
            if single and lexicon.anaphors.get(("the", word)) == "own word":
                last[f"the {word}"] = mention  # "Kharkiv Oblast ... the oblast": that word's
            site = _site_word(tokens, at, mention.end, lexicon)
            if single and site:
                last[f"the {site}"] = mention  # "Zamzam camp ... stormed the camp"
            if not (mention.state and _subject(tokens, at, lexicon)) and not lain_off:
                last["any"] = mention  # "there" is no state acting ("Russia claimed ... there")
                if mention.place.kind != "city":
                    last["land"] = mention  # "the island": a region or a country, no town
                if _beside_act(tokens, at, acts):
                    last["act"] = mention  # "an attack on X": where an act was told
        skip = 0  # "the entire city", "the southern town"
        while (
            skip < _ANAPHOR_QUALIFIERS
            and index + skip + 1 < len(tokens)
            and tokens[index + skip + 1].norm in lexicon.anaphor_qualifiers
            and not tokens[index + skip + 1].capitalised
        ):
            skip += 1
        if taken:
            town = last.get("city")
            if (
                town is not None
                and town.start >= before
                # a subject of its own sentence stands for it ("The ship ... it"); one
                # described beside the town in the sentence before does not
                and not _owner_between(
                    tokens, town, index, found, starts, pointed, lexicon, since=sentence
                )
            ):
                pointing.append(PlaceMention(token.start, token.end, town.place, ""))
            continue
        if owning:
            part = index + skip + 1
            antecedent = last.get("any")
            if (
                part < len(tokens)
                and tokens[part].norm in lexicon.place_parts
                and antecedent is not None
                and antecedent.start >= before
                and _points_back(tokens, part, lexicon, "part")
                and not _owner_between(tokens, antecedent, index, found, starts, pointed, lexicon)
            ):
                pointing.append(PlaceMention(token.start, tokens[part].end, antecedent.place, ""))
            continue
        for size in (2, 1):
            last_word = index + skip + size - 1 if size > 1 else index
            words = tuple(t.norm for t in tokens[last_word - size + 1 : last_word + 1])
            words = ("the" if dated else token.norm, *words[1:])  # the qualifiers left out
            kind = lexicon.anaphors.get(words)
            if kind == "own word":
                kind = " ".join(words)  # "the oblast": the last region named with "Oblast"
            if (
                kind is None
                and size == 2
                and words[0] == "the"
                and " ".join(words) in last
                and not _placed_after(tokens, last_word, lexicon)
            ):
                kind = " ".join(words)  # a site named after a place before ("the camp")
            if dated and kind != "act":
                continue
            if (
                kind is None
                or index in blocked
                or (token.capitalised and not token.sentence_start and not dated)
            ):
                continue
            end = min(last_word, len(tokens) - 1)  # the text may end before ``size`` words
            if not _points_back(tokens, end, lexicon, kind):
                break
            if kind == "act" and not (
                _subject(tokens, index, lexicon) or _dated_relative(text, tokens, end, lexicon)
            ):
                break  # "leaders condemned the attack": talked about, not where
            if kind == "capital" and not (
                index > 0 and tokens[index - 1].norm in lexicon.locative_prepositions
            ):
                break  # "clashes in the capital", not "a part of the capital and an attack"
            antecedent = last.get("act", last.get("any")) if kind == "act" else last.get(kind)
            if kind == "act" and antecedent is not None and antecedent.start >= sentence:
                break  # an act told before was told in a sentence before
            if antecedent is not None and token.start - antecedent.end <= _ANAPHOR_REACH:
                pointing.append(PlaceMention(token.start, tokens[end].end, antecedent.place, ""))
                pointed.add(token.start)
            break
    return pointing


def _site_word(tokens: Sequence[Token], at: int, end: int, lexicon: EntityLexicon) -> str | None:
    """The word of a site named after the place whose name opens at ``tokens[at]`` and
    ends at ``end`` ("Zamzam camp", "the Ryazan oil refinery": "camp", "refinery"), when
    ``site_anaphors`` holds it; else None."""
    after = at
    while after < len(tokens) and tokens[after].start < end:
        after += 1
    size = lexicon.facility_heads.at(tokens, after) or lexicon.town_words.at(tokens, after)
    word = tokens[after + size - 1].norm if size else None
    return word if word in lexicon.site_anaphors else None


def _placed_after(tokens: Sequence[Token], end: int, lexicon: EntityLexicon) -> bool:
    """Whether a preposition of place and a name follow ``tokens[end]`` ("the camp near
    Zalingei"): the phrase names its own place."""
    return (
        end + 2 < len(tokens)
        and tokens[end + 1].norm in lexicon.locative_prepositions
        and tokens[end + 2].capitalised
    )


def _owner_between(
    tokens: Sequence[Token],
    antecedent: PlaceMention,
    index: int,
    found: Sequence[PlaceMention],
    starts: Sequence[int],
    pointed: set[int],
    lexicon: EntityLexicon,
    since: int = 0,
) -> bool:
    """Whether a clause after the place ``antecedent`` (and after offset ``since``) has for
    subject a singular noun group, a name or another place, which the pronoun at
    ``tokens[index]`` then stands for
    ("Gao ... The charity said its centre", "UNICEF moved its centre", "Russia said its"),
    not a plural one ("Troops reached its outskirts") nor one only the object ("missiles
    struck a site on its outskirts")."""
    at = index - 1
    while at >= 0 and tokens[at].start >= max(antecedent.end, since):
        token = tokens[at]
        at -= 1
        named = bisect_right(starts, token.start) - 1
        if named >= 0 and found[named].end > token.start:
            if found[named].start == token.start and _subject(tokens, at + 1, lexicon):
                return True  # another place as subject ("Russia said its")
            continue
        determiner = token.norm in lexicon.articles
        if (
            token.start in pointed  # "the city": the place itself
            or not (determiner or token.capitalised)
            or not _subject(tokens, at + 1, lexicon)
            or (not determiner and token.norm in _function_words())  # "They", "It"
        ):
            continue
        opening = at + 2 if determiner else at + 1
        if opening >= index:
            continue
        head = _group_head(tokens, opening)
        if head.norm in lexicon.date_words or head.norm in _function_words():
            continue  # "On Monday", "The same"
        if not head.norm.endswith("s"):
            return True  # "The charity", "UNICEF", not "Russian forces"
    return False


_LIST_GAPS = frozenset({", ", " and ", ", and ", " or ", ", or "})


def _coordinated(text: str, found: Sequence[PlaceMention]) -> set[int]:
    """The offsets of the places named as items of a list joined by "and" or "or"
    ("Izium, Lyman and Kupiansk", "the Sudzha and Korenevo districts"), not those a comma
    only sets apart ("Lyman, Donetsk region")."""
    listed: set[int] = set()
    run: list[PlaceMention] = []
    joined = False
    for mention in [*found, None]:
        gap = text[run[-1].end : mention.start] if run and mention is not None else None
        if gap in _LIST_GAPS and mention is not None:
            run.append(mention)
            joined = joined or gap.strip(", ") != ""
            continue
        if joined:
            listed.update(m.start for m in run)
        run, joined = ([mention] if mention is not None else []), False
    return listed


_ACT_REACH = 4  # words between an act and the place it is told at ("attack by X on Y")


def _beside_act(tokens: Sequence[Token], index: int, acts: frozenset[str]) -> bool:
    """Whether the name at ``tokens[index]`` is told within a few words of an act, in its
    sentence ("an attack on Gao", "looting Gao throughout the attack")."""
    first = index
    while first > max(0, index - _ACT_REACH) and not tokens[first].sentence_start:
        first -= 1
    for near in tokens[first : index + _ACT_REACH + 1]:
        if near.sentence_start and near.start > tokens[index].start:
            break
        if near.norm in acts or near.norm.removesuffix("s") in acts:
            return True
    return False


def _lain_off(tokens: Sequence[Token], index: int) -> bool:
    """Whether the name at ``tokens[index]`` is what another place lies off ("a village 20
    km south of Mosul"), not a part of it ("the south of Mali")."""
    return (
        index > 1
        and tokens[index - 1].norm == "of"
        and tokens[index - 2].norm in COMPASS
        and (index < 3 or tokens[index - 3].norm != "the")
    )


_RELATIVE_REACH = 12  # words from "which" to the date its clause tells


def _dated_relative(text: str, tokens: Sequence[Token], end: int, lexicon: EntityLexicon) -> bool:
    """Whether the act ending at ``tokens[end]`` is followed by a clause on "which" that
    dates it ("died in the airstrike, which came on Friday"), not one that only talks
    about it ("condemned the attack, which they called a crime")."""
    after = end + 1
    if (
        after >= len(tokens)
        or tokens[after].norm not in lexicon.thing_relatives
        or "," not in text[tokens[end].end : tokens[after].start]
    ):
        return False
    for index in range(after + 1, min(len(tokens), after + _RELATIVE_REACH)):
        if tokens[index].sentence_start or "," in text[tokens[index - 1].end : tokens[index].start]:
            return False
        if tokens[index].norm in lexicon.date_words:
            return True
    return False


def _subject(tokens: Sequence[Token], index: int, lexicon: EntityLexicon) -> bool:
    """Whether the name at ``tokens[index]`` opens its sentence or a clause, as its subject
    ("Russia claimed", "But Moscow said", "which Moscow claims", "that Kyiv lost")."""
    if index and tokens[index - 1].norm == "the":
        index -= 1
    return (
        tokens[index].sentence_start
        or index == 0
        or tokens[index - 1].norm in lexicon.subject_openers
    )


def _points_back(tokens: Sequence[Token], end: int, lexicon: EntityLexicon, kind: str) -> bool:
    """Whether the anaphor ending at ``tokens[end]`` means a place named before: not "the
    city of X", "the town hall", "there is", nor "the country's interests"."""
    following = tokens[end + 1] if end + 1 < len(tokens) else None
    if tokens[end].possessive:  # "the country's south", "the city's railway station"
        return _of_land(tokens, end + 1, lexicon) or (
            kind == "city" and _facility_after(tokens, end + 1, lexicon)
        )
    if following is None:
        return True
    if kind == "any":
        return following.norm not in lexicon.existential_words
    if following.norm in lexicon.place_parts:  # "the city centre", not "the city hall"
        return _points_back(tokens, end + 1, lexicon, kind)
    if kind == "act":  # not "the attack on Kharkiv", which names its place (or its doer)
        named = tokens[end + 2] if end + 2 < len(tokens) else None
        return not (
            named is not None
            and not following.capitalised
            and named.capitalised
            and not named.sentence_start
            and named.norm not in lexicon.date_words
        )
    return (
        following.norm != "of"
        and (
            not following.capitalised
            or following.sentence_start  # "entered the city. He said"
            or following.norm in lexicon.date_words
        )
        and following.norm not in lexicon.town_word_compounds
    )


_FACILITY_REACH = 2  # words from a town's possessive to its site ("the town's main stadium")


def _facility_after(tokens: Sequence[Token], index: int, lexicon: EntityLexicon) -> bool:
    """Whether a site a town holds is named from ``tokens[index]``, maybe after a word
    describing it ("railway station", "main square"), with no punctuation between."""
    for at in range(index, min(index + _FACILITY_REACH, len(tokens))):
        if at > index and tokens[at].start != tokens[at - 1].end + 1:
            return False
        if lexicon.facility_heads.at(tokens, at):
            return True
        if tokens[at].capitalised or tokens[at].possessive:
            return False
    return False


def _attributive(
    text: str, tokens: Sequence[Token], last: int, mention: PlaceMention, lexicon: EntityLexicon
) -> bool:
    """True when a country's name qualifies the noun after it ("U.S. officials"), also
    joined by a hyphen to another name ("the U.S.-Kenya relationship")."""
    if mention.place.kind != "country" or last + 1 >= len(tokens) or tokens[last].possessive:
        return False
    while (
        last + 2 < len(tokens)
        and tokens[last + 1].capitalised
        and text[tokens[last].end : tokens[last + 1].start] == "-"
    ):
        last += 1
    following = tokens[last + 1]
    joined = text[tokens[last].end : following.start] == " "
    if following.norm in lexicon.land_nouns and not (
        last + 2 < len(tokens)
        and not tokens[last + 2].capitalised
        and tokens[last + 2].norm in lexicon.attributive_heads
    ):
        return False  # "near the Bangladesh border": where, unlike "Bangladesh border guards"
    return joined and not following.capitalised and following.norm in lexicon.attributive_heads


def _sea_of_town(
    text: str, tokens: Sequence[Token], last: int, mention: PlaceMention, lexicon: EntityLexicon
) -> bool:
    """True when a sea's or another place's name describes the town named after it ("the
    Black Sea port of Odesa", "the Red Sea port city of X", "the southern Gaza city of X";
    not "the Amhara region town of X", nor "in Dnipro city of Ukraine"): where the town
    lies, no place of its own."""
    if (
        last + 1 >= len(tokens)
        or tokens[last].possessive
        or text[tokens[last].end : tokens[last + 1].start] != " "
    ):
        return False
    size = lexicon.sea_town_heads.at(tokens, last + 1)
    if not size:
        return False
    if not mention.place.country:
        return tokens[last].norm in lexicon.place_words  # a sea, not a name the gazetteer lacks
    if tokens[last].norm in lexicon.region_words:
        return False  # "the Amhara region town of Weldiya": the region is named as one
    head = tokens[last + size]  # "the Lebanon town of Tyre", not "the Gaza city council"
    following = tokens[last + size + 1] if last + size + 1 < len(tokens) else None
    named = tokens[last + size + 2] if last + size + 2 < len(tokens) else None
    return (
        not head.capitalised
        and following is not None
        and following.norm in lexicon.holding_prepositions
        and text[head.end : following.start] == " "
        and named is not None
        and key(named.text) not in lexicon.country_names  # "Dnipro city of Ukraine"
    )


def _owner(
    text: str, tokens: Sequence[Token], last: int, mention: PlaceMention, lexicon: EntityLexicon
) -> bool:
    """True when a state's name owns a thing that is no part of its land ("Russia's
    interference", "Moscow's accession", "Lebanon's Health Ministry"), its acronym in
    brackets between ("Iran's (IRI) launches"): then the name stands for the state."""
    if not mention.state or not tokens[last].possessive or last + 1 >= len(tokens):
        return False
    after = last + 1
    if (
        after + 1 < len(tokens)
        and text[tokens[last].end : tokens[after].start].endswith("(")
        and text[tokens[after].end : tokens[after + 1].start].startswith(")")
        and tokens[after].text.isupper()
    ):
        after += 1  # "the Islamic Republic of Iran's (IRI) launches": past its acronym
    while after + 1 < len(tokens) and (
        tokens[after].norm in lexicon.date_words or tokens[after].norm.isdigit()
    ):
        after += 1  # "Turkey's January attack": the date says when, the noun whose
    following = tokens[after]
    if not following.capitalised and _befalls(tokens, after, lexicon.land_votes):
        return False  # "Peru's general election": held across its land, "general" no title
    if _office_after(text, tokens, after, lexicon):
        return True  # "Peru's President Ana Ruiz": the state whose office she holds
    if following.capitalised:  # "Lebanon's Health Ministry", not "Russia's Kursk region"
        while (
            after + 1 < len(tokens)
            and tokens[after + 1].capitalised
            and not tokens[after].possessive
            and not tokens[after + 1].sentence_start
        ):
            after += 1
        if lexicon.facility_heads.at(tokens, after + 1):
            return False  # "Islamabad's G-11 sector": a named part of its land
        acronym = len(tokens[after].text) > 1 and tokens[after].text.isupper()  # "Russia's FSB"
        return acronym or tokens[after].norm in lexicon.of_holders
    group = lexicon.state_groups.at(tokens, after)
    if group and not _of_land(tokens, after + group, lexicon):
        return True  # "China's coast guard": a body of the state, though "coast" is land
    return not _of_land(tokens, after, lexicon)


_OFFICE_REACH = 3  # words from a possessive to the title or body it owns ("Iran's new acting
# foreign minister")


def _office_owner(text: str, tokens: Sequence[Token], last: int, lexicon: EntityLexicon) -> bool:
    """Whether the place whose possessive ends at ``tokens[last]`` owns the office or body
    named right after it ("Sumy's acting mayor", "the region's governor"), or whose name
    qualifies a title right after it ("a former Sumy mayor"): it says whose the office is,
    not where anything happens."""
    if last + 1 >= len(tokens):
        return False
    if tokens[last].possessive:
        return _office_after(text, tokens, last + 1, lexicon)
    # "a former Tacna mayor": the name qualifies a title right after it
    return (
        text[tokens[last].end : tokens[last + 1].start] == " "
        and lexicon.person_titles.at(tokens, last + 1) > 0
    )


def _office_after(text: str, tokens: Sequence[Token], index: int, lexicon: EntityLexicon) -> bool:
    """Whether the words from ``tokens[index]``, after a possessive, name an office or a
    state body or court, maybe past a few words describing it ("acting mayor", "Supreme
    Leader", "General Staff", "Constitutional Court"), with no punctuation or other
    possessive between."""
    for at in range(index, min(index + _OFFICE_REACH, len(tokens))):
        token = tokens[at]
        if at > index and text[tokens[at - 1].end : token.start] != " ":
            return False
        if (
            lexicon.person_titles.at(tokens, at)
            or lexicon.state_bodies.at(tokens, at)
            or lexicon.state_courts.at(tokens, at)
        ):
            return at == index or not lexicon.land_nouns & {t.norm for t in tokens[index:at]}
        if token.possessive or token.norm in _function_words() or token.norm.isdigit():
            return False
    return False


_BEFALLING_REACH = 3  # words from a possessive to what befell the land ("worst cholera outbreak")


_GROUP_REACH = 4  # words of a noun group after a possessive ("critical national infrastructure")


@cache
def _function_words() -> frozenset[str]:
    return frozenset(read_table("events")["grammar"]["stopwords"])


def _group_head(tokens: Sequence[Token], index: int) -> Token:
    """The head of the noun group opening at ``tokens[index]``: its last word, the words
    before it only saying what kind ("Ukraine's critical national | infrastructure was"),
    up to a function word, a capitalised word, a verb told in the past or a punctuation."""
    last = index
    while (
        last + 1 < min(index + _GROUP_REACH, len(tokens))
        and tokens[last + 1].start == tokens[last].end + 1  # one space: no punctuation
        and not tokens[last].possessive
        and not tokens[last + 1].capitalised
        and tokens[last + 1].norm not in _function_words()
        and not is_past_form(tokens[last + 1].text, "en")
    ):
        last += 1
    return tokens[last]


def _of_land(tokens: Sequence[Token], index: int, lexicon: EntityLexicon) -> bool:
    """Whether the words from ``tokens[index]``, after a place's possessive, name part of
    its land ("Ukraine's energy infrastructure", "the country's south") or what befalls the
    land ("Spain's worst floods", "the country's deadliest cholera outbreak"): then the
    possessive names the land, not its state."""
    if index >= len(tokens):
        return False  # a text cut off after the possessive ("... The city's")
    head = [*tokens[index : index + 2], _group_head(tokens, index)]
    if any(t.norm in lexicon.land_nouns and not t.capitalised for t in head):
        return True
    return _befalls(tokens, index, lexicon.land_happenings)


def _held_across(tokens: Sequence[Token], last: int, lexicon: EntityLexicon) -> bool:
    """Whether the place whose possessive ends at ``tokens[last]`` holds a vote told right
    after it ("Peru's general election", "Chad's referendum"): its land is where."""
    return (
        tokens[last].possessive
        and last + 1 < len(tokens)
        and not tokens[last + 1].capitalised
        and _befalls(tokens, last + 1, lexicon.land_votes)
    )


def _befalls(tokens: Sequence[Token], index: int, happenings: frozenset[str]) -> bool:
    """Whether the words from ``tokens[index]``, after a place's possessive, name one of
    ``happenings`` within a few words ("worst floods", "general election"), before any
    capitalised word."""
    for token in tokens[index : index + _BEFALLING_REACH]:
        if token.capitalised:
            return False
        if token.norm in happenings:
            return True
    return False


def _located(tokens: Sequence[Token], index: int, lexicon: EntityLexicon) -> bool:
    """True when a preposition of place or of where something goes stands before
    ``tokens[index]``, maybe with compass words between ("in northeastern Syria", "fled
    to Chad", "in southern and eastern Lebanon", "in war-torn Sudan"), or a compass part of
    it ("the mountainous north of Pakistan"): the state's land, never the subject of the verb
    after it."""
    before = _before_compass(tokens, index)
    while before > 0 and tokens[before].norm in lexicon.place_describers:
        before = _before_compass(tokens, before)
    return (
        before >= 0
        and (
            tokens[before].norm in lexicon.locative_prepositions
            or tokens[before].norm in lexicon.goal_prepositions
        )
        and not _tied(tokens, before, lexicon)
    ) or _compass_part(tokens, index)


def _aimed_at_land(tokens: Sequence[Token], index: int, lexicon: EntityLexicon) -> bool:
    """True when an act and a preposition of what it is aimed at stand before the name at
    ``tokens[index]``, maybe with its date or compass words between ("an airstrike on
    southern Lebanon", "raids Thursday against Chad"): a state so named is its land."""
    before = _before_compass(tokens, index)
    if before < 1 or tokens[before].norm not in lexicon.target_prepositions:
        return False
    act = before - 1
    while act > 0 and tokens[act].norm in lexicon.date_words:
        act -= 1  # "raids Thursday on southern Lebanon"
    return tokens[act].norm.removesuffix("s") in lexicon.act_nouns


def _before_compass(tokens: Sequence[Token], index: int) -> int:
    """The index of the word before ``tokens[index]`` and the compass words, "the" and
    "and" before it ("in the south and east of", "on southern and eastern"), or -1."""
    before = index - 1
    while before >= 0 and (
        (tokens[before].norm in COMPASS and not tokens[before].capitalised)
        or tokens[before].norm == "the"
        or (tokens[before].norm == "and" and tokens[before + 1].norm in COMPASS)
    ):
        before -= 1
    return before


_PART_REACH = 2  # words from "the" to a compass noun ("the rugged mountainous north of")


def _compass_part(tokens: Sequence[Token], index: int) -> bool:
    """Whether ``tokens[index]`` follows "the ... north of" (a part of its land), not "30 km
    north of" (a distance from it)."""
    of = index - 1
    if of < 1 or tokens[of].norm != "of" or tokens[of - 1].norm not in COMPASS:
        return False
    reach = range(of - 2, max(-1, of - 3 - _PART_REACH), -1)
    for before in reach:
        if tokens[before].norm == "the":
            return True
        if not tokens[before].text.isalpha() or tokens[before].capitalised:
            return False
    return False


_LIST_GAPS = frozenset({", ", " and ", ", and ", " or ", ", or ", " and the ", ", and the "})


def _listed_with_located(text: str, found: Sequence[PlaceMention], mention: PlaceMention) -> bool:
    """True when ``mention`` is a state listed right after a state named as land ("aid to
    Turkey and Syria", "in Chad, Niger and Mali"): the list is where, as its first is."""
    if not found:
        return False
    previous = found[-1]
    return (
        previous.place.kind == "country"
        and not previous.state
        and previous.placed
        and text[previous.end : mention.start] in _LIST_GAPS
    )


def _state_held(
    tokens: Sequence[Token], index: int, lexicon: EntityLexicon, mention: PlaceMention
) -> bool:
    """True when a state's name follows "N of" with N its people, body or office ("the
    Government of Iraq"): the state may act through them."""
    if index >= 1 and tokens[index - 1].norm == "the":
        index -= 1
    return (
        bool(mention.state)
        and index >= 2
        and tokens[index - 1].norm == "of"
        and not tokens[index - 2].possessive
        and _holder(tokens[index - 2], lexicon)
    )


def _held(
    tokens: Sequence[Token], index: int, lexicon: EntityLexicon, mention: PlaceMention
) -> bool:
    """True when the name follows "N of" with N a state's people, body or office ("the
    people of Haiti", "the Government of Iraq", "the President of the Republic of Korea"),
    or a country follows a person's name ("Xi Jinping of China")."""
    if index >= 1 and tokens[index - 1].norm == "the":
        index -= 1
    if index < 2 or tokens[index - 1].norm != "of" or tokens[index - 2].possessive:
        return False
    holder = tokens[index - 2]
    named = (
        mention.place.kind == "country"
        and holder.capitalised
        and not holder.sentence_start
        and index >= 3
        and tokens[index - 3].capitalised  # a person's two names
        and holder.norm not in lexicon.region_words | lexicon.place_words
        and holder.norm not in lexicon.not_places
    )
    return _holder(holder, lexicon) or named


def _office_won(tokens: Sequence[Token], index: int, lexicon: EntityLexicon) -> bool:
    """Whether the town at ``tokens[index]`` follows an office won in a vote ("was elected
    mayor of X", "re-elected deputy mayor of X"): the vote was held there."""
    if index < 3 or tokens[index - 1].norm != "of":
        return False
    return any(
        tokens[at].norm in lexicon.office_winning and not tokens[at].capitalised
        for at in range(max(0, index - 4), index - 2)
    )


def _holder(token: Token, lexicon: EntityLexicon) -> bool:
    """Whether ``token`` before "of" names a state's people, body or office ("the people
    of", "the Government of"); a region word written lower case names the region after it
    ("the state of Kerala", "the province of Sindh")."""
    region = token.norm in lexicon.region_words and not token.capitalised
    return token.norm in lexicon.of_holders and not region


def _shared_region_word(
    text: str, tokens: Sequence[Token], last: int, lexicon: EntityLexicon
) -> bool:
    """True when the name at ``tokens[last]`` opens a short list of names that ends in a
    plural region word ("Donetsk and Luhansk regions", "Hubei, Hunan and Jiangxi provinces")."""
    closing = _closing_plural(text, tokens, last)
    return closing is not None and tokens[closing].norm in lexicon.region_words


def _shared_town_word(
    text: str, tokens: Sequence[Token], index: int, lexicon: EntityLexicon
) -> bool:
    """True when the name at ``tokens[index]`` stands in a list of names that a plural word
    for settlements ends ("the Kutti, Baral and Mamel villages", "Kasso and Tilla Wen
    towns"), as one of its items or its last: each is a town."""
    last = _after_name_words(tokens, index, lexicon) - 1
    closing = _closing_plural(text, tokens, last)
    if closing is None and index > 1 and tokens[index - 1].norm == "and":
        closing = last + 1 if tokens[index - 2].capitalised else None  # "..., and Mamel villages"
    return (
        closing is not None
        and closing < len(tokens)
        and text[tokens[closing - 1].end : tokens[closing].start] == " "
        and tokens[closing].norm in lexicon.settlement_plurals
    )


_LIST_TOKENS = 12  # tokens of a short list of names before its plural word: the cost stays linear


def _closing_plural(text: str, tokens: Sequence[Token], last: int) -> int | None:
    """Index of the plural word in lower case ending the list of names that the name ending
    at ``tokens[last]`` opens or goes on ("Nur Gal, Sawki and Chapa Dara districts"), else
    None."""
    listed = False
    for i in range(last + 1, min(last + _LIST_TOKENS, len(tokens))):
        token, previous = tokens[i], tokens[i - 1]
        gap = text[previous.end : token.start]
        if previous.possessive or gap not in (" ", ", "):
            return None
        if token.norm == "and" and gap == " " and previous.capitalised:
            listed = True
        elif token.capitalised and (gap == " " or previous.capitalised):
            listed = listed or gap == ", "
        else:
            ends = listed and gap == " " and previous.capitalised and token.norm.endswith("s")
            return i if ends else None
    return None


def _in_list_after_article(
    text: str, tokens: Sequence[Token], index: int, lexicon: EntityLexicon
) -> bool:
    """Whether the name at ``tokens[index]`` follows "the" or a preposition of place, or is
    an item of a list opened so ("the Kebbo, Tulla and ..."), not a person's name opening a
    clause ("Ana Ruiz and ...")."""
    for _ in range(_LIST_REACH):  # a short list: the cost stays linear
        if not index:
            break
        gap = text[tokens[index - 1].end : tokens[index].start]
        if gap == " " and tokens[index - 1].capitalised and not tokens[index].sentence_start:
            index -= 1  # back over a name of several words: "Nur Gal, Sawki and ..."
            continue
        if gap != ", ":
            break
        index -= 1  # back to the list's first name
        if not tokens[index].capitalised:
            return False
    return bool(index) and (
        tokens[index - 1].norm == "the" or lexicon.prepositions.before(tokens, index) > 0
    )


def _within(
    previous: PlaceMention, tokens: Sequence[Token], index: int, lexicon: EntityLexicon
) -> bool:
    """Whether the name at ``tokens[index]`` follows the possessive of the place
    ``previous`` ("Gaza's"), maybe past a word for what it is ("Syria's province of") and
    words for its part or who holds it ("Ukraine's eastern", "Yemen's
    Houthi-held")."""
    before = index - 1
    if before > 1 and tokens[before].norm in lexicon.holding_prepositions:
        before -= 1  # "the province of"
        if tokens[before].norm not in lexicon.held_heads:
            return False
    if before > 0 and tokens[before].norm in lexicon.held_heads and not tokens[before].possessive:
        before -= 1
    before = _past_qualifiers(tokens, before, lexicon)
    token = tokens[before]
    return token.possessive and token.end == previous.end and previous.placed


def _past_qualifiers(tokens: Sequence[Token], index: int, lexicon: EntityLexicon) -> int:
    """The index of the word before those ending at ``tokens[index]`` that say which part
    of a place or who holds it ("eastern", "rebel-held", "Houthi-held"), ``index`` if none."""
    while (
        index > 0
        and not tokens[index].possessive
        and (
            (tokens[index].norm in COMPASS and not tokens[index].capitalised)
            or tokens[index].norm.endswith(lexicon.control_suffixes)
        )
    ):
        index -= 1
    return index


def _held_by(mention: PlaceMention, holder: PlaceMention) -> PlaceMention:
    """``mention`` as a part of the place whose possessive it follows ("Russia's Kursk
    region", "Japan's Noto peninsula"): a region or feature of the holder's country, its
    point unknown when the gazetteer gave one elsewhere; a town the gazetteer knows keeps
    its own, and one it does not know lies in the holder's ("Gaza's Sheikh Radwan area")."""
    place = mention.place
    known_town = place.kind == "city" and not math.isnan(place.latitude)
    if known_town or place.country == holder.place.country:
        return mention
    inside = Place(place.name, holder.place.country, math.nan, math.nan, place.kind)
    return PlaceMention(mention.start, mention.end, inside, mention.state, mention.placed)


def _blocked_tokens(tokens: Sequence[Token], taken: Sequence[tuple[int, int]]) -> set[int]:
    spans = sorted(taken)
    blocked = set()
    span = 0
    for i, token in enumerate(tokens):
        while span < len(spans) and spans[span][1] <= token.start:
            span += 1
        if span < len(spans) and spans[span][0] < token.end:
            blocked.add(i)
    return blocked


def _pack_places(pack: DomainPack | None) -> dict[str, tuple[Place, bool]]:
    if pack is None:
        return {}
    names = {}
    for canonical, (place, aliases, capital) in pack.places.items():
        names.update(dict.fromkeys(map(key, [canonical, *aliases]), (place, capital)))
    return names


def _countries_named(
    tokens: Sequence[Token], lexicon: EntityLexicon, pack: dict[str, tuple[Place, bool]]
) -> tuple[str, ...]:
    """ISO codes of the countries the article names, by name, adjective or capital, the most
    named first (ties: the first named)."""
    codes: dict[str, int] = {}
    for i, token in enumerate(tokens):
        if not token.capitalised:
            continue
        for size in (3, 2, 1):
            name = " ".join(t.norm for t in tokens[i : i + size])
            for table in (lexicon.country_names, lexicon.demonyms, lexicon.capitals):
                if name in table:
                    codes[table[name].code] = codes.get(table[name].code, 0) + 1
            if name in pack:
                codes[pack[name][0].country] = codes.get(pack[name][0].country, 0) + 1
    order = {code: i for i, code in enumerate(codes)}
    return tuple(sorted(codes, key=lambda code: (-codes[code], order[code])))


def _joined(
    text: str, tokens: Sequence[Token], start: int, size: int, lexicon: EntityLexicon
) -> bool:
    """True when tokens ``start .. start+size`` are one name: capitalised or a particle,
    separated by single spaces, no possessive inside; a state's known name may hold a
    possessive or any word ("the Democratic People's Republic of Korea", "Bosnia and
    Herzegovina"), and so may a region's ("Jammu and Kashmir")."""
    name = " ".join(t.norm for t in tokens[start : start + size])
    state = name in lexicon.country_names or (size > 2 and bool(regions_named(name)))
    for i in range(start, start + size):
        token = tokens[i]
        owned = i > start and tokens[i - 1].possessive and state
        if i > start and text[tokens[i - 1].end : token.start] != " " and not owned:
            return False
        if i < start + size - 1 and token.possessive and not state:
            return False
        if not _name_word(token, lexicon) and token.norm not in ("of", "on", "the") and not state:
            if token.norm not in lexicon.name_particles:
                return False
    return _name_word(tokens[start + size - 1], lexicon)


def _place_at(
    text: str,
    tokens: Sequence[Token],
    index: int,
    lexicon: EntityLexicon,
    pack: dict[str, tuple[Place, bool]],
    context: frozenset[str],
    blocked: set[int],
    lowered: frozenset[str],
    after_preposition: bool,
) -> tuple[int, PlaceMention] | None:
    for size in range(min(_MAX_NAME, len(tokens) - index), 0, -1):
        if blocked & set(range(index, index + size)):
            continue
        if not _joined(text, tokens, index, size, lexicon):
            continue
        last = index + size - 1
        name = " ".join(t.norm for t in tokens[index : last + 1])
        suffix = _suffix(text, tokens, last, lexicon)
        if name in lexicon.not_places and not suffix:
            continue  # but "Unity state": a region word makes a common word a region's name
        written = text[tokens[index].start : tokens[last].end]
        found = _known_place(name, written, lexicon, pack)
        if (
            found is not None
            and not found[0].country
            and not _in_place_phrase(tokens, index, lexicon)
        ):
            continue  # a continent or sea is where only after a preposition, not "for Europe"
        shared = not suffix and _shared_region_word(text, tokens, last, lexicon)
        if found is None:
            found = _town(
                text,
                name,
                written,
                tokens,
                index,
                size,
                lexicon,
                context,
                after_preposition,
                lowered,
                generic=suffix > 0 or shared,
            )
            if found is None:
                continue
        place, state = found
        if suffix and place.kind == "country" and _of_next(tokens, last + suffix):
            suffix = 0  # "the U.S. state of California": the country qualifies the region
        if shared and place.kind != "country":  # "the Donetsk and Luhansk regions"
            point = region_centre(name, place.country) or (place.latitude, place.longitude)
            place, state = Place(written, place.country, *point, kind="region"), ""
        if suffix:
            end = tokens[last + suffix].end
            place = _with_suffix(place, text[tokens[index].start : end], suffix, lexicon, name)
            last += suffix
        elif _inside_longer_name(text, tokens, index, last, lexicon):
            continue
        if suffix and place.kind == "region":
            state = ""
        return last - index + 1, PlaceMention(tokens[index].start, tokens[last].end, place, state)
    return None


def _known_place(
    name: str, written: str, lexicon: EntityLexicon, pack: dict[str, tuple[Place, bool]]
) -> tuple[Place, str] | None:
    """A pack place, a country (by any name) or a capital city, as the pack or gazetteer says."""
    if name in pack:
        place, is_capital = pack[name]
        known = countries().get(place.country)
        return place, (known.name if is_capital and known else "")
    territory = territories_by_key().get(name)
    if territory is not None:
        _, code, point = territory
        return Place(written, code, *point, kind="region"), ""
    country = lexicon.country_names.get(name)
    if country is not None:
        lat, lon = country.point
        return Place(country.name, country.code, lat, lon, kind="country"), country.name
    capital = lexicon.capitals.get(name)
    if capital is not None and name == key(capital.capital):
        town = next((t for t in towns_named(name) if t.country == capital.code), None)
        lat, lon = town.point if town else capital.point
        spelled = _spelled(written, town.name if town else capital.capital)
        return Place(spelled, capital.code, lat, lon, kind="city"), capital.name
    return None


def _spelled(written: str, official: str) -> str:
    """A name as written, or as the gazetteer spells it when written in capitals ("ACCRA")."""
    return official if written.isupper() and len(written) > 3 else written


def _in_place_phrase(tokens: Sequence[Token], index: int, lexicon: EntityLexicon) -> bool:
    """True when a preposition of place stands before ``tokens[index]``, maybe with "the"
    and a word that qualifies the name between ("over the occupied Crimean Peninsula"), or
    before the list of names it ends ("in Asia and the Middle East", "over the Sea of Azov
    and nearby Black Sea")."""
    for _ in range(4):  # a short list: the cost stays linear
        if index and tokens[index - 1].norm == "the":
            index -= 1
        if lexicon.prepositions.before(tokens, index):
            return True
        if index > 1 and not tokens[index - 1].capitalised and tokens[index - 2].norm in _OPENS:
            index -= 1
            continue
        if not index or tokens[index - 1].norm not in ("and", "or"):
            return False
        index -= 1
        while index and (tokens[index - 1].capitalised or tokens[index - 1].norm == "of"):
            index -= 1
    return False


def _of_next(tokens: Sequence[Token], index: int) -> bool:
    return index + 2 < len(tokens) and tokens[index + 1].norm == "of"


def _suffix(text: str, tokens: Sequence[Token], last: int, lexicon: EntityLexicon) -> int:
    """1 when a region or place word follows the name ("Kursk region", "Gaza Strip")."""
    if last + 1 >= len(tokens) or tokens[last].possessive:
        return 0
    following = tokens[last + 1]
    if text[tokens[last].end : following.start] != " ":
        return 0
    words = lexicon.region_words | lexicon.place_words
    if following.norm not in words or following.text in lexicon.organization_heads:
        return 0  # "the Justice Department": an office, no region
    office = tokens[last + 2] if last + 2 < len(tokens) else None
    if (  # "the U.S. State Department": an office's name, no region
        office is not None
        and office.text in lexicon.organization_heads
        and text[following.end : office.start] == " "
    ):
        return 0
    return 1


def _with_suffix(
    place: Place, written: str, suffix: int, lexicon: EntityLexicon, name: str
) -> Place:
    word = written.split()[-1].lower()
    if word not in lexicon.region_words:  # "Gaza Strip", "Jordan Valley": not a town
        kind: PlaceKind = "country" if place.kind == "country" else "region"
        return Place(written, place.country, place.latitude, place.longitude, kind)
    singular = _singular(word, lexicon)
    if singular != word:  # "the Donetsk and Luhansk regions": this one is "Luhansk region"
        written = f"{written[: len(written) - len(word)]}{singular}"
    point = region_centre(name, place.country)
    if point is None:
        town = next((t for t in towns_named(name) if t.country == place.country), None)
        point = admin1_centre(town) if town else (place.latitude, place.longitude)
    return Place(written, place.country, *point, kind="region")


def _singular(word: str, lexicon: EntityLexicon) -> str:
    """A plural region word in the singular ("regions" -> "region"), else ``word``."""
    for singular in (word[:-1], word[:-2], word[:-3] + "y"):
        if word.endswith("s") and singular in lexicon.region_words:
            return singular
    return word


def _town_word(tokens: Sequence[Token], index: int, lexicon: EntityLexicon) -> bool:
    """Whether ``tokens[index]`` is a word for a settlement written with a capital
    ("Kanbalu Township", "Malakal Town"), not one opening a longer noun ("Kyiv Town Hall")
    nor a facility's ("Ramstein Air Base")."""
    return (
        tokens[index].norm in lexicon.settlement_words
        and tokens[index].capitalised
        and not (index + 1 < len(tokens) and tokens[index + 1].norm in lexicon.town_word_compounds)
    )


def _site_after(tokens: Sequence[Token], index: int, lexicon: EntityLexicon) -> bool:
    """Whether ``tokens[index]`` opens a site or a happening that a town's name before it
    places there ("the Kramatorsk railway station", "the Bucha massacre", "the Valencia
    floods")."""
    if lexicon.facility_heads.at(tokens, index):
        return True
    if index >= len(tokens) or tokens[index].capitalised:
        return False
    word = tokens[index].norm
    if word in lexicon.feature_named_happenings:
        return False  # "the Eaton fire" is named after a canyon, not a town
    return word in lexicon.land_happenings or lexicon.anaphors.get(("the", word)) == "act"


def _inside_longer_name(
    text: str, tokens: Sequence[Token], first: int, last: int, lexicon: EntityLexicon
) -> bool:
    """True when the name runs on into other capitalised words ("Kyiv Independent",
    "Jordan Peterson", "Washington Post") or into a noun that makes it a kind of thing
    ("Kyiv time", "Brent crude"): then it is part of another name."""
    if last + 1 < len(tokens) and not tokens[last].possessive:
        following = tokens[last + 1]
        joined = text[tokens[last].end : following.start] == " "
        if joined and not following.capitalised and following.norm in lexicon.kind_nouns:
            return True
        if (
            _name_word(following, lexicon)  # "Hassan al-Rawi": a person's names
            and joined
            and following.norm not in lexicon.date_words  # "Timbuktu Monday"
            and not lexicon.facility_heads.at(tokens, last + 1)  # "St. Louis City Hall"
            and not _town_word(tokens, last + 1, lexicon)  # "Monywa Township"
        ):
            return True
    if (
        first > 1
        and tokens[first - 1].norm == "of"
        and tokens[first - 2].text in lexicon.organization_heads
    ):
        return True  # "the Patriotic Union of Kurdistan", "the Bank of England"
    return _after_other_name(text, tokens, first, lexicon)


def _after_other_name(
    text: str, tokens: Sequence[Token], first: int, lexicon: EntityLexicon
) -> bool:
    """True when a capitalised word of another name runs on into ``tokens[first]``
    ("Bulape Health Zone", "Jordan Peterson"), not "The", a demonym, a compass word or a
    day, nor a word describing a place that opens the sentence ("The United States",
    "Eastern Ukraine", "On Friday Chile said", "Neighbouring Chad said")."""
    if first > 0 and not tokens[first].sentence_start:
        before = tokens[first - 1]
        joined = text[before.end : tokens[first].start] == " "
        qualifier = before.text.rsplit("-", 1)[-1][:1].islower()  # "Indian-administered"
        if joined and before.capitalised and not before.possessive and not qualifier:
            opener = before.sentence_start and (  # "Neighbouring Chad said"
                before.norm in lexicon.not_places or before.norm in words_before_names()
            )
            return not (  # "The United States", "left The Bahamas": "The" is no other name
                opener
                or before.norm == "the"
                or before.norm in lexicon.demonyms
                or before.norm in COMPASS
                or before.norm in lexicon.date_words  # "On Friday Chile said"
            )
    return False


def _town(
    text: str,
    name: str,
    written: str,
    tokens: Sequence[Token],
    index: int,
    size: int,
    lexicon: EntityLexicon,
    context: frozenset[str],
    after_preposition: bool,
    lowered: frozenset[str],
    generic: bool,
) -> tuple[Place, str] | None:
    """A town or region of the gazetteer, when the context makes the name a place."""
    if name in lexicon.demonyms or name in lexicon.organizations:
        return None
    towns = towns_named(name)
    written_as = {name, name.replace("-", " ")}  # "El-Fasher"
    own = [t for t in towns if written_as & {key(t.name), plain_key(t.name)}]
    regions = regions_named(name)
    beside, past = _country_after(text, tokens, index + size - 1, lexicon)  # "Kafr Nabl, Idlib"
    in_context = [t for t in own if t.country == beside] or [t for t in own if t.country in context]
    if not in_context and (after_preposition or beside):
        # "in Jenin" in a story on the West Bank is Janin there, not a Polish village
        in_context = [t for t in towns if t not in own and t.country in (beside, *context)][:1]
    if (
        beside in countries()
        and own
        and not in_context
        and all(r.country != beside for r in regions)
        and _closes(text, tokens, past)
        and (past >= len(tokens) or not tokens[past].capitalised)  # "Florida, Georgia, Ohio"
        and all(math.dist(t.point, countries()[beside].point) > _NEAR for t in own)
    ):
        # "near New Hope, Jamaica": a town of Jamaica the gazetteer lacks, not one far away
        # ("Majdal Shams, Israel" stays the gazetteer's town near it)
        lacked = Place(written, beside, math.nan, math.nan, kind="city")
        return (lacked, "") if after_preposition else None
    town = (in_context or own)[0] if (in_context or own) else None
    if generic and not in_context and any(r.country in context for r in regions):
        town = None  # "in Somalia ... the Gedo region": the region, not a town elsewhere
    first_level = index + size < len(tokens) and tokens[index + size].norm in lexicon.top_words
    if (
        first_level
        and town is not None
        and town.country not in {r.country for r in regions}
        and (len({r.country for r in regions}) == 1 or any(r.country in context for r in regions))
    ):
        town = None  # "Russia says ... the Donetsk region": Ukraine's, not a Russian town's
    if regions and index >= 2 and tokens[index - 1].norm == "of":
        if tokens[index - 2].norm in lexicon.region_words:
            town = None  # "the state of California": the region, not a town of its name
    site = _site_after(tokens, index + size, lexicon)
    if not generic and index and tokens[index - 1].norm == "the" and not site:
        return None  # towns take no article: "the Reading committee" names something else,
        # but "the Toretsk direction", "the Kramatorsk railway station" and "the Bucha
        # massacre" are the town's
    if town is not None:
        sentence_word = size == 1 and tokens[index].sentence_start
        if after_preposition or town.country == beside:
            ok = True
        elif sentence_word:  # a capital says nothing there; a word written lower case is
            ok = town.country in context and town.population >= lexicon.context_population
            # "Kharkiv's mayor": a large town owning something, context or not
            ok = ok or (tokens[index].possessive and town.population >= lexicon.strong_population)
            ok = ok and name not in lowered
        else:  # "the Burshtyn power plant": a town's site, the town named by it
            site = site and index > 0 and tokens[index - 1].norm == "the"
            ok = town.population >= lexicon.strong_population or (
                (site or town.country in context) and town.population >= lexicon.context_population
            )
        if ok:
            return Place(_spelled(written, town.name), town.country, *town.point, "city"), ""
    region = next((r for r in regions if r.country in context), None)
    if region is None and len({r.country for r in regions}) == 1:
        region = regions[0]  # one country has a region of this name
    if region is not None and (after_preposition or size > 1 or not tokens[index].sentence_start):
        spelled = _spelled(written, region.name)
        return Place(spelled, region.country, *region.point, kind="region"), ""
    if not own and not tokens[index].sentence_start:
        spelled_alike = next(  # "occupied Kupiansk" in a story on Ukraine: its Kupyansk
            (
                t
                for t in towns
                if t.country in context
                and t.population >= lexicon.context_population
                and _alike(name, t.name)
            ),
            None,
        )
        if spelled_alike is not None:
            return Place(written, spelled_alike.country, *spelled_alike.point, kind="city"), ""
    if towns and not own and (after_preposition or beside):  # another spelling ("Kiev")
        alias = [t for t in towns if t.country == beside] or [
            t for t in towns if t.country in context
        ]
        if not alias and not written.isupper():  # an acronym ("NDC") names something else
            # a capital ("Kiev"), or a town spelled alike ("Kupiansk", "Kupyansk"): another
            # name of a large town in a country the story never names is a group's or a
            # person's ("Hamas" is one of Hamm's names)
            alias = [
                t
                for t in towns
                if (t.population >= lexicon.strong_population and _capital(t.name, t.country))
                or (t.population >= lexicon.context_population and _alike(name, t.name))
            ]
        if alias:
            return Place(written, alias[0].country, *alias[0].point, kind="city"), ""
    return None


def _capital(name: str, code: str) -> bool:
    """Whether the town ``name`` is the capital of the country ``code``."""
    country = countries().get(code)
    return country is not None and key(country.capital) == key(name)


def _alike(name: str, official: str) -> bool:
    """Whether ``name`` is another spelling of ``official``, not another name of it: nearly
    the same letters, or the same consonants ("Beit Hanoun", "Bayt Hanun")."""
    plain = plain_key(official)
    if SequenceMatcher(None, name, plain).ratio() >= _ALIKE:
        return True
    skeleton = _VOWELS.sub("", name)
    return len(skeleton) >= _MIN_SKELETON and skeleton == _VOWELS.sub("", plain)


def _unknown_place(
    text: str,
    tokens: Sequence[Token],
    index: int,
    lexicon: EntityLexicon,
    main_country: tuple[str, ...],
    blocked: set[int],
    cued: bool,
) -> tuple[int, PlaceMention] | None:
    """A name the gazetteer may lack that the words around it make a town: after a name
    cue (``cued``: "the village of X", "seized X"), "X town", "in X, Iraq". It lies in the
    country named after it, else in the country the article names most; its point is
    unknown (NaN)."""
    size = 0
    bare = not index or tokens[index - 1].norm != "the"  # "the Olympic Village" is one name
    while size < _MAX_UNKNOWN and index + size < len(tokens):
        token = tokens[index + size]
        if not _name_word(token, lexicon) or token.norm in lexicon.not_places:
            if not (size and _inner_particle(text, tokens, index + size, lexicon)):
                break
        if index + size in blocked:
            break
        if size and (
            token.norm in lexicon.region_words
            or (bare and _town_word(tokens, index + size, lexicon))
        ):
            break  # "Hiran Region", "Kanbalu Township": the generic word is no part of the name
        if size and (text[tokens[index + size - 1].end : token.start] != " "):
            break
        size += 1
        if token.possessive:
            break
    if not size:
        return None
    name_tokens = tokens[index : index + size]
    name = " ".join(t.norm for t in name_tokens)
    last = index + size - 1
    if (
        any(t.text.isupper() and len(t.text) > 1 for t in name_tokens)  # an acronym
        or any(t.norm in lexicon.demonyms for t in name_tokens)
        or name in lexicon.organizations
        or name in lexicon.country_names
        or _after_other_name(text, tokens, index, lexicon)  # "Bulape Health Zone"
    ):
        return None
    country, after = _country_after(text, tokens, last, lexicon)
    word = lexicon.town_words.at(tokens, last + 1)
    town_word = (
        word > 0
        and not name_tokens[-1].possessive
        and text[tokens[last].end : tokens[last + 1].start] == " "
        # "Kavumu airport", "Malakal Town"; but "Indira Gandhi International Airport" is
        # the facility's own name, which may be a person's
        and (not tokens[last + 1].capitalised or _town_word(tokens, last + 1, lexicon))
        and (
            last + 1 + word >= len(tokens)
            or tokens[last + 1 + word].norm not in lexicon.town_word_compounds
        )
    )
    region_word = (  # "Kursk region", "the Po valley", but not "the Black Sea Fleet"
        _suffix(text, tokens, last, lexicon) > 0
        and last + 1 not in blocked
        and not (last + 2 < len(tokens) and tokens[last + 2].capitalised)
    )
    # "the Kawot and Molale districts": the plural word after the list names each a region
    shared = (
        not region_word
        and _shared_region_word(text, tokens, last, lexicon)
        and _in_list_after_article(text, tokens, index, lexicon)
    )
    # "Kutti, Baral and Mamel villages": each a town, whatever comes before the list
    town_word = town_word or (not region_word and _shared_town_word(text, tokens, index, lexicon))
    cued = (
        cued
        or _distance_after(text, tokens, last)  # "Manampitiya, 250km north of X"
        or (_located(tokens, index, lexicon) and _lies_near_after(text, tokens, last, lexicon))
    )
    located = bool(country) and (
        _located(tokens, index, lexicon) or cued or _closes(text, tokens, after)
    )
    if not country and _located(tokens, index, lexicon) and not name_tokens[-1].possessive:
        country = _country_in(tokens, last, lexicon)  # "in Barsalogho in Burkina Faso"
        # a name behind a particle is a place's, not a person's, after "in" ("in Deir al-Balah")
        located = bool(country) or any(t.text[:1].islower() for t in name_tokens)
    article = index - 1  # "the Nuba Mountains", "the occupied Crimean Peninsula"
    if index > 1 and tokens[article].norm.endswith("ed") and not tokens[article].capitalised:
        article -= 1
    feature = (  # a land feature takes the article
        size > 1
        and name_tokens[-1].norm in lexicon.place_words
        and article >= 0
        and tokens[article].norm == "the"
    )
    if not (cued or town_word or located or region_word or feature or shared):
        return None
    code = country or (main_country[0] if main_country else "")
    kind: PlaceKind = "region" if region_word or feature or shared else "city"
    end = tokens[last + 1].end if region_word else tokens[last].end
    written = text[tokens[index].start : end]
    plural = tokens[last + 1].text.lower() if region_word else ""
    if plural and _singular(plural, lexicon) != plural:  # "Wau and Yei counties": "Yei county"
        written = f"{text[tokens[index].start : tokens[last].end]} {_singular(plural, lexicon)}"
    place = Place(written, code, math.nan, math.nan, kind=kind)
    return size + (1 if region_word else 0), PlaceMention(tokens[index].start, end, place, "")


_DISTANCE_REACH = 5  # words from a distance to its compass word ("30 km (20 miles) west of")


def _distance_after(text: str, tokens: Sequence[Token], last: int) -> bool:
    """Whether the name ending at ``tokens[last]`` is followed by a comma and its distance
    from another place ("Manampitiya, 250km northeast of Colombo"): only a place lies so."""
    first = last + 1
    if (
        first >= len(tokens)
        or "," not in text[tokens[last].end : tokens[first].start]
        or not tokens[first].norm[:1].isdigit()
    ):
        return False
    for index in range(first + 1, min(first + 1 + _DISTANCE_REACH, len(tokens) - 1)):
        if tokens[index].capitalised or "," in text[tokens[index - 1].end : tokens[index].start]:
            return False  # "Ruiz, 30 years old, died north of X": his age, not a distance
        if tokens[index].norm in COMPASS and tokens[index + 1].norm == "of":
            return True
    return False


def _lies_near_after(text: str, tokens: Sequence[Token], last: int, lexicon: EntityLexicon) -> bool:
    """Whether the name ending at ``tokens[last]`` is followed by a comma and where it lies
    by another place ("Tamou, near the border", "Tamou, outside Dori", "Tamou, north of
    Dori")."""
    first = last + 1
    if first >= len(tokens) or text[tokens[last].end : tokens[first].start] != ", ":
        return False
    word = tokens[first].norm
    return not tokens[first].capitalised and (
        word in lexicon.near_words
        or (word in COMPASS and first + 1 < len(tokens) and tokens[first + 1].norm == "of")
    )


def _name_goes_on(text: str, tokens: Sequence[Token], last: int, lexicon: EntityLexicon) -> bool:
    """Whether the name ending at ``tokens[last]`` is cut short of a longer one: it ends on
    a lower-case particle, or the particle and a capitalised word follow it ("Maria | da
    Silva"), or a capitalised word follows it right after the most words a name the
    gazetteer lacks may have. A place named whole ("Mocimboa da Praia") goes on no further."""
    if tokens[last].text in lexicon.name_particles:
        return True
    following = last + 1
    if following >= len(tokens) or text[tokens[last].end : tokens[following].start] != " ":
        return False
    if _inner_particle(text, tokens, following, lexicon):
        return True
    first = last - _MAX_UNKNOWN + 1
    return (
        first >= 0
        and tokens[following].capitalised
        and all(
            _name_word(t, lexicon) or t.text in lexicon.name_particles
            for t in tokens[first : following + 1]
        )
        and all(
            text[tokens[i - 1].end : tokens[i].start] == " "
            for i in range(first + 1, following + 1)
        )
    )


def _inner_particle(text: str, tokens: Sequence[Token], index: int, lexicon: EntityLexicon) -> bool:
    """Whether ``tokens[index]`` is a lower-case particle between two words of one name
    ("Ponta dos Negros", "Mocimboa da Praia"), none that English uses as a word ("at")."""
    token = tokens[index]
    return (
        token.text in lexicon.name_particles
        and token.norm not in lexicon.not_places
        and index + 1 < len(tokens)
        and tokens[index + 1].capitalised
        and text[tokens[index - 1].end : token.start] == " "
        and text[token.end : tokens[index + 1].start] == " "
    )


def _opened_feature(
    text: str, tokens: Sequence[Token], index: int, lexicon: EntityLexicon, blocked: set[int]
) -> tuple[int, PlaceMention] | None:
    """A water or a land feature whose name a capitalised word opens ("Lake Chad", "the Sea
    of Japan", "Mount Manaslu"), after a preposition of place; not a part of a longer name
    ("Mount Sinai Hospital"). Its country and point are unknown."""
    end = index + 1
    if end < len(tokens) and tokens[end].norm == "of":
        end += 1
    if end < len(tokens) and tokens[end].norm == "the":
        end += 1
    first = end
    while end < min(len(tokens), first + _MAX_UNKNOWN) and _name_word(tokens[end], lexicon):
        end += 1
        if tokens[end - 1].possessive:
            break
    if (
        end == first
        or not tokens[index].capitalised
        or not _joined(text, tokens, index, end - index, lexicon)
        or blocked & set(range(index, end))
        or not _in_place_phrase(tokens, index, lexicon)
        or (end < len(tokens) and tokens[end].capitalised and not tokens[end - 1].possessive)
    ):
        return None
    start, stop = tokens[index].start, tokens[end - 1].end
    place = Place(text[start:stop], "", math.nan, math.nan, "region")
    return end - index, PlaceMention(start, stop, place, "")


def _country_in(tokens: Sequence[Token], last: int, lexicon: EntityLexicon) -> str:
    """The ISO code of the country named after ``tokens[last]`` and a preposition of place
    ("Barsalogho in Burkina Faso", "in northern Mali"); ``""`` when there is none."""
    first = last + 1
    if first >= len(tokens) or tokens[first].norm not in lexicon.locative_prepositions:
        return ""
    first += 1
    while first < len(tokens) and tokens[first].norm in COMPASS and not tokens[first].capitalised:
        first += 1
    for size in (3, 2, 1):
        words = tokens[first : first + size]
        if len(words) == size and all(t.capitalised for t in words):
            country = lexicon.country_names.get(" ".join(t.norm for t in words))
            if country is not None:
                return country.code
    return ""


def _closes(text: str, tokens: Sequence[Token], index: int) -> bool:
    """Whether a clause or the text ends before ``tokens[index]``: "hit Kafr Nabl, Idlib
    province." names a place, "Yahya Sinwar, Israel said" a person."""
    return index >= len(tokens) or bool(
        _CLAUSE_END.search(text, tokens[index - 1].end, tokens[index].start)
    )


def _learned_at(
    tokens: Sequence[Token],
    index: int,
    learned: dict[tuple[str, ...], PlaceMention],
    blocked: set[int],
) -> tuple[int, PlaceMention] | None:
    """A name the text made a place earlier ("the village of X ... X"), named again here."""
    for size in range(min(_MAX_UNKNOWN, len(tokens) - index), 0, -1):
        known = learned.get(tuple(t.norm for t in tokens[index : index + size]))
        last = tokens[index + size - 1]
        if known is None or blocked & set(range(index, index + size)):
            continue
        if index + size < len(tokens) and tokens[index + size].capitalised and not last.possessive:
            continue  # part of a longer name
        if (
            index
            and not tokens[index].sentence_start
            and tokens[index - 1].end == tokens[index].start - 1
            and tokens[index - 1].capitalised
            and not tokens[index - 1].possessive
        ):
            continue  # the end of a longer name ("the Government of National Unity")
        return size, PlaceMention(tokens[index].start, last.end, known.place, "")
    return None


_OFF_REACH = 4  # words before the compass word of "20 km south of"


def _off_phrase_end(text: str, tokens: Sequence[Token], first: int, lexicon: EntityLexicon) -> int:
    """The index of the word a locative preposition opens after a phrase at
    ``tokens[first]`` saying what a place lies off, set off by commas ("north of Kosti, in
    White Nile state", "20 km south of Azaz, in Syria"); 0 when there is none."""
    at = first
    while at < min(len(tokens), first + _OFF_REACH) and not tokens[at].capitalised:
        if tokens[at].norm in COMPASS and at + 1 < len(tokens) and tokens[at + 1].norm == "of":
            break
        at += 1
    else:
        return 0
    name = at + 2
    if name >= len(tokens) or not tokens[name].capitalised:
        return 0
    while name + 1 < len(tokens) and text[tokens[name].end : tokens[name + 1].start] == " ":
        name += 1  # "Deir al-Balah"
    if name + 2 >= len(tokens) or text[tokens[name].end : tokens[name + 1].start] != ", ":
        return 0
    located = tokens[name + 1].norm in lexicon.locative_prepositions
    return name + 2 if located else 0


def _country_after(
    text: str,
    tokens: Sequence[Token],
    last: int,
    lexicon: EntityLexicon,
    *,
    via_region: bool = True,
) -> tuple[str, int]:
    """The ISO code of the country or region named right after ``tokens[last]`` and a comma
    ("Madaen, Iraq", "Tawila, North Darfur", "Tyre, southern Lebanon", "Kafr Nabl, Idlib
    province"), with the index of the word after that name; ``("", 0)`` when there is none.
    A possessive ("Ahmed, Egypt's envoy") names no place."""
    if last + 1 >= len(tokens) or text[tokens[last].end : tokens[last + 1].start] != ", ":
        return "", 0
    # past where it lies off: "Umm Dawan, north of Kosti, in White Nile state"
    first = _off_phrase_end(text, tokens, last + 1, lexicon) or last + 1
    return _country_at(text, tokens, first, lexicon, via_region=via_region)


def _country_at(
    text: str,
    tokens: Sequence[Token],
    first: int,
    lexicon: EntityLexicon,
    *,
    via_region: bool = True,
) -> tuple[str, int]:
    """The ISO code of the country or region named at ``tokens[first]``, maybe past a word
    for its part, with the index of the word after it; ``("", 0)`` when there is none.
    ``via_region``: the country may be told after a region between, one at most (a list of
    regions is not followed from one to the next to its end)."""
    while first < len(tokens) and tokens[first].norm in COMPASS and not tokens[first].capitalised:
        first += 1  # "southern Lebanon"
    for size in (3, 2, 1):
        words = tokens[first : first + size]
        if len(words) < size or not words[0].capitalised or words[-1].possessive:
            continue
        name = " ".join(t.norm for t in words)
        if name in lexicon.country_names:
            return lexicon.country_names[name].code, first + size
        regions = {r.country for r in regions_named(name)}
        territory = territories_by_key().get(name)
        if territory is not None:
            regions.add(territory[1])
        if len(regions) == 1 and all(t.capitalised for t in words):
            after = first + size  # past a region word: "Idlib province"
            worded = after < len(tokens) and tokens[after].norm in lexicon.region_words
            return regions.pop(), after + worded
    region = first  # "Shebeeley, Hiran Region, Somalia": a region between
    while (
        via_region
        and region < min(len(tokens), first + 4)
        and (tokens[region].capitalised or tokens[region].norm in lexicon.region_words)
    ):
        if region > first and tokens[region].norm in lexicon.region_words:
            code, after = _country_after(text, tokens, region, lexicon, via_region=False)
            if code or tokens[region].possessive:
                return code, after
            named = " ".join(t.norm for t in tokens[first:region])
            codes = {r.country for r in regions_named(named)}
            return (codes.pop(), region + 1) if len(codes) == 1 else ("", 0)
        region += 1
    return "", 0
