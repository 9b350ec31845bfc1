"""Measure the date engine against gold annotations.

Three kinds of gold:

* TimeML files in TempEval-3 format (``.tml``): :func:`read_timeml` reads one file
  (plain text of ``<TEXT>``, its TIMEX3 spans as character offsets, and the document
  creation time), :func:`evaluate_corpus` runs :func:`timeline.resolve.find_dates` on
  every file and scores it the TempEval-3 way.
* Inline TIMEX2 files (``.key.xml``, as in WikiWars): :func:`read_timex2` reads the
  ``<TEXT>``, its TIMEX2 ``val`` values and the ``<DATETIME>`` as creation time; the
  same scorer compares them (a TIMEX2 holding others, such as a range holding its
  ends, gives way to the ones inside, as TIMEX3 marks only those).
* The seed gold CSVs (``tests/data/seed_dates.csv``, ``seed_not_dates.csv``):
  :func:`score_seed_gold` counts expressions placed on exactly the gold interval.

TempEval-3 figures, as computed here. A system mention and a gold TIMEX3 *match
relaxed* when their character spans overlap, and *strictly* when the spans are
equal; each gold TIMEX3 pairs with at most one mention (largest overlap first).
Span precision = matches / system mentions, recall = matches / gold TIMEX3s, F1
their harmonic mean. Attribute F1 (value, type) follows TempEval-3: accuracy over
relaxed matches times span P and R, i.e. P = correct / system, R = correct / gold.

Every document is in one of two parts by a fixed rule on its name
(:func:`part_of`): ``test``, held back to check that a change generalises, or ``dev``.
"""

from __future__ import annotations

import csv
import html
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal

from timeline.errors import NO_SUCH_PATH, NothingReadError, SourceError
from timeline.model import Article, Mention, Skipped
from timeline.resolve import find_dates
from timeline.text import squash

ErrorKind = Literal["value", "missed", "spurious"]


# ----------------------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class Timex:
    """One gold TIMEX3: offsets into the document's plain text, type, value, mod."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str = ""


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    """The plain text of a TimeML ``<TEXT>``, its creation date and its TIMEX3s."""

    name: str
    text: str
    dct: date
    timexes: tuple[Timex, ...]


# A tag holds no "<": an unclosed one is then given up at the next "<", not searched to the end
# (the last group is that "<").
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)([^<>]*?)(/?)>|([^<]+)|(<)")
_ATTRIBUTE = re.compile(r'([\w:-]+)\s*=\s*"([^"]*)"')
_DCT = re.compile(r"<DCT>\s*<TIMEX3([^>]*)>", re.S)


def read_timeml(path: str | Path) -> TimeMLDocument:
    """Read a TempEval-3 ``.tml`` file; raises SourceError naming the file if it has no
    ``<TEXT>`` or no creation time."""
    path = Path(path)
    raw = _read(path, "TimeML")
    dct_match = _DCT.search(raw)
    if dct_match is None:
        raise SourceError(str(path), "no <DCT><TIMEX3 value=...> creation time")
    dct_value = dict(_ATTRIBUTE.findall(dct_match.group(1))).get("value", "")
    text, timexes = _plain_text(raw, _text_element(raw, path), "TIMEX3", path)
    return TimeMLDocument(path.stem, text, _creation_date(dct_value, path), tuple(timexes))


_DATETIME = re.compile(r"<DATETIME>\s*<TIMEX2([^>]*)>", re.S)
TIMEX2_SUFFIX = ".key.xml"


def read_timex2(path: str | Path) -> TimeMLDocument:
    """Read a file with inline TIMEX2 gold (WikiWars ``.key.xml``): the plain text of
    ``<TEXT>``, each innermost TIMEX2 with its ``val`` (and a TIMEX3 type read from it)
    and the ``<DATETIME>`` as creation date; raises SourceError naming the file if one
    is missing."""
    path = Path(path)
    raw = _read(path, "TIMEX2")
    dct_match = _DATETIME.search(raw)
    if dct_match is None:
        raise SourceError(str(path), "no <DATETIME><TIMEX2 val=...> creation time")
    dct_value = dict(_ATTRIBUTE.findall(dct_match.group(1))).get("val", "")
    text, timexes = _plain_text(raw, _text_element(raw, path), "TIMEX2", path)
    name = path.name.removesuffix(TIMEX2_SUFFIX)
    return TimeMLDocument(name, text, _creation_date(dct_value, path), tuple(timexes))


def timex2_type(attributes: Mapping[str, str]) -> str:
    """The TIMEX3 type a TIMEX2 stands for: SET if ``set="YES"``, DURATION for a
    ``P...`` value, TIME for a value with a time of day, else DATE."""
    value = attributes.get("val", "")
    if attributes.get("set", "").upper() == "YES":
        return "SET"
    if value.startswith("P") and not value.endswith("_REF"):
        return "DURATION"
    return "TIME" if "T" in value.removesuffix("_REF").lstrip("BC") else "DATE"


def _read(path: Path, kind: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise SourceError(str(path), f"cannot read {kind} file ({err})") from err


def _text_element(raw: str, path: Path) -> tuple[int, int]:
    """Where the ``<TEXT>`` element's content starts and ends in ``raw``."""
    start, end = raw.find("<TEXT>"), raw.find("</TEXT>")
    if start < 0 or end < start:
        raise SourceError(str(path), "no <TEXT> element")
    return start + len("<TEXT>"), end


def _creation_date(value: str, path: Path) -> date:
    try:
        return date.fromisoformat(value[:10])
    except ValueError as err:
        raise SourceError(str(path), f"creation time {value!r} is not a date") from err


def _plain_text(
    raw: str, element: tuple[int, int], tag: str, path: Path
) -> tuple[str, list[Timex]]:
    """The text of ``raw[start:end]`` without markup and the ``tag`` elements in it as
    offsets; an element holding another of its kind is left out (only the innermost ones
    are kept), an empty one (``<TIMEX3 .../>``) marks no text.

    Raises SourceError naming the file and line of a ``tag`` element left open, closed
    without being opened, or whose tag is not ended by ``>``: the gold's spans would
    otherwise be scored without the one it meant.
    """
    pieces: list[str] = []
    length = 0
    # Open elements: start offset, attributes, whether one was closed inside, and where.
    open_timexes: list[tuple[int, dict[str, str], bool, int]] = []
    closed: list[tuple[int, int, dict[str, str]]] = []
    for match in _TAG.finditer(raw, *element):
        closing, name, attributes, empty, chunk, bare = match.groups()
        if chunk is not None:
            plain = html.unescape(chunk)
            pieces.append(plain)
            length += len(plain)
        elif bare is not None:
            if raw.startswith(tag, match.end()) or raw.startswith("/" + tag, match.end()):
                raise _malformed(raw, match.start(), f"<{tag} tag not ended by '>'", path)
        elif name != tag or empty:
            continue
        elif not closing:
            attrs = dict(_ATTRIBUTE.findall(attributes))
            open_timexes.append((length, attrs, False, match.start()))
        elif not open_timexes:
            raise _malformed(raw, match.start(), f"</{tag}> closes no <{tag}>", path)
        else:
            begin, attrs, holds_another, _ = open_timexes.pop()
            if open_timexes:
                open_timexes[-1] = (*open_timexes[-1][:2], True, open_timexes[-1][3])
            if begin < length and not holds_another:
                closed.append((begin, length, attrs))
    if open_timexes:
        raise _malformed(raw, open_timexes[-1][3], f"<{tag}> never closed", path)
    # The text is joined once, at the end: joining it at each element cost the square of
    # the file's length.
    text = "".join(pieces)
    timexes = [_timex(begin, end, text[begin:end], attrs, tag) for begin, end, attrs in closed]
    return text, sorted(timexes, key=lambda timex: timex.start)


def _malformed(raw: str, offset: int, problem: str, path: Path) -> SourceError:
    line = raw.count("\n", 0, offset) + 1
    return SourceError(str(path), f"line {line}: {problem}; the file is not scored")


def _timex(begin: int, end: int, text: str, attrs: Mapping[str, str], tag: str) -> Timex:
    if tag == "TIMEX2":
        return Timex(
            begin, end, text, timex2_type(attrs), attrs.get("val", ""), attrs.get("mod", "")
        )
    return Timex(
        begin, end, text, attrs.get("type", ""), attrs.get("value", ""), attrs.get("mod", "")
    )


# ----------------------------------------------------------------------------- scoring


@dataclass(frozen=True, slots=True)
class Scores:
    """Counts of one comparison and the TempEval-3 figures derived from them."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def __add__(self, other: Scores) -> Scores:
        return Scores(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))

    def figures(self) -> dict[str, float]:
        """Precision, recall and F1 for strict and relaxed spans, value and type."""
        out: dict[str, float] = {}
        for name in ("strict", "relaxed", "value", "type"):
            hits = getattr(self, name)
            precision = hits / self.system if self.system else 0.0
            recall = hits / self.gold if self.gold else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            out |= {f"{name}_p": precision, f"{name}_r": recall, f"{name}_f1": f1}
        return out


def astuple(scores: Scores) -> tuple[int, ...]:
    """The counts of ``scores`` in field order."""
    return (scores.gold, scores.system, scores.strict, scores.relaxed, scores.value, scores.type)


@dataclass(frozen=True, slots=True)
class ErrorItem:
    """One disagreement: a wrong value, a missed gold TIMEX3 or a spurious mention."""

    kind: ErrorKind
    document: str
    gold_text: str
    gold_value: str
    system_text: str
    system_value: str
    rule: str
    context: str
    # The gold treats the same words the engine's way elsewhere in the corpus: the value
    # is right there (wrong value), or the words are marked there (spurious).
    contradicted: bool = False


def pair_up(
    gold: Sequence[Timex], system: Sequence[Mention]
) -> list[tuple[Timex | None, Mention | None]]:
    """One-to-one pairs of overlapping spans, largest overlap first; the unpaired
    gold (missed) and system (spurious) items come with ``None`` on the other side."""
    overlaps = sorted(
        (
            (min(g.end, m.char_end) - max(g.start, m.char_start), gi, mi)
            for gi, g in enumerate(gold)
            for mi, m in enumerate(system)
            if g.start < m.char_end and m.char_start < g.end
        ),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs: list[tuple[Timex | None, Mention | None]] = []
    for _, gi, mi in overlaps:
        if gi in used_gold or mi in used_system:
            continue
        used_gold.add(gi)
        used_system.add(mi)
        pairs.append((gold[gi], system[mi]))
    pairs += [(g, None) for gi, g in enumerate(gold) if gi not in used_gold]
    pairs += [(None, m) for mi, m in enumerate(system) if mi not in used_system]
    return pairs


@dataclass(frozen=True, slots=True)
class DocumentScore:
    """One document compared: counts, errors, and the words (see :func:`words_key`) the
    gold marks with a mention (``marked``) and with the mention's value (``right``)."""

    scores: Scores
    errors: list[ErrorItem]
    marked: frozenset[str]
    right: frozenset[str]


def words_key(text: str) -> str:
    """Expression words compared across documents: lower case, spaces squashed, no
    surrounding punctuation."""
    return squash(text).lower().strip(" .,;:'\"`")


def score_document(
    document: TimeMLDocument, system: Sequence[Mention], *, types: Iterable[str] | None = None
) -> DocumentScore:
    """Compare mentions with a document's gold, optionally only TIMEX3 ``types``."""
    wanted = set(types) if types is not None else None
    gold = [t for t in document.timexes if wanted is None or t.type in wanted]
    mine = [m for m in system if wanted is None or m.type in wanted]
    counts = {"strict": 0, "relaxed": 0, "value": 0, "type": 0}
    errors: list[ErrorItem] = []
    marked: set[str] = set()
    right: set[str] = set()
    for g, m in pair_up(gold, mine):
        if g is not None and m is not None:
            counts["relaxed"] += 1
            counts["strict"] += (g.start, g.end) == (m.char_start, m.char_end)
            counts["type"] += g.type == m.type
            marked.add(words_key(m.text))
            if g.value == m.value:
                counts["value"] += 1
                right.add(words_key(m.text))
            else:
                errors.append(_error("value", document, g, m))
        else:
            errors.append(_error("missed" if g is not None else "spurious", document, g, m))
    scores = Scores(len(gold), len(mine), **counts)
    return DocumentScore(scores, errors, frozenset(marked), frozenset(right))


def _contradicted(error: ErrorItem, marked: set[str], right: set[str]) -> bool:
    if error.kind == "value":
        return words_key(error.system_text) in right
    return error.kind == "spurious" and words_key(error.system_text) in marked


def _error(
    kind: ErrorKind, document: TimeMLDocument, gold: Timex | None, mine: Mention | None
) -> ErrorItem:
    start = gold.start if gold is not None else mine.char_start if mine is not None else 0
    end = gold.end if gold is not None else mine.char_end if mine is not None else 0
    before = squash(document.text[max(0, start - 60) : start])
    after = squash(document.text[end : end + 40])
    return ErrorItem(
        kind,
        document.name,
        squash(gold.text) if gold else "",
        gold.value if gold else "",
        squash(mine.text) if mine else "",
        mine.value if mine else "",
        mine.rule if mine else "",
        f"{before} [{squash(document.text[start:end])}] {after}",
    )


@dataclass(frozen=True)
class Report:
    """Scores over a corpus: all TIMEX3 types, DATE only, each part (all types), and
    every error."""

    corpus: str
    documents: int
    overall: Scores
    date_only: Scores
    errors: tuple[ErrorItem, ...] = field(default=())
    skipped: tuple[Skipped, ...] = field(default=())
    parts: Mapping[str, Scores] = field(default_factory=dict)

    def to_dict(self, *, errors: bool = True) -> dict[str, Any]:
        """Counts and figures (and, with ``errors``, every error) as JSON-ready data."""
        data: dict[str, Any] = {
            "corpus": self.corpus,
            "documents": self.documents,
            "overall": asdict(self.overall) | self.overall.figures(),
            "date": asdict(self.date_only) | self.date_only.figures(),
            "skipped": [str(item) for item in self.skipped],
        } | {part: asdict(scores) | scores.figures() for part, scores in self.parts.items()}
        if errors:
            data["errors"] = [asdict(error) for error in self.errors]
            data["contradicted"] = sum(error.contradicted for error in self.errors)
        return data

    def format(self, *, errors: bool = False) -> str:
        """A readable table of the figures; with ``errors``, one line per error."""
        lines = [f"{self.corpus}: {self.documents} documents"]
        lines += [f"skipped {item}" for item in self.skipped]
        header = f"{'':8} {'gold':>5} {'system':>6}  " + "  ".join(
            f"{name + ' P/R/F1':>22}" for name in ("strict", "relaxed", "value")
        )
        lines.append(header)
        rows = [("all", self.overall), ("DATE", self.date_only), *self.parts.items()]
        for label, scores in rows:
            figures = scores.figures()
            cells = "  ".join(
                f"{figures[f'{n}_p']:8.3f} {figures[f'{n}_r']:6.3f} {figures[f'{n}_f1']:6.3f}"
                for n in ("strict", "relaxed", "value")
            )
            lines.append(f"{label:8} {scores.gold:>5} {scores.system:>6}  {cells}")
        if errors:
            for error in self.errors:
                lines.append(
                    f"{error.kind:8} {error.document} ({part_of(error.document)}):"
                    f" gold {error.gold_text!r}={error.gold_value}"
                    f" system {error.system_text!r}={error.system_value} ({error.rule})"
                    f"{' contradicted' if error.contradicted else ''} | {error.context}"
                )
            lines.append(self.error_summary())
        return "\n".join(lines)

    def error_summary(self) -> str:
        """Errors by kind, and how many the gold contradicts elsewhere in the corpus."""
        kinds = Counter(error.kind for error in self.errors)
        contradicted = sum(error.contradicted for error in self.errors)
        return (
            f"{len(self.errors)} differences ({kinds['value']} wrong values, "
            f"{kinds['spurious']} spurious, {kinds['missed']} missed); {contradicted} "
            "contradicted by the gold elsewhere in the corpus (the same words with the engine's "
            "value, or marked)"
        )


def timeml_files(path: str | Path) -> list[Path]:
    """The gold files of a folder (recursively: ``.tml`` TimeML and ``.key.xml`` inline
    TIMEX2) or the one file given."""
    path = Path(path)
    if path.is_file():
        return [path]
    if not path.exists():
        raise SourceError(str(path), NO_SUCH_PATH)
    files = sorted([*path.rglob("*.tml"), *path.rglob("*" + TIMEX2_SUFFIX)])
    if not files:
        raise SourceError(
            str(path), "no .tml files (TimeML) or .key.xml files (inline TIMEX2) here"
        )
    return files


def read_gold(path: str | Path) -> TimeMLDocument:
    """Read one gold file, TimeML or inline TIMEX2 by its name."""
    return read_timex2(path) if str(path).endswith(TIMEX2_SUFFIX) else read_timeml(path)


Part = Literal["dev", "test"]


def part_of(name: str) -> Part:
    """The part a document belongs to, by a fixed rule on its name: about one in three
    documents is held back as ``test``."""
    return "test" if zlib.crc32(name.encode("utf-8")) % 3 == 0 else "dev"


def evaluate_corpus(path: str | Path) -> Report:
    """Run the engine on every gold file under ``path`` and score it (TempEval-3),
    overall and for each part (:func:`part_of`).

    A file that cannot be read is skipped and named in the report; if none can be
    read, NothingReadError lists why.
    """
    overall, date_only = Scores(), Scores()
    parts: dict[str, Scores] = {"dev": Scores(), "test": Scores()}
    errors: list[ErrorItem] = []
    skipped: list[Skipped] = []
    marked: set[str] = set()
    right: set[str] = set()
    documents = 0
    for file in timeml_files(path):
        try:
            document = read_gold(file)
        except SourceError as err:
            skipped.append(Skipped(err.where, err.reason))
            continue
        documents += 1
        mentions = find_dates(document.text, document.dct)
        compared = score_document(document, mentions)
        overall += compared.scores
        parts[part_of(document.name)] += compared.scores
        date_only += score_document(document, mentions, types=("DATE",)).scores
        errors += compared.errors
        marked |= compared.marked
        right |= compared.right
    if not documents:
        raise NothingReadError(f"{path}: no usable gold file; " + "; ".join(map(str, skipped)))
    errors = [replace(e, contradicted=_contradicted(e, marked, right)) for e in errors]
    return Report(str(path), documents, overall, date_only, tuple(errors), tuple(skipped), parts)


# ----------------------------------------------------------------------------- seed gold


@dataclass(frozen=True, slots=True)
class SeedCase:
    """One seed gold row and what the engine made of it."""

    file: str
    expression: str
    expected: tuple[str, str]
    found: Mention | None

    @property
    def exact(self) -> bool:
        """True when a mention overlapping the gold span has exactly its interval."""
        return (
            self.found is not None
            and (
                str(self.found.interval_start),
                str(self.found.interval_end),
            )
            == self.expected
        )


@dataclass(frozen=True)
class SeedScore:
    """Seed gold results: exact intervals out of the gold rows, and the not-dates
    (durations, vague references) that were wrongly placed on the calendar."""

    cases: tuple[SeedCase, ...]
    placed_not_dates: tuple[tuple[str, str, Mention], ...]

    @property
    def exact(self) -> int:
        return sum(case.exact for case in self.cases)

    def format(self) -> str:
        """One line per miss, then the totals."""
        lines = [
            f"miss {case.file}: {case.expression!r} expected {case.expected[0]}..{case.expected[1]}"
            + (
                f", got {case.found.value} {case.found.interval_start}..{case.found.interval_end}"
                if case.found
                else ", not found"
            )
            for case in self.cases
            if not case.exact
        ]
        lines += [
            f"placed not-date {file}: {expression!r} as {mention.value}"
            for file, expression, mention in self.placed_not_dates
        ]
        lines.append(
            f"seed gold: {self.exact} of {len(self.cases)} on the exact interval; "
            f"{len(self.placed_not_dates)} not-dates placed"
        )
        return "\n".join(lines)


def score_seed_gold(
    gold_csv: str | Path, not_dates_csv: str | Path, articles: Iterable[Article]
) -> SeedScore:
    """Score the engine on seed articles against the seed gold CSVs.

    A gold row counts as exact when the first mention overlapping its span has the
    gold ``interval_start``/``interval_end``. A not-date row fails when a mention
    overlapping it is placed on the calendar.
    """
    by_file: Mapping[str, list[Mention]] = {
        article.id: find_dates(article.text, article.published) for article in articles
    }
    cases = []
    for row in _rows(gold_csv):
        mention = _overlapping(by_file, row)
        expected = (row["interval_start"], row["interval_end"])
        cases.append(SeedCase(row["file"], row["expression"], expected, mention))
    placed = []
    for row in _rows(not_dates_csv):
        mentions = _overlapping_all(by_file, row)
        placed += [(row["file"], row["expression"], m) for m in mentions if m.is_placed]
    return SeedScore(tuple(cases), tuple(placed))


def _rows(path: str | Path) -> list[dict[str, str]]:
    try:
        with open(path, newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))
    except OSError as err:
        raise SourceError(str(path), f"cannot read gold CSV ({err})") from err


def _overlapping_all(by_file: Mapping[str, list[Mention]], row: dict[str, str]) -> list[Mention]:
    start, end = int(row["char_start"]), int(row["char_end"])
    mentions = by_file.get(Path(row["file"]).stem, [])
    return [m for m in mentions if m.char_start < end and start < m.char_end]


def _overlapping(by_file: Mapping[str, list[Mention]], row: dict[str, str]) -> Mention | None:
    mentions = _overlapping_all(by_file, row)
    return mentions[0] if mentions else None
