"""A benchmark corpus of any size, made by replicating the TimeBank/AQUAINT (TBAQ) texts.

Copy ``k`` of a document is published ``k`` weeks after the document's creation date, so
relative dates resolve differently in every copy. Run as a script to write a JSON Lines
source that ``timeline events`` reads::

    python benchmarks/corpus.py 10000 -o /tmp/tbaq-10k.jsonl
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from datetime import timedelta
from functools import cache
from itertools import islice
from pathlib import Path

from timeline.evaluate import TimeMLDocument, read_timeml, timeml_files
from timeline.model import Article

TBAQ = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "tbaq"


@cache
def tbaq_documents() -> tuple[TimeMLDocument, ...]:
    """The TBAQ documents (plain ``<TEXT>`` and creation date), in a fixed order."""
    if not TBAQ.is_dir():
        raise SystemExit(f"{TBAQ}: TBAQ corpus not found (needs ../shared/data/tbaq)")
    return tuple(read_timeml(path) for path in sorted(timeml_files(TBAQ)))


def tbaq_articles(count: int) -> Iterator[Article]:
    """``count`` articles: the TBAQ texts over and over, each copy published a week later."""
    documents = tbaq_documents()

    def every_copy() -> Iterator[Article]:
        copy = 0
        while True:
            for document in documents:
                yield Article(
                    id=f"{document.name}-{copy}",
                    text=document.text,
                    published=document.dct + timedelta(weeks=copy),
                    outlet=document.name[:3],
                )
            copy += 1

    return islice(every_copy(), count)


def write_jsonl(count: int, path: Path) -> Path:
    """Write ``count`` articles as a JSON Lines source (id, text, published, outlet)."""
    with path.open("w", encoding="utf-8") as handle:
        for article in tbaq_articles(count):
            row = {
                "id": article.id,
                "text": article.text,
                "published": article.published.isoformat(),
                "outlet": article.outlet,
            }
            handle.write(json.dumps(row) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int, help="how many articles")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the .jsonl to write")
    args = parser.parse_args()
    path = write_jsonl(args.count, args.output)
    print(f"wrote {path}: {args.count} articles")


if __name__ == "__main__":
    main()
