"""What a placing strategy sees and says.

A strategy (one per grammar rule) reads a :class:`Context`
(the text, the publication date, the words, the dates placed so far) and returns a
:class:`Placement`. The helpers here are shared by strategies of several rule families.
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache

from timeline.calendar_spans import GRANULARITY_ORDER, Span, shift_date
from timeline.lexicon import Lexicon, load_lexicon
from timeline.mentions import Found, next_word, opens_on
from timeline.model import Anchor, Granularity, Mod, TimexType
from timeline.tense import (
    Cue,
    SentenceCues,
    Tense,
    bound_pattern,
    comparison_pattern,
    current_period_end_pattern,
    dated_subject_pattern,
    happening_pattern,
    past_perfect_pattern,
    reported_figures_pattern,
    word_before,
)
from timeline.text import POSSESSIVE, QUOTE_MARKS, one_of


@dataclass(frozen=True, slots=True)
class Placement:
    """What a strategy says about one expression (a Mention without its span)."""

    value: str
    start: date | None = None
    end: date | None = None
    granularity: Granularity | None = None
    mod: Mod = ""
    anchor: Anchor = "dct"
    type: TimexType | None = None


def choose(
    options: list[tuple[Span, str]], dct: date, tense: Tense, *, penalty_days: int
) -> tuple[Span, str]:
    """Pick the option closest to the publication date, counting an option on the
    wrong side of the tense as ``penalty_days`` further away (ties go to the past).

    A large penalty makes tense decide ("in March" in a December story is the March
    before); a moderate one lets a near date beat a far one whose side fits the tense
    ("payable Dec. 15" in a November story told in the past tense).
    """

    def cost(option: tuple[Span, str]) -> tuple[int, int]:
        (first, last), _ = option
        gap = (first - dct).days if first > dct else (dct - last).days if last < dct else 0
        wrong_side = (tense == "past" and first > dct) or (tense == "future" and last < dct)
        return gap + (penalty_days if wrong_side else 0), 0 if first <= dct else 1

    return min(options, key=cost)


# A paragraph carrying a narration on ("Then in April, ...") looks this many paragraphs
# back for the story's time (news gives a sentence or two a paragraph).
PARAGRAPHS_GONE_ON = 3


@cache
def narration_goes_on_pattern(language: str) -> re.Pattern[str]:
    """A word of ``narration_goes_on`` opening a paragraph."""
    words = one_of(load_lexicon(language).narration_goes_on)
    return re.compile(rf"\s*{words}(?!\w)", re.IGNORECASE)


@cache
def year_clause_pattern(language: str) -> re.Pattern[str]:
    """A comma and a word of ``year_clause_openers`` right after a year ("in 2021, when")."""
    words = one_of(load_lexicon(language).year_clause_openers)
    return re.compile(rf",\s*{words}(?!\w)", re.IGNORECASE)


# A comma and a preposition right before a date set off as an aside (", in May,").
_DATE_ASIDE = re.compile(r",\s+\w+\s+\Z")

# The days before publication a news report tells of: a day told this many days before
# it at most carries on to a time of day told later without its day.
_NEWS_DAYS = 7
# The hour that parts a night's evening from the morning it runs into.
_NOON = 12
# A clock time of the evening, up to midnight ("T23:00", "T24:00"), and the hour the
# small hours after it end on.
_EVENING_CLOCK = re.compile(r"T(?:1[89]|2[0-4]):")
_SMALL_HOURS_END = 6
# How many dates told before a clock time are searched for a day inside a longer date
# of its sentence (see Context.day_told_within): a bound that keeps the cost linear.
_DAYS_LOOKED_BACK = 20
# How far, in characters from its verb, a day told after a verb of saying may stand to
# date the saying: "said in a statement on Sunday", not "said the town had been cut off
# for weeks and that strikes had hit it on Thursday".
_SAYING_TO_ITS_DAY = 40
_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
# Dates joined by "or"/"and" alone whose tense is the first's, followed back from the last
# ("late Wednesday or early Thursday"): a bound, so that a list of dates costs its length.
_MOST_JOINED_DATES = 8
# How far before a weekday the word opening its clause may lie ("after the bloc on").
_SUBJECT_REACH = 60


# A year this far after the date a narration had reached is named in passing (see
# Context._aside).
ASIDE_YEARS = 10


# Penalties for a date on the wrong side of the tense (see choose()): for a day, nine
# months (a near date beats a far one); for a month or season, more than any gap.
DAY_PENALTY = 270


MONTH_PENALTY = 366


# A story moves on: told from a story's month or day (Context.narrating), a month behind
# it counts as this much further than one ahead ("The war began in February 2022. By
# September, ..." is September 2022; "In March 1944 ... In January" January 1944).
STORY_ONWARD_DAYS = 90


def _names_a_day(placement: Placement) -> bool:
    """Whether ``placement`` is a day or a time of day."""
    return placement.granularity in ("day", "time") and placement.start is not None


def _start_of(told: tuple[Found, Placement]) -> int:
    return told[0].start


def _day_of(placement: Placement, hour: int | None = None, *, told_after: bool = False) -> date:
    """The day a placed day or time stands for: a night's is the day it runs into, and
    for a clock time at ``hour`` told on it, that one's morning before noon, else the
    evening it began on. A clock time in the small hours ``told_after`` one in the
    evening ("at 11 PM ... Finally, at 1:04 AM") is on the day after it."""
    assert placement.start is not None
    if told_after and hour is not None and hour < _SMALL_HOURS_END:
        if _EVENING_CLOCK.search(placement.value):
            return placement.start + timedelta(days=1)
    if not placement.value.endswith("TNI") or placement.end is None:
        return placement.start
    if hour is None:
        return placement.end
    return placement.start + timedelta(days=1) if hour < _NOON else placement.start


@dataclass
class Context:
    """What strategies may look at: the text, the publication date, the words, and
    the dates placed so far (for relational expressions)."""

    text: str
    dct: date
    lexicon: Lexicon
    sentences: Sequence[tuple[int, int]]
    placed: list[tuple[Found, Placement]]
    paragraphs: Sequence[int] = (0,)
    narrative: bool = False
    cues: dict[tuple[int, int], SentenceCues] = field(default_factory=dict)
    reporting: dict[tuple[int, int], list[int]] = field(default_factory=dict)
    # Where each day written with its year was told, by (month, day), in text order.
    written_days: dict[tuple[int, int], list[tuple[int, date]]] = field(default_factory=dict)
    # The dates of ``placed`` that name a day or a time of day, in text order: looking
    # for the day nearest a date costs the days looked at, not every date between.
    days: list[tuple[Found, Placement]] = field(default_factory=list)
    # True while placing an expression from a story's own time (see story_date), where
    # the verbs' tense tells of the narration, not of the side of the reference date.
    # The granularity of the story's date then: a story told by its months and days
    # moves on from them (see weighing).
    narrating: Granularity | None = None
    # Rules whose dates are points of comparison, never the focus (Rule.compared).
    compared: frozenset[str] = frozenset()
    # Weekdays (Monday is 0) the story tells on the coming such day and on the one gone
    # by (see timeline.resolve.weekdays_told_ahead): every bare one names the coming day.
    weekdays_ahead: frozenset[int] = frozenset()

    def story_day_ahead(self, day: date) -> bool:
        """True for the coming day of a weekday the story tells ahead (``weekdays_ahead``):
        its day whatever the tense of a clause that names it."""
        return day.weekday() in self.weekdays_ahead and 0 < (day - self.dct).days < 7

    def sentence_of(self, found: Found) -> tuple[int, int]:
        index = bisect.bisect_right(self.sentences, (found.start, math.inf)) - 1
        if index < 0:
            return 0, len(self.text)
        return self.sentences[index]

    def tense(self, found: Found, *, deadlines: bool = True) -> Tense:
        """Tense of the clause around ``found`` (see :meth:`_clause_tense`), where a date
        something was put off to lies ahead however the putting off is told ("the vote
        was postponed to mid-April", "talks were pushed back to Friday")."""
        tense = self._clause_tense(found, deadlines=deadlines)
        return "future" if tense == "past" and put_off_to(found, self) else tense

    def _clause_tense(self, found: Found, *, deadlines: bool) -> Tense:
        """Tense of the clause around ``found``.

        A word right before it can decide ("until", "payable", "expected" -> future;
        "since" -> past); ``deadlines=False`` ignores the deadline ones (weekdays: "had
        not called him until Thursday"), not what is expected ("landfall expected late
        Wednesday").
        Otherwise the nearest tense word before it in its sentence, else the nearest
        after it. Bare "-ed" forms count as past unless a determiner makes them
        adjectives ("the planned talks").
        """
        if self.narrating:
            return "unknown"
        for _ in range(_MOST_JOINED_DATES):
            previous = word_before(self.text, found.start)
            if deadlines and previous in self.lexicon.future_before:
                return "future"
            if previous in self.lexicon.expected_before or self._expected_through_a_lead(found):
                return "future"
            if (joined := self.joined_to(found)) is None:
                break
            found = joined  # "late Wednesday or early Thursday": the tense of the first
        if self._headline_infinitive_before(found):
            return "future"  # "Storm Amy to hit Shropshire on Saturday"
        previous = word_before(self.text, found.start)
        if current_period_end_pattern(self.lexicon.language).search(
            self.text, max(0, found.start - 60), found.start
        ):
            return "future"  # "the current quarter ending Aug. 31"
        if reported_figures_pattern(self.lexicon.language).search(
            self.text, max(0, found.start - 40), found.start
        ):
            return "past"  # "will publish its figures for November": a month gone by
        if previous in self.lexicon.past_before:
            return "past"
        before, after = self.cues_of(found).around(found.start, found.end)
        if after and self._subject_then_verb(found, previous, after[0]):
            return after[2]  # "an appeals court Tuesday shot down the request"
        if before and not self._opens_reported_clause(found):
            return self._before_the_present(found, before[2])
        if not after and before:
            return self._before_the_present(found, before[2])
        if not after:
            return self._before_the_present(found, "unknown")
        start, end, kind = after
        if kind == "future" and _folded(self.text[start:end]) in self.lexicon.commitment_cues:
            return "past"  # "Late Monday, officials decided to cut": the decision's date
        if kind == "future" and (
            self._said_of_a_happening(found, start) or self._said_in_the_present(found, start)
        ):
            kind = "unknown"  # "after the May 12 announcement that it would disband"
        return self._before_the_present(found, kind)

    def _headline_infinitive_before(self, found: Found) -> bool:
        """Whether ``found`` lies in a headline (the text's first line, with no stop at its
        end) after a word of ``headline_infinitive`` that follows the subject (it opens no
        headline) and comes before a verb: "Storm Amy to hit Shropshire on (Saturday)"."""
        first = len(self.text) - len(self.text.lstrip())
        line_end = self.text.find("\n", first)
        if line_end < 0 or found.end > line_end or found.start < first:
            return False
        if self.text[first:line_end].rstrip()[-1:] in ".!?:":
            return False
        words = _WORDS.findall(self.text, first, found.start)
        for marker, verb in zip(words[1:], words[2:], strict=False):
            if marker.lower() in self.lexicon.headline_infinitive and verb.islower():
                return verb not in self.lexicon.determiners
        return False

    def _said_of_a_happening(self, found: Found, cue_start: int) -> bool:
        """Whether the cue at ``cue_start`` tells what a happening named after a word of
        ``earlier_happening`` said, in a clause a word of ``reported_clause_openers``
        opens between them: "after the party's May 12 announcement that it would"."""
        between = self.text[found.end : cue_start].lower().split()
        openers = self.lexicon.reported_clause_openers
        return any(word in openers for word in between) and self.after_happening(found)

    def _said_in_the_present(self, found: Found, cue_start: int) -> bool:
        """Whether the cue at ``cue_start`` tells what a verb of ``reporting_present``
        between ``found`` and it reports: the date is the saying's, not what is said
        ("May 13: Arce says he will not run", "Zelensky says Sunday he will go")."""
        between = self.text[found.end : cue_start].lower().split()
        return any(word in self.lexicon.reporting_present for word in between)

    def joined_to(self, found: Found) -> Found | None:
        """The date ``found`` is joined to by a word of ``shared_tense_joins`` alone, right
        before it ("expected late Wednesday [or] early Thursday"), if any."""
        at = self.placed_index(found.start)
        if at == 0:
            return None
        earlier = self.placed[at - 1][0]
        between = self.text[earlier.end : found.start].split()
        return (
            earlier
            if between
            and between[0].lower() in self.lexicon.shared_tense_joins
            and len(between) == 1
            else None
        )

    def _expected_through_a_lead(self, found: Found) -> bool:
        """Whether a participle of what is expected and a phrase of ``expected_leads`` come
        right before ``found`` ("with results expected on (January 5)", "a reply due no
        later than (Friday)"), not in a comparison ("lower than expected on (Monday)")."""
        words = self.text[max(0, found.start - 40) : found.start].lower().split()
        lexicon = self.lexicon
        for lead in lexicon.expected_leads:
            size = len(lead.split())
            if " ".join(words[-size:]) != lead or len(words) <= size:
                continue
            participle = words[-size - 1]
            before = words[-size - 2] if len(words) > size + 1 else ""
            return participle in lexicon.expected_before and (
                f"{before} {participle}" not in lexicon.not_cues
            )
        return False

    def _subject_then_verb(self, found: Found, previous: str, verb_start: int) -> bool:
        """Whether a weekday stands between its clause's subject and verb, the verb
        right after it ("a court Tuesday shot down", "officials Monday said"): no word
        leading a date comes before it ("in", "on", "for", "by"), unless it is "on" after
        the subject of a clause opened right before ("after the bloc on Wednesday
        imposed", :func:`dated_subject_pattern`)."""
        if found.rule != "weekday" or self.text[found.end : verb_start] != " " or not previous:
            return False
        lexicon = self.lexicon
        if previous in lexicon.subject_day_leads:
            first = max(self.sentence_of(found)[0], found.start - _SUBJECT_REACH)
            subject = dated_subject_pattern(lexicon.language)
            return subject.search(self.text, first, found.start) is not None
        return (
            previous not in lexicon.month_context
            and previous not in lexicon.looks_ahead
            and previous not in lexicon.future_before
        )

    def _before_the_present(self, found: Found, tense: Tense) -> Tense:
        """``tense``, but past for a happening named after a word that puts it before a
        clause told in the present ("It comes after a strike in May")."""
        if tense in ("present", "unknown") and self.after_happening(found):
            return "past"
        return tense

    def _opens_reported_clause(self, found: Found) -> bool:
        """Whether ``found`` opens a reported clause, right after its opening word or
        that word and a word leading a date ("said that on Friday the talks will resume"),
        or a joined clause, after a joining word and a word leading a date ("..., and on
        Thursday he released")."""
        words = self.text[max(0, found.start - 20) : found.start].lower().split()
        openers, lexicon = self.lexicon.reported_clause_openers, self.lexicon
        if not words or words[-1] in openers:
            return bool(words)
        if words[-1] in lexicon.subject_clause_openers:
            # "as the summer approaches": the date is the clause's subject (not "as soon
            # as Tuesday")
            return self.text[found.start : found.end].split()[0].lower() in lexicon.definite
        return (
            len(words) > 1
            and (words[-2] in openers or words[-2] in lexicon.clause_joiners)
            and (words[-1] in lexicon.day_alone_before or words[-1] in lexicon.month_context)
        )

    def weighing(self, found: Found, tense: Tense, penalty_days: int) -> tuple[Tense, int]:
        """The side and the penalty :func:`choose` weighs a month's options by: those of
        the clause's tense, but from a story's month or day, onward for a month the
        story reaches ("By September"; from a year's middle, the nearest is that
        year's)."""
        if self.narrating in (None, "year"):
            return tense, penalty_days
        if word_before(self.text, found.start) not in self.lexicon.reached_by:
            return tense, penalty_days
        return "future", STORY_ONWARD_DAYS

    def after_happening(self, found: Found) -> bool:
        """True when ``found`` dates a happening named after a word that puts it before
        the clause's own time ("jailed after his arrest March 3", "since the strike of
        January 5")."""
        first = max(self.sentence_of(found)[0], found.start - 80)
        before = self.text[first : found.start]
        aside = _DATE_ASIDE.search(before)
        if aside is not None and self.text.startswith(",", found.end):
            # "follows a missile strike, in May, on a store": the aside dates the noun
            before = before[: aside.start()] + before[aside.start() + 1 :]
        return happening_pattern(self.lexicon.language).search(before) is not None

    def told_by_a_past_verb(self, found: Found) -> bool:
        """True when the tense word deciding ``found``'s clause is a past verb that
        reports no statement, with no word looking ahead between them ("invaded
        Ukraine on Feb. 24", not "invited them to a ceremony on March 12" nor "said the
        vote on March 3 was postponed")."""
        before = self.cues_of(found).last_before(found.start)
        if not before or before[2] != "past":
            return False
        start, end, _ = before
        cue = _folded(self.text[start:end])
        if cue in self.lexicon.reporting:
            return False
        # a past form's own words look nowhere ("failed to [win]"), a plan's do ("had been
        # set to [expire]")
        first = end if cue in self.lexicon.past_cues else start
        words = _WORDS.findall(self.text[first : found.start].lower())
        ahead = {
            word
            for at, word in enumerate(words)
            if word in self.lexicon.looks_ahead and not self._gives_a_cause(words, at)
        }
        return not ahead and not self.sets_a_time(found)

    def _gives_a_cause(self, words: Sequence[str], at: int) -> bool:
        """Whether ``words[at]`` (``words`` running from the verb governing it) is a word
        of ``target_leads`` giving a cause, after a word of ``cause_before_for`` ("jailed
        (him) for", "thanked the volunteers for"), not a time ahead."""
        return words[at] in self.lexicon.target_leads and not (
            self.lexicon.cause_before_for.isdisjoint(words[:at])
        )

    def target_side(self, found: Found) -> Tense | None:
        """The side of DCT a day of the week or of the month set as a target lies on, or
        None for a date no target. A target stands alone (see :meth:`_ends_its_phrase`)
        after a word of ``target_leads`` that follows the verb governing it, or any word
        where no tense word comes before it, and gives no cause: "called a strike for
        (Friday)", "the vote was set for (Monday)", not "gathered for Friday prayers",
        "jailed for Friday's riot" nor "had called a strike for Friday" (a plan before a
        past time). It lies ahead of the telling ("future"), unless a past verb follows
        right after it, of which the phrase holding it is the subject: a plan a verb
        before governs may then have fallen on either side ("unknown": "a service
        planned for (Saturday) was cancelled"), and a day no verb before governs is
        that verb's ("figures for (Tuesday) were released": None)."""
        lexicon = self.lexicon
        if self.narrating or {"weekday", "month"}.isdisjoint(found.parts):
            return None  # told from a story's time, the tense tells of the narration
        last = found
        for _ in range(_MOST_JOINED_DATES):  # "for Friday and Saturday": the first's lead
            if (joined := self.joined_to(found)) is None:
                break
            found = joined
        if word_before(self.text, found.start) not in lexicon.target_leads:
            return None
        if not self._ends_its_phrase(last):
            return None
        first = self.sentence_of(found)[0]
        cues = self.cues_of(found)
        before = cues.last_before(found.start)
        if before is not None:
            if past_perfect_pattern(lexicon.language).search(self.text, first, before[0]):
                return None
            first = before[0]
        words = _WORDS.findall(self.text[first : found.start].lower())
        if len(words) < 2 or self._gives_a_cause(words, len(words) - 1):
            return None
        after = cues.first_after(last.end)
        if (
            after is not None
            and after[2] == "past"
            and not self.text[last.end : after[0]].strip()
            and _folded(self.text[after[0] : after[1]]) not in lexicon.reporting
        ):
            return "unknown" if before is not None else None
        return "future"

    def _ends_its_phrase(self, found: Found) -> bool:
        """Whether ``found`` ends the phrase it stands in, qualifying no noun after it:
        no "'s" and no word after it, or a word of ``day_alone_after`` or
        ``month_context`` ("for (Friday) in Rome", not "for Friday prayers")."""
        following = next_word(self.text, found.end)
        lexicon = self.lexicon
        return not POSSESSIVE.match(self.text, found.end) and (
            not following
            or following in lexicon.day_alone_after
            or following in lexicon.month_context
        )

    def given_a_name(self, found: Found) -> bool:
        """True when ``found`` stands right after a verb of naming and right before the
        name it is given, in quotation marks, after a word of ``naming_before_name`` or
        opening on one of ``names_given``: "has called (April 2) "Liberation Day"",
        "declared (Friday) as a day of mourning", "declared (Sunday) a day of mourning"."""
        lexicon = self.lexicon
        if word_before(self.text, found.start) not in lexicon.naming:
            return False
        after = self.text[found.end : found.end + 3].lstrip()
        return (
            after[:1] in QUOTE_MARKS
            or next_word(self.text, found.end) in lexicon.naming_before_name
            or opens_on(self.text, found.end, lexicon.names_given)
        )

    def sets_a_time(self, found: Found) -> bool:
        """True when ``found`` qualifies a noun of a time set ahead ("a Nov. 27 deadline",
        "a hearing date of Jan. 27")."""
        if opens_on(self.text, found.end, self.lexicon.set_times):
            return True
        before = self.text[max(0, found.start - 30) : found.start]
        return _set_time_before_pattern(self.lexicon.language).search(before) is not None

    def names_a_contract(self, found: Found) -> bool:
        """True when ``found`` names what a contract is traded for, right before a noun
        of ``traded_for`` or one word before it ("December gold futures", "the March
        contract", "for May delivery")."""
        nouns = self.lexicon.traded_for
        if opens_on(self.text, found.end, nouns):
            return True
        word = _FIRST_WORD.match(self.text, found.end)
        return word is not None and opens_on(self.text, word.end(), nouns)

    def committed(self, found: Found) -> bool:
        """True when the tense word deciding ``found``'s clause is a verb of commitment
        told before it ("vowed to respond to Thursday's raid")."""
        before = self.cues_of(found).last_before(found.start)
        return before is not None and (
            _folded(self.text[before[0] : before[1]]) in self.lexicon.commitment_cues
        )

    def written_before(self, found: Found, month: int, day_number: int) -> date | None:
        """The day of this month and day written with its year before ``found``
        ("On October 7, 2023, ... the attacks on October 7")."""
        written = self.written_days.get((month, day_number))
        return written[0][1] if written and written[0][0] < found.start else None

    def place(self, found: Found, placement: Placement) -> None:
        """Add ``found``'s placement to ``placed``, in text order."""
        if self.placed and found.start < self.placed[-1][0].start:
            bisect.insort_right(self.placed, (found, placement), key=_start_of)
        else:
            self.placed.append((found, placement))  # the first pass: in text order
        self._note_written_day(found, placement, add=True)
        self._note_day(found, placement, add=True)

    def replace_placed(self, at: int, placement: Placement) -> None:
        """Place the date at ``at`` in ``placed`` anew."""
        found, before = self.placed[at]
        self._note_written_day(found, before, add=False)
        self.placed[at] = (found, placement)
        self._note_written_day(found, placement, add=True)
        self._note_day(found, before, add=False)
        self._note_day(found, placement, add=True)

    def _note_day(self, found: Found, placement: Placement, *, add: bool) -> None:
        if not _names_a_day(placement):
            return
        if add:
            bisect.insort_right(self.days, (found, placement), key=_start_of)
        else:
            self.days.remove((found, placement))

    def _note_written_day(self, found: Found, placement: Placement, *, add: bool) -> None:
        day = placement.start
        if placement.anchor != "absolute" or placement.granularity != "day" or day is None:
            return
        written = self.written_days.setdefault((day.month, day.day), [])
        if add:
            bisect.insort(written, (found.start, day))
        else:
            written.remove((found.start, day))

    def told_before(
        self,
        found: Found,
        unit: Granularity,
        *,
        same_sentence: bool = False,
        skip_compared: bool = False,
        up_to: date | None = None,
    ) -> Placement | None:
        """The latest date told before ``found`` at least as precise as ``unit``
        (only in its sentence if ``same_sentence``; not a point of comparison if
        ``skip_compared``; none starting after ``up_to``)."""
        limit = GRANULARITY_ORDER.index(unit)
        first = self.sentence_of(found)[0] if same_sentence else 0
        for _, earlier, placement in self.placed_before(found.start, first):
            if placement.start is None or (up_to is not None and placement.start > up_to):
                continue
            if skip_compared and earlier.rule in self.compared:
                continue
            if placement.granularity is None or placement.type in ("DURATION", "SET"):
                continue
            if placement.value.endswith("_REF"):
                continue
            if GRANULARITY_ORDER.index(placement.granularity) <= limit:
                return placement
        return None

    def told_right_after(self, found: Found, unit: Granularity) -> date | None:
        """The start of a date at least as precise as ``unit`` that follows ``found``
        with only determiners between ("the day after the Nov. 5 election")."""
        limit = GRANULARITY_ORDER.index(unit)
        at = self.placed_index(found.end)
        if at == len(self.placed):
            return None
        later, placement = self.placed[at]
        between = self.text[found.end : later.start].lower().split()
        if any(word not in self.lexicon.determiners for word in between):
            return None
        if placement.start is None or placement.granularity is None:
            return None
        if placement.type in ("DURATION", "SET") or placement.value.endswith("_REF"):
            return None
        return placement.start if GRANULARITY_ORDER.index(placement.granularity) <= limit else None

    def story_date(self, found: Found) -> tuple[date, Granularity] | None:
        """The time a passage narrates, when it is not the publication's: the middle of
        the latest date told before ``found`` in its paragraph (anywhere before it in a
        text that narrates, see :func:`narrates`) if that date was written out or read
        from the text and lies in another year than DCT ("In 1944 ... by early
        October"). A date counted from DCT in between brings the story back to the
        present, unless ``found``'s paragraph carries the story on ("Then in April"),
        whatever the tense of the sentences between."""
        first = 0
        goes_on = False
        if not self.narrative:
            paragraph = bisect.bisect_right(self.paragraphs, found.start) - 1
            goes_on = self._goes_on(self.paragraphs[paragraph], found)
            if goes_on:
                paragraph = max(0, paragraph - PARAGRAPHS_GONE_ON)
            first = self.paragraphs[paragraph]
        year: Placement | None = None  # a year told last; a finer date in it may precede
        looked = 0
        for at, earlier, placement in self.placed_before(found.start, first):
            if placement.start is None:
                continue
            if looked > 3:
                break
            if placement.end is None or placement.type in ("DURATION", "SET"):
                continue
            if placement.granularity in (None, "decade", "century"):
                continue
            before = word_before(self.text, earlier.start)
            if placement.granularity not in ("day", "time") and (
                self._bounds(earlier) or (not self.narrative and self._ends_a_range(at))
            ):
                continue  # "since 1990", "from 2019 to 2021" bound a period; "until
                # October 15" is a point
            if (
                before in self.lexicon.attributive_before
                or _POSSESSIVE_BEFORE.search(self.text, max(0, earlier.start - 4), earlier.start)
                or self._in_brackets(earlier)
            ):
                continue  # "the 2019 study", "Eritrea's 1993 secession", "the Constitution
                # (1790)": a thing's date
            if not self.narrative and self._set_off(earlier, found):
                continue  # "Airbus, which was founded in 1970, said in February"
            if before in self.lexicon.comparison_cues or self._looks_back(earlier, placement):
                continue  # "gains from the previous year": a point of comparison
            if self._past_perfect(earlier):
                continue  # "forces that had invaded Burma in late 1943": further back
            if placement.anchor == "dct" or placement.start.year == self.dct.year:
                break
            if placement.granularity == "year" and self.tense(earlier) == "future":
                continue  # "a campaign planned for 1976": a prospect, not the story's time
            if not self.narrative and (
                self.tense(earlier) == "future" or put_off_to(earlier, self)
            ):
                continue  # in news, "the trial will open on January 2, 2013", "the vote
                # was postponed to March 3, 2026": a prospect too
            if placement.granularity == "year" and self._aside(earlier, placement):
                continue
            if (
                year is not None
                and year.start is not None
                and placement.start.year != year.start.year
            ):
                break
            back_to_now = not goes_on and self._present_between(earlier, found)
            if placement.granularity != "year":
                if back_to_now:
                    return None
                middle = placement.start + (placement.end - placement.start) / 2
                return middle, placement.granularity
            if year is None and back_to_now:
                return None
            year = year or placement  # "December 7, 1941 ... in 1941 ... In January"
            looked += 1
        if year is None or year.start is None or year.end is None:
            return None
        return year.start + (year.end - year.start) / 2, "year"

    def in_a_clause_of_year(self, found: Found, year: int) -> bool:
        """True when ``found`` lies in a clause opened right after ``year``, written out
        before it in its sentence, by a comma and a word of ``year_clause_openers`` ("was
        last halted in 2021, when it stopped in May"): the clause tells of that year."""
        first, _ = self.sentence_of(found)
        pattern = year_clause_pattern(self.lexicon.language)
        return any(
            placement.anchor == "absolute"
            and placement.start is not None
            and placement.start.year == year
            and pattern.match(self.text, earlier.end, found.start) is not None
            for _, earlier, placement in self.placed_before(found.start, first)
        )

    def in_past_perfect(self, found: Found, *, whole_sentence: bool = False) -> bool:
        """True when an auxiliary of the past perfect ("had") comes before ``found`` in
        its sentence (anywhere in it with ``whole_sentence``)."""
        first, last = self.sentence_of(found)
        words = self.text[first : last if whole_sentence else found.start].lower().split()
        return any(word in self.lexicon.past_perfect for word in words)

    def _goes_on(self, paragraph: int, found: Found) -> bool:
        """True when ``found``'s paragraph, from ``paragraph``, opens on a word that
        carries the narration before it on ("Then in April, ...")."""
        return (
            narration_goes_on_pattern(self.lexicon.language).match(
                self.text, paragraph, found.start
            )
            is not None
        )

    def _past_perfect(self, told: Found) -> bool:
        """True when the tense word deciding ``told``'s clause is a verb in the past
        perfect in a relative clause ("forces that had invaded Burma in late 1943"): a
        time before the one the passage tells. A main clause in the past perfect may
        carry the story on ("Troops had retreated by May 1943. In July ...")."""
        first = self.sentence_of(told)[0]
        before = self.cues_of(told).last_before(told.start)
        if not before:
            return False
        start = before[0]
        # "that had invaded", "who had already left", "which had been taken"
        words = self.text[max(first, start - 30) : start].lower().split()[-3:]
        return any(
            word in self.lexicon.past_perfect and earlier in self.lexicon.relative_pronouns
            for earlier, word in zip(words, words[1:], strict=False)
        )

    def _bounds(self, told: Found) -> bool:
        """True when ``told`` follows a word that bounds a period, right before it or
        opening the phrase it ends ("since 1990", "lasted until the fall of Budapest in
        February 1945")."""
        first = max(self.sentence_of(told)[0], told.start - 60)
        pattern = bound_pattern(self.lexicon.language)
        return pattern.search(self.text, first, told.start) is not None

    def _ends_a_range(self, at: int) -> bool:
        """True when the date at ``at`` in ``placed`` opens or closes a range
        ("from 2020-2022", "between 2015 and 2018")."""
        if self.range_start(self.placed[at][0]) is not None:
            return True
        later = self.placed[at + 1][0] if at + 1 < len(self.placed) else None
        return later is not None and self.range_start(later) == at

    def _in_brackets(self, told: Found) -> bool:
        """True for an expression that fills a pair of brackets alone ("the Civil
        Constitution of the Clergy (1790)"): an aside, not the time a passage tells."""
        before = self.text[max(0, told.start - 2) : told.start].rstrip()
        return before.endswith("(") and self.text[told.end : told.end + 2].lstrip().startswith(")")

    def _set_off(self, told: Found, found: Found) -> bool:
        """True when ``told`` lies in a clause set off by a comma before ``found`` and
        opened by a relative word or a past participle (see ``aside_openers``), in
        ``found``'s sentence or one before, also one opening its sentence ("Airbus, which
        was founded in 1970, said in February"; "Talks, which restarted in 2022, have
        stalled. In September, ..."; "Founded in 2019, the group grew. In March, ...");
        the end of its sentence closes such a clause too ("against the governor, who took
        office in 2019. In March, ...")."""
        first, last = self.sentence_of(told)
        closed_by_its_sentence = found.start >= last
        if not closed_by_its_sentence and not _CLAUSE_CLOSE.search(
            self.text, told.end, min(last, found.start)
        ):
            return False
        opened = self.text.rfind(",", first, told.start)
        word = _FIRST_WORD.match(self.text, opened + 1 if opened >= 0 else first)
        if word is None:
            return False
        opener = word.group(1).lower()
        if opener in self.lexicon.aside_openers:
            return True
        ending = self.lexicon.regular_past_ending
        return (
            opener.endswith(ending)
            and len(opener) > len(ending) + 2
            and not self._after_apposition(first, opened)
        )

    def _after_apposition(self, first: int, comma: int) -> bool:
        """True when the stretch before ``comma`` is an apposition set off by a comma and
        opened by a determiner ("Moldova, a former Soviet republic, applied"): the word
        after ``comma`` is the subject's verb, not a participle opening an aside."""
        opened = self.text.rfind(",", first, comma) if comma >= 0 else -1
        word = _FIRST_WORD.match(self.text, opened + 1) if opened >= 0 else None
        return word is not None and word.group(1).lower() in self.lexicon.determiners

    def _looks_back(self, told: Found, placement: Placement) -> bool:
        """True for a unit counted back from the story's own time ("the gains of the
        previous year"): it looks back from the story, which stays where it was."""
        relation = _folded(told.parts.get("rel") or "")
        return placement.anchor == "text" and self.lexicon.shifts.get(relation, 0) < 0

    def _aside(self, told: Found, year: Placement) -> bool:
        """True when, in a text that narrates, a year lies more than a decade after the
        finer date told before it: later history named in passing ("documents found in
        2004 proved ..."), after which the story goes on where it was."""
        if not self.narrative or year.start is None:
            return False
        for _, _, placement in self.placed_before(told.start):
            if placement.start is None:
                continue
            if placement.granularity not in ("day", "time", "week", "month", "season"):
                continue
            return year.start.year - placement.start.year > ASIDE_YEARS
        return False

    def _present_between(self, earlier: Found, found: Found) -> bool:
        """True when, in news, a sentence between ``earlier`` and ``found`` is told in
        the present and not in the past: the passage has come back to the moment of
        writing ("... took part in referendums in 2022. This is crucial ... At the end of
        November")."""
        if self.narrative:
            return False
        first = bisect.bisect_right(self.sentences, (earlier.start, math.inf))
        last = bisect.bisect_right(self.sentences, (found.start, math.inf)) - 1
        for start, end in self.sentences[first:last]:
            if self.sentence_cues(start, end).told_in_present():
                return True
        return False

    def sentence_cues(self, first: int, last: int) -> SentenceCues:
        """Tense words of the sentence ``text[first:last]``, read once when first needed."""
        if (first, last) not in self.cues:
            language = self.lexicon.language
            self.cues[first, last] = SentenceCues.read(self.text, language, first, last)
        return self.cues[first, last]

    def cues_of(self, found: Found) -> SentenceCues:
        """Tense words of ``found``'s sentence."""
        return self.sentence_cues(*self.sentence_of(found))

    def placed_index(self, offset: int) -> int:
        """Where in ``placed`` (kept in text order) the dates starting at ``offset`` or
        later begin."""
        return bisect.bisect_left(self.placed, offset, key=_start_of)

    def placed_before(self, offset: int, since: int = 0) -> Iterator[tuple[int, Found, Placement]]:
        """The dates placed so far that start in ``[since, offset)``, latest first, with
        their index in ``placed``: found by bisection, so that looking back from a date
        costs what is looked at, not the whole text."""
        for at in range(self.placed_index(offset) - 1, -1, -1):
            earlier, placement = self.placed[at]
            if earlier.start < since:
                return
            yield at, earlier, placement

    def placed_within(self, first: int, last: int) -> list[tuple[Found, Placement]]:
        """The dates placed so far that start in ``[first, last)``, in text order."""
        return self.placed[self.placed_index(first) : self.placed_index(last)]

    def reporting_words(self, first: int, last: int) -> list[int]:
        """Offsets of the words reporting a statement in the sentence ``text[first:last]``
        ("said", "told"), read once when first needed."""
        if (first, last) not in self.reporting:
            self.reporting[first, last] = [
                word.start()
                for word in _SPACED_WORD.finditer(self.text, first, last)
                if word.group().lower() in self.lexicon.reporting
            ]
        return self.reporting[first, last]

    def compares(self, found: Found) -> bool:
        """True when a comparison word ("from", "than", "compared with") comes shortly
        before ``found`` in its sentence."""
        first = max(self.sentence_of(found)[0], found.start - 80)
        return (
            comparison_pattern(self.lexicon.language).search(self.text, first, found.start)
            is not None
        )

    def day_in_sentence(
        self,
        found: Found,
        *,
        ignore: Callable[[Found, Placement], bool] | None = None,
        hour: int | None = None,
    ) -> tuple[date, Anchor]:
        """The day named nearest to ``found`` in its sentence ("at 10:35 a.m. (0735 GMT)
        Friday"), else the publication date; none told by a date ``ignore`` holds; a
        clock time at ``hour`` on a night is on its side of midnight."""
        nearest = self.nearest_day(found, ignore=ignore, hour=hour)
        return (nearest[1], "text") if nearest else (self.dct, "dct")

    def day_told_just_before(self, found: Found, hour: int | None = None) -> date | None:
        """The last day named in the sentence before ``found``'s ("Shares fell Friday.
        Dealers bought in the morning."), if any; a clock time at ``hour`` on a night
        told there is on its side of midnight."""
        index = bisect.bisect_right(self.sentences, (found.start, math.inf)) - 1
        if index < 1:
            return None
        days = [
            (
                other.start,
                placement.start if hour is None else _day_of(placement, hour, told_after=True),
            )
            for other, placement in self.placed_within(*self.sentences[index - 1])
            if placement.granularity in ("day", "time") and placement.start is not None
        ]
        return max(days)[1] if days else None

    def day_told_earlier(self, found: Found, hour: int | None = None) -> date | None:
        """The last day named in the sentence before ``found``'s, else, in news, the day
        told last before ``found`` when it is one of the days before publication a report
        tells of ("Gunmen attacked on Sunday. ... They stayed from 6:00 am until noon");
        a clock time at ``hour`` on a night told there is on its side of midnight."""
        just_before = self.day_told_just_before(found, hour)
        if just_before is not None or self.narrative:
            return just_before
        told = self.told_before(found, "day")
        if told is None or told.start is None:
            return None
        day = told.start if hour is None else _day_of(told, hour, told_after=True)
        return day if 0 <= (self.dct - day).days <= _NEWS_DAYS else None

    def day_told_within(self, found: Found) -> date | None:
        """The last day told before ``found`` when it lies inside a longer date told
        before ``found`` in its sentence that does not hold the publication date ("...
        on 20 December 2024. ... Last year's attack came at 19:02": that December 20)."""
        first = self.sentence_of(found)[0]
        week = GRANULARITY_ORDER.index("week")
        period = next(
            (
                placement
                for _, _, placement in self.placed_before(found.start, first)
                if placement.start is not None
                and placement.end is not None
                and placement.granularity is not None
                and placement.type not in ("DURATION", "SET")
                and GRANULARITY_ORDER.index(placement.granularity) >= week
            ),
            None,
        )
        if period is None or period.start is None or period.end is None:
            return None
        if period.start <= self.dct <= period.end:
            return None  # "this year's attack came at 9 a.m.": no day of the past in view
        earlier = itertools.islice(self.placed_before(found.start), _DAYS_LOOKED_BACK)
        return next(
            (
                placement.start
                for _, _, placement in earlier
                if placement.granularity in ("day", "time")
                and placement.start is not None
                and period.start <= placement.start <= period.end
            ),
            None,
        )

    def statement_day(self, found: Found) -> date | None:
        """The day, before publication, named nearest to ``found`` in its sentence when
        a verb reporting a statement comes before ``found`` ("said on Sunday that", "On
        Sunday, the army said"), or between ``found`` and a day named after it ("...
        over the past day, officials said on Sunday")."""
        nearest = self.nearest_day(found)
        if nearest is None or nearest[1] >= self.dct:
            return None
        first, last = self.sentence_of(found)
        told = (first, found.start) if nearest[0] < found.start else (found.end, nearest[0])
        reporting = self.reporting_words(first, last)
        said = bisect.bisect_left(reporting, told[1]) > bisect.bisect_left(reporting, told[0])
        if said and nearest[0] > found.start:
            # the day after must date the saying ("officials said on Sunday"), not what
            # is said ("said air strikes had hit the market on Thursday")
            verb = reporting[bisect.bisect_left(reporting, nearest[0]) - 1]
            between = self.text[verb : nearest[0]]
            said = len(between) <= _SAYING_TO_ITS_DAY and not _THAT.search(between)
        return nearest[1] if said else None

    def statement_period(self, found: Found, unit: Granularity) -> date | None:
        """The start of a ``unit`` gone by (a week, a month) told before ``found`` in its
        sentence when a verb reporting a statement comes before ``found`` ("said last
        month that the port would reopen by the end of the month"; "In November, the
        minister said ... next month"): the time the statement was made in."""
        first = self.sentence_of(found)[0]
        reporting = self.reporting_words(*self.sentence_of(found))
        if bisect.bisect_left(reporting, found.start) == bisect.bisect_left(reporting, first):
            return None
        for _, _, placement in self.placed_before(found.start, first):
            if placement.granularity != unit or placement.type in ("DURATION", "SET"):
                continue
            if placement.start is None or placement.end is None or placement.end >= self.dct:
                return None  # the one told last holds the publication day: it counts
            return placement.start
        return None

    def nearest_day(
        self,
        found: Found,
        *,
        ignore: Callable[[Found, Placement], bool] | None = None,
        hour: int | None = None,
    ) -> tuple[int, date] | None:
        """Where the day named nearest to ``found`` in its sentence is, and that day
        (none told by a date ``ignore`` holds, none after a comma and a word opening another
        clause: ", following Sunday's march"); a night told there stands for the day it
        runs into ("hit overnight ... struck overnight": one night), or for a clock time
        at ``hour``, its side of midnight (after an evening's clock time told before it,
        the small hours of the next day)."""
        first, last = self.sentence_of(found)
        after = bisect.bisect_left(self.days, found.start, key=_start_of)
        nearest: tuple[int, date] | None = None
        for at in range(after - 1, -1, -1):
            earlier, placement = self.days[at]
            if earlier.start < first:
                break
            if not (ignore and ignore(earlier, placement)):
                nearest = earlier.start, _day_of(placement, hour, told_after=True)
                break
        # Looking on only as far as the nearest day before: on a tie, that one counts; and
        # not into another clause (", while the border stays shut until Monday").
        reach = min(last, 2 * found.start - nearest[0] if nearest else last)
        other_clause = _another_clause_pattern(self.lexicon.language).search(
            self.text, found.end, reach
        )
        if other_clause is not None:
            reach = other_clause.start()
        for at in range(after, len(self.days)):
            later, placement = self.days[at]
            if later.start >= reach:
                break
            if not (ignore and ignore(later, placement)):
                return later.start, _day_of(placement, hour)
        return nearest

    def range_start(self, found: Found) -> int | None:
        """Where in ``placed`` the start of a range lies that ``found`` ends: the date
        told right before it, joined to it by a dash ("Dec. 28-Jan. 3") or by a word
        after an opening one ("from Monday to Wednesday", "between May 1 and June 3")."""
        before = self.text[max(0, found.start - 3) : found.start].rstrip()
        if not before.endswith(("-", "–")) and word_before(self.text, found.start) not in (
            self.lexicon.range_joins
        ):
            return None  # the common case, told cheaply
        at = self.placed_index(found.start) - 1
        if at < 0:
            return None
        told = self.placed[at][0]
        between = self.text[told.end : found.start]
        if _RANGE_DASH.fullmatch(between):
            return at
        joined = _folded(between.replace(",", " ")) in self.lexicon.range_joins
        if joined and word_before(self.text, told.start) in self.lexicon.range_opens:
            return at
        return None

    def night_told(self, found: Found) -> Placement | None:
        """The last night told before ``found``, in its sentence or the one before
        ("Drones hit overnight, officials said on Monday. During the night, ..."),
        unless a day is named between them in ``found``'s sentence."""
        index = bisect.bisect_right(self.sentences, (found.start, math.inf)) - 1
        first = self.sentences[max(index - 1, 0)][0] if index >= 0 else 0
        own = self.sentence_of(found)[0]
        for _, earlier, placement in self.placed_before(found.start, first):
            if placement.value.endswith("TNI"):
                return placement
            if earlier.start >= own and placement.granularity in ("day", "time"):
                return None
        return None

    def anchor(self, found: Found, unit: Granularity) -> tuple[date, Anchor]:
        """The start of the latest date told before ``found`` at least as precise as
        ``unit`` (anchor "text"), else the publication date (anchor "dct"); told in the
        past, not a date ahead of publication ("the border stays shut until 18 September.
        Factories were hit that night": not the night of a deadline)."""
        told = self.told_before(found, unit)
        if told is not None and told.start is not None and told.start > self.dct:
            if self.tense(found) == "past" and not self.story_day_ahead(told.start):
                told = self.told_before(found, unit, up_to=self.dct)
        if told is not None and told.start is not None:
            return told.start, "text"
        return self.dct, "dct"


_WORDS = re.compile(r"[\w'’]+")
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s\s+$")


_NOT_DIGIT = re.compile(r"\D")
_CLAUSE_CLOSE = re.compile(r"[,;–—]")
_FIRST_WORD = re.compile(r"\s*(\w+)")
_RANGE_DASH = re.compile(r"\s*[-–]\s*")


def shifted(placement: Placement, unit: Granularity, steps: int) -> Placement:
    """``placement`` moved ``steps`` units on (back when negative): a week or a year,
    the cycles after which a day, a month or a season is named again."""
    if placement.start is None or placement.end is None:
        return placement
    start, end = shift_date(placement.start, unit, steps), shift_date(placement.end, unit, steps)
    if placement.granularity in ("day", "time"):
        value = start.isoformat() + placement.value[10:]
    else:  # a month or a season: the value starts with its year
        value = f"{int(placement.value[:4]) + (start.year - placement.start.year):04d}"
        value += placement.value[4:]
    return replace(placement, value=value, start=start, end=end)


_WORD_BREAK = re.compile(r"[\s-]+")


Strategy = Callable[[Found, Context], Placement | None]


def day_placement(day: date, anchor: Anchor, mod: Mod = "") -> Placement:
    return Placement(day.isoformat(), day, day, "day", mod, anchor)


def night_before(day: date, anchor: Anchor) -> Placement:
    """The night that runs into ``day`` ("overnight"): from the evening before to ``day``."""
    night = time_of_day(day_placement(day - timedelta(days=1), anchor), "NI")
    return replace(night, end=day)


def time_of_day(placement: Placement, code: str | None) -> Placement:
    """Add a part of the day ("Sunday morning" -> ``...TMO``), making it a TIME."""
    if code is None or placement.start is None:
        return placement
    return Placement(
        f"{placement.value}T{code}",
        placement.start,
        placement.end,
        "time",
        placement.mod,
        placement.anchor,
        "TIME",
    )


def position_mod(word: str | None, lexicon: Lexicon) -> Mod:
    if not word:
        return ""
    word = word.strip().rstrip("-").strip()
    return (
        lexicon.soft_positions.get(word)
        or lexicon.modifiers.get(word)
        or lexicon.modifiers.get(word + "-")
        or ""
    )


def weekday_date(
    weekday: int, ctx: Context, tense: Tense, rel: str, *, shift: int | None = None
) -> date:
    """The weekday nearest DCT on the tense's side; strictly before or after it when a
    relation word says so ("last", "next": ``weekday_from_now`` in the lexicon) or
    ``shift`` is -1 or 1."""
    back = (ctx.dct.weekday() - weekday) % 7
    ahead = (weekday - ctx.dct.weekday()) % 7
    if shift is None:
        shift = ctx.lexicon.weekday_from_now.get(rel, 0)
    if shift < 0:
        return ctx.dct - timedelta(days=back or 7)
    if shift > 0:
        return ctx.dct + timedelta(days=ahead or 7)
    if tense == "future" or ctx.story_day_ahead(ctx.dct + timedelta(days=ahead)):
        return ctx.dct + timedelta(days=ahead)
    return ctx.dct - timedelta(days=back)


@cache
def _another_clause_pattern(language: str) -> re.Pattern[str]:
    """A comma or a semicolon and a word of ``other_clause_openers`` (", while", ",
    following"): a day named after them is that clause's, not the day of a time told
    before them."""
    openers = one_of(load_lexicon(language).other_clause_openers)
    return re.compile(rf"[,;]\s+{openers}(?!\w)", re.IGNORECASE)


@cache
def _set_time_before_pattern(language: str) -> re.Pattern[str]:
    """A noun of a time set ahead and a word linking it to a date after them, at the end
    of a text ("a hearing date of", "a deadline for")."""
    lexicon = load_lexicon(language)
    nouns, links = one_of(lexicon.set_times), one_of(lexicon.set_time_links)
    return re.compile(rf"\b(?:{nouns})\s+(?:{links})\s+\Z", re.IGNORECASE)


@cache
def _put_off_pattern(language: str) -> re.Pattern[str]:
    lexicon = load_lexicon(language)
    return re.compile(
        rf"\b{one_of(lexicon.put_off)}\b(?:,?\s+[\w'’-]+){{0,12}}?"
        rf"\s+{one_of(lexicon.put_off_to)}\s+$",
        re.IGNORECASE,
    )


@cache
def _called_for_pattern(language: str) -> re.Pattern[str]:
    """A verb of calling for, one to three words ending in a gathering or a stoppage, and
    a word leading a date, at the end of a text ("called for nationwide strikes on")."""
    lexicon = load_lexicon(language)
    return re.compile(
        rf"\b{one_of(lexicon.calls_for)}(?:\s+[\w'’-]+){{0,2}}?\s+{one_of(lexicon.called_for)}"
        rf"\s+{one_of(lexicon.called_for_leads)}\s+$",
        re.IGNORECASE,
    )


def _gathering_called_for(found: Found, ctx: Context) -> bool:
    """True for a weekday a gathering or a stoppage was called for on ("called for
    strikes on Wednesday"): the day of what was called for, not of the call."""
    if not ctx.lexicon.calls_for:
        return False
    first = max(ctx.sentence_of(found)[0], found.start - 80)
    pattern = _called_for_pattern(ctx.lexicon.language)
    return pattern.search(ctx.text, first, found.start) is not None


def told_ahead_of(found: Found, ctx: Context) -> bool:
    """True right after "ahead of", "before" and the like (lexicon ``ahead_of``), an
    article between ("before the Labor Day weekend")."""
    words = ctx.text[max(0, found.start - 40) : found.start].lower().split()
    if words and words[-1] in ctx.lexicon.definite:
        words.pop()
    before = " " + " ".join(words)
    return any(before.endswith(" " + phrase) for phrase in ctx.lexicon.ahead_of)


def put_off_to(found: Found, ctx: Context) -> bool:
    """True for a date something was put off to ("postponed the vote until Tuesday")."""
    if not ctx.lexicon.put_off:
        return False
    first = max(ctx.sentence_of(found)[0], found.start - 80)
    return _put_off_pattern(ctx.lexicon.language).search(ctx.text, first, found.start) is not None


def weekday_tense(found: Found, ctx: Context, *, deadlines: bool = False) -> Tense:
    """The side of DCT a weekday lies on: the clause's tense, where a schedule in the
    present told before the day ("the run-off is on Sunday", "polls open at 8 a.m. on
    Sunday") and a deadline in a clause not told in the past ("has until Friday") look
    ahead (with ``deadlines``, "until" looks ahead even in a past clause, see
    Context.tense)."""
    if ctx.given_a_name(found):
        # "has called April 2 "Liberation Day"": the day named, not the day of the naming
        return _side_of_nearest(found, ctx) if "weekday" in found.parts else "unknown"
    target = ctx.target_side(found)
    if target == "unknown" and "weekday" in found.parts:
        return _side_of_nearest(found, ctx)  # "a service planned for Saturday was cancelled"
    if target is not None:
        return target  # "called a strike for Friday": a time ahead of the telling
    tense = ctx.tense(found, deadlines=deadlines)
    if (
        "weekday" in found.parts
        and POSSESSIVE.match(ctx.text, found.end)
        and (tense == "future" or ctx.committed(found) or told_ahead_of(found, ctx))
    ):
        # "vowed to respond to Thursday's raid", "massed ahead of Sunday's vote", "the toll
        # will rise from Friday's quake": the happening may come before the clause's time
        # or after it, so the nearest such day
        return _side_of_nearest(found, ctx)
    deadline = word_before(ctx.text, found.start) in ctx.lexicon.future_before
    cues = ctx.cues_of(found)
    before = cues.last_before(found.start)
    if tense == "future" and plan_told_in_the_past(found, ctx):
        # "was expected to hit on Saturday", "was meant to be signed on Feb. 28"
        return _side_of_nearest(found, ctx) if "weekday" in found.parts else "unknown"
    if tense == "past":
        if deadline and not before and _reported(found, ctx, cues):
            return "future"
        if "weekday" in found.parts and _stretch_decreed(found, ctx, before):
            return _side_of_nearest(found, ctx)  # "declared mourning from Thursday"
        if "weekday" in found.parts and _gathering_called_for(found, ctx):
            return _side_of_nearest(found, ctx)  # "called for strikes on Wednesday"
        return tense
    if deadline:
        return "future"
    if tense == "present" and before is None and _opens_a_schedule(found, ctx, cues):
        return "future"  # "On Friday, the drills begin in Belarus": a coming Friday
    if before and before[2] == "present":
        if "weekday" in found.parts and _folded(ctx.text[before[0] : before[1]]) in (
            ctx.lexicon.urging_present
        ):
            return _side_of_nearest(found, ctx)  # "warns of snow on Friday", "warns on Monday"
        # "are missing after a raid Thursday": the day of what came before the present
        # state; "is facing floods, with officials ordering evacuations on Sunday": a
        # present verb set off by a clause break makes no schedule of the day
        if _happening_put_before(ctx, before[1], found.start):
            return "past"
        return "past" if _set_off_from(found, ctx, before[1]) else "future"
    return tense


_OPENING = re.compile(r"[\s\"'“‘(]*(?:on\s+)?$", re.IGNORECASE)
# A colon right after an opening date makes it the head of an entry of a chronology or
# of a list of updates, told in the historical present ("Aug. 17: Paz tops the vote").
_ENTRY_HEAD = re.compile(r"[ \t]*:")


def _opens_a_schedule(found: Found, ctx: Context, cues: SentenceCues) -> bool:
    """True for a date opening its sentence whose clause goes on in the present with a
    verb of doing, not of being ("On Friday, the drills begin": a schedule; "On Monday,
    the city is calm" tells a state, no side), unless it heads an entry ("Aug. 17: Paz
    tops the first round": what happened that day, the nearest such day)."""
    first = ctx.sentence_of(found)[0]
    if not _OPENING.match(ctx.text, first, found.start) or _ENTRY_HEAD.match(ctx.text, found.end):
        return False
    after = cues.first_after(found.end)
    if after is None:
        return False
    verb = _folded(ctx.text[after[0] : after[1]])
    return verb not in ctx.lexicon.auxiliaries and not verb.endswith(("'s", "’s"))


def _side_of_nearest(found: Found, ctx: Context) -> Tense:
    """The side of DCT the nearest day of ``found``'s weekday lies on."""
    weekday = ctx.lexicon.weekday(found.parts["weekday"])
    ahead = (weekday - ctx.dct.weekday()) % 7
    return "future" if 0 < ahead < 7 - ahead else "past"


def _stretch_decreed(found: Found, ctx: Context, before: Cue | None) -> bool:
    """True when a weekday opens or ends a stretch (after a word of ``stretch_edges``)
    that a past verb of decree told last before it sets ("declared three days of
    mourning from Thursday", "issued a flood warning through Wednesday", "a warning has
    been issued for Friday")."""
    edge = _edge_before(found, ctx)
    for _ in range(_MOST_JOINED_DATES):  # "issued for Friday and Saturday": the first's
        joined = ctx.joined_to(found) if edge in ctx.lexicon.shared_tense_joins else None
        if joined is None or "weekday" not in joined.parts:
            break
        found, edge = joined, _edge_before(joined, ctx)
        before = ctx.cues_of(joined).last_before(joined.start)
    if before is None or edge not in ctx.lexicon.stretch_edges:
        return False
    verb = _folded(ctx.text[before[0] : before[1]])
    if verb in ctx.lexicon.passive_past:  # "has been issued", "were issued": its participle
        participle = _WORDS.match(ctx.text, before[1] + 1)
        verb = participle.group().lower() if participle else verb
    return verb in ctx.lexicon.decrees


def _edge_before(found: Found, ctx: Context) -> str:
    """The word before ``found``, past an "on" ("starting on Saturday")."""
    edge = word_before(ctx.text, found.start)
    if edge == "on":
        edge = word_before(ctx.text, ctx.text.rfind("on", 0, found.start))
    return edge


def plan_told_in_the_past(found: Found, ctx: Context) -> bool:
    """True when the tense word last before ``found`` is a future cue told in the past:
    right after an auxiliary of the simple past (``past_plan``: "was expected to", "were
    set to"), or after a past cue reporting no statement with only words of
    ``plan_after_past`` or adverbs between ("was meant to be signed", "had been due to be
    signed", "was first expected to"; not "said it would open")."""
    cues = ctx.cues_of(found)
    before = cues.last_before(found.start)
    if before is None or before[2] != "future":
        return False
    lexicon = ctx.lexicon
    if word_before(ctx.text, before[0]) in lexicon.past_plan:
        return True
    earlier = cues.last_before(before[0])
    if earlier is None or earlier[2] != "past":
        return False
    if _folded(ctx.text[earlier[0] : earlier[1]]) in lexicon.reporting:
        return False
    between = ctx.text[earlier[1] : before[0]].split()
    return len(between) <= _MOST_PLAN_WORDS and all(
        word in lexicon.plan_after_past
        or word in lexicon.between_verbs
        or (word.islower() and word.endswith(lexicon.adverb_ending))
        for word in between
    )


# Words a past verb and the future cue of its plan may stand apart by ("had been due to").
_MOST_PLAN_WORDS = 2


def _day_gone_by_before(found: Found, ctx: Context) -> date | None:
    """The day before publication told last before ``found`` in its sentence, if any."""
    told = ctx.told_before(found, "day", same_sentence=True)
    if told is None or told.start is None or told.start >= ctx.dct:
        return None
    return told.start


# Punctuation that ends a clause inside a sentence.
CLAUSE_BREAK = re.compile(r"[,;:]")


def _set_off_from(found: Found, ctx: Context, start: int) -> bool:
    """True when a clause break between ``start`` and ``found`` opens a clause of its own:
    more words than a date's own preposition before the first date after the break ("is
    after the holidays, on (Thursday)", ", on Monday evening or on (Tuesday)" open none),
    and a verb of its own, a form in -ing or -ed or an irregular past, outside dates ("is
    facing floods, with officials ordering evacuations on (Sunday)"; not "is underway, with a
    match on (Tuesday)": the match is part of what is under way)."""
    breaks = list(CLAUSE_BREAK.finditer(ctx.text, start, found.start))
    if not breaks:
        return False
    opened = breaks[-1].end()
    at = ctx.placed_index(opened)
    first_date = ctx.placed[at][0].start if at < len(ctx.placed) else found.start
    if len(_WORDS.findall(ctx.text, opened, min(first_date, found.start))) <= 2:
        return False
    last = ctx.sentence_of(found)[1]
    words: list[str] = []
    for other, _ in ctx.placed_within(opened, last):
        words += _WORDS.findall(ctx.text[opened : other.start].lower())
        opened = max(opened, other.end)
    words += _WORDS.findall(ctx.text[opened:last].lower())
    return any(
        word in ctx.lexicon.past_cues or (len(word) > 4 and word.endswith(("ing", "ed")))
        for word in words
    )


def _happening_put_before(ctx: Context, start: int, end: int) -> bool:
    """True when a word of ``earlier_happening`` ("after", "following") stands between
    ``start`` and ``end`` in the phrase ending at ``end`` (after any clause break)."""
    between = ctx.text[start:end]
    *_, between = CLAUSE_BREAK.split(between)
    words = {word.lower() for word in re.findall(r"[^\W\d_]+", between)}
    return not words.isdisjoint(ctx.lexicon.earlier_happening)


def _reported(found: Found, ctx: Context, cues: SentenceCues) -> bool:
    """True when the first tense word after ``found`` reports a statement ("shut until
    Wednesday, officials said"): it dates the statement, not the clause."""
    after = cues.first_after(found.end)
    return after is not None and _folded(ctx.text[after[0] : after[1]]) in ctx.lexicon.reporting


def month_day_year(found: Found, ctx: Context, month: int, day_number: int) -> Placement | None:
    parts = found.parts
    told = year_told(found, ctx)
    year_written = relative_year(parts, ctx)  # "May 4, 2024", "November 1 last year"
    if year_written is not None and told is None:
        told = year_written, "absolute" if "year" in parts else "dct"
    if told is not None:
        year, anchor = told
        try:
            return day_placement(date(year, month, day_number), anchor)
        except ValueError:
            return None
    # In news, not in a history whose story moves on ("June 22, 1941 ... On June 22").
    repeats = "weekday" not in parts and not ctx.narrative
    written = ctx.written_before(found, month, day_number) if repeats else None
    if written is not None:
        return day_placement(written, "text")
    options: list[tuple[Span, str]] = []
    for year in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        try:
            day = date(year, month, day_number)
        except ValueError:
            continue
        options.append(((day, day), day.isoformat()))
    if "weekday" in parts:
        # A weekday written with the date picks the year it fits, when one does.
        weekday_number = ctx.lexicon.weekday(parts["weekday"])
        fitting = [option for option in options if option[0][0].weekday() == weekday_number]
        options = fitting or options
    if not options:
        return None
    tense = weekday_tense(found, ctx, deadlines=True)
    gone_by = _day_gone_by_before(found, ctx) if tense == "future" else None
    if gone_by is not None and put_off_to(found, ctx) and ctx.range_start(found) is None:
        # "meant to leave by March 3, but the deadline was pushed back to April 9": ahead
        # of the day gone by, not of publication
        for year in (gone_by.year, gone_by.year + 1):
            with contextlib.suppress(ValueError):  # 29 February in a common year
                if (day := date(year, month, day_number)) > gone_by:
                    return day_placement(day, "text")
    # a happening before a past clause's own ("after his arrest March 3"), or a day a
    # past verb governs ("invaded Ukraine on Feb. 24"), is past however near
    past = tense == "past" and (ctx.after_happening(found) or ctx.told_by_a_past_verb(found))
    penalty = MONTH_PENALTY if past else DAY_PENALTY
    (day, _), _ = choose(options, ctx.dct, tense, penalty_days=penalty)
    return day_placement(day, "dct")


def day_of_month(parts: Mapping[str, str], lexicon: Lexicon) -> int:
    """The day of the month as written ("4", "4th", "04", "Fourth", "twenty-first")."""
    day = parts["day"]
    return lexicon.spelled_days.get(day.lower()) or int(_NOT_DIGIT.sub("", day))


def year_told(found: Found, ctx: Context) -> tuple[int, Anchor] | None:
    """The year of "(March) of that year", "of the following year": the year of the
    latest date told before, shifted; None without such words (part ``tyrel``)."""
    shift = ctx.lexicon.relational_shifts.get(found.parts.get("tyrel", ""))
    if shift is None:
        return None
    base, anchor = ctx.anchor(found, "year")
    return base.year + shift, anchor


def relative_year(parts: Mapping[str, str], ctx: Context) -> int | None:
    if "year" in parts:
        return int(parts["year"])
    if "syear" in parts:
        return year_in_words(parts["syear"], ctx.lexicon)
    shift = ctx.lexicon.from_now.get(parts.get("yrel", ""))
    return None if shift is None else ctx.dct.year + shift


def granularity_of(unit: str) -> Granularity:
    """Granularity of a unit word; parts of the day count as days, weekends as weeks."""
    if unit == "weekend":
        return "week"
    for granularity in GRANULARITY_ORDER:
        if granularity == unit:
            return granularity
    return "day"


_SPACED_WORD = re.compile(r"[^\s,]+")


def written_amount(parts: Mapping[str, str], key: str, lexicon: Lexicon) -> float | None:
    """A number as written ("three", "21", "2 1/2", "a couple of", "two ... and a half");
    None if vague."""
    raw = parts.get(key, "")
    written = lexicon.numbers.get(raw, raw.replace(",", ""))  # "1,460"
    half = 0.5 if "half" in parts else 0.0
    if written == "X":
        return None
    if written.endswith("1/2"):
        return float(written.split()[0]) + 0.5
    try:
        return float(written) + half
    except ValueError:
        return None


# The unit a fraction of a unit is counted in, and how many of it make the unit.
SMALLER_UNIT = {
    "century": ("year", 100),
    "decade": ("year", 10),
    "year": ("month", 12),
    "quarter": ("month", 3),
    "month": ("day", 30),
    "fortnight": ("day", 14),
    "week": ("day", 7),
}


def singular_unit(word: str) -> str:
    word = word.lower()
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") else word


def duration_value(amount: float | None, unit: str, lexicon: Lexicon) -> str:
    spec = lexicon.units[unit]
    prefix = "PT" if spec.time else "P"
    if amount is None:
        return f"{prefix}X{spec.letter}"
    total = amount * spec.factor
    if total == int(total):
        return f"{prefix}{int(total)}{spec.letter}"
    smaller = {"Y": ("M", 12), "D": ("H", 24), "H": ("M", 60)}.get(spec.letter)
    if spec.time and spec.letter == "M":
        smaller = ("S", 60)  # minutes, not months
    if smaller is None:
        return f"{prefix}{total:g}{spec.letter}"
    whole, rest = int(total), round((total - int(total)) * smaller[1])
    if smaller[0] == "H" and not spec.time:
        return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
    return (
        f"{prefix}{whole}{spec.letter}{rest}{smaller[0]}"
        if whole
        else f"{prefix}{rest}{smaller[0]}"
    )


def up_to_now(found: Found, amount: float, unit: str, ctx: Context, mod: Mod = "") -> Placement:
    """ "the past three months", "the past week", "over the past day": a DURATION whose
    interval ends at the publication date, or on the day of a statement reported
    before it in its sentence ("said on Sunday that ... over the past day"), and starts
    ``amount`` units before."""
    value = duration_value(amount, unit, ctx.lexicon)
    said = ctx.statement_day(found)
    anchor: Anchor
    end, anchor = ctx.dct, "dct"
    if said is not None:
        end, anchor = said, "text"
    if ctx.lexicon.units[unit].time:
        start = end - timedelta(days=math.ceil(amount * ctx.lexicon.units[unit].factor / 24))
    elif amount != int(amount) and unit in SMALLER_UNIT:
        smaller, size = SMALLER_UNIT[unit]
        start = shift_date(end, smaller, -round(amount * size))
    else:
        start = shift_date(end, unit, -int(amount))
    return Placement(value, start, end, "day", mod, anchor, "DURATION")


def year_in_words(words: str, lexicon: Lexicon) -> int:
    """A year in words: "nineteen ninety-six" -> 1996, "two thousand and one" -> 2001."""
    thousands = {word for phrase in lexicon.spelled_thousands for word in phrase.split()}
    tokens = [
        word
        for word in _WORD_BREAK.split(words.lower())
        if word in lexicon.numbers or word in thousands
    ]
    for phrase, value in lexicon.spelled_thousands.items():
        head = phrase.split()
        if tokens[: len(head)] == head:
            return value + sum(int(lexicon.numbers[word]) for word in tokens[len(head) :])
    return 100 * int(lexicon.numbers[tokens[0]]) + sum(
        int(lexicon.numbers[word]) for word in tokens[1:]
    )


def _folded(phrase: str) -> str:
    return " ".join(phrase.lower().split())
