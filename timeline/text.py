"""Text helpers that keep offsets: unwrapping hard-wrapped lines and splitting sentences;
and the regular expression of a list of words.

Both work on the original string's coordinates: :func:`unwrap` returns a string of
the same length, and :func:`sentence_spans` returns offsets into the text it is given.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache
from typing import overload


def one_of(phrases: Iterable[str]) -> str:
    """A regex group matching any of ``phrases``, the longest where several match at one
    place, each space matching any whitespace. It branches on one letter at a time (a
    trie), so the regex engine follows a single branch at each position instead of
    trying every phrase: word lists of a hundred phrases cost little more than one."""
    tree: dict[str, dict] = {}
    for phrase in phrases:
        node = tree
        for letter in phrase:
            node = node.setdefault(letter, {})
        node[""] = {}
    return f"(?:{_branches(tree)})"


def _branches(node: dict[str, dict]) -> str:
    branches = [
        (r"\s+" if letter == " " else re.escape(letter)) + _branches(child)
        for letter, child in sorted(node.items())
        if letter
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


# A line break that is not part of a paragraph break (blank line) and not next to
# another line break: joins hard-wrapped lines. "\r" is blanked too, keeping length.
# Patterns searched over a whole text open on a character of a fixed set, not on a
# look-behind: the regex engine then skips to those characters instead of trying a
# match at every position (several times faster).
_SOFT_BREAK = re.compile(r"(?:\r(?<![\n\r]\r)\n|\n(?<![\n\r]\n))(?![\r\n])")

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen brig lt col maj capt cmdr cdr sgt cpl pvt adm gov sen rep st jr sr
    supt insp
    u.s u.k u.n e.u no vs etc inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec
    a.m p.m i.e e.g""".split()
)

# A stop, a blank line, or a line break :func:`unwrap` keeps (after a heading).
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'”’)\]]*(?=\s)|(?<=\n)(?:\s*\n)?)")
_NEXT_STARTS_SENTENCE = re.compile(r"\s+[\"'“‘(\[]?[A-Z0-9]")
# a possessive ending, straight or curly apostrophe: "Thursday's", "Russia’s"
POSSESSIVE = re.compile(r"['’]s\b")
# What may stand between a date and one within it that it runs into, on one line: a comma
# or a closing bracket and a short word ("Today at 7 p.m.", "the last quarter of 2007",
# "(2300 GMT) on Sunday"; not a dateline's date
# and the first date of the text under it). One expression of a happening, not two.
JOINED_DATES = re.compile(r"[^\S\n]*[,)]?[^\S\n]*(?:[^\W\d_]{1,3}[^\S\n]+)?")


# The time stamp of a live page's entry, opening its line: "10:40 GMT - Troops ...",
# "14.05 BST" alone on its line, maybe after a label ("Updated at 12.15 BST"), "9:12 a.m.
# ET — ...": when the entry was posted, as a dateline's day says when a story was filed.
# Not "10:40 - in the rain".
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[^\S\n]?[ap]\.?m\.?)?(?:[^\S\n][A-Z]{2,5})?"
LIVE_STAMP = re.compile(
    rf"^[^\S\n]{{0,8}}(?:(?P<time>{_CLOCK})"
    r"(?:[^\S\n]?(?:--|[-–—])(?=[^\S\n]+[A-Z\"“‘])|:(?=[^\S\n]+[A-Z\"“‘])|(?=[^\S\n]*\n))"
    rf"|[A-Z][a-z]{{1,15}}:?(?:[^\S\n][a-z]{{1,3}})?[^\S\n](?P<labelled>{_CLOCK})(?=[^\S\n]*\n))",
    re.MULTILINE,
)

# A word of a heading that title case capitalises: four letters or more ("of", "and",
# "on" stay small in "Drone Strike on Port Leaves Two Dead").
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
_TITLE_WORDS = 3  # fewer tell nothing: "Kyiv\nRussia said ..." may be a wrap
_NEXT_LINE_STARTS_SENTENCE = re.compile(r"[\"'“‘(\[]?[A-Z0-9]")


LIST_BULLETS = "-•*▪"  # marks opening an entry of a list ("• Ports reopened")


@cache
def _list_entry() -> re.Pattern[str]:
    """A line opening an entry of a list: a bullet, or a date and a colon or a dash, before
    a capitalised word ("3 March: Rebels take the airport", "March 9 - Truce signed", "- Ports
    reopened"). An entry needs no stop to end: the next line is the next entry."""
    from timeline.lexicon import load_lexicon  # the lexicon's module reads this one

    months = one_of(load_lexicon().months)
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    year = r"(?:,?[^\S\n]+\d{4})?"
    date = rf"(?:{day}[^\S\n]+{months}{year}|{months}[^\S\n]+(?:{day}{year}|\d{{4}})|\d{{4}})"
    return re.compile(
        rf"[^\S\n]*(?:[{re.escape(LIST_BULLETS)}]|{date}[^\S\n]*(?::|[^\S\n][-–—]))[^\S\n]+[\"“‘(]?[A-Z0-9]"
    )


def _ends_heading(text: str, line_break: re.Match[str]) -> bool:
    """Whether the line before ``line_break`` is a heading (a title, a byline, a live
    entry's heading) and the next line starts a sentence: the break ends a sentence, it is
    no wrap. A heading opens with a live entry's time stamp, is in title case, or is the
    first line of the text or of a paragraph and less than half as long as the line after
    it (the lines of a wrapped text are about as long as each other), or when either line
    is an entry of a list."""
    line_start = text.rfind("\n", 0, line_break.start()) + 1
    line = text[line_start : line_break.start()].rstrip()
    if (
        line
        and line[-1] not in ",;(["
        and (_list_entry().match(text, line_start) or _list_entry().match(text, line_break.end()))
    ):
        return True
    if (
        not line
        or line[-1] in ",;:-–—(["
        or not _NEXT_LINE_STARTS_SENTENCE.match(text, line_break.end())
    ):
        return False
    if LIVE_STAMP.match(text, line_start):
        return True
    words = _TITLE_WORD.findall(line)
    if len(words) < _TITLE_WORDS:
        return False
    if all(word[0].isupper() for word in words):
        return True
    next_end = text.find("\n", line_break.end())
    next_line = text[line_break.end() : next_end if next_end >= 0 else len(text)]
    line_before = text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1 : line_start]
    opens_paragraph = not line_before.strip()  # the text's first line, or one after a blank
    return opens_paragraph and len(next_line.rstrip()) > 2 * len(line.strip())


@lru_cache(maxsize=8)  # each stage of one article asks for the same text again
def unwrap(text: str) -> str:
    """Replace hard line wraps inside paragraphs by spaces; same length, same offsets.
    A line break after a heading in title case stays: it ends a sentence."""
    return _SOFT_BREAK.sub(
        lambda m: m.group() if _ends_heading(text, m) else " " * len(m.group()), text
    )


@lru_cache(maxsize=8)  # the date and event stages both split the same article
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Split ``text`` into sentences; returns ``(start, end)`` offsets, whitespace trimmed.

    Paragraph breaks and headings always end a sentence; ``.``/``!``/``?`` end one when the next
    word starts with a capital, digit or quote and the word before is not an
    abbreviation ("U.S.", "Gen."). Hard-wrapped line breaks are not boundaries.
    """
    flat = unwrap(text)
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(flat):
        end = match.end()
        if match.group()[0] in ".!?":
            if not _NEXT_STARTS_SENTENCE.match(flat, end):
                continue
            if (
                match.group().startswith(".")
                and ends_with_abbreviation(flat, match.start())
                and not _clock_ends_sentence(flat, match.start(), end)
            ):
                continue
        _append_trimmed(flat, start, end, spans)
        start = end
    _append_trimmed(flat, start, len(flat), spans)
    return tuple(spans)


# the last run of word characters and stops of a stretch, tried only where a run starts
_WORD_BEFORE_DOT = re.compile(r"(?<![\w.])[\w.]+$")


def ends_with_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at offset ``dot`` closes an abbreviation ("Feb.", "Gen.")."""
    word = _WORD_BEFORE_DOT.search(text[max(0, dot - 12) : dot])
    if word is None:
        return False
    token = word.group().lower()
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


# the half of the day closing a clock time, written with stops ("4:44 a.m.")
_DAY_HALF = re.compile(r"(?<![\w.])[ap]\.m$", re.IGNORECASE)
_OPENS_WORD = re.compile(r"\s+[\"“‘]?[A-Z]")


@cache
def _clock_goes_on() -> re.Pattern[str]:
    """What, after a clock's "a.m."/"p.m.", is still the time: a zone ("4 a.m. GMT",
    "9 p.m. IST"), its day ("9 a.m. Tuesday", "5 p.m. May 3") or the place whose clock
    it is ("4 a.m. Moscow time", "10 a.m. Eastern Standard Time")."""
    # the lexicon's module reads the model, which reads this one
    from timeline.lexicon import load_lexicon

    lexicon = load_lexicon()
    days = one_of({*lexicon.weekdays, *lexicon.months})
    place_clock = one_of(lexicon.time_of_a_place)
    return re.compile(
        rf"\s+(?:[A-Z]{{2,5}}\b|{days}\b|(?:[A-Z][\w'’-]*\s+){{1,3}}(?i:{place_clock})\b)"
    )


def _clock_ends_sentence(text: str, dot: int, end: int) -> bool:
    """Whether the stop at ``dot`` closing a clock's "a.m."/"p.m." also ends its sentence:
    a capitalised word follows that does not go on telling the time ("at 4:44 a.m. The
    video ..."; not "at 4 a.m. Moscow time")."""
    return (
        _DAY_HALF.search(text, max(0, dot - 4), dot) is not None
        and _OPENS_WORD.match(text, end) is not None
        and _clock_goes_on().match(text, end) is None
    )


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


# Characters a reader never sees but a screen or a spreadsheet acts on: C0 and C1
# controls (a NUL ends a cell for some readers, an escape drives a terminal), and the
# embeddings, overrides and isolates that reorder the text shown around them. The marks
# right-to-left text needs (U+200E, U+200F) stay.
_INVISIBLE_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")


# Marks a reader never sees inside a word: a soft hyphen, a zero-width space, a word joiner,
# a byte-order mark, direction marks, embeddings and isolates. (The zero-width joiner and
# non-joiner stay: some scripts spell words with them.)
_UNSEEN = frozenset("\u00ad\u200b\u200e\u200f\u2060\ufeff\u202a\u202b\u202c\u202d\u202e")
_UNSEEN |= frozenset("\u2066\u2067\u2068\u2069")
# Full-width forms of ASCII ("Ｍｏｎｄａｙ", "２０２５") and the digits of every other script
# ("٢٠٢٥", "२०२५"), one character for one: read as the ASCII they stand for.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_OTHER_DIGIT = re.compile(r"[^\D0-9]")
_UNSEEN_OR_FULL_WIDTH = re.compile(rf"[{''.join(_UNSEEN)}\uff01-\uff5e]")
_UNSEEN_RUN = re.compile(rf"[{''.join(_UNSEEN)}]+")


class ViewOffsets(Sequence[int]):
    """The offset in a text of each character of its reading view, kept as two machine
    integers per run of marks left out (not one Python integer per character): the view's
    character ``i`` lies at ``i`` plus the number of marks left out before it."""

    def __init__(self, text: str) -> None:
        self._starts = array("q")  # where each run of marks left out starts, in the view
        self._shifts = array("q")  # the marks left out up to the end of that run
        left_out = 0
        for run in _UNSEEN_RUN.finditer(text):
            self._starts.append(run.start() - left_out)
            left_out += run.end() - run.start()
            self._shifts.append(left_out)
        self._length = len(text) - left_out

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> list[int]: ...
    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return [self[at] for at in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("reading view offset out of range")
        run = bisect.bisect_right(self._starts, index)
        return index + (self._shifts[run - 1] if run else 0)


def reading_view(text: str) -> tuple[str, Sequence[int] | None]:
    """``text`` as the date rules read it: without the marks a reader never sees inside a
    word ("Decem\u00adber"), full-width forms and other scripts' digits as ASCII. Also the
    offset in ``text`` of each character of the view (a :class:`ViewOffsets`, whose size
    follows the runs of marks, not the text), ``None`` when they are the same."""
    # Two searches of one character class each: one search of both costs three times more.
    if text.isascii() or not (_UNSEEN_OR_FULL_WIDTH.search(text) or _OTHER_DIGIT.search(text)):
        return text, None
    offsets = None
    if _UNSEEN_RUN.search(text):
        offsets = ViewOffsets(text)
        text = _UNSEEN_RUN.sub("", text)
    text = _OTHER_DIGIT.sub(lambda digit: str(unicodedata.decimal(digit.group())), text)
    return text.translate(_FULL_WIDTH), offsets


def in_text(start: int, end: int, offsets: Sequence[int] | None) -> tuple[int, int]:
    """The span ``start..end`` of a reading view (see :func:`reading_view`) in the text it
    views, through the view's ``offsets``; marks inside the span are kept in it."""
    if offsets is None:
        return start, end
    return offsets[start], offsets[end - 1] + 1


def squash(text: str) -> str:
    """Text as shown: whitespace runs (line breaks included) and invisible controls to one space."""
    return " ".join(_INVISIBLE_CONTROLS.sub(" ", text).split())


def counted(number: int, noun: str) -> str:
    """``"1 article"``, ``"2 articles"``: a count with its noun in the right number."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


QUOTE_MARKS = '"“”'
QUOTES = re.compile(f"[{QUOTE_MARKS}]")
_PARAGRAPH_BREAK = re.compile(r"\n(?=\n)")


@lru_cache(maxsize=4)
def _quote_marks(text: str) -> tuple[list[int], list[int]]:
    """Offsets of the quotation marks of ``text`` and of its blank lines, read once per
    text so that each date's question costs a bisection, not a read of its paragraph."""
    marks = sorted(at for mark in QUOTE_MARKS for at in _offsets(text, mark))
    return marks, [match.start() for match in _PARAGRAPH_BREAK.finditer(text)]


def quote_marks(text: str) -> Sequence[int]:
    """The offsets of the quotation marks of ``text`` in order, read once per text (do not
    change the sequence: it is shared)."""
    return _quote_marks(text)[0]


def _offsets(text: str, mark: str) -> Iterator[int]:
    """Where ``mark`` stands in ``text``: ``str.find`` runs many times faster than a
    regex that has to try every position."""
    at = text.find(mark)
    while at >= 0:
        yield at
        at = text.find(mark, at + 1)


def is_quoted(text: str, start: int) -> bool:
    """True when an odd number of quotation marks opens the paragraph up to ``start``."""
    marks, blank_lines = _quote_marks(text)
    # The last blank line wholly before ``start`` opens its paragraph.
    last_blank = bisect.bisect_right(blank_lines, start - 2) - 1
    paragraph = blank_lines[last_blank] if last_blank >= 0 else 0
    opened = bisect.bisect_left(marks, start) - bisect.bisect_left(marks, paragraph)
    return opened % 2 == 1
