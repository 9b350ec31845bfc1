"""Read articles from a source: manifest folders, front-matter files, JSON Lines/CSV rows, HTML.

One entry point, :func:`load_articles`, decides what the source is. Problems with
one article become a :class:`~timeline.model.Skipped` entry naming the file or row
and the reason; the other articles still go through. How each format is turned into
raw fields lives in :mod:`timeline.formats`; here the fields become articles.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from importlib import resources
from pathlib import Path

from timeline.dateline import dateline_at
from timeline.errors import (
    NO_SUCH_PATH,
    ArticleError,
    NothingReadError,
    SourceError,
    failure,
    given_path,
    quoted,
)
from timeline.formats import (
    HTML_SUFFIXES,
    MAX_ARTICLE_BYTES,
    ROW_SUFFIXES,
    TEXT_FIELDS,
    TEXT_SUFFIXES,
    Record,
    file_record,
    html_record,
    read_text,
    row_records,
)
from timeline.model import (
    Article,
    Corpus,
    PublishedSource,
    Skipped,
    language_code,
    least_of_each_id_first,
)
from timeline.text import counted

MANIFEST_NAMES = ("articles.csv", "articles.json")

# Accepted field names, first match wins. Keys are compared lower-cased (TEXT_FIELDS too).
PUBLISHED_FIELDS = ("published", "published_at", "publish_date", "publication_date", "date", "time")
ID_FIELDS = ("id",)
TITLE_FIELDS = ("title", "headline")
OUTLET_FIELDS = ("outlet", "source", "publisher")
URL_FIELDS = ("url", "link")
LANGUAGE_FIELDS = ("language", "lang")
FILE_FIELDS = ("file",)

_ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + ROW_SUFFIXES
_NOT_READ_HERE = f"not a kind of file read here ({'/'.join(_ARTICLE_SUFFIXES)})"
_LINK_TO_NOTHING = "a link to nothing (its target is missing, or the link loops)"
_ISO_SHAPE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?![^T ])")
# The year of an RFC 2822 date written with four digits (not a zone's "+0300", not a time)
_FOUR_DIGIT_YEAR = re.compile(r"(?<![0-9+-])[0-9]{4}(?![0-9:])")
# A file name opening on its publication date: "2025-12-02-kyiv.txt", "2025-12-02_talks.md".
_NAME_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?=[-_. ])")
# Any fixed day will do: only absolute (fully written) dates are used for inference,
# and those do not depend on the reference date.
_INFERENCE_REFERENCE = date(2000, 1, 1)

__all__ = [
    "MAX_ARTICLE_BYTES",
    "load_articles",
    "parse_published",
    "seeds_path",
]


def seeds_path() -> Path:
    """The bundled seed corpus: inside the installed package, else the repository's ``seeds/``."""
    packaged = Path(str(resources.files("timeline"))) / "seeds"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "seeds"


def load_articles(
    source: str | Path | None = None, *, infer_published: bool = False, strict: bool = False
) -> Corpus:
    """Read the articles of ``source`` (default: the bundled seeds).

    ``source`` is a folder with an ``articles.csv``/``articles.json`` manifest, a
    folder of ``.txt``/``.md``/``.html`` (and ``.jsonl``/``.csv``) files, or one such
    file. With ``infer_published`` an article without a publication date takes the
    first full date written in its text instead of being skipped. Of articles sharing
    an id, the least by content (by text, then publication date, outlet, ...) is kept
    and the others skipped, whatever the order of the rows or files.

    Raises :class:`OptionError` when ``source`` is not a path,
    :class:`SourceError` when the source itself cannot be read and
    :class:`NothingReadError` when no article in it was usable, or with ``strict``
    when any input was skipped.
    """
    if source is None:
        path = seeds_path()
    else:
        path = given_path(source, parameter="source", what="a file or folder path")
    if path.is_symlink() and not path.exists():
        raise SourceError(str(path), _LINK_TO_NOTHING)
    if not path.exists():
        raise SourceError(str(path), NO_SUCH_PATH)
    if not (path.is_dir() or path.is_file()):
        raise SourceError(str(path), "not a regular file or folder")
    collector = _Collector(infer_published=infer_published)
    if path.is_dir():
        collector.add_all(_folder_items(path, infer_published=infer_published))
    else:
        collector.add_all(_file_items(path, infer_published=infer_published))
    corpus = collector.corpus(path)
    if not corpus.articles:
        raise NothingReadError(f"{path}: no usable article ({corpus.summary()})")
    if strict and corpus.skipped:
        raise NothingReadError(
            f"strict: {counted(len(corpus.skipped), 'input')} skipped, first {corpus.skipped[0]}",
            parameter="strict",
        )
    return corpus


# Dates in a text are counted from its publication day, up to a year either way ("last
# December", "next January"): the calendar must reach that far on both sides of it. Year 1
# and 9999 are also where placeholders for an unknown date (0001-01-01, 9999-12-31) sit.
PUBLISHED_YEARS = range(2, 9999)


def parse_published(value: object) -> tuple[date, datetime | None]:
    """Read a publication date: ISO 8601 date or datetime, or an RFC 2822 date-time.

    A datetime keeps its offset (or its lack of one); the reference date is the date
    in its own zone. Raises ``ValueError`` with a readable message on anything else.
    """
    day, stamp = _parsed_published(value)
    if day.year not in PUBLISHED_YEARS:
        raise ValueError(
            f"publication date {day.isoformat()} is outside the years {PUBLISHED_YEARS.start} "
            f"to {PUBLISHED_YEARS.stop - 1} that dates in a text can be counted from "
            "(a placeholder for an unknown date?)"
        )
    return day, stamp


def _parsed_published(value: object) -> tuple[date, datetime | None]:
    if isinstance(value, datetime):
        return value.date(), value
    if isinstance(value, date):
        return value, None
    if not isinstance(value, str):
        raise ValueError(f"publication date {quoted(value)} is not a date")
    text = _ascii_digits(_trimmed(value))
    if not text:
        raise ValueError("no publication date")
    try:
        return date.fromisoformat(text), None
    except ValueError:
        pass
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError as iso_error:
        if _ISO_SHAPE.match(text):
            reason = f"publication date {quoted(text)} is not a real date ({iso_error})"
            raise ValueError(reason) from None
        from email.utils import parsedate_to_datetime  # only RSS-style dates need it

        try:
            stamp = parsedate_to_datetime(text)
        except (ValueError, TypeError, IndexError):
            raise ValueError(
                f"publication date {quoted(text)} is not an ISO date (YYYY-MM-DD), "
                "ISO datetime or RFC 2822 date"
            ) from None
        stamp = _as_written(stamp, text)
    return stamp.date(), stamp


def _as_written(stamp: datetime, text: str) -> datetime:
    """``stamp`` read from the RFC 2822 date ``text`` in the year written, when it has four
    digits: the standard's reading of a two-digit year ("25" is 2025) also made "0001"
    2001 and "0099" 1999."""
    written = _FOUR_DIGIT_YEAR.search(text)
    if written is None or int(written.group()) == stamp.year:
        return stamp
    try:
        return stamp.replace(year=int(written.group()))
    except ValueError as err:
        raise ValueError(f"publication date {quoted(text)} is not a real date ({err})") from None


def _trimmed(value: str) -> str:
    """``value`` without the spaces and invisible format characters (a zero-width space, a
    byte-order mark, a direction mark: what a copied cell or a joined file leaves) at its ends."""
    start, end = 0, len(value)
    while start < end and _invisible(value[start]):
        start += 1
    while end > start and _invisible(value[end - 1]):
        end -= 1
    return value[start:end]


def _ascii_digits(text: str) -> str:
    """``text`` with full-width forms made plain (NFKC) and the digits of any script
    (Arabic-Indic, Devanagari, ...) written as ASCII digits."""
    return "".join(
        str(unicodedata.decimal(character)) if character.isdecimal() else character
        for character in unicodedata.normalize("NFKC", text)
    )


def _invisible(character: str) -> bool:
    return character.isspace() or unicodedata.category(character) == "Cf"


def _folder_items(folder: Path, *, infer_published: bool) -> Iterator[Record | Skipped]:
    for name in MANIFEST_NAMES:
        manifest = folder / name
        if manifest.is_file():
            yield from _manifest_items(manifest, infer_published=infer_published)
            return
    files = _files(folder)
    if not any(p.suffix.lower() in _ARTICLE_SUFFIXES for p in files):
        raise SourceError(
            str(folder),
            "no articles.csv/articles.json manifest and no "
            f"{'/'.join(_ARTICLE_SUFFIXES)} files in it",
        )
    inside = _real(folder)
    for file in files:
        if file.suffix.lower() not in _ARTICLE_SUFFIXES:
            yield Skipped(str(file), _NOT_READ_HERE)
            continue
        if not file.exists():
            yield Skipped(str(file), _LINK_TO_NOTHING)
            continue
        if not _real(file).is_relative_to(inside):
            yield Skipped(str(file), "a link to a file outside the folder; not followed")
            continue
        try:
            yield from _file_items(file, infer_published=infer_published)
        except SourceError as err:  # one bad file in a folder is one skip
            yield Skipped(err.where, err.reason)
        # Files are untrusted: whatever a reader library does with one costs that one only.
        except Exception as err:  # noqa: BLE001
            yield Skipped(str(file), failure(err))


def _file_items(path: Path, *, infer_published: bool) -> Iterator[Record | Skipped]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        yield from _with_columns(row_records(path), path, infer_published)
    elif suffix in ROW_SUFFIXES:
        yield from row_records(path)
    elif suffix in TEXT_SUFFIXES + HTML_SUFFIXES:
        yield file_record(path)
    else:
        raise SourceError(str(path), _NOT_READ_HERE)


def _manifest_items(manifest: Path, *, infer_published: bool) -> Iterator[Record | Skipped]:
    folder = manifest.parent
    listed: set[Path] = set()
    try:
        rows = row_records(manifest, published_source="manifest")
        for item in _with_columns(rows, manifest, infer_published):
            if isinstance(item, Record) and isinstance(name := item.fields.get("file"), str):
                if "\0" in name:  # no file has such a name: one skip, not a failed run
                    yield Skipped(item.where, "a file name with a null character")
                    continue
                listed.add(_real(folder / name.strip()))
            yield item
    except ArticleError as err:  # the manifest itself is unreadable: so is the source
        raise SourceError(err.where, err.reason) from None
    for file in _article_files(folder):
        if file.name not in MANIFEST_NAMES and _real(file) not in listed:
            yield Skipped(str(file), f"not read: no readable row of {manifest.name} lists it")


def _real(path: Path) -> Path:
    """Where ``path`` leads, links followed; a link that loops stays a path, not an error."""
    return Path(os.path.realpath(path))


def _files(folder: Path) -> list[Path]:
    """The regular, not hidden files of a folder, and its links to nothing, in name order."""
    try:
        entries = list(folder.iterdir())
    except OSError as err:
        raise SourceError(str(folder), f"cannot be listed ({err.strerror or err})") from None
    return sorted(
        p
        for p in entries
        if (p.is_file() or (p.is_symlink() and not p.exists())) and not p.name.startswith(".")
    )


def _article_files(folder: Path) -> list[Path]:
    return [path for path in _files(folder) if path.suffix.lower() in _ARTICLE_SUFFIXES]


def _with_columns(
    items: Iterator[Record | Skipped], path: Path, infer_published: bool
) -> Iterator[Record | Skipped]:
    """Check the first row of a table (CSV file, manifest) names the columns articles need."""
    first = next(items, None)
    if isinstance(first, Record):
        wanted: list[tuple[str, tuple[str, ...]]] = [("file", FILE_FIELDS + TEXT_FIELDS)]
        if not infer_published:
            wanted.append(("published", PUBLISHED_FIELDS))
        missing = [name for name, names in wanted if not any(n in first.fields for n in names)]
        if missing:
            raise SourceError(
                str(path),
                f"no {' or '.join(missing)} column "
                f"(columns: {','.join(first.fields)}; see docs/sources.md)",
            )
    if first is not None:
        yield first
    yield from items


class _Collector:
    """Turns records into articles, keeping the skips; of articles sharing an id it keeps
    the least by content (see :func:`~timeline.model.least_of_each_id_first`), so the
    order of a file's rows or a folder's files does not choose, and skips the others."""

    def __init__(self, *, infer_published: bool) -> None:
        self.infer_published = infer_published
        self._read: list[tuple[Article, str] | Skipped] = []

    def add_all(self, items: Iterable[Record | Skipped]) -> None:
        for item in items:
            if isinstance(item, Skipped):
                self._read.append(item)
                continue
            try:
                article = _article(item, infer_published=self.infer_published)
            except ArticleError as err:
                self._read.append(Skipped(err.where, err.reason))
                continue
            except Exception as err:  # noqa: BLE001 (one row's fields cost that row only)
                self._read.append(Skipped(item.where, failure(err)))
                continue
            self._read.append((article, item.where))

    def corpus(self, source: Path) -> Corpus:
        """What was read, one article per id, the skips in the order of the input."""
        # by identity: two rows can hold equal articles (one file listed twice)
        where = {id(entry[0]): entry[1] for entry in self._read if isinstance(entry, tuple)}
        chosen = least_of_each_id_first(e[0] for e in self._read if isinstance(e, tuple))
        articles: list[Article] = []
        skipped: list[Skipped] = []
        first_seen: dict[str, str] = {}
        for entry in self._read:
            if isinstance(entry, Skipped):
                skipped.append(entry)
                continue
            article = next(chosen)
            if article.id in first_seen:
                reason = (
                    f"duplicate article id {article.id!r} "
                    f"(already used by {first_seen[article.id]})"
                )
                skipped.append(Skipped(where[id(article)], reason))
            else:
                first_seen[article.id] = where[id(article)]
                articles.append(article)
        return Corpus(tuple(articles), tuple(skipped), source=str(source))


def _article(record: Record, *, infer_published: bool) -> Article:
    fields, where = record.fields, record.where
    text, source, published_source, default_id = _text(record)
    if len(text) > MAX_ARTICLE_BYTES:
        raise ArticleError(
            where, f"text is over the {MAX_ARTICLE_BYTES / 1e6:g} MB limit for one article"
        )
    if not text.strip():
        raise ArticleError(where, "no article text")
    if not any(character.isalnum() for character in text):
        raise ArticleError(where, "no article text (no letter or digit in it)")
    basis = _string(fields, ("published_basis",), where)
    published_value = _first(fields, PUBLISHED_FIELDS)
    if published_value is not None:
        try:
            published, published_at = parse_published(published_value)
        except ValueError as err:
            raise ArticleError(where, str(err)) from None
    elif (named := _date_in_name(record)) is not None:
        published, published_at, published_source = named, None, "file-name"
        basis = f"the file name {_named(Path(where).name)!r}"
    elif infer_published:
        published, basis = _infer_published(text, where)
        published_at, published_source = None, "inferred-from-text"
    else:
        raise ArticleError(
            where, "no publication date (add one, or infer it from the text with --infer-published)"
        )
    language = _string(fields, LANGUAGE_FIELDS, where) or "en"
    try:
        language = language_code(language)
    except ValueError as err:
        raise ArticleError(where, str(err)) from None
    try:
        return Article(
            id=_string(fields, ID_FIELDS, where) or _named(default_id),
            text=text,
            published=published,
            published_at=published_at,
            outlet=_string(fields, OUTLET_FIELDS, where),
            title=_string(fields, TITLE_FIELDS, where),
            url=_string(fields, URL_FIELDS, where),
            language=language,
            source=_named(source),
            published_source=published_source,
            published_basis=basis,
        )
    except ValueError as err:  # what the fields hold (a lone surrogate), told in one line
        raise ArticleError(where, str(err)) from None


def _named(os_name: str) -> str:
    """A name the file system gave (a path, a file's stem) as the same text in any locale:
    its bytes read as UTF-8. A name that is not UTF-8 keeps its bytes as escapes, which an
    article refuses in one line."""
    return os.fsencode(os_name).decode("utf-8", "surrogateescape")


def _text(record: Record) -> tuple[str, str, PublishedSource, str]:
    """The article text, where it was read, what the record's date then is, and a default id."""
    inline = _first(record.fields, TEXT_FIELDS)
    if inline is not None:
        if not isinstance(inline, str):
            raise ArticleError(record.where, "the text field is not a string")
        kind = record.published_source
        return inline, record.where, "row" if kind == "manifest" else kind, record.default_id
    if record.published_source == "front-matter":  # a text file: its text is its body
        raise ArticleError(record.where, "no article text after the front matter")
    name = _string(record.fields, FILE_FIELDS, record.where)
    if not name:
        raise ArticleError(
            record.where, f"no article text (no {'/'.join(TEXT_FIELDS)} or file field)"
        )
    file = record.folder / name
    if not _real(file).is_relative_to(_real(record.folder)):
        raise ArticleError(record.where, f"file {name!r} is outside the manifest's folder")
    if not file.exists():
        raise ArticleError(str(file), f"listed in {record.where} but not found")
    if not file.is_file():  # reading a pipe or a device could wait for ever
        raise ArticleError(
            str(file), f"listed in {record.where} but is not a file (a folder, pipe or device)"
        )
    if file.suffix.lower() in HTML_SUFFIXES:
        page = html_record(file)
        return str(page.fields["text"]), str(file), "manifest", file.stem
    return read_text(file), str(file), "manifest", file.stem


def _date_in_name(record: Record) -> date | None:
    """The publication date a file's name opens on ("2025-12-02-kyiv.txt"), for a text
    file or a saved page that gives none itself."""
    if record.published_source not in ("front-matter", "html-meta"):
        return None
    named = _NAME_DATE.match(Path(record.where).name)
    if named is None:
        return None
    try:
        return parse_published(named.group(1))[0]
    except ValueError as err:
        raise ArticleError(record.where, f"the date its file name opens on: {err}") from None


def _infer_published(text: str, where: str) -> tuple[date, str]:
    """The dateline's date if it has a year, else the first full date written in the text.

    A dateline ("KYIV, Dec. 2 (Reuters) -") gives the publication day; when it has no
    year the article is refused rather than dated by some other date in the text.
    """
    from timeline.resolve import find_dates  # the date engine is heavy: load it when asked

    days = [
        mention
        for mention in find_dates(text, _INFERENCE_REFERENCE)
        if mention.granularity == "day" and mention.interval_start is not None
    ]
    dateline = dateline_at(text, len(text) - len(text.lstrip()))
    in_dateline = [m for m in days if dateline and m.char_end <= dateline.end]
    if in_dateline and in_dateline[0].anchor != "absolute":
        raise ArticleError(
            where,
            f"no publication date, and the dateline's {_one_line(in_dateline[0].text)!r} "
            "has no year to infer one",
        )
    for mention in days:
        if mention.anchor == "absolute" and mention.interval_start is not None:
            basis = (
                f"inferred from {_one_line(mention.text)!r} at characters "
                f"{mention.char_start}-{mention.char_end}"
            )
            return mention.interval_start, basis
    raise ArticleError(
        where, "no publication date, and the text has no full date (day, month, year) to infer one"
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _first(fields: Mapping[str, object], names: tuple[str, ...]) -> object:
    for name in names:
        value = fields.get(name)
        if value is not None and not (isinstance(value, str) and not value.strip()):
            return value
    return None


def _string(fields: Mapping[str, object], names: tuple[str, ...], where: str) -> str:
    value = _first(fields, names)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ArticleError(where, f"field {names[0]!r} should be text, not {type(value).__name__}")
    return str(value).strip()
