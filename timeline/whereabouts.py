"""Where one event happens: which of the places its article names belong to its date.

The article's places are found once (:mod:`timeline.locations`, indexed by
:class:`~timeline.actors.ArticleEntities`); :func:`event_places` picks those of the date's
clause, else of the stretch of its sentence between clauses set against it ("..., but a
court challenge in Nairobi held it up": another happening). A state that acts is no
place: a country or capital named as the subject ("Ukraine said", "the United States also
provided") or qualifying a noun ("a United States airstrike"), and one named bare where the
clause also names a place after a preposition ("Turkey is accused of a drone attack in
Syria"). A place named only
as where something came from or where a speaker is counts only when nothing else is left,
and a source after "from" not even then unless a word of leaving or speaking governs it
("withdrew from Aleppo", not "returned from Lisbon").
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence

from timeline.actors import (
    ArticleEntities,
    actors_in,
    entity_words,
    irregular_past,
    is_act_noun,
    is_adverb,
)
from timeline.dateline import Dateline, dateline_at
from timeline.document import Token
from timeline.gazetteer import Coordinates, Place, key
from timeline.lexicon import load_lexicon as load_date_lexicon
from timeline.locations import (
    COMPASS,
    EntityLexicon,
    aside_opening,
    load_entity_lexicon,
    name_word,
)
from timeline.mentions import find_mentions
from timeline.rules import grammar
from timeline.sentence import DateClause, SentenceView, is_anchor_clause
from timeline.tense import is_past_form

__all__ = ["event_places", "places_at"]

_LIST_WORDS = frozenset({"and", "or", "the"})
_YEAR = re.compile(r"\b\d{4}\b")


def event_places(
    entities: ArticleEntities,
    clause: DateClause,
    language: str = "en",
    other_dates: Sequence[tuple[int, int]] = (),
    said: tuple[int, int] | None = None,
) -> tuple[tuple[str, ...], tuple[Coordinates | None, ...]]:
    """The places named in the date's clause (with the list it ends: "to Pakistan, Tunisia,
    and the UAE", and the country or region after a town: "in Madaen, Iraq"), else in its
    sentence, with their points (``None`` when unknown). A place nearer another of the
    sentence's ``other_dates`` than to this one is that date's ("Haniyeh in Tehran in July
    and Nasrallah in Beirut last week"). Where the date dates a statement, no place of the
    stretch ``said`` it reports is the statement's ("the army said on Monday | that it took
    Gao"), and no other sentence lends it one."""
    view = clause.view
    words = load_entity_lexicon(language)
    found: list[tuple[int, Place]] = []
    dateline = _dateline_of(view)
    filed = None if dateline is None else (dateline.start, dateline.end)
    opening = view.start if filed is None else max(view.start, filed[1])
    if filed is not None:  # the day the story was filed ("LIMA, May 3 (AFP) -") tells no act
        other_dates = [d for d in other_dates if not filed[0] <= d[0] < filed[1]]
    scene = _scene(clause, words)
    first, last = _widened(view, clause.home, words, entities)
    opened = _opened_before(clause, language)
    first = max(first, opened or first)
    denial = _denial_end(clause)
    other = _opened_after(clause, language)
    own_subject = other if _subject_of_its_own(view, other, language) else view.end
    # "scrambled jets on Wednesday | as Russia attacked western Ukraine": another act's
    elsewhere = other if _clause_told_beside(clause, other, words, language) else view.end
    openers = frozenset(
        word
        for name in ("other_clause_openers", "loose_clause_openers", "speech_openers")
        for word in entity_words(language, name)
    )
    apposed = _subject_apposition(view, entities, words)
    going_on = _continued(clause, last, words)
    if going_on > last:  # "..., hitting Gao in the north, Kidal and Tessalit": its list too
        going_on = _widened(view, (first, going_on), words, entities)[1]
    spans = [(first, going_on)]
    fallback: list[tuple[int, Place]] = []
    conjunct = _conjunct(entities, clause, words, language)
    if not _opens_other(clause, language) and not _told_in_clause(clause, opened, language):
        spans.append(conjunct)  # "..., while the ministry said Monday": its own
    for left, right in spans:
        named = places_at(entities, left, right)
        if filed is not None and filed[1] <= view.start and (left, right) == conjunct:
            named = [*places_at(entities, *filed), *named]  # the dateline before the sentence
        if scene is not None and left > scene[0]:  # "In Gao, attacks on Monday killed ..."
            # a country so set is no place beside a town of it ("In Italy, ..., and crowds
            # marched in Rome on Thursday"), unless set as a range ("Across Ukraine, ...")
            spread = view.tokens[0].norm in words.spread_prepositions
            held = {place.country for _, place in named if place.kind != "country" and not spread}
            set_in = [
                (s, p)
                for s, p in places_at(entities, *scene)
                if not (p.kind == "country" and p.country in held)
            ]
            named = [*set_in, *named]
        if (
            (dateline is not None and not dateline.town)  # "KYIV/MOSCOW": neither town
            or any(opening <= s < elsewhere for s, _ in named)
            or _names_a_state(entities, view, words, filed)
        ):
            named = [(s, p) for s, p in named if s >= opening]  # the dateline: a fallback
        named = [(s, p) for s, p in named if not _beside_filed_town(dateline, s)]
        found = [
            (s, p)
            for s, p in named
            if not _stands_for_state(clause, s, p, words, openers, language)
            and not _nearer_other(clause, s, other_dates, words)
            and not _quoted_apart(clause, s)
            and not _partner(view, s, p, words)
            and not _topic(view, s, p, words)
            and not _goes_to(clause, s, p, words)
            and not _about_a_person(clause, s, words)
            and not _in_a_persons_clause(clause, s, words, language)
            and not _in_relative_apart(clause, s, words, language)
            and not _past_dated_relative(clause, s, words)
            and not _before_relating_verb(clause, s)
            and not _another_time(clause, s)
            and not _sought(clause, s, words)
            and not _aimed_at(clause, s, words)
            and not _pleaded_for(clause, s, words)
            and not _talked_about(clause, s, words)
            and not _said_in_a_noun(clause, s, words)
            and not _released_says(clause, s)
            and not _background(view, s, words)
            and not _described_apart(view, s, words)
            and not _reporters_post(view, s, words)
            and not _speakers_seat(view, s, p, words)
            and not _offices_seat(view, s, words, language)
            and not _asked_by(view, s, p, words)
            and not _persons_of(entities, view, s)
            and not _beside_aside(view, s, words)
            and not _describes_subject(s, p, apposed)
            and s < denial
            and s < elsewhere
            # a statement's: neither what it reports nor a clause of another happening
            # after its date ("said on Monday, as the city mourned")
            and not (said is not None and (said[0] <= s < min(said[1], other) or s >= own_subject))
        ]
        if any(s < other and not _aside(view, s, words, language) for s, _ in found):
            # "hit Mosul Sunday | as envoys met in Doha", not "came near Addis | after it took"
            found = [(s, p) for s, p in found if s < other]
        if any(not _aside(view, s, words, language) for s, _ in found):
            break
        # only where something came from or a speaker is ("In a statement from Geneva on
        # Monday, ..."): the sentence may name where it happened
        fallback = fallback or found
    else:
        found = fallback
    found = [(s, p) for s, p in found if not _only_came_from(clause, s, words)]
    if any(_after_preposition(view, s, words) for s, _ in found):
        found = [(s, p) for s, p in found if not _bare_state(view, s, p, words)]
    joined = _joined_verb_phrase(clause, language)
    if joined is not None and any(s > joined for s, _ in found):
        # "formed in the Indian Ocean | and made landfall Sunday near Pemba": the verb
        # phrase of the date names where, the one joined before it tells another act
        found = [(s, p) for s, p in found if s > joined]
    where = [(s, p) for s, p in found if not _aside(view, s, words, language)]
    if not where:  # "condemned a raid on Ansongo, 20 km south of Gao": Gao only says where
        # a place left out lies
        left_out = [s for s, p in named if (s, p) not in found]
        found = [(s, p) for s, p in found if not (_lain_off(view, s, words) and left_out)]
    # lands the act is measured against or reached, beside a place it happened in: "hit a
    # hall near Kano, the deadliest attack in Nigeria" (Kano, not the range), "struck
    # Mandalay and was felt in Thailand" (Mandalay, not where it reached)
    for beside_the_act in (_compared_over, _felt_at):
        apart = [(s, p) for s, p in where if beside_the_act(view, s, words)]
        if len(apart) < len(where):
            where = [(s, p) for s, p in where if (s, p) not in apart]
    # a statement is where it is made: a place its words point back to ("said on Monday
    # that troops left the city", "... after the assault") is what it reports
    reported = said is not None
    if not found and not reported:
        # "retook Malakal, which rebels seized in May": the clause is about Malakal
        where = _antecedent(entities, clause, words) or _told_before(entities, clause, language)
    kept = where or found
    set_by = _year_set_by(clause, language)
    if set_by is not None:  # "lies near the border, after the invasion in March 2020"
        kept = [(s, p) for s, p in kept if s >= set_by]
    unique: dict[str, Place] = {}
    for _, place in [(s, p) for s, p in kept if not _area_of_town(view, s, p, kept, words)]:
        unique.setdefault(key(place.name), place)
    if unique and not reported and all(place.kind != "city" for place in unique.values()):
        # "50 killed Friday in an attack in east Ukraine. Rockets struck the station in
        # Kramatorsk": the country gives way to the town the act is told again in
        towns = _retold_in(entities, clause, (first, going_on), language, unique.values())
        countries = {place.country for place in towns}
        unique = {
            **{
                k: p for k, p in unique.items() if p.kind != "country" or p.country not in countries
            },
            **{key(place.name): place for place in towns},
        }
    places = tuple(unique.values())
    return (
        tuple(place.name for place in places),
        tuple(
            None if math.isnan(place.latitude) else (place.latitude, place.longitude)
            for place in places
        ),
    )


def event_partners(
    entities: ArticleEntities,
    clause: DateClause,
    language: str = "en",
    before: int | None = None,
    reach: int = 0,
) -> tuple[str, ...]:
    """The states the date's clause, or its sentence up to offset ``reach`` (where the
    clause's subject finds its verb), names, before offset ``before`` if given (a reporting
    verb: what is said is not what is done), as whom its act is done with ("talks with
    Iran", "struck, with support from Canada", "OPEC members Iran and Libya"): they take
    part in it, though nothing happens there."""
    view = clause.view
    words = load_entity_lexicon(language)
    left, right = _widened(view, clause.home, words, entities)
    right = max(right, reach) if before is None else min(max(right, reach), before)
    return tuple(
        dict.fromkeys(
            place.name
            for start, place in places_at(entities, left, right)
            if _partner(view, start, place, words)
            and not _across_border(view, start, words, language)
            and not _quoted_apart(clause, start)
        )
    )


_RETOLD_REACH = 2  # sentences after an event's own that may tell it again
_INDEFINITE_REACH = 3  # words from "a" to the noun it opens ("a busy railway station")
_WAY_REACH = 3  # words from "on" to the way it opens ("on the main road")
_COMING_REACH = 5  # words from "came" to "after" ("came less than two weeks after")


def _retold_in(
    entities: ArticleEntities,
    clause: DateClause,
    home: tuple[int, int],
    language: str,
    places: Iterable[Place],
) -> list[Place]:
    """The towns and regions, in the countries of ``places``, of the first of the next
    sentences with no date of its own that tells the act of the date's clause (``home``)
    again: by a noun the clause or one after it opened with "a" ("a market ... the
    market"), an act word it told ("attacks ... the attack"), any
    word of fighting where it told one ("clashes ... the fighting"), any noun for an act of
    force where a verb of attack told one ("attacked ... the raid") or a word for whatever
    happened ("the incident"), after "the" ("the Israeli strike"), by the same verb
    ("struck ... struck"), by any verb of taking ground where it told one ("seized ...
    took over") or by the same harm done to its victims ("killed 12 ... Five were killed
    in X"); not a sentence telling another act ("Elsewhere, ...", "In a separate attack,
    ...")."""
    view = clause.view
    words = load_entity_lexicon(language)
    document = view.document
    countries = {place.country for place in places}
    own = view.in_span(home[0], view.end)  # "seized a village, in a war that began in 2022"
    told = {t.norm for t in own}
    fights = frozenset(entity_words(language, "fight_words"))
    heads = _indefinite_heads(view, own) | {  # "an attack" or "attacks" told: "the attack"
        anaphor[-1]
        for anaphor, kind in words.anaphors.items()
        if kind == "act" and told & {anaphor[-1], f"{anaphor[-1]}s"}
    }
    if told & fights:  # "clashes ... the fighting"
        heads |= fights
    if told & frozenset(entity_words(language, "attack_verbs")):  # "attacked ... the raid"
        heads |= words.act_nouns
    heads |= frozenset(entity_words(language, "retelling_nouns"))  # "the incident"
    took = any(words.takings.at(own, index) for index in range(len(own)))
    harms = told & frozenset(entity_words(language, "harm_participles"))
    passive = frozenset(entity_words(language, "passive_auxiliaries"))
    definite = view.words("definite_articles")
    stops = view.words("stopwords")
    rules = grammar(language)
    at = bisect_left(document.sentence_starts, view.end)
    for start, end in document.sentences[at : at + _RETOLD_REACH]:
        if find_mentions(document.flat[start:end], rules):
            continue  # a date of its own: another happening
        tokens = document.tokens_in(start, end)
        if any(token.norm in words.elsewhere_words for token in tokens):
            return []  # "Elsewhere, jets struck Tyre": another act
        if not any(
            (token.norm in heads and _after_article(tokens, index, definite, stops))
            or (token.norm in told and words.place_acts.at(tokens, index) == 1)
            or (took and words.takings.at(tokens, index) > 0)  # "seized ... took over"
            or (token.norm in harms and index and tokens[index - 1].norm in passive)
            for index, token in enumerate(tokens)
        ):
            continue
        starts = [t.start for t in tokens]
        return [
            place
            for at, place in places_at(entities, start, end)
            if place.kind in ("city", "region")
            and place.country in countries
            and _where_it_hit(tokens, bisect_left(starts, at), words)
        ]
    return []


def _told_before(
    entities: ArticleEntities, clause: DateClause, language: str
) -> list[tuple[int, Place]]:
    """The towns and regions where the nearest of the sentences before the date's, with no
    date of their own, tells the act a possessive date names ("A raid on Tawila killed ten.
    ... led Monday's raid"): Monday's raid was at Tawila; empty when a dated sentence or
    none comes first."""
    if not _possessive_date(clause):
        return []
    view = clause.view
    words = load_entity_lexicon(language)
    after = view.in_span(clause.mention.char_end, view.end)[:1]
    acts = {anaphor[-1] for anaphor, kind in words.anaphors.items() if kind == "act"}
    if not after or after[0].norm not in acts:
        return []
    act = after[0].norm
    document = view.document
    rules = grammar(language)
    at = bisect_left(document.sentence_starts, view.start)
    for start, end in reversed(document.sentences[max(0, at - _RETOLD_REACH) : at]):
        if find_mentions(document.flat[start:end], rules):
            return []  # a date of its own: another happening comes between
        tokens = document.tokens_in(start, end)
        if not any(token.norm in (act, f"{act}s") for token in tokens):
            continue
        starts = [t.start for t in tokens]
        return [
            (s, place)
            for s, place in places_at(entities, start, end)
            if place.kind in ("city", "region")
            and _where_it_hit(tokens, bisect_left(starts, s), words)
        ]
    return []


_ARTICLE_REACH = 3  # words from "the" to the noun it opens ("the Israeli drone strike")


def _after_article(
    tokens: Sequence[Token], index: int, articles: frozenset[str], stops: frozenset[str]
) -> bool:
    """Whether a definite article opens the noun at ``tokens[index]``, maybe past a few
    words describing it ("the Israeli strike")."""
    for before in range(index - 1, max(-1, index - 1 - _ARTICLE_REACH), -1):
        if tokens[before].norm in articles:
            return True
        if tokens[before].norm in stops:
            return False
    return False


def _where_it_hit(tokens: Sequence[Token], index: int, words: EntityLexicon) -> bool:
    """Whether the name at ``tokens[index]`` is where something happens, after a
    preposition of place or a verb of striking ("the station in X", "struck X"), maybe in
    a list ("in X, Y and Z"), not where someone was taken or speaks from ("evacuated to
    X", "fled from the city of X")."""
    while index and (tokens[index - 1].norm in _LIST_WORDS or tokens[index - 1].is_capitalized):
        index -= 1  # "in Kotli, Muzaffarabad and Bahawalpur"
    size = words.prepositions.before(tokens, index)
    elsewhere = words.origin_prepositions | words.goal_prepositions | words.holding_prepositions
    if size and index > size:
        before = tokens[index - size - 1].norm  # "the governor said in X", "officials in X"
        if before in words.spoken_from_words or before in words.speaker_nouns:
            return False
        if size > 1 and before in elsewhere:
            return False  # "fleeing from the city of X", "heading to the town of X"
    return size > 1 or (size == 1 and tokens[index - 1].norm not in elsewhere)


def _indefinite_heads(view: SentenceView, tokens: Sequence[Token]) -> set[str]:
    """The words of the noun phrases ``tokens`` of the sentence open with "a" or "an", up
    to their head ("a rocket attack on a station": rocket, attack, station)."""
    indefinite = view.words("determiners") - view.words("definite_articles")
    stops = view.words("stopwords") | view.words("prepositions")
    heads: set[str] = set()
    for index, token in enumerate(tokens):
        if token.norm not in indefinite:
            continue
        for after in tokens[index + 1 : index + 1 + _INDEFINITE_REACH]:
            if after.is_capitalized or not after.text.isalpha() or after.norm in stops:
                break
            heads.add(after.norm)
    return heads


def _antecedent(
    entities: ArticleEntities, clause: DateClause, words: EntityLexicon
) -> list[tuple[int, Place]]:
    """The place named right before the date's clause when that clause opens on a relative
    word after a comma and tells an act on what it names ("retook Malakal, which rebels
    seized in May"): the act's place; empty otherwise ("Kidal, which had been calm")."""
    view = clause.view
    home = view.in_span(*clause.home)
    index = view.index_at(home[0].start) if home else None
    if (
        index is None
        or index < 1
        or home[0].norm not in words.thing_relatives
        or not view.break_before(index)
        or "," not in view.text[view.tokens[index - 1].end : home[0].start]
    ):
        return []
    last = view.index_at(home[-1].start) or index
    if not any(words.place_acts.at(view.tokens, i) for i in range(index + 1, last + 1)):
        return []
    first = index - 1
    while first > 0 and _named(view.tokens[first - 1], words) and not view.break_before(first):
        first -= 1
    start = view.tokens[first].start
    return [(s, p) for s, p in places_at(entities, start, home[0].start) if s == start]


def _conjunct(
    entities: ArticleEntities, clause: DateClause, words: EntityLexicon, language: str
) -> tuple[int, int]:
    """The stretch of the sentence between the clauses set against the date's by a comma
    and "but" or "yet", each with a verb of its own and the later one with a subject of its
    own, the one without the date told in the past ("Talks stalled in Doha, | but fighting
    resumed on Friday"): another happening each, whose places are not the date's; not a
    state told in the present (", but four remain in captivity in Gaza": where the date's
    act left them), a verb phrase sharing the subject (", but failed to take the town") nor
    the last of a list of names (", and Chad signed")."""
    view, date = clause.view, clause.mention
    tokens = view.tokens
    joined = entity_words(language, "joined_clause_openers")
    left, right = view.start, view.end
    opened = 0  # the index the clause before a coordinator opens at
    for index in range(1, len(tokens) - 1):
        if not (
            tokens[index].norm in joined
            and "," in view.text[tokens[index - 1].end : tokens[index].start]
            and not view.break_before(index + 1)
            and _subject_follows(view, index + 1, language)
        ):
            continue
        before, after = range(opened, index), _phrase(view, index + 1)
        dated_after = tokens[index].start <= date.char_start
        if not (
            _finite(view, after if dated_after else before, words, language)
            and _happened(view, before if dated_after else after, words, language)
        ):
            continue
        opened = index
        if dated_after:
            left = tokens[index].start
        elif not places_at(entities, tokens[index + 1].start, tokens[index + 1].end):
            # "Storms swept the coast on Monday, and Spain was hit hardest": a land told
            # as the subject after the date is where its happening fell
            right = min(right, tokens[index - 1].end)
    return left, right


def _subject_follows(view: SentenceView, index: int, language: str) -> bool:
    """Whether ``tokens[index]``, right after a coordinator, can open a subject of its own:
    no verb ("killed", "killing"), adverb ("reportedly") or preposition of a phrase going
    on, nor a pronoun, quantifier or number pointing back to what the clause before told
    ("but most were shot down", "but 35 were shot down")."""
    norm = view.tokens[index].norm
    backward = entity_words(language, "backward_subjects")
    pair = " ".join(token.norm for token in view.tokens[index : index + 2])
    return not (
        is_past_form(norm, language)
        or norm.endswith("ing")
        or is_adverb(norm)
        or norm in view.words("prepositions")
        or norm in backward
        or pair in backward
        or norm.isdigit()
    )


def _phrase(view: SentenceView, first: int) -> range:
    """The indices from ``first`` to the next punctuation."""
    last = first + 1
    while last < len(view.tokens) and not view.break_before(last):
        last += 1
    return range(first, last)


def _finite(
    view: SentenceView, indices: Iterable[int], words: EntityLexicon, language: str
) -> bool:
    """Whether the words at ``indices`` hold a verb told in the past or an auxiliary
    ("froze", "was held", "will meet"), no name ("United")."""
    return any(
        not view.tokens[i].is_capitalized
        and (
            view.tokens[i].norm in words.existential_words
            or is_past_form(view.tokens[i].norm, language)
        )
        for i in indices
    )


def _happened(view: SentenceView, indices: range, words: EntityLexicon, language: str) -> bool:
    """Whether the first verb at ``indices`` tells a happening: one in the past ("froze",
    "was held up") or the present perfect ("has imposed"), not a state in the present or
    to come ("remain", "is", "will meet")."""
    verbs = [
        view.tokens[i].norm
        for i in indices
        if not view.tokens[i].is_capitalized
        and (
            view.tokens[i].norm in words.existential_words
            or is_past_form(view.tokens[i].norm, language)
        )
    ]
    if verbs and verbs[0] in words.present_perfect_auxiliaries:
        verbs = verbs[1:]
    return bool(verbs) and is_past_form(verbs[0], language)


def _opens_other(clause: DateClause, language: str) -> bool:
    """Whether the date's clause follows another on a word opening another happening's
    phrase ("Jets struck Gaza City, while the ministry said Monday ...") or a person's
    ("..., said Jane Doe, who spoke to reporters today"): the sentence's other places are
    another happening's."""
    tokens = clause.view.in_span(*clause.home)
    words = load_entity_lexicon(language)
    openers = frozenset(entity_words(language, "other_clause_openers"))
    return (
        clause.home[0] > clause.view.start
        and bool(tokens)
        and (tokens[0].norm in openers or _relative(tokens[0], words))
        and tokens[0].start < clause.mention.char_start
    )


def _relative(token: Token, words: EntityLexicon) -> bool:
    """Whether ``token`` is a relative pronoun of a person ("who"), not an acronym spelled
    alike ("the WHO said")."""
    return token.norm in words.person_relatives and not token.text.isupper()


def _opened_before(clause: DateClause, language: str) -> int | None:
    """Where a phrase of another happening opens inside the date's clause, before the date
    and not right before it ("Bentiu fell days | after the army was attacked in Juba on Dec.
    15"): the date is that happening's, and the places named before it are another's;
    ``None`` when there is none ("since Monday" is the date's own)."""
    tokens = clause.view.in_span(clause.home[0], clause.mention.char_start)
    openers = frozenset(entity_words(language, "other_clause_openers"))
    opened = [i for i in range(1, len(tokens) - 1) if tokens[i].norm in openers]
    return tokens[opened[-1]].end if opened else None


def _joined_verb_phrase(clause: DateClause, language: str) -> int | None:
    """Where the verb phrase holding the date opens when a coordinator joins it to an
    earlier one of the same clause ("The storm formed in the Indian Ocean | and made
    landfall Sunday near Pemba"): the coordinator before the date with a verb told in the
    past right after it; ``None`` when there is none ("Russia and Ukraine traded fire")."""
    view = clause.view
    tokens = view.in_span(clause.home[0], clause.mention.char_start)
    coordinators = view.words("coordinators")
    for index in range(len(tokens) - 2, 0, -1):
        verb = tokens[index + 1]
        if (
            tokens[index].norm in coordinators
            and not verb.is_capitalized
            and is_past_form(verb.text, language)
        ):
            return tokens[index].start
    return None


def _told_in_clause(clause: DateClause, opened: int | None, language: str) -> bool:
    """Whether the phrase of another happening opening at ``opened`` before the date, in a
    relative clause about whom or what is named before it, has a verb of its own
    ("fighters who kept fighting after they disarmed in 2017"): it tells their past, whose
    date takes no place named before the clause; "after a long siege on Monday" is no
    clause, and one of the sentence's own ("fled Gao after militants attacked on Monday")
    tells the act there."""
    if opened is None:
        return False
    words = load_entity_lexicon(language)
    relatives = words.person_relatives | words.thing_relatives
    if not any(t.norm in relatives for t in clause.view.in_span(clause.home[0], opened)):
        return False
    past = irregular_past(language)
    return any(
        token.norm in words.past_auxiliaries or token.norm.endswith("ed") or token.norm in past
        for token in clause.view.in_span(opened, clause.mention.char_start)
    )


def _opened_after(clause: DateClause, language: str) -> int:
    """Where a clause of another happening opens after the date on a word such as "as",
    "while" or "after" ("Jets struck Mosul on Sunday | as envoys gathered in Doha"), not one
    going on ("as well as", "as part of") nor the date's time of day ("after midnight");
    the sentence's end when there is none."""
    view, date = clause.view, clause.mention
    openers = frozenset(entity_words(language, "other_clause_openers")) | frozenset(
        entity_words(language, "loose_clause_openers")
    )
    going_on = frozenset(entity_words(language, "opener_continuations"))
    stays = going_on | frozenset(entity_words(language, "times_of_day"))
    after = view.in_span(date.char_end, view.end)
    for index, token in enumerate(after[:-1]):
        if (
            token.norm in openers
            and after[index + 1].norm not in stays
            and not (index and after[index - 1].norm in going_on)  # "as well | as"
        ):
            return token.start
    return view.end


def _clause_told_beside(
    clause: DateClause, opener: int, words: EntityLexicon, language: str
) -> bool:
    """Whether the clause opening at offset ``opener`` after the date tells another act
    beside the date's, one told in full before it ("scrambled jets on Wednesday | as Russia
    attacked western Ukraine", "suffered losses on Friday | since it arrived in Libya"): a
    subject and a finite verb of its own, on a word of time or contrast, not of cause
    ("were hurt on Monday after a shell hit their clinic in Kupiansk": where the cause
    struck, the hurt is). Its places are that act's, even when the date's clause names none.
    Not a clause the date opens the sentence with ("On Monday, as rescuers reached Izium,
    they found ...")."""
    view = clause.view
    index = view.index_at(opener)
    if index is None or view.tokens[index].norm in words.cause_openers:
        return False
    if not _subject_of_its_own(view, opener, language):
        return False
    first = view.index_at(clause.home[0]) or 0
    told = range(first, index)
    own = [i for i in _phrase(view, index + 1) if view.text[view.tokens[i].start - 1] != "-"]
    return _finite(view, told, words, language) and _finite(view, own, words, language)


def _subject_of_its_own(view: SentenceView, opener: int, language: str) -> bool:
    """Whether the clause opening at offset ``opener`` has a subject of its own ("as the
    city mourned", "while fighting raged"), not the one before it ("after meeting leaders
    in Tel Aviv")."""
    index = view.index_at(opener)
    tokens = view.tokens
    if index is None or index + 1 >= len(tokens):
        return False
    if not tokens[index + 1].norm.endswith("ing"):
        return True
    return index + 2 < len(tokens) and is_past_form(tokens[index + 2].norm, language)


_DENIAL_REACH = 2  # words between a verb of denial and the date that dates it


def _denial_end(clause: DateClause) -> int:
    """Where the verb of denial that the date dates ends ("Kyiv denied on Thursday that ...",
    "The rebels on Monday denied entering ..."): the places after it are what is denied,
    not where the event is; the sentence's end when there is none."""
    view, date = clause.view, clause.mention
    tokens = view.tokens
    first = view.index_at(date.char_start)
    if first is None:
        return view.end
    last = first
    while last + 1 < len(tokens) and tokens[last + 1].start < date.char_end:
        last += 1
    near = range(max(0, first - _DENIAL_REACH), min(len(tokens), last + 1 + _DENIAL_REACH))
    for index in near:
        if first <= index <= last or tokens[index].is_capitalized:
            continue
        if view.lexicon.stance_of.get(tokens[index].norm) == "denied":
            return tokens[index].end
    return view.end


def _continued(clause: DateClause, right: int, words: EntityLexicon) -> int:
    """``right``, the end of the date's clause, moved to the end of the clause after it when
    that one goes on telling the act: a participle's ("..., crossing the border near
    Vovchansk"), a detail's ("..., with two rounds of fire near a base in al-Shaddadi") or
    one of "when" right after the date ("happened in 2021, when inmates were killed in
    Guayaquil"), not a report's ("..., according to ..."); or the act itself after a date
    and a phrase of place opening the sentence ("On Wednesday, in the Kharkiv region,
    shells hit ...")."""
    view = clause.view
    date = clause.mention
    following = clause.clause_of(right)
    if following is None or clause.clauses[following][0] < clause.home[1]:
        return right
    first = view.in_span(*clause.clauses[following])[:1]
    if not first:
        return right
    word = first[0].norm
    participle = word.endswith("ing") and not first[0].is_capitalized
    then = word in words.date_relatives and not view.text[date.char_end : first[0].start].strip(
        ", "
    )
    detail = word in words.detail_openers or then
    if (participle and word not in words.aside_participles) or detail:
        return clause.clauses[following][1]
    home = view.in_span(*clause.home)
    after = [t for t in home if t.start >= date.char_end]
    scene = (
        bool(home)
        and home[0].start == date.char_start
        and bool(after)
        and after[0].norm in words.locative_prepositions
    )
    return clause.clauses[following][1] if scene else right


_SCENE_REACH = 16  # words in a phrase of place opening a sentence


def _scene(clause: DateClause, words: EntityLexicon) -> tuple[int, int] | None:
    """The phrase of place opening the sentence before a comma ("In Gao, ...", "In the
    Kharkiv region, ..."), which sets the scene of every clause after it; ``None`` when
    there is none, it holds the date or it tells another act ("In addition to the strike
    in Sanaa, ...")."""
    view, date = clause.view, clause.mention
    tokens = view.tokens
    if (
        not tokens
        or tokens[0].norm not in words.locative_prepositions
        or words.other_act_phrases.at(tokens, 0)
    ):
        return None
    end = next(  # the first comma, past an aside in brackets ("(IDP),")
        (
            i
            for i in range(1, min(len(tokens), _SCENE_REACH))
            if view.break_before(i) and "," in view.text[tokens[i - 1].end : tokens[i].start]
        ),
        0,
    )
    if not end or date.char_start < tokens[end - 1].end:
        return None
    return view.start, tokens[end - 1].end


def _nearer_other(
    clause: DateClause, start: int, others: Sequence[tuple[int, int]], words: EntityLexicon
) -> bool:
    """Whether the place named at ``start`` is another date's: one of ``others`` stands
    right by it ("Haniyeh in Tehran in July and Nasrallah in Beirut last week"), or lies
    nearer it than this date does, or shares the place's clause while this date's own
    does not hold it. A name before all the sentence's dates sets the scene for each ("In
    the U.S., crude for June delivery fell Tuesday"), as does one a clause of "where"
    follows ("flew to Nepal, where a landslide struck on May 2")."""
    view, date = clause.view, clause.mention
    first = view.index_at(start)
    if first is None:
        return False
    others = [
        o for o in others if not _listed_dates(view.text, (date.char_start, date.char_end), o)
    ]
    tokens = view.tokens
    last = _name_last(view, first, words)
    end = tokens[last].end

    def gap(left: int, right: int) -> int:
        return max(left - end, start - right, 0)

    def beside(left: int, right: int) -> bool:
        between = view.text[end:left] if left >= end else view.text[right:start]
        return between.strip().lower() in words.locative_prepositions | {""}

    own = gap(date.char_start, date.char_end)
    shared = clause.clause_of(start)
    nearer = [
        (left, right)
        for left, right in others
        if (clause.in_home(left) and gap(left, right) < own)
        or (
            not clause.in_home(start)
            and (clause.clause_of(left) == shared or gap(left, right) < own)
        )
    ]
    if any(beside(left, right) for left, right in nearer):
        return True
    if start < date.char_start and all(start < left for left, _ in nearer):
        return False
    relative = last + 1 < len(tokens) and tokens[last + 1].norm in words.place_relatives
    return bool(nearer) and not relative


def _listed_dates(text: str, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two dates stand in one list ("On Monday and Thursday, jets struck X",
    "on Monday, Tuesday and Thursday"): only list words and commas between them."""
    left, right = sorted((one, other))
    between = text[left[1] : right[0]].replace(",", " ").split()
    return bool(between) and all(word.lower() in _LIST_WORDS for word in between)


def _partner(view: SentenceView, start: int, place: Place, words: EntityLexicon) -> bool:
    """Whether a state, alone or in a list, is named as whom something is done with ("talks
    with Iran", "with support from Canada") or as a member of a group of states ("OPEC
    members Iran and Libya", "our partners & Guyana"): who, not where."""
    index = _before_list(view, start, words)
    if not _is_state(place, words) or index < 0:
        return False
    tokens = view.tokens
    pair = f"{tokens[index - 1].norm} {tokens[index].norm}" if index > 0 else ""
    return tokens[index].norm in words.partner_prepositions or pair in words.partner_prepositions


def _across_border(view: SentenceView, start: int, words: EntityLexicon, language: str) -> bool:
    """Whether a state, alone or in a list, is named as across a border ("its border
    crossings with Niger", "the frontier with Chile"): it shares the line, it takes no part."""
    index = _before_list(view, start, words)
    tokens = view.tokens
    return (
        index > 0
        and tokens[index].norm == "with"
        and tokens[index - 1].norm in entity_words(language, "shared_border_nouns")
    )


def _topic(view: SentenceView, start: int, place: Place, words: EntityLexicon) -> bool:
    """Whether a state, alone or in a list, is named as what is said, decided or felt about
    ("a statement on Syria", "sanctions on Russia", "support for Ukraine") or as whom words
    are addressed to ("accused Kyiv of"): not where ("an attack on Kyiv" is where)."""
    index = _before_list(view, start, words)
    return _is_state(place, words) and words.topic_phrases.before(view.tokens, index + 1) > 0


_SENDING_REACH = 6  # words from a verb of sending to the "to" of whom it goes to


def _goes_to(clause: DateClause, start: int, place: Place, words: EntityLexicon) -> bool:
    """Whether the place named at ``start``, alone or in a list, is only where something
    goes: where a craft or convoy was bound ("a flight bound for London crashed"), whom a
    sending still to come goes to ("said it will send air defence systems to Peru"), or
    where a journey or a way leads, told after the date of a saying or a decision ("said on
    Monday he would travel to Oruro", "advised on Friday against all travel to Burundi",
    "voted on Tuesday for a mission to Tonga"): not where the act happened. A journey told
    as made ("travelled to Lima"), dated itself ("will travel to Oslo on Tuesday") or a way
    the act was on ("ambushed on the road to Tacna") is where it happened."""
    view = clause.view
    index = _before_list(view, start, words)
    if words.destination_phrases.before(view.tokens, index + 1) > 0:
        return True
    if index < 1 or view.tokens[index].norm != "to":
        return False
    return (
        _sent_to_come(view, index, place, words)
        or _journey_to_come(clause, index, words)
        or _way_leading_to(view, index, words)
    )


def _sent_to_come(view: SentenceView, to: int, place: Place, words: EntityLexicon) -> bool:
    """Whether the "to" at ``tokens[to]`` before a state follows a verb of sending still to
    come in its clause ("agreed to supply fuel to Chad"), not one told as done ("sent
    rescuers to Lima")."""
    if not _is_state(place, words):
        return False
    for before in range(to - 1, max(-1, to - 1 - _SENDING_REACH), -1):
        if view.break_before(before + 1):
            return False
        if view.tokens[before].norm in words.planned_sending_verbs:
            return True
    return False


def _journey_to_come(clause: DateClause, to: int, words: EntityLexicon) -> bool:
    """Whether the "to" at ``tokens[to]`` follows a word of a journey or a way ("travel",
    "trip", "road") named after the date, as a verb in its plain form ("would travel to")
    or as a noun no preposition makes the act's place ("a trip to", not "on the road to")."""
    tokens = clause.view.tokens
    word = to - 1
    if tokens[word].norm not in words.journey_nouns | words.journey_verbs:
        return False
    if clause.mention.char_end > tokens[word].start:
        return False  # "will travel to Oslo on Tuesday": the date is the journey's
    date_end = clause.mention.char_end
    if clause.view.text[date_end : date_end + 1] == ":":
        return False  # "22 April: Troops return to Lashio": the act the date heads
    on_the_way = words.locative_prepositions | words.way_prepositions
    return tokens[word].norm in words.journey_verbs or not any(
        tokens[before].norm in on_the_way for before in range(max(0, word - 2), word)
    )  # "ambushed on the road to Tacna": the way is where


def _way_leading_to(view: SentenceView, to: int, words: EntityLexicon) -> bool:
    """Whether the "to" at ``tokens[to]`` follows a way named as what the act is done to
    ("blocked the main road to Tacna", "reopened the highway to Oruro"): the place is where
    the way leads, not where it was blocked. Not a way the act was on ("ambushed on the
    road to Tacna")."""
    word = to - 1
    if word < 0 or view.tokens[word].norm not in words.way_nouns:
        return False
    on_the_way = words.locative_prepositions | words.way_prepositions
    return not any(
        view.tokens[before].norm in on_the_way
        for before in range(max(0, word - _WAY_REACH), word)
        if not any(view.break_before(i) for i in range(before + 1, word + 1))
    )


def _another_time(clause: DateClause, start: int) -> bool:
    """Whether the place named at ``start`` stands in another clause that dates the act by
    another happening (", hours ahead of talks in Geneva", ", a day before talks in ..."):
    that happening's place, not the act's."""
    index = clause.clause_of(start)
    return (
        index is not None
        and not clause.in_home(start)
        and is_anchor_clause(clause.view, clause.clauses[index])
    )


def _background(view: SentenceView, start: int, words: EntityLexicon) -> bool:
    """Whether the name at ``start`` is where a war or a crisis named after a preposition
    is ("affected by the war in Sudan", "amid the conflict in Yemen"): the background of
    the act, not its place ("The war in Sudan broke out" is the war's)."""
    index = _before_list(view, start, words)  # "in"
    tokens = view.tokens
    if index < 2 or tokens[index].norm not in words.locative_prepositions:
        return False
    noun = index - 1
    if tokens[noun].norm not in words.background_nouns:
        return False
    opener = noun - 1
    if tokens[opener].norm != "the" and tokens[opener - 1].norm == "the":
        opener -= 1  # "the ongoing war"
    if opener > 0 and tokens[opener].norm == "the":
        opener -= 1
    return tokens[opener].norm in words.background_openers


_SOUGHT_REACH = 8  # words from "for" to a place in what is asked for


_RANGE_REACH = 4  # words from a superlative to the preposition of its range


_FELT_REACH = 3  # words from a verb of sensing to its preposition ("felt as far away as")


def _felt_at(view: SentenceView, start: int, words: EntityLexicon) -> bool:
    """Whether the name at ``start``, or the list it stands in, follows a verb of sensing
    and its preposition ("was felt in Thailand, Vietnam and China", "felt strongly in
    Bangkok"): where the happening reached."""
    index = _before_list(view, start, words)
    tokens = view.tokens
    if index < 1:
        return False
    for word in range(index - 1, max(-1, index - 1 - _FELT_REACH), -1):
        if view.break_before(word + 1):
            return False
        if tokens[word].norm in words.felt_verbs:
            return True
    return False


def _compared_over(view: SentenceView, start: int, words: EntityLexicon) -> bool:
    """Whether the name at ``start``, or the list it stands in, is the range a superlative
    after an article or a possessive compares over ("the deadliest attack in Nigeria", "one
    of the largest strikes on western Ukraine", "Russia's biggest attack on Kyiv"): the act
    is measured against that land, which need not be where it happened."""
    index = _before_list(view, start, words)
    tokens = view.tokens
    if index < 2 or tokens[index].norm not in words.range_prepositions:
        return False
    for word in range(index - 1, max(0, index - 1 - _RANGE_REACH), -1):
        if view.break_before(word + 1):
            return False
        if tokens[word].norm in view.lexicon.superlatives:
            before = tokens[word - 1]
            return before.norm in words.articles or _possessive(before.text)
    return False


def _back_in_clause(clause: DateClause, index: int, reach: int, stop: int = 0) -> Iterator[int]:
    """The indices of the ``reach`` words before the word at ``index``, nearest first and
    down to ``stop`` (not included), as long as they stand in that word's clause."""
    tokens = clause.view.tokens
    own = clause.clause_of(tokens[index].start)
    for before in range(index - 1, max(stop, index - 1 - reach), -1):
        if clause.clause_of(tokens[before].start) != own:
            return
        yield before


def _sought(clause: DateClause, start: int, words: EntityLexicon) -> bool:
    """Whether the place named at ``start`` stands in what a verb of asking asks for, in
    the same clause ("called on Monday for a truce in Gaza"): sought, not where."""
    view, date = clause.view, clause.mention
    index = view.index_at(start)
    if index is None:
        return False
    tokens, own = view.tokens, clause.clause_of(start)
    for before in _back_in_clause(clause, index, _SOUGHT_REACH):
        if tokens[before].norm != "for":
            continue
        verb = before - 1  # past the date: "called on Monday for"
        while verb > 0 and date.char_start <= tokens[verb].start < date.char_end:
            verb -= 1
        return (
            tokens[verb].norm in words.sought_verbs and clause.clause_of(tokens[verb].start) == own
        )
    return False


_AIM_REACH = 10  # words from "to end" to a place in what is to be ended


def _aimed_at(clause: DateClause, start: int, words: EntityLexicon) -> bool:
    """Whether the place named at ``start`` stands in what a verb of ending or gaining after
    "to" or "would" governs, in the same clause ("urged them to accept a deal that would
    halt fighting in Sudan", "in a bid to secure a truce in Gaza"): aimed at, not where;
    unless the date is told in that phrase ("moved to end the fighting in Gao on Monday")
    or the clause tells an act of war before it ("struck bases to end the siege of X"), or
    the place is where something goes ("to prevent them from advancing into X")."""
    view = clause.view
    index = view.index_at(start)
    if index is None or view.tokens[index - 1].norm in words.goal_prepositions:
        return False  # "to prevent them from advancing into the region": where they fight
    tokens, own = view.tokens, clause.clause_of(start)
    for before in _back_in_clause(clause, index, _AIM_REACH):
        if tokens[before].norm not in words.aim_verbs:
            continue
        if tokens[before - 1].norm not in words.aim_markers:
            return False
        if clause.mention.char_start > tokens[before].start:
            return False  # the date tells the ending itself
        opening = clause.clauses[own][0] if own is not None else view.start
        return not any(
            words.place_acts.at(tokens, at)
            for at in range(view.index_at(opening) or 0, before)
            if tokens[at].start >= opening
        )
    return False


_PLEA_REACH = 6  # words from a verb of pleading to its "to" ("urged its citizens on Monday to")


def _pleaded_for(clause: DateClause, start: int, words: EntityLexicon) -> bool:
    """Whether the place named at ``start`` stands in what a verb of pleading asks someone
    to do, in the same clause and after the date ("urged its citizens on Monday to leave
    Chad"): asked for, not where the plea was made; the date told in what is asked ("asked
    residents to leave Kherson on Monday") dates it there."""
    index = clause.view.index_at(start)
    if index is None:
        return False
    tokens = clause.view.tokens
    for to in _back_in_clause(clause, index, _AIM_REACH):
        if tokens[to].norm != "to":
            continue
        for verb in _back_in_clause(clause, to, _PLEA_REACH, stop=-1):
            if tokens[verb].norm in words.plea_verbs:
                return clause.mention.char_start < tokens[to].start
    return False


_TALK_REACH = 10  # words from "discussed" or "about" to a place in what is talked about


def _talked_about(clause: DateClause, start: int, words: EntityLexicon) -> bool:
    """Whether the place named at ``start`` qualifies a noun in what a verb of talk or
    "about" governs, in the same clause ("discussed the crisis in Darfur", "spoke about the
    fighting in Tigray", "stressed the need to end the shelling of Kharkiv"): talked about,
    not where ("will discuss it in Geneva", "about 10 km from Kharkiv" are where), unless
    the date is told in that phrase ("concerned about the abduction in Kankara on 11
    December" dates the abduction)."""
    view = clause.view
    index = view.index_at(start)
    preposition = _before_list(view, start, words)
    if index is None or preposition < 1:
        return False
    tokens, own = view.tokens, clause.clause_of(start)
    head = tokens[preposition - 1]  # "crisis" in "the crisis in Darfur"
    if head.is_capitalized or head.norm in words.talk_openers:
        return False
    if head.start < clause.mention.char_end and not _dates_a_document(clause, start):
        # "concerned about the abduction in Kankara on 11 December", "condemns the attack
        # today in Kabul": the date is told in the phrase, which tells its act
        return False
    date = clause.mention
    dated = sum(date.char_start <= t.start < date.char_end for t in tokens[:preposition])
    reach = _TALK_REACH + dated  # counted past the date: "claimed on Monday responsibility"
    relatives = words.person_relatives | words.thing_relatives
    for before in range(preposition - 1, max(-1, preposition - 1 - reach), -1):
        if clause.clause_of(tokens[before].start) != own or tokens[before].norm in relatives:
            return False  # "spoke about it with envoys who arrived in Kyiv": where they are
        if tokens[before].norm in words.talk_openers:
            following = tokens[before + 1].norm
            if tokens[before].norm == "about" and following[:1].isdigit():
                return False  # "about 10 km from Kharkiv": a distance
            return not (  # "condemned Sunday's bombing in Gao": the date is the bombing's
                clause.mention.char_start > tokens[before].start and _possessive_date(clause)
            )
    return False


def _dates_a_document(clause: DateClause, start: int) -> bool:
    """Whether a noun of a document stands between the place named at ``start`` and the
    date after it ("claimed the bombing in Quetta in a statement on Monday", "... in a video
    released Sunday"): the date is the document's, not that of the act it talks about."""
    view = clause.view
    documents = view.words("document_nouns")
    return any(token.norm in documents for token in view.in_span(start, clause.mention.char_start))


def _possessive_date(clause: DateClause) -> bool:
    """Whether the date is written as a possessive ("Sunday's bombing"): a noun's date."""
    date = clause.mention
    inside = [t for t in clause.view.tokens if date.char_start <= t.start < date.char_end]
    return bool(inside) and inside[-1].norm != inside[-1].text.lower()  # its "'s" dropped


def _said_in_a_noun(clause: DateClause, start: int, words: EntityLexicon) -> bool:
    """Whether the place named at ``start`` is in what a noun of saying or fearing after
    the date says ("Sunday's attack came amid warnings that Mali faces famine"): talked
    about, not where ("warnings that Mali faced famine on Sunday" dates what is said)."""
    view = clause.view
    index = view.index_at(start)
    if index is None:
        return False
    openers = view.words("told_openers")
    tokens = view.tokens
    for before in range(index - 1, max(0, index - _TALK_REACH), -1):
        if view.broken[before + 1]:
            return False  # punctuation between: another phrase
        if tokens[before].norm in openers and tokens[before - 1].norm in words.content_nouns:
            return clause.mention.char_end <= tokens[before - 1].start
    return False


_RELATIVE_REACH = 12  # words from "who" to a place its clause names


_DOCUMENT_REACH = 12  # words from a document noun to its release ("a report from X released")


def _released_says(clause: DateClause, start: int) -> bool:
    """Whether the date tells when a document came out ("a report released Tuesday said",
    "in a statement issued on October 31, the office estimated that") and the place named
    at ``start`` is in what the document says, after a verb of saying past the date: the
    document's words, not where it came out."""
    view = clause.view
    first = view.index_at(clause.mention.char_start)
    index = view.index_at(start)
    if first is None or index is None or start < clause.mention.char_end:
        return False
    tokens = view.tokens
    before = first - 1
    if before > 0 and tokens[before].norm == "on":
        before -= 1  # "released on Tuesday"
    if before < 1 or tokens[before].norm not in view.words("release_participles"):
        return False
    documents = view.words("document_nouns")
    document = next(
        (
            at
            for at in range(before - 1, max(-1, before - _DOCUMENT_REACH), -1)
            if tokens[at].norm in documents
        ),
        None,
    )
    if document is None:
        return False  # "troops released on Tuesday said": no document came out
    bounds = view.words("document_bounds")
    if any(tokens[at].norm in bounds for at in range(max(0, document - 3), document)):
        return False  # "since the last update issued on 15 September": a bound, not news
    says = view.words("document_verbs")
    return any(tokens[at].norm in says for at in range(first, index))


def _about_a_person(clause: DateClause, start: int, words: EntityLexicon) -> bool:
    """Whether the place named at ``start`` stands in a clause about a person, opened after
    the date and told in the past perfect: "arrested two men on Tuesday who had fought in
    Libya" tells what they did before, elsewhere, not where the date's act was ("met
    envoys today who arrived in Kyiv" does)."""
    view, date = clause.view, clause.mention
    index = view.index_at(start)
    if index is None or start < date.char_end:
        return False
    told_before = False
    for before in range(index - 1, max(-1, index - 1 - _RELATIVE_REACH), -1):
        token = view.tokens[before]
        if token.start < date.char_end or view.break_before(before + 1):
            return False
        if _relative(token, words):
            return told_before
        told_before = told_before or token.norm in words.perfect_auxiliaries
    return False


def _in_a_persons_clause(
    clause: DateClause, start: int, words: EntityLexicon, language: str
) -> bool:
    """Whether the place named at ``start`` stands in a clause about a person set off from
    the date's and told in the past ("Jones, who was in Kenya when the riots began, resigned
    in late April"): where the person was before, not where the act was ("Smith, who is
    visiting Kyiv, spoke on Monday" is)."""
    index = clause.clause_of(start)
    if index is None or index == clause.clause_of(clause.mention.char_start):
        return False
    opening = clause.view.in_span(*clause.clauses[index])[:3]
    if len(opening) < 2 or not _relative(opening[0], words):
        return False
    verb = opening[2] if is_adverb(opening[1].norm) and len(opening) > 2 else opening[1]
    return (
        verb.norm in words.past_auxiliaries
        or verb.norm.endswith("ed")
        or verb.norm in irregular_past(language)
    )


def _in_relative_apart(clause: DateClause, start: int, words: EntityLexicon, language: str) -> bool:
    """Whether the place named at ``start`` stands in a relative clause about a thing or a
    place, after the verb of the date's clause and in a clause of the sentence that does
    not hold the date ("lifted the curfew on Monday, a measure that had emptied the streets
    of Dakar"; "traded fire along the frontier, the line that divides Kashmir,
    overnight"): the clause describes the noun it follows, not where the date's act
    happened. Not a clause on the subject before its verb, which may name where the act
    falls ("The RSF, which had besieged El Fasher for months, took the city on Sunday"),
    nor one right after the date, which tells what happened then ("fell on Tuesday, which
    flooded Lagos"), nor one about a happening or what makes it ("the blast, which ripped
    through a market in Peshawar", "launched drones, which struck Odesa"), nor "that"
    after a verb, which opens what is said ("reported that a strike hit Gao")."""
    index = clause.clause_of(start)
    if index is None or index == clause.own:
        return False
    left, right = clause.clauses[index]
    date = clause.mention
    if left <= date.char_start < right:
        return False
    view = clause.view
    relatives = words.describing_relatives
    complements = load_date_lexicon(language).reported_clause_openers
    telling = frozenset(entity_words(language, "telling_verbs"))
    tokens = view.tokens
    happenings = {i for cue in view.cues for i in range(cue.first, cue.last + 1)}
    for at in view.span_indices(left, start):
        token = tokens[at]
        if token.norm not in relatives or token.is_capitalized:
            continue
        if token.start < date.char_end and not _finite(view, range(at), words, language):
            continue  # on the subject: "The RSF, which had besieged El Fasher, took the city"
        if not at or (
            token.start >= date.char_end and not view.text[date.char_end : token.start].strip(", ")
        ):
            continue  # "fell on Tuesday, which flooded Lagos": what happened then
        before = tokens[at - 1]
        if token.norm in complements and (
            before.norm in telling or is_past_form(before.norm, language)
        ):
            continue  # "reported that ...": what is said
        if at - 1 in happenings or is_act_noun(before.norm, language):
            continue  # "the blast, which ripped through a market in Peshawar": the act's
        return True
    return False


def _past_dated_relative(clause: DateClause, start: int, words: EntityLexicon) -> bool:
    """Whether the place named at ``start`` comes after the closing comma of a relative
    clause set off by commas that holds the date ("The junta, which seized power in May
    2021, has fought rebels across Chad"): the clause dates what its noun did then, and
    the words after it tell what the noun does otherwise. Not a place in the clause itself
    ("The quake, which struck near Herat on Saturday, killed 2,000") nor the noun before it
    ("Kurakhove, which troops took in January, ...")."""
    view, date = clause.view, clause.mention
    if start < date.char_end:
        return False
    closing = view.text.find(",", date.char_end, start)
    if closing < 0:
        return False
    tokens = view.tokens
    relatives = words.person_relatives | words.describing_relatives
    for at in reversed(view.span_indices(view.start, date.char_start)):
        if not at:
            return False
        gap = view.text[tokens[at - 1].end : tokens[at].start]
        if tokens[at].norm in relatives and "," in gap and not tokens[at].text.isupper():
            return True
        if any(mark in gap for mark in ",;:()"):
            return False
    return False


def _before_relating_verb(clause: DateClause, start: int) -> bool:
    """Whether the place named at ``start`` stands before a verb setting the happening it
    names against the one the date dates ("The attack on Gao came two days after troops
    left Kidal on Monday", "The talks in Lome followed a meeting in Accra on Friday"): it
    names the other happening's place, not the date's. Not a verb the date follows itself
    ("a strike on Tacna followed in March")."""
    view, date = clause.view, clause.mention
    if start >= date.char_start:
        return False
    tokens = view.tokens
    relating = view.words("finite_relating_verbs")
    coming = view.words("coming_verbs")
    settings = view.words("relating_verb_settings")
    openers = view.words("subordinators") | view.words("alongside_subordinators")
    indices = view.span_indices(start, date.char_start)
    for at in indices:
        token = tokens[at]
        if token.norm in relating and at + 1 < len(tokens) and not view.in_date(tokens[at + 1]):
            following = tokens[at + 1].norm
            return following not in settings and following not in openers
        if token.norm in coming:
            reach = range(at + 1, min(at + 1 + _COMING_REACH, indices.stop))
            return any(tokens[i].norm in openers for i in reach) and not any(
                view.break_before(i) for i in reach
            )
    return False


# a quotation opening a sentence, closed on a comma or a mark before its speaker
_OPENING_QUOTE = re.compile(r"[“\"][^“”\"\n]{1,200}?[,?!][”\"]")


def _quoted_apart(clause: DateClause, start: int) -> bool:
    """Whether the place named at ``start`` stands in a quotation the date is outside of
    ("'... its territory in Syria,' he said Tuesday"), however short when it opens the
    sentence ("'Kidal needs help,' Ruiz said"): the words quoted, not the saying."""
    view = clause.view
    date = clause.mention.char_start
    opening = _OPENING_QUOTE.match(view.text, view.start)
    quotes = (*view.quotes, opening.span()) if opening else view.quotes
    return any(left <= start < right and not left <= date < right for left, right in quotes)


def _names_a_state(
    entities: ArticleEntities,
    view: SentenceView,
    words: EntityLexicon,
    filed: tuple[int, int] | None,
) -> bool:
    """Whether a state acts in the sentence ("ACCRA — Ghana announced ..."), or another
    country than the dateline town's is named after the dateline by its name or its
    people's adjective ("Buenos Aires [Argentina], Nov 18: Ecuador's electoral authority
    said"; not "N'DJAMENA - Chad's former prime minister was sentenced"): then the
    sentence says whose event it is, and the dateline town is not its place."""
    if any(key(name) in words.country_names for name in actors_in(entities, view.start, view.end)):
        return True
    opening = view.start if filed is None else max(view.start, filed[1])
    home = {place.country for _, place in places_at(entities, *filed)} if filed else set()
    named = (
        words.country_names.get(token.norm) or words.demonyms.get(token.norm)
        for token in view.tokens
        if token.start >= opening and token.is_capitalized
    )
    return any(country is not None and country.code not in home for country in named)


def places_at(entities: ArticleEntities, start: int, end: int) -> list[tuple[int, Place]]:
    """The places named in ``[start, end)``, each with the offset where it is named."""
    first = bisect_left(entities.place_starts, start)
    last = bisect_left(entities.place_starts, end)
    return list(zip(entities.place_starts[first:last], entities.places[first:last], strict=True))


def _widened(
    view: SentenceView, span: tuple[int, int], words: EntityLexicon, entities: ArticleEntities
) -> tuple[int, int]:
    """``span`` widened to the start of a list of names it ends (a clause "and the United
    Arab Emirates" cut from "to Pakistan, Tunisia," by the commas; not one opening with a
    name that is no place: ", Ukrainian officials said"), and over the names
    that follow a name ending it after a comma ("in Madaen, Iraq", "in Bamako, Mali"),
    maybe after a preposition of place ("in the city of El Fasher, in Darfur")."""
    left, right = span
    indices = view.span_indices(left, right)
    if not indices:
        return span
    first = indices.start
    while first < indices.stop and view.tokens[first].norm in _LIST_WORDS | COMPASS:
        first += 1
    beside = _after_name(view, indices.start, words) and (
        _apposition_end(view, indices.start, words) > 0
        or _lies_off(view, indices.start)
        or _placed_in(view, indices.start, words)
    )
    listed = first < indices.stop and _named(view.tokens[first], words)
    if listed:  # the name opening the clause, all its words ("North West Nigeria"): a place
        last_word = first
        while (
            last_word + 1 < indices.stop
            and not view.break_before(last_word + 1)
            and view.tokens[last_word + 1].is_capitalized
        ):
            last_word += 1
        name = (view.tokens[indices.start].start, view.tokens[last_word].end)
        listed = bool(places_at(entities, *name))
    if beside or listed:
        # a list the span ends, or a name the span's first phrase stands beside ("El
        # Fasher, the capital of North Darfur, on Saturday")
        before = indices.start - 1
        if beside and _town_word(view.tokens[before], words):
            before -= 1  # "Kasuwan village, located in Borgu"
        while before >= 0 and (
            _named(view.tokens[before], words) or view.tokens[before].norm in _LIST_WORDS
        ):
            before -= 1
        if before + 1 < indices.start:
            left = view.tokens[before + 1].start
    last = indices.stop - 1
    following = last + 1
    gaps_seen = False  # a comma list, which "and" may end
    while following < len(view.tokens) and _named(view.tokens[following - 1], words):
        gap = view.text[view.tokens[following - 1].end : view.tokens[following].start]
        apposition = _apposition_end(view, following, words) if gap == ", " else 0
        if apposition:
            following = apposition  # "near Toretsk, a logistics hub in Donetsk Oblast"
            if not (
                following + 1 < len(view.tokens)
                and view.tokens[following].norm in ("and", "or")
                and _named(view.tokens[following + 1], words)
            ):
                break
            following += 2  # "Kidal, a town north of Timbuktu, and Tessalit": the list goes on
            continue
        if (
            gap == ", "
            and view.tokens[following].norm in words.locative_prepositions
            and following + 1 < len(view.tokens)
            and _named(view.tokens[following + 1], words)
        ):
            following += 1  # "the city of El Fasher, in Darfur"
        elif (
            gap == " "
            and view.tokens[following].norm in ("and", "or")
            and following + 1 < len(view.tokens)
            and _named(view.tokens[following + 1], words)
            and gaps_seen
        ):
            following += 1  # "in the Odesa, Mykolaiv and Kherson regions": the list's end
        elif gap not in (", ", " ") or not _named(view.tokens[following], words):
            break
        gaps_seen = gaps_seen or gap == ", "
        following += 1  # "Madaen, Iraq", "West Kasai Province, Democratic Republic of the"
        if view.tokens[following - 1].norm in ("of", "the") and following < len(view.tokens):
            following += 1
    if following > last + 1:
        right = max(right, view.tokens[min(following, len(view.tokens)) - 1].end)
    return left, right


_APPOSITION_REACH = 10  # words in a phrase set beside a name


def _apposition_end(view: SentenceView, index: int, words: EntityLexicon) -> int:
    """The index after a phrase opening at ``tokens[index]`` with an article that says where
    a place lies ("a town in eastern Ukraine", "the capital of North Darfur") and ends at
    the next clause break; 0 when there is none."""
    tokens = view.tokens
    if index >= len(tokens) or tokens[index].norm not in words.articles:
        return 0
    end = index + 1
    headed = named = False
    while end < min(len(tokens), index + _APPOSITION_REACH) and not view.break_before(end):
        headed = headed or tokens[end].norm in words.apposition_heads
        named = named or (headed and tokens[end].is_capitalized)
        end += 1
    reached = end >= len(tokens) or view.break_before(end)
    return end if named and reached else 0


def _placed_in(view: SentenceView, index: int, words: EntityLexicon) -> bool:
    """Whether a phrase opening at ``tokens[index]`` says where the name before it lies
    ("the town of Bara, in North Kordofan state", "Diffa, in southeastern Niger", "Kasuwan
    village, located in Borgu")."""
    tokens = view.tokens
    if index < len(tokens) and tokens[index].norm in words.location_participles:
        index += 1
    if index >= len(tokens) or tokens[index].norm not in words.locative_prepositions:
        return False
    index += 1
    while index < len(tokens) and (tokens[index].norm in COMPASS or tokens[index].norm == "the"):
        index += 1  # "in southeastern Niger", "in the Borgu area"
    return index < len(tokens) and _named(tokens[index], words)


def _lain_off(view: SentenceView, start: int, words: EntityLexicon) -> bool:
    """Whether the name at ``start`` is what another place lies off ("20 km south of
    Gao")."""
    index = _past_description(view, _before_list(view, start, words), words)
    return index >= 0 and _off(view.tokens, index)


def _lies_off(view: SentenceView, index: int) -> bool:
    """Whether a phrase opening at ``tokens[index]`` says what a place lies off ("just
    north of Donetsk", "20 km west of Mosul")."""
    tokens = view.tokens
    for i in range(index, min(index + 4, len(tokens) - 1)):
        if view.break_before(i + 1) or tokens[i].is_capitalized:
            return False
        if tokens[i].norm in COMPASS and tokens[i + 1].norm == "of":
            return True
    return False


def _after_name(view: SentenceView, index: int, words: EntityLexicon) -> bool:
    """Whether ``tokens[index]`` follows a capitalised name, maybe with its word for a town
    ("Kasuwan village"), and a comma ("Bor, the ...")."""
    tokens = view.tokens
    if not 0 < index < len(tokens):
        return False
    if view.text[tokens[index - 1].end : tokens[index].start] != ", ":
        return False
    name = index - 1
    if name > 0 and _town_word(tokens[name], words):
        name -= 1
    return _named(tokens[name], words)


def _town_word(token: Token, words: EntityLexicon) -> bool:
    """Whether ``token`` is a word for a town written after its name ("Kasuwan village")."""
    return token.norm in words.settlement_words and not token.is_capitalized


def _area_of_town(
    view: SentenceView,
    start: int,
    place: Place,
    named: Sequence[tuple[int, Place]],
    words: EntityLexicon,
) -> bool:
    """Whether the country at ``start`` only says in which part of it lies a town ``named``
    beside it that the text calls one ("in the village of X in eastern Ukraine", "struck
    central Myanmar near the town of X"): the happening is at the town. A country a comma
    parts from the town ("the town of X, in eastern Mali") is kept, and so is one beside a
    bare name ("Tessalit in northern Mali"), which may count as a place of its own."""
    index = view.index_at(start)
    if place.kind != "country" or not index or view.tokens[index - 1].norm not in COMPASS:
        return False
    return any(
        p.kind == "city"
        and _called_town(view, s, words)
        and "," not in view.document.flat[min(s, start) : max(s, start)]
        for s, p in named
    )


def _called_town(view: SentenceView, start: int, words: EntityLexicon) -> bool:
    """Whether a word calling it a town comes before the name at ``start`` ("the village
    of X")."""
    index = view.index_at(start) or 0
    return (
        index >= 2
        and view.tokens[index - 1].norm == "of"
        and _town_word(view.tokens[index - 2], words)
    )


def _index_before(view: SentenceView, start: int) -> int:
    """Index of the word before the name at ``start``, past a compass word and "the"
    ("in northern Afghanistan", "to the United States"); -1 at the sentence's start."""
    index = view.index_at(start)
    if index is None:
        return -1
    index -= 1
    while index >= 0 and (view.tokens[index].norm in COMPASS or view.tokens[index].norm == "the"):
        index -= 1
    return index


def _after_preposition(view: SentenceView, start: int, words: EntityLexicon) -> bool:
    """Whether a preposition of place stands right before the name at ``start``."""
    index = _index_before(view, start)
    return (
        index >= 0
        and not view.break_before(index + 1)
        and (
            view.tokens[index].norm in words.locative_prepositions
            or _named_after(view, index, words)
        )
    )


def _named_after(view: SentenceView, index: int, words: EntityLexicon) -> bool:
    return words.prepositions.before(view.tokens, index + 1) > 0 and view.tokens[index].norm != "of"


def _is_state(place: Place, words: EntityLexicon) -> bool:
    """A country, or a capital or seat of government, which may stand for its state."""
    return place.kind == "country" or key(place.name) in words.capitals


def _bare_state(view: SentenceView, start: int, place: Place, words: EntityLexicon) -> bool:
    """A country named with no preposition before it or before the list it stands in
    ("Turkey is accused of ...", but not "to Pakistan, Tunisia and the UAE")."""
    if place.kind != "country":
        return False
    index = _before_list(view, start, words)
    return index < 0 or not (
        view.tokens[index].norm in words.locative_prepositions
        or _named_after(view, index, words)
        or _possessive(view.tokens[index].text)
        or _region_of(view, index, words)
    )


def _region_of(view: SentenceView, index: int, words: EntityLexicon) -> bool:
    """Whether ``tokens[index]`` is the "of" of a region or a part of a country's land that
    names the country after it ("the Tillaberi region of Niger", "rebel-held areas of
    Yemen", "parts of Chad")."""
    tokens = view.tokens
    return (
        index > 0
        and tokens[index].norm == "of"
        and tokens[index - 1].norm in words.region_words | words.land_nouns
        and tokens[index - 1].norm not in COMPASS  # "west of Donetsk": what it lies off
    )


_LAND_REACH = 4  # words before a word for land ("from rebel-held areas of Yemen")


def _before_land(view: SentenceView, index: int, words: EntityLexicon) -> int:
    """Index of the preposition opening the phrase whose word for land is ``tokens[index]``
    ("from rebel-held areas"), else of that word itself."""
    tokens = view.tokens
    for before in range(index - 1, max(-1, index - 1 - _LAND_REACH), -1):
        if view.break_before(before + 1):
            break
        if tokens[before].norm in words.origin_prepositions | words.locative_prepositions:
            return before
    return index


def _before_list(view: SentenceView, start: int, words: EntityLexicon) -> int:
    """Index of the word before the list of names that the name at ``start`` stands in
    ("troops from Nigeria and Chad": "from"); -1 when the sentence opens with it."""
    index = view.index_at(start)
    if index is None:
        return -1
    tokens = view.tokens
    index -= 1
    while index >= 0 and (
        (_named(tokens[index], words) and tokens[index].norm not in words.not_places)
        or tokens[index].norm in _LIST_WORDS
        or tokens[index].norm in COMPASS
    ):
        if tokens[index].norm in ("and", "or") and view.break_before(index):
            named = aside_opening(view.text, tokens, index - 1, words)
            if named >= 0 and _named(tokens[named], words):
                index = named  # "Kidal, a town north of Timbuktu, and Tessalit"
                continue
        index -= 1
    return index


def _stands_for_state(
    clause: DateClause,
    start: int,
    place: Place,
    words: EntityLexicon,
    openers: frozenset[str],
    language: str = "en",
) -> bool:
    """A state opening its sentence as its subject ("the United States also provided",
    "Ghana announced"), maybe after its date, or a clause after one of ``openers`` ("...,
    as Washington pressed on", "he said Washington expects"), or as an adjective ("a United
    States airstrike"), or said to be of a mind ("Britain is deeply concerned", also in a
    clause after ", and"): who, not where. A possessive ("Ukraine's eastern cities") or a
    passive ("Haiti was hit") still names the land."""
    view, date = clause.view, clause.mention
    first = view.index_at(start)
    if first is None or not _is_state(place, words):
        return False
    tokens = view.tokens
    last = first  # the name's last word: "United States", "U.S."
    while (
        last + 1 < len(tokens)
        and tokens[last + 1].is_capitalized
        and not view.break_before(last + 1)
        and not _possessive(tokens[last].text)
    ):
        last += 1
    if _possessive(tokens[last].text):
        return False
    opening, following = _name_list(view, first, last, words)
    before = opening - 1  # "Chile, Peru and Bolivia signed": the list is the subject
    while before >= 0 and (
        (tokens[before].norm == "the" and not view.break_before(before + 1))
        or date.char_start <= tokens[before].start < date.char_end  # "Today the U.S. ..."
    ):
        before -= 1
    if before >= 0 and tokens[before].norm in words.indefinite_articles:
        return last + 1 < len(tokens) and not tokens[last + 1].is_capitalized
    after_clause = (  # "In addition to aid announced today, the United States also provided"
        before >= 0
        and view.break_before(before + 1)
        and not tokens[before].is_capitalized
        and "," in view.text[tokens[before].end : tokens[before + 1].start]
    )
    coordinated = (  # "..., and Britain is supportive": a clause of its own after a comma
        before > 0
        and tokens[before].norm in words.clause_coordinators
        and "," in view.text[tokens[before - 1].end : tokens[before].start]
    )
    opened = before >= 0 and tokens[before].norm in openers  # "as Washington pressed"
    if before >= 0 and not after_clause and not opened and not coordinated:
        return False  # not the subject of the sentence or of a clause
    apposed = _apposition_after(view, last, words)
    if apposed is not None:  # "Moldova, a former Soviet republic ..., applied"
        following = apposed[1]
    elif following < len(tokens) and view.break_before(following):
        following = next(  # past an aside: "the United States, through USAID, is providing"
            (
                i
                for i in range(following + 1, min(following + 12, len(tokens)))
                if "," in view.text[tokens[i - 1].end : tokens[i].start]
            ),
            len(tokens),
        )
    if following >= len(tokens):
        return False
    be_forms = view.words("be_forms")
    auxiliaries = words.existential_words - be_forms
    while following + 1 < len(tokens) and tokens[following].norm in auxiliaries:
        following += 1  # "has been hit"
    while following + 1 < len(tokens) and (
        tokens[following].norm in words.subject_fillers or is_adverb(tokens[following].norm)
    ):
        following += 1  # "also provided", "strongly condemns"
    verb = tokens[following]
    if verb.norm in words.date_words or verb.is_capitalized or verb.norm in words.land_verbs:
        return False  # "Haiti suffered a quake": told of its land
    if verb.norm in be_forms:  # "is providing", "is deeply concerned" act; "was hit" does not
        after = following + 1
        while after + 1 < len(tokens) and is_adverb(tokens[after].norm):
            after += 1
        word = tokens[after].norm if after < len(tokens) else ""
        if word in words.stance_adjectives:
            return True
        if word in words.land_verbs:
            return False  # "Iraq is facing its worst violence"
        if after_clause or opened or coordinated:
            return False  # after a clause, only a plain verb makes the name its subject
        return word.endswith("ing") and word != "being"
    if coordinated:  # "..., but Brussels froze the talks": a state acting in a clause of its
        # own ("..., and Spain recorded its hottest day" is told of its land, above)
        return verb.norm in words.acting_verbs or is_past_form(verb.norm, language)
    present = opened and verb.norm.endswith("s") and verb.norm not in words.attributive_heads
    return not (after_clause or opened) or (
        verb.norm in words.acting_verbs or verb.norm.endswith("ed") or present
    )


def _apposition_after(
    view: SentenceView, last: int, words: EntityLexicon
) -> tuple[int, int] | None:
    """The tokens ``(first, after)`` of a phrase set off by commas after the name ending at
    ``tokens[last]``, opened by an article and closed before a lower-case word, the verb
    ("Moldova, a former Soviet republic wedged between Ukraine and Romania, applied");
    ``None`` when there is none."""
    tokens = view.tokens
    first = last + 1
    if (
        first >= len(tokens)
        or tokens[first].norm not in words.articles
        or view.text[tokens[last].end : tokens[first].start] != ", "
    ):
        return None
    for after in range(first + 2, min(first + _SUBJECT_ASIDE_REACH, len(tokens))):
        if view.break_before(after):
            closed = view.text[tokens[after - 1].end : tokens[after].start] == ", "
            word = tokens[after]
            verb = not word.is_capitalized and word.norm not in words.clause_coordinators
            return (first, after) if closed and verb else None
    return None


_SUBJECT_ASIDE_REACH = 24  # words of a phrase set beside a subject before its verb


def _subject_apposition(
    view: SentenceView, entities: ArticleEntities, words: EntityLexicon
) -> tuple[int, int, Place] | None:
    """The character span of a phrase set off by commas after a place opening the sentence
    as its subject, and that place ("Moldova, a former Soviet republic wedged between
    Ukraine and Romania, applied": what Moldova is; a country read as the state acting
    counts as a country); ``None`` when there is none."""
    tokens = view.tokens
    if not tokens:
        return None
    opening = [
        p for s, p in places_at(entities, tokens[0].start, tokens[0].end) if s == tokens[0].start
    ]
    opening += [
        Place(name, "", 0.0, 0.0, "country")
        for name in actors_in(entities, tokens[0].start, tokens[0].end)
        if key(name) in words.country_names
    ]
    if not opening:
        return None
    apposed = _apposition_after(view, _name_last(view, 0, words), words)
    if apposed is None:
        return None
    return tokens[apposed[0]].start, tokens[apposed[1] - 1].end, opening[0]


def _describes_subject(start: int, place: Place, apposed: tuple[int, int, Place] | None) -> bool:
    """Whether the place at ``start`` stands in the phrase set beside the place that opens
    the sentence, other than the land that place lies in ("Chile, a country bordering Peru,
    signed", but not "Tacna, a city in southern Peru, was shelled"): it says where the
    subject lies, not where its act was."""
    if apposed is None or not apposed[0] <= start < apposed[1]:
        return False
    subject = apposed[2]
    return not (
        place.kind != "city" and place.country == subject.country and subject.kind != "country"
    )


_SETTING_REACH = 6  # words from "since" or "after" to the happening a year dates


def _year_set_by(clause: DateClause, language: str) -> int | None:
    """Where a phrase naming a happening by a noun before its year starts ("since the coup
    in March 2021", "before Russia's full-scale invasion of Ukraine in February 2022"): the
    year dates that happening, which the clause before only sets it against, so that
    clause's places are not its. ``None`` for a date that is no year's, or one a verb
    governs ("since the truce took effect in 2021")."""
    mention, view = clause.mention, clause.view
    if not _YEAR.search(mention.text):
        return None
    tokens = view.tokens
    noun = bisect_left(view.starts, mention.char_start) - 1
    if noun > 0 and tokens[noun].norm in {"in", "on"}:  # "the coup in | March 2021"
        noun -= 1
    while noun > 0 and tokens[noun].is_capitalized and not view.break_before(noun + 1):
        noun -= 1  # the happening's own place: "the invasion of Peru in March 2020"
    if noun > 0 and tokens[noun].norm == "of":
        noun -= 1
    if noun < 1 or tokens[noun].is_capitalized or is_past_form(tokens[noun].norm, language):
        return None
    subordinators = view.words("subordinators")
    for index in range(noun - 1, max(noun - _SETTING_REACH, 0) - 1, -1):
        if view.break_before(index + 1):
            return None
        if tokens[index].norm in subordinators:
            return tokens[index].start
        if is_past_form(tokens[index].norm, language):
            return None
    return None


def _in_name_list(view: SentenceView, index: int) -> bool:
    """Whether ``tokens[index]`` goes on a list of names: a capitalised word, "and" or "or",
    or "the" after them ("Chile, Peru, and the Republic of Korea"); only a comma may set it
    off from the word before."""
    tokens = view.tokens
    token = tokens[index]
    if view.break_before(index) and view.text[tokens[index - 1].end : token.start].strip() != ",":
        return False
    if token.norm == "the":
        return tokens[index - 1].norm in ("and", "or")
    return token.norm in ("and", "or") or token.is_capitalized


def _name_list(view: SentenceView, first: int, last: int, words: EntityLexicon) -> tuple[int, int]:
    """The index of the first word of the list of names joined by "and" or "or" that the
    name ``tokens[first : last + 1]`` stands in, and the index past its end ("Chile, Peru,
    and the Republic of Korea"; "The UK and Qatar"); ``first`` and the index past the
    name's own words when it stands in none."""
    tokens = view.tokens
    end = last + 1
    while end < len(tokens) and _in_name_list(view, end):
        end += 1
    opening, index = first, first - 1
    while index >= 0:
        token = tokens[index]
        if token.norm == "the" and not view.break_before(index + 1):
            index -= 1  # "and the Republic of Korea"
            continue
        if not _in_name_list(view, index + 1) or not (
            token.norm in ("and", "or") or _named(token, words)
        ):
            break
        if _named(token, words) and token.norm not in words.not_places:
            opening = index
        index -= 1
    if any(token.norm in ("and", "or") for token in tokens[opening:end]):
        return opening, end
    end = last + 1  # no list: only what the name runs on to unbroken
    while end < len(tokens) and not view.break_before(end) and tokens[end].is_capitalized:
        end += 1
    return first, end


def _named(token: Token, words: EntityLexicon) -> bool:
    return name_word(token.text, words)


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s"))


def _aside(view: SentenceView, start: int, words: EntityLexicon, language: str = "en") -> bool:
    """Whether the name at ``start`` says where something came from or headed ("troops
    from Nigeria and Chad", "people fleeing Goma"), where a speaker is ("officials in Kyiv
    said"), where someone usually works ("troops based in Kursk"), or what a place lies
    off ("a village west of Donetsk")."""
    if _profile(view, start, words) >= 0 or _in_lying_clause(view, start, words):
        return True
    index = _past_description(view, _before_list(view, start, words), words)
    if _region_of(view, index, words):  # "from rebel-held areas of Yemen"
        index = _before_land(view, index - 1, words)
    if index < 0:
        return False
    word = view.tokens[index].norm
    if _route_end(view, index, words):
        return True  # "a train going from Quetta to Peshawar"
    if word in words.origin_prepositions:
        return not _range_start(view, start)  # "from Asia to Europe": the range is where
    if word in words.origin_verbs:
        return True  # "people fleeing Goma"
    if _off(view.tokens, index):
        return True  # "west of Donetsk", but "the south of X" is in X
    return (
        word in words.locative_prepositions
        and index > 0
        and view.tokens[index - 1].norm in words.speaker_nouns
        and not _speakers_act(view, start, words, language)
    )


def _speakers_act(view: SentenceView, start: int, words: EntityLexicon, language: str) -> bool:
    """Whether the name at ``start``, where speakers are, runs on to a verb in the past
    that tells no speech ("Police in Ankara fired teargas"): they act there."""
    index = view.index_at(start)
    if index is None:
        return False
    after = _name_last(view, index, words) + 1
    if after >= len(view.tokens) or view.break_before(after):
        return False
    verb = view.tokens[after].norm
    return is_past_form(verb, language) and verb not in words.speaker_verbs


_LEAVING_REACH = 6  # words from a word of leaving to its "from" ("evacuated 144 on flights from")


def _only_came_from(clause: DateClause, start: int, words: EntityLexicon) -> bool:
    """Whether the name at ``start`` is only where someone or something came from, after a
    preposition of source that no word of leaving or of speaking governs in its phrase
    ("returned from Lisbon", "recalled its ambassador from Caracas", "independence from
    Portugal"): the happening is where it arrived or was done, not there ("withdrew from
    Aleppo", "taking off from Lahore", "in a statement from Geneva" happen there). A clause
    after it on "where" ("returned from Lisbon, where he met donors") is about the place,
    and so is its date."""
    view = clause.view
    index = _past_description(view, _before_list(view, start, words), words)
    if _region_of(view, index, words):  # "from rebel-held areas of Yemen"
        index = _before_land(view, index - 1, words)
    tokens = view.tokens
    if index < 0 or tokens[index].norm not in words.source_prepositions:
        return False
    if _range_start(view, start) or _route_end(view, index, words):
        return False  # "from Asia to Europe", "a train going from Quetta to Peshawar"
    if index > 0 and _distance_unit(tokens[index - 1].norm, words):
        return False  # "about 10 km from Kharkiv": what the place lies off
    governors = words.from_place_words | words.spoken_from_words
    for before in range(index - 1, max(-1, index - 1 - _LEAVING_REACH), -1):
        if tokens[before].norm in governors:
            return False
        if view.break_before(before):
            break
    return not _about_the_place(view, start, clause.mention.char_start, words)


def _distance_unit(word: str, words: EntityLexicon) -> bool:
    """Whether ``word`` is a unit of length, maybe after its number ("km", "10km")."""
    return word.lstrip("0123456789.,") in words.distance_units


def _about_the_place(view: SentenceView, start: int, date: int, words: EntityLexicon) -> bool:
    """Whether a clause opened by a relative word of place right after the name at
    ``start`` ("Lisbon, where he met donors") holds the date at ``date``."""
    last = _name_last(view, view.index_at(start) or 0, words)
    opener = last + 1
    return (
        opener < len(view.tokens)
        and view.tokens[opener].norm in words.place_relatives
        and view.tokens[opener].start < date
    )


_LYING_REACH = 8  # words from ", which" to a name in its clause


def _in_lying_clause(view: SentenceView, start: int, words: EntityLexicon) -> bool:
    """Whether the name at ``start`` stands in a clause on "which", set off by a comma
    after a name, that tells where that place lies or runs ("the Guadalupe River, which
    runs from Kerr County to San Antonio Bay,"): it describes the place, not where the act
    was."""
    index = view.index_at(start)
    if index is None:
        return False
    tokens = view.tokens
    for at in range(index - 1, max(0, index - _LYING_REACH) - 1, -1):
        if tokens[at].norm in words.thing_relatives:
            return (
                at + 1 < index
                and tokens[at + 1].norm in words.lying_verbs
                and at > 0
                and _named(tokens[at - 1], words)
                and "," in view.text[tokens[at - 1].end : tokens[at].start]
            )
        if view.break_before(at + 1) and "," in view.text[tokens[at].end : tokens[at + 1].start]:
            return False  # the clause closed before the name
    return False


_NAME_REACH = 4  # actors starting before a place's "of" that may end right at it


def _persons_of(entities: ArticleEntities, view: SentenceView, start: int) -> bool:
    """Whether the name at ``start`` follows a person's name and "of" ("Governor Ana Ruiz
    of the Kidal region", "Ali Musa of Kano"): where the person holds office or is from."""
    index = _index_before(view, start)
    if index < 1 or view.tokens[index].norm != "of":
        return False
    end = view.tokens[index - 1].end
    at = bisect_left(entities.actor_starts, end)
    return any(
        entities.actor_ends[i] == end and entities.actors[i] in entities.people
        for i in range(max(0, at - _NAME_REACH), at)
    )


def _asked_by(view: SentenceView, start: int, place: Place, words: EntityLexicon) -> bool:
    """Whether the name at ``start`` is a state, or in a list of states, after a word of
    asking or of what is given and "from" ("paused after appeals from Qatar and Turkey",
    "secured defence aid from Washington and Ottawa"): who asked or gave, no place."""
    if not _is_state(place, words):
        return False
    index = _before_list(view, start, words)
    return (
        index > 0
        and view.tokens[index].norm in words.origin_prepositions
        and view.tokens[index - 1].norm in words.sought_verbs | words.given_nouns
    )


def _speakers_seat(view: SentenceView, start: int, place: Place, words: EntityLexicon) -> bool:
    """Whether the name at ``start`` is a capital where speakers sit, in their clause set
    after what they tell ("..., officials in Kabul told AFP"): it stands for their
    government, not where the act was, as a town's or a country's may ("..., officials in
    Kandahar said"); speakers opening the sentence may speak where nothing else is named
    ("Officials in Kyiv said talks failed")."""
    if place.kind != "city" or key(place.name) not in words.capitals:
        return False
    index = _index_before(view, start)
    if index < 1 or view.tokens[index].norm not in words.locative_prepositions:
        return False
    speaker = index - 1
    if view.tokens[speaker].norm not in words.speaker_nouns:
        return False
    if (
        speaker > 0
        and not view.break_before(speaker)
        and not view.tokens[speaker - 1].is_capitalized
    ):
        speaker -= 1  # "..., local officials in Kabul said"
    return (
        speaker > 0 and "," in view.text[view.tokens[speaker - 1].end : view.tokens[speaker].start]
    )


def _offices_seat(view: SentenceView, start: int, words: EntityLexicon, language: str) -> bool:
    """Whether the name at ``start`` is where an office or a mission that speaks sits ("the
    British embassy in Nairobi advised", "the AU mission in Somalia, AMISOM, welcomed"): the seat of
    who speaks, not where its words or what they tell are. What befalls the office
    ("rockets struck the embassy in Baghdad") or what it does ("the mission in Mali
    evacuated staff") happens there."""
    index = _index_before(view, start)
    at = view.index_at(start)
    tokens = view.tokens
    if (
        at is None
        or index < 1
        or view.break_before(index + 1)
        or tokens[index].norm not in words.locative_prepositions
        or tokens[index - 1].norm not in words.seat_nouns
    ):
        return False
    after = _name_last(view, at, words) + 1
    if view.break_before(after) and "," in view.text[tokens[after - 1].end : tokens[after].start]:
        # past a name or a phrase set beside it ("..., AMISOM, welcomed")
        after = next(
            (
                i
                for i in range(after + 1, min(len(tokens), after + _APPOSITION_REACH))
                if view.break_before(i) and "," in view.text[tokens[i - 1].end : tokens[i].start]
            ),
            len(tokens),
        )
    fillers = frozenset(entity_words(language, "subject_fillers"))
    while after < len(tokens) and tokens[after].norm in fillers:
        after += 1  # "had warned"
    return after < len(tokens) and tokens[after].norm in words.speaker_verbs


def _beside_aside(view: SentenceView, start: int, words: EntityLexicon) -> bool:
    """Whether the name at ``start`` stands in a phrase set beside a place named only as
    where something came from or a speaker is ("troops from Bunia, the capital of Ituri
    province"): it says where that place lies, no more."""
    at = view.index_at(start)
    described = -1 if at is None else aside_opening(view.text, view.tokens, at, words)
    return described >= 0 and _aside(view, view.tokens[described].start, words)


def _profile(view: SentenceView, start: int, words: EntityLexicon) -> int:
    """Index of the first word of a phrase before the name at ``start``, or the list it
    stands in, that says where a group or a person usually works ("based in", "active in",
    "an expert on"); -1 when there is none."""
    index = _before_list(view, start, words)
    size = words.profile_phrases.before(view.tokens, index + 1) if index >= 0 else 0
    return index + 1 - size if size else -1


_PROFILE_REACH = 5  # words between the comma setting a description off and its phrase


def _described_apart(view: SentenceView, start: int, words: EntityLexicon) -> bool:
    """Whether the name at ``start`` stands in a description set off by a comma of where a
    group or a person usually works ("The group, which is active in the Sahel, claimed",
    "Jones, an analyst focusing on Syria, said"): it says who they are, not where the act
    was."""
    first = _profile(view, start, words)
    tokens = view.tokens
    openers = words.thing_relatives | words.person_relatives | words.articles
    return first >= 0 and any(
        view.break_before(i)
        and "," in view.text[tokens[i - 1].end : tokens[i].start]
        and (i == first or tokens[i].norm in openers)  # ", based in", ", an analyst", ", which"
        for i in range(max(1, first - _PROFILE_REACH), first + 1)
    )


def _name_last(view: SentenceView, first: int, words: EntityLexicon) -> int:
    """The index of the last token of the name opening at token ``first``."""
    tokens, last = view.tokens, first
    while last + 1 < len(tokens) and _named(tokens[last + 1], words) and not view.broken[last + 1]:
        last += 1
    return last


def _reporters_post(view: SentenceView, start: int, words: EntityLexicon) -> bool:
    """Whether the name at ``start`` qualifies a reporter or a bureau ("our Mosul
    correspondent said", "the Kyiv bureau"): where the report comes from, not where what
    it tells happened."""
    index = view.index_at(start)
    if index is None:
        return False
    tokens = view.tokens
    last = _name_last(view, index, words)
    following = last + 1
    return (
        following < len(tokens)
        and not view.break_before(following)
        and tokens[following].norm in words.media_nouns
    )


def _past_description(view: SentenceView, index: int, words: EntityLexicon) -> int:
    """Index of the word before a phrase that says what kind of place the name after it is,
    when ``tokens[index]`` ends one ("from the Thai capital Bangkok", "from the port city
    of Hodeidah"); ``index`` otherwise."""
    tokens = view.tokens
    head = index - 1 if index > 0 and tokens[index].norm == "of" else index
    if head < 0 or tokens[head].norm not in words.apposition_heads:
        return index  # "just north of Donetsk", "areas of Yemen": no kind of place
    before = index
    while (
        before >= 0
        and not view.break_before(before + 1)
        and (
            tokens[before].norm in words.apposition_heads | _LIST_WORDS | COMPASS | {"of"}
            or _named(tokens[before], words)
        )
        and not _off(tokens, before)
    ):
        before -= 1
    return before


def _off(tokens: Sequence[Token], index: int) -> bool:
    """Whether ``tokens[index]`` is the "of" of a place a name lies off ("east of the
    capital Bamako"), not of a part of one ("the east of Mali")."""
    return (
        tokens[index].norm == "of"
        and index > 0
        and tokens[index - 1].norm in COMPASS
        and (index < 2 or tokens[index - 2].norm != "the")
    )


def _route_end(view: SentenceView, index: int, words: EntityLexicon) -> bool:
    """Whether ``tokens[index]``, the word before a list of names, opens an end of a route
    travelled: "from" after a word of travel ("going from Quetta"), or "to" after such a
    "from" and its names ("going from Quetta to Peshawar")."""
    tokens = view.tokens
    if index > 0 and tokens[index].norm == "to" and not view.break_before(index):
        index -= 1
        while index >= 0 and _named(tokens[index], words) and not view.break_before(index + 1):
            index -= 1
    return (
        index > 0
        and tokens[index].norm == "from"
        and tokens[index - 1].norm in words.journey_words
        and not view.break_before(index)
    )


def _range_start(view: SentenceView, start: int) -> bool:
    """Whether the name at ``start`` is followed by "to" and another name ("from Asia to
    Europe"): the start of a stretch of places, not only where something came from."""
    index = view.index_at(start)
    if index is None:
        return False
    index += 1
    while index < len(view.tokens) and view.tokens[index].is_capitalized:
        index += 1
    return (
        index + 1 < len(view.tokens)
        and view.tokens[index].norm == "to"
        and not view.break_before(index)
        and (view.tokens[index + 1].is_capitalized or view.tokens[index + 1].norm == "the")
    )


_DATELINE_REACH = 200  # characters back from a sentence to the line its dateline opens


def _beside_filed_town(dateline: Dateline | None, start: int) -> bool:
    """Whether the place named at ``start`` is in a dateline that names a town, but is not
    that town ("SEOUL, South Korea (AP) —": South Korea): the town says where the story
    was filed, the country only where that town lies."""
    if dateline is None or not dateline.town or dateline.place is None:
        return False
    return dateline.start <= start < dateline.end and not (
        dateline.place[0] <= start < dateline.place[1]
    )


def _dateline_of(view: SentenceView) -> Dateline | None:
    """The dateline opening the sentence, or its line right before it ("KYIV, Ukraine (AP)
    — ", "KYIV, Dec 3 (Reuters) - ", "KYIV: "): the town the story is filed from, not where
    its events happen; ``None`` when there is none."""
    reach = max(0, view.start - _DATELINE_REACH)
    line = view.text.rfind("\n", reach, view.start) + 1 or (view.start if reach else 0)
    dateline = dateline_at(view.text, line, view.end)
    if dateline is None or view.text[dateline.end : view.start].strip():
        dateline = dateline_at(view.text, view.start, view.end)
    return dateline
