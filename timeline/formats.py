"""Turn files into records: decoded text, front matter, JSON Lines/CSV/JSON rows, HTML pages.

A :class:`Record` is one article's raw fields (keys lower-cased) plus where it came
from. Problems with one file raise :class:`~timeline.errors.ArticleError`; problems
with one row of a multi-article file are yielded as :class:`~timeline.model.Skipped`
so the other rows still go through. Nothing here knows what the fields mean; that is
:mod:`timeline.articles`' job.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import json
import re
import sys
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.errors import ArticleError, SourceError, first_line
from timeline.model import PublishedSource, Skipped

if TYPE_CHECKING:
    import yaml

MAX_ARTICLE_BYTES = 5_000_000
"""Largest article accepted (a long news feature is under 100 kB); larger ones are skipped."""
MAX_PAGE_BYTES = 50_000_000
"""Largest saved web page accepted: pages carry scripts and styles besides the text."""

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
ROW_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".json")

_BYTE_ORDER_MARKS = (  # UTF-32 first: its little-endian mark starts like UTF-16's
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Control characters that never occur in text (tab, line feed, form feed, carriage
# return and vertical tab do).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_BINARY_CONTROLS = 4
# Text that is not UTF-8 is most often Windows-1252 (a superset of Latin-1): English or
# another Western language with a few accented names. Detection by letter statistics
# takes such a text (a name or two in a page of ASCII) for a Baltic or Central European
# code page ("Türk" read as "T³rk"), so it is read as Windows-1252 when that gives under
# one accented letter in _FEW_ACCENTED and none of the signs that another code page's
# letters become in Windows-1252: a superscript or fraction beside a letter (Polish ł ą,
# Slovak ľ), an inverted mark after one (Polish ż), an ordinal sign before one (Romanian
# ş), an Icelandic letter (Turkish ğ ş, Croatian đ, Romanian ţ).
_WESTERN = "cp1252"
# A page's own word on its encoding, among its first bytes: <meta charset="..."> or
# <meta http-equiv="Content-Type" content="text/html; charset=...">.
_DECLARED_CHARSET = re.compile(
    rb"<meta\b[^>]{0,200}?charset\s*=\s*[\"']?\s*([a-z0-9._:-]{1,40})", re.IGNORECASE
)
_PRESCAN_BYTES = 4096
# Declared Latin-1 and ASCII are read as Windows-1252, as browsers do: pages that say
# so hold its quotes and dashes.
_READ_AS_WESTERN = ("iso8859-1", "ascii")
_FEW_ACCENTED = 10
_LETTER = r"[^\W\d_]"
_MISREAD_AS_WESTERN = re.compile(
    rf"(?<={_LETTER})[¹²³¼½¾]|[¹²³¼½¾](?={_LETTER})|(?<={_LETTER})[¿¡]|[ºª](?={_LETTER})|[ðþÐÞ]"
)
_FRONT_MATTER = {"---": ("yaml", ("---", "...")), "+++": ("toml", ("+++",))}


@dataclass(frozen=True)
class Record:
    """One article's raw fields as found in a file.

    ``where`` names the file or ``file:line``; ``fields`` has lower-cased keys and
    holds the article text under ``text`` when the format carries it apart from the
    fields (a file body, an HTML page); ``default_id`` is used when there is no ``id``
    field; ``published_source`` says what a ``published`` field here is; a ``file``
    field names a file relative to ``folder``.
    """

    where: str
    fields: Mapping[str, object]
    default_id: str
    published_source: PublishedSource
    folder: Path


def read_text(path: Path, *, max_bytes: int | None = MAX_ARTICLE_BYTES, page: bool = False) -> str:
    """Read and decode a text file, keeping its characters (and line endings) as they are;
    a web ``page`` in the charset it declares, if it declares one.

    Raises :class:`ArticleError` for an unreadable, empty, oversized or binary file.
    """
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise ArticleError(
                str(path),
                f"{size / 1e6:.1f} MB is over the {max_bytes / 1e6:g} MB limit for one article; "
                "split it into several files",
            )
        data = path.read_bytes()
    except OSError as err:
        raise ArticleError(str(path), f"cannot be read ({err.strerror or err})") from None
    return decode(data, str(path), declared=_declared_charset(data) if page else None)


def decode(data: bytes, where: str, *, declared: str | None = None) -> str:
    """Decode bytes: a byte-order mark decides, else strict UTF-8, else the ``declared``
    codec (a page's charset), else Windows-1252 for a Western text, else a detected one."""
    if not data.strip():
        raise ArticleError(where, "empty file")
    for mark, codec in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return _checked_text(data[len(mark) :].decode(codec), where)
            except UnicodeDecodeError:
                raise ArticleError(
                    where, f"starts with a {codec} byte-order mark but is not valid {codec}"
                ) from None
    if data.count(b"\x00") * 100 <= len(data):  # UTF-16 without a mark is full of NULs
        try:
            return _checked_text(data.decode("utf-8"), where)
        except UnicodeDecodeError:
            pass
        if declared is not None:
            # a codec that is no text encoding ("zlib", "undefined") is no declaration
            with contextlib.suppress(UnicodeError, LookupError):
                return _checked_text(data.decode(declared), where)
        if (western := _western(data)) is not None:
            return _checked_text(western, where)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ArticleError(where, "not UTF-8 text (looks binary)")
    return _checked_text(str(best), where)


def _declared_charset(data: bytes) -> str | None:
    """The codec of the charset a page declares in its first bytes, if Python has one."""
    found = _DECLARED_CHARSET.search(data, 0, _PRESCAN_BYTES)
    if found is None:
        return None
    try:
        codec = codecs.lookup(found.group(1).decode("ascii")).name
    except LookupError:
        return None
    return _WESTERN if codec in _READ_AS_WESTERN else codec


def _western(data: bytes) -> str | None:
    """``data`` read as Windows-1252 when that gives a Western text (few accented letters,
    no sign of another code page's letters), else ``None``."""
    try:
        text = data.decode(_WESTERN)
    except UnicodeDecodeError:  # five bytes Windows-1252 leaves unassigned
        return None
    letters = accented = 0
    for character in text:
        if character.isalpha():
            letters += 1
            accented += not character.isascii()
    if accented * _FEW_ACCENTED >= letters or _MISREAD_AS_WESTERN.search(text):
        return None
    return text


def _checked_text(text: str, where: str) -> str:
    # A few stray control characters (an old end-of-file mark, an escape, a NUL in
    # one row) are still text; more than one character in a hundred are not, unless they
    # sit in a minority of its lines (one broken row of a short JSON Lines file).
    controls = len(_CONTROL.findall(text))
    if controls >= _BINARY_CONTROLS and controls * 100 > len(text):
        lines = [line for line in text.split("\n") if line.strip()]
        if 2 * sum(1 for line in lines if _CONTROL.search(line)) > len(lines):
            raise ArticleError(where, "not UTF-8 text (looks binary)")
    if not text.strip():
        raise ArticleError(where, "empty file")
    return text


def split_front_matter(text: str, where: str) -> tuple[dict[str, object], str]:
    """Split ``---`` YAML or ``+++`` TOML front matter from the body.

    Returns the fields (keys lower-cased; dates left as written) and the body exactly
    as it follows the closing line. Text without front matter is all body.
    """
    first_line, newline, rest = text.partition("\n")
    opener = first_line.rstrip("\r")
    if opener not in _FRONT_MATTER or not newline:
        return {}, text
    language, closers = _FRONT_MATTER[opener]
    offset = 0
    for line in rest.splitlines(keepends=True):
        if line.rstrip("\r\n") in closers:
            header, body = rest[:offset], rest[offset + len(line) :]
            return _parse_front_matter(language, header, where), body
        offset += len(line)
    raise ArticleError(where, f"front matter opened with {opener!r} on line 1 is never closed")


def _parse_front_matter(language: str, header: str, where: str) -> dict[str, object]:
    if language == "toml":
        try:
            data: object = tomllib.loads(header)
        except tomllib.TOMLDecodeError as err:
            raise ArticleError(where, f"bad TOML front matter: {err}") from None
        except RecursionError:
            raise ArticleError(where, "bad TOML front matter: nested too deeply") from None
    else:
        import yaml

        try:
            data = yaml.load(header, Loader=_string_dates_loader())  # noqa: S506 (a SafeLoader)
        except (yaml.YAMLError, RecursionError) as err:
            # a headline with a colon ("title: Truce: what we know") is no YAML, but its
            # header is plain "name: value" lines, read as such
            data = _plain_fields(header)
            if data is None:
                mark = getattr(err, "context_mark", None) or getattr(err, "problem_mark", None)
                at = f" (line {mark.line + 2})" if mark is not None else ""  # after the "---"
                raise ArticleError(where, f"bad YAML front matter{at}: {first_line(err)}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ArticleError(where, "front matter is not a list of 'name: value' fields")
    return _lower_keys(data)


_PLAIN_FIELD = re.compile(r"([A-Za-z_][\w-]*):[ \t]+(\S.*?)\s*")


def _plain_fields(header: str) -> dict[str, object] | None:
    """A header of ``name: value`` lines, each value plain text (its quotes taken off), or
    None when a line is something else: a list, a nested field, an unclosed quotation."""
    fields: dict[str, object] = {}
    for line in header.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _PLAIN_FIELD.fullmatch(line)
        if match is None or match[2][0] in "[{&*!|>%@`":
            return None
        value = match[2]
        if value[0] in "'\"":
            if len(value) < 2 or value[-1] != value[0]:
                return None
            value = value[1:-1]
        fields[match[1]] = value
    return fields


@cache
def _string_dates_loader() -> type[yaml.SafeLoader]:
    """A safe YAML loader that leaves dates as written, so one parser reads every date."""
    import yaml

    class StringDatesLoader(yaml.SafeLoader):
        pass

    StringDatesLoader.yaml_implicit_resolvers = {
        first: [(tag, pattern) for tag, pattern in resolvers if not tag.endswith(":timestamp")]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return StringDatesLoader


def file_record(path: Path) -> Record:
    """One article file (``.txt``/``.md`` with optional front matter, or ``.html``)."""
    if path.suffix.lower() in HTML_SUFFIXES:
        return html_record(path)
    where = str(path)
    fields, body = split_front_matter(read_text(path), where)
    return Record(where, {**fields, "text": body}, path.stem, "front-matter", path.parent)


def html_record(path: Path) -> Record:
    """A saved web page: main text by trafilatura, publication date by htmldate (metadata only)."""
    where = str(path)
    page = read_text(path, max_bytes=MAX_PAGE_BYTES, page=True)
    # The main text is found by trafilatura, whose passes over the page's elements cost
    # seconds per megabyte of text; a page showing more text than one article may hold is
    # refused before them.
    shown = page_text_size(page)
    if shown > MAX_ARTICLE_BYTES:
        raise ArticleError(
            where,
            f"the page holds {shown / 1e6:.1f} MB of text, over the "
            f"{MAX_ARTICLE_BYTES / 1e6:g} MB limit for one article",
        )
    import trafilatura

    # htmldate (called by trafilatura) reads dates from the page's markup and URL only
    # (no guessing from the text), and its upper bound is fixed so no clock is read.
    document = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        date_extraction_params={
            "extensive_search": False,
            "original_date": True,
            "max_date": "9999-12-31",
            # htmldate's default lower bound (1995) would drop older pages' dates; year 1
            # itself makes it fail on every page.
            "min_date": "1000-01-01",
        },
    )
    text = getattr(document, "text", None)
    if not text or not text.strip():
        raise ArticleError(where, "no article text found in the page")
    fields: dict[str, object] = {
        # trafilatura puts one block (paragraph, heading) per line; a blank line between
        # blocks keeps them apart as paragraphs.
        "text": "\n\n".join(line for line in text.split("\n") if line.strip()),
        "published": getattr(document, "date", None) or "",
        "title": getattr(document, "title", None) or "",
        "outlet": getattr(document, "sitename", None) or "",
        "url": getattr(document, "url", None) or "",
        "language": getattr(document, "language", None) or "",
    }
    return Record(where, fields, path.stem, "html-meta", path.parent)


def page_text_size(page: str) -> int:
    """How many characters of text an HTML page shows: the text outside tags, scripts,
    styles and comments, each run of spaces counted as one, an entity as its character."""
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        tree = lxml.html.document_fromstring(page.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):  # nothing a parser can read: trafilatura says so
        return 0
    etree.strip_elements(tree, "script", "style", "template", with_tail=False)
    return sum(len(" ".join(piece.split())) for piece in tree.itertext())


def row_records(
    path: Path, *, published_source: PublishedSource = "row"
) -> Iterator[Record | Skipped]:
    """The rows of a JSON Lines, CSV or JSON (array of objects) file, one article each.

    Raises :class:`SourceError` when the file as a whole cannot be read.
    """
    text = read_text(path, max_bytes=None)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows = _csv_rows(text, str(path))
    elif suffix == ".json":
        rows = _json_array_rows(text, str(path))
    else:
        rows = _json_lines_rows(text, str(path))
    position = 0
    for where, row in rows:
        if isinstance(row, Skipped):
            yield row
            continue
        position += 1
        yield Record(where, row, f"{path.stem}-{position}", published_source, path.parent)


_Row = tuple[str, "dict[str, object] | Skipped"]


def json_value(text: str) -> Any:
    """``text`` parsed as JSON. Raises :class:`json.JSONDecodeError` if it is not JSON, or
    if it nests deeper than the parser can follow (``msg`` "nested too deeply")."""
    try:
        return json.loads(text)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", text, 0) from None


def _json_lines_rows(text: str, where: str) -> Iterator[_Row]:
    # JSON strings cannot hold a raw line feed, so splitting on it is safe (unlike
    # str.splitlines, which also splits on characters that JSON strings may hold).
    for number, line in enumerate(_lines(text), start=1):
        if not line.strip():
            continue
        line_where = f"{where}:{number}"
        try:  # a line may open with the byte-order mark of a file joined onto the one before
            value = json_value(line.removeprefix("\ufeff"))
        except json.JSONDecodeError as err:
            yield line_where, Skipped(line_where, f"not valid JSON ({err.msg}, column {err.colno})")
            continue
        yield line_where, _object_row(value, line_where)


def _lines(text: str) -> Iterator[str]:
    """``text.split("\\n")``, one line at a time: a list of every line would hold a second
    copy of the whole file while its rows are read."""
    start = 0
    while (end := text.find("\n", start)) >= 0:
        yield text[start:end]
        start = end + 1
    yield text[start:]


# Fields that hold an article's text, first match wins; keys are compared lower-cased.
TEXT_FIELDS = ("text", "body", "content")
# Columns of the event and mention tables timeline writes: a JSON file of them (and of no
# text field) in a folder of articles is one skip, not one per row.
_TABLE_KEYS = ("article_id", "char_start", "char_end")


def _json_array_rows(text: str, where: str) -> Iterator[_Row]:
    try:
        value = json_value(text)
    except json.JSONDecodeError as err:
        raise SourceError(where, f"not valid JSON ({err.msg}, line {err.lineno})") from None
    if isinstance(value, dict) and isinstance(value.get("articles"), list):
        value = value["articles"]
    if not isinstance(value, list):
        raise SourceError(where, "expected a JSON array of article objects")
    if value and isinstance(first := value[0], dict) and _is_table_row(first):
        raise SourceError(where, "an event or mention table (as timeline writes), not articles")
    for number, item in enumerate(value, start=1):
        item_where = f"{where}[{number}]"
        yield item_where, _object_row(item, item_where)


def _is_table_row(row: dict[str, Any]) -> bool:
    keys = set(_lower_keys(row))
    return keys.issuperset(_TABLE_KEYS) and keys.isdisjoint(TEXT_FIELDS)


def _object_row(value: Any, where: str) -> dict[str, object] | Skipped:
    if not isinstance(value, dict):
        return Skipped(where, f"expected a JSON object, got {type(value).__name__}")
    return _lower_keys(value)


# One physical line with its ending; the CSV reader ends lines at \r, \n or \r\n only.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def _csv_rows(text: str, where: str) -> Iterator[_Row]:
    """The rows of a CSV text; a row that is broken costs that row only.

    A broken quote makes a row run on into the lines after it: the row is skipped
    (named by its first line) and reading starts again on its second line, so the
    good rows it swallowed still go through. A well-quoted row with a field over the
    article limit is skipped whole, saying so.
    """
    lines = _LINE.findall(text)
    limit = csv.field_size_limit()
    csv.field_size_limit(MAX_ARTICLE_BYTES)
    try:
        header = _csv_header(lines, where)
        position = header.lines
        while position < len(lines):
            row_where = f"{where}:{position + 1}"
            record = _csv_record(lines, position)
            if record.error is None and not any(cell.strip() for cell in record.cells):
                position += record.lines
                continue
            if record.error is None and len(record.cells) == len(header.cells):
                position += record.lines
                yield row_where, dict(zip(header.cells, record.cells, strict=True))
                continue
            oversized = _oversized_record(lines, position, record)
            if oversized is not None and len(oversized.cells) == len(header.cells):
                position += oversized.lines
                size = max(map(len, oversized.cells)) / 1e6
                reason = (
                    f"a field of {size:.1f} MB is over the {MAX_ARTICLE_BYTES / 1e6:g} MB limit "
                    "for one article; split it into several rows"
                )
                yield row_where, Skipped(row_where, reason)
                continue
            position += 1
            if record.error is not None:
                reason = f"bad CSV ({record.error}; check the quoting)"
            else:
                reason = (
                    f"{len(record.cells)} fields, the header has {len(header.cells)} "
                    "(check the quoting)"
                )
            yield row_where, Skipped(row_where, reason)
    finally:
        csv.field_size_limit(limit)


@dataclass(frozen=True)
class _Record:
    cells: list[str]
    lines: int  # physical lines it took
    error: str | None = None


def _csv_record(lines: list[str], start: int) -> _Record:
    """The CSV record that starts on ``lines[start]``."""
    used = 0

    def feed() -> Iterator[str]:
        nonlocal used
        for index in range(start, len(lines)):
            used += 1
            yield lines[index]

    try:
        cells = next(csv.reader(feed(), strict=True), [])
    except csv.Error as err:
        return _Record([], max(used, 1), str(err))
    return _Record(cells, max(used, 1))


def _oversized_record(lines: list[str], start: int, record: _Record) -> _Record | None:
    """The whole record that starts on ``lines[start]``, when reading it stopped at the
    field size limit and it reads without error beyond that limit; else None."""
    if record.error is None or not record.error.startswith("field larger than field limit"):
        return None
    limit = csv.field_size_limit(sys.maxsize)
    try:
        whole = _csv_record(lines, start)
    finally:
        csv.field_size_limit(limit)
    return whole if whole.error is None else None


def _csv_header(lines: list[str], where: str) -> _Record:
    if not lines:
        raise SourceError(where, "empty CSV file")
    header = _csv_record(lines, 0)
    if header.error is not None:
        raise SourceError(where, f"bad CSV header ({header.error})")
    names = [name.strip().lower() for name in header.cells]
    if len(set(names)) != len(names):
        raise SourceError(where, f"the CSV header repeats a column name: {','.join(header.cells)}")
    return _Record(names, header.lines)


def _lower_keys(data: Mapping[Any, object]) -> dict[str, object]:
    return {str(key).strip().lower(): value for key, value in data.items()}
