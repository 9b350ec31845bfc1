"""Reading TimeML and scoring the TempEval-3 way; the TBAQ floors when the corpus is present."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import SHARED
from timeline.cli import app
from timeline.errors import NothingReadError, SourceError
from timeline.evaluate import (
    Scores,
    TimeMLDocument,
    Timex,
    evaluate_corpus,
    part_of,
    read_timeml,
    read_timex2,
    score_document,
)
from timeline.model import Mention

TML = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>T1</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T06:18"'
    ' functionInDocument="CREATION_TIME">08/07/1998</TIMEX3></DCT>\n'
    "<TITLE>Not scored: Friday</TITLE>\n<TEXT>\n"
    'AT&amp;T said <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>'
    ' that profit rose\n<EVENT eid="e1" class="OCCURRENCE">in</EVENT>'
    ' <TIMEX3 tid="t2" type="DATE" value="1998-Q2">the second quarter</TIMEX3>\nover'
    ' <TIMEX3 tid="t3" type="DURATION" value="P3Y">the past three years</TIMEX3>.\n'
    "</TEXT>\n</TimeML>\n"
)


@pytest.fixture
def tml_file(tmp_path: Path) -> Path:
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    return path


def test_timeml_offsets_point_into_the_plain_text(tml_file: Path) -> None:
    document = read_timeml(tml_file)
    assert document.dct == date(1998, 8, 7)
    assert document.text.startswith("\nAT&T said Friday")
    assert [(t.text, t.type, t.value) for t in document.timexes] == [
        ("Friday", "DATE", "1998-08-07"),
        ("the second quarter", "DATE", "1998-Q2"),
        ("the past three years", "DURATION", "P3Y"),
    ]
    for timex in document.timexes:
        assert document.text[timex.start : timex.end] == timex.text


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A "<" that opens no tag before the next one is text's, not a tag that swallows it.
        ('Rates fell <b on <TIMEX3 tid="t1" value="1998-08-07">Friday</TIMEX3>.', ["Friday"]),
        ('a <x <y <TIMEX3 tid="t1" value="1998-Q2">the quarter</TIMEX3>', ["the quarter"]),
        ('It rose <b>sharply</b> <TIMEX3 tid="t1" value="1998">this year</TIMEX3>', ["this year"]),
        ("Nothing dated <b here.", []),  # negative: no element
    ],
)
def test_a_tag_left_unclosed_does_not_hide_the_element_after_it(
    tmp_path: Path, body: str, expected: list[str]
) -> None:
    path = tmp_path / "doc.tml"
    path.write_text(TML.split("<TEXT>")[0] + f"<TEXT>{body}</TEXT></TimeML>", encoding="utf-8")
    document = read_timeml(path)
    assert [t.text for t in document.timexes] == expected
    assert all(document.text[t.start : t.end] == t.text for t in document.timexes)


@pytest.mark.parametrize(
    ("markup", "reason"),
    [("<TimeML><TEXT>x</TEXT></TimeML>", "no <DCT>"), (TML.replace("TEXT>", "BODY>"), "no <TEXT>")],
)
def test_unusable_files_are_named_with_the_reason(tmp_path: Path, markup: str, reason: str) -> None:
    path = tmp_path / "bad.tml"
    path.write_text(markup, encoding="utf-8")
    with pytest.raises(SourceError, match=reason) as caught:
        read_timeml(path)
    assert "bad.tml" in str(caught.value)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ('On <TIMEX3 tid="t1" value="1998">Friday it rained.', "line 3: <TIMEX3> never closed"),
        ("On Friday</TIMEX3> it rained.", "line 3: </TIMEX3> closes no <TIMEX3>"),
        ('On\n<TIMEX3 tid="t1" value="1998-08-07"Friday</TIMEX3>', "line 4: <TIMEX3 tag not ended"),
        ('On <TIMEX3 tid="t1" value="1998"\nit rained.', "line 3: <TIMEX3 tag not ended"),
    ],
)
def test_malformed_timex_markup_is_refused_naming_file_and_line(
    tmp_path: Path, body: str, reason: str
) -> None:
    path = tmp_path / "bad.tml"
    path.write_text(timeml("1998-08-07", "\n\n" + body), encoding="utf-8")
    with pytest.raises(SourceError, match=reason) as caught:
        read_timeml(path)
    assert "bad.tml" in str(caught.value)


def test_an_empty_timex_element_is_no_malformed_markup(tmp_path: Path) -> None:
    """TimeBank writes durations implied by the text as empty elements: they mark no text."""
    path = tmp_path / "doc.tml"
    body = 'It ran <TIMEX3 tid="t9" type="DURATION" value="P1D" /><TIMEX3 tid="t1"'
    path.write_text(timeml("1998-08-07", body + ' value="1998-08-07">today</TIMEX3>.'), "utf-8")
    assert [t.text for t in read_timeml(path).timexes] == ["today"]


def test_eval_names_a_malformed_file_and_scores_the_rest(tmp_path: Path) -> None:
    (tmp_path / "good.tml").write_text(timeml("1998-08-07", "It rained now."), "utf-8")
    (tmp_path / "bad.tml").write_text(
        timeml("1998-08-07", 'It rained <TIMEX3 tid="t1" value="1998-08-07">today.'), "utf-8"
    )
    result = CliRunner().invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.output.splitlines() if line.startswith("skipped")]
    assert len(skipped) == 1 and "bad.tml" in skipped[0] and "never closed" in skipped[0]
    assert ": 1 documents" in result.output


def mention(start: int, end: int, value: str, kind: str = "DATE") -> Mention:
    return Mention(text="x" * (end - start), char_start=start, char_end=end, type=kind, value=value)  # type: ignore[arg-type]


def test_strict_relaxed_and_value_counts() -> None:
    gold = (
        Timex(0, 6, "Friday", "DATE", "1998-08-07"),
        Timex(10, 28, "the second quarter", "DATE", "1998-Q2"),
    )
    document = TimeMLDocument("d", "x" * 40, date(1998, 8, 7), gold)
    system = [
        mention(0, 6, "1998-08-07"),
        mention(14, 28, "1998-Q3"),
        mention(30, 34, "PXY", "DURATION"),
    ]
    compared = score_document(document, system)
    scores, errors = compared.scores, compared.errors
    assert scores == Scores(gold=2, system=3, strict=1, relaxed=2, value=1, type=2)
    assert (compared.marked, compared.right) == ({"xxxxxx", "xxxxxxxxxxxxxx"}, {"xxxxxx"})
    assert [e.kind for e in errors] == ["value", "spurious"]
    figures = scores.figures()
    assert figures["relaxed_p"] == pytest.approx(2 / 3) and figures["relaxed_r"] == 1.0
    assert figures["value_p"] == pytest.approx(1 / 3) and figures["value_r"] == pytest.approx(1 / 2)
    assert figures["strict_f1"] == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    date_only = score_document(document, system, types=("DATE",)).scores
    assert (date_only.gold, date_only.system) == (2, 2)


def test_a_gold_span_pairs_with_one_mention_only() -> None:
    document = TimeMLDocument("d", "x" * 40, date(1998, 8, 7), (Timex(0, 20, "t", "DATE", "1998"),))
    compared = score_document(document, [mention(0, 4, "1998"), mention(5, 20, "1998")])
    assert (compared.scores.relaxed, compared.scores.system) == (1, 2)
    assert [e.kind for e in compared.errors] == ["spurious"]


def test_corpus_report_in_text_and_json(tml_file: Path) -> None:
    report = evaluate_corpus(tml_file.parent)
    assert report.documents == 1 and report.overall.gold == 3
    assert report.overall.relaxed >= 2
    text = report.format(errors=True)
    assert "relaxed" in text and "DATE" in text
    data = report.to_dict(errors=False)
    assert set(data) == {"corpus", "documents", "overall", "date", "skipped", "dev", "test"}
    assert 0.0 <= data["overall"]["value_f1"] <= 1.0


def test_each_error_names_the_part_its_document_is_in(tmp_path: Path) -> None:
    """So that a test part's errors can be left unread while tuning on the dev part."""
    names = [f"doc{number}" for number in range(6)]
    assert {part_of(name) for name in names} == {"dev", "test"}
    for name in names:
        (tmp_path / f"{name}.tml").write_text(timeml("1998-08-07", "It rained now."), "utf-8")
    report = evaluate_corpus(tmp_path)
    lines = [line for line in report.format(errors=True).splitlines() if ": gold " in line]
    assert len(lines) == len(report.errors) == len(names)
    for error, line in zip(report.errors, lines, strict=True):
        assert line.split(":")[0].endswith(f"{error.document} ({part_of(error.document)})")


def timeml(dct: str, text: str) -> str:
    """A TimeML document; ``text`` holds its TIMEX3 markup."""
    return (
        f'<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="{dct}"'
        f' functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT><TEXT>{text}</TEXT></TimeML>'
    )


def test_errors_the_gold_contradicts_elsewhere_are_flagged(tmp_path: Path) -> None:
    marked_now = '<TIMEX3 tid="t1" type="DATE" value="PRESENT_REF">now</TIMEX3>'
    last_week = '<TIMEX3 tid="t2" type="DATE" value="{}">last week</TIMEX3>'
    (tmp_path / "a.tml").write_text(
        timeml(
            "1998-08-07", f"Kenya is {marked_now} calm. It rained {last_week.format('1998-W31')}."
        ),
        "utf-8",
    )
    (tmp_path / "b.tml").write_text(
        timeml("1998-08-07", f"Kenya is now calm. It rained {last_week.format('1998-WXX')}."),
        "utf-8",
    )
    (tmp_path / "c.tml").write_text(timeml("1998-08-07", "The sirens are silent now."), "utf-8")
    report = evaluate_corpus(tmp_path)
    flagged = {(e.document, e.kind, e.system_text): e.contradicted for e in report.errors}
    assert flagged == {
        ("b", "spurious", "now"): True,  # marked in a
        ("b", "value", "last week"): True,  # the engine's value in a
        ("c", "spurious", "now"): True,
    }
    assert "3 contradicted" in report.format(errors=True)
    assert report.to_dict()["contradicted"] == 3


def test_errors_the_gold_never_contradicts_are_not_flagged(tmp_path: Path) -> None:
    (tmp_path / "a.tml").write_text(
        timeml(
            "1998-08-07",
            'It rained <TIMEX3 tid="t1" type="DATE" value="1998-WXX">last week</TIMEX3>.',
        ),
        "utf-8",
    )
    (tmp_path / "b.tml").write_text(timeml("1998-08-07", "The sirens are silent now."), "utf-8")
    report = evaluate_corpus(tmp_path)
    assert [(e.kind, e.contradicted) for e in report.errors] == [
        ("value", False),
        ("spurious", False),
    ]


def test_a_broken_file_is_skipped_and_named(tml_file: Path) -> None:
    (tml_file.parent / "broken.tml").write_text("<TimeML><TEXT>x</TEXT></TimeML>", "utf-8")
    report = evaluate_corpus(tml_file.parent)
    assert report.documents == 1
    assert [item.where.endswith("broken.tml") for item in report.skipped] == [True]
    assert "skipped" in report.format() and "no <DCT>" in report.format()


def test_a_folder_of_only_broken_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "broken.tml").write_text("<TimeML><TEXT>x</TEXT></TimeML>", "utf-8")
    with pytest.raises(NothingReadError, match="broken.tml"):
        evaluate_corpus(tmp_path)


def test_a_folder_without_timeml_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"no .tml files \(TimeML\) or .key.xml files"):
        evaluate_corpus(tmp_path)


TIMEX2_KEY = (
    "<DOC>\n<DOCID>w</DOCID>\n"
    '<DATETIME> <TIMEX2 val="2009-12-19T17:00:00">2009-12-19T17:00:00</TIMEX2> </DATETIME>\n'
    '<TEXT>\nOn <TIMEX2 val="1939-09-01">September 1, 1939</TIMEX2>, war broke out. '
    'By <TIMEX2 val="1939-10" mod="START">early October</TIMEX2> it was over; '
    '<TIMEX2 val="P27Y" anchor_val="1751">the years <TIMEX2 val="1751">1751</TIMEX2>-'
    '<TIMEX2 val="1777">1777</TIMEX2></TIMEX2> saw <TIMEX2 val="P1D" set="YES">daily</TIMEX2>'
    ' raids, at <TIMEX2 val="1939-10-02T06:30">6:30 a.m.</TIMEX2> for '
    '<TIMEX2 val="P3D">three days</TIMEX2> &amp; <TIMEX2>some time</TIMEX2>.\n</TEXT>\n</DOC>\n'
)


def test_inline_timex2_gold_is_read_innermost_with_timex3_types(tmp_path: Path) -> None:
    path = tmp_path / "01_War.key.xml"
    path.write_text(TIMEX2_KEY, encoding="utf-8")
    document = read_timex2(path)
    assert (document.name, document.dct) == ("01_War", date(2009, 12, 19))
    assert [(t.text, t.type, t.value, t.mod) for t in document.timexes] == [
        ("September 1, 1939", "DATE", "1939-09-01", ""),
        ("early October", "DATE", "1939-10", "START"),
        ("1751", "DATE", "1751", ""),
        ("1777", "DATE", "1777", ""),
        ("daily", "SET", "P1D", ""),
        ("6:30 a.m.", "TIME", "1939-10-02T06:30", ""),
        ("three days", "DURATION", "P3D", ""),
        ("some time", "DATE", "", ""),
    ]
    for timex in document.timexes:
        assert document.text[timex.start : timex.end] == timex.text
    assert "& some time" in document.text


def test_a_folder_of_timex2_keys_is_scored_with_both_parts(tmp_path: Path) -> None:
    (tmp_path / "01_War.key.xml").write_text(TIMEX2_KEY, encoding="utf-8")
    report = evaluate_corpus(tmp_path)
    assert report.documents == 1 and report.overall.gold == 8
    assert report.parts[part_of("01_War")] == report.overall
    assert report.overall.value >= 2  # "September 1, 1939" and "1751" at least
    assert "dev" in report.format() and "test" in report.format()


def test_the_held_back_part_is_a_fixed_third_of_the_names() -> None:
    names = [f"doc{number}" for number in range(300)]
    held = [name for name in names if part_of(name) == "test"]
    assert 70 <= len(held) <= 130
    assert held == [name for name in names if part_of(name) == "test"]


TBAQ = SHARED / "data" / "tbaq"
WIKIWARS = SHARED / "data" / "wikiwars" / "keyinline"


@pytest.mark.skipif(not WIKIWARS.is_dir(), reason="WikiWars not present in ../shared/data")
def test_wikiwars_scores_stay_above_their_floors() -> None:
    report = evaluate_corpus(WIKIWARS)
    print(report.format())
    assert report.documents == 22 and report.overall.gold == 2640
    assert report.overall.figures()["relaxed_f1"] >= 0.9
    assert report.overall.figures()["value_f1"] >= 0.57


@pytest.mark.skipif(not TBAQ.is_dir(), reason="TBAQ corpus not present in ../shared/data/tbaq")
def test_tbaq_scores_stay_above_their_floors() -> None:
    report = evaluate_corpus(TBAQ)
    figures = report.overall.figures()
    print(report.format())
    assert report.documents == 256 and report.overall.gold == 1822
    assert figures["relaxed_f1"] >= 0.945
    assert figures["strict_f1"] >= 0.88
    assert figures["value_f1"] >= 0.81
