"""Sentence -> event: which dates mark events, and what each event is about.

:func:`build_events` turns the placed date mentions of one article into events. The
article is read once (:mod:`timeline.document`), each sentence once
(:mod:`timeline.sentence`), and each date is then placed in its clause and handed to
one function per job: :func:`~timeline.headline.headline`,
:func:`~timeline.category.categorize`, :func:`~timeline.claims.claim`,
:func:`~timeline.names.event_actors` and :func:`~timeline.names.event_places`.
Language knowledge (cue words, names, claim verbs) lives in
``lexicon/events_<lang>.toml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import timedelta
from functools import cache

from timeline.actors import CollectiveActor, is_anonymous, is_plural, list_closed_by
from timeline.category import Readings, categorize
from timeline.claims import (
    Claim,
    background_speech,
    claim,
    claim_pointing_back,
    claimant_and_speaker,
    sentence_claims,
)
from timeline.dateline import find_datelines
from timeline.document import Document, Token, document
from timeline.gazetteer import DomainPack
from timeline.headline import headline, named_together, speaker_name
from timeline.lexicon import languages as date_languages
from timeline.lexicon import load_lexicon as load_date_lexicon
from timeline.lexicon.events import EventLexicon, load_event_lexicon
from timeline.model import STORY_CUE, Article, Category, Event, Mention, Stance
from timeline.names import (
    ArticleNames,
    _plural_acting,
    article_names,
    dates_what_is_said,
    event_actors,
    event_places,
    governing_name,
    main_after_fronted,
    subject_acts,
    what_is_said,
)
from timeline.resolve import mention_in_text
from timeline.sentence import DateClause, SentenceView, date_clause, sentence_view
from timeline.text import JOINED_DATES, in_text, one_of

load_lexicon = load_event_lexicon  # the name clustering and older callers use
STORY = (STORY_CUE,)


def build_events(
    article: Article, mentions: Sequence[Mention], pack: DomainPack | None = None
) -> list[Event]:
    """The events of ``article``: one per placed mention that dates something.

    Durations, vague references, comparison ranges ("the biggest gain since 2023"),
    reach ("well into 2026") and a wire dateline's day ("KYIV, Dec. 2 (Reuters) -") date
    no event. Each event gets a title (the
    clause with the date), a category with the cues that decided it, the actors
    and places its sentence names, and who claimed it with what stance.
    """
    lexicon = load_event_lexicon(article.language)
    subject_pronouns = lexicon.words("personal_subjects")  # whose sex a headline's name takes
    doc = document(article.text)
    names = article_names(
        doc.flat, lexicon, article.language, pack, doc.text, article.title, article.outlet
    )
    dates = _Spans(sorted((m.char_start, m.char_end) for m in mentions))
    views: dict[tuple[int, int], tuple[SentenceView, tuple[Claim, ...]]] = {}
    events = []
    yielding = []  # the categories each event's weak cues alone may yield to its story
    # whether each event's date tells a statement closing a quotation opened in an earlier
    # sentence: what it says lies out of sight
    closing = []
    expressions = _expressions_of_one_date(doc.flat, mentions, article.language)
    placed = _Spans(
        [(m.char_start, m.char_end) for m, _ in expressions if m.interval_start is not None]
    )

    wire_lines = find_datelines(doc.flat)
    lines = [(line.start, line.end) for line in wire_lines]
    line_starts = [start for start, _ in lines]
    # not "QUESTION:", which names no town; a live entry's "10:40 GMT -" names no place
    filed = [(line.start, line.end) for line in wire_lines if line.town or line.place is None]
    filed_starts = [start for start, _ in filed]

    def read(span: tuple[int, int]) -> tuple[SentenceView, tuple[Claim, ...]]:
        if span not in views:
            told = _past_dateline(doc.flat, span, filed, filed_starts)
            view = sentence_view(doc, told, lexicon, dates.within(*told), placed.within(*told))
            views[span] = view, sentence_claims(view, names, dates.within(*told))
        return views[span]

    for mention, others in expressions:
        at = bisect_right(line_starts, mention.char_start) - 1
        if at >= 0 and mention.char_end <= lines[at][1]:
            continue  # the day a wire story was filed ("KYIV, Dec. 2 (Reuters) -"): no event
        span = doc.sentence_around(mention.char_start, mention.char_end)
        view, claims = read(span)
        clause = date_clause(view, mention, others)
        if not dates_an_event(clause):
            continue
        category, cues, yields = categorize(clause, article.language)
        own = (mention.char_start, mention.char_end)
        other_dates = [d for d in placed.within(*span) if d != own]
        found = claim(clause, claims, article.language)
        if found is None:
            found = _quoted_claim(doc, span, mention, read)
        if found is None:
            found = _claim_after(doc, span, read)
        said = (
            what_is_said(clause, found[0], article.language)
            if found is not None and not dates_what_is_said(clause, found[0], article.language)
            else None
        )
        places, place_coordinates = event_places(names, clause, other_dates, said)
        claimed_by, speaker, verb = "", "", ""
        stance: Stance = ""
        if found is not None:
            offset, claimant, stance = found
            claimed_by, speaker = claimant_and_speaker(claimant)
            verb = _WORD.match(doc.flat, offset).group()  # type: ignore[union-attr]
        speech = (found[0], claimed_by) if found else background_speech(clause, claims)
        # members of no one named ("the rebels said they ...") still act in what they say;
        # sources and witnesses only tell it
        members = (
            found is not None
            and not claimed_by
            and not is_anonymous(CollectiveActor(speaker, ""), article.language)
        )
        actors = event_actors(names, clause, speech, unnamed=speaker if members else "")
        if not actors:  # "X and Y arrived. On Monday, they visited Bucha": X and Y
            they = _they_meant(names, clause, claimed_by, actors=True)
            actors = tuple(names.canonical.get(name, name) for name in they)
        yielding.append(yields)
        closing.append(
            found is not None
            and not dates_what_is_said(clause, found[0], article.language)
            and any(start < view.start for start, _ in view.quotes)
        )
        start, end = span
        quoted = doc.quotes_in(mention.char_start, mention.char_end)
        # "he" in the outlet's words is whom the text shows last; in a quotation, whom the
        # speaker means, who is named most before
        pronoun = next(
            (t.start for t in view.in_span(*clause.home) if t.norm in subject_pronouns), None
        )
        # "After he met Ana Ruiz on Monday, Bo Lee said": "he" is whom the main clause opens on
        main = None
        if pronoun is not None and pronoun < clause.clauses[0][1]:
            main = main_after_fronted(clause, article.language)
        person = (
            names.person_before(mention.char_start)
            if quoted
            else names.person_meant(
                start,
                mention.char_start if main is None or pronoun is None else pronoun,
                pronoun_at=pronoun,
                main=main,
            )
        )
        events.append(
            Event(
                event_id=_event_id(article.id, mention),
                article_id=article.id,
                mention=mention,
                sentence_start=start,
                sentence_end=end,
                sentence=article.text[start:end],
                title=headline(
                    clause,
                    list_closed_by(names.entities, doc.flat, start, _headline_name(speaker, names)),
                    verb,
                    _headline_name(person, names),
                    _headline_name(speaker or names.body_before(mention.char_start), names),
                    _plural_headline_name(names, clause, claimed_by),
                    _headline_name(_body_opening(start, view, names), names),
                ),
                category=category,
                cues=cues,
                actors=tuple(dict.fromkeys(governing_name(a, article.language) for a in actors)),
                places=places,
                place_coordinates=place_coordinates,
                claimed_by=governing_name(claimed_by, article.language),
                stance=stance,
                other_mentions=others,
            )
        )
    return _in_the_story(events, closing, yielding)


def _event_id(article_id: str, mention: Mention) -> str:
    return f"{article_id}#{mention.char_start}"


def event_in_text(event: Event, text: str, offsets: Sequence[int] | None) -> Event:
    """``event``, built from the reading view of ``text`` (see
    :func:`timeline.text.reading_view`), placed in ``text`` itself: its dates, its sentence
    and its id."""
    mention = mention_in_text(event.mention, text, offsets)
    start, end = in_text(event.sentence_start, event.sentence_end, offsets)
    return replace(
        event,
        event_id=_event_id(event.article_id, mention),
        mention=mention,
        other_mentions=tuple(mention_in_text(m, text, offsets) for m in event.other_mentions),
        sentence_start=start,
        sentence_end=end,
        sentence=text[start:end],
    )


_WORD = re.compile(r"\w+")
_OPENING_QUOTE = re.compile(r"\s*[“\"]")
_TAG_WITHIN = 60  # characters from a quotation's end to the verb that says who said it


def _quoted_claim(
    doc: Document,
    span: tuple[int, int],
    mention: Mention,
    read: Callable[[tuple[int, int]], tuple[SentenceView, tuple[Claim, ...]]],
) -> Claim | None:
    """The claim of a quotation holding ``mention`` beyond the sentence ``span``: the
    speaker after a quotation that runs on into later sentences ("'Troops took it on
    Sunday. They hold it,' said X"), or, for a sentence that is a quotation of its own,
    the speaker of the quotation that ends the sentence before ("'We are ready,' X said.
    'Troops took it on Sunday.'"), also when the quotation runs on with no speaker after
    it; None for the outlet's own sentence."""
    quoted = doc.quotes_in(mention.char_start, mention.char_end)
    if not quoted:
        return None
    start, end = quoted[-1]
    if end > span[1]:  # the quotation runs on: who said it follows its end
        _, claims = read(doc.sentence_around(end - 1, end))
        tag = next((c for c in claims if end <= c[0] <= end + _TAG_WITHIN), None)
        if tag is not None:
            return tag
    first = bisect_left(doc.sentence_starts, span[0])
    if start > span[0] + 2 or first == 0 or (end <= span[1] and doc.flat[end : span[1]].strip()):
        return None  # not a sentence opening a quotation that runs to its end or beyond
    before = doc.sentences[first - 1]
    if not _OPENING_QUOTE.match(doc.flat, before[0]):
        return _closing_tag(doc, before, read)  # "…, Ana Ruiz said. “Troops took it.”"
    said = doc.flat.rfind("”", *before), doc.flat.rfind('"', *before)
    _, claims = read(before)
    return next((c for c in claims if max(said) < c[0] <= max(said) + _TAG_WITHIN), None)


_TAG_WORDS = 4  # words from a closing tag's verb to its sentence's end ("said on Sunday.")


def _closing_tag(
    doc: Document,
    sentence: tuple[int, int],
    read: Callable[[tuple[int, int]], tuple[SentenceView, tuple[Claim, ...]]],
) -> Claim | None:
    """The claim of the reporting tag ``sentence`` ends on (", spokeswoman Ana Ruiz said
    on Sunday."), whose speaker a quotation of its own after it goes on quoting; else
    None."""
    _, claims = read(sentence)
    if not claims or not claims[-1][1]:
        return None
    last = claims[-1]
    return last if len(doc.flat[last[0] : sentence[1]].split()) <= _TAG_WORDS else None


def _claim_after(
    doc: Document,
    span: tuple[int, int],
    read: Callable[[tuple[int, int]], tuple[SentenceView, tuple[Claim, ...]]],
) -> Claim | None:
    """The claim of the sentence after ``span`` when it only names who told this one
    ("This was reported by the governor"), else None."""
    following = bisect_left(doc.sentence_starts, span[1])
    if following >= len(doc.sentences):
        return None
    return claim_pointing_back(*read(doc.sentences[following]))


def _in_the_story(
    events: list[Event], closing: list[bool], yielding: list[Readings]
) -> list[Event]:
    """An event no cue classes takes the category more than half of its article's classed
    events have ("The system is expected to dissipate by late Tuesday" in a cyclone
    story): its cue says it comes from the story. So does one weak cues alone class when
    their senses can read them in that story (``yielding``, one set of readings per event,
    as ``(story's category, reading)``: "It hit the coast on Tuesday" in a cyclone story
    is the cyclone's; "the strike began at midnight" in a story of pay is a labour
    dispute's, political), a statement the date tells too: its weak
    cues are what it says ("said on Tuesday that nobody had died"). A statement without
    any cue speaks of the story as well ("“I have been deposed,” he told the radio on
    Wednesday" in a coup story), unless it closes a quotation opened in an earlier sentence
    (``closing``, one flag per event): what it says lies there, out of sight.

    The story speaks through the events its cues settle: one whose cues its story could
    read otherwise ("the strike began at midnight") has no say, unless no event is settled
    ("strike" counts for nothing in a story of a walkout, a vote and a contract)."""
    cued = [
        (event.category, any(reading != event.category for _, reading in yields))
        for event, yields in zip(events, yielding, strict=True)
        if event.cues
    ]
    counts = Counter(category for category, open_to_story in cued if not open_to_story)
    if not counts:
        counts = Counter(category for category, _ in cued)
    if not counts:
        return events
    top, count = counts.most_common(1)[0]
    if count * 2 <= counts.total():
        return events
    told = []
    for event, closes, yields in zip(events, closing, yielding, strict=True):
        reading: Category | None = top
        if event.cues or closes:
            readings = sorted(r for s, r in yields if s == top and r != event.category)
            reading = readings[0] if readings else None
        told.append(event if reading is None else replace(event, category=reading, cues=STORY))
    return told


_PUNCTUATION_BETWEEN = r"[\s,;:()\[\]–—-]*"

_ONE_DAY = timedelta(days=1)


_BETWEEN_EXPRESSIONS = re.compile(_PUNCTUATION_BETWEEN)


@cache
def _between_clock_times(language: str) -> re.Pattern[str]:
    """What may stand between one time told on two clocks: punctuation, and words saying
    where the first clock is ("2 a.m. local time (2300 GMT)")."""
    if language not in date_languages():
        return re.compile("(?!)")  # no clock words known: never
    local = one_of(load_date_lexicon(language).local_time)
    return re.compile(rf"{_PUNCTUATION_BETWEEN}(?:{local}){_PUNCTUATION_BETWEEN}", re.IGNORECASE)


# A range written as two dates: an unspaced hyphen or en dash ("April 22–23", "Monday-Tuesday")
# or a spaced en dash ("December 1 – December 2"); an em dash or a spaced hyphen opens an aside.
_RANGE_DASH = r"[-–]| – "


def _past_dateline(
    text: str, span: tuple[int, int], lines: Sequence[tuple[int, int]], starts: Sequence[int]
) -> tuple[int, int]:
    """``span`` without the dateline opening it ("KYIV (AP) — "): its words tell no part of
    the sentence's events, headline, actors or claims."""
    at = bisect_right(starts, span[0]) - 1
    if at < 0 or not lines[at][0] <= span[0] < lines[at][1] < span[1]:
        return span
    start = lines[at][1]
    while start < span[1] and text[start].isspace():
        start += 1
    return (start, span[1]) if start < span[1] else span


def _expressions_of_one_date(
    flat: str, mentions: Sequence[Mention], language: str
) -> list[tuple[Mention, tuple[Mention, ...]]]:
    """Placed mentions in text order, each with the ones that restate its date right after
    it ("late on Monday, on the eve of the talks", "on Monday (December 1)"), close the
    range it opens ("April 22–23", "from December 1 to December 3") or are written inside
    it ("2007" in "the last quarter of 2007"): expressions separated only by punctuation
    whose intervals overlap, or by a short word when one lies within the other ("Today at
    7 p.m."), or by a range dash or joining word with the later date second, date one
    happening; so is a night told with the day it ran into ("an overnight raid on Monday"),
    the day first. A mention that opens a range comes back stretched to the range's end."""
    placed = sorted((m for m in mentions if m.is_placed), key=lambda m: (m.char_start, -m.char_end))
    joiner = _joiner(language, "range_joiners", _RANGE_DASH)
    next_day = _joiner(language, "day_joiners")
    into_day = _night_into_day(language)
    between_clocks = _between_clock_times(language)
    groups: list[list[Mention]] = []
    reach = 0  # where the last group's expressions end: kept, not recounted for each date
    for mention in placed:
        if groups:
            first, last = groups[-1][0], groups[-1][-1]
            between = (last.char_end, mention.char_start)
            if (
                mention.char_start < reach  # written inside
                or (
                    _BETWEEN_EXPRESSIONS.fullmatch(flat, *between) is not None
                    and _overlap(first, mention)
                )
                or (
                    between_clocks.fullmatch(flat, *between) is not None
                    and last.granularity == mention.granularity == "time"
                    and _within_a_day(last, mention)
                )
                or (JOINED_DATES.fullmatch(flat, *between) is not None and _nested(first, mention))
            ):
                groups[-1].append(mention)
                reach = max(reach, mention.char_end)
                continue
            if into_day.fullmatch(flat, *between) is not None and _ran_into(last, mention):
                groups[-1].insert(0, mention)  # the day is the more precise of the two
                reach = max(reach, mention.char_end)
                continue
            if (joiner.fullmatch(flat, *between) is not None and _follows(last, mention)) or (
                next_day.fullmatch(flat, *between) is not None and _next_day(last, mention)
            ):
                groups[-1][0] = replace(first, interval_end=mention.interval_end)
                groups[-1].append(mention)
                reach = max(reach, mention.char_end)
                continue
        groups.append([mention])
        reach = mention.char_end
    return [(group[0], tuple(group[1:])) for group in groups]


@cache
def _joiner(language: str, name: str, alone: str = "(?!)") -> re.Pattern[str]:
    """What may stand between two dates joined by a word of the lexicon's list ``name``
    (or by the ``alone`` pattern), a part of the day after the word ("until the early
    hours of")."""
    lexicon = load_event_lexicon(language)
    joining, hours = one_of(lexicon.words(name)), one_of(lexicon.words("hours_of_a_day"))
    return re.compile(rf"{alone}|\s+(?:{joining})\s+(?:(?:{hours})\s+)?", re.IGNORECASE)


@cache
def _night_into_day(language: str) -> re.Pattern[str]:
    """What stands between a night and the day it ran into: one or two words naming what
    was done, none of them joining two happenings, then a word of ``night_into_day``."""
    lexicon = load_event_lexicon(language)
    into, joining = one_of(lexicon.words("night_into_day")), one_of(lexicon.words("day_joiners"))
    word = rf"(?!(?:{joining})\b)[^\W\d_]+"
    return re.compile(rf"\s+(?:{word}\s+){{1,2}}(?:{into})\s+", re.IGNORECASE)


def _ran_into(night: Mention, day: Mention) -> bool:
    """True when ``night`` spans into the next day and ``day`` is that one day."""
    return (
        night.granularity == "time"
        and night.interval_start is not None
        and night.interval_start != night.interval_end
        and day.interval_start == day.interval_end == night.interval_end
    )


def _next_day(first: Mention, then: Mention) -> bool:
    """True when ``then`` is one day that starts the day after ``first`` ends."""
    first_end, start, end = first.interval_end, then.interval_start, then.interval_end
    if first_end is None or start is None or end is None:
        return False
    return start == end and (start - first_end).days == 1


def _follows(first: Mention, then: Mention) -> bool:
    """True when ``then`` ends a range ``first`` starts: it begins no earlier, ends later."""
    if None in (first.interval_start, first.interval_end, then.interval_start, then.interval_end):
        return False
    return first.interval_start <= then.interval_start and first.interval_end < then.interval_end  # type: ignore[operator]


def _nested(left: Mention, right: Mention) -> bool:
    """True when one mention's interval lies within the other's."""
    a, b = (left.interval_start, left.interval_end), (right.interval_start, right.interval_end)
    if None in (*a, *b):
        return False
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])  # type: ignore[operator]


def _within_a_day(left: Mention, right: Mention) -> bool:
    """True when two mentions' intervals overlap or lie at most a day apart: one moment told
    on two clocks may fall on two days ("2 a.m. local time (22:30 GMT on Friday)" on a
    Saturday)."""
    if None in (left.interval_start, left.interval_end, right.interval_start, right.interval_end):
        return False
    # gaps, not shifted days: no overflow at either end of the calendar
    return (
        left.interval_start - right.interval_end <= _ONE_DAY  # type: ignore[operator]
        and right.interval_start - left.interval_end <= _ONE_DAY  # type: ignore[operator]
    )


def _overlap(left: Mention, right: Mention) -> bool:
    if None in (left.interval_start, left.interval_end, right.interval_start, right.interval_end):
        return False
    return left.interval_start <= right.interval_end and right.interval_start <= left.interval_end  # type: ignore[operator]


def _headline_name(claimant: str, names: ArticleNames) -> str:
    """How a headline names a claimant: a person by surname ("Ruiz said ..."), anyone else
    with the article the name takes ("the United States said ...")."""
    if claimant in names.person_names:
        return claimant.split()[-1]
    return speaker_name(claimant, names.language)


def _body_opening(start: int, view: SentenceView, names: ArticleNames) -> str:
    """Whom "it" opening the sentence at ``start`` means: the organisation or state the
    sentence before opened on; "" when the sentence opens on no "it"."""
    first = _subject_opening(view)
    if first is None or first.norm not in view.words("body_pronouns"):
        return ""
    return names.body_opening_before(start)


_FRONTED_WORDS = 6  # "Later on Tuesday, | it ...": a phrase set before the subject


def _subject_opening(view: SentenceView) -> Token | None:
    """The word the sentence's subject opens on: its first word past a conjunction, or the
    first past a phrase set off by a comma before it that holds no verb and opens no
    clause ("On Tuesday, | it ...", "In March 2012, | they ..."; not "When the talks
    ended, it ...", whose "it" may be their subject); None for a sentence with no words."""
    tokens = view.tokens
    at = next((i for i, t in enumerate(tokens) if t.norm not in view.words("coordinators")), None)
    if at is None:
        return None
    if tokens[at].norm in view.words("clause_openers"):
        return tokens[at]
    verbs = view.words("finite_starts") | view.words("be_forms") | view.words("participles")
    for i in range(at, min(len(tokens) - 1, at + _FRONTED_WORDS)):
        token = tokens[i]
        if (
            token.norm in verbs
            or token.norm in view.lexicon.stance_of
            or (
                not token.is_capitalized
                and len(token.norm) > 4
                and token.norm.endswith(("ed", "ing"))
            )
        ):
            break
        if "," in view.text[token.end : tokens[i + 1].start]:
            return tokens[i + 1]
    return tokens[at]


def _plural_headline_name(names: ArticleNames, clause: DateClause, claimed_by: str) -> str:
    """Whom "they" in the clause of the date means (:func:`_they_meant`), as a headline
    names them."""
    named = _they_meant(names, clause, claimed_by)
    return named_together([_headline_name(name, names) for name in named], names.language)


def _they_meant(
    names: ArticleNames, clause: DateClause, claimed_by: str, *, actors: bool = False
) -> list[str]:
    """Whom "they" in the clause of the date means: the actors named acting before it in
    its sentence (not one person alone), else two or more named in the sentence before and
    its own ("X and Y arrived. During the day, they visited Bucha": X and Y), else the group
    the sentence before opens on when "they" opens this one; nobody for "they" in a
    quotation, and never ``claimed_by``, who says it. For the event's ``actors``: named
    actors only, and only where "they" acts ("they signed", not "they have been banned")."""
    view = clause.view
    they = next(
        (t for t in view.in_span(*clause.home) if t.norm in view.words("plural_pronouns")), None
    )
    if they is None or any(left <= they.start < right for left, right in view.quotes):
        return []  # in a quotation, "they" is whom the speaker means
    if actors and not subject_acts(names, view.tokens, view.tokens.index(they)):
        return []  # "they have been banned": nothing done by them
    named = _they_acting(names, view, clause, claimed_by)
    if len(named) == 1 and named[0] in names.person_names:
        return []  # one person is no "they"
    doc = view.document
    before = bisect_left(doc.sentence_starts, view.start) - 1
    if not named and before >= 0:
        wide = sentence_view(doc, (doc.sentences[before][0], view.end), view.lexicon)
        named = _they_acting(names, wide, clause, claimed_by)
        named = named if len(named) > 1 else []
    if not named and they is _subject_opening(view):
        # "The rebels fired. They seized", "The rebels fired. On Monday, they seized"; for
        # the actors, only a plural group ("The army fired. They ...": not the army), as
        # its side or, without one, as written
        groups = names.group_opening_before(view.start)
        if not groups or (actors and not is_plural(groups[0], names.language)):
            return []
        return [g.side or g.text for g in groups] if actors else [groups[0].text]
    return named


def _they_acting(
    names: ArticleNames, view: SentenceView, clause: DateClause, claimed_by: str
) -> list[str]:
    """The actors "they" in the clause may mean, read in ``view``: all but the speaker."""
    return [n for n in _plural_acting(names, view, *clause.home) if n != claimed_by]


class _Spans:
    """Sorted ``(start, end)`` spans, looked up by the range they fall in."""

    def __init__(self, spans: Sequence[tuple[int, int]]):
        self.spans = spans
        self.starts = [start for start, _ in spans]

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        first = bisect_left(self.starts, start)
        last = bisect_left(self.starts, end)
        return [span for span in self.spans[first:last] if span[1] <= end]


_REACHED_GRANULARITIES = frozenset({"year", "half", "decade", "century"})


def dates_an_event(clause: DateClause) -> bool:
    """False for comparison ranges and reach; true for any other placed date."""
    view = clause.view
    lexicon = view.lexicon
    mention = clause.mention
    tokens = view.tokens
    before = [t for t in tokens if t.end <= mention.char_start and t.start >= clause.home[0]]
    inside = [t for t in tokens if mention.char_start <= t.start < mention.char_end]
    after = [t for t in tokens if t.start >= mention.char_end]
    first = inside[0].norm if inside else ""
    if ((before and before[-1].norm in lexicon.reach) or first in lexicon.reach) and (
        mention.granularity in _REACHED_GRANULARITIES
    ):
        return False  # "in force until 2027"; not "postponed until March 3", a day set
    if _starts_with(after, view.words("reach_after")):
        return False
    if mention.granularity == "year" and _names_an_edition(view, before):
        return False  # "the Finance Bill 2024": part of a name
    if _is_a_date_line(view, mention):
        return False  # "Lebanon, Sep 24", "Updated: 12 March 2025": a line heading the text
    opens_range = first in lexicon.range_openers or (
        bool(before) and before[-1].norm in lexicon.range_openers
    )
    if opens_range or _starts_with(inside, view.words("current_period")):
        return not _follows_superlative(lexicon, before)
    return True


_DATE_LINE_NAME_WORDS = 3  # "Port Sudan", "Palestinian Territories", "Updated"
_DATE_LINE_NAMES = 4  # "Gaza City, Palestinian Territories (AFP)"
_DATE_LINE_BREAK = re.compile(r"[,;:()\[\]|]")


def _is_a_date_line(view: SentenceView, mention: Mention) -> bool:
    """Whether the date's sentence is a line of its own holding only the date and at most
    a few capitalised names set apart by commas or brackets (a place, its country, an
    agency, a label) before it, or after it past a comma or a bracket ("Baku, September 24,
    AZERTAC"): it heads the text, it tells no happening."""
    text = view.text
    if not (view.start == 0 or text[view.start - 1] == "\n") or not (
        view.end == len(text) or text[view.end] == "\n"
    ):
        return False
    around = [
        token
        for token in view.tokens
        if token.end <= mention.char_start or token.start >= mention.char_end
    ]
    names = [
        part.split()
        for part in _DATE_LINE_BREAK.split(
            text[view.start : mention.char_start] + "," + text[mention.char_end : view.end]
        )
        if part.strip() and not part.strip().isdigit()  # the hours and minutes of a stamp
    ]
    after = text[mention.char_end : view.end].strip()
    return (
        # capitalised names, or the clock times of a stamp ("11 March 2025, 18:12 | Updated")
        all(token.is_capitalized or token.text.isdigit() for token in around)
        and (not after or after[0] in ",(|")  # not "Strike 2025: Dockers Walk Out", a heading
        and len(names) <= _DATE_LINE_NAMES
        and all(len(name) <= _DATE_LINE_NAME_WORDS for name in names)
    )


def _names_an_edition(view: SentenceView, before: Sequence[Token]) -> bool:
    """Whether the words right before a year end on a capitalised word of a name it is the
    edition of ("Finance Bill [2024]", "Enforcement Act of [1989]")."""
    if before and before[-1].norm == "of":
        before = before[:-1]
    return (
        bool(before)
        and before[-1].is_capitalized
        and before[-1].norm in view.words("named_editions")
    )


def _starts_with(tokens: Sequence[Token], phrases: frozenset[str]) -> bool:
    return any([t.norm for t in tokens[: len(p.split())]] == p.split() for p in phrases)


def _follows_superlative(lexicon: EventLexicon, before: Sequence[Token]) -> bool:
    """A superlative in the last words before the date, with no verb in between."""
    for token in reversed(before[-10:]):
        if token.norm in lexicon.ranks:
            return True
        if token.norm.endswith(("ing", "ed")) or token.norm in lexicon.grammar["be_forms"]:
            return False
    return False
