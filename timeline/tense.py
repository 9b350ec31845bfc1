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
def reported_figures_pattern(language: str) -> re.Pattern[str]:
    """Figures of a period and "for", right before the period: "trade data for
    (November)", "figures for the month of (May)"."""
    figures = one_of(load_lexicon(language).reported_figures)
    return re.compile(rf"\b(?:{figures})\s+for\s+(?:the\s+month\s+of\s+)?\Z", re.IGNORECASE)


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
        # past before future: a past phrase wins over the future word it begins with
        # ("could not", "could have" over "could")
        rf"(?:(?P<none>{one_of(lexicon.not_cues)})|(?P<past>{one_of(lexicon.past_cues)})"
        rf"|(?P<future>{one_of(lexicon.future_cues)})|(?P<present>{one_of(lexicon.present_cues)})"
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
    cues = _word_cues(text, language, first, last)
    scan = _PresentScan.read(text, load_lexicon(language), first, last, cues)
    return sorted([*cues, *scan.between(first, last)])


def _word_cues(text: str, language: str, first: int, last: int) -> list[tuple[int, int, Tense]]:
    """The tense words of ``text[first:last]`` but the singular present forms, which are
    read from them (see :class:`_PresentScan`), in order."""
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
        before = _cue_word_before(text, match.start(), lexicon)
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
    return sorted({*cues, *_commitments_across_a_gap(text, language, first, last)})


# The most words a phrase between a verb of commitment and its "to" may hold.
_COMMITMENT_GAP_WORDS = 4


@cache
def _commitment_gap_pattern(language: str) -> re.Pattern[str]:
    """A past verb of commitment (a ``commitment`` cue without its "to"), a short phrase opened
    by a word of ``commitment_gap_leads``, then "to" before a lower-case word."""
    lexicon = load_lexicon(language)
    # the verbs alone, not a noun of the list ("agreement to")
    stems = {cue.rsplit(" ", 1)[0] for cue in lexicon.commitment_cues if cue.endswith(" to")}
    verbs = sorted(stem for stem in stems if stem.endswith(lexicon.regular_past_ending))
    word = r"[\w'’-]+"
    return re.compile(
        rf"(?<![\w'’])(?P<verb>{one_of(verbs)})\s+(?:{one_of(lexicon.commitment_gap_leads)})"
        rf"(?:\s+{word}){{0,{_COMMITMENT_GAP_WORDS - 1}}}?\s+(?P<to>to)\s+(?P<next>[a-z]\w*)",
        re.IGNORECASE,
    )


def _commitments_across_a_gap(
    text: str, language: str, first: int, last: int
) -> list[tuple[int, int, Tense]]:
    """The verb of a commitment told apart from its "to" ("agreed on Friday to hold"): the
    verb is past (it dates the decision) and "to" opens a plan ahead, unless a noun
    follows it ("pledged again to the fund")."""
    lexicon = load_lexicon(language)
    cues: list[tuple[int, int, Tense]] = []
    for match in _commitment_gap_pattern(language).finditer(text, first, last):
        following = match.group("next")
        if following.lower() in lexicon.determiners or not following.islower():
            continue
        cues.append((match.start("verb"), match.end("verb"), "past"))
        cues.append((match.start("to"), match.end("to"), "future"))
    return cues


@cache
def _singular_present_pattern(language: str) -> re.Pattern[str]:
    """A lower-case word with the ending of a singular present ("speaks"); the letter
    before the ending is checked apart ("class" is none)."""
    ending = re.escape(load_lexicon(language).singular_present_ending)
    return re.compile(rf"(?<![\w'’-])[a-z]{{2,}}{ending}(?![\w'’-])")


@cache
def _plural_present_pattern(language: str) -> re.Pattern[str]:
    """A lower-case word right after a word with the plural ending ("lawmakers (return)"):
    a present form for a plural subject when it is the verb of its clause."""
    ending = re.escape(load_lexicon(language).singular_present_ending)
    return re.compile(rf"(?<=[a-z]{ending} )[a-z]{{3,}}(?![\w'’-])")


# Any lower-case word after another: in a sentence where a phrase qualifies a plural noun,
# the verb may follow the phrase ("ministers from the G7 (hold)").
_WORD_AFTER_A_WORD = re.compile(r"(?<=[\w.'’] )[a-z]{3,}(?![\w'’-])")


@cache
def _plural_then_modifier(language: str) -> re.Pattern[str]:
    """A word with the plural ending and a preposition opening a phrase that may qualify
    it ("ministers from")."""
    lexicon = load_lexicon(language)
    ending = re.escape(lexicon.singular_present_ending)
    return re.compile(rf"[a-z]{ending} (?:{one_of(lexicon.subject_modifiers)}) ")


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
_WORD_REST = re.compile(r"[\w'’-]*")


@dataclass(frozen=True, slots=True)
class _PresentScan:
    """Finds the present forms for a singular subject that are the verb of their clause
    (see ``singular_present`` in the lexicon) in a sentence, a stretch at a time: "the
    president speaks (on Wednesday)", not "the peace talks (on Sunday) ended", "speaking
    to his top generals (on Sunday)" nor a headline's present, which tells what happened.

    Whether a word is one depends on the sentence's other tense words and clause breaks
    alone, not on the other such forms, so a stretch is read as the whole sentence would
    be; a date needs only the stretch between it and its nearest other tense word.
    """

    text: str
    lexicon: Lexicon
    first: int
    last: int
    cues: tuple[tuple[int, int, Tense], ...]  # the other tense words, in order
    starts: tuple[int, ...]
    breaks: tuple[int, ...]
    headline_end: int
    qualified: bool  # whether a phrase may qualify a plural noun ("ministers from")
    # whether the word at an offset is such a form, for a singular or a plural subject
    verdicts: dict[tuple[int, bool], bool]

    @classmethod
    def read(
        cls,
        text: str,
        lexicon: Lexicon,
        first: int,
        last: int,
        cues: Sequence[tuple[int, int, Tense]],
    ) -> _PresentScan:
        """The scan of ``text[first:last]``, whose other tense words are ``cues`` (in order)."""
        # the cues and the clause breaks are read by bisection, so that a long sentence
        # costs no more per word than a short one
        breaks = tuple(m.start() for m in _CLAUSE_END.finditer(text, first, last))
        starts = tuple(cue[0] for cue in cues)
        headline = _headline_end(text)
        qualified = _plural_then_modifier(lexicon.language).search(text, first, last) is not None
        return cls(text, lexicon, first, last, tuple(cues), starts, breaks, headline, qualified, {})

    def _cue_between(self, left: int, right: int) -> bool:  # a cue starting in [left, right)
        at = bisect.bisect_left(self.starts, left)
        return at < len(self.starts) and self.starts[at] < right

    def between(self, left: int, right: int) -> list[tuple[int, int, Tense]]:
        """The forms starting in ``[left, right)``, in order."""
        text, lexicon = self.text, self.lexicon
        found: list[tuple[int, int, Tense]] = []
        # up to the end of the word ``right`` falls in, which the pattern must see whole
        stop = min(_WORD_REST.match(text, max(right, self.first)).end(), self.last)  # type: ignore[union-attr]
        for plural, pattern, read in (
            (False, _singular_present_pattern(lexicon.language), self._verb_of_its_clause),
            (
                True,
                _WORD_AFTER_A_WORD if self.qualified else _plural_present_pattern(lexicon.language),
                self._plural_verb_of_its_clause,
            ),
        ):
            for match in pattern.finditer(text, max(left, self.first), stop):
                start, end = match.span()
                if start >= right:
                    break
                verdict = self.verdicts.get((start, plural))
                if verdict is None:
                    verdict = self.verdicts[start, plural] = read(start, end)
                if verdict:
                    found.append((start, end, "present"))
        return sorted(found)

    def _verb_of_its_clause(self, start: int, end: int) -> bool:
        """True when the word at ``text[start:end]`` is such a form."""
        text, lexicon, cues = self.text, self.lexicon, self.cues
        not_after = lexicon.singular_present_not_after
        word = text[start:end]
        if word in lexicon.not_singular_present or start <= self.headline_end:
            return False
        if word in lexicon.reporting_present:
            return False  # the reporting present: what was said, no schedule
        if word.endswith(not_after, 0, len(word) - len(lexicon.singular_present_ending)):
            return False  # "class", "boss"
        inside = bisect.bisect_right(self.starts, start) - 1
        if inside >= 0 and start < cues[inside][1]:
            return False  # a cue already ("opens")
        possessor = _POSSESSOR_AFTER.match(text, end)
        if possessor is not None and possessor.group(1) in lexicon.weekdays:
            return False  # its object is a happening named by its day ("follows Tuesday's
            # declaration"): a relation to it, no schedule
        after = bisect.bisect_left(self.breaks, end)
        stop = self.breaks[after] if after < len(self.breaks) else self.last
        if self._cue_between(end, stop):
            return False  # another verb after it in the clause ("the peace talks on Sunday ended")
        subject = _subject_start(text, lexicon, self.first, start)
        if subject is None or self._cue_between(subject, start):
            return False  # no subject, or another verb before it in the clause
        return True

    def _plural_verb_of_its_clause(self, start: int, end: int) -> bool:
        """True when the word at ``text[start:end]`` is a present form for the plural
        subject right before it, the verb of its clause: "Lawmakers return (on Tuesday)",
        "officials said striking doctors walk out (on Monday)"; not "the peace talks (on
        Sunday)", "Troops cut (the road)", whose past is the same word."""
        text, lexicon = self.text, self.lexicon
        word = text[start:end]
        if start <= self.headline_end or self._cue_between(start, end):
            return False
        if word.endswith(lexicon.singular_present_ending) or _not_a_plural_present(word, lexicon):
            return False
        owner = _WORDS_BEFORE.search(text, self.first, start)
        if owner is not None and owner.group(1).endswith(_POSSESSIVE_ENDINGS):
            return False  # "two districts in Peru's | capital": a noun, what Peru owns
        subject = _plural_subject_start(text, lexicon, self.first, start)
        if subject is None or self._cue_between(subject, start):
            return False
        noun = _WORDS_BEFORE.search(text, subject, start)
        if noun is not None and self._verb_of_its_clause(noun.start(1), noun.end(1)):
            return False  # the word before is a verb for a singular subject ("urges restraint")
        after = bisect.bisect_left(self.breaks, end)
        stop = self.breaks[after] if after < len(self.breaks) else self.last
        return not self._cue_between(end, stop)


def _not_a_plural_present(word: str, lexicon: Lexicon) -> bool:
    """Words right after a plural noun that are no present verb of a schedule: function
    words, forms of other kinds ("-ed", "-ing", "-ly"), the present of saying."""
    return (
        word in lexicon.not_plural_present
        or word in lexicon.not_name_words
        or word in lexicon.determiners
        or word in lexicon.list_joins
        or word in lexicon.relative_pronouns
        or word in lexicon.reporting_present
        or word.endswith(
            (lexicon.regular_past_ending, lexicon.adverb_ending, lexicon.participle_ending)
        )
    )


_WORDS_BEFORE = re.compile(r"(?<![\w'’.-])([\w'’.-]+)\s+\Z")
_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")


def _plural_subject_start(text: str, lexicon: Lexicon, first: int, verb: int) -> int | None:
    """Where the plural subject of the verb at ``verb`` starts: a plural noun right before
    it, with up to three words before the noun (determiners, numbers, names, adjectives),
    opening a clause, phrases qualifying it between or not ("Members of parliament
    (vote)", "Envoys from both capitals (sign)"). None when there is none."""
    if _right_after_a_plural(text, lexicon, verb):
        subject = _plural_noun_start(text, lexicon, first, verb)
        if subject is not None:
            return subject
    phrase = _qualifying_phrase_start(text, lexicon, first, verb)
    subject = None if phrase is None else _plural_noun_start(text, lexicon, first, phrase)
    if subject is None or _mark_before(text, first, subject) not in _SENTENCE_OR_CLAUSE_BREAK:
        # after a verb or a conjunction such a noun may be an object: "told the officers at
        # a ceremony (in Nairobi)", "launched drones and missiles at Ukraine (overnight)"
        return None
    return subject


# What comes before a subject that opens its sentence ("") or a clause after a break.
_SENTENCE_OR_CLAUSE_BREAK = ("", ",", ";", ":")


def _plural_noun_start(text: str, lexicon: Lexicon, first: int, verb: int) -> int | None:
    """Where the plural noun right before ``verb`` starts, with up to three words before it,
    when it opens a clause."""
    noun = _WORDS_BEFORE.search(text, max(first, verb - 40), verb)
    if noun is None:
        return None
    head = noun.group(1).lower()
    if head in lexicon.not_singular_present or head in lexicon.reporting_present:
        return None  # "its", "news", "says"
    if head.endswith(lexicon.singular_present_not_after * 2) or _a_number(head, lexicon):
        return None  # "boss", "Congress"
    at = noun.start()
    for _ in range(3):
        if _opens_a_clause(text, lexicon, first, at):
            return at
        before = _WORDS_BEFORE.search(text, max(first, at - 30), at)
        if before is None:
            return None
        word = before.group(1)
        lower = word.lower()
        if lower in lexicon.quantifiers or lower in lexicon.present_as_noun_after:
            at = before.start()  # a determiner opens the noun phrase
            return at if _opens_a_clause(text, lexicon, first, at) else None
        if lower in lexicon.not_name_words or lower in lexicon.reporting:
            return None  # "between the two delegations": an object
        if word.islower() and lower.endswith(
            (
                lexicon.singular_present_ending,
                lexicon.regular_past_ending,
                lexicon.participle_ending,
            )
        ):
            return None  # a verb before it ("criticises the arms sale", "hitting depots")
        at = before.start()
    return at if _opens_a_clause(text, lexicon, first, at) else None


def _right_after_a_plural(text: str, lexicon: Lexicon, at: int) -> bool:
    """Whether a lower-case word with the plural ending and a space come right before ``at``."""
    ending = lexicon.singular_present_ending
    before = text[max(0, at - len(ending) - 2) : at]
    return before.endswith(ending + " ") and before[0].islower()


# How many words the phrases qualifying a plural subject may hold: "from the G7", "in
# the lower house", "of state from across Europe".
_QUALIFYING_WORDS = 6


def _qualifying_phrase_start(text: str, lexicon: Lexicon, first: int, verb: int) -> int | None:
    """Where the phrases qualifying the plural subject of the verb at ``verb`` start: a
    preposition of ``subject_modifiers`` right after a plural noun, and the words after
    it, the last no determiner ("from the G7 (hold)", "of parliament (vote)", "of state
    from across Europe (gather)"; not "of the (vote)"). None when there is none."""
    last = _WORDS_BEFORE.search(text, max(first, verb - 30), verb)
    if last is None:
        return None
    word = last.group(1).lower()
    if word in lexicon.determiners or word in lexicon.subject_modifiers:
        return None  # the phrase would end on "the", "of": the word is its noun, no verb
    at, opens, after_article = last.start(), None, False
    for _ in range(_QUALIFYING_WORDS - 1):
        before = _WORDS_BEFORE.search(text, max(first, at - 30), at)
        if before is None:
            break
        at, word = before.start(), before.group(1).lower()
        preposition = word in lexicon.subject_modifiers
        if after_article and not preposition:
            break  # an article opens a phrase after a preposition: "cut (the main road)"
        if word in lexicon.not_plural_present:
            break  # a verb before: "Fighters from the group cut (the main road)"
        if preposition and _right_after_a_plural(text, lexicon, at):
            opens = at  # the furthest: "Hundreds of mourners from across the region"
        after_article = word in lexicon.determiners
    return opens


def _subject_start(text: str, lexicon: Lexicon, first: int, verb: int) -> int | None:
    """Where the singular subject of the verb at ``verb`` starts: a pronoun right before
    it ("he"), or an article or a possessive and a noun (a word before it or not, no
    number) opening a clause: at the sentence's start, after a clause break, a word
    opening a clause or a verb reporting one ("officials said the minister"); after a
    preposition it is an object ("to his top generals"). None when there is none."""
    verb = _past_adverbs(text, lexicon, first, verb)
    if word_before(text, verb) in lexicon.singular_subjects:
        # the pronoun may end the sentence before ("Nobody saw it. Rebels ..."): no subject
        pronoun = _WORD_AT_END.search(text, max(first, verb - 20), verb)
        return pronoun.start() if pronoun is not None else None
    name = _NAME_BEFORE.search(text, max(first, verb - 60), verb)
    if name is not None:
        words = [w.lower() for w in name.group(0).split()]
        if (
            not any(_no_name(w, lexicon) for w in words)
            and _opens_a_clause(text, lexicon, first, name.start())
            and not _listed_after_a_name(text, lexicon, first, name.start())
        ):
            return name.start()  # a name: "Parliament (returns)", "Zelensky (travels)"
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
    if not _opens_a_clause(text, lexicon, first, subject.start()):
        return None
    return subject.start()


_ADVERB_AT_END = re.compile(r"(?<![\w'’-])([a-z]+)\s+\Z")


def _past_adverbs(text: str, lexicon: Lexicon, first: int, verb: int) -> int:
    """Where the adverbs right before the verb at ``verb`` start ("formally joins"), or
    ``verb`` when there are none: the subject stands before them."""
    for _ in range(3):
        adverb = _ADVERB_AT_END.search(text, max(first, verb - 24), verb)
        if adverb is None:
            break
        word = adverb.group(1)
        if word not in lexicon.between_verbs and not (
            len(word) > 4 and word.endswith(lexicon.adverb_ending)
        ):
            break
        verb = adverb.start()
    return verb


# One to four capitalised words right before a verb: a name that may be its subject.
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w.-]*\s+){1,4}\Z")


_CAPITALISED_AT_END = re.compile(r"(?<![\w'’.-])[A-Z][\w.-]*\s+(\w+)\s+\Z")


def _listed_after_a_name(text: str, lexicon: Lexicon, first: int, at: int) -> bool:
    """Whether a name at ``at`` closes a list of names ("E3 and EU (colleagues)",
    "France and Germany"): the subject they make is plural, and takes no singular form."""
    before = _CAPITALISED_AT_END.search(text, max(first, at - 40), at)
    return before is not None and before.group(1).lower() in lexicon.list_joins


def _opens_a_clause(text: str, lexicon: Lexicon, first: int, at: int) -> bool:
    """Whether a subject at ``at`` opens a clause: at the sentence's start, after a
    clause break, a word opening a clause or a verb reporting one."""
    mark = _mark_before(text, first, at)
    opener = word_before(text, at)
    return (
        not mark
        or mark in ",;:"
        or opener in lexicon.subject_openers
        or (opener in lexicon.reporting)
    )


def _mark_before(text: str, first: int, at: int) -> str:
    """The last character of ``text[first:at]`` past spaces and opening quotes or
    brackets, read back from ``at`` ("" at ``first``)."""
    while at > first and text[at - 1] in " \"'“‘(":
        at -= 1
    return text[at - 1] if at > first else ""


def _no_name(word: str, lexicon: Lexicon) -> bool:
    """A capitalised word that opens a phrase, counts or dates, naming no subject ("Despite",
    "Three", "Tuesday")."""
    return (
        word in lexicon.not_name_words
        or _a_number(word, lexicon)
        or word.capitalize() in lexicon.weekdays
        or word.capitalize() in lexicon.months
    )


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
_LAST_WORD = re.compile(r"(?<!\w)(\w+)\W{0,2}$")  # the same, tried at a word's start only
# A word right before a position, without an "n't" ending it ("didn't" is "did").
_WORD_OR_NOT_AT_END = re.compile(r"(\w+?)(?:n['’]t)?\W{0,2}\Z", re.IGNORECASE)


def _cue_word_before(text: str, start: int, lexicon: Lexicon) -> str:
    """The word before ``start`` in lower case, or none for a word that is a cue only in
    lower case and is written otherwise: the month "May" is no modal ("sales in May rose":
    "rose" is no infinitive)."""
    word = _word_as_written_before(text, start)
    return "" if word.lower() in lexicon.lower_case_cues and not word.islower() else word.lower()


def word_before(text: str, start: int) -> str:
    """The word right before ``start``, in lower case; "" when there is none."""
    return _word_as_written_before(text, start).lower()


def _word_as_written_before(text: str, start: int) -> str:
    match = _LAST_WORD.search(text[max(0, start - 20) : start])
    return match.group(1) if match else ""


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
_ASIDE_MARKS = ("(", ")", "–", "—", "--")  # what every match of _ASIDE_MARK holds


def asides(text: str, first: int, last: int) -> list[tuple[int, int]]:
    """Spans of ``text[first:last]`` set off between two spaced dashes or in brackets
    ("he will face Petro – who came second – on 17 June"): their verbs are not the
    tense of the clause around them."""
    spans: list[tuple[int, int]] = []
    if not any(text.find(mark, first, last) >= 0 for mark in _ASIDE_MARKS):
        return spans  # most sentences: no bracket or dash to look through
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
    def read(cls, text: str, spans: Sequence[tuple[int, int]], cues: Sequence[Cue]) -> _Asides:
        """The asides ``spans`` of a sentence of ``text`` and its ``cues`` grouped by them."""
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


class SentenceCues:
    """The tense words of the sentence ``text[first:last]``, indexed by offset, so that
    the ones nearest a date are found by bisection: a date in a long sentence costs no
    more than one in a short sentence.

    The present forms for a singular subject (see :class:`_PresentScan`) are sought only
    where they could be the nearest: between a date and its nearest other tense word.

    Cues inside an aside (see :func:`asides`) are kept apart: they speak for a date in
    the same aside, not for one outside it.
    """

    __slots__ = ("_words", "_scan", "_all", "_asides")

    def __init__(self, words: tuple[Cue, ...], scan: _PresentScan) -> None:
        self._words = words  # every tense word but the singular presents
        self._scan = scan
        self._all: tuple[Cue, ...] | None = None
        self._asides: _Asides | None = None

    @classmethod
    def read(cls, text: str, language: str, first: int, last: int) -> SentenceCues:
        """The cues of ``text[first:last]``."""
        words = tuple(_word_cues(text, language, first, last))
        return cls(words, _PresentScan.read(text, load_lexicon(language), first, last, words))

    @property
    def cues(self) -> tuple[Cue, ...]:
        """Every cue of the sentence, in order."""
        if self._all is None:
            scan = self._scan
            self._all = tuple(sorted([*self._words, *scan.between(scan.first, scan.last)]))
        return self._all

    def told_in_present(self) -> bool:
        """True when the sentence has a present cue and no past one."""
        kinds = {kind for _, _, kind in self._words}
        if "past" in kinds:
            return False
        return "present" in kinds or len(self.cues) > len(self._words)

    def last_before(self, at: int) -> Cue | None:
        """The last cue ending at or before ``at``."""
        if self._all is not None:
            return _last_ending_by(self._all, at)
        word = _last_ending_by(self._words, at)
        scan = self._scan
        presents = [
            cue for cue in scan.between(word[0] if word else scan.first, at) if cue[1] <= at
        ]
        return max([*presents, *([word] if word else [])], key=lambda cue: cue[1], default=None)

    def first_after(self, at: int) -> Cue | None:
        """The first cue starting at or after ``at``."""
        if self._all is not None:
            return _first_starting_from(self._all, at)
        word = _first_starting_from(self._words, at)
        presents = self._scan.between(at, word[0] if word else self._scan.last)
        return presents[0] if presents else word

    def around(self, start: int, end: int) -> tuple[Cue | None, Cue | None]:
        """The last cue ending by ``start`` and the first starting from ``end``, leaving
        out cues in asides that do not hold ``start``."""
        if self._asides is None:
            scan = self._scan
            held = asides(scan.text, scan.first, scan.last)
            self._asides = _Asides.read(scan.text, held, self.cues if held else ())
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
