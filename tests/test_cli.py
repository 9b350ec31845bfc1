"""The command line, driven through typer's runner: outputs, messages and exit codes."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import REPO
from timeline.cli import app
from timeline.table import EVENT_SCHEMA, MENTION_COLUMNS, read_table

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def command_names() -> list[str]:
    return [c.name or c.callback.__name__ for c in app.registered_commands]  # type: ignore[union-attr]


def test_help_teaches_every_command() -> None:
    code, out, _ = run("--help")
    assert code == 0
    for name in command_names():
        assert name in out


def test_every_command_and_option_is_documented() -> None:
    docs = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    for name in command_names():
        assert f"## `timeline {name}`" in docs, f"docs/cli.md lacks a section for {name}"
        code, out, _ = run(name, "--help")
        assert code == 0
        for option in set(re.findall(r"(--[a-z][a-z-]+)", out)) - {"--help"}:
            assert option in docs, f"docs/cli.md does not mention {name} {option}"


def test_build_writes_an_offline_page_from_the_seeds(tmp_path: Path) -> None:
    page = tmp_path / "out" / "seeds.html"
    code, out, err = run("build", "-o", str(page))
    assert code == 0, err
    assert "5 articles read" in err
    html = page.read_text(encoding="utf-8")
    assert "Plotly.newPlot" in html
    assert not re.search(r"<script[^>]+src=", html), "the page must not load scripts from outside"
    assert re.search(r"wrote .*seeds\.html: \d+ events from 5 articles", out)


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".json"])
def test_events_writes_the_table_in_the_format_of_the_extension(
    tmp_path: Path, suffix: str
) -> None:
    target = tmp_path / f"events{suffix}"
    code, _, err = run("events", "-o", str(target))
    assert code == 0, err
    table = read_table(target)
    assert list(table.columns) == [c.name for c in EVENT_SCHEMA]
    assert len(table) > 10
    assert set(table["article_id"]) <= {p.stem for p in (REPO / "seeds").glob("*.txt")}


def test_mentions_include_durations_and_work_from_any_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run("mentions", "-o", "m.csv")
    assert code == 0, err
    table = read_table(tmp_path / "m.csv", MENTION_COLUMNS)
    assert "DURATION" in set(table["type"])
    assert table["interval_start"].isna().any()


def test_dates_shows_each_expression_resolved_against_the_publication_date() -> None:
    code, out, _ = run("dates", "Kyiv said on Tuesday that on Sunday it held.", "-p", "2025-12-02")
    assert code == 0
    assert "2025-12-02" in out and "2025-11-30" in out


def test_dates_reads_standard_input() -> None:
    result = runner.invoke(app, ["dates", "-", "--published", "2025-12-08"], input="On December 4")
    assert result.exit_code == 0
    assert "2025-12-04" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["dates", "on Sunday", "--published", "2025-02-30"], "--published"),
        (["events", "no/such/folder", "-o", "x.csv"], "no such file or folder"),
        (["events", "-o", "events.xlsx"], "unknown format; use .csv, .parquet, .json"),
        (["build", "-o", "events.csv"], "unknown format; use .html, .htm"),
        (["build", "--png", "timeline.jpg"], "unknown format; use .png"),
        (["events", "-o", "tables/"], "unknown format; use .csv, .parquet, .json"),
        (["events", "--jobs", "0"], "--jobs must be 'auto' or a whole number of 1 or more"),
        (["events", "--scheduler", "tcp://127.0.0.1:8786"], "--scheduler needs --engine dask"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(
    args: list[str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(*args)
    assert code == 1
    error_lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 1 and message in error_lines[0]


BAD_OUTPUTS = [
    (["events", "{src}/in.csv", "-o", "{src}/in.csv"], "is an input file"),
    (["events", "{src}/in.csv", "-o", "{src}/./in.csv"], "is an input file"),
    (["events", "{src}", "-o", "{src}/articles.csv"], "is inside the input folder"),
    (["mentions", "{src}", "-o", "{src}/sub/m.json"], "is inside the input folder"),
    (["build", "{src}/a.md", "-o", "{src}/a.md"], "is an input file"),
    (["build", "{src}/a.md", "--png", "{src}/a.md"], "is an input file"),
    (["build", "{src}/a.md", "-o", "{out}/t.html", "--png", "{out}/t.html"], "another output"),
    (["build", "{src}/a.md", "-o", "{out}/t.png", "--png", "{out}/./t.png"], "use .html, .htm"),
    (["events", "{src}", "-o", "{out}"], "is a folder; give a file name"),
    (["events", "{src}", "-o", "{src}/a.md/events.csv"], "a.md is a file, not a folder"),
    (["events", "{src}", "-o", "{out}/events.xlsx"], "unknown format"),
    (["events", "{src}", "-o", "{out}/pipe.csv"], "is not a file (a device, pipe or socket)"),
    (["build", "{src}", "-o", "{out}/pipe.html"], "is not a file (a device, pipe or socket)"),
    (["events", "{src}", "-o", "{out}/e.csv", "--jobs", "0"], "--jobs must be"),
    (["events", "{src}", "-o", "{out}/e.csv", "--scheduler", "tcp://x:1"], "--scheduler needs"),
]


@pytest.mark.parametrize(("args", "message"), BAD_OUTPUTS)
def test_outputs_and_options_are_refused_before_any_article_is_read(
    tmp_path: Path, args: list[str], message: str
) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    (src / "in.csv").write_text("text,date\nKyiv held on Sunday.,2025-12-02\n", encoding="utf-8")
    (src / "a.md").write_text("---\npublished: 2025-12-02\n---\nOn Sunday.\n", encoding="utf-8")
    os.mkfifo(out / "pipe.csv")
    (out / "pipe.html").symlink_to(out / "pipe.csv")
    before = {p: p.read_bytes() for p in src.rglob("*") if p.is_file()}
    code, out_text, err = run(*(a.format(src=src, out=out) for a in args))
    assert code == 1, out_text
    (line,) = err.splitlines()  # no summary: nothing was read
    assert line.startswith("error: ") and message in line
    assert {p: p.read_bytes() for p in src.rglob("*") if p.is_file()} == before


def test_an_output_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        code, _, err = run("events", "-o", str(locked / "e.csv"))
    finally:
        locked.chmod(0o700)
    assert code == 1
    (line,) = err.splitlines()
    assert line.startswith(f"error: {locked / 'e.csv'}: cannot write in {locked}")


def test_an_article_that_cannot_be_processed_is_named_and_strict_fails(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        "\n".join(
            json.dumps(
                {
                    "id": name,
                    "text": "Kyiv said on Sunday it held.",
                    "date": "2025-12-02",
                    "lang": lang,
                }
            )
            for name, lang in [("one", "en-US"), ("odd", "xx"), ("two", "EN")]
        ),
        encoding="utf-8",
    )
    code, out, err = run("events", str(rows), "-o", str(tmp_path / "e.csv"))
    assert code == 0, err
    assert "skipped odd (" in err and "'xx'" in err
    assert "from 2 articles (1 could not be processed)" in out
    assert set(read_table(tmp_path / "e.csv")["article_id"]) == {"one", "two"}
    code, _, err = run("events", str(rows), "-o", str(tmp_path / "s.csv"), "--strict")
    assert code == 1 and err.splitlines()[-1].startswith("error: odd (")
    assert not (tmp_path / "s.csv").exists()


def test_a_corpus_wide_pass_that_fails_is_named_and_strict_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fails(*args: object) -> object:
        raise ValueError("a fault no input should cause")

    monkeypatch.setattr(sys.modules["timeline.merge"], "cluster_events", fails)
    rows = tmp_path / "rows.jsonl"
    lines = [{"id": i, "text": "Kyiv said on Sunday it held.", "date": "2025-12-02"} for i in "ab"]
    rows.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    code, out, err = run("events", str(rows), "-o", str(tmp_path / "e.csv"))
    assert code == 0, err
    assert err.splitlines()[-1].startswith(
        "warning: clustering reports across articles failed (unexpected ValueError: a fault"
    )
    assert out.endswith("from 2 articles; 1 step across articles failed (named above)\n")
    assert set(read_table(tmp_path / "e.csv")["article_id"]) == {"a", "b"}
    code, _, err = run("events", str(rows), "-o", str(tmp_path / "s.csv"), "--strict")
    assert code == 1 and err.splitlines()[-1].startswith("error: clustering reports across")
    assert not (tmp_path / "s.csv").exists()


@pytest.mark.parametrize(
    ("command", "output"), [("events", "e.csv"), ("mentions", "m.csv"), ("build", "t.html")]
)
def test_a_run_where_no_article_could_be_processed_fails_and_keeps_the_old_output(
    tmp_path: Path, command: str, output: str
) -> None:
    rows = tmp_path / "rows.jsonl"
    lines = [
        {"id": i, "text": "Talks on Sunday.", "date": "2025-12-02", "lang": "xx"} for i in "ab"
    ]
    rows.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    (tmp_path / output).write_text("the old output", encoding="utf-8")
    code, out, err = run(command, str(rows), "-o", str(tmp_path / output))
    assert code == 1 and not out
    assert err.splitlines()[-1] == (
        f"error: {rows}: no article could be processed (2 articles skipped, each named above)"
    )
    assert "skipped a (" in err and "skipped b (" in err
    assert (tmp_path / output).read_text(encoding="utf-8") == "the old output"


def children_of(pid: int) -> set[int]:
    found = Path(f"/proc/{pid}/task/{pid}/children")
    return {int(child) for child in found.read_text().split()} if found.exists() else set()


def running(pid: int) -> bool:
    """Whether process ``pid`` still runs (a zombie waiting to be reaped does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
@pytest.mark.parametrize("workers_up", [1, 2], ids=["as-the-workers-start", "once-they-run"])
def test_a_run_stopped_by_a_signal_stops_its_workers_says_so_and_keeps_the_old_output(
    tmp_path: Path, stop: signal.Signals, workers_up: int
) -> None:
    """SIGTERM (a kill, a scheduler's stop) and SIGINT (Ctrl-C) end a run the same way: its
    workers stopped, no partial output, one line saying what stopped it, exit 128 + signal;
    also when the signal lands while the run is still starting its workers."""
    rows = tmp_path / "rows.jsonl"
    text = "Rebels took the bridge on Sunday and officials said talks resumed on Monday. " * 5
    lines = [{"id": f"a{i}", "text": text, "date": "2025-12-02"} for i in range(10_000)]
    rows.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    output = tmp_path / "e.csv"
    output.write_text("the old table", encoding="utf-8")
    command = [sys.executable, "-m", "timeline", "events", str(rows), "-o", str(output), "-j", "2"]
    said = (tmp_path / "stderr.txt").open("w", encoding="utf-8")  # no pipe workers may hold
    run = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=said,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # not ignored
    )
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while len(workers) < workers_up and time.monotonic() < deadline and run.poll() is None:
            time.sleep(0.001)
            workers = children_of(run.pid)
        assert len(workers) >= workers_up, "the run should have started its workers"
        run.send_signal(stop)
        while run.poll() is None and time.monotonic() < deadline + 120:
            workers |= children_of(run.pid)  # those it was starting as the signal came
            time.sleep(0.01)
        assert run.wait(timeout=1) == 128 + stop
        said.close()
        err = (tmp_path / "stderr.txt").read_text(encoding="utf-8")
        message = f"error: stopped by {stop.name} before the end; no partial output is left"
        assert message in err.splitlines(), err
        assert "Traceback" not in err, err
        deadline = time.monotonic() + 30
        while any(running(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid in workers if running(pid)], "no worker outlives the run"
    finally:
        said.close()
        run.kill()
        for pid in workers:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    assert output.read_text(encoding="utf-8") == "the old table"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("e.csv")] == ["e.csv"]


def test_skipped_article_is_reported_and_strict_fails(tmp_path: Path) -> None:
    source = tmp_path / "articles"
    shutil.copytree(REPO / "seeds", source)
    with (source / "articles.csv").open("a", encoding="utf-8") as manifest:
        manifest.write("gone.txt,Ghost,,,2025-12-01,\n")

    code, _, err = run("events", str(source), "-o", str(tmp_path / "e.csv"))
    assert code == 0
    assert "5 articles read, 1 skipped" in err and "gone.txt" in err
    assert len(read_table(tmp_path / "e.csv")["article_id"].unique()) >= 4

    code, _, err = run("events", str(source), "-o", str(tmp_path / "strict.csv"), "--strict")
    assert code == 1
    assert "--strict" in err
    assert not (tmp_path / "strict.csv").exists()


def test_build_can_also_save_a_png(tmp_path: Path) -> None:
    pytest.importorskip("kaleido")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("PNG export needs Chromium at /usr/bin/chromium")
    page, image = tmp_path / "t.html", tmp_path / "t.png"
    code, _, err = run("build", "-o", str(page), "--png", str(image), "--title", "Siege diary 4711")
    assert code == 0, err
    assert image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Siege diary 4711" in page.read_text(encoding="utf-8")


def test_eval_scores_a_timeml_file_and_lists_errors(tmp_path: Path) -> None:
    tml = tmp_path / "doc.tml"
    tml.write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07">x</TIMEX3></DCT>'
        '<TEXT>Bombs exploded <TIMEX3 tid="t1" type="DATE" value="1998-08-06">Friday</TIMEX3>.'
        "</TEXT></TimeML>",
        encoding="utf-8",
    )
    code, out, _ = run("eval", str(tml), "--errors")
    assert code == 0
    assert "relaxed" in out and "gold 'Friday'=1998-08-06 system 'Friday'=1998-08-07" in out
    code, out, _ = run("eval", str(tml), "--format", "json")
    assert code == 0 and '"value_f1": 0.0' in out


def test_eval_without_timeml_files_fails_with_one_line(tmp_path: Path) -> None:
    code, _, err = run("eval", str(tmp_path))
    assert code == 1 and err.strip().startswith("error:") and "no .tml files" in err


def test_eval_of_a_missing_path_says_it_is_missing(tmp_path: Path) -> None:
    missing = tmp_path / "gold"
    code, _, err = run("eval", str(missing))
    assert (code, err.strip()) == (1, f"error: {missing}: no such file or folder")


# How Python decodes file names in a locale whose encoding is ASCII (or Latin-1), against
# UTF-8: the same folder on disk must give the same table either way.
BYTE_LOCALE = {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
UTF8_LOCALE = {"LC_ALL": "C.UTF-8", "PYTHONUTF8": "1"}


@pytest.mark.parametrize("name", ["Genève talks", "plain"])  # negative: an ASCII name
def test_articles_named_in_utf8_give_the_same_table_in_any_locale(
    tmp_path: Path, name: str
) -> None:
    folder = tmp_path / f"{name} folder"
    folder.mkdir()
    (folder / f"{name}.txt").write_text(
        "---\npublished: 2025-12-02\n---\nEnvoys met in Oslo on Monday.\n", encoding="utf-8"
    )
    tables = []
    for locale in (UTF8_LOCALE, BYTE_LOCALE):
        out = tmp_path / f"events-{len(tables)}.csv"
        subprocess.run(
            [sys.executable, "-m", "timeline", "events", folder.name, "-o", out, "-j", "1"],
            env={**os.environ, **locale},
            cwd=tmp_path,
            capture_output=True,
            check=True,
        )
        tables.append(out.read_bytes())
    assert tables[0] == tables[1] and f'"{name}#'.encode() in tables[0]


@pytest.mark.parametrize(
    "data",
    [
        "Talks in Genève on Monday.".encode(encoding)
        for encoding in ("utf-8", "utf-16", "utf-8-sig", "cp1252", "utf-32")
    ],
)
def test_dates_reads_standard_input_as_a_file_is_read(data: bytes) -> None:
    """Standard input goes through the decoding a file does (byte-order mark, UTF-8,
    Windows-1252, ...), whatever the locale, so offsets count the characters of the text."""
    result = CliRunner().invoke(app, ["dates", "-", "-p", "2025-12-02"], input=data)
    assert result.exit_code == 0, result.output
    assert re.search(r"Monday\s+19\s+25\s+DATE\s+2025-12-01", result.output)


def test_dates_of_empty_standard_input_finds_nothing() -> None:  # negative: no text at all
    result = CliRunner().invoke(app, ["dates", "-", "-p", "2025-12-02"], input=b"")
    assert result.exit_code == 0 and "no date expressions found" in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["events", "", "-o", "e.csv"],  # an unset shell variable: not the current folder
        ["mentions", "", "-o", "m.csv"],
        ["build", "", "-o", "t.html"],
        ["events", "-o", ""],
        ["build", "--png", ""],
        ["eval", ""],
    ],
)
def test_an_empty_path_is_refused_not_read_as_the_current_folder(
    tmp_path: Path, args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "note.txt").write_text("---\npublished: 2025-12-02\n---\nTalks on Monday.\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2 and "an empty path" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["note.txt"]


def test_the_current_folder_is_read_when_named() -> None:  # negative: "." is a path
    result = CliRunner().invoke(app, ["eval", "."])
    assert "an empty path" not in result.output


@pytest.mark.parametrize(
    ("jobs", "rows", "engine"),
    [("2000", 1, "local"), ("2000", 3, "local"), ("3", 2, "local"), ("500", 2, "dask")],
)
def test_more_jobs_than_articles_start_no_idle_workers(
    tmp_path: Path, jobs: str, rows: int, engine: str
) -> None:
    """``--jobs`` far above the article count gives the table of ``--jobs 1`` as fast as
    a few jobs do, rather than starting thousands of worker processes that wait (on a
    temporary Dask cluster too)."""
    if engine == "dask":
        pytest.importorskip("dask.distributed")
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(
            json.dumps({"text": f"Kyiv held {n} towns on Sunday.", "date": "2025-12-02"}) + "\n"
            for n in range(rows)
        ),
        encoding="utf-8",
    )
    tables = {}
    for count in ("1", jobs):
        output = tmp_path / f"jobs-{count}.csv"
        command = [sys.executable, "-m", "timeline", "mentions", str(source), "-o", str(output)]
        run_ = subprocess.Popen(
            [*command, "--jobs", count, "--engine", engine], start_new_session=True
        )
        try:
            assert run_.wait(timeout=120) == 0
        except subprocess.TimeoutExpired:
            os.killpg(run_.pid, signal.SIGKILL)
            run_.wait()
            pytest.fail(f"--jobs {count} on {rows} articles still ran after 120 s")
        tables[count] = output.read_bytes()
    assert tables[jobs] == tables["1"]
