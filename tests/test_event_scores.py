"""The events scorer: each figure counts what it must and nothing else."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from typer.testing import CliRunner

import timeline
from timeline.cli import app
from timeline.errors import SourceError
from timeline.event_scores import (
    EventScores,
    format_event_scores,
    read_gold,
    same_actor,
    same_place,
    score_event_folder,
    score_events,
)

NEWS = Path(__file__).parent / "data" / "news"


def gold_line(**fields: Any) -> dict[str, Any]:
    """One gold event with harmless defaults: article "a", span 10..16, 2025-03-02."""
    event: dict[str, Any] = {
        "article": "a",
        "happening": "h1",
        "expression": "Sunday",
        "start": 10,
        "end": 16,
        "interval_start": "2025-03-02",
        "interval_end": "2025-03-02",
        "category": "battlefield",
        "actors": [],
        "collective_actors": [],
        "places": [],
        "claimed_by": "",
        "stance": "",
        "headline": "",
    }
    event.update(fields)
    return event


def gold_folder(tmp_path: Path, *events: Mapping[str, Any]) -> Path:
    (tmp_path / "events.jsonl").write_text(
        "".join(json.dumps(e) + "\n" for e in events), encoding="utf-8"
    )
    return tmp_path


def row(**fields: Any) -> dict[str, Any]:
    """One event-table row matching ``gold_line()``'s defaults unless told otherwise."""
    values: dict[str, Any] = {
        "article_id": "a",
        "char_start": 10,
        "char_end": 16,
        "expression": "Sunday",
        "interval_start": pd.Timestamp("2025-03-02"),
        "interval_end": pd.Timestamp("2025-03-02"),
        "category": "battlefield",
        "actors": "",
        "places": "",
        "claimed_by": "",
        "stance": "",
        "cluster_id": f"{fields.get('article_id', 'a')}#{fields.get('char_start', 10)}",
        "date_conflict": False,
    }
    values.update(fields)
    return values


def scored(
    tmp_path: Path, gold: Sequence[Mapping[str, Any]], rows: Sequence[dict[str, Any]]
) -> EventScores:
    table = pd.DataFrame(list(rows)) if rows else pd.DataFrame(columns=list(row()))
    return score_events(table, read_gold(gold_folder(tmp_path, *gold)))


def kinds(scores: EventScores) -> list[str]:
    return [e.kind for e in scores.errors]


# ----------------------------------------------------------------------------- found


def test_a_row_overlapping_the_expression_finds_the_event(tmp_path: Path) -> None:
    scores = scored(tmp_path, [gold_line()], [row(char_start=13, char_end=20)])
    assert (scores.gold_events, scores.found) == (1, 1)
    assert scores.figures()["gold events found"] == 1.0


def test_a_row_on_another_expression_of_the_event_finds_it(tmp_path: Path) -> None:
    gold = [gold_line(other_expressions=[[30, 40]])]
    assert scored(tmp_path, gold, [row(char_start=32, char_end=38)]).found == 1


def test_rows_elsewhere_or_in_another_article_do_not_find_the_event(tmp_path: Path) -> None:
    rows = [row(char_start=16, char_end=22), row(article_id="b")]
    scores = scored(tmp_path, [gold_line()], rows)
    assert scores.found == 0
    assert kinds(scores).count("missed") == 1


def test_one_row_serves_one_gold_event_only(tmp_path: Path) -> None:
    gold = [gold_line(), gold_line(happening="h2", start=14, end=20, expression="day, 2")]
    scores = scored(tmp_path, gold, [row(char_start=10, char_end=20)])
    assert scores.found == 1


# ----------------------------------------------------------------------------- dates, categories


def test_only_the_exact_interval_counts_as_the_right_date(tmp_path: Path) -> None:
    gold = [gold_line(), gold_line(happening="h2", start=30, end=36)]
    rows = [row(), row(char_start=30, char_end=36, interval_end=pd.Timestamp("2025-03-03"))]
    scores = scored(tmp_path, gold, rows)
    assert scores.date_exact == 1
    assert "date" in kinds(scores)


def test_category_agreement_and_confusion(tmp_path: Path) -> None:
    gold = [gold_line(), gold_line(happening="h2", start=30, end=36, category="political")]
    rows = [row(), row(char_start=30, char_end=36, category="battlefield")]
    scores = scored(tmp_path, gold, rows)
    assert scores.category_agree == 1
    assert scores.confusion == (("battlefield", "battlefield", 1), ("political", "battlefield", 1))


# ----------------------------------------------------------------------------- actors


def test_actor_names_match_by_surname_case_accents_and_apostrophes() -> None:
    assert same_actor("Donald Trump", "Trump")
    assert same_actor("António Guterres", "antonio guterres")
    assert same_actor("Sana’a", "Sana'a")
    assert same_actor("the Kremlin", "Kremlin")
    assert not same_actor("Donald Trump", "Donald")
    assert not same_actor("Donald Trump", "Ivanka Trump")
    assert not same_actor("", "")
    # one person's spellings, as the event table unifies them
    assert same_actor("Volodymyr Zelensky", "Volodymyr Zelenskyy")
    assert same_actor("Oleksiy Reznikov", "Oleksii Reznikov")
    # a state is no surname of a longer state's name
    assert not same_actor("Sudan", "South Sudan")
    assert not same_actor("North Korea", "Korea")
    # a state's other names, and "UN" for the United Nations
    assert same_actor("UAE", "United Arab Emirates")
    assert same_actor("UN human rights office", "United Nations Human Rights Office")
    assert same_actor("U.N.", "United Nations")
    assert not same_actor("UN Security Council", "United Nations Human Rights Office")


def test_named_actor_recall_and_precision(tmp_path: Path) -> None:
    gold = [
        gold_line(
            actors=["Volodymyr Zelensky", "NATO"],
            collective_actors=[{"text": "Russian forces", "side": "Russia"}],
        )
    ]
    scores = scored(tmp_path, gold, [row(actors="Zelensky; Russia; Kyiv")])
    assert (scores.actors_gold, scores.actors_gold_found) == (2, 1)
    # "Russia" is the side of a gold collective actor: right; "Kyiv" is not an actor here.
    assert (scores.actors_system, scores.actors_system_correct) == (3, 2)
    assert kinds(scores).count("actor missed") == 1
    assert kinds(scores).count("actor spurious") == 1


def test_a_collective_actor_is_found_by_its_side_or_its_words(tmp_path: Path) -> None:
    groups = [
        {"text": "Russian forces", "side": "Russia"},
        {"text": "protesters", "side": ""},
        {"text": "the Ukrainian delegation", "side": "Ukraine"},
    ]
    scores = scored(
        tmp_path, [gold_line(collective_actors=groups)], [row(actors="Russia; Protesters")]
    )
    assert (scores.collective_gold, scores.collective_found) == (3, 2)


# ----------------------------------------------------------------------------- places


def test_place_names_ignore_generic_words() -> None:
    assert same_place("Kursk region", "Kursk Oblast")
    assert same_place("Kursk", "Kursk region")
    assert same_place("Kherson Governorate", "kherson")
    assert not same_place("Donetsk", "Luhansk")
    assert not same_place("region", "oblast")
    assert same_place("Buner", "Buner district")
    assert same_place("Rajouri", "Rajouri districts")
    assert same_place("Kerr", "Kerr County")
    assert not same_place("district", "county")


def test_place_names_match_a_countrys_other_names() -> None:
    assert same_place("UAE", "United Arab Emirates")
    assert same_place("Türkiye", "Turkey")
    assert not same_place("UAE", "Qatar")


def test_place_recall_and_precision(tmp_path: Path) -> None:
    gold = [gold_line(places=["El Fasher", "North Darfur"])]
    scores = scored(tmp_path, gold, [row(places="El Fasher; Khartoum")])
    assert (scores.places_gold, scores.places_gold_found) == (2, 1)
    assert (scores.places_system, scores.places_system_correct) == (2, 1)
    assert scores.figures()["places recall"] == 0.5


# ----------------------------------------------------------------------------- claims


def test_claimed_by_and_stance_agreement(tmp_path: Path) -> None:
    gold = [
        gold_line(claimed_by="Volodymyr Zelensky", stance="disputed"),
        gold_line(happening="h2", start=30, end=36),
        gold_line(happening="h3", start=50, end=56, claimed_by="Russia"),
    ]
    rows = [
        row(claimed_by="Zelensky", stance="disputed"),
        row(char_start=30, char_end=36, claimed_by="", stance="asserted"),
        row(char_start=50, char_end=56, claimed_by="Wednesday", stance=""),
    ]
    scores = scored(tmp_path, gold, rows)
    assert scores.claims_agree == 2
    assert scores.stance_agree == 3
    assert kinds(scores).count("claimed_by") == 1


# ----------------------------------------------------------------------------- identity


def three_reports() -> list[dict[str, Any]]:
    """Happening h1 told twice (articles a and b), happening h2 once (article a)."""
    return [
        gold_line(),
        gold_line(article="b"),
        gold_line(
            happening="h2", start=30, end=36, interval_start="2025-03-03", interval_end="2025-03-03"
        ),
    ]


def test_perfect_clusters_score_one(tmp_path: Path) -> None:
    rows = [
        row(cluster_id="c1"),
        row(article_id="b", cluster_id="c1"),
        row(
            char_start=30,
            char_end=36,
            cluster_id="c2",
            interval_start=pd.Timestamp("2025-03-03"),
            interval_end=pd.Timestamp("2025-03-03"),
        ),
    ]
    scores = scored(tmp_path, three_reports(), rows)
    assert (scores.b3_precision, scores.b3_recall, scores.b3_f1) == (1.0, 1.0, 1.0)
    assert (scores.false_merges, scores.restating_rows) == (0, 0)


def test_merging_two_happenings_is_a_false_merge(tmp_path: Path) -> None:
    rows = [
        row(cluster_id="c1"),
        row(article_id="b", cluster_id="c1"),
        row(char_start=30, char_end=36, cluster_id="c1"),
    ]
    scores = scored(tmp_path, three_reports(), rows)
    assert scores.false_merges == 1
    assert scores.b3_recall == 1.0
    assert scores.b3_precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)


def test_a_happening_split_over_two_clusters_is_a_restating_row(tmp_path: Path) -> None:
    rows = [
        row(cluster_id="c1"),
        row(article_id="b", cluster_id="c9"),
        row(char_start=30, char_end=36, cluster_id="c2"),
    ]
    scores = scored(tmp_path, three_reports(), rows)
    assert scores.restating_rows == 1
    assert scores.false_merges == 0
    assert scores.b3_recall == pytest.approx((1 / 2 + 1 / 2 + 1) / 3)


def test_a_second_row_for_one_happening_in_one_sentence_restates_it(tmp_path: Path) -> None:
    gold = [gold_line(other_expressions=[[20, 28]])]
    rows = [
        row(cluster_id="c1"),
        row(char_start=20, char_end=28, cluster_id="c1"),
        row(char_start=60, char_end=66, cluster_id="c3"),
    ]
    scores = scored(tmp_path, gold, rows)
    assert scores.restating_rows == 1  # the row at 60 is spurious, not a restatement


def test_date_conflict_flags_count_as_false_unless_the_gold_reports_disagree(
    tmp_path: Path,
) -> None:
    gold = [
        gold_line(),
        gold_line(article="b", interval_start="2025-03-03", interval_end="2025-03-03"),
        gold_line(happening="h2", start=30, end=36),
        gold_line(happening="h2", article="b", start=30, end=36),
    ]
    rows = [
        row(cluster_id="c1", date_conflict=True),
        row(article_id="b", cluster_id="c1", date_conflict=True),
        row(char_start=30, char_end=36, cluster_id="c2", date_conflict=True),
        row(article_id="b", char_start=30, char_end=36, cluster_id="c2", date_conflict=True),
        row(char_start=80, char_end=86, cluster_id="c3", date_conflict=True),
    ]
    scores = scored(tmp_path, gold, rows)
    # c1: h1's reports say 2 and 3 March, a real disagreement; c2: h2's agree; c3: no gold.
    assert (scores.conflict_flags, scores.false_conflict_flags) == (3, 2)


def test_a_flag_on_a_merged_cluster_is_false(tmp_path: Path) -> None:
    gold = [
        gold_line(),
        gold_line(article="b", interval_start="2025-03-05", interval_end="2025-03-05"),
        gold_line(happening="h2", start=30, end=36),
    ]
    rows = [
        row(cluster_id="c1", date_conflict=True),
        row(article_id="b", cluster_id="c1", date_conflict=True),
        row(char_start=30, char_end=36, cluster_id="c1", date_conflict=True),
    ]
    assert scored(tmp_path, gold, rows).false_conflict_flags == 1


# ----------------------------------------------------------------------------- reading, report


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{not json", "not a JSON object"),
        ("[" * 100_000 + "]" * 100_000, r"not a JSON object \(nested too deeply\)"),
        ('{"a": ' * 100_000 + "1" + "}" * 100_000, r"not a JSON object \(nested too deeply\)"),
        (json.dumps({"article": "a"}), "missing happening"),
        (json.dumps(gold_line(category="war")), "unknown category"),
        (json.dumps(gold_line(start=20, end=10)), "ends before it starts"),
        (json.dumps(gold_line(interval_start="March")), "bad gold event"),
        (json.dumps(gold_line(interval_end="2025-03-01")), "interval_end 2025-03-01 is before"),
        (json.dumps(gold_line(actors="Ana Ruiz")), "actors should be a list of texts, not str"),
        (json.dumps(gold_line(places=None)), "places should be a list of texts, not NoneType"),
        (json.dumps(gold_line(actors=[["Ana"]])), "actors should be a list of texts, not list"),
        (json.dumps(gold_line(claimed_by=["Ana"])), "claimed_by should be a text, not list"),
        (json.dumps(gold_line(collective_actors="troops")), "collective_actors should be a list"),
    ],
)
def test_a_bad_gold_line_is_named_with_its_file_and_line(
    tmp_path: Path, line: str, problem: str
) -> None:
    (tmp_path / "events.jsonl").write_text(json.dumps(gold_line()) + "\n" + line + "\n")
    with pytest.raises(SourceError, match=rf"events\.jsonl:2: .*{problem}"):
        read_gold(tmp_path)


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"article": "n2"}, "names no article read from the folder"),
        ({"article": "N1"}, "names no article read from the folder"),
        ({"start": 36, "end": 45}, "reads 'n Monday ', not 'on Monday'"),
        ({"start": 200, "end": 209}, "reads '', not 'on Monday'"),
        ({"other_expressions": [[70, 80]]}, "the span 70-80 of 'n1' reads '', past its end"),
    ],
)
def test_a_gold_event_that_does_not_point_into_its_article_is_one_clear_error(
    tmp_path: Path, fields: dict[str, Any], problem: str
) -> None:
    (tmp_path / "n1.txt").write_text("Officials said the bridge reopened on Monday after repairs.")
    (tmp_path / "articles.csv").write_text("file,id,published\nn1.txt,n1,2025-03-05\n")
    event = gold_line(article="n1", expression="on Monday", start=35, end=44) | fields
    gold_folder(tmp_path, gold_line(article="n1", expression="on Monday", start=35, end=44), event)
    with pytest.raises(SourceError, match=rf"events\.jsonl:2: .*{re.escape(problem)}"):
        score_event_folder(tmp_path)


def test_articles_left_out_of_the_scored_table_are_named_in_the_report(tmp_path: Path) -> None:
    (tmp_path / "n1.txt").write_text("Officials said the bridge reopened on Monday after repairs.")
    (tmp_path / "n2.txt").write_text("Officials said the ferry stopped on Friday.")
    (tmp_path / "articles.csv").write_text(
        "file,id,published,language\n"
        "n1.txt,n1,2025-03-05,en\n"
        "gone.txt,gone,2025-03-05,en\n"
        "n2.txt,n2,2025-03-05,xx\n"
    )
    gold_folder(tmp_path, gold_line(article="n1", expression="on Monday", start=35, end=44))
    scores = score_event_folder(tmp_path)
    assert [item.where for item in scores.skipped] == [
        f"{tmp_path / 'gone.txt'}",
        f"n2 ({tmp_path / 'n2.txt'})",
    ], "the gold file is no skipped article"
    lines = format_event_scores(scores).splitlines()
    assert lines[1].startswith("skipped ") and "gone.txt" in lines[1]
    assert lines[2].startswith("skipped n2 (") and "'xx'" in lines[2]
    assert len(scores.to_dict()["skipped"]) == 2
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "n1.txt").write_text("Officials said the bridge reopened on Monday after repairs.")
    (clean / "articles.csv").write_text("file,id,published\nn1.txt,n1,2025-03-05\n")
    gold_folder(clean, gold_line(article="n1", expression="on Monday", start=35, end=44))
    clean_scores = score_event_folder(clean)
    assert clean_scores.skipped == () and clean_scores.to_dict()["skipped"] == []
    assert not format_event_scores(clean_scores).splitlines()[1].startswith("skipped")


def test_gold_of_an_article_file_that_could_not_be_read_counts_as_missed(tmp_path: Path) -> None:
    (tmp_path / "n1.txt").write_text("Officials said the bridge reopened on Monday after repairs.")
    (tmp_path / "articles.csv").write_text(
        "file,id,published\nn1.txt,n1,2025-03-05\ngone.txt,gone,2025-03-05\n"
    )
    gold_folder(
        tmp_path,
        gold_line(article="n1", expression="on Monday", start=35, end=44),
        gold_line(article="gone", expression="on Friday", start=5, end=14),
    )
    scores = score_event_folder(tmp_path)
    assert (scores.gold_events, scores.found) == (2, 1)
    assert [Path(item.where).name for item in scores.skipped] == ["gone.txt"]
    result = CliRunner().invoke(app, ["eval", "--events", str(tmp_path)])
    assert result.exit_code == 0 and "skipped " in result.output and "gone.txt" in result.output


@pytest.mark.parametrize(
    ("content", "outcome"),
    [
        ("\ufeff" + json.dumps(gold_line()) + "\n", 1),
        ("\ufeff" + json.dumps(gold_line()) + "\r\n" + json.dumps(gold_line(start=20, end=26)), 2),
        ("", "holds no gold event"),
        ("\n  \n", "holds no gold event"),
        ("\ufeff", "holds no gold event"),
    ],
)
def test_a_gold_file_with_a_byte_order_mark_or_no_event(
    tmp_path: Path, content: str, outcome: int | str
) -> None:
    (tmp_path / "events.jsonl").write_text(content, encoding="utf-8")
    if isinstance(outcome, int):
        assert len(read_gold(tmp_path)) == outcome
    else:
        with pytest.raises(SourceError, match=rf"events\.jsonl: {outcome}"):
            read_gold(tmp_path)


def test_a_folder_without_gold_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no gold events file"):
        read_gold(tmp_path)


def test_the_report_says_na_where_nothing_was_rated(tmp_path: Path) -> None:
    scores = scored(tmp_path, [gold_line()], [])
    text = format_event_scores(scores, errors=True)
    assert "gold events found            0.00" in text
    assert "date exact                   n/a" in text
    assert "missed: a@10 'Sunday'" in text
    assert scores.to_dict(errors=True)["errors"][0]["kind"] == "missed"


def test_eval_events_scores_a_folder_from_the_command_line(tmp_path: Path) -> None:
    text = "Officials said the bridge reopened on Monday after repairs.\n"
    (tmp_path / "n1.txt").write_text(text)
    (tmp_path / "articles.csv").write_text(
        "file,id,outlet,title,url,published,language\n"
        "n1.txt,n1,Example News,Bridge,https://example.org/n1,2025-03-05,en\n"
    )
    start = text.index("on Monday")
    gold_folder(
        tmp_path,
        gold_line(
            article="n1",
            expression="on Monday",
            start=start,
            end=start + 9,
            interval_start="2025-03-03",
            interval_end="2025-03-03",
            category="other",
        ),
    )
    result = CliRunner().invoke(app, ["eval", "--events", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["gold_events"], report["found"]) == (1, 1)
    assert report["figures"]["date exact"] == 1.0


# ----------------------------------------------------------------------------- the news corpus


@pytest.mark.parametrize("split", ["dev", "test"])
def test_every_gold_offset_points_at_its_expression(split: str) -> None:
    folder = NEWS / split
    articles = {a.id: a for a in timeline.load_articles(folder).articles}
    for event in read_gold(folder):
        text = articles[event.article].text
        assert text[event.start : event.end] == event.expression, event
        assert event.interval_start <= event.interval_end


@pytest.mark.parametrize("split", ["dev", "test"])
def test_the_news_corpus_is_scored_without_error(split: str) -> None:
    scores = score_event_folder(NEWS / split)
    assert scores.gold_events > 0
    assert all(v is None or 0 <= v for v in scores.figures().values())
