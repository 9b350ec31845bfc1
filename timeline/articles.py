"""Read articles from a source: a folder with an ``articles.csv`` manifest.

One entry point, :func:`load_articles`, decides what the source is. Problems with
one article become a :class:`~timeline.model.Skipped` entry naming the file and the
reason; the other articles still go through.
"""

from __future__ import annotations

import csv
from datetime import date, datetime
from importlib import resources
from pathlib import Path

from timeline.errors import ArticleError, NothingReadError, SourceError
from timeline.model import Article, Corpus, Skipped

MANIFEST_COLUMNS = ("file", "published")


def seeds_path() -> Path:
    """The bundled seed corpus: inside the installed package, else the repository's ``seeds/``."""
    packaged = Path(str(resources.files("timeline"))) / "seeds"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "seeds"


def load_articles(source: str | Path | None = None) -> Corpus:
    """Read the articles of ``source`` (default: the bundled seeds).

    Raises :class:`SourceError` when the source itself cannot be read and
    :class:`NothingReadError` when no article in it was usable.
    """
    path = Path(source) if source is not None else seeds_path()
    if not path.exists():
        raise SourceError(str(path), "no such file or folder")
    if path.is_dir() and (path / "articles.csv").is_file():
        corpus = _read_manifest_folder(path / "articles.csv")
    else:
        raise SourceError(str(path), "not a folder with an articles.csv manifest")
    if not corpus.articles:
        raise NothingReadError(f"{path}: no usable article ({corpus.summary()})")
    return corpus


def parse_published(value: str) -> tuple[date, datetime | None]:
    """Parse an ISO date or datetime; the reference date is the date in its own zone.

    Raises ``ValueError`` with a readable message on anything else.
    """
    text = value.strip()
    if not text:
        raise ValueError("no publication date")
    try:
        if len(text) == 10:
            return date.fromisoformat(text), None
        stamp = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"publication date {text!r} is not an ISO date (YYYY-MM-DD) or datetime"
        ) from None
    return stamp.date(), stamp


def _read_manifest_folder(manifest: Path) -> Corpus:
    folder = manifest.parent
    articles: list[Article] = []
    skipped: list[Skipped] = []
    with manifest.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in MANIFEST_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise SourceError(str(manifest), f"manifest lacks column(s) {', '.join(missing)}")
        for line, row in enumerate(reader, start=2):
            where = f"{manifest}:{line}"
            try:
                articles.append(_article_from_row(folder, row))
            except ArticleError as err:
                skipped.append(Skipped(err.where, err.reason))
            except ValueError as err:
                skipped.append(Skipped(where, str(err)))
    return Corpus(tuple(articles), tuple(skipped), source=str(folder))


def _article_from_row(folder: Path, row: dict[str, str]) -> Article:
    file = folder / row["file"]
    if not file.is_file():
        raise ArticleError(str(file), "listed in the manifest but not found")
    text = file.read_text(encoding="utf-8")
    if not text.strip():
        raise ArticleError(str(file), "empty file")
    try:
        published, published_at = parse_published(row.get("published") or "")
    except ValueError as err:
        raise ArticleError(str(file), str(err)) from None
    return Article(
        id=file.stem,
        text=text,
        published=published,
        published_at=published_at,
        outlet=(row.get("outlet") or "").strip(),
        title=(row.get("title") or "").strip(),
        url=(row.get("url") or "").strip(),
        language=(row.get("language") or "en").strip() or "en",
        source=str(file),
        published_source="manifest",
        published_basis=(row.get("published_basis") or "").strip(),
    )
