"""Where ``process_article`` spends its time over the TBAQ texts, by pyinstrument.

Usage: pip install pyinstrument; python benchmarks/profile_article.py [--articles N]

pyinstrument is a development tool, not a dependency of ``timeline``. Start-up (the
first article: lexicons, patterns, gazetteer) is left out of the profile.
"""

from __future__ import annotations

import argparse

from corpus import tbaq_articles

from timeline.pipeline import process_article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=256, help="how many (default 256)")
    args = parser.parse_args()
    try:
        from pyinstrument import Profiler
    except ImportError:
        raise SystemExit("needs pyinstrument: pip install pyinstrument") from None
    articles = list(tbaq_articles(args.articles))
    process_article(articles[0])
    profiler = Profiler(interval=0.001)
    with profiler:
        for article in articles:
            process_article(article)
    print(profiler.output_text(unicode=False, color=False))


if __name__ == "__main__":
    main()
