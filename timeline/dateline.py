"""Wire datelines: the words opening a paragraph that say where a story was filed from,
on what day and by which agency ("KYIV, Dec. 2 (Reuters) -", "La Paz, Oct 19 (EFE).-",
"MOSCOW, May 9. /TASS/.", "Patna (Bihar) [India], November 14:", "Srinagar: "), and the
time stamps opening a live page's entries ("10:40 GMT -"), which say when they were posted.

One reader for every stage: events date nothing with a dateline's day, headlines and claims
leave it out, the place finder reads its town as a place, and an event takes that town only
when its own sentence names none (see :mod:`timeline.whereabouts`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from timeline.locations import find_places, load_entity_lexicon, tokens_of
from timeline.text import LIVE_STAMP

__all__ = ["DATELINE", "Dateline", "dateline_at", "find_datelines", "without_dateline"]

Span = tuple[int, int]

_DASH = r"(?:[^\S\n](?:--|[-–—])|[–—])"  # "PHNOM PENH—Authorities": no space needed
_WORDS = r"(?:,?[^\S\n](?:[A-Z][\w.'’/-]{0,30}|\d{1,4}|\([^()\n]{1,40}\)),?){0,12}"
# "KYIV/MOSCOW": a story filed from two towns names the one and the other
_CAPS = r"[A-Z][A-Z.'’ -]{0,40}[A-Z](?:/[A-Z][A-Z.'’ -]{0,40}[A-Z])?"
_NAME = r"[A-Z][\w.'’-]{1,30}"
_NAMES = rf"{_NAME}(?:/{_NAME})?"  # "Bangkok/Phnom Penh"
# "(Reuters)", "(dpa)", "(dpa/EFE)": a wire's own name may be in small letters
_AGENCY = r"\((?:[A-Z][^()\n]{0,30}|[a-z]{2,5}(?:/[A-Za-z]{2,10})?)\)"
_DAY = r"[A-Z][a-z]{2,8}\.?[^\S\n]\d{1,2}(?:,[^\S\n]\d{4})?"  # "Jun 4", "December 1, 2025"
# "ACCRA, Ghana — (AP) —", "BANGKOK, Thailand – July 25, 2025 –", "AHMEDABAD, INDIA —
# June 12, 2025" ending its line
_LINE_DAY = rf"[^\S\n]{_DAY}(?=[^\S\n]*\n)"
_AGENCY_AGAIN = rf"(?:[^\S\n](?:{_AGENCY}|{_DAY})[^\S\n]?(?:--|[-–—])|{_LINE_DAY})?"
_REGION = r"(?:[^\S\n]\([^()\n]{1,30}\))?[^\S\n]\[[A-Z][^\[\]\n]{0,30}\]"  # "(Bihar) [India]"
_DATED = r"[A-Z][a-z]{2,8}\.?[^\S\n]\d{1,2},[^\S\n]\d{4}(?=\s)"  # "Feb 24, 2025": with its year

# An agency's name alone in brackets, in capitals or as one word, before a capitalised word:
# "(MENAFN) Israel struck ...", "(Reuters) - Israel struck ...", "(CNN) — Israel struck ...".
_AGENCY_ALONE = r"\((?:[A-Z]{2,8}|[A-Z][a-z]{2,10})\)(?:[^\S\n]?(?:--|[-–—]))?(?=[^\S\n]+[A-Z\"“])"

# A wire dateline opening a paragraph, known by its shape alone:
# - a place in capitals, then only capitalised words, numbers and an agency in brackets,
#   and a dash ("--" too) or a colon: "KYIV, Dec. 2 (Reuters) -", "KYIV/MOSCOW, Dec. 2
#   (Reuters) -" (two towns: no town the gazetteer knows), "GAO, Mali, March 5,
#   2024 —", "MOSCOW (AP) —", "PORT SUDAN:", "TUNIS, Aug 1:", "PHNOM PENH—", "ACCRA,
#   Ghana — (AP) —", "BANGKOK, Thailand – July 25, 2025 –";
# - a place in small letters when an agency's bracket closes it: "Beirut, Lebanon, Sep 24
#   (Reuters) -", "La Paz, Oct 19 (EFE).-", "Lima/Quito (dpa) -", or a day and an
#   agency's bracket before the first word: "Bengaluru, Jun 4 (PTI) At least ..." (its
#   part after the comma too), maybe with the day again, ending its line or with its
#   year: "Phnom Penh, Feb 24 (AFP) Feb 24, 2025";
# - an agency between slashes after a day: "MOSCOW, December 27. /TASS/.";
# - a country in square brackets before a colon: "Patna (Bihar) [India], November 14:",
#   "Kathmandu [Nepal], September 8 (ANI):".
# Not "NATO, on Monday - ...", "Kyiv, Dec. 2 - in the rain", "US officials said: ...", "The
# Rapid Support Forces (RSF) Commander said".
DATELINE = re.compile(
    r"^[^\S\n]{0,8}(?:"
    + (_CAPS + _WORDS + _DASH + _AGENCY_AGAIN)  # bounded: cheap
    + ("|" + _NAMES + _WORDS + r"[^\S\n]" + _AGENCY)
    + r"(?:\.-|[^\S\n]?(?:--|[-–—]))"  # "(EFE).-", "(Jiji Press)--": no space needed
    + (r"|[A-Z][A-Z.'’ -]{0,40}[A-Z.]" + _WORDS + ":")
    + ("|" + _CAPS + _WORDS + r"\.?[^\S\n]/[A-Z][\w-]{1,15}/\.?")
    + ("|" + rf"(?:{_NAME}(?:[^\S\n]{_NAME})?,[^\S\n])?{_DAY}[^\S\n]{_AGENCY}")
    + rf"(?:[^\S\n]{_DAY}(?=[^\S\n]*\n)|[^\S\n]{_DATED}|(?=[^\S\n]+[A-Z\"“]))"
    + ("|" + _NAME + rf"(?:[^\S\n]{_NAME})?" + _REGION + _WORDS + ":")
    + ("|" + _AGENCY_ALONE)
    + r")(?=\s|(?<=[-–—])[A-Z])",  # "(Jiji Press)--Japanese": the dash ends it
    re.MULTILINE,
)

# A dateline in small letters with no agency, read as one only when its first name is a
# town the gazetteer knows: "Srinagar: ", "Islamabad - ", "Leh- ", "Warsaw, June 2 - ",
# "Buenos Aires, Argentina - ", "New Delhi, Oct. 6 -- ", "Nairobi, Kenya – June 25, 2025"
# ending its line, "Mogadishu, August 03, 2024, The Coast Herald: " (its outlet after the
# day). Not "Hamas: ...", "Ukraine: ...".
_PLAIN = re.compile(
    rf"^[^\S\n]{{0,8}}(?P<place>{_NAME}(?:[^\S\n]{_NAME}){{0,2}})"
    rf"(?:,[^\S\n](?:{_NAME}|\d{{1,4}})(?:,?[^\S\n](?:{_NAME}|\d{{1,4}})){{0,6}})?"
    rf"(?:[^\S\n]?(?:--|[-–—])|:)(?:{_LINE_DAY}|(?=[^\S\n]+[A-Z\"“‘]))",
    re.MULTILINE,
)

# Within a dateline: where its place ends, its day, its agency, the country it names.
_PLACE_END = re.compile(
    r",|[^\S\n]?[(\[]|[^\S\n]/|\.[^\S\n]|[^\S\n]?(?:--|[–—])|[^\S\n]-|-(?:[^\S\n]|$)|:"
)
_DATE = re.compile(_DAY + r"|\d{1,2}[^\S\n][A-Z][a-z]{2,8}")
_BRACKETED = re.compile(r"\(([^()\n]+)\)|/([A-Z][\w-]{1,15})/")
_SQUARE = re.compile(r"\[([^\[\]\n]+)\]")
_AFTER_COMMA = re.compile(rf",[^\S\n]({_NAME}(?:[^\S\n]{_NAME})*)")


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline at ``[start, end)`` of a text, its closing dash or colon included, with
    the spans of its place, day, agency and country when it names them (a clause cut at
    the place's comma opens on the day: "Jun 4 (PTI)").

    Invariants: every span lies within ``[start, end)`` and is not empty.
    """

    start: int
    end: int
    place: Span | None
    date: Span | None = None
    agency: Span | None = None
    country: Span | None = None
    town: bool = False
    """Whether the place is a town the story was filed from: one the gazetteer knows, or
    one followed by a country it knows ("IMGDAL, Morocco —"); a speaker's label in capitals
    closed by a colon ("SECRETARY BLINKEN:", "QUESTION:") has the shape of a dateline but
    no town."""

    def __post_init__(self) -> None:
        spans = [s for s in (self.place, self.date, self.agency, self.country) if s]
        if any(not self.start <= left < right <= self.end for left, right in spans):
            raise ValueError(f"dateline spans outside [{self.start}, {self.end}): {spans}")


def dateline_at(text: str, start: int = 0, end: int | None = None) -> Dateline | None:
    """The dateline opening ``text[start:end]`` (maybe after a few spaces), else ``None``."""
    end = len(text) if end is None else end
    stamp = LIVE_STAMP.match(text, start, end)
    if stamp is not None:
        return _stamped(stamp)
    match = DATELINE.match(text, start, end)
    if match is None:
        match = _PLAIN.match(text, start, end)
        if match is None or not _is_town(match.group("place"), match.group()[-1]):
            return None
    return _read(text, match.start(), match.end())


def find_datelines(text: str) -> list[Dateline]:
    """The datelines opening paragraphs of ``text``, in order."""
    found = {m.start(): m.end() for m in DATELINE.finditer(text)}
    for match in _PLAIN.finditer(text):
        if match.start() not in found and _is_town(match.group("place"), match.group()[-1]):
            found[match.start()] = match.end()
    lines = {start: _read(text, start, found[start]) for start in found}
    lines.update({m.start(): _stamped(m) for m in LIVE_STAMP.finditer(text)})
    return [lines[start] for start in sorted(lines)]


def _stamped(stamp: re.Match[str]) -> Dateline:
    """The time stamp of a live page's entry, read as a dateline with a time and no place."""
    time = "time" if stamp.group("time") is not None else "labelled"
    return Dateline(stamp.start(), stamp.end(), None, stamp.span(time))


def without_dateline(surface: str) -> str:
    """``surface`` without the dateline opening it, if any."""
    dateline = dateline_at(surface)
    return surface if dateline is None else surface[dateline.end :].lstrip()


def _read(text: str, start: int, end: int) -> Dateline:
    """The parts of the dateline at ``text[start:end]``."""
    first = start + len(text[start:end]) - len(text[start:end].lstrip())
    opening_day = _DATE.match(text, first, end)
    place: Span | None = None
    after_place = first
    if opening_day is None and not text.startswith("(", first):
        # "Jun 4 (PTI)" opens on its day, "(AFP) -" on its agency: no place
        stop = _PLACE_END.search(text, first, end)
        after_place = stop.start() if stop and stop.start() > first else end
        place = (first, after_place)
    day = opening_day or _DATE.search(text, after_place, end)
    agency = None
    for bracket in _BRACKETED.finditer(text, after_place, end):
        if not text[bracket.end() : end].lstrip().startswith("["):  # "Patna (Bihar) [India]"
            agency = bracket.span(1 if bracket.group(1) is not None else 2)
    square = _SQUARE.search(text, after_place, end)
    after = _AFTER_COMMA.match(text, after_place, end) if place else None
    country = None
    if square is not None:
        country = square.span(1)
    elif after is not None and (day is None or after.end(1) <= day.start()):
        country = after.span(1)  # "KYIV, Ukraine (AP) —"; not "GAO, March 5 —": a day
    town = place is not None and (
        _is_place(text[place[0] : place[1]])
        # a village the gazetteer does not know, in a country it does: "IMGDAL, Morocco —"
        or (after is not None and country == after.span(1) and _is_place(after[1], ("country",)))
    )
    return Dateline(start, end, place, day.span() if day else None, agency, country, town)


@lru_cache(maxsize=4096)
def _is_place(name: str, kinds: tuple[str, ...] = ("city", "region", "country")) -> bool:
    """Whether the gazetteer knows ``name`` as a place of one of ``kinds``, read as a
    dateline reads it: a name standing where a place is told."""
    found = find_places(name, tokens_of(name), load_entity_lexicon("en"), cued_at=frozenset({0}))
    return (
        len(found) == 1
        and found[0].start == 0
        and found[0].end == len(name)
        and found[0].place.kind in kinds
    )


def _is_town(name: str, closing: str) -> bool:
    """Whether a dateline in small letters opens on a town (only a town before a colon:
    "Somalia: ..." heads a text as a topic)."""
    return _is_place(name, ("city",) if closing == ":" else ("city", "region"))
