"""A sentence read once for the events it holds, and where one date stands in it.

:class:`SentenceView` holds what every date of a sentence shares: its words, where its
clauses may break, its quotations and its cue matches. :class:`DateClause` is one date
in that sentence: the clauses around it (a break inside the date expression is not a
break), the clause it stands in and the clause that tells its event. All offsets are
those of the article text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from timeline.document import Document, Token
from timeline.lexicon.events import Cue, EventLexicon, Sense
from timeline.model import Category, Mention

# A bracketed aside does not break a clause: the headline drops it instead.
_CLAUSE_BREAK = re.compile(r"[,;:][’”\"']*(?=\s)|\s(?:--|[–—-])\s")
_PUNCTUATION = re.compile(r"[,;:()\[\]“”\"–—]")

Span = tuple[int, int]

NAMED_OBJECT_WORDS = 6  # words of the object of "called" before what it calls it
_OPENING_QUOTE = re.compile(r"\s+[\"“‘']")  # a space, then a mark on the next word
SERIES_WORDS = 3  # words of one item of a series split by commas ("collapsing health care")


@dataclass(frozen=True, slots=True)
class CueMatch:
    """A cue found in a sentence, in the sense its neighbours give it.

    ``first``/``last`` are token indices; ``sense`` is the context word that changed
    the cue's category ("" when none did); ``across`` is the span of the date expression
    the cue's words stand around, which only that date's event may take.
    """

    first: int
    last: int
    cue: Cue
    category: Category
    sense: str = ""
    across: Span | None = None  # the date a cue runs across ("spoke this morning with")


@dataclass(frozen=True, slots=True)
class SentenceView:
    """One sentence of a :class:`~timeline.document.Document`, read once.

    ``breaks`` are the offsets where a clause may end; ``broken[k]`` is true when
    punctuation stands between token ``k - 1`` and token ``k``; ``quotes`` are the
    quotations of more than three words; ``cues`` are the cue matches as
    ``(first, last, cue, category, context)``: token indices, the cue, the category it
    counts for in this sentence and the context word that decided a changed sense;
    ``dated`` are the spans of its placed dates, each of which may date an event.
    """

    document: Document
    start: int
    end: int
    lexicon: EventLexicon
    tokens: tuple[Token, ...]
    starts: tuple[int, ...]
    broken: tuple[bool, ...]
    breaks: tuple[int, ...]
    quotes: tuple[Span, ...]
    cues: tuple[CueMatch, ...]
    dated: tuple[Span, ...] = ()

    @property
    def text(self) -> str:
        """The flat text of the whole article (offsets are article offsets)."""
        return self.document.flat

    def words(self, name: str) -> frozenset[str]:
        """A named word list of the lexicon's [grammar] table."""
        return self.lexicon.grammar[name]

    def reacts(self, index: int, reading: str) -> bool:
        """Whether token ``index`` is a word of reacting in ``reading`` (see
        :data:`timeline.lexicon.events.REACTIONS`): one of the lexicon's, or a verb of calling
        that names its object, as condemning does (:meth:`named_complement`)."""
        norm = self.tokens[index].norm
        return self.lexicon.reacts(norm, reading) or self.named_complement(index) is not None

    def named_complement(self, index: int) -> int | None:
        """Where what a verb of calling at token ``index`` (``calling_verbs``) calls its
        object starts: its object opens on a word of ``named_object_openers`` and is
        followed within :data:`NAMED_OBJECT_WORDS` words by "a", "an" or a quotation
        ("called the strike | \"horrible\"", "called it | a war crime", "called the attack
        on the city | an act of terror"), a short one too ("called the raid | \"a crime\""); None
        for "called a strike", "called on both sides", "called the president on Monday to
        discuss a deal"."""
        if self.tokens[index].norm not in self.words("calling_verbs"):
            return None
        first = index + 1
        if first >= len(self.tokens) or self.tokens[first].norm not in self.words(
            "named_object_openers"
        ):
            return None
        stops = self.words("clause_openers") | self.words("named_object_stops")
        for after in range(first + 1, min(first + 1 + NAMED_OBJECT_WORDS, len(self.tokens))):
            token = self.tokens[after]
            opened = self.tokens[after - 1].end
            if any(opened <= s <= token.start < e for s, e in self.quotes) or (
                _OPENING_QUOTE.fullmatch(self.document.flat, opened, token.start)
            ):
                return token.start  # a quotation opens here
            if self.break_before(after) or token.norm in stops:
                return None
            if token.norm in self.words("complement_openers"):
                return token.start
        return None

    def index_at(self, offset: int) -> int | None:
        """Index of the token starting at ``offset``."""
        index = bisect_left(self.starts, offset)
        return index if index < len(self.starts) and self.starts[index] == offset else None

    def span_indices(self, left: int, right: int) -> range:
        """Indices of the tokens inside ``[left, right)``."""
        first = bisect_left(self.starts, left)
        last = bisect_left(self.starts, right)
        while last > first and self.tokens[last - 1].end > right:
            last -= 1
        return range(first, last)

    def in_span(self, left: int, right: int) -> tuple[Token, ...]:
        """The tokens inside ``[left, right)``."""
        indices = self.span_indices(left, right)
        return self.tokens[indices.start : indices.stop]

    def in_date(self, token: Token) -> bool:
        """Whether ``token`` is a word of one of the sentence's placed dates ("that" in
        "later that day"): the date's own, no word of the clause around it."""
        return any(left <= token.start < right for left, right in self.dated)

    def break_before(self, index: int) -> bool:
        """True when punctuation separates token ``index`` from the one before."""
        return 0 < index < len(self.broken) and self.broken[index]


def sentence_view(
    document: Document,
    span: Span,
    lexicon: EventLexicon,
    dates: Sequence[Span] = (),
    dated: Sequence[Span] = (),
) -> SentenceView:
    """Read the sentence ``span`` of ``document`` once; ``dates`` are the spans of its date
    expressions, which a cue may run across ("spoke this morning with"), ``dated`` those
    of them that are placed."""
    start, end = span
    flat = document.flat
    tokens = document.tokens_in(start, end)
    broken = tuple(
        index > 0 and _PUNCTUATION.search(flat, tokens[index - 1].end, token.start) is not None
        for index, token in enumerate(tokens)
    )
    return SentenceView(
        document=document,
        start=start,
        end=end,
        lexicon=lexicon,
        tokens=tokens,
        starts=tuple(t.start for t in tokens),
        broken=broken,
        breaks=_clause_breaks(flat, tokens, span, lexicon),
        quotes=document.quotes_in(start, end),
        cues=_cue_matches(lexicon, tokens, dates, broken),
        dated=tuple(dated),
    )


TAG_WORDS = 3  # words in brackets tagging a name: "(D)", "(D-Ore.)", "(HSB)"


def bracketed_tag_start(text: str, tokens: Sequence[Token], last: int, end: int) -> int:
    """Index of the first of ``tokens`` inside brackets of at most ``TAG_WORDS`` words that
    close right after token ``last`` ("Ana Ruiz (D)", "Ana Ruiz (D-Ore.)", "the Harbour
    Safety Board (HSB)"): a party, a state or an acronym tagging the name before it; else
    ``last + 1``. ``end`` is where the text after the last token ends."""
    after = tokens[last + 1].start if last + 1 < len(tokens) else end
    if not text[tokens[last].end : after].lstrip(" .").startswith(")"):
        return last + 1
    for k in range(last, max(last - TAG_WORDS, 0), -1):
        if "(" in text[tokens[k - 1].end : tokens[k].start]:
            return k
    return last + 1


def _clause_breaks(
    flat: str, tokens: Sequence[Token], span: Span, lexicon: EventLexicon
) -> tuple[int, ...]:
    """Where the clauses of the sentence ``span`` may end: at its punctuation, but not at
    the commas of a series ("infants, mothers, and the elderly"): items of at most
    ``SERIES_WORDS`` words, each closed by a comma, the last comma followed by "and"."""
    breaks = [b.start() for b in _CLAUSE_BREAK.finditer(flat, *span)]
    starts = [t.start for t in tokens]
    joiners = lexicon.grammar["series_joiners"]
    series: set[int] = set()
    for here, after in reversed(list(zip(breaks, breaks[1:], strict=False))):
        if flat[here] != "," or flat[after] != ",":
            continue
        first, following = bisect_left(starts, here), bisect_left(starts, after)
        if not 0 < following - first <= SERIES_WORDS or not _is_series_item(
            tokens[first:following], lexicon
        ):
            continue
        if after in series or (following < len(tokens) and tokens[following].norm in joiners):
            series |= {here, after}
    return tuple(b for b in breaks if b not in series)


def _is_series_item(words: Sequence[Token], lexicon: EventLexicon) -> bool:
    """True for words that may be one item of a series: a noun phrase, not the last item
    (", and blankets"), an aside (", including a child") or a saying (", the army said")."""
    return (
        words[0].norm not in lexicon.grammar["series_joiners"]
        and words[0].norm not in lexicon.grammar["trailing_words"]
        and not any(w.norm in lexicon.stance_of or w.norm.endswith("ed") for w in words)
    )


def _cue_matches(
    lexicon: EventLexicon, tokens: Sequence[Token], dates: Sequence[Span], broken: Sequence[bool]
) -> tuple[CueMatch, ...]:
    """The cues of the sentence, and those a date expression stands inside ("spoke this
    morning with", "agreed on Tuesday to"). The dates are no context of a cue's sense
    ("agreed on Tuesday to cut tariffs": tariffs stand next to "agreed"); ``broken`` marks
    the words a punctuation mark stands before."""
    norms = [t.norm for t in tokens]
    openers = lexicon.grammar["clause_openers"] - lexicon.grammar["series_joiners"]
    openers |= lexicon.grammar["relatives"]
    # words a governed phrase cannot run past: another clause opens there
    going_on = lexicon.grammar["list_continuers"]
    stops = [(b and n not in going_on) or n in openers for b, n in zip(broken, norms, strict=True)]
    kept = [i for i, t in enumerate(tokens) if not any(s <= t.start < e for s, e in dates)]
    # a word a cue leaves open ("spoke * with") is never a date's: "spoke today with" is
    # found across the date below, for that date alone
    kept_set = set(kept)
    found = [
        match
        for match in _cues_in(lexicon, norms, stops, broken, kept)
        if all(
            word != "*" or match.first + offset in kept_set
            for offset, word in enumerate(match.cue.words)
        )
    ]
    if len(kept) < len(tokens):
        seen = {(m.first, m.last) for m in found}
        kept_stops = [
            stops[i] or any(broken[j] for j in range(kept[p - 1] + 1, i)) if p else stops[i]
            for p, i in enumerate(kept)
        ]
        kept_broken = [
            broken[i] or any(broken[j] for j in range(kept[p - 1] + 1, i)) if p else broken[i]
            for p, i in enumerate(kept)
        ]
        kept_norms = [norms[i] for i in kept]
        for match in _cues_in(lexicon, kept_norms, kept_stops, kept_broken):
            first, last = kept[match.first], kept[match.last]
            if last - first > match.last - match.first and (first, last) not in seen:
                inside = [tokens[i] for i in range(first, last + 1) if i not in kept_set]
                across = (inside[0].start, inside[-1].end)
                found.append(replace(match, first=first, last=last, across=across))
    return tuple(found)


def _cues_in(
    lexicon: EventLexicon,
    norms: list[str],
    stops: Sequence[bool],
    broken: Sequence[bool],
    kept: Sequence[int] | None = None,
) -> list[CueMatch]:
    """The cues of ``norms`` in their senses; a sense reads only the words at ``kept``
    (all when ``None``) around a cue that stands outside the others; ``stops`` marks the
    words of ``norms`` that open another phrase, ``broken`` those a punctuation mark
    stands before."""
    where = {index: position for position, index in enumerate(kept or ())}
    words = [norms[index] for index in kept] if kept is not None else norms
    word_stops = [stops[index] for index in kept] if kept is not None else stops
    results = lexicon.grammar["result_participles"]
    backs = _result_clause_starts(norms, broken, results)
    word_backs = (
        _result_clause_starts(words, [broken[index] for index in kept], results)
        if kept is not None
        else backs
    )
    found = []
    matches = lexicon.cues.matches(norms)
    for first, last, cue in matches:
        around, left, right, ends, back = norms, first, last, stops, backs.get(first)
        if first in where and last in where:
            around, left, right, ends = words, where[first], where[last], word_stops
            back = word_backs.get(left)
        senses = lexicon.senses_of(norms[first])
        sense = next(
            (
                s
                for s in senses
                if s.applies(around, left, right, ends, back)
                and not (s.governed and _names_a_happening(lexicon, around, right + 1))
                and not (
                    s.alone and _rival_near(s, cue, first, last, matches, norms, backs.get(first))
                )
            ),
            None,
        )
        if sense is None:
            found.append(CueMatch(first, last, cue, cue.category))
        elif sense.category is not None:
            context = sense.context_word(around, left, right, ends, back) or ""
            found.append(CueMatch(first, last, cue, sense.category, context))
    return found


def _result_clause_starts(
    norms: Sequence[str], broken: Sequence[bool], results: frozenset[str]
) -> dict[int, int]:
    """Where the clause starts that a result participle closes, by the index of each word
    of the participle's phrase: a phrase set off after the clause ("crashed into a hostel
    moments after take-off, | killing 240", "gave way, | leaving 23 dead") tells what the
    whole clause caused, so the clause is its context."""
    starts = {}
    start = 0
    back: int | None = None
    for index, norm in enumerate(norms):
        if index and broken[index]:
            back = start if norm in results else None
            start = index
        if back is not None:
            starts[index] = back
    return starts


def _names_a_happening(lexicon: EventLexicon, norms: Sequence[str], index: int) -> bool:
    """True when word ``index`` is a noun of a happening ("strike", "fire", "attacks"): a
    cue before it only says what kind ("delivered artillery fire", "a missile strike")."""
    if index >= len(norms):
        return False
    norm = norms[index]
    return any(
        norm.endswith(plural) and norm[: len(norm) - len(plural)] in lexicon.happening_nouns
        for plural in ("", "s", "es")
    )


def _rival_near(
    sense: Sense,
    cue: Cue,
    first: int,
    last: int,
    matches: Sequence[tuple[int, int, Cue]],
    norms: Sequence[str],
    back: int | None = None,
) -> bool:
    """True when an act of ``cue``'s own category (no weak cue) with no word ``sense`` reads
    stands within its reach of words ``first..last`` ("an airstrike killed 20 near the
    rally"; not "were shot", nor who acts or suffers: "troops", "injured"), or, for a
    result participle, in the clause it closes, from word ``back`` on."""
    low, high = first - sense.reach, last + sense.reach
    if back is not None:
        low = min(low, back)
    return any(
        other.category == cue.category
        and not other.weak
        and not any(sense.fits(norm) for norm in norms[start : end + 1])
        for start, end, other in matches
        if low <= start and end <= high and (start, end) != (first, last)
    )


@dataclass(frozen=True, slots=True)
class DateClause:
    """One date in its sentence.

    ``clauses`` are the sentence's clauses around this date, ``own`` the index of the
    one holding it; ``home`` is the span that tells the event: the date's clause, joined
    to a neighbour when it says nothing else; ``anchor_end`` ends the date and, for a
    relational date ("on the eve of the talks"), the phrase it points to.
    """

    view: SentenceView
    mention: Mention
    clauses: tuple[Span, ...]
    own: int
    home: Span
    anchor_end: int

    def clause_of(self, offset: int) -> int | None:
        """Index of the clause holding ``offset``."""
        index = bisect_right([s for s, _ in self.clauses], offset) - 1
        if index >= 0 and offset < self.clauses[index][1]:
            return index
        return None

    def in_home(self, offset: int) -> bool:
        return self.home[0] <= offset < self.home[1]

    def subordinate_start(self, span: Span) -> int:
        """Where the part of ``span`` that holds the date starts: at a subordinator with
        words between it and the date ("have been killed since the truce took effect on
        Sunday": the truce), otherwise at the span's start."""
        view = self.view
        subordinators = view.words("subordinators")
        stopwords = view.words("stopwords")
        content = 0
        for token in reversed(view.in_span(span[0], self.mention.char_start)):
            if token.norm in subordinators and content:
                return token.start
            content += token.norm not in stopwords
        return span[0]

    def home_past_aside(self) -> Span:
        """The home run on to the verb after a name or description set off after its
        subject ("On Tuesday, the army chief, | General Amos Dari, | announced his
        resignation"): the verb tells the event."""
        return _past_apposition(self.view, self.clauses, self.home)

    def appositions(self) -> list[Span]:
        """The descriptions set off by commas beside a subject with no verb of its own,
        before the verb that goes on from that subject ("Kherson, | a port city devastated
        by floods, | was shelled"; "the Virat, | another tanker under sanctions, | was
        struck"): they say what the subject is, not what happened. Not one holding the date,
        nor a clause with its own verb after a phrase ("On Sunday, | a car bomb exploded")."""
        view, clauses = self.view, self.clauses
        found = []
        for index in range(1, len(clauses) - 1):
            span, subject = clauses[index], clauses[index - 1]
            words = view.span_indices(*subject)
            opening, then = _first_word(view, span), _first_word(view, clauses[index + 1])
            if (
                opening is not None
                and opening.norm in view.words("determiners")
                and then is not None
                and _is_verb(view, then)
                and not span[0] <= self.mention.char_start < span[1]
                and 0 < len(words) <= APPOSITION_SUBJECT_WORDS
                and view.tokens[words.start].norm not in view.words("prepositions")
                and not any(_is_verb(view, view.tokens[i]) for i in words)
            ):
                found.append(span)
        return found

    def after_relative_aside(self) -> bool:
        """True when the date's clause, joined to the one before it, opens on a verb after
        a relative clause set off beside its subject ("Henry, | who was abroad when the
        violence broke out, | resigned in April"): the verb tells the event, not the
        aside."""
        left, right = self.clauses[self.own]
        opening = self.view.in_span(left, right)[:1]
        return (
            self.own > 1
            and self.home[0] < left
            and _opens_on(self.view, self.clauses[self.own - 1], "relatives")
            and bool(opening)
            and _is_verb(self.view, opening[0])
        )

    def set_off(self) -> Span | None:
        """The phrase holding the date when it is set off after the subject and the verb
        after it tells the event ("The minister, | at a news conference on Tuesday, |
        announced sanctions"): where or how the subject acted."""
        if _set_off_after_subject(self.view, self.clauses, self.own):
            return self.clauses[self.own]
        return None

    def opens_on_statement(self) -> bool:
        """True when the date stands in a phrase opening the sentence on a statement and
        the clause after it reports a saying ("In a message posted on Telegram on Sunday,
        the governor said ..."): the date dates that saying."""
        return self.own == 0 and _opens_on_statement(self.view, self.mention, self.clauses)

    def opens_on_conjunction(self) -> bool:
        """True when the clause that tells the event opens on a conjunction ("although"),
        not on one that goes on with what is said ("said ..., but that ..."), nor on a
        preposition ("During Friday's talks, the sides agreed ..., the minister said"; "As
        of Friday, ...")."""
        first = self.view.in_span(*self.home)[:2]
        return (
            bool(first)
            and first[0].norm in self.view.words("leading_fillers")
            and first[0].norm in self.view.words("clause_openers")
            and (len(first) < 2 or first[1].norm != "that")
            and " ".join(t.norm for t in first) not in self.view.words("date_prepositions")
        )


def date_clause(view: SentenceView, mention: Mention, others: Sequence[Mention] = ()) -> DateClause:
    """Place ``mention`` in the clauses of ``view``; ``others`` are the expressions written
    right after it that tell the same date ("Monday[ and Tuesday]"), part of its extent."""
    extent_end = max((m.char_end for m in others), default=mention.char_end)
    extent_end = max(extent_end, mention.char_end)
    cuts = [b for b in view.breaks if not mention.char_start <= b < extent_end]
    bounds = [view.start, *cuts, view.end]
    clauses = tuple(
        (left, right)
        for left, right in zip(bounds, bounds[1:], strict=False)
        if view.span_indices(left, right)
    ) or ((view.start, view.end),)
    own = next(
        (i for i, (left, right) in enumerate(clauses) if left <= mention.char_start < right), 0
    )
    relational = _is_relational(view, mention)
    last = max(others, key=lambda other: other.char_end, default=mention)
    anchor_end = extent_end
    if (relational or _is_relational(view, last)) and mention.char_start < clauses[own][1]:
        # "late on Monday, on the eve of the talks": the last expression points on
        anchor_end = max(clauses[own][1], extent_end)
    home = _home(view, mention, clauses, own, relational, anchor_end)
    return DateClause(view, mention, clauses, own, home, anchor_end)


def _is_relational(view: SentenceView, mention: Mention) -> bool:
    words = mention.text.split()
    return bool(words) and words[-1].lower() in view.words("relational_ends")


def content_words(view: SentenceView, span: Span, mention: Mention, anchor_end: int) -> int:
    """Words of ``span`` outside the date (and what it points to) that are not stopwords,
    numbers or the words of a clock time ("at 7 p.m.")."""
    empty = view.words("stopwords") | view.words("clock_words")
    return sum(
        1
        for token in view.in_span(*span)
        if not mention.char_start <= token.start < anchor_end
        and token.norm not in empty
        and not token.norm.isdigit()
    )


def _home(
    view: SentenceView,
    mention: Mention,
    clauses: tuple[Span, ...],
    own: int,
    relational: bool,
    anchor_end: int,
) -> Span:
    """The clause of the date, joined to a neighbour when it says nothing else (see
    :func:`_joined_home`), and run back past an apposition before a date set off with no
    verb of its own to the verb that apposition follows: "stormed the camp, | home to an
    estimated 500,000 people, | on Friday, | firing on residents" tells the storming, and
    the firing with it; not a relative clause, which is its noun's ("Riek Machar, | who was
    dismissed in July"), nor a verb of its own ("..., the army's spokeswoman, | said on
    Tuesday"); a name set off is for :func:`_past_apposition`."""
    home = _joined_home(view, mention, clauses, own, relational, anchor_end)
    date_phrase = clauses[own]
    if (
        own < 2
        or home[0] < clauses[own - 1][0]
        or content_words(view, date_phrase, mention, anchor_end) >= 2
        or _has_own_verb(view, date_phrase)
        or _opens_on(view, date_phrase, "relatives")
        or _has_own_verb(view, clauses[own - 1])
        or _is_name(view, clauses[own - 1])  # a name set off: see _past_apposition
    ):
        return home
    act = own - 1
    while act > 0 and not _has_own_verb(view, clauses[act]):
        act -= 1
    return (clauses[act][0], home[1]) if _has_own_verb(view, clauses[act]) else home


def _joined_home(
    view: SentenceView,
    mention: Mention,
    clauses: tuple[Span, ...],
    own: int,
    relational: bool,
    anchor_end: int,
) -> Span:
    """The clause of the date, joined to a neighbour when it says nothing else.

    A clause says nothing else when, besides the date and the noun phrase a relational
    date points to ("on the eve of the meeting"), it has fewer than two content words. It
    joins the clause before it when the one after is a time reference to another event
    ("will exchange prisoners, this weekend, following talks in Istanbul").
    """
    left, right = clauses[own]
    told = _told_at_the_bound(view, mention, clauses, own)
    if told is not None:
        return told
    report = _statement_report(view, mention, clauses) if own == 0 else None
    if report is not None:  # "In a message posted on Sunday, | the governor said"
        return left, clauses[report][1]
    if own > 0 and _opens_a_purpose(view, mention, (left, right)):
        # "stormed the town hall in the capital, Lusaka, on Tuesday to end a siege": the
        # act before, past any clause too short to tell one ("Lusaka")
        act = own - 1
        while act > 0 and content_words(view, clauses[act], mention, anchor_end) < 2:
            act -= 1
        return clauses[act][0], right
    if content_words(view, (left, right), mention, anchor_end) >= 2 or len(clauses) == 1:
        return left, right
    before = clauses[own - 1] if own > 0 else None
    after = clauses[own + 1] if own + 1 < len(clauses) else None
    if before is not None and after is not None and _opens_on(view, after, "coordinators"):
        # "attacked the capital, Bahir Dar, on Sunday, and police detained ...": the act
        # before, past any clause with no verb of its own (a name or noun phrase set off)
        act = own - 1
        while act > 0 and not any(_is_verb(view, t) for t in view.in_span(*clauses[act])):
            act -= 1
        return clauses[act][0], right
    condition = after is not None and _opens_on(view, after, "conditionals")
    if condition and before is None and own + 2 < len(clauses):
        return left, clauses[own + 2][1]  # "On Tuesday, if talks fail, rebels will march"
    if before is not None and (
        after is None
        or relational
        or condition  # "will march on the city, on Tuesday, if troops do not yield"
        or _reports(view, (left, right))  # "fired missiles, they said on Tuesday, causing"
        or is_anchor_clause(view, after)  # "..., this weekend, following talks in Istanbul"
        or content_words(view, before, mention, anchor_end)
        > content_words(view, after, mention, anchor_end)
    ):
        return before[0], right
    assert after is not None
    return left, after[1]


def _past_apposition(view: SentenceView, clauses: tuple[Span, ...], home: Span) -> Span:
    """``home`` run on to the verb across a name or description set off beside it, when
    it has no verb of its own: forward to a clause opening on a verb after one with none
    ("On Tuesday, the army chief, | General Amos Dari, | announced his resignation"), or
    back across a name that opens it to the clause before, when that has a verb
    ("discussed the attacks with the president, | Ali Musa, on Sunday"); and, for a date
    set off after a place named with its state or country, back across the names to the
    clause with the verb, whatever follows ("crashed in Louisville, | Kentucky, | on
    Tuesday, resulting in ...")."""
    first = next((i for i, (left, _) in enumerate(clauses) if left == home[0]), None)
    last = next((i for i, (_, right) in enumerate(clauses) if right == home[1]), None)
    if first is None or last is None:
        return home
    date_phrase = clauses[first]
    if _opens_on(view, date_phrase, "date_prepositions") and not any(
        _is_verb(view, t) for t in view.in_span(*date_phrase)
    ):
        # a date set off after a place named with its state or country ("crashed in
        # Louisville, | Kentucky, | on Tuesday, resulting in ..."): back across the names
        # to the verb
        index = first - 1
        while index > 0 and _is_name(view, clauses[index]):
            index -= 1
        if index < first - 1 and any(_is_verb(view, t) for t in view.in_span(*clauses[index])):
            return clauses[index][0], home[1]
    if any(_is_verb(view, t) for t in view.in_span(*home)):
        return home
    if last + 2 < len(clauses):
        aside, then = clauses[last + 1], clauses[last + 2]
        opening = view.in_span(*then)[:1]
        if (
            opening
            and _is_verb(view, opening[0])
            and not any(_is_verb(view, t) for t in view.in_span(*aside))
        ):
            return home[0], then[1]
    if first > 0 and _is_name(view, clauses[first]):
        before = clauses[first - 1]
        if any(_is_verb(view, t) for t in view.in_span(*before)):
            return before[0], home[1]
    return home


def _is_name(view: SentenceView, span: Span) -> bool:
    """True when every word of ``span`` is capitalised ("Ali Musa", "Kentucky")."""
    words = view.in_span(*span)
    return bool(words) and all(view.text[t.start].isupper() for t in words)


def _set_off_after_subject(view: SentenceView, clauses: tuple[Span, ...], own: int) -> bool:
    """True when clause ``own`` is a phrase opening on a preposition, set off between the
    sentence's first clause, a subject without a verb, and a clause opening on its verb
    ("The minister, | at a news conference on Tuesday, | announced ...")."""
    if own != 1 or own + 1 >= len(clauses) or not _opens_on(view, clauses[own], "prepositions"):
        return False
    after = view.in_span(*clauses[own + 1])[:1]
    return (
        bool(after)
        and _is_verb(view, after[0])
        and not any(_is_verb(view, token) for token in view.in_span(*clauses[0]))
    )


def _has_own_verb(view: SentenceView, span: Span) -> bool:
    """True when ``span`` holds a verb, not a word after a determiner or a preposition
    ("an *estimated* 500,000 people", "thousands of *displaced* families" hold none)."""
    tokens = view.in_span(*span)
    before_nouns = view.words("determiners") | view.words("prepositions")
    return any(
        _is_verb(view, t) and not (i and tokens[i - 1].norm in before_nouns)
        for i, t in enumerate(tokens)
    )


def _first_word(view: SentenceView, span: Span) -> Token | None:
    """The first word of ``span``, found without reading the rest of it."""
    indices = view.span_indices(*span)
    return view.tokens[indices.start] if indices else None


def _is_verb(view: SentenceView, token: Token) -> bool:
    """True when ``token`` reads as a finite verb ("said", "announced", "has", "urged")."""
    return (
        token.norm.endswith("ed")
        or token.norm in view.words("finite_starts")
        or token.norm in view.lexicon.stance_of
    )


APPOSITION_SUBJECT_WORDS = 6  # words of a subject a description is set off beside
SETTING_WORDS = 3  # words saying where or to whom between a verb of saying and a date


class SayingWords(Protocol):
    """What reading a statement's setting needs to know of a language's words."""

    @property
    def stance_of(self) -> Mapping[str, str]: ...  # verbs of saying

    def words(self, name: str) -> frozenset[str]: ...  # a named word list


def setting_start(words: Sequence[str], lexicon: SayingWords) -> int | None:
    """Where a phrase saying where or to whom something was said begins in ``words``, the
    words right before a date (its preposition left out; a punctuation mark is a word of
    its own), after the verb of saying it follows: a venue word opening at most
    :data:`SETTING_WORDS` words, the word opening the phrase aside, that end on a word for a
    statement ("said | in a televised address | on Sunday", "said | at a news conference |
    Monday", "wrote | on his Truth Social platform | on Thursday"), or a listener of at
    most as many words after a verb of telling ("told | reporters | on Friday", "told | the
    state broadcaster | on Friday"); None when the words end on no such phrase."""
    named = _named_venue(words, lexicon)
    if named is not None:
        head = words[:named]
        if head and head[-1].lower() in lexicon.stance_of:
            return named  # "said | in Kabul | on Sunday"
        return setting_start(head, lexicon)
    lowered = [word.lower() for word in words]
    last = len(words) - 1
    if last > 0 and lowered[last] in lexicon.words("statement_nouns"):
        # the words of the phrase, its opener aside ("on | his Truth Social platform")
        for k in range(last - 1, max(0, last - 2 - SETTING_WORDS), -1):
            if lowered[k] in lexicon.words("speech_venues"):
                opened = lowered[k + 1] in lexicon.words("noun_openers")
                if last - k - opened > SETTING_WORDS:
                    return None
                return k if lowered[k - 1] in lexicon.stance_of else None
            if not words[k][:1].isalpha():
                break  # a clause before the phrase: the statement may be the listener
    # "told | a news conference": a statement may be the listener too
    for k in range(last - 1, max(-1, last - 1 - SETTING_WORDS), -1):
        word = words[k + 1]
        if (
            not word[:1].isalpha()
            or lowered[k + 1] in lexicon.words("listener_stops")
            or (word.islower() and word.endswith("ed"))  # "told troops deployed on Friday"
        ):
            return None
        if lowered[k] in lexicon.words("telling_verbs"):
            return k + 1
    return None


def _named_venue(words: Sequence[str], lexicon: SayingWords) -> int | None:
    """Where a venue word followed by a name of at most :data:`SETTING_WORDS` words
    written with a capital closes ``words`` ("in Kabul", "on Telegram", "at Bagram"): a
    place or a medium said in, which may follow the verb of saying or its own setting
    ("told a press conference | in Kabul"); None when ``words`` end on no such phrase."""
    last = len(words) - 1
    for k in range(last - 1, max(-1, last - 1 - SETTING_WORDS), -1):
        name = words[k + 1]
        if not name[:1].isupper() or name.lower() in lexicon.words("stopwords"):
            return None
        if k > 0 and words[k].lower() in lexicon.words("speech_venues"):
            return k
    return None


def _told_at_the_bound(
    view: SentenceView, mention: Mention, clauses: tuple[Span, ...], own: int
) -> Span | None:
    """The clause after a bound that says what happened then: "has run the clinic since
    March 2022, when troops shelled the town" dates the shelling, not the running."""
    left, right = clauses[own]
    if own + 1 == len(clauses) or view.in_span(mention.char_end, right):
        return None
    before = view.in_span(left, mention.char_start)[-1:]
    first = view.in_span(mention.char_start, mention.char_end)[:1]
    openers = view.lexicon.range_openers
    if not any(token.norm in openers for token in (*before, *first)):
        return None
    after = clauses[own + 1]
    return after if _opens_on(view, after, "told_at_date_openers") else None


def _opens_on_statement(view: SentenceView, mention: Mention, clauses: tuple[Span, ...]) -> bool:
    """True when the first clause is a phrase on a statement holding the date ("In a
    message posted on Telegram on Sunday,", "In her address to the nation on Sunday,",
    "In his Sunday evening televised speech,") and a clause after it reports a saying."""
    return _statement_report(view, mention, clauses) is not None


def _statement_report(
    view: SentenceView, mention: Mention, clauses: tuple[Span, ...]
) -> int | None:
    """The index of the clause reporting the saying that a phrase opening the sentence on a
    statement names, with the date in it ("During a news conference on Sunday, | the
    minister, | a former general, | praised the troops"): the clauses between name who
    speaks, with no verb of their own. The statement is the noun phrase after the
    preposition, up to the next one, the date aside ("In his Sunday televised address").
    None when the sentence opens on no such phrase or no clause reports a saying."""
    if len(clauses) < 2:
        return None
    prepositions = view.words("prepositions")
    opening = [
        t for t in view.in_span(*clauses[0]) if not mention.char_start <= t.start < mention.char_end
    ]
    if (
        len(opening) < 2
        or opening[0].norm not in prepositions
        or opening[1].norm not in view.words("noun_openers")
    ):
        return None
    phrase = []
    for token in opening[1:]:
        if token.norm in prepositions:
            break
        phrase.append(token)
    if not any(t.norm in view.words("statement_nouns") for t in phrase):
        return None
    for index in range(1, len(clauses)):
        tokens = view.in_span(*clauses[index])
        if _reports(view, clauses[index]) or any(
            view.lexicon.reacts(t.norm, "topic") for t in tokens
        ):
            return index
        if any(_is_verb(view, t) for t in tokens):
            return None
    return None


def _opens_a_purpose(view: SentenceView, mention: Mention, span: Span) -> bool:
    """True when ``span`` opens on the date (a preposition before it at most) and a word
    of ``purpose_markers`` follows the date ("on Tuesday to end a siege")."""
    before = view.in_span(span[0], mention.char_start)
    after = view.in_span(mention.char_end, span[1])[:1]
    return len(before) <= 1 and bool(after) and after[0].norm in view.words("purpose_markers")


def _reports(view: SentenceView, span: Span) -> bool:
    """True when ``span`` holds a verb asserting a claim ("they said"): it tells who said
    the clause before it."""
    return any(view.lexicon.stance_of.get(t.norm) == "asserted" for t in view.in_span(*span))


def _opens_on(view: SentenceView, span: Span, words: str) -> bool:
    """True when the first word of ``span`` is one of the word list ``words``."""
    first = view.in_span(*span)[:1]
    return bool(first) and first[0].norm in view.words(words)


def is_anchor_clause(view: SentenceView, span: Span) -> bool:
    """A clause such as "just days before the meeting": a time reference to another event."""
    for token in view.in_span(*span):
        if token.norm in view.words("anchor_fillers"):
            continue
        return token.norm in view.words("anchor_openers")
    return False
