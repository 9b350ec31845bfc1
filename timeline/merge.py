"""The same happening across reports: clusters, their headlines, and dates they disagree on.

Two reports are compared by a weighted overlap of the actors (a side's group, "Hamas
fighters", also naming the side), places and content words of their sentences (rare words
weigh more, words of the title more than the rest of the sentence). Reports of one day link
when similar enough: more so within one article (a restatement, which, of two sentences,
must also share the noun naming what happened or a kind of happening, or most of their
words: an article's reports all share its story's names) or across categories or
places; reports of two articles must also share a name, the noun naming what happened or a
kind of happening, not only other words, unless of one day they share most of their words
(one happening told in much the same words, its place unknown; a week, a month or a year
linking to another article's reports of two days within it names neither); of the same dates, two
headlines whose names open with one word written with a capital, no country's, people's or
office's, name alike ("the Arvo Dessa volcano"; "Renko" and "Renko Ahl"; not "Biden spoke
to Trump" and "Harris spoke to Trump"). Reports of different days
link only across articles, when both are day-precise, of one category, share a name or the
noun naming what happened (a kind alone may be two rescues), and are each other's best match (a date
disagreement); an article's different days are different happenings (so an article telling
a kind of happening of two days disagrees on neither with another article's report of one
of them), and so are reports of different days when one's article told it over a day before
the other's date, or when they name places struck none in common ("attacked the train",
"attacked a convoy"), or when one dates the start of a happening and the other does not
("the protests began on Saturday": a first day, not a day misdated) or a later day of
something going on ("the shelling continued on Tuesday"), or when they share
neither the noun naming what happened nor much else than names (two agreements of one
pair of states in one town: "agreed to swap detainees", "agreed to reopen their
embassies"), or statements of two speakers dated by their verbs ("X said Monday"), or a
statement dated by its verb and a report whose date dates something else (what the
statement tells, of the day before or of that day, unless its verb does what the other
tells: "announced an aid package"), and so is a report of an article whose happening noun
a word of another happening leads ("follow-up strikes", "the second attack") and the
article's reports before it, or an article leads ("during a meeting earlier Tuesday") and
the article's reports before it not using that noun or one of its kind, and so are an
article's reports of a long span and of other days within it ("last year", "in December").
A report recalling a happening days later ("as the earthquake occurred last Saturday") joins
the report of another article dating that noun on that day, however few words they share;
so do two articles' reports of one day telling a happening a
place sees once a day (its capture, its fighting between sides) in one town, however they
word it ("captured the city", "marched into Goma"; "rival groups clashed", "heavy gunfire
left six dead"), and the one happening of a kind (not one holding others, as fighting holds
a strike and a capture) each of two articles tells of one day in one place ("jets bombed
the compound", "blasts were heard"; an article's reports already one cluster tell one) or,
each its article's only report of that day there,
one a toll told with no kind of happening ("the square where nine people died") and the
other a happening of some kind or a toll (not "imposed a curfew"), unless
they name places struck none in common (a school, a house: a city sees many strikes a
day), a night counting as a day; so do two
articles' reports of one day long before both of them telling a happening of one kind, the
story's landmark recalled in passing ("since the group attacked on October 7", "the October
7 attack"), unless they name other places or parties apart. Links are taken strongest
first; a cluster never spans more than :data:`MAX_GAP_DAYS` between its dates and joins
another only when their centroids are alike and their places lie in some country in
common (a report naming no place cannot chain two countries' strikes of one day), nor ever
holds reports naming kinds of
happening with none common to them all ("clashes" and an "airstrike", a "visit" and the
"aid" announced during it), nor reports of one day dated to parts of it too far apart to be
one happening (one article's morning and evening; two articles' morning and evening; one
article's times six hours apart, "at 4:15 a.m.", "at 1:45 p.m."), nor
reports giving what happened proper names with no word in common ("the Harlow Fire", "the
Mesa Fire"). A
cluster whose reports' date intervals do not all overlap (a night reaching into the next
day's small hours) has a date conflict. Reports are handled in content order, so the
clusters do not depend on the order they come in.

Words are compared by stem ("agreement", "agreed"), and a compound telling what its last
happening noun tells as that noun ("airstrike", "strike"). Names are compared in one spelling
across outlets ("Dar-Salam" and "Dar Salam"; "Marjah" and "Marja"; "Tayeb" and the one
longer name ending with it, "Omar al-Tayeb"; "Marka Airport" and "Marka"; "Daraj district"
and "Daraj"; "Kharkiv Oblast" and "the Kharkiv region"); the table keeps each report's own.

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
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import combinations, takewhile
from types import MappingProxyType
from typing import Any, Protocol, TypeVar

# The one place this module reaches the event lexicon (its [clusters] words).
from timeline.actors import canonical_names, entity_words
from timeline.dateline import dateline_at
from timeline.document import document
from timeline.gazetteer import countries, regions_named, territories_by_key, towns_named
from timeline.gazetteer import key as name_key
from timeline.headline import headline_faults
from timeline.lexicon.events import PARTICIPLE_ENDING, EventLexicon, word_matches
from timeline.lexicon.events import load_event_lexicon as _load_lexicon
from timeline.locations import find_places, load_entity_lexicon, tokens_of
from timeline.model import STORY_CUE, Article, Event
from timeline.names import spelling_key
from timeline.sentence import SETTING_WORDS, sentence_view, setting_start
from timeline.text import JOINED_DATES, POSSESSIVE, unwrap


class Words(Protocol):
    """What comparing reports needs to know of a language's words."""

    @property
    def suffixes(self) -> tuple[str, ...]: ...  # endings cut off, longest first

    @property
    def cluster_ignore(self) -> frozenset[str]: ...  # words that tell no event apart

    @property
    def pointers(self) -> frozenset[str]: ...  # words pointing back to a happening ("the")

    @property
    def happening_nouns(self) -> frozenset[str]: ...  # nouns naming a happening ("attack")

    @property
    def happening_kinds(self) -> Mapping[str, frozenset[str]]: ...  # "clashed" -> {"fighting"}

    @property  # a sense's category -> its words' kinds ("battlefield": "marched" -> {"capture"})
    def sense_kinds(self) -> Mapping[str, Mapping[str, frozenset[str]]]: ...

    @property
    def acting_claims(self) -> frozenset[str]: ...  # claim verbs doing what they tell

    @property
    def sites(self) -> Mapping[str, frozenset[str]]: ...  # "school" -> {"school"}

    @property
    def other_clause(self) -> frozenset[str]: ...  # words opening another happening ("since")

    @property
    def cause_openers(self) -> frozenset[str]: ...  # after a date, what a toll came of ("when")

    @property
    def tolls(self) -> frozenset[str]: ...  # words telling a toll ("died", "killed")

    @property
    def place_parts(self) -> frozenset[str]: ...  # a part of a town after its name ("district")

    @property
    def people_heads(self) -> frozenset[str]: ...  # people a kind's word qualifies ("workers")

    @property
    def articles(self) -> frozenset[str]: ...  # words leading a noun told first ("an attack")

    @property
    def stance_of(self) -> Mapping[str, str]: ...  # verbs of claims ("said")

    @property
    def speakers(self) -> tuple[str, ...]: ...  # nouns that speak unnamed ("ministry", "spokes*")

    def words(self, name: str) -> frozenset[str]: ...  # a named word list ("date_prepositions")

    def function_words(self) -> frozenset[str]: ...  # words naming no one ("the", "March")

    def reacts(self, norm: str, reading: str) -> bool: ...  # a verb of reacting ("condemned")

    @property
    def auxiliaries(self) -> frozenset[str]: ...  # words between a claimant and its verb


def words_of(language: str) -> EventLexicon:
    """The comparison words of ``language`` (English when there are none for it)."""
    return _load_lexicon(language)


@cache
def groups_of(language: str) -> frozenset[str]:
    """Nouns of groups anyone may be in ("rescuers", "officials"): no one's name, even
    written with a capital opening a sentence."""
    return frozenset(entity_words(language, "collective_nouns"))


@cache
def crowds_of(language: str) -> frozenset[str]:
    """Groups of :func:`groups_of` that are no body of a state ("rescuers", "protesters";
    not "the army"): many such groups act on one day, so sharing one tells no happening."""
    return groups_of(language) - frozenset(entity_words(language, "state_groups"))


@cache
def owners_of(language: str) -> frozenset[str]:
    """Possessive pronouns ("its", "their"): "Kyiv said its forces struck" names the forces
    of the one named before."""
    return frozenset(entity_words(language, "owner_pronouns"))


MAX_GAP_DAYS = 3
MIN_SIMILARITY = 0.2
MIN_SIMILARITY_IN_ARTICLE = 0.25
MIN_SIMILARITY_ELSEWHERE = 0.5  # other categories, or other places named
MIN_SIMILARITY_UNNAMED = 0.6  # two articles' reports of one day sharing no name or noun

_WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)*")
_NAME_WEIGHT = 2.0
_TITLE_WEIGHT = 2.0
_HAPPENING_WEIGHT = 3.0  # the noun naming what happened ("earthquake"), besides its word
_NAMING = "=!"  # how features naming a happening start: a name ("=Kyiv"), its noun ("!raid")
_SENTENCE_WEIGHT = 1.0
_WINDOW_WORDS = 15
_QUALIFIED_WORDS = 2  # words after a date that may name what it dates ("Monday's deadly raid")
_RETOLD_WORDS = 8  # words of a retold phrase after the noun it dates ("on the city")
_DATED_REACH = 8  # words between a happening noun and the date that dates it
_POINTER_REACH = 6  # words between a happening noun pointing back and the date it takes
_MODIFIERS = 2  # words between a pointer and its noun ("the highly choreographed meeting")
_NEAR_CHARS = 40  # characters before a date read for the verb it dates ("said on")
_REACTION_WORDS = 10  # words from a verb of reacting to the date after its object
_SETTING_CHARS = 60  # so, when where or to whom it was said stands between ("said in a")
_LOOKBACK = 32  # earlier reports of its article a report may restate
# Words (with the apostrophe of a plural's possessive: "rebels'"), numbers ("7.2",
# "3,200": no punctuation inside) and punctuation marks.
_TOKEN = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*(?:(?<=s)[’'](?!\w))?|\d+(?:[.,:]\d+)*|[^\w\s]")
_CLAUSE_END = re.compile(r"[^\w\s$€£¥%&'’-]")  # punctuation closing a clause: not "$", "%"
_OWNER = re.compile(r"['’]s$|s['’]$")  # a possessive word: "Okafor's", "the rebels'"
_BY_DATE = "'s"  # a report pointing back by a possessive date ("Tuesday's")
_SHORTEST_STEM = 4  # letters a cut ending must leave ("comment" is no "come")
_SHORT_PLURAL_STEM = 3  # ... or a plural's "s" ("jets": "jet")
_SHORT_DAYS = 7  # a report of a longer span restates nothing: it tells no one happening
# A day this long before its article is told for one landmark happening ("October 7"): its
# reports of one category restate it whether or not they name anyone.
_LANDMARK_DAYS = 30
# Reports of different days disagree only when each names a day ("overnight" spans two):
# "last week" and "next week" told of two rate cuts are two happenings.
_DAY_PRECISE = 2
# How alike two reports of two days must tell what happened, names aside, to be one
# happening whose date they disagree on: half what a link asks of all their features.
_TOLD_ALIKE = MIN_SIMILARITY / 2
_LOWEST_BOUND = MIN_SIMILARITY - 1e-9  # a bound below this cannot be rounded up to the threshold
# Common features left out of the index may weigh at most this share of the threshold:
# more makes shorter lists to look through but looser bounds, so more pairs to score.
_COMMON_SHARE = 0.4


def cluster_events(events: Sequence[Event], articles: Mapping[str, Article]) -> list[Event]:
    """``events`` in the same order, with ``cluster_id``, ``cluster_size``,
    ``cluster_outlets``, ``date_conflict`` and ``cluster_title`` filled.

    A cluster's id is the ``event_id`` of its first report (by article id, then
    offset) and its title that of its most central report; a report that matches no
    other is a cluster of one. The clusters depend only on the reports, never on their
    order: the work is done in content order.
    """
    order = sorted(range(len(events)), key=lambda k: _content_key(events[k]))
    clustered = _cluster_in_order([events[k] for k in order], articles)
    result = list(events)
    for position, k in enumerate(order):
        result[k] = clustered[position]
    return result


def _content_key(event: Event) -> tuple[object, ...]:
    """A report's place in the content order: article, offsets, then what it says."""
    m = event.mention
    return (
        event.article_id,
        m.char_start,
        m.char_end,
        event.event_id,
        _interval(event),
        event.sentence,
        event.title,
    )


def _cluster_in_order(given: Sequence[Event], articles: Mapping[str, Article]) -> list[Event]:
    """:func:`cluster_events` for reports already in content order."""
    languages = {articles[event.article_id].language for event in given}
    events = _one_spelling(
        [_group_heads(event, groups_of(articles[event.article_id].language)) for event in given],
        {word for lang in languages for word in _kind_words(words_of(lang))},
        regions={word for lang in languages for word in load_entity_lexicon(lang).region_words},
    )
    features = [
        _features(event, words_of(language), groups_of(language))
        for event in events
        for language in (articles[event.article_id].language,)
    ]
    _add_sides(events, features)
    where = _add_settings(events, features, articles)
    idf = _inverse_document_frequency(features)
    weighted = [{key: value * idf[key] for key, value in f.items()} for f in features]
    norms = [math.sqrt(sum(v * v for v in w.values())) for w in weighted]
    kinds = [_kinds(event, words_of(articles[event.article_id].language)) for event in events]
    sides = [_side(event, words_of(articles[event.article_id].language)) for event in events]
    names = [_happening_name(e, words_of(articles[e.article_id].language)) for e in events]
    clusters = _Clusters(events, weighted, norms, kinds, sides, names)
    repeats = _repeats(events, features)
    for group in repeats:
        for other in group[1:]:
            clusters.join(group[0], other)
    # Only the first of each group of repeats is compared: the others would score the
    # same against everything, and their group is joined already.
    firsts = [group[0] for group in repeats]

    pairs = _candidate_pairs(
        [events[k] for k in firsts],
        [features[k] for k in firsts],
        idf,
        [norms[k] for k in firsts],
    )
    lefts, rights = _links(
        events, weighted, norms, kinds, articles, ((firsts[a], firsts[b]) for a, b in pairs)
    )
    for i, j in zip(lefts, rights, strict=True):
        clusters.join(i, j)
    for i, j in _restatements(events, weighted, norms, kinds, articles):
        clusters.join(i, j, restating=True)
    for i, j in _recalled(events, articles):
        clusters.join(i, j, restating=True)
    for i, j in _once_a_day(events, kinds, where, articles, clusters.root):
        clusters.join(i, j, restating=True)
    for i, j in _one_clock(events, articles):
        clusters.join(i, j, restating=True)
    for i, j in _one_statement(events, articles):
        clusters.join(i, j, restating=True)
    for i, j in _scheduled(events, articles):
        clusters.join(i, j, restating=True)
    for i, j in _landmarks(events, kinds, articles):
        clusters.join(i, j, restating=True)

    result = list(given)
    for members in clusters.groups():
        members.sort()  # content order: the first report names the cluster
        clean = [k for k in members if not _broken_title(events[k], articles)]
        title = events[clusters.most_central(clean or members)].title
        reports = [given[k] for k in members]
        for k, report in zip(members, _as_cluster(reports, articles, title), strict=True):
            result[k] = report
    return result


def unclustered(events: Sequence[Event], articles: Mapping[str, Article]) -> list[Event]:
    """``events`` in the same order, each filled as a cluster of its own (what
    :func:`cluster_events` gives a report that matches no other)."""
    return [report for event in events for report in _as_cluster([event], articles, event.title)]


def _as_cluster(
    reports: Sequence[Event], articles: Mapping[str, Article], title: str
) -> list[Event]:
    """``reports``, in content order, with the cluster fields of one cluster titled ``title``."""
    outlets = tuple(dict.fromkeys(articles[e.article_id].teller for e in reports))
    conflict = _conflicting(reports)
    return [
        replace(
            report,
            cluster_id=reports[0].event_id,
            cluster_size=len(reports),
            cluster_outlets=outlets,
            date_conflict=conflict,
            cluster_title=title,
        )
        for report in reports
    ]


def _settings(events: Sequence[Event]) -> list[frozenset[str]]:
    """Per report, the countries its article's places lie in (see :func:`_countries_of`):
    where its article's story is set, though the report itself names no place ("the
    disputed election last year")."""
    places: dict[str, set[str]] = {}
    for event in events:
        places.setdefault(event.article_id, set()).update(event.places)
    countries = {article: _countries_of(named) for article, named in places.items()}
    return [countries[event.article_id] for event in events]


def _add_settings(
    events: Sequence[Event], features: list[dict[str, float]], articles: Mapping[str, Article]
) -> list[tuple[str, ...]]:
    """Per report, where it is set (see :func:`_whereabouts`); a report naming no place
    takes its setting among its ``features`` as a name it names."""
    where = _whereabouts(events, articles)
    for event, feature, places in zip(events, features, where, strict=True):
        if places != event.places:
            for name in places:
                feature.setdefault(f"{_NAMING[0]}{name}", _NAME_WEIGHT)
    return where


def _whereabouts(events: Sequence[Event], articles: Mapping[str, Article]) -> list[tuple[str, ...]]:
    """Per report, the places it names, or when it names none, the one town or region the
    lead of its article names (see :func:`_lead_places`): a story set in one place tells
    its happenings there unless it names another."""
    leads = {
        article_id: _lead_places(articles[article_id])
        for article_id in dict.fromkeys(event.article_id for event in events if not event.places)
    }
    return [event.places or leads[event.article_id] for event in events]


_LEAD_CHARS = 400  # the most of an article's opening read for where its story is set
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“‘(]?[A-Z])|\n")


def _lead_places(article: Article) -> tuple[str, ...]:
    """The town or region the lead of an article names (its first sentence past a dateline,
    up to :data:`_LEAD_CHARS` characters), when it names one and no other: where its story
    is set. A dateline's town is where the story was filed from, not set."""
    text = article.text.lstrip()
    line = dateline_at(text)
    start = 0 if line is None else line.end
    lead = text[start : start + _LEAD_CHARS]
    end = _SENTENCE_END.search(lead)
    if end is not None:
        lead = lead[: end.start()]
    elif len(lead) == _LEAD_CHARS:
        lead = lead.rsplit(None, 1)[0]  # no word cut short
    lead = unwrap(lead)  # a wrapped line's break opens no sentence
    found = find_places(lead, tokens_of(lead), load_entity_lexicon(article.language))
    named = tuple(
        dict.fromkeys(m.place.name for m in found if m.placed and m.place.kind != "country")
    )
    return named if len(named) == 1 else ()


def _group_heads(event: Event, groups: frozenset[str]) -> Event:
    """``event`` with each group of ``groups`` among its actors named by its group's words
    alone, not the place they run on to ("Rescuers in Lima": "Rescuers"): reports compare a
    group by its words and its side (an actor of its own), however each places it. The
    table keeps each report's own words."""
    actors = tuple(dict.fromkeys(_group_head(name, groups) for name in event.actors))
    return event if actors == event.actors else replace(event, actors=actors)


def _group_head(name: str, groups: frozenset[str]) -> str:
    """The words of ``groups`` an actor ``name`` opens with, as written, when the rest runs
    on in lower case ("Rescuers in Lima": "Rescuers"); else ``name`` ("Police Scotland")."""
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        head = " ".join(words[:size])
        if head.lower() in groups and words[size][:1].islower():
            return head
    return name


def _one_spelling(
    events: Sequence[Event], sites: Collection[str], *, regions: Collection[str]
) -> list[Event]:
    """``events`` with each name written one way for comparing, whatever the outlet: spellings
    differing by a hyphen, case or accents are one ("Dar-Salam", "Dar Salam"), a name that
    only one longer name ends with is that name ("Tayeb", "Omar al-Tayeb"; not a country:
    "Sudan" is not "South Sudan"), and a place named with a word of ``sites`` after it is
    the place some report names without it ("Marka Airport", "Marka"; "Daraj district",
    "Daraj": see :func:`_kind_words`), as is one named with a word of ``regions`` after it
    when the gazetteer knows that name as a region and as no town ("the Darfur region",
    "Darfur"; not "the Kherson region", "Kherson": a town too), and a region's name with
    one word of ``regions`` after it is the name with another ("Kharkiv Oblast", "Kharkiv
    region"). The table keeps each report's own spelling."""
    names = {name for e in events for name in (*e.actors, *e.places, e.claimed_by)}
    countries = _country_names()
    proper = sorted(name for name in names if name[:1].isupper() and name not in countries)
    first_form: dict[str, str] = {}
    for name in proper:
        first_form.setdefault(_spelling(name), name)
    places = {_spelling(name) for e in events for name in e.places}
    sites = {_spelling(word) for word in sites}  # "neighborhood": "neighborhod"
    regions = {_spelling(word) for word in regions}
    written = {
        name: first_form.get(_site_of(_spelling(name), places, sites, regions), name)
        for name in proper
    }
    region_form: dict[str, str] = {}  # a region's name as first written with a region word
    for name in proper:
        region = _region_named(_spelling(name), regions)
        if region:
            region_form.setdefault(region, name)
    written = {
        name: region_form.get(_region_named(_spelling(form), regions), form)
        for name, form in written.items()
    }
    full = canonical_names(set(written.values()), spelling=_spelling)
    renamed = {name: full[form] for name, form in written.items() if full[form] != name}
    if not renamed:
        return list(events)

    def one(names: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(renamed.get(name, name) for name in names))

    return [
        replace(
            e,
            actors=one(e.actors),
            places=one(e.places),
            place_coordinates=(),
            claimed_by=renamed.get(e.claimed_by, e.claimed_by),
        )
        for e in events
    ]


def _kind_words(words: Words) -> frozenset[str]:
    """Words after a place's name saying what kind of place it is: a site struck ("Marka
    Airport") or a part of a town ("the Daraj district")."""
    return frozenset(words.sites) | words.place_parts


def _site_of(
    spelt: str, places: Collection[str], sites: Collection[str], regions: Collection[str]
) -> str:
    """The place ``spelt`` (a spelling of a place of ``places``) names with the word of its
    kind after it ("marka airport": "marka"), or of a region after a region's name that is no
    town's ("darfur region": "darfur"), when ``places`` name it alone; else ``spelt``."""
    place, _, kind = spelt.rpartition(" ")
    if spelt not in places or place not in places:
        return spelt
    if kind in sites or (kind in regions and regions_named(place) and not towns_named(place)):
        return place
    return spelt


def _region_named(spelt: str, regions: Collection[str]) -> str:
    """The region ``spelt`` names by a region's name and a word of ``regions`` after it,
    whichever word an outlet writes ("kharkiv oblast", "kharkiv region", "kharkiv province":
    "kharkiv"); ``""`` when it names none."""
    place, _, kind = spelt.rpartition(" ")
    return place if place and kind in regions and regions_named(place) else ""


def _spelling(name: str) -> str:
    """A name as its spellings agree, its hyphens read as spaces ("al-Tayeb": "al tayeb")
    and a word's final "ah" as "a" (a final "h" transliterated or not: "Marjah", "Marja")."""
    return _FINAL_AH.sub("a", spelling_key(name.replace("-", " ")))


_FINAL_AH = re.compile(r"ah\b")


def _links(
    events: Sequence[Event],
    weighted: Sequence[Mapping[str, float]],
    norms: Sequence[float],
    kinds: Sequence[frozenset[str]],
    articles: Mapping[str, Article],
    pairs: Iterable[tuple[int, int]],
) -> tuple[Any, Any]:
    """The links among ``pairs`` (``i < j``), strongest first (ties by ``i``, then ``j``).

    A pair links when it reaches its :func:`_least_similarity` and, within one article, is
    of one sentence or tells its happening alike (see :func:`_told_alike_in_story`) or,
    across articles, shares
    what names a happening (see :func:`_named_alike`; of the same dates, also the word their
    :func:`_proper_words` open with, see :func:`_led_alike`) or, of one day, a kind of happening
    or :data:`MIN_SIMILARITY_UNNAMED` (one happening told in much the same words; two
    rescues told of two days by two outlets may be two rescues: a date disagreement needs
    the name or noun of one happening); when their dates differ and one spans a week, a
    month or a year (see :func:`_vaguer`), only a proper name in common does, and a report of
    such a span links to reports of one day only (see :func:`_ambiguous_spans`). It does not
    link when it is the statements of two speakers (see :func:`_other_speakers`), a
    statement and what it tells (see :func:`_statement_and_what_it_tells`), of one article,
    names a site apart from the other's (see :func:`_sites_named_apart`), or one was told
    before the other's date (see :func:`_told_before`) or as still to come after the other's
    (see :func:`_to_come`), or they are one outlet's reports of two days (an outlet does not
    disagree with itself); a pair of reports of different days links only when they name no
    places struck apart (see :func:`_sites`) nor one a start or a later day of something
    going on the other does not date (see :func:`_date_role`), when no article tells their
    two days as two happenings (see :func:`_told_as_two`), and each is the other's best
    match in the other's article, the nearest in date first, then the most
    similar: a report there of a nearer day tells the happening better (and the other date
    of its sentence, "said on Monday", dates something else).
    """
    import numpy as np  # loaded with pandas anyway; kept out of start-up

    published = [articles[e.article_id].published for e in events]
    that_day = [_interval(e) == (day, day) for e, day in zip(events, published, strict=True)]
    said = [_said(e, words_of(articles[e.article_id].language)) for e in events]
    others = [_another(e, words_of(articles[e.article_id].language)) for e in events]
    firsts = [_told_first(e, words_of(articles[e.article_id].language)) for e in events]
    told_kinds = [
        own or _clause_kinds(e, words_of(articles[e.article_id].language))
        for e, own in zip(events, kinds, strict=True)
    ]
    days_told = _days_told(events)
    outlets = [" ".join(articles[e.article_id].outlet.casefold().split()) for e in events]
    sites = _per_sentence(events, articles, _sites)
    named_sites = _per_sentence(events, articles, _named_sites)
    propers = [_proper_words(e, articles[e.article_id].language) for e in events]
    roles = [_date_role(e, words_of(articles[e.article_id].language)) for e in events]
    # Links are kept in flat arrays: there can be millions (32 bytes each, not 130 as tuples).
    scores, lefts, rights, gaps = array("d"), array("q"), array("q"), array("q")
    for i, j in pairs:
        needed = _least_similarity(events[i], events[j], that_day=that_day[i] or that_day[j])
        if (
            needed is None
            or (
                events[i].article_id == events[j].article_id
                and (
                    others[j]
                    or (
                        firsts[j]
                        and not _named_in(
                            firsts[j],
                            events[i].sentence,
                            words_of(articles[events[i].article_id].language),
                        )
                    )
                )
            )
            or (
                events[i].article_id == events[j].article_id
                and _sites_named_apart(named_sites[i], named_sites[j])
            )
            or _statements_apart(said[i], said[j], _gap_days(events[i], events[j]))
            or _told_before(events[i], published[i], events[j])
            or _told_before(events[j], published[j], events[i])
            # an outlet does not disagree with itself: its reports of two days tell two
            or (outlets[i] and outlets[i] == outlets[j] and _gap_days(events[i], events[j]))
            or _to_come(events[i], published[i], events[j])
            or _to_come(events[j], published[j], events[i])
        ):
            continue
        score = _cosine(weighted[i], weighted[j], norms[i], norms[j])
        gap = _gap_days(events[i], events[j])
        same_days = _interval(events[i]) == _interval(events[j])
        # A week, a month or a year holds many happenings of one kind: only a name tells which.
        vague = _vaguer(events[i], events[j])
        if (
            score >= needed
            and (
                (
                    events[i].article_id == events[j].article_id
                    and (
                        events[i].sentence_start == events[j].sentence_start
                        or _told_alike_in_story(weighted[i], weighted[j], kinds[i], kinds[j], score)
                    )
                )
                or _named_alike(weighted[i], weighted[j], nouns=not vague)
                or (same_days and _led_alike(propers[i], propers[j]))
                or (not gap and not vague and not kinds[i].isdisjoint(kinds[j]))
                or (not gap and not vague and score >= MIN_SIMILARITY_UNNAMED)
            )
            and not (
                gap
                and (
                    _apart(sites[i], sites[j])
                    or _told_apart(
                        events[i],
                        events[j],
                        weighted[i],
                        weighted[j],
                        words_of(articles[events[i].article_id].language),
                    )
                    or _told_as_two(events, told_kinds, days_told, i, j)
                    or roles[i] != roles[j]
                )
            )
        ):
            scores.append(score)
            lefts.append(i)
            rights.append(j)
            gaps.append(gap)

    def links() -> Iterator[tuple[float, int, int, int]]:
        return zip(scores, lefts, rights, gaps, strict=True)

    def sides(i: int, j: int) -> tuple[tuple[int, str], tuple[int, str]]:
        return (i, events[j].article_id), (j, events[i].article_id)

    # For each side of a date disagreement: its best match in the other's article, as
    # (minus the gap in days, similarity).
    best = {
        side: (-MAX_GAP_DAYS - 1, 0.0) for _, i, j, gap in links() if gap for side in sides(i, j)
    }
    for score, i, j, gap in links():
        for side in sides(i, j):
            if side in best:
                best[side] = max(best[side], (-gap, score))
    ambiguous = _ambiguous_spans(events, lefts, rights)
    kept = np.array(
        [
            link
            for link, (score, i, j, gap) in enumerate(links())
            if (not gap or all(best[side] == (-gap, score) for side in sides(i, j)))
            and i not in ambiguous
            and j not in ambiguous
        ],
        dtype=np.int64,
    )
    left = np.frombuffer(lefts, np.int64)[kept]
    right = np.frombuffer(rights, np.int64)[kept]
    strongest_first = np.lexsort((right, left, -np.frombuffer(scores)[kept]))
    return left[strongest_first], right[strongest_first]


def _ambiguous_spans(
    events: Sequence[Event], lefts: Sequence[int], rights: Sequence[int]
) -> set[int]:
    """The reports of a span (a week, a month, a year) that link to another article's
    reports of more than one day within it: "a strike on Kharkiv in May" picks out one
    happening only when the month holds one such day; told of two, it names neither."""
    days: dict[int, set[tuple[date, date]]] = {}
    for i, j in zip(lefts, rights, strict=True):
        if events[i].article_id == events[j].article_id:
            continue
        for span, day in ((i, j), (j, i)):
            if _length_days(events[span]) > _DAY_PRECISE >= _length_days(events[day]):
                days.setdefault(span, set()).add(_interval(events[day]))
    return {span for span, told in days.items() if len(told) > 1}


def _days_told(events: Sequence[Event]) -> dict[tuple[date, date], dict[str, list[int]]]:
    """The reports of each date, by article."""
    told: dict[tuple[date, date], dict[str, list[int]]] = {}
    for k, event in enumerate(events):
        told.setdefault(_interval(event), {}).setdefault(event.article_id, []).append(k)
    return told


def _told_as_two(
    events: Sequence[Event],
    kinds: Sequence[frozenset[str]],
    days_told: Mapping[tuple[date, date], Mapping[str, Sequence[int]]],
    left: int,
    right: int,
) -> bool:
    """True when some article tells the days of two reports of two articles as two
    happenings: it tells each day by a report of a kind in common with that day's report
    (``kinds``: its own, else those of the clause its date is in, see
    :func:`_clause_kinds`), in no other place. An article's report counts for its own day,
    so an article telling happenings of one kind on two days ("clashes erupted on Monday",
    "overran the base on Tuesday") tells two, and so does a third outlet telling a city's
    strikes of Monday and of Tuesday: one outlet's strike of the Monday and another's of
    the Tuesday are then the story's two strikes, not one whose date they disagree on."""
    on_left = days_told.get(_interval(events[left]), {})
    on_right = days_told.get(_interval(events[right]), {})

    def tells(article: str, on: Mapping[str, Sequence[int]], report: int) -> bool:
        return article == events[report].article_id or any(
            not kinds[k].isdisjoint(kinds[report]) and not _elsewhere(events[k], events[report])
            for k in on[article]
        )

    fewer, more = (on_left, on_right) if len(on_left) <= len(on_right) else (on_right, on_left)
    return any(
        article in more and tells(article, on_left, left) and tells(article, on_right, right)
        for article in fewer
    )


def _date_role(event: Event, words: Words) -> str:
    """What a report's date dates of a happening going on over days: ``"start"`` after a verb
    of the lexicon's ``start_verbs`` right before it ("the protests began on Monday"),
    ``"going on"`` after one of its ``going_on_verbs`` ("the shelling continued on Tuesday"),
    else ``""``; a date preposition is allowed between."""
    offset = event.sentence_start
    start = event.mention.char_start - offset
    before = _TOKEN.findall(event.sentence[max(0, start - _NEAR_CHARS) : start])[-2:]
    if before and before[-1].lower() in words.words("date_prepositions"):
        before = before[:-1]
    verb = before[-1].lower() if before else ""
    if verb in words.words("start_verbs"):
        return "start"
    return "going on" if verb in words.words("going_on_verbs") else ""


def _told_apart(
    left: Event,
    right: Event,
    left_weighted: Mapping[str, float],
    right_weighted: Mapping[str, float],
    words: Words,
) -> bool:
    """True when two reports alike mostly by whom and where they name tell what happened in
    words too unlike to be one happening: they share no noun naming what happened and their
    words other than names (and the names' own words) are less than :data:`_TOLD_ALIKE`
    alike. Two agreements of one pair of states in one town on two days ("agreed to swap
    detainees", "agreed to reopen their embassies": one verb in common) are two happenings,
    not one whose date two outlets disagree on."""
    if any(k[0] == _NAMING[1] and k in right_weighted for k in left_weighted):
        return False
    named = _content_words(
        " ".join((*left.actors, *left.places, *right.actors, *right.places)), words
    )

    def told(weighted: Mapping[str, float]) -> dict[str, float]:
        return {k: v for k, v in weighted.items() if k[0] != _NAMING[0] and k not in named}

    left_told, right_told = told(left_weighted), told(right_weighted)
    left_norm, right_norm = (
        math.sqrt(sum(v * v for v in c.values())) for c in (left_told, right_told)
    )
    return _cosine(left_told, right_told, left_norm, right_norm) < _TOLD_ALIKE


def _named_alike(
    left: Mapping[str, float], right: Mapping[str, float], *, nouns: bool = True
) -> bool:
    """True when two reports share what names a happening: an actor or a place by its
    proper name (not a country alone, not a group anyone may be in: "officials"), or, with
    ``nouns``, the noun naming what happened. Other words alike ("citizens", "announced")
    tell no happening apart from another of the same day."""
    small, large = (left, right) if len(left) <= len(right) else (right, left)
    starts = _NAMING if nouns else _NAMING[0]
    return any(key in large and _naming(key) for key in small if key[0] in starts)


def _told_alike_in_story(
    left: Mapping[str, float],
    right: Mapping[str, float],
    left_kinds: frozenset[str],
    right_kinds: frozenset[str],
    score: float,
) -> bool:
    """True when two reports of one article tell their happening alike: by the noun naming
    what happened or a kind of happening in common, or in much the same words
    (:data:`MIN_SIMILARITY_UNNAMED`). An article's reports all share its story's names and
    words ("11 civilians were killed in Thai border provinces", "Thailand closed its land
    crossings with Cambodia"): those alone tell no happening apart."""
    small, large = (left, right) if len(left) <= len(right) else (right, left)
    return (
        not left_kinds.isdisjoint(right_kinds)
        or any(key[0] == _NAMING[1] and key in large for key in small)
        or score >= MIN_SIMILARITY_UNNAMED
    )


def _vaguer(left: Event, right: Event) -> bool:
    """True when two reports' dates differ and one spans more than :data:`_DAY_PRECISE` days
    ("in 2023", "last November", "last week" against "this week", "on 14 November"; not "over
    the weekend" against "on Saturday"): the longer span holds many happenings of the kind the
    shorter tells, so only a name they share tells that it is the same."""
    return _interval(left) != _interval(right) and (
        max(_length_days(left), _length_days(right)) > _DAY_PRECISE
    )


def _led_alike(left: Sequence[str], right: Sequence[str]) -> bool:
    """True when two headlines' :func:`_proper_words` open with the same word: the name a
    headline leads with most often tells who acted or what happened, and two outlets telling
    one happening lead with it ("the Arvo Dessa volcano erupted"); a name they share only
    further on may be what two others acted on ("Biden spoke to Trump", "Harris spoke to
    Trump")."""
    return bool(left and right) and left[0] == right[0]


def _proper_words(event: Event, language: str) -> tuple[str, ...]:
    """The words of a report's headline written with a capital that are words of its names
    or that its sentence writes with a capital past its first word, other than function
    words and words naming a country, its people or an office ("the Hayli Gubbi volcano":
    "hayli", "gubbi"; "Yoon" of "Yoon Suk Yeol"; not "Thai", "President"): a name the actor
    and place finders do not know, or know in another length, shared by two outlets'
    headlines as they would share one name."""
    named = {word for name in (*event.actors, *event.places) for word in _TOKEN.findall(name)}
    named.update(token for token in _TOKEN.findall(event.sentence)[1:] if token[:1].isupper())
    common = _capitalised_common(language)
    words = (
        token.casefold()
        for token in _TOKEN.findall(event.title)
        if len(token) > 1 and token[:1].isupper() and token in named
    )
    return tuple(dict.fromkeys(word for word in words if word not in common))


@cache
def _capitalised_common(language: str) -> frozenset[str]:
    """Words written with a capital that name no one happening: function words, month and
    weekday names, countries, their peoples ("Thai") and offices ("President")."""
    lexicon = load_entity_lexicon(language)
    offices = {word for title in entity_words(language, "person_titles") for word in title.split()}
    return (
        words_of(language).function_words()
        | frozenset(lexicon.country_names)
        | frozenset(lexicon.demonyms)
        | frozenset(offices)
    )


def _naming(key: str) -> bool:
    """True for the happening noun's feature and for a proper name's but a country's."""
    return key[0] == _NAMING[1] or (key[1:2].isupper() and key[1:] not in _country_names())


@cache
def _country_names() -> frozenset[str]:
    """Names of countries: a country holds too many happenings to tell one apart."""
    return frozenset(country.name for country in countries().values())


def _least_similarity(left: Event, right: Event, *, that_day: bool = False) -> float | None:
    """The similarity two reports need to be linked; ``None`` when they never are.

    Reports of one article with different dates are different happenings; so are
    reports of one article, or of different dates, whose places are named and differ.
    A date disagreement asks for day-precise reports of one category, neither dated by its
    article's publication day (``that_day``: a release's "today" tells what was done that
    day, most often a reaction to a happening of an earlier day); a restatement
    within one article, a change of category and other places ask for more shared
    content than two reports of one day in two articles.
    """
    gap = _gap_days(left, right)
    same_article = left.article_id == right.article_id
    if gap > MAX_GAP_DAYS or (same_article and gap > 0):
        return None
    if left.sentence_start == right.sentence_start and same_article:
        # Two dates of one sentence tell one happening only when they name the same days
        # ("on Sunday, October 26") or one dates within the other it follows ("the last
        # quarter of 2007") of one kind of happening; otherwise the sentence tells two
        # ("said Monday" that troops took the town overnight).
        same = _compatible(left, right) and (
            _interval(left) == _interval(right) or _one_expression(left, right)
        )
        return MIN_SIMILARITY if same else None
    if (
        same_article
        and _interval(left) != _interval(right)
        and max(_length_days(left), _length_days(right)) > _SHORT_DAYS
    ):
        return None  # a long span holds many happenings: some of its days tell another
    elsewhere = _elsewhere(left, right)
    if elsewhere and (gap > 0 or same_article):
        return None
    if gap > 0 and (
        # A date disagreement: only between day-precise reports of one kind of happening
        # (and each the other's best match, see _links).
        that_day
        or left.category != right.category
        or left.category == "other"
        or max(_length_days(left), _length_days(right)) > _DAY_PRECISE
    ):
        return None
    if elsewhere or not _compatible(left, right):
        return MIN_SIMILARITY_ELSEWHERE
    return MIN_SIMILARITY_IN_ARTICLE if same_article else MIN_SIMILARITY


def _told_before(told: Event, published: date, later: Event) -> bool:
    """True when ``told`` tells as past (its date not after its article's ``published``
    day) a happening more than a day before ``later``'s date begins: the two are different
    happenings (a daily toll told on Thursday and another told on Monday), not one whose
    date the reports disagree on."""
    return _interval(told)[1] <= published and (_interval(later)[0] - published).days > 1


def _to_come(told: Event, published: date, other: Event) -> bool:
    """True when ``told`` tells a happening still to come when its article was published (its
    date after that day) and ``other`` one already past by then (its date before that day):
    two happenings ("the truce will begin on Sunday", "the cabinet approved the truce on
    Friday"), not one whose date the reports disagree on."""
    return _interval(told)[0] > published and _interval(other)[1] < published


def _speaker(event: Event, words: Words) -> str:
    """Who makes the statement a report's date dates: its claimant when the date stands next
    to the claim's verb ("X said Monday", "X said on Monday", "X on Monday said"), else ""
    (the date dates what is claimed: "troops took the town on Monday, X said")."""
    return event.claimed_by if event.claimed_by and _claim_verb(event, words) else ""


_TELLS, _ACTS = "tells", "acts"


def _statement(event: Event, words: Words) -> str:
    """How a report's date dates a statement of a known speaker (see :func:`_speaker`):
    :data:`_ACTS` when its verb does what its day's other reports tell ("announced an aid
    package on Monday"), :data:`_TELLS` when it tells of another happening ("the army said
    on Monday"), ``""`` when the date dates no statement."""
    verb = _claim_verb(event, words).lower()
    if not verb or not (event.claimed_by or words.reacts(verb, "reacting")):
        return ""
    return _ACTS if verb in words.acting_claims else _TELLS


def _claim_verb(event: Event, words: Words) -> str:
    """The claim's verb next to a report's date ("said Monday", "said on Monday", "on Monday
    said"), a pronoun standing for what is claimed allowed between ("confirmed it on
    Saturday"), and so is where or to whom it was said (see :func:`_past_setting`: "said
    in a statement on Monday", "told reporters on Monday"); else ``""``. A possessive date
    dates the noun it qualifies, not the verb before it ("confirmed Monday's losses"), and
    so does a date between a determiner and its noun ("praised the overnight strike")."""
    m = event.mention
    offset = event.sentence_start
    if POSSESSIVE.match(event.sentence, m.char_end - offset) or _attributive(event, words):
        return ""
    start = m.char_start - offset
    before = _TOKEN.findall(event.sentence[max(0, start - _SETTING_CHARS) : start])
    if start <= _SETTING_CHARS:
        before.insert(0, ".")  # the sentence's start
    first = _TOKEN.search(event.sentence, m.char_end - offset)
    after = [first.group()] if first else []
    if before and before[-1].lower() in words.words("date_prepositions"):
        before = before[:-1]
    if before and before[-1].lower() in words.words("claimed_pronouns"):
        before = before[:-1]
    opening = _opening_statement(before, words) or _speaker_after_date(event, before, words)
    if opening:
        return opening
    setting = _past_setting(before, words)
    verbs = words.stance_of
    said = next((word for word in (*setting[-1:], *after) if word.lower() in verbs), "")
    return said or _reaction_verb(before, after, words)


def _reaction_verb(before: list[str], after: list[str], words: Words) -> str:
    """The verb of a statement of its subject's own about a happening, whose object the date
    follows (``before``, ``after``: the words before the date, punctuation marks as words,
    and the word after it): a verb of reacting ("condemned the attack on a hotel | on
    Friday", "welcomed the deal | on Monday") or of claiming a deed ("claimed responsibility
    for the strike | on Tuesday"). The date dates the reaction, not the happening its object
    names; ``""`` when a punctuation mark, a word opening a clause or another verb comes
    first ("condemned the attack that killed twelve on Friday"), when the object goes on
    after the date right after its happening noun (the date is within the object:
    "condemned the attack today on a mosque"; not "claimed responsibility on Tuesday for
    the attack"), or
    when the verb is in the present perfect, which takes no day of the past ("have
    condemned a wave of attacks Monday")."""
    if (
        after
        and after[0].lower() in words.words("prepositions")
        and before
        and _is_happening_noun(before[-1], words)
    ):
        return ""  # "the attack today | on worshippers": the date qualifies the noun
    for k in range(len(before) - 1, max(-1, len(before) - 1 - _REACTION_WORDS), -1):
        word = before[k].lower()
        following = before[k + 1 : k + 2]
        if (words.reacts(word, "reacting") and not word.endswith(PARTICIPLE_ENDING)) or (
            word in words.stance_of
            and following
            and following[0].lower() in words.words("owned_deeds")
        ):
            return "" if _perfect(before[:k], words) else before[k]
        if (
            not word[:1].isalpha()
            or word in words.words("clause_openers")
            or word in words.words("finite_starts")
            or word in words.stance_of
            or word.endswith("ed")
        ):
            return ""
    return ""


def _perfect(before: Sequence[str], words: Words) -> bool:
    """True when the words ``before`` a verb end on a helper of the present perfect, words
    between a claimant and its verb allowed after it ("have strongly")."""
    for word in reversed(before):
        lower = word.lower()
        if lower in words.words("present_perfect"):
            return True
        if lower not in words.auxiliaries:
            return False
    return False


def _opening_statement(before: list[str], words: Words) -> str:
    """The word for a statement that a phrase opening its clause names right before a date
    (``before``: the words before it, punctuation marks as words), a participle allowed
    between ("In a statement issued on Friday, the army said", "In a statement earlier on
    Monday, the activists said"): the date dates that statement; else ``""``."""
    last = len(before) - 1
    if last > 0 and before[last].lower() in words.words("release_participles"):
        last -= 1
    if last < 1 or before[last].lower() not in words.words("statement_nouns"):
        return ""
    for k in range(last - 1, max(0, last - 1 - SETTING_WORDS), -1):
        if before[k].lower() in words.words("speech_venues"):
            return before[last] if not before[k - 1][:1].isalpha() else ""
    return ""


_SPEAKER_AFTER_DATE = 10  # words from a date opening a sentence to its speaker's verb


def _speaker_after_date(event: Event, before: Sequence[str], words: Words) -> str:
    """The verb of saying of a report's claimant when its date opens the sentence and the
    claimant's name and verb follow ("Late on Friday, the envoy, Ana Ruiz, said ..."), with
    no other verb between (``before``: the words before the date; a participle of speaking
    may open the sentence: "Speaking on Friday, Ana Ruiz said"); else ``""``. "On
    Friday, troops took the town, the army said" dates the taking: the claimant's name is
    not right before the verb there."""
    opening = [word.lower() for word in before if word[:1].isalpha()]
    if not event.claimed_by or not set(opening) <= words.words("speaking_participles"):
        return ""
    offset = event.sentence_start
    after = _TOKEN.findall(event.sentence[event.mention.char_end - offset :])
    if after[:1] != [","]:
        return ""
    name = _WORD.findall(event.claimed_by)[-1:]
    for k, word in enumerate(after[1 : _SPEAKER_AFTER_DATE + 1], start=1):
        lower = word.lower()
        if lower in words.stance_of:
            spoken = [w for w in after[:k] if w != ","][-1:]
            return word if spoken == name else ""
        if lower in words.words("finite_starts") or lower.endswith("ed") or word in ".;:":
            return ""
    return ""


def _past_setting(before: list[str], words: Words) -> list[str]:
    """The words ``before`` a date up to the verb of saying that a phrase saying where or to
    whom it was said separates from the date (see :func:`setting_start`: "said | in a
    statement | on Monday", "told | reporters | on Monday"); ``before`` itself when there
    is no such phrase."""
    start = setting_start(before, words)
    return before if start is None else before[:start]


def _other_speakers(left: str, right: str) -> bool:
    """True when two statements' speakers are both known and share no word: two speakers'
    statements of one day are two happenings, whatever they are about."""
    return bool(left and right) and _word_set(left).isdisjoint(_word_set(right))


def _said(event: Event, words: Words) -> tuple[str, str]:
    """Who makes the statement a report's date dates and how it dates it (see
    :func:`_speaker` and :func:`_statement`)."""
    return _speaker(event, words), _statement(event, words)


def _statements_apart(left: tuple[str, str], right: tuple[str, str], gap: int) -> bool:
    """True when what two reports' dates date keeps them apart whatever their words
    (``left``, ``right``: see :func:`_said`; ``gap``: days between their dates): the
    statements of two speakers (see :func:`_other_speakers`), or a statement dated by its
    verb and a report of another happening or another day (see
    :func:`_statement_and_what_it_tells`: "the ministry said on Saturday that troops were
    moving into the city" after "on Saturday, forces regained control of the airport")."""
    return _other_speakers(left[0], right[0]) or _statement_and_what_it_tells(
        left[1], right[1], gap
    )


# A speaking body: the noun heading the phrase that names it ("ministry"), the words
# qualifying it there ("transport") and whether that noun heads an organisation's name
# ("ministry", "army"; not "spokesman", "officials").
_Body = tuple[str, frozenset[str], bool]
_NO_BODY: _Body = ("", frozenset(), False)
_BODY_WORDS = 4  # words of a phrase naming a speaking body ("the country's defence ministry")
_ANTECEDENT_CHARS = 200  # characters before the head noun read for its antecedent's phrase
_ANTECEDENT_REACH = 1000  # characters before a sentence searched for a body's antecedent


def _speaking_body(event: Event, words: Words, article: Article) -> _Body:
    """The body of its speaker's that makes the statement a report's date dates (see
    :func:`_speaker`): the subject of the claim's verb, when a speaker noun heads it
    ("Turkey's foreign ministry said on Saturday": ``("ministry", {"foreign"})``). A
    definite one with no words of its own ("the ministry said") is the one its article
    named last with that noun in the :data:`_ANTECEDENT_REACH` characters before the sentence
    ("Turkey's transport ministry said. ... the ministry said on Saturday": the transport
    ministry)."""
    verb = _claim_verb(event, words) if event.claimed_by else ""
    if not verb:
        return _NO_BODY
    before = _tokens_before(event)
    if before and before[-1].lower() in words.words("date_prepositions"):
        before = before[:-1]
    if verb in before:  # "the ministry said on Saturday"; else "the ministry on Saturday said"
        before = before[: len(before) - 1 - before[::-1].index(verb)]
    phrase = _speaker_phrase(before, words, article.language)
    if phrase is None:
        return _NO_BODY
    if phrase[1] or len(before) < 2 or before[-2].lower() not in words.pointers:
        return phrase
    # "the ministry": the last phrase before its sentence headed by that noun, a few
    # sentences back at most (a reference reaches that far; reading the whole article for
    # each report would cost the square of its length)
    told = article.text[max(0, event.sentence_start - _ANTECEDENT_REACH) : event.sentence_start]
    found = max(
        re.finditer(rf"\b{re.escape(phrase[0])}\b", told, re.IGNORECASE), default=None, key=_start
    )
    if found is None:
        return phrase
    start = max(0, found.start() - _ANTECEDENT_CHARS)
    antecedent = _speaker_phrase(_TOKEN.findall(told[start : found.end()]), words, article.language)
    return antecedent or phrase


def _start(match: re.Match[str]) -> int:
    return match.start()


def _speaker_phrase(tokens: Sequence[str], words: Words, language: str) -> _Body | None:
    """The speaking body the last words of ``tokens`` name (see :func:`_speaking_body`):
    their last word a speaker noun, and the words in lower case qualifying it back to
    punctuation, a function word, a determiner or a possessive; ``None`` when the last word
    names no speaker, nor an organisation by a name's last word ("the Air Force"). A word
    written with a capital names whose body it is ("Turkish", "Hamas-run"), not which; a
    speaker noun written so after it names an organisation ("the Moldovan Navy")."""
    heads = load_entity_lexicon(language).organization_heads
    if not tokens or not (
        any(word_matches(p, tokens[-1].lower()) for p in words.speakers) or tokens[-1] in heads
    ):
        return None
    function = words.function_words()
    qualifiers = []
    for token in reversed(tokens[-_BODY_WORDS:-1]):
        lower = token.lower()
        if (
            not token[0].isalnum()
            or lower in function
            or lower in words.pointers
            or _OWNER.search(token)
        ):
            break
        if token == lower:
            qualifiers.append(lower)
    head = tokens[-1].lower()
    # a speaker noun written with a capital after a name's word is a name's last word too
    # ("the Moldovan Navy"), as "Army" or "Ministry" always is
    named = len(tokens) > 1 and tokens[-1].istitle() and tokens[-2].istitle()
    organisation = head.capitalize() in heads or (
        named and tokens[-2].lower() not in function and tokens[-2].lower() not in words.pointers
    )
    return head, frozenset(qualifiers), organisation


def _bodies_apart(left: _Body, right: _Body) -> bool:
    """True when two statements' bodies are two: two organisations named by different
    nouns ("the army", "the foreign ministry"), or two of one kind each qualified by a word
    the other lacks ("the foreign ministry", "the transport ministry"; "a defence ministry
    spokesman", "a foreign ministry spokesman"; not "the ministry", nor "the foreign
    ministry" and "the foreign affairs ministry"): two speakers, whatever state both speak
    for. People who may speak for any body ("officials", "a spokesman") are no other body."""
    if left[0] != right[0]:
        return left[2] and right[2]
    return bool(left[0]) and bool(left[1] - right[1]) and bool(right[1] - left[1])


def _statement_and_what_it_tells(left: str, right: str, gap: int) -> bool:
    """True when one of two reports is a statement dated by its verb ("the rebels said
    Monday that they took the town") and the other a report whose date dates something else
    ("took the town on Sunday"; ``left``, ``right``: see :func:`_statement`): the statement
    is a happening of its own, so their days do not disagree on one happening, and of one
    day they tell two happenings unless its verb does what the other tells ("announced an
    aid package", "the aid package"). So are two statements of different days ("told the
    leader on Sunday", "said Monday"): a speaker may say one thing twice."""
    if bool(left) == bool(right):
        return bool(left) and gap > 0
    return gap > 0 or _TELLS in (left, right)


def _same_speaker(left: str, right: str) -> bool:
    """True when two statements' speakers are known and one: the same name, or names of one
    body ending alike in more than its head ("Gaza health ministry", "Hamas-run health
    ministry"; not "Israel's foreign ministry")."""
    if not (left and right):
        return False
    words = [[word.lower() for word in _WORD.findall(name)] for name in (left, right)]
    return left == right or (
        words[0][-1:] == words[1][-1:] and len(set(words[0]) & set(words[1])) > 1
    )


def _word_set(name: str) -> frozenset[str]:
    return frozenset(word.lower() for word in _WORD.findall(name))


def _one_expression(left: Event, right: Event) -> bool:
    """True when two dates of one sentence, one within the other, follow each other with at
    most a comma and a short word between ("the last quarter of 2007", "late Monday, on")."""
    first, second = sorted((left, right), key=lambda e: e.mention.char_start)
    (a_start, a_end), (b_start, b_end) = _interval(first), _interval(second)
    nested = (a_start <= b_start and b_end <= a_end) or (b_start <= a_start and a_end <= b_end)
    offset = first.sentence_start
    between = first.sentence[first.mention.char_end - offset : second.mention.char_start - offset]
    return nested and JOINED_DATES.fullmatch(between) is not None


def _compatible(left: Event, right: Event) -> bool:
    """True when two reports' categories allow one happening (``other`` fits any, and so
    does a category a report took from its story: no word of its own decides it)."""
    return (
        left.category == right.category
        or "other" in (left.category, right.category)
        or STORY_CUE in (*left.cues[:1], *right.cues[:1])
    )


def _restatements(
    events: Sequence[Event],
    weighted: Sequence[Mapping[str, float]],
    norms: Sequence[float],
    kinds: Sequence[frozenset[str]],
    articles: Mapping[str, Article],
) -> Iterator[tuple[int, int]]:
    """Links ``(i, j)`` from a report ``j`` to the earlier report ``i`` of its article that
    it tells again, whatever their words (``events`` in content order). Passages of one
    document (articles with the same URL and title) count as one article here.

    A later sentence restates a happening of the same days when it points back to it ("the
    shelling on Monday", "his visit to the base on Sunday") in no different places, the earlier
    report being of the same category or using the noun's word in its own clause (see
    :func:`_own_clauses`), and, the noun led by a possessive, naming no actors apart (see
    :func:`_owned`: "Hezbollah said its rocket fire on Tuesday" is not Israel's strikes);
    or by a possessive date
    ("Tuesday's bombardment", which names the day's happening wherever its sentence goes on to)
    and the two are of compatible kinds; or, without pointing back, when both are of one day and
    one category (not ``other``), share an actor or a place (not a country or a crowd alone:
    see :func:`crowds_of`; not needed for a day long before the article) or name one state
    acting on another and nothing else (see :func:`_states_alike`), and neither names
    only actors or only places the other does not name (a week holds many happenings of the
    same actors); or when both are one
    speaker's words dated by the verb on one day ("the ministry said Monday", told twice: one
    statement); or when it names no one and nowhere right after a report of its day (see
    :func:`_continues`); or when it names a kind of happening an article tells one of a day
    that its day's reports name, nowhere else and no one apart (see :func:`_retold_kind`).
    Of the earlier reports that qualify (the last :data:`_LOOKBACK` of the article), a report
    pointing back takes the one in no other place, then the most similar, then the nearest;
    one telling the same actors and places takes them all. A noun pointing at nothing told
    before (a lead's "since the cease-fire took effect on Sunday") points at the first later
    report it would restate. A
    report of some of the days of another restates it only by naming what that one's date dates
    (the earthquake of "last weekend's earthquake", not the "aftershocks" feared "overnight"),
    or, when that one's sentence uses no happening noun, by pointing back with a noun of a kind
    ("the rebels fired rockets" over the weekend, "The barrage began late on Saturday"); a
    night holding that one's day restates it by pointing back with a noun its own clause
    names (see :func:`_night_of`: "the overnight strikes" after explosions "early on
    Tuesday"). A
    report telling another happening (see :func:`_another`: "follow-up strikes") restates none,
    nor does one naming a site apart from the other's (see :func:`_sites_named_apart`).
    """
    earlier: dict[tuple[str, ...], list[int]] = {}  # each document's reports so far
    ahead: dict[int, str] = {}  # reports whose noun points at nothing told before
    own = _own_clauses(events)
    bodies = [
        _speaking_body(e, words_of(articles[e.article_id].language), articles[e.article_id])
        for e in events
    ]
    sites = _per_sentence(events, articles, _named_sites)
    for j, event in enumerate(events):
        article = articles[event.article_id]
        told = earlier.setdefault(_document(article), [])
        words = words_of(article.language)
        if _length_days(event) <= _SHORT_DAYS and not _another(event, words):
            pointing = _pointing_back(event, words)
            landmark = (article.published - _interval(event)[1]).days > _LANDMARK_DAYS
            restated = [
                i
                for i in told[-_LOOKBACK:]
                if _restates(
                    events[i],
                    event,
                    pointing,
                    words,
                    own=own[i],
                    bodies=(bodies[i], bodies[j]),
                    landmark=landmark,
                    groups=crowds_of(article.language),
                    owners=owners_of(article.language),
                )
            ]
            answered = [
                i
                for i in told[-_LOOKBACK:]
                if i in ahead
                and not _sites_named_apart(sites[i], sites[j])
                and _restates(
                    event, events[i], ahead[i], words, own=own[j], bodies=(bodies[j], bodies[i])
                )
            ]
            for i in answered:
                del ahead[i]
            if not (pointing or restated) and told and _continues(events[told[-1]], event, words):
                restated = [told[-1]]
            if not pointing:
                retold = _retold_kind(events, kinds, told[-_LOOKBACK:], j, words)
                restated += [i for i in retold if i not in restated]
            first = _told_first(event, words)
            if first:  # told for the first time: none that does not use its noun
                restated = [i for i in restated if _named_in(first, own[i], words)]
            restated = [i for i in restated if not _sites_named_apart(sites[i], sites[j])]
            if pointing not in ("", _BY_DATE) and not restated:
                ahead[j] = pointing
            if pointing and restated:  # a pointer names one happening: the likeliest
                restated = [
                    max(
                        restated,
                        key=lambda i: (
                            not _elsewhere(events[i], event),
                            _cosine(weighted[i], weighted[j], norms[i], norms[j]),
                            i,
                        ),
                    )
                ]
            for i in (*restated, *answered):
                if not _statements_apart(
                    _said(events[i], words), _said(event, words), _gap_days(events[i], event)
                ):
                    yield i, j
        told.append(j)


def _retold_kind(
    events: Sequence[Event],
    kinds: Sequence[frozenset[str]],
    told: Sequence[int],
    later: int,
    words: EventLexicon,
) -> list[int]:
    """The earlier reports among ``told`` that report ``later`` tells again by naming their
    kind of happening on their one day: a kind an article tells one of a day
    (``told_once_a_day``: a crash, a storm, not strikes, of which a day sees many), compatible
    categories, no place the earlier report does not name and no actors apart ("A jet crashed
    in the city on Friday evening ...", then "the jet crashed around 6:30 p.m."), and no
    other kind named by the later report, whose date may date that one ("said the vote was
    rigged and urged a protest on Monday"). A statement
    dated by its verb tells a happening of its own; and when the earlier reports so named
    name places or actors apart from each other, the article tells two happenings of that
    kind that day and the later one may be either: none is taken."""
    event = events[later]
    named = kinds[later] & words.told_once_a_day
    if not named or named != kinds[later] or _length_days(event) != 1 or _speaker(event, words):
        return []
    found = [
        i
        for i in told
        if _interval(events[i]) == _interval(event)
        and events[i].sentence_start != event.sentence_start
        and not named.isdisjoint(kinds[i])
        and _compatible(events[i], event)
        and set(event.places) <= set(events[i].places)
        and not _apart(events[i].actors, event.actors)
    ]
    if any(
        _elsewhere(events[a], events[b]) or _apart(events[a].actors, events[b].actors)
        for a, b in combinations(found, 2)
    ):
        return []
    return found


def _continues(told: Event, later: Event, words: EventLexicon) -> bool:
    """True when ``later``, the report right after ``told`` in their article, names no one,
    nowhere and no speaker whose statement its date dates ("according to the governor, 40
    missiles were fired on Tuesday" may go on), and tells of ``told``'s one day in its
    category (not ``other``)
    no happening of its own (a happening noun of no kind that ``told`` does not use, unless
    they name a kind in common): nothing sets it apart from what the article was telling
    ("Another 12 people died in hospitals during the day" after the attack of that morning,
    "claimed the attack that began Thursday" after gunmen stormed a campus; not "markets
    suffered losses Tuesday" after the rate cut of that day). A noun of a kind may name what
    ``told`` tells in other words: clusters check the kinds (see :class:`_Clusters`)."""
    if (
        later.actors
        or later.places
        or _speaker(later, words)
        or told.sentence_start == later.sentence_start
        or _interval(told) != _interval(later)
        or _length_days(told) != 1
        or not told.category == later.category != "other"
    ):
        return False
    named = _happening_named(later, words)
    return (
        named is None
        or _told_as(named, told, words)
        or not _kinds(told, words).isdisjoint(_kinds(later, words))
    )


def _recalled(
    events: Sequence[Event], articles: Mapping[str, Article]
) -> Iterator[tuple[int, int]]:
    """Links ``(i, j)`` of reports in two articles of which one recalls, more than
    :data:`MAX_GAP_DAYS` after it, a happening told before ("as the earthquake occurred last
    Saturday") and the other dates the same noun on that same day ("a massive earthquake
    rocked the country Saturday"; not "claimed responsibility for the attack on Saturday",
    whose date dates the claim: see :func:`_claim_verb`), in no other place, of a
    compatible category and with no actors apart. Such a recollection shares few words with
    the first telling, yet names it: a story's landmark is what its later articles look back
    to. Only the reports of a day some report recalls are read, each compared with at most
    :data:`_LOOKBACK` others."""
    recalling: dict[tuple[date, date], list[tuple[int, str]]] = {}  # day -> (report, noun)
    for i, event in enumerate(events):
        article = articles[event.article_id]
        if (article.published - _interval(event)[1]).days <= MAX_GAP_DAYS or _length_days(
            event
        ) != 1:
            continue
        words = words_of(article.language)
        noun = _dated_noun(event, words)
        if noun is not None and _pointing_back(event, words):
            recalling.setdefault(_interval(event), []).append((i, _stem(noun, words)))
    for j, event in enumerate(events):
        recallers = recalling.get(_interval(event))
        if not recallers:
            continue
        words = words_of(articles[event.article_id].language)
        noun = _dated_noun(event, words)
        if noun is None or _claim_verb(event, words):
            continue  # a date next to a verb of saying or reacting dates no noun before it
        stem = _stem(noun, words)
        for i, recalled in recallers[:_LOOKBACK]:
            other = events[i]
            if (
                recalled == stem
                and other.article_id != event.article_id
                and _compatible(other, event)
                and not _elsewhere(other, event)
                and not _apart(other.actors, event.actors)
            ):
                yield min(i, j), max(i, j)


def _once_a_day(
    events: Sequence[Event],
    kinds: Sequence[frozenset[str]],
    where: Sequence[tuple[str, ...]],
    articles: Mapping[str, Article],
    cluster_of: Callable[[int], int],
) -> Iterator[tuple[int, int]]:
    """Links ``(i, j)`` of reports in two articles telling, of one same day or night, a
    happening of a kind a place sees at most once a day (the taking of a town, its fighting
    between sides: see the lexicon's ``once_a_day``), or each its article's only report of
    that day and place sharing a kind (not one holding others: ``broad_kinds``) with the
    other (one article's only strike there that day and the other's are one; an article
    telling a raid and a bombing there tells two), in a place both name (not a country), of
    a compatible category, neither a statement dated by its verb (see :func:`_claim_verb`),
    naming no places struck apart (see :func:`_sites`: a city sees many strikes a day) nor
    actors apart from the other's (see :func:`_sides_apart`): however differently told
    ("captured the city on Monday", "marched into Goma on Monday night"), they tell one
    happening. So do two such reports each its article's only report of that day and place
    when one names no kind and tells only a toll (see :func:`_toll_only`: "the square where
    nine people died on Saturday", "a missile hit the station on Saturday") and the other
    names a kind of happening or tells a toll too: a report of no kind and no toll tells
    nothing a toll came of ("imposed a curfew on Saturday"). An article's
    reports in one cluster (``cluster_of``: a report's cluster as joined so far) tell one
    happening: an article telling the strike and then the strike again ("the strike killed
    four") tells one strike there that day. Each report is compared with at most
    :data:`_LOOKBACK` earlier ones of its day, place and kind."""
    # The reports of each article of one day in one place, of any kind and of each kind.
    told_there: dict[tuple[str, tuple[date, date], str, str], list[int]] = {}
    for k, event in enumerate(events):
        day = (event.article_id, _interval(event))
        for place in where[k]:
            for kind in (_ANY, *kinds[k]):
                told_there.setdefault((*day, place, kind), []).append(k)
    together = _Together(cluster_of)

    def only(k: int, place: str) -> bool:
        """Whether ``k`` is its article's only happening of its day in ``place``."""
        reports = (events[k].article_id, _interval(events[k]), place, _ANY)
        return together.cluster(reports, told_there[reports]) is not None

    def alone(k: int, other: int, place: str, words: EventLexicon) -> bool:
        """Whether ``k`` is its article's only report of its day in ``place`` sharing a kind
        (not a broad one) with ``other``: an article telling a raid and a bombing there
        tells two happenings another's "attack" may be either of."""
        day = (events[k].article_id, _interval(events[k]), place)
        return all(
            together.cluster(of_kind, told_there[of_kind]) == cluster_of(k)
            for kind in kinds[other] - words.broad_kinds
            if (of_kind := (*day, kind)) in told_there
        )

    told: dict[tuple[tuple[date, date], str, str], list[int]] = {}
    for j, event in enumerate(events):
        article = articles[event.article_id]
        words, crowds = words_of(article.language), crowds_of(article.language)
        if _length_days(event) > (_DAY_PRECISE if _is_night(event) else 1) or _claim_verb(
            event, words
        ):
            continue
        toll = not kinds[j] and _toll_only(event, words)
        linked: set[int] = set()
        for key in (
            (_interval(event), place, kind)
            for place in where[j]
            if place not in _country_names()
            for kind in (*((_TOLL,) if toll or kinds[j] else ()), *sorted(kinds[j]))
            if kind not in words.broad_kinds
        ):
            once = key[2] in words.once_a_day
            # a toll goes with any report of its day there, any report with a toll's
            asked = told.get(key[:2] + (_ANY,), []) if toll else told.get(key, [])
            for i in asked[-_LOOKBACK:]:
                other = events[i]
                if (
                    i not in linked
                    and (
                        once
                        or (
                            (only(i, key[1]) and only(j, key[1]))
                            if key[2] == _TOLL
                            else (alone(i, j, key[1], words) and alone(j, i, key[1], words))
                        )
                    )
                    and _document(articles[other.article_id]) != _document(article)
                    and _compatible(other, event)
                    and not _elsewhere(other, event)
                    and not _sides_apart(other.actors, event.actors, words, crowds)
                    and not _apart(_sites(other, words), _sites(event, words))
                ):
                    linked.add(i)
                    yield i, j
            if key[2] != _TOLL or toll:
                told.setdefault(key, []).append(j)
            if key[2] == _TOLL:
                told.setdefault(key[:2] + (_ANY,), []).append(j)


_TOLL, _ANY = " toll", " any"  # keys of _once_a_day: no kind's name starts with a space


def _one_clock(
    events: Sequence[Event], articles: Mapping[str, Article]
) -> Iterator[tuple[int, int]]:
    """Links ``(i, j)`` of reports in two articles dating their happening to one clock time
    of one day, at most :data:`_SAME_CLOCK_MINUTES` apart and of no other zone (see
    :func:`_time_of_day`): "the plane crashed at 1:38 p.m." and "the jet went down at about
    1:40 p.m. on Thursday" tell one happening however else they word it; outlets rarely date
    two happenings of one day to one minute. Not a statement dated by its verb (see
    :func:`_claim_verb`: "officials said at 4 p.m."), nor a happening told besides another
    (see :func:`_another`: "a second quake struck at 12:05 p.m."), nor reports naming places
    elsewhere, places struck apart (see :func:`_sites`) or actors apart (see
    :func:`_sides_apart`); the cluster's other rules still hold (kinds with none in common
    stay apart: a fire and a flood of one hour). Each report is compared with at most
    :data:`_LOOKBACK` earlier ones of its day."""
    clocks: dict[date, list[tuple[int, int]]] = {}  # per day: (minute, report)
    for k, event in enumerate(events):
        words = words_of(articles[event.article_id].language)
        told = [
            (start, day)
            for (_, day), times in _time_of_day(event).items()
            for start, end, _ in times
            if start == end
        ]
        if told and not _claim_verb(event, words) and not _another(event, words):
            minute, day = told[0]
            clocks.setdefault(day, []).append((minute, k))
    for day_clocks in clocks.values():
        day_clocks.sort()
        for n, (minute, j) in enumerate(day_clocks):
            event = events[j]
            words = words_of(articles[event.article_id].language)
            crowds = crowds_of(articles[event.article_id].language)
            for earlier_minute, i in day_clocks[max(0, n - _LOOKBACK) : n]:
                other = events[i]
                if (
                    minute - earlier_minute <= _SAME_CLOCK_MINUTES
                    and _document(articles[other.article_id])
                    != _document(articles[event.article_id])
                    and not _elsewhere(other, event)
                    and not _sides_apart(other.actors, event.actors, words, crowds)
                    and not _apart(_sites(other, words), _sites(event, words))
                ):
                    yield (i, j) if i < j else (j, i)


class _Together:
    """Whether lists of reports are each in one cluster as joined so far, asked again and
    again while clusters grow, in time linear in the lists' length over all the asks.

    Clusters only grow, so a report once found in the cluster of its list's first stays in
    it: each ask goes on from the last report found so.
    """

    def __init__(self, cluster_of: Callable[[int], int]) -> None:
        self.cluster_of = cluster_of
        self.found: dict[object, int] = {}  # per list: its first reports known to be together

    def cluster(self, key: object, reports: Sequence[int]) -> int | None:
        """The cluster of every report of ``reports`` (a list that never changes, known by
        ``key``), or None when they are in more than one."""
        first = self.cluster_of(reports[0])
        found = self.found.get(key, 1)
        while found < len(reports) and self.cluster_of(reports[found]) == first:
            found += 1
        self.found[key] = found
        return first if found == len(reports) else None


def _toll_only(event: Event, words: Words) -> bool:
    """Whether a report's sentence tells a toll ("nine people died", "killing 12"): with no
    kind of happening of its own, it tells the toll of its day's happening."""
    return any(token.lower() in words.tolls for token in _TOKEN.findall(event.sentence))


def _one_statement(
    events: Sequence[Event], articles: Mapping[str, Article]
) -> Iterator[tuple[int, int]]:
    """Links ``(i, j)`` of reports in two documents dated next to their claim's verb on one
    same day by one speaker (see :func:`_speaker` and :func:`_same_speaker`; not two of its
    bodies told apart, see :func:`_bodies_apart`): one speaker's
    words of one day are one statement, whatever each outlet tells of what was said
    ("mediator Qatar said on Saturday", "Qatar's foreign ministry announced on Saturday"),
    as they are within one article (see :func:`_restates`). Each report is compared with at
    most :data:`_LOOKBACK` earlier ones of its day and speaker's last word."""
    told: dict[tuple[tuple[date, date], str], list[tuple[int, str, _Body]]] = {}
    for j, event in enumerate(events):
        article = articles[event.article_id]
        words = words_of(article.language)
        speaker = _speaker(event, words)
        last = _WORD.findall(speaker)[-1:]
        if not last or _length_days(event) != 1:
            continue
        key = (_interval(event), last[0].lower())
        body = _speaking_body(event, words, article)
        for i, said, by in told.get(key, [])[-_LOOKBACK:]:
            other = events[i]
            if (
                _document(articles[other.article_id]) != _document(article)
                and _same_speaker(said, speaker)
                and not _bodies_apart(by, body)
            ):
                yield i, j
        told.setdefault(key, []).append((j, speaker, body))


def _scheduled(
    events: Sequence[Event], articles: Mapping[str, Article]
) -> Iterator[tuple[int, int]]:
    """Links ``(i, j)`` of reports in two documents telling, of one same day still to come
    when each article was published, the happening one noun names (the one each date dates,
    see :func:`_dated_noun`): a happening set for a day is told ahead by many, in their own
    words ("the truce will take effect on Sunday", "a truce will begin on Sunday morning");
    of a compatible category, in no other place, naming no actors apart, neither date next
    to a verb of saying. Each report is compared with at most :data:`_LOOKBACK` earlier ones
    of its day and noun."""
    told: dict[tuple[date, str], list[int]] = {}
    for j, event in enumerate(events):
        article = articles[event.article_id]
        words, crowds = words_of(article.language), crowds_of(article.language)
        day = _interval(event)[0]
        noun = _dated_noun(event, words)
        if (
            noun is None
            or day <= article.published
            or _length_days(event) != 1
            or _claim_verb(event, words)
        ):
            continue
        key = (day, _stem(noun, words))
        for i in told.get(key, [])[-_LOOKBACK:]:
            other = events[i]
            if (
                _document(articles[other.article_id]) != _document(article)
                and _compatible(other, event)
                and not _elsewhere(other, event)
                and not _sides_apart(other.actors, event.actors, words, crowds)
            ):
                yield i, j
        told.setdefault(key, []).append(j)


def _landmarks(
    events: Sequence[Event], kinds: Sequence[frozenset[str]], articles: Mapping[str, Article]
) -> Iterator[tuple[int, int]]:
    """Links ``(i, j)`` of reports in two documents dating one same day long before both
    their articles (more than :data:`_LANDMARK_DAYS`) with a kind of happening in common
    (see :func:`_kinds`, else :func:`_clause_kinds`), of a compatible category, in no other
    place and naming no parties apart (see :func:`_parties_apart`). A story's landmark ("the
    October 7 attack") is recalled in passing, in few of the words that first told it; two
    articles recalling a happening of one kind on that same day recall the same one. Of a
    recent day, many happenings of one kind are told (see :func:`_links`). Each report is
    compared with at most :data:`_LOOKBACK` earlier ones of its day."""
    told: dict[tuple[date, date], list[tuple[int, frozenset[str]]]] = {}
    for j, event in enumerate(events):
        article = articles[event.article_id]
        day = _interval(event)
        if _length_days(event) != 1 or (article.published - day[1]).days <= _LANDMARK_DAYS:
            continue
        words, groups = words_of(article.language), groups_of(article.language)
        own = kinds[j] or _clause_kinds(event, words)
        if not own:
            continue
        for i, other_kinds in told.get(day, [])[-_LOOKBACK:]:
            other = events[i]
            if (
                _document(articles[other.article_id]) != _document(article)
                and not other_kinds.isdisjoint(own)
                and _compatible(other, event)
                and not _elsewhere(other, event)
                and not (
                    _parties_apart(other, event, words, groups)
                    and _parties_apart(event, other, words, groups)
                )
            ):
                yield i, j
        told.setdefault(day, []).append((j, own))


def _parties_apart(left: Event, right: Event, words: Words, groups: frozenset[str]) -> bool:
    """True when ``left`` and ``right`` name actors (groups anyone may be in aside:
    ``groups``) and none of ``left``'s shares a word with ``right``'s actors or places; two
    reports name parties apart only when each does so of the other ("the group attacked
    Israel" and "Israel declared war after the attack" name one party)."""
    named = [name for name in left.actors if name.lower() not in groups]
    others = [name for name in right.actors if name.lower() not in groups]
    return bool(others) and _actors_apart(named, [*others, *right.places], words)


def _clause_kinds(event: Event, words: EventLexicon) -> frozenset[str]:
    """The kinds of happening named by the words of a report's clause before its date, from
    the nearest punctuation or word opening a clause ("since the group attacked the town
    on Sunday"): what the date dates when the report's headline tells another clause."""
    before = _tokens_before(event)
    start = next(
        (
            n + 1
            for n in range(len(before) - 1, -1, -1)
            if before[n].lower() in words.other_clause or _CLAUSE_END.fullmatch(before[n])
        ),
        0,
    )
    return _tokens_kinds(before[start:], words, _other_senses(event.sentence, words))


def _sides_apart(
    left: Sequence[str], right: Sequence[str], words: Words, crowds: frozenset[str]
) -> bool:
    """True when two reports' actors are apart (see :func:`_actors_apart`) and not both
    named by a group anyone may be in (``crowds``): outlets name one armed group in their
    own words ("militants", "the separatists"); not troops ("Government troops")."""
    return _actors_apart(left, right, words) and not all(
        any(name.lower() in crowds for name in names) for names in (left, right)
    )


def _actors_apart(left: Sequence[str], right: Sequence[str], words: Words) -> bool:
    """True when both reports name actors and none shares a word with the other's ("Rebel
    fighters" and "the rebels" are one side; "Government troops" another)."""
    if not (left and right):
        return False
    return _content_words(" ".join(left), words).isdisjoint(_content_words(" ".join(right), words))


def _document(article: Article) -> tuple[str, ...]:
    """What names the document an article was cut from: its URL and title (a listing page
    holds many documents under one URL), else the article itself."""
    return (article.url, article.title) if article.url else (article.id,)


def _restates(
    told: Event,
    later: Event,
    pointing: str,
    words: Words,
    *,
    own: str,
    bodies: tuple[_Body, _Body],
    landmark: bool = False,
    groups: frozenset[str] = frozenset(),
    owners: frozenset[str] = frozenset(),
) -> bool:
    """True when ``later``, of ``told``'s article, tells it again (see :func:`_restatements`);
    ``own``: the words of ``told``'s own clause (see :func:`_own_clauses`);
    ``bodies``: the bodies of their speakers making the statements their dates date (see
    :func:`_speaking_body`);
    ``landmark``: their day is long before the article (see :data:`_LANDMARK_DAYS`);
    ``groups``: groups two reports may share and tell two happenings (see :func:`crowds_of`:
    "Rescuers pulled a girl ...", "Rescuers also freed a man ...");
    ``owners``: possessive pronouns (see :func:`_owned`)."""
    if (
        (told.article_id, told.sentence_start) == (later.article_id, later.sentence_start)
        or _gap_days(told, later)
        or _length_days(told) > _SHORT_DAYS
    ):
        return False
    if _length_days(told) == _length_days(later) == 1 and _same_speaker(
        _speaker(told, words), _speaker(later, words)
    ):
        # one speaker's words of one day are one statement, whatever they say; two of its
        # bodies told apart are two speakers
        return not _bodies_apart(*bodies)
    if _interval(told) != _interval(later):  # some of its days: only what its date dates
        named = _dated_noun(later, words) if pointing == _BY_DATE else pointing
        dated = _dated_noun(told, words)
        if not named or _elsewhere(told, later):
            return False
        if dated is None:  # told with no noun: a noun of a kind within its days may name it
            return (
                _within(later, told) and _of_a_kind_told_otherwise(named, told, later, words)
            ) or (_night_of(told, later) and _named_in(named, own, words))
        return _same_noun(named, dated, words) and _compatible(told, later)
    if pointing == _BY_DATE:  # "Tuesday's speech": a noun of its own may name another
        named = _dated_noun(later, words)
        return _compatible(told, later) and (named is None or _told_as(named, told, words))
    if pointing:  # the noun pointed back at: in the words that told it, or of a kind told
        # in other words (a noun of no kind, "the speech", names no happening told otherwise)
        if _owned(later, pointing, owners) and _apart(
            *([a for a in e.actors if a.lower() not in groups] for e in (told, later))
        ):
            return False  # "Hezbollah said its rocket fire": its doer's, not another side's
        return not _elsewhere(told, later) and (
            _said_in(pointing, own, words)
            or (told.category == later.category != "other" and bool(_word_kinds(pointing, words)))
        )
    return (
        told.category == later.category != "other"
        and _length_days(told) == _length_days(later) == 1
        and (
            landmark
            or not {
                name
                for name in told.actors + told.places
                if name not in _country_names() and name.lower() not in groups
            }.isdisjoint(later.actors + later.places)
            or _states_alike(told, later)
        )
        and not _elsewhere(told, later)
        and not _apart(told.actors, later.actors)
    )


def _states_alike(told: Event, later: Event) -> bool:
    """True when two reports name states acting and states as places, the same ones, and
    nothing else ("Russia kept up its air campaign over Ukraine" after "Russia launched
    drone strikes on Ukraine"): of one day, one article tells one state's acts on another
    as one happening; a state acting on another in return is another ("Ukraine hit a depot
    in Russia")."""
    names = (*told.actors, *told.places, *later.actors, *later.places)
    return (
        bool(told.actors and told.places)
        and all(name in _country_names() for name in names)
        and (set(told.actors), set(told.places)) == (set(later.actors), set(later.places))
    )


def _night_of(told: Event, later: Event) -> bool:
    """True when ``later``'s date is a night or so (at most :data:`_DAY_PRECISE` days,
    "overnight") holding ``told``'s day ("early on Tuesday"), in one category."""
    return (
        _length_days(later) <= _DAY_PRECISE
        and _within(told, later)
        and told.category == later.category
    )


def _named_in(noun: str, text: str, words: Words) -> bool:
    """True when ``text`` uses a happening noun that is ``noun`` or shares a kind with it
    ("the overnight attacks" and "as Israel launched air strikes"; not a verb: "struck")."""
    return any(
        _same_noun(noun, token, words)
        for token in _TOKEN.findall(text)
        if _is_happening_noun(token, words)
    )


def _own_clauses(events: Sequence[Event]) -> list[str]:
    """Each report's own words: its sentence from halfway after the date before its own in
    that sentence to halfway to the date after ("the rebels, fighting since March 2023,
    announced their victory on Sunday": the fighting is March 2023's, not Sunday's)."""
    sentences: dict[tuple[str, int], list[int]] = {}
    for k, event in enumerate(events):
        sentences.setdefault((event.article_id, event.sentence_start), []).append(k)
    own = [event.sentence for event in events]
    for members in sentences.values():
        spans = sorted(
            {(events[k].mention.char_start, events[k].mention.char_end) for k in members}
        )
        at = {span: n for n, span in enumerate(spans)}  # a date told by two reports: one span
        for k in members:
            event = events[k]
            n = at[event.mention.char_start, event.mention.char_end]
            start, end = 0, len(event.sentence)
            if n:
                start = (spans[n - 1][1] + spans[n][0]) // 2 - event.sentence_start
            if n + 1 < len(spans):
                end = (spans[n][1] + spans[n + 1][0]) // 2 - event.sentence_start
            own[k] = event.sentence[max(0, start) : max(0, end)]
    return own


def _of_a_kind_told_otherwise(noun: str, told: Event, later: Event, words: Words) -> bool:
    """True when a noun pointing back may name what ``told`` tells with no noun for it ("the
    rebels fired rockets at the port", then "The barrage began late on Saturday"): the noun is
    of a kind (which clusters check against the kinds ``told`` names), the two reports are of
    one category (not ``other``), and ``told``'s sentence uses no happening noun (one it uses,
    even in passing, "fearful of further aftershocks", may be the happening pointed at)."""
    return (
        bool(_word_kinds(noun, words))
        and told.category == later.category != "other"
        and not any(_is_happening_noun(token, words) for token in _TOKEN.findall(told.sentence))
    )


def _within(inner: Event, outer: Event) -> bool:
    """True when ``inner``'s days all lie within ``outer``'s."""
    (a_start, a_end), (b_start, b_end) = _interval(inner), _interval(outer)
    return b_start <= a_start and a_end <= b_end


def _same_noun(left: str, right: str, words: Words) -> bool:
    """True when two happening nouns are one word or name a kind in common."""
    return _stem(left, words) == _stem(right, words) or bool(
        _word_kinds(left, words) & _word_kinds(right, words)
    )


def _told_as(noun: str, told: Event, words: Words) -> bool:
    """True when a happening noun may name what ``told`` tells: it is among its words, or
    names a kind of happening (which clusters check against the kinds ``told`` names)."""
    return _said_in(noun, told.sentence, words) or bool(_word_kinds(noun, words))


def _said_in(noun: str, text: str, words: Words) -> bool:
    """True when ``text`` uses a happening noun, in any of its forms ("cease-fires")."""
    return _stem(noun, words) in {_stem(token, words) for token in _TOKEN.findall(text)}


def _apart(left: Collection[str], right: Collection[str]) -> bool:
    """True when both name someone (or somewhere) and none in common."""
    return bool(left and right) and set(left).isdisjoint(right)


def _elsewhere(left: Event, right: Event) -> bool:
    """True when two reports name places and none in common, unless one names only
    countries and the other a town or region that may lie in one of them: a country says
    too little to tell them apart ("Ukraine" and "Kramatorsk"; not "Lebanon" and a town
    the gazetteer knows only in another country). A place the other report has acting
    ("the militaries of the United Kingdom" read as a place) is left out."""
    places = [
        [p for p in one.places if p not in other.actors]
        for one, other in ((left, right), (right, left))
    ]
    if not _apart(*places):
        return False
    countries = _country_names()
    broad = [all(p in countries for p in named) for named in places]
    if broad[0] == broad[1]:
        return True
    wide, narrow = places if broad[0] else places[::-1]
    codes = {_country_code(p) for p in wide}
    return all(_lies_in(p) and _lies_in(p).isdisjoint(codes) for p in narrow)


def _countries_of(places: Iterable[str]) -> frozenset[str]:
    """The codes of the countries ``places`` lie in (none for places the gazetteer does
    not know)."""
    countries = _country_names()
    return frozenset(
        code
        for place in places
        for code in ({_country_code(place)} if place in countries else _lies_in(place))
    )


@cache
def _country_code(name: str) -> str:
    """The ISO code of a country by its name."""
    return next(code for code, country in countries().items() if country.name == name)


@cache
def _lies_in(place: str) -> frozenset[str]:
    """The codes of the countries a town, region or territory of that name may lie in (none
    when the gazetteer does not know it)."""
    territory = territories_by_key().get(name_key(place))
    return frozenset(
        [town.country for town in towns_named(place)]
        + [region.country for region in regions_named(place)]
        + ([territory[1]] if territory else [])
    )


def _pointing_back(event: Event, words: Words) -> str:
    """How a report names a happening told before: :data:`_BY_DATE` for a possessive date
    ("Tuesday's bombardment"); a happening noun, as written, that the date qualifies right
    after a pointer or a possessive ("the Sunday strike", "Israel's overnight attacks"), or
    after a pointer or a possessive, then the date with no punctuation between ("the flooding
    on Monday", "Okafor's visit to the base on Sunday"); ``""`` otherwise."""
    m = event.mention
    offset = event.sentence_start
    if POSSESSIVE.match(event.sentence, m.char_end - offset):
        return _BY_DATE
    before = _tokens_before(event)
    qualified = _qualified_noun(event, words)
    if qualified and before and (before[-1].lower() in words.pointers or _OWNER.search(before[-1])):
        return qualified
    noun = _noun_before(before, _POINTER_REACH, words.pointers, words)
    return noun or ""


def _noun_before(
    before: Sequence[str], reach: int, determiners: frozenset[str], words: Words
) -> str | None:
    """The nearest happening noun of the last ``reach`` tokens ``before`` a date, with no
    punctuation between, that one of ``determiners`` or a possessive leads (up to
    :data:`_MODIFIERS` words before it: "the highly choreographed meeting")."""
    for at in range(len(before) - 1, max(-1, len(before) - 1 - reach), -1):
        if not before[at][0].isalnum():
            return None  # punctuation cuts the date off from what comes before
        if _is_happening_noun(before[at], words) and _led(
            before[max(0, at - 1 - _MODIFIERS) : at], determiners, words
        ):
            return before[at]
    return None


def _owned(event: Event, noun: str, owners: frozenset[str]) -> bool:
    """True when the happening ``noun`` a report points back with before its date is led by a
    possessive ("its rocket fire Tuesday", "Hezbollah's barrage on Monday"): it names whose
    act it is, the doer the report names."""
    before = _tokens_before(event)
    at = max((n for n, token in enumerate(before) if token == noun), default=None)
    if at is None:
        return False
    lead = before[max(0, at - 1 - _MODIFIERS) : at]
    return any(token.lower() in owners or _OWNER.search(token) for token in lead)


def _led(lead: Sequence[str], determiners: frozenset[str], words: Words) -> bool:
    """True when the words ``lead`` before a noun hold one of ``determiners`` or a possessive
    that leads it: only its modifiers between, no punctuation and no function word ("the
    highly choreographed meeting", "Israel's overnight attacks"; not "called on his
    supporters to protest", where "his" leads "supporters" and "protest" is a verb)."""
    function = words.function_words()
    for n in range(len(lead) - 1, -1, -1):
        token = lead[n]
        if token.lower() in determiners or _OWNER.search(token):
            return True
        if not token[0].isalnum() or token.lower() in function:
            return False
    return False


def _another(event: Event, words: Words) -> bool:
    """True when the noun naming what a report tells is led by a word of another happening
    ("also carried out follow-up strikes", "the second attack"), or its date points at the day
    of one told before ("the same day", "later that day"): it tells a happening besides those
    its article told before, so restates none of them."""
    if " ".join(event.mention.text.lower().split()) in words.words("another_happening_dates"):
        return True
    named = _happening_named(event, words)
    if named is None:
        return False
    tokens = _TOKEN.findall(event.title)
    if named not in tokens:  # the noun the date dates, told outside the headline
        tokens = _TOKEN.findall(event.sentence)
    at = tokens.index(named) if named in tokens else 0
    marks = words.words("another_happening")
    return any(token.lower() in marks for token in tokens[max(0, at - 1 - _MODIFIERS) : at])


def _told_first(event: Event, words: Words) -> str:
    """The happening noun a report's date dates when an article leads it ("during a meeting
    earlier Thursday"): told for the first time, it restates no report of its article that
    does not use it or a noun of its kind ("a string of airstrikes late Monday" may restate
    "a wave of airstrikes on Monday"); else ``""``."""
    if _qualified_noun(event, words):
        return ""
    dated = _dated_noun(event, words)
    if dated is None:
        return ""
    tokens = _tokens_before(event)
    at = max((n for n, token in enumerate(tokens) if token == dated), default=0)
    lead = [token.lower() for token in tokens[max(0, at - 1 - _MODIFIERS) : at]]
    return dated if any(token in words.articles for token in lead) else ""


def _is_happening_noun(word: str, words: Words) -> bool:
    """True for a happening noun or its plural, as written ("raids"; not "raided"); a name
    of a month, written with its capital, is none ("on March 2": no protest march)."""
    lower = word.lower()
    if word[:1].isupper() and lower in words.function_words():
        return False
    return any(
        lower.endswith(plural) and lower[: len(lower) - len(plural)] in words.happening_nouns
        for plural in ("", "s", "es")
    )


def _repeats(events: Sequence[Event], features: Sequence[Mapping[str, float]]) -> list[list[int]]:
    """Reports grouped with their exact repeats, in order of their first report.

    Repeats (one wire story run by many outlets, a sentence told twice) have the
    same features, category and dates, so they are as similar as two reports can be:
    they are joined before any other link. A report without features repeats nothing.
    """
    groups: dict[object, list[int]] = {}
    for k, event in enumerate(events):
        content = (_interval(event), event.category, frozenset(features[k].items()))
        groups.setdefault(content if features[k] else k, []).append(k)
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
    """Union-find over reports, refusing joins that break a cluster's rules.

    A cluster never spans more than :data:`MAX_GAP_DAYS` between its dates, never
    holds two reports of one article with different dates, never holds reports naming
    kinds of happening with none common to them all (see :func:`_kinds`), nor reports of
    two articles of which one tells a reprisal and whose states acting differ (see
    :func:`_reprisal_apart`), nor reports of one day dated to parts of it far apart (see
    :func:`_parts_apart`) or, of one article, to times hours apart (see
    :func:`_times_apart`), nor reports giving their happening names apart (see
    :func:`_happening_name`: "the Harlow Fire", "the Mesa Fire"), nor reports of a span
    longer than :data:`_DAY_PRECISE` days and reports of articles set in no country in
    common (see :func:`_settings`: a week, a month or a year holds an election, floods or
    an attack in every country; "last year's election" in a story from Kenya and in one
    from Peru are two), and joins
    another only when their centroids (sums of their reports' unit feature vectors) are
    at least :data:`MIN_SIMILARITY` alike and the places they name lie in some country in
    common, when both name places the gazetteer knows (a place the other has acting left
    out, as in :func:`_elsewhere`): a chain of pairwise links, through a report naming no
    place, cannot carry one happening into another.
    """

    def __init__(
        self,
        events: Sequence[Event],
        weighted: Sequence[Mapping[str, float]],
        norms: Sequence[float],
        kinds: Sequence[frozenset[str]],
        sides: Sequence[_Side],
        names: Sequence[frozenset[str]],
    ):
        self.parent = list(range(len(events)))
        self.members = [[i] for i in range(len(events))]
        self.days = [{e.article_id: _interval(e)} for e in events]  # per article: shared days
        self.latest_start = [_interval(e)[0] for e in events]
        self.earliest_end = [_interval(e)[1] for e in events]
        self.weighted, self.norms = weighted, norms
        # A lone report's centroid is its unit vector, made only when asked (see _vector).
        self.centroid: list[dict[str, float] | None] = [None] * len(events)
        self.squares = [1.0 if norm else 0.0 for norm in norms]  # squared centroid norms
        # The kinds every report of a cluster naming some names (None: none names any).
        self.kinds: list[frozenset[str] | None] = [named or None for named in kinds]
        # Per report naming states acting: (its article, those states, whether a reprisal).
        self.sides = [{side} if side[1] else set() for side in sides]
        # Per day: the (article, part of the day) its reports dated to a part of it tell.
        self.parts = [_part_of_day(e) for e in events]
        # Per article and day: the times its reports told it at.
        self.times = [_time_of_day(e) for e in events]
        # The nights its reports are dated to, each by the day it falls on (see _night).
        self.nights = [_night(e) for e in events]
        # The names its reports give their happening (see _happening_name).
        self.names = [{name} if name else set() for name in names]
        # The places and the actors of a cluster's reports.
        self.places = [set(e.places) for e in events]
        self.actors = [set(e.actors) for e in events]
        # The countries its reports' articles are set in, and whether one tells a long span.
        self.settings = [set(countries) for countries in _settings(events)]
        self.spans = [_length_days(e) > _DAY_PRECISE for e in events]

    def root(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def join(self, i: int, j: int, *, restating: bool = False) -> None:
        """Put reports ``i`` and ``j`` in one cluster if the rules allow; a report that
        restates another of its article (``restating``) needs no likeness of centroids."""
        a, b = self.root(i), self.root(j)
        if a == b:
            return
        latest_start = max(self.latest_start[a], self.latest_start[b])
        earliest_end = min(self.earliest_end[a], self.earliest_end[b])
        if (latest_start - earliest_end).days > MAX_GAP_DAYS:
            return
        if len(self.days[a]) < len(self.days[b]):
            a, b = b, a
        both_name = _shared_kinds(self.kinds[a], self.kinds[b])
        if (
            not self._days_agree(a, b)
            or both_name == frozenset()
            or self._reprisal_between(a, b)
            or _parts_apart(self.parts[a], self.parts[b])
            or _times_apart(self.times[a], self.times[b])
            or len(self.nights[a] | self.nights[b]) > 1
            or _names_apart(self.names[a], self.names[b])
            or ((self.spans[a] or self.spans[b]) and _apart(self.settings[a], self.settings[b]))
            or (
                not restating
                and (
                    self._centroid_similarity(a, b) < MIN_SIMILARITY - 1e-9
                    or self._countries_apart(a, b)
                )
            )
        ):
            return
        self.places[a] |= self.places[b]
        self.actors[a] |= self.actors[b]
        self.settings[a] |= self.settings[b]
        self.spans[a] = self.spans[a] or self.spans[b]
        self.kinds[a] = both_name
        self.sides[a] |= self.sides[b]
        self.names[a] |= self.names[b]
        self.nights[a] |= self.nights[b]
        for day, told in self.parts[b].items():
            self.parts[a][day] = self.parts[a].get(day, frozenset()) | told
        for told_day, hours in self.times[b].items():
            self.times[a][told_day] = self.times[a].get(told_day, frozenset()) | hours
        days = self.days[a]
        for article, interval in self.days[b].items():
            shared = _overlap(days[article], interval) if article in days else None
            days[article] = shared or interval
        (small, _), (large, squares) = sorted(
            ((self._vector(a), self.squares[a]), (self._vector(b), self.squares[b])),
            key=lambda vector: len(vector[0]),
        )
        for key, value in small.items():  # the smaller added into the larger
            old = large.get(key, 0.0)
            large[key] = old + value
            squares += (old + value) ** 2 - old**2
        self.centroid[a], self.squares[a] = large, squares
        self.parent[b] = a
        self.members[a] += self.members[b]
        self.latest_start[a], self.earliest_end[a] = latest_start, earliest_end
        self.members[b], self.days[b], self.centroid[b], self.kinds[b] = [], {}, None, None
        self.sides[b], self.parts[b], self.places[b], self.actors[b] = set(), {}, set(), set()
        self.names[b], self.times[b], self.settings[b] = set(), {}, set()
        self.nights[b] = frozenset()

    def _countries_apart(self, a: int, b: int) -> bool:
        """Whether the places of clusters ``a`` and ``b`` lie in no country in common (a
        place the other cluster has acting left out; places the gazetteer does not know
        tell nothing)."""
        return _apart(
            _countries_of(self.places[a] - self.actors[b]),
            _countries_of(self.places[b] - self.actors[a]),
        )

    def _reprisal_between(self, a: int, b: int) -> bool:
        """Whether a report of one cluster tells a reprisal against a report of the other
        (:func:`_reprisal_apart`); only the reprisals are checked against every report."""
        left, right = self.sides[a], self.sides[b]
        return any(_reprisal_apart(x, y) for x in left if x[2] for y in right) or any(
            _reprisal_apart(x, y) for x in left for y in right if y[2]
        )

    def _vector(self, root: int) -> dict[str, float]:
        """The centroid of a cluster; for a lone report, its unit vector made afresh."""
        centroid = self.centroid[root]
        if centroid is not None:
            return centroid
        norm = self.norms[root]
        return {key: value / norm for key, value in self.weighted[root].items()} if norm else {}

    def _days_agree(self, a: int, b: int) -> bool:
        """True when each article's reports in clusters ``a`` and ``b`` share a day."""
        days = self.days[a]
        return all(
            article not in days or _overlap(days[article], interval) is not None
            for article, interval in self.days[b].items()
        )

    def _centroid_similarity(self, a: int, b: int) -> float:
        small, large = sorted((self._vector(a), self._vector(b)), key=len)
        dot = sum(value * large.get(key, 0.0) for key, value in small.items())
        norms = math.sqrt(self.squares[a] * self.squares[b])
        return dot / norms if norms else 0.0

    def most_central(self, members: Sequence[int]) -> int:
        """The member whose features lie nearest its cluster's centroid (first on ties)."""
        centroid = self._vector(self.root(members[0]))

        def nearness(k: int) -> tuple[float, int]:
            dot = sum(value * centroid.get(key, 0.0) for key, value in self.weighted[k].items())
            return (dot / self.norms[k] if self.norms[k] else 0.0), -k

        return max(members, key=nearness)

    def groups(self) -> Iterator[list[int]]:
        """The members of each cluster."""
        return (self.members[k] for k in range(len(self.parent)) if self.parent[k] == k)


def _happening_name(event: Event, words: Words) -> frozenset[str]:
    """The words of the proper name a report's headline gives what happened: the words
    written with a capital between a pointer and a happening noun written with a capital
    ("the Eaton Canyon Fire": "eaton", "canyon"); empty when it gives none ("the Altadena
    fire" is a fire its town names)."""
    tokens = _TOKEN.findall(event.title)
    for at, token in enumerate(tokens):
        if not (token[:1].isupper() and _is_happening_noun(token, words)):
            continue
        start = at
        while start and tokens[start - 1][:1].isupper():
            if tokens[start - 1].lower() in words.function_words():
                break
            start -= 1
        if 0 < start < at and tokens[start - 1].lower() in words.pointers:
            return frozenset(word.lower() for word in tokens[start:at])
    return frozenset()


def _names_apart(left: Collection[frozenset[str]], right: Collection[frozenset[str]]) -> bool:
    """Whether two clusters give their happenings names with no word in common: two
    happenings ("the Harlow Fire", "the Mesa Fire"; not "the Mesa Creek Fire")."""
    return any(one.isdisjoint(other) for one in left for other in right)


def _broken_title(event: Event, articles: Mapping[str, Article]) -> bool:
    """Whether ``event``'s headline reads broken ("They were in control", "… fire two…"):
    a cluster is named by a report whose headline does not, when one has; a long one may."""
    language = articles[event.article_id].language
    faults = headline_faults(event.title, event.claimed_by, language)
    return any(fault != "too long" for fault in faults)


_Side = tuple[str, frozenset[str], bool]


def _side(event: Event, words: Words) -> _Side:
    """A report's article, the states it names acting (its actors that are countries) and
    whether its sentence tells a reprisal ("in retaliation", "retaliatory strikes")."""
    reprisal = not words.words("reprisals").isdisjoint(
        word.lower() for word in _WORD.findall(event.sentence)
    )
    states = frozenset(actor for actor in event.actors if actor in _country_names())
    return event.article_id, states, reprisal


def _reprisal_apart(left: _Side, right: _Side) -> bool:
    """True when two reports of two articles name states acting, none in common, and one
    tells a reprisal: it answers the other state's act, another happening ("India carried
    out strikes", "in retaliation, Pakistan conducted strikes"), however alike their words,
    day and place. Without a reprisal a state named acting by one outlet may be its ally's
    partner in one operation told by another."""
    return left[0] != right[0] and (left[2] or right[2]) and left[1].isdisjoint(right[1])


def _shared_kinds(
    left: frozenset[str] | None, right: frozenset[str] | None
) -> frozenset[str] | None:
    """The kinds of happening two clusters both name (``None`` when either names none)."""
    return right if left is None else left if right is None else left & right


def _overlap(left: tuple[date, date], right: tuple[date, date]) -> tuple[date, date] | None:
    """The days two intervals share, or ``None``."""
    start, end = max(left[0], right[0]), min(left[1], right[1])
    return (start, end) if start <= end else None


def _interval(event: Event) -> tuple[date, date]:
    start, end = event.mention.interval_start, event.mention.interval_end
    assert start is not None and end is not None  # an event's mention is always placed
    return start, end


def _length_days(event: Event) -> int:
    """How many days a report's date can mean."""
    start, end = _interval(event)
    return (end - start).days + 1


def _gap_days(left: Event, right: Event) -> int:
    """Days between two reports' intervals; 0 when they overlap."""
    (a_start, a_end), (b_start, b_end) = _interval(left), _interval(right)
    return max(0, (b_start - a_end).days, (a_start - b_end).days)


def _span_days(reports: Sequence[Event]) -> int:
    """The largest gap between any two reports of a group, a night reaching into the small
    hours of the next day (see :func:`_reach`)."""
    latest_start = max(_interval(e)[0] for e in reports)
    earliest_end = min(_reach(e) for e in reports)
    return max(0, (latest_start - earliest_end).days)


_NIGHT = "TNI"  # the TimeML part of day of a night
_PARTS_OF_DAY = ("MO", "AF", "EV", "NI")  # TimeML parts of a day, in their order
_Parts = dict[date, frozenset[tuple[str, int]]]


def _part_of_day(event: Event) -> _Parts:
    """The part of the day a report's date names ("Tuesday morning"), as its day and the
    (article, place of the part in :data:`_PARTS_OF_DAY`) telling it; empty for none."""
    code = event.mention.value.partition("T")[2]
    if code not in _PARTS_OF_DAY:
        return {}
    return {_interval(event)[0]: frozenset({(event.article_id, _PARTS_OF_DAY.index(code))})}


def _parts_apart(left: _Parts, right: _Parts) -> bool:
    """True when two groups of reports tell one day in parts of it too far apart to be one
    happening: one article's two parts ("stormed a hotel on Tuesday morning", "a car bomb
    on Tuesday evening"), or two articles' parts not next to each other (morning and
    evening; an outlet may tell a late morning's attack as of the afternoon). A report of
    the whole day fits any part."""
    return any(
        a != b and (article == other or abs(a - b) > 1)
        for day in left.keys() & right.keys()
        for article, a in left[day]
        for other, b in right[day]
    )


# Two articles' clock times of one day this close tell one happening (see _one_clock).
_SAME_CLOCK_MINUTES = 30
# One article's two times of one day this far apart tell two happenings: a siege may run
# from the morning to noon, but a strike before dawn is not the launch of the afternoon.
_HOURS_APART = 6
_CLOCK = re.compile(r"T(\d\d):(\d\d)$")  # a clock time with no zone ("T13:45", not "T13:00Z")
# The hours (from, to) a part of the day may mean: a morning's "early" is before dawn.
_PART_HOURS = {"MO": (0, 12), "AF": (12, 18), "EV": (17, 24), "NI": (20, 24)}
# Per article and day: the (from, to) minutes told, each with where its sentence starts.
_Times = dict[tuple[str, date], frozenset[tuple[int, int, int]]]


def _time_of_day(event: Event) -> _Times:
    """When in its day a report's date tells its happening, as the minutes (from, to) after
    midnight, keyed by its article and day: a clock time's own minute ("on Jan. 16 at
    1:45 p.m.", the first clock of its expressions), else the hours of a part of the day
    ("Tuesday afternoon"), with where its sentence starts; empty for none, and for a clock
    of another zone ("13:00 GMT"), which the article's own hours do not compare with."""
    day = event.mention.interval_start
    if day is None:
        return {}
    for mention in (event.mention, *event.other_mentions):
        clock = _CLOCK.search(mention.value)
        if clock is not None:
            minute = int(clock[1]) * 60 + int(clock[2])
            return {(event.article_id, day): frozenset({(minute, minute, event.sentence_start)})}
    hours = _PART_HOURS.get(event.mention.value.partition("T")[2])
    if hours is None:
        return {}
    told = (hours[0] * 60, hours[1] * 60, event.sentence_start)
    return {(event.article_id, day): frozenset({told})}


def _times_apart(left: _Times, right: _Times) -> bool:
    """True when one article tells one day at two times at least :data:`_HOURS_APART`
    apart in two sentences, one in each group of reports ("at 4:15 a.m.", "at 1:45 p.m.";
    "around 3:15 a.m.", "on Wednesday afternoon"): what one outlet dates hours apart is two
    happenings. One sentence's two times may be one happening's start and end ("remained in
    the town from 6:00 am until 1:00 pm")."""
    return any(
        max(a_from - b_to, b_from - a_to) >= _HOURS_APART * 60 and a_at != b_at
        for told in left.keys() & right.keys()
        for a_from, a_to, a_at in left[told]
        for b_from, b_to, b_at in right[told]
    )


def _is_night(event: Event) -> bool:
    """True for a report dated to a night ("overnight", "Sunday night")."""
    return event.mention.value.endswith(_NIGHT)


def _night(event: Event) -> frozenset[date]:
    """The night a report is dated to, by the day it falls on ("Tuesday night"; "overnight"
    in an article of Wednesday); empty for a report of no night. Reports of two nights are
    two happenings: the nights "overnight" tells in articles a day apart share a day, but
    they are two nights."""
    start = event.mention.interval_start
    return frozenset({start}) if _is_night(event) and start is not None else frozenset()


def _reach(event: Event) -> date:
    """The last day a report's date may mean: a night's ("Sunday night") is the next day,
    whose small hours it holds; an attack at 4 a.m. Monday told as "on Sunday night" by one
    outlet and "on Monday" by another is no disagreement."""
    start, end = _interval(event)
    if not _is_night(event) or start == date.max:  # the calendar's last night has no morrow
        return end
    return max(end, start + timedelta(days=1))


def _conflicting(reports: Sequence[Event]) -> bool:
    """True when some two reports' date intervals do not overlap."""
    return len(reports) > 1 and _span_days(reports) > 0


def _stem(word: str, words: Words) -> str:
    word = re.sub(r"['’]s$", "", word.lower())
    for compound in (word, word[:-1]):  # the noun, or its plural
        if compound in words.words("compound_nouns"):
            word = word[len(compound) - _compound_tail(compound, words) :]
            break
    for suffix in words.suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= _shortest_stem(word, suffix):
            word = word[: -len(suffix)]
            break
        if _dropped_e(word, suffix, words):
            word = word[: -len(suffix)] + "e"
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] in words.words("doubled_letters"):
        return word[:-1]
    return word


def _dropped_e(word: str, suffix: str, words: Words) -> bool:
    """Whether ``suffix`` ends ``word`` after a short stem whose last "e" it dropped
    ("voted", "voting": "vote"): a stem one letter short of :data:`_SHORTEST_STEM`, not
    itself ending in "e" ("speed")."""
    stem = word[: -len(suffix)]
    return (
        word.endswith(suffix)
        and suffix in words.words("silent_e_endings")
        and len(stem) == _SHORTEST_STEM - 1
        and not stem.endswith("e")
    )


def _shortest_stem(word: str, suffix: str) -> int:
    """How short a stem cutting ``suffix`` off ``word`` may leave: four letters, or three
    for a plural of a short noun ("jets": "jet"; not "less", "bus")."""
    return _SHORT_PLURAL_STEM if suffix == "s" and word[-2:-1] not in "siu" else _SHORTEST_STEM


def _compound_tail(compound: str, words: Words) -> int:
    """The length of the longest happening noun ``compound`` ends with ("strike")."""
    return max(
        (
            len(noun)
            for noun in words.happening_nouns
            if compound.endswith(noun) and noun != compound
        ),
        default=len(compound),
    )


def _content_words(text: str, words: Words) -> set[str]:
    """The stems of the words of ``text`` that may tell a happening apart (not the ignored
    words)."""
    return {
        _stem(w, words)
        for w in _WORD.findall(text)
        if w.lower() not in words.cluster_ignore and len(w) > 2
    }


def _features(event: Event, words: Words, groups: frozenset[str]) -> dict[str, float]:
    """Weighted features of a report: names, title words, words near the date, and the
    noun naming what happened. A group of ``groups`` ("Rescuers") is written in lower
    case: it names no one."""
    m = event.mention
    offset = event.sentence_start
    retold = _retold_phrase(event, words)
    if retold is None:
        before = event.sentence[: m.char_start - offset].split()[-_WINDOW_WORDS:]
        after = event.sentence[m.char_end - offset :].split()[:_WINDOW_WORDS]
        near, title = " ".join(before + after), event.title
    else:
        near = title = retold  # the clause around the phrase tells another happening
    # in sorted order: sums over the features then run in one order whatever the hash seed
    features = dict.fromkeys(sorted(_content_words(near, words)), _SENTENCE_WEIGHT)
    features.update(dict.fromkeys(sorted(_content_words(title, words)), _TITLE_WEIGHT))
    named = _happening_named(event, words)
    if named:
        features[f"{_NAMING[1]}{_stem(named, words)}"] = _HAPPENING_WEIGHT
    for name in (*event.actors, *event.places):
        if retold is None or name in retold:
            key = name.lower() if name.lower() in groups else name
            features[f"{_NAMING[0]}{key}"] = _NAME_WEIGHT
    return features


def _retold_phrase(event: Event, words: Words) -> str | None:
    """The words of the noun phrase a date qualifies ("the March 22 attack", "Sunday's
    strike"), up to a clause's end and the date's own words aside, when that phrase is the
    object of a verb or a preposition ("link Ukraine to *the March 22 attack on the concert
    hall*", "blamed the rebels for *Sunday's strike on the market*"), else ``None``.

    Such a phrase retells a happening the clause around it only mentions: the report is
    that happening, told by the phrase's own words and names, not by the clause's. A phrase
    that opens its clause is its subject ("Sunday's strike killed 12"): the clause tells it.
    """
    if not _qualified_noun(event, words):
        return None
    before = _tokens_before(event)
    lead = len(before) - bool(before and before[-1].lower() in words.pointers | words.articles)
    if not _governed(before[:lead], words):
        return None
    text = event.sentence[event.mention.char_end - event.sentence_start :]
    possessive = POSSESSIVE.match(text)
    after = _TOKEN.findall(text[possessive.end() if possessive else 0 :])
    rest = list(takewhile(lambda token: not _ends_phrase(token, words), after))
    return " ".join([*before[lead:], *rest[:_RETOLD_WORDS]])


def _governed(before: Sequence[str], words: Words) -> bool:
    """True when the word right before a noun phrase is a preposition or a verb other than
    one of saying: the phrase is that word's object, not the subject of a clause."""
    if not before or not before[-1].isalpha() or not before[-1].islower():
        return False
    word = before[-1]
    if word in words.words("prepositions"):
        return True
    return not (
        word in words.function_words()
        or word in words.stance_of
        or word in words.words("clause_openers")
    )


def _ends_phrase(token: str, words: Words) -> bool:
    """True when ``token`` closes the noun phrase before it: punctuation, or a word opening
    a clause ("which killed", "and")."""
    lowered = token.lower()
    return (
        not token[0].isalnum()
        or lowered in words.words("relatives")
        or lowered in words.words("clause_openers")
    )


def _add_sides(events: Sequence[Event], features: list[dict[str, float]]) -> None:
    """Give a report naming a side's group ("Hamas fighters": a name, then words in lower
    case) the feature of the side's name when some report names that side acting on its own
    ("Hamas"): two outlets telling one attack name its actor either way."""
    names = {name for event in events for name in event.actors}
    for event, found in zip(events, features, strict=True):
        for name in event.actors:
            words = name.split()
            for cut in range(len(words) - 1, 0, -1):
                side = " ".join(words[:cut])
                if all(w[:1].islower() for w in words[cut:]) and side in names:
                    found.setdefault(f"{_NAMING[0]}{side}", _NAME_WEIGHT)
                    break


def _happening_named(event: Event, words: Words) -> str | None:
    """The noun naming what happened: the one the date dates (see :func:`_dated_noun`), else
    the first of the title's own clause ("Rescue work ... resumed"; not "took the capital
    after a lightning offensive": see :func:`_own_clause`)."""
    return _dated_noun(event, words) or next(
        (
            word
            for word in _own_clause(_TOKEN.findall(event.title), words)
            if _is_happening_noun(word, words)
        ),
        None,
    )


def _dated_noun(event: Event, words: Words) -> str | None:
    """The happening noun a date dates, whatever the clause the sentence's headline tells: the
    one it qualifies ("the August 14 earthquake", "Tuesday's bombardment"), else the nearest
    before it with no punctuation between ("the earthquake that struck Haiti today", "the
    agreement signed on January 23", "the alleged coup attempt December 15")."""
    qualified = _qualified_noun(event, words)
    if qualified:
        return qualified
    before = _tokens_before(event)
    if before and before[0].lower() in words.other_clause and "," not in before:
        return None  # "During a visit on Thursday, she announced": the date frames the sentence
    return _noun_before(before, _DATED_REACH, words.pointers | words.articles, words)


def _attributive(event: Event, words: Words) -> bool:
    """True when a report's date stands between a determiner and the happening noun it
    qualifies ("the March 22 attack", "an overnight strike"): it dates that noun's
    happening, not the clause around it."""
    before = _tokens_before(event)
    return bool(
        before
        and before[-1].lower() in words.pointers | words.articles
        and _qualified_noun(event, words)
    )


def _qualified_noun(event: Event, words: Words) -> str | None:
    """The happening noun a date qualifies, in the :data:`_QUALIFIED_WORDS` words after it
    ("the August 14 earthquake", "Tuesday's deadly bombardment"), else ``None``; a purpose
    after the date ("marched on Sunday to demand ...") qualifies nothing."""
    rest = event.sentence[event.mention.char_end - event.sentence_start :]
    possessive = POSSESSIVE.match(rest)
    purpose = words.words("purpose_markers")
    for word in _TOKEN.findall(rest[possessive.end() if possessive else 0 :])[:_QUALIFIED_WORDS]:
        if not word[0].isalnum() or word.lower() in purpose:
            break
        if _is_happening_noun(word, words):
            return word
    return None


def _kinds(event: Event, words: EventLexicon) -> frozenset[str]:
    """The kinds of happening a report's own clause names: those of the words of its title
    up to a word opening another happening's clause ("since the signing of a truce"), and
    of the noun its date dates; only that noun's when the title does not name it (the
    headline "USAID announced $32 million" of "... the earthquake that struck on August 14").
    A headline cut short is read on to the end of its clause in the sentence ("... $32
    million in assistance for victims"). A report whose own words name no kind takes those
    of the clause right after its date telling what its toll came of ("were killed on
    Tuesday when pagers exploded"). A word names its kinds only in the sense its sentence
    gives it (see :func:`_other_senses`)."""
    dated = _dated_noun(event, words)
    title = _TOKEN.findall(event.title)
    if dated and dated not in title:
        title = []  # the headline tells another clause of the sentence than the date's
    if title:
        title += _rest_of_clause(event.sentence, title[-1], words)
    senses = _other_senses(event.sentence, words)
    bodies = _body_words(event)
    found = _tokens_kinds(
        [*_own_clause(title, words), *([dated] if dated else [])], words, senses, bodies
    )
    if found:
        return found
    rest = _TOKEN.findall(event.sentence[event.mention.char_end - event.sentence_start :])
    if rest[:1] and rest[0].lower() in words.cause_openers:
        return _tokens_kinds(_clause(rest[1:], words), words, senses, bodies)
    return found


def _body_words(event: Event) -> frozenset[str]:
    """The words written with a capital of the names of several words among a report's
    actors: a body's name says what it is, not what happened ("Jet Rescue Air Ambulance"
    names no rescue, "the Fire Services Department" no fire)."""
    return frozenset(
        word for name in event.actors if " " in name for word in name.split() if word[:1].isupper()
    )


def _own_clause(title: list[str], words: Words) -> list[str]:
    """The tokens of a headline telling its own happening: after a clause of another it
    opens with ("During a visit to the city, she announced"), up to a word opening one
    ("since the signing of a truce", "after a lightning offensive")."""
    if title and title[0].lower() in words.other_clause and "," in title:
        title = title[title.index(",") + 1 :]
    own = next((n for n, word in enumerate(title) if word.lower() in words.other_clause), None)
    return title[:own]


def _tokens_kinds(
    tokens: Sequence[str],
    words: EventLexicon,
    senses: Mapping[str, str],
    bodies: frozenset[str] = frozenset(),
) -> frozenset[str]:
    """The kinds of happening ``tokens`` name: two read together by the kinds of their
    phrase ("opened fire": shooting, no blaze), others each by its own in the sense
    ``senses`` gives it (see :func:`_word_kinds`). A function word written with a capital
    within them is a name ("on March 11": a month, no protest march), a word of a body's
    name (``bodies``, see :func:`_body_words`) names the body, and a word before a noun of
    people says who they are ("aid workers", "protest leaders"): none names a kind."""
    found: set[str] = set()
    n = 0
    while n < len(tokens):
        phrase = " ".join(tokens[n : n + 2]).lower()
        if phrase in words.phrase_kinds:
            found |= words.phrase_kinds[phrase]
            n += 2
            continue
        token = tokens[n]
        if not (
            (n and token[:1].isupper() and token.lower() in words.function_words())
            or token in bodies
            or (n + 1 < len(tokens) and tokens[n + 1].lower() in words.people_heads)
        ):
            found |= _word_kinds(token, words, senses.get(token.lower()))
        n += 1
    return frozenset(found)


@lru_cache(maxsize=1 << 12)  # reports of one sentence ask once
def _other_senses(sentence: str, words: EventLexicon) -> Mapping[str, str]:
    """Cue words of ``sentence`` the category stage reads in another sense, with that
    sense's category ("" for none): they name only the kinds of that sense ("rebels marched
    into the town": an advance, no protest; "were met with resistance": no meeting; "the
    quake struck the coast": no strike). A word used in its plain sense elsewhere in the
    sentence keeps its kinds."""
    view = sentence_view(document(sentence), (0, len(sentence)), words)
    norms = [token.norm for token in view.tokens]
    cued = {n for first, last, _ in words.cues.matches(norms) for n in range(first, last + 1)}
    plain = {
        n for match in view.cues if not match.sense for n in range(match.first, match.last + 1)
    }
    sensed = {
        n: match.category
        for match in view.cues
        if match.sense
        for n in range(match.first, match.last + 1)
    }
    plain_words = {norms[n] for n in plain}
    return MappingProxyType(
        {norms[n]: sensed.get(n, "") for n in sorted(cued - plain) if norms[n] not in plain_words}
    )


def _rest_of_clause(sentence: str, last: str, words: Words) -> list[str]:
    """The words of ``sentence`` after the last ``last`` up to the end of its clause: a
    punctuation mark but a currency sign, or a word opening another happening's clause."""
    tokens = _TOKEN.findall(sentence)
    at = next((n for n in range(len(tokens) - 1, -1, -1) if tokens[n] == last), len(tokens))
    return _clause(tokens[at + 1 :], words)


def _clause(tokens: Sequence[str], words: Words) -> list[str]:
    """``tokens`` up to the end of their clause: a punctuation mark but a currency sign, or a
    word opening another happening's clause."""
    end = next(
        (
            n
            for n, token in enumerate(tokens)
            if token.lower() in words.other_clause or _CLAUSE_END.fullmatch(token)
        ),
        len(tokens),
    )
    return list(tokens[:end])


_Read = TypeVar("_Read")


def _per_sentence(
    events: Sequence[Event],
    articles: Mapping[str, Article],
    read: Callable[[Event, EventLexicon], _Read],
) -> list[_Read]:
    """``read`` of each report, read once for all the reports of one sentence: what it reads
    of a whole sentence must not cost each of its many dates its length again."""
    found: dict[tuple[str, str], _Read] = {}
    result = []
    for event in events:
        key = (event.sentence, articles[event.article_id].language)
        if key not in found:
            found[key] = read(event, words_of(key[1]))
        result.append(found[key])
    return result


def _tokens_before(event: Event) -> list[str]:
    """The tokens of a report's sentence before its date, read once for the many questions
    asked of them (a copy: callers may change it)."""
    return list(_tokens_of_prefix(event.sentence, event.mention.char_start - event.sentence_start))


@lru_cache(maxsize=1 << 12)
def _tokens_of_prefix(sentence: str, end: int) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(sentence[:end]))


def _sites(event: Event, words: Words) -> frozenset[str]:
    """The kinds of place struck the words of a report's sentence name ("a school", "their
    house"; see the lexicon's ``sites``)."""
    return frozenset().union(
        *(_listed(token, words.sites) for token in _TOKEN.findall(event.sentence))
    )


def _named_sites(event: Event, words: Words) -> frozenset[tuple[str, frozenset[str]]]:
    """The sites a report's sentence names by a proper name, each as its kind and the words
    of its name: a site word written with a capital, ending the name, after words written
    with one, none a function word ("the Harir Air Base": ``("base", {"harir", "air"})``;
    not "the Home Office")."""
    tokens = _TOKEN.findall(event.sentence)
    function = words.function_words()
    found: set[tuple[str, frozenset[str]]] = set()
    for n, token in enumerate(tokens):
        ends = n + 1 == len(tokens) or not tokens[n + 1][:1].isupper()
        kinds = _listed(token, words.sites) if token[:1].isupper() and ends else frozenset()
        name: list[str] = []
        for word in reversed(tokens[:n] if kinds else []):
            if word == word.lower() or word.lower() in function:
                break
            name.append(word.lower())
        found.update((kind, frozenset(name)) for kind in kinds if name)
    return frozenset(found)


def _sites_named_apart(
    left: frozenset[tuple[str, frozenset[str]]], right: frozenset[tuple[str, frozenset[str]]]
) -> bool:
    """True when two reports name sites of one kind by their names and no name of one may
    be the other's (one's words all among the other's: "Ain al-Asad Air Base" and "al-Asad
    Air Base" may be one): "Bashur Air Base" and "al-Asad Air Base" are two bases."""
    return any(
        not any(
            name <= other or other <= name
            for name in (n for k, n in left if k == kind)
            for other in (n for k, n in right if k == kind)
        )
        for kind in {kind for kind, _ in left} & {kind for kind, _ in right}
    )


def _word_kinds(word: str, words: Words, sense: str | None = None) -> frozenset[str]:
    """The kinds of happening a word, or the singular of a plural, names; read in the sense
    of a category (``sense``, "" for none), those it names in that sense."""
    kinds = words.happening_kinds if sense is None else words.sense_kinds.get(sense, {})
    return _listed(word, kinds)


def _listed(word: str, kinds: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The kinds ``kinds`` gives a word, or the singular of a plural ("schools")."""
    lower = word.lower()
    return frozenset().union(
        *(
            kinds.get(lower[: len(lower) - len(plural)], frozenset())
            for plural in ("", "s", "es")
            if lower.endswith(plural)
        )
    )


def _inverse_document_frequency(features: Sequence[Mapping[str, float]]) -> dict[str, float]:
    counts: dict[str, int] = {}
    for report in features:
        for key in report:
            counts[key] = counts.get(key, 0) + 1
    total = len(features)
    return {key: math.log(1 + total / count) for key, count in counts.items()}


def _cosine(
    left: Mapping[str, float], right: Mapping[str, float], norm_left: float, norm_right: float
) -> float:
    """Cosine of two weighted feature vectors (norms given), in [0, 1]."""
    small, large = (left, right) if len(left) <= len(right) else (right, left)
    dot = sum(value * large.get(key, 0.0) for key, value in small.items())
    return dot / (norm_left * norm_right) if norm_left and norm_right else 0.0
