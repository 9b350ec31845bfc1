"""Tense of the clause around a temporal expression, read from the words of its sentence.

A word right before the expression can decide ("until" -> future, "since" -> past);
otherwise the nearest tense word before it in its sentence, else the nearest after it
(see :meth:`timeline.placing.Context.tense`). The words are the ``[tense]`` section of
the language's lexicon.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from timeline.lexicon import Lexicon, load_lexicon
from timeline.mentions import opens_sentence, title_case_around
from timeline.text import one_of

# "present": a present-tense verb ("is", "opens"), which says nothing of the side of
# DCT for most expressions, but makes a weekday a coming one (a schedule).
Tense = Literal["past", "future", "present", "unknown"]


@cache
def comparison_pattern(language: str) -> re.Pattern[str]:
    cues = load_lexicon(language).comparison_cues
    return re.compile(rf"(?<!\w){one_of(cues)}(?!\w)", re.IGNORECASE)


@cache
def happening_pattern(language: str) -> re.Pattern[str]:
    """A word of ``earlier_happening``, a determiner and up to three words, up to a
    date: "after his arrest (March 3)", "since the strike of (January 5)", "after the
    (May 12) announcement"."""
    lexicon = load_lexicon(language)
    return _opened_phrase(
        lexicon.earlier_happening, lexicon.determiners, 3, required=True, fewest=0
    )


@cache
def dated_subject_pattern(language: str) -> re.Pattern[str]:
    """A word opening a clause, the clause's subject (one to four words, none leading a
    date or a place) and a word of ``subject_day_leads``, up to a weekday: "after the
    bloc on (Wednesday) imposed", not "will appear in court on (Monday) charged"."""
    lexicon = load_lexicon(language)
    word = rf"(?!(?:{one_of(lexicon.month_context)})\s)[\w'’.-]+\s+"
    return re.compile(
        rf"(?<![\w'’])(?:{one_of(lexicon.subject_openers)})\s+(?:{word}){{1,4}}"
        rf"(?:{one_of(lexicon.subject_day_leads)})\s+\Z",
        re.IGNORECASE,
    )


@cache
def current_period_end_pattern(language: str) -> re.Pattern[str]:
    """A period holding the publication date and a word of ending, right before the day
    it ends on: "the current quarter ending (Aug. 31)"."""
    lexicon = load_lexicon(language)
    periods, ending = one_of(lexicon.current_periods), one_of(lexicon.ending_on)
    return re.compile(rf"\b(?:{periods})\s+(?:{ending})\s+\Z", re.IGNORECASE)


@cache
def bound_pattern(language: str) -> re.Pattern[str]:
    """A word of ``bound_before`` right before a date, or with a determiner and one to
    five words between: "since (1990)", "until the fall of Budapest in (February 1945)"."""
    lexicon = load_lexicon(language)
    return _opened_phrase(lexicon.bound_before, lexicon.determiners, 5, required=False)


def _opened_phrase(
    openers: Iterable[str],
    determiners: Iterable[str],
    most: int,
    *,
    required: bool,
    fewest: int = 1,
) -> re.Pattern[str]:
    """One of ``openers`` up to the end of the text, through a determiner and
    ``fewest`` to ``most`` words (that phrase optional unless ``required``)."""
    phrase = rf"(?:{one_of(determiners)})\s+(?:[\w'’.-]+\s+){{{fewest},{most}}}"
    return re.compile(
        rf"(?<![\w'’])(?:{one_of(openers)})\s+(?:{phrase}){'' if required else '?'}\Z",
        re.IGNORECASE,
    )


@cache
def cue_pattern(language: str) -> re.Pattern[str]:
    lexicon = load_lexicon(language)

    # A regular past form: the ending after a letter other than ``not_after`` ("-ed",
    # not "need").
    ending = re.escape(lexicon.regular_past_ending)
    not_after = re.escape(lexicon.regular_past_not_after)
    # A cue opens a word, or is a contraction joined to one ("they'll").
    return re.compile(
        rf"(?:(?<![\w'’])|(?=['’]))"
        rf"(?:(?P<none>{one_of(lexicon.not_cues)})|(?P<future>{one_of(lexicon.future_cues)})"
        rf"|(?P<past>{one_of(lexicon.past_cues)})|(?P<present>{one_of(lexicon.present_cues)})"
        rf"|(?P<weak>\w+[^{not_after}\W]{ending}))"
        r"(?!\w)",
        re.IGNORECASE,
    )


def is_past_form(word: str, language: str) -> bool:
    """Whether ``word`` alone is a verb form told in the past ("said", "struck", "fired")."""
    match = cue_pattern(language).fullmatch(word)
    return match is not None and bool(match.group("past") or match.group("weak"))


def tense_cues(text: str, language: str, first: int, last: int) -> list[tuple[int, int, Tense]]:
    """Tense words in ``text[first:last]``: offsets and tense."""
    lexicon = load_lexicon(language)
    cues: list[tuple[int, int, Tense]] = []
    for match in cue_pattern(language).finditer(text, first, last):
        if match.group("none"):
            continue
        if match.group().lower() in lexicon.lower_case_cues and not match.group().islower():
            continue  # the month "May", not the modal
        if match.group().lower() in lexicon.after_number_not_cues and _after_a_number(
            text, match.start()
        ):
            continue  # "at 9 am": the clock's, not the verb "am"
        before = word_before(text, match.start())
        # after a determiner or a possessive ("Aliyev's"), a participle is an adjective
        after_determiner = before in lexicon.determiners or before == "s"
        if after_determiner and match.group().lower() in lexicon.plan_adjectives:
            cues.append((match.start(), match.end(), "future"))  # "the planned talks"
            continue
        adjective = after_determiner and not _verb_of_a_relative(text, match, lexicon)
        if match.group("weak") and adjective:
            continue  # an adjective: "the wounded", "the ruined town"
        if (match.group("past") or match.group("weak")) and _named(text, match):
            continue  # a name: "a Fed cut", "the Met Office", "President Ahmed"
        if match.group("present") and before in lexicon.present_as_noun_after:
            continue  # a noun: "at the start of trading", "after their close"
        if (
            match.group().lower() in lexicon.future_as_noun
            and before in lexicon.present_as_noun_after
        ):
            continue  # a noun: "raised its forecasts in May"
        if before in lexicon.between_verbs or before == "t":  # "did indeed", "didn't"
            before = auxiliary_before(text, match.start(), lexicon.between_verbs)
        if (match.group("weak") or match.group("past")) and before in lexicon.auxiliaries:
            continue  # a participle: "to be published", "will be held"; "be" decides
        if (match.group("present") or match.group("past")) and before in lexicon.infinitive_markers:
            continue  # an infinitive: "had been scheduled to begin", "will last", "to hit"
        kind: Tense = (
            "future"
            if match.group("future")
            else "past"
            if match.group("past") or match.group("weak")
            else "present"
        )
        if kind == "future" and _commits_to_a_thing(text, match, lexicon):
            kind = "past"  # "agreed to a truce": the verb told in the past, not a plan
        elif kind == "future" and past_perfect_pattern(language).search(
            text, max(first, match.start() - 12), match.start()
        ):
            kind = "past"  # "had been scheduled to": a plan told in the past perfect
        elif kind == "future" and perfect_after_pattern(language).match(text, match.end()):
            kind = "past"  # "may have struck", "would have turned": a past possibility
        cues.append((match.start(), match.end(), kind))
    return sorted([*cues, *_singular_presents(text, lexicon, first, last, cues)])


@cache
def _singular_present_pattern(language: str) -> re.Pattern[str]:
    """A lower-case word with the ending of a singular present ("speaks"); the letter
    before the ending is checked apart ("class" is none)."""
    ending = re.escape(load_lexicon(language).singular_present_ending)
    return re.compile(rf"(?<![\w'’-])[a-z]{{2,}}{ending}(?![\w'’-])")


@cache
def _noun_subject_pattern(language: str) -> re.Pattern[str]:
    """A determiner or a possessive and a noun, with a word before it or not, right
    before a verb: "the president (speaks)", "the prime minister (addresses)", "Ukraine's
    parliament (votes)"."""
    determiners = one_of(load_lexicon(language).present_as_noun_after)
    return re.compile(
        rf"(?:(?<![\w'’])(?:{determiners})|(?<![\w'’.-])(?P<owner>[\w.-]+)['’]s)\s+"
        rf"(?:(?P<modifier>[A-Za-z][\w-]*)\s+)?"
        rf"(?P<noun>[A-Za-z][\w-]*)\s+\Z",
        re.IGNORECASE,
    )


_CLAUSE_END = re.compile(r"[,;:]")
_LEADING_SPACE = re.compile(r"\s*")
_POSSESSOR_AFTER = re.compile(r"\s+(\w+)['’]s(?!\w)")


def _singular_presents(
    text: str, lexicon: Lexicon, first: int, last: int, cues: Sequence[tuple[int, int, Tense]]
) -> list[tuple[int, int, Tense]]:
    """Present forms for a singular subject that are the verb of their clause (see
    ``singular_present`` in the lexicon): "the president speaks (on Wednesday)", not "the
    peace talks (on Sunday) ended", "speaking to his top generals (on Sunday)" nor a
    headline's present, which tells what happened."""
    found: list[tuple[int, int, Tense]] = []
    headline_end = _headline_end(text)
    not_after = lexicon.singular_present_not_after
    # one sorted index of the cues and the clause breaks, read by bisection, so that a
    # long sentence costs no more per word than a short one
    ordered = sorted(cues)
    starts = [cue_start for cue_start, _, _ in ordered]
    breaks = [m.start() for m in _CLAUSE_END.finditer(text, first, last)]

    def cue_between(left: int, right: int) -> bool:  # a cue starting in [left, right)
        at = bisect.bisect_left(starts, left)
        return at < len(starts) and starts[at] < right

    for match in _singular_present_pattern(lexicon.language).finditer(text, first, last):
        start, end = match.span()
        word = match.group()
        if word in lexicon.not_singular_present or start <= headline_end:
            continue
        if word.endswith(not_after, 0, len(word) - len(lexicon.singular_present_ending)):
            continue  # "class", "boss"
        inside = bisect.bisect_right(starts, start) - 1
        if inside >= 0 and start < ordered[inside][1]:
            continue  # a cue already ("opens")
        possessor = _POSSESSOR_AFTER.match(text, end)
        if possessor is not None and possessor.group(1) in lexicon.weekdays:
            continue  # its object is a happening named by its day ("follows Tuesday's
            # declaration"): a relation to it, no schedule
        after = bisect.bisect_left(breaks, end)
        stop = breaks[after] if after < len(breaks) else last
        if cue_between(end, stop):
            continue  # another verb after it in the clause ("the peace talks on Sunday ended")
        subject = _subject_start(text, lexicon, first, start)
        if subject is None or cue_between(subject, start):
            continue  # no subject, or another verb before it in the clause
        found.append((start, end, "present"))
    return found


def _subject_start(text: str, lexicon: Lexicon, first: int, verb: int) -> int | None:
    """Where the singular subject of the verb at ``verb`` starts: a pronoun right before
    it ("he"), or an article or a possessive and a noun (a word before it or not, no
    number) opening a clause: at the sentence's start, after a clause break, a word
    opening a clause or a verb reporting one ("officials said the minister"); after a
    preposition it is an object ("to his top generals"). None when there is none."""
    if word_before(text, verb) in lexicon.singular_subjects:
        return _WORD_AT_END.search(text, max(first, verb - 20), verb).start()  # type: ignore[union-attr]
    near = [w.lower().lstrip("\"“‘('") for w in text[max(first, verb - 60) : verb].split()[-3:]]
    if not any(w in lexicon.present_as_noun_after or w.endswith(("'s", "’s")) for w in near):
        return None  # no article or possessive among the three words before: no subject
    subject = _noun_subject_pattern(lexicon.language).search(text, max(first, verb - 60), verb)
    if subject is None:
        return None
    words = [w for w in subject.group("modifier", "noun") if w]
    if any(w.lower() in lexicon.determiners or _a_number(w, lexicon) for w in words):
        return None  # no noun ("the two engagements")
    if words[-1].islower() and words[-1].endswith(lexicon.singular_present_ending):
        return None  # a plural noun takes no such form
    if subject.group("owner") and not all(w.islower() for w in words):
        return None  # after a possessive, a capitalised word qualifies ("Iran's Islamist")
    mark = _mark_before(text, first, subject.start())
    opener = word_before(text, subject.start())
    if mark and mark not in ",;:" and opener not in lexicon.subject_openers:
        if opener not in lexicon.reporting:
            return None
    return subject.start()


def _mark_before(text: str, first: int, at: int) -> str:
    """The last character of ``text[first:at]`` past spaces and opening quotes or
    brackets, read back from ``at`` ("" at ``first``)."""
    while at > first and text[at - 1] in " \"'“‘(":
        at -= 1
    return text[at - 1] if at > first else ""


def _a_number(word: str, lexicon: Lexicon) -> bool:
    return word.isdigit() or word.lower() in lexicon.numbers


@lru_cache(maxsize=4)  # read once per text, not once per sentence
def _headline_end(text: str) -> int:
    """Where the text's headline ends (its first line, with no stop at its end; see
    :meth:`timeline.placing.Context.tense`), or -1 when it opens on no headline."""
    first = _LEADING_SPACE.match(text).end()  # type: ignore[union-attr]
    line_end = text.find("\n", first)
    if line_end < 0 or text[first:line_end].rstrip()[-1:] in ".!?:":
        return -1
    return line_end


_NEXT_WORD = re.compile(r"\s+(\w+)")


def _verb_of_a_relative(text: str, cue: re.Match[str], lexicon: Lexicon) -> bool:
    """True for a regular past form right after a relative pronoun and before a word of
    ``verb_after_relative_before`` or a determiner: the verb of a relative clause ("a
    trial that concluded in August"), not an adjective ("that damaged bridge")."""
    if word_before(text, cue.start()) not in lexicon.relative_pronouns:
        return False
    word = _NEXT_WORD.match(text, cue.end())
    if word is None:
        return False
    following = word.group(1).lower()
    return following in lexicon.verb_after_relative_before or following in lexicon.determiners


def _after_a_number(text: str, start: int) -> bool:
    """True when a number ends right before ``start``, spaces aside ("9 am", "10:30AM")."""
    return text[max(0, start - 3) : start].rstrip()[-1:].isdigit()


def _named(text: str, cue: re.Match[str]) -> bool:
    """True for a past form written with a capital inside a sentence of ordinary text
    ("a Fed cut", "the Met Office", "President Ahmed"): a name, not a verb. A headline
    in title case ("Russia Struck Kyiv On Sunday") keeps its verbs."""
    start, end = cue.span()
    return (
        cue.group()[0].isupper()
        and not opens_sentence(text, start)
        and not title_case_around(text, start, end)
    )


def _commits_to_a_thing(text: str, cue: re.Match[str], lexicon: Lexicon) -> bool:
    """True for a verb of commitment before a noun ("agreed to a truce", "agreed to 20
    demands"), not before a verb ("agreed to meet")."""
    if " ".join(cue.group().lower().split()) not in lexicon.commitment_cues:
        return False
    word = _NEXT_WORD.match(text, cue.end())
    return word is not None and (
        word.group(1).lower() in lexicon.determiners or word.group(1).isdigit()
    )


@cache
def past_perfect_pattern(language: str) -> re.Pattern[str]:
    """The auxiliaries of the past perfect right before a cue ("had been scheduled to")."""
    return re.compile(rf"\b{one_of(load_lexicon(language).past_perfect)}\s+\Z", re.IGNORECASE)


@cache
def perfect_after_pattern(language: str) -> re.Pattern[str]:
    """A word of the perfect right after a future cue ("may | have struck"), not of an
    obligation ("will have to wait")."""
    lexicon = load_lexicon(language)
    words, obligation = lexicon.perfect_after_future, lexicon.infinitive_markers
    return re.compile(
        rf"\s*(?:{one_of(words)})(?!\w)(?!\s+(?:{one_of(obligation)})\b)", re.IGNORECASE
    )


_WORD_AT_END = re.compile(r"(\w+)\W{0,2}$")
# A word right before a position, without an "n't" ending it ("didn't" is "did").
_WORD_OR_NOT_AT_END = re.compile(r"(\w+?)(?:n['’]t)?\W{0,2}\Z", re.IGNORECASE)


def word_before(text: str, start: int) -> str:
    match = _WORD_AT_END.search(text[max(0, start - 20) : start])
    return match.group(1).lower() if match else ""


def auxiliary_before(text: str, start: int, between: frozenset[str]) -> str:
    """The word before ``start``, passing over up to three adverbs of ``between``
    ("did indeed take", "didn't meet"): the auxiliary a verb there goes with."""
    end = start
    for _ in range(4):
        match = _WORD_OR_NOT_AT_END.search(text, max(0, end - 24), end)
        if match is None:
            return ""
        word = match.group(1).lower()
        if word not in between:
            return word
        end = match.start()
    return ""


_ASIDE_MARK = re.compile(r"\s(?:–|—|--)\s|[()]")


def asides(text: str, first: int, last: int) -> list[tuple[int, int]]:
    """Spans of ``text[first:last]`` set off between two spaced dashes or in brackets
    ("he will face Petro – who came second – on 17 June"): their verbs are not the
    tense of the clause around them."""
    spans: list[tuple[int, int]] = []
    dash = bracket = -1
    for mark in _ASIDE_MARK.finditer(text, first, last):
        if mark.group() == "(":
            bracket = mark.start()
        elif mark.group() == ")":
            if bracket >= 0:
                spans.append((bracket, mark.end()))
            bracket = -1
        elif dash < 0:
            dash = mark.start()
        else:
            spans.append((dash, mark.end()))
            dash = -1
    return spans


Cue = tuple[int, int, Tense]


def _holding(spans: Sequence[tuple[int, int]], starts: Sequence[int], at: int) -> int | None:
    """Index of the span of ``spans`` (disjoint, in order, starting at ``starts``) that
    holds ``at``, if any."""
    index = bisect.bisect_right(starts, at) - 1
    return index if index >= 0 and at < spans[index][1] else None


@dataclass(frozen=True, slots=True)
class _Asides:
    """A sentence's asides in brackets and between dashes (each kind disjoint and in
    order), and its cues grouped by the asides that hold them: (bracket index, dash
    index), None where no aside of that kind holds them; (None, None) is the sentence's
    own clause."""

    brackets: tuple[tuple[int, int], ...]
    dashes: tuple[tuple[int, int], ...]
    bracket_starts: tuple[int, ...]
    dash_starts: tuple[int, ...]
    groups: dict[tuple[int | None, int | None], tuple[Cue, ...]]

    @classmethod
    def read(cls, text: str, first: int, last: int, cues: Sequence[Cue]) -> _Asides:
        spans = asides(text, first, last)
        brackets = tuple(span for span in spans if text[span[0]] == "(")
        dashes = tuple(span for span in spans if text[span[0]] != "(")
        bracket_starts = tuple(start for start, _ in brackets)
        dash_starts = tuple(start for start, _ in dashes)
        groups: dict[tuple[int | None, int | None], list[Cue]] = {}
        for cue in cues if spans else ():
            start = cue[0]
            key = (_holding(brackets, bracket_starts, start), _holding(dashes, dash_starts, start))
            groups.setdefault(key, []).append(cue)
        return cls(
            brackets,
            dashes,
            bracket_starts,
            dash_starts,
            {key: tuple(group) for key, group in groups.items()},
        )


@dataclass(frozen=True, slots=True)
class SentenceCues:
    """The tense words of the sentence ``text[first:last]``, indexed by offset, so that
    the ones nearest a date are found by bisection: a date in a long sentence costs no
    more than one in a short sentence.

    Cues inside an aside (see :func:`asides`) are kept apart: they speak for a date in
    the same aside, not for one outside it.
    """

    cues: tuple[Cue, ...]
    _asides: _Asides

    @classmethod
    def read(cls, text: str, language: str, first: int, last: int) -> SentenceCues:
        """The cues of ``text[first:last]``."""
        cues = tuple(tense_cues(text, language, first, last))
        return cls(cues, _Asides.read(text, first, last, cues))

    def last_before(self, at: int) -> Cue | None:
        """The last cue ending at or before ``at``."""
        return _last_ending_by(self.cues, at)

    def first_after(self, at: int) -> Cue | None:
        """The first cue starting at or after ``at``."""
        return _first_starting_from(self.cues, at)

    def around(self, start: int, end: int) -> tuple[Cue | None, Cue | None]:
        """The last cue ending by ``start`` and the first starting from ``end``, leaving
        out cues in asides that do not hold ``start``."""
        spans = self._asides
        if not spans.brackets and not spans.dashes:  # most sentences
            return self.last_before(start), self.first_after(end)
        bracket = _holding(spans.brackets, spans.bracket_starts, start)
        dash = _holding(spans.dashes, spans.dash_starts, start)
        keys = {(None, None), (bracket, None), (None, dash), (bracket, dash)}
        groups = [spans.groups.get(key, ()) for key in keys]
        before = [cue for group in groups if (cue := _last_ending_by(group, start))]
        after = [cue for group in groups if (cue := _first_starting_from(group, end))]
        return (
            max(before, key=lambda cue: cue[1], default=None),
            min(after, key=lambda cue: cue[0], default=None),
        )


def _last_ending_by(cues: Sequence[Cue], at: int) -> Cue | None:
    index = bisect.bisect_right(cues, at, key=lambda cue: cue[1]) - 1
    return cues[index] if index >= 0 else None


def _first_starting_from(cues: Sequence[Cue], at: int) -> Cue | None:
    index = bisect.bisect_left(cues, at, key=lambda cue: cue[0])
    return cues[index] if index < len(cues) else None
