"""Find temporal expressions in text, with exact offsets.

The grammar (:func:`timeline.rules.grammar`) is an ordered tuple of :class:`Rule`
objects, each one regular expression built from the language's lexicon
(``timeline/lexicon/<language>.toml``) and compiled once, with the strategy that places
what it finds. Every rule proposes candidates; :func:`longest_first` keeps the longest
span where candidates overlap (on equal length, the earlier rule wins). Finding says nothing about
the calendar: :mod:`timeline.resolve` places what is found here.

Matching runs on :func:`timeline.text.unwrap` of the text, which has the same offsets,
so an expression broken by a hard line wrap ("back\\nin August") is still one expression.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING

from timeline.lexicon import Lexicon
from timeline.model import Granularity, TimexType
from timeline.text import one_of, unwrap

if TYPE_CHECKING:
    from timeline.placing import Context, Placement, Strategy


@dataclass(frozen=True, slots=True)
class Found:
    """A candidate expression: half-open offsets, the rule that matched and its parts.

    ``parts`` maps the rule's named groups that matched to their text, lower-cased
    except calendar names (months, weekdays), which keep their spelling.
    """

    start: int
    end: int
    rule: str
    type: TimexType
    parts: Mapping[str, str]


# Checks of a match in its text; whether a found expression is placed in the second
# pass (once the dates it may hang on are known); whether a passage's story time
# places it; the expression at the other end of a range (text, found, lexicon, end of
# the expression kept before, start of the one kept after).
Accept = Callable[[str, "re.Match[str]", Lexicon], bool]
Later = Callable[[Found, str, Lexicon], bool]
Narrated = Callable[[Found, Lexicon], bool]
Partner = Callable[[str, Found, Lexicon, int, int], "Found | None"]


@dataclass(frozen=True, slots=True, eq=False)
class Rule:
    """One grammar rule, everything about it in one object: a name, the TIMEX3 type it
        yields, a compiled pattern with a ``core`` group (the span kept), the strategy that
        places what it finds (``place``), the words every match holds (the pattern is only
        run near them, for speed), the groups ``place`` reads, an optional check of the
        surrounding text, when a match is placed in the second pass (``later``), whether a
        passage's story time places it (``narrated``), and the other end of a range it may
        have (``partner``), and whether an expression counts from the moment of writing
    (``from_writing``; by default, when a relation word such as "last" says so).
    ``aliases`` give the groups of alternative branches one name ("ago2" -> "ago"):
    the strategy reads the parts under those names. A ``compared`` rule's dates are
    points of comparison ("a year ago", "the year-ago quarter"), never the focus a
    later expression counts from. ``cycle`` is the unit after which the rule's
    expressions name the same calendar position again ("Monday" a week on, "March 3" a
    year on): the end of a range is moved by it to come after its start."""

    name: str
    type: TimexType
    pattern: re.Pattern[str]
    place: Strategy  # always a DeclaredStrategy once built
    accept: Accept | None = None
    near: frozenset[str] = frozenset()
    reads: frozenset[str] = frozenset()
    later: Later | None = None
    narrated: Narrated | None = None
    partner: Partner | None = None
    from_writing: Narrated | None = None
    aliases: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    compared: bool = False
    cycle: Granularity | None = None

    def __post_init__(self) -> None:
        # The strategy sees only the groups it declares, in this rule and any copy of it.
        strategy = self.place.strategy if isinstance(self.place, DeclaredStrategy) else self.place
        groups = frozenset(self.aliases.get(group, group) for group in self.pattern.groupindex)
        declared = DeclaredStrategy(strategy, self.name, self.reads, groups)
        object.__setattr__(self, "place", declared)


class UndeclaredGroupError(LookupError):
    """A strategy read a group of its rule's pattern that the rule does not declare."""


@dataclass(frozen=True, slots=True)
class DeclaredStrategy:
    """A rule's strategy, called with only the parts the rule declares it reads
    (``Rule.reads``): reading another group of the pattern raises
    :class:`UndeclaredGroupError`, so the declaration cannot drift from the code."""

    strategy: Strategy
    rule: str
    reads: frozenset[str]
    groups: frozenset[str]

    def __call__(self, found: Found, ctx: Context) -> Placement | None:
        parts = DeclaredParts(found.parts, self)
        # built directly: ``dataclasses.replace`` reads the fields again on every call
        return self.strategy(Found(found.start, found.end, found.rule, found.type, parts), ctx)


class DeclaredParts(Mapping[str, str]):
    """The parts of a found expression a strategy may read (see :class:`DeclaredStrategy`).
    A name that is no group of the pattern is simply absent (strategies shared by
    several rules look for the groups of each)."""

    __slots__ = ("_parts", "_declared")

    def __init__(self, parts: Mapping[str, str], declared: DeclaredStrategy) -> None:
        self._parts = parts
        self._declared = declared

    def _readable(self, key: str) -> bool:
        if key in self._declared.reads:
            return True
        if key in self._declared.groups:
            raise UndeclaredGroupError(
                f"rule {self._declared.rule!r} reads group {key!r} it does not declare"
            )
        return False

    def __getitem__(self, key: str) -> str:
        if not self._readable(key):
            raise KeyError(key)
        return self._parts[key]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._readable(key) and key in self._parts

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return self._parts.get(key, default) if self._readable(key) else default

    def __iter__(self) -> Iterator[str]:
        return (key for key in self._parts if key in self._declared.reads)

    def __len__(self) -> int:
        return sum(1 for _ in self)


@dataclass(frozen=True, eq=False)
class Grammar:
    """The ordered rules of one language (see :func:`timeline.rules.grammar`)."""

    language: str
    lexicon: Lexicon
    rules: tuple[Rule, ...]

    @cached_property
    def by_name(self) -> Mapping[str, Rule]:
        """Each rule under its name."""
        return {rule.name: rule for rule in self.rules}

    @cached_property
    def calendar_names(self) -> frozenset[str]:
        """Words that are capitalised as calendar names (months, weekdays, holidays) or
        may be (seasons: "the Autumn of 2007", spelled days: "the Fourth of July")."""
        lexicon = self.lexicon
        seasons = [season.capitalize() for season in lexicon.seasons]
        days = [day.title() for day in lexicon.spelled_days]
        names = [*lexicon.months, *lexicon.weekdays, *lexicon.holidays, *seasons, *days]
        return frozenset(word for name in names for word in _LETTERS.findall(name))

    @cached_property
    def compared(self) -> frozenset[str]:
        """The names of the rules whose dates are points of comparison."""
        return frozenset(rule.name for rule in self.rules if rule.compared)

    @cached_property
    def order(self) -> Mapping[str, int]:
        """The position of each rule in the grammar (the earlier wins a tie)."""
        return MappingProxyType({rule.name: index for index, rule in enumerate(self.rules)})


# ----------------------------------------------------------------------------- helpers


_LAST_WORD = re.compile(r"([\w.\-]+)\W*$")
_FIRST_WORD = re.compile(r"\s*([\w%]+)")
# How far after an expression its next word is looked for.
_NEXT_WORD_REACH = 30


def previous_word(text: str, start: int) -> str:
    """The word before ``start`` (lower case; dots and hyphens kept)."""
    match = _LAST_WORD.search(text[max(0, start - 30) : start])
    return match.group(1).lower() if match else ""


def opens_on(text: str, start: int, phrases: Iterable[str]) -> bool:
    """Whether the words from ``start`` open on one of ``phrases`` (lower case), whole
    ("[after] first light", "[a Nov. 27] deadline")."""
    following = " ".join(text[start : start + 40].lower().split())
    return any(
        following.startswith(phrase) and following[len(phrase) : len(phrase) + 1] in " ,.;:"
        for phrase in phrases
    )


def next_word(text: str, end: int) -> str:
    """The word after ``end`` (lower case)."""
    match = _FIRST_WORD.match(text, end, end + _NEXT_WORD_REACH)
    return match.group(1).lower() if match else ""


# ----------------------------------------------------------------------------- finding

_KEEP_CASE = frozenset({"closing", "gloss", "month", "weekday", "weekdays", "zone"})


def _parts(match: re.Match[str], aliases: Mapping[str, str]) -> Mapping[str, str]:
    named = (
        (aliases.get(name, name), value)
        for name, value in match.groupdict().items()
        if value is not None and name != "core"
    )
    return MappingProxyType(
        {
            name: value if name in _KEEP_CASE else " ".join(value.lower().split())
            for name, value in named
        }
    )


def candidates(text: str, grammar: Grammar) -> list[Found]:
    """Every match of every rule in ``text`` (overlapping), in rule order."""
    return _candidates_in(unwrap(text), grammar, text)


def _candidates_in(flat: str, grammar: Grammar, text: str) -> list[Found]:
    """Every match of every rule in ``flat`` (``text`` unwrapped, whose line breaks
    still show where a line opens)."""
    lexicon = grammar.lexicon
    where = _trigger_positions(flat, grammar)
    found: list[Found] = []
    whole = [(0, len(flat))]
    segments_of: dict[frozenset[str], list[tuple[int, int]]] = {}  # rules of the same words
    for rule in grammar.rules:
        segments = segments_of.get(rule.near) if rule.near else whole
        if segments is None:
            segments = segments_of[rule.near] = _segments(flat, where[rule.name])
        for first, last in segments:
            for match in rule.pattern.finditer(flat, first, last):
                if rule.accept is not None and not rule.accept(flat, match, lexicon):
                    continue
                start, end = match.span("core")
                if _in_a_name(flat, start, end, grammar.calendar_names, text):
                    continue
                if _heads_a_name(flat, end, lexicon.name_heads):
                    continue
                found.append(Found(start, end, rule.name, rule.type, _parts(match, rule.aliases)))
    return found


_LETTERS = re.compile(r"[^\W\d_]+")
# What may come right before a word that opens a sentence or a quotation.
_OPENS_SENTENCE = frozenset(".!?:\"'`‘“([")


def opens_sentence(text: str, start: int) -> bool:
    """True when the word at ``start`` opens the text, a sentence or a quotation."""
    before = text[max(0, start - 3) : start].rstrip()
    return not before or before[-1] in _OPENS_SENTENCE


def _in_a_name(text: str, start: int, end: int, names: frozenset[str], lines: str) -> bool:
    """True when a capitalised word that is no calendar name and does not open a
    sentence, a quotation or a line of ``lines`` (the text before unwrapping, where a
    heading or a dateline ends its line) shows the expression is part of a title or a
    name ("ABC's "This Week"", "VOA Today", "High Noon"), which TimeML leaves unmarked."""
    span = text[start:end]
    if span.lower() == span:  # no capital letter: most expressions
        return False
    for match in _LETTERS.finditer(text, start, end):
        word = match.group()
        if not word[0].isupper() or word.isupper() or word in names or word[:-1] in names:
            continue
        if title_case_around(text, start, end):
            return False  # a headline capitalises every word
        opens = opens_sentence(text, match.start())
        opens = opens or "\n" in lines[max(0, match.start() - 3) : match.start()]
        if match.start() == start and opens:
            continue
        return True
    return False


def _heads_a_name(text: str, end: int, heads: frozenset[str]) -> bool:
    """True when a capitalised word that names a body or a place follows the expression:
    "the March 23 Movement", "the 6th of October Bridge"."""
    word = next_word(text, end)
    if word not in heads:
        return False
    after = text[end : end + _NEXT_WORD_REACH].lstrip()[: len(word)]
    return after[:1].isupper() and not after.isupper()


def title_case_around(text: str, start: int, end: int) -> bool:
    """True when nearly all longer words around the span are capitalised (a headline)."""
    around = text[max(0, start - 50) : start] + " " + text[end : end + 50]
    words = [word for word in _LETTERS.findall(around) if len(word) > 3]
    capitalised = sum(word[0].isupper() for word in words)
    return len(words) >= 3 and capitalised >= 0.8 * len(words)


# Stand for numbers among a rule's trigger words: of one or two digits, of four, and
# a number of tens in the plural ("1990s", "'80s").
SHORT_NUMBER = "0"
FOUR_DIGITS = "0000"
TENS = "0s"
_NUMBER_KEYS = {1: SHORT_NUMBER, 2: SHORT_NUMBER, 4: FOUR_DIGITS}


def short_number_before(mark: str) -> str:
    """The trigger word standing for a number of one or two digits written right before
    ``mark`` ("/", ".", ":") and a digit: "12/02/2025", "3:07:35"."""
    return SHORT_NUMBER + mark


# How far before and after a rule's trigger word one of its matches may reach.
REACH_BEFORE = 50
REACH_AFTER = 40


@dataclass(frozen=True, slots=True)
class _Triggers:
    """The rules each trigger word starts, and the patterns that find the words of a text
    that may be triggers: listed words and their plurals, and runs of digits (numbers of
    1, 2 or 4 digits are triggers). A word is matched with the character before it: the
    pattern then opens on a character set, and the regex engine skips over the letters
    inside words instead of trying a match at each of them."""

    rules_of: dict[str, tuple[str, ...]]
    words: re.Pattern[str]
    numbers: re.Pattern[str]


@cache
def _triggers(grammar: Grammar) -> _Triggers:
    index: dict[str, list[str]] = {}
    for rule in grammar.rules:
        for word in rule.near:
            index.setdefault(word, []).append(rule.name)
    words = [word for word in index if not word[0].isdigit()]
    return _Triggers(
        {word: tuple(names) for word, names in index.items()},
        re.compile(rf"[^a-z]{one_of(words)}(?:[a-z]?s)?(?![a-z])"),
        # a digit opens the pattern (a group would hide it from the engine's skipping)
        re.compile(r"\d(\d*)(?:['’]?s(?![a-z])|[/.:](?=\d))?"),
    )


def _tokens(lowered: str, triggers: _Triggers) -> list[tuple[int, int]]:
    """Spans of the words and numbers of ``lowered`` that may be triggers, in order."""
    # " " stands before the text's first word; a match starts on the character before
    # its word, so in ``lowered`` the word starts where the match starts.
    tokens = [(m.start(), m.end() - 1) for m in triggers.words.finditer(" " + lowered)]
    numbers = triggers.numbers.finditer(lowered)
    tokens += [m.span() for m in numbers if len(m.group(1)) + 1 in _NUMBER_KEYS]
    tokens.sort()
    return tokens


def _trigger_positions(text: str, grammar: Grammar) -> dict[str, list[tuple[int, int]]]:
    """Spans of each rule's trigger words in ``text``, in order."""
    triggers = _triggers(grammar)
    rules_of = triggers.rules_of
    where: dict[str, list[tuple[int, int]]] = {rule.name: [] for rule in grammar.rules}
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters change length when lowered ("İ")
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for start, end in _tokens(lowered, triggers):
        word = lowered[start:end]
        if word[0].isdigit():
            mark = word[-1]
            if mark.isdigit():
                names = rules_of.get(_NUMBER_KEYS[len(word)], ())
            elif mark == "s":  # "1990s", "'80s"
                digits = word.rstrip("s'’")
                names = rules_of.get(_NUMBER_KEYS[len(digits)], ())
                if digits[-1] == "0":
                    names += rules_of.get(TENS, ())
            else:  # "12/", "3:"
                key = _NUMBER_KEYS[len(word) - 1]
                names = rules_of.get(key, ()) + rules_of.get(key + mark, ())
        else:
            names = rules_of.get(word, ())
            if word[-1] == "s":  # plurals: "years", "Tuesdays" ("centuries" is listed)
                names += rules_of.get(word[:-1], ()) + rules_of.get(word[:-2], ())
        for name in names:
            where[name].append((start, end))
    return where


_SPACE = re.compile(r"\s")
_NO_LETTER = re.compile(r"\W")
# Longer than any word: where no whitespace comes within this, a stretch ends at the next
# mark between words, or is cut, so that text without spaces (words joined by hyphens or
# slashes) is not read to its end for each rule.
_LONGEST_WORD = 64


def _segments(text: str, triggers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stretches of ``text`` around trigger words, merged: a rule need only look there,
    and most of a text holds no date. A stretch ends at whitespace, so that no word is
    cut (or, in a run of text without spaces, at a mark between words); it may start
    inside one, since patterns look behind their start."""
    segments: list[tuple[int, int]] = []
    for start, end in triggers:
        first = max(0, start - REACH_BEFORE)
        if segments and first <= segments[-1][1] and end + REACH_AFTER <= segments[-1][1]:
            continue
        reach = min(len(text), end + REACH_AFTER)
        bound = min(len(text), reach + _LONGEST_WORD)
        space = _SPACE.search(text, reach, bound) or _NO_LETTER.search(text, reach, bound)
        last = space.start() if space else bound
        if segments and first <= segments[-1][1]:
            segments[-1] = (segments[-1][0], max(last, segments[-1][1]))
        else:
            segments.append((first, last))
    return segments


def longest_first(found: Iterable[Found], grammar: Grammar) -> list[Found]:
    """Overlap policy: keep the longest candidate where candidates overlap.

    On equal length the earlier rule (lower position in the grammar) wins, then the
    leftmost span. Returns the kept candidates sorted by start.
    """
    order = grammar.order
    ranked = sorted(found, key=lambda f: (f.start - f.end, order.get(f.rule, len(order)), f.start))
    return _where_free([], ranked)


def _where_free(kept: list[Found], ranked: Iterable[Found]) -> list[Found]:
    """``kept`` (sorted by start, never overlapping) with each of ``ranked`` in turn
    that overlaps nothing kept so far."""
    kept = list(kept)
    starts = [item.start for item in kept]
    for item in ranked:
        at = bisect.bisect_right(starts, item.start)
        if at > 0 and kept[at - 1].end > item.start:
            continue
        if at < len(kept) and kept[at].start < item.end:
            continue
        kept.insert(at, item)
        starts.insert(at, item.start)
    return kept


def find_mentions(text: str, grammar: Grammar) -> list[Found]:
    """Temporal expressions in ``text``: non-overlapping, longest first, sorted by start."""
    flat = unwrap(text)
    kept = longest_first(_candidates_in(flat, grammar, text), grammar)
    return _with_partners(flat, kept, grammar)


def _with_partners(text: str, kept: list[Found], grammar: Grammar) -> list[Found]:
    """Add the other end of a range that a kept expression's rule finds next to it
    (``Rule.partner``: "April 24 and 25", "23-24 November", "2014-15"), which TimeML
    marks as an expression of its own. Partners pass the same overlap policy, after
    the expressions kept: each is kept where nothing kept lies."""
    partners: list[Found] = []
    for at, found in enumerate(kept):
        partner_of = grammar.by_name[found.rule].partner
        if partner_of is None:
            continue
        previous_end = kept[at - 1].end if at else 0
        next_start = kept[at + 1].start if at + 1 < len(kept) else len(text)
        partner = partner_of(text, found, grammar.lexicon, previous_end, next_start)
        while partner is not None:  # a list goes on: "June 26, 27 and 28"
            partners.append(partner)
            partner = partner_of(text, partner, grammar.lexicon, partner.start, next_start)
    return _where_free(kept, partners) if partners else kept
