"""An article's text prepared once: flat text, bounded sentences and word tokens.

:func:`document` turns a text into a :class:`Document` whose offsets are those of the
original string (unwrapping keeps the length). Every stage that reads sentences or
words reads them here instead of splitting the text again.

Sentences are bounded: one longer than :data:`MAX_SENTENCE_WORDS` words (a list of
dated lines with no full stops, a text without punctuation) is broken at its strongest
boundaries first: line breaks when its lines read as list items, then ``;``, ``:`` and
dashes, then commas, then word windows; a word longer than :data:`LONGEST_WORD` characters
counts as one per that many. So the work done per sentence is bounded and the cost of
reading an article grows linearly with its length whatever its shape.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from timeline.text import sentence_spans, unwrap

MAX_SENTENCE_WORDS = 80
LONGEST_WORD = 40  # characters; a longer run ("a-b-c-…") counts one word per this many

_WORD = re.compile(r"\w+(?:[’'.\-]\w+)*\.?")
_QUOTE_PAIRS = re.compile(r"“[^“”]*”|\"[^\"]*\"")
_LIST_ITEM = re.compile(r"\s*(?:[-*•–—]|\d|[A-Z])")
# Where an over-long sentence may be broken, strongest first (the cut falls after the match).
_BOUNDARIES = (
    re.compile(r"[;:](?=\s)|\s[–—-](?=\s)"),
    re.compile(r",(?=\s)"),
)


@dataclass(frozen=True, slots=True)
class Token:
    """A word: its offsets, its text as written and its norm (lower case, no possessive)."""

    start: int
    end: int
    text: str
    norm: str

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of ``text[start:end]`` with their offsets in ``text``."""
    found = []
    for match in _WORD.finditer(text, start, len(text) if end is None else end):
        word = match.group()
        if word.count(".") <= 1:  # "U.S." keeps its dots, a word ending a sentence does not
            word = word.rstrip(".")
        norm = word.lower()
        if norm.endswith(("'s", "’s")):
            norm = norm[:-2]
        found.append(Token(match.start(), match.start() + len(word), word, norm))
    return found


@dataclass(frozen=True, slots=True)
class Document:
    """One text read once. Offsets everywhere are those of :attr:`text`.

    ``flat`` is ``text`` with hard line wraps made spaces (same length);
    ``sentences`` are ``(start, end)`` spans in order, none longer than
    :data:`MAX_SENTENCE_WORDS` words; ``quotes`` are the spans of quotations longer
    than three words (a scare-quoted term is not a quote).
    """

    text: str
    flat: str
    sentences: tuple[tuple[int, int], ...]
    sentence_starts: tuple[int, ...]
    quotes: tuple[tuple[int, int], ...]

    def tokens_in(self, start: int, end: int) -> tuple[Token, ...]:
        """The words of ``[start, end)`` (read when asked: most sentences hold no date)."""
        return tuple(tokenize(self.flat, start, end))

    def quotes_in(self, start: int, end: int) -> tuple[tuple[int, int], ...]:
        """The quotations that overlap ``[start, end)``."""
        last = bisect_left(self.quotes, (end, end))
        first = last
        while first > 0 and self.quotes[first - 1][1] > start:
            first -= 1
        return self.quotes[first:last]

    def sentence_around(self, start: int, end: int) -> tuple[int, int]:
        """The sentence holding ``text[start:end]``, widened when a cut runs through it."""
        first = max(bisect_right(self.sentence_starts, start) - 1, 0)
        last = max(bisect_left(self.sentence_starts, end) - 1, first)
        covering = [(s, e) for s, e in self.sentences[first : last + 1] if s < end and start < e]
        if not covering:
            return start, end
        return min(covering[0][0], start), max(covering[-1][1], end)


@lru_cache(maxsize=8)  # the date and event stages of one article read the same text
def document(text: str) -> Document:
    """Prepare ``text`` once: unwrap it and split it into bounded sentences."""
    flat = unwrap(text)
    sentences: list[tuple[int, int]] = []
    for start, end in sentence_spans(text):
        if end - start < 2 * MAX_SENTENCE_WORDS:  # too short to hold that many words
            sentences.append((start, end))
        else:
            sentences += _bounded(text, flat, start, end, _word_starts(flat, start, end))
    quotes = tuple(
        (m.start(), m.end()) for m in _QUOTE_PAIRS.finditer(flat) if len(m.group().split()) > 3
    )
    return Document(text, flat, tuple(sentences), tuple(start for start, _ in sentences), quotes)


def _word_starts(flat: str, start: int, end: int) -> list[int]:
    """Where the words of ``flat[start:end]`` start; a word longer than
    :data:`LONGEST_WORD` characters starts one every that many, so that a text with no
    spaces is read in bounded windows too."""
    return [
        at
        for match in _WORD.finditer(flat, start, end)
        for at in range(match.start(), match.end(), LONGEST_WORD)
    ]


def _words_in(starts: Sequence[int], start: int, end: int) -> int:
    return bisect_left(starts, end) - bisect_left(starts, start)


def _bounded(
    text: str, flat: str, start: int, end: int, starts: Sequence[int], level: int = 0
) -> list[tuple[int, int]]:
    """``text[start:end]`` as pieces of at most ``MAX_SENTENCE_WORDS`` words.

    ``level`` is the strongest kind of boundary still to try: list lines, then each of
    ``_BOUNDARIES``, then word windows.
    """
    if _words_in(starts, start, end) <= MAX_SENTENCE_WORDS:
        return [(start, end)]
    if level == 0:
        lines = _list_items(text, start, end)
        if lines:
            return [p for s, e in lines for p in _bounded(text, flat, s, e, starts, 1)]
        level = 1
    for strength in range(level, len(_BOUNDARIES) + 1):
        cuts = [match.end() for match in _BOUNDARIES[strength - 1].finditer(flat, start, end)]
        if cuts:
            return [
                piece
                for s, e in _packed(flat, [start, *cuts, end], starts)
                for piece in _bounded(text, flat, s, e, starts, strength + 1)
            ]
    # No punctuation left: windows of whole words.
    first = bisect_left(starts, start)
    last = bisect_left(starts, end)
    bounds = [start, *starts[first + MAX_SENTENCE_WORDS : last : MAX_SENTENCE_WORDS], end]
    return [_trimmed(flat, s, e) for s, e in zip(bounds, bounds[1:], strict=False) if s < e]


def _list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of ``text[start:end]`` when every one starts like a list item, else []."""
    bounds = [start]
    at = text.find("\n", start, end)
    while at >= 0:
        bounds.append(at + 1)
        at = text.find("\n", at + 1, end)
    if len(bounds) < 2 or not all(_LIST_ITEM.match(text, b) for b in bounds):
        return []
    bounds.append(end)
    pieces = (_trimmed(text, s, e) for s, e in zip(bounds, bounds[1:], strict=False))
    return [(s, e) for s, e in pieces if s < e]


def _packed(flat: str, bounds: Sequence[int], starts: Sequence[int]) -> list[tuple[int, int]]:
    """Consecutive pieces between ``bounds`` joined while they stay within the word limit."""
    pieces: list[tuple[int, int]] = []
    left = bounds[0]
    for cut, following in zip(bounds[1:], bounds[2:], strict=False):
        if _words_in(starts, left, following) > MAX_SENTENCE_WORDS:
            pieces.append((left, cut))
            left = cut
    pieces.append((left, bounds[-1]))
    trimmed = (_trimmed(flat, s, e) for s, e in pieces)
    return [(s, e) for s, e in trimmed if s < e]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
