from datetime import UTC, date, datetime, timedelta, timezone

import pandas as pd
import pytest

from timeline.model import Article, Corpus, Event, Mention, Skipped


def make_mention(**overrides: object) -> Mention:
    fields: dict[str, object] = {
        "text": "on Sunday",
        "char_start": 6,
        "char_end": 15,
        "type": "DATE",
        "value": "2025-11-30",
        "interval_start": date(2025, 11, 30),
        "interval_end": date(2025, 11, 30),
        "granularity": "day",
        "anchor": "dct",
    }
    fields.update(overrides)
    return Mention(**fields)  # type: ignore[arg-type]


def test_mention_text_must_fit_its_offsets() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        make_mention(char_end=20)


def test_mention_interval_cannot_run_backwards() -> None:
    with pytest.raises(ValueError, match="backwards"):
        make_mention(interval_start=date(2025, 12, 1))


def test_mention_interval_ends_are_set_together() -> None:
    with pytest.raises(ValueError, match="together"):
        make_mention(interval_end=None)


def test_duration_is_not_placed() -> None:
    duration = make_mention(type="DURATION", value="P1Y", interval_start=None, interval_end=None)
    assert not duration.is_placed
    assert make_mention().is_placed


def test_event_needs_a_placed_mention_inside_its_sentence() -> None:
    placed = make_mention()
    Event("a#6", "a", placed, 0, 20, "Putin on Sunday went", "Putin went")
    with pytest.raises(ValueError, match="does not contain"):
        Event("a#6", "a", placed, 10, 20, "Sunday went", "went")
    unplaced = make_mention(interval_start=None, interval_end=None, type="DURATION")
    with pytest.raises(ValueError, match="not on the calendar"):
        Event("a#6", "a", unplaced, 0, 20, "Putin on Sunday went", "Putin went")


def test_article_published_is_a_date_in_its_own_zone() -> None:
    stamp = datetime(2025, 12, 2, 23, 30, tzinfo=UTC)
    with pytest.raises(ValueError, match="is not on"):
        Article(id="a", text="x", published=date(2025, 12, 3), published_at=stamp)


@pytest.mark.parametrize(
    ("moment", "day"),
    [
        (datetime(2025, 12, 2, 9), date(2025, 12, 2)),
        (datetime(2025, 12, 1, 23, 30, tzinfo=timezone(timedelta(hours=-5))), date(2025, 12, 1)),
        (pd.Timestamp("2025-12-02 00:15"), date(2025, 12, 2)),
    ],
)
def test_a_datetime_published_counts_as_its_own_day_and_is_kept(
    moment: datetime, day: date
) -> None:
    article = Article(id="a", text="x", published=moment)
    assert type(article.published) is date and article.published == day
    assert article.published_at == moment
    plain = Article(id="a", text="x", published=day)
    assert plain.published == day and plain.published_at is None


def test_a_datetime_published_must_agree_with_published_at() -> None:
    kept = datetime(2025, 12, 2, 8, tzinfo=UTC)
    article = Article(id="a", text="x", published=datetime(2025, 12, 2, 9), published_at=kept)
    assert article.published == date(2025, 12, 2) and article.published_at == kept
    with pytest.raises(ValueError, match="is not on 2025-12-03"):
        Article(id="a", text="x", published=datetime(2025, 12, 3, 9), published_at=kept)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"text": b"Talks on Sunday."}, "article 'a': text must be a str, not bytes$"),
        ({"text": 7}, "article 'a': text must be a str, not int$"),
        ({"id": 7}, "an article's id must be a str, not 7$"),
        ({"outlet": None}, "article 'a': outlet must be a str, not NoneType$"),
        ({"language": None}, "article 'a': language must be a str, not NoneType$"),
        ({"published": "2025-12-02"}, "article 'a': published must be a date, not str$"),
        ({"published": None}, "article 'a': published must be a date, not NoneType$"),
        ({"published": pd.NaT}, "article 'a' has no publication date \\(published is NaT\\)$"),
        (
            {"published": date(2025, 12, 2), "published_at": pd.NaT},
            "article 'a' has no publication time \\(published_at is NaT\\)$",
        ),
    ],
)
def test_an_article_field_of_the_wrong_type_is_refused_naming_the_field(
    fields: dict[str, object], message: str
) -> None:
    given: dict[str, object] = {
        "id": "a",
        "text": "Talks on Sunday.",
        "published": date(2025, 12, 2),
    }
    with pytest.raises(ValueError, match=message):
        Article(**{**given, **fields})  # type: ignore[arg-type]


def test_article_needs_text() -> None:
    with pytest.raises(ValueError, match="no text"):
        Article(id="a", text="  \n", published=date(2025, 12, 2))


def test_corpus_summary_names_what_was_skipped() -> None:
    article = Article(id="a", text="x", published=date(2025, 12, 2))
    corpus = Corpus((article,), (Skipped("x.txt", "not UTF-8 text"),))
    assert corpus.summary() == "1 article read, 1 skipped: x.txt: not UTF-8 text"
    assert list(corpus) == [article]


@pytest.mark.parametrize("tag", ["en", "EN", "en-US", "en_GB", " En-gb ", "en-Latn-US"])
def test_a_language_tag_is_read_by_its_primary_subtag(tag: str) -> None:
    assert (
        Article(id="a", text="On Sunday.", published=date(2025, 12, 2), language=tag).language
        == "en"
    )


@pytest.mark.parametrize("tag", ["", "e", "../../etc", "12", "english language"])
def test_a_language_that_is_not_a_tag_is_refused(tag: str) -> None:
    with pytest.raises(ValueError, match="not a language tag"):
        Article(id="a", text="On Sunday.", published=date(2025, 12, 2), language=tag)


def test_a_broken_article_is_named_even_with_braces_in_its_id() -> None:
    with pytest.raises(ValueError, match=r"article 'brief \{1\}' has no text"):
        Article(id="brief {1}", text="  ", published=date(2025, 3, 1))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("text", "Talks resumed \ud800 on Sunday."),
        ("text", "Talks resumed on Sunday. \udfff"),
        ("title", "Talks \udc00resume"),
        ("outlet", "\ud83d"),
        ("id", "a\ud800"),
    ],
)
def test_an_article_with_a_lone_surrogate_is_refused_naming_the_field(
    field: str, value: str
) -> None:
    fields: dict[str, object] = {"id": "a", "text": "Talks resumed on Sunday."}
    fields[field] = value
    with pytest.raises(ValueError, match=f"{field} holds a lone surrogate"):
        Article(published=date(2025, 12, 2), **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["Talks resumed on Sunday 😀.", "Ümit said so on Sunday \u200b."])
def test_an_article_with_astral_and_zero_width_characters_is_text(text: str) -> None:
    assert Article(id="a", text=text, published=date(2025, 12, 2)).text == text
