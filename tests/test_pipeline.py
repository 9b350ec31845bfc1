"""The pipeline: the same tables whichever way the articles are processed, read lazily."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from itertools import count, islice
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.conftest import make_article, seed_copies
from timeline import events, pipeline
from timeline.articles import load_articles
from timeline.cli import EngineName
from timeline.errors import (
    ArticleError,
    OptionError,
    PassError,
    PassFailedWarning,
    SkippedArticleWarning,
)
from timeline.model import Article, Event, Mention
from timeline.pipeline import (
    ENGINES,
    events_table,
    extract_events,
    extract_mentions,
    mentions_table,
    process_article,
    process_articles,
)


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return seed_copies(3)


@pytest.fixture(scope="module")
def one_process(articles: list[Article]) -> tuple[pd.DataFrame, pd.DataFrame]:
    results = list(process_articles(articles))
    return events_table(results), mentions_table(results)


def test_worker_processes_give_the_same_tables_as_one_process(
    articles: list[Article],
    one_process: tuple[pd.DataFrame, pd.DataFrame],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 4)  # several batches, the last one short
    events, mentions = one_process
    assert len(events) > len(articles), "the seeds should give several events each"
    pd.testing.assert_frame_equal(extract_events(articles, jobs=2), events)
    pd.testing.assert_frame_equal(extract_mentions(articles, jobs=2), mentions)


def test_articles_in_any_order_give_the_same_tables(
    articles: list[Article], one_process: tuple[pd.DataFrame, pd.DataFrame]
) -> None:
    events, mentions = one_process
    backwards = list(reversed(articles))
    pd.testing.assert_frame_equal(extract_events(backwards, jobs=1), events)
    pd.testing.assert_frame_equal(extract_mentions(backwards, jobs=1), mentions)


def test_results_come_in_input_order_with_what_each_article_gave(
    articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 4)
    results = list(process_articles(articles, jobs=2))
    assert [r.article.id for r in results] == [a.id for a in articles]
    for result in results[:5]:
        assert result == process_article(result.article)


def test_each_event_row_carries_its_own_article(
    articles: list[Article], one_process: tuple[pd.DataFrame, pd.DataFrame]
) -> None:
    events, _ = one_process
    published = {a.id: pd.Timestamp(a.published) for a in articles}
    assert set(events["article_id"]) == set(published)
    assert (events["published"] == events["article_id"].map(published)).all()
    assert events["event_id"].is_unique


@pytest.mark.parametrize("jobs", [1, 2])
def test_articles_are_read_lazily(jobs: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 3)
    seeds = load_articles().articles
    taken = count()

    def endless() -> Iterator[Article]:
        for n in taken:
            yield replace(seeds[n % len(seeds)], id=f"copy-{n}")

    first = list(islice(process_articles(endless(), jobs=jobs), 2))
    assert [r.article.id for r in first] == ["copy-0", "copy-1"]
    assert next(taken) <= 2 * 3 + 1, "no more than two batches may be read ahead"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"jobs": 0}, "jobs must be 'auto' or a whole number of 1 or more, not 0"),
        ({"jobs": "2"}, "jobs must be 'auto' or a whole number of 1 or more, not '2'"),
        ({"engine": "spark"}, "engine must be one of local, dask, not 'spark'"),
        ({"scheduler": "tcp://127.0.0.1:8786"}, "scheduler needs engine 'dask'"),
        ({"stage": "plot"}, "stage must be one of mentions, events, not 'plot'"),
    ],
)
@pytest.mark.parametrize("run", [process_articles, extract_events, extract_mentions])
def test_bad_options_are_refused_when_called_naming_the_parameter(
    run: Callable[..., object], options: dict[str, object], message: str
) -> None:
    if "stage" in options and run is not process_articles:
        return
    consumed = count()

    def articles() -> Iterator[Article]:
        for _ in consumed:
            yield make_article("On Sunday.")

    with pytest.raises(OptionError) as caught:
        run(articles(), **options)  # not iterated: refused before any work
    assert str(caught.value) == message
    assert next(consumed) == 0


@pytest.mark.parametrize("pack", [5, ["ukraine-war"], b"ukraine-war"])
@pytest.mark.parametrize("run", [process_articles, extract_events])
def test_a_pack_that_is_no_pack_is_refused_naming_the_parameter(
    run: Callable[..., object], pack: object
) -> None:
    with pytest.raises(OptionError, match="^pack must be a DomainPack, .*, not ") as caught:
        run([make_article("On Sunday.")], jobs=1, pack=pack)
    assert caught.value.parameter == "pack"


@pytest.mark.parametrize(
    ("articles", "message"),
    [
        (make_article("On Sunday."), "articles must be an iterable of Article (.*), not Article$"),
        ("On Sunday.", "articles must be an iterable of Article (.*), not str$"),
        (None, "articles must be an iterable of Article (.*), not NoneType$"),
        (["On Sunday."], "articles must hold only Article objects; item 1 is str$"),
        ([make_article("On Sunday."), {"text": "x"}], "only Article objects; item 2 is dict$"),
    ],
)
@pytest.mark.parametrize("run", [process_articles, extract_events, extract_mentions])
def test_what_is_not_articles_is_refused_in_one_line_naming_the_item(
    run: Callable[..., object], articles: object, message: str
) -> None:
    with pytest.raises(OptionError, match=message):
        result = run(articles, jobs=1)
        if isinstance(result, Iterator):
            list(result)


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_with_the_id_of_an_earlier_one_is_skipped_naming_both(jobs: int) -> None:
    first = replace(make_article("Kyiv held the town on Sunday.", id="same"), source="a.txt")
    second = replace(make_article("Talks failed on Monday in Geneva.", id="same"), source="b.txt")
    other = make_article("Rebels took the road on Friday.", id="other")
    results = list(process_articles([first, other, second], jobs=jobs))
    assert [r.skipped is None for r in results] == [True, True, False]
    assert str(results[2].skipped) == (
        "same (b.txt): duplicate article id (already used by same (a.txt))"
    )
    with pytest.warns(SkippedArticleWarning, match=r"^same \(b\.txt\): duplicate article id"):
        table = extract_events([first, other, second], jobs=jobs)
    assert not table["sentence"].str.contains("Geneva").any()
    with pytest.warns(SkippedArticleWarning, match="duplicate article id"):
        mentions = extract_mentions([first, second], jobs=jobs)
    assert list(mentions["expression"]) == ["Sunday"]


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("extract", [extract_events, extract_mentions])
def test_of_articles_sharing_an_id_the_table_keeps_one_whatever_their_order(
    extract: Callable[..., pd.DataFrame], jobs: int
) -> None:
    shelled = make_article("Artillery shelled the port on Sunday.", id="same")
    talks = make_article("Envoys met in Oslo on Monday.", id="same")
    later = make_article("Envoys met in Oslo on Monday.", date(2025, 12, 9), id="same")
    other = make_article("Rebels took the road on Friday.", id="other")  # negative: its own id
    given = [talks, other, later, shelled]
    tables = []
    for order in (given, given[::-1], [later, shelled, other, talks]):
        with pytest.warns(SkippedArticleWarning, match="duplicate article id") as caught:
            tables.append(extract(order, jobs=jobs))
        assert len(caught) == 2
    for table in tables[1:]:
        pd.testing.assert_frame_equal(table, tables[0])
    column = "sentence" if extract is extract_events else "expression"
    assert tables[0][column].str.contains("Sunday").any()  # 'Artillery ...' is least
    assert tables[0][column].str.contains("Friday").any()
    assert not tables[0][column].str.contains("Monday").any()


def test_the_cluster_module_does_not_import_the_pipeline() -> None:
    code = "import sys, timeline.distributed; print('timeline.pipeline' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_mention_run_never_loads_the_event_layer() -> None:
    code = (
        "import sys, datetime, timeline\n"
        "article = timeline.Article(id='a', text='On Sunday.',"
        " published=datetime.date(2025, 1, 6))\n"
        "timeline.extract_mentions([article], jobs=1)\n"
        "print(sorted({'timeline.events', 'timeline.gazetteer'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_finding_mentions_leaves_pandas_until_the_table_is_built() -> None:
    # pandas takes most of a second to import: the command line, the reading of the
    # articles and the finding of their dates must not wait for it.
    code = (
        "import sys, datetime, timeline.cli, timeline.pipeline, timeline.articles\n"
        "loaded = ['pandas' in sys.modules]\n"
        "article = timeline.Article(id='a', text='On Sunday.',"
        " published=datetime.date(2025, 1, 6))\n"
        "timeline.extract_mentions([article], jobs=1,"
        " on_progress=lambda result: loaded.append('pandas' in sys.modules))\n"
        "print(loaded, 'pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[False, False] True"


def test_command_line_offers_every_engine() -> None:
    assert tuple(e.value for e in EngineName) == ENGINES


@pytest.mark.parametrize("missing", ["dask", "distributed"])
def test_dask_engine_without_dask_says_how_to_install_it(
    missing: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, missing, None)  # what an absent package looks like
    with pytest.raises(OptionError, match=r"pip install 'timeline\[dask\]'"):
        list(process_articles(load_articles(), engine="dask"))


# --- one article cannot stop, shorten or abort a run ---------------------------------------

HEADING_THEN_DATE = "Fighting in mainland China (1946-1950)\n\nThe war resumed on June 26, 1946."


def with_one_that_fails(articles: list[Article]) -> list[Article]:
    """``articles`` with one in the middle whose language no date reader knows."""
    middle = len(articles) // 2
    bad = replace(articles[middle], id="unreadable", language="xx")
    return [*articles[:middle], bad, *articles[middle:]]


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_that_fails_is_skipped_by_name_and_the_run_goes_on(
    articles: list[Article], jobs: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 4)
    results = list(process_articles(with_one_that_fails(articles), jobs=jobs))
    assert [r.article.id for r in results if r.skipped is None] == [a.id for a in articles]
    (failed,) = [r for r in results if r.skipped is not None]
    assert failed.article.id == "unreadable" and not failed.events
    assert str(failed.skipped).startswith("unreadable (") and "'xx'" in str(failed.skipped)
    assert "\n" not in str(failed.skipped)


@pytest.mark.parametrize("jobs", [1, 2])
def test_stop_iteration_deep_inside_does_not_end_the_run_early(jobs: int) -> None:
    first, last = (make_article(f"Kyiv held it on {day}day.", id=day) for day in ("Sun", "Mon"))
    heading = make_article(HEADING_THEN_DATE, id="heading")
    results = list(process_articles([first, heading, last], jobs=jobs))
    assert [r.article.id for r in results] == ["Sun", "heading", "Mon"]
    assert results[-1].events, "the article after the heading must still be processed"


def test_a_generator_stop_raised_by_a_stage_is_a_skip_not_the_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def stops(article: Article, mentions: object, pack: object = None) -> list[object]:
        if article.id == "b":
            raise StopIteration
        return []

    monkeypatch.setattr(events, "build_events", stops)
    texts = {"a": "On Sunday.", "b": "On Monday.", "c": "On Tuesday."}
    results = list(process_articles([make_article(t, id=i) for i, t in texts.items()], jobs=1))
    assert [(r.article.id, r.skipped is None) for r in results] == [
        ("a", True),
        ("b", False),
        ("c", True),
    ]
    assert "StopIteration" in str(results[1].skipped)


def test_extract_events_warns_about_a_skip_and_strict_fails(articles: list[Article]) -> None:
    mixed = with_one_that_fails(articles[:3])
    with pytest.warns(SkippedArticleWarning, match=r"^unreadable \(.*'xx'"):
        table = extract_events(mixed)
    assert set(table["article_id"]) == {a.id for a in articles[:3]}
    with pytest.raises(ArticleError, match=r"^unreadable \("):
        extract_events(mixed, strict=True)


def _fails(*args: object) -> object:
    raise ValueError("a fault no input should cause")


@pytest.mark.parametrize(
    ("module", "corpus_pass", "told"),
    [
        ("timeline.names", "one_name_per_person_in_corpus", "naming people across articles"),
        ("timeline.merge", "cluster_events", "clustering reports across articles"),
    ],
)
def test_a_corpus_wide_pass_that_fails_loses_no_event_and_strict_fails(
    articles: list[Article],
    one_process: tuple[pd.DataFrame, pd.DataFrame],
    module: str,
    corpus_pass: str,
    told: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected, _ = one_process
    monkeypatch.setattr(sys.modules[module], corpus_pass, _fails)
    with pytest.warns(PassFailedWarning, match=rf"^{told} failed \(unexpected ValueError: a fault"):
        table = extract_events(articles, jobs=1)
    assert list(table["event_id"]) == list(expected["event_id"]), "every event is still there"
    assert list(table["value"]) == list(expected["value"])
    with pytest.raises(PassError, match=rf"^{told} failed .*\(strict\)$"):
        extract_events(articles, jobs=1, strict=True)


def test_when_clustering_fails_each_event_is_a_cluster_of_its_own(
    articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.modules["timeline.merge"], "cluster_events", _fails)
    with pytest.warns(PassFailedWarning, match="each event is a cluster of its own"):
        table = extract_events(articles[:2], jobs=1)
    assert list(table["cluster_id"]) == list(table["event_id"])
    assert set(table["cluster_size"]) == {1} and not table["date_conflict"].any()
    assert list(table["cluster_title"]) == list(table["title"])


def test_progress_is_told_of_every_article_skipped_or_not(articles: list[Article]) -> None:
    seen: list[tuple[str, bool]] = []
    mixed = with_one_that_fails(articles[:3])
    with pytest.warns(SkippedArticleWarning):
        extract_mentions(mixed, on_progress=lambda r: seen.append((r.article.id, not r.skipped)))
    assert seen == [(a.id, a.id != "unreadable") for a in mixed]


@pytest.mark.parametrize("jobs", [1, 2])
def test_mentions_alone_build_no_events(
    articles: list[Article], jobs: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_events(article: Article, mentions: object, pack: object = None) -> list[object]:
        raise AssertionError("events were built for a mention table")

    expected = extract_mentions(articles[:4], jobs=1)
    monkeypatch.setattr(events, "build_events", no_events)  # forked workers inherit it
    pd.testing.assert_frame_equal(extract_mentions(articles[:4], jobs=jobs, strict=True), expected)
    results = list(process_articles(articles[:2], jobs=jobs, stage="mentions"))
    assert all(r.mentions and not r.events and r.skipped is None for r in results)


def test_an_article_that_kills_its_worker_process_is_the_only_one_lost(
    articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_build_events = events.build_events

    def dies_on_one(article: Article, mentions: list[Mention], pack: object = None) -> list[Event]:
        if article.id == "killer":
            os._exit(9)  # what a crash or the out-of-memory killer looks like from outside
        return real_build_events(article, mentions)

    monkeypatch.setattr(pipeline, "BATCH_SIZE", 4)
    monkeypatch.setattr(events, "build_events", dies_on_one)  # forked workers inherit it
    mixed = [*articles[:5], replace(articles[5], id="killer"), *articles[6:11]]
    results = list(process_articles(mixed, jobs=2))
    assert [r.article.id for r in results] == [a.id for a in mixed]
    assert [r.article.id for r in results if r.skipped] == ["killer"]
    assert "worker process stopped" in str(results[5].skipped)
    assert all(r.events for r in results if not r.skipped)


_NEWS_WORDS = (
    "Kremlin",
    "the",
    "White",
    "House",
    "Monday",
    "March",
    "said",
    "on",
    "Sunday",
    "Russian",
    "forces",
    "Kyiv",
    "captured",
    "Mr.",
    "U.S.",
    "told",
    "reporters",
    "’s",
    "'s",
    ",",
    ".",
    '"',
    "(",
    ")",
    "—",
    "I",
    "we",
    "last",
    "week",
    "December",
    "4",
    "governor",
    "of",
)


@settings(max_examples=80, deadline=None)
@example(["Kremlin"])  # a seat of government that ends the text
@example(["Monday", "March", "Monday", " ", "March", "said"])  # a name written with two spaces
@given(st.lists(st.sampled_from((*_NEWS_WORDS, " ", "\n")), min_size=1, max_size=40))
def test_any_news_words_make_an_article_that_is_read_not_skipped(words: list[str]) -> None:
    text = " ".join(words)
    if text.strip():
        pipeline.extract_events([make_article(text)], jobs=1, strict=True)


@pytest.mark.parametrize(
    "word",
    ["EU", "UN Security Council", "Adviser", "military", "Monday,", "Justice Department,"]
    + ["Christmas and", "Monday or"],
)
def test_a_long_run_of_one_word_makes_an_article_that_is_read_not_skipped(word: str) -> None:
    """A word said over and over (a body's name, a title, a group word, a date, a list of
    bodies) is followed a bounded way from each of its places, never from one to the next
    to the text's end."""
    text = f"On Monday the army said {' '.join([word] * 1500)} attacked on Tuesday."
    pipeline.extract_events([make_article(text)], jobs=1, strict=True)


def test_the_hash_seed_of_the_process_changes_no_table(tmp_path: Path) -> None:
    """Story titles and clusters come from sums over word features: they must not follow
    the order a set of words happens to have in one process."""
    corpus = Path(__file__).parent / "data" / "snippets" / "war" / "dev"
    tables = []
    for seed in ("1", "2"):
        out = tmp_path / f"events-{seed}.csv"
        subprocess.run(
            [sys.executable, "-m", "timeline", "events", str(corpus), "-o", str(out)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            check=True,
        )
        tables.append(out.read_text(encoding="utf-8"))
    assert tables[0] == tables[1]


MARKED_NAMES = [
    # (text with marks a reader never sees, the same text without them)
    (
        "President Ivo Bran\u00adkovic visited Varnell\u200b on Monday, officials said.",
        "President Ivo Brankovic visited Varnell on Monday, officials said.",
    ),
    (
        "On Tuesday, jets struck Dor\u00adsk and Lusk\u2060, governor Petar Ilo\u200bvic said.",
        "On Tuesday, jets struck Dorsk and Lusk, governor Petar Ilovic said.",
    ),
    (
        "\u200eOn Friday, Prime Minister Ana Ruiz met envoys in Bogo\u00adt\u00e1, aides said.",
        "On Friday, Prime Minister Ana Ruiz met envoys in Bogot\u00e1, aides said.",
    ),
    # negative: no mark, nothing to read through; a joiner some scripts spell with stays
    (
        "On Monday, Ana Ruiz visited Varnell, officials said.",
        "On Monday, Ana Ruiz visited Varnell, officials said.",
    ),
]


@pytest.mark.parametrize(("marked", "plain"), MARKED_NAMES)
def test_names_and_titles_are_read_through_marks_a_reader_never_sees(
    marked: str, plain: str
) -> None:
    """Soft hyphens, zero-width spaces, word joiners and direction marks inside or beside a
    name are read through, as dates are: the event names what the plain text names, while
    its offsets and sentence are those of the article as written."""
    fields = ("actors", "places", "claimed_by", "title", "category")
    read = process_article(make_article(marked, date(2025, 3, 20))).events
    expected = process_article(make_article(plain, date(2025, 3, 20))).events
    assert [[getattr(e, f) for f in fields] for e in read] == [
        [getattr(e, f) for f in fields] for e in expected
    ]
    for event in read:
        assert event.sentence == marked[event.sentence_start : event.sentence_end]
        assert event.mention.text == marked[event.mention.char_start : event.mention.char_end]
        assert event.event_id == f"a#{event.mention.char_start}"
